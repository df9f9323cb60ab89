"""The learned red-flag and scope nets (medqa/safety/learned.py) on messages written for this file only.

None of these wordings is in any labelled set the nets were fitted on. The benign look-alikes name a condition,
a medicine or an emergency word without describing an emergency now or asking for a dose, and must stay below
the shipped thresholds. Two diagnosis requests written for this file scored below the scope threshold ("there's a
red blistery band round my waist, is it shingles?" 0.49, "can you tell me what is wrong with my knee, it clicks and
swells" 0.79, threshold 0.90): the net alone misses about a quarter of new writers' redirects and is meant to be
used beside the rules (data_cards/learned_safety_model.md), so they are listed there, not pinned here.
"""

import json
from pathlib import Path

import numpy as np
import pytest

from moe_core.errors import UserError
from medqa.safety import learned
from medqa.safety.learned import (
    LanguageModel,
    LearnedSafety,
    bundled_learned,
    chinese_grams,
    decode_array,
    emergency_score,
    encode_array,
    english_grams,
    hashed_vector,
    is_learned_emergency,
    is_learned_redirect,
    load_learned,
    redirect_reason,
    redirect_score,
    triage_probabilities,
)

EMERGENCIES = [
    ("my grandad's face has dropped on one side and he can't get his words out, started ten minutes ago", "stroke"),
    ("my lad ate a cookie with peanuts at the party and now his lips are swelling up and he's wheezing", "anaphylaxis"),
    ("I swallowed the whole box of my sleeping tablets about an hour ago", "overdose_poisoning"),
    ("she's 31 weeks pregnant and there is a lot of bright red blood, soaking through pads", "pregnancy"),
    ("crushing pain in the middle of my chest spreading to my jaw and I'm drenched in sweat", "chest_pain"),
    ("我爸爸突然说话不清楚，半边脸歪了，右手也抬不起来", "stroke"),
    ("孩子吃了花生酱以后嘴唇肿起来，现在喘不上气", "anaphylaxis"),
    ("我爸爸胸口好痛，痛到左手臂，一直冒冷汗", "chest_pain"),  # Traditional-script style wording, folded
    ("我太太懷孕七個月，現在下面大量出血", "pregnancy"),
]
BENIGN_LOOK_ALIKES = [
    "what time does visiting start on the stroke ward?",
    "my dad had a heart attack two years ago and is doing well now, how do I order his repeat prescription?",
    "how should I store my EpiPen when it's hot outside?",
    "can I bring flowers when I visit my sister on the maternity unit?",
    "请问心内科病房的探视时间是几点？",
    "我去年做过心脏支架，现在恢复得很好，想问一下体检怎么预约",
    "怎样在网上预约复诊？",
]
REDIRECTS = [
    "how many co-codamol can I take in one go for my back?",
    "I forgot my blood pressure tablet this morning, should I take two tonight?",
    "I have had a cough for three weeks and night sweats, do I have TB?",
    "医生，我这个皮疹是不是带状疱疹？",
    "布洛芬一次吃几片？",
    "我可以自己把降压药停了吗？",
]
ALLOWED = [
    "how do I order a repeat prescription online?",
    "what are the pharmacy's opening hours on Sunday?",
    "药房周末几点开门？",
    "怎么在网上续开处方？",
]


@pytest.fixture(scope="module")
def shipped():
    models = bundled_learned()
    assert models is not None, "medqa/safety/data/learned_safety.json is missing"
    return models


@pytest.mark.parametrize("text,category", EMERGENCIES)
def test_emergencies_pass_the_threshold_with_their_category(shipped, text, category):
    probability, found, threshold = triage_probabilities(text)
    assert probability >= threshold, (text, probability, threshold)
    assert found == category
    assert is_learned_emergency(text) == (True, category)


