"""PHI round 6: the classes blind6 found, pinned with identifiers written here (not blind6's rows).

Each case names the exact span that must be redacted and its kind; look-alikes with no PHI must come back untouched.
"""

import pytest

from medqa.safety.phi import redact


def spans(text: str) -> set[tuple[str, str]]:
    """The (kind, original text) of every redacted span."""
    return {(span.kind, text[span.start:span.end]) for span in redact(text).spans}


@pytest.mark.parametrize("text,kind,value", [
    # 1. a name after "name is / name's" without "my"
    ("the patients name is Oluwaseun Adeyemi-Cole and she is in bay 4", "NAME", "Oluwaseun Adeyemi-Cole"),
    ("her name's Nguyen Van Minh, can you check the booking", "NAME", "Nguyen Van Minh"),
    # 2. lower-case titles, and surnames that start with a particle
    ("pls ask mr Ferreira to call back", "NAME", "Ferreira"),
    ("dr van der Berg said its fine", "NAME", "van der Berg"),
    ("mrs Abu-Bakr is waiting downstairs", "NAME", "Abu-Bakr"),
    ("I'm Keanu, Mrs Kahale's grandson", "NAME", "Kahale"),
    # 3. a name heading a record
    ("pull up Ingrid Solberg dob 02/05/1931 please", "NAME", "Ingrid Solberg"),
    ("Tevita Fifita b. 1929 needs a wheelchair", "NAME", "Tevita Fifita"),
    ("resident Aoife Ní Dhomhnaill, DOB 7 May 1933", "NAME", "Aoife Ní Dhomhnaill"),
    ("李国强，男，78岁，电话13912345678", "NAME", "李国强"),
    ("林淑芬，身分證A123456789，手機0912-111-222", "NAME", "林淑芬"),
    # 4. addresses anchored on a postcode, and Hong Kong flats to the district
    ("send it to 17 Wattle Grove, Toowong QLD 4066", "ADDRESS", "17 Wattle Grove, Toowong QLD 4066"),
    ("she lives at 4 Church Cottages, Great Snoring, Fakenham NR21 0HR", "ADDRESS",
     "4 Church Cottages, Great Snoring, Fakenham NR21 0HR"),
    ("PO Box 318, Alice Springs NT 0871", "ADDRESS", "PO Box 318, Alice Springs NT 0871"),
    ("Blk 123 Ang Mo Kio Ave 3, #05-123, Singapore 560123", "ADDRESS", "Blk 123 Ang Mo Kio Ave 3, #05-123, Singapore 560123"),
    ("Unit 3, 22 Hill Street, Mosman NSW 2088", "ADDRESS", "Unit 3, 22 Hill Street, Mosman NSW 2088"),
    ("deliver to Flat C, 8/F, Block 2, Lok Fu Estate, Wong Tai Sin", "ADDRESS",
     "Flat C, 8/F, Block 2, Lok Fu Estate, Wong Tai Sin"),
    ("Room 905, Tower 5, Tai Koo Shing, Quarry Bay pls", "ADDRESS", "Room 905, Tower 5, Tai Koo Shing, Quarry Bay"),
    # 5. eight-digit numbers after a calling verb
    ("pls ring 9123 4567 after 6", "PHONE", "9123 4567"),
    ("whatsapp me 6512 3456", "PHONE", "6512 3456"),
    ("text my son on 5432 1098", "PHONE", "5432 1098"),
    # 6. identity numbers by their cue, NRIC shapes, messaging handles
    ("my NRIC is S8812345D", "ID", "S8812345D"),
    ("her FIN is G1234567X, she is a foreign worker", "ID", "G1234567X"),
    ("my IC number is 880101-14-5678", "ID", "880101-14-5678"),
    ("my ID number is 219-09-9999", "ID", "219-09-9999"),
    ("身分證：K(2)34567(8)", "ID", "K(2)34567(8)"),
    ("my wechat is chen_mei1988, add me", "ID", "chen_mei1988"),
    ("加我微信：wxid_k2j3h4", "ID", "wxid_k2j3h4"),
    ("line id: sweetpea_77", "ID", "sweetpea_77"),
    # voices probed after blind6: Vietnamese letters, Singapore/NZ postcodes, Cantonese 係, HK married names, Aunty/Uncle
    ("regards, Nguyễn Thị Hương", "NAME", "Nguyễn Thị Hương"),
    ("Blk 456 Jurong West St 42 #12-345 S(640456)", "ADDRESS", "Blk 456 Jurong West St 42 #12-345 S(640456)"),
    ("PO Box 77, Gisborne 4040", "ADDRESS", "PO Box 77, Gisborne 4040"),
    ("地址係新界沙田禾輋邨豐和樓10樓1005室", "ADDRESS", "新界沙田禾輋邨豐和樓10樓1005室"),
    ("我阿媽陳王美玲今年九十三歲", "NAME", "陳王美玲"),
    ("Aunty Rosa will come at 3", "NAME", "Rosa"),
])
def test_round6_identifiers_are_redacted_with_exact_spans(text, kind, value):
    assert (kind, value) in spans(text), spans(text)


