"""Triage round 39z (blind59a/b, spent: session 38's T9): the Chinese rows written in Hakka, Cantonese, Shaanxi and
northern Mandarin, literary Chinese and social-media style, fixed by the sign or by the reason they are benign, pinned
with this round's own wordings (Simplified and Traditional, Hakka, Cantonese; first and third person) and at most one
blind59 row per fix.

Readers (`normalize`): Hakka 今下 (now), a clause-final 咧 (了), 喊 + a person (tell), X个时节 (when X), 分 + a stinger
(被), 肚屎肚 (in the belly), 明晡日 (tomorrow), 爱 before 等 / 戴 / 较 / 怎; '现在想问' is the time of asking, not a case
now; a clause told today or after 'but' beside an old event that is well is the present case.
"""


import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = {
    # the readers and look-alike reasons below leave a new event told beside them alone
    'told_beside_a_reason': [
        '𠊎阿爸舊年中風，今下好咧，毋過今晡日朝晨開始講話講毋清楚，一片手無力',
        '我爸去年中风,现在好了,不过今天早上开始说话说不清楚,一边手没力',
        '𠊎舊年分蜂仔叮到送急診，今下冇事咧，不過今晡日又分蜂叮到，喉嗹緊緊，喘毋到氣',
    ],
}

LOOKALIKES = {
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
