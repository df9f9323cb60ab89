"""Replies in the script the patient wrote (issue #12): detection, conversion, and the assistant applying both.

The knowledge base and the fixed texts are Simplified; a question in Traditional characters gets everything
shown in Traditional (Hong Kong / Taiwan forms where the locale's region says so), while verification, the
report's locale, passage ids and citation quotes stay as stored.
"""

import asyncio

import pytest

from medqa.assistant import Assistant
from medqa.chinese_script import (
    SIMPLIFIED,
    TRADITIONAL,
    conversation_script,
    question_script,
    to_script,
)
from medqa.knowledge_base import load_knowledge_base
from medqa.retrieval import KnowledgeIndex
from medqa.safety.normalize import fold_cantonese, fold_traditional, normalize_triage
from medqa.verification import DEFAULT_CONTACT, NO_ANSWER
from tests.test_assistant import ScriptedEngine, run

SIMPLIFIED_NO_ANSWER = NO_ANSWER["zh"].format(contact=DEFAULT_CONTACT["zh"])


@pytest.fixture(scope="module")
def index():
    return KnowledgeIndex(load_knowledge_base(), use_embeddings=False)


# --- detection -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, script", [
    ("請問探病時間係幾點？", TRADITIONAL),  # Hong Kong
    ("請問門診幾點開始掛號？", TRADITIONAL),
    ("我個仔發燒", TRADITIONAL),
    ("華法林能不能帶上飛机", TRADITIONAL),  # one stray Simplified form among Traditional ones
    ("群組裡面有人說要先吃藥", TRADITIONAL),  # Taiwan's 群 / 裡 are Traditional, not OpenCC's orthodox 羣 / 裏
    ("偶手麻麻ㄉ", TRADITIONAL),  # bopomofo is typed in Taiwan only
    ("请问探病时间是几点？", SIMPLIFIED),
    ("我儿子发烧了", SIMPLIFIED),
    ("這个时间还开门吗", SIMPLIFIED),  # mixed: one Traditional form among Simplified ones
    ("你好", SIMPLIFIED),  # no character of one script only: Simplified
    ("必理痛有咩作用？", SIMPLIFIED),
    ("Visiting hours?", None),
    ("", None),
    (None, None),
    (42, None),
])
def test_question_script(text, script):
    assert question_script(text) == script


def test_a_short_follow_up_keeps_the_script_the_patient_used_before():
    assert conversation_script(["請問探病時間係幾點？", "好的"]) == TRADITIONAL
    assert conversation_script(["請問探病時間係幾點？", "那几点关门？"]) == SIMPLIFIED  # the latest shows its own
    assert conversation_script(["请问这个时间", "好的"]) == SIMPLIFIED
    assert conversation_script(["請問探病時間？", "thanks"]) is None  # an English message is answered in English
    assert conversation_script([]) is None


# --- conversion ------------------------------------------------------------------------------------------

def test_conversion_follows_the_region():
    text = "因为里面人多，请先吃药再排队。"
    assert to_script(text, TRADITIONAL, "TW") == "因為裡面人多，請先吃藥再排隊。"
    assert to_script(text, TRADITIONAL, "HK") == "因為裏面人多，請先吃藥再排隊。"
    # Generic Traditional: not OpenCC's orthodox 爲 / 喫, which neither Hong Kong nor Taiwan writes.
    assert to_script(text, TRADITIONAL, "US") == "因為裏面人多，請先吃藥再排隊。"
    assert to_script(text, TRADITIONAL) == to_script(text, TRADITIONAL, "CN")


def test_conversion_is_a_no_op_for_simplified_and_english():
    assert to_script("请先吃药。", SIMPLIFIED) == "请先吃药。"
    assert to_script("请先吃药。", None) == "请先吃药。"
    assert to_script("Please call 911.", TRADITIONAL) == "Please call 911."
    with pytest.raises(ValueError, match="script must be"):
        to_script("请先吃药。", "zh-Latn")


def test_conversion_keeps_passage_ids_links_addresses_and_numbers():
    text = ("详情见[kb-zh-visiting-001]【kb-zh-visiting-004】，网址https://hosp.example/预约，"
            "邮箱help@hosp.example，电话020-1234 5678，急救120。")
    shown = to_script(text, TRADITIONAL, "HK")
    for kept in ("[kb-zh-visiting-001]", "【kb-zh-visiting-004】", "https://hosp.example/", "help@hosp.example",
                 "020-1234 5678", "120"):
        assert kept in shown
    assert "詳情見" in shown and "網址" in shown and "預約" in shown  # the Chinese after a link is still converted


def test_conversion_sentence_by_sentence_equals_conversion_at_once():
    sentences = ["您好，医院的探视时间一般为每天下午。", "[kb-zh-visiting-001] ", "具体时间以病区公示为准。\n\n",
                 "以上为一般健康信息，不构成医疗建议。"]
    for region in ("HK", "TW", None):
        assert "".join(to_script(s, TRADITIONAL, region) for s in sentences) == to_script("".join(sentences),
                                                                                          TRADITIONAL, region)


# --- the assistant ---------------------------------------------------------------------------------------

HELIPAD_HANT = "請問醫院有沒有直升機停機坪？"
HELIPAD_HANS = "请问医院有没有直升机停机坪？"


def test_traditional_question_gets_the_dont_know_text_in_traditional(index):
    engine = ScriptedEngine("随便")
    deltas, result, _ = run(Assistant(engine, index, locale="zh-HK"), HELIPAD_HANT)
    assert result.mode == "no_answer" and engine.prompts == []
    assert SIMPLIFIED_NO_ANSWER not in result.text
    assert to_script(SIMPLIFIED_NO_ANSWER, TRADITIONAL, "HK") in result.text
    assert "資料" in result.text and "资料" not in result.text
    assert result.safety["disclaimer"] in result.text and "醫療建議" in result.safety["disclaimer"]
    assert result.safety["locale"] == "zh-HK"  # the report's locale keeps its meaning
    assert "".join(deltas) == result.text


