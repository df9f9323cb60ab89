"""PHI round 42 (after blind41, spent; nothing had been fitted on it): the format families blind41 missed, in values
and sentences written for this file.

- VEHICLE: a plate after "the car's / van's" (a contracted "is"), older and foreign shapes too (digits then letters,
  a year letter first, 1AB 2CD).
- ID: a card or licence number after its label with a filler ("railcard no. here, ...", "licence, it's ..."); a
  Home Office or student-loan reference is an ID, not a hospital number; "<Name>'s is ABC-1234" after a club number;
  a Chinese certificate or school-roll number (潜水证号（PADI）..., 学籍号 ...).
- DEVICE: a serial after "SN：" or "S/N:" wins over a record or phone read.
- DATE: a year with a named holiday (1958年国庆节); a named day with its year after "DOB is" (VE Day 1945).
- NAME: a team or in-law role before a full name; "a X Y, hospital no."; "X Y, DOB ..." at a sentence start; a
  name's possessive before "funeral / hospice care"; Chinese full names with a rare surname after a strong cue, before
  是我+relative or 女士; an errand verb after a name is not part of it.
- ADDRESS: a US house number before "Avenue K" / "3rd Avenue South".
- Look-alikes: a hospital bed location, "the Sister X appeal", "the car's in bay 4", a product ref, a bus route.

Second part (blind42, spent once the lead moved it in):
- VEHICLE: "<State> plate is ABC 1234" keeps "is" out. DEVICE: "serial ABC 12345678" (letters, space, digits); an
  aligner or tray set; Chinese orthodontic and lens devices (隐形牙套, 角膜塑形镜) before 序号 / 编号.
- ID: photocard, technician and benefit numbers; a licence in brackets; 证字号. MRN: "<hospital initials> number is
  <same initials>-1234567"; an orthodontic number.
- NAME: a possessive before a record noun ("X Y's account"); "contact for X Y to"; "my <kin word> X Y is 94";
  "staff, X Y and Z W."; 预约人是 / 宝宝叫 / 这是X的家属 / 我系…嘅X / 爹哋X. ADDRESS: a Chinese address after its province
  with a sub-district and a road section (南岸东区, 西段), from the city on as the project labels it (round 12).
- Look-alikes (with the tagger too): a bus station after "bus from", a singer on the radio, a queue ticket code.
"""

import pytest

from medqa.safety.phi import redact
from tests.phi_support import SAFETY_DATA, assert_blind_row_gold_spans, round_tests

PROBES = [
    ("VEHICLE", "731 KDP", "Parking permit please, the car's 731 KDP and it's silver."),
    ("VEHICLE", "R 418 HNS", "My van's R 418 HNS if the barrier asks."),
    ("VEHICLE", "2WX 7LM", "The car's 2WX 7LM, a white Corolla."),
    ("VEHICLE", "MJ19 TOV", "Sorry, the car's MJ19 TOV for the blue badge bay."),
    ("ID", "7731 402586", "I've got her Two Together Railcard no. here, 7731 402586, if it helps."),
    ("ID", "4417 2093 8812 6650", "My door supervisor badge no. is 4417 2093 8812 6650 for the security form."),
    ("LICENSE", "H55102877", "They wanted his Iowa licence, it's H55102877, is that enough?"),
    ("ID", "RK7720413", "Her BRP no.: RK7720413. She has no passport yet."),
    ("ID", "K7731904", "They asked for his Home Office ref, it's K7731904, for the letter."),
    ("ID", "30418826715", "My student loan customer ref is 30418826715, they need proof of my stay."),
    ("ID", "BWFA-2281", "We all give our Bowls Federation number. Dafydd Rhys's is BWFA-2281 for the cover."),
    ("ID", "3301ZK7718", "他的救生员证号（RLSS）3301ZK7718，保险公司要。"),
    ("ID", "G310104201105224471", "孩子学籍号G310104201105224471，学校要证明。"),
    ("DEVICE", "WTCH-SH-40713", "护士给的智能手表背面写着SN：WTCH-SH-40713，现在连不上。"),
    ("DEVICE", "PMP-3X-5512098844", "胰岛素泵贴纸上写着SN：PMP-3X-5512098844，要换电池。"),
    ("DATE", "1958年国庆节", "我妈是1958年国庆节出生的，表上怎么填？"),
    ("DATE", "1966年中秋节", "老人家1966年中秋节生的。"),
    ("DATE", "VE Day 1945", "Grandad's DOB is VE Day 1945, he tells everyone."),
    ("NAME", "Morwenna Tregear", "Our goalkeeper Morwenna Tregear broke her finger at training."),
    ("NAME", "Ifor Bowen", "Our skipper is Ifor Bowen. He needs a sick note."),
    ("NAME", "Kasimir Wolny", "My father-in-law Kasimir Wolny was admitted on Friday."),
    ("NAME", "Tegwen Morgan", "Bowls trip last week and one of our team, Tegwen Morgan, tripped on the green."),
    ("NAME", "Gwilym Prosser", "A letter came to us for a Gwilym Prosser, hospital no. AB-1234567, wrong house."),
    ("NAME", "Dorcas Evershed", "The screen showed another booking: Dorcas Evershed, clinic at 11:15, which worried me."),
    ("NAME", "Linnea Bjork", "We raised money for Linnea Bjork's hospice care at the quiz night."),
    ("NAME", "寻志刚", "你好，病人是寻志刚。想问复查时间。"),
    ("NAME", "栗文静", "栗文静是我外婆，她耳朵不好。"),
    ("NAME", "畅雪梅", "畅雪梅女士的护膝坏了，找哪个科？"),
    ("NAME", "練志強", "我老公練志強喺地盤跌親，病人編號係咩？"),
    ("NAME", "原晓东", "孩子原晓东昨天在你们这里拍了片。"),
    ("NAME", "熊德生", "我爸熊德生住院了，怎么探视？"),
    ("NAME", "周秀梅", "替我舅妈周秀梅问。她的报告出了吗？"),
    ("ADDRESS", "3318 Avenue K, Kearney, NE 68847", "Please mail the results to 3318 Avenue K, Kearney, NE 68847 soon."),
    ("ADDRESS", "905 3rd Avenue South, Great Falls, MT 59405", "Send the form to 905 3rd Avenue South, Great Falls, MT 59405."),
    ("VEHICLE", "KLT 9021", "Her Oregon plate is KLT 9021, it's a blue Subaru."),
    ("DEVICE", "RTN 55102938", "The retainer case says serial RTN 55102938 on the lid."),
    ("DEVICE", "TR-4410-02-U3", "The tray set in use is TR-4410-02-U3 and it cracked."),
    ("DEVICE", "YT-CX-44120", "女儿的隐形牙套编号是YT-CX-44120，裂了。"),
    ("ID", "0077 3391 0025", "His Freedom photocard number is 0077 3391 0025 for the pass office."),
    ("ID", "3/208814", "My IRATA technician number is 3/208814, the site needs it."),
    ("LICENSE", "F44120933", "She left her Nevada license (F44120933) at reception."),
    ("ID", "NS-TC-22018", "他的游泳教练证字号是NS-TC-22018。"),
    ("MRN", "SFGH-5512903", "Her SFGH number is SFGH-5512903 from the old visit."),
    ("NAME", "Imogen Tresidder", "The app is set up under Imogen Tresidder's account, not mine."),
    ("NAME", "Rufus Kettleby", "Please change the emergency contact for Rufus Kettleby to his son."),
    ("NAME", "Thokozani Banda", "My ambuya Thokozani Banda is 91 and hard of hearing."),
    ("NAME", "Elspeth Marrow", "I'm booking two of our pottery staff, Elspeth Marrow and Ivo Grint."),
    ("NAME", "郑秀兰", "预约人是郑秀兰。她耳朵不好。"),
    ("NAME", "韩建国", "这是韩建国的家属，想问探视时间。"),
    ("ADDRESS", "湖南省长沙市岳麓区望城坡街道枫林大道东段18号3单元502", "地址：湖南省长沙市岳麓区望城坡街道枫林大道东段18号3单元502。"),
    ("DATE", "1947年小年", "我外公生于1947年小年，表格怎么写？"),
]

