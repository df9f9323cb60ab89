"""Second red-flag detector, part 1: normalise a message into facts, then apply rules over the facts.

Independent of the concept/window rules in triage.py: instead of matching phrasings it reads what a
message states (an age in days, a temperature in Celsius, a pregnancy, a substance swallowed and how
much) from clauses that describe something happening now. A clause is set aside when it is negated
("no fever", "没有发烧"), in the past ("last year", "上次", "去年"), hypothetical ("what if", "如果") or a
question about dosing ("what dose", "吃几片"). Ages and temperatures are read from digits, English number
words and Chinese numerals, with ranges such as "三个月不到" and units such as "2 wk", "100.4 F".
"""

import re
from dataclasses import dataclass, field

from medqa.safety.normalize import normalize

EMERGENCY = "emergency"

# A full stop between digits is a decimal point ("100.4 f"), not the end of a clause.
_CLAUSE_SPLIT = re.compile(r"(?<!\d)\.|\.(?!\d)|[;!?\n\u3002\uff1b\uff01\uff1f]+|,|\uff0c|\u3001|\bbut\b|但是|可是")
_PAST = re.compile(
    r"\b(last (year|month|week|time|summer|winter)|years? ago|months? ago|when i was|used to|history of|in (19|20)\d\d|"
    r"previously|in the past|back in)\b|上次|去年|前年|以前|曾经|小时候|[\d一二三四五六七八九十两几]{1,3}(年|个月)前|病史"
)
_HYPOTHETICAL = re.compile(r"\b(what if|in case|suppose|supposing|if ever|should .{0,20} ever)\b|如果|万一|假如|要是|假设")
_DOSE_QUESTION = re.compile(
    r"\b(what|which|how much|how many|right|correct|safe|usual|maximum|max) (dose|doses|dosage|amount|mg|ml|tablets?|pills?)\b"
    r"|\bdos(e|age|ing) (of|for)\b|\b(can|should|could|may) (i|we) (give|take)\b|\bhow (much|many)\b.{0,30}\b(give|take)\b"
    r"|剂量|用量|吃几|吃多少|给多少|喝多少|几毫升|多少毫升|多少毫克|怎么吃"
)
_NEGATION = re.compile(r"\b(no|not|never|without|denies|none|negative for)\b|没有|没|无|未|不")

_EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "few": 3, "couple of": 2, "a couple of": 2,
}
_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMBER = r"(\d{1,3}(?:\.\d)?|[零一二两三四五六七八九十半]{1,4}|" + "|".join(sorted(_EN_NUMBERS, key=len, reverse=True)) + ")"
_UNIT_DAYS = {"day": 1, "days": 1, "d": 1, "天": 1, "日": 1, "week": 7, "weeks": 7, "wk": 7, "wks": 7, "周": 7, "星期": 7,
              "month": 30.4, "months": 30.4, "mo": 30.4, "mos": 30.4, "月": 30.4, "个月": 30.4}
_AGE = re.compile(
    _NUMBER + r"[ -]?(?:and a half )?(days?|weeks?|wks?|months?|mos?|d)[ -]?(old|of age)\b"
    r"|\b(?:baby|infant|newborn|son|daughter|boy|girl|she|he)(?: is| was born)? " + _NUMBER
    + r" (days?|weeks?|wks?|months?)\b(?! (ago|pregnant))"
    r"|" + _NUMBER + r" (days?|weeks?|months?) (baby|infant|newborn|old baby)"
    r"|(不到|才|刚|刚满|只有|出生|满)?" + _NUMBER + r"(个半|个多|多个|个)?(天|周|星期|月)(不到|大|左右|的宝宝|的婴儿|宝宝|婴儿)?"
)
_NEWBORN = re.compile(r"\b(newborn|new born|neonate)\b|新生儿|刚出生|刚满月|满月|出生没几天")
_TEMPERATURE = re.compile(r"(?<![\d.])(\d{2,3}(?:\.\d{1,2})?)(?!\.?\d) ?(°|degrees?|deg|c\b|f\b|度|℃|℉)?")
_TEMP_CUE = re.compile(r"\b(fever|temp\w*|thermometer|degrees?|reading|hot)\b|发烧|发热|体温|烧到|度")
_FEVER_WORD = re.compile(r"\b(fever\w*|febrile|burning up|(very |really |so )?hot to (the )?touch|feels? (very |really |so )?hot|"
                         r"high temp\w*|running a temp\w*|has a temp\w*)\b|发烧|发热|高烧|烫手|很烫|摸着烫|摸着很烫")
