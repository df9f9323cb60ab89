"""PHI round 47 (after blind46, first run this session, now spent): the format families blind46 missed, in values and
sentences written for this file (none copied from a blind set).

- ID: a US state's driving licence named by its state ("Ohio licence ...", "Oregon driver's license no. ..."), any
  number shape; a scheme's card / certificate / licence / permit / number / reference whose value is a structured code
  (letters and digits joined by "-", "/" or ".") or a long library/loyalty card number; also where an earlier pass
  read it as a record number though no hospital word labels it. Chinese: a registration or case number (登记号, 字号,
  个案编号, 许可证号) with a structured code.
- DEVICE: an implant card's number in Chinese (种植体卡, 支架卡, 瓣膜卡上的序号, 起搏器卡).
- VEHICLE: an aircraft registration after glider / plane / microlight (reg).
- URL: rtmp:// and mms:// stream links.
- NAME: "for X Y's <two words> referral/results/form", "X Y's glider", "on X Y's knee", a "Re X Y -" heading,
  "one of our coaches, X Y,", "our <trade> lead X Y had ...", "X Y (my son, 9)"; Chinese: 登记X的资料, 我系X嘅家人,
  X住院的信息, 作坊的X下个月, 想问X的检查报告, 保健员X想问; surnames 危 官 利.
- AGE: "she's 103 / lives ..." (a slash after the age, not a reading's slash before a digit); "Name, 96, 7 Mill Lane".
- Look-alikes: G-CSF injections, a ward or bed after "number", firmware and app versions, LOT codes, a hospital number
  (stays MRN), queue and bus numbers, "Re: appointment times", famous people, 利尿剂 / 官方 / 危险.
"""

import pytest

from medqa.safety.phi import redact
from tests.phi_support import assert_blind_row_gold_spans, has_exact_span, found_spans, round_tests

PROBES = [
    # ID: US state licences, any shape
    ("ID", "K8812-44019-20931", "Her Ohio licence K8812-44019-20931 is in the drawer."),
    ("LICENSE", "7719203348", "Oregon driver's license no. 7719203348, she lives in Salem."),
    ("ID", "WDLQ7RMN2ZPX", "Write down his washington state card? No - his Washington licence WDLQ7RMN2ZPX please."),
    ("ID", "B330-9921-7741", "New Jersey license is B330-9921-7741 for the form."),
    ("ID", "88TRK20941", "my gran's New Hampshire licence: 88TRK20941. she is staying with us"),
    ("ID", "C-204-118-337-902", "Client details / Maryland licence C-204-118-337-902 / aged 91"),
    # ID: a scheme's structured code
    ("ID", "GWS/55120984", "His gas safe card GWS/55120984 expired."),
    ("ID", "PPL.UK.770412", "my private pilot licence is PPL.UK.770412."),
    ("ID", "BDN-33019825", "Blood donor no. BDN-33019825, in case you need it."),
    ("ID", "CPCS-A59-88123", "The crane operator certificate CPCS-A59-88123 is in his wallet."),
    ("ID", "HES/KNT/4470", "the adoption team gave us reference HES/KNT/4470 last week."),
    ("ID", "TPR/2025/40188", "Their permit reads TPR/2025/40188, stamped yesterday."),
    ("ID", "29110004471203", "My library card 29110004471203 has her name on it too."),
    # ID: Chinese registration / case numbers
    ("ID", "B-55120873-00000-1", "外婆的食品业者登录字号是B-55120873-00000-1，麻烦登记。"),
    ("ID", "IC/2024/88120", "佢嘅工傷個案編號係IC/2024/88120，唔急。"),
    ("ID", "GS-2023-88712", "他的特种作业许可证号GS-2023-88712，下周到期。"),
    # DEVICE: an implant card's number in Chinese
    ("DEVICE", "DIK-7720-1183", "我爸的种植体卡编号DIK-7720-1183，想问能不能做核磁。"),
    ("DEVICE", "HSV-1182-0094", "我妈上个月换了心脏瓣膜，卡上的序号是HSV-1182-0094。"),
    ("DEVICE", "CST-9921-40177", "阿爺嘅支架卡號碼係CST-9921-40177，醫生要睇。"),
    ("DEVICE", "PMK-5512-0098", "他的起搏器植入卡编号：PMK-5512-0098。"),
    # VEHICLE: aircraft registrations
    ("VEHICLE", "G-BXTF", "Her glider G-BXTF is still at the airfield."),
    ("VEHICLE", "G-CHLM", "glider reg G-CHLM, email me the form"),
    ("VEHICLE", "N4412K", "He flew his plane N4412K up from Ohio."),
    ("VEHICLE", "G-ORNX", "The microlight is G-ORNX if the insurer asks."),
    ("VEHICLE", "EI-DKWR", "my dad's aircraft registration is EI-DKWR."),
    # URL: stream schemes
    ("URL", "rtmp://stream.example.org/live/8812", "The club stream rtmp://stream.example.org/live/8812 showed the landing."),
    ("URL", "rtmps://cam.example.net/field/22a", "watch at rtmps://cam.example.net/field/22a, bed 4"),
    ("URL", "mms://media.example.com/club/77", "link mms://media.example.com/club/77"),
    # AGE: an age between slashes or dashes; an age between a name's comma and a house number
    ("AGE", "102", "Client sheet / she's 102 / lives alone"),
    ("AGE", "97", "re my grandad - he's 97 / still drives"),
    ("AGE", "96", "Lorcan Tiernan, 96, 14 Weir Lane, Tewkesbury GL20 5AB, needs a visit."),
    ("ADDRESS", "14 Weir Lane, Tewkesbury GL20 5AB", "Lorcan Tiernan, 96, 14 Weir Lane, Tewkesbury GL20 5AB, needs a visit."),
    ("AGE", "100", "Mrs Perpetua Gallagher, 100, 3 Abbey Close, Bath BA1 1LZ"),
    # NAME: possessive record / vehicle / body part frames
    ("NAME", "Peregrine Ashdown", "Writing for Peregrine Ashdown's occupational health referral, please."),
    ("NAME", "Wilhelmina Crabtree", "This is about Wilhelmina Crabtree's blood test results."),
    ("NAME", "Bartholomew Skerritt", "Note for the ward: Bartholomew Skerritt's glider is still at the club."),
    ("NAME", "Ottoline Farquhar", "the saw slipped on Ottoline Farquhar's knee yesterday"),
    ("NAME", "Cosmo Tregarthen", "I'm sending this for Cosmo Tregarthen's housing form."),
    # NAME: heading, group, trade and bracket cues
    ("NAME", "Leocadia Penhaligon", "Re Leocadia Penhaligon - her licence and address below."),
    ("NAME", "Thelonius Abercorn", "Re: Thelonius Abercorn / DOB 03/04/1931"),
    ("NAME", "Ysolde Marchbank", "One of our coaches, Ysolde Marchbank, fell off the pontoon."),
    ("NAME", "Kasimir Oduya", "one of our volunteers, Kasimir Oduya, asked me to write."),
    ("NAME", "Radomir Kowalczyk", "Our scaffold lead Radomir Kowalczyk cut his hand on Monday."),
    ("NAME", "Jacinta Oyelowo", "Our kitchen porter Jacinta Oyelowo slipped near the fryer."),
    ("NAME", "Ptolemy Haverford", "Ptolemy Haverford (my son, 9) needs a school letter."),
    ("NAME", "Rosamund Achterberg", "Hello. Rosamund Achterberg (our daughter) has an appointment."),
    # NAME: Chinese frames and surnames
    ("NAME", "危桂兰", "危桂兰住院的信息要改一下。"),
    ("NAME", "官德明", "我是官德明的家属，想问探视时间。"),
    ("NAME", "利美華", "我係利美華嘅家人，想問報告。"),
    ("NAME", "柯秀英", "仓库办公室登记柯秀英的资料：电话0571-88812345。"),
    ("NAME", "郑福林", "竹编作坊的郑福林下个月要做手术。"),
    ("NAME", "冯翠英", "我是想问冯翠英的检查报告出来没有。"),
    ("NAME", "贾晓婷", "幼儿园的保健员贾晓婷想问疫苗的事。"),
    ("NAME", "龚建平", "施工队的龚建平烫伤了，在你们医院。"),
]

