"""Triage round 41 (TR41, after blind40's first run): the families blind40 missed (444/464 emergencies caught).

Missed emergencies, by family (triage_lay_signs.yaml, block "round 41 (blind40 misses)", TR41_* lexicons):
- COPD with drowsiness or confusion and slow or noisy breathing (carbon dioxide building up);
- a reliever inhaler failing after many puffs, bent over or gasping; pink frothy sputum and unable to lie flat;
- bleeding after a tonsillectomy (spitting mouthfuls of blood);
- a goodbye to everyone with a means missing (a rope gone), or "thank you for everything, look after the dog for me"
  after talk of ending it and no answer since;
- a bitten laundry or dishwasher pod with coughing, drooling or vomiting; carbon monoxide (a household with headaches
  and nausea with a boiler or heater smell, or a pet not moving); a whole box of paracetamol swallowed, even "seems
  fine"; antifreeze drunk;
- late pregnancy with a rock-hard painful bump and bleeding; a red streak from a wound with fever and clamminess or a
  racing heart; clear fluid from an ear or the nose after a knock; a child in a far-too-hot bath, blistered; an infant
  grey, cold to the touch and too weak to cry.
Look-alikes kept below emergency: a COPD clinic question, storing pods, testing a CO alarm, a slightly warm bath,
antifreeze for the car, an inhaler review, Braxton Hicks, a leaving-party goodbye.
"""

import json
from pathlib import Path

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = [
    ('breathing', "Dad has emphysema and since lunch he's been really muddled and sleepy, his breathing is slow and rattly"),
    ('breathing', 'my nan (copd) is so drowsy i can barely keep her awake and her breaths are shallow and noisy'),
    ('breathing', '我妈有慢阻肺，今天一直昏昏沉沉，呼吸越来越慢'),
    ('breathing', '我媽有慢阻肺，今日好迷糊，叫佢都唔應，呼吸好大聲'),
    ('breathing', "she's had about 20 puffs of her ventolin and she's still bent over fighting for breath"),
    ('breathing', 'his blue inhaler is not helping at all, he is hunched over gasping'),
    ('breathing', '我儿子哮喘，吸入器喷了十几下都没用，弯着腰大口大口喘气'),
    ('breathing', '個女啲氣管機噴咗好多下都冇用，彎住腰唞唔到氣'),
    ('breathing', "grandad is coughing up pink frothy spit and can't lie down flat, has to sit up"),
    ('breathing', '老公咳出粉红色泡沫痰，躺不下去，一直喘'),
    ('breathing', '阿爺咳出粉紅色嘅泡沫痰，瞓唔低，好喘'),
    ('bleeding', 'My daughter had her tonsils removed five days ago and now she keeps spitting out fresh blood'),
    ('bleeding', '8 days after tonsillectomy my husband is coughing up clots and bright red blood'),
    ('bleeding', '我儿子上周割了扁桃体，现在一直吐血'),
    ('bleeding', '個仔上個禮拜割咗扁桃腺，而家成口都係血'),
    ('suicide_self_harm', 'my brother posted a goodbye message on facebook and the rope from the shed is missing'),
    ('suicide_self_harm', '我弟弟发了信息跟大家说再见，家里的绳子不见了'),
    ('suicide_self_harm', '我細佬send咗訊息同屋企人講再見，佢把刀唔見咗'),
    ('suicide_self_harm', "She texted 'thanks for everything, please feed the cat for me' and now she's not picking up. She talked about ending it on Sunday."),
    ('suicide_self_harm', '朋友传讯息说谢谢你的一切，帮我照顾好只狗，之后电话都没人接。她前几天讲过想死'),
    ('overdose_poisoning', "my toddler bit into a washing capsule, he's coughing and drooling"),
    ('overdose_poisoning', 'baby chewed a dishwasher tablet and has been sick twice'),
    ('overdose_poisoning', '我儿子咬破了一颗洗衣凝珠，一直咳嗽还吐了'),
    ('overdose_poisoning', '個仔咬爆咗粒洗衣珠，流晒口水仲咳'),
    ('overdose_poisoning', 'all of us have had headaches and felt sick since the boiler started giving off a funny smell'),
    ('overdose_poisoning', "The whole family is dizzy with headaches and our dog is lying still and won't get up"),
    ('overdose_poisoning', '全家人都头痛想吐，热水器有一股怪味'),
    ('overdose_poisoning', '成家人都頭暈想嘔，隻狗瞓喺度唔郁'),
    ('overdose_poisoning', 'my son swallowed a whole packet of paracetamol this morning, he says he feels ok apart from a sore tummy'),
    ('overdose_poisoning', '我女儿吃了一整盒扑热息痛，说只是肚子有点痛'),
    ('overdose_poisoning', '我個女食咗成盒必理痛，話淨係肚痛'),
    ('overdose_poisoning', 'my uncle drank some antifreeze from a lemonade bottle by mistake and is staggering about'),
    ('overdose_poisoning', '爸爸误喝了防冻液，走路摇摇晃晃，一直吐'),
    ('overdose_poisoning', '阿爸飲咗啖防凍水，行路東歪西倒'),
    ('pregnancy', "I'm 36 weeks, my belly's gone rock hard and really painful and I'm bleeding"),
    ('pregnancy', '我老婆怀孕35周，肚子硬得像石头，很痛，还在流血'),
    ('pregnancy', '老婆有咗36個禮拜，個肚好硬好痛，仲流緊血'),
    ('sepsis', "there's a red line going up his leg from the graze, he's shivering with a fever and his heart is pounding"),
    ('sepsis', '伤口有条红线往上走，他发烧，冒冷汗，心跳好快'),
    ('sepsis', '傷口有條紅線向上爬，佢發燒、出冷汗、心跳好快'),
    ('head_injury', 'after he was hit on the head by a cricket ball clear watery fluid is dripping from his nose and he is confused'),
    ('head_injury', '她摔倒撞到头，耳朵流出透明的水，人有点糊涂'),
    ('head_injury', '佢個頭俾人打中，鼻哥流啲清水出嚟，有啲混亂'),
    ('burns', 'my 2 year old stepped into bath water that was scalding, his feet are blistering'),
    ('burns', '孩子坐进了太烫的洗澡水里，屁股和腿都起水泡了'),
    ('burns', '個細路跌咗落好滾嘅沖涼水，雙腳起晒水泡'),
    ('child_unwell', 'my 3 month old is grey and cold to the touch and too weak to feed'),
    ('child_unwell', '宝宝脸色发灰，摸起来冰冷，哭都没力气'),
    ('child_unwell', '個BB面色灰灰，摸落好凍，喊都冇力'),
    # buried in a long message, or in a later turn
    ("overdose_poisoning", "Sorry, I know this is probably the wrong place and I have been meaning to ask about parking for weeks. "
     "Anyway my flatmate and I both have pounding headaches and feel sick, and the gas fire has black soot marks on it. Thanks."),
    ("burns", "We are staying at a caravan park and the showers are a walk away so I ran a bath in the van. "
     "My 3 year old got in before I checked it and it was far too hot, her feet are red raw and blistering already."),
]

