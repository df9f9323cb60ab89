"""PHI round 40 (after blind39, spent; nothing had been fitted on it): the format families blind39 missed, in values
and sentences written for this file.

- ADDRESS: a chain of numbered parts
  (Road 4, House 17, Street 12-5) between a district (or "near the ...") and the town; a Basque street (kalea,
  etorbidea ...) with number, floor and side and "20010 Town".
- DATE: Basque dates (1952ko otsailaren 9a); a day and month with a Roman-numeral year (3 May MCMXL).
- ID: a letter prefix before an id's digits (railcard ABC 1234 5678 90, TIS ABCD 123456 X 01); a driving licence after
  "DL is"; membership and donor register numbers; a UK prison number.
- PHONE: a text-relay prefix (18001) belongs to the number.
- DEVICE: home devices (tonometer, sleep position trainer, seizure watch, pager, insoles, helmet, flasher; 电针仪).
- MRN: a hospital's own card ("KGH card KGH-22/1043"); 健康档案编号.
- VEHICLE: "with 7-3310 plates"; "her pickup, 14-2290".
- NAME: "Name's X Y" keeps "Name's" out; a Chinese full name before 老先生 keeps 老 out; 帮外母X问 / 帮我们组的X登记.
- Tagger look-alikes: a name on a poster, a named house, a dose read as an age, an emergency number.
"""

import pytest

from medqa.safety.phi import redact
from tests.phi_support import SAFETY_DATA, assert_blind_row_gold_spans, round_tests

PROBES = [
    ("ADDRESS", "Sha'ab Dhexe, Road 4, House 17, Burao", "Please post to Sha'ab Dhexe, Road 4, House 17, Burao for my uncle."),
    ("ADDRESS", "Tiravolo, Street 12-5, House 8, Asmara", "We lived at Tiravolo, Street 12-5, House 8, Asmara until 2019."),
    ("ADDRESS", "Koodbuur, near the old mosque, house 21, Hargeisa", "Home is Koodbuur, near the old mosque, house 21, Hargeisa."),
    ("ADDRESS", "Nagusia kalea 9, 3. ezk., 20800 Zarautz", "Her old address is Nagusia kalea 9, 3. ezk., 20800 Zarautz if they ask."),
    ("ADDRESS", "Sabino Arana etorbidea 21, 2. esk., 48013 Bilbo", "Write to Sabino Arana etorbidea 21, 2. esk., 48013 Bilbo."),
    ("DATE", "1952ko otsailaren 9a", "She was born 1952ko otsailaren 9a in Tolosa."),
    ("DATE", "1938ko abenduaren 30ean", "DOB 1938ko abenduaren 30ean, if the form takes it."),
    ("DATE", "3 May MCMXL", "Her date of birth is 3 May MCMXL, Dad wrote it like that."),
    ("DATE", "August 14, MCMXXIX", "Born August 14, MCMXXIX according to the bible page."),
    ("ID", "KLR 5520 1187 43", "The senior railcard no. is KLR 5520 1187 43 if you need it."),
    ("ID", "ZUBI 380921 H 02", "His TIS: ZUBI 380921 H 02, from Osakidetza."),
    ("LICENSE", "220-418-963", "Her Montana DL is 220-418-963, Idaho plates too."),
    ("ID", "RB-771204", "My rowing club membership: RB-771204, not that it matters."),
    ("ID", "5521 0093 87", "The organ donor register no. is 5521 0093 87 on her card."),
    ("ID", "B7720KT", "My brother's prison number is B7720KT and he goes to clinic on Friday."),
    ("PHONE", "18001 01472 330 118", "Text relay only please: 18001 01472 330 118, I can't hear the phone."),
    ("DEVICE", "TM-02-771803", "The home tonometer is TM-02-771803 and the screen flickers."),
    ("DEVICE", "SPX3-008812", "Her sleep position trainer: SPX3-008812, the strap broke."),
    ("DEVICE", "SW5-1128-0441", "The seizure watch, SW5-1128-0441, keeps losing signal."),
    ("DEVICE", "PG-4410-77", "My vibrating pager is PG-4410-77."),
    ("DEVICE", "DJ-3301-88215", "电针仪编号DJ-3301-88215，开不了机。"),
    ("MRN", "KGH-22/1043", "Her KGH card KGH-22/1043 is in her purse."),
    ("MRN", "330211-0415-2271", "我妈的健康档案编号330211-0415-2271，麻烦帮忙查。"),
    ("VEHICLE", "7-3310", "Dad's truck with 7-3310 plates is blocking the ramp."),
    ("VEHICLE", "14-2290", "She drove in her pickup, 14-2290, and left it at the front."),
    ("NAME", "Rusty Olaeta", "Name's Rusty Olaeta and I'm booked in for Tuesday."),
    ("NAME", "范国良", "替老顾客范国良老先生问一下，药什么时候到。"),
    ("NAME", "濮秀蘭", "我幫外母濮秀蘭問嘢，佢想改期。"),
    ("NAME", "屠志刚", "帮我们组的屠志刚登记一下体检。"),
    # blind40 families
    ("NAME", "Gareth Moxon", "Please note the details of Gareth Moxon for the file, he's on Ward 9."),
    ("NAME", "Elsie Dunmore", "A message from the allotment society about Elsie Dunmore: she's 97 now."),
    ("LICENSE", "HT-55102", "His racing licence HT-55102 is in the glovebox."),
    ("LICENSE", "PCL 21/33018", "Skipper's licence PCL 21/33018, renewed last year."),
    ("LICENSE", "MKT/WSX/2024/0381", "The market permit MKT/WSX/2024/0381 is hers."),
    ("ID", "4410298357", "Her ESIC IP no. 4410298357 is on the card."),
    ("DATE", "Derby Day 1938", "Mum was born Derby Day 1938, she always says."),
    ("VEHICLE", "DL 3C AB 1234", "He will come in the taxi DL 3C AB 1234 at ten."),
    ("ID", "370102449817", "驾驶证档案编号370102449817，老人家想问。"),
    ("DATE", "Diwali 2024", "The fall happened on Diwali 2024 at home."),
]

