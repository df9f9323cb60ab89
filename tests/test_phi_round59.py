"""Round 59 PHI families (blind59s's misses and false spans, by shape). Every example is our own wording, none copied from a
blind set; each family has variants in other registers, scripts and name origins, and look-alikes that must stay clean.
redact_user_text (rules and the tagger: what the logs use)."""
import pytest

from medqa.safety.phi import COARSE_KIND, redact_user_text


def _spans(text):
    return [(text[s.start:s.end], COARSE_KIND.get(s.kind, s.kind)) for s in redact_user_text(text).spans]




# --- names, by how they are introduced (first commit) ---
NAME_FIRES = [
    # a relative's or elder's word, or Malay "Saya", before a full name is no part of it
    ("Grandpa Trần Văn Bình was moved to ward 7 last night", "Trần Văn Bình", "NAME"),
    ("Please post it to Mzee Otieno Kamau at the address on file", "Otieno Kamau", "NAME"),
    ("Saya Wan Nurul Izzah binti Wan Hassan, ada soalan pasal appointment", "Wan Nurul Izzah binti Wan Hassan", "NAME"),
    ("hello Saya Mohd Faizal bin Rosli, IC dah hantar", "Mohd Faizal bin Rosli", "NAME"),
    ("Nonna Giuseppina Russo is 94 and hard of hearing", "Giuseppina Russo", "NAME"),
    ("Can Auntie Folake Adeyemi visit after six?", "Folake Adeyemi", "NAME"),
    # a self-introduction with the surname typed in lower case (a surname that is no English word)
    ("hey its Linh tran, dob 4/7/91, can u move my bloods", "Linh tran", "NAME"),
    ("im Deepak sharma, missed ur call earlier", "Deepak sharma", "NAME"),
    ("hi this is Kwame mensah, ring me back pls", "Kwame mensah", "NAME"),
    ("i am Wei Jie lim, can i change my appt", "Wei Jie lim", "NAME"),
    ("Hi it's Jess wong here about my scan", "Jess wong", "NAME"),
    # a first name signed after a dash at the end of a text, on the same line
    ("can u tell me if my xray results r in yet - Kasia", "Kasia", "NAME"),
    ("running 10 min late for my physio, sorry - Tendai", "Tendai", "NAME"),
    ("need to cancel thurs, pls call me 07700 900 118 - Bogdan", "Bogdan", "NAME"),
    ("I left my glasses in bay 2 yesterday. Could someone keep them? – Ifeoma", "Ifeoma", "NAME"),
    # a single name after a relative and before "who"
    ("I'm visiting my tūtū Keala who's 88 and very deaf", "Keala", "NAME"),
    ("my halmoni Soon-ja who turns 90 in May", "Soon-ja", "NAME"),
    ("my mokopuna Tamatea, who has autism, hates waiting rooms", "Tamatea", "NAME"),
    ("my lola Remedios who is diabetic needs a soft diet", "Remedios", "NAME"),
    # a part of a double-barrelled name written alone
    ("I'm Priya Venkataraman-Lowe and the letter just says 'Lowe'", "Lowe", "NAME"),
    ("Booked under Joseph Okonkwo-Bates but the screen shows Bates only", "Bates", "NAME"),
    # a Tamil / Malaysian patronymic
    ("Patient Letchumy a/p Arumugam, IC on file, wants her results", "Letchumy a/p Arumugam", "NAME"),
    ("I'm Rajendran s/o Muthusamy, calling about my father", "Rajendran s/o Muthusamy", "NAME"),
    ("my father Ganesan A/L Krishnan is in ward 5", "Ganesan A/L Krishnan", "NAME"),
    ("Saraswathy D/O Ramasamy is the next of kin", "Saraswathy D/O Ramasamy", "NAME"),
    # a sign-off after a closing in the writer's own language
    ("Could the physio letter go to my email? Ngā mihi nui, Aroha", "Aroha", "NAME"),
    ("Is the lift working again? Xin cảm ơn, Thảo", "Thảo", "NAME"),
    ("Is the lift working again? Fa'afetai lava, Sina", "Sina", "NAME"),
    ("Please send the bill to my son. Salamat po, Maricel", "Maricel", "NAME"),
    ("Please confirm the transport booking. Asante sana, Wanjiru", "Wanjiru", "NAME"),
    ("Is the lift at the east door working again? Merci beaucoup, Élodie", "Élodie", "NAME"),
    # "X Y's grandson here": the person a relative writes for
    ("Kanagaratnam Sivapalan's granddaughter here. Appa is 91.", "Kanagaratnam Sivapalan", "NAME"),
    # Chinese: a one-word English name glued to a Chinese full name is one name; a full romanised name glued to it is two
    ("我是Kelly陈嘉欣，想查一下体检报告", "Kelly陈嘉欣", "NAME"),
    ("Hi 我叫Michelle林佩君，report收到了", "Michelle林佩君", "NAME"),
    ("我叫Lim Ah Kow林亚九，住在槟城", "林亚九", "NAME"),
    # a child's or grandchild's pet name after the kin word
    ("我个仔阿强帮我拎药，佢识路", "阿强", "NAME"),
    ("我女儿小敏会来接我出院", "小敏", "NAME"),
    # a recipient or contact label before a name, and a full name in brackets after it (区, 冼: Cantonese surnames)
    ("收货人：阿珍（陈玉珍），电话在下面", "阿珍", "NAME"),
    ("收货人：阿珍（陈玉珍），电话在下面", "陈玉珍", "NAME"),
    ("联系人阿玲（区美玲），电话在下面", "区美玲", "NAME"),
    ("收件人：阿华（冼国华）", "冼国华", "NAME"),
    # 我是 + a role + an English name
    ("我是患者Lisa，想问报告几时出", "Lisa", "NAME"),
    ("我系病人Kelvin，唔该覆我", "Kelvin", "NAME"),
    # a married woman's two surnames after a cue
    ("家母李黃玉蘭女士今年八十，行動不便", "李黃玉蘭", "NAME"),
    ("本人陳林美惠，身分證在櫃台", "陳林美惠", "NAME"),
    ("患者吴蔡秀英，住院号在手环上", "吴蔡秀英", "NAME"),
    # 萧 / 蕭 (Hsiao) is a surname
    ("我老婆萧淑贞在急诊输液，能探视吗", "萧淑贞", "NAME"),
    ("本人蕭文雄，想改預約時間", "蕭文雄", "NAME"),
    ("小女名唤萧佳慧，今年在贵院生产", "萧佳慧", "NAME"),
]

