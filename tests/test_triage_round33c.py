"""Round 33c (blind53, overdose_poisoning / burns / head_injury): emergencies told by their sign in words the lay-sign
lexicons did not read, each pinned with the round's own wordings (at most one blind53 row per fix):

- a count of painkillers named by brand ('20 panadol', '12 nurofen', 'twenty-odd panadeine'), and a taking told in a
  second-language present with a count ('he take like 15 panadol'), never a daily habit ('she take 8 tablets a day');
- an electrical injury told by the contact (a pole or ladder that touched a power line, a live wire, 'got a shock'
  fixing an appliance) and the current's sign (a black or burnt mark where it went in or came out, thrown back by it,
  the heart going funny); a surprise ('got a shock when I saw the bill') or a static shock stays calm;
- a pot of hot food pulled or spilled over a child (a crockpot of chili, a slow cooker of stew, 一锅汤打翻), read as a
  scald for lay.burns.major's large-burn signs;
- a deep burn's look told in doubled Chinese words (皮肤黑黑的, 有些地方白白的) or as no pain when touched
  (摸了不会痛), and an oil pan on fire (油锅起火) as the burn's cause, through a self-care question about toothpaste;
- a fall out of a height (a loft, a tree, a window, a top bunk) and vomiting in slang (puked) or a child who keeps
  wanting to sleep.
"""
import pytest

from medqa.safety.triage import RedFlagTriage

T = RedFlagTriage()

FIRES = [
    # painkillers by brand, counted
    "I took 24 panadol an hour ago and now I am scared",
    "my sister swallowed about 30 panadol after an argument, she says she feels fine",
    "my flatmate took 12 nurofen and 10 panadol an hour ago",
    "my son take like 15 panadol this morning, he say no problem",
    "he took like 16 panadeine with some wine",
    "我媽昨晚吞了二十顆普拿疼，說只是有點想吐",
    "佢同女朋友嗌交之後食咗廿幾粒panadol",
    # electrical injury: the contact and the current's sign
    "my dad was changing a light fitting and got a shock, there's a burnt spot on his finger and another on his heel, and he says his heart is racing",
    "she touched a live wire while drilling, it threw her across the room, she has a black mark on her hand but says she feels fine",
    "I got a shock off the fuse box and now my heart is fluttering, there is a little grey spot on my thumb",
    "我老公修热水器的时候被电到，弹开撞到墙，手掌有个黑点，脚底也有一个，他说心跳怪怪的",
    "佢整電錶嗰陣觸電，隻手有個燒焦嘅點，話心跳得好亂，但係佢話冇事",
    "My husband was fixing the geyser and got a shock, it threw him back against the wall. He's up and says he's fine, "
    "just a small black mark on his palm where it went in and one on the bottom of his foot. His heart's going a bit "
    "funny he says. Eish he won't listen to me.",
    # a pot of hot food over a child
    "my toddler pulled the slow cooker off the counter and the stew went all over her chest and arm, skin is blistering, should I put aloe on it?",
    "孩子把一锅汤打翻了，泼到胸口和肚子，起了好多水泡，擦什么药好",
    "個仔拉跌咗煲粥，成個肚同大髀都起晒大水泡",
    # a deep burn's look in doubled words, painless to touch, an oil pan on fire
    "我爸烧垃圾时汽油着火，两条腿烧到，皮白白的，他说不怎么痛，涂点烫伤膏就行吧",
    "她炒菜时油锅起火，用手去扑，两只手都是大水泡，有的地方摸了不痛",
    "我修车时汽油起火，小腿烧到，有一块皮黑黑的，摸了不痛，要紧吗",
    "我阿爸煲嘢食油鑊着火，隻手燒到白白哋，摸落去唔痛，佢話搽啲藥膏得啦",
    # a fall out of a height with vomiting or a wish to sleep
    "my daughter fell out of a tree this morning and has thrown up twice and keeps wanting to sleep, she's 7",
    "he fell out of the bunk bed, puked twice and is really drowsy",
    "I fell out of the loft hatch onto the landing, I've puked twice and can barely keep awake",
    "my son fell out of the window of the playhouse an hour ago and has been sick three times, he just wants to sleep",
    "女儿从树上掉下来，吐了两次，老是想睡",
    "個女由碌架床上面跌落嚟，嘔咗兩次，成日話想瞓",
]

CALM = [
    # painkillers named in a dose, purchase or habit question
    "my mum take 8 tablets a day for her heart, can she take panadol too",
    "how many panadol can a 10 year old have",
    "the pharmacy only sells 16 panadol per pack, can I buy two packs?",
    "I bought 24 panadol for the trip, can I take them on the plane",
    "I took 2 panadol this morning for a headache, can I take more at lunch",
    "gave my 2 year old panadol for her fever, she is 38.5",
    # a shock that is a surprise, a static spark, a question about power lines
    "I got a shock when I saw the bill, it threw me off",
    "the news gave me a shock, it threw me off for the whole day",
    "got a static shock off the car door, tiny black dot on my finger",
    "had a tiny shock off the toaster yesterday, no marks, feel fine",
    "how far should a ladder be kept from power lines",
    # a pot spilled with no injury, a cooker named in a recipe question
    "what's the best slow cooker recipe for a low salt diet",
    "孩子打翻了一锅汤，幸好没有烫到",
    "煮饭时油锅起火，我用锅盖盖住了，没人受伤",
    # doubled white in everyday words, a small burn that no longer hurts
    "白白浪费了一个下午排队",
    "宝宝皮肤白白的很可爱，被蚊子咬了",
    "烫了一下，红红的，现在摸着不痛了",
    # a fall with nothing after, sleepiness with no fall, puking with a plain cause
    "my son fell out of bed last night, he was fine, no vomiting, can he go to school",
    "he fell out of the tree yesterday and grazed his knee, can he go swimming",
    "my daughter keeps wanting to go to sleep after school, is that normal for a 7 year old",
    "he puked twice after the birthday party cake, no fever",
]


@pytest.mark.parametrize("text", FIRES)
def test_round33c_sign_raises_emergency(text):
    assert T.assess(text).level == "emergency", text


@pytest.mark.parametrize("text", CALM)
def test_round33c_look_alike_is_no_emergency(text):
    assert T.assess(text).level != "emergency", text


def test_round33c_overdose_told_after_a_practical_turn():
    turns = ["is the pharmacy on the ground floor open on sunday",
             "also my cousin he take like 20 panadol after fight with his wife, 2 hours ago, he say he feel ok"]
    assert T.assess_conversation(turns).level == "emergency"
