"""scripts/fit_learned_safety.py: the one out-of-fold threshold loop (writer-group folds, refit-all's K folds included)."""
import random

import numpy as np
import pytest

from script_support import load_script

EN_SIGNS = {"breathing": ["cannot breathe", "lips going blue", "gasping for air"],
            "cardiac": ["crushing chest pain", "pain down the left arm", "heart racing and fainting"]}
ZH_SIGNS = {"breathing": ["喘不过气", "嘴唇发紫", "呼吸很困难"], "cardiac": ["胸口剧痛", "左臂放射痛", "心跳很快晕倒"]}
EN_WORDS = "appointment pharmacy parking tablets refill clinic letter form visit breakfast chest arm breathe walk".split()
ZH_WORDS = "预约 药房 停车 药片 复诊 门诊 报告 表格 探视 早餐 胸口 手臂 呼吸 散步".split()
# Chinese in-domain questions share no word with the signs, so they score low and only their count moves the 1% cut
# (a loop that took them for look-alikes would get another threshold); English ones share words, so the in-domain
# limit decides there.
ZH_PLAIN = "医保 报销 发票 地址 电话 周末 营业 时间 窗口 预约 取号 停车".split()


def _rows() -> list[dict]:
    """Eight writers and two in-domain sets, English and Chinese, emergencies and look-alike negatives."""
    rng = random.Random(7)
    rows = []
    groups = [f"blind{n}" for n in range(4, 12)] + ["in_domain_kb", "in_domain_oos_tune"]
    for group in groups:
        for lang, signs, words, join in (("en", EN_SIGNS, EN_WORDS, " "), ("zh", ZH_SIGNS, ZH_WORDS, "")):
            plain = ZH_PLAIN if lang == "zh" and group.startswith("in_domain") else words
            for index in range(30 if group.startswith("in_domain") else 18):
                text = join.join(rng.sample(plain, 4))
                rows.append({"id": f"{group}.{lang}.n{index}", "group": group, "lang": lang, "text": text,
                             "level": "none", "category": "none"})
            if group.startswith("in_domain"):
                continue
            for index in range(6):
                category = rng.choice(sorted(signs))
                text = join.join([rng.choice(signs[category])] + rng.sample(words, 2))
                rows.append({"id": f"{group}.{lang}.e{index}", "group": group, "lang": lang, "text": text,
                             "level": "emergency", "category": category})
    return rows


def _old_refit_all_threshold(fls, task, rows, lang, folds):
    """refit_all's own loop before session 32, written out again: (threshold, out-of-fold in-domain scores)."""
    negatives, in_domain = [], []
    for fold in folds:
        held = [r for r in rows if r["group"] in fold and not task.positive(r) and fls.row_language(r) == lang]
        if not held:
            continue
        scores = task.score(task._fit([r for r in rows if r["group"] not in fold], lang), held, lang)
        for row, score in zip(held, scores):
            (in_domain if row["group"].startswith("in_domain") else negatives).append(score)
    threshold = fls.threshold_for(np.array(negatives))
    if in_domain:
        threshold = max(threshold, fls.threshold_for(np.array(in_domain), fls.MAX_IN_DOMAIN_FLAGS))
    return threshold, in_domain


@pytest.fixture(scope="module")
def fls():
    return load_script("fit_learned_safety", "fit_learned_safety_oof")


@pytest.fixture(scope="module")
def rows():
    return _rows()


def _old_folds(groups, k, seed=31):
    order = sorted(groups)
    random.Random(seed).shuffle(order)
    return [set(order[i::k]) for i in range(k)]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_k_group_folds_give_the_old_refit_all_thresholds(fls, rows, lang):
    groups = sorted({r["group"] for r in rows})
    folds = fls.group_folds(groups, 3)
    assert folds == _old_folds(groups, 3)
    # the case a per-fold split would get wrong: a fold holding in-domain rows beside a writer's look-alikes
    assert any(any(g.startswith("in_domain") for g in fold) and any(g.startswith("blind") for g in fold) for fold in folds)
    task = fls.Task("triage", rows, None, use_embedding=False)
    expected, in_domain = _old_refit_all_threshold(fls, task, rows, lang, folds)
    assert 0.0 < expected < 1.0
    assert fls.out_of_fold_threshold(task, rows, lang, folds) == expected
    assert [score for _, score in fls._LAST_IN_DOMAIN[lang]] == [float(s) for s in in_domain]


