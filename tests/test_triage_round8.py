"""Round 8 classes (after blind8), pinned with wordings written here, not copied from any test batch.

The general concept behind each class, written before the code:
- Idioms mapped to facts: people describe a red flag by a simile or an idiom instead of the symptom word:
  something heavy on the chest or the chest in a vice (chest pain), a colour gone from lips or face in any
  dialect (breathing), blood brought up by the bowlful with the person gone white (bleeding), taking one's own
  life, a farewell with a place or with never coming back (suicide).
- Quantities of any product swallowed: a household product named by what it cleans plus its form, a span of
  supply (a week's worth, 成个礼拜份量) or all in one go (一次过) are amounts whatever the product is called.
- Regional voices: words for a small child (wee one, bairn, nipper, 个B), Hokkien and Sichuan words (有身, 嘸,
  袂, 出气不赢), Cantonese 软晒, British 'being sick'.
- Non-current frames applied to every category: the logistics of a device or medicine (carrying it on a
  plane, its expiry, a replacement, a hotline number, a leaflet), reading up ahead (due dates, what a word
  means, what counts as a sign), clubs and groups named after a condition, an episode dated by the age it
  happened at or told as over ('fine now', 'usual self', 'which stopped'), and a mild sign on an earlier day
  with the person well today. Each veto holds only when, with its frame masked, nothing still raises a flag:
  anything happening now to a person stays an emergency.
"""

import pytest

from medqa.safety.normalize import normalize_triage
from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage

TRIAGE = RedFlagTriage()

EMERGENCIES = {
    "chest_simile": [
        "feels like a car is parked on my chest and i'm sweating buckets",
        "Dad says his chest is in a vice and he's gone clammy",
        "like someone kneeling on his chest, he's pale and won't sit still",
        "胸口像被大石头压住一样，一直出冷汗",
    ],
    "colour_idiom": [
        "my toddler has gone a funny colour round the lips and is breathing really fast",
        "老汉儿嘴皮都乌了，出气不赢",
        "阿嬤喘甲袂講話，嘴唇紫紫",
    ],
    "blood_brought_up": [
        "she's been bringing up blood, a cupful at least, and she looks white as a sheet",
        "he threw up a mugful of dark red blood and has lost all his colour",
    ],
    "suicide_idiom": [
        "My husband has disclosed to me tonight that he intends to take his own life.",
        "text from my brother: sorry for everything, love you all. his car is parked at the cliffs",
        "She messaged 'sorry for everything' and said she is not coming back",
    ],
    "household_product": [
        "my 2 year old had a swig of the floor cleaner and keeps coughing",
        "the nipper drank some of the oven spray, his mouth is red",
        "wee man got into the laundry gel under the sink and swallowed some",
    ],
    "quantity_supply": [
        "Mum's swallowed a fortnight's supply of her heart tablets, she's really drowsy",
        "爸爸一次过食咗成个月嘅降压药，而家好眼瞓",
    ],
    "movement_and_pregnancy_voices": [
        "34 wks and bubba not moving at all today",
        "阮某有身七個月，今仔日攏嘸感覺囡仔振動",
    ],
    "meningitis_being_sick": [
        "my flatmate can't bend her neck, she's being sick and the light is hurting her eyes",
    ],
    "burn_clothes_fire": [
        "his pyjamas caught fire and the burn covers his back",
        "外婆煮饭件衫着咗火，手臂烧到好大片",
    ],
    "child_floppy_cantonese": [
        "個BB軟晒，點搖都唔醒",
    ],
    "voices_probe": [
        # formal letters, regional English, Singlish, Indian English, capitals, bullets, formal Chinese, dialects
        "Dear Sir or Madam, I am writing on behalf of my father, who has this morning developed a marked weakness of the left arm and his speech is slurred.",
        "Sir kindly help, my father is having severe chest pain radiating to left hand since 1 hour and perspiring heavily",
        "Fwd: mum fell off the ladder, hit her head, now keeps asking same question over and over",
        "- 29 wks\n- bleeding heavy\n- cramps\nplease call back",
        "本人近日萌生轻生念头，已备妥药物，恳请指示",
        "阿嬤烏青，喘袂過來",
        "個仔食咗成樽退燒藥水",
        "my husband's gone all wobbly down one side and his face has slipped",
    ],
    "probe_two": [
        "toddler's got hold of grandad's heart pills, pretty sure he's had three or four",
        "I'm passing clots the size of my palm and feel faint",
        "Granny says she has indigestion but it's crushing and she's grey and sweaty",
        "my waters went and I can see the cord",
    ],
    "chinese_registers_probe": [
        "家父今晨突感胸部压榨样疼痛，大汗淋漓，敬请告知如何处理",
        "伊抽筋抽甲停袂落來，已經五分鐘",
        "个女食咗成排必理痛，而家呕紧",
        "孩子误喝了半瓶洗洁精，一直吐白沫",
    ],
    "still_happening_inside_a_frame": [
        # a frame word in the message does not hide a person in trouble now
        "his face droop is the same as always but today he can't lift his arm or speak, can he get physio?",
        "we keep the tablets out of reach but he got into them anyway and swallowed the whole strip",
        "阿爸中风多年，现在突然讲唔到嘢，半边身郁唔到",
        "she had a temperature of 38.4 at 7 weeks old yesterday and she's still hot, she is 8 weeks now",
        "I burned my arm on purpose last night, it's blistered and I want to do it again",
        "his epipen expired last month and now he is swelling up after peanuts and can't breathe",
        "she had a seizure when she was two and now she is fitting again and won't wake",
        "had a bit of spotting at 8 weeks and now i'm soaking a pad every hour",
    ],
}

