"""PHI round 18: the classes blind16 (spent) missed, pinned with values and sentences written here, not blind16's.

blind16 was written blind and measured once (exact-span recall 0.756 after round 17); its misses were then fitted by
class in medqa/safety/phi.py (`_round18_candidates`): names after strong who-cues in any case ("collected", "patient
is", "next of kin", "check for X:"), nicknames in quotes, a role label before a name ("IP X"); Chinese familiar forms
(老X, X姐, X工, X总), names after role words (学弟, 工友, 客人, 看护, 送X去) and kin words, Japanese, Mongolian and
Manchu names in Chinese text; German, French, Japanese and US ZIP+4 addresses; "Mar. '29" and Japanese era dates;
spoken, vanity and Hong Kong eight-digit phones; codice fiscale, CURP, NIR, PhilHealth, BSN, DNI and service numbers;
German and Japanese plates; over-89 ages in more frames. Each class has positive sentences and PHI-free look-alikes
that must stay untouched (including the over-redactions reviewers reported: "Grace Period", "Uncle Sam",
"To: Front Desk", "Baby Boomers").
"""

from phi_support import round_tests

PROBES = [
    # NAME, Latin script: strong who-cues in any case, a name closed by a colon or the next field, a nickname,
    # a label before the name, a particle pair, a request about someone
    ("NAME", "Kofi Asante Boateng", "Battery check for Kofi Asante Boateng: device serial QT-55120, clinic Monday."),
    ("NAME", "morag finlay", "Porter's note: collected morag finlay (DOB 3 May 1941) from ward 9."),
    ("NAME", "Tomasz Nowak", "Visit list: Tomasz Nowak, bed 12, needs a chaplain."),
    ("NAME", 'Margaret "Peggy" Doyle', 'Please ring Margaret "Peggy" Doyle about her results.'),
    ("NAME", "Wendell Okoro", "Incident log: IP Wendell Okoro, DOB 02/03/1950, taken to A&E."),
    ("NAME", "Joost van den Broek", "Portal locked; patient is Joost van den Broek, MRN QK5501234."),
    ("NAME", "Bernadette Quinlan", "Morning, could Bernadette Quinlan have her dressing changed today?"),
    ("NAME", "niamh ni bhriain", "Hello, I'm niamh ni bhriain, DOB 4 April 1950, my repeat prescription is late."),
    ("NAME", "sinead o'brien", "next of kin sinead o'brien on 07700 900456, please ring her"),
    # NAME, Chinese: familiar forms, role words, a ride, a kin word before a full name, Japanese, Mongolian, Manchu
    ("NAME", "老陈", "我邻居老陈今年九十二了，想问怎么挂号"),
    ("NAME", "赵姐", "陪诊客户赵姐，电话13912345678"),
    ("NAME", "周雨桐", "学姐周雨桐的电邮是yt.zhou@example.cn"),
    ("NAME", "孙立群", "麻烦送孙立群去复诊，九点到"),
    ("NAME", "彭素华", "我姑妈彭素华……她说想改时间"),
    ("NAME", "高桥美咲", "使用人高桥美咲，预约复查日期下周三"),
    ("NAME", "巴特尔", "学生巴特尔，证件号S7712345D"),
    ("NAME", "爱新觉罗·文华", "登记：爱新觉罗·文华，电话139-0000-1111"),
    ("NAME", "Maria Santos", "外籍看护Maria Santos照顾我外婆"),
    ("NAME", "阿强", "呼叫：工友阿强明天来不了"),
    ("NAME", "鄧國強", "我師傅鄧國強今日入院"),
    ("NAME", "王总", "帮我约一下王总的号"),
    ("NAME", "Juan Dela Cruz", "护工Juan Dela Cruz照顾我爸"),
    ("NAME", "山田太郎", "日本朋友山田太郎明天来看病"),
    ("NAME", "老李", "邻居老李九十五了，还能做手术吗"),
    ("NAME", "额尔敦巴特尔", "蒙古族老人额尔敦巴特尔住院"),
    ("NAME", "覃建华", "壮族大哥覃建华的电话13711112222"),
    ("NAME", "小林", "我朋友小林说他明天来"),
    ("NAME", "乌兰其其格", "阿嬷乌兰其其格今年九十一"),
    ("NAME", "Tenzin Norgay Sherpa", "Pte Tenzin Norgay Sherpa, service no. 30021187, needs his notes."),
    # DEVICE: a pacemaker named in Chinese before its serial
    ("DEVICE", "QRT884512K", "我爸的心律调节器QRT884512K要换电池"),
    # ADDRESS: German, French, Japanese, US with ZIP+4
    ("ADDRESS", "Goethestraße 8b, 60313 Frankfurt", "Bitte den Brief an Goethestraße 8b, 60313 Frankfurt schicken."),
    ("ADDRESS", "5 ter avenue Victor Hugo, 75016 Paris", "Send it to 5 ter avenue Victor Hugo, 75016 Paris please."),
    ("ADDRESS", "〒150-0002 東京都渋谷区渋谷2丁目21-1", "住所：〒150-0002 東京都渋谷区渋谷2丁目21-1，请寄这里"),
    ("ADDRESS", "88 Elm St Apt 2C, Denver, CO 80203-4417", "Bills go to 88 Elm St Apt 2C, Denver, CO 80203-4417."),
    ("ADDRESS", "大阪府大阪市北区梅田3丁目1番3号", "住址：大阪府大阪市北区梅田3丁目1番3号"),
    # DATE: an abbreviated month with an apostrophe year, a Japanese era date
    ("DATE", "Sept. '41", "She was born Sept. '41 in Cork."),
    ("DATE", "March '29", "Dad was born March '29 in Leeds."),
    ("DATE", "昭和45年6月2日", "出生昭和45年6月2日，想查报告"),
    # PHONE: spoken digits, a vanity number, a Hong Kong number after "on"/"or"
    ("PHONE", "oh two oh seven double nine four six one two three", "Call me on oh two oh seven double nine four six one two three."),
    ("PHONE", "1-800-DENTIST", "Or ring 1-800-DENTIST for the out-of-hours line."),
    ("PHONE", "6234 1178", "Email me or 6234 1178 after six."),
    # ID: national numbers by shape (checked where a check exists) and a service number
    ("ID", "BNCLRA72C45F205X", "Tessera: codice BNCLRA72C45F205X, per favore."),
    ("ID", "HEGG560427MVZRRL05", "Her CURP is HEGG560427MVZRRL05 for the form."),
    ("ID", "2 69 11 75 112 233 41", "NIR 2 69 11 75 112 233 41 on the carte vitale."),
    ("ID", "19-025678431-6", "PhilHealth 19-025678431-6 for my tita."),
    ("ID", "123456782", "BSN 123456782, verzekerd bij Zilveren Kruis."),
    ("ID", "12345678Z", "DNI 12345678Z, turista en Málaga."),
    ("ID", "24460917", "Army service no. 24460917, ex-Royal Signals."),
    ("ID", "219-09-9999", "my father, ID 219-09-9999, needs a letter"),
    ("ID", "8001015009087", "South African ID 8001015009087 for my mother."),
    ("ID", "2211 408 395 KT", "OHIP 2211 408 395 KT, expires in May."),
    # VEHICLE: German and Japanese plates
    ("VEHICLE", "HH-AB 4521", "The car HH-AB 4521 is blocking the ambulance bay."),
    ("VEHICLE", "横浜 500 あ 33-21", "车牌横浜 500 あ 33-21，停在门口"),
    ("VEHICLE", "SBA 1234 G", "SBA 1234 G is parked in the drop-off lane."),
    # AGE: over 89 in words after more cues, closing a name, "this year"
    ("AGE", "ninety-two", "My nan is literally ninety-two and still gardening."),
    ("AGE", "96", "Referral for Eileen Marsh, 96."),
    ("AGE", "93", "Grandpa is 93 this year and wants the flu jab."),
    ("AGE", "ninety-eight", "Met Mrs Delaney, ninety-eight, at the day centre."),
]

CLEAN = [
    "Is there a Grace Period on the prescription charge?",
    "To: Front Desk",
    "Does Uncle Sam pay for hearing aids now?",
    "Are Baby Boomers due the shingles jab?",
    "九十岁以上老人可以优先挂号吗？",
    "我爷爷的助听器，电池总是没电。",
    "我儿子吃了腰果，嘴唇肿得老高",
    "团里一位阿姨高烧，脖子僵硬",
    "姑娘，我有关节痛，止痛药每日可以食几多粒？",
    "I'm bleeding heavily and I'm 30 weeks pregnant",
    "Hey, this is wicked serious, he can't lift his arm",
    "I'm allowed per day how many tablets?",
    "it was a ninety minute wait at the desk",
    "walked or 2000 3000 steps a day",
    "we collected blood samples.",
    "住在山下的村里，村上的人都认识我们",
    "朋友高兴地说没事了",
    "老人头晕目眩怎么办",
    "collected repeat prescription, thanks",
    "owner operator license renewal",
    "Pay SGD 100 A month for the plan",
    "耳朵里流出清水一样的东西",
    "宿舍一个学生高烧、脖子僵硬、怕光",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)
