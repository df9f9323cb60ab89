"""Round 48 PHI families (blind48's misses, by format). Every example is our own wording, none copied from a blind set;
each family has variants in other words or scripts, and look-alikes that must stay unlabelled."""
import pytest

from medqa.safety.phi import COARSE_KIND, redact


def _spans(text):
    return [(text[s.start:s.end], COARSE_KIND.get(s.kind, s.kind)) for s in redact(text, tagger=False).spans]


FIRES = [
    # a birth or a visit on a named festival or civic day
    ("老爷子说他是1928年寒食节出生的，身份证上是4月4日。", "1928年寒食节", "DATE"),
    ("我阿嬷1932年花朝生的，现在住养老院。", "1932年花朝", "DATE"),
    ("外婆讲她1933年龙抬头那天出生。", "1933年龙抬头", "DATE"),
    ("出生日期：1927年上巳", "1927年上巳", "DATE"),
    ("阿爺話佢1930年天后誕出世，想改返生日。", "1930年天后诞", "DATE"),
    ("婆婆生日係1926年觀音誕。", "1926年观音诞", "DATE"),
    ("My dad was seen on Burns Night by your out-of-hours GP and needs the notes.", "Burns Night", "DATE"),
    ("Could her scan be moved from Patriots' Day to the Friday after?", "Patriots' Day", "DATE"),
    ("he fell at home on St Andrew's Day and was admitted", "St Andrew's Day", "DATE"),
    ("i need the discharge letter from memorial stuff, he was discharged on Memorial Day", "Memorial Day", "DATE"),
    ("奶奶说她是1929年七月七生的。", "1929年七月七", "DATE"),
    ("出生日期：1935年九月九", "1935年九月九", "DATE"),
    ("预约是1931年三月三十日上午。", "1931年三月三十日", "DATE"),  # a full date is not cut at the festival
    # a hospital's own acronym before its record number
    ("Her KGH number KGH-2281904, she's on ward 3.", "KGH-2281904", "MRN"),
    ("patient: Len Abbot. QEUH no. QEUH/24/550187.", "QEUH/24/550187", "MRN"),
    ("RVI no: RVI-6631042 please update the phone", "RVI-6631042", "MRN"),
    ("His number with you is WGH-MC-441902, he was in last spring.", "WGH-MC-441902", "MRN"),
    ("the MC number MCR/23/90114 is on his band", "MCR/23/90114", "MRN"),
    ("Her wristband number is ABX 310 7729, bed 2.", "ABX 310 7729", "MRN"),
    ("Ridgeview number RVH 2204 1187 for the transfer.", "RVH 2204 1187", "MRN"),
    # a scheme's agreement, pass, reference or registration; a licence with spaced digits
    ("her bus pass no. is BP 4410 2276 9013 if the transport desk needs it", "BP 4410 2276 9013", "ID"),
    ("council tax account ref DT 77120934, for the single occupier letter", "DT 77120934", "ID"),
    ("Mobility scheme agreement MSA-44190273 needs a letter from the consultant.", "MSA-44190273", "ID"),
    ("bowls club registration BCR/W/33018 for the insurance form", "BCR/W/33018", "ID"),
    ("Ohio state license 44 901 275, please put it on the form", "44 901 275", "ID"),
    ("my driving licence number is 512 884 017 and the car is outside", "512 884 017", "ID"),
    ("商業登記號碼 50923318-000-11-24-6，係我間舖", "50923318-000-11-24-6", "ID"),
    ("PIP reference PIP 31 77 04 B for the form", "PIP 31 77 04 B", "ID"),
    # a frame or chassis number
    ("the wheelchair frame no. WCF-22-118834 is on the sticker", "WCF-22-118834", "DEVICE"),
    ("Her e-bike frame number: EB7-330918 was logged by security.", "EB7-330918", "DEVICE"),
    ("tricycle chassis number TRI-07-551203 was left at reception", "TRI-07-551203", "DEVICE"),
    # a name in a club title, an owner, a possessive, a bracketed number
    ("Coach Marguerite Okonjo-Bell asked me to chase this.", "Marguerite Okonjo-Bell", "NAME"),
    ("Pipe Major Ruaridh Gillanders has a clinic on Friday.", "Ruaridh Gillanders", "NAME"),
    ("the glasses were found in the car park, they belong to Torquil Henshaw.", "Torquil Henshaw", "NAME"),
    ("Parking for the gala please, it's for Desmond Oyelaran's car, plate KX19 TRB.", "Desmond Oyelaran", "NAME"),
    ("Can Perpetua Nwachukwu's review move to Monday?", "Perpetua Nwachukwu", "NAME"),
    ("Evadne Stroud (Blue Badge no. BB-5512907) needs a letter about her knee.", "Evadne Stroud", "NAME"),
    ("Re the referral for Mrs Gwenllian Price - glucose meter serial GM-88-10442.", "Gwenllian Price", "NAME"),
    ("My name is Ambrose Kettle, I am ninety-six and still drive.", "ninety-six", "AGE"),
    ("my aunt? she's a hundred and two, bless her.", "a hundred and two", "AGE"),
    # Chinese name frames
    ("帮甘秀兰更新一下资料：电话改成0371-6628173。", "甘秀兰", "NAME"),
    ("幫馮振邦改一下資料，地址搬咗。", "冯振邦", "NAME"),
    ("律师代当事人喻德胜咨询病案复印的事。", "喻德胜", "NAME"),
    ("患者邝桂英，女，今年92岁。", "邝桂英", "NAME"),
    ("我是屏东的养猪户柯金水，想问诊断书。", "柯金水", "NAME"),
    ("我係元朗嘅菜農鄧福全，想問覆診。", "邓福全", "NAME"),
    ("我们团长蒲建平住院了，想开个证明。", "蒲建平", "NAME"),
    ("帮李阿水预约一下下周的复诊。", "李阿水", "NAME"),
    ("当事人楼志刚，身份证在附件。", "楼志刚", "NAME"),
    # addresses: a Chinese block tail, a Hong Kong village, a US street type, a named house
    ("新地址：郑州市金水区花园路东段12号院5号楼2单元301室，麻烦改一下。", "郑州市金水区花园路东段12号院5号楼2单元301室", "ADDRESS"),
    ("住址：成都市武侯区科华北路18号附7号。", "成都市武侯区科华北路18号附7号", "ADDRESS"),
    ("新地址係香港西貢大浪村第一段9號地下，電話", "香港西贡大浪村第一段9号地下", "ADDRESS"),
    ("Home: 418 Cedar Hollow Loop, Boise, ID 83702. Thanks", "418 Cedar Hollow Loop, Boise, ID 83702", "ADDRESS"),
    ("Mail it to 77 Pine Bend, Tulsa, OK 74105 please", "77 Pine Bend, Tulsa, OK 74105", "ADDRESS"),
    ("She's Morwenna Pascoe, Bryn Awel, Heol Maes Lane, Llanidloes SY18 6EX, hospital no. BRC-550173.",
     "Bryn Awel, Heol Maes Lane, Llanidloes SY18 6EX", "ADDRESS"),
    ("Post it to Taigh an Uillt, Shore Road, Portree IV51 9DT.", "Taigh an Uillt, Shore Road, Portree IV51 9DT", "ADDRESS"),
]


