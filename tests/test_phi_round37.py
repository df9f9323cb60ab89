"""PHI round 37 (after blind37, spent): the families blind37 missed, in values and sentences written for this file.

- DATE: after a birth cue, a named day of any language with its year (born the Feast of Tabernacles 1936, DOB Dia di
  Rincon 1932); a day and a month word of another language with its year (3 di yüni 1930, 9 Okatopa 1941); "the Nth
  day of Month, YYYY" anywhere. Guards: a weekday, a named day with no year and no birth cue.
- AGE: 90 or more heading a clause about the person ("At 96 she still ...", "At ninety-three, he ..."); 她93了.
  Guards: "At 90 mph", "At 95 degrees".
- MRN: a record number named by its file or dossier, with its letter prefix ("her dossier is CHU 972-11840", "file
  KRH/OPD/40871", "his file at Mercy is MRC-A-22019", "the hospital back home uses SJH 5521-0093"); Chinese record numbers
  of a department (透析号, 影像号, 主索引号 EMPI ...).
- ID: a scheme's label, "if you need it" or a colon, then the value with its letter prefix and digit groups ("Dakar ID
  card if you need it: DK 551 208 44", "CSCS card 4471 2290", "UCAS personal ID: 318-220-4471", NHI ABC1234); a Chinese
  certificate number with a letter prefix (登记证号码RPD 0718825). Guards: LOT, queue tickets, versions, postcodes.
- ADDRESS: post goes to / home is / staying at / family house + a street in lower case (9 rue des Lilas, casa 7) or an
  island postcode (TDCU 1ZZ); Chinese building tails (B座1102, 地下). Guard: "Room 3 at our place".
- NAME: "Name on the file: X Y"; "A player, X Y, went", "Our operative X Y went"; Chinese names before a form of address
  (师傅, 大姐, 老先生), after 我是…的, after kin words (伯父, 表哥), after 病人叫 with a numeral given name (三毛).
  Guards: a name on an event (the Jane Austen theme night), a street (Albert Road).
- VEHICLE: a Chinese plate with its city or province prefix after 车牌 / 号牌; an English plate after a vehicle noun and a
  comma, "it's" or "there is". Guards: a bus route, a van for 6.
- DEVICE: more worn devices in Chinese (头盔, 矫形器, 支具 ...).
"""


import pytest

from medqa.safety.phi import kind_matches, redact
from tests.phi_support import assert_blind_row_gold_spans, round_tests

PROBES = [
    # DATE
    ("DATE", "Feast of Tabernacles 1936", "Please note she was born on the Feast of Tabernacles 1936, not in spring."),
    ("DATE", "Dia di Rincon 1932", "DOB Dia di Rincon 1932, if the form takes it."),
    ("DATE", "3 di yüni 1930", "Date of birth is 3 di yüni 1930 on his papers."),
    ("DATE", "9 Okatopa 1941", "Her date of birth is 9 Okatopa 1941, the nurse wrote it wrong."),
    ("DATE", "14th day of March, 1936", "The letter says the 14th day of March, 1936 and that is right."),
    # AGE
    ("AGE", "96", "Writing for my nan. At 96 she still walks to church every Sunday."),
    ("AGE", "ninety-three", "At ninety-three, he does his own garden."),
    ("AGE", "93", "我外婆住三楼，她93了还自己买菜。"),
    # MRN
    ("MRN", "CHU 972-11840", "Her dossier is CHU 972-11840 from the Martinique hospital."),
    ("MRN", "KRH/OPD/40871", "He was seen there first, file KRH/OPD/40871, then sent to us."),
    ("MRN", "MRC-A-22019", "His file at Mercy is MRC-A-22019 if you need to ask them."),
    ("MRN", "SJH 5521-0093", "Her hospital back home uses SJH 5521-0093 for her notes."),
    ("MRN", "TX-0412-330", "我爸的透析号TX-0412-330，麻烦查下。"),
    ("MRN", "YX20220731", "上次拍片的影像号是YX20220731。"),
    ("MRN", "EMPI 5530917", "主索引号EMPI 5530917，请核对。"),
    # ID
    ("ID", "DK 551 208 44", "Dakar ID card if you need it: DK 551 208 44."),
    ("ID", "4471 2290", "For the form, CSCS card: 4471 2290."),
    ("ID", "318-220-4471", "UCAS personal ID if you need it: 318-220-4471."),
    ("ID", "ABC1234", "Her NHI is ABC1234 from Auckland."),
    ("ID", "KEN-0071-5520-18", "Kenya national ID if you need it: KEN-0071-5520-18."),
    ("ID", "RPD 0718825", "殘疾人士登記證號碼是RPD 0718825。"),
    # ADDRESS
    ("ADDRESS", "9 rue des Lilas, Plateau, Abidjan", "Post goes to 9 rue des Lilas, Plateau, Abidjan. Thanks."),
    ("ADDRESS", "Bairro Militar, casa 7, Bissau", "They're staying at Bairro Militar, casa 7, Bissau for now."),
    ("ADDRESS", "Sandy Point, Tristan da Cunha TDCU 1ZZ", "Home address is Sandy Point, Tristan da Cunha TDCU 1ZZ. Thanks."),
    ("ADDRESS", "杭州市西湖区文三路华星大厦C座1203", "地址：杭州市西湖区文三路华星大厦C座1203。"),
    # NAME
    ("NAME", "Colm Fitzpatrick", "Name on the file: Colm Fitzpatrick. He is on ward 4."),
    ("NAME", "Shane Whitlock", "A player, Shane Whitlock, went home with a sore wrist."),
    ("NAME", "Warren Tibbs", "Our operative Warren Tibbs went to A&E last night."),
    ("NAME", "冯二柱", "我们厂的冯二柱师傅昨天住院了。"),
    ("NAME", "韩翠兰", "麻烦帮韩翠兰老太太挂个号。"),
    ("NAME", "蒋立群", "我是开出租车的蒋立群，刚送来一个病人。"),
    ("NAME", "苏金福", "我表哥苏金福，想改复诊时间。"),
    ("NAME", "高四娃", "病人叫高四娃。他今天复查。"),
    # VEHICLE
    ("VEHICLE", "温州C-51873", "我的电动车牌温州C-51873被锁了。"),
    ("VEHICLE", "晋·31-22804", "拖拉机号牌晋·31-22804，停哪里？"),
    ("VEHICLE", "R551 KTV", "We've still got his car, R551 KTV, in the yard."),
    ("VEHICLE", "4-18820B", "The form wants my pickup back home too, it's 4-18820B."),
    ("VEHICLE", "FLK 204", "His Land Rover there is FLK 204 if anyone asks."),
    # DEVICE
    ("DEVICE", "HM-2208-3317", "孩子的矫形头盔编号是HM-2208-3317。"),
    ("DEVICE", "ZJ-0551-A", "腰椎支具编号ZJ-0551-A，坏了。"),
]

