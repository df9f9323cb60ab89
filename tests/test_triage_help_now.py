"""A message that asks what to do now about someone there is a case, whatever frame it opens with (lead, session 17).

blind26's first run missed 19 emergencies written in a club's or a group's voice: the opening ("our opera club's
rehearsal,", "after volleyball practice,", "amateur radio net, relaying by text:") set off a frame veto (a story, a
rehearsal, a relay, a topic) that drops every category, though the message went on to describe someone collapsing and
ask what to do. The frame vetoes now stand aside when the message asks what WE or I should do now (怎么办, 急不急, 要不要
打电话, "what should we do", "what now", "drive or wait") about someone there (someone, a member, a guest, kin, a baby,
有人, 学妹, 队友, 宝宝) and is not put as a hypothetical (if, would you, 如果). Over 1,006 spent triage rows, reviewer
questions and KB questions that ask so, 0 decisions change; the first, looser form (any 怎么办) raised 9 spent benign
rows (a poster to translate, a dog's fit, a charity bake sale) and was narrowed before this commit.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


FRAMED_CASES = [
    "Choir rehearsal in the church hall, one of our basses is grey and sweating with a crushing pain in his chest going into his arm. What should we do?",
    "Drama club practice tonight: someone collapsed and is jerking all over, it's been six minutes. What now?",
    "Relaying from our walking group chat: a member's baby is five weeks old and has a temperature of 38.4, not feeding. What do we do?",
    "话剧社排练，有人突然一边脸耷拉下来，说话含糊，手抬不起来，怎么办",
    "篮球队训练完，有个队员喘不上气，嘴唇发紫，说话只能蹦两个字，急不急",
    "合唱團練唱中，有位阿姨吃了花生餅乾，嘴唇喉嚨腫起來，呼吸有咻咻聲，怎麼辦",
    "越剧社排练，有位大姐胸口闷痛半个钟头了，一身冷汗，痛到后背，怎么办",
    "舞狮队排练，有人把自己关在厕所里，发了告别短信，手上有刀，急不急",
    "Ham radio net, relaying by text: a member says his wife is 35 weeks pregnant and the baby hasn't moved all day. What should we do?",
    "Bell ringers' practice, relaying for the tower captain: someone is diabetic, her meter reads 1.8 and she's confused. What do we do?",
]
STILL_NO_CASE = [
    "Our drama club is rehearsing a scene where the hero has a heart attack. How should the actor fall? What should we do to make it look real?",
    "我在翻译一张急救海报，上面写着胸痛可能是心脏病发作，怎么办才能译得准确？",
    "狗狗抽搐了，宠物医院看过了，怎么办",
    "For my first-aid homework: if someone has crushing chest pain, what should you do?",
    "如果排练的时候有人晕倒了，我们应该怎么办？想提前准备",
]


@pytest.mark.parametrize("text", FRAMED_CASES)
def test_a_framed_message_asking_what_to_do_about_someone_is_an_emergency(triage, text):
    assert triage.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", STILL_NO_CASE)
def test_an_errand_a_story_or_a_hypothetical_asking_what_to_do_stays_quiet(triage, text):
    assert triage.assess(text).level != EMERGENCY
