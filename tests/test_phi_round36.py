"""PHI round 36 (after blind36, spent): the families blind36 missed, in values and sentences written for this file.

- DATE: a named day of the year and its year after a birth cue (born Plough Monday 1931, DOB Michaelmas 1940, date of
  birth: Emancipation Day 1952, born on the Ides of May 1933); a -mas / Whitsun feast with its year alone; a named day
  alone after "admitted on". Chinese: a year and a festival or solar term beside a birth cue (1941年重阳出生, 出生日期
  1950年清明); a full date whose day is written 廿 / 卅 / 初 (一九三八年七月廿六日). Guards: a weekday alone, an event
  ("Open Day 2026"), a festival year without a birth cue (2026年春节门诊).
- PHONE: a number after its own telephone cue (best number is, the office is on); a trunk-prefixed national grouping
  (01632 960 118). Guards: a switchboard's, pharmacy's or helpline's number, a health number.
- MRN: a number read off the patient's band or card (their wristband says, the number on his band was), given "as" or
  as "the reference" by a hospital, or a named hospital's number ("her Raigmore number is RGH 22-40917"); Chinese
  患者ID / 院内号.
- ID: a national number under its scheme's acronym (three to five capitals, seven digits or more); a provincial health
  number; a Chinese certificate's number (准生证号码, 居住证编号). Guards: product codes (GTIN, LOT), postcodes (CEP).
- AGE: 90 or more after they're / she's / Age: (digits or words). Guards: 89, "they're 95 miles away".
- NAME: a person set off by commas after the group they belong to (one of our tenants, X Y, rang); after a role label
  (Next of kin: X Y); the subject of a message "about" them. Chinese: a full name between a helping verb and the errand
  (帮X登记, 替X交资料, 给我外婆X办住院) or after a role / relative word (户主, 工友, 同事, 我舅). Guards: a statue or
  building named after someone, the subject of a display, everyday words that start with a surname character.
- ADDRESS: a Chinese street number followed by its block, entrance and flat (…8号院3栋2单元501); a cue-led chain of
  segments (Post to Quartier X, 3e arrondissement, Town); a holiday-park unit word (Static 12, Chalet 4).
- DEVICE: a code right after the worn or implanted device that it belongs to, whatever label stands between.
- VEHICLE: a plate named by the vehicle before it or the plate word after it.
"""


import pytest

from medqa.safety.phi import redact
from tests.phi_support import assert_blind_row_gold_spans, round_tests

