"""PHI round 17: the classes blind15 (spent) missed, pinned with values and sentences written here, not blind15's.

blind15 was written blind and measured once (exact-span recall 0.787 after round 16); its misses were then fitted by
class in medqa/safety/phi.py (`_round17_candidates`): names with initials, Arabic particles, Korean order and
first names that are common words, after who-words ("badge holder", "customer", "carer for", "for X DOB") or alone in
a list segment beside another identifier; Chinese names after role words (雇主, 使用者, 车主, 老爷子, 载X去) in
pet-name (阿X, 小X), Latin + surname and Tibetan/Uyghur shapes; Indian, Bangladeshi and PO-box addresses, Chinese
villages and Taiwanese lanes; MAC addresses and glued IMEIs; NHI, student numbers, insurance cards, permits; Korean and
Taiwanese plates. Each class has positive sentences and PHI-free look-alikes that must stay untouched.
"""

import pytest
from phi_support import round_tests

PROBES = [
    # NAME, Latin script: initials, Arabic particles, a common-word first name, a Korean surname first
    ("NAME", "R. Subramanian", "Hi team, patient R. Subramanian, hospital no. QX5512093, please call back."),
    ("NAME", "T. K. Balasubramaniam", "Glucose meter GX-2210-LM was paired for T. K. Balasubramaniam"),
    ("NAME", "Yusuf bin Hamid al-Amri", "Carer for Yusuf bin Hamid al-Amri (aged 88) needs a parking pass."),
    ("NAME", "Layla al-Rashid Mansour", "Lab link sent for Layla al-Rashid Mansour DOB 03/04/1941, it expired."),
    ("NAME", "Hope Okereke", "Permit: blue badge holder Hope Okereke, reg KX19 PLM, bay 4"),
    ("NAME", "Will Featherstone", "my grandad Will Featherstone can't hear the phone"),
    ("NAME", "Sunny Chowdhury", "Front desk: customer Sunny Chowdhury left her glasses at the counter"),
    ("NAME", "Kang Min-seo", "My halmoni Kang Min-seo needs an interpreter on Friday"),
    ("NAME", "Bill", "Bill from the surgery said to ring back today"),
    ("NAME", "Will Okonjo", "Will Okonjo rang twice about his mum"),
    ("NAME", "May Tanaka", "Please ask for May Tanaka at the desk"),
    ("NAME", "Rose Whitfield", "[Family group] Grandma Rose Whitfield is in bed 4 now"),
    ("NAME", "A. J. Fernando", "Our client A. J. Fernando missed his slot"),
    ("NAME", "Will Asante", "plate KL52 XRT, driver Will Asante, waiting at the door"),
    # NAME: a list of full names after a label for people
    ("NAME", "Hope Mensah", "Attendees: Will Turner, Hope Mensah and Rose Kowalczyk-Nowak"),
    ("NAME", "Will Turner", "Attendees: Will Turner, Hope Mensah and Rose Kowalczyk-Nowak"),
    # NAME, list position: a segment that is only a name, beside another identifier
    ("NAME", "Olusegun Adebayo-Cole", "Passport A20948811, Olusegun Adebayo-Cole, ward 9"),
    ("NAME", "Tunde Bakare-Ojo", "MyKad 730912-08-5521, Tunde Bakare-Ojo, taxi to the east door"),
    # NAME, Chinese: role and kin words, a ride, a pet name, Latin + surname, a Tibetan or Uyghur name, a list segment
    ("NAME", "欧阳丽华", "我是护工，替雇主欧阳丽华问一下，护照E55012398能用吗"),
    ("NAME", "阿芳", "血压计序列号HB-2210-QA，用户阿芳，电话139-1122-3344"),
    ("NAME", "小军", "车牌川A·5K21M，车主小军，想问停车"),
    ("NAME", "多吉", "介是我们家老爷子多吉，今年九十三了"),
    ("NAME", "阿依古丽·吐尔逊", "阿依古丽·吐尔逊，护照E11223344，邮箱ayg.t@example.cn"),
    ("NAME", "Jason 黄", "病人Jason 黄，电话0912-888-321"),
    ("NAME", "林美珠", "計程車載林美珠去醫院，車號RBC-7732"),
    ("NAME", "周国庆", "护照E77340021，周国庆，农历五月初五复诊"),
    ("NAME", "Lam Ka Wai", "BIR 5/118724/3, Lam Ka Wai, 住氹仔"),
    ("NAME", "慕容雪", "@慕容雪 你妈的药拿了吗"),
    ("NAME", "Kevin 刘", "替老板Kevin 刘问一下，护照E12345678"),
    ("NAME", "小芳", "护工小芳说奶奶今天吃得少"),
    ("NAME", "阿华", "病房群：3床阿华家属请到护士站"),
    ("NAME", "阿珍", "我系阿珍，想问下复诊时间"),
    ("NAME", "R. K. Narayanan", "Regards,\nR. K. Narayanan\nPharmacist"),
    # ADDRESS: Indian landmarks, Bangladeshi house and road, a PO box town with its district number, a Chinese village
    # with its group, a Taiwanese lane and alley
    ("ADDRESS", "H.No. 4-2-17, near Shiva temple, opp. bus stand, Nalgonda",
     "Please send it to H.No. 4-2-17, near Shiva temple, opp. bus stand, Nalgonda, thanks"),
    ("ADDRESS", "House 12, Road 4, Gulshan, Dhaka", "address House 12, Road 4, Gulshan, Dhaka, age 90"),
    ("ADDRESS", "PO Box 2290, Mzuzu 2", "Post to PO Box 2290, Mzuzu 2, phone later"),
    ("ADDRESS", "四川省凉山州昭觉县竹核乡木渣洛村二组", "我住四川省凉山州昭觉县竹核乡木渣洛村二组，电话139-0000-1234"),
    ("ADDRESS", "新北市板橋區文化路一段188巷44弄6號", "我住新北市板橋區文化路一段188巷44弄6號，謝謝"),
    ("ADDRESS", "台南市東區東寧路15巷3弄7號之1", "地址：台南市東區東寧路15巷3弄7號之1"),
    # an identifier after an address ends it: the address stops before the Medicare cue
    ("ADDRESS", "Flat 2/9 Banksia Ave, Parramatta NSW 2150", "Flat 2/9 Banksia Ave, Parramatta NSW 2150, Medicare 4182 30551 7, thanks"),
    ("HEALTH_PLAN", "4182 30551 7", "Flat 2/9 Banksia Ave, Parramatta NSW 2150, Medicare 4182 30551 7, thanks"),
    # DEVICE: MAC addresses, an IMEI glued to Chinese
    ("DEVICE", "A4:C1:38:0F:9B:2E", "The insulin pump's bluetooth MAC is A4:C1:38:0F:9B:2E and it won't pair"),
    ("DEVICE", "5e:0a:91:c3:22:d7", "MAC地址是5e:0a:91:c3:22:d7，请帮忙查一下"),
    ("DEVICE", "490154203237518", "手环绑定手机IMEI 490154203237518，老人走丢了"),
    # ID: New Zealand NHI, a student number, a medical insurance card as one run of digits, a permit and its correction
    ("ID", "ZKM8841", "NHI ZKM8841 for my nan please"),
    ("ID", "5/118724/3", "BIR 5/118724/3, Lam Ka Wai, 住氹仔"),
    ("ID", "SN-209317", "Placement form: student no. SN-209317, starts Monday"),
    ("ID", "3301061987654321", "医保卡号3301061987654321，住院号ZY2027000123"),
    ("ID", "12345678", "台胞证12345678？不对，是09876543，谢谢"),
    ("ID", "09876543", "台胞证12345678？不对，是09876543，谢谢"),
    # VEHICLE: a Korean plate, a Taiwanese plate after 車號
    ("VEHICLE", "123다 4567", "My car is 123다 4567, parked at level 2"),
    ("VEHICLE", "TDA-5521", "計程車車號TDA-5521，停在門口"),
    ("VEHICLE", "KA 05 MN 4521", "KA 05 MN 4521 is parked in the ambulance bay, sorry"),
    # AGE: an age after a hedge
    ("AGE", "98", "my nan is literally 98 and still drives"),
]

