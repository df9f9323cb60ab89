"""Round 26 (after blind23, spent): sign families no rule read and false-alarm families.

Present cases: chest pain told as a band or belt round the ribs, or given a benign label (heartburn, 胃痛) while it
spreads to the back, shoulder or arm with sweat pouring; a breath that runs out mid-sentence; an oxygen reading under
92 on a watch or finger meter; the skin sucked in between the ribs; towels soaked through one after another and still
flowing; someone locked in with a farewell said and a blade or pills in hand; a car left running in a garage with
someone confused or with a headache; a seizure that has not stopped after the rescue medicine; an early pregnancy told
in weeks beside ectopic signs; kicks slowed to nothing late in pregnancy; a helmetless fall with clear fluid from the
nose or an ear; a meter reading HI with the DKA signs; a case told by a volunteer group or a club the writer runs.
No case now: a burn that nearly happened; a rope, carpet or ice 'burn', a rub 'like a burn' (像烧伤一样); 'suicide
doors', 'career suicide'; frustration told as banging the head on a wall or 想撞墙; 咸得想跳楼 said with a laugh; a
second dose nearly taken and caught; 'hot property'; a floppy disk; a screen that 'fits', a mask fitting; clothes too
tight to breathe in; a pet landing on the chest or anger in the chest, said to be no illness.
Every wording here is written for these tests, not taken from the blind sets."""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage(learned_net=False)  # the rules alone must carry these families


PRESENT_CASES = [
    # chest: a band simile round the ribs, a labelled pain that has spread with sweat
    "my husband says it feels like a strap tightened around his rib cage and he has gone clammy",
    "Mum insists it's only indigestion but it has moved into her left arm and jaw and she's sweating buckets",
    "我爸说胸口像被绳子勒住一样，脸色发白",
    "老公说只是胃酸，但是痛已经蔓延到左手，出了一身冷汗",
    "阿爸話係胃氣，但係痛到扯落膊頭，仲成身冷汗",
    # breathing: mid-sentence, a low reading, recession
    "my son has to pause between words to catch his breath, he is 7",
    "Grandma's finger monitor reads sats of 88, should we wait for the GP to ring back?",
    "外婆说话说到一半就要停下来喘气",
    "阿嫲隻手錶顯示血氧得返85",
    "the skin under my toddler's ribs keeps sucking in between the ribs every time she breathes",
    # bleeding: towels soaked one after another and still flowing
    "Grandad is on blood thinners, we've soaked through five dressings on his shin and it's still dripping",
    "切到手，已经湿透了三条毛巾，血还在流",
    # suicide: locked in with a farewell and the means
    "my sister has shut herself in the loo, keeps saying sorry for everything, and she's got the razors",
    "女儿把自己反锁在洗手间，发了条信息说对不起再见，手上拿着刀片",
    # carbon monoxide: a car left running in an enclosed space
    "my uncle was inside the shed with the van engine running for an hour, now he's dizzy and being sick",
    "老公喺車房入面，架車一直冇熄火，而家好頭痛",
    # seizure past its rescue medicine
    "her fit still hasn't stopped, and we gave the buccal midazolam ten minutes ago and it has not worked",
    "仔仔抽筋停唔到，俾咗急救藥都冇用",
    # early weeks with ectopic signs; kicks slowed to nothing late on
    "I'm roughly 6 weeks and have pain in the tip of my shoulder and a sharp stab low on the left",
    "our lodger is 31 weeks and the kicks have tailed off to almost nothing",
    # a helmetless fall, clear fluid from the nose or an ear
    "he came off his scooter, not wearing a helmet, and there's clear liquid dripping from his ear",
    "佢踩單車跌親，冇戴頭盔，而家鼻流清水出嚟",
    # DKA with the meter reading HI
    "her meter reading says HI, her breath smells of pear drops and she keeps breathing really deep",
]

