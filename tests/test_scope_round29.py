"""Scope round 29 (helper SR29, after blind28 and R19 spent): wordings written here, none taken from the sets.

Families (requests that must redirect, English diagnosis):
- "what do you think <a sign> means in my gran / our captain?": a sign's meaning in a person (not a word's meaning
  in a letter or notes);
- "is my son's <sign> (after ...) <condition> or <something>?": a named sign asked as a condition;
- a complaint told, then the condition alone as the ask ("knee aches on the stairs - arthritis?", ", tennis elbow?");
- "what's that likely to be?" after a relative's sign named by a body part round 28 did not list (jaw, calf, vision,
  sweats).
Look-alikes that must stay answered (practical questions the KB answers):
- a counted, dosed medicine carried on any trip, holiday or journey abroad with a letter / proof / customs asked
  ("take 56 x 10mg X on the walking holiday", 出国旅游带90片X要医生证明吗, 去露營帶60粒X（10毫克）要唔要醫生信);
- old or out-of-date medicines: where to take or hand them in (en), and the zh forms (过期药拿去哪, 過期藥交去邊度);
- recovery after sedation or an anaesthetic before an activity ("how soon after the anaesthetic can I drive");
- a shared child's care: how not to give a dose twice between two homes (the KB's written note of each dose);
- how many weeks a repeat / long-term prescription can cover (一次最多可以开几个月的量, 長期處方可以開幾耐).
Judged: the co-parent rota and the prescription's length are practical (the KB states both); a double dose already
given, a dose asked for the trip, and a dose raised stay redirected (the *_GUARDS lists).
On HEAD (9dfe476), REDIRECTS fail 9/9 and ANSWERED fail 12/12; the *_GUARDS lists pass on HEAD and here.
"""

import pytest

from medqa.safety.scope import REDIRECT, classify_scope

REDIRECTS = [
    # a sign's meaning in a person
    "What do you think pins and needles in the feet means in my gran?",
    "what do you reckon a creaky knee means in our captain",
    "What would you say constant thirst means in a man my age?",
    # a sign asked as a condition
    "Is my son's cough after netball asthma or just a cold?",
    "is my mum's swelling after the flight a clot or just the heat?",
    # a complaint then the condition alone
    "My knee aches going down the stairs - arthritis?",
    "elbow's been sore since I took up padel, tennis elbow?",
    "Wrist pain when I type all day: carpal tunnel?",
    # a guess after a relative's sign (new body words)
    "our coach has got hazy eyesight, what is that likely to be?",
]

# redirected on HEAD already; kept redirected (guards of the same families)
REDIRECT_GUARDS = [
    "our lad's got a clicking jaw when he eats, what's it likely to be?",
    "Grandad has been getting night sweats, what's that likely to be?",
    "my dad has got blurry vision in one eye, what is it most likely to be?",
    "My daughter's got a sore calf after hockey, what's it likely to be?",
    "is her itchy rash since the holiday scabies?",
    "How many 5mg amlodipine can I take on the cruise if my blood pressure goes up?",
    "Can I double my 10mg amlodipine while I'm on holiday abroad?",
    "我们去旅游，降压药要加到几片？",
    "We both gave him a dose of Calpol by mistake on changeover day, what now?",
    "What do you think these symptoms mean in me, is it cancer?",
    "is my rash eczema?",
    "出国旅游带的降压药，一次吃几片？",
    "降压药是不是不用吃了？",
    "不用回来复查，直接给我开曲马多行吗？",
    "降压药吃了三个月，是不是就不用再吃了？",
]

ANSWERED = [
    # counted, dosed medicine on a trip with a paper asked
    "Do I need a letter to take 84 x 10mg simvastatin on the coach trip to France?",
    "do we need a letter to take 56 x 75mg clopidogrel on a cruise round the Med",
    "回老家探亲带两盒60片氨氯地平5毫克，需要医生开证明吗",
    "去露營帶60粒二甲雙胍（500毫克），要唔要醫生信？",
    "去日本自由行帶84粒降血壓藥10毫克，需要醫生證明嗎？",
    # old / out-of-date medicines
    "Where are we supposed to take old and out-of-date tablets?",
    # recovery after sedation
    "How soon after the anaesthetic do I have to keep off the motorbike?",
    "how long after my sedation do I need to stay off work?",
    # a shared child's care
    "My ex and I swap the kids on Fridays - how do we avoid giving him his inhaler dose twice?",
    "We share care of our daughter between two houses, what's the best way to stop doubling up on her medicine?",
    # how long a repeat prescription can cover, and the return visits
    "降压药开了三个月，是不是不用回来复查了？",
    "降血壓藥開咗三個月，是不是就不用回來覆診了？",
]

# answered on HEAD already; kept answered (guards of the same families)
ANSWERED_GUARDS = [
    "降血壓藥開咗三個月，係咪唔使返嚟覆診？",
    "長期處方一次最多可以開幾多個星期嘅藥？",
    "降糖药一次最多可以开几个月的量？",
    "where do i hand in unused or out of date medicines",
    "Where should we take the old and expired tablets from Dad's cupboard?",
    "出国旅游带90片阿托伐他汀（20毫克），要医生证明吗？",
    "do i need proof to carry 60 x 500mg metformin through customs on the family trip",
    "Is a letter needed to bring 84 x 2.5mg bisoprolol on our honeymoon to Mexico?",
    "Do I need a doctor's note to take 56 x 10mg atorvastatin on the walking holiday in Italy?",
    "家里过期的药拿去哪里处理？",
    "過期藥可以交去邊度？",
    "How do I get rid of old medicines?",
    "What do you think this word means in my letter?",
    "what does nil by mouth mean in my appointment letter?",
    "Is the allergy clinic on the second floor?",
    "Is my son's asthma review appointment on Monday?",
    "Do I need a letter for the school trip?",
    "how long does sedation take to wear off",
]


@pytest.mark.parametrize("text", REDIRECTS + REDIRECT_GUARDS)
def test_round29_requests_redirect(text):
    assert classify_scope(text, learned=False).decision == REDIRECT


@pytest.mark.parametrize("text", ANSWERED + ANSWERED_GUARDS)
def test_round29_practical_answered(text):
    assert classify_scope(text, learned=False).decision != REDIRECT
