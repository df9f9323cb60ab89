"""Round 16 classes (after blind13, spent), pinned with wordings written here, not copied from any test batch.

The general concept, written before the code ("a topic, not a case"):
- A flag that comes only from a condition NAME or NOUN PHRASE that is the OBJECT of a topic word (a talk, course,
  section, leaflet, brochure, camp, podcast, episode, crossword clue, quiz question, article, post, song line,
  lesson, insurance cost ... ON / ABOUT / OF / LINKED TO / COVERING; 讲, 讲座, 主题是, 题问, 关于, 科普, 讲的是, 歌词,
  X的费用) is not an emergency when the message holds no present case.
- A present case is: the object names someone who has it (my X, he, she, 他, 她, 我爸) or says now or tells an acute
  event; or what is left of the message once the objects are masked still raises a flag or says now (a time of day
  alone, 'tonight', 今晚, says when the quiz is, not that anyone is ill).
- Beside it, care already given: 'came into A&E with X yesterday, admitted, on the ward, when can we visit' (and
  因为X送来急诊, 现在已经收住院) is an admission told for a visit, not a case now.

Round 16 also closes lay-sign gaps behind blind13's misses, each pinned here in other words: a reliever used many
times with still no breath, a heart 'gripped' (揸住), not expecting to be here by morning, waiting in the car with a
hose, a hand that won't grip with thick speech, a live wire with a charred mark, a dosette tray found empty, foam in
the mouth, limp like a sack of potatoes, a pregnancy told as '(34 weeks)', insulin then no meal and cold sweat.
"""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage

TRIAGE = RedFlagTriage()

# (topic frame alone, the same frame with a present case)
TOPIC_PAIRS = [
    # a talk or lecture ON X
    ("Our rowing club wants someone from the hospital to give a talk on cardiac arrest and heart attacks. Who organises that?",
     "Our rowing club wants someone to give a talk on heart attacks, but right now my coach has crushing chest pain and is sweating"),
    # a course section ON X
    ("Signing up for the Thursday baby first-aid class. Is there a section on a baby who has stopped breathing?",
     "Signing up for the baby first-aid class, is there a section on it? my baby has stopped breathing right now"),
    # a crossword clue / quiz question LINKED TO X
    ("Sunday crossword, 7 across: a word linked to a stroke, 5 letters. Stuck, any help?",
     "Sunday crossword, a word linked to a stroke, and now my dad's face is drooping and he can't lift his arm"),
    ("Pub quiz question we got wrong: what do you do first for heavy bleeding from a leg wound? Nobody is hurt.",
     "Pub quiz question was about heavy bleeding, and my mate has just cut his leg and it won't stop bleeding, blood everywhere"),
    # a brochure / awareness camp ON X
    ("Please send the brochure for your awareness week on anaphylaxis, our school nurse asked for it.",
     "Please send the brochure on anaphylaxis, my son's throat is swelling and he can't breathe after the peanut"),
    # an old post ABOUT X
    ("I found a blog post I wrote in 2016 about my overdose back then. I've been well for years. Is that advice still current?",
     "I found a blog post I wrote about overdose and I have just taken the whole box of my sleeping pills"),
    # a song line ABOUT X
    ("My daughter heard a song with a line about self-harm and asked me what it means. How do I explain it gently?",
     "My daughter heard a song about self-harm and she is cutting herself right now in the bathroom"),
    # insurance COVERING X
    ("Comparing health insurance policies: would the costs for a seizure ambulance call-out be covered?",
     "Comparing health insurance policies but my husband is having a seizure right now, shaking and not responding"),
    # a history lesson / a TV episode OF X
    ("The latest episode of the hospital soap had a patient with sepsis sorted in one scene. Is that realistic?",
     "The latest episode of the soap had sepsis, and my mum now has a fever, is confused and her skin is mottled"),
    # Chinese: 讲座 主题是, 题问, 科普, X的费用, 播客
    ("我们小区下个月搞健康讲座，主题是心梗，医院能派医生来讲吗？",
     "我们小区下个月搞健康讲座，主题是心梗，可是我爸现在胸口剧痛出冷汗"),
    ("单位知识竞赛有一道题问抽搐怎么急救，大家争起来了，其实没人生病。",
     "单位知识竞赛有一道题问抽搐，结果我同事现在倒地全身抽搐叫不醒"),
    ("在听一个讲大出血的播客，想问医院有没有急救课？",
     "在听一个讲大出血的播客，我老公刚才切到手，血止不住一直喷"),
    ("在比較醫療保險，想問新生兒發燒的急診費用有沒有保？",
     "在比較醫療保險，但我個女出世三個星期，而家發燒39度"),
]


@pytest.mark.parametrize("topic,case", TOPIC_PAIRS)
def test_topic_object_alone_is_not_an_emergency(topic, case):
    assert TRIAGE.assess(topic).level == NONE, topic


@pytest.mark.parametrize("topic,case", TOPIC_PAIRS)
def test_topic_object_with_a_present_case_is_an_emergency(topic, case):
    assert TRIAGE.assess(case).level == EMERGENCY, case


# care already given: admitted yesterday, on the ward, a visiting question
ADMITTED_PAIRS = [
    ("My brother came into your emergency department with a seizure on Sunday night, he's been admitted to the ward. When can we visit?",
     "My brother came into your emergency department with a seizure on Sunday and now he's fitting again at home"),
    ("我姐昨天因为大出血送到你们急诊，现在已经收住院了，请问探视时间？",
     "我姐昨天因为大出血送到你们急诊，现在又大出血了，止不住"),
]


@pytest.mark.parametrize("admitted,case", ADMITTED_PAIRS)
def test_already_admitted_visit_is_not_an_emergency(admitted, case):
    assert TRIAGE.assess(admitted).level == NONE, admitted
    assert TRIAGE.assess(case).level == EMERGENCY, case


# the general pictures behind blind13's misses, in other words
LAY_SIGN_CASES = [
    "我阿爸噴咗七八次藍色噴劑都仲係喘唔到氣，點算？",
    "He's used his reliever inhaler ten times and still can't breathe properly",
    "我老豆話個心好似俾人揸住，出晒冷汗",
    "I've sorted out my affairs. I won't be around by the morning, I just wanted to tell someone.",
    "Sat in the car in the woods with a hosepipe, I can't do this anymore",
    "The lady I care for suddenly can't grip with her right hand and her speech has gone thick",
    "My son grabbed a live cable on the building site, there's a charred mark on his palm",
    "Just found my dad's dosette tray empty, it was full yesterday, and he's drowsy and being sick",
    "My brother collapsed with foam around his mouth and he's jerking",
    "My 3 year old has had a fever all day and now she's like a sack of potatoes",
    "My wife (34 weeks) has sudden bleeding and bad pain",
    "阿嬤打完針冇食嘢，而家出冷汗叫都唔醒",
    "我老公做完手術出院兩日，發燒一直發抖，血壓好低",
]


@pytest.mark.parametrize("text", LAY_SIGN_CASES)
def test_round16_lay_signs_are_emergencies(text):
    assert TRIAGE.assess(text).level == EMERGENCY, text
