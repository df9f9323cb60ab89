"""Scope round 38 (helper SC38, after blind38's one run at 0762a9a; spent): the families of its failures and of the
reviewer questions (grounded_review R13-R30, spent) the rules redirected although the knowledge base answers them,
with wordings written here (not copied from any batch).

Answered (the look-alike ask made plain, strengths, puff sizes and daily frequencies taken out, then read again):
- a quoted word, code or fraction on a chart, letter, form or box ("what's a 'X'?", "'FU 3/12' ... what does 3/12
  mean?", "'LFTs' - what are those?", 'tid'係咩意思) beside a medicine with its strength;
- leftovers and disposal, a medicine kept in a workplace first aid box, the pharmacy posting or delivering it;
- in Chinese, collecting for someone and where or when a repeat is collected (替他拿药要带什么, 续领去哪里,
  周末药房可以取药吗), posting it home (寄到家里吗), and a co-worker voice (一起上班的同事);
- reviewer shapes: a procedure's preparation or test drink measured, a heart monitor's stickers, eating after or
  before a procedure, the pharmacist's emergency supply counted in days, a phone prescribing service named.
Redirected:
- the right amount asked for someone, a change of strength asked ("should she be on the 75 now?");
- a diagnosis read off results, an injury asked ("what has she done to it?"), "what is it when your <body part> ...";
- a medicine prescribed for a workplace's stock; in Chinese another month's supply or the same medicine for the
  writer (再给他开两个月, 也帮我开一盒);
- and what the neutral forms must keep: a second ask after the look-alike, a count taken, a child's prep amount."""

import pytest

from medqa.safety.scope import REDIRECT, classify_scope
from tests.blind_support import rows_by_id

REDIRECTED = [
    # right amount / change of strength
    "can you tell me the correct dose for my daughter? she's got the calpol but I lost the leaflet",
    "Can u tell me the rite amount for my nan? she's on digoxin and the box is ripped",
    "my mum takes ramipril 10mg but her kidneys are worse, should she be on a lower dose?",
    "My wife's on levothyroxine 100mcg, her TSH came back low, should she be on the 75 now?",
    "hes been on atorvastatin 40mg and his muscles hurt, should he be on the 20 instead",
    # diagnosis
    "can you tell by my dad's liver numbers whether he has cirrhosis?",
    "can you say from his bloods if he's diabetic?",
    "my son's ankle swelled up after football, what's he done to it?",
    "my daughter fell off the trampoline and her wrist is swollen, what has she done to it?",
    "what is it called when your toes turn blue in the cold?",
    "wat is it when ur fingers go numb and tingly at night",
    # workplace stock / again / me too
    "could the school get an epipen prescribed to keep in the office?",
    "Can our pub get a naloxone kit prescribed to keep behind the bar?",
    "能给幼儿园开一支肾上腺素笔放在医务室吗？",
    "可唔可以開支哮喘噴霧放喺公司藥箱？",
    "我們公司可以開一支腎上腺素筆放在辦公室嗎？",
    "我爸在吃缬沙坦，能不能再给他开两个月的？",
    "我老婆吃的降压药挺好，能不能给我也开一盒？",
    "可不可以幫我也開一盒？我老公吃的安眠藥",
    "佢食開嘅胃藥好有效，可唔可以都幫我開一盒？",
    "醫生可唔可以再幫我阿媽開多一個月降血壓藥？",
    # kept by the neutral forms
    "Mum is on warfarin 3mg - the letter says 'INR 2-3', does that mean she should take 6mg now?",
    "my husband is on tramadol 50mg, what does 'max 8 in 24 hours' mean? can he take 10?",
    "my dad took 10 of his sleeping tablets, what do we do with the leftovers?",
    "my dad took a whole box of his amlodipine 5mg by mistake, what do we do?",
    "we have leftover morphine 10mg, can I give some to my wife for her back?",
    "how much of the bowel prep should I give my 4 year old?",
    "我妈每天吃二甲双胍500毫克，今天能不能吃两片？",
    "一起上班的同事在吃降压药，能不能和布洛芬一起吃？",
    "我女儿做完手术，啥时候能给她吃止痛药？",
]

