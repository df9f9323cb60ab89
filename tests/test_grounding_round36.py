"""G36 (issue 12): "I don't know" when a passage is on the topic but does not give the asked detail.

Round G36's answer-slot rules (`medqa.answer_slots`, ROUND36_SOURCES): a charge asked as "will I be charged", how long
a result or letter takes to come, a shuttle bus, medicines delivered home, paying by card, and in Chinese the days
after an event before one may do something, where one may smoke or charge a phone, paying in
instalments. Both directions: the passage lacks the detail -> the slot is missing (don't know); the passage gives it ->
it answers. Questions and passages here are this round's own, not from any reviewer set.
"""

import pytest

from medqa.answer_slots import ROUND36_SOURCES, SLOT_NAMES, asked_slots, missing_slot

RESULTS = ("Test results are sent to the clinician who asked for the test. Many results also appear in the patient "
           "portal.")
RESULTS_TIMED = RESULTS + " Most blood test results are ready within 2 working days."
MISSED = ("If you miss an appointment without telling us, the clinic will review your case. Keep your phone charged "
          "for a phone appointment. You may be discharged back to your family doctor.")
MISSED_FEE = MISSED + " A fee of £25 is charged for each missed appointment."
TRANSPORT = "Parking is limited, so use public transport where you can. Details of bus routes are on the website."
TRANSPORT_SHUTTLE = TRANSPORT + " A free shuttle bus runs from the railway station every 20 minutes."
PHARMACY = "Take your prescription to the outpatient pharmacy near the main entrance; opening hours are on the signs."
PHARMACY_POST = PHARMACY + " Repeat medicines can also be posted to your home address."
BILLS = "If you cannot pay a bill in full, contact the billing office to discuss a payment plan."
BILLS_CARDS = BILLS + " The cashier's desk accepts debit and credit cards, cash and bank transfers."
MRI = "Remove hearing aids, watches and jewellery before the scan. Credit cards can be wiped by the magnet."

WOUND_ZH = "术后回家请保持伤口清洁干燥，在医生允许之前不要洗澡，淋浴时可用防水贴保护。"
WOUND_DAYS_ZH = "术后回家请保持伤口清洁干燥，一般术后3天可以淋浴，淋浴时可用防水贴保护。"
WARD_ZH = "住院时请带好洗漱用品、手机和充电器。病区禁止吸烟，包括电子烟。"
WARD_PLACES_ZH = WARD_ZH + "住院楼一层大厅设有手机充电站，室外吸烟区在停车场东侧。"
BILLS_ZH = "已经缴费但还没有做的检查可以申请退费。住院押金在出院结算时多退少补。"
BILLS_PLAN_ZH = BILLS_ZH + "费用较高、一次付清有困难的，可以到住院处申请分期付款。"


@pytest.mark.parametrize("question, passage, slot", [
    ("If I cancel the morning of my scan, will I be charged for it?", MISSED, "charged_at_all"),
    ("how long do the results from my bloods usually take to come back?", RESULTS, "turnaround"),
    ("Is there a shuttle from the train station to outpatients?", TRANSPORT, "item:shuttle"),
    ("Could the pharmacy deliver my tablets to my house?", PHARMACY, "item:home_delivery"),
    ("Can I pay my bill with a credit card?", BILLS, "item:card_payment"),
    ("whats the password for the visitors wifi", RESULTS, "password"),  # "whats" asks as "what's" does
    ("做完阑尾手术后几天可以洗头洗澡？", WOUND_ZH, "days_before_allowed"),
    ("住院部哪里可以抽烟？", WARD_ZH, "item:smoking_place"),
    ("病房里哪里可以给手机充电？", WARD_ZH, "item:charging_place"),
    ("住院费能不能分期？", BILLS_ZH, "item:instalments"),
])
def test_the_detail_the_topic_passage_leaves_out_is_missing(question, passage, slot):
    language = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in question) else "en"
    assert slot in asked_slots(question, language)
    assert missing_slot(question, [passage], language) == slot


@pytest.mark.parametrize("question, passage", [
    ("If I cancel the morning of my scan, will I be charged for it?", MISSED_FEE),
    ("how long do the results from my bloods usually take to come back?", RESULTS_TIMED),
    ("Is there a shuttle from the train station to outpatients?", TRANSPORT_SHUTTLE),
    ("Could the pharmacy deliver my tablets to my house?", PHARMACY_POST),
    ("Can I pay my bill with a credit card?", BILLS_CARDS),
    ("做完阑尾手术后几天可以洗头洗澡？", WOUND_DAYS_ZH),
    ("住院部哪里可以抽烟？", WARD_PLACES_ZH),
    ("病房里哪里可以给手机充电？", WARD_PLACES_ZH),
    ("住院费能不能分期？", BILLS_PLAN_ZH),
])
def test_a_passage_that_gives_the_detail_answers(question, passage):
    language = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in question) else "en"
    assert missing_slot(question, [passage], language) is None


@pytest.mark.parametrize("question, language", [
    # a card carried, not a way to pay
    ("I have an MRI on Monday - what should I do with my bank card?", "en"),
    # whether smoking is allowed at all: "病区禁止吸烟" answers it
    ("住院的时候可以抽烟吗？", "zh"),
    # a duration of the visit itself, not of something coming back
    ("How long is the appointment itself?", "en"),
])
def test_questions_that_ask_no_round36_detail(question, language):
    assert not set(asked_slots(question, language)) & {k.split(":", 1)[1] for k in ROUND36_SOURCES}


def test_keep_your_phone_charged_is_no_word_about_a_fee():
    # "charged" / "discharged" in a passage do not say whether a missed appointment costs money
    assert missing_slot("Will I be charged if I miss my appointment?", [MISSED], "en") == "charged_at_all"


def test_an_mri_passage_about_credit_cards_stays_answerable():
    assert missing_slot("Do my hearing aids have to come out for the MRI, and what about my bank card?", [MRI], "en") is None


def test_round36_rules_are_named_and_credited_to_u35():
    for key, source in ROUND36_SOURCES.items():
        language, name = key.split(":", 1)
        assert language in ("en", "zh") and name in SLOT_NAMES and source == 35
