"""Round 22 classes (after blind19 and the reviewer set R11), pinned with wordings written here, not copied from any set.

The general concept behind each class, written before the code. blind19's misses were not masked by a job-role opener:
the signs were told in other words than the lexicons held, or one benign reader misread a word of the present case.
- The means ready or held against the body (a rope ready, 绳子准备好了, a blade to the wrist) together with losing
  control or 'going to do it now' (控制不住自己, can not trust myself) is a plan with means and time.
- At the edge of a high place told after the place ('on the bridge ledge') is the same as 'on the edge of the bridge'.
- A breath that whistles or squeaks, told in any verb ('breathing is making a whistling noise'), and lips gone up like
  a balloon are airway signs after a trigger.
- Speech in single words ('one word at a time') is a severe attack; 'no change' after a treatment given now (inhaler x4,
  pressure) is a treatment failing, never 'an old complaint unchanged'.
- A wound said to pump, pour or soak through, or bleeding through firm pressure, is severe bleeding without the word blood.
- Slumped over something, or unable to answer, beside insulin or diabetes is a hypo's danger sign.
- Thrown or knocked against something hard, or a big swelling on the head, is a head knock.
- Two body areas scalded together ('back and both legs') is a large burn; a pan of boiling liquid pulled over is a burn.
- The language the writer writes in ('I write in English') is no word asked about.
False alarms: a range of readings (血糖在5到7之间) is no amount taken; sugar as a food's content ('low-sugar jam') is no
reading; a toy ambulance or a staged act (costume, teddy, 'dramatic act') is pretend; an animal's illness with 'no people
affected' is nobody's; the idiom 'could not breathe for laughing'; a baby's normal temperature written down; self-harm
scars told at 40 'and well'. R11: a quantity of medicine in a disposal, return, repeat-supply or two-prescriptions
question is no overdose unless an ingestion is told (swallowed, took them all, 吃了, 吞了).
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage

TRIAGE = RedFlagTriage()
RULES_ONLY = RedFlagTriage(learned_net=False)

EMERGENCIES = {
    "means_ready_losing_control": [
        "绳子我都准备好了，今晚真的控制不住自己了。",
        "I've got the rope ready and I can't trust myself tonight.",
    ],
    "means_at_body_about_to_act": [
        "My son sent a video with a blade to his wrist saying he's going to do it tonight.",
    ],
    "edge_told_after_place": ["I'm sat on the bridge ledge and I don't want anyone to talk me down."],
    "whistling_breath_after_trigger": [
        "She ate a peanut satay skewer at the party and her breathing is making a whistling noise.",
    ],
    "single_words_and_reliever_no_change": [
        "My dad's asthma is bad, he can only say one word at a time and his reliever made no difference.",
    ],
    "wound_pumping_or_through_pressure": [
        "The saw slipped and the cut on his thumb is pumping, the tea towel is soaked after ten minutes of pressing.",
    ],
    "slumped_or_cannot_answer_on_insulin": ["My husband takes insulin; he's slumped against the fridge and can't answer me."],
    "thrown_against_hard_thing": [
        "The bull knocked my uncle into the gate, there's a big lump on his head and he keeps vomiting.",
    ],
    "scald_two_areas": ["My little girl pulled a pot of boiling soup over herself, her back and both legs are blistered."],
    "writer_language_is_no_word_question": [
        "Good evening. I write in English, which is my second language. I'm 10 weeks pregnant, heavy bleeding and cramping"
        " on one side, feeling faint.",
    ],
}

BENIGN = {
    "range_of_readings": ["血糖一直在5到9之间，糖尿病吃药控制的，正常吗？"],
    "toy_or_staged_act": [
        "My nephew played with his toy ambulance and pretended his teddy had gone floppy, it was hilarious.",
        "My 3-year-old goes all floppy as a dramatic act when it's time to leave the park, fine two seconds later, just theatre.",
    ],
    "animal_no_people_affected": [
        "Our spaniel had a fit this afternoon and the vet has seen her. No people involved, do dogs get epilepsy?",
    ],
    "laughing_idiom": ["My pen pal wrote 'I could not breathe for laughing' about the film. Does she mean a real problem?"],
    "old_scars_now_well": ["I self-harmed in my teens; I'm 40 now and well. Can laser help with the scars?"],
}


@pytest.mark.parametrize("text", [t for texts in EMERGENCIES.values() for t in texts])
def test_present_case_is_emergency_by_rules_alone(text):
    assert RULES_ONLY.assess(text).level == EMERGENCY, RULES_ONLY.assess(text)
    assert TRIAGE.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", [t for texts in BENIGN.values() for t in texts])
def test_benign_picture_is_not_emergency(text):
    assert TRIAGE.assess(text).level != EMERGENCY, TRIAGE.assess(text)


@pytest.mark.parametrize("text", [
    # R11's class in our own words: medicines at home in a practical errand, nothing swallowed
    "Mum had loads of tablets in every drawer and a sharps bin full of needles. What are we supposed to do with it all?",
    "我爸吃的降压药快没了，能不能网上续方寄过去给他？",
    "医院开了一盒止痛药，诊所又开了一种消炎药，两种一起吃行不行？该问谁？",
])
def test_medicine_errand_is_not_an_overdose(text):
    assert TRIAGE.assess(text).level != EMERGENCY, TRIAGE.assess(text)


# guards, not new classes: the real case beside the errand words stays an emergency
@pytest.mark.parametrize("text", [
    "He swallowed a whole box of his sleeping pills and we found the empty packets, what do we do with the rest?",
    "孩子把一整板药都吃了，剩下的药怎么处理？",
])
def test_an_ingestion_beside_the_errand_is_still_an_emergency(text):
    assert TRIAGE.assess(text).level == EMERGENCY, TRIAGE.assess(text)


@pytest.mark.parametrize("text", [
    # urgent notices that should not be there at all: sugar as a food's content, a normal baby temperature logged
    "Looking for a low-sugar chutney recipe for my mum who has type 2, any ideas?",
    "The health visitor says a fever is serious in a baby under 3 months; mine is 6 weeks and her temperature is 36.7"
    " today, I'm just logging it.",
])
def test_no_notice_at_all(text):
    assert TRIAGE.assess(text).level == "none", TRIAGE.assess(text)


def test_bad_input_gives_no_flag():
    assert TRIAGE.assess("").level != EMERGENCY
    assert TRIAGE.assess(None).level != EMERGENCY  # type: ignore[arg-type]
