"""PHI round 26 (after blind25, spent): the families blind25 missed, in values and sentences written for this file.

- DATE: a year, a month in Roman numerals and a day (1948-XI-07, 1933.IV.30), in any script; a Taiwanese birth
  cohort in ROC years (29年次).
- MRN: a record-number shape (letters + serial, letters/yy/serial, letters + year-serial, 4-3-1 digits) after a
  record word (file, chart / record is under, card reads, the DOB on, hospital number); a letters/yy/serial or
  letters-serial shape anywhere in a message about a record or a birth. Guard: no record word and no record talk.
- VEHICLE: an Åland plate (ÅL 44 918).
- AGE: 90 and over after a person and is / dey / already / turns ("X Y is 96 and", "my gran already 94 lah").
  Guard: a room, a bus or a score is no person; a unit after the number is a measure.
- NAME: a full name after "account of", "ring / call X on +..", "asking X to", "a card reading X,", "dropping off
  X's", "she's X at", a dash before "X is 9x"; a hyphenated first name keeps both halves (Marie-Claire); "He's" is not
  part of the name. Chinese: a name after a role word (使用人, 车主/車主, 家属/家屬, 姓名, 聯絡人), a transliterated name
  with a middle dot (阿依古丽·吐尔逊), a grandparent word before 是 (外公張永福是). Guards: a festival (Eid) and a
  number word (Forty-Two) are no names; 车主请挪车, 使用人须知 and a thing after the role word (車主證件, 家属陪护证) hold no name.
- ADDRESS: a Papiamento street (Kaya / Caya + name + number) to its country; an address read before runs on over
  its island or region to a country, or to a state code + ZIP (GU 96910), that ends the chain.
- DEVICE: a serial after a device word (syringe driver MX-T12-40931, pen cap QPC2-55102-R).
- ID: a national number after its own cue (CNI, persoonsnummer).
"""

from tests.phi_support import round_tests

PROBES = [
    # DATE
    ("DATE", "1948-XI-07", "My father was born 1948-XI-07, is that on the form?"),
    ("DATE", "1933.IV.30", "Her DOB: 1933.IV.30, please fix the letter."),
    ("DATE", "1944-VII-21", "外婆出生日期1944-VII-21，想查报告"),
    ("DATE", "1951-II-02", "阿嫲出世紙寫1951-II-02，係咪要帶埋？"),
    ("DATE", "29年次", "我外婆是29年次的，想問疫苗"),
    # MRN
    ("MRN", "QEH/21/448190", "Her chart is under QEH/21/448190 since the move."),
    ("MRN", "ABX-5512093", "Could you check my uncle's file ABX-5512093 for the letter?"),
    ("MRN", "3318-204-7", "Please correct the DOB on 3318-204-7, it should be 1950."),
    ("MRN", "NRS 5521-09", "The hospital card reads NRS 5521-09 but the name is wrong."),
    ("MRN", "KMC/36/409182", "born 1936, the ref on her band is KMC/36/409182"),
    ("MRN", "WGH/07/330912", "病历上写的是WGH/07/330912，请帮忙查"),
    # VEHICLE
    ("VEHICLE", "ÅL 44 918", "Someone parked ÅL 44 918 across the ambulance bay."),
    # AGE
    ("AGE", "96", "Subject: visit - Margit Olsen is 96 and needs a wheelchair."),
    ("AGE", "94", "my gran already 94 lah, can she skip the queue?"),
    ("AGE", "93", "abeg my mama dey 93 now, she no fit climb stairs"),
    # NAME
    ("NAME", "Halvard Brekke", "The portal locked the account of Halvard Brekke."),
    ("NAME", "Sigrun Haugland", "Could someone text Sigrun Haugland on +47 912 33 401 today?"),
    ("NAME", "Tomasina Reyes", "The letter ended up asking Tomasina Reyes to pay twice."),
    ("NAME", "Ingeborg Dahl", "Found a purse with a card reading Ingeborg Dahl, 91 yrs."),
    ("NAME", "Wilhelmina Sax", "The driver was dropping off Wilhelmina Sax's inhaler at reception."),
    ("NAME", "Morag Lennox", "my auntie's monitor keeps beeping, she's Morag Lennox at the care home."),
    ("NAME", "Jean-Luc Moreau", "The portal suspended the account of Jean-Luc Moreau."),
    ("NAME", "Rangi Parata", "Subject: transport - Rangi Parata is 95 and cannot walk far."),
    ("NAME", "Sander Vik", "My son's pen keeps failing to sync. He's Sander Vik, DOB 12MAR10."),
    ("NAME", "云淑英", "血糖仪在盒子里，使用人云淑英，今年八十岁"),
    ("NAME", "李国栋", "门口那台车的车主李国栋在三楼做检查"),
    ("NAME", "云美玲", "住院登記表家屬云美玲，電話留咗"),
    ("NAME", "阿依古丽·吐尔逊", "登记表姓名阿依古丽·吐尔逊，想改预约"),
    ("NAME", "云志明", "表格上聯絡人云志明，佢係我阿哥"),
    ("NAME", "張永福", "我外公張永福是老兵，想問優待"),
    # ADDRESS
    ("ADDRESS", "Kaya Grandi 14, Kralendijk, Bonaire", "Pick-up at Kaya Grandi 14, Kralendijk, Bonaire. Driver to ring first."),
    ("ADDRESS", "Caya Frans Maduro 7, Oranjestad, Aruba", "Walker collected from Caya Frans Maduro 7, Oranjestad, Aruba by taxi."),
    ("ADDRESS", "Kaya Korona 31, Kralendijk, Bonaire", "Kaya Korona 31, Kralendijk, Bonaire is where the meds go."),
    ("ADDRESS", "14 Marine Drive, Hagåtña, GU 96910", "Collected from 14 Marine Drive, Hagåtña, GU 96910 by the van."),
    # DEVICE
    ("DEVICE", "MX-T12-40931", "Her syringe driver MX-T12-40931 keeps alarming at night."),
    ("DEVICE", "QPC2-55102-R", "My daughter's pen cap QPC2-55102-R won't pair."),
    # ID
    ("ID", "19470822M00391", "Bring the ID card, CNI 19470822M00391, to the desk."),
    ("ID", "19440617 21", "His persoonsnummer is 19440617 21 if you need it."),
]

CLEAN = [
    "Eid Mubarak to all the ward staff!",
    "They played 'Forty-Two' by the band in the lobby.",
    "Room 94 is closed and bus 93 is late.",
    "My score is 95 and the target was 90.",
    "He's Feeling Better after the fluids.",
    "The file is too large to upload, please help.",
    "车主请及时挪车，谢谢",
    "使用人須知：請勿自行拆機",
    "車主證件要帶嗎？",
    "家属陪护证在哪里办",
    "Version 2.0-IV of the app crashes on start.",
    "call the front desk on the main number",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)
