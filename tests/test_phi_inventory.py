"""PHI format inventory (PF1, session 20): formats by mechanism, in values and sentences written for this file (not the
inventory's own: tests/data/safety/inventory/make_phi_formats.py holds other values and wordings).

- ADDRESS as a chain of segments in each country's order: unit / floor / building segments before the street (Flat C,
  9/F, Tower 1, X Gardens; Apt 7, The Granary; Room 803, Building 2), the street (number + street word, street word +
  number: Via / Rue / Rehov / ul. / C/ / Calle 45 # 12-30, -gatan / -straße / -ská / -vej 12 and a separate Straße word,
  Turkish Cad. No: 12 D: 3, Vietnamese Số ... ngõ ...), then locality, postcode (7-digit, NNN NN, NN-NNN, NNNN-NNN,
  A9A 9A9, AA9 9AA, Eircode) and state code, comma-joined or typed on lines; a US state + ZIP and a country after the
  town stay outside (rounds 6 / 7 / 16 / 25). A typed address after a cue loses the cue (It's ...). Chinese: the
  province before the city stays outside (round 12; 江苏省 | 南京市), never glued before a municipality (北京 / 上海);
  the building, block, floor and room chain after the number joins (大厦B座11楼D室, 花园3期8座); a postcode after it
  joins (，邮区 / ，NNNNN).
- MRN vs ID by the label word: a hospital's own number (hospital no., hosp num, unit / UR number, patient ID at the
  clinic, case no., chart / file / clinic / outpatient number, 病历号, 住院号, 就诊卡号, 病歷號碼, 醫院編號, 診症號碼) is
  MRN whatever its shape (a phone-like or plate-like value, a bracketed check character); a national scheme's number
  (NHS number, CPR, BSN, AHV, SIN, AMKA, NHI, Ghana Card, CIN) is ID, also after "..., it's".
- PHONE in a national grouping after a call-back cue; VEHICLE in Thai / Arabic letters or with region words; DATE with
  a Thai month abbreviation.
- Guards: a leaflet's number (leaflet ref, 说明书编号, 單張編號), a product's ref, a hospital's own postcode, a device's
  "unit number", a veterans' (DVA) file number and a welfare case number (綜援個案編號) are no MRN.

On HEAD 69d6c48: 47 of the 73 cases fail (41 of the 61 probes; 6 of the 12 look-alikes are touched).
"""

from tests.phi_support import round_tests

