"""PHI round 11: the classes blind11 found, pinned with values written here (not blind11's).

Concepts, each one group below:
1. A name is known by what follows it as well as by what comes before: a date-of-birth bracket right after it
   ("X (DOB ...)"), or "X is writing about himself"; a thing that "belongs to" or is "in the name of" X; a
   next-of-kin or emergency-contact label with a colon; an owned kin noun then a lone given name ("her son Tomasz").
2. The Chinese forms: a full name whose record field follows with 的 (X的出生日期, 上传了X的资料), and the owner in
   是X家的 / 係X嘅; a spouse called 老头 or 老伴 with the full name after.
3. A record number after "record" that carries its own letters keeps them ("record MRN-4410932", "record HN 7003318").
4. "insurance number X" is an identity number (ID), as every blind batch labels it.
5. A postcode right after an address's town is part of the address, even one with letters no real postcode has.
6. An institution's published number (the surgery's phone number, 门诊挂号热线) is no one's PHI and stays; a person's
   own number in the same message is still redacted.
Look-alikes that must stay untouched sit at the end: conditions, documents and groups before 的, a family name
with 家, a form field in brackets, an organisation that owns a thing, a weekday after a kin noun, labels with no
name after them.
"""

import pytest

from medqa.safety.phi import redact


def spans(text: str) -> set[tuple[str, str]]:
    return {(text[s.start:s.end], s.kind) for s in redact(text).spans}


@pytest.mark.parametrize("text, value, kind", [
    # 1. English cues after the name, ownership, contact labels, a lone given name after a kin noun
    ("Apologies for chasing - Teodora Vasquez (DOB 02/11/1950) needs her slot moved", "Teodora Vasquez", "NAME"),
    ("Kwabena Mensah-Hart (born 1948) has not had his letter", "Kwabena Mensah-Hart", "NAME"),
    ("Ingrid Solberg is writing about herself: she moved house in June.", "Ingrid Solberg", "NAME"),
    ("The blue scooter by the entrance belongs to Dawit Tesfaye, is that allowed?", "Dawit Tesfaye", "NAME"),
    ("the parking permit is in the name of Marisol Quintero", "Marisol Quintero", "NAME"),
    ("Emergency contact: Ruairi Doyle, mobile on file", "Ruairi Doyle", "NAME"),
    ("Next of kin - Halima Yusuf, her daughter", "Halima Yusuf", "NAME"),
    ("I rang twice and her son Tomasz never picked up", "Tomasz", "NAME"),
    ("Tell my husband Anselm, he is waiting downstairs", "Anselm", "NAME"),
    # 2. Chinese record fields after the name, owners, a spouse word
    ("打扰了，郑国华的出生日期登记错了", "郑国华", "NAME"),
    ("系统里上传了许美华的检查报告吗", "许美华", "NAME"),
    ("門口那輛電單車係黃志偉嘅，麻煩移一移", "黃志偉", "NAME"),
    ("这个轮椅是孙海燕家的，放在走廊了", "孙海燕", "NAME"),
    ("我家老伴钱桂兰，昨天住进来的", "钱桂兰", "NAME"),
    # 3. record numbers with their own letters
    ("the portal shows record MRN-4410932 twice", "MRN-4410932", "MRN"),
    ("My hospital record HN 7003318 has the wrong address", "HN 7003318", "MRN"),
    # 4. insurance numbers
    ("my insurance number is Q44017725, do you need it?", "Q44017725", "ID"),
    # 5. a postcode after the town
    ("please post it to 7 Orchard Close, Wexley, WX4 9CI instead", "7 Orchard Close, Wexley, WX4 9CI", "ADDRESS"),
])
def test_round11_value_is_redacted_exactly(text, value, kind):
    assert (value, kind) in spans(text)


@pytest.mark.parametrize("text", [
    "，高血压的资料在哪里下载",
    "，全家人的医保怎么一起交",
    "这是王家的车吗",
    "，上周的检查报告出来了吗",
    "I saw my mum Monday and she was fine",
    "Tell my husband Thursday works better",
    "The car park belongs to Northgate Hospital Trust",
    "Please give your date of birth (DOB format dd/mm/yyyy)",
    "Next of kin: Wife, see the form",
    "Emergency contact: Not Known",
    "Does the policy belong to the employer or to me?",
])
def test_round11_look_alikes_stay_untouched(text):
    assert redact(text).spans == []


@pytest.mark.parametrize("text", [
    "Is the surgery phone number still 01632 960 555? Nobody answers",
    "our clinic's helpline number, 0808 157 0192, is on the letter",
    "门诊挂号热线是021-6543 2100吗",
    "診所電話(03)5550-1234今天有人接嗎",
])
def test_round11_public_numbers_stay(text):
    assert redact(text).spans == []


def test_a_persons_number_beside_a_public_one_is_still_redacted():
    text = "the hospital switchboard number is 0161 496 0000 but ring me on 07700 900318"
    assert spans(text) == {("07700 900318", "PHONE")}


def test_member_id_stays_a_health_plan_number():
    text = "insurance member ID is W55120934"
    assert ("W55120934", "HEALTH_PLAN") in spans(text)
