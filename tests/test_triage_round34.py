"""Triage round 34 (TR34, after blind34, spent): the families blind34 missed.

Missed emergencies, by family:
- someone at a drop now (a bridge, a flyover, a roof, a ledge, the platform edge), told by anyone (the writer, family,
  a worker), saying they have had enough or can not go on (受够了, 撑不下去, 顶唔顺); a hold-up on the road told
  beside the bridge ('stuck on the bridge in traffic, had enough of it') stays quiet;
- a farewell message sent and location sharing turned off (告别讯息 + 定位关掉, 'sent a goodbye text and switched off
  her location'); location turned off alone (privacy, a retirement) stays quiet;
- choking now with a high-pitched or whistling sound on the breath in (stridor: 噎到 + 吸气有尖尖的声音);
- a fit told briefly after a fall (跌倒后抽了一次, 'fitted once after he fell') and confused now; 抽 as blood taken is
  no fit;
- the waters broken and green or brown (meconium), or broken before 37 weeks (preterm rupture);
- mottled or blotchy purple skin (皮肤花花紫紫) and very sleepy (一直昏睡, 'keeps dozing off'): sepsis; mottling
  after a bath or a bruise stays quiet;
- a child vomiting for long (吐了一天, 'sick since this morning') and now very sleepy (昏昏欲睡); travel sickness
  stays quiet.
False alarm, by family: a septic tank or sewage system named ('the septic tank needs emptying'), read as sepsis; a
septic person stays an emergency. Other false alarms were left to the everyday round (EV8).
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = [
    # at a drop, had enough
    "my brother is stood on the flyover saying he has had enough, what do I do",
    "a customer is sitting on the platform edge saying she can not take it anymore",
    "我老公站在天桥上，说他受够了",
    "佢企喺天台邊，話頂唔順",
    "阿姨坐在頂樓欄杆上面，說她撐不下去了",
    "我爸爸站在天桥上，说他受够了",
    "爸爸企喺天橋上面，話受夠了",
    "my brother is at the edge of the platform saying he can not go on",
    # a farewell and location off
    "my flatmate sent a goodbye text and switched off her location",
    "表妹发了告别的信息，然后把定位关了",
    "朋友傳咗道別訊息，仲關咗位置共享",
    # choking with stridor
    "he choked on a grape and now there is a high-pitched noise when he breathes in",
    "孙子吃花生噎住了，吸气的时候有哨子一样的声音",
    "阿嫲食湯圓哽親，吸氣有啲尖聲",
    "我朋友被魚骨頭噎到，吸氣有尖尖的聲音",
    "同屋被饼干噎到，吸气有嘶嘶的声音",
    # a fit after a fall, confused now
    "grandad fell in the garden, fitted once and now he is confused",
    "奶奶摔倒以后抽搐了一下，现在糊里糊涂的",
    "阿公跌親之後抽咗幾下，而家好混亂",
    "外公喺廁所跌低之後抽咗一次，而家好混亂",
    # waters broken, green or preterm
    "my waters have gone and they look green",
    "33周，刚才破水了",
    "我老婆羊水破咗，啲水係啡色",
    "工友群里有人说他老婆32周破水了，我们该怎么办",
    "我女朋友破水了，水是绿色的，我在地铁上",
    # mottled and very sleepy
    "mum's legs have gone blotchy purple and she keeps dozing off",
    "外婆手脚紫一块白一块，一直昏睡",
    "阿爺皮膚花花紫紫，成日瞓，叫都叫唔醒",
    # a child vomiting long, now very sleepy
    "my son has been sick since this morning and is now really drowsy",
    "儿子吐了一整天，现在昏昏沉沉的",
    "個女嘔咗成日，而家好似叫唔醒",
    "個仔吐咗一日，而家昏昏欲睡",
    # the septic-tank guard keeps a septic person an emergency
    "the nurse said my dad might be septic, he is shaking and very confused",
]

NOT_EMERGENCIES = [
    # a hold-up on the road beside the bridge
    "stuck on the bridge in traffic, had enough of this commute, is the clinic open late",
    # an ordinary leaving
    "my sister switched off her location sharing because her ex kept checking it, how do I do that too",
    "同事退休了，手机定位也关了，想问体检几点",
    # 抽 as blood taken after a fall
    "爸爸上周摔倒了，今天去抽了一次血，报告什么时候出",
    # mottling with a plain cause
    "her legs look mottled after the bath and she is very sleepy at bedtime, is that normal",
    # a septic tank (drains, not an infection)
    "we need someone to sort the septic tank at the cottage",
    "the septic tank at the caravan site is blocked again",
    # travel sickness
    "my daughter was car sick for hours on the drive down and is now very sleepy, should I give water",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_tr34_emergencies(triage, text):
    assert triage.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_tr34_not_emergencies(triage, text):
    assert triage.assess(text).level != EMERGENCY
