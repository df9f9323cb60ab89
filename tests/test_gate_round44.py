"""Round G44 of the don't-know gate (issue #12, R37's first run): a question that names a test or procedure other
than the one a preparation passage is about ("how many minutes does a colonoscopy take" against a gastroscopy
passage; "hours before an MRI" against fasting before an operation), a named check-up or medical no passage offers
(高考体检, 入职体检, 驾照体检, HGV medicals), and an amount asked in a currency or as the exact charge, in English,
Simplified, Traditional and Cantonese, with the passage that holds the asked test, service or amount still answering.

Wordings written for these tests, not the reviewer sets' (a few spent R37 rows are checked at the end).
"""

import pytest

from medqa import verification as V
from medqa.knowledge_base import Passage


def _passage(text: str, language: str = "en", title: str = "Test passage", pid: str = "kb-test-001") -> Passage:
    return Passage(pid, title, language, "test", text, "test", "2026-01-01")


GASTRO_EN = _passage("A gastroscopy looks at the food pipe and stomach with a thin camera tube passed through the mouth. "
                     "Do not eat for about six hours before it. The test itself takes under fifteen minutes; you may "
                     "have sedation or a throat spray.", title="Getting ready for a gastroscopy", pid="kb-en-procedures-901")
FASTING_EN = _passage("Before a general anaesthetic or sedation your stomach must be empty: stop eating about six hours "
                      "before and stop clear drinks two hours before.", title="Fasting before an operation or anaesthetic",
                      pid="kb-en-procedures-902")
SCANS_EN = _passage("Tell the radiographer if you are pregnant before X-rays and scans; most scans are safe.",
                    title="Pregnancy before X-rays and scans", pid="kb-en-test_preparation-903")
COPIES_EN = _passage("Ask the records office for a copy of your notes; it will tell you if any charge applies.",
                     title="Copies of your records")
COPIES_EN_PRICED = _passage("A paper copy of your notes costs £10; an electronic copy is free of charge.",
                            title="Copies of your records")
BOOKING_EN = _passage("Book outpatient appointments through the patient portal or by phoning the booking team.",
                      title="Booking an appointment")
WEIWEI_ZH = _passage("胃镜检查前至少空腹6小时，检查本身大约10分钟，可以选择无痛胃镜。", "zh", "胃镜检查前的准备",
                     "kb-zh-test_preparation-901")
SHOUSHU_ZH = _passage("手术前一般要禁食6小时、禁水2小时，具体以麻醉医生通知为准。在麻醉、镇静下完成的检查也一样。", "zh",
                      "手术前的禁食禁水", "kb-zh-procedures-902")
GUAHAO_ZH = _passage("门诊可以在App、公众号或自助机预约挂号，就诊当天按时段到达报到。", "zh", "预约挂号")
TIJIAN_ZH = _passage("我院体检中心提供入职体检和驾照体检，请提前在公众号预约。", "zh", "体检中心")
FUYIN_ZH = _passage("出院后可以到病案室复印病历，请带身份证，费用以窗口公示为准。", "zh", "复印病历")
FUYIN_ZH_PRICED = _passage("出院后可以到病案室复印病历，每页0.5元。", "zh", "复印病历")


@pytest.mark.parametrize("question", [
    "How many minutes will my colonoscopy take?",
    "roughly how long is a colonoscopy, start to finish, in minutes",
    "Is a sigmoidoscopy quicker than fifteen minutes?",
    "My wife is driving me. How long does the MRI itself take?",
    "how long does a CT scan take",
])
def test_another_test_than_the_passage_refused(question):
    assert V.asked_detail_missing(question, GASTRO_EN, "en")


@pytest.mark.parametrize("question", [
    "How long does a gastroscopy take?",
    "How many hours before my gastroscopy do I stop eating?",
    "My dad's having a camera down his throat, how long does it take?",  # no test named: left to the gate
    "can i have a throat spray instead of sedation for the endoscopy",
])
def test_the_passages_own_test_answers(question):
    assert not V.asked_detail_missing(question, GASTRO_EN, "en")


@pytest.mark.parametrize("question, refused", [
    ("How many hours before an MRI must I stop eating?", True),
    ("How long before my blood test do I stop eating, in hours?", True),
    ("do i need to stop eating before an ultrasound, and for how many hours", True),
    ("How many hours before my operation do I stop eating?", False),
    ("When do I stop drinking before my anaesthetic?", False),
    ("How long before my colonoscopy under sedation do I stop eating?", False),  # scopes are done under sedation
])
def test_fasting_passage_reads_the_asked_test(question, refused):
    assert V.asked_detail_missing(question, FASTING_EN, "en") is refused


