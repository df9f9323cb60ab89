"""Triage round 35z (blind55, spent): the Chinese rows, fixed by the sign or by the reason they are benign, pinned with
this round's own wordings (Simplified, Traditional / Cantonese and English; first and third person) and at most one
blind55 row per fix.

Emergencies:
- a limb 'slept on' (压麻了) no longer vetoes a stroke when half the body is weak, a leg is dragged, speech is slurred in
  Chinese words (含糊, 大舌头, 讲嘢唔清) or the numbness is still there hours later (triage.py _R35Z_NOT_A_PRESSED_NERVE);
- life told as empty with a filler word (活着没啥意思, 做人冇乜意思) is suicidal ideation, not a question about what a word
  means ('没什么意思' was read as 'what does it mean'); a rope made ready with a last word wanted (R35Z_LAST_WORDS);
- insulin or diabetes with a low sugar's danger sign in everyday words: talking nonsense, sugar water not swallowed,
  barely answering when called (R35Z_HYPO_DANGER);
- the chest tight, heavy or painful with a faint or a near faint (R35Z_CHEST_DISCOMFORT + IN1_NEAR_FAINT / FAINT_NOW),
  whatever it is put down to (风, 上火, ubat angin, gas);
- a knock to the head and then walking unsteady or crooked, or one hand weak (R35Z_HEAD_NEURO).
Look-alikes: a condition's name asked as a definition for a project; already in hospital and stable, asking what a ward
takes; a young baby's temperature told and normal; laughing 'to convulsions'; a blood sugar only felt, no diabetes;
a wound closed (埋口) after an old burn; 吃多久 (for how long) is no double dose.
"""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = {
    'stroke_not_slept_on': [
        '我老头子早上起来半边身子没力起，左边手脚都麻了，走路拖着腿，说话也含胡，他说是睡觉压麻了，都两个钟头了还不好，要不要紧',  # blind55a.stroke.5
        '我爸今早起床右边身体没力，走路拖着脚，他自己说是昨晚压麻了，揉一揉就会好',
        '阿妈今朝起身半边身冇力，讲嘢唔清楚，佢话係瞓覺壓親，使唔使理',
        '我老公早上右边手脚都麻，讲话大舌头，他说是睡觉压的，三个小时了还没好',
        'my dad woke up with his whole left side weak and he is dragging his leg, he says he just slept on it funny',
    ],
    'suicide_rope_last_words': [
        ['心理科能挂号不，想找人唠唠', '其实我已经把绳子挂好了，就想最后跟谁说句话，活着没啥意思了'],  # blind55a.suicide_self_harm.4
        '绳子我已经挂好在房梁上了，就想最后跟你讲句话',
        '活著沒什麼意思了，繩子都準備好了',
        '我觉得活着没啥意思，天天都不想起床',
        '做人冇乜意思',
        "I've got the rope tied up in the garage, I just wanted to talk to someone one last time",
    ],
    'hypo_danger_words': [
        ['胰岛素针头医院药房有卖的不', '我老妈刚才打完胰岛素没吃饭，这会儿浑身冒冷汗，手直哆嗦，说话也胡说八道，喂糖水都不咽，叫她也不咋应'],  # blind55a.diabetic.4
        '我爸有糖尿病，打完针没吃东西，现在出冷汗，开始说胡话，喂他果汁都不肯喝',
        '阿爷打完胰島素冇食飯，而家成身冷汗，叫佢都唔多應',
        ['胰岛素要放冰箱吗', '我自己打了胰岛素忘了吃饭，现在手抖冷汗，老婆说我在胡言乱语'],
        'my mum is on insulin, skipped lunch, now sweaty and talking nonsense and she will not swallow the juice',
    ],
    'chest_with_near_faint': [
        '我舅舅五十八歲，剛才打完羽毛球就說胸口很tight，心跳很快很亂，好像要跳出來，差點暈倒，現在坐著也還在喘。他說吃一點ubat angin就好，明天才去klinik，可以等嗎lah？',  # blind55b.chest_pain.7
        '我爸刚才爬完楼梯胸口好闷，心跳乱跳，眼前发黑差点晕倒，他说是上火，喝凉茶就好',
        '老公跑步後心口好翳，話頭暈到企唔穩，佢話係風，塗下風油就得',
        'I was jogging and my chest went really tight, then everything went black for a second and I nearly passed out. probably just wind',
        "my uncle's chest feels heavy and he almost fainted at the bus stop, he says it's just gas",
    ],
    'head_knock_then_unsteady': [
        '我兒子五歲從playground的滑梯上跌下來撞到頭，起初哭一哭就好，可是現在三個小時後走路歪歪的，說頭很痛，左手拿東西拿不穩。讓他睡一下可以嗎？',  # blind55b.head_injury.7
        '女儿从床上摔下来撞到头，当时没事，现在走路东倒西歪，右手拿勺子都拿不稳',
        '個仔跌落嚟撞親個頭，而家行路唔穩，左手揸嘢揸唔穩，可唔可以瞓一陣先',
        "my son hit his head on the monkey bars, seemed ok, now he's walking like he's drunk and his left hand is clumsy",
        'I banged my head on a beam this morning and now I can not walk straight and keep dropping things with my right hand',
    ],
    # the look-alike readers never take these: a sign beside the benign reason keeps the emergency
    'kept_beside_lookalike': [
        '中风是不是就是脑梗？我爸现在嘴歪了说话不清',
        '纯粹想问，我妈刚才突然说话不清，是不是就是中风？',
        '我外婆中风入了院，医生说已经稳定，但是今天又突然昏迷了，探病可以带什么？',
        '宝宝一个月大，体温三十八度五，不吃奶',
        'BB六个星期，摸落好热，量体温三十七度二',
        '我女儿在地上抽搐，叫不醒，我吓得笑都笑不出来',
        '孩子把一整瓶退烧药都喝了',
        '他被开水烫到嘴，口里起泡',
        '阿妈煮饭时烫伤咗成只手，起晒大泡',
    ],
}

