"""PHI round 7: the classes blind7 found and voices it did not use, pinned with values written here (not blind7's).

Each case names the exact span and kind; look-alikes that must stay untouched sit at the end.
"""

import pytest

from medqa.safety.phi import redact


def spans(text: str) -> set[tuple[str, str]]:
    return {(text[s.start:s.end], s.kind) for s in redact(text).spans}


@pytest.mark.parametrize("text, value, kind", [
    # 1. Latin values glued to Chinese or a label; month dates with a 'yy year
    ("复诊改到March 9, 2031的上午", "March 9, 2031", "DATE"),
    ("约在17 Aug 1948那天", "17 Aug 1948", "DATE"),
    ("he was born on the 21st of Nov '38", "21st of Nov '38", "DATE"),
    ("discharged Oct 5th, '47 from the old ward", "Oct 5th, '47", "DATE"),
    ("预约二〇三一年十月九日上午", "二〇三一年十月九日", "DATE"),
    ("后台显示IP203.0.113.77 异常", "203.0.113.77", "IP"),
    # 2. extensions and bracketed area codes
    ("ring the ward on (07) 3346 8812 ext 204 after 5", "(07) 3346 8812 ext 204", "PHONE"),
    ("电话(04) 2271-5530 分机 61", "(04) 2271-5530 分机 61", "PHONE"),
    # 3. titles outside names, more particles, four-word names
    ("next of kin is Uncle Teodoro Reyes", "Teodoro Reyes", "NAME"),
    ("this is Marisol delos Santos from the flat upstairs", "Marisol delos Santos", "NAME"),
    # 4. paperwork nouns and person nouns + is
    ("the invoice for Oluwaseun Adebayo Babatunde is wrong", "Oluwaseun Adebayo Babatunde", "NAME"),
    ("her emergency contact is Farida Haddad", "Farida Haddad", "NAME"),
    # 5. handles and identity values
    ("pls add me on Telegram zhou_ling1990", "zhou_ling1990", "ID"),
    ("加我微信 wxid_q7r2m0 谢谢", "wxid_q7r2m0", "ID"),
    ("passport number EK-88120-TW for the form", "EK-88120-TW", "ID"),
    ("insurance NIB-204-887312 covers it", "NIB-204-887312", "HEALTH_PLAN"),
    # 6. plates after a vehicle noun
    ("the van KX19 OPT is parked in bay 3", "KX19 OPT", "VEHICLE"),
    ("pick up car 7ABC123 at the main entrance", "7ABC123", "VEHICLE"),
    # 7. a serial after a Cantonese/Mandarin machine noun
    ("部机器Dexcom G7 RX90-2231K 响个不停", "RX90-2231K", "DEVICE"),
    # 8. addresses
    ("请把地址更新为南京市鼓楼区中山北路88号3栋502室", "南京市鼓楼区中山北路88号3栋502室", "ADDRESS"),
    ("post it to 44 Kingsway, Kilimani, Nairobi. Thanks", "44 Kingsway, Kilimani, Nairobi", "ADDRESS"),
    ("new place is 7 Calle del Sol, Sevilla 41001.", "7 Calle del Sol, Sevilla 41001", "ADDRESS"),
    ("ship to 5F, No. 88, Lane 12, Section 3, Heping E. Rd, Taipei 106.", "5F, No. 88, Lane 12, Section 3, Heping E. Rd, Taipei 106", "ADDRESS"),
    ("阿爷住喺屯门海翠花园3座21楼B室", "屯门海翠花园3座21楼B室", "ADDRESS"),
    # 9. Chinese names before honorifics and after kin nouns
    ("区嘉欣小姐 想问体检报告", "区嘉欣", "NAME"),
    ("张简美华女士 明天复诊", "张简美华", "NAME"),
    ("我阿爸梁振邦部血压计坏咗", "梁振邦", "NAME"),
    # 10-11. ages, spelled e-mails, IPs with ports
    ("我外婆今年九十七了", "九十七", "AGE"),
    ("外公今年一百零一，身体还行", "一百零一", "AGE"),
    ("write to amina dot yusuf at yahoo dot co dot uk", "amina dot yusuf at yahoo dot co dot uk", "EMAIL"),
    ("contact: k.tan [at] clinicmail [dot] sg", "k.tan [at] clinicmail [dot] sg", "EMAIL"),
    ("the pump uploads to 198.51.100.23:8443 every night", "198.51.100.23:8443", "IP"),
])
def test_round7_identifier_is_redacted_with_its_exact_span(text, value, kind):
    assert (value, kind) in spans(text), (text, spans(text))


def test_us_state_and_zip_end_the_address():
    found = spans("send it to 19 Maple Avenue, Dayton, OH 45402.")
    assert ("19 Maple Avenue, Dayton, OH 45402", "ADDRESS") in found
    # the town where the street reading stopped before it, and a line break before the town
    found = spans("1420 Peachtree St NE, Apt 5B, Atlanta, GA 30309 is the flat")
    assert ("1420 Peachtree St NE, Apt 5B, Atlanta, GA 30309", "ADDRESS") in found
    found = spans("post it to\n1847 Maple Ridge Dr, Apt 12B\nColumbus, OH 43215\nthanks")
    assert ("1847 Maple Ridge Dr, Apt 12B\nColumbus, OH 43215", "ADDRESS") in found
    # a state code and a number that are no address tail stay apart
    assert not any(kind == "ADDRESS" and "OH" in value for value, kind in spans("see you in OH 45402 days, at 19 Maple Avenue"))


