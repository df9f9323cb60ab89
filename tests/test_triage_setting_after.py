"""Triage: "after the rehearsal / training" (排练完, 训练之后, 彩排结束后) is when something happened, not a play.

blind47 (read once as a held set first) wrote ten emergencies behind "大坑火龙排练完，...": the fiction cue 排练 blanked
the whole comma-joined sentence, so a grandfather vomiting bright red blood read as none. Written here in new words; a
part being rehearsed stays a play."""

import pytest

from medqa.safety.triage import RedFlagTriage

TRIAGE = RedFlagTriage()

REAL = [
    "排练完，我爸突然胸口剧痛，满头冷汗，左手都麻了",
    "舞龙队排练完之后，我儿子吃了一块花生糖，嘴唇肿起来，喘不过气",
    "醒狮排練完，師弟倒喺地上全身抽筋，叫佢都冇反應",
    "合唱团排练结束后，我奶奶说话突然含糊不清，一边脸歪了",
    "排戏完了我老婆一直吐血，脸色发白，头很晕",
]
PLAY = [
    "我们在排练话剧，我的角色要演心脏病发作，怎么演才像？",
    "排小品要演一个中风的老人，嘴歪要怎么表现？",
]


@pytest.mark.parametrize("text", REAL)
def test_an_emergency_after_a_rehearsal_is_an_emergency(text):
    assert TRIAGE.assess(text).level == "emergency", TRIAGE.assess(text).rules


@pytest.mark.parametrize("text", PLAY)
def test_a_part_rehearsed_is_no_case(text):
    assert TRIAGE.assess(text).level != "emergency", TRIAGE.assess(text).rules
