"""A fit told as what might come, by or about someone who has them, is epilepsy planning, not a fit now (lead, session 17).

R17 (spent) asked "I've a dog who warns me before I have a fit. Is she allowed to come inside the hospital with me?"
and the product answered with the emergency number. A seizure named only after if / before / in case / whenever (万一,
如果, 发作前 ... 提醒) drops the seizure category when the rest of the message no longer raises it (triage round 27's
figure mechanism). Over the spent triage rows and reviewer questions that word a fit so, only that R17 row changes.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


PLANNING = [
    "My assistance dog alerts me before I have a seizure - can she stay with me on the ward?",
    "If I have a fit during my MRI, will the staff know what to do?",
    "In case my daughter has a seizure at the clinic, should I bring her rescue medicine?",
    "万一我在做检查的时候癫痫发作，要提前跟医生说吗？",
    "我隻狗喺我發作前會提醒我，可唔可以帶佢入醫院？",
]
FITS_NOW = [
    "my brother is having a seizure right now, it's been 6 minutes",
    "If I have a fit I usually come round in a minute, but my dad has been fitting for 7 minutes now and isn't stopping",
    "她现在抽搐了五分钟还没停",
]


@pytest.mark.parametrize("text", PLANNING)
def test_a_fit_that_might_come_is_no_emergency(triage, text):
    assert triage.assess(text).level != EMERGENCY


@pytest.mark.parametrize("text", FITS_NOW)
def test_a_fit_now_stays_an_emergency(triage, text):
    assert triage.assess(text).level == EMERGENCY
