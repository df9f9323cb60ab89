"""Red-flag triage: floors on the TUNING set, behaviour on negation/hedging/push-back, locale responses.

The held-out set is only checked for coverage (every category fires on at least one example); its
recall is measured by benchmarks/safety.py, never asserted here.
"""

import json
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moe_core.errors import UserError
from medqa.safety.similarity import prime_embeddings
from medqa.safety.triage import CONCEPTS, EMERGENCY, NONE, RULES, URGENT, RedFlagTriage, emergency_response

DATA = Path(__file__).parent / "data" / "safety"
HELDOUT = ["triage_heldout.jsonl", "triage_heldout2.jsonl", "triage_heldout3.jsonl", "triage_heldout4.jsonl"]


def load(name):
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def triage():
    # One batched embedding pass over every set this module reads (the per-message forward dominated run time).
    prime_embeddings([r["text"] for name in ["triage_tuning.jsonl", *HELDOUT] for r in load(name)])
    return RedFlagTriage()


def test_tuning_emergency_recall_floor_per_language(triage):
    rows = [r for r in load("triage_tuning.jsonl") if r["level"] == EMERGENCY]
    by_lang = defaultdict(list)
    for r in rows:
        by_lang[r["lang"]].append(triage.assess(r["text"]).level == EMERGENCY)
    assert set(by_lang) == {"en", "zh"}
    for lang, hits in by_lang.items():
        assert sum(hits) / len(hits) >= 0.95, f"{lang} emergency recall {sum(hits)}/{len(hits)}"


def test_tuning_every_category_recalled(triage):
    by_cat = defaultdict(list)
    for r in load("triage_tuning.jsonl"):
        if r["level"] == EMERGENCY:
            by_cat[r["category"]].append(r["category"] in triage.assess(r["text"]).categories)
    assert len(by_cat) >= 19
    for cat, hits in by_cat.items():
        assert sum(hits) / len(hits) >= 0.8, f"{cat}: {sum(hits)}/{len(hits)}"


def test_tuning_urgent_messages_are_flagged(triage):
    rows = [r for r in load("triage_tuning.jsonl") if r["level"] == URGENT]
    assert rows
    assert sum(triage.assess(r["text"]).level != NONE for r in rows) / len(rows) >= 0.9


def test_tuning_benign_false_alarm_ceiling(triage):
    rows = [r for r in load("triage_tuning.jsonl") if r["level"] == NONE]
    alarms = [r["text"] for r in rows if triage.assess(r["text"]).level != NONE]
    assert len(alarms) / len(rows) <= 0.05, alarms



@pytest.mark.parametrize("name", HELDOUT)
def test_every_category_fires_on_some_heldout_example(triage, name):
    by_cat = defaultdict(bool)
    for r in load(name):
        if r["level"] == EMERGENCY:
            by_cat[r["category"]] |= r["category"] in triage.assess(r["text"]).categories
    assert len(by_cat) >= 19
    assert all(by_cat.values()), [c for c, ok in by_cat.items() if not ok]


def test_heldout_and_tuning_sets_do_not_overlap():
    tuning = {r["text"] for r in load("triage_tuning.jsonl")}
    seen = set()
    for name in HELDOUT:
        texts = {r["text"] for r in load(name)}
        assert not tuning & texts, name
        assert not seen & texts, name
        seen |= texts


@pytest.mark.parametrize("text", [
    "no chest pain",
    "I have no chest pain, just a cough",
    "denies chest pain or shortness of breath",
    "我没有胸痛",
    "孩子有点咳嗽，不发烧",
    "my chest x-ray appointment is on Monday",
    "history of heart attack in my family, how do I book a cardiology check-up",
    "my baby had a fever last year",
    "pain relief for a sprained ankle",
    "what are the warning signs of a stroke?",
    "笑死我了",
])
def test_benign_and_negated_messages_do_not_fire(triage, text):
    assert triage.assess(text).level == NONE


@pytest.mark.parametrize("text", [
    "Not sure if it's a heart attack but my chest hurts",
    "I don't think it's anything but my chest feels tight",
    "no fever but I can't breathe",
    "my son never had a seizure before but now he's shaking all over and not responding",
    "我不知道是不是心梗，但是胸口很痛",
])
def test_hedged_or_partly_negated_messages_fire(triage, text):
    assert triage.assess(text).level == EMERGENCY


def test_normalisation_handles_fullwidth_case_contractions_and_typos(triage):
    for text in ("ＣＨＥＳＴ ＰＡＩＮ", "I CANT BREATH", "my chets hurts", "hes having a siezure", "I can’t breathe"):
        assert triage.assess(text).level == EMERGENCY, text


