"""PHI round 16: the classes blind14 (spent) missed, pinned with values and sentences written here, not blind14's.

blind14 was written blind and measured once (exact-span recall 0.867 after round 15); its misses were then fitted
by class in medqa/safety/phi.py (`_round16_candidates`): new voices (Caribbean, Filipino, Welsh, Spanglish,
Canadian, Vietnamese and Arabic speakers' English, e-mail signatures, bullet lists; Hunan, Henan, Hakka, young
Hong Kong and Taiwan posts). Each class has positive sentences and PHI-free look-alikes that must stay untouched.
"""

import pytest

from medqa.safety.phi import redact
from phi_support import found_spans, has_exact_span

PROBES = [
    # NAME: a signature under a sign-off line or the "--" delimiter; Welsh "ap", Filipino "dela" inside the name
    ("NAME", "Gethin ap Llywelyn", "Warm regards,\nGethin ap Llywelyn\nWard clerk, ext 4410"),
    ("NAME", "Rosario dela Paz", "Many thanks,\nRosario dela Paz\nClinic coordinator"),
    ("NAME", "Nguyen Thi Mai", "--\nNguyen Thi Mai\nPractice manager\n(905) 555-0172"),
    ("NAME", "Marie-Ève Gagnon", "Sincerely,\nMarie-Ève Gagnon\nRN, 4 West"),
    # NAME: a relative in Filipino, Spanglish, Caribbean, Vietnamese or Arabic speakers' English before a full name
    ("NAME", "Corazon Villafuerte", "Hello po, my nanay Corazon Villafuerte needs a refill, thank you po."),
    ("NAME", "Ignacio Beltrán", "Mi abuelo Ignacio Beltrán, 94 años, no puede caminar."),
    ("NAME", "Euphemia Grant", "Mi granny Euphemia Grant live at 5 Barbican Road, Kingston 8, St. Andrew."),
    ("NAME", "Abdulrahman Al-Qahtani", "My father Abdulrahman Al-Qahtani, he is 93 years, needs the wheelchair."),
    ("NAME", "Trinh Thi Bich", "My mom Trinh Thi Bich is asking about the results."),
    ("NAME", "Eulalio Manansala", "Good day po, my lolo Eulalio Manansala has a fever since Tuesday."),
    # NAME: "the patient is X", "pick up / drop off X at", "message from X,", a nickname in quotes in a bullet list
    ("NAME", "Marisol Quintero", "The patient is Marisol Quintero and she's waiting."),
    ("NAME", "Rhodri Bevan", "Can you pick up Rhodri Bevan at the east entrance?"),
    ("NAME", "Aled Prydderch", "Message from Aled Prydderch, booking office."),
    ("NAME", 'Rosalind "Roz" Pettigrew', '• Name: Rosalind "Roz" Pettigrew\n• DOB: 1938-02-11'),
    # NAME, Chinese: 来接X出院, a passenger or client before a name, Henan 俺娘, Hunan 娭毑, Taiwanese 阿嬤, a name alone
    # after a colon before a birth date
    ("NAME", "罗志强", "明天下午来接罗志强出院，谢谢"),
    ("NAME", "郭晓燕", "司机师傅说乘客郭晓燕把手机落车上了"),
    ("NAME", "李國棟", "客人李國棟話佢部車泊咗喺門口"),
    ("NAME", "王桂兰", "俺娘王桂兰，今年九十二了"),
    ("NAME", "刘桂香", "我屋里娭毑刘桂香今年九十六岁哒，住在长沙市雨花区韶山北路12号3栋"),
    ("NAME", "陳阿桃", "謝邀。我阿嬤陳阿桃虛歲九十九，住台北市大安區和平東路二段88號5樓"),
    ("NAME", "陈淑芬", "挂号信息：陈淑芬，1936年5月3日生"),
    ("NAME", "许婉婷", "宝子们，来接许婉婷出院要带啥证件？"),
    ("NAME", "周凤英", "我家家周凤英今年九十一了，住在武汉市江汉区解放大道688号"),
    ("NAME", "林秀娣", "阿姆林秀娣九十四岁咯，住梅州市梅江区江南路33号"),
    ("NAME", "Jocelyn Dimaculangan", "Salamat po,\nJocelyn Dimaculangan"),
    # AGE: before "años", after 虚岁/虛歲 with no 岁 after it, "turn" + an age in words
    ("AGE", "94", "Mi abuelo Ignacio Beltrán, 94 años, no puede caminar."),
    ("AGE", "ninety-six", "My tita Luzviminda Soriano, ninety-six años, lives with us."),
    ("AGE", "九十八", "我外公虚岁九十八，住在长沙"),
    ("AGE", "96", "阿婆虛歲96，講嘢好大聲"),
    ("AGE", "九十九", "謝邀。我阿嬤陳阿桃虛歲九十九，住台北市大安區和平東路二段88號5樓"),
    ("AGE", "ninety-nine", "She's fixing to turn ninety-nine in May."),
    # ADDRESS: Canadian (unit-number, direction letter, province and postal code), Quebec "Rue", Welsh "Heol"/"Ffordd",
    # Vietnamese district, Filipino purok / barangay / block and lot, Mexican colonia, Irish Eircode, Hong Kong estate
    ("ADDRESS", "48-210 Yonge St N, Toronto, ON M4N 2K9",
     "Please post it to 48-210 Yonge St N, Toronto, ON M4N 2K9 before Friday."),
    ("ADDRESS", "75 Rue Sherbrooke, Québec, QC G1R 4S9", "We moved to 75 Rue Sherbrooke, Québec, QC G1R 4S9 last month."),
    ("ADDRESS", "14 Heol y Bont, Swansea SA1 3QT", "Send the forms to 14 Heol y Bont, Swansea SA1 3QT please."),
    ("ADDRESS", "Flat 4, 22 Ffordd y Castell, Bangor LL57 2EP", "Flat 4, 22 Ffordd y Castell, Bangor LL57 2EP is the new address"),
    ("ADDRESS", "19 Nguyen Trai, District 5, Ho Chi Minh City",
     "Our house is 19 Nguyen Trai, District 5, Ho Chi Minh City, near the market."),
    ("ADDRESS", "Sitio 2, Brgy. Bagong Silang, 88 Rizal St, Caloocan City",
     "Deliver to Sitio 2, Brgy. Bagong Silang, 88 Rizal St, Caloocan City."),
    ("ADDRESS", "Blk 9 Lot 4, Phase 1, Brgy. Pinagbuhatan, Pasig City",
     "Address: Blk 9 Lot 4, Phase 1, Brgy. Pinagbuhatan, Pasig City."),
    ("ADDRESS", "Purok 5, Brgy. Malanday, 17 Luna St, Marikina City",
     "- Patient: Benedicta Okonkwo\n- Hospital no.: H3310827\n- Address: Purok 5, Brgy. Malanday, 17 Luna St, Marikina City"),
    ("ADDRESS", "52 Calle Morelos, Col. Roma, Ciudad de México", "She lives at 52 Calle Morelos, Col. Roma, Ciudad de México."),
    ("ADDRESS", "6 Seafield Road, Dublin 3, D03 P9W2", "Post it to 6 Seafield Road, Dublin 3, D03 P9W2 thanks."),
    ("ADDRESS", "香港九龍黃大仙竹園北邨桃8樓812室", "地址：香港九龍黃大仙竹園北邨桃8樓812室"),
    ("ADDRESS", "郑州市中原区建设路56号2单元301", "保安登记：访问郑州市中原区建设路56号2单元301，访客张先生"),
    # ADDRESS: a Caribbean parish after the town; a Jamaican lot with no street; Canadian direction letter "E"
    ("ADDRESS", "12 Hope Road, Kingston 6, St. Andrew", "Please send it to 12 Hope Road, Kingston 6, St. Andrew, Jamaica."),
    ("ADDRESS", "Lot 27, Brown's Town, St. Ann", "She lives at Lot 27, Brown's Town, St. Ann."),
    ("ADDRESS", "4 Church Street, Spanish Town, St. Catherine", "Address: 4 Church Street, Spanish Town, St. Catherine"),
    ("ADDRESS", "Unit 5, 300 King St E, Hamilton, ON L8N 1B5", "Unit 5, 300 King St E, Hamilton, ON L8N 1B5"),
    ("ADDRESS", "1450 Boulevard René-Lévesque, Montréal, QC H3G 1T4",
     "Please ship to 1450 Boulevard René-Lévesque, Montréal, QC H3G 1T4."),
    # ID: PhilHealth and SSS numbers, a health card number with its version letters
    ("ID", "19-204857361-2", "PhilHealth no. 19-204857361-2 and SSS 08-4417263-9 for my lola."),
    ("ID", "08-4417263-9", "PhilHealth no. 19-204857361-2 and SSS 08-4417263-9 for my lola."),
    ("ID", "33-1029384-7", "SSS no. 33-1029384-7 po, and my number +63 917 555 0123"),
    ("ID", "7781-220-914-LM", "Health card 7781-220-914-LM, please."),
    # MRN: "record" + a value ("his record is QH-401-7720", "record number: 80412267")
    ("MRN", "QH-401-7720", "His record is QH-401-7720, can you check?"),
    ("MRN", "80412267", "The old man's record number: 80412267 was on the wristband."),
    # "record" as a verb before a date: the date stays a date
    ("DATE", "2024-11-05", "I will record 2024-11-05 as the start date."),
    # DEVICE: an implant's or aid's number after its Chinese noun and 编号 (not an ID)
    ("DEVICE", "HA77120394", "我外婆助听器编号HA77120394，坏了"),
    ("DEVICE", "CX55310927", "原PO外公人工耳蝸編號CX55310927壞了"),
    # VEHICLE: a Vietnamese plate
    ("VEHICLE", "30A-517.82", "Car 30A-517.82 is parked outside."),
]

CLEAN = [
    "急救电话是120，火警119，想问挂号在几楼？",
    "Call 911 if she stops breathing.",
    "Kind regards,\nThe Booking Team",
    "Thanks,\nOutpatient Pharmacy",
    "My record is clean for 5 years.",
    "The record 12345 steps a day!",
    "Record 120/80 twice a day",
    "Please record 12000 units given on the chart.",
    "Her record is 2019-2023 only, the rest is on paper.",
    "Thank you po\nSee you Monday",
    "I need to pick up Main Street groceries",
    "Col. Sanders is not a patient",
    "接下来出院手续怎么办？",
    "来接孩子放学",
    "乘客把手机落车上了",
    "客人话好肚痛",
    "家属车牌在哪里登记？",
]


@pytest.mark.parametrize("kind, value, text", PROBES)
def test_probe_is_redacted_with_its_exact_span(kind, value, text):
    assert has_exact_span(text, value, kind), found_spans(text)


@pytest.mark.parametrize("text", CLEAN)
def test_phi_free_look_alike_is_untouched(text):
    assert redact(text).spans == [], found_spans(text)
