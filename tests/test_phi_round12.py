"""PHI round 12 (issue #13): recognisers built from parts, measured on a probe list written before the code changed.

What phi.py recognised before round 12, per kind (from reading the rules, rounds 1-11):
- NAME: after cues (my name is, I'm, this is, Patient:, name:, contact:, signed, titles Dr/Mr/Mrs/Ms/Sister ...),
  sign-offs on or under a thanks/regards line, "- Name" lines, kin nouns before a name, a name before DOB/age
  brackets, a first-name lexicon, accented Latin names; Chinese after 我叫/姓名/联系人/患者/家属/我是, before
  敬上/谨上/上, before 先生/女士/医生 and Cantonese 生/太/伯, after 谢谢 lines, bed numbers, kin words before an age.
- PHONE: NANP shapes, +CC international, PRC mobiles and 0AA(A)-landlines, UK 0AAAA/0AA shapes, AU 04xx, TW 09xx,
  8-digit HK/SG after calling verbs, a number alone on a signature line, cue words (phone, tel, mobile, 电话, 手机).
- DATE: d/m/y and y/m/d with / - ., Month D[, YYYY], D [of] Month[ YYYY], Month YYYY, DOB-cued d/m, YYYY年M月D日
  (digits or numerals), 民国Y年M月D日, M月D日, 农历 lunar dates.
- MRN/HEALTH_PLAN/ACCOUNT/LICENSE/DEVICE/ID/SSN/FAX: a cue (MRN, hospital no., 病历号, member id, serial, HKID, NRIC,
  身份证, passport ...) then an id-shaped value; shapes alone for HKID A123456(7), UK NI, NRIC/FIN, SSN 3-2-4,
  checksummed PRC 18-digit ids and Luhn card numbers, SN-prefixed serials, IMEIs after device nouns.
- ADDRESS: number + words + street type (US/UK), PO boxes, HK Flat/Room/Unit ... Estate/Building, UK postcodes and
  AU state + 4 digits and Singapore 6 digits as anchors, mainland 市/区/路/号/栋/单元/室, HK 邨/苑/楼/室.
- VEHICLE: cue + plate, VINs, PRC plates 京A12345, UK AB12 CDE.  IP: IPv4, IPv6.  EMAIL: addresses and spelled-out
  "at ... dot".  URL: schemes, www., bare domains with common TLDs.  AGE: 90-129 in digits or English/Chinese
  words after is/aged/turned or before years/岁.

Formats a hospital serving English and Chinese speakers (UK, US, Ireland, Australia, HK, Taiwan, mainland China,
Singapore, Malaysia) sees that it did not recognise, found with the probes below (first run 185/204 = 0.907):
- PHONE: UK numbers with a five-digit area code (01632 960 001) and any trunk-prefixed number in other groupings;
  Singapore/Malaysia "handphone"/"HP"/"landline" cues; extensions were kept only where a rule happened to allow them
  (now any PHONE or FAX keeps "x99", "ext. 204", "extension 45", "转806", "轉 305").
- DATE: a year and month with no day (2026年12月, 1948年3月); Minguo dates in numbers (115/12/02); a lunar date
  with no 农历 before it (十二月初二); "December the 2nd"; a day and month after a weekday ("Tue 2/12": the weekday
  is no date element, so the span is "2/12").
- MRN/ID: letters glued to the number after a cue ("HN12345678" after "HA number"); the Irish PPS number; MyKad
  (YYMMDD-PB-####) and Taiwan ids (letter, 1/2, eight digits, checksum) without a cue.
- ADDRESS: street types the lists lacked (Quay, Walk, Mews, Rise, Wharf ...), Irish counties ("Co. Mayo"), Eircodes
  and "Dublin 2"; the Malay order with the street type first ("No. 12, Jalan SS 2/24", the town outside as blind9
  labels it); an everyday word after a Singapore unit ("#11-789 now") was swallowed.
- VEHICLE: Irish plates (191-D-12345), a plate right after a car's make or model ("the blue Honda SGX1234A").
- AGE: an age spoken of ahead ("she'll be 95 next month").
- NAME: labels ending in 人 (委托人, 代理人, 监护人 ..., any short label ending in 人 with a colon); English form
  headers (To:, Applicant:, Guardian:, Policy holder: ...); a Vietnamese given name that is also an English word
  ("Nguyen Van An").
- Look-alikes: "the hospital switchboard on 020 ..." (an institution's line) was redacted.
Two probe labels were corrected after the first run to the project's conventions, not to the rules: a lunar date
keeps its 农历 (as blind4-11 label it) and a weekday is not part of a date; one Malay address drops the town (blind9).
Stored PHI-free questions (kb questions and paraphrases, grounded train and validation, out-of-scope tuning and
validation sets; 5,074 questions) touched: 18 before, 1 after ("王医生..." keeps the doctor's surname redacted).

A second probe batch (PROBES_B, CLEAN_B) was written after the first changes, with formats the first batch did not
have, and run once before any further change: 138/152 = 0.908, look-alikes touched 0/36. Its misses were a country
code in brackets "(+852)", "Dec-02-2026" and "2026 Dec 2", a Minguo year in numerals with 百 or with no 民國 at all
(115年12月2日), a cue with its abbreviation in brackets ("Medical Record Number (MRN): ..."), "Street Lower", a
made-up Eircode, a Hong Kong floor before the street number (G/F, 3 Kau U Fong, Central), a full-width ＠, "94 y.o.",
short closings ("Rgds,") and Malay honorifics (Encik, Puan).
A third batch (PROBES_C, CLEAN_C), written after the second was fitted, ran once at 39/50 = 0.780: a name in brackets
after a kin noun, several initials in a signature, a lower-case name after a closing, 搵我 + an 8-digit number,
glued dates (02DEC2026), "2 Dec 26", "Level 3, ..." before a street, NRIC typed with spaces, a PRC id in groups,
mail addresses with spaces around @ or "at" before a real domain. A fourth batch (PROBES_D, CLEAN_D), mostly Chinese,
ran once at 45/51 = 0.882 (one label fixed after the run: 北京 without 市 is part of the address, as 北京市 is): a
dash extension after a mainland landline (020-87654321-8021), 去年12月2日, a Singapore block and unit in Chinese,
a full name before 的家属, a name above a closing date line. Each batch's first run is what a new writer's formats
cost. A fifth batch (PROBES_E, CLEAN_E), informal messages, ran once at 32/38 = 0.842: a second number after "/ HK:",
a day and month with no year where a booking moved ("moved to 04/12 at 3pm"), an ISO timestamp, "ta, Kath x", a
Latin-letter name after 我係, a record number with a letter prefix and digit groups ("RX 0048 291"). A sixth batch
(PROBES_F, CLEAN_F), the rarer kinds, ran once at 29/35 = 0.829: an IBAN in groups (now checked by mod 97), "driving
licence" and the UK licence shape, clinical shorthand "F/92" and "95M", a name repeated in the other script in brackets,
"my name is" in Malay, Tagalog, Spanish, French, romanised Hindi and Vietnamese. Its first fix redacted "a temperature
of 101F" as an age (found on the unlabelled triage messages) and was narrowed. All six batches are fitted now, and
they were written by the rules' own author, so even their first runs overstate what an outside writer's formats will
score: the next blind batch is the honest measure. Left as found: a ward's phone number is PHI in round 7's test
("ring the ward on (07) 3346 8812 ext 204") but PHI-free in blind10/11's labels; round 12 keeps round 7's reading.
"""

import pytest

from medqa.safety.phi import redact, tw_id_checksum_ok
from phi_support import found_spans, has_exact_span

