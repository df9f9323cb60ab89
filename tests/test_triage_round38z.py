"""Triage round 38z (blind58, spent): the Chinese rows written in Sichuan / Wuhan / northeastern Mandarin, Taiwanese
Hokkien, Hong Kong Cantonese, Singapore Chinese and social-media style, fixed by the sign or by the reason they are
benign, pinned with this round's own wordings (Simplified, Traditional / Cantonese / Hokkien, English; first and third
person) and at most one blind58 row per fix.

Readers: `normalize.fold_wu_min` reads more Hokkien (目睭, 倒爿 / 正爿, 拄才, 看无, 提袂牢, 羊眩, 起痉, 犹未, 阁, 喙, 咬甲,
后生, 喘气真紧, 陷落去, 青青, 新妇, 顶礼拜, 今下); the Mandarin fold reads Sichuan 莫得 (没有) and the typo 流酸 (硫酸); the
Cantonese fold no longer drops 晒 of 晒伤 / 晒红 (sunburn) nor reads 有个女明星 as a daughter.
Emergencies: fluid gushing from below before term (突然哗一下流了好多水, 止不住往外淌); the waters broken in Cantonese (穿咗
羊水) green; a baby moving 好少 (very little) today at term; Hokkien stroke, seizure and infant-breathing rows once folded.
Look-alikes (`triage._r38z_dropped` and the round 37z families widened): a show named by its kind (一部剧, 综艺, drama) and
kin inside it (入面个阿妈); an emoji or hashtag ends a clause; a pet as the subject of its clause and the vet; an episode
cared for (吃药, 复诊, A&E) and well now (状态蛮好, 完全恢复, 活蹦乱跳, 现在 ok); a burn told of someone in the news; an
episode re-dated (那是十年前的事了); a figure taken back ((bushi), 不是真烧伤哈) and a task's hyperbole with a joke marker
or a sigh and a move to a practical question; hearsay (朋友说 / 听街坊说) with the family well; a child entirely well
with the condition only named or a habit described (吃了嘴巴会肿); a school presentation listing signs as examples.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = {
    'hokkien_stroke': [
        '阮阿母拄才咧看電視，講倒爿的目睭忽然間看無物件，親像烏布崁落來仝款，正爿的手嘛麻麻，提物件提袂牢。伊講是目睭傷酸，歇睏一下就好。阮愛按怎？',  # blind58b.stroke.6
        '阮阿爸拄才講正爿的目睭看無物件，倒爿的手提物件提袂牢',
        '阮阿嬤拄才忽然間一爿目睭看無，手嘛麻麻，愛按怎？',
        '我爸刚才突然右眼看不见了，像拉下一块黑布，左手也没力拿不住东西',
        'my mum suddenly lost the sight in one eye like a curtain coming down and her other hand went numb',
    ],
    'hokkien_seizure_no_waking': [
        '阮小弟有羊眩，今仔日起痙兩擺，中間攏無清醒，這馬閣咧搐',
        '伊有羊眩，拄才起痙了後猶未醒閣起一擺',
        '我儿子有癫痫，刚才抽了一次还没醒又抽了，舌头咬出血',
        '我個仔有癲癇，頭先抽完未醒又再抽，咬到條脷流血',
    ],
    'hokkien_infant_breathing': [
        '阮孫仔八個月，今日喘氣真緊，肚仔一下一下陷落去，喙唇青青，奶攏唔食。阮新婦講是感冒，免緊張。敢是按呢？',  # blind58b.child_unwell.7
        '阮囝仔六個月，喘氣真緊，喙唇青青，奶攏唔食',
        '阮孫仔喘甲真緊，肚仔陷落去，喙唇黑青',
        '我孙女七个月，喘气很急，肚子一吸一吸往下陷，嘴唇发紫',
    ],
    'preterm_fluid_gush': [
        '我老婆怀孕三十周，刚才突然一下流了好多水，止不住往下流',
        '俺怀孕二十九周 刚突然哗一下流了一大滩水 还在往外淌',
        '我太太懷孕三十二週，頭先突然流咗好多水，仲一直往下流',
        'I am 31 weeks pregnant and there was a sudden gush of water and it keeps running down my legs',
    ],
    'waters_green_cantonese': [
        '我老婆懷孕三十八週 頭先穿咗羊水 但係啲水係綠色嘅 而且佢話BB今日郁得好少 佢想喺屋企等陣痛先入醫院 得唔得㗎',  # blind58b.pregnancy.7
        '我三十九週，啱啱穿咗羊水，啲水係綠色',
        '佢穿咗羊水，水係墨綠色嘅，點算',
        'her waters broke and they are green',
    ],
    'moving_very_little_at_term': [
        '我三十八周，今天宝宝动得好少',
        '佢三十九週，今日BB郁得好少',
        'I am 38 weeks and the baby is moving much less today',
    ],
    'acid_typo': [
        '我爸在工地被流酸泼到脚上，皮都发黑了',
        '他手上沾了流酸，冲了水，皮变黑了很痛',
        "acid splashed on my husband's arm at work and the skin has gone black",
    ],
    # the look-alike readers never take these: a sign told of someone now beside the benign reason keeps it
    'kept_beside_lookalike': [
        '我在追剧，突然胸口剧痛，出冷汗',
        '我家狗被蜜蜂叮了，兽医看过了，我女儿也被叮了，现在她喉咙肿了喘不过气',
        '去年中风过一次，现在又突然说话不清，右手没力',
        '那是去年的事了，今天他又胸口剧痛出冷汗',
        '作业写到想死 哈哈 不是开玩笑，药都准备好了，今晚就吃',
        '朋友说发烧要去急诊，我宝宝一个月大现在烧到38.5度',
        '我被火锅的热油烫到手臂，一大片起泡了',
        '我看新闻说有人被电到烧伤很严重，我儿子刚才也被电线电到，手上烧伤了',
        '孩子在学校楼梯上摔了，后脑勺着地，老师说当时没事，回来以后越来越想睡觉，叫醒了又睡，还吐了，说头特别痛。',
    ],
}

LOOKALIKES = {
    'show_by_its_kind': [
        '我睇緊套韓劇，入面個阿媽突然中風，講嘢口齒不清，想問吓現實中係咪真係要好快送院㗎？純粹好奇，屋企人全部冇事。',  # blind58a.stroke.15
        '我追緊套劇，入面個阿爸突然心口痛暈低，想問現實係咪要即刻召白車，純粹好奇，屋企人冇事',
        '看综艺里有个嘉宾突然晕倒抽搐，现实中遇到该怎么做呢？只是好奇',
        '我在看一部剧，里面的爷爷突然中风嘴歪了，现实中中风都这样吗',
        '我和朋友在看一个 drama，里面的人被车撞到头 耳朵流血 现实中会这样吗',
        '今天看电影😱 女主角突然心脏病发😭 现实中心梗都这样吗 好奇问问',
        '看综艺有个女明星说她怀孕时见红了，孕妇见红一般是什么原因',
    ],
    'pet_subject_and_vet': [
        '想問一下 我們家的貓前幾天敗血症住院 獸醫說已經控制住了 現在回家在吃藥 人會被貓傳染嗎?? 我們全家都很健康啦',  # blind58a.sepsis.14
        '我家的狗前两天中毒住院，兽医说已经没事了，人会不会也中毒？',
        '我的 cat 昨天被蜜蜂叮到脸肿，vet 打了针已经好了，人被叮要注意什么',
        '我們家的貓咪昨天抽筋，獸醫看過說是低血糖，現在正常了，人低血糖會抽筋嗎？',
        '我家狗狗昨天呼吸急促，送去宠物医院看了，今天好了。顺便问一下，人呼吸急该怎么处理？',
    ],
    'past_cared_for_well_now': [
        '你好我想问一哈我屋里崽去年有抑郁症还自伤过现在在七药状态蛮好每个月来复诊这个月的号哪个时候放出来',  # blind58a.suicide_self_harm.12
        '我老公上个月血糖太低晕倒进了急诊，现在状态很好，想问内分泌科复诊可以改时间吗',
        '我女儿前年自伤过，现在在吃药状态很好，想问一下心理科复诊怎么预约',
        '我外甥上個月脫水住院三天，現在已經完全恢復了，想問醫療報告在哪裡拿',
        'my uncle had a hypo and went to a&e last month, now ok already, can i change his clinic appointment',
        '我娃儿上个星期发高烧住了院，现在莫得事了，复查挂哪个科嘛',
    ],
    # the Hokkien fold reads the lips (喙唇) now, so last week (顶礼拜) and well now (今下攏好去了) are read too
    'hokkien_past_well': [
        '阮孫仔頂禮拜食蝦，喙唇腫起來，去急診打針，醫生講無要緊，今下攏好去了。醫生叫阮去掛過敏科，愛做呢掛號？',  # blind58b.anaphylaxis.14
    ],
    'sichuan_no_bleeding': [
        '我怀起三十周了，肚子有点扯到痛，医生说是圆韧带，莫得出血，娃儿动得欢',
    ],
    'news_burn': [
        '我看新聞說有人被電到燒傷很嚴重 想問如果被手機充電線電到一下麻麻的 這樣要緊嗎 我是昨天被電到 完全沒傷口現在也沒怎樣',  # blind58a.burns.15
        '看新闻说有个工人被高压电电到烧伤很严重，想问一般要住院多久',
    ],
    're_dated': [
        '我以前吃海鲜喉咙肿过，呼吸困难，打了针。那是五年前的事了，现在想做个过敏原检测',
        '我爸心梗过，胸口剧痛，装了支架，那都是三年前的事了，想问复查要不要空腹',
    ],
    'figure_taken_back': [
        '家人们谁懂啊😭 高数作业写到心梗 胸口痛（bushi）明天ddl直接原地去世 顺便问下 学校医保在你们医院门诊能报销吗🙏',  # blind58b.chest_pain.12
        '今天面试紧张到心脏病都要犯了(bushi) 想问体检报告去哪里拿',
        '晒太阳晒到皮都要烧起来了 不是真烧伤哈 胳膊晒红了有点疼 没起泡 要擦什么',
        '期末考试复习到想死哈哈哈 终于考完了 想问校医院几点开门',
        '论文写到原地去世😂 顺便问下体检报告怎么打印',
        '胳膊晒伤了有点红，没起泡，要擦什么药',
    ],
    'hearsay_family_well': [
        '請問一下，滿月的寶寶可以帶去日本玩嗎？我朋友說三個月內發燒一定要跑急診所以有點怕，寶寶現在超健康啦，只是想問搭飛機ok嗎',  # blind58a.infant_fever.15
        '听别人说宝宝三个月内发烧一定要去急诊，是真的吗？我家宝宝现在很健康，就是想了解一下',
        '我邻居说用玻璃杯压疹子能看出是不是脑膜炎，是真的假的？我们家都好好的',
    ],
    'well_now_named_only': [
        '今天带孩子做了过敏原检测，结果鸡蛋过敏😱 医生说要备肾上腺素笔，孩子现在一点事没有',
    ],
    'school_task_examples': [
        '救命🆘 我们组神经内科pre要讲脑卒中的FAST识别 口角歪斜 一侧肢体无力啥的 有没有医院官方的科普图可以引用 老师说要权威来源 不然直接芭比Q了😇',  # blind58b.stroke.12
        '我们小组要做汇报讲心梗的症状 胸口压榨样疼痛 出冷汗什么的 有没有官方资料可以引用',
        '救命😭 明天pre要讲癫痫发作 抽搐 口吐白沫之类的 有没有医院的科普可以引用',
    ],
}

CONVERSATIONS_EMERGENCY = [
    ['你好请问皮肤科在几号楼', '哦好那个我老公刚才在厂里被那个流酸溅到了手上和胳膊上用水冲了一下现在皮都发黑了痛得要命他说贴个创口贴就行了行吗'],  # blind58b.burns.5
    ['请问烧伤科在哪', '我爸刚才在车间被流酸泼到腿上，冲过水了，现在皮发黑'],
]


@pytest.mark.parametrize("text", [t for texts in EMERGENCIES.values() for t in texts])
def test_emergency(triage, text):
    assert triage.assess(text).level == EMERGENCY, text


@pytest.mark.parametrize("text", [t for texts in LOOKALIKES.values() for t in texts])
def test_lookalike_calm(triage, text):
    assert triage.assess(text).level != EMERGENCY, text


@pytest.mark.parametrize("turns", CONVERSATIONS_EMERGENCY)
def test_conversation_emergency(triage, turns):
    assert triage.assess_conversation(turns).level == EMERGENCY, turns


def test_folds():
    from medqa.safety.normalize import fold_wu_min, normalize_triage
    assert "眼睛" in fold_wu_min("阮阿母講倒爿的目睭看无") and "左边" in fold_wu_min("阮阿母講倒爿的目睭看无")
    assert fold_wu_min("我想去看电视") == "我想去看电视"  # no Hokkien marker, nothing folded
    assert "没事" in normalize_triage("住了两天观察莫得事了")
    assert "晒伤" in normalize_triage("胳膊晒伤了") and "女明星" in normalize_triage("有个女明星")
    assert "女儿" in normalize_triage("我個女發燒")  # the Cantonese 'my daughter' still folds
