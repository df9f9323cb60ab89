"""PHI round 19 (after blind17, spent): the classes blind17 missed, in values and sentences written for this file.

- NAME: a Chinese full name with no cue word, held by an elder's form of address after it (婆婆, 老人, 阿伯) or a
  record it owns (的视频问诊, 的复诊), or by a word before it (…归X, 客人是X, 老板娘X); 梁何氏; a Latin-script name inside
  Chinese text after a helping word; "SURNAME, Given" forms; "Ma." before a Filipino name; "for X on <date>",
  "X (97)", "X here", and more kin words ("my tutu", "mi broda", "my Chilean grandmother").
- ID: national numbers after their own name (PESEL, personnummer, CHI, CNIC, NIK, CCCD, RUT, staff ID, 证件号, 职员编号)
  and shapes with a check digit or a shape of their own (RUT mod 11, personnummer Luhn, Thai ID, CNIC, Medicare MBI).
- ADDRESS: Polish ul., Dutch postcodes, Korean -ro/-gil, Thai Soi/Moo, Turkish Mah./Cad., Mexican Col./C.P.,
  Brazilian Rua/nº/CEP, Nigerian "off ... Way", Vietnamese Phường/Quận, Eircodes, a Chinese address over its 邮编.
- VEHICLE after a vehicle word (Turkish, Mexican, Polish plates); DEVICE asset tags; MRN after "patient"; Turkish mobiles;
  DATE: a two-digit year after "on"/"dated" before punctuation ("on 12 Mar 31: ..."); AGE about to be reached ("stay 101 next month").
"""

import re

from medqa.safety.phi import redact
from tests.phi_support import round_tests

PROBES = [
    # NAME, Chinese
    ("NAME", "郑玉珍", "郑玉珍婆婆今年96岁，想问下覆诊时间。"),
    ("NAME", "何志明", "何志明老人的电话是多少？"),
    ("NAME", "许丽", "许丽的视频问诊链接打不开。"),
    ("NAME", "蔡文辉", "这个助听器归蔡文辉，麻烦登记一下。"),
    ("NAME", "郭美凤", "司机说客人是郭美凤，在门口等。"),
    ("NAME", "钟淑仪", "街坊说钟淑仪阿婆今年90岁了。"),
    ("NAME", "陈黄氏", "阿妈陈黄氏今日覆诊。"),
    ("NAME", "Lee Wing Kin", "护士帮Lee Wing Kin挂了号。"),
    # NAME, English
    ("NAME", "MORRISON, Heather", "Please call back about MORRISON, Heather, DOB 02/03/1941."),
    ("NAME", "FITZGERALD, NIAMH", "Form says: FITZGERALD, NIAMH / DOB 04.05.1938"),
    ("NAME", "Ma. Luisa Santos", "Video call for Ma. Luisa Santos on 3 Feb 2027, link to follow."),
    ("NAME", "Tamati Walker", "Telehealth for Tamati Walker on 14 March 2027 is confirmed."),
    ("NAME", "Ifeoma Nwosu", "Ifeoma Nwosu (98) arrived by taxi this morning."),
    ("NAME", "Mere Parata", "Kia ora, Mere Parata here, can I move my slot?"),
    ("NAME", "Kalani Akana", "My tutu Kalani Akana needs a wheelchair at the door."),
    ("NAME", "Losa Tuilagi", "My Samoan grandmother Losa Tuilagi is coming in tomorrow."),
    # ID
    ("ID", "44051401359", "Her PESEL 44051401359 is on the card."),
    ("ID", "19450617-1232", "Swedish personnummer 19450617-1232 for the booking."),
    ("ID", "2307451236", "His CHI 2307451236 is on the letter."),
    ("ID", "42101-7654321-9", "CNIC 42101-7654321-9, please add it to the file."),
    ("ID", "7.654.321-6", "My father's RUT is 7.654.321-6."),
    ("ID", "3 1002 00456 78 8", "Thai ID 3 1002 00456 78 8 for the insurance form."),
    ("ID", "3KP7-WA2-NC41", "My card shows 3KP7-WA2-NC41 under the Medicare name."),
    ("ID", "3271046504870002", "NIK 3271046504870002 untuk pendaftaran."),
    ("ID", "079185000123", "越南护工的CCCD 079185000123，请登记。"),
    ("ID", "HR-ADM-77120", "醫院職員編號HR-ADM-77120，電郵稍後給。"),
    ("ID", "42101-7654321-9", "staff ID 42101-7654321-9 on the rota"),
    # ADDRESS
    ("ADDRESS", "ul. Piotrkowska 104/6, 90-926 Łódź", "She lives at ul. Piotrkowska 104/6, 90-926 Łódź now."),
    ("ADDRESS", "Keizersgracht 518, 1017 EK Amsterdam", "Post it to Keizersgracht 518, 1017 EK Amsterdam please."),
    ("ADDRESS", "41 Sejong-daero 9-gil, Jung-gu, Seoul", "Address: 41 Sejong-daero 9-gil, Jung-gu, Seoul."),
    ("ADDRESS", "12/3 Moo 5, Soi Ari 4, Bangkok", "We live at 12/3 Moo 5, Soi Ari 4, Bangkok."),
    ("ADDRESS", "Bahçelievler Mah. İnönü Cad. No: 7 D: 3, Ankara", "Adres Bahçelievler Mah. İnönü Cad. No: 7 D: 3, Ankara."),
    ("ADDRESS", "Calle Orizaba 112, Col. Condesa, C.P. 06140", "Send it to Calle Orizaba 112, Col. Condesa, C.P. 06140."),
    ("ADDRESS", "Rua das Flores, nº 88, CEP 80010-120, Curitiba", "Moro na Rua das Flores, nº 88, CEP 80010-120, Curitiba."),
    ("ADDRESS", "5 Allen Avenue Street, off Opebi Road, Ikeja, Lagos", "Come to 5 Allen Avenue Street, off Opebi Road, Ikeja, Lagos."),
    ("ADDRESS", "18 Hai Bà Trưng, Phường Tân Định, Quận 1", "住址18 Hai Bà Trưng, Phường Tân Định, Quận 1。"),
    ("ADDRESS", "T12 X7PW", "My Eircode is T12 X7PW if the driver needs it."),
    ("ADDRESS", "南京市鼓楼区中山路100弄2号601室，邮编210008", "住南京市鼓楼区中山路100弄2号601室，邮编210008。"),
    # VEHICLE, DEVICE, MRN, PHONE
    ("VEHICLE", "06 KLM 4821", "Barrier camera logged 06 KLM 4821 at 9pm."),
    ("VEHICLE", "35 BR 771", "Visitor came in car 35 BR 771, contact at reception."),
    ("VEHICLE", "RTV-418-B", "Barrier camera logged RTV-418-B at 9pm."),
    ("VEHICLE", "KR 48210", "Barrier camera logged KR 48210 at 9pm."),
    ("DEVICE", "HOIST-W3-0192", "Asset HOIST-W3-0192 moved to ward 3."),
    ("DEVICE", "WC-7734-A", "Asset WC-7734-A moved to ward 3."),
    ("DEVICE", "BED-2291-C", "病床资产编号BED-2291-C坏了。"),
    ("MRN", "QEH-4410937", "Please send the letter for patient QEH-4410937 today."),
    ("PHONE", "0505 321 77 88", "Arayın 0505 321 77 88."),
    ("DATE", "7 Jun 29", "Telehealth booked on 7 Jun 29: link below."),
    ("AGE", "99", "Aunty Pua gonna be 99 on Sunday, can we bring cake to the ward?"),
]

