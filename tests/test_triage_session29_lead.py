"""Session 29, lead: two false-alarm families from the R41 reviewers' questions, with wordings written here.

- A fever and headache with a chin that cannot go to the chest is meningitis (the chin-to-chest denial read it as
  normal), and 個胎好靜 is reduced fetal movement (blind49, in-sample).
- A nosebleed told as something that keeps happening, or its first aid asked about (head back or forward?), is a
  self-care question; R34, R39 and R41 each asked it and all three read as severe bleeding. A nosebleed that will not
  stop, is heavy, comes with faintness, on blood thinners or after a knock stays an emergency.
- 'gone into a care home' is not a medicine taken ('into' alone counted as an ingestion verb), and putting old
  medicines in the wheelie bin is a disposal question. Someone who has been into the tablets is still an overdose.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage

T = RedFlagTriage()

# Each read as an emergency before this change.
QUIET = [
    "孩子一到秋天鼻子就冒血，老人说要仰头，医生说要低头，听谁的？",
    "我老公经常鼻孔喷血，每次都捏住鼻子，这样做对吗？",
    "個仔成日鼻哥窿冒血，我哋都係叫佢頭向後仰，咁樣啱唔啱？",
    "my son's nose gushes blood every winter, should he tilt his head back or lean forward?",
    "女儿时不时鼻子往外冒血，要不要捏住鼻子低头？",
    "Mum's gone into a nursing home and her bathroom cabinet is full of old tablets, can I put them in the household bin?",
    "my brother moved into sheltered housing and left a carrier bag full of pills behind, can I chuck them in the bin?",
]

EMERGENCY_KEPT = [
    "my son keeps getting nosebleeds but this one has been going for 40 minutes and won't stop, should he lean forward?",
    "my husband is on warfarin and his nose has been pouring blood, tilt his head back or not?",
    "我女儿经常流鼻血，今天流了一个小时还没停，脸色发白",
    "外婆常常流鼻血，这次止不住，人有点晕，头要往后仰吗？",
    "he fell off the trampoline, his nose is bleeding and he keeps being sick, should he pinch it?",
    "my toddler got into the tablets in my handbag and the strip is empty",
    "she's been into her nan's sleeping pills, the whole bottle is gone",
    # blind49, read after its carry run: a chin that CANNOT go to the chest is the sign (it read as its denial), and
    # the Cantonese 個胎 (the baby in the womb) gone quiet
    "my dad has a fever and a pounding headache and he can't get his chin down to his chest",
    "我老婆三十六週，個胎由朝到依家都好靜，冇點動過",
]


@pytest.mark.parametrize("text", QUIET)
def test_recurring_nosebleed_and_disposal_questions_are_not_emergencies(text):
    assert T.assess(text).level != EMERGENCY, T.assess(text)


@pytest.mark.parametrize("text", EMERGENCY_KEPT)
def test_real_bleeds_and_ingestions_stay_emergencies(text):
    assert T.assess(text).level == EMERGENCY, T.assess(text)
