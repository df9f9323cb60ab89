"""Round 14 classes (after blind12, spent), pinned with wordings written here, not copied from any test batch.

The general concept, written before the code:
- The writer is doing something ABOUT a condition, not having it: writing fiction, revising or doing homework,
  applying or interviewing for a job, asking for a translation of a phrase, running for charity or in memory of
  someone, telling a dream. The activity names the span that holds the condition (the story sentence, what the exam
  or interview asks, the quoted phrase, the memorial, the dream) and the message carries the activity's cue.
- The span is kept when it says now or tells an acute event; what is left of the message must raise no flag and say
  nothing of now, so the same condition in a present person beside the frame is still an emergency.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage

TRIAGE = RedFlagTriage()

# (frame alone, the same frame with a present emergency in it)
ACTIVITY_PAIRS = [
    # fiction: a story, a play, a screenplay
    ("I'm drafting a screenplay where the aunt has a heart attack at the airport. What would the gate staff do first?",
     "I'm drafting a screenplay but my aunt is having a heart attack right now, crushing chest pain, sweating"),
    ("For my comic, the hero's little brother has a seizure in class. Would the teacher roll him on his side?",
     "Writing my comic when my little brother started having a seizure right now, he won't stop shaking"),
    ("我在写剧本，有一场戏是外公中风倒在菜市场，路人会先注意到什么？",
     "我在写剧本，可是我外公现在突然中风了，嘴歪了说不出话"),
    ("我在寫劇本，有一場戲是外公中風倒在菜市場，路人會先注意到甚麼？",
     "我在寫劇本，可是我外公現在突然中風了，嘴歪了說不出話"),
    # revising, homework, a course
    ("Studying for my paramedic exam next week: quick overview of anaphylaxis please?",
     "Studying for my exam and my flatmate is having anaphylaxis right now after peanuts, her throat is closing"),
    ("复习考试：脑膜炎的典型表现是哪几个？", "复习考试的时候我儿子突然脖子僵硬高烧，身上起了压不退的紫斑"),
    ("複習考試：腦膜炎的典型表現是哪幾個？", "複習考試的時候我兒子突然脖子僵硬高燒，身上起了壓不退的紫斑"),
    # a job application or interview
    ("Got an interview for a care assistant job, might they ask what I'd do about a diabetic hypo?",
     "Got an interview for a care job today but my dad is having a diabetic hypo right now, he's confused and sweaty and won't wake properly"),
    ("明天去面试保安，会考到遇到心脏骤停怎么处理吗？", "明天去面试，但我爸现在突然心脏骤停倒地了，没有呼吸"),
    ("明天去面試保安，會考到遇到心臟驟停怎麼處理嗎？", "明天去面試，但我爸現在突然心臟驟停倒地了，沒有呼吸"),
    # a phrase to translate
    ("Could you translate 'signs of a stroke' into Polish for the poster at my gym?",
     "Could you translate 'stroke' into Polish? my neighbour is having a stroke right now, face drooping"),
    ("帮我把“过敏性休克怎么办”翻译成英文，贴在学校饭堂", "帮我翻译成英文给救护员：我儿子现在过敏性休克，喉咙肿了喘不上气"),
    ("幫我把「過敏性休克怎麼辦」翻譯成英文，貼在學校飯堂", "幫我翻譯成英文給救護員：我兒子現在過敏性休克，喉嚨腫了喘不上氣"),
    # a charity event, a memorial
    ("We're holding a bake sale in memory of my cousin who died of sepsis. Can the proceeds go to the hospital charity?",
     "We're holding a bake sale for charity and my cousin is collapsing right now, she has sepsis, cold and blotchy"),
    ("为了纪念因中风去世的爷爷，我们想办义卖，收益能捐给卒中中心吗？", "在办慈善义卖，我奶奶现在突然中风了，半边身体动不了"),
    ("為了紀念因中風去世的爺爺，我們想辦義賣，收益能捐給卒中中心嗎？", "在辦慈善義賣，我奶奶現在突然中風了，半邊身體動不了"),
    # a dream
    ("Had a nightmare that my baby stopped breathing, she's sleeping fine in her cot, just shaken up",
     "Had a nightmare and woke up, now my baby has stopped breathing and she's blue"),
    ("昨晚梦见自己心脏病发作，醒来一切都好，是不是压力大？", "昨晚做梦醒来，现在胸口剧痛压着喘不过气，出冷汗"),
    ("昨晚夢見自己心臟病發作，醒來一切都好，是不是壓力大？", "昨晚做夢醒來，現在胸口劇痛壓著喘不過氣，出冷汗"),
]


@pytest.mark.parametrize("benign,present", ACTIVITY_PAIRS)
def test_round14_activity_frame_is_not_an_emergency(benign, present):
    assert TRIAGE.assess(benign).level != EMERGENCY


@pytest.mark.parametrize("benign,present", ACTIVITY_PAIRS)
def test_round14_present_emergency_beside_the_activity_stays(benign, present):
    assert TRIAGE.assess(present).level == EMERGENCY


@pytest.mark.parametrize("text", [
    # a quoted report to translate for the crew is someone here, not a heading
    "please translate 'my husband is having a heart attack' into Spanish, the ambulance crew don't speak English",
    # the activity is no frame when the event happens during it
    "I was writing my essay and suddenly my son collapsed and isn't breathing",
    "I'm revising for my exam and I think I'm having a heart attack, crushing chest pain going to my arm",
    "my interview is tomorrow but I just took 30 paracetamol",
    "at the charity run my friend collapsed, he is not breathing",
    "I dreamt I was fine but I woke up and can't move my left arm and my face is drooping",
    "translate this for the doctor: my baby is not breathing and blue",
    "写小说写到一半，我老公突然胸口剧痛，出冷汗",
    "寫小說寫到一半，我老公突然胸口劇痛，出冷汗",
    "we are doing a charity walk for stroke, my dad is slurring his words and his face dropped",
])
def test_round14_activity_words_that_are_no_frame(text):
    assert TRIAGE.assess(text).level == EMERGENCY


# Someone who came in or was brought in with a condition and is stable now, asked about visiting or parking.
ADMITTED_PAIRS = [
    ("My brother was brought in with a bad asthma attack on Saturday, he's stable now. Which car park is nearest ward 9?",
     "My brother was brought in with a bad asthma attack on Saturday and now he's struggling to breathe again, lips blue"),
    ("我哥星期六因为哮喘发作被送进来，现在已经稳定了，探视时间是几点？",
     "我哥星期六因为哮喘发作被送进来，现在又喘不上气，嘴唇发紫"),
    ("我哥星期六因為哮喘發作被送進來，現在已經穩定了，探視時間是幾點？",
     "我哥星期六因為哮喘發作被送進來，現在又喘不上氣，嘴唇發紫"),
]


@pytest.mark.parametrize("benign,present", ADMITTED_PAIRS)
def test_round14_came_in_and_stable_is_not_an_emergency(benign, present):
    assert TRIAGE.assess(benign).level != EMERGENCY
    assert TRIAGE.assess(present).level == EMERGENCY


# A form's question answered as paperwork with 'tick it or not' (要唔要剔, 要不要勾), a comma after the form word.
FORM_PAIRS = [
    ("The travel insurance form asks whether I've ever had a seizure. Once, in 2015. Which box do I tick?",
     "The travel insurance form asks whether I've ever had a seizure, and my son is fitting right now, he won't stop"),
    ("填保险表，问我有没有中过风，五年前有过一次，要不要勾？", "填保险表，问我有没有胸痛，有，现在胸口压着痛，一直出冷汗"),
    ("填保險表，問我有冇中過風，五年前有過一次，要唔要剔？", "填保險表，問我有冇胸痛，有，而家胸口壓住痛，一直出冷汗"),
]


@pytest.mark.parametrize("benign,present", FORM_PAIRS)
def test_round14_form_question_answered_as_paperwork(benign, present):
    assert TRIAGE.assess(benign).level != EMERGENCY
    assert TRIAGE.assess(present).level == EMERGENCY


# A chore done 'till I want to die', said with a joke marker, is the chore's weight; real intent beside it stays.
@pytest.mark.parametrize("benign,present", [
    ("排队排得要死哈哈，药房几点关门？", "排队排得要死哈哈，不过说真的我想自杀，药都攒好了"),
    ("開會開到想死，哈哈，飯堂幾點關門？", "開會開到想死，哈哈，不過講真我想自殺，藥都儲好了"),
    ("so much overtime I could die lol, what time does the canteen close?",
     "so much overtime I could die lol, but honestly I want to kill myself, I've saved up my pills"),
])
def test_round14_chore_hyperbole(benign, present):
    assert TRIAGE.assess(benign).level != EMERGENCY
    assert TRIAGE.assess(present).level == EMERGENCY


# A sign already over: a twinge on a sneeze or cough that is gone, an episode dated by the age it happened at with
# nothing since, a fever after the jabs on an earlier day and gone. Severe wording or a sign now keeps it.
OVER_PAIRS = [
    ("had a sharp pain in my chest when I coughed earlier, gone now, is that ok?",
     "had a sharp pain in my chest when I coughed and now it's crushing and going down my arm"),
    ("打喷嚏的时候胸口刺了一下，马上就好了，没事吧？", "打喷嚏的时候胸口刺了一下，现在胸口压着痛，出冷汗"),
    ("打噴嚏的時候胸口刺了一下，馬上就好了，沒事吧？", "打噴嚏的時候胸口刺了一下，現在胸口壓著痛，出冷汗"),
    ("我小时候抽搐过一次，之后再没有，应该没事吧？", "我小时候抽搐过一次，之后再没有，但是我儿子现在在抽搐"),
    ("我小時候抽搐過一次，之後再沒有，應該沒事吧？", "我小時候抽搐過一次，之後再沒有，但是我兒子現在在抽搐"),
    ("My 8 week old had a temperature after her 8 week jabs two days ago, gone now, is that normal?",
     "My 7 week old has had a fever since her jabs yesterday, she's still hot and floppy"),
]


@pytest.mark.parametrize("benign,present", OVER_PAIRS)
def test_round14_sign_already_over(benign, present):
    assert TRIAGE.assess(benign).level != EMERGENCY
    assert TRIAGE.assess(present).level == EMERGENCY


def test_round14_severe_twinge_gone_stays():
    # a crushing pain that has passed is still an emergency, whatever it was blamed on
    assert TRIAGE.assess("had a crushing pain in my chest when I coughed earlier, gone now, is that ok?").level == EMERGENCY


# Handing in a diary or chart of a managed condition (post it, drop it at reception) is paperwork.
@pytest.mark.parametrize("benign,present", [
    ("The asthma nurse gave us a peak flow chart, can I post it back or drop it at reception?",
     "The asthma nurse gave us a peak flow chart, can I post it back? he can't breathe right now and his lips are blue"),
    ("哮喘护士给了我们一本哮喘日记，可以交到前台吗？", "哮喘护士给了我们一本日记，但他现在喘不上气，嘴唇发紫"),
    ("哮喘護士給了我們一本哮喘日記，可以交到前台嗎？", "哮喘護士給了我們一本日記，但他現在喘不上氣，嘴唇發紫"),
])
def test_round14_managed_condition_paperwork(benign, present):
    assert TRIAGE.assess(benign).level != EMERGENCY
    assert TRIAGE.assess(present).level == EMERGENCY


# A student's question that names nobody (studying nursing, I want to ask what to write in X's record).
@pytest.mark.parametrize("benign,present", [
    ("I'm doing my nursing degree, wanted to ask what goes in a stroke patient's handover notes?",
     "I'm doing my nursing degree but my mum is having a stroke right now, her face has dropped"),
    ("我读紧护理，想问中风病人嘅记录要写咩", "我读紧护理，想问下我阿妈而家突然中风，嘴歪咗，点算"),
    ("我讀緊護理，想問中風病人嘅紀錄要寫咩", "我讀緊護理，想問下我阿媽而家突然中風，嘴歪咗，點算"),
])
def test_round14_student_question(benign, present):
    assert TRIAGE.assess(benign).level != EMERGENCY
    assert TRIAGE.assess(present).level == EMERGENCY
