"""Round G42 of the don't-know gate (issue #12, R35's first run): an asked figure, time, amount or name that the
passage does not hold (a timetable asked by its name, a price against "step-free access", a named officer asked with
an adverb, a most-allowed count, a clock time within a part of the day the message names itself, and a follow-up that
guesses the asked value), in English, Simplified, Traditional and Cantonese, with the passage that holds it still
answering; a "24-hour" test name is no opening time; a price the patient wants to see on a bill is not asked; and
Cantonese and lay wordings of tests and services read as the passages' words.

Wordings written for these tests, not the reviewer sets' (a few spent R35 rows are checked at the end).
"""

import pytest

from medqa import verification as V
from medqa.answer_slots import missing_slot
from medqa.knowledge_base import Passage
from medqa.retrieval_synonyms import expand_query, fold_chinese_wording


def _passage(text: str, language: str = "en", title: str = "Test passage") -> Passage:
    return Passage("kb-test-001", title, language, "test", text, "test", "2026-01-01")


CLINIC_EN = ("The eye clinic runs its own appointments, which are different from the main outpatient clinics; "
             "patients may stay overnight after some procedures.")
CLINIC_EN_TIMES = "The eye clinic is open from 8.30am to 5pm, Monday to Friday."
LOCKERS_EN = ("Lockers for visitors are by the step-free access at the west entrance; you may need to leave a deposit "
              "for the key.")
LOCKERS_EN_PRICE = "Lockers for visitors are by the west entrance; the key needs a £5 deposit, returned when you leave."
COMPLAINTS_EN = "Complaints are handled by the patient experience manager, who can be reached through the website."
COMPLAINTS_EN_NAMED = "Complaints are handled by our patient experience manager, Mrs Adeyemi, at the main office."
PARCELS_EN = "Friends can bring in small parcels for inpatients; staff check them at the ward desk."
PARCELS_EN_LIMIT = "Friends can bring in small parcels for inpatients, up to 2 bags per visit."
LIBRARY_ZH = "住院部图书角每天上午和下午开放，病人和家属都可以借阅，借书请在护士站登记。"
LIBRARY_ZH_CLOCK = "住院部图书角每天下午2点到5点开放，借书请在护士站登记。"
MEALS_ZH = "陪护餐可以在医院App上订购，订餐后送到病房，订购截止时间以App公示为准。"
MEALS_ZH_DAYS = "陪护餐可以在医院App上订购，一般下单后2天内生效，送到病房。"
DRUGS_ZH = "门诊药房每次发药的用量一般为7天，慢性病可以开到4到12周。"
DRUGS_ZH_LIMIT = "门诊每张处方最多开5种药，慢性病用量可以开到4到12周。"
HOLTER_ZH = ("动态心电图需要随身佩戴一个小型记录盒，通常连续记录24小时。请在记录本上写下出现心慌、胸闷等症状的时间和"
             "当时在做什么。")
BILL_ZH = "住院患者可以每天在App上查看住院费用日清单，出院结算时会提供住院费用总清单，列出每一项费用的名称和单价。"