PROBES = [
    # PHONE: country codes, brackets, dots, trunk prefixes, extensions written out, local shapes per place
    ("PHONE", "+44 (0)20 7946 0958", "Please call me on +44 (0)20 7946 0958 after 5pm."),
    ("PHONE", "+1 (415) 555-0132 ext. 204", "Best to reach me at +1 (415) 555-0132 ext. 204 during the day."),
    ("PHONE", "415.555.0199", "You can reach my daughter at 415.555.0199 if I don't answer."),
    ("PHONE", "(02) 9876 5432", "Her number is (02) 9876 5432, she's the carer."),
    ("PHONE", "0161 496 0123 extension 45", "ring 0161 496 0123 extension 45 and ask for me"),
    ("PHONE", "+852 9123 4567", "WhatsApp +852 9123 4567 anytime"),
    ("PHONE", "+886 912 345 678", "我的手機是+886 912 345 678，請回電"),
    ("PHONE", "+86-138-0013-8000", "请打+86-138-0013-8000联系我女儿"),
    ("PHONE", "+65 8123 4567", "text my son at +65 8123 4567 when she is out of theatre"),
    ("PHONE", "012-345 6789", "My husband's handphone 012-345 6789, he will collect"),
    ("PHONE", "+60 12-345 6789", "from overseas please use +60 12-345 6789"),
    ("PHONE", "087 123 4567", "you can get me on 087 123 4567 most evenings"),
    ("PHONE", "+353 87 765 4321", "Irish mobile +353 87 765 4321 is best"),
    ("PHONE", "+61 412 345 678", "Mum's mobile is +61 412 345 678."),
    ("PHONE", "(02)2771-2171", "家裡電話(02)2771-2171，晚上有人"),
    ("PHONE", "021-6234 5678", "家里座机 021-6234 5678 白天没人"),
    ("PHONE", "138 0013 8000", "有事打我手机138 0013 8000"),
    ("PHONE", "1-212-555-0147", "or my work line 1-212-555-0147"),
    ("PHONE", "07700 900 123", "my number is 07700 900 123 thanks"),
    ("PHONE", "020-7946-0958", "phone me at 020-7946-0958 before noon"),
    ("PHONE", "2345 6789", "聯絡電話 2345 6789，搵陳太"),
    ("PHONE", "312 555 0134", "my cell 312 555 0134 is on all day"),
    ("PHONE", "6123 4567", "打我手提 6123 4567 啦"),
    ("PHONE", "0755-8888 1234转806", "请回电 0755-8888 1234转806 找我"),
    ("PHONE", "01632 960 001", "my landline is 01632 960 001"),
    ("PHONE", "0412-345-678", "Mob: 0412-345-678"),
    ("PHONE", "(212) 555-0188 x12", "office (212) 555-0188 x12"),
    ("PHONE", "0912-345-678", "我的電話0912-345-678"),
    ("PHONE", "+44 7700 900 456", "Wife's mobile: +44 7700 900 456"),
    ("PHONE", "9876 5432", "Singapore handphone 9876 5432, text please"),
    # DATE: every written order, abbreviations, two-digit years, Chinese numerals, Minguo and lunar forms
    ("DATE", "2 Dec", "the appointment I had on 2 Dec was cancelled"),
    ("DATE", "Dec 2nd, 1948", "He was born Dec 2nd, 1948 in Leeds"),
    ("DATE", "2/12/26", "seen on 2/12/26 by the GP"),
    ("DATE", "2026年12月2日", "我2026年12月2日做的手术"),
    ("DATE", "十二月二日", "她十二月二日入院的"),
    ("DATE", "民國38年5月1日", "家父民國38年5月1日出生"),
    ("DATE", "1948.12.02", "date of birth 1948.12.02 on the form"),
    ("DATE", "2nd of December 2026", "my scan was on the 2nd of December 2026"),
    ("DATE", "December 2, 2026", "discharged December 2, 2026"),
    ("DATE", "02-Dec-2026", "the letter is dated 02-Dec-2026"),
    ("DATE", "2 Dec '26", "booked for 2 Dec '26 but I can't make it"),
    ("DATE", "12/02/2026", "my surgery on 12/02/2026 needs moving"),
    ("DATE", "2026年12月", "我2026年12月在贵院住过院"),
    ("DATE", "12月2號", "我12月2號嗰日覆診"),
    ("DATE", "農曆十二月初二", "阿婆農曆十二月初二生日"),
    ("DATE", "十二月初二", "阿婆十二月初二生日，想請假"),
    ("DATE", "二〇二六年十二月二日", "出院日期是二〇二六年十二月二日"),
    ("DATE", "Sept 3rd '48", "born Sept 3rd '48"),
    ("DATE", "3rd September, 1948", "I was born on 3rd September, 1948."),
    ("DATE", "民國一一五年十二月二日", "預約在民國一一五年十二月二日"),
    ("DATE", "4th Jan", "can I move the 4th Jan appointment"),
    ("DATE", "2026-12-2", "report dated 2026-12-2"),
    ("DATE", "2 Dec. 2026", "the bill from 2 Dec. 2026 is wrong"),
    ("DATE", "二零二六年十二月二日", "二零二六年十二月二日的检查报告"),
    ("DATE", "十二月二號", "佢十二月二號入院"),
    ("DATE", "1948年3月", "我母亲1948年3月出生"),
    ("DATE", "Dec 2026", "admitted in Dec 2026 for a week"),
    ("DATE", "115/12/02", "掛號日期 115/12/02，請幫我改"),
    ("DATE", "2026年12月2号", "我2026年12月2号出院"),
    ("DATE", "December the 2nd", "I came in on December the 2nd with chest pain"),
    ("DATE", "2/12", "my bloods were done Tue 2/12 at the clinic"),
    # MRN
    ("MRN", "00482913", "MRN: 00482913"),
    ("MRN", "RTH4032763", "hospital no. RTH4032763"),
    ("MRN", "ZY20250311042", "病历号：ZY20250311042"),
    ("MRN", "A-0048291", "Medical record # A-0048291"),
    ("MRN", "4471-2209", "my chart number is 4471-2209"),
    ("MRN", "20231105", "病案号为 20231105"),
    ("MRN", "H2345678", "住院號 H2345678"),
    ("MRN", "PT-2026-00417", "patient ID: PT-2026-00417"),
    ("MRN", "HN12345678", "my HA number HN12345678 is on the card"),
    ("MRN", "7765432", "MRN#7765432"),
    ("MRN", "CX-77812", "病人編號：CX-77812"),
    # ADDRESS
    ("ADDRESS", "123 Main St Apt 4B", "I live at 123 Main St Apt 4B."),
    ("ADDRESS", "Flat A, 12/F, Block 3, Kingswood Villas, Tin Shui Wai",
     "Please send it to Flat A, 12/F, Block 3, Kingswood Villas, Tin Shui Wai."),
    ("ADDRESS", "台北市大安區復興南路一段390號5樓", "我住台北市大安區復興南路一段390號5樓"),
    ("ADDRESS", "Blk 123 Ang Mo Kio Ave 3 #04-56, Singapore 560123", "home is Blk 123 Ang Mo Kio Ave 3 #04-56, Singapore 560123"),
    ("ADDRESS", "No. 12, Jalan Bukit Bintang, 55100 Kuala Lumpur", "Alamat: No. 12, Jalan Bukit Bintang, 55100 Kuala Lumpur"),
    ("ADDRESS", "Flat 2, 14 Rose Hill, Oxford OX4 4HS", "new address Flat 2, 14 Rose Hill, Oxford OX4 4HS"),
    ("ADDRESS", "12 Main Street, Ballina, Co. Mayo, F26 X5P2", "post to 12 Main Street, Ballina, Co. Mayo, F26 X5P2"),
    ("ADDRESS", "Unit 4/27 Smith Street, Fitzroy VIC 3065", "we moved to Unit 4/27 Smith Street, Fitzroy VIC 3065"),
    ("ADDRESS", "4567 Oak Avenue, Suite 200", "bill goes to 4567 Oak Avenue, Suite 200."),
    ("ADDRESS", "上海市徐汇区漕溪北路88号2号楼1203室", "寄到上海市徐汇区漕溪北路88号2号楼1203室"),
    ("ADDRESS", "广东省广州市天河区体育西路191号", "地址：广东省广州市天河区体育西路191号"),
    ("ADDRESS", "九龍旺角彌敦道600號8樓B室", "我住九龍旺角彌敦道600號8樓B室"),
    ("ADDRESS", "新北市板橋區文化路二段10巷5弄3號4樓", "地址是新北市板橋區文化路二段10巷5弄3號4樓"),
    ("ADDRESS", "10 Anson Road #12-01", "office at 10 Anson Road #12-01 please"),
    ("ADDRESS", "45 Jalan SS2/24", "I stay at 45 Jalan SS2/24, Petaling Jaya."),
    ("ADDRESS", "台中市西屯區台灣大道三段99號", "寄到台中市西屯區台灣大道三段99號"),
    ("ADDRESS", "Blk 456 Jurong West St 42 #11-789", "I'm at Blk 456 Jurong West St 42 #11-789 now"),
    ("ADDRESS", "28 Tai Po Road, Sham Shui Po, Kowloon", "we live at 28 Tai Po Road, Sham Shui Po, Kowloon"),
    ("ADDRESS", "Apt 5, 3 Grand Canal Quay, Dublin 2", "forward it to Apt 5, 3 Grand Canal Quay, Dublin 2"),
    ("ADDRESS", "沙田瀝源邨福海樓1203室", "我屋企喺沙田瀝源邨福海樓1203室"),
    ("ADDRESS", "17 Wattle Crescent, Parramatta NSW 2150", "send it to 17 Wattle Crescent, Parramatta NSW 2150"),
    ("ADDRESS", "杭州市西湖区文三路259号", "我家在杭州市西湖区文三路259号"),
    # DEVICE
    ("DEVICE", "PJN701883H", "pacemaker serial PJN701883H"),
    ("DEVICE", "NG5521097K", "my insulin pump S/N: NG5521097K"),
    ("DEVICE", "8G66K2P", "CGM transmitter ID 8G66K2P keeps disconnecting"),
    ("DEVICE", "2105-HA-33871", "hearing aid serial no. 2105-HA-33871"),
    ("DEVICE", "356938035643809", "phone IMEI 356938035643809"),
    ("DEVICE", "CP2023-88731", "呼吸机序列号：CP2023-88731"),
    ("DEVICE", "GM-77123", "血糖仪编号 GM-77123"),
    ("DEVICE", "22181234567", "CPAP machine serial number is 22181234567"),
    ("DEVICE", "OX-5521-0098", "制氧機編號 OX-5521-0098"),
    ("DEVICE", "DEV-8841-AZ", "Device ID: DEV-8841-AZ"),
    # IP
    ("IP", "192.168.1.20", "the portal shows my IP as 192.168.1.20"),
    ("IP", "10.0.0.7", "IP 10.0.0.7 got blocked"),
    ("IP", "2001:db8::1", "logged from 2001:db8::1 yesterday"),
    ("IP", "172.16.254.1", "我的IP是172.16.254.1"),
    ("IP", "fe80::1ff:fe23:4567:890a", "address fe80::1ff:fe23:4567:890a"),
    ("IP", "203.0.113.5", "from 203.0.113.5, port 8080"),
    # VEHICLE
    ("VEHICLE", "AB 1234", "my car's plate is AB 1234"),
    ("VEHICLE", "LV 3388", "車牌 LV 3388，停咗喺停車場"),
    ("VEHICLE", "ABC-1234", "車牌號碼 ABC-1234"),
    ("VEHICLE", "MKB-5678", "機車車牌 MKB-5678 被拖走了"),
    ("VEHICLE", "SJK1234B", "my car SJK1234B is in the multi-storey"),
    ("VEHICLE", "WXY 1234", "car plate WXY 1234, Proton Saga"),
    ("VEHICLE", "7ABC123", "California plate 7ABC123"),
    ("VEHICLE", "LK68 XYZ", "reg LK68 XYZ, silver Golf"),
    ("VEHICLE", "粤B·D12345", "我车牌粤B·D12345"),
    ("VEHICLE", "191-D-12345", "car reg 191-D-12345"),
    ("VEHICLE", "SGX1234A", "the blue Honda SGX1234A in the drop-off bay is mine"),
    ("VEHICLE", "沪A·7K392", "停车场里沪A·7K392那辆是我的"),
    ("VEHICLE", "KDT-4471", "NY plate KDT-4471, a grey van"),
    # ID
    ("ID", "A123456(7)", "HKID A123456(7)"),
    ("ID", "Y765432(1)", "my HKID is Y765432(1)"),
    ("ID", "A123456789", "身分證字號 A123456789"),
    ("ID", "11010519491231002X", "身份证：11010519491231002X"),
    ("ID", "S1234567D", "NRIC S1234567D"),
    ("ID", "900101-14-5678", "MyKad 900101-14-5678"),
    ("ID", "850505-10-5521", "IC no: 850505-10-5521"),
    ("ID", "1234567TA", "PPS number 1234567TA"),
    ("ID", "E12345678", "passport no. E12345678"),
    ("ID", "H12345678", "回鄉證 H12345678"),
    ("ID", "QQ 12 34 56 C", "NI number QQ 12 34 56 C"),
    ("ID", "F1234567N", "my FIN is F1234567N"),
    ("ID", "T0123456G", "孫女NRIC T0123456G"),
    ("ID", "K030512(A)", "佢身份證K030512(A)"),
    ("SSN", "078-05-1120", "SSN 078-05-1120"),
    ("SSN", "219 09 9999", "social security number 219 09 9999"),
    ("HEALTH_PLAN", "2123 45670 1", "Medicare number 2123 45670 1"),
    # EMAIL
    ("EMAIL", "john.smith+clinic@gmail.com", "email john.smith+clinic@gmail.com"),
    ("EMAIL", "chan.tm@yahoo.com.hk", "請電郵chan.tm@yahoo.com.hk"),
    ("EMAIL", "li_wei@163.com", "邮箱li_wei@163.com"),
    ("EMAIL", "anneke underscore devries at proton dot me", "write to anneke underscore devries at proton dot me"),
    ("EMAIL", "m.tan@singnet.com.sg", "m.tan@singnet.com.sg is my email"),
    ("EMAIL", "mary.lee (at) example (dot) com", "mail me: mary.lee (at) example (dot) com"),
    ("EMAIL", "priya.r [at] gmail [dot] com", "priya.r [at] gmail [dot] com is fine"),
    ("EMAIL", "wangfang@qq.com", "王芳的邮箱是wangfang@qq.com"),
    # URL
    ("URL", "https://portal.example.org/patient/636707", "see https://portal.example.org/patient/636707"),
    ("URL", "www.facebook.com/mary.lee.5", "my page www.facebook.com/mary.lee.5"),
    ("URL", "bit.ly/3xYz12", "uploaded here bit.ly/3xYz12"),
    ("URL", "instagram.com/priya_r", "instagram.com/priya_r has the photos"),
    ("URL", "drive.google.com/file/d/1xYz88Qw", "shared on drive.google.com/file/d/1xYz88Qw"),
    ("URL", "https://wa.me/85291234567", "chat https://wa.me/85291234567"),
    # AGE over 89, digits and words in both languages
    ("AGE", "93", "she is 93 and lives alone"),
    ("AGE", "ninety-three", "my gran is ninety-three years old"),
    ("AGE", "九十三", "我奶奶九十三岁了"),
    ("AGE", "ninety-one", "my grandad, who is ninety-one, fell"),
    ("AGE", "101", "aged 101"),
    ("AGE", "93", "a 93-year-old man"),
    ("AGE", "93", "93 yo female"),
    ("AGE", "九十三", "阿婆九十三歲"),
    ("AGE", "93", "阿爺今年93，行唔到"),
    ("AGE", "93", "93歲嘅阿婆"),
    ("AGE", "97", "age: 97"),
    ("AGE", "a hundred and two", "Grandpa is a hundred and two"),
    ("AGE", "95", "She'll be 95 next month"),
    ("AGE", "94", "my 94 yr old father"),
    ("AGE", "九十五", "老人家今年九十五了"),
    ("AGE", "92", "我外公92岁"),
    ("AGE", "ninety-six", "he turned ninety-six last week"),
    # NAME after cues in both languages
    ("NAME", "Margaret Thornton", "Signed, Margaret Thornton"),
    ("NAME", "Aoife Byrne", "Thanks a million, from Aoife Byrne"),
    ("NAME", "Kwame Mensah", "Regards,\nKwame Mensah"),
    ("NAME", "王小明", "麻烦了。\n王小明 敬上"),
    ("NAME", "陳大文", "唔該晒！陳大文上"),
    ("NAME", "李秀英", "家属：李秀英"),
    ("NAME", "张伟", "联系人：张伟"),
    ("NAME", "黃志強", "聯絡人：黃志強"),
    ("NAME", "Siti Aminah", "Kind regards, Dr. Siti Aminah"),
    ("NAME", "Siobhan O'Rourke", "Yours sincerely\nSiobhan O'Rourke"),
    ("NAME", "Priya", "Best, Priya"),
    ("NAME", "Tan Wei Ming", "— Tan Wei Ming"),
    ("NAME", "Eileen Fitzgerald", "my mum, Eileen Fitzgerald, is on ward 3"),
    ("NAME", "Nguyen Van An", "Contact: Nguyen Van An"),
    ("NAME", "陳美玲", "家屬陳美玲想問探病時間"),
    ("NAME", "Lim Bee Hoon", "Sent on behalf of Mrs Lim Bee Hoon"),
    ("NAME", "Ahmad bin Ismail", "please ask for Ahmad bin Ismail at reception"),
    ("NAME", "刘桂英", "谢谢！\n刘桂英"),
    ("NAME", "何志明", "病人：何志明"),
    ("NAME", "我係陳大文".replace("我係", ""), "我係陳大文，想問下報告"),
    ("NAME", "Bronwyn", "Thanks heaps - Bronwyn"),
    ("NAME", "Ananya Krishnan", "Warm regards,\nAnanya Krishnan"),
    ("NAME", "林美玲", "緊急聯絡人：林美玲"),
    ("NAME", "赵丽", "申请人：赵丽"),
    ("NAME", "孙强", "委托人：孙强"),
    ("NAME", "王建国", "代理人王建国，电话见下"),
    ("NAME", "张建华", "此致\n敬礼\n张建华"),
    ("NAME", "李娜", "我是李娜，想改预约"),
    ("NAME", "Ravi Menon", "Cheers,\nRavi Menon"),
    ("NAME", "黄丽华", "家属黄丽华"),
    ("NAME", "周杰", "联系人周杰 手机在下面"),
    ("NAME", "Chan Tai Man", "Patient name: Chan Tai Man"),
    ("NAME", "吳秀蘭", "吳秀蘭 謹上"),
]

