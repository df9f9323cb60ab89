"""Round 27 (after blind25, spent): sign families no rule read and false-alarm families.

Present cases: the meningitis triad in lay words (a bad headache, a neck too stiff to bend or drop the chin, muddled
or 糊涂) with no fever or light said; a burn told by its agent and its look, the word burn unsaid (acid, caustic,
bleach, fireworks or 鞭炮 with skin white and leathery, charred, blackened, blistered, or that cannot be felt); a
blood sugar written in Chinese numerals (血糖二点多, 血糖一點八) with the number ending the phrase; a farewell tucked
into an errand ('will not need my repeat any more') by someone at a drop now; a baby's age told as 'he is N weeks' or
'DS is N weeks' beside a temperature; a blow to the head with a faint (晕过去) or jumbled speech (颠三倒四, 语无伦次).
No case now: an illness placed years or a month back (前几年, 上個月) and said to be over (恢复得挺好, 早好了, 一天就退了);
an allergic 'reaction' to a policy or Mondays; goods seized by customs, 'not that kind of seizure'; 想死 after an exam
taken back as a joke (開玩笑的); a named allergy with the pen carried, nothing eaten or swelling; chest muscles that
ache when pressed; pins and needles from gaming shaken off (甩一甩就好了); a nosebleed stopped with pinching; 'no
blister' after a small burn; 'Hi!' opening a message about a sugar reading.
Every wording here is written for these tests, not taken from the blind sets."""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage(learned_net=False)  # the rules alone must carry these families


PRESENT_CASES = [
    # meningitis triad in lay words
    "my flatmate's head is pounding, he can't bend his neck forward and he's muddled about what day it is",
    "daughter (19) says worst headache ever, her neck is so stiff she can't move it and she seems confused",
    "我儿子头痛得厉害，脖子硬得低不了头，说话也糊涂了",
    "阿妹頭好痛，頸好硬，仲有啲神志不清",
    # a burn by agent and look
    "spilt drain cleaner on my forearm, the skin has gone white and leathery and I can't feel it",
    "a rocket firework went off in his palm, the skin is charred and blistered",
    "家里小孩碰到强碱，手上皮肤发白，没有感觉",
    "放鞭炮炸到手，手指焦黑起泡",
    "爸爸碰到硫酸，腳上一塊發白，沒有知覺",
    # blood sugar in Chinese numerals
    "外公血糖一点八，一直出冷汗，叫不太醒",
    "阿嬤血糖才二點幾，手抖冒冷汗",
    # a farewell tucked into an errand
    "thanks for sorting my appointments. you can cancel them, I won't be needing them any more. I'm up on the multi-storey roof now",
    "以后都不用再帮我配药了，我现在站在桥边",
    # infant age as 'he is N weeks' beside a temperature
    "he is 5 weeks and the thermometer says 38.4, is that bad?",
    "DD is 9 weeks, temp 38.1 under her arm this morning",
    # head blow with a faint or jumbled speech
    "奶奶跌倒撞到头，晕过去了一下，现在语无伦次",
    "爺爺頭撞到櫃角，之後說話顛三倒四",
    "my son was hit in the head with a cricket ball and fainted, now he keeps asking the same thing",
]


NO_CASE_NOW = [
    # the recovered past, Chinese
    "我爷爷几年前中风过，现在恢复得很好，请问医院几点开门？",
    "婆婆去年心梗过，已经好了，想问复诊要带什么",
    "宝宝才八周，上个月打针后发烧了半天，早就好了，请问儿科在几楼",
    "BB 才兩個月，上個星期打完針有點發燒，一天就退了。請問可以帶推車入去嗎？",
    # figures of speech
    "lol my team is having an allergic reaction to the new rota policy. anyway where do I park for the allergy clinic?",
    "the police seized my neighbour's car last night, not that kind of seizure haha. is the pharmacy open late?",
    "期中考考到我想死，開玩笑的，請問學生保健室在哪",
    # a named allergy with the pen carried
    "my son is allergic to peanuts and carries an EpiPen - which clinic does the annual review?",
    "我女儿对花生过敏，随身带着肾上腺素笔，请问过敏科怎么挂号",
    # chest-wall ache on pressing
    "did a heavy bench session yesterday and my chest muscles ache when I push on them, otherwise I feel great",
    # 'she is 8 weeks pregnant' is no infant age
    "she is 8 weeks pregnant and her temperature is 38.1",
    # brief pins and needles shaken off
    "玩游戏玩到左手有点麻，甩一甩就好了",
    # a short nosebleed stopped with first aid
    "had a nosebleed for two minutes, it stopped with pressure, all fine. can I give blood next week?",
]


GUARDS = [
    # still going now: the past marker does not cancel a present sign
    ("我爷爷几年前中风过，今天突然又说话不清楚", EMERGENCY),
    # a named allergy, the pen carried, and swelling now: still an emergency
    ("my son carries an EpiPen for peanuts, he just ate a cookie and his lips are swelling and he's wheezing", EMERGENCY),
    # a drive across the bridge is no farewell
    ("no need to wait, I won't need a lift any more, I'm on the bridge now, see you in 10", NONE),
    # a number in Chinese after the sugar that is not a reading
    ("爸爸血糖一直控制得很好，想问复诊时间", NONE),
    # a small burn with no blister, asked as self-care
    ("grabbed the hot pan handle, little red patch, no blisters. cool water enough?", NONE),
    # a greeting, then a sugar reading in range
    ("Hi! my mum's sugar was 7 after dinner. which floor is the diabetes nurse on?", NONE),
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


def test_multi_turn_recovered_vaccine_fever(triage):
    turns = ["是否需要预约？", "好的", "不急，宝宝才七周，上个月打完疫苗有点低烧，第二天就退了。请问哺乳室在哪？"]
    assert triage.assess_conversation(turns).level != EMERGENCY