CLEAN = [
    # a city and a state with no street, a bus and a ward
    "We flew in from Boise, ID last week and she is on Ward 5, Bed 3, Lister.",
    "Water operator from Casper, WY, here for two days; we came on the 10 bus.",
    "Road 7 was closed, so we took the bypass, house prices there are mad.",
    # doses, versions, LOT codes and battery types near device words
    "The home tonometer box says LOT 22C417 and version 3.2.1.",
    "The seizure watch uses a CR2032 battery, is that right?",
    "She takes 100 mg of aspirin and the pager is on the desk.",
    # dates and numbers that are not dates or ids
    "In Roman numerals MCMXL is 1940, my grandson asked.",
    "The railcard costs 30 pounds a year, is there a discount?",
    "Our membership is open to everyone, ring the club.",
    # Chinese look-alikes: a route, a role noun, a shop word
    "帮我们组的同事登记一下，我们坐35路公交来的。",
    "替老顾客问一下，药什么时候到？",
    # a famous namesake, a licence with no number
    "No relation to Charles Dickens, before you ask. What time is visiting?",
    "The licence for the minibus is with the office, who do I ask?",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)


TAGGER_CLEAN = [
    "We have Florence Nightingale and Mary Seacole posters in the corridor, would the ward like one?",
    "Our boarding house is Tennyson House, 40 boarders, do you deliver?",
    "The aspirin is 100 mg, is that ok for a child?",
    "In Spain the emergency number is 112, what is it here?",
]


@pytest.mark.parametrize("text", TAGGER_CLEAN)
def test_tagger_look_alike_is_untouched(text):
    assert redact(text, tagger=True).spans == [], [(text[s.start:s.end], s.kind) for s in redact(text, tagger=True).spans]


@pytest.mark.parametrize("row_id", ["b39.phi.11", "b39.phi.53", "b39.phi.77", "b39.phi.84", "b39.phi.90", "b39.phi.96",
                                    "b39.phi.119", "b39.phi.231", "b39.phi.193", "b39.phi.16", "b39.phi.239", "b39.phi.25", "b39.phi.107", "b39.phi.233", "b39.phi.235", "b39.phi.218"])
def test_blind39_row(row_id):
    assert_blind_row_gold_spans("blind39", row_id)


@pytest.mark.parametrize("row_id", ["b40.phi.5", "b40.phi.22", "b40.phi.24", "b40.phi.53", "b40.phi.76", "b40.phi.152", "b40.phi.157",
                                    "b40.phi.71"])
def test_blind40_row(row_id):
    if not (SAFETY_DATA / "blind40" / "phi.jsonl").exists():
        pytest.skip("blind40 is not in this tree yet (it came into main after 647e51d)")
    assert_blind_row_gold_spans("blind40", row_id)