NOT_EMERGENCIES = [
    'My dad has COPD, how do I book his annual review at the respiratory clinic?',
    'Does COPD make you more tired in the winter? asking for my mum',
    '我爸有慢阻肺，下个月复诊要带什么资料？',
    "How should I store laundry pods so the kids can't get at them?",
    '洗衣凝珠要放在哪里比较安全，家里有小孩',
    'How do I test that my carbon monoxide alarm is working?',
    '一氧化碳警报器要怎么测试？',
    'the bath was a bit warm and her skin is slightly pink, is that ok?',
    '冲凉水有点热，小朋友皮肤红了一点，要紧吗？',
    'Which antifreeze should I put in the car for winter?',
    '汽车的防冻液要多久换一次？',
    'My son is having his tonsils out next month, how long will he be off school?',
    '割扁桃体后吃什么比较好？',
    'Thanks for everything, the nurses were great. Can I leave a card for the ward?',
    'How many puffs of my inhaler can I take in a day?',
    "my inhaler doesn't seem to work as well as it used to, can I get a review?",
    'can I take paracetamol and ibuprofen together for a sore tummy?',
    "I'm 34 weeks and my bump goes hard now and then but it doesn't hurt, is that Braxton Hicks?",
    "there's a small red mark around the cut on my finger, no fever, should I put cream on?",
    'my toddler has a runny nose with clear snot, he bumped his head last week but is fine now',
    'our baby has cold hands in the evening, is that normal?',
    '宝宝手脚有点凉，是正常的吗？',
    'Our whole family has a cold and headaches this week, can we still come to the appointment?',
    'The boiler is making a funny smell, who do I call to service it?',
]


@pytest.mark.parametrize("category,text", EMERGENCIES)
def test_tr41_emergency(triage, category, text):
    result = triage.assess(text)
    assert result.level == EMERGENCY, (text, result)


def test_tr41_emergency_in_a_later_turn(triage):
    turns = ["Is the cafe on the ground floor open on Sundays?",
             "Also my husband has COPD and tonight he is very drowsy and confused and his breathing sounds slow and rattly."]
    assert triage.assess_conversation(turns).level == EMERGENCY


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_tr41_not_emergency(triage, text):
    result = triage.assess(text)
    assert result.level != EMERGENCY, (text, result)


DATA = Path(__file__).parent / "data" / "safety"
BLIND40 = ("b40.breathing.5", "b40.breathing.25", "b40.breathing.29", "b40.bleeding.52", "b40.suicide_self_harm.38",
           "b40.suicide_self_harm.45", "b40.overdose_poisoning.14", "b40.overdose_poisoning.15", "b40.overdose_poisoning.23",
           "b40.overdose_poisoning.33", "b40.pregnancy.34", "b40.sepsis.10", "b40.head_injury.37", "b40.burns.49",
           "b40.child_unwell.8")


def _rows():
    rows = [json.loads(line) for line in (DATA / "blind40" / "triage.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if row["id"] in BLIND40]


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["id"])
def test_tr41_blind40_rows(triage, row):
    result = triage.assess_conversation(row["turns"]) if "turns" in row else triage.assess(row["text"])
    assert (result.level == EMERGENCY) == (row["level"] == EMERGENCY), (row.get("text"), result)
