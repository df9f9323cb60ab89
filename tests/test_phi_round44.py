"""PHI round 44 (after blind43, last session's carry set: read once, nothing fitted on it): the format families blind43
missed, in values and sentences written for this file (none copied from a blind set).

- NAME: a full name after a form cue ("Details for X Y below", "The person is X Y", "Name on the form is X Y",
  "Reported by X Y", "Letters should go to X Y at"); a capitalised relative word at a sentence start stays outside
  ("Daughter X Y will ..."); "X Y, <address or plate>" opening a sentence; "visitors from Ohio, X Y and Z W";
  "X Y has a new pacemaker". Chinese: a full name framed by a form cue (这是关于X的资料, 以下是X的资料, 我替X来登记,
  患者：X, 值班员X, 外婆X预约, 厂X的体检报告), rare surnames (幸 先 税 冉 申 敖 湛) included; a transliterated name (马尤素夫).
- AGE: an age over 89 opening a sentence ("Ninety-three and still ...", "Now 97.", "Is 102.", "At 95 she ...");
  年纪 / 年龄 / 岁数 + the number.
- DEVICE: a device noun (telemetry unit, Holter, beacon hex ID, harness, rollator, 遥测器, 信标, 安全带, 助行器) before its
  number. ID: volunteer / staff numbers, a scheme number with its letters repeated (RYA no. RYA 1234567), a share
  code, US licences (S 531 402 118 907, D218-5521-0093-12), Chinese permits (居住证, 通行证, 护照). MRN: "<hospital
  name> number ABC-123456", "MRN on the letter, ABC-1234567". VEHICLE: "Car reg (Ohio) ABC 1234", "ABC 1234 (Ohio
  plates)". ADDRESS: a house number before Calle / Rue / Avenida; an accented US town ("Española, NM"); 之三; a
  work-unit compound (…路纺织厂宿舍2栋12号). PHONE: 01632-960777 after a phone cue.
- Look-alikes: a bus route to an avenue, a Blue Badge, a famous person someone admires, a queue number, a hospital
  bed place, ward and bed numbers, doses and readings after a sentence start, titles (先生) after a cue.
"""

import pytest

from medqa.safety.phi import redact
from tests.phi_support import SAFETY_DATA, assert_blind_row_gold_spans, round_tests

