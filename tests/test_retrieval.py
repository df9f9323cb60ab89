"""Retrieval finds the right passage in English and Chinese, saves and loads, and cites only real ids."""

import tempfile

import numpy as np
import pytest

from medqa.knowledge_base import Passage, load_knowledge_base, load_questions
from medqa.retrieval import FieldWeights, KnowledgeIndex, fuse_scores, recall_at_k, tokenize
from moe_core.errors import UserError


def passage(pid, language, title, text):
    return Passage(pid, title, language, "appointments", text, "test", "2026-11-01")


PASSAGES = [
    passage("kb-en-a-001", "en", "Parking at the hospital", "Visitor parking is in the multi-storey car park; pay at the machine before leaving."),
    passage("kb-en-a-002", "en", "Fasting before a blood test", "Some blood tests need fasting for 8 to 12 hours; water is allowed."),
    passage("kb-en-a-003", "en", "Requesting your medical records", "Ask the records office or use the patient portal to request copies."),
    passage("kb-zh-a-001", "zh", "医院停车", "来院就诊可将车辆停在地下停车场，离院前在缴费机缴费。"),
    passage("kb-zh-a-002", "zh", "抽血前空腹", "部分抽血检查需要空腹8到12小时，可以少量饮水。"),
]


@pytest.fixture(scope="module")
def index():
    return KnowledgeIndex(PASSAGES, use_embeddings=False)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Where can I park my car?", "kb-en-a-001"),
        ("do i need to fast for bloods", "kb-en-a-002"),
        ("how to get a copy of my records", "kb-en-a-003"),
        ("停车场在哪里？", "kb-zh-a-001"),
        ("抽血要不要空腹", "kb-zh-a-002"),
    ],
)
def test_top_hit_is_the_right_passage(index, query, expected):
    assert index.search(query, k=1)[0].passage.id == expected


def test_queries_prefer_their_own_language(index):
    assert {h.passage.language for h in index.search("抽血", k=3)} == {"zh"}
    assert {h.passage.language for h in index.search("fasting blood test", k=3)} == {"en"}


def test_search_ranks_by_fuse_scores_of_the_field_scores(index):
    # scripts/fit_query_adapter.py measures rankings with fuse_scores: it must be what search uses.
    query = "fasting for a blood test at the hospital, and my records"
    members, raw = index.field_scores(query, "en")
    fused = fuse_scores(raw, index.weights)
    # Passages with no evidence at all (fused score 0) are not returned.
    order = [members[slot] for slot in np.argsort(-fused, kind="stable") if fused[slot] > 0]
    assert len(order) >= 2
    assert [h.passage.id for h in index.search(query, k=3)] == [index.passages[position].id for position in order[:3]]


def test_embedding_evidence_counts_only_its_margin_over_the_median():
    raw = {"passage": np.array([0.0, 0.0, 0.0, 2.0]), "embedding": np.array([0.5, 0.6, 0.9, 0.6])}
    # median cosine 0.6: only the third passage is above it, and it becomes the best of that field.
    assert np.allclose(fuse_scores(raw, FieldWeights(passage=1.0, embedding=1.2)), [0.0, 0.0, 1.2, 1.0])


def test_tokenize_segments_chinese_and_drops_stopwords():
    assert "空腹" in tokenize("我抽血前需要空腹吗") and "the" not in tokenize("the blood test")


def test_citations_keep_real_ids_and_flag_invented_ones(index):
    found, unknown = index.citations("Fast first [kb-en-a-002]. See also [kb-en-zz-999].")
    assert [c.id for c in found] == ["kb-en-a-002"] and found[0].title == "Fasting before a blood test"
    assert unknown == ["kb-en-zz-999"]


def test_save_and_load_round_trip(index, tmp_path):
    out = index.save(tmp_path / "idx")
    loaded = KnowledgeIndex.load(out, use_embeddings=False)
    assert [p.id for p in loaded.passages] == [p.id for p in PASSAGES]
    assert loaded.search("停车", k=1)[0].passage.id == "kb-zh-a-001"
    (tmp_path / "foreign").mkdir()
    (tmp_path / "foreign" / "notes.txt").write_text("keep")
    with pytest.raises(UserError, match="not a medqa index"):
        index.save(tmp_path / "foreign")
    assert (tmp_path / "foreign" / "notes.txt").read_text() == "keep"


