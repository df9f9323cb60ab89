"""PHI round 13: the classes blind12 (spent) missed, pinned with values and sentences written here, not blind12's.

blind12 was written blind and measured once (exact-span recall 0.851 after round 12); its misses were then fitted
by class in medqa/safety/phi.py (`_round13_candidates`). Each class below has positive sentences and PHI-free
look-alikes (bed numbers, drug batch numbers, floors, clinic codes) that must stay untouched.
"""

import pytest

from medqa.safety.phi import redact
from phi_support import found_spans, has_exact_span

PROBES = [
    # DEVICE: a serial right after a device word keeps "#" or "S/N" typed before it; glued to a Chinese device word
    ("DEVICE", "4419027736", "My blood glucose meter #4419027736 shows an error code, can someone help?"),
    ("DEVICE", "3307-5521-K", "The insulin pump S/N 3307-5521-K alarms every night, my mum is worried."),
    ("DEVICE", "KT2290-4471", "I think my fitbit KT2290-4471 is still paired with the ward's account."),
    ("DEVICE", "6630184452", "外婆的血糖仪序列号#6630184452屏幕不亮了，能换吗"),
    ("DEVICE", "5120-8813-Q", "我阿媽部血壓計序號S/N 5120-8813-Q壞咗"),
    ("DEVICE", "WB7731-0926", "我妹妹的手环WB7731-0926忘在门诊了"),
    # ADDRESS: "No." before the number, a capital city or city-state after the last comma, a postcode line after "lives at"
    ("ADDRESS", "Blk 48 Bedok North Rd #02-117, Singapore", "Please post the letter to Blk 48 Bedok North Rd #02-117, Singapore"),
    ("ADDRESS", "No. 7 Jalan Ampang, Kuala Lumpur", "my address is No. 7 Jalan Ampang, Kuala Lumpur, thanks"),
    ("ADDRESS", "14 Le Loi Street, District 1, Ho Chi Minh City", "we stay at 14 Le Loi Street, District 1, Ho Chi Minh City now"),
    ("ADDRESS", "Mill House, Tarbert, Isle of Harris HS3 3DB",
     "my uncle lives at Mill House, Tarbert, Isle of Harris HS3 3DB and needs a lift"),
    # DATE: a weekday before a bare ordinal day keeps the weekday; ordinal days in words with a month
    ("DATE", "Monday 22nd", "The physio moved me to Monday 22nd, is that right?"),
    ("DATE", "Friday the 3rd", "can I bring my wife on Friday the 3rd?"),
    ("DATE", "fourth of March", "my op is on the fourth of March"),
    ("DATE", "March the twenty-first", "It was booked for March the twenty-first but they cancelled"),
    # URL: a curly closing quote glued to a link ends it
    ("URL", "https://clinic.example.org/v/55120931", "他发来“复诊链接https://clinic.example.org/v/55120931”，打不开"),
    ("URL", "https://pay.example.com/inv/8812", "Mum wrote ‘pay here https://pay.example.com/inv/8812’ is it real?"),
    # ID: a staff number with letters glued to it, after its cue
    ("ID", "5530218KX", "my badge got wiped, employee number 5530218KX, night porter"),
    ("ID", "N4409127", "护士站那边说我的工号N4409127登不上系统"),
    # AGE: 90-129 after a relative (named or not) and "is"; the number an age is corrected to
    ("AGE", "103", "My grandmother Edith Okafor is 103 and wants to come to the party"),
    ("AGE", "96", "my uncle is 96, can he have the flu jab here?"),
    ("AGE", "98", "she is 97.. sorry 98 next week, does she need a letter?"),
    # NAME: names after words that point at a person, with no cue word of their own
    ("NAME", "郑秀兰", "帮邻居郑秀兰问一下，探视几点结束"),
    ("NAME", "蒋玉珍", "给外婆蒋玉珍的生日卡可以送到病房吗"),
    ("NAME", "何志明", "车停在P2，探何志明，最晚几点要走"),
    ("NAME", "冯嘉怡", "我名字叫冯嘉怡，想改预约"),
    ("NAME", "Lim Boon Keng", "我的名字Lim Boon Keng，要改电话"),
    ("NAME", "马丽娟", "转发：“马丽娟，你的体检报告已出”，在哪里拿"),
    ("NAME", "Teodora Vance", "Is it ok if I park there while I visit Teodora Vance this evening?"),
    ("NAME", "Brendan Oyelaran", "Asking for my colleague Brendan Oyelaran, he lost his badge"),
    ("NAME", "Fergus Dunmore", "my great uncle Fergus Dunmore needs a commode"),
    ("NAME", "Marisol Quintero", "her carer here, she's Marisol Quintero, can she get a letter"),
    ("NAME", "Desmond Achterberg", "booking for tomorrow, Desmond Achterberg, 07700 900812"),
    ("NAME", "Imelda", "Fwd: > Imelda, the ward rang about Dad's discharge"),
    ("NAME", "Rashid bin Osman", "pls read below > From Rashid bin Osman > my mum's appointment moved"),
    ("NAME", "Orla Kinsella", "voice message my name is Orla Kinsella full stop I need a sick note"),
    ("NAME", "Siobhán", 'Fwd from my brother: "Siobhán pick up Dad at 5" - where is pick-up?'),
]

