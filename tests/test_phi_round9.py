"""PHI round 9: the classes blind9 found, pinned with values written here (not blind9's).

Each case names the exact span and kind; look-alikes that must stay untouched sit at the end.
"""

import pytest

from medqa.safety.phi import redact


def spans(text: str) -> set[tuple[str, str]]:
    return {(text[s.start:s.end], s.kind) for s in redact(text).spans}


@pytest.mark.parametrize("text, value, kind", [
    # 1. links typed without a scheme, also glued to Chinese text
    ("the form is at forms.riverside-care.example/intake?ref=5521&step=2 if you need it",
     "forms.riverside-care.example/intake?ref=5521&step=2", "URL"),
    ("短链t.cn/A6xQ2mZ点不开", "t.cn/A6xQ2mZ", "URL"),
    ("uploaded it to dropbox.example.org/s/k8f2n1/scan.pdf last night", "dropbox.example.org/s/k8f2n1/scan.pdf", "URL"),
    # 2. networks with a prefix, IPv6 with a prefix or in brackets with a port
    ("home router subnet is 192.168.44.0/24 apparently", "192.168.44.0/24", "IP"),
    ("家里网段是10.8.0.0/20，打不开网页", "10.8.0.0/20", "IP"),
    ("the app shows [fd12:3456:789a::7]:8443 as my last login", "[fd12:3456:789a::7]:8443", "IP"),
    ("allow fd00:ab:12::/56 on the firewall please", "fd00:ab:12::/56", "IP"),
    # 3. national ids of other countries, by label and by their own shape
    ("Aadhaar no. 3094 6612 0478 for the insurance form", "3094 6612 0478", "ID"),
    ("my PAN is CQRPS7741M if billing needs it", "CQRPS7741M", "ID"),
    ("My Number: 5510 2287 3346", "5510 2287 3346", "ID"),
    ("SIN 402 118 775, date of birth on file", "402 118 775", "ID"),
    ("CPF 312.876.540-19 para o cadastro", "312.876.540-19", "ID"),
    ("IC number 771104-06-5219, please update", "771104-06-5219", "ID"),
    ("her number is 880927-2041136 on the Korean form", "880927-2041136", "ID"),
    # 4. addresses opened by a unit or house number, other countries' styles
    ("please post to No. 41, Jalan Ampang Hilir 2, Kuala Lumpur.", "No. 41, Jalan Ampang Hilir 2", "ADDRESS"),
    ("I stay at B-7-12, Residensi Sri Murni, Jalan Gasing, Petaling Jaya.", "B-7-12, Residensi Sri Murni, Jalan Gasing", "ADDRESS"),
    ("address 3-14-7 Ebisu, Shibuya-ku, Tokyo.", "3-14-7 Ebisu, Shibuya-ku", "ADDRESS"),
    ("H.No. 12-5-77/4, Road No. 3, Jubilee Hills, Hyderabad.", "H.No. 12-5-77/4, Road No. 3, Jubilee Hills", "ADDRESS"),
    ("住Flat 804, Kwai Ming House, Kwai Shing Estate。", "Flat 804, Kwai Ming House, Kwai Shing Estate", "ADDRESS"),
    ("send to PO Box 7719 please", "PO Box 7719", "ADDRESS"),
    ("endereço Avenida Paulista, 1578, apto 91, São Paulo", "Avenida Paulista, 1578, apto 91", "ADDRESS"),
    ("地址杭州市西湖区文三路90号附2号", "杭州市西湖区文三路90号附2号", "ADDRESS"),
    # 5. names with particles after a cue only a person follows
    ("the van is registered to Maria Clara dos Reis.", "Maria Clara dos Reis", "NAME"),
    ("owner is Pieter van der Linde, he's in ward 3", "Pieter van der Linde", "NAME"),
    ("our IT guy Lee Seo-yeon says it's fixed", "Lee Seo-yeon", "NAME"),
    ("the car is registered to Park Do-hyun, bay 7", "Park Do-hyun", "NAME"),
    ("could you send it for Farah binti Zulkifli, she's my aunt", "Farah binti Zulkifli", "NAME"),
    # 6. Chinese cues: 叫 after a pause, the car owner, the addressee, compound surnames
    ("我外婆九十了，叫吴淑珍，住在乡下。", "吴淑珍", "NAME"),
    ("車主係郭嘉豪，請移車", "郭嘉豪", "NAME"),
    ("收件人范姜明德，电话在单上", "范姜明德", "NAME"),
    ("患者艾尔肯·吐尔逊，复诊", "艾尔肯·吐尔逊", "NAME"),
    # 7. extensions, ROC birth dates, ages said with 了, device and record numbers
    ("tel 03-2201 8890 samb. 45 anytime", "03-2201 8890 samb. 45", "PHONE"),
    ("出生日期88/11/23，身分證在背面", "88/11/23", "DATE"),
    ("俺娘九十四了，腿脚不好", "九十四", "AGE"),
    ("box says (01)05412345000013(21)ZX99K2 on the side", "(01)05412345000013(21)ZX99K2", "DEVICE"),
    ("UHID: KMC-2024-55120 on the band", "KMC-2024-55120", "MRN"),
])
def test_round9_value_is_redacted_exactly(text, value, kind):
    assert (value, kind) in spans(text)


@pytest.mark.parametrize("text", [
    "take 5 mg/kg twice a day and/or as needed",
    "is 1.5mg/ml the right strength for children?",
    "the clinic is on Level 2, near the lifts",
    "room 3-2 is for blood tests, ask at the desk",
    "Thanks for Monday, see you at the clinic",
    "我这个月叫了两次救护车，费用怎么报销",
    "blood pressure 120/80 and the ratio was 0.5/1",
    "version 10.2.1/beta of the app crashes",
])
def test_round9_look_alikes_stay_untouched(text):
    assert redact(text).spans == []


def test_round9_address_stops_before_a_labelled_id():
    text = "address Blk 77 Jurong West St 42 #05-118 S640077, NRIC F7712093K, pls update"
    found = spans(text)
    assert ("F7712093K", "ID") in found
    assert not any(value.endswith("F7712093K") and kind == "ADDRESS" for value, kind in found)


def test_round9_address_stops_where_the_sentence_goes_on():
    text = "We've moved to Flat 12, Larch Court, 9 Mill Street, Galway 4 since June."
    addresses = [value for value, kind in spans(text) if kind == "ADDRESS"]
    assert addresses and not any("since" in value for value in addresses)
