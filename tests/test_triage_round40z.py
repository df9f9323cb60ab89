"""Triage round 40z (blind60a/b, spent): the Chinese rows session 39's test found wrong at 4e14a3e (Sichuan / Guizhou
and Tianjin voices, Traditional with 閨女, a Vietnamese writer's learner Traditional, Macau Cantonese, voice input with no
punctuation), fixed by the sign or by the reason they are benign, pinned with this round's own wordings (Simplified,
Traditional, Cantonese; first and third person) and at most one blind60 row per fix.

Emergencies (data/triage_lay_signs.yaml): a barking cough with a noise in the throat on breathing in, or drooling with
the head pushed forward (R40Z_INSP_NOISE_ZH, R40Z_TRIPOD_ZH; DROOL_ZH reads 口水一直往外流); blood coughed or vomited by
the mouthful or the bowl (BLEEDING_SEVERE); mushrooms picked told with a measure or a place (IN1_WILD_MUSHROOM); pains
in waves at preterm weeks, minutes apart or growing (R40Z_WAVES_ZH, R40Z_CLOSER_ZH); a limb 'burnt white' and an oil pan
that caught (BURN_LIMB_ZH); left shoulder, arm or jaw pain with a heavy sweat and a pale, cold or vomiting look; bulk or
unknown spirits with misty or snowy sight (methanol; no hangover in `_R42_DRUNK_KEEP`); an infection with a home blood
pressure under 90, shaking 'straight' from the cold, or hard to wake with a second sign (SEPSIS_LAY, R40Z_SEPSIS_MORE_ZH).
Look-alikes: a pupil's wall paper (手抄报, 黑板报; `_R45_DOC`); a temperature in degrees is no amount taken (rule AMOUNT,
facts `_AMOUNT`) and a fever gone by the next day (`_RESOLVED`); static or a person 'zapping' someone (`_R48F_SHOCK_SIMILE`);
a child listless from an upset, eating and sleeping as usual (`_r40z_listless_upset_dropped`); a sign said fine after a
filler (喘气啥的都没毛病; `_SAID_NORMAL_AFTER`); happy now (开心得很; `_TR37_WELL_NOW`); an earlier pregnancy told as 第一次
怀孕的时候 with the doctor's word and the baby well, pregnant again (`_R37Z_*`); an old scar 不痛不痒 (BURN_MAJOR, `_RESOLVED`).
"""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = {
    'croup_stridor_or_drooling_posture': [
        '你家好，我家孙子咳嗽像狗叫一样，吸气的时候嗓子里头呼呼地响，口水一直往外流，头往前伸起，不肯躺下，整得人心慌，是不是喝点止咳糖浆就可以？',  # blind60a.breathing.5
        '我女儿三岁，咳起来像狗叫，吸气的时候喉咙里有嘶嘶的声音',
        '孫子咳嗽好似狗吠咁，吸氣嗰陣喉嚨有響聲',
        '宝宝咳得像海豹叫，口水一直往下滴',
        '儿子发高烧，口水止不住往外流，头往前伸着，坐着不动',
        '小朋友口水流個不停，一定要坐著才能呼吸',
        '我家娃咳嗽像狗叫，吸气时嗓子眼呼呼响，是不是喝点止咳糖浆就行',
    ],
    'haemoptysis_by_the_mouthful_or_bowl': [
        '你家好，我爹这两天有点咳，刚才咳出来一大口一大口的鲜血，盆子里头都有小半碗了，他说是上火，喉咙咳破了，整点凉茶喝哈就好，要得不？',  # blind60a.bleeding.5
        '我老公刚才咳嗽，咳出一大口一大口的血',
        '阿爸頭先咳咗成碗血出嚟',
        '奶奶吐了小半碗血，说是胃不舒服',
        '他一直咯血，大口大口的鲜血',
        '我舅舅这几天咳嗽，刚才咳出一大口一大口的血，他说是喉咙咳破了，喝点胖大海就行，对吗？',
    ],
    'wild_mushrooms_picked_with_sickness': [
        '你家好，我们昨天上山捡了些菌子炒来吃，今天一家人都上吐下泻，我奶奶说看见墙上有小人在跳，整得我们心慌，是不是菌子没炒熟？喝点糖水可以不？',  # blind60a.overdose_poisoning.5
        '我们在山上采了一些蘑菇煮汤，喝完全家都在吐',
        '阿婆喺後山執咗啲菇煮嚟食，而家嘔同肚痛',
        '昨天吃了自己炒的见手青，今天拉肚子，看见墙上有小人',
        '我们捡了些菌子回来炒，现在两个人都在吐，是不是没炒熟',
    ],
    'preterm_pains_in_waves_close_together': [
        '閨女懷孕三十週，剛才肚子一陣一陣地痛，差不多五分鐘一次，越來越痛。她說是假性宮縮，不想麻煩人。她先生出差不在家，請問讓她躺著多喝水就好嗎？',  # blind60a.pregnancy.6
        '老婆怀孕三十二周，肚子一阵一阵发紧，差不多十分钟一次',
        '我懷孕29週，肚子一陣一陣痛，越來越密',
        '新抱有咗31個禮拜，肚一陣陣咁痛，大概五分鐘一次',
        '女儿怀孕三十一周，肚子一阵一阵地疼，大概七八分钟一次，她说是假宫缩，躺躺就好？',
    ],
    'burn_gone_white_no_pain': [
        '我们家老头儿炸麻花儿，油锅着了，他拿手一扑，整个手背连胳膊烫得发白，这会儿倒一点儿都不疼了。他说不疼就是没事儿，抹点儿獾油就得，介行嘛？',  # blind60a.burns.4
        '我爸炒菜油锅着了，手臂烫得发白，现在摸着不疼',
        '阿媽隻手俾滾油燙到發白，而家唔痛喎',
        '外婆的腿被开水烫得发白，硬硬的，一点都不疼',
        '我家老头炸丸子油锅着了，拿手去扑，手背烫得发白，现在倒不疼了，抹点獾油行吗',
    ],
    'left_shoulder_pain_sweat_pale': [
        '你好，我先生今天工作回來說左邊肩膀很痛，一直吐，臉很白，流很多汗，手很冰。他說是搬一個很重的東西拉到。婆婆說擦一支藥膏就好。Trời ơi 我很擔心，要不要明天帶他去看醫生？',  # blind60b.chest_pain.6
        '我爸左肩膀疼得厉害，出了一身冷汗，脸色发白',
        '老公左手臂好痛，出咗好多汗，手腳冰冷',
        '我先生左边下巴很痛，一直吐，流很多汗',
        '我爸今天左肩膀特别疼，脸很白，一直冒冷汗，他说是昨天干活扭到了，贴个膏药就行吗',
    ],
    'bulk_spirit_and_misty_sight': [
        '我哋琴晚喺屋企飲咗朋友由大陸帶返嚟嘅散裝白酒，今朝我老公話眼前矇矇，好似落雪咁，肚又痛，仲嘔咗兩次。佢話宿醉啫，飲杯茶就好。使唔使去仁伯爵醫院？',  # blind60b.overdose_poisoning.7
        '我爸喝了村里买的散装白酒，现在说眼前模糊，看不清东西',
        '他喝了朋友自釀的白酒，現在視線模糊，還吐了',
        '聚餐喝了假酒，现在眼前发黑，肚子痛',
        '老公昨晚喝了朋友送的散装白酒，今天早上说眼前雾蒙蒙的，还肚子痛，他说是宿醉，喝点蜂蜜水就好吧？',
    ],
    'infection_low_pressure_rigors_hard_to_wake': [
        '我老伴儿插着尿管呢 这两天尿发浑 有股味儿 今天发烧三十九度多 一会儿冷得直哆嗦一会儿又热 血压计一量才八十多 五十多 他说就是没劲 我寻思给他多喝点水',  # blind60b.sepsis.5
        '我妈尿路感染发烧，刚量血压只有七十多',
        '老爸術後發燒，血壓量出來85/50，人很虛',
        '爷爷插着导尿管，发烧，冷得直发抖，血压八十',
        '外婆腳上的傷口化膿了，發燒，叫她都叫不醒，一直喊冷',
        '爷爷肺炎发烧，今天叫他都不太醒，尿很少',
        '外婆腳上的傷口很紅很腫，發燒，叫她都不太醒，今天只尿了一點點，想下週再帶她看醫生',
        '老伴插着尿管，这两天尿很浑，今天发烧，血压才七十多，他说没事',
    ],
}

