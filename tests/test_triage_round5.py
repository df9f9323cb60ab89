"""Round 5 triage classes (after blind5's single run), pinned with wordings written here, not taken from blind5.

Each class is a general way people describe a red flag that the rules missed, or a benign message that
raised a false alarm; the examples below are new sentences in that class (EN, Simplified, Traditional/Cantonese).
"""

import pytest

from medqa.safety.normalize import normalize
from medqa.safety.triage import RedFlagTriage

TRIAGE = RedFlagTriage()


def _level(text: str) -> str | None:
    return TRIAGE.assess(text).level


# ---------------------------------------------------------------- swapped-letter typos
@pytest.mark.parametrize("typed, fixed", [
    ("he is unrepsonsive", "unresponsive"),
    ("she keeps shivernig", "shivering"),
    ("my partner is too breathelss", "breathless"),
    ("a whole botlte", "bottle"),
])
def test_swapped_letters_are_repaired_to_the_red_flag_word(typed, fixed):
    assert fixed in normalize(typed)


@pytest.mark.parametrize("word", ["tried", "quite", "diary", "signed", "arise"])
def test_real_words_one_swap_from_a_red_flag_word_are_kept(word):
    assert normalize(f"i {word} it") == f"i {word} it"


# ---------------------------------------------------------------- red flags the rules missed, by class
EMERGENCIES = {
    "typo_overdose": "my brother swalolwed a full packet of his sleeping tablets at tea time",
    "typo_breathing": "my partner is too breathelss to finish a sentence and her lips look dusky",
    "negation_stops_at_story_turn": "my uncle with diabetes did not have breakfast and then could not be roused this morning",
    "caustic_any_amount_en": "my husband took a swig of white spirit from a water bottle by mistake",
    "caustic_any_amount_hans": "我外婆误喝了一口洁厕灵，现在喉咙痛",
    "caustic_any_amount_hant": "阿爺頭先飲咗啖漂白水",
    "pod_bitten_adult": "grandad bit right into one of the dishwasher tabs thinking it was a sweet",
    "inhaler_useless": "her puffer is making no difference at all and she is wheezing badly",
    "speech_limited_breathing": "my son can only say two or three words before stopping for breath",
    "inhaler_useless_hans": "我爸哮喘发作，吸了四五次喷雾都没用",
    "breathing_speech_hant": "阿媽喘到講唔到一句完整嘅話",
    "infection_can_not_stand": "her leg ulcer is hot and angry and now she is throwing up and shivering",
    "infection_can_not_stand_hans": "他手术伤口化脓，现在又吐又发抖，站不起来",
    "chemo_hot_then_cold": "dad finished a round of chemo on monday and tonight he is boiling hot then freezing and confused",
    "after_fall_csf": "since the fall off the ladder watery fluid keeps dripping from his nose",
    "after_fall_pupil": "after the fall at the care home one pupil is much bigger than the other",
    "rash_like_bruises": "my niece is feverish with a rash like little bruises on her legs",
    "insulin_not_waking": "she injected her insulin then skipped dinner and now can not be woken",
    "chemical_splash_eye": "some oven cleaner sprayed into her eyes while cleaning",
    "hot_liquid_pan": "he knocked a saucepan of boiling soup over his legs and the skin is coming off",
    "hot_oil_hans": "我老公被滚油泼到手臂和胸口，皮一块一块掉",
    "electric_charred_hans": "我爸修电线被电到，手指都烧焦了",
    "infant_not_feeding_hant": "我個仔成日冇飲過奶，尿片一直都係乾",
    "seizure_froth_hant": "我阿爺突然倒地，口冒白泡，手腳不停咁震",
    "black_stool_faint": "my dad passed loads of black sticky stuff in the toilet and nearly fainted",
    "allergy_after_jab_hans": "我妈打完针全身起红疹，咽不下口水",
}


@pytest.mark.parametrize("name", sorted(EMERGENCIES))
def test_round5_red_flag_classes_are_emergencies(name):
    assert _level(EMERGENCIES[name]) == "emergency", EMERGENCIES[name]