CLEAN = [
    # car talk with no plate
    "The car's 10 years old and the car's in bay 4 on level 2, is that the right level?",
    "Our van's MOT is due, can we still park by the side gate?",
    # cards, licences and references with no number, product refs and codes
    "My railcard expired, can I still get the discount for the hospital train?",
    "The dressing box says REF 55120917, can I get more from the pharmacy?",
    "The leaflet ref PIL-0712 says no alcohol, for how long?",
    "The app is version 3.1.4 and the box says LOT 22K104.",
    # a hospital bed location, a named appeal, a statue
    "我外婆住在6号楼3层14床，探视时间是几点？",
    "We are raising money for the Sister Dora appeal, can we put a poster up?",
    "Meet us by the Florence Nightingale statue at two.",
    # team talk and relatives with no name
    "Our captain is off sick this week, who signs the form?",
    "My brother-in-law was seen in A&E, how do we get the letter?",
    # Chinese look-alikes: common words that start with a rare surname character
    "孩子原来在这里看过，病人是原来那个床位吗？",
    "我先生练习太极拳，膝盖疼能练吗？",
    "国庆节门诊开吗？劳动节呢？2027年春节开不开？",
    # a bus route and a dose
    "Take the 21 bus, the clinic is near the stop; he takes 5 mg.",
    # a bus station, a singer on the radio
    "We came on the 14 bus from Broad Marsh, where is outpatients?",
    "Tom Jones was on the radio in the waiting room, it cheered her up.",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)


@pytest.mark.parametrize("row_id", ["b41.phi.2", "b41.phi.5", "b41.phi.14", "b41.phi.22", "b41.phi.45", "b41.phi.56", "b41.phi.83",
                                    "b41.phi.95", "b41.phi.101", "b41.phi.109", "b41.phi.113", "b41.phi.127", "b41.phi.141",
                                    "b41.phi.143", "b41.phi.184", "b41.phi.198", "b41.phi.230"])
def test_blind41_row(row_id):
    assert_blind_row_gold_spans("blind41", row_id)


def test_blind41_is_in_this_tree():
    assert (SAFETY_DATA / "blind41" / "phi.jsonl").exists()


TAGGER_CLEAN = [
    "We came on the 14 bus from Broad Marsh, where is outpatients?",
    "My ticket is D204, how long is the wait?",
    "攞咗筹号B117，仲要等几耐？",
]


@pytest.mark.parametrize("text", TAGGER_CLEAN)
def test_tagger_look_alike_is_untouched(text):
    assert redact(text, tagger=True).spans == [], [(text[s.start:s.end], s.kind) for s in redact(text, tagger=True).spans]


@pytest.mark.parametrize("row_id", ["b42.phi.2", "b42.phi.4", "b42.phi.13", "b42.phi.14", "b42.phi.28", "b42.phi.37", "b42.phi.57", "b42.phi.61", "b42.phi.69", "b42.phi.136", "b42.phi.149", "b42.phi.203",
                                    "b42.phi.225", "b42.phi.234"])
def test_blind42_row(row_id):
    if not (SAFETY_DATA / "blind42" / "phi.jsonl").exists():
        pytest.skip("blind42 is not in this tree yet (it came into main after 7d8e60b)")
    assert_blind_row_gold_spans("blind42", row_id)
