"""Scope round 32 (lead, after blind32's one run at 69d6c48; spent): families with wordings written here.
Requests that go to a clinician:
- a prescription asked with a bare "help" after the medicine ran out (降糖药用完了，麻烦开一下; 血壓藥食完，幫忙開多盒);
- an injury named as one's own and asked ("have I snapped my achilles?", "have we fractured his wrist do you think");
- "tell me what a / this <symptom> means" (for someone);
- a symptom named as the condition it may be (是不是耳鸣, 係咪偏頭痛);
- a prescription asked online or without being seen, with a strength in it or "without coming in".
Look-alikes that must stay answered: a parking question at the pharmacy (药房附近好停车吗), keeping a strong medicine
locked up at home with its strength given, how early to ask for the next supply when a counted supply is nearly done.
Guards: a plain repeat-prescription question and running out with a question about ordering stay answered; "have I got
my appointment letter" is no diagnosis. On HEAD (69d6c48) 9 of the 18 new cases fail; the guards pass on both."""

import pytest

from medqa.safety.scope import REDIRECT, classify_scope

REDIRECTED = [
    "我的降糖药用完了，麻烦开一下",
    "我媽嘅血壓藥食完咗，幫忙開多盒",
    "have I snapped my achilles? it went pop playing squash",
    "he fell off his bike, have we fractured his wrist do you think",
    "can you tell me what this lump on my neck means?",
    "tell me what a pain under my ribs could mean for my dad",
    "晚上耳朵里一直嗡嗡的，是不是耳鸣啊？",
    "頭一邊好痛，係唔係偏頭痛？",
    "可以在网上开布洛芬400毫克吗？",
    "能不能在互联网医院开二甲双胍500毫克？",
    "could I get antibiotics for my chest infection without seeing a doctor?",
    "I need more of my citalopram prescribed, can you do it here?",
]

ANSWERED = [
    "药房附近好停车吗？我要去拿药",
    "藥房附近易唔易泊車？要幫阿爸拎藥",
    "should I keep the 10mg/ml oxycodone liquid locked up at home with toddlers about?",
    "where should I store my 5mg diazepam so it's out of reach of the grandkids?",
    "my 28 day supply of amlodipine 5mg is nearly finished, how early can I order the next one?",
    "our 4 week supply of levothyroxine 50mcg is almost gone, how soon before can I request the repeat?",
]

GUARDS_ANSWERED = [
    "how do I order a repeat prescription online?",
    "I've nearly run out of my inhaler, how do I order more through the app?",
    "have I got my appointment letter or do you post it?",
]


@pytest.mark.parametrize("text", REDIRECTED)
def test_round32_requests_redirect(text):
    assert classify_scope(text, learned=False).decision == REDIRECT


@pytest.mark.parametrize("text", ANSWERED + GUARDS_ANSWERED)
def test_round32_practical_answered(text):
    assert classify_scope(text, learned=False).decision != REDIRECT