PROBES = [
    # NAME (Latin script)
    ("NAME", "Morwenna Trask", "Hi, details for Morwenna Trask below, she's my aunt. Phone 01632 960555."),
    ("NAME", "Ifeoma Chukwu", "The patient is Ifeoma Chukwu and she's in bay 3."),
    ("NAME", "Bartholomew Quayle", "The client concerned is Bartholomew Quayle."),
    ("NAME", "Seren Llewellyn", "name on the form is Seren Llewellyn"),
    ("NAME", "Tobias Wren", "Name on the booking must be Tobias Wren, not me."),
    ("NAME", "Agnieszka Wolny", "Reported by Agnieszka Wolny to the desk on Monday."),
    ("NAME", "Kwabena Mensah", "This was submitted by Kwabena Mensah."),
    ("NAME", "Philippa Hartnell", "Letters should go to Philippa Hartnell at 4 Mill Lane."),
    ("NAME", "Rosalind Pyke", "Daughter Rosalind Pyke will bring him in."),
    ("NAME", "Callum Birtwistle", "My note: Nephew Callum Birtwistle can sign for her."),
    ("NAME", "Rhodri Pugh", "Grandson Rhodri Pugh is the contact."),
    ("NAME", "Priyanka Sood", "Vehicle list: Priyanka Sood, LK19 ZTP. Thanks."),
    ("NAME", "Ottilie Marsh", "Next of kin sheet. Ottilie Marsh, 22 Quarry Road, Kendal LA9 4QT."),
    ("NAME", "Marvella Kuhn", "We have three visitors from Ohio, Delbert Kuhn and Marvella Kuhn."),
    ("NAME", "Wendell Hobbs", "Wendell Hobbs has a new pacemaker, serial PMK-22-0815."),
    # NAME (Chinese)
    ("NAME", "幸德明", "这是关于幸德明的资料，请帮忙更新。"),
    ("NAME", "冉桂芳", "下面是冉桂芳的信息：电话0830-2211456。"),
    ("NAME", "鄒玉珍", "以下是鄒玉珍的資料。電話：(04)777-1234。"),
    ("NAME", "申国华", "我替申国华来登记，他是我舅舅。"),
    ("NAME", "税建军", "我帮税建军报名体检。"),
    ("NAME", "先秀英", "患者：先秀英，今年八十岁。"),
    ("NAME", "庞建国", "值班员庞建国昨天住院了。"),
    ("NAME", "先永福", "我爸先永福在医院，病案号AB-123456。"),
    ("NAME", "宁秀珍", "外婆宁秀珍预约了下周复查。"),
    ("NAME", "敖春兰", "纺织厂敖春兰的体检报告在哪里看？"),
    ("NAME", "马尤素夫", "姓名马尤素夫，年龄九十二。"),
    ("NAME", "鄺志強", "以下係關於鄺志強嘅資料。"),
    ("NAME", "冼淑儀", "我幫冼淑儀嚟登記。"),
    ("NAME", "Fenella Grout", "Deatils for Fenella Grout below. Thanks"),
    ("NAME", "Gwendolyn Ashby", "Hello, sorry to bother you, I've been on hold twice and the website keeps logging me out, so I'm "
                                "writing here instead. The person is Gwendolyn Ashby. She was moved wards on Tuesday."),
    ("NAME", "马穆罕默德", "我爸马穆罕默德的出生日期是1931年5月2日。"),
    # AGE
    ("AGE", "Ninety-three", "My grandad lives in Kendal. Ninety-three and still walks the dog."),
    ("AGE", "Ninety", "Dad's form. Ninety next week, can you believe it."),
    ("AGE", "A hundred and one", "About my nan. A hundred and one on Sunday!"),
    ("AGE", "97", "Now 97. She uses a frame."),
    ("AGE", "102", "Is 102. Hearing is poor."),
    ("AGE", "95", "At 95 she still does her own shopping."),
    ("AGE", "92", "92 and fiercely independent."),
    ("AGE", "九十八", "年紀九十八，住喺觀塘。"),
    ("AGE", "一百零三", "年龄：一百零三。"),
    ("AGE", "九十五", "佢嘅岁数已经九十五了。"),
    # DEVICE
    ("DEVICE", "TEL-33-0921", "Telemetry unit number TEL-33-0921 keeps beeping."),
    ("DEVICE", "HM-4410-22", "His heart monitor is a Holter monitor, serial HM-4410-22."),
    ("DEVICE", "3EF1A2B4C5D6E7F", "Beacon hex ID 3EF1A2B4C5D6E7F registered to the boat."),
    ("DEVICE", "FAH-19-0042", "Fall arrest harness serial FAH-19-0042 failed inspection."),
    ("DEVICE", "RL-00812", "Rollator asset tag RL-00812 needs returning."),
    ("DEVICE", "TEL-HK-2210", "他的心电遥测器编号TEL-HK-2210一直响。"),
    ("DEVICE", "PLB-CN-7781122", "信标编号PLB-CN-7781122，请登记。"),
    ("DEVICE", "ZYD-2021-4411", "安全带出厂编号ZYD-2021-4411。"),
    # ID, LICENSE, MRN
    ("ID", "VOL-1188", "Volunteer number VOL-1188 please."),
    ("ID", "RYA 5512098", "Her RYA no. RYA 5512098, renewal due."),
    ("ID", "BSAC 4412908", "BSAC membership number BSAC 4412908."),
    ("ID", "BLC 55129034", "Blue Light Card number is BLC 55129034."),
    ("ID", "A7K 2PQ 9XZ", "Share code: A7K 2PQ 9XZ for the job."),
    ("ID", "K2M-8RT-4WQ", "eVisa share code is K2M-8RT-4WQ."),
    ("LICENSE", "S 531 402 118 907", "Michigan driver's license S 531 402 118 907."),
    ("LICENSE", "D218-5521-0093-12", "Wisconsin licence D218-5521-0093-12."),
    ("ID", "SZ4403051198", "居住证编号SZ4403051198。"),
    ("ID", "C12345678", "港澳通行证号码C12345678。"),
    ("MRN", "RLI-601122", "Royal Lancaster number RLI-601122."),
    ("MRN", "FGH-4412098", "Furness General no. FGH-4412098."),
    ("MRN", "QEH-2231190", "Queen Elizabeth Hospital number QEH-2231190."),
    ("MRN", "WGH-0021187", "The MRN on the letter, WGH-0021187, is wrong."),
    # VEHICLE
    ("VEHICLE", "HBT 4421", "Car reg (Ohio) HBT 4421."),
    ("VEHICLE", "KLM-2219", "Plate (Texas): KLM-2219"),
    ("VEHICLE", "DRX 5521", "He drives DRX 5521 (Ohio plates)."),
    # ADDRESS
    ("ADDRESS", "12 Calle Ocho, Miami, FL 33135", "Post it to 12 Calle Ocho, Miami, FL 33135."),
    ("ADDRESS", "4 Rue des Lilas, Lafayette, LA 70501", "Home: 4 Rue des Lilas, Lafayette, LA 70501."),
    ("ADDRESS", "RR 2 Box 118, Española, NM 87532", "Mail goes to RR 2 Box 118, Española, NM 87532."),
    ("ADDRESS", "广东省广州市天河区体育西路11号之三", "住址：广东省广州市天河区体育西路11号之三。"),
    ("ADDRESS", "湖北省武汉市洪山区珞瑜路纺织厂宿舍2栋12号", "家住湖北省武汉市洪山区珞瑜路纺织厂宿舍2栋12号。"),
    ("ADDRESS", "河北省石家庄市桥西区中华南大街铁路家属院5排3号", "家住河北省石家庄市桥西区中华南大街铁路家属院5排3号。"),
    # PHONE
    ("PHONE", "01632-960777", "Phone: 01632-960777."),
    ("PHONE", "01234-567890", "Ring on 01234-567890 after six."),
    # second part (blind44 families)
    ("VEHICLE", "US-ABC12345D606", "The dinghy's HIN is US-ABC12345D606 if insurance asks."),
    ("VEHICLE", "GB-XYZ20011C424", "Hull identification number: GB-XYZ20011C424."),
    ("VEHICLE", "204417", "Our boat's SSR number is 204417, moored at Hamble."),
    ("VEHICLE", "199382", "Small Ships Register no. 199382 for the yacht."),
    ("VEHICLE", "ABC-5521", "我哋開ABC-5521載阿嫲去覆診。"),
    ("VEHICLE", "XYZ-3318", "他開著XYZ-3318送外公來醫院。"),
    ("ID", "RTB-551208", "RTITB operator number RTB-551208, please add to the file."),
    ("ID", "77120934", "His CSCS card number is 77120934."),
    ("ID", "N-220134", "NPORS operator no. N-220134 on his card."),
    ("ID", "44120987", "The CITB number (CSN) on the letter is 44120987."),
    ("ID", "281234567840", "Spanish social security number (NUSS) 281234567840 for the form."),
    ("ID", "8812204", "His PADI card got lost in the car park, number 8812204, can you check."),
    ("LICENSE", "G1234 56789 01234", "New Jersey licence is G1234 56789 01234."),
    ("AGE", "93", "Still driving at 93. Lives alone."),
    ("AGE", "101", "She goes to the pool. Still swimming every week at 101."),
    ("AGE", "97", "She's still going strong at 97, honestly."),
    ("DEVICE", "CM-22-1093", "Commode serial CM-22-1093 is broken."),
    ("DEVICE", "WC-00912", "Wheelchair asset tag WC-00912 please."),
    ("DEVICE", "QDC-2204", "防压疮气垫床编号QDC-2204。"),
    ("DEVICE", "BP-7713-22", "血压计的序列号BP-7713-22。"),
    ("DEVICE", "LY-00321", "轮椅编号LY-00321在护士站。"),
    ("NAME", "邬秀兰", "家属留言，关于邬秀兰：电话0411-88776655。"),
    ("NAME", "蒋丽华", "我对象蒋丽华在你们那住院。"),
    ("NAME", "那秀英", "帮我外婆那秀英改一下电话。"),
    ("NAME", "卜玉珍", "卜玉珍嘅八达通号码系1234 5678。"),
    ("NAME", "汤建华", "电厂的汤建华，上周受了伤。"),
    ("NAME", "Gareth Lloyd", "The name on it was Gareth Lloyd."),
    ("NAME", "Ana Paula dos Santos", "The family of Ana Paula dos Santos asked me to write."),
    ("NAME", "Priya Mistry", "Stallholder here, Priya Mistry, pitch 44. Can I change my slot?"),
    ("NAME", "Sarah Pickles", "Thanks for your help. Sarah Pickles."),
    ("ADDRESS", "The Old Forge, 3 Mill Street, Ludlow SY8 1BB", "Home is The Old Forge, 3 Mill Street, Ludlow SY8 1BB."),
    ("DATE", "4 Marsu 1931", "Born 4 Marsu 1931 in Dili."),
    ("MRN", "OPD-554120", "OPD card no. OPD-554120, born in May."),
    ("MRN", "12345678", "Hospital number (RVH) 12345678 on the letter."),
    ("DEVICE", "MMT-780G NG7712093H", "老人家胰岛素泵序列号MMT-780G NG7712093H，坏了咋整？"),
]

