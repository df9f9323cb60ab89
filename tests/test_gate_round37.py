"""Round 37 of the don't-know gate (issue #12): a share covered, a phone number, a numbered counter, a named member of
staff, a price in south-western Mandarin or as a difference, and whether there is a charge at all, asked of a passage
that holds none of it; and the learned look's rescue never passes what the vetoes refuse.

Wordings written for these tests, not the reviewer sets'.
"""

import pytest

from medqa import learned_gate as LG
from medqa import verification as V
from medqa.knowledge_base import Passage, load_knowledge_base, load_questions


def _passage(text: str, language: str = "en", title: str = "Test passage") -> Passage:
    return Passage("kb-test-001", title, language, "test", text, "test", "2026-01-01")


INSURANCE_ZH = "参加医保的患者出示医保凭证即可直接结算，报销多少取决于参保类型和当地政策，具体请咨询医保窗口。"
INSURANCE_ZH_SHARE = "职工医保住院费用在起付线以上的部分报销85%，城乡居民医保报销70%。"
SWITCHBOARD_ZH = "可以通过医院App、微信公众号或医院总机电话预约挂号。"
SWITCHBOARD_ZH_NUMBER = "医院总机电话：0571-88881234，工作日8点到17点有人接听。"
PHARMACY_ZH = "过期或不再使用的药品请不要丢进生活垃圾，可以交回门诊药房的回收点。"
PHARMACY_ZH_WINDOW = "过期药品请交到门诊药房3号窗口旁的回收箱。"
PRIVACY_EN = ("Everyone working in the hospital must keep your information confidential. To ask about how it is used, "
              "write to the data protection officer.")
PRIVACY_EN_NAMED = "Our data protection officer is Mr Osei; write to him at the records office."
TRANSPORT_EN = ("Patient transport is for people who cannot travel by car or bus because of a medical need; eligibility "
                "is checked when you book.")
TRANSPORT_EN_FREE = "Patient transport is free for people who cannot travel by car or bus because of a medical need."
COPIES_EN = "You can ask for a copy of your records; there may be a fee for reports written for an insurer."
PARKING_ZH = "医院地下停车场对患者和家属开放，车位紧张时请尽量乘坐公共交通。"


@pytest.mark.parametrize("question, text, language, missing", [
    # a share covered
    ("居民医保住院大概能报百分之几？", INSURANCE_ZH, "zh", True),
    ("新农合在这边看病能报多少？", INSURANCE_ZH, "zh", True),
    ("醫保門診能報銷百分之多少？", INSURANCE_ZH, "zh", True),  # Traditional
    ("居民医保住院大概能报百分之几？", INSURANCE_ZH_SHARE, "zh", False),
    ("What percentage of the bill does the scheme cover?", "The scheme helps with hospital bills for people on "
     "low incomes.", "en", True),
    ("What percentage of the bill does the scheme cover?", "The scheme pays 80% of hospital bills.", "en", False),
    # a phone number
    ("挂号的电话号码是好多？", SWITCHBOARD_ZH, "zh", True),
    ("总机电话是多少？", SWITCHBOARD_ZH_NUMBER, "zh", False),
    ("What's the switchboard phone number?", "You can book through the app or by ringing the switchboard.", "en", True),
    ("What's the switchboard phone number?", "Ring the switchboard on 0161 496 0000.", "en", False),
    # a numbered counter or window
    ("过期的药拿到几号窗口交？", PHARMACY_ZH, "zh", True),
    ("過期藥要拿去哪個窗口？", PHARMACY_ZH_WINDOW, "zh", False),
    ("Which desk do I hand the form in at?", "Hand the form in at reception when you arrive.", "en", True),
    # a named member of staff
    ("Who is the trust's privacy officer, by name?", PRIVACY_EN, "en", True),
    ("What's the name of the data protection officer?", PRIVACY_EN, "en", True),
    ("What's the name of the data protection officer?", PRIVACY_EN_NAMED, "en", False),
    # a price in south-western Mandarin, or as a difference
    ("停车场停一天好多钱？", PARKING_ZH, "zh", True),
    ("住院押金要交好多？", PARKING_ZH, "zh", True),
    ("做加强CT比平扫贵多少？", "增强CT需要注射造影剂，检查前请告知过敏史。", "zh", True),
    # whether there is a charge at all: any passage speaking of paying answers it
    ("Is there a charge for the hospital transport?", TRANSPORT_EN, "en", True),
    ("Is the hospital transport free?", TRANSPORT_EN, "en", True),
    ("Is the hospital transport free?", TRANSPORT_EN_FREE, "en", False),
    ("Is there a fee for a letter to my insurer?", COPIES_EN, "en", False),
])
def test_an_asked_detail_needs_a_passage_holding_one(question, text, language, missing):
    assert V.asked_detail_missing(question, _passage(text, language), language) is missing


@pytest.mark.parametrize("question, language", [
    ("What is the maximum number of visitors at a bedside?", "en"),  # a count, not a phone number
    ("我们住院花了好多钱，能分期吗？", "zh"),  # own spending ("a lot of money"), not a price
    ("台湾来的患者怎么挂号？", "zh"),  # 台 is a place here, not a counter
    ("报告要在哪台自助机上打印？", "zh"),  # a machine, not a numbered window
    ("住院前交的押金，出院时多出来的怎么退？", "zh"),  # naming a deposit asks how to get it back, not its amount
])
def test_look_alikes_ask_no_new_detail(question, language):
    read = V.gate_reading(question, language)
    kinds = {"percent", "phone", "counter", "staff_name", "charge"}
    asked = {kind for kind, pattern in V._VETO_ASKS[language].items() if kind in kinds and pattern.search(read)}
    assert not asked
    if language == "zh":
        assert "money" not in {k for k, p in V._VETO_ASKS["zh"].items() if p.search(read)}


def test_the_knowledge_bases_own_questions_keep_their_passages(monkeypatch):
    """No stored wording (question or paraphrase) loses its own passage to this round's asks: the veto reads the same
    with and without them."""
    passages = {p.id: p for p in load_knowledge_base()}
    pairs = [(s.passage_id, w) for s in load_questions() for w in (s.question, *s.paraphrases)]

    def vetoed() -> list[bool]:
        return [V.asked_detail_missing(w, passages[pid], "zh" if pid.startswith("kb-zh") else "en") for pid, w in pairs]

    with_round = vetoed()
    new = {"percent", "phone", "counter", "staff_name", "charge"}
    monkeypatch.setattr(V, "DETAIL_TYPE_VETO", {k: v - new for k, v in V.DETAIL_TYPE_VETO.items()})
    assert with_round == vetoed()


def test_the_learned_rescue_never_passes_a_vetoed_passage():
    """A passage the gate scores below the veto level carries no veto mark, yet a missing detail still refuses it."""
    question = "居民医保住院大概能报百分之几？"
    passage = _passage(PARKING_ZH, "zh")
    logit = V.message_logit(question, passage, "zh")
    assert logit < V.DETAIL_VETO_LOGIT and V.asked_detail_missing(question, passage, "zh")
    assert LG._vetoed(question, passage, "zh", logit)
    on_topic = _passage(INSURANCE_ZH_SHARE, "zh")
    assert not LG._vetoed(question, on_topic, "zh", V.message_logit(question, on_topic, "zh"))
