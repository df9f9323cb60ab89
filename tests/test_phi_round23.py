"""PHI round 23 (after blind21, spent): the shapes blind21 missed, in values and sentences written for this file.

- DATE: a weekday written before a day and month name ("Sat 3 Oct 1942"), a clock time after a dated weekday, a
  Roman-numeral month (5.VII.1948, 14-IX-1939), a year-first
  date closed by dots (Hungarian 1944.05.09., Korean 1950. 3. 7.), the last dot being the date's own. A weekday in
  brackets after a Chinese date stays outside it (round 12's reading).
- IP: an IPv4 address written inside IPv6 (::ffff:203.0.113.47, 64:ff9b::...). MRN: a record label, then a number that
  repeats its letters ("(HRN HRN556677)", HN號碼HN...(5)).
- NAME: Brunei/Malay titles that lead the name (Pengiran, Dayang, Awang, Haji) with bin/binti; Chinese names before an
  ethnic group in brackets, after a sending verb (转交X。), a surname and an elder's word before an age (周阿婆，八十二岁).
- ADDRESS: a French-style street with its postcode and town (L-1750), a Hungarian floor/door and postcode, a street
  with a cross street after "y" (Quito), Rwandan coded streets, comma fields led by a unit or place word (Lorong,
  Kampong, Jalan, Taman, Villa, Jabal, "1st Circle"), a country after the town.
"""

from tests.phi_support import round_tests

PROBES = [
    # DATE
    ("DATE", "Sat 3 Oct 1942", "Clinic letter: born Sat 3 Oct 1942, seen by the GP."),
    ("DATE", "Wednesday 17 September 2025 14:30", "Telehealth slot moved to Wednesday 17 September 2025 14:30, same link."),
    ("DATE", "5.VII.1948", "Polish discharge card: born 5.VII.1948, ward 3."),
    ("DATE", "14-IX-1939", "Romanian form, date of birth 14-IX-1939; copy attached."),
    ("DATE", "1944.05.09.", "Hungarian referral: born 1944.05.09.; file with the GP."),
    ("DATE", "1950. 3. 7.", "Korean clinic form: DOB 1950. 3. 7. as written."),
    # IP, MRN
    ("IP", "::ffff:203.0.113.47", "Portal audit: sign-in from ::ffff:203.0.113.47 at night."),
    ("IP", "64:ff9b::198.51.100.9", "The gateway logged 64:ff9b::198.51.100.9 for her session."),
    ("MRN", "HRN556677", "Sent with the referral (HRN HRN556677) this morning."),
    ("MRN", "HN20261234(5)", "病人黄大文，HN號碼HN20261234(5)，下周覆診。"),
    # NAME
    ("NAME", "Pengiran Haji Abdul Rahman", "Message for Pengiran Haji Abdul Rahman about his eye clinic."),
    ("NAME", "Dayang Siti Hajar binti Awang Kassim", "Dayang Siti Hajar binti Awang Kassim called about her results."),
    ("NAME", "杨金花", "杨金花（苗族）下周二来换药。"),
    ("NAME", "陆明辉", "化验报告已经转交陆明辉。"),
    # round 57: a surname before 阿婆 is the surname alone (the label convention: 王先生 -> 王, 區太 -> 區)
    ("NAME", "周", "周阿婆，八十二岁，明早来抽血。"),
    # ADDRESS
    ("ADDRESS", "22 avenue Victor Hugo, L-1750 Luxembourg", "Send the CD to 22 avenue Victor Hugo, L-1750 Luxembourg; tel 621 334 556."),
    ("ADDRESS", "Av. 6 de Diciembre N24-253 y Lizardo García, Quito",
     "Delivery to Av. 6 de Diciembre N24-253 y Lizardo García, Quito, cell 099 555 1234."),
    ("ADDRESS", "KG 9 Ave, House 41, Kigali", "Driver pick-up at KG 9 Ave, House 41, Kigali, plate RAD 442 B."),
    ("ADDRESS", "No. 5, Lorong 3, Kampong Jerudong, Bandar Seri Begawan",
     "Post the card to No. 5, Lorong 3, Kampong Jerudong, Bandar Seri Begawan; thanks."),
    ("ADDRESS", "Lot 22, Jalan Mawar, Taman Sri Muda, Shah Alam", "Home is Lot 22, Jalan Mawar, Taman Sri Muda, Shah Alam, call her first."),
    ("ADDRESS", "Cocody Riviera 3, Villa 88, Abidjan", "Ambulance to Cocody Riviera 3, Villa 88, Abidjan, tel +225 07 08 09 10."),
    ("ADDRESS", "Jabal Al Weibdeh, 1st Circle, Bldg 14, Amman", "Nurse visit: Jabal Al Weibdeh, 1st Circle, Bldg 14, Amman."),
]

CLEAN = [
    "The bus goes round the 2nd Circle every hour.",
    "Chapter XII covers the years 1990 to 2000.",
    "Physio is on Mon and Thu mornings, 10:00 to 12:00.",
    "复诊一般安排在周一（上午）或周四。",
    "请把化验单交给护士站。",
    "Take 1 tablet twice daily; see section 2.4.1. of the leaflet.",
    "Ask IT about IPv6 and ::ffff: prefixes; the portal keeps no addresses.",
    "House rules: no visitors after 8pm, Ward 5, Bed 3.",
]

test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched = round_tests(PROBES, CLEAN)
