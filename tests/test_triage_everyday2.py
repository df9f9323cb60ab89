"""Everyday complaints told with the danger sign denied or the mild features said (EV2: everyday2 + blind28, spent).

EV1 fitted wordings and carried 3 of 23 everyday false alarms on; these families are written to be general. A complaint
told with its danger sign explicitly denied or its mild features said drops ONLY the findings that sign answers; any
other sign keeps the emergency. Families:
- a local allergic reaction (a sting swollen round the sting, puffy itchy eyes, hives) with the body-wide signs denied:
  breathing fine, nothing else, lips / tongue not swollen (keep: throat, tongue, lips swelling, wheeze, dizzy, faint,
  spreading all over);
- an everyday ache of pregnancy (night cramp, backache) with the baby moving normally (keep: bleeding, waters, fewer
  movements, headache, vision, swelling, tummy pain); a twinge told as 一抽一抽的疼 is a pain, not a fit (keep: 抽搐,
  翻白眼, no response);
- gums that bleed on brushing, in pregnancy or not (keep: vomiting or coughing blood, bleeding that won't stop, bruising,
  blood thinners, a nosebleed, spotting);
- a cold with a tight chest and 'otherwise fine'; chest-wall pain sore on pressing, breathing fine (keep: sweat, arm,
  jaw, breathless, faint);
- an infant's temperature said to be normal after jabs (keep: a fever said); an age of 3-9 months is no young infant;
- harm thoughts denied ('not thinking of hurting myself', 没有想伤害自己的念头) (keep: any other ideation said);
- a scald already cooled under the tap, blisters denied, asked 'what now' (keep: a large, facial or deep burn, blisters).
The wordings are written for this file (not the sets' rows). On HEAD 9dfe476, 7 of the 38 cases fail, all everyday
ones (puffy eyes with lips not swollen, a twinge told as 一抽一抽的痛, gums bleeding when flossing in pregnancy, a cold
'otherwise fine', a 7-month-old at 38.0, harm thoughts denied, a scald while cooking noodles (煮面 read as the face));
the other 12 everyday cases already pass on HEAD and stay as guards of their families; the 19 keep cases pass before
and after.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EVERYDAY = [
    # local allergic reaction, body-wide signs denied
    "a bee got me on the ankle at the park, it's puffed up around the sting and hot, breathing is fine, nothing else. cream or tablet?",
    "Rubbed my eyes after stroking the neighbour's dog and now they're itchy and a bit puffy. Lips not swollen, breathing ok. Drops?",
    "用了新牌子的沐浴露，手臂起了几块风团，很痒，呼吸顺畅，舌头不肿，可以吃氯雷他定吗",
    "試咗新嘅洗頭水，頸後面起咗啲風疹，好痕，呼吸正常，嘴唇冇腫，食敏感藥得唔得",
    # everyday ache of pregnancy, baby moving normally
    "30 weeks pregnant, my legs cramp in bed most nights. Baby is kicking as normal. Is magnesium ok?",
    "怀孕28周，晚上腰酸背痛，宝宝胎动正常，可以贴膏药吗",
    "懷孕十八週，肚子側邊偶爾一抽一抽的痛，翻身時比較明顯，一下就好，正常嗎",
    # gums bleed on brushing
    "I'm 20 weeks pregnant and my gums bleed a little when I floss. Is that normal?",
    "儿子刷牙时牙龈出了一点血，漱漱口就好了，要看牙医吗",
    # chest: a cold 'otherwise fine', chest-wall pain on pressing
    "my dad's got a cold and his chest feels a little tight with the cough, otherwise fine. Lemsip ok?",
    "sore spot on my ribs on the right, hurts when I press on it, since I carried boxes at the weekend. breathing fine. ibuprofen?",
    # infant temperature normal after jabs; an 8-month-old
    "My 9-week-old son had his vaccinations this morning, temperature is normal, he's just a bit grizzly. Anything to watch?",
    "baby is 7 months, 38.0 with a runny nose but feeding well and smiley. Calpol and see how she goes?",
    # harm thoughts denied
    "Lost my job last week and I feel awful and can't sleep, but I'm not thinking of harming myself at all. Who can I talk to?",
    "最近工作压力很大，睡不好，心情很差，但我没有想过伤害自己，只是想找人聊聊",
    "失戀之後成日喊，但係冇諗過傷害自己，有冇輔導可以搵？",
    # scald cooled, no blisters
    "Spilt hot tea on my wrist, it's pink and stings, no blisters, I ran it under the cold tap for 20 minutes. What next?",
    "煮面的时候开水溅到手指，红了有点痛，没有起泡，已经冲了冷水十几分钟，接下来怎么办",
    "煲水濺到手背，紅咗少少，冇起泡，沖咗凍水二十分鐘，之後點處理",
]

EMERGENCIES = [
    # allergy with a body-wide sign
    "stung by a wasp on my hand, swollen round the sting, and now my tongue feels thick and my throat is tight",
    "itchy puffy eyes after the cat, breathing fine but my lips are swelling up and I feel dizzy",
    "吃了花生之后起风团，呼吸正常，但是嘴唇越来越肿，喉咙发紧",
    # pregnancy with a warning sign
    "32 weeks, baby moving normally but I have a bad headache and blurry vision and my face is swollen",
    "怀孕30周，胎动正常，但是下面见红了",
    "孕20周，宝宝胎动正常，但是抽搐了一下，叫不醒",
    # gums and a bleed elsewhere
    "my gums bleed when I brush and today I vomited a lot of blood",
    "牙龈出血止不住，一直流，我在吃华法林",
    # chest: signs that keep
    "cold with a tight chest, otherwise fine but now I'm sweating and the pain goes into my left arm",
    "chest hurts when I press it but I'm short of breath and clammy",
    # infant: a fever said
    "my 6 week old had her jabs yesterday and now has a fever of 38.4",
    "baby is 2 months and feels really hot, 38.3",
    # harm: other ideation said
    "I'm not thinking of hurting anyone else but I want to kill myself tonight",
    "我没有想过伤害别人，但我想自杀，药已经准备好了",
    # burns: major signs
    "boiling water over my toddler's chest and arm, cooled it under the tap, no blisters yet but the skin is peeling off in sheets",
    "开水烫到脸，冲了冷水，没有起泡，但是整个脸都红肿了",
    # anaphylaxis / ideation / seizure otherwise
    "my son had a peanut and his face is swelling and he's wheezing",
    "他抽搐了五分钟还没停",
    "I want to end my life and I've got the pills here",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_complaint_is_no_emergency(triage, text):
    assert triage.assess(text).level != EMERGENCY, triage.assess(text).rules


@pytest.mark.parametrize("text", EMERGENCIES)
def test_emergency_stays(triage, text):
    assert triage.assess(text).level == EMERGENCY, triage.assess(text).rules
