"""Round 17 classes (after blind14, spent), pinned with wordings written here, not copied from any test batch.

The general concept, written before the code ("mentioned, not used"):
- A flag whose only support is a condition word that is MENTIONED rather than used about anyone now is not an
  emergency. A mention is a condition word that is (1) quoted, (2) asked about as a word (how do you say X, the
  word for X, X 中文是, X 英文怎么写, X 点分, a translation, a phrase), (3) marked figurative, joking or pretend
  (figuratively, lol, 开玩笑, 哈哈; play-acts X, pretends to be 'X', fakes X, 扮晕倒; pretend only beside a
  statement that all is well), (4) placed in a finished past beside a "now fine" statement (had X in the 1990s and
  recovered, 以前 ... 已经很多年没有了, 控制得很好 ... 好几年没发了), or (5) what a thing or a cause is for (a
  first-aid kit shopping list, a charity or 募捐 for X).
- It counts only when the message has no present case: each masked clause is checked for a person who has it, now,
  an acute event or urgency; a call for help keeps everything; and what is left once the mentions are masked must
  raise nothing and say nothing of now (a time of day alone is not a case, as in round 16).
- The learned net: an emergency raised by the net alone does not stand when the message denies a sign ('not
  drowsy', 'lips aren't swollen', 'breathing fine'), read with the lay signs' own negation test.

Round 17 also closes lay-sign gaps behind blind14's misses, each pinned here in other words: 𠵱家 (the HK spelling
of 而家, now), a sorry sent by text or left as a note then calls unanswered, a bottle of pills at hand to take them
all, toilet cleaner drunk (洗厕水), a child who can hardly be woken however called (叫都叫不太醒), a kick count of
zero told as a list, and a wound 'spurting from his wrist' told without the word blood.
"""

import pytest

from medqa.safety.normalize import normalize_triage
from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage

TRIAGE = RedFlagTriage()

# (mention alone, the same frame with a present case)
MENTION_PAIRS = [
    # (2) asked about as a word or a translation
    ('How would you say "cardiac arrest" in Tagalog? My nan asked me at bingo.',
     'How would you say "cardiac arrest" in Tagalog? My nan has just collapsed at bingo and is not breathing, help'),
    ("In Welsh, is there one word for 'can't breathe'? Learning it for a choir song.",
     "In Welsh, is there one word for 'can't breathe'? My husband can't breathe right now, his lips are blue"),
    ("'大出血'英文怎么写？我在做中英对照的单词卡。",
     "'大出血'英文怎么写？我老公刚才切到手，血止不住一直喷"),
    ("overdose 这个词中文是过量还是中毒？在翻译说明。",
     "overdose 这个词中文是什么？我弟刚才吞了一整瓶安眠药，现在叫不醒"),
    # (1, 3) quoted and marked as a joke
    ("我弟说期末考试让他'心脏骤停'了，开玩笑的，想问你们医院招实习生吗？",
     "我弟说期末考试让他'心脏骤停'了，开玩笑的，可是我爸现在胸口剧痛，一直冒冷汗"),
    ("堵车堵得我'窒息'了，开个玩笑，想问停车场几点关门？",
     "堵车堵得我'窒息'了，开个玩笑，但是我妈现在真的喘不上气，嘴唇发紫"),
    # (3) pretend play beside a statement that all is well
    ("My twins play 'unconscious patient' with their toy ambulance. They are totally fine, just curious.",
     "My twins play 'unconscious patient' with their toy ambulance, but now one of them really fell off the bunk bed "
     "and won't wake up"),
    ("My son fakes a seizure when he loses at cards. He is completely fine. How do I handle it?",
     "My son fakes a seizure when he loses at cards, he's fine usually, but right now he is shaking all over and not "
     "responding"),
    ("My toddler pretends to be 'not breathing' in the bath as a game. She's totally fine. How do I get her to stop?",
     "My toddler pretends to be 'not breathing' in the bath, but this time she can't breathe at all and her lips are blue"),
    ("My husband pretends to have a heart attack whenever I mention shopping. He is perfectly fine. Any tips?",
     "My husband pretends to have a heart attack whenever I mention shopping. He was fine, but now he has crushing "
     "chest pain down his left arm and is grey and sweaty"),
    ("我妹玩游戏扮晕倒，她好好的，没事，就是想问问怎么说她。",
     "我妹玩游戏扮晕倒，她好好的，可是刚才她从楼梯摔下来撞到头，现在叫不醒"),
    # (4) a finished past beside a statement that all is well now
    ("我以前割腕过，已经很多年没有了，想问疤痕能不能做激光？",
     "我以前割腕过，已经很多年没有了，可是今晚我又割了，血一直流止不住"),
    ("我儿子的气喘控制得很好，好几年没发了，想问游泳课要不要开证明？",
     "我儿子的气喘控制得很好，好几年没发了，可是他现在喘不上气，说不出话，嘴唇发紫"),
    # (5) what a thing or a cause is for
    ("我们班给脑膜炎患儿公益基金募捐，能在医院大厅放募捐箱吗？",
     "我们班给脑膜炎患儿公益基金募捐，可是我儿子现在发高烧，脖子僵硬，身上有按不褪的紫斑"),
    ("Putting together a first-aid kit shopping list for the football club. Should we keep aspirin for chest pain in it?",
     "Putting together a first-aid kit shopping list, but our coach has crushing chest pain right now and is sweating"),
    ("Is an ear thermometer okay for a newborn? Just writing our baby shopping list.",
     "Is an ear thermometer okay for a newborn? Our 3-week-old feels hot, it reads 38.5 and she is floppy"),
]


