"""Triage round 37 (TR37, after blind37 and everyday11, spent): the families both sets missed or misread.

Missed emergencies, by family (new lay-sign rules, triage_lay_signs.yaml TR37_*):
- tiny pinprick or purple spots, or spots that do not fade, told with a fever (meningococcal rash);
- the white, leathery look after skin was pressed or blown against something hot (a full-thickness burn, no 'burn' word);
- a farewell note with a gun taken, or the phone switched off after it (手机关机了);
- someone walking into the sea or a river saying nobody wants him;
- something slipped out in labour that feels like the cord (有条嘢跌咗出嚟，好似係臍帶);
- a knock to the head in someone on a blood thinner (warfarin, apixaban, 华法林);
- a child who drank disinfectant from under the sink (水池底下的消毒液 is no drink of water).
False alarms, by family (triage.py `_tr37_dropped`): settled history in new words (doing brilliantly, all sorted now, back in
March, 好得很, 很稳定, a bleed after the first birth with the new pregnancy going well); self-harm only in a story or a plot;
'suicides' the running drill; numbness from a posture or from cold that went; a pregnancy twinge on standing gone in
seconds; breathless on exertion and back to normal within a minute; a small bleed that stopped in a few minutes; fit
look-alikes (a jerk while drifting off, seizure-free for years, 小腿抽筋, a pet's fit, a breath-holding spell that comes
straight round); doses within the label, a sniff with no symptoms, coffee jitters, a poster about a poison kept locked, two
extra iron-free vitamins, a soapy sip spat out; an allergy kept local; a screen headache with no fever and the neck
free; a young baby's 'fever' under 37.5 or a baby not born yet; a snorer's pauses at night; a stroke named only as a
fear with everything normal; a chest twinge of seconds fine since; a tiny bit of brown spotting with no pain; reviewer
questions (finishing or stopping a course, a missed dose, a different box from the pharmacy, getting ready for a scan or
a bowel prep, how long to press on a cut, an alcohol rub); 方便面/公仔面 and 喉糖 no longer read as face or throat burns;
拉水 no longer read as toilet cleaner.
"""

import json
from pathlib import Path

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = [
    # pinprick or purple spots with a fever
    "my little one is burning up and I've just noticed pin prick spots on his tummy",
    "女儿发高烧，腿上冒出针尖大小的红点",
    "個仔發燒，身上有啲紫色小點",
    # full-thickness look after contact with something hot
    "he fell against the hot exhaust pipe and the skin on his calf is white and leathery",
    # farewell note with a gun or the phone off
    "my brother left a note saying sorry to everyone and has taken the rifle from the shed",
    "我爸留了张字条说对不起，然后出门了，手机一直关机",
    # into the water, nobody wants him
    "an old man is wading into the river saying nobody wants him any more",
    "有个阿婆一直往河里走，说没人要她了",
    # cord in labour
    "she's 40 weeks, waters went and now something slipped out, I think it's the cord",
    "老婆破水了，摸到下面有一条东西掉了出来，好像是脐带",
    # knock to the head on a blood thinner
    "my mum bumped her head on the kitchen cupboard, she's on apixaban, just a small lump",
    "爷爷吃着华法林，刚才头撞到门框上",
    # disinfectant from under the sink
    "我儿子喝了水槽底下的漂白水，一直咳",
    # look-alikes of the false-alarm families that must stay emergencies
    "my son self-harmed when he was 14 and was doing brilliantly, but tonight he says he has the blade ready",
    "I slept on my arm and it's still dead two hours later and my speech is slurred",
    "I'm 30 weeks and get a sharp pain when I stand up, and now there is bright red blood",
    "after running up the stairs I was gasping, and now my lips are blue and I feel faint",
    "the nosebleed stopped after five minutes but now it has started again and he's dizzy and pale",
    "as she was dropping off she started jerking, went stiff and blue and won't wake",
    "I took 3 extra of my warfarin tablets and my gums are bleeding",
    "after the peanuts his lips are swelling and he is wheezing, nothing else",
    "2 week old baby, temperature 38.3 and not feeding",
    "the cut is still pouring even though I've pressed on it, how long should I press?",
]

