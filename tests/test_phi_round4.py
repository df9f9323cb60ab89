"""PHI round 4: the classes blind batch 4 found missing, pinned with examples written for this file.

None of these sentences is in blind4 (spent) or any generated set; the old rules missed 25 of these 29 identifiers.
"""

import pytest

from medqa.safety.phi import redact


@pytest.mark.parametrize("text,value,kind", [
    # addresses keep their town, UK postcode, ordinal street names and Hong Kong region
    ("Post it to 17 Cherry Lane, Ipswich IP4 2BX please", "17 Cherry Lane, Ipswich IP4 2BX", "ADDRESS"),
    ("our new place is Flat 2, 9 Mill Road, Stoke-on-Trent.", "Flat 2, 9 Mill Road, Stoke-on-Trent", "ADDRESS"),
    ("she lives at 5 East 72nd Street", "5 East 72nd Street", "ADDRESS"),
    ("送報告到九龍紅磡德民街12號3樓B室", "九龍紅磡德民街12號3樓B室", "ADDRESS"),
    # phone numbers of other countries and layouts, found by format or after a phone cue
    ("call me on 07911123456 after six", "07911123456", "PHONE"),
    ("電話 6123 4567，唔該", "6123 4567", "PHONE"),
    ("手機 0912-345-678", "0912-345-678", "PHONE"),
    ("my mobile is +61 412 345 678", "+61 412 345 678", "PHONE"),
    # Hong Kong ids with their check digit, spaced NI numbers, hospital numbers with EN/ZH labels
    ("身份證號碼 Y123456(7)", "Y123456(7)", "ID"),
    ("my NI number: JT 11 22 33 B", "JT 11 22 33 B", "ID"),
    ("Hosp no. AB1234567 for my wife", "AB1234567", "MRN"),
    ("醫院編號：HN12340987", "HN12340987", "MRN"),
    ("病人編號係 HN55501234", "HN55501234", "MRN"),
    ("佢保險單號係 BUPA77120034", "BUPA77120034", "HEALTH_PLAN"),
    # plates: hyphenated mainland plates, Hong Kong plates after "my car" (部車/架車)
    ("粤B-6T512停在门口", "粤B-6T512", "VEHICLE"),
    ("我部車 LK 9021 泊咗喺度", "LK 9021", "VEHICLE"),
    ("grandad (96) fell again last night", "96", "AGE"),
    # names: "Name: Surname, Given", before a birth date, after a role noun and comma, lower case after a relative
    # or a dash sign-off, accented names after a title, Chinese dash and 上 sign-offs, 聯絡人, Cantonese 生/太
    ("Name: Okonkwo, Chiamaka", "Chiamaka", "NAME"),
    ("Name: Okonkwo, Chiamaka", "Okonkwo", "NAME"),
    ("Priya Raman (born 3/4/1950) needs a wheelchair", "Priya Raman", "NAME"),
    ("The interpreter, Mehmet Yilmaz, will be there", "Mehmet Yilmaz", "NAME"),
    ("cheers for the help\n- tomasz wiśniewski", "tomasz wiśniewski", "NAME"),
    ("my husband duc tran will pick me up", "duc tran", "NAME"),
    ("Ask Sister Siobhán Ó Briain to call me", "Siobhán Ó Briain", "NAME"),
    ("多謝晒！\n—— 溫家樂", "溫家樂", "NAME"),
    ("唔該哂\n鄺志偉上", "鄺志偉", "NAME"),
    ("聯絡人：區美寶", "區美寶", "NAME"),
    ("冼生今日出院", "冼", "NAME"),
    ("同陳太講一聲", "陳", "NAME"),
])
def test_round4_kinds_are_redacted(text, value, kind):
    result = redact(text)
    assert (value, kind) in [(text[s.start:s.end], s.kind) for s in result.spans], result.spans
    assert value not in result.text


# Look-alikes the new cues must leave alone: ward words, districts, bullet lists, towns without a street, short numbers.
@pytest.mark.parametrize("text", [
    "my son is 12 and has a cough", "the ward is on floor 3, bay 2", "- take with food\n- avoid alcohol",
    "thanks!\n- see you soon", "病区护士站在三楼", "卫生间在哪里", "学生可以来探望吗", "我想去小区诊所",
    "I moved to Leeds last year", "call 111 for advice", "Ward 7, Bed 12", "my partner also will come",
    "My dad (the patient) is asleep", "电话预约请在上班时间", "my son really wants to come",
])
def test_round4_look_alikes_are_kept(text):
    assert redact(text).text == text


def test_a_date_is_not_read_as_a_house_number():
    text = "admitted on 20/02/2026 under Dr Kaur; we live at 4 Elm Road"
    kinds = {text[s.start:s.end]: s.kind for s in redact(text).spans}
    assert kinds.get("20/02/2026") == "DATE" and kinds.get("4 Elm Road") == "ADDRESS"
