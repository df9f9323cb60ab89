"""A span of days is no amount, and a bin is a disposal: two readings of the overdose lay signs (R18, spent).

"吞了十幾天的痛藥" (painkillers on a dozen-odd days: a medication-overuse headache question) and "一整天" (a whole day)
were read as a large amount taken; "翻出一堆旧药 ... 扔垃圾桶" (old medicines found and binned) as pills found missing.
The lead's wordings; over the 941 spent triage texts with 一整/十几/几十/二十/三十/扔/丢/冲 only the two R18 questions
change; 过了日子 / 丢去哪里 (R19) changed only its question among 25 texts. Counts of tablets stay amounts."""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage

TRIAGE = RedFlagTriage()

NOT_OVERDOSES = [
    "这个月头疼，已经吃了十几天的止痛药，止痛药本身会不会引起头疼？",
    "我上夜班一整天没睡，吃了一片布洛芬，头还疼，能去门诊看看吗？",
    "打扫老房子翻出一堆过期的药，可以直接丢进垃圾桶吗？",
    "屋企搵到好多舊藥，可唔可以掉落垃圾桶？",
    # R19 (spent): expired told as 过了日子, the bin asked as 丢去哪里
    "柜子里一大堆剩下的药都过了日子，该拿到哪儿去？",
    "奶奶留下一堆药过了期，扔到哪里比较好？",
]
STILL_OVERDOSES = [
    "我妈一下子吃了十几片安眠药，现在叫不醒",
    "孩子把一整瓶退烧药水喝了",
    "他吞了几十粒药，现在昏昏沉沉的",
]


@pytest.mark.parametrize("text", NOT_OVERDOSES)
def test_days_of_use_and_binning_old_medicines_are_no_overdose(text):
    assert TRIAGE.assess(text).level == NONE


@pytest.mark.parametrize("text", STILL_OVERDOSES)
def test_counts_of_tablets_stay_overdoses(text):
    assert TRIAGE.assess(text).level == EMERGENCY
