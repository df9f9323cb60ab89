"""Triage round 40 (TR40, after everyday15 and everyday16, spent): false-alarm families, each kept when a sign is told.

False alarms, by family (triage.py `_tr40_dropped`, facts.py `_NOT_INGESTION` and the 片 of a rash):
- a word in another sense: a dress's or a suit's fitting in a garment or shop setting, an extractor fan (抽风机/抽風機);
- food or drink read as a substance taken in amount (吃了一碗馄饨, 喝了一瓶养乐多, 'eating ice lollies'), swallowing as a
  sore-throat complaint, a tablet computer, 一片红疹子 (a patch of rash, not a tablet);
- a condition named only inside someone else's worry or opinion (wife, sister, 爱人, 同事, 表姐), the writer's own signs
  denied or explained; a clinician, 111 or a paramedic is no holder, and a sign the writer tells still counts;
- signs denied or resolved: breathing said easy (喘气也顺), out of breath on the stairs and settled within minutes of
  sitting, a low sugar treated and back up with the writer feeling normal, a painkiller total of four tablets or fewer,
  a lip numb and droopy after today's dental anaesthetic with arms and speech said fine.
"""

import json
from pathlib import Path

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


NOT_EMERGENCIES = [
    # another sense
    "Busy Saturday at the tailor's, the groom came in for his final fitting and the jacket is too tight. Separately, my ear has felt blocked for a week since a cold, anything I can do?",
    "我家抽油烟机坏了，炒菜油烟很大，咳了两天，嗓子痒，说话走路都没问题，要看医生吗？",
    "屋企廚房個抽風機壞咗，油煙好大，我咳咗兩日，喉嚨痕，行路講嘢都冇問題，使唔使睇醫生？",
    # food as a substance
    "儿子发烧一天了，肚子上起了一片小红点，按了会褪，晚饭还吃了一大碗面条，明天看门诊行吗？",
    "my daughter (6) has tonsillitis, swallowing hurts, temp 38.1, but she's eating yoghurts and playing on her tablet. GP or pharmacy?",
    "我有糖尿病吃药控制，今天忙到忘了吃饭，手抖出冷汗，测了3.6，喝了一瓶酸奶吃了两个包子，二十分钟后6.0，现在都正常了。",
    # someone else's worry
    "我老公怕我中风，其实就是落枕脖子酸，说话走路都正常，手脚有劲，要去医院吗？",
    "my sister reckons I'm going into anaphylaxis over a bee sting on my thumb. thumb is puffy, nothing anywhere else, no rash, lips fine, breathing fine. antihistamine?",
    "my mate says a stiff neck means meningitis, but mine is from sleeping funny on the sofa. no fever no headache no rash, I can touch my chin to my chest. heat pack?",
    # denied or resolved
    "前臂上起了一片红疹，很痒，脸和嘴唇都没事，呼吸也顺畅，是不是接触过敏？",
    "我爬了八楼送快递，到门口大口喘气，心跳很快，坐下来两三分钟就平了，要去体检吗？",
    "Type 1 here. Meter said 3.6 at work so I had a handful of jelly babies and a cereal bar, 15 mins later 5.2 and I feel normal. Log it and carry on?",
    "took 2 paracetamol at breakfast for a headache then 2 more at lunch as I forgot, so 4 tablets in all, I feel fine. is that ok?",
    "Had a filling this morning and my bottom lip is still numb and droops a bit when I drink. Speech is fine, arms are fine. How long does it last?",
]

EMERGENCIES = [
    # another sense, with a real sign
    "At the bridal shop the bride collapsed during her fitting and she's jerking all over and won't respond",
    "我儿子在厨房突然抽风了，全身抽搐，叫不醒",
    # a substance after a meal
    "孩子吃了一碗饭之后把我的一整板降压药全吃了",
    "my toddler ate his lunch then swallowed a handful of my tablets",
    "中午吃了一碗面，下午孩子误喝了漂白水，一直在吐",
    # someone's worry, with the sign told
    "my wife says I'm having a stroke, my face is drooping on one side and my words are slurred",
    "老婆说我中风了，我左边手脚没力，说话也不清楚",
    "好像中風了，手腳一邊沒力",
    # denied elsewhere, a real sign here
    "吃了花生之后全身起疹子，嘴唇肿了，喘不上气",
    "爬楼梯的时候胸口像压了石头一样痛，喘不上气，坐下来也不缓解，出冷汗",
    "Type 1, sugar 2.1, had jelly babies but she's confused and can't swallow now",
    "took 16 paracetamol on purpose an hour ago",
    "had a filling today and now my arm is weak and my speech is slurred",
]


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_tr40_lookalike_not_emergency(triage, text):
    result = triage.assess(text)
    assert result.level != EMERGENCY, (text, result.rules)


@pytest.mark.parametrize("text", EMERGENCIES)
def test_tr40_real_sign_still_emergency(triage, text):
    result = triage.assess(text)
    assert result.level == EMERGENCY, (text, result.rules)


EVERYDAY16 = Path(__file__).parent / "data" / "safety" / "everyday16" / "triage.jsonl"
FIXED_ROWS = ["e16.138", "e16.147", "e16.131", "e16.42", "e16.122", "e16.109", "e16.15", "e16.154"]


def test_tr40_everyday16_rows(triage):
    rows = {r["id"]: r for r in map(json.loads, EVERYDAY16.read_text(encoding="utf-8").splitlines()) if r}
    for rid in FIXED_ROWS:
        row = rows[rid]
        assert row["level"] == "none"
        result = triage.assess_conversation(row["turns"]) if "turns" in row else triage.assess(row["text"])
        assert result.level != EMERGENCY, rid
