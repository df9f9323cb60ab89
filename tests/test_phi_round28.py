"""PHI round 28 (after blind29, spent): the families blind29 missed, in values and sentences written for this file.

- NAME: a full name after a role word (porter, drummer, guest, patient, streamer ...) or a verb that logs, brings,
  drops, collects or visits a person; after a colon that opens someone's details ("...: X Y, House 14"); before a
  possessive record word ("X Y's results") or a bracketed record or age ("X Y (MRN"); before its own house address
  ("the card to X Y, Lot 12"). A surname may be hyphenated (Qureshi-Malik, Al-Ansari) or carry "St." (Dion St. Hill).
  A record label after the name (DOB) is no part of it. Chinese: a name after a kin or follower word (表姨, 阿叔, 粉丝,
  街坊), after 叫 and before 的 + a person, after 接 / 送, and right before its record, aid or phone (X嘅病歷號) or
  its age (X，八十八岁). Guards: a building named after someone (the Sir / Dame X Y wing), a service place before 的
  (文化馆的电话), words that are no names.
- DATE: a day, an Afghan solar month and a year (9 Mizan 1340); a day, a Haitian Creole month and a year (3 jen 1941).
  Guard: an app version (版本 / version 5.2.18) is no date.
- ID: an Afghan (e-)Tazkira number after its name; a French NIR written in its groups (1 52 11 971 05 214 67).
  Guard: a catalogue number after the packaging mark REF is no identifier (REF 5521-880, 产品编号REF ...).
- ADDRESS: a chain of comma segments that ends on a town, island or country of the Middle East, South Asia or the
  Caribbean: from a house word (House 31, Lot 12, No. 7/3, Rue X #22, Flat 12), after an address cue (lives at, letter
  to, 地址), or at a quarter right before its building (Abu Rummaneh, Bldg 5); it stops at the town, before a phone
  or a glued Chinese word. Guard: a list of towns is no address.
- PHONE: a French overseas number in four groups (0690 41 22 87). MRN: a wristband that reads a record number.
  VEHICLE: a shuttle's plate (FG-308-TR).
"""

from tests.phi_support import round_tests

