"""Round 10 classes (after blind10), pinned with wordings written here, not copied from any test batch.

The general concept behind each class, written before the code:
- A NAMED condition can be the topic of a frame that is about nobody now: a support group or leaflet about it, a
  course, essay, book or series on it, someone admitted with it who is home and recovering, a check-up after it
  with a parking or visiting-hours ask, someone else's story of it, a plan for if it ever happens ("just planning
  ahead, everyone is well"), "no problems of that kind", or what its name means. Such a message is not an
  emergency. The frame span is masked only when it says nothing about now, and whatever is left of the message
  must raise no flag: a sign described in the present beside the frame still makes an emergency.
- Words that looked like signs: 'stable' is not a stab wound, 'donate blood' is not bleeding, 好很多了 (much better)
  is not an amount taken, 'heavy bleeding' and 'pressure not holding' are not chest pain.
- Signs told in everyday words: 抽 alone for convulsing (a second fit before waking), a drain or pipe chemical
  named before the splash, a hot styling tool with a white blistered palm, 'barely rousable' with an infected wound,
  a toddler lethargic and grey, not remembering when the baby last moved, an inhaler that does nothing at all, not
  expecting to be here next week, 'been cutting again'. A message relayed from home ('just got this text') is now.
"""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage

TRIAGE = RedFlagTriage()

EMERGENCIES = {
    "present_sign_beside_a_topic_frame": [
        "Is there a support group for stroke survivors? Also my dad is grey and sweaty with chest pain right now",
        "Any good leaflets about sepsis? my mum's leg wound is oozing and she is barely rousable",
        "visiting hours please? my brother was admitted with a bleed last week and now he is vomiting blood again",
        "我在看一本关于中风的书，另外我爸现在突然嘴歪了，说话不清楚",
        # the frame ends where a new present state begins; a story told as news now is a report
        "My grandad came home after a heart attack last month and his chest is crushing again, he's clammy",
        "I'm reading up on strokes because my mum's face just drooped and she can't lift her arm",
        "听邻居说我爸在楼下晕倒了，叫不醒",
        "we're babyproofing the kitchen but my toddler just drank some dishwasher liquid",
        # a frame FOR a person is not a topic: 'information for my husband who ...' reports him
        "Where do I park? I need information for my husband, who is in the car with crushing chest pain and sweating",
        "parking? any advice for my dad with crushing chest pain",
        "He had a seizure last week, he is fine, but today he is shaking all over and not responding",
    ],
    "convulsing_told_as_chou": [
        "我妈抽完一阵，还没醒过来又开始抽了",
        "孩子一直在抽，叫不醒，怎么办",
    ],
    "chemical_named_before_the_splash": [
        "我弟被疏通剂溅到脸上，皮肤发白",
        "阿嬤的手臂被通渠水噴到，皮膚脫落了",
    ],
    "hot_tool_deep_burn": [
        "my daughter grabbed the curling tongs and her palm is blistered and white",
    ],
    "sepsis_barely_rousable": [
        "my dad is burning hot and barely rousable, his leg wound is oozing pus",
    ],
    "toddler_lethargic_and_grey": [
        "my 3-year-old is lethargic and grey and hasn't drunk anything today",
    ],
    "fetal_movement_not_remembered": [
        "I'm 36 weeks and can't remember when I last felt the baby kick, not since last night",
    ],
    "suicide_not_here_next_week": [
        "I don't think I will be around by the weekend, I want the pain to stop for good",
        "been cutting again tonight and I can't stop",
    ],
    "inhaler_no_use_relayed": [
        "我妈哮喘发作，喷雾一点用都没有，说不出话",
        "just got a text from my mum: dad is clutching his chest, sweating and grey",
    ],
}

BENIGN = {
    "recovered": [
        "Are there any support groups for people after a heart attack? My uncle is back home and doing well.",
        "My aunt was admitted with sepsis in March and is recovering well - can I bring flowers to the ward?",
        "我舅舅去年因为中风住过院，现在恢复得很好，想问康复科怎么预约？",
        "My wife was treated for anaphylaxis in June and is fine now; how do we get a second EpiPen?",
    ],
    "follow_up_admin": [
        "请问医院几点开门？我妈下周三来做心梗后的复查。",
        "What are the visiting times on ward 7? My sister was admitted with a seizure on Monday and is stable now.",
    ],
    "reading_study_media": [
        "I'm writing an essay on anaphylaxis for my pharmacy course, any good sources?",
        "我在写一篇关于糖尿病低血糖昏迷的报告，有推荐的资料吗？",
        "Is there a parents' guide for that documentary about a teenager who overdoses?",
    ],
    "someone_elses_story": [
        "my neighbour told me about the time her husband had a stroke at the supermarket. do you run CPR classes?",
        "听朋友说她妈妈以前出现过大出血，想问医院有没有急救课程？",
    ],
    "planning_ahead": [
        "If my dad ever has a seizure, do we call an ambulance or drive him? Just planning ahead, everyone is fine.",
        "要是我妈将来出现低血糖昏迷，家里人应该怎么做？以防万一先问问。",
    ],
    "negated_or_definition": [
        "我奶奶目前没有中风方面的问题，一切正常，想问社区体检什么时候",
        "请问心梗和心绞痛有什么区别？",
        "We're babyproofing the flat - which houseplants are the biggest poisoning risk?",
    ],
    "word_bugs": [
        "I've been stable for a year since my last hypo, can I donate blood now?",
        "我以前情绪很差，现在吃药好很多了，想问复诊怎么预约",
        "My son had a febrile convulsion when he was one. He is four now - is he still at risk of another?",
    ],
}


def _cases(groups):
    return [pytest.param(text, id=f"{name}-{i}") for name, texts in groups.items() for i, text in enumerate(texts)]


@pytest.mark.parametrize("text", _cases(EMERGENCIES))
def test_round10_emergencies(text):
    assert TRIAGE.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", _cases(BENIGN))
def test_round10_topic_frames_are_not_emergencies(text):
    assert TRIAGE.assess(text).level == NONE


def test_a_plea_after_an_admin_turn_is_an_emergency():
    turns = ["can I move my counselling session to Friday",
             "actually I don't think I'll still be here next week, I want it all to stop for good"]
    assert TRIAGE.assess_conversation(turns).level == EMERGENCY


def test_heavy_bleeding_with_a_fast_heart_is_not_labelled_chest_pain():
    result = TRIAGE.assess("my mum is bleeding heavily from a leg wound, pressure not holding, heart racing")
    assert result.level == EMERGENCY
    assert "bleeding" in result.categories and "chest_pain" not in result.categories
