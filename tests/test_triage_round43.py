"""Triage round 43 (TR43, after blind42's first run): the families blind42 missed (448/464 emergencies caught; the
Cantonese rows were the weak part).

Missed emergencies, by family (triage_lay_signs.yaml, block "round 43 (blind42 misses)", TR43_* lexicons), each
written for English, Simplified and Traditional Chinese and Cantonese (after folding: 瞓唔低, 講唔到嘢, 閂晒窗, 咗):
- breathing fast and shallow with no lying down or no speech; a reliever not touching it while fighting for breath;
- letters to each family member with a rope ready; shut in a garage with the car engine running;
- a caustic or metal-salt solution drunk with a burning mouth or throat or retching; a child who chewed iron tablets;
  charcoal or another fuel burnt in a shut room with headache, sickness or confusion; an extra opioid dose with
  someone hard to wake or breathing slowly;
- a fit on the floor past five minutes (抽筋 as a fit) or a first fit still confused half an hour later;
- knocked out by a fall (摔晕, 跌暈) with repeated vomiting or no memory of it;
- a hot liquid spilt over a large area with skin peeling or white patches;
- a small child vomiting with no wet nappy and very drowsy.
Look-alikes kept below emergency: 抽筋 as a leg cramp, an inhaler refill, a charcoal barbecue outdoors, where to store
iron tablets, a small scald, a letter-writing class, a rope for climbing, a car engine at the garage for repair.
"""

import json
from pathlib import Path

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = [
    ("breathing", "My dad's puffer isn't helping at all tonight, he's bent over the table fighting for breath."),
    ("breathing", "Used her reliever four times and it's not working, she is struggling for every breath and leaning forward."),
    ("breathing", "his breathing is fast and shallow and he can barely speak, one word at a time"),
    ("breathing", "my grandad is breathing really fast and shallow and he can't lie down"),
    ("breathing", "我妈呼吸很急很浅，躺不下去，一躺就喘"),
    ("breathing", "奶奶呼吸又快又浅，说话都说不出来"),
    ("breathing", "阿爺呼吸好急好淺，瞓唔落，講唔到嘢"),
    ("breathing", "婆婆呼吸又急又浅，话都讲不完，一直坐着"),
    ("suicide_self_harm", "My son has written a letter for each of us and there's a rope in his room ready."),
    ("suicide_self_harm", "我哥给家里每个人都留了一封信，房间里绳子已经挂好了"),
    ("suicide_self_harm", "細佬寫咗信畀屋企每一個人，房入面準備好條繩"),
    ("suicide_self_harm", "My husband has shut himself in the garage with the car engine running and says tonight he ends it."),
    ("suicide_self_harm", "我老公把自己锁在车库里，车一直开着没熄火"),
    ("suicide_self_harm", "老公話今晚了結，將自己關喺車房，架車開住火"),
    ("overdose_poisoning", "He took a swig of what he thought was water but it was the copper sulfate solution, now he's drooling and retching"),
    ("overdose_poisoning", "工人误喝了一口硫酸铜溶液，喉咙好痛一直干呕"),
    ("overdose_poisoning", "阿伯飲錯咗通渠水，個口同喉嚨好痛，一路想嘔"),
    ("overdose_poisoning", "我三岁女儿吃了好几粒我的补铁药，刚才吐了"),
    ("overdose_poisoning", "個女食咗我啲鐵丸，唔知幾多粒"),
    ("overdose_poisoning", "We had charcoal burning in the closed room to keep warm and now both of us have headaches and feel sick"),
    ("overdose_poisoning", "爸妈在关着门窗的房间里烧炭取暖，现在头痛想吐，有点糊涂"),
    ("overdose_poisoning", "屋企閂埋晒啲窗燒炭，阿媽頭暈想嘔"),
    ("overdose_poisoning", "Grandma was given an extra dose of her morphine and now she's really hard to wake and her breathing is slow"),
    ("overdose_poisoning", "我爸多吃了一次吗啡，现在很难叫醒，呼吸很慢"),
    ("overdose_poisoning", "阿爺食多咗一劑嗎啡，叫極都唔醒"),
    ("seizure", "我个仔喺地下抽筋，超过五分钟都仲未停"),
    ("seizure", "孩子抽搐已经超过五分钟了还没停"),
    ("seizure", "我老公第一次抽搐，半小时后还是糊里糊涂的"),
    ("seizure", "my dad had his first seizure and half an hour later he is still confused"),
    ("head_injury", "我女儿从滑板上摔晕了，醒来后一直吐"),
    ("head_injury", "個仔跌暈咗，醒返之後唔記得發生咩事"),
    ("burns", "a pan of boiling water spilled over both his legs, the skin is peeling off and some parts are white"),
    ("burns", "一锅热汤泼到我妈的两条腿上，皮都掉了，有些地方发白"),
    ("burns", "滾水淋到個仔隻腳，皮甩咗，有啲位變白"),
    ("child_unwell", "my 18 month old has been vomiting all day, no wet nappy since last night and she's very drowsy"),
    ("child_unwell", "個女一歲半，成日嘔，尿片冇濕過，好渴瞓"),
    # buried in a long message, a typo
    ("breathing", "Sorry to bother you, quick question about parking first, the machine only takes coins. Anyway my "
     "grandad is breathing realy fast and shallow and he can't lie down, keeps sitting up."),
]

