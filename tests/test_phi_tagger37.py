"""Session 37 (brief L37p): names introduced the way a new writer introduces them, and look-alikes, through the union
that `medqa redact` ships (rules + tagger); the crf-v2 features and fit plumbing. Every name and sentence here
was written for this file (none comes from a blind set).

The crf-v2 refit was not shipped (data_cards/phi_tagger_model.md, "Session 37"): its leave-57s fold found the Chinese
names marked xfail below, but also read 明天早, 尤其 and 任何 as names. The xfails are strict: a tagger that finds
them turns them into failures, and they can then become plain cases."""

import importlib.util
import json
from pathlib import Path

import pytest

from medqa.safety import phi, phi_tagger

ROOT = Path(__file__).resolve().parents[1]
REFIT_ONLY = pytest.mark.xfail(strict=True, reason="found by the session-37 crf-v2 refit (leave-57s fold), not shipped")

FOUND = [
    ("Could someone ring my neighbour Oluwaseun Adeyemi, she has my spare key.", "Oluwaseun Adeyemi"),
    ("My son Mateo Quispe has had a temperature since Sunday night.", "Mateo Quispe"),
    ("Please tell Dr Siobhan Ni Bhriain that the swelling has gone down.", "Siobhan Ni Bhriain"),
    ("hey its Tevita Fifita again, still waiting on the callback", "Tevita Fifita"),
    ("The form is signed by my daughter, Aigerim Bekova, who lives with me.", "Aigerim Bekova"),
    ("I'm Rangi Parata and I missed my physio slot yesterday.", "Rangi Parata"),
    ("Can my husband Bogdan Kowalczyk collect the prescription for me?", "Bogdan Kowalczyk"),
    ("Zeynep Yildirim here, my mother was discharged this morning.", "Zeynep Yildirim"),
    ("The carer, Marisol Huaman, says he hasn't eaten since Tuesday.", "Marisol Huaman"),
    # no cue the rules know: the tagger's part of the union
    ("left the inhaler with Ngozi Eze at reception, she said fine", "Ngozi Eze"),
    ("Yesterday Kofi Boateng drove me home after the procedure.", "Kofi Boateng"),
    ("Grandad (Eamon Gallagher) keeps forgetting his evening dose.", "Eamon Gallagher"),
    ("Appointment was booked under Anahera Wiremu, not under me.", "Anahera Wiremu"),
    ("Thuy Linh Pham and I both got the letter about the clinic move.", "Thuy Linh Pham"),
    ("Sent the photos to Bilal Chaudhry yesterday, the rash is spreading.", "Bilal Chaudhry"),
    ("我叫欧阳婉清，上周在门诊抽过血。", "欧阳婉清"),
    ("我老公陈志远昨晚开始发烧。", "陈志远"),
    ("麻烦帮我查一下，我婆婆叫蒋秀芬，住在三楼。", "蒋秀芬"),
    ("护工谭丽萍说我妈晚上睡不好。", "谭丽萍"),
    ("我女兒林佩珊下星期要覆診。", "林佩珊"),  # found by the rules since round 58 (a kin word before a full name)
    pytest.param("上次是钟雨桐帮我拿的药。", "钟雨桐", marks=REFIT_ONLY),
    pytest.param("今早邵明辉送我来急诊。", "邵明辉", marks=REFIT_ONLY),
    pytest.param("佢話潘嘉欣今日唔得閒陪我去覆診。", "潘嘉欣", marks=REFIT_ONLY),
    # all lower case after a relation word: neither the rules nor any tagger fitted so far
    pytest.param("so tiago ferreira is my cousin and he needs a sick note", "tiago ferreira",
                 marks=pytest.mark.xfail(strict=True, reason="lower-case name with the relation word after it")),
]

LOOK_ALIKES = [
    "Visiting hours on Nightingale Ward and Fleming Ward are 2pm to 8pm.",
    "I was transferred to St Thomas' last year and the notes never followed.",
    "Is it fine to take Sertraline with Co-codamol, or should I ask the pharmacist?",
    "The Macmillan nurses at the Rosewood Unit were lovely.",
    "We drove down from Aberdeen to Inverness for the scan.",
    "Can I take Gabapentin and Naproxen on the same day?",
    "我在玛丽医院看过急诊，现在想问阿莫西林能不能和布洛芬一起吃。",
    "我從沙田搭車去威爾斯親王醫院，要多久？",
    # the crf-v2 fold tagger's false names on PHI-free text (a surname character opening an ordinary word)
    "明天早上还要空腹抽血吗？",
    "尤其是晚上咳得厉害，任何药都不太管用。",
]


