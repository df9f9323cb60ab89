"""Triage round 36z (blind56, spent): the Chinese rows (not the voice-input or Hakka ones), fixed by the sign or by the
reason they are benign, pinned with this round's own wordings (Simplified, Traditional / Cantonese and English; first
and third person) and at most one blind56 row per fix.

Emergencies:
- a jab, a medicine, a food or a sting taken, then the skin flushed or itching over the body or the lips numb, with a
  systemic sign (dizzy, heart racing, a near faint: 几乎晕倒): anaphylaxis, wherever a practical word ('vaccine') sits
  (R36Z_EXPOSED + R36Z_SKIN_SPREAD + ALLERGY_SYSTEMIC / R36Z_NEAR_FAINT); 本人 (a formal letter's 'I') names a person,
  so the letter is no general question;
- fluid running away from below before term (下面流了好多水, 一直往外流, 'water keeps trickling out'), with the weeks or
  the months (大肚七个月): a preterm waters break (R36Z_FLUID_AWAY).
Look-alikes: what a source reported or showed, a stranger's event seen, signs listed as examples, asked for a purpose or
with everyone well; a condition named as a risk or history with no symptom now; a past event seen by a doctor or a vet
and well now; head signs denied with 不会; a figure of speech taken back (哈哈，不是真的啦) or a task that makes one 'want
to die' (填得我想死的心都有); suicide in a show, intent denied, a hotline asked for.
"""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = {
    'reaction_after_jab': [
        '敬啟者：本人今早於診所注射疫苗後返家，約二十分鐘後感頭暈心跳加速，全身皮膚泛紅痕癢，嘴唇麻痺，站立時幾乎暈倒。本人年屆七旬，獨居，不知如何是好，謹此求教。',  # blind56a.anaphylaxis.7
        '我妈今天下午打了流感疫苗之后，半小时就全身发红发痒，嘴唇发麻，站起来头晕差点晕倒',
        '本人剛打完新冠加強針返家，全身皮膚痕癢泛紅，嘴唇麻痺，心跳好快',
        '阿爸打完針之後成身痕癢發紅，嘴唇麻晒，企起身就頭暈',
        'since my flu jab this morning my skin went red all over, my lips are numb and I feel faint',
    ],
    'waters_preterm': [
        '亲们，我怀二胎三十二周，今天下午上个厕所起来突然下面哗一下流了好多水，裤子都湿透了，现在还一直往外流，不痛不痒的哈哈哈，是不是漏尿了，我婆婆让我垫个尿不湿等明天产检再说，对了群里谁有待产包清单发我一份',  # blind56b.pregnancy.4
        '老婆怀孕三十周，刚才下面突然流了一大股水，现在还一直往下流，一点都不痛',
        '我懷孕二十九週，剛剛下面湧出好多水，褲子全濕',
        '個女大肚七個月，啱啱下面流咗好多水出嚟，仲一直向下流',
        'I am 33 weeks and water keeps trickling out of me since I stood up, it soaked through my leggings',
    ],
    # the look-alike readers never take these: a sign beside the benign reason keeps the emergency
    'kept_beside_lookalike': [
        '我在做一个急救app，顺便问下，我爸现在胸口压着痛，出冷汗，左手发麻',
        '新闻说中风会嘴歪，我妈现在嘴歪了说话不清，好奇问下是不是中风',
        '电视上讲胸口疼要打120，纯属好奇，不过我老公刚才突然胸口剧痛冒冷汗',
        '我爸有中风病史，现在突然嘴歪说话不清，但他说没有任何不适',
        '我老婆怀孕上个月出血，医生看过，现在好了，但是今天又出血了好多',
        '孩子头撞到桌角，不会晕，但是吐了三次，现在很想睡',
        '哈哈不是真的啦，不过我老公现在真的喘不过气，嘴唇发紫',
        '活得我想死的心都有，不想再撑了',
        '看完那部电影我也想自杀，不是我要做什么，有热线吗',
        '打完疫苗后全身发痒起风团，嘴唇肿，喘不过气',
    ],
}