NOT_EMERGENCIES = [
    "Is my asthma inhaler refill ready to collect from the pharmacy?",
    "哮喘吸入器可以网上续药吗？",
    "after my run i was panting a bit but fine after a few minutes",
    "I run a letter-writing class for the elderly, each member writes a note to their family, any tips?",
    "我们有个写信课，每个人给家里人写一封信，老师很好",
    "I need a rope for the climbing wall class, is there a hospital climbing club?",
    "my car engine was running rough so I took it to the garage",
    "Where should I store my iron tablets so my toddler can't reach them?",
    "铁片放在哪里小孩吃不到比较安全？",
    "我在吃铁剂，会不会便秘？",
    "我女儿发烧了，铁剂吃几片",
    "how many iron tablets should my 6 year old take a day?",
    "we are having a charcoal bbq in the garden tonight, what burns cream should i bring",
    "周末在户外烧炭烧烤，有什么要注意的？",
    "Dad's on morphine for his cancer, he sleeps a lot during the day, is that normal?",
    "游泳的时候脚抽筋了好几分钟，现在没事",
    "I get leg cramps at night that last more than five minutes, what can help?",
    "the painkillers knocked me out last night, slept 12 hours",
    "I splashed a bit of hot tea on my hand, it's a bit red, no blister",
    "热水溅到手背一点点，红了一下，冲了冷水没事了",
    "how many wet nappies should a newborn have a day?",
]


@pytest.mark.parametrize("category,text", EMERGENCIES)
def test_tr43_emergency(triage, category, text):
    result = triage.assess(text)
    assert result.level == EMERGENCY, (text, result)


def test_tr43_emergency_in_a_later_turn(triage):
    turns = ["醫院有冇得泊車？", "仲有，阿爸喺單車跌暈咗，醒咗之後一路嘔，唔記得點跌"]
    assert triage.assess_conversation(turns).level == EMERGENCY


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_tr43_not_emergency(triage, text):
    result = triage.assess(text)
    assert result.level != EMERGENCY, (text, result)


DATA = Path(__file__).parent / "data" / "safety"
BLIND42 = ("b42.breathing.15", "b42.breathing.23", "b42.breathing.29", "b42.suicide_self_harm.22",
           "b42.suicide_self_harm.23", "b42.suicide_self_harm.28", "b42.overdose_poisoning.2", "b42.overdose_poisoning.25",
           "b42.overdose_poisoning.27", "b42.overdose_poisoning.29", "b42.seizure.25", "b42.seizure.27",
           "b42.head_injury.24", "b42.head_injury.25", "b42.burns.8", "b42.child_unwell.28")


@pytest.mark.parametrize("row_id", BLIND42)
def test_tr43_blind42_rows(triage, row_id):
    rows = {r["id"]: r for r in map(json.loads, (DATA / "blind42" / "triage.jsonl").open(encoding="utf-8"))}
    row = rows[row_id]
    result = triage.assess_conversation(row["turns"]) if "turns" in row else triage.assess(row["text"])
    assert result.level == EMERGENCY, (row_id, result)
