"""FR1: frame invariance of triage: a red flag must survive the way a message is wrapped.

Families (wordings written here, none taken from a set):
- a question about how to get help now, told as a choice (ring the emergency number or drive in, ambulance or take
  her ourselves, 叫救护车还是自己送, 叫白车定自己揸车): a help-seeking frame, not a practical question about driving;
- forum / parenting shorthand for the person (DS, DD, DC, LO, DH, my OH) and the Cantonese child words (阿仔, 囡囡,
  我个仔): a person word;
- the wrapping around a message: a forum opener ('move this if wrong board', 如果发错区: an 'if' about the post, not
  the sign), an apology, a place or activity told first, a sign-off, the distance
  to the hospital, 'what do we do', 'is this normal': removed and the message read again;
- clear fluid from the nose or an ear after any knock or fall, the head not named: the skull-base sign.
Look-alikes that stay quiet: a driving question after an old seizure, a meter that says LO, 'OH no', an information
question wrapped in the same frames.
"""

import pytest

from medqa.safety.normalize import normalize
from medqa.safety.triage import RedFlagTriage

T = RedFlagTriage()

# Fail on HEAD (03cdb8c): each is read as none there.
EMERGENCY_NEW = [
    # help-now choice question after a sign
    "my dad's been fitting on and off for half an hour without waking in between, do we call 999 or drive him in ourselves?",
    # person shorthand
    "LO has a fever and a weak high-pitched cry, not herself at all",
    # clear fluid after a knock, head not named (en, zh-Hant Cantonese)
    "DS was knocked off his scooter by a car door, clear fluid running from his nose and he keeps repeating himself",
    "my grandad got hit by a swinging gate, clear liquid coming out of one ear, muddled",
    "阿仔畀單車撞到，鼻孔流出清水，仲迷迷糊糊",
]

# Already caught on HEAD: must stay caught in their wrapping.
EMERGENCY_KEPT = [
    "she's had one fit after another and hasn't come round between them, should we ring an ambulance or take her in the car?",
    "孩子抽完一次还没醒又抽了，要不要打120还是我们自己开车送？",
    "個仔抽完一次都未醒又再抽，應唔應該叫白車定自己揸車送去？",
    "DD is 6 weeks and has a temperature of 38.2, quite sleepy",
    "my wife can't get her words out and her face has dropped on the left, do I dial 911 or take her to the ER myself",
    "爷爷突然说话不清楚，右手抬不起来，要不要叫救护车，还是我们自己开车送他去？",
    "DH just collapsed and isn't breathing",
    "We're at a wedding, my uncle's face has dropped on one side and his speech is slurred. thanks in advance",
    "Evening all. grandma took all of her sleeping tablets with wine and we can't wake her. We're 30 minutes from the nearest hospital.",
    "Hi everyone, on holiday in Spain and my nephew has a rash turning into purple blotches spreading fast, plus a fever",
    "We're about 40 minutes from the nearest A&E. my toddler's soft spot is bulging and he has a fever and won't settle",
    "我哋住喺離島，去醫院要一個鐘。阿爸燒傷之後面色好青，出冷汗，心跳好快。點算好？",
    "大家好，第一次发帖。妈妈感染发烧，现在手脚冰冷，意识模糊。先谢谢各位了",
    "管理员如果发错区请删帖——我爸胸口压着痛了四十分钟，一直出冷汗",
    "如果開錯版唔好意思——阿媽突然講嘢含糊，一隻手舉唔起",
]
EMERGENCY_WRAPPED = EMERGENCY_NEW + EMERGENCY_KEPT

QUIET_WRAPPED = [
    "Hi all, is it safe for my husband to drive now his epilepsy is well controlled on tablets? thanks in advance",
    "what should I do if DS chokes? thanks in advance",  # a false alarm on HEAD: DS is now a person in a hypothetical
    "OH no, I forgot to book DS's jab appointment, can we still get it next week?",
    "Hi all, DS has had a mild cold for two days but is eating and playing fine, is this normal?",
    "Quick question: is it normal for a newborn to sneeze a lot? Thanks!",
    "We're 10 minutes from the hospital, where do we park for DD's follow up appointment?",
    "大家好，想问一下：宝宝什么时候可以开始吃花生？先谢谢大家了",
    "大家好，阿仔出咗水痘，食得瞓得，想問下幾時可以返學？多謝晒",
]


@pytest.mark.parametrize("text", EMERGENCY_WRAPPED)
def test_wrapped_emergency_is_caught(text):
    assert T.assess(text).level == "emergency", text


@pytest.mark.parametrize("text", QUIET_WRAPPED)
def test_wrapped_look_alike_stays_quiet(text):
    assert T.assess(text).level != "emergency", text


def test_person_shorthand_is_a_person_word():
    assert normalize("DS has a fever") == "my son has a fever"
    assert normalize("our LO is floppy") == "our little one is floppy"
    assert normalize("my OH collapsed") == "my partner collapsed"
    assert normalize("OH no") == "oh no"  # an exclamation
    assert "little one" not in normalize("the meter says LO")  # a reading
    assert normalize("ds and dd in lower case") == "ds and dd in lower case"


def test_wrapping_is_removed_and_the_rest_kept():
    from medqa.safety.triage import _without_wrapping

    assert _without_wrapping("管理员如果发错区请删帖——我爸胸口痛") == "我爸胸口痛"
    assert _without_wrapping("Mods, move me if wrong section - my dad's chest hurts") == "my dad's chest hurts"
    assert _without_wrapping("Evening all, my dad's chest hurts. Thanks in advance x") == "my dad's chest hurts"
    assert _without_wrapping("my dad's chest hurts, is this normal?") == "my dad's chest hurts, is this normal?"