CLEAN = [
    # form cues with no person after them
    "Details for Ward 5 below.",
    "Reported by BBC News at six.",
    "Complaints go to Patient Services at the front desk.",
    "Details for Blue Badge holders below.",
    "The patient is Elderly and frail.",
    "Son Heung-min scored again.",
    "Ward list: Bay 4, Bed 12.",
    # readings, doses and counts at a sentence start
    "Sats 95. Pulse 92 and regular.",
    "BP now 96. Temp 37.9.",
    "It was 90 and rising. Ninety and rising.",
    "Now 95% on air.",
    "Is 100 mg too much?",
    "At 99 mmHg the nurse was worried.",
    "Ninety minutes waiting.",
    "Bed 92 and bed 93 are free.",
    # versions, LOT codes, rooms, orders; a plate word with no plate
    "Version 2.4.1 on the pump. Ward 9.",
    "LOT 44B219 on the box. Batch number BN-2231.",
    "My car reg (new) is fine.",
    # bus routes
    "Take the 21 bus to 4th Avenue North.",
    "The 7 bus to 3rd Street stops outside.",
    # Chinese cues with no name after them; a title after a cue
    "这是关于探视时间的信息。",
    "以下是住院须知的资料。",
    "我替公司来登记。",
    "患者：高血压。",
    "先生您好，我替先生来登记。",
    "我替老人家来登记。",
    "我爸先生气了。",
    "我爸先去医院了，我妈在家。",
    "患者：先生，请问探视时间？",
    "这是关于本人的信息。",
    "厂里的体检报告在哪看？",
    "呢個係關於探病時間嘅資料。",
    "我幫佢嚟登記。",
    "我最佩服李时珍。她喜欢邓丽君的歌。",
    "我们排咗号C118。",
    "外婆住3号楼5层12床。",
    # second part: readings and times after "still", a LOT code, boat and card words with no number, closings
    "Still confused at 9pm.",
    "Still sharp at 96%",
    "The pump app says firmware 2.4.9. LOT 23A917 on the cream.",
    "The SSR number is on the boat.",
    "The HIN is on the transom.",
    "CPR course at 10. Thanks. Best wishes.",
    "See you soon. Big Ben.",
    "The family of the patient asked.",
    "Card number is on the back.",
    "我们开车来的。",
    "关于探视：几点开始？",
    "关于住院：要带什么？",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)