def test_bad_inputs_are_clear(tmp_path):
    with pytest.raises(UserError, match="zero passages"):
        KnowledgeIndex([])
    with pytest.raises(UserError, match="not a medqa retrieval index"):
        KnowledgeIndex.load(tmp_path)


def test_index_command_on_user_documents(tmp_path):
    from serving.cli import main

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "cafeteria.md").write_text("# Cafeteria\n\nThe cafeteria on level 2 opens at 7 am and closes at 7 pm.\n")
    (docs / "chaplain.md").write_text("# Chaplaincy\n\nThe chaplaincy offers quiet rooms and spiritual care every day.\n")
    assert main(["index", str(docs), "--out", str(tmp_path / "idx")]) == 0
    loaded = KnowledgeIndex.load(tmp_path / "idx", use_embeddings=False)
    assert "cafeteria" in loaded.search("when does the cafeteria open", k=1)[0].passage.id


def test_recall_at_3_on_bundled_questions():
    # A regression floor on the bundled KB: every wording (question + paraphrases), per language.
    index = KnowledgeIndex(load_knowledge_base(), use_embeddings=False)
    recall = recall_at_k(index, load_questions(), k=3)
    assert set(recall) >= {"en", "zh", "all"}
    assert recall["en"] >= 0.8 and recall["zh"] >= 0.8, recall


def test_hybrid_search_matches_meaning_without_shared_words():
    # The dev extra installs the offline MiniLM package, so this path runs in CI.
    index = KnowledgeIndex(PASSAGES, use_embeddings=True)
    assert index.uses_embeddings
    assert index.search("Where should I leave my vehicle?", k=1)[0].passage.id == "kb-en-a-001"


def test_index_out_empty_dir_is_accepted_and_bad_outs_are_refused_up_front(tmp_path, monkeypatch, capsys):
    import os
    import tempfile

    from medqa import retrieval
    from serving.cli import main

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "cafeteria.md").write_text("# Cafeteria\n\nThe cafeteria on level 2 opens at 7 am and closes at 7 pm.\n")
    empty = tmp_path / "fresh"
    empty.mkdir()  # just made with mkdir: nothing to keep
    assert main(["index", str(docs), "--out", str(empty)]) == 0
    assert KnowledgeIndex.load(empty, use_embeddings=False).passages[0].title == "Cafeteria"

    def no_work(*args, **kwargs):
        raise AssertionError("documents were read before --out was checked")

    monkeypatch.setattr(retrieval, "load_user_documents", no_work)
    (tmp_path / "precious.txt").write_text("keep")
    assert main(["index", str(docs), "--out", str(tmp_path / "precious.txt")]) == 2
    assert "exists and is not a medqa index" in capsys.readouterr().err
    assert (tmp_path / "precious.txt").read_text() == "keep"
    locked = tmp_path / "locked"
    locked.mkdir()
    real = tempfile.TemporaryFile

    def read_only(*args, dir=None, **kwargs):  # root ignores chmod, so simulate a read-only directory
        if dir is not None and os.path.abspath(dir) == str(locked):
            raise PermissionError(13, os.strerror(13))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "TemporaryFile", read_only)
    capsys.readouterr()
    assert main(["index", str(docs), "--out", str(locked / "sub")]) == 2
    assert capsys.readouterr().err == (f"medqa: error: --out {locked / 'sub'}: cannot write in {locked} "
                                       f"(Permission denied)\n")


@pytest.mark.parametrize(
    "query, expected",
    [
        ("住院需要带什么东西？", "kb-zh-visiting-010"),
        ("住院時要帶什麼東西", "kb-zh-visiting-010"),
        ("住院要准备哪些东西", "kb-zh-visiting-010"),
        ("抽血前能吃东西吗", "kb-zh-test_preparation-001"),
    ],
)
def test_things_to_bring_are_not_the_fasting_passages_things_to_eat(query, expected):
    """东西 packed for a stay is not the 吃东西 of fasting: the packing passage ranks first (round 21)."""
    from medqa.retrieval import bundled_index

    assert bundled_index(use_embeddings=False).search(query, k=1)[0].passage.id == expected
