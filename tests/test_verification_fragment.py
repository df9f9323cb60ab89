"""A generation stopped by the token limit leaves a last piece with no end mark ("需要先办理"): it is a substring of a
passage sentence, so its support is perfect, and shown it reads as a broken sentence (seen on 7 of 340 answered
reviewer questions, R17-R20, always Chinese, always first in an extractive answer). It is dropped as "fragment"."""

from medqa.knowledge_base import Passage
from medqa.verification import StreamingVerifier, verify_answer

ZH = Passage(id="kb-zh-test-1", title="住院办理", language="zh", topic="admission", source="test", review_date="2026-01-01",
             text="入院当天请先到住院处办理入院手续，并缴纳预交金。办好手续后护士会带您去病房。住院期间请保管好个人物品。")
EN = Passage(id="kb-en-test-1", title="Admission day", language="en", topic="admission", source="test", review_date="2026-01-01",
             text="On the day of admission, please go to the admissions desk first to complete the paperwork. "
                  "A nurse will then take you to the ward. Please keep your belongings with you.")


def test_a_cut_off_last_piece_is_dropped_as_fragment():
    verified = verify_answer("入院要先办什么？", "办好手续后护士会带您去病房。入院当天请先到住院处", [ZH], "zh")
    assert [s.text for s in verified.sentences] == ["办好手续后护士会带您去病房。"]
    assert [(d.text, d.reason) for d in verified.dropped] == [("入院当天请先到住院处", "fragment")]
    assert "入院当天请先到住院处" not in verified.text


def test_a_finished_last_sentence_is_kept():
    verified = verify_answer("入院要先办什么？", "办好手续后护士会带您去病房。入院当天请先到住院处办理入院手续，并缴纳预交金。",
                             [ZH], "zh")
    assert len(verified.sentences) == 2 and not verified.dropped


def test_an_english_last_piece_cut_inside_a_passage_sentence_is_dropped():
    verified = verify_answer("Where do I go first on admission day?",
                             "A nurse will then take you to the ward. On the day of admission, please go to the", [EN], "en")
    assert [d.reason for d in verified.dropped] == ["fragment"]
    assert verified.text.startswith("A nurse will then take you to the ward.")


def test_an_unterminated_piece_that_is_a_whole_passage_sentence_is_kept():
    # the model left off the full stop, nothing of the passage sentence is missing
    verified = verify_answer("Where do I go first on admission day?",
                             "A nurse will then take you to the ward [kb-en-test-1]", [EN], "en")
    assert [s.text for s in verified.sentences] == ["A nurse will then take you to the ward"]


def test_a_fragment_broken_off_by_a_citation_and_a_new_line_is_dropped():
    verified = verify_answer("入院要先办什么？", "入院当天请先到住院处 [kb-zh-test-1]\n办好手续后护士会带您去病房。 [kb-zh-test-1]",
                             [ZH], "zh")
    assert [s.text for s in verified.sentences] == ["办好手续后护士会带您去病房。"]
    assert [(d.text, d.reason) for d in verified.dropped] == [("入院当天请先到住院处", "fragment")]


def test_a_short_head_with_no_end_mark_is_dropped():
    # garbled heads the model wrote before its sentences: too short to be a sentence
    verified = verify_answer("入院要先办什么？", "住院处手续后 [kb-zh-test-1]\n办好手续后护士会带您去病房。", [ZH], "zh")
    assert [(d.text, d.reason) for d in verified.dropped] == [("住院处手续后", "fragment")]
    verified = verify_answer("Where do I go first?", "Admissions desk first [kb-en-test-1]\nA nurse will then take you to the ward.",
                             [EN], "en")
    assert [(d.text, d.reason) for d in verified.dropped] == [("Admissions desk first", "fragment")]


def test_streaming_drops_the_cut_off_piece_at_finish():
    verifier = StreamingVerifier("入院要先办什么？", [ZH], "zh")
    shown = verifier.feed("办好手续后护士会带您去病房。入院当天请")
    verified, rest = verifier.finish()
    assert "".join(shown) + rest == verified.text
    assert "入院当天请" not in verified.text
