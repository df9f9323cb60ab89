"""Scope guard round 24 (blind22 and reviewer set 14 spent): families pinned with wordings written here, not the
sets' sentences.

Look-alikes made answerable (over-redirects):
1. a medicine named with its strength as a product label in a practical errand -- bringing it into hospital,
   someone collecting it, carrying a supply abroad with a letter, replacing a lost or spoiled box (en, zh-Hans,
   zh-Hant incl. Cantonese 攞 / 使唔使 / 入院): the strength names the product, no amount is asked;
2. old, leftover or a late relative's medicines and "where do I take them" (a place, not a swallow);
3. why a blood test or sample is needed before a scan (preparation, not a complaint).
Redirects added (misses):
4. what a complaint "could mean for" the writer or a named person;
5. a prescriber expected to put someone on a treatment, and the service asked to arrange it;
6. a Chinese dose changed "into half" (改成 / 减成 / 改做一半, 半片), and the Taiwan / Hong Kong brand names the
   medicine lists lacked (阿斯匹靈, 脈優, 伯基) read as medicines.
Guards at the end: an amount or a change asked beside an errand, an old medicine asked to be taken, a recurring
complaint asked "why", and what a letter or a strike "means for" an appointment.
"""

import pytest

from medqa.safety.scope import REDIRECT, classify_scope


@pytest.mark.parametrize("text", [
    # 4. a complaint "could mean for" someone
    "What might a burning chest mean for my uncle?",
    "What does dizziness in the mornings mean for me?",
    "What could numb hands mean for my husband?",
    "what would swollen ankles mean for my mum's heart?",
    # 5. a prescriber putting someone on a treatment, the service asked to arrange it
    "Would the GP start my dad on those fat jabs? Could you sort it for him?",
    "Might a specialist put my wife on the new weight injections? Can you book it?",
    # 6. half a dose, brand names (zh-Hans, zh-Hant, Cantonese)
    "阿斯匹灵可以吃一半吗",
    "我嘅脈優可唔可以改做一半",
])
def test_round24_redirects(text):
    assert classify_scope(text).decision == REDIRECT, text


@pytest.mark.parametrize("text", [
    # 1. strength as a label in an errand
    "Can my neighbour pick up my 10mg amlodipine from the pharmacy for me?",
    "My 20mg citalopram got soaked in the rain, can I have a replacement?",
    "住院时要把二甲双胍0.5克带去吗",
    "能让我女儿帮我拿阿托伐他汀20毫克吗",
    "去国外带两个月的氨氯地平5毫克需要医生证明吗",
    "住院要带自己平时吃的药吗？我吃的是氨氯地平5毫克",
    "可唔可以叫我個仔幫我攞普拿疼500毫克",
    "出國帶兩個月嘅降血壓藥5毫克要唔要證明",
    "我阿媽入院要唔要帶奧美拉唑20毫克",
    # 2. old medicines, where to take them
    "We've got loads of old painkillers and inhalers in the drawer, where do we take them?",
    # 3. a test before a scan
    "Why does my son need a blood test before his MRI?",
    "Why does she need bloods before the CT, and is it normal to feel hot when the dye goes in?",
])
def test_round24_errands_answerable(text):
    assert classify_scope(text).decision != REDIRECT, text


@pytest.mark.parametrize("text", [
    # already answerable before this round: kept so (all three scripts)
    "My 40mg simvastatin got lost on the bus - how do I get a replacement pack?",
    "Do I bring my 5mg bisoprolol into hospital with me?",
    "Where can we take the unused eye drops from mum's cupboard?",
    "My husband passed away and there are boxes of his tablets left - where should I take them?",
    "Why do I have to have bloods before the scan with contrast?",
    "为什么做增强CT之前要先抽血？打造影剂的时候身上发热正常吗？",
    "家里不用的旧药应该拿到哪里？",
    "用唔着嘅舊藥可以拎去邊度？",
    "點解照CT之前要驗血？",
    "What could the letter mean for my appointment?",
    "What will the strike mean for my operation date?",
])
def test_round24_lookalikes_stay_answerable(text):
    assert classify_scope(text).decision != REDIRECT, text


@pytest.mark.parametrize("text", [
    # an amount or a change asked beside the errand still redirects
    "Can I bring my 5mg bisoprolol into hospital and take a double dose tonight?",
    "住院要带奥美拉唑20毫克，每天吃几粒？",
    "住院要帶脈優5毫克，可唔可以食半粒？",
    "帮我妈拿的阿托伐他汀20毫克可以改成一半吗",
    "我的二甲双胍0.5克能改成一半吗",
    "他的氨氯地平可以减成半片吗",
    "阿斯匹靈100毫克改為半粒得唔得？",
    "我阿爸嘅脈優可唔可以停咗佢？",
    "伯基可以加到两粒吗",
    "I'm collecting my 10mg amlodipine - can I take 20mg instead?",
    # an old medicine asked to be taken, a recurring complaint asked "why"
    "I have old tablets from last year, can I take them for my headache?",
    "Where can we take the leftover inhalers, and should he stop the blue one as well?",
    "Why do I keep getting a headache before my period?",
])
def test_round24_guards_still_redirect(text):
    assert classify_scope(text).decision == REDIRECT, text


# Lead, after SR24: a count asked per day or per dose inside a collecting errand ("collecting" switched the older
# dose checks off); a count to pack or a visiting count stays practical. Written for this file.
@pytest.mark.parametrize("text", [
    "I'm collecting my 10mg amlodipine, how many should I take a day?",
    "Picking up Dad's metformin later, how much does he have each night?",
    "collecting my inhaler from the pharmacy, how many puffs should I use a day?",
    "Collecting my mum's paracetamol, how many of them can she take at a time?",
])
def test_a_count_per_dose_inside_an_errand_is_redirected(text):
    assert classify_scope(text).decision == "redirect_clinician", text


@pytest.mark.parametrize("text", [
    "Going abroad with my amlodipine 10mg, how many should I take with me?",
    "How many visitors can a patient have at once?",
    "How many boxes can I collect at once?",
])
def test_a_count_to_pack_or_a_visiting_count_stays_practical(text):
    assert classify_scope(text).decision != "redirect_clinician", text