PROBES = [
    # ADDRESS (en): unit / building segments, locality, postcode, country
    ("ADDRESS", "Flat C, 9/F, Tower 1, Laguna Gardens, 8 Laguna Street, Kwun Tong, Kowloon",
     "please send the new appointment card to Flat C, 9/F, Tower 1, Laguna Gardens, 8 Laguna Street, Kwun Tong, Kowloon, thanks"),
    ("ADDRESS", "Apt 7, The Granary, Mill Street, Tullamore, Co. Offaly, R35 K2W9",
     "I've moved to Apt 7, The Granary, Mill Street, Tullamore, Co. Offaly, R35 K2W9 - please update"),
    ("ADDRESS", "Room 803, Building 2, 66 Hongqiao Road, Xuhui District, Shanghai 200030",
     "post the report to Room 803, Building 2, 66 Hongqiao Road, Xuhui District, Shanghai 200030, thanks"),
    ("ADDRESS", "Blk 218 Bedok North St 1, #05-233, Singapore 460218",
     "home visit address: Blk 218 Bedok North St 1, #05-233, Singapore 460218. Thanks"),
    ("ADDRESS", "Unit 12, 5 Rose Street\nNewtown NSW 2042",
     "Send the test kit to:\nUnit 12, 5 Rose Street\nNewtown NSW 2042\nCheers"),
    ("ADDRESS", "Flat 9, 31 Victoria Road, Leeds, LS6 1DL",
     "my new address is Flat 9, 31 Victoria Road, Leeds, LS6 1DL - can the letters go there?"),
    ("ADDRESS", "1530 rue Saint-Denis, app. 12, Montréal (Québec) H2X 3K4",
     "mon adresse: 1530 rue Saint-Denis, app. 12, Montréal (Québec) H2X 3K4, merci"),
    ("ADDRESS", "Rua do Ouro, 145, 2.º Dto., 1100-062 Lisboa",
     "please post the letter to Rua do Ouro, 145, 2.º Dto., 1100-062 Lisboa, thanks"),
    ("ADDRESS", "Via Garibaldi 21, int. 3, 10122 Torino",
     "my dad lives at Via Garibaldi 21, int. 3, 10122 Torino, can the nurse call?"),
    ("ADDRESS", "Rehov Bialik 17, dira 4, Ramat Gan 5245117",
     "send it to Rehov Bialik 17, dira 4, Ramat Gan 5245117. Thanks"),
    ("ADDRESS", "Drottninggatan 71 lgh 1204\n111 36 Stockholm",
     "Address for the parcel:\nDrottninggatan 71 lgh 1204\n111 36 Stockholm\nThanks"),
    ("ADDRESS", "Hauptstraße 12, 2. OG rechts, 69117 Heidelberg",
     "Please send the form to Hauptstraße 12, 2. OG rechts, 69117 Heidelberg, thanks"),
    ("ADDRESS", "Landstraßer Hauptstraße 71/2/9\n1030 Wien",
     "Bitte an:\nLandstraßer Hauptstraße 71/2/9\n1030 Wien\nDanke"),
    ("ADDRESS", "Kaprova 14/9, 110 00 Praha 1",
     "the letter should go to Kaprova 14/9, 110 00 Praha 1, thanks"),
    ("ADDRESS", "ul. Długa 8/14, 80-827 Gdańsk",
     "prosze wyslac na ul. Długa 8/14, 80-827 Gdańsk, thanks"),
    ("ADDRESS", "Istiklal Cad. No: 36 D: 5, 34433 Beyoğlu/İstanbul",
     "post it to Istiklal Cad. No: 36 D: 5, 34433 Beyoğlu/İstanbul please"),
    ("ADDRESS", "Calle 45 # 12-30, Apto 301, Medellín",
     "I live at Calle 45 # 12-30, Apto 301, Medellín, can I get a home visit?"),
    ("ADDRESS", "Số 9 ngõ 15 Láng Hạ, phường Thành Công, quận Ba Đình, Hà Nội",
     "please send it to Số 9 ngõ 15 Láng Hạ, phường Thành Công, quận Ba Đình, Hà Nội, thanks"),
    ("ADDRESS", "House 12, Street 7, G-9/3, Islamabad 44090",
     "deliver to House 12, Street 7, G-9/3, Islamabad 44090 please"),
    ("ADDRESS", "Résidence Les Pins, Imm. 4, Appt 11, Bd Anfa, 20050 Casablanca",
     "mon adresse est Résidence Les Pins, Imm. 4, Appt 11, Bd Anfa, 20050 Casablanca, merci"),
    ("ADDRESS", "Rruga Myslym Shyri 21, ap. 4, 1001 Tiranë",
     "ambulance pickup: Rruga Myslym Shyri 21, ap. 4, 1001 Tiranë. Thanks"),
    ("ADDRESS", "Jl. Cikini Raya No. 14, RT 2/RW 3, Menteng, Jakarta Pusat 10330",
     "kirim ke Jl. Cikini Raya No. 14, RT 2/RW 3, Menteng, Jakarta Pusat 10330, thanks"),
    ("ADDRESS", "Mannerheimintie 12 C 31, 00100 Helsinki",
     "Can the nurse visit me at home? It's Mannerheimintie 12 C 31, 00100 Helsinki."),
    ("ADDRESS", "Av. Paulista, 900, apto 12, Bela Vista, São Paulo - SP, 01310-100",
     "meu endereço: Av. Paulista, 900, apto 12, Bela Vista, São Paulo - SP, 01310-100, obrigado"),
    # ADDRESS (zh-Hans / zh-Hant)
    ("ADDRESS", "江苏省南京市鼓楼区中山北路30号金轮大厦B座11楼D室", "报告请寄到江苏省南京市鼓楼区中山北路30号金轮大厦B座11楼D室，谢谢"),
    ("ADDRESS", "湖北省武汉市洪山区珞喻路129号", "我的新地址是湖北省武汉市洪山区珞喻路129号，麻烦改一下"),
    ("ADDRESS", "新加坡淡滨尼21街218座#09-115，邮区520218", "护士上门的地址：新加坡淡滨尼21街218座#09-115，邮区520218"),
    ("ADDRESS", "九龍土瓜灣馬頭圍道37號美景花園3期8座14樓B室", "請將覆診卡寄去九龍土瓜灣馬頭圍道37號美景花園3期8座14樓B室，唔該"),
    ("ADDRESS", "河北省北京市海淀区学院路15号", "我家住在河北省北京市海淀区学院路15号"),
    # MRN by the label word
    ("MRN", "L2093418", "my hospital number is L2093418, can you check my scan date?"),
    ("MRN", "00931267", "her UR number is 00931267, she's on ward 9"),
    ("MRN", "PX-77120", "my patient ID at the clinic is PX-77120, I need a repeat"),
    ("MRN", "CT/219/05", "the case number on my card is CT/219/05"),
    ("MRN", "B7712093", "registration no B7712093 at St Anne's, the text says it"),
    ("MRN", "6021934", "My father's unit no. 6021934, he's in for a knee"),
    ("MRN", "HN33018274(7)", "hosp. no. HN33018274(7) on the sticker"),
    ("MRN", "90127/23", "my clinic number is 90127/23, is the foot clinic still on Friday?"),
    ("MRN", "MZ33019", "门诊号MZ33019，报告出了吗"),
    ("MRN", "8801927364", "诊疗卡号码8801927364，可以退号吗"),
    ("MRN", "77120934", "佢嘅病人編號係77120934，喺外科病房"),
    ("MRN", "D-66012", "我嘅診症號碼係D-66012"),
    # ID by the label word
    ("ID", "401 023 7723", "They asked for my NHS number, it's 401 023 7723"),
    ("ID", "121212-3344", "my CPR-nummer is 121212-3344"),
    ("ID", "756.9217.0043.26", "AHV-Nummer: 756.9217.0043.26 - stimmt das?"),
    ("ID", "130 692 544", "for the registration, SIN 130 692 544"),
    ("ID", "PQR7734", "They asked for my NHI, it's PQR7734"),
    ("ID", "GHA-719203845-6", "They asked for my Ghana Card, it's GHA-719203845-6"),
    ("ID", "AB771203", "my CIN is AB771203, do you need it?"),
    # PHONE in a national grouping after a call-back cue
    ("PHONE", "933 210 774", "You can reach my son at 933 210 774 after six"),
    ("PHONE", "81 3390 1274", "call me back on 81 3390 1274 please"),
    ("PHONE", "07 71 23 90 44", "call me back on 07 71 23 90 44 please"),
    # VEHICLE in other scripts / with region words, DATE in Thai
    ("VEHICLE", "ع ن ب 7312", "the taxi plate was ع ن ب 7312, I left my bag in it"),
    ("VEHICLE", "Chatta Metro-Ha 11-2093", "the taxi plate was Chatta Metro-Ha 11-2093, I left my bag in it"),
    ("DATE", "3 มี.ค. 2499", "I was born on 3 มี.ค. 2499"),
    # a name, a phone and an ID in the same message stay apart from the address
    ("ADDRESS", "Trubarjeva cesta 7, 1000 Ljubljana", "Ana Novak, Trubarjeva cesta 7, 1000 Ljubljana, phone +386 41 220 118"),
    ("ADDRESS", "vul. Franka 14, kv. 21, Lviv 79000", "new address vul. Franka 14, kv. 21, Lviv 79000 and the card is lost"),
    ("ADDRESS", "Imaneq 9, 3900 Nuuk", "post it to Imaneq 9, 3900 Nuuk, Greenland, thanks"),
    ("ADDRESS", "P.O. Box 7721-00200, Nairobi", "my postal address is P.O. Box 7721-00200, Nairobi, thanks"),
    ("ADDRESS", "Flat 4, 12 Kings Road, Bath BA1 2AB", "we are at Flat 4, 12 Kings Road, Bath BA1 2AB, thanks"),
    ("ADDRESS", "深圳市福田区福华路88号", "请寄到深圳市福田区福华路88号 谢谢"),
    ("MRN", "KX-220193", "hospital card says KX-220193"),
]

CLEAN = [
    "Is the hospital at postcode M13 9WL the one with the eye unit?",
    "The leaflet ref PIL-2207 says no driving, for how long?",
    "my compression stocking box says ref 33019277, which size is that?",
    "说明书编号ZX-2023-11写着饭后服用，对吗",
    "單張編號PIL-2207講嘅係咩",
    "the cap unit number is on a sticker, where do I find it?",
    "I take 2 x 500 mg tablets at 8:00 and 20:00, is that fine?",
    "Ward 5, bay 3, bed 12 - can I bring a phone charger?",
    "Which bus goes to the hospital, the 17 or the 42?",
    "住院部是在B座5楼吗？",
    "My BP was 138/86 and my pulse 72 this morning",
    "Is the St Helier site at SM5 1AA open for blood tests on Saturday?",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)
