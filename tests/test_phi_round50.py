"""Round 50 PHI families (blind50's misses, by format). Every example is our own wording, none copied from a blind set;
each family has variants in other words, languages or scripts, and look-alikes that must stay unlabelled."""
import pytest

from medqa.safety.phi import COARSE_KIND, redact


def _spans(text):
    return [(text[s.start:s.end], COARSE_KIND.get(s.kind, s.kind)) for s in redact(text, tagger=False).spans]


FIRES = [
    # a date after a birth label, whatever the language of the month words; Celtic month names with a day and a year
    ("DOB 4 an Gearran 1951, please fix the letter.", "4 an Gearran 1951", "DATE"),
    ("she was born 30 an t-Iuchar 1938 on Barra", "30 an t-Iuchar 1938", "DATE"),
    ("Date of birth: 12 Meán Fómhair 1944", "12 Meán Fómhair 1944", "DATE"),
    ("birthday is 7 Gorffennaf 1930, he's deaf in one ear", "7 Gorffennaf 1930", "DATE"),
    ("d.o.b. 21 Lúnasa 1977 and the GP is in Dingle", "21 Lúnasa 1977", "DATE"),
    ("Born on 2 Mahuru 1941 per her own telling", "2 Mahuru 1941", "DATE"),
    ("Granny's papers say 9 am Màrt 1929, could you check?", "9 am Màrt 1929", "DATE"),
    ("Ganwyd hi 14 Rhagfyr 1933 yn Aberaeron.", "14 Rhagfyr 1933", "DATE"),
    ("дата рождения: DOB 3 февраля 1931 г., please update", "3 февраля 1931 г.", "DATE"),
    # an age over 89 the vigesimal way after "he's / she's / aged / turned", or in words in brackets after a name
    ("Grandad says he's four score and fifteen and still rows.", "four score and fifteen", "AGE"),
    ("my nan is aged five score and two, believe it or not", "five score and two", "AGE"),
    ("Tha i ceithir fichead 's a trì deug.", "ceithir fichead 's a trì deug", "AGE"),
    ("Mon grand-père, il a quatre-vingt-treize ans.", "quatre-vingt-treize", "AGE"),
    ("Mae hi'n pedwar ugain a deg oed.", "pedwar ugain a deg", "AGE"),
    ("Referral for Mabel Ogilvy (ninety-six next month), hip pain.", "ninety-six", "AGE"),
    # a rural Chinese address by county, town and village
    ("地址：河南省周口市郸城县汲冢镇李楼村5组，麻烦寄过来。", "河南省周口市郸城县汲冢镇李楼村5组", "ADDRESS"),
    ("我妈住在临泉县杨桥镇大王村，电话打不通。", "临泉县杨桥镇大王村", "ADDRESS"),
    ("寄到：湖北省英山县温泉镇百丈河村28号", "湖北省英山县温泉镇百丈河村28号", "ADDRESS"),
    ("老家系梅县区松口镇大黄村三组，阿公九十几。", "梅县区松口镇大黄村三组", "ADDRESS"),
    ("地址是宜蘭縣冬山鄉武淵村12號，麻煩改一下。", "宜兰县冬山乡武渊村12号", "ADDRESS"),
    # a UK or Canadian address of comma-separated parts, a number first, ending in a postcode; a box address
    ("Please post it to 4 Ardnarff, Lochcarron, Ross-shire IV54 8YP thanks", "4 Ardnarff, Lochcarron, Ross-shire IV54 8YP", "ADDRESS"),
    ("New address: Bruach Ard, 9 Ballachulish, Argyll PH49 4JB.", "Bruach Ard, 9 Ballachulish, Argyll PH49 4JB", "ADDRESS"),
    ("we live at 2 Uig, Isle of Lewis HS2 9EZ now", "2 Uig, Isle of Lewis HS2 9EZ", "ADDRESS"),
    ("Send the cheque to Box 412, Moosonee, ON P0L 1Y0 please.", "Box 412, Moosonee, ON P0L 1Y0", "ADDRESS"),
    ("mail: PO Box 17, Pangnirtung, NU X0A 0R0", "PO Box 17, Pangnirtung, NU X0A 0R0", "ADDRESS"),
    ("farm is RR 3, Site 2, Box 40, Vermilion, AB T9X 1J9 if you write", "RR 3, Site 2, Box 40, Vermilion, AB T9X 1J9", "ADDRESS"),
    # a licence or residence-card label before an alphanumeric token
    ("Manitoba licence TR4-77180-22918 for the form", "TR4-77180-22918", "ID"),
    ("his carte de résident is KL-551208, expiring soon", "KL-551208", "ID"),
    ("Driving licence no. MORGA753116SM9IJ is on file", "MORGA753116SM9IJ", "ID"),
    ("work permit number WP-2281730 attached", "WP-2281730", "ID"),
    ("Mon titre de séjour: TS-4419-0082", "TS-4419-0082", "ID"),
    # a Chinese name at a message's head after a place or shop, after a group role, in 帮...的X问一下
    ("五金店郑玉兰，麻烦核对一下我的预约。", "郑玉兰", "NAME"),
    ("城关的宋桂芳，想改一下电话。", "宋桂芳", "NAME"),
    ("覃建华，门诊号MZ-558120，想问复诊时间。", "覃建华", "NAME"),
    ("我们合唱团团员邱秀英昨天摔了一跤。", "邱秀英", "NAME"),
    ("幫屋邨嘅郭麗華問一問覆診時間。", "郭丽华", "NAME"),
    ("学生庞志强上周骨折住院", "庞志强", "NAME"),
    # a machine number after 机号 (round 10's serial labels widened; not 手机号, 座机号, 分机号)
    ("割草机机号GX-2290-118，落在医院了。", "GX-2290-118", "DEVICE"),
    ("我家發電機機號：HG7-55021，麻煩登記。", "HG7-55021", "DEVICE"),
    ("手机号13912345678，打这个。", "13912345678", "PHONE"),
    ("座机号0571-88012345", "0571-88012345", "PHONE"),
    ("机号是TL-4410-22，请核对", "TL-4410-22", "DEVICE"),
    # a plate right before the car it names
    ("TKB-7731那台车停在你们门口。", "TKB-7731", "VEHICLE"),
    ("我開的是RDX-2208的車，被刮了。", "RDX-2208", "VEHICLE"),
    ("WH-8812这辆车是我爸的", "WH-8812", "VEHICLE"),
    # an English name after a person noun, or in a self-introduction after a role
    ("Our club treasurer Hamish Urquhart asked me to ring about his bloods.", "Hamish Urquhart", "NAME"),
    ("re my elderly neighbour Dolina Macphail, she fell last night", "Dolina Macphail", "NAME"),
    ("Shift engineer Tomasz Wierzbicki here, about my sick note.", "Tomasz Wierzbicki", "NAME"),
    ("Our little one Maisie Gunn has a rash again", "Maisie Gunn", "NAME"),
    ("Hi, lifeboat volunteer Kenna Morrison here.", "Kenna Morrison", "NAME"),
]