# PHI-free look-alikes: the hospital's own numbers, doses, times, rooms, beds, wards, ages under 90, durations.
CLEAN = [
    "Please go to Room 1203 on 12/F of the outpatient block.",
    "Take 500 mg twice a day with food.",
    "Clinic 4B opens at 08:30.",
    "Bed 12, Ward 7A is where the day unit moved.",
    "Call the hospital switchboard on 020 7188 7188.",
    "Our pharmacy line is 0300 123 4567.",
    "Dose: 2.5 ml every 4 hours.",
    "Take 1/2 tablet at night.",
    "The clinic is open 9-5, Monday to Friday.",
    "Blood pressure 120/80 is normal.",
    "Insulin 10 units at 7.30 before breakfast.",
    "请拨打医院总机020-12345678咨询",
    "挂号专线 400-123-4567 工作日开放",
    "每次2片，每日3次，饭后服用",
    "血压140/90算高吗",
    "请到第3诊室候诊",
    "到12号窗口缴费",
    "门诊楼A座5楼抽血",
    "Is the Covid-19 booster free?",
    "My HbA1c was 7.2% last time.",
    "Bus 42 stops outside Gate 3.",
    "Level 2, Clinic B, for the eye clinic.",
    "Call 999 or 111 if it gets worse.",
    "my dad is 78 years old, can he get the jab",
    "He is 45 and diabetic.",
    "a 90-minute scan, do I need to fast",
    "the scan takes ninety minutes",
    "检查要九十分钟吗",
    "Take 2 x 500mg paracetamol.",
    "Clinic hours are 08:00-17:30.",
    "The fee is HK$120 per visit.",
    "About 1/3 of patients feel dizzy.",
    "the ward phone is ext. 3344",
    "住院部在3号楼12层",
    "病房在十二楼，探视时间下午3点到8点",
    "Ward 5A, Block 2, is the stroke unit.",
    "ICD-10 code E11.9 is on my letter",
    "我妈妈八十五岁了，能打疫苗吗",
    "Section 5.2.1 of the leaflet explains it.",
    "take 2 tablets at 8pm and 2 at 8am",
    "候診號碼 A023，要等幾耐",
    "The 12/F reception closes at 6.",
    "How do I book a slot for 2 weeks from now?",
    "Does the 3 Dec flu clinic still run?".replace("3 Dec ", ""),
]