@pytest.mark.parametrize("text,value,kind", FIRES)
def test_round48_fires(text, value, kind):
    from medqa.safety.zh_fold import fold_traditional
    got = _spans(text)
    folded = [(fold_traditional(v), k) for v, k in got]
    assert (value, kind) in got or (fold_traditional(value), kind) in folded, got


QUIET = [
    # holidays that are no one's date: opening hours, a parade, a yearly habit
    ("Are you open on Memorial Day?", "Memorial Day"),
    ("Is the pharmacy closed from Boxing Day until the 28th?", "Boxing Day"),
    ("2026年清明门诊开不开？", "2026年清明"),
    ("Robert Burns ward, bed 4, thanks", "Robert Burns"),
    # a batch, a version, a ward, a bed, a queue number, a bus
    ("App version 4.3.11 keeps crashing, link https://x.example.org/a?lang=pt. Phone support?", "Phone"),
    ("Take the number 82 bus; queue ticket A071; bed 6 on Tummel ward.", "Tummel"),
    ("Dose is 5 mg twice a day, I am ninety percent sure.", "ninety"),
    # Chinese look-alikes: a helper word, a family word, a job title
    ("帮忙更新一下资料，谢谢。", "帮忙"),
    ("帮我妈更新一下信息。", "我妈"),
    ("帮王医生改一下排班。", "王医生"),
    ("我是病人的家属，想问探视时间。", "家属"),
    ("我是三楼的护士，想问一下。", "护士"),
    ("病人家属，请到前台。", "家属"),
    ("帮李阿姨预约一下复诊。", "李阿姨"),
    # a famous person, a street name without a house
    ("Coach Trip tours leave from the car park.", "Trip"),
    ("Scoutmaster Training Weekend is off this year.", "Training Weekend"),
    ("Is there parking for Marks Spencer's car park users?", "Marks Spencer"),
    ("Happy St Patrick's Day from the ward!", "Patrick"),
    ("My appointment is on Labour Day, will the clinic be open?", "Labour Day"),
    ("我是住院部的护工，想问一下。", "护工"),
    ("我是社区的网格员，想问。", "网格员"),
    ("患者糖尿病，问药。", "糖尿病"),
    ("我们主任今天不在，", "主任"),
    ("2026年端午节门诊开吗", "端午"),
    ("Bus number X5 220 4417 is the timetable code.", "X5 220"),
]


@pytest.mark.parametrize("text,value", QUIET)
def test_round48_quiet(text, value):
    from medqa.safety.zh_fold import fold_traditional
    got = [v for v, _ in _spans(text)]
    assert not any(value in v or fold_traditional(value) in v for v in got), got


def test_round48_spent_rows():
    # a handful of blind48 rows (spent) in short form
    t = "Can Kirsty Drummond's follow-up move from Tartan Day to Wednesday 15 April?"
    assert ("Kirsty Drummond", "NAME") in _spans(t) and ("Tartan Day", "DATE") in _spans(t)
    t = "patient is Amos Stoltzfus. PRI no. PRI/24/207733. Now 92."
    assert ("PRI/24/207733", "MRN") in _spans(t)
    t = "Trike frame no. TRK-18-039921. Meds include amlodipine 5 mg."
    assert ("TRK-18-039921", "DEVICE") in _spans(t)
