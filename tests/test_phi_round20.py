"""PHI round 20 (after blind18, spent): the classes blind18 missed, in values and sentences written for this file.

- ID: national numbers after their own name (CPR, AMKA, NIC, iqama, rijksregister, AHV, VA file number, rodné číslo,
  Emirates ID, "national number", "..., new one <number>", a bare "ID" after punctuation or "my/his/her") and Chinese card words (军官证 南字第…号,
  残疾人证, 员工证); MRN after "chart"; DEVICE after "tagged" and a MAC address after "MAC"; VEHICLE after a vehicle word
  (Cyrillic, Greek, Emirates city plates, "parking permit for", 车/車).
- ADDRESS: European "Street 12 B 7, 2. tv, 0000 Town" with CH-/A- prefixes and 3+2 / 4-3 postcodes, Russian ул./д./кв.,
  P.O. Box with a Kenyan postcode and the town, addresses joined by a comma, Ghana digital addresses, Philippine
  barangays, Hong Kong DD lots, a Chinese address going on over 组/号/单元.
- NAME: "update X's details", a lower-case pinyin name ending a request ("it is for zhang wei."), "bring X from", "casualty X", Catalan "i" between surnames, Chinese role words (长者, 船长,
  队员), Uyghur names with a middle dot, Tibetan names of two common elements, 阿X / 小X nicknames, "X的制氧机".
- DATE: a Buddhist-era year, hijri months, "3rd of the 4th '32" (a weekday and 上午/下午 stay outside, as rounds 12/7); AGE: "and a half",
  "nineties (93)", "makes him 96", "101 this spring"; IP: an IPv6 zone index; PHONE: "his number's ...".
"""

from tests.phi_support import round_tests

PROBES = [
    # ID after its own name
    ("ID", "120392-4417", "Quick one: my CPR is 120392-4417, can you add it to the form?"),
    ("ID", "23049201553", "Kostas Nikolaidis, AMKA 23049201553, needs a repeat script."),
    ("ID", "793318862V", "For the form, my NIC is 793318862V and I was born in Kandy."),
    ("ID", "2398817654", "Driver's iqama 2398817654 is in the glovebox."),
    ("ID", "72.11.04-112.39", "Her rijksregister 72.11.04-112.39 was on the envelope."),
    ("ID", "756.9921.3304.15", "Please note the AHV 756.9921.3304.15 for the Zurich claim."),
    ("ID", "31 442 870", "My VA file number 31 442 870 should be on record."),
    ("ID", "905512/3318", "Babička (rodné číslo 905512/3318) moved house last week."),
    ("ID", "784-1972-7654321-4", "His Emirates ID 784-1972-7654321-4 is about to expire."),
    ("ID", "660412-227K", "Clinic letter: owner Anna Virtanen, ID 660412-227K, please file."),
    ("ID", "44 552190", "Form done: name, address, ID 44 552190, signature."),
    ("ID", "北字第2021774号", "家属说父亲军官证北字第2021774号，明天带来。"),
    ("ID", "E-88213", "保安员，员工证E-88213，今天值夜班。"),
    ("ID", "200174403312", "Sorry, my NIC was 740443312V, new one 200174403312, please change it."),
    # MRN, DEVICE, VEHICLE
    ("MRN", "B-5510-3321", "The pump readings were logged to chart B-5510-3321 overnight."),
    ("DEVICE", "HX-3302-118", "Grandma's breathing kit is tagged HX-3302-118, address on file."),
    ("DEVICE", "5E:21:9A:03:BC:7D", "社区上报：床边监护仪MAC5E:21:9A:03:BC:7D，一直掉线。"),
    ("VEHICLE", "Х417МР98", "The car is Х417МР98, grey, by the entrance."),
    ("VEHICLE", "Sharjah C 44871", "Pick-up van Sharjah C 44871 is waiting outside."),
    ("VEHICLE", "W-77102C", "Parking permit please for W-77102C, it is my mother's."),
    ("VEHICLE", "ΝΒΚ-5521", "Taxi with plate ΝΒΚ-5521 dropped him off."),
    ("VEHICLE", "RAX-3307", "伯伯在码头，车RAX-3307停在外面。"),
    # ADDRESS
    ("ADDRESS", "Vesterbrogade 118, 3. th, 1620 København V", "She moved to Vesterbrogade 118, 3. th, 1620 København V last month."),
    ("ADDRESS", "Hämeenkatu 20 A 5, 33200 Tampere", "Post it to Hämeenkatu 20 A 5, 33200 Tampere please."),
    ("ADDRESS", "Marktgasse 9, CH-3011 Bern", "New address Marktgasse 9, CH-3011 Bern for the invoice."),
    ("ADDRESS", "Mariahilfer Straße 77, A-1060 Wien", "Letter for Mariahilfer Straße 77, A-1060 Wien came back."),
    ("ADDRESS", "Rua das Flores 44, 2.º Dto, 4050-265 Porto", "Her flat is Rua das Flores 44, 2.º Dto, 4050-265 Porto, top floor."),
    ("ADDRESS", "Karlova 8, 110 00 Praha 1", "Dědeček lives at Karlova 8, 110 00 Praha 1 with my aunt."),
    ("ADDRESS", "ул. Ленина, д. 15, кв. 40, Казань", "Адрес для письма: ул. Ленина, д. 15, кв. 40, Казань."),
    ("ADDRESS", "P.O. Box 7781-80100, Mombasa", "Send the results to P.O. Box 7781-80100, Mombasa by post."),
    ("ADDRESS", "Villa 22, Jumeirah Street, P.O. Box 55120, Dubai", "Deliver to Villa 22, Jumeirah Street, P.O. Box 55120, Dubai today."),
    ("ADDRESS", "AK-039-5528", "My address is AK-039-5528, near the market."),
    ("ADDRESS", "Purok 5, Barangay Santa Cruz, Tarlac City", "We live in Purok 5, Barangay Santa Cruz, Tarlac City since May."),
    ("ADDRESS", "新界元朗八鄉DD 112 Lot 889", "村屋地址新界元朗八鄉DD 112 Lot 889，門口有棵樹。"),
    ("ADDRESS", "湖南省长沙市宁乡县花明楼镇炭子冲村5组22号", "老人住址湖南省长沙市宁乡县花明楼镇炭子冲村5组22号，请上门。"),
    # NAME
    ("NAME", "Olumide Bakare", "Could you update Olumide Bakare's details before Friday?"),
    ("NAME", "Thangaraj", "The ambulance will bring Thangaraj from the farm at noon."),
    ("NAME", "Choi Seung-woo", "Pool log: casualty Choi Seung-woo, conscious, breathing."),
    ("NAME", "Montserrat Vidal i Roca", "Our neighbour Montserrat Vidal i Roca is ninety-two this week."),
    ("NAME", "林国栋", "渔船船长林国栋，今天没出海。"),
    ("NAME", "热依拉·买买提", "检查报告发到邮箱了，病人是热依拉·买买提。"),
    ("NAME", "阿珍", "请改一下：姓名阿珍，电话稍后发。"),
    ("NAME", "刘强", "社区上报：刘强的制氧机坏了。"),
    ("NAME", "次仁卓玛", "扎西德勒！次仁卓玛的电话换了，麻烦更新。"),
    ("NAME", "huang mei", "Please print the discharge letter, it is for huang mei."),
    # DATE, AGE, IP, PHONE
    ("DATE", "2 May 2481", "Gran's Thai card says born 2 May 2481, please copy it."),
    ("DATE", "3 Ramadan 1402", "He was born 3 Ramadan 1402 according to the old papers."),
    ("DATE", "5th of the 9th '41", "Grandad's birthday is the 5th of the 9th '41, write it down."),
    ("AGE", "ninety-three and a half", "Nana is ninety-three and a half and still gardens."),
    ("AGE", "94", "Aunty Mele, she's in her nineties (94), lives alone."),
    ("AGE", "97", "Born in the spring of 1929, which makes her 97."),
    ("AGE", "102", "Great-grandpa is the oldest in the village, 102 this summer."),
    ("IP", "fe80::20c:29ff:fe3a:11b2%eth1", "The hub answers on fe80::20c:29ff:fe3a:11b2%eth1 only."),
    ("PHONE", "0733 204 119", "Send the card to P.O. Box 310-40100, Kisumu for Otieno, his number's 0733 204 119."),
]

