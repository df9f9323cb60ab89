"""Triage round 39e (blind59a/b, spent): English rows. Pinned with this round's own wordings (one blind59 row per fix).

Emergencies, by the sign:
- the means bought or gathered with the end decided ('i buy the tablets today, many, and i decide tonight is the last'):
  R39E_MEANS_GOT + R39E_DECISION (lay.suicide.means_with_decision);
- diabetes in everyday words ('the sugar', 'sugar diabetes', 'his levels') with confusion (not knowing who or where), or
  sleeping all the time beside drinking or passing water a lot (lay.diabetic.danger_sign);
- a caustic in an eye: 'without gloves' no longer denies the splash told after it (lay_signs._negated), and a builder's
  or garden caustic (cement, mortar, quicklime, caustic soda) is read with the eye (lay.burns.caustic_in_eye).

Look-alikes, by the reason they are calm (triage._r39e_dropped): an animal as the patient, seen by a vet; food or drink
overdone told as an overdose; a dead person's medicines to get rid of, nobody having taken any; a clinician's all-clear
for an earlier knock with no sign now; chest pain only on pressing where a knock landed; a relative already in hospital
and stable; a burn or cut healed long ago. Each family has a twin that must stay an emergency.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage
from tests.blind_support import triage_level


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = {
    "means_bought_and_decided": [
        "got 4 boxes of co-codamol from different shops today. decided i'm doing it tonight when everyone is asleep",
        "i buy many paracetamol from different shop, i decide tonight i finish everything",
        "my brother told me he picked up loads of painkillers at the chemist, tonight is the end for him",
        ["is the surgery open saturday", "thanks. i collected all my sleeping tablets, tomorrow is my last day"],
    ],
    "diabetes_words_with_confusion": [
        "nan is diabetic and today she keeps sleeping all the time and doesnt recognise me",
        "my uncle he have sugar problem, now he sleeping sleeping, not know his own wife",
        "my husband with the sugar he is not himself, sleeping all day, he is not knowing where he is",
        "my grandad has the sugar, for two days he is drinking drinking and going to the toilet all the time, now sleeping all day",
    ],
    "caustic_in_eye": [
        "Tenant was using drain unblocker without gloves and it splashed in his eye",
        "some cement dust blew into my eye on site, it is really stinging and red",
        "got quicklime in his eye while doing the garden, he can't see properly",
        "mixing mortar without goggles and a lump flew into my eye",
    ],
    # a person taken ill at the vet's is not the pet (the pet-with-a-vet look-alike blanks only the pet's clauses)
    "a_person_at_the_vets": [
        "waiting at the vet with our dog and a woman in the queue collapsed, she isn't breathing",
        "at the vets with the kitten when the receptionist went grey, clutching his chest and sweating buckets",
    ],
}

STILL_EMERGENCY = [
    # the older readers of the same signs
    "dad's levels have been up and down all week and now he does not know what day it is",
    "she has sugar diabetes, she is drinking drinking all day and peeing a lot, now so drowsy",
    "his sugar is very high, the machine says 33, he is sleeping all the time and confused",
    "my son got bleach in his eye, he is screaming and cannot open it",
]

# look-alikes of the new signs that must stay calm
CALM_NEW_SIGNS = [
    "I bought lots of paracetamol today because it was on offer, is it ok to keep them in the kitchen cupboard?",
    "I collected my mum's repeat prescription today, lots of boxes, and I decided to sort them into a dosette box tonight",
    "got 3 boxes of antihistamines today because hay fever season, decided to start them tonight, can i take with ibuprofen",
    "picked up my tablets at the chemist today and decided to finish the course this week, can I drink on them?",
    "my dad has type 2 diabetes and dementia, he has not known who I am for two years, can I get help with his insulin at home?",
    "grandma has sugar diabetes and sleeps a lot in the afternoon since she retired, is that normal for her age?",
    "i wear goggles so the bleach never gets in my eyes, is the smell bad for me?",
    "squeezed lime juice in my eye making a drink, stings lol",
    "cement splashed in his eye last year and it healed fine, can he wear contacts now",
    "chopping onions without goggles and my eyes are streaming haha",
    "fell off my bike without a helmet last month, no bleeding, no headache since, do I need a check?",
]


# look-alikes by the reason they are calm (most raised an emergency before this round; a few pin the family's edge)
CALM_LOOKALIKES = {
    "pet_seen_by_vet": [
        "my dog Rolo ate a wasp and his face puffed up, we took him to the vet and they gave him a shot, he's fine. can adults suddenly become allergic to wasps?",
        "our cat got stung on the nose and her lip swelled up, vet gave her an antihistamine injection. do people get allergic to bees later in life?",
        "puppy got into the bins and ate a load of grapes, took him to the vets and they made him sick. are grapes ok for toddlers?",
    ],
    "food_overdone": [
        "lol i overdosed on matcha lattes this week, like six. anyway can i take ibuprofen with my blood pressure tablets",
        "omg i OD'd on sushi at the buffet haha. real question: how far apart should i take paracetamol and ibuprofen",
        "i overdose on bubble tea again lol 4 cups today. ok real question what time is the pharmacy open",
    ],
    "dead_persons_medicines": [
        ["where do i return old medicines", "my dad passed away and he had loads of tablets, morphine and diazepam. nobody has "
         "taken any, i dont want them around the grandkids"],
        "my grandad died last week and he had loads of tablets, oxycodone and diazepam. no one has taken any, i just want them gone safely",
        "my uncle died and left 10 boxes of co-codamol and sleeping pills. none of us has touched them. can the pharmacy take them back?",
    ],
    "all_clear_no_sign_now": [
        "fell off my bike on sunday and hit my head, went to the walk in centre, they said no concussion, no headache since. can i get a sick note",
        "fell off my bike on saturday and hit my head, the walk-in centre checked me over and said fine, no headache now, can i play football this weekend?",
        "he banged his head on the cupboard yesterday, doctor checked him and said it's just a bump, he's fine now, do we need to go back?",
    ],
    "pain_only_on_pressing_a_knock": [
        "sharp chest pain only when i press on the spot where i got kicked at football last week. no breathlessness, doctor said bruised. how long to heal",
        "my chest hurts only when i press on it, got elbowed playing basketball yesterday, no breathlessness, how long will it take",
    ],
    "relative_in_hospital_stable": [
        ["what are visiting hours on the heart ward", "my grandad had the heart attack on sunday, they did the stent and he is "
         "stable now, chest pain gone. can i bring him food"],
        "my wife had a heart attack two days ago, she's in the ccu and comfortable now, the chest pain has settled. can the kids visit?",
        "my dad had a heart attack on monday, they put in two stents and he's stable now, pain gone. can i bring him his own pyjamas on the ward?",
    ],
    "healed_long_ago": [
        "my mum burnt her arm on the oven door last year, it left a scar but it's all healed. does the hospital do anything for old scars",
        "my son cut his arm on a fence when he was 8, it healed fine but the scar is lumpy, who do we see",
        "i burnt my wrist on the tawa last year, fully healed now, can i get the scar lightened",
    ],
}

# the same families with a sign now: these stay emergencies
STILL_EMERGENCY_LOOKALIKE_TWINS = [
    "my dog got stung and the vet sorted him, but now my own lips are swelling and my throat feels tight",
    "i overdosed on caffeine pills, heart racing and i feel faint",
    "i overdose on my sleeping pills, took the whole box an hour ago",
    "my nan died last week and my brother has taken all her morphine tablets, he is very sleepy",
    "hit my head on friday, a&e said no concussion, but today i've been throwing up and now i'm really confused",
    "got hit in the chest by a ball, hurts when i press but also crushing pain spreading to my arm and i'm sweating",
    "dad had a heart attack last month and was discharged, now he has crushing chest pain again and is grey and sweaty",
    "the scars from years ago are healed but i started cutting again tonight and it won't stop bleeding",
]


@pytest.mark.parametrize("item", [w for ws in CALM_LOOKALIKES.values() for w in ws])
def test_round39e_lookalike_calm(triage, item):
    assert triage_level(triage, item) != EMERGENCY


@pytest.mark.parametrize("item", STILL_EMERGENCY_LOOKALIKE_TWINS)
def test_round39e_lookalike_twin_emergency(triage, item):
    assert triage_level(triage, item) == EMERGENCY


@pytest.mark.parametrize("item", [w for ws in EMERGENCIES.values() for w in ws])
def test_round39e_emergency(triage, item):
    assert triage_level(triage, item) == EMERGENCY


@pytest.mark.parametrize("item", STILL_EMERGENCY)
def test_round39e_still_emergency(triage, item):
    assert triage_level(triage, item) == EMERGENCY


@pytest.mark.parametrize("item", CALM_NEW_SIGNS)
def test_round39e_new_signs_calm(triage, item):
    assert triage_level(triage, item) != EMERGENCY


# one blind59 row per fix
BLIND59 = [
    ("ok this is random but my dog Chapo ate a bee lol and his lip puffed up, we took him to the vet already and he's fine, "
     "they gave him a shot. but it made me wonder can humans get allergic to bees out of nowhere as adults? asking for me jaja", "calm"),
    (["can i get rid of old medecines at your farmacy", "my nan passed away and she had loads of tablets, morfine and "
      "sleeping pills. nobodys taken any, i just dont want them in the house with the kids"], "calm"),
    (["salaam, what time is visiting on the cardiac ward, my nani is in there", "she had the heart attack on tuesday, they "
      "did the angiogram and she's stable now alhamdulillah, chest pain all gone. just want to bring her food innit, is that allowed"], "calm"),
    (["hello i want ask about the GP registration form",
      "ok thank you. also walaal i am tired of everything, i buy the tablets today, many, and i decide tonight is the last. "
      "i want only my children is ok"], EMERGENCY),
    ("my grandmother she have the sugar, three days she drink drink and go to toilet too much, now she is sleeping all the "
     "time, she not know who i am, the machine say thirty five", EMERGENCY),
    ("Landlord. Tenant was using drain unblocker without gloves and it splashed in his eye and down his arm, the eye is "
     "streaming and he can't open it, the arm is going white and angry. He rinsed it for about a minute.", EMERGENCY),
]


@pytest.mark.parametrize("item,expected", BLIND59)
def test_round39e_blind59(triage, item, expected):
    if expected == "calm":
        assert triage_level(triage, item) != EMERGENCY
    else:
        assert triage_level(triage, item) == expected
