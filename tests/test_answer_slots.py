"""Answer slots (medqa.answer_slots): a question asking a detail no passage holds gets the don't-know answer.

Wordings are our own (not the blind reviewer sets'). Both directions: the slot missing -> don't know; the
slot present (or no slot asked: a procedure, a rule) -> the passage answers.
"""

import asyncio

import pytest

from medqa.answer_slots import SLOT_NAMES, asked_slots, missing_slot
from medqa.assistant import Assistant
from medqa.knowledge_base import load_knowledge_base
from medqa.retrieval import KnowledgeIndex

BOOKING = ("You can book most outpatient appointments through the patient portal, by calling the appointments "
           "line through the hospital switchboard, or in person at the outpatient reception desk.")
INTERPRETER = "If you would like an interpreter, tell us when you book. Interpreting is free for patients."
VISITING = ("General adult wards usually welcome visitors during set visiting hours, typically from early afternoon "
            "until evening. Exact hours vary by ward.")
PARKING_ZH = "医院停车场按时段收费，标准以停车场公示为准。孕妇和行动不便者可在门诊楼前临时落客区下车。"
VISITING_ZH = "普通病房实行定时探视，一般为每天下午和傍晚两个时段。每位患者同一时间探视人数一般不超过2人。"
LOCKER_ZH = "检查前请把手机、钥匙和金属物品放进更衣室的柜子里。"


@pytest.mark.parametrize("question, passage, slot", [
    ("Could you give me the telephone number for the outpatient appointments line?", BOOKING, "phone"),
    ("What's the switchboard's phone number, please?", BOOKING, "phone"),
    ("Exactly what time does the outpatient reception desk open?", BOOKING, "exact_clock_time"),
    ("Who is the manager of the outpatient reception desk?", BOOKING, "person_name"),
    ("What's the password for the patient portal on the ward computers?", BOOKING, "password"),
    ("Which bus route stops nearest the outpatient entrance?", BOOKING, "bus_or_line"),
    ("My son wants a job - are you recruiting porters, and how do we apply?", BOOKING, "item:jobs"),
    ("Can I bring my rabbit when I visit my grandmother?", VISITING, "item:pet"),
    ("停车场一小时要多少钱？", PARKING_ZH, "amount"),
    ("停車場的服務電話係幾多？", PARKING_ZH, "phone"),            # Cantonese, Traditional
    ("門診樓的停車場晚上具體幾點關門？", PARKING_ZH, "exact_clock_time"),  # Traditional
    ("坐地铁到医院是几号线？", PARKING_ZH, "line_or_exit"),
    ("检查时放东西的柜子有没有锁？", LOCKER_ZH, "item:lock"),
    ("我想来医院做义工，怎么报名？", VISITING_ZH, "item:volunteering"),
])
def test_a_slot_no_passage_fills_is_missing(question, passage, slot):
    assert missing_slot(question, [passage], "zh" if any("\u4e00" <= c <= "\u9fff" for c in question) else "en") == slot


@pytest.mark.parametrize("question, passage, language", [
    ("How much does an interpreter cost me?", INTERPRETER, "en"),            # "free" fills an amount
    ("What are the visiting hours on the general wards?", VISITING, "en"),   # "afternoon until evening"
    ("How do I book an outpatient appointment?", BOOKING, "en"),             # a procedure asks no slot
    ("Can I book at the outpatient reception desk?", BOOKING, "en"),
    ("Where do I go to book?", BOOKING, "en"),
    ("I forgot my patient portal password - what now?", BOOKING, "en"),      # a procedure, not the password itself
    ("病房一般几点可以探视？", VISITING_ZH, "zh"),                              # 下午/傍晚 answer a plain 几点
    ("一次最多可以有幾個人探視？", VISITING_ZH, "zh"),
    ("停车要收费吗？", PARKING_ZH, "zh"),                                       # a yes/no about paying
    ("开车来医院停车方便吗？", PARKING_ZH, "zh"),
])
def test_a_slot_the_passage_fills_or_no_slot_is_not_missing(question, passage, language):
    assert missing_slot(question, [passage], language) is None


def test_a_filler_in_a_sentence_about_something_else_does_not_count():
    other = "Reduced-price or free parking may be available for some patients. " + BOOKING
    assert missing_slot("How much does it cost to hire a mobility scooter?", [other], "en") == "amount"


def test_a_story_sentence_is_not_read_as_the_question():
    assert missing_slot("We lost the appointment letter. Do I need to bring ID to my appointment?", [BOOKING], "en") is None
    assert asked_slots("We lost the appointment letter. Where do I book?", "en") == ["item:lost_document"]


