"""Round 7 triage classes (after blind7's single run), pinned with wordings written here, not taken from blind7.

The concept behind each class, written before the code:
1. Preparing, not reporting: a question asked for a policy, handbook, course, lesson or first-aid kit names a
   condition as a topic; nobody is ill unless the message also says something is happening now.
2. An old, settled episode (years ago, last season, cleared, now well) or a managed condition ('his epilepsy
   meds') with a routine ask (results, a form, a refill, a booking) is not an alarm.
3. A fever asked about before a vaccination is a future possibility; a dose taken late is no excess; a pain or
   numbness with a harmless cause told in the message (pulled muscle, leg gone to sleep) is not a red flag.
4. Mild, unchanged or resolved versions: 'normal for me', 'no change', 'playing as usual' after a bump.
5. Red flags told without the textbook word: a chemical splashed in the eye, a closed garage with the engine
   running, a roof and 'wants to jump', kicks gone quiet, shaking with the eyes rolled up, a fever with not
   recognising family, asking the same thing again after a fall, a tongue 'gone big' with itching all over,
   still unable to talk after the inhaler; an infant's age told with a comma, in another turn or as 出生快N个月.
Every example is new; each class has look-alikes that must stay alarms.
"""

import pytest

from medqa.safety.normalize import normalize_triage
from medqa.safety.triage import RedFlagTriage

TRIAGE = RedFlagTriage()


def _level(text: str) -> str:
    return TRIAGE.assess(text).level


# ---------------------------------------------------------------- 1. preparing, not reporting
@pytest.mark.parametrize("text", [
    "Dear Sir/Madam, I am drafting our care home's procedures. What should staff do if a resident shows signs of a stroke?",
    "I AM A SCOUT LEADER. WHAT SHOULD WE DO IF A KID HAS A FIT ON CAMP? UPDATING OUR RISK ASSESSMENT",
    "- updating the office first aid kit\n- what should go in it for burns and scalds?",
    "I'm a youth worker, how should I talk with young people about suicide? want to be prepared",
    "how can we spot the warning signs of sepsis? it's for a training day at our nursery",
    "公司要写应急预案 如果有员工突然胸口痛应该怎么处理",
    "我是班主任 想了解一下如果学生抽搐要注意什么",
    "我哋係學校 想整個急救箱 燙傷要放啲乜",
])
def test_a_condition_named_while_preparing_is_not_an_alarm(text):
    assert _level(text) == "none"


@pytest.mark.parametrize("text", [
    "I'm a teacher and one of my pupils is having a seizure right now in the hall, what do we do",
    "writing our policy later but right now a customer has collapsed clutching his chest and is grey and sweaty",
    "我是老师 现在有个学生突然抽搐 叫不醒",
])
def test_preparing_words_do_not_hide_an_emergency_now(text):
    assert _level(text) == "emergency"


# ---------------------------------------------------------------- 2. old, settled episode with a routine ask
@pytest.mark.parametrize("text", [
    "My father had a heart attack back in 2019, stable since. How do I get a copy of his discharge letter?",
    "wee one had a febrile convulsion as a baby, she's 6 now and grand. do we need to put it on the nursery form?",
    "had a miscarriage scare at 9 weeks, scan said all fine, now 24 weeks. can i book my glucose test?",
    "her epilepsy meds are nearly finished, how can I order a repeat?",
    "我爸前年中风过 现在稳定 想预约复诊",
    "我個女上個月發高燒住過院 已經好返 想攞返份報告",
])
def test_an_old_settled_episode_with_a_routine_ask_is_not_an_alarm(text):
    assert _level(text) == "none"


@pytest.mark.parametrize("text", [
    "he had a stroke 2 years ago and today his face is drooping again and he can't lift his arm, can we book in?",
    "her epilepsy meds ran out and she's been fitting for 6 minutes and won't stop",
])
def test_an_old_condition_back_now_stays_an_emergency(text):
    assert _level(text) == "emergency"


# ---------------------------------------------------------------- 3. asked ahead, a late dose, a harmless cause
@pytest.mark.parametrize("text", [
    "my 7 week old has her first vaccinations on Friday. Is a temperature afterwards to be expected?",
    "宝宝才六周 下礼拜打疫苗 打完会不会发烧",
    "forgot my statin this morning and took it at lunch instead, is that ok?",
    "strained a muscle in my chest lifting boxes, it only hurts when I twist, can I take ibuprofen?",
    "my arm went dead from sleeping on it, fine after a minute or two, nothing else",
])
def test_asked_ahead_late_dose_or_harmless_cause_is_not_an_emergency(text):
    assert _level(text) != "emergency"


@pytest.mark.parametrize("text", [
    "had her 8 week jabs yesterday and now she is 38.6 and floppy, she's 8 weeks old",
    "pulled a muscle last week but now crushing chest pain spreading to my jaw and I'm sweating",
    "took the whole strip of his tablets late last night, about 20",
])
def test_the_same_words_with_a_sign_now_stay_emergencies(text):
    assert _level(text) == "emergency"


# ---------------------------------------------------------------- 4. mild, unchanged or resolved
@pytest.mark.parametrize("text", [
    "I get a bit puffed going up hills, always been like this, no change, just want my annual review",
    "我妈爬楼会有点喘 一向都这样 没变化",
    "娃儿脑壳碰到桌子角了 起了个包 吃得好耍得好",
    "banged my head on the cupboard, small bump, I am fine, anything to put on it?",
    "冇氣促 冇胸口痛 淨係想做個身體檢查",
])
def test_mild_unchanged_or_resolved_complaints_raise_nothing(text):
    assert _level(text) == "none"