CLEAN = [
    # DEVICE look-alikes: a drug batch number, a ward's bed, a model name, a pump rate
    "The tablets from batch LT-4471-22 were recalled, should I stop?",
    "Is the monitor in bed 14 supposed to beep like that?",
    "my tablet 500mg is too big to swallow",
    "血糖仪多少钱一台，医院有卖吗",
    "The pump runs at 20 ml per hour, is that normal?",
    # ADDRESS look-alikes: a floor and block inside the hospital, a clinic number, cities with no street
    "Which ward is on the 7th floor, Block B?",
    "Is clinic No. 14 on Level 2 or Level 3?",
    "Does the hospital have a branch in Kuala Lumpur or only in Singapore?",
    "Bed 12, Ward 5, Singapore General is where my dad is",
    # DATE look-alikes: ordinal floors and visits, a fraction in words, a weekday before a floor
    "Is the canteen on the 7th floor?",
    "This is my 3rd visit this month",
    "Take a third of the tablet on Sunday",
    "Is Monday 2nd floor clinic open?",
    # URL look-alikes: a quoted clinic code and a quoted site name with no link
    "护士说“去C12诊室”，在几楼？",
    "Is the ‘patient portal’ the same as the app?",
    # ID look-alikes: a clinic code, a staff count, a drug batch
    "Is clinic code ENT4 on the ground floor?",
    "How many staff work on ward 7B at night?",
    "The box says batch 2231907AB, is that the recalled one?",
    # AGE look-alikes: readings, a percentage, a distance in time after a relative
    "My dad's blood pressure is 100 over 60, is that low?",
    "my dad is 100% sure the clinic moved",
    "My mum's temperature is 99.5, should I worry?",
    "My neighbour is 90 minutes away from the hospital",
    # NAME look-alikes: a relative then a time word or a symptom, a forwarded greeting with no name, wards and
    # hospitals after "visit", a switchboard between commas, dictated punctuation
    "我妈明天出院，需要带什么",
    "我爸高血压，今天能打疫苗吗",
    "我老豆成日咳，係咪肺有事？",
    "同事们都说探视时间很短",
    "转发：“您好，你的预约已确认”，是真的吗",
    "Can I visit Ward 7 after 8pm?",
    "When can we visit Hong Kong Sanatorium patients?",
    "she's Very Tired today, can she skip physio?",
    "Fwd: > Hi, the clinic moved to Level 3",
    "my colleague says the canteen is closed",
    "Please read it out full stop",
    'Fwd: "Reminder your appointment is tomorrow"',
    'fwd msg: "Mark your calendar, flu clinic opens"',
    'Fwd msg from my sister: "Will bring the forms tomorrow"',
]


@pytest.mark.parametrize("kind, value, text", PROBES)
def test_probe_is_redacted_with_its_exact_span(kind, value, text):
    assert has_exact_span(text, value, kind), found_spans(text)


@pytest.mark.parametrize("text", CLEAN)
def test_phi_free_look_alike_is_untouched(text):
    assert redact(text).spans == [], found_spans(text)
