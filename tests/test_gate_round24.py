"""Gate round 24 (issue #12): a Chinese message telling a story around the one thing it asks is also read as a blend
(`CONTEXT_BLEND_PENALTY`): the asked sentence's word-overlap features with the whole message's meaning features.
Wordings are our own, not the reviewer sets'."""
import math

import pytest

import medqa.verification as V
from medqa.knowledge_base import load_knowledge_base


@pytest.fixture(scope="module")
def kb():
    return {p.id: p for p in load_knowledge_base()}


@pytest.mark.parametrize("message", [
    "我媳妇怀孕七个多月，明天来做B超。我开车送她过来，门诊楼门口可不可以先让她下车？",
    "我爸做完手术腿还肿着，下周来拆线我开车送他。能不能先在门诊门口让他下车再去停车？",
])
def test_story_around_drop_off_is_answered(kb, message):
    assert V.message_logit(message, kb["kb-zh-appointments-009"], "zh") >= 0


def test_blend_is_never_below_the_old_reading(kb):
    message = "我媳妇怀孕七个多月，明天来做B超。我开车送她过来，门诊楼门口可不可以先让她下车？"
    passage = kb["kb-zh-appointments-009"]
    clause = V.asking_clauses(message, "zh")[0]
    blended = V._blended_logit(message, clause, passage, "zh", None) - V.CONTEXT_BLEND_PENALTY["zh"]
    assert V.message_logit(message, passage, "zh") >= min(blended, 0) - 1e-9


def test_english_keeps_no_blend():
    assert V.CONTEXT_BLEND_PENALTY["en"] == math.inf
    assert 0 < V.CONTEXT_BLEND_PENALTY["zh"] < math.inf


def test_vetoed_story_stays_refused(kb):
    # a story asking a clock time the passage does not give stays capped by the detail veto
    message = "我老婆怀孕八个月了，下周来产检。我开车送她，门诊楼门口几点到几点可以停车让她下车？"
    passage = kb["kb-zh-appointments-009"]
    if V.asked_detail_missing(message, passage, "zh"):
        assert V.message_logit(message, passage, "zh") <= V.DETAIL_VETO_LOGIT
