"""G39 (issue 12): a question asking a length of time or a place that the passages on its topic do not give says "don't know".

u35..u38's missing-detail rows were answered from the passage on the topic: "how long will I be there on the day",
"多久可以洗澡", "手術前要預幾耐時間", "where is the day surgery unit", "抽血處喺邊層". `medqa.answer_slots` now reads two more
slots, each in its asking clause, and fills them only with a value of their type in a sentence on that clause's
topic; the extractive fallback checks the asked slots against the passages it would quote, not every retrieved one.
Wordings here are this round's own (English, Simplified, Traditional, Cantonese), not rows of any reviewer set.
"""

import pytest

from medqa.answer_slots import ROUND39_SOURCES, SLOT_NAMES, asked_slots, missing_slot
from medqa.verification import VerificationSettings, extractive_answer
from tests.kb_support import bundled_passages_by_id

KB = bundled_passages_by_id()

# Own passages: on the topic, without the asked detail (and look-alikes with it).
BONE_SCAN = ("A bone density scan uses a very low dose of X-rays to measure how strong your bones are. You lie on your back "
             "on a padded table while the arm of the scanner passes over you. Results are sent to the doctor who referred you.")
BONE_SCAN_TIMED = "A bone density scan is painless. The scan itself takes about 10 to 20 minutes, and you can go home straight after."
AUDIOLOGY = ("Hearing tests are carried out by the audiology team. You need a referral from your GP or a hospital doctor, "
             "and the appointment letter tells you what to bring.")
PHARMACY_PLACED = "The outpatient pharmacy is next to the main entrance, on the ground floor."
BONE_SCAN_ZH = "骨密度检查使用很低剂量的X线，检查时平躺在检查床上，扫描臂从身体上方经过。检查结果会发给开单医生。"
BONE_SCAN_ZH_TIMED = "骨密度检查没有痛苦，整个检查一般需要10到20分钟，做完就可以回家。"
WOUND_ZH = "回家后请保持伤口清洁干燥，在医生允许之前不要碰水。术后几天伤口有轻微疼痛属于常见情况。"
HEARING_ZH = "听力检查需要先挂耳鼻喉科的号，由医生开单后预约，检查前请清洁外耳道。"
PHARMACY_ZH = "门诊药房在门诊大厅一楼，挂号收费处旁边。"
INVOICE_ZH = "缴费后可以在医院App下载电子发票，也可以在门诊自助机打印。"
DAY_SURGERY_ZH = "日间手术是指在一个工作日内完成入院、手术和出院，一般不超过24小时。请按通知时间到日间手术中心报到。"
ER_ZH = "急诊24小时开放，不需要提前预约。"
SEDATION_EN = "After sedation someone must stay with you for at least 24 hours. Do not drive or sign legal documents."
LOUNGE_OPEN_EN = "The discharge lounge is open 24 hours a day, so you can wait there for your transport."


@pytest.mark.parametrize("question, passage, language", [
    # a length of time asked, the topic passage gives none
    ("Roughly how long is the appointment for a bone density scan?", BONE_SCAN, "en"),
    ("how long am i going to be stuck there for the bone scan, half the day?", BONE_SCAN, "en"),
    ("How many hours will the bone density scan take from start to finish?", BONE_SCAN, "en"),
    ("做骨密度检查大概要多长时间？", BONE_SCAN_ZH, "zh"),
    ("照骨密度要幾耐？", BONE_SCAN_ZH, "zh"),                         # Cantonese, Traditional
    ("做骨密度檢查要多久，要請一整天假嗎？", BONE_SCAN_ZH, "zh"),          # Traditional, two asks
    ("伤口多久能碰水", WOUND_ZH, "zh"),                                 # "术后几天" is a length told of the pain
    ("傷口幾時可以沖涼？", WOUND_ZH, "zh"),                               # Cantonese 幾時 / 沖涼
])
def test_a_length_the_topic_passage_does_not_give_is_missing(question, passage, language):
    assert missing_slot(question, [passage], language) == "length"
    assert "length" in asked_slots(question, language)