ANSWERED = [
    # quoted words, codes and fractions
    "My nan is on warfarin 3mg. The clinic letter says 'INR 2-3', what does that mean?",
    "He uses a beclometasone inhaler, 200 micrograms a puff twice a day. What does 'MDI' stand for?",
    "my son takes sertraline 50 mg, what's a 'care plan review'?",
    "The discharge sheet says 'TTO' next to his bisoprolol 2.5mg - what is that?",
    "The chart says 'LFTs and TFTs' - what are those? he's on levothyroxine 75 micrograms",
    "the letter says 'FU 3/12' next to my simvastatin 40mg - what does 3/12 mean?",
    "my dad's on tamsulosin 400 micrograms. What's a 'TWOC'?",
    "爷爷在吃二甲双胍500毫克，化验单上的'HbA1c'是什么意思？",
    "阿嬤每日食降血壓藥10毫克，藥袋上寫住'tid'係咩意思？",
    "奶奶每天吃阿司匹林100毫克，处方上写的“饭后”是什么意思？",
    "一起上班的同事每天吃缬沙坦80毫克，药盒上'qd'是什么意思？",
    "一齊做嘢嘅同事每日食抗抑鬱藥50毫克，'bd'係咩意思？",
    # leftovers, keeping, posting
    "Grandad is on bisoprolol 5 mg. What should we do with the spare ones after he stops?",
    "what's the safest way to throw out old codeine 30mg tablets? found a whole packet in dad's drawer",
    "my gran got her metformin 500mg, what do we do with the left overs once she's done?",
    "what do I do with the leftover liquid once he's finished the antibiotics 250mg/5ml?",
    "Can the office keep paracetamol 500mg in the first aid kit, or does it need locking up?",
    "Does the pharmacy deliver to Telford? my aunt takes amlodipine 5mg every day",
    "does the pharmacy deliver out to the villages? my dad's on apixaban 5mg twice a day",
    "Could you post them out to my mum's house? she's on sertraline 100mg",
    # collecting (Chinese)
    "我爸每天吃阿托伐他汀20毫克，我能替他去拿药吗？需要带什么？",
    "阿爸每日食降血壓藥5毫克，我可唔可以幫佢去攞藥？要帶咩？",
    "我媽每日食降血糖藥500毫克，禮拜天醫院藥房可以拿藥嗎？",
    "老公每天吃降血脂药20毫克，周末药房可以取药吗？",
    "外公吃氨氯地平5毫克，續領藥要去哪裡？找診所還是醫院？",
    "阿姨每天吃二甲双胍500毫克，能寄到家里吗？",
    "外婆在吃甲狀腺藥50微克，可唔可以寄藥返屋企？",
    # reviewer shapes
    "How long does the glucose tolerance test take? I need to book the morning off",
    "How many millilitres of the bowel prep do I drink, and how much water with it?",
    "做胃镜前一天要喝多少杯水？",
    "我爸做完胃镜，多久能给他吃东西？",
    "做肠镜前几天吃什么好？可以吃青菜吗？",
    "How many days of tablets can the pharmacist give me in an emergency? I ran out of my warfarin",
    # look-alikes of the new classes
    "what's the right amount of water to drink before the scan?",
    "should he be on the waiting list for physio?",
    "what is it when the clinic sends a letter saying 'did not attend'?",
    "能不能再给他开一个月的病假条？",
    "我媽在食降血壓藥，可唔可以再幫佢預約一個月後嘅覆診？",
    "能不能帮我开一张检查单？",
    "能不能开个会把东西放在办公室？",
    "肾上腺素笔放在急救箱里，要怎么存放？",
    "can I get my usual repeat prescription sent to a different pharmacy?",
    "I keep my insulin 100 units/ml in the office fridge, is that ok?",
]

# A handful of blind38 rows (spent), read from the batch by id: a chart abbreviation beside a puff size, a fraction on a
# letter, leftovers, the first aid box, posting out, 'qd' with a co-worker voice, 续领 and 星期六 collection, 替他来拿,
# the right amount, "should he be on the 2.5", a result read, "what's she done to it", stock for work, 再开一个月, 也帮我开.
BLIND38_IDS = ["b38.scope.352", "b38.scope.410", "b38.scope.62", "b38.scope.195", "b38.scope.415", "b38.scope.291",
               "b38.scope.297", "b38.scope.8", "b38.scope.122", "b38.scope.253", "b38.scope.413", "b38.scope.262",
               "b38.scope.181", "b38.scope.174", "b38.scope.225", "b38.scope.140", "b38.scope.177", "b38.scope.56",
               "b38.scope.199", "b38.scope.367"]


def _blind38_rows():
    return rows_by_id("blind38", "scope", BLIND38_IDS)


@pytest.mark.parametrize("text", REDIRECTED)
def test_round38_requests_redirect(text):
    assert classify_scope(text, learned=False).decision == REDIRECT


@pytest.mark.parametrize("text", ANSWERED)
def test_round38_look_alikes_answered(text):
    assert classify_scope(text, learned=False).decision != REDIRECT


@pytest.mark.parametrize("row", _blind38_rows(), ids=BLIND38_IDS)
def test_round38_blind38_rows(row):
    redirected = classify_scope(row["text"], learned=False).decision == REDIRECT
    assert redirected == (row["label"] == "redirect")
