"""Schema of the triage rule data file: every concept compiles, every rule names known concepts."""

import re

import pytest
import yaml

from moe_core.errors import UserError
from medqa.safety import triage
from medqa.safety.triage import CONCEPTS, DERIVED_CONCEPTS, RULE_DATA, RULES, load_rule_data


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses duplicate keys (plain YAML silently keeps the last one)."""


def _no_duplicates(loader, node, deep=False):
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert not duplicates, f"duplicate keys in {RULE_DATA.name}: {duplicates}"
    return loader.construct_mapping(node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


@pytest.fixture(scope="module")
def data():
    return yaml.load(RULE_DATA.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)


def test_rule_data_schema(data):
    assert set(data) == {"version", "concepts", "rules", "context"}
    for name, entry in data["concepts"].items():
        assert re.fullmatch(r"[A-Z][A-Z0-9_]+", name), name
        assert set(entry) <= {"patterns", "named", "persistent"}, name
        assert entry["patterns"] and all(isinstance(p, str) and p.strip() for p in entry["patterns"]), name
        for pattern in entry["patterns"]:
            re.compile(pattern)
    ids = set()
    for rule in data["rules"]:
        assert {"id", "category", "level", "all_of"} <= set(rule) <= {"id", "category", "level", "all_of", "window", "none_of"}
        assert rule["level"] in ("emergency", "urgent"), rule["id"]
        assert set(rule["all_of"]) | set(rule.get("none_of", [])) <= set(data["concepts"]) | DERIVED_CONCEPTS, rule["id"]
        ids.add(rule["id"])
    for key in ("past", "info", "hedge", "negation_zh"):
        re.compile("|".join(data["context"][key]))


def test_loaded_tables_match_file(data):
    assert set(CONCEPTS) == set(data["concepts"])
    assert len(RULES) == len(data["rules"])
    assert CONCEPTS["CHEST"].pattern == "|".join(data["concepts"]["CHEST"]["patterns"])


def test_every_concept_is_used_by_a_rule():
    used = {name for rule in RULES for name in rule.all_of + rule.none_of}
    assert set(CONCEPTS) - used == set()


def test_issue_categories_each_have_an_emergency_rule():
    categories = {r.category for r in RULES if r.level == "emergency"}
    wanted = {"chest_pain", "stroke", "anaphylaxis", "breathing", "bleeding", "suicide_self_harm",
              "overdose_poisoning", "infant_fever", "seizure", "pregnancy", "sepsis", "head_injury", "meningitis",
              "diabetic", "burns", "child_unwell"}
    assert wanted <= categories, wanted - categories


def test_no_one_letter_aliases_in_triage_module():
    assert not [name for name in vars(triage) if len(name) == 1]


@pytest.mark.parametrize("content, message", [
    ("concepts: {}\n", "top-level"),
    ("concepts: {A_B: {patterns: ['(']}}\nrules: []\ncontext: {}\n", "bad regular expression"),
    ("concepts: {A_B: {patterns: [x]}}\nrules: [{id: r, category: c, level: emergency, all_of: [NOPE]}]\ncontext: {}\n", "unknown concepts"),
    ("concepts: {A_B: {patterns: [x]}}\nrules: [{id: r, category: c, level: loud, all_of: [A_B]}]\ncontext: {}\n", "level"),
    ("concepts: {A_B: {patterns: [x], colour: red}}\nrules: []\ncontext: {}\n", "may only have"),
])
def test_bad_rule_data_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "rules.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError, match=message):
        load_rule_data(path)