_PREGNANT = re.compile(r"\b(pregnan\w*|weeks along|expecting|trimester)\b|\b(i am|i'm|she is|wife is|partner is) ([2-4]\d) weeks\b"
                       r"|怀孕|孕[\d一二三四五六七八九十]|孕期|孕妇|妊娠|孕晚期|孕中期")
_BLEEDING = re.compile(r"\b(bleed\w*|blood|spotting|clots?|haemorrhag\w*|hemorrhag\w*)\b|出血|流血|见红|血块")
_FETAL_MOVEMENT_LOW = re.compile(
    r"\b(baby|babies|fetus|foetus)\b.{0,25}\b(not moving|has not moved|hasn't moved|stopped moving|not moved|moving less|"
    r"moves less|less movement|slowed down|not kicking|stopped kicking|quiet)\b"
    r"|\b(can not|cannot|can't|could not|do not|don't|have not|haven't) (feel|felt)( the| my| her)? (baby|kicks|movements?)\b"
    r"|\b(reduced|less|fewer|no|decreased) (fetal |foetal |baby )?(movements?|kicks)\b|\bmovements?\b.{0,20}\b(slowed|stopped|reduced|less)\b"
    r"|胎动.{0,4}(减少|少了|变少|没有|没了|消失|很少|明显少|不明显)|(没有|没|感觉不到|摸不到)胎动|(宝宝|孩子|胎儿).{0,6}(不动了|没动|一直不动)"
)
_SEVERE_BELLY = re.compile(r"\b(severe|terrible|unbearable|excruciating|really bad)\b.{0,20}\b(stomach|belly|abdominal|tummy)\b"
                           r"|(肚子|腹).{0,4}(剧痛|疼得厉害|痛得厉害|很痛|很疼)|剧烈腹痛")
_TAKEN = re.compile(r"\b(swallow\w*|ate|eaten|took|taken|drank|drunk|got into|chew\w*|downed|gulped|popped|overdosed|injected)\b"
                    r"|吃了|吞了|喝了|服了|误服|误食|误喝|误吞|偷吃|吃掉|喝掉|吞下|吃下|服下|(把|将).{0,12}(吃|喝|吞)了")
_SUBSTANCE = re.compile(
    r"\b(pills?|tablets?|capsules?|meds|medications?|medicines?|tylenol|paracetamol|acetaminophen|ibuprofen|advil|motrin|"
    r"aspirin|insulin|antidepressants?|sleeping pills|opioids?|oxy\w*|codeine|tramadol|morphine|fentanyl|xanax|valium|"
    r"benzos?|vitamins?|gummies|iron|bleach|detergent|dishwasher tablets?|laundry pods?|drain cleaner|antifreeze|poison\w*|"
    r"pesticide|weed ?killer|button batter(y|ies)|batter(y|ies)|magnets?|alcohol|vodka|e-?liquid)\b"
    r"|药|片|胶囊|布洛芬|对乙酰氨基酚|扑热息痛|阿司匹林|安眠药|降压药|退烧药|感冒药|胰岛素|铁剂|消毒液|漂白|农药|老鼠药|洗衣凝珠|洗衣液|电池|酒"
)
_AMOUNT = re.compile(
    r"\b(whole|entire|full|all (of )?(the|my|his|her)|bottle|pack|packet|box|handful|lots|a lot|loads|too many|too much|"
    r"double|triple|extra|some of|not sure how (many|much)|(\d{2,3}|[5-9]|ten|twenty|thirty|forty|fifty) (of|pills|tablets|capsules))\b"
    r"|一整瓶|整瓶|一瓶|半瓶|一盒|一板|一大把|一把|好几片|好多片|很多片|几十|二十|三十|整板|过量|好几颗|多少片不知道"
)
_CHILD = re.compile(r"\b(child|kid|son|daughter|toddler|baby|infant|boy|girl|\d{1,2} ?(yo|y/o|yr old|year old|years old))\b"
                    r"|孩子|小孩|宝宝|儿子|女儿|娃|婴儿|幼儿")