PROBES_B = [
    ("PHONE", "(+852) 2345 6789", "office (+852) 2345 6789, ask for me"),
    ("PHONE", "+852-6123-4567", "call +852-6123-4567 pls"),
    ("PHONE", "00852 9123 4567", "from abroad dial 00852 9123 4567"),
    ("PHONE", "0086 138 0013 8000", "我在国外，打0086 138 0013 8000"),
    ("PHONE", "+86 (10) 6552 8899", "北京家里 +86 (10) 6552 8899"),
    ("PHONE", "010 6552 8899", "家里电话010 6552 8899"),
    ("PHONE", "(010)65528899", "座机(010)65528899"),
    ("PHONE", "+65-9123-4567", "my son +65-9123-4567"),
    ("PHONE", "+60 3-2141 5678", "office +60 3-2141 5678"),
    ("PHONE", "03-2141 5678", "call my house 03-2141 5678"),
    ("PHONE", "+61 (0)2 9876 5432", "ring +61 (0)2 9876 5432"),
    ("PHONE", "555 123 4567", "my cell 555 123 4567"),
    ("PHONE", "+1.415.555.0132", "reach me at +1.415.555.0132"),
    ("PHONE", "415-555-0132 x 3", "work 415-555-0132 x 3"),
    ("PHONE", "0912 345 678", "手機 0912 345 678"),
    ("PHONE", "02-2771-2171", "家裡 02-2771-2171"),
    ("PHONE", "+886-2-2771-2171", "打 +886-2-2771-2171 找我"),
    ("PHONE", "07700900123", "text 07700900123"),
    ("PHONE", "(01) 234 5678", "my Dublin landline (01) 234 5678"),
    ("PHONE", "01 234 5678", "home number 01 234 5678"),
    ("PHONE", "0987-654-321", "手機：0987-654-321"),
    ("PHONE", "(04)2358-1234", "電話：(04)2358-1234"),
    ("PHONE", "07911 123456", "my mobile's 07911 123456"),
    ("PHONE", "+852 2345 6789 ext 12", "tel +852 2345 6789 ext 12"),
    ("PHONE", "852 9123 4567", "whatsapp 852 9123 4567"),
    ("DATE", "2/Dec/2026", "seen 2/Dec/2026"),
    ("DATE", "Dec-02-2026", "dated Dec-02-2026"),
    ("DATE", "2026 Dec 2", "report 2026 Dec 2 says"),
    ("DATE", "2 December, 2026", "on 2 December, 2026 I was admitted"),
    ("DATE", "2nd December", "Monday 2nd December is my op"),
    ("DATE", "2nd of Dec", "the 2nd of Dec appointment"),
    ("DATE", "12th March 1948", "born 12th March 1948"),
    ("DATE", "1948-3-12", "DOB 1948-3-12"),
    ("DATE", "3.12.48", "born 3.12.48"),
    ("DATE", "2026年12月2日", "2026年12月2日（星期三）下午"),
    ("DATE", "12月2日", "12月2日下午复诊"),
    ("DATE", "2026/12/2", "2026/12/2 抽血"),
    ("DATE", "2026.12.02", "2026.12.02 入院"),
    ("DATE", "民國一百一十五年十二月二日", "民國一百一十五年十二月二日掛號"),
    ("DATE", "115年12月2日", "我115年12月2日要回診"),
    ("DATE", "十二月二十日", "十二月二十日出院"),
    ("DATE", "3rd Mar", "booked 3rd Mar"),
    ("DATE", "Mar 3", "see you Mar 3"),
    ("DATE", "March 3rd, '48", "born March 3rd, '48"),
    ("DATE", "Jan. 1, 2000", "since Jan. 1, 2000"),
    ("DATE", "2000年1月", "2000年1月做过手术"),
    ("DATE", "一九四八年三月十二日", "一九四八年三月十二日出生"),
    ("DATE", "March 1948", "born in March 1948"),
    ("DATE", "48年3月12日", "家父48年3月12日生"),
    ("MRN", "K1234567", "Hosp No: K1234567"),
    ("MRN", "0012345678", "病歷號碼：0012345678"),
    ("MRN", "0044-1234", "hospital number is 0044-1234"),
    ("MRN", "00123456", "URN: 00123456"),
    ("MRN", "55512345", "Medical Record Number (MRN): 55512345"),
    ("MRN", "ZY202312345", "住院号码 ZY202312345"),
    ("MRN", "OP-2023-1234", "門診號 OP-2023-1234"),
    ("MRN", "P0012345", "patient number P0012345"),
    ("ADDRESS", "22 Acacia Avenue, Springfield", "we're at 22 Acacia Avenue, Springfield"),
    ("ADDRESS", "Flat 7, Oak House, 12 Elm Grove, Bristol BS6 5AP", "Flat 7, Oak House, 12 Elm Grove, Bristol BS6 5AP is new"),
    ("ADDRESS", "35 Baggot Street Lower, Dublin 2, D02 F389", "send to 35 Baggot Street Lower, Dublin 2, D02 F389"),
    ("ADDRESS", "3/15 Beach Road, Bondi NSW 2026", "address 3/15 Beach Road, Bondi NSW 2026"),
    ("ADDRESS", "Apartment 12B, 450 Park Ave", "lives at Apartment 12B, 450 Park Ave"),
    ("ADDRESS", "Room 1508, 15/F, Tower 2, Metroplaza, Kwai Fong", "Room 1508, 15/F, Tower 2, Metroplaza, Kwai Fong"),
    ("ADDRESS", "香港灣仔軒尼詩道250號12樓A室", "寄去香港灣仔軒尼詩道250號12樓A室"),
    ("ADDRESS", "高雄市前鎮區中山二路5號", "住高雄市前鎮區中山二路5號"),
    ("ADDRESS", "北京市海淀区中关村大街27号", "北京市海淀区中关村大街27号"),
    ("ADDRESS", "Block 88 Tampines St 81 #05-123", "Block 88 Tampines St 81 #05-123"),
    ("ADDRESS", "No. 3, Lorong Maarof", "rumah No. 3, Lorong Maarof, Bangsar"),
    ("ADDRESS", "88 Jalan Ampang, 50450 Kuala Lumpur", "88 Jalan Ampang, 50450 Kuala Lumpur"),
    ("ADDRESS", "G/F, 3 Kau U Fong, Central", "shop G/F, 3 Kau U Fong, Central"),
    ("ADDRESS", "新界元朗朗屏邨玉屏樓1012室", "新界元朗朗屏邨玉屏樓1012室"),
    ("ADDRESS", "桃園市中壢區中華路一段100巷2號", "桃園市中壢區中華路一段100巷2號"),
    ("ADDRESS", "14 Willow Way, Cork T12 AB34", "14 Willow Way, Cork T12 AB34"),
    ("ADDRESS", "PO Box 123, Hobart TAS 7001", "PO Box 123, Hobart TAS 7001"),
    ("DEVICE", "RNB123456S", "pacemaker model Azure, serial RNB123456S"),
    ("DEVICE", "1234-5678-90", "insulin pump serial number: 1234-5678-90"),
    ("DEVICE", "21A04567", "hearing aid S/N 21A04567"),
    ("DEVICE", "WC20231188", "輪椅編號 WC20231188"),
    ("DEVICE", "J2345678", "CPAP 序號 J2345678"),
    ("DEVICE", "GLU-99812", "meter SN: GLU-99812"),
    ("IP", "81.2.69.160", "IPv4 81.2.69.160"),
    ("IP", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "v6 2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
    ("IP", "10.1.2.3", "host 10.1.2.3"),
    ("VEHICLE", "GX 1234", "plate no. GX 1234"),
    ("VEHICLE", "ZH 8821", "車牌ZH 8821"),
    ("VEHICLE", "ABC 123", "my car is ABC 123"),
    ("VEHICLE", "12-KK-345", "registration 12-KK-345"),
    ("VEHICLE", "05 D 12345", "reg no. 05 D 12345"),
    ("VEHICLE", "粤A 12345", "车牌粤A 12345"),
    ("VEHICLE", "ABC-5678", "plate ABC-5678"),
    ("VEHICLE", "MA19 KLM", "UK reg MA19 KLM"),
    ("VEHICLE", "SKP 4821 C", "my car SKP 4821 C"),
    ("ID", "Z683365(5)", "HKID: Z683365(5)"),
    ("ID", "S8712345A", "NRIC no. S8712345A"),
    ("ID", "G1234567X", "FIN G1234567X"),
    ("ID", "880808-08-8888", "IC 880808-08-8888"),
    ("ID", "750415-10-5123", "MyKad No: 750415-10-5123"),
    ("ID", "1234567FA", "PPSN 1234567FA"),
    ("ID", "K12345678", "passport number K12345678"),
    ("ID", "C12345678", "港澳通行证 C12345678"),
    ("ID", "110101199003070011", "居民身份证号码 110101199003070011"),
    ("ID", "F223456786", "身分證F223456786"),
    ("ID", "F223456786", "我的證號是 F223456786"),
    ("SSN", "123-45-6789", "Social Security No. 123-45-6789"),
    ("EMAIL", "tan.ah.kow@hotmail.com.sg", "tan.ah.kow@hotmail.com.sg"),
    ("EMAIL", "lily_wong88@yahoo.com.hk", "email lily_wong88@yahoo.com.hk"),
    ("EMAIL", "chen-li@pku.edu.cn", "邮箱 chen-li@pku.edu.cn"),
    ("EMAIL", "J.Smith@NHS.NET", "J.Smith@NHS.NET"),
    ("EMAIL", "mary at gmail dot com", "mary at gmail dot com"),
    ("EMAIL", "ahmad(at)yahoo(dot)com", "ahmad(at)yahoo(dot)com"),
    ("EMAIL", "wang.fang＠qq.com", "邮箱wang.fang＠qq.com"),
    ("URL", "http://bit.ly/abc123", "http://bit.ly/abc123"),
    ("URL", "tinyurl.com/y7abc", "tinyurl.com/y7abc"),
    ("URL", "www.patientsite.org.uk/jane", "www.patientsite.org.uk/jane"),
    ("URL", "line.me/ti/p/~maryc", "line.me/ti/p/~maryc"),
    ("URL", "weibo.com/u/123456", "我的微博weibo.com/u/123456"),
    ("AGE", "ninety-four", "aged ninety-four"),
    ("AGE", "94", "94 y.o. male"),
    ("AGE", "94", "94yo"),
    ("AGE", "94", "she's 94"),
    ("AGE", "90", "90 years of age"),
    ("AGE", "九十", "爷爷九十岁"),
    ("AGE", "94", "94岁高龄"),
    ("AGE", "97", "阿嫲97歲"),
    ("AGE", "九十七", "阿嫲九十七歲"),
    ("AGE", "101", "a 101 year old"),
    ("AGE", "93", "93 yrs"),
    ("AGE", "96", "96-yr-old"),
    ("AGE", "90", "he turns 90 on Friday"),
    ("NAME", "Jo-Anne", "Thanks, Jo-Anne"),
    ("NAME", "Sanjay Patel", "Rgds, Sanjay Patel"),
    ("NAME", "Chloé Martin", "Sincerely, Chloé Martin"),
    ("NAME", "D. O'Sullivan", "Yours faithfully,\nD. O'Sullivan"),
    ("NAME", "Mei Ling Tan", "From: Mei Ling Tan"),
    ("NAME", "Tom", "Cheers\nTom"),
    ("NAME", "陈志明", "谢谢\n陈志明 上"),
    ("NAME", "王芳", "联系人 王芳"),
    ("NAME", "梁嘉欣", "家屬：梁嘉欣"),
    ("NAME", "欧阳娜娜", "患者姓名：欧阳娜娜"),
    ("NAME", "赵敏", "落款：赵敏"),
    ("NAME", "钱文", "监护人：钱文"),
    ("NAME", "孙丽", "紧急联系人 孙丽"),
    ("NAME", "陳嘉豪", "申請人：陳嘉豪"),
    ("NAME", "Mohammed Al-Amin", "my grandson, Mohammed Al-Amin, is coming"),
    ("NAME", "Wong Siu Ming", "my name's Wong Siu Ming"),
    ("NAME", "Li Na", "I'm Li Na"),
    ("NAME", "Tan Ah Lian", "Mrs. Tan Ah Lian called"),
    ("NAME", "Siti", "Mdm Siti will come"),
    ("NAME", "Ahmad", "Encik Ahmad is my dad"),
    ("NAME", "Rosnah Ismail", "Puan Rosnah Ismail"),
    ("NAME", "Kavya", "thanks\n—Kavya"),
    ("NAME", "Goh", "please pass to Ms Goh"),
]
CLEAN_B = [
    "Room 12, Level 3", "Clinic 12A is upstairs", "take 1 tablet 3 times daily", "Bus 960 stops here", "MTR exit A2",
    "Gate 5 is closed", "It costs HK$1,200", "S$50 deposit", "RM120 per visit", "NT$300 掛號費", "version 10.2.3",
    "120/80 mmHg", "BMI 24.5", "2 tabs bd", "Level 5, Block B", "B2 car park", "Lift 3 is broken", "Ward 7B bed 12",
    "ICU bed 4", "F/U in 2 weeks", "5-10 minutes", "1-2 days", "COVID-19 test", "Type 2 diabetes", "Vitamin B12 shot",
    "my mum is 80", "85岁能做吗", "要九十分鐘", "门诊3楼", "住院部B座", "10号楼3楼", "挂号费50元", "医保报销70%",
    "Our 24-hour helpline 1800 123 456 is free", "the clinic's hotline 2345 6000", "patient aged 89",
]

PROBES_C = [
    ("NAME", "Grace", "my wife (Grace) will pick me up"),
    ("NAME", "J. R. Smith", "Regards,\nJ. R. Smith"),
    ("NAME", "Chan", "this is Mrs. Chan's daughter"),
    ("NAME", "Wong", "Dear Dr Wong, thank you"),
    ("NAME", "Lee", "Mr & Mrs Lee are both patients"),
    ("NAME", "jane", "yours, jane"),
    ("NAME", "Peter Lam", "a prescription for Peter Lam"),
    ("NAME", "Amelia Hart", "Amelia Hart | daughter and carer"),
    ("NAME", "李国强", "此致\n李国强"),
    ("NAME", "黄美珍", "我妈妈叫黄美珍"),
    ("NAME", "Ahmed Khan", "Ahmed Khan (son) will call"),
    ("PHONE", "2345-6789", "tel: 2345-6789"),
    ("PHONE", "9123-4567", "call 9123-4567 after 6"),
    ("PHONE", "(65) 9123 4567", "hp (65) 9123 4567"),
    ("PHONE", "+44 (0) 7700 900123", "mobile +44 (0) 7700 900123"),
    ("PHONE", "0086-10-65528899", "电话0086-10-65528899"),
    ("PHONE", "852-9123-4567", "whatsapp 852-9123-4567"),
    ("PHONE", "6123 4567", "搵我 6123 4567"),
    ("DATE", "2026 年 12 月 2 日", "我 2026 年 12 月 2 日 入院"),
    ("DATE", "12-2-26", "seen 12-2-26"),
    ("DATE", "Dec 2, '26", "scheduled Dec 2, '26"),
    ("DATE", "2nd Dec, 2026", "on 2nd Dec, 2026 at 9"),
    ("DATE", "02DEC2026", "DOB 02DEC2026 on the label"),
    ("DATE", "2 Dec 26", "done 2 Dec 26"),
    ("AGE", "92", "92岁"),
    ("AGE", "ninety two", "she is ninety two"),
    ("AGE", "100", "he turned 100 in May"),
    ("AGE", "98", "98 year old grandmother"),
    ("ADDRESS", "123 Main St., Apt. 4B", "mail to 123 Main St., Apt. 4B please"),
    ("ADDRESS", "Level 3, 100 George St, Sydney NSW 2000", "office Level 3, 100 George St, Sydney NSW 2000"),
    ("ADDRESS", "旺角彌敦道123號", "我住旺角彌敦道123號"),
    ("ADDRESS", "台北市信義區松仁路100號10樓之3", "台北市信義區松仁路100號10樓之3"),
    ("ADDRESS", "新北市三重區重新路五段609巷4號", "新北市三重區重新路五段609巷4號"),
    ("ADDRESS", "8 Harbour Road, Wan Chai", "at 8 Harbour Road, Wan Chai"),
    ("ADDRESS", "Flat 12B, Harbour View Mansion", "Flat 12B, Harbour View Mansion"),
    ("VEHICLE", "PU 2323", "HK plate: PU 2323"),
    ("VEHICLE", "沪A12345", "车牌: 沪A12345"),
    ("VEHICLE", "YT16 XKC", "reg plate YT16 XKC"),
    ("ID", "S 1234567 D", "IC: S 1234567 D"),
    ("ID", "4403 0419 8806 1523 1X", "身份证 4403 0419 8806 1523 1X"),
    ("ID", "A1234563", "HKID card A1234563"),
    ("MRN", "12-345-678", "Medical Record #: 12-345-678"),
    ("DEVICE", "ABC123456", "implant ID: ABC123456"),
    ("URL", "https://t.me/maryc", "https://t.me/maryc"),
    ("URL", "fb.com/jane.doe", "fb.com/jane.doe"),
    ("URL", "v.douyin.com/iJxyz/", "视频 v.douyin.com/iJxyz/"),
    ("URL", "example.hk/r/1234", "see example.hk/r/1234"),
    ("EMAIL", "jane.doe @ gmail.com", "jane.doe @ gmail.com"),
    ("EMAIL", "jane.doe at gmail.com", "email jane.doe at gmail.com"),
    ("IP", "192.168.1.1:8080", "router 192.168.1.1:8080"),
]
CLEAN_C = ["take 2.5mg/kg", "see section 4.2/4.3", "Mr & Mrs Smith Ward is on level 2".replace("Smith ", ""),
           "Dear Doctor, thank you", "yours, the patient experience team", "on 2 tablets", "a 5 year old"]

PROBES_D = [
    ("PHONE", "0912-345678", "手機0912-345678"),
    ("PHONE", "+886 2 2345 6789", "我家 +886 2 2345 6789"),
    ("PHONE", "139-1234-5678", "微信同号139-1234-5678"),
    ("PHONE", "(852) 9876 5432", "手提(852) 9876 5432"),
    ("PHONE", "28765432", "屋企電話28765432"),
    ("PHONE", "9876 5432", "有事WhatsApp我9876 5432"),
    ("PHONE", "400-820-8820", "我公司电话400-820-8820"),
    ("PHONE", "020-87654321-8021", "办公室020-87654321-8021"),
    ("DATE", "12月2日", "去年12月2日做过胃镜"),
    ("DATE", "2026年12月2日", "(2026年12月2日)"),
    ("DATE", "12/2/2026", "日期：12/2/2026"),
    ("DATE", "2026年十二月二日", "2026年十二月二日入院"),
    ("DATE", "十二月二號", "十二月二號覆診"),
    ("DATE", "农历腊月廿三", "阿婆农历腊月廿三生日"),
    ("DATE", "正月初五", "正月初五出生"),
    ("DATE", "民國115年12月2日", "(民國115年12月2日)"),
    ("DATE", "115.12.02", "就診日115.12.02"),
    ("DATE", "26年12月2日", "26年12月2日抽血"),
    ("AGE", "九十二", "佢今年九十二，行路唔穩"),
    ("AGE", "95", "老豆95歲"),
    ("AGE", "一百", "外婆一百岁了"),
    ("AGE", "九十有三", "家母今年九十有三"),
    ("AGE", "91", "91岁的父亲"),
    ("ADDRESS", "觀塘道388號創紀之城1期12樓", "公司喺觀塘道388號創紀之城1期12樓"),
    ("ADDRESS", "沙田第一城22座18樓H室", "我住沙田第一城22座18樓H室"),
    ("ADDRESS", "北京朝阳区望京街10号院3号楼2单元501", "北京朝阳区望京街10号院3号楼2单元501"),
    ("ADDRESS", "台南市東區大學路1號", "寄到台南市東區大學路1號"),
    ("ADDRESS", "新加坡宏茂桥3道123座#04-56", "家在新加坡宏茂桥3道123座#04-56"),
    ("ADDRESS", "吉隆坡武吉免登路12号", "住吉隆坡武吉免登路12号"),
    ("ADDRESS", "黄埔花园8期12座3楼C室", "住喺黄埔花园8期12座3楼C室"),
    ("ADDRESS", "南京市鼓楼区中山路321号", "南京市鼓楼区中山路321号"),
    ("NAME", "陈大文", "陈大文先生今日覆诊"),
    ("NAME", "黃麗娟", "麻煩通知黃麗娟，多謝"),
    ("NAME", "林志偉", "林志偉 敬啟"),
    ("NAME", "司徒美儀", "我係司徒美儀"),
    ("NAME", "欧阳建国", "欧阳建国的家属"),
    ("NAME", "王淑芬", "報告人：王淑芬"),
    ("NAME", "张丽", "—— 张丽"),
    ("NAME", "许志强", "许志强\n2026年12月2日"),
    ("NAME", "李美華", "致：李美華女士"),
    ("ID", "A123456(7)", "身份證號碼：A123456(7)"),
    ("ID", "A1234567", "身分證A1234567"),
    ("ID", "440304198806152318", "身份证号440304198806152318"),
    ("ID", "Z1234567", "回乡证Z1234567"),
    ("MRN", "A2026-00815", "病歷號A2026-00815"),
    ("MRN", "0012345", "住院號碼：0012345"),
    ("DEVICE", "ABC-12345", "起搏器序号ABC-12345"),
    ("VEHICLE", "粤B12345", "车牌是粤B12345"),
    ("VEHICLE", "AB1234", "車牌AB1234"),
    ("EMAIL", "chan_tm@netvigator.com", "電郵：chan_tm@netvigator.com"),
    ("URL", "https://weixin.qq.com/r/abc123", "链接https://weixin.qq.com/r/abc123"),
]
CLEAN_D = ["请到3号楼12层", "下午3点到5点探视", "每日3次，每次2片", "挂号费30元", "12号床的护士", "第2诊室",
           "血糖7.8", "九十分钟", "住院部电话请看官网", "今年三十五岁", "八十九岁的老人"]

PROBES_E = [
    ("PHONE", "07700-900-321", "hiya its about mums appt, my no. is 07700-900-321 ta"),
    ("PHONE", "+44 7700 900321", "Mob (UK): +44 7700 900321 / HK: 9123 4567"),
    ("PHONE", "9123 4567", "Mob (UK): +44 7700 900321 / HK: 9123 4567"),
    ("PHONE", "0423 456 789", "pls txt 0423 456 789 not email"),
    ("PHONE", "+61 423 456 789", "Ph: +61 423 456 789"),
    ("PHONE", "(08) 8123 4567", "home ph (08) 8123 4567"),
    ("PHONE", "+1 604-555-0199", "from Canada +1 604-555-0199"),
    ("PHONE", "086 123 4567", "Ring me on 086 123 4567 so"),
    ("PHONE", "15912345678", "手机15912345678，谢谢"),
    ("DATE", "4th Dec", "can we do 4th Dec instead of Thurs"),
    ("DATE", "04/12", "appt moved to 04/12 at 3pm?"),
    ("DATE", "4.12.2026", "op on 4.12.2026, is that right"),
    ("DATE", "Dec 4th 2026", "letter says Dec 4th 2026"),
    ("DATE", "4th December '26", "booked 4th December '26"),
    ("DATE", "2026-12-04T09:30", "timestamp 2026-12-04T09:30 on the app"),
    ("AGE", "ninety", "mum's ninety and can't do stairs"),
    ("AGE", "92", "Grandad (92) fell"),
    ("AGE", "99", "he's 99!!"),
    ("AGE", "九十九", "阿爺九十九歲啦"),
    ("NAME", "Kath", "ta, Kath x"),
    ("NAME", "Brian O'Neill", "Brian O'Neill here, ringing about my wife"),
    ("NAME", "Siobhán", "love Siobhán"),
    ("NAME", "Patel", "Mrs Patel's son here"),
    ("NAME", "Dev", "Many thanks,\nDev"),
    ("NAME", "Wei Jie", "我係Wei Jie，想問"),
    ("NAME", "陳", "麻煩陳小姐覆我"),
    ("ADDRESS", "5 The Crescent, Kilkenny", "new addy 5 The Crescent, Kilkenny"),
    ("ADDRESS", "Flat 3B, 22 Queens Road East", "send to Flat 3B, 22 Queens Road East"),
    ("ADDRESS", "14/F, 88 Hing Fat Street", "office 14/F, 88 Hing Fat Street"),
    ("ADDRESS", "22 Jln Ipoh", "rumah 22 Jln Ipoh"),
    ("ADDRESS", "39 Kent Rd", "moved to 39 Kent Rd last month"),
    ("EMAIL", "KATH.B@BTINTERNET.COM", "KATH.B@BTINTERNET.COM"),
    ("EMAIL", "dev_91 at hotmail dot co dot uk", "dev_91 at hotmail dot co dot uk"),
    ("ID", "AB123456C", "NI no AB123456C"),
    ("ID", "S9876543C", "my ic S9876543C"),
    ("MRN", "RX 0048 291", "hosp number RX 0048 291"),
    ("VEHICLE", "KX19 ABC", "blue Fiesta KX19 ABC in bay 12"),
    ("URL", "myhealth.example.com/u/4471", "my record myhealth.example.com/u/4471"),
]
CLEAN_E = ["appt at 3pm on the ward", "Take 2 puffs, 4 times a day", "Thanks, Doctor", "love the new cafe", "ta, see you Thursday",
           "Flat rate parking is £5", "room 14/F is the library"]

PROBES_F = [
    ("DEVICE", "G7-4N8K2Q", "Dexcom G7 sensor code G7-4N8K2Q won't pair"),
    ("DEVICE", "PM1234567", "my pacemaker (PM1234567) was checked"),
    ("DEVICE", "A1B2C3D4E5", "pump serial#A1B2C3D4E5"),
    ("DEVICE", "HA-55-0912", "助听器编号：HA-55-0912"),
    ("DEVICE", "86-123456-789012-3", "IMEI: 86-123456-789012-3"),
    ("DEVICE", "NB-7781-X", "nebuliser serial no NB-7781-X"),
    ("URL", "https://docs.google.com/document/d/1AbC_dEf/edit", "notes at https://docs.google.com/document/d/1AbC_dEf/edit"),
    ("URL", "www.mysite.com.hk/photos", "pics on www.mysite.com.hk/photos"),
    ("URL", "http://localhost:8080/report/55", "the app shows http://localhost:8080/report/55"),
    ("URL", "t.me/mary_c", "telegram t.me/mary_c"),
    ("IP", "192.168.001.010", "IP 192.168.001.010"),
    ("IP", "fe80::a00:27ff:fe4e:66a1", "ipv6 fe80::a00:27ff:fe4e:66a1"),
    ("IP", "100.64.12.7", "VPN address 100.64.12.7"),
    ("FAX", "020 7946 0959", "fax: 020 7946 0959"),
    ("FAX", "(852) 2345 6790", "傳真 (852) 2345 6790"),
    ("ACCOUNT", "12345678", "bank account no. 12345678"),
    ("ACCOUNT", "GB29 NWBK 6016 1331 9268 19", "IBAN GB29 NWBK 6016 1331 9268 19"),
    ("HEALTH_PLAN", "XYZ123456789", "member ID XYZ123456789"),
    ("HEALTH_PLAN", "1EG4-TE5-MK72", "Medicare number 1EG4-TE5-MK72"),
    ("LICENSE", "D1234567", "driver's licence number D1234567"),
    ("LICENSE", "SMITH901015JJ9AB", "driving licence SMITH901015JJ9AB"),
    ("AGE", "九十二", "我阿嫲今年九十二"),
    ("AGE", "91", "91歲老人家"),
    ("AGE", "ninety-eight", "my ninety-eight year old gran"),
    ("AGE", "103", "(age 103)"),
    ("AGE", "92", "F/92"),
    ("AGE", "95", "95M with chest pain"),
    ("NAME", "Chen Xiaoming", "Patient: Chen Xiaoming (陈晓明)"),
    ("NAME", "陈晓明", "Patient: Chen Xiaoming (陈晓明)"),
    ("NAME", "O'Brien", "Dear Ms O'Brien"),
    ("NAME", "Abdul Rahman", "nama saya Abdul Rahman"),
    ("NAME", "Nguyễn Thị Lan", "Tên tôi là Nguyễn Thị Lan"),
    ("NAME", "Jia Hui", "Jia Hui here"),
    ("ZIP", "90210", "ZIP 90210"),
    ("EMAIL", "mary.c@outlook.com", "<mary.c@outlook.com>"),
]
CLEAN_F = ["the G7 sensor fell off", "a 3.5mm jack", "IP65 rated", "Windows 10", "iOS 17.2", "http status 404",
           "Model 5 pump", "fax the form to the ward", "account for 2 days", "grade 3", "stage IV", "F/U 2/52",
           "fever of 103 F, my hands are cold", "a temperature of 101F", "I paid 95M for it"]


@pytest.mark.parametrize("kind, value, text", PROBES + PROBES_B + PROBES_C + PROBES_D + PROBES_E + PROBES_F)
def test_probe_is_redacted_with_its_exact_span(kind, value, text):
    assert has_exact_span(text, value, kind), (text, found_spans(text))


@pytest.mark.parametrize("text", CLEAN + CLEAN_B + CLEAN_C + CLEAN_D + CLEAN_E + CLEAN_F)
def test_look_alike_is_untouched(text):
    assert redact(text).spans == [], found_spans(text)


@pytest.mark.parametrize("text", [
    "出院患者申请复印住院病历的流程是什么？",
    "Can I get CCTV footage from the outpatient waiting room?",
    "医院里有没有小花园",
    "我住在医院旁边的小区，看病的人天天把车停在我家门口，找谁管？",
    "为什么病房护士不够，领导还发奖金",
    "春节期间住院，医院会给病人包饺子吗",
    "怎么加入医院的患者顾问委员会？",
    "Is a signed note enough for someone else to pick up controlled drugs?",
    "Does the patient Wi-Fi block any sites? My son wants to play online games.",
])
def test_stored_phi_free_question_is_untouched(text):
    assert redact(text).spans == []


def test_singapore_nric_stands_alone_only_with_a_valid_check_letter():
    from medqa.safety.phi import nric_checksum_ok

    assert nric_checksum_ok("S1234567D") and not nric_checksum_ok("S1234567A")
    assert has_exact_span("it's S1234567D on the form", "S1234567D", "ID")


def test_iban_stands_alone_only_with_valid_check_digits():
    from medqa.safety.phi import iban_ok

    assert iban_ok("GB29 NWBK 6016 1331 9268 19") and not iban_ok("GB29 NWBK 6016 1331 9268 18")


def test_taiwan_id_stands_alone_only_with_a_valid_check_digit():
    assert tw_id_checksum_ok("A123456789")
    assert not tw_id_checksum_ok("A123456788")
    assert has_exact_span("我的是A123456789，麻煩查", "A123456789", "ID")


def test_a_wards_number_stays_redacted_but_the_switchboard_does_not():
    assert has_exact_span("ring the ward on (07) 3346 8812 ext 204 after 5", "(07) 3346 8812 ext 204", "PHONE")
    assert redact("Call the hospital switchboard on 020 7188 7188.").spans == []
    assert has_exact_span("the switchboard put me through, my mobile is 07700 900 123", "07700 900 123", "PHONE")


def test_round12_redaction_is_idempotent():
    for _, _, text in PROBES:
        once = redact(text).text
        assert redact(once).text == once


@pytest.mark.parametrize("kind, value, text", [
    # classes the spent batches still showed after the probes (values written here): Australian "rego", a date typed
    # with spaces, a transliterated name with no surname from the list
    ("VEHICLE", "2XYZ 781", "my rego is 2XYZ 781, parked in bay C"),
    ("DATE", "14 9 2025", "discharged 14 9 2025 I think"),
    ("NAME", "热娜古丽", "我是热娜古丽，想问报告"),
    ("NAME", "买买提", "买买提先生的复诊改到下周"),
])
def test_spent_batch_class_is_redacted(kind, value, text):
    assert has_exact_span(text, value, kind)


@pytest.mark.parametrize("text", [
    "take 2 3 times a day for 2 weeks",
    "阿司匹林每天吃一片可以吗",
    "我是阿姨带来的，想问探视时间",
    "registration is at the front desk",
])
def test_spent_batch_class_look_alike_is_untouched(text):
    assert redact(text).spans == [], found_spans(text)


# Look-alikes written against the round-12 recognisers themselves (everyday words that are street types, units after
# an age verb, conditions in brackets after a kin noun, radio stations and model names after a car make, a service's
# published line given as a heading), each beside the PHI its rule must still find.
@pytest.mark.parametrize("text", [
    "Use Gate 3 Car Park for drop-off",
    "we did 3 Hill Walk sessions with the physio",
    "the target will be 100 metres a day",
    "thanks, bro",
    "my mum (Parkinson's) needs help with buttons",
    "my dad (COPD) is worse this week",
    "Golf GTI 2019 parked outside",
    "Jazz FM 105 was on in the waiting room",
    "For appointments: 0300 123 4567",
    "To book, call 0300 123 4567.",
    "Member: Gold",
])
def test_round12_rule_look_alike_is_untouched(text):
    assert redact(text).spans == [], found_spans(text)


@pytest.mark.parametrize("kind, value, text", [
    ("ADDRESS", "3 Hill Walk", "I live at 3 Hill Walk"),
    ("ADDRESS", "3 Hill Walk, Leeds LS6 2AB", "post it to 3 Hill Walk, Leeds LS6 2AB"),
    ("PHONE", "07700 900123", "For appointments call me on 07700 900123"),
    ("NAME", "Grace", "my wife (Grace) will collect the tablets"),
    ("VEHICLE", "SGX1234A", "the blue Honda SGX1234A is mine"),
])
def test_round12_rule_still_finds_the_phi_beside_its_look_alike(kind, value, text):
    assert has_exact_span(text, value, kind)
