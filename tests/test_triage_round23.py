"""Round 23 classes (after blind20 and the reviewer set R12), pinned with wordings written here, not copied from any set.

The general concept behind each class, written before the code.
- A medicine taken in an amount told by a quantity word ('a huge amount of', 'three times the dose', 成把, 大量) is an
  overdose as much as one told by a count.
- A toxic metal or craft chemical swallowed (a pottery glaze with lead, mercury) is a poison swallowed.
- Bleeding that spurts or pulses with the heartbeat is an artery, told in its own clause after the wound.
- Saying one will jump or go over the rail, at a height (bridge, rail, parapet, 天台) or with a goodbye or sorry said to
  someone now, is suicide in progress; charcoal burnt in a sealed room (烧炭, 门窗关死) is a suicide method.
- Sparks, flame or molten metal that burnt a body part is a burn; a whole limb burnt (成只手臂, 'his whole arm') is large.
False alarms: losing told as 'want to die' with 讲笑; an animal already under a vet's care, nobody else
named; a fright idiom ('nearly had a heart attack when', 'gave me a heart attack'); 'figure of speech' and 讲笑
(joking); 便 inside 顺便/随便 (by the way) is no stool; a bump that 'cried for a second and went back to playing' or is
'only a little sore', a mild hypo sorted with juice, breathless that is normal after a rest (urgent notices dropped).
R12: fasting for a blood test ('starving myself for the blood test'), asking to be 'knocked out' for a procedure,
a frozen-peas brand ('Birds Eye') next to a twisted ankle, and a sling that 'fits' one hoist are practical questions.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage

TRIAGE = RedFlagTriage()

EMERGENCIES = {
    "quantity_word_overdose": [
        "My flatmate swallowed a huge amount of ibuprofen deliberately about half an hour ago.",
        "She has taken three times the dose of her sleeping tablets.",
        "我老公刚才吞了成把的安眠药。",
    ],
    "toxic_metal_swallowed": ["My son drank some of the pottery glaze in the art room, it contains lead, he feels sick."],
    "spurting_with_heartbeat": ["My dad cut his forearm on the chainsaw, it is pulsing with every heartbeat."],
    "jump_at_height_or_with_farewell": [
        "My sister is standing on the parapet and says she is going to jump.",
        "He phoned to say sorry to mum and said he will jump, he is on the railway bridge.",
        "我弟弟在江边桥上，说他准备跳了。",
    ],
    "charcoal_sealed_room": ["My brother lit charcoal in his bedroom and has taped up the windows and door.",
                             "他一个人在车里烧炭，车窗全部用胶带封住了。"],
    "sparks_burnt_whole_limb": ["打磨的火星烧到他手臂，整条手臂都起泡了。"],
}

BENIGN = {
    "fright_idiom": ["Honestly the fireworks next door nearly had a heart attack when they went off, we laughed."],
    "stool_inside_by_the_way": ["顺便问一下，我空腹血糖6.1正常吗？随便问问。"],
    "trivial_bump_settled": [
        "My daughter bumped her head on the door frame, cried a second and is playing again.",
        "I knocked my head on the cupboard door, it's only a little sore.",
    ],
    "mild_hypo_sorted": ["Had a mild hypo this morning, sorted it with a glucose tablet, just mentioning it."],
    "fasting_for_test": ["Can I drink black coffee while starving myself for my fasting glucose test tomorrow?"],
    "sedation_question": ["For the colonoscopy, do I need to be knocked out or can I have gas and air?"],
    "frozen_peas_brand": ["Should I put Birds Eye sweetcorn on my twisted knee or heat?"],
    "loss_hyperbole_joking": ["打牌输得想死，哈哈，讲笑咋。"],
    "animal_under_vet_care": ["我家的鸽子误吃了老鼠药，宠物医院在看了，就问问以后怎么防。",
                              "My budgie ate some slug pellets, the vet is treating her now, asking for next time."],
    "sling_fits_hoist": ["Which hoist does radiology have? My sling fits the mobile type only."],
}


@pytest.mark.parametrize("text", [t for texts in EMERGENCIES.values() for t in texts])
def test_round23_emergencies(text):
    assert TRIAGE.assess(text).level == EMERGENCY, TRIAGE.assess(text)


@pytest.mark.parametrize("text", [t for texts in BENIGN.values() for t in texts])
def test_round23_benign_not_emergency(text):
    result = TRIAGE.assess(text)
    assert result.level != EMERGENCY, result


@pytest.mark.parametrize("text", BENIGN["stool_inside_by_the_way"] + BENIGN["trivial_bump_settled"]
                         + BENIGN["mild_hypo_sorted"] + BENIGN["fasting_for_test"] + BENIGN["sedation_question"]
                         + BENIGN["frozen_peas_brand"] + BENIGN["sling_fits_hoist"])
def test_round23_benign_no_notice(text):
    result = TRIAGE.assess(text)
    assert result.level == "none", result


def test_round23_real_cases_kept():
    for text in ("She is having fits and will not wake up.", "He was knocked out in the fall and is not responding.",
                 "I think my husband is having a heart attack.", "大便有血", "I have been starving myself for weeks and feel faint.",
                 "My toddler and the dog both ate slug pellets, the vet is seeing the dog."):
        assert TRIAGE.assess(text).level != "none", text
