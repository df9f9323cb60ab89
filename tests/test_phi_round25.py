"""PHI round 25 (after blind23, spent): the families blind23 missed, in values and sentences written for this file.

- MRN: a hospital record number after a cue in another language or an abbreviation (Fallnummer, N° de dossier,
  historia clínica, MPI, PID, Reg. No.), kept with its letters and hyphens (HC-..., DOS-..-...., 2027-...); a Chinese
  visit-kind number (急诊号 / 急診號碼, 产检建档号, 病人识别号 / 病人識別號). Guard: PID with no number is the illness.
- ID: a national number after its own cue word (NIE, IDNP, e-Tazkira, cédula de ciudadanía, DNI (country), BHYT,
  BPJS, a state's licence); 户口本户号 / 戶口名簿戶號.
- VEHICLE: "the car is a <country> reg, <plate>" and "<Country> plate <plate>", plates with spaces or a hyphen.
  Guard: a plate has a digit ("the car is a Swedish reg, blue").
- URL: calendar and feed schemes (webcal://). IP: a dotted quad in brackets is an IP, not a phone number.
- AGE: "aged 97y". EMAIL: a local part with accented Latin letters.
- DATE: a day, a month named in German, Italian, Spanish, Romanian, French, Portuguese or Dutch and a year
  ("3. Mai 1941", "9 de marzo de 1950"); Hebrew and Ethiopian month names with their years; an era written after a
  date (B.S., E.C.); a named day and a year (Canada Day 1947); day. month. year with spaces; year and day of
  the year after a birth cue; a sexagenary year (庚辰年) or 公历 / 西元 before a Chinese date.
- ADDRESS: after an address cue (address:, we live at, post it to) a comma chain of capitalised words, numbers and
  other countries' street abbreviations (str., nr., bl., sc., ap., vh., et., lgh, zh.k., C/, int.) to its town
  (a town before "please" or "and" ends it); a country, a phone or a lower-case word ends the chain; an address read before keeps its edges. Chinese: a
  work-unit compound's block, door and flat, an estate's lettered section and house, a named building's floor and
  room, with the province or city optional.
- NAME: a full name before a possessive and a kin or document word, as a JSON "patient" value, signed after a dash at
  the end, after "for" before a dash; Chinese names after 住院的是 / 開車的是 / 病人是 / 我是 (a double surname
  too, a rarer surname such as 银), after a grandparent word before 生于, and between 是 and 家借. Guards: an
  illness after a person word (外婆高烧), the title in 我係陳太 (the surname alone is the span, as before), a person's name that names a building (X Y Wing,
  X Y Lecture Theatre), 單張 (a leaflet).
"""

from tests.phi_support import round_tests

