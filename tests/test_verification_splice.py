"""A generated sentence stitched from short passage pieces is dropped as `spliced` (issue 12: nothing reaches a patient
that the passages do not support). Bigram and word overlap call such a sentence supported, since every piece is in the
passage; read as a whole it says nothing the passage says. Wordings written for this test, not taken from any set."""

from medqa.verification import is_spliced, passage_run_coverage, verify_answer

EN = {"id": "kb-en-t-1", "title": "Parking at the hospital",
      "text": "Visitor parking is in the multi-storey car park next to the main entrance. Pay at the machines on "
              "each floor before you return to your car. Blue badge holders park free in the marked bays on level one."}
ZH = {"id": "kb-zh-t-1", "title": "出院结算",
      "text": "出院当天请到住院收费处办理出院结算，使用医保的患者只需支付个人负担部分。结算时请携带押金收据和身份证。"
              "如需开具发票，可以在结算窗口或医院App上申请。"}


def test_passage_text_is_never_spliced():
    assert not is_spliced("Pay at the machines on each floor before you return to your car.", EN["text"])
    assert not is_spliced("结算时请携带押金收据和身份证。", ZH["text"])


def test_a_light_edit_of_a_passage_sentence_is_not_spliced():
    # a yes/no head or a dropped word keeps long runs of passage wording
    assert not is_spliced("Yes, blue badge holders park free in the marked bays on level one.", EN["text"])
    assert not is_spliced("出院当天到住院收费处办理出院结算。", ZH["text"])


def test_short_pieces_stitched_together_are_spliced():
    assert is_spliced("Pay the car to each floor of the main badge before level entrance.", EN["text"])
    assert is_spliced("结算收据请医保发票，押金患者当天窗口负担。", ZH["text"])
    assert passage_run_coverage("结算收据请医保发票，押金患者当天窗口负担。", ZH["text"]) < 0.75


def test_verify_answer_drops_the_spliced_sentence_and_keeps_the_true_one():
    answer = ("Blue badge holders park free in the marked bays on level one. [kb-en-t-1] "
              "Pay at the machines next to the main badge holders on level one of the car. [kb-en-t-1]")
    verified = verify_answer("Where can blue badge holders park for free?", answer, [EN], "en")
    kept = [s.text for s in verified.sentences]
    assert "Blue badge holders park free in the marked bays on level one." in kept
    reasons = {s.text: s.reason for s in verified.dropped}
    # word overlap alone would keep it (support above the 0.59 line): it is dropped for how it was stitched
    assert reasons.get("Pay at the machines next to the main badge holders on level one of the car.") == "spliced"
    assert "main badge" not in verified.text