@pytest.mark.parametrize("alone, case", MENTION_PAIRS)
def test_a_mentioned_condition_word_is_no_emergency_without_a_present_case(alone, case):
    assert TRIAGE.assess(alone).level == NONE, (alone, TRIAGE.assess(alone))
    assert TRIAGE.assess(case).level == EMERGENCY, (case, TRIAGE.assess(case))


# (a denied sign the learned net alone raised, the same story with the sign present)
DENIED_PAIRS = [
    ("he slipped on the ice and hit his head but he is not confused and has not been sick",
     "he slipped on the ice and hit his head and now he is confused and keeps being sick"),
    ("she fell off her bike and banged her head, she is not drowsy and is talking normally",
     "she fell off her bike and banged her head, now she is very drowsy and her speech is slurred"),
    ("he ate a prawn and his lips aren't swollen and he's breathing fine",
     "he ate a prawn and his lips are swelling up and he's struggling to breathe"),
]


@pytest.mark.parametrize("denied, present", DENIED_PAIRS)
def test_a_learned_net_emergency_does_not_stand_on_a_denied_sign(denied, present):
    assert TRIAGE.assess(denied).level != EMERGENCY, (denied, TRIAGE.assess(denied))
    assert TRIAGE.assess(present).level == EMERGENCY, (present, TRIAGE.assess(present))


def test_the_hk_spelling_of_now_is_folded_like_its_other_spellings():
    assert "现在" in normalize_triage("佢𠵱家喺度")
    assert normalize_triage("𠵱家好痛") == normalize_triage("而家好痛")


# blind14's misses, in other words: the general picture behind each
MISSED_PICTURES = [
    # a sorry sent by text, then calls go unanswered (Cantonese, 𠵱家)
    "我細佬頭先send咗句'對唔住'俾我，𠵱家打電話都唔聽，我好驚",
    # a note saying sorry left on the door, and nobody answers
    "My neighbour left a note on his door saying 'sorry, forgive me' and he is not answering his phone or the door.",
    # a bottle of pills at hand, about to take them all
    "Forget my appointment. I've got a bottle of sleeping pills on the table and I'm going to take them all tonight.",
    # toilet cleaner drunk
    "唔該幫手，我個女飲咗啲洗廁水，一路咳一路喊話喉嚨痛",
    # a child who can hardly be woken however called
    "我女儿三岁，发烧两天了，现在怎么喊都喊不太醒，只会哼",
    # a kick count of zero, told as a list
    "38 weeks pregnant. Kick count: 0 since breakfast, it is now teatime.",
    # a wound spurting, told without the word blood
    "She slipped with the scissors and it's squirting from her thigh, the tea towel is soaked through.",
]


@pytest.mark.parametrize("text", MISSED_PICTURES)
def test_round17_lay_sign_gaps_are_emergencies(text):
    assert TRIAGE.assess(text).level == EMERGENCY, (text, TRIAGE.assess(text))


# Safety: the mention check leaves a present case alone wherever the mention sits.
STILL_EMERGENCIES = [
    "How do you say 'chest pain' in Spanish? My dad has crushing chest pain right now and is sweating.",
    "He was faking a seizure earlier, I thought, but he has been shaking for ten minutes and won't respond.",
    "My mum had a stroke years ago and recovered, but today her face is drooping and she can't lift her arm.",
    "Fundraising for a sepsis charity, lol, but my husband is now shivering, confused and his skin is mottled.",
]


@pytest.mark.parametrize("text", STILL_EMERGENCIES)
def test_a_present_case_beside_a_mention_stays_an_emergency(text):
    assert TRIAGE.assess(text).level == EMERGENCY, (text, TRIAGE.assess(text))
