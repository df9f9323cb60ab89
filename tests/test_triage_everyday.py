"""Everyday complaints told with the features that make them ordinary are no emergency (EV1, everyday1 spent).

everyday1 (400 everyday complaints + 80 casual emergencies, written blind) had 20 emergency false alarms at 4d09403.
They fall in families, each fixed as a family with the signs that keep the emergency:
- a cold or cough with a tight or sore chest, breathing / talking / walking said to be fine (keep: sweat, arm, jaw,
  breathless); a blocked nose one "can't breathe through" (keep: can't breathe in general, blue lips, throat);
- heartburn told by its features: burning after meals, worse bending or lying down, a sour taste (keep: burning with
  sweating / jaw / arm / breathless, or brought on by exertion);
- a rash that fades under a pressed glass (玻璃杯一压就退) read as pressure in the chest;
- a feverish child given fever medicine or drinking plenty (keep: too much, the bottle, several tablets);
- an adult's own usual medicine taken twice by mistake, feeling fine; a mouthful of mouthwash (keep: a child, many
  tablets, symptoms, insulin and other high-risk medicines);
- a "dead arm" from sleeping on it, come back (keep: face, speech, still weak);
- achy and shivery after a jab (keep: confusion, mottled skin, breathing);
- morning sickness with fluids kept down; painless tightenings with the baby moving as normal (keep: bleeding, pain,
  waters, fewer movements);
- a mood told as never said ("没说过想不开的话") is no ideation;
and the miss: a cut still pouring through a cloth after minutes of pressure, pulsing out, is severe bleeding.
The wordings below are written for this file (not the set's rows). On HEAD 94e8ef3, 23 of the 55 cases fail: 21 of the
37 everyday ones and the 2 bleeding ones; the other 16 emergencies (the keep cases) pass before and after.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EVERYDAY = [
    # a cold or cough with a tight chest, said to be well
    "Got a chesty cough with this cold and my chest feels tight when I cough, but I'm breathing fine and walking the dog as usual. Cough syrup?",
    "streaming cold, chest aches from all the coughing, can talk and walk normally, no fever. work tomorrow?",
    "我感冒咳嗽一个星期了，胸口有点发紧，不过走路说话都不喘，要吃什么药？",
    "咳咗成個禮拜，心口有啲翳，不過行路講嘢都唔喘，使唔使睇醫生？",
    "感冒咳了五天，胸口悶悶的，但呼吸正常，可以上班嗎？",
    "dry cough for two weeks since a cold, worse at night, not breathless at all. GP or wait?",
    "乾咳咗三個禮拜，夜晚特別厲害，不會喘，要唔要睇醫生？",
    # a blocked nose one can not breathe through
    "my nose is so blocked I can't breathe through it when I lie down, no temperature. which spray is best?",
    "stuffy nose for days, can't breathe through my nose at night so I snore. saline rinse ok?",
    # heartburn told by its features
    "Burning pain behind my breastbone after big dinners, worse when I bend over to tie my shoes, sour taste at the back of my throat. Antacid?",
    "Every time I lie flat after a curry I get a burning in my chest and acid coming up into my mouth. Fine when I walk. Gaviscon enough?",
    "饭后胸口烧烧的，弯腰的时候更明显，还会反酸，吃什么胃药好？",
    "食完飯心口好似火燒咁，瞓低仲衰，成日返酸，係咪胃酸倒流？",
    "吃完飯胸口灼熱，躺下更嚴重，嘴裡酸酸的，要看醫生嗎？",
    # a rash that fades under a pressed glass
    "我儿子胸口长了一片小红点，拿玻璃杯压上去就褪了，他玩得很开心，是湿疹吗？",
    "小朋友心口出咗啲紅點，用杯一壓就退，好精神，係咪熱痱？",
    "女兒胸前起紅疹，玻璃杯一壓就變白，吃喝正常，要擦什麼藥？",
    # a feverish child given fever medicine or drinking plenty
    "儿子三岁，发烧38.4，刚喂了一次退烧药，现在在看动画片，明天能上幼儿园吗？",
    "個仔四歲發燒38.2，食咗退燒藥，仲周圍跑，水都飲好多，幾時要睇醫生？",
    "我女儿两岁半，低烧38度，奶喝得很多，精神好，要去医院吗？",
    "my 3 year old has a temperature of 38.4, gave her calpol an hour ago and she's drinking loads and playing. nursery tomorrow?",
    # an adult's own usual medicine taken twice by mistake, feeling fine
    "I think I took my hayfever tablet twice this morning, forgot I'd already had it. Feel completely normal. Anything to do?",
    "Accidentally took my multivitamin twice today. Any harm?",
    "我好像把维生素D吃了两次，现在没什么不舒服，需要处理吗？",
    "我今朝好似食咗兩次鼻敏感藥，而家冇咩唔舒服，要點做？",
    # a mouthful of mouthwash or toothpaste
    "swallowed a mouthful of mouthwash while gargling, feel fine. anything I should do?",
    "刷牙的时候吞了一口漱口水，现在没什么感觉，要紧吗？",
    # a dead arm from sleeping on it
    "woke up and couldn't feel my left arm at all, I'd been lying on it all night, came back after a few minutes and it's totally fine now. normal?",
    "瞓覺壓住隻手，醒咗成隻手麻晒，過咗幾分鐘就恢復，而家冇事，正唔正常？",
    # achy and shivery after a jab
    "had my covid booster yesterday and today I'm shivery and achy all over, arm's sore too. normal?",
    "昨天打了流感疫苗，今天全身酸痛有点发冷，正常吗？",
    # morning sickness with fluids kept down
    "10 weeks pregnant, throwing up most mornings but I'm drinking water and eating crackers fine. any tips?",
    "怀孕九周，早上孕吐比较厉害，不过能吃能喝，吃什么可以缓解？",
    # painless tightenings with the baby moving as normal
    "34 weeks and my bump keeps going hard now and then, no pain, not regular, and baby is moving as normal. is that braxton hicks?",
    "怀孕32周，肚子偶尔发紧，不痛，宝宝胎动正常，是假性宫缩吗？",
    # a mood told as never said
    "我爸退休之后有点闷闷不乐，从来没说过想不开的话，要怎么开导他？",
    "我朋友最近心情低落，但佢從來冇講過想不開嘅話，我可以點幫佢？",
]

EMERGENCIES = [
    # burning or tight chest with the signs that keep it
    "burning in my chest after dinner but now it's spreading to my left arm and I'm sweating buckets",
    "I have a cold but my chest is tight and I'm sweating and my jaw aches",
    "饭后胸口烧灼感，现在出冷汗，左手臂也痛",
    "感冒咳嗽，胸口好痛，出冷汗，喘不过气",
    "got heartburn, chest feels heavy when I walk up the stairs, and I'm short of breath",
    # blocked nose but can not breathe
    "blocked nose and now he can't breathe and his lips are going blue",
    # a child in the medicine: keep
    "my 2 year old has a fever, I gave calpol and then she drank the whole bottle of it",
    "儿子发烧，吃了退烧药，后来又偷吃了整瓶",
    "my toddler swallowed a mouthful of mouthwash and is now very drowsy",
    # an adult's medicine in excess or with symptoms: keep
    "I took my whole packet of sleeping tablets by accident and feel very drowsy",
    "took my insulin twice tonight by mistake",
    "我吃了两次药，现在好想睡，呕吐",
    # stroke: keep
    "my arm went dead after sleeping on it and now one side of my face is drooping and I can't get my words out",
    # sepsis after a jab: keep
    "had a jab yesterday and now he's confused, mottled skin and breathing fast",
    # pregnancy: keep
    "34 weeks, tightenings and now bleeding and the baby is moving less",
    # bleeding: the miss family
    "sliced my thumb on a tin, been holding a tea towel on it for 15 minutes and it's still soaking through, pulses out when I lift the towel",
    "切菜切到手，用毛巾按了二十分钟还是一直渗出来，一股一股地涌",
    # ideation said: keep
    "我老公说过不想活了，想不开",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_complaint_is_no_emergency(triage, text):
    assert triage.assess(text).level != EMERGENCY, triage.assess(text).rules


@pytest.mark.parametrize("text", EMERGENCIES)
def test_emergency_stays(triage, text):
    assert triage.assess(text).level == EMERGENCY