CLEAN = [
    "The 3rd of the 4th is a date I always forget, no reason.",
    "Clinic code CARD-7 on Level 3, room 118, open 08:00 to 17:00.",
    "健身教练求助：我的学员高烧，脖子僵硬，怕光，身上起了紫点。",
    "device ID keeps flashing on the screen, what does it mean?",
    "病人王某某，男，今日复诊。",
    "扎西德勒！想问一下高原反应怎么办。",
    "Take 2 tablets, 500 mg each, twice a day for 5 days.",
    "Our ward is on level 4, bay 12, near the lifts.",
    "Waiting for song to end, then I will call.",
    "My car is in the garage, can someone drive me on Friday?",
    "Is it ok to bring Mum from the care home for her flu jab?",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)


def test_a_hostile_run_of_glued_identifiers_is_rescanned_only_around_new_tokens(monkeypatch):
    """Each rescan pass frees one more identifier in "ID 1 1 1 ..."; after 3 whole passes only windows are scanned,
    with the same spans as scanning the whole message every pass."""
    import medqa.safety.phi as phi

    text = ("ID " + "1 " * 4000)[:8000]
    scanned = []
    real = phi._redact_chunk
    monkeypatch.setattr(phi, "_redact_chunk", lambda chunk, offset: scanned.append(len(chunk)) or real(chunk, offset))
    windowed = [(s.start, s.end, s.kind) for s in phi.redact(text).spans]
    assert len(scanned) > phi.FULL_RESCANS + 1  # the hostile input does need many passes
    assert sum(scanned) < 10 * len(text)  # not 64 whole scans (about 65 * len(text) before)
    monkeypatch.setattr(phi, "FULL_RESCANS", 64)
    assert [(s.start, s.end, s.kind) for s in phi.redact(text).spans] == windowed