CLEAN = [
    "Cheers, Customer Services",
    "Kind regards, Booking Team",
    "Is version 10.2.3.4 of the app current?",
    "Update to firmware 2.14.0.7 please",
    "Will you call me back? Grace period ends Friday",
    "Hope you are well",
    "Bill me later, thanks",
    "Park Lane is closed",
    "Near the temple, opp. bus stand",
    "She is literally 97% sure",
    "我是保姆，想问一下",
    "我是小学老师，想问问",
    "病人家属，请到三楼",
    "我爸高血压，能打疫苗吗",
    "用户注意，系统升级",
    "车主请挪车",
    "载我去医院多少钱",
    "病人小便有血",
    "病人李某某，女，今日复诊",
    "车号多少？",
    "医保卡号码在哪看？",
    "台胞证办理要多久？",
    "NHI number is on the letter",
    "MAC address of my laptop is unknown",
    "From: Pharmacy Team",
    "Names: see attached",
    "TN 09 4567 is the form number",
    "@所有人 明天开会",
    "表哥明天来",
    "我儿子和我说他头疼",
    "护工说明天来",
    "我叫救护车了",
    "3床病人发烧",
    "Regards,\nThe Ward Team",
    "Attendees: May Ball Committee",
    "Bill Payments was closed",
    "Rose Garden was lovely",
    "Will Jane come today?",
    "for April Fools, DOB jokes",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)


@pytest.mark.parametrize("text", [
    "the ward is nearly 100 metres from the lift",
    "the car park is nearly 100 m away",
    "BP is nearly 100 mmHg today",
    "the walk is only 95 yards",
])
def test_a_distance_or_reading_after_is_nearly_is_no_age(text):
    """'is nearly 100' followed by a unit is a measurement, read by the same unit check as the other age rules."""
    from medqa.safety.phi import redact

    assert "[AGE]" not in redact(text).text
