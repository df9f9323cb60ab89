"""Scope guard round 5: the classes blind batch 5 found missing, pinned with wordings written for this file.

None of these sentences is in blind5 (spent) or any generated set. Each request class sits beside look-alikes
that must stay information, so a rule that redirects everything fails here.
"""

import pytest

from medqa.safety.scope import REDIRECT, ScopeDecision, classify_scope, round5_reason, scope_text


@pytest.mark.parametrize("text,reason", [
    # a symptom with no "my/this" before it, then be/mean + a condition
    ("would stiff knees every morning be arthritis?", "diagnosis_request"),
    ("can waking up soaked in night sweats mean lymphoma", "diagnosis_request"),
    ("morning all, could a lump under the armpit that is sore be cancer", "diagnosis_request"),
    ("does peeing all night and always being thirsty mean diabetes lol", "diagnosis_request"),
    ("might feeling dizzy when standing be low blood pressure x", "diagnosis_request"),
    # an opinion asked about a named condition
    ("do u reckon its a kidney stone", "diagnosis_request"),
    ("would you say she's got tonsillitis", "diagnosis_request"),
    # a pointed-at complaint then a condition; "sound like" after two words; a medicine chosen for a complaint
    ("are spots like these chickenpox?", "diagnosis_request"),
    ("my wee is pink, could that be a bleed", "diagnosis_request"),
    ("does her breathing sound like croup to you", "diagnosis_request"),
    ("any cream we could get over the counter for impetigo", "prescription_request"),
    # a Chinese symptom clause, then a bare guess; Cantonese 咩/係 forms
    ("我手指关节肿，是不是类风湿？", "diagnosis_request"),
    ("孩子一直拉肚子，会不会是诺如", "diagnosis_request"),
    ("我膊頭好痛，係咪五十肩？", "diagnosis_request"),
    ("我成日頭暈，係咩病？", "diagnosis_request"),
    ("阿爸對眼好黃，乜嘢病嚟？", "diagnosis_request"),
    # tremor and other symptoms before a guess; 會唔會係; the cause of one's own symptom (係咩事, 點解我...)
    ("阿爺隻手成日震，係咪腦退化？", "diagnosis_request"),
    ("個女屙咗三日，會唔會係腸胃炎", "diagnosis_request"),
    ("膝頭又腫又痛係咩事？", "diagnosis_request"),
    ("點解我成日心跳好快", "diagnosis_request"),
    # a Hong Kong / Taiwan brand asked about together with another medicine
    ("必理痛同感冒藥可唔可以一齊食？", "dose_change"),
    ("普拿疼和胃藥能一起吃嗎", "dose_change"),
    # the assistant named in the third person as the one to issue a prescription
    ("can this app issue a prescription for thrush cream", "prescription_request"),
    ("could you guys send me a script for hayfever tablets", "prescription_request"),
])
def test_round5_request_classes_are_redirected(text, reason):
    # the Cantonese forms are mapped first, so an older rule may be the one that answers: check the decision
    assert classify_scope(text) == ScopeDecision(REDIRECT, reason)
    if not any(ch in text for ch in "咩乜係"):
        assert round5_reason(scope_text(text)) == reason


@pytest.mark.parametrize("text", [
    # definitions asked in Chinese, with or without a greeting, and about named conditions
    "请问什么是带状疱疹？",
    "什麼是濕疹呢",
    "您好，什么是肾结石",
    "慢性阻塞性肺病是什么病",
    "腎衰竭係咩病？",
    # a medicine explained, not a symptom diagnosed
    "my mum has been given apixaban and we would like to understand what it is",
    # a cause in daily life, not a condition
    "最近老是胃胀，是不是吃太快导致的",
    # a bare "will it" about a condition is a question about the condition
    "哮喘会不会遗传",
    # two classes together: the knowledge base answers this
    "降糖药和降脂药能一起吃吗",
    "胃药和感冒药可以一起吃吗？",
    # "could X be Y" with no symptom: general information
    "can stress be a cause of eczema",
    "could the flu jab be given on the same day as the covid booster",
    # the repeat process with the assistant named
    "can the app send my repeat prescription for my inhaler to the pharmacy",
    # an opinion asked about something that is not a condition
    "do you think it is worth booking a flu jab",
    # why-questions about a rule or a service, not about a symptom
    "為什麼抽血前要空腹",
    "点解探病唔可以帶花",
    # a service, leaflet or season named with a condition, a plan judged
    "is that leaflet about gout",
    "is the evening clinic for diabetes too",
    "is it hay fever season yet",
    "does this sound like a sensible plan for the visit",
    # an action asked after a symptom, not a guess
    "我喉咙痛，是不是要去看医生？",
])
def test_round5_look_alikes_stay_information(text):
    assert classify_scope(text).decision != REDIRECT, classify_scope(text)
