#!/usr/bin/env python3
"""make_phi_formats.py - PHI FORMAT INVENTORY (session 20, PF1). Standard library only, deterministic.

Run: python3 make_phi_formats.py  -> writes phi_formats.jsonl next to this file (blind PHI schema).

Written from national formats (UPU address orders, national id schemes with their check digits, licence-plate
shapes, phone numbering plans, the way locals write a date, hospital-number wording in English- and
Chinese-speaking health systems), not from any writer set. Each country/region gives at least one ADDRESS (as a
person types it in a message: comma-joined or multi-line), a PHONE, a national ID, a VEHICLE plate and a DATE;
then hospital-number sentences (MRN) and PHI-free look-alikes (hospital postcodes, ward names, product codes,
dosages, leaflet references). Label convention: tests/data/safety/phi_label_convention.py (a span is the value
only, no label word or article; an NHS / national health number is ID, a hospital's own number is MRN).
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\[\[([A-Z]+)\|(.*?)\]\]", re.S)


# ---- check digits of the national schemes (values are made up, but valid as typed by a real person) ----
def cn_id(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body17 + "10X98765432"[sum(int(c) * k for c, k in zip(body17, w)) % 11]


def hkid(prefix, digits6):
    vals = [(ord(c) - 55) for c in prefix]
    if len(vals) == 1:
        vals = [36] + vals
    total = vals[0] * 9 + vals[1] * 8 + sum(int(d) * (7 - i) for i, d in enumerate(digits6))
    check = (11 - total % 11) % 11
    return f"{prefix}{digits6}({'A' if check == 10 else check})"


def tw_id(letter, digits9_no_check):
    codes = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    n = codes.index(letter) + 10
    nums = [n // 10, n % 10] + [int(d) for d in digits9_no_check]
    w = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    check = (10 - sum(a * b for a, b in zip(nums, w)) % 10) % 10
    return f"{letter}{digits9_no_check}{check}"


def nric(prefix, digits7):
    w = [2, 7, 6, 5, 4, 3, 2]
    total = sum(int(d) * k for d, k in zip(digits7, w)) + (4 if prefix in "TG" else 0)
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return f"{prefix}{digits7}{table[total % 11]}"


def nhs(digits9):
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits9)) % 11
    check = 0 if check == 11 else check
    assert check != 10
    s = digits9 + str(check)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def luhn_digit(body):
    total = 0
    for i, d in enumerate(reversed(body)):
        x = int(d) * (2 if i % 2 == 0 else 1)
        total += x - 9 if x > 9 else x
    return str((10 - total % 10) % 10)


def bsn(digits8):
    for last in range(10):
        s = digits8 + str(last)
        if sum(int(d) * w for d, w in zip(s, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0:
            return s
    raise AssertionError


def dni(num8):
    return num8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(num8) % 23]


def pesel(body10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body10 + str((10 - sum(int(d) * k for d, k in zip(body10, w)) % 10) % 10)


def tc_kimlik(body9):
    d = [int(c) for c in body9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return body9 + str(d10) + str(d11)


def cpf(body9):
    d = [int(c) for c in body9]
    c1 = (sum(x * w for x, w in zip(d, range(10, 1, -1))) * 10) % 11 % 10
    c2 = (sum(x * w for x, w in zip(d + [c1], range(11, 1, -1))) * 10) % 11 % 10
    s = body9 + f"{c1}{c2}"
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def rut(body):
    total, factor = 0, 2
    for ch in reversed(body):
        total += int(ch) * factor
        factor = 2 if factor == 7 else factor + 1
    r = 11 - total % 11
    check = "0" if r == 11 else "K" if r == 10 else str(r)
    return f"{int(body):,}".replace(",", ".") + "-" + check


def thai(body12):
    return body12 + str((11 - sum(int(d) * (13 - i) for i, d in enumerate(body12)) % 11) % 10)


def fin_hetu(ddmmyy, sep, ind3):
    return f"{ddmmyy}{sep}{ind3}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + ind3) % 31]


def ahv(body12):
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    s = body12 + str((10 - total % 10) % 10)
    return f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"


def kr_rrn(body12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = body12 + str((11 - sum(int(d) * k for d, k in zip(body12, w)) % 11) % 10)
    return f"{s[:6]}-{s[6:]}"


def il_id(body8):
    total = 0
    for i, d in enumerate(body8):
        x = int(d) * (1 if i % 2 == 0 else 2)
        total += x - 9 if x > 9 else x
    return body8 + str((10 - total % 10) % 10)


def sg_plate(prefix, num):
    letters = [ord(c) - 64 for c in prefix[-2:]]
    digits = [int(d) for d in f"{num:04d}"]
    total = sum(a * b for a, b in zip(letters + digits, [9, 4, 5, 4, 3, 2]))
    return f"{prefix} {num} {'AZYXUTSRPMLKJHGEDCB'[total % 19]}"


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    _VP.append([_VP[1][_VP[_i - 1][j]] for j in range(10)])


def aadhaar(body11):
    c = 0
    for i, d in enumerate(reversed(body11)):
        c = _VD[c][_VP[(i + 1) % 8][int(d)]]
    s = body11 + str([0, 4, 3, 2, 1, 5, 6, 7, 8, 9][c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def au_medicare(body8, issue):
    check = sum(int(d) * w for d, w in zip(body8, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    s = body8 + str(check)
    return f"{s[:4]} {s[4:9]} {issue}"


# ---- countries / regions: (code, continent, lang, addresses, phone, (id label, id value), plate, date) ----
# Addresses are given as a list of lines; joined with ", " or "\n" when the message is built.
C = []


def country(code, continent, addresses, phone, ident, plate, date, zh=None):
    C.append(dict(code=code, continent=continent, addresses=addresses, phone=phone, ident=ident, plate=plate,
                  date=date, zh=zh or {}))


# Asia: Chinese-speaking regions first (both scripts and English)
country("CN", "Asia", [["Room 1502, Building 3, 18 Keji Road", "Nanshan District, Shenzhen", "Guangdong 518057"]],
        "138 2614 9357", ("Chinese ID number", cn_id("44030519720815293")), "粤B·D36218", "15/08/1972",
        zh=dict(script="zh-Hans",
                addresses=["广东省深圳市南山区科技园路18号3栋1502室", "浙江省杭州市西湖区文三路259号昌地火炬大厦1号楼7楼",
                           "四川省成都市武侯区人民南路四段27号附2号6单元402", "上海市浦东新区张杨路1233弄12号1801室",
                           "北京市朝阳区望京西园三区312号楼2单元1103"],
                phone="+86 139-1027-4468", ident=("身份证号", cn_id("51010719580302417")),
                plate="京N·7K2M9", date="1958年3月2日"))
country("HK", "Asia", [["Flat D, 17/F, Block 2, Kornhill Gardens", "1 Kornhill Road, Quarry Bay", "Hong Kong"],
                       ["Rm 1208, 12/F, Wing On Plaza", "62 Mody Road, Tsim Sha Tsui, Kowloon"]],
        "+852 9163 5802", ("HKID", hkid("K", "418276")), "TV 8132", "03/11/1949",
        zh=dict(script="zh-Hant",
                addresses=["香港九龍旺角彌敦道688號旺角中心一期15樓1503室", "新界沙田禾輋邨豐和樓12樓1207室",
                           "香港島北角英皇道415號僑冠大廈B座21樓C室", "九龍觀塘協和街33號觀塘花園大廈恒星樓3座9樓F室"],
                phone="6128 4739", ident=("身份證號碼", hkid("Y", "302815")), plate="KP 602",
                date="1949年11月3日"))
country("MO", "Asia", [["Rua de Pequim, n.º 175, Edf. Lok Kuan, 9.º andar B", "Macau"],
                       ["Avenida de Kwong Tung, No. 322, Edificio Nam San, Block 2, 14/F, Taipa, Macau"]],
        "+853 6653 2871", ("Macau BIR", "1294035(7)"), "MN-37-45", "22/07/1961",
        zh=dict(script="zh-Hant",
                addresses=["澳門氹仔廣東大馬路322號南山大廈第二座14樓F", "澳門北京街175號綠寶大廈9樓B座",
                           "澳門黑沙環新街52號海濱花園第三座7樓G"],
                phone="6653 2871", ident=("澳門身份證", "5213870(2)"), plate="MT-82-16", date="1961年7月22日"))
country("TW", "Asia", [["4F., No. 5, Aly. 3, Ln. 216, Sec. 4, Zhongxiao E. Rd.", "Da'an Dist., Taipei City 106"]],
        "0912-485-306", ("Taiwan ID", tw_id("F", "22613048")), "BKR-5127", "1944/02/17",
        zh=dict(script="zh-Hant",
                addresses=["台北市大安區忠孝東路四段216巷3弄5號4樓", "臺中市西屯區台灣大道三段99號12樓之3",
                           "高雄市苓雅區四維三路2號8樓", "新北市板橋區文化路一段188巷40號2樓"],
                phone="(02)2771-3684", ident=("身分證字號", tw_id("B", "12038574")), plate="AQE-3095",
                date="民國33年2月17日"))
country("SG", "Asia", [["Blk 456 Ang Mo Kio Ave 10, #08-1532", "Singapore 560456"],
                       ["21 Lorong 3 Geylang, #03-07, Singapore 388812"]],
        "+65 9172 4086", ("NRIC", nric("S", "4817206")), sg_plate("SKL", 4719), "09/04/1953",
        zh=dict(script="zh-Hans",
                addresses=["新加坡宏茂桥10道456座#08-1532，邮区560456", "新加坡勿洛北4道112座#11-208 邮编460112"],
                phone="8236 1570", ident=("身份证", nric("T", "0354812")), plate=sg_plate("SGX", 2684),
                date="1953年4月9日"))
country("MY", "Asia", [["No. 12, Jalan SS 2/24", "47300 Petaling Jaya", "Selangor"],
                       ["Lot 2165, Taman Desa Jaya, Jalan Kepong, 52100 Kuala Lumpur"]],
        "+60 12-637 4190", ("MyKad", "660812-14-5273"), "WVB 8214", "12/8/1966",
        zh=dict(script="zh-Hans",
                addresses=["雪兰莪州八打灵再也SS2/24路12号，47300", "吉隆坡甲洞惹再也花园Jalan Kepong 2165号，52100吉隆坡",
                           "柔佛州新山士古来花园Jalan Kenari 8号，81300"],
                phone="016-238 9051", ident=("身份证号码", "710305-01-6284"), plate="JQR 5502",
                date="1971年3月5日"))
country("JP", "Asia", [["〒150-0002 Tokyo-to, Shibuya-ku, Shibuya 2-21-1, Room 1804"],
                       ["3-7-12 Minami-Aoyama, Minato-ku, Tokyo 107-0062"]],
        "090-4127-8836", ("My Number", "4182 0736 5219"), "品川 330 さ 47-12", "令和5年11月20日")
country("KR", "Asia", [["Apt 1203, 101-dong, 45 Teheran-ro 64-gil, Gangnam-gu, Seoul 06176"]],
        "010-3847-2196", ("resident registration number", kr_rrn("590417102583")), "34가 5127", "2024. 3. 15.")
country("IN", "Asia", [["Flat 302, Sai Krupa Apartments, 14th Cross, Indiranagar", "Bengaluru 560038", "Karnataka"],
                       ["H.No. 8-2-293/82, Road No. 12, Banjara Hills, Hyderabad - 500034"]],
        "+91 98451 27630", ("Aadhaar", aadhaar("48217360591")), "KA 05 MK 4821", "05-03-1968")
country("PK", "Asia", [["House 27, Street 14, F-7/2, Islamabad 44000"]],
        "0300-5172846", ("CNIC", "35202-4810726-3"), "LEB-4217", "14-08-1957")
country("BD", "Asia", [["House 42, Road 11, Block C, Banani, Dhaka 1213"]],
        "01712-486039", ("NID", "1982 4517 3068"), "Dhaka Metro-Ga 21-4867", "26.03.1971")
country("PH", "Asia", [["Unit 1407, Tower 2, Avida Towers, 2nd Ave, Bonifacio Global City, Taguig 1634", "Metro Manila"]],
        "0917 582 3461", ("PhilHealth number", "12-050382641-7"), "NDA 4721", "March 4, 1962")
country("ID", "Asia", [["Jl. Kemang Raya No. 27, RT 5/RW 2, Bangka, Mampang Prapatan", "Jakarta Selatan 12730"]],
        "0812-4719-3382", ("NIK", "3174052708610004"), "B 1842 TKZ", "27-08-1961")
country("TH", "Asia", [["88/12 Moo 4, Soi Sukhumvit 39, Khlong Tan Nuea, Watthana, Bangkok 10110"]],
        "081 724 5593", ("Thai ID", thai("310170028416")), "1กข 4821 กรุงเทพมหานคร", "12 ส.ค. 2510")
country("VN", "Asia", [["Số 18 ngõ 42 Trần Quốc Hoàn, phường Dịch Vọng Hậu, quận Cầu Giấy, Hà Nội"]],
        "0912 384 726", ("CCCD", "001058027419"), "30A-482.17", "07/05/1958")
country("AE", "Asia", [["Villa 17, Street 24, Al Barsha 2", "Dubai", "UAE"]],
        "+971 50 418 2736", ("Emirates ID", "784-1967-" + "4827163-" + luhn_digit("78419674827163")),
        "Dubai L 48213", "21/09/1967")
country("SA", "Asia", [["8228 Imam Ali Bin Abi Talib, Al Malaz, Riyadh 12836 - 3061", "Saudi Arabia"]],
        "+966 55 284 1937", ("Iqama", "2418573960"), "4721 RSD", "14/06/1975")
country("IL", "Asia", [["Rehov Herzl 48, dira 12", "Haifa 3303306"]],
        "052-418-3726", ("Teudat Zehut", il_id("04385726")), "48-217-63", "18.11.1955")
country("TR", "Asia", [["Bağdat Cad. No: 214 D: 7", "Caddebostan, 34728 Kadıköy/İstanbul"]],
        "0532 418 27 63", ("TC Kimlik No", tc_kimlik("284613579")), "34 KLM 482", "09.07.1963")

# Europe
country("GB", "Europe", [["Flat 3, 27 Gloucester Road", "Bristol", "BS7 8AA"],
                         ["14 Albany Terrace, Dundee DD3 6HR"]],
        "07700 918 462", ("NHS number", nhs("485777345")), "KX63 BWT", "14/02/1952")
country("IE", "Europe", [["Apt 12, The Maltings, Bishopsgate Street", "Mullingar, Co. Westmeath", "N91 X2C4"]],
        "087 412 6390", ("PPS number", "8416273TA"), "191-WH-2461", "03/10/1948")
country("FR", "Europe", [["12 bis rue des Lilas", "Bât. B, esc. 2", "69003 Lyon"],
                         ["Résidence Les Tilleuls, 4 allée des Peupliers, 33600 Pessac"]],
        "06 41 28 73 95", ("numéro de sécu", "2 61 04 69 123 481 27"), "FR-472-KT", "5 avril 1961")
country("DE", "Europe", [["Lindenstraße 47, 3. OG links", "10969 Berlin"],
                         ["Am Kirchberg 3a, 82418 Murnau a. Staffelsee"]],
        "0151 28473619", ("Krankenversicherungsnummer", "K482917364"), "M-KL 4821", "17.06.1949")
country("NL", "Europe", [["Prinsengracht 263-1", "1016 GV Amsterdam"]],
        "06-41827365", ("BSN", bsn("17364825")), "GZ-481-T", "28-4-1959")
country("BE", "Europe", [["Rue de la Loi 155, bte 12", "1040 Etterbeek"]],
        "0478 21 36 94", ("rijksregisternummer", "61.04.12-273.43"), "1-KTR-482", "12/04/1961")
country("ES", "Europe", [["C/ de Balmes, 127, 4º 2ª", "08008 Barcelona"],
                         ["Avda. de la Constitución 18, bajo B, 41001 Sevilla"]],
        "612 48 27 39", ("DNI", dni("48217364")), "4821 KLM", "5 de marzo de 1951")
country("PT", "Europe", [["Rua de Santa Catarina, 312, 3.º Esq.", "4000-443 Porto"]],
        "912 483 716", ("cartão de cidadão", "14827361 4 ZX8"), "AK-48-TD", "23/01/1944")
country("IT", "Europe", [["Via dei Serpenti 47, int. 6", "00184 Roma RM"]],
        "338 472 1956", ("codice fiscale", "BRNGPP48C12H501K"), "FK 482 TL", "12/03/1948")
country("PL", "Europe", [["ul. Marszałkowska 84/92 m. 117", "00-514 Warszawa"]],
        "+48 601 482 739", ("PESEL", pesel("5811041827")), "WX 48217", "04.11.1958")
country("SE", "Europe", [["Storgatan 14 lgh 1102", "114 51 Stockholm"]],
        "070-482 17 36", ("personnummer", "530716-" + "482" + luhn_digit("530716482")), "KLT 48D", "1953-07-16")
country("NO", "Europe", [["Thorvald Meyers gate 48, H0302", "0555 Oslo"]], "+47 412 83 796",
        ("fødselsnummer", "12056148215"), "EL 48217", "12.05.1961")
country("DK", "Europe", [["Nørrebrogade 48, 3. tv.", "2200 København N"]], "+45 41 28 37 65",
        ("CPR-nummer", "060457-4821"), "AB 48 217", "6.4.1957")
country("FI", "Europe", [["Mannerheimintie 48 B 17", "00260 Helsinki"]], "040 482 1736",
        ("henkilötunnus", fin_hetu("170854", "-", "482")), "KLT-482", "17.8.1954")
country("CH", "Europe", [["Seefeldstrasse 148", "8008 Zürich"]], "079 482 17 36",
        ("AHV-Nummer", ahv("756482173649")), "ZH 482173", "03.09.1950")
country("AT", "Europe", [["Mariahilfer Straße 88/2/14", "1070 Wien"]], "0664 4821736",
        ("Sozialversicherungsnummer", "4821 120563"), "W-48217K", "23.2.1946")
country("GR", "Europe", [["Odos Ermou 48, 3os orofos", "105 63 Athina"]], "694 821 7365",
        ("AMKA", "12056304821"), "IKT-4821", "8/6/1939")
country("CZ", "Europe", [["Vinohradská 48/1217", "120 00 Praha 2"]], "+420 604 821 736",
        ("rodné číslo", "630512/4827"), "1AK 4821", "12. 5. 1963")
country("RU", "Europe", [["ul. Tverskaya, d. 18, kv. 47", "Moskva, 125009"]], "+7 916 482-17-36",
        ("SNILS", "148-217-365 02"), "А482КТ 77", "12.05.1963")

# Americas
# the whole written address, state code and ZIP included, is one ADDRESS (session 26; the convention of every outside
# writer; until then the project read the state + ZIP apart)
country("US", "North America", [["1847 Maple Ridge Dr, Apt 12B", "Columbus, OH 43215"],
                                ["PO Box 4821, Bozeman, MT 59772"]],
        "(614) 482-1736", ("SSN", "482-17-3650"), "8KTR412", "3/14/1958")
country("CA", "North America", [["1204-88 Harbour St", "Toronto ON  M5J 0B6"],
                                ["2218 rue Sainte-Catherine Est, app. 4, Montréal (Québec) H2K 2J1"]],
        "416-482-1736", ("SIN", "046 454 286"), "CKTR 482", "1955-11-02")
country("MX", "North America", [["Av. Insurgentes Sur 1457, Int. 802, Col. Insurgentes Mixcoac", "Benito Juárez, 03920 Ciudad de México, CDMX"]],
        "55 4821 7365", ("CURP", "GOMR610512MDFRRS08"), "PKT-482-C", "3 de febrero de 1972")
country("BR", "South America", [["Rua Augusta, 1482, apto 73", "Consolação, São Paulo - SP", "01304-001"]],
        "(11) 94821-7365", ("CPF", cpf("482173650")), "BRA2E19", "08/09/1983")
country("AR", "South America", [["Av. Corrientes 4821, 3º B", "C1195AAN CABA"]], "+54 9 11 4821-7365",
        ("DNI", "14.821.736"), "AB 482 KT", "21/11/1947")
country("CL", "South America", [["Av. Providencia 1482, depto. 703", "Providencia, Santiago"]],
        "+56 9 4821 7365", ("RUT", rut("14821736")), "KTRL·48", "12-05-1961")
country("CO", "South America", [["Calle 72 # 10-34, Apto 502", "Bogotá"]], "310 482 1736",
        ("cédula", "1.020.482.173"), "KTR-482", "17 de julio de 1966")
country("PE", "South America", [["Av. Larco 1482, Dpto. 702", "Miraflores, Lima 15074"]], "987 482 173",
        ("DNI", "48217365"), "AKT-482", "02/12/1970")
country("JM", "North America", [["Lot 48, Hope Pastures", "Kingston 6", "Jamaica"]], "(876) 482-1736",
        ("TRN", "148-217-365"), "4821 KT", "19th October 1958")

# Africa
country("ZA", "Africa", [["Unit 14, Sunset Villas, 48 Beach Road", "Sea Point", "Cape Town", "8005"]],
        "082 482 1736", ("SA ID", "610512" + "4821" + "08" + luhn_digit("610512482108")), "CA 482-173",
        "1961/05/12")
country("NG", "Africa", [["Plot 48, Adeola Odeku Street, Victoria Island", "Lagos"]], "0803 482 1736",
        ("NIN", "48217365012"), "KTU-482AB", "23/07/1976")
country("KE", "Africa", [["Hse No. 48, Ngong Road Estate, off Ngong Road", "P.O. Box 4821-00100", "Nairobi"]],
        "0712 482173", ("ID number", "24821736"), "KDK 482T", "04/01/1949")
country("EG", "Africa", [["14 Shaarawy St, Apt 8", "Dokki, Giza 12311"]], "+20 100 482 1736",
        ("national ID", "26105120104827"), "ق ط ر 4821", "15/3/1960")
country("GH", "Africa", [["House No. B48, Ring Road Central", "Accra", "GA-048-2173"]], "024 482 1736",
        ("Ghana Card", "GHA-482173650-3"), "GR 4821-21", "6th March 1957")
country("MA", "Africa", [["Résidence Al Amal, Imm. 12, Appt 7, Bd Zerktouni", "20040 Casablanca"]],
        "06 61 48 21 73", ("CIN", "BK482173"), "48217-A-6", "29/04/1969")
country("ET", "Africa", [["Kebele 07, House No. 482", "Bole Sub-City", "Addis Ababa"]], "+251 911 482 173",
        ("Fayda number", "4821 7365 0124"), "3-A48217", "11/09/1981")

# Oceania
country("AU", "Oceania", [["Unit 4, 27 Smith Street", "Fitzroy VIC 3065"],
                          ["48 Kooyong Rd, Caulfield North, Victoria 3161, Australia"]],
        "0412 482 173", ("Medicare number", au_medicare("29504821", 1)), "1KT 4DX", "7/10/1945")
country("NZ", "Oceania", [["Flat 2, 48 Ponsonby Road", "Grey Lynn", "Auckland 1021"]], "021 482 1736",
        ("NHI", "ZKT4821"), "KTR482", "26/01/1968")
country("FJ", "Oceania", [["Lot 48, Ratu Dovi Road, Nasinu", "Suva", "Fiji"]], "+679 948 2173",
        ("TIN", "48-21736-0-5"), "KT 482", "10/10/1970")
country("PG", "Oceania", [["Section 48, Allotment 12, Gerehu Stage 2", "Port Moresby, NCD"]], "+675 7482 1736",
        ("NID", "4821736501"), "LBA 482", "16 Sept 1975")


# Country names that stay outside an address span when they close it (city-states such as Hong Kong are the town).
COUNTRY_OUT = ("UAE", "Saudi Arabia", "Jamaica", "Fiji", "Australia")

# ---- message templates (a person typing to a hospital chat) ----
EN = {
    "ADDRESS": ["Please post the results letter to {v}, thanks",
                "my new address is {v} - can you update my record?",
                "Can the district nurse visit me at home? It's {v}.",
                "Send the replacement inhaler to:\n{v}\nThank you",
                "I moved last month, now living at {v}, does my referral follow me?",
                "Hi, address for the ambulance pick up: {v}. Thanks"],
    "PHONE": ["call me back on {v} please", "my mobile is {v}, text me when the bloods are back",
              "You can reach my daughter at {v} any time after 5", "my number changed, it's now {v}"],
    "ID": ["my {label} is {v}, do you need it for the booking?", "{label}: {v} - is that what the form wants?",
           "for the registration, {label} {v}", "They asked for my {label}, it's {v}"],
    "VEHICLE": ["I'll park in the blue badge bay, car reg {v}, is that ok?",
                "my car is {v}, can I leave it outside outpatients for 10 min?",
                "the taxi plate was {v}, I left my tablets in it",
                "please add plate {v} to the parking permit"],
    "DATE": ["I was born on {v}", "my DOB is {v}, the letter has it wrong", "my op was on {v} and the wound still hurts",
             "first dose was given {v}, when is the second due?"],
}
ZH = {
    "ADDRESS": ["请把检查报告寄到{v}，谢谢", "我搬家了，新地址是{v}，麻烦更新一下", "护士上门的话地址是{v}",
                "救护车接人的地址：{v}"],
    "PHONE": ["我的电话是{v}，有结果请通知我", "打我手机{v}就行"],
    "ID": ["我的{label}是{v}，挂号要用吗？", "{label}：{v}"],
    "VEHICLE": ["我的车牌是{v}，医院能停多久？", "车牌号{v}，可以停急诊门口吗"],
    "DATE": ["我的出生日期是{v}", "我是{v}做的手术，伤口还疼"],
}
ZHT = {
    "ADDRESS": ["請將報告寄去{v}，唔該", "我搬咗屋，新地址係{v}", "姑娘上門探訪嘅地址係{v}", "救護車嚟接嘅地址：{v}"],
    "PHONE": ["我電話係{v}，有結果打俾我", "打我手提{v}就得"],
    "ID": ["我嘅{label}係{v}，掛號要唔要？", "{label}：{v}"],
    "VEHICLE": ["我架車車牌係{v}，醫院可以泊幾耐？", "車牌{v}，可唔可以停喺急症室門口"],
    "DATE": ["我出世日期係{v}", "我係{v}做手術，傷口仲痛"],
}

# hospital-number sentences: (script, text with one MRN marker)
MRN = [
    ("en", "my hospital number is [[MRN|K0482173]], can you check my appointment?"),
    ("en", "hosp no [[MRN|RX4821736]] - when is my next clinic?"),
    ("en", "Hosp. No.: [[MRN|M482173]] (it's on my wristband)"),
    ("en", "unit number [[MRN|U1482173]] for my mum, she's on ward 4"),
    ("en", "her UR number is [[MRN|00482173]], can the ward ring me"),
    ("en", "my patient ID at the clinic is [[MRN|PT-48217]], I need a repeat script"),
    ("en", "case no. [[MRN|C2024-04821]], please chase the biopsy result"),
    ("en", "the case number on my letter is [[MRN|HC/482/17]]"),
    ("en", "chart number [[MRN|482-17-36]], I'd like my notes sent to my GP"),
    ("en", "medical record no. [[MRN|MR0048217]] - my name is spelt wrong on it"),
    ("en", "hospital reg no [[MRN|HN48217365]], the booking didn't come through"),
    ("en", "RN [[MRN|D4821736]] is my dad's number at the hospital"),
    ("en", "my clinic number is [[MRN|48217/24]], is the wound clinic still on Tuesday?"),
    ("en", "patient number [[MRN|P-0048217]] - can I move my scan?"),
    ("en", "The label on my file says MRN: [[MRN|482173650]]"),
    ("en", "his hospital no. is [[MRN|Q482173]] and he's in bay 3"),
    ("en", "Record number [[MRN|RMH-482173]], Royal hospital, need the discharge letter"),
    ("en", "my number with the eye hospital is [[MRN|E-48217]]"),
    ("en", "outpatient number [[MRN|OP482173]], physio have not called"),
    ("en", "my hospital ID is [[MRN|H00482173]], I lost the card"),
    ("en", "Hospital No: [[MRN|04821736]]\nName on file is my maiden name"),
    ("en", "my son's A&E number is [[MRN|ED24-48217]], do we come back tomorrow?"),
    ("en", "quote hosp. no. [[MRN|BH482173]] on the form?"),
    ("en", "file no. [[MRN|F/48217]] at the diabetes clinic, they want my HbA1c"),
    ("en", "registration no [[MRN|A4821736]] at Queen Mary, the appointment SMS says it"),
    ("en", "Dad's patient ID at the practice is [[MRN|48217]] - is the flu jab booked?"),
    ("en", "her hospital number (on the red book) is [[MRN|SJ482173]]"),
    ("en", "My mother's unit no. [[MRN|7482173]], she's having the hip done"),
    ("en", "case ref [[MRN|2024/0482173]] for the fracture clinic"),
    ("en", "my MRN [[MRN|48-21-73]], the portal login failed"),
    ("en", "Hospital number: [[MRN|GH-0482-17]]. Pharmacy says my meds are not ready"),
    ("en", "my hospital card says [[MRN|KWH 482173]] under my name"),
    ("zh-Hans", "我的病历号是[[MRN|A0482173]]，想查一下预约"),
    ("zh-Hans", "住院号[[MRN|2024048217]]，出院小结什么时候能拿"),
    ("zh-Hans", "就诊卡号：[[MRN|600482173]]，挂号一直失败"),
    ("zh-Hans", "我妈的住院号是[[MRN|ZY482173]]，在心内科"),
    ("zh-Hans", "病案号[[MRN|0482173]]，我要复印病历"),
    ("zh-Hans", "门诊号[[MRN|MZ20240482]]，检查报告出来了吗"),
    ("zh-Hans", "登记号是[[MRN|48217365]]，医生让我周三复诊"),
    ("zh-Hans", "我爸的病人ID是[[MRN|P0482173]]"),
    ("zh-Hans", "我的就诊号[[MRN|J482173]]，缴费单找不到了"),
    ("zh-Hans", "病历号：[[MRN|482173]]\n医生说要再抽一次血"),
    ("zh-Hans", "诊疗卡号码[[MRN|1004821736]]，能不能退号"),
    ("zh-Hans", "孩子的住院号是[[MRN|ZY-2024-4821]]，想问能不能陪护"),
    ("zh-Hant", "我的病歷號碼係[[MRN|HN48217365]]，想改期"),
    ("zh-Hant", "醫院編號：[[MRN|KWH-482173]]，請問報告出咗未"),
    ("zh-Hant", "阿媽嘅病人編號係[[MRN|48217365]]，佢喺內科病房"),
    ("zh-Hant", "病歷號[[MRN|A482173]]，我要申請醫療報告"),
    ("zh-Hant", "我個醫院編號係[[MRN|QEH482173]]，覆診卡唔見咗"),
    ("zh-Hant", "病歷號碼：[[MRN|0482173]]，請幫我查預約"),
    ("zh-Hant", "門診號[[MRN|T482173]]，明天幾點到"),
    ("zh-Hant", "住院號碼[[MRN|20240482]]，出院紙幾時攞"),
    ("zh-Hant", "我嘅診症號碼係[[MRN|C-48217]]"),
    ("zh-Hant", "病人編號[[MRN|P482173]]，想問探病時間"),
    ("zh-Hant", "個案編號[[MRN|CAS/482/17]]，社工話會打俾我"),
    ("zh-Hant", "病歷號：[[MRN|7482173]]，台大醫院的"),
    ("zh-Hant", "我的病歷號碼是[[MRN|4821736]]，掛號時要用嗎"),
    ("zh-Hant", "就診卡號[[MRN|600482173]]，卡片遺失了"),
    ("en", "my hospital number's [[MRN|N482173]], they said bring it to pre-op"),
    ("en", "mum is under hosp num [[MRN|W482173]] at the general"),
    ("en", "pt ID at the clinic: [[MRN|CL-48217]], need to reschedule"),
    ("en", "my case no is [[MRN|482173]], who do I talk to about the bill?"),
]

# PHI-free look-alikes (no entities)
FREE = [
    ("en", "Is the hospital at postcode LS1 3EX the one with the maternity unit?"),
    ("en", "The clinic moved to the new building, which entrance is nearest to Ward 7B?"),
    ("en", "I take metformin 500 mg twice a day and atorvastatin 20 mg at night, is that ok with grapefruit?"),
    ("en", "The leaflet ref PIL-0415 says to avoid alcohol, how long for?"),
    ("en", "My inhaler box says lot 4B221A, is that batch recalled?"),
    ("en", "Which bus goes to the hospital, the 42 or the X12?"),
    ("en", "Is Bay 4 on Ward 12 the day surgery one?"),
    ("en", "the kit code is ISO 13485 certified, is it safe to use at home?"),
    ("en", "my BP was 142/88 this morning and 128/79 at 8 pm, is that fine?"),
    ("en", "Paracetamol 1 g four times a day max, right? That's 4 g in 24 hours?"),
    ("en", "The pharmacy is at Level 2, Block B of the hospital, open till 8?"),
    ("en", "ICD-10 code E11.9 is on my sick note, what does that mean?"),
    ("en", "the vaccine is Comirnaty XBB.1.5, is it the latest one?"),
    ("en", "Do you still run clinic 3 on the ground floor on Mondays from 9:30 to 12:00?"),
    ("en", "My glucose meter shows 7.8 mmol/L two hours after lunch"),
    ("en", "Can I get the 2024 flu leaflet (form FL-23) in large print?"),
    ("en", "is 2.5 ml of the 120 mg/5 ml suspension the right dose for a 2 year old?"),
    ("en", "Which floor is the fracture clinic on, Level 3 or 4?"),
    ("en", "The hospital's address on the letter is just the main site, do I go to the east wing?"),
    ("en", "I need 28 x 10 mg tablets, pack size 28, product code 4821-07"),
    ("en", "Hospital car park is pay and display, 2 hours for £3.50?"),
    ("en", "Is the St Mary's site at W2 1NY open for walk-in bloods?"),
    ("en", "What does HbA1c 48 mmol/mol mean?"),
    ("en", "the dressing is size 10 cm x 12 cm, ref 66800412, can I cut it?"),
    ("en", "the 111 line told me to come in, is it Gate 2 or Gate 3?"),
    ("zh-Hans", "医院住院部在3号楼5楼吗？"),
    ("zh-Hans", "布洛芬缓释胶囊0.3克，一天两次可以吗"),
    ("zh-Hans", "说明书编号YP-2024-08写着孕妇禁用，是真的吗"),
    ("zh-Hans", "门诊楼二楼的B区是皮肤科吗"),
    ("zh-Hans", "批号20240315的疫苗有没有问题"),
    ("zh-Hans", "医院的邮编是100730吗？我想寄感谢信给科室"),
    ("zh-Hans", "血压150/95，早上吃了氨氯地平5毫克"),
    ("zh-Hans", "地铁4号线到医院哪个口出？"),
    ("zh-Hant", "請問骨科門診係咪喺B座3樓？"),
    ("zh-Hant", "撲熱息痛500毫克一日食幾多粒？"),
    ("zh-Hant", "醫院停車場每小時幾錢？係咪24小時開？"),
    ("zh-Hant", "單張編號PIL-0415講嘅副作用係咩意思"),
    ("zh-Hant", "第7病房係咪喺住院大樓5樓？"),
    ("zh-Hant", "血糖8.2 mmol/L 正唔正常"),
    ("zh-Hant", "請問醫院的地址是不是在中山路上？要坐幾號公車"),
    ("zh-Hant", "疫苗批號AB1234要不要擔心"),
    ("en", "I'm on ward 10, room 14, bed 2 - can my wife bring my charger?"),
    ("en", "The dental hospital's in the city centre, is there a drop-off zone at the front?"),
]


def build(text_marked):
    """Plain text and entity spans from a [[KIND|value]] string."""
    out, ents, pos = [], [], 0
    length = 0
    for m in MARK.finditer(text_marked):
        before = text_marked[pos:m.start()]
        out.append(before)
        length += len(before)
        kind, value = m.group(1), m.group(2)
        ents.append({"end": length + len(value), "kind": kind, "start": length})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(text_marked[pos:])
    text = "".join(out)
    for e in ents:
        assert text[e["start"]:e["end"]].strip() == text[e["start"]:e["end"]], text
    return text, ents


def rows():
    result = []

    def add(rid, script, marked, country_code=""):
        text, ents = build(marked)
        result.append({"country": country_code, "entities": ents, "id": f"inv.phi.{rid}",
                       "lang": "en" if script == "en" else "zh", "script": script, "source": "inventory",
                       "template": "hw", "text": text})

    n = 0
    for ci, c in enumerate(C):
        for ai, lines in enumerate(c["addresses"]):
            for joiner_i, joiner in enumerate((", ", "\n")):
                if joiner_i == 1 and len(lines) == 1:
                    continue
                t = EN["ADDRESS"][(ci + ai + joiner_i) % len(EN["ADDRESS"])]
                if joiner == "\n":
                    t = EN["ADDRESS"][3]
                n += 1
                value = joiner.join(lines)
                # a country after the town stays outside the span (project convention, rounds 16 / 25)
                for country_name in COUNTRY_OUT:
                    for sep in (", ", "\n"):
                        if value.endswith(sep + country_name):
                            value = value[:-len(sep + country_name)] + "]]" + sep + country_name + "[[ADDRESS|"
                value = f"[[ADDRESS|{value}]]".replace("[[ADDRESS|]]", "")
                add(n, "en", t.format(v=value), c["code"])
        for kind, value in (("PHONE", c["phone"]), ("ID", c["ident"]), ("VEHICLE", c["plate"]), ("DATE", c["date"])):
            t = EN[kind][ci % len(EN[kind])]
            if kind == "ID":
                label, value = value
                marked = t.format(label=label, v=f"[[ID|{value}]]")
            else:
                marked = t.format(v=f"[[{kind}|{value}]]")
            n += 1
            add(n, "en", marked, c["code"])
        zh = c["zh"]
        if zh:
            tpl = ZH if zh["script"] == "zh-Hans" else ZHT
            for ai, addr in enumerate(zh["addresses"]):
                n += 1
                add(n, zh["script"], tpl["ADDRESS"][ai % len(tpl["ADDRESS"])].format(v=f"[[ADDRESS|{addr}]]"), c["code"])
            for kind in ("PHONE", "ID", "VEHICLE", "DATE"):
                t = tpl[kind][ci % len(tpl[kind])]
                if kind == "ID":
                    label, value = zh["ident"]
                    marked = t.format(label=label, v=f"[[ID|{value}]]")
                else:
                    marked = t.format(v=f"[[{kind}|{zh['plate' if kind == 'VEHICLE' else kind.lower()]}]]")
                n += 1
                add(n, zh["script"], marked, c["code"])
    for script, marked in MRN:
        n += 1
        add(n, script, marked, "MRN")
    for script, text in FREE:
        assert "[[" not in text
        n += 1
        add(n, script, text, "FREE")
    return result


def main():
    data = rows()
    continents = {c["continent"] for c in C}
    assert len(C) >= 40, len(C)
    assert {"Asia", "Europe", "Africa", "Oceania", "North America", "South America"} <= continents
    for code in ("CN", "HK", "MO", "TW", "SG", "MY"):
        c = next(x for x in C if x["code"] == code)
        assert c["zh"]["addresses"] and c["addresses"], code
    for c in C:
        kinds = {e["kind"] for r in data if r["country"] == c["code"] for e in r["entities"]}
        assert kinds >= {"ADDRESS", "PHONE", "ID", "VEHICLE", "DATE"}, (c["code"], kinds)
    assert sum(r["country"] == "MRN" for r in data) >= 60
    assert sum(r["country"] == "FREE" for r in data) >= 40
    assert len({r["text"] for r in data}) == len(data), "duplicate texts"
    # checks on the check-digit helpers against published examples
    assert cn_id("11010519491231002") == "11010519491231002X"
    assert nric("S", "1234567") == "S1234567D"
    assert tw_id("A", "12345678") == "A123456789"
    assert hkid("A", "123456") == "A123456(3)"
    assert dni("12345678") == "12345678Z"
    assert nhs("943476591") == "943 476 5919"
    with open(os.path.join(HERE, "phi_formats.jsonl"), "w", encoding="utf-8") as f:
        for r in data:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    kinds = {}
    for r in data:
        for e in r["entities"]:
            kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"{len(data)} rows, {len(C)} countries/regions, {sorted(continents)}, entities {kinds}, "
          f"PHI-free {sum(not r['entities'] for r in data)}")


if __name__ == "__main__":
    main()
