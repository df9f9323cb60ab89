"""Triage round 35c (conv55, spent): a later turn that EXPLAINS the first one away, with no correction word.

`assess_conversation` reads a conversation whole (J34) unless a later turn explicitly corrects an earlier alarm (T33).
Round 35c (triage.py `_r35c_explanation`, `_r35c_explained_turns`) treats like a correction a NEXT turn that opens by
re-framing the alarm as not real (a dream; a poster, exam question, talk checklist, TV plot, drama line), not now
(re-dated to years ago, childhood, a past year) or not this cause (a benign cause: a lolly, fruit, a nap, running
about) and tells the person well now or asks a practical question. Guards as T33: every later turn calm alone,
nothing again / still / now, no 'but', no fear, worsening or care sought; self-harm only re-dated to years ago with
recovery, never 'not real'. Wordings are this round's own (en, zh-Hans, zh-Hant / Cantonese); one conv55 row per
shape at most. The emergencies that must stay come first.
"""
import pytest

from medqa.safety.triage import RedFlagTriage, _r35c_explanation

T = RedFlagTriage()

STAYS_EMERGENCY = [
    ['my throat is closing up and my face is swollen', 'it was a dream... but now my lips really are tingling and my throat feels tight'],
    ['I had a seizure', "that was last year, now it's happening again, I can feel it starting"],
    ['我爸手臂举不起来，讲话不清楚', "他说是压麻了 but still can't lift the arm"],
    ['my baby went blue and stopped breathing', 'this was when he was a newborn, 6 years ago, and he just did it again right now'],
    ['我老公胸口好痛，出冷汗', '就是刚爬完楼梯，不过现在还在痛，喘不上气'],
    ["my daughter's lips are blue", "it's from the blueberries I think but she's still breathing really fast and floppy"],
    ['my son had a fit on the floor', "it was a tantrum I think? he's now very sleepy and won't wake properly"],
    ['我個仔食完花生成塊面腫晒', '係上個月嘅事，不過而家又腫返，仲透唔到氣'],
    ["my brother says he's going to kill himself tonight", "it's a line from a film he likes, he's fine. what time is visiting?"],
    ['I tried to kill myself', 'that was last week, i am fine now'],
    ['stiff neck, fever and a purple rash on my son', "that's what the poster says so I'm scared, he's getting sleepier, where do I go?"],
    ["she collapsed and isn't breathing", "not me, my neighbour, she's on the floor now"],
    ["my dad's face has dropped on one side", "that's what the stroke poster shows, he's in the chair now. what should we do?"],
    ['我儿子高烧抽筋了', '不是做梦，他现在嘴唇发紫'],
]

CALMED = [
    ["my husband's tongue is swelling up and he can't swallow", "it was a nightmare I had, he's sleeping next to me perfectly fine. can I book him an allergy clinic appointment?"],
    ['我梦见我妈突然倒地抽搐，叫不醒', '是做梦啦，她现在好好的在厨房做饭。想问神经内科怎么挂号'],
    ['我老豆心口好痛，出晒冷汗', '唔係真嘅，係我哋急救課嘅考試題目，想問呢題嘅答案係咪C'],
    ["sudden worst headache of my life and I can't see properly", "haha no that's the list on the stroke poster by the lifts. is the eye clinic on level 2?"],
    ['my wife is 30 weeks pregnant and bleeding heavily', "not her!! that's the plot of the hospital drama we're watching lol. she's absolutely fine. when is the next antenatal class?"],
    ['我女儿全身发紫不会呼吸', '那是她刚出生的时候，都五年前了，现在很健康。想问出生记录怎么调取'],
    ["my mum collapsed and wasn't breathing", "back in 2018, she's been perfectly well ever since. how do I get a copy of her cardiology letter?"],
    ['阿爺中風，半邊身冇力', '係三年前嘅事，而家好返晒，想問復康科點約'],
    ["my son's mouth is all blue", "oh it's the blue ice lolly he had, washed it off and his lips are pink, he's playing happily. sorry!"],
    ['我女兒吐血了！', '是剛吃完火龍果啦，吐出來紅紅的，現在完全正常，在看卡通。想問兒科幾點開門'],
    ["my toddler won't wake up", "it was just a long nap after the party, he's up now and running around normally. does the clinic do flu jabs on saturday?"],
    ['宝宝喘得很厉害', '就是刚跟哥哥追着跑了好几圈，歇了一会儿就好了，现在完全正常。想问儿科体检怎么预约'],
    # self-harm re-dated to years ago with recovery, as one message would read it
    ["I took an overdose and wanted to die", "that was twelve years ago when I was at uni, I'm doing really well now. can my new GP get my old notes?"],
    ["我试过割脉自杀", "那是十年前读书时候的事了，现在已经走出来了，想问心理科复诊怎么预约"],
    # conv55 rows (spent), one per shape
    ["My throat is closing up and my face is swollen!!", "in my dream last night lol, woke up totally fine. Real question: how do I get referred for allergy testing, I'm paranoid about nuts"],
    ["我昏倒了，低血糖", "是我高中上体育课时候的事了，现在挺好的。就想问问糖尿病教育课怎么报名"],
    ["my daughter's lips are blue", "oh it's blueberry juice, she's been eating them straight out of the punnet. wiped it off and they're pink, she's running round the garden. sorry!"],
]


@pytest.mark.parametrize("turns", STAYS_EMERGENCY)
def test_a_later_turn_with_a_sign_fear_or_a_short_redating_stays_emergency(turns):
    assert T.assess(turns[0]).level == "emergency", turns[0]
    assert T.assess_conversation(turns).level == "emergency", turns


@pytest.mark.parametrize("turns", CALMED)
def test_a_next_turn_that_explains_the_alarm_away_calms_it(turns):
    assert T.assess(turns[0]).level == "emergency", turns[0]  # the first turn alone is an alarm
    assert _r35c_explanation(turns[1]) is not None, turns[1]
    assert T.assess_conversation(turns).level == "none", turns


def test_push_back_and_signs_are_no_explanation():
    for text in ["he's fine really", "it's probably nothing", "没事，别担心", "佢話冇事", "sorry wrong chat",
                 "it was a dream... but now my lips really are tingling", "that was last year, now it's happening again",
                 "他说是压麻了 but still can't lift the arm", "that's what the poster says so I'm scared, where do I go?",
                 "是这样的，我妈吃了野菌子，现在在吐", "其实是我现在很想死"]:
        assert _r35c_explanation(text) is None, text


def test_the_explanation_must_follow_the_alarm():
    turns = ["in my dream last night, woke up fine. how do I get an allergy test?", "my throat is closing up and my face is swollen"]
    assert T.assess_conversation(turns).level == "emergency"
