"""Session 30 (lead): two plain child emergencies the carry batch everyday27 showed missed at e08c51f and after every
round of the session: a relative's age written in brackets ('my cousin (2)') was no child, and a scald told with the
liquid straight on the body ('boiling soup down her chest', 'the skin is white and coming off') was no severe burn.
The two everyday27 rows were read after its carry run (in-sample); the other wordings are the lead's own."""
import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage

TRIAGE = RedFlagTriage()


@pytest.mark.parametrize("text", [
    "My little sister (3) pulled the pot of chorba off the cooker, boiling soup down her chest and her arm, the skin is "
    "white and coming off in big pieces, bigger than my hand. She is screaming. My aunt says rub butter on and she will "
    "be fine.",
    "babysitting my cousin (2) at the farm, she's had diarrhoea and been sick all day, now she's really floppy, hardly "
    "opens her eyes, lips are dry and cracked, no wet nappy since first thing and she's breathing fast. her mum says "
    "give her flat coke and she'll perk up",
    "my nephew (4) tipped boiling water down his leg, the skin went white and it's peeling off",
    "looking after my niece (6), she's gone all floppy and won't wake properly",
    "the toddler pulled the saucepan off the hob, boiling milk all over her arm and the skin is coming away",
])
def test_child_emergency_with_bracketed_age_or_scald_on_the_body(text):
    assert TRIAGE.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", [
    "my sister (9) spilled hot tea on her hand, it's red, we cooled it for 20 minutes, no blisters",
    "my brother (12) has a cold and a runny nose, is calpol ok?",
    "skin is peeling off my shoulders from sunburn after the beach, bit sore",
    "my cousin (34) is really tired after her night shift",
    "the pot of soup fell off the cooker but nobody was near it, just a mess on the floor",
    "Grandson (4) ate a bit of toothpaste off the brush, not much, like a pea sized blob. Poisonous?",
])
def test_look_alikes_stay_below_emergency(text):
    assert TRIAGE.assess(text).level != EMERGENCY


# A test's fasting instruction ('can't eat after midnight', 'from the night before') is no person unable to eat: the
# glucose tolerance test, asked about in R44 (read after its carry run), was a diabetic emergency. Lead's own wordings.
@pytest.mark.parametrize("text, emergency", [
    ("I have a glucose tolerance test tomorrow, I can't eat after midnight, can I drink water?", False),
    ("For the sugar drink test, my mum can't eat from the night before, how long will it take?", False),
    ("my diabetic dad can't eat anything, he's confused and his sugar is 2.3", True),
    ("she's type 1, can't eat or drink since this morning, vomiting and breathing fast", True),
])
def test_fasting_for_a_sugar_test_is_no_diabetic_emergency(text, emergency):
    assert (TRIAGE.assess(text).level == EMERGENCY) is emergency