def test_a_us_state_and_zip_end_the_address():
    # session 26: the whole written address is one span, as every outside writer labels it (the project read the
    # state + ZIP apart from round 4 to 41, which left the state between two tokens)
    text = "my address is 55 Ridgewood Ave, Apt 2B, Paramus NJ 07652"
    assert ("ADDRESS", "55 Ridgewood Ave, Apt 2B, Paramus NJ 07652") in spans(text)
    assert ("ZIP", "90210") in spans("my zip is 90210")  # a ZIP on its own stays a ZIP


@pytest.mark.parametrize("text", [
    "the drug name is Ozempic, is it the same as Wegovy",
    "the NHS name is Amlodipine",
    "can you look up Boots Pharmacy opening hours",
    "ring 999 now if she stops breathing",
    "bed 4 NBM from midnight",
    "my wechat is not working",
    "take 2 tablets at 8 and 2 at 20",
    "ms symptoms got worse after the heat",
    "my IC number is on the card",
    "whatsapp me when the results are in",
    "Unit 4, Main Hospital, Outpatients",
    "Insurance ID: see the card",
    "uncle said its fine",
])
def test_phi_free_look_alikes_are_untouched(text):
    assert redact(text).spans == [], spans(text)


def test_round6_spans_stay_idempotent():
    text = "res Tevita Fifita, DOB 3/4/1930, Flat C, 8/F, Block 2, Lok Fu Estate, Wong Tai Sin, ring 9123 4567"
    once = redact(text).text
    assert redact(once).text == once
    assert "Fifita" not in once and "9123" not in once and "Lok Fu" not in once


@pytest.mark.parametrize("text,kind,value", [
    # people introduced by carers' words, by asking for them, by a booking, or set off by an age in years
    ("my grandad Seán Ó Briain is 96", "NAME", "Seán Ó Briain"),
    ("ask for Kim Min-jun at reception", "NAME", "Kim Min-jun"),
    ("the appt is for Abd al-Rahman Haddad", "NAME", "Abd al-Rahman Haddad"),
    ("Siti Nurhaliza binti Tarudin, 92 years old", "NAME", "Siti Nurhaliza binti Tarudin"),
    ("麻煩轉告李醫生，我係梁太", "NAME", "梁"),
    ("Unit 12/34 Smith Street, Fitzroy VIC 3065", "ADDRESS", "Unit 12/34 Smith Street, Fitzroy VIC 3065"),
    ("my Line: @kellyw", "ID", "@kellyw"),
    ("hearing aid no. HA 7731 220", "DEVICE", "HA 7731 220"),
    ("胰島素泵序號：MMT-1780K 8892", "DEVICE", "MMT-1780K 8892"),
])
def test_round6b_identifiers_are_redacted_with_exact_spans(text, kind, value):
    assert (kind, value) in spans(text), spans(text)


@pytest.mark.parametrize("text", [
    "She's 100 years old, is there a home visit service",
    "ask for Reception at the desk",
    "can I speak to the pharmacist",
    "the appt is for 3pm",
    "my pump no. is 2 weeks old",
])
def test_round6b_look_alikes_keep_their_words(text):
    assert not any(kind == "NAME" or kind == "DEVICE" for kind, _ in spans(text)), spans(text)


@pytest.mark.parametrize("text,value", [
    # Hong Kong floors before the number and districts/regions after the street; a PO box town before a US state;
    # mainland towers (B塔2001) and compounds with no road (…三区312号楼1单元1101)
    ("G/F, 12 Nathan Road, Tsim Sha Tsui, Kowloon", "G/F, 12 Nathan Road, Tsim Sha Tsui, Kowloon"),
    ("Flat 5, 3/F, 88 Queen's Road Central, Central, Hong Kong", "Flat 5, 3/F, 88 Queen's Road Central, Central, Hong Kong"),
    ("PO Box 1234, Austin, TX 78701", "PO Box 1234, Austin, TX 78701"),
    ("廣州市天河區體育西路191號中石化大廈B塔2001", "廣州市天河區體育西路191號中石化大廈B塔2001"),
    ("我住在北京市朝阳区望京西园三区312号楼1单元1101", "北京市朝阳区望京西园三区312号楼1单元1101"),
])
def test_round6c_addresses(text, value):
    assert ("ADDRESS", value) in spans(text), spans(text)


@pytest.mark.parametrize("text", ["we went to Hong Kong last week", "去门诊3号楼", "住院部5号楼怎么走", "广州市第一人民医院2号楼3楼"])
def test_places_and_hospital_buildings_are_not_phi(text):
    assert redact(text).spans == [], spans(text)


@pytest.mark.parametrize("text,value", [
    # whose name it is makes a lower-case name a name; initials and particles after a title
    ("her name is mary o'connor", "mary o'connor"),
    ("his names tunde bakare, dob 3/4/1940", "tunde bakare"),
    ("Dr. M. de la Cruz", "M. de la Cruz"),
    ("Mr. A. B. Smith", "A. B. Smith"),
])
def test_round6e_names(text, value):
    assert ("NAME", value) in spans(text), spans(text)


@pytest.mark.parametrize("text", ["his name was called twice", "her name is spelt wrong on the letter", "her name is on the list"])
def test_what_is_said_about_a_name_is_not_a_name(text):
    assert redact(text).spans == [], spans(text)
