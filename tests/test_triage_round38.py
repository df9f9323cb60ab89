"""Triage round 38 (TR38, after blind38 and everyday13/14, spent): the families these sets missed or misread.

Missed emergencies, by family (triage_lay_signs.yaml TR38_*, facts.py):
- all of someone's tablets gathered and taken along, with a time set to take them ('take them tonight when it's dark');
- a baby under 3 months named before a short clause and the age ('the baby we're minding is 6 weeks') with a fever;
- a fit that goes on past the rescue plan's time, or after the rescue medicine (超过了医生写的时间);
- no movement felt since last night (or this morning) late in pregnancy;
- unequal pupils, or repeating herself, after a knock or two heads clashing;
- molten metal or glass splashed on the body; a child's scald with white patches or over more than a palm.
False alarms, by family (triage.py `_tr38_dropped`), each kept when a warning sign is told: one jerk on falling asleep,
awake and clear at once (睡着睡着腿一抽); a brief faint in the heat or hungry with a couple of twitches and full recovery;
one or two vitamin or calcium tablets (no iron) in a well child; a cleaning product splashed on the hand and rinsed,
not swallowed and not in the eyes.
"""

import json
from pathlib import Path

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = [
    # means gathered with a time set
    "I've got all of my dad's painkillers in my coat pocket and I'm going to take them tonight once everyone's asleep",
    "我把奶奶所有的安眠药都带在身上了，今晚就全吃掉",
    # a young baby named before the age
    "the baby my sister is looking after is 5 weeks and she's 38.4 and keeps throwing up her milk",
    # a fit past the rescue plan's time
    "we gave the buccal midazolam but he's still fitting after it, way past the time",
    "孩子抽搐，用了医生开的急救药，抽的时间已经超过了计划写的五分钟",
    # no movement since last night late in pregnancy
    "I'm 36 weeks and I haven't felt the baby move since last night",
    "老婆怀孕35周，从昨晚到现在都没感觉到胎动",
    # unequal pupils or repeating after a knock
    "my son fell off the climbing frame and now one pupil is bigger than the other",
    "两个小孩头碰头撞了一下，之后女儿一直重复说同一句话",
    "he knocked heads with a teammate and keeps repeating himself",
    # molten metal on the body; a child's large or deep scald
    "at the foundry the ladle tipped and molten aluminium splashed onto his boots and legs",
    "打翻了铁水，溅到他的腿上",
    "my 2 year old pulled a cup of hot coffee onto herself, there are white patches on her tummy",
    "孙子三岁，热汤泼到身上，烫的地方比他的手掌还大，起了水泡",
    # the false-alarm families with a warning sign told
    "my son jerked as he was dozing off, then went stiff and blue for two minutes",
    "我儿子三岁吃了两颗钙片，现在一直吐",
    "bleach splashed on my hand, rinsed it under the tap, but some went in my eyes",
    "she fainted during her run, arms jerked a few seconds, came round but had chest pain before",
]

NOT_EMERGENCIES = [
    # means look-alikes: a routine dose, an errand
    "I've collected all my mum's tablets from the pharmacy and she'll take them tonight with her dinner as prescribed",
    # a baby not yet born, an age in months
    "the baby we're expecting is due in 7 weeks and I have a cold with 37.9, is that ok?",
    # a rescue plan asked about, nothing happening
    "his epilepsy nurse updated the rescue plan so the school knows when to give the midazolam, where do I get a copy?",
    "学校问孩子的急救药放哪里，医生写的时间是五分钟，要不要复印一份计划？",
    # pregnancy movements fine
    "I'm 34 weeks and she's been kicking all morning, just wondered about the glucose test",
    # a knock with nothing else
    "two kids banged heads at the party, a small bump, both playing again",
    "my grandmother keeps repeating herself lately, she's 90, can we get a memory clinic referral?",
    # molten wax or chocolate as a hobby
    "how do I clean melted wax off the carpet?",
    # sleep jerks, a faint with twitches
    "nodding off on the sofa I got one massive jerk that woke me up, knew exactly where I was, is that normal?",
    "刚睡着腿突然一抽把自己弄醒了，就那一下，人很清醒，这是缺钙吗？",
    "I fainted in the queue in the heat having skipped breakfast, my arms twitched for a couple of seconds, came round straight away and remembered everything",
    "学生站太久突然晕倒，手抽了两下，几秒钟就醒了，醒来什么都记得，现在好好的",
    # a couple of vitamins or calcium tablets
    "my 2 year old ate one of my vitamin D tablets, she's totally fine, do I need to do anything?",
    "小朋友偷吃了两粒钙片，平时一天一粒，照玩照吃",
    # a cleaning product rinsed off
    "some kitchen cleaner sprayed on my hand, I rinsed it straight away, a bit red and stingy, didn't get in my eyes or mouth",
    "擦桌子的时候消毒水溅到手背，马上用水冲了，有点红，没有溅到眼睛也没吃进去",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_tr38_emergency(triage, text):
    result = triage.assess(text)
    assert result.level == EMERGENCY, (text, result)


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_tr38_not_emergency(triage, text):
    result = triage.assess(text)
    assert result.level != EMERGENCY, (text, result)


DATA = Path(__file__).parent / "data" / "safety"
PICKS = {
    "blind38": ("all my mums tablets in a bag", "we're fostering is 7 weeks", "超过了医生写的时间", "felt absolutely nothing since last night",
                "one pupil looks bigger than the other", "溶咗嘅金屬"),
    "everyday13": ("just-boiled tea off the counter", "my whole body jerked so hard", "睡着睡着腿猛地一抽", "偷吃了两颗儿童钙片",
                   "arms twitched for a couple of seconds"),
    "everyday14": ("一片维生素C含片", "噴到手上"),
}


def _rows():
    out = []
    for batch, picks in PICKS.items():
        rows = [json.loads(line) for line in (DATA / batch / "triage.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
        for pick in picks:
            for row in rows:
                if pick in (row.get("text") or " ".join(row.get("turns", []))):
                    out.append(row)
                    break
    return out


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["id"])
def test_tr38_spent_rows(triage, row):
    result = triage.assess_conversation(row["turns"]) if "turns" in row else triage.assess(row["text"])
    assert (result.level == EMERGENCY) == (row["level"] == EMERGENCY), (row.get("text"), result)
