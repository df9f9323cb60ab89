"""PHI round 5: the classes blind batch 5 found missing, pinned with identifiers written for this file.

None of these sentences is in blind5 (spent) or any generated set. Each case names the exact span and kind
expected, and the look-alikes below must come back untouched.
"""

import pytest

from medqa.safety.phi import redact


def spans(text: str) -> set[tuple[str, str]]:
    """(kind, value) for every span redact() finds."""
    return {(span.kind, text[span.start:span.end]) for span in redact(text).spans}


@pytest.mark.parametrize("text,kind,value", [
    # capitalised names closed by "here", after "hi its", after a thanks on the same line, after care verbs and "name"
    ("morning its Tamsin Okafor-Reid here re my repeat", "NAME", "Tamsin Okafor-Reid"),
    ("Hello its Joaquim Barros, I rang earlier", "NAME", "Joaquim Barros"),
    ("Many thanks again for sorting this, Ngaire Tuhoe", "NAME", "Ngaire Tuhoe"),
    ("I look after Bartholomew Ikeda on weekends", "NAME", "Bartholomew Ikeda"),
    ("form filled in, name Ingrid van der Berg, ward 4", "NAME", "Ingrid van der Berg"),
    ("Patient Juan de la Vega is on the list", "NAME", "Juan de la Vega"),
    # an initial after a title, copy lines, closings with "from" / "sent by"
    ("Best wishes,\nMs. K. Whaanga", "NAME", "K. Whaanga"),
    ("cc: Hinewai Potae", "NAME", "Hinewai Potae"),
    ("thanks heaps!! from Sione Taufa", "NAME", "Sione Taufa"),
    ("-- sent by Parisa Azadi", "NAME", "Parisa Azadi"),
    # Chinese: 大 inside a given name, 俺叫, thanks then 上 on one line, a relative before a name and an age
    ("俺叫孙大勇，明天复诊", "NAME", "孙大勇"),
    ("多謝晒姑娘！馮大衛上", "NAME", "馮大衛"),
    ("外婆黄秀兰，今年九十七岁，住院了", "NAME", "黄秀兰"),
    ("我先生叫郭志豪，今日覆診", "NAME", "郭志豪"),
    ("麻煩通知我女兒馬詠琪", "NAME", "馬詠琪"),
    ("身分證號碼：M7654321（3）", "ID", "M7654321（3）"),
    # ages in words inside brackets
    ("Mr Tane Parata (ninety-eight) needs transport", "AGE", "ninety-eight"),
    # serials with their SN prefix, in English and Chinese
    ("the CPAP SN 7781-2290 is rattling", "DEVICE", "7781-2290"),
    ("制氧机序列号SN 5521-0093坏了", "DEVICE", "5521-0093"),
    # cued ids written in spaced groups; the Taiwan health card
    ("passport no. AB 12 34 56 78, travelling next week", "ID", "AB 12 34 56 78"),
    ("健保卡號1234 5678 9012，請幫我查", "ID", "1234 5678 9012"),
    # record numbers after 号码, Republic of China dates
    ("住院號碼KX3390127，下週出院", "MRN", "KX3390127"),
    ("預約在民國116年3月2日上午", "DATE", "民國116年3月2日"),
    # phone cues with "at", Australian mobiles
    ("you can reach me at 0423 118 907 after five", "PHONE", "0423 118 907"),
    # Australian unit/number addresses with a state before the postcode; a Latin building name in a Chinese address
    ("new address is 3/41 Lygon St, Brunswick VIC 3056", "ADDRESS", "3/41 Lygon St, Brunswick VIC 3056"),
    ("寄到上海市浦东新区世纪大道100号ABC国际大厦12楼1203室", "ADDRESS", "上海市浦东新区世纪大道100号ABC国际大厦12楼1203室"),
    # a phone number alone on a signature line
    ("ta for the help\nRangi\n6123 4478", "PHONE", "6123 4478"),
    # addresses: Hong Kong in English, a four-digit postcode after the town, 喺 before an address, 之N, a named building
    ("post it to Flat 7C, Block 2, Wah Fu Estate, Pok Fu Lam please", "ADDRESS", "Flat 7C, Block 2, Wah Fu Estate, Pok Fu Lam"),
    ("we are at 14 Kowhai Road, Hamilton 3204 now", "ADDRESS", "14 Kowhai Road, Hamilton 3204"),
    ("我阿媽住喺觀塘協和街101號10樓A室", "ADDRESS", "觀塘協和街101號10樓A室"),
    ("報告寄台中市西屯區台灣大道三段99號12樓之5", "ADDRESS", "台中市西屯區台灣大道三段99號12樓之5"),
    ("住喺荃灣沙咀道328號荃灣廣場8樓C室", "ADDRESS", "荃灣沙咀道328號荃灣廣場8樓C室"),
])
def test_round5_identifier_classes_are_redacted_with_exact_spans(text, kind, value):
    assert (kind, value) in spans(text), spans(text)


@pytest.mark.parametrize("text", [
    "I'm a bit worried about the rash, thanks for your help, Doctor",
    "我公公高烧，身上有红点",
    "奶奶高血压，吃药后头晕",
    "MY UNCLE WENT PALE THEN COLLAPSED",
    "我叫救护车了，快点",
    "我妈妈白天睡，晚上醒",
    "我老公常常咳，要紧吗",
    "the device serial number is on the back, where do I find it?",
    "哮喘是什么病，会不会遗传",
    "I'm calling from Leeds about my mum",
    "thanks, a reply from Monday is fine",
])
def test_round5_look_alikes_are_left_alone(text):
    assert spans(text) == set()


def test_glued_identifiers_are_redacted_in_one_call():
    # a run of phone numbers with no space between them: each pass frees the next boundary
    text = "Ann Lee" + "(555) 123-4567" * 6
    result = redact(text)
    assert redact(result.text).text == result.text
    assert result.text.count("[PHONE]") == 6
