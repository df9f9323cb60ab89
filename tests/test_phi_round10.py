"""PHI round 10: the classes blind10 found, pinned with values written here (not blind10's).

Concepts, each one group below:
1. A person named right after the role they play in the message (caller, student, resident, the visitor for X), after a
   kin noun owned by anyone ("my neighbour's grandfather X", "his wife, X,") and after a form or claim label with a
   colon; the role word itself is never part of the name.
2. The Chinese forms: a role noun glued to the name (来电人X, 访客X), a claim or form label with a colon (理赔申请：X)
   and the person a visit is for (来探望X的家属).
3. An age over 89 said right after a name any rule found ("X is 97 and ...").
4. An IMEI after its cue: glued, after 码 or a colon, or a few words on and grouped with dashes.
5. A serial after a serial cue glued to Chinese text or after a second "SN:" label; "SN" before a serial with its own
   letters is a label, before a bare number it stays with the number (the earlier batches' convention).
6. An id after "my ID, it's" / "her passport, it's".
Look-alikes that must stay untouched sit at the end: version numbers, a cue word before a preposition, role words with
no name after them, titles or conditions after a label, doses, times and room numbers.
"""

import pytest

from medqa.safety.phi import redact


def spans(text: str) -> set[tuple[str, str]]:
    return {(text[s.start:s.end], s.kind) for s in redact(text).spans}


@pytest.mark.parametrize("text, value, kind", [
    # 1. role and relay nouns, owned kin nouns, form labels
    ("Caller Oluwaseun Adebayo, date of birth 1951-02-14, wants a ring back", "Oluwaseun Adebayo", "NAME"),
    ("message from the school about student Priya Raman-Clarke: she fainted in PE", "Priya Raman-Clarke", "NAME"),
    ("it's the visitor for Ffion Baptiste who left the lights on", "Ffion Baptiste", "NAME"),
    ("my neighbour's grandfather Samuel Oyelaran is 97 and lives alone", "Samuel Oyelaran", "NAME"),
    ("Translating for him: his wife, Maryam Haddad, is 91 now.", "Maryam Haddad", "NAME"),
    ("Claim form: Dorothea Blackwood, policy 55120, admitted in May", "Dorothea Blackwood", "NAME"),
    # 2. Chinese role nouns, claim labels, the person visited
    ("来电人孙建国，说他父亲住院了", "孙建国", "NAME"),
    ("理赔申请：郑美玲，身份证复印件在附件里", "郑美玲", "NAME"),
    ("保險理賠資料：林淑芬，請盡快處理", "林淑芬", "NAME"),
    ("門口那台車是來探望許志明的家屬的", "許志明", "NAME"),
    ("访客何丽萍，在前台等", "何丽萍", "NAME"),
    # 3. an age over 89 after a name
    ("my neighbour's grandfather Samuel Oyelaran is 97 and lives alone", "97", "AGE"),
    ("Translating for him: his wife, Maryam Haddad, is 91 now.", "91", "AGE"),
    # 4. IMEIs
    ("the watch's IMEI is 86-431205-778199-3, it won't pair", "86-431205-778199-3", "DEVICE"),
    ("定位器IMEI码868120345671236，绑定不了", "868120345671236", "DEVICE"),
    ("手錶IMEI:860012345678905 顯示離線", "860012345678905", "DEVICE"),
    # 5. serials
    ("助听器序列号HA7-220415坏了", "HA7-220415", "DEVICE"),
    ("呼吸机序號SN: RSM-55-20931，要送修", "RSM-55-20931", "DEVICE"),
    ("my CPAP serial SN RES-8821-40077 needs logging", "RES-8821-40077", "DEVICE"),
    ("pump serial is SN 4471-2290, it beeps", "4471-2290", "DEVICE"),
    # 6. ids after "it's"
    ("take my ID, it's K88120455, for the form", "K88120455", "ID"),
    ("her passport, it's 561203948, expires soon", "561203948", "ID"),
])
def test_round10_value_is_redacted_exactly(text, value, kind):
    assert (value, kind) in spans(text)


@pytest.mark.parametrize("text", [
    "firmware version 3.10.2 fixes the alarm",
    "the patient leaflet is version 2.1.4 now",
    "The consent form must be signed before discharge.",
    "the caller asked about parking at the main entrance",
    "Take 2 tablets at 10:30 and again at 16:30",
    "Room 12-4 is on the second floor, past the visitor lounge",
    "来电者请按1，查询请按2",
    "理赔材料：身份证复印件、发票原件",
    "来看病的家属请在一楼等候",
    "这个IMEI号在包装盒背面",
    "Referral: Urgent Suspected Cancer pathway",
    "Claim form: Section B must be completed",
    "转诊单：白内障，左眼",
])
def test_round10_look_alikes_stay_untouched(text):
    assert redact(text).spans == []


def test_the_role_word_stays_outside_the_name():
    text = "Caller Ines Marchetti, DOB 03/04/1950, please ring back"
    names = [text[s.start:s.end] for s in redact(text).spans if s.kind == "NAME"]
    assert names == ["Ines Marchetti"]
