"""Tests, procedures, services and documents described in lay words find their passage (round G40, issue #12).

Reviewer sets always hold patients who do not know a test's name and describe it instead: what you lie in, what goes
where, what you drink, what they put on your skin, what the paper is for. `retrieval_synonyms.EN_LAY_FAMILIES` and
`ZH_LAY_FAMILIES` map such descriptions (regular expressions tolerant of word order and filler) to the passages'
words. The wordings below are this round's own, written from how patients talk, except the three spent R33 rows.
"""

import pytest

from medqa.retrieval import bundled_index
from medqa.retrieval_synonyms import expand_query, fold_chinese_wording, lay_family_words
from medqa.safety.normalize import fold_traditional
from medqa.verification import gate_reading, gate_synonym_reading


def _zh(text: str) -> str:
    return fold_chinese_wording(fold_traditional(text))


@pytest.mark.parametrize("question, word", [
    ("how long am I stuck lying in that tunnel thing with the huge magnet", "mri"),
    ("is the banging machine really that loud, can I bring earplugs", "mri"),
    ("wot time do i start the stuff that clears u out b4 the camera up ur bum", "laxative"),
    ("they're sending a wee camera up my back passage on Friday", "colonoscopy"),
    ("I have to swallow a tube with a camera on it", "gastroscopy"),
    ("they put cold jelly on your tummy and roll a thing about", "ultrasound"),
    ("I'm being put to sleep for my knee op", "anaesthetic"),
    ("the sugary drink test where you wait two hours", "glucose"),
    ("boss wants a letter proving I was at the hospital", "certificate"),
    ("can we borrow a chair to push her about in", "wheelchair"),
    ("can I get a breakdown of every charge on my bill", "itemised"),
    ("can I pay it off monthly in instalments", "plan"),
])
def test_english_descriptions_add_the_document_words(question, word):
    assert word in expand_query(question, "en").split()


@pytest.mark.parametrize("question, word", [
    ("下周要躺进那个大磁铁的圆筒里做检查", "核磁共振"),
    ("聽日入去個大磁石隧道度照", "核磁共振"),
    ("在肚皮上抹冰凉的胶，拿个东西滑来滑去", "B超"),
    ("照肚要搽啫喱碌下碌下嗰個", "B超"),
    ("从屁股那里插管子进去看肠子", "肠镜"),
    ("要喝好多药水把肚子拉干净再做检查", "泻药"),
    ("要吞个镜子进去看看胃", "胃镜"),
    ("打一针睡过去再做的那个", "无痛"),
    ("要揹個記錄心跳嘅盒仔24個鐘", "动态心电图"),
    ("公司要我攞張睇過醫生嘅紙先批病假", "病假证明"),
    ("我是外地医保，在这里住院能直接报吗", "异地就医"),
])
def test_chinese_descriptions_add_the_document_words(question, word):
    assert word in expand_query(_zh(question), "zh").split()


@pytest.mark.parametrize("question", [
    "I ring the ward every evening for news",  # no test described
    "my appointment letter says to bring my medicines",
    "I had gel nails done, do they have to come off before surgery?",  # gel nails are not ultrasound jelly
])
def test_everyday_messages_add_no_family(question):
    assert lay_family_words(question, "en") == []


def test_the_gate_reads_the_family_words_both_ways():
    question = "How long do you lie in the tube with the big magnet?"
    assert "mri" in gate_reading(question, "en").split()
    assert "mri" in gate_synonym_reading(question, "en").split()


@pytest.mark.parametrize("question, passage, top", [
    ("How long will I be lying in the tunnel with the massive magnet thing next week?", "kb-en-test_preparation-006", 1),
    ("I've got a metal plate in my leg, can I still go in the magnet machine?", "kb-en-test_preparation-005", 1),
    ("what can I eat in the days before they put a camera up my backside", "kb-en-test_preparation-004", 1),
    ("wot does the stuff that empties yer bowels taste like n when do i drink it b4 the bottom camera",
     "kb-en-test_preparation-003", 1),
    ("how long do i have to not eat before they put the camera down my throat to look at my stomach",
     "kb-en-procedures-001", 1),
    ("they put cold jelly on your belly and move a thing around, do I need a full bladder for that",
     "kb-en-test_preparation-009", 1),
    ("they gave me a pot to pee in, how do I do the middle bit thing", "kb-en-test_preparation-011", 1),
    ("I'm going under for my op tomorrow, can I have a cup of tea in the morning", "kb-en-procedures-003", 3),
    ("need a note for my boss showing i was in hospital last week", "kb-en-records_billing-011", 3),
    ("my nan can't walk far, can we borrow a chair to push her around when we get there",
     "kb-en-appointments-012", 3),
    ("下周要躺进那个大磁铁的圆筒里做检查，身上的金属要取下来吗？", "kb-zh-test_preparation-003", 1),
    ("做那个很吵的、要钻进大圆筒里的检查，假牙要摘吗？", "kb-zh-test_preparation-003", 1),
    ("从嘴里插根管子下去看胃的那个检查，前一天晚上能吃饭吗？", "kb-zh-test_preparation-008", 1),
    ("在肚皮上抹冰凉的胶，拿个东西滑来滑去的检查，要憋尿吗？", "kb-zh-test_preparation-007", 1),
    ("身上贴几个片、背个小盒子记一天一夜心跳的那个检查，能洗澡吗？", "kb-zh-test_preparation-010", 1),
    ("要喝好多药水把肚子拉干净再做的那个检查，拉出来应该是什么样？", "kb-zh-test_preparation-002", 3),
    ("公司要我攞張睇過醫生嘅紙先批病假，點攞？", "kb-zh-records_billing-011", 1),
    # spent grounded_review33 rows
    ("My ex is booked in on Friday for the one where you lie inside the tube with the giant magnet. She's housebound "
     "so I'm the one taking her. Roughly how long will it take?", "kb-en-test_preparation-006", 1),
    ("下星期要入嗰個好大塊磁石嘅圓筒度影相。我有副可以除落嚟嘅牙托，褲頭條皮帶又有鐵扣，使唔使全部除晒？",
     "kb-zh-test_preparation-003", 1),
    ("醫生話要照下個肚睇下子宮，係喺肚皮度搽啲凍冰冰嘅啫喱、拎個嘢碌嚟碌去嗰種。去之前使唔使飲定啲水、忍住唔好去廁所？",
     "kb-zh-test_preparation-007", 1),
])
def test_lay_descriptions_retrieve_their_passage(question, passage, top):
    language = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in question) else "en"
    hits = bundled_index().search(question, k=3, language=language)
    assert passage in [hit.passage.id for hit in hits[:top]]
