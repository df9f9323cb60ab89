"""PHI round 38 (after blind38, spent): the format families blind38 missed, in values and sentences written for this file.

- EMAIL: an apostrophe inside the local part (k.o'neill42@...).
- DATE: ISO week dates (1940-W33-5).
- AGE: 90 or more after an "Age" label ("Age on the file: 96", "Age: ninety-two"); 外婆今年九十八了.
  Guards: under 90, "Age on the form is wrong", a queue number 叫到95了.
- VEHICLE: a plate shape after a parking-badge cue, a body type or a make, "plates," "collect her in", "the taxi that
  dropped him off was". Guards: a bus route, a car park, a model year.
- DEVICE: home-care devices (snoring splint, nasal aspirator, bedwetting alarm ...) with "is (numbered)" and the serial;
  Chinese 机身编号. Guards: LOT / REF / size codes after the device word.
- ID: a scheme's label (capitalised scheme or acronym, número de utente, residency card ...) with "for her" / "from her
  school" and is / says, then a known ID shape; a person right before ", <label> <value>"; a scheme's own name is no
  person (Cartão de Cidadão); 证编号 with a province character (鲁B05...).
- MRN: "the clinic has her as X", "update her record, X"; 就诊ID; a department's own number (骨科的编号).
- ADDRESS: a Romance street-type word with its name, number and comma chain; a named-house chain ending in a UK postcode;
  the island after a postcode and town; an Australian "(Keeling) Islands WA 6799" tail.
- NAME: a role word before the name stays out (Guest X Y); a possessive 's stays out; "This is about X de Y"; rare
  surnames 粘 嵇 禹; 我是X。 / 关于X女士 / 妈妈是X，. Guards: 帮同事问, 我是护士长。
"""


import pytest

from medqa.safety.phi import redact
from tests.phi_support import assert_blind_row_gold_spans, round_tests