PORTAL = ("To sign up for the patient portal you need an email address and a mobile phone number, and you must "
          "prove who you are at the main reception.")


@pytest.mark.parametrize("question", [
    "Is a mobile number needed to sign up for the portal, or can I use my home phone?",
    "My dad doesn't have a mobile number - can he still sign up for the portal?",
    "Can I sign up for the portal without a mobile phone number?",
    "My mobile phone number has changed - how do I update it on the portal?",
])
def test_the_patients_own_phone_number_asks_no_hospital_number(question):
    # a requirement or the patient's own number: the passage answers it without any digits
    assert "phone" not in asked_slots(question, "en")
    assert missing_slot(question, [PORTAL], "en") is None


@pytest.mark.parametrize("question", [
    "I need a phone number for the portal helpdesk",
    "Do you have a phone number for the main reception?",
    "My mobile number has changed. What is the phone number of the main reception?",
    "Does the main reception have a phone number?",
])
def test_a_hospital_phone_number_is_still_asked_beside_the_patients_own(question):
    assert missing_slot(question, [PORTAL], "en") == "phone"


def test_no_passages_leaves_the_decision_to_the_relevance_gate():
    assert missing_slot("What is the wifi password?", [], "en") is None


def test_bad_input_gets_a_clear_error():
    with pytest.raises(ValueError, match="language must be one of"):
        missing_slot("What time?", [BOOKING], "fr")
    with pytest.raises(ValueError, match="question must be text"):
        missing_slot(None, [BOOKING], "en")
    assert "phone" in SLOT_NAMES and "item:pet" in SLOT_NAMES


# --- the hook in Assistant.prepare ---------------------------------------------------------------------------
class ScriptedEngine:
    model_name = "scripted"

    def __init__(self, answer: str):
        self.answer, self.calls = answer, 0

    def render_chat(self, messages):
        return "\n".join(m["content"] for m in messages)

    async def generate(self, prompt, params, request_id=None):
        from medqa.engine import GenerationChunk
        self.calls += 1
        yield GenerationChunk(self.answer, "stop", prompt_tokens=1, completion_tokens=1)


@pytest.fixture(scope="module")
def index():
    return KnowledgeIndex(load_knowledge_base(), use_embeddings=False)


def _respond(index, question, passage_id, answer):
    engine = ScriptedEngine(answer)
    assistant = Assistant(engine, index)
    result = asyncio.run(assistant.respond(question, passages=[index.by_id[passage_id]]))
    return result, engine


@pytest.mark.parametrize("question, passage_id, language", [
    ("Can I book an outpatient appointment by calling the appointments line? What is its phone number?",
     "kb-en-appointments-001", "en"),
    ("What are the exact visiting hours on general adult wards?", "kb-en-visiting-001", "en"),
    ("Do I have to pay for an interpreter, and what is the interpreter service's phone number?", "kb-en-appointments-007", "en"),
    ("普通病房具体几点到几点可以探视？", "kb-zh-visiting-001", "zh"),
    ("普通病房探視具體是幾點到幾點？", "kb-zh-visiting-001", "zh"),
])
def test_the_assistant_says_it_does_not_know_a_detail_the_passage_lacks(index, question, passage_id, language):
    passage = index.by_id[passage_id]
    prepared = Assistant(ScriptedEngine(""), index).prepare(question, passages=[passage])
    assert prepared.relevance >= 0.5  # the passage is on topic: the relevance gate alone would answer
    result, engine = _respond(index, question, passage_id, f"{_first_sentence(passage.text)} [{passage_id}]")
    assert result.mode == "no_answer" and not result.citations
    assert engine.calls == 0  # decided before generation, so nothing is streamed and then taken back
    assert ("don't have that information" if language == "en" else "没有这方面的信息") in result.text \
        or "沒有這方面的" in result.text


@pytest.mark.parametrize("question, passage_id", [
    ("How much does an interpreter cost?", "kb-en-appointments-007"),
    ("What are the visiting hours on general adult wards?", "kb-en-visiting-001"),
    ("普通病房一次探视几个人？", "kb-zh-visiting-001"),
    ("How do I book an outpatient appointment by phone?", "kb-en-appointments-001"),
])
def test_the_assistant_still_answers_when_the_passage_holds_the_detail(index, question, passage_id):
    passage = index.by_id[passage_id]
    result, engine = _respond(index, question, passage_id, f"{_first_sentence(passage.text)} [{passage_id}]")
    assert result.mode != "no_answer" and engine.calls == 1


