"""Triage round 33d (blind53, spent): the signs these sets missed and the false alarms' benign reasons, each pinned
with this round's own wordings (English, Simplified Chinese, Traditional Chinese / Cantonese; first and third person).

Missed emergencies (triage_lay_signs.yaml R33D_*, facts.py):
- a new trouble understanding what is said (or fluent talk that makes no sense) told as starting today, and sudden
  confusion told as starting this evening or afternoon (stroke);
- a bleed not stopped after an hour's pressure on blood thinners, towels soaked told after their number, or soaked
  towels with the person giddy or pale; a pad soaked within the hour with dizziness (the pad's kind named, 夜用的);
- a temperature written in Chinese numerals with 点 (三十八点三) now read, so a young baby's fever is seen;
- fluid gushing or running away (裤子一下子全湿了, 水一直往下流) before 37 weeks.
False alarms (triage.py `_r33d_dropped`), each kept when the rest of the message still raises the category:
- an event told as past (last week, last pregnancy, 之前得过) with the person well or stable now, and a named bleeding
  disorder (血友病) told as stable, with a question;
- an information question about a condition in a clause that names nobody (warning signs, when to go to A&E, is it
  catching, how to tell two apart), with the person well now or asked for people in general (a talk);
- a figure of speech ('nearly had a heart attack' at a bill, 差点中风, 'until I cannot breathe') marked by a joke or an
  everyday cause; spitting (吐的口水) read as no vomiting; a medicine given for the complaint itself (食咗敏感药);
- a high sugar that came down by itself with no symptoms.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = [
    # aphasia
    'My husband started this afternoon not understanding anything I say to him, he talks fast but the words make no sense',
    '我妈从今天下午开始，跟她说话她都听不懂，回答的内容乱七八糟',
    '我老豆今朝開始同佢講嘢佢好似聽唔明，講嘢好流利但係內容亂晒',
    "Since teatime my grandad doesn't seem to understand a word we say, he keeps answering with random stuff",
    # confusion_today
    "My gran has been confused since this afternoon and doesn't know where she is",
    '外婆今天傍晚开始糊涂了，认不出我',
    '我阿嫲由今朝開始迷迷糊糊，問佢喺邊度都答唔到',
    "I've been really confused since this evening, I can't work out what day it is",
    # bleed_not_stopping
    "my mum takes warfarin, her nose has been pouring blood and we've been pinching it for an hour and it's still not stopping",
    "I cut my hand on a broken glass, three tea towels are soaked through and I'm feeling dizzy and pale",
    '我爸在吃华法林，流鼻血按了一个多小时还是止不住',
    '阿媽食緊薄血藥，流鼻血捏住成個鐘都仲係止唔住',
    '伤口已经湿透了三条毛巾，他脸色苍白',
    # pad_soaked_dizzy
    "my daughter is soaking a night pad every hour and she's really dizzy",
    "I'm going through a super pad an hour with my period and I feel lightheaded",
    '我月经量很大，每个小时都要换一片夜用的，现在头晕眼花',
    '我老婆經期好大量，一個鐘就浸透一塊夜用衛生巾，企起身差啲暈低',
    # infant_temp_zh_numerals
    '宝宝出生十八天，肛温三十八点二度',
    '我個仔啱啱滿月,探熱三十八點五',
    '女儿出生二十天，耳温三十八点一，要紧吗',
    '我的兒子出生三個星期,額溫三十八點四',
    # waters_preterm
    "I'm 31 weeks and there's a gush of clear water down my legs, it keeps coming",
    'my wife is 33 weeks, fluid keeps trickling out and her pants are soaked',
    '我怀孕三十二周，刚才下面突然流出一股水，现在还在一直流',
    '我老婆有咗三十周，啱啱條褲突然全濕晒，水仲係不停咁流',
    # the sign beside a look-alike frame still raises (a TIA 'back to normal' stays an emergency)
    "My son had a seizure last week and he's having another one right now",
    '我妈上星期晕倒过，现在好稳定，但是今天又说话不清楚',
    "What are the signs of a stroke? My dad's face just dropped on one side and he can't lift his arm",
    '请问中风有什么前兆？我爸现在嘴歪了，说话不清楚',
    'I nearly had a heart attack laughing lol, but now my chest is really tight and the pain goes down my left arm',
    '我爸吐了一大口血，口水里也有血丝',
    '我儿子偷吃了一整瓶过敏药',
    "sugar was 28, down to 22 after insulin, but he's vomiting and breathing fast",
    "mum's arm went weak and her face drooped for ten minutes earlier, now she's back to normal, can we wait for the GP?",
    '我爸刚才半边脸歪了十分钟，现在好好的，想问明天挂哪个科',
]

CALM = [
    # past_well
    "My son had a febrile seizure last week, he's been totally fine since and not had another one. Can he still go to nursery?",
    "I had a bleed at 12 weeks in my last pregnancy but in the end everything was fine. I'm pregnant again, when should I book my first scan?",
    '我妈上星期因为低血糖晕倒过，现在血糖控制得很好，想问复诊要不要空腹',
    '我阿爺之前中過風，而家好穩定，想問點樣申請復康服務',
    '我弟弟有血友病，最近都没有什么事，想问可以在这里拿药吗',
    # info_question
    "What are the warning signs of a stroke? My dad has high blood pressure but he's fine at the moment",
    '请问心梗有什么前兆？我老公有高血脂，目前一切正常，只是想了解一下',
    '請問腦膜炎會唔會傳染？我個仔同學之前得過，而家已經好返',
    'For a first aid talk: how do you tell the difference between a panic attack and a heart attack?',
    # figure
    'Nearly had a heart attack when I saw the parking charges lol. Is there a cheaper car park near the hospital?',
    'the queue at the pharmacy so long until I cannot breathe, can I order my repeat online?',
    '看到停车费我差点心脏病发，哈哈，请问医院附近有便宜的停车场吗',
    '收到張單我差啲爆血管😂 請問可唔可以分期俾錢',
    # spit
    '刷牙后吐出来的口水带点血丝，牙龈有点肿，要看牙医吗',
    '刷完牙吐口水有啲血絲，使唔使睇牙醫',
    'I spat out some pink spit after flossing, is that gum disease?',
    '我儿子刷牙吐的口水里有血丝，是不是牙龈发炎',
    # treatment_given
    '我女儿吃了芒果后嘴边起了几粒红点，不肿，呼吸正常，已经吃了过敏药，要紧吗',
    'Gave my daughter her antihistamine after she touched the cat, a few itchy bumps on her arm, otherwise fine',
    '個女食完士多啤梨面有少少紅，冇腫，食咗敏感藥，使唔使睇醫生',
    'I took an antihistamine for my hay fever and my son had one too, is that ok?',
    # sugar_settled
    'My reading was 19 after a big dinner, checked two hours later and it had come down to 9, no symptoms',
    '饭后血糖22，两小时后降到10，没有任何不舒服',
    '食完糖水血糖去到21，過兩個鐘跌返落9，冇咩唔舒服',
    'my sugar was 20 after a takeaway but dropped to 12 an hour later, feel fine',
    # lookalike_calm_pairs
    '我爸耳背，跟他说话他都听不懂，要配助听器去哪个科',
    "I'm 30 weeks and I leak a little wee when I sneeze, is that normal?",
    '刚出生两周的女儿腋温三十七点五，正常吗',
    'my nosebleed stopped after ten minutes of pinching, when should I see the GP about them?',
]

# one blind53 row per fix at most (spent)
BLIND53 = [
    ("我爸爸今天傍晚開始怪怪的,我跟他說話,他好像聽不懂,答非所問,問他要不要喝水,他說「明天星期三」。他自己講話很流利,但是內容亂七八糟。早上還很正常,會不會是太累了?", True),
    ("我的女兒出生二十五天,額溫量了三十七點九,用肛溫再量是三十八點三。她今天一直在睡,叫她也不太醒,換尿布時也不哭。是不是衣服穿太多?", True),
    ("我阿爸上個月低血糖暈低過 入咗急症室 而家醫生調咗藥 好穩定 想問幾時要覆診 同埋要唔要帶血糖機", False),
    ("看到這個月的醫療帳單我差點中風,哈哈。請問住院費用可以分期付款嗎?要去哪個櫃台辦理?", False),
]

BLIND53_TURNS = [
    (["请问产检可以改到下周吗 这周三去不了", "因为我现在才二十九周 刚才在厕所裤子一下子全湿了 水一直往下流 止不住 也不疼 我想着周三反正也来不了就干脆改到下周"], True),
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_round33d_sign_raises(triage, text):
    assert triage.assess(text).level == EMERGENCY, text


@pytest.mark.parametrize("text", CALM)
def test_round33d_lookalike_stays_calm(triage, text):
    assert triage.assess(text).level != EMERGENCY, text


@pytest.mark.parametrize("text,emergency", BLIND53)
def test_round33d_blind53_rows(triage, text, emergency):
    assert (triage.assess(text).level == EMERGENCY) == emergency, text


@pytest.mark.parametrize("turns,emergency", BLIND53_TURNS)
def test_round33d_blind53_turns(triage, turns, emergency):
    assert (triage.assess_conversation(turns).level == EMERGENCY) == emergency, turns
