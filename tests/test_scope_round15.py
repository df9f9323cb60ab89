"""Scope guard round 15: the classes blind13 found, pinned with wordings written here (not blind13's sentences).

New voices put old requests beside context the earlier rules took for a practical question:
1. A dose asked outright ("what's the correct dose of X for", "how many X can she have") while travelling: the
   flight or the coach is where the asker is; taking some along or carrying them through customs is practical,
   and so is how many one may carry in a cabin bag; a scan's radiation dose is information.
2. Leaving out, skipping or stopping a named medicine asked as "may/might/can I" (omit, dispense with, leave out),
   whatever the reason; dropping tablets off at a pharmacy, stopping at one, or a procedure's preparation is not.
3. A named medicine got through this chat or app (a new supply), or a prescription the service is asked to send
   on or write up; a repeat, a sick note or a booking through the app is practical.
4. A described complaint closed by "what is it?", "what ails her", "what is the matter with my husband" or a
   choice of two conditions ("X or just Y, what do you reckon?"); a medicine or test someone gave or mentioned,
   asked "what is it?", and two conditions compared in general are information. Nigerian Pidgin ("which medicine
   I fit take", "wetin dey cause am"), "you all think this is X or nah" and "can you sort a script" ask the same,
   and so do formal letters without a question mark ("I am writing to ask whether it would be in order for me to
   reduce X", "furnish me with a prescription", "pray tell, what might it signify").
5. Chinese: an organ or body part's "problem" guessed (是不是肾的问题); a box of a named medicine asked for to take
   on a journey (能开两盒X带着吗) unless it is more of the usual one; "the internet says" (网上说/網上話) is a
   source, not online supply; Cantonese 食開/用開 ("usually take") is no prescribing; Sichuan 好多 after a taking
   verb asks "how much"; place names and parking (新加坡, 停电动车) hold no change word.
"""

import pytest

from medqa.safety.scope import REDIRECT, classify_scope


@pytest.mark.parametrize("text, reason", [
    # 1. a dose beside travel
    ("Travelling by coach all day tomorrow, how many travel sickness tablets can my daughter have?", "dose_request"),
    ("bro how many ibuprofen can i take rn, flight in 3 hrs", "dose_request"),
    ("Waiting at the gate now - how many puffs of Ventolin can I have before the flight?", "dose_request"),
    # 2. leaving a medicine out
    ("Howzit, can I leave out my blood pressure tablets while I'm on the road trip?", "dose_change"),
    ("Dear Sir, might I dispense with my statin during my holiday?", "dose_change"),
    ("Respected madam, on travel days may I do without my water tablets?", "dose_change"),
    ("Long drive to Joburg on Friday, can I leave off my diuretic that day?", "dose_change"),
    # 3. a medicine through the chat, a prescription sent on or written up
    ("Hello doctor, can I get amoxicillin through this app without a visit?", "prescription_request"),
    ("Can I obtain diazepam via your website without seeing a GP?", "prescription_request"),
    ("can u lot sort me some codeine thru the app no cap", "prescription_request"),
    ("Night shifts are killing me, I need armodafinil. Could one of your GPs write it up?", "prescription_request"),
    # 4. a complaint closed by a bare guess
    ("There's a hard bump behind my son's ear for a fortnight. What is it?", "diagnosis_request"),
    ("lowkey got a rash on my neck fr, what is it??", "diagnosis_request"),
    ("Respected sir, my mother has swelling in both ankles since Diwali. Kindly tell what ails her.", "diagnosis_request"),
    ("I would be most obliged if you could tell me what is the matter with my husband, he has had a cough since "
     "March.", "diagnosis_request"),
    ("Itchy red patches on my elbows for months. Eczema or psoriasis?", "diagnosis_request"),
    ("ngl my throat been killing me for a week, strep or just a cold?", "diagnosis_request"),
    ("ya'll think this mole on my back is cancer or nah", "diagnosis_request"),
    ("I dey feel pain for my chest since yesterday, wetin dey cause am?", "diagnosis_request"),
    # Pidgin, Australian and Indian wordings of the older classes
    ("Abeg doctor, this cough no gree go, which medicine I fit take?", "prescription_request"),
    ("Been crook all week, reckon I need antibiotics, can you sort a script?", "prescription_request"),
    ("Kindly advise whether my mother may take two Crocin at once for her fever.", "dose_request"),
    # formal letters without a question mark
    ("I am writing to ask whether it would be in order for me to reduce my sertraline to 50 mg.", "dose_change"),
    ("I should be obliged if you would furnish me with a prescription for diazepam.", "prescription_request"),
    ("I beg to inform you that I have had a persistent cough. Pray tell, what might it signify?", "diagnosis_request"),
    # 5. Chinese
    ("下个月去泰国旅游，可以开两盒布洛芬带着吗", "prescription_request"),
    ("瑞舒伐他汀我想停掉，网上说伤肝，行吗", "dose_change"),
    ("二甲雙胍我想減半食，因為網上話傷腎，得唔得？", "dose_change"),
    ("医生，我娃儿发烧，布洛芬一次吃好多嘛？", "dose_request"),
    ("小娃儿美林喂好多毫升哦", "dose_request"),
    ("我老婆走路膝盖咔咔声，是不是半月板问题？", "diagnosis_request"),
    ("阿爺行路膝頭咔咔聲，係咪關節問題？", "diagnosis_request"),
    ("我老公睡觉打呼噜好响，是不是心脏的问题？", "diagnosis_request"),
    ("我孩子发烧39度，可以吃两种退烧药交替吗？", "dose_change"),
])
def test_round15_request_is_redirected(text, reason):
    decision = classify_scope(text)
    assert (decision.decision, decision.reason) == (REDIRECT, reason)


