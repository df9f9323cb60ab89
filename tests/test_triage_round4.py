"""Round 4 triage classes (after the spent blind4 batch), pinned with examples written here, not copied from it.

Each class: Cantonese colloquial folded to Mandarin (and code-mixed English), a recurrence told as "the
same as last time", FAST signs told without the word stroke, sudden worst headache, whole-body allergy
after a trigger, a goodbye followed by silence, lay sepsis (chemo + fever, mottled skin), fetal movement
told as "usually ... today nothing", electrical/contact/petrol burns. And the benign look-alikes that
used to raise alarms: named services, information questions, resolved dental numbness, support questions
about a friend, old self-harm scars, infant fevers long past, thermometer questions.
"""

import pytest

from medqa.safety.normalize import normalize_triage
from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


@pytest.mark.parametrize("cantonese, mandarin_piece", [
    ("頭先佢話頭痛", "刚才"),
    ("而家仲未退燒", "现在"),
    ("琴日朝早跌低咗", "昨天早上"),
    ("我老豆成身震", "全身"),
    ("佢條脷腫咗", "舌头"),
    ("隻手郁唔到", "动不了"),
    ("有冇嘢食", "东西"),
    ("佢話好攰", "累"),
    ("我同屋眼瞓到唔得了", "想睡"),
    ("BB唔肯食奶", "宝宝"),
    ("我chest好翳", "胸口"),
    ("仲緊要係佢唔應我", "关键"),
])
def test_cantonese_words_fold_to_the_mandarin_the_lexicons_use(cantonese, mandarin_piece):
    assert mandarin_piece in normalize_triage(cantonese)


def test_numbers_written_as_words_become_digits():
    assert "38.5" in normalize_triage("her temperature is thirty eight point five")
    assert "480" in normalize_triage("sugar reading of four hundred and eighty")
    assert "two tablets" in normalize_triage("took two tablets")  # small counts stay words


@pytest.mark.parametrize("text", [
    # Cantonese / Hong Kong colloquial
    "我阿爺頭先食飯嗰陣突然半邊面跌咗落嚟，講嘢含含糊糊",
    "屋企個細路食咗成排必理痛，而家嘔緊",
    "我老婆有咗32週，由今朝到而家都冇乜點郁過",
    "個BB得六個禮拜大，探熱38.4度",
    "我阿媽做緊化療，琴晚開始發燒38.6",
    "我細佬俾蜜蜂叮咗，成身起晒風癩，頭暈暈",
    "阿嫲喺廁所跌低撞到個頭，而家叫極都唔應",
    # recurrence told as a comparison with the last heart attack
    "my nan had a heart attack two years ago and she says the pain is just like last time, she looks grey",
    "我爷爷前年心梗过，现在胸口闷得跟上次一样",
    # FAST signs told plainly, sudden worst headache
    "my uncle is drooling from the corner of his mouth and his right arm is just hanging by his side",
    "worst headache of my life came on out of nowhere while lifting weights",
    "我老公突然头痛得要命，说这辈子没这么痛过",
    # whole-body reaction after a trigger
    "got stung by a wasp in the garden and now I'm itchy all over and feel really faint",
    # goodbye then silence
    "my sister texted me saying goodbye and now her phone is off",
    "我弟弟发信息跟我说对不起再见，之后电话一直打不通",
    # lay sepsis
    "my dad is on chemo and his temperature is 38.4 tonight",
    "我奶奶皮肤一块一块发花，呼吸好快",
    # fetal movement, Chinese gestation written as a number of weeks
    "33周，平时晚上宝宝踢得很厉害，今天一下都没动",
    # burns
    "my brother got a shock off a bare wire and has a black burn on his palm",
])
def test_round4_emergencies_fire(triage, text):
    assert triage.assess(text).level == EMERGENCY, text