def _first_sentence(text: str) -> str:
    end = min(i for i in (text.find(". "), text.find("。"), len(text)) if i >= 0)
    return text[:end + 1]


# Round 27: detail TYPES (a count, an age, a colour, a measurement, a weekday, a weekend schedule, a brand) and named
# options (a diet, cash, an electronic signature, a clinician's sex, a notification channel). Own wordings.
PARKING = ("Visitor car parks are signposted from the main entrance road; payment machines accept cards and coins. "
           "Blue badge holders can use the accessible spaces near the main entrances.")
PHARMACY = "The outpatient pharmacy is next to the main reception. You can pay for prescriptions by card at the pharmacy desk."
CONSENT = "Before the operation the surgeon explains the risks and you sign a consent form."
MRI = "The MRI scanner is a large tube with a strong magnet. Tell the radiographer about any implants before the scan."
CLINIC = "The hearing clinic runs on weekday mornings from 9am. Ask at the outpatient reception desk."
LAXATIVE_ZH = "肠镜前一天按说明喝完医院开的泻药，多喝清水。"
WARD_ZH = "住院病房配有床头柜和储物柜，贵重物品请交家属带回。"
SURGERY_ZH = "日间手术中心位于门诊楼，手术当天请提前到登记处报到。"
WAITLIST_ZH = "候补成功后医院会通知您，请留意并按时就诊。"


@pytest.mark.parametrize("question, passage, slot", [
    ("How many parking spaces are there for visitors?", PARKING, "how_many"),
    ("What colour is the visitor badge on the children's ward?", VISITING, "colour"),
    ("How heavy is the MRI scanner's table limit - how big can a patient be?", MRI, "measure"),
    ("Which days does the interpreter service come in?", INTERPRETER, "weekday"),
    ("Is the booking desk open at weekends?", BOOKING, "weekend"),
    ("What make of scanner do you have?", MRI, "brand"),
    ("Are the drinks they give after the scan vegan?", MRI, "item:special_diet"),
    ("Does the pharmacy take cash?", PHARMACY, "item:cash"),
    ("Can I sign the consent form electronically from home?", CONSENT, "item:e_signature"),
    ("Can I have a female radiographer for the scan?", MRI, "item:clinician_sex"),
    ("泻药是什么牌子的？", LAXATIVE_ZH, "brand"),
    ("病房的储物柜能放多大的箱子？", WARD_ZH, "measure"),
    ("日間手術中心在哪一棟樓？", SURGERY_ZH, "building"),       # Traditional; 哪一栋楼, not only 哪栋楼
    ("候补成功是发短信还是打电话通知？", WAITLIST_ZH, "item:notify_channel"),
    ("手术同意书可以电子签名吗？", SURGERY_ZH, "item:e_signature"),
])
def test_round27_a_detail_type_no_passage_states_is_missing(question, passage, slot):
    assert missing_slot(question, [passage], "zh" if any("\u4e00" <= c <= "\u9fff" for c in question) else "en") == slot


@pytest.mark.parametrize("question, passage, language", [
    ("Do the car park pay machines take cash?", PARKING, "en"),                  # coins answer cash
    ("I was ill at the weekend and better since Monday - can I still come to my appointment?", BOOKING, "en"),  # told, not asked
    ("I'm signing up for the online patient portal - how do I book?", BOOKING, "en"),  # "sign up" is no signature
    ("Which days is the hearing clinic on?", CLINIC, "en"),                      # "weekday mornings" names the days
    ("Is the hearing clinic open on Saturdays?", CLINIC, "en"),                  # "weekday" answers no
    ("Mum waited two hours for a bed on Sunday night - who do I tell?", BOOKING, "en"),  # a wait told, no schedule asked
    ("How many people can visit at once?", VISITING, "en"),                      # a visitor count is no how_many of things
    ("候补成功后医院会通知我吗？", WAITLIST_ZH, "zh"),                             # a yes/no, not a channel asked
])
def test_round27_a_type_the_passage_states_or_context_only_is_not_missing(question, passage, language):
    assert missing_slot(question, [passage], language) is None


def test_round27_rules_are_named_slots_and_skip_turns_them_off():
    from medqa.answer_slots import ROUND27_SOURCES

    assert {name.split(":", 1)[1] for name in ROUND27_SOURCES} <= set(SLOT_NAMES)
    question = "Does the pharmacy take cash?"
    assert missing_slot(question, [PHARMACY], "en") == "item:cash"
    assert missing_slot(question, [PHARMACY], "en", skip=frozenset(ROUND27_SOURCES)) is None