PROBES = [
    ("EMAIL", "k.o'neill42@example.net", "Send the discharge letter to k.o'neill42@example.net please."),
    ("DATE", "1940-W33-5", "The form has her DOB as 1940-W33-5, odd but that's how the home wrote it."),
    ("DATE", "2003-W01", "Born 2003-W01 according to the old system."),
    ("AGE", "96", "Age on the file: 96. She lives with her son."),
    ("AGE", "ninety-two", "Age: ninety-two, still drives to the shop."),
    ("AGE", "九十八", "外婆今年九十八了，想问能不能上门抽血。"),
    ("VEHICLE", "HJX 512T", "The blue badge is for HJX 512T, can he park by outpatients?"),
    ("VEHICLE", "T812 MRW", "He drives a green hatchback, T812 MRW, and it's in the drop-off bay."),
    ("VEHICLE", "J 90312", "Her son will collect her in J 90312 at four."),
    ("VEHICLE", "WKL-3307", "The taxi that dropped him off was WKL-3307 if anyone asks."),
    ("VEHICLE", "TF-4417-CP", "Her hire car still has the old plates, TF-4417-CP."),
    ("VEHICLE", "LMV 703K", "Grandad's old Triumph LMV 703K is parked on the verge."),
    ("DEVICE", "SNR-31B-0072", "His snoring splint is numbered SNR-31B-0072 and it has split."),
    ("DEVICE", "AS4471K", "The nasal aspirator we borrowed is AS4471K, it won't charge."),
    ("DEVICE", "EN-2290WQ", "The bedwetting alarm on loan to us is EN-2290WQ."),
    ("DEVICE", "LL-3308X12", "理疗仪机身编号LL-3308X12，屏幕不亮了。"),
    ("ID", "R-448120", "His Gozo residency card is R-448120, if that helps."),
    ("ID", "412 680 337", "Her número de utente is 412 680 337 from the Lisbon health centre."),
    ("ID", "17294403 2 ZT4", "My Cartão de Cidadão number is 17294403 2 ZT4."),
    ("ID", "M4410932", "The council's Mosaic ID for her is M4410932."),
    ("ID", "31-5520184", "Her Saver card says 31-5520184 on the back."),
    ("ID", "PL/TFD/2018/2231", "I hold the premises, personal licence PL/TFD/2018/2231."),
    ("ID", "鲁B052019334871", "他的叉车操作证编号是鲁B052019334871。"),
    ("NAME", "Lowri Pugh", "Lowri Pugh, British Rowing number BR220931, needs a fitness letter."),
    ("MRN", "RWK-55102", "The clinic has her as RWK-55102, not the old number."),
    ("MRN", "KMH 31-77120", "Please update her record, KMH 31-77120."),
    ("MRN", "QZ77120431", "我爸的就诊ID是QZ77120431，麻烦查一下。"),
    ("MRN", "GK-33019", "骨科的编号是GK-33019，复查要带吗？"),
    ("ADDRESS", "Calle del Pino 12, Valverde, El Hierro", "Please send it to Calle del Pino 12, Valverde, El Hierro."),
    ("ADDRESS", "Travessa do Carmo 7, 9000-051 Funchal, Porto Santo", "She's at Travessa do Carmo 7, 9000-051 Funchal, Porto Santo for now."),
    ("ADDRESS", "Ivy Cottage, Clun, Craven Arms SY7 8JA", "We're at Ivy Cottage, Clun, Craven Arms SY7 8JA this week."),
    ("ADDRESS", "Lillegade 4, 2. th., 3770 Allinge, Bornholm", "Home is Lillegade 4, 2. th., 3770 Allinge, Bornholm and I'm there till May."),
    ("ADDRESS", "Lot 4, West Island, Cocos (Keeling) Islands WA 6799", "Post it to Lot 4, West Island, Cocos (Keeling) Islands WA 6799."),
    ("NAME", "Marit Holm", "Guest Marit Holm left her inhaler in room 4."),
    ("NAME", "Anne-Marie de Carteret", "Hello. This is about Anne-Marie de Carteret."),
    ("NAME", "Tevita Fifita", "Writing for my friend Tevita Fifita's mother, she's on the ward."),
    ("NAME", "嵇文涛", "跆拳道馆的。我是嵇文涛。想问体检报告。"),
    ("NAME", "禹海燕", "关于禹海燕女士的事，她明天复查。"),
    ("NAME", "粘佳慧", "宝宝妈妈是粘佳慧，电话等下发你。"),
]

CLEAN = [
    # ages under 90 and numbers that are not ages
    "Age on the form is wrong, she's 89 not 98.",
    "Age: 45, no allergies.",
    "外婆八十九了，腿脚还行。",
    "现在叫到95了，我是102号。",
    # plates that are not plates
    "The blue badge is for the car park at the back, right?",
    "We came on the 544 bus, is Ward 22 bay 3 this way?",
    "She drives a Mini, nothing fancy, where do we park?",
    # product, size and version codes near a device word
    "The splint box says LOT 22K117, is that batch ok?",
    "The snoring splint is size M2, should it hurt?",
    "The voice prosthesis box says REF 8101, do you stock it?",
    "The light box app is on version 3.2.7.",
    # ids that are queue tickets, doses or record labels
    "Our queue ticket is A117, how long now?",
    "He takes amlodipine 5 mg and paracetamol 500 mg.",
    # Chinese role words and self-introductions that are not names
    "我是护士长。想问探视时间。",
    "帮同事问一下，心内科在几楼？",
    "关于探视时间的事，周末可以吗？",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)

# A handful of blind38 rows (spent): every gold span exact with the rules alone, as the answer path redacts.
BLIND38_ROWS = ["b38.phi.2", "b38.phi.36", "b38.phi.61", "b38.phi.89", "b38.phi.93", "b38.phi.130", "b38.phi.162",
                "b38.phi.85", "b38.phi.226"]


@pytest.mark.parametrize("row_id", BLIND38_ROWS)
def test_blind38_row_gold_spans(row_id):
    assert_blind_row_gold_spans("blind38", row_id)
