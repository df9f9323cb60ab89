"""PHI round 24 (after blind22, spent): the families blind22 missed, in values and sentences written for this file.

- ADDRESS: an address whose first field is a plot, lot, box or estate word or a street word leading its name (Erf,
  LP, Lot, #, No., Ban <village>, Urb. <estate>, Calle, Pasaje, Cité, Kuche-ye), going on over comma fields of
  capitalised words and numbers (Sangkat, Khan, Zona, Colonia, "e/ A y B" cross streets, "off <road>") to its town;
  a Hong Kong estate flat (苑/邨 + 座 + 樓 + 室) after an address word or 住. Guards: a sign-off or lower-case word ends
  the chain; a one-to-three-capital last field ("KL") stays out; an address read before is only ever extended.
- DATE: a Persian month between day and year (4 Aban 1312); year-first eight digits after a birth or dated cue;
  a year after "Month the ordinal," in digits or words; 元月 in a Chinese date; a weekday before day-MON-year.
- MRN: a record label (PAS number, UHID / case-note, CR No., hospital number) through "on the letter is" to its value,
  "EPR " kept with its digits, "K 123 456", "2024/123456"; Chinese registration, clinic-card and check-up numbers.
  Guard: a bare 编号 after a device noun stays a device serial.
- DEVICE: an asset tag and its value; worn recorders and patches before their serial.
- NAME: a person after a clerk's phrase (this is about, I'm writing for, she's, her name is); Chinese names after a
  person word and 叫, after 用户/用戶(係), between 替/幫 and 问/問, after 老伴, between 查一下 and 的报告.
"""

from tests.phi_support import round_tests

PROBES = [
    # ADDRESS
    ("ADDRESS", "Erf 5521, Robert Mugabe Avenue, Windhoek", "Please send the forms to Erf 5521, Robert Mugabe Avenue, Windhoek today."),
    ("ADDRESS", "LP 47 Southern Main Road, Couva", "The nurse will visit LP 47 Southern Main Road, Couva on Friday."),
    ("ADDRESS", "Ban Nongbone, Unit 3, House 27, Vientiane", "New home: Ban Nongbone, Unit 3, House 27, Vientiane and the phone is the same."),
    ("ADDRESS", "#52, Street 63, Sangkat Boeung Raing, Khan Daun Penh, Phnom Penh",
     "Deliver the walker to #52, Street 63, Sangkat Boeung Raing, Khan Daun Penh, Phnom Penh, thanks."),
    ("ADDRESS", "Calle 17 No. 301 e/ A y B, Vedado, La Habana", "My aunt lives at Calle 17 No. 301 e/ A y B, Vedado, La Habana. Thanks."),
    ("ADDRESS", "Lot 9, Baillou Hill Road off Wulff Road, Nassau", "Pick-up from Lot 9, Baillou Hill Road off Wulff Road, Nassau please."),
    ("ADDRESS", "Urb. Los Caobos, Calle 12 Bloque 4 #8, Ponce PR 00716", "Our address changed to Urb. Los Caobos, Calle 12 Bloque 4 #8, Ponce PR 00716."),
    ("ADDRESS", "Pasaje Los Pinos #7, Colonia Miramonte, San Salvador", "Letters go to Pasaje Los Pinos #7, Colonia Miramonte, San Salvador now."),
    ("ADDRESS", "No. 9, Kuche-ye Laleh, Khiaban-e Enghelab, Tehran", "He grew up at No. 9, Kuche-ye Laleh, Khiaban-e Enghelab, Tehran as a boy."),
    ("ADDRESS", "屯門富泰邨C座15樓2室", "請寄去地址屯門富泰邨C座15樓2室，唔該"),
    ("ADDRESS", "將軍澳寶盈花園3座8樓6室", "阿爺依家住將軍澳寶盈花園3座8樓6室，行動不便"),
    # DATE
    ("DATE", "4 Aban 1312", "Her passport says born 4 Aban 1312, please check."),
    ("DATE", "19420317", "Patient born 19420317 per the old card."),
    ("DATE", "March the ninth, 1938", "Born March the ninth, 1938 in Leeds."),
    ("DATE", "October the first, nineteen forty-two", "Dad was born October the first, nineteen forty-two, he says."),
    ("DATE", "1939年元月15日", "外婆出生于1939年元月15日，想改资料"),
    ("DATE", "Thu 04-MAR-2027", "Scan booked for Thu 04-MAR-2027 at the main site."),
    # MRN
    ("MRN", "EPR 4410827", "The PAS number on the card is EPR 4410827 if that helps."),
    ("MRN", "K 552 901", "UHID / case-note K 552 901, please re-send the letter."),
    ("MRN", "2024/336120", "Re CR No. 2024/336120: the clinic moved my slot."),
    ("MRN", "M4410092", "Her hospital number is M4410092 and she is deaf."),
    ("MRN", "QZ-2027-11835", "请帮我查一下体检编号QZ-2027-11835的报告"),
    ("MRN", "B7781204", "阿婆嘅掛號證號係B7781204，想改期"),
    # DEVICE
    ("DEVICE", "HXR448201K", "The asset tag reads HXR448201K on the back of the chair."),
    ("DEVICE", "LR-33019-Q", "Her loop recorder LR-33019-Q needs a download."),
    # NAME
    ("NAME", "Talia Ormsby", "Hi, this is about Talia Ormsby, her physio was cancelled."),
    ("NAME", "Oskar Vennberg", "I'm writing for Oskar Vennberg and his repeat order."),
    ("NAME", "Ruth Adeyemi", "The lady in bay 3, she's Ruth Adeyemi and she wants tea."),
    ("NAME", "龙秀梅", "我外婆叫龙秀梅，今年八十九岁"),
    ("NAME", "蘇國華", "呢部輪椅嘅用戶係蘇國華，住院中"),
    ("NAME", "梁淑芬", "我幫梁淑芬問，覆診改咗未"),
]

CLEAN = [
    "The bus stops at Lot 4 car park, then the station.",
    "Call 999 in an emergency; the pharmacy is open 9-5.",
    "Our clinic is on Calle Real, opposite the church.",
    "起搏器编号在说明书第三页，请自己核对。",
    "我叫救护车，好快就到。",
    "This is about the new parking rules, please read.",
    "The asset tag reads on the side of every pump.",
    "Please bring your PAS number on the letter to reception.",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)
