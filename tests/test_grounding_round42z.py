"""G42z (issue 12, session 42): Chinese questions name the patient's relatives (我爸, 老婆, 我個仔, 阿爸) and ask
politely (麻烦问下, 想, 不知道); those characters are rare in the passages, so the gate counted each as a rare unit the
passage lacks and refused answerable questions. The gate also reads the question with relatives named as the passages
name them (家属) and asking words counted only where the passage has them, less a penalty; a question whose content
words the passage lacks is still refused, and English is unchanged.

Wordings written for these tests (Simplified, Traditional, Cantonese, northern), not rows of any reviewer set; the
passages are the bundled knowledge base's.
"""

import math

import pytest

from medqa import verification as V
from tests.kb_support import bundled_passages_by_id

_ROWS = bundled_passages_by_id()


def _kb(pid: str) -> dict:
    return _ROWS[pid]


def _logit_without_round(question: str, passage, language: str = "zh") -> float:
    saved = V.G42Z_PENALTY
    V.G42Z_PENALTY = math.inf
    try:
        return V.message_logit(question, passage, language)
    finally:
        V.G42Z_PENALTY = saved


@pytest.mark.parametrize("question, pid", [
    ("我妈做手术，同意书谁签？我爸可以签吗？", "kb-zh-procedures-004"),
    ("我老公做手术，我哥哥可以帮忙签同意书吗", "kb-zh-procedures-004"),
    ("麻煩問下，想幫我阿爸預約門診，應該點約？", "kb-zh-appointments-001"),
])
def test_relatives_and_asking_words_no_longer_sink_an_answerable_question(question, pid):
    passage = _kb(pid)
    assert _logit_without_round(question, passage) < 0          # refused before this round
    assert V.question_relevance(question, passage, "zh") >= 0.5


@pytest.mark.parametrize("question, pid", [
    ("我老婆可以陪我进手术室吗", "kb-zh-procedures-004"),               # the passage says nothing of the theatre
    ("我婆婆不会用智能手机，医院能派车来接她吗", "kb-zh-appointments-007"),  # no car is sent
    ("想帮我妈约个门诊，可以约晚上的吗", "kb-zh-appointments-001"),       # evening clinics: not said
    ("請問我阿嬤可唔可以帶隻狗入病房？", "kb-zh-visiting-001"),
    ("我老公可以在病房里抽烟吗？", "kb-zh-visiting-001"),
    ("想问下停车场有没有充电桩", "kb-zh-appointments-009"),
])
def test_content_words_the_passage_lacks_are_still_refused(question, pid):
    assert V.question_relevance(question, _kb(pid), "zh") < 0.5


def test_the_reading_names_relatives_as_the_passages_do():
    read, spared = V._g42z_overlap_reading("俺爹住院了，麻烦问下我老婆可以陪床吗")
    assert "家属" in read and "爹" not in read and "婆" not in read
    assert "麻" in spared[0] and "烦" in spared[0]                 # politeness counts only where a passage has it
    read, _ = V._g42z_overlap_reading("阿媽講潮州話，有冇人識聽？")
    assert "会听" in read and "家属" in read
    # children are content (children's wards, visiting rules), and 老人 only as one's own is a relative
    read, _ = V._g42z_overlap_reading("小朋友可以探视吗？老人有绿色通道吗")
    assert "家属" not in read and "老人" in read


def test_a_question_without_such_words_reads_as_before():
    assert not V._g42z_changes("探视时间是几点到几点？", "zh")
    assert not V._g42z_changes("手術同意書邊個簽？", "zh")


def test_english_is_unchanged():
    passage = _kb("kb-en-procedures-004")
    question = "Can my husband sign the consent form for me?"
    assert not V._g42z_changes(question, "en")
    assert V.message_logit(question, passage, "en") == _logit_without_round(question, passage, "en")
