"""Round 31g2 (signs31c/d, issue 13: bleeding, suicide_self_harm, overdose_poisoning, infant_fever), fixed by the SIGN
from both writers' wordings at once: each sign pinned here in wordings of our own (English, Simplified, Traditional,
Cantonese; first and third person), at most one writer row per sign, and the look-alikes that must stay calm.

Signs: a part cut off told as 'clean off' or 'gone', or crushed off by a machine (夹断, 卷断, 成段甩出); not able to keep
oneself safe in lay words (not trusting oneself tonight, afraid of what one will do to oneself, 怕自己会做傻事); a goodbye posted or left, then no answer or shut in; a bulging soft spot with a fever; ice-cold hands
and feet with the body hot; going over a height soon; an object driven in and still there (never a self-care question);
a watch or button battery swallowed by a child; a weak, mewing cry with a fever.
Look-alikes: a finger lost decades ago (切掉过), a nail or a stuck ring come off; goodbye letters of a dying relative or a
leaver; not trusting oneself to drive; a mewing baby with no fever.
New lexicons and rules in medqa/safety/data/triage_lay_signs.yaml (marked 'round 31g2 (signs31)').
"""
import pytest

from medqa.safety.lay_signs import lay_red_flags
from medqa.safety.triage import RedFlagTriage

T = RedFlagTriage()

FIRES = [
    # S1 part cut off
    "my dad just sliced the end of his thumb clean off with the bread knife, the piece is on the board",
    "her little toe was caught in the bike chain and it's come right off",
    "two of my fingers are completely gone after the log splitter",
    "工友的手被冲床压断了三根手指，血止不住",
    "他的手指头整截甩了出来，掉在地上",
    "我阿爸啲手指俾机器卷断咗，仲流紧血",
    "lawnmower accident next door, the boy's big toe has come clean off. we've got it in a bag. hes screaming.",
    # S2 cannot keep oneself safe
    "I don't trust myself to be alone tonight, I keep thinking about the pills",
    "she says she doesn't trust herself around the knives right now",
    "he's scared of what he'll do to himself if he stays in that flat tonight",
    "我好怕自己会做傻事，今晚不想一个人",
    "阿妈话佢好惊自己会做傻事，今晚唔敢一个人喺屋企",
    "我現在很怕自己會做傻事，家裡沒有別人",
    # S3 goodbye posted or left, then no answer or shut in
    "my brother posted a farewell video on facebook and now he's not picking up",
    "I found a note from my son saying sorry, and he has not answered his phone all morning",
    "我爸留了张字条写着对不起，现在电话也不接",
    "老婆在信里写住对不住，然后锁埋自己喺房不肯出嚟",
    "my girlfriend posted a goodbye on insta saying sorry to everyone and now her phones off. she's tried before",
    # S4 bulging soft spot with a fever
    "my 3 month old has a fever and the soft spot on the top of her head is tight and bulging",
    "baby is 6 months, temp 38.8 and his fontanelle looks domed and raised",
    "宝宝发烧，头顶囟门那里鼓起来，硬硬的",
    "BB發燒，頭頂個軟位凸咗出嚟",
    # S5 ice-cold hands and feet with the body hot
    "my son is 39.2 but his hands and feet feel like ice cubes even with socks on",
    "she's burning up but her feet are freezing cold",
    "孩子发烧39度，手脚冷得像冰一样",
    "個女發燒，手腳凍到好似冰咁，點捂都捂唔暖",
    # S6 going over a height soon
    "I'm on top of the multistorey and I'm going to jump when it gets dark",
    "he is standing on the bridge ledge and says he will let go soon",
    # S7 an object driven in and still there
    "我女儿摔倒，一根树枝插进大腿里，还卡在里面",
    "一口钉打进了他的手掌，现在还在里面，没敢拔",
    "他在工地被鐵釘打進大腿，釘子還卡在肉裡面，我們要自己拔出來嗎？",
    # S8 a battery swallowed by a child
    "my 18 month old has swallowed a button battery from the remote",
    "我孙子把一粒纽扣电池吞了下去",
    "我個女啱啱吞咗粒電芯，佢一歲半",
    # S9 a weak, mewing cry with a fever
    "my 4 month old has a fever and her cry is weak and thin, like a kitten",
    "宝宝发烧，哭声很弱，像小猫叫",
]

QUIET = [
    "my fingernail came off after I slammed it in the door, it's stopped bleeding",
    "my ring is stuck on my swollen finger, can they cut it off at A&E?",
    "我们小区的保安大叔说他年轻时在厂里被机器切掉过一节手指，已经几十年了，想问假指挂哪个科",
    "I don't trust myself to drive in snow, is there a hospital shuttle bus from the station?",
    "our nurse is emigrating and sent a long farewell message to the team, can we send flowers?",
    "my mum is in palliative care and wants to record goodbye messages for the kids, can the ward help?",
    "同事退休了，在群里发了告别消息，想问体检中心有没有礼品卡",
    "My dad is moving into a hospice next month and wants to write goodbye letters to the grandkids. Does the chaplaincy team help?",
    "my baby mews like a kitten when hungry, no fever, feeding well",
]


@pytest.mark.parametrize("text", FIRES)
def test_round31g2_emergency(text):
    assert T.assess(text).level == "emergency", text


@pytest.mark.parametrize("text", QUIET)
def test_round31g2_look_alike_not_emergency(text):
    assert T.assess(text).level != "emergency", text


def test_round31g2_ring_is_not_a_part():
    # the lay rule itself, not only the pipeline: a ring cut off a swollen finger names no part cut off
    assert not [f for f in lay_red_flags("ring stuck finger surgery cut off") if f.rule == "lay.bleeding.amputation"]
    assert [f for f in lay_red_flags("ring 999 now, his finger was cut clean off by the saw") if f.rule == "lay.bleeding.amputation"]
