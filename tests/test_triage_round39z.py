"""Triage round 39z (blind59a/b, spent: session 38's T9): the Chinese rows written in Hakka, Cantonese, Shaanxi and
northern Mandarin, literary Chinese and social-media style, fixed by the sign or by the reason they are benign, pinned
with this round's own wordings (Simplified and Traditional, Hakka, Cantonese; first and third person) and at most one
blind59 row per fix.

Readers (`normalize`): Hakka 今下 (now), a clause-final 咧 (了), 喊 + a person (tell), X个时节 (when X), 分 + a stinger
(被), 肚屎肚 (in the belly), 明晡日 (tomorrow), 爱 before 等 / 戴 / 较 / 怎; Southwest 没得 / 冇得 before a sign (没有),
Shaanxi 额 (我), 撒 (什么), 嫑 (不要); '现在想问' is the time of asking, not a case now; a clause told today or after
'but' beside an old event that is well is the present case.
Emergencies: the baby not felt moving IN THE BELLY late in pregnancy (冇感覺細人仔在肚屎肚動); a graze, cut or bite gone
black or purple with blisters or pain that will not bear a touch, and a fever (a necrotising skin infection).
Look-alikes (`triage._r39z_dropped` and the round 37z / 38z families widened): a red-flag word used as a figure of speech
about a task, a thing, a food or a show in a social-media post (one reader for the shape: 'X到/得我…', '对X过敏', '看到X
我直接…', 'X把我…'), while posts that tell a real collapse, ask for help or say it is no joke stay emergencies; a
cartoon, Netflix or a film (睇咗套戏) with the story's person named, the writer only the viewer; a child's composition; what
the television or the village says, the family well (好着呢, 屋里人); an earlier pregnancy's bleed before a calm one; an
emergency number called (打咗 911) is no reading; a negation before a list of two signs (并无胸闷胸痛); 喘气好着呢; a
mouth scalded by hot food with a small blister; a suicide in a show's story with the writer well.
"""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = {
    'no_movement_in_the_belly': [
        '𠊎心舅有身八個月，今晡日朝晨到今下都冇感覺細人仔在肚屎肚動，以前佢好會踢，佢話可能細人仔在睡，𠊎愛等到明晡日無？',  # blind59a.pregnancy.6
        '𠊎心舅有身七個月，今晡日歸日都冇感覺細人仔在肚屎肚踢，愛仰般？',
        '我老婆有咗八個月，今日成日都冇覺得BB喺肚入面郁',
        '怀孕九个月，从早上到现在没觉得孩子在肚皮里动过',
        '我老婆怀孕三十五周，从昨晚到现在都没感觉宝宝在肚子里动',
        '我怀孕32周了 今天一整天都感觉不到宝宝在肚子里踢',
    ],
    'necrotising_wound': [
        '我阿爺跌親手臂擦損咗，三日前開始紅腫，而家成隻手黑黑紫紫，起晒水泡，痛到唔掂得，仲發燒，佢話塗啲藥膏就得',  # blind59b.sepsis.6
        '我爸腿上被铁皮划伤，两天后红肿，现在整条小腿发黑起血泡，发烧39度，他说贴个膏药就行',
        '我妈手指被鱼刺扎伤 现在整只手紫黑 痛得碰都不能碰 还发烧',
        '外婆脚上有个伤口，这两天红肿变成黑紫色，起了好几个大泡，人在发烧',
        '阿公腳被狗咬傷，隔日成隻腳腫到紫黑色，起晒血泡，發高燒',
    ],
    # real emergencies told in the same social-media register as the figures below
    'post_register_real': [
        '姐妹们救命 我闺蜜刚才在奶茶店突然倒地抽搐 叫不醒 #求助',
        '家人们谁懂啊 加班到凌晨 突然胸口剧痛 压着疼 左手发麻 一直冒冷汗 真的不是开玩笑 #打工人',
        '喝了一口芒果奶茶 嘴唇舌头马上肿起来 喘不过气 全身起疹子 #求助 不是开玩笑',
        '这破班上得我想死 药我已经攒够了 今晚就吃 #打工人',
        '看到老板的消息我直接晕倒了 醒来后一边手脚没力 说话也不清楚 #求助',
        '姐妹们 吃火锅的时候我朋友被鱼刺卡住 现在喘不过气 脸都紫了 在线等',
        '加班到胸口闷得喘不过气 一直出冷汗 说的不是心情 是真的身体不舒服 #打工人',
        '谁懂啊 考研压力大到我真的不想活了 遗书都写好了 #考研',
        '家人們 我老公返工時突然暈低 叫極都唔醒 #求助',
        '家人们 开会开到一半我同事直接晕倒了 叫都叫不醒😭',
        '#打工人 加班到窒息 真的喘不过气了 嘴唇发紫',
        '看到账单我直接心梗 然后胸口真的开始痛 痛到后背 一直出冷汗 #打工人',
        '家人们 火锅辣到我喘不过气 嘴唇和舌头都肿了 全身起疹子 #探店',
        '我对上班过敏哈哈 但今天吃了虾之后真的全身起疹子 喉咙肿 喘不过气',
        '姐妹们 这个KPI逼得我想死 我已经把药准备好了',
        '论文写到我想死 #毕业季 我真的撑不下去了 想从楼上跳下去',
        '工作压力大到想死 #emo 每天都不想活 #抑郁',
        '這份KPI逼到我想死 我已經儲夠藥 今晚就食晒佢 #返工',
        '谁懂啊 改稿改到我一边手突然没力 嘴也歪了 说话不清楚 #设计师日常',
        '家人们 我老板今天开会气得晕倒了 叫不醒 #打工人',
        '同事被老板骂了一顿 直接晕倒了 嘴唇发紫 叫不醒 #打工人',
        '我儿子吃辣条辣到喘不过气 嘴唇肿了 全身起疹子',
    ],
    # the readers and look-alike reasons below leave a new event told beside them alone
    'told_beside_a_reason': [
        '𠊎阿爸舊年中風，今下好咧，毋過今晡日朝晨開始講話講毋清楚，一片手無力',
        '我爸去年中风,现在好了,不过今天早上开始说话说不清楚,一边手没力',
        '𠊎舊年分蜂仔叮到送急診，今下冇事咧，不過今晡日又分蜂叮到，喉嗹緊緊，喘毋到氣',
        '我看电视上说脑梗前兆有嘴歪、手麻，我娘刚才突然嘴歪了，手也麻了，怎么办',
        '我给娃写作文要用，顺便问下，我爸刚才胸口疼得厉害，一直出冷汗',
        '看完电视剧 我也不想活了 药都准备好了',
        '我在 netflix 看了套戏讲个女仔自杀，我自己没事，就是我妹妹说她也想这样做，已经写好遗书了',
        '我妈没有发烧，但是胸口痛得厉害，出冷汗',
        '我爸冇得发烧，但係今日突然講嘢唔清楚，一邊手冇力',
        '我老公低血糖 血糖 1.9 叫不醒 已经打了 120',
        '我老公糖尿病 刚才误打了40个单位胰岛素 平时只打4个',
        '我头胎的时候三十周出血住过院，后来顺利生了。现在第二胎三十周，今天又出血了，好多',
        '孙子看卡通，看着看着突然抽搐，叫都叫不醒',
    ],
}

