"""Round 31ana (signs31, anaphylaxis): signs fixed by the SIGN over two blind writers' wordings each, pinned with our
own wordings (English, Simplified, Traditional/Cantonese; first and third person), and look-alikes that must stay calm.

Signs: faint or legs about to give after a food with hives; sudden confusion after a trigger in a Chinese chat message
spaced instead of punctuated (a space between Chinese characters now ends a clause, so a past clause at the end no
longer drops the present signs); a racing heart with hives over the body after a painkiller or a food (hives told as
lumps, 疙瘩, 一大片一大片); symptoms after the adrenaline pen (told as 'his pen' into the thigh, or 扎了肾上腺素笔), and a
question 'is it fine now?' (是不是就没事了) no longer read as all being well. Look-alike: food poisoning (食物中毒) is no
poisoning emergency.
"""
import pytest

from medqa.safety.lay_signs import lay_red_flags
from medqa.safety.triage import RedFlagTriage

T = RedFlagTriage()

FIRES = [
    # S3 faint or dizzy after a trigger
    "just had a satay skewer and i feel super faint, itchy bumps all over my arms",
    "my husband ate crab an hour ago and says his legs are about to give way, red lumps everywhere",
    "she had a prawn cracker and now her legs are gonna go and she feels proper faint",
    # S5 sudden confusion after a trigger, spaced Chinese
    "我妈吃了虾 半小时后 突然说话答非所问 身上起了疙瘩 她以前对海鲜有点敏感",
    "阿爷食完蟹 而家迷迷糊糊 問佢啲嘢答非所問 佢以前食海鮮敏感過",
    # S6 racing heart with widespread hives
    "took two nurofen an hour ago and now I'm covered in hives all over and my heart is racing",
    "my son had ibuprofen for his fever and now has big itchy welts everywhere and his heart is pounding",
    "吃了布洛芬以后全身起了一大片一大片的风团，心跳得好快",
    "她吃完花生，手臂上起了一块一块的疙瘩，心跳特别快",
    "食完蝦之後背脊起晒一粒粒，心口卜卜跳",
    # S8 symptoms after the adrenaline pen
    "我刚给儿子扎了肾上腺素笔，他吃了腰果，现在喉咙还是紧，打完是不是就没事了",
    "頭先幫個女撳咗急救笔落大腿，佢食咗花生，而家仲喘緊，係咪冇事了？",
    "I pushed her pen into her outer thigh after she ate a peanut cookie and started wheezing, she seems better now",
    "gave him his pen in the leg after a bee sting, breathing easier now, do we still need to go in?",
]

CALM = [
    # food poisoning, no allergy signs, better now
    "昨晚食完海鮮肚痛，屙咗兩次，冇出疹，而家好返好多，係咪食物中毒",
    "think I got food poisoning from the takeaway, tummy ache and loose stools, no rash, feeling better",
    "我老公吃了隔夜饭，可能食物中毒，拉了两次肚子，现在好多了",
    # a pen that is not adrenaline, or adrenaline asked about ahead
    "how do I store my insulin pen, can I inject it into my thigh",
    "what should I do if my son ever needs his epipen in his thigh at school?",
    # hives or a painkiller without an alarming sign
    "took ibuprofen for my period pain, is it ok with paracetamol?",
    "我以前吃布洛芬起过疹子 现在想问可以吃扑热息痛吗",
    # spaced Chinese, a past reaction told as past, well now
    "我小时候吃虾过敏过 全身起疙瘩 现在都好了 想问过敏门诊怎么挂号",
]


@pytest.mark.parametrize("text", FIRES)
def test_sign_is_emergency(text):
    assert T.assess(text).level == "emergency", text


@pytest.mark.parametrize("text", CALM)
def test_look_alike_stays_calm(text):
    assert T.assess(text).level != "emergency", text


def test_spaced_chinese_clause_keeps_present_signs():
    # the past clause at the end no longer drops the confusion and the trigger of the first clauses
    rules = {f.rule for f in lay_red_flags("我爸吃完螃蟹 现在突然迷迷糊糊的 他以前吃虾过敏过")}
    assert "lay.anaphylaxis.confused_after_trigger" in rules


def test_spaced_negation_still_denies():
    assert not lay_red_flags("吃了花生 没 喘 也没 肿 就是有点痒")