PROBES = [
    # NAME (en)
    ("NAME", "Tharindu Wijesekera", "The night porter Tharindu Wijesekera lost his inhaler near the lifts."),
    ("NAME", "Samira Al-Ansari", "Our drummer Samira Al-Ansari needs her repeat prescription sorted."),
    ("NAME", "Dion St. Hill", "I'm collecting Dion St. Hill after her dialysis, where do I wait?"),
    ("NAME", "Farhan Qureshi-Malik", "Can the portal show Farhan Qureshi-Malik's results yet?"),
    ("NAME", "Anouk Lebrun", "The van will bring Anouk Lebrun at ten for her eye clinic."),
    ("NAME", "Yasmin Daoud", "Reception logged Yasmin Daoud, MRN QRH-554120, as a no-show."),
    ("NAME", "Ravindu Herath", "Member details pasted in the group: Ravindu Herath, House 14, Street 2, Shahr-e Naw, Kabul."),
    ("NAME", "Ornella Joseph", "Please send the card to Ornella Joseph, Lot 12, Grand Anse, Grenada."),
    ("NAME", "Kwame Ollivierre", "The guest Kwame Ollivierre (MRN KGH-22019) left his sling in room 4."),
    ("NAME", "Nadeem Farouk", "kiosk says patient Nadeem Farouk DOB 3 March 1944 has no booking"),
    # NAME (zh-Hans)
    ("NAME", "何雪梅", "住在多哈的表姨何雪梅，八十八岁，想改预约。"),
    ("NAME", "宋建军", "叫宋建军的老人家在门口等车。"),
    ("NAME", "郑丽娟", "主播说粉丝郑丽娟把住址发到群里了。"),
    ("NAME", "孙志强", "孙志强的病历号写错了，麻烦改一下。"),
    # NAME (zh-Hant / Cantonese)
    ("NAME", "蔡志明", "明天的士來接蔡志明去覆診。"),
    ("NAME", "梁家豪", "梁家豪嘅病歷號碼寄錯咗。"),
    ("NAME", "吳淑貞", "隔籬街坊吳淑貞話佢想改期。"),
    ("NAME", "葉國華", "沙田葉國華，八十九歲，要輪椅。"),
    # DATE
    ("DATE", "9 Mizan 1340", "Grandad's card says born 9 Mizan 1340, is that okay for the form?"),
    ("DATE", "3 jen 1941", "Manman mwen fèt 3 jen 1941, please fix her record."),
    ("DATE", "18 Qaws 1352", "出生日期18 Qaws 1352，系统不收"),
    ("DATE", "27 Hut 1338", "阿爺出世紙寫27 Hut 1338，點改？"),
    # ID
    ("ID", "1400-0912-33021", "His e-Tazkira number is 1400-0912-33021 if you need it."),
    ("ID", "1 52 11 971 05 214 67", "Her numéro de sécu is 1 52 11 971 05 214 67, from Guadeloupe."),
    ("ID", "2 61 04 75 114 208 93", "法国社保号2 61 04 75 114 208 93，请更新。"),
    ("ID", "1402-0311-58214", "佢張Tazkira：1402-0311-58214，麻煩更新"),
    # ADDRESS
    ("ADDRESS", "House 31, Street 9, Karte Char, Kabul", "Please deliver to House 31, Street 9, Karte Char, Kabul before Friday."),
    ("ADDRESS", "Rue Pavée #22, Jacmel", "She moved to Rue Pavée #22, Jacmel last year."),
    ("ADDRESS", "Morne Du Don, Castries, Saint Lucia", "Mum lives at Morne Du Don, Castries, Saint Lucia now."),
    ("ADDRESS", "Abu Rummaneh, Bldg 5, 3 floor, Damascus", "New flat: Abu Rummaneh, Bldg 5, 3 floor, Damascus."),
    ("ADDRESS", "House 9, Street 3, Karte Naw, Kabul", "My cousin, House 9, Street 3, Karte Naw, Kabul, 0799 123 456, wants the letter."),
    ("ADDRESS", "Lotissement Bel Air, 97122 Baie-Mahault", "The nurse visits Lotissement Bel Air, 97122 Baie-Mahault on Tuesdays."),
    ("ADDRESS", "No. 7/3, Temple Road, Galle", "寄到No. 7/3, Temple Road, Galle，谢谢"),
    ("ADDRESS", "Flat 12, Building 455, Road 2810, Block 428, Muharraq", "阿哥住喺Flat 12, Building 455, Road 2810, Block 428, Muharraq住，想寄藥過去。"),
    ("ADDRESS", "Bois Patate, Castries", "地址Bois Patate, Castries，唔該"),
    # PHONE, MRN, VEHICLE
    ("PHONE", "0690 41 22 87", "Her mobile is 0690 41 22 87 in Saint-Martin."),
    ("MRN", "KGH-448120", "Her wristband reads KGH-448120 but the name is wrong."),
    ("VEHICLE", "FG-308-TR", "The airport shuttle FG-308-TR is blocking the ambulance bay."),
]

CLEAN = [
    "The box says REF 5521-880 and LOT 22B09, is that the right lancet?",
    "试纸盒上的产品编号REF 3310-452，可以用吗？",
    "試紙盒寫REF 8812-301，版本3.4.1，啱唔啱用？",
    "Where is the Dame Hilda Bynoe suite, next to outpatients?",
    "Is the Sir Frank Worrell wing open at weekends?",
    "App version 5.2.18 keeps crashing on my phone.",
    "Flights from Kabul, Herat and Kandahar are delayed today.",
    "Our actor Of The Year party is on Friday, can I leave early from physio?",
    "粉丝们把礼物送到了后台。",
    "文化馆的电话是多少？",
    "接电话的护士说明天来。",
    "叫車嘅電話係幾多號？",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)
