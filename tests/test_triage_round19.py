"""Round 19 classes (after blind16, spent), pinned with wordings written here, not copied from any test batch.

The general pictures, fixed as pictures rather than rows:
- A red-flag condition that is what a DOCUMENT, COURSE, ACTIVITY or ARTEFACT is about (an exam station, a training
  slide, a poster, a leaflet, a care-plan page, a book chapter, a game rule, a talk, a first-aid course; 这一站, 单张,
  海报, 讲座, 课, 章, 资料, 卫教) names nobody who has it. The same frame with a sign described now stays an emergency,
  in one message or in a later turn of a conversation.
- Misses: hives over the whole body with a throat closing after a sting; no reason to step back from a drop; saying he
  will end himself with cuts on the wrist; a farewell message with the pills said to be ready; a count of medicine taken
  or gone from the pack; an unlabelled liquid swallowed; hot fat with skin coming off; a gas flash-back with a hoarse
  voice; a child with sunken eyes and no wee.
- Small benign frames: heartburn (火烧的感觉), pain already gone after cold water (就不痛了), 没呕吐 denying the whole
  word, a temperature read as a count (三十七度), fainting at the sight of blood, weeks after a birth, dying 'of
  embarrassment', one doubled dose under the daily maximum with the writer fine, an unopened box to return, confusion
  as a habit after an infection months ago.
"""

import pytest

from medqa.safety.lay_signs import lay_red_flags
from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage

TRIAGE = RedFlagTriage()

# (benign artefact frame, the same frame with someone having it now)
ARTEFACT_PAIRS = [
    ("Nursing student: my practice station next week is anaphylaxis. Which questions should I ask the actor?",
     "Nursing student: my practice station next week is anaphylaxis, but right now my flatmate's lips are swelling after peanuts and he is wheezing."),
    ("I'm putting together a slide on stroke warning signs for the volunteers' induction. Is FAST still the acronym?",
     "I'm putting together a slide on stroke warning signs and my dad's face has just dropped on one side, he can't lift his arm."),
    ("Our library wants a poster about severe bleeding for the first-aid corner; what should the heading be?",
     "Our library wants a poster about severe bleeding. A reader just cut his wrist on the glass door and it is spurting."),
    ("My nephew's care plan has a page on seizures that the school ticked 'does not apply'. Can I bin it?",
     "My nephew's care plan has a page on seizures and he is jerking on the floor now, lips going blue."),
    ("For our tabletop game I need a house rule about heart attack chest pain for the cleric. Just flavour text.",
     "For our tabletop game night my uncle suddenly has crushing chest pain going into his left arm and is grey and sweating."),
    ("社区卫生站想做一份中风的宣传单张，请问哪里可以下载模板？",
     "社区卫生站的单张还没做好，我爸现在突然嘴歪，右手抬不起来，说话不清楚。"),
    ("我们村委会想办个心梗胸痛讲座，能请医院的医生来讲吗？",
     "讲座刚开完，我爸现在胸口压着痛，满头大汗，喘不上气。"),
    ("护理考核抽到“大出血”这一站，要准备哪些问诊要点？",
     "护理考核抽到“大出血”这一站，可我室友现在手腕割破了，血止不住一直在喷。"),
    ("学校图书馆那本急救手册，“中毒”那一章被撕掉了，有没有别的资料推荐？",
     "急救手册找不到了，我家两岁的娃刚喝了一大口漂白水，一直在吐。"),
]

# a conversation: the admin question first, the real case in a later turn
CONVERSATION_CASES = [
    ["Can I park at the clinic on Saturday?",
     "Also I'm building a slide on sepsis for our care home staff.",
     "Actually forget that - my grandad here has a chest infection, he's confused, mottled and breathing really fast now."],
    ["请问体检中心几点开门？", "我们单位要搞个中风的科普讲座。", "等一下，我妈现在突然说话含糊，半边脸歪了，左手没力。"],
]