LOOKALIKES = {
    # beside the two signs: early pregnancy not yet felt, a baby kicking, a bruise without fever, a burn or a bite blister
    'beside_the_new_signs': [
        '怀孕十二周，还没感觉到宝宝在肚子里动，正常吗',
        '我怀孕八个月 今天感觉宝宝在肚子里动得特别欢 正常吗',
        '摔了一跤膝盖擦伤了，周围青紫一大块，不发烧，需要打破伤风吗',
        '膝盖擦伤三天了，伤口有点红，没发烧没发黑，要不要涂药',
        '我儿子脚被蚊子咬了抓破了 起了个水泡 周围有点红 不发烧',
    ],
    # one reader for the figure of speech: a red-flag word about a task, a thing, a food or a show, in a post
    'post_figure': [
        '姐妹们救命😭 这个月的KPI真的要把我心脏压爆了 胸口闷到不想上班 谁懂啊（说的是心情哈 身体没毛病）#打工人 #emo',  # blind59b.chest_pain.12
        '谁懂啊家人们 今天对老板的PPT严重过敏🤧 看到就浑身起鸡皮疙瘩喘不过气 哈哈哈 #打工人日常',  # blind59b.anaphylaxis.13
        '这破班上得我想死😩 老板又让周末加班 我决定了辞职 姐妹们有没有好的跳槽推荐 #打工人 #离职',  # blind59b.suicide_self_harm.12
        '姐妹们 这家奶茶甜到我中毒了🤮 一口下去直接升天 避雷避雷 #探店',  # blind59b.overdose_poisoning.13
        '救命 看到这个改了八版的设计稿我直接抽搐了🙃 甲方到底想要啥 #设计师日常',  # blind59b.seizure.12
        '这道高数题我想得头都要撞墙了🤯 撞了三下还是不会 谁能救救孩子 #考研 #高数',  # blind59b.head_injury.13
        '姐妹们 这个季度的KPI压得我心梗了😭 #打工人',
        '家人们谁懂啊 甲方又改需求 我当场脑溢血🙃 #设计师日常',
        '这家螺蛳粉辣到我窒息 但是好好吃 #探店',
        '老板开会又讲了三小时 我听到吐血 #打工人日常',
        '对周一严重过敏 一到周一就浑身难受喘不过气 哈哈哈 #打工人',
        '這份報告寫到我想死😩 老闆仲要我今晚交 #打工人',
        '睇到份KPI我成個人抽搐咗😂 #返工',
        '哥哥今天的舞台帅到我窒息 呼吸不过来了啊啊啊 #追星',
        '这道物理题我算到吐血 头都要炸了 #高考',
        '这家蛋糕甜到我血糖飙升 直接晕过去 避雷 #探店',
        '这个bug改到我抽搐 甲方还在催 #程序员日常',
        '我對數學嚴重過敏 一睇到就喘唔到氣 哈哈 #DSE',
        '看到甲方的修改意见我当场窒息 谁懂啊 #设计师',
        '周一早高峰地铁挤到我窒息 人都快没了 #打工人',
        '刚看完这个月工资条 原地心梗 家人们我还能抢救一下吗😭',
        '家人們 呢個 deadline 逼到我想死😩 聽日一定要請假 #打工人',
        '今日睇到個結局我直接窒息 編劇出嚟捱打 #追劇',
        '謝謝甲方 改稿改到我吐血 哈哈 #設計師日常',
        '老板的画饼能力让我直接心肌梗塞 谁懂啊',
        '对早八严重过敏 一想到就喘不上气 哈哈 #大学生日常',
        '開會開到我腦溢血 老闆仲講緊 #打工人',
    ],
    'hakka_work_figure': [
        '𠊎最近做事做到會死咧，阿姆喊𠊎莫想不開，其實𠊎只係想請兩日假。請問醫院員工心理輔導愛怎般預約？',  # blind59a.suicide_self_harm.14
        '最近加班做到会死咧，老母叫我莫想不开，其实我只系想放几日假，请问员工心理辅导点预约？',
    ],
    'show_cartoon_netflix': [
        '孫子觀看日本卡通，劇中人物頭部受傷後昏迷，他問我頭撞到要注意什麼。請教有無適合孩童閱讀之頭部外傷衛教單張？家中並無人受傷。',  # blind59a.head_injury.15
        '我怀孕三十周，昨天看电视剧里面有个孕妇大出血把我吓死了，我自己冇得事，胎动正常，问一下产检要不要加项？',  # blind59a.pregnancy.13
        '女儿看动画片，里面的小熊被蜜蜂蛰了全身肿起来喘不过气，她问我蜜蜂蛰了会不会这样，家里没人被蛰',
        '看韩剧里面女主角突然晕倒抽搐，想问一下癫痫病人平时要注意什么，我自己没事',
        '我喺 Netflix 睇咗套戲講個阿伯中風，想問下中風有咩先兆？屋企人都冇事',
    ],
    'show_suicide_writer_well': [
        '我喺 Netflix 睇咗套戲講個女仔自殺，睇完好唔舒服，想問下有冇 hotline 俾啲後生仔知道？我自己冇事㗎',  # blind59b.suicide_self_harm.14
        '我在 Netflix 看了部电影讲一个男人跳楼自杀，看完心里难受，想问有没有心理热线可以推荐给学生？我自己没事',
    ],
    'composition_or_hearsay_family_well': [
        '额想谝一哈，额们村里人都说心口疼就是心梗，是真的不？额给娃写个作文要用，心梗都有撒表现？额自己好着呢，嫑多想',  # blind59a.chest_pain.12
        '俺看电视上说脑梗前兆有嘴歪、手麻，俺娘今年七十了，俺想问问平时该注意点啥？她现在好着呢，能吃能睡',  # blind59b.stroke.13
        '我给儿子写作文用，想问问中风有哪些表现？家里人都好好的',
        '孩子要写一篇关于心梗的作文，心梗发作时胸口是怎么痛的？我们家没人生病',
        '额看报纸上说败血症能要人命，额就想问一哈撒是败血症，咋预防？额屋里人都好着呢，嫑担心',
    ],
    'past_and_well_now': [
        '𠊎舊年分蜂仔叮到，全身起疹、喘毋到氣，送急診打針救轉來。今下冇事咧，醫生喊𠊎身上愛帶腎上腺素筆，請問愛去哪科拿？',  # blind59a.anaphylaxis.14
        '𠊎屋下阿公舊年肺炎住院，喘到愛戴氧氣，今下好咧，講話行路都正常。請問佢肺炎疫苗愛打第二劑無？',  # blind59a.breathing.14
        '𠊎頭胎個時節，三十週出血住過院，後來順利生咧。今下第二胎十六週，冇出血冇肚痛，請問產檢係毋係愛較密？',  # blind59a.pregnancy.14
        '𠊎阿爸舊年中風住院，今下好咧，行路都正常，請問復健科愛仰般預約？',
        '我怀老大那次，三十二周大出血住了两个星期院，后来平安生了。现在怀二胎二十周，一切正常，想问要不要提前建档',
        '𠊎舊年食錯藥，食了兩倍個降血糖藥，送急診觀察一暗晡，冇事咧。今下想問藥師，有冇分藥盒可以買？',
        '我去年吃错药,吃了两倍个降血糖药,送急诊观察一晚上,没事了。现在想问药师,有没分药盒可以买?',
    ],
    'emergency_number_called': [
        '我阿媽上年低血糖暈過一次，打咗 911，之後醫生調咗藥，一直冇事。想問下佢嘅 glucometer strips 點樣 refill？',  # blind59b.diabetic.14
        '我阿媽上年低血糖暈過一次，打咗 999，之後醫生調咗藥，一直冇事。想問下試紙點買',
    ],
    'signs_denied_or_fine': [
        '昨日與老伴觀賞日劇，劇中歐吉桑捧胸倒地，老伴笑稱吾若如此，她便帶便當到醫院探病。吾今年七十，並無胸悶胸痛，僅想請教貴院心臟健檢套餐之費用與預約方式。',  # blind59a.chest_pain.15
        '我颈椎不好，今天低头玩手机久了脖子蛮僵，冇得发烧也冇得头痛，热敷一下好多了。你们医院康复科能做颈椎牵引吗？',  # blind59a.meningitis.13
        '额娃感冒了流鼻涕，睡觉打呼噜，白天喘气好着呢，能吃能耍，精神得很，这需要看医生不？',  # blind59a.breathing.12
        '我今年七十,没有胸闷胸痛,想问心脏体检套餐的费用',
        '我今年六十五，并无胸闷胸痛，想预约心脏体检套餐',
        '我颈椎不好，今天脖子有点僵，冇得发烧也冇得头痛，想问理疗科怎么挂号',
        '我娃感冒了，晚上打呼噜，白天喘气好好的，能吃能玩，要看医生吗？',
    ],
    'mouth_scald_small': [
        '今天火锅吃到嘴巴被烫了一下 起了个小泡 已经不怎么疼了 好吃到哭😭 #火锅 #探店',  # blind59b.burns.12
        '今天吃麻辣烫烫到舌头了 起了个小泡 已经不疼了 还能吃吗',
        '喝奶茶太急烫到嘴巴了 没起泡 就是有点麻 #奶茶',
    ],
}