CLEAN = [
    # aircraft words and G-CSF
    "She had a G-CSF injection after chemo.",
    "The glider was fine, the pilot was not.",
    "Plane tickets are booked already.",
    # scheme cues with look-alike values
    "Ward number is Ward 7, bed 12.",
    "Firmware version 2.4.19 on the monitor.",
    "The app says version v3.2.1.",
    "LOT number A-2231/09 on the box.",
    "Our queue number is B-1234 at reception.",
    "Card number is on the back of the card.",
    "The reference range is 3.5-5.0 mmol/L.",
    "Take the number 88 bus to the clinic.",
    # state names and licences without a number
    "I moved from Virginia last year.",
    "Her Ohio licence expired.",
    "Washington licence rules are different.",
    # readings and house numbers that look like ages
    "she's 96/58 on the machine",
    "He's 98 / 100 on the sats probe",
    # name frames with no person
    "Re: appointment times - can we come at 10?",
    "One of our coaches, the tall one, fell over.",
    "Our kitchen porter is off sick today.",
    "Thinking of Princess Diana's memorial again.",
    "我是想问检查报告出来没有。",
    "利尿剂要吃多久？",
    "官方说可以探视。",
    "危重病人家属请在外面等。",
    "施工队的人下个月要做体检。",
    "我是病人的家属，想问探视时间。",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)


def test_hospital_number_stays_a_record_number():
    text = "Hospital no. QEH-0044-1821, stent card serial STX-22-1901."
    assert has_exact_span(text, "QEH-0044-1821", "MRN"), found_spans(text)


@pytest.mark.parametrize("row_id", ["b46.phi.16", "b46.phi.38", "b46.phi.91", "b46.phi.189", "b46.phi.188", "b46.phi.50", "b46.phi.21"])
def test_spent_blind46_rows(row_id):
    assert_blind_row_gold_spans("blind46", row_id)