# signs read beside the new look-alike readers: each keeps its emergency
KEPT = [
    '做手抄报的时候，我爸突然说话不清楚，嘴歪了',
    '孩子发烧38度，把一整瓶退烧药都喝了',
    '我爸修电线被电到了，手上烧黑了一块',
    '孩子考试没考好，今天很蔫，叫都叫不醒',
    '孩子今天很蔫，发烧39度，吐了好几次',
    '吃花生后全身起疹子，喘气很困难',
    '我奶奶年轻时想过自杀，最近又说活着没意思，还把药都攒起来了',
    '第一次怀孕的时候出过血，后来宝宝很健康。现在又怀孕了，今天又出了好多血',
    '爸爸刚才手被烫伤了，皮肤发白，现在不痛',
]

LOOKALIKES = {
    'drool_nose_noise_teething': [
        '宝宝长牙，口水一直往外流，晚上不肯躺下睡觉，老哭闹，正常吗？',
        '孩子感冒鼻塞，吸气的时候鼻子呼呼响，精神挺好',
    ],
    'blood_streak_or_blood_food': [
        '最近感冒，痰里有点血丝，要看什么科',
        '坐月子喝了一大碗猪血汤，可以吗',
        '昨晚吃了一碗血旺，今天想问体检前能不能吃',
    ],
    'mushrooms_not_eaten_or_shop': [
        '周末带孩子上山捡了些菌子拍照，没有吃，挺好玩的',
        '超市买的蘑菇炒来吃，想问孕妇能不能吃',
    ],
    'pregnancy_tightening_rare_or_asked': [
        '怀孕30周，偶尔肚子发紧，一天两三次，不痛',
        '怀孕三十周，宫缩是什么感觉？想提前了解一下',
        '孕30周，胎动每5分钟一次，很频繁，正常吗',
    ],
    'small_burn_cooled': [
        '炒菜的时候手被油溅了一下，红了一点，冲了冷水已经不疼了',
    ],
    'shoulder_after_sport_or_chronic': [
        '打完球左肩膀很痛，出了很多汗，休息一下就好了',
        '左肩膀疼了好几年，医生说是肩周炎，想挂康复科',
    ],
    'bulk_spirit_without_sight_change': [
        '散装白酒能带上高铁吗',
        '昨晚喝了散装白酒，今天头有点痛，别的没事',
    ],
    'blood_pressure_usual_or_lower_figure': [
        '我有高血压，平时血压130/80，最近有点发烧，能打疫苗吗',
        '发烧了，测血压低压只有55，正常吗',
        '我妈血压平时八十多/五十多，一直这样，这两天有点感冒发烧，能吃感冒药吗',
        '孩子发烧了，早上叫他起床有点赖床，吃饭正常',
    ],
    'school_wall_paper': [
        "你家好，我家娃娃学校要做一张'中风快速识别'的手抄报，你们医院有没有那种图片可以参考一哈？",  # blind60a.stroke.13
        "老师让画一张'认识中风'的手抄报，你们有图片可以参考吗",
        '孩子要做「中風辨識」的小報，可以給我們一些圖片參考嗎？',
        '儿子班上要出一期心梗急救的黑板报，有没有资料',
    ],
    'temperature_is_no_amount_fever_gone': [
        '前两天我发烧38度，吃了药第二天就退了，介两天吃嘛嘛香，就想问问需要复查个血常规嘛？',  # blind60a.sepsis.12
        '孩子昨天发烧39度，吃了退烧药第二天就退了，今天吃嘛嘛香，要复查吗',
        '我发烧38.5度，吃了一片布洛芬，现在退烧了，要复查血常规吗',
        '前天发烧三十八度，吃了药，现在烧已经退了，想约个体检',
    ],
    'static_or_a_person_zapping': [
        '偶今天被老師電到ㄌ ⚡ 不是啦 是被靜電電一下 XD 完全沒事 想問冬天靜電很多有什麼方法可以減少ㄚ',  # blind60a.burns.15
        '冬天摸门把手老被静电电到，有什么办法',
        '脫毛衣的時候被靜電電到，手指麻了一下，現在沒事',
        '今天又被老板电了一顿 哈哈 想问体检报告什么时候出',
    ],
    'child_listless_from_an_upset': [
        '我们家孩子今儿有点儿蔫儿，一问，是考试没考好闹情绪呢，饭照吃觉照睡，嘛事儿没有。想问儿童心理门诊在哪儿挂？',  # blind60a.child_unwell.12
        '女儿今天有点没精神，原来是被老师批评了不开心，能吃能睡的，要不要带她看心理医生？',
        '兒子今天有點蔫，跟同學吵架心情不好，飯照吃覺照睡，想問兒童心理科怎麼掛號？',
        '孩子这两天有点蔫，考试考砸了闹情绪，吃饭睡觉都正常，你们有儿童心理咨询吗',
    ],
    'sign_said_fine_after_a_filler': [
        '吃虾嘴唇起了几个小疹子，呼吸什么的都正常，想查过敏原',
        '吃花生臉上起疹子，呼吸之類的都正常，想約過敏科',
    ],
    'old_suicidal_thoughts_happy_now': [
        '我阿嬷年轻的时候有过想不开，那是三十年前的事了，现在她每日食糜、拜老爷、带孙子，开心得很。医生问家族病史，这个要不要写？',  # blind60b.suicide_self_harm.12
        '我外公年轻的时候想过自杀，那是四十多年前的事了，现在乐呵呵的，体检表上家族史要写吗',
        '我阿姨年轻的时候想不开过，那是二十年前的事了，现在开心得很，家族病史要不要填？',
    ],
    'earlier_pregnancy_bleed_before_a_calm_one': [
        '我第一次懷孕的時候有一點點出血，醫生說沒有關係，後來寶寶很健康。現在我又懷孕了，8個禮拜，沒有出血。請問第一次產檢要帶什麼？',  # blind60b.pregnancy.14
        '上次怀孕的时候见了一点红，医生说没事，后来孩子很健康。现在又怀上了，6周，一切正常，第一次产检挂什么科？',
        '我第一次懷孕時有少量出血，醫生說不要緊，後來寶寶很健康。現在又懷孕10週，沒有出血，要帶什麼？',
    ],
    'old_burn_scar_untroubled': [
        '阿公年轻时在工厂被烫伤过，手上留了疤，几十年了，现在不痛不痒。想问下整形科能不能看旧疤？',  # blind60b.burns.12
        '外婆小时候被开水烫过，腿上有疤，几十年了，现在不痛不痒，想问能不能祛疤',
        '爸爸年輕時手被燒傷過，現在不痛也不癢，想問疤痕門診在哪裡',
    ],
}

