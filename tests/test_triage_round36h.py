"""Triage round 36h (blind56, spent): Chinese voice input and Taiwanese Hakka. Pinned with this round's own wordings
(at most one blind56 row per fix).

- normalize.fold_voice_input: a message dictated word by word ("我 女儿 怀孕 十二周 了") is read without its spaces; a
  temperature split at the pause ("三十八度 五", "38 5度", "三十八 五度") is one reading where the unit says so.
- normalize.fold_zh_homophones: voice input's homophones of the red-flag words (兄口 胸口, 冷憾 冷汗, 新脏 心脏, 怀运 怀孕,
  姨岛素 胰岛素) from data/zh_homophones.txt (scripts/build_zh_homophones.py: one same-toned common character away, no
  dictionary word, nowhere in the in-domain text); a string that is half of a word with its neighbour stays.
- normalize.fold_hakka: Hakka words (𠊎, 毋, 愛仰般, 心肝頭, 目珠, 這下, 擺, 兜子, 心舅, 前兜時, 肚屙, 今晡日 ...) to Mandarin.
- a hot appliance touched (rice cooker, iron, stove) is a hot injury (facts), and a severe burn's fact keeps the finding
  when the writer asks what to do; 发过 is 发作过 (seizure-free for years); 前些时候 / 前阵子 are past; another child at the
  kindergarten having meningitis is news about someone else.
"""

import pytest

from medqa.safety.normalize import fold_hakka, fold_voice_input, fold_zh_homophones, normalize_triage
from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = {
    "hakka_tearing_chest_pain": [
        "𠊎阿爸心肝頭痛到背，講像拗開樣，面色白白，出冷汗，愛仰般？",  # blind56b.chest_pain.7's sign, own words
        "佢心肝頭痛到背脊去，痛到像撕開，手腳冷冷，𠊎毋知愛仰般",
    ],
    "hakka_mushrooms": [
        "𠊎阿姆食了山上撿來个菇仔，這下肚屙又嘔，目珠看毋清，一直出冷汗",
        "𠊎老公昨晡日食野菇，今晡日一直肚屙、嘔，講目珠花花看毋清",
    ],
    "rice_cooker_burn": [
        "𠊎細人仔三歲摸著電鍋，歸隻手起泡，皮脫掉了，愛仰般？",
        "我儿子两岁摸到电饭锅，整个手掌起泡，皮都掉了，怎么办",
        "my 2 year old touched the rice cooker, his whole palm is blistered and the skin is coming off, what do I do",
        "她女儿碰到熨斗，手指全部起泡，皮掉了一块",
    ],
    "voice_infant_fever": [
        "我 孙女 才 一个月 零 五天 量了 三十八度 五 不太 吃奶",
        "宝宝 刚 满月 体温 38 5度 一直 睡",
        "我 儿子 七个 星期 大 发烧 三十八 五度 了",
    ],
    "voice_homophones": [
        "我 爸 兄口 疼 出了 一身 冷憾 左边 胳膊 麻",
        "他 兄口 压着 疼 一直 冒 冷憾",
        "我 老婆 怀运 三十四周 下面 出血 很多 肚子 一阵一阵 疼",
        "我 妈 打 姨岛素 的 现在 一身 冷汗 说话 颠三倒四 叫 也 不太 应",
    ],
}

CALM = {
    "hakka_stable_refill": [
        "𠊎阿公有羊癲瘋，食藥仔三年都無發過，想問藥仔食完了愛仰般拿？",
        "𠊎有時重複食兩擺血壓藥，醫生講這下血壓正常，無問題，想問有藥盒仔買無？",
    ],
    "hakka_low_placenta_past": [
        "𠊎心舅大肚六個月，前兜時有兜子出血，醫生講胎盤較低，這下無出血了，也毋會痛。想問產檢補助愛仰般申請？",
    ],
    "hakka_head_bump_denied": [
        "𠊎頭撞著櫃仔，有兜子痛，毋會嘔，毋會暈，食飯正常。愛冰敷無？",
    ],
    "hakka_classmate_meningitis": [
        "𠊎孫女幼稚園有細人仔得了腦膜炎，𠊎孫女無發燒，食飯好好。愛打預防針無？",
    ],
    "voice_admin_question": [
        "请问 产科 建档 要 带 什么 我 怀孕 十周 了 没有 出血 也 不 疼",
        "我 儿子 三岁 前天 发烧 三十八度 五天 了 吗 不是 现在 退了 想问 儿科 几点 开门",
        "请问 心脏 科 周六 上班 吗",
    ],
    "real_words_not_folded": [
        "我重新脏了衣服要洗，请问洗衣房在哪",
        "医院门口有卖新口罩吗",
    ],
}


@pytest.mark.parametrize("text", [t for group in EMERGENCIES.values() for t in group])
def test_emergencies(triage, text):
    assert triage.assess(text).level == EMERGENCY, text


@pytest.mark.parametrize("text", [t for group in CALM.values() for t in group])
def test_calm(triage, text):
    assert triage.assess(text).level != EMERGENCY, text


def test_voice_spacing_and_split_readings():
    assert fold_voice_input("我 外孙 才 一个月 零 十天 凉了 三十八度 五") == "我外孙才一个月零十天凉了三十八度五"
    assert "38.5度" in fold_voice_input("宝宝 刚 满月 体温 38 5度 一直 睡")
    assert "三十八点五度" in fold_voice_input("我 儿子 七个 星期 大 发烧 三十八 五度 了")
    # 38 degrees for five days: the count is no decimal
    assert "三十八度 五天" in fold_voice_input("他 发烧 三十八度 五天 了 现在 好 了")
    # phrases set apart by spaces keep them (they stand for commas)
    assert fold_voice_input("我爸胸口疼 一身冷汗 还一直想吐") == "我爸胸口疼 一身冷汗 还一直想吐"
    assert fold_voice_input("no chinese here 38 5") == "no chinese here 38 5"


def test_homophones_fold_only_non_words():
    assert fold_zh_homophones("说兄口像石头压着") == "说胸口像石头压着"
    assert fold_zh_homophones("出了一身冷憾") == "出了一身冷汗"
    assert fold_zh_homophones("放过新脏支架") == "放过心脏支架"
    assert fold_zh_homophones("重新脏了") == "重新脏了"  # 重新 + 脏了
    assert fold_zh_homophones("买新口罩") == "买新口罩"  # 新 + 口罩
    assert fold_zh_homophones("心脏和新装") == "心脏和新装"


def test_hakka_fold():
    # fold_hakka reads `normalize`'s output (Simplified characters)
    assert fold_hakka("𠊎毋知爱仰般") == "我不知怎么办"
    assert fold_hakka("𠊎老公心肝头痛") == "我老公胸口痛"
    assert "拉肚子" in fold_hakka("𠊎这下肚屙又呕")
    assert "眼睛" in fold_hakka("𠊎目珠看毋清")
    # no Hakka marker: Mandarin 这下 / 兜子 / 爱 untouched
    assert fold_hakka("这下好了，裤兜子里有钱，我爱吃饭") == "这下好了，裤兜子里有钱，我爱吃饭"
    assert fold_hakka("毋庸置疑") == "毋庸置疑"


def test_normalize_triage_reads_hakka_stroke_cannot_move():
    # 毋会动 is "can not move": it must stay a sign, not become a denial
    assert "不会动" in normalize_triage("𠊎阿姆半片身體毋會動")
