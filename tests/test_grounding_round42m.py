"""G42m (issue 12): questions the knowledge base does not answer, by class.

How long a patient stays in hospital: the spent writers asked it in every set ("how many days will I be in hospital for a
hysterectomy", "鼻中隔手術要住院幾天？") and the extractive fallback quoted the day-surgery passage, whose "go home on the
same day" is the stay of a day case, or a length told of something else ("stay with you for at least 24 hours").
`medqa.answer_slots.missing_stay_length` says don't know unless a passage tells how long a patient stays in.
A length asked of test results or of a wait for care ("how long until we get the MRI results", "心脏彩超要排队多久") was
filled by a length told of the test itself; `missing_measured_length` wants a length told of the results or of a wait.
Where a named place is ("Where is the neurology outpatient clinic?") was answered by "signs show where each clinic is";
`missing_named_place` wants a sentence naming that place with a whereabouts. When the patient's own appointment or
follow-up is ("复查是什么时候") is in their letter; `missing_own_event_time` wants a sentence giving such an event a time.
Wordings here are this round's own (English, Simplified, Traditional, Cantonese), not rows of any reviewer set.
"""

import pytest

from medqa.answer_slots import (asks_stay_length, missing_measured_length, missing_named_place, missing_own_event_time,
                                missing_slot, missing_stay_length, quoted_missing_slot)
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


# --- a length asked of test results or of a wait ------------------------------------------------------------------
MRI_EN = KB["kb-en-test_preparation-006"]
XRAY_EN = KB["kb-en-test_preparation-010"]
REPEAT_EN = KB["kb-en-medications-001"]
RESULTS_EN = KB["kb-en-records_billing-003"]
REFERRAL_EN = KB["kb-en-appointments-010"]
PHARMACY_EN = KB["kb-en-medications-012"]
RESULTS_ZH = KB["kb-zh-records_billing-003"]
FAST_ZH = "检查前需要空腹6小时，检查本身大约15到30分钟。"
QUEUE_ZH = "超声检查需要提前预约，一般排队等候3到7天。"


@pytest.mark.parametrize("question, language, passages", [
    ("How many days till the results of my MRI come through?", "en", [MRI_EN]),
    ("how long do they take to send the x-ray report to my doctor", "en", [XRAY_EN]),
    ("Roughly how soon will I hear the findings of the scan?", "en", [MRI_EN]),
    ("How long is the waiting list to see the skin clinic?", "en", [REPEAT_EN]),
    ("How long will I have to wait to be seen in the eye clinic?", "en", [MRI_EN]),
    ("做核磁共振的报告要等多久？", "zh", [FAST_ZH]),
    ("胃镜要排队多久才能做？", "zh", [FAST_ZH]),
    ("照完X光，報告要等幾耐？", "zh", [FAST_ZH]),                  # Cantonese, Traditional
    ("心臟超聲波要輪候幾耐？", "zh", [FAST_ZH]),                    # Cantonese, Traditional
])
def test_a_length_of_results_or_a_wait_needs_a_length_told_of_it(question, language, passages):
    assert missing_measured_length(question, passages, language) is not None
    assert quoted_missing_slot(question, passages, language) is not None


@pytest.mark.parametrize("question, language, passages", [
    # the passage tells a length of the results or of the wait
    ("How long do biopsy results take to come back?", "en", [RESULTS_EN]),
    ("how long is the wait for a neurology referral", "en", [REFERRAL_EN]),
    ("How long is the wait for my tablets at the pharmacy?", "en", [PHARMACY_EN]),
    ("病理报告一般要几天才能出来？", "zh", [RESULTS_ZH]),
    ("驗血報告要等幾耐？", "zh", [RESULTS_ZH]),                      # Cantonese, Traditional
    ("彩超要排队多久？", "zh", [QUEUE_ZH]),
    # a length of the test itself, asked as such, is answered by its length
    ("How long does the MRI scan take?", "en", [MRI_EN]),
    ("检查本身要多长时间？", "zh", [FAST_ZH]),
    # waiting before doing something is no queue for care
    ("How long should I wait before eating after the scan?", "en", [MRI_EN]),
    ("做完检查要等多久才能吃东西？", "zh", [FAST_ZH]),
])
def test_a_length_told_of_the_thing_answers(question, language, passages):
    assert missing_measured_length(question, passages, language) is None


# --- where a named place is ---------------------------------------------------------------------------------------
ARRIVING_EN = KB["kb-en-appointments-005"]
PHARMACY_EN = KB["kb-en-medications-012"]


@pytest.mark.parametrize("question", [
    "Where is the dermatology clinic?",
    "where's the hearing aid department please",
    "my letter just says orthotics. where exactly is the orthotics unit?",
    "Where are the cardiology outpatients, which building?",
    "hi where is the diabetes centre",
])
def test_where_a_named_place_is_needs_a_sentence_placing_it(question):
    assert missing_named_place(question, [ARRIVING_EN], "en") is not None
    assert quoted_missing_slot(question, [ARRIVING_EN], "en") is not None
    assert missing_slot(question, [ARRIVING_EN], "en", skip=frozenset({"place"})) is None  # not before generation


