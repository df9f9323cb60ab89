"""PHI round 27 (after blind27, spent): the families blind27 missed, in values and sentences written for this file.

- ADDRESS: a foreign address read as a comma chain (a house or plot, a quarter, a commune, a town, a postcode) from a
  locality word (Quartier, Secteur, Barrio, Urb., Parcela, Plot, Block, Avenue, Rue, Calle) or after "lives at",
  "address:", "home is"; an address already found runs on over such segments. Each segment is at most six words,
  capitalised or a number, lower-case only for address particles (rue, porte, calle, de, la, km); the chain stops at
  a sentence end, at a segment that is none (", phone +..", ", her record") and before a country. Chinese: a foreign
  address after 住 / 地址写: the Chinese country and city, the Latin street, up to the number and 号 / 號.
  Guards: a short list with commas but no locality word, a lower-case clause after "lives at".
- DATE: a day and month in Swahili / Indonesian / Sesotho with the weekday in front and a year (Alhamisi, 4 Oktoba;
  9 Mphalane 1962); French after a weekday (samedi 3 mai); zh: an ROC era year in front (民前三年) of a date found
  without it. Left as it was: a zh weekday in brackets after a date stays outside (round 12's test).
- VEHICLE: a plate right after a vehicle word (coach, bus, pickup, van): capitals and digits in one to three groups.
  Guard: a bus route (bus 42), a car park level (car B2).
- DEVICE: a code right after the device's own name (paired with a portable ECG PECG-..., the pump unit number is
  ...). Guard: a code with fewer than four digits.
- MRN: a record number under its local name (ficha clínica, prontuário, N° d'hospitalisation, OPD card no.,
  住院證號 / 住院号), over the account or ID kind a card number got before.
- ID: a national number under its local name (NINA, C.I., CUIL, CNIB, 居留证号); after an ID cue, the scheme's letters
  in front of the number stay outside the span (ID: NSSF 0412..., 证件号CE 0071...).
- AGE: a number before a years word in French / Spanish / Dutch (97 ans, 93 años, 92 jaar); the age after a kin word
  and a comma (my grandfather, 94,); the age a letter or card gives (her age on the form says 99).
  Ages are 90 and over (as round 26). Guard: "30 ans de mariage", "10 años de experiencia", "my father, 81".
- NAME: a full name right before its age in brackets (X (96 ans)); a full name right before an address after "to"
  or a colon; zh: a name after a kin, workmate or trade word (表姐, 工友, 司機, 同车的) before ，/ 要 / 现在 / 挂号.
  Guards: 工友说明天来 and 厨师傅现在 hold no name.
"""

from tests.phi_support import round_tests