NOT_EMERGENCIES = [
    # settled history in new words
    "my daughter self-harmed when she was 15, she's 24 now and doing really well, she needs her old notes for a nursing course",
    "我弟十几岁时自残过，现在二十好几了，很稳定，想申请以前的病历",
    "the chest pains dad had back in march turned out to be his gallbladder and that's all sorted now, can he get an ECG at the outpatients?",
    "老婆头胎生完大出血过，现在又怀上了，一切正常，需要提前跟产科说吗？",
    # a story or a plot
    "the villain in my novel took his own life in the final chapter, is that too dark for the plot?",
    # the running drill
    "the coach made us do suicides for twenty minutes and my calves are killing me, ice or heat?",
    # posture or cold
    "my leg went numb from sitting cross-legged on the floor, it came back after a few minutes of walking",
    "cycled home in freezing wind and my cheek was numb, it came back after a warm drink and I could smile both sides",
    # pregnancy twinge
    "I'm 24 weeks and get a stab of pain low down when I turn over in bed, gone in a few seconds",
    # exertion
    "after three flights of stairs I'm puffing and can't talk, back to normal within a minute, am I unfit?",
    # a small bleed that stopped
    "my lad's nose bled at school, they pinched it and it stopped in about ten minutes, he's fine",
    # fit look-alikes
    "my toddler's arms jump when he's drifting off to sleep and then he settles, is that normal?",
    "I've been seizure free for 6 years, which form do I need for my licence?",
    "半夜小腿抽筋，疼得要命，揉了一会儿就好了，要补钙吗？",
    "我家娃哭闹起来会憋气，嘴唇有点白，一下就缓过来了，要紧吗？",
    # doses and substances
    "中午又吃了一片感冒药，说明书写一天可以吃三次，没事吧？",
    "I sniffed an old bottle of cleaner from the shed, no symptoms at all, just worried",
    "I overdid the coffee today, 6 cups, feel jittery and shaky, will it pass?",
    "我们仓库的老鼠药锁在柜子里，能不能给我们一张提醒小孩别碰的海报？",
    "my 4 year old had two extra of my adult multivitamin gummies, no iron in them, she's fine",
    "女儿喝了一小口兑了洗洁精的水，马上吐掉了，漱了口，现在说话正常",
    # allergy kept local
    "got bitten by a horsefly and the bite is swollen the size of a plum, nothing else is happening",
    "I thought my throat was going to close up after the shrimp but it never did, breathing normal the whole time, hives fading",
    # screen headache
    "盯着屏幕一整天，头疼，见光刺眼，没发烧，脖子能转",
    # baby fever that is no fever
    "newborn is 2 weeks, felt warm after her bath, I took her temperature and it's 37.1, she's feeding well",
    "想报名新生儿护理班，宝宝下个月才出生，有教发烧怎么处理吗？",
    # snoring pauses
    "my husband snores and stops breathing for a few seconds in his sleep then starts again with a snort, he has a sleep study booked",
    # stroke named as a fear
    "我眼皮一直跳，担心是中风先兆，说话走路都正常",
    # brief chest twinge
    "breathed in cold air and got a sharp twinge in my chest for a few seconds, been fine since",
    # spotting
    "I'm 8 weeks and noticed a tiny bit of brown spotting when I wiped, no pain at all",
    # reviewer-type practical questions
    "I'm on day four of my antibiotics and feel better, do I need to finish the course?",
    "my dad forgot to take his morning tablets, should he take them now or wait?",
    "the pharmacy gave me a box that looks different from my prescription, can I go back and ask?",
    "do I need to starve myself before the ultrasound on my gallbladder?",
    "做胃镜之前要不要空腹，喝的药要配多少水？",
    "how long do I press on a cut finger before I need to worry?",
    "拉肚子拉水，喝运动饮料补一下可以吗？",
    "吃方便面的时候，汤洒到手背上，红了一点，没起泡",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_tr37_emergency(triage, text):
    result = triage.assess(text)
    assert result.level == EMERGENCY, (text, result)


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_tr37_not_emergency(triage, text):
    result = triage.assess(text)
    assert result.level != EMERGENCY, (text, result)


BLIND37 = Path(__file__).parent / "data" / "safety" / "blind37" / "triage.jsonl"
BLIND37_IDS = None  # a handful of the spent blind37 rows, picked by text below


def _blind37_rows():
    rows = [json.loads(line) for line in BLIND37.read_text(encoding="utf-8").splitlines() if line.strip()]
    picks = ("drove off an hour ago", "往海裡走", "84消毒液", "pinprick spots", "white and leathery",
             "escape room story", "十幾歲時有自傷過", "头胎生完大出血过", "seizure free for 4 years", "drifts off after a long day")
    out = []
    for pick in picks:
        for row in rows:
            if "text" in row and pick in row["text"]:
                out.append(row)
                break
    return out


@pytest.mark.parametrize("row", _blind37_rows(), ids=lambda r: r["id"])
def test_tr37_blind37_rows(triage, row):
    result = triage.assess(row["text"])
    assert (result.level == EMERGENCY) == (row["level"] == EMERGENCY), (row["text"], result)


# A young baby's age in months before a measured reading ("两个月量体温36.8", "兩個月量36.8度") is no "two months' supply"
# swallowed (blind32, spent: three benign rows read as a child's overdose since round 30); the supply itself still is.
@pytest.mark.parametrize("text, emergency", [
    ("我女儿三个月量体温37度，正常吧？", False),
    ("囡囡兩個月，今朝量36.9度，正唔正常？", False),
    ("孙子把一个礼拜量的止痛片都吞了", True),
    ("小朋友食咗成個月嘅份量啲維他命丸", True),
])
def test_months_then_a_measured_reading_is_no_supply_swallowed(text, emergency):
    assert (RedFlagTriage().assess(text).level == EMERGENCY) is emergency