TAGGER_CLEAN = [
    "She has a Blue Badge for parking.",
    "Our coach says she'll be the next Simone Biles.",
    "我最佩服李时珍。她喜欢邓丽君的歌。",
    "我们排咗号C118，要等几耐？",
    "外婆住3号楼5层12床，想问探视时间。",
    "Take the 21 bus to 4th Avenue North.",
    "候诊区挂着张仲景的画像，很好看。",
]


@pytest.mark.parametrize("text", TAGGER_CLEAN)
def test_tagger_look_alike_is_untouched(text):
    assert redact(text, tagger=True).spans == [], [(text[s.start:s.end], s.kind) for s in redact(text, tagger=True).spans]


@pytest.mark.parametrize("text, value", [
    ("Daughter Lucinda Pell can be reached on 0161 496 0112.", "Lucinda Pell"),
    ("My note: Nephew Callum Birtwistle can sign for her.", "Callum Birtwistle"),
])
def test_relative_word_stays_outside_the_name_with_the_tagger(text, value):
    start = text.index(value)
    assert any(s.start == start and s.end == start + len(value) and s.kind == "NAME" for s in redact(text, tagger=True).spans)


@pytest.mark.parametrize("row_id", ["b43.phi.4", "b43.phi.13", "b43.phi.21", "b43.phi.27", "b43.phi.45", "b43.phi.55", "b43.phi.59",
                                    "b43.phi.69", "b43.phi.83", "b43.phi.94", "b43.phi.100", "b43.phi.108", "b43.phi.135",
                                    "b43.phi.175", "b43.phi.216"])
def test_blind43_row(row_id):
    if not (SAFETY_DATA / "blind43" / "phi.jsonl").exists():
        pytest.skip("blind43 is not in this tree")
    assert_blind_row_gold_spans("blind43", row_id)


@pytest.mark.parametrize("row_id", ["b44.phi.2", "b44.phi.8", "b44.phi.20", "b44.phi.42", "b44.phi.47", "b44.phi.59", "b44.phi.80",
                                    "b44.phi.100", "b44.phi.138", "b44.phi.175", "b44.phi.186", "b44.phi.207", "b44.phi.239"])
def test_blind44_row(row_id):
    if not (SAFETY_DATA / "blind44" / "phi.jsonl").exists():
        pytest.skip("blind44 is not in this tree yet (it came into main after c051bbf)")
    assert_blind_row_gold_spans("blind44", row_id)