PROBES = [
    # ADDRESS
    ("ADDRESS", "Quartier Madina, Commune de Kaloum, Conakry", "Please post the results to Quartier Madina, Commune de Kaloum, Conakry."),
    ("ADDRESS", "Secteur 22, rue 22.118, porte 9, Bobo-Dioulasso", "My uncle lives at Secteur 22, rue 22.118, porte 9, Bobo-Dioulasso and has no phone."),
    ("ADDRESS", "Urb. El Paraíso, Edif. Sol, Piso 3, Apto 3-C, Maracay", "Reg form: Urb. El Paraíso, Edif. Sol, Piso 3, Apto 3-C, Maracay."),
    ("ADDRESS", "Plot 45, Ntinda Road, Nakawa, Kampala", "address: Plot 45, Ntinda Road, Nakawa, Kampala"),
    ("ADDRESS", "Block 7, House 19, Riyadh Gardens, Omdurman", "Send the card to Block 7, House 19, Riyadh Gardens, Omdurman, phone +249 91 000 1234."),
    ("ADDRESS", "Barrio San Roque, calle Tte. Fariña 880, Encarnación", "She lives at Barrio San Roque, calle Tte. Fariña 880, Encarnación with her son."),
    ("ADDRESS", "Calle Los Aromos 1221, Villa Alemana", "Home is Calle Los Aromos 1221, Villa Alemana; please write."),
    ("ADDRESS", "内罗毕 Westlands 区 Mpaka Road 18 号", "我表哥住内罗毕 Westlands 区 Mpaka Road 18 号，想转诊"),
    ("ADDRESS", "聖保羅 Liberdade 區 Rua Galvão Bueno 412號", "阿姨住聖保羅 Liberdade 區 Rua Galvão Bueno 412號，要寄藥"),
    ("ADDRESS", "约翰内斯堡 Cyrildene, Derrick Avenue 55 号", "地址写约翰内斯堡 Cyrildene, Derrick Avenue 55 号，麻烦寄过去"),
    # DATE
    ("DATE", "Alhamisi, 4 Oktoba", "Is my scan still on Alhamisi, 4 Oktoba? I have no credit."),
    ("DATE", "9 Mphalane 1962", "Her DOB is 9 Mphalane 1962 on the old card."),
    ("DATE", "21 Agustus 1950", "Bapak lahir 21 Agustus 1950, mohon dicek."),
    ("DATE", "samedi 3 mai", "Can I move my slot from samedi 3 mai to the week after?"),
    ("DATE", "民前三年臘月初八", "阿祖生日民前三年臘月初八，資料要改"),
    # VEHICLE
    ("VEHICLE", "KBX 442T", "The night bus KBX 442T left my mother's bag behind."),
    ("VEHICLE", "GR-4471-19", "A pickup GR-4471-19 is blocking the ambulance bay."),
    ("VEHICLE", "7721DK03", "Our coach 7721DK03 brought twelve patients from the border."),
    # DEVICE
    ("DEVICE", "PECG-55102938", "The tablet paired with a portable ECG PECG-55102938 last night."),
    ("DEVICE", "IPU-22-40917", "the pump unit number is IPU-22-40917, it beeps nonstop"),
    ("DEVICE", "NIC-3390-1142", "Transport incubator NIC-3390-1142 failed its check."),
    # MRN
    ("MRN", "551902", "Her ficha clínica is 551902, please send it to the clinic."),
    ("MRN", "2021-440918", "The prontuário: it's 2021-440918 for my father."),
    ("MRN", "H44-19920", "N° d'hospitalisation H44-19920 - can you check the bill?"),
    ("MRN", "OPD-448120", "OPD card no. OPD-448120 was issued twice."),
    ("MRN", "QX-220-7781", "我阿嬤的住院證號QX-220-7781，要改地址"),
    # ID
    ("ID", "22871004221907B", "My worker's Malian NINA 22871004221907B is on the form."),
    ("ID", "4.812.330", "Patient (C.I. 4.812.330) arrived by coach."),
    ("ID", "27-40118823-5", "my CUIL for the claim is 27-40118823-5, thanks"),
    ("ID", "0412201788541", "ID: NSSF 0412201788541; DOB: 1980"),
    ("ID", "007198224", "证件号CE 007198224，麻烦查一下"),
    ("ID", "KE-RP-7713390", "居留证号KE-RP-7713390，想办住院"),
    # AGE
    ("AGE", "97", "Visit request for Oumar Traoré, 97 ans, who cannot climb stairs."),
    ("AGE", "93", "Mi abuela tiene 93 años y necesita una silla."),
    ("AGE", "94", "This is about my grandfather, 94, who missed his scan."),
    ("AGE", "99", "Her age on the form says 99 but she is 89."),
    # NAME
    ("NAME", "Ousmane Keita", "Site nurse: Ousmane Keita (96 ans), hospital no. unknown."),
    ("NAME", "Lucía Ferreyra", "Please send the bill to Lucía Ferreyra, Barrio Norte, calle Sarmiento 12, Tucumán."),
    ("NAME", "周海燕", "我表姐周海燕要挂号，电话打不通"),
    ("NAME", "吳志明", "我們司機吳志明現在在急診"),
    ("NAME", "黄立新", "帮工友黄立新挂号，他不识字"),
]

CLEAN = [
    "Tea, coffee, biscuits, Sunday only.",
    "She lives at home with her daughter, mostly.",
    "Take bus 42 to the main gate.",
    "Parking is in car B2 near the lift.",
    "The unit AB-12 is closed for cleaning.",
    "We celebrated 30 ans de mariage last week.",
    "Tiene 10 años de experiencia como enfermera.",
    "工友说明天来看我",
    "后厨师傅现在不在，晚点再打",
    "Subject: my father, 81, needs a lift home.",
    "住院部在三楼，挂号在一楼",
    "The ECG was normal, thanks to the nurse.",
    "Monday, Tuesday, Wednesday, the clinic opens at 9.",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)
