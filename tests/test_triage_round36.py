"""Triage round 36 (TR36, after blind36 and everyday10, spent): the families both sets missed or misread.

Missed emergencies, by family (new lay-sign rules, triage_lay_signs.yaml TR36_*):
- a child a bad colour (pale, grey, 脸色发白发灰) and barely responding (hardly opens the eyes, just lies there when
  lifted, 抱起来就瘫着);
- a child working hard to breathe (呼吸很吃力, wheezing with every breath) and too spent to cry, feed or talk;
- a fever and a racing heart a few days after an operation (post-operative sepsis);
- smoke signs after a fire told in small words ('in a small fire', soot round the nose, coughing black): the 'small'
  no longer makes it a plaster question;
- a low reading ('her reading was 2.0') in someone on insulin who is slumped or mumbling;
- a knock or a hit ('hit by a swing') and the same questions over and over;
- a bleed pressed on for a good while that still runs ('40 minutes now, still running like a tap').
False alarms, by family (triage.py `_tr36_dropped`): an episode told as settled history with the person well now
(had anaphylaxis as a toddler, 2018年中风过现在恢复得很好, 六周大时发烧住过院现在八个月); what to do IF someone ever has it,
asked for a number or a leaflet; a suicidal phrase taken back as a joke, or harm denied in the first person; a limb numb
from its posture that came back, a head rush on standing; a condition named only as someone's guess with reassuring
features; mild versions (a twinge on rolling over in pregnancy, one extra blood-pressure tablet, two extra gummy
vitamins, nobody short of breath, a fever idiom, a hazard word quoted off a label); chest pain with an ordinary cause
(a movement, a press, a cough, a row that settled, the old heartburn, an appointment about an old complaint); fit
look-alikes (a jump dropping off to sleep, rigors awake, a faint at a needle, zoning out, breath-holding); everyday
worries with their reassuring features (is this food poisoning, a treated hypo back up, a dental numb lip, a sunny
headache with the neck bending, a friend's case in hospital, a blocked nose fine by day, a mouth bitten, a daze of a
second); appliance words read as burns (热水器, 暖气烧得旺, 杯面); 不想吐 as a denial; the 1 of HbA1c as a glucose.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = [
    # child a bad colour and barely responding
    "my boy has gone grey and pale and just lies there when I pick him up, he hardly opens his eyes",
    "孙女脸色发灰发白，抱起来软塌塌的，眼睛都睁不开",
    "個仔面色好白，抱起身就瘫住，眼都睜唔開",
    # working hard to breathe, too spent to cry
    "my baby is working so hard to breathe and is too tired to feed",
    "宝宝呼吸很费力，累得哭都哭不出来",
    "個女呼吸好吃力，攰到喊都喊唔出聲",
    # post-operative fever with a racing heart
    "three days after my hip operation I have a temperature of 39.2 and my heart is pounding",
    "手术后第三天发烧39度，心跳很快",
    # smoke after a fire
    "my nan was in a kitchen fire, there is soot around her mouth and she keeps coughing up black stuff",
    "屋企失火，阿爸嘴边有黑灰，咳出黑色痰",
    # a low reading, slumped
    "my husband is type 1, his meter said 1.8 and he is slumped over the table mumbling",
    # a hit and the same questions
    "she was hit by a car door and is asking the same questions again and again",
    "儿子被秋千撞了，一直问同一个问题",
    # a bleed pressed on that still runs
    "nosebleed for 35 minutes now, we pinched it the whole time and it is still pouring",
    # look-alikes of the false-alarm families that must stay emergencies
    "Dad had a stroke in 2019 and recovered well, but this morning his face is drooping and he can't lift his arm",
    "我爸前年中风过，恢复得很好，可是刚才突然说话含糊，嘴歪了",
    "she had a febrile convulsion when she was one and is fine now, but right now she is shaking all over and won't respond",
    "如果有人不想活了应该打哪个电话？我朋友刚才说他现在就要跳楼",
    "if someone has chest pain what should we do? my colleague is clutching his chest and sweating",
    "I want to kill myself. I'm not joking, I have the tablets here",
    "我想从楼上跳下去，不是开玩笑的",
    "I slept on my arm but it still hasn't come back after two hours and my face looks droopy",
    "I stood up fast and everything went black and now I can't move my left side",
    "my wife thinks I'm having a heart attack, my chest is crushing and my left arm aches",
    "neighbour says it could be sepsis, he is confused, shivering and hasn't peed all day",
    "worried my son has meningitis, the rash does not fade under the glass and he is very sleepy",
    "I'm 30 weeks, sharp pain when I stand up and now I'm bleeding heavily",
    "my toddler ate a whole bottle of gummy vitamins with iron and is sleepy",
    "Nobody would miss me if I was gone, I've got the rope",
    "我老公发短讯同我讲对唔住、拜拜，之后电话一直冇人听",
    "chest pain after lifting boxes but I'm sweating buckets and it spreads to my jaw",
    "we've got cabin fever, and my 5 week old has a temperature of 38.4",
    "my 2 year old held his breath screaming, went blue and floppy and he is still not breathing properly",
    "he had the shakes with a fever and now he is confused and his skin is mottled",
    "dentist this morning and now my arm is weak and my speech is slurred",
    "吃了隔夜菜，现在一直吐，叫不醒，是不是食物中毒",
    "我同事说胸口痛，讲笑咋，不过而家佢真系痛到出冷汗",
    "I have crushing chest pain lol jk. no seriously it's crushing and I'm sweating",
    "my hands and lips are tingling and my face is drooping on one side, I'm so anxious",
    "after the race he was gasping, fine 5 min later, but now his lips are blue again",
    "tonsils swollen and I can swallow, but after the peanuts my tongue is swelling and I'm wheezing",
    "burnt by battery acid at the garage",
    "a drum of acid tipped at work, his leg has a white leathery patch he can't feel",
]

NOT_EMERGENCIES = [
    # settled history, well now, a practical ask
    "my daughter had anaphylaxis to peanuts as a toddler, she is 12 now and fine, can we renew her school care plan?",
    "我妈十年前中风过，现在恢复得挺好，想问中风康复的讲座在哪里报名",
    "阿爺幾年前中風過，而家都好好哋，想問有冇中風病友會",
    "my son had a fit with a fever when he was two, now he is 8 and no more problems, does he need a plan for the school trip?",
    "我儿子两个月大时发烧住过院，现在一岁多长得很好，想复印病历",
    "my wife self harmed as a student, she has been well for years and wants to volunteer for a helpline",
    "my dad has a clinic appointment next month about his old angina, where is the nearest car park?",
    # if someone ever ...
    "if a customer ever collapses in the shop what number should we ring? do you have a poster?",
    "如果以后有同事说不想活了，我们应该打哪个电话？",
    # joke retracted, harm denied
    "this spreadsheet makes me want to jump out the window lol, just kidding. is there a staff counselling service?",
    "加班加到想死（开玩笑的），医院有没有心理咨询？",
    "I'm not having any thoughts of harming myself, I just feel flat and want to talk to someone",
    # posture numbness, head rush
    "my arm went dead because I lay on it funny, it came back in a couple of minutes, face and speech fine",
    "蹲着修水管一个钟，站起来腿麻得走不了，走几步就好了，现在没事。同事说小心中风",
    "when I stand up too quickly everything goes dark for a few seconds then I'm fine, my mum says it could be a stroke",
    # someone's guess, reassuring features
    "my sister is convinced her cold is sepsis, she is eating and drinking fine and her head is clear",
    # mild versions
    "I'm 28 weeks and get a sharp twinge in my side when I roll over, baby moving normally, no bleeding",
    "mum took one extra blood pressure tablet by mistake this morning, she feels fine",
    "my 4 year old had two extra gummy vitamins, she is playing happily",
    "我们办公室有点闷，没人喘不过气，想问要不要开空气净化器",
    "the whole family has cabin fever with a 3 week old at home, any baby groups nearby?",
    # chest pain with an ordinary cause
    "my chest hurts on the right when I twist or reach up after carrying boxes all day, no sweating, not breathless",
    "咳嗽咳了五天，咳的时候胸口痛，不咳就不痛",
    "my chest went tight during a row with my boss, then it all settled, fine now",
    "the burning behind my breastbone is back after every meal with a sour taste, same as my old reflux",
    # fit look-alikes
    "as I drop off to sleep my legs jump like I missed a step, my husband says it's a seizure",
    "发烧发抖，牙齿打颤，人一直很清醒，老婆以为我在抽搐",
    "I fainted at my blood test and my arms jerked a couple of times, came round in a minute, fine since",
    # everyday worries
    "ate some leftover rice, had the runs twice, no fever, drinking fine, is this food poisoning?",
    "mum's sugar was 3.2, she had some juice and biscuits and ten minutes later it was 6.1, she feels fine now",
    "我刷牙的时候牙龈出点血，吐出来有点红，一会儿就停了，想约洗牙",
    "I bit the inside of my cheek, spat out some blood, it stopped after a minute",
    "撞到头，懵了一两秒，不吐不头疼，能走能说",
    "我被柜门撞了一下头，起了个小包，不头痛不想吐",
    # the same families in other words
    "my mum says she'll die if her team loses again, joking obviously. can she get a flu jab at the pharmacy?",
    "紧张的时候手指和嘴唇发麻，冷静下来就好，要看医生吗",
    "my daughter was floppy after swimming all afternoon but perked up after tea and is running around",
    "眼皮跳了好几天，一抽一抽的，是抽风吗",
    "after a hard 400m swim I was gasping for ages, fine five minutes later, am I just unfit?",
    "扁桃体发炎肿了，体温38度，还能喝水吃粥",
    "falling asleep my whole body jerked like I'd been electrocuted, is that a seizure?",
    # appliance words and numbers
    "我是修热水器的，孩子眼睛有点红，要去看吗",
    "冬天暖气烧得太旺，鼻子干，晚上张嘴呼吸",
    "冲杯面时热水溅到手背，红了一点，冲了冷水",
    "体检说我血糖偏高，HbA1c 6.1，要怎么改善？",
]

# Rows of blind36 and everyday10 (spent), a handful kept verbatim as a check of the run itself.
SPENT_EMERGENCIES = [
    "My little girl is pale and grey, barely opening her eyes, and just lies there when I lift her.",
    "我孫子呼吸很吃力，每一口都有咻咻聲，累到連哭都哭不出來。點做好？",
    "Good evening, sorry for mistakes, I am from Macedonia. My mum's on insulin and she's gone pale and clammy, mumbling "
    "and slumped in the chair, her reading was 2.0. Thank you very much.",
    "My dad was in a small fire and now his voice is hoarse, there's soot round his nose and he's coughing black.",
]
SPENT_NOT_EMERGENCIES = [
    "我外婆十年前中風過，現在都好好的，每天去菜市場。她想問中風的衛教單張有沒有大字版，可以寄給她嗎？",
    "洛阳这边的，要是哪天朋友跟我说不想活了，我应该让他打哪个电话？麻烦回一下。",
    "Writing from the Men's Shed. We've got cabin fever stuck in the static with a 6 week old in the rain, she's "
    "absolutely fine, are there any baby groups locally? What would you advise?",
    "我是上门修热水器的，孩子眼睛有点红，早上有眼屎，需要去医院看吗？",
]


@pytest.mark.parametrize("text", EMERGENCIES + SPENT_EMERGENCIES)
def test_emergency_fires(triage, text):
    result = triage.assess(text)
    assert result.level == EMERGENCY, (text, result)


@pytest.mark.parametrize("text", NOT_EMERGENCIES + SPENT_NOT_EMERGENCIES)
def test_look_alike_is_no_emergency(triage, text):
    result = triage.assess(text)
    assert result.level != EMERGENCY, (text, result)