@pytest.mark.parametrize("text", BENIGN_LOOK_ALIKES)
def test_benign_look_alikes_stay_below_the_threshold(shipped, text):
    probability, _, threshold = triage_probabilities(text)
    assert probability < threshold, (text, probability, threshold)
    assert emergency_score(text)[0] == pytest.approx(probability)


@pytest.mark.parametrize("text", REDIRECTS)
def test_dose_diagnosis_and_change_requests_are_redirected(shipped, text):
    # Since the blind4..24 refit (LS2) the scope net is a second opinion with an in-domain-safe threshold: alone it
    # passes "do I have TB?" (0.73) and 我可以自己把降压药停了吗 (0.78) under t_hi (0.87), which the rules redirect; what
    # it must never do is score them low enough to veto.
    from medqa.safety.learned import scope_second_opinion
    from medqa.safety.scope import REDIRECT, classify_scope

    probability, t_hi, t_lo = scope_second_opinion(text)
    assert t_lo is not None and probability > t_lo, (text, probability, t_lo)
    assert classify_scope(text, learned=True).decision == REDIRECT


@pytest.mark.parametrize("text", [t for t in REDIRECTS if "TB?" not in t and "降压药停了" not in t])
def test_the_scope_net_alone_flags_plain_requests(shipped, text):
    assert is_learned_redirect(text), (text, redirect_score(text))


@pytest.mark.parametrize("text,reason", [
    ("how many co-codamol can I take in one go for my back?", "dose_request"),
    ("I forgot my blood pressure tablet this morning, should I take two tonight?", "dose_change"),
    ("I have had a cough for three weeks and night sweats, do I have TB?", "diagnosis_request"),
    ("could you prescribe me something stronger for my migraines?", "prescription_request"),
    ("布洛芬一次吃几片？", "dose_request"),
    ("医生，我这个皮疹是不是带状疱疹？", "diagnosis_request"),
])
def test_a_redirect_is_worded_by_its_kind(shipped, text, reason):
    assert redirect_reason(text) == reason


@pytest.mark.parametrize("text", ALLOWED)
def test_practical_medicine_questions_are_not_redirected(shipped, text):
    assert not is_learned_redirect(text), (text, redirect_score(text))


def test_thresholds_are_in_the_asset_and_strict(shipped):
    for task in (shipped.triage, shipped.scope):
        assert set(task) == {"en", "zh"}
        for model in task.values():
            assert 0.0 < model.threshold < 1.0
            assert model.weights.shape[1] == len(model.classes)


def test_empty_and_non_text_score_zero():
    assert emergency_score("") == (0.0, "none")
    assert emergency_score(None) == (0.0, "none")
    assert redirect_score("   ") == 0.0


def test_hashed_vectors_are_unit_length_and_stable():
    vector = hashed_vector(english_grams("My chest hurts, my chest HURTS"))
    assert np.isclose(sum(v * v for v in vector.values()), 1.0)
    assert vector == hashed_vector(english_grams("my chest hurts my chest hurts"))
    # Traditional and Simplified spellings give the same n-grams
    assert chinese_grams("頭痛發燒") == chinese_grams("头痛发烧")


def test_weights_round_trip_through_json():
    weights = np.array([[0.5, -1.25], [3.0, 0.0]], dtype=np.float32)
    assert np.allclose(decode_array(json.loads(json.dumps(encode_array(weights)))), weights)


def test_a_missing_asset_is_none_and_a_broken_one_a_user_error(tmp_path):
    assert load_learned(tmp_path / "absent.json") is None
    broken = tmp_path / "broken.json"
    broken.write_text('{"triage": {}}', encoding="utf-8")
    with pytest.raises(UserError, match="not a learned safety model"):
        load_learned(broken)