_CORROSIVE_ON_BODY = re.compile(
    r"\b(acid|bleach|drain cleaner|oven cleaner|lye|caustic|alkali)\b.{0,30}\b(on|in) (my|his|her|their|the) (hand|arm|face|eyes?|skin|leg|foot)"
    r"|(强酸|强碱|硫酸|盐酸|火碱|烧碱|洁厕|管道疏通剂).{0,10}(手|脸|眼|皮|身上)|(手|脸|眼|身上).{0,4}(沾|溅|泼|洒).{0,4}(强酸|强碱|硫酸|盐酸|火碱|烧碱)"
)
_CHIN_TO_CHEST = re.compile(r"\b(can not|cannot|can't|cant|unable to|could not) (touch|put|bring|get|bend)( \w+){0,3} chin\b"
                            r"|下巴.{0,4}(碰不到|够不到|贴不到)胸|不能低头|低不了头")
_WOUND = re.compile(r"\b(cut|gash|wound|laceration|slash\w*|sliced|stab\w*)\b|伤口|口子|割|划|刺伤")
_FLOW = re.compile(r"\b(gush\w*|spurt\w*|pour\w*|pumping|(will|does|is) not stop\w*|won't stop|not stopping|soak\w* through)\b"
                   r"|止不住|往外喷|喷血|哗哗|按不住|流个不停|一直流")


@dataclass
class Facts:
    """What a message states about now: ages, temperatures, pregnancy, ingestion (clauses about now only)."""

    age_days: list[float] = field(default_factory=list)
    temperatures_c: list[float] = field(default_factory=list)
    fever_word: bool = False
    pregnant: bool = False
    bleeding: bool = False
    reduced_fetal_movement: bool = False
    severe_belly_pain: bool = False
    taken: bool = False
    substance: bool = False
    amount: bool = False
    child: bool = False
    dose_question: bool = False
    corrosive_on_body: bool = False
    chin_to_chest: bool = False
    wound: bool = False
    heavy_flow: bool = False


def _number(token: str) -> float:
    """Value of a number written in digits, English words or Chinese numerals (二十, 两, 十五, 半)."""
    token = token.strip()
    if re.fullmatch(r"\d+(\.\d+)?", token):
        return float(token)
    if token in _EN_NUMBERS:
        return float(_EN_NUMBERS[token])
    if token == "半":
        return 0.5
    total, current = 0.0, 0.0
    for ch in token:
        if ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "半":
            current += 0.5
        else:
            current = _ZH_DIGITS.get(ch, 0)
    return total + current


def _ages(clause: str) -> list[float]:
    """Ages in days stated in a clause (English or Chinese, words or numerals, 'under N months' ranges)."""
    ages = []
    for m in _AGE.finditer(clause):
        groups = [g for g in m.groups() if g is not None]
        number = next((g for g in groups if re.fullmatch(_NUMBER, g)), None)
        unit = next((g for g in groups if g in _UNIT_DAYS or g.rstrip("s") in _UNIT_DAYS), None)
        if number is None or unit is None:
            continue
        # A bare Chinese "N天/N周" without an age marker is a duration ("发烧三天"), not an age.
        text = m.group(0)
        if re.fullmatch(r"[\d零一二两三四五六七八九十半]+(个)?(天|周|星期|月)", text):
            continue
        amount = _number(number) + (0.5 if "个半" in text or "and a half" in text else 0)
        days = amount * _UNIT_DAYS.get(unit, _UNIT_DAYS.get(unit.rstrip("s"), 1))
        if "不到" in text or "多" in text and days < 90:
            days = min(days, 89.0) if "不到" in text else days
        ages.append(days)
    if _NEWBORN.search(clause):
        ages.append(28.0)
    return ages