@pytest.mark.parametrize("text,value,kind", FIRES)
def test_round50_fires(text, value, kind):
    from medqa.safety.zh_fold import fold_traditional
    got = [(fold_traditional(v), k) for v, k in _spans(text)]
    assert (fold_traditional(value), kind) in got, got


QUIET = [
    # a birth label with weeks or weight, a count that is no age, a year with no day
    ("she was born 3 weeks early 2019, all fine now", "3 weeks"),
    ("born 7 pounds 2 ounces in 2021", "7 pounds"),
    ("Four score and seven years ago is how the speech starts.", "four score and seven"),
    ("quatre-vingt-dix euros pour la pharmacie", "quatre-vingt-dix"),
    ("Samhain is on the 31st, the clinic closes early.", "Samhain"),
    ("The Lúnasa festival is in August.", "Lúnasa"),
    # a county hospital, a town clinic, a rural policy, a ward, a bus stop
    ("我在县医院住过，镇卫生院也去过。", "县医院"),
    ("市里的乡村振兴办公室打电话来了。", "乡村"),
    ("Ward 4, Raigmore, the bus stop outside.", "Raigmore"),
    ("Use code IV51 in the portal", "IV51"),
    # a licence mentioned without a number, a LOT code, an app version
    ("my driving licence was renewed last year", "licence"),
    ("LOT no. 22C417 printed on the box", "22C417"),
    ("App version 4.12.0 crashes on login", "4.12.0"),
    ("坐K282路公交车来的", "K282"),
    # a symptom, a doctor, a role with no name, a famous person
    ("患者高血压，想问药。", "高血压"),
    ("我是王医生的病人，想改时间。", "王医生"),
    ("学生会主席来电话了", "会主席"),
    ("Our club secretary asked me to sort this out.", "secretary"),
    ("Our little one has a rash again", "little one"),
    ("Customer Services here to help", "Customer Services"),
    ("My favourite author Ian Rankin has a new book.", "Ian Rankin"),
]


@pytest.mark.parametrize("text,value", QUIET)
def test_round50_quiet(text, value):
    from medqa.safety.zh_fold import fold_traditional
    got = [v for v, _ in _spans(text)]
    assert not any(value in v or fold_traditional(value) in v for v in got), got


def test_round50_spent_rows():
    # a handful of blind50 rows (spent) in short form
    t = "Re: Ruaraidh Matheson, DOB 5 an t-Samhain 1979, address Cnoc na Mara, 3 Lower Breakish, Isle of Skye IV42 8QA."
    got = _spans(t)
    assert ("5 an t-Samhain 1979", "DATE") in got and ("Cnoc na Mara, 3 Lower Breakish, Isle of Skye IV42 8QA", "ADDRESS") in got
    t = "He likes to say he's four score and twelve. Batch 22C417 is printed on the box."
    assert ("four score and twelve", "AGE") in _spans(t) and not any("22C417" in v for v, _ in _spans(t))
    t = "Ontario licence B9902-33418-51207. 100 next birthday."
    assert ("B9902-33418-51207", "ID") in _spans(t)
    t = "我是患者郝玉珍的家属，补充信息：她93岁。地址：福建省霞浦县沙江镇竹江村3组。"
    assert ("福建省霞浦县沙江镇竹江村3组", "ADDRESS") in _spans(t)
    t = "Turbine tech Alasdair Gillies here, sorting out paperwork."
    assert ("Alasdair Gillies", "NAME") in _spans(t)
