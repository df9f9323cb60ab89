"""IN1 (session 20): red-flag inventory A, families built from clinical guidance (NHS 999 / A&E pages, first-aid and
resuscitation advice), not from writer sets.

Present cases: a cold sweat with a heavy or numb arm whatever the pain is called; sudden loss of understanding or
wrong words coming out; a sudden loss of balance; the worst headache of one's life told in Chinese or as a thunderbolt;
the throat narrowing (收窄) after a food; hives with a Cantonese wheeze (扯扯声) after a drug; a sting with fainting;
a word or two between breaths; no air however hard one breathes; pink frothy sputum; stridor (a high-pitched noise on
breathing in); sudden breathlessness after an operation or a long flight or with a swollen leg; breathless and
confused or drowsy; grunting with each breath in a baby, told in Chinese; a finger or hand cut off; a stab wound;
'not here tomorrow' in Cantonese and Mandarin; unable to keep oneself safe; the rope ready; all the tablets already
swallowed and told; life pointless with a knife in hand; fuel burnt in a closed room with symptoms; wild mushrooms with
sickness; magnets swallowed; a non-blanching rash told as 'stays under the glass'; a swollen or tense fontanelle (囟门谷起).
No case now: chest tightness that goes once calm; how to tell a stroke or use an adrenaline pen; lips blue in cold
water that turn pink again once warm; a choke coughed out, laughing now; a rope ready for a climb; a leaving card for a
colleague; 累到想死 said of work; suicidal thoughts long past and recovered (已经好过来); shop mushrooms asked about; a magnet
nearly swallowed (差啲); a pain 'like being stabbed'; bleach splashed on a hand and washed off; red wine vomited, not blood; a fever after the jabs.
Every wording here is written for these tests, not taken from the inventory or any blind set."""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage(learned_net=False)  # the rules alone must carry these families


PRESENT_CASES = [
    # chest: cold sweat with a heavy or numb arm
    "Feels like trapped wind but I've broken out in a cold sweat and my left arm has gone numb",
    "老公说只是胃胀，可是出了一身冷汗，右手臂发麻",
    "阿媽話係胃唔舒服，但係出冷汗，左手好痹",
    # stroke: sudden loss of understanding, wrong words, sudden balance loss, thunderclap in Chinese
    "my nan suddenly can not understand a word we are saying to her",
    "Since ten minutes ago jumbled words keep coming out when he tries to talk",
    "婆婆突然听不懂我们讲什么，问她什么都答非所问",
    "老豆突然聽唔明我講咩",
    "out of the blue my husband lost his balance and can not walk in a straight line",
    "外公突然站不稳，走路一直往左边倒",
    "我妈说这是她人生最痛的头痛，突然就来了",
    "佢話個頭痛到好似俾雷打中咁",
    # anaphylaxis
    "食完腰果之後，佢話條喉嚨好似收窄咗",
    "打完消炎針之後成身起風癩，仲扯扯聲",
    "He was stung on the neck and now he feels really faint",
    "俾蜂叮完之後，佢話好暈，就快暈低",
    "被马蜂蜇了以后，整个人快要晕过去",
    # breathing
    "Dad can only manage one word at a time between gasps",
    "奶奶说一两个字就要停下来喘气",
    "佢點吸都吸唔到氣",
    "my mother is bringing up pink frothy phlegm and is so breathless",
    "爷爷咳出粉红色泡沫痰",
    "my son makes a high pitched crowing noise each time he breathes in",
    "个女索气嗰阵有好尖嘅声",
    "Three days after her hip surgery she became suddenly short of breath",
    "坐完长途飞机回来，今天突然很喘",
    "my uncle is short of breath and now very confused",
    "阿爺好喘，又開始神志不清",
    "我个孙发烧，每次呼吸都有哼哼声",
    # bleeding
    "My dad has sliced off the end of his thumb with the saw",
    "佢隻腳趾俾割草機切斷咗",
    "A boy has been knifed outside the shop",
    "我老公俾人斬傷咗，流緊血",
    "他在街上被人捅了两刀",
    # suicide
    "過咗今晚我就唔喺度喇",
    "我保证不了自己今晚的安全",
    "my girlfriend says she can not keep herself safe tonight",
    "繩我已經買好咗",
    "I already took all my sleeping pills, sorry for everything",
    "我已经把安眠药全部吞了",
    "活下去都没有意义，我手里拿着刀",
    # poisoning
    "We lit a charcoal burner in the tent and now both kids are drowsy with headaches",
    "在密闭的房间烧炭取暖，老人头晕想吐",
    "my husband ate wild mushrooms from the field and keeps vomiting",
    "食咗山上摘嘅野菌，而家肚痛又嘔",
    "The toddler swallowed some little magnets off the fridge",
    "个仔吞咗几粒吸铁石",
    # infant fever / meningitis signs
    "she's burning up and the spots are still there when I press a glass against them",
    "baby has a high temp and her fontanelle looks tense",
    "囡囡發燒，囟門谷咗起嚟",
]

NO_CASES = [
    "When I'm stressed my chest goes a bit tight but it goes away as soon as I relax",
    "紧张时胸口有点闷，深呼吸一下就没事",
    "怎样分辨中风和面瘫？想教家里人",
    "學校想教老師點樣用腎上腺素筆",
    "After swimming in the lake my son's lips were a bit blue but went back to pink once he was warm",
    "游完泳嘴唇发紫，暖和了就好了",
    "She choked on a crisp, coughed it out and is chatting away fine now",
    "個女食餅乾哽親，咳咗出嚟，而家冇事",
    "The rope is ready for our climbing trip on Saturday",
    "同事下个月离职，大家在写告别卡",
    "今晚要赶报告，累到想死",
    "我几年前想过轻生，现在已经好过来了",
    "Can I eat supermarket mushrooms without cooking them?",
    "個仔差啲吞咗粒磁石，好彩我搶咗返",
    "I splashed a bit of bleach on my arm and rinsed it off, it's fine",
    "I threw up after beetroot soup, it was just beetroot, no blood",
    "My baby had a temperature of 37.9 after his 8 week jabs and is feeding happily",
    # a stab told as a simile is a pain, not a wound
    "Got a pain in my side that felt like I'd been stabbed, it went after a minute",
    "好似俾人插咗一刀咁痛",
]


@pytest.mark.parametrize("text", PRESENT_CASES)
def test_inventory_a_red_flag_is_an_emergency(triage, text):
    assert triage.assess(text).level == EMERGENCY, text


@pytest.mark.parametrize("text", NO_CASES)
def test_inventory_a_look_alike_is_not_an_emergency(triage, text):
    assert triage.assess(text).level != EMERGENCY, (text, triage.assess(text).rules)