def test_a_gp_surgery_is_no_operation():
    urine = _passage("Label the urine pot with your name and date; keep it in the fridge if it cannot go in at once.",
                     title="Collecting a urine sample", pid="kb-en-test_preparation-904")
    assert not V.asked_detail_missing("I can't get the urine pot to the surgery till the afternoon, can it go in the "
                                      "fridge?", urine, "en")


def test_scans_in_general_hold_every_scan():
    assert not V.asked_detail_missing("I'm expecting, is an MRI alright?", SCANS_EN, "en")
    assert not V.asked_detail_missing("Is a CT safe while breastfeeding?", SCANS_EN, "en")


@pytest.mark.parametrize("question, refused", [
    ("做肠镜前要空腹几个小时？", True),
    ("肠镜大概要做多少分钟？", True),
    ("做核磁前多久不能吃饭？", True),
    ("照B超要做几分钟啊", True),
    ("做胃镜前要空腹几个小时？", False),
    ("做胃鏡要幾耐？", False),
])
def test_zh_another_test(question, refused):
    assert V.asked_detail_missing(question, WEIWEI_ZH, "zh") is refused


@pytest.mark.parametrize("question, refused", [
    ("做核磁共振前几个小时不能吃东西？", True),
    ("抽血之前几个小时不能吃东西？", True),
    ("手術前幾個鐘唔食得嘢？", False),
    ("做无痛胃镜前几个小时不能喝水？", False),
])
def test_zh_fasting_passage(question, refused):
    assert V.asked_detail_missing(question, SHOUSHU_ZH, "zh") is refused


@pytest.mark.parametrize("question", [
    "入职体检要不要先挂号？",
    "你们医院能做驾照体检吗？",
    "我想办个健康证，是在你们这儿办吗？",
    "我個女要做中考體檢，係咪喺你哋醫院做？",
    "孩子的入学体检要预约吗",
])
def test_zh_named_check_up_absent(question):
    assert V.asked_detail_missing(question, GUAHAO_ZH, "zh")


def test_zh_named_check_up_held():
    assert not V.asked_detail_missing("入职体检要不要预约？", TIJIAN_ZH, "zh")
    assert not V.asked_detail_missing("驾照体检在哪里预约？", TIJIAN_ZH, "zh")
    assert not V.asked_detail_missing("怎么预约挂号？", GUAHAO_ZH, "zh")


@pytest.mark.parametrize("question", [
    "Do you do HGV medicals, and how do I book one?",
    "Can I get a pre-employment medical at the hospital?",
    "my son needs a diving medical, can I book it online",
    "Does the hospital do taxi driver medicals?",
    "I need an insurance medical, do I book it like a normal appointment?",
])
def test_en_named_medical_absent(question):
    assert V.asked_detail_missing(question, BOOKING_EN, "en")


def test_en_booking_still_answers():
    assert not V.asked_detail_missing("How do I book an outpatient appointment?", BOOKING_EN, "en")


@pytest.mark.parametrize("question", [
    "How much exactly is a copy of my notes?",
    "What's the exact fee for my records on paper?",
    "how much in pounds for a copy of my file",
    "What precisely is the charge for a paper copy?",
    "What is the actual cost of getting my notes printed?",
])
def test_en_exact_amount_absent(question):
    assert V.asked_detail_missing(question, COPIES_EN, "en")
    assert not V.asked_detail_missing(question, COPIES_EN_PRICED, "en")


def test_en_whether_a_charge_still_answered():
    assert not V.asked_detail_missing("Is there a charge for a copy of my records?", COPIES_EN, "en")


@pytest.mark.parametrize("question", ["复印病历具体多少钱？", "复印一页多少块钱？", "影印病歷具體要幾多錢？",
                                      "复印病历多少元一页", "复印病历具体要多少钱"])
def test_zh_exact_amount(question):
    assert V.asked_detail_missing(question, FUYIN_ZH, "zh")
    assert not V.asked_detail_missing(question, FUYIN_ZH_PRICED, "zh")


# spent R37 rows (grounded_review37), against the passages that answered them
@pytest.mark.parametrize("pid, question", [
    ("kb-en-procedures-001", "How long does the colonoscopy itself take, in minutes? My neighbour is driving me down "
                             "and wants to know whether to wait or go for a wander."),
    ("kb-en-records_billing-001", "What exactly is the charge, in pounds, for a paper copy of my hospital records?"),
    ("kb-en-procedures-003", "How many hours before an MRI do I have to stop eating?"),
    ("kb-zh-appointments-006", "今年的高考体检是不是在你们医院做？要不要提前预约？"),
])
def test_spent_r37_rows(pid, question):
    from medqa.knowledge_base import load_knowledge_base

    passage = next(p for p in load_knowledge_base() if p.id == pid)
    assert V.asked_detail_missing(question, passage, "zh" if "-zh-" in pid else "en")
