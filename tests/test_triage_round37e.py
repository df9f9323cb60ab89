"""Triage round 37e (blind57, spent): English rows. Pinned with this round's own wordings (one blind57 row per fix).

Emergencies, by the sign (triage_lay_signs, block 'round 37e'):
- a person's known attacks named without the word fit ('spells', 'funny turns') with no waking between or several in
  the hour (R37E_EPISODE);
- tightenings or contractions every few minutes before term (R37E_REGULAR_TIGHTENING, lay.pregnancy.preterm_contractions);
- an infection with new confusion and shaking chills or no urine (R37E_RIGORS, R37E_NO_URINE: sepsis);
- a sting, food or medicine with a rash over the whole body and a dizzy or sit-down turn (R37E_BODY_RASH, R37E_GOING_DOWN);
- breath taken every few words or no full sentence beside a breath word (R37E_WORDS_FOR_BREATH, R37E_NO_FULL_SENTENCE);
  'every two words for breath' is no longer read as a word asked about (_MENTION_WORD);
- a plan with the day chosen and letters left (R37E_THE_DAY, R37E_LETTERS_LEFT);
- a child not knowing her parent and not answering to her name or staring through her (R37E_NOT_RESPONDING);
- a burn with skin off in sheets or raw from one joint to the next, read over the whole message (R37E_SKIN_SHEETS);
- a baby 'born in your maternity 5 weeks ago' is 5 weeks old (normalize._BORN_AGO).
Look-alikes, by their reason (triage._r37e_dropped): an event dated and well now or sorted; past harm or an overdose,
dated, stable now, with a service question; a teenager 'floppy'; a death wish with a laugh taken back ('serious
question'); an information question for a stated purpose; an older child's fever beside the young-infant advice; a
faint at a needle, recovered; a twinge 'wen' sneezing; a treated hypo 'now all good'.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage
from tests.blind_support import triage_level


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = {
    "episodes_without_waking": [
        "my dad has had one of his funny turns and then another, he has not come round in between",
        "she had three of her absences in the last hour and she is still not right",
        "my brother keeps having his spells, four in half an hour, he never woke up between",
        "My husband had one of his spells, but he come out of it and then had another one right after and another, he aint woke up in between, that's three now in half an hour.",
    ],
    "preterm_contractions": [
        "I'm 31 weeks and getting tightenings every 4 minutes, they really hurt",
        "my wife is 33 weeks pregnant and the contractions are 5 minutes apart",
        "she's 28 weeks and has had cramps every six minutes since tea time",
        "我怀孕32周，肚子每五分钟紧一次，很痛",
        ["is there parking at the maternity unit", "she's 30 weeks and the pains are coming every three minutes now"],
    ],
    "infection_confusion_rigors": [
        "my nan has a chest infection and today she doesn't know where she is and she's shaking uncontrollably",
        "dad's had a urine infection since monday, now he is confused and his teeth are chattering",
        "my mum has a water infection, she's confused and has not passed water since this morning",
        "我妈尿路感染，现在糊涂了，一直发冷发抖",
    ],
    "sting_rash_dizzy": [
        "my son got stung by a wasp, now he has red blotches over his whole body and he's dizzy",
        "I was stung by a bee 15 minutes ago, I'm itchy all over my body and I had to sit down",
        "she ate a cashew and now her whole body is covered in red spots and she feels faint",
        "我老公被蜜蜂蛰了，现在全身起红点，头晕",
    ],
    "asthma_broken_speech": [
        "my daughter has asthma and she can't finish a full sentence, she's used her inhaler loads",
        "he is wheezing and stopping every two words to breathe",
        "my son's inhaler isn't working, he can only talk by stopping every few words for breath. is this normal?",
        "我儿子哮喘，说不出完整的一句话",
    ],
    "plan_day_letters": [
        "I've been planning it for months and tonight is the night, I have left notes for everyone",
        "today is the day. I wrote the letters and left them on my desk",
        "my brother said he has been planning it for weeks and he has written the letters",
        "我计划了好几个星期，就是今天了，信都写好了放在桌上",
        "佢話計劃咗幾個禮拜，就係今晚喇，信都寫好咗",
    ],
    "child_not_knowing_parent": [
        "my 4 year old has a temperature and she doesn't recognise me, she's just staring through me",
        "my son is 2, he doesn't seem to know me and won't respond to his name",
        "our daughter has been poorly and now she does not know who we are, she won't answer to her name",
        "我女儿三岁，发烧，不认得我了，叫她名字都没反应",
    ],
    "skin_off_in_sheets": [
        "I spilt boiling water on my leg and the skin came off in sheets",
        "MY KETTLE TIPPED ... ON MY ARM ... SKIN HAS COME OFF IN STRIPS ... IT HURTS",
        "the hot water bottle leaked, it's raw from his knee up to his hip",
        "热水袋爆了，烫到大腿，皮一大片一大片地掉",
    ],
    "infant_fever_born_ago": [
        ["how do I register my baby, she was born at your hospital 6 weeks ago", "she feels hot, it's 38.2"],
        "my son was born here three weeks ago and his temperature is 38.4",
    ],
    # a look-alike's reason never silences a sign happening now
    "kept": [
        "my 14 year old is floppy and we can't wake him",
        "she had a panic attack last week and was fine, but right now she is blue and can't breathe",
        "my sister tried to hurt herself last year and was doing well, but she has just texted me goodbye and says she is going to kill herself tonight",
        "this is killing me haha. serious question: i've been thinking about ending my life, who do I talk to",
        "my son is doing a project for school on burns but actually my brother just spilt boiling water on his chest and the skin is coming off",
        "he's 2 but he has a temperature of 39 and is floppy and won't wake",
        "she fainted at her blood test and she still has not come round and is not breathing properly",
    ],
}

LOOKALIKES = [
    "my 16 year old has been floppy on the couch all weekend lol, can he order his own repeat prescription",
    "my daughter had an asthma attack last week, all settled after her inhaler, she's well now. can we get a review?",
    "he was really poorly on monday ... floppy ... but the nurses sorted him out ... sitting up eating toast now ... what are visiting times",
    ["what time does the pharmacy open", "my son took an overdose last year, he's doing really well with his counsellor now. do i need to tell the pharmacist?"],
    "my brother tried to hurt himself two years ago, he's in therapy and working again. is there a support group for families?",
    "this essay is killing me, i could die lol. serious question: when is the library open",
    "I'm a student nurse, what does the A in the stroke FAST test stand for? which one do you use for teaching?",
    "my daughter is doing a project for school on scalds, what should you do if someone gets burnt? she is not hurt, it's just for school",
    "I watched a hospital drama last night, a woman had a seizure in a shop and they put her on her side, is that right? nobody here is ill",
    "my daughter is 3 and has a temperature of 38.4 but is playing, i know it's different for babies under 3 months, can i give calpol?",
    "my son is 8, he went pale and floppy at his blood test and fainted, he was fine after a few minutes",
    "i had a sharp pain in my chest wen i sneezed, it went straight away and i feel fine",
    "had a hypo last night, 3.4, had juice and now all good, should i tell my nurse?",
]


@pytest.mark.parametrize("family,item", [(f, i) for f, items in EMERGENCIES.items() for i in items])
def test_emergencies(triage, family, item):
    assert triage_level(triage, item) == EMERGENCY, (family, item)


@pytest.mark.parametrize("item", LOOKALIKES)
def test_lookalikes_calm(triage, item):
    assert triage_level(triage, item) != EMERGENCY, item
