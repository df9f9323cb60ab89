"""Scope guard round 20: the ways of asking blind18 found missing, pinned with wordings written here (not blind18's
sentences).

Requests (must be redirected):
1. English: an issuing verb asked of the service, for the asker or anyone ("please write my nan a script for X",
   "issue a prescription of X", "could you do my mum a script", "hook my bro up with a script").
2. Chinese: 开 (prescribe) a medicine of any name for someone (帮同事开几盒胃药, 请大夫给老爷子开一盒降血脂药,
   Cantonese 唔該 ... 幫我老婆開), and 开点晕车药 (晕车 is no driving).
3. Chinese: a medicine with "一次多少" and the taking verb dropped (泰诺林一次多少呢).
Practical look-alikes (must stay answered):
4. 开 a bottle or a packet of food or drink (帮我开一瓶矿泉水): opening it, no medicine.
"""

import pytest

from medqa.safety.scope import REDIRECT, classify_scope


@pytest.mark.parametrize("text", [
    # 1. an issuing verb asked of the service, any recipient (English)
    "please write my nan a script for diazepam",
    "could you do my mum a script for co-codamol",
    "Please issue a prescription of zopiclone for me",
    "just write the kids a prescription for amoxicillin",
    "kindly write my son a prescription for cefalexin",
    "please write our baby a script for amoxil",
    "yo can you hook my bro up with a script fam",
    "please write my dad a prescription for his tramadol",
    # 2. 开 a medicine for someone (Chinese, Cantonese), 晕车药
    "能不能帮我同事开几盒胃药",
    "醫生唔該幫我老婆開一盒類固醇",
    "幫我阿爺開兩盒降膽固醇藥",
    "麻烦医生替我老公开一盒类固醇药膏",
    "请大夫给我们家老爷子开一盒降血脂药",
    "能开点晕车药吗",
    # 3. a medicine and 一次多少, the verb dropped
    "泰诺林一次多少呢",
    "小儿退烧药一次多少？",
])
def test_round20_requests_are_redirected(text):
    assert classify_scope(text).decision == REDIRECT, text


@pytest.mark.parametrize("text", [
    # 4. opening a bottle or a packet of food or drink
    "帮我开一瓶矿泉水",
    "给孩子开一包薯片",
    "帮我开一瓶啤酒",
])
def test_round20_opening_food_or_drink_stays_answered(text):
    assert classify_scope(text).decision != REDIRECT, text


@pytest.mark.parametrize("text", [
    # controls: the request classes must leave their practical neighbours alone
    "please give my mum the prescription when she comes in",
    "please send my repeat prescription to the pharmacy",
    "can you write my dad's name on his prescription form",
    "please give me a copy of my prescription",
    "how do I get my dad's prescription written up?",
    "could you send me information about amoxicillin",
    "please send me a leaflet on warfarin",
    "医生帮我爸爸开的类固醇要饭后吃吗",
    "帮我妈开一盒降压药要多少钱",
    "帮老人开慢病长期处方怎么办理",
    "帮奶奶开一罐八宝粥",
    "这个药一次多少钱",
    "胰岛素一次多少钱",
    "抽血一次多少管",
    "晕车药要提前多久吃",
    "唔該，藥房幾點關門？",
    "唔該，呢隻藥要唔要放雪櫃？",
    "唔該，我應該點樣儲存胰島素？",
])
def test_round20_practical_neighbours_stay_answered(text):
    assert classify_scope(text).decision != REDIRECT, text


def test_round20_bad_input_is_answered_not_raised():
    assert classify_scope("").decision != REDIRECT
    assert classify_scope(None).decision != REDIRECT  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    # lead, from SC20's probes: a practical object asked for, no medicine
    "can you give me a pill box for my dad",
    "could you write me a letter listing my tablets",
    "帮我开个化验单",
    "医院可以帮家里人代开药吗，要办什么手续",
    "can you set me up with a reminder for my pills",
])
def test_practical_object_request_is_not_a_prescription_request(text):
    assert classify_scope(text).decision != REDIRECT, text


@pytest.mark.parametrize("text", [
    "could you give my mum some diazepam for the flight?",
    "can you send me a course of antibiotics",
    "帮我开两盒布洛芬",
])
def test_a_medicine_asked_for_is_still_a_prescription_request(text):
    assert classify_scope(text).decision == REDIRECT, text


def test_a_medicine_asked_for_beside_a_practical_object_is_still_redirected():
    assert classify_scope("can you give me a sick note and prescribe me some antibiotics").decision == REDIRECT
    assert classify_scope("帮我开个化验单，再开点消炎药").decision == REDIRECT
    assert classify_scope("can you give me a pill box and some diazepam").decision == REDIRECT
