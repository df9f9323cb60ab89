"""Round 21 of the gate and retrieval (issue #12): lay wordings and dialect the passages do not use are read in the
passages' words, for retrieval and for the gate's word features.

Wordings written for these tests, not the reviewer sets'.
"""

import pytest

from medqa import verification as V
from medqa.retrieval_synonyms import expand_query, fold_chinese_wording
from medqa.safety.normalize import fold_traditional


def _fold(text: str) -> str:
    return fold_chinese_wording(fold_traditional(text))


@pytest.mark.parametrize("question, document_word", [
    ("Is there a special diet before the camera goes up my back passage?", "colonoscopy"),
    ("Should my aunt take her false teeth in with her?", "dentures"),
    ("What do I need to pack for a two-night stay?", "bring"),
    ("My wife has Alzheimer's, can the clinic give us a quiet room?", "dementia"),
    ("Are visitors sent out at lunch time on the wards?", "mealtimes"),
    ("Will an ambulance car collect him from home for his clinic?", "transport"),
    ("Who can sit with my grandma in the evening?", "visitors"),
    ("How do I get rid of some leftover painkillers?", "unwanted"),
])
def test_english_lay_wordings_add_the_document_word(question, document_word):
    assert document_word in expand_query(question, "en").lower().split()


@pytest.mark.parametrize("question, folded, absent", [
    ("我听日开刀，咁啱嚟M，点算好？", "月经", "M"),
    ("佢做胃镜前使唔使停药？", "需不需要", "使唔使"),
    ("我做完CT要点做先可以拎报告？", "怎么做", "点做"),
    ("請問點去住院部？", "怎么去", "点去"),
    ("咁啱今日放假", "刚好", "这啱"),
    ("门口有没有推着的椅子可以借？", "轮椅", "椅子"),
    ("我婆婆坐手推椅子，可以进电梯吗？", "轮椅", "椅子"),
])
def test_dialect_and_lay_chinese_folds_to_the_passages_words(question, folded, absent):
    text = _fold(question)
    assert folded in text and absent not in text


@pytest.mark.parametrize("question, kept", [
    ("现在几点做检查？", "几点"),      # a clock time, not "how"
    ("一点做完可以走吗？", "一点"),
    ("检查的要点是什么？", "要点"),    # "key points"
    ("咁點算？", "怎么办"),            # 点算 is left to fold_cantonese (怎么办)
])
def test_how_fold_leaves_clock_times_and_other_words(question, kept):
    assert kept in _fold(question)


@pytest.mark.parametrize("question, words", [
    ("全程有人陪我看病吗？", "陪诊"),
    ("号源一般什么时候放出来？", "放号"),
    ("做胃镜前能含颗糖吗？", "糖果"),
])
def test_chinese_lay_wordings_add_the_document_word(question, words):
    assert words in expand_query(question, "zh")


def test_gate_reads_the_lay_words():
    assert "mealtimes" in V.gate_reading("Why were we sent out at lunchtime?", "en")
    assert "轮椅" in V.gate_reading("醫院有推的椅子借嗎？", "zh")
