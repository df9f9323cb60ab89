"""Round 23 of the gate (issue #12): more closed kinds and typed values a question names that a passage on its topic
must name to answer it (a card brand, a courier, a device, an electric wheelchair, baby changing, a cash machine, an
invoice title; a phone number, a bus number, a distance).

Wordings written for these tests, not the reviewer sets'.
"""

import pytest

from medqa import verification as V


def _kb_passage(pid: str):
    from medqa.knowledge_base import load_knowledge_base

    return next(p for p in load_knowledge_base() if p.id == pid)


@pytest.mark.parametrize("question, pid, language", [
    ("Can I settle my bill with an Amex card?", "kb-en-records_billing-009", "en"),
    ("Will the pharmacy post my repeat tablets by DHL?", "kb-en-medications-002", "en"),
    ("Is there a socket for my laptop in the clinic waiting area?", "kb-en-appointments-012", "en"),
    ("Where can I recharge my powered wheelchair during a long clinic day?", "kb-en-appointments-012", "en"),
    ("Are there nappy changing facilities near the children's ward?", "kb-en-visiting-009", "en"),
    ("Tell me the switchboard number please, I want to ring about my booking.", "kb-en-appointments-001", "en"),
    ("What bus should I catch from the town centre to reach the hospital?", "kb-en-appointments-008", "en"),
    ("How many kilometres will the patient transport drive to pick me up?", "kb-en-appointments-009", "en"),
    ("缴费能不能刷万事达卡？", "kb-zh-records_billing-009", "zh"),
    ("线上续的药是发顺丰吗？", "kb-zh-medications-002", "zh"),
    ("線上複診可以用平板嗎？", "kb-zh-appointments-005", "zh"),  # Traditional
    ("服务台有没有电动轮椅可以租？", "kb-zh-appointments-007", "zh"),
    ("电子票据上的抬头可以写我们单位吗？", "kb-zh-records_billing-008", "zh"),
    ("去医院坐几路公交最方便？", "kb-zh-appointments-009", "zh"),
    ("医院预约电话号码是多少？", "kb-zh-appointments-001", "zh"),
])
def test_named_detail_the_passage_lacks_is_vetoed(question, pid, language):
    assert V.asked_detail_missing(question, _kb_passage(pid), language) is True
    assert V.message_logit(question, _kb_passage(pid), language) <= V.DETAIL_VETO_LOGIT


@pytest.mark.parametrize("question, pid, language", [
    # the passage's own topic asked plainly, or the word only told, not asked
    ("How do I pay for parking at the hospital?", "kb-en-appointments-008", "en"),
    ("Can I borrow a wheelchair at the main entrance?", "kb-en-appointments-012", "en"),
    ("I changed my phone number, how do I update it on my record?", "kb-en-appointments-003", "en"),
    ("We live 80 miles away. Can my dad get hospital transport?", "kb-en-appointments-009", "en"),
    ("服务台能借轮椅吗？", "kb-zh-appointments-007", "zh"),
    ("我的电话号码换了，预约短信怎么改？", "kb-zh-appointments-004", "zh"),
    ("电子发票在哪里下载？", "kb-zh-records_billing-008", "zh"),
])
def test_plain_questions_stay_with_the_gate(question, pid, language):
    assert V.asked_detail_missing(question, _kb_passage(pid), language) is False


def test_visiting_a_patient_is_not_seeing_a_doctor():
    from medqa.retrieval_synonyms import expand_query

    expanded = expand_query("周末能不能去病房看病人？", "zh")
    assert "探视" in expanded and "门诊" not in expanded
    assert "门诊" in expand_query("周末能不能去医院看病？", "zh")  # seeing a doctor keeps its words


def test_visiting_a_patient_retrieves_the_visiting_passage():
    from medqa.retrieval import bundled_index

    hits = bundled_index().search("重症病房每次可以进去几个人看病人？", k=1, language="zh")
    assert hits[0].passage.id.startswith("kb-zh-visiting-")


@pytest.mark.parametrize("message, asked", [
    # a relative "who"/"which" inside a told sentence, or "and can't ...", asks nothing
    ("My mum, who is 90, has her cataract op on Monday. Can I stay with her in the day unit?",
     ("Can I stay with her in the day unit?",)),
    ("I work nights and can't get there before noon. Is there a later slot for blood tests?",
     ("Is there a later slot for blood tests?",)),
    ("The letter came to my old flat, which I left in May. How do I change my address?",
     ("How do I change my address?",)),
])
def test_told_sentences_with_question_words_are_not_asked(message, asked):
    assert V.asking_clauses(message, "en") == asked


@pytest.mark.parametrize("message, count", [
    ("After my scan, when can I eat, and can I drive?", 2),          # two real questions, no full stop
    ("Before the op how long do I fast", 1),                         # no question mark anywhere: read as before
    ("How long is the wait? Also which entrance do I use?", 2),
])
def test_real_questions_are_still_read(message, count):
    assert len(V.asking_clauses(message, "en")) == count


@pytest.mark.parametrize("message, asked", [
    # "那么多", "什么的" (and so on) in a told sentence ending with a full stop ask nothing
    ("我爸八十多了，腿脚不好，走不了那么多路。医院门口有轮椅借吗？", ("医院门口有轮椅借吗？",)),
    ("身份证、医保卡什么的都带了。还要带别的吗？", ("还要带别的吗？",)),
])
def test_chinese_told_sentences_are_not_asked(message, asked):
    assert V.asking_clauses(message, "zh") == asked


def test_chinese_questions_are_still_read():
    assert len(V.asking_clauses("探视几点开始？周末也可以吗？", "zh")) == 2
    assert len(V.asking_clauses("做完胃镜多久能吃饭，能喝水吗", "zh")) == 1


@pytest.mark.parametrize("message", [
    "我妈刚做完白内障手术，眼睛看不清，我开车来接她。车能停在哪里等她？",
    "我老公腰不好，不能久站，我开车送他来拍片。在哪儿让他先下车？",
])
def test_chinese_short_asked_sentence_after_a_story_is_read_alone(message):
    assert V.message_logit(message, _kb_passage("kb-zh-appointments-009"), "zh") > 0
