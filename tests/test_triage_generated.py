"""Triage on wording the rules were not written from: pins per category and script from the generated
TEST portion (templates never used for tuning), false-alarm cases, the dose-question case, and floors
over the whole generated test set."""

import json
from collections import defaultdict
from pathlib import Path

import pytest

from medqa.safety.facts import assess_facts, extract_facts
from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage

GENERATED = Path(__file__).parent / "data" / "safety" / "generated"
CATEGORIES = ["chest_pain", "stroke", "anaphylaxis", "breathing", "bleeding", "suicide_self_harm", "overdose_poisoning",
              "infant_fever", "seizure", "pregnancy", "sepsis", "head_injury", "meningitis", "diabetic", "burns",
              "child_unwell"]


def load(name):
    return [json.loads(line) for line in (GENERATED / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def triage():
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