NO_CASE_NOW = [
    # a burn that nearly happened
    "The kettle in the day room spits so much I almost scalded my wrist, can estates fix it? My dad is on that ward",
    "病房的暖气片太烫，差点烫到手，哈哈，可以调低一点吗",
    # rope, carpet, ice 'burns'; a rub like a burn
    "carpet burn on my elbow from wrestling with the kids, pink and a bit sore, skin's intact. Plaster?",
    "骑车骑到大腿内侧磨得好红，像烫伤一样，其实只是擦破皮，要涂什么",
    # 'suicide doors', 'career suicide'
    "Wearing jeans to the interview would be career suicide, right? Anyway what's the dress code for the volunteer day?",
    "Do the old minibuses at the day centre have suicide doors? Asking for the transport leaflet",
    # frustration as head-banging or 想撞墙; 咸得想跳楼 with a laugh
    "I'm banging my head against the wall with this booking portal, can I book by phone instead?",
    "预约系统卡到我想撞墙，可以电话预约吗",
    "個App慢到我想撞牆，有冇電話可以打",
    "女儿说我煲的汤咸得她想跳楼，哈哈，其实她好好的。营养科有低盐食谱吗",
    # a second dose nearly taken and caught
    "My wife nearly took her evening pill twice but I spotted it before she swallowed it. Is a dosette box worth it?",
    # 'hot property', a floppy disk, a screen that 'fits', a mask fitting
    "our 5 week old is hot property with the grandparents, everyone wants a cuddle! what are the visiting times?",
    "Found a floppy disk with my son's baby scan on it, can the hospital read old disks?",
    "手机屏幕一抽一抽的，不是羊癫疯吧哈哈，想问下门诊几点开",
    "Wetsuit fitting for my son (9) at the surf school today, he got cold and shivery then was fine. Any advice?",
    # clothes too tight to breathe in
    "Could barely breathe in that bridesmaid dress all day, lol. Where do I pay for parking at the maternity unit?",
    # a pet on the chest, anger in the chest, said to be no illness
    "The dog landed on my chest at 6am, that's the only drama here. Which entrance is nearest to the eye clinic?",
    "被老板气得胸口疼，哈哈，不是病。体检中心几点开门",
]

GUARDS = [
    # a real burn told beside a near miss stays
    ("I nearly burnt my hand on the pan, and my son grabbed it and his palm is blistered all over and white", EMERGENCY),
    # a real suicide word beside 'career suicide' stays
    ("It would be career suicide to tell work, but I have the pills ready and I'm going to do it tonight", EMERGENCY),
    # a real chest pain told after a joke word stays
    ("not ill, haha, but my chest is crushing and it's going down my left arm and I'm sweating", EMERGENCY),
    # a clear nose after a cold is not a skull fracture
    ("my toddler has a clear runny nose since Tuesday, no fall, no fever, is Calpol ok?", NONE),
    # a normal oxygen reading beside a pulse of 86 is not a low reading
    ("my watch showed oxygen 97 and a heart rate of 86 after my run, is that normal?", NONE),
]


@pytest.mark.parametrize("text", PRESENT_CASES)
def test_present_case_is_an_emergency(triage, text):
    assert triage.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", NO_CASE_NOW)
def test_no_case_now_is_no_emergency(triage, text):
    assert triage.assess(text).level != EMERGENCY


@pytest.mark.parametrize("text,level", GUARDS)
def test_guards(triage, text, level):
    assert triage.assess(text).level == level


def test_case_in_a_group_the_writer_runs(triage):
    assert triage.assess("I teach a Sunday drama class for under-6s - a boy (4) has gone limp on the mat and is not "
                         "answering me, he is burning hot").level == EMERGENCY
    assert triage.assess("one of our volunteers has had a fit that still has not stopped after her rescue "
                         "medicine").level == EMERGENCY


def test_multi_turn_locked_in(triage):
    turns = ["where is the pharmacy?", "thanks. also my flatmate has locked the bathroom door, said sorry for "
             "everything, and has the blades"]
    assert triage.assess_conversation(turns).level == EMERGENCY
