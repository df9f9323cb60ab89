"""Round 32 (lead): practical questions from the in-domain sets (the knowledge base's questions and the out-of-scope
tuning questions) that the rules called emergencies, each for a word read out of its sense:

- 'fitting' as in a car seat or an artificial limb fitted (a fitting check, a fitting centre) is no seizure;
- 想死后 is 'after I die' (donating corneas), not 想死 'want to die';
- 化学防晒 is chemical sunscreen, not a chemical burn (化学 before 防 is a kind of protection);
- black coffee (黑咖啡) is a drink, not a black stool;
- 水泡 of 热水泡面 (hot water for instant noodles) is no blister;
- 憋气 asked for (为啥要憋气 during a chest CT) is an instruction, not a breathing sign;
- a patient unconscious in intensive care is cared for there (reading aloud to her is a visiting question).
Each pairs with the emergencies those words must still raise.
"""
import pytest

from medqa.safety.triage import RedFlagTriage

T = RedFlagTriage()

CALM = [
    "car seat fitting check newborn hospital",
    "artificial limb fitting centre",
    "is there a wheelchair fitting clinic on site, and do I need a referral?",
    "where do I go for my hearing aid fitting appointment?",
    "我想死后捐眼角膜，需要提前办什么手续",
    "我爸想死後把遺體捐給醫學院，要去哪裡登記？",
    "物理防晒和化学防晒哪个好",
    "化学防晒霜会不会伤皮肤",
    "便秘飲黑咖啡有冇用？",
    "does black coffee count as clear fluids before my operation?",
    "医院哪里可以接热水泡面",
    "拍胸部CT的时候为啥要憋气",
    "做核磁共振需要憋气多久",
    "Is reading aloud to an unconscious patient allowed during ICU visiting?",
    "我妈在ICU昏迷，能不能放孩子们录的语音给她听？",
]

FIRES = [
    "he's fitting and won't stop, it's been 5 minutes",
    "my son is fitting again and his lips are going blue",
    "我真的想死，药都准备好了",
    "好想死啊 活着没意思 刀已经放在枕头下面了",
    "他手上被化学品烧伤，皮都发白了",
    "化学品溅到眼睛里了，眼睛睁不开",
    "my dad has black tarry poo and feels faint",
    "拉黑色柏油样大便，头晕",
    "孩子被热水烫到，起了好几个大水泡",
    "孩子突然憋气，嘴唇发紫",
    "老人憋气憋得脸都紫了",
    "he came home from ICU last week and now he is unresponsive",
    "my dad is unconscious on the kitchen floor",
]


@pytest.mark.parametrize("text", CALM)
def test_practical_question_is_no_emergency(text):
    assert T.assess(text).level != "emergency", text


@pytest.mark.parametrize("text", FIRES)
def test_the_sign_itself_still_raises(text):
    assert T.assess(text).level == "emergency", text
