"""Triage on wording the rules were not written from: pins per category and script from the generated
TEST portion (templates never used for tuning), false-alarm cases, the dose-question case, and floors
over the whole generated test set."""

import json
from collections import defaultdict
from pathlib import Path

import pytest

from medqa.safety.facts import assess_facts, extract_facts
from medqa.safety.similarity import _EMBED_CACHE, prime_embeddings
from medqa.safety.triage import EMERGENCY, NONE, URGENT, RedFlagTriage

GENERATED = Path(__file__).parent / "data" / "safety" / "generated"
CATEGORIES = ["chest_pain", "stroke", "anaphylaxis", "breathing", "bleeding", "suicide_self_harm", "overdose_poisoning",
              "infant_fever", "seizure", "pregnancy", "sepsis", "head_injury", "meningitis", "diabetic", "burns",
              "child_unwell"]


def load(name):
    return [json.loads(line) for line in (GENERATED / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _texts(rows):
    return [t for r in rows for t in (r["turns"] if "turns" in r else [r["text"]])]


@pytest.fixture(scope="module")
def triage():
    prime_embeddings(_texts(load("triage_test.jsonl")))  # one batched embedding pass for the set-wide floor
    return RedFlagTriage()


def _assess(triage, row):
    return triage.assess_conversation(row["turns"]) if "turns" in row else triage.assess(row["text"])


def test_split_is_by_template_and_covers_every_category_and_script():
    tune, test = load("triage_tune.jsonl"), load("triage_test.jsonl")
    assert not {r["template"] for r in tune} & {r["template"] for r in test}
    for rows in (tune, test):
        covered = {(r["category"], r["script"]) for r in rows if r["level"] == EMERGENCY}
        assert {(c, s) for c in CATEGORIES for s in ("en", "zh-Hans", "zh-Hant")} <= covered
    red = sum(r["level"] == EMERGENCY for r in tune + test)
    benign = sum(r["level"] == NONE for r in tune + test)
    assert red >= 400 and benign >= 400
    for row in test[:50]:
        assert {"id", "lang", "script", "category", "level", "template", "source"} <= set(row)
        assert ("text" in row) != ("turns" in row)


def test_second_test_batch_is_separate_and_covers_every_category_and_script():
    """triage_test2.jsonl (round 2) shares no template or text with tune or test-1 and covers all 16 x 3."""
    old = load("triage_tune.jsonl") + load("triage_test.jsonl")
    test2 = load("triage_test2.jsonl")
    assert not {r["template"] for r in test2} & {r["template"] for r in old}
    key = lambda r: r.get("text") or " || ".join(r["turns"])  # noqa: E731
    assert not {key(r) for r in test2} & {key(r) for r in old}
    covered = {(r["category"], r["script"]) for r in test2 if r["level"] == EMERGENCY}
    assert {(c, s) for c in CATEGORIES for s in ("en", "zh-Hans", "zh-Hant")} <= covered
    assert sum(r["level"] == EMERGENCY for r in test2) >= 150 and sum(r["level"] == NONE for r in test2) >= 150
    assert all(r["template"].startswith("t2.") for r in test2)


def _first_per_category_and_script():
    picked = {}
    for row in load("triage_test.jsonl"):
        key = (row["category"], row["script"])
        if row["level"] == EMERGENCY and row["source"] == "template" and "text" in row and key not in picked:
            picked[key] = row
    return [picked[k] for k in sorted(picked)]


@pytest.mark.parametrize("row", _first_per_category_and_script(), ids=lambda r: f"{r['category']}-{r['script']}")
def test_each_category_in_each_script_is_an_emergency(triage, row):
    result = triage.assess(row["text"])
    assert result.level == EMERGENCY, (row["text"], result)


@pytest.mark.parametrize("text", [
    "what dose of ibuprofen should I give my child",
    "tell me the dose of ibuprofen for my 5 year old",
    "how many mg of paracetamol is safe for an adult",
    "布洛芬一次吃几片",
    "孩子发烧了，退烧药吃几片",
    "no chest pain at all, just a runny nose for two days",
    "last year I had a seizure, do I need to tell the DVLA",
    "what if I get chest pain on the plane, should I pack aspirin",
    "我爸去年得过心梗，现在想预约复查",
    "上次抽搐之后还能开车吗",
    "如果打疫苗后宝宝发烧怎么办",
    "宝宝一个月，体温36.8度，没有发烧",
    "卒中病房探视时间是几点",
])
def test_look_alikes_are_not_emergencies(triage, text):
    assert triage.assess(text).level == NONE, text


@pytest.mark.parametrize("text", [
    "my child swallowed a bottle of ibuprofen",
    "孩子吃了一整瓶布洛芬",
    "我的兩個月大的寶寶發燒了",
    "宝宝三个月不到，发烧38度5",
    "2 wk old baby, temp 100.6 F",
    "six weeks old and burning up with a fever",
    "刚满月的宝宝发烧了",
    "38 weeks pregnant and the baby hasn't moved all day",
])
def test_second_detector_catches_what_the_rules_missed(triage, text):
    assert triage.assess(text).level == EMERGENCY, text


def test_facts_read_ages_temperatures_and_negation():
    facts = extract_facts("my six weeks old has a temp of 100.4 F")
    assert any(abs(d - 42) < 1 for d in facts.age_days) and facts.temperatures_c == [38.0]
    assert [f.category for f in assess_facts(facts)] == ["infant_fever"]
    assert max(extract_facts("宝宝三个月不到").age_days) < 90
    assert extract_facts("刚满月的宝宝").age_days
    assert not extract_facts("no fever").fever_word
    assert not extract_facts("去年宝宝发烧了").fever_word
    assert extract_facts("what dose of tylenol can I give").dose_question


# Round-2 facts rules, pinned with phrasings written for this test (not taken from any generated set).
@pytest.mark.parametrize("text, rule", [
    ("grandma has a bad kidney infection and now she is drowsy and has not passed urine", "facts.infection_with_organ_sign"),
    ("外婆肺部感染三天了，现在叫不醒", "facts.infection_with_organ_sign"),
    ("my little girl is completely limp in my arms", "facts.floppy_child"),
    ("孩子整个人软趴趴的", "facts.floppy_child"),
    ("our 4 week old refuses every bottle since this morning", "facts.infant_not_feeding"),
    ("grandpa's lips have gone bluish", "facts.blue_or_grunting"),
    ("爸爸嘴唇发乌", "facts.blue_or_grunting"),
    ("spilled a pan of boiling water on her feet, big blisters", "facts.severe_burn"),
    ("his glucometer just says HI", "facts.glucose_meter_out_of_range"),
    ("fever and dark red spots on her back that do not fade", "facts.nonblanching_rash"),
    ("6 week old, 38.2", "facts.infant_under_3_months_fever"),
    ("宝宝七周，三十八度二", "facts.infant_under_3_months_fever"),
    ("ten day old baby, temp 38 point 1", "facts.infant_under_3_months_fever"),
])
def test_round2_fact_rules(text, rule):
    assert rule in [f.rule for f in assess_facts(extract_facts(text))], text


@pytest.mark.parametrize("text", [
    "my son has a cold and a rash that fades when pressed",
    "the meter is in the drawer",
    "my sugar was 5.4 today",
    "孩子感冒了有点没劲",
    "weighs 38.5 kg",
    "宝宝两个月前发过烧，现在想打疫苗",
])
def test_round2_fact_rules_stay_quiet(text):
    assert not assess_facts(extract_facts(text)), text


@pytest.mark.parametrize("text", [
    "she bumped her head on the table last week, acting completely normal since",
    "burned my finger on the oven, ran it under cold water, fine now",
    "手指被烫了一下，已经好了",
    "how long after a concussion can he go back to rugby",
    "is it normal to get out of breath after climbing the stairs",
    "he self harmed years ago and is doing much better now, can he get a counsellor",
])
def test_resolved_past_and_logistics_messages_raise_nothing(triage, text):
    assert triage.assess(text).level == NONE, text


@pytest.mark.parametrize("text", [
    "he was knocked out for a minute, seems fine now",
    "i used to self harm, doing better, but tonight i want to kill myself",
    "my son has concussion and keeps vomiting",
])
def test_resolution_words_never_silence_an_emergency(triage, text):
    assert triage.assess(text).level == EMERGENCY, text


def test_embeddings_are_cached_per_sentence(triage):
    text = "my neighbour's lips look a funny colour and she is gasping"
    prime_embeddings([text])
    cached = len(_EMBED_CACHE)
    triage.assess(text)
    assert len(_EMBED_CACHE) == cached  # the second look reuses the cached vector
    assert triage.assess("my neighbour bumped her head and seems ok").level in (NONE, URGENT)


def test_result_names_the_detector_that_fired(triage):
    result = triage.assess("宝宝三个月不到，发烧38度5")
    assert any(r.startswith("facts.") for r in result.rules)
    assert "infant_fever" in result.categories


@pytest.mark.slow
def test_floor_over_generated_test_set(triage):
    recall, alarms = defaultdict(list), []
    for row in load("triage_test.jsonl"):
        result = _assess(triage, row)
        if row["level"] == EMERGENCY:
            recall[row["category"]].append(result.level == EMERGENCY)
        elif row["level"] == NONE:
            alarms.append(result.level != NONE)
    flat = [h for hits in recall.values() for h in hits]
    assert sum(flat) / len(flat) >= 0.95
    assert sum(alarms) / len(alarms) <= 0.08
    for category, hits in recall.items():
        assert sum(hits) / len(hits) >= 0.8, category


@pytest.mark.slow
def test_regression_floor_on_second_test_batch(triage):
    """Guard against regressions on test2 at its first (and only untuned) run: recall 0.799, emergency-level
    false alarms 0.093. A floor, not the target (>= 0.99 / <= 0.03); see data_cards/safety_test_sets.md."""
    rows = load("triage_test2.jsonl")
    prime_embeddings(_texts(rows))
    hits, alarms = [], []
    for row in rows:
        level = _assess(triage, row).level
        if row["level"] == EMERGENCY:
            hits.append(level == EMERGENCY)
        elif row["level"] == NONE:
            alarms.append(level == EMERGENCY)
    assert sum(hits) / len(hits) >= 0.79
    assert sum(alarms) / len(alarms) <= 0.10