@pytest.mark.parametrize("question, text, language, missing", [
    # a timetable asked by its name
    ("We're bringing Gran to the eye clinic on Friday. What are the clinic times there?", CLINIC_EN, "en", True),
    ("We're bringing Gran to the eye clinic on Friday. What are the clinic times there?", CLINIC_EN_TIMES, "en", False),
    # a price asked, and "step-free" is no price
    ("how much is the deposit for a visitor locker? need to know whether to bring coins", LOCKERS_EN, "en", True),
    ("how much is the deposit for a visitor locker? need to know whether to bring coins", LOCKERS_EN_PRICE, "en", False),
    # a named member of staff asked with an adverb
    ("Who exactly is your patient experience manager?", COMPLAINTS_EN, "en", True),
    ("Who exactly is your patient experience manager?", COMPLAINTS_EN_NAMED, "en", False),
    # a most-allowed count
    ("What's the maximum number of parcels a friend can bring in for me?", PARCELS_EN, "en", True),
    ("What's the maximum number of parcels a friend can bring in for me?", PARCELS_EN_LIMIT, "en", False),
    ("门诊一张处方最多能开几种药？", DRUGS_ZH, "zh", True),
    ("門診一張處方最多可以開幾種藥？", DRUGS_ZH, "zh", True),  # Traditional
    ("门诊一张处方最多能开几种药？", DRUGS_ZH_LIMIT, "zh", False),
    # a clock time within a part of the day the message names itself
    ("图书角下午几点开门？几点关？", LIBRARY_ZH, "zh", True),
    ("圖書角下晝幾點開？", LIBRARY_ZH, "zh", True),  # Cantonese
    ("图书角下午几点开门？几点关？", LIBRARY_ZH_CLOCK, "zh", False),
    # a follow-up that guesses the asked value
    ("陪护餐订了以后几天生效？是不是当天就能送？", MEALS_ZH, "zh", True),
    ("陪護餐訂咗之後幾多日生效？係咪即日就送到？", MEALS_ZH, "zh", True),  # Cantonese
    ("陪护餐订了以后几天生效？是不是当天就能送？", MEALS_ZH_DAYS, "zh", False),
    ("How long does it take for the locker deposit to come back? Is it 3 days?", LOCKERS_EN, "en", True),
    # a "24-hour" test is no opening time asked
    ("医生让我戴24小时的心电图盒子，记录本上要写些什么？", HOLTER_ZH, "zh", False),
    ("I've got the 24-hour ECG box on. What goes in the diary?", "Wear the recorder for 24 hours and write in the "
     "diary when you have palpitations or dizziness and what you were doing.", "en", False),
])
def test_asked_detail_missing(question, text, language, missing):
    assert V.asked_detail_missing(question, _passage(text, language), language) is missing


def test_a_price_the_patient_wants_to_see_is_not_asked():
    told = "住院那段时间的费用，我想查查每一项是什么、各花了多少钱，不要只给总数。去哪里可以查？"
    assert missing_slot(told, [BILL_ZH], "zh") is None
    assert missing_slot("住院每天的床位费多少钱？", [BILL_ZH], "zh") == "amount"
    assert missing_slot("我想知道床位费多少钱。去哪里交？", [BILL_ZH], "zh") == "amount"


@pytest.mark.parametrize("question, words", [
    ("做那个由口吞条管落去看胃的检查，之前要几多个钟唔食嘢？", ("胃镜", "小时")),
    ("睇急症使唔使预先约？", ("急诊", "提前预约")),
    ("我爸要做那个睡一觉醒来就查完的大肠检查", ("肠镜", "无痛")),
])
def test_cantonese_and_lay_readings(question, words):
    read = V.gate_reading(question, "zh")
    assert all(w in read for w in words), read


def test_going_down_to_look_is_no_visit():
    assert "探视" not in expand_query(fold_chinese_wording("吞条管落去看个胃"), "zh")
    assert "探视" in expand_query("周末去看我外婆", "zh")


@pytest.mark.parametrize("question, text, missing", [
    ("长期处方一次最多能开几种药？", "慢性病患者可以申请长期处方，一次开具的用量通常可以达到4到12周，需要长期服用同一种药物。",
     True),
    ("普通病房下午探视几点开始、几点结束？我坐客车过去，得掐好点儿。",
     "普通病房实行定时探视，一般为每天下午和傍晚两个时段，具体时间以各病区门口公示为准。", True),
    ("云影像在App里能存几年？过个五六年还能调出来看吗？", "检查完成后可以在医院App中查看影像图片和报告。影像资料的保存期限有规定。",
     True),
])
def test_spent_r35_rows(question, text, missing):
    assert V.asked_detail_missing(question, _passage(text, "zh"), "zh") is missing
