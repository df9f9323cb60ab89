"""Round 42 (session 42, P42) PHI families: blind62s's misses read as SHAPES. Every example is our own wording, none
copied from a blind set; each family has variants in other registers, scripts and name origins (each failed at c1adf4f),
and look-alikes that must stay as they are. redact_user_text (rules and the tagger: what the logs use)."""
import pytest

from medqa.safety.phi import COARSE_KIND, redact_user_text


def _spans(text):
    return [(text[s.start:s.end], COARSE_KIND.get(s.kind, s.kind)) for s in redact_user_text(text).spans]


FIRES = [
    # a possessive ends a name: the thing owned (often an acronym) is no part of it
    ("My husband Tendai Moyo's ECG report never arrived.", "Tendai Moyo", "NAME"),
    ("My wife Chipo Ndlovu's ECG is on Friday.", "Chipo Ndlovu", "NAME"),
    ("My son Arjun Mehta's EHCP review needs a letter.", "Arjun Mehta", "NAME"),
    ("Her dad Oluwaseun Bakare's CPAP mask is cracked.", "Oluwaseun Bakare", "NAME"),
    # a title or kin word before a given name is no part of it (Nigerian chief, Filipino aunt or uncle)
    ("Please tell Chief Emeka Nwosu that the clinic moved.", "Emeka Nwosu", "NAME"),
    ("Alhaji Musa Abubakar will come with his son.", "Musa Abubakar", "NAME"),
    ("Tita Marites (Maria Teresa Santos) will bring the forms po.", "Marites", "NAME"),
    ("Kuya Boyet is driving Lolo to the clinic.", "Boyet", "NAME"),
    # the name a family uses
    ("Everyone calls him Sipho, his papers say Mandla Sipho Dube.", "Sipho", "NAME"),
    ("She is Rosario Dizon but we all call her Charing.", "Charing", "NAME"),
    # a given name after a relative word the rules do not know, when a person's verb follows
    ("My bibi Zawadi is staying with us this month, can she come in with me?", "Zawadi", "NAME"),
    ("Our abuelita Remedios lives with us and needs a wheelchair at the door.", "Remedios", "NAME"),
    ("My ouma Ansie rang the ward twice yesterday.", "Ansie", "NAME"),
    # a given name after an endearment
    ("Baby boy Jaylen picked up my prescription for me.", "Jaylen", "NAME"),
    ("Aye, wee Ailsa McTavish's inhaler is nearly done.", "Ailsa McTavish", "NAME"),
    ("little Tariq needs his nebuliser fixed", "Tariq", "NAME"),
    # a Portuguese family name after "e"
    ("Maria Luísa Ferreira e Costa is my mother, she is 88.", "Maria Luísa Ferreira e Costa", "NAME"),
    ("Patient: Ana Beatriz Nogueira e Silva, bed 12.", "Ana Beatriz Nogueira e Silva", "NAME"),
    # a record number closed by a check letter
    ("Her MRN is 0031 8842 K. Can I get a copy?", "0031 8842 K", "MRN"),
    # Chinese: 阿 + given name + kin title; a surname + 太 after a relative; a compound surname after a relative; a name
    # after a role; an English name after a role in Chinese text
    ("阿婆話阿明叔今晚會嚟接佢。", "阿明", "NAME"),
    ("阿嫲同阿娟姐一齊去覆診。", "阿娟", "NAME"),
    ("我妈說阿强哥明天开车送她。", "阿强", "NAME"),
    ("我妈说阿华仔今晚过来。", "阿华", "NAME"),
    ("家母陳太下週覆診，請問要空腹嗎？", "陳", "NAME"),
    ("家母林太下星期覆診。", "林", "NAME"),
    ("我陪家父上官志远来办住院。", "上官志远", "NAME"),
    ("请帮家母诸葛秀兰预约下周的眼科。", "诸葛秀兰", "NAME"),
    ("家里护工覃秀梅会陪老人过来。", "覃秀梅", "NAME"),
    ("我的菲佣 Marisol 会陪妈妈去拿药。", "Marisol", "NAME"),
    ("同事 Kevin 帮我挂了号。", "Kevin", "NAME"),
    # Chinese addresses: an autonomous prefecture between province and city; the estate, block, floor and flat of a Hong
    # Kong address; the door and flat of a mainland one
    ("我住在四川省凉山彝族自治州西昌市航天大道15号。", "四川省凉山彝族自治州西昌市航天大道15号", "ADDRESS"),
    ("寄到吉林省延边朝鲜族自治州延吉市光明街36号就行。", "吉林省延边朝鲜族自治州延吉市光明街36号", "ADDRESS"),
    ("我住在云南省西双版纳傣族自治州景洪市勐泐大道6号。", "云南省西双版纳傣族自治州景洪市勐泐大道6号", "ADDRESS"),
    ("地址為九龍紅磡德民街8號海濱南岸3座18樓F室，謝謝。", "九龍紅磡德民街8號海濱南岸3座18樓F室", "ADDRESS"),
    ("住哈尔滨市南岗区西大直街45号3门502。", "哈尔滨市南岗区西大直街45号3门502", "ADDRESS"),
    ("我家在天津市南开区鞍山西道12号2门101，谢谢。", "天津市南开区鞍山西道12号2门101", "ADDRESS"),
    # a rule name that the tagger reads with more name words around it
    ("Chiamaka Eze, ward clerk, please send the form to 0161 496 0981. My sister is Ifeoma Eze.", "Chiamaka Eze", "NAME"),
]