def test_an_address_does_not_start_inside_a_cued_identifier():
    found = spans("NHS number 485 777 3456, Priya Raman, 9 Mill Lane, Bristol BS1 5AA")
    assert ("9 Mill Lane, Bristol BS1 5AA", "ADDRESS") in found
    assert not any(kind == "ADDRESS" and "485" in value for value, kind in found)


@pytest.mark.parametrize("text", [
    "the car park 3 is full, use level 2",
    "I drive a van 2 days a week",
    "on the line 3 times this morning",
    "meet at 10.30 at the clinic",
    "ratio 3:1 is fine",
    "the claim for the form was sent",
    "Room 4 is next to Ward 7",
    "我今年还要复诊三次",
    "send me the leaflet about ibuprofen",
])
def test_look_alikes_get_no_span(text):
    assert spans(text) == set(), spans(text)


@pytest.mark.parametrize("text, value, kind", [
    # a bare " at " before a web address or a written e-mail is a preposition, not a spelled-out "@"
    ("the leaflet is at www.example.net/leaflets/77 if you need it", "www.example.net/leaflets/77", "URL"),
    ("send the scan to me at wei.ling88@example.com today", "wei.ling88@example.com", "EMAIL"),
])
def test_a_plain_at_does_not_make_a_spelled_email(text, value, kind):
    assert spans(text) == {(value, kind)}, spans(text)


@pytest.mark.parametrize("text, value, kind", [
    # 12. forwarded mail, living verbs with streets that have no type, Irish counties, classical Chinese ages
    ("-----Original Message-----\nFrom: Ines Moreau <ines.m@example.fr>\nSubject: mum", "Ines Moreau", "NAME"),
    ("On 2 May 2025, Kofi Boateng <kofi.b@example.com> wrote:", "Kofi Boateng", "NAME"),
    ("Mother now resides at 6 Lough View, Bantry, Co. Cork.", "6 Lough View, Bantry, Co. Cork", "ADDRESS"),
    ("家母张秀兰，年九十有四，耳背", "九十有四", "AGE"),
    ("我爷爷九十多岁了 还很精神", "九十多", "AGE"),
])
def test_round7_forwarded_and_formal_voices(text, value, kind):
    assert (value, kind) in spans(text), (text, spans(text))


def test_an_anonymised_name_is_not_redacted_again():
    assert not any(kind == "NAME" for _, kind in spans("病人李某某，女，今日复诊"))


@pytest.mark.parametrize("text, value, kind", [
    # 13. capitals, dialect first persons, 姓X叫XYZ
    ("HELLO THIS IS PATRICK DOYLE, PLEASE RING ME", "PATRICK DOYLE", "NAME"),
    ("PLEASE ASK FOR DR OKAFOR AT THE DESK", "OKAFOR", "NAME"),
    ("MY NAN IS NINETY SEVEN AND STILL DRIVES", "NINETY SEVEN", "AGE"),
    ("阮叫林淑芬，明天要复诊", "林淑芬", "NAME"),
    ("本人姓郑，叫郑家豪", "郑家豪", "NAME"),
])
def test_round7_capitals_and_dialect_voices(text, value, kind):
    assert (value, kind) in spans(text), (text, spans(text))


@pytest.mark.parametrize("text", ["THIS IS URGENT PLEASE CALL ME BACK", "I AM VERY WORRIED ABOUT MY MUM", "CALL THE WARD TODAY"])
def test_capitals_without_a_name_get_no_name(text):
    assert not any(kind == "NAME" for _, kind in spans(text)), spans(text)


@pytest.mark.parametrize("text, value, kind", [
    # 14. hyphenated month dates, two-digit Chinese years
    ("clinic letter dated 17-Sep-49", "17-Sep-49", "DATE"),
    ("DOB 09/AUG/1933 on the wristband", "09/AUG/1933", "DATE"),
    ("他是48年7月9日生的", "48年7月9日", "DATE"),
])
def test_round7_short_and_hyphenated_dates(text, value, kind):
    assert (value, kind) in spans(text), (text, spans(text))


@pytest.mark.parametrize("text", ["Nan, 93, fell on the stairs", "took 12 mg then 20 more minutes later"])
def test_kin_words_and_loose_numbers_are_not_names_or_dates(text):
    assert not any(kind in ("NAME", "DATE") for _, kind in spans(text)), spans(text)


@pytest.mark.parametrize("text, value", [
    # 15. a full name with no cue, as the subject of something a person does
    ("front desk here, Tamsin Okoro-Blake dropped off her forms", "Tamsin Okoro-Blake"),
    ("Bartek Nowicki phoned about the scan", "Bartek Nowicki"),
])
def test_round7_a_bare_full_name_before_a_persons_verb(text, value):
    assert (value, "NAME") in spans(text), spans(text)


@pytest.mark.parametrize("text", ["Royal Mail left a card", "Boots Pharmacy rang about it", "Hong Kong has lovely weather",
                                  "Hong Kong called it a typhoon", "Blood Tests said normal"])
def test_places_and_organisations_before_a_verb_are_not_names(text):
    assert not any(kind == "NAME" for _, kind in spans(text)), spans(text)