CALM = {
    'slept_on_limb_back': [
        '我手臂压麻了，过了两分钟就好了',
        '睡觉压麻了手，甩一甩就好了，正常吗',
        'my arm went dead after sleeping on it, fine after a few minutes',
    ],
    'not_life_but_a_thing': [
        '生活没什么意思，天天上班',
        '这部电影没什么意思',
        '晾衣绳挂好了，想问下最后一次复诊几点',
    ],
    'definition_asked': [
        '我冇敏感啊 純粹想問下 anaphylaxis係咪即係好嚴重嘅敏感？做project用 thx',  # blind55a.anaphylaxis.14
        '纯粹想问下，中风是不是就是脑梗？做功课用',
        'just curious, is sepsis the same as blood poisoning? for my school project',
        '我没过敏，只是想问过敏性休克是什么意思',
    ],
    'in_care_and_stable': [
        '我朋友的爸爸在怡保中風了，上個禮拜已經送去hospital，現在在ward休息，醫生說穩定了。我想寄一些東西給他，一般病房可以收什麼？',  # blind55b.stroke.15
        '我外婆中风入了院，医生说已经稳定，探病可以带什么？',
        'my grandad was admitted with a stroke on monday, he is stable now, can I send him flowers on the ward?',
        '阿爺心臟病發入咗院，醫生話穩定咗，病房可以帶咩食物？',
    ],
    'young_baby_normal_reading': [
        '我个BB三个礼拜大，头先量体温三十六度九，饮奶正常，瞓得好好，想问下几时打第二针疫苗？',  # blind55b.infant_fever.12
        '宝宝一个月大，刚量了体温36.7度，吃奶很好，想问满月要打什么针',
        "my 6 week old's temp is 36.8, feeding fine, when is her next jab",
        'BB两个星期，量体温三十七度，食奶正常，想问几时返诊',
    ],
    'laughed_to_convulsions': [
        '看到那个视频 我笑到抽搐 哈哈哈 蚌埠住了 对了问一下 体检报告几天能出',  # blind55b.seizure.13
        '笑得我全身抽筋，这个段子太好笑了，对了门诊几点开门',
        'I laughed myself into a fit at that video lol, anyway what time does the pharmacy open',
    ],
    'sugar_only_felt': [
        '奶茶喝多了 感觉血糖都要爆表了哈哈 其实没糖尿病 就是想问体检查糖化血红蛋白要空腹吗',  # blind55b.diabetic.13
        '蛋糕吃太多，觉得血糖快爆表了，我没有糖尿病，想问体检要空腹吗',
        'I bet my sugar is off the charts after all that cake haha, not diabetic, just asking about the fasting test',
    ],
    'old_burn_healed': [
        '請問燒傷科覆診喺邊座大樓？我上年燒傷，而家已經埋晒口',  # blind55a.burns.15
        '我个仔上个月烫伤手，而家埋咗口，几时可以游水',
        '烧伤的伤口已经收口了，可以涂疤痕膏吗',
    ],
    'how_long_to_take': [
        '我爸上個禮拜半夜胸口痛，去了hospital check全部OK，醫生說是gastric lah，現在已經沒事了。想問那個胃藥要吃多久？',  # blind55b.chest_pain.15
        '这个抗生素要吃多久才能停',
        '降压药要吃多长时间',
    ],
    'head_knock_walking_fine': [
        '宝宝学走路的时候撞到头，起了个包，玩得很开心',
        "he bumped his head yesterday, walking fine, no vomiting, can he go to school",
    ],
}


def _level(triage, text):
    return (triage.assess_conversation(text) if isinstance(text, list) else triage.assess(text)).level


@pytest.mark.parametrize("family,text", [(f, t) for f, ts in EMERGENCIES.items() for t in ts])
def test_round35z_emergencies(triage, family, text):
    assert _level(triage, text) == EMERGENCY, (family, text)


@pytest.mark.parametrize("family,text", [(f, t) for f, ts in CALM.items() for t in ts])
def test_round35z_lookalikes_calm(triage, family, text):
    assert _level(triage, text) == NONE, (family, text)
