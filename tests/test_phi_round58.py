"""Round 58 PHI families (blind58s's misses and false spans, by shape). Every example is our own wording, none copied
from a blind set (one blind58s row per family at most, in the last test); each family has variants and look-alikes that
must stay clean. redact_user_text (rules and the tagger: what the logs use) unless a family is the rules' own."""
import pytest

from medqa.safety.phi import COARSE_KIND, redact, redact_user_text


def _spans(text, tagger=True):
    result = redact_user_text(text) if tagger else redact(text, tagger=False)
    return [(text[s.start:s.end], COARSE_KIND.get(s.kind, s.kind)) for s in result.spans]


FIRES = [
    # Chinese name edges: no 叫/是 before it, no 的/她/他 after it
    ("我家的印尼看护叫西蒂·努尔哈丽扎，明天陪我爸复诊", "西蒂·努尔哈丽扎", "NAME"),
    ("我们请的钟点工叫玛丽亚·桑托斯，护照快过期了", "玛丽亚·桑托斯", "NAME"),
    ("我是古丽娜尔·吐尔逊的儿子，想问我妈的床位", "古丽娜尔·吐尔逊", "NAME"),
    ("俺是司马红梅她儿子，俺娘住你们骨科", "司马红梅", "NAME"),
    # a kin or partner word before a full name (compound surnames, one given character after one)
    ("我爱人欧阳峰在你们医院做保安", "欧阳峰", "NAME"),
    ("我女朋友上官婉在急诊输液，能探视吗", "上官婉", "NAME"),
    ("俺老伴儿周大强后天手术，要不要空腹", "周大强", "NAME"),
    ("我带阿祖林春生去复诊，他走路慢", "林春生", "NAME"),
    ("我男朋友諸葛明昨天騎車摔了", "諸葛明", "NAME"),
    # 我叫 / 本人 + a compound surname and two given characters (生 as the last one)
    ("我叫欧阳水生 今年八十了", "欧阳水生", "NAME"),
    ("本人司徒福生，想改一下预约", "司徒福生", "NAME"),
    # a transliterated or pet name after a kin word before punctuation; after 联系我; opening the message before 是我哥
    ("我是他孙女古丽，电话在下面", "古丽", "NAME"),
    ("我是她儿子阿杰，麻烦回个电话", "阿杰", "NAME"),
    ("有事联系我央金：138 0000 1234", "央金", "NAME"),
    ("多吉是我哥，在你们这儿住院", "多吉", "NAME"),
    ("有事找我拉姆，电话139 1111 2222", "拉姆", "NAME"),
    # a single name before a contact detail after a relative; "call me, X, on"
    ("Dad is Obinna, mobile 07700 900123, please ring him", "Obinna", "NAME"),
    ("Next of kin is her niece Tamsin, 07700 900456.", "Tamsin", "NAME"),
    ("You can text me, Priyanka, on 07700 900789 any time", "Priyanka", "NAME"),
    ("My sister Ngozi, phone 07700 900321, is coming too", "Ngozi", "NAME"),
    # a role word and a single name before "here"
    ("The bus was late. Coach Tevita here, 021 000 1111.", "Tevita", "NAME"),
    ("Nurse Bronagh here, ringing about the discharge", "Bronagh", "NAME"),
    ("Manager Deshawn here - the lift is stuck", "Deshawn", "NAME"),
    ("Skipper Ruairi here, two lads hurt at training", "Ruairi", "NAME"),
    # a greeting and a full name before a bracket, and a nickname in the bracket
    ("Hi, Grzegorz Nowak (Greg at work), about my shoulder", "Greg", "NAME"),
    ("Hello, Olumide Bakare (Olu to friends) here about the scan", "Olu", "NAME"),
    ("Hey, Siobhan Keane (Shiv at the club), knee again", "Shiv", "NAME"),
    ("Hiya, Thanh Nguyen (Tony at school), asking for my mum", "Tony", "NAME"),
    # a full name before "in bed / in bay / on ward" even when its first word is a word
    ("Can you tell Sister? Grace Okafor in bed 6 wants her glasses", "Grace Okafor", "NAME"),
    ("Mark Delaney in bay 3 asked for a chaplain.", "Mark Delaney", "NAME"),
    ("Will Fairbanks on ward 12 left his phone charger at home", "Will Fairbanks", "NAME"),
    ("Hope Mbeki in room 4 has the wrong meal again", "Hope Mbeki", "NAME"),
    # "this is X. X Surname": both
    ("Hi, this is Rose. Rose Tremayne, about my bloods", "Rose", "NAME"),
    ("Hi, this is Rose. Rose Tremayne, about my bloods", "Rose Tremayne", "NAME"),
    ("It's Grant. Grant Osei-Bonsu. I missed your call", "Grant Osei-Bonsu", "NAME"),
    ("Morning, I'm Hope, Hope Adjei-Mensah, the physio said to email", "Hope Adjei-Mensah", "NAME"),
    # a name with combining accents goes on over them; a Spanish or Portuguese title is no part of the name
    ("Please write to my uncle Adébáyọ̀ Ọlọ́runfẹ́mi at home", "Adébáyọ̀ Ọlọ́runfẹ́mi", "NAME"),
    ("my aunt Ngọ́zí Okéké is coming in today", "Ngọ́zí Okéké", "NAME"),
    ("Mi abuela Doña Pilar Sánchez Ortega está en planta 4", "Pilar Sánchez Ortega", "NAME"),
    ("My grandfather Señor Aurelio Martín Ruiz is in bed 9", "Aurelio Martín Ruiz", "NAME"),
    # a record number after "MRN as"; Chinese digits after 病历号/住院号
    ("The desk wrote his MRN as 4410-27-8832 on the form", "4410-27-8832", "MRN"),
    ("They gave my record number as 88120034 but it fails", "88120034", "MRN"),
    ("我的住院号是三三零二一九八七 麻烦查一下", "三三零二一九八七", "MRN"),
    ("病历号二零一九零零四四五六，要复印病历", "二零一九零零四四五六", "MRN"),
    # a house or farm name, its town and a UK postcode; a Spanish floor ("3º izquierda") and the postcode and town after it
    ("Post it to Bryn Glas Farm, Llanfair Caereinion SY21 0HE please", "Bryn Glas Farm, Llanfair Caereinion SY21 0HE", "ADDRESS"),
    ("we're at Pen Y Bont Cottage, Builth Wells, LD2 3AA now", "Pen Y Bont Cottage, Builth Wells, LD2 3AA", "ADDRESS"),
    ("home is Hollin Hall Barn, Kirkby Lonsdale LA6 2HT.", "Hollin Hall Barn, Kirkby Lonsdale LA6 2HT", "ADDRESS"),
    ("My father lives in Calle Mayor 14, 2º derecha, 28013 Madrid, send it there", "Calle Mayor 14, 2º derecha, 28013 Madrid", "ADDRESS"),
    ("Avenida de la Constitución 22, 5ª B, 41001 Sevilla is the address", "Avenida de la Constitución 22, 5ª B, 41001 Sevilla", "ADDRESS"),
    # a street with a saint's name and a number is still an address
    ("Send it to 14 St Mary's Road, Ely CB7 4HQ", "14 St Mary's Road, Ely CB7 4HQ", "ADDRESS"),
    # a spoken year after a spoken date
    ("born on the ninth of March nineteen forty seven full stop", "ninth of March nineteen forty seven", "DATE"),
    ("date of birth second of May two thousand and three", "second of May two thousand and three", "DATE"),
]

