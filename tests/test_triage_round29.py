"""Triage round 29 (TR29, after blind29, spent): the families blind29 missed and the ones it raised falsely.

Missed emergencies, by family:
- a sign told of someone in a shop's fitting room ('a shopper in the fitting room ...', '... fitting room's baby'):
  the trade-'fitting' veto of TR28 blanked the whole clause; now only the words 'fitting room' are masked;
- a sign told of a troupe's own actor or dancer (剧团的演员, 舞团嘅舞者, 'one of our actors'): the actor was read as
  a film's character;
- an early pregnancy dated by a test told as last week's, with one-sided pain and faintness;
- a young infant's age told beside a grandchild, nephew or niece ('my niece is 6 wks', 'granddaughter is 8 weeks');
- a first-ever seizure, over, with the person still confused or unable to say their name (第一次抽筋 ... 还迷迷糊糊);
- a farewell told as the last stream, post or message beside a bridge or a roof.
False alarms, by family: a product or item named after a condition ("a cake called 'Heart Attack'", 叫「中风套餐」);
a group or clinic named by the condition ('the stroke survivors club', 中风病友会, 烧伤科换药); a role played
('playing a heart attack patient', 排一场演心脏病人的戏); a made-up story ('designing a level where the knight drinks
a poison potion'); a death wish said as a joke about a chore ('inventory makes me want to die lol', 开会开到想跳楼，讲笑);
suicidal thoughts years back, treated and well now (多年前有过轻生念头，已经治好了); one extra vitamin told in
Cantonese order (食多咗次维他命); a breath held while singing; 'not pregnant' said outright beside spotting; a mild hypo
treated and over ('sorted with juice, now fine', 吃了糖好过来). Each false-alarm family keeps a real sign beside it an
emergency (the guards below).
"""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = [
    # a sign told of someone in a shop's fitting room
    "A shopper in our fitting room is 6 weeks pregnant, has sharp pain on one side and feels like she will faint",
    "one lady in the fitting room hit her head on the mirror, she takes warfarin and is now confused",
    "A mum in the fitting room's little boy is floppy and we can not wake him properly",
    # a troupe's own actor or dancer
    "我们剧团的演员个宝宝才六个星期，烧到38.7度，一直睡",
    "舞团嘅舞者跌落台撞到头，晕咗一阵，而家不停呕",
    "one of our actors is standing on the theatre roof edge saying he is going to jump",
    # an early pregnancy dated by last week's test
    "Got a positive test last week and now I have bad pain on one side and feel faint",
    # a young infant's age beside a grandchild, nephew or niece
    "my niece is 6 wks and her temp is 38.4, she is very sleepy",
    "granddaughter is 8 weeks, 38.3 under the arm and not feeding well",
    # a first-ever seizure, still confused
    "My brother has never had a seizure before, he just had one in the gym, it stopped but he is still confused",
    "my mum had her first seizure ever an hour ago, it stopped but she can not tell me her name",
    "我老公第一次抽筋，停了但是还迷迷糊糊的",
    # a farewell as the last stream or post
    "someone in my live chat said he is on the bridge and this is his last post",
    "我同事发信息说他在天台上，这是他最后一条信息",
]

NOT_EMERGENCIES = [
    # a product or item named after a condition
    "Our cafe sells a cake called 'Heart Attack' because it is so rich, lol. Is that tasteless near a hospital?",
    "Our new burger is named “Cardiac Arrest” - my boss loves it, is it offensive?",
    "我们奶茶店新品叫「中风套餐」，老板觉得好玩，会不会不合适",
    # a group or clinic named by the condition
    "My uncle goes to the stroke survivors club on Mondays, which room is it in?",
    "我爸每周去中风病友会，想问活动室在几楼",
    "想问烧伤科换药几点开始",
    # a role played
    "I am playing a heart attack patient in a school play, what does it look like so I can act it properly?",
    "我同学在排一场演心脏病人的戏，想了解一下",
    "我朋友排紧一场做中风病人嘅戏，想知多啲",
    # a made-up story
    "I am designing a level where the knight drinks a poison potion, is that too dark for kids?",
    "my daughter is writing a story where the villain has a poisoned dagger",
    # a death wish said as a joke about a chore
    "inventory week makes me want to die lol. what time does the pharmacy shut?",
    "my flatmate joked that her tax return makes her want to die, she is fine really",
    "开会开到想跳楼，开玩笑的，请问心理科几点开门",
    "今日执屋执到想死，讲笑啫。想问下门诊几点开",
    # suicidal thoughts years back, treated and well now
    "我表哥多年前有过轻生念头，已经治好了，现在在开饭店，想问心理科还有没有那个医生",
    # one extra vitamin told in Cantonese order
    "我阿爸唔小心食多咗次维他命，冇唔舒服",
    "琴日唔记得自己食咗鱼油，再食多次，一啲事都冇",
    # a breath held while singing
    "我练歌的时候唱歌憋气太久有点头晕，坐一会就好了",
    "I feel a bit light-headed holding my breath while singing long notes, fine once I sit",
    # 'not pregnant' beside spotting
    "bit of spotting after my coil check today, definitely not pregnant, no pain at all",
]

# urgent-level look-alikes that should now be quiet altogether
NOT_URGENT = [
    "My colleague had a mild hypo this morning, sorted with juice, now fine. Thanks",
    "我婆婆低血糖了一下，吃了糖好过来，谢谢",
    "our waiter got out of breath running up the stairs, fine after a minute",
]

GUARDS = [
    # a real sign beside the look-alike stays an emergency
    "We sell a drink called 'Chest Pains' and now a customer has crushing chest pain spreading to his arm",
    "My dad goes to the stroke survivors club and today his face is drooping and his speech is slurred",
    "I am playing a patient in a play but right now I have crushing chest pain and am sweating",
    "my son is designing a game level and has just swallowed 30 paracetamol",
    "work makes me want to die lol but honestly I have the pills ready tonight",
    "开会开到想跳楼，不是开玩笑，我已经站在天台上了",
    "我表哥多年前有过轻生念头，已经治好了，但这几天又说想死，还买了炭",
    "I had a mild hypo, had juice, but she is now confused and can not swallow",
    "A shopper in the fitting room is fitting, shaking all over for five minutes",
    "not sure if I'm pregnant, bleeding heavily and cramping",
    "I am not pregnant any more, had the baby 5 days ago and now bleeding heavily with big clots",
    "I don't know if I am pregnant, my period is late and I am bleeding heavily with bad cramps",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_missed_family_is_an_emergency(triage, text):
    assert triage.assess(text).level == EMERGENCY, text


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_look_alike_is_no_emergency(triage, text):
    assert triage.assess(text).level != EMERGENCY, text


@pytest.mark.parametrize("text", NOT_URGENT)
def test_treated_or_passing_is_not_urgent(triage, text):
    assert triage.assess(text).level == NONE, text


@pytest.mark.parametrize("text", GUARDS)
def test_real_sign_beside_the_look_alike_stays(triage, text):
    assert triage.assess(text).level == EMERGENCY, text