CLEAN = [
    # dates and ages that are not anyone's
    "Is the clinic open on Boxing Day?",
    "At 90 mph the ambulance still took twenty minutes.",
    "At 95 degrees the sauna is too hot for her.",
    # numbers that are not records or ids
    "The app is on version 4.2.1, should I update it?",
    "The dressing box says LOT 55C2 and EXP 2027-01.",
    "药盒批号LOT 2209118，还能用吗？",
    "排隊號碼B045，幾時到我？",
    "Queue ticket 52, how long is the wait?",
    # addresses that are not addresses
    "Room 3 at our place seats 6, can the nurse visit there?",
    "Is the hospital on the 700 bus route?",
    # names on things and places
    "We're doing a Jane Austen theme night for the charity, can the nurses come?",
    "Escape room staff here, our shop is on Albert Road.",
    "Just round the corner from the Dickens museum.",
    # vehicles without a plate
    "Can we bring the van, there are 6 of us?",
    "坐18路公交来的，在哪站下？",
    # forms of address after a team, shop or place word, not after a name
    "我们物流队的师傅扭伤了腰，骨科在几楼？",
    "五金铺师傅切到手指，要不要打破伤风？",
    "路口旁边一个老人家摔倒了，已经爬起来了。",
    "我喺單車舖做師傅，想問洗傷口用咩好？",
]

# a scheme's own file number stays an ID (DVA file no.), a plate keeps no label character (車牌號碼 / 是)
KINDS_KEPT = [
    ("ID", "QX552210", "Veterans' notes: DVA file no. QX552210, age 88."),
    ("VEHICLE", "KLM-4410", "車牌號碼KLM-4410，可以停門口嗎？"),
    ("VEHICLE", "TBD-2291", "接送的車牌是TBD-2291，謝謝。"),
]


@pytest.mark.parametrize("kind, value, text", KINDS_KEPT)
def test_kind_and_edges_kept(kind, value, text):
    spans = redact(text, tagger=False).spans
    assert any(text[s.start:s.end] == value and kind_matches(s.kind, kind) for s in spans), [(text[s.start:s.end], s.kind) for s in spans]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)

# A handful of blind37 rows (spent): every gold span exact with the rules alone, as the answer path redacts.
BLIND37_ROWS = ["b37.phi.7", "b37.phi.60", "b37.phi.71", "b37.phi.82", "b37.phi.87", "b37.phi.110", "b37.phi.218",
                "b37.phi.91"]


@pytest.mark.parametrize("row_id", BLIND37_ROWS)
def test_blind37_row_gold_spans(row_id):
    assert_blind_row_gold_spans("blind37", row_id)


# The learned tagger's look-alikes (it runs on logs and `medqa redact`): its span is dropped when it is a product or
# queue code after its label, a saint alone, or a name on an event.
TAGGER_LOOKALIKES = [
    ("藥袋寫住LOT 3381B2。", "3381B2", "DEVICE", True),
    ("药盒批号LOT 2209118。", "2209118", "ID", True),
    ("排隊號碼B045，幾時到我？", "B045", "ID", True),
    ("We did first aid training with St Andrew last year.", "St Andrew", "NAME", True),
    ("We're doing a Jane Austen theme night for the ward.", "Jane Austen", "NAME", True),
    ("Our shop is on Albert Road.", "Albert Road", "NAME", False),  # kept: a street often hides an address the rules missed
    ("I'm collecting Dion St. Hill after dialysis.", "Dion St. Hill", "NAME", False),
    ("Her NHI is ABC1234 from Auckland.", "ABC1234", "ID", False),
]


@pytest.mark.parametrize("text, value, kind, dropped", TAGGER_LOOKALIKES)
def test_tagger_lookalike(text, value, kind, dropped):
    from medqa.safety.phi import _r37_lookalike

    start = text.index(value)
    assert _r37_lookalike(text, start, start + len(value), kind) is dropped
