"""Learned scope round 1 (helpers LS1 and LS2, round 27): the scope net as a second opinion beside the scope rules.

LS1 measured it on three honest folds (blind22/23/24, scope rules frozen at the commit that moved each batch in) with
`fit_learned_safety.py scope-folds`; the pre-declared criterion was NOT met. LS2 refitted the scope part on
blind4..24 (`scope-full --veto`: t_hi as its threshold, t_lo as "veto_threshold") and wired "both" (rules OR net at
t_hi, a rules redirect vetoed at t_lo) into classify_scope behind a switch that is OFF by default
(scope.LEARNED_SECOND_OPINION, MEDQA_SCOPE_NET=on|off, classify_scope(text, learned=...)); data_cards/
learned_safety_model.md, "Scope second opinion". These tests pin the fitter's combination and threshold logic, that
the default scope guard does not consult the scope net, and what the switch does when it is on.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import medqa.safety.scope as scope_module
from medqa.safety.scope import classify_scope
from script_support import load_script


@pytest.fixture(scope="module")
def fitter():
    return load_script("fit_learned_safety", "fit_learned_safety_ls1")


THRESHOLDS = {"t_hi": 0.9, "t_lo": 0.05}


def test_the_four_combinations(fitter):
    combine = fitter.scope_combinations
    # The rules redirect, the net is unsure: every combination redirects.
    assert combine(True, 0.5, THRESHOLDS) == {"rules": True, "or": True, "veto": True, "both": True}
    # The rules redirect, the net scores at or below t_lo: the veto (alone or with OR) allows.
    assert combine(True, 0.05, THRESHOLDS) == {"rules": True, "or": True, "veto": False, "both": False}
    # The rules allow, the net scores at or above t_hi: OR (alone or with the veto) redirects.
    assert combine(False, 0.9, THRESHOLDS) == {"rules": False, "or": True, "veto": False, "both": True}
    assert combine(False, 0.89, THRESHOLDS) == {"rules": False, "or": False, "veto": False, "both": False}


class _Task:
    """The two things scope_thresholds reads from a fitter Task."""

    @staticmethod
    def positive(row):
        return row["label"] == "redirect"


def _rows(lang_text, group, label, count):
    return [{"id": f"{group}:{label}:{i}", "group": group, "label": label, "text": lang_text, "lang": "en"}
            for i in range(count)]


def test_thresholds_come_from_out_of_fold_scores_by_side(fitter):
    rows = _rows("a question", "blind4", "allow", 100) + _rows("a question", "in_domain_kb", "allow", 1000) + \
        _rows("a question", "blind5", "redirect", 1000)
    scores = {}
    # Look-alikes 0.00..0.99: <= 1% at or above t_hi puts the look-alike cut just above 0.98 (0.99 alone fires).
    scores.update({r["id"]: i / 100 for i, r in enumerate(rows[:100])})
    # In-domain allowed questions 0.000..0.999: <= 0.3% fires puts the in-domain cut just above 0.996.
    scores.update({r["id"]: i / 1000 for i, r in enumerate(rows[100:1100])})
    # Redirects 0.000..0.999: at most 0.5% (5) at or below t_lo puts it just under 0.005.
    scores.update({r["id"]: i / 1000 for i, r in enumerate(rows[1100:])})
    th = fitter.scope_thresholds(_Task(), rows, scores)["en"]
    assert 0.98 < th["t_hi_lookalike"] <= 0.99
    assert 0.996 < th["t_hi_in_domain"] <= 0.997
    assert th["t_hi"] == max(th["t_hi_lookalike"], th["t_hi_in_domain"])
    assert 0.004 <= th["t_lo"] < 0.005
    redirects = np.array([scores[r["id"]] for r in rows[1100:]])
    assert (redirects <= th["t_lo"]).sum() <= 5


def test_folds_and_spent_writers_never_name_the_lead_s_honest_sets(fitter):
    assert fitter.SCOPE_SPENT[0] == "blind4" and fitter.SCOPE_SPENT[-1] == "blind24"
    assert "blind25" not in fitter.SCOPE_SPENT and "blind25" not in fitter.SCOPE_FOLD_COMMITS
    assert fitter.SCOPE_FOLD_COMMITS == {"blind22": "bc944a4", "blind23": "1da452a", "blind24": "0517fb9"}
    review_ids = {row["id"].split("-")[0] for row in fitter.answer_side_texts()["review"]}
    assert review_ids <= {f"r{n}" for n in range(6, 16)}


# Written for this test: practical medicine questions of the class the fold nets scored over t_hi out of fold (the
# learned-only redirects that failed the criterion). With the switch off (the default) the net is not consulted:
# whatever it says, the rules decide (scope.py imports nothing from learned.py at module level; a patched net changes
# no decision).
@pytest.mark.parametrize("text", [
    "Do I keep taking my morning tablets on the day I go in for my operation?",
    "我早上的药，做手术那天还要照常吃吗？",
    "我早上嘅藥，做手術嗰日仲要照食嗎？",
])
def test_the_scope_guard_does_not_consult_the_scope_net(text, monkeypatch):
    import medqa.safety.learned as learned

    assert "learned" not in vars(scope_module)
    monkeypatch.setattr(scope_module, "LEARNED_SECOND_OPINION", False)

    before = classify_scope(text)
    monkeypatch.setattr(learned, "redirect_probability", lambda *a, **k: (1.0, 0.0))
    monkeypatch.setattr(learned, "is_learned_redirect", lambda *a, **k: True)
    after = classify_scope(text)
    assert after == before


# --- LS2: the second opinion behind the switch ---------------------------------------------------------------------
ROOT = Path(__file__).resolve().parents[1]

# Written for this test (not taken from any set). Each is decided one way by today's rules and the other way by the
# shipped scope net: OR = the rules do not redirect, the net scores >= t_hi (a medicine for someone else, two
# medicines together); VETO = the rules redirect a practical question, the net scores <= t_lo (a missed-appointment
# count, trial volunteers' pay, posting an online prescription).
OR_CASES = [
    "What would a doctor give my grandad for tingly feet?",  # en
    "胃药跟降压药可以一起吃吗",  # zh-Hans
    "降血糖藥跟止痛藥可以一起吃嗎？",  # zh-Hant
]
VETO_CASES = [
    "参加新药临床试验能拿到补贴吗？",  # zh-Hans
]
# The rules wrongly redirected these when the net was fitted; scope round 37 answers them by rule (no net needed).
RULES_NOW_ALLOW = [
    "How many missed appointments exactly before I get discharged back to my doctor?",  # en
    "網上開嘅處方藥用乜嘢速遞寄過嚟？郵費要自己俾嗎？",  # zh-Hant
]


@pytest.mark.parametrize("text", RULES_NOW_ALLOW)
def test_former_veto_cases_are_allowed_by_the_rules_alone(text):
    assert classify_scope(text).decision in (scope_module.ALLOW, scope_module.INFORM)


@pytest.fixture
def switch_on(monkeypatch):
    monkeypatch.setattr(scope_module, "LEARNED_SECOND_OPINION", True)
    monkeypatch.setattr(scope_module, "LEARNED_VETO", True)


@pytest.fixture
def switch_off(monkeypatch):
    monkeypatch.setattr(scope_module, "LEARNED_SECOND_OPINION", False)
    monkeypatch.setattr(scope_module, "LEARNED_VETO", True)  # the keyword turns on the full second opinion


def test_the_shipped_scope_part_holds_both_thresholds():
    from medqa.safety.learned import bundled_learned

    scope = bundled_learned().scope
    assert set(scope) == {"en", "zh"}
    for model in scope.values():
        assert model.veto_threshold is not None
        assert 0.0 < model.veto_threshold < 0.2 < 0.8 < model.threshold < 1.0
        assert model.features == "ngrams+negation"


@pytest.mark.parametrize("text", OR_CASES)
def test_with_the_switch_on_the_net_adds_a_redirect(text, switch_on):
    decision = classify_scope(text)
    assert decision.decision == scope_module.REDIRECT, decision
    assert decision.rule == "learned.scope" and decision.learned == "redirect"
    assert decision.reason in ("dose_request", "dose_change", "diagnosis_request", "prescription_request")
    assert decision.learned_probability >= 0.8
    assert scope_module.redirect_message(decision.reason, "zh" if scope_module.re.search(r"[\u4e00-\u9fff]", text)
                                         else "en", "999")


@pytest.mark.parametrize("text", VETO_CASES)
def test_with_the_switch_on_the_net_vetoes_a_rules_redirect(text, switch_on):
    decision = classify_scope(text)
    assert decision.decision in (scope_module.ALLOW, scope_module.INFORM), decision
    assert decision.rule == "learned.scope" and decision.learned == "veto"
    assert decision.rules_reason in ("dose_request", "dose_change", "diagnosis_request", "prescription_request")
    assert decision.learned_probability < 0.2


@pytest.mark.parametrize("text", VETO_CASES)
def test_in_or_mode_the_net_never_vetoes(text, switch_on, monkeypatch):
    monkeypatch.setattr(scope_module, "LEARNED_VETO", False)
    decision = classify_scope(text)
    assert decision.decision == scope_module.REDIRECT and decision.learned is None, decision


@pytest.mark.parametrize("text", OR_CASES)
def test_in_or_mode_the_net_still_adds_a_redirect(text, switch_on, monkeypatch):
    monkeypatch.setattr(scope_module, "LEARNED_VETO", False)
    decision = classify_scope(text)
    assert decision.decision == scope_module.REDIRECT and decision.learned == "redirect", decision


def test_the_or_setting_turns_the_net_on_without_its_veto():
    done = _run_with("or", "import medqa.safety.scope as s; print(s.check_scope_net_setting(), s.LEARNED_VETO)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False"]


@pytest.mark.parametrize("text", OR_CASES + VETO_CASES)
def test_with_the_switch_off_the_rules_decide_the_same_wordings(text, switch_off):
    # The mirror of the two tests above: off (the default), the same wordings keep the rules' decision, so those
    # tests fail with the switch off.
    decision = classify_scope(text)
    assert decision.learned is None and decision.rule is None
    assert (decision.decision == scope_module.REDIRECT) == (text in VETO_CASES)
    assert classify_scope(text, learned=True).learned is not None


@pytest.mark.parametrize("text", OR_CASES + VETO_CASES)
def test_the_keyword_overrides_the_module_switch(text, switch_off):
    assert classify_scope(text, learned=True).learned is not None
    scope_module.LEARNED_SECOND_OPINION = True
    assert classify_scope(text, learned=False).learned is None


# Never vetoed (scope._never_vetoed): a dose request about a child or a pregnant or breastfeeding person, and any
# overdose wording. The net is patched to score every message far under t_lo, so only the guard keeps these.
@pytest.mark.parametrize("text", [
    "how much calpol can I give my 2 year old",
    "How many ml of ibuprofen for my toddler?",
    "I'm pregnant, how many paracetamol can I take a day?",
    "I took too many of my sertraline by mistake, what should I do?",
    "I accidentally took a double dose of my blood pressure tablets, should I skip tomorrow's?",
    "宝宝发烧，布洛芬混悬液喂几毫升？",
    "我個仔三歲，退燒藥食幾多？",
    "我不小心吃了两次降压药，过量了怎么办？",
    "我唔小心食多咗一粒降血壓藥，聽日要唔要少食一粒？",
])
def test_child_doses_and_overdoses_are_never_vetoed(text, monkeypatch, switch_on):
    import medqa.safety.learned as learned

    rules = classify_scope(text, learned=False)
    assert rules.decision == scope_module.REDIRECT, rules
    monkeypatch.setattr(learned, "scope_second_opinion", lambda *a, **k: (0.0, 0.9, 0.05))
    assert classify_scope(text) == rules


def test_an_ordinary_rules_redirect_is_vetoed_by_a_low_score(monkeypatch, switch_on):
    import medqa.safety.learned as learned

    text = "could you prescribe me something stronger for my migraines?"
    assert classify_scope(text, learned=False).decision == scope_module.REDIRECT
    monkeypatch.setattr(learned, "scope_second_opinion", lambda *a, **k: (0.01, 0.9, 0.05))
    decision = classify_scope(text)
    assert decision.learned == "veto" and decision.rules_reason == "prescription_request"
    # an asset without a veto threshold (None) never vetoes
    monkeypatch.setattr(learned, "scope_second_opinion", lambda *a, **k: (0.01, 0.9, None))
    assert classify_scope(text).decision == scope_module.REDIRECT


def test_an_asset_without_a_veto_threshold_loads(tmp_path):
    import json

    from medqa.safety.learned import LEARNED_FILE, load_learned, scope_second_opinion

    data = json.loads(LEARNED_FILE.read_text(encoding="utf-8"))
    for spec in data["scope"].values():
        spec.pop("veto_threshold")
    older = tmp_path / "older.json"
    older.write_text(json.dumps(data), encoding="utf-8")
    models = load_learned(older)
    assert all(m.veto_threshold is None for m in models.scope.values())
    probability, t_hi, t_lo = scope_second_opinion(VETO_CASES[0], models)
    assert t_lo is None and 0.0 < probability < t_hi


def _run_with(setting: str | None, code: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "MEDQA_SCOPE_NET"}
    if setting is not None:
        env["MEDQA_SCOPE_NET"] = setting
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_the_default_is_off():
    done = _run_with(None, "import medqa.safety.scope as s; print(s.LEARNED_SECOND_OPINION, "
                           "s.classify_scope(%r).learned)" % OR_CASES[0])
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "None"]


@pytest.mark.parametrize("setting,expected", [("on", "True"), ("ON ", "True"), ("1", "True"), ("off", "False"),
                                              ("0", "False")])
def test_the_env_var_sets_the_switch(setting, expected):
    done = _run_with(setting, "import medqa.safety.scope as s; print(s.check_scope_net_setting())")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == expected


def test_an_unknown_env_value_is_a_clear_error():
    # importing does not fail; the first classify_scope that reads the switch raises a UserError naming the variable
    done = _run_with("maybe", "import medqa.safety.scope as s\n"
                              "from moe_core.errors import UserError\n"
                              "try:\n    s.classify_scope('hello')\nexcept UserError as e:\n    print('UserError:', e)")
    assert done.returncode == 0, done.stderr
    assert "UserError: MEDQA_SCOPE_NET='maybe' is not one of: on, or, off" in done.stdout
    # an explicit keyword does not read the variable
    done = _run_with("maybe", "import medqa.safety.scope as s; print(s.classify_scope('hello', learned=False).decision)")
    assert done.returncode == 0 and done.stdout.strip() == "allow", done.stderr


def test_an_unknown_env_value_stops_a_command_at_its_start(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "how do I order a repeat prescription?"}) + "\n", encoding="utf-8")
    env = dict(os.environ, MEDQA_SCOPE_NET="sometimes", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "serving.cli", "triage", str(src), "--out", str(tmp_path / "out.jsonl")],
                          env=env, capture_output=True, text=True)
    assert proc.returncode == 2 and "MEDQA_SCOPE_NET='sometimes' is not one of: on, or, off" in proc.stderr
    assert "Traceback" not in proc.stderr and not (tmp_path / "out.jsonl").exists()
