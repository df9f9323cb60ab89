"""PHI round 21 (after blind19, spent): the classes blind19 missed, in values and sentences written for this file.

- ID: a number after a label that names an identity document in any language: an acronym (TRN, DNI, IRD, UBRN, NIDA,
  EGN ...), a word + number/nr./code/kod/card ("D-number", "Ghana Card"), a national-id word (kennitala, cédula, asmens
  kodas, personal code); 学号, 学生证号, 工号. A finer kind another cue gave (DEVICE, MRN, SSN, LICENSE) stays.
- ADDRESS: a street word first (Av., Calle, Jr., Pasaje, Triq) or last (Gedimino pr., -vegur, -gata, iela), a house
  number, then floor/flat/block parts (piso, depto, Mz., Lt.), a comuna or a postcode + town; US rural routes and
  military mail (RR 2 Box 14, PSC ... FPO AE), NZ "RD 2", Malagasy "Lot II M 85", moorings (Pontoon C, Berth 9);
  保税区/开发区 厂房; a 宿舍 cue before the district is not part of the address.
- NAME: "summary for X to", "writing about X,", role nouns (caddie, regular, drivers X and Y), a form line
  ("registration: X, ..."), a record line "X, <id label> <number>"; Chinese: an English given name before a Chinese
  surname (Kevin 陈), a name of no Han surname that owns a record field or stands before an age, middle-dot names after
  a role word or 的.
- VEHICLE: 粤Z·…港 cross-boundary plates, plates a camera read; DEVICE: "his <serial> meter", "handheld <serial>",
  "dispenser <serial>", 机编号/代步车车架号; DATE: a named day with its year ("Boxing Day 1934").
"""

from tests.phi_support import round_tests

PROBES = [
    # ID after an identity label of any language
    ("ID", "207-118-445", "Quick check: my TRN 207-118-445 is on the old form."),
    ("ID", "300589-2419", "Sigrún Jónsdóttir, kennitala 300589-2419, needs a new inhaler."),
    ("ID", "48807112233", "Please note her asmens kodas 48807112233 for the file."),
    ("ID", "V-9.876.543", "Daniela Rojas, cédula V-9.876.543, booked for Monday."),
    ("ID", "62019984455", "Carer Ola Nordmann, D-number 62019984455, will sign the consent."),
    ("ID", "118-442-906", "Letter about Tevita Fifita, IRD number 118-442-906, enclosed."),
    ("ID", "9876 5432 1098", "The UBRN 9876 5432 1098 came in the referral letter."),
    ("ID", "20190317-44102-00007-31", "Mteja: NIDA number 20190317-44102-00007-31, tafadhali."),
    ("ID", "2024051873", "王小明的学号 2024051873，下周一复诊。"),
    ("ID", "C10877412", "學生證號 C10877412，下週來拿藥。"),
    # ADDRESS
    ("ADDRESS", "Av. Santa Fe 2210, piso 3, depto C, CABA", "Send the kit to Av. Santa Fe 2210, piso 3, depto C, CABA. Thanks."),
    ("ADDRESS", "Jr. Huallaga 315, Mz. C Lt. 7, Lima", "The taxi waited at Jr. Huallaga 315, Mz. C Lt. 7, Lima for ages."),
    ("ADDRESS", "Pasaje Las Acacias 87, comuna de Maipú", "New address: Pasaje Las Acacias 87, comuna de Maipú on the form."),
    ("ADDRESS", "Savanoriu pr. 44-3, Kaunas", "Parcel for Savanoriu pr. 44-3, Kaunas. Fragile."),
    ("ADDRESS", "Hafnarstræti 12, 600 Akureyri", "Mum lives at Hafnarstræti 12, 600 Akureyri, phone on file."),
    ("ADDRESS", "Triq San Pawl 8, Naxxar", "Flowers to Triq San Pawl 8, Naxxar. From the grandchildren."),
    ("ADDRESS", "RR 4 Box 212, Pikeville, KY 41501", "Grandad is at RR 4 Box 212, Pikeville, KY 41501 now."),
    ("ADDRESS", "PSC 455 Box 9, APO AE 09123", "Ship the meds to PSC 455 Box 9, APO AE 09123, please."),
    ("ADDRESS", "77 Kaipara Coast Highway, RD 3, Warkworth", "Pick-up from 77 Kaipara Coast Highway, RD 3, Warkworth for the clinic."),
    ("ADDRESS", "Lot IV B 12, Toamasina", "She is staying at Lot IV B 12, Toamasina."),
    ("ADDRESS", "Pontoon B, Berth 14, Lerwick Marina", "He sleeps on his boat: Pontoon B, Berth 14, Lerwick Marina."),
    ("ADDRESS", "苏州工业园区综合保税区B7号厂房", "爸爸住在苏州工业园区综合保税区B7号厂房，请把药寄过去。"),
    # NAME
    ("NAME", "Manaia Sapolu", "Forward the discharge summary for Manaia Sapolu to m.sapolu@example.org, thanks."),
    ("NAME", "Malakai Tupou", "Solicitor writing about Malakai Tupou, date of death on file."),
    ("NAME", "Farai Chikore", "Our caddie Farai Chikore left his bag at the clubhouse."),
    ("NAME", "Bongani Dube", "Shift note: drivers Thandiwe Nkosi and Bongani Dube were late."),
    ("NAME", "Nilda Condori Huanca", "Site registration: Nilda Condori Huanca, mobile on the sheet."),
    ("NAME", "Tavita Leota", "Tavita Leota, cédula 12.345.678, seen today."),
    ("NAME", "Eric 周", "家属开车来接Eric 周出院，车在门口。"),
    ("NAME", "Amy 郑佩琪", "病人Amy 郑佩琪，出生日期3月4日。"),
    ("NAME", "沙马阿呷", "沙马阿呷的学号 2024051873，下周一复诊。"),
    ("NAME", "海来拉且", "入院日期3月4日，海来拉且，95岁。"),
    ("NAME", "古丽娜·买买提", "古丽娜·买买提的问卷链接发到邮箱了。"),
    ("NAME", "瓦历斯·诺干", "夜市摊主瓦历斯·诺干，电话在表上。"),
    # VEHICLE, DEVICE, DATE
    ("VEHICLE", "粤Z·5678澳", "司机开车来接，车牌 粤Z·5678澳。"),
    ("VEHICLE", "KA 2231 AB", "The car park camera read KA 2231 AB at midnight."),
    ("DEVICE", "GX4-0099312", "Grandpa left his GX4-0099312 meter at the pharmacy."),
    ("DEVICE", "RD-77-30415", "Ward log: handheld RD-77-30415 lost its charger."),
    ("DEVICE", "PD-10022871", "Mum's pill dispenser PD-10022871 stopped beeping."),
    ("DEVICE", "SU2-330918", "外婆的家用吸痰机编号SU2-330918，一直报警。"),
    ("DATE", "Boxing Day 1934", "Born Boxing Day 1934, and still gardening."),
]

CLEAN = [
    "The ICU team reviewed the ECG 12345678 tracing at handover.",
    "Take the bus number 42 to the clinic, then walk 200 metres.",
    "Our caddie says the course is closed for frost.",
    "病人明天出院，家属来接。",
    "登记人请在表上签字，谢谢。",
    "Christmas Day is hard for many families; here is our helpline.",
    "The camera read nothing last night, the car park was empty.",
    "Please send the summary for the team to review on Friday.",
    "Dose: 2 tablets on day 1, then 1 tablet for 6 days.",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)