PROBES = [
    # DATE (en)
    ("DATE", "Plough Monday 1931", "Registering my uncle Ewan Baird, born Plough Monday 1931, for the eye clinic."),
    ("DATE", "Michaelmas 1940", "DOB Michaelmas 1940 - she never gives the number."),
    ("DATE", "Emancipation Day 1952", "Date of birth: Emancipation Day 1952. Phone to follow."),
    ("DATE", "Ides of May 1933", "He was born on the Ides of May 1933 and likes people to know it."),
    ("DATE", "Candlemas 1927", "Gran's card has Candlemas 1927 where the birthday goes."),
    ("DATE", "Burns Night", "Dad was admitted on Burns Night with a chest infection."),
    # DATE (zh)
    ("DATE", "1941年重阳", "外公是1941年重阳出生的，帮他改一下资料。"),
    ("DATE", "1950年清明", "出生日期1950年清明，系统里没有这个选项。"),
    ("DATE", "一九三八年七月廿六日", "婆婆生日系一九三八年七月廿六日，唔该改返。"),
    ("DATE", "1946年端午", "阿爺1946年端午出世，表格點填？"),
    # PHONE
    ("PHONE", "01632 960 118", "Best number is 01632 960 118 after six."),
    ("PHONE", "01632 960 227", "Her sister, Morven Tait, 01632 960 227, has the spare key."),
    ("PHONE", "0113 496 0571", "The site office is on 0113 496 0571 if nobody answers my mobile."),
    # MRN
    ("MRN", "RGH 22-40917", "Her Raigmore number is RGH 22-40917, the letter says."),
    ("MRN", "WGH/1187/302", "Their wristband says WGH/1187/302 and the name is spelled wrong."),
    ("MRN", "NCH-2020-5521", "The number on his band was NCH-2020-5521 when he left."),
    ("MRN", "KGH 0457719", "The surgery gave us the reference KGH 0457719 for the referral."),
    ("MRN", "P0993417", "住院的时候患者ID是P0993417，麻烦查一下。"),
    ("MRN", "HX-2022-70415", "醫院俾嘅院內號係HX-2022-70415。"),
    # ID
    ("ID", "2703948455012", "For the insurer: EMBG 2703948455012, issued in Skopje."),
    ("ID", "0712/LB/2018", "Her CNI is 0712/LB/2018 and she is visiting from Libreville."),
    ("ID", "5512 804 17", "Manitoba health number 5512 804 17, in case you need it."),
    ("ID", "410302-2019-07733", "准生证号码：410302-2019-07733，请登记。"),
    # AGE
    ("AGE", "96", "Booking for my great-aunt. She's 96, so she needs the lift."),
    ("AGE", "ninety-seven", "Age: ninety-seven. Lives alone."),
    ("AGE", "103", "They're 103 and still drive the tractor."),
    # NAME (en)
    ("NAME", "Grzegorz Nowicki", "One of our tenants, Grzegorz Nowicki, rang to say he missed the bus."),
    ("NAME", "Ilinca Popescu", "Next of kin: Ilinca Popescu. She speaks Romanian and English."),
    ("NAME", "Morwenna Pryce", "I'm phoning from the bowls club about Morwenna Pryce, who fainted at practice."),
    # NAME (zh-Hans)
    ("NAME", "蒋桂芝", "物业这边，帮蒋桂芝登记一下，她明天来复查。"),
    ("NAME", "孟庆丰", "驾校的，替孟庆丰交一下体检表。"),
    ("NAME", "邰秀梅", "保安室给我外婆邰秀梅办个住院手续。"),
    ("NAME", "洪立新", "小区户主洪立新，电话等下发你。"),
    ("NAME", "庞建业", "我们同事庞建业要预约复查。"),
    # NAME (zh-Hant / Cantonese)
    ("NAME", "鄧美玲", "貨車公司幫鄧美玲問下覆診時間。"),
    ("NAME", "羅志強", "地盤工友羅志強上個禮拜喺度做過手術。"),
    ("NAME", "黃秋菊", "我媽黃秋菊有戴助聽器，想問下點登記。"),
    # ADDRESS
    ("ADDRESS", "包头市青山区幸福路8号院3栋2单元501", "家住包头市青山区幸福路8号院3栋2单元501，请寄过来。"),
    ("ADDRESS", "Quartier Boy-Rabe, 4e arrondissement, Bangui", "Post to Quartier Boy-Rabe, 4e arrondissement, Bangui, please."),
    ("ADDRESS", "Chalet 12, Morfa Bay Holiday Park, Pwllheli LL53 5BX",
     "Send it to Chalet 12, Morfa Bay Holiday Park, Pwllheli LL53 5BX, thanks."),
    ("ADDRESS", "Garapan, Saipan, MP 96950", "Her address now is Garapan, Saipan, MP 96950. Phone later."),
    # DEVICE
    ("DEVICE", "LT-5520-31", "Dad wears a fall alarm pendant, ID LT-5520-31, and lives alone."),
    ("DEVICE", "VP-40917-D", "The scan card lists implanted port VP-40917-D."),
    ("DEVICE", "BS-7720-15", "阿公戴咗防走失手錶，編號BS-7720-15。"),
    ("DEVICE", "ZX-0318", "老人的助行器，编号ZX-0318，坏了。"),
    # VEHICLE
    ("VEHICLE", "GX 4417", "He came over on the ferry, still on its GX 4417 plate."),
    ("VEHICLE", "KM 2290", "Her van on the island is KM 2290 if security asks."),
]

CLEAN = [
    # dates that are not anyone's
    "Is the clinic open on Tuesday afternoons?",
    "Our Open Day 2026 is on the ward noticeboard, can families come?",
    "2026年春节门诊开不开？",
    "Is the pharmacy shut on Boxing Day?",
    # institution phone lines and health numbers
    "The switchboard number is 01632 960 000, is that still right?",
    "The pharmacy helpline is 0113 496 0000 for repeat prescriptions.",
    # product codes and postcodes
    "The box of plasters has product code GTIN 05012345678911, is that the same as last time?",
    "The dressing pack says LOT 55C2 and EXP 2027-01.",
    # ages and numbers that are not ages
    "My gran's 89 and still walks to the shop.",
    "They're 95 miles away, can we do the appointment by video?",
    "She's on 2.5 mg of bisoprolol and ward 9 says that's fine.",
    # look-alike names
    "Is the bus stop by the Robert Burns statue the one for the hospital?",
    "The school is making a display about Florence Nightingale and Mary Seacole for the foyer.",
    "We are writing about the parking charges, not about a patient.",
    # Chinese everyday words that start with a surname character
    "给顾客送完货手就肿了，怎么办？",
    "后厨师傅现在把热油打翻了。",
    "新陈代谢科看完去哪个窗口拿药？",
    "可以幫阮阿母開藥嗎？",
    "記下來給衛教師看。",
    "同事马上到，先帮我登记可以吗？",
    # wards, beds, buses, queues
    "Dad's in bed 14 on Ward 9, level 2; the 51 bus stops outside.",
    "排队号是A047，住院部3号楼12层怎么走？",
    "Nobody rang 999 or 111, he just walked in.",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)

# A handful of blind36 rows (spent): every gold span exact with the rules alone, as the answer path redacts.
BLIND36_ROWS = ["b36.phi.13", "b36.phi.20", "b36.phi.44", "b36.phi.111", "b36.phi.180", "b36.phi.212", "b36.phi.238",
                "b36.phi.92"]


@pytest.mark.parametrize("row_id", BLIND36_ROWS)
def test_blind36_row_gold_spans(row_id):
    assert_blind_row_gold_spans("blind36", row_id)
