"""Gate / answer slots round 30 (after R14, spent): the families of R14's misses, in wordings written here.

Missing details answered anyway, read as slot TYPES (`medqa.answer_slots`):
1. a sum asked as "the least / minimum I have to pay", "tell me the amount" (filled as amounts are);
2. a price per hour / day / week or of a weekly / daily pass: "reduced-price or free parking may be available for some"
   gives none; a figure or a plain "free" / "no charge" does;
3. clock times asked as "what times are ..." (the older rule read only "what time");
4. a wait asked as a number of hours or minutes: filled only by a length told of the wait itself;
5. a number of WORKING days until / after something (the older rule read only "how many days");
6. a change asked in percentage points (降低多少个百分点 / "by how many percentage points"): only a figure fills it;
7. Chinese days / hours after an event (过几天才能生效, 几个钟头以后可以喂奶) and the days a medicine is stopped (停几天:
   only a figure told of the stopping fills it);
8. Cantonese 要唔要俾钱 / 使唔使畀錢 read as 要不要付钱 (a yes/no about paying);
9. a named vaccine or the organ donor register, which no patient-service passage offers.
Answerable rows wrongly refused (`medqa.verification`, `medqa.retrieval_synonyms`):
10. a closed-kind item told in the story, not asked (the motorbike of an accident, a cat kept at home) no longer vetoes
    a passage that does not name it; "can I bring my dog" and 我家养的狗能带进病房吗 still do;
11. lay wordings: did my back in, a number two, sweat it out, nicked / sliced, photo; 放坏的药, 生活垃圾, 光疗甲 / gel甲,
    滚油, 冲冷水, 轮着陪.
Guards keep each rule's look-alikes quiet (a passage holding the value; a question asking no such type).
"""

import pytest

from medqa import verification as V
from medqa.answer_slots import asked_slots, missing_slot
from medqa.knowledge_base import load_knowledge_base
from medqa.retrieval_synonyms import expand_query

KB = {p.id: p for p in load_knowledge_base()}


# --- slots: asked and not held -> the slot's name --------------------------------------------------------------------
@pytest.mark.parametrize("question, pid, lang, slot", [
    ("What's the least we have to pay every month on the instalment plan?", "kb-en-records_billing-009", "en", "amount_asked"),
    ("Could you just tell me the amount I'd owe each month on a plan?", "kb-en-records_billing-009", "en", "amount_asked"),
    ("How much is it per day to leave the car in the visitors' car park?", "kb-en-appointments-008", "en", "rate"),
    ("What's the cost of a daily parking ticket for visitors?", "kb-en-appointments-008", "en", "rate"),
    ("What times are the quiet periods on the intensive care unit?", "kb-en-visiting-005", "en", "clock_times"),
    ("How many minutes will I usually wait for the transport home after clinic?", "kb-en-appointments-009", "en",
     "wait_length"),
    ("How many working days after I ask for an itemised bill will it turn up?", "kb-en-records_billing-007", "en",
     "days_after"),
    ("By how many percentage points does the reimbursement drop without registering?", "kb-zh-records_billing-007", "en",
     "percentage_points"),
    ("Do you give the shingles vaccine in outpatients?", "kb-en-appointments-001", "en", "item:named_vaccine"),
    ("Where can I sign up as an organ donor?", "kb-en-records_billing-002", "en", "item:organ_donation"),
    ("医保备案办完，要过多少天才可以用？", "kb-zh-records_billing-007", "zh", "days_until"),
    ("異地備案辦好之後幾天能生效？", "kb-zh-records_billing-007", "zh", "days_until"),
    ("做完增强CT多少个钟头以后可以喂奶？", "kb-zh-test_preparation-004", "zh", "hours_after"),
    ("打完顯影劑幾個鐘頭後先可以餵人奶？", "kb-zh-test_preparation-004", "zh", "hours_after"),
    ("做增强核磁前降糖药要停几天？", "kb-zh-test_preparation-004", "zh", "stop_days"),
    ("照增強CT之前啲糖尿病藥要停幾多日？", "kb-zh-test_preparation-004", "zh", "stop_days"),
    ("没备案的话报销要少多少个百分点？", "kb-zh-records_billing-007", "zh", "percentage_points"),
    ("冇備案，報銷比例會下降幾個百分點？", "kb-zh-records_billing-007", "zh", "percentage_points"),
    ("陪人证要唔要俾钱？", "kb-zh-visiting-006", "zh", "fee_at_all"),
    ("陪人證使唔使畀錢㗎？", "kb-zh-visiting-006", "zh", "fee_at_all"),
    ("医院能打流感疫苗吗？", "kb-zh-appointments-001", "zh", "item:named_vaccine"),
])
def test_a_detail_type_no_passage_holds_is_missing(question, pid, lang, slot):
    assert missing_slot(question, [KB[pid]], lang) == slot