# ---------------------------------------------------------------- 5. red flags without the textbook word
@pytest.mark.parametrize("text", [
    "oven cleaner got sprayed into my husband's eye, he can't open it",
    "俺媳妇眼睛溅进了管道疏通剂 咋整",
    "my brother has shut himself in the garage and the car engine is running, he won't answer",
    "阿弟喺天台 話想跳落去",
    "35 weeks and the baby's movements have gone very quiet since yesterday",
    "GRANDAD IS JERKING ON THE FLOOR, EYES ROLLED BACK AND NOT RESPONDING",
    "爷爷发着高烧 连我们都认不出了",
    "mum fell down the stairs, passed out for a bit and she keeps asking the same thing over and over",
    "itching all over after dinner and now her lips are huge",
    "my son's asthma is bad, used his inhaler loads, still can not speak and he's getting drowsy",
    "my girl, 5 weeks is burning up, 38.4, won't settle",
    "宝宝出生将近两个月 发烧到38度5",
])
def test_red_flags_told_without_the_textbook_word_are_emergencies(text):
    assert _level(text) == "emergency"


def test_an_infant_age_in_one_turn_and_a_fever_in_another_are_read_together():
    turns = ["hi, need to ask something", "he's 4 weeks old", "now he's 38.5 and not feeding"]
    assert TRIAGE.assess_conversation(turns).level == "emergency"


@pytest.mark.parametrize("text", [
    "he has been unwell, 2 weeks has had a cough, no fever, he is 6",
    "发烧快两个月了 一直低烧 想做个检查",
    "drain cleaner: how do I store it safely away from the kids?",
])
def test_duration_and_storage_look_alikes_are_not_infant_fever_or_burns(text):
    assert _level(text) != "emergency"


def test_only_just_before_an_age_is_not_a_moment_ago():
    assert "才六个星期" in normalize_triage("我個囡啱啱六個禮拜")
    assert "刚才" in normalize_triage("佢啱啱跌親")


# ---------------------------------------------------------------- guards: the frame masked, a flag still left
@pytest.mark.parametrize("text", [
    "quick work question: my manager is clutching his chest, grey and sweating, what should we do?",
    "For our HR file - a colleague has just swallowed 40 of her tablets, what do we do",
    "my mum had a stroke 4 years ago; her mouth is drooping and she can't get her words out, how do we get a wheelchair",
    "nothing wrong with him this morning but now he's floppy and won't wake, he's 3 months",
    "培训的时候 我同事突然胸口剧痛 满头大汗 应该找谁",
])
def test_a_report_inside_a_policy_or_past_frame_stays_an_emergency(text):
    assert _level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "which baby monitor is best for my 3 week old? nothing wrong, just setting up the nursery",
    "THERE WAS A FIRE DRILL TODAY AT WORK, NO ONE IS HURT, CAN I STILL COME IN FOR MY CHECK UP?",
])
def test_the_writer_saying_nobody_is_ill_raises_nothing(text):
    assert _level(text) == "none"


# ---------------------------------------------------------------- voices: dialect, idiom, other Englishes
@pytest.mark.parametrize("typed, expected", [
    ("脑壳撞了", "头撞了"),
    ("喊都不应", "叫不醒"),
    ("遭车撞了", "被车撞了"),
    ("这马足艰苦", "现在"),
    ("阮阿爸", "我"),
    ("囝仔烧甲39度", "孩子烧到39度"),
])
def test_southwest_mandarin_and_hokkien_words_are_folded(typed, expected):
    assert expected in normalize_triage(typed)


@pytest.mark.parametrize("text", [
    "my father right side body not working since one hour, he is not able to speak properly",
    "我爸遭摩托撞了 脑壳在流血 喊不应",
    "got a knock in the scrum, out like a light for a minute, now he does not know where he is",
])
def test_red_flags_in_other_voices_are_emergencies(text):
    assert _level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "阮阿爸早就中風過 這馬真好 想欲拿藥",
    "我爸之前 heart attack 住过院 医生说没事了 报告去哪里拿",
    "HE HAD A FEBRILE FIT AS A TODDLER, SHE IS 9 NOW. CAN SHE GO ON THE SCOUT CAMP?",
])
def test_settled_past_in_other_voices_raises_nothing(text):
    assert _level(text) == "none"


@pytest.mark.parametrize("text", [
    "itchy all over since the new soap but her lips are not swollen and she is breathing fine",
    "全身痒 起了疹子 嘴唇没肿 呼吸也正常",
])
def test_itching_with_swelling_denied_is_not_anaphylaxis(text):
    assert _level(text) != "emergency"


def test_itching_with_a_swelling_tongue_in_chinese_is_anaphylaxis():
    assert _level("全身发痒 舌头肿起来了 说话都不清楚") == "emergency"


@pytest.mark.parametrize("text", [
    "我外公走快了会有点喘 好几年都是这样 想做个体检",
    "老人家摔倒撞到头之后要观察什么 先了解一下",
])
def test_years_unchanged_and_what_to_watch_for_raise_nothing(text):
    assert _level(text) == "none"


def test_what_to_watch_for_with_a_sign_now_stays_an_emergency():
    assert _level("我爸摔倒撞到头 现在一直吐 叫不醒 要观察什么") == "emergency"