@pytest.mark.parametrize("text", [
    # named services and programmes
    "what are the opening hours of the chest pain clinic on bank holidays?",
    "请问卒中中心的探视时间是几点？",
    "心臟復康班下個月幾時開始？",
    # information questions about a named condition
    "中风有哪些早期表现？想给爸妈讲讲",
    "敗血症有咩徵狀？",
    "what temperature counts as a fever for a baby under three months? asking ahead",
    "新生儿用哪种体温计比较准？",
    # dental numbness that wore off
    "had a filling this morning and half my face was numb, it has worn off now, is that normal",
    "补牙打了麻药嘴唇麻了半天，现在已经好了",
    # support questions about someone else, old scars
    "how do I respond if a student tells me they are thinking about suicide?",
    "如果同事说想自杀，我应该怎么回应比较好",
    "I have old self harm scars from years ago, long healed, can a laser help fade them",
    "手臂上有以前自残留下的疤，早就好了，想问可以去疤吗",
    # denied thoughts
    "没想过自杀，就是最近工作压力大失眠",
    # an infant fever long past
    "我儿子满月时发烧住过院，现在三岁了很健康，想要当时的出院记录",
    # ordinary look-alikes of the new lexicons
    "said goodbye to my son at the airport and now he is not answering, probably on the plane",
    "I'm 30 weeks and had a cold drink, is caffeine ok?",
    "宝宝长牙一直流口水，晚上只是睡不好",
    "有痰咳不出来怎么办",
    "坐在阳台上晒太阳可以补钙吗",
    "my arm is hanging in a sling after the fracture clinic, when can I drive",
    "晚上睡不下，肚子有点胀",
    "my wife is 2 months pregnant and feels hot, is that normal",
    "born at 38 weeks, our newborn is feeding well, when is the first check",
])
def test_round4_lookalikes_are_not_emergencies(triage, text):
    assert triage.assess(text).level != EMERGENCY, text


@pytest.mark.parametrize("text", [
    "bumped my head on the shelf this morning, no vomiting, no headache now",
    "孩子头磕到床沿，没吐也不头痛，照常玩",
    "饭后血糖8.1，我是二型糖尿病，想要饮食资料",
])
def test_reassured_minor_events_raise_nothing(triage, text):
    assert triage.assess(text).level == NONE, text


def test_two_children_one_an_infant_with_fever_still_fires(triage):
    # The older-age veto needs the fever to be told as past; a second, young child with fever now still fires.
    text = "my daughter is now 3 years old and her baby brother is 3 weeks old with a temperature of 38.5"
    assert triage.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", [
    "is there a support group for families bereaved by suicide near here?",
    "我们公司想办一个预防自杀的讲座，有资料吗",
    "my friend said goodbye to everyone at the leaving party and moved to Canada",
    "朋友移民前跟大家道别，我有点难过",
    "had two fillings this afternoon and my bottom lip is still numb",
    "is it normal to feel tired like before after having a stent fitted?",
])
def test_topics_farewells_and_expected_numbness_are_not_emergencies(triage, text):
    assert triage.assess(text).level != EMERGENCY, text


@pytest.mark.parametrize("text", [
    "my uncle died by suicide in the spring and now I want to end my life too",
    "lost my son to suicide and I keep thinking everyone would be better off without me",
    "had a tooth out this morning and now his face droops on one side and he cannot lift his arm",
    "她发信息说对不起，永别了，现在电话关机",
])
def test_masking_the_topic_or_the_dentist_keeps_real_signs(triage, text):
    assert triage.assess(text).level == EMERGENCY, text


@pytest.mark.parametrize("text, expected_emergency", [
    # Being on a blood thinner is a medicine, not a bleed: questions about a procedure must not block the answer.
    ("I'm having a camera test next month and I take blood thinners, anything I should do?", False),
    ("do I need to stop my blood thinner before my colonoscopy", False),
    # ...while a bleed in someone on a blood thinner stays an emergency.
    ("mum is on blood thinners and the cut on her leg has soaked through two towels", True),
])
def test_blood_thinner_is_only_an_emergency_with_a_bleed(triage, text, expected_emergency):
    assert (triage.assess(text).level == EMERGENCY) is expected_emergency, text
