"""Triage round 39z (blind59a/b, spent: session 38's T9): the Chinese rows written in Hakka, Cantonese, Shaanxi and
northern Mandarin, literary Chinese and social-media style, fixed by the sign or by the reason they are benign, pinned
with this round's own wordings (Simplified and Traditional, Hakka, Cantonese; first and third person) and at most one
blind59 row per fix.

Readers (`normalize`): Hakka 今下 (now), a clause-final 咧 (了), 喊 + a person (tell), X个时节 (when X), 分 + a stinger
(被), 肚屎肚 (in the belly), 明晡日 (tomorrow), 爱 before 等 / 戴 / 较 / 怎; '现在想问' is the time of asking, not a case
now; a clause told today or after 'but' beside an old event that is well is the present case.
Emergencies: the baby not felt moving IN THE BELLY late in pregnancy (冇感覺細人仔在肚屎肚動); a graze, cut or bite gone
black or purple with blisters or pain that will not bear a touch, and a fever (a necrotising skin infection).
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
    # the readers and look-alike reasons below leave a new event told beside them alone
    'told_beside_a_reason': [
        '𠊎阿爸舊年中風，今下好咧，毋過今晡日朝晨開始講話講毋清楚，一片手無力',
        '我爸去年中风,现在好了,不过今天早上开始说话说不清楚,一边手没力',
        '𠊎舊年分蜂仔叮到送急診，今下冇事咧，不過今晡日又分蜂叮到，喉嗹緊緊，喘毋到氣',
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
    'past_and_well_now': [
        '𠊎舊年分蜂仔叮到，全身起疹、喘毋到氣，送急診打針救轉來。今下冇事咧，醫生喊𠊎身上愛帶腎上腺素筆，請問愛去哪科拿？',  # blind59a.anaphylaxis.14
        '𠊎屋下阿公舊年肺炎住院，喘到愛戴氧氣，今下好咧，講話行路都正常。請問佢肺炎疫苗愛打第二劑無？',  # blind59a.breathing.14
        '𠊎阿爸舊年中風住院，今下好咧，行路都正常，請問復健科愛仰般預約？',
        '𠊎舊年食錯藥，食了兩倍個降血糖藥，送急診觀察一暗晡，冇事咧。今下想問藥師，有冇分藥盒可以買？',
        '我去年吃错药,吃了两倍个降血糖药,送急诊观察一晚上,没事了。现在想问药师,有没分药盒可以买?',
    ],
}

# look-alikes that are calm at every level (gold none), not only below emergency
CALM = [texts[0] for texts in LOOKALIKES.values()] + [
    '𠊎屋下阿公舊年肺炎住院，喘到愛戴氧氣，今下好咧，講話行路都正常。請問佢肺炎疫苗愛打第二劑無？',
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
