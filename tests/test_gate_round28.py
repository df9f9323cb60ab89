"""Answer slots round 28 (R13 spent): detail TYPES a passage states as a value - a named clock time, a number of days
after an event, a validity period, a threshold, a percentage, the app or software used - and stricter fillers for two
older Chinese types (a number of times, the days a service runs). Own wordings, not the reviewer set's.
"""

import pytest

from medqa.answer_slots import ROUND28_SOURCES, SLOT_NAMES, missing_slot

VISITING = ("General adult wards usually welcome visitors during set visiting hours, typically from early afternoon "
            "until evening. Exact hours vary by ward.")
WOUND = "Keep the wound dry for the first two days. Your practice nurse will take the stitches out at the surgery."
STITCHES = "Your practice nurse will take the stitches out at the surgery; book it when you get home."
PORTAL = "Ask at main reception for an activation code, then sign in to the patient portal with it."
PREOP = "Before many planned operations you will have a pre-operative assessment, a few days or weeks before surgery."
HARDSHIP = "The hospital may have a financial assistance programme that reduces charges for patients on low incomes."
VIDEO = "Some wards offer video visiting for families who cannot come in; ask the nurse in charge to arrange it."
REPEAT = ("Order your repeat prescription through the patient portal and allow at least three to five working days "
          "before you run out.")
INSURANCE_ZH = "住院费用可以用医保结算，出院时只需支付个人负担的部分。"
REFUND_ZH = "退费申请审核后，费用会按原支付渠道退回，请留意账户变动。"
SIGN_ZH = "部分时段可以提供手语志愿者服务，需要提前一到两个工作日通过医院总机预约。"
NOSHOW_ZH = "预约后未就诊也未取消属于爽约，累计多次爽约的账号在90天内可能会被限制线上预约。"
COPY_ZH = "病历复印在住院楼一楼病案室办理，复印按页收费。"
RELEASE_ZH = "大部分专科号源提前7天放号，部分号源会在就诊前一天下午放号。"
CONTRAST_ZH = "增强CT需要从静脉注射造影剂，检查后多喝水帮助排出。"
ICU_ZH = "部分ICU提供视频探视，具体安排以ICU门口公示为准。"


@pytest.mark.parametrize("question, passage, slot", [
    ("What's the finishing time for visitors on the general wards?", VISITING, "named_time"),
    ("How many days after the operation do the stitches come out?", STITCHES, "days_after"),
    ("After how many days are stitches taken out?", STITCHES, "days_after"),
    ("How long is the activation code valid?", PORTAL, "validity"),
    ("How many weeks is the pre-op assessment valid for?", PREOP, "validity"),
    ("What income do you need to be under for the financial assistance programme?", HARDSHIP, "threshold"),
    ("What percentage of the bill does the financial assistance programme cover?", HARDSHIP, "percentage"),
    ("Which app do I need for video visiting?", VIDEO, "software"),
    ("What's the brand name of the dye they inject?", PREOP, "brand_name"),
    ("医保住院能报百分之多少？", INSURANCE_ZH, "percentage"),
    ("退費申請後幾天到賬？", REFUND_ZH, "days_after"),                 # Traditional
    ("手语志愿者哪几天在？", SIGN_ZH, "weekday_set"),                   # 两个工作日 is a duration, not days
    ("爽约几次就不能线上约了？", NOSHOW_ZH, "times_number"),             # 多次 is no number of times
    ("复印一页几毛钱？", COPY_ZH, "small_amount"),
    ("放号是几点整？", RELEASE_ZH, "exact_hour"),                        # 下午 is no hour on the dot
    ("造影剂系啥子牌子？", CONTRAST_ZH, "brand_dialect"),
    ("ICU视频探视用什么软件？", ICU_ZH, "software"),
])
def test_round28_a_detail_type_no_passage_states_is_missing(question, passage, slot):
    language = "zh" if any("\u4e00" <= c <= "\u9fff" for c in question) else "en"
    assert missing_slot(question, [passage], language) == slot


@pytest.mark.parametrize("question, passage, language", [
    ("How many days before I run out should I order my repeat prescription?", REPEAT, "en"),  # "three to five working days"
    ("How many days after the op can the wound get wet?", WOUND, "en"),              # "the first two days"
    ("What time should I arrive, exactly?", VISITING, "en"),                          # arrival: no clock time asked
    ("Is the code valid at reception?", PORTAL, "en"),                                # a yes/no, not a period
    ("Which app do I use to order a repeat prescription?", REPEAT, "en"),             # the portal answers it
    ("住院费用医保能报多少？", INSURANCE_ZH, "zh"),                                    # no percentage asked
    ("手语志愿者要提前几天约？", SIGN_ZH, "zh"),                                        # 一到两个工作日 answers
    ("大部分号源提前几天放？", RELEASE_ZH, "zh"),                                      # 7天
])
def test_round28_a_type_the_passage_states_or_none_asked_is_not_missing(question, passage, language):
    assert missing_slot(question, [passage], language) is None


def test_round28_rules_are_named_slots_from_r13_and_skip_turns_them_off():
    assert {name.split(":", 1)[1] for name in ROUND28_SOURCES} <= set(SLOT_NAMES)
    assert set(ROUND28_SOURCES.values()) == {13}
    assert missing_slot("爽约几次就不能线上约了？", [NOSHOW_ZH], "zh", skip=frozenset(ROUND28_SOURCES)) is None
    assert missing_slot("How long is the activation code valid?", [PORTAL], "en", skip=frozenset(ROUND28_SOURCES)) is None
