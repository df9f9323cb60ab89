"""PHI round 8: the classes blind8 found, pinned with values written here (not blind8's).

Each case names the exact span and kind; look-alikes that must stay untouched sit at the end.
"""

import pytest

from medqa.safety.phi import redact


def spans(text: str) -> set[tuple[str, str]]:
    return {(text[s.start:s.end], s.kind) for s in redact(text).spans}


@pytest.mark.parametrize("text, value, kind", [
    # 1. any id-shaped value after any number label; the label beats a phone or SSN shape; bracketed check characters
    ("Her ID: QZ7719204 is on the form", "QZ7719204", "ID"),
    ("his ID is 512 880 4417, thanks", "512 880 4417", "ID"),
    ("ID no. PRT-552-31-9080 for the visa letter", "PRT-552-31-9080", "ID"),
    ("Reference on the letter: CLX-77120 from the clinic", "CLX-77120", "MRN"),
    ("Reference number GZ4410952 for my council tax query", "GZ4410952", "ID"),
    ("门诊编号：MZ88120347(5)", "MZ88120347(5)", "MRN"),
    ("證件號碼R2290415(7)", "R2290415(7)", "ID"),
    # 2. handles wherever they are offered
    ("Add me, it's kofi_b1962 on there", "kofi_b1962", "ID"),
    ("我 Line 是 meilan_0713，谢谢", "meilan_0713", "ID"),
    ("saw @auntie_rosa77 post about it on Insta", "@auntie_rosa77", "ID"),
    ("我的号是5521 0098 7734，麻烦加我", "5521 0098 7734", "ID"),
    # 3. e-mails spelled with their separators in words
    ("write to kwabena dash owusu at proton dot me", "kwabena dash owusu at proton dot me", "EMAIL"),
    ("it's li underscore wen underscore 88 at qq dot com", "li underscore wen underscore 88 at qq dot com", "EMAIL"),
    # 4. an IP with its port at a sentence end
    ("the hub reports to 203.0.113.9:4433.", "203.0.113.9:4433", "IP"),
    # 5. one address across its parts; HK/Macau prefix and block/floor/flat in Chinese
    ("Post it to 88 Larkspur Ave SW, Unit 12C, Calgary, thanks", "88 Larkspur Ave SW, Unit 12C, Calgary", "ADDRESS"),
    ("Apartment 4, Glenview House, 19 Mill Road, Cork 12.", "Apartment 4, Glenview House, 19 Mill Road, Cork 12", "ADDRESS"),
    ("地址：香港北角英皇道300號8樓B座", "香港北角英皇道300號8樓B座", "ADDRESS"),
    ("住喺澳門高士德大馬路41號第三座12樓D", "澳門高士德大馬路41號第三座12樓D", "ADDRESS"),
    # 6. names with an age, in brackets, closed by "here", before contact details, recipients, kin words
    ("Obadiah Fairweather is 94, lives alone.", "Obadiah Fairweather", "NAME"),
    ("Obadiah Fairweather is 94, lives alone.", "94", "AGE"),
    ("Ms Ines Carvalho (93) missed her bloods", "93", "AGE"),
    ("Evening all, Dougie McAllister here, about my mam", "Dougie McAllister", "NAME"),
    ("Kind regards, Marie-Claire Dubois, marie@example.org", "Marie-Claire Dubois", "NAME"),
    ("please post the forms to Rosalind Achterberg at PO Box 77, Alice Springs", "Rosalind Achterberg", "NAME"),
    ("my ah gong Tan Boon Keng cannot walk far", "Tan Boon Keng", "NAME"),
    ("Nur Aisyah binte Rahman is 91 this year", "Nur Aisyah binte Rahman", "NAME"),
    ("阿伯陳志明今年九十五歲", "陳志明", "NAME"),
    # 7. lunar dates, plates after parking words, phones glued to Chinese calling words
    ("外公生日是一九二九年正月十五", "一九二九年正月十五", "DATE"),
    ("we parked SJK4471M by the lifts", "SJK4471M", "VEHICLE"),
    ("dropping her off in taxi KA 05 MN 3321", "KA 05 MN 3321", "VEHICLE"),
    ("请致电9876 5432查询", "9876 5432", "PHONE"),
])
def test_round8_identifier_is_redacted_with_its_exact_span(text, value, kind):
    assert (value, kind) in spans(text), (text, spans(text))