NAME_CLEAN = [
    # relatives and elders with no name, and words after a dash that sign nothing
    "Grandma is coming in for her eye drops, where do we park?",
    "Nonna can't manage the stairs, is there a lift at the main entrance?",
    "is the blood clinic open on saturdays - urgent",
    "Where is the fracture clinic - Outpatients or the main building?",
    "Can I bring food in for my mum - Thanks",
    "Which floor is the eye clinic on? - Jubilee Wing",
    "my nan who is 80 needs a wheelchair at the door",
    "its Tuesday again and no one has rung",
    "im ok now thanks, the pain has gone",
    "Is the Ngā Manu room free for our whānau hui?",
    "Terima kasih, Doctor",
    "Is the Lloyd-Webber suite the same as the day unit?",
    "The St John's family room is closed - why?",
    "Is the a/c in ward 4 fixed?",
    "我个孙小时候也有哮喘，现在会复发吗",
    "我女儿小便有血，要挂哪个科",
    "我孙子小学还没毕业就戴眼镜了",
    "我个仔小心啲就冇事",
    "收件人写我自己就可以",
    "联系人（家属）那一栏怎么填",
    "我是病人ICU的家属，几点探视",
    "我是患者，想问报告几时出",
    "这个讲座名为健康生活，在几楼",
    "经济萧条，看病太贵了",
    "请问萧山院区怎么走",
    "阿芳（家属）说明天出院",
]

# words beside a found name that are no name: an ethnic group in brackets
NOT_NAMES = [
    ("病人王秀兰（苗族）明天出院，要办什么手续", "苗族"),
    ("患者黎美华（黎族），电话在病历上", "黎族"),
]


@pytest.mark.parametrize("text,value,kind", NAME_FIRES)
def test_round59_names_fire(text, value, kind):
    assert (value, kind) in _spans(text)