CLEAN = [
    "的士司機，車上阿伯一直按住心口，我應該點做？",
    "车上阿伯今年80岁，刚刚晕倒了。",
    "常规的检查结果出来了吗？全科的预约在哪里？管床的电话是多少？",
    "OUR NEIGHBOUR WOKE UP AND HIS ARM WON'T WORK, MOUTH IS CROOKED.",
    "Brief LOC, GCS now 13 and dropping.",
    "WARNING, Paracetamol overdose is dangerous.",
    "UPDATE, Chest pain got worse overnight.",
    "My son has a high fever, should I bring him in at 6pm?",
    "Ward 12, room 4, visiting 2-4pm.",
    "Take 2 tablets twice daily for 14 days.",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)


def test_finer_hipaa_kinds_count_for_the_coarse_labelled_kind():
    from medqa.safety.phi import kind_matches
    assert kind_matches("SSN", "ID") and kind_matches("HEALTH_PLAN", "ID") and kind_matches("ZIP", "ADDRESS")
    assert kind_matches("SSN", "SSN") and not kind_matches("ID", "SSN") and not kind_matches("SSN", "NAME")


def test_every_blind_set_label_follows_the_value_only_convention():
    """The 2026-12-03 convention: no label word, '#' or article inside a span; an NHS number is an ID."""
    import json
    from pathlib import Path
    bad = []
    for path in sorted(Path(__file__).parent.glob("data/safety/blind*/phi.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for e in row["entities"]:
                value = row["text"][e["start"]:e["end"]]
                before = row["text"][max(0, e["start"] - 12):e["start"]].lower()
                label_inside = e["kind"] == "DEVICE" and re.match(r"(?:SN|S/N|serial)[ :]|#", value, re.I)
                # a date written the Hungarian way ends in its own dot (1933.11.28.); an IPv4-mapped IPv6 address
                # starts with '::' (::ffff:192.0.2.33): both are the value, not punctuation around it
                # a date ending in its era's abbreviation (1942 E.C., 2044/05/12 B.S.) keeps that dot too, as does one
                # ending in the word for day or year written short (Lithuanian 1931 m. kovo 4 d., Russian 4 марта 1934 г.),
                # and a Serbian or Croatian date whose year ends in its dot (blind31: 14. 3. 1962.)
                own_edge = (e["kind"] == "DATE" and (re.fullmatch(r"\d{4}\.\d{2}\.\d{2}\.|\d{1,2}\. ?\d{1,2}\. ?\d{4}\.", value) or
                                                     re.search(r"\b(?:[A-Z]\.){2}$| d\.$| г\.$", value))) or \
                    (e["kind"] == "IP" and value.startswith("::")) or \
                    (e["kind"] == "NAME" and re.search(r"\b[A-Z]\.$", value))  # a middle initial's own dot (blind57s: 'WHITLOCK, Margaret E.')
                # a house name is the address itself (blind36: "The Old Schoolhouse, Ettrick, Selkirk TD7 5HU")
                house_name = e["kind"] == "ADDRESS" and re.match(r"The [A-Z]\w+", value)
                if label_inside or (re.match(r"the ", value, re.I) and not house_name) or (value != value.strip(" .,;:") and not own_edge) or \
                        (re.search(r"nhs (?:number|no)", before) and e["kind"] == "MRN"):
                    bad.append((path.parent.name, value))
    assert bad == []


def test_a_serial_after_its_label_is_redacted_as_the_value_only():
    spans = {(s.kind, "CPAP serial SN 4420-1187 stopped".__getitem__(slice(s.start, s.end)))
             for s in redact("CPAP serial SN 4420-1187 stopped").spans}
    assert ("DEVICE", "4420-1187") in spans
