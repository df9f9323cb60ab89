"""G42m (issue 12): questions the knowledge base does not answer, by class.

How long a patient stays in hospital: the spent writers asked it in every set ("how many days will I be in hospital for a
hysterectomy", "鼻中隔手術要住院幾天？") and the extractive fallback quoted the day-surgery passage, whose "go home on the
same day" is the stay of a day case, or a length told of something else ("stay with you for at least 24 hours").
`medqa.answer_slots.missing_stay_length` says don't know unless a passage tells how long a patient stays in. Wordings here
are this round's own (English, Simplified, Traditional, Cantonese), not rows of any reviewer set.
"""

import pytest

from medqa.answer_slots import asks_stay_length, missing_slot, missing_stay_length, quoted_missing_slot
from medqa.verification import extractive_answer
from tests.kb_support import bundled_passages_by_id

KB = bundled_passages_by_id()
DAY_SURGERY_EN = KB["kb-en-procedures-004"]
DAY_SURGERY_ZH = KB["kb-zh-procedures-001"]
SURGERY_DAY_ZH = KB["kb-zh-procedures-005"]
ESCORT_ZH = KB["kb-zh-procedures-003"]
# Own passages that do tell a stay (a hospital's own documents may).
WARD_EN = "After a hip replacement most patients stay in hospital for two to three nights before going home."
WARD_ZH = "剖宫产术后一般住院4到5天，顺产一般住院2到3天。"


@pytest.mark.parametrize("question, language", [
    ("How many nights will my dad be kept in after his prostate operation?", "en"),
    ("roughly how long is the stay in hospital for a c-section", "en"),
    ("What's the usual length of stay for a knee replacement?", "en"),
    ("If I have my gallbladder out, how many days would I be in the hospital?", "en"),
    ("My wife is having twins next month. How long do mums usually stay after a caesarean?", "en"),
    ("how many day I stay in hospital for the operation on my back", "en"),
    ("剖腹产一般要住几天院？", "zh"),
    ("做甲状腺手术大概住院多久？", "zh"),
    ("我妈做心脏搭桥，要住多少天？", "zh"),
    ("開刀之後要幾耐先可以出院？", "zh"),                 # Cantonese, Traditional
    ("換髖關節要住院幾天？", "zh"),                         # Traditional
    ("做完手术多久能出院呀", "zh"),
])
def test_a_stay_length_is_not_answered_by_the_day_surgery_passages(question, language):
    passages = [DAY_SURGERY_EN] if language == "en" else [DAY_SURGERY_ZH, SURGERY_DAY_ZH]
    assert asks_stay_length(question, language)
    assert missing_stay_length(question, passages, language) == "stay_length"
    assert missing_slot(question, passages, language) is not None
    assert quoted_missing_slot(question, passages, language) is not None


@pytest.mark.parametrize("question, language, passage", [
    # a passage telling a stay answers it
    ("How long will I be in hospital after a hip replacement?", "en", WARD_EN),
    ("顺产一般住几天？", "zh", WARD_ZH),
    ("剖腹產要住院幾天？", "zh", WARD_ZH),
    # a day case named in the question is answered by the day-surgery passage's same-day stay
    ("My cataract op is a day case - how long will I be in hospital?", "en", DAY_SURGERY_EN),
    ("白內障日間手術要住幾日院？", "zh", DAY_SURGERY_ZH),
    ("日间手术要住几天院还是当天就走？", "zh", DAY_SURGERY_ZH),
])
def test_a_stay_told_answers(question, language, passage):
    assert missing_stay_length(question, [passage], language) is None


@pytest.mark.parametrize("question, language", [
    # no stay in hospital asked: a length in a unit or a scanner, company during a test, a stay told not asked
    ("How long will I be in the unit for my gastroscopy?", "en"),
    ("Can my husband stay in the room with me during the MRI?", "en"),
    ("Who do I ask for a sick note covering my stay in hospital?", "en"),
    ("How long must someone stay with me after day surgery?", "en"),
    ("I was in hospital for three nights; can I get a letter for my employer?", "en"),
    ("切到手指要按住多久才能止血？", "zh"),                  # 按住: holding, not staying
    ("切親手指要㩒住幾耐？", "zh"),                          # Cantonese, Traditional
    ("下个月要做个小手术住几天，医保能直接结算吗？", "zh"),   # the stay told before the question asks about insurance
    ("住院期间可以洗澡吗？", "zh"),
    ("出院要办什么手续？", "zh"),
])
def test_no_stay_length_asked(question, language):
    assert not asks_stay_length(question, language)


def test_the_extractive_fallback_says_dont_know_for_a_stay_length():
    verified = extractive_answer("How long is the hospital stay after a bowel operation?", [DAY_SURGERY_EN], "en")
    assert verified.mode == "no_answer"
    verified = extractive_answer("腰椎手術要喺醫院住幾耐？", [DAY_SURGERY_ZH, ESCORT_ZH], "zh")
    assert verified.mode == "no_answer"


def test_the_day_case_passage_still_answers_a_day_case_question():
    verified = extractive_answer("My hernia repair is a day case. How long will I be in hospital?", [DAY_SURGERY_EN], "en")
    assert verified.mode == "extractive"