# look-alikes that are calm at every level (gold none), not only below emergency
CALM = [texts[0] for texts in LOOKALIKES.values()] + [
    '我颈椎不好，今天低头玩手机久了脖子蛮僵，冇得发烧也冇得头痛，热敷一下好多了。你们医院康复科能做颈椎牵引吗？',
    '额娃感冒了流鼻涕，睡觉打呼噜，白天喘气好着呢，能吃能耍，精神得很，这需要看医生不？',
    '𠊎屋下阿公舊年肺炎住院，喘到愛戴氧氣，今下好咧，講話行路都正常。請問佢肺炎疫苗愛打第二劑無？',
    '这道高数题我想得头都要撞墙了🤯 撞了三下还是不会 谁能救救孩子 #考研 #高数',
]


@pytest.mark.parametrize("text", [t for texts in EMERGENCIES.values() for t in texts])
def test_emergency(triage, text):
    assert triage.assess(text).level == EMERGENCY, text


@pytest.mark.parametrize("text", [t for texts in LOOKALIKES.values() for t in texts])
def test_lookalike_calm(triage, text):
    assert triage.assess(text).level != EMERGENCY, text


@pytest.mark.parametrize("text", CALM)
def test_lookalike_none(triage, text):
    assert triage.assess(text).level == NONE, text


def test_folds():
    from medqa.safety.normalize import normalize_triage
    hakka = normalize_triage('𠊎舊年分蜂仔叮到，今下冇事咧，醫生喊𠊎身上愛帶腎上腺素筆')
    assert "被蜂" in hakka and "现在没事了" in hakka and "医生叫我" in hakka
    assert "肚子里动" in normalize_triage('𠊎心舅冇感覺細人仔在肚屎肚動') and "明天" in normalize_triage('𠊎愛等到明晡日無？')
    assert "头胎的时候" in normalize_triage('𠊎頭胎個時節出血住過院')
    assert normalize_triage('今下几点') == "今下几点"  # no Hakka marker, nothing folded
    assert "没有发烧也没有头痛" in normalize_triage('冇得发烧也冇得头痛') and "我自己没事" in normalize_triage('我自己冇得事')
    assert normalize_triage('额娃感冒了') == "我娃感冒了" and "什么表现" in normalize_triage('心梗都有撒表现') and "不要多想" in normalize_triage('嫑多想')
    # never the Mandarin words: a forehead, an amount, a lie, passing water
    for text in ('额头好痛', '金额是多少', '他撒谎', '撒尿的时候痛', '没得说'):
        assert normalize_triage(text) == text
