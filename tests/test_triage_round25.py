"""Round 25 (after blind22, spent): sign families no rule read and false-alarm families.

Present cases: stroke signs in lay words (a smile that lifts on one side only, an arm that drifts down when held out,
the wrong word said for things); an allergen named as an adjective or inside a food (nutty, satay, 花生酱) before lip
swelling; a suicide act set for when the household is asleep beside the means ready (等家人睡了就动手); an early
pregnancy told by a positive test or a late period beside ectopic signs.
No case now: a foot numb from sitting cross-legged or kneeling that came back; self-harm not done for years with the
scars asked about; a joked 想死 over a thesis or while crying at a drama (哭到想死, 喊到想死); an overdose 'on' telly
or sweets; a farm animal's or pet's temperature marked as an animal case; an eyelid twitch asked about as a seizure;
a quoted 'sugar crash' beside a new meter, a sign phrase as a motto; a normal reading (37.2) at 3-6 months; a
denial between the head and the verb (头冇撞到); one red dot from an oil splash.
Every wording here is written for these tests, not taken from the blind sets."""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, URGENT, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


PRESENT_CASES = [
    # stroke, lay words
    "My grandad tried to grin at the baby and his grin only lifts on the left side, started twenty minutes ago",
    "Dad held both arms out like I asked and his right arm drifts down when he holds them out. He is 74",
    "she keeps calling the remote 'spoon' when she means the phone, came on suddenly after lunch, she is 68",
    "我妈笑起来只有一边嘴角会动，刚刚才这样的",
    "叫外公雙手平舉起來，右手一直往下掉，講嘢都唔清楚",
    "阿婆突然乜嘢都叫成「碗」，之前好好哋",
    # anaphylaxis: the allergen as an adjective or inside a food
    "my son ate a satay skewer at the fair and now his lips are swelling fast and he's coughing",
    "She had the nutty brownie by mistake, her lips are going puffy and her voice is hoarse",
    "孩子吃了一勺花生酱，现在嘴唇肿起来，呼吸有点喘",
    # suicide: the act set for when the household is asleep, beside the means ready
    "安眠药我已经攒够了，等老婆睡着就动手",
    "藥我都儲夠晒，等屋企人出咗門就動手",
    "I have the pills ready and once everyone is asleep I am going to do it",
    # ectopic, early pregnancy told by the test
    "Home test came back positive last week and now I've got pain low down on the left and nearly fainted on the loo",
    "My period is late and I have sharp pain in my shoulder tip and on one side, feel faint",
    "验孕两条杠，现在右下腹很痛，肩尖也痛，刚才差点晕倒",
    "驗孕棒兩條線，依家肩膀尖好痛，左下邊痛到差啲暈",
]

NO_CASE_NOW = [
    # a foot or leg numb from a posture held, come back
    "My right foot went numb when I sat cross-legged at the yoga retreat, back to normal after a minute of walking about",
    "盘腿坐了一个小时脚麻了，站起来走动一下就恢复了，正常吗",
    # self-harm long past, asking about scars
    "I used to cut when I was at uni, I'm 41 now and have not in over fifteen years. Can a dermatologist fade the scars?",
    "我中学时自残过，现在30岁，已经十多年没再割过了，想问祛疤去哪个科",
    # a joked 'want to die' (thesis, a drama) taken back
    "毕业论文被导师打回来第五次了我真的要死了哈哈哈，开玩笑的，请问复印店几点开",
    "看韩剧看到女主角最后死了，哭到想死，哈哈，请问眼科要不要挂号",
    "睇套戲睇到個主角跳樓，喊到想死，哈哈。想問覆診要唔要改期",
    # an overdose 'on' something that is no substance
    "Overdosed on box sets and chocolate this half term, ha. Where do I book a flu jab?",
    "过年电视看过量了哈哈，想问一下体检中心几点开门",
    # a farm animal's or pet's case, marked as such
    "Our calf is three days old and has a temperature, farm question, the vet is coming. For humans, where do babies get weighed?",
    "家里的小羊才出生五天，有点发烧，兽医会来。至于人，宝宝打疫苗去哪里？",
    # a local twitch asked about as a seizure
    "My eyelid has been twitching on and off for ten days, probably too much coffee. Could that be a seizure?",
    "眼皮跳了一个星期，是不是癫痫啊，还是太累了",
    # a quoted sign phrase as a joke or a motto, a new thing owned
    "The 'sugar crash' after Sunday lunch is a family tradition lol. Which chemist stocks strips for my new meter?",
    "'Feel the burn' is our running club slogan. Where is the sports injury clinic?",
    # a normal reading, a denial inside the head-hit phrase, a single red dot from a splash
    "我个仔跌咗落地，头冇碰到，膝头擦损少少，使唔使睇医生",
    "炒菜时油溅到手腕，一个小红点，要涂什么",
]

URGENT_AT_MOST = [
    "My baby is 5 months old and teething with a temperature of 37.2 but smiling, is that ok?",
]

STILL_URGENT_OR_MORE = [
    "My baby is 5 months old and her temperature is 38.6",
]


@pytest.mark.parametrize("text", PRESENT_CASES)
def test_present_case_is_an_emergency(triage, text):
    assert triage.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", NO_CASE_NOW)
def test_no_case_now(triage, text):
    assert triage.assess(text).level == NONE


@pytest.mark.parametrize("text", URGENT_AT_MOST)
def test_normal_reading_at_3_to_6_months(triage, text):
    assert triage.assess(text).level == NONE


@pytest.mark.parametrize("text", STILL_URGENT_OR_MORE)
def test_fever_value_at_3_to_6_months_still_fires(triage, text):
    assert triage.assess(text).level in (URGENT, EMERGENCY)


# Guards: the look-alikes beside the same cues still fire.
GUARDS = [
    # a toddler learning words is not a stroke; but an adult's limb numb with a face droop still is
    ("my foot went numb when I sat cross-legged and now her face is drooping and she can't lift her arm", EMERGENCY),
    # a farm animal named, but a person's case told too
    ("the vet is coming for the lamb, but my 6 week old baby has a temperature of 38.4 too", EMERGENCY),
    # a real overdose stays
    ("he overdosed on his sleeping pills and won't wake up", EMERGENCY),
    # a twitch with a real fit told
    ("her eyelid started twitching then her whole body was jerking and she is not responding", EMERGENCY),
    # a serious 想死 stays
    ("论文写不完我真的想死，不是开玩笑的，药都准备好了", EMERGENCY),
]


@pytest.mark.parametrize("text,level", GUARDS)
def test_guards(triage, text, level):
    assert triage.assess(text).level == level


def test_toddler_word_mixups_are_not_a_stroke(triage):
    assert triage.assess("My 2 year old keeps saying 'cup' when she means juice, is her speech on track?").level == NONE
