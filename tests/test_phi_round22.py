"""PHI round 22 (after blind20, spent): the shapes blind20 missed, in values and sentences written for this file.

- NAME: a thing handed to a person ("issued to X,", "went home with X"), a request about a person ("please add X (",
  "login for X:"), a name beside a bracketed record or age ("X (MRN ...)", "X (88 this year)"), a record label line
  ("Update: X, ID ..."), a job noun before the name ("ferryman X gives", "Invigilator X, staff ID"), the last field of a
  record line (", X.") and a name between a number and an address field; names with an okina (Kaʻiulani).
  Chinese: a clause-head name that owns a car or lives somewhere (X的车, X住在), a name after 登记给/患者, 阿 names (邱阿妹),
  an English given name with a Chinese surname or kin word (Bobby 哥, Maria do Rosário 陈).
- ADDRESS: the comma fields after a living or delivery cue ("lives at", "moored near", "delivered to", "address"), an
  address that opens with Plot/Khoroo/Section/Block; a found address goes on over "of Man" and "off X Road, Town";
  Chinese homes after 住/住在 (村委会三组17号, 街 88号 4楼).
- ID: a scheme-named number after ID/PIN/NRC/no. ("staff ID PINFL <n>", "NRC 12/ABC(N)123456"), a card or pass number
  with its letter prefix ("carer's card CC-339104"); PHONE: a spaced number after contact/ring/call; VEHICLE: Chinese
  plates with 学/挂. A bare ordinal day ("on the 3rd") stays unread: triage messages say "my biopsy is on the 20th".
"""

from tests.phi_support import round_tests

PROBES = [
    # NAME
    ("NAME", "Leilani Kahale", "Loan walker WK-3321 issued to Leilani Kahale, email in the folder."),
    ("NAME", "Pita Fonoti", "The spare hearing aid went home with Pita Fonoti by mistake."),
    ("NAME", "Obiageli Nnaji", "Please add Obiageli Nnaji (MRN QX-448812) to the Friday list."),
    ("NAME", "Kaʻimi Palakiko", "Bowls club note: Kaʻimi Palakiko (98 this year) wants a lift."),
    ("NAME", "Tsetseg Dorj", "Update: Tsetseg Dorj, ID 55210987, now at Plot 18, Chingeltei, Erdenet."),
    ("NAME", "Rangi Parata", "Ferryman Rangi Parata gives his number on the board."),
    ("NAME", "Losa Tuilagi", "Invigilator Losa Tuilagi, staff no. 11982, car park B."),
    ("NAME", "Ndapewa Shikongo", "Namibia: plate N 4471 W, phone 081 223 4455, Ndapewa Shikongo."),
    ("NAME", "Tenzin Norbu", "Video login for Tenzin Norbu: the link is in the text."),
    ("NAME", "罗秀兰", "罗秀兰的车停在后门，钥匙在前台。"),
    ("NAME", "纳春梅", "纳春梅住在河口村二组8号，明天来复查。"),
    ("NAME", "马小勇", "轮椅编号LY-2231登记给马小勇，下周归还。"),
    ("NAME", "龙阿香", "社保卡号已补办，龙阿香，住在寨子里。"),
    ("NAME", "Jimmy 哥", "设备血压计登记给Jimmy 哥，周五还。"),
    # ADDRESS
    ("ADDRESS", "Plot 27, Chingeltei, Erdenet", "Referral: Tsetseg Dorj, born 1931, lives at Plot 27, Chingeltei, Erdenet."),
    ("ADDRESS", "Fale 3, Lalomanu village, Upolu", "Boat moored near Fale 3, Lalomanu village, Upolu; ring the office."),
    ("ADDRESS", "Building 9, Street 4, Zone 21, Al Wakra", "Oxygen delivered to Building 9, Street 4, Zone 21, Al Wakra; call first."),
    ("ADDRESS", "Khoroo 7, Bayanzurkh District, Ulaanbaatar", "Ganbold, Khoroo 7, Bayanzurkh District, Ulaanbaatar, +976 8800 1122."),
    ("ADDRESS", "9 Bay Road, Peel, Isle of Man", "Send the letter to Maggie Quayle, 9 Bay Road, Peel, Isle of Man."),
    ("ADDRESS", "河口村二组8号", "纳春梅住在河口村二组8号，明天来复查。"),
    ("ADDRESS", "油麻地廟街 22號 3樓", "陳阿玉住油麻地廟街 22號 3樓，要上門。"),
    ("ADDRESS", "Satitoa village, Upolu", "Samoa: Ioane Faleolo, Satitoa village, Upolu, +685 7723 901."),
    # ID, PHONE, VEHICLE, URL
    ("ID", "CJ44012345", "王阿婆，残疾证 CJ44012345，下周复诊。"),
    ("URL", "pages/clinic/form?id=2231", "复诊问卷链接pages/clinic/form?id=2231，请填写。"),
    ("ID", "44019283746", "Warden Ama Darko, staff ID GHC 44019283746, shift B."),
    ("ID", "9/XYZ(N)778812", "Myanmar NRC 9/XYZ(N)778812, phone on file."),
    ("ID", "DC-558120", "Her disability card DC-558120 expired in June."),
    ("PHONE", "0744 220 918", "Please add Ama Darko to the Friday list; contact 0744 220 918."),
    ("PHONE", "07 331 448 902", "She asked us to ring 07 331 448 902 after lunch."),
    ("VEHICLE", "豫C4412学", "教练车豫C4412学停在急诊门口。"),
]

CLEAN = [
    "The warden asked everyone to leave by the side door.",
    "Clinic moved to Level 2, Zone C. Appointments as usual.",
    "The pub quiz answer was 'Ward Nine'. Nothing personal here.",
    "Please add the new dressing to the list for Friday.",
    "住院部在三楼，探视时间下午两点。",
    "停车场在门口右边，收费每小时五元。",
    "Call 111 if the bleeding does not stop within 10 minutes.",
    "Take 2 tablets on the 1st day, then 1 tablet daily.",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)