MISSED_PICTURES = [
    "A wasp stung my ankle ten minutes ago, now my entire body has gone blotchy and my throat feels like it is closing.",
    "I'm standing at the edge of the quarry right now and I can't see any reason to step back.",
    "保安这边，电梯间里一个女生一直说要结束自己，身边有美工刀，手腕上已经割了好几道。",
    "我表哥刚发了告别信息给全家，说安眠药都攒够了，今晚就吞。",
    "I've swallowed 30 of my tramadol about twenty minutes ago and I feel woozy.",
    "My 3-year-old got into the pill box, at least eight of my iron tablets are gone and she's being sick.",
    "我儿子刚刚喝了阳台上没标签的瓶子里的东西，一直在吐，嘴里冒泡。",
    "My husband knocked the deep fat fryer onto his feet, the skin is coming off across half his shin.",
    "厨房燃气回火，师傅的脸和手都起泡了，现在声音沙哑。",
    "我女儿三岁，一整天没喝水也没尿，眼窝凹下去了，软绵绵的。",
]

SMALL_BENIGN = [
    "吃了火锅以后胸口有一点火烧的感觉，喝了杯温水就好了，是胃酸吗？",
    "烤肉时手背碰到烤盘，有点红，冲了冷水就不痛了，要擦药吗？",
    "踢球时头碰到队友，额头起了一个小包，没头晕没呕吐，冷敷后没事了，要拍片吗？",
    "我妈感冒咳嗽，体温三十七度一，吃得睡得，要去看医生吗？",
    "My daughter went pale and fainted at the sight of blood at her blood test, came round straight away, now eating crisps.",
    "A little spotting after my coil check at 10 weeks postpartum, it stopped the same day. Is that normal?",
    "I told my sister I'd die of embarrassment if she showed the baby photos at my wedding. Was that rude?",
    "I took my morning ibuprofen twice by mistake, 4 tablets today, still well under the daily maximum. Feeling fine. Should I leave out the evening one?",
    "上周在药房多拿了一盒药，回家发现家里还有，还没拆封，可以拿回去退吗？",
    "Dad had a chest infection back in May and a fall in April. He gets confused when he's somewhere unfamiliar. Can I stay with him on the ward overnight?",
]


@pytest.mark.parametrize("benign, present", ARTEFACT_PAIRS)
def test_artefact_frame_is_not_an_emergency(benign, present):
    assert TRIAGE.assess(benign).level != EMERGENCY, TRIAGE.assess(benign)


@pytest.mark.parametrize("benign, present", ARTEFACT_PAIRS)
def test_artefact_frame_with_present_case_stays_an_emergency(benign, present):
    assert TRIAGE.assess(present).level == EMERGENCY, TRIAGE.assess(present)


@pytest.mark.parametrize("turns", CONVERSATION_CASES)
def test_conversation_case_after_artefact_turn_fires(turns):
    assert TRIAGE.assess_conversation(turns).level == EMERGENCY
    assert TRIAGE.assess_conversation(turns[:2]).level != EMERGENCY


@pytest.mark.parametrize("text", MISSED_PICTURES)
def test_missed_pictures_are_emergencies(text):
    assert TRIAGE.assess(text).level == EMERGENCY, TRIAGE.assess(text)


@pytest.mark.parametrize("text", SMALL_BENIGN)
def test_small_benign_frames_are_not_emergencies(text):
    assert TRIAGE.assess(text).level != EMERGENCY, TRIAGE.assess(text)


def test_negation_covers_the_whole_sign_word():
    assert lay_red_flags("摔倒撞到头，没呕吐，精神很好") == []
    assert lay_red_flags("摔倒撞到头，一直呕吐") != []


def test_one_doubled_dose_under_the_maximum_raises_nothing():
    text = "I took my morning ibuprofen twice by mistake, 4 tablets today, still well under the daily maximum. Feeling fine. Should I leave out the evening one?"
    assert TRIAGE.assess(text).level == NONE
    # without 'under the maximum' and 'feeling fine' it keeps the pharmacist notice
    assert TRIAGE.assess("I took my morning ibuprofen twice by mistake. Should I skip the evening one?").level != EMERGENCY


@pytest.mark.parametrize("text, level", [
    # (lead) the condition as the artefact noun's modifier, English word order: 'the seizure care plan', 'the X checklist'
    ("I keep the seizure care plan for my son in his school bag, should I laminate it?", "none"),
    ("Our school printed the anaphylaxis checklist twice, which one do I keep?", "none"),
    ("my son is having a seizure right now, where is his seizure care plan?", "emergency"),
    ("my daughter is not breathing properly right now, the asthma care plan says 10 puffs", "emergency"),
])
def test_condition_as_an_artefact_modifier(text, level):
    assert TRIAGE.assess(text).level == level, text