@pytest.mark.parametrize("question, passages", [
    ("Where is the outpatient pharmacy?", [PHARMACY_EN]),
    ("where's the chemist in the hospital to get my prescription", [PHARMACY_EN]),   # chemist read as pharmacy
    ("Where is the clinic?", [ARRIVING_EN]),                  # generic words only: nothing named to look for
    ("Where is the diabetes centre?", ["The diabetes centre is on the second floor of the east wing."]),
    ("Where do I check in for my appointment?", [ARRIVING_EN]),   # where to do something, not where a place is
])
def test_a_place_named_with_its_whereabouts_answers(question, passages):
    assert missing_named_place(question, passages, "en") is None


def test_chinese_is_left_to_the_clause_window():
    assert missing_named_place("神经内科门诊在哪里？", [KB["kb-zh-appointments-001"]], "zh") is None


# --- when the patient's own appointment or follow-up is -----------------------------------------------------------
DISCHARGE_EN = KB["kb-en-procedures-009"]
FOLLOW_UP_TOLD_EN = "A follow-up appointment is usually made for about six weeks after your operation."
FOLLOW_UP_TOLD_ZH = "骨折打石膏后一般1到2周复查一次X光。"
BOOKING_ZH = "门诊可以通过医院App、公众号、电话或自助机预约挂号，也可以到人工窗口挂号。"


@pytest.mark.parametrize("question, language, passages", [
    ("When is my follow-up after the knee op?", "en", [DISCHARGE_EN]),
    ("once he's discharged, when will his follow up be?", "en", [DISCHARGE_EN]),
    ("When's my scan? I lost the letter.", "en", [ARRIVING_EN]),
    ("What date is my operation?", "en", [DISCHARGE_EN]),
    ("出院以后复查是哪天？", "zh", [BOOKING_ZH]),
    ("我哋幾時覆診？", "zh", [BOOKING_ZH]),                 # Cantonese, Traditional
    ("複查是幾號？要掛哪一科？", "zh", [BOOKING_ZH]),         # Traditional
])
def test_the_patients_own_date_is_not_in_a_passage(question, language, passages):
    assert missing_own_event_time(question, passages, language) == "own_event_time"
    assert quoted_missing_slot(question, passages, language) is not None


@pytest.mark.parametrize("question, language, passages", [
    ("When will my follow-up appointment be?", "en", [FOLLOW_UP_TOLD_EN]),
    ("石膏打完什么时候复查？", "zh", [FOLLOW_UP_TOLD_ZH]),
    # not the patient's own date: a letter, results, a booking asked
    ("When will my appointment letter arrive?", "en", [ARRIVING_EN]),
    ("When will my results be ready?", "en", [ARRIVING_EN]),
    ("复查需要预约吗？", "zh", [BOOKING_ZH]),
])
def test_an_event_time_told_or_no_own_date_asked(question, language, passages):
    assert missing_own_event_time(question, passages, language) is None


WOUND_EN = KB["kb-en-procedures-010"]
OVERNIGHT_EN = KB["kb-en-visiting-008"]


@pytest.mark.parametrize("question", [
    "When do my stitches come out?",
    "when will the clips be removed from my tummy",
    "When can I get the stitches taken out?",
    "Op was Monday. When are the staples coming out, or do I just wait for the letter?",
])
def test_when_the_stitches_come_out_is_in_the_discharge_letter(question):
    assert missing_own_event_time(question, [WOUND_EN], "en") == "own_event_time"


@pytest.mark.parametrize("question, passages", [
    ("When will my stitches come out?", ["Stitches are usually removed 7 to 10 days after the operation."]),
    ("When can I get my stitches wet?", [WOUND_EN]),       # a permission, not the removal's date
])
def test_a_removal_time_told_or_no_removal_asked(question, passages):
    assert missing_own_event_time(question, passages, "en") is None


def test_a_relatives_overnight_stay_tells_no_patients_stay():
    # "Staying with a patient overnight" / "Overnight stays by relatives" is the family's stay, not the patient's
    assert missing_stay_length("How long do mums usually stay in after giving birth?", [OVERNIGHT_EN], "en") == "stay_length"


@pytest.mark.parametrize("question", [
    "What time should I get there on the day of my surgery?",
    "I'm being induced on Friday. How early do I need to turn up?",
    "how early do i have to come in for my op, is it first thing?",
])
def test_the_arrival_time_for_ones_own_operation_is_in_the_admission_letter(question):
    assert missing_own_event_time(question, [ARRIVING_EN], "en") == "own_event_time"
    assert quoted_missing_slot(question, [ARRIVING_EN], "en") is not None


@pytest.mark.parametrize("question, passages", [
    ("How early should I arrive for my MRI appointment?", [ARRIVING_EN]),        # an appointment: the arrival passage
    ("how early do I need to get there before clinic?", [ARRIVING_EN]),
    ("What time should I arrive on the day of my operation?",
     ["On the day of your operation, please arrive at the admissions unit at 7:30am unless your letter says otherwise."]),
])
def test_an_appointments_arrival_or_an_admission_time_told_answers(question, passages):
    assert missing_own_event_time(question, passages, "en") is None