def test_a_more_specific_cue_keeps_its_kind_under_a_generic_label():
    # "编号" and "ID" are generic labels; a device, plate or insurance cue before them names the kind
    assert ("VN7731024K", "DEVICE") in spans("呼吸机编号VN7731024K坏了")
    assert ("MEM-7731-2210", "HEALTH_PLAN") in spans("Insurance ID: MEM-7731-2210")


def test_a_product_name_before_a_serial_is_not_a_name():
    found = spans("The Resmed AirCurve 10 serial 22871904412 is noisy")
    assert ("22871904412", "DEVICE") in found and not any(kind == "NAME" for _, kind in found)


@pytest.mark.parametrize("text", [
    "ID is fine, I brought my passport",
    "ref 12 on the leaflet",
    "隔壁阿姨高烧，身上有红点",
    "the lunar new year is on 正月 this time",
    "she is 94% sure it was Tuesday",
    "we parked on level 3 near the lifts",
    "Mum is 45, and fine",
    "请致电前台查询",
    "my email is down, is it a server issue",
    "the Dublin clinic, room 6, opens at 9",
])
def test_look_alikes_get_no_span(text):
    assert spans(text) == set(), (text, spans(text))


def test_first_character_gates_change_no_match():
    # Speed (round 8): scanning patterns run behind a look-ahead on their first characters. The gate must not change
    # a single match, in any case form, on every labelled PHI text and on junk.
    import glob
    import json
    from pathlib import Path

    import medqa.safety.phi as phi
    from medqa.safety.zh_fold import fold_traditional

    data = Path(__file__).parent / "data" / "safety"
    paths = [p for p in sorted(glob.glob(str(data / "**" / "phi*.jsonl"), recursive=True)) if "blind9" not in p]
    texts = [json.loads(line)["text"] for path in paths for line in Path(path).read_text(encoding="utf-8").splitlines() if line]
    corpus = fold_traditional("\n".join(texts))
    junk = "".join(("a" * 500 + "@", "1-" * 300, "Dr. " * 100, "王" * 300 + "路", "my name is " * 50, "9" * 400))
    assert len(phi._UNGATED) > 50  # the scanning patterns are gated (CTX cues, names, dates, addresses, rounds 6-8)
    for text in (corpus, corpus.swapcase(), junk):
        for gated, plain in phi._UNGATED.items():
            assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)], plain.pattern[:80]


@pytest.mark.parametrize("text, value, kind", [
    # probed after the blind8 classes, wordings written here
    ("my aunt Dorothea Whitcombe is 99 and still drives", "99", "AGE"),
    ("my neighbour Ifeoma Chukwu rang about the key", "Ifeoma Chukwu", "NAME"),
    ("ID# 41-7720-9013 on the visa form", "41-7720-9013", "ID"),
    ("find her on Telegram as rosie_m1950", "rosie_m1950", "ID"),
    ("生日是1941年农历三月初三", "1941年农历三月初三", "DATE"),
    ("Medicare number 3312 88019 2.", "3312 88019 2", "HEALTH_PLAN"),
    ("Pt ref 77410-23 seen on the ward", "77410-23", "MRN"),
])
def test_round8_probed_frames(text, value, kind):
    assert (value, kind) in spans(text), (text, spans(text))


@pytest.mark.parametrize("text, value", [
    ("With thanks,\nRevd (retd) Mary-Anne Whitlock", "Mary-Anne Whitlock"),
    ("Col. Ravinder Sandhu will call about his wife", "Ravinder Sandhu"),
    ("my grandad, who turns 95 next week, is Tobias Wrenfield.", "Tobias Wrenfield"),
])
def test_ranks_and_a_kin_words_name_after_is(text, value):
    assert (value, "NAME") in spans(text), (text, spans(text))