LOOKALIKES = {
    'info_for_a_purpose': [
        '敬啟者：日前於電視劇中見一角色突然口角歪斜、手腳無力，旁人即時召喚救護車。本人對此甚感興趣，敢問此等徵狀應如何辨認？家中各人安好，純屬求知，謹此致謝。',  # blind56a.stroke.15
        '敬啟者：近日於新聞中見到有人心臟病發、胸口劇痛、冒冷汗，本人純屬好奇，想了解急救課程。',
        '我在做一个急救 app 的清单，比如嘴唇发紫、喘不上气这类情况，有没有官方指南可以参考？',
        '阿媽睇電視見到有個伯伯中風口歪，佢自己冇事，好奇問下點樣認？',
        'I saw on the news that a man collapsed with his face drooping; just curious, how do you spot a stroke?',
        '我在做一个败血症预警的毕业 project，没有病人，纯研究，qSOFA 标准哪里有？',
    ],
    'named_as_risk_no_symptom': [
        '想問一下，我 Apple Watch 跳出心律不整 AFib 的 notification，網路上說 AFib 會增加中風 risk，但我現在完全沒症狀，講話、手腳都正常，要掛心臟科還是神經內科 check 一下？',  # blind56b.stroke.14
        '我爸有房颤，医生说中风风险高，他现在没有任何不适，要定期检查什么？',
        '本人有高血壓，想做中風風險評估，目前並無任何不適。',
        'my smartwatch flagged AFib and says my stroke risk is higher, I have no symptoms, which clinic should I book?',
    ],
    'past_seen_well_now': [
        '我 sister 上个月怀孕有 bleeding，当时 doctor 已经看过，baby 没事，现在 OK 了。我想问怀孕的时候可以吃 durian 吗，她很想吃 lah',  # blind56b.pregnancy.13
        '我老婆上个星期怀孕出血，医生已经看过了，胎儿没事，现在都好了。想问孕妇可以吃榴莲吗',
        '我上個月懷孕有少量出血，當時醫生檢查過，現在已經好了，想問產檢要帶什麼',
        '我家的猫前天被蜜蜂叮了脸肿起来，已经带去兽医打针了，现在好了，想问人被叮要注意什么',
        'my wife had some bleeding in pregnancy last week, the doctor checked her and the baby is fine, she is ok now. can she eat sushi?',
    ],
    'head_signs_denied': [
        '我今天头撞到 cabinet lah，有一粒肿肿的，不会晕不会吐，也没有头痛，我也没有吃什么 blood thinner 的药，是不是只要冰敷就可以了?',  # blind56b.head_injury.13
        '孩子头撞到桌角，起了个包，不会吐也不会晕，精神很好，冰敷就行吗',
        '我頭撞到櫃門，腫了一小塊，不會暈也不會吐，沒有吃薄血藥，要看醫生嗎',
        '個仔撞親個頭，起咗個包，唔會嘔唔會暈，使唔使睇醫生',
    ],
    'figure_taken_back': [
        '哎我被这个 report 搞到喘不过气来 lah 哈哈，不是真的啦。问一下 polyclinic 可以做 spirometry 吗？我老板要我们全部做 health screening',  # blind56b.breathing.13
        '今天被老板骂到喘不过气来哈哈，不是真的啦。问下体检要空腹吗',
        '呢份功課搞到我透唔過氣呀哈哈，唔係真的，想問下驗血幾點開始',
        '他说被考试压得喘不过气哈哈，不是真的，问下图书馆几点关门',
        'this deadline has me unable to breathe lol, not really. what time does the clinic open?',
    ],
    'vexed_idiom': [
        '这个表格填得我想死的心都有咯 么子都要填 三页纸 我就想问下体检报告去哪里拿',  # blind56a.suicide_self_harm.13
        '这个报销流程搞得我想死的心都有，请问发票去哪里交？',
        '排隊排到我想死嘅心都有，想問幾點先到我？',
        '他说作业写得他想死的心都有，问下图书馆几点关门',
    ],
    'show_no_intent_hotline': [
        '我在 Netflix 看那个 13 Reasons Why，里面那个女生自杀，我看完有点 down，不是我要做什么 lah，只是想问 Singapore 有什么 hotline 可以聊聊天的?',  # blind56b.suicide_self_harm.13
        '看完一部讲自杀的电影，心情有点低落，不是我要做什么，只是想问有没有心理热线可以聊聊',
        '睇完套韓劇入面個女仔自殺，我有啲唔開心，我唔會做傻事，想問有冇熱線可以傾下偈',
        '我女儿看了那部剧，里面的主角自杀了，她说她不会做傻事，只是想找人聊聊，有热线吗',
        'watched a series where a character kills herself, feeling a bit low, not that I am going to do anything, is there a helpline to talk to someone?',
    ],
}


@pytest.mark.parametrize("text", [t for texts in EMERGENCIES.values() for t in texts])
def test_emergency(triage, text):
    assert triage.assess(text).level == EMERGENCY, text


@pytest.mark.parametrize("text", [t for texts in LOOKALIKES.values() for t in texts])
def test_lookalike_calm(triage, text):
    assert triage.assess(text).level == NONE, text