@pytest.mark.parametrize("text", NAME_CLEAN)
def test_round59_name_lookalikes_stay_clean(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text,value", NOT_NAMES)
def test_round59_words_beside_a_name_are_not_names(text, value):
    assert not any(v == value for v, _ in _spans(text))


# --- identifiers, addresses and dates, by their format (second commit) ---
ID_FIRES = [
    # digits spoken after an identity or record label are that identifier, not a phone
    ("NHS number is four eight five, seven seven three, two one one nine", "four eight five, seven seven three, two one one nine", "ID"),
    ("my medicare number is two three four five six seven eight nine one", "two three four five six seven eight nine one", "ID"),
    ("hospital number is one two three four five six seven eight please", "one two three four five six seven eight", "MRN"),
    # a plate spelled out a character or a digit word at a time
    ("number plate W P three four five K please", "W P three four five K", "VEHICLE"),
    ("plate is K L M seven seven two, silver Honda", "K L M seven seven two", "VEHICLE"),
    # an identifier typed one character at a time after its label
    ("身分證字號A 1 2 3 4 5 6 7 8 9，麻煩查詢", "A 1 2 3 4 5 6 7 8 9", "ID"),
    ("my NRIC is S 8 8 1 2 3 4 5 D, can you check", "S 8 8 1 2 3 4 5 D", "ID"),
    ("passport no. E 1 2 3 4 5 6 7 8 thanks", "E 1 2 3 4 5 6 7 8", "ID"),
    # a clinic or hospital number in slash-separated parts, and a clinic's card number, are record numbers
    ("Her clinic card is MTRH/CCC/2021/0093.", "MTRH/CCC/2021/0093", "MRN"),
    ("my patient card says CGH/MOPC/33/2020 on it", "CGH/MOPC/33/2020", "MRN"),
    ("診所卡號：CL-88-1029，請幫我查", "CL-88-1029", "MRN"),
    ("my klinik card no KPJ-12-33019 pls", "KPJ-12-33019", "MRN"),
    ("我妈的klinik卡号是KL-20-88123。", "KL-20-88123", "MRN"),
    # a serial in spaced groups after its label, to its last group
    ("輪椅序號係WC-71 0042-HK，壞咗", "WC-71 0042-HK", "DEVICE"),
    ("助听器serial是KX-20 3381 5，坏掉了", "KX-20 3381 5", "DEVICE"),
    # an appointment's reference in a message about that appointment
    ("Need to move my appt on the 3rd. Ref: 4471-208.", "4471-208", "MRN"),
    ("cant do thurs clinic, booking ref 22913-4 pls rebook", "22913-4", "MRN"),
    # a state after the postcode and town; a Canadian town, province and postcode; a house number glued to Chinese
    ("at 5, Jalan Mawar 2, 43000 Kajang, Selangor, ok", "5, Jalan Mawar 2, 43000 Kajang, Selangor", "ADDRESS"),
    ("Lot 12, Jalan Kebun, 88300 Kota Kinabalu, Sabah.", "Lot 12, Jalan Kebun, 88300 Kota Kinabalu, Sabah", "ADDRESS"),
    ("No 7 Lebuh Pantai, 10300 George Town, Pulau Pinang", "No 7 Lebuh Pantai, 10300 George Town, Pulau Pinang", "ADDRESS"),
    ("12 Gandhi Street, Adyar, Chennai 600020, Tamil Nadu.", "12 Gandhi Street, Adyar, Chennai 600020, Tamil Nadu", "ADDRESS"),
    ("I live at 40 rue Saint-Hubert, app. 6, Montréal QC H2L 3Y5 until May", "40 rue Saint-Hubert, app. 6, Montréal QC H2L 3Y5", "ADDRESS"),
    ("寄去18, Lorong Seri 5, 11900 Bayan Lepas", "18, Lorong Seri 5, 11900 Bayan Lepas", "ADDRESS"),
    # a dotted date that closes a sentence leaves the full stop out
    ("DOB 1947.08.02. Please call", "1947.08.02", "DATE"),
    ("born 2001.1.9. She is small", "2001.1.9", "DATE"),
    ("seen on 2025.12.30.", "2025.12.30", "DATE"),
]

ID_CLEAN = [
    # slashes and serial words with no value
    "open Mon/Wed/Fri only?",
    "is the TB/HIV clinic on level 2?",
    "serial number is on the back of the box",
]

# a date whose own dot is not a full stop keeps it
DATE_DOT_STAYS = [
    ("admitted 1933.11.28.; URN UR1098", "1933.11.28.", "DATE"),
]


@pytest.mark.parametrize("text,value,kind", ID_FIRES)
def test_round59_identifiers_fire(text, value, kind):
    assert (value, kind) in _spans(text)


@pytest.mark.parametrize("text", ID_CLEAN)
def test_round59_identifier_lookalikes_stay_clean(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text,value,kind", DATE_DOT_STAYS)
def test_round59_a_date_keeps_its_own_dot(text, value, kind):
    assert (value, kind) in _spans(text)


# --- published lines and public event dates (third commit) ---
LINE_DATE_CLEAN = [
    # a hospital's switchboard, hotline or main line; the date of a public event or holiday
    "I was asked to ring the switchboard on 0300 555 0199 but nobody picks up",
    "the main line 0161 276 1234 never answers, is there another?",
    "医院总机020-1234 5678一直占线",
    "總機號碼是(04)2205-2121嗎？",
    "Is the hotline 0800 123 4567 free from a mobile?",
    "Will A&E be quieter on the bank holiday, Monday 4 May?",
    "Is the clinic shut on 25 December for the public holiday?",
    "The diabetes open day on Saturday 14 March - is it in the atrium?",
    "Is there parking for the carers coffee morning on Wednesday 12 November?",
    "请问十一月八日的义诊在哪栋楼？",
    "貴院十二月三日之糖尿病講座是否需要報名？",
    "下周六（3月14日）的健康讲座在几楼？",
]

# a number the writer gives as their own, and a date of someone's care, stay beside those words
LINE_DATE_STAYS = [
    ("call the switchboard, or my mobile 07700 900456", "07700 900456", "PHONE"),
    ("my number for the hotline callback is 07700 900789", "07700 900789", "PHONE"),
    ("My appointment on Monday 4 May is a bank holiday, is it still on?", "Monday 4 May", "DATE"),
    ("I was admitted on the bank holiday, Monday 25 August, and discharged Friday", "Monday 25 August", "DATE"),
    ("他十月二十五日入院，讲座还能去吗", "十月二十五日", "DATE"),
]


@pytest.mark.parametrize("text", LINE_DATE_CLEAN)
def test_round59_public_lines_and_event_dates_stay_clean(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text,value,kind", LINE_DATE_STAYS)
def test_round59_personal_numbers_and_dates_stay(text, value, kind):
    assert (value, kind) in _spans(text)