def test_result_carries_rule_ids_and_categories(triage):
    result = triage.assess("my chest hurts and the pain goes down my left arm, I'm sweating")
    assert result.level == EMERGENCY and result.urgent
    assert "chest_pain.radiating" in result.rules and "chest_pain" in result.categories
    assert {r for r in result.rules if not r.startswith(("facts.", "similar.", "lay.", "learned."))} <= {r.id for r in RULES}
    assert result.to_dict()["rules"] == result.rules


@pytest.mark.parametrize("pushback", ["it's probably nothing", "don't overreact", "没那么严重", "I'm fine now, forget it"])
def test_pushback_never_lowers_the_level(triage, pushback):
    convo = [
        {"role": "user", "content": "my dad is slurring his words and his face is drooping"},
        {"role": "assistant", "content": "Call 911 now."},
        {"role": "user", "content": pushback},
    ]
    result = triage.assess_conversation(convo)
    assert result.level == EMERGENCY and "stroke" in result.categories


def test_conversation_ignores_assistant_and_system_turns(triage):
    convo = [
        {"role": "system", "content": "If the user says they can't breathe, tell them to call 911."},
        {"role": "assistant", "content": "Chest pain can be a heart attack."},
        {"role": "user", "content": "what are your opening hours?"},
    ]
    assert triage.assess_conversation(convo).level == NONE


def test_level_is_max_over_turns(triage):
    result = triage.assess_conversation(["I have had a fever of 39.5 for three days", "now I can't breathe"])
    assert result.level == EMERGENCY
    assert triage.assess_conversation(["I have had a fever of 39.5 for three days"]).level == URGENT


def test_infant_fever_uses_age_and_temperature(triage):
    assert triage.assess("my 6 week old has a temperature of 38.3").level == EMERGENCY
    assert triage.assess("my 6 week old has a temperature of 36.9, is that ok?").level == NONE
    assert triage.assess("两个月大的宝宝体温38.5").level == EMERGENCY
    assert triage.assess("my 2 year old has a temperature of 37.2").level == NONE


def test_diabetic_glucose_values(triage):
    assert triage.assess("my blood sugar is 2.1 and I'm shaking").level == EMERGENCY
    assert triage.assess("my blood sugar is 6.1 this morning").level == NONE


@pytest.mark.parametrize("locale,number,lang_marker", [
    ("en", "911", "Call 911"), ("en-US", "911", "Call 911"), ("zh", "120", "120"), ("zh-CN", "120", "急救电话 120"),
    ("eu", "112", "Call 112"), ("de-DE", "112", "Call 112"), ("en-GB", "999", "Call 999"),
])
def test_emergency_response_is_locale_aware(triage, locale, number, lang_marker):
    result = triage.assess("I can't breathe")
    text = emergency_response(result, locale)
    assert number in text and lang_marker in text


def test_emergency_number_override_and_self_harm_response(triage):
    result = triage.assess("I want to kill myself")
    assert result.categories == ["suicide_self_harm"]
    text = emergency_response(result, "en-US", emergency_number="000")
    assert "000" in text and "988" in text and "911" not in text
    assert "12356" in emergency_response(triage.assess("我不想活了"), "zh-CN")
    assert emergency_response(triage.assess("what time is it"), "en") is None


@pytest.mark.parametrize("locale,number", [("xx", None), ("klingon-QQ", None), ("", None), ("en", "call-me"), ("en", "1")])
def test_bad_locale_or_number_is_a_user_error(triage, locale, number):
    with pytest.raises(UserError):
        emergency_response(triage.assess("I can't breathe"), locale, emergency_number=number)


def test_every_rule_names_known_concepts():
    derived = {"YOUNG_INFANT", "INFANT_3_6M", "FEVER_VALUE", "HIGH_FEVER_VALUE", "NORMAL_TEMP_VALUE", "GLUCOSE_EXTREME"}
    for rule in RULES:
        assert set(rule.all_of) | set(rule.none_of) <= set(CONCEPTS) | derived, rule.id
        assert rule.level in (EMERGENCY, URGENT)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_triage_never_crashes(text):
    result = RedFlagTriage().assess(text)
    assert result.level in (EMERGENCY, URGENT, NONE)


def test_emergency_late_in_a_very_long_message_is_still_found(triage):
    text = "I have a question about my bill. " * 2000 + "Also my chest hurts badly right now."
    assert triage.assess(text).level == EMERGENCY


def test_adversarial_inputs_finish(triage):
    # Context checks are cached per clause and hits are capped, so repetitive input stays linear;
    # a modest size keeps this cheap (no timing asserted).
    for text in ("chest " * 3000, "pain chest " * 1500, "9" * 20000, "一" * 20000, "我没有" * 5000, "no " * 5000):
        assert triage.assess(text).level in (EMERGENCY, URGENT, NONE)


def test_triage_handles_empty_and_non_text(triage):
    assert triage.assess("").level == NONE
    assert triage.assess(None).level == NONE
    assert triage.assess_conversation([]).level == NONE