CONVERSATIONS_EMERGENCY = [
    ['請問醫院可以幫忙翻譯嗎？我婆婆只會說台語，我是越南人，說不好。', '因為婆婆這幾天腳上的傷口很紅很腫，今天她發燒，一直說冷，也不想吃飯，叫她都不太醒，今天只有尿一點點。先生說老人家都這樣。我想下個禮拜帶她看醫生，要有一個人幫忙翻譯。'],  # blind60b.sepsis.6
    ['請問醫院有越南語翻譯嗎？', '我婆婆腳上的傷口又紅又腫，今天發燒，一直喊冷，叫她都叫不醒，飯也不吃'],
]

CONVERSATIONS_CALM = [
    ['你好 我想挂个皮肤科 问问过敏原检测多少钱 医保能报不', '也没啥大事 就是我一吃芒果嘴边就起点小红疹子 痒痒的 过两天自己就下去了 喘气啥的都没毛病 就想查查到底对啥过敏 不着急'],  # blind60b.anaphylaxis.13
    ['你好 过敏科怎么挂号', '我一吃虾嘴边就起几个小疙瘩 痒 一天就消了 喘气什么的都正常 就想做个过敏原检测'],
]


@pytest.mark.parametrize("text", [t for texts in EMERGENCIES.values() for t in texts] + KEPT)
def test_emergency(triage, text):
    assert triage.assess(text).level == EMERGENCY, text


@pytest.mark.parametrize("text", [t for texts in LOOKALIKES.values() for t in texts])
def test_lookalike_calm(triage, text):
    assert triage.assess(text).level == NONE, text


@pytest.mark.parametrize("turns", CONVERSATIONS_EMERGENCY)
def test_conversation_emergency(triage, turns):
    assert triage.assess_conversation(turns).level == EMERGENCY, turns


@pytest.mark.parametrize("turns", CONVERSATIONS_CALM)
def test_conversation_calm(triage, turns):
    assert triage.assess_conversation(turns).level == NONE, turns


def test_temperature_is_no_amount():
    from medqa.safety.facts import extract_facts
    assert not extract_facts("前天发烧三十八度，吃了药").amount
    assert extract_facts("他吞了三十片安眠药").amount