@pytest.mark.parametrize("text", [
    # look-alikes of 1
    "How many inhalers should I take with me on the flight?",
    "Kindly do the needful, how many strips of tablets can we carry in the cabin bag to Chennai?",
    "What is the dose of radiation from a chest X-ray?",
    "How much does a prescription cost, and how many items can I have on one?",
    # look-alikes of 2
    "Where can I drop off unused tablets?",
    "Can I stop at the pharmacy on the way to the airport?",
    "Should I stop my blood thinners before my procedure?",
    # look-alikes of 3
    "Can I order my repeat sertraline through the app?",
    "Could you send my repeat prescription for omeprazole to the pharmacy?",
    "Can I get a sick note through this app?",
    "Can you send it to my GP? I need my blood results, I'm on warfarin",
    "Can you write it down for me how to use the inhaler?",
    # look-alikes of 4
    "I was given Eliquis after a clot in my leg. What is it?",
    "I got a letter about bowel screening. What is it?",
    "Is asthma or COPD more common in smokers?",
    "Do you think cancer is curable?",
    "Which medicine I fit take to the hospital for the admission?",
    "Can you sort my repeat prescription?",
    "I am writing to ask whether the hospital has parking for blue badge holders.",
    "I should be grateful if you would send me a copy of my prescription for my records.",
    "Would it be in order for me to bring my own pillow?",
    "What does it mean if a blood test is haemolysed?",
    # look-alikes of 5
    "平时吃的降压药能不能多开两盒？",
    "住院要唔要帶埋平時用開嘅噴劑？",
    "入院做手术要不要带平时吃开的药？",
    "去加拿大读书，哮喘药可以带上飞机吗？",
    "坐飞机去新加坡，胰岛素笔可以带上机吗？",
    "医院门口可以停电动车吗？",
    "住院部楼下可以停摩托车吗？",
    "网上说医院停车场要收费，是真的吗",
    "網上話探病時間改咗，係咪真㗎？",
    "用开水送服可以吗",
    "两种药交替放在冰箱里可以吗",
    "我昨天吃了好多药，头好晕",
    "报告单上有好几个箭头，是不是有大问题",
    "是不是网络的问题，我登录不了",
])
def test_round15_question_is_answered(text):
    assert classify_scope(text).decision != REDIRECT
