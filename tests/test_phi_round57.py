"""Round 57 PHI families (blind57t's misses, by how a name is introduced). Every example is our own wording, none
copied from a blind set; each family has variants and look-alikes that must stay unlabelled. Rules only (tagger off)
unless the family corrects the tagger's spans, then redact_user_text (what the logs use)."""
import pytest

from medqa.safety.phi import COARSE_KIND, redact, redact_user_text


def _spans(text, tagger=False):
    result = redact_user_text(text) if tagger else redact(text, tagger=False)
    return [(text[s.start:s.end], COARSE_KIND.get(s.kind, s.kind)) for s in result.spans]


FIRES = [
    # a title or a relative before a full name whose surname is also a place word; "mom of"; relative, comma, name
    ("Mrs Doreen Hall rang about her hip", "Doreen Hall"),
    ("Dad is Gordon Hall and he's on ward 9", "Gordon Hall"),
    ("my gran was Ivy Hall, she died here in 2019", "Ivy Hall"),
    ("I'm mom of Brayden Kowalski, he's in room 4", "Brayden Kowalski"),
    ("ringing about Mammy, Máire Ní Dhomhnaill, she's on ward 3", "Máire Ní Dhomhnaill"),
    ("visiting my nan, Eileen Mac Carthy.", "Eileen Mac Carthy"),
    # a single name after "my mate / buddy / pal" and a verb
    ("my mate Rangi got his foot stitched", "Rangi"),
    ("my buddy Kev fell off the roof", "Kev"),
    ("her pal Jodie came in with her", "Jodie"),
    ("our flatmate Sione has the spare key", "Sione"),
    # a nickname closed by "here" after a greeting, or at the start before a bracket or dash
    ("G'day, Shazza here, ringing about my ute", "Shazza"),
    ("Morning, Tez here - the bloke with the dog", "Tez"),
    ("Hiya it's Jono here, about the parking fine", "Jono"),
    ("Baz here (the name on the card is Barry Nolan)", "Baz"),
    # sign-offs: two names, a relative and a name, a bare first name closing a short message
    ("Cheers, Moana & Hemi", "Moana"),
    ("Cheers, Moana & Hemi", "Hemi"),
    ("Thanks so much. Love, Tess and Ollie", "Ollie"),
    ("Thanks for the call. From her mum, Folake", "Folake"),
    ("see you Friday. from your dad, Tunde", "Tunde"),
    ("charger lead missing. Leon", "Leon"),
    ("pump beeping all night. Marcus", "Marcus"),
    ("Left a voicemail too. Kezia.", "Kezia"),
    # a name written again after the message named it ("Tama ... Tama Rangihuna")
    ("my mate Hemi got stitched. Hemi Walker if you need the surname", "Hemi Walker"),
    ("my son Kobe is in bay 2. Kobe Tanaka on the forms", "Kobe Tanaka"),
    ("This is Deirdre. Deirdre Falvey, I rang yesterday", "Deirdre Falvey"),
    ("Mrs Olwen Pryce rang, Olwen wants a call back", "Olwen"),
    # Chinese: 老/小 + a surname, 阿 + a given character, between a cue and a boundary
    ("帮老陈问一下他的化验单", "老陈"),
    ("我家老头子老李住在5楼", "老李"),
    ("叫小赵来拿药，她在门口", "小赵"),
    ("病人是小孙，今天出院吗", "小孙"),
    ("阿芳的轮椅坏了", "阿芳"),
    ("帮阿强问一下复诊时间", "阿强"),
    ("阿明住几床？", "阿明"),
    # a surname before 阿伯 / 阿婆 after a cue is the surname alone
    ("隔壁床的李阿伯咳得厉害", "李"),
    ("护士叫她周婆婆，她听不清", "周"),
    ("帮何阿姨问一下报告", "何"),
    ("是陈伯伯打来的电话吗", "陈"),
    ("病人是阿珠，她的药还没拿", "阿珠"),
    # Cantonese: 個仔 / 個女 / 個孫 + a name
    ("我個仔Jason幫我問", "Jason"),
    ("我個孫區志明幫我打字", "區志明"),
    ("個女Cherry話佢聽日嚟", "Cherry"),
    ("我个孙女Vivian帮我打字", "Vivian"),
]

TAGGER_FIRES = [
    # the tagger's spans by the convention: a surname before 阿婆/阿嬷/阿伯 is the surname; no label word; Md./Mohd.
    # and a particle name's last words belong to the name
    ("护士都叫她王阿婆", "王"),
    ("黄阿嬤今天复诊", "黄"),
    ("他是我朋友，全名彼得·帕克", "彼得·帕克"),
    ("姓名是玛丽亚·加西亚，麻烦改一下", "玛丽亚·加西亚"),
    ("Md. Rafiqul Islam Bhuiyan is my brother", "Md. Rafiqul Islam Bhuiyan"),
    ("Our son Mohd. Faiz Hakim came in today", "Mohd. Faiz Hakim"),
    ("patient Md Shafiqul Alam, bed 12", "Md Shafiqul Alam"),
    ("我叫Ana Paula dos Santos Chen，我阿妈住院", "Ana Paula dos Santos Chen"),
    ("Olá，我係 Joana de Sousa Lam，想問探病時間", "Joana de Sousa Lam"),
]

CLEAN = [
    "Parking here is a nightmare",
    "Same here (me too), thanks.",
    "Click here - then book",
    "Glasgow here - the bus was late again",
    "Baz here (the one with the crutches)",
    "Hi, Anyone here speak Polish?",
    "Cheers, thanks a lot",
    "Cheers, Mum and Dad",
    "All sorted now. Thanks",
    "Ward 4 is noisy. Help",
    "Please call me back. Urgent!",
    "The lift is broken. Again.",
    "Is the Great Hall open for the blood drive?",
    "Mum is Very Tired today",
    "about Mum, Outpatients said to wait",
    "Who was Edith Cavell? They named the Cavell Wing after her",
    "Ward 4 were lovely, my mum is home now and resting after the op. The food was fine too. Dankie.",
    "阮阿公今天復診，藥袋寫一天兩次",
    "两小时的输液还要多久",
    "血压老高的怎么办",
    "老陈醋能降血压吗",
    "阿司匹林饭前吃还是饭后吃",
    "小米粥可以喝吗",
    "小区门口的诊所几点开",
    "老年人打疫苗在几楼",
    "我老毛病又犯了",
    "小于5毫米的结石能排吗",
    "阿姨你好，请问挂号在哪",
    "老师说孩子发烧了",
    "小王子的绘本有吗",
    "我的小孩发烧了",
    "阿莫西林胶囊一天吃几次",
]


@pytest.mark.parametrize("text,value", FIRES)
def test_round57_name_fires(text, value):
    assert (value, "NAME") in _spans(text)


@pytest.mark.parametrize("text,value", TAGGER_FIRES)
def test_round57_tagger_name_by_convention(text, value):
    assert (value, "NAME") in _spans(text, tagger=True)


@pytest.mark.parametrize("text", CLEAN)
def test_round57_lookalikes_stay_clean(text):
    assert _spans(text) == []


def test_round57_one_blind_row_per_family():
    # blind57t rows (one per family at most): a relative and "is" before a surname that is also a place word; 老 + surname
    assert ("Agnes Hall", "NAME") in _spans("I keep a diary of mum's symptoms. Mum is Agnes Hall")
    assert ("老刘", "NAME") in _spans("我叫赵桂兰，俺家老头子老刘住院了")
