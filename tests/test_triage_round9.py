"""Round 9 classes (after blind9), pinned with wordings written here, not copied from any test batch.

The general concept behind each class, written before the code:
- Clinical shorthand from health workers and trained carers names the same red flags as lay words: 'c/o CP',
  'SOB at rest', 'diaphoretic', vital signs past a threshold (HR >= 130, RR <= 8, GCS <= 8, systolic < 90,
  sats < 92%), 'BM 1.9', 'PV bleed', 'OD'd on', 'hard to rouse', 'massive haemorrhage'. Each abbreviation needs a
  clinical neighbour, because 'CP' alone is also cerebral palsy and 'sob' is also crying.
- Fetal movement told plainly ('baby never kicked today', 'not felt the baby move') with weeks of pregnancy.
- A child told as limp, barely responding, body gone soft, not answering, eyes not looking at anyone; a younger
  sibling ('my baby sister, 2') is a child.
- A suicide plan told casually (finishing it tonight, pills collected; 不会再拖累你们 with the means ready).
- Infant fever in a comma decimal or Fahrenheit, with an age as a bare span beside a child word.
- Sepsis from Chinese vital readings (心率一百四, 血压只有七十多).
- 'What if someone swallowed 40 ...': a past act with an amount is a report, not a hypothetical.
"""

import pytest

from medqa.safety.facts import extract_facts
from medqa.safety.normalize import fold_clinical_shorthand, normalize_triage
from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage

TRIAGE = RedFlagTriage()

EMERGENCIES = {
    "shorthand_chest": [
        "pt is my uncle, 59, c/o crushing CP since 6am, diaphoretic and nauseous",
        "husband c/o CP 9/10 radiating into his back and left arm, looks grey",
    ],
    "shorthand_vitals": [
        "neighbour found on floor, GCS 6, resp rate 7, empty blister packs by the bed",
        "my mum OD'd on her sleeping tablets, pinpoint pupils and hard to rouse",
        "my brother has a massive haemorrhage from a cut forearm, HR 140, soaking through towels",
    ],
    "fetal_movement_plain": [
        "my wife is 35 weeks pregnant and the baby never kicked today at all",
        "33 weeks pregnant, not felt the baby move since last night",
    ],
    "child_limp": [
        "my baby sister, 2, is limp and barely responds to mum shouting her name",
        "toddler body gone all soft, eyes do not look at me, what do i do",
    ],
    "suicide_casual": [
        "honestly whatever, going to end it all tonight, already collected the tablets, just wanted someone to know",
        "安眠药都攒够了，以后不会再拖累你们了",
    ],
    "infant_fever_units": [
        "my daughter, 6 weeks, thermometer says 38,4 and she is so sleepy",
        "fever 101F in my baby, 5 week, crying nonstop",
    ],
    "sepsis_zh_vitals": [
        "我妈剖腹产后伤口化脓，发高烧，心率一百四，血压只有七十多",
    ],
    "electric_and_plain_chest": [
        "my uncle grabbed an exposed cable in the garage, burn on his palm and his foot, heart feels funny",
        "my mum have squeezing in her chest one hour, pain go to left arm, she is grey and wet",
    ],
    "second_language_signs": [
        "my uncle face looking crooked one side, his words make no sense, right arm dropping down",
        "after the injection her tongue getting very big and breath make noise",
        "papa whole body shake shake, not stopping, eyes went up",
        "son has fever, neck so stiff, rash dark red not go away when i press glass",
    ],
    "what_if_report": [
        "what if somebody has had crushing chest pain for 30 minutes and is grey and sweaty",
        "what if someone swallowed 40 ibuprofen an hour ago, they seem fine",
    ],
}

BENIGN = [
    # 'CP' without a clinical neighbour is cerebral palsy; 'sob' is crying
    "my son has CP and needs a new wheelchair assessment, who do I call",
    "she started to sob when the nurse left, is that normal after surgery",
    "my HR is 72 and BP 125/80 on my home monitor, is that ok",
    "心率七十多，血压一百二，体检报告都正常吗",
    "what if someone takes paracetamol with ibuprofen, is that allowed",
    "my little brother, 6, needs his booster jab, when is the clinic open",
    "high fever, 3 days, just want to know which pharmacy is open",
    "how do i stop my toddler touching the electric socket",
    "my neck pain goes to my left shoulder after gardening, can i book physio",
    "what if someone has a sore throat for 2 days, can they gargle salt water",
    "i can not stop worrying about my exams, any tips for sleep",
]


@pytest.mark.parametrize("text", [t for texts in EMERGENCIES.values() for t in texts])
def test_round9_emergency(text):
    result = TRIAGE.assess(text)
    assert result.level == EMERGENCY, (text, result)


@pytest.mark.parametrize("text", BENIGN)
def test_round9_benign_look_alikes_not_emergency(text):
    result = TRIAGE.assess(text)
    assert result.level != EMERGENCY, (text, result)


def test_shorthand_folds_into_lay_words():
    folded = fold_clinical_shorthand("c/o cp 8/10, diaphoretic, resp rate 6, hr 135, bp 82/50, sats 85%, bm 1.9")
    for lay in ("complains of chest pain", "sweating", "barely breathing", "heart racing", "blood pressure very low",
                "oxygen level very low", "blood sugar 1.9"):
        assert lay in folded, (lay, folded)


def test_vital_readings_below_threshold_stay_as_written():
    assert fold_clinical_shorthand("hr 88, rr 16, gcs 15, bp 120/80") == "hr 88, rr 16, gcs 15, bp 120/80"


def test_bare_age_span_needs_a_child_word():
    assert extract_facts("baby burning up, 7 weeks, not feeding").age_days == [49.0]
    assert extract_facts("high fever, 3 days, no appetite").age_days == []


def test_comma_decimal_only_after_a_reading_cue():
    assert "38.6" in normalize_triage("thermometer shows 38,6")
    assert "38,6" in normalize_triage("rooms 38,6 and 12 are free")