def test_a_tiny_hand_built_model_scores_by_its_weights():
    # One Chinese binary model whose only weight sits on the bucket of the bigram "胸痛".
    weights = np.zeros((learned.HASH_DIMS, 2), dtype=np.float32)
    weights[learned._bucket("胸痛"), 0] = 40.0
    model = LanguageModel(weights, np.zeros(2, dtype=np.float32), ["chest_pain", "none"], 0.9, "ngrams")
    models = LearnedSafety({"zh": model}, {})
    assert triage_probabilities("胸痛", models)[0] > 0.9
    assert triage_probabilities("头痛", models)[0] == pytest.approx(0.5)


# --- in-domain questions: the product's core traffic (issue 13 follow-up) ----------------------------------------
ASSETS = Path(learned.__file__).resolve().parents[1] / "assets"


def _questions(path, with_paraphrases: bool) -> list[str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return list(dict.fromkeys(t for row in rows for t in [row["question"], *(row.get("paraphrases", []) if with_paraphrases else [])]))


# The scope net's in-domain checks fail before the blind4..24 refit (LS2, fitted with the in-domain questions at x10)
# and pass since; it is a second opinion beside the rules (MEDQA_SCOPE_NET), off by default.
NETS = ["triage", "scope"]


def _learned_only_flags(texts: list[str], net: str) -> list[str]:
    """Texts the net flags (triage: emergency; scope: redirect) that the rules do not.

    The rules run only on the texts the net flags: those are the only ones that can be learned-only.
    """
    from medqa.safety.scope import REDIRECT, classify_scope
    from medqa.safety.triage import RedFlagTriage

    if net == "triage":
        flagged = [t for t in texts if is_learned_emergency(t)[0]]
        triage = RedFlagTriage() if flagged else None
        return [t for t in flagged if triage.assess(t).level != "emergency"]
    return [t for t in texts if is_learned_redirect(t) and classify_scope(t).decision != REDIRECT]


@pytest.mark.parametrize("net", NETS)
def test_the_kb_question_bank_gets_no_learned_only_flags(shipped, net):
    """The KB question bank (question + paraphrases, 1,083 practical patient questions) is training data of the
    shipped triage net (labelled by what the rules say), so this checks the fit took, not generalisation; the
    held-out figures (leave-KB-out 2/1,083) are in data_cards/learned_safety_model.md. The nets fitted on safety
    sets alone called 23 of these an emergency and redirected 79 that the rules allow ("do i have to use the hand
    gel every time" -> suicide_self_harm)."""
    texts = [t for name in ("questions_en.jsonl", "questions_zh.jsonl")
             for t in _questions(ASSETS / "kb" / name, with_paraphrases=True)]
    assert len(texts) > 1000
    assert _learned_only_flags(texts, net) == []


@pytest.mark.parametrize("net", NETS)
def test_validation_questions_get_at_most_three_in_a_thousand_learned_only_flags(shipped, net):
    """validation.jsonl and out_of_scope_validation.jsonl are never fitted (the 48 out-of-scope ones share no wording
    with any fitted text; validation.jsonl's questions are KB wordings)."""
    texts = (_questions(ASSETS / "grounded" / "validation.jsonl", with_paraphrases=False)
             + _questions(ASSETS / "grounded" / "out_of_scope_validation.jsonl", with_paraphrases=False))
    assert len(texts) > 150
    flagged = _learned_only_flags(texts, net)
    assert len(flagged) <= int(0.003 * len(texts)), flagged


# --- negation (issue 13): a denied sign is read as denied ------------------------------------------------------------
def test_words_in_a_negation_scope_give_their_own_grams():
    grams = english_grams("her lips are not swollen and she is breathing fine")
    assert "w:~swollen" in grams and "w:swollen" not in grams
    assert not [g for g in grams if g.startswith("c:") and "swol" in g]
    # the scope ends at a turn: "and she is breathing fine" is read as it is
    assert "w:breathing" in grams
    # a modal negates the verb, not the sign ("can't breathe", "can not stop the bleeding"), as in the rules
    assert "w:breathe" in english_grams("he can't breathe")
    assert "w:bleeding" in english_grams("i can not stop the bleeding")
    # a clause ends the scope
    assert "w:vomiting" in english_grams("no fever, vomiting all night")
    # curly apostrophes are read like straight ones
    assert english_grams("she doesn\u2019t have a rash") == english_grams("she doesn't have a rash")
    zh = chinese_grams("她嘴唇没有肿，呼吸也正常")
    assert "~肿" in zh and "肿" not in zh and "呼吸" in zh
    assert "~发~烧" in chinese_grams("冇發燒")  # Cantonese 冇, Traditional folded
    # a negated vital function is the sign itself, and so is a potential complement (叫不醒) or 无法 (cannot)
    assert "w:breathing" in english_grams("he is not breathing")
    assert "反应" in chinese_grams("個B冇反應") and "醒" in chinese_grams("叫不醒") and "呼吸" in chinese_grams("无法呼吸")
    assert "痛" in chinese_grams("特别痛")  # 特别 (very) is no cue
    # the older features (an asset that says "ngrams") are unchanged
    assert "w:swollen" in english_grams("not swollen", negation=False)
    assert "肿" in chinese_grams("没有肿", negation=False)


def test_the_shipped_triage_net_marks_negation(shipped):
    assert {model.features for model in shipped.triage.values()} == {"ngrams+negation"}
    assert all(model.marks_negation for model in shipped.triage.values())


# The round-7 denied sign ("her lips are not swollen and she is breathing fine") is pinned at triage level below, not
# here: the blind4..21 refit (helper LN6, round 25) scores it 0.960 against its English threshold 0.833, and the
# rules' denied-sign veto keeps the product's decision 'not emergency' (data_cards/learned_safety_model.md).
@pytest.mark.parametrize("text", [
    "no chest pain, no breathlessness, just a tickly cough since the weekend",
    "he hasn't been sick and there's no blood in it, just the runs",
    "她嘴唇没有肿，呼吸也正常",
    "冇發燒，冇出疹，只係有啲鼻塞",
])
def test_a_denied_sign_is_not_a_learned_emergency(shipped, text):
    probability, _, threshold = triage_probabilities(text)
    assert probability < threshold, (text, probability, threshold)


@pytest.mark.parametrize("text,category", [
    # written for this file in the style of the emergencies the net caught beside the frozen rules (blind9-12 folds)
    ("my husband went grey, his chest feels like an elephant sat on it, going into his left arm", "chest_pain"),
    ("my little one is all floppy and pale and won't answer me", "child_unwell"),
    ("我同事突然倒在地上一直抽，停不下来，好急", "seizure"),
    # a negated vital function is the sign: marking must not hide it
    ("my baby is not breathing and has gone blue", "breathing"),
])
def test_held_out_style_emergencies_pass_the_threshold(shipped, text, category):
    probability, found, threshold = triage_probabilities(text)
    assert probability >= threshold, (text, probability, threshold)
    assert found == category


def test_a_denied_sign_stays_below_the_emergency_level_with_the_net_on():
    """The round-7 test that kept the net off by default, at triage level since the blind4..21 refit (LN6): the raw
    net may score it over its threshold; the veto chain must keep the decision below emergency."""
    from medqa.safety.triage import RedFlagTriage

    result = RedFlagTriage(learned_net=True).assess("her lips are not swollen and she is breathing fine")
    assert result.level != "emergency", result
    assert not [r for r in result.rules if r.startswith("learned.")], result


def test_triage_reads_the_learned_net_by_default():
    """On by default since the sixth session (data_cards/learned_safety_model.md); `learned_net=False` turns it off."""
    from medqa.safety.triage import RedFlagTriage

    text = "my little boy drank some of the dishwasher liquid from under the sink"
    assert "learned.overdose_poisoning" in RedFlagTriage().assess(text).rules
    assert not [r for r in RedFlagTriage(learned_net=False).assess(text).rules if r.startswith("learned.")]


# --- word-order features (issue 13, helper LN2: medqa/safety/learned_encoder.py) --------------------------------
def test_chinese_skip_bigrams_pair_characters_two_apart_only_when_asked():
    from medqa.safety.learned_encoder import skip_bigrams

    assert skip_bigrams(list("叫不醒")) == ["s:叫?醒"]
    assert "s:叫?醒" in chinese_grams("叫不醒", skip=True)
    assert not [g for g in chinese_grams("叫不醒") if g.startswith("s:")]
    # a marked character keeps its mark inside the pair ("没有肿" marks 肿)
    assert "s:没?~肿" in chinese_grams("没有肿", skip=True)


def test_the_exemplar_profile_takes_the_best_sentence_per_exemplar_and_category():
    from medqa.safety.learned_encoder import ProfileLayout, _profile_from

    layout = ProfileLayout(4, ("a", "b"), ((0, 1), (2,)), (0, 1, 2), (3,))
    assert layout.dims == 9
    empty = _profile_from(layout, [])
    assert empty[-1] == 1.0 and not empty[:-1].any()  # no about-now English sentence
    profile = _profile_from(layout, [[0.1, 0.7, 0.2, 0.5], [0.6, 0.3, 0.4, 0.1]])
    np.testing.assert_allclose(profile, [0.6, 0.7, 0.4, 0.5, 0.7, 0.4, 0.5, 0.2, 0.0], rtol=1e-6)


def test_a_profile_model_fitted_on_another_exemplar_bank_is_not_used():
    from medqa.safety.learned_encoder import profile_layout

    dims = profile_layout().dims + learned.HASH_DIMS
    stale = LanguageModel(np.ones((dims, 2), dtype=np.float32), np.array([5.0, 0.0], dtype=np.float32),
                          ["stroke", "none"], 0.5, "profile+ngrams+negation", bank="not-this-bank")
    assert not stale.usable()
    models = LearnedSafety({"en": stale}, {})
    assert triage_probabilities("my face has dropped on one side", models) == (0.0, "none", 1.0)


def test_a_profile_model_reads_the_rules_sentence_embeddings():
    """A hand-built profile model (weight on the stroke category's best cosine only) ranks a stroke told in new words
    above a practical question; skipped where the MiniLM embedder is not installed."""
    from medqa.safety.learned_encoder import bank_signature, encoder_available, profile_layout

    if not encoder_available():
        pytest.skip("the MiniLM embedder is not installed")
    layout = profile_layout()
    weights = np.zeros((layout.dims + learned.HASH_DIMS, 2), dtype=np.float32)
    weights[layout.exemplars + layout.categories.index("stroke"), 0] = 10.0
    model = LanguageModel(weights, np.array([-5.0, 0.0], dtype=np.float32), ["stroke", "none"], 0.5,
                          "profile+ngrams+negation", bank=bank_signature())
    assert model.usable()
    models = LearnedSafety({"en": model}, {})
    stroke, category, _ = triage_probabilities("his mouth has slipped down on one side and his words are slurred", models)
    practical, _, _ = triage_probabilities("what time does the pharmacy open on sunday", models)
    assert category == "stroke" and stroke > practical, (stroke, practical)


# Denied signs the shipped n-gram net still raises (data_cards/learned_safety_model.md, LN2 probes); the MiniLM
# profile (LN2) raised these and one more. Strict: when a fix lands, the xfail fails and this list is updated.
KNOWN_DENIED_SIGN_FALSE_ALARMS = pytest.mark.xfail(strict=True, reason="known class: a denied sign the net still raises")


@KNOWN_DENIED_SIGN_FALSE_ALARMS
@pytest.mark.parametrize("text", [
    "his face isn't swollen and he's breathing normally",
    "he banged his head but he is not drowsy and has not been sick",
])
def test_known_denied_sign_false_alarms_of_the_shipped_net(shipped, text):
    probability, _, threshold = triage_probabilities(text)
    assert probability < threshold, (text, probability, threshold)