BENIGN = {
    "logistics_of_a_device": [
        "Can I take my daughter's adrenaline auto-injector through airport security?",
        "請問哮喘噴霧可唔可以帶上機？",
        "My husband's GTN spray for his angina is out of date, how do I get a replacement?",
    ],
    "reading_up": [
        "What does 'non-blanching rash' mean? Just reading up before the baby arrives",
        "How do I check a newborn's temperature under the arm? We're due next month",
        "What counts as heavy bleeding after the birth? Just preparing",
    ],
    "clubs_and_services": [
        "Is there an epilepsy support group near me? Happy to travel",
        "When does the heart attack club meet? Dad wants to go",
    ],
    "past_episode_told_as_over": [
        "My daughter had a febrile fit at 18 months, she's fine now; does the nursery need to know?",
        "I had some bleeding at 7 weeks which stopped, everything normal at the scan; can I go swimming?",
        "I haven't self-harmed in five years, will it be on my medical records?",
    ],
    "mild_then_well": [
        "孩子前天有点没精神，今天活蹦乱跳的，还要去医院吗？",
        "little one bumped his head on the coffee table this morning, back to his usual cheeky self, can he go to nursery?",
        "烫了一下手指，起了个小泡，怎么处理？",
    ],
    "voices_probe": [
        "Lah, my colleague has epilepsy, what should we do if he has a fit at work? For our office first aid plan",
        "阿爸中风多年，现在想申请轮椅，点样申请？",
        "我儿子会不会误吞药？药应该怎样收好？",
        "阿嬤较早有喘，这马好好，欲问药仔按怎领？",
        "my husband's face droop from his stroke is the same as always, can he get physio?",
        "- 29 wks\n- scan all fine\n- can I travel to Spain?",
        "WHAT IS THE NUMBER FOR THE POISONS LINE? WANT TO STICK IT ON THE FRIDGE",
        "個仔琴日跌親頭，今日照常返學，食嘢正常，使唔使睇醫生？",
    ],
    "probe_two": [
        "I had a nosebleed as a kid that wouldn't stop, do I need to tell the dentist?",
        "is it normal to feel a bit tight in the chest after a cold? it's mild and getting better",
        "what should a pregnant woman do if she notices reduced movements? for my antenatal class notes",
        "the baby had a temperature of 38 at 7 weeks old, they checked her in hospital and she's now 6 months, when is the next jab?",
        "what temperature should the bath be for a newborn?",
        "I burned my arm on the oven last week, it's healing, should I keep it covered?",
    ],
    "chinese_registers_probe": [
        "阿公對蜜蜂過敏，想問腎上腺素筆點樣申請",
        "请问老鼠药中毒的急救方法，给学校写安全手册用",
        "請問啲藥應該點樣收好，唔俾小朋友拎到？",
        "奶奶以前中风过，现在嘴巴有点歪，一直都这样，可以开护理证明吗？",
        "家父胸口按下去有点痛，搬完箱子之后开始的，可以预约门诊吗？",
    ],
    "idiom_look_alikes": [
        "She's not coming home for Christmas, she's staying with her dad",
        "Where should I store the washing-up liquid so the kids can't reach it?",
        "The bridge club meets on Tuesdays, can my mum still go after her hip operation?",
    ],
}


@pytest.mark.parametrize("text", [t for texts in EMERGENCIES.values() for t in texts])
def test_round8_emergencies_are_emergencies(text):
    assert TRIAGE.assess(text).level == EMERGENCY, text


@pytest.mark.parametrize("text", [t for texts in BENIGN.values() for t in texts])
def test_round8_benign_look_alikes_raise_nothing(text):
    result = TRIAGE.assess(text)
    assert result.level == NONE, (text, result.rules)


def test_hokkien_and_sichuan_folds_read_as_mandarin():
    assert "怀孕" in normalize_triage("阮某有身八个月")
    assert "透不过气" in normalize_triage("出气不赢")
    assert "有身份证" in normalize_triage("有身份证")  # identity card, not pregnancy
    assert "b超" in normalize_triage("做B超")  # an ultrasound, not the baby


def test_normalize_triage_is_cached_and_pure():
    text = "my chest feels like a vice"
    assert normalize_triage(text) is normalize_triage(text)
    assert normalize_triage.cache_info().hits > 0