# ---------------------------------------------------------------- benign look-alikes that raised alarms
BENIGN = {
    "one_extra_vitamin_en": "I accidentally took two fish oil capsules instead of one this morning",
    "one_extra_vitamin_hans": "我爸今天钙片多吃了一片，要不要紧",
    "chest_wall_soreness_en": "no chest pain really, just a sore muscle between my ribs from coughing",
    "chest_wall_soreness_hans": "我没有胸痛，只是搬箱子后胸口肌肉有点酸",
    "negated_self_harm_thoughts": "no plans to hurt myself, I just can not switch off at night",
    "joking_hyperbole_hans": "这个考试难到想死哈哈，想问图书馆几点关门",
    "recovered_self_harm_hant": "我以前有自殘，而家好返好多，想搵返個輔導員",
    "reaction_over_next_day": "my son felt hot and shivery after his vaccine but was fine the next day",
    "first_aid_class_hans": "有人癫痫抽搐的时候该怎么做？我在上急救班",
    "renew_epipen_hant": "我個女對花生敏感，想問點樣續攞腎上腺素筆",
    "small_burn_area_hans": "烫伤面积很小，应该擦什么药膏",
    "thinner_blood_test_hant": "食緊薄血丸，想問幾時要抽血",
    "cleaning_question": "can I use bleach to clean the baby bottles before she drinks from them?",
}


@pytest.mark.parametrize("name", sorted(BENIGN))
def test_round5_benign_look_alikes_are_not_emergencies(name):
    assert _level(BENIGN[name]) != "emergency", BENIGN[name]


# ---------------------------------------------------------------- the vetoes stay narrow
@pytest.mark.parametrize("text", [
    "my toddler ate a whole bottle of vitamin gummies",            # a large amount of a supplement, in a child
    "累到想死，真的不想再撑下去了",                                    # the intensifier without any joke is kept
    "no thoughts of hurting myself before, but tonight I want to end it",
    "he felt shivery after the op, was fine the next day, but now he is confused and breathing fast",
    "I had a sore chest muscle from the gym, now crushing chest pain down my left arm and sweating",
])
def test_round5_vetoes_leave_real_emergencies(text):
    assert _level(text) == "emergency", text


# ---------------------------------------------------------------- second pass: classes found by probing new voices
@pytest.mark.parametrize("text", [
    "my cousin knocked back most of a box of her sleeping tablets with wine an hour ago",  # slang for swallowing
    "grandpa has a chest infection and now he does not recognise me and is ice cold to the touch",
    "my toddler tipped a cup of coffee down himself, his neck and chest are blistering",
    "my nephew pushed a hairpin into the plug socket and his fingers are charred",
])
def test_round5_second_pass_red_flags(text):
    assert _level(text) == "emergency", text


def test_one_extra_dose_of_an_ordinary_medicine_asked_calmly_is_a_same_day_question():
    result = TRIAGE.assess("I swallowed my cholesterol tablet twice this evening by mistake, is it ok?")
    assert result.level == "urgent" and result.rules == ["overdose.one_extra_dose"]


@pytest.mark.parametrize("text", [
    "my husband injected his insulin twice by mistake, what should I do",       # high-risk medicine
    "took my heart tablet twice and now I feel faint and confused, should I worry",  # a sign of harm
])
def test_one_extra_dose_stays_an_emergency_for_high_risk_medicine_or_harm(text):
    assert _level(text) == "emergency", text


def test_self_harm_long_past_and_now_well_is_not_an_emergency():
    assert _level("I hurt myself a lot at university, now I am well and would like my old notes") != "emergency"


# ---------------------------------------------------------------- third pass: long-past episodes, topics, possibility questions
@pytest.mark.parametrize("text", [
    "I had a tight chest three weeks ago and the tests were clear, how do I get the letter",  # weeks ago, over
    "我外婆前年胸口痛住过院，现在挺好，想问体检怎么预约",
    "my flatmate's sister attempted suicide years ago, how should I talk to her about it",
    "our class read a novel about suicide and my daughter wants to discuss it",
    "is it possible to overdose on fish oil?",
    "布洛芬吃多少片会过量",
])
def test_round5_third_pass_benign(text):
    assert _level(text) != "emergency", text


@pytest.mark.parametrize("text", [
    "my colleague who cut herself years ago now says she plans to end it this weekend, how do I help her",
    "severe crushing chest pain for forty minutes now, I had a heart attack two years ago",
    "my dad swallowed thirty of his pills an hour ago, what happens if you take that many",
])
def test_round5_third_pass_stays_emergency(text):
    assert _level(text) == "emergency", text