@pytest.mark.parametrize("question, passage, language", [
    ("Roughly how long is the appointment for a bone density scan?", BONE_SCAN_TIMED, "en"),
    ("How long does the bone density scan take?", BONE_SCAN_TIMED, "en"),
    ("骨密度检查要多久？", BONE_SCAN_ZH_TIMED, "zh"),
    ("照骨密度要幾耐？", BONE_SCAN_ZH_TIMED, "zh"),
    ("手指切破了按多久能止血？", "小伤口可以用干净纱布按压止血，一般几分钟就能止住。", "zh"),  # a vague length that measures the act
    ("退的钱多久能回到卡里？", "退费按原支付方式退回，到账时间以银行为准。", "zh"),             # a length said to be set elsewhere
    ("How long until my refund is back on my card?", "Refunds go back to the card you paid with; the time it takes depends on your bank.", "en"),
    ("病房幾時可以探病？", "普通病房每天下午和傍晚两个时段可以探视。", "zh"),                # 幾時 asks when: a part of the day answers
])
def test_a_length_given_on_the_topic_answers(question, passage, language):
    """A length told on the topic of the asking clause fills the slot."""
    assert missing_slot(question, [passage], language) is None


@pytest.mark.parametrize("question, language", [
    ("How long ago was the new audiology unit opened?", "en"),        # a past event, no length asked of us
    ("How long have you been waiting?", "en"),
    ("前几天做的骨密度检查，结果在哪看？", "zh"),                       # 前几天 tells when, it asks no length
])
def test_no_length_is_read(question, language):
    assert "length" not in asked_slots(question, language)


@pytest.mark.parametrize("question, passage, language", [
    ("Where's the audiology department, please?", AUDIOLOGY, "en"),
    ("which entrance do I use for the hearing tests", AUDIOLOGY, "en"),
    ("My appointment letter is for a hearing test. How do I find the audiology clinic?", AUDIOLOGY, "en"),
    ("听力检查在哪里做？", HEARING_ZH, "zh"),
    ("耳鼻喉科门诊在什么地方？", HEARING_ZH, "zh"),
    ("耳鼻喉科喺邊度？", HEARING_ZH, "zh"),                              # Cantonese, Traditional
    ("聽力檢查喺邊層？", HEARING_ZH, "zh"),
])
def test_a_place_the_topic_passage_does_not_give_is_missing(question, passage, language):
    assert missing_slot(question, [passage], language) == "place"
    assert "place" in asked_slots(question, language)


@pytest.mark.parametrize("question, passage, language", [
    ("Where is the pharmacy?", PHARMACY_PLACED, "en"),
    ("Where's the chemist in the hospital?", PHARMACY_PLACED, "en"),  # the lay word read as the passage's own
    ("药房在哪里？", PHARMACY_ZH, "zh"),
    ("藥房喺邊度？", PHARMACY_ZH, "zh"),
    ("电子发票在哪里下载？", INVOICE_ZH, "zh"),                          # where to DO it: the App / machine is the place
    ("發票可以去哪裡打印？", INVOICE_ZH, "zh"),
])
def test_a_place_given_on_the_topic_answers(question, passage, language):
    assert missing_slot(question, [passage], language) is None


@pytest.mark.parametrize("question, language", [
    ("Where do I send the completed form?", "en"),                    # a procedure, no place asked
    ("where can i find out about my results", "en"),
    ("退款会退到哪里？", "zh"),                                           # a destination of money, not a place to go
])
def test_no_place_is_read(question, language):
    assert "place" not in asked_slots(question, language)


def test_a_length_of_24_hours_is_no_clock_time():
    # "一般不超过24小时" / "for at least 24 hours" are lengths: they do not say at what time to come or when a place opens
    assert missing_slot("日间手术几点报到？", [DAY_SURGERY_ZH], "zh") == "clock_time"
    assert missing_slot("急诊几点开门？", [ER_ZH], "zh") is None
    assert missing_slot("What time does the discharge lounge open?", [SEDATION_EN], "en") == "clock_time"
    assert missing_slot("What time does the discharge lounge open?", [LOUNGE_OPEN_EN], "en") is None


