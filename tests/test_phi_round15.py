"""PHI round 15: the classes blind13 (spent) missed, pinned with values and sentences written here, not blind13's.

blind13 was written blind and measured once (exact-span recall 0.843 after round 14); its misses were then fitted
by class in medqa/safety/phi.py (`_round15_candidates`). Each class below has positive sentences and PHI-free
look-alikes (bay numbers, ward letters, durations, drug strengths) that must stay untouched.
"""

import pytest

from medqa.safety.phi import redact
from phi_support import found_spans, has_exact_span

PROBES = [
    # DEVICE: a serial with a lone check letter after a space; 帮浦/幫浦 (Taiwanese "pump") before a serial
    ("DEVICE", "KQT550183 M", "The CPAP serial KQT550183 M keeps showing a mask leak error."),
    ("DEVICE", "RZW204417 T", "我爸的助听器编号RZW204417 T没声音了"),
    ("DEVICE", "INS-4471-B2", "阿公的胰島素幫浦INS-4471-B2一直嗶嗶叫"),
    # VEHICLE: South African, Australian and Hong Kong plates after a truck word, a parking fine "for", 她/他的车
    ("VEHICLE", "GP 410-227", "Long-haul driver, my rig GP 410-227 is in the visitor car park overnight."),
    ("VEHICLE", "BT 52RK", "Got a parking ticket yesterday evening for BT 52RK while visiting my son."),
    ("VEHICLE", "MN 71HJ GP", "Truckie, rig MN 71HJ GP, can I leave it near gate 2?"),
    ("VEHICLE", "KW 3307", "他的車KW 3307可以泊喺急症室門口嗎？"),
    # ID: Ghana card, Nigerian NIN, passport / staff number in digit groups or letter-hyphen groups
    ("ID", "GHA-550917342-6", "My aunt's Ghana card number is GHA-550917342-6, she is visiting from Kumasi."),
    ("ID", "40918265531", "Registration form: NIN 40918265531, please confirm receipt."),
    ("ID", "6120 44873 1", "Travelling nurse here, passport 6120 44873 1, lost my lanyard."),
    ("ID", "3390 18822 5", "The porter gave me his staff number 3390 18822 5 before he left."),
    ("ID", "RW-P-88120", "Ward clerk staff no. RW-P-88120 asked me to email the form."),
    ("ID", "EMP55102", "The form says his hospital number is EMP55102, but that is his works number."),
    # MRN: an Indian in-patient number; a hospital card number (not a bank card number)
    ("MRN", "KM204-7711", "Please share the bill of my father, IP no. KM204-7711, by post."),
    ("MRN", "B7730116Q", "Her hospital card number is B7730116Q, she lost the card on the bus."),
    ("MRN", "2025/40817", "Doctor wrote OP no. 2025/40817 on the slip, is that my file number?"),
    # ID / LICENSE / HEALTH_PLAN: tax file number, bank verification number, driving licence without "number",
    # a Medicare card number after "Medicare card" (the card word is no part of the value)
    ("ID", "418 552 903", "The payroll office asked for my TFN 418 552 903 again."),
    ("ID", "22740918336", "Refund please, BVN 22740918336, account name on file."),
    ("LICENSE", "KA05 20190047721", "For the parking permit, my driving licence is KA05 20190047721."),
    ("HEALTH_PLAN", "5102 77341 2/1", "I only have the Medicare card 5102 77341 2/1 with me today."),
    # AGE: "who is now 9x", "she's now 10x"
    ("AGE", "94", "I am writing about my godmother, who is now 94, about her hearing test."),
    ("AGE", "99", "I'm enquiring for my client, who is now 99, about home visits."),
    # ADDRESS: town, city and postal code after a street address; a Malaysian address in Chinese with a Malay street
    ("ADDRESS", "Flat 2A, 9 Kamaraj Salai, Mylapore, Chennai 600004",
     "Kindly post it to Flat 2A, 9 Kamaraj Salai, Mylapore, Chennai 600004."),
    ("ADDRESS", "7 Quay Street, Padstow PL28 812", "We are at 7 Quay Street, Padstow PL28 812 this summer."),
    ("ADDRESS", "新山士古来区Jalan Molek 88号3楼2室", "我住在新山士古来区Jalan Molek 88号3楼2室，电话晚点给你"),
    # NAME (English): registered as / better half / invoice to / owner / twin / "name, X," / name + Chinese name /
    # a full name between commas before an identifier's cue
    ("NAME", "Tendai Moyo", "A grey van is parked across two bays. Owner registered as Tendai Moyo?"),
    ("NAME", "Alwyn Trevithick", "Grandma here. My better half, Alwyn Trevithick, turns 92 in May."),
    ("NAME", "Lwazi Khumalo", "Please send the invoice to Lwazi Khumalo, 3rd floor, before Monday."),
    ("NAME", "Precious Ndlovu", "Twin 2 is Precious Ndlovu and she needs her own appointment letter."),
    ("NAME", "Farida Osei", "The letter has another patient's name, Farida Osei, on the top line."),
    ("NAME", "黄志明", "Hello, name 黄志明, can I move my booking to next week?"),
    ("NAME", "Sipho Dube", "Lodge manager: one of our guests, Sipho Dube, passport A4471920, forgot his inhaler."),
    # NAME (Chinese / Cantonese): 老人/院友/长辈/同学/阿嬷 + name, 陪X做..., 我X，身份证..., 佢係X。, 幫X婆婆問
    ("NAME", "吴秀珍", "养老院的老人吴秀珍97岁，血压药快吃完了"),
    ("NAME", "鄭家豪", "院友鄭家豪，95歲，下週要覆診"),
    ("NAME", "蘇美華", "敬啟者：家中長輩蘇美華，地址稍後補上"),
    ("NAME", "孙浩然", "我同学孙浩然的助听器坏了，他让我帮忙问"),
    ("NAME", "罗淑兰", "我是来陪罗淑兰做检查的，停车怎么收费"),
    ("NAME", "馮志堅", "你好，我馮志堅，身份證號碼稍後補，想改期"),
    ("NAME", "區美玲", "阿嫲住沙田，佢係區美玲。"),
    ("NAME", "邱月娥", "我是看護，幫邱月娥婆婆問一下復康巴士"),
    # NAME in a formal Chinese letter: humble kin words (家母, 外子) before the name; 陪 + a relative word + name
    ("NAME", "葉素貞", "敬啟者：家母葉素貞，近日行動不便，懇請安排家訪"),
    ("NAME", "郭振邦", "敬啟者：外子郭振邦因中風住院，特此請假"),
    ("NAME", "谢德胜", "今天陪我老公谢德胜做透析，几点能结束？"),
]

CLEAN = [
    "The rig is parked in bay 4 while I'm in for my appointment.",
    "I got a parking fine for 2 hours in the short-stay area, can I appeal?",
    "Is the CPAP mask size M or L better for a small face?",
    "My mum is now 94 kg after the steroids, is that a lot?",
    "The pharmacy said the Medicare card is needed for the discount.",
    "Owner of the cafe in the lobby is very friendly.",
    "我同学今年考研，压力很大，失眠怎么办？",
    "陪老人做检查需要带什么证件？",
    "家父今年身体不好，敬启者不知道怎么写",
    "内人明天复诊，可以陪同吗？",
    "Twin pregnancy scans: how often are they done?",
    "Do I need my driving licence is the question for the DVLA form?",
    "Is a TFN needed for a hospital job?",
]


@pytest.mark.parametrize("kind, value, text", PROBES)
def test_probe_is_redacted_with_its_exact_span(kind, value, text):
    assert has_exact_span(text, value, kind), found_spans(text)


@pytest.mark.parametrize("text", CLEAN)
def test_phi_free_look_alike_is_untouched(text):
    assert redact(text).spans == [], found_spans(text)