@pytest.mark.parametrize("text,name", FOUND)
def test_the_union_finds_names_of_many_cultures(text, name):
    found = [text[s.start:s.end] for s in phi.redact_user_text(text).spans if s.kind == "NAME"]
    assert name in found, phi.redact_user_text(text).text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_union_leaves_wards_hospitals_drugs_and_places(text):
    assert phi.redact_user_text(text).spans == [], phi.redact_user_text(text).text


def _fit_module():
    spec = importlib.util.spec_from_file_location("fit_phi_tagger", ROOT / "scripts" / "fit_phi_tagger.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_blind51_is_never_fitted_and_lettered_writers_can_be():
    fit = _fit_module()
    files = fit.blind_files(4, 55, extra=["57s", "57t"], hold_out=["50"])
    names = [p.parent.name for p in files]
    assert "blind51" not in names and "blind50" not in names
    assert names[-2:] == ["blind57s", "blind57t"] and "blind49" in names
    # blind57s has scope texts and no triage file: a missing part is skipped, not an error
    assert [p.parent.name for p in fit.blind_files(57, 56, "triage", extra=["57s"])] == []


def test_cross_lexicons_leave_each_writers_own_names_out():
    fit = _fit_module()
    groups = [[{"text": "I am Wanjiru Kamau", "entities": [{"start": 5, "end": 18, "kind": "NAME"}]}],
              [{"text": "我叫覃美玲", "entities": [{"start": 2, "end": 5, "kind": "NAME"}]}]]
    first, second = fit.cross_lexicons(groups, ["the clinic is open", "the clinic is shut", "the clinic again"])
    assert "wanjiru" not in first["_names"] and "wanjiru" in second["_names"] and "kamau" in second["_names"]
    assert "美" in first["_zh_given"] and "美" not in second["_zh_given"]
    assert "clinic" in first["_common"] and "the" in first["_common"]


def test_crf_v2_features_mark_cues_capitals_surnames_and_repeats():
    lexicon = {"names": ["kofi"], "zh_given": ["志"], "common": ["yesterday"]}
    lexicon |= {"_" + k: frozenset(v) for k, v in lexicon.items()}
    text = "my son Kofi Boateng came. Boateng again. 我老公陈志远"
    tokens = phi_tagger.tokenize(text)
    feats = {}
    for (start, end), row in zip(tokens, phi_tagger.features(text, tokens, lexicon)):
        feats.setdefault(text[start:end], row)  # a word's first occurrence
    assert {"nl", "rel", "cue", "capmid|nw"} <= set(feats["Kofi"])
    assert {"rep", "-1cap|nl", "-1cue"} <= set(feats["Boateng"])
    assert {"rel", "zs2", "zsrun=2"} <= set(feats["陈"]) and {"zg", "-1zs|zg"} <= set(feats["志"])
    # crf-v1 (the shipped asset) gets none of them
    plain = phi_tagger.features(text, tokens)
    assert not any(f in ("nl", "rel", "cue", "rep", "zs2") for row in plain for f in row)


def test_a_crf_v2_model_loads_and_tags(tmp_path):
    pytest.importorskip("pycrfsuite")
    fit = _fit_module()
    rows = (ROOT / "tests/data/safety/blind20/phi.jsonl").read_text(encoding="utf-8").splitlines()[:30]
    fixture = tmp_path / "phi.jsonl"
    fixture.write_text("\n".join(rows) + "\n", encoding="utf-8")
    params = {"c1": 0.05, "c2": 0.01, "max_iterations": 15, "feature.possible_transitions": True}
    out = tmp_path / "v2.json"
    fit.fit([fixture], out, params=params, features_version="crf-v2")
    model = phi_tagger.load_model(str(out))
    assert model["features_version"] == "crf-v2" and model["lexicon"]["names"]
    assert phi_tagger.tag(json.loads(rows[0])["text"], model)
    assert phi_tagger.load_model()["features_version"] == "crf-v1"  # the shipped asset