def test_simplified_and_english_questions_are_unchanged(index):
    _, simplified, _ = run(Assistant(ScriptedEngine("随便"), index, locale="zh-HK"), HELIPAD_HANS)
    assert SIMPLIFIED_NO_ANSWER in simplified.text
    _, english, _ = run(Assistant(ScriptedEngine("随便"), index, locale="zh-HK"),
                        "Do you have a helipad for private helicopters?")
    assert "don't have" in english.text


def test_traditional_emergency_and_redirect_texts_are_traditional(index):
    assistant = Assistant(ScriptedEngine("随便"), index, locale="zh-TW")
    _, emergency, _ = run(assistant, "我爸胸口劇痛，喘不過氣，一直冒冷汗")
    assert emergency.mode == "emergency" and "119" in emergency.text
    assert "請立即撥打" in emergency.text and "请" not in emergency.text
    assert emergency.safety["emergency_response"] == emergency.text
    _, dose, _ = run(assistant, "布洛芬一次要吃幾顆？")
    assert dose.mode == "redirect" and "劑量" in dose.text and "剂量" not in dose.text
    _, simplified, _ = run(assistant, "我爸胸口剧痛，喘不过气，一直冒冷汗")
    assert "请立即拨打" in simplified.text


def test_streamed_and_batch_answers_agree_and_passage_ids_survive(index):
    passage = index.by_id["kb-zh-visiting-001"]
    answer = f"{passage.text.split('。')[0]}。[kb-zh-visiting-001]"
    question = "請問探病時間係幾點？"
    deltas, streamed, _ = run(Assistant(ScriptedEngine(answer), index, locale="zh-HK"), question)
    assert "".join(deltas) == streamed.text
    assert "kb-zh-visiting-001" in streamed.text and "kb-zh-visiting-001" in streamed.citation_ids
    assert to_script(passage.text.split("。")[0], TRADITIONAL, "HK") in streamed.text
    # Citations' quotes stay as stored (Simplified): they are the passage's own words, for the Sources panel.
    assert all(c.quote in index.by_id[c.id].text for c in streamed.citations)

    assistant = Assistant(ScriptedEngine(answer), index, locale="zh-HK")
    prepared = assistant.prepare([{"role": "user", "content": question}])
    assert prepared.script == TRADITIONAL and prepared.region == "HK"
    batch = assistant.complete(prepared, answer)
    assert batch.text == streamed.text and batch.mode == streamed.mode


def test_verification_still_works_on_the_simplified_passages(index):
    # The generated sentence is checked against the Simplified passage (full support, as for a Simplified question);
    # only its shown form is converted, and the verification record keeps what was checked.
    first = index.by_id["kb-zh-visiting-001"].text.split("。")[0] + "。"
    answer = f"{first}[kb-zh-visiting-001]"
    _, hant, _ = run(Assistant(ScriptedEngine(answer), index), "請問探病時間係幾點？")
    _, hans, _ = run(Assistant(ScriptedEngine(answer), index), "请问探病时间是几点？")
    assert hant.mode == hans.mode == "generated"
    assert hant.verification["sentences"] == hans.verification["sentences"]
    assert hant.verification["sentences"][0]["text"] == first and hant.verification["sentences"][0]["support"] == 1.0
    assert hant.text.startswith(to_script(first, TRADITIONAL)) and hans.text.startswith(first)


# --- Cantonese folding: 食 is "eat" only as a verb -------------------------------------------------------

@pytest.mark.parametrize("text, folded", [
    ("我喺食堂食咗饭", "我在食堂吃了饭"),  # canteen, then the verb
    ("食物中毒", "食物中毒"),
    ("食品过期", "食品过期"),
    ("饮食要清淡", "饮食要清淡"),  # 饮 of 饮食 is no "drink" either
    ("零食同粮食", "零食同粮食"),
    ("食道好痛", "食道好痛"),  # oesophagus
    ("食管癌", "食管癌"),
    ("食欲差", "食欲差"),
    ("手术前要禁食", "手术前要禁食"),  # fasting, as the scope rules read it
    ("食指割亲", "食指割伤"),
    ("孩子挑食", "孩子挑食"),
    ("佢唔食嘢", "他不吃东西"),  # the verb still folds
    ("我食咗药", "我吃了药"),
    ("食食物", "吃食物"),
    ("误食洗衣液", "误吃洗衣液"),  # swallowed by mistake: the verb
    ("饮咗水", "喝了水"),
])
def test_fold_cantonese_folds_shi_only_where_it_is_the_verb(text, folded):
    assert fold_cantonese(text) == folded


@pytest.mark.parametrize("text, folded", [
    ("点样联系医生", "怎样联系医生"),  # 联系 "contact", not 联是
    ("系统坏咗", "系统坏了"),
    ("冷冻母乳", "冷冻母乳"),
    ("手生冻疮", "手生冻疮"),
    ("佢系我阿妈", "他是我妈妈"),  # Cantonese 系 = is still folds
    ("佢好冻", "他好冷"),
    ("返屋企", "返家"),  # 屋企 = home, not 屋站
    ("嗰阵", "那阵"),  # fold_traditional makes 嗰 into 𠮶
])
def test_fold_cantonese_keeps_mandarin_words_whole(text, folded):
    assert fold_cantonese(fold_traditional(text)) == folded


def test_triage_reading_keeps_food_words():
    assert "食物" in normalize_triage("佢對食物敏感，食咗花生")
    assert "吃了花生" in normalize_triage("佢對食物敏感，食咗花生")
