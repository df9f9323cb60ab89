"""G37b (issue 12, session 37): answerable detail questions refused because retrieval and the gate read the patient's
words, not the passage's.

Two reading gaps, both in `medqa.retrieval_synonyms` (read by retrieval's BM25 fields and by the gate's word features
through `gate_reading`):
- English: moving a booked appointment or procedure ("change my clinic appt", "move my op", "rebook") is what the
  rescheduling passage calls reschedule / rearrange; a lay family now appends those words. Not when the change is of
  the kind of appointment (to a video or in-person one) or of one's mind (consent).
- Chinese (Cantonese): 雪柜 (fridge) -> 冰箱, 一次过 (all at once) -> 一次, 话俾 X 知 (tell X) -> 告诉 X, 盘尼西林
  (penicillin) -> 青霉素; and 需不需要 (what 使唔使 folds to) is question phrasing, stripped from a query whole, as
  要不要 / 用不用 are (it used to leave a stray 需不).
Every question here is this round's own, not from any spent set.
"""

from medqa.retrieval import strip_question_phrases
from medqa.retrieval_synonyms import expand_query, fold_chinese_wording
from medqa.safety.zh_fold import fold_traditional

RESCHEDULE = "reschedule rearrange appointment"


def _added(question: str, language: str = "en") -> str:
    return expand_query(question, language)[len(question):]


def test_moving_an_appointment_reads_as_rescheduling():
    for question in ("is it ok to change my eye clinic appt to a later week",
                     "my sister's wedding is that day, can I move my operation",
                     "could you push back my scan by a fortnight",
                     "can I bring my appointment forward",
                     "how can I rebook my physio session",
                     "I missed it, can I book it again"):
        assert RESCHEDULE in _added(question), question


def test_changing_ones_mind_or_the_kind_of_appointment_is_not_rescheduling():
    for question in ("can I change my mind about the operation after signing",
                     "can I switch my appointment to a video call",
                     "could my follow-up be changed to an in-person one",
                     "do I need to move my car during the appointment? the bay says two hours"):
        assert RESCHEDULE not in _added(question), question


def test_cantonese_fridge_penicillin_tell_and_all_at_once_fold_to_the_passages_words():
    def fold(text: str) -> str:
        return fold_chinese_wording(fold_traditional(text))

    assert "冰箱" in fold("啲眼藥水開咗之後要唔要擺雪櫃？")
    assert "青霉素" in fold("佢細個食盤尼西林出過疹")
    assert "告诉护士" in fold("我有糖尿病，要唔要話俾護士知？")
    assert "一次开" in fold("可唔可以一次過開三個月藥？")
    assert "告诉" not in fold("佢話俾我知道要空肚")  # 话俾 X 知道 is "let X know": left as it is


def test_the_whole_question_phrase_needs_or_not_is_stripped():
    assert strip_question_phrases("照胃镜前需不需要空腹").split() == ["照胃镜前", "空腹"]