def _temperatures(clause: str, has_cue: bool) -> list[float]:
    """Temperatures in Celsius stated in a clause (Fahrenheit converted; bare numbers need a fever cue)."""
    values = []
    for m in _TEMPERATURE.finditer(clause):
        value, unit = float(m.group(1)), (m.group(2) or "")
        if not (unit or has_cue):
            continue
        if 34 <= value <= 43.5 and unit not in ("f", "℉"):
            values.append(value)
        elif 93 <= value <= 110 and unit not in ("c", "℃"):
            values.append(round((value - 32) / 1.8, 2))
    return values


def _about_now(clause: str) -> bool:
    """False for clauses in the past or hypothetical ('last year', 'what if', '上次', '如果')."""
    return not (_PAST.search(clause) or _HYPOTHETICAL.search(clause))


def _negated_before(clause: str, match: re.Match) -> bool:
    """True when a negation cue sits shortly before the match in its clause ('no fever', '没有发烧')."""
    before = clause[max(0, match.start() - 14):match.start()]
    return bool(re.search(r"\b(no|not|never|without|denies)\b(?!.*\b(but|still)\b)[^,]*$|(没有|没|无|未|不)[^，,]{0,2}$", before))


def extract_facts(text: str) -> Facts:
    """Read the facts a message states about now from its clauses (negated, past and hypothetical set aside)."""
    facts = Facts()
    norm = normalize(text)
    facts.dose_question = bool(_DOSE_QUESTION.search(norm))
    has_cue = bool(_TEMP_CUE.search(norm))
    for clause in _CLAUSE_SPLIT.split(norm):
        clause = clause.strip()
        if not clause or not _about_now(clause):
            continue
        facts.age_days += _ages(clause)
        facts.temperatures_c += _temperatures(clause, has_cue)
        checks = [("fever_word", _FEVER_WORD), ("pregnant", _PREGNANT), ("bleeding", _BLEEDING),
                  ("severe_belly_pain", _SEVERE_BELLY), ("taken", _TAKEN), ("substance", _SUBSTANCE),
                  ("amount", _AMOUNT), ("child", _CHILD), ("corrosive_on_body", _CORROSIVE_ON_BODY),
                  ("wound", _WOUND), ("heavy_flow", _FLOW)]
        for name, pattern in checks:
            match = pattern.search(clause)
            if match and (name in ("pregnant", "child", "substance", "amount") or not _negated_before(clause, match)):
                setattr(facts, name, True)
        # These two are phrased with a negation ("can't feel the baby move"), so no negation filter.
        facts.reduced_fetal_movement |= bool(_FETAL_MOVEMENT_LOW.search(clause))
        facts.chin_to_chest |= bool(_CHIN_TO_CHEST.search(clause))
    return facts


@dataclass(frozen=True)
class FactFinding:
    """One fired fact rule: its id and category."""

    rule: str
    category: str


def assess_facts(facts: Facts) -> list[FactFinding]:
    """Apply the rules over facts; every finding is emergency level."""
    found = []
    fever = facts.fever_word or any(t >= 38.0 for t in facts.temperatures_c)
    if any(t < 38.0 for t in facts.temperatures_c) and not any(t >= 38.0 for t in facts.temperatures_c):
        fever = False  # a stated normal reading outweighs "feels hot"
    if fever and any(days < 90 for days in facts.age_days):
        found.append(FactFinding("facts.infant_under_3_months_fever", "infant_fever"))
    if facts.pregnant and (facts.bleeding or facts.reduced_fetal_movement or facts.severe_belly_pain):
        found.append(FactFinding("facts.pregnancy_bleeding_or_movement", "pregnancy"))
    if facts.reduced_fetal_movement and not facts.pregnant:
        found.append(FactFinding("facts.reduced_fetal_movement", "pregnancy"))
    if facts.taken and facts.substance and (facts.amount or facts.child) and not facts.dose_question:
        found.append(FactFinding("facts.substance_amount_taken", "overdose_poisoning"))
    if facts.corrosive_on_body:
        found.append(FactFinding("facts.corrosive_burn", "burns"))
    if facts.chin_to_chest and fever:
        found.append(FactFinding("facts.neck_stiffness_fever", "meningitis"))
    if facts.wound and facts.heavy_flow:
        found.append(FactFinding("facts.wound_heavy_bleeding", "bleeding"))
    return found