CLEAN = [
    # schools, teams, cars, places, a verb and a relative, an ethnic group, a pack size, "a number at St"
    "I'm a teaching assistant at Brookfield Primary, can pupils visit?",
    "Our U14s play at home on Saturday, is the first aid room open?",
    "Coach for Millbrook Rangers U10s, is there a defib at the ground?",
    "We'll come in the Range Rover, is there a drop-off bay?",
    "He flew in from Hong Kong last night with a cough",
    "Taking Mum to the eye clinic, where do we park?",
    "我们是藏族的，饭菜能不能清淡点",
    "布洛芬片 0.2g×20片 一次吃几片",
    "Is Bay 4C at St Luke's near the x-ray department?",
    "Is the pharmacy at St Mary's open on a Sunday?",
    "Parking at St George's is full again, where else can I go?",
    "My scan is at St James' not here, can you move it?",
    "Is the café at Saint Bartholomew's still open after six?",
    "Is the Farm Shop café at the Grange open, or only the Mill?",
    "The Cottage Hospital, Keswick has a minor injuries unit?",
    "Is Ward 5, Manor House wing, the dementia unit?",
    "Calle Mayor is closed, buses go round",
    "Owner: Major (Retd) in the tartan coat, bay 4",
    # kin words before ordinary words, not names
    "我女儿发烧，要不要来急诊",
    "我老公高血压在吃药，能喝酒吗",
    "我爱人今天出院，要办什么手续",
    "我男朋友明天来陪床",
    "俺老伴儿住院了，能送饭吗",
    "我女儿阿姨今天来看她",
    "我叫医生来看一下好吗",
    "联系我们：客服电话多少",
    "Dad is fine, thanks for asking",
    "Mum is Diabetic, on insulin",
    "call me, please, on the ward phone",
    "Coach here, is the pitch open?",
    "Bed 3 in bay 2 is free now",
    "Hi, this is Ward 8. Ward 8 reception, sorry",
]


@pytest.mark.parametrize("text,value,kind", FIRES)
def test_round58_fires(text, value, kind):
    assert (value, kind) in _spans(text)


@pytest.mark.parametrize("text", CLEAN)
def test_round58_lookalikes_stay_clean(text):
    assert _spans(text) == []


def test_round58_one_blind_row_per_family():
    # blind58s rows, one per family at most: a transliterated name after 叫; a single name before a contact after a relative
    assert ("蒂娜·蘇西蘿", "NAME") in _spans("我們家的看護是印尼來的，叫蒂娜·蘇西蘿，居留證號碼 AC01234567，她會陪我媽去洗腎。")
    assert ("Folasade", "NAME") in _spans("Mum is Folasade, mobile +44 7911 123 456.")