@pytest.mark.parametrize("text,value,kind", FIRES)
def test_round42p_shapes_fire(text, value, kind):
    assert (value, kind) in _spans(text)


CLEAN = [
    # a team, club or chat group's name; a park or square someone went to
    "The family chat is called Mum's Knee Crew, can we all visit on Sunday?",
    "Our walking group, the Tuesday Strollers Club, wants to know about parking.",
    "We took Nan to Victoria Park on Saturday and she got tired quickly.",
    "The kids went down to Jubilee Gardens for the fireworks.",
    "They met at Trafalgar Square for the parade, is the clinic open on bank holidays?",
    # relative and endearment words before a capitalised word that is no name
    "My new Fitbit says my pulse is 110.",
    "my local Boots is staying open late tonight",
    "Baby Calpol is in the cupboard, can she have it?",
    "The Chief Executive wrote to me about the complaint.",
    # Chinese look-alikes: 阿 + kin word, 太 after an adjective, a role word before a common word, an address that ends
    "阿伯今日去覆診。",
    "阿婆同阿公一齊嚟。",
    "这个药太苦了，孩子不肯吃。",
    "司机师傅说停车场满了。",
    "我的同事们都说要排很久。",
]


@pytest.mark.parametrize("text", CLEAN)
def test_round42p_lookalikes_stay_clean(text):
    assert _spans(text) == []


STAYS = [
    # wordings of the same shapes the rules or the tagger already read at c1adf4f: they must stay read
    ("My mother Fatima Bibi Rahman's NHS letter says Tuesday.", "Fatima Bibi Rahman", "NAME"),
    ("Her son Kwabena Asante's MRI was moved again.", "Kwabena Asante", "NAME"),
    ("Pastor Kofi Mensah's MRI letter came today.", "Kofi Mensah", "NAME"),
    ("Abuela Remedios Cruz can't manage the stairs.", "Remedios Cruz", "NAME"),
    ("Mrs Adaeze Obi (we call her Mama Ada) is in bed 4.", "Ada", "NAME"),
    ("Her name is Guadalupe Ortega but she goes by Lupita.", "Lupita", "NAME"),
    ("young Declan O'Rourke's cast is too tight", "Declan O'Rourke", "NAME"),
    ("您好，我是张总的助理刘晓燕，想确认体检时间。", "刘晓燕", "NAME"),
    ("地址：新界沙田大圍車公廟路8號翠田花園C座7樓B室。", "新界沙田大圍車公廟路8號翠田花園C座7樓B室", "ADDRESS"),
    ("送到北京市朝阳区安立路60号3号楼2单元501。", "北京市朝阳区安立路60号3号楼2单元501", "ADDRESS"),
    # a record number with its label glued on stays whole (blind11 and blind15 label "MRN-1350936" so); a given name that
    # is also a relative's word elsewhere stays in the name ("Nan Cessford", "Tito Tuki"); a role before a full name stays out
    ("His hospital number is MRN-77-10452, he is in bay 3.", "MRN-77-10452", "MRN"),
    ("This is about Nan Pengelly, she fell at home.", "Nan Pengelly", "NAME"),
    ("I'm writing for my neighbour Tito Rapu, he lost his hearing aid.", "Tito Rapu", "NAME"),
    ("Coach of the juniors here. Player Kairat Abenov hurt his wrist today.", "Kairat Abenov", "NAME"),
    # a surname "Park" is a name; an address that ends before a comma stays as it is
    ("My neighbour Daniel Park is bringing me in.", "Daniel Park", "NAME"),
    ("I saw Dr Soo-jin Park at the clinic.", "Soo-jin Park", "NAME"),
    ("寄到广州市天河区体育西路100号，谢谢。", "广州市天河区体育西路100号", "ADDRESS"),
]


@pytest.mark.parametrize("text,value,kind", STAYS)
def test_round42p_neighbours_stay(text, value, kind):
    assert (value, kind) in _spans(text)
