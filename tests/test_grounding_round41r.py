"""G41r (issue 12, session 41): a Chinese question asking WHICH window or counter ("出院结算要去哪个窗口") is answered by a
passage that names the window by what is done there ("住院结算窗口", "病历复印窗口"); the detail veto held only a numbered
window, so it refused the passage naming the very window asked. A window for something else, and a window number asked
("几号窗口"), are still refused; English is unchanged. And staying the night with an inpatient ("陪我过夜", "家长可以留下来
过夜", "陪护…晚上能不能在病房睡") is read as the 陪护 / 陪床 passage's words, for retrieval and the gate.

Wordings and passages written for these tests (English, Simplified, Traditional, Cantonese), not rows of any reviewer set.
"""

import pytest

from medqa import verification as V
from medqa.knowledge_base import Passage
from medqa.retrieval_synonyms import expand_query, fold_chinese_wording
from medqa.safety.normalize import fold_traditional


def _passage(text: str, language: str = "zh", title: str = "Test passage", pid: str = "kb-test-001") -> Passage:
    return Passage(pid, title, language, "test", text, "test", "2026-01-01")


DISCHARGE_ZH = _passage("出院当天请等护士核对完费用，再到一楼住院结算窗口办理结算，请带好预交金收据和医保卡。",
                        title="办理出院结算", pid="kb-zh-procedures-901")
RECORDS_ZH = _passage("出院后可以申请复印病历，请带身份证到门诊二楼的病历复印窗口办理，也可以在App上申请邮寄。",
                      title="病历复印", pid="kb-zh-records_billing-902")
REGISTER_ZH = _passage("挂号可以在App、公众号或自助机办理，也可以到门诊大厅的人工挂号窗口。",
                       title="门诊挂号", pid="kb-zh-appointments-903")
DISCHARGE_EN = _passage("On the day you go home, settle any charges at the cashier window on the ground floor before you "
                        "leave.", "en", "Paying before you leave hospital", "kb-en-procedures-904")


@pytest.mark.parametrize("question, passage", [
    ("住院结算在哪个窗口办理？", DISCHARGE_ZH),
    ("出院了，结算要去哪一个窗口？", DISCHARGE_ZH),
    ("辦出院結算要去邊個窗口？", DISCHARGE_ZH),                  # Cantonese, Traditional
    ("請問出院結算喺邊個櫃台？", DISCHARGE_ZH),                  # Cantonese: a counter
    ("复印病历要到哪个窗口？需要带什么？", RECORDS_ZH),
    ("我想影印病歷，應該去哪個窗口？", RECORDS_ZH),              # Traditional: 影印 beside 病歷
    ("人工挂号在哪个窗口", REGISTER_ZH),
])
def test_a_window_named_for_what_is_asked_answers_which_window(question, passage):
    assert not V.asked_detail_missing(question, passage, "zh")
    assert V.question_relevance(question, passage, "zh") >= 0.5


@pytest.mark.parametrize("question, passage", [
    ("挂号要去哪个窗口？", DISCHARGE_ZH),                        # the passage's window is for something else
    ("交押金去哪个窗口", RECORDS_ZH),
    ("出院结算是几号窗口？", DISCHARGE_ZH),                      # a number asked: only a number answers
    ("複印病歷喺幾號窗口？", RECORDS_ZH),
])
def test_another_window_or_a_number_is_still_refused(question, passage):
    assert V.asked_detail_missing(question, passage, "zh")
    assert V.question_relevance(question, passage, "zh") < 0.5


def test_english_is_unchanged():
    # round 37's English counter check holds only a numbered window; this round reads Chinese only
    question = "What window number is the cashier for the discharge bill?"
    assert V.asked_detail_missing(question, DISCHARGE_EN, "en")
    assert not V._r41_named_counter_held(V.gate_reading("Which window do I pay at?", "en"), DISCHARGE_EN.text, "en")


def test_only_the_asked_clause_names_the_window():
    read = V.gate_reading("住院结算在哪个窗口办理？", "zh")
    assert V._r41_named_counter_held(read, DISCHARGE_ZH.text, "zh")
    assert not V._r41_named_counter_held(read, REGISTER_ZH.text, "zh")
    assert not V._r41_named_counter_held(V.gate_reading("住院结算在几号窗口？", "zh"), DISCHARGE_ZH.text, "zh")


def test_a_window_named_for_a_place_is_no_answer():
    # "ask at the pharmacy window" names where to ask, not which window takes back expired medicines
    pharmacy = _passage("过期药品请不要扔进马桶。本院门诊药房设有回收点，详情可咨询药房窗口。", title="过期药品的处理")
    assert V.asked_detail_missing("门诊药房回收过期药在哪个窗口？", pharmacy, "zh")
    assert V.asked_detail_missing("藥房回收過期藥係邊個窗口？", pharmacy, "zh")


def _read(question: str) -> str:
    """A Chinese question as retrieval and the gate read it (Simplified, Cantonese folded, lay terms expanded)."""
    return expand_query(fold_chinese_wording(fold_traditional(question)), "zh")


@pytest.mark.parametrize("question", [
    "女儿住院做手术，晚上我可以留在病房陪她过夜吗？",
    "过夜陪床的家属要登记吗",
    "宝宝住院了，家长能不能留下来过夜？",
    "孩子住院，晚上我能睡在病房里陪他吗",
    "我老婆生完BB，我可唔可以喺病房瞓一晚陪佢？",             # Cantonese
    "阿爺住院，我哋可唔可以輪流陪佢過夜？",                   # Cantonese, Traditional
    "家屬晚上可以在病房過夜照顧嗎？",                        # Traditional
])
def test_a_night_with_an_inpatient_reads_as_staying_with_the_patient(question):
    assert "陪护 陪床" in _read(question)


@pytest.mark.parametrize("question", [
    "ICU门口的等候区晚上能不能留人过夜？",                  # a waiting room, no one with a patient
    "手术后要在医院过夜吗",                                 # the patient's own night
    "我住院在病房睡不着怎么办",
    "药开封了放过夜还能吃吗",
    "日間手術做完要唔要喺醫院過夜？",
])
def test_a_night_without_anyone_staying_with_a_patient_is_left_alone(question):
    assert "陪护 陪床" not in _read(question)


BEDSIDE_ZH = "需要家属陪护（陪床）的，每位患者一般只限1名固定陪护人员，凭陪护证进出病区。"
PARKING_ZH = "医院地下停车场对患者和家属开放，按小时收费，出院当天可以凭出院小结减免。"


@pytest.mark.parametrize("question", [
    "我老婆住院，我可以在病房陪她过夜吗？",
    "我阿媽入咗院，我可唔可以留喺度過夜陪佢？",              # Cantonese, Traditional
    "孩子住院，家长能留宿吗",
])
def test_staying_at_the_bedside_answers_a_night_with_a_patient(question):
    from medqa.answer_slots import missing_slot

    assert missing_slot(question, [BEDSIDE_ZH], "zh") is None


@pytest.mark.parametrize("question", [
    "停车场可以过夜吗？",                                      # a night, no bedside: the parking passage says none
    "家屬可唔可以喺停車場留宿？",
])
def test_a_night_elsewhere_still_needs_a_passage_saying_it(question):
    from medqa.answer_slots import missing_slot

    assert missing_slot(question, [PARKING_ZH], "zh") == "item:overnight"