@pytest.mark.parametrize("question, passage, language, slot", [
    ("Is there a bus from the railway station to the hospital, and which number?",
     "Parking is limited, so use public transport where you can.", "en", "bus_number"),
    ("醫院有冇接駁車由火車站過嚟？", "建议乘坐地铁、公交或出租车来院。", "zh", "item:shuttle"),
    ("我妈只会讲越南话，可以安排翻译吗？", "听不懂普通话的患者可以告知服务台，医院会尽量安排工作人员协助。", "zh", "item:language_more"),
    ("我婆婆是菲律宾人，只会说他加禄语，能安排翻译吗？", "外籍患者可以告知服务台，医院会尽量安排能沟通的工作人员。", "zh",
     "item:language_more"),
])
def test_named_things_the_passage_does_not_name(question, passage, language, slot):
    assert missing_slot(question, [passage], language) == slot


def test_a_numbered_bus_answers():
    assert missing_slot("Is there a bus from the station, which number?", ["The number 12 bus stops at the main gate."], "en") is None


def test_the_extractive_answer_does_not_quote_a_passage_without_the_asked_detail():
    # The sedation passage is on the topic of driving after sedation but never says where anything is.
    question = "I had sedation for my colonoscopy. Where is the discharge lounge where I wait for my lift?"
    sedation = KB["kb-en-procedures-002"]
    settings = VerificationSettings(learned_gate=False)
    verified = extractive_answer(question, [sedation], "en", settings)
    assert verified.mode == "no_answer" and verified.extra.get("missing_slot") == "place"
    # A place held by another passage given (not quoted: without retrieval scores only the first accepted passage is)
    # does not let the sedation passage be quoted: before generation the slot counts as filled, the quote does not.
    pharmacy = KB["kb-en-medications-012"]
    assert missing_slot(question, [sedation, pharmacy], "en") is None
    both = extractive_answer(question, [sedation, pharmacy], "en", settings)
    assert both.mode == "no_answer" and both.extra.get("missing_slot") == "place"
    # without the asked place, the same passage is quoted
    plain = extractive_answer("I had sedation for my colonoscopy. Can I drive home afterwards?", [sedation], "en", settings)
    assert plain.mode == "extractive" and plain.citations == [sedation["id"]]


def test_round39_rules_are_named_and_credited():
    for key, source in ROUND39_SOURCES.items():
        language, name = key.split(":", 1)
        assert language in ("en", "zh") and name in SLOT_NAMES and source == 38


@pytest.mark.parametrize("question, passage, language", [
    ("做骨密度检查大概要多长时间？", BONE_SCAN_ZH, "zh"),
    ("Where's the audiology department, please?", AUDIOLOGY, "en"),
])
def test_the_round39_slots_can_be_left_out(question, passage, language):
    # a leave-one-rule-out measurement passes the slot's name (or "lang:name") in skip
    assert missing_slot(question, [passage], language, skip=frozenset({"length", "place"})) is None
    assert missing_slot(question, [passage], language, skip=frozenset({f"{language}:length", f"{language}:place"})) is None


def test_the_quoted_check_reads_only_round39_slots():
    # The older clock slot reads "禁食6到8小时" as no clock time; against every retrieved passage another may fill it, and
    # the quoted check does not re-ask it of the quoted passage alone (two answerable rows of u36/u37 had that shape).
    from medqa.answer_slots import quoted_missing_slot

    gastroscopy = KB["kb-zh-test_preparation-008"]
    question = "明早做胃镜，今天晚上几点以后就不能吃东西了？"
    assert missing_slot(question, [gastroscopy], "zh") == "clock_time"
    assert quoted_missing_slot(question, [gastroscopy], "zh") is None
    assert quoted_missing_slot("做骨密度检查大概要多长时间？", [BONE_SCAN_ZH], "zh") == "length"


@pytest.mark.parametrize("question, passage, language", [
    # an older slot that reads the same kind of detail keeps its own filler
    ("How long does the text message code stay valid?", "Your sign-in code is valid for a limited time only.", "en"),
    ("How many hours do patients normally wait for the transport?", "Transport waiting times vary with demand.", "en"),
    ("超声室在几楼？", "超声检查在医技楼三楼。", "zh"),
])
def test_a_length_or_place_an_older_slot_reads_is_left_to_it(question, passage, language):
    assert missing_slot(question, [passage], language) is None