PROBES = [
    # MRN
    ("MRN", "2027-118204", "Die Fallnummer 2027-118204 steht auf dem Brief, can you find my scan?"),
    ("MRN", "DOS-41-20376", "The N° de dossier DOS-41-20376 is from Lyon, please ask them for the notes."),
    ("MRN", "HC-3308125", "Her historia clínica HC-3308125 should be on file from Quito."),
    ("MRN", "5520918", "Record lookup: MPI 5520918, the surname changed last year."),
    ("MRN", "4417730", "Admin note - PID 4417730 needs the new GP added."),
    ("MRN", "R-630157", "Can you move the scan? Reg. No. R-630157, thank you."),
    ("MRN", "JZ20270501266", "麻烦查下急诊号JZ20270501266的化验单"),
    ("MRN", "CJ-2027-0412", "我的产检建档号是CJ-2027-0412，想改时间"),
    ("MRN", "AE2027-118305", "阿爺嘅急診號碼係AE2027-118305，想攞報告"),
    ("MRN", "PT-2274019", "請問病人識別號PT-2274019的床位在幾樓"),
    # ID
    ("ID", "Y3308214K", "Registration: my NIE is Y3308214K and I am new in the area."),
    ("ID", "2003041118826", "Her IDNP 2003041118826, she came from Bălți last month."),
    ("ID", "1398-0611-40027", "His e-Tazkira 1398-0611-40027 is the only ID he has."),
    ("ID", "1.023.448.615", "My cédula de ciudadanía 1.023.448.615 is Colombian."),
    ("ID", "31.552.084", "DNI (Argentina) 31.552.084 for the form, please."),
    ("ID", "DN4019931102783", "My BHYT card DN4019931102783 has expired."),
    ("ID", "0002417730915", "Her BPJS number 0002417730915 is on the card."),
    ("ID", "F5580217", "His Nevada licence F5580217 is the photo ID."),
    ("ID", "370102004417", "外公的户口本户号370102004417，要带原件吗"),
    # VEHICLE
    ("VEHICLE", "KLM 42T", "Visitor parking: the car is a Swedish reg, KLM 42T; it's grey."),
    ("VEHICLE", "LHR-7731", "The car is a Pakistani reg, LHR-7731, can it stay overnight?"),
    ("VEHICLE", "CB 5512 HM", "The car is a Bulgarian reg, CB 5512 HM, parked in bay 2."),
    # URL, IP, AGE, EMAIL
    ("URL", "webcal://clinic.example.org/cal/u-77120.ics", "The feed webcal://clinic.example.org/cal/u-77120.ics won't load."),
    ("IP", "198.51.100.77", "The bounce says Received: from gateway (198.51.100.77) at noon."),
    ("AGE", "97", "Update please - aged 97y, still at home."),
    ("EMAIL", "begoña.iturbe@mail.example", "Send it to begoña.iturbe@mail.example please."),
    # DATE
    ("DATE", "3. Mai 1941", "Geboren am 3. Mai 1941 - is that on her file?"),
    ("DATE", "22 settembre 1936", "Dad was born 22 settembre 1936 in Bari."),
    ("DATE", "9 de marzo de 1950", "Mi madre nació el 9 de marzo de 1950, she needs the form."),
    ("DATE", "14 noiembrie 1947", "DOB 14 noiembrie 1947 on her Romanian card."),
    ("DATE", "3 Nisan 5699", "The Hebrew date on his papers is 3 Nisan 5699."),
    ("DATE", "Tikimt 4, 1950 E.C.", "Born Tikimt 4, 1950 E.C. according to her kebele card."),
    ("DATE", "2051/02/19 B.S.", "Her Nepali DOB is 2051/02/19 B.S. on the passport."),
    ("DATE", "Canada Day 1947", "Her birthday is Canada Day 1947, she is proud of it."),
    ("DATE", "8. 11. 1939", "Narodená 8. 11. 1939, that's her date of birth."),
    ("DATE", "1948-212", "Legacy system shows DOB 1948-212 for him."),
    ("DATE", "庚辰年九月十六", "爷爷生日是庚辰年九月十六，身份证写错了"),
    ("DATE", "公历1944年6月3日", "外婆生日公历1944年6月3日，请更新"),
    ("DATE", "西元1952年11月8日", "阿公出生於西元1952年11月8日，要改資料"),
    # ADDRESS
    ("ADDRESS", "str. Florilor 12, ap. 7, MD-2012, Chișinău", "Post it to str. Florilor 12, ap. 7, MD-2012, Chișinău, Moldova please."),
    ("ADDRESS", "Str. Teilor nr. 4, bl. C1, sc. 2, ap. 9, Brașov", "Home address: Str. Teilor nr. 4, bl. C1, sc. 2, ap. 9, Brașov; mobile +40 700 000 000."),
    ("ADDRESS", "zh.k. Druzhba 2, bl. 21, vh. A, et. 6, ap. 30, Sofia", "We live at zh.k. Druzhba 2, bl. 21, vh. A, et. 6, ap. 30, Sofia."),
    ("ADDRESS", "Björkvägen 9 lgh 1203, 722 14 Västerås", "Our address is Björkvägen 9 lgh 1203, 722 14 Västerås, thanks."),
    ("ADDRESS", "C/ del Carme 18, 2º A, 08001 Barcelona", "Send the letter to C/ del Carme 18, 2º A, 08001 Barcelona, Spain."),
    ("ADDRESS", "Kebele 03, Woreda 9, Arada, Addis Ababa", "Post it to Kebele 03, Woreda 9, Arada, Addis Ababa please."),
    ("ADDRESS", "Ward No. 3, Baneshwor, Kathmandu", "My uncle lives at Ward No. 3, Baneshwor, Kathmandu and has no phone."),
    ("ADDRESS", "Str. Mihai Viteazu nr. 9, ap. 3, Iași", "Post it to Str. Mihai Viteazu nr. 9, ap. 3, Iași before Friday please."),
    ("ADDRESS", "湖北省武汉市青山区钢花新村宿舍5号楼3门502", "把轮椅送到湖北省武汉市青山区钢花新村宿舍5号楼3门502"),
    ("ADDRESS", "四川省绵阳市涪城区幸福安置小区A区8号", "我外公住在四川省绵阳市涪城区幸福安置小区A区8号"),
    ("ADDRESS", "福建省漳州市南靖县书洋镇和贵楼三层12号房", "地址福建省漳州市南靖县书洋镇和贵楼三层12号房，麻烦寄过来"),
    # NAME
    ("NAME", "Tsegaye Bekele", "Tsegaye Bekele's passport number changed after renewal."),
    ("NAME", "Nodira Yusupova", 'The portal error shows {"patient": "Nodira Yusupova", "code": 17} again.'),
    ("NAME", "Thandeka Mokoena", "My repeat prescription never arrived - Thandeka Mokoena"),
    ("NAME", "Grigor Hakobyan", "Please convert the date for Grigor Hakobyan - it is Armenian."),
    ("NAME", "银春花", "帮忙登记，住院的是银春花，明天出院"),
    ("NAME", "银秀芬", "我是银秀芬，想改一下预约"),
    ("NAME", "裴玉兰", "轮椅是裴玉兰家借的，明天还"),
    ("NAME", "黃林阿珠", "你好，病人是黃林阿珠，想問探病時間"),
    ("NAME", "谭秀英", "外婆谭秀英生于农历三月，资料要改"),
]

CLEAN = [
    "PID was treated with antibiotics last year, is the pain back?",
    "My mum lives at the end of the road, near the park.",
    "Please post it to my GP surgery, not to me.",
    "The car is a Swedish reg, blue, parked by the door.",
    "Christmas Day was quiet on the ward.",
    "Reg. No. is on the back of the form, I think.",
    "我是第一次来，不知道在哪挂号。",
    "住院的是我妈，她不方便接电话。",
    "病人是糖尿病，要注意饮食。",
    "Address: see the letter I sent last week.",
    "Is the Mary Seacole Wing open on Sundays?",
    "外婆高烧，要去急诊吗",
    "單張寫住要空肚，係咪真㗎？",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)