# --- guards: the same types filled by a passage that holds the value, and look-alikes that ask no such type ---------
@pytest.mark.parametrize("question, passage, lang", [
    ("What's the least we have to pay every month on the plan?", "The smallest monthly payment on a plan is £10.", "en"),
    ("How much does it cost per day to park?", "It costs £9 per day to park in the visitor car park.", "en"),
    ("How much is it an hour to park?", "Patients park free of charge.", "en"),
    ("What times are visiting on the ward?", "Visiting is from 2pm to 8pm every day.", "en"),
    ("How many minutes will I usually wait for the transport home?", "Waits of up to 2 hours for the transport home are common.", "en"),
    ("How many hours do people usually wait for transport home?", "Waiting times vary with demand for transport.", "en"),
    ("How many working days after I ask will the bill arrive?", "An itemised bill usually arrives within ten working days.", "en"),
    ("Is the flu jab offered here?", "Our staff flu vaccination clinic runs every autumn; patients get the flu jab from their GP.", "en"),
    ("备案办完过几天才能生效？", "异地就医备案一般次日生效。", "zh"),
    ("打完造影剂几个小时后才能喂奶？", "造影剂检查后一般无需暂停哺乳，少数情况需暂停24小时。", "zh"),
    ("做增强CT前二甲双胍要停几天？", "做增强检查前二甲双胍通常停用2天，检查后48小时复查肾功能再恢复。", "zh"),
    ("报销比例要降低多少个百分点？", "未备案的，报销比例降低10个百分点。", "zh"),
    ("陪护证要唔要俾钱？", "陪护证免费办理，在护士站领取。", "zh"),
])
def test_a_passage_holding_the_value_fills_the_slot(question, passage, lang):
    assert missing_slot(question, [passage], lang) is None


@pytest.mark.parametrize("question, lang", [
    ("How do I set up a payment plan?", "en"),
    ("How long does the transport take to get to the hospital?", "en"),
    ("What time should I be ready for the transport?", "en"),  # older clock rule, not the new ones
    ("Do I need a tetanus jab after a dirty cut?", "en"),
    ("How much parking is there near outpatients?", "en"),
    ("检查前要停药吗？", "zh"),
    ("几个小时能做完？", "zh"),  # how long it takes, not hours after an event
    ("报销比例是多少？", "zh"),  # a percentage (round 28), not a change in points
    ("要唔要空腹？", "zh"),
])
def test_look_alikes_ask_none_of_the_new_types(question, lang):
    new = {"amount_asked", "rate", "clock_times", "wait_length", "percentage_points", "days_until", "hours_after",
           "stop_days", "item:named_vaccine", "item:organ_donation", "fee_at_all"}
    assert not set(asked_slots(question, lang)) & new


# --- gate: an item told in the story is not what is asked -------------------------------------------------------------
@pytest.mark.parametrize("question, pid, lang", [
    ("My son fell off his bike last week and he's on the children's ward now. Can his little sister come and see him?",
     "kb-en-visiting-002", "en"),
    ("We've got two cats at home and my eyes stream every spring. What can I do at home to ease it?",
     "kb-en-self_care-010", "en"),
    ("我对花粉过敏，家里还养了两只猫，在家该怎么缓解？", "kb-zh-self_care-010", "zh"),
    ("春天一到就打噴嚏流鼻水，家裡也有養狗，平常要注意什麼？", "kb-zh-self_care-010", "zh"),
])
def test_an_item_told_in_the_story_does_not_veto(question, pid, lang):
    assert not V.asked_detail_missing(question, KB[pid], lang)


@pytest.mark.parametrize("question, pid, lang", [
    ("Can I bring my dog when I visit my dad on the ward?", "kb-en-visiting-002", "en"),
    ("We have a cat at home. Can I bring the cat in to see her?", "kb-en-visiting-002", "en"),
    ("我家养的狗能带进病房吗？", "kb-zh-visiting-002", "zh"),
    ("可唔可以揸電單車嚟探病？我騎摩托車來", "kb-zh-visiting-002", "zh"),
])
def test_an_item_that_is_asked_still_vetoes(question, pid, lang):
    assert V.asked_detail_missing(question, KB[pid], lang)


# --- lay wordings --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("question, lang, word", [
    ("Did my back in moving a sofa, should I stay in bed?", "en", "back pain"),
    ("Haven't managed a number two since Monday", "en", "constipation"),
    ("Is it best to sweat out a chill under three blankets?", "en", "fever"),
    ("Nicked my finger on a bread knife", "en", "cuts"),
    ("Am I allowed a photo with my nan on the ward?", "en", "photographs"),
    ("家里有一盒放坏的感冒药怎么处理", "zh", "过期药品"),
    ("药过期了能丢生活垃圾吗", "zh", "普通垃圾"),
    ("下周手术，我做了光疗甲要卸掉吗", "zh", "美甲"),
    ("滚油溅到手臂上怎么办", "zh", "热油"),
    ("我和我哥想轮着陪我爸，可以吗", "zh", "陪护"),
])
def test_lay_wordings_read_as_the_passages_words(question, lang, word):
    assert word in expand_query(V.gate_text(question, lang), lang)