def test_save_oof_keeps_each_negative_score_beside_its_group_and_fold(fls, rows, tmp_path, monkeypatch):
    # L43: the rows behind a threshold are read from --save-oof; they must be the scores the threshold was cut from.
    groups = sorted({r["group"] for r in rows})
    folds = fls.group_folds(groups, 3)
    task = fls.Task("triage", rows, None, use_embedding=False)
    monkeypatch.setattr(fls, "OUT_OF_FOLD_ROWS", [])
    threshold = fls.out_of_fold_threshold(task, rows, "zh", folds)
    saved = fls.OUT_OF_FOLD_ROWS
    negatives = [r for r in rows if r["level"] != "emergency" and r["lang"] == "zh"]
    assert sorted(r["id"] for r in saved) == sorted(r["id"] for r in negatives)
    assert all(r["group"] in folds[r["fold"]] for r in saved)
    look = np.array([r["score"] for r in saved if not r["in_domain"]])
    in_domain = np.array([r["score"] for r in saved if r["in_domain"]])
    assert threshold == max(fls.threshold_for(look), fls.threshold_for(in_domain, fls.MAX_IN_DOMAIN_FLAGS))


def test_out_of_fold_rows_are_not_kept_unless_asked(fls, rows):
    task = fls.Task("triage", rows, None, use_embedding=False)
    fls.out_of_fold_threshold(task, rows, "en", fls.group_folds(sorted({r["group"] for r in rows}), 3))
    assert fls.OUT_OF_FOLD_ROWS is None


def test_one_group_per_fold_is_still_the_default(fls, rows):
    groups = sorted({r["group"] for r in rows})
    task = fls.Task("triage", rows, None, use_embedding=False)
    expected, _ = _old_refit_all_threshold(fls, task, rows, "en", [{g} for g in groups])
    assert fls.out_of_fold_threshold(task, rows, "en") == expected


# --- output paths are checked before the fit (a missing folder used to fail in the final write) -----------------
def test_refit_all_creates_the_output_folder_before_fitting(fls, tmp_path, monkeypatch):
    out = tmp_path / "new" / "deeper" / "asset.json"
    seen = []
    monkeypatch.setattr(fls, "refit_all", lambda path, exclude, k, **options: seen.append(path.parent.is_dir()))
    assert fls.main(["refit-all", "--out", str(out)]) == 0
    assert seen == [True]


@pytest.mark.parametrize("command", [["refit-all"], ["fit"], ["label-in-domain"], ["label-scope"], ["rules"],
                                     ["scope-full", "--labels", "x.json", "--asset"]])
def test_an_output_that_cannot_be_created_is_refused_at_once(fls, tmp_path, capsys, command):
    blocker = tmp_path / "a_file"
    blocker.write_text("", encoding="utf-8")
    flag = [] if command[-1] == "--asset" else ["--out"]
    with pytest.raises(SystemExit) as exit_info:
        fls.main(command + flag + [str(blocker / "sub" / "asset.json")])
    assert exit_info.value.code == 2
    assert f"cannot create the folder {blocker / 'sub'}" in capsys.readouterr().err


def test_a_folder_given_as_the_output_is_refused(fls, tmp_path):
    with pytest.raises(Exception, match="is a folder: give the file to write"):
        fls.output_path(str(tmp_path))


def test_the_command_line_says_so_without_a_traceback(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    blocker = tmp_path / "a_file"
    blocker.write_text("", encoding="utf-8")
    script = Path(__file__).resolve().parents[1] / "scripts" / "fit_learned_safety.py"
    done = subprocess.run([sys.executable, str(script), "refit-all", "--out", str(blocker / "sub" / "asset.json")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "argument --out: cannot create the folder" in done.stderr and "Traceback" not in done.stderr


def test_kinds_needs_an_existing_asset(fls, tmp_path):
    from moe_core.errors import UserError

    with pytest.raises(UserError, match="is missing: kinds adds to an existing asset"):
        fls.main(["kinds", "--out", str(tmp_path / "none.json")])


def test_a_new_asset_keeps_the_shipped_parts_it_did_not_fit(fls, tmp_path):
    # refit-all writes only the triage part; into a new path the scope parts must come from the shipped asset, or
    # installing the new file would turn the scope net off
    import json

    from medqa.safety.learned import LEARNED_FILE

    shipped = json.loads(LEARNED_FILE.read_text(encoding="utf-8"))
    out = tmp_path / "fresh.json"
    fls.write_asset(out, {"triage": {"en": {"marker": 1}}}, ["blind4"])
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["triage"] == {"en": {"marker": 1}}
    assert {name for name in ("scope", "scope_kind") if name in shipped} <= set(written)
    assert all(written[name] == shipped[name] for name in ("scope", "scope_kind") if name in shipped)
