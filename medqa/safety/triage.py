"""Red-flag triage (English, Simplified and Traditional Chinese) that runs before any generation.

How it works, in three layers, so that it generalises to phrasings nobody wrote down:
1. `normalize` folds case, full-width characters, Traditional Chinese, curly quotes, contractions and
   common misspellings.
2. Concept lexicons (data: medqa/safety/data/triage_rules.yaml, read and diffed by clinicians) (bilingual regexes: CHEST, PAIN, SEVERE, CHILD, ...) are found in the text; each
   occurrence is dropped when it is clearly negated ("no chest pain", "没有胸痛") or, for some concepts,
   when its clause talks about the past or asks for general information ("history of heart attack in
   my family", "warning signs of a stroke"). Hedges keep it ("not sure if it's a heart attack").
3. Rules combine concepts within a window of tokens (English words / Chinese characters): a rule fires
   when one occurrence of each of its concepts lies within the window. Levels: emergency > urgent > none.

When in doubt the rules fire: a false alarm costs a redirect, a miss can cost a life.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from pathlib import Path


from moe_core.errors import UserError

from medqa.safety.facts import _BURN_SEVERE_SIGN, _NOT_INGESTION, _READING_QUESTION, assess_facts, extract_facts, mask_not_ingestion, temperatures_told
from medqa.safety.locales import LocaleInfo, resolve_locale
from medqa.safety.lay_signs import _IF_EVER, _fires as _lay_fires, denied_signs, denies_itself, lay_red_flags, lay_sign_hits, load_lay_signs, without_inner_negation
from medqa.safety.learned import is_learned_emergency
from medqa.safety.normalize import Tokens, fold_traditional, normalize_triage as normalize, tokenize
from medqa.safety.similarity import similar_red_flags
from medqa.safety.rule_files import read_rule_file

EMERGENCY, URGENT, NONE = "emergency", "urgent", "none"
LEVEL_RANK = {NONE: 0, URGENT: 1, EMERGENCY: 2}


@dataclass(frozen=True)
class Concept:
    """A bilingual lexicon entry; `named` = a diagnosis name that info/logistics questions mention harmlessly."""

    pattern: str
    named: bool = False
    persistent: bool = False  # never dropped for past-time context (suicidality)


@dataclass(frozen=True)
class Rule:
    """Fires when one occurrence of every concept in `all_of` lies within `window` word units."""

    id: str
    category: str
    level: str
    all_of: tuple[str, ...]
    window: int = 12
    none_of: tuple[str, ...] = ()  # vetoes anywhere in the message


RULE_DATA = Path(__file__).parent / "data" / "triage_rules.yaml"
DERIVED_CONCEPTS = frozenset({
    "YOUNG_INFANT", "INFANT_3_6M", "_OLDER", "FEVER_VALUE", "HIGH_FEVER_VALUE", "NORMAL_TEMP_VALUE", "GLUCOSE_EXTREME",
})


def _compile(where: str, patterns) -> re.Pattern:
    """Join a list of regex alternatives and compile it, naming the entry on a bad pattern."""
    if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) and p for p in patterns):
        raise UserError(f"{RULE_DATA.name}: {where} needs a non-empty list of non-empty pattern strings")
    try:
        return re.compile("|".join(patterns))
    except re.error as exc:
        raise UserError(f"{RULE_DATA.name}: {where} has a bad regular expression: {exc}") from exc


def load_rule_data(path: Path = RULE_DATA) -> tuple[dict[str, Concept], list[Rule], dict]:
    """Read and check the concept lexicons, rules and context patterns from the YAML rule data file."""
    data = read_rule_file(path, "triage rule data", ("concepts", "rules", "context"), exact=False)
    concepts: dict[str, Concept] = {}
    for name, entry in data["concepts"].items():
        if not isinstance(entry, dict) or set(entry) - {"patterns", "named", "persistent"}:
            raise UserError(f"{path.name}: concept {name} may only have patterns, named, persistent")
        _compile(f"concept {name}", entry.get("patterns"))
        concepts[name] = Concept("|".join(entry["patterns"]), bool(entry.get("named")), bool(entry.get("persistent")))
    rules: list[Rule] = []
    for entry in data["rules"]:
        rule_id = entry.get("id", "?") if isinstance(entry, dict) else "?"
        if not isinstance(entry, dict) or entry.get("level") not in (EMERGENCY, URGENT) or not entry.get("all_of"):
            raise UserError(f"{path.name}: rule {rule_id} needs id, category, level (emergency|urgent) and all_of")
        unknown = (set(entry["all_of"]) | set(entry.get("none_of", ()))) - set(concepts) - DERIVED_CONCEPTS
        if unknown:
            raise UserError(f"{path.name}: rule {rule_id} names unknown concepts {sorted(unknown)}")
        rules.append(Rule(entry["id"], entry["category"], entry["level"], tuple(entry["all_of"]),
                          int(entry.get("window", 12)), tuple(entry.get("none_of", ()))))
    return concepts, rules, data["context"]


CONCEPTS, RULES, _CONTEXT = load_rule_data()
_COMPILED = {name: re.compile(c.pattern) for name, c in CONCEPTS.items()}
# Clause context that means "not happening to someone now", information questions, hedges, negation cues.
_PAST = _compile("context past", _CONTEXT["past"] + _CONTEXT["hypothetical"])
_INFO = _compile("context info", _CONTEXT["info"])
_HEDGE = _compile("context hedge", _CONTEXT["hedge"])
_NEG_ZH = _compile("context negation_zh", _CONTEXT["negation_zh"])
_NEG_EN = set(_CONTEXT["negation_words_en"])
# "can not get the bleeding to stop" negates the verb, not the symptom: modal + not is no negation cue.
_MODALS = set(_CONTEXT["modal_words_en"])
_NEG_FILLER_EN = set(_CONTEXT["negation_filler_words_en"])


@dataclass
class TriageResult:
    """Outcome of red-flag triage: level, the rules that fired, and their categories."""

    level: str = NONE
    rules: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)

    @property
    def urgent(self) -> bool:
        """True for any level above none (emergency or urgent)."""
        return self.level != NONE

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"level": self.level, "urgent": self.urgent, "rules": list(self.rules), "categories": list(self.categories)}


_ZH_NUM = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "半": 0.5}
_EN_NUM = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "few": 2}
_AGE_EN = re.compile(
    r"\b(\d{1,3}|one|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|few)"
    r"[ -]?(day|days|week|weeks|wk|wks|month|months|mo|mos)[ -]?(old|of age)\b"
    r"|\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (day|days|week|weeks|month|months)"
    r" (baby|infant|newborn)\b"
    r"|\b(?:baby|infant|newborn|son|daughter|boy|girl|ds|dd|lo|bub|bubs|bubba)(?: is)? (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve) (day|days|week|weeks|wk|wks|month|months)\b"
    # round 27 (blind25): 'he is 7 weeks' beside a temperature (not 'weeks pregnant', 'weeks post-op', 'weeks into')
    r"|\b(?:he|she) is (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (day|days|week|weeks|wk|wks)\b"
    r"(?! (pregnant|post|after|into|in|along|late|overdue|sober|clean|off|out|since|ago|until|till|of|on|from|away|behind|gone))"
)
_AGE_ZH = re.compile(r"(\d{1,3}|[一两二三四五六七八九十半]{1,3})(个)?(多)?(天|周|星期|月)(大|的宝宝|的婴儿|的孩子|宝宝|婴儿)")
_AGE_ZH_SHORT = re.compile(r"(?:才|刚|只有|刚满|不到)(\d{1,3}|[一两二三四五六七八九十半]{1,3})(个)?(多)?(天|周|星期|月)")
# TR28 (blind27): an age in brackets after the child, with 几/多 for 'forty-odd' (外孙女（四十几天）, (出世五礼拜))
_AGE_ZH_PAREN = re.compile(r"[(（](?:出世|出生|才|刚)?(\d{1,3}|[一两二三四五六七八九十半]{1,3})(几|多)?(个)?(多)?(天|周|星期|礼拜|禮拜|月)(大)?[)）]")
_NEWBORN = re.compile(r"\b(newborn|new born|neonate|neonatal)\b|新生儿|新生宝宝|刚满月|满月|刚出生|出生[\d一二三四五六七八九十两]{1,3}天")
_TEMP = re.compile(r"(?<![\d.])(\d{2,3}(?:\.\d{1,2})?)(?!\.?\d) ?(°|degrees?|deg|c(?![a-z])|f(?![a-z])|度|℃|℉)?(?!\.?\d)")
_TEMP_CUE = re.compile(r"\b(fever|temp\w*|thermometer|degrees?|reading)\b|发烧|发热|体温|高烧|烧到|度|耳温|额温|肛温|腋温")  # TR28: an ear or forehead reading (耳温38.1)
_GLUCOSE_UNIT = re.compile(r"(\d{1,3}(?:\.\d{1,2})?) ?(?:mmol|mg ?/ ?dl|mgdl)")
_DIABETES_SAID = re.compile(r"\b(type (1|one|2|two)|t1d?|t2d?|diabet\w*|insulin|hypo\w*)\b|糖尿病|胰岛素|低血糖")
_METER_VALUE = re.compile(r"\b(?:meter|monitor|libre|cgm|dexcom|finger ?prick|bm|(?:her|his|my|their|the) reading)\b(?: (?:reads|reading|says|said|shows|showed|showing|is|was|gave|of|at)){1,2}:? (\d{1,3}(?:\.\d)?)(?![\d.%])")
# TR36: not the 1 of 'HbA1c' (a number glued to letters is a name, not a reading)
# round 39z (blind59b): never an emergency number called after a low sugar (低血糖晕过一次，打咗 911)
_GLUCOSE_NUM = re.compile(r"(?:blood sugars?|sugars?|glucose|bgl?|bsl|血糖)\D{0,12}?(?<![a-z])"
                          r"(?:(?<!打)(?<!打 )(?<!打了)(?<!打了 )(?<!拨打)(?<!拨打 )|(?!(?:120|999|911|112|110|119)(?!\d)))(\d{1,3}(?:\.\d{1,2})?)(?![a-z])")
# round 27 (blind25): a blood sugar written in Chinese numerals (血糖二点多, 血糖才一点八, 血糖三十几), the number ending
# the phrase (not 一直, 一点都不高, 两次)
_ZH_DIGITS = "零〇一二两三四五六七八九十"
_GLUCOSE_ZH = re.compile(r"血糖[^\d" + _ZH_DIGITS + r",.;:?!，。；：？！]{0,6}?([一二两三四五六七八九十]{1,3})(?:点([零〇一二三四五六七八九])|点(多|几)|(多|几))?"
                         r"(?=\s*(?:$|[,.;:?!，。；：？！、]|mmol|毫摩|左右|而已|了|啊|呀|喔|哦|的样子|上下|度))")


def _zh_number(s: str) -> float:
    """Parse a small number written in digits or Chinese numerals (二十, 两, 十五)."""
    if s.isdigit():
        return float(s)
    total = 0.0
    for ch in s:
        total = total * 10 if ch == "十" and total else total
        total += _ZH_NUM.get(ch, 0) if ch != "十" else (0 if total else 10)
    return total


def _age_in_days(amount: float, unit: str) -> float:
    """Convert an age in days/weeks/months (English or Chinese unit) to days."""
    if unit.startswith(("day", "天")):
        return amount
    if unit.startswith(("w", "周", "星期")):
        return amount * 7
    return amount * 30.4


def _derived_hits(tokens: Tokens) -> dict[str, list[int]]:
    """Concepts computed from numbers: infant age bands, temperature and glucose values (char offsets)."""
    text = tokens.text
    out: dict[str, list[int]] = {}
    for m in _AGE_EN.finditer(text):
        amount_s, unit = next((m.group(i), m.group(i + 1)) for i in (1, 4, 7, 9) if m.group(i))
        amount = float(amount_s) if amount_s.isdigit() else _EN_NUM.get(amount_s, 0)
        days = _age_in_days(amount, unit)
        out.setdefault("YOUNG_INFANT" if days < 90 else "INFANT_3_6M" if days < 183 else "_OLDER", []).append(m.start())
    for m in _AGE_ZH.finditer(text):
        days = _age_in_days(_zh_number(m.group(1)), m.group(4))
        out.setdefault("YOUNG_INFANT" if days < 90 else "INFANT_3_6M" if days < 183 else "_OLDER", []).append(m.start())
    for m in _AGE_ZH_SHORT.finditer(text):
        days = _age_in_days(_zh_number(m.group(1)), m.group(4))
        out.setdefault("YOUNG_INFANT" if days < 90 else "INFANT_3_6M" if days < 183 else "_OLDER", []).append(m.start())
    for m in _AGE_ZH_PAREN.finditer(text):
        days = _age_in_days(_zh_number(m.group(1)) + (5 if m.group(2) and m.group(1) in ("二十", "三十", "四十", "五十", "六十", "七十", "八十") else 0),
                            "星期" if m.group(5) in ("礼拜", "禮拜") else m.group(5))
        out.setdefault("YOUNG_INFANT" if days < 90 else "INFANT_3_6M" if days < 183 else "_OLDER", []).append(m.start())
    for m in _NEWBORN.finditer(text):
        out.setdefault("YOUNG_INFANT", []).append(m.start())
    has_cue = bool(_TEMP_CUE.search(text))
    for m in _TEMP.finditer(text):
        value, unit = float(m.group(1)), (m.group(2) or "")
        celsius = value if 34 <= value <= 43.5 and unit not in ("f", "℉") else None
        if celsius is None and 93 <= value <= 110 and unit not in ("c", "℃"):
            celsius = (value - 32) / 1.8
        if celsius is None or not (unit or has_cue):
            continue
        if celsius >= 38.0:
            out.setdefault("FEVER_VALUE", []).append(m.start())
            if celsius >= 39.0:
                out.setdefault("HIGH_FEVER_VALUE", []).append(m.start())
        else:
            out.setdefault("NORMAL_TEMP_VALUE", []).append(m.start())
    for m in _GLUCOSE_ZH.finditer(text):
        v = _zh_number(m.group(1)) + (_ZH_NUM.get(m.group(2) or "", 0) / 10 if m.group(2) else 0.5 if (m.group(3) or m.group(4)) else 0)
        if v <= 3.5 or 20 <= v <= 60:
            out.setdefault("GLUCOSE_EXTREME", []).append(m.start(1))
    for m in list(_GLUCOSE_NUM.finditer(text)) + list(_GLUCOSE_UNIT.finditer(text)):
        v = float(m.group(1))
        # mmol/L below 3.5, mg/dL 20-60 (either unit is dangerous there), or mg/dL 400+.
        if v <= 3.5 or 20 <= v <= 60 or v >= 400:
            out.setdefault("GLUCOSE_EXTREME", []).append(m.start(1))
    if re.search(r"\b(meter|reading|glucose|sugar)\w*( \w+){0,3} (says|said|reads|shows|is) hi\b", text):
        out.setdefault("GLUCOSE_EXTREME", []).append(0)
    if _DIABETES_SAID.search(text):
        # round 18: 'type 1, the meter reads 1.9': a meter's number in a diabetic, told without the word sugar
        for m in _METER_VALUE.finditer(text):
            v = float(m.group(1))
            if v <= 3.0 or 20 <= v <= 54 or v >= 450:
                out.setdefault("GLUCOSE_EXTREME", []).append(m.start(1))
    return out


# a Chinese sign word said to be normal right after it (喘气正常, 呼吸都顺畅), not asked (呼吸正常吗)
# round 39z (blind59a): northern 好着呢 / 好好的 / 没毛病 (白天喘气好着呢) say it is fine too
# round 40z (blind60b): after a filler that lists the sign with others (喘气啥的都没毛病, 呼吸什么的都正常)
_SAID_NORMAL_AFTER = re.compile(r"[^\s,.;:!?，。；：！？不没无未唔冇]{1,3}(啥的|什么的|之类的?|这些|那些|方面|等等)?(都|也|还|很|挺|好|算|比较)?(正常|顺畅|畅顺|平顺|平稳|没问题|没有问题|ok|好着呢|好好的|没毛病)(?![吗么嘛呢?？]|不)")


def _is_negated(tokens: Tokens, tok: int, char_start: int) -> bool:
    """True when a negation cue precedes the occurrence in its clause with only filler words between."""
    text = tokens.text
    if "\u3400" <= text[char_start] <= "\u9fff" and _SAID_NORMAL_AFTER.match(text, char_start):
        return True  # round 24: 喘气正常, 呼吸顺畅 (the sign word, then 'normal': a denial after the word)
    if char_start > 0 and "\u3400" <= text[char_start] <= "\u9fff":
        before = text[max(0, char_start - 6) : char_start]
        before = re.split(r"[,.;!?\u3002\uff0c\uff1b\uff01\uff1f\u3001但]", before)[-1]
        return bool(_NEG_ZH.search(before)) and not _HEDGE.search(text[max(0, char_start - 10) : char_start])
    clause = tokens.clause_ids[tok]
    j = tok - 1
    gap = 0
    listed = False  # "no fever or chest pain": the cue reaches across an "or" list
    while j >= 0 and tokens.clause_ids[j] == clause and gap <= (8 if listed else 4):
        w = tokens.words[j]
        if w in _NEG_EN and not (w == "not" and j > 0 and tokens.words[j - 1] in _MODALS):
            context = " ".join(tokens.words[max(0, j - 2) : j + 3])
            return not _HEDGE.search(context)
        if w in ("or", "nor"):
            listed = True
        elif w not in _NEG_FILLER_EN and not listed:
            return False
        gap += 1
        j -= 1
    return False


def _clause_spans(tokens: Tokens) -> dict[int, tuple[int, int]]:
    """Char span of every clause, computed once per message (keeps context checks linear)."""
    spans: dict[int, tuple[int, int]] = {}
    for word, start, clause in zip(tokens.words, tokens.starts, tokens.clause_ids):
        lo, _ = spans.get(clause, (start, start))
        spans[clause] = (lo, start + len(word))
    return spans


MAX_HITS_PER_CONCEPT = 64  # a message never needs more; caps the work on adversarial input
_BLANCHING_RASH = _COMPILED["BLANCHES"]
_SENTENCE_RE = re.compile(r"[^.;!?\n\u3002\uff1b\uff01\uff1f]+")
_PAST_SENTENCE = _compile("context hypothetical", _CONTEXT["hypothetical"])
_INJURY_VERB = re.compile(r"(cut|burn|hurt|harm)\w* (myself|my ?self)$")


def _lexicon(name: str) -> re.Pattern:
    """A compiled lay-sign lexicon (data/triage_lay_signs.yaml) reused as message context here."""
    return load_lay_signs()[0][name].regex


# Round 12: someone here told in the act of an emergency ('she took an overdose', 'he has swallowed', 她吞了): a
# practical word in another clause (the leaflet next to her, the form for the crew) does not make it a practical
# question. 'had a stroke' is left out: 'she had a stroke, can we book rehab' is the practical question.
_PRESENT_ACT = re.compile(
    r"\b(i|he|she|they|we|(my|our|his|her|their) \w+)( (has|have|had|is|are|am|just|has just|have just|had just))? "
    r"(took|taken|swallowed|overdosed|drank|drunk|collapsed|having|fitting|seizing)\b"
    r"|(我|他|她)(的?\w{0,2})?(刚|刚刚|已经)?(吞|吃|喝|服)(了|下)")
_CLAUSE_RE = re.compile(r"[^,;:\uff0c\uff1b\uff1a]+")
_CLAUSE_SPLIT = re.compile(r"[,.;:!?\n\uff0c\u3002\uff1b\uff1a\uff01\uff1f]")


# everyday5 (held, found after its one run): whether to wait for the booked visit is asked about something happening
# ('32 weeks, bleeding quite a lot ... midwife appointment is next week. Should I wait for it?'): no practical frame.
_WAIT_FOR_IT = re.compile(r"\b(should|can|could|do|shall) (i|we|she|he|they) (just )?wait\b|\bcan (it|this|that) wait\b|"
                          r"\bwait (for|until|till) (it|the|my|her|his|then)\b|要不要等|能不能等|可不可以等|等得(到|及)|等不等")


# round 38l: a time of today with an event told in it ('today he had another fit', 'tonight it happened again', 今天又抽了)
_R38L_TODAY_EVENT = re.compile(
    r"\b(today|tonight|this (morning|afternoon|evening)|just now|an hour ago),? (he|she|i|they|it|we|my \w+|his \w+|her \w+|our \w+)"
    r"( (has|have|just|suddenly|then))* (had|went|collapsed|fitted|seized|started|happened|took)\b"
    r"|\b(had|has had|having) (another|a second|a new)\b[^,.;:!?\n]{0,20}\b(today|tonight|this (morning|afternoon|evening)|just now)\b"
    r"|\b(happened|started|had it|had one) again (today|tonight|this (morning|afternoon|evening)|just now)\b"
    r"|(今天|今日|今晚|今早|今朝|刚才|刚刚|头先)[^,.;:!?\n，。；：！？]{0,8}(又|再)(发作|犯|抽|晕|痛|来|出现|发生)")


def _practical_without_acute(norm: str) -> bool:
    """True for a practical question (booking, rehab, records, expiry) with nothing said to be happening now."""
    practical = _lexicon("PRACTICAL_FRAME")
    if not practical.search(norm) or _lexicon("ACUTE_NOW").search(norm) or _WAIT_FOR_IT.search(norm):
        return False
    # the act and the practical word in one clause ('she took her overdose leaflet to the GP') stay practical
    # round 38l: so does a time of today beside the practical word; told in a clause of its own ('had a fit last month
    # ... today he had another fit and he is still drowsy', 今天又抽了) it is a new event, not the old one's errand
    return not any((_PRESENT_ACT.search(c) or _R38L_TODAY_EVENT.search(c)) and not practical.search(c)
                   for c in _CLAUSE_SPLIT.split(norm))


def _accidental_injury(norm: str) -> bool:
    """True when an injury is told as an accident (garden, kitchen, tetanus) with no sign of intent."""
    return bool(_lexicon("ACCIDENT_CONTEXT").search(norm)) and not _lexicon("SELF_HARM_INTENT_MARKER").search(norm)


# Experiential 过 after an earlier-time word (之前胸痛过, 以前抽过一次), and X的话 = "if X" before a question
# (胸口疼的话挂什么科; never 说的话, "the words said").
_ZH_EXPERIENTIAL_OR_IF = re.compile(
    r"(之前|以前|曾经|早前|前阵子|前段时间|前些日子|那阵子?|上回).{0,10}过(?![来去敏期])"
    r"|(?<![说讲整])的话(?=[,，]?(应该|该|要|需要|得|怎么|挂|看|去|是不是|算不算|可以|能不能|有没有))"
)
# Said to be happening now or again: keeps every clause current.
_NOW_OR_AGAIN = re.compile(
    r"\b(again|now|right now|today|tonight|currently|at the moment)\b|又|再次|今天|今晚|刚才|刚刚|正在"
    r"|现在(?!(都|已经|也|还)?(没事|好了|都好|很好|没有|没|不(痛|疼|难受|抽|喘)|康复|恢复|正常))"
)
# Intensity or time-now words: a question asked by someone in the middle of it ("crushing chest pain, which department?").
_NOW_OR_SEVERE = re.compile(
    r"\b(now|currently|at the moment|tonight|today|this (morning|evening|afternoon)|since|for the (last|past)|severe\w*|"
    r"crushing|worst|really bad|so bad|very bad|terrible|unbearable|agony|can not|please help|help me|emergency)\b"
    r"|现在|刚才|刚刚|一直|今天|今晚|很痛|很疼|剧痛|厉害|受不了|救命|不行了"
)


# A turn in the story inside one clause: what follows it is now, whatever past time came before it.
_NOW_TURN = re.compile(r"\b(and|but|so) now\b|\bnow (he|she|it|they|i|his|her|my|the)\b"
                       r"|\b(and|but) (today|tonight|this (morning|afternoon|evening))\b"
                       # round 10: a new state told in the present after a past event ('last week and his chest is ...')
                       r"|\b(and|but) ((he|she|they|his|her|their|my) (\w+ )?)?"
                       r"(is|are|has|have|keeps?|can not|will not|started|looks?) "
                       r"(?!(fine|ok|okay|well|better|home|stable|recovering|doing)\b)")


def find_concepts(text: str) -> dict[str, list[float]]:
    """Positions (word units) of every concept occurrence that survives negation and context filtering."""
    norm = normalize(text)
    tokens = tokenize(norm)
    if not tokens.words:
        return {}
    bounds = _clause_spans(tokens)
    past_cache: dict[int, tuple[bool, list[int]]] = {}
    info_cache: dict[int, bool] = {}

    # 之前胸痛过 (had it once) and 胸口疼的话 (if the chest hurts) are not now, unless the message says it is
    # happening again or now ("之前胸痛过，今天又痛了").
    zh_not_now = _ZH_EXPERIENTIAL_OR_IF if not _NOW_OR_AGAIN.search(norm) else None

    def past_in(segment: str) -> bool:
        return bool(_PAST.search(segment) or (zh_not_now and zh_not_now.search(segment)))

    def in_past(clause: int, pos: int | None = None) -> bool:
        if clause not in past_cache:
            a, b = bounds[clause]
            past = past_in(norm[a:b])
            past_cache[clause] = (past, [a + t.start() for t in _NOW_TURN.finditer(norm[a:b])] if past else [])
        past, turns = past_cache[clause]
        turn = max((t for t in turns if pos is not None and t <= pos), default=None)
        if turn is not None:
            # 'his epipen expired last month and now he can not breathe': only what follows the turn is read
            return past_in(norm[turn:bounds[clause][1]])
        return past

    def in_info(clause: int) -> bool:
        if clause not in info_cache:
            a, b = bounds[clause]
            info_cache[clause] = bool(_INFO.search(norm[a:b]))
        return info_cache[clause]

    # "If I ever get chest pain, ..." and "万一..., ...": the whole sentence is hypothetical, not just its clause.
    # Round 12: it ends at a turn to now after the cue ('asks if I ever had a seizure, no, but my son is fitting').
    hypothetical_spans = []
    for m in _SENTENCE_RE.finditer(norm):
        cues = [c.start() for c in (_PAST_SENTENCE.search(m.group(0)), _IF_EVER.search(m.group(0))) if c]
        if cues:
            turn = _NOW_TURN.search(m.group(0), min(cues))
            end = m.start() + turn.start() if turn else m.end()
            for clause in _CLAUSE_RE.finditer(norm, m.start() + min(cues), end):
                if clause.start() > m.start() + min(cues) and _CURRENT_NOW.search(clause.group(0)):
                    end = clause.start()  # '..., my son is having one right now' is told of now
                    break
            hypothetical_spans.append((m.start(), end))
    practical = _practical_without_acute(norm)
    accidental = _accidental_injury(norm)

    def in_hypothetical(pos: int) -> bool:
        return any(a <= pos < b for a, b in hypothetical_spans)

    hits: dict[str, list[float]] = {}
    for name, regex in _COMPILED.items():
        concept = CONCEPTS[name]
        found = hits.setdefault(name, [])
        if concept.named and practical:
            continue  # "recovering from a stroke, can we book speech therapy": a named condition, nothing acute
        for m in regex.finditer(norm):
            if len(found) >= MAX_HITS_PER_CONCEPT:
                break
            tok = tokens.index_at(m.start())
            clause = tokens.clause_ids[tok]
            if _is_negated(tokens, tok, m.start()) or denies_itself(m.group(0)):
                continue
            if not concept.persistent and (in_past(clause, m.start()) or in_hypothetical(m.start())):
                continue
            if concept.named and in_info(clause):
                continue
            if name == "SELF_HARM" and accidental and _INJURY_VERB.match(m.group(0)):
                continue  # "cut myself in the garden, do i need tetanus" is an accident, not self-harm
            found.append(tokens.positions[tok])
    for name, starts in _derived_hits(tokens).items():
        found = hits.setdefault(name, [])
        for start in starts[:MAX_HITS_PER_CONCEPT]:
            tok = tokens.index_at(start)
            if not in_past(tokens.clause_ids[tok], start) and not in_info(tokens.clause_ids[tok]):
                found.append(tokens.positions[tok])
    return {name: found for name, found in hits.items() if found}


def _rule_fires(rule: Rule, hits: dict[str, list[float]]) -> bool:
    """True when every concept of the rule occurs within its window and no veto concept occurs."""
    if any(name in hits for name in rule.none_of):
        return False
    lists = [hits.get(name) for name in rule.all_of]
    if not all(lists):
        return False
    if len(lists) == 1:
        return True
    # Occurrence lists are short (a message has few mentions of a concept), so the product stays small.
    for combo in product(*(lst[:12] for lst in lists)):
        if max(combo) - min(combo) <= rule.window:
            return True
    return False


def _learned_findings(text: str) -> list[Rule]:
    """The learned net's emergency (learned.py: logistic over n-grams, words in a negation scope marked, fitted on
    blind4-blind12, the project's sets and the knowledge base's practical questions), as a pseudo-rule the vetoes
    below still apply to. On by default since the sixth session: with each of blind9-12 held out and the rules
    frozen at that batch's first run it added 21 of their misses and no false alarm; on blind13, never fitted,
    447 -> 449/464 with no false alarm; over all 10,699 spent rows with today's rules it changes one row (a missed
    stroke caught). `RedFlagTriage(learned_net=False)` turns it off."""
    flagged, category = is_learned_emergency(text)
    if flagged and category == "infant_fever" and _older_than_infant(text):
        return []
    if flagged and category == "suicide_self_harm" and _ORDINARY_OCCASION.search(normalize(text)):
        return []
    return [Rule(f"learned.{category}", category, EMERGENCY, ())] if flagged else []


# Session 31: the net refitted on every writer reads a farewell or a decision ("thanks for everything", "tonight's the
# night") louder, and a leaver's or a suitor's message scored over its threshold ("thanks for everything, she's moving
# to Australia"; "tonight's the night, I'm going to propose"). The net's suicide finding alone is dropped when the
# message names such an occasion (a proposal, a wedding, emigrating, a flight; not background such as retiring, which
# an everyday26 emergency told beside pills saved up); the rules and lay signs keep their own reading (a rope, pills, a
# plan), and no spent suicide emergency that names such an occasion relied on the net alone.
_ORDINARY_OCCASION = re.compile(
    r"\b(propos(e|al|ing)|engaged|engagement|wedding|moving (abroad|to)|emigrat\w*|on the (plane|flight)|"
    r"boarding (a|the|her|his|my) (plane|flight))\b|求婚|订婚|婚礼|移民|登机|上飞机")


# The infant-fever category is a fever under three months. The net reads "孩子", "发烧" and a temperature and raises it
# for any child (三岁孩子发烧38.2度，感冒了，但精神好能喝水: lead's everyday probe, session 17); when the message gives the
# child an age of three months or more, and none under, the net's infant_fever finding is dropped. Rules and the facts
# detector keep their own reading of ages.
_OLDER_AGE = re.compile(
    r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)[- ]?"
    r"(years?|yrs?|yr)[- ]?olds?\b|\b\d{1,2} ?(yo|y/o|y\.o\.)\b|\b(aged?|is|turned) (\d{1,2}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)( years)?\b(?! (weeks?|days?|months?))|\b([3-9]|1\d|2[0-4])[- ]?(months?|mo|mths?)[- ]?old\b|"
    r"\b(toddler|preschooler|schoolboy|schoolgirl|teen|teenager)s?\b|"
    r"[一二两三四五六七八九十\d]+(周岁|岁|歲)|(?<![一二两\d])([三四五六七八九十]|[3-9]|1\d|2[0-4])个多?月(?!不到|以内|以下|内|未满)|"
    r"(?<![一二兩\d])([三四五六七八九十]|[3-9]|1\d|2[0-4])個多?月(?!不到|以內|以下|內|未滿)")
_INFANT_AGE = re.compile(
    r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]?(days?|weeks?|wks?)[- ]?olds?\b|"
    r"\b([12]|one|two)[- ]?(months?|mo|mths?)[- ]?olds?\b|\bnewborn|\bneonat|(?<![十\d])([一二两兩]|[12])个?個?多?月|"
    r"[\d一二两三四五六七八九十]+(天|周|週|星期|礼拜|禮拜)大|满月|滿月|三个月不到|三個月不到|未满三个月|未滿三個月")


def _older_than_infant(text: str) -> bool:
    """Whether the message gives an age of three months or more and none under it."""
    norm = normalize(text)
    return bool(_OLDER_AGE.search(norm)) and not _INFANT_AGE.search(norm)


# Round 17: a sign said to be fine ('he is breathing normally', 'moving normally') is a denial too.
_SIGN_SAID_FINE = re.compile(r"\b(breathing|breathes|moving|talking|speaking|walking|eating|drinking|feeding|awake|alert|responding)"
                             r" (normally|fine|ok|okay|well|as (usual|normal))\b|呼吸(正常|顺畅|没问题)|(精神|反应)(正常|很好|挺好)")


# A faint at the sight of blood or a needle (a blood test, a jab, giving blood) from which the person came round at once
# is a common faint, not a bleed: the net reads "blood", "pale" and "fainted" together (LN8's refit scored one 0.833 at
# a threshold of 0.832). Only the net's finding is dropped, and only with the recovery said.
_FAINT_AT_SIGHT = re.compile(
    r"\b(faint(ed|s|ing)?|passed out|blacked out|keeled over|went (all )?(pale|white|grey|gray|woozy|dizzy|light-?headed))\b"
    r"[^.?!]{0,80}\b(sight of (blood|the needle|needles|a needle)|blood (tests?|draws?|samples?)|needles?|jabs?|injections?|"
    r"vaccin\w*|cannula|having (her |his |my )?blood taken|giving blood|blood donation|"
    # session 38 (lead): the blood taken told with the taker as subject ('fainted when they took his blood')
    r"(took|taking|taken|take|drew|drawing|drawn) (his |her |my |their |some |the )?blood|blood (was |being |got )?(taken|drawn))\b|"
    r"\b(sight of (blood|the needle|needles|a needle)|blood (tests?|draws?|samples?)|jabs?|injections?|vaccin\w*|giving blood)\b"
    r"[^.?!]{0,80}\b(faint(ed|s|ing)?|passed out|blacked out|keeled over)\b|"
    r"晕血|暈血|晕针|暈針|(见|看到|看見|看见)血.{0,4}(晕|暈)|(抽血|打针|打針|验血|驗血|捐血|献血|打疫苗).{0,8}(晕|暈)")
_CAME_ROUND = re.compile(
    r"\b(came (round|to|around)|come (round|to)|woke (up )?(straight|right) (away|up)|(fine|ok|okay|alright|all right) now|"
    r"back to (normal|herself|himself)|now (eating|drinking|chatting|talking|sitting up|fine|ok|okay))\b|"
    r"(马上|很快|一下|一会儿?|立刻)(就)?(醒|醒过来|醒返|好)|醒过来了|醒返|现在(没事|好了|正常)|而家(冇事|好返)")


def _faint_at_sight_recovered(text: str) -> bool:
    """A faint at the sight of blood or a needle, with the person said to have come round."""
    norm = normalize(text)
    return bool(_FAINT_AT_SIGHT.search(norm) and _CAME_ROUND.search(norm))


def _rule_sign_denied(text: str) -> bool:
    """Round 18: a sign the rules read only with its inner negation taken out ('胸口不痛' -> '胸口痛')."""
    norm = normalize(text)
    bare = without_inner_negation(norm)
    if bare == norm:
        return False
    before = {r.id for r in RULES if _rule_fires(r, find_concepts(norm))}
    return any(_rule_fires(r, find_concepts(bare)) and r.id not in before for r in RULES)


def _learned_sign_denied(text: str, fired: list[Rule]) -> list[Rule]:
    """Drop the learned net's emergency when nothing else raises one and the message denies a sign ('his face is not
    swollen and he is breathing normally', 'not drowsy and has not been sick'): the net reads the sign words, the
    rules read the denial (the lay signs' own negation test, `denied_signs`)."""
    learned = [r for r in fired if r.id.startswith("learned.")]
    if not learned or any(r.level == EMERGENCY and not r.id.startswith("learned.") for r in fired):
        return fired
    if not (denied_signs(text) or _SIGN_SAID_FINE.search(normalize(text)) or _rule_sign_denied(text) or
            _faint_at_sight_recovered(text)):
        return fired
    return [r for r in fired if not r.id.startswith("learned.")]


class RedFlagTriage:
    """Red-flag triage over one message or a conversation: the higher level of two independent detectors.

    Detector 1 is the concept/window rules above. Detector 2 reads facts (facts.py: ages, temperatures,
    pregnancy, substance + amount taken) and compares sentences with an exemplar bank (similarity.py).
    Rule ids say which detector fired: rule data ids, "facts.*", "similar.<category>", or "learned.<category>"
    (the learned net, on by default: `_learned_findings`).
    """

    def __init__(self, rules: list[Rule] | None = None, second_detector: bool = True, learned_net: bool = True):
        self.rules = list(RULES if rules is None else rules)
        self.learned_net = learned_net
        self.second_detector = second_detector

    def _second_detector(self, part: str) -> list[Rule]:
        """Findings of the facts rules and the similarity net, as emergency-level pseudo-rules."""
        findings = [Rule(f.rule, f.category, EMERGENCY, ()) for f in assess_facts(extract_facts(part))]
        similar = similar_red_flags(part)
        if similar and _BLANCHING_RASH.search(normalize(part)):
            # "spots that fade under a glass" is the reassuring result of the glass test, not a red flag.
            similar = [f for f in similar if f.category != "meningitis"]
        findings += [Rule(f"similar.{f.category}", f.category, EMERGENCY, ()) for f in similar]
        findings += [Rule(f.rule, f.category, EMERGENCY, ()) for f in lay_red_flags(part)]
        if self.learned_net:
            findings += _learned_findings(part)
        return findings

    def assess(self, text: str) -> TriageResult:
        """Triage one message; a message in a wrapping frame is read again without it (`_without_wrapping`)."""
        result = self._assess_one(text)
        if result.level == EMERGENCY or not isinstance(text, str):
            return result
        core = _without_wrapping(text)
        if core == text or len(core.strip()) < 8:
            return result
        inner = self._assess_one(core)
        if all(rule.startswith("learned.") for rule in inner.rules):
            return result  # the learned net alone reads shorter texts louder: a rescue needs a rule, fact or lay sign
        return inner if LEVEL_RANK[inner.level] > LEVEL_RANK[result.level] else result

    def _assess_one(self, text: str) -> TriageResult:
        """Triage one message as written."""
        if not isinstance(text, str) or not text.strip():
            return TriageResult()
        # Very long messages: look at the head and the tail (where a new complaint usually is).
        parts = [text] if len(text) <= 40000 else [text[:20000], text[-20000:]]
        fired = []
        for part in parts:
            hits = find_concepts(part)
            fired += [r for r in self.rules if _rule_fires(r, hits) and r not in fired]
            if self.second_detector:
                fired += [r for r in self._second_detector(part) if r not in fired]
        fired = _everyday_benign(text, _minor_self_care(text, _context_vetoes(text, _drop_resolved(text, _learned_sign_denied(text, fired)))))
        if not fired:
            return TriageResult()
        level = max((r.level for r in fired), key=LEVEL_RANK.__getitem__)
        # Report the rules at the top level; lower-level rules are noise once an emergency is known.
        top = [r for r in fired if r.level == level]
        return TriageResult(level, _unique(r.id for r in top), _unique(r.category for r in top))

    def _assess_lay_only(self, text: str) -> TriageResult:
        """The lay-sign and facts detectors alone (used on joined conversation turns, where rules would double count)."""
        fired = [Rule(f.rule, f.category, EMERGENCY, ()) for f in lay_red_flags(text)]
        # Facts told in different turns belong to one person ("she's 6 weeks" ... "38.3 and grunting").
        fired += [Rule(f.rule, f.category, EMERGENCY, ()) for f in assess_facts(extract_facts(text))]
        if self.learned_net:
            fired += _learned_findings(text)
        fired = _everyday_benign(text, _minor_self_care(text, _context_vetoes(text, _drop_resolved(text, _learned_sign_denied(text, fired)))))
        if not fired:
            return TriageResult()
        return TriageResult(EMERGENCY, _unique(r.id for r in fired), _unique(r.category for r in fired))

    def assess_conversation(self, messages: list[dict] | list[str]) -> TriageResult:
        """Triage every user turn; the level is the max over turns so later push-back never lowers it.

        Only a later turn that corrects an earlier one may: explicitly (T33, `_corrected_turns`: "sorry, it was last
        summer", "说错了，是去年的事") or by explaining it away at once (round 35c, `_r35c_explained_turns`: a dream, an
        exam question, a benign cause with the person well now). The corrected turn is read again in that frame.
        Without a correction the conversation is also read whole, as one message (J34)."""
        best = TriageResult()
        rules: list[str] = []
        categories: list[str] = []
        texts = user_texts(messages)
        results = [self.assess(text) for text in texts]
        several = len(texts) > 1 and self.second_detector
        # an explicit correction (T33) governs where both find one
        corrected = {**_r35c_explained_turns(self, texts, results), **_corrected_turns(self, texts, results)} if several else {}
        for i, reread in corrected.items():
            results[i] = reread
        if several and not corrected and READ_CONVERSATION_WHOLE:
            # J34: the conversation is read as one message, so a later turn that explains the first ("it was in a
            # film", "from the blue slushie") is read as it would be in one message; the first turn alone no longer
            # decides. Each later turn is still read alone, so a new alarm in any later turn stands.
            candidates = results[1:] + [self.assess(" . ".join(texts))]
        else:
            # A flag told across turns ("he fell off the trampoline" ... "now he's being sick") is read as one text.
            joined_from = [text for i, text in enumerate(texts) if i not in corrected]
            joined = [" . ".join(joined_from[-3:])] if several else []
            candidates = results + [self._assess_lay_only(text) for text in joined]
        for result in candidates:
            if LEVEL_RANK[result.level] > LEVEL_RANK[best.level]:
                best, rules, categories = result, [], []
            if result.level == best.level and result.level != NONE:
                rules += result.rules
                categories += result.categories
        return TriageResult(best.level, _unique(rules), _unique(categories))


# J34 (issue 13, session 34): read a conversation as one message. Decided on conv55, a blind set of alarm-first
# conversations (128 emergencies, alarm in the first turn then logistics / thanks / detail): none lost, look-alikes
# raised 34 -> 21 of 64. Explicit corrections keep the T33 path (a whole read would ignore "it was a quiz question").
READ_CONVERSATION_WHOLE = True


# T33 (issue 13, session 33): a later turn that explicitly CORRECTS an earlier alarm ("My face swelled up after a wasp
# sting" / "sorry, it was last summer, I want to ask about allergy testing"; "我爸刚才胸口好痛" / "不好意思说错了，是去年
# 的事"). Push-back never lowers a level ("he's fine really", "it's probably nothing", "没事"): only a re-dating of the
# earlier turn to weeks or more ago, or saying it was not real (a scenario from an exam or first-aid homework, a
# hypothetical), and nothing in the later turns saying it is happening again or now.
_T33_PAST_EN = (
    r"(last (week|weekend|month|year|summer|winter|spring|autumn|fall|christmas|xmas|easter|term|semester)"
    r"|(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|couple of|several|many) (weeks?|months?|years?) ago"
    r"|(years|months|ages|a long time|long) ago|back in (the day|(19|20)\d\d|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|spring|summer|autumn|winter)|in (19|20)\d\d|the year before last"
    r"|when (i|he|she|we|they) (was|were) (a |an |at |in )?(kid|child|baby|toddler|teen\w*|little|young\w*|school|uni\w*|college|\d{1,2})"
    r"|as a (kid|child|baby|toddler|teen\w*))\b"
)
_T33_PAST_ZH = (
    r"(去年|前年|上年|早几年|好几年前|几年前|多年前|很多年前|好多年前|很久以前|好久以前|小时候|以前(?=的事)|"
    r"[\d一二两三四五六七八九十几]+(年|个月|个星期|个礼拜|星期|礼拜|周)(之)?前|上个?月|上个?星期|上个?礼拜|上周|\d{4}年)"
)
# The earlier turn re-dated: an anaphor with a past time ('that was last summer', 'it all happened years ago', 'that is
# from 2019'), a correction word with one ('I mean he was, two years ago', 'I am asking about last week, not today'),
# 去年的事 / 上个月的事了 (Cantonese folded: 上個月嘅事), or 说错了/打错了 with a past time.
_T33_REDATED = re.compile(
    r"\b(it|that|this|all that|all this)( all| one| whole thing)? (was|were|is|happened|occurred)"
    r"( all| only| actually| really| just| way| from| over| about| like)*( back)? " + _T33_PAST_EN +
    r"|\b(i mean|i meant|meant to say|should have said|forgot to (say|mention)|my mistake|my bad|correction|typo|"
    r"not today|not now|not right now|not at the moment|not currently|asking (you )?about|talking about)\b"
    r"[^.?!;\n]{0,60}?\b" + _T33_PAST_EN +
    r"|\b" + _T33_PAST_EN + r"[^.?!;\n]{0,20}?\bnot (today|now|right now|at the moment|currently|tonight)\b"
    r"|" + _T33_PAST_ZH + r"(的事|发生的|那次|那时|的时候)"
    r"|(说错|打错|讲错|写错|搞错|弄错|更正|纠正|我是说|我的意思是|不是现在|不是今天|不是刚才|不是这次)"
    r"[^.?!;。？！；\n]{0,20}?" + _T33_PAST_ZH
)
# The earlier turn not real: a hypothetical, a scenario from an exam, a course's homework, copied or made up.
_T33_NOT_REAL = re.compile(
    r"\bi (mean|meant)( it| that)? (hypothetically|in theory|theoretically|as an? (example|hypothetical|question|scenario))\b"
    r"|\b(it|that|this|that message|my last message)( was| is)( just| only| all| actually)* (a |an |my |me )?(\w+ ){0,3}?"
    r"(hypothetical|scenario|case study|exam|homework|assignment|coursework|quiz|role ?play|drill|test question|"
    r"practice question|revision question)\b"
    r"|\bi (was|am) (just |only )?(copying|quoting|practising|practicing|revising|reading out|typing out)\b"
    r"|\bmade (it|that) up\b|\b(that|it) (was|is) not (real|really happening)\b"
    r"|(说错|打错|讲错|写错|搞错|弄错)[^.?!;。？！；\n]{0,12}?(不是现在|不是今天|不是真的|不是刚才|没有这回事)"
    r"|(刚才|刚刚|上面|前面|之前|那|这)(条|则|句|段|个)?(信息|消息|讯息|话)?(是|只是|都是)[^.?!;。？！；\n,]{0,8}?"
    r"(考试|考题|作业|功课|练习题|练习|案例|假设|例子|题目)"
    r"|(是|只是)假设(的|性)?(问题|情况)|不是真的(发生|有)"
)
# Happening again or now: a correction with it is no correction ('that was last year, now he has it again', '又').
_T33_AGAIN = re.compile(
    r"\b(again|another (one|attack|episode|fit|seizure|bleed|reaction)|recur\w*|relaps\w*|it is back|back again|"
    r"(is|are) happening|happening (now|again)|this time|still|right now|as we speak|at the moment|currently|"
    r"same (thing|again|as (then|before|last time))|like last time)\b"
    r"|\bnow (he|she|it|they|his|her|my|the|our|baby|i|we) (has|have|keeps?|can not|will not|started|starts|looks?|feels?|got)\b"
    r"(?! (fine|ok|okay|well|better|recovered))"
    r"|\bnow (he|she|it|they|his|her|my|the|our|baby|i|we) (is|are)\b(?! (fine|ok|okay|well|better|recovered|doing|healthy|"
    r"grown|all grown|\d))"
    r"|又|再次|再度|复发|再发|还在|仍然|这次|正在|此刻|这会儿|眼下|(跟|和|同)上次一样"
)
# A correction refers to the earlier turn only when it opens the turn: before it at most an apology or interjection
# clause ('sorry I sent that too quick, it was last summer'); 'he had a stent put in, that was last year' re-dates the
# stent, not the chest pain told before.
_T33_OPENER = re.compile(
    r"\s*((sorry|oops|apologies|my bad|oh|ah|ach|no|nope|actually|wait|hang on|never ?mind|ignore (that|this|my last)|haha|lol|"
    r"ok|okay|um|erm|hmm|correction|to clarify|to be clear)\b|不好意思|抱歉|对不起|哦|噢|啊|唉|哎|其实|更正|纠正|说错|打错|讲错|写错)"
    r"[^,.;:!?，。；：！？\n]{0,40}\s*"
)
# ... or, in the clause itself, only '那是', '都是', '刚才那' or 'I am (asking about)' before it
_T33_LEAD = re.compile(r"\s*(刚才|刚刚|上面|前面|之前)?((那|这)(次|个|件事|些|条|则)?)?(都|已经|其实)?(是)?\s*"
                       r"|\s*(i|we) (am|are|was|were)( only| just| actually| really)? ")
_T33_CLAUSE_END = re.compile(r"[,.;:!?，。；：！？\n]+")
# The corrected turn restated in the correction's frame (T33 re-read): its own time-now words go, the correction's
# time is said in every clause (or each sentence becomes a what-if), and the existing past handling decides.
_T33_NOW_WORDS = re.compile(
    r"\b(right now|just now|now|today|tonight|this (morning|afternoon|evening)|at the moment|currently)\b"
    r"|刚才|刚刚|现在|今天|今晚|今早|今朝|正在"
)
# Self-inflicted harm is never taken back by a later turn: a retraction after telling of suicidal thoughts, self-harm
# or an overdose is itself a warning sign (and the suicidality concept is never past, rule data 'persistent').
_T33_NEVER_CORRECTED = {"suicide_self_harm", "overdose_poisoning"}


def _correction_of_earlier(text: str) -> tuple[str, str] | None:
    """('redated', the past time) or ('not_real', '') when a turn opens with an explicit correction of an earlier
    turn and says nothing of it happening again or now; None otherwise."""
    norm = normalize(text)
    if _T33_AGAIN.search(norm):
        return None
    for kind, pattern in (("redated", _T33_REDATED), ("not_real", _T33_NOT_REAL)):
        for m in pattern.finditer(norm):
            head, pos = norm[:m.start()], 0
            for cut in _T33_CLAUSE_END.finditer(head):
                if not _T33_OPENER.fullmatch(head[pos:cut.start()]):
                    break
                pos = cut.end()
            else:
                if not (_T33_OPENER.fullmatch(head[pos:]) or _T33_LEAD.fullmatch(head[pos:])):
                    continue
                if kind == "not_real":
                    return kind, ""
                when = re.search(_T33_PAST_EN + "|" + _T33_PAST_ZH, m.group(0))
                return kind, when.group(0)
    return None


def _restated(turn: str, kind: str, when: str) -> str:
    """The turn told in the correction's frame: at `when` in every clause, or as a what-if in every sentence."""
    norm = re.sub(r"  +", " ", _T33_NOW_WORDS.sub(lambda m: " " if m.group(0).isascii() else "", normalize(turn)))
    out = []
    for sentence in re.split(r"(?<=[.;!?\n。；！？])", norm):
        if not sentence.strip():
            continue
        zh = bool(re.search(r"[\u4e00-\u9fff]", sentence))
        if kind == "not_real":
            out.append(("假如" if zh else "what if ") + sentence.strip())
            continue
        clauses = re.split(r"(?<=[,:，：])", sentence)
        out.append("".join((when + c.strip()) if zh else (c.rstrip(",:，： ") + " " + when + c[len(c.rstrip(",:，： ")):])
                           for c in clauses if c.strip()))
    return " ".join(out)


def _corrected_turns(triage: "RedFlagTriage", texts: list[str], results: list[TriageResult]) -> dict[int, TriageResult]:
    """Turns whose alarm a later turn corrects, each with its re-read (the turn restated in the correction's frame,
    the correction after it).

    A turn's alarm is corrected only when a later turn opens with an explicit correction (`_correction_of_earlier`),
    every later turn alone is calm, the last turns joined with the corrected turn left out are calm, nothing later
    says it is happening again, the alarm is not self-inflicted harm, and the re-read is lower."""
    out: dict[int, TriageResult] = {}
    for i, result in enumerate(results[:-1]):
        if result.level == NONE or _T33_NEVER_CORRECTED & set(result.categories):
            continue
        if any(later.level != NONE for later in results[i + 1:]):
            continue
        later = texts[i + 1:]
        if any(_T33_AGAIN.search(normalize(text)) for text in later):
            continue
        found = next(((text, c) for text in later if (c := _correction_of_earlier(text))), None)
        if found is None:
            continue
        correction, (kind, when) = found
        rest = [text for k, text in enumerate(texts) if k != i and k not in out]
        if len(rest) > 1 and triage._assess_lay_only(" . ".join(rest[-3:])).level != NONE:
            continue
        reread = triage.assess(_restated(texts[i], kind, when) + " . " + correction)
        if LEVEL_RANK[reread.level] < LEVEL_RANK[result.level] and not _T33_NEVER_CORRECTED & set(reread.categories):
            out[i] = reread
    return out


# round 35c (conv55): a later turn that EXPLAINS an earlier alarm without a correction word ("in my dream last night lol,
# woke up fine", "that's the poster in your waiting room", "not me!! it's what happened on a TV soap", "back in 2021,
# he's totally fine now", "是我高中上体育课时候的事了", "不是真的，是我们护理考试的题目", "oh it's blueberry juice ...
# they're pink, she's running round the garden", "就是挑食 ... 精神很好，能跑能跳"). The explanation must open the next
# turn (after at most an apology / laughter / 'not me' clause), re-frame the earlier turn as not real (a dream; a
# poster, exam question, talk checklist, TV plot, drama line), not now (re-dated to years ago, childhood, a past year) or
# not this cause (a benign cause told with the person well now), and the turn must tell the person well or ask a
# practical question. It is then treated like a T33 correction, with the same guards: every later turn calm alone,
# nothing happening again / still / now, no 'but', fear, worsening or care sought in it, the re-read lower (a re-dated
# turn is restated at its time as T33 does; a not-real or benign-cause turn is read as the explaining turn alone), and
# self-harm only re-dated to years ago with recovery (the single-message past-and-recovered reading decides), never
# retracted as not real. Spent multi-turn sweep (216 rows the new reading matches): 0 of 5 emergencies lost, look-alikes
# raised 21 -> 5, 16 rows moved, all toward gold.
_R35C_OPENER = re.compile(
    r"\s*((sorry|oops|apologies|my bad|oh|ah|no|nope|actually|wait|haha|lol|lmao|ok|okay|um|erm|hmm|to clarify|"
    r"not me|not him|not her|not real|not really|no no)\b|不好意思|抱歉|对不起|哦|噢|啊|哎|唉|哈哈+|不是啦|不是的|不是我|不是真的|"
    r"没有啦|其实)[^,.;:!?，。；：！？\n]{0,40}\s*"
)
_R35C_MEDIA = (
    r"(dream\w*|nightmare|poster|leaflet|flyer|sign|checklist|slide\w*|talk|presentation|lecture|exam|quiz|test question|"
    r"question|textbook|book|novel|film|movie|show|series|episode|soap|drama|programme|program|tv|telly|game|script|"
    r"line|lines|quote|song|lyrics|advert|documentary|eastenders|coronation street|corrie|emmerdale|hollyoaks|casualty|"
    r"grey'?s anatomy)"
)
_R35C_NOT_REAL = re.compile(
    r"\b(in|from|during) (a |my |his |her |our |their |the )?(bad |weird |crazy |scary )?(dream|nightmare)s?\b"
    r"|\b(i|he|she|they|we) (just |only )?(dreamt|dreamed|was dreaming|were dreaming|had a (bad |weird )?(dream|nightmare))\b"
    r"|\b(it|that|this|those)( is| was| are| were)( just| only| actually| all| literally)* (from |on |in |off |for )?"
    r"(the |a |an |my |our |your |his |her |their |what (happened|happens) (on|in) )?(?!what )([\w'-]+ ){0,5}?" + _R35C_MEDIA +
    r"\b(?! (says?|said|describes?|lists?|warns?|shows?)\b)"
    r"|做梦|做了个?梦|梦到|梦见|梦里|发梦|噩梦|恶梦"
    r"|^(是|这是|那是|都是|只是|就是)[^,.;:!?，。；：！？\n]{0,24}?(海报|宣传|传单|单张|考试|考题|期中考|期末考|题目|试题|作业|"
    r"台词|对白|电视剧|韩剧|日剧|港剧|美剧|剧集|剧情|剧里|电影|小说|游戏|课本|教材|讲座|演讲|清单|课件|广告|歌词|节目)"
)
_R35C_PAST = re.compile(
    _T33_PAST_EN + r"|\bback in\b|\b(it|that|this) (was|happened) when (i|he|she|we|they) (was|were)\b"
    r"|\bwhen (i|he|she|we|they) (was|were) (a |an |at |in )?(newborn|new born|infant|baby|tiny|little|kid|child|toddler|"
    r"teen\w*|young\w*|at school|in school|\d{1,2})\b"
    r"|" + _T33_PAST_ZH + r"|(小学|初中|高中|中学|大学|读书|上学|念书|年轻|刚出生|出生|满月)[^,.;:!?，。；：！？\n]{0,12}?(时候|时|那年|那阵)"
)
# the person well now, or a practical question (no sign in it: every later turn must be calm alone anyway)
_R35C_WELL = re.compile(
    r"\b(totally|completely|perfectly|absolutely|really|very)? ?(fine|healthy|well|normal|ok|okay|all good|grand)( now| since| ever since)\b"
    r"|\b(is|are|am|has been|have been|been) (totally |completely |perfectly |absolutely |really |very )?(fine|healthy|well|normal|all good|grand)\b"
    r"|\blike nothing happened\b|\bin a (really |very |much |good |great )*(good|great|better) place\b|\bwoke up (totally |completely |perfectly )?(fine|ok|okay)\b"
    r"|\b(is|are|was|were) (running|playing|eating|feeding|laughing|giggling) (round|around|about|with|happily|normally)\b"
    r"|\bthey are pink\b|\bnobody is (ill|hurt|sick)\b|\b(running|playing) (round|around|about)\b|\b(is|are) (up|awake) now\b"
    r"|很正常|完全正常|一切正常|都正常|精神(很|挺|好)?好|很有精神|好精神|能跑能跳|就好了|挺好的?|现在(挺|很|都)?好|没事了|已经消|好了|没有事"
)
_R35C_QUESTION = re.compile(
    r"\b(how (do|can|would|should) (i|we)|who (do|can|should) (i|we)|where (do|can|is|are)|when (can|do|does|is|are)|"
    r"do you (have|do|know)|can (i|we|you)|is there|are there|any \w+ (classes|leaflets|clinic)|what time|which)\b"
    r"|\?\s*$|\?\s+\S|想问|请问|问一下|问下|顺便问|能不能|可不可以|可以.{0,12}吗|怎么(挂号|报名|预约|约)|几点|在哪|哪里|什么时候|几天"
)
_R35C_BENIGN = re.compile(
    r"^(oh |ah |no |lol |haha )*(it is|it was|that is|that was|they are|they were|this is|this was)( just| only| actually)? "
    r"(from |because of |the |some |a |an |her |his |my )?(?!(a |an )?(fit|seizure|stroke|heart attack|reaction|allergic))\w+"
    r"|\bit was (just |only )?(a |her |his )?(tantrum|meltdown|strop|paddy|game|joke|prank)\b"
    r"|^(我说的是|我讲的是|我是说|就是|只是|原来是|其实是|是)(?!这样|我现在|(.{0,6})(发作|抽筋|抽搐|中风|过敏|大出血))"
    r"|^(刚|刚刚)[^,.;:!?，。；：！？\n]{1,8}?(完|了)"
)
_R35C_WHO = re.compile(r"\s*(my|our|his|her) (\d+ ?(yo|y/o|year old|month old|week old)|son|daughter|baby|kid|boy|girl|little one|toddler|"
                      r"friend|mum|mom|dad|grandad|grandma|brother|sister|husband|wife)\s*|\s*(我|我的|他|她)?(儿子|女儿|孩子|宝宝|朋友|老公|老婆)\s*")
# self-harm is re-dated only to years ago (a suicide attempt 'last week' or 'last year' stays)
_R35C_LONG_AGO = re.compile(r"\b((\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many|several|a few|\w+teen) years ago|"
                            r"back in (19|20)\d\d|in (19|20)\d\d|when (i|he|she) was (a teen\w*|a kid|a child|at school|\d{1,2})|as a (teen\w*|kid|child))\b"
                            r"|多年前|好几年前|几年前|[\d两三四五六七八九十]+年前|小时候|读书(的)?时(候)?|中学(的)?时(候)?|高中(的)?时(候)?")
_R35C_BUT = re.compile(
    r"\b(but|however|though|although|except|apart from|yet)\b|但|可是|不过|然而|只不过|仲系|就系"
    # fear or worsening told now, or care sought for it: no explanation ('that's what the poster says so I'm scared, he's
    # getting sleepier, where do I go?', '越来越', '要不要去急诊')
    r"|\b(scared|worried|frightened|terrified|panick\w*|getting (worse|sleepier|drowsier|floppier|weaker|paler|bluer)|worse|worsening|"
    r"where (do|should|can) (i|we) (go|take)|what (should|do|can) (i|we) do|should (i|we) (go|come|call|bring|take)|do (i|we) need to (go|come|call)|ambulance|999|911|"
    r"a ?& ?e|emergency|er)\b|害怕|担心|吓死|越来越|加重|更(严重|厉害)|要不要去|去哪|急诊|救护车|白车|120|急症"
)
_R35C_STILL_WELL = re.compile(r"\bstill (gardening|working|playing|running|walking|swimming|cycling|going strong|at school|at work|fine|well|healthy|good|happy)\b"
                              r"|\b(does|do|can|could|would|will) (the )?same thing (happen|occur)s? (in|to|with) (kids|children|babies|adults|"
                              r"men|women|teenagers|teens|people|older people|the elderly)\b")


def _r35c_explanation(text: str) -> tuple[str, str] | None:
    """('not_real', ''), ('redated', a past time) or ('benign', '') when the turn opens by explaining an earlier turn
    away and tells the person well or asks a practical question; None otherwise."""
    norm = normalize(text)
    if _T33_AGAIN.search(_R35C_STILL_WELL.sub(" ", norm)) or _R35C_BUT.search(norm):
        return None
    # the opening clauses: apology / laughter / 'not me' / who-it-is clauses, then the first other clause
    clauses, pos = [], 0
    for cut in _T33_CLAUSE_END.finditer(norm + "."):
        clauses.append(norm[pos:cut.start()].strip())
        if not (_R35C_OPENER.fullmatch(norm[pos:cut.start()]) or _R35C_WHO.fullmatch(norm[pos:cut.start()])):
            break
        pos = cut.end()
    well, question = _R35C_WELL.search(norm), _R35C_QUESTION.search(norm)
    if not (well or question):
        return None
    if any(_R35C_NOT_REAL.search(c) for c in clauses) or re.search(r"不是真的|\bnot real\b", " ".join(clauses[:-1])):
        return "not_real", ""
    if any(_R35C_PAST.search(c) for c in clauses):
        when = re.search(_T33_PAST_EN + "|" + _T33_PAST_ZH, norm)
        return "redated", when.group(0) if when else ("以前" if re.search(r"[\u4e00-\u9fff]", norm) else "years ago")
    if well and any(_R35C_BENIGN.search(c) for c in clauses):
        return "benign", ""
    return None


def _r35c_explained_turns(triage: "RedFlagTriage", texts: list[str], results: list[TriageResult]) -> dict[int, TriageResult]:
    """Turns explained away by the NEXT turn (`_r35c_explanation`), each with its re-read, under T33's guards."""
    out: dict[int, TriageResult] = {}
    for i, result in enumerate(results[:-1]):
        if result.level == NONE or any(later.level != NONE for later in results[i + 1:]):
            continue
        later = texts[i + 1:]
        if any(_T33_AGAIN.search(_R35C_STILL_WELL.sub(" ", normalize(text))) for text in later):
            continue
        found = _r35c_explanation(texts[i + 1])
        if found is None:
            continue
        kind, when = found
        harm = _T33_NEVER_CORRECTED & set(result.categories)
        if harm and (kind != "redated" or not _R35C_LONG_AGO.search(normalize(texts[i + 1]))):
            continue
        rest = [text for k, text in enumerate(texts) if k != i and k not in out]
        if len(rest) > 1 and triage._assess_lay_only(" . ".join(rest[-3:])).level != NONE:
            continue
        if kind != "redated":  # not real, or not this cause: the explaining turn alone (calm) is the read
            reread = triage.assess(texts[i + 1])
        else:
            reread = triage.assess(_restated(texts[i], kind, when) + " . " + texts[i + 1])
        if LEVEL_RANK[reread.level] < LEVEL_RANK[result.level] and not _T33_NEVER_CORRECTED & set(reread.categories):
            out[i] = reread
    return out


# A message that says the event is over ("acting normal", "fine now", "没事了") is not a same-day problem;
# emergency rules still stand (a knock-out that "seems fine now" is still an emergency).
_RESOLVED = re.compile(
    r"\b(fine now|(is|seems|seem|acting|behaving|back to|has been|been) (completely |totally |perfectly |all )?(normal|fine|ok|okay|"
    r"himself|herself|themselves)|all fine|fine since|totally fine|no problems? since|all good now|better now|healed|"
    r"(playing|eating|feeding|acting) (normally|as normal|happily|fine)|worn off|wore off|gone now|nothing since|"
    r"getting better|improving|on the mend|easing off)\b"
    r"|没事了|已经好了|精神(很|挺)?(好|正常)|一直挺好|一切正常|现在好了|恢复了|全好了|都好了|完全好了|痊愈"
    # round 40z (blind60a): a fever gone (吃了药第二天就退了, 烧退了, 退咗烧) and eating as well as ever (天津 吃嘛嘛香,
    # 饭照吃觉照睡); not when it came back (退了又烧)
    r"|((烧|发烧|体温|热)(已经|就|都|早就)?|(第二天|一天|当天|隔天|转天|很快)(就|便)?)退(了|咗)(?!一点|一些|一下|点|些|少少|\d|[一二两三半]度)(?![^,，。]{0,4}(又|再|反复))"
    r"|退(了|咗)?烧(了|咗)(?![^,，。]{0,4}(又|再|反复))"
    r"|吃嘛嘛香|饭照吃觉照睡|照吃照睡|食得瞓得"
    # an old scar or injury that neither hurts nor itches now (现在不痛不痒, 早就唔痛唔痕)
    r"|(现在|已经|早就|早已|而家|一直)(都|也)?(不|唔)(痛|疼)(也|又|亦)?(不|唔)(痒|痕)"
    r"|\bno (sickness|vomiting|being sick|headache)\b.{0,30}\bno (sickness|vomiting|headache|drowsiness)( now)?\b"
    r"|没(有)?(吐|呕).{0,3}(也|亦|又)?(不|没)(有)?头痛"
    r"|现在没事|现在(都|也)?(好好|很好|正常)|就没事|已经没事|之后(都)?没事|完全正常|感觉(完全)?正常|完全没事|照常玩|照玩照吃|照玩|(吃饭|吃奶)也?正常|就好了"
    # a bump told with everything else fine: 别的都好, cried a bit then played, otherwise fine
    r"|\bno (symptoms|problems|other symptoms)( at all| since)?\b|没有(任何|其他)?症状|没什么症状"
    r"|\bcried (a bit|a little|briefly|for a (minute|moment|bit|second))\b|\bnow (feeding|eating|smiling|playing|laughing|giggling)\b"
    r"|别的都好|其他都好|其它都好|其他(都|一切)?正常|哭(了)?(一下|一会儿?|几声)?就.{0,4}(玩|好|没事|睡)|照样玩|又去玩|去玩了"
    r"|\botherwise (fine|ok|okay|well|normal|happy|himself|herself)\b|\b(carried on|went back to|back to) playing\b"
    # round 23 (blind20): a bump that cried a second and went back to play, 'just a little sore'; a mild hypo sorted with
    # juice; 别的都正常; settles with rest (休息一会就正常了)
    r"|\bcried (for )?(a|one|just a) (second|sec|moment|minute)\b|\b(cried|crying)( \w+){0,4} (and|then) (is |was |went |started )?(back )?(playing|laughing)\b"
    r"|\b(just|only) (a )?(little|bit|tiny bit|touch|slightly) (sore|tender|achy)\b|\bsorted (it|itself|him|her|them)?( out)? (with|by)\b"
    r"|别的都正常|(休息|歇|坐)(了)?(一下|一阵|一会儿?)(就|便)?正常了"
    # round 7: eating, playing or sleeping as usual told in any wording (玩得挺好, 照常食嘢), 'i am fine' after a small knock
    r"|(玩|吃|食|睡|玩耍|吃饭|食饭)(得|都|也)?(挺|很|好|几|蛮|还)?(好|正常|开心)|照常(食|吃|玩|返学|上学|睡)|没(有)?(呕|吐)没(有)?晕"
    r"|\b(i am|she is|he is|they are|we are) (fine|ok|okay|all good|alright)\b(?! (but|except))|\b(tiny|small|little) (bump|lump|bruise)\b"
    # round 8: back to the usual self in any wording ('her usual cheeky self', 活蹦乱跳)
    r"|\b(his|her|their|my|your) (usual|normal|old) (\w+ )?self\b|活蹦乱跳|生龙活虎|精神(返)?(好|正常)了"
    # round 18: a small bump with no blackout and laughing or watching cartoons; a treated hypo back in range and
    # feeling normal; a concussion cleared
    r"|有说有笑|说说笑笑|(没|没有|完全没|从没)(晕|昏)(过|倒|倒过)?|在看(卡通|动画|动画片|电视)|没啥事|没什么事|(小小|小)(一|的)?个?包"
    r"|\b(feel|feels|feeling|felt) (completely |totally |absolutely )?(normal|fine|ok|okay|grand)( again| now)?\b|\bback (up )?to \d{1,2}(\.\d)?\b"
    r"|\b(is|was|been|being|get|got|getting) (fully )?cleared\b"
    # round 20: settles with a short rest (跑完步喘一阵，休息两分钟就好; 'settles after a couple of minutes' rest')
    r"|(休息|歇|坐下|坐)(一下|一阵|一会儿?|[\d一两二三四五几]+(分钟|分钟))(就|便)?(好|没事|缓过来|恢复|平复)"
    r"|\b(settles?|settled|eases?|eased|goes|went|pass(es|ed)?)( down| off| away)? (after|within|in) (a minute|a couple of minutes|"
    r"a few minutes|\d+ minutes|one or two minutes|two minutes|two or three minutes)( of rest| rest)?\b"
    # TR29 (blind29): 'fine after a minute', 'ok again within a few minutes' (urgent-level only; emergency rules stand)
    r"|\b(fine|ok|okay|alright|all right|normal) (again )?(after|within|in) (a minute|a moment|a few minutes|a couple of minutes|\d+ minutes|a second|a few seconds)\b"
)
# A long-standing, unchanged complaint asked about for a routine check is not a same-day problem.
_CHRONIC_UNCHANGED = re.compile(
    r"\b(for (years|ages|months|a long time|a few years|many years)|been like (that|this) for|always been|long[- ]standing)\b"
    r"|(好|很)多年了|好几年了|几年了|多年了|一直都(这样|是这样)|老毛病|(^|[,，])一直(都)?(是)?这样(?!喘|痛|疼)"
    r"|\b(normal for (me|him|her|them)|always (like this|like that|been this way)|same as always|nothing has changed|no change)\b"
    r"|一向(都)?(是)?(这|如此|这样)|(没|没有)(变|变化|转变)|跟(平时|以前)一样|(几|好几|很多|多)年(都|也)(是)?(这|如此|这样)"
    # seasonal: 'a bit wheezy in winter', 每到冬天
    r"|\b(in|every) (winter|the winter|the cold|summer|spring|autumn|hay ?fever season)\b|\bwhen i (get|have|catch) a cold\b|每到冬天|冬天(就|会)|换季"
)
# A mild complaint with a routine booking ('a bit tight, want to book a check-up', 有点闷…想约个体检).
_ROUTINE_BOOKING = re.compile(r"\b(routine|check-?up|book (a|an|in)( \w+)? (gp|appointment|check|review)|next available)\b|体检|约个?(门诊|医生|检查)|预约(检查|门诊)")
_MILD_WORDS = re.compile(r"\b(a bit|a little|slight\w*|mild\w*|bit of)\b|有点|有些|稍微|一点")
# A fever after vaccination in a baby who is feeding and alert.
_AFTER_JAB = re.compile(r"\b(after|since|from) (her|his|the|their|its)? ?((\d+|two|six|eight|twelve|sixteen)[- ]?(week|wk|month)s? )?(jabs?|vaccin\w*|immuni[sz]ations?|shots?|injections?)\b"
                        r"|打(完|了)?(疫苗|预防针|针)")
# Past self-harm or suicidality told as recovered ("used to self harm as a teenager, doing much better now").
_RECOVERED = re.compile(r"\b((i am|she is|he is|they are|we are) (fine|ok|okay|well|good|better) now|(i am|she is|he is) \d{2} now,? and (fine|ok|okay|well|good|happy|doing well)|all good now|"
                        r"doing (much |a lot |really |so )?(better|well|fine|ok|okay)|recovered|much better now|in a (really |very |much )?good place|"
                        r"better these days|now (i am|she is|he is|they are) (fine|ok|okay|well|good|better|in a (good|better) place)|healed( up)?( \w+){0,2} ago|long healed|healed years ago|have not( \w+){0,2} (for|in) (years|ages|a long time|many years|\d+ (years|months))|not since (i was|school|uni|college)|clean for (\d+|many|a few|two|three|five) (years|months)|(\d+|many|a few|two|three|five) (years|months) clean)\b|好(返|番|过来)?(好多|很多|咗好多)|已经好(过来|返|番)|好转|好多了|现在很好|已经好了|走出来了|康复了|早就好了|早已好了")
# Clauses that name self-harm only as something old: its scars, years ago, as a teenager.
_OLD_HARM = re.compile(r"\b(scars?|scarring|years ago|as a (teen|teenager|kid|child|student)|used to|old|at (uni|university|college|school)|in (my|his|her) (teens|twenties)|when (i|he|she) was (younger|a teen\w*|at school|a student|\d+)|back in)\b|疤|多年前|几年前|年前|以前|小时候|读书时")
_SENTENCE = re.compile(r"[.;!?\n\u3002\uff1b\uff01\uff1f,\uff0c]")


# Round 22 (blind19): 'no change' after a treatment given now ('inhaler done four times, no change', 'pressure for ten
# minutes, no difference') says the treatment failed, not that a complaint is old and unchanged or over.
_TREATMENT_NO_CHANGE = re.compile(
    r"(\b(inhaler|puffer|reliever|ventolin|salbutamol|nebuli[sz]er|epi-?pen|adrenaline|pressure|pressing|glucose|dextrose|"
    r"jelly ?bab(y|ies)|juice|puffs?|doses?|tablets?|paracetamol|calpol|ibuprofen|cold water|ice)\b[^.;?!\n]{0,40}?)"
    r"\b(no (change|difference|improvement|better)|(not|has not|did not|does not) (change|improve|help)\w*|unchanged)\b"
    r"|((用|喷|吸|按|压|吃)了?[^。？！.?!]{0,12}?)(没有?(变化|改善|好转|用)|一样|不见好)")


def _treatment_failure_told(norm: str) -> str:
    """The message with 'no change' after a treatment rewritten as a failing treatment ('not helping')."""
    return _TREATMENT_NO_CHANGE.sub(lambda m: (m.group(1) or m.group(8) or "") + " not helping ", norm)


# round 38l (blind57b.child_unwell.10, spent): a faint at a blood test, a jab or the sight of blood, come round within
# minutes ('fine after 5 mins', 'came round straight away', 一分钟就醒了) is the common vasovagal faint: a clinician says
# it needs no same-day visit (all 30 spent rows of it are gold none; 9 ended at urgent). Only urgent rules go; a faint
# with chest pain, palpitations, on exercise, in pregnancy, a head hit, minutes out, confusion or a fit's signs keeps
# them, and emergency rules always stand.
def _r38l_needle_faint_over(norm: str) -> bool:
    """Round 38l: a faint at a needle or blood told as over, with none of a worrying faint's features."""
    if not _FAINT_AT_SIGHT.search(norm):
        return False
    over = (_R37E_FAINT_RECOVERED.search(norm) or _TR38_FAINT_BACK.search(norm) or _TR36_ROUND_SOON.search(norm)
            or _R38L_FAINT_OVER.search(norm))
    return bool(over) and not _ev_said(norm, _TR38_FAINT_KEEP) and not _ev_said(norm, _TR36_FIT_KEEP) \
        and not _lexicon("ACUTE_NOW").search(norm)


_R38L_FAINT_OVER = re.compile(r"\b(fine|ok|okay|normal|well|alright|all right) (since|after|afterwards|after that)\b|\bhad (a|some) (biscuit|juice|drink|sweet)\b"
                              r"|之后(都|一直)?(正常|没事|好好)|(就|便)(醒|好|没事)了|醒(了|过来|返)")


def _drop_resolved(text: str, fired: list[Rule]) -> list[Rule]:
    """Drop urgent rules in a message that says it resolved, and self-harm told only as a past, recovered event."""
    norm = _treatment_failure_told(normalize(text))
    calm = not _lexicon("ACUTE_NOW").search(norm)
    if (_RESOLVED.search(norm) or (_CHRONIC_UNCHANGED.search(norm) and calm)
            or (_ROUTINE_BOOKING.search(norm) and _MILD_WORDS.search(norm) and calm)
            or (_AFTER_JAB.search(norm) and _SAID_NORMAL.search(norm))):
        fired = [r for r in fired if r.level != URGENT]
    if _r38l_needle_faint_over(norm):
        fired = [r for r in fired if r.level != URGENT]  # round 38l: a faint at a needle, come round, is no same-day matter
    harm = [r for r in fired if r.category == "suicide_self_harm"]
    if harm and _RECOVERED.search(norm):
        # Every clause that still names self-harm must itself be about the past for the drop to apply.
        current = [c for c in _SENTENCE.split(norm) if c.strip() and find_concepts(c).get("SELF_HARM")
                   and not _PAST.search(c) and not _OLD_HARM.search(c)]
        if not current:
            fired = [r for r in fired if r.category != "suicide_self_harm"]
    return fired


# "What should I say if a friend tells me they are thinking about suicide": how to support someone, asked
# ahead of time; the message says nothing about anyone's intent now.
_SUPPORT_QUESTION = re.compile(
    r"\b(what (should|do|can|would) (i|we) (say|do|tell)|how (should|do|can|would) (i|we) (respond|react|reply|help|support|talk))\b"
    r"|(该|应该|要)?(怎么|怎样|如何|点样|点)(回应|回答|回复|帮|安慰|劝|应对|开口|讲|说)"
)
_THIRD_PARTY_IF = re.compile(
    r"\bif (a|my|your|one of my) (friend|mate|colleague|coworker|student|pupil|child|kid|teen|teenager|loved one|partner|patient|"
    r"family member|relative|sibling)s?\b|\bif (someone|somebody|anyone|a person)\b"
    r"|(如果|要是|假如|万一)(有)?(朋友|同事|同学|学生|有人|别人|孩子|家人|亲人|病人)"
)
_FIRST_PERSON_INTENT = re.compile(r"\bi (want|wanted|am going|plan|have been thinking|keep thinking|think about)( \w+){0,3} "
                                  r"(to die|to kill myself|suicide|ending it)\b|我(也)?(想|要|打算)(死|自杀|轻生|结束)")
# A current age of a year or more: "now two and healthy", 现在两岁 (the infant fever was long ago).
_CURRENT_OLDER_AGE = re.compile(
    r"\b(now|is now|are now|currently|today)( \w+){0,2} (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) ?(years?|yrs?|y/?o)\b"
    r"|\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (years?|yrs?) old now\b"
    # round 8: past three months now ('she is now 6 months'): an infant fever then is not one now
    r"|\b(now|is now|are now|currently)( \w+){0,2} ([3-9]|1\d|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(months?|mos?)\b"
    r"|(现在|目前|已经)(已经)?([3-9]|1\d|[三四五六七八九十]|十[一二])个?月"
    r"|(现在|目前|今年|已经)(已经)?([\d一二两三四五六七八九十]{1,3})(岁|周岁)"
)
_INFANT_THEN = re.compile(r"\b(when (he|she|they) (was|were)|back when|as a (newborn|baby)|at (\d|one|two|six|eight) weeks old|"
                          r"at (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (days?|weeks?|months?)( old)?|"
                          r"(was|were) admitted)\b"
                          r"|(满月|出生|小时候|bb|宝宝).{0,3}(时|的时候|那时|那阵)|住过院|过院")
# Numbness from a dental or other local anaesthetic that has worn off is expected, not a stroke.
_NUMB_WORN_OFF = re.compile(r"\b(worn off|wore off|wearing off|gone now|back to normal|feeling has come back)\b"
                            r"|已经好了|已经没事|现在没事|现在好了|恢复了|没事了|消了|退了")
# Early bleeding already checked: "spotting before I knew, now 14 weeks and all scans normal, nothing since".
_PREGNANCY_REASSURED = re.compile(
    r"\b(all )?(scans?|ultrasounds?|checks?) (were |was |have been |are |all )?(normal|fine|ok|okay|clear|good)\b.{0,40}\bnothing since\b"
    r"|\bnothing since\b.{0,40}\b(scans?|ultrasounds?) (were |was |are )?(normal|fine|ok)\b"
    r"|(b超|检查|产检).{0,4}(都)?正常.{0,10}(之后|后来)?(都)?没(有)?(再)?(出血|流血|见红)"
    # a check since then found nothing wrong: "scan was fine", 医生看过说没事
    r"|\b(scans?|ultrasounds?|doctors?|midwife|gp|hospital|checks?|they)( \w+){0,3} (was|were|said|says|is|are|found|came back) "
    r"(it was |it is |all |everything (was |is )?)?(fine|normal|ok|okay|all good|nothing wrong|reassuring|clear)\b"
    r"|(医生|b超|检查|产检|超声).{0,6}(说)?(没事|正常|没问题|没什么)"
    # round 18: the doctor has named it practice contractions (假性宫缩, Braxton Hicks) and it settles with rest
    r"|(医生|助产士|产检).{0,6}(说|讲)?(是|系)?(假性宫缩|假宫缩)|\b(midwife|doctor|gp|obstetrician|they)( \w+){0,3} (said|says|told (me|us)|thinks)( \w+){0,4} braxton[- ]hicks\b"
    # a clinician has explained it and the bleeding has stopped
    r"|\b(midwife|doctor|gp|obstetrician|hospital|they)( \w+){0,2} (said|says|told (me|us)|thinks)\b.{0,60}\b(has |is |had )?(stopped|settled)\b"
)
# Signs that the pregnancy bleeding or pain is happening now, whatever an earlier check found.
_PREGNANCY_NOW = re.compile(r"\b(again|heav\w*|soak\w*|clots?|gush\w*|cramp\w*|severe|worse|getting more|still (bleeding|spotting)|"
                            r"now (bleeding|spotting|in pain|hurting))\b|又|还在|越来越|大量|血块|很痛|剧痛|肚子(很)?(疼|痛)")
# What a normal value or range is, asked while saying that things are normal now.
_NORMAL_RANGE_QUESTION = re.compile(
    r"\b(what is|what are|how many|how much|how often)( \w+){0,3} (normal|usual|typical)\b|\b(a |the )?normal (number|amount|range|count|temp\w*)\b"
    r"|正常(的)?(体温|温度|胎动|心率|次数|范围|值)|(多少|几次|几度)(才|先)?(算|是)正常"
)
_SAID_NORMAL = re.compile(r"\b(moving|kicking|feeding|eating|acting|behaving|breathing) (normally|as (usual|normal)|fine|well)\b|\bseems? (fine|well|normal)\b"
                          r"|(胎动|动得|吃奶|吃得|精神)(都|也|很|挺)?(正常|好|跟平时一样)|一切正常")
# Nobody in particular: no person, kin or first-person state named, so an information question is general.
_PERSON_NAMED = re.compile(
    r"\b(my|he|she|his|her|him|our|we|they|their|son|daughter|husband|wife|partner|mum|mom|dad|grandma|grandpa|nan|"
    r"child|kid|baby|toddler|infant|newborn|boy|girl|man|woman|lady|patient|pt|res|resident|client|neighbou?r|friend|"
    r"\d{1,3} ?(yo|y/o|yrs?|years? old|months? old|weeks? old|m|f)|"
    r"i (have|am|feel|felt|got|had|can not|think|just|took|ate|fell|hit|cut|burnt|burned))\b"
    r"|(本人|家父|家母|家兄|家姐|丈夫|妻子|爱人|那口子|老人家|长辈|我|他|她|孩子|宝宝|儿子|女儿|老公|老婆|爸|妈|爷|奶|外婆|外公|婆婆|公公|哥|姐|弟|妹|家人|朋友|媳妇|小朋友)(?!想问|想了解|问一下|问下|想知道)"
)


# Round 7 classes (after blind7): a condition named in a message that reports nobody ill now.
# Round 8: the logistics of a device or medicine (carrying it on a plane, its expiry, a replacement, a hotline
# number) name a condition without anyone having it now.
_LOGISTICS = re.compile(
    r"\b(carry|carrying|bring|bringing|take|taking|pack|packing|travel\w*|fly\w*)( with)?( [\w'-]+){0,4} (on|onto|through|in|into|to) "
    r"(a |the |my |our |his |her )?(plane|planes|flight|flights|airport|security|hand luggage|cabin|carry-?on|abroad|overseas)\b"
    r"|\b(expir\w*|out of date|replacement|replace|renew\w*|spare ones?|reorder|re-order)\b"
    r"|\b(apply|applying) for\b"
    r"|带(上|去|到|过)?.{0,3}(飞机|出国|过关|安检)|上飞机|过期|换新|补领|备用|申请|续(药|配|开)"
)
# Local span of a logistics phrase: masked narrowly so a sign in the same clause still counts
# ('his epipen expired and he is swelling up after peanuts' keeps the swelling).
_LOGISTICS_MASK = re.compile(r"(?:\b\w+'?s? ){0,3}(?:" + _LOGISTICS.pattern + r")(?: \w+){0,2}|[^，,。？?！!\s]{0,8}(?:" + _LOGISTICS.pattern + r")")

# round 48f (false alarms): a threshold question (how long a fit before the ambulance, what temperature in a newborn
# means hospital, which head-injury signs mean A&E, how to tell a heart attack from indigestion) is the generic frame of
# a plan, poster, handout or notes; it widens `_PREPARING`, `_GENERIC_FRAME` and `_TOPIC_FRAME_MASK` below.
_R48F_THRESHOLD_Q = (
    r"(多长时间|多久|几分钟|多少分钟|几度|多少度|多大(面积)?|多高|多少)(以上)?(就|才|先)?(算|该|要|需要|应该|应|得|必须)?(马上|立即|立刻|直接)?(叫|打|去|送|call|看)"
    r"|(哪些|什么|咩|乜嘢)(情况|症状|表现|迹象)(下)?(就|才)?(要|需要|该|应该|得|必须)?(马上|立即|立刻|直接)?(去|送|叫|打|看)"
    r"|(跟|和|同|与|或)[^,.;:?!\n，。；：？！]{1,8}(要|应该|该)?(怎么|怎样|如何|点样|点)(分|区分|分辨|分别|辨别)"
    r"|\bhow long (should|can|does|do|must|before|until)\b[^,.;:?!\n]{0,60}\b(before|until|call|ring|dial|go)\b"
    r"|\b(what|which) (temperature|temp|reading|number|signs?|symptoms?|size|age)\b[^,.;:?!\n]{0,60}\b(means?|needs?|is|are|count)( \w+){0,2} (go|call|ring|an ambulance|999|911|hospital|a ?& ?e|straight)\b"
    r"|\bhow (do|can|would|should) (you|i|we|people|one) tell (a |an |the )?(difference|\w+ \w+ from|\w+ from)\b"
)
# notes written down for later, a handout or 讲义 (round 48f, added to `_PREPARING`)
_R48F_NOTES = (r"\b(writing|jotting|noting|write|jot|note|putting) (it|this|them|these|that|those) down\b|\bhandouts?\b|\bfor (the|our|my) (fridge|wall|notes)\b"
               r"|讲义|写下来|记下来|记低|抄下来|贴(在|喺)墙")

# 1. Preparing, not reporting: a question asked for a policy, handbook, course, lesson or first-aid kit names the
#    condition as a topic ("what should staff do if a customer has a seizure? for our HR handbook").
_PREPARING = re.compile(
    r"\b(handbooks?|polic(y|ies)|procedures?|protocols?|guidelines?|guide|training|(?<!of )course|drills?|leaflets?|posters?|"
    r"lesson( plan)?s?|curriculum|workshops?|induction|kit|first[- ]aid box|audit|health and safety|risk assessment|hr|"
    r"work question|for work|(i am|as) an? (teacher|coach|manager|nurse|carer|trainer|student|first aider|lifeguard|volunteer|youth worker)|"
    r"to be prepared|topic|just (curious|wondering|buying( one)?|want(ed)? to (know|learn|understand))|"
    r"nothing (is )?wrong|no ?one is (hurt|ill|sick|injured|unwell)|nobody is (hurt|ill|sick|injured|unwell))\b"
    r"|手册|制度|规章|流程|预案|培训|课程|讲座|急救箱|急救包|急救用品|急救物品|药箱|演练|话题|主题|我是(老师|教师|班主任|护士|教练|经理|学生)"
    r"|(只是|先|就)?想(先)?(了解|知)|先了解|先存|备用|以防万一|现在没事|没人受伤|没有人受伤"
    # round 8: reading up ahead (due dates, a leaflet's wording) and the logistics of a device or medicine
    r"|\b(class notes|for (my|our|the) (notes|essay|assignment|homework|exam|revision|dissertation|project|presentation))\b"
    r"|\b(reading up|read up|preparing|prepare|due in|due date|(we are|i am|she is) due|expecting (in|our)|antenatal|"
    r"before (the|our) baby (arrives|comes|is born)|in the (\w+ )?(leaflet|booklet|pamphlet|handout|book)|just asking)\b"
    r"|单张|传单|小册子|须知|注意事项|热线|贴在"
    # keeping a risk away (storing medicines, preventing a swallow) and first-aid plans prepare, they do not report
    r"|\b(first[- ]aid|prevent\w*|store|storing|lock (them|it|\w+) (away|up)|out of reach|child-?proof\w*|"
    r"keep (them|it|\w+) away from)\b"
    r"|会不会(误|不小心|偷)|防止|预防|避免|(收|放|锁|藏)(好|起来)"
    r"|" + _LOGISTICS.pattern + "|" + _R48F_NOTES
)
# ... with the condition in a generic frame: someone unnamed, its signs, how to talk about it or stock for it.
_GENERIC_FRAME = re.compile(
    r"\b(if|when|in case) (a|an|any|someone|somebody|anyone|one of (our|my|the|their)|staff|students?|customers?|players?|"
    r"employees?|people|kids|children|pupils?|members?|guests?)\b"
    r"|\b(warning |early )?(signs?|symptoms?) (of|for)\b|\btalk (to|with) (\w+ ){0,3}about\b"
    r"|\bwhat (should|do|can|would|must) (staff|we|coaches|teachers|managers?|a manager|parents|people|you|i|one) (do|put|say|keep|have|stock)\b"
    r"|\bhow (do|should|can|would) (we|i|you) (stock|talk|prepare|handle|respond|approach|bring up)\b|\bwhat (should|do|can|must) (go|be kept|we keep|i keep)\b"
    r"|\b(what|which) (\w+ ){0,2}(is|are) (best|good|recommended)\b"
    # round 20: stocking a kit ('what goes in a burns kit', 要买哪些)
    r"|\bwhat (goes|should go|do (i|we|you) (put|need)|to (put|pack|keep)) in(to)? (a|an|the|our|my|your)\b"
    r"|(要|该|应该|需要)(买|备|补|准备|放)(哪些|什么|啥|些什么)"
    r"|(如果|万一|要是)(有)?(顾客|客人|员工|学生|同事|有人|别人|孩子|队员)|(怎么|怎样|如何|点样|点)(跟|同|和|与).{0,8}(聊|谈|讲|倾|说)"
    r"|(什么|哪些|有啥|啥)(预兆|征兆|症状|信号|先兆)|要?(注意|观察|留意)(什么|些什么|哪些|什)|(应该|要)?找谁|(应该|要)?放(什么|哪些|些什)"
    # round 8: what a word means or what counts as a sign, how to take a reading, where to get a leaflet or a number
    r"|\bwhat does\b.{0,40}\bmean\b|\bwhat counts as\b|\b(threshold|cut-?off)\b|\bhow (do|should|can|would) (i|we|you) (take|check|measure|read)\b"
    r"|\b((where|how) (can|do|could|would|should) (i|we)|how to) (get|find|pick up|collect|order|renew|replace|book)\b"
    r"|\b(can|could|may) (i|we|he|she|they) (take|bring|carry|pack|fly with)\b"
    r"|\bwhat (should|do|can|would|must) (we|i|staff|you) do if\b|\bwhat (should|do|can|would|must) (a|an|the|your) (\w+ ){0,2}(do|say)\b|\b(where|how) (is|are|should|do) (the )?(best|safest)\b"
    r"|(应该|要)?(怎样|怎么|如何)(收|放|锁|藏|申请|续|领|拿)|放(在)?哪|(急救|处理|应对)(的)?(方法|措施|步骤|流程)"
    r"|(哪里|哪儿|在哪|哪)(度)?(拿|取|领|找|有|买)|几号|号码|多少号|可(不)?可以带|能(不能)?带"
    r"|" + _R48F_THRESHOLD_Q
)
# 2. An old, settled episode with a routine ask (results, forms, a wheelchair, reprinting a discharge note).
_SETTLED_PAST = re.compile(
    r"\b(back in (january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|"
    r"the autumn|the winter|\d{4})|last (season|term|week|month|year|summer|winter|spring|autumn)|((\d+|a|one|two|three|four|five|"
    r"a few|few|several|many) )?(yrs?|years?|months?) ago|as a (toddler|baby|newborn|kid|child|teen\w*)|"
    r"when (he|she|i|they) (was|were) (\d+|one|two|three|four|five|six|seven|eight|nine|ten|little|a baby|small|a toddler|younger)|in (19|20)\d\d|"
    # round 8: an event dated by the age or week it happened at, or 'that was last month'
    r"(had|was|were|happened|started)( \w+){0,5} at (\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (weeks?|months?|days?)( old)?|"
    r"that (was|is) (last|\d+|a|one|two|three|a few|several) (\w+ )?(week|month|year|ago)\w*|"
    # round 18: dated by a month or a short year ('had the stroke in march', "back in '19"), or the age it happened at
    r"(had|was|were|happened|started)( \w+){0,5} (in|last) (january|february|march|april|june|july|august|september|october|"
    r"november|december)|back in '?\d\d|(had|was|were|happened)( \w+){0,5} at (age )?(\d{1,2}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)( years? old)?(?= and| but|,| -| —|$))\b"
    r"|上(个)?(周|星期|礼拜|月)|(好|很)?多年前|几年前|年前|去年|前年|(好|很)?多年|好几年|几年了"
    # round 14: dated by the age it happened at (十几岁时, 小时候, 读书时)
    r"|(十几|二十几|[\d一二两三四五六七八九十]{1,3})岁(的)?(时|时候|那年|那阵)|小时候|读书(的)?时候?|上学(的)?时候?"
)
# An episode said to be over: cleared, checked and fine, nothing new, now well, discharged.
_RESOLVED_MARKER = re.compile(
    r"\b(turned out (to be|it was)|cleared (by|to)|all (fine|clear|normal)|(gp|doctor|dr|hospital|scan|nurse|they|a&e|er) "
    r"(said|says|found) (it was |it is |she was |he was |she is |he is |all |everything )?(fine|ok|okay|normal|nothing)|"
    r"nothing new|no change|unchanged|fully recovered|recovered|now (\d+|fine|ok|okay|well|stable)( and (fine|well|healthy|grand))?|"
    r"(is|are|was) stable|stable since|discharged|(he|she|they) (is|are) \d+ now)\b"
    r"|已经(看完|看过|好了|没事|出院|康复)|现在(好了|稳定|没事|很好|真好|好好的|好得很)|出院|好过来|稳定|康复|恢复得?(很|挺)?好"
    r"|(医生|检查|b超|报告|结果)(都)?(说)?(没事|正常|没问题|没什么)"
)
# Round 8: told as over in everyday words; weaker than a clinician's verdict, so the clauses that raise the flag
# must themselves be told as past ('a seizure when he was two, fine now') for it to count.
_RESOLVED_WEAK = re.compile(
    r"\b((is|are|was|seems|been|feels?) (\w+ )?(fine|ok|okay|well|grand|great|good|better|right as rain) now|fine now|"
    r"(his|her|their|my|your) (usual|normal|old) (\w+ )?self|(which|that|it|and it) (has |had )?(stopped|settled|cleared|went away|resolved)|"
    r"(fine|normal|ok|okay|all good|clear|healthy) (at|on|in) (the|every|each|all|my|her|his) (scans?|checks?|ultrasounds?|check-?ups?|appointments?)|"
    r"everything (was |is |has been )?(fine|normal|ok|okay|good))\b|活蹦乱跳|生龙活虎|精神(返)?(好|正常)了"
)
_MANAGED_CONDITION = re.compile(
    r"\b(seizure|epilepsy|asthma|heart|diabetes|diabetic|stroke|cardiac|migraine|allergy|epi ?pen) (meds|medication|medicines?|"
    r"tablets|pills|prescription|nurse|clinic|team|review|plan|card|diary|diaries|log|chart)\b"
    r"|(癫痫|哮喘|心脏|糖尿病|中风|过敏)(的)?(药|药物|门诊|复诊|护士)"
)
_ROUTINE_ASK = re.compile(
    r"\b(how (do|can|would) (i|we) (get|order|book|change|update|renew|request|print|access|download|apply|arrange)|"
    r"can (i|we|he|she) (book|get|order|have)|results?|emailed|letters?|forms?|paperwork|certificate|wheelchair|parking|"
    r"appointment|booking|refill|repeat|order more|running low|run out|play again|go back|return to|any checks|"
    r"need (any|a) (checks?|tests?|follow[- ]?up)|follow[- ]?up|review|physio\w*|pill organi[sz]er|trip|"
    r"(can|may|should) (he|she|they|i|we) (still )?(go|come|attend|join|take part|travel|fly|swim)|"
    # round 8: school, sport, records, travel, clubs, check-ups
    r"school|nursery|swimming|sports?|(medical )?records?|show (up )?on|insurance|flights?|holiday|abroad|check-?ups?|"
    r"clubs?|meetings?|specialist service|apply|application|physio\w*|wheelchair|mention it|"
    # round 14: handing in a diary or a form (drop it at reception, post it)
    r"reception|(post|drop|hand|send) (it|them|this|these)( off| in| back)?|"
    r"tell (the|my|his|her|our) (dentist|doctor|gp|school|nursery|surgeon|employer|insurer|nurse|teacher))\b"
    r"|申请|领(药|取)|怎么领|怎样领|按怎领"
    r"|还要去医院|还要(看|去看)医生|要不要去医院|需要去医院吗|还用去医院"
    r"|打印|小结|证明|表格|覆诊|复诊|预约|约|续药|续(开|拿|配)|报告|挂号|病历|体检|拿药|(领|取|开)药"
)
# 3. Asked before a vaccination whether a fever afterwards is expected: a future possibility, not a fever now.
_BEFORE_JAB = re.compile(
    r"\b(due|booked|going|in) (for )?(his|her|their|the|its|our)? ?((\d+|two|four|six|eight|twelve|sixteen)[- ]?(week|wk|month) )?(jabs?|vaccin\w*|immuni[sz]ations?|shots?)\b"
    r"|\bbefore (we go|(his|her|the) (jabs?|vaccin\w*|shots?|appointment))\b|\basking (before|ahead)\b"
    # round 18: the jabs not given yet ('not given yet, just planning'), a fever the doctor said might follow (打完可能有点低烧)
    r"|\b(not (given|had|done) (them |it )?yet|just planning|planning ahead|(has|have) not had (them|it|the jabs?) yet)\b"
    r"|打(疫苗|针|预防针)(之)?前|(打完|打了|接种后?).{0,8}(会|会不会|可能|可能会|容易)(有点|有些|一点)?(低烧|发烧|发热|烧)|会(不会)?(发烧|发热)(吗)?"
)
# A dose taken late, missed or forgotten is not an overdose.
# round 34m (blind54): 'my late brother's cottage' (deceased), 'the late Mr', 'a late reply' or 'late for work' is no late dose
_LATE_DOSE = re.compile(r"\b(late(?! (husband|wife|partner|father|mother|dad|mum|mom|brother|sister|son|daughter|uncle|aunt|aunty|auntie|"
                        r"grandmother|grandfather|gran|granny|grandma|grandpa|nan|nana|grandad|granddad|friend|cousin|mr|mrs|ms|dr|"
                        r"reply|response|message|answer|night|notice|for)\b)|missed|forgot|forgotten|skipped)\b"
                        r"|迟了|晚了|漏(吃|服)|忘(了|记)(吃|服)")
# Something is happening now: any of these keeps every round-7 veto off.
_HAPPENING_NOW = re.compile(
    r"\b(rn|right now|at the moment|currently|as we speak|in front of me|what now|what do (i|we) do|help|911|999|000|112|"
    r"ambulance|having|keeps?|today|tonight|this (morning|afternoon|evening)|since (this )?(morning|last night|yesterday)|"
    r"worse|getting|can not|will not|still|again|(but|and) now|now (he|she|it|they|i|his|her|my|the) )\b|救命|正在|现在(?!没事|(很|挺|真|都|已经)?(好|稳定|正常)|玩|好好|想(?!死|自杀|轻生)|打算|准备|需要|要(?!死))|今天|今晚|越来越|还在|又|一直(?!都是这)"
)


# The writer says outright that nobody is ill or hurt.
_ALL_WELL = re.compile(r"\b(nothing (is )?wrong|no ?one is (hurt|ill|sick|injured|unwell)|nobody is (hurt|ill|sick|injured|unwell)|"
                       r"(everyone|everybody) is (fine|ok|okay|well))\b|没人受伤|没有人受伤|大家都没事|没有人不舒服")
# The frames that hold a condition as a topic; what is left once they are masked must not still raise a flag.
_TOPIC_FRAME_MASK = re.compile(
    r"\b(if|when|whenever|in case|in the event)\b[^,.;:?!\n]*|\b(warning |early )?(signs?|symptoms?) (of|for)\b[^,.;:?!\n]*"
    r"|\btalk (to|with)\b[^,.;:?!\n]*\babout\b[^,.;:?!\n]*|[^,.;:?!\n]*\bkit\b[^,.;:?!\n]*|\bwhat (should|do|can|must) (go|be kept)\b[^,.;:?!\n]*"
    r"|[^，,。？?！!\s]*(如果|万一|要是|假如|预兆|征兆|先兆|急救箱|急救包|药箱|话题|主题|培训|预案|找谁|注意|观察|留意|(应该|要)放|跟.{0,6}(聊|谈|倾))[^，,。？?！!\s]*"
    # round 8: the meaning of a word, what counts as a sign, a threshold, how to take a reading, a leaflet or a number
    r"|\bwhat (does|do)\b[^,.;:?!\n]*\bmean\b[^,.;:?!\n]*|\bwhat counts as\b[^,.;:?!\n]*|[^,.;:?!\n]*\b(threshold|cut-?off)\b[^,.;:?!\n]*"
    r"|\bhow (do|should|can|would) (i|we|you) (take|check|measure|read)\b[^,.;:?!\n]*"
    r"|[^，,。？?！!\s]*(单张|传单|小册子|须知|注意事项|热线|号码|几号|(急救|处理|应对)(的)?(方法|措施|步骤|流程)|手册)[^，,。？?！!\s]*"
    r"|[^,.;:?!\n]*\b(prevent\w*|store|storing|out of reach|child-?proof\w*|first[- ]aid)\b[^,.;:?!\n]*"
    r"|[^，,。？?！!\s]*(会不会(误|不小心|偷)|防止|预防|避免|(收|放|锁|藏)(好|起来))[^，,。？?！!\s]*"
    r"|[^,.;:?!\n，。？！]*(" + _R48F_THRESHOLD_Q + r")[^,.;:?!\n，。？！]*"  # round 48f: the threshold question's clause
)
# Clauses told as the past; masked, the rest of the message must not still raise a flag.
_PAST_CLAUSE_MASK = re.compile(r"[^,.;:?!\n，。？！]*(" + _SETTLED_PAST.pattern + r")[^,.;:?!\n，。？！]*")


# A mild sign told for an earlier day ('有点蔫 yesterday', 'a bit off last night'): the self-limiting version, over.
_MILD_EARLIER_CLAUSE = re.compile(
    r"[^,.;:?!\n，。？！]*(\b(yesterday|last night|the other day|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|昨天|昨晚|前天|前晚)"
    r"[^,.;:?!\n，。？！]*"
)


# Clauses that tell a sign as long-standing and unchanged; masked, the rest must not still raise a flag.
_CHRONIC_CLAUSE_MASK = re.compile(r"[^,.;:?!\n，。？！]*(" + _CHRONIC_UNCHANGED.pattern + r")[^,.;:?!\n，。？！]*")


def _over_masked(norm: str) -> str:
    """The message with clauses told as past, or as a mild sign on an earlier day, masked out."""
    masked = _PAST_CLAUSE_MASK.sub(" , ", norm)
    return _MILD_EARLIER_CLAUSE.sub(lambda m: " , " if _MILD_WORDS.search(m.group(0)) else m.group(0), masked)


def _still_raises_flag(text: str) -> bool:
    """True when any detector still finds a red flag in a (masked) text."""
    if not text.strip():
        return False
    hits = find_concepts(text)
    if any(r.level == EMERGENCY and _rule_fires(r, hits) for r in RULES):
        return True
    return bool(lay_red_flags(text) or assess_facts(extract_facts(text)))


# Words that look like 'now' but are not about the complaint: a new school, nothing new, play again after recovery.
_NOW_LOOKALIKE = re.compile(
    r"\bnothing new\b|\bnew (school|house|home|job|phone|number|address|gp|doctor|clinic|term|year|baby|flat|puppy)s?\b"
    r"|\b(play|playing|go back|return|drive|driving|swim|work|train|exercise|fly|travel|do sport)\w* again\b|\bbreath(e|ing) again\b(?=.*\bfine\b)"
    # round 8: well again now ('今天又活蹦乱跳', 'back to her usual self today') is the recovery, not a new complaint
    r"|(今天|现在|今日)?(又|已经|就)?(活蹦乱跳|生龙活虎|好了|没事了|正常了|精神了)"
    r"|\b(back to|is|seems) (his|her|their|my) (usual|normal|old) (\w+ )?self( today| now| again)?\b"
    # round 48f: the number named inside a threshold question ('how long should a fit go on before you ring 999?')
    r"|\bhow long\b[^.?!\n]{0,50}\b(before|until) (we|you|i|they|someone|staff|people|one) (ring|call|dial|phone)( for)? (999|911|112|000)\b"
)
# A cause that makes a pain or numbness harmless: a pulled muscle, pain only on twisting, a leg gone to sleep.
_BENIGN_CAUSE = re.compile(
    r"\b(pulled|strained|tweaked|twisted) (a |my |his |her )?(\w+ )?muscle\b|\bhurts? only when\b|\bonly (hurts?|sore|painful) when\b"
    r"|\b(went|goes|gone|go) (numb|dead|to sleep) (from|after) (sitting|kneeling|lying|sleeping|leaning)\b|\bslept on (it|my|his|her)\b"
    r"|\bpins and needles\b.{0,40}\b(gone|fine|passed)\b|\bfine (again )?after (a|one|few|a few) (seconds?|minutes?|moments?|min)\b"
    r"|拉伤|扭到|一动(就|才)痛|(坐|蹲|压)(麻|久)了|(坐|蹲|跪)(得)?太久|压(麻|的)"
)
_BENIGN_CAUSE_CATEGORIES = {"chest_pain", "stroke"}
# Round 40e (blind60a): a pulled muscle is the patient's own guess, never a veto over a pain told as tearing or ripping,
# going through to the back, massive, or with pale, grey or sweaty skin ('massive tearing pain in his chest going right
# thru to his back ... pale and sweaty as. Reckons he's just pulled a muscle': an aortic dissection).
_R40E_PAIN_ALARM = re.compile(r"\b(tearing|ripping|ripped|torn|being (ripped|torn)|massive|excruciating|(through|thru|into|to) (his|her|my|the|their) back|"
                              r"between (his|her|my|the) shoulder blades|sweaty|sweating|clammy|cold sweat|grey|gray|ashen|pale)\b")
# A pressed nerve or a pulled muscle explains a numb limb or a sore chest, never a face or speech sign beside it.
_FACE_OR_SPEECH_SIGN = re.compile(r"\b(slurr\w*|droop\w*|speech|lopsided|crooked (face|smile|mouth)|(face|mouth|smile) (\w+ )?"
                                  r"(fallen|dropped|twisted)|can not (speak|talk|get (his|her|my|their|the) words out))\b|"
                                  r"说话不清|讲话不清|口齿不清|说不出话|嘴歪|脸歪|口角歪|面瘫|半边脸")
# round 35z (blind55): what a limb slept on never explains: a whole side of the body weak or numb, a leg dragged, speech
# thick or slurred (含糊, 大舌头, 口齿不清, 讲嘢唔清), or a numbness still there hours later (两个钟头了还不好)
_R35Z_NOT_A_PRESSED_NERVE = re.compile(
    r"\b(whole|entire) (left|right) side\b|\b(left|right|one) side of (his|her|my|their|the) body\b|\bdragg\w* (his|her|my|their|a|one) (leg|foot)\b"
    r"|\b(still|not) (numb|weak|dead|back|right|better)( \w+){0,3} (after|for) (\d+|two|three|four|several|a few|a couple of) hours\b"
    r"|半边身|半身(?!像|照|裙)|(左|右|一)边(的)?身(子|体)|(一|半)边(手脚|手和脚|手同脚)|拖着(腿|脚)|(腿|脚)(拖着|拖住|拖地)"
    r"|(说话|讲话|讲嘢|讲野|讲)[^,.;:?!\n，。？！]{0,3}(含糊|含胡|不清|大舌头|口齿不清|不利索|漏风|黐脷)|大舌头|口齿不清|口齿不伶俐"
    r"|([\d一二两三四五六七八九十几]+|半)(个)?(钟头|钟|小时|个钟)(了)?[^,.;:?!\n，。？！]{0,4}(还|都|仍|仍然|依然)(是)?(不|没|未)(好|退|消|恢复|见好|缓)"
)
# Round 14: a twinge on a sneeze, cough or laugh that is already gone ('a sharp twinge when I sneezed this morning,
# gone now'); severe or acute wording keeps it, however it was caused.
_TRIGGERED_TWINGE = re.compile(r"\b(when|wen|as|after|while) (i|he|she|they|we) (sneezed|coughed|laughed|yawned|stretched|hiccup\w*|"
                               r"burped)\b|打(了个)?喷嚏|咳(嗽)?(一下)?(的)?时候|笑(的)?时候|伸懒腰")
_GONE_NOW = re.compile(r"\b(gone now|went away|passed (off|quickly|straight away)|(it|that|which) (stopped|passed|went)|"
                       r"fine (now|since|after))\b|(就|已经|马上|一下)(就)?(好了|没了|不痛了|不疼了)|现在(没事|不痛|不疼)")
_SEVERE_WORDS = re.compile(r"\b(severe\w*|crushing|worst|really bad|so bad|very bad|terrible|unbearable|agony|squeez\w*|"
                           r"pressure|heavy|tight\w*|arm|jaw|sweat\w*|breath\w*|can not|help)\b|剧痛|很痛|很疼|厉害|受不了|救命|压|闷|出汗|手臂|喘")
# Round 20: a brain freeze: a headache on cold food or drink, gone within seconds (the twinge reader's cold-trigger twin).
_COLD_TRIGGER = re.compile(r"\b(ice ?cream|slush\w*|smoothies?|ice lolly|ice lollies|ice pops?|popsicles?|frozen (drink|yogh?urt)s?|"
                           r"cold drinks?|iced (drinks?|coffee|tea|water)|brain freeze|ice-cold)\b|冰沙|冰淇淋|冰激凌|雪糕|冰棍|冰棒|冷饮|冰水|冰(的)?饮料|刨冰|冰咖啡")
_GONE_IN_SECONDS = re.compile(r"\b(gone|passed|went away|over|stopped|eased|fine)( again)? (in|after|within) (a few |a couple of |\d+ |ten |twenty |several )?seconds\b"
                              r"|\b(a few|\d+|ten|twenty|several) seconds (later|and (it|then it) (was|went))\b"
                              r"|(几|十几|数|两三|三四|\d+)秒(钟)?(后|之后)?(就|便)?(好|没|过|消|不痛|不疼|缓)")
# Round 14: a fever after the jabs told for an earlier day and gone ('had one last week after her jabs, gone now').
_EARLIER_DAY = re.compile(r"\b(last (week|night|month)|the other (day|week)|(a few|two|three|\d+) (days|weeks) ago|yesterday)\b"
                          r"|上(个)?(周|星期|礼拜|月)|前几天|昨天|前天")


def _not_happening_now(norm: str) -> set[str] | None:
    """Categories to drop when the message prepares, looks back or asks ahead; None when nothing applies."""
    norm = _treatment_failure_told(norm)
    if _LATE_DOSE.search(norm) and not _lexicon("LARGE_AMOUNT").search(norm) and not _lexicon("ONE_EXTRA").search(norm) \
            and not _INGESTED.search(re.sub(r"\btook (my|his|her|their) (\w+ )?(tablet|pill|dose|medicine|meds)\b", " ", norm)):
        return {"overdose_poisoning"}  # "took my tablet an hour late today": a late dose is no excess
    masked = _NOW_LOOKALIKE.sub(" , ", norm)
    if _HAPPENING_NOW.search(masked) or _lexicon("ACUTE_NOW").search(masked):
        return None
    derived = _derived_hits(tokenize(norm))
    reading = bool(derived.get("FEVER_VALUE") or derived.get("GLUCOSE_EXTREME"))
    if _FIRST_PERSON_INTENT.search(norm):
        return None
    every = {r.category for r in RULES} | {"suicide_self_harm"}
    if reading:
        return None
    if _ALL_WELL.search(norm):
        return every  # 'nothing wrong, just buying one': the writer says nobody is ill, and nothing says now
    if (_PREPARING.search(norm) and (_GENERIC_FRAME.search(norm) or (_INFO.search(norm) and _ASKING.search(norm)))
            and not _still_raises_flag(_LOGISTICS_MASK.sub(" , ", _TOPIC_FRAME_MASK.sub(" , ", norm)))):
        return every  # 'work question: colleague has crushing chest pain, what should we do?' still raises its flag
    if _ROUTINE_ASK.search(norm):
        if _RESOLVED_MARKER.search(norm):
            return every
        if _CHRONIC_UNCHANGED.search(norm) and not _still_raises_flag(_CHRONIC_CLAUSE_MASK.sub(" , ", norm)):
            return every  # 'his face droop from the stroke is the same as always, can he get physio?' 
        if _RESOLVED_WEAK.search(norm) and not _still_raises_flag(_over_masked(norm)):
            return every  # 'seizure when he was two, fine now; school swimming?' ('a seizure an hour ago, fine now' stays)
        if _MANAGED_CONDITION.search(norm) and not _still_raises_flag(_MANAGED_CONDITION.sub(" , ", norm)):
            return every
        if _SETTLED_PAST.search(norm) and not _still_raises_flag(_PAST_CLAUSE_MASK.sub(" , ", norm)):
            return every  # 'stroke 3 years ago; his face is drooping and he can not talk, wheelchair?' stays
    dropped = set()
    if _BEFORE_JAB.search(norm):
        dropped.add("infant_fever")
    if (_BENIGN_CAUSE.search(norm) and not _NOW_OR_SEVERE.search(masked) and not _lexicon("CHEST_LAY").search(norm)
            and not _R40E_PAIN_ALARM.search(norm)):
        # a severe or spreading pain now outweighs the cause it is blamed on; and the cause explains only its own limb or
        # muscle: "my arm went dead after sleeping on it but my face is drooping and my speech is slurred" stays a stroke
        rest = _BENIGN_CAUSE.sub(" , ", norm)
        # round 35z (blind55): nor half the body weak, a leg dragged, speech slurred in Chinese words, or a numb limb
        # not back after hours ('他说是压麻了' is the writer's explanation, never a veto over these)
        kept = {"stroke"} if _FACE_OR_SPEECH_SIGN.search(rest) or _R35Z_NOT_A_PRESSED_NERVE.search(rest) else set()
        dropped |= _BENIGN_CAUSE_CATEGORIES - kept
    return dropped or None


# Round 10 (after blind10): a condition held as the TOPIC of a frame that is about nobody now. The frame names the
# condition as an object (a support group or leaflet about it, a course on it, admitted with it, a check-up after
# it, someone's story of it, a plan for if it ever happens, no problems of that kind) and the message carries the
# cue that goes with the frame (home and recovering, parking or visiting hours, a course or book, a story, planning
# ahead). Each frame span is masked unless it says now; what is left must raise no flag at all and say nothing about
# now, so a sign described in the present in the same message still counts.
_CUE_RECOVERED = (r"\b(home and (doing|recovering) \w+|(doing|recovering) (really |very |so )?"
                  r"(well|fine|great|ok|okay)|"
                  r"back home|(is|are|was|been) (now )?stable|fully recovered|turned out (fine|ok|okay|to be nothing)|"
                  r"everything (was|turned out) (fine|ok|okay|normal)|(is|are|was|been) (fine|well|ok|okay|great|better) "
                  r"(now|since)|(she|he|they) (is|are) (fine|well|ok|okay|healthy|grand))\b"
                  r"|恢复得?(很|挺|不错|得很好|良好|好)|已经(稳定|出院|康复|好了)|现在(已经)?稳定"
                  r"|出院回家|康复"
                  # round 14: nothing of it since ('none since', 之后再没有)
                  r"|\b(none|nothing|never again|not once) since\b|之后(就)?再?(也)?没(有)?再?(发作?|犯|抽|出现)?过?")
_CUE_ADMIN = (r"\b(visiting (hours|times)|parking|car park|appointments?|follow[- ]?up|"
              r"book(ing)? (a|an|the|my|his|her|in)|"
              r"reception|which floor|opening (hours|times)|donate blood|blood donation|"
              r"(when|what time) (can|could|do|may) (we|i) visit|visit (him|her|them))\b"
              r"|停车|探视|探病|复查|复诊|回诊|挂号|预约|几楼|门诊几点|哪一?层")
_CUE_READING = (r"\b(reading up|read up|reading about|nursing course|course|studying|essay|thesis|dissertation|"
                r"assignment|leaflets?|booklets?|advice sheets?|handouts?|textbook|training to be|volunteer\w*|series|"
                r"film|movie|documentary|novel|podcast|support groups?|charity|"
                r"first[- ]aid (talks?|course|classes|kit)|guide for)\b"
                r"|卫教|教材|论文|课程|培训|训练|互助|手册|统计数据|资料|文章|纪录片|电视剧|书")
_CUE_STORY = r"\b(told (me|us) about|was telling (me|us) about|heard about)\b|听.{0,8}说"
_CUE_PLANNING = (r"\b(planning ahead|plan ahead|just in case|(everyone|everybody) is (well|fine|ok|okay|healthy)|"
                 r"(still )?at risk|happen again|grow out of|if we try again|child-?proof\w*|baby-?proof\w*)\b"
                 r"|先了解|(现在)?大家都(很)?好|以防万一")
_CUE_NEGATED = r"一切正常|方面的问题"
_SPAN_END = r"[^,.;:?!\n，。？！]*"
# Someone the frame is for ('information for my husband who ...'): then the frame's object is a person, not a
# topic ('ask someone about suicide' keeps its topic: an unnamed someone is the one asked, nobody is ill).
_PERSON_WORD = (r"(my |his |her |our |their |your |this |a |an |the )?(husband|wife|partner|son|daughter|child|kid|baby|"
                r"toddler|mum|mom|dad|father|mother|brother|sister|gran\w*|nan|grandad|grandpa|grandma|uncle|aunt\w*|"
                r"friend|neighbou?r|boss|colleague|flatmate|man|woman|boy|girl|patient|him|her|them|me|us)\b")
_TOPIC_SPANS = [(re.compile(span), re.compile(cue)) for span, cue in [
    # a group, leaflet, course, series, question or story ABOUT / ON / AFTER / FOR / WITH the condition
    (r"\b(support groups?|groups?|families|leaflets?|books?|course|training|series|film|movie|show|documentary|essay|"
     r"thesis|paper|article|talks?|information|info|advice|reading|read|research\w*|studying|learn\w*|ask|asking|"
     r"told (me|us)|tell (me|us)|telling (me|us)|heard|guide)\b(?: (?!" + _PERSON_WORD + r")[\w'-]+){0,4}? "
     r"(about|on|after|for|with)\b(?! " + _PERSON_WORD + ")" + _SPAN_END,
     "|".join((_CUE_READING, _CUE_STORY, _CUE_RECOVERED, _CUE_ADMIN))),
    # admitted / treated WITH or FOR it, told alongside a recovery or an admin ask
    # round 14: 'came in / was brought in with X on Monday and is stable now' is an admission told the same way
    # round 16: 'came into your A&E with X yesterday, he's been admitted, what time can we visit' is care already given
    (r"\b(admitted|hospitali[sz]ed|in hospital|treated|discharged|kept in|(came|come|was brought|got brought|was taken|"
     r"went|was rushed) in(to)?)\b(?: [\w&]+){0,3}? (with|for|after)\b"
     + _SPAN_END,
     "|".join((_CUE_RECOVERED, _CUE_ADMIN))),
    # a plan for IF it ever happens, said to be planning ahead
    (r"\bif\b" + _SPAN_END + r"|(如果|要是|万一|假如)" + _SPAN_END, _CUE_PLANNING),
    # an episode in a clause told as past, with a recovery or a question about the future
    (_SPAN_END + r"(\b(in|during) (my|her|a|the) (last|previous|earlier|first) pregnancy\b|"
     + _SETTLED_PAST.pattern + ")" + _SPAN_END, "|".join((_CUE_RECOVERED, _CUE_PLANNING))),
    # which products or places carry the biggest risk, asked while making a home safe
    (_SPAN_END + r"\b(biggest|main|most common|worst|greatest)( \w+){0,2} (risks?|hazards?|dangers?)\b" + _SPAN_END,
     _CUE_PLANNING),
    # the condition as the adjective of a leaflet or sheet
    (_SPAN_END + r"\b(advice sheets?|leaflets?|booklets?|handouts?|posters?)\b", _CUE_READING),
    # 关于X, 因为X住院, X后的复查, X患者家属, 听…说, 出现过/有过X, 没有X方面的问题
    (r"关于" + _SPAN_END, "|".join((_CUE_READING, _CUE_STORY))),
    (r"(因为|因)[^,.;:?!\n，。？！]{1,14}(住过院|住院|入院|住了院|送来|送到|送进|送去|入了|进了)" + _SPAN_END, "|".join((_CUE_RECOVERED, _CUE_ADMIN))),
    (r"[^,.;:?!\n，。？！\s]{1,14}(出院)?后(的)?(复查|复诊|回诊|随访|检查)", _CUE_ADMIN),
    (r"[^,.;:?!\n，。？！\s]{1,14}(患者|病人)(的)?家属", "|".join((_CUE_READING, _CUE_RECOVERED))),
    # someone else's story told as past (出现过, 以前, 那时); '听邻居说我爸晕倒了' is a report now
    (r"听[^,.;:?!\n，。？！]{0,8}说" + _SPAN_END + r"(过|以前|那时|时候|曾经)" + _SPAN_END, _CUE_STORY),
    (r"(出现过|有过)" + _SPAN_END, "|".join((_CUE_STORY, _CUE_RECOVERED, _CUE_ADMIN))),
    (r"(现在|目前)?(没有|没)[^,.;:?!\n，。？！]{1,14}方面的问题", _CUE_NEGATED),
    # what a name means, or how two names differ, asked as a definition
    # round 35z (blind55): '没什么意思' (nothing to it: 活着没什么意思) asks no meaning
    (_SPAN_END + r"(是(一个|同一个|一样的?)意思|(?<!没)(?<!没有)(?<!无)什么意思|(有)?什么(区别|差别|差异|不同)|的(区别|差别|差异)"
     r"|是同一(种|个)(病|东西)|是(不是)?一回事)" + _SPAN_END
     + r"|\b(difference between|what does)\b" + _SPAN_END, r"."),
]]
# Words that put a span, or what is left of the message, in the present.
_CURRENT_NOW = re.compile(
    r"\b(right now|at the moment|currently|as we speak|tonight|today|this (morning|afternoon|evening)|still \w+ing|"
    r"keeps? \w+ing|(is|are|am) having|has been \w+ing|"
    r"now (he|she|it|they|i|his|her|my|the) (is|are|has|have|can|will|keeps?)|"
    r"(and|but) now|in front of me)\b"
    r"|正在|现在(?![^,.;:?!\n，。？！]{0,10}(恢复|稳定|好(了|多|很多|好的)|很好|正常|没事|没有|大家|住院|病房))"
    # round 39z (blind59a): the time of asking ('现在想问药师': Hakka 今下 folds to 现在) says nothing about a case now
    r"(?!(我|就|只|是)?(想|要)(问|咨询|了解|请教|预约|知道))"
    r"|刚(刚|才)?(抽|吃|喝|发|开始)|还在|"
    r"又(开始|来|发作|出现)|今天|今晚"
    # just happened, again now, or critically ill now
    r"|\bjust (\w+ed|had|took|taken|swallowed|drank|ate|fell|went|got|started|began|called|rang)\b"
    r"|(?<!happen )(?<!try )(?<!go )(?<!stand for )(?<!called )(?<!was it )(?<!is it )\bagain\b"
    r"|\b(intensive care|icu|itu|resus|critical\w*|might not make it|life support|ventilat\w*)\b"
    r"|重症|抢救|病危|病重|插管"
)
# A frame span ends where a new state of someone begins ('after a heart attack last week and his chest is ...').
_SPAN_STOP = re.compile(r"\b(but|because|cos|so|while|whereas)\b"
                        r"|\band (now|then|he|she|his|her|they|their|it|its|my|i|we|the)\b")


# Round 11 (after blind11): a NAMED condition raises an emergency only when it is said of a real person present now.
# Its subject may instead be an animal, a fictional character, someone remote (the news, a stranger), a document
# (a leaflet's side-effect list, a form, a policy) or a training topic. A clause naming the condition is masked when
# its sentence carries such a subject and the clause names no present person (I, my dad, 我, 我爸) and nothing now;
# what is left must raise no flag and say nothing of now, so a sign in a present person still counts.
_NOT_PRESENT_SUBJECT = re.compile(
    r"\b(film|movie|tv|telly|series|episode|soap|drama|sitcom|cartoon|anime|video ?game|game|character|protagonist|"
    r"novel|news|newspaper|headline|article|stranger|celebrity|footballer|actor|actress|"
    r"dogs?|cats?|puppy|kitten|horses?|pony|rabbit|hamster|guinea pig|parrot|pets?|vet|veterinar\w*|"
    r"leaflet|side[- ]effects?|patient information|package insert|label|forms?|policy|insurance|questionnaire|"
    r"volunteers?|briefing|briefed|drill|scenario|exam question|quiz)\b"
    r"|电影|电视|剧里|剧中|主角|角色|小说|游戏|动漫|新闻|报道|路人|陌生人|明星|演员"
    r"|狗|猫|宠物|兽医|马儿|说明书|副作用|表格|保险|问卷|志愿者|演练|培训")
_PRESENT_PERSON = re.compile(
    r"\b(i|i'm|i've|me|myself)\b|\b(my|our|his|her) " + _PERSON_WORD.replace("(my |his |her |our |their |your |this |"
                                                                         "a |an |the )?", "")
    + r"|(?<![让令叫使])我(?!们?家的?|们的|(在)?(看|读|听)(的|过的))"
    # a pronoun is someone the writer is telling about ('he's overdosed, the label says 20'): present, never a film
    r"|\b(he|he's|she|she's|they|they're|him|them)\b|他|她"
    # round 26 (blind23): one of the writer's own group ('one of our volunteers has had a seizure') is present
    r"|\bone of (our|my) (volunteers|members|regulars|customers|guests|players|pupils|residents|clients|walkers|helpers|staff)\b"
    # TR29 (blind29): a troupe's own actor or dancer is a colleague present now (剧团的演员, 'one of our actors'), not a film's
    r"|\b(our|my) (actors?|actress(es)?|dancers?|cast members?)\b|\bone of (our|my) (actors|actresses|dancers|cast)\b"
    r"|(剧团|剧组|戏班|舞团|我们|我们剧团|团里|团里面)(的|里的)?(演员|舞者|舞蹈员)")
_NAMED_CONCEPTS = re.compile("|".join(f"(?:{c.pattern})" for c in CONCEPTS.values() if c.named))


# Round 12: a flag in any wording, not only a diagnosis name ('a character had a floppy child', 'the volunteers be
# briefed on heavy bleeding', 兽医说我家狗有点像孕期出血), when the frame word sits in the very same part of a clause
# (up to a turn: 'but', 'and he', 但是) and that part names no present person and nothing now. An animal that bites
# or kicks is the cause of an injury, not its subject; a side effect counts only as a listed one; urgency words
# ('crushing', 'will not stop', 'for 20 minutes', 救命) keep the part, whatever frame word it has.
_FRAME_IN_CLAUSE = re.compile(
    r"\b(film|movie|tv|telly|series|episode|soap|sitcom|cartoon|anime|video ?game|(?<!of )character|protagonist|"
    r"documentary|podcast|novel|news|newspaper|headline|article|stranger|celebrity|footballer|actor|actress|"
    r"vets?|veterinar\w*|animals?|(in|on|for|with) (our|my|the|a|his|her|their) (\w+ )?(dogs?|cats?|puppy|kitten|horses?|"
    r"pony|rabbit|hamster|guinea pig|parrot|pets?)|"
    r"leaflet|patient information|package insert|forms?|policy|questionnaire|"
    r"briefing|briefed|drill|scenario|exam question|quiz|(accident|incident|news|police) reports?|"
    r"(trained|training|taught|teach) (on|about|in|to (spot|recogni[sz]e|deal with|handle)))\b"
    r"|\b(lists?|listed|mentions?|includes?)\b[^,.;:?!\n]{0,60}\bside[- ]effects?\b"
    r"|\b(rare|uncommon|possible|known) side[- ]effects?\b"
    r"|电影|电视|剧里|剧中|主角|角色|小说|游戏|动漫|新闻|报道|路人|陌生人|明星|演员"
    r"|纪录片|宠物|兽医|动物|说明书|副作用|表格|理赔|问卷|演练|急救知识|培训|训练")
_ANIMAL_AGENT = re.compile(r"\b((?<!a )bit|bite|bites|bitten|biting|scratch\w*|attack\w*|kick\w*|trampl\w*|stung|sting)\b"
                           r"|咬|抓伤|踢")
_URGENCY_WORDS = re.compile(
    r"\b(crushing|worst|terrible|unbearable|agony|can not|will not|please|help|emergency|since|for the (last|past)|"
    r"\d+ ?(minutes?|mins?|hours?|hrs?)|ambulance|999|911|112|whole (bottle|box|pack|packet|strip)|all (of )?(the|his|her|my) "
    r"(pills|tablets)|yes|yeah)\b|救命|受不了|不行了|一直|分钟|小时|救护车|急救车|剧痛|叫不醒|不省人事|口吐白沫|一整(瓶|盒|板)|整(瓶|盒|板)")
_PART_STOP = re.compile(_SPAN_STOP.pattern + r"|但是|但|可是|不过|而且|结果")


_FICTION_LEAD = re.compile(r"\s*(in|on) (the|that|this|a) (\w+ )?(film|movie|series|show|episode|book|novel|game|soap|drama|"
                           r"cartoon|play)\b|\s*(那部|这部|那个|这个)?(电影|电视剧|剧|小说|游戏|动画|动漫)(里|中|上)")
_THIRD_PERSON = re.compile(r"\b(he|she|they|him|her|them|his|their)\b|他|她")
_ANIMAL_SUBJECT = re.compile(r"\s*((our|my|the|a|his|her|their) )?(\w+ )?(dogs?|cats?|puppy|kitten|horses?|pony|rabbit|hamster|"
                             r"guinea pig|parrot|pets?)\b|\s*(我们?家的?|我的)?(小)?(狗|猫|兔子|仓鼠|鹦鹉|宠物)")
# Someone told doing or undergoing something in the part ('a man collapsed', 'the nurse is not breathing', 有个男人
# 突然倒下); a possessed noun ('a stranger's baby was found') belongs to the frame's person, not to someone here.
_PERSON_SUBJECT = re.compile(
    r"(?<!'s )(?<!s' )\b(man|woman|lady|guy|boy|girl|child|kid|baby|toddler|teen\w*|person|someone|somebody|customer|"
    r"player|worker|colleague|passenger|member|nurse|doctor|receptionist|driver|reporter|neighbou?r|friend|student|"
    r"pupil|visitor|patient|resident|staff|volunteer|coach|teacher|runner|lifeguard)s?( (at|in|on|from|near|by|next to|behind) (the|a|an|our|my|this|that) "
    r"([\w'-]+ ){0,2}?[\w'-]+)? (is|are|was|were|has|have|had|just|suddenly|collapsed|fell|went|took|"
    r"swallowed|stopped|started|can|will|keeps?|got|became|seems|looks|hit|cut|burnt|burned|passed)\b"
    r"|(有个|有一个|一个)(男人|女人|男的|女的|人|老人|小孩|孩子|大爷|阿姨|大哥|大姐)")
# family words need no 'my' to be someone here ('the news is on and grandad slumped')
_KIN_WORD = re.compile(r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bsome )\b(mum|mom|mam|mummy|mommy|dad|daddy|grandad|"
                       r"granddad|grandpa|grandma|granny|nan|nana|hubby|husband|wife)\b|爸|妈|爷爷|奶奶|外公|外婆|老公|老婆")
_ANIMAL_WORDS = re.compile(r"\b(dogs?|cats?|puppy|kitten|horses?|pony|rabbit|hamster|guinea pig|parrot|pets?|animals?)\b"
                           r"|狗|猫|兔子|仓鼠|鹦鹉|宠物|动物")


def _frame_parts(clause: str):
    """(offset, text) of the parts of a clause between turns ('but', 'and he', 但是)."""
    cuts = [0] + [m.start() for m in _PART_STOP.finditer(clause) if m.start() > 0] + [len(clause)]
    return [(a, clause[a:b]) for a, b in zip(cuts, cuts[1:]) if b > a]


def _framed_part(part: str) -> bool:
    """True when a part of a clause holds a frame word and says nothing of a present person, now or urgency."""
    if _ANIMAL_AGENT.search(part) and not _FRAME_IN_CLAUSE.search(_ANIMAL_WORDS.sub(" ", part)):
        return False  # 'bitten by a dog, bleeding heavily': the animal caused it
    animal_subject = bool(_ANIMAL_SUBJECT.match(part))
    if not (animal_subject or _FRAME_IN_CLAUSE.search(part)):
        return False  # 'walking the dog, chest pain going down my arm': a dog that is neither subject nor patient
    if _FICTION_LEAD.match(part):
        part = _THIRD_PERSON.sub(" ", part)  # 'in the film he gets knocked out': he is the character
    if _PRESENT_PERSON.search(part) or _KIN_WORD.search(part) or _PERSON_SUBJECT.search(part):
        return False
    if _derived_hits(tokenize(part)).keys() & {"FEVER_VALUE", "GLUCOSE_EXTREME"}:
        return False  # a reading ('yes 38.4') is measured on someone here
    # an animal as the subject ('our puppy is floppy today') is a vet's question whenever it is
    # 'suddenly', 突然, 'just now' tell an event as it happens ('看电影时孩子突然抽搐')
    return animal_subject or not (_CURRENT_NOW.search(part) or _URGENCY_WORDS.search(part)
                                  or _lexicon("ACUTE_NOW").search(part))


def _not_present_subject(norm: str) -> bool:
    """True when every named condition sits in a clause about an animal, a character, a stranger, a document."""
    keep = [True] * len(norm)
    for sentence in _SENTENCE_RE.finditer(norm):
        if not _NOT_PRESENT_SUBJECT.search(sentence.group(0)) and not _FRAME_IN_CLAUSE.search(sentence.group(0)):
            continue
        start = sentence.start()
        for clause in re.split(r"([,:\uff0c\uff1a])", sentence.group(0)):  # 'to my gran: it lists X' is two
            if (_NAMED_CONCEPTS.search(clause) and _NOT_PRESENT_SUBJECT.search(sentence.group(0))
                    and not _PRESENT_PERSON.search(clause) and not _CURRENT_NOW.search(clause)
                    and not _lexicon("ACUTE_NOW").search(clause)):  # round 12: 看电影时孩子突然抽搐
                keep[start:start + len(clause)] = [False] * len(clause)
            else:
                for offset, part in _frame_parts(clause):
                    if _framed_part(part):
                        keep[start + offset:start + offset + len(part)] = [False] * len(part)
            start += len(clause)
    if all(keep):
        return False
    return _nothing_left("".join(ch if k else " " for ch, k in zip(norm, keep)))


# Round 12: a question put by a document or an app (a symptom checker asked me about X, the form asks if I have
# ever X, 理赔表上问到X) holds X as the question's topic; the present person there is the one asked. The asked part
# is masked when the message answers it as no, as long ago or as paperwork (I do not have any of it, not since, do I
# declare it, 填在哪一栏); what is left must raise no flag and say nothing of now. A person asking (the 111 nurse, the
# doctor) is not such a frame: that is a call in progress.
_ASKED_BY_DOCUMENT = re.compile(
    r"\b(symptom checker|checker|app|chatbot|bot|forms?|questionnaires?|survey|application|insurer|insurance)\b"
    r"(?: [\w'-]+){0,3}? (asked|asks|asking|ask|wants to know|questions?)( (me|us|him|her|them|you))?"
    r"(?: ?'[^']{1,120}'| (about|if|whether)\b[^,.;:?!\n]*)"
    r"|(表|表格|问卷|保险|理赔|申请|程序|程式|自测|网站|app)[^,.;:?!\n，。？！]{0,8}[,，]?(问到|问了|问我|问有没有|问是否|问过)[^,.;:?!\n，。？！]*")
_ANSWERED_NO_OR_PAPERWORK = re.compile(
    r"\b(i do not have|(do|does) not have any|none of (it|them|those|these|that)|not since|no problems since|nothing since|"
    r"never (had|have)|(\d+|many|a few|two|three|five|ten|fifteen|twenty) years ago|as a (teen\w*|child|kid)|"
    r"(do|should|must) i (have to |need to )?(answer|declare|tell|put|mention|tick|disclose)|which (box|section|part)|"
    r"why do they ask|a normal question|i (have|had) not(?= ?[;,.!?]| ?$))\b|(^|[-'.,:] ?)no([,.!]|$| (never|not|only|none|i do not|i have not)\b)"
    r"|填在哪|哪一栏|要(不|唔)要(填|写|申报|剔|勾|打勾|报)|怎么填|申报|没有这些|都没有|从来没有|从没有?|我(也|都|从来)?没有[,，。]")


def _asked_by_a_document(norm: str) -> bool:
    """True when every flag sits in a question put by a form or an app that the message answers no or as paperwork."""
    if not _ANSWERED_NO_OR_PAPERWORK.search(_ASKED_BY_DOCUMENT.sub(" , ", norm)):
        return False
    masked = _ASKED_BY_DOCUMENT.sub(lambda m: " " * len(m.group(0)), norm)
    return masked != norm and _nothing_left(masked)


def _nothing_left(masked: str) -> bool:
    """True when what is left of a masked message raises no flag at any level and says nothing about now."""
    masked = re.sub(r" {2,}", " , ", masked)
    if _CURRENT_NOW.search(masked):
        return False
    hits = find_concepts(masked)
    raised = any(_rule_fires(r, hits) for r in RULES)  # urgent rules too: nothing at all may be left
    return not (raised or lay_red_flags(masked) or assess_facts(extract_facts(masked)))


def _noncurrent_topic(norm: str) -> bool:
    """True when every flag in the message sits in a topic frame (support group, course, story, plan, follow-up)."""
    # Spans are found on the whole message and masked together, so one frame can not hide another's cue.
    keep = [True] * len(norm)
    for span, cue in _TOPIC_SPANS:
        if cue.search(norm):
            for m in span.finditer(norm):
                stop = _SPAN_STOP.search(m.group(0), 1)
                end = m.start() + stop.start() if stop else m.end()
                if not _CURRENT_NOW.search(norm[m.start():end]):
                    keep[m.start():end] = [False] * (end - m.start())
    if all(keep):
        return False
    return _nothing_left("".join(ch if k else " " for ch, k in zip(norm, keep)))


# Round 14 (after blind12): the writer is doing something ABOUT a condition, not having it: writing fiction, revising
# or doing homework, applying or interviewing for a job, asking for a translation, running for charity or in memory
# of someone, telling a dream. Each activity names the span that holds the condition (the story sentence, what the
# exam or interview asks, the quoted phrase, the memorial or 'who died of', the dream) and the cue that says the
# activity is the message's frame. A span is kept when it says now or tells an acute event, and, where the span is
# a hypothetical question, when it names a present person; what is left must raise no flag and say nothing of now.
_SENT_END = r"[^.;?!\n]*"
_CUE_FICTION = (r"\b(writ\w*|draft\w*|script\w*)( [\w'-]+){0,4}? (play|story|stories|novel|script|screenplay|scene|book|mystery|mysteries|"
                r"fanfic\w*|poem|sketch|chapter|comic)s?\b|\b(school|stage) play\b"
                # round 18: rehearsing or acting a part, a book club's novel ('the character clutches his chest')
                r"|\b(rehears\w*|audition\w*|acting out|play-?acting|amateur dramatics|am-?dram\w*|on stage|drama (club|class|group)|book club|"
                r"(practi[sc]\w*|learn\w*|going over|running) (her|his|my|their|our|the) lines|(has|have|had|needs?|got) to (pretend|play-?act|act|fake)\b|"
                r"(the|my|his|her|a) character|death scene|(in|from|for) (our|the|a|this|that|my|his|her) (\w+ ){0,2}(play|novel|panto\w*|musical|sketch))\b"
                r"|写\w{0,3}(小说|剧本|故事|话剧|戏|剧)|(小说|剧本|话剧)(里|中|的)|排(练|话剧|戏|小品)|彩排\w{0,2}(戏|场|幕|小品)|(要|在|怎么)演|演(话剧|戏|小品|角色)|剧组|角色")
# Round 24 (after blind21): a rehearsal, a show, a practice or a camp named as WHERE something happens ('at rehearsal:',
# 'during the matinee', 排练时, 綵排期間) is a setting: the person there is real and present. Only what is itself acted
# or rehearsed (rehearsing a stroke scene, 要演晕倒, pretend) is no case, so the setting is masked before the cues are read.
_REHEARSAL_SETTING = re.compile(
    r"\b(at|during|in|after|before|backstage at|halfway through|(just )?(got |come |came |getting |coming )?(back|home) from|straight from|"
    r"on the way (home |back )?from) (the |a |our |my |his |her |their |today's |tonight's |this \w+'s )?"
    r"((dress|tech|technical|band|choir|orchestra|drama|football|netball|rugby|swim\w*|school|fire|cast|final|first[- ]aid|\w+ team) )?"
    r"(rehearsals?|practi[cs]e|matinee|performance|show|gig|concert|drill|camp|run-through|recital|training|session|course)\b(?! (of|for|on|about)\b)"
    # round 26 (blind23): a club or class the writer runs or helps at ('I run a Saturday drama club for under-5s')
    r"|\bi (run|help run|help at|help out at|teach|lead|coach|volunteer at|work at) (a|an|the|our) (\w+ ){0,2}(drama|theatre|acting|dance|music|choir|stage) (club|class|group|school|session)s?( for [\w-]+)?"
    r"|(在|喺)?(排练|彩排|排戏|排演|演出|表演|练习|训练|集训)(的时候|嘅时候|时候|期间|中途|途中|间隙|时|中)"
    r"|(在|喺)(排练|彩排|排戏|排演|演出|表演|练习|训练|集训)(?=[:：,，])"
    # session 28 (blind47, read after its carry run): the time after it, "大坑火龙排练完，我爷爷吐了很多鲜红色的血": a
    # setting too; as a fiction cue it blanked the whole comma-joined sentence, and ten real emergencies with it
    r"|(排练|彩排|排戏|排演|演出|表演|练习|训练|集训)(完了?|完之后|之后|以后|后|结束(了|后|之后)?|散了)"
    # round 48m (blind47's hypo, "打完针之后冇食嘢就去排练，佢出晒冷汗"): going off to it is a setting too, unless a
    # play or a part is what is rehearsed
    r"|(就|先|又|然后|赶着|赶住)?(去|返)(了|咗)?(排练|彩排|排演|练习|训练|集训)(?![^,，。.]{0,6}(戏|剧|角色|小品|场|幕|演))")


def _without_setting(norm: str) -> str:
    """The text with a rehearsal, show or practice named as a setting blanked out (same length)."""
    return _REHEARSAL_SETTING.sub(lambda m: " " * len(m.group(0)), norm)
_CUE_STUDY = (r"\b(revis\w*|exams?|homework|coursework|assignments?|essays?|studying|study notes|quiz|osce|"
              r"first[- ]aid (course|class|instructor|trainer)|nursing (school|student|course|degree)|midwifery|"
              r"flashcards?)\b|复习|考试|作业|功课|读紧|护理系|急救班|急救课")
_CUE_JOB = (r"\b(interview\w*|job|jobs|applying|application|cv|resume|recruit(?!s\b)\w*|vacancy|hiring)\b"  # not 'the recruits' (trainees)
            r"|应聘|应征|面试|求职|招聘|笔试")
_CUE_TRANSLATE = r"\btranslat\w*|翻译|译成|译做|翻成"
_CUE_MEMORY = (r"\b(charity|fundrais\w*|sponsor\w*|in (loving )?memory|memorial|tribute|remembrance)\b"
               r"|纪念|悼念|慈善|筹款|义跑|义卖")
_ACTIVITY_SPANS = [(re.compile(span), re.compile(cue), guard) for span, cue, guard in [
    # the story sentence ('writing a play and one character has X', 写小说想问下, 角色被刀割到) ...
    (r"(" + _CUE_FICTION + r")" + _SENT_END, _CUE_FICTION, "now"),
    # round 18: a question about what the author wrote ('is chest pain that fast or is the author cheating?')
    (r"(?:^|(?<=[.?!] ))" + _SENT_END + r"\b(the|this|that|our) (author|writer|novelist|playwright|screenwriter|script)s?\b" + _SENT_END,
     r"\b(the|this|that|our) (author|writer|novelist|playwright|screenwriter)s?\b|作者|编剧", "person"),
    # ... a question on how to act or show it beside it ('how does a droopy face look?', 'how do I play it?')
    (r"(?:^|(?<=[.?!] ))" + _SENT_END + r"\bhow (do|does|would|should|can|to|might)\b( \w+){0,6} (look|act|play|show|portray|fake|seem|appear|move)\b" + _SENT_END,
     _CUE_FICTION, "person"),
    # ... and a hypothetical question beside it ('would a patient with X have had treatment?')
    (r"(?:^|(?<=[.?!] ))" + _SENT_END + r"\b(would|could|might)\b" + _SENT_END, _CUE_FICTION, "person"),
    # what an exam, a course, homework or an essay asks about (a summary of X, the red flags for X, 复习:…)
    (r"\b(summary|summari[sz]e|overview|definition|define|explain|explanation|notes?|flashcards?|mnemonic|"
     r"red flags?|warning signs?|signs?|symptoms?)\b( [\w'-]+){0,2}? (of|on|about|for)\b" + _SPAN_END, _CUE_STUDY, "now"),
    (r"\b(homework|revision|exam|quiz|assignment|coursework|course|class)\b[^.;?!\n:]{0,20}:" + _SENT_END
     + r"|(复习|考试|作业|功课)[^.;?!\n:]{0,6}:" + _SENT_END, _CUE_STUDY, "now"),
    # a student's question that names nobody (读紧护理，想问X嘅纪录要写咩)
    (r"(想问|想问下|问下|请问)" + _SPAN_END, _CUE_STUDY, "person"),
    (r"\b(instructor|teacher|lecturer|tutor|trainer|textbook|lecture|slides?)\b( \w+){0,2} "
     r"(said|says|told|taught|teaches|mentioned)\b" + _SPAN_END, _CUE_STUDY, "now"),
    # what a job interview or application asks (how I'd respond to X, 面试会问遇到X怎么处理)
    (r"\b(interview\w*|application|panel|assessment|test)\b( \w+){0,3}? (ask|asks|asked|question\w*|cover|covers|"
     r"include\w*|test|tests)\b" + _SPAN_END + r"|(面试|笔试|考核)" + _SPAN_END
     + r"|(问|考)到?(遇到|碰到|如果|关于)" + _SPAN_END, _CUE_JOB, "now"),
    # a quoted phrase to translate that names nobody ('warning signs of X', “X的危险信号”)
    (r"(?<!\w)'[^']{1,120}'(?!\w)|\"[^\"]{1,120}\"|“[^”]{1,120}”|‘[^’]{1,120}’|「[^」]{1,120}」|『[^』]{1,120}』",
     _CUE_TRANSLATE, "person"),
    # whom a charity run remembers or thanks (in memory of … who died of X, the ward that looked after … when he had X)
    (r"\b(in (loving )?memory of|memorial (to|for)|tribute to|who (died|passed away|passed)|died (of|from|after)|"
     r"passed away (from|with|after)|lost (\w+ ){0,2}to|looked after|cared for|treated)\b" + _SPAN_END
     + r"|(纪念|悼念)" + _SPAN_END + r"|因[^,.;:?!\n]{1,14}(去世|过世|过身|离世|病逝|走了|死)", _CUE_MEMORY, "now"),
    # a dream ('dreamt I had a stroke', 梦到自己中风)
    (r"\b(dreamt|dreamed|dream(ing)?|nightmare)\b" + _SPAN_END + r"|(做梦|做了个梦|做咗个梦|梦到|梦见|梦里|梦中)" + _SPAN_END,
     r".", "now"),
]]


def _activity_span_kept(span: str, guard: str) -> bool:
    """True when a span of an activity frame still tells something now (or, for 'person', names someone present)."""
    if _CURRENT_NOW.search(span) or _lexicon("ACUTE_NOW").search(span):
        return True
    return guard == "person" and bool(_PRESENT_PERSON.search(span) or _KIN_WORD.search(span))


def _activity_frame(norm: str) -> bool:
    """True when every flag sits in what an activity frame is about (a story, an exam, a job, a translation, a memorial, a dream)."""
    norm = _without_setting(norm)  # a setting is no frame (round 24)
    keep = [True] * len(norm)
    for span, cue, guard in _ACTIVITY_SPANS:
        if not cue.search(norm):
            continue
        for m in span.finditer(norm):
            if not m.group(0).strip():
                continue
            stop = _SPAN_STOP.search(m.group(0), 1)
            end = m.start() + stop.start() if stop else m.end()
            if not _activity_span_kept(norm[m.start():end], guard):
                keep[m.start():end] = [False] * (end - m.start())
    if all(keep):
        return False
    return _nothing_left("".join(ch if k else " " for ch, k in zip(norm, keep)))


# Round 16 (after blind13): ONE check for a condition held as a TOPIC. A flag that comes only from a condition name
# or noun phrase that is the object of a topic word (a talk, course, brochure, camp, podcast, episode, clue, quiz
# question, article, post, song line, lesson, insurance cover ... on / about / of / linked to / covering; 讲, 讲座,
# 主题是, 题问, 关于, 科普, 讲的是, 歌词, X的费用) is no emergency when the message holds no present case: the object names
# nobody who has it (my X, he, she, 他, 她, 我爸), says nothing of now and tells no acute event, and what is left once
# the objects are masked raises no flag and says nothing of now (a time of day alone, 'tonight', 今晚, is not a case).
_TOPIC_WORD_EN = (
    r"\b(talks?|lectures?|seminars?|webinars?|workshops?|courses?|class(es)?|sections?|modules?|chapters?|"
    r"leaflets?|brochures?|booklets?|pamphlets?|posters?|camps?|campaigns?|awareness (days?|weeks?|months?)|"
    r"podcasts?|(night's|week's|latest|new|podcast|tv|drama|series|show's) episode|dramas?|(tv|radio|talk|quiz) shows?|"
    r"series|films?|movies?|documentar(y|ies)|clues?|crosswords?|quiz(zes)?|questions?|trivia|articles?|blogs?|posts?|"
    r"threads?|tweets?|videos?|songs?|lyrics?|poems?|lessons?|teachers?|lecturers?|essays?|"
    r"(current|latest|official|general|up-to-date) advice|refresher|insurance|insurers?|polic(y|ies)|costs?|fees?|"
    r"interview(s|ing)?)\b"
)
_TOPIC_OBJECT_EN = re.compile(
    r"(?<![-\w])(?:" + _TOPIC_WORD_EN + r")(?P<gap>[^.;?!\n]{0,45}?)\b(on|about|of|linked to|related to|to do with|covering|covers?|cover|"
    r"includes?|include|mentions?|mention|teach(es)?|for)\b(?P<object>[^.;?!\n]*)"
    # what a course or a leaflet covers ('does it cover what to do if ...')
    r"|\b(does|do|will|would|can) (it|this|that|they|the \w+) (cover|include|teach|mention|go over)\b(?P<covered>[^.;?!\n]*)")
_TOPIC_WORD_ZH = (r"讲座|讲的是|(请|找|派|叫)[^,.;:?!\n，。？！]{0,6}讲|讲一?讲(?!下)|讲解|主题是|主题|题目|题问|关于|有关|科普|播客|"
                  r"节目|歌词|微博|帖子|推送|文章|视频|课程|急救课|医疗险|保险|保障|费用|有没有保"
                  r"|(内容|课上|课程里?|课里)[^,.;:?!\n，。？！]{0,3}(会)?(教|讲|包括|涵盖)"
                  r"|(医疗剧|电视剧|剧|电影|视频|节目|小说)[^,.;:?!\n，。？！]{0,8}[,，]?(里面|入面|里头|里|中)")
_TOPIC_OBJECT_ZH = re.compile(
    r"(?:" + _TOPIC_WORD_ZH + r")(?P<object>[^,.;:?!\n，。？！；：]+)"
    r"|(?P<before>[^,.;:?!\n，。？！；：]{1,20})的(急救|急诊|救护车|抢救|住院|治疗)?(讲座|播客|科普|文章|视频|费用|课|节目)")
# a time of day says when a talk or a quiz is, not that someone is ill now
_TIME_OF_DAY = re.compile(r"\b(tonight|today|this (morning|afternoon|evening|arvo))\b|今晚|今天")


def _topic_object_kept(obj: str) -> bool:
    """True when a topic word's object still names a present person, says now or tells an acute event."""
    obj = re.sub(r"抢救(好|回来|成功|过来)", " ", obj)  # a drama's rescue ('十几秒就抢救好了') is the plot
    if _CURRENT_NOW.search(obj) or _lexicon("ACUTE_NOW").search(obj) or _KIN_WORD.search(obj):
        return True
    # 'I' or 'my chest' in the object is the writer's own case; 'we' (我们在办) are the organisers and 'they' ('they
    # sorted it out in the episode', 'the class where they teach') the show's or the class's people
    if re.search(r"\b(my|his|her|their)\b(?! (commute|way|drive|phone|lunch|break|radio|car|own))", obj):
        return True
    person = re.sub(r"\b(we|us|they|them)\b|我们?(?=[在要想写听看])", " ", obj)
    return bool(_PRESENT_PERSON.search(person))


# the writer doing the topic activity between the topic word and its object ('a post where I wrote about X')
_WRITER_ACTIVITY = re.compile(r"\b(i|we|they)( am| are| have| had)? (wrote|write|writing|read|saw|seen|watched|heard|"
                              r"listened|found|posted|would like|want|wanted|need|argued|were|was)\b")


# an object ends at a turn ('but', 'and he') or where the writer goes on to what someone asked or said about it
_TOPIC_STOP = re.compile(_SPAN_STOP.pattern + r"|\band (asked|asks|told|tells|said|says|wants|wanted)\b")


def _topic_gap_has_case(gap: str) -> bool:
    """True when the words between a topic word and its preposition tell of a present person ('c-section I've got a fever of')."""
    gap = _WRITER_ACTIVITY.sub(" ", gap)
    return bool(_PRESENT_PERSON.search(re.sub(r"\b(they|them)\b", " ", gap)) or _KIN_WORD.search(gap))


# A call for help says there is a case, whatever topic word the message also uses ('help! question about bleeding -
# deep cut, blood spurting').
_HELP_CALL = re.compile(r"(?:^|[.!?,;:]\s*)help\b(?! (?:desk|line|page|section|sheet))|\bhelp (?:me|us|him|her)\b(?! "
                        r"(?:understand|find|choose|book|decide|plan|prepare|write|get ready))|\bplease help\b|"
                        r"\b(?:emergency(?! (?:department|dept|room|ward|unit|contact|number|services?|medicine|exit|care))|"
                        r"urgent|asap|sos)\b|救命|救救|快来人|急急急|紧急")


def _topic_object(norm: str) -> bool:
    """True when every flag is the object of a topic word (talk on X, 讲X的讲座) and nobody has it now."""
    if _HELP_CALL.search(norm):
        return False
    keep = [True] * len(norm)
    for pattern in (_TOPIC_OBJECT_EN, _TOPIC_OBJECT_ZH):
        pos = 0
        while (m := pattern.search(norm, pos)) is not None:
            group = next(g for g in ("before", "covered", "object") if m.groupdict().get(g) is not None)
            start, end = m.span(group)
            if m.groupdict().get("gap") and _topic_gap_has_case(m.group("gap")):
                pos = m.start() + 1
                continue
            stop = _TOPIC_STOP.search(norm, start + 1, end) if group != "before" else None
            end = stop.start() if stop else end
            pos = max(end, m.start() + 1)  # a turn ends the object; a later topic word may follow it
            if end > start and not _topic_object_kept(norm[start:end]):
                keep[start:end] = [False] * (end - start)
    if all(keep):
        return False
    masked = _TIME_OF_DAY.sub(" ", "".join(ch if k else " " for ch, k in zip(norm, keep)))
    return _nothing_left(masked)


# Round 19 (after blind16): ONE reading for a condition that is what a DOCUMENT, COURSE, ACTIVITY or ARTEFACT is
# about: an OSCE station, a training slide, a poster, a leaflet, a care-plan page, a book chapter, a game rule, a talk,
# a first-aid course (站, 单张, 海报, 讲座, 课, 章, 资料, 卫教). The condition words are the object of the artefact noun
# (noun ... on / about / of / is / covering / involving X) or its modifier (X 的 卫教单张, “X”这一站, X讲座); that span
# is masked when it names no present person, says nothing of now and tells no acute event, and what is left of the
# message must raise no flag and say nothing of now. A sign described anywhere outside those spans keeps the alarm.
_ARTEFACT_EN = re.compile(
    # not 'plan' (a suicide plan), 'units' (of insulin), 'sheets' (of blood), 'section' (c-section)
    r"(?<![-\w])(stations?|slides?|slide ?decks?|decks?|presentations?|posters?|leaflets?|flyers?|fliers?|handouts?|"
    r"brochures?|pamphlets?|booklets?|pages?|chapters?|modules?|rules?|homebrew|campaign|scenarios?|"
    r"talks?|lectures?|seminars?|workshops?|courses?|classes|trainings?|drills?|care plans?|"
    r"headlines?|displays?|fact ?sheets?|worksheets?|checklists?|cards?|routines?|tricks?|topics?|"
    r"themes?|subjects?|projects?|exhibits?|manuals?|guides?|materials?|resources?|"
    # round 20: a costume, make-up or prop that looks like a sign ('a zombie costume with a droopy face')
    r"costumes?|outfits?|fancy[- ]dress|make-?up|face ?paint\w*|masks?|props?|dolls?|puppets?|dummy|dummies|mannequins?)\b")
_ARTEFACT_LINK_EN = re.compile(r"\b(on|about|of|is|covering|covers?|involv\w*|titled|called|re|regarding)\b|:")
# what a costume or prop looks like follows 'with' ('a costume with a droopy face'); other artefacts keep the list above
_ARTEFACT_WORN = re.compile(r"costumes?|outfits?|fancy[- ]dress|make-?up|face ?paint\w*|masks?|props?|dolls?|puppets?|dummy|dummies|mannequins?")
_ARTEFACT_LINK_WORN = re.compile(_ARTEFACT_LINK_EN.pattern + r"|\b(with|showing|that (has|shows))\b")
_ARTEFACT_ZH = re.compile(r"专科服务|这一?站|那一?站|卫教|单张|海报|讲座|急救课|课程|(?<![上下])课|那一章|这一章|章节|常识|资料|展板|传单|手册|小册子|宣传")
_ARTEFACT_GAP_EN = 40
_ARTEFACT_MODIFIER_EN = re.compile(r"\b(?:the|a|an|my|his|her|our|their|this|that|your|its)\s+(?P<topic>(?:[\w'-]+\s+){1,3}?)"
                                   + _ARTEFACT_EN.pattern.replace("(?<![-\w])", "", 1))
# the object ends at a turn, or at whom the artefact is for ('a slide on X for new starters': the audience is no case)
_ARTEFACT_OBJECT_END = re.compile(_TOPIC_STOP.pattern + r"|\bfor\b")


def _artefact_topic(norm: str) -> bool:
    """True when every flag is what a document, course, activity or artefact is about and nobody has it now."""
    if _HELP_CALL.search(norm):
        return False
    norm = _without_setting(norm)  # round 24: 'at the drill:' is where it happens, not what it is about
    keep = [True] * len(norm)
    clauses = _spans(re.compile(r"[,.;?!\n，。；？！]"), norm)
    for ca, cb in clauses:
        clause = norm[ca:cb]
        for noun in _ARTEFACT_EN.finditer(clause):
            # the object after a link word that follows the noun ('a slide on X', 'my station is X', 'poster ... is about X')
            links = _ARTEFACT_LINK_WORN if _ARTEFACT_WORN.fullmatch(noun.group(0)) else _ARTEFACT_LINK_EN
            for link in links.finditer(clause, noun.end()):
                gap = clause[noun.end():link.start()]
                if len(gap) > _ARTEFACT_GAP_EN or _SPAN_STOP.search(gap) or re.search(r"\band\b", gap):
                    break  # a turn between the noun and the link starts another event ('the drill fell off ... and is')
                if link.group(0) == "is" and len(gap.split()) > 2:
                    continue  # 'is' links only near the noun ('my station next week is X'), not a later subject's verb
                start = link.start()
                stop = _ARTEFACT_OBJECT_END.search(clause, link.end() + 1)
                end = stop.start() if stop else len(clause)
                if end > start:
                    if not _topic_object_kept(_TIME_OF_DAY.sub(" ", clause[start:end])):
                        keep[ca + start:ca + end] = [False] * (end - start)
                    # the first object decides: a kept one ('station: my dad is vomiting') is not re-read from a later
                    # link ('... is vomiting') that no longer holds its person
                    break
        for phrase in _ARTEFACT_MODIFIER_EN.finditer(clause):
            # the condition as the noun's modifier ('the seizure care plan', 'a stroke leaflet'): the words between the
            # determiner and the artefact noun; 'my'/'his' before them is whose document it is, not a case
            start, end = phrase.start("topic"), phrase.end("topic")
            if not _SPAN_STOP.search(phrase.group("topic")) and not _topic_object_kept(phrase.group("topic")):
                keep[ca + start:ca + end] = [False] * (end - start)
        for noun in _ARTEFACT_ZH.finditer(clause):
            # the modifier before the noun (X的卫教单张, “X”这一站, X讲座, 讲下X的常识), back to a turn or 20 characters
            start = max(0, noun.start() - 20)
            stop = None
            for stop in _PART_STOP.finditer(clause, start, noun.start()):
                pass
            start = stop.end() if stop else start
            piece = re.sub(r"我们|咱们", " ", _TIME_OF_DAY.sub(" ", clause[start:noun.end()]))  # the organisers
            if piece.strip() and not _topic_object_kept(piece):
                keep[ca + start:ca + noun.end()] = [False] * (noun.end() - start)
    if all(keep):
        return False
    masked = _TIME_OF_DAY.sub(" ", "".join(ch if k else " " for ch, k in zip(norm, keep)))
    return _nothing_left(masked)


# Round 17 (after blind14): ONE check for a condition word MENTIONED, not USED about anyone now. A flag whose only
# support is a condition word that is (1) quoted, (2) asked about as a word (how do you say X, X 中文是, X 点分, a
# translation, a phrase), (3) marked figurative, joking or pretend (play-acts X, 扮晕倒, a fake wound; pretend counts
# only beside a statement that all is well), (4) placed in a finished past beside a "now fine" statement (had X in the
# 1980s and recovered, 几年前 ... 现在很好, asthma 控制得很好), or (5) what a thing or a cause is for (a first-aid kit
# shopping list, a charity for X) is no emergency when the message holds no present case: the masked spans are each
# checked for a present person, now, an acute event or urgency first (round 11's subject words, `_CURRENT_NOW`,
# ACUTE_NOW, `_URGENCY_WORDS`), a call for help keeps everything, and what is left must raise nothing and say nothing
# of now (`_nothing_left`; a time of day alone, as in round 16, is not a case).
_QUOTED = re.compile(r"(?<![a-z0-9])'[^'\n]{1,60}'(?![a-z0-9])|\"[^\"\n]{1,60}\"|“[^”\n]{1,60}”|‘[^’\n]{1,60}’"
                     r"|「[^」\n]{1,60}」|『[^』\n]{1,60}』")
_MENTION_WORD = re.compile(
    r"\bhow (do|would|can|should|to) (you |i |we |they )?(say|spell|write|pronounce|translate|call)\b"
    r"|\bwhat (is|are) the (\w+ )?(words?|terms?|phrases?|names?) for\b"
    # round 37e (blind57): 'stops every two words for breath' is speech broken by breathlessness, no word asked
    r"|(?<!\bevery )(?<!\btwo )(?<!\bthree )(?<!\bfew )(?<!\bother )\b(words?|terms?|phrases?) for\b(?! (a )?(breath|air)\b)"
    # the word as a word ('the word', 'a less dramatic phrase'), not speech ('a word at a time', 'her words are slurred')
    r"|\b(the|this|that|which|what|a|an) (\w+ ){0,2}(word|term|phrase|expression)s?\b(?! at a time)"
    # session 21 (blind35): "sorry for spelling" / "excuse my spelling" is an apology for typing, not a word asked
    r"|\b(vocab\w*|synonyms?|translat\w*|pronounc\w*|dictionary|textbook)\b|\bas in an? \w+|\bhas it as\b"
    r"|(?<!\bmy )(?<!\bfor )(?<!\bbad )(?<!\babout )(?<!\bfor the )(?<!\bexcuse the )(?<!\bpardon the )\bspelling\b"
    r"(?! (mistakes?|errors?|is (bad|terrible|awful|rubbish|shocking)))"
    # round 24: a folk saying asked about as a claim (老人家常说「热到中风」, 'old folk say you can get X from the heat')
    # round 25 (blind22): a sign phrase taken as a motto, slogan or catchphrase ('feel the burn' is my new motto)
    # (round 35z: '没什么意思' / '没啥意思' below says there is nothing to life, it asks no word's meaning)
    r"|\b(motto|slogan|catchphrase|mantra|tagline|hashtag)s?\b|口头禅|座右铭|口号|标语"
    r"|\b(old wives'? tales?|folk (sayings?|beliefs?|wisdom)|(old folk|old people|old-timers|grandparents|elders) (say|said|used to say)|the saying goes)\b"
    r"|(常说|常讲|成日讲|老话|俗话|俗语|民间说法|老一辈(说|讲))"
    # round 22: not the writer's own language ('I write in English, my third language' is how they write, not a word asked)
    r"|(?<!\bwrite )(?<!\bwriting )(?<!\bwrote )(?<!\btype )(?<!\btyping )(?<!\bspeak )(?<!\btalk )(?<!\bmessage )"
    r"\bin (mandarin|cantonese|chinese|english|british english|american english|spanish|french|german|welsh|italian|"
    r"portuguese|tagalog|japanese|korean|hindi|urdu|arabic|polish|irish|gaelic)\b"
    r"|(英文|中文|英语|粤语|普通话|国语|日文|日语|韩文|韩语)(的)?(是|叫|怎么|点|咋|名|翻译|单词|写法|说法|讲法)"
    r"|怎么(说|讲|写|翻译|译)|点(讲|译|写|分)|(?<!知)(?<!知道)(?<!晓得)点解|咋(说|讲)|这个(词|字|单词)|词语|(?<!没)(?<!没有)(?<!无)(什么|咩|啥)意思|(?<!没)(?<!没有)(?<!无)的意思|翻译|(有什么|有咩|的)(区别|分别)")
_MENTION_JOKE = re.compile(
    r"\b(figurative\w*|metaphor\w*|jok(e|es|ing)|kidding|lol|lmao|haha\w*|not (medical|literally|literal|serious|real|ill)|"
    # round 23 (blind20): 'figure of speech', 'just an expression'; Cantonese 讲笑 (joking)
    r"figures? of speech|manner of speaking|just an? (expression|saying)|"
    r"nothing (medical|real|serious))\b|开(个)?玩笑|玩笑|哈哈|搞笑|讲笑|说笑|其实没事|其实冇事|唔系有事|不是真的|夸张")
_MENTION_PRETEND = re.compile(
    r"\b(pretend\w*|play-?act\w*|role-?play\w*|make-?believe|fak(e|es|ed|ing)|costume|acting out)\b"
    r"|\b(dramatic|theatrical)( \W?\w+\W?){0,2} act\b|\bjust (theatre|theater|drama|an act|acting)\b"
    r"|\bplay(s|ed|ing)? (at )?(being )?(a |an )?(?='[^']{1,40}')|扮|假装|装(晕|死|病|睡)|话剧|演戏")
_TOY_AMBULANCE = re.compile(r"\b(toy|pretend|play|lego|plastic) (ambulances?|hospitals?|doctor'?s? (kit|set))\b|(玩具|玩)(的)?救护车(游戏)?|救护车(游戏|玩具)")
_STAGED = re.compile(
    r"\b(costumes?|make-?up|props?|gelatine|gelatin|special[- ]effects|sfx|fake blood|prosthetics?|(school |a |the )play|"
    r"theatre|theater|student film|toys?|teddy|teddies|dolls?|soft toy|dress(ing)?[- ]up)\b|玩具|公仔|小熊|娃娃|游戏|道具|化妆|剧本杀")
_MENTION_THING = re.compile(
    r"\b(shopping list|first[- ]aid kits?|stock up|charity(?! shops?)|charities(?! shops?)|fundrais\w*|donat\w*|raffle)\b"
    r"|募捐|公益|捐款|义卖|慈善|筹款|购物清单|急救箱|急救包")
# A statement that all is well now (or was never real), which a pretend or a past mention must stand beside.
# round 31ana (signs31): 'is it fine now?' (是不是就没事了, 没事了吗) asks, it does not say all is well
_WELL_NOW = re.compile(
    r"\b((is|are|am|was|seems) (completely |totally |perfectly |absolutely |just )?(fine|ok|okay|well|healthy|grand)|"
    r"(completely|totally|perfectly|just) fine|fine now|all clear|recovered|not ill|nothing real|doing (well|fine|great)|"
    r"right as rain|fit as a fiddle|back to (his|her|my|their) (old|usual|normal) self|"
    r"(has|have|had|is|am|are) been (\w+ )?(well|fine|okay|ok|good|great)|"
    r"(nobody|no ?one)( was| is| got)? hurt|well[- ]controlled|under control)\b|(^|[.!?] )fine\b"
    r"|现在(挺|很|都|也)?好|治疗后(很)?好|很好了|挺好|好精神|精神(很|挺)?好|冇事|(?<!是不是)(?<!是不是就)(?<!是否)(?<!是否就)(?<!会不会)(?<!会不会就)没事(?!了?(吗|吧|嘛|么|\?|？))|唔系有事|(他|她|佢)(很|好)好|好好的|一切正常"
    r"|(好|很)?(几|多)年(都)?没(有)?(发|犯)?(过)?了|控制得(很|挺|还|算)?好|控制良好")
# A finished past (or a condition kept under control), dated or told as over.
_FINISHED_PAST = re.compile(
    _SETTLED_PAST.pattern + r"|\b((\d+|a few|few|several|two|three|four|five|six) (days?|weeks?) ago|in the (19|20)?\d0s|"
    r"decades? ago|long ago|years back|well[- ]controlled|under control)\b|以前|曾经|那时候?|(的)?事了|确诊的|控制得(很|挺|还|算)?好|控制良好")
_CLAUSE_CUT = re.compile(r"[,.;:?!\n，。；：？！]")
_R35E_BUT = re.compile(r"\bbut\b|但是|可是|不过")  # round 35e: the turn that ends a joke marker's reach
_SENTENCE_CUT = re.compile(r"[.;?!\n。；？！]")


def _spans(cut: re.Pattern, text: str) -> list[tuple[int, int]]:
    """(start, end) of the pieces of `text` between cuts."""
    bounds = [0] + [m.end() for m in cut.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _mention_case(piece: str, person: bool = True) -> bool:
    """True when a masked piece still tells a present case: now, an acute event, urgency or (with `person`) someone here."""
    # round 22: a toy ambulance or an ambulance game is a plaything, not an ambulance called
    piece = _TOY_AMBULANCE.sub(" ", piece)
    if (_CURRENT_NOW.search(_TIME_OF_DAY.sub(" ", piece)) or re.search(r"\bnow\b", piece)
            or _lexicon("ACUTE_NOW").search(piece) or _URGENCY_WORDS.search(piece)):
        return True
    # the organisers of a cause or the askers of a word ('we', 我们) are not a patient; 'his skin', 'her lips' are
    return person and bool(_PRESENT_PERSON.search(re.sub(r"\b(we|us)\b|我们", " ", piece)) or _KIN_WORD.search(piece)
                           or re.search(r"\b(his|her|their)\b", piece))


def _condition_quote(quote: str) -> bool:
    """True when a quoted phrase holds a condition word (any concept of the rules or a lay sign) and tells no case itself
    ('translate "my husband is having a heart attack"' quotes a case: someone present, now)."""
    inner = quote[1:-1]
    if _PRESENT_PERSON.search(inner) or _KIN_WORD.search(inner) or _CURRENT_NOW.search(inner):
        return False
    return bool(find_concepts(inner) or _NAMED_CONCEPTS.search(inner) or lay_red_flags(inner))


def _raises_nothing(piece: str) -> bool:
    """True when a piece of a message raises no flag at any level by itself."""
    hits = find_concepts(piece)
    return not (any(_rule_fires(r, hits) for r in RULES) or lay_red_flags(piece) or assess_facts(extract_facts(piece)))


def _mentioned_not_used(norm: str) -> bool:
    """True when every flag rests on a condition word mentioned (quoted, asked as a word, figurative, pretend, over, a cause)."""
    if _HELP_CALL.search(norm):
        return False
    well = bool(_WELL_NOW.search(norm))
    word, joke, thing = bool(_MENTION_WORD.search(norm)), bool(_MENTION_JOKE.search(norm)), bool(_MENTION_THING.search(norm))
    # round 22: a staged thing (a toy, a teddy, stage make-up, a costume, a child's dramatic act) is pretend without 'all is well'
    pretend = (well or bool(_STAGED.search(norm))) and bool(_MENTION_PRETEND.search(norm))
    past = well and bool(_FINISHED_PAST.search(norm))
    if not (word or joke or thing or pretend or past):
        return False
    keep = [True] * len(norm)

    def mask(a: int, b: int) -> None:
        keep[a:b] = [False] * (b - a)

    # 1. a quoted condition word, with the clause that holds it (the quote's own '!' does not end that clause)
    quotes = [m.span() for m in _QUOTED.finditer(norm) if _condition_quote(m.group(0))]
    blanked = list(norm)
    for a, b in quotes:
        blanked[a:b] = " " * (b - a)
    blanked = "".join(blanked)
    for a, b in _spans(_CLAUSE_CUT, blanked):
        if any(a <= qa < b for qa, _ in quotes) and not _mention_case(blanked[a:b], person=False):
            mask(a, max(b, max(qb for qa, qb in quotes if a <= qa < b)))
    for a, b in quotes:
        mask(a, b)
    # the clauses that only carry a marker or say all is well ('nothing medical, I just liked the word', 现在挺好)
    markers = [m for m, on in ((_MENTION_WORD, word), (_MENTION_JOKE, joke), (_MENTION_THING, thing),
                               (_MENTION_PRETEND, pretend), (_WELL_NOW, well)) if on]
    for a, b in _spans(_CLAUSE_CUT, blanked):
        clause = blanked[a:b]
        if (any(m.search(clause) for m in markers) and not _lexicon("ACUTE_NOW").search(clause)
                and not _URGENCY_WORDS.search(clause) and _raises_nothing(clause)):
            # round 35e (blind55): a marker covers only its part of a clause with a turn ('typing this into a hospital
            # chat lol but I am on the top floor of the car park'): what follows the turn is told, not joked
            cuts = [0] + [m.start() for m in _R35E_BUT.finditer(clause) if joke and m.start() > 0] + [len(clause)]
            for x, y in zip(cuts, cuts[1:]):
                if any(m.search(clause[x:y]) for m in markers):
                    mask(a + x, a + y)
    sentences = _spans(_SENTENCE_CUT, blanked)
    for index, (sa, sb) in enumerate(sentences):
        sentence = blanked[sa:sb]
        # 2 and 5. a word asked about, or what a thing or a cause is for: this sentence and its neighbours
        near = " ".join(blanked[x:y] for x, y in sentences[max(0, index - 1):index + 2])
        framed = (word and _MENTION_WORD.search(near)) or (thing and _MENTION_THING.search(near))
        # 4. a finished past (or a condition under control) beside a statement that all is well now
        over = past and _FINISHED_PAST.search(sentence)
        clauses = _spans(_CLAUSE_CUT, sentence)
        case_seen = False  # once a clause tells a present case, the rest of its sentence is that case
        told_now = False  # round 39z: ... and so is a clause told today or after 'but' beside the old event
        for i, (a, b) in enumerate(clauses):
            clause = sentence[a:b]
            # a dated clause, or the clause it looks back on ('出血很多, 那是十年前的事了'), names whoever it was
            dated = any(_FINISHED_PAST.search(sentence[x:y]) for x, y in clauses[i:i + 2])
            told_now = told_now or bool(_R39Z_TOLD_NOW_ZH.search(clause))
            if over and not told_now and not _mention_case(clause, person=not dated):
                mask(sa + a, sa + b)
            elif framed and not case_seen and not _mention_case(clause):
                mask(sa + a, sa + b)
            elif framed and _mention_case(clause, person=False):
                case_seen = True
            elif pretend and _MENTION_PRETEND.search(clause):
                # 3. the part of the clause that is pretend play (a turn, 'but now he ...', keeps what follows)
                for offset, part in _frame_parts(clause):
                    if _MENTION_PRETEND.search(part) and not _mention_case(part, person=False):
                        mask(sa + a + offset, sa + a + offset + len(part))
    if all(keep):
        return False
    masked = _TIME_OF_DAY.sub(" ", "".join(ch if k else " " for ch, k in zip(norm, keep)))
    # round 25 (blind22): 'new' that dates a thing owned ('my new meter', 'my new motto') tells no new symptom
    return not _lexicon("ACUTE_NOW").search(_OWNED_NEW.sub(" ", masked)) and _nothing_left(masked)


# round 39z: '去年中风，现在好了，不过今天早上开始说话说不清楚' (the Hakka 今下好咧，毋过今晡日… folds to it): the stroke of today
# was masked as the old event's details; a clause that turns (不过, 但是) or is told today is the present case
_R39Z_TOLD_NOW_ZH = re.compile(r"^\s*(不过|但是|可是|但|然而)|今天|今早|今晚|今日|今朝|刚才|刚刚|啱啱|头先")
_OWNED_NEW = re.compile(r"\b(my|our|his|her|their|the|a) (brand )?new (\w+('s)? )?(meters?|motto|phone|job|car|house|flat|glasses|pumps?|"
                        r"sensors?|app|watch|shoes|pens?|device|kit|bike|gp|doctor|clinic|boss|school|teacher|routine|hobby|gym|"
                        r"strips|test strips|lancets?|monitor|fridge|kettle|laptop|diary)\b")


# Round 18: breath held on purpose (breath-hold training, free-diving, 练憋气) or lost to laughter (笑死我了 喘不上气了哈哈).
_BREATH_ON_PURPOSE = re.compile(
    r"\b(breath[- ]?hold\w*|hold\w* (my|his|her|their|your) breath) (training|practice|exercises?|drills?|record|time|for longer)\b"
    r"|\b(free-?div\w*|apnoea training|apnea training|static apn\w*)\b"
    # TR29 (blind29): a breath held while singing or playing a wind instrument (唱歌的时候憋气, 'holding my breath while singing')
    r"|(唱歌|唱|练声|练嗓|吹奏|吹笛子?|吹萨克斯|吹号|吹喇叭)(的)?(时|时候)?.{0,4}憋气"
    r"|\b(hold|holds|holding|held) (my|his|her|their|your) breath (while|when|for|during) (sing\w*|playing|practi[sc]\w*|a (long )?note)\b"
    r"|(练|练习|训练|学|学习|自由潜水?|潜水|游泳)(时|的时候)?.{0,4}憋气|憋气(训练|练习|时间|能力|比赛|憋不久|总是憋不|憋不长)|憋不久|憋不长"
    r"|(笑死|笑得|笑到|笑疯|太好笑|好好笑|哈哈)[^.;?!\n。？！]{0,12}(喘不上气|喘不过气|透不过气|上不来气|喘不上来)"
    r"|(喘不上气|喘不过气|透不过气|上不来气)了?(哈哈|笑死|[\U0001F602\U0001F923\U0001F606])"
    r"|\b(laugh\w*|lol|lmao|crying laughing|in stitches)\b[^.;?!\n]{0,30}\b(can not|could not|can barely) breathe\b"
    # round 22: the idiom the other way round ('could not breathe for laughing')
    r"|\b(can not|could not|can barely|could barely|can hardly|could hardly) breathe (for|from|with) (laugh\w*|giggl\w*)\b"
    r"|\b(can not|could not) breathe\b[^.;?!\n]{0,8}(\blol\b|\blmao\b|\bhaha\w*|[\U0001F602\U0001F923\U0001F606])"
    # round 20: a toddler's tantrum breath-hold (发脾气憋气, a breath-holding spell) and breath pauses in habitual snoring
    # (打呼噜…有时候还憋气, to mention before an anaesthetic): a habit, not a struggle to breathe now
    r"|(发脾气|闹脾气|耍脾气|哭闹|大哭|哭得太?(凶|厉害)|生气)[^,.;:?!\n，。；：？！]{0,4}(就|时|的时候)?(会)?憋(气|住气?)"
    r"|\bbreath[- ]?holding (spells?|episodes?|attacks?)\b|\bholds? (his|her|their) breath (when|in|during|if|after) (\w+ ){0,2}(tantrums?|crying|cries|upset|cross|angry|told off)\b"
    r"|(打呼噜|打呼|打鼾|鼾声|呼噜)[^.;?!\n。；？！]{0,16}(有时|有时候|偶尔|经常|常常|老是|总是)(还|会|也)?(会)?憋(气|住)"
    r"|\bsnor\w*\b[^.;?!\n]{0,40}\b(sometimes|at times|often|every night|some nights)( \w+){0,2} (stops?|stopping|pauses?|pausing|holds?) (breathing|for breath|(his|her|my) breath)\b"
)
# Round 20: a symptom anticipated, not happening ('just thinking about the scan makes my chest tight', 一想到做胃镜就胸口发紧).
_ANTICIPATED = re.compile(
    r"\b(just |even )?(thinking (about|of)|the (thought|idea) of|imagining|picturing|dreading)\b[^.;?!\n]{0,60}?"
    r"\b(makes?|gets?|sets?|turns?|gives?|brings? on)\b( \w+){0,2} (chest|heart|breath\w*)\b(?:(?! (and|but|so|now) )[^.;?!\n,]){0,25}"
    r"|(一想到|想到|一想起|光是想|一提到|一说到)[^。？！.?!]{0,15}?(就)?[^。？！，,.?!]{0,6}(胸口?|心口|心里|心脏|呼吸|气)[^。？！，,.?!]{0,6}"
)


# Round 18: the writer's own infancy ('I was such a floppy, sleepy baby', 我小时候...), told as a story.
_OWN_INFANCY = re.compile(
    r"\b(i|we) (was|were) (such |so |a really |a very )?(a |an )?([\w'-]+,? ){0,3}(baby|babies|toddler|infant|newborn)\b(?:(?! (and|but|while) | now\b)[^,.;:?!\n])*"
    r"|\bwhen (i|we) (was|were) (a |an )?(baby|babies|toddler|infant|newborn|little|tiny)\b(?:(?! (and|but|while) | now\b)[^,.;:?!\n])*"
    r"|\bas (a |an )?(baby|toddler|newborn|infant),? (i|we|my (mum|mom|mother|parents))\b(?:(?! (and|but|while) | now\b)[^,.;:?!\n])*"
    r"|我(小时候|婴儿时|婴儿的时候|刚出生(的)?时候?|还是婴儿的时候)[^,.;:?!\n，。？！]*")


def _own_infancy_only(norm: str) -> bool:
    """True when a child flag rests only on the writer's own infancy: with it blanked, no child rule fires and
    nothing acute is said."""
    if not _OWN_INFANCY.search(norm):
        return False
    masked = _OWN_INFANCY.sub(" , ", norm)
    if _lexicon("ACUTE_NOW").search(masked) or _CURRENT_NOW.search(masked):
        return False
    cats = {"child_unwell", "infant_fever"}
    hits = find_concepts(masked)
    return not (any(r.category in cats and _rule_fires(r, hits) for r in RULES)
                or any(f.category in cats for f in lay_red_flags(masked))
                or any(f.category in cats for f in assess_facts(extract_facts(masked))))


def _flag_only_in(norm: str, span: re.Pattern, categories: set[str]) -> bool:
    """True when the flags of `categories` rest only on `span`: with its matches blanked, no rule or lay sign of those
    categories fires and nothing acute is said."""
    if not span.search(norm):
        return False
    masked = span.sub(" , ", norm)
    if _lexicon("ACUTE_NOW").search(masked):
        return False
    hits = find_concepts(masked)
    return not (any(r.category in categories and _rule_fires(r, hits) for r in RULES)
                or any(f.category in categories for f in lay_red_flags(masked)))


def _only_anticipated(norm: str) -> bool:
    """True when chest and breathing flags rest only on a symptom the thought of something brings on, and the rest of
    the message names no pain, no breathlessness and no present case."""
    if not _flag_only_in(norm, _ANTICIPATED, {"chest_pain", "breathing"}):
        return False
    masked = _ANTICIPATED.sub(" , ", norm)
    return not ({"PAIN", "SOB", "CANT_BREATHE", "CHEST"} & set(find_concepts(masked)) or re.search(r"\bnow\b|现在|而家", masked)
                or _CURRENT_NOW.search(_TIME_OF_DAY.sub(" ", masked)))


def _breath_only_on_purpose(norm: str) -> bool:
    """True when a breathing flag rests only on a breath held on purpose, lost to laughter, held in a tantrum or paused
    in habitual snoring."""
    return _flag_only_in(norm, _BREATH_ON_PURPOSE, {"breathing"})


# Round 22 (blind19): the writer says outright that the case is an animal and no person is affected ('a vet question,
# no people affected', 'nothing to do with children, wrong form'); an animal named beside it.
_NO_PERSON_AFFECTED = re.compile(
    r"\b(no (people|person|humans?|one else|kids|children) (affected|involved|hurt|ill|sick|harmed)|no people|"
    r"nothing to do with (children|kids|people|humans|a person)|(it is|it's|i know it is) a vet(erinary)? question|not a (human|person))\b"
    r"|没有人(受影响|有事)|不是人|跟(小孩|孩子|人)(无关|没关系)"
    # round 23 (blind20): the animal already under a vet's care, the writer asking for nobody (宠物医院在看了, 不用管我)
    r"|(宠物医院|兽医|动物医院)(已经|正)?在(看|治|处理)|\b(the )?vets? (is|are|has|have) (already )?(seeing|seen|treating|got|looking at) (him|her|it|them)\b"
    # round 24: the animal's look compared to a condition (猫打哈欠嘴歪, 像中风; 'the dog looks like he is having a stroke')
    r"|(猫|狗|猫咪|狗狗|宠物|兔)[^。！？.!?]{0,30}(像|好像|好似|似|仿佛)(是|系)?(中风|心脏病发?|抽筋|癫痫|发羊吊)"
    r"|\b(dog|cat|puppy|kitten|pet|rabbit|horse|parrot)('s)?\b[^.!?]{0,50}\blike (a|he is having a|she is having a|it is having a) (stroke|heart attack|seizure|fit)\b")
_ANIMAL_WORD = re.compile(
    r"\b(dogs?|cats?|pupp(y|ies)|kittens?|collies?|spaniels?|labradors?|terriers?|horses?|ponies|pony|rabbits?|hamsters?|"
    r"guinea pigs?|parrots?|pets?|kennels?|vets?|livestock|sheep|cows?|goats?|pigeons?|birds?|budgies?|chickens?|hens?)\b|狗|猫|宠物|兽医|马|兔|鸽|鸟|鸡")


def _person_named_beside_animal(norm: str) -> bool:
    """True when a person (kin, a child, someone doing something, 'I also ate') is told beside the animal's case."""
    return bool(_KIN_WORD.search(norm) or _lexicon("CHILD_ANY").search(norm) or _PERSON_SUBJECT.search(norm)
                or re.search(r"\b(i|we) (also |both )?(ate|swallowed|drank|took|have taken)\b|我(们)?(也|都)?(误)?(吃|喝|吞|服)", norm))


# Session 17 (blind26's first run): the frame vetoes below (a topic, a story, a rehearsal, a relay, a document) dropped
# real emergencies written in a club's voice: 京剧票房排练，有人说胸口像压了块石头，疼到左胳膊和下巴，一直出冷汗 ... 怎么办;
# "Amateur radio club net, relaying by text: A station on our net is 33 weeks pregnant and hasn't felt the baby move
# since yesterday. What should we do?". A message that asks what WE or I should do now (怎么办, 急不急, 要不要打电话,
# "what should we do", "what now", "drive or wait") is asking for help with a case: the frame vetoes do not apply.
# Not "what should you do" or "what would you do" (an exam or a story asks that), and not a question put as a
# hypothetical (if, 如果, 假如).
_HELP_NOW = re.compile(
    r"\bwhat (should|do|can|shall|must) (we|i) do\b|\bwhat now\b|\bwhat do (we|i) do now\b|\bdrive or wait\b|"
    r"\bshould (we|i) (call|ring|phone|dial|get) (an ambulance|999|911|112|000|an ambo|the ambulance)\b|"
    r"怎么办|怎麼辦|点算|點算|急不急|要不要(打|叫|送)|要唔要(打|叫|送)|该怎么做|該怎麼做")
_HELP_HYPOTHETICAL = re.compile(r"\b(if|suppose|supposing|imagine|what if|would you|should you|do you)\b|如果|假如|假设|假設|要是|万一|萬一")


# ... about someone there: a person other than the writer (someone, a member, a guest, a teammate, kin, a baby, 有人,
# 学妹, 队友, 宝宝). A closing "怎么办" on an errand (a poster to translate, cards to order, a dog's fit) names nobody.
_SOMEONE_THERE = re.compile(
    r"\b(someone|somebody|a (member|competitor|guest|station|player|runner|walker|lad|girl|boy|man|woman|lady|bloke|chap|"
    r"colleague|passenger|customer|camper|climber|hiker|teammate|student|pupil|visitor|spectator|swimmer|rider|dancer|singer)|"
    r"one of (our|the|my) \w+|(my|our|his|her|their) (son|daughter|baby|child|kid|brother|sister|friend|partner|wife|husband|"
    r"mum|mom|dad|nan|gran|grandad|grandma|teammate|colleague|student)|(his|her|their|our|a|the) baby)\b|"
    r"有人|有位|有个人|有個人|有一个人|有一個人|学妹|學妹|学弟|學弟|学姐|學姐|学长|學長|队友|隊友|同学|同學|队员|隊員|团员|團員|"
    r"客人|乘客|老人家|大叔|大爷|大爺|阿姨|大妈|大媽|老伯|阿伯|宝宝|寶寶|孩子|婴儿|嬰兒|儿子|兒子|女儿|女兒|"
    r"爸|妈|媽|爷爷|爺爺|奶奶|外公|外婆|老公|老婆|弟弟|妹妹|哥哥|姐姐")


def _asks_for_help_now(norm: str) -> bool:
    """Whether the message asks what we or I should do now about someone there, not put as a hypothetical."""
    return bool(_HELP_NOW.search(norm) and _SOMEONE_THERE.search(norm)) and not _HELP_HYPOTHETICAL.search(norm)


def _context_vetoes(text: str, fired: list[Rule]) -> list[Rule]:
    """Drop categories whose trigger words sit in a context that is not a red flag now.

    Support questions about a friend (suicide), a child whose infant fever was long ago, numbness from a
    local anaesthetic that has worn off (stroke), early pregnancy bleeding already checked and not back.
    """
    if not fired:
        return fired
    norm = normalize(text)
    dropped: set[str] = set()
    if (_SUPPORT_QUESTION.search(norm) and (_THIRD_PARTY_IF.search(norm) or _harm_told_as_past(norm))
            and not _FIRST_PERSON_INTENT.search(norm)):
        # "her cousin tried to kill herself last year, how can I support her": help for someone, about the past
        dropped.add("suicide_self_harm")
    if (_CURRENT_OLDER_AGE.search(norm) and _INFANT_THEN.search(norm)) or (_READING_QUESTION.search(norm) and not _derived_hits(tokenize(norm)).get("FEVER_VALUE")):
        dropped.add("infant_fever")  # "now two and healthy"; "what temperature counts as a fever in a newborn?"
    if _lexicon("LOCAL_ANAESTHETIC").search(norm) and (_NUMB_WORN_OFF.search(norm) or not _OTHER_STROKE_SIGN.search(norm)):
        dropped.add("stroke")  # a numb lip after a filling is the anaesthetic; weakness or speech trouble still count
    if _SUICIDE_TOPIC.search(norm) and not _still_suicidal(_SUICIDE_TOPIC.sub(" , ", norm)):
        dropped.add("suicide_self_harm")
    if _NORMAL_RANGE_QUESTION.search(norm) and _SAID_NORMAL.search(norm) and not _PREGNANCY_NOW.search(norm):
        dropped |= {"pregnancy", "infant_fever", "child_unwell"}  # "what's a normal number of kicks? baby moving normally"
    if _PREGNANCY_REASSURED.search(norm) and not _PREGNANCY_NOW.search(norm):
        dropped.add("pregnancy")
    if _lexicon("CLEANING_QUESTION").search(norm) and not _INGESTED.search(norm):
        dropped.add("overdose_poisoning")  # "can I use bleach on the bottles before she drinks": nothing was swallowed
    if _BLEED_STOPPED.search(norm) and not _STILL_NOW.search(norm):
        dropped.add("bleeding")  # "pinched it for 10 minutes and it stopped, fine since": over, told afterwards
    if _slept_on_limb_resolved(norm):
        dropped.add("stroke")  # round 24: an arm numb from lying on it that came back within minutes (a pressed nerve)
    if _THERMOMETER_ERRAND.search(norm) and not _FEVER_TOLD.search(norm) and not _derived_hits(tokenize(norm)).get("FEVER_VALUE"):
        dropped.add("infant_fever")  # round 24: choosing a thermometer for a newborn, nobody hot
    if _SCAR_QUESTION.search(norm) and _WELL_SINCE_HARM.search(norm) and _harm_told_as_past(
            _AGE_NOW.sub(" , ", _WELL_SINCE_HARM.sub(" , ", _ASKING_ABOUT.sub(" , ", norm)))):
        dropped.add("suicide_self_harm")  # round 24: self-harm long past, well now, asking about the scars
    if _one_extra_supplement(norm):
        dropped.add("overdose_poisoning")  # one extra vitamin tablet is a pharmacist question, not poisoning
    if (_HYPERBOLE_DEATH.search(norm) and _JOKING.search(text.lower() + norm) and not _NOT_JOKING.search(norm)
            and not _still_suicidal(_FICTION_CLAUSE.sub(" , ", _HYPERBOLE_DEATH.sub(" , ", norm)))):
        dropped.add("suicide_self_harm")  # "so much homework I could die 😂, library hours?"
    if _DEATH_IDIOM.search(norm) and not _NOT_JOKING.search(norm) and not _still_suicidal(_DEATH_IDIOM.sub(" , ", norm)):
        dropped.add("suicide_self_harm")  # round 19: 'going to die of embarrassment' is an idiom, joke marker or not
    if _WAS_FINE_AFTER.search(norm) and not _lexicon("ACUTE_NOW").search(norm) and not _STILL_NOW.search(norm):
        dropped |= _SELF_LIMITING  # "felt shivery after the jab but was fine the next day": over, told afterwards
    dropped |= _round25_dropped(norm, fired)
    dropped |= _round26_dropped(norm, fired)
    dropped |= _round27_dropped(norm, fired)
    dropped |= _tr28_dropped(norm, fired)  # TR28 (blind27): a trade's 'fitting', a joke, a dose by the packet, a treated hypo
    dropped |= _tr29_dropped(norm, fired)  # TR29 (blind29): a product's or group's name, a role, a made-up story, a joke
    dropped |= _tr40_dropped(norm, fired)  # TR40 (everyday15/16): another sense, someone's worry, a treated hypo, denied breath
    dropped |= _r42_dropped(norm, fired)  # round 42 (everyday18): nerve, Raynaud's, rib, BP tablet twice, hangover, ...
    dropped |= _r44_dropped(norm, fired)  # round 44 (everyday19/20, R36): word senses, someone else's alarm, look-alikes
    dropped |= _r45_dropped(norm, fired)  # round 45 (blind44, blind43): documents, past and well, toys, wrong-time dose, ...
    dropped |= _r48f_dropped(norm, fired)  # round 48f (blind48, everyday24): a shock simile, a cat's scratch stopped
    dropped |= _r50f_dropped(norm, fired)  # round 50f (everyday26, blind50, signs30): a photo, 好多了, cold colour, a donation, ...
    dropped |= _r31g3_dropped(norm, fired)  # round 31g3 (signs31): asked ahead or for a record, a blanching rash, a side effect, ...
    dropped |= _r33_dropped(norm, fired)  # round 33 (oos tune, blind52): a sleep test, rehab, tap water, the DVLA, money, a laptop, ...
    dropped |= _r33d_dropped(norm, fired)  # round 33d (blind53): past and well, an information question, a figure of speech, ...
    dropped |= _r33s_dropped(norm, fired)  # round 33s (blind52/53): a past attempt, now stable, asked about practically
    dropped |= _r34f_dropped(norm, fired)  # round 34f (blind54): a joke put aside, an information question, a spill, ...
    dropped |= _r35z_dropped(norm, fired)  # round 35z (blind55): a definition asked, in care and stable, a normal reading, ...
    dropped |= _r35e_dropped(norm, fired)  # round 35e (blind55): movements said normal, support asked, past sepsis, a strap mark, ...
    dropped |= _r36z_dropped(norm, fired)  # round 36z (blind56): reported or example signs for a purpose, a risk named, past and seen, ...
    dropped |= _r36e_dropped(norm, fired)  # round 36e (blind56): a purpose's information question, a dated event now well, a figure
    dropped |= _r37z_dropped(norm, fired)  # round 37z (blind57): fiction or a purpose's question, a pet seen by a vet, past and well
    dropped |= _r38z_dropped(norm, fired)  # round 38z (blind58): re-dated, a figure taken back, hearsay, well now, a school task
    dropped |= _r37e_dropped(norm, fired)  # round 37e (blind57): dated and well, past harm now stable, a teen, a joke taken back, ...
    dropped |= _r38e_dropped(norm, fired)  # round 38e (blind58): dated by age or year and well, a record asked, a purpose, a joke, sunburn
    dropped |= _r39z_dropped(norm, fired)  # round 39z (blind59b): a post's figure of speech about a task, a thing, a food or a show
    dropped |= _r40z_dropped(norm, fired)  # round 40z (blind60a): a child listless from an upset, eating and sleeping as usual
    dropped |= _r39e_dropped(norm, fired)  # round 39e (blind59): a pet seen by a vet, food overdone, a dead person's medicines, ...
    dropped |= _r40e_dropped(norm, fired)  # round 40e (blind60): a sign read as a general fact, breathless after a run, a bleed asked ahead
    dropped |= _nosebleed_question_dropped(norm, fired)  # session 29 (R34, R39, R41): a recurring nosebleed, first aid asked
    dropped |= _l39_speech_dropped(norm, fired)  # session 39 (lead): a toddler who can only say a few words is learning to talk
    dropped |= _not_happening_now(norm) or set()
    if (_TRIGGERED_TWINGE.search(norm) and _GONE_NOW.search(norm) and not _SEVERE_WORDS.search(norm)
            and not _lexicon("ACUTE_NOW").search(norm) and not _STILL_NOW.search(norm)):
        dropped |= _BENIGN_CAUSE_CATEGORIES  # round 14: a twinge on a sneeze, already gone
    if (_COLD_TRIGGER.search(norm) and _GONE_IN_SECONDS.search(norm)
            and not _lexicon("ACUTE_NOW").search(re.sub(r"\bsudden(ly)?\b|突然|一下子", " ", norm))  # a brain freeze is sudden
            and not _STILL_NOW.search(norm) and not re.search(r"\b(vomit\w*|confus\w*|worst)\b|呕|吐|晕|最痛|说话不清", norm)):
        dropped.add("severe_headache")  # round 20: a brain freeze, gone in seconds
    if (_AFTER_JAB.search(norm) and _EARLIER_DAY.search(norm) and _GONE_NOW.search(norm)
            and not _derived_hits(tokenize(norm)).get("FEVER_VALUE") and not _STILL_NOW.search(norm)
            and not _lexicon("ACUTE_NOW").search(norm)):
        dropped.add("infant_fever")  # round 14: a fever after the jabs on an earlier day, gone now
    if {"child_unwell", "infant_fever"} & {r.category for r in fired} and _own_infancy_only(norm):
        dropped |= {"child_unwell", "infant_fever"}  # round 18: 'I was such a floppy baby' (a speech, a family story)
    if "breathing" in {r.category for r in fired} and _breath_only_on_purpose(norm):
        dropped.add("breathing")  # round 18: a breath held on purpose (free-diving, 憋气 practice) or lost to laughter
    if {"chest_pain", "breathing"} & {r.category for r in fired} and _only_anticipated(norm):
        dropped |= {"chest_pain", "breathing"}  # round 20: a symptom brought on by the thought of a test, not happening
    if (_NO_PERSON_AFFECTED.search(norm) and _ANIMAL_WORD.search(norm)
            and not _person_named_beside_animal(_NO_PERSON_AFFECTED.sub(" ", norm))):
        dropped |= {r.category for r in fired}  # round 22: an animal's illness, the writer saying no person is affected
    if _asks_for_help_now(norm):
        pass  # session 17: a message asking what to do now about someone is a case, whatever frame it opens with
    elif _noncurrent_topic(norm):
        dropped |= {r.category for r in fired}  # round 10: a condition as the topic of a frame, nobody ill now
    elif _not_present_subject(norm):
        dropped |= {r.category for r in fired}  # round 11: a condition in a dog, a film, a stranger, a leaflet
    elif _asked_by_a_document(norm):
        dropped |= {r.category for r in fired}  # round 12: a form's or an app's question, answered no or long ago
    elif _activity_frame(norm):
        dropped |= {r.category for r in fired}  # round 14: a story, exam, job, translation, memorial or dream about it
    elif _topic_object(norm):
        dropped |= {r.category for r in fired}  # round 16: a condition as the object of a topic word, no case now
    elif _mentioned_not_used(norm):
        dropped |= {r.category for r in fired}  # round 17: a condition word quoted, asked about, joked, pretend, over
    elif _artefact_topic(norm):
        dropped |= {r.category for r in fired}  # round 19: what a station, slide, poster, leaflet, page, rule, 单张 is about
    fired = [r for r in fired if r.category not in dropped] if dropped else fired
    if fired and _general_question(norm):
        # "which department for chest pain? just asking", "what is sepsis, saw a poster": nobody is ill.
        # Suicidal thoughts stay: "what's the point of living" is asked about oneself without naming anyone.
        fired = [r for r in fired if r.category == "suicide_self_harm"]
    if any(r.category == "overdose_poisoning" for r in fired) and _dose_doubled_days_ago(norm):
        # round 20: 'took my morning tablet twice by mistake yesterday, fine since': over a day ago, no harm since
        return [r for r in fired if r.category != "overdose_poisoning"]
    if (any(r.category == "overdose_poisoning" for r in fired) and _one_extra_dose_question(norm) and _UNDER_DAILY_MAX.search(norm)
            and _FEELING_FINE.search(norm)):
        # round 19: one doubled dose said to stay under the daily maximum, and the writer feels fine: a skip-the-next question
        return [r for r in fired if r.category != "overdose_poisoning"]
    if any(r.category == "overdose_poisoning" for r in fired) and _one_extra_dose_question(norm) and _ev8_small_otc_case(norm):
        # round 48f: a cold remedy and a paracetamol, 'about 1000 mg in all': EV8's small painkiller total, no notice
        return [r for r in fired if r.category != "overdose_poisoning"]
    if any(r.category == "overdose_poisoning" for r in fired) and _one_extra_dose_question(norm):
        # "took my blood pressure tablet twice by accident, should I skip tomorrow": a pharmacist or 111 today.
        fired = [r for r in fired if r.category != "overdose_poisoning"] + [ONE_EXTRA_DOSE]
    return fired


# Round 25 (after blind22): three more things told beside a sign word that is no case now. An overdose 'on' telly,
# mince pies or a box set is a figure of speech; a young farm animal's or pet's temperature, marked as an animal case
# ('farm question', 'the vet is coming', 'but for humans'), is no infant's; an eyelid or lip twitching for days, asked
# about as 'is that a seizure', is a local twitch. Each drops its category only when the rest of the message, with
# that piece masked, raises the category no more.
_FIGURATIVE_OD = re.compile(
    r"\b(overdos\w*|od'?d|o\.d\.?'?d?) on (\w+ ){0,2}(telly|tv|television|netflix|box ?sets?|films?|movies|soaps?|christmas|xmas|"
    r"mince pies?|chocolates?|sweets|candy|cake|turkey|cheese|carbs|pizza|sun|sunshine|football|cricket|shopping|news|"
    r"social media|tiktok|memes|musicals?|romance|nostalgia|love|cuteness|sleep|work|revision|quality streets?|crisps|"
    r"biscuits|gaming|video games|anime|k-?dramas?|dramas?|reality tv|baking|festive \w+|carols|tinsel|family time)\b"
    r"|(电视|剧|韩剧|综艺|游戏|短视频|手机|甜品|零食|月饼|巧克力|朱古力|蛋糕|糖果)(看|追|吃|打|玩|食|睇)?(得)?(太)?(过量|超标)(了)?"
    r"|(追剧|睇剧|煲剧|电视|综艺|游戏|短视频|手机|韩剧)(都)?中毒")
_ANIMAL_CASE_WORD = re.compile(
    r"\b(lambs?|calf|calves|foals?|piglets?|puppy|puppies|kittens?|chicks?|cubs?|ewes?|heifers?|cows?|sheep|goats?|"
    r"horses?|pony|ponies|dogs?|cats?|rabbits?|bunny|bunnies|alpacas?|llamas?|pigs?|hens?|chickens?|ducklings?)\b"
    r"|小羊|羊仔|羊羔|羔羊|小牛|牛仔|牛犊|小猪|猪仔|小马|马驹|小狗|狗仔|小猫|猫仔|兔仔|小兔")
_ANIMAL_CASE_MARK = re.compile(
    r"\b(farm|vet|veterinary|livestock|lambing|calving|animal) (question|thing|matter)\b|\bfor (humans|people|a human|a person)\b"
    r"|\b(the )?vets? (is|are) (coming|on (the|her|his|their) way|booked|called|coming out|sorting (it|him|her))\b"
    r"|\bvet'?s (coming|on (the|her|his|their|its) way|been called|booked|been booked)\b"  # TR28 (blind27): 'vet's coming'
    r"|\b(not|nothing to do with) (a |the )?(human|person|people|baby)\b|\bvet(erinary)? (visit|call) (is )?booked\b"
    r"|兽医.{0,4}(会来|来了|在路上|就来|预约了|过来)|(至于|换成|如果是)人(的话)?|不是(小孩|宝宝|人)")
_LOCAL_TWITCH = re.compile(
    r"\b(eyelid|eye ?lid|eye|lip|cheek|thumb|finger|calf|muscle|eyebrow)s?('s| is| has| have| keeps?)?( \w+){0,3} (twitch\w*|flicker\w*|"
    r"jump\w*|spasm\w*|fluttering)\b|眼皮.{0,4}(跳|抽|颤)|(眼|嘴角|面|脸|手指|小腿|肌肉).{0,2}(一直|不停|成日|经常)?(跳|抽动|颤动)")
_SEIZURE_ASKED = re.compile(
    r"\b(is|could|might|can|would) (that|this|it) (be )?(a )?(sign of (a )?)?(seizure|fit|epilep\w*|convulsion)s?( thing| sign)?\b"
    r"|\b(seizure|epilep\w*) (thing|sign)\b|是不是.{0,4}(癫痫|羊癫疯|抽筋|发羊吊)|会不会是.{0,4}(癫痫|羊癫疯|抽筋|发羊吊)")


def _raises_category(piece: str, category: str) -> bool:
    """True when a piece of a message still raises `category` by the rules, the lay signs or the facts rules."""
    if any(f.category == category for f in lay_red_flags(piece)):
        return True
    if any(f.category == category for f in assess_facts(extract_facts(piece))):
        return True
    hits = find_concepts(piece)
    return any(r.category == category and _rule_fires(r, hits) for r in RULES)


# Session 29 (the R34, R39 and R41 reviewers each asked it; all three read as severe bleeding): a nosebleed told as
# something that keeps happening (常常, 隔三差五, 一到冬天就, 'gets nosebleeds a lot') or asked about as first aid
# (仰头还是低头, 'head back or forward?') is a self-care question, not a bleed in progress. One going on now for long,
# heavy, with faintness, on blood thinners or after a knock keeps the emergency, and so does any other bleeding sign.
_NOSEBLEED = re.compile(r"\bnose ?bleed\w*|\bnose\b( \w+){0,3} (bleed\w*|bled|gush\w*|pour\w*|spurt\w*|stream\w*)\b|鼻血"
                        r"|鼻(子|孔|腔|哥)?[^,.;:?!，。；：？！]{0,6}(冒|出|流|喷|淌|滴|涌)(了|咗)?(点|些|啲)?血")
_NOSEBLEED_HABIT = re.compile(r"常常|经常|成日|老是|总是|时不时|时常|隔三差五|动不动|三天两头|一到[^,.;:?!，。；：？！]{1,4}就|每(次|回|年|逢)"
                              r"|\b(often|always|regularly|prone to|every (winter|summer|spring|autumn|time|now and then|few days)|"
                              r"(keeps?|kept) getting|gets? (a lot of |lots of |loads of |frequent )?nose ?bleeds)\b")
_NOSEBLEED_FIRST_AID = re.compile(r"仰(头|起|着|脸)|(头|脸)(往|向)?(后|後)仰|低(头|下头)|往前(倾|低|靠)|捏(住|着)?鼻|拍[^,.;:?!，。；：？！]{0,3}(脖|颈|额)"
                                  r"|(这样|这个|这|哪个|这法子|这个办法|咁样|咁)(做)?(是)?(对|啱|正确)(不对|吗|唔啱|吧|呢|不)?|对不对|啱唔啱"
                                  r"|\b(head (back|forward|up|down)|tilt\w*( (his|her|my|their|the))? head|lean\w* forward|pinch\w*)\b")
_NOSEBLEED_KEEP = re.compile(r"止不住|止唔住|停不下|停不了|停唔到|还在流|仲流|仍在流|一直流|流个不停|(十|二十|三十|半个?|一个|\d+)(几)?(分钟|分|钟头|小时|个钟)"
                             r"|好多|很多|大量|一大滩|一地|一盆|湿透|晕|苍白|发白|抗凝|华法林|薄血|撞|摔|跌|打(到|伤|亲)|吐血"
                             r"|\b(will not stop|won't stop|not stopping|still (bleeding|going|pouring)|(\d+|twenty|thirty|forty) (minutes|mins)|an hour|"
                             r"faint\w*|dizzy|pale|soak\w*|blood thinners?|warfarin|apixaban|rivaroxaban|fell|fall|knock\w*|punch\w*|hit (his|her|my|their) (head|nose|face))\b")


def _nosebleed_question_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """'bleeding' when it rests only on a recurring nosebleed or a nosebleed's first aid asked about, no keep sign said."""
    if "bleeding" not in {r.category for r in fired} or not _NOSEBLEED.search(norm):
        return set()
    if not (_NOSEBLEED_HABIT.search(norm) or _NOSEBLEED_FIRST_AID.search(norm)) or _ev_said(norm, _NOSEBLEED_KEEP):
        return set()
    masked = _r45_masked(norm, _NOSEBLEED)  # the nosebleed's clauses out: does anything else still bleed?
    return set() if _raises_category(masked, "bleeding") else {"bleeding"}


def _round25_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 25: categories that rest only on a figurative overdose, a marked animal case or a local twitch asked about."""
    categories = {r.category for r in fired}
    dropped: set[str] = set()
    if "overdose_poisoning" in categories and _FIGURATIVE_OD.search(norm):
        if not _raises_category(_FIGURATIVE_OD.sub(" , ", norm), "overdose_poisoning"):
            dropped.add("overdose_poisoning")  # 'overdosed on Christmas telly, ha'
    if _ANIMAL_CASE_WORD.search(norm) and _ANIMAL_CASE_MARK.search(norm):
        # mask each sentence that names the animal and no person beside it; what is left must not raise the category
        pieces = [norm[a:b] for a, b in _spans(_SENTENCE_CUT, norm)]
        kept = [p for p in pieces if not (_ANIMAL_CASE_WORD.search(p) and not _person_named_beside_animal(
            _ANIMAL_CASE_MARK.sub(" ", _ANIMAL_CASE_WORD.sub(" ", p))))]
        if len(kept) < len(pieces):
            rest = " . ".join(kept)
            dropped |= {c for c in categories if c != "suicide_self_harm" and not _raises_category(rest, c)}
    if "seizure" in categories and _LOCAL_TWITCH.search(norm) and _SEIZURE_ASKED.search(norm):
        if not _raises_category(_SEIZURE_ASKED.sub(" , ", _LOCAL_TWITCH.sub(" , ", norm)), "seizure"):
            dropped.add("seizure")  # 'eyelid twitching for a week, is that a seizure thing?'
    return dropped


# Round 26 (after blind23): a sign word used for something that is no sign now. Each family below names a figure of
# speech, a thing, a near miss or a joke; when the message holds it, that piece is masked and the category it raised is
# dropped only if the rest of the message raises that category no more (the same test as round 25).
_R26_FIGURES = [
    # a burn that nearly happened ('so hot I nearly burnt my hand', 差点烫到手)
    (re.compile(r"\b(nearly|almost|practically|just about|could have|could've) (burnt|burned|scalded|singed|fried)( \w+){0,2}\b"
                r"|(差点|差一点|差啲|险些)(被|俾)?.{0,3}(烫|烧|灼)(伤|到|着|亲)"), {"burns"}, "near_burn"),
    # a friction, rope, carpet or ice 'burn', or a rub told as 'like a burn' (磨得火辣辣的，像烧伤一样)
    (re.compile(r"\b(rope|carpet|rug|mat|friction|ice|razor|wind|tyre|tire|treadmill|chafe|chafing|astro ?turf|turf|slide|zip ?wire)[- ]?burns?\b"
                r"|(像|好像|好似|似|仿佛)(被)?(烧伤|烫伤|火烧|火烫)(一样|似的|咁|一般)?|(磨|擦)(得|到|破|伤|损)[^,.;:?!\n，。；：？！]{0,10}"), {"burns"}, False),
    # 'suicide doors', 'career suicide' (a thing or a figure, never the person)
    (re.compile(r"\bsuicide (doors?|squeeze|runs?|sprints?|drills?|burpees?|squad|blonde|hinges?|knob|slide|lane|bid)\b"
                r"|\b(career|political|social|commercial|electoral|professional|fashion|financial|brand|reputational|tactical) suicide\b"), {"suicide_self_harm"}, False),
    # frustration with a thing told as banging the head on a wall or 想撞墙 (撞墙的心都有, 难用到想撞墙)
    (re.compile(r"\bbang\w* (my|our|his|her|their) heads? (against|on) (a|the) (brick )?wall\b"
                r"|撞墙的心(都|也)?有|(难用|烦|气|慢|卡|蠢|难搞|复杂|麻烦|难搞|搞|弄|用|难)(到|得)(我|人)?(都|真系|真是)?想(去)?撞墙"), {"head_injury", "suicide_self_harm"}, False),
    # wanting to jump off a building over a dish or a chore, said with a laugh (咸得他想跳楼，哈哈); needs a joke marker
    (re.compile(r"(咸|淡|难吃|辣|酸|苦|丑|贵|难听|难看|烦|闷|累|慢|吵|臭)(得|到)(我|他|她|人)?(都|真系|简直)?(想|要)(去)?(跳楼|跳河|跳海|上吊|撞墙)"), {"suicide_self_harm"}, True),
    # a nearly-taken second dose caught before it was swallowed
    (re.compile(r"\b(nearly|almost) (took|take|swallowed|had|taken)( \w+){0,3}\b[^.;?!\n]{0,60}\b(caught|stopped|spotted|realised|realized|noticed) "
                r"(it|myself|himself|herself|in time)( \w+){0,3}( before (i|he|she|they) (swallowed|took|had) (it|them))?"
                r"|(差点|差一点|差啲)(又)?(吃|食|吞)(多|了|咗)?(一|两|多)(粒|颗|片|次).{0,12}(还好|幸好|好彩)(没|冇|未)(吞|吃|食)"
                # lead (after R15): a carer who nearly gave a second dose, asking how to stop doubling up ('we nearly
                # gave her the medicine twice', 'we almost both gave him his dose', 差点给孩子喂了两次药)
                r"|\b(nearly|almost) (both )?(gave|given|give|dosed|double-dosed)( \w+){0,4} (twice|again|a second (dose|time|spoonful)|"
                r"another (dose|spoonful|one)|two doses|a dose|his dose|her dose|their dose|the dose)\b"
                r"|(差点|差一点|差啲|险些)(又|重复|两个人都)?(给|俾|帮)?.{0,4}(喂|吃|食|服)(了|咗)?(两次|两遍|第二次|两份|双份)"), {"overdose_poisoning"}, "near_dose"),
    # a supply count from the pharmacy beside a figurative overdose ('gave me 28 tablets instead of 56')
    (re.compile(r"\b(pharmacy|pharmacist|chemist|surgery|gp|hospital) (gave|dispensed|sent|supplied|handed) (me|us|him|her|them) (\d+|\w+) (tablets|pills|capsules)( instead of (\d+|\w+))?\b"),
     {"overdose_poisoning"}, "with_figure"),
    # 'hot property', 'hot stuff': a compliment, not a temperature
    (re.compile(r"\bhot (property|stuff|ticket|topic|favourite|favorite|seller|news|gossip|potato|commodity|shot)\b|炙手可热|好抢手"), {"infant_fever", "child_unwell"}, False),
    # a floppy disk, hat or ear: a thing, not a child
    (re.compile(r"\bfloppy (disks?|discs?|drives?|hats?|ears|fringe|hair|collar|lettuce|toys?|bunny|rabbit|dog|puppy|cushion)\b"), {"child_unwell", "infant_fever"}, False),
    # a screen or a light that 'fits' (屏幕一抽一抽), a mask or dress fitting
    (re.compile(r"(屏幕|电脑|手机|灯|灯管|画面|电视|显示器|荧幕|打印机|路由器|wifi)(一直|在|都|又)?(一抽一抽|抽搐|抽风|抽筋|一闪一闪|闪)"
                r"|\b(screen|monitor|laptop|computer|tv|telly|lights?|bulb|wifi|printer|router|phone)( \w+){0,3} (is |was |keeps )?(having (a )?(fit|seizure)s?|fitting|convulsing|flickering)\b"
                r"|\b(mask|bra|dress|suit|shoe|boot|wetsuit|glasses|hearing aid|wig|helmet|kitchen|carpet|ring|lens|denture|brace|uniform|costume|bridesmaid|wedding dress|school uniform)( \w+)? fittings?\b"),
     {"seizure"}, False),
    # clothes too tight to breathe in ('can not breathe in these jeans')
    (re.compile(r"\b(can not|could not|cannot|can barely|can hardly|could barely|could hardly) breathe in (these|this|my|those|the|that) (\w+ )?(jeans|trousers|dress|corset|suit|waistband|top|shirt|outfit|belt|bra|tights|skirt|shapewear|spanx|costume|wetsuit|onesie)\b"
                r"|(裤子|裤头|衣服|裙子|腰带|紧身衣|牛仔裤)[^,.;:?!\n，。；：？！]{0,6}(紧|细)(到|得)(我)?[^,.;:?!\n，。；：？！]{0,3}(喘不过气|透不过气|唞不到气|呼吸不了)"),
     {"breathing", "anaphylaxis"}, False),
    # a pet or a child landing on the chest, 'the only chest pain in this house'; chest pain from anger with 不是病
    (re.compile(r"\b(cat|dog|kitten|puppy|toddler|baby|kid|son|daughter|kids)( \w+){0,2} (jumped|landed|sat|stood|stomped|bounced|climbed|leapt|lay|flopped) (up )?on (my|his|her) chest\b[^.;?!\n]*"
                r"|\b(that is|that's|thats|which is|it is|this is) the only (chest pain|pain|drama|emergency|problem)\b[^.;?!\n]*"
                r"|(气|激|激气|火大|恼|憋屈|怒)(得|到|的)(我|他|她)?(个)?(胸口|心口)(都)?(疼|痛|闷|翳)(了)?|(胸口|心口)(都)?(被)?(气|激)(得|到)?(疼|痛|闷|翳)(了)?"),
     {"chest_pain"}, "chest"),
]
_USUAL_DOSE = re.compile(r"\b(i|he|she|they|we) (took|had|swallowed) (my|his|her|their|our|the) (usual |normal |regular |morning |evening |night |nightly |daily )+"
                         r"(\w+ ){0,3}(tablets?|pills?|dose|capsules?|meds|medication|inhaler)\b|(吃|食)(了|咗)?(平时|平常|早上|晚上|每天)?的?(那|一)?(粒|颗|片|次)?(药|血压药)")
_BURN_DAMAGE = re.compile(r"\b(blister\w*|white|charred|black|leathery|peel\w*|raw|weeping|skin (came|coming|is|has come) off)\b|水泡|起泡|发白|焦|脱皮|甩皮")
_NOT_ILL_SAID = re.compile(r"不是病|没病|唔系病|不是真的(痛|病)|\bnot (ill|poorly|a medical thing|medical)\b|\bnothing medical\b|\bonly (chest )?pain in (this|the) house\b")


# the question after a near miss is how to prevent it ('how do we stop doubling up'), not a dose taken
_PREVENT_DOUBLING = re.compile(r"\b(stop|avoid|prevent|not|never|without)( \w+){0,2} (doubling|double[- ]dosing|double[- ]dose|"
                               r"giving (it|him|her|them) twice|mixing (it|them) up)( up)?\b|(避免|防止|不要|别)(重复|两次|多)(喂|给|吃)?")


def _round26_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 26: categories that rest only on a figure of speech, a thing, a near miss or a joke (see _R26_FIGURES)."""
    categories = {r.category for r in fired}
    dropped: set[str] = set()
    for pattern, cats, needs in _R26_FIGURES:
        hit = cats & categories
        if not hit or not pattern.search(norm):
            continue
        if needs is True and not (_JOKING.search(norm) or re.search(r"(一点|一啲|一d)?事都没有|没事|讲笑", norm)):
            continue
        if needs == "with_figure" and not _FIGURATIVE_OD.search(norm):
            continue
        if needs == "chest" and not (_NOT_ILL_SAID.search(norm) or _JOKING.search(norm)):
            continue
        rest = pattern.sub(" , ", norm)
        if needs == "with_figure":
            rest = _FIGURATIVE_OD.sub(" , ", rest)
        if needs == "near_burn" and _BURN_DAMAGE.search(rest):
            continue  # a near miss for one, a real burn for another ('his palm is blistered')
        if needs == "near_dose":
            rest = _USUAL_DOSE.sub(" , ", rest)  # the usual dose taken before the near miss is no overdose
            rest = _PREVENT_DOUBLING.sub(" , ", rest)
        for cat in hit:
            if cat == "suicide_self_harm":
                if not _still_suicidal(rest):
                    dropped.add(cat)
            elif not _raises_category(rest, cat):
                dropped.add(cat)
    return dropped



# Round 27 (after blind25): categories that rest only on a recovered past, a figure of speech, a known allergy with
# its pen carried, or pins and needles shaken off. Each pattern masks the clauses it sits in; the category is
# dropped only when the rest of the message no longer raises it (_raises_category).
_R27_CLAUSE = r"[^,.;:?!\n，。；：？！]*"
# the illness placed years or a month back (前几年中风过, 上个月打完疫苗低烧了一天) ...
_R27_PAST_ZH = re.compile(r"前几年|几年前|多年前|前年|去年|上个?月|上个?(星期|礼拜|周)|早年|那年|当年|小时候|以前|之前")
# ... with the writer saying it is over now (恢复得挺好, 早好了, 一天就退了, 已经好了)
_R27_RECOVERED_ZH = re.compile(r"恢复得?(挺|很|还|蛮|算|非常|都)?(好|不错)|早(就)?好了|(一|两|半|二)天(就)?(退|好)(了|咗)|(已经|都|早)(全)?好(了|晒)|痊愈|康复了|没事了")
_R27_STILL = re.compile(r"还在|又(开始|发|烧|痛|来|复发)|现在.{0,3}(还|又|更)|越来越|今天.{0,4}(又|开始)|突然")
_R27_FIGURES = [
    # an allergic 'reaction' to a policy, a meeting, Mondays or maths: a figure of speech
    (re.compile(r"\b(allergic|allergy|allergies|reaction)\b['\"‘’“”]?( \w+){0,2} to (the |my |our |his |her |their |this |that |all )?(new |latest |whole )?(\w+ )?"
                r"(polic(y|ies)|rules?|news|idea|mondays?|meetings?|paperwork|homework|maths?|exercise|budget|memo|emails?|deadlines?|"
                r"proposal|bureaucracy|admin|spreadsheets?|small talk|commute|overtime|cardio)\b"
                r"|对(上班|开会|加班|数学|考试|作业|功课|新政策|政策|规定|老板|星期一|周一|运动|报告)(都)?(过敏|有过敏反应)"),
     {"anaphylaxis"}),
    # goods seized by customs or the police, 'not that kind of seizure': a thing, not a fit
    (re.compile(r"\b(customs|police|bailiffs?|authorities|border force|the court|they)( \w+){0,2} (seized|seize|seizes|seizing|confiscated)\b"
                r"|\b(seized|seizing|confiscated) (my|the|our|his|her|their) (\w+ )?(parcel|package|goods|assets|car|passport|phone|luggage|bags?|shipment|property|order|delivery|lego)\b"
                r"|\bnot (that|the) (kind|sort|type) of (seizure|fit|attack|stroke|shock|arrest)\b|\b(asset|property|customs|drug|police|border) seizures?\b"
                r"|(海关|警察|关口).{0,4}(扣|没收|查扣|扣押)"),
     {"seizure"}),
    # session 17 (R17, spent): a fit told as what might come, in someone who has them ('a dog who warns me before I have a
    # fit', 'if I have a seizure at work, who do I tell?', 万一我发作): epilepsy planning, not a fit now
    (re.compile(r"\b(if|before|in case|whenever|should) (i|he|she|they|we|my \w+|our \w+) (ever )?(have|has|get|gets|start|starts) "
                r"(a |an |one of (my|his|her|their|our) )?(fit|seizure|epileptic fit|epileptic seizure|episode|absence)s?\b"
                r"|(万一|如果|要是|萬一)(我|他|她|孩子|宝宝|寶寶)?(在\S{1,6})?(癫痫|癲癇)?(发作|發作|抽筋|抽搐)"
                r"|(发作|發作)(之)?前.{0,6}(提醒|预警|預警|感觉|感覺|知道)"),
     {"seizure"}),
    # pins and needles from gaming or typing, shaken or rubbed off (打电动打到手麻，甩一甩就好了)
    # round 31g1 (signs31): half the body gone numb while gaming is the stroke sign, not hands tired from the controller
    (re.compile(r"(打电动|打游戏|玩游戏|打机|玩手机|打字|画画|弹琴|写字|骑车|打麻将|织毛衣)(?:(?!半边|半身|半个身|身子|身体)[^,.;:?!\n，。；：？！]){0,10}麻"
                r"|(甩|揉|搓|动|抖)(一)?(甩|揉|搓|动|抖|下)(就|便)?(好|没事|恢复)(了)?"
                r"|\b(pins and needles|tingl\w*|numb\w*)\b[^.;?!\n]{0,40}\b(from|after|while) (gaming|typing|playing|the controller|texting)\b"
                r"|\b(shook|shake|shaking|rubbed|rub) (it|them) (off|out|and it (went|was gone))\b"),
     {"stroke"}),
]
# a named allergy told as background with the pen carried (带着肾上腺素笔, 'carries an EpiPen'), nothing eaten, stung or swelling now
_R27_PEN_CARRIED = re.compile(r"\b(carr(y|ies|ied|ying)|keeps?|has|have|got|brings?)( \w+){0,2} (an? |his |her |my |their )?(epi-?pens?|adrenaline pens?|auto-?injectors?)\b"
                              r"|(带|带着|随身带|随身携带|备着|备有|有)(着)?(一支|支)?(肾上腺素笔|肾上腺素针|epipen)")
_R27_ALLERGY_NOW = re.compile(r"\b(ate|eaten|eating|swallowed|stung|bitten|swell\w*|swollen|hives|rash|wheez\w*|breath\w*|throat|tongue|lips?|vomit\w*|faint\w*|used (it|the pen|his pen|her pen)|injected)\b"
                              r"|吃了|误吃|吃到|蛰|叮|肿|喘|呼吸|荨麻疹|疹|痒|喉咙|嘴唇|舌头|呕|晕|用了(笔|针)|打了(笔|针)")


def _r27_mask(norm: str, pattern: re.Pattern) -> str:
    """The message with every clause that holds a match of `pattern` blanked out."""
    return re.sub(_R27_CLAUSE + "(?:" + pattern.pattern + ")" + _R27_CLAUSE, " , ", norm)


def _round27_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 27: categories that rest only on a recovered past, a figure, a pen carried or pins and needles shaken off."""
    categories = {r.category for r in fired}
    dropped: set[str] = set()
    if not categories:
        return dropped
    if _R27_PAST_ZH.search(norm) and _R27_RECOVERED_ZH.search(norm) and not _R27_STILL.search(norm):
        rest = _r27_mask(_r27_mask(norm, _R27_PAST_ZH), _R27_RECOVERED_ZH)
        dropped |= {c for c in categories if c != "suicide_self_harm" and not _raises_category(rest, c)}
    for pattern, cats in _R27_FIGURES:
        for cat in cats & categories:
            if pattern.search(norm) and not _raises_category(_r27_mask(norm, pattern), cat):
                dropped.add(cat)
    if "anaphylaxis" in categories and _R27_PEN_CARRIED.search(norm) and not _R27_ALLERGY_NOW.search(norm):
        rest = _r27_mask(_r27_mask(norm, _R27_PEN_CARRIED), re.compile(r"\ballerg\w*|过敏"))
        if not _raises_category(rest, "anaphylaxis"):
            dropped.add("anaphylaxis")
    return dropped

# TR28 (after blind27, spent): sign words that are a trade, a joke, a dose by the packet, a hypo already treated, a
# scratch, a safety purchase or a figure. Each pattern masks the clauses it sits in; the category is dropped only when
# the rest of the message no longer raises it (_raises_category / _still_suicidal), so a real sign beside it stays.
_TR28_JOKE = re.compile(r"\bjok(e|ed|es|ingly)\b|玩笑|说笑|讲笑|哈哈")  # TR29: 'as a joke'

# a garment or shop setting, where a "fitting" is a dress's or a suit's (TR40, everyday16)
_TR40_GARMENT = re.compile(r"\b(dress|dresses|gown|brides?|bridal|bridesmaids?|wedding|tailor\w*|alterations?|seamstress|suit|veil|hem|boutique|costume|uniform)\b"
                           r"|婚纱|礼服|西装|裁缝|试衣|改衣")
_TR28_FIGURES = [
    # a trade's 'fitting' (fitting a kitchen, fits carpets, kitchen fitter) or an engine that has 'seized' up
    # round 31g3 (signs31): 'fitting in' the pool or the bath is a fit in water, not fitting in
    # round 33 (spent: oos tune, blind52): so is 'fitting in' any place named after it (in the car seat, in his cot): the
    # idiom goes on with 'at', 'with' or nothing ('worried about fitting in at school')
    (re.compile(r"\b(fitting|fits|fitted|fit|to fit) (a |an |the |new |some |two |three |his |her |my |our |their |replacement |up )?(\w+ )?"
                r"(kitchens?|carpets?|bathrooms?|boilers?|windows?|doors?|tyres?|tires?|shelv\w*|cupboards?|units?|worktops?|flooring|floors?|"
                r"blinds|curtains|locks?|alarms?|pipes?|radiators?|cabinets?|wardrobes?|tiles?|skirting|fences?|roofs?|glazing|exhausts?|"
                r"clutch\w*|brakes?|sockets?|lights?|solar panels?|showers?|sinks?|toilets?|stairs?|staircases?|cables?|aerials?|meters?)\b"
                r"|\b(kitchen|carpet|bathroom|window|shop|tyre|tire) fitters?\b|\bfitting (in(?! (the|a|an|his|her|my|their|our|its|your|this|that) )|out|session)\b"
                r"|\b(engine|motor|gearbox|pump|bolts?|nuts?|brakes?|bearings?|locks?|hinges?|axle|pistons?|tractor|van|car)( \w+){0,2} (has |had |is |was |have )?(seized|seizing)( up)?\b"),
     {"seizure", "pregnancy", "head_injury", "child_unwell", "meningitis", "unconscious"}, None),
    # TR29 (blind29): a shop's fitting room is a place, not a fit; only the words are masked, so a sign told of someone
    # there ('a customer in the fitting rooms is 7 weeks pregnant with one-sided pain', '...rooms's toddler is floppy') stays
    (re.compile(r"\bfitting[- ]rooms?('s|'|s')?"),
     {"seizure", "pregnancy", "head_injury", "child_unwell", "meningitis", "unconscious"}, "phrase"),
    # a price, a bill or a boss that 'gave him chest pains' or 气得脑溢血 / 涨得心梗都要犯了 / 加班加得想跳楼, told as a joke
    (re.compile(r"\b(gave|give|gives|giving|nearly gave|will give|would give|is giving|going to give) (me|him|her|them|us|you|my \w+|his \w+) "
                r"(a |the )?(chest pains?|heart attacks?|coronary|coronaries|stroke|seizure|fit|aneurysm|palpitations)\b"
                r"|(涨|气|急|吓|累|逼|赶|搞|整|折腾|加|忙|熬|烦|催)(得|到)(我|他|她|人)?(的)?(都|快|简直|差点)?"
                r"(心梗|心肌梗塞|心脏病|脑溢血|脑出血|中风|脑梗|想死|要死|想跳楼|要跳楼|想跳河|想上吊)(都)?(要|快)?(犯|发作|发)?(了)?"),
     {"chest_pain", "stroke", "seizure", "suicide_self_harm"}, "joke"),
    # an ordinary dose taken as the packet says ('took two paracetamol as the packet says', 按说明书吃了两片)
    (re.compile(r"\b(as|like) (the |it )?(packet|box|label|leaflet|bottle|instructions|pharmacist|doctor|gp|chemist) (says|said|says to|told|directed|recommends|tells you)\b"
                r"|\bas (directed|prescribed|instructed|recommended)\b|\bthe (normal|usual|recommended|right) (adult )?dose\b"
                r"|(按|按照|照)(说明书|说明|医嘱|药盒|盒子上)(写的|说的)?(吃|服|食)"),
     {"overdose_poisoning"}, "phrase"),
    # TR40 (everyday16): an extractor fan (抽风机 / 抽風機, 抽油烟机, 排风扇) is no fit (抽风)
    (re.compile(r"(抽风|抽油烟|抽湿|抽气|排风|排气|换气)(机|扇|罩)|抽风口|\b(extractor|exhaust) fans?\b"), {"seizure"}, "phrase"),
    # TR40 (everyday16): a dress's or a suit's fitting (the final fitting, her daughter's fitting), told in a garment or
    # shop setting (`_TR40_GARMENT`); a fit told beside it ('collapsed during her fitting and she's jerking') stays
    (re.compile(r"\b(final|first|second|third|last|next|dress|bridal|wedding|gown|suit|her|his|their|my|your|our|the|a|[a-z]+'s) fittings?\b"),
     {"seizure"}, "garment"),
    # a low sugar treated with a sweet drink and back up now (血糖低到3.8，喝了糖水就好了，现在6点多)
    (re.compile(r"(喝|吃|食|含)(了|咗)?(点|些|一杯|半杯|几块|一块)?(糖水|糖|果汁|葡萄糖|饼干|糖果|可乐)[^,.;:?!\n，。；：？！]{0,6}(就|后)?(好了|好返|上来了|升上来了|回来了|没事了)"
                r"|(现在|而家|依家|复测|再测|又测).{0,4}(\d+(\.\d+)?|[五六七八]点多)"
                r"|\b(had|drank|ate|took) (some |a |a glass of |a few )?(juice|sugar|sweets|glucose|dextrose|jelly babies|lucozade|coke|biscuits?)\b[^.;?!\n]{0,40}\b(back up|back to|fine now|better now|now \d)\b"
                # TR40 (everyday16): any sweet thing eaten, then a reading of 4 or more and the writer feeling normal (the low
                # reading before it belongs to the episode: 'meter said 3.8 ... jelly babies ... 15 mins later 4.9, feel normal')
                r"|(\b(meter|reading|sugar|sugars|bm|bg|level|levels)\b[^?!\n]{0,20}?\b[1-3](\.\d)?\b[^?!\n]{0,60}?)?"
                r"\b(had|drank|ate|took|necked|scoffed|munched)\b[^.;?!\n]{0,30}\b(juice|sugar|sweets|glucose|dextrose|jelly babies|jelly beans|"
                r"lucozade|coke|biscuits?|cereal bars?|haribo|chocolate|banana|toast)\b[^?!\n]{0,60}\b(later|after|now|then|went up to|back (up )?to|"
                r"came up to|up to)\b[^.;?!\n]{0,15}\b([4-9]|1\d)(\.\d)?\b[^.;?!\n]{0,25}\b(feel|feels|feeling|felt)( \w+)? (normal|fine|ok|okay|better|good|grand)\b"),
     {"diabetic"}, "hypo_treated"),
    # scratched by grass, a bramble or a cat (被草划了): an accident's scratch, not a cut made on purpose
    (re.compile(r"被(草|树枝|树叶|叶子|刺|荆棘|铁丝|纸|猫|狗|钉子|铁皮|麦芒|玉米叶|苞米叶)[^,.;:?!\n，。；：？！]{0,3}(划|刮|割|挂)(了|伤|破|到)?"
                r"|\b(scratched|caught|nicked) (by|on) (a |the |some )?(bramble|brambles|thorns?|grass|branch|twig|cat|wire|barbed wire|nail|paper)\b"),
     {"suicide_self_harm"}, None),
    # a carbon monoxide alarm asked about, for fear of gas poisoning (怕煤气中毒, 想买一氧化碳报警器)
    (re.compile(r"(怕|担心|预防|防止|防|以防)[^,.;:?!\n，。；：？！]{0,8}(煤气|一氧化碳|燃气|炭)中毒"
                r"|\b(carbon monoxide|co|gas) (alarms?|detectors?)\b"),
     {"overdose_poisoning"}, "alarm"),
    # bleeding the radiators or the brakes: plumbing, not blood
    (re.compile(r"\b(bleed|bleeding|bled|bleeds) (the |a |our |my |his |all the |some )?(radiators?|rads|brakes?|brake lines?|heating( system)?|system|pipes?|valves?|fuel lines?|injectors?|air)\b"),
     {"bleeding"}, None),
]
_TR28_NOT_JOKE = re.compile(r"\b(not|never|no) (a )?(joke|joking|kidding)\b|(不是|没有?|没在|并非)(在)?(开玩笑|讲笑|说笑)|(是)?认真的")
_TR28_CO_SIGN = re.compile(r"\b(headache|dizzy|nause\w*|vomit\w*|drowsy|sleepy|confus\w*|collapsed|passed out|unconscious)\b|头痛|头疼|头晕|恶心|呕|吐|晕倒|昏|叫不醒|迷糊")
# a fever or an illness from last week, seen already and well these days (上礼拜发烧医院看过，这几天攏好好)
_TR28_WELL_NOW_ZH = re.compile(r"(这几天|这两天|现在|而家|今天|今日|这阵子)(都|攏|拢|攏嘛|拢嘛)?(好好|正常|没事|很好|好了|活泼)")
# an arm gone dead 'because I slept on it', back within minutes
_TR28_SLEPT_ON = re.compile(r"\b(because|cos|coz|cause|as|since) (i|he|she|they|we) (had )?(slept|was sleeping|were sleeping|lay|was lying|were lying|leaned|was leaning) on (it|them|(my|his|her|their) (arm|hand|leg))\b")


def _tr28_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """TR28: categories that rest only on a trade word, a joke, a dose by the packet, a treated hypo, a scratch or a figure."""
    categories = {r.category for r in fired}
    dropped: set[str] = set()
    if not categories:
        return dropped
    for pattern, cats, needs in _TR28_FIGURES:
        hit = cats & categories
        if not hit or not pattern.search(norm):
            continue
        if needs == "joke" and not ((_JOKING.search(norm) or _TR28_JOKE.search(norm)) and not _TR28_NOT_JOKE.search(norm)):
            continue
        if needs == "garment" and not _TR40_GARMENT.search(norm):
            continue
        if needs == "alarm" and (_TR28_CO_SIGN.search(norm) or _INGESTED.search(norm)
                                 or not re.search(r"报警器|探测器|检测器|\b(alarms?|detectors?)\b", norm)):
            continue
        # a joke's words alone are masked: the same clause may go on with a real sign ('joked ... but now he is grey')
        rest = pattern.sub(" , ", norm) if needs in ("joke", "phrase") else _r27_mask(norm, pattern)
        if needs == "hypo_treated":
            if _lexicon("ACUTE_NOW").search(norm) or not re.search(r"(就|后)?(好了|好返|上来了|回来了|没事了)|\b(back up|fine now|better now|"
                                                                   r"(feel|feels|feeling|felt)( \w+)? (normal|fine|ok|okay|better|good|grand))\b", norm):
                continue
            rest = _r27_mask(rest, re.compile(r"血糖|\b(sugar|glucose|bm|bg)\b"))
            rest = _TR28_FIGURES[0][0].sub(" , ", rest)  # a trade's 'fitting a kitchen' beside it is no fit
        for cat in hit:
            if cat == "suicide_self_harm":
                if not _still_suicidal(rest):
                    dropped.add(cat)
            elif not _raises_category(rest, cat):
                dropped.add(cat)
    if _R27_PAST_ZH.search(norm) and _TR28_WELL_NOW_ZH.search(norm) and not _R27_STILL.search(norm):
        rest = _r27_mask(_r27_mask(norm, _R27_PAST_ZH), _TR28_WELL_NOW_ZH)
        dropped |= {c for c in categories if c != "suicide_self_harm" and not _raises_category(rest, c)}
    if "stroke" in categories and _TR28_SLEPT_ON.search(norm) and _CAME_BACK.search(norm):
        if not _raises_category(_r27_mask(_r27_mask(norm, _TR28_SLEPT_ON), _CAME_BACK), "stroke"):
            dropped.add("stroke")
    return dropped


# TR29 (after blind29, spent): a condition word that names a product, a group, a role or a made-up story, or a death
# wish said as a joke. Each pattern masks its words (a 'phrase') or the clauses it sits in; the category is dropped
# only when the rest of the message no longer raises it (_raises_category / _still_suicidal), so a real sign stays.
_TR29_ALL = None  # every category
_TR29_FIGURES = [
    # a product, drink, dish or item named after a condition ("a drink called 'Chest Pains'", 叫「心梗套餐」)
    (re.compile(r"\b(called|named|nicknamed|labelled|labeled|branded( as)?|renamed( it)?|name it|naming it)\s*['\"“‘][^'\"”’]{1,40}['\"”’]"
                r"|(叫做?|名叫|取名(叫)?|起名(叫)?|名字叫|命名为)\s*[「“\"'‘《][^」”\"'’》]{1,20}[」”\"'’》]"),
     _TR29_ALL, "phrase"),
    # a group, club or class named by the condition ('the stroke survivors' group', 中风病友会)
    (re.compile(r"\b[\w-]+ (survivors?'?|support|patients?'?|carers?'?|rehab\w*|recovery|awareness)( \w+)? "
                r"(groups?|club|class(es)?|choir|meetings?|meet-?ups?|sessions?|circle|network|charity|cafe|walk)\b"
                r"|(中风|卒中|脑梗|癌症|心脏病|糖尿病|哮喘|烧伤)(病友|康复|互助|患者|家属)(会|群|小组|俱乐部|班|活动|聚会)"),
     _TR29_ALL, "phrase"),
    # a role played: 'playing a stroke patient in our show', 'the face droop to look real', 排一场演中风病人的戏
    (re.compile(r"\b(playing|play|plays|acting|act|portray\w*|rehears\w*|cast as|role of|part of)( as)? (a|an|the) (\w+ ){0,2}"
                r"(patient|victim|casualty|sufferer)\b|\b(to|so it will|so it does) (look|looks|seem|sound)s? (real|realistic|convincing|authentic)\b"
                r"|(演|扮演|饰演|扮|做)(一个|个)?[^,.;:?!\n，。；：？！]{0,6}(病人|患者|伤者)(的)?(戏|角色|场景)"
                r"|(排|演|拍|彩排)(紧|着|了)?(一场|一出|一幕|场|出)[^,.;:?!\n，。；：？！]{0,12}(戏|剧|话剧|舞台剧)"),
     _TR29_ALL, None),
    # a made-up story: 'writing a game quest where the hero drinks a poison potion', 写游戏剧情里主角中毒
    (re.compile(r"\b(writing|designing|making|building|scripting|drafting|plotting|running)( \w+){0,3} (game|quest|campaign|level|story|"
                r"script|scene|novel|book|comic|sketch|screenplay|fanfic\w*|d&d|dnd|larp)s?\b"
                r"|\b(hero|heroine|villain|protagonist|npc|wizard|knight|elf|dragon)s?\b[^,.;:?!\n]{0,40}\b(potions?|spells?|curses?|sword)\b"
                r"|\bpoison(ed)? (potions?|apples?|darts?|arrows?|daggers?)\b"
                r"|(写|编|设计|做)(紧|着)?(一个|一段|个)?(游戏|剧本|小说|故事|任务|关卡)"),
     _TR29_ALL, None),
    # a death wish said as a joke about a chore ('honestly I could kill myself lol', 'stocktake makes them want to
    # die', 排班排到我想跳楼, 盘点盘到想死): the joke marker is required, and no intent may be left
    (re.compile(r"\b(i|we) could (honestly |literally |actually |just |seriously )?(kill (myself|ourselves)|die)\b"
                r"|\b(makes?|made|making) (me|him|her|them|us) (want to|wanna) (die|kill (myself|himself|herself|themselves))\b"
                r"|[\u4e00-\u9fff]{1,2}(到|得)(我|他|她)?(都|快)?(想死|要死|想跳楼|要跳楼|想跳河|想上吊|想撞墙)"),
     {"suicide_self_harm"}, "joke"),
    # a mild hypo treated and over ('treated with juice, now fine', 'had juice and a biscuit, now 6.2 and fine', 吃了糖好过来)
    (re.compile(r"(喝|吃|食|含)(了|咗)?(点|些|一杯|半杯|几块|一块|粒)?(糖水|糖|果汁|葡萄糖|饼干|糖果|可乐)[^,.;:?!\n，。；：？！]{0,6}(就|后)?(好过来|好番|恢复了?|正常了?)"
                r"|\b(treated|sorted|fixed|brought (it |him |her )?(back )?up) (it |him |her )?(with|by) (some |a |a glass of )?(juice|sugar|sweets|glucose|dextrose|jelly babies|lucozade|coke|biscuits?|glucose tabs?|glucose tablets)\b"
                r"|\b(had|drank|ate|took) (some |a |a glass of |a few )?(juice|sugar|sweets|glucose|dextrose|jelly babies|lucozade|coke|biscuits?)\b[^.;?!\n]{0,40}\bnow \d+(\.\d)?( and)? (fine|ok|okay|good|better|normal)\b"),
     {"diabetic"}, "hypo_treated"),
    # a clinic named by the condition, asked about (烧伤科换药时间, 'the burns clinic's hours')
    (re.compile(r"(烧伤|烫伤|中风|卒中|胸痛|心脏|脑外|癫痫|糖尿病|内分泌)(专)?(科|门诊|中心|病房|诊所)"
                r"|\b(burns?|stroke|chest pain|epilepsy|diabetes|head injury|fracture) (clinic|unit|ward|team|centre|center|department|dept)\b"),
     _TR29_ALL, "phrase"),
]
_TR29_TREATED_ZH = re.compile(r"(治|医|看)(好|好了)|(已经|早就|早|都|现在)(全|完全)?(好了|康复|没事|很好|好好的|挺好)|康复了|痊愈|走出来了")
_TR29_STILL_ZH = re.compile(r"又(开始|发|说|想|有|复发)|(现在|最近|这几天|这阵子|今天).{0,3}(还|又|更)(是|在)?(想|有|说|会)|越来越|突然")
_TR29_TURN = re.compile(r"\b(but|because|cos|while|whereas|when|suddenly|and (now|then|he|she|they|i)|and (has|had) (just )?)\b|但是|但|可是|不过|而且|结果|现在|突然|的时候")
_TR29_JOKE = re.compile(r"\bjok(e|ed|es|ing|ingly)\b|\b(lol|lmao|haha\w*|jk|just kidding)\b|玩笑|说笑|讲笑|哈哈|[\U0001F602\U0001F923\U0001F606]")
_TR29_NOT_JOKE = re.compile(r"\b(not|no|never) (a )?(joke|joking|kidding)\b|\bi am (serious|not kidding)\b|(不是|没有?|没在|并非)(在)?(开玩笑|讲笑|说笑)|(是)?认真的")


def _tr29_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """TR29: categories that rest only on a product's or a group's name, a role played, a made-up story or a joke."""
    categories = {r.category for r in fired}
    dropped: set[str] = set()
    if not categories:
        return dropped
    for pattern, cats, needs in _TR29_FIGURES:
        hit = categories if cats is None else cats & categories
        if not hit or not pattern.search(norm):
            continue
        if needs == "joke" and not (_TR29_JOKE.search(norm) and not _TR29_NOT_JOKE.search(norm)):
            continue
        # a clause is cut at a turn ('but right now', 但是现在) so a sign told after the turn is never masked with it
        rest = pattern.sub(" , ", norm) if needs in ("joke", "phrase") else _r27_mask(_TR29_TURN.sub(r" , \g<0>", norm), pattern)
        if needs == "hypo_treated":
            if _lexicon("ACUTE_NOW").search(norm) or not re.search(r"好过来|好番|恢复|正常|\b(now|fine|ok|okay|better|back up)\b", norm):
                continue
            rest = _r27_mask(re.sub(r"\b(mild|slight|small|little) (hypo|low)s?\b|\bhypo\b|低血糖|血糖", " , ", rest), re.compile(r"\b(sugar|glucose|bm|bg)\b"))
        for cat in hit:
            if cat == "suicide_self_harm":
                if not _still_suicidal(rest):
                    dropped.add(cat)
            elif not _raises_category(rest, cat):
                dropped.add(cat)
    if "suicide_self_harm" in categories and _R27_PAST_ZH.search(norm) and _TR29_TREATED_ZH.search(norm) and not _TR29_STILL_ZH.search(norm):
        # suicidal thoughts years back, treated and well now (几年前有过轻生念头，现在治好了)
        if not _still_suicidal(_r27_mask(_r27_mask(norm, _R27_PAST_ZH), _TR29_TREATED_ZH)):
            dropped.add("suicide_self_harm")
    return dropped


# Round 24 (after blind21): three things told about a sign that is not an emergency now. A limb numb from lying on
# it that came back within minutes, with no other stroke sign; a thermometer being chosen for a baby, with no fever
# told; self-harm told as past, with the writer well now and asking about the scars.
_SLEPT_ON = re.compile(r"\b(from|after|by) (sleeping|lying|laying|lay|slept|leaning|sitting) (on|awkwardly on) (it|them|(his|her|my|their) (arm|hand|leg|side))\b"
                       # round 25 (blind22): a foot or leg gone numb from a posture held (sitting cross-legged, kneeling, squatting)
                       r"|\b(when|while|after|from|if) (i|he|she|they|we) (sit|sits|sat|sitting|kneel|kneels|knelt|kneeling|squat\w*|cross\w*)"
                       r"( \w+){0,2} (cross-legged|cross legged|on (my|his|her|their|the) (feet|foot|legs|heels|knees|floor)|(my|his|her|their) legs|for (ages|a long time|too long|hours))\b"
                       r"|盘(腿|脚)(坐)?.{0,8}麻|(蹲|跪|坐)(得|太|了)?(久|太久|很久)(了)?.{0,6}麻"
                       r"|压(麻|到麻|得麻|着睡)|睡(到|得|觉)?.{0,3}(压|枕)(住|着|到)?.{0,3}(手|脚|手臂)|(手|脚|手臂)(被)?压(麻|到麻|得麻)")
_CAME_BACK = re.compile(r"\b(came|come|comes|coming) back (within|after|in) (a|one|\d+|a few|two|couple of)\b|\bback to normal (after|within|in)\b"
                        r"|\b(wore|went) off (within|after|in)\b|(一|几|两|半)(分钟|会儿?|阵)(就|后)?(恢复|好了|没事|回来)")
_THERMOMETER_ERRAND = re.compile(
    r"\b(buy\w*|bought|choos\w*|chose|pick\w*|order\w*|recommend\w*|which|what (kind|type|sort)|best)\b[^.;?!\n]{0,40}\bthermometers?\b"
    r"|\bthermometers?\b[^.;?!\n]{0,30}\b(to buy|recommend\w*|which|best|accurate)\b"
    r"|(买|选|挑|推荐|哪种|哪个|边种|边个).{0,12}(体温计|温度计|探热针|体温针|耳温枪|额温枪)|(体温计|温度计|探热针|体温针|耳温枪|额温枪).{0,12}(哪种|哪个|边种|边个|准|推荐|好用)")
_FEVER_TOLD = re.compile(r"\b(hot|fever\w*|feverish|temperature (of|is|was|has)|burning up|high temp\w*|warm to touch)\b|发烧|发热|烧到|高烧|低烧|烫|体温(是|有|高|升)")
_SCAR_QUESTION = re.compile(r"\b(scars?|scarring)\b|疤")
_WELL_SINCE_HARM = re.compile(r"\b(fine|well|good|okay|ok|better|recovered|in a good place|doing (well|great|fine|ok))( now| these days)?( for (years|ages|a long time|\w+ years))?( now)?\b"
                              # round 25 (blind22): not done for years ('have not in over ten years', 十年没再割过)
                              r"|\b(have not|has not|had not|not)( done it| self-harmed| cut| harmed (myself|himself|herself))?( once)? (in|for|since) (over |more than |nearly |almost )?(\w+|\d+) (years|yrs)\b"
                              r"|\b(\d+|\w+) years (clean|free|harm[- ]free|without)\b|(\d+|[一两二三四五六七八九十几多]+)(多)?年(都)?(没|冇|不)(有)?(再)?(割|伤害|自残|弄)"
                              r"|\b(been|am|is) (fine|well|good|okay|ok|better|recovered)( for (years|ages|a long time|\w+ years))?( now)?\b|(现在|而家|依家|如今|已经|早就)(都)?(好好|没事|很好|好了|挺好|康复|ok|好)")
_ASKING_ABOUT = re.compile(r"想问(下|问)?|请问|想了解|\b(want|wanted|wanting) to ask\b")
# round 25: the writer's age now ('I am 34 now') dates the past, it says no intent now
_AGE_NOW = re.compile(r"\b(i am|i'm|she is|he is) (\d{2}|twenty\w*|thirty\w*|forty\w*|fifty\w*)( years old)? now\b|(我|他|她)?(而家|现在|依家|如今)(已经)?\d{2}岁")


def _slept_on_limb_resolved(norm: str) -> bool:
    """True for a limb numb from lying on it that came back within minutes, with no other stroke sign told."""
    if not (_SLEPT_ON.search(norm) and _CAME_BACK.search(norm)):
        return False
    rest = _SLEPT_ON.sub(" ", re.sub(r"\b(his|her|my|their) (arm|hand|leg)\b|(手|脚|手臂)(麻)?", " ", norm))
    # round 25: walking it off ('after a minute of walking about') is how the pressed nerve came back, no gait sign
    rest = re.sub(r"\b(of |by |after )?(walking|moving|stretching|shaking) (about|around|it off|it out|them out)\b|走(动|走)(一下|下)?", " ", rest)
    return not _OTHER_STROKE_SIGN.search(rest)


_UNDER_DAILY_MAX = re.compile(r"\b(well |still |comfortably )?(under|below|within|less than|not over) (the |my |a )?(daily |24[- ]hour |day's )?"
                              r"(max\w*|limit|allowance|ceiling)\b|(没|没有|未|不)(超|超过|过)(每日|一天|每天|一日|24小时)?(的)?(最大|上限|限量|剂量)")
_FEELING_FINE = re.compile(r"\b(feel|feeling|felt|i am|i feel) (fine|ok|okay|well|normal|totally fine|completely fine)\b|(感觉|觉得)?(没事|没什么不舒服|挺好|正常)")
ONE_EXTRA_DOSE = Rule("overdose.one_extra_dose", "overdose_poisoning", URGENT, ())
_DOSE_WORRY = re.compile(r"\b(should i|should he|should she|do i|is it (ok|okay|safe|dangerous|bad)|will (i|he|she) be (ok|okay|fine)|what (should|do) i do)\b"
                         r"|要紧|要不要紧|会不会有事|会有事吗|有没有事|怎么办|要不要|点算|得唔得")
_HIGH_RISK_MEDICINE = re.compile(r"\b(insulin|opioids?|morphine|oxy\w*|fentanyl|tramadol|codeine|methadone|methotrexate|warfarin|lithium|"
                                 r"digoxin|gliclazide|glipizide|sulfonylurea|clozapine|iron)\b|胰岛素|吗啡|华法林|甲氨蝶呤|锂盐|地高辛|铁剂")


_ASKING = re.compile(r"[?？]|\b(what|which|how|when|where|who|why|is it|are there|can i|could i|do i|should i|tell me)\b"
                     r"|什么|哪|怎么|怎样|如何|吗|多少|几|是否|有没有|想问|请问|问问|了解")


def _general_question(norm: str) -> bool:
    """An information or routing question about nobody in particular, with nothing happening now and no reading."""
    if not (_INFO.search(norm) or _PAST_SENTENCE.search(norm)) or _PERSON_NAMED.search(norm):
        return False
    if not _ASKING.search(norm):
        return False  # a bare list of observations ("floppy, mottled, cap refill 4s") is a report, not a question
    if _lexicon("ACUTE_NOW").search(norm) or _STILL_NOW.search(norm) or _NOW_OR_SEVERE.search(norm) or _WAIT_FOR_IT.search(norm):
        return False
    derived = _derived_hits(tokenize(norm))
    return not (derived.get("FEVER_VALUE") or derived.get("GLUCOSE_EXTREME"))


def _one_extra_dose_question(norm: str) -> bool:
    """An adult's single doubled dose of an ordinary medicine, asked about calmly, with no sign of harm."""
    return bool(_DOSE_WORRY.search(norm) and _one_extra_dose(norm))


# Round 20: the doubled dose was on an earlier day and the writer has felt fine since (told afterwards, not asked now).
_DAY_BEFORE = re.compile(r"\b(yesterday|last night|the (other|previous) day|(two|three|\d) days ago|on (monday|tuesday|wednesday|"
                         r"thursday|friday|saturday|sunday))\b|昨天|昨晚|昨日|前天|前晚|琴日|寻日|尋日|上个?星期")
_FINE_SINCE = re.compile(r"\b(felt|feel|feeling|been|was|am) (completely |totally |absolutely )?(fine|ok|okay|well|normal|grand)\b"
                         r"( (all day|since|ever since|today|this morning|all night))?|\bno (problems|symptoms|side effects)( at all)? since\b"
                         r"|(到现在|到今天|之后|一直|至今)(都|也)?(没事|没什么|没有不舒服|没不舒服|正常|很好|好好的)")


def _dose_doubled_days_ago(norm: str) -> bool:
    """One doubled ordinary dose on an earlier day, with the writer fine since and nothing acute now."""
    # the 'fine since' words are blanked first: 'all day' is no large amount
    return bool(_DAY_BEFORE.search(norm) and _FINE_SINCE.search(norm) and _one_extra_dose(_FINE_SINCE.sub(" , ", norm))
                and not _lexicon("ACUTE_NOW").search(norm) and not _STILL_NOW.search(norm))


def _one_extra_dose(norm: str) -> bool:
    """An adult's single doubled dose of an ordinary medicine, with no sign of harm."""
    return bool(_lexicon("ONE_EXTRA").search(norm)
                and not _lexicon("LARGE_AMOUNT").search(norm) and not _HIGH_RISK_MEDICINE.search(norm)
                and not _lexicon("HEAD_WORRY_SIGN").search(norm)
                and (not _lexicon("CHILD_ANY").search(norm) or bool(_TEEN_AGE.search(norm))))


# A stated age of 12 or more: a teenager's one doubled ordinary dose is the adult question ("she's 15 and fine").
_TEEN_AGE = re.compile(r"\b(she is|he is|they are|aged|age) (1[2-9])\b|\b(1[2-9]) ?(yo|y/o|years? old|yrs?)\b|(1[2-9]|十[二三四五六七八九])岁")


def _one_extra_supplement(norm: str) -> bool:
    """True for one doubled or extra dose of a vitamin or supplement by an adult ('took her vitamin D twice')."""
    return bool(_lexicon("LOW_RISK_SUPPLEMENT").search(norm) and _lexicon("ONE_EXTRA").search(norm)
                and not _lexicon("LARGE_AMOUNT").search(norm))


# Something did go in: a question about using or storing a chemical then is an exposure, not a how-to.
_INGESTED = re.compile(r"\b(swallowed|drank|ate|eaten|has had|had some|licked|bit|chewed|sucked|got into|took|taken|"
                       r"gulped|sipped|swig)\b|(喝|吞|吃|舔|咬|饮)(了|咗|过)|误(食|服|喝|吞)")
_BLEED_STOPPED = re.compile(r"\b(it|its|bleeding|the bleed|the bleeding|nosebleed|the nosebleed) (has |had |finally |is |has now )?(stopped|settled|dried up)\b"
                            r"|\bstopped (now|by itself|on its own)\b|\b(has|had) stopped\b"
                            r"|\bstopped (on its own|by itself|after (\d+|a few|ten|twenty) (min|mins|minutes))\b|止住了|不流了|停了"
                            # round 27 (blind25): stopped with the usual first aid ('stopped with pinching', 按住就止了)
                            r"|\bstopped (with|after|by|once i|once he|once she) (pinching|pressure|pressing|holding|leaning forward|ice)\b|(按|捏|压)(住|一下|一会)?(就)?止(住)?了")
# Death as an intensifier ("so much homework I could die", 多到想死, 累到想死) said with a joke marker.
_HYPERBOLE_DEATH = re.compile(
    r"\b(so (much|many|bored|tired|embarrassed)|embarrassed)( \w+){0,4} (i|i could|i want to|want to|could) (die|just die)\b"
    r"|\bdying of (embarrassment|boredom|laughter)\b|\b(kill me now|i could die)\b"
    # round 12: 'I could kill myself for forgetting her birthday' blames oneself for a slip, said with a joke marker
    r"|\bi could (kill|strangle|kick) myself for (\w+ing|being|that|this|it)\b"
    r"|(多|累|热|冷|烦|忙|闷|尴尬|无聊|饿|困|痛|气|丑|难|闷|紧张|攰|悶|搞笑|好笑|输|衰|惨|贵|穷|倒霉)(到|得)(我|他|她)?(想死|要死|死|半死)|笑死"
    # round 25 (blind22): crying or being moved by a show 'till I want to die' (喊到想死, 哭得要死, 感动到想死)
    r"|(哭|喊|感动|伤心|心痛|激动|兴奋|开心|虐)(到|得)(我|他|她)?(快|都)?(想死|要死|半死)"
    # round 14: a chore done 'till I want to die' (加班加到想死, 排队排得要死) is the chore's weight, said with a joke marker
    r"|(加班|上班|返工|开工|开会|考试|复习|排队|赶工|赶稿|作业|功课|带娃|带孩子|搬家|装修|等)(加|上|返|开|考|复|排|赶|做|写|带|搬|装|等)?"
    r"(到|得)(我)?(快|都)?(想死|要死|半死)"
    # round 18: an embarrassment quoted as 'wanting to die' (忘词 '想死一死', 社死), said with a joke marker
    r"|想死一死|(忘词|出糗|丢脸|丢人|社死|尴尬|出丑)[^,.;:?!\n，。？！]{0,8}(想死|要死|想去死)|[\"“「『](想死|要死|想去死)[^\"”」』]{0,4}[\"”」』]"
    r"|\b(so embarrass\w*|mortified|cringe\w*)( \w+){0,4} (wanted|want|wants) to (die|disappear)\b"
    # round 20: a stressor's 'want to die' taken back in the same breath (考完试真系想死，哈哈，讲笑啫; exams ... jk)
    r"|(期末考|期中考|考完试|考完|考试|考研|考|复习|备考|温书|测验|功课|作业|加班|返工|上班|开会|论文|改稿|报告|毕设|deadline|dse|高考)[^,.;:?!\n，。；：？！]{0,12}(想死|要死)"
    r"(?=[^.;?!\n。；？！]{0,10}(讲笑|开玩笑|说笑|玩笑)(啫|咋|嘅|而已|的|啦|罢了|之嘛|者)?)"
    r"|\b(exams?|homework|revision|deadlines?|work|essays?|finals|mocks)\b( \w+){0,6} (i )?(want to|wanna|could) die\b"
    r"(?=[^.;?!\n]{0,20}\b(just kidding|jk|only joking|kidding|not really|not literally)\b)"
)
# Round 25 (blind22): beside a joked 'want to die', a clause that tells what a character did in a show or a book
# (追剧看到男主角跳海, 'in the film the hero jumps') is the story, not the writer
_FICTION_CLAUSE = re.compile(
    r"[^,.;:?!\n，。；：？！]*(追剧|睇剧|煲剧|看剧|电视剧|剧集|剧中|剧里|电影里|电影中|小说里|动漫|男主角?|女主角?|主角)[^,.;:?!\n，。；：？！]*"
    r"|[^,.;:?!\n]*\b(in the (film|movie|show|series|episode|book|novel|drama)|the (main )?characters?|the (hero|heroine|lead|villain))\b[^,.;:?!\n]*")
# Round 19: dying OF a feeling ('die of embarrassment', 'died of shame', 尴尬死了) is an idiom, never intent.
_DEATH_IDIOM = re.compile(r"\b(going to |gonna |could |will |would |might |about to |nearly |almost |literally )?(die|died|dying|dead) "
                          r"(of|from) (embarrassment|shame|boredom|laughter|laughing|cringe|cuteness|jealousy|envy|curiosity)\b"
                          r"|(尴尬|丢脸|无聊|羞|笑|可爱)死(我)?了")
_NOT_JOKING = re.compile(r"\b(not|never) (joking|kidding)\b|\bi am (serious|not kidding)\b|(不是|没有?|没在|并非)(在)?(开玩笑|讲笑|说笑)|(是)?认真的")
_JOKING = re.compile(r"\b(lol|lmao|haha\w*|jk|just kidding|joking|not serious|not literally)\b|笑死|哈哈|开玩笑|讲笑|说笑|其实没事|其实没什么|其实冇事|[\U0001F602\U0001F923\U0001F606]")
# A reaction told as over: "was fine the next day", "第二天就好了", "今天好好的".
_WAS_FINE_AFTER = re.compile(
    r"\b(was|were|felt|is) (fine|ok|okay|back to normal|right as rain|better) (the next day|the day after|by (the )?(morning|evening|next day)|afterwards|after (a|an|that) (\w+ )?(day|night|hour|sleep|rest))\b"
    r"|(第二天|隔天|过了一?(晚|天|夜)|睡一觉)(就)?(好了|没事|正常)|今天(就)?(好好的|没事了?|正常了?)|后来(就)?(好了|没事)"
)
_STILL_NOW = re.compile(r"\b(still|again|now (he|she|it|i|they) (is|has|are|have|can not)|since then|getting worse)\b|还在|又|现在.{0,3}(还|又|更)|越来越")
# Categories whose red flag is an illness state now: an episode over by the time of writing is not one.
_SELF_LIMITING = {"sepsis", "head_injury", "anaphylaxis"}


_OTHER_STROKE_SIGN = re.compile(r"\b(arm|arms|leg|legs|hand|speech|speak\w*|talk\w*|slurr\w*|words|confus\w*|vision|walk\w*|"
                                r"balance|droop\w*|one side)\b|手|脚|腿|说话|讲话|口齿|看不|走路|站不|歪|半边身")
# Suicide named as a topic (bereavement, prevention, a support group), not as anyone's intent now.
_SUICIDE_TOPIC = re.compile(
    r"\b((film|movie|documentary|book|novel|lesson|assembly|talk|class|article|episode|show|series|podcast|play) (about|on) suicide|died by suicide|died of suicide|lost (\w+ ){0,3}to suicide|bereaved by suicide|suicide (prevention|awareness|bereavement|"
    r"loss|survivors?|support groups?|training|statistics|rates?|helpline numbers?))\b"
    r"|关于自杀的(电影|书|小说|课|讲座|新闻|纪录片|节目)|自杀(预防|干预|遗属|者家属|身亡)|(因|死于)自杀|预防自杀|自杀.{0,2}(培训|讲座|统计)"
    # round 20: a relative's or friend's suicide dated years back (a bereavement, asked about grief support)
    r"|\b(my|our|his|her|their) (\w+ ){0,2}(uncle|aunt|auntie|brother|sister|mum|mom|mother|dad|father|cousin|friend|grandad|"
    r"grandpa|grandfather|grandma|grandmother|nan|son|daughter|husband|wife|partner|nephew|niece|classmate|colleague)( \w+){0,2} "
    r"(took (his|her|their) own life|killed (himself|herself|themselves)|died by suicide|committed suicide)( \w+){0,3} "
    r"((\w+|\d+) years ago|years back|last year|in (19|20)\d\d|when (i|we) (was|were) (young|little|small|a child|a kid|a teenager|\d+))\b"
    r"|(舅舅|叔叔|伯伯|姑姑|姑妈|阿姨|姨妈|舅妈|表哥|表姐|表弟|表妹|堂哥|堂姐|哥哥|姐姐|弟弟|妹妹|爸爸|妈妈|父亲|母亲|爷爷|奶奶|外公|外婆|"
    r"朋友|同学|同事|老公|老婆|丈夫|妻子|儿子|女儿|亲戚|家人)[^,.;:?!\n，。；：？！]{0,4}"
    r"(很多年前|好多年前|多年前|几年前|\d+年前|[一两二三四五六七八九十]+年前|去年|前年|早年|小时候|那年|当年)[^,.;:?!\n，。；：？！]{0,4}自杀(了|身亡|去世|离世)?"
)


def _harm_told_as_past(norm: str) -> bool:
    """True when every clause that raises suicide or self-harm is told as past ('tried to kill herself last year')."""
    raising = [c for c in _SENTENCE.split(norm) if c.strip() and _still_suicidal(c)]
    return (bool(raising) and not _CURRENT_INTENT.search(norm)
            and all(_PAST.search(c) or _OLD_HARM.search(c) or _ZH_PAST_EVENT.search(c) for c in raising))


_ZH_PAST_EVENT = re.compile(r"(以前|之前|曾经|那时).{0,8}过|过(一次|几次)?$")
# Anything said to be wanted or planned now keeps the message current, whatever else is past.
_CURRENT_INTENT = re.compile(r"\b(wants?|wanting|going to|gonna|plans?|planning|tonight|today|right now|now|keeps? saying|"
                             r"(says|said) (she|he|they) (wants|will|is going))\b|想|要|打算|今晚|今天|现在|而家")


def _still_suicidal(norm: str) -> bool:
    """True when a text still raises a suicide or self-harm finding once the topic phrase is masked."""
    if any(f.category == "suicide_self_harm" for f in lay_red_flags(norm)):
        return True
    return any(r.category == "suicide_self_harm" and _rule_fires(r, find_concepts(norm)) for r in RULES)


_MINOR_INJURY_CATEGORIES = {"burns", "bleeding"}
# round 27 (blind25): a blister denied ('no blister', 没有起泡) is no blister
_BLISTER = re.compile(r"(?<!\bno )(?<!\bnot )(?<!\bwithout )(?<!\bnot a )(?<!\bnot any )\bblister\w*|(?<!没)(?<!没有)(?<!无)(?<!不)(?<!未)(水泡|起泡)")
# round 18: one blister the size of a grain of rice or a pea (米粒大的小水泡) is self-care
_SMALL_BLISTER = re.compile(r"\b(one |a |single )?(tiny|small|little|pea-?sized|rice-?sized) blister\b|(米粒|绿豆|芝麻|黄豆)(大|大小|咁大|般大)?的?(小)?(水泡|泡)|一个小水泡|一粒小水泡")


# Round 31sc: the lay-sign rules that name one deep or dangerous burn (a chemical, a full-thickness look, an electrical
# injury, a caustic splash in the eye, smoke breathed in). lay.burns.major is not among them: its lexicon also reads
# "does not hurt" and the 喉 of 水喉 (a tap), which a small scald held under the tap says (the reach found three).
_SEVERE_BURN_SIGNS = ("lay.burns.chemical", "lay.burns.full_thickness", "lay.burns.electrical", "lay.burns.caustic_in_eye",
                      "lay.burns.smoke_inhalation")


def _severe_burn_sign(fired: list[Rule]) -> bool:
    """True when a lay-sign rule naming a deep, chemical or electrical burn fired (round 31sc)."""
    return any(r.id in _SEVERE_BURN_SIGNS for r in fired)


def _minor_self_care(text: str, fired: list[Rule]) -> list[Rule]:
    """A small burn or cut asked about as self-care is not an emergency unless a major sign is present.

    "burnt my hand on the oven, should i put ice on it" and "cut myself in the garden, do i need tetanus"
    ask how to look after a minor injury. Burns and bleeding rules that fired on the injury alone are
    dropped (a blistered burn keeps a same-day notice); large, deep, facial, chemical or electrical burns
    and bleeding that will not stop fire the lay-sign rules lay.burns.major / lay.bleeding.severe and stay.
    """
    injury = [r for r in fired if r.category in _MINOR_INJURY_CATEGORIES]
    if not injury or len(injury) != len(fired):
        return fired
    norm = normalize(text)
    if not (_lexicon("SELF_CARE_QUESTION").search(norm) or _lexicon("MINOR_MARKER").search(norm)
            or (any(r.category == "burns" for r in fired) and _EV_COOLED.search(norm) and _EV_NO_BLISTER.search(norm))):
        return fired
    # IN1 (inventory A): a part cut off or a stab wound is never a plaster question
    if any(r.id in ("lay.burns.major", "lay.bleeding.severe", "facts.corrosive_burn", "burns.agent_look",
                    "lay.bleeding.amputation", "lay.bleeding.stab_wound", "lay.burns.smoke_inhalation",
                    # round 31g2 (signs31): 'should we pull it out ourselves' about a nail still in the thigh is no plaster question
                    "lay.bleeding.object_in_wound") for r in fired):
        return fired
    # round 36h (blind56): a hot injury with skin coming off or blisters all over (facts.severe_burn), blisters not denied.
    # An adult's burn that has only "blistered" stays first aid when a cream is asked (round 18's pin): the finding is
    # kept for a child, or for a sign beyond the one word (skin off, large, all over, face or hands)
    if (any(r.id == "facts.severe_burn" for r in fired) and not _R36H_NO_BLISTER.search(norm)
            and (_BURN_SEVERE_SIGN.search(re.sub(r"\bblistered\b", " ", norm)) or _lexicon("CHILD_OR_BABY").search(norm))):
        return fired
    # round 31sc (signs31): a deep, chemical or electrical burn's sign rule keeps the finding, not only the ids listed
    # when this drop was written; a cream asked about beside one does not make it minor
    if _severe_burn_sign(fired):
        return fired
    if any(r.category == "bleeding" for r in fired) and _ev_said(norm, _EV3_ARTERIAL):
        return fired  # EV3: squirting with the heartbeat or soaked through is no plaster question
    if any(r.category == "burns" for r in fired) and _BLISTER.search(norm) and not _SMALL_BLISTER.search(norm):
        return [Rule("burns.blistered_self_care", "burns", URGENT, ())]
    return []


# Everyday complaints told with the features that make them ordinary (everyday1, spent: 20 false alarms in 400).
# Each family names the findings it may drop and the signs that keep them (a sign counts unless a negation cue
# stands just before it in its clause: 'no sweating', '不喘'). Only the named findings go; any other emergency stays.
# A negation just before a sign, in English or Chinese (the Chinese cue words are a parameter: round 47m reads the
# unfolded Cantonese/Traditional text too, with 冇 沒 無 唔).
_EV_NEG_EN_PART = r"\b(no|not|nothing|never|without|nor|none|neither)\b[^,.;:?!，。；：？！]{0,20}"


def _ev_neg_zh_part(cues: str = "不|没|无|未|否认") -> str:
    return r"(" + cues + r")[^,.;:?!，。；：？！]{0,3}"


_EV_NEG_BEFORE = re.compile(r"(" + _EV_NEG_EN_PART + r"|" + _ev_neg_zh_part() + r")$")
# 'nothing when I walk about or climb stairs', 'fine when I walk': exertion told as no trigger.
_EV_NOT_ON_EXERTION = re.compile(r"(" + _EV_NEG_EN_PART + r"|" + _ev_neg_zh_part() + r"|"
                                 r"\b(nothing|not|never|no \w+|fine|ok|okay|better) (when|on|with|while|during|if)\b[^,.;:?!]{0,40})$")
_EV_CHILD = re.compile(r"\b(child|children|kid|kids|son|daughter|baby|babies|toddler|boy|girl|infant|grand(son|daughter|child)|"
                       r"little one|lo|ds|dd|(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](year|yr|month)s?[- ]olds?)\b|孩子|儿子|女儿|宝宝|宝贝|娃|小孩|小朋友|小童|细路|囝|囡|仔|bb")
_EV_CHEST_SEVERE = re.compile(
    r"\b(sweat\w*|clammy|grey|gray|pale|ashen|arms?|jaw|neck|shoulders?|back(?! of)|breathless\w*|short of breath|out of breath|"
    r"struggl\w* to breathe|can not (breathe?|catch|get)|gasp\w*|collaps\w*|faint\w*|pass(ed)? out|dizzy|light ?headed|"
    r"vomit\w*|crushing|squeez\w*|worst|severe|spread\w*|radiat\w*|blue|wheez\w*|racing|palpitat\w*)\b|"
    r"冷汗|出汗|冒汗|大汗|手臂|胳膊|左手|下巴|下颌|肩|背|喘不|气促|气短|透不过气|上气不接|头晕|晕|脸色|发白|发紫|恶心|呕|压着|石头|心跳|心慌")
_EV_RESP = re.compile(r"\b(colds?|cough\w*|flu|chesty|phlegm|mucus|snot\w*|runny nose|virus|bug|sinus\w*)\b|感冒|咳|伤风|流鼻涕|鼻涕|痰")
_EV_BREATHING_FINE = re.compile(
    r"\b(breathing|breathe|talk\w*|walk\w*|eating|drinking|speak\w*)( \w+){0,3} (fine|ok|okay|normally|normal|well|as (normal|usual))\b|"
    r"\bcan (talk|walk|speak|breathe|get about)( and (talk|walk|speak|breathe))?( \w+)? (fine|normally|ok|okay|properly|all right|alright)\b|"
    r"\b(not|no|never) (short of breath|breathless\w*|wheez\w*|out of breath|struggling to breathe)\b|"
    r"\botherwise (fine|well|ok|okay|normal|herself|himself|her usual self|his usual self)\b|其他(都|方面)?(正常|没事|还好|好好的)|其他冇事|其他都冇事|"
    r"(不|没|没有|不会)(会)?(喘|气促|气短|气喘)|呼吸(都)?(正常|顺畅|畅顺|没问题|还好|好)|(走路|行路|说话|讲话|讲嘢|走动).{0,4}(正常|没问题|都不喘|不喘|都好|也好)|能吃能喝|能走能说")
_EV_BURNING = re.compile(r"\b(burn\w*|acid\w*|sour|reflux\w*|heartburn|indigestion)\b|烧心|灼|反酸|返酸|泛酸|胃酸|酸水|(?<![发高低退])烧(?!到)")
_EV_REFLUX_FEATURE = re.compile(
    r"\b(after|with|following) (big |large |heavy |spicy |late )?(meals?|eating|food|dinners?|lunch|supper|takeaways?|curry|a meal)\b|"
    r"\b(bend\w*|lie|lying|lay|laying) (over|down|flat)\b|\bsour\b|\bacid\w*|\breflux\w*|\bheartburn\b|\bindigestion\b|"
    r"(comes|coming|came) up (into|in) (my|his|her|the) (mouth|throat)|"
    r"饭后|吃完饭|吃过饭|吃饭后|吃完东西|吃饱|食饱|食完饭|躺下|平躺|瞓低|弯腰|反酸|返酸|泛酸|烧心|胃酸|酸水|口里(发)?酸"
    r"|\b(rennies?|gaviscon|antacids?|tums|fry|fry-?ups?|fried breakfast)\b|胃药|胃仙|吃了?(达喜|斯达舒)")  # round 50f: an antacid that settles it, a fry-up
_EV_EXERTION = re.compile(r"\b(walk\w*|stairs|exercis\w*|exert\w*|hills?|running|gym)\b|走路|行路|爬楼|上楼|运动|跑步|用力")
_EV_NOSE = re.compile(r"\b(blocked|stuffy|stuffed|bunged|congested|bunged up|runny) (up )?nose\b|\bnose\b( \w+){0,2} (blocked|stuffed|bunged|congested)\b|"
                      r"鼻塞|鼻子(好|很|都)?塞|鼻子不通|鼻窒|鼻哥窿塞")
_EV_CANT_BREATHE_NOT_NOSE = re.compile(r"\bcan not (breathe?|get (my |a )?breath|get (any )?air)\b(?! (properly |well )?(through|out of|thru) )|喘不过|透不过气|吸不(到|进|上)(空)?气(?!.{0,3}鼻)")
_EV_BREATHING_SEVERE = re.compile(r"\b(blue|grey|gray|gasp\w*|wheez\w*|ribs?|sucking in|throat|tongue|swell\w*|swollen|chest)\b|发紫|发青|嘴唇|喉咙|舌头|肿|胸")
_EV_FEVER = re.compile(r"\b(fever\w*|temp\w*|feverish|hot)\b|发烧|发热|烧到|体温|高烧|低烧|\d{2}\.\d")
_EV_FEVER_CARE = re.compile(
    r"\b(calpol|paracetamol|acetaminophen|ibuprofen|nurofen|tylenol|motrin|panadol|fever (medicine|reducer)s?|antipyretics?)\b|"
    r"退烧药|退热药|退烧|退热|美林|泰诺林|布洛芬|扑热息痛|必理痛|对乙酰氨基酚|"
    r"(水|奶|汤|果汁|fluids?|water|milk|drinks?).{0,4}(喝|饮|drink\w*)(得|了)?.{0,2}(很多|好多|不少|多|lots|plenty|loads)|"
    r"\bdrinking (lots|plenty|loads|well|fine|normally|ok)\b")
_EV_EXCESS = re.compile(
    r"\b(too much|too many|overdos\w*|extra|double\w*|twice|whole|entire|bottle|packet|box|all of|handful|got into|found|"
    r"swallowed|ate|drank the|mixed up|wrong (dose|medicine))\b|过量|吃多了|多吃|整瓶|一整|整盒|整板|一把|误吃|误服|偷吃|两次|双倍|多喂|喂多|吃错|喂错|好多粒|几粒|很多粒|几片|好多片|很多片")
# "twice" is the dose taken twice, not "been sick twice" (everyday15: 30 sertraline, then sick twice, was dropped as a dose
# taken twice by mistake)
_EV_TWICE = re.compile(r"\b((?<!sick )(?<!vomited )(?<!threw up )twice|two doses|double (dose|dosed|up)|an extra (dose|tablet|pill|one)|one extra|again by (mistake|accident)|"
                       r"(took|taken|had) (it|them|my \w+) again|2 ?x)\b|两次|多吃了一(次|片|粒|颗|剂)|重复(吃|服)|吃多了一|又吃了一(次|片|粒)")
_EV_FIRST_PERSON = re.compile(r"\b(i|my|me)\b|我")
_EV_MANY = re.compile(r"\b(whole|entire|packet|box|bottle|all (of )?(them|my|the)|handful|lots of|loads? of|many|several|multiple|"
                      r"([5-9]|\d{2,}) of (her|his|my|their|your|our|the)|"
                      r"([3-9]|\d{2,}|three|four|five|six|seven|eight|nine|ten|twenty) (\w+ )?(tablets|pills|capsules|doses|times|lots))\b|"
                      r"几十|一把|整瓶|整盒|整板|好多粒|很多粒|一大把|十几|一排|[三四五六七八九十几]次|好几|[3-9]次|[三四五六七八九十几好多]+(粒|片|颗)")
_EV_HIGH_RISK_MED = re.compile(r"\b(insulin|warfarin|methotrexate|digoxin|lithium|opioids?|morphine|oxycodone|fentanyl|tramadol|methadone|codeine|"
                               r"sleeping (pills|tablets)|beta ?blockers?|iron|heart (meds|medicines?|medications?|pills|tablets)|blood thinners?|"
                               r"(blood pressure|bp|diabetes|epilepsy|seizure) (meds|medicines?|medications?|pills|tablets)|antidepressants?)\b|"
                               r"胰岛素|华法林|甲氨蝶呤|地高辛|锂|吗啡|安眠药|曲马多|可待因|铁剂|心脏药|降压药|降糖药|抗凝|薄血药|抗抑郁")
_EV_OD_SYMPTOM = re.compile(r"\b(drowsy|sleepy|sleep it off|vomit\w*|being sick|been sick|threw up|throwing up|dizzy|confus\w*|faint\w*|racing|palpitat\w*|breath\w*|unconscious|"
                            r"seizure|fit|fitting|yellow|slurr\w*|shaking)\b|嗜睡|想睡|呕|吐|头晕|心跳|心慌|昏|抽筋|迷糊|发抖")
_EV_INTENT = re.compile(r"\b(on purpose|deliberately|to end|kill|die|suicid\w*|after (a|an|the) (row|argument|fight|falling out))\b|故意|想死|不想活|自杀|轻生")
_EV_FOOD_POISON = re.compile(r"\b(food poisoning|leftover \w+ (that )?(sat|was left|had been left|left) out|(poisoned|poisoning)'? (by|from) (my |the |some |a )?(own )?(cooking|food|meal|takeaway|kebab|"
                             r"chicken|rice|curry|leftovers?|prawns?|seafood)|dodgy (kebab|takeaway|chicken|prawns?|curry|burger))\b"
                             r"|食物中毒|吃坏(了)?(肚子)?|吃壞|食壞|隔夜(饭|菜|的)")
_EV_FOOD_MILD = re.compile(r"\b(keeping (water|fluids|drinks|it) down|no blood|no fever|not feverish|drinking (fine|ok|okay|normally))\b"
                           r"|能喝水|喝水没事|没有血|没血|不发烧|没发烧|没有发烧|能吃")
_EV_FOOD_KEEP = re.compile(r"\b(blood|can not keep|could not keep|confus\w*|drows\w*|faint\w*|mushroom\w*|bleach|chemical\w*|"
                           r"not peed|no wee|dry nappies|floppy|severe|agony)\b|(吐|拉).{0,3}血|便血|喝不进|喝不下|昏|迷糊|蘑菇|菌子|农药|没尿|无尿")
_EV_MOUTHFUL = re.compile(
    r"\b(mouthful|sip|gulp|swig|swallow|bit|splash)s? of (\w+ )?(mouthwash|toothpaste|shampoo|shower gel|hand soap|soap|body wash|conditioner|bubble bath)\b|"
    r"(一口|一啖|几口|一小口|一点).{0,3}(漱口水|漱口液|牙膏|洗发水|洗头水|沐浴露|肥皂水|洗手液|沐浴液)")
_EV_SLEPT_ON = re.compile(r"\b(slept|sleeping|lying|lay|lain|laid) on (it|them|my|his|her)\b|\bdead arm\b|压着(睡|手|胳膊)|睡(到|得)?麻|压麻|瞓到(麻|痺)")
_EV_CAME_BACK = re.compile(r"\b(came back|come back|coming back|back to normal|(all |completely )?normal now|fine now|gone now|ok now|okay now|recovered|"
                           r"wore off|worn off)\b|恢复|好了|没事了|正常了|冇事|返晒")
_EV_STROKE_KEEP = re.compile(r"\b(face|smile|droop\w*|speech|slurr\w*|words|confus\w*|vision|see|headache|still (weak|numb|dead|heavy|tingl\w*)|both|leg)\b|"
                             r"嘴歪|脸|口齿|说话|讲话|看不清|视力|头痛|还是(麻|没力|无力)|仍然|腿|脚")
_EV_JAB_WORD = r"(flu (jab|shot|vaccine)|jabs?|vaccin\w*|booster|immuni[sz]ation|covid shot)"
_EV_JAB_DAY = r"(yesterday|today|this morning|last night|earlier|(\d+|a few|a couple of|two|three) hours ago|a day ago)"
_EV_JAB = re.compile(r"\b" + _EV_JAB_WORD + r"\b.{0,40}\b" + _EV_JAB_DAY + r"\b|\b" + _EV_JAB_DAY + r"\b.{0,40}\b" + _EV_JAB_WORD + r"\b|"
                     r"(昨天|今天|昨晚|今早|前天|今朝|琴日|寻日|早上).{0,12}(打|接种|种|整).{0,6}(疫苗|预防针|流感针)|(打|接种).{0,6}(疫苗|预防针|流感针).{0,12}(之后|后|过后|完)")
_EV_SEPSIS_KEEP = re.compile(r"\b(confus\w*|mottled|blotchy|rash|breath\w*|can not (stand|get up)|not (passed|weed|peed)|purple|drowsy|"
                             r"really (unwell|ill)|very (unwell|ill)|worse|worst|vomit\w*|days)\b|糊涂|迷糊|皮疹|疹|呼吸|站不|没(有)?尿|发紫|越来越|很差|呕|吐")
_EV_MORNING_SICK = re.compile(r"\b(morning sickness|sick in the morning|nause\w*|vomit\w*|throw\w* up|being sick|is sick|am sick)\b|孕吐|害喜|恶心|呕吐|想吐|吐")
_EV_KEEPS_DOWN = re.compile(r"\b(drinks?|drinking|keep\w* (fluids|water|drinks|it|food|things) down|eats?|eating|sips?)\b( \w+){0,4}|能吃|能喝|喝水|吃得下|喝得下|吃得|喝得")
_EV_PREG_KEEP = re.compile(r"\b(blood|bleed\w*|spotting|pain|painful|hurts?|cramp\w*|(can not|could not|unable to|not) keep\w*|nothing stays|faint\w*|dizzy|"
                           r"dark (urine|wee|pee)|not (passed|weed|peed)|waters|(leak\w*|gush\w*) (of )?(fluid|water)|fluid (leak\w*|com\w*)|regular|closer together|every \d+ minutes|"
                           r"less|fewer|reduced|not (moving|kicking)|quiet\w*|stopped moving|headache|vision|swell\w*|swollen|fever)\b|"
                           r"见红|出血|流血|痛|疼|吃不下|喝不下|什么都吐|吐个不停|晕|尿少|破水|羊水|规律|越来越密|胎动(少|减少)|不动|头痛|肿|发烧")
_EV_BRAXTON = re.compile(r"\b(braxton|tightenings?|tightening|practice contractions|bump (goes|going|gets|feels) (hard|tight))\b|假性宫缩|(肚子|肚皮|肚)(发紧|发硬|紧|硬)")
_EV_MOVING_FINE = re.compile(r"\b(moving|kicking|movements?)( \w+){0,2} (as normal|normally|as usual|fine|well|lots|loads)\b|胎动(正常|很好|好|多)|(宝宝|bb|baby).{0,4}(动|踢)得?(正常|很好|好多|好勤)")


# EV2 (everyday2 + blind28, spent): the danger sign denied or the mild features said, as families.
# A local allergic reaction told with the body-wide signs denied ('breathing fine', 'nothing else', 'lips not swollen').
_EV_ALLERGY_MILD = re.compile(
    r"\b(breathing|breathe|breath)( is| feels| seems| all)?( \w+)? (fine|ok|okay|normal|normally|good|all right|alright)\b|"
    r"\bnothing else\b|\bno other (symptoms?|problems?|signs?|reaction)\b|\b(lips?|tongue|throat|face)( is| are)? (not|isn't|aren't) (swollen|swelling|puffy)\b|"
    r"\bno (swelling|swollen) (of |in )?(my |his |her |the )?(lips?|tongue|throat|face)\b|\b(swollen|swelling|puffy) (round|around|where|at) (the |my )?(sting|bite)\b|"
    r"(喘气|呼吸|透气|唞气|呼吸都)(正常|顺畅|畅顺|没问题|冇问题|好|还好|ok)|(嘴唇|嘴|舌头|喉咙|脸)(都)?(不|没|没有|冇)(肿|紧)|没有?其他(症状|不舒服|反应)|冇其他")
_EV_ALLERGY_SEVERE = re.compile(
    r"\b(throat|tongue|lips?|voice|hoarse|swallow\w*|wheez\w*|breathless\w*|short of breath|can not breathe|struggl\w* to breathe|"
    r"dizzy|faint\w*|collaps\w*|pale|floppy|vomit\w*|being sick|all over|spread\w*|whole body|epipen|adrenaline)\b|"
    r"喉咙|舌头|嘴唇肿|声音|吞|喘不|气促|呼吸困难|头晕|晕|呕|吐|全身|蔓延|肾上腺素")
# Baby moving normally, told with an everyday ache of pregnancy (night cramp, backache, twinges).
_EV_PREG_ACHE_KEEP = re.compile(
    r"\b(blood|bleed\w*|spotting|waters|(leak\w*|gush\w*) (of )?(fluid|water)|regular|closer together|every \d+ minutes|less|fewer|reduced|"
    r"not (moving|kicking)|quiet\w*|stopped moving|headache|vision|swell\w*|swollen|fever|severe|constant|worst|can not (walk|stand)|faint\w*|dizzy|tummy|abdomen|belly|bump)\b|"
    r"见红|出血|流血|破水|羊水|规律|越来越密|胎动(少|减少)|不动|头痛|视力|看不清|肿|发烧|剧痛|好痛|很痛|持续")
# Gums that bleed on brushing or flossing are no haemorrhage.
_EV_GUMS = re.compile(r"\bgums?\b( \w+){0,3} (bleed\w*|bled)|\bbleed\w* gums?\b|牙龈.{0,6}(出血|流血)|牙肉.{0,6}(出血|流血)|刷牙.{0,8}(出血|流血|有血)")
_EV_GUMS_KEEP = re.compile(r"\b(vomit\w*|throw\w* up|being sick|cough\w* (up )?blood|nose ?bleed\w*|poo|stool|black|down below|vagina\w*|spotting|won't stop|"
                           r"will not stop|does not stop|can not stop|pouring|bruis\w*|blood thinners?|warfarin|faint\w*|dizzy|pale)\b|"
                           r"呕血|吐血|咳血|鼻血|便血|黑便|大便|见红|下面|阴道|止不住|不停|大量|瘀|淤|头晕|晕")
# Chest-wall pain: sore when the spot is pressed or on twisting, after lifting or moving something heavy.
_EV_CHEST_WALL = re.compile(r"\b(when|if) (i |you )?(press|push|touch|poke)\w*( on)?( it| there| the spot)?\b|\btender (to (the )?touch|when (pressed|touched))\b|"
                            r"\b(hurts|sore|painful|worse) (when|if) (i )?(twist|turn|stretch|move)\w*\b|"
                            r"(按|压|摸|碰)(下去|上去|一下|到)?(就|会|更)?(痛|疼)|(转身|扭身|扭腰).{0,3}(痛|疼)")
# A danger sign told as absent: 'not thinking of hurting myself', 'no thoughts of harm', '没有想伤害自己的念头'.
_EV_HARM_DENIED = re.compile(
    r"\b(not|never|no|nor|without|haven't|have not|don't|do not|am not|i'm not)( been| had| have| having| any)? (thinking|thoughts?|planning|plans?|wanting|intentions?|urges?|ideas?)"
    r"( of| about| to| on)?( \w+){0,2} (hurting|harming|killing|ending|hurt|harm|kill|end)( \w+){0,3}( myself| herself| himself| themselves| it all| my life| anything like that)?\b|"
    r"(没有|没|冇|沒有|并没有|从来没有?|不会)(过)?(想|想过|想要|要)?(过)?(伤害|伤|自杀|轻生|自残|寻死|死)(自己|自已)?[^，。,.;；!！?？]{0,4}(的)?(念头|想法|打算|意思)?")
# A pain told as twinges ('一抽一抽的疼', '抽着痛', 'twinges'): a kind of pain, not a fit.
_EV_TWINGE = re.compile(r"(一)?抽一抽(的|地|咁)?(疼|痛|刺痛)|抽(着|住|住咁)?(疼|痛)|抽痛")
_EV_SEIZURE_KEEP = re.compile(r"\b(fit\w*|seizure\w*|convuls\w*|jerk\w*|shaking|stiff|unconscious|unresponsive|eyes roll\w*)\b|"
                              r"抽搐|抽筋|抽风|发抖|翻白眼|口吐白沫|不省人事|叫不醒|没反应|没有反应|僵|手脚(一直)?抖")
# A scald or small burn already cooled with the blisters denied is first aid, asked about or not.
_EV_COOLED = re.compile(r"\b(cooled|cold (tap|water|running water)|under the tap|ran it under|held it under|running water)\b|(冲|沖|泡|浸)(了|咗)?.{0,8}(冷水|凉水|冻水|凍水|清水|水)")
_EV_NO_BLISTER = re.compile(r"\b(no|not|without|hasn't|has not|didn't|did not)( any)? blister\w*|(没|沒|冇|无|無|未)(有)?(起)?(水泡|泡)")
_R36H_NO_BLISTER = re.compile(r"\bnothing (has |is )?blister\w*|" + _EV_NO_BLISTER.pattern)  # round 36h
# An infant's temperature said to be normal is no infant fever.
_EV_TEMP_NORMAL = re.compile(r"\b(temp|temperature)( \w+){0,2} (is |was |has been |'s )?(normal|fine|ok|okay|36\.\d|37\.[0-4])\b|\bno (temp|temperature|fever)\b|体温(正常|不高)|(没|冇|沒)(有)?(发烧|發燒|发热|發熱)")
_EV_FEVER_SAID = re.compile(r"\b(fever\w*|feverish|hot|burning up|high temp\w*|3[89](\.\d)?|4[01](\.\d)?)\b|发烧|發燒|发热|發熱|高烧|烧到|3[89]\.\d|3[89]度")


def _ev_said(norm: str, pattern: re.Pattern, negation: re.Pattern = _EV_NEG_BEFORE) -> bool:
    """A match of the pattern with no negation cue just before it in its clause."""
    return any(not negation.search(norm[max(0, m.start() - 60):m.start()]) for m in pattern.finditer(norm))


def _everyday_benign(text: str, fired: list[Rule]) -> list[Rule]:
    """Drop the named findings of an everyday complaint told with its ordinary features (families above)."""
    fired = fired + [r for r in _ev3_added(text) if r.id not in {f.id for f in fired}]  # EV3: emergencies the rules miss
    # round 45 (blind44, blind43), a staggered painkiller total, round 46 (blind45 misses)
    # round 47m (blind46 misses), round 48m (blind48 misses)
    told = _r36z_info_rest(normalize(text)) or _r38z_school_rest(normalize(text)) or text  # round 36z: a source's report or examples listed are not read; round 38z: a school task's
    for added in (_r45_added, _staggered_total_added, _r46_added, _r47m_added, _r48m_added):
        fired = fired + [r for r in added(told) if r.id not in {f.id for f in fired}]
    if not any(r.level == EMERGENCY for r in fired):
        return fired
    norm = normalize(text)
    drop: set[str] = set()
    chest = {"chest_pain.pain", "lay.chest_pain.described", "learned.chest_pain", "similar.chest_pain"}
    chest_keep = _ev_said(norm, _EV_CHEST_SEVERE)
    # A cold or cough with a tight or sore chest, breathing / talking / walking said to be fine.
    if _EV_RESP.search(norm) and _EV_BREATHING_FINE.search(norm) and not chest_keep:
        drop |= chest | {"breathing.severe_breathless", "learned.breathing", "similar.breathing"}
    # Heartburn told by its features (burning or acid, after meals, bending or lying down, a sour taste).
    if _EV_BURNING.search(norm) and _EV_REFLUX_FEATURE.search(norm) and not chest_keep and not _ev_said(norm, _EV_EXERTION, _EV_NOT_ON_EXERTION):
        drop |= chest
    # A blocked nose one can not breathe through.
    if _EV_NOSE.search(norm) and not _EV_CANT_BREATHE_NOT_NOSE.search(norm) and not _ev_said(norm, _EV_BREATHING_SEVERE):
        drop |= {"breathing.cannot_breathe", "lay.breathing.struggling", "learned.breathing", "similar.breathing"}
    overdose = {r.id for r in fired if r.category == "overdose_poisoning"}
    od_keep = _ev_said(norm, _EV_OD_SYMPTOM) or _EV_INTENT.search(norm) or _EV_HIGH_RISK_MED.search(norm)
    # A feverish child given fever medicine or drinking plenty: care, not an overdose.
    if overdose and _EV_CHILD.search(norm) and _EV_FEVER.search(norm) and _EV_FEVER_CARE.search(norm) and not \
            _EV_EXCESS.search(norm) and not od_keep:
        drop |= overdose
    # An adult's own usual medicine taken twice by mistake; a mouthful of mouthwash or toothpaste, feeling fine.
    if overdose and not _EV_CHILD.search(norm) and not _EV_MANY.search(norm) and not od_keep and (
            (_EV_TWICE.search(norm) and _EV_FIRST_PERSON.search(norm)) or _EV_MOUTHFUL.search(norm)):
        drop |= overdose
    # Food poisoning told with its mild features (fluids kept down, no blood, no fever): the word "poisoned" is not an
    # overdose (everyday12's leftover rice, once hidden by the dose-taken-twice misreading fixed in session 24).
    if overdose and _EV_FOOD_POISON.search(norm) and _EV_FOOD_MILD.search(norm) and not _ev_said(norm, _EV_FOOD_KEEP) \
            and not _EV_MANY.search(norm) and not _EV_INTENT.search(norm):
        drop |= {i for i in overdose if i in ("overdose.named", "learned.overdose_poisoning", "similar.overdose_poisoning")}
    # A 'dead arm' from sleeping on it, come back.
    if _EV_SLEPT_ON.search(norm) and _EV_CAME_BACK.search(norm) and not _ev_said(norm, _EV_STROKE_KEEP):
        drop |= {"stroke.arm_weakness", "lay.stroke.fast_sign", "learned.stroke", "similar.stroke"}
    # Achy and shivery after a jab.
    if _EV_JAB.search(norm) and not _ev_said(norm, _EV_SEPSIS_KEEP):
        drop |= {"sepsis.infection_signs", "learned.sepsis", "similar.sepsis"}
    # Morning sickness with fluids kept down; painless tightenings with the baby moving as normal.
    preg_keep = _ev_said(norm, _EV_PREG_KEEP)
    if _EV_MORNING_SICK.search(norm) and _EV_KEEPS_DOWN.search(norm) and not preg_keep:
        drop |= {"learned.pregnancy"}
    if _EV_BRAXTON.search(norm) and _EV_MOVING_FINE.search(norm) and not preg_keep:
        drop |= {"learned.pregnancy", "similar.pregnancy"}
    # EV2 families: the danger sign denied or the mild features said drops only the findings that sign answers.
    cats = {r.category for r in fired}
    if "anaphylaxis" in cats and _EV_ALLERGY_MILD.search(norm) and not _ev_said(_EV_ALLERGY_MILD.sub(" ", norm), _EV_ALLERGY_SEVERE):
        drop |= {r.id for r in fired if r.category == "anaphylaxis"}
    if "pregnancy" in cats and _EV_MOVING_FINE.search(norm) and not _ev_said(norm, _EV_PREG_ACHE_KEEP):
        drop |= {r.id for r in fired if r.category == "pregnancy" and r.id.startswith(("similar.", "learned."))}
    if _EV_GUMS.search(norm) and not _ev_said(norm, _EV_GUMS_KEEP):
        drop |= {r.id for r in fired if r.id in ("pregnancy.bleeding", "facts.pregnancy_bleeding_or_movement", "lay.pregnancy.warning_sign",
                                                "gi_bleed.vomiting_blood", "similar.gi_bleed", "learned.gi_bleed")}
    if cats & {"chest_pain"} and _EV_CHEST_WALL.search(norm) and _EV_BREATHING_FINE.search(norm) and not chest_keep:
        drop |= chest
    if "infant_fever" in cats and _EV_TEMP_NORMAL.search(norm) and not _ev_said(norm, _EV_FEVER_SAID):
        drop |= {r.id for r in fired if r.category == "infant_fever"}
    if "seizure" in cats and _EV_TWINGE.search(norm) and not _EV_SEIZURE_KEEP.search(_EV_TWINGE.sub(" ", norm)):
        drop |= {r.id for r in fired if r.category == "seizure" and r.id in ("lay.seizure.sign", "similar.seizure", "learned.seizure")}
    if "suicide_self_harm" in cats and _EV_HARM_DENIED.search(norm):
        masked = _EV_HARM_DENIED.sub(" ", norm)
        if not _still_suicidal(masked):
            drop |= {r.id for r in fired if r.category == "suicide_self_harm"}
    drop |= _ev3_dropped(norm, [r for r in fired if r.id not in drop])  # EV3 (everyday3, spent)
    drop |= _ev4_dropped(text, norm, [r for r in fired if r.id not in drop])  # EV4 (everyday4, blind30; spent)
    drop |= _in1_dropped(norm, [r for r in fired if r.id not in drop])  # IN1 (inventory A, session 20)
    drop |= _evi_dropped(norm, [r for r in fired if r.id not in drop])  # EVI (everyday-complaint inventory)
    drop |= _ev8_dropped(norm, [r for r in fired if r.id not in drop])  # EV8 (everyday8, spent)
    drop |= _tr36_dropped(norm, [r for r in fired if r.id not in drop])  # TR36 (blind36, everyday10; spent)
    drop |= _tr37_dropped(norm, [r for r in fired if r.id not in drop])  # TR37 (blind37, everyday11; spent)
    drop |= _tr38_dropped(norm, [r for r in fired if r.id not in drop])  # TR38 (blind38, everyday13/14; spent)
    # round 31g3 (signs31): the same look-alikes once the added detectors above have run
    drop |= {r.id for r in fired if r.category in _r31g3_dropped(norm, [r for r in fired if r.id not in drop])}
    # round 37e (blind57): the same look-alikes once the added detectors have run ('floppy and not feeding' on Tuesday)
    drop |= {r.id for r in fired if r.category in _r37e_dropped(norm, [r for r in fired if r.id not in drop])}
    drop |= {r.id for r in fired if r.category in _r38e_dropped(norm, [r for r in fired if r.id not in drop])}  # round 38e (blind58)
    drop |= {r.id for r in fired if r.category in _r39e_dropped(norm, [r for r in fired if r.id not in drop], late=True)}  # round 39e (blind59)
    return [r for r in fired if r.id not in drop] if drop else fired


# IN1 (session 20, red-flag inventory A): look-alikes of breathing, poisoning and bleeding flags that clinical guidance
# names as not an emergency, each with the sign that keeps the flag.
# Lips blue in cold water or cold weather that turn pink again once warm.
_IN1_COLD = re.compile(r"\b(cold|sea|swim\w*|pool|winter|freezing|icy|lake)\b|冬天|冷水|泳|冰水|海水")
_IN1_WARM_AGAIN = re.compile(r"\b(back to (pink|normal)|go(es)? (back )?(to )?(pink|normal)|once (i am|he is|she is|they are|we are) (warm|dry|out)|warm(s|ed)? (up|back up))\b"
                             r"|暖和了?(就|便)?(好|正常|没事)|暖(返|起来|了)(就|便)?(好|正常|没事)|回暖")
_IN1_BREATH_KEEP = re.compile(r"\b(gasp\w*|wheez\w*|struggl\w*|can not breathe|short of breath|breathless)\b|喘|呼吸困难|透不过气")
# A choke coughed or spat out, the person laughing, talking or fine now.
_IN1_CHOKE = re.compile(r"\bchok(ed|ing)\b|哽住|哽亲|噎(住|着|到)|呛(了|到|住)")
_IN1_CLEARED = re.compile(r"\b(coughed|spat|spit|brought|threw) (it |them )?(up|out)\b|\bcame (back )?(out|up)\b|咳(了)?出(来|了)|吐(了)?出(来|了)")
_IN1_FINE_NOW = re.compile(r"\b(laughing|talking|chatting|playing|crying normally|breathing normally|fine|okay|ok)( now| again)?\b|现在没事|没事了|好返|正常了|又(玩|笑)")
_IN1_CHOKE_KEEP = re.compile(r"\b(still|can not|could not|blue|grey|gasp\w*|wheez\w*|struggl\w*|noisy|stopped breathing)\b|还(在)?(喘|咳|呛)|不能|呼吸不|发紫|发青")
# A splash of bleach or cleaner on the skin, washed off, fine (not swallowed, not in the eye).
_IN1_SKIN_SPLASH = re.compile(r"\b(splash\w*|spilt|spilled|dripped|got)( \w+){0,4} (on|onto) (my|his|her|their|the) (hand|hands|arm|arms|skin|leg|legs|finger|fingers)\b|溅到(了)?(手|皮肤|脚|手臂)")
_IN1_WASHED = re.compile(r"\b(washed|rinsed|wiped) (it )?(off|away)\b|冲(干净|洗干净|掉)|洗(干净|掉)")
_IN1_SPLASH_KEEP = re.compile(r"\b(eyes?|swallow\w*|drank|drunk|mouth|blister\w*|burning|still (stings?|burns?|hurts?))\b|眼|喝|吞|口|水泡|起泡|还(在)?(痛|烧|辣)")
# What came up was wine, beetroot or juice and no blood ('just red-coloured wine, no blood').
_IN1_NOT_BLOOD = re.compile(r"\b(just|only) (the )?(red[- ]colou?red |red )?(wine|beetroot|juice|food colou?ring|ribena|tomato\w*|cranberry)\b"
                            r"|只是(红酒|红菜头|果汁|色素)|是(红酒|红菜头|果汁)(色)?(的)?,?(不是|唔系)血")
_IN1_BLOOD_DENIED = re.compile(r"\b(no|not|not any|not actually) blood\b|不是血|没(有)?血")


def _in1_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Rule ids dropped for the IN1 look-alikes: cold blue lips warm again, a choke cleared, a skin splash washed off,
    red wine or beetroot told as not blood."""
    drop: set[str] = set()
    breathing = {r.id for r in fired if r.category == "breathing"}
    if breathing and _IN1_COLD.search(norm) and _IN1_WARM_AGAIN.search(norm) and not _ev_said(norm, _IN1_BREATH_KEEP):
        drop |= breathing
    if breathing and _IN1_CHOKE.search(norm) and _IN1_CLEARED.search(norm) and _IN1_FINE_NOW.search(norm) \
            and not _IN1_CHOKE_KEEP.search(norm):
        drop |= breathing
    splash = {r.id for r in fired if r.category in ("burns", "overdose_poisoning")}
    if splash and _IN1_SKIN_SPLASH.search(norm) and _IN1_WASHED.search(norm) and not _IN1_SPLASH_KEEP.search(norm):
        drop |= splash
    bleed = {r.id for r in fired if r.category in ("gi_bleed", "bleeding")}
    if bleed and _IN1_NOT_BLOOD.search(norm) and _IN1_BLOOD_DENIED.search(norm):
        drop |= bleed
    return drop


# EVI (everyday-complaint inventory, tests/data/safety/inventory): false alarms on common self-care conditions, by mechanism.
# A death wish tied to pain, a chore or an embarrassment ('cramps so bad I want to die', 痛到想死, 要我的命, 想找个地缝钻进去).
_EVI_DEATH_IDIOM = re.compile(
    r"\b(is|are|has been|was) (literally |actually )?killing me\b|\b(want|wanna|wanted) to die (every time|whenever|each time)\b"
    r"|\bi could (actually |literally |just )?die\b|\b(want|wanted|wish) the (ground|floor|earth) to (swallow|open)\w*( \w+){0,2}\b|\bdie of (embarrassment|shame)\b"
    r"|(痛|疼|难受|辛苦|累|烦|热|冷|饿|困|尴尬|丢脸|痒|痕)(到|得)(我)?(想|要)(去)?死(了|咗|啦)?|(搞|弄|逼|整|折磨)(到|得)(我)?(想|要)(去)?死(了|咗|啦)?|要(了)?我(的)?命|想死咗佢"
    r"|每(次|一次|回|逢)[^,.;:?!]{0,12}(都|就)(想|要)(去)?死(咗佢|了|啦)?"
    r"|(想|恨不得)(找|搵)(个|条)?(地缝|窿|地洞)(钻|捐|躲)(进去|落去)?")
_EVI_EMBARRASSED = re.compile(r"\b(ground|floor|earth) to (swallow|open)|\bdie of (embarrassment|shame)\b|地缝|(搵|找)(个|条)?窿|尴尬|丢脸|糗")
_EVI_DIE_WORDS = re.compile(r"\b(i could (actually |literally |just )?die|want to die)\b|(真的|真系|真係)?(可以|想)(去)?死(了|咗)?")
_EVI_HARM_KEEP = re.compile(
    r"\b(pills?|tablets?|overdos\w*|jump\w*|bridge|roof|rope|hang\w*|knife|cut\w*|plan\w*|tonight|goodbye|letters?|notes?|end (it|my life|things)|"
    r"suicid\w*|kill myself|no point|better off|not joking|serious\w*|for real|can not go on|tired of (living|life|being alive))\b"
    r"|(安眠|一堆|好多|很多|成樽|整瓶|一把|一樽|全部)(的)?药|药(都|已经)?(准备|储|攒|存|买)(好|咗|了)|跳|天台|今晚|遗书|告别|再见|计划|结束|自杀|割|上吊"
    r"|不想活|唔想活|活不下去|活唔落去|没意思|认真|解脱|活得|活着|人生|生无可恋|撑不下去|坚持不下去")
# A hangover or a drink 'like poison' (poisoned myself with tequila, 喝到中毒一样), and the headache told with it.
_EVI_HANGOVER = re.compile(r"\b(hangover|hung ?over)\b|宿醉")
_EVI_POISON_SIMILE = re.compile(
    r"\bpoisoned (myself|me) with (\w+ )?(tequila|vodka|wine|beer|gin|rum|whisk(e)?y|booze|alcohol|shots|cocktails|cider|prosecco)\b"
    r"|(喝|饮|吃|食)(到|得)(像|好似|好像|似)?中毒(一样|咁|似的)?|(像|好似|好像)中毒(一样|咁)?")
_EVI_HANGOVER_HEAD = re.compile(r"\bhead (is )?(pounding|splitting|banging|thumping)\b|头(疼|痛)欲裂|头(痛|疼)(到|得)(爆|要裂)")
_EVI_HANGOVER_KEEP = re.compile(
    r"\b(unconscious|can not wake|won't wake|will not wake|unresponsive|not waking|slow breath\w*|breathing (slow|shallow)|blue|seizure|fitting|"
    r"confus\w*|pills?|tablets?|paracetamol|ibuprofen|aspirin|painkillers?|co-?codamol|codeine|sleeping|sudden\w*|neck|vision|slurr\w*|weak\w*)\b|叫不醒|叫唔醒|昏迷|呼吸(很)?慢|抽搐|意识|药|突然|脖子|颈|视力|看不清")
# An ice-cold drink's 'brain freeze': seconds long, gone now.
_EVI_COLD_DRINK = re.compile(r"\b(slush\w*|ice ?cream|milkshake|ice[- ]cold (drink|water)|frozen (drink|cocktail)|brain freeze|ice lolly|popsicle)\b"
                             r"|冰沙|冰淇淋|雪糕|冰水|冰饮|冻饮|冰棍|冰棒|刨冰|沙冰")
_EVI_SECONDS = re.compile(r"\b(\d+|a few|few|ten|twenty|thirty|a couple of) seconds\b|[\d一二两三四五六七八九十廿几]+秒")
_EVI_GONE_NOW = re.compile(r"\b(gone now|totally gone|completely gone|fine now|ok now|okay now|went away|passed)\b|(现在|而家)?(完全)?(好了|没事|冇事)")
_EVI_HEAD_KEEP = re.compile(r"\b(still|neck|vomit\w*|being sick|sick|confus\w*|weak\w*|numb\w*|slurr\w*|vision|droop\w*|faint\w*|collaps\w*)\b"
                            r"|还在|仍然|脖子|颈|呕|吐|迷糊|无力|麻|口齿|看不清|嘴歪|晕倒")
# A burn inside the mouth from hot food or drink (roof of the mouth on pizza cheese, 烫到上颚).
_EVI_MOUTH_BURN = re.compile(
    r"\b(burn\w*|scald\w*)( \w+){0,3} (roof of (my|his|her|the) mouth|tongue|lips?|mouth)\b"
    r"|(烫|辣亲|焫亲|烫伤|烫到|辣到)(了|咗)?(我)?(的|个)?(上颚|上颌|舌头|脷|嘴|口|嘴唇)")
_EVI_HOT_FOOD = re.compile(r"\b(cheese|pizza|soup|tea|coffee|noodles|food|toast|pie|porridge|hot chocolate|chips)\b|芝士|披萨|汤|茶|咖啡|面|粥|饭|饺子|包子")
_EVI_MOUTH_BURN_KEEP = re.compile(
    r"\b(breath\w*|hoarse|voice|throat|can not swallow|drool\w*|bleach|chemical|acid|caustic|battery|kettle|steam|swell\w*|swollen|smoke)\b"
    r"|呼吸|喘|声音|沙哑|喉咙|吞不|吞唔|流口水|漂白|化学|电池|水壶|蒸汽|肿|烟")
# 'On fire' / 火烧 as a simile for heartburn or a sore throat, with no burn agent.
_EVI_FIRE_SIMILE = re.compile(
    r"\b(chest|throat|stomach|tummy|gullet)( \w+){0,3} on fire\b|\bon fire (in|inside) (my )?(chest|throat)\b"
    r"|(像|好似|好像|似)(被)?火(烧|烫)(一样|咁|似的|噉)?|火(烧|烫)(一样|咁|似的|噉)|火烧心|烧心|(心口|胸口|喉咙|胃)(都)?(烧得慌|烧起来)")
_EVI_BURN_AGENT = re.compile(
    r"\b(scald\w*|kettle|boiling|hot (oil|water|pan|iron|drink)|flames?|caught fire|house fire|kitchen fire|smoke|steam|chemical|acid(?! (reflux|indigestion|taste))|bleach|"
    r"electric\w*|blister\w*|skin (is )?(peel\w*|off|hanging)|charred|white|leathery|burn(t|ed|s)?|stove|oven|hob|grill|bbq|barbecue|candle|firework\w*|iron|sun\w*)\b"
    r"|\b(eyes?|drain|cleaner|lye|caustic|cement|lime|splash\w*)\b|眼|通渠|渠水|漂白|清洁|洁厕|洗洁|消毒|石灰|水泥|碱|强酸|硫酸|盐酸|溅|泼"
    r"|开水|滚水|热油|蒸汽|着火|火灾|烟|化学|电|水泡|起泡|烫|灼|烧伤|焫|辣亲|炉|熨斗|烤|脱皮|甩皮|晒")
# Heartburn in pregnancy with the baby kicking as ever.
_EVI_HEARTBURN = re.compile(r"\b(heartburn|reflux|indigestion)\b|烧心|火烧心|胃酸|反酸|泛酸|胃灼热")
_EVI_BABY_KICKING = re.compile(r"\bbaby (is |keeps )?(kicking|moving|wriggling)( away| lots| loads| well| fine| normally| as normal| as usual| like mad)?\b"
                               r"|(宝宝|bb|胎儿|胎动).{0,3}(踢|动|郁)(得)?(很|好|挺|都)?(欢|勤|多|劲|正常|好)")
# A fever reading in a child given fever medicine (38度, 吃了退烧药): care, not a dose taken.
_EVI_TEMP = re.compile(r"\b3[7-9](\.\d)? ?(°c?|c|degrees)|(?<![\d.])(3[7-9]|40)(\.\d)?度|三十[七八九](点[一二三四五六七八九])?度")
# Plain water, milk or food drunk or eaten (饮得几啖水, 喝了几口奶): no substance taken.
_EVI_PLAIN_INTAKE = re.compile(r"(饮|喝|吃|食)(得|了|咗)?(返)?(几|一|两)?(啖|口|小口|些|点)?(水|奶|粥|汤|果汁|多士|面包|饼干|白粥)(?!果|银|池|槽|箱|桶|龙头|管|盆|缸|壶里|瓶里)")  # TR37: 水池底下的消毒液 is no drink of water
_EVI_INFANT = re.compile(r"\b(baby|babies|infant|newborn|neonat\w*|(\d+|one|two|three|four|five|six|seven|eight|ten|twelve) ?(weeks?|wks?|months?|days?) old)\b"
                         r"|宝宝|婴儿|bb|新生|满月|(个)?(月|周|星期|礼拜|天)大|孩子|小孩|儿子|女儿|仔|囡|女|孙|老二|老大|老三|老幺|娃|崽"
                         r"|[\d一二两三四五六七八九十百几]+(来|多)?(天|周|星期|礼拜|个月|个多月)|\b\d+ ?(days?|weeks?|wks?|months?|mos?)\b")
_EVI_FIRST_PERSON_ADULT = re.compile(r"\b(i|i am|my|me)\b|我|整个人|成个人")
_EVI_LAUGH_EFFECT = r"(晕|昏|抽筋|喘不过气|透不过气|透不到气|喘不到气|唞唔到气|抖唔到气|断气|死|肚痛|肚子疼|流眼泪|喊)"
# Laughing 'fits': laughed till I passed out / cramped / could not breathe (笑到晕, 笑到抽筋, 笑到喘不过气).
_EVI_LAUGHING = re.compile(
    r"\b(passed out|died|dying|cried|crying|could not breathe|can not breathe) (from |with )?laugh\w*\b|\b(fit|fits) of (the )?giggles\b|\blaugh\w* so hard\b"
    r"|笑(到|得)(我)?" + _EVI_LAUGH_EFFECT + r"(了|咗)?(,(笑(到|得))?(我)?" + _EVI_LAUGH_EFFECT + r"(了|咗)?)*")
# Both arms sore after a workout (can not lift them): muscle soreness on both sides, not a one-sided weakness.
_EVI_BOTH_SORE = re.compile(r"\bboth (sides|arms|legs|shoulders)( \w+){0,2} (equally |just as )?(sore|achy|aching|stiff)\b"
                            r"|\b(sore|achy|aching|stiff)( \w+){0,2} (on )?both (sides|arms|legs)\b|两边(都)?一样(酸|痛|疼)?|两边都(酸|痛|疼)|两只手都(酸|痛|疼)")
_EVI_WORKOUT = re.compile(r"\b(gym|workout|work out|class|training|exercise|press-?ups|push-?ups|pull-?ups|weights|lifting|bench|leg day|crossfit|pilates|yoga|spin)\b"
                          r"|健身|上完课|上完堂|锻炼|运动|做gym|举重|掌上压|俯卧撑")
_EVI_STROKE_KEEP = re.compile(r"\b(face|droop\w*|slurr\w*|speech|words|numb\w*|sudden\w*|one side|vision|confus\w*)\b|嘴歪|脸|口齿|说话|麻|突然|一边|半边")
# A skin condition named (eczema, hand foot and mouth, chickenpox): the learned net's burn or meningitis look-alike.
_EVI_SKIN_NAMED = re.compile(r"\b(eczema|dermatitis|psoriasis|hand,? foot,? (and|&) mouth|hfm?d|chicken ?pox|impetigo)\b|湿疹|皮炎|牛皮癣|手足口|水痘|脓疱疮")
_EVI_SKIN_KEEP = re.compile(
    r"\b(purple|non-?blanch\w*|(does not|do not|doesn't|won't|will not) fade|stiff neck|neck (is )?stiff|floppy|drowsy|confus\w*|unresponsive|seizure|"
    r"fitting|light hurts|photophobia|scald\w*|boiling|kettle|flames?|chemical|electric\w*|not responding|won't wake)\b"
    r"|紫|不褪|压不退|颈(好)?硬|脖子硬|嗜睡|叫不醒|不理人|没反应|昏|抽搐|怕光|开水|滚水|化学|电")
# A cold sore named with its blister: the lip swelling is the sore, not an allergy or a face droop.
_EVI_COLD_SORE = re.compile(r"\bcold sores?\b|唇疱疹|飞滋泡|热气疮|疱疹")
_EVI_COLD_SORE_KEEP = re.compile(r"\b(tongue|throat|breath\w*|wheez\w*|droop\w*|slurr\w*|arm|leg|weak\w*|speech|eyes?)\b|舌|喉|呼吸|喘|嘴歪|口齿|手|脚|无力|眼")
# A nose blocked, with the breathing fault put on the nose alone (through my nose; mouth breathing fine; feeding fine, no struggling).
_EVI_NOSE = re.compile(r"\b(breathe?|breathing|air)( \w+){0,2} (through|thru|out of) (my|his|her|their|the|your) nose\b|\bnose\b|\bsnuffl\w*|\bblocked up\b"
                       r"|鼻(子|哥)?.{0,4}(堵|塞|不通|窒)")
_EVI_NOSE_ONLY = re.compile(
    r"\b(can not|could not|cannot) (breathe?|get air) (through|thru|out of) (my|his|her|their|the|your) nose\b"
    r"|用(嘴|口)(巴)?(呼吸|唞气|抖气).{0,6}(没问题|冇问题|正常|可以|得|ok)|\bmouth breathing (is )?(fine|ok|okay)\b"
    r"|\b(no|not|without) (struggling|working hard|effort|pulling in)\b.{0,0}|(没有|冇|无|唔)(费力|辛苦|吃力)(呼吸)?")
_EVI_NOSE_KEEP = re.compile(r"\b(blue|grey|gray|gasp\w*|wheez\w*|grunt\w*|flar\w*|fast|rapid|ribs?|sucking in|throat|tongue|swell\w*|swollen|chest|lips|floppy|"
                            r"not feeding|won't feed)\b|发紫|发青|嘴唇|喉咙|舌头|肿|胸|肋骨|凹|呻吟|鼻翼|很快|急促|不肯(吃|饮|喝)奶|唔肯(饮|食)")

# An injury told as an accident (焫亲手腕, 不小心割到, 'cut my wrist by accident on a tin'): not self-harm.
_EVI_ACCIDENT_CLAUSE = re.compile(r"[^,.;:?!]*(\b(by accident|accidentally|by mistake)\b|不小心|唔小心|(烫|焫|辣|割|界|切|撞|刮|夹|整)亲)[^,.;:?!]*")
# A hypo treated with sugar, the reading back in range now (食咗糖而家6.2, 'had juice, now 5.8').
_EVI_SUGAR_TAKEN = re.compile(
    r"\b(had|took|ate|drank|gave (him|her|them)) (some |a |two |three |four |\d )?(sugar|juice|glucose( tablets)?|jelly ?bab(y|ies)|sweets|dextrose|coke|"
    r"lucozade|biscuits?)\b|(食|吃|饮|喝)(咗|了)?(啲|些|点|几粒|粒)?(糖|果汁|葡萄糖|橙汁|可乐|饼干)"
    r"|(食|吃|饮|喝|含)(咗|了)?(一)?(杯|块|颗|粒|樽|瓶|支|碗)(糖|果汁|葡萄糖|橙汁|可乐|饼干|甜)"  # round 50f: 喝了杯糖水, 吃块糖
    r"|\b(had|took|ate|drank|gave (him|her|them)) (\w+ ){0,2}(jelly ?bab(y|ies)|glucose (gel|tabs|tablets)|fruit juice|orange juice|fizzy drink|haribo|skittles)\b")
_EVI_NOW_READING = re.compile(r"(?:\b(?:now|back (?:up )?to|went up to|up to|came up to|rose to)(?: at)? |而家|现在|已经|返到|回到|升到|升返|升咗去)(\d{1,2}(?:\.\d)?)(?![\d.])")
_EVI_HYPO_KEEP = re.compile(r"\b(confus\w*|drowsy|can not wake|won't wake|unconscious|unresponsive|not making sense|fit\w*|seizure|vomit\w*|ketones? (high|positive))\b"
                            r"|糊涂|迷糊|叫不醒|叫唔醒|昏|抽搐|呕|吐")


def _evi_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """EVI families: the mechanism by which a common self-care complaint is read as a red flag (families above)."""
    cats = {r.category for r in fired}
    ids = {r.id for r in fired}
    of = lambda *categories: {r.id for r in fired if r.category in categories}
    drop: set[str] = set()
    if "suicide_self_harm" in cats and not _NOT_JOKING.search(norm):
        idiom = _EVI_DEATH_IDIOM
        if _EVI_EMBARRASSED.search(norm):  # 'I could die' beside the embarrassment it is about
            idiom = re.compile(_EVI_DEATH_IDIOM.pattern + "|" + _EVI_DIE_WORDS.pattern)
        drop |= _ev3_masked_drop(norm, fired, idiom, "suicide_self_harm", _EVI_HARM_KEEP)
    if (_EVI_HANGOVER.search(norm) or _EVI_POISON_SIMILE.search(norm)) and not _ev_said(norm, _EVI_HANGOVER_KEEP) \
            and not _EV_INTENT.search(_EVI_POISON_SIMILE.sub(" , ", norm)):
        drop |= _ev3_masked_drop(norm, fired, _EVI_POISON_SIMILE, "overdose_poisoning") | \
            _ev3_masked_drop(norm, fired, _EVI_POISON_SIMILE, "suicide_self_harm")
        if _EVI_HANGOVER.search(norm):
            drop |= {i for i in ids if i.startswith("overdose.named") or i == "learned.overdose_poisoning"}
            drop |= _ev3_masked_drop(norm, fired, _EVI_HANGOVER_HEAD, "severe_headache")
    if cats & {"severe_headache", "stroke"} and _EVI_COLD_DRINK.search(norm) and _EVI_SECONDS.search(norm) and _EVI_GONE_NOW.search(norm) \
            and not _ev_said(norm, _EVI_HEAD_KEEP):
        drop |= of("severe_headache") | (ids & {"lay.stroke.thunderclap_headache", "learned.stroke", "similar.stroke"})
        if not _EV_EXCESS.sub(" ", _EVI_COLD_DRINK.sub(" ", norm)).strip() or not re.search(r"\b(pills?|tablets?|alcohol|vodka)\b|药|酒", norm):
            drop |= ids & {"learned.overdose_poisoning"}
    if "burns" in cats and _EVI_MOUTH_BURN.search(norm) and _EVI_HOT_FOOD.search(norm) and not _ev_said(norm, _EVI_MOUTH_BURN_KEEP):
        drop |= of("burns")
    if "burns" in cats and _EVI_FIRE_SIMILE.search(norm) and not _EVI_BURN_AGENT.search(norm):
        drop |= of("burns")
    if "pregnancy" in cats and _EVI_HEARTBURN.search(norm) and _EVI_BABY_KICKING.search(norm) \
            and not _ev_said(_EVI_FIRE_SIMILE.sub(" , ", norm), _EV_PREG_KEEP):
        drop |= ids & {"learned.pregnancy", "similar.pregnancy"}
    if "overdose_poisoning" in cats and not _ev_said(norm, _EV_OD_SYMPTOM) and not _EV_INTENT.search(norm) and not _EV_HIGH_RISK_MED.search(norm):
        if _EV_CHILD.search(norm) and _EVI_TEMP.search(norm) and _EV_FEVER_CARE.search(norm) and not _EV_EXCESS.search(norm):
            drop |= of("overdose_poisoning")
    if "overdose_poisoning" in cats and not _EV_INTENT.search(norm) and not _EV_HIGH_RISK_MED.search(norm):
        drop |= _ev3_masked_drop(norm, fired, _EVI_PLAIN_INTAKE, "overdose_poisoning")
    if "learned.infant_fever" in ids and not _EVI_INFANT.search(norm) and not _EV_CHILD.search(norm) and _EVI_FIRST_PERSON_ADULT.search(norm):
        drop |= ids & {"learned.infant_fever", "similar.infant_fever"}
    if _EVI_LAUGHING.search(norm):
        for category in ("breathing", "seizure", "unconscious"):
            if category in cats:
                drop |= _ev3_masked_drop(norm, fired, _EVI_LAUGHING, category)
    if "stroke" in cats and _EVI_BOTH_SORE.search(norm) and _EVI_WORKOUT.search(norm) and not _ev_said(norm, _EVI_STROKE_KEEP):
        drop |= of("stroke")
    if cats & {"burns", "meningitis"} and _EVI_SKIN_NAMED.search(norm) and not _ev_said(norm, _EVI_SKIN_KEEP):
        drop |= {i for i in of("burns", "meningitis") if i.startswith(("learned.", "similar."))}
    if cats & {"stroke", "anaphylaxis"} and _EVI_COLD_SORE.search(norm) and _BLISTER.search(norm) and not _ev_said(norm, _EVI_COLD_SORE_KEEP):
        drop |= of("stroke", "anaphylaxis")
    if "breathing" in cats and _EVI_NOSE.search(norm) and _EVI_NOSE_ONLY.search(norm) and not _ev_said(norm, _EVI_NOSE_KEEP):
        drop |= ids & {"breathing.cannot_breathe", "lay.breathing.struggling", "learned.breathing", "similar.breathing"}
    if "suicide_self_harm" in cats and not _EV_INTENT.search(norm) and not _NOT_JOKING.search(norm):
        drop |= _ev3_masked_drop(norm, fired, _EVI_ACCIDENT_CLAUSE, "suicide_self_harm", _EVI_HARM_KEEP)
    if "diabetic" in cats and _EVI_SUGAR_TAKEN.search(norm) and not _ev_said(norm, _EVI_HYPO_KEEP):
        readings = [float(m.group(1)) for m in _EVI_NOW_READING.finditer(norm)] + _r50f_later_readings(norm)
        if readings and 4.0 <= readings[-1] <= 15.0:
            drop |= of("diabetic")
        elif not readings and _r50f_hypo_settled(norm):
            drop |= of("diabetic")  # round 50f: 'ten minutes later she was fine', 吃块糖就好, no reading told
    return drop


# EV3 (everyday3, spent): families the EV1/EV2 families did not reach. Each one masks the benign piece it names and
# drops a category only when the rest of the message, with that piece masked, raises the category no more.
# The chin-to-chest test (a meningitis sign, here passed) names the chest without any chest complaint.
_EV3_CHIN_CHEST = re.compile(
    r"\b(touch|touches|touching|put|puts|get|gets|bring|brings|tuck|tucks|press|rest)( \w+){0,2} chin( \w+){0,2} (on|to|onto|against|down to|into) "
    r"(my |his |her |their |the )?chest\b|\bchin (on|to|onto) (my |his |her |their |the )?chest\b"
    r"|下巴(颏|颏儿)?(能|可以|都|也|还)?(碰|贴|挨|掂|顶|够|靠|碰得|贴得|掂得|顶得|够得)(到|着|住)?(胸口|胸|心口)")
# a neck stiff from a posture or a knock (slept at the desk, cricked, painting a ceiling) with the meningitis signs denied
_EV3_NECK_POSTURE = re.compile(
    r"\b(crick\w*|slept (funny|awkward\w*|wrong|badly|on it)|slept (at|on) (my|the) (desk|sofa|couch|bus|train|plane)|painting (the|a) ceiling|"
    r"overnight (bus|train|flight)|pulled a muscle)\b|落枕|趴(在)?(桌|桌子)(上)?睡|睡(歪|落枕)|瞓(捩|歪)|扭(到|亲)(条)?(颈|脖子)")
_EV3_MENINGITIS_DENIED = re.compile(
    r"\b(lights?|light|the light|brightness)( \w+){0,2} (do not|does not|don't|doesn't|not) (bother|hurt)\w*|\bno (rash|spots|photophobia|fever|temperature)\b"
    r"|(不|唔|没|冇)(有)?(怕光|畏光|起疹|出疹|发烧)|没起疹子|没有疹")
_EV3_MENINGITIS_KEEP = re.compile(r"\b(rash|purple|confus\w*|drowsy|vomit\w*|fever\w*|temperature|3[89](\.\d)?|can not (bend|touch|get|put|look))\b"
                                  r"|疹|紫|迷糊|嗜睡|呕|吐|发烧|高烧|烧到|低不了头|不能低头")
# A heart attack feared ('thought I was having a heart attack', 以为心梗了, 嚇到以为心脏病发), not told.
_EV3_HEART_ATTACK_FEARED = re.compile(
    r"\b(thought|think|thinking|was sure|convinced|worried|scared|afraid|panicked|feared)( that)?( i| he| she)?( was| am| is| had| have| might be| might have)?"
    r"( having| had| going to have)? (a )?heart attack\b|(以为|还以为|怕|担心|吓到我以为|吓死我以为)(自己|我|他|她)?(是|系|要|有)?(心梗|心肌梗|心脏病发作?)")
# A brief jab on a deep breath (a second, on and off for years) in a young, fit person.
_EV3_BREATH_JAB = re.compile(r"\b(deep|big) breath\w*|深呼吸|深吸气|吸大啖气|深吸")
_EV3_SECONDS = re.compile(r"\b(for )?(like |about |just )?(a|one|1|a split|two|2) (second|sec)s?\b|\bsplit second\b|一两秒|一秒|两秒|几秒|一下就(没|冇|过)")
_EV3_YOUNG = re.compile(r"\b(1[3-9]|2[0-9]|teen\w*)( ?(yo|y/o|years? old|yrs?))?\b(?! (min|mins|minutes|hours|days|weeks|tablets|mg))"
                        r"|(十[三四五六七八九]|二十[一二三四五六七八九]?|1[3-9]|2\d)岁|(十[三四五六七八九]|二十[一二三四五六七八九]?|1[3-9]|2\d)歲")
# A chest sore from coughing in a cold, with eating, sleeping, walking said to be normal.
_EV3_COUGH_ACHE = re.compile(r"\b(worse|hurts?|sore|aches?|aching|painful)( \w+){0,2} (when |with |from )?(i )?(cough\w*|hack\w*)\b"
                             r"|\bfrom (all )?(the )?(cough\w*|hack\w*)\b|咳(到|得|嘅)[^,.;:?!，。；：？！]{0,4}(痛|疼)|咳嗽(时|的时候)?(会|就)?(痛|疼)")
_EV3_LIFE_NORMAL = re.compile(r"\b(eating|sleeping|walking)( \w+){0,4}(,? (and )?(eating|sleeping|walking)( \w+){0,3})*,? all normal\b"
                              r"|\botherwise i am (eating|fine|well|ok|okay)\b|食得瞓得|吃得睡得|能吃能睡|吃饭睡觉(都)?(还|挺|很)?(可以|好|正常)|食得落瞓得着")
# Breasts and chest sore before a period, every month.
_EV3_CYCLICAL = re.compile(r"\b(before|with|around) (my|her|the) (period|time of the month)\b|\bpremenstrual|\bpms\b|(来|嚟)?(月经|例假|大姨妈|M)(来)?前")
_EV3_BREAST = re.compile(r"\b(boobs?|breasts?|nipples?|tits)\b|乳房|胸(部)?(胀|涨)|咪咪")
# 'my pal says I'm having a stroke' (someone's joke about lost words after no sleep): a tease, not the writer's fear.
_EV3_STROKE_TEASED = re.compile(
    r"\b(pal|mate|friend|flatmate|roommate|housemate|sister|brother|partner|boyfriend|girlfriend|wife|husband|mum|mam|dad|colleague|everyone)s?"
    r"( \w+){0,2} (says|said|reckons|jokes?|joked|thinks|teases?|teased)( that)?( i am| i was| i have| i had| i'm)?( having| had)? (a )?stroke\b"
    r"|(室友|宿友|舍友|朋友|同学|同事|老婆|老公|男朋友|女朋友|家人|妈|爸|他们|佢哋)(都)?(笑|话|说|讲|取笑|调侃)(我)?(是)?(中风|卒中)")
_EV3_NO_SLEEP = re.compile(r"\b(all-?nighters?|no sleep|not slept|hardly slept|barely slept|sleep[- ]deprived|pulled an? \w*night\w*)\b|熬夜|通宵|通顶|冇瞓|没睡|没怎么睡|开夜车")
_EV3_OTHERWISE_FINE = re.compile(r"\botherwise (totally |completely |absolutely )?(fine|ok|okay|well|normal|grand)\b|(其他|其它|别的)(都|方面)?(挺|很)?(正常|好|没事|挺好)")
_EV3_STROKE_KEEP = re.compile(r"\b(face|droop\w*|arm|arms|leg|legs|hand|slurr\w*|weak\w*|numb\w*|vision|headache|confus\w*|sudden\w*)\b"
                              r"|嘴歪|口歪|脸|(?<![方前后上下里外])面(?![包条前])|手(?![机表续术])|脚|腿|口齿不清|含糊|看不清|头痛|突然")
# A numb or drooping lip or face told with the dentist (filling, extraction: 脱牙/拔牙) is the anaesthetic.
_EV3_DENTAL = re.compile(r"(?<!\bam )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\bfillings?\b(?! (in|out)\b)|\b(dentist|dental|tooth (out|pulled|taken out)|teeth (out|pulled)|extraction|root canal)\b"
                         r"|(拔|脱|剥|杜)(完|咗|了|好)?(只|颗|个)?牙|补(完|咗|了|好)?牙|牙医|睇牙|看牙|牙科")
_EV3_DENTAL_KEEP = re.compile(r"\b(arm|arms|leg|legs|hand|hands|speech|slurr\w*|words|confus\w*|vision|walk\w*|balance|headache|can not (speak|talk|move))\b"
                              r"|手|脚|腿|说话不清|口齿|看不|走路|站不|半边身|头痛")
# 'I want to die' taken back at once ('lol (not actually, I'm fine)', 想死（讲笑，我好好）).
_EV3_DEATH_RETRACTED = re.compile(
    r"(\b(want|wanna|wanted|going) to die\b|\bkill (me|myself)\b|想死|要死|想去死)[^\n]{0,50}?[(（]?\s*"
    r"(\b(not actually|not really|not literally|jk|just kidding|only joking|kidding|joking)\b|讲笑|开玩笑|说笑|玩笑)"
    r"[^\n]{0,12}?(\b(i am|i'm) (fine|ok|okay|good|alright|all right)\b|我(好好|没事|冇事|很好|ok))")
# A bleed that was heavy but has stopped ('it's stopped', 止咗), with nothing still flowing.
_EV3_BLEED_STOPPED = re.compile(r"\b(it|the bleeding|bleeding) (is|has|had) (now )?stopped\b|\b(it|bleeding) stopped\b|止(咗|住咗|晒)|止了(?!痛)|止住")
_EV3_BLEED_KEEP = re.compile(r"\b(still (bleeding|pouring|dripping|oozing)|won't stop|will not stop|does not stop|soaked|spurt\w*|squirt\w*|"
                             r"faint\w*|dizzy|pale|blood thinners?|warfarin|started again)\b|还在流|仲流|止不住|止唔住|又流|晕|喷")
# Bright blood as a streak on the paper with known piles.
_EV3_PILES_STREAK = re.compile(r"\b(piles|haemorrhoids?|hemorrhoids?|fissure)\b|痔疮|痔|肛裂")
_EV3_STREAK = re.compile(r"\b(streak|streaks|smear|a bit|spot|spots|tinge)\b.{0,40}\b(paper|loo roll|tissue|toilet roll)\b|\b(paper|loo roll|tissue|toilet roll)\b.{0,40}\b(streak|smear|a bit|spot|tinge)\b"
                         r"|(纸|厕纸)上.{0,6}(一点|血丝|一丝)|血丝")
_EV3_STREAK_KEEP = re.compile(r"\b(black|tarry|clots?|lots|loads|pouring|dizzy|faint\w*|weight loss|pale|vomit\w*|tummy pain|filled the bowl|toilet bowl red)\b|黑便|血块|好多|很多|晕|消瘦")
# A pregnant woman's nosebleeds that stop quickly.
_EV3_NOSEBLEED = re.compile(r"\bnose ?bleed\w*|\bnose\b( \w+){0,3} (bleed\w*|bled)\b|流鼻血|鼻血|鼻子(出|流)血")
# Muscle twitches, hypnic jerks, a baby's startle: no seizure. 'Jolts like I've been electrocuted': no electrical burn.
_EV3_TWITCH = re.compile(r"(小腿|腿肚子?|大腿|眼皮|肌肉|手指|脚趾|胳膊|手臂|脚)[^,.;:?!，。；：？！]{0,6}(一抽一抽|一跳一跳|跳动|突突|抽动)"
                         r"|\b(muscle|calf|eyelid|eye|thigh|lip|finger|thumb|toe)s? (keeps? |keep on |has been |is |are )?(twitch\w*|jump\w*|flicker\w*)\b")
_EV3_TWITCH_KEEP = re.compile(r"\b(unconscious|unresponsive|fell|collapse\w*|bit (my|his|her) tongue|wet|whole body|all over|not (answering|responding)|eyes roll\w*|blue)\b|"
                              r"失去知觉|不省人事|翻白眼|口吐白沫|全身|叫不醒|倒地|尿(了|裤)")
_EV3_ELECTRIC_SIMILE = re.compile(r"\blike (i have|i had|i've|someone has|i am|i was|he has|she has) (been |had |got )?(an? |given an? )?(electrocuted|electric shock|shock|shocked)\b|\blike an? (electric )?shock\b"
                                  r"|(好似|像|好像)(被|俾人|给)?(电|電)(击|到|亲|了)|触电(一样|咁|似的)")
_EV3_STARTLE = re.compile(r"\b(startle|moro)( reflex| response)?\b|惊跳反射|惊吓反射|拥抱反射|惊跳")
_EV3_STARTLE_KEEP = re.compile(r"\b(blue|stiff\w*|floppy|unresponsive|eyes roll\w*|not feeding|won't feed|fever\w*|lasts|minutes|rhythmic)\b|发紫|僵|软|没反应|不吃奶|发烧|几分钟")
# An usual medicine taken twice by mistake, well now ('忘了又吃了两片', 唔小心食咗两次, 'my iron tablet twice').
_EV3_TWICE = re.compile(r"(忘(了|咗|记)(又|再)|不小心|唔小心|又)(吃|食|服)(了|咗)?[一两二]?(次|片|粒|颗|遍)|\b(by mistake|by accident|accidentally)\b|两次|twice")
_EV3_AGE = re.compile(r"[一二两三四五六七八九十几]+(岁|歲)|\b\d{1,3} ?(years? old|yo|y/o)\b")
_EV3_WELL_NOW = re.compile(r"\b(nothing unusual|feel fine|feeling fine|i am fine|fine now|no symptoms)\b|人没事|没事儿?|冇事|(好好|正常)|没有不舒服|没不舒服")
# A local infection 'going septic' (an ingrown toenail, a cut) with walking fine and nothing body-wide.
_EV3_LOCAL_SEPTIC = re.compile(r"\b(toe ?nail|nail|toe|finger|thumb|cut|graze|wound|spot|piercing|splinter|blister|bite)s?\b( \w+){0,3} (going|gone|gets|got|turned|turning|is|looks?|looking|a bit) septic\b"
                               r"|\bseptic (toe|finger|thumb|nail|spot|cut|piercing)\b")
_EV3_FIT_LIKE = re.compile(r"(^|[.!?,] ?)fit like( (the noo|loon|quine|min))?\s*[?!.,]")
# A blocked nose one can not breathe through, breathing through the mouth fine.
_EV3_MOUTH_FINE = re.compile(r"\bbreath\w* (through|thru|with) (my |his |her )?mouth\b( \w+){0,3} (fine|ok|okay|no problem|normal)|(用)?(嘴|口)(巴)?(喘气|呼吸|透气|唞气)(倒是|就|都|还)?(没事|冇事|正常|可以|没问题|ok)")
# Heartburn told in a burning-chest idiom (心口窝烧得慌) with acid coming up: no burn.
_EV3_BURN_AGENT = re.compile(r"\b(scald\w*|kettle|boiling|oven|hob|fire|flame\w*|iron|pan|hot (water|oil|tea|coffee)|chemical|bleach|splash\w*|spill\w*|drum|sunburn\w*|steam|electric\w*|skin|blister\w*)\b"
                             r"|烫|开水|热水|火|油|蒸汽|化学|漂白|电")
_EV3_HEARTBURN = re.compile(r"\b(heartburn|indigestion|reflux)\b|(心口窝?|胸口)[^,.;:?!，。；：？！]{0,2}烧|烧心|反酸|返酸|泛酸|酸水")
# Stockpiled pills with a plan and a time, whatever the message goes on to ask (returning the rest, pharmacy hours).
_EV3_STOCKPILE = re.compile(r"\b(saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting|stored|kept) up( all)?( of)? (my|the|some|enough)?( \w+){0,2} "
                            r"(tablets|pills|meds|medication|medicines|painkillers|paracetamol|sleeping tablets|sleeping pills)\b"
                            r"|\b(saved|stockpiled|hoarded|collected) (all )?(my |the |enough )?(\w+ )?(tablets|pills|meds|painkillers)\b"
                            r"|(药|安眠药|止痛药|片)(都|已经)?(攒|存|储|囤|储存|储起|收埋|储埋|攒够)(好|够|齐|起来|咗)(了)?|(攒|存|囤|储)(了|咗)(好多|很多|一堆|够)?(药|安眠药|止痛药)")
_EV3_PLAN_TIME = re.compile(r"\b(planning|plan|going|intend\w*|gonna) (to )?(take|swallow|have|do)( them| it| all| all of them)?( \w+){0,3} (tonight|today|tomorrow|this (evening|weekend)|when|after|once)\b"
                            r"|(打算|准备|计划|想)(今晚|今天|明天|等|趁)[^，。,.;；]{0,16}(吃|食|服|吞)")
# Arterial bleeding: squirting with the heartbeat, or soaked through a dressing, is no plaster question.
_EV3_ARTERIAL = re.compile(r"\b(squirt\w*|spurt\w*|pulsing|pumping)\b|\bsoaked (through|right through)\b|(every time|in time with|with) (my |his |her )?heart ?beat|湿透|喷(血|出)|一股一股|一下一下(咁|地)?(喷|射)")
# Heartburn or indigestion that spreads into the jaw or arm with sweating or a changed colour is chest pain.
_EV3_INDIGESTION = re.compile(r"\b(heartburn|indigestion|reflux)\b|烧心|胃灼热|消化不良")
_EV3_UP_INTO = re.compile(r"\b(jaw|arm|arms|neck|shoulder|back)\b|下巴|下颌|手臂|胳膊|颈|肩")
_EV3_AUTONOMIC = re.compile(r"\b(sweat\w*|clammy|grey|gray|pale|ashen|funny colou?r|bad colou?r|white as a sheet|faint\w*|breathless|short of breath|sick|vomit\w*)\b|冷汗|出汗|脸色|面色|发白|头晕|气促|喘")
# An allergic trigger with the tongue feeling 'fat' or 'thick' and a faint: anaphylaxis.
_EV3_ALLERGEN = re.compile(r"\b(stung|sting|wasp|bee|hornet|peanuts?|nuts?|shellfish|prawns?|penicillin|antibiotics?|allerg\w*)\b|蜇|叮|黄蜂|蜜蜂|花生|坚果|海鲜|过敏")
_EV3_FAT_TONGUE = re.compile(r"\b(tongue|lips?|throat)( \w+){0,2} (feels?|is|are|seems?|looks?|gone|went|going|getting)( all)? (fat|thick|big|huge|too big|massive|tight|funny)\b"
                             r"|(舌头|嘴唇|喉咙)(好|很|变|发)?(大|厚|胖|肥|紧)")
_EV3_SYSTEMIC = re.compile(r"\b(faint\w*|dizzy|light ?headed|collaps\w*|blotch\w*|hives|all over|spread\w*|breath\w*|wheez\w*)\b|晕|头晕|全身|风团|呼吸")


def _ev3_added(text: str) -> list[Rule]:
    """EV3: emergencies told beside an errand (a stockpile plan asked as a pharmacy question) or in words the rules miss."""
    norm = normalize(text)
    added = []
    if _EV3_STOCKPILE.search(norm) and _EV3_PLAN_TIME.search(norm):
        added.append(Rule("ev3.stockpile_plan", "suicide_self_harm", EMERGENCY, ()))
    if _EV3_INDIGESTION.search(norm) and _ev_said(norm, _EV3_UP_INTO) and _ev_said(norm, _EV3_AUTONOMIC):
        added.append(Rule("ev3.indigestion_radiating", "chest_pain", EMERGENCY, ()))
    if _EV3_ALLERGEN.search(norm) and _ev_said(norm, _EV3_FAT_TONGUE) and _ev_said(norm, _EV3_SYSTEMIC):
        added.append(Rule("ev3.allergy_tongue_systemic", "anaphylaxis", EMERGENCY, ()))
    return added


def _ev3_masked_drop(norm: str, fired: list[Rule], pattern: re.Pattern, category: str, keep: re.Pattern | None = None) -> set[str]:
    """The ids of `category`'s findings when the message, with `pattern` masked, raises it no more and says no keep sign."""
    if not pattern.search(norm):
        return set()
    masked = pattern.sub(" , ", norm)
    if keep is not None and _ev_said(masked, keep):
        return set()
    if any(f.category == category for f in lay_red_flags(masked) + assess_facts(extract_facts(masked))):
        return set()
    hits = find_concepts(masked)
    if any(r.category == category and r.level == EMERGENCY and _rule_fires(r, hits) for r in RULES):
        return set()
    return {r.id for r in fired if r.category == category}


def _ev3_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """EV3 families (everyday3, spent): benign pieces masked, categories dropped only when nothing else raises them."""
    cats = {r.category for r in fired}
    drop: set[str] = set()
    chest_keep = _ev_said(norm, _EV_CHEST_SEVERE)
    if "chest_pain" in cats:
        drop |= _ev3_masked_drop(norm, fired, _EV3_CHIN_CHEST, "chest_pain")
        chest_ids = {r.id for r in fired if r.category == "chest_pain"}
        young_jab = _EV3_BREATH_JAB.search(norm) and _EV3_SECONDS.search(norm) and _EV3_YOUNG.search(norm)
        wall = _EV_CHEST_WALL.search(norm) and (_EV_BREATHING_FINE.search(norm) or _EV3_LIFE_NORMAL.search(norm))
        cough = _EV_RESP.search(norm) and _EV3_COUGH_ACHE.search(norm) and (
            _EV_BREATHING_FINE.search(norm) or _EV3_LIFE_NORMAL.search(norm) or _EV_TEMP_NORMAL.search(norm))
        cyclical = _EV3_CYCLICAL.search(norm) and _EV3_BREAST.search(norm)
        # a heart attack told outright ('I am having a heart attack') stays; one feared ('thought I was') goes with the rest
        told = "chest_pain.heart_attack" in chest_ids and not _EV3_HEART_ATTACK_FEARED.search(norm)
        if not chest_keep and not told and (young_jab or wall or cough or cyclical):
            drop |= chest_ids - {"chest_pain.like_last_heart_attack"}
    if "meningitis" in cats and (_EV3_CHIN_CHEST.search(norm) or _EV3_NECK_POSTURE.search(norm)) and _EV3_MENINGITIS_DENIED.search(norm):
        masked = _EV3_MENINGITIS_DENIED.sub(" , ", _EV3_CHIN_CHEST.sub(" , ", norm))
        if not _ev_said(masked, _EV3_MENINGITIS_KEEP):
            drop |= {r.id for r in fired if r.category == "meningitis"}
    if "stroke" in cats and _EV3_STROKE_TEASED.search(norm) and _EV3_NO_SLEEP.search(norm) and _EV3_OTHERWISE_FINE.search(norm) \
            and not _ev_said(_EV3_STROKE_TEASED.sub(" , ", norm), _EV3_STROKE_KEEP):
        drop |= {r.id for r in fired if r.category == "stroke"}
    # the dentist with the face or lip numb; a stroke named outright ('she is having a stroke') stays unless only feared
    stroke_told = "stroke.named" in {r.id for r in fired} and not re.search(r"\b(thought|worried|scared|afraid|panicked)\b|以为|怕", norm)
    if "stroke" in cats and _EV3_DENTAL.search(norm) and re.search(r"\bnumb\w*|麻", norm) and not stroke_told \
            and not _ev_said(norm, _EV3_DENTAL_KEEP):
        drop |= {r.id for r in fired if r.category == "stroke"}
    if "suicide_self_harm" in cats and not _NOT_JOKING.search(norm):
        drop |= _ev3_masked_drop(norm, fired, _EV3_DEATH_RETRACTED, "suicide_self_harm")
    if "bleeding" in cats and _EV3_BLEED_STOPPED.search(norm) and not _ev_said(norm, _EV3_BLEED_KEEP):
        drop |= {r.id for r in fired if r.category == "bleeding"}
    if "bleeding" in cats and _EV3_PILES_STREAK.search(norm) and _EV3_STREAK.search(norm) and not _ev_said(norm, _EV3_STREAK_KEEP):
        drop |= {r.id for r in fired if r.category == "bleeding"}
    if "pregnancy" in cats and _EV3_NOSEBLEED.search(norm):
        drop |= _ev3_masked_drop(norm, fired, _EV3_NOSEBLEED, "pregnancy")
    if "seizure" in cats:
        drop |= _ev3_masked_drop(norm, fired, _EV3_TWITCH, "seizure", _EV3_TWITCH_KEEP)
        if _EV3_STARTLE.search(norm) and not _ev_said(norm, _EV3_STARTLE_KEEP):
            drop |= {r.id for r in fired if r.category in ("seizure", "pregnancy")}
    if "burns" in cats:
        drop |= _ev3_masked_drop(norm, fired, _EV3_ELECTRIC_SIMILE, "burns")
        if _EV3_HEARTBURN.search(norm) and not _EV3_BURN_AGENT.search(norm):
            drop |= {r.id for r in fired if r.category == "burns"}
    if "overdose_poisoning" in cats and _EV3_TWICE.search(norm) and _EV3_WELL_NOW.search(norm) and not _EV_CHILD.search(norm):
        aged = _EV3_AGE.sub(" ", norm)
        high_risk = _EV_HIGH_RISK_MED.search(re.sub(r"\b(my|her|his|the|an?) iron (tablet|pill)s?\b|铁剂", " ", aged))
        greeting = re.sub(r"(^|[.!?] )fit like\b", " , ", norm)  # the Doric greeting 'fit like?' is no fit
        if not _EV_MANY.search(aged) and not _ev_said(greeting, _EV_OD_SYMPTOM) and not _EV_INTENT.search(norm) and not high_risk:
            drop |= {r.id for r in fired if r.category == "overdose_poisoning"}
    if _EV3_FIT_LIKE.search(norm):
        # the Doric greeting 'fit like?' ('how are you?') is no fit: a finding the rest of the message does not raise goes
        for category in cats & {"seizure", "head_injury", "overdose_poisoning", "child_unwell"}:
            drop |= _ev3_masked_drop(norm, fired, _EV3_FIT_LIKE, category)
    if "sepsis" in cats:
        drop |= _ev3_masked_drop(norm, fired, _EV3_LOCAL_SEPTIC, "sepsis", _EV_SEPSIS_KEEP)
    if (_EV_NOSE.search(norm) or re.search(r"鼻子?(堵|塞|不通)", norm)) and _EV3_MOUTH_FINE.search(norm) and not _ev_said(norm, _EV_BREATHING_SEVERE):
        drop |= {r.id for r in fired if r.id in ("anaphylaxis.face_swelling_after_trigger", "breathing.cannot_breathe", "lay.breathing.struggling",
                                                "learned.breathing", "similar.breathing")}
    # only the emergency findings go: an urgent notice (a sore chest wall) keeps its own reading
    return {r.id for r in fired if r.id in drop and r.level == EMERGENCY}


# EV4 (everyday4 and blind30's false alarms, spent): guards on the MECHANISM that reads each everyday complaint as an
# emergency. Each masks the benign piece (or checks the danger signs of its category) and drops only that category.
# A lay sign named only under a negation inside it ('嘴唇也不紫'): the lay rule stands only on its other, undenied signs.
def _ev4_denied_lay(text: str, fired: list[Rule]) -> set[str]:
    lay_ids = {r.id for r in fired if r.id.startswith("lay.")}
    if not lay_ids:
        return set()
    denied = denied_signs(text)
    if not denied:
        return set()
    hits = {k: v for k, v in lay_sign_hits(text[:20000]).items() if k not in denied}
    _, rules = load_lay_signs()
    return {i for i in lay_ids if not any(rule.id == i and _lay_fires(rule, hits) for rule in rules)}


def _ev4_denied_facts(text: str, fired: list[Rule]) -> set[str]:
    """The facts findings that go once the signs named only under an inner negation ('嘴唇也没发紫') are masked."""
    facts_ids = {r.id for r in fired if r.id.startswith("facts.")}
    denied = denied_signs(text) if facts_ids else set()
    if not denied:
        return set()
    lexicons, _ = load_lay_signs()
    masked = normalize(text)
    for name in denied:
        masked = lexicons[name].regex.sub(" , ", masked)
    return facts_ids - {f.rule for f in assess_facts(extract_facts(masked))}


# a numb, tingly, cold or 'weird' lip, tongue, mouth or cheek: a sensation, not a droop
_EV4_MOUTH_SENSATION = re.compile(
    r"\b(one side of (my|his|her|the) )?(lips?|tongue|mouth|cheeks?|chin|gums?|face)\b( \w+){0,4} (numb\w*|tingl\w*|buzz\w*|fizz\w*|weird|tight|cold|frozen|"
    r"pins and needles)( and (numb\w*|tingl\w*|buzz\w*|weird|tight|cold))?\b|\b(numb|tingly|buzzy|frozen) (lips?|tongue|mouth|cheek|face)\b"
    r"|(嘴唇|嘴巴|嘴|舌头|舌|脷|口|脸颊|面颊|脸|面)((同|和|跟|、)(嘴唇|舌头|脷|嘴))?(还|都|有点|好|仲)?(发)?(麻|痹|痺|木|冻|僵)[麻痹痺木]*(的|着|了|住)?")
# a local cause of it: the dentist's anaesthetic, Sichuan pepper (花椒, 麻辣), a cold window or wind
_EV4_MOUTH_CAUSE = re.compile(
    r"\b(dentist|dental|filling|anaesthetic|anesthetic|local|novocaine|lidocaine|root canal|extraction|sichuan|szechuan|peppercorns?|mala|hot ?pot|"
    r"chilli|chili|spicy|freezing|frozen|cold (window|wind|air)|window|ice)\b|看(完|了|咗)?牙|牙医|补牙|拔牙|脱牙|洗牙|牙科|麻药|花椒|麻辣|火锅|冷风|风吹|窗")
# the face checked and moving as normal: 'smile is even', 'everything moves fine', 'I can whistle'
_EV4_FACE_MOVES = re.compile(r"\bsmile (is |looks )?(even|normal|symmetrical|the same|fine)\b|\b(everything|face|it) (moves|moving) (fine|normally|ok|okay)\b|\bcan (whistle|smile|raise (both|my) eyebrows)\b"
                             r"|(笑|笑容)(起来)?(也|都)?(对称|正常)|(脸|面)(都|也)?(能动|动得|对称)")
_EV4_STROKE_KEEP = re.compile(r"\b(arm|arms|leg|legs|hand|hands|speech|slurr\w*|words|confus\w*|vision|(can not|could not|unable to|trouble|difficulty) walk\w*|walking (funny|strange\w*|wonky)|balance|headache|droop\w*|sag\w*|drool\w*|dribbl\w*|"
                              r"lopsided|can not (speak|talk|move|smile|lift))\b|(?<![新选高对助歌凶水老帮人])手(?![机表续术])|脚|腿|说话不清|口齿|含糊|看不|走路|站不|半边身|头痛|歪|流口水")
# heartburn by its mechanism: after a (big, greasy) meal, easing when sitting up
_EV4_REFLUX = re.compile(
    r"\b(after|with|following) (a |my |the |his |her |our )?(\w+ ){0,3}(meals?|dinners?|lunch|supper|takeaways?|curry|food|pizza|kebab|fry[- ]?up|feed)\b"
    r"|\b(eases?|eased|better|settles?|goes|easier|helps)( \w+){0,2} (when|if|once) (i |he |she )?(sit|sits|sat|stand|stands|stood|prop\w*)( \w+)? up\b"
    r"|坐(起来|直)(就|会)?(好|舒服|缓解|减轻)|油腻|吃太饱|吃多了")
# a chest hurt only by a mechanical cause: poked or pressed (anyone's hand), a knock, hiccups
_EV4_CHEST_MECH = re.compile(
    r"\b(when|if) (i |you |he |she |they |we )?(press|push|touch|poke|prod)\w*|\bonly when( \w+){0,3} (press|push|touch|poke|prod)\w*|\bhiccup\w*|"
    r"\b(landed on|bruis\w*|banged|knocked)\b|打嗝|(按|压|戳|碰)(下去|一下|到)?(才|就|先)?(痛|疼)|撞(到|伤)|瘀青")
_EV4_COUGH_WHEEZE = re.compile(r"\b((a bit|kinda|kind of|slightly|little bit|a little) )?(wheez\w*|tight)( \w+){0,2} (when|if|as) (i |he |she )?cough\w*"
                               r"|咳(的时候|时|起来)(有点|有些|会)?喘")
# self-harm denied in the writer's words ('not that kind', 'not going to hurt myself'); a fear of dying asked ('am I going to die')
_EV4_HARM_DENIED = re.compile(
    r"\b(i am|he is|she is|am|is) not (going to|gonna|about to|planning to|thinking of|thinking about) (hurt|harm|kill|do anything to) (myself|himself|herself)"
    r"( or anything( like that)?)?\b|\bnot (suicidal|the suicidal kind)\b"
    r"|(不是|并不是|唔系|不会|没有|没|并没有)(要|想|去|说)?(想不开|寻短见|轻生|自杀|想死|不想活|伤害自己)(的)?(那种|那样|嗰种|的意思)?")
_EV4_DIE_FEARED = re.compile(r"\b(am i|will i|is (he|she|it)|are (we|you)|could i|might i|is this)( \w+)? (going to|gonna) (die|kill (me|him|her))\b|我(会|是不是要|会不会)死(吗|嘛|么|啊|呀)")
# hyperbole taken back as a joke at once ('想跳海，哈哈开玩笑的', 'want to die, only joking')
_EV4_JOKE_HYPERBOLE = re.compile(
    r"(想|要)(跳海|跳楼|跳河|去死|死)(了)?[^。！？.!?]{0,6}(开玩笑|讲笑|说笑)(的|啦|嘅)?"
    r"|\b(want|wanna|going) to (jump|die|kill myself)\b[^.!?]{0,30}?\b(jk|just kidding|only joking|joking|kidding)\b")
# a night terror: a child screaming at night, eyes open, not answering, back to sleep, nothing remembered
_EV4_NIGHT = re.compile(r"\b(night terrors?|woke (up )?(screaming|crying|shrieking)|in (his|her|their) sleep|middle of the night|at night)\b|半夜|夜里|夜晚|夜惊|睡梦中|梦游")
_EV4_BACK_TO_SLEEP = re.compile(r"\b(went|goes|go|gone|fell|drifted) back (to sleep|off)\b|\bback to sleep\b|(又|再|就)(睡(着|了|返)|瞓(返|番))|又睡")
_EV4_NO_MEMORY = re.compile(r"\b(does not|did not) remember\b|\bremembers nothing\b|\bno memory\b|不记得|唔记得|记不起|没印象")
_EV4_NIGHT_KEEP = re.compile(r"\b(blue|grey|gray|jerk\w*|shak\w*|stiff\w*|twitch\w*|fit|fits|fitting|seizure\w*|convuls\w*|fever\w*|temperature|vomit\w*|floppy|breath\w*|"
                             r"rash|hit (his|her) head|fell|wet (himself|herself))\b|发紫|抽|僵|发烧|发热|呕|吐|软|呼吸|疹|撞|摔|尿")
# a nick's ooze: a tiny wound with a dot of blood coming back
_EV4_TINY_WOUND = re.compile(r"\b(shaving|nick\w*|paper ?cut|razor|scratch\w*|pin ?prick|graze)\b|刮胡|剃须|小口子|划了一下|纸划|刮破")
_EV4_TINY_AMOUNT = re.compile(r"\b(ooz\w*|tiny|dot|drops?|bead|speck)\b|渗血|一点点|一点血|血珠")
_EV4_BLEED_KEEP = re.compile(r"\b(pour\w*|gush\w*|spurt\w*|squirt\w*|soak\w*|pool\w*|everywhere|faint\w*|dizzy|pale|light ?headed|warfarin|blood thinners?|anticoagula\w*|"
                             r"apixaban|rivaroxaban|clopidogrel|haemophil\w*|hemophil\w*|deep|gaping|hours?)\b|喷|涌|晕|抗凝|华法林|很深|几个钟|几个小时")
# a blocked nose with the mouth the only way to breathe
_EV4_MOUTH_ONLY = re.compile(r"(只能|只好|要|得|靠)(张嘴|张开嘴|用嘴|用口|开口)(巴)?(呼吸|喘气|透气|唞气)|\b(have to|having to|can only|only) breathe? (through|thru|with) (my|his|her) mouth\b|\bmouth[- ]breath\w*")
# round-ligament pain: a brief sharp pain on standing or sneezing, gone in seconds, the baby moving
_EV4_PREG_BRIEF = re.compile(r"\bround ligament\b|\bgone in (a )?(few )?seconds\b|\b(lasts?|lasting|only) (for )?(a )?(few |couple of )?seconds\b|一下就(好|没)|几秒(钟)?(就)?(好|没|过)")
_EV4_PREG_MOVE = re.compile(r"\b(when|if) (i |she )?(stand|get|sit|roll|turn|sneeze|cough|laugh|move|twist)\w*|(站起来|起身|打喷嚏|咳嗽|翻身|转身)")
_EV4_BABY_MOVING = re.compile(r"\b(kicking|moving|wriggling) (away|like mad|lots|loads|plenty|normally|as (normal|usual))\b|" + _EV_MOVING_FINE.pattern)
_EV4_PREG_KEEP = re.compile(r"\b(blood|bleed\w*|spotting|fluid|leak\w*|waters|constant|all the time|getting worse|fever\w*|headache|vision|swell\w*|swollen|not moving|"
                            r"less|quiet|contractions?|faint\w*|dizzy|severe|agon\w*)\b|出血|见红|流血|流水|破水|一直痛|持续|越来越|发烧|头痛|看不清|肿|胎动少|不动|宫缩|晕")
# a flu or cold with a fever, aches and shivers, drinking, nothing body-wide
_EV4_FLU = re.compile(r"\b(man flu|flu|a cold|head cold|sore throat|runny nose|blocked nose|covid|virus)\b|感冒|流感|喉咙痛|咽喉痛|流鼻涕|鼻塞")
_EV4_DRINKING = re.compile(r"\b(drinking|drink\w* (lots|heaps|plenty|loads)|keeping (fluids|water|it|drinks) down|eating)\b|喝水|喝很多水|能吃|吃得下|多喝水")
_EV4_FLU_KEEP = re.compile(r"\b(4[0-2](\.\d)?|10[3-9](\.\d)?|stiff neck|neck|light|chemo\w*|cancer|newborn|weeks? old|months? old|baby|pregnan\w*|fit\w*|seizure|"
                           r"cold (hands|feet)|blue|grey|gray|pale|faint\w*|dizzy|can not (drink|keep)|not drinking)\b|化疗|脖子|颈|婴儿|怀孕|抽|发紫|晕")
# a bite of a non-toxic thing (a crayon, a spider plant leaf)
_EV4_NONTOXIC = re.compile(r"\b(spider plant|crayons?|chalk|play[- ]?doh|playdough|silica gel|lip ?balm|chapstick|sand|soil|dirt|grass|daisy|daisies|dandelions?|"
                           r"blu[- ]tack|glue stick|pencil|eraser|cardboard|sponge|paper|stickers?)\b|吊兰|蜡笔|粉笔|橡皮泥|干燥剂|沙子|泥土|纸巾|贴纸")
_EV4_TOXIC_KEEP = re.compile(r"\b(tablets?|pills?|medicine|meds|bleach|detergent|pods?|batter(y|ies)|magnets?|berries|mushrooms?|lil(y|ies)|foxglove|yew|oleander|"
                             r"daffodils?|bulbs?|laburnum|cleaner|chemicals?|alcohol|vodka|e-?cig\w*|nicotine|vape|liquid|oil)\b|药|漂白|洗衣|电池|磁|蘑菇|百合|酒|烟|油")
# an ordinary painkiller or supplement: counts of at most 4 tablets in all; times and distances are no amounts
_EV4_OTC = re.compile(r"\b(advil|ibuprofen|nurofen|motrin|paracetamol|acetaminophen|tylenol|panadol|calpol|aspirin|antacids?|tums|gaviscon|vitamins?|multivitamins?|"
                      r"vitamin \w+|iron|zinc|fish oil|supplements?)\b|布洛芬|扑热息痛|对乙酰氨基酚|必理痛|泰诺|芬必得|维生素|维他命|钙片|鱼油")
_EV4_NOT_AMOUNT = re.compile(r"\b\d+(\.\d+)? ?(min|mins|minutes?|hours?|hrs?|h|km|kms|miles?|kilometres?|kilometers?|metres?|meters?|m|years?|yrs?|days?|weeks?|months?|"
                             r"mg|mcg|ml|iu|am|pm|o'clock)\b|\b(at|by|around|about) \d{1,2}(:\d\d)?\b")
_EV4_TOTAL = re.compile(r"\b(so|that is|total of|in total|altogether)( about)? (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b")
_EV4_POISON_ASKED = re.compile(r"\bpoison\w*( control| centre| center| line)?|有毒|中毒|毒性")
_EV4_COUNT = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b")
_EV4_WORD_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_EV4_WELL = re.compile(r"\b(feel|feels|feeling|felt) (completely |totally |absolutely )?(fine|ok|okay|normal|grand|good)\b|\b(i am|i'm|she is|he is) (fine|ok|okay|good)\b|人没事|没事|冇事|好好|很好|正常"
                       r"|(人|佢|他|她|我)(都|也)?(没|冇)(有)?(什么|咩|乜|啥|特别)?(感觉|不舒服)")  # round 48f: 人没什么感觉
# a mouth burnt on hot food
_EV4_MOUTH_BURN = re.compile(r"\b(burn\w*|scald\w*)( \w+){0,2} (the )?(roof of (my|his|her|the) mouth|tongue|palate|mouth|lips?)\b|\b(roof of (my|his|her) mouth|tongue|palate)( \w+){0,3} (burn\w*|scald\w*)\b"
                             r"|(烫|烧)(到|伤|了)?(嘴|舌头|上颚|口腔|舌)")
_EV4_HOT_FOOD = re.compile(r"\b(pizza|cheese|soup|tea|coffee|noodles|food|pie|toast|hot chocolate|porridge|rice|dumplings?|lasagne|chips|ramen)\b|汤|粥|面|饺子|茶|咖啡|披萨|饭")
_EV4_MOUTH_BURN_KEEP = re.compile(r"\b(breath\w*|swallow\w*|drool\w*|voice|hoarse|throat|swell\w*|swollen|toddler|baby|chemical|caustic|bleach|battery|face|chest|arm|hand|leg)\b|呼吸|吞|喉咙|肿|声音|化学|电池|脸|胸|手|腿")
# breathless only on exertion, fine at rest, out of condition
_EV4_EXERTION = re.compile(r"\b(stairs|steps|climbing|running|jogging|hills?|uphill|walking fast|exercis\w*)\b|爬楼|上楼|楼梯|跑步|爬山|运动")
_EV4_REST_FINE = re.compile(r"\bfine (sitting|at rest|when i (stop|sit|rest))|\bfine (once|when|while|if) (i am |i'm )?(sitting|sat|resting|stopped|i (stop|sit|rest))\b|\b(sitting|at rest|resting)( down)? (i am |i'm )?(fine|ok|okay)\b|(坐着|休息|坐下|停下)(来)?(就|都|时|的时候)?(没事|正常|好|还好)")
_EV4_UNFIT = re.compile(r"\b(unfit|out of shape|not exercised|have not exercised|no exercise|sedentary|couch potato|not (fit|been active))\b|很久没(运动|锻炼)|缺乏运动|不运动|缺少锻炼")
_EV4_EXERTION_KEEP = re.compile(r"\b(chest|pain|blue|faint\w*|dizzy|palpitat\w*|racing|swollen|swelling|ankles|blood|at night|lying (down|flat)|wakes? (me|him|her) up|pregnan\w*|"
                                r"calf|cough\w*|wheez\w*|worse|sudden\w*)\b|胸|痛|发紫|晕|心慌|肿|血|躺|夜里|怀孕|小腿|咳|突然")
# something burnt in the kitchen (the toast, the dinner): no burn injury
_EV4_FOOD_BURNT = re.compile(r"\b(toast|dinner|food|rice|cake|pizza|bread|popcorn|sauce|onions?|biscuits|cookies|roast|chips|sausages?|bacon|porridge|lunch|breakfast|pan|pot)"
                             r"( \w+){0,2} (was|is|got|had|went|were|are|has|have)( been| gone| got)?( a (bit|little))? (burnt|burned)\b|(饭|菜|面包|吐司|锅|粥|饼)(烧|煮|烤|煎)?(焦|糊)(了)?")
# a low sugar treated and back in range ('3.9, had sugar, back to 6', 血糖低到3.9，吃了糖回到6)
_EV4_SUGAR_TAKEN = re.compile(r"\b(sugar|juice|sweets|glucose|jelly ?bab(y|ies)|biscuits?|dextrose|lucozade|coke|snack|candy|honey)\b|(吃|喝|食)(了|咗)?.{0,3}(糖|果汁|饼干|葡萄糖|蜂蜜|东西)")
_EV4_BACK_UP = re.compile(r"(回到|回升到|升到|升回|返到|回(升)?咗?到|back (up )?to|up to|came up to|now|went up to|rose to)\s?(?P<value>\d{1,3}(\.\d)?)")
_EV4_HYPO_KEEP = re.compile(r"\b(confus\w*|drowsy|can not (wake|swallow|eat|drink)|unconscious|passed out|collaps\w*|fit|fitting|seizure|vomit\w*|slurr\w*|dropping again|"
                            r"falling again|still low|not coming up|will not come up|sweaty and|shaking still)\b|迷糊|糊涂|叫不醒|昏|晕倒|抽|吐|呕|又(掉|降|低)|还是低|升不上|吞不下")
# a condition named as the label of a clinic, follow-up slip or support group ('胸痛回诊单', 'stroke survivors' support group')
_EV4_LABEL = re.compile(
    r"(胸痛|胸口痛|心脏|心脏病|中风|卒中|心梗)(病友|患者|康复)?(回诊单|回诊|复诊单|复诊|门诊|专科|支持团体|互助会|互助小组|病友会|联谊会)"
    r"|\b(chest pain|stroke|heart attack|cardiac)( survivors'?| patients'?)? (clinic|follow[- ]up|support group|club|rehab\w*|class(es)?)\b")
# an emotional idiom of the heart (homesick, missing family) with illness denied
_EV4_EMOTION = re.compile(r"\b(homesick\w*|miss (my |our |the )?(family|home|kids|children|mum|mom|parents|country)|grief|griev\w*|heartbroken|lonely)\b|想家|思乡|想念家人|想念家里")
_EV4_HEART_IDIOM = re.compile(r"\b(my |the |our |his |her )?heart( \w+){0,2} (is |feels |was |gets )?(squeezed|heavy|broken|aching|aches|hurts|tight|crushed|sore)\b"
                              r"|心(里|头)?(好|很|都)?(痛|疼|酸|碎|揪|紧)")
_EV4_NOT_ILL = re.compile(r"\b(i am|i'm|we are) not (ill|sick|unwell)\b|\bnot (physically )?ill\b|没(有)?病|不是生病|身体没事")
# a heart attack or stroke in the past, 'all good now'
_EV4_PAST_EVENT = re.compile(r"\b(after|since|before|following) (my|his|her|their|the) (heart attack|stroke|mi|bypass)( in (the )?\w+)?\b|\b(had|got|have) (a |my |two )?stents?( put in)?( at| in)? ?(\d{4})?\b")
_EV4_ALL_GOOD = re.compile(r"\ball good now\b|\b(doing|been) (well|fine|great|good)\b|\bfine now\b|\bno (problems|symptoms|pain) since\b|现在(都)?(很好|没事|好好)")
# 'floppy' asleep after a busy day, woke up fine
_EV4_FLOPPY = re.compile(r"\b(floppy|limp|rag ?doll|wet noodle)\b|软绵绵|软趴趴|瘫软")
_EV4_ASLEEP_WOKE = re.compile(r"\b(woke|wakes|waking) up( \w+){0,4} (fine|happy|normal|hungry|for (tea|dinner|lunch|supper)|and (ate|played|was fine))\b|\bwoke (fine|happy|normal)\b"
                              r"|醒(来|了)(后|以后)?(就|都)?(好好|正常|没事|吃|玩)")
_EV4_FLOPPY_KEEP = re.compile(r"\b(fever\w*|hot|temperature|rash|blue|grey|gray|pale|breath\w*|vomit\w*|will not wake|hard to wake|can not wake|still floppy|fit|fits|seizure|"
                              r"jerk\w*|not feeding|will not feed|fell|head)\b|发烧|发热|疹|发紫|呕|叫不醒|抽|摔|头")


# A larger total told after the count ("about 20 in total", "12 so far", "that's 16 tablets") or the same dose repeated
# every few hours through the day (a staggered overdose: "2 every 2 hours all day"): never a small total, whatever
# the single dose was.
# The ways a total is told, shared with `_STAGGER_TOTAL` below: the number then "in total", or "that's" then the number.
_NUM_TEN_UP = r"(?:\d{2,}|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)"
_NUM_FIVE_UP = r"(?:[5-9]|five|six|seven|eight|nine|" + _NUM_TEN_UP[3:]
_TOTAL_AFTER = r"(?:in total|in all|altogether|all together|all told|so far|total)\b"
_TOTAL_BEFORE = r"\b(?:total of|that's|that is|making|makes|adds up to|added up to)(?: about| around| roughly| nearly| over)? "
_TOTAL_TOLD_LARGE = re.compile(
    r"\b" + _NUM_FIVE_UP + r"(?: \w+)? " + _TOTAL_AFTER + "|" + _TOTAL_BEFORE + _NUM_FIVE_UP + r"\b|"
    r"\bevery (\d|one|two|three|four|couple of|few|other) hours?\b[^.?!]{0,40}\b(all day|all night|since|so far|"
    r"for (two|three|four|\d) days|through the (day|night)|round the clock|non-?stop)\b")


def _tablet_total_small(text: str, count: re.Pattern, told_total: re.Pattern) -> bool:
    """The tablet counts `count` finds (number in group 1) add up to 4 or fewer; a total told outright ('so 4 in all',
    number in group 3 of `told_total`) is the sum already made."""
    if _TOTAL_TOLD_LARGE.search(text):
        return False
    value = lambda word: int(word) if word.isdigit() else _EV4_WORD_NUM[word]
    counts = [value(m.group(1)) for m in count.finditer(text)]
    totals = [value(m.group(3)) for m in told_total.finditer(text)]
    total = max(totals) if totals else sum(counts)
    return bool(counts) and total <= 4 and max(counts + totals) <= 4


def _ev4_counts_small(norm: str) -> bool:
    """Every tablet count told (times, doses in mg and distances aside) adds up to 4 or fewer."""
    masked = _EV4_NOT_AMOUNT.sub(" , ", norm)
    return _tablet_total_small(masked, _EV4_COUNT, _EV4_TOTAL) and not _EV_MANY.search(masked)


def _ev4_dropped(text: str, norm: str, fired: list[Rule]) -> set[str]:
    """EV4 families (everyday4 and blind30, spent): the mechanism each everyday complaint is misread by."""
    cats = {r.category for r in fired}
    ids = {r.id for r in fired}
    drop: set[str] = _ev4_denied_lay(text, fired) | _ev4_denied_facts(text, fired)
    of = lambda *categories: {r.id for r in fired if r.category in categories}
    chest_keep = _ev_said(norm, _EV_CHEST_SEVERE)
    if "stroke" in cats and _EV4_MOUTH_SENSATION.search(norm) and (_EV4_MOUTH_CAUSE.search(norm) or _EV4_FACE_MOVES.search(norm)) \
            and "stroke.named" not in ids:
        drop |= _ev3_masked_drop(_EV4_FACE_MOVES.sub(" , ", norm), fired, _EV4_MOUTH_SENSATION, "stroke", _EV4_STROKE_KEEP)
    if "chest_pain" in cats and not chest_keep and "chest_pain.heart_attack" not in ids:
        if _EV_BURNING.search(norm) and _EV4_REFLUX.search(norm) and not _ev_said(norm, _EV_EXERTION, _EV_NOT_ON_EXERTION):
            drop |= of("chest_pain") - {"chest_pain.like_last_heart_attack"}
        if _EV4_CHEST_MECH.search(norm):
            drop |= of("chest_pain") - {"chest_pain.like_last_heart_attack"}
    if cats & {"chest_pain", "breathing"} and _EV_RESP.search(norm) and _EV_BREATHING_FINE.search(norm) and _EV4_COUGH_WHEEZE.search(norm) \
            and not _ev_said(_EV4_COUGH_WHEEZE.sub(" , ", norm), _EV_CHEST_SEVERE) and "chest_pain.heart_attack" not in ids:
        drop |= {"chest_pain.pain", "lay.chest_pain.described", "learned.chest_pain", "similar.chest_pain", "breathing.severe_breathless",
                 "learned.breathing", "similar.breathing"}
    if "suicide_self_harm" in cats and not _NOT_JOKING.search(norm):
        for pattern in (_EV4_HARM_DENIED, _EV4_DIE_FEARED, _EV4_JOKE_HYPERBOLE):
            drop |= _ev3_masked_drop(norm, fired, pattern, "suicide_self_harm")
    if cats & {"unconscious", "child_unwell"} and _EV4_NIGHT.search(norm) and _EV4_BACK_TO_SLEEP.search(norm) and _EV4_NO_MEMORY.search(norm) \
            and not _ev_said(norm, _EV4_NIGHT_KEEP):
        drop |= of("unconscious", "child_unwell")
    if "bleeding" in cats and _EV4_TINY_WOUND.search(norm) and _EV4_TINY_AMOUNT.search(norm) and not _ev_said(norm, _EV4_BLEED_KEEP):
        drop |= of("bleeding")
    if (_EV_NOSE.search(norm) or re.search(r"鼻子?(堵|塞|不通)", norm)) and _EV4_MOUTH_ONLY.search(norm) and not _ev_said(norm, _EV_BREATHING_SEVERE):
        drop |= ids & {"anaphylaxis.face_swelling_after_trigger", "breathing.cannot_breathe", "lay.breathing.struggling", "learned.breathing", "similar.breathing"}
    if "pregnancy" in cats and _EV4_PREG_BRIEF.search(norm) and _EV4_PREG_MOVE.search(norm) and _EV4_BABY_MOVING.search(norm) \
            and not _ev_said(norm, _EV4_PREG_KEEP):
        drop |= of("pregnancy")
    if "sepsis" in cats and _EV4_FLU.search(norm) and _EV4_DRINKING.search(norm) and not _ev_said(norm, _EV_SEPSIS_KEEP) \
            and not _ev_said(norm, _EV4_FLU_KEEP):
        drop |= of("sepsis")
    if "overdose_poisoning" in cats and not _ev_said(norm, _EV_OD_SYMPTOM) and not _EV_INTENT.search(norm):
        if _EV4_NONTOXIC.search(norm) and not _EV4_TOXIC_KEEP.search(norm):
            drop |= _ev3_masked_drop(_EV4_POISON_ASKED.sub(" , ", norm), fired, _EV4_NONTOXIC, "overdose_poisoning")
        if _EV4_OTC.search(norm) and _EV4_WELL.search(norm) and not _EV_CHILD.search(norm) and not _EV_HIGH_RISK_MED.search(norm) \
                and (_ev4_counts_small(norm) or _one_extra_supplement(_EV4_NOT_AMOUNT.sub(" , ", norm))):
            drop |= of("overdose_poisoning")
    if "burns" in cats:
        if _EV4_MOUTH_BURN.search(norm) and _EV4_HOT_FOOD.search(norm):
            drop |= _ev3_masked_drop(norm, fired, _EV4_MOUTH_BURN, "burns", _EV4_MOUTH_BURN_KEEP)
        drop |= _ev3_masked_drop(norm, fired, _EV4_FOOD_BURNT, "burns")
    if "breathing" in cats and _EV4_EXERTION.search(norm) and _EV4_REST_FINE.search(norm) and _EV4_UNFIT.search(norm) \
            and not _ev_said(norm, _EV4_EXERTION_KEEP):
        drop |= of("breathing")
    if "diabetic" in cats and _EV4_SUGAR_TAKEN.search(norm) and _EV4_WELL.search(norm) and not _ev_said(norm, _EV4_HYPO_KEEP):
        ups = [float(m.group("value")) for m in _EV4_BACK_UP.finditer(norm)]
        if ups and all(4.0 <= u <= 15 or 70 <= u <= 270 for u in ups):
            drop |= of("diabetic")
    for category in cats & {"chest_pain", "stroke"}:
        drop |= _ev3_masked_drop(norm, fired, _EV4_LABEL, category)
    if "chest_pain" in cats and _EV4_EMOTION.search(norm) and _EV4_NOT_ILL.search(norm):
        drop |= _ev3_masked_drop(norm, fired, _EV4_HEART_IDIOM, "chest_pain", _EV_CHEST_SEVERE)
    if cats & {"chest_pain", "stroke"} and _EV4_PAST_EVENT.search(norm) and _EV4_ALL_GOOD.search(norm):
        for category in cats & {"chest_pain", "stroke"}:
            drop |= _ev3_masked_drop(norm, fired, _EV4_PAST_EVENT, category, _EV_CHEST_SEVERE)
    if "child_unwell" in cats and _EV4_FLOPPY.search(norm) and _EV4_ASLEEP_WOKE.search(norm) and not _ev_said(norm, _EV4_FLOPPY_KEEP):
        drop |= of("child_unwell")
    return {r.id for r in fired if r.id in drop and r.level == EMERGENCY}


# EV8 (everyday8, spent): the look-alike each everyday worry is misread by, dropped only when the message, with the
# look-alike masked, raises the category no more and says none of the category's keep signs.
# 'stroke' the verb: stroking a cat, a dog, someone's hair.
_EV8_STROKE_VERB = re.compile(r"\b(i|we|you|he|she|they|to|and|gently|softly|when|whenever) (stroke|strokes|stroked)(?= (the|my|a|an|his|her|our|their|your|its|it|him|them|\w+'s)\b)")
# A stroke named as a worry ('is it a stroke?', 'thought STROKE', 是不是中风, 会唔会中风, 不会是脑梗吧).
_EV8_STROKE_WORRY = re.compile(
    r"\b(is it|is this|was it|was that|could it be|could this be|could that be|might it be|thought|worried|scared|terrified|afraid|panicked|frightened|"
    r"googled)( \w+){0,4} (a |an )?(stroke|mini[- ]stroke|tia)\b|\bthought stroke\b"
    r"|(是不是|是否|会不会|会唔会|系唔系|系咪|是咪|係咪|不会是|唔会系|该不会是|怕是|怕系|担心是|担心)(要|有|系|是)?(小)?(中风|脑梗|卒中|脑出血)")
# The stroke signs told as normal ('face fine, talking fine', 讲话手脚都正常, 讲嘢行路都正常, 不是歪).
_EV8_SIGNS_NORMAL = re.compile(
    r"\b(face|smile|speech|talking|speaking|words|walking|arms?|legs?|grip)( is| was| and \w+)?( \w+)? (fine|normal|ok|okay|all fine|not droopy|not drooping|not droopy)\b"
    r"|(说话|讲话|讲嘢|讲野|手脚|行路|走路|吃饭|食饭|面|脸|嘴)[^,.?!。，？！]{0,6}(都|也|亦)?(正常|没事|冇事|好好|灵活)|(不是|唔系|没有|没|冇)歪")
# Numbness from a limb leant or slept on, or shaken off ('slept with my arm under my head', 甩甩就好).
_EV8_POSTURE = re.compile(
    r"\b(sleeping|slept|lying|lay|leaning|leant|leaned|resting) (with |on )(my|his|her|their) (arm|arms|hand|hands|elbow|elbows)( (under|behind|over) (my|his|her|their) (head|pillow|body))?\b"
    r"|\bshook (it|them|my \w+|his \w+|her \w+) (about|off|out)\b|\b(shaking|shook) (it|them) (about|off|out)\b"
    r"|甩(甩|一甩|下手|一下|下|了甩)?(就|便)?(好|没事|冇事)")
_EV8_BACK_NORMAL = re.compile(r"\b(back to normal|(totally|completely|all|fully) normal|normal again|fine again|went away|all went)\b( in (a few |\d+ |five |two )?(mins?|minutes|seconds))?")
_EV8_STROKE_KEEP = re.compile(r"\b(droop\w*|slurr\w*|confus\w*|can not (speak|talk|lift|move|see)|could not (speak|talk|lift|move|see)|still (weak|numb|dead|heavy|tingl\w*|droop\w*)|"
                              r"one side|vision|worst headache|sudden\w* (headache|weak\w*))\b|嘴歪|口齿不清|说不出话|讲唔到嘢|半边|一边(没力|无力|麻)|看不见|还是(麻|没力|无力)|仍然")
# A past stroke told as history, its lasting deficit 'same as it has been, nothing new'.
_EV8_PAST_STROKE = re.compile(r"\b(had|has had|suffered) (his|her|my|their|a) stroke( in| last| back in| over| \w+ (months?|years?|weeks?) ago)\b")
_EV8_NOTHING_NEW = re.compile(r"\b(nothing new|same as (it has been|it was|before|always|ever)|no (new|change|different)|unchanged)\b|没(有)?(新|变化)|跟(以前|之前)一样")
_EV8_NEW_KEEP = re.compile(r"\b(new|sudden\w*|worse|worsen\w*|again|another|today)\b|突然|加重|又")
# Swollen neck glands or lymph nodes with a sore throat: no airway swelling.
_EV8_GLANDS = re.compile(r"\b(swollen|swelled|enlarged|up|puffy|big) (neck )?(glands|lymph nodes?|nodes)\b|\b(glands|lymph nodes?)( in (my|his|her|their|the) neck)?( are| is| have| has)?( gone| come)? (swollen|up|enlarged|puffy)\b"
                         r"|(颈|脖子|头颈|下巴)[^,.?!。，？！]{0,4}淋巴(结|核)?[^,.?!。，？！]{0,2}(肿|大|胀)|淋巴(结|核)[^,.?!。，？！]{0,2}(肿|大|胀)")
_EV8_THROAT_KEEP = re.compile(r"\b(can not swallow|could not swallow|drool\w*|can not open|tongue|lips?|struggl\w*|can not breathe|short of breath|difficulty breathing|stridor|muffled|"
                              r"hot potato|spit\w*)\b|吞不下|咽不下|吞唔落|流口水|舌|嘴唇|透不过气|呼吸困难|喘")
# A voice gone hoarse from using it or from a cold ('after a weekend shouting at the football', 唱K, 感冒).
_EV8_VOICE_USE = re.compile(r"\b(after|from|since|with)( \w+){0,4} (shouting|yelling|screaming|singing|cheering|chanting|talking|teaching|karaoke|a cold|the cold|a cough|flu)\b( \w+){0,4}"
                            r"|(喊|叫|唱|嗌|讲|感冒|咳)[^,.?!。，？！]{0,6}(之后|以后|后)|唱(k|歌)")
_EV8_ALLERGEN = re.compile(r"\b(ate|eating|eaten|sting|stung|bite|bitten|peanuts?|nuts?|shellfish|shrimp|prawns?|seafood|medicine|medication|antibiotics?|penicillin|"
                           r"drug|injection|shot|vaccine|allerg\w*|hives|wasp|bee|swell\w*|swollen|rash)\b|吃了|蛰|蜇|咬|打针|药|过敏|海鲜|花生|虾|蜂|疹|肿")
# Jerks or kicks in sleep, by day well ('his legs kick in his sleep', 睡着了腿一抽一抽的, 睡觉的时候手脚会突然抽一下).
_EV8_SLEEP_JERK = re.compile(
    r"\b(twitch\w*|jerk\w*|kick\w*|flinch\w*)( \w+){0,4} (in (his|her|my|their) sleep|while (asleep|sleeping)|when (asleep|sleeping)|as (i|he|she|they) (drop|drops|drift|drifts) off)\b"
    r"|(睡着|睡觉|入睡|瞓着|瞓觉|睡梦|睡)(了)?(的时候|时|中)?[^,.?!。，？！]{0,8}(一抽一抽|抽一下|抽一抽|抽动|突然抽|弹一下|踢)")
_EV8_DAY_WELL = re.compile(r"\b(fine|normal|well|ok|okay) (in the day|during the day|by day|in the daytime|otherwise)\b|\b(he|she|they) (does not|do not|did not) (know|remember|notice)\b"
                           r"|白天(都|也)?(好好|正常|没事|冇事|精神)|(自己|他|她|佢)(都)?(不晓得|不知道|唔知|不记得)")
_EV8_SEIZURE_KEEP = re.compile(r"\b(stiff\w*|rigid|eyes roll\w*|blue|grey|gray|froth\w*|foam\w*|wet (himself|herself|themselves)|bit (his|her|their) tongue|will not wake|can not wake|"
                               r"could not wake|unresponsive|not breathing|floppy|confus\w*)\b|僵|翻白眼|口吐白沫|吐白沫|叫不醒|唔醒|没反应|冇反应|发紫|发青|尿(了|湿)|咬(到|伤)?舌|迷糊")
# Throbbing of a hurt part told as 一抽一抽 (a finger caught in a door, a blood blister).
_EV8_THROB = re.compile(r"(一)?抽一抽(的|地|咁)?")
_EV8_INJURY = re.compile(r"夹(到|伤|了)|撞(到|伤)|割(到|伤)|切(到|伤)|刺(到|伤)|血泡|伤口|扭(到|伤)|牙|指甲|\b(throb\w*)\b")
# Déjà vu, rigors with a fever (打摆子), named as a worry of fits; the person otherwise fine.
_EV8_FIT_LOOKALIKE = re.compile(r"\bdeja ?vu\b|似曾相识|\b(rigors|shivering|shivers|teeth chattering)\b|打摆子|打冷颤|打冷战|打寒战|发冷哆嗦|寒战")
_EV8_FIT_WORRY = re.compile(r"\b((it|they|this|that|those|these) (can|could|might|may) be|read( \w+){0,3} (it|they) can be|is (it|this|that)|are (they|those|these)|"
                            r"worried (it is|they are)|scared (it is|they are))( \w+){0,2} (seizures?|fits?|epilep\w*)\b"
                            r"|(是不是|会不会|系唔系|係咪|系咪|是咪)(抽风|抽筋|癫痫|羊癫疯|羊痫疯|羊角风)")
# A known epileptic's usual short seizure, come round, breathing normally ('his normal pattern', 以前都系咁).
_EV8_EPILEPSY = re.compile(r"\bepilep\w*|\b(his|her|their|my) (tablets|meds|medication)\b|癫痫|羊癫疯|羊痫|羊癇|羊角风|脑痫|脑癇|癫癇")  # 脑痫: round 47f
# round 47f: the care plan's or the doctor's rule quoted ('no ambulance unless it is over 5 minutes', 少过五分钟又醒返就唔使叫救护车)
_R47F_CARE_PLAN = re.compile(
    r"[^.;!?\n]*\b(care plan|seizure plan|plan|card|neurologist|epilepsy nurse|doctor|gp|consultant)\b[^.;!?\n]{0,60}\b(no|not|don'?t|do not|only|unless)\b[^.;!?\n]{0,40}\b(ambulance|999|911|112|000)\b[^.;!?\n]*"
    r"|[^.;!?\n]*\b(no|don'?t|do not|only) (call (an |for an )?|ring (for )?(an )?)?(ambulance|999|911|112|000)( \w+){0,2} (unless|if)\b[^.;!?\n]*"
    r"|[^。？！；\n]*(医生|护士|计划|卡)[^。？！；\n]{0,16}(少过|少于|不到|未够|超过|唔够)(五|5)分钟[^。？！；\n]*(救护车|120|999|急诊)[^。？！；\n]*")
_EV8_USUAL = re.compile(r"\b(usual+|normal (short |brief |little )?(fit|fits|seizure|seizures|pattern|one|ones)|normal pattern|(his|her|their) normal|as (always|usual)|like (he|she|they) always|typical for (him|her|them)|same as always)\b"
                        r"|(以前|平时|一向)(都|也)?(系|是|係)(咁|这样|这)|跟(以前|平时)一样|老样子"
                        r"|(平时|平常|往常|一向|成日)(的|嘅|那|嗰|个|那种|嗰种|一样)")  # round 48f: 他平常那种发作
_EV8_SHORT = re.compile(r"\b(short|brief|quick|little|small)( \w+)? (seizure|fit|one|episode|absence)s?\b|很短|好短|短短|短暂|一阵|一会|"  # round 48f
                        r"\b(about |around |less than |under )?(a|one|1|2|two)[- ](minute|min)s?\b|\b\d{1,2} seconds\b|(一|1|两|2)分钟|几秒|一阵"
                        r"|(?<![\d一二三四五六七八九十])([1-9]\d?|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])秒")  # 四十秒: round 47f
_EV8_CAME_ROUND = re.compile(r"\b(came round|come round|came to|woke up|awake|recovered|breathing normal\w*|back to (himself|herself|normal))\b|醒(返|了|过来|翻)|清醒|记得"
                             r"|\b(himself|herself|themselves) again\b|(恢复|回复|返晒)正常|(已经|而家|现在)(都)?(正常|冇事|没事)")  # round 48f
# round 48f: 'himself again', 'back to normal again' are the recovery, not a second fit (read out of `_EV8_EPI_KEEP`)
_R48F_WELL_AGAIN = re.compile(r"\b(himself|herself|themselves|myself|normal|fine|well|ok|okay|awake) again\b")
_EV8_EPI_KEEP = re.compile(r"\b(first|another|second|again|more than (5|five)|over (5|five)|(5|five|ten|10) minutes|not (waking|breathing)|still (fitting|shaking|jerking)|"
                           r"blue|injur\w*|hit (his|her|their) head|pregnant|in the (bath|water|pool)|cluster)\b|第一次|又(发作|抽)|没醒|叫不醒|唔醒|不醒|受伤|撞到头|怀孕|超过|五分钟")
_EV8_TAKEN_TOO_MUCH = re.compile(r"\b(overdos\w*|too many|swallow\w*|extra|whole|all (of )?(his|her|their|the))\b|过量|吃多了|多吃了|吞了|整瓶|整盒")
# A sip of unrinsed dish-soap water, a lick of nappy cream, the person fine.
_EV8_HOUSEHOLD_BIT = re.compile(
    r"\b(a sip|a mouthful|a lick|a taste|a bit|a dab|a smear|licked|tasted)( \w+){0,4} (of )?(the )?(dish ?soap|washing[- ]up (liquid|water)|soapy water|sudocrem|nappy cream|"
    r"diaper cream|barrier cream|sun ?cream|suncream|moisturi[sz]er|lip balm|vaseline|bepanthen)\b"
    r"|(一口|一啖|几口|一小口|一点|舔了?一?(口|下)?)[^,.?!。，？！]{0,10}(洗洁精|洗碗|肥皂水|番枧|番梘|护臀膏|屁屁霜|润肤霜|面霜)")
_EV8_FINE_PERSON = re.compile(r"\b(fine|canny|laugh\w*|happy|playing|ok|okay|grand|right as rain|no bother)\b|人(没事|冇事|好好)|没事|冇事|好好")
# One extra or one wrong blood-pressure tablet, or a morning's tablets taken twice, the person well.
_EV8_BP_MED = re.compile(r"\b(amlodipine|ramipril|lisinopril|perindopril|losartan|candesartan|valsartan|irbesartan|felodipine|nifedipine|indapamide|statins?|"
                         r"blood pressure (tablets?|pills?|meds)|bp (tablets?|pills?|meds)|morning tablets|morning pills)\b|降压药|降壓藥|氨氯地平|络活喜|他汀")
_EV8_ONE_MORE = re.compile(r"\b(twice|instead of|by mistake|accidentally|an extra|one extra|double)\b|两片|多吃了一|又吃了一(片|粒|颗)")
_EV8_BP_KEEP = re.compile(r"\b(insulin|warfarin|digoxin|lithium|beta ?blockers?|atenolol|bisoprolol|propranolol|metoprolol|verapamil|diltiazem|flecainide|"
                          r"sleeping (pills|tablets)|opioids?|codeine|tramadol|whole|packet|box|bottle|handful|several|all of)\b|胰岛素|华法林|整瓶|整盒|一把")
_EV8_PILL_BOX = re.compile(r"\b(dosette|pill|tablet|weekly|daily) (box|boxes|organi[sz]er)\b|\bblister packs?\b|药盒")
# Asked whether to take one more tablet: nothing was taken.
_EV8_EXTRA_ASKED = re.compile(r"(要不要|要|该不该|应该|可不可以|可以|能不能)(再)?多吃一(颗|粒|片|次)(药)?(吗|嘛|呢)?\??|\b(should|can|shall) (i|we) (take|have) (an extra|another|one more)( \w+)?\??")
# A blood streak in the spit with a chest cold; a newborn's cord stump spotting.
_EV8_STREAK_SPIT = re.compile(r"\b(streak|streaks|fleck|flecks|speck|specks|spot|spots|tinge|bit|trace|thread)s? of blood in (my |the |his |her )?(spit|phlegm|sputum|mucus|snot)\b"
                              r"|痰(里|中|入面)(有)?(一点|少少|少量|几条)?(血丝|血)|血丝")
_EV8_COUGH_COLD = re.compile(r"\b(cough\w*|hacking|chest cold|cold|chesty|bronchitis)\b|咳|感冒")
_EV8_GI_KEEP = re.compile(r"\b(vomit\w*|threw up|throwing up|being sick|cupful|cups|lots of|clots?|coffee|black|bright red|mouthful)\b|呕|吐血|大口|一大口")
_EV8_CORD = re.compile(r"\b(cord stump|cord|umbilical( stump)?|belly button|navel)\b|脐带|肚脐|脐")
_EV8_CORD_KEEP = re.compile(r"\b(pregnant|weeks pregnant|soaking|pouring|won't stop|will not stop|keeps bleeding|red skin|spreading|smell\w*|pus|fever|temp of)\b|怀孕|流不停|红肿|脓|发烧")
# Low mood with harm denied in the first person ('I do not want to hurt myself'); 憋得慌 (pent-up) is no breathlessness.
_EV8_HARM_DENIED = re.compile(r"\bi (do not|did not|never) (want|wanted|plan|mean) to (hurt|harm|kill) myself\b|\bi (would|will) never (hurt|harm|kill) myself\b"
                              r"|\b(i am|i'?m|im) not (going|gonna) to (hurt|harm|kill) myself\b(,? never (have|would))?"  # round 47f
                              r"|(我)?(不会|唔会|没有|冇)(想不开|想唔开|伤害自己|寻短见|轻生)")
_EV8_PENT_UP = re.compile(r"(心里|心口)?憋(得|的)慌|憋屈|闷(得|的)慌|心里(很|好)?(堵|憋)")
_EV8_BREATH_KEEP = re.compile(r"\b(can not breathe|gasp\w*|blue|wheez\w*|struggl\w*)\b|喘不(过|上)气|透不过气|呼吸困难|上气不接下气|发紫")
# A panic attack told as over ('fine now', 'after I calmed down it all went'): the breathing it caused was the panic.
_EV8_PANIC = re.compile(r"\bpanic attacks?\b|\bhaving a panic\b|惊恐发作|恐慌发作|焦虑发作|惊恐症")
_EV8_PANIC_OVER = re.compile(r"\b(fine now|calmed down|all went|it went|went away|passed|settled|it stopped|back to normal|ok now|okay now)\b|好了|没事了|平静下来|冷静下来")
_EV8_PANIC_KEEP = re.compile(r"\b(blue|grey|gray|collaps\w*|passed out|still (can not|struggling|short|gasping)|crushing|asthma|inhaler|wheez\w*|chest pain|arm pain|jaw)\b"
                             r"|发紫|晕倒|还是(喘|透不过气)|胸痛|哮喘")
# Meningitis named as a worry ('网上说是脑膜炎', 'could it be meningitis') with its signs denied (脖子不硬, 没疹子, the head bends down).
_EV8_MEN_WORRY = re.compile(r"\b(is it|is this|could it be|could this be|worried it is|scared it is|google says|googled)( \w+){0,2} meningitis\b"
                            r"|(网上|网路|网络|百度|上网)(查)?(说|讲|话)?(是|系)?[^,.?!。，？！]{0,4}脑膜炎|(是不是|会不会|系唔系|系咪|是咪)脑膜炎")
_EV8_MEN_DENIED = re.compile(r"(脖子|颈|头颈)[^,.?!。，？！硬僵]{0,3}(不硬|不僵|没(有)?(僵|硬)|(?<![不没唔])(能|可以)(低|弯|转)|转得动|活动自如)|头(?<![不没唔])(能|可以)?低(得)?(下去|下来)|(?<![不没唔])(能|可以)低头"
                             r"|\bneck (moves|is|feels|bends) (fine|ok|okay|normal|freely)\b|\b(no|not a) (stiff neck|neck stiffness)\b|\bchin (to|on) (his |her |my |their )?chest\b"
                             r"|(没|冇|无)(有)?(发烧|疹子?)|\bno (rash|fever|temp)\b")
_EV8_MEN_KEEP = re.compile(r"\b(rash|spots|purple|light hurts|hurts? (his|her|my) eyes|confus\w*|drowsy|hard to wake|vomit\w*|"
                           # session 29 (blind49): chin to chest that CANNOT be done is the sign, not its denial
                           r"(can not|could not|unable to|will not|would not) (bend|touch|lower|put|get|bring|tuck|tilt))\b"
                           r"|疹|紫|怕光|畏光|灯(很|太|好)?(亮|刺眼)|硬得|迷糊|嗜睡|叫不醒|呕|低不下|弯不下|不能低|不能弯")
# Over-the-counter painkillers: a small total told (4 tablets or fewer), the day's limit quoted, no symptom.
_EV8_OTC_TOTAL = re.compile(r"\b(paracetamol|acetaminophen|tylenol|panadol|ibuprofen|nurofen|advil|painkillers?|lemsip|beechams|cold (and|&) flu( tablets?| capsules?)?)\b|止痛药|止痛片|头痛药|扑热息痛|布洛芬|必理痛|泰诺|普拿疼"
                            r"|对乙酰氨基酚|感冒(药|灵|片|胶囊)")  # round 48f: a cold remedy and a paracetamol together
_EV8_DAY_LIMIT = re.compile(r"\b(max|maximum|limit)( dose)?( is| of)? \d{1,2}( tablets| pills)?( a| per| in a| in 24 hours)( day)?\b|\bat \d{1,2}(:\d\d)?( ?(am|pm))?\b|(一天|每天)?最多[^,.?!。，？！]{0,6}")
_EV8_ZH_COUNT = re.compile(r"(?<![\d一二三四五六七八九十几])([一两二三四五六七八九十\d]{1,2})(颗|粒|片)")
# counts past ten in words, or the tablets taken with alcohol, are no small total
_EV8_BIG_OR_MIXED = re.compile(r"\b(eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|hundred|dozens?|a lot|lots|loads|bunch|vodka|alcohol|wine|beer|"
                               r"whisky|whiskey|gin|drunk|drinking|pints?)\b|酒")
_EV8_ZH_NUM = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


_R48F_MG = re.compile(r"(?<![\d.])(\d{2,5}) ?(mg|milligrams?|毫克)\b")
_R48F_ZH_MG_SMALL = re.compile(r"(一千|一千多|一千几|千多|几百|[一二两三四五六七八九]百|一千[一二三四五六七八九]百)(多)?毫克")
_R48F_ZH_MG_BIG = re.compile(r"([两二三四五六七八九几]千|[一二两三四五六七八九十几]万)(多|几)?毫克|\d(\.\d)? ?(g|grams?|克)\b")


def _ev8_small_otc_total(norm: str) -> bool:
    """Every painkiller count told (the day's limit and clock times aside) is 4 or fewer, in digits, words or hanzi."""
    masked = _EV8_DAY_LIMIT.sub(" , ", norm)
    if _TOTAL_TOLD_LARGE.search(masked):
        return False
    # round 48f: a day's total told in milligrams: up to 2000 mg (一千多毫克, 'about 1100mg') is small, more is not
    if any(int(m.group(1)) > 2000 for m in _R48F_MG.finditer(masked)) or _R48F_ZH_MG_BIG.search(masked):
        return False
    had_mg = bool(_R48F_MG.search(masked) or _R48F_ZH_MG_SMALL.search(masked))
    masked = _R48F_MG.sub(" , ", _R48F_ZH_MG_SMALL.sub(" , ", masked))
    zh = [int(m.group(1)) if m.group(1).isdigit() else _EV8_ZH_NUM.get(m.group(1), 99) for m in _EV8_ZH_COUNT.finditer(masked)]
    if zh:
        return max(zh) <= 4 and not re.search(r"整瓶|整盒|整板|一把|一大把|好多|很多|几十|十几|好几", masked)
    if _EV8_BIG_OR_MIXED.search(masked):
        return False
    if had_mg and not _EV4_COUNT.search(_EV4_NOT_AMOUNT.sub(" , ", masked)) and not _EV_MANY.search(masked):
        return True  # round 48f: 'a lemsip and then a paracetamol, about 1100mg total': the milligrams are the count
    return _ev4_counts_small(masked)


def _ev8_small_otc_case(norm: str) -> bool:
    """An adult's small total of ordinary painkillers or cold remedies, no symptom, intent, child or high-risk medicine."""
    return bool(_EV8_OTC_TOTAL.search(norm) and _ev8_small_otc_total(norm) and not _ev_said(norm, _EV_OD_SYMPTOM)
                and not _EV_INTENT.search(norm) and not _EV_CHILD.search(norm) and not _EV_HIGH_RISK_MED.search(norm) and not _EV8_BP_KEEP.search(norm))


def _ev8_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """EV8 families (everyday8, spent): the look-alike each everyday worry is misread by (see the patterns above)."""
    cats = {r.category for r in fired}
    ids = {r.id for r in fired}
    drop: set[str] = set()
    of = lambda *categories: {r.id for r in fired if r.category in categories}
    if "stroke" in cats:
        drop |= _ev3_masked_drop(norm, fired, _EV8_STROKE_VERB, "stroke")
        if _EV8_STROKE_WORRY.search(norm) and (_EV8_SIGNS_NORMAL.search(norm) or _EV8_POSTURE.search(norm)) and not _ev_said(norm, _EV8_STROKE_KEEP):
            joined = re.compile("|".join(p.pattern for p in (_EV8_STROKE_WORRY, _EV8_SIGNS_NORMAL, _EV8_POSTURE, _EV8_BACK_NORMAL)))
            drop |= _ev3_masked_drop(norm, fired, joined, "stroke", _EV8_STROKE_KEEP)
        if _EV8_POSTURE.search(norm) and _EV8_BACK_NORMAL.search(norm) and not _ev_said(norm, _EV8_STROKE_KEEP) \
                and ("stroke.named" not in ids or _EV8_STROKE_WORRY.search(norm)):
            drop |= of("stroke")
        if _EV8_PAST_STROKE.search(norm) and _EV8_NOTHING_NEW.search(norm) and not _ev_said(_EV8_NOTHING_NEW.sub(" , ", norm), _EV8_NEW_KEEP):
            joined = re.compile(_EV8_PAST_STROKE.pattern + "|" + _EV4_LABEL.pattern)
            drop |= _ev3_masked_drop(norm, fired, joined, "stroke", _EV8_STROKE_KEEP)
    if "anaphylaxis" in cats:
        drop |= _ev3_masked_drop(norm, fired, _EV8_GLANDS, "anaphylaxis", _EV8_THROAT_KEEP)
        if "anaphylaxis.voice_after_trigger" in ids and _EV8_VOICE_USE.search(norm) and not _ev_said(_EV8_VOICE_USE.sub(" , ", norm), _EV8_ALLERGEN):
            drop |= _ev3_masked_drop(norm, fired, _EV8_VOICE_USE, "anaphylaxis", _EV8_THROAT_KEEP)
    if "seizure" in cats:
        if _EV8_SLEEP_JERK.search(norm) and _EV8_DAY_WELL.search(norm):
            joined = re.compile(_EV8_SLEEP_JERK.pattern + "|" + _EV8_FIT_WORRY.pattern)
            drop |= _ev3_masked_drop(norm, fired, joined, "seizure", _EV8_SEIZURE_KEEP)
        if _EV8_THROB.search(norm) and _EV8_INJURY.search(norm):
            drop |= _ev3_masked_drop(norm, fired, _EV8_THROB, "seizure", _EV8_SEIZURE_KEEP)
        if _EV8_FIT_LOOKALIKE.search(norm) and _EV8_FIT_WORRY.search(norm):
            joined = re.compile(_EV8_FIT_LOOKALIKE.pattern + "|" + _EV8_FIT_WORRY.pattern)
            drop |= _ev3_masked_drop(norm, fired, joined, "seizure", _EV8_SEIZURE_KEEP)
        # round 47f: the care plan's or doctor's 'no ambulance unless over five minutes' is the rule quoted, not a long fit
        # (its sentence is read out of the keep signs); the plan stands for 'usual' too
        plan = _R47F_CARE_PLAN.search(norm)
        told = _R47F_CARE_PLAN.sub(" . ", norm)
        if _EV8_EPILEPSY.search(norm) and (_EV8_USUAL.search(norm) or plan) and _EV8_SHORT.search(told) and _EV8_CAME_ROUND.search(told) \
                and not _ev_said(_R48F_WELL_AGAIN.sub(" , ", told), _EV8_EPI_KEEP) and not _ev_said(told, _EV8_SEIZURE_KEEP):
            drop |= of("seizure")
            if plan and not _r44_still(told, "unconscious"):
                drop |= of("unconscious")  # 'or she does not come round' is the plan's words
            if not (_EV_TWICE.search(norm) or _EV_MANY.search(norm) or _EV_INTENT.search(norm) or _EV8_TAKEN_TOO_MUCH.search(norm)):
                drop |= ids & {"learned.overdose_poisoning", "similar.overdose_poisoning"}  # 'on her tablets' is the treatment
    if "overdose_poisoning" in cats:
        drop |= _ev3_masked_drop(norm, fired, _EV8_EXTRA_ASKED, "overdose_poisoning")
    if "overdose_poisoning" in cats and not _ev_said(norm, _EV_OD_SYMPTOM) and not _EV_INTENT.search(norm):
        if _EV8_HOUSEHOLD_BIT.search(norm) and _EV8_FINE_PERSON.search(norm):
            drop |= _ev3_masked_drop(_EV4_POISON_ASKED.sub(" , ", norm), fired, _EV8_HOUSEHOLD_BIT, "overdose_poisoning")
        if _EV8_BP_MED.search(norm) and _EV8_ONE_MORE.search(norm) and (_EV4_WELL.search(norm) or re.search(r"血压\s?1[0-3]\d/[5-8]\d", norm)) \
                and not _EV_CHILD.search(norm) and not _EV_MANY.search(_EV8_PILL_BOX.sub(" , ", norm)) and not _EV8_BP_KEEP.search(_EV8_PILL_BOX.sub(" , ", norm)):
            drop |= of("overdose_poisoning")
    if cats & {"gi_bleed", "bleeding"} and _EV8_STREAK_SPIT.search(norm) and _EV8_COUGH_COLD.search(norm) and not _ev_said(norm, _EV8_GI_KEEP):
        drop |= ids & {"gi_bleed.vomiting_blood", "similar.gi_bleed", "learned.gi_bleed"}
    if "pregnancy" in cats and _EV8_CORD.search(norm) and _EV_CHILD.search(norm) and not _ev_said(norm, _EV8_CORD_KEEP):
        drop |= of("pregnancy")
    if "suicide_self_harm" in cats and _EV8_HARM_DENIED.search(norm) and not _still_suicidal(_EV8_HARM_DENIED.sub(" , ", norm)):
        drop |= of("suicide_self_harm")
    if cats & {"breathing", "stroke"} and _EV8_PANIC.search(norm) and _EV8_PANIC_OVER.search(norm) and not _ev_said(norm, _EV8_PANIC_KEEP):
        drop |= {r.id for r in fired if r.category == "breathing"}
    if "meningitis" in cats and _EV8_MEN_WORRY.search(norm) and _EV8_MEN_DENIED.search(norm):
        joined = re.compile(_EV8_MEN_WORRY.pattern + "|" + _EV8_MEN_DENIED.pattern)
        drop |= _ev3_masked_drop(norm, fired, joined, "meningitis", _EV8_MEN_KEEP)
    if "meningitis" in cats and _EV8_MEN_DENIED.search(norm) and not _ev_said(_EV8_MEN_DENIED.sub(" , ", norm), _EV8_MEN_KEEP):
        drop |= _ev3_masked_drop(norm, fired, _EV8_MEN_DENIED, "meningitis", _EV8_MEN_KEEP)
    if "overdose_poisoning" in cats and _ev8_small_otc_case(norm):
        drop |= of("overdose_poisoning")
    if "breathing" in cats and _EV8_PENT_UP.search(norm):
        drop |= _ev3_masked_drop(norm, fired, _EV8_PENT_UP, "breathing", _EV8_BREATH_KEEP)
    return {r.id for r in fired if r.id in drop and r.level == EMERGENCY}


# TR36 (after blind36 / everyday10, spent): the shapes of message that named a red flag that is not happening now.
# Each family masks its look-alike and drops a category only when the rest of the message raises it no more (and,
# where named, says none of the category's keep signs).
# (1) An episode told as settled history, the person well now ('had anaphylaxis when he was little, he is 14 now and
# fine'; 我爷爷2018年中风过, 现在恢复得很好; 六周大时发烧住过院, 现在八个月长得很好), asking something practical.
_TR36_THEN = re.compile(
    r"\bwhen (he|she|i|they|you|we) (was|were) (little|small|young|younger|tiny|(a |an )?(baby|child|kid|toddler|teen\w*|student|newborn|infant|boy|girl)|"
    r"at (school|uni|university|college|primary|secondary)|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"( (years?|yrs?|months?|weeks?)( old)?)?\b"
    r"|\bas (a|an) (baby|child|kid|toddler|teen\w*|student|newborn|infant|young (man|woman|girl|boy))\b"
    r"|\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a few|a couple of|several|many|some) (years?|yrs?|months?) ago\b"
    r"|\b(in|back in|from|during) (19|20)\d\d\b|\blast year\b|\byears ago\b"
    r"|(19|20)\d\d年|[\d一二两三四五六七八九十几多]+年(前|以前)|多年前|好多年前|几年前|去年|前年|小时候|(上学|读书|念书|年轻|上中学|上小学|上大学)(的)?时(候)?"
    r"|(?<![现目])[\d一二两三四五六七八九十几半]+(个)?(周|星期|礼拜|月|岁)(半)?(大)?(的)?(时候|时|那年|那阵)|以前|之前|曾经|当年|那时(候)?"
    r"|(?<![现目])[\d一二两三四五六七八九十]+(个)?(岁|个月|周)(半)?[^,.;:?!\n，。；：？！]{0,6}过(一次|几次|两次|一回)")
_TR36_WELL_NOW = re.compile(
    r"\bnow (he|she|they|i|it) (is|are|am)( \d{1,2}| a teenager| at school| grown up)?( years old)?,?( and)? (fine|well|healthy|happy|grand|good|ok|okay|"
    r"thriving|doing (well|great|fine)|no more problems|completely fine|absolutely fine|perfectly fine|totally fine)\b"
    r"|\b(he|she|they|i) (is|are|am) (\d{1,2}|a teenager|grown up)( years old)? now,? and (fine|well|healthy|happy|grand|good|ok|okay|thriving|doing (well|great|fine))\b"
    r"|\bno (more|further) (problems|episodes|fits|seizures|attacks|reactions|trouble|issues)\b|\b(fine|well|healthy|no problems?|no trouble|nothing) (ever )?since\b"
    r"|\b(fully|completely|well) recovered\b|\brecovered (well|fully|completely)\b|\bdischarged\b"
    r"|\b(has|have|had) been (fine|well|ok|okay|good|great|settled)( for (years|ages|a long time|(\w+ )?(years|months)))\b|\b(well|fine) for (years|ages)( now)?\b"
    r"|现在[^,.;:?!\n，。；：？！]{0,8}(很好|挺好|好好的|都好|没事|健康|正常|不错)|(恢复|长|过)得(很|挺|都)?(好|不错)|早就好了|早(已|就)(康复|没事)"
    r"|(已经)?(好|很)?多年(都|也)?没(事|发作|再)|一直(都)?(很好|没事|没再)|再(也)?没(有)?(发作|犯|抽|发生)过|健健康康|康复了"
    # round 47m: 之后好混乱 ("very confused after") is no recovery: 好 must end the clause or be 好了/好返/好多了
    r"|(之后|后来|以后)(都|一直)?(好(?=了|返|番|晒|啦|翻|多了|$|[,.;:?!，。；：？！ |])|很好|没事|正常|没再)")
# A current episode told beside the history: again, today, this morning, just now, is having (又, 今天, 刚才, 现在又).
_TR36_NOW_AGAIN = re.compile(
    r"\b(again|today|tonight|this (morning|afternoon|evening)|right now|just now|at the moment|since (yesterday|last night|this morning)|"
    r"is having|are having|has just|keeps? (having|getting)|another (one|attack|episode|fit|seizure)|started|"
    r"just (ate|had|took|swallowed|fell|started|collapsed|passed out|went)|"
    r"now (he|she|they|i|it) (has|have|can not|keeps?|started|is (having|vomiting|bleeding|fitting|shaking|struggling|wheezing|swelling|not)))\b"
    r"|又|今天|今晚|今早|刚才|刚刚|正在|现在(又|开始|突然|还|在)|还在|再次|复发|这(次|两天|几天)")
# a clause, up to a turn in the story ('he is fine now but this morning ...', 现在很好, 但是刚才 ...)
_TR36_CLAUSE = r"(?:(?!\b(?:but|however|though|although|except|until)\b|但|可是|不过|结果|突然)[^,.;:?!\n，。；：？！])*"


def _tr36_residue_clear(piece: str) -> bool:
    """True when what is left of a message raises no emergency in any category, a named condition aside ('stroke
    support group' after the history): a sign of any kind left over keeps every finding (the masked clause may have
    held its subject, so no category is judged on its own)."""
    piece = re.sub(r" {2,}", " , ", piece)
    if lay_red_flags(piece) or assess_facts(extract_facts(piece)) or similar_red_flags(piece):
        return False
    hits = find_concepts(piece)
    return not any(r.level == EMERGENCY and _rule_fires(r, hits) and not all(c in CONCEPTS and CONCEPTS[c].named for c in r.all_of)
                   for r in RULES)


def _tr36_history(norm: str, fired: list[Rule]) -> set[str]:
    """(1) Every finding, when the message tells an episode only as settled history with the person well now."""
    if not (_TR36_THEN.search(norm) and _TR36_WELL_NOW.search(norm)) or _TR36_NOW_AGAIN.search(norm):
        return set()
    masked = re.sub(_TR36_CLAUSE + "(?:" + _TR36_THEN.pattern + ")" + _TR36_CLAUSE, " , ", norm)
    masked = re.sub(_TR36_CLAUSE + "(?:" + _TR36_WELL_NOW.pattern + ")" + _TR36_CLAUSE, " , ", masked)
    if _still_suicidal(masked) or not _tr36_residue_clear(masked):
        return set()
    return {r.id for r in fired}


# (2) What to do IF someone ever has it, asked for a plan, a number or a leaflet (要是哪天朋友跟我说不想活了, 我应该让他打哪个
# 电话; 'if a customer ever collapses, which number do we ring').
_TR36_IF_SOMEONE = re.compile(
    r"\bif (ever )?(someone|somebody|anyone|a person|one of (us|them|our \w+)|a (friend|mate|colleague|customer|client|guest|pupil|student|"
    r"worker|member|visitor|passenger|child|kid|neighbou?r|relative)|my (friend|mate|colleague|customer|client|pupil|student|neighbou?r|relative))\b"
    r"|(如果|要是|假如|万一|假设|若|如)(果)?(哪天|有一天|以后|将来|日后|有时)?(有)?(个)?(朋友|同事|同学|学生|有人|别人|人|家人|亲人|病人|顾客|客人|孩子|邻居|员工|工友)")
_TR36_PLAN_ASK = re.compile(
    r"\b(what (should|do|would|can|must) (i|we|they|you) do|which (number|phone|line|hotline)|who (should|do|can|would) (i|we|they) (call|ring|phone|contact)|"
    r"what number|leaflets?|posters?|how (should|do|can) (i|we) (help|respond|react|handle)|first aid)\b"
    r"|应该|应当|该怎么|怎么(处理|办|做|应对)|哪个电话|什么电话|几号电话|宣传单|单张|海报|传单|手册|急救")


def _tr36_if_someone(norm: str, fired: list[Rule]) -> set[str]:
    """(2) The findings told only inside an 'if someone ever ...' plan, asked for what to do or a leaflet."""
    if not (_TR36_IF_SOMEONE.search(norm) and _TR36_PLAN_ASK.search(norm)):
        return set()
    masked = re.sub("(?:" + _TR36_IF_SOMEONE.pattern + r")[^.;?!\n。；？！]*", " , ", norm)
    if _CURRENT_NOW.search(masked) or _lexicon("ACUTE_NOW").search(masked) or _still_suicidal(masked) or not _tr36_residue_clear(masked):
        return set()
    return {r.id for r in fired}


# (3) A suicidal phrase taken back as a joke in the same or the next sentence ('... haha. not literally', 开玩笑的啊, 讲笑啫).
_TR36_RETRACTED = re.compile(r"\b(not literally|just kidding|only kidding|i am kidding|i am joking|just joking|only joking|jk|not serious(ly)?|"
                             r"before anyone panics|joking,? obviously|obviously joking|(she|he|they) (is|was|were) (only |just )?joking)\b|讲笑(怎么|咋|啫|嘅|而已|罢了)|(开|讲|说)(玩)?笑(的|啦|而已|咋|啫|嘅|哈|啊|呢|罢了|喇)|(开|讲|说)(玩)?笑[)）]|不是认真的")
# the means told beside a joke or a denial ('... jk. but I did buy sleeping pills') keep the suicide findings
_TR36_MEANS = re.compile(r"\b(pills|tablets|sleeping|rope|noose|knife|blade|razor|bridge|ledge|roof|overdose|paracetamol|gun|note|goodbye|plan|stockpil\w*)\b"
                         r"|安眠药|药|绳|刀|天台|楼顶|桥|遗书|告别|计划|跳")
_TR36_NOT_JOKING = re.compile(r"\b(no,? seriously|but seriously|seriously though|for real|not a joke|no joke)\b|说真的|讲真|真的(很|好)?(痛|疼|难受)")
_TR36_JOKE_TURN = re.compile(r"\b(seriously|for real|actually|really|honestly|but|though|now|still)\b|真的|真系|认真|而家|现在|不过|但|可是|还")
_TR36_SENTENCE = re.compile(r"[^.;!?\n。；！？]*[.;!?\n。；！？]*")
# Harm denied in words the earlier families miss ('not having any thoughts of hurting myself', 'not thinking of doing
# anything daft').
_TR36_HARM_DENIED = re.compile(
    r"\b(not|no|never|nor|without) (having |had |got |getting )?(any )?(thoughts?|plans?|intentions?|urges?|wish) (of|about|to) (hurting|harming|killing|ending|hurt|harm|kill|end)\b( \w+){0,2}"
    r"|\bnot (thinking|planning|going|about) (of |on |to )?(doing|do) anything (daft|stupid|silly|drastic|rash)\b"
    r"|\b(i am|i'm|he is|she is) not (suicidal|going to (hurt|harm|kill) (myself|himself|herself))\b"
    r"|(没有|没|不会|并没有|从没|冇|唔会)(想过|想|打算|念头)?(要)?(伤害自己|自杀|轻生|寻死|想不开|做傻事)")


def _tr36_retracted(norm: str, raises) -> str:
    """The message with each sentence that takes something back as a joke masked, and the sentence before it when that
    one raises the flag (`raises`) and the retraction itself does not."""
    sentences = [m.group(0) for m in _TR36_SENTENCE.finditer(norm) if m.group(0)]
    out = list(sentences)
    for i, sentence in enumerate(sentences):
        found = list(_TR36_RETRACTED.finditer(sentence))
        if found:
            # up to the end of the clause that takes it back; a clause after it ('不过而家真系痛') is kept
            cut = re.search(r"[,，、]", sentence[found[-1].end():])
            end = found[-1].end() + cut.start() if cut else len(sentence)
            out[i] = " , " + sentence[end:]
            if i and raises(sentences[i - 1]) and not raises(_TR36_RETRACTED.sub(" , ", sentence[:end])):
                out[i - 1] = " , "
    return "".join(out)


def _tr36_joke_or_denial(norm: str, fired: list[Rule]) -> set[str]:
    """(3) Findings whose phrase is taken back as a joke ('... chest pain, 讲笑咋'), or suicide findings with harm denied
    in the first person."""
    if _NOT_JOKING.search(norm) or _TR36_NOT_JOKING.search(norm):
        return set()
    cats = {r.category for r in fired}
    drop: set[str] = set()
    if _TR36_RETRACTED.search(norm):
        for category in cats - {"suicide_self_harm"}:
            masked = _tr36_retracted(norm, lambda piece, c=category: _raises_category(piece, c))
            # what is left may have lost its subject ('... jk. but it is crushing now'): a turn or any sign keeps it
            if not _TR36_JOKE_TURN.search(masked) and _tr36_residue_clear(masked) and not _CURRENT_NOW.search(masked):
                drop |= {r.id for r in fired if r.category == category}
    if "suicide_self_harm" not in cats:
        return drop
    masked = _tr36_retracted(norm, _still_suicidal) if _TR36_RETRACTED.search(norm) else norm
    masked = _TR36_HARM_DENIED.sub(" , ", masked)
    if masked == norm or _still_suicidal(masked) or _TR36_MEANS.search(masked):
        return drop
    return drop | {r.id for r in fired if r.category == "suicide_self_harm"}


# (4) A limb numb from how it was held (slept on, trapped under a child, squatting, arms overhead, an elbow leant on) that
# came back, or a head rush on standing that passed in seconds, the stroke named only as someone's worry: the posture,
# the recovery and the signs said normal masked ('face and speech are totally normal', 脸不歪说话也清楚, 讲话走路都正常).
_TR36_POSTURE = re.compile(
    r"\b(slept|sleeping|lay|lying|laid|lain|leant|leaned|leaning|lean|resting|kneeling|knelt|squatting|squatted|crouch\w*|sat|sitting) (on|under|against|with) "
    r"(it|them|my|his|her|their|the)( \w+){0,3}\b|\b(trapped|pinned|squashed|stuck) under\b( \w+){0,4}"
    r"|\b(arms?|hands?) (above|over) (my|his|her|their) head\b( \w+){0,4}|\b(funny|awkward\w*) (position|angle)\b"
    r"|\b(lean|leans|leaning|leant|leaned|rest|rests|resting|rested|prop\w*) (my|his|her|their) (elbows?|arms?|wrists?) (on|against)\b( \w+){0,3}"
    r"|压(着|住|麻)|(压|枕)着?(胳膊|手臂|手|腿)|蹲(着|了|在)[^,.;:?!\n，。；：？！]{0,12}|跪(着|了)|(手|胳膊|手臂)(一直)?(举|抬)着|翘(着)?二郎腿|盘(着)?腿"
    r"|\b(sat|sitting|sit|sits) (cross-? ?legged|on (my|his|her|their) (foot|feet|legs?))\b|\bcross-? ?legged\b|\b(kneeling|knelt|squatting|squatted) (for|on)\b|盘腿|坐(在|喺)?(脚|腿)上|跪(坐|咗|了好)")  # round 50f
# back to normal told as complete ('came back after five minutes', 'totally back to normal', 甩甩就好了); 'slowly coming
# back' or 'pins and needles now' is no recovery yet (a weak arm on waking may be a stroke)
_TR36_LIMB_BACK = re.compile(
    r"\b(came|come|comes) back (after|within|in) (a|one|\d+|a few|a couple of|couple of|two|three|five|ten|fifteen|twenty) (minutes?|mins?|seconds?|secs?)\b"
    r"|\b((totally|completely|all|fully) )?back to normal\b|\bwent away\b|\bwore off\b|\bshook it (off|out)\b|\b(fine|normal) (now|again)\b"
    r"|\bon and off for (a|\d+|two|three|several) (days|weeks?)\b"
    r"|(就|便|才)(好|没事|冇事|缓过来|恢复|正常)(了)?|甩(一)?甩|现在一点事(都|也)?没有|现在(没事|冇事|正常|好了)|(返|回复|恢复)(晒|了)?正常"
    r"|\b(came|come|comes|coming) right\b|\bback to life\b|\b(stamp\w*|shak\w*|walk\w*) (it )?(about|off|out)\b")  # round 50f
_TR36_HEAD_RUSH = re.compile(
    r"\b(stand|stood|standing|get|got|getting) up (too )?(fast|quick\w*|suddenly)\b( \w+){0,8}|\b(everything|vision|it) (goes|went|going) (black|dark|grey|fuzzy)\b( \w+){0,4}"
    r"|(一|猛)?(站|蹲)起(来|身)[^,.;:?!\n，。；：？！]{0,4}(眼前(一)?(黑|发黑)|头晕|眼花)[^,.;:?!\n，。；：？！]{0,8}")
_TR36_SECONDS = re.compile(r"\b(few|\d+|a couple of|couple of|a few) (seconds|secs)\b|\bthen (ok|okay|fine)\b|几秒|一两秒|[\d一两二三]秒|扶着.{0,3}就好")
_TR36_SIGNS_NORMAL = re.compile(
    r"\b(my |his |her |their )?(face|smile|speech|talking|speaking|walking|words|balance|vision|grip)"
    r"((,| and) (my |his |her |their )?(face|smile|speech|talking|speaking|walking|words|balance|vision|grip|arms?|legs?))*"
    r"( is| are| was| were| seems?| looks?| sounds?)?( (totally|completely|perfectly|all|absolutely|quite|both))? (normal|fine|ok|okay|clear|good)\b"
    r"|(脸|嘴|面|说话|讲话|讲嘢|口齿|手脚|走路|行路|眼睛)(、|和|同|跟)?(脸|嘴|说话|讲话|讲嘢|口齿|手脚|走路|行路)?(也|都|亦)?(不歪|没歪|冇歪|清楚|清晰|正常|冇事|没事|好好|灵活)")
_TR36_STROKE_KEEP = re.compile(
    r"\b(droop\w*|slurr\w*|confus\w*|can not (speak|talk|lift|move|see|hold)|could not (speak|talk|lift|see)|still (weak|numb|dead|heavy|tingl\w*|droop\w*)|"
    r"one side of (my|his|her) face|vision|worst headache|sudden\w* (headache|weak\w*)|getting worse|now (it is |it's |still )?(weak|numb|heavy|dead|useless)|"
    r"(slowly|only just|partly|partially) (coming back|back))\b"
    r"|\b(face|speech|smile|words|speak\w*|talking funny|both (arms|legs|sides))\b"
    r"|嘴歪|口齿不清|说不出话|讲唔到嘢|半边(脸|面)|看不见|还是(麻|没力|无力)|越来越|脸|嘴|说话|讲话|口齿")


def _tr36_stroke_posture(norm: str, fired: list[Rule]) -> set[str]:
    """(4) Stroke findings for a limb numb from its posture that came back, or a head rush on standing gone in seconds."""
    if not any(r.category == "stroke" for r in fired):
        return set()
    posture = _TR36_POSTURE.search(norm) and _ev_said(norm, _TR36_LIMB_BACK)  # 'has not come back' is no recovery
    rush = _TR36_HEAD_RUSH.search(norm) and _ev_said(norm, _TR36_SECONDS)
    if not (posture or rush):
        return set()
    joined = re.compile("|".join(p.pattern for p in (_TR36_SIGNS_NORMAL, _TR36_POSTURE, _TR36_LIMB_BACK, _TR36_HEAD_RUSH, _EV8_STROKE_WORRY,
                                                         _TR36_OPINION_CLAUSE)))
    masked = joined.sub(" , ", norm)
    # the numbness stays in what is left (the posture explains it): only a keep sign, or for a head rush any sign, keeps it
    if _ev_said(_TR36_SIGNS_NORMAL.sub(" , ", norm), _TR36_STROKE_KEEP) or (not posture and not _tr36_named_only(masked, "stroke")):
        return set()
    return {r.id for r in fired if r.category == "stroke"}


def _tr36_named_only(piece: str, category: str) -> bool:
    """True when a piece raises `category` at most through a named-condition rule (the name voiced as someone's worry)."""
    if any(f.category == category for f in lay_red_flags(piece) + assess_facts(extract_facts(piece))):
        return False
    hits = find_concepts(piece)
    return not any(r.category == category and r.level == EMERGENCY and _rule_fires(r, hits)
                   and not all(c in CONCEPTS and CONCEPTS[c].named for c in r.all_of) for r in RULES)


# (5) A condition named only as someone's guess or worry ('my neighbour says it can be sepsis', 'she is convinced it is
# blood poisoning', 'wife says it is a fit', 同事说小心中风, 孙子说这叫抽风), the writer telling reassuring features: the
# opinion clause is masked and what is left must not raise the category beyond its name.
_TR36_OPINION_VERB = (r"\b(says|said|say|saying|thinks|thought|think|reckons|reckoned|convinced|adamant|insists|insisted|"
                      r"googled|read( something| up)?( about| that)?|joked|jokes|joking|heard)\b")
_TR36_OPINION_CLAUSE = re.compile(
    _TR36_OPINION_VERB + r"(?: [\w']+){0,6}? (?:" + _NAMED_CONCEPTS.pattern + r")"
    r"|(?:" + _NAMED_CONCEPTS.pattern + r")(?: \w+)? (posts?|articles?|scares?|stories|popped into my head)\b"
    r"|(非|开玩笑)?(说|讲|话|以为|觉得|担心|怕|怀疑|认为)(这|这个|这叫|是|系|会|可能|小心|别是|会不会|是不是|要)[^,.;:?!\n，。；：？！]{0,6}?(?:" + _NAMED_CONCEPTS.pattern + r")")
_TR36_FINE = re.compile(
    r"\b(fine|ok|okay|well|grand|normal|normally|clear|settled|better|eating|drinking|playing|running about|laughing|not spreading|no (fever|temp|temperature|rash|headache))\b"
    r"|没事|冇事|正常|清醒|清楚|精神|好(了|多了|点了)|(不|没|冇|无)(发烧|发热|痛|疼|吐|呕|红|肿)")
_TR36_OPINION_KEEP = re.compile(r"\b(having|right now|now (he|she|i) (is|can not)|collaps\w*|unconscious|not breathing|will not wake|can not wake)\b|正在|昏迷|叫不醒|不省人事")


# the signs that keep a category whose name was only someone's guess (the sign itself, told of the person now); built on
# first use, as some keep patterns are defined further down
@lru_cache(maxsize=1)
def _tr36_opinion_keeps() -> dict[str, re.Pattern]:
    return {
        "sepsis": re.compile(r"\b(confus\w*|mottled|blotchy|rash|breathless\w*|short of breath|struggling to breathe|can not (stand|get up)|not (passed|weed|peed|weeing|peeing)|"
                             r"purple|drowsy|really (unwell|ill)|very (unwell|ill)|worse|worst|vomit\w*|spreading|red streaks?|cold (hands|feet)|racing|shiver\w*|rigou?rs)\b"
                             r"|糊涂|迷糊|皮疹|疹|呼吸|站不|没(有)?尿|发紫|越来越|很差|呕|吐|扩散|红线|发抖"),
        "meningitis": re.compile(_EV8_MEN_KEEP.pattern + r"|\b(sleepy|stiff neck|neck (is )?stiff|not fad\w*|does not fade|not going away|blotch\w*)\b|脖子(硬|僵)|颈(硬|僵)|不褪"),
        "stroke": _TR36_STROKE_KEEP,
        "seizure": _TR36_FIT_KEEP,
        "overdose_poisoning": re.compile(_EV_OD_SYMPTOM.pattern + r"|\b(headache|dizzy|sick|vomit\w*|drowsy|sleepy)\b|头痛|头晕|想吐|呕"),
    }


# a rash said to fade under a glass: the rash and the test are the reassurance, not the sign
_TR36_GLASS_FADES = re.compile(r"\b(glass test|tumbler test|rash|spots|blotches)\b|玻璃杯|杯子|疹子?|红点")


def _tr36_opinion(norm: str, fired: list[Rule]) -> set[str]:
    """(5) Named-condition findings voiced only as someone's guess, the person described with reassuring features."""
    if not (_TR36_OPINION_CLAUSE.search(norm) and _TR36_FINE.search(norm)):
        return set()
    if any(_TR36_OPINION_KEEP.search(m.group(0)) for m in _TR36_OPINION_CLAUSE.finditer(norm)):
        return set()
    masked = _TR36_OPINION_CLAUSE.sub(" , ", norm)
    drop = set()
    keeps = _tr36_opinion_keeps()
    for category in {r.category for r in fired} & set(keeps):
        if _ev_said(_TR36_GLASS_FADES.sub(" , ", masked) if _BLANCHING_RASH.search(norm) else masked, keeps[category]):
            continue
        named = [r for r in fired if r.category == category]
        if _tr36_named_only(masked, category) and not similar_red_flags(masked) and not any(
                r.category == category for r in _learned_findings(masked)):
            drop |= {r.id for r in named}
    return drop


# (6) Mild or explained versions told with their ordinary features. Each names the look-alike, the findings it may
# drop and the signs that keep them (a keep sign counts unless a negation cue stands just before it in its clause).
# Pregnancy: a brief twinge brought on by a movement (rolling over, standing up, a sneeze), the baby moving as normal.
_TR36_MOVE_TWINGE = re.compile(
    r"\b(twinge|twinges|pain|pains|stitch|pulling|pull|ache|cramp|jab|stab)\b( \w+){0,8} (when|as|if|whenever|every time) (i|she|you) "
    r"(roll|rolls|turn|turns|stand|stands|get up|gets up|sit up|sits up|twist|twists|stretch|stretches|sneeze|sneezes|cough|coughs|laugh|laughs|move|moves|bend|bends)\b"
    r"|(翻身|起身|站起来|起床|打喷嚏|咳嗽|转身|弯腰|大笑)(的时候|时|一下)?[^,.;:?!\n，。；：？！]{0,6}(抽|扯|刺|痛|疼)")
_TR36_PREG_FINE = re.compile(r"\b(baby|bump)( is|'s)? (moving|kicking)( \w+){0,2} (normally|fine|as (normal|usual)|lots|well)\b|\bno (bleeding|blood|spotting|fluid|leaking)\b"
                             r"|胎动(正常|很好|好)|(没|冇|无)(有)?(出血|见红|流血)")
_TR36_PREG_KEEP = re.compile(r"\b(bleed\w*|blood|spotting|constant|all the time|getting worse|worse and worse|severe|agony|can not (stand|walk|move)|fever|waters|"
                             r"leaking|contractions?|headache|vision|swelling|faint\w*|dizzy|not moving|less movement|reduced movements?)\b"
                             r"|出血|见红|流血|一直痛|越来越|剧痛|破水|宫缩|头痛|眼花|晕|胎动(少|减少|没了)")


def _tr36_mild(norm: str, fired: list[Rule]) -> set[str]:
    """(6) Mild or explained versions of a category told with their ordinary features."""
    cats = {r.category for r in fired}
    of = lambda *categories: {r.id for r in fired if r.category in categories}
    drop: set[str] = set()
    if "pregnancy" in cats and _TR36_MOVE_TWINGE.search(norm) and _TR36_PREG_FINE.search(norm) and not _ev_said(norm, _TR36_PREG_KEEP):
        drop |= of("pregnancy")
    # One extra or a half blood-pressure tablet, taken twice or 'two in all', the person well (EV8's family in more words).
    if "overdose_poisoning" in cats and _EV8_BP_MED.search(norm) and _TR36_ONE_MORE.search(norm) and (_EV4_WELL.search(norm) or _TR36_FELT_FINE.search(norm)) \
            and not _EV_CHILD.search(norm) and not _EV_MANY.search(_EV8_PILL_BOX.sub(" , ", norm)) \
            and not _EV8_BP_KEEP.search(_EV8_PILL_BOX.sub(" , ", norm)) and not _ev_said(norm, _EV_OD_SYMPTOM) and not _EV_INTENT.search(norm):
        drop |= of("overdose_poisoning")
    # A child's one or two extra gummy or children's vitamins (three in all), the child playing and happy.
    if "overdose_poisoning" in cats and _TR36_KIDS_VITAMIN.search(norm) and _TR36_FEW_EXTRA.search(norm) and _TR36_CHILD_WELL.search(norm) \
            and not _TR36_IRON.search(norm) and not _ev_said(norm, _EV_OD_SYMPTOM) and not _EV_INTENT.search(norm) \
            and not _EV_MANY.search(_TR36_LABEL_SAYS.sub(" , ", norm)):
        drop |= of("overdose_poisoning")
    # Nobody has the sign ('没人喘不过气', 'no one is short of breath'): the sign told only as absent.
    for category in cats - {"suicide_self_harm"}:
        drop |= _ev3_masked_drop(norm, [r for r in fired if r.id not in drop], _TR36_NOBODY, category)
    # A fever idiom ('cabin fever', 'hay fever', 'World Cup fever') is no fever.
    for category in cats & {"infant_fever", "sepsis", "meningitis", "child_unwell"}:
        drop |= _ev3_masked_drop(norm, fired, _TR36_FEVER_IDIOM, category)
    # A hazard word quoted off a label or a delivery note, nobody hurt ('有毒化學品' on the manifest, 冇人出事).
    if _TR36_NOBODY_HURT.search(norm):
        for category in cats:
            drop |= _ev3_masked_drop(norm, fired, _QUOTED, category)
    return drop


_TR36_ONE_MORE = re.compile(r"\b(twice|instead of|by mistake|accidentally|an extra|one extra|double|half (a|an) (extra|tablet|pill))\b|(two|2) (in all|altogether|in total)\b"
                            r"|多吃了?(一|半|1)|又吃了?(一|半)(片|粒|颗)|多(吃|服)了?半(片|粒|颗)|一共(两|2)(片|粒|颗)")
_TR36_FELT_FINE = re.compile(r"没(觉得|感觉)(哪|哪里|有什么|什么)?(不舒服|不妥|异样)|冇(觉得|感觉)(边度)?唔舒服|\b(no|not any) (symptoms|side effects)\b|\bfeel(s|ing)? (totally |completely )?(fine|normal|ok|okay)\b")
_TR36_KIDS_VITAMIN = re.compile(r"\b(gumm(y|ies)|kids'?|children'?s|chewable)( \w+){0,2} (vitamins?|multivitamins?|vits)\b|\b(vitamin|multivitamin) (gumm(y|ies)|sweets)\b|(儿童|小儿|宝宝)(维生素|维他命|复合维生素)|(维生素|维他命)软糖")
_TR36_FEW_EXTRA = re.compile(r"\b(one|two|1|2|a couple of|an) (extra|more)\b|\b(one|two|1|2) (gumm(y|ies)|vitamins?|tablets?|sweets)( \w+)? (extra|more|too many)\b|\b(2|3|two|three) (in )?total\b"
                             r"|多吃了?(一|两|二|1|2)(粒|颗|个|片)|一共(两|三|2|3)(粒|颗|个|片)")
_TR36_CHILD_WELL = re.compile(r"\b(playing|happy|running around|running about|fine|her usual self|his usual self|eating|laughing)\b|玩|开心|没事|正常|精神")
# the dose the box or label gives ('box says 1 per day') is no amount taken
_TR36_LABEL_SAYS = re.compile(r"\b(the )?(box|packet|bottle|label|tub|pack|leaflet|instructions?)( \w+)? (says?|said|recommends?)\b( \w+){0,5}|(盒子|包装|说明书|瓶子)(上)?(写|说)[^,.;:?!\n，。；：？！]*")
_TR36_IRON = re.compile(r"\b(iron|ferrous)\b|铁")
# 'nobody is short of breath', 没人喘不过气 (the sign told of no one); never 'nobody would miss me' (suicide is not judged here)
_TR36_NOBODY = re.compile(r"(没(有)?人|冇人|无人)(有|在|会|觉得)?(喘|透不过|呼吸|晕|吐|呕|痛|疼|发烧|出血|抽)[^,.;:?!\n，。；：？！]{0,8}"
                          r"|\b(nobody|no one|no-one|none of us) (is|was|has|had|got|feels?|felt|seems?)( \w+){0,4}")
_TR36_FEVER_IDIOM = re.compile(r"\b(cabin|spring|hay|world cup|football|election|wedding|christmas|festival|gold|saturday night|disco) fever\b|\bfever (pitch|dream)\b")
_TR36_NOBODY_HURT = re.compile(r"\b(nobody|no one|no-one) (is |was |got )?(hurt|ill|sick|injured|affected|exposed)\b|\bno one has (touched|swallowed|drunk|opened) it\b"
                               r"|(没|冇|无)(有)?人(出事|受伤|中毒|碰过|喝过|不舒服)")


# (7) Chest pain with its ordinary cause told: brought on by a movement, a press on the spot or a cough (after lifting,
# painting overhead, a week of coughing, 扛, 一按就疼, 咳的时候痛); a tight chest in a row or a fright that settled; the
# old heartburn back after meals; an appointment about an old complaint. A red-flag feature told (sweating, breathless,
# arm or jaw, crushing, on exertion) keeps it.
_TR36_CHEST_MOVE = re.compile(
    r"\b(when|if|as|whenever|every time) (i|he|she|you|they) (twist|turn|reach|lift|press|push|pick|bend|move|stretch|cough|roll|sneeze|breathe in|take a (deep )?breath)\w*\b"
    r"|\b(only|mainly|just) (when|if) (i|he|she|you) \w+|\b(sit|sitting|stay|keep) still\b( \w+){0,3} (it )?(goes|stops|eases|settles)\b"
    r"|(一|用手)?(按|撳|揿|禁)(着|下去|一下|到)?(就|会|都)?(疼|痛)|深吸(一口)?气[^,.;:?!\n，。；：？！]{0,4}(疼|痛)|咳(的时候|嗽的时候|起来|嗽时|一下)[^,.;:?!\n，。；：？！]{0,6}(疼|痛)|(转身|扭身|弯腰|抬手)[^,.;:?!\n，。；：？！]{0,4}(疼|痛)")
_TR36_CHEST_CAUSE = re.compile(
    r"\b(painting|decorating|lifting|lifted|carrying|carried|hunched|moving (house|furniture)|gym|workout|weights|press-?ups|push-?ups|coughing|cough|cold|flu|"
    r"chest infection|twisted|pulled a muscle|strain\w*|fell|fall|knock\w*|boxes|parcels|heavy)\b"
    r"|扛|搬|提|抬|咳嗽|感冒|闪着|拉伤|扭(到|伤)|撞到|摔")
_TR36_CHEST_STRESS = re.compile(r"\b(stress\w*|anxious|anxiety|panic\w*|argument|row|rowing|shouted|shouting|screaming|kicked off|angry|upset|nervous|scared|fright)\b"
                                r"|吵架|紧张|焦虑|生气|被骂|吓(到|坏|了)|惊")
_TR36_CHEST_SETTLED = re.compile(r"\b((it|that|everything|it all) )?(settled|passed|went away|calmed down|eased( off)?)\b|\b(fine|ok|okay|normal) now\b|(就|便)?(好了|没事了|平复了|缓过来)|现在(没事|正常|好了)")
_TR36_BACK_AGAIN = re.compile(r"\b(is|'s|are|was|came|come|comes|coming) back\b|\b(arms?|hands?) (above|over) (my|his|her|their) head\b|\breach(ing)? up\b")
_TR36_CHEST_EXERTION = re.compile(r"\b(walk\w*|stairs|hill\w*|exercis\w*|exert\w*|running|jogging)\b( \w+){0,3} (bring\w* it on|brings it on|makes it worse|it (gets|got) worse)\b"
                                  r"|\b(on|with) (exertion|walking|the stairs)\b|走路(就|会)?(痛|疼|闷)|爬楼(就|会)?(痛|疼|闷)|一动就(痛|疼|闷|喘)")
_TR36_ADMIN_ABOUT = re.compile(
    r"\b(appointments?|appt|clinic|review|check-?up|follow[- ]?up|referral|scan|tests?)\b( [\w']+){0,5}? (about|for|regarding|re|on) (his|her|my|their|the|our) "
    r"(old|usual|long[- ]?standing|ongoing|previous|past|recurring|known|same)\b[^,.;:?!\n]*")


def _tr36_chest(norm: str, fired: list[Rule]) -> set[str]:
    """(7) Chest-pain findings with an ordinary cause told and no red-flag feature."""
    cats = {r.category for r in fired}
    if not cats & {"chest_pain", "overdose_poisoning"}:
        return set()
    of = lambda *categories: {r.id for r in fired if r.category in categories}
    plain = _TR36_BACK_AGAIN.sub(" , ", _TR36_SIGNS_NORMAL.sub(" , ", norm))
    keep = _ev_said(plain, _EV_CHEST_SEVERE) or _TR36_CHEST_EXERTION.search(norm)
    drop: set[str] = set()
    if "chest_pain" in cats and not keep:
        if _TR36_CHEST_MOVE.search(norm) and _TR36_CHEST_CAUSE.search(norm):
            drop |= of("chest_pain")
        if _TR36_CHEST_STRESS.search(norm) and _ev_said(norm, _TR36_CHEST_SETTLED) and not _STILL_NOW.search(_TR36_CHEST_SETTLED.sub(" , ", norm)):
            drop |= of("chest_pain")
        if _EV_BURNING.search(norm) and _EV_REFLUX_FEATURE.search(norm) and not _ev_said(norm, _EV_EXERTION, _EV_NOT_ON_EXERTION):
            drop |= of("chest_pain")
        if _TR36_ADMIN_ABOUT.search(norm):
            masked = _TR36_ADMIN_ABOUT.sub(" , ", norm)
            if not _CURRENT_NOW.search(masked) and _tr36_residue_clear(masked):
                drop |= of("chest_pain")
    # Heartburn after a meal with a drink or two told as its cause: the drinks are no overdose.
    if "overdose_poisoning" in cats and _EV_BURNING.search(norm) and _EV_REFLUX_FEATURE.search(norm) and _TR36_DRINKS.search(norm) \
            and not _TR36_MED_TAKEN.search(norm) and not _ev_said(norm, _EV_OD_SYMPTOM) and not _EV_INTENT.search(norm) and not _EV_CHILD.search(norm):
        drop |= of("overdose_poisoning")
    return drop


_TR36_DRINKS = re.compile(r"\b(beers?|pints?|lagers?|wine|glass(es)? of|bottles? of (beer|wine|lager|cider)|ciders?)\b|啤酒|(一|两|二|三|几|[\d])(瓶|罐|杯|扎)(\w{0,4})?(乌苏|啤|酒|青岛|雪花|哈啤)|喝(了)?(点|几杯|两杯|一杯)?酒")
_TR36_MED_TAKEN = re.compile(r"\b(took|taken|swallowed|had|ate) (\w+ ){0,3}(tablets?|pills?|capsules?|meds|medication|paracetamol|painkillers?)\b|(吃|服|吞)(了|咗)?[^,.;:?!\n，。；：？！]{0,6}(片|粒|颗|安眠药|止痛药)")


# (8) Look-alikes of a fit: a jump or kick as one drops off to sleep; shivering with a fever, awake the whole time; a
# faint at a blood donation or a needle with a few jerks, come round in a minute; a teenager zoning out who snaps out of
# it when tapped; a toddler's breath-holding in a tantrum, come round at once. A fit's own signs keep them.
_TR36_SLEEP_START = re.compile(r"\b(dropping|drifting|falling|nodding) off\b|\bas (i|he|she|they) (drop|drift|fall|nod) off\b|\bjust (dropped|fell|drifted|nodded) (off|asleep)\b"
                               r"|\b(falling|dropping) asleep\b|刚(要)?睡着|快(要)?睡着|入睡(时|的时候)|刚(躺下|睡)")
_TR36_JUMP = re.compile(r"\b(jump\w*|jerk\w*|kick\w*|twitch\w*|startl\w*|(missed|miss|missing) a step|falling sensation)\b|蹬|踩空|抽(一下|动)|弹(一下|起来)")
_TR36_RIGOR = re.compile(r"\b(shiver\w*|the shakes|teeth (were |are |was )?chattering|chattering teeth|rigou?rs)\b|发抖|打颤|打冷颤|打冷战|打寒战|寒战|打哆嗦|牙齿[^,.;:?!\n，。；：？！]{0,4}(打颤|打架|咯咯|格格)")
_TR36_AWARE = re.compile(r"\b(awake|aware|conscious|talking|answering|knew what was going on)( \w+){0,2} (the whole time|throughout|all the time|all along|the entire time)\b"
                         r"|\bi was (awake|conscious|aware)\b|人[很都也一直]{0,3}清醒|意识(很|都)?清(楚|醒)|一直(都)?清醒|知道(发生)?什么"
                         r"|(一直|会|还会|都会|还能)(跟|和|同)(我|我们|人)(说话|讲话|讲嘢)|眼神(也|都)?正常|眼睛(也|都)?(有)?(看|望)(着)?(我|人)")
_TR36_FAINT = re.compile(r"\b(faint\w*|passed out|blacked out|keeled over)\b|晕倒|昏倒|晕了|晕过去|晕低")
_TR36_VASOVAGAL = re.compile(r"\b(blood (test|donation|draw|sample)s?|giving blood|donat\w* blood|gave blood|needles?|jabs?|injections?|sight of blood|squeamish)\b"
                             r"|捐血|献血|抽血|验血|打针|怕针|晕针|晕血|见血")
_TR36_ROUND_SOON = re.compile(r"\b(came|come|comes) (round|to)( \w+){0,2} (straight away|at once|quickly|immediately|in (a|one|\d+) (minute|min|few seconds|seconds))\b"
                              r"|\b(in|within|after) (a|one|\d+|a few) (minute|min|seconds?)\b|(一|1|几|半)(分钟|秒(钟)?)(就|便)?(醒|好|回过神)|马上(就)?(醒|好|缓过来)")
# after an operation, on chemotherapy, with a catheter, newly delivered, or a baby: shivering with a fever is no GP matter
_TR36_SEPSIS_RISK = re.compile(r"\b(operation|surgery|op|post[- ]?op|chemo\w*|c-?section|caesarean|catheter|gave birth|given birth|newborn|baby|infant|immun\w*|steroids?|dialysis)\b"
                               r"|手术|开刀|化疗|剖腹产|剖宫产|导尿管|生完|产后|新生儿|宝宝|婴儿|免疫")
_TR36_ZONE = re.compile(r"\bzon(es|ed|ing) out\b|\bstar(es|ed|ing) (into space|blankly|off)\b|\bdaydream\w*\b|走神|发呆|发愣|放空")
_TR36_SNAPS = re.compile(r"\bsnap(s|ped)? out of it\b|\b(responds?|answers?|comes back|snaps? back)( \w+){0,2} (when|if|as soon as|the second|the moment) (you|i|we|someone)\b"
                         r"|(一)?(叫|拍|碰)(他|她|一下)?就(应|回神|醒|反应)")
_TR36_BREATH_HOLD = re.compile(r"\b(held|holds|holding) (his|her|their) breath\b|\bbreath[- ]holding\b|\btantrum\b|哭到(没气|背过气|憋气|断气)|憋气|发脾气")
_TR36_CARRIED_ON = re.compile(r"\b(came|comes|come) round (straight away|at once|quickly|immediately|right away)\b|\b(carried|carries|went) on (crying|screaming|playing)\b"
                              r"|马上(醒|缓过来|哭出来|哭)|(接着|继续)(哭|闹|玩)")
_TR36_FIT_KEEP = re.compile(r"\b(stiff\w*|rigid|eyes roll\w*|froth\w*|foam\w*|wet (himself|herself|themselves|myself)|bit (his|her|their|my) tongue|will not wake|can not wake|"
                            r"could not wake|unresponsive|not breathing|still (blue|floppy|jerking|shaking|not)|more than (a|one|two|\d) minutes?|over (a|one|two|\d) minutes?|"
                            r"injur\w*|hit (his|her|my|their) head|confus\w*|drowsy after)\b"
                            r"|僵|翻白眼|口吐白沫|吐白沫|叫不醒|唔醒|没反应|冇反应|发紫|发青|尿(了|湿)|咬(到|伤)?舌|迷糊|撞到头|超过")


def _tr36_fit_lookalike(norm: str, fired: list[Rule]) -> set[str]:
    """(8) Findings of a fit look-alike (sleep start, rigors awake, a faint at a needle, zoning out, breath-holding)."""
    cats = {r.category for r in fired}
    of = lambda *categories: {r.id for r in fired if r.category in categories}
    if _ev_said(norm, _TR36_FIT_KEEP):
        return set()
    drop: set[str] = set()
    rigors = bool(_TR36_RIGOR.search(norm) and _TR36_AWARE.search(norm))
    explained = rigors
    if (_TR36_SLEEP_START.search(norm) and _TR36_JUMP.search(norm)) or rigors or (_TR36_ZONE.search(norm) and _TR36_SNAPS.search(norm)):
        drop |= of("seizure")
        explained = True
    if _TR36_FAINT.search(norm) and _TR36_VASOVAGAL.search(norm) and _TR36_ROUND_SOON.search(norm):
        drop |= of("seizure")
        drop |= _ev3_masked_drop(norm, fired, _TR36_VASOVAGAL, "bleeding")  # a blood donation is no bleed
        explained = True
    if _TR36_BREATH_HOLD.search(norm) and _TR36_CARRIED_ON.search(norm) and _EV_CHILD.search(norm):
        drop |= of("seizure", "breathing", "child_unwell")
        explained = True
    if rigors and not _ev_said(norm, _EV_SEPSIS_KEEP) and not _TR36_SEPSIS_RISK.search(norm):
        drop |= of("sepsis")  # shivering with a fever, clear-headed the whole time: a fever to see a GP about
    if explained:
        # the look-alike explains the message: the learned net's guesses at other categories, backed by nothing else, go too
        left = [r for r in fired if r.id not in drop]
        backed = {r.category for r in left if not r.id.startswith("learned.")}
        drop |= {r.id for r in left if r.id.startswith("learned.") and r.category not in backed and not _raises_category(norm, r.category)}
    return drop


# (9) Everyday worries with their reassuring features told: a poisoning asked about with the person well (is this food
# poisoning? 是不是中毒); a low sugar treated and back up (十分钟后6.2, 人好了); heartburn in pregnancy; a lip numb the same day
# after a dental injection; a headache in the sun with no fever and the neck bending; a friend's case of meningitis in
# hospital, the writer a contact; a blocked nose at night, fine all day; a little breathless in a stuffy room, normal
# after sitting; a mouth bitten or gums bleeding that stopped; a knock with a daze of a second or two, walking and talking.
_TR36_POISON_Q = re.compile(r"\b(could|can|would|might|will|did) (it|this|that|the \w+|\w+) (have )?poison\w*( (her|him|me|them|us))?\b|\bis (this|it|that) (a )?(poison\w*|food poisoning)\b"
                            r"|(是不是|会不会|算不算|有没有|系唔系|会唔会)(食物)?中毒|中毒(了)?(吗|么|嘛)")
_TR36_SUGAR_TAKEN = re.compile(r"(喝|吃|食|饮)(了|咗)?[^,.;:?!\n，。；：？！]{0,4}(糖水|糖|果汁|可乐|葡萄糖|饼干|面包|馕)|" + _EVI_SUGAR_TAKEN.pattern)
_TR36_LATER_READING = re.compile(r"(?:(?:分钟|分鐘|mins?|minutes) ?(?:后|以后|later)|\bthen|\bafter (?:that|\d+ (?:mins?|minutes))|\bnow|现在|而家|升到|回到)"
                                 r"(?: it| she| he| her \w+| his \w+)?(?: was| is| read| reads| came back| had gone up to| went up to)?:? ?(?:到|咗|了)?(\d{1,2}\.\d)(?![\d.])")
_TR36_PERSON_WELL = re.compile(r"人(就)?好了|好返|没事了|冇事了|精神(了|返)|\b(back to (normal|herself|himself)|feels? (fine|normal|better)( now)?|fine now|ok now|okay now)\b")
_TR36_SUN = re.compile(r"\b(sun|sunny|heat|hot day|in the heat|dehydrated)\b|晒|太阳|中暑|暑")
_TR36_NO_FEVER = re.compile(r"\bno (fever|temp|temperature)\b|\b(temp|temperature) (is |was )?normal\b|(不|没|冇|无)(有)?(发烧|发热)|体温正常")
_TR36_IMPROVING = re.compile(r"\b(better|easing|eased|improving|settling)\b|好(点|些|多)了|好转|舒服(点|些|多)了")
_TR36_CASE_AWAY = re.compile(r"\b(diagnosed with|in hospital with|admitted with|being treated for|has got|caught)\b( \w+){0,2} (?:" + _NAMED_CONCEPTS.pattern + r")[^,.;:?!\n]*"
                             r"|(确诊|诊断)(了|为|是)?[^,.;:?!\n，。；：？！]{0,4}(?:" + _NAMED_CONCEPTS.pattern + r")[^,.;:?!\n，。；：？！]*")
_TR36_IN_CARE = re.compile(r"\b(in hospital|admitted|on antibiotics|gave (\w+ ){0,2}antibiotics|being treated)\b|住院|入院|打抗生素|在医院")
_TR36_NOSE_NIGHT_ONLY = re.compile(r"\bfine (all day|during the day|in the day|by day|in the daytime)\b|白天(都|也)?(没事|正常|好好|冇事)")
_TR36_BIT_BREATHLESS = re.compile(r"\b(a (bit|little)|slightly|abit) (out of breath|breathless|puffed|winded|short of breath)\b|有点(喘|气促|气短|透不过气)|有些喘")
_TR36_RESTED_FINE = re.compile(r"(坐|休息|歇|站)[^,.;:?!\n，。；：？！]{0,6}(分钟|一会儿?|一下|一阵)?(就|便)?(好|正常|没事|冇事|缓过来|恢复)"
                               r"|\b(sat|sitting|rested|resting|a rest)( down)?( \w+){0,4} (and )?(it )?(settled|passed|went|eased|was fine|back to normal)\b")
_TR36_BREATH_KEEP = re.compile(r"\b(blue|grey|gray|lips|chest pain|wheez\w*|can not (speak|talk|breathe)|still|worse|gasp\w*|faint\w*)\b|发紫|发青|嘴唇|胸痛|哮鸣|说不出话|还是喘|越来越")
_TR36_MOUTH_CUT = re.compile(r"(咬|磕|刮|割|撞|啃)(破|伤|到|穿)(了)?[^,.;:?!\n，。；：？！]{0,4}(嘴|舌|唇|口腔|腮|牙肉|牙龈)|\b(bit|bitten|bite|cut|split|caught) (the inside of )?(my|his|her|their) (tongue|lip|cheek|mouth|gum)s?\b"
                             r"|牙龈[^,.;:?!\n，。；：？！]{0,6}(出|流|有)(了)?(点|些|一点|少少)?血|刷牙[^,.;:?!\n，。；：？！]{0,6}(出|流|有)(了)?(点|些|一点)?血")
_TR36_MISTAKEN = re.compile(r"(还|我)?以为(是)?[^,.;:?!\n，。；：？！]{0,8}|\b(thought|think) (it was|i was|he was|she was)( \w+){0,3}")
_TR36_MOUTH_KEEP = re.compile(r"\b(vomit\w*|throw\w* up|being sick|cough\w* (up )?blood|black|tarry|won't stop|will not stop|still (bleeding|pouring)|cupful|lots of blood)\b"
                              r"|呕|咳血|咯血|黑便|止不住|还在流|一直流|大口")
_TR36_DAZE = re.compile(r"(懵|晕|愣|蒙)[^,.;:?!\n，。；：？！]{0,3}(了)?(一两秒|几秒|一下|[\d一两二三]秒)|\b(dazed|stunned|seeing stars|saw stars)( \w+){0,2} (for )?(a (second|sec|moment)|a few seconds)\b")
_TR36_WALK_TALK = re.compile(r"能走能说|走路说话(都)?(正常|没事)|(说话|讲话)(走路)?(都|也)?(正常|清楚)|\b(walking and talking|talking and walking)( \w+){0,2} (fine|normally|ok|okay)\b")


def _tr36_everyday(norm: str, fired: list[Rule]) -> set[str]:
    """(9) Everyday worries told with their reassuring features (see the patterns above)."""
    cats = {r.category for r in fired}
    of = lambda *categories: {r.id for r in fired if r.category in categories}
    drop: set[str] = set()
    if "overdose_poisoning" in cats and _TR36_POISON_Q.search(norm) and _TR36_FINE.search(norm) and not _EV_INTENT.search(norm):
        pattern = re.compile(_TR36_POISON_Q.pattern + "|" + _TR36_SHOP_MUSHROOM.pattern)
        drop |= _ev3_masked_drop(norm, fired, pattern, "overdose_poisoning", _EV_OD_SYMPTOM)
    if "diabetic" in cats and _TR36_SUGAR_TAKEN.search(norm) and _TR36_PERSON_WELL.search(norm) and not _ev_said(norm, _EVI_HYPO_KEEP):
        later = [float(m.group(1)) for m in _TR36_LATER_READING.finditer(norm)]
        if later and 4.0 <= later[-1] <= 15:
            drop |= of("diabetic")  # EVI's treated-hypo family, the later reading told in more words
    if "pregnancy" in cats and _EVI_HEARTBURN.search(norm) and not _ev_said(norm, _TR36_PREG_KEEP):
        drop |= {r.id for r in fired if r.category == "pregnancy" and r.id.startswith(("learned.", "similar."))}
    if "stroke" in cats and _lexicon("LOCAL_ANAESTHETIC").search(norm) and re.search(r"今天|今早|小时|\b(today|this morning|hours? ago|\d+ hours)\b", norm) \
            and not _ev_said(norm, _TR36_DENTAL_KEEP):
        drop |= of("stroke")
    if "meningitis" in cats and _EV8_MEN_DENIED.search(norm) and _TR36_NO_FEVER.search(norm) and _TR36_IMPROVING.search(norm) \
            and not _ev_said(_TR36_SUN_GLARE.sub(" , ", norm) if _TR36_SUN.search(norm) else norm, _EV8_MEN_KEEP):
        drop |= of("meningitis")
    if "meningitis" in cats and _TR36_CASE_AWAY.search(norm) and _TR36_IN_CARE.search(norm):
        masked = _TR36_CASE_AWAY.sub(" , ", norm)
        if not _CURRENT_NOW.search(masked) and _tr36_residue_clear(masked):
            drop |= of("meningitis")
    if "breathing" in cats and _EV_NOSE.search(norm) and _TR36_NOSE_NIGHT_ONLY.search(norm) and not _ev_said(norm, _TR36_NOSE_KEEP):
        drop |= of("breathing")
    if "breathing" in cats and _TR36_BIT_BREATHLESS.search(norm) and _TR36_RESTED_FINE.search(norm) and not _ev_said(norm, _TR36_BREATH_KEEP):
        drop |= of("breathing")
    if cats & {"gi_bleed", "bleeding"} and _TR36_MOUTH_CUT.search(norm) and not _ev_said(_TR36_MISTAKEN.sub(" , ", norm), _TR36_MOUTH_KEEP):
        drop |= of("gi_bleed", "bleeding")
    if "head_injury" in cats and _TR36_DAZE.search(norm) and _TR36_WALK_TALK.search(norm):
        drop |= _ev3_masked_drop(norm, fired, _TR36_DAZE, "head_injury")
    return drop


# a little light-shy in bright sun (有点怕光 after a day outdoors) is the glare, not meningism
_TR36_SUN_GLARE = re.compile(r"(有点|有些|一点|稍微)(怕光|畏光)|\b(a bit|a little|slightly) (sensitive to (the )?light|light[- ]sensitive)\b")
# cultivated mushrooms bought or cooked (shiitake, button, 香菇) are no wild-mushroom poisoning
_TR36_SHOP_MUSHROOM = re.compile(r"\b(shiitake|button|chestnut|portobello|portabella|oyster|enoki|king oyster|cremini|supermarket|shop[- ]bought) mushrooms?\b|香菇|冬菇|金针菇|平菇|杏鲍菇|口蘑|超市买的(蘑菇|菌)")
_TR36_DENTAL_KEEP = re.compile(r"\b(arm|arms|leg|legs|hand|speech|slurr\w*|confus\w*|vision|walk\w*|headache|other side|both sides|"
                               r"(can not|could not|unable to|cannot) (lift|move|raise|use|feel|grip|walk|stand|speak|talk|see))\b|手|脚|腿|胳膊|说话不清|口齿不清|讲话不清|糊涂|看不清|头痛|另一边")
_TR36_NOSE_KEEP = re.compile(r"\b(blue|grey|gray|wheez\w*|chest|lips|throat|tongue|swell\w*|swollen|still (gasping|struggling))\b|发紫|发青|嘴唇|喉咙|舌头|肿|胸")


# (10) More of the same families in other words (checked on the spent sets blind34/35 and everyday9):
# a child floppy or flat after a long day or a swim who perks up for food or play;
_TR36_FLOPPY = re.compile(r"\b(floppy|flat|limp|lethargic|listless|wiped out|worn out|exhausted|droopy)\b|蔫|没精神|无精打采|软(绵绵|趴趴)")
_TR36_PERKS_UP = re.compile(r"\b(perk(s|ed)? up|jump(s|ed)? up|bounc(ing|es|ed) (off the walls|around)|running (around|about)|playing|giggl\w*|laugh\w*|back to (his|her) (usual|normal) self)\b"
                            r"|精神(了|起来|返|返晒)|又(玩|跑|跳|笑)|活蹦乱跳|生龙活虎")
_TR36_CHILD_KEEP = re.compile(r"\b(hard to wake|can not wake|will not wake|not responding|unresponsive|grey|gray|blue|mottled|rash|purple|breath\w*|grunt\w*|"
                              r"not (feeding|drinking|weeing)|no wet|fever|temperature|temp|vomit\w*|fit\w*|seizure|floppy (still|again|now))\b"
                              r"|叫不醒|没反应|发紫|发青|发灰|皮疹|疹|喘|发烧|呕|抽")
# numb or tingling fingers and lips when anxious or stressed that settle on calming down (over-breathing);
_TR36_ANXIOUS = re.compile(r"\b(anxious|anxiety|stress\w*|panic\w*|nervous|worked up|wound up|upset)\b|紧张|焦虑|惊慌|慌|激动")
_TR36_CALMED = re.compile(r"\b(calm(ed|s)? down|settle(s|d)? (down )?(when|once|as|after)|once (i|he|she) (calm|relax)\w*|goes (away|off) when)\b|冷静(下来)?(就|便)?(好|没事)|平静(下来)?(就|便)?(好|没事)|放松(下来)?(就|便)?(好|没事)")
_TR36_BOTH_TINGLE = re.compile(r"\b(fingers|hands|lips|mouth)( and (fingers|hands|lips|mouth|toes))?( \w+){0,3} (tingl\w*|numb|pins and needles)\b|\b(tingl\w*|numb\w*|pins and needles) (in|round|around) (my|his|her) (fingers|hands|lips|mouth)\b"
                               r"|(手指|手|嘴唇|嘴)(头)?(和|同|跟|与)?(嘴唇|嘴|手指|手)?(头)?(就)?(发)?麻")
# chest tightness told with what relieves it (a burp after a big meal, a sigh) or with running fine and no pain;
_TR36_BURP = re.compile(r"(打|打了|打咗)(几|两|一)?(个|下)?嗝[^,.;:?!\n，。；：？！]{0,6}(舒服|好|松)|\b(burp\w*|belch\w*)( \w+){0,4} (better|eased|relie\w*|went|helped|fine)\b")
_TR36_SIGH = re.compile(r"叹(口|一口)?气(就)?(舒服|好|松)|\bsigh\w*( \w+){0,3} (helps|better|eases|relie\w*)\b")
_TR36_EXERCISE_FINE = re.compile(r"(跑步|运动|爬楼|走路)(也|都)(没问题|没事|正常|可以)|\b(can|could) (run|jog|exercise|climb (the )?stairs|go to the gym)( \w+){0,2} (fine|ok|okay|normally|no problem)\b")
# burning heartburn words read as a burn (心口火辣辣的烧 after a meal, 驴肉火烧 the food);
_TR36_BURN_AGENT = re.compile(r"\b(boiling|kettle|hot (water|oil|fat|tea|coffee|pan)|scald\w*|fire|flames?|chemical|splash\w*|spill\w*|spilt|drain cleaner|oven cleaner|caustic|"
                              r"lye|bleach|electric\w*|iron|oven|hob|stove|skin)\b"
                              r"|开水|热水|热油|滚|烫|火焰|着火|化学|硫酸|盐酸|强酸|强碱|通渠|漂白|溅|泼|触电|电到|熨斗|烤箱|炉|皮肤")
# heartburn told by a meal, lying down or acid coming up (not 'acid' alone: 'burned by acid at work' is a chemical burn)
_TR36_MEAL_REFLUX = re.compile(r"\b(after (meals?|eating|dinner|tea|supper|food)|lying down|lie down|sour taste|acid reflux|stomach acid|acid (coming|comes|came) up)\b"
                               r"|返酸|反酸|泛酸|酸水|烧心|饭后|吃完饭|躺下")
_TR36_ACID_AGENT = re.compile(r"\bacid\b(?! (reflux|indigestion|coming up|comes up|came up))(?<!stomach acid)|\b(batter(y|ies)|drum|alkali|caustic)\b|电池|硫酸|盐酸|强酸|强碱")
# a simile ('jerked like I had been electrocuted', 像触电一样) is no injury;
_TR36_SIMILE = re.compile(r"\blike (i|he|she|you|they)( would| had| have| was| were)?( been| got| just| had)* (an? )?(electrocuted|electric shock|shocked|stabbed|hit by a (bus|truck|train|lorry))\b|\blike an electric shock\b"
                          r"|像(是)?(触电|被电到|被电|过电)(一样|似的)?|好似(触电|俾电电亲)")
# an eyelid twitching for days; an extra tablet only asked about (需唔需要食多粒药);
_TR36_EYELID = re.compile(r"\beye ?lids? (\w+ )?(twitch\w*|flicker\w*|jump\w*|spasm\w*)\b|\b(twitch\w*|flicker\w*) (in|of) (my|his|her) eye ?lid\b|眼皮(一直|老是|总是)?(跳|抽|颤)")
_TR36_BODY_JERK = re.compile(r"\b(whole body|all over|arms?|legs?|face|mouth|side)\b|全身|手|脚|腿|脸|嘴|半边")
_TR36_EXTRA_ASKED = re.compile(r"(需唔需要|使唔使|要唔要|可唔可以|应唔应该|需不需要|用不用)(再)?(食|吃)多(一)?(粒|片|颗|次)(药)?")
# breathless after a hard swim, run or set, fine in a few minutes;
_TR36_HARD_EXERCISE = re.compile(r"\b(swim|swam|sprint\w*|race|running|ran|run|\d+ ?m (freestyle|sprint|swim)|freestyle|laps|gym|workout|circuit|spin class|hiit|football|match|training)\b|游泳|跑步|跑完|打球|运动|训练|比赛")
_TR36_SOON_FINE = re.compile(r"\bfine (\d+|a few|five|ten|two|a couple of) (min|mins|minutes) later\b|\b(settled|fine|ok|okay|normal|back to normal) (after|within|in) (a few|\d+|five|ten|two|a couple of) (min|mins|minutes)\b"
                             r"|(\d+|几|两|三|五|十)分钟(后|以后)?(就)?(好|正常|没事|缓过来)")
_TR36_EXERCISE_KEEP = re.compile(r"\b(blue|grey|gray|lips|chest pain|crushing|wheez\w*|faint\w*|passed out|collaps\w*|still (can not|struggling|gasping|breathless)|asthma|inhaler)\b"
                                 r"|发紫|发青|嘴唇|胸痛|晕倒|还是喘|哮喘")
_TR36_TINGLE_KEEP = re.compile(r"\b(droop\w*|slurr\w*|confus\w*|one side|weak\w*|can not (speak|talk|lift|move|see)|vision|chest pain|faint\w*|worst headache)\b"
                               r"|嘴歪|口齿不清|说不出话|半边|一边|没力|无力|看不见|胸痛|晕倒")
# swollen tonsils with a sore throat, eating and drinking.
_TR36_TONSILS = re.compile(r"\btonsil\w*( \w+){0,2} (swollen|big|enlarged|red|inflamed|huge)\b|\b(swollen|big|enlarged|inflamed) tonsils?\b|\btonsillitis\b|扁桃体(发炎|肿|大)|扁桃腺(发炎|肿|大)|喉咙(发炎|痛)")
_TR36_SWALLOWS = re.compile(r"\b(eating|drinking|swallowing)( \w+){0,2} (fine|ok|okay|normally|alright)\b|\bcan (eat|drink|swallow)\b|(还|都|也)?能(吃|喝|吞)|(吃|喝)得(下|落)|喝水")


def _tr36_more(norm: str, fired: list[Rule]) -> set[str]:
    """(10) More of the families above in other words."""
    cats = {r.category for r in fired}
    of = lambda *categories: {r.id for r in fired if r.category in categories}
    drop: set[str] = set()
    if "child_unwell" in cats and _TR36_FLOPPY.search(norm) and _ev_said(norm, _TR36_PERKS_UP) and not _ev_said(norm, _TR36_CHILD_KEEP):
        drop |= of("child_unwell")
    if "stroke" in cats and _TR36_ANXIOUS.search(norm) and _TR36_CALMED.search(norm) and _TR36_BOTH_TINGLE.search(norm) and not _ev_said(_TR36_BOTH_TINGLE.sub(" , ", norm), _TR36_TINGLE_KEEP):
        drop |= of("stroke")
    chest_keep = _ev_said(_TR36_BACK_AGAIN.sub(" , ", norm), _EV_CHEST_SEVERE) or _TR36_CHEST_EXERTION.search(norm)
    if "chest_pain" in cats and not chest_keep and (_TR36_BURP.search(norm) or (_TR36_SIGH.search(norm) and _TR36_EXERCISE_FINE.search(norm))):
        drop |= of("chest_pain")
    if "burns" in cats and (_EVI_HEARTBURN.search(norm) or _TR36_MEAL_REFLUX.search(norm)) and not _TR36_BURN_AGENT.search(norm) \
            and not _TR36_ACID_AGENT.search(norm):
        heartburn = re.compile(_EV_BURNING.pattern + "|" + _EVI_HEARTBURN.pattern + r"|火辣辣|火烧")
        drop |= _ev3_masked_drop(norm, fired, heartburn, "burns")
    for category in cats:
        drop |= _ev3_masked_drop(norm, fired, _TR36_SIMILE, category)
    if "seizure" in cats and _TR36_EYELID.search(norm) and not _ev_said(norm, _TR36_FIT_KEEP) and not _TR36_BODY_JERK.search(norm):
        drop |= of("seizure")  # a twitching eyelid, nothing else moving: a local twitch
    if "overdose_poisoning" in cats:
        drop |= _ev3_masked_drop(norm, fired, _TR36_EXTRA_ASKED, "overdose_poisoning")
    if "breathing" in cats and _TR36_HARD_EXERCISE.search(norm) and _TR36_SOON_FINE.search(norm) and not _ev_said(norm, _TR36_EXERCISE_KEEP):
        drop |= of("breathing")
        if not _EV8_ALLERGEN.search(norm):
            drop |= of("anaphylaxis")  # breathless after a hard swim, nothing eaten, no sting: no allergic reaction
    if "anaphylaxis" in cats and _TR36_TONSILS.search(norm) and _TR36_SWALLOWS.search(norm) and not _ev_said(norm, _EV8_THROAT_KEEP) \
            and not _EV8_ALLERGEN.search(_TR36_TONSILS.sub(" , ", norm)):
        drop |= of("anaphylaxis")
    return drop


def _tr36_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """TR36 families (blind36, everyday10; spent): see the patterns above."""
    fired = [r for r in fired if r.level == EMERGENCY]
    if not fired:
        return set()
    drop = _tr36_history(norm, fired)
    drop |= _tr36_if_someone(norm, [r for r in fired if r.id not in drop])
    drop |= _tr36_joke_or_denial(norm, [r for r in fired if r.id not in drop])
    drop |= _tr36_stroke_posture(norm, [r for r in fired if r.id not in drop])
    drop |= _tr36_opinion(norm, [r for r in fired if r.id not in drop])
    drop |= _tr36_mild(norm, [r for r in fired if r.id not in drop])
    drop |= _tr36_chest(norm, [r for r in fired if r.id not in drop])
    drop |= _tr36_fit_lookalike(norm, [r for r in fired if r.id not in drop])
    drop |= _tr36_everyday(norm, [r for r in fired if r.id not in drop])
    drop |= _tr36_more(norm, [r for r in fired if r.id not in drop])
    return drop


# TR37 (after blind37 / everyday11, spent). Families of false alarms, each dropping only its own category and each with
# the sign that keeps the flag.
def _told_together(category: str, needs: tuple, keep: re.Pattern):
    """A TR37 family that drops `category`'s emergency rules when every pattern of `needs` is in the message and no
    warning sign of `keep` is said (not negated)."""
    def family(norm: str, fired: list[Rule]) -> set[str]:
        ids = {r.id for r in fired if r.category == category}
        if not ids or not all(p.search(norm) for p in needs) or _ev_said(norm, keep):
            return set()
        return ids
    return family


# (1) Settled history told with the person well now, in words TR36 missed: 'doing brilliantly', 'all sorted now',
# 'back in March', 好得很, 很稳定, 一切正常, a bleed after the first birth (头胎生完) with a new pregnancy going well.
_TR37_THEN = re.compile(
    r"\b(back in|in|last|since) (january|february|march|april|may|june|july|august|september|october|november|december|the spring|"
    r"the summer|the autumn|the winter)\b|\b(in|back in) (1[6-9]|20)\d\d\b|\bused to\b|\bwhen (he|she|i|they) (was|were) (\d{1,2}|in (his|her|my|their) teens)\b"
    r"|(头胎|第一胎|上一胎|上胎|前一胎|生老大|生第一个)[^,.;:?!\n，。；：？！]{0,4}(生完|生的时候|那次|时|后)|十几岁|[\d一二两三四五六七八九十几]+岁(那会儿?|那阵|那时)")
_TR37_WELL_NOW = re.compile(
    r"\b(doing|is doing|are doing|been doing) (absolutely |really |so |just )?(brilliant(ly)?|really well|so well|great|amazing(ly)?|fantastic(ally)?|fine|well)\b"
    r"|\b(all|everything|that|it) (is |was |has been )?(all )?(sorted|fine|resolved|cleared up)( now| out)?\b|\bin a good place\b|\bturned out to be\b"
    r"|好得很|很好了|(很|挺|非常|都)稳定|一切(都)?(正常|好|顺利)|都正常|没再(犯|发|出现)"
    # round 40z (blind60b): happy or untroubled now (开心得很, 乐呵呵, 不痛不痒 of an old scar)
    r"|开心得很|(很|挺|非常|好|可)开心(的|着呢)?|乐呵呵|快快乐乐|身体硬朗|硬朗得很|不痛(也|又|亦)?不痒")
# being pregnant again is no new episode of the old complication
_TR37_AGAIN_OK = re.compile(r"又怀(上|孕)(了)?|怀上(了)?(第)?(二|老二)(胎)?|\bpregnant again\b")


def _tr37_history(norm: str, fired: list[Rule]) -> set[str]:
    then = re.compile(_TR36_THEN.pattern + "|" + _TR37_THEN.pattern)
    well = re.compile(_TR36_WELL_NOW.pattern + "|" + _TR37_WELL_NOW.pattern)
    if not (then.search(norm) and well.search(norm)) or _TR36_NOW_AGAIN.search(_TR37_AGAIN_OK.sub(" ", norm)):
        return set()
    masked = re.sub(_TR36_CLAUSE + "(?:" + then.pattern + ")" + _TR36_CLAUSE, " , ", norm)
    masked = re.sub(_TR36_CLAUSE + "(?:" + well.pattern + ")" + _TR36_CLAUSE, " , ", masked)
    if _still_suicidal(masked) or not _tr36_residue_clear(masked):
        return set()
    return {r.id for r in fired}


# (2) Self-harm named only in a story, a plot or a game (a ghost, a character, a novel), asked about the plot.
_TR37_FICTION = re.compile(r"\b(ghost|character|characters|plot|storyline|story|novel|script|screenplay|villain|heroine|escape room|board game|"
                           r"video game|film|movie|play|musical|book|chapter|fiction\w*|narrative|legend|folk ?tale)\b|故事|剧本|小说|角色|剧情|情节|密室|电影|人物|传说")
_TR37_FICTION_ASK = re.compile(r"\b(plot|storyline|insensitive|offensive|tasteful|appropriate|in the story|keep (it|that|this) in|trigger warning|"
                               r"content warning|okay to (include|keep|write|use)|ok to (include|keep|write|use))\b|剧情|情节|合适吗|敏感|不妥|冒犯|写进")
_TR37_SENT = re.compile(r"[^.;!?\n。；！？]*[.;!?\n。；！？]*")


def _tr37_fiction(norm: str, fired: list[Rule]) -> set[str]:
    ids = {r.id for r in fired if r.category == "suicide_self_harm"}
    if not ids or not (_TR37_FICTION.search(norm) and _TR37_FICTION_ASK.search(norm)):
        return set()
    masked = "".join(" , " if _TR37_FICTION.search(s) else s for s in (m.group(0) for m in _TR37_SENT.finditer(norm)))
    return set() if _raises_category(masked, "suicide_self_harm") or _still_suicidal(masked) else ids


# (3) 'Suicides' the running drill (coach, training, shuttle sprints), legs sore.
_TR37_DRILL = re.compile(r"\b(doing|did|do|run|ran|running|made us do|had us doing|had us do) (\w+ )?suicides\b|\bsuicides? (drills?|runs?|sprints?|shuttles?|lines?)\b")


def _tr37_drill(norm: str, fired: list[Rule]) -> set[str]:
    ids = {r.id for r in fired if r.category == "suicide_self_harm"}
    if not ids or not _TR37_DRILL.search(norm):
        return set()
    masked = _TR37_DRILL.sub(" , ", norm)
    return set() if _raises_category(masked, "suicide_self_harm") or _still_suicidal(masked) or _EV_INTENT.search(masked) else ids


# (4) Numbness from a posture or from cold that went ('fell asleep on it', leaning on the elbow, 坐久了压的, cold wind on the
# face and the smile normal in the mirror).
_TR37_POSTURE = re.compile(r"\b(fell asleep|dozed off|nodded off|been sitting|sat|sitting|leaning|leant|leaned|kneeling|knelt|lying)( \w+){0,4} (on (it|them|my|his|her|the)|(my|his|her) elbow)\b"
                           r"|\b(cold|freezing|icy|bitter) (wind|air|weather|rain|draught|draft)\b|\b(sideways|freezing|icy) rain\b|坐久了|坐太久|坐(了)?一整天|压(的|着|到|麻)|冷风|冻柜|冷气|冻到")
_TR37_GONE = re.compile(r"\b(came back|come back|went off|wore off|back to normal|normal again|looked normal|look normal|could smile|smile (on )?both sides|"
                        r"fine now|gone now|(went|goes) away)\b|(跺|揉|甩|活动)(了)?(几下|一下)(就)?(好|没事)|(就)?(好了|没事了|没事)|笑(都|也)?笑得正常|正常了")
_TR37_STROKE_KEEP = re.compile(r"\b(slurr\w*|confus\w*|can not (speak|talk|lift|move|walk|see)|still (numb|weak|dead|droop\w*|tingl\w*)|"
                               r"vision|headache|drool\w*|worse)\b|口齿|说话不清|说不出|看不清|还是(麻|没力|无力)|仍然(麻|无力)|头痛|流口水")


_tr37_posture = _told_together("stroke", (_TR37_POSTURE, _TR37_GONE), _TR37_STROKE_KEEP)


# (5) A pregnancy twinge on standing, rolling over or turning, gone in seconds.
_TR37_TWINGE = re.compile(r"\b(twinge|stitch|pain|pull|stab|pang)( \w+){0,6} when (i|she|he) (stand|stands|get|gets|roll|rolls|turn|turns|sneeze\w*|cough\w*|move|moves)\b"
                          r"|\b(stand|standing|get|getting|roll|rolling|turn|turning) (up|over)( \w+){0,4}\b")
_TR37_SECONDS = re.compile(r"\b(gone|goes|went|passes|passed|over)( away| off)? (in|within|after) (a few |a couple of |few )?(seconds|secs|a second|a moment)\b"
                           r"|\b(goes|gone|went) in (a )?(few )?seconds\b|(几|两|一)秒(钟)?(就)?(好|没|过)")
_TR37_PREG_KEEP = re.compile(r"\b(blood|bleed\w*|spotting|waters|fluid|faint\w*|dizzy|fever|headache|vision|swell\w*|swollen|constant|will not (stop|go)|"
                             r"not (moving|kicking)|less movement|reduced|severe|agony|shoulder|vomit\w*)\b|见红|出血|流血|破水|羊水|晕|发烧|头痛|肿|一直痛|不动")


_tr37_twinge = _told_together("pregnancy", (_TR37_TWINGE, _TR37_SECONDS), _TR37_PREG_KEEP)


# (6) Out of breath on exertion (stairs, skipping, a hill) and back to normal within a minute or with a short rest.
_TR37_EXERTION = re.compile(r"\b(stairs|steps|flights?|floors|skipping|running|ran|jogg\w*|sprint\w*|boxing|training|workout|gym|hill|uphill|rounds|climb\w*)\b"
                            r"|爬坡|爬楼|上楼|跑步|跑完|运动|上坡|行斜路|行楼梯")
_TR37_BACK_SOON = re.compile(r"\b(within|after|for about|about|in) (a|one|about a|a couple of|two) (minute|min)s?\b|\bthen (i am|i'm|i was) (fine|ok|okay|normal)\b|\bback to normal\b"
                             r"|(休息|歇|坐)(了)?(一下|一阵|一会儿?|几分钟)(就)?(好|没事|正常)")
_TR37_BREATH_KEEP = re.compile(r"\b(blue|grey|faint\w*|passed out|collapsed|at rest|sitting still|spread\w*|arm|jaw|sweat\w*|clammy|still (gasping|breathless|tight)|"
                               r"worse|cough\w* (up )?blood|swell\w*|crushing|heavy)\b|发紫|晕倒|休息(时|的时候)(也)?(喘|痛)|出汗|冷汗|放射|咳血|越来越")
_TR37_EXERTION_IDS = {"breathing", "chest_pain", "anaphylaxis"}


def _tr37_exertion(norm: str, fired: list[Rule]) -> set[str]:
    ids = {r.id for r in fired if r.category in _TR37_EXERTION_IDS and (r.category != "anaphylaxis" or r.id == "anaphylaxis.breathing_after_trigger")}
    if not ids or not (_TR37_EXERTION.search(norm) and _TR37_BACK_SOON.search(norm)) or _ev_said(norm, _TR37_BREATH_KEEP):
        return set()
    if re.search(r"\b(allerg\w*|sting|stung|peanut|nut|bee|wasp|epi-?pen)\b|过敏|蜂", norm):
        return set()
    return ids


# (7) A small bleed that stopped with pressure or by itself in a few minutes (a nosebleed pinched, a baby tooth out).
_TR37_STOPPED = re.compile(r"\b(stopped|has stopped|then stopped|it stopped|dried up|settled)\b|止住了|不流了|止了血|止血了|停了|(先|就)?止(到|住)")
_TR37_SHORT = re.compile(r"\b(a few|a couple of|few|\d|one|two|three|four|five|ten) (mins?|minutes)\b|几分钟|[\d一二两三四五十]+分钟")
_TR37_BLEED_KEEP = re.compile(r"\b(still|again|restart\w*|started again|will not stop|won't stop|faint\w*|dizzy|pale|soak\w*|clots?|warfarin|apixaban|"
                              r"rivaroxaban|blood thinners?|anticoagulant\w*|haemophilia|hemophilia|vomit\w*|cough\w* (up )?blood|pregnan\w*|weeks)\b|还在流|又流|头晕|晕|脸色发白|怀孕|孕")


_tr37_bleed_stopped = _told_together("bleeding", (_TR37_STOPPED, _TR37_SHORT), _TR37_BLEED_KEEP)


# (8) Fit look-alikes: a jerk while drifting off to sleep; seizure-free for years asked about a form; a leg cramp
# (小腿抽筋); a pet's fit and one's own twitch; a breath-holding spell in a crying toddler that comes straight round.
_TR37_SLEEP_JERK = re.compile(r"\b(drift\w* off|dropping off|drops off|nodding off|falling asleep|dozing off|going off to sleep|as (she|he|i) (falls|fall|fell|drops?) (asleep|off))\b")
_TR37_JERK = re.compile(r"\b(jerk\w*|twitch\w*|jump\w*|startle\w*|kick\w*)\b")
_TR37_FIT_KEEP = re.compile(r"\b(stiff\w*|blue|grey|unresponsive|eyes (rolled|rolling)|wet (herself|himself)|bit (her|his) tongue|confus\w*|floppy|"
                            r"for (\d+|a few|several|two|three|five) minutes|during the day|awake|will not wake|can not wake)\b|翻白眼|口吐白沫|叫不醒|没(有)?反应|意识|知觉|全身|发紫|尿裤")
_TR37_SEIZURE_FREE = re.compile(r"\b(seizure|fit)[- ]free\b|\bno (seizures|fits) (for|in) (\d+|a few|several|two|three|four|five|many) (years|months)\b"
                                r"|(没|冇)(有)?(再)?(发作|抽)(过)?(已经)?[\d一两二三四五六七八九十几]+年|[\d一两二三四五六七八九十几]+年(都)?(没|冇)(有)?(再)?(发作|抽)"
                                # round 36h (blind56): 发过 is 发作过 said short (这两年都没发过)
                                r"|[\d一两二三四五六七八九十几]+年(都)?(没|冇)(有)?(再)?发过")
_TR37_LIMB_CRAMP = re.compile(r"(小腿|腿肚子?|大腿|脚趾头?|脚掌|脚底|脚板|脚|腿)(又|会|老是|经常|突然)?抽筋")
_TR37_CRAMP_CONTEXT = re.compile(r"揉|拉伸|补钙|钙|运动|打球|跑步|游泳|半夜|睡觉|踢球|爬山")
_TR37_CHILD_ZH = re.compile(r"宝宝|婴儿|孩子|小孩|儿子|女儿|娃|闺女|小朋友|bb|孙")
_TR37_PET_FIT = re.compile(r"\b(dog|dogs|cat|cats|horse|rabbit|pet|puppy|kitten|patient dog)s?\b( \w+){0,6} (had|having|has) (a )?(seizure|fit)s?\b( \w+){0,4}"
                           r"|\b(my|his|her) (leg|eye|eyelid|arm|muscle|thumb|finger|calf) (is |was |keeps |kept )?twitch\w*( \w+){0,3}")
_TR37_BREATH_HOLD = re.compile(r"(哭|闹|发脾气|生气)[^.;?!\n。；？！]{0,12}憋(气|住|着)|\bbreath[- ]holding\b|\bholds? (his|her|their) breath\b")
_TR37_COMES_ROUND = re.compile(r"(马上|很快|一下|就|立刻)(就)?(缓过来|好了|恢复|哭出来|接着哭|醒)|\b(came|comes|coming) (straight |right )?(round|back)\b|\bstraight away\b")


def _tr37_fit_lookalike(norm: str, fired: list[Rule]) -> set[str]:
    seizure = {r.id for r in fired if r.category == "seizure"}
    if not seizure and not any(r.category in ("child_unwell", "breathing") for r in fired):
        return set()
    keep = _ev_said(norm, _TR37_FIT_KEEP)
    drop: set[str] = set()
    if seizure and _TR37_SLEEP_JERK.search(norm) and _TR37_JERK.search(norm) and not keep:
        drop |= seizure
    if seizure and _TR37_SEIZURE_FREE.search(norm) and not _TR36_NOW_AGAIN.search(_TR37_SEIZURE_FREE.sub(" ", norm)) and not keep:
        drop |= seizure
    if seizure and _TR37_LIMB_CRAMP.search(norm) and _TR37_CRAMP_CONTEXT.search(norm) and not _TR37_CHILD_ZH.search(norm) and not keep:
        drop |= seizure
    if seizure and _TR37_PET_FIT.search(norm) and not _raises_category(_TR37_PET_FIT.sub(" , ", norm), "seizure") and not keep:
        drop |= seizure
    if _TR37_BREATH_HOLD.search(norm) and _TR37_COMES_ROUND.search(norm) and not keep:
        drop |= {r.id for r in fired if r.category in ("seizure", "child_unwell", "breathing")}
    return drop


# (9) Doses within the label (one more cold tablet, the leaflet allowing three a day); a sniff with no symptoms; coffee
# jitters; a poster asked about a poison kept locked away; two extra vitamin gummies without iron.
_TR37_LABEL_ALLOWS = re.compile(r"(说明书|包装|盒子)(上)?(说|写|讲|标|写着|注明)(了)?(着|明)?(一天|每天|一日|每日)(最多|可以|可)?(吃|服)?([三四五3-5]|两|二)(次|片|包|粒|顿)"
                                r"|\b(leaflet|label|packet|box) (says|said) (up to )?(\d|two|three|four) (a day|times a day|daily)\b")
_TR37_SNIFF = re.compile(r"\b(sniffed|smelled|smelt|whiff)\b|闻了(一下|一口)?")
_TR37_NO_SYMPTOMS = re.compile(r"\bno symptoms( whatsoever| at all)?\b|\b(feel|feels|feeling) (completely |totally )?(fine|normal)\b|没(有)?(任何)?(症状|不舒服)")
_TR37_INGEST = re.compile(r"\b(ate|eaten|swallowed|swallow|drank|drunk|licked|chewed|took|taken|got into|mouthful)\b|吃了|喝了|吞了|舔了|咬了|误食|误服|服了")
_TR37_COFFEE = re.compile(r"\b(coffee|coffees|caffeine|espresso\w*|energy drinks?|red bull|monster|cups? of tea)\b|咖啡|红牛|能量饮料|浓茶")
_TR37_CAFFEINE_KEEP = re.compile(r"\b(pills?|tablets?|powder|chest pain|faint\w*|passed out|vomit\w*|collapsed|confus\w*|racing (heart )?(will not|won't) (stop|settle))\b|药|粉|胸痛|晕倒|呕")
_TR37_POSTER = re.compile(r"\b(posters?|leaflets?|signs?|stickers?|printable|print)\b|海报|宣传单|标语|贴纸|打印")
_TR37_GUMMY = re.compile(r"\b(one|two|2|1|a couple|a few) (extra )?(of )?(the )?(adult |kids |children's )?(multi)?vitamin\w*|\b(\d|one|two|a couple) extra\b")
_TR37_NO_IRON = re.compile(r"\bno iron\b|\bwithout iron\b|\biron[- ]free\b|不含铁|没有铁")


# a sip of water with washing-up liquid or soap in it, spat straight out (not a pod, not bleach or a caustic cleaner)
_TR37_SOAPY_SIP = re.compile(r"(一小口|一口|一啖|几口|一点)[^,.;:?!\n，。；：？！]{0,12}(洗洁精|洗碗液|肥皂水|洗手液|沐浴露|洗发水)|(洗洁精|洗碗液|肥皂水|洗手液)[^。；？！.;?!]{0,16}(一小口|一口|一啖)"
                             r"|\b(sip|mouthful|gulp|swig) of (\w+ )?(soapy water|washing[- ]up (liquid|water)|dish ?soap|hand ?wash|soap)\b")
_TR37_SPAT = re.compile(r"(马上|立刻|就)?吐(掉|出来|了出来)|\bspat (it )?(out|straight out)\b|\bspit (it )?out\b")
_TR37_SOAP_KEEP = re.compile(r"\b(pods?|capsules?|tablets?|bleach|caustic|drain|oven cleaner|dishwasher)\b|凝珠|洗衣球|漂白|84|洁厕|管道|通渠|洗碗机|烧碱|一直咳|呕|喘")


def _tr37_overdose(norm: str, fired: list[Rule]) -> set[str]:
    ids = {r.id for r in fired if r.category == "overdose_poisoning"}
    if not ids or _EV_INTENT.search(norm):
        return set()
    symptom = _ev_said(norm, _EV_OD_SYMPTOM)
    if _TR37_GUMMY.search(norm) and _TR37_NO_IRON.search(norm) and not symptom and not _EV_HIGH_RISK_MED.search(_TR37_NO_IRON.sub(" ", norm)):
        return ids
    if _EV_HIGH_RISK_MED.search(norm):
        return set()
    if _TR37_SOAPY_SIP.search(norm) and _TR37_SPAT.search(norm) and not _ev_said(_TR37_SPAT.sub(" , ", norm), _EV_OD_SYMPTOM) \
            and not _TR37_SOAP_KEEP.search(norm):
        return ids
    if _TR37_LABEL_ALLOWS.search(norm) and re.search(r"又(吃|服)了?(一|1)(片|包|粒|颗)|\b(one|1|another) (more|extra)\b|\btook another\b", norm) \
            and not symptom and not _TR37_CHILD_ZH.search(norm) and not re.search(r"\b(child|kid|son|daughter|toddler|baby)\b", norm):
        return ids
    if _TR37_SNIFF.search(norm) and _TR37_NO_SYMPTOMS.search(norm) and not _TR37_INGEST.search(norm) and not symptom:
        return ids
    if _TR37_COFFEE.search(norm) and not _ev_said(norm, _TR37_CAFFEINE_KEEP) and not re.search(r"\b(child|kid|toddler|baby)\b|孩子|宝宝", norm):
        return ids | {r.id for r in fired if r.category == "seizure"}
    if _TR37_POSTER.search(norm) and not _TR37_INGEST.search(norm) and not symptom:
        return ids
    return set()


# (10) An allergy look-alike kept local: a big bite or a rash on the hands, 'nothing on my face', 'breathing normal the
# whole time', a throat 'I thought was about to close but it never did'.
_TR37_FEARED_NOT = re.compile(r"\b(i |we )?(honestly |really |genuinely )?(thought|felt like|was sure|was worried|was scared)( \w+){0,12},?( but| and)? (it|they|that|he|she) (never did|did not|never happened|did not happen)\b")
_TR37_LOCAL_ONLY = re.compile(r"(人|别的|其他|其它)(都)?没(有)?(别的|其他|什么)?不舒服|\bnothing else (is )?(happening|wrong|going on)\b|\bnothing on (my|his|her|their|the) (face|lips|mouth)\b"
                              r"|\bbreathing('s| is| has been| was)? (normal|fine|ok|okay)( the whole time)?\b|\blips( and tongue)? (are |look |were )?(normal|fine)\b|\bnot allergic to anything\b")


_TR37_ANA_KEEP = re.compile(r"\b(lips?|tongue|throat|face|eyes? (swell\w*|puff\w*|closing)|breath\w*|wheez\w*|dizzy|faint\w*|vomit\w*|hoarse|swallow\w*|all over)\b"
                            r"|嘴唇|舌|喉|脸|面部|面肿|呼吸|喘|晕|吐|全身|吞")


def _tr37_allergy_local(norm: str, fired: list[Rule]) -> set[str]:
    ids = {r.id for r in fired if r.category == "anaphylaxis"}
    if not _TR37_LOCAL_ONLY.search(norm) and not _TR37_FEARED_NOT.search(norm):
        return set()
    masked = _TR37_LOCAL_ONLY.sub(" , ", _TR37_FEARED_NOT.sub(" , ", norm))
    drop = set()
    if ids and (not _raises_category(masked, "anaphylaxis") or (_TR37_LOCAL_ONLY.search(norm) and not _ev_said(masked, _TR37_ANA_KEEP))):
        drop |= ids
    # allergen on the skin only, not swallowed, nothing else happening: no poisoning either
    if "learned.overdose_poisoning" in {r.id for r in fired} and not _TR37_INGEST.search(norm) and not _raises_category(masked, "overdose_poisoning"):
        drop.add("learned.overdose_poisoning")
    return drop


# (11) A headache with glare but the fever denied and the neck moving freely (screen strain).
_TR37_NO_FEVER = re.compile(r"(没|没有|不)(发烧|发热)|\bno (fever|temperature|temp)\b")
_TR37_NECK_FINE = re.compile(r"脖子(能|可以|会|还能)?(转|动)|脖子不(硬|僵)|\bneck (is )?(fine|ok|okay|moves|not stiff)\b|\bcan (move|bend|turn) (my|his|her) neck\b")
_TR37_MEN_KEEP = re.compile(r"\b(rash|spots|vomit\w*|confus\w*|drowsy|sleepy|purple)\b|皮疹|疹|斑|呕|吐|迷糊|嗜睡|叫不醒")


_tr37_meningitis = _told_together("meningitis", (_TR37_NO_FEVER, _TR37_NECK_FINE), _TR37_MEN_KEEP)


# (12) A young baby's fever that is no fever: a reading under 37.5, a baby not born yet (a class, 下个月才出生), or only
# 'if she ever got a temperature' for a list on the fridge.
_TR37_NOT_BORN = re.compile(r"\b(due (next|in|on)|not (yet )?born|before (the|our|my) baby (is born|arrives|comes)|antenatal class)\b|(下个月|下月|还没|未|过几个月)(才)?(出生|生|出世)|预产期")
_TR37_IF_TEMP = re.compile(r"\b(hypothetically|if (my|our|the|a) (\w+ ){0,3}(ever )?(got|gets|had|has|developed|develops) a (temperature|temp|fever))\b")
_TR37_READING = re.compile(r"(?<![\d.])(3[5-9](\.\d)?)(?![\d])")
_TR37_INFANT_KEEP = re.compile(r"\b(floppy|not feeding|will not feed|off (her|his) feeds|grunt\w*|blue|grey|mottled|rash|limp|drowsy|hard to wake|vomit\w*)\b|软|不吃奶|发紫|皮疹|叫不醒")


_TR37X_ADULT = re.compile(r"大人|成人|成年人|\b(adult|grown-?up)\b")


def _tr37_infant(norm: str, fired: list[Rule]) -> set[str]:
    ids = {r.id for r in fired if r.category == "infant_fever"}
    if not ids or _ev_said(norm, _TR37_INFANT_KEEP):
        return set()
    if _TR37_NOT_BORN.search(norm):
        return ids
    if ids == {"learned.infant_fever"} and _TR37X_ADULT.search(norm) and not _EVI_INFANT.search(norm):
        return ids
    readings = [float(m.group(1)) for m in _TR37_READING.finditer(norm)]
    if readings and max(readings) < 37.5 and not re.search(r"\b(fever|feverish|burning up)\b|发烧|发热", norm):
        return ids
    if _TR37_IF_TEMP.search(norm) and re.search(r"\b(fine now|completely fine|perfectly fine|totally fine|well now)\b", norm):
        return ids
    return set()


# (13) Sleep apnoea in an adult snorer ('stops breathing for a few seconds then starts again with a snort'), already
# referred for a sleep study.
_TR37_SNORE = re.compile(r"\bsnor\w*\b|打鼾|打呼|鼾")
_TR37_APNOEA_KEEP = re.compile(r"\b(baby|infant|newborn|blue|grey|can not wake|will not wake|not breathing now|still not breathing)\b|宝宝|婴儿|发紫|叫不醒")


def _tr37_apnoea(norm: str, fired: list[Rule]) -> set[str]:
    ids = {r.id for r in fired if r.category == "breathing"}
    if not ids or not _TR37_SNORE.search(norm) or not re.search(r"\b(starts? again|then starts|at night|sleep study|while (he|she|i) sleeps?|asleep)\b|睡觉|晚上|夜里", norm) \
            or _ev_said(norm, _TR37_APNOEA_KEEP):
        return set()
    return ids


# (14) A stroke named only as a fear with every function normal (怕系中风先兆, 讲嘢行路全部正常).
_TR37_FEAR_NAMED = re.compile(r"(怕|惊|担心|是不是|会不会|系咪)(是|系)?(中风|脑梗|脑中风)|\b(worried|scared|afraid|terrified|thought) (it|this) (is|was|might be|could be) a stroke\b")
_TR37_ALL_NORMAL = re.compile(r"(说话|讲话|讲嘢|走路|行路|手脚)[^,.;:?!\n，。；：？！]{0,6}(都|全部|一切|完全)?正常|全部正常|\b(speech|walking|talking|everything else) (is )?(normal|fine)\b")


def _tr37_stroke_fear(norm: str, fired: list[Rule]) -> set[str]:
    ids = {r.id for r in fired if r.category == "stroke"}
    if not ids or not ids <= {"stroke.named", "learned.stroke", "similar.stroke"} or not (_TR37_FEAR_NAMED.search(norm) and _TR37_ALL_NORMAL.search(norm)):
        return set()
    return ids


# (15) A brief chest twinge (seconds, a few minutes) with a plain trigger, fine since ('一阵刺刺的，就几秒钟，后来一天都好好的';
# 'tight for a few minutes, used my inhaler, fine now').
_TR37_BRIEF = re.compile(r"\b(for a few (minutes|seconds)|a few seconds|for seconds|few secs|only (lasted|for) (a )?(few )?(seconds|second|moment))\b|(就|只有|才)?(几|两|一)秒(钟)?")
_TR37_FINE_SINCE = re.compile(r"\b(fine now|fine since|been fine|all good now|normal since)\b|(后来|之后)(一天)?(都)?(好好的|没事|正常)|一天都好好的")
_TR37_CHEST_KEEP = re.compile(r"\b(spread\w*|radiat\w*|arm|jaw|sweat\w*|clammy|crushing|heavy|pressure|faint\w*|still|again|breathless|short of breath)\b|放射|手臂|下巴|出汗|冷汗|压|晕|还在|又")


_tr37_chest_brief = _told_together("chest_pain", (_TR37_BRIEF, _TR37_FINE_SINCE), _TR37_CHEST_KEEP)


# (16) A tiny bit of brown spotting in early pregnancy with no pain (not heavy, no clots, no dizziness, no one-sided pain).
_TR37_SPOT_SMALL = re.compile(r"\b(tiny|small|little|bit of|light|faint|few drops of|speck of|touch of) (bit of )?(brown |pink |light |brownish )?(spotting|spots? of blood|blood when i wiped)\b|\bbrown(ish)? (spotting|discharge)\b"
                              r"|(一点点?|少量|少少|一丝|一些)(褐色|咖啡色|粉色|淡红色)?的?(分泌物|血丝|见红|出血)|(褐色|咖啡色)(的)?分泌物")
_TR37_NO_PAIN = re.compile(r"\bno (pain|cramps?|cramping|tummy pain|belly pain)\b|\bnot (in )?(any )?pain\b|不痛|不疼|没(有)?(肚子)?(痛|疼)")
_TR37_SPOT_KEEP = re.compile(r"\b(heavy|heavier|soak\w*|clots?|dizzy|faint\w*|shoulder|one side|one-sided|pads?|bright red|gush\w*|pouring|getting worse)\b|很多|血块|晕|肩|一边(痛|疼)|越来越多|卫生巾")


_tr37_spotting = _told_together("pregnancy", (_TR37_SPOT_SMALL, _TR37_NO_PAIN), _TR37_SPOT_KEEP)


# (17) Practical questions the reviewers ask, read as emergencies: whether to finish or stop a course (杀细菌的药吃了三天,
# 剩下的还要吃完吗), a missed dose, a box from the pharmacy that looks different, getting ready for a scan or a test
# ('starve myself before', 'take my ring off', 憋着尿, a bowel-prep laxative), how long to press on a cut, an alcohol rub.
_TR37X_COURSE = re.compile(r"\b(finish|complete|stop|keep taking|carry on with) (the |my |his |her |a )?(course|rest|tablets|antibiotics|pills|medicine|capsules)\b"
                           r"|\b(stop|come off) (them|it|now)\b|\bkeep the rest\b|剩下的[^。？！?!]{0,10}(吃完|接着吃|继续吃|还要|要不要)|(要不要|还要|需不需要|用不用|要唔要)(接着|继续)?吃完|吃完(整个)?疗程|停药")
_TR37X_MISSED = re.compile(r"\b(missed|forgot|forgotten|did not take|has not taken|have not taken|skipped) (to take )?(\w+ ){0,3}(dose|tablets?|pills?|medicines?|meds)\b"
                           r"|忘了吃|忘记吃|漏吃|漏服|(药|那顿药|那顿)[^。？！?!]{0,8}(没吃|没有吃)|还在药盒里")
_TR37X_DISPENSE = re.compile(r"\b(wrong|different) (box|medicine|tablets|pills|packet|brand)\b|\b(different|not the same) (from|to|as) (the|my|what) (prescription|label|list|slip)\b"
                             r"|(跟|和|与)(单子|处方|药单)(上)?(写的)?不一样|拿错(了)?药|发错(了)?药|(药房|药局)[^。？！?!]{0,12}(不一样|不对)")
_TR37X_PREP = re.compile(r"\b(scan|mri|ultrasound|x-?ray|ct|colonoscopy|endoscopy|test|procedure|examination|magnet)\b[^?]{0,80}\b(before|beforehand|take\b[^?]{0,30}\boff|starve|fast|fasting|full bladder|mention)\b"
                         r"|(检查|肠镜|胃镜|b超|彩超|核磁|ct|造影)[^。？！?!]{0,30}(之前|前|要不要|需要|配着)|(肠镜|胃镜)[^。？！?!]{0,8}(泻药|喝的药)")
_TR37X_PRESS = re.compile(r"\bhow long (do|should|must) (i|you|we) (press|hold|apply pressure|keep pressing)\b|(要|需要)?(按|压|撳|揿|揸)(住|着)?(几耐|多久|多长时间)")
_TR37X_RUB = re.compile(r"(酒精|白酒)[^。？！?!]{0,8}擦(身子|身|身体|澡)|\b(sponge|rub|wipe)\w* (him|her|them|the baby)?( down)? with (alcohol|vinegar|surgical spirit)\b")
_TR37X_EXCESS = re.compile(r"\b(too many|extra|double|doubled|whole (packet|box|bottle|strip)|overdos\w*|all of (them|it)|handful)\b|吃多了|过量|多吃了|一把|整(盒|瓶|板)|全吃了|全部吃")


def _tr37_practical(norm: str, fired: list[Rule]) -> set[str]:
    od = {r.id for r in fired if r.category == "overdose_poisoning"}
    drop: set[str] = set()
    plain = not _EV_INTENT.search(norm) and not _ev_said(norm, _EV_OD_SYMPTOM) and not _TR37X_EXCESS.search(norm)
    if od and plain and (_TR37X_COURSE.search(norm) or _TR37X_MISSED.search(norm) or _TR37X_DISPENSE.search(norm)
                         or _TR37X_PREP.search(norm) or (_TR37X_RUB.search(norm) and not _TR37_INGEST.search(norm))):
        drop |= od
    if _TR37X_PREP.search(norm) and not _ev_said(norm, _TR36_NOW_AGAIN) and not _EV_INTENT.search(norm):
        drop |= {r.id for r in fired if r.category == "suicide_self_harm"} if re.search(r"\b(starve|fast|fasting)\b", norm) else set()
        drop |= {r.id for r in fired if r.category == "breathing"} if re.search(r"憋(着|住)?(尿)?|\bfull bladder\b", norm) else set()
        drop |= {r.id for r in fired if r.category == "burns"} if re.search(r"\b(years|once|in (19|20)\d\d|mention|tell them)\b|以前|年轻时|提前", norm) else set()
    if _TR37X_PRESS.search(norm) and not re.search(r"\b(still|soaked|spurt\w*|pumping|faint\w*|dizzy)\b|还在(流|出)|一直(流|出血)|晕", norm):
        drop |= {r.id for r in fired if r.category == "bleeding"}
    return drop


def _tr37_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """TR37 families (blind37, everyday11; spent): see the patterns above."""
    fired = [r for r in fired if r.level == EMERGENCY]
    if not fired:
        return set()
    drop: set[str] = set()
    for family in (_tr37_history, _tr37_fiction, _tr37_drill, _tr37_posture, _tr37_twinge, _tr37_exertion, _tr37_bleed_stopped,
                   _tr37_fit_lookalike, _tr37_overdose, _tr37_allergy_local, _tr37_meningitis, _tr37_infant, _tr37_apnoea,
                   _tr37_stroke_fear, _tr37_chest_brief, _tr37_spotting, _tr37_practical):
        drop |= family(norm, [r for r in fired if r.id not in drop])
    return drop


# TR38 (blind38, everyday13/14; spent): false-alarm families, each dropped only while no warning sign is told.
# (1) One jerk or kick on falling asleep (a hypnic jerk), awake and clear at once, in English or Chinese.
_TR38_DOZING = re.compile(r"\b(doz\w*|nodd\w* off|drift\w* off|dropping off|falling asleep|fell asleep|just asleep|going to sleep|"
                          r"half asleep|on the edge of sleep|in (my|his|her) sleep|asleep)\b|睡着睡着|刚睡着|快睡着|入睡|睡(觉|着)(的)?(时|时候|中)|半睡半醒|打瞌睡|瞌睡|睡梦中")
_TR38_ONE_JERK = re.compile(r"\b(jerk\w*|twitch\w*|jolt\w*|kick\w*|jump\w*|startle\w*)\b|(猛地|突然|一下)?(一抽|抽一下|抽了一下|一抖|抖了一下|一弹|弹了一下|一蹬|踹)")
_TR38_CLEAR_AT_ONCE = re.compile(r"\b(one|a single|just the one|just one) (big |huge |massive )?(jerk|jolt|kick|twitch|jump)\b|\b(awake|with it|fine) (straight away|right away|at once|instantly)\b|"
                                 r"\bknew (exactly )?where (i|he|she) was\b|就那一下|醒了.{0,4}(清清楚楚|清醒|明白|正常)|人(很)?(清楚|清醒)|白天(完全|都|一切)?正常")
_TR38_FIT_KEEP = re.compile(r"\b(stiff\w*|blue|grey|unresponsive|eyes (rolled|rolling)|wet (herself|himself|myself)|bit (her|his|my) tongue|confus\w*|"
                            r"floppy|for (\d+|a few|several|two|three|five) minutes|will not wake|can not wake|during the day|while awake)\b|"
                            r"翻白眼|口吐白沫|叫不醒|没(有)?反应|意识不清|全身(僵|抽)|发紫|尿裤|咬(到|了)舌")
# (2) A brief faint on standing, in the heat or hungry, with a couple of twitches and full recovery with memory.
_TR38_FAINT = re.compile(r"\b(faint\w*|passed out|pass(ed)? out|keeled over|blacked out)\b|晕倒|晕过去|昏倒|昏过去|晕了过去")
_TR38_FAINT_TWITCH = re.compile(r"\b(arms?|legs?|hands?|body)( \w+){0,2} (twitch\w*|jerk\w*)( \w+){0,3} (for )?(a |one or two |a couple of |a few )(seconds?|secs?)\b|"
                                r"\b(twitch\w*|jerk\w*) (for )?(a |a couple of |a few )(seconds?|secs?)\b|(手|脚|腿|身体)?(抽|抖)了?(两|一两|几|一)下")
_TR38_FAINT_CAUSE = re.compile(r"\b(heat|hot|stood|standing|queue|hadn.t eaten|had not eaten|not eaten|skipped|no breakfast|blood|needle|jab|"
                               r"since breakfast)\b|站(久|太久|了很久)|没吃(早)?饭|热|天气|排队|低血糖|晕血|打针|抽血")
_TR38_FAINT_BACK = re.compile(r"\b(came round|came to|with it straight away|knew where|remember\w* (everything|it all)|back to normal|fine now|"
                              r"straight away)\b|(几秒|一会)(钟)?(就)?(醒|好)|(醒来|醒了).{0,6}(都)?(记得|清楚|正常)|现在好好的|现在没事")
_TR38_FAINT_KEEP = re.compile(r"\b(chest pain|palpitat\w*|racing heart|heart racing|during (exercise|sport|football|running|a run)|while running|"
                              r"mid-?run|no warning|out of nowhere|still confused|confus\w*|bit (her|his|my) tongue|wet (herself|himself|myself)|"
                              r"pregnan\w*|hit (his|her|my) head|banged (his|her|my) head|blue|for (a minute|minutes|\d+ minutes)|not breathing|"
                              r"family history|sudden death)\b|胸痛|胸口痛|心慌|心悸|运动(时|中)|跑步(时|中)|怀孕|撞到头|磕到头|叫不醒|咬(到|了)舌|尿裤|意识不清|不记得")
# (3) One or two vitamin or calcium tablets (no iron) taken by a child who is well.
_TR38_SUPPLEMENT = re.compile(r"\b(vitamins?( [a-z]\d?)?|vit ?[cd]|calcium|multivitamins?|gummy vitamins?|vitamin gumm\w*)\b|维生素|维他命|钙片|钙|鱼肝油|含片")
_TR38_FEW = re.compile(r"\b(one|two|a couple of|1|2|a single|an extra|one extra|two extra)\b( \w+){0,4} (tablets?|gumm\w*|chewables?|pills?|sweets?)\b|"
                       r"(一|两|二|1|2)(片|粒|颗|粒半)")
_TR38_SUPP_KEEP = re.compile(r"\b(iron|ferrous|whole (bottle|pot|packet|tub)|all of (them|the)|handful|lots|many|vomit\w*|being sick|drows\w*|sleepy|"
                             r"floppy|prenatal|pregnancy vitamins?)\b|铁|整瓶|一瓶|一把|好多|很多|大把|吐|呕|嗜睡|没精神|叫不醒|孕妇")
# (4) A cleaning product splashed on the hands or arms and rinsed at once, not swallowed and not in the eyes; a few
# breaths of its smell that cleared in fresh air.
_TR38_CLEANER = re.compile(r"\b(cleaning (spray|product|fluid)|cleaner|disinfectant|detergent|bleach|washing[- ]up liquid|surface spray)\b|清洁剂|清潔劑|消毒水|消毒液|漂白水|洗洁精|洗衣液|清洁液")
_TR38_RINSED = re.compile(r"\b(rinsed|washed (it|them) off|under the tap|ran (it|them) under|cold water)\b|(用|拿)?(清)?水(冲|洗)(了|干净)?|冲(了)?水|冲洗|吹吹风|出来.{0,4}(就)?好")
_TR38_CLEANER_KEEP = re.compile(r"\b(eyes?|swallow\w*|drank|drunk|mouth|blister\w*|face|breathless|wheez\w*|can not breathe|struggling)\b|(?<!没有)(?<!没)(?<!冇)(?<!不)(喷|溅|进)(到|了)?眼|(?<!没有)(?<!没)(?<!冇)(吃|喝|吞)(进去|了|下)|起泡|水泡|喘不|呼吸困难|脸")


def _tr38_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """TR38 false-alarm families (see the patterns above)."""
    fired = [r for r in fired if r.level == EMERGENCY]
    if not fired:
        return set()
    drop: set[str] = set()
    cats = {r.category for r in fired}
    if "seizure" in cats and _TR38_DOZING.search(norm) and _TR38_ONE_JERK.search(norm) and _TR38_CLEAR_AT_ONCE.search(norm) \
            and not _ev_said(norm, _TR38_FIT_KEEP):
        drop |= {r.id for r in fired if r.category == "seizure"}
    if cats & {"seizure", "unconscious"} and _TR38_FAINT.search(norm) and _TR38_FAINT_TWITCH.search(norm) and \
            _TR38_FAINT_CAUSE.search(norm) and _TR38_FAINT_BACK.search(norm) and not _ev_said(norm, _TR38_FAINT_KEEP):
        drop |= {r.id for r in fired if r.category in ("seizure", "unconscious")}
    if "overdose_poisoning" in cats and _TR38_SUPPLEMENT.search(norm) and _TR38_FEW.search(norm) and \
            not _ev_said(norm, _TR38_SUPP_KEEP) and cats <= {"overdose_poisoning", "child_unwell"}:
        drop |= {r.id for r in fired if r.category in ("overdose_poisoning", "child_unwell")}
    if cats & {"burns", "overdose_poisoning"} and _TR38_CLEANER.search(norm) and _TR38_RINSED.search(norm) and \
            not _ev_said(norm, _TR38_CLEANER_KEEP):
        # round 31sc (signs31): rinsed yet still burning, peeling or slimy is a chemical burn's sign rule: the burn stays
        kept = ("burns",) if _severe_burn_sign(fired) else ()
        drop |= {r.id for r in fired if r.category in ("burns", "overdose_poisoning") and r.category not in kept}
    return drop


# TR40 (everyday15/16, spent): false-alarm families. Each masks its look-alike's words (or the clauses they sit in)
# and drops a category only when the rest of the message no longer raises it by the rules, lay signs or facts, so a
# sign the writer tells beside it still counts.
# (1) A word in another sense (a dress's fitting, an extractor fan) and (3) a low sugar treated and back up with the
# writer feeling normal are entries of the shared `_TR28_FIGURES` list.
# (2) A condition named only inside someone else's worry or opinion (my wife keeps saying stroke, 我爱人怕我中风,
# 同事话手麻系中风先兆), the writer's own signs denied or explained. A clinician, 111 or a paramedic is no holder here.
_TR40_HOLDER_EN = (r"\b(?:(?:my|our|his|her|the|their) (?:\w+ )?(?:wife|husband|hubby|partner|missus|mrs|mum|mom|mam|mother|dad|father|sister|"
                   r"brother|sis|bro|son|daughter|friend|mate|pal|colleague|boss|neighbou?r|nan|nana|gran|granny|grandma|grandad|auntie|aunt|"
                   r"uncle|cousin|family|in-laws?|mother-in-law|father-in-law|workmate|coworker|co-worker|flatmate|housemate|girlfriend|"
                   r"boyfriend|fianc\w*|other half|apprentice)s?|everyone|everybody|the whole family|people at work)\b")
_TR40_OPINION_VERB_EN = (r"\b(keeps? (on )?saying|keeps? on about|kept saying|says|said|saying|is telling|keeps? telling|told|tells|reckons|reckoned|"
                         r"thinks|thought|is convinced|convinced|insists|insisted|is sure|swears|worried|worries|worrying|scared|panicking|"
                         r"wanted me (checked|to get checked|to be checked)|wants me (checked|to get checked|to be checked)|going on about|on about)\b")
_TR40_HOLDER_ZH = (r"(爱人|老婆|老公|媳妇|丈夫|妻子|太太|先生|男朋友|女朋友|对象|老妈|老爸|妈妈|爸爸|妈|爸|母亲|父亲|姐姐|妹妹|哥哥|弟弟|表姐|表妹|表哥|表弟|"
                   r"堂姐|堂妹|堂哥|姐|妹|哥|同事|朋友|邻居|家里人|家人|亲戚|婆婆|公公|岳母|奶奶|爷爷|外婆|外公|阿姨|舅舅|姑姑|老板|领导|师傅|工友|大家|人家|别人|屋企人|老豆|老母)")
_TR40_OPINION_ZH_VERB = r"(说|讲|话|觉得|以为|认为|怀疑|怕|担心|非说|硬说|总说|一直说|老说|吓唬|非要说)"


@lru_cache(maxsize=1)
def _tr40_opinion_pattern() -> re.Pattern:
    named = "(?:" + _NAMED_CONCEPTS.pattern + ")"
    return re.compile(_TR40_HOLDER_EN + r"[^.;!?\n]{0,30}?" + _TR40_OPINION_VERB_EN + r"[^.;!?\n]{0,50}?" + named
                      + "|" + _TR40_HOLDER_ZH + r"[^,.;:?!\n，。；：？！]{0,6}?" + _TR40_OPINION_ZH_VERB + r"[^.;:?!\n。；：？！]{0,12}?" + named)


_TR40_CLINICIAN = re.compile(r"\b(doctor|dr|gp|nurse|paramedic|ambulance|111|999|consultant|pharmacist|a ?& ?e|hospital|midwife|dentist)\b|医生|大夫|护士|急救|120|药剂师|医院说|诊所说")
_TR40_OWN_FINE = re.compile(
    r"\b(speech|talking|speaking|face|smile|arms?|legs?|grip|walking|breathing|lips?|tongue|throat|everything else)( is| are| was| were|'s| both| all)* "
    r"(fine|normal|ok|okay|clear|good|perfect\w*|working)\b|\b(no|not|nor) (a )?(rash|wheez\w*|swelling|fever|temp|temperature|headache|droop\w*|"
    r"weakness|numbness|trouble|vomit\w*)\b|\bnothing (anywhere )?else\b|\btalking (perfectly|fine|normally)\b|\bcan (walk|talk|lift|do)\b"
    r"|(说话|讲话|讲嘢|讲野|走路|行路|脸|面|手脚|笑|口齿)[^,.;:?!\n，。；：？！]{0,6}(都|也)?(正常|清楚|没问题|冇问题|有劲|有力|不歪|没歪|好好)"
    r"|\b(all|completely|totally) (gone|settled|cleared|better)\b|\b(feel|feels|feeling) (fine|normal|ok|okay|grand|well)\b"
    r"|(都|也)(正常|没问题|冇问题)|(已经|都)?(好了|没事了|冇事了)")
# (4) Breathing said easy (喘气也顺, 呼吸顺畅): the words are masked, a real breathing or allergy sign beside them stays.
_TR40_BREATH_EASY = re.compile(r"(喘气|呼吸|透气|出气|抖气|唞气)(也|都|还|倒)?(很|挺|算|几)?(顺|顺畅|畅顺|正常|没问题|冇问题|平稳|均匀)(的|了|嘅)?")
# (5) Out of breath after climbing or running, settled within minutes of sitting down; no chest pain, faint or colour.
_TR40_EXERTION = re.compile(r"\b(stairs|climb\w*|ran|run|running|jog\w*|sprint\w*|cycl\w*|hill)\b|爬|楼梯|上楼|跑|骑车|登山|爬山")
_TR40_SETTLED = re.compile(r"(坐|歇|休息|停)[^,.;:?!\n，。；：？！]{0,10}(就|便)?(平了|好了|缓过来了?|顺了|正常了|平复了?|喘匀了|没事了)"
                           r"|\b(settled|calmed down|got (my|his|her) breath back|back to normal|went away|passed)\b( \w+){0,3} (after|within|in) "
                           r"(a (few|couple of)|\d+|two|three|four|five|a) (min\w*|seconds?)\b")
_TR40_EXERTION_KEEP = re.compile(r"\b(pain|tight\w*|pressure|crushing|faint\w*|dizzy|blue|grey|gray|sweat\w*|clammy|still|collaps\w*|blacked out)\b"
                                 r"|胸痛|胸口(痛|疼|闷|压|紧)|压着|晕|眼前发黑|发紫|发青|冷汗|出汗|还在|现在还|倒下")
# (6) Paracetamol or ibuprofen told as a small total (2 and then 2 more, 'so 4 tablets'), the total said outright or summed.
_TR40_OTC_TOTAL = re.compile(r"\b(so|that is|that's|total of|in total|altogether|making|makes)( about)? (\d|one|two|three|four|five|six|seven|eight|nine|ten)\b")


_TR40_OTC_COUNT = re.compile(r"\b(\d|one|two|three|four|five|six|seven|eight|nine|ten) (more |extra |other )?(paracetamol|acetaminophen|ibuprofen|nurofen|"
                             r"panadol|tylenol|advil|tablets?|pills?|capsules?|caplets?|painkillers?|more)\b")
_TR40_OTC_BIG = re.compile(r"\b(whole|entire|packets?|packs?|box(es)?|bottles?|strips?|blister|handful|all (of )?(them|my|the|his|her|their)|lots|loads?|"
                           r"many|several|dozens?|overdos\w*)\b")


def _tr40_small_otc(norm: str) -> bool:
    """A painkiller total of four tablets or fewer (the total told outright, or the tablet counts summed), no pack or
    bottle, no big count."""
    if _TR40_OTC_BIG.search(norm) or _EV8_BIG_OR_MIXED.search(norm):
        return False
    return _tablet_total_small(norm, _TR40_OTC_COUNT, _TR40_OTC_TOTAL)


def _tr40_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """TR40: categories that rest only on a word in another sense, someone else's worry, a treated hypo, breathing said
    easy, breath lost on the stairs and back within minutes, or a small painkiller total."""
    cats = {r.category for r in fired if r.level == EMERGENCY}
    dropped: set[str] = set()
    if not cats:
        return dropped
    # (1) words in another sense: a garment's fitting and an extractor fan are `_TR28_FIGURES` entries
    # (2) someone else's worry, the writer's own signs denied or explained
    opinion = _tr40_opinion_pattern()
    found = [m for m in opinion.finditer(norm) if not _TR40_CLINICIAN.search(m.group(0))]
    if found and _TR40_OWN_FINE.search(norm):
        masked = norm
        for m in found:
            masked = masked.replace(m.group(0), " , ")
        learned = {r.category for r in _learned_findings(masked)}
        for cat in cats & {"stroke", "anaphylaxis", "meningitis", "chest_pain", "seizure", "sepsis", "unconscious"}:
            if not _raises_category(masked, cat) and cat not in learned and _tr36_named_only(masked, cat):
                dropped.add(cat)
    # (3) a treated hypo, back up, feeling normal: `_TR28_FIGURES`' treated-hypo entry
    # (4) breathing said easy
    if cats & {"breathing", "anaphylaxis"} and _TR40_BREATH_EASY.search(norm):
        rest = _TR40_BREATH_EASY.sub(" , ", norm)
        dropped |= {c for c in cats & {"breathing", "anaphylaxis"} if not _raises_category(rest, c)}
    # (5) out of breath on exertion, settled with rest
    if "breathing" in cats and _TR40_EXERTION.search(norm) and _TR40_SETTLED.search(norm) and not _ev_said(norm, _TR40_EXERTION_KEEP):
        dropped.add("breathing")
    # (6) a small painkiller total
    if "overdose_poisoning" in cats and _EV8_OTC_TOTAL.search(norm) and _tr40_small_otc(norm) and not _ev_said(norm, _EV_OD_SYMPTOM) \
            and not _EV_INTENT.search(norm) and not _EV_CHILD.search(norm) and not _EV_HIGH_RISK_MED.search(norm):
        dropped.add("overdose_poisoning")
    # (7) food or drink read as a substance taken in amount (喝了一瓶养乐多, 吃了一碗馄饨, 'eating ice lollies'): the meal
    # is masked and the rest must no longer raise a poisoning
    if "overdose_poisoning" in cats and _NOT_INGESTION.search(norm) and not _ev_said(norm, _EV_OD_SYMPTOM) and not _EV_INTENT.search(norm):
        rest = mask_not_ingestion(norm)
        if rest != norm and not _raises_category(rest, "overdose_poisoning") and "overdose_poisoning" not in {r.category for r in _learned_findings(rest)}:
            dropped.add("overdose_poisoning")
    # (8) a lip or cheek numb and droopy after today's dental anaesthetic, the arms, speech and walking said fine
    if "stroke" in cats and _lexicon("LOCAL_ANAESTHETIC").search(norm) and re.search(r"今天|今早|小时|\b(today|this morning|hours? ago|\d+ hours|since)\b", norm) \
            and _TR40_OWN_FINE.search(norm) and not _ev_said(_TR40_OWN_FINE.sub(" , ", norm), _TR36_DENTAL_KEEP):
        dropped.add("stroke")
    return dropped


# round 42 (everyday18 false alarms): look-alike families of everyday18 / everyday17 and two reviewer questions. Each
# family is narrow: its own look-alike shape, the writer's own signs said fine where it needs them, and a keep-list of
# the real signs (not negated) that leave the flag standing. Categories are dropped, as in TR40.
# Stroke signs that keep a stroke flag whatever the look-alike (a face, speech or limb sign, not a body part alone).
_R42_STROKE_KEEP = re.compile(
    r"\b(droop\w*|lopsided|slurr\w*|garbled|jumbled|muddled|confus\w*|can not (speak|talk|lift|raise|move|grip|hold|walk|see|find (the|my|his|her) words)|"
    r"could not (speak|talk|lift|raise|move|grip|hold|walk|see)|weak(ness)?|heavy|dragging|vision|blind|double vision|worst headache|"
    r"one side of (my|his|her|their|the) (face|body|mouth)|still (numb|tingl\w*|weak|dead|heavy)|getting worse|spreading)\b"
    r"|嘴歪|口歪|脸歪|面歪|歪(了|咗)|说话不清|讲话不清|讲嘢唔清|口齿不清|说不出|讲不出|讲唔出|无力|没力|冇力|没劲|冇劲|抬不起|举不起|拿不住|"
    r"看不清|看不见|重影|半边(身|脸|面)|一边(手脚|身体|身)|还(是|在)?麻|仍(然)?(在)?麻|越来越麻|(走路|行路)(不稳|打偏|歪)")
# (1) the little and ring fingers tingling from leaning on an elbow (the ulnar nerve); (2) fingers or toes gone white or
# blue in the cold and red as they warm (Raynaud's); (3) a numb or prickly patch just where glue, tape or make-up sat;
# (4) a hand or arm numb on waking that shook off or came back within minutes.
_R42_ULNAR = re.compile(r"\b(little|ring|pinky|pinkie|baby) fingers?\b|\bfourth and fifth fingers?\b|小指|尾指|无名指|小拇指|尾指头")
_R42_ELBOW = re.compile(r"\b(elbows?|funny bone|ulnar)\b|手肘|手踭|肘")
_R42_RAYNAUD = re.compile(r"\braynaud'?s?\b|雷诺"
                          r"|\b(fingers?|finger ?tips|toes?)\b[^.;?!]{0,40}\b(white|pale|blue|waxy)\b[^.;?!]{0,80}\b(red|pink|warm\w*|cold)\b"
                          r"|(手指|指头|脚趾|指尖)[^。；？！]{0,10}(发白|变白|白色|发紫|变紫|发青|变青)")
_R42_BLUE_KEEP = re.compile(r"\b(lips?|face|mouth|tongue|breath\w*|wheez\w*|gasp\w*|struggl\w*|floppy|drowsy)\b|嘴唇|唇|脸|面|口|舌|呼吸|喘|透不过气|气促|软|叫不醒")
_R42_COLD = re.compile(r"\b(cold|freezing|icy|ice|winter|frost\w*|chilly|snow)\b|冷|冰|冬天|结霜")
_R42_STUCK_ON = re.compile(r"\b(glue|adhesive|spirit gum|latex|prosthetic|make-?up|plaster|tape|sticker|patch|wax|lash glue)\b"
                           r"|胶水|胶布|假鬓|假发|假睫毛|胶|贴布|膏药|贴纸|化妆品|粉底")
_R42_SPOT = re.compile(r"\b(where|the (spot|patch|area|place|bit) (where|that|the))\b|(的|嘅)(地方|位置|那块|那里|那一块|嗰度|嗰块)")
_R42_ALLERGY_KEEP = re.compile(r"\b(swell\w*|swollen|puff\w*|throat|tongue|lips?|breath\w*|wheez\w*|hives all over|all over)\b"
                               r"|肿|喉|舌|嘴唇|呼吸|喘|透不过气|全身")
_R42_WOKE = re.compile(r"\b(woke|waking|wake|woken|got up|in the morning|first thing)\b|起床|睡醒|醒来|醒来时|瞓醒|起身|早上起来")
_R42_NUMB_LIMB = re.compile(r"\b(hand|arm|fingers?)\b[^.;?!]{0,20}\b(numb|dead|tingl\w*|pins and needles|asleep)\b"
                            r"|\b(numb|dead|tingl\w*) (hand|arm|fingers?)\b|(手|手臂|胳膊|手指)[^,.;:?!，。；：？！]{0,4}(麻|痹|没知觉)")
_R42_SHOOK_OFF = re.compile(r"\b(shook|shaking|shake|shaken) (it|them) (off|out)\b|\b(came|come|went|wore) (back|off)\b|\b(within|after|in) (a few|a couple of|\d+|two|three|five|ten) min\w*\b"
                            r"|甩(一甩|甩|几下|了几下|咗几下|一下)?[^,.;:?!，。；：？！]{0,8}(就|便)?(好|没事|冇事|恢复|回来)|(几|两|一|三|五)分钟(就|便|后)?(好|没事|冇事|恢复|回来)")


def _r42_stroke_lookalike(norm: str) -> bool:
    """A stroke flag told as a trapped nerve, Raynaud's, a glued patch or a hand numb on waking, no stroke sign kept."""
    if _ev_said(_TR40_OWN_FINE.sub(" , ", norm), _R42_STROKE_KEEP):
        return False
    if _R42_ULNAR.search(norm) and _R42_ELBOW.search(norm):
        return True
    if _R42_RAYNAUD.search(norm) and _R42_COLD.search(norm):
        return True
    if _R42_STUCK_ON.search(norm) and _R42_SPOT.search(norm) and _TR40_OWN_FINE.search(norm):
        return True
    return bool(_R42_WOKE.search(norm) and _R42_NUMB_LIMB.search(norm) and _R42_SHOOK_OFF.search(norm) and _TR40_OWN_FINE.search(norm))


# (5) a sore spot on a rib that hurts to press or twist, after a strain or leaning: the chest wall, when no cardiac sign.
_R42_RIB = re.compile(r"\b(rib|ribs|ribcage|rib cage|breastbone|sternum|chest wall)\b|肋骨|肋|胸骨")
_R42_REPRODUCED = re.compile(r"\b(press\w*|push\w*|prod\w*|touch\w*|twist\w*|turn\w*|poke\w*)\b[^.;?!]{0,20}\b(hurts?|sore|tender|pain\w*)\b"
                             r"|\b(hurts?|sore|tender|pain\w*) (when|if|on) (i |you )?(press\w*|push\w*|touch\w*|twist\w*|turn\w*|prod\w*)\b"
                             r"|(按|压|碰|摸|转身|扭)[^,.;:?!，。；：？！]{0,4}(痛|疼|就痛|就疼)")
# (6) a blood-pressure tablet taken twice by mistake, a normal reading told and nothing felt
_R42_BP_MED = re.compile(r"\b(blood pressure|bp|hypertension) (tablets?|pills?|meds|medicines?|medications?)\b|\b(amlodipine|ramipril|lisinopril|losartan|candesartan|"
                         r"perindopril|enalapril|valsartan|irbesartan|indapamide|bendroflumethiazide)\b|降压药|血压药|降血压药")
_R42_TWICE = re.compile(r"\b(twice|two doses|double(d)? (dose|up)|again by (mistake|accident)|an extra (one|dose|tablet|pill))\b|两遍|两次|两回|多吃了一|重复(吃|服)|又吃了一")
_R42_BP_READING = re.compile(r"(?<![\d.])(1[0-5]\d|9\d) ?/ ?(\d{2,3})(?![\d.])")
_R42_OD_KEEP = re.compile(r"\b(dizzy|faint\w*|light ?headed|collaps\w*|drowsy|sleepy|confus\w*|slow (pulse|heart)|racing|palpitat\w*|vomit\w*|"
                          r"unconscious|unresponsive|whole|packet|box|bottle|handful|all of them|several|many|on purpose|deliberately)\b"
                          r"|头晕|晕|心慌|心跳(慢|快)|呕|吐|昏|叫不醒|一把|整板|整盒|整瓶|故意")
# (7) a hangover: alcohol at a night out or party, the writer up and asking about it, no danger sign or medicine mixed in
_R42_ALCOHOL = re.compile(r"\b(cider|ciders|beers?|lagers?|ales?|pints?|wine|prosecco|vodka|gin|rum|whisk(e)?y|tequila|shots|cocktails?|booze|drinks)\b"
                          r"|啤酒|白酒|红酒|洋酒|喝酒|饮酒|喝多了|饮多咗|醉")
_R42_NIGHT_OUT = re.compile(r"\b(night out|hangover|hung ?over|last night|party|wedding|stag|hen do|birthday|pub|club|drinking session|the night before)\b"
                            r"|宿醉|昨晚|昨夜|聚会|喜酒|婚宴|饭局|应酬|同学会")
_R42_DRUNK_KEEP = re.compile(r"\b(unconscious|unresponsive|can not wake|could not wake|won't wake|will not wake|passed out|choking|blue|seizure|fit|"
                             r"vomit\w* (blood|again and again|all night|non-?stop)|drugs?|mdma|ketamine|cocaine|pills|overdos\w*)\b"
                             # a medicine told as taken with it ('took a load of paracetamol'); one only asked about is no keep
                             r"|\b(took|taken|take|taking|had|swallowed|popped|necked|downed|plus|with|on)\b( \w+){0,4} (tablets?|paracetamol|acetaminophen|"
                             r"ibuprofen|aspirin|painkillers?|co-?codamol|codeine|meds|medicines?|medications?|sleeping \w+|antidepressants?)\b"
                             r"|叫不醒|昏迷|不省人事|抽搐|吐血|一直吐|(吃|服|吞)(了|咗)[^,.;:?!，。；：？！]{0,6}药"
                             # round 40z (blind60b): bulk or unknown spirits, or sight gone misty or snowy, is no hangover (methanol)
                             r"|散装(的|嘅)?(白)?酒|假酒|工业酒精|甲醇|眼前[^,.;:?!，。；：？！]{0,3}(蒙|朦|模糊|发花|雾|一片白|白茫茫)"
                             r"|看(东西|嘢)?(不|唔)清|视(力|线)[^,.;:?!，。；：？！]{0,3}模糊|(好似|好像|像)(落雪|下雪|雪花)")
# (8) a small burn by its size (3mm, pea-sized, 米粒大) cooled at once
_R42_SMALL_BURN = re.compile(r"\b([1-9]|1[0-5]) ?mm\b|\b(tiny|small|little|pinhead|pin-?prick|pea-?sized|rice-?sized)( \w+)? (burn|spot|mark|blister|dot)\b"
                             r"|(米粒|绿豆|芝麻|黄豆|针头)(大|大小|咁大|般大)|(小小|很小|好小|一点点)(的)?(烫伤|烫|伤口|红点|一块)")
_R42_BURN_KEEP = re.compile(r"\b(face|eyes?|genital\w*|groin|airway|mouth|throat|electric\w*|chemical|acid|clothes|charred|black|leathery|waxy|"
                            r"no pain|painless|does not hurt|can not feel|large|big|huge|spreading|baby|infant|toddler)\b"
                            r"|脸|眼|嘴|喉|电|化学|强酸|烧焦|发黑|不痛|没感觉|大片|一大块|婴儿|宝宝"
                            # round 33c (blind53): an electrical injury told as a shock or a zap (a small entry mark is its usual look)
                            r"|\b(shock|shocked|zap|zapped|electrocut\w*|live wire|power ?lines?|mains)\b")
# (9) 'i want to disappear' explained in plain words as hiding away, the writer saying they are safe
_R42_DISAPPEAR = re.compile(r"\b(want(ed)?|wanna|wish) to (disappear|vanish|hide)( for a (bit|while|few days))?\b|想(消失|人间蒸发|躲起来)")
_R42_MEANT = re.compile(r"\b(i|she|he|they) (said (he|she|they) )?(only |just )?meant\b|\bwhat i meant\b|\bby that i mean\b|\bi just mean\b|我的意思是|我是说|意思是|我只是想")
_R42_SAFE = re.compile(r"\b(i am|i'm|i feel|he is|she is|they are|he feels|she feels) (totally |completely |perfectly )?(safe|not in danger)\b"
                       r"|\b(not|never) (going|gonna) to (hurt|harm|kill) (myself|me|himself|herself|themselves|him|her)\b|\bno (thoughts|plans?) (of|to) (hurting|harming|killing|ending)\b"
                       r"|(我|他|她|佢)(很|是|好|都)?安全|不会(伤害|伤)(自己|自已)|唔会(伤害|伤)自己|不会做傻事|唔会做傻事|没有(想|要)?(伤害自己|自杀|轻生)")
# (10) a sugar in the low teens with thirst and vomiting denied, the writer well: no insulin overdose or crisis
_R42_SUGAR_MID = re.compile(r"(\b(sugar|sugars|glucose|bm|bg|reading|level)\b|血糖)[^,.;:?!，。；：？！]{0,15}?((?<![\d.])1[0-9](\.\d)?(?![\d.])|十[一二三四五六七八九]?点[\d一二三四五六七八九几]*|十[一二三四五六七八九]度)")
_R42_SUGAR_WORD = re.compile(r"\b(sugar|sugars|glucose|bm|bg|reading)\b|血糖")
_R42_SUGAR_LOW = re.compile(r"(\b(sugar|sugars|glucose|bm|bg|reading|level)\b|血糖)[^.;:?!。；：？！]{0,15}?(?<![\d.])[0-3](\.\d)?(?![\d.])|\b(hypo\w*|low)\b|低血糖|[二三]点[\d一二三四五六七八九几]*")
_R42_WELL = re.compile(r"\b(feel|feels|feeling) (fine|well|ok|okay|good|normal|grand)\b|\b(no|not) (thirst\w*|vomit\w*|sick)\b|(冇|没|没有|不)(口渴|呕|吐)|精神(好|很好|几好|正常)|人好精神")
_R42_DIAB_KEEP = re.compile(r"\b(insulin|drowsy|confus\w*|vomit\w*|being sick|ketones?|fruity|breath\w*|can not wake|unconscious|very thirsty|peeing (loads|constantly|all the time)|"
                            r"hi\b|high on the meter)|胰岛素|嗜睡|迷糊|糊涂|呕|吐|酮|烂苹果|叫不醒|昏|好口渴|很口渴|尿(好|很)多")
# (11) shouting or flailing in the sleep (acting out a dream), awake and clear at once, asked 'is it a seizure'
_R42_SLEEP = re.compile(r"\b(in (his|her|my|their) sleep|while (he is|she is|i am|they are) asleep|sleep ?talk\w*|nightmares?|dreams?|dreaming)\b"
                        r"|睡觉(时|的时候|会|中)?|睡着(了|时|的时候)?|梦(里|中|话)|做梦|发梦")
_R42_ACTING_OUT = re.compile(r"\b(shout\w*|yell\w*|punch\w*|kick\w*|flail\w*|lash\w* out|fighting|thrash\w*)\b|大叫|大喊|喊叫|乱揮|乱挥|乱踢|打架|挥拳|踢人|拳打脚踢")
_R42_CLEAR_AT_ONCE = re.compile(r"\b(wakes?|woke|waking)( \w+){0,3} (straight away|at once|immediately|right away)\b|\b(knows|knew) where (he|she|i|they) (is|was|am|were)\b"
                                r"|叫醒[^,.;:?!，。；：？！]{0,6}(马上|立刻|就)(清醒|醒|正常)|醒(了|来)?(后|以后)?[^,.;:?!，。；：？！]{0,4}(马上|立刻|就)?(清醒|正常)")
_R42_FIT_KEEP = re.compile(r"\b(stiff\w*|rigid|froth\w*|foam\w*|bit (his|her|my|their) tongue|tongue bitten|wet (himself|herself|myself|themselves)|blue|"
                           r"can not wake|could not wake|confus\w*|drowsy for)\b|口吐白沫|白沫|咬(到|伤|破)?舌|尿(裤子|湿|失禁)|失禁|僵硬|翻白眼|叫不醒|发紫|发青|糊涂")
# (12) someone else's worry naming a condition, the writer's own signs said fine (eating, drinking, peeing fine)
_R42_OWN_FINE_MORE = re.compile(r"\b(eating|drinking|peeing|weeing|feeding|sleeping|walking|talking)( \w+){0,4} (fine|normal|normally|ok|okay|well)\b"
                                r"|\b(eating|drinking|peeing|weeing) (and|,) (drinking|peeing|weeing|eating)\b"
                                r"|(吃|喝|睡|食|饮)[^,.;:?!，。；：？！]{0,4}(正常|都好|没问题|冇问题)|能吃能(玩|喝|睡)|精神(还|很|几)?(好|可以)")
# (13) a cough from smoke or cooking fumes, breathing said normal and breathlessness denied: no smoke-inhalation burn
_R42_SMOKE = re.compile(r"\b(smoke|smoky|smoked|fumes|bbq|barbecue|grill|stall)\b|油烟|烟很大|烟雾|烤炉|烧烤|炭火")
_R42_BREATH_DENIED = re.compile(r"(呼吸|喘气|透气)(是|都是|也是)?(正常|顺|顺畅)(的)?|(不会|不|没有|没|冇)(会)?(喘|气促|气喘|呼吸困难)|\b(not|never|no) (wheez\w*|breathless|short of breath|struggling)\b"
                                r"|\bbreathing (is |was |feels )?(normal|fine|ok|okay|easy)\b")
_R42_ENT = re.compile(r"耳鼻喉(专)?科?|\b(ent|ear,? nose and throat)( clinic| department| doctor| specialist)?\b")  # a department's name
_R42_SMOKE_KEEP = re.compile(r"\b(hoarse|soot|singed|black (spit|phlegm|mucus)|burn(t|ed)? (skin|face|arm|hand)|blister\w*|voice)\b|哑|嘶|烟灰|黑痰|烧焦|鼻毛|起泡|水泡|烫伤|烧伤")
# (14) a blocked nose with streaks of blood in pregnancy (the nose, not the womb)
_R42_NOSE_BLOOD = re.compile(r"\b(nose ?bleeds?|nosebleeds?|bleed\w* (from|in) (my|her|the) nose|blood\w* (when|after) (i |she )?blow\w*|blow\w* (my|her) nose)\b"
                             r"|鼻(子|涕|腔)?[^,.;:?!，。；：？！]{0,12}(血丝|带血|出血|有血)|擤[^,.;:?!，。；：？！]{0,8}(血丝|带血|有血)|流鼻血")
_R42_STREAKS = re.compile(r"\b(streaks?|streaky|specks?|flecks?|tinged|a (little|bit|touch|trace) of blood)\b|血丝|带(点|一点|少少|啲)?血丝|一点点血|少少血")
# (15) medicines kept, expired or left over, asked about for disposal or use; nothing taken, no intent said
_R42_MED_WORD = re.compile(r"\b(medicines?|medications?|meds|tablets?|pills?|antibiotics?|prescriptions?|inhalers?|drugs)\b|药|抗生素|消炎药")
_R42_OLD_MEDS = re.compile(r"\b(expired|out of date|past (their|the|its) (use[- ]by|expiry|date)|leftover|left over|old|unused|last year'?s|stockpil\w*|stash)\b"
                           r"|过期|过了日子|过了期|剩(下)?(的|了)?|去年(的)?|以前(的)?|没吃完|没用完|攒了|存了|囤了|一抽屉")
_R42_DISPOSE_OR_ASK = re.compile(r"\b(dispos\w*|get rid of|throw (them |it |these |those )?(away|out)|bin (them|it)|flush|recycl\w*|take (them|it) back|"
                                 r"(can|could|should|is it ok for) (she|he|i|we|they) (take|have|use|give))\b"
                                 r"|扔|丢|冲马桶|处理|回收|清一清|清理|(能不能|可不可以|能|可以)(给(她|他|孩子)?)?(吃|用)")
_R42_STOCKPILE = re.compile(r"\b(stockpil\w*|hoard\w*|stash\w*|sav(ed|ing) up)\b|攒|存了|囤|藏")
_R42_EXPIRED_OR_LEFT = re.compile(r"\b(expired|out of date|past (their|the|its) (use[- ]by|expiry|date)|leftover|left over)\b|过期|过了日子|过了期|剩")
_R42_MED_WORRY = re.compile(r"\b(scared|worried|frightened|afraid|worry)\b[^.;?!]{0,40}\b(he|she|they|him|her|them)('ll| will| might| may| could)\b"
                            r"|\b(depress\w*|low mood|hopeless|what (he|she|they)('ll| will| might) do)\b|怕(他|她|佢)|担心(他|她|佢)(会)?(做|想)|想不开|情绪(低|不好|差)|抑郁")
# a handful of snot or tears, 一把年纪 (a figure, no amount taken); 歌仔戏 / 打工仔 (no child)
_R42_FIGURE_HANDFUL = re.compile(r"鼻涕一把(一把)?|一把鼻涕|眼泪一把|一把(眼)?泪|一把年纪")
_R42_NOT_CHILD = re.compile(r"歌仔戏|打工仔|仔戏|牛仔裤")
_R42_MED_KEEP = re.compile(r"\b(took|taken|swallowed|ate|drank|drunk|sipped|overdos\w*|all at once|in one go|end it|kill|die|suicid\w*|unconscious|drowsy|"
                           r"pesticides?|weed ?killer|poison\w*|bleach|antifreeze)\b"
                           r"|吃了|吞了|服了|喝了|饮了|吃咗|食咗|饮咗|喝咗|一次(吃|吞)|吃掉|全吃|喝了一口|想死|不想活|自杀|轻生|结束|叫不醒|昏|农药|老鼠药|杀虫|除草|毒")


def _r42_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 42 (everyday18 false alarms): the look-alike families above; categories that rest only on them."""
    cats = {r.category for r in fired if r.level == EMERGENCY}
    dropped: set[str] = set()
    if not cats:
        return dropped
    if cats & {"stroke", "anaphylaxis"} and _r42_stroke_lookalike(norm):
        dropped.add("stroke")
        if "anaphylaxis" in cats and _R42_STUCK_ON.search(norm) and not _ev_said(norm, _R42_ALLERGY_KEEP):
            dropped.add("anaphylaxis")
    if "breathing" in cats and _R42_RAYNAUD.search(norm) and _R42_COLD.search(norm) and not _ev_said(norm, _R42_BLUE_KEEP):
        dropped.add("breathing")  # fingers or toes gone blue in the cold and red as they warm: no breathing sign
    if "chest_pain" in cats and _R42_RIB.search(norm) and _R42_REPRODUCED.search(norm) and not _ev_said(norm, _EV_CHEST_SEVERE):
        dropped.add("chest_pain")
    if "overdose_poisoning" in cats and not _EV_INTENT.search(norm) and not _ev_said(norm, _R42_OD_KEEP):
        if _R42_BP_MED.search(norm) and _R42_TWICE.search(norm) and _R42_BP_READING.search(norm) \
                and int(_R42_BP_READING.search(norm).group(1)) >= 100 and not _EV_CHILD.search(_R42_NOT_CHILD.sub(" ", norm)):
            dropped.add("overdose_poisoning")
        elif _R42_ALCOHOL.search(norm) and _R42_NIGHT_OUT.search(norm) and not _ev_said(norm, _R42_DRUNK_KEEP) and not _EV_CHILD.search(norm):
            rest = _r27_mask(norm, _R42_ALCOHOL)
            if not _raises_category(rest, "overdose_poisoning") and "overdose_poisoning" not in {r.category for r in _learned_findings(rest)}:
                dropped.add("overdose_poisoning")
    if "burns" in cats and _R42_SMALL_BURN.search(norm) and not _ev_said(norm, _R42_BURN_KEEP) and not _EV_CHILD.search(_R42_NOT_CHILD.sub(" ", norm)):
        dropped.add("burns")
    if "suicide_self_harm" in cats and _R42_DISAPPEAR.search(norm) and _R42_MEANT.search(norm) and _R42_SAFE.search(norm):
        if not _still_suicidal(_R42_SAFE.sub(" , ", _R42_DISAPPEAR.sub(" , ", norm))):
            dropped.add("suicide_self_harm")
    if "diabetic" in cats and _R42_SUGAR_MID.search(norm) and _R42_WELL.search(norm) and not _R42_SUGAR_LOW.search(norm) \
            and not _ev_said(norm, _R42_DIAB_KEEP):
        dropped.add("diabetic")
    if "seizure" in cats and _R42_SLEEP.search(norm) and _R42_ACTING_OUT.search(norm) and _R42_CLEAR_AT_ONCE.search(norm) \
            and not _ev_said(norm, _R42_FIT_KEEP):
        dropped.add("seizure")
    opinion = [m for m in _tr40_opinion_pattern().finditer(norm) if not _TR40_CLINICIAN.search(m.group(0))]
    if opinion and _R42_OWN_FINE_MORE.search(norm) and not _TR40_OWN_FINE.search(norm):
        masked = norm
        for m in opinion:
            masked = masked.replace(m.group(0), " , ")
        learned = {r.category for r in _learned_findings(masked)}
        for cat in cats & {"sepsis", "meningitis", "stroke", "chest_pain"}:
            if not _raises_category(masked, cat) and cat not in learned and _tr36_named_only(masked, cat):
                dropped.add(cat)
    if "burns" in cats and _R42_SMOKE.search(norm) and _R42_BREATH_DENIED.search(norm) and not _ev_said(norm, _R42_SMOKE_KEEP):
        rest = _R42_ENT.sub(" , ", _R42_BREATH_DENIED.sub(" , ", _TR40_BREATH_EASY.sub(" , ", norm)))
        if not _raises_category(rest, "burns"):
            dropped.add("burns")
    if "pregnancy" in cats and _R42_NOSE_BLOOD.search(norm):
        rest = _r27_mask(norm, _R42_NOSE_BLOOD)
        if not _raises_category(rest, "pregnancy") and "pregnancy" not in {r.category for r in _learned_findings(rest)}:
            dropped.add("pregnancy")
    if "bleeding" in cats and _R42_NOSE_BLOOD.search(norm) and _R42_STREAKS.search(norm):
        rest = _r27_mask(norm, _R42_NOSE_BLOOD)
        if not _raises_category(rest, "bleeding"):
            dropped.add("bleeding")  # streaks of blood when blowing a blocked nose (not a nosebleed that will not stop)
    if cats & {"suicide_self_harm", "overdose_poisoning"} and _R42_MED_WORD.search(norm) and _R42_OLD_MEDS.search(norm) \
            and _R42_DISPOSE_OR_ASK.search(norm) and not _ev_said(norm, _R42_MED_KEEP) and not _R42_MED_WORRY.search(norm) \
            and not _ev_said(norm, _EV_OD_SYMPTOM) \
            and (not _R42_STOCKPILE.search(norm) or _R42_EXPIRED_OR_LEFT.search(norm)):
        rest = _R42_FIGURE_HANDFUL.sub(" ", _r27_mask(norm, _R42_OLD_MEDS))
        if "suicide_self_harm" in cats and not _still_suicidal(rest):
            dropped.add("suicide_self_harm")
        if "overdose_poisoning" in cats and not _raises_category(rest, "overdose_poisoning"):
            dropped.add("overdose_poisoning")
    return dropped


# Round 44 (everyday false alarms: everyday20's first run, everyday19, four R36 reviewer questions; all spent). Each
# family masks the benign piece (a word in another sense, someone else's alarm, a bleed from the nose or gums, a sip of
# drinking water, ...) and drops a category only when the rest of the message raises it no more (rules, lay signs,
# facts, learned net) and no keep sign of that category is said.
def _r44_still(piece: str, category: str) -> bool:
    """True when a piece still raises `category` (rules of any level, lay signs, facts, learned net)."""
    return _raises_category(piece, category) or category in {r.category for r in _learned_findings(piece)}


def _r44_still_emergency(piece: str, category: str) -> bool:
    """True when a piece still raises `category` at emergency level (an urgent-level rule alone does not count)."""
    if any(f.category == category for f in lay_red_flags(piece) + assess_facts(extract_facts(piece))):
        return True
    hits = find_concepts(piece)
    if any(r.category == category and r.level == EMERGENCY and _rule_fires(r, hits) for r in RULES):
        return True
    return category in {r.category for r in _learned_findings(piece)}


def _r44_mask(norm: str, *patterns: re.Pattern) -> str:
    for pattern in patterns:
        norm = pattern.sub(" , ", norm)
    return norm


_R44_SENTENCE = re.compile(r"[^.!?;\n。！？；]+[.!?;\n。！？；]*")


def _r44_sentences_masked(norm: str, pattern: re.Pattern) -> str:
    """The message with every sentence that holds a match of `pattern` blanked out."""
    return "".join(" . " if pattern.search(s.group(0)) else s.group(0) for s in _R44_SENTENCE.finditer(norm))


# (1) word senses. 'sneezing fits', 'a fit of the giggles', 'fitting dishes and aerials' (a trade); 抽烟/抽血/抽空/抽屉.
_R44_FIT_SENSE = re.compile(
    r"\b(sneez\w*|cough\w*|giggl\w*|laugh\w*|hiccup\w*|crying|temper|rage|jealous\w*|panic)( \w+)? fits?\b|\bfits? of (the )?(sneez\w*|cough\w*|giggl\w*|"
    r"laughter|laughing|rage|temper|jealousy|pique|coughing|sneezing)\b|\bfits and starts\b"
    r"|\b(fitting|fitted|fitter|fitters|installing|installed) ((new|the|a|an|some|their|our|his|her|my|double|kitchen|bathroom|satellite|tv|gas|\d+) ){0,2}(dishes|dish|aerials?|antenna\w*|kitchens?|carpets?|windows?|boilers?|tyres?|tires?|"
    r"doors?|locks?|blinds?|shelves|shelving|bathrooms?|cabinets?|flooring|floors|radiators?|satellite\w*|alarms?|glazing|pipes?|sockets?|"
    r"wardrobes?|worktops?|showers?|sky boxes|cctv|solar panels?|gutters?|skirting|curtains?|tiles?|exhausts?)\b"
    r"|\b(kitchen|carpet|window|gas|shop|pipe|boiler|tyre|tire|bathroom|aerial|satellite|lift|kitchen) fitt(er|ers|ing)\b|\bfitting (room|rooms|appointment|session)s?\b"
    r"|抽(烟|根烟|血|空|屉|奖|签|查|水|油|风|样|时间|出时间)")
_R47F_NO_REACTION = re.compile(r"(测试|激发|试验|检测|皮试|点刺|挑战|疫苗|打针|打完针|过敏原|test|challenge)[^。？！?!]{0,12}(完全|都|也|一点)?(没有|没|冇|无)(任何|什么|咩|乜)?(过敏)?(反应)"
                               r"|\b(challenge|test|trial|jab|vaccine|injection)( \w+){0,6} (no|not any|without any) (reaction|problems?)\b")
# round 47f: too much food (吃多了以后胃里烧, 'ate too much at the banquet'), or a doubled dose denied (不是吃多了, 'not an extra one')
_R47F_NOT_DRUG_EXCESS = re.compile(
    r"(不是|唔是|并不是|并非|没有|没|冇)(吃|食|服)(多|过量|多了一|重)(了|咗)?(药|一次|一粒|一片)?"
    r"|(吃|食)(得)?(太)?(多|撑|饱|太饱)(了|咗)?(饭|东西|嘢|酒席|喜酒)?(以后|之后|后|完)?[^,.;:?!\n，。；：？！]{0,4}(胃|肚|心口|胸口|烧心|反酸|胀)"
    r"|\b(ate|eaten|eating) (way )?too much( food| dinner| curry| \w+)?\b|\b(overate|overeating|overeat|stuffed myself)\b"
    r"|\b(not|didn'?t|did not) (take|took|taken|have|had) (an extra|too many|a double|double)\b")
# round 47f: a paddling, swimming, rowing or racket stroke, a stroke of luck; not 'a stroke' alone
_R47F_STROKE_SENSE = re.compile(
    r"\b(sweep|draw|forward|reverse|back|breast|side|paddle|paddling|swimming|swim|freestyle|butterfly|crawl|j|pry|bow|stern|power|rowing|brush|pen|"
    r"key|golf|tennis|ground|finishing|recovery|catch) ?strokes?\b|\bstrokes? (rate|count|technique|drills?|practice|length)\b"
    r"|\bstroke of (luck|genius|midnight|the pen|a pen|good fortune|bad luck)\b|\bstroking (the|a|my|his|her) (cat|dog|horse|hair|pet)\b")
# 白开水 / 温开水 / 凉开水 and a sip or mouthful (喝口, 一口) are drinking water, not a scald
_R44_DRINK_WATER = re.compile(r"(斟|倒|装|打|接|冲)(一)?(杯|壶|樽|瓶)?(热|开|滚|温)水(?!(泼|洒|淋|烫|倒|溅))|(喝|饮)(了|咗)?(一)?(杯|碗|樽)(热|温|开|白)(开)?水|饮水机|保温杯|热水壶|暖水壶|"  # round 47f
                              r"(白|温|凉|冷|晾凉的|放凉的)开水|(喝|饮|吃|含|抿)(一|几|两)?(小)?口(白|温|凉)?水|(一|几|两)(小)?口(白|温|凉)(开)?水|(一|几|两)(小)?口水(?!壶)"
                              r"|\b(a )?(sip|sips|mouthful|glass|cup) of (plain |tap |cooled |boiled |warm )?water\b")
_R44_SCALD_KEEP = re.compile(r"(泼|洒|倒|浇|淋|溅|烫)(到|在|了|伤|着)|水泡|起泡|红肿|\b(spill\w*|splash\w*|scald\w*|blister\w*|poured)\b")
# 头 as a place or thing (外头, 里头, 码头, 骨头, 念头, 老头) before 打工 / 打针 / 打电话 is no blow to the head
_R44_TOU_NOUN = re.compile(r"(外|里|码|骨|念|老|石|木|枕|镜|街|锄|零|奔|年|苗|盼|派|噱|甜|苦|源|风|来|户|龙|丫|舌|蒜|馒|芋|罐|日|钟)头")
_R44_DA_VERB = re.compile(r"打(工|针|电话|卡|车|的|扫|字|印|包|折|扮|算|听|招呼|理|麻将|太极|游戏|球|牌)")
_R44_TOU_SENSE = re.compile(_R44_TOU_NOUN.pattern + "|" + _R44_DA_VERB.pattern)
# a feared or hypothetical symptom (怕做完饿得心慌, 'in case she gets shaky'): nothing felt now
_R44_FEARED = re.compile(r"(怕|担心|万一|以免|免得|防止|就怕|生怕|恐怕)[^,.;:?!\n，。；：？！]{0,16}"
                         r"|\b(in case|worried (that )?(she|he|i|they)('ll| will| might| may| could)|afraid (that )?(she|he|i|they)('ll| will| might| may| could)|"
                         r"so (that )?(she|he|i|they) (does not|do not|will not|won't) (get|go|feel))\b( [\w']+){0,4}")
_R44_FEARED_KEEP = re.compile(r"\b(now|right now|already|currently|at the moment)\b|现在|已经|正在|此刻|刚刚")


def _r44_word_senses(norm: str, cats: set[str]) -> set[str]:
    dropped: set[str] = set()
    if "seizure" in cats and _R44_FIT_SENSE.search(norm) and not _r44_still(_r44_mask(norm, _R44_FIT_SENSE), "seizure"):
        dropped.add("seizure")
    if _R47F_NO_REACTION.search(norm):  # round 47f: 激发测试完全冇反应 is no allergic reaction, not an unresponsive child
        rest = _r44_mask(norm, _R47F_NO_REACTION)
        dropped |= {c for c in cats & {"unconscious", "child_unwell", "anaphylaxis"} if not _r44_still(rest, c)}
    if "overdose_poisoning" in cats and _R47F_NOT_DRUG_EXCESS.search(norm) and not _EV_INTENT.search(norm) \
            and not _r44_still(_r44_mask(norm, _R47F_NOT_DRUG_EXCESS), "overdose_poisoning"):
        dropped.add("overdose_poisoning")  # round 47f
    if "stroke" in cats and _R47F_STROKE_SENSE.search(norm) and not _r44_still(_r44_mask(norm, _R47F_STROKE_SENSE), "stroke"):
        dropped.add("stroke")  # round 47f
    if "burns" in cats and _R44_DRINK_WATER.search(norm) and not _ev_said(norm, _R44_SCALD_KEEP):
        if not _r44_still(_r44_mask(norm, _R44_DRINK_WATER), "burns"):
            dropped.add("burns")
    # the sense words are replaced by neutral ones (not blanked), so a real blow told across them still reads as one
    if "head_injury" in cats and _R44_TOU_SENSE.search(norm) and not _r44_still(_R44_DA_VERB.sub("做事", _R44_TOU_NOUN.sub("物物", norm)), "head_injury"):
        dropped.add("head_injury")
    if _R44_FEARED.search(norm):
        rest = _r44_mask(norm, _R44_FEARED)
        for cat in cats & {"diabetic", "breathing", "chest_pain", "seizure", "stroke"}:
            feared_only = not any(_R44_FEARED_KEEP.search(m.group(0)) for m in _R44_FEARED.finditer(norm))
            if feared_only and not _r44_still_emergency(rest, cat):
                dropped.add(cat)
    return dropped


# (2) someone else's alarm: a relative, friend, workmate or 'the whole team' naming a condition or wanting an ambulance,
# the writer telling the signs as normal or mild. The opinion sentence is masked; a sign told inside it as seen
# ('she says my face is drooping') still counts, a feared one ('says i will stop breathing in my sleep') does not.
_R44_OTHERS_EN = (r"\b(?:(?:my|our|his|her|the|their|a|an|one|another|some|other) (?:\w+ ){0,2}(?:wife|husband|partner|mum|mom|mother|dad|father|"
                  r"sister|brother|son|daughter|friend|mate|colleague|boss|supervisor|manager|neighbou?r|nan|gran|grandma|grandad|aunt|aunty|"
                  r"auntie|uncle|cousin|family|in-laws?|workmate|coworker|co-worker|flatmate|girlfriend|boyfriend|coach|teacher|customer|"
                  r"pickers|lads|girls|guys|team|regiment|squad|crew|shift|group|mums|dads|parents|people|lot|dance partner|sister in \w+"
                  # round 47f: anyone else who names it (a woman on the beach, the cooper, a parent, tatik / papik)
                  r"|woman|man|lady|bloke|stranger|parent|passer-?by|cooper|landlord|landlady|chef|driver|grandmother|grandfather|grandpa|granny|"
                  r"nana|tatik|papik|stepmum|stepdad|relatives?|in-law"
                  r"|ma|da|pa|mammy|mummy|daddy|captain|skipper|teammates?|chat|group chat|league chat)s?"  # round 50f
                  r"|everyone|everybody|the whole \w+|nobody|somebody|someone|people (at|on|in) \w+"
                  r"|(?<![\w'])(?:boss|supervisor|manager|foreman|hubby|mum|mom|dad|nan|gran|grandma|grandad|the missus))")
_R44_OPINION_EN = re.compile(
    _R44_OTHERS_EN + r"[^.;!?\n]{0,30}?\b(keeps? (on )?saying|says?|said|saying|is telling|telling everyone|told (me|us|everyone)|tells|reckons?|"
    r"thinks?|thought|is convinced|convinced|insists?|insisting|is insisting|is sure|swears|is panicking|panicking|is crying|crying|"
    r"decided|has already decided|is acting|acting like|wants? me|wanted me|is on whatsapp|on whatsapp|went a funny colou?r|has an opinion|"
    r"going on about|on about|packing"
    r"|brought up|has (already )?brought up|mentioned|has mentioned|raised|asked (me |us )?(if|whether)|keeps? using the word|kept using the word|"
    r"using the word|is worried (it is|it's|about)|worried it (is|was|might be)|googled"
    r"|printed (off|out)|has been reading|reading (\w+ ){0,3}out|read (\w+ ){0,3}out|sent (me|us)|forwarded|ticked|highlighted|circled"
    r"|(has )?turned (\w+ ){0,4}into|banging on|harping on|is adamant|is certain)\b[^.;!?\n]*")  # round 47f, 48f, 50f
_R44_OPINION_ZH = re.compile(
    r"(爱人|老婆|老公|媳妇|丈夫|妻子|太太|先生|男朋友|女朋友|老妈|老爸|妈妈|爸爸|我妈|我爸|母亲|父亲|姐姐|妹妹|哥哥|弟弟|同事|朋友|邻居|家里人|家人|"
    r"一家人|亲戚|婆婆|公公|岳母|奶奶|爷爷|外婆|外公|阿姨|舅舅|姑姑|老板|领导|师傅|工友|大家|人家|别人|屋企人|老豆|老母|有人|旁人|老头子|老伴"
    r"|阿姐|家姐|阿哥|细妹|细佬|阿妈|妈咪|老细|家长|客人|顾客|路人|邻座|表姐|表哥|表妹|堂姐|嫂子|大嫂|阿嫂"  # round 47f
    r"|家姊|我姊|姊姊|姨姨|姨妈|姑妈|教官|经理|主管|组长|班长"  # round 48f
    r"|大姐|大哥|大妈|大爷|大叔|大婶|阿婆|阿伯|阿叔|旁边的人|旁边人|队长|教练|群里)"  # round 50f
    r"[^,.;:?!\n，。；：？！]{0,8}?(说|讲|话|觉得|以为|认为|怀疑|非说|硬说|总说|一直说|老说|吓唬|非要|一听就慌|慌了|吓坏|坚持|劝)[^.;:?!\n。；：？！]*"
    r"|(他|她|佢|我|家里人|家人)?(都)?(听说|听人(家)?(说|讲)|听别人(说|讲)|网上(说|讲|写)|看(到)?网上(说|讲|写))[^.;:?!\n。；：？！]*")  # round 50f: hearsay
_R44_WILL = re.compile(r"\b(will|would|could|might|may|'ll|going to|gonna)\b(?:(?!\b(because|but|as|since|cause|so|and (his|her|my|their|your))\b)[^,.;:?!\n]){0,40}"
                       r"|(会|可能|要是|怕)[^,.;:?!\n，。；：？！因但所]{0,10}")
_R44_WRITER_FINE = re.compile(
    r"\b(all|both|everything|speech|talking|face|grip|arms?|legs?|breathing|walking)( \w+){0,3} (fine|normal|ok|okay|good|strong)\b"
    r"|\b(feel|feels|feeling|felt|is|am|was|seems?|looks?) (absolutely |totally |completely |perfectly |really )?(fine|normal|well|ok|okay|grand|good)\b"
    r"|\b(no|not|nor|without) (a |any )?(fever|temp\w*|rash|chest pain|pain|sweat\w*|wheez\w*|cough|vomit\w*|sickness|headache|dizz\w*|stiff neck|"
    r"trouble|weakness|numbness|bleeding|swelling)\b|\b(usual|normal|old) self\b|\b(eating|drinking|feeding|playing|laughing|smiling|chatting|"
    r"talking|walking|working)( \w+){0,3} (normal\w*|fine|ok|okay|well|like normal|as usual|plenty)\b|\bback (with us|to normal)\b"
    r"|(现在|已经|都)?(好好的|没事|冇事|正常|好了)|不(发烧|头疼|头痛|喘|痛|疼)|没(有)?(发烧|吐|晕|出血|不舒服)|精神(挺|很|几|还)?(好|正常)|能吃能(睡|喝|玩)|吃得下"
    # round 47f: a wound healing, no droop, smiles and whistles, no spreading redness
    r"|\b(playing|eating|feeding|drinking|laughing) and (playing|eating|feeding|drinking|laughing)\b|\b(go|goes|went|fade|fades|faded) (away )?under (the|a) glass\b"
    r"|\b(healing|heals|healed)( up)? (well|nicely|fine|ok|okay)\b|\bno (spreading |red |angry )?(redness|droop\w*|red streaks?)\b|\bcan (smile|whistle)\b"
    r"|没(有)?(肿|出疹|头痛|头疼)|(呼吸|说话|讲话)(也|都)?(都)?正常"
    r"|(冇|无|唔)(发烧|发热|问题|红点|出疹|肿|头痛|不舒服)|(讲嘢|讲话|说话|行路|走路)[^,.;:?!\n，。；：？！]{0,4}正常|\b(smile|words|speech) (is |are )?(even|fine|normal|ok|okay)\b"  # round 48f
    r"|\b(is|am|are|feels?|seems?|otherwise) (otherwise )?(fine|well|healthy|ok|okay|grand)\b|(很|好|几|挺|都|好有|很有)有?精神|精神(很|好|几)?足|平时没病|(脖子|颈)(能|可以|都)(低头|弯|转)")  # round 50f


# the onlooker's own reaction ('went a funny colour when i said the word chest') is no sign of the writer's
_R44_ONLOOKER = re.compile(r"\b(went|turned|gone|going) (a )?(funny|odd|strange|weird|pale|white|grey|gray|green|red|bright red) (colou?r )?"
                           r"(when|as soon as|the moment) (i|we) (said|told|mentioned|say)\b[^.;!?\n]*|(吓得|脸都)(白|青)了")


def _r44_opinion_seen(opinion: str, category: str) -> bool:
    """True when an opinion sentence tells a sign of `category` as seen (the holder may be the one who is ill: 'my dad
    says his chest is crushing'); condition names, feared outcomes and the onlooker's own reaction do not count."""
    return _raises_category(_r44_mask(_NAMED_CONCEPTS.sub(" , ", opinion), _R44_WILL, _R44_ONLOOKER), category) \
        or category in {r.category for r in _learned_findings(_r44_mask(opinion, _R44_WILL, _R44_ONLOOKER))}


def _r44_without_opinions(norm: str, categories) -> str:
    """The message with the opinion sentences masked that tell no sign of any of `categories` as seen."""
    for pattern in (_R44_OPINION_EN, _R44_OPINION_ZH):
        for m in list(pattern.finditer(norm)):
            if not any(_r44_opinion_seen(m.group(0), cat) for cat in categories):
                norm = norm.replace(m.group(0), " , ")
    return norm


def _r44_others_alarm(norm: str, cats: set[str]) -> set[str]:
    if not _R44_WRITER_FINE.search(norm):
        return set()
    opinions = [m for p in (_R44_OPINION_EN, _R44_OPINION_ZH) for m in p.finditer(norm)]
    if not opinions:
        return set()
    rest = norm
    for m in opinions:
        rest = rest.replace(m.group(0), " , ")
    dropped: set[str] = set()
    learned_rest = {r.category for r in _learned_findings(rest)}
    for cat in cats & {"breathing", "meningitis", "stroke", "seizure", "chest_pain", "sepsis", "head_injury", "pregnancy", "infant_fever", "bleeding",
                       "anaphylaxis"}:  # round 47f: an allergy named by a workmate or a customer
        if _raises_category(rest, cat) or cat in learned_rest:
            continue
        # a sign told as seen inside the opinion still counts; names of conditions and feared outcomes do not
        seen = any(_r44_opinion_seen(m.group(0), cat) for m in opinions)
        if not seen:
            dropped.add(cat)
    return dropped


# (3) a condition someone else has (a classmate's viral meningitis, a workmate's stroke), told through a notice or as
# news, the writer well: the sentence naming it is masked.
_R44_ELSEWHERE = re.compile(r"\b(classmate|class ?mate|school ?friend|someone (in|at|from) (my|his|her|their|our|the) (class|school|nursery|work|office|year)|"
                            r"a (child|kid|boy|girl|pupil|student) in (my|his|her|their|our|the) (class|year|school|nursery)|"
                            r"(the )?school (sent|has sent|emailed|texted)|(a |the )?(letter|notice|email|text) (from|home from) (the )?(school|nursery|uni|work))\b"
                            r"|同学|同班|班上|班里|学校(发|通知|说)|幼儿园(发|通知)|通知|公司(发|通知)|同事(得|患)"
                            # round 36h (blind56): another child at the kindergarten has it (幼稚园有小孩得了脑膜炎)
                            r"|(幼儿园|幼稚园|托儿所|学校)(里|里面)?有(个|一个|位)?(小孩|小朋友|孩子|学生|人)(得|患|确诊)")


def _r44_elsewhere(norm: str, cats: set[str]) -> set[str]:
    if not (cats & {"meningitis", "sepsis"}) or not _R44_ELSEWHERE.search(norm) or not _R44_WRITER_FINE.search(norm):
        return set()
    rest = _r44_sentences_masked(norm, _R44_ELSEWHERE)
    return {cat for cat in cats & {"meningitis", "sepsis"} if not _r44_still(rest, cat)}


# (4) a faint with two or three jerks and a quick, full recovery (a convulsive faint), nothing after
_R44_FAINT = re.compile(r"\b(faint\w*|passed out|keeled over|swoon\w*|went white|slid down|went down|flaked out)\b|晕倒|晕过去|晕了过去|昏倒|晕低|晕了|一下子倒")
_R44_BRIEF_JERKS = re.compile(
    r"\b(jerk\w*|twitch\w*|shook|shaking|shake|jolt\w*|spasm\w*|flail\w*)\b[^.;!?]{0,40}?\b(for )?(a (couple|few)|a second|few|2 or 3|two or three|1 or 2|"
    r"one or two|2-3|1-2|once or twice|one|two|three|a|\d) (times|jerks|seconds?|secs?|twitches|moments?)\b"
    r"|\b(a (couple|few)|two or three|2 or 3|one or two|couple of) (jerks|twitches|jolts)\b"
    r"|(抽|抖|动|颤)(了|咗)?(一|两|几|两三|一两|二三)下|(一|两|几|两三|一两)下(抽|抖|动)|抽(了|咗)?(一|两|几|两三)秒")
_R44_QUICK_BACK = re.compile(
    r"\b(came|come|coming) (round|to|back)\b|\bback with us\b|\b(knew|knows) where (she|he|i|they) (was|were|am|is)\b|\b(within|in|after) (about |around )?"
    r"(\d{1,2}|a few|ten|fifteen|twenty|thirty|a couple of) (seconds|secs)\b|\b(woke|came) (up|round) (straight away|at once|right away|quickly)\b"
    r"|([\d一二两三四五六七八九十几]+)秒(钟)?(左右)?(就|便|后)?(醒|清醒|回过神|恢复|好)|(马上|很快|立刻|一下)(就)?(醒|清醒|回过神)|知道(自己)?在哪")
_R44_FIT_KEEP = re.compile(
    r"\b(stiff\w*|rigid|tongue|wet (himself|herself|themselves|myself)|wee'?d|blue|froth\w*|foam\w*|grey|gray|still (confused|drowsy|out|jerking|shaking)|"
    r"not (waking|breathing|responding)|(would not|will not|can not|could not|did not) (wake|come round|respond)|minutes? of (jerking|shaking)|"
    r"(jerk|shak)\w* for (a minute|minutes|\d+ min\w*|ages)|another (one|fit|seizure)|second (one|fit|seizure)|chest pain|palpitat\w*|racing heart|"
    r"while (exercising|running|swimming|playing)|during (exercise|sport|the race|the match))\b"
    r"|口吐白沫|白沫|咬(到|伤|破)?舌|尿(裤子|湿|失禁)|僵硬|翻白眼|叫不醒|发紫|发青|还没醒|又抽|抽了(几|好几)分钟|胸痛|心慌")


def _r44_faint_jerks(norm: str, cats: set[str]) -> set[str]:
    if "seizure" not in cats or not (_R44_FAINT.search(norm) and _R44_BRIEF_JERKS.search(norm) and _R44_QUICK_BACK.search(norm)):
        return set()
    return set() if _ev_said(norm, _R44_FIT_KEEP) else {"seizure"}


# (5) a seizure told of another child or long ago ('our eldest had a febrile convulsion once'), the sick one well
_R44_OTHER_FIT = re.compile(r"\b(our|my|his|her|their) (eldest|oldest|older|other|first|middle|big|elder) (one|son|daughter|boy|girl|child|kid|brother|sister)\b"
                            r"[^.;!?\n]{0,40}\b(had|has had|once had)\b|\b(when (he|she|i) was (a baby|little|small|\d+))\b"
                            r"|(老大|大儿子|大女儿|哥哥|姐姐|大宝|老二)[^,.;:?!\n，。；：？！]{0,8}(以前|之前|小时候|曾经)?(也)?(有过|得过|发过|抽过)")


def _r44_other_child_fit(norm: str, cats: set[str]) -> set[str]:
    if "seizure" not in cats or not _R44_OTHER_FIT.search(norm):
        return set()
    return set() if _r44_still(_r44_sentences_masked(norm, _R44_OTHER_FIT), "seizure") else {"seizure"}


# (6) pregnancy with a bleed from the nose or gums (blowing, brushing), not from the womb
_R44_SITE_BLEED = re.compile(
    r"\b(nose|nostril|gums?|snot|tissue)\b[^.;!?\n]{0,40}?\b(bleed\w*|bled|blood\w*)\b|\b(bleed\w*|bled|blood\w*)\b[^.;!?\n]{0,40}?\b(when|after|as) "
    r"(i |she |you )?(blow|brush|floss|pick)\w*\b|\bnose ?bleeds?\b|\b(blow|blowing|brush|brushing|floss|flossing) (my|her|the|your) (nose|teeth)\b[^.;!?\n]{0,30}\bblood\w*\b"
    r"|(鼻|牙龈|牙肉|刷牙|擤|漱口)[^,.;:?!\n，。；：？！]{0,12}(血)")
_R44_WOMB_KEEP = re.compile(r"\b(down below|vagina\w*|spotting|pad|pads|period|clots?|cramp\w*|tummy pain|belly pain|stomach pain|contraction\w*|"
                            r"waters|not moving|moving less|fewer (kicks|movements)|no (kicks|movement\w*)|pee|wee|urine|poo|stool|vomit\w*|cough\w* (up )?blood)\b"
                            r"|阴道|下面|下体|见红|护垫|卫生巾|血块|肚子痛|肚子疼|腹痛|宫缩|破水|胎动(少|减少|没|不)|尿血|便血|吐血|咳血")


def _r44_pregnancy_site_bleed(norm: str, cats: set[str]) -> set[str]:
    if not (cats & {"pregnancy", "bleeding"}) or not _R44_SITE_BLEED.search(norm) or _ev_said(norm, _R44_WOMB_KEEP):
        return set()
    rest = _r27_mask(norm, _R44_SITE_BLEED)
    rest = _r44_without_opinions(rest, cats & {"pregnancy", "bleeding"})
    dropped = {cat for cat in cats & {"pregnancy", "bleeding"} if not _r44_still(rest, cat)}
    if "bleeding" in dropped and (_ev_said(norm, _R44_BLEED_KEEP) or not (_R44_LITTLE_BLOOD.search(norm) or _R44_STOPPED.search(norm))):
        dropped.discard("bleeding")  # a nosebleed that will not stop, or told with no small amount, stays a bleed
    return dropped


_R44_LITTLE_BLOOD = re.compile(r"\b(a (tiny )?(bit|little|touch|trace|few (drops|spots))|tiny|streaks?|streaky|specks?|flecks?|spots? of|tinged|pink)\b"
                               r"|少少|一点|一点点|少量|血丝|几滴|有点")
_R44_BLEED_KEEP = re.compile(r"\bfor (over |more than |about )?(\d{2}|twenty|thirty|forty|fifty|an|half an|over an) (min\w*|hours?)\b|\b(will not stop|won't stop|would not stop|not stopping|still (bleeding|going|pouring)|pour\w*|gush\w*|spurt\w*|pulsing|"
                             r"soaked|soaking|dripping (non-?stop|everywhere)|blood thinners?|warfarin|apixaban|rivaroxaban|haemophilia|hemophilia|dizzy|faint\w*|pale|"
                             r"deep|gaping|to the bone|over (10|ten|15|fifteen|20|twenty|30|thirty) min\w*)\b"
                             r"|止不住|还在(流|出|滴)|一直(流|出|滴)|喷|涌|薄血药|抗凝|华法林|头晕|晕|好深|很深|见骨")
# (7) a small cut (a shaving nick, a small scalp cut) that bled a lot and stopped with pressure
_R44_SMALL_CUT = re.compile(r"\b(nick\w*|small cut|tiny cut|little cut|small wound|cut (is )?(tiny|small))\b|\bcut myself shaving\b|\bshaving\b|(伤口|伤|口子)(好|很|超|都)?(细|小)"
                            r"|(小小|一点点|好细|很小)(的)?(伤口|口子|割伤)|剃(须|胡子|到)|(新)?(须刨|剃须刀|鬚刨)")
_R44_STOPPED = re.compile(r"\b(stopped|has stopped|stopped bleeding|no longer bleeding|not bleeding (now|any ?more)|dried up|scabbed)\b"
                          r"|(没|冇|不)(有)?再(流|出血|出)|止(住)?了|不(再)?流(了)|停了|(已经)?(没|冇)(有)?(再)?流(了)?")


def _r44_small_cut(norm: str, cats: set[str]) -> set[str]:
    if "bleeding" not in cats or not (_R44_SMALL_CUT.search(norm) and _R44_STOPPED.search(norm)) or _ev_said(norm, _R44_BLEED_KEEP):
        return set()
    return {"bleeding"}


# (8) a knock to the head with a few seconds' daze (懵了几秒, 'saw stars for a second') and nothing after; a small child who
# slid off a sofa or bed, cried briefly and played on
_R44_DAZE = re.compile(r"(懵|蒙|愣|晕乎|眼冒金星|发懵)(了)?(一下|几秒|一会|两秒|一两秒|几秒钟|一阵)?|\b(dazed|stunned|saw stars|seeing stars)\b")
_R44_LOW_FALL = re.compile(r"(沙发|床|椅子|凳子|床上|沙发上|小凳|餐椅|bb凳)(上)?(滑|掉|摔|跌|滚|翻)(下来|下去|落地|落嚟|了)|(滑|掉|摔|跌|滚)(下|落)(了)?(沙发|床|椅子|凳)"
                           r"|\b(slid|rolled|fell|toppled|slipped) (off|from) (the |a |his |her |our )?(sofa|couch|settee|bed|chair|low \w+|step|bottom step|footstool)\b")
_R44_CRIED_PLAYED = re.compile(r"哭(了)?[^,.;:?!\n，。；：？！]{0,4}(就|便|又|然后)?(接着|继续|照样|照常|又)?(玩|笑|吃|睡)|\bcried\b[^.;!?\n]{0,30}\b(then|and)\b[^.;!?\n]{0,12}\b(play\w*|laugh\w*|back to)\b")
_R44_HEAD_KEEP = re.compile(r"\b(knocked out|blacked out|passed out|unconscious|vomit\w*|been sick|being sick|threw up|drowsy|sleepy|confus\w*|seizure|fit|"
                            r"fitting|clear fluid|bleeding from (the )?(ear|nose)|worse|worsening|keeps asking|repeating|can not remember|forgot|blood thinners?|"
                            r"warfarin|under (1|one)|newborn|\d+ (weeks?|days?) old|unequal|floppy|will not wake|won't wake|bulging|soft spot)\b"
                            r"|晕倒|晕过去|昏迷|昏过去|不省人事|吐|呕|嗜睡|想睡|叫不醒|抽搐|抽筋|记不起|忘(了|记)|越来越痛|越来越疼|耳朵(流|出)|鼻子流清水|抗凝|华法林|薄血|囟门|软乎")


def _r44_head_minor(norm: str, cats: set[str]) -> set[str]:
    if "head_injury" not in cats or _ev_said(norm, _R44_HEAD_KEEP):
        return set()
    if _R44_DAZE.search(norm) and _R44_WRITER_FINE.search(norm):
        return {"head_injury"}
    if _R44_LOW_FALL.search(norm) and _R44_CRIED_PLAYED.search(norm):
        return {"head_injury"}
    # round 47f: a child's bump that brought tears at once and then play again (a red mark, a lump), nothing at emergency level
    if _R47F_CRIED_AT_ONCE.search(norm) and _R47F_PLAYING_AGAIN.search(norm) and not _r44_still_emergency(norm, "head_injury"):
        return {"head_injury"}
    return set()


_R47F_CRIED_AT_ONCE = re.compile(r"\b(cried|screamed|howled|wailed|bawled)( \w+)? (straight away|right away|at once|immediately|instantly|straight off)\b"
                                 r"|(即刻|马上|立刻|立即|当场|一下子)(就)?(喊|哭|大哭)")
_R47F_PLAYING_AGAIN = re.compile(r"\b(went|gone|is|was|got) back to (play\w*|throwing|running|his|her|normal)\b|\b(now|then|and) (running|playing|laughing|toddling|climbing|chasing)\b"
                                 r"|\b(back to (his|her) (usual|normal) self|playing (again|happily|normally)|carried on playing)\b"
                                 r"|(自己|又|继续|照样|照常|然后)(在)?(走去|跑去|去)?(玩|跑|笑)|\bback (playing|running|laughing|to playing)\b|(喊|哭)完[^,.;:?!\n，。；：？！]{0,8}(玩|跑|笑)")


# (9) 'just kill me now' or 不想活了啦 given its plain meaning (a joke, said in passing, grinning), or asked straight and
# denied; a real wish, plan or act told beside it still stands (`_still_suicidal` on the rest)
_R44_IDIOM_DEATH = re.compile(r"\b(just )?(kill|shoot) me now\b|\bput me out of my misery\b|\bi('d| would) rather die\b|(杀|弄|搞)死我(吧|算了)")
_R44_FIGURE_DEATH = re.compile(_R44_IDIOM_DEATH.pattern + r"|(我)?(不想活|活不下去)(了)?(啦|啊|呀|了)?|(让我|我)?死了算了"
                               # round 47f: 'the paperwork would make him jump off the Downs', told as a joke
                               r"|\b(make|makes|made|drive|drives|drove) (me|him|her|them|us) (want to )?(jump|throw (myself|himself|herself|themselves)) off (the|a) [\w' ]{1,25}"
                               r"|(让|逼|搞)得?(我|他|她)(想)?(跳楼|跳河|跳海)")
_R44_SAID_IN_JEST = re.compile(r"\b(only joking|just joking|as a joke|was joking|did not mean it|(just|only) a (saying|figure of speech|expression)|joked|jokes|joking)\b"
                               r"|随口(讲讲|说说|说的|讲的|一说|而已)|开玩笑|说着玩|口头禅|玩笑")
_R44_PLAIN_MEANING = re.compile(r"\b(grinning|grinned|laughing|laughed|smiling|smirking|joking|only joking|just joking|as a joke|sarcastic\w*|rolled (her|his|their) eyes|"
                                r"eye ?roll\w*|(just|only) a (saying|figure of speech|expression)|did not mean it|(usual|normal) self)\b"
                                r"|随口(讲讲|说说|说的|讲的|一说|而已)|开玩笑|说着玩|口头禅|笑着|笑嘻嘻|嘻嘻哈哈|玩笑")
_R44_ASKED_DENIED = re.compile(
    r"\b(asked|ask|asking)\b[^.;!?\n]{0,60}\b(hurt|harm|kill|end)\w* (himself|herself|themselves|yourself|myself|his life|her life|their life)\b[^.;!?\n]{0,30}\b"
    r"(said|says|answered|told me) no\b[^.;!?\n]*"
    r"|(问|问过|直接问)[^。？！?!]{0,20}(伤害|伤|自杀|轻生|想死|寻死)[^。？！?!]{0,16}(说|话|答)(没有|冇|不会|唔会|没|不)[^。？！?!]*")
_R44_HARM_KEEP = re.compile(r"\b(plan\w*|pills|tablets|rope|note|notes|goodbye|bridge|jump\w*|cutting|cut (himself|herself)|self[- ]harm\w*|giving (his|her|their) things away|"
                            r"hurt (himself|herself)|weapon|gun|knife|again|every day|means it|not joking|serious(ly)?|tried)\b"
                            r"|计划|药|绳|遗书|跳|割|自残|伤害自己|认真的|不是开玩笑|试过|刀")


def _r44_not_meant(norm: str, cats: set[str]) -> set[str]:
    if "suicide_self_harm" not in cats:
        return set()
    jest = (_R44_IDIOM_DEATH.search(norm) and _R44_PLAIN_MEANING.search(norm)) or (_R44_FIGURE_DEATH.search(norm) and _R44_SAID_IN_JEST.search(norm))
    if jest:
        rest = _r44_mask(norm, _R44_FIGURE_DEATH)
        if not _ev_said(rest, _R44_HARM_KEEP) and not _still_suicidal(rest):
            return {"suicide_self_harm"}
    if _R44_ASKED_DENIED.search(norm):
        rest = _r44_mask(norm, _R44_ASKED_DENIED)
        if not _ev_said(rest, _R44_HARM_KEEP) and not _still_suicidal(rest):
            return {"suicide_self_harm"}
    return set()


# (10) everyday medicine and food look-alikes: a blood-pressure tablet taken twice with a normal reading (食多一粒, 吃多了一粒);
# one or two vitamin or effervescent tablets chewed; fingers licked after touching shop mushrooms; paracetamol and a cold
# capsule within the daily limit; plenty of water drunk after a dehydrating day; a nappy count (湿了好几片); a food eaten
# and a medicine only asked about (孕妇可以吃的胃药)
_R44_BP_MED = re.compile(_R42_BP_MED.pattern + r"|降血压|血压药|降压")
_R44_ONE_MORE = re.compile(_R42_TWICE.pattern + r"|(吃|食|服)(多|多咗|多了)(一|1)(粒|片|颗|次|餐)|多(吃|食|服)(了|咗)?(一|1)(粒|片|颗|次)|(吃|食|服)(了|咗)?(两|2)(粒|片|颗|次)"
                         r"|\b(took|taken|had|swallowed) (it|my \w+( \w+)?|his \w+( \w+)?|her \w+( \w+)?) (again|a second time)\b|\bforgot (i|he|she) (had )?(already )?(taken|took|had)\b")
_R44_READING_FINE = re.compile(r"(血压|\bblood pressure\b|\bbp\b)[^,.;:?!\n，。；：？！]{0,10}(都|也|还)?(正常|ok|okay|fine|normal|good)|\b(reading|readings) (is |was |are |were )?(normal|fine|ok|okay|good)\b"
                               r"|(?<![\d.])(1[0-5]\d|9\d) ?/ ?\d{2,3}(?![\d.])")
_R44_FEELS_NOTHING = re.compile(r"(冇|没|没有|无)(咩|什么|乜|啥)?(感觉|不舒服|异样)|(感觉|觉得)(都)?(正常|没事|冇事|还好)|\b(feels?|feeling|felt) (fine|ok|okay|normal|nothing|well)\b|\bno symptoms\b")
_R44_SUPPLEMENT = re.compile(r"(维生素|维他命|维c|维d|vc|钙片|鱼油|泡腾片|泡腾|益生菌|叶酸)|\b(vitamin\w*|multivitamin\w*|vit ?[cd]|effervescent|fizzy tablets?|calcium|fish oil|"
                             r"cod liver oil|probiotic\w*|folic acid|zinc|magnesium|berocca|redoxon|gumm(y|ies))\b")
_R44_FEW_UNITS = re.compile(r"(一|两|二|三|1|2|3)(片|粒|颗|个)|\b(one|two|three|1|2|3|a couple of|a|an) (extra )?(of (the|my|his|her) )?(\w+ ){0,3}(tablets?|pills?|capsules?|gumm(y|ies)|"
                            r"chews?|sachets?)\b")
_R44_SUPP_KEEP = re.compile(r"\b(iron|ferrous|whole|entire|bottle|packet|tub|jar|box|handful|all of|lots|loads|dozens?|vomit\w*|drowsy|"
                            r"on purpose|deliberately)\b|铁|整瓶|整盒|一瓶|一盒|一把|全部|很多|好多片|故意|呕|吐")
_R44_MOUTH_TINGLE = re.compile(r"(嘴|舌|口腔|嘴巴|舌头)[^,.;:?!\n，。；：？！]{0,6}(麻|发麻|刺|涩)|\b(mouth|tongue|lips?)( \w+){0,3} (tingl\w*|fizz\w*|numb|stinging)\b")
_R44_SHOP_MUSHROOM = re.compile(r"\b(button|chestnut|portobello|portabella|shiitake|oyster|closed cup|white|cultivated|supermarket|shop|farmed|grown)( \w+){0,3} mushrooms?\b"
                                r"|\bmushrooms?\b[^.;!?\n]{0,60}\b(supermarket|shops?|grow them|farm|cultivated|for the big shops|you buy)\b"
                                r"|(超市|菜市场|买的|种的|大棚)[^。？！]{0,10}(蘑菇|香菇|平菇|金针菇|口蘑|蘑菇)|(香菇|平菇|金针菇|口蘑|白蘑菇)")
_R44_WILD = re.compile(r"\b(wild|foraged|forag\w*|garden|lawn|woods|field|park|verge|picked (it|them) (outside|in the))\b|野生|野外|路边|山上|草地|院子里|林子")
_R44_TOUCH_LICK = re.compile(r"\b(lick\w*|touch\w*|handled|tasted|mouthed|sucked (her|his|their) (fingers?|thumb))\b|舔|摸|碰|尝")
_R44_PARA_COMBO = re.compile(r"\b(lemsip|beechams?|cold and flu|cold & flu|day ?nurse|night ?nurse|co-?codamol|sudafed|panadol|tylenol|cold (and flu )?(capsules?|tablets?|remedy|sachets?))\b"
                             r"|感冒(药|灵|胶囊|冲剂)|泰诺|百服宁|白加黑|必理痛|日夜")
_R44_UNIT_COUNT = re.compile(r"\b(\d|one|two|three|four)( x)? (\w+ ){0,2}(tablets?|capsules?|caplets?|pills?|sachets?|paracetamol|lemsip|panadol|lots|doses)\b"
                             r"|(?<![\d.])([1-4]|一|两|二|三|四)(片|粒|颗|包)")
_R44_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4}
_R44_OD_KEEP = re.compile(r"\b(child|kid|toddler|baby|son|daughter|alcohol|drinking|drunk|beers?|wine|liver|under 50 ?kg|whole|entire|packet|box|bottle|handful|"
                          r"on purpose|deliberately|vomit\w*|sick|drowsy|confus\w*|yellow|jaundice|pain (on|in) (my|the) right|(\d{2,}) (tablets|capsules))\b"
                          r"|孩子|小孩|宝宝|喝酒|肝|整盒|整板|一把|故意|呕|吐|嗜睡")
_R44_WATER_LOADS = re.compile(r"\b(drank|drink|drinking|had|have had|downed|sipped)( \w+){0,2} (loads|lots|plenty|litres|liters|a lot|tons|gallons|pints|bottles|jugs)"
                              r" of (water|fluids?|squash|juice|electrolytes?|dioralyte|rehydration \w+)\b"
                              r"|(喝|饮)(了|咗)?(好多|很多|大量|一大杯|几大杯|不少)(的)?(温|白|开|凉)?(开)?水"
                              r"|(?<!药)(?<!酒)水(也|都|还)?(喝|饮)(得)?(很多|好多|不少|挺多|多)")  # round 47f: 水喝很多 (a child drinking well)
_R44_ASKED_MED = re.compile(r"(有没有|有冇|有什么|有啥|哪种|哪个|什么|能不能|可不可以|可以)[^。？！?!]{0,12}(吃|用|服)的?[^。？！?!]{0,6}(药|胃药|药膏)"
                            r"|\b(which|what|any|is there (a|any)|can (i|she|he) (take|have|use)) (\w+ ){0,4}(medicine|medication|tablets?|remedy|antacid|gaviscon|rennie)\b[^.;!?\n]*\?")
_R44_NAPPY_COUNT = re.compile(r"(尿不湿|尿片|尿布|纸尿裤|片片)[^,.;:?!\n，。；：？！]{0,6}(几|好几|很多|好多|不少|[\d一二两三四五六七八九十]+)(片|块|个|张)"
                              r"|(尿不湿|尿片|尿布|纸尿裤)(也|都)?(很|好|挺|湿湿)湿")  # round 47f: 尿布也换很多片, 尿布很湿
_R44_FOOD_EATEN = re.compile(r"(吃|食)(了|咗)?(油炸|炸|辣|油腻|肥|甜|酸)(的|嘢|东西|食物)?|\b(ate|eaten|eating)( \w+){0,3} (fried|spicy|fatty|rich|greasy|oily)\b")


_R44_LABEL_READ = re.compile(r"\b(read|reading|checked|checking|looked at|on|says on) (the|my) (box|packet|pack|label|leaflet)\b|\b\d (lots|doses)\b")


# the question itself ('会中毒吗', 'is that an overdose?') names poisoning without telling any
_R44_HARM_ASKED = re.compile(r"(会|会不会|有没有|算不算|是不是)(中毒|过量|有毒|有事)(吗|呢|啊)?|\b(is|was|could) (that|this|it) (too much|an overdose|poisonous|dangerous|toxic)\b")


def _r44_units_total(norm: str) -> int:
    total = 0
    for m in _R44_UNIT_COUNT.finditer(norm):
        word = m.group(1) or m.group(5)
        total += int(word) if word.isdigit() else _R44_NUM.get(word, 9)
    return total


_R47F_OTC = re.compile(r"\b(paracetamol|acetaminophen|ibuprofen|nurofen|neurofen|advil|aspirin|anadin|solpadeine)\b|布洛芬|扑热息痛|对乙酰氨基酚|必理痛|芬必得|散利痛|止痛药|止痛片")
_R47F_SPREAD = re.compile(r"\b(across|through|over) the day\b|\b(\d|two|one) (at|around) (\d|half|quarter|lunch|noon|breakfast|bedtime|tea)|\b(and )?then\b|\blater\b"
                          r"|\b(today|a day|per day|in 24 hours|this morning|tonight|before bed)\b|每次|(两|二|三|2|3)次|一天|今天|今日|早上|中午|晚上|隔(了)?\S{0,3}(小时|钟)")
_R47F_MORE_ASKED = re.compile(r"\b(can|could|may|should) (i|he|she|we) (\w+ ){0,2}(have|take|give)( \w+){0,2} (more|another|again)\b|\b(is it|would it be) (ok|okay|alright|all right|safe|fine) to (have|take|give)\b"
                              r"|\bhave i done (any )?damage\b|(还|再)(能|可以)?(吃|食|服)(多)?(一|两|1|2)?(片|粒|颗|次)?(吗|不|嘛)|(能|可以)(再|还)(吃|食|服)")
# the label's daily limit ('six a day', 一天最多六片) is no count of tablets taken
_R47F_LABEL_MAX = re.compile(r"(最多|不超过|不能超过|不要超过|上限)[^,.;:?!\n，。；：？！]{0,4}(片|粒|颗)|\b(max\w*|up to|no more than) (\w+ ){0,3}(a|per|in) (day|24)\w*|\b\w+[- ]a[- ]day\b")
_R47F_UNITS = re.compile(r"(?<![\d.])(\d|one|two|three|four|five|six|seven|eight|nine|ten|\d\d)( x)? (\w+ ){0,2}(tablets?|capsules?|caplets?|pills?|paracetamol|ibuprofen|nurofen|more)\b"
                         r"|\b(\d|one|two|three|four) (at|around) (\d|half|quarter|lunch|noon|breakfast|bedtime)|\bmake (\d\d?|eight|seven|six|nine|ten)\b"
                         r"|(?<![\d.])(\d\d?|一|两|二|三|四|五|六|七|八|九|十)(片|粒|颗)")
_R47F_WORD_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                  "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_R47F_AT_ONCE = re.compile(r"\b(at once|all at once|in one go|at the same time|together)\b|一次(过)?(吃|食|服)(了|咗)?(五|六|七|八|[5-8])|一口气|一下子(吃|食)")
_R47F_NUMBER = re.compile(r"\d+|\b(one|two|three|four|five|six|seven|eight|nine|ten)\b|[一两二三四五六七八九十]")
_R47F_BIG_MG = re.compile(r"(?<![\d.])([5-9]\d{3}|\d{5,}) ?(mg|milligrams?|毫克)\b|(?<![\d.])([5-9]|\d{2,}) ?(g|grams?|克)\b(?! of)")


def _r47f_most_units(norm: str) -> int:
    """Round 47f: the largest tablet count told (a total said, or one dose), the label's daily limit left out."""
    most = 0
    for m in _R47F_UNITS.finditer(_R47F_LABEL_MAX.sub(" , ", norm)):
        word = _R47F_NUMBER.search(m.group(0)).group(0)
        most = max(most, int(word) if word.isdigit() else _R47F_WORD_NUM.get(word, 99))
    return most


def _r44_medicine(norm: str, cats: set[str]) -> set[str]:
    if "overdose_poisoning" not in cats or _EV_INTENT.search(norm):
        return set()
    if _R44_BP_MED.search(norm) and _R44_ONE_MORE.search(norm) and _R44_READING_FINE.search(norm) and _R44_FEELS_NOTHING.search(norm) \
            and not _ev_said(norm, _R42_OD_KEEP) and not _EV_CHILD.search(_R42_NOT_CHILD.sub(" ", norm)):
        return {"overdose_poisoning"}
    if _R44_SUPPLEMENT.search(norm) and _R44_FEW_UNITS.search(norm) and not _ev_said(norm, _R44_SUPP_KEEP) and not _EV_CHILD.search(norm):
        rest = _r44_mask(norm, _R44_SUPPLEMENT, _R44_FEW_UNITS, _R44_MOUTH_TINGLE, _R44_WATER_LOADS, _R44_HARM_ASKED)
        if not _r44_still(rest, "overdose_poisoning"):
            return {"overdose_poisoning", "stroke"} if _R44_MOUTH_TINGLE.search(norm) and not _r44_still(rest, "stroke") else {"overdose_poisoning"}
    if _R44_SHOP_MUSHROOM.search(norm) and _R44_TOUCH_LICK.search(norm) and not _R44_WILD.search(norm) and not _ev_said(norm, _EV_OD_SYMPTOM):
        if not _r44_still(_r44_without_opinions(_r44_mask(norm, _R44_SHOP_MUSHROOM), {"overdose_poisoning"}), "overdose_poisoning"):
            return {"overdose_poisoning"}
    label = _R44_LABEL_READ.sub(" , ", norm)
    if _R44_PARA_COMBO.search(norm) and 0 < _r44_units_total(norm) <= 8 and _R44_FEELS_NOTHING.search(norm) and not _ev_said(label, _R44_OD_KEEP) \
            and not _TR40_OTC_BIG.search(label):
        return {"overdose_poisoning"}
    # round 47f: over-the-counter painkiller doses spread over a day, at most eight tablets, the writer fine or asking
    # about one more (two 200 mg ibuprofen against a six-a-day label; 2 at 7am, 2 at 1pm, 2 at 7pm, 'can i have 2 more')
    if _R47F_OTC.search(norm) and _R47F_SPREAD.search(norm) and (_R44_FEELS_NOTHING.search(norm) or _R47F_MORE_ASKED.search(norm)) \
            and 0 < _r47f_most_units(norm) <= 8 and not _ev_said(label, _R44_OD_KEEP) and not _TR40_OTC_BIG.search(label) \
            and not _ev_said(norm, _EV_OD_SYMPTOM) and not _R47F_BIG_MG.search(norm) and not _R47F_AT_ONCE.search(norm):
        return {"overdose_poisoning"}
    dropped: set[str] = set()
    for benign in (_R44_WATER_LOADS, _R44_NAPPY_COUNT):
        if benign.search(norm) and not _r44_still(_r44_mask(norm, benign), "overdose_poisoning"):
            dropped.add("overdose_poisoning")
    if _R44_FOOD_EATEN.search(norm) and _R44_ASKED_MED.search(norm) and not _r44_still(_r44_mask(norm, _R44_FOOD_EATEN, _R44_ASKED_MED), "overdose_poisoning"):
        dropped.add("overdose_poisoning")
    return dropped


# (11) breathing look-alikes: out of breath after hard exercise, back within minutes of stopping; a blocked nose and
# mouth breathing; a cough after a cold with breathing said fine
_R44_EXERCISE = re.compile(r"\b(ran|run|running|jog\w*|sprint\w*|danc\w*|quickstep|waltz|jive|salsa|run-?throughs?|drill|training|match|game|race|gym|"
                           r"stairs|hill|hills|climb\w*|cycl\w*|ride|rode|swim\w*|football|netball|rugby|spin class|hiit|workout"
                           r"|laps?|roller ?derby|skat\w*|rowing|row|paddl\w*|punt\w*|endurance|circuits?|bleep test|parkrun|5k|10k)\b"  # round 50f
                           r"|跑|跳舞|爬楼|上楼|爬山|登山|骑车|游泳|打球|踢球|训练|健身|锻炼|跳绳|撑(排|船|篙|竹排)|划(船|艇|桨)|赛艇|龙舟")
_R44_BREATH_BACK = re.compile(r"\b(get|got|getting|catch|caught) (my|his|her|their) breath back\b|\b(eases?|eased|settles?|settled|goes|went|stops?|passes|passed)"
                              r"( off| away| down)? (as soon as|once|when|the moment|within a minute of|after) (i|he|she|we|they) (stop|stopped|rest|rested|sit|sat|slow\w*)\b"
                              r"|\b(back to normal|recover(ed)?|fine again) (in|within|after) (a (few|couple of)|\d+|two|three|four|five) min\w*\b"
                              r"|(停下|停下来|歇|坐下|休息)[^,.;:?!\n，。；：？！]{0,8}(就|便)?(好|缓|顺|平|正常|没事)"
                              r"|\bfor (about |around |maybe )?(a few|a couple of|\d+|one|two|three|four|five|ten) min\w*,? (then|and then|before) (i was |it was |he was |she was )?(fine|ok|okay|normal|back to normal|better)\b"
                              r"|(一两|两|几|一|三|五|两三)分钟(就|便)?(好|正常|缓过来|没事|恢复)")  # round 50f: told settled with its minutes
_R44_EXERCISE_KEEP = re.compile(r"\b(chest (pain|tight\w*|pressure)|pain in (my|his|her) chest|faint\w*|passed out|collaps\w*|blue|grey|gray|dizzy|blacked out|"
                                r"palpitat\w*|racing heart|at rest|sitting still|lying down|still (breathless|gasping|wheezing)|can not (speak|talk)|"
                                r"could not (speak|talk)|getting worse|worse every|asthma)\b|胸痛|胸口(痛|疼|闷|压)|晕|发紫|发青|休息(也|都)(喘|不好)|说不出话|越来越")
_R44_NOSE_BLOCKED = re.compile(r"\b(blocked|stuffy|stuffed|bunged( up)?|congested)( up)? (nose|nostril|sinuses)\b|\bnose (is |was |gets |keeps getting )?(\w+ )?(blocked|stuffy|bunged|congested)\b"
                               r"|\bbreath\w* through (my|his|her|their) mouth\b|\bmouth[- ]breath\w*\b|\bhay ?fever\b|\bsneez\w*\b"
                               r"|鼻(子)?(塞|堵|不通)|张(着)?嘴(巴)?(呼吸|睡)|用嘴(呼吸|巴呼吸)|鼻炎|打喷嚏|流鼻涕")
_R44_BREATH_OK = re.compile(r"\b(breathing|breathe|breath)( \w+){0,2} (is |was |feels )?(fine|normal|ok|okay|easy)\b|\bcan breathe (fine|ok|okay|normally)\b"
                            r"|\b(no|not|without) (wheez\w*|breathless\w*|short of breath|struggling)\b|\b(walk|climb)( \w+){0,6} without stopping\b"
                            r"|(走路|爬楼|上楼)[^,.;:?!\n，。；：？！]{0,4}(都|也)?(不|没)(喘|累)|(呼吸|喘气)(都|也)?(正常|顺)|白天(还)?好")
_R44_BREATH_KEEP = re.compile(r"\b(lips? (blue|grey|gray)|blue|grey|gray|can not (speak|talk|finish)|could not (speak|talk)|struggling to breathe|gasping|"
                              r"ribs? (sucking|pulling)|drowsy|confus\w*|swollen (lips?|tongue|face|throat)|throat (closing|tight)|stridor|chest pain|"
                              r"worse every|getting worse|at rest)\b"
                              r"|嘴唇(发紫|发青)|发紫|发青|说不出话|喘不过气|呼吸困难|嗓子(发紧|肿)|喉咙(发紧|肿)|舌头肿|嘴唇肿|脸肿|越来越")


_R44_ALLERGEN = re.compile(r"\b(allerg\w*|sting|stung|bee|wasp|nuts?|peanuts?|sesame|shellfish|prawns?|hives|swell\w*|rash|itch\w*|epi-?pen|adrenaline|"
                           r"antibiotic\w*|penicillin|new (food|medicine|tablet))\b|过敏|蜂|坚果|花生|海鲜|虾|荨麻疹|肿|疹|痒")


def _r44_breathing(norm: str, cats: set[str]) -> set[str]:
    if not (cats & {"breathing", "anaphylaxis"}):
        return set()
    dropped: set[str] = set()
    if "breathing" in cats and _R44_EXERCISE.search(norm) and _R44_BREATH_BACK.search(norm) and not _ev_said(norm, _R44_EXERCISE_KEEP):
        dropped.add("breathing")
        if not _ev_said(norm, _R44_ALLERGEN):
            dropped.add("anaphylaxis")  # breath lost to a run with no allergen, sting or swelling told
    if _R44_NOSE_BLOCKED.search(norm) and not _ev_said(norm, _R44_BREATH_KEEP):
        rest = _r44_without_opinions(_r44_mask(norm, _R44_NOSE_BLOCKED, _R44_BREATH_OK), cats & {"breathing", "anaphylaxis"})
        dropped |= {cat for cat in cats & {"breathing", "anaphylaxis"} if not _r44_still(rest, cat)}
    return dropped


# (12) chest look-alikes: heartburn (a burning that climbs with a sour taste after rich food or lying flat) told with
# walking about as normal; a strain from lifting or reaching, sore to press, twist or lift the arm; a one- or
# two-second twinge that goes on moving
_R44_WALK_FINE = re.compile(r"\b(walking|walks|walk|moving|getting) (about|around)( \w+){0,2}( normal\w*| fine| ok| okay| as usual)?\b|\b(walking|talking)( and (talking|walking))? (normal\w*|fine|ok|okay)\b"
                            r"|\bfine when (walking|moving|up)( about| around)?\b")
_R44_STRAIN_CAUSE = re.compile(r"\b(lift\w*|reach\w*|carry\w*|heav\w* (box|bag|bundle)s?|stretch\w*|pull\w*|push\w*|twist\w*|bundles|shelves|boxes|moving house|"
                               r"gym|press-?ups|bench press|picking|digging|shovel\w*|hunch\w*|slouch\w*)\b|搬|提|抬|举|拉伤|扭|扛")  # round 50f: 扛, hunched
_R44_MOVE_PAIN = re.compile(r"\b(sore|hurts?|twinge\w*|pain\w*|catch(es)?) (when|if|as) (i |he |she )?(lift|raise|move|twist|turn|cough|press|push|reach|breathe in|take a deep)\w*"
                            r"( (my|his|her|the) (arm|arms|shoulder))?\b|\b(press\w*|push\w*) on it\b|\bwhen i press\b|\bdeep breath makes it (twinge|hurt)\b"
                            r"|\b(fine|ok|okay|nothing) when (i am |i'm |he is |she is )?(sat|sitting|still|resting)( still)?\b"
                            r"|(一)?(郁|动|转身|按|深呼吸|咳)[^,.;:?!\n，。；：？！]{0,3}(就)?(痛|疼)"
                            r"|(胳膊|手臂|手|膊头|肩膀)?(往上|向上)?(一)?(抬|举|扯|伸)[^,.;:?!\n，。；：？！]{0,4}(就)?(扯着)?(痛|疼)|(坐着|不动|躺着)[^,.;:?!\n，。；：？！]{0,3}(就)?(不|唔)(痛|疼)"  # round 50f
                            r"|\b(gone|goes|went|eases?|eased|stops?|stopped) (as soon as|when|once) (i|he|she|they) (sit|sits|sat|stand|stands|stood|straighten\w*|move\w*|shift\w*)\b")
_R44_SECONDS_TWINGE = re.compile(r"(痛|疼)(一两|一|两|几|两三)秒|\b(a|one|two|1|2|a couple of) seconds?\b|(一|郁|动|转)(一)?(身|下)(就)?(冇|没|没有|无)(咗|了)|\b(goes|went|gone) (as soon as|when) (i|he|she) (move|moved|shift\w*)\b")


# round 47f: exertion told as fine ('walks the dog up the hill fine', 'walking to the station and back no problem', 走路干活都不疼)
_R47F_EXERTION_FINE = re.compile(
    r"\b(walk\w*|climb\w*|cycl\w*|jog\w*|goes|go|went|gets|got|manag\w*|does|did)( [\w']+){0,8}? (fine|ok|okay|no problem|without (any )?(trouble|problem|pain|bother|issue))\b"
    r"|\bfine (walking|on the stairs|going up|up the hill|on hills)\b"  # ('no pain walking' is read by the negation test itself)
    r"|(走路|行路|爬楼|上楼|爬山|干活|做嘢|跑步|运动)[^,.;:?!\n，。；：？！]{0,6}(都|也)?(不痛|不疼|唔痛|没事|冇事|没问题|正常|好好)")


def _r44_chest(norm: str, cats: set[str]) -> set[str]:
    if "chest_pain" not in cats:
        return set()
    calm = _r44_without_opinions(_r44_mask(norm, _R44_WALK_FINE, _R44_MOVE_PAIN, _R47F_EXERTION_FINE), {"chest_pain"})
    if _ev_said(calm, _EV_CHEST_SEVERE):
        return set()
    if _EV_BURNING.search(norm) and _EV_REFLUX_FEATURE.search(norm) and not _ev_said(calm, _EV_EXERTION, _EV_NOT_ON_EXERTION):
        return {"chest_pain"}
    if _R44_STRAIN_CAUSE.search(norm) and _R44_MOVE_PAIN.search(norm):
        return {"chest_pain"}
    if _R44_SECONDS_TWINGE.search(norm) and (_R44_MOVE_PAIN.search(norm) or re.search(r"(一|郁|动|转)(一)?(身|下)", norm)):
        return {"chest_pain"}
    return set()


# (13) stroke look-alikes: an arm 'dead' on waking after sleeping on it, back within minutes with everything normal; a
# numb patch under a strap, helmet or band, fading; a dental anaesthetic still numb hours later (a drip from the numb
# side), talking and walking fine
_R44_SLEPT_ON = re.compile(r"\b(slept|sleeping|lying|lay|laid|fallen asleep|fell asleep|dozed off|passed out|crashed) (\w+ ){0,2}on (it|my|his|her|their|top of)\b"
                           r"|\bwoke\b[^.;!?\n]{0,60}\b(dead|numb|asleep|pins and needles)\b|压(着|住|到)(了)?(手|胳膊|手臂)|(手|胳膊|手臂)(被)?压(麻|着|住)|枕(着|住)(手|胳膊)")
_R44_CAME_BACK = re.compile(r"\b(came|come|coming|got) back\b|\bpins and needles\b|\b(within|inside|in|after) (\d+|a few|a couple of|two|three|five|ten) min\w*\b"
                            r"|\b(nearly|almost|all|completely) (gone|back)\b|\bwearing off\b|\b(fading|faded)\b|(几|两|一|三|五|十)分钟(就|便|后)?(好|恢复|回来|没事)|恢复(了|正常)|慢慢(好|退|消)")
_R44_STRAP = re.compile(r"\b(strap|straps|helmet|chin ?strap|goggles|headband|head ?torch|hard ?hat|tight (band|hat|cap|collar)|watch ?strap|bra strap|rucksack|backpack|"
                        r"sling|tourniquet|blood pressure cuff|cuff)\b|(头盔|带子|绑带|背带|帽带|表带|肩带|护目镜)")
_R44_ANAESTHETIC = re.compile(r"\b(dentist|dental|filling|root canal|extraction|tooth out|injection (at|in) the (dentist|mouth|gum)|local anaesthetic|local anesthetic|numbing injection)\b"
                              r"|牙医|补牙|拔牙|根管|打(了)?麻药|局部麻醉|局麻")
_R44_STROKE_NOW = re.compile(
    r"\b(slurr\w*|garbled|can not (speak|talk|smile|lift|move|grip|see)|could not (speak|talk|smile|grip)|(face|mouth|smile) (is )?(droop\w*|lopsided|drop\w*|dropped)|"
    r"droop\w*|lopsided|weak\w*|confus\w*|worst headache|vision|double vision|still (numb|dead|weak|heavy|tingl\w*|can not)|other side|whole side|"
    r"both (the )?(arm|leg|face)|arm and leg|leg (is )?(weak|numb|dragging)|dragging|dizz\w*|unsteady|falling|mush\w*|hanging|flop\w*|"
    r"slid out of|dropp(ed|ing)|not (the|from the) anaesthetic|not numbed|was not numbed|wasn't numbed)\b"
    r"|口齿不清|说话不清|口角歪|嘴歪|脸歪|半边|无力|没力|抬不起|拿不住|看不清|重影|头晕|站不稳")


# the numb lip, tongue or cheek itself is what the anaesthetic does
_R44_NUMB_MOUTH = re.compile(r"\b(still )?(numb|tingl\w*|dead|fat|swollen)( \w+){0,2} (lip|lips|tongue|cheek|mouth|jaw|chin|gum|gums)\b"
                             r"|\b(lip|lips|tongue|cheek|mouth|jaw|chin|gum|gums)( and (\w+ ){0,2}(lip|lips|tongue|cheek|mouth|jaw|chin))?( \w+){0,3} (is |are |still |feels? )*(numb|tingl\w*|dead|fat)\b"
                             r"|(嘴唇|嘴|舌头|半边脸|脸|下巴|牙肉|牙龈)[^,.;:?!\n，。；：？！]{0,4}(还)?(麻|没知觉|木)")


_R44_LIKE_DENTIST = re.compile(r"\blike (he|she|they|i)('d| had| would have| would) (just )?been (at|to) the dentist\b|\bas if (\w+ ){0,3}dentist\b|像(刚)?(看|补|拔)(完|了)?牙")


def _r44_stroke(norm: str, cats: set[str]) -> set[str]:
    if "stroke" not in cats or not _R44_WRITER_FINE.search(norm):
        return set()
    calm = _r44_without_opinions(_r44_mask(norm, _R44_WRITER_FINE, _TR40_OWN_FINE), {"stroke"})
    if _R44_SLEPT_ON.search(norm) and _R44_CAME_BACK.search(norm):
        # what happened on waking ('could not lift it') is the episode told; only a sign kept now counts
        tail = calm[_R44_CAME_BACK.search(calm).end():] if _R44_CAME_BACK.search(calm) else calm
        if not _ev_said(tail, _R44_STROKE_NOW):
            return {"stroke"}
    if _R44_STRAP.search(norm) and _R44_CAME_BACK.search(norm) and not _ev_said(calm, _R44_STROKE_NOW):
        return {"stroke"}
    if _R44_ANAESTHETIC.search(norm) and _R44_NUMB_MOUTH.search(norm) and not _R44_LIKE_DENTIST.search(norm) \
            and not _ev_said(_r44_mask(calm, _R44_NUMB_MOUTH), _R44_STROKE_NOW):
        return {"stroke"}
    return set()


# (14) a water infection told with its ordinary features (burning, going often), fever, back pain and confusion denied
_R44_UTI = re.compile(r"\b(burn\w*|sting\w*|hurts?|pain\w*) (when|as) (i|she|he|they) (pee|wee|urinate|pass water)\w*|\b(pee|wee|urinate)\w* (a lot|often|many times|all the time|more)\b"
                      r"|\bneed\w* to (pee|wee) (many times|a lot|often|all the time)\b|\b(water|urine|bladder) infection|\buti\b|\bcystitis\b"
                      r"|尿(频|急|痛)|小便(痛|疼|刺痛|烧)|尿尿(痛|疼)|膀胱炎|尿道炎|尿路感染")
_R44_UTI_CALM = re.compile(r"\bno (fever|temp\w*|temperature)\b|(不|没|冇|没有)(发烧|发热)")
_R44_UTI_KEEP = re.compile(r"\b(back pain|loin|side pain|shiver\w*|rigors?|shak\w*|confus\w*|drowsy|vomit\w*|being sick|blood|catheter|pregnan\w*|"
                           r"high (temp|temperature|fever)|fever|cold and clammy|not eating|not drinking|not peeing|dizzy|faint\w*)\b"
                           r"|腰痛|腰疼|背痛|发抖|寒战|糊涂|迷糊|呕|吐|血尿|尿血|怀孕|发烧|不吃|头晕")


def _r44_uti(norm: str, cats: set[str]) -> set[str]:
    if "sepsis" not in cats or not (_R44_UTI.search(norm) and _R44_UTI_CALM.search(norm)) or _ev_said(norm, _R44_UTI_KEEP):
        return set()
    return set() if _raises_category(norm, "sepsis") else {"sepsis"}


def _r44_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 44 (everyday20, everyday19, R36 reviewer questions; spent): the families above, category by category."""
    cats = {r.category for r in fired}
    if not cats:
        return set()
    dropped: set[str] = set()
    for family in (_r44_word_senses, _r44_others_alarm, _r44_elsewhere, _r44_faint_jerks, _r44_other_child_fit, _r44_pregnancy_site_bleed,
                   _r44_small_cut, _r44_head_minor, _r44_not_meant, _r44_medicine, _r44_breathing, _r44_chest, _r44_stroke, _r44_uti):
        dropped |= family(norm, cats - dropped)
    return dropped


# Round 45 (blind44, blind43 misses and false alarms). Additions (_r45_added) are emergencies told in words the rules
# do not read: a death said with a time or with the means at hand, a carbon-monoxide alarm with people ill, a chemical
# in the eyes or face, an asthma attack past its reliever (only nodding, a dozen puffs), a heart tablet overdose with
# a slow pulse or faints, a floppy baby not feeding or crying weakly, a fit still going after five minutes, a head
# wound with confusion, vision lost on one side with an arm drifting, a tight heavy chest with vomiting or sweat, and
# a young infant's fever written in Chinese numerals. Drops (_r45_dropped) mask a look-alike piece and drop a category
# only when the rest of the message raises it no more.
_R45_DEATH_SAID = re.compile(
    r"\b(won'?t|will not|is not going to|isn'?t going to|not going to|doesn'?t want to|does not want to) (live|be alive|be here|make it|see)"
    r"( \w+){0,2} (past|through|beyond|after|until|till|to)? ?(tonight|today|the morning|morning|tomorrow)\b"
    r"|\bend(ing)? (it all|it|everything|things|(his|her|their|my) life)\b|\b(said|says|saying|text\w*|sent|send\w*) (me )?(a )?goodbye\b"
    r"|\bgoodbye (message|text|note|letter|video)\b|\b(will|going to|gonna) do it (today|tonight|now|soon)\b|\bsuicide note\b"
    r"|不(想)?(再)?活了|活不过(今晚|今天|明天|今日|今夜)|唔(想)?(再)?活|了结(一切|自己|生命|佢自己)?|结束(一切|自己|生命)|告别(的)?(讯息|信息|短信|消息|信|留言)"
    r"|遗书|道别|(说|讲|话)(了)?再见|(今天|今晚|今日|今夜|而家|现在)(就)?(要|会)?(去)?死")
_R45_MEANS = re.compile(r"\b(knife|knives|blade|razor|rope|noose|cord|belt|pills|tablets|gun|ligature)\b|刀|刀片|剃刀|绳|药|枪|炭"
                        r"|\blocked (himself|herself|themselves|themself) in\b|锁(咗|了|住)?自己|反锁|把自己锁|\b(is |was )?alone\b|一个人")
# a grumble said in words of death and taken back (其实就是抱怨, 'just venting', 什么事都没有)
_R45_VENTING = re.compile(r"抱怨|发牢骚|吐槽|随口(说|讲)|口头禅|气话|什么事都没有|\b(just )?(venting|moaning|grumbling|a figure of speech)\b")
_R45_CO = re.compile(r"一氧化碳|\bcarbon monoxide\b|\bco (alarm|detector|monitor)s?\b|煤气|燃气|\bgas (alarm|leak)\b")
_R45_CO_ILL = re.compile(r"头(痛|疼|晕)|想吐|恶心|呕|晕|倒(下|地|在)|昏|叫不醒|\b(headaches?|nause\w*|sick|vomit\w*|dizzy|collaps\w*|passed out|unconscious|drowsy|confused|fainted)\b")
_R45_CHEM = re.compile(r"\b(drain|oven|toilet) cleaner\b|\b(caustic|lye|acid|alkali|bleach|ammonia|chemicals?|descaler|degreaser)\b"
                       r"|疏通剂|通渠|强酸|强碱|硫酸|盐酸|火碱|烧碱|氢氧化钠|洁厕|漂白|化学(品|剂|药水)|石灰|除垢剂")
_R45_EYE_FACE = re.compile(r"\b(eyes?|face)\b|眼|脸|面(上|部)")
_R45_SPLASH = re.compile(r"\b(splash\w*|spray\w*|squirt\w*|spat|got (in|into)|went (in|into)|flicked)\b|溅|喷|泼|洒|弹|入眼|进眼")
_R45_CHEM_HARM = re.compile(r"\b(burn\w*|sting\w*|pain\w*|hurt\w*|agony|(can not|cannot) (open|see)|blur\w*|white|peeling)\b|疼|痛|辣|烧|睁不开|看不清|模糊|发白|变白|起皮")
_R45_ASTHMA = re.compile(r"\b(asthma\w*|inhaler|puffer|reliever|ventolin|salbutamol|blue (inhaler|puffer|one))\b|哮喘|气喘|吸入剂|吸入器|喷雾|喷剂|气雾剂|喘")
_R45_ASTHMA_SEVERE = re.compile(
    r"\bcan (only|just|barely) (nod|whisper|shake (his|her|their) head|point)\b|\b(can not|cannot|unable to|not able to) (talk|speak|say (a )?word|finish (a )?sentence)\w*"
    r"|\bone word at a time\b|\bonly nod\w*|只(能|会|可以)(点头|摇头|点点头)|说不出话|说不了话|讲不出话|讲唔到(嘢|话)|讲唔出|话都(说|讲)不|一个字一个字|嘴唇(发)?(紫|青|蓝)"
    r"|\b(1[0-9]|[2-9]\d|ten|eleven|twelve|fifteen|twenty|a dozen|dozens of|loads of|countless) (puffs|sprays|squirts)\b"
    # session 42 (blind62a, spent): only two or three words then a stop for breath; the reliever used six or more times
    # ('e done use e puffer eight, nine time dis mornin')
    r"|\b(can|could) (only|just|barely|hardly) (say|get out|manage|speak|talk in) (a |one |two |three |a few |a couple of |one or two |two or three |\d )"
    r"((or |, ?)(two|three|four|\d) )?words?\b|\b(only |just )?(a few|two|three|\d|one or two|two or three) words? (at a time|then|before|between)\b"
    r"|\b(use[ds]?|using|taken|took|had|done|given|gave)( \w+){0,2} (puffer|inhaler|pump|ventolin|reliever|blue one)( \w+){0,2} (six|seven|eight|nine|ten|[6-9]|1\d)(,? (or )?(seven|eight|nine|ten|[7-9]|1\d))? times?\b"
    r"|只(能|会)(说|讲)(一两|两三|三四|几)个字|(说|讲)(一两|两三|几)个字就(要)?(停|喘)|(喷|吸|用)(了)?(六七|七八|八九|十来)(下|次|口)"
    r"|(喷|吸|按|用)(了|咗)?(十|十几|十来|二十|廿|好多|很多|无数)(几)?(下|口|次|喷|泵)")
_R45_HEART_MED = re.compile(
    r"\b(heart|blood pressure|bp|cardiac)( \w+)? (tablets?|pills?|meds|medications?|medicines?)\b"
    r"|\b(digoxin|bisoprolol|atenolol|propranolol|metoprolol|verapamil|diltiazem|beta[- ]?blockers?)\b|心脏(病)?(的)?药|降压药|血压药|地高辛|倍他乐克|心律(的)?药")
_R45_MED_EXCESS = re.compile(r"\b(double|twice|extra|more|too many|whole|all of|handful|several|lots)\b|两次|双倍|多吃|吃多|又吃|几颗|好几|一把|一板|过量")
_R45_BRADY = re.compile(
    r"\b(slow|low|weak) (pulse|heart ?rate|heart ?beat)\b|\b(pulse|heart ?rate|heart ?beat) (is |was |has gone |gone )?(really |very |so |quite )?(slow|low|weak)\b"
    r"|\bfaint\w*|\bpass(ed|ing)? out\b|\bcollaps\w*|\bblack(ed|ing) out\b|\bunconscious\b|心跳(很|好|特别|非常)?慢|脉搏?(很|好|特别)?(慢|弱)|晕倒|昏倒|晕过去|昏过去|倒下|叫不醒|晕厥")
_R45_FLOPPY = re.compile(r"\b(floppy|limp|like a rag ?doll|no muscle tone)\b|软绵绵|软趴趴|软塌塌|身体软|全身(无力|没力|冇力)|成个软晒|软晒")
_R45_FEED_CRY = re.compile(
    r"\b(not|won'?t|will not|is not|isn'?t|refus\w*|stopped) (feed\w*|tak\w* (her|his|the|any) (bottle|milk|feeds?)|drink\w* (milk|her bottle|his bottle))\b"
    r"|\bweak cry\b|\bcry(ing)? (is )?(weak|feeble|quiet|faint)\b|\bbarely cr(y|ies|ying)\b"
    r"|不(喝|吃|饮|肯吃|肯喝)奶|唔(饮|食|肯食|肯饮)奶|拒奶|哭声(很|好|特别)?(弱|小|微弱)|哭不出|哭都冇力|哭得没力")
_R45_TOY = re.compile(r"毛绒|绒毛|玩具|公仔|娃娃|布偶|\b(soft toys?|teddy|teddies|plush\w*|stuffed (toy|animal)s?|toys?|dolls?|comforter|blankie|cuddly)\b")
_R45_LIKE_TOY = re.compile(r"\blike a (\w+ )?(doll|toy|teddy|rag ?doll)|\brag ?doll|(好似|似|像|好像)(个|一个|只|咁)?(布)?(公仔|娃娃|玩具)|布公仔|布娃娃")
_R45_FIT = re.compile(r"\b(jerk\w*|fitting|seiz\w*|convuls\w*|shaking all over|twitching all over)\b|抽搐|抽筋|发羊吊|羊癫疯|癫痫发作")
_R45_FIT_LONG = re.compile(r"\b([5-9]|1\d|20|30|five|six|seven|eight|nine|ten|fifteen|twenty) ?(minutes?|mins?)\b|(五|六|七|八|九|十|十几|廿)(多)?分钟")
_R45_STILL_GOING = re.compile(r"\b(still|going on|(isn'?t|is not|hasn'?t|has not|won'?t|will not|not) (stopp\w*|slow\w*|stopped|ending)|keeps? going)\b|还在|仲(喺|係|系)?(抽|震)|一直|不停|没停|未停|停不下")
_R45_HEAD_WOUND = re.compile(r"撞(破|伤|到)(了)?(头|额)|头(撞|磕)(破|伤|到)|头(部)?(流血|出血|破了|破咗)|\b(hit|banged|smashed|split|cut) (his|her|their|my) head\b|\bhead (wound|is bleeding|bleeding)\b")
_R45_CONFUSED = re.compile(r"\b(confus\w*|disorient\w*|not making sense|does not know where|doesn'?t know where|drowsy|won'?t wake)\b|混乱|糊涂|迷糊|认不出|不认得|不清醒|胡言乱语|叫不醒|神志不清|答非所问")
_R45_VISION_SIDE = re.compile(r"\b(lost|losing|lose) (the |her |his |their |my )?(vision|sight)\b|\bbumping into things\b|\bcan'?t see (out of|on|to) (one|the left|the right)\b|\bhalf (of )?(her|his|the) vision\b"
                              r"|一边看不(见|到|清)|半边看不(见|到)|视野(缺|少了一半)|一只眼(睛)?看不(见|到)|(撞到|撞)东西")
_R45_ARM_DRIFT = re.compile(r"\barm (keeps |kept )?(dropp\w*|drops|drift\w*|falls|falling|sagg\w*)\b|\b(can not|cannot|unable to) (lift|raise|hold up) (his|her|their|my|one|the) (left |right )?arm\b"
                            r"|(手|手臂|胳膊).{0,4}(掉下来|垂下来|举不起|抬不起|举唔起|抬唔起)")
_R45_CHEST_TIGHT = re.compile(r"(心口|胸口|胸)(好|很|非常|特别|又)?(紧|重|压|闷|翳|痛)(.{0,3}(紧|重|压|闷|翳|痛))?")
_R45_CHEST_AUTO = re.compile(r"呕|吐|出(冷)?汗|冒(冷)?汗|冷汗|头晕|气促|喘不过|手臂|左手|下巴|膊头|(廿|二十|三十|十五|半个钟|二十几|廿几)(几)?(多)?(分钟|分钟)")
_R45_ZH_INFANT_AGE = re.compile(r"(出世|出生|生咗|生了|才|只有|得)?([一二两三四五六七八九十]{1,2})(个)?(星期|礼拜|周)(大)?")
_R45_ZH_TEMP = re.compile(r"(三十八|三十九|四十)点([零〇一二三四五六七八九])|(三十八|三十九|四十)度")
_R45_BABY = re.compile(r"婴儿|bb|宝宝|bb仔|bb女|囡囡|初生|新生儿|bb女|仔仔|女儿|儿子|\b(baby|newborn|infant)\b")


# A painkiller or opioid taken dose after dose until the total told is ten or more ("2 every 2 hours all day, about 20
# in total", "12 altogether overnight", 一共吃了十几片): a staggered overdose, an emergency even when each dose was
# ordinary (TR44's note: no detector read a total told after the doses).
_STAGGER_MEDICINE = re.compile(
    r"\b(paracetamol|acetaminophen|tylenol|panadol|calpol|ibuprofen|nurofen|advil|aspirin|co-?codamol|codeine|"
    r"co-?dydramol|dihydrocodeine|tramadol|solpadeine|lemsip|painkillers?|pain killers?)\b|"
    r"扑热息痛|对乙酰氨基酚|布洛芬|必理痛|泰诺|普拿疼|止痛药|止痛片|头痛药|感冒药|曲马多|可待因")
_STAGGER_TAKEN = re.compile(r"\b(took|taken|taking|had|has had|have had|been having|swallowed|gave|given|giving)\b|吃了|食咗|服了|吞了|一共吃")
_STAGGER_TOTAL = re.compile(
    r"\b" + _NUM_TEN_UP + r"(?: \w+)? " + _TOTAL_AFTER + "|" + _TOTAL_BEFORE + _NUM_TEN_UP
    + r"(?: \w+)? (?:tablets|pills|capsules|caplets|of them)\b|"
    r"(一共|总共|加起来|前后|累计)[^,，。.?？!！]{0,6}(十|[1-9]\d)[几多]?(片|粒|颗)")
_STAGGER_NOT = re.compile(r"\b(pack|packet|box|bottle|tub|strip) (of|has|holds|contains)\b|\b(can|could|may|should|is it (ok|safe))\b"
                          r"[^.?!]{0,30}\b(take|have)\b[^.?!]{0,20}\b(in total|altogether)\b|\bover (a|the) (week|month|fortnight)\b|"
                          r"一盒|一板|一瓶|能不能|可不可以|一周|一个月")


def _staggered_total_added(text: str) -> list[Rule]:
    """A painkiller total of ten or more told after repeated doses: an overdose emergency (see the patterns)."""
    norm = normalize(text)
    if (_STAGGER_MEDICINE.search(norm) and _STAGGER_TAKEN.search(norm) and _STAGGER_TOTAL.search(norm)
            and not _STAGGER_NOT.search(norm)):
        return [Rule("overdose.staggered_total", "overdose_poisoning", EMERGENCY, ())]
    return []


def _r45_added(text: str) -> list[Rule]:
    """Round 45: emergencies the rules above do not read (see the patterns); each needs its sign said, not denied."""
    norm = normalize(text)
    added = []
    if _ev_said(norm, _R45_DEATH_SAID) and _R45_MEANS.search(norm) and not _JOKING.search(text.lower() + norm) and not _R45_VENTING.search(norm):
        added.append(Rule("r45.death_said_with_means", "suicide_self_harm", EMERGENCY, ()))
    if _R45_CO.search(norm) and _ev_said(norm, _R45_CO_ILL):
        added.append(Rule("r45.carbon_monoxide_ill", "overdose_poisoning", EMERGENCY, ()))
    if _R45_CHEM.search(norm) and _R45_EYE_FACE.search(norm) and _R45_SPLASH.search(norm) and _ev_said(norm, _R45_CHEM_HARM):
        added.append(Rule("r45.chemical_eye_face", "burns", EMERGENCY, ()))
    if _R45_ASTHMA.search(norm) and _ev_said(norm, _R45_ASTHMA_SEVERE):
        added.append(Rule("r45.asthma_past_reliever", "breathing", EMERGENCY, ()))
    if _R45_HEART_MED.search(norm) and _R45_MED_EXCESS.search(norm) and _ev_said(norm, _R45_BRADY):
        added.append(Rule("r45.heart_tablets_overdose", "overdose_poisoning", EMERGENCY, ()))
    if _ev_said(norm, _R45_FLOPPY) and _ev_said(norm, _R45_FEED_CRY) and not _R45_TOY.search(_R45_LIKE_TOY.sub(" ", norm)):
        added.append(Rule("r45.floppy_infant_not_feeding", "child_unwell", EMERGENCY, ()))
    if _ev_said(norm, _R45_FIT) and _R45_FIT_LONG.search(norm) and _ev_said(norm, _R45_STILL_GOING):
        added.append(Rule("r45.fit_over_five_minutes", "seizure", EMERGENCY, ()))
    if _R45_HEAD_WOUND.search(norm) and _ev_said(norm, _R45_CONFUSED):
        added.append(Rule("r45.head_wound_confused", "head_injury", EMERGENCY, ()))
    if _ev_said(norm, _R45_VISION_SIDE) and _ev_said(norm, _R45_ARM_DRIFT):
        added.append(Rule("r45.vision_side_arm_drift", "stroke", EMERGENCY, ()))
    if _ev_said(norm, _R45_CHEST_TIGHT) and _ev_said(norm, _R45_CHEST_AUTO) and not _R45_CHEST_MILD.search(norm):
        added.append(Rule("r45.chest_tight_with_autonomic", "chest_pain", EMERGENCY, ()))
    if _R45_ZH_TEMP.search(norm) and _R45_BABY.search(norm):
        ages = [_zh_number(m.group(2)) for m in _R45_ZH_INFANT_AGE.finditer(norm)]
        if any(0 < a <= 12 for a in ages):
            added.append(Rule("r45.young_infant_fever_zh_numerals", "infant_fever", EMERGENCY, ()))
    return added


_R45_CHEST_MILD = re.compile(r"烧心|反酸|胃酸|胃药|好多年|多年|老毛病|一点点|有点|少少|肌肉|拉伤")


# Round 45 false-alarm families: each masks its look-alike clauses and drops a category only when the rest of the
# message raises it no more (rules, lay signs, facts, the learned net).
_R45_CLAUSE = re.compile(r"[^,.;:!?\n，。；：！？|]+")
# round 31sc (signs31): notice as a paper, never the verb ("he did not notice" the burn until morning)
_R45_DOC = re.compile(
    r"\b(posters?|leaflets?|handouts?|flyers?|(?<!\bnot )(?<!\bnever )(?<!\bto )(?<!\bi )(?<!\bwe )(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\byou )notices?|noticeboard|booklets?|pamphlets?|brochures?|training|course|refresher|"
    r"fact ?sheets?|information sheets?|info sheets?|printouts?|(first[- ]aid|safety) (plan|notes|course|training|poster|sheet)|mnemonic|"
    r"(quiz|pub quiz|darts|football|netball|rounders) team (is )?(called|named)( \w+){0,4}|team (is )?(called|named)( \w+){0,4})\b"
    r"|海报|传单|单张|宣传(册|单|资料|品|画)|卫教|教材|注意事项|打印|印出来|告示|提示|贴(一)?张|培训|复训|课程|口诀|讲座|识别方法|怎么识别|队名"
    # round 40z (blind60a): a pupil's hand-made or class wall paper (手抄报, 黑板报, 板报, 墙报, 小报, 展板)
    r"|手抄报|黑板报|板报|墙报|小报|展板"
    # round 47f: a kit stocked, a helpline number for the wall, a workplace guide or action plan, a gatekeeper course
    r"|\b(first[- ]aid (kit|box|bag|sessions?|classes?|talks?)|(burns?|emergency|allergy|spill|eye ?wash) kits?|dressings? (worth|to) stock\w*|"
    r"(allergy|first[- ]aid|safety|workplace|staff|emergency|response|anaphylaxis) (action )?(plan|guide|guidance|guidelines|policy)s?|action (plan|guide)s?|"
    r"wall chart|(training|awareness) (sessions?|classes?|talks?)|gatekeeper)\b"
    r"|\blearn\w* (how )?to (use|give|spot|recogni[sz]e)\b"
    r"|急救(箱|包|盒)|药箱|(咨询|求助|急救)(电话|热线)|热线|指引|指南|应变|守门人|手册|讲习|演练|(学|学习)(一下)?[^,.;:?!\n，。；：？！]{0,8}(怎么|点|如何|点样)用|(哪度|哪里|边度|哪儿)学")
# a case told in the same clause as the document word ("training accident - a lad took a hammer to the temple",
# 培训的时候我同事突然胸口剧痛): the document word names where it happened, not what is asked for
_R45_DOC_CASE = re.compile(r"\b(right now|at the moment|is having|has just|just (collapsed|fell|had)|accident|suddenly|collapsed|"
                           r"slumped|fainted|passed out|keeled over|took an? \w+ to)\b|正在|刚刚|刚才|突然|晕倒|倒下|倒地|出事")  # not 受伤: 头部受伤的注意事项
_R45_PAST = re.compile(
    r"\b(last (month|year|summer|winter|spring|autumn|week)|in the (summer|winter|spring|autumn)|(\d+|a few|two|three|several|some) (years|months|weeks) ago|"
    r"years ago|as a (baby|toddler|newborn)|when (he|she|i|they) (was|were) (\d+|a|one|two|three) ?(days?|weeks?|months?)( old)?)\b"
    r"|上个?月|去年|前年|前几年|几年前|那年|小时候|嗰阵|那时候?|那阵|当时|(两|三|几|一)个?(星期|礼拜|周)大(嗰阵|的时候|时)"
    # round 47f: a year or month named, a birth before this pregnancy, school days, a weekday gone
    r"|\b(in|since|back in) (19|20)\d\d\b|\b(in|since|back in|last) (january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\bafter (my|her|our|the) (\w+ )?(daughter|son|baby|first|second|last one|eldest|twins?)( \w+)? (was|were) born\b|\b(in|at|during) (high school|secondary school|school|uni|university|college|my teens)\b"
    r"|\bwhen (i|he|she) was (a teenager|younger|at school|in (high )?school)\b|\b(a few|two|three|several|\d+) days ago\b|\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|(高中|初中|中学|大学|读书|念书)(的)?(时|时候|那阵|嗰阵)|生(头胎|第一胎|老大|老二|大宝|二宝|上一胎|上胎|第二胎|[^,.;:?!\n，。；：？！]{0,4}(儿子|女儿|bb))(的)?(时候|那阵|嗰阵|时|后)"
    r"|(上)?(周|星期|礼拜)[一二三四五六日天]|前天|前几天|几天前"
    # round 48f: the first pregnancy's time (头胎的时候, 第一胎时), an infant's age then told in weeks (五周的时候)
    r"|(头胎|第一胎|上一胎|上胎|大宝|老大|前一胎)(的)?(时候|时|那阵|嗰阵|果阵)|(?<![\d.])([一二两三四五六七八九十]|\d{1,2})个?(星期|礼拜|周)(大)?(的)?(时候|嗰阵|果阵)")
_R45_NOW = re.compile(r"\b(now|today|currently|these days|since|fine|well|healthy)\b|现在|而家|目前|如今|到.{0,4}大|都好|健康|状态|没有再|一直")
_R45_WELL_NOW = re.compile(
    r"\b(fine since|been fine|been well|well since|doing (well|great|fine)|all clear|perfectly (well|healthy)|happy and playing|in a good place)\b"
    r"|现在(都)?((没有|没)[^,，。;；]{0,6}了|没事|好|很好|健康|正常|状态)|好健康|一直(都)?(很)?(健康|好)|状态很好|已经(好|没事)|没有再|都好"
    # round 47f: pregnant again and well with no bleeding, years without such thoughts, no weakness since, a bruise fading
    r"|\b(no|not any) (bleeding|spotting|weakness|problems|thoughts like that|such thoughts)( \w+){0,4} (at all|since)\b|\bno bleeding at all\b|\b(pregnant|expecting) again and (well|fine|healthy)\b"
    r"|\b(has been|have been|is|am) (totally|perfectly|completely) (fine|well)\b|\b(years|months) (without|free of)\b|\bbruise\w* (is |are )?(fading|going|gone|healing)\b"
    r"|一切(都)?正常|(都|也|一直|至今)(没有|没|冇)(再)?(出血|见红)|(这|今|呢)(一)?(胎|次)[^,.;:?!\n，。；：？！]{0,6}(很|好|都|一直)(顺|顺利)|\b(fully|completely) recovered\b|"
    r"好几年都(没有|没)|(几|好几|多)年(都)?(没有|没)(再)?|(瘀青|淤青|肿|包)(正在|已经|开始)?(退|消)|(跟|同|和)(平常|平时|往常)一样")
_R45_IF_EVER = re.compile(r"\bif (\w+ ){0,3}ever\b|\b(just )?in case\b|万一|以后(如果|要是)|提前准备|备用|\bthermometers?\b|体温计|温度计|探热针")
_R45_BABY_WELL = re.compile(r"\b(perfectly well|(is|she is|he is) (fine|well|healthy)|nobody is (ill|hot))\b|好好的|没事|很好|健康|没有发烧|没发烧")
_R45_HYPO = re.compile(r"低血糖|\bhypo\b|\blow (blood )?sugar\b")
_R45_TREATED = re.compile(r"(吃|食|喝|饮)(了|咗)?.{0,6}(糖|果汁|葡萄糖|饼干)|\b(had|took|ate|drank|gave (him|her|them))( \w+){0,3} (sweets|juice|glucose|jelly babies|dextro\w*|biscuits?|sugar)\b")
_R45_BACK_UP = re.compile(r"(回到|返到|升到|升返|返咗|回升到|恢复到|返)(了)?\s*([4-9]|1[0-5])(\.\d)?|\bback (up )?to ([4-9]|1[0-5])\b|\bnow ([4-9]|1[0-5])(\.\d)?\b")
_R45_DIAB_KEEP = re.compile(r"叫不醒|昏|抽搐|意识|胡言乱语|\b(confus\w*|drowsy|unconscious|fitting|won'?t wake|not making sense)\b")
_R45_MEAL_SUGAR = re.compile(r"(餐后|饭后|吃完饭|午饭后|晚饭后|早餐后)(的)?(血糖)?\s*([5-9]|1[01])(\.\d)?|\bafter (lunch|dinner|breakfast|tea|a meal|eating)\b.{0,30}\b([5-9]|1[01])(\.\d)?\b|\b([5-9]|1[01])(\.\d)? (mmol\S* )?after (lunch|dinner|breakfast|a meal|eating)\b")
_R45_FINE = re.compile(r"人没事|没事|正常|没有不舒服|\b(feel|feels|feeling|i am|he is|she is) (fine|ok|okay|normal|well)\b")
_R45_WRONG_TIME = re.compile(
    r"\b(evening|night|nighttime|bedtime|morning|lunchtime) (tablets?|pills?|meds|medications?|medicines?|dose)( \w+){0,3} (in the|at) (morning|evening|night|lunchtime|bedtime)\b"
    r"|晚上的药.{0,8}(早上|上午|中午)(吃|服)|(早上|上午|中午).{0,6}(吃|服)(了|咗)?晚上的药|早上的药.{0,8}晚上(吃|服)|晚上(吃|服)(了|咗)?早上的药")
_R45_SAME_DOSE = re.compile(r"\b(same dose|same amount|just the wrong time|only the (time|timing) (was )?wrong|wrong time)\b|一样的量|剂量一样|同样的量|量一样|只是时间|时间(错|不对)")
_R45_DOSE_KEEP = re.compile(r"\b(double|twice|both|again|extra|as well|too)\b|两次|又吃|再吃|多吃|加倍|双倍")
_R45_NOSE = re.compile(r"\b(blocked|stuffy|stuffed|bunged|congested)( up)? nose\b|\bnose (is )?(blocked|stuffed|bunged|congested)\b|through (my|her|his|the|their) nose\b|鼻(子)?(塞|堵|不通)")
_R45_TALK_FINE = re.compile(r"\b(talking|walking|laughing|sleeping|eating|chatting) (fine|ok|okay|normally|well)\b|\b(talking|laughing) (at|with|on)\b|(说话|讲话|走路|吃饭|睡觉)(走路)?.{0,4}(正常|没问题|都好|冇问题)")
_R45_NOSE_KEEP = re.compile(r"\b(lips? (blue|grey)|gasp\w*|wheez\w*|can not (talk|speak)|struggl\w* to breathe)\b|嘴唇(发)?(紫|青)|说不出话|喘不过")
_R45_SLEEP = re.compile(r"睡觉|入睡|快睡着|睡着|刚睡|瞓觉|瞓着|\b(falling asleep|drifting off|dozing|nodding off|(dropping|drop|dropped|nod|nodded) off|going to sleep|"
                        r"as (he|she|i) (falls|fell|drops|dropped) off)\b")
_R45_ONE_JERK = re.compile(r"(蹬|抖|跳|抽|弹|踢|震)(了|咗)?一下|\b(body|legs?|arms?|whole body) (jolts?|jerks?|kicks?|twitch(es)?|jumps?|startles?)\b|"
                           r"\b(jerks?|kicks?|twitch(es)?|jolts?|jumps?)( \w+){0,2} (once|just once)\b|\b(one|a single|a) (big )?(jerk|kick|jolt|twitch)\b")
# round 48f: the one jerk that wakes the sleeper, asked about as 'is this a seizure' (stands beside `_R45_BACK_ASLEEP`)
_R48F_JERK_ASKED = re.compile(r"(这|咁|呢个|这个)?(算|是|系|係)(不是|唔系|唔係|咪)?(抽搐|抽筋|癫痫|羊癫疯)(吗|嚟|嚟㗎|来的)?|算唔算(抽搐|抽筋|癫痫)|"
                              r"\b(is|could|might|can) (that|this|it) (be )?(a )?(seizure|fit|epilep\w*)|"
                              r"(把|将)?(自己|人|我|佢|他|她)?(弄|吓|惊|弹|震)?醒(了|咗)|\b(wakes?|woke|jolts?|jolted) (me|him|her|them|myself|himself|herself)( up| awake)\b")
_R48F_JERKS_MANY = re.compile(r"\b(all over|repeatedly|again and again|several times|(three|four|five|many|lots of) times|shaking|rhythmic\w*)\b|一直|不停|好几下|几下|连续|成身|全身抽")
_R45_BACK_ASLEEP = re.compile(r"接着睡|继续睡|又睡|然后睡|就一下|只有一下|\b(back to sleep|carries on sleeping|goes straight back|carried on sleeping)\b")
_R45_FIT_KEEP = re.compile(r"一直|不停|几分钟|叫不醒|口吐白沫|眼睛上翻|发紫|僵|\b(minutes|stiff|blue|won'?t wake|foam\w*|eyes rolled|keeps? jerking|over and over)\b")
_R45_FRUIT = re.compile(r"猕猴桃|奇异果|菠萝|芒果|苹果|桃|樱桃|\b(kiwi\w*|pineapple|mango|apples?|cherr(y|ies)|peach(es)?|melon)\b")
_R45_TINGLE = re.compile(r"麻|痒|\b(tingl\w*|itch\w*|fuzzy|prickl\w*)\b")
_R45_GONE_MIN = re.compile(r"(分钟|分钟|一会)(就)?(好|消|没|退)|\b(gone|went away|settled|stopped|wore off) (in|after|within) (\w+ ){0,2}(minutes?|mins?)\b|\b(minutes?|mins?) (later )?(it )?(was )?(gone|went away|settled)\b")
_R45_ALLERGY_KEEP = re.compile(r"\b(swell\w*|swollen|wheez\w*|hives|rash|tight (throat|chest)|breath\w*|faint\w*|dizzy)\b|肿|喘|呼吸|风团|疹|晕")
_R45_DENTAL = re.compile(r"补(完|了)?牙|拔(完|了)?牙|杜(完|咗)?牙|脱(完|咗)?牙|根管|牙医|看(完)?牙|洗牙|"
                         r"\b(filling(?! (in|out)\b)|dentist|tooth (out|extraction|pulled)|root canal|dental)\b"  # not 'filling in a form'
                         # round 48f: lips numb from a wind instrument (piper's lips, 吹了一下午萨克斯)
                         r"|\b(trumpet|cornet|saxophone|sax|bagpipes?|chanter|clarinet|flute|trombone|tuba|oboe|bugle|piper|pipe band|band practice|brass band)\b"
                         r"|吹(了|咗)?[^,.;:?!\n，。；：？！]{0,6}(萨克斯|小号|唢呐|笛|口琴|喇叭|风笛|长号|圆号)")
# a sign beyond the numbed mouth keeps the stroke ("my face is drooping and my arm is weak", "can't speak")
_R45_STROKE_KEEP = re.compile(r"说话不清|口齿不清|讲嘢唔清|手脚(无力|没力|冇力)|一边(手|脚)|嘴歪|\b(slurr\w*|weak (arm|leg|side)|can not lift|"
                              r"droop\w* (face|side)|confus\w*|(arm|leg|hand|side) (is |was |feels |went |has gone |gone )?(weak|heavy|dead|useless)|"
                              r"can not (speak|talk|lift|raise|get (his|her|my|their) words out))\b")
_R45_CAN_TURN = re.compile(r"\b(can|could|might|may|will) (turn|develop|progress|become|lead|go) (in)?to\b|可能(会)?(变成|发展成|引起|转成|变)|会(变成|发展成|转成|引起)")


# Session 37 (lead): a clause that tells something happening tonight / this morning / just now is not the past event's
# details: "last year i took an overdose and i am doing well, but tonight i have taken 30 paracetamol" was masked whole
# and read as none (found by helper R37e).
_R45_TOLD_NOW = re.compile(r"\b(tonight|this (morning|afternoon|evening)|just now|earlier today|(an|one|two|\d+) hours? ago"
                           r"|(a few|\d+|ten|five|twenty) (minutes|mins) ago|i have just|he has just|she has just|they have just)\b"
                           r"|今晚|今天|刚才|刚刚|头先|啱啱|今朝|今日")
_R45_BUT_NOW = re.compile(r"\b(but|yet)\b(?=[^.!?]*?\b(tonight|just|this (morning|afternoon|evening))\b)"
                          r"|(可是|但是|但|不过|不過)(?=.{0,8}(今晚|今天|刚才|刚刚|头先|啱啱|又))")


def _r45_masked(norm: str, pattern: re.Pattern, follow: re.Pattern | None = None) -> str:
    """The message with the clauses matching `pattern` blanked; with `follow`, the clauses after a blanked one are
    blanked too until one matches `follow` (a past event's details told in the clauses after its time)."""
    out, masking = [], False
    last = 0
    for m in _R45_CLAUSE.finditer(norm):
        clause = m.group(0)
        if re.search(r"[.!?。！？\n|]", norm[last:m.start()]):
            masking = False  # the past event's details stop at its sentence's end
        out.append(norm[last:m.start()])
        last = m.end()
        hit = bool(pattern.search(clause))
        if follow is not None and masking and not hit and (follow.search(clause) or _R45_TOLD_NOW.search(clause)):
            masking = False
        cut = _R45_BUT_NOW.search(clause) if hit else None
        if cut:  # 'last year ... doing well now but i just swallowed a box': the part after 'but' is told now
            out.append(" " * cut.start() + clause[cut.start():])
            masking = False
        elif hit or (follow is not None and masking):
            out.append(" " * len(clause))
            masking = follow is not None
        else:
            out.append(clause)
            masking = False if follow is None else masking
    out.append(norm[last:])
    return "".join(out)


def _r45_rest_clear(rest: str, cats: set[str]) -> set[str]:
    """The categories of `cats` that the masked rest raises no more."""
    learned = {r.category for r in _learned_findings(rest)} if rest.strip(" ,.。，") else set()
    clear = set()
    for cat in cats:
        if cat == "suicide_self_harm":
            if not _still_suicidal(rest):
                clear.add(cat)
        elif not _raises_category(rest, cat) and cat not in learned:
            clear.add(cat)
    return clear


def _r45_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 45 (blind44, blind43 false alarms): the families above."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if not cats:
        return dropped
    # a leaflet, poster, notice, training course or first-aid notes asked for; a team's or quiz's name
    # session 28 (frame audit): "we just got back from football training and my flatmate took a whole box of
    # paracetamol" names where they were (a setting, `_without_setting`), not a course asked about: the document
    # clause used to mask the whole sentence, and one spent emergency in nine with that frame in front read as none
    doc_norm = _without_setting(norm)
    if _R45_DOC.search(doc_norm):
        doc_clauses = [c for c in _R45_CLAUSE.findall(doc_norm) if _R45_DOC.search(c)]
        if not any(_R45_DOC_CASE.search(c) for c in doc_clauses):
            rest = _r45_masked(doc_norm, _R45_DOC, _R45_NOT_DOC_CONT)  # and what the notice says (说化学品要锁好)
            # round 47f: suicide too, when the writer says outright that nobody is at risk (a gatekeeper course)
            dropped |= _r45_rest_clear(_r45_masked(_r45_masked(rest, _R45_ANYONE), _R47F_NOBODY_ILL), cats - ({"suicide_self_harm"} if not _R47F_NOBODY_ILL.search(norm) else set()))
    # an event told as past (last month, in the summer, 两个星期大嗰阵, 前几年) with the person well now
    # (round 47f: 'pregnant again', 今次又有咗 is a new pregnancy, not the event again; a 'now' inside the well-now words)
    if _R45_PAST.search(norm) and _R45_WELL_NOW.search(norm) and not _R45_STILL.search(norm) \
            and not _lexicon("ACUTE_NOW").search(_R45_WELL_NOW.sub(" ", _R47F_PREGNANT_AGAIN.sub(" ", norm))):  # 瘀青正在退: fading now
        dropped |= _r45_rest_clear(_r45_masked(norm, _R45_PAST, _R45_NOW), cats)
    # a floppy soft toy
    if "child_unwell" in cats and _R45_TOY.search(norm) and not _R45_LIKE_TOY.search(norm):  # 'like a rag doll' is the sign
        dropped |= _r45_rest_clear(_r45_masked(norm, _R45_TOY), {"child_unwell"})
    # a newborn's thermometer or 'if she ever gets a temperature', the baby well, no reading
    if "infant_fever" in cats and _R45_IF_EVER.search(norm) and _R45_BABY_WELL.search(norm) and not _derived_hits(tokenize(norm)).get("FEVER_VALUE"):
        dropped.add("infant_fever")
    # a mild hypo treated and back up, feeling normal; a sugar after a meal in range, feeling fine
    if "diabetic" in cats and not _ev_said(norm, _R45_DIAB_KEEP) and _R45_FINE.search(norm) and (
            (_R45_HYPO.search(norm) and _R45_TREATED.search(norm) and _R45_BACK_UP.search(norm)) or _R45_MEAL_SUGAR.search(norm)):
        dropped.add("diabetic")
    # the evening tablets taken in the morning, same dose
    if "overdose_poisoning" in cats and _R45_WRONG_TIME.search(norm) and _R45_SAME_DOSE.search(norm) \
            and not _R45_DOSE_KEEP.search(norm) and not _ev_said(norm, _EV_OD_SYMPTOM) and not _EV_INTENT.search(norm):
        dropped.add("overdose_poisoning")
    # a blocked nose one 'can not breathe through', talking and walking fine
    if cats & {"breathing", "bleeding"} and _R45_NOSE.search(norm) and _R45_TALK_FINE.search(norm) and not _ev_said(norm, _R45_NOSE_KEEP):
        dropped.add("breathing")
        if {r.id for r in fired if r.category == "bleeding"} <= {"learned.bleeding", "similar.bleeding"}:
            dropped.add("bleeding")
    # one jerk on falling asleep, then asleep again
    if "seizure" in cats and _R45_SLEEP.search(norm) and _R45_ONE_JERK.search(norm) and (_R45_BACK_ASLEEP.search(norm) or _R48F_JERK_ASKED.search(norm)) \
            and not _ev_said(norm, _R45_FIT_KEEP) and not _ev_said(norm, _EV8_SEIZURE_KEEP) and not _R48F_JERKS_MANY.search(norm):  # round 48f: woke by it, asked
        dropped.add("seizure")
    # a fruit's tingle in the mouth gone within minutes, lips and throat fine
    if cats & {"anaphylaxis", "stroke"} and _R45_FRUIT.search(norm) and _R45_TINGLE.search(norm) and _R45_GONE_MIN.search(norm) \
            and not _ev_said(norm, _R45_ALLERGY_KEEP):
        dropped |= cats & {"anaphylaxis", "stroke"}
    # a lip numb after a filling, speech and limbs fine
    if "stroke" in cats and _R45_DENTAL.search(norm) and not _ev_said(norm, _R45_STROKE_KEEP):
        dropped |= _r45_rest_clear(_r45_masked(_r45_masked(norm, _R45_DENTAL), _R48F_LIP_NUMB), {"stroke"})  # round 48f: the numb lip's own clause
    # someone saying a cold 'can turn into' sepsis: the condition named as a possibility
    if cats & {"sepsis", "meningitis"} and _R45_CAN_TURN.search(norm):
        rest = _r45_masked(norm, _R45_CAN_TURN)
        dropped |= {c for c in _r45_rest_clear(rest, cats & {"sepsis", "meningitis"}) if _tr36_named_only(rest, c) or not _raises_category(rest, c)}
    # out of breath on exertion (a run for the bus, a steep climb, running the bases), settled in a minute or two
    if "breathing" in cats and _R45_EXERTION.search(norm) and _R45_SETTLES.search(norm) and not _ev_said(norm, _R45_EXERTION_KEEP):
        dropped.add("breathing")
    # a bump on the head with everything denied (no cut, no pain now, fine)
    if "head_injury" in cats and not {r.id for r in fired if r.category == "head_injury" and r.level == EMERGENCY} \
            and _R45_BUMP.search(norm) and _R45_BUMP_FINE.search(norm) and not _ev_said(norm, _R45_BUMP_KEEP):
        dropped.add("head_injury")
    # a touch of a hot thing, red, no blister
    # round 31sc (signs31): a deep, chemical or electrical burn's sign rule keeps it (a charred patch 'not blistered')
    if "burns" in cats and _R45_NO_BLISTER.search(norm) and _R45_SMALL_SPOT.search(norm) and not _ev_said(norm, _R45_BURN_KEEP) \
            and not _severe_burn_sign(fired):
        dropped.add("burns")
    return dropped


# Round 48f (blind48, everyday24 false alarms): new shapes only; the others widen shared detectors (`_PREPARING`,
# `_GENERIC_FRAME`, `_TOPIC_FRAME_MASK` and `_NOW_LOOKALIKE`; `_EV8_*` epilepsy and small painkiller total; `_R45_*` sleep
# jerk, past and well, dental/instrument; `_R44_OPINION_*` and `_R44_WRITER_FINE`; `_R47F_PLAYING_AGAIN`).
# (1) a simile of an electric shock (像触电一样, 'like an electric shock') is no electrical injury
_R48F_SHOCK_SIMILE = re.compile(r"(像|好像|好似|似|跟|如同)(被)?(触电|电到|电击|电了|过电)(一样|咁|似的|一般)?|\blike (an |a )?(electric )?(shock|jolt of electricity|being electrocuted)\b"
                                # round 40z (blind60a): static (静电) is no electrical injury; a person as what 'zapped'
                                # someone (被老师电到, 被帅哥电到: told off, or smitten) is slang. Chinese only this round
                                r"|静电|(被|给|俾)(老师|老板|帅哥|美女|学长|学姐|男神|女神|偶像|主管|上司|教练|同学|同事|前辈|班主任|教授|他|她|你)(给)?电(到|了|一下|晕|翻|爆|得)")
# (2) an animal's scratch (not a bite) that bled a little and has stopped, cleaned
_R48F_SCRATCH = re.compile(r"(猫|狗|仔|宠物)?(抓|挠|刮)(了|咗|伤|到|破)?(一下|一道|一条|几道)?|\b(scratch\w*|clawed)\b")
_R48F_BITE = re.compile(r"咬|\b(bite|bites|bitten|biting)\b|\b(?<!a )(?<!tiny )(?<!little )bit\b(?! of| more| better| worse)")
# (3) the lip or mouth numb or aching beside a filling or a wind instrument (widens round 45's dental family)
_R48F_LIP_NUMB = re.compile(r"(嘴唇|嘴角|嘴巴|口唇|嘴)[^,.;:?!\n，。；：？！]{0,4}(麻|酸|痛|累|痹)|\b(lips?|mouth)( \w+){0,3} (numb|ach\w*|tired|tingl\w*|sore)\b")
_R48F_STOPPED = re.compile(r"(已经|早就|就)?(止住|止咗|停了|停咗|没流了|唔流)|\b(stopped( already)?|has stopped|no longer bleeding|not bleeding now)\b")
_R48F_SCRATCH_KEEP = re.compile(r"深|缝|止不住|不停|红肿|肿|脓|发烧|发热|红线|蝙蝠|流浪|野|脸|眼|\b(deep|gaping|stitches|won'?t stop|will not stop|swollen|swelling|pus|fever|red (streak|line)s?|spreading|bat|stray|wild|face|eye)\b")


def _r48f_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 48f: the new shapes above (the widened shared detectors act elsewhere)."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if "burns" in cats and _R48F_SHOCK_SIMILE.search(norm):
        dropped |= _r45_rest_clear(_r45_masked(norm, _R48F_SHOCK_SIMILE), {"burns"})
    if "urgent_care" in cats and _R48F_SCRATCH.search(norm) and not _R48F_BITE.search(norm) and _R48F_STOPPED.search(norm) \
            and not _ev_said(norm, _R48F_SCRATCH_KEEP) and {r.id for r in fired if r.category == "urgent_care"} <= {"urgent.animal_bite"}:
        dropped.add("urgent_care")
    return dropped


# Round 50f (everyday26, blind50, signs30_tune's look-alikes, R42 en-008 / zh-042 false alarms; all spent). Most of the
# round widens shared detectors in place (marked 'round 50f'): someone else's alarm (`_R44_OTHERS_EN`, `_R44_OPINION_*`:
# 'my ma', 'my da', a team chat, a captain, 大姐, hearsay 听说; `_R44_WRITER_FINE`: 'otherwise fine', 很有精神), a
# treated hypo (`_EVI_SUGAR_TAKEN`, readings told as '6.2 now' or 再测是五点几, or settled with no reading), breath back
# after effort (`_R44_EXERCISE`, `_R44_BREATH_BACK`), a chest strain or reflux (`_R44_MOVE_PAIN`, `_R44_STRAIN_CAUSE`,
# `_EV_REFLUX_FEATURE`), a small red burn (`_R45_SMALL_SPOT`), a limb numb from sitting cross-legged (`_TR36_POSTURE`,
# `_TR36_LIMB_BACK`). The new shapes below each mask the benign piece and drop a category only when the rest of the
# message raises it no more and no keep sign is said.
_R50F_ZH_DIGIT = {"四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_R50F_LATER_READING = re.compile(
    r"(?<![\d.])(\d{1,2}\.\d)(?: ?mmol\S*)? (?:now|after|later|this time)\b"
    r"|(?:再测|复测|再量|重测|又测|再验|再篤|测返|篤返|再check)(?:了|咗)?(?:一下|一次|下)?(?:血糖)?(?:是|有|到|系|已经|返)?\s*(\d{1,2}(?:\.\d)?|[四五六七八九十]点[\d一二三四五六七八九几多]*)")
_R50F_HYPO_SETTLED = re.compile(r"(就|便|都)(好|好了|好返|冇事|没事|正常|缓过来)|好返晒|缓过来|"
                                r"\b(felt|feel|feels|feeling|was|is|were) (fine|ok|okay|normal|better|back to normal|right as rain)\b|\bback to normal\b"
                                r"|\b(now )?all (good|fine) now\b|\bnow all (good|fine)\b")  # round 37e (blind57): 'and now all good'
_R50F_HYPO_KEEP = re.compile(r"\b(still|again|worse|not (better|improving|right|coming up)|too much insulin|extra insulin|double (dose|insulin))\b"
                             r"|还是|仍然|又(低|抖|晕|出汗)|不见好|没好|冇好|未好|胰岛素(打|注射)?(多|过量)|(打|注射)(多|错)(了|咗)?胰岛素")


def _r50f_later_readings(norm: str) -> list[float]:
    """Readings told after treatment ('its 6.2 now', 再测是五点几); a Chinese 'five point something' reads as 5.5."""
    out = []
    for m in _R50F_LATER_READING.finditer(norm):
        val = m.group(1) or m.group(2)
        out.append(float(val) if val[0].isdigit() else _R50F_ZH_DIGIT[val[0]] + 0.5)
    return out


def _r50f_hypo_settled(norm: str) -> bool:
    return bool(_R50F_HYPO_SETTLED.search(norm)) and not _ev_said(norm, _R50F_HYPO_KEEP)


# (1) a sign seen only in a photo or video ('her face looks droopy in one photo'), the person normal in person
_R50F_PHOTO = re.compile(r"\b(in|on) (one|a|the|that|this|some|those|these|her|his|my|our|their) (\w+ ){0,2}(photos?|pictures?|pics?|selfies?|snaps?|videos?|clips?|"
                         r"photographs?|shots?)\b|\b(photos?|pictures?|pics?|selfies?|videos?) (from|of|at|taken)\b|照片|相片|合照|自拍|视频|录像|(张|幅)相|(相|片)(入面|里面|里)")
_R50F_IN_PERSON = re.compile(r"\bin (person|real life|the flesh)\b|\birl\b|\bface to face\b|本人|真人|现实中|见(到)?(佢|她|他)(本人)?(的时候|嗰阵|时)")
# (2) 好多了 / 舒服咗好多 / 'much better' is how the person feels, not how many tablets
_R50F_MUCH_BETTER = re.compile(r"(好|舒服|精神|心情|好转|缓解|轻松|顺|睡得好)(咗|了|得)?(好多|很多|不少)(了|啦|喇)?|\b(a lot|much|loads|heaps|way|so much) better\b")
# (3) a colour change from the cold (mottled out of the bath, blue lips after a swim) gone on warming up
_R50F_COLD_COLOUR = re.compile(r"\b(mottled|blotchy|marbled|blue|purple|purply|bluish|dusky|pale)\b|花花|斑驳|发紫|紫|发青|青紫|发白")
_R50F_COLD = re.compile(r"\b(cold|chilly|freezing|shiver\w*|out of the (bath|pool|sea|water)|bath|swim|swimming|pool)\b|冷|冻|游完水|游水|游泳|洗完澡|冲凉|洗澡|发抖")
_R50F_WARMED_BACK = re.compile(
    r"\b(go|goes|went|turn|turns|turned|come|comes|came) (back )?(pink|rosy|a normal colou?r)( again)?\b|\bpink again\b|\bback to (pink|normal|(her|his) normal colou?r)\b"
    r"|\b(once|when|after|as soon as) (she|he|they|i)('s| is| are| was| were| gets?| got)? (dressed|warm\w*|wrapped|dried|in (her|his|their) clothes)\b|\bwarm(ed|s)? (her |him |them |me )?up\b"
    r"|暖(了|咗|返|和)(就|便)?(好|正常|返)?|(穿上|穿好|着返|着咗|换上)(衣服|衫)|(包住|裹住|包着|裹着)[^,.;:?!\n，。；：？！]{0,6}(毛巾|被)|(就|便)(好返|好了|正常)|一阵就好")
_R50F_COLD_KEEP = re.compile(r"\b(fever|temperature|temp|hot|floppy|drowsy|sleepy|won'?t wake|will not wake|not feeding|not waking|limp|rash|spots|struggling|gasp\w*|"
                             r"grunt\w*|still (blue|mottled|purple|pale|grey|gray)|won'?t warm|will not warm|stays? (blue|mottled)|unresponsive)\b"
                             r"|发烧|发热|烧|软|没精神|冇精神|叫不醒|不吃奶|唔食奶|疹|喘|气促|还是(紫|花|青)|仍然|一直(紫|花|青)")
# (4) dizzy after giving blood: a donation, not a bleed
_R50F_DONATION = re.compile(r"\b(giving|gave|given|donat\w*|give) (blood|plasma|platelets)\b|\bblood (donation|donor|donors|session)\b|献血|捐血|捐(咗|了)血|献(了|咗)血")
# (5) a medicine's normal amount: the contraceptive pill doubled, 'only took one', a three months' supply collected
_R50F_PILL = re.compile(r"\b(mini ?pills?|the pill|contraceptive( pills?)?|microgynon|cerazette|rigevidon|yasmin|desogestrel|combined pill)\b|避孕药|优思明|妈富隆|短效(避孕)?药")
_R50F_TWO = re.compile(r"\b(both|two|2|twice|double|an extra|one extra)\b|两(粒|片|颗|次)|二(粒|片)|多(吃|食)(了|咗)?(一|1)(粒|片|颗)")
_R50F_NORMAL_AMOUNT = re.compile(r"\b(only|just) (took|taken|had|take|have) (one|1|a single|my (usual|normal|prescribed))\b|\bonly (took |taken |had )?(one|1) of my\b"
                                 r"|(只|就|只是)(吃|食|服)(了|咗)?(一|1)(粒|片|颗|次)|(吃|食|服)(的|咗|了)?(是)?(正常|平时|平常|医生开)(的|嘅)?(量|剂量)")
_R50F_SUPPLY = re.compile(r"(拎|拿|取|开|配|攞)(了|咗)?(一次)?(拎|拿|取|开|配|攞)?(一|二|两|三|四|六|\d)(个)?月(的|嘅)?(药|量)"
                          r"|\b(\d|one|two|three|six) months?'? (supply|worth|of (tablets|pills|meds|medication|medicine))\b")
_R50F_MED_KEEP = re.compile(r"\b(pack|packet|strip|box|bottle|whole|all (of )?(them|the|my|his|her)|handful|lots|loads|several|on purpose|deliberately|\d{2,})\b|整(盒|板|瓶|排)|一(盒|板|瓶|把)|全部|好多(粒|片)|故意")
# (6) a twisted foot 'gone purple' (a bruise, not a blue face); a limb 'floppy' from sitting on it, back within a minute
_R50F_LIMB_HURT = re.compile(r"\b(twist\w*|sprain\w*|rolled|went over on|stubbed|bashed|banged|knocked|kicked|jarred|jammed|landed (badly|awkwardly))\b|扭(伤|到|亲|咗|了)|崴(了|到)|拗柴")
_R50F_LIMB = re.compile(r"\b(foot|feet|ankle|toe|toes|knee|wrist|finger|fingers|thumb|shin|leg|hand|heel)\b|脚|膝|手腕|手指|脚趾")
_R50F_BRUISE_COLOUR = re.compile(r"\b(gone |going |turned |turning |all |looks? )?(black and blue|blue|purple|purply|bruised|bruising|bruise)\b|(发|变)?(紫|青)(了|咗)?|淤青|瘀(青|伤|血)")
_R50F_BREATH_KEEP = re.compile(r"\b(lips?|face|breath\w*|wheez\w*|gasp\w*|chok\w*|throat|tongue|chest)\b|嘴唇|嘴|脸|面|呼吸|喘|气促|喉")
_R50F_LIMB_FLOPPY = re.compile(r"\b(foot|feet|leg|legs|arm|hand|ankle)( \w+){0,3} (floppy|limp)\b|(脚|腿|手)[^,.;:?!\n，。；：？！]{0,3}软")
# (7) a small scald on a finger, red only, a home remedy asked (toothpaste, aloe): no blister, skin or size told
_R50F_FINGER = re.compile(r"手指|指头|指尖|手背|\b(finger\w*|fingertip|thumb|back of (my|his|her) hand)\b")
_R50F_RED = re.compile(r"红|\b(red|pink)\b")
_R50F_REMEDY = re.compile(r"牙膏|芦荟|药膏|烫伤膏|万花油|酱油|蛋白|\b(toothpaste|aloe|butter|cream|sudocrem|vaseline|savlon|germolene|honey)\b")
_R50F_SCALD_KEEP = re.compile(r"泡|白色|发白|焦|黑|皮(甩|脱|掉|烂)|脱皮|大片|整只|整个手|\b(blister\w*|white|charred|black|peel\w*|skin (came|coming) off|large|whole hand|face)\b")


def _r50f_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 50f: the new shapes above (the widened shared detectors act elsewhere)."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if _R50F_PHOTO.search(norm) and _R50F_IN_PERSON.search(norm) and _R44_WRITER_FINE.search(norm):
        rest = _r44_sentences_masked(norm, _R50F_PHOTO)
        for cat in cats & {"stroke", "anaphylaxis", "child_unwell", "meningitis", "sepsis"}:
            if not _r44_still(_r44_without_opinions(rest, {cat}), cat):
                dropped.add(cat)
    if "overdose_poisoning" in cats and _R50F_MUCH_BETTER.search(norm) and not _EV_INTENT.search(norm) \
            and not _r44_still(_r44_mask(norm, _R50F_MUCH_BETTER), "overdose_poisoning"):
        dropped.add("overdose_poisoning")
    if cats & {"child_unwell", "breathing", "sepsis", "infant_fever"} and _R50F_COLD_COLOUR.search(norm) and _R50F_COLD.search(norm) \
            and _R50F_WARMED_BACK.search(norm) and not _ev_said(norm, _R50F_COLD_KEEP):
        dropped |= cats & {"child_unwell", "breathing", "sepsis", "infant_fever"}
    if "bleeding" in cats and _R50F_DONATION.search(norm) and not _r44_still(_r44_mask(norm, _R50F_DONATION), "bleeding"):
        dropped.add("bleeding")
    if "overdose_poisoning" in cats and not _EV_INTENT.search(norm) and not _ev_said(norm, _R50F_MED_KEEP) and not _ev_said(norm, _EV_OD_SYMPTOM) \
            and not _EV_CHILD.search(norm):
        if (_R50F_PILL.search(norm) and _R50F_TWO.search(norm)) or _R50F_NORMAL_AMOUNT.search(norm) or _R50F_SUPPLY.search(norm):
            if not _r44_still(_r44_mask(norm, _R50F_PILL, _R50F_TWO, _R50F_NORMAL_AMOUNT, _R50F_SUPPLY), "overdose_poisoning"):
                dropped.add("overdose_poisoning")
    if "breathing" in cats and _R50F_LIMB_HURT.search(norm) and _R50F_LIMB.search(norm) and _R50F_BRUISE_COLOUR.search(norm) \
            and not _ev_said(norm, _R50F_BREATH_KEEP) and not _r44_still(_r44_mask(norm, _R50F_BRUISE_COLOUR), "breathing"):
        dropped.add("breathing")
    if "child_unwell" in cats and _R50F_LIMB_FLOPPY.search(norm) and _TR36_POSTURE.search(norm) and _ev_said(norm, _TR36_LIMB_BACK) \
            and not _r44_still(_r44_mask(norm, _R50F_LIMB_FLOPPY), "child_unwell"):
        dropped.add("child_unwell")
    # round 31sc (signs31): a remedy asked about (aloe, cream) does not make a chemical or deep burn's sign minor
    if "burns" in cats and _R50F_FINGER.search(norm) and _R50F_RED.search(norm) and _R50F_REMEDY.search(norm) \
            and not _ev_said(norm, _R50F_SCALD_KEEP) and not _ev_said(norm, _R45_BURN_KEEP) and not _severe_burn_sign(fired):
        dropped.add("burns")
    return dropped


# Round 31g3 (signs31e/f look-alikes in seizure, pregnancy, sepsis and head injury). A sign asked about ahead of time
# ('just reading up', 'asking for next time', 就是好奇, 提前准备, is what a group chat says true), or for a record or a plan
# beside a statement that all is well now, with nothing said to be happening now, is no case (a sign told after the
# errands of a busy message stays); a rash that fades under a glass in a child running about; a new
# tablet's side effect asked about; ear-piercing bruising with the knock denied; a panic 'going to die' feeling.
_R31G3_AHEAD = re.compile(
    r"\b(just reading up|reading up on|asking (for|ahead of) (next time|the future)|for next time|for future reference|"
    r"just (curious|wondering)|out of curiosity|peace of mind|"
    r"(put|add|write|include) (it|this|that) (in|into|on) (my|his|her|the|our) (care |seizure |rescue )?plan)\b"
    r"|就是好奇|只是好奇|纯粹好奇|好奇(问|想问)|就想了解|想了解(一)?下|提前(准备|了解)"
    r"|(群|网上|视频|短视频|朋友|有人)(里)?(有人)?(说|讲).{0,40}(是)?真的吗|刷到.{0,30}(视频|帖)")
# a record, a plan or an instruction asked about counts only beside a statement that all is well now
_R31G3_RECORD = re.compile(
    r"\b(care plan|seizure plan|rescue plan|(fresh|new|another|a) copy of|discharge letter|repeat prescription|"
    r"(help|to) prevent (them|it|this|these)|could you confirm|does (that|this|it) also apply)\b"
    r"|\b(nurse|doctor|neuro\w*|gp|midwife|consultant|team|leaflet) (told|said|says|tells)( (us|me|you))?( that)?\b[^.?!\n]{0,80}\bmeans?\b")
_R31G3_WELL = re.compile(
    r"\b(he|she|i|they|it)('s| is| am| are)( \w+)? (fine|well|ok|okay)( now| today)?\b|\b(is|am|are|was) back to (himself|herself|myself|themselves|normal)\b"
    r"|\bback to (himself|herself|normal) now\b|\bno (fits|seizures|infections?) (since|this year|for)\b|\b(have|has) not had (one|a \w+|any) (in|for|since)\b"
    r"|\bnothing('s| has)? happened\b|\b(ct|scan|x-?ray|tests?|mri)( scan)? (was|were|came back) (clear|normal|fine)\b|一切正常|家里没人")
_R31G3_NOW_CASE = re.compile(
    r"\b(right now|at the moment|is (having|fitting|seizing|bleeding|jerking)|still (fitting|seizing|jerking|shaking|bleeding|confused|not)|"
    r"has not stopped|(has|have) been (fitting|seizing|jerking|bleeding)|just (had|collapsed|started|now))\b"
    r"|\b(today|tonight|since this morning) (he|she|it|the baby|my \w+)\b"
    r"|正在|还在(抽|流|出血|发作)|一直在|现在(又|还|一直|正在|都|开始)|今天(一整天|整天|都|又|一直)|刚刚|刚才")
_R31G3_AHEAD_CATS = {"seizure", "pregnancy", "head_injury", "unconscious", "sepsis"}
_R31G3_BLANCHES = re.compile(r"\b(disappears?|fades?|goes( away)?|vanish\w*)( completely| away)? (when|if) (i|you|we) press\w*\b|\bglass test\b[^.?!]{0,20}\b(fades?|disappears?)\b"
                             r"|压(了|下去)?.{0,4}(就|会)?(褪|退|消失|不见)")
_R31G3_BLANCH_WELL = re.compile(r"\b(running (about|around)|playing|eating|drinking|laughing|happy)\b|(在)?玩|精神(很|好|挺)?好|能吃能喝")
_R31G3_RASH_KEEP = re.compile(r"\b(floppy|drowsy|hard to wake|will not wake|confus\w*|cold (hands|feet)|mottled|purple|stiff neck|breath\w*|vomit\w*|"
                             r"does not fade|did not fade|not fad\w*|still there)\b|不褪|不退|软|叫不醒|精神(差|不好)|紫")
_R31G3_SIDE_EFFECT_Q = re.compile(r"\b(is (that|this|it) a side effect|side effects? of)\b|副作用")
_R31G3_NEW_MED = re.compile(r"\bsince (starting|i started|he started|she started|switching to)\b|\b(new|started) (water )?tablets?\b|开始(吃|服).{0,6}(以后|之后|后)")
_R31G3_TOO_MUCH = re.compile(r"\b(too many|extra|double|doubled|whole (box|pack|packet|bottle)|overdos\w*|the lot|all of (them|the))\b|吃多了|过量|一整(盒|瓶|板)")
_R31G3_NO_KNOCK = re.compile(r"(没有|没|无|并没有)(撞|摔|跌|碰|磕|受伤|外伤)|\b(no|not|never|without|did not) (\w+ ){0,2}(knock|bang|bump|hit|fall|fell|injur\w*|trauma)\b")
_R31G3_LOCAL_CAUSE = re.compile(r"耳洞|耳环|耳钉|眼镜|\b(pierc\w*|earrings?|glasses|headphones)\b")
_R31G3_HEAD_KEEP = re.compile(r"呕|吐|晕|昏|嗜睡|流血|抽|糊涂|清水|\b(vomit\w*|drowsy|confus\w*|fluid|knocked out|fit\w*)\b")
_R31G3_PANIC_DOOM = re.compile(r"\b(anxiety|panic)\b[^.?!\n]{0,60}\b(going to die|gonna die|dying)\b[^.?!\n]{0,12}\bfeeling\b")


def _r31g3_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 31g3: the look-alike shapes above; each drops its category only with nothing happening now."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if cats & _R31G3_AHEAD_CATS and (_R31G3_AHEAD.search(norm) or (_R31G3_RECORD.search(norm) and _R31G3_WELL.search(norm))) \
            and not _R31G3_NOW_CASE.search(norm):
        dropped |= cats & _R31G3_AHEAD_CATS
    if cats & {"sepsis", "meningitis"} and _R31G3_BLANCHES.search(norm) and _R31G3_BLANCH_WELL.search(norm) \
            and not _R31G3_RASH_KEEP.search(norm):
        rest = _r44_sentences_masked(norm, _R31G3_BLANCHES)
        dropped |= {c for c in cats & {"sepsis", "meningitis"} if not _r44_still_emergency(rest, c)}
    if "overdose_poisoning" in cats and _R31G3_SIDE_EFFECT_Q.search(norm) and _R31G3_NEW_MED.search(norm) \
            and not _R31G3_TOO_MUCH.search(norm) and not _EV_INTENT.search(norm):
        dropped.add("overdose_poisoning")
    if "head_injury" in cats and _R31G3_NO_KNOCK.search(norm) and _R31G3_LOCAL_CAUSE.search(norm) and not _R31G3_HEAD_KEEP.search(norm):
        dropped.add("head_injury")
    if "suicide_self_harm" in cats and _R31G3_PANIC_DOOM.search(norm) and not _still_suicidal(_r44_mask(norm, _R31G3_PANIC_DOOM)):
        dropped.add("suicide_self_harm")
    return dropped


# Round 33 (spent: the out-of-scope tuning questions and blind52a/b). Practical and everyday messages that hold a sign
# word read out of its sense or told of a known, past condition: a night-time breathing pause asked about for a sleep
# test, a past stroke's lasting speech asked about for rehab, chemicals or pesticides in tap water or food worried
# about, a past seizure and the driving licence, a lot of a food asked about against a medicine, money 'bleeding'
# (钱包大出血), a device that 'had a seizure', a comeback that was a 'third degree burn'. Each family masks its piece and
# drops a category only when the rest raises it no more and no sign of it happening now is said.
_R33_SLEEP_PAUSE = re.compile(
    r"\b(stops?|stopped|stopping|pauses?|paused|holds? (his|her|their|my) breath) (breathing )?\b[^.;?!\n]{0,30}?\b(at night|in (his|her|my|their) sleep|while (he|she|i|they) (is |are |am )?(sleep\w*|asleep)|when (he|she|i|they) (is |are |am )?(sleep\w*|asleep))\b"
    r"|\b(at night|in (his|her|my|their) sleep|while (he|she|i|they) (is |are |am )?(sleep\w*|asleep)|when (he|she|i|they) (is |are |am )?(sleep\w*|asleep))\b[^.;?!\n]{0,30}?\b(stops?|stopped|stopping|pauses?|paused) breathing\b"
    r"|(睡觉|睡着|晚上|夜里|夜间|半夜|睡眠)[^。？！?!]{0,8}(憋气|呼吸暂停|停止呼吸|不呼吸|冇呼吸|没有?呼吸|停呼吸)|呼吸暂停")
_R33_SLEEP_SERVICE = re.compile(
    r"\b(sleep (test|tests|study|studies|clinic|service|centre|center|apn\w*|lab|assessment|referral|doctor|specialist|unit)|apn\w*|cpap|oximetry|polysomnograph\w*)\b"
    r"|睡眠(监测|检测|呼吸|门诊|中心|科|检查|测试|实验室)|呼吸机|多导")
_R33_SLEEP_KEEP = re.compile(r"\b(baby|infant|newborn|toddler|blue|grey|gray|purple|can not wake|will not wake|not breathing now|still not breathing|right now|limp|floppy|choking)\b"
                             r"|宝宝|婴儿|发紫|发青|叫不醒|现在|而家")
_R33_PAST_STROKE = re.compile(
    r"(中风|卒中|脑梗|脑出血|脑溢血)(之|以)?(后|过后|后遗症)|\b(since|after) (his|her|my|their|the|a) stroke\b|\bpost[- ]stroke\b"
    r"|\b(had|has had|have had) a stroke\b[^.;?!\n]{0,30}\b(ago|last (year|month|spring|summer|autumn|winter)|in (19|20)\d\d)\b")
_R33_REHAB = re.compile(
    r"\b(rehab\w*|speech (and language )?therap\w*|physio\w*|occupational therap\w*|therapy|support group|stroke (club|group|nurse|clinic|team|unit)|exercises|recovery)\b"
    r"|康复|训练|言语治疗|语言治疗|语言训练|复健|理疗|物理治疗|复诊|后遗症")
_R33_STROKE_NEW = re.compile(
    r"\b(sudden\w*|today|tonight|this (morning|afternoon|evening)|just now|again|worse|new|started|(an|\d+) (hour|hours|minutes) ago)\b"
    r"|突然|今天|今日|刚刚|刚才|又|加重|更(严重|厉害)|越来越|今早|早上起来|而家|现在")
_R33_CHEM_SUPPLY = re.compile(
    r"\b(chemicals?|fluoride|chlorine|pesticides?|additives?|preservatives?|microplastics?|nitrates?|heavy metals?)\b[^.;?!\n]{0,30}?\b(in|on) (the |our |my |their )?(tap water|drinking water|water supply|water|food|vegetables|veg|fruit|bread|milk|rice|crops)\b"
    r"|\b(tap water|drinking water|water supply|vegetables|fruit)\b[^.;?!\n]{0,20}?\b(has|have|contains?|full of|sprayed with)( \w+){0,2} (chemicals?|fluoride|chlorine|pesticides?)\b"
    r"|(菜|蔬菜|水果|自来水|食水|饮用水|食物|大米|米)[^,.;:?!\n，。；：？！]{0,8}(有|含|残留|下了|加了|喷了)[^,.;:?!\n，。；：？！]{0,3}(农药|化学|添加剂|防腐剂|氯|氟|重金属)|(农药|化学物?|添加剂)残留")
_R33_CHEM_TAKEN = re.compile(r"\b(he|she|i|they|we|my \w+|the (baby|kids?|child|toddler)) (has |have )?(drank|swallowed|ate|licked|sipped|gulped)\b"
                             r"|(喝|吃|吞|舔|食)(了|咗)(?!会|就会|都会|也会)[^,.;:?!\n，。；：？！]{0,4}(农药|化学|漂白|消毒|清洁|杀虫)|误(食|服|喝|吞)")
_R33_DRIVING = re.compile(
    r"\b(dvla|dvsa|driving licen[cs]e|licen[cs]e|insurer|car insurance|(can|could|may) (i|he|she|they) (still )?drive|allowed to drive|drive again|driving again|stop driving|(tell|inform|notify) the (dvla|insurers?))\b"
    r"|驾照|驾驶证|车牌|开车|揸车|保险公司|车管所")
_R33_SEIZURE_NOW = re.compile(
    r"\b(still (fitting|seizing|jerking|shaking|twitching|not|unresponsive|confused|drowsy|out|asleep)|not (waking|woken|come round|responding|breathing)|(will not|can not) wake|"
    r"is (fitting|seizing|jerking|shaking|having a)|keeps? (fitting|seizing|jerking)|having (a|another) (fit|seizure)|just now|right now|minutes ago|an hour ago|"
    r"this (morning|afternoon|evening)|today|tonight|blue)\b|还在|没醒|不醒|叫不醒|正在|刚刚|刚才|今天|今早|而家|现在")
_R33_INTERACTION_Q = re.compile(
    r"\b(interact\w*|interfere\w*|clash\w*|(ok|okay|safe|fine) (to have |to eat |to drink )?(with|alongside)|(with|and) (my|his|her|the) (statins?|tablets?|pills|meds|medications?|medicines?))\b"
    r"|冲突|相冲|相克|相互作用|(能|可以|可不可以|能不能|会不会)(一起|同时)(吃|服|食)|同服|一起吃|一齐食")
_R33_FOOD_AMOUNT = re.compile(
    r"(吃|喝|食)(了|咗)?(很多|好多|不少|一大堆|大量|太多|好些)(?![^,.;:?!\n，。；：？！]{0,6}(药|片|粒|丸|胶囊))[^,.;:?!\n，。；：？！]{1,8}"
    r"|\b(ate|eaten|eating|had|drank|drinking|drunk) (a lot of|lots of|loads of|so much|too much|plenty of|heaps of|a load of) (?!(\w+ ){0,2}(pills?|tablets?|meds|medicines?|paracetamol|ibuprofen|capsules?|doses?)\b)(\w+ ){0,2}\w+")
_R33_MONEY_BLEED = re.compile(
    r"(钱包|荷包|银包|钱|费|账单|房租|租金|工资|信用卡|花销|开销|消费|购物|剁手|血拼|双十一|双11)(了|都|又)?[,，]?(真是|真的|简直|直接|又|都|算是|可谓|彻底|狠狠|要)?(地)?(大出血|放血)"
    r"|(大出血|放血)(了)?[,，]?(花了|花掉|用了|交了|付了|买了)[^,.;:?!\n，。；：？！]{0,8}(钱|块|元|万|千|百|蚊)")
_R33_DEVICE_FIT = re.compile(
    r"\b(laptop|computer|pc|macbook|phone|iphone|printer|tv|telly|wifi|wi-fi|router|screen|monitor|console|xbox|playstation|ps5|website|server|keyboard|"
    r"washing machine|dishwasher|internet|software|excel|zoom|windows)('s)? (just |literally |totally |completely )?(had|has|having|threw|is having|went into)"
    r"( a| another)? (full on |full-on |total |complete |proper |massive )?(seizure|fit|meltdown|epileptic fit)s?\b"
    r"|\b(laptop|computer|pc|phone|printer|screen|tv|wifi|router)( is| was| keeps?)? (seizing|fitting|convulsing) (up|again|out)\b"
    r"|(电脑|手机|打印机|电视|网络|路由器|屏幕|系统|软件|平板电脑)(又|突然|一直|成日)?(抽风|抽搐|发羊吊)")
_R33_INSULT_BURN = re.compile(
    r"\b(roast\w*|comeback|come back|clap ?back|diss|insult|joke|reply|response|tweet|comment|what (he|she|they) said)\b( \w+){0,8} (was|is|were|as|like) (a |an |such a |the |one )?"
    r"(absolute |total |proper |sick |savage |massive |major |serious )?((first|second|third|1st|2nd|3rd|fourth)[- ]degree )?burn\b|\b(sick|savage|epic|brutal) burn\b")
_R33_JOKE_MARK = re.compile(r"\b(lol\w*|lmf?ao\w*|haha\w*|jk|rofl)\b|[\U0001F602\U0001F923\U0001F480]")
_R33_BURN_KEEP = re.compile(r"\b(skin|blister\w*|hand|arm|leg|finger\w*|face|oven|pan|tray|kettle|water|oil|fat|iron|stove|hob|charred|leathery|numb)\b")


def _r33_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 33: the families above; each drops its category only when the rest raises it no more."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if "breathing" in cats and _R33_SLEEP_PAUSE.search(norm) and _R33_SLEEP_SERVICE.search(norm) \
            and not _ev_said(norm, _R33_SLEEP_KEEP) and not _r44_still_emergency(_r44_mask(norm, _R33_SLEEP_PAUSE), "breathing"):
        dropped.add("breathing")
    if "stroke" in cats and _R33_PAST_STROKE.search(norm) and _R33_REHAB.search(norm) and not _R33_STROKE_NEW.search(norm):
        dropped.add("stroke")
    if "overdose_poisoning" in cats and _R33_CHEM_SUPPLY.search(norm) and not _R33_CHEM_TAKEN.search(norm) \
            and not _ev_said(norm, _EV_OD_SYMPTOM) and not _EV_INTENT.search(norm) \
            and not _r44_still(_r44_sentences_masked(norm, _R33_CHEM_SUPPLY), "overdose_poisoning"):
        dropped.add("overdose_poisoning")
    if "seizure" in cats and _R33_DRIVING.search(norm) and not _R33_SEIZURE_NOW.search(norm):
        dropped.add("seizure")
    if "overdose_poisoning" in cats and _R33_INTERACTION_Q.search(norm) and _R33_FOOD_AMOUNT.search(norm) \
            and not _ev_said(norm, _EV_OD_SYMPTOM) and not _EV_INTENT.search(norm) \
            and not _r44_still(_r44_mask(norm, _R33_FOOD_AMOUNT), "overdose_poisoning"):
        dropped.add("overdose_poisoning")
    if "bleeding" in cats and _R33_MONEY_BLEED.search(norm) and not _r44_still(_r44_mask(norm, _R33_MONEY_BLEED), "bleeding"):
        dropped.add("bleeding")
    if "seizure" in cats and _R33_DEVICE_FIT.search(norm) and not _r44_still(_r44_mask(norm, _R33_DEVICE_FIT), "seizure"):
        dropped.add("seizure")
    if "burns" in cats and _R33_INSULT_BURN.search(norm) and _R33_JOKE_MARK.search(norm) and not _R33_BURN_KEEP.search(norm) \
            and not _r44_still(_r44_mask(norm, _R33_INSULT_BURN), "burns"):
        dropped.add("burns")
    return dropped


# Round 33s (blind52/53 suicide): an attempt told as past (last month, 自杀未遂, 曾经想自杀), the person now stable or in
# hospital, and a practical question (visiting, a hotline, an appointment). The attempt clause is masked and the rest
# must raise nothing: a message that also says anything now (again, tonight, 又想) keeps the emergency.
_R33S_PAST_ATTEMPT = re.compile(
    r"\b(tried to (kill|hurt|harm) (himself|herself|themselves|themself)|attempted suicide|(suicide|overdose) attempt|made an attempt( on (his|her|their) life)?|took an overdose)\b"
    r"[^.;?!\n]{0,40}\b(last (week|month|year|spring|summer|autumn|winter)|(\d+|a|one|two|three|few|couple of) (weeks?|months?|years?) (ago|back))\b"
    r"|\b(last (week|month|year)|(\d+|a|one|two|three|few|couple of) (weeks?|months?|years?) (ago|back))\b[^.;?!\n]{0,30}\b(tried to (kill|hurt|harm)|attempted suicide|took an overdose)\b"
    r"|(上个?月|上周|上星期|上个?礼拜|去年|前年|几个月前|[一两二三四五六七八九十\d]+(个)?(月|年|周|星期)前|之前|以前)[^,.;:?!\n，。；：？！]{0,8}(曾经)?(自杀未遂|自杀过|想(过)?自杀|试图自杀|企图自杀|轻生)")
_R33S_STABLE_NOW = re.compile(
    r"\b(stable( now)?|(is|are) (now )?(in|still in|recovering in) (hospital|the ward)|recovering|doing (better|well|ok|okay)|out of danger|on the mend|"
    r"(being|is being) (looked after|cared for)|under (the )?(care|crisis team))\b"
    r"|(情况|病情|情绪)?(已经)?稳定|在住院|住院中|脱离危险|康复中|好(多|很多)了|有(社工|医生|家人)(跟进|陪)")
_R33S_PRACTICAL_Q = re.compile(
    r"\b(visit\w*|visiting hours|hotline|helpline|support line|leaflets?|appointment|how (can|do|should) (i|we) (support|help)|what (can|should) (i|we) (bring|take))\b"
    r"|探病|探望|探视|探访|预约|热线|转介|带什么|带咩|(怎么|点样|如何)(支持|帮|陪)")
_R33S_NOW_KEEP = re.compile(r"\b(again|tonight|right now|just now|this (morning|afternoon|evening)|still (wants?|talking|saying))\b|又(想|说|割|吃|试|要)|再次|今晚|刚刚|刚才")


# A chore or exam that 'makes me want to jump off a bridge', told with a joke marker (lol, haha, 😂): a figure of speech.
_R33S_CHORE_FIGURE = re.compile(
    r"\b(this|that|the|my|these|those) (\w+ ){0,2}(exam|exams|homework|essay|assignment|revision|deadline|meeting|job|shift|traffic|queue|commute|boss|printer|"
    r"laptop|computer|app|form|paperwork|course|module|test|quiz|project|week|day|class|lecture)s? (\w+ )?(makes?|making|made|is making) (me|us) "
    r"(want to|wanna|wants to) (die|jump (off|out of|out) (a|the) (bridge|window|roof|cliff|building)|kill myself|throw myself (off|out of) (a|the) (bridge|window))\b")


def _r33s_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 33s: a past attempt, now stable, asked about practically; a chore's figure of speech with a joke marker.
    The rest of the message must raise nothing."""
    if "suicide_self_harm" not in {r.category for r in fired}:
        return set()
    if _R33S_CHORE_FIGURE.search(norm) and _R33_JOKE_MARK.search(norm) and not _NOT_JOKING.search(norm) \
            and not _still_suicidal(_r44_mask(norm, _R33S_CHORE_FIGURE)):
        return {"suicide_self_harm"}
    if not (_R33S_PAST_ATTEMPT.search(norm) and _R33S_STABLE_NOW.search(norm) and _R33S_PRACTICAL_Q.search(norm)):
        return set()
    if _R33S_NOW_KEEP.search(norm) or _still_suicidal(_r44_mask(norm, _R33S_PAST_ATTEMPT)):
        return set()
    return {"suicide_self_harm"}


# round 47f: the writer says outright that nobody is ill, hurt or at risk
_R47F_NOBODY_ILL = re.compile(r"\b(nobody|no one|no-one|none of (us|them))( is|'s| has been| got)? (ill|hurt|injured|poorly|sick|unwell|at risk|in danger|affected|poisoned)\b|\bjust planning\b"
                              r"|(没有|没|冇|无)(人|任何人)(有)?(危险|中毒|受伤|不舒服|生病|出事|事)")
_R47F_PREGNANT_AGAIN = re.compile(r"\b(pregnant|expecting) again\b|(又|再)(有了|怀(上|孕)?了?|怀[^,.;:?!\n，。；：？！]{0,3}胎)")
_R45_NOT_DOC_CONT = re.compile(r"^\s*(?!(说|讲|提醒|写着|内容是|saying |that |about ))")
_R45_ANYONE = re.compile(r"有人|某人|别人|\b(someone|somebody|anyone|anybody|a person|people)\b")
_R45_STILL = re.compile(r"\b(still|getting worse|worse now)\b|还在|又(发|抽|烧|晕|痛)|越来越")
_R45_EXERTION = re.compile(r"跑|爬|上楼|楼梯|赶(公车|车|巴士|地铁)|运动|踢球|打球|\b(run\w*|climb\w*|stairs|sprint\w*|jog\w*|hill|football|training)\b")
_R45_SETTLES = re.compile(r"停下(来)?.{0,6}(就)?(好|恢复|没事)|休息.{0,6}(就)?(好|恢复|没事)|(一两|两|几|一|三)分钟(就)?(好|恢复|没事|缓过来)|平(时|常)(坐着)?(都)?(好好|没事)"
                          r"|\b(settles?|eases?|back to normal|fine again|recover\w*) (after|within|in) (a minute|a couple of minutes|a few minutes|\d+ minutes|two minutes)\b")
_R45_EXERTION_KEEP = re.compile(r"嘴唇(发)?(紫|青)|胸(口)?(痛|疼|闷)|晕|说不出话|坐着也喘|躺着也喘|休息(也|都)(喘|不好)|\b(at rest|chest pain|blue|faint\w*|wheez\w*)\b")
_R45_BUMP = re.compile(r"(头|额头|额)(磕|碰|撞)(了)?(一下|到)|(磕|碰|撞)(到|了)?(一下)?头|\b(bumped|knocked|banged|bonked) (his|her|my|their) head\b")
_R45_BUMP_FINE = re.compile(r"没破皮|没(有)?(流血|出血)|现在不(疼|痛)|人(也)?没事|没事|\b(no (cut|mark|bump|bleeding)|fine|not sore)\b")
_R45_BUMP_KEEP = re.compile(r"呕|吐|晕|昏|嗜睡|流血|抽|意识|糊涂|\b(vomit\w*|being sick|drowsy|knocked out|confus\w*|bleeding|blacked out)\b")
_R45_NO_BLISTER = re.compile(r"(没有|没|冇|无)(起)?(水)?泡|\bno blisters?\b|\bnot blister\w*")
_R45_BURN_KEEP = re.compile(r"脸|眼|嘴|(?<!水)喉|化学|电(线|击|插)|大片|整只手|宝宝|婴儿|bb|\b(face|eyes?|mouth|throat|chemical|electric\w*|large|whole hand|baby|toddler|infant)\b")
_R45_SMALL_SPOT = re.compile(r"手指|指头|手背|指尖|红红|发红|\b(finger\w*|fingertip|thumb|back of (my|his|her) hand|red|pink)\b"
                             r"|手腕|手臂|红(咗|了|左)|(一)(细|小)(忽|点|笪|块|撮|片)|\b(wrist|forearm)\b")  # round 50f


# FR1: the ways a message is wrapped (forum openers and sign-offs, 'mods move this if wrong board', 如果发错区, apologies,
# a question about how to get help, the distance to the hospital, a place or activity told first). A sign told inside
# the wrapping is the same sign: the wrapping dilutes the whole-message detectors, its words (drive, hospital) read as a
# practical frame and its 'if' (如果发错区) as a hypothetical. Each pattern removes only wrapping words; what is left is
# read again and the higher level kept. A question that says what is asked ('is this normal?', 'what do I do?', 正常吗,
# 怎么办) is no wrapping: it tells a reassurance or information question.
_WRAP_HEAD = re.compile(
    r"^\s*(?:(?:hi|hello|hey|hiya|morning|evening)(?: all| everyone| there| guys| folks| ladies| team| doc| doctor)?[!,.:]*\s+"
    r"|(?:first (?:time )?post(?:ing)?(?: here)?|long time lurker(?:,? first (?:time )?post)?|new here|sorry if (?:this is )?(?:in )?"
    r"(?:the )?wrong (?:place|group|forum|board|section))[^.!?\n]{0,60}[.!?]+\s*"
    r"|(?:(?:a |one )?(?:quick|urgent|silly|random) )?(?:question|q)(?: please| for (?:you|anyone|the group))?\s*[:\-]\s*"
    r"|sorry (?:to bother|for bothering|to message|for messaging|to ask)[^.!?\n]{0,50}[.!?]+\s*"
    r"|(?:we(?:'re| are)|i(?:'m| am)) (?:at|on|in|out at|away at) (?:a |an |the |our |my )?(?:campsite|camp|caravan|holiday|restaurant|"
    r"party|wedding|beach|park|festival|airport|hotel|cottage|cabin|pub|cinema|zoo|fair|friend'?s|mum'?s|mom'?s|nan'?s|grandma'?s|"
    r"in-?laws'?)[^.!?,\n]{0,40}[.,]\s*"
    r"|(?:on|away on) (?:holiday|vacation|a trip)(?: abroad| overseas| in \w+)?(?: and|,)\s*"
    r"|(?:just )?(?:got )?(?:back|home) from (?:\w+ ){1,3}(?:and|,)\s*|(?:just )?(?:back|home) from (?:\w+ ){0,3}\w+[,.]\s*"
    r"|(?:it(?:'s| is) )?(?:\d{1,2}(?::\d\d)? ?(?:am|pm)|midnight|the middle of the night)(?: here)?(?: and|,)\s*"
    r"|(?:we|i) live (?:out )?(?:in the (?:country|countryside|middle of nowhere|sticks)|rurally|remotely)[^.!?\n]{0,50}[.!?]+\s*"
    r"|(?:mods?,? )?(?:please |pls )?move (?:this |me )?if (?:this is |it'?s |i'?m )?(?:in )?(?:the )?wrong (?:place|group|forum|board|section)"
    r"[^.!?\n]{0,20}?(?:[.!?]+|\s[-\u2013\u2014]+)\s*"
    r"|(?:版主|管理员|管理员们)?(?:如果|要是|若)(?:发|post|贴|帖|开)错(?:区|版|地方|群|板)[^—。！!，,\-]{0,12}(?:—+|-+|。|！|!|，|,)"
    r"|(?:大家好|各位好|各位|哈啰|你好|您好|hello)[,，!！。]?"
    r"|第一次(?:发帖|发贴|post)[^。！？!?]{0,20}[。！？!?]"
    r"|(?:想|请)?问(?:一下|下)[:：，,]"
    r"|(?:不好意思|唔好意思|对不起|抱歉|sorry)(?:这么|咁)?(?:晚|夜|早)?(?:打扰|打扰你|骚扰)[^。！？!?]{0,6}[。！？!?]"
    r"|(?:我们|我哋|我|一家人)(?:周末|而家|现在)?(?:在|喺|去咗|去了)(?:外国|国外|海外|营地|酒楼|饭店|餐厅|酒店|沙滩|公园|乡下)[^，。,]{0,8}[，。,]"
    r"|(?:刚刚?|啱啱)(?:踢完|打完|跑完|游完|放学|下班|返工)[^，。,]{0,6}(?:回来|返嚟|返来)?[，。,]"
    r"|(?:我们|我哋|我)住(?:在|喺)(?:乡下|农村|山区|郊区|离岛|村)[^。！!]{0,20}[。！!]"
    r"|(?:现在|而家)?凌晨[一二三四五六七八九十两\d]+点(?:钟)?[，,])", re.I)
_WRAP_TAIL = re.compile(
    r"[,.;!\s]*(?:"
    r"(?:(?:many )?thanks|thank you|thx|ty|cheers)(?: so much| in advance| all| everyone| guys| for (?:reading|any help|your help|any advice))*[.!]*"
    r"(?: ?x+)?"
    r"|(?:lol|haha|sorry)(?: sorry)? (?:for|about) (?:the|this|my) (?:essay|long post|novel|ramble|rambling|length|wall of text)[.!]*"
    r"|(?:edit|update)\s*:[^\n]{0,40}"
    r"|(?:(?:so )?(?:do|should|shall|can|would) (?:i|we|you) (?:just )?(?:ring|call|phone|dial|get)|call|ring) "
    r"(?:999|911|111|112|000|an? ambulance|the ambulance|for an ambulance|ambulance|the gp|the doctor|a doctor|nhs 111)"
    r"[^.!?\n]{0,50}\?*"
    r"|(?:(?:so )?(?:do|should|shall|can) (?:i|we) )?(?:just )?(?:drive|take|bring|rush) (?:him|her|them|me|us|my \w+|our \w+)"
    r"(?: in| there| to (?:the )?(?:a ?& ?e|a and e|er|emergency|hospital|casualty))[^.!?\n]{0,40}\?*"
    r"|(?:(?:the )?(?:gp|doctor|doctors|surgery|clinic|pharmacy)(?:'s| is| are)? (?:closed|shut))[^.!?\n]{0,50}\?*"
    r"|(?:(?:i'?m|i am|we'?re|we are) )?on hold (?:to|with) [^.!?\n]{0,60}\?*"
    r"|(?:(?:we'?re|we are|it'?s|it is|i'?m|i am) )?(?:about |around |roughly )?(?:\d+|an?|half an) "
    r"(?:mins?|minutes?|hours?|hrs?|miles?|km)(?: drive| away)? (?:from|to) (?:the )?(?:nearest |closest |any |a )?"
    r"(?:hospital|a ?& ?e|er|emergency room)[^.!?\n]{0,20}"
    r")[.!?\s]*$"
    r"|[，,。.!！?？\s]*(?:"
    r"(?:先)?(?:多谢|谢谢|感谢|thx|thanks)(?:晒|大家|各位|你)?(?:了|啦|先)?"
    r"|(?:哈哈)?(?:不好意思|唔好意思|sorry)(?:写|打)(?:这么|咁)长"
    r"|(?:更新|update|edit)[:：][^\n]{0,20}"
    r"|(?:我们|我哋|我)?(?:现在|而家)?(?:要不要|要唔要|应该|应唔应该|该|係咪|是不是|系咪)?(?:打|叫|call)(?:120|999|110|112|救护车|白车|十字车)"
    r"[^。！？!?\n]{0,20}[？?]*"
    r"|(?:诊所|医生|药房)(?:已经)?(?:关门|收咗工|收工)[^。！？!?\n]{0,20}[？?]*"
    r"|(?:正在|打紧)(?:等|热线)[^。！？!?\n]{0,30}[？?]*"
    r"|(?:我们|我哋)?(?:离|距离|去)(?:最近的?|最近嘅)?医院[^。！？!?\n]{0,20}(?:分钟|分钟车|小时|个钟|公里)[^。！？!?\n]{0,6}"
    r")[。！？!?\s]*$", re.I)


def _without_wrapping(text: str) -> str:
    """The message without the wrapping at its head and tail (at most three layers each side)."""
    prepared = text.replace("\u2019", "'")
    prepared = fold_traditional(prepared) if re.search(r"[\u4e00-\u9fff]", prepared) else prepared
    core = prepared.strip()
    for _ in range(3):
        new = _WRAP_TAIL.sub("", _WRAP_HEAD.sub("", core, count=1), count=1).strip()
        if new == core:
            break
        core = new
    return text if core == prepared.strip() else core


def user_texts(messages) -> list[str]:
    """The user-authored texts of a conversation given as strings or {'role', 'content'} dicts."""
    if isinstance(messages, str):
        return [messages]
    out = []
    for m in messages or []:
        if isinstance(m, str):
            out.append(m)
        elif isinstance(m, dict) and m.get("role", "user") == "user" and isinstance(m.get("content"), str):
            out.append(m["content"])
    return out


def _unique(items) -> list:
    """Items in first-seen order without repeats."""
    seen: dict = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


_RESPONSES = {
    "en": {
        EMERGENCY: (
            "What you describe can be a medical emergency. Call {number} now (or have someone near you call). "
            "If you are alone, call before doing anything else, unlock the door, and stay on the line. "
            "Do not wait to see if it gets better, and do not drive yourself. "
            "I am an automated assistant and cannot help safely with this in a chat."
        ),
        URGENT: (
            "What you describe should be checked by a doctor or nurse today. Please contact your clinic, an urgent "
            "care centre or an out-of-hours service now. If it gets worse, or you feel very unwell, call {number}."
        ),
        "self_harm": (
            "I'm really sorry you're feeling this way, and I'm glad you told me. You deserve support right now. "
            "If you might act on these thoughts or are in danger, call {number} now. {crisis}"
            "If you can, stay with someone you trust and move away from anything you could use to hurt yourself."
        ),
        "crisis": "You can also call or text the crisis line {line}, any time, day or night. ",
        "crisis_generic": "You can also contact a local crisis line, any time, day or night. ",
    },
    "zh": {
        EMERGENCY: (
            "您描述的情况可能是医疗急症。请立即拨打急救电话 {number}（或请身边的人拨打）。"
            "如果您独自一人，请先打电话，打开门锁，并保持通话。不要等待观察，也不要自己开车去医院。"
            "我是自动助手，无法在聊天中安全地处理这种情况。"
        ),
        URGENT: (
            "您描述的情况需要今天就请医生或护士查看。请现在联系您的诊所、急诊或夜间门诊。"
            "如果情况加重或感觉非常不适，请拨打 {number}。"
        ),
        "self_harm": (
            "听到您这么难受，我很难过，也谢谢您愿意说出来。您现在值得被支持。"
            "如果您可能会伤害自己或正处于危险中，请立即拨打 {number}。{crisis}"
            "如果可以，请和您信任的人待在一起，并远离可能用来伤害自己的东西。"
        ),
        "crisis": "您也可以随时拨打心理援助热线 {line}。",
        "crisis_generic": "您也可以随时联系当地的心理危机干预热线。",
    },
}


def emergency_response(result: TriageResult, locale: str | LocaleInfo = "en", emergency_number: str | None = None) -> str | None:
    """The fixed, locale-aware response for a triage result (None when nothing fired)."""
    if result.level == NONE:
        return None
    info = locale if isinstance(locale, LocaleInfo) else resolve_locale(locale, emergency_number)
    texts = _RESPONSES[info.language]
    if "suicide_self_harm" in result.categories:
        crisis = texts["crisis"].format(line=info.crisis_line) if info.crisis_line else texts["crisis_generic"]
        return texts["self_harm"].format(number=info.emergency_number, crisis=crisis)
    return texts[result.level].format(number=info.emergency_number)


# Round 46 (blind45 misses): plain emergencies no rule read. A suicide plan told as a decision, a note or a farewell
# with the means at hand (no death word), or things given away with a goodbye; a hot child fitting down one side for
# minutes; a glucose meter reading in the thirties with drowsiness or endless thirst; a wound red and hot after an
# operation with a high fever or rigors; a chemical on the skin turning it white or blistering; a burn from a live wire;
# a burst ulcer or vein with a pool of blood and a faint; breath fought for and worse by the minute.
_R46_MEANS = re.compile(r"\b(pills|tablets|sleeping (tablets|pills)|(bottle|box|packet|pack|jar|stash) of (\w+ )?(pills|tablets|meds|medication|painkillers|paracetamol)|"
                        r"paracetamol|painkillers|knife|blade|razor|rope|noose|gun)\b|(一|成|整)(整)?瓶(的)?(药|藥|安眠药|安眠藥|药丸|药片)|安眠药|(一|好)(大)?(把|堆|板|盒)(的)?(药|药丸|药片)|刀|刀片|绳|炭")
_R46_DECIDED = re.compile(
    r"\b(i have|i've|ive|he has|she has|they have|has|have)? ?(decided|made up (my|his|her|their) mind|made (my|his|her|their) (decision|choice)|chosen)\b"
    r"[^.?!]{0,25}\b(tonight|today|the night|the day|this is it|to do it|to go through with it|to end)\b"
    r"|\b(tonight|today) is the night\b|\b(written|wrote|left|writing) (a|my|the|his|her|their) (note|goodbye|last letter|letter to (my|the|his|her) (family|kids|children|mum|mom|dad|wife|husband|partner))\b"
    r"|\b(do not|don'?t) (think|expect|plan) (i|he|she|they)('ll| will| ll|ll| am going to| is going to) (be here|be alive|be around|wake up|see (the )?(morning|tomorrow))\b"
    r"|\b(won'?t|will not) (be waking|wake) up\b"
    r"|(已经|已經|我|佢|他|她)?(决定|決定|想好|谂好|諗好|打定主意)(了|咗)?[^。.!！?？]{0,8}(今晚|今天|今日|今夜|就系今|就是今|做了断|了结)"
    r"|(写|寫)(好|了|咗)(了)?(一)?(封|张|張)?(遗书|遺書|绝笔|告别信|字条|纸条)|(留|留低|留下)(了|咗)?(一)?(封|张|張)?(遗书|遺書|绝笔|字条|纸条)"
    r"|(活不过|过不了|捱不过|挨不过)(今晚|今夜|明天|明早)|(明天|明早|听日)(就)?(不会|唔会)(再)?(在|喺|醒)")
_R46_GIVE_AWAY = re.compile(r"\b(giv\w+|gave) (away )?(all )?(of )?(her|his|their|my) (things|stuff|belongings|possessions|treasured \w+)( away)?\b|\bgiv\w+ (away )?(all )?(her|his|their|my) (things|stuff|belongings)\b"
                            r"|(东西|嘢|物品|啲嘢)(都|全部|全)?(送|分)(晒|光|走|掉|了)?(畀|给|俾)?(人|晒)|(送|分)(晒|光|走|掉)(自己)?(的|啲)?(东西|嘢|物品)")
_R46_FAREWELL = re.compile(r"\b(said|saying|says|say) (a |her |his |their )?goodbye\b|\bgoodbyes?\b|(讲|说|說|話|话)(了|咗)?再见|道别|告别|\b(not|stopped|hasn'?t been|has not been) eating\b|(唔|不|没|冇)(食|吃)(嘢|东西|饭)")
_R46_NOT_SELF = re.compile(r"\b(organi[sz]er|dosette|blister pack|moving (house|abroad|away)|emigrat\w*|decluttering|charity shop|leaving (do|party)|farewell (party|do|drinks))\b|搬家|移民|断舍离|执屋|清理|捐(给|畀)|药盒|分药盒|"
                         r"\b(will|testament)\b|平安夜|遗嘱|遺囑|欢送|歡送")
_R46_FIT = re.compile(r"\b(twitch\w*|jerk\w*|fitting|seiz\w*|convuls\w*|shaking)\b|抽(搐|筋|咗|了|紧|住|动|個不停|个不停|吓|下)|扯(咗|紧)?筋|发羊吊|發羊吊")
_R46_ONE_SIDE = re.compile(r"\b(down|on|along) (one|the (left|right)) side\b|\b(his|her|their|my|the) (left|right) side\b|\bone side of (his|her|their|the) (body|face)\b|\b(left|right|one) (arm and leg|side of (the|his|her) body)\b|半边(身)?|半邊(身)?|一边身|一邊身|(左|右)(边|邊)?(身|手脚|手腳)|单侧|單側|一侧")
_R46_MINUTES = re.compile(r"\b(several|a few|few|five|six|seven|eight|ten|fifteen|[3-9]|1\d|20) (\w+ )?(minutes?|mins?)\b|(好|几|幾|好几|好幾|三|四|五|六|七|八|九|十)(多)?(个)?分(钟|鐘)")
_R46_FEVER = re.compile(r"\b(hot|fever\w*|temperature|burning up|febrile|3[89](\.\d)?)\b|发烧|發燒|发紧烧|發緊燒|烧|燒|发热|發熱|高温")
_R46_FIT_NOT = re.compile(r"\b(eyelids?|eye|muscle in|cheek|lip|months|weeks|years|tic|hiccups?|shiver\w*)\b|眼皮|眼肚|眼跳|几个月|幾個月|几年|幾年|打冷震")
_R46_METER = re.compile(r"\b(meter|glucometer|monitor|blood sugar|blood glucose|sugars?|glucose|bm|reading)\b|血糖|血糖机|血糖機|度血糖")
_R46_HIGH_READ = re.compile(r"(?<![\d.])(2[5-9]|3\d|4\d)(\.\d)?(?![\d.])(?!\s*(%|years|yrs|weeks|kg|lb|units|mg|minutes|mins|hours|度|歲|岁|年|周|kg|公斤|点|點|號|号))|\b(reads|says|showing|shows) hi\b|\bhi reading\b")
# the reading told just after the meter word ('meter reads 32', 血糖有31), not an age or a count elsewhere
_R46_METER_READ = re.compile("(" + _R46_METER.pattern + r")[^.。!?！？;；]{0,25}?(" + _R46_HIGH_READ.pattern + ")")
_R46_HYPER_SIGN = re.compile(r"\b(drows\w*|sleepy|confus\w*|drinking (constantly|all the time|non ?stop|loads|so much|gallons)|constantly (thirsty|drinking)|(really|very|so|always) thirsty|vomit\w*|being sick|breathing (fast|heavily|deep\w*)|pear drops|hard to wake|won'?t wake|not making sense)\b"
                             r"|昏昏欲睡|好眼瞓|很困|嗜睡|迷迷糊糊|迷糊|叫不醒|叫唔醒|一直(喝|饮|飲)水|不停(喝|饮|飲)水|(好|很|非常)(口渴|口干)|狂(喝|饮|飲)水|呕吐|嘔吐|神志不清")
_R46_SURGERY = re.compile(r"\b(surgery|operation|op|operated|c-?section|caesarean|keyhole|procedure|stitches|appendix out|hip replacement|knee replacement)\b|手术|手術|开刀|開刀|做完手|剖腹|缝针|縫針")
_R46_WOUND_BAD = re.compile(r"\b(wound|incision|scar|cut|stitches)( \w+){0,3} (is |are |was |looks |went |gone |has gone |going )?(really |very |all )?(red|hot|angry|inflamed|swollen|oozing|weeping|pus\w*)\b|\b(red|hot|swollen|angry)( and (hot|red|swollen|angry))? (wound|incision|scar)\b"
                             r"|伤口|傷口")
_R46_WOUND_ZH_BAD = re.compile(r"(伤口|傷口)[^,，。.!！?？]{0,4}(红|紅|热|熱|肿|腫|流脓|流膿|化脓|化膿|发炎|發炎)")
_R46_SEPSIS_SIGN = re.compile(r"(?<![\d.])(39|40|41)(\.\d)?(?![\d])|\b(rigou?rs|shaking uncontrollably|uncontrollable shaking|teeth chattering|shaking|shivering (uncontrollably|violently))\b"
                              r"|不停震|震个不停|震個不停|打冷震|发冷|發冷|寒战|寒戰|三十九|四十度")
_R46_CHEM_SKIN = re.compile(r"\b(strong chemical|chemicals?|acid|alkali|caustic|lye|bleach|drain cleaner|oven cleaner|hydrofluoric|solvent|cement|wet concrete|lime)\b|化学|化學|强酸|強酸|强碱|強鹼|硫酸|盐酸|鹽酸|烧碱|燒鹼|通渠水|疏通剂|漂白水|石灰|水泥")
_R46_SPILL_BODY = re.compile(r"\b(spil\w*|splash\w*|poured|soaked|drench\w*|tipped|knocked)\b[^.?!]{0,40}\b(legs?|arms?|hands?|feet|foot|skin|chest|back|body|thighs?|him|her|himself|herself)\b|(泼|潑|倒|洒|灑|溅|濺|淋)(咗|了|到|落|在)[^,，。]{0,6}(腿|脚|腳|手|身|皮肤|皮膚)")
_R46_SKIN_HARM = re.compile(r"\b(skin|legs?|arms?|hands?)( \w+){0,2} (is |are |was |has |have )?(going|gone|turning|turned|went|looks?)( \w+)? (white|grey|gray|waxy|black|leathery)\b|\bblister\w*|\bpeeling\b|\b(chemical|bad|deep|severe) burns?\b"
                             r"|(发|發|变|變|转|轉)(白|灰|黑)|起(水)?泡|脱皮|甩皮|烧伤|燒傷|灼伤|灼傷")
_R46_LIVE = re.compile(r"\b(live wire|live cable|mains|electric shock|electrocut\w*|high voltage|power line|exposed wire|electric cable)\b|带电|帶電|触电|觸電|漏电|漏電|电线|電線|高压电|高壓電|电到|電到")
_R46_ELEC_HARM = re.compile(r"\bburn\w*|\b(feels?|feeling|felt) (wrong|strange|funny|weird|odd|not right)\b|\bnot (himself|herself|right)\b|\b(chest pain|palpitations|heart racing|faint\w*|collaps\w*)\b"
                            r"|烧伤|燒傷|灼伤|灼傷|烧焦|燒焦|不对劲|唔对路|唔對路|不對勁|心跳(好|很)?(乱|亂|快)|晕|暈")
_R46_BLEED_POOL = re.compile(r"\b(pool|puddle|pools|puddles) of blood\b|\bblood (everywhere|all over the floor|pouring|spurting|gushing)\b|\b(pouring|spurting|gushing) (with )?blood\b"
                             r"|(一|成)(滩|灘|地|大滩|大灘)(的)?血|地(下|上)(都)?(系|係|是)?(一滩|一灘|好多)?血|血流(不止|唔停)|喷血|噴血|(好|很|大)多血")
_R46_BURST = re.compile(r"\b(ulcer|varicose( vein)?|vein)s? (has |have |had |just )?(burst|popped|split|opened|ruptured)\b|\bburst (ulcer|varicose|vein)\b|(溃疡|潰瘍|静脉曲张|靜脈曲張|血管|青筋)(爆|破|穿)(咗|了|开|開)?")
_R46_FAINT = re.compile(r"\b(world|everything|vision) (is |was )?(going|went|gone|turning) (black|dark|grey|gray)\b|\b(going|gone) (grey|gray|white|pale) and\b|\b(faint\w*|passing out|passed out|about to pass out|light[- ]?headed|dizzy|collaps\w*)\b"
                        r"|眼前(一)?(黑|发黑|發黑)|(快|要)(晕|暈)|晕(倒|低|咗|了)|暈(倒|低|咗|了)|头晕|頭暈")
_R46_BREATH = re.compile(r"\b(fighting|struggling|gasping|labou?ring|heaving) (for|to) (breath|breathe|air)\b|\bcan'?t (get|catch) (her|his|their|my) breath\b|\bcan not (get|catch) (her|his|their|my) breath\b"
                         r"|(用力|好辛苦|很辛苦|好吃力)(噉|咁|地)?(喘|呼吸|抽)气|喘不过气|喘唔到气|透不过气|透唔到气|透唔切气|呼吸困难|上气不接下气|抢气|搶氣")
_R46_WORSE_FAST = re.compile(r"\b(worse|worsening) (by|with|every) (the|each) (minute|hour)\b|\bgetting worse (fast|quickly|by the minute)\b|\bbolt upright\b|\b(can not|cannot|can'?t) lie (down|flat)\b"
                             r"|一分钟比一分钟|一分鐘比一分鐘|越来越(差|辛苦|厉害|严重)|越嚟越(差|辛苦|犀利|严重)|坐得好直|(不能|唔可以|躺不下|瞓唔低|唔敢)(躺|瞓)")


def _r46_added(text: str) -> list[Rule]:
    """Round 46: emergencies told in plain words the rules above do not read (see the patterns)."""
    norm = normalize(text) + " | " + text.lower()  # the folded text and the words as written (Cantonese, Traditional)
    low = norm
    added = []
    self_ok = not _JOKING.search(low) and not _R45_VENTING.search(norm) and not _R46_NOT_SELF.search(norm)
    if self_ok and _R46_MEANS.search(norm) and _ev_said(norm, _R46_DECIDED):
        added.append(Rule("r46.suicide_decided_with_means", "suicide_self_harm", EMERGENCY, ()))
    elif self_ok and _ev_said(norm, _R46_GIVE_AWAY) and _ev_said(norm, _R46_FAREWELL):
        added.append(Rule("r46.suicide_giving_away_farewell", "suicide_self_harm", EMERGENCY, ()))
    if (_ev_said(norm, _R46_FIT) and _R46_ONE_SIDE.search(norm) and _R46_MINUTES.search(norm) and _R46_FEVER.search(norm)
            and not _R46_FIT_NOT.search(norm)):
        added.append(Rule("r46.febrile_focal_fit", "seizure", EMERGENCY, ()))
    if _R46_METER_READ.search(norm) and _ev_said(norm, _R46_HYPER_SIGN):
        added.append(Rule("r46.glucose_very_high_unwell", "diabetic", EMERGENCY, ()))
    if (_R46_SURGERY.search(norm) and (_ev_said(norm, _R46_WOUND_BAD) if not re.search(r"伤口|傷口", norm) else _ev_said(norm, _R46_WOUND_ZH_BAD))
            and _ev_said(norm, _R46_SEPSIS_SIGN)):
        added.append(Rule("r46.post_op_wound_sepsis", "sepsis", EMERGENCY, ()))
    if _R46_CHEM_SKIN.search(norm) and _R46_SPILL_BODY.search(norm) and _ev_said(norm, _R46_SKIN_HARM):
        added.append(Rule("r46.chemical_skin_burn", "burns", EMERGENCY, ()))
    # round 38z (blind58): a burn told of someone in the news or a show ('看新闻说有人被电到烧伤很严重') is not the writer's
    shown = _r37z_masked(normalize(text), lambda c: bool(_R37Z_SHOW.search(c) and (not _R37Z_OWN.search(c) or _R37Z_CHARACTER.search(c))),
                         own_case=False) if _R37Z_SHOW.search(normalize(text)) else norm
    if _R46_LIVE.search(norm) and _ev_said(shown, _R46_ELEC_HARM):
        added.append(Rule("r46.electrical_burn", "burns", EMERGENCY, ()))
    if _ev_said(norm, _R46_BLEED_POOL) and (_ev_said(norm, _R46_FAINT) or _R46_BURST.search(norm)):
        added.append(Rule("r46.heavy_bleed_faint", "bleeding", EMERGENCY, ()))
    if _ev_said(norm, _R46_BREATH) and _ev_said(norm, _R46_WORSE_FAST):
        added.append(Rule("r46.breath_fought_worsening", "breathing", EMERGENCY, ()))
    return added


# Round 47m (blind46 misses: emergencies read as none or urgent). Each family needs its sign said (not denied, not in a
# past clause, not a what-if or a leaflet): a fit that keeps coming back or will not stop, a first-ever fit with
# confusion or a head injury, a child's throat and collapse signs after a food bite, someone else's heart tablets taken
# a week at a time with a slow pulse or dizziness, a fuel engine or charcoal burnt in a closed space with people ill, a
# scald blistering a large area, a toddler limp with dehydration signs, and a child who will not stay awake with eyes
# rolling. A young infant's fever with the age told before the child (两个月的女儿) is read by facts._AGE.
_R47M_CHILD = re.compile(
    r"\b(baby|babies|toddler|child|kid|kiddo|son|daughter|boy|girl|little one|wee one|grandson|granddaughter|nephew|niece|"
    r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|twenty)[ -](year|yr|month)s?[ -]old)\b"
    r"|孩子|小孩|小朋友|宝宝|bb|儿子|女儿|个仔|个女|囡|仔仔|孙子|孙女|外孙|[\d一二两三四五六七八九十]+(岁|个月)")
_R47M_FIT = re.compile(r"\b(?<!coughing )(?<!sneezing )(?<!laughing )(?<!giggling )(?<!crying )(?<!panic )(?<!temper )(?<!hissy )"
                       r"(fits?|fitting)\b(?! (of|well|fine|in|into|a|an|the|new|perfectly|ok|okay|out|up|on|together|through))"
                       r"|\bseiz(ure|ures|ing|ed)\b(?! up)|\bconvuls\w*|\b(jerking|shaking) all over\b|抽搐|抽筋|癫痫发作|发羊吊|羊癫疯"
                       r"|抽(了|咗|紧|着|过|左|个不停|到)(?![^,，。]{0,4}(烟|血|水|签|奖|卡|风|油|样|痰|屉|查|空|根|支|口))"
                       r"|(?<!哮喘)(?<!气喘)(?<!胃痛)(?<!头痛)(?<!心绞痛)(?<!痛风)(?<!过敏)(?<!惊恐)(?<!恐慌)(?<!焦虑)(?<!鼻炎)(?<!湿疹)发作")
# 发作 is a fit only where the message names one (癫痫, 抽, epilepsy)
_R47M_EPI = re.compile(r"癫痫|羊癫疯|羊吊|抽搐|抽筋|抽(了|咗|紧|过)|\b(epilep\w*|seizures?|fits?|fitting|convuls\w*)\b")
_R47M_ATTACK_WORD = re.compile(r"发作")
_R47M_COUNT = re.compile(r"\b(two|three|four|five|six|several|[2-9]) (fits|seizures|convulsions|episodes|times|attacks)\b|\b(twice|three times|four times)\b"
                         r"|(两|二|三|四|五|六|几|[2-9])(次|回|轮|趟)")
_R47M_WINDOW = re.compile(r"\b(in|within|inside|over|during) (an |one |the (last|past) |the same |half an? |the space of an? )?(hour|hr|half hour|half-hour|(20|30|40|45|twenty|thirty|forty) (minutes|mins))\b"
                          r"|一个(钟|小时|钟头)(内|里|之内|以内|入面|度|之间)?|半个?(钟|小时|钟头)|(十|二十|廿|三十|卅|四十|\d{2})(几)?分钟(内|里|之内|以内)")
_R47M_CLUSTER = re.compile(r"\b(back to back|one after (another|the other)|in a row|without (waking|coming round|coming to|recovering|coming back) (up )?in between|"
                           r"(fit|seizure) after (fit|seizure)|keeps? having (fits|seizures)|(fitting|seizing) again before)\b"
                           r"|一次接一次|接二连三|接连(发作|抽)|连续(发作|抽)|(未|没|冇|还没)(醒|清醒|回过神)(过来)?(又|就又|就再|又再)(抽|发作)")
_R47M_FIRST_FIT = re.compile(
    r"\b(first (ever )?(fit|seizure|convulsion)|never (ever )?(had|had a) (a )?(fit|seizure|convulsion)|no history of (fits|seizures|epilepsy)|"
    r"first time (he|she|they|i|my \w+)( has| have| had| is| ever)*( had| ever had)? (a )?(fit|seizure))\b"
    r"|从来(都)?(没|冇|未|没有)(有)?(试过)?(抽|发作|癫痫|羊癫疯)|从未(抽|发作)|(第一|头一|头)(次|回)(抽|发作|癫痫)|首次(发作|抽)")
_R47M_HEAD_HURT = re.compile(r"\b(hit|banged|bumped|smashed|split|cut|knocked|bashed) (his|her|their|my) head\b|\bhead (injury|wound|is bleeding|bleeding|cut)\b"
                             r"|撞(到|伤|损|破|亲)(咗|了)?(个)?(头|额)|头(撞|磕|跌)(到|伤|破|损|亲)|跌(亲|伤)(个)?头|(头|额)(部)?(流血|出血|爆|破)")
# the child's throat after food: coughing, hoarse, at the neck; and the body going: floppy, pale, blue, wheezy
_R47M_ATE = re.compile(r"\b(bite|mouthful|ate|eaten|eating|swallow\w*|tasted|chewed|had (some|a bit|a piece))\b|吃了|食咗|咬了|咬咗|吞了|吞咗|一口|吃完|食完|吃过|吃到")
_R47M_THROAT = re.compile(
    r"\b(hoarse|croaky|husky|voice (has |is )?(gone|changed|funny|strange|weird|squeaky)|(scratch|claw|clutch|grabb|pull|tugg|rubb)\w* (at )?(his|her|their|my|the) (neck|throat)|"
    r"drool\w*|(can not|could not|unable to|struggl\w* to) swallow|gagging|throat (is |feels )?(closing|tight|swelling|swollen))\b"
    r"|声音(变)?(沙|哑|嘶)|声沙|沙声|沙哑|哑(了|咗)|(抓|捉|挠|搔|揼)(住|着|紧)?(条|个)?(颈|脖子|喉咙|喉|颈部)|流口水|吞不下|吞唔落|喉咙?(好|很)?(紧|肿)")
_R47M_COLLAPSE = re.compile(
    r"\b(floppy|limp|listless|going (pale|grey|gray|blue|white|quiet|sleepy|drowsy)|gone (pale|grey|gray|blue|white|quiet)|turn\w* (pale|grey|gray|blue)|"
    r"lips (are |going |gone |turning )?(blue|grey|swollen|swelling)|wheez\w*|faint\w*|drowsy|collaps\w*|(lips|face|tongue|eyes) (is |are )?(swelling|swollen|puffing up))\b"
    r"|发软|软(了|咗|晒|绵绵|趴趴|塌塌)|(人|全身|身体|成个人)(都)?(没力|冇力|无力|软)|脸(色)?(发)?(白|青|紫)|面(色)?(青|白)|嘴唇(发)?(紫|青|肿)|喘|晕|昏|(眼|舌头|嘴)(皮)?肿")
# heart tablets a week (or days) at a time (_R45_HEART_MED names the tablets; Cantonese 嘅 and 心药 added)
_R47M_HEART_MED = re.compile(r"心脏(病)?(嘅|的)?药|心(口)?药|强心药|降压药|血压药")
_R47M_MED_LOT = re.compile(
    r"\b(a|one|the whole|whole|a full|an entire) (week|fortnight|month)'?s?( worth| supply| of (tablets|pills|them))?\b|\b(days?|weeks?)'? (worth|supply)\b"
    r"|\ball (of )?(them|the tablets|the pills|the pack|the box) at once\b|\b(in one go|all at once|at one go)\b"
    # round 48m (blind47): the dose taken three or more times over by mistake, read with a slow pulse or drowsiness said
    r"|\b(three|four|five|3|4|5) (times|lots|doses)\b(?! (a|per|each|every) (day|week))|\b(triple|treble|tripled)\b|(?<!一天)(?<!每天)(?<!一日)(三|四|五)(次|遍|倍|份)"
    r"|(一|成|整|半)(个)?(星期|礼拜|周|月)(嘅|的)|(几|两|三|四|五|六|七)(日|天)(嘅|的)(药|份|量)|一次(过)?(吃|食|服)(了|咗|晒)?(一|几|成|整|全部|所有|晒)|一次过|一齐(食|吃)晒")
_R47M_MED_SIGN = re.compile(r"\b(dizzy|light ?headed|woozy|faint\w*|confus\w*|vomit\w*|being sick|drowsy|collaps\w*)\b|头晕|晕|呕|吐|心跳(好|很)?(慢|乱)|脉搏?(好|很)?(慢|弱)")
# fuel burnt in a closed space with people ill
_R47M_FUEL = re.compile(r"\b(generator|genny|petrol (engine|mower|pump)|engine (running|on|idling)|charcoal|brazier|camping stove|paraffin heater|gas heater|patio heater|disposable (bbq|barbecue))\b"
                        r"|发电机|炭炉|炭火|烧炭|煤炉|煤球|柴油机|汽油机|烧烤炉|暖炉|火水炉")
_R47M_CLOSED = re.compile(r"\b(closed|shut|sealed|enclosed|indoors|inside|no (window|windows|ventilation|air)|windows? (shut|closed)|"
                          r"in (the|a|our|his|her|my) (garage|shed|store ?room|storeroom|stockroom|cellar|basement|tent|caravan|van|cabin|room|kitchen|flat|lock-?up|workshop|warehouse|unit))\b"
                          r"|关(着|住|埋|紧|了|咗)(门|窗|晒)?|密封|密闭|门窗(紧闭|都关)|仓库|货仓|储物(室|间)|车房|车库|地下室|房(间)?(里|入面)|屋(入面|里|内)|帐篷|室内|入面")
_R47M_CO_ILL = re.compile(r"\b(headaches?|head (is )?(pounding|splitting|killing)|splitting head\w*|vomit\w*|being sick|throwing up|nause\w*|dizzy|confus\w*|drowsy|"
                          r"collaps\w*|passed out|unconscious|fainted|not making sense|(can not|will not) wake)\b"
                          r"|头(痛|疼|晕)|呕|吐|恶心|晕|昏|糊涂|混乱|迷糊|叫不醒|叫唔醒|神志不清")
_R47M_CO_SEVERE = re.compile(r"\b(confus\w*|drowsy|collaps\w*|passed out|unconscious|fainted|not making sense|(can not|will not) wake)\b|糊涂|混乱|迷糊|叫不醒|叫唔醒|昏|晕倒|神志不清")
# a scald blistering a large area or a sensitive one
_R47M_SCALD = re.compile(r"\bscald\w*|\b(bath|bathwater|water|shower)( \w+){0,4} (too|far too|way too|very|scalding|boiling|really) hot\b|\bboiling (water|kettle)\b|\bkettle\b"
                         r"|\bhot (tea|coffee|soup|oil|water|noodles)\b|烫伤|烫到|烫亲|烫了|烫咗|渌(亲|伤|到|咗)|热水|开水|滚水|沸水|热汤|热油|洗澡水(太|好|很|超)烫|(水|浴缸)(太|好|很|超)烫")
_R47M_BLISTER = re.compile(r"\bblister\w*|\bred raw\b|\bskin (is |has )?(peeling|coming off|came off|sloughing|hanging|gone white|white)\b|\b(waxy|leathery|charred)\b"
                           r"|起(水)?泡|水泡|甩皮|脱皮|掉皮|皮(都)?(甩|脱|掉)(咗|了)|红(到)?(烂|损)|(皮|皮肤)(发|变)白")
_R47M_AREA = re.compile(r"\b(legs?|bottom|bum|buttocks?|genitals|groin|privates|face|feet|foot|chest|tummy|belly|back(?! of)|thighs?|all over|whole|both|large|big|most of)\b"
                        r"|腿|脚|屁股|屁屁|臀|下体|脸|面(部|上)|胸|肚|(?<![手脚])背|全身|大片|成(身|块|片)|整(只|个|条|片)|两(只|条|边)")
_R47M_SMALL = re.compile(r"\b(small|tiny|little|one|single|pea[- ]sized|coin[- ]sized)( \w+)? blister\b|小水泡|小泡|一个(小)?(水)?泡|一粒(小)?(水)?泡")
# a toddler limp with dehydration; a child who will not stay awake with eyes rolling
_R47M_LIMP = re.compile(r"\b(floppy|limp|listless|lethargic|unresponsive|barely (moving|responding)|no energy at all)\b|发软|软(绵绵|趴趴|塌塌|晒)|(全身|成个人|人)(都)?(没力|冇力|无力)|没精神|冇精神|蔫|昏睡|叫不醒|叫唔醒")
_R47M_DRY = re.compile(r"\bsunken (eyes|fontanelle|soft spot)|\beyes (look |are |have gone |gone )?sunken\b|\b(no|not any|hardly any|barely any) wet (nappies|nappy|diapers?)\b|\bdry (nappies|nappy|diapers?)\b"
                       r"|\b(has not|not|has not had a) (weed|peed|wee|pee)\w*\b|眼(窝|眶|睛)?(下陷|凹陷|凹)|囟门(凹|下陷)|(没|冇)(有)?(尿|小便)|尿(很|好)?少|尿布(都)?(是)?干")
_R47M_PALE_GI = re.compile(r"\b(pale|grey|gray|ashen|mottled)\b.{0,80}\b(vomit\w*|sickness|being sick|diarrh\w*|runny poo\w*)\b|\b(vomit\w*|sickness|being sick|diarrh\w*)\b.{0,80}\b(pale|grey|gray|ashen|mottled)\b"
                           r"|(脸色|面色|脸)(好|很)?(白|青|苍白)|苍白")
_R47M_AWAKE = re.compile(r"\b(will not|can not|could not) (stay|keep) awake\b|\b(can not|could not) keep (him|her|them) awake\b|\bkeeps? (falling|drifting|nodding) (back )?(asleep|off)\b|"
                         r"\b(hard|difficult|impossible) to (wake|rouse)\b|\bnot waking (up )?properly\b"
                         r"|叫不醒|叫唔醒|醒不过来|醒唔到|撑不开眼|一直昏睡|不停(地)?睡|睡个不停|瞓唔醒|醒(了|咗)?(又|就)(即刻|马上)?(又)?睡")
_R47M_EYES = re.compile(r"\beyes? (keep |keeps |are |is )?(roll\w*|going back|go back|turn\w* (up|back)|flicker\w*)\b|\brolling (his|her|their) eyes\b|\beyes (go|went|going|turn\w*) (back|up|upwards)\b"
                        r"|翻白眼|眼(睛)?(向|往)?上翻|眼(睛)?反白|反白眼|眼(睛)?(一直)?(往上)?吊|\b(floppy|limp|grey|gray|blue|mottled)\b|发软|嘴唇(发)?(紫|青)")
# a negation before the sign, in the folded words and as written (冇起泡, 沒有起水泡, 唔係)
_R47M_NEG = re.compile(r"(" + _EV_NEG_EN_PART + r"|" + _ev_neg_zh_part("不|没|无|未|否认|冇|沒|無|唔") + r")$")
# not now: asked in case, what if, a leaflet or course without a case
_R47M_NOT_NOW = re.compile(r"\bwhat (if|happens if|should (i|we) do if)\b|\bif (ever|someone|somebody|a (child|baby|person|toddler|patient))\b|\b(just )?in case\b|\bshould (he|she|they|it) ever\b"
                           r"|如果|万一|假如|要是|假设|以防")


def _r47m_added(text: str) -> list[Rule]:
    """Round 47m: emergencies the rules above miss (see the patterns); past and what-if clauses are masked
    (`_r45_masked`) and a leaflet or course without a case adds nothing."""
    full = normalize(text) + " | " + text.lower()  # the folded text and the words as written (Cantonese, Traditional)
    if _R45_DOC.search(full) and not _R45_DOC_CASE.search(full):
        return []
    norm = _r45_masked(_r45_masked(full, _R47M_NOT_NOW), _R45_PAST, _R45_NOW)
    said = lambda pattern: _ev_said(norm, pattern, _R47M_NEG)  # noqa: E731
    fit = any(_R47M_EPI.search(norm) if _R47M_ATTACK_WORD.fullmatch(m.group(0)) else True
              for m in _R47M_FIT.finditer(norm) if not _R47M_NEG.search(norm[max(0, m.start() - 60):m.start()]))
    added = []
    if fit and (said(_R47M_CLUSTER) or (_R47M_COUNT.search(norm) and _R47M_WINDOW.search(norm))):
        added.append(Rule("r47m.fits_coming_back", "seizure", EMERGENCY, ()))
    elif fit and _R45_FIT_LONG.search(norm) and said(_R45_STILL_GOING):
        added.append(Rule("r47m.fit_not_stopping", "seizure", EMERGENCY, ()))
    elif _R47M_FIRST_FIT.search(norm) and (said(_R45_CONFUSED) or _R47M_HEAD_HURT.search(norm)):
        added.append(Rule("r47m.first_fit_confused_or_head", "seizure", EMERGENCY, ()))
    if _R47M_CHILD.search(norm) and _R47M_ATE.search(norm) and said(_R47M_THROAT) and said(_R47M_COLLAPSE):
        added.append(Rule("r47m.child_throat_collapse_after_food", "anaphylaxis", EMERGENCY, ()))
    if (_R45_HEART_MED.search(norm) or _R47M_HEART_MED.search(norm)) and _R47M_MED_LOT.search(norm) and (said(_R45_BRADY) or said(_R47M_MED_SIGN)):
        added.append(Rule("r47m.heart_tablets_days_at_once", "overdose_poisoning", EMERGENCY, ()))
    ill = {m.group(0) for m in _R47M_CO_ILL.finditer(norm) if not _R47M_NEG.search(norm[max(0, m.start() - 60):m.start()])}
    if _R47M_FUEL.search(norm) and _R47M_CLOSED.search(norm) and (len(ill) >= 2 or said(_R47M_CO_SEVERE)):
        added.append(Rule("r47m.fuel_burnt_closed_space_ill", "overdose_poisoning", EMERGENCY, ()))
    if said(_R47M_SCALD) and said(_R47M_BLISTER) and _R47M_AREA.search(norm) and not _R47M_SMALL.search(norm):
        added.append(Rule("r47m.scald_blistering_large_area", "burns", EMERGENCY, ()))
    if _R47M_CHILD.search(norm) and said(_R47M_LIMP) and (said(_R47M_DRY) or _R47M_PALE_GI.search(norm)):
        added.append(Rule("r47m.child_limp_dehydrated", "child_unwell", EMERGENCY, ()))
    elif _R47M_CHILD.search(norm) and said(_R47M_AWAKE) and said(_R47M_EYES):
        added.append(Rule("r47m.child_will_not_stay_awake", "child_unwell", EMERGENCY, ()))
    return added


# Round 48m (blind48 misses and the families blind47 left missed: emergencies read as none). Each family needs its sign
# said now (not denied, not in a past clause, not a what-if or a leaflet; `_r45_masked` and `_R47M_NEG` as in round 47m):
# a suicide means held (a rope in the shed or car, pills saved up, charcoal bought, a knife hidden) with a plan or a time
# set (a plan for tonight, 下班就去); someone at a height or gone silent after saying all would be better off without
# them; a jump from a named bridge or roof set for after work (铁桥, 天桥, not only 桥上); a wound soaking towel after
# towel; a fever with cold hands and feet and a shock or rash sign, or with rigors and confused talk; speech turned to
# nonsense with the hand unable to hold a cup. A rope for a swing or a load, a bungee or a bridge walk, a joke, and
# charcoal for a barbecue add nothing.
_R48M_MEANS = re.compile(
    r"\b(rope|noose|ligature|hose ?pipe|hose)\b[^.?!]{0,40}\b(shed|garage|car|boot|trunk|van|room|bag|drawer|wardrobe|loft|attic|bed|pocket|hidden|ready|exhaust)\b"
    r"|\b(brought|bought|got|has|have|had|keeps?|kept|hid|hidden|hiding|carrying|taken|took|stashed|there'?s|there is)( got)? (a|the|some|his|her|my) (length of )?(rope|noose|ligature|hose ?pipe)\b"
    r"|\b(sav\w+|stockpil\w+|hoard\w+|stash\w+|saved|collect\w+|kept) (up )?(all )?(his|her|my|their|the)? ?(pills|tablets|meds|medication|sleeping (pills|tablets)|painkillers)\b"
    r"|\b(pills|tablets|meds|painkillers)\b( \w+){0,3} (saved|stockpiled|hoarded|stashed|saved up)\b"
    r"|\b(bought|got|has|have|brought|hid|hidden|hiding|stashed)( \w+){0,2} (charcoal|a knife|knives|a blade|razor blades?)\b|\b(knife|blade|razor)\b( \w+){0,3} (hidden|under (his|her|my) (bed|pillow)|in (his|her|my) (room|bag|pocket|car))\b"
    r"|(有|放(了|咗)?|带(了|咗)?|買|买|藏|收|准备|準備|備|备)(了|咗|好)?[^，。,.!！?？]{0,3}(一|条|條|根|卷|捆|啲|些)?(根|条|條)?(绳|繩|绳子|繩子|绳索|繩索|炭|木炭|刀|刀片)"
    r"|(绳|繩|绳子|繩子|炭|刀)[^，。,.!！?？]{0,4}(放|藏|收|准备|準備)(好|喺|在|了|咗)"
    r"|(车|車|车尾箱|車尾箱|尾箱|房|房间|房間|柜|櫃|抽屉|抽屜|书包|書包|车库|車庫|仓|倉)(里|裡|入面|内|內)?(有|放(了|咗)?)(一|条|條|根)?(条|條|根)?(绳|繩|炭|刀)"
    r"|(攒|攢|存|储|儲|囤|收埋|藏)(了|咗|起|埋|好)?[^，。,.!！?？]{0,4}(安眠药|安眠藥|药|藥|药丸|藥丸|药片|藥片)")
_R48M_PLAN = re.compile(
    r"\b(a|the|his|her|my|their) plan (for|to do it|to use it|to end it)( \w+){0,2}? ?(tonight|today|this (evening|afternoon|weekend)|after (work|school|his shift|her shift|the \w+)|later|tomorrow)\b"
    r"|\bplan(s|ned|ning)? to (use|do) (it|them|that)\b|\b(going to|gonna|will|is going to|about to) (use|do) (it|them)( \w+){0,3} (tonight|today|after|later|when)\b"
    r"|\b(tonight|after work|after (his|her|my) shift) (is|will be) (when|the night)\b|\b(tonight|today) (he|she|i) (will|is going to|is gonna) (do it|use it|end it)\b"
    r"|(计划|計劃|打算|准备|準備|谂住|諗住|想好|决定|決定)(好|咗|了)?[^，。,.!！?？]{0,4}(今晚|今夜|今日|今天|下班|收工|放学|放學|等阵|等陣|一阵|一陣)"
    r"|(今晚|今夜|今日|今天|下班|收工|放学|放學)(后|後|之后|之後)?(就|便)(要)?[^，。,.!！?？]{0,5}?(用|去|动手|動手|了断|了斷|烧|燒|做|食晒|吃掉|吞)")
# the rope, knife, charcoal or pills for an ordinary task
_R48M_MEANS_TASK = re.compile(
    r"\b(swing|hammock|tie|tying|tied|load|trailer|tow\w*|climb\w*|camp\w*|tent|boat|sail\w*|washing line|skipping|tug of war|knot\w*|"
    r"horse|dog|lead|tree ?house|garden|allotment|bbq|barbecue|grill|cook\w*|chop\w*|carv\w*|kitchen|dinner|roast|steak|fishing|boxes|move|moving|"
    r"organi[sz]er|dosette|prescription|dose|doses|for (my|his|her) (back|pain|headache))\b"
    r"|秋千|鞦韆|绑|綁|捆|拖车|拖車|晾|攀|露营|露營|帐篷|帳篷|跳绳|跳繩|货|貨|船|烧烤|燒烤|烤肉|打边炉|打邊爐|火锅|火鍋|切菜|厨房|廚房|煮|药盒|藥盒|处方|處方|剂量|劑量")
# saying all would be better off without them, and being at a height or gone silent after it
_R48M_BURDEN = re.compile(
    r"\b(better off without (me|him|her|them)|(be|are|is) (better|happier|fine|easier) without (me|him|her|them)|(a|such a) burden to (everyone|everybody|us|you|them|all))\b"
    r"|(没有|沒有|没了|沒了|冇咗|冇|少了|少咗|唔见咗|不在了|不在)(我|他|她|佢)[^，。,.!！?？]{0,6}(会|會|都会|都會)?(更|比较|比較|仲|都)?(好|轻松|輕鬆|开心|開心|幸福|快乐|快樂)"
    r"|(我|他|她|佢)(死|走|消失)(了|咗)?[^，。,.!！?？]{0,4}(大家|你们|你們|屋企人|家人)[^，。,.!！?？]{0,4}(会|會)?(更|比较|比較)?(好|轻松|輕鬆)|(连累|連累|拖累)(大家|家人|你们|你們)")
_R48M_HEIGHT_NOW = re.compile(
    r"\b(on|at|up on|on top of|top of|standing on|sitting on|stood on|sat on) (the |a |that )?(\w+ )?(bridge|roof|rooftop|cliffs?|cliff edge|ledge|railway( line)?|tracks|top floor|multi-?storey|car park|viaduct|balcony|parapet)\b"
    r"|(在|喺|站在|企喺|坐在|坐喺|站喺)[^，。,.!！?？]{0,6}(桥|橋|天台|楼顶|樓頂|顶楼|頂樓|屋顶|屋頂|悬崖|懸崖|铁轨|鐵軌|路轨|路軌|海边|海邊|河边|河邊)")
_R48M_SILENT = re.compile(
    r"\b(not|is not|will not|has not|stopped|since|no longer) (been )?(answering|picking up|replying|responding|read)\b|\bphone (is |has been |went |goes )?(off|dead|straight to voicemail|switched off)\b"
    r"|\b(no|not a) (reply|answer|response)\b|\b(can not|could not) (reach|get hold of|get through to|contact) (him|her|them)\b|\bleft (me|us) on read\b"
    r"|不读不回|不讀不回|已读不回|已讀不回|(就|都|再)?(不|没|冇|沒)(有)?(再)?(回|覆|复|應|应)(了|咗|过|過|我|信息|訊息|消息)|联系不上|聯繫不上|联络不到|聯絡不到|(电话|電話|手机|手機)[^，。,.!！?？]{0,4}(关机|關機|打不通|不接|唔听|唔聽|没人听|沒人聽)")
# a jump set at a named height (铁桥, 天桥, a railway bridge), not only 桥上; a bungee, a dive or a jump into water is no jump
_R48M_JUMP_PLACE = re.compile(
    r"(去|从|從|喺|在|到|上)[^，。,.!！?？]{0,6}(桥|橋|天台|楼顶|樓頂|顶楼|頂樓|大厦|大廈|高楼|高樓|悬崖|懸崖|屋顶|屋頂)[^，。,.!！?？]{0,4}(跳下去|跳落去|跳落嚟|跳下来|跳下來|跳楼|跳樓|跳桥|跳橋|跳河|跳海|跳江|跳落)"
    r"|\b(jump|throw (himself|herself|myself|themselves)) (off|from) (the |a |that )?(\w+ ){0,2}(bridge|roof|rooftop|multi-?storey|car park|cliff|tower|flyover|viaduct)\b")
_R48M_JUMP_SPORT = re.compile(r"\b(bungee|bungy|abseil\w*|zip ?line|zip ?wire|swing|parachute|skydiv\w*|dive|diving|into the (water|river|sea|lake|pool)|paddl\w*|bridge walk|photo|selfie|fireworks?)\b"
                              r"|蹦极|蹦極|笨猪跳|笨豬跳|跳水|滑索|跳伞|跳傘|游泳|看烟花|看煙花|拍照|打卡")
_R48M_TESTAMENT = re.compile(r"\b(a|his|her|my|their|the|new|living) will\b(?! (be|do|not|go|take|use|end|jump|kill|never|probably|have|get|try|make|come|say|tell|leave))|\btestament\b")
_R48M_JOKED = re.compile(r"\b(joked|jokes|jokingly|laugh\w*|banter\w*|sarcas\w*|tongue in cheek)\b|(笑|笑了|笑咗|大笑)(起来|起來)?[,，。.!！]|都笑|开玩笑|開玩笑|讲笑|講笑|说笑|說笑")
_R48M_NOT_JOKE = re.compile(r"\b(not|no one|nobody|wasn'?t|was not|isn'?t|is not) (\w+ )?laugh\w*\b|不像(是)?(在)?(开玩笑|開玩笑|讲笑|講笑|说笑|說笑)|唔似(讲笑|講笑)|\b(not|wasn'?t|was not|isn'?t|is not|doesn'?t|does not) (seem |sound )?(like )?(joking|kidding|a joke)\b")
# a wound soaking towel after towel
_R48M_WOUND = re.compile(r"\b(cut|gash|wound|slash\w*|laceration|stab\w*|sliced|deep cut|chainsaw|glass)\b|口子|伤口|傷口|割(伤|傷|到|开|開|破)|刀伤|刀傷|划(伤|傷|破)|劃(傷|破)|界(亲|親|损|損)")
_R48M_SOAKING = re.compile(
    r"\b(towel|tea ?towel|cloth|bandage|dressing|t-?shirt|shirt|jumper|pad|gauze)s? (after|upon) (towel|tea ?towel|cloth|bandage|dressing|t-?shirt|shirt|jumper|pad|gauze)\b"
    r"|\b(soak\w*|soaked|drench\w*|bled) (through )?(a |the )?(second|third|fourth|another|several|two|three|four|five|a few|all the|every|one \w+ after another)( \w+)? (towels?|tea ?towels?|cloths?|bandages?|dressings?|pads?|t-?shirts?)\b"
    r"|\b(towels?|tea ?towels?|cloths?|bandages?|dressings?|t-?shirts?)( \w+){0,4} (keep|keeps|are all|all|one after (another|the other)|each) (getting |got )?(soak\w*|drench\w*|full of blood|red through)\b"
    r"|(毛巾|纸巾|紙巾|布|纱布|紗布|绷带|繃帶|衫)[^，。,.!！?？]{0,4}(一条一条|一條一條|一块一块|一塊一塊|一张一张|一張一張|换了几|換了幾|换咗几|換咗幾|几条|幾條|一条接一条|一條接一條|条条|條條)[^，。,.!！?？]{0,6}(湿透|濕透|湿晒|濕晒|浸透|红晒|紅晒|全红|全紅|都是血|都係血)"
    r"|(一条一条|一條一條|一块一块|一塊一塊|几条|幾條|换了几条|換了幾條)(的)?(毛巾|纱布|紗布|布|衫)[^，。,.!！?？]{0,6}(湿透|濕透|湿晒|濕晒|浸透|红晒|紅晒)")
# fever with cold hands and feet and a shock or rash sign; rigors with confused talk
_R48M_HOT = re.compile(r"\b(burning up|fever\w*|high temp\w*|temperature of|boiling hot|red hot|roasting|(3[89]|4[01])(\.\d)? ?(c|°|degrees))\b|发烧|發燒|发热|發熱|高烧|高燒|烧得|燒得|滚烫|滾燙|(?<![\d.])(3[89]|4[01])(\.\d)?(度|℃)")
_R48M_COLD_LIMBS = re.compile(r"\b(hands|feet|hands and feet|fingers|toes|legs)( \w+){0,2} (are |is |feel |feels |gone |went |so |really |ice )*(freezing|icy|ice cold|ice-cold|stone cold|cold|like ice|blue|mottled)\b"
                              r"|手脚冰|手腳冰|手脚(好|很|都)?(冷|冻|凍|凉|涼)|手腳(好|很|都)?(冷|凍|涼)|(手|脚|腳)(好|很|都)?(冰冷|冰凉|冰涼|冰|冻|凍)")
_R48M_SHOCK = re.compile(r"\b(grey|gray|ashen|mottled|blotchy|blue lips|lips (are |gone )?blue|(can not|could not|can'?t|unable to) (stand|walk|get up|sit up)|floppy|limp|drowsy|confus\w*|not making sense|hard to wake|won'?t wake|"
                         r"spots|rash|purple|(dark )?red (spots|marks|dots|blotches)|breathing (fast|hard))\b"
                         r"|(脸|臉|面)(色)?(发|發)?(灰|青|紫)|站不起|企唔起|起不来|起不來|软|軟|迷糊|叫不醒|叫唔醒|斑点|斑點|红点|紅點|紫点|紫點|瘀点|瘀點|皮疹|出疹|疹子|紫癜")
_R48M_RIGORS = re.compile(r"\b(rigou?rs|shaking (uncontrollably|all over|violently)|(teeth|his teeth|her teeth) chattering|hot (one minute|then) (cold|freezing)|shivering (uncontrollably|violently))\b"
                          r"|(一下子|一下|一阵|一陣|一会|一會|时而|時而)[^，。,.!！?？]{0,4}(烫|燙|热|熱)[^，。,.!！?？]{0,3}(一下子|一下|一阵|一陣|一会|一會|时而|時而)[^，。,.!！?？]{0,2}(冷|发抖|發抖|打冷震)|寒战|寒戰|打冷震|冷得(发抖|發抖|打颤|打顫|震)")
_R48M_CONFUSED_TALK = re.compile(r"\b(confus\w*|not making sense|talking nonsense|rambling|delirious|does not know where (he|she) is|doesn'?t know where (he|she) is)\b"
                                 r"|(讲话|講話|说话|說話|讲嘢|講嘢)[^，。,.!！?？]{0,2}(没有|沒有|没|沒|冇)(条理|條理)|语无伦次|語無倫次|胡言乱语|胡言亂語|神志不清|迷糊|糊涂|糊塗|认不出|認不出")
# speech turned to nonsense and a hand that can not hold a cup
_R48M_SPEECH = re.compile(r"\b(saying|talking|speaking|spouting) (nonsense|gibberish|jumbled|random|made[- ]up)( words)?\b|\b(words|speech) (came|coming|come|are coming) out (wrong|jumbled|all wrong|muddled)\b|\b(slurr\w*|garbled|gibberish)\b"
                           r"|(讲|講|说|說)(嘢|话|話)?[^，。,.!！?？]{0,2}(乱七八糟|亂七八糟|莫名其妙|唔知讲乜|不知所云|含糊|口齿不清|口齒不清)|胡言乱语|胡言亂語|说不出话|說不出話|讲唔到嘢|講唔到嘢")
_R48M_GRIP = re.compile(r"\b(can not|could not|can'?t|couldn'?t|unable to|not able to) (hold|grip|pick up|lift)( \w+){0,2} (cup|mug|glass|spoon|fork|phone|pen|arm|hand|anything|things)\b|\b(dropped|dropping|drops) (his|her|the|my) (cup|mug|glass|spoon|phone|pen)\b|\b(arm|hand) (went|gone|is|has gone) (dead|weak|floppy|limp)\b"
                         r"|(拿|揸|握|捉)(不|唔)(住|稳|穩|到)(杯|茶杯|碗|筷|嘢|东西|東西)?|(杯|茶杯|碗)(都)?(拿|揸|握)(不|唔)(住|稳|穩)|(手|只手)(冇|没|沒)(晒)?力")
_R48M_SUDDEN = re.compile(r"\b(suddenly|sudden|all of a sudden|just started|then just|out of nowhere|out of the blue|within minutes|was (talking|fine|normal)\w*)\b|突然|忽然|一下子|刚才还|剛才還|本来|本來|好地地")


# Session 29 (blind49, read after its carry run: six farewell messages missed): a FAREWELL told to the family (tell mum
# I'm sorry, 对不起大家, 唔好搵我, a goodbye note, 遗书) with the person unreachable, a means or a place named; or a plain
# goodbye or "not coming back" with a means and the person gone silent or out of the door (a photo of a whole bottle
# of sleeping pills captioned 兄弟们再见, a letter to his mother and out with a knife). The lay lexicon GOODBYE_MESSAGE
# (with UNREACHABLE, NOT_RETURNING, MEANS_READY) is the shared home of this shape and simply lacked these wordings;
# widening it instead (tried after the fact: four patterns catch five of the six there) is left for the next round, so
# for now the shape is read here, on round 48m's prepared text with its negation check.
_S29_FAREWELL_STRONG = re.compile(
    r"\btell (mum|mom|mam|dad|them|everyone|everybody|the kids|my \w+|his \w+|her \w+) (that )?(i'?m|i am|he'?s|he is|she'?s|she is) sorry\b"
    r"|\b(goodbye|bye) (forever|for good|everyone|everybody|all)\b|\bdon'?t (come )?look(ing)? for (me|him|her)\b|\bthis is goodbye\b"
    r"|\bsorry for everything\b|\b(suicide|goodbye|farewell) (note|letter|message|text|post|video)\b"
    r"|对不起大家|對不起大家|(对不起|對不起)(爸|妈|媽|爸妈|爸媽|家人|你们|你們)|永别|永別|(别|別|不要|唔好|唔使)(再)?(找|搵)(我|佢|他|她)|遗书|遺書|遗言|遺言")
_S29_FAREWELL_WEAK = re.compile(
    r"\b(goodbye|bye|farewell)\b|\b(not|won'?t be|will not be|never) (coming|going) (back|home)\b|\b(won'?t|will not|never) come (back|home)\b"
    r"|\b(wrote|written|left) (a |his |her )?(note|letter) (for|to)\b|再见|再見|拜拜|不会回来|不會回來|不回来|不回來|唔會返嚟|唔返嚟|唔返來"
    r"|(写|寫)(了|咗)?(一)?(封)?(信)(给|給|俾)")
_S29_MEANS = re.compile(r"\b(rope|noose|ligature|knife|knives|blade|razor|pills|tablets|sleeping (pills|tablets)|charcoal|gun)\b"
                        r"|绳|繩|刀|安眠药|安眠藥|药丸|藥丸|一整瓶|整瓶|炭|枪|槍")
_S29_PLACE = re.compile(r"\b(bridge|cliff|river|railway|tracks|roof|rooftop|harbour wall|sea ?wall|pier)\b|桥|橋|河|江边|江邊|海边|海邊|堤|天台|楼顶|樓頂|铁轨|鐵軌|码头|碼頭")
_S29_SILENT_MORE = re.compile(r"\bphone'?s (off|dead|switched off)\b|\b(isn'?t|aren'?t|is not|not) (answering|picking up|replying)\b"
                              r"|(电话|電話|手机|手機)[^，。,.!！?？]{0,4}(唔听|唔聽|冇人听|冇人聽|不接|打不通|关机|關機)|(冇|没|沒)(覆|回)(过|過)")
_S29_GONE_OUT = re.compile(r"\b(walked out|went out|left (the house|home|the flat)|took off|drove off|out of the door)\b|出门|出門|出去了|出咗去|离开了|離開了|走咗")


def _s29_farewell_added(norm: str, said) -> list[Rule]:
    """The farewell shapes above, on round 48m's prepared text (`said`: told, not denied)."""
    silent = said(_R48M_SILENT) or said(_S29_SILENT_MORE)
    strong = said(_S29_FAREWELL_STRONG) and (silent or _S29_MEANS.search(norm) or _S29_PLACE.search(norm))
    weak = said(_S29_FAREWELL_WEAK) and _S29_MEANS.search(norm) and (silent or _S29_GONE_OUT.search(norm))
    return [Rule("s29.suicide_farewell", "suicide_self_harm", EMERGENCY, ())] if strong or weak else []


def _r48m_added(text: str) -> list[Rule]:
    """Round 48m: the emergencies above (see the patterns), read as in round 47m: a leaflet or course without a case adds
    nothing; past and what-if clauses are masked; the sign must be said, not denied."""
    full = normalize(text) + " | " + text.lower()  # the folded text and the words as written (Cantonese, Traditional)
    if _R45_DOC.search(full) and not _R45_DOC_CASE.search(full):
        return []
    unpast = _r45_masked(full, _R47M_NOT_NOW)
    norm = _r45_masked(unpast, _R45_PAST, _R45_NOW)
    said = lambda pattern: _ev_said(norm, pattern, _R47M_NEG)  # noqa: E731
    # _R46_NOT_SELF reads any 'will' as a testament ('he will do it' too): only a will someone writes is one here
    joking = (_JOKING.search(_R48M_NOT_JOKE.sub(" ", norm)) or _R48M_JOKED.search(_R48M_NOT_JOKE.sub(" ", norm)) or _R45_VENTING.search(norm) or _R48M_TESTAMENT.search(norm)
              or _R46_NOT_SELF.search(re.sub(r"\bwill\b", " ", norm)))
    added = []
    if not joking:
        # a plan set for tonight or after work is itself now: the means and the plan are read with only what-if clauses
        # masked ('he came home on friday and has just told me there is a rope in the shed'), unless a past time and a
        # well now are both told
        said_now = lambda pattern: _ev_said(unpast, pattern, _R47M_NEG)  # noqa: E731
        if said_now(_R48M_MEANS) and said_now(_R48M_PLAN) and not _R48M_MEANS_TASK.search(unpast) \
                and not (_R45_PAST.search(unpast) and _R45_WELL_NOW.search(unpast)):
            added.append(Rule("r48m.suicide_means_with_plan", "suicide_self_harm", EMERGENCY, ()))
        elif said(_R48M_BURDEN) and (_R48M_HEIGHT_NOW.search(norm) or said(_R48M_SILENT)):
            added.append(Rule("r48m.suicide_burden_at_height_or_silent", "suicide_self_harm", EMERGENCY, ()))
        elif said(_R48M_JUMP_PLACE) and not _R48M_JUMP_SPORT.search(norm):
            added.append(Rule("r48m.suicide_jump_at_named_height", "suicide_self_harm", EMERGENCY, ()))
        added += _s29_farewell_added(norm, said)
    if _R48M_WOUND.search(norm) and said(_R48M_SOAKING):
        added.append(Rule("r48m.wound_soaking_towels", "bleeding", EMERGENCY, ()))
    if (said(_R48M_HOT) and said(_R48M_COLD_LIMBS) and said(_R48M_SHOCK)) or (said(_R48M_RIGORS) and said(_R48M_CONFUSED_TALK)):
        added.append(Rule("r48m.fever_shock_or_rigors_confused", "sepsis", EMERGENCY, ()))
    if said(_R48M_SPEECH) and said(_R48M_GRIP) and _R48M_SUDDEN.search(norm):
        added.append(Rule("r48m.sudden_nonsense_speech_weak_hand", "stroke", EMERGENCY, ()))
    return added


# Round 33d (blind53 false alarms). Each family masks the pieces that are no case now and drops a category only when
# the rest of the message raises it no more (rules, lay signs, facts, the learned net); suicide is never dropped here
# except for the idiom 'in the end everything was ok'. A message that says something is happening now keeps everything.
# Clauses: punctuation, and a space between two Chinese characters (chat messages often use spaces as their only commas).
_R33D_CLAUSE = re.compile(r"[^,.;:!?\n，。；：！？|]+?(?=[,.;:!?\n，。；：！？|]|(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])|$)")
_R33D_NOW = re.compile(r"\b(right now|just now|at the moment|suddenly|all of a sudden|today|tonight|this (morning|afternoon|evening)|"
                       r"(is|are|keeps?) (having|bleeding|fitting|seizing|vomiting|struggling)|getting worse|worse now|minutes ago|an hour ago|"
                       r"since (last night|yesterday|this morning|lunch ?time))\b"
                       r"|刚刚|刚才|啱啱|突然|正在|今天|今日|今晚|今早|今朝|越来越|还在|仲(喺|系)?|又(发|抽|烧|晕|痛|出血|流血|开始)")
_R33D_FINE_AT = re.compile(r"\b(fine|well|ok|okay|good|normal|stable) (at the moment|right now|today|for now)\b|(目前|现在|而家)(都)?(好好|一切正常|没事|冇事|正常)")
_R33D_CAN_STILL = re.compile(r"\b(can|could|should|may|is it ok (for|if)) (\w+ ){0,2}still\b|还(能|可以|可不可以|能不能)|仲(可以|可唔可以|得唔得)")
# (1) an event told as past (widening round 45's family: last week, last pregnancy, 之前得过, 上星期) with the person well or
# stable now (好稳定, 精神很好, 已经出院, 'not had another one', 'in the end everything was ok', 最近都没有事)
_R33D_PAST = re.compile(
    r"\b(last|previous|first|earlier) (pregnancy|baby|birth|time|week|weekend|visit|admission)\b|\bback in( the)? \w+\b|\b(a while|some time|a year|a month|a week) ago\b"
    r"|上(个|一个)?(星期|礼拜|周)(?![一二三四五六日天])|上(一)?次|上一胎|上胎|(之前|以前|早前)[^,.;:!?\n，。；：！？ ]{0,6}(过|咗)")
_R33D_WELL_NOW = re.compile(
    r"\b(not|never) had (another( one)?|one since|any (more|since)|a(nother)? (fit|seizure|episode|bleed|attack|hypo|funny turn) since)\b|\bno more (fits|seizures|episodes|bleeds|attacks|problems)\b"
    r"|\b(in the end|since then|now) everything (was |is |turned out |went )?(ok|okay|fine|good|well|alright|all right)\b|\beverything (was|is|turned out) (ok|okay|fine|good)\b"
    r"|\b(stable|well controlled|under control|doing well|back to normal|discharged)( now| since)?\b"
    r"|(好|很|一直|都|已经)(稳定|稳)|控制(得)?(很|好|不错)|精神(很|好|挺)?好|已经出院|出(咗|了)院|(最近|这阵子|近来|一直)(都)?(没有|没|冇)(事|什么事|问题|发作|再发)"
    r"|现在(都)?(好好|很好|没事|冇事|正常)|已经好了|好返晒|都好好的|没有不舒服")
# a bleeding disorder named as the person's diagnosis is a condition, not a bleed (我有血友病, 'he has haemophilia')
_R33D_CONDITION = re.compile(r"血友病|\b(ha?emophilia|von willebrand\w*)\b")
_R33D_ASK = re.compile(r"\?|？|请问|想问|想知道|想了解|想请教|吗|呢|\b(can|could|should|do|does|is|are|when|how|what|which|where)\b|\bwants? to know\b")
# (2) an information question about a condition (its warning signs, when to go to A&E, is it catching, how to tell two
# apart), in a clause that names nobody, told with the person well now, 'just asking', or for people in general
_R33D_INFO_Q = re.compile(
    r"(有)?(什么|啥|哪些)(前兆|征兆|先兆|症状|表现|迹象|信号)|(前兆|征兆|先兆|早期症状)(是什么|有哪些|有什么)|什么(情况|时候)(下)?[^,.;:!?\n，。；：！？]{0,12}(要|需要|一定要|应该|得)(去|看|挂|叫|打)"
    r"|会(不会)?传染|传染(吗|不|人)|怎么(分辨|区分|辨别|判断|识别|知道)|如何(分辨|区分|辨别|判断|识别)|点样(分|分辨|知)"
    r"|\bwhat are (the )?(\w+ )?(warning |early |first )?(signs|symptoms)\b|\b(warning|early) signs of\b|\bhow (do|can|would|does) (you|one|people|someone|a person) (tell|know|recogni[sz]e|spot|distinguish)\b"
    r"|\bwhen (should|do|does|must) (you|one|people|someone|a person) (go|call|seek|worry)\b|\bis \w+ (contagious|catching|infectious)\b|\bcan (you|people) catch\b")
_R33D_PERSON = re.compile(r"我|他|她|佢|爸|妈|仔|女|孩|宝|老公|老婆|爷|奶|公公|婆婆|\b(i|me|my|he|him|his|she|her|we|our|us|son|daughter|baby|mum|dad|husband|wife)\b")
_R33D_ASKING_WORDS = re.compile(r"我?想(请)?问(一下|下)?|我?想(请教|知道|了解)|\b(i|we) (want|would like|wanted|d like) to (know|ask)\b|\bcan i ask\b")
_R33D_GENERIC = re.compile(r"一般人|一般来说|普通人|大家|长者|讲座|讲课|健康教育|卫教|只是想(先)?(知道|了解|问问)|先了解|了解一下|\b(people in general|in general|generally|just asking|just want to know|the elderly|older people|(first aid |health )?(talk|class|workshop|presentation|course))\b")
# (3) a figure of speech: 'nearly had a stroke' at a bill, 'traffic until I cannot breathe', marked by a joke or an
# everyday cause in the same clause
_R33D_FIGURE = re.compile(
    r"(差点|差一点|快要|几乎|都快|险些|吓到|气到|气得|激到|激得)(要)?(中风|脑溢血|爆血管|心脏病发|心脏病|窒息|断气|透不过气|喘不过气)"
    r"|\b(nearly|almost|about to|practically) (had|have|gave me|giving me|give me) (a )?(stroke|heart attack|coronary|seizure)\b"
    r"|\b(traffic|jam|queue|crowd\w*|bill|boss|meeting|exam|homework|heat|laugh\w*|price\w*|stairs)\b[^.!?]{0,40}\b(until|till|til|so much|so bad) (i|we|he|she) (can not|could not|cannot) (breathe|breath)\b")
_R33D_FIGURE_MARK = re.compile(r"\b(lol|lmao|haha\w*|sia|walao|wah lau|alamak|omg|jk)\b|哈哈|呵呵|笑死|[\U0001F602\U0001F923\U0001F606]"
                               r"|帐单|账单|费用|价钱|价格|老板|塞车|堵车|排队|考试|作业|\b(bill|price|boss|traffic|queue|exam|homework)\b")
# (4) spitting, not vomiting (吐的口水里有血丝, 'spat out some pink spit after brushing')
_R33D_SPIT = re.compile(r"吐(的|出的|出来的|出|了|咗)?(口水|唾沫|唾液|痰)|(口水|唾沫|唾液)(里|里面|中)?(有|带|带有|见到)(几)?(根|条|点|啲)?(血丝|血)|\b(spit|spat|spitting)( out)?\b")
# (5) a medicine given for the complaint itself (食咗敏感药, 'gave him his antihistamine'): treatment, not an ingestion
_R33D_TREATMENT = re.compile(
    r"(吃|食|服|喝|饮|给(他|她|佢)(吃|食))(了|咗)?(一|1)?(粒|片|包|次|啲|点)?(敏感药|过敏药|抗过敏药|抗组胺(药)?|退烧药|退烧|止咳药|止咳水|感冒药|止泻药|肠胃药|胃药)"
    r"|\b(gave|given|give|had|took|taken) (him|her|them|my \w+)? ?(his |her |their |some |a dose of |a spoon of |the )?(antihistamine|piriton|piriteze|cetirizine|loratadine|benadryl|claritin|zyrtec|calpol|nurofen|allergy (medicine|syrup|tablet))\b")
# (6) a high sugar that came down by itself, no symptoms ('21 after cake, an hour later down to 11')
_R33D_SPOTS = re.compile(r"[几两一二三四五\d]+(粒|颗|个|块|啲|些)(红|小)?(点|疹|包|疙瘩|斑)")  # 几粒红点 counts spots, not tablets
_R33D_LATER_DOWN = re.compile(r"\b(down|dropped|came down|come down|back down|fallen|fell|gone down|settled) (to|at) (\d{1,2}(?:\.\d)?)\b|(降|回落|跌|落)(返|回|到|咗|了|落|番|低)+\s*(\d{1,2}(?:\.\d)?)")
_R33D_NO_SYMPTOMS = re.compile(r"\bno (symptoms|other symptoms)( at all)?\b|\b(feel|feels|feeling) (fine|ok|okay|normal|well)\b|没有(任何)?(症状|不舒服)|没(什么)?不舒服|冇(咩)?(症状|唔舒服)")
_R33D_SUGAR_KEEP = re.compile(r"\b(ketones?|vomit\w*|being sick|thirst\w*|drowsy|confus\w*|breath\w*|pee\w* (a lot|loads)|type 1)\b|酮|呕|吐|口渴|昏|嗜睡|呼吸|一型|1型")


def _r33d_masked(norm: str, pattern: re.Pattern, follow: re.Pattern | None = None) -> str:
    """The message with the clauses matching `pattern` blanked (and, with `follow`, those after until one matches it)."""
    out, last, masking = [], 0, False
    for m in _R33D_CLAUSE.finditer(norm):
        clause = m.group(0)
        out.append(norm[last:m.start()])
        last = m.end()
        if re.search(r"[.!?。！？\n]", out[-1]):
            masking = False
        hit = bool(pattern.search(clause))
        if follow is not None and masking and not hit and (follow.search(clause) or _R45_TOLD_NOW.search(clause)):
            masking = False
        if hit or masking:
            out.append(" " * len(clause))
            masking = follow is not None
        else:
            out.append(clause)
    out.append(norm[last:])
    return "".join(out)


def _r33d_clear(rest: str, cats: set[str]) -> set[str]:
    """`_r45_rest_clear` without suicide (another round's concern)."""
    return _r45_rest_clear(rest, cats - {"suicide_self_harm"})


# built once here, not on every message: the past patterns of rounds 33d and 45 together, and the idiom that ends a
# story well ("in the end everything was ok") which "end everything" otherwise reads as suicidal
_R33D_PAST_ANY = re.compile(_R33D_PAST.pattern + "|" + _R45_PAST.pattern)
_R33D_ENDED_WELL = re.compile(r"\bin the end everything (was |is |turned out |went )?(ok|okay|fine|good|alright|all right)\b")


def _r33d_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 33d (blind53): the families above."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if not cats:
        return dropped
    norm_now = _R33D_FINE_AT.sub(" ", norm)
    now = _R33D_NOW.search(norm_now) or _lexicon("ACUTE_NOW").search(_R47F_PREGNANT_AGAIN.sub(" ", norm)) \
        or _R45_STILL.search(_R33D_CAN_STILL.sub(" ", norm))
    well = _R33D_WELL_NOW.search(norm) or _R45_WELL_NOW.search(norm)
    if not now and well and _R33D_ASK.search(norm):
        # (1) past and well now; a named condition's clause told as well or stable is masked with the past ones
        rest = _r33d_masked(norm, _R33D_PAST_ANY, _R45_NOW)
        # the well-now words themselves are blanked, not their clause ('face dropped earlier and now back to normal')
        dropped |= _r33d_clear(_R33D_CONDITION.sub(" ", _R33D_WELL_NOW.sub(" , ", rest)), cats)
    if not now and _R33D_INFO_Q.search(norm) and (well or _R33D_GENERIC.search(norm)):
        # (2) the information question's own clause, when it names nobody
        rest = "".join(" " * len(m.group(0)) if _R33D_INFO_Q.search(m.group(0)) and not _R33D_PERSON.search(_R33D_ASKING_WORDS.sub(" ", m.group(0)))
                       else m.group(0) for m in re.finditer(r"[^,.;:!?\n，。；：！？]+|[,.;:!?\n，。；：！？]+", norm))
        if rest != norm:
            dropped |= _r33d_clear(rest, cats)
    if _R33D_FIGURE.search(norm) and _R33D_FIGURE_MARK.search(norm):
        rest = _r33d_masked(norm, _R33D_FIGURE)
        if not _R33D_NOW.search(_R33D_FIGURE.sub(" ", rest)):
            dropped |= _r33d_clear(rest, cats)
    if "suicide_self_harm" in cats and _R33D_ENDED_WELL.search(norm):
        masked = _R33D_ENDED_WELL.sub(" , ", norm)
        if not _still_suicidal(masked):
            dropped.add("suicide_self_harm")
    if "gi_bleed" in cats and _R33D_SPIT.search(norm):
        dropped |= _r33d_clear(_R33D_SPIT.sub(" 口水 ", norm), {"gi_bleed"})
    if "overdose_poisoning" in cats and _R33D_TREATMENT.search(norm) and not _EV_INTENT.search(norm) \
            and not _EV_EXCESS.search(_R33D_SPOTS.sub(" ", norm)) and not _ev_said(norm, _EV_OD_SYMPTOM):
        dropped |= _r33d_clear(_R33D_TREATMENT.sub(" ", norm), {"overdose_poisoning"})
    if "diabetic" in cats and _R33D_NO_SYMPTOMS.search(norm) and not _ev_said(norm, _R33D_SUGAR_KEEP):
        later = [float(m.group(3) or m.group(6)) for m in _R33D_LATER_DOWN.finditer(norm)]
        if later and later[-1] < 15:
            dropped.add("diabetic")
    return dropped


# round 34f (blind54): false alarms of look-alikes, each dropped only when the rest of the message raises the category
# no more (rules, lay signs, facts, the learned net), and never when the message says it is happening now.
# (1) A figure of speech said as a joke and then put aside: the sentence that ends in a laughter or joke marker (lol,
# haha, 哈哈, 😂 🙃 😤 😭) right before an explicit switch of topic (jokes aside, anyway, seriously though, 不开玩笑, 说正经的,
# 讲返正经, 唔讲佢住, 不扯了) or a question opened at once (问下, 请问, 想问, quick question) is a figure; nothing after the
# switch is masked, and a joke sentence that names a real severe sign of a person (crushing, an arm gone numb, blue
# lips, passed out, blood, an overdose) is kept: 'lol my chest is crushing and my arm is numb, anyway ...' stays.
_R34F_LAUGH = re.compile(r"\b(lol+|lmao|lmfao|rofl|haha\w*|hehe\w*|jk)\b|哈哈|呵呵|嘿嘿|笑死|2333*"
                         r"|[\U0001F602\U0001F923\U0001F606\U0001F605\U0001F62D\U0001F643\U0001F624\U0001F648\U0001F61C\U0001F61D\U0001F92A\U0001F480]")
_R34F_SWITCH = re.compile(
    r"[\s,.;:!?，。；：！？~…]*(((but|ok|okay|anyway|all) )?(jok(es|ing) aside|kidding aside|anyways?|seriously( though| tho)?|"
    r"on a (more )?serious note|in all seriousness|back to (my|the) (question|point)|moving on|rant over|different q(uestion)?|"
    r"quick q(uestion)?|btw|by the way)\b|不开玩笑|开玩笑(的|归开玩笑)|不说笑|说正经的|讲正经|讲返正经|讲番正经|正经问|言归正传|说回正题|"
    r"回到正题|不扯了|不闹了|扯远了|(唔|不)讲(佢|他|她)住|(唔|不)讲笑(啦)?|话说回来|问(一)?下|请问|想问|想请问)")
_R34F_SENTENCE_END = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?。！？\n]")
_R34F_REAL = re.compile(
    r"\b(crush\w*|radiat\w*|cold sweat|sweating|clammy|passed out|pass(ing)? out|faint\w*|collaps\w*|unconscious|unresponsive|"
    r"(not|stopped|isn'?t|is not) breathing|(can not|can'?t|won'?t|will not) wake|turn(ing|ed)? (blue|grey|gray|purple)|blue lips|"
    r"blood|bleed\w*|slurr\w*|droop\w*|worst headache|stiff neck|overdos\w*|swallowed|took (\d+|a (bottle|box|pack|packet)|all)|"
    r"wrists?|(arm|jaw|face|leg)s? (is |are |has |have |went |gone )*(numb|tingl\w*|dead|heavy|weak))\b"
    r"|压榨|压着|放射|(手臂|左手|左臂|胳膊|手)(发)?麻|冷汗|大汗|嘴唇(发)?(紫|青|白)|发紫|发青|晕倒|昏倒|晕过去|昏迷|不省人事|叫不醒"
    r"|没(有)?呼吸|没气|吐血|咳血|便血|大出血|血流不止|流血|出血|口齿不清|嘴歪|半边|动不了|割腕|吞了|一整瓶")


def _r34f_joke_masked(norm: str) -> str:
    """The message with each joke sentence that is put aside blanked (unchanged when there is none)."""
    out = norm
    for m in _R34F_LAUGH.finditer(norm):
        if not _R34F_SWITCH.match(norm, m.end()) or not _R34F_SWITCH.match(norm, m.end()).group(1):
            continue
        start = max([e.end() for e in _R34F_SENTENCE_END.finditer(norm, 0, m.start())], default=0)
        span = norm[start:m.end()]
        if _R34F_REAL.search(span):
            continue
        out = out[:start] + " " * (m.end() - start) + out[m.end():]
    return out


# (2) An information question about a condition asked by someone well (widening round 33d's (2) by its structure):
# 'what is X', 'what signs', 'at what temperature', X和Y是一个东西吗, 多少算正常; its clause names nobody once the asking
# words are gone ('could you tell me'). Besides round 33d's 'well now' and 'in general', the question may come from
# a source (on the news, a magazine, 微信群里说, 听说), a role (a teacher for her students), or a baby not born yet
# ('expecting in April'); a clause that only reports the source, naming nobody of the writer's, is masked too.
_R34F_INFO_Q = re.compile(
    r"\bwhat (actually |exactly |really |even )?(is|are) (a |an )?[a-z-]+( [a-z-]+)?\s*\?|\bwhat (\w+ ){0,2}(warning |early |first )?(signs|symptoms)\b"
    r"|\b(at )?what (temperature|temp|reading|number)\b|\bhow (do|can|would|will|should) (i|we|you|one) (know|tell|recogni[sz]e|spot|notice) (when|if|whether)\b"
    r"|\bhow to (notice|recogni[sz]e|spot|tell)\b|\bwhat (does|do) (a |an )?[a-z-]+ (mean|look like)\b"
    r"|(是|算)(一个东西|一回事|一样的|同一种|同一个(病|东西))|有(什么|啥|哪些)区别|什么区别|是什么(病|意思|东西)|什么是|是啥(病)?"
    r"|(体温|温度)?多少(度)?(算|才算|就算)(正常|发烧|发热|高烧|低烧)")
_R34F_ASKING = re.compile(r"\b(could|can|would) you (kindly |please )?(tell|explain to|let) (me|us)( know)?\b|\bi (was )?wonder(ed|ing)?\b|\b(and )?wondered\b")
_R34F_SOURCE = re.compile(
    r"\b(i |we )?(have been |had been |was |were )?(read|reading|saw|seen|heard|watched|watching)( (about|that|a|an|on|in|something|a thing))+\b"
    r"|\b(on|in) the (news|paper|papers)\b|\b(news|article|magazine|documentary|podcast|leaflet|news story)\b"
    r"|微信群(里)?(说|讲)?|朋友圈(里)?(说)?|群里(说|讲)|网上(说|讲)|新闻(里)?(说|讲)?|听说|据说|看到(一篇|一个)(文章|新闻|视频)")
_R34F_GENERIC = re.compile(
    r"\b(as a layperson|layperson|(wish|want|like) to be (informed|prepared)|be prepared|teachers?|students|pupils|my class|"
    r"(expecting|due) (in|next|this|at)|(is|are) (currently |at present )?(quite |perfectly |very |totally )?(well|fine|healthy))\b"
    r"|(早|早就|已经|都)好了|老师|学生|宿舍")
_R34F_OWN = re.compile(r"我|俺|咱|他|她|佢|爸|妈|仔|女儿|孩|宝|老公|老婆|爷|奶|\b(i|me|my|we|our|us|son|daughter|baby|mum|dad|husband|wife|mother|father)\b")
# 'when he asks I cannot explain it either' (他问起来我也说不清楚) says nothing of speech
_R34F_CANT_EXPLAIN = re.compile(r"(问(起来|我)|解释)[^,.;:!?\n，。；：！？]{0,6}(我)?(也)?说不清(楚)?")
_R34F_SELF_STATE = re.compile(r"\bi (feel|felt|have been feeling|think (i|about)|can not (go on|cope)|want to (die|end))\b|我(想死|不想活|觉得|感觉|好累|撑不)")
_R34F_ABOUT_OTHERS = re.compile(r"\b(someone|somebody|a person|people|others|students?|pupils?|a child|children|kids|teenagers?)\b|别人|他人|学生|孩子们|有人")


def _r34f_info_masked(norm: str) -> str:
    """The message with its information-question clauses naming nobody and its source-only clauses blanked."""
    pieces = []
    for m in re.finditer(r"[^,.;:!?\n，。；：！？]+|[,.;:!?\n，。；：！？]+", norm):
        piece = m.group(0)
        bare = _R34F_ASKING.sub(" ", _R33D_ASKING_WORDS.sub(" ", piece))
        if (_R33D_INFO_Q.search(piece) or _R34F_INFO_Q.search(piece + "?" if m.end() < len(norm) and norm[m.end()] in "?？" else piece)) \
                and not _R33D_PERSON.search(bare):
            pieces.append(" " * len(piece))
        elif _R34F_SOURCE.search(piece) and not _R34F_OWN.search(_R34F_SOURCE.sub(" ", bare)):
            pieces.append(" " * len(piece))
        else:
            pieces.append(piece)
    return _R34F_CANT_EXPLAIN.sub(" ", "".join(pieces))


# (3) the rest, each by its benign reason:
# an amount spilled (knocked the cough syrup over, 洒了很多) is no amount swallowed
_R34F_SPILLED = re.compile(r"\b(spill\w*|spilt|knock\w* (\w+ ){0,3}over|tipped (\w+ ){0,3}over)\b|洒|打翻|泼|倒翻|撒了")
# a tongue bitten while eating or playing, with no fit told, is a mouth injury
_R34F_TONGUE = re.compile(r"咬(到|伤|破|了|咗)(自己的)?舌头|\bbit (his|her|my|their) (own )?tongue\b")
_R34F_FIT_WORDS = re.compile(r"\b(fit\w*|seiz\w*|convuls\w*|jerk\w*|shak\w*|stiff\w*|twitch\w*|floor|collaps\w*|unconscious|wet (himself|herself)|confus\w*|eyes rolled)\b"
                             r"|抽|癫|痫|翻白眼|口吐白沫|倒地|晕|昏|尿裤|叫不醒|迷糊|僵")
# an adrenaline pen prescribed, asked when to use, is no pen given
_R34F_PEN_PRESCRIBED = re.compile(r"\b(doctor|gp|hospital|allergist|consultant|nurse|pharmacist|clinic|specialist)s? (has |have |had )?(gave|given|give|prescribed)"
                                  r"( (us|him|her|me|them))? (an? |the |two )?(epi-?pens?|adrenaline (auto-?injectors?|pens?)|auto-?injectors?)\b"
                                  r"|(医生|医院|大夫)(给|帮)?(我们|他|她|孩子)?开(了)?(两支|一支)?(肾上腺素笔|肾上腺素注射笔|epi-?pen)")
# a startle to a noise in a sleeping, feeding baby (the Moro reflex) asked about as a fit
_R34F_STARTLE = re.compile(r"\bstartl\w*\b|\bjump\w* (at|when there is|with) (a )?(noise|sound)|惊跳|一惊一惊|受惊|吓一跳|惊醒")
_R34F_STARTLE_KEEP = re.compile(r"\b(blue|grey|gray|stiff\w*|rhythm\w*|keeps? (jerking|going)|will not stop|won'?t stop|minutes|eyes (roll\w*|fixed)|not feeding|floppy|fever|hot|"
                                r"vomit\w*|clusters?|in a row|over and over|when awake)\b|发紫|发青|僵|停不下|不停|几分钟|翻白眼|不吃奶|发烧|吐|一连串")
_R34F_WELL_BABY = re.compile(r"\b(feeding|eating|sleeping) (well|fine|normally|peacefully)\b|\b(continues?|goes back|went back|carries on) (to )?sleep\w*|吃奶(很|都)?(好|正常)|睡得(很)?(好|香)")
# self-harm long past ('when I was 15'), clean for years or doing good now, asking practically about the scars
_R34F_HARM_CLEAN = re.compile(r"\b(been )?clean (for )?(\d+|\w+) (years|yrs|months)( now)?\b|\bdoing (good|great|well|fine|ok|okay)( now)?\b")
_R34F_WHEN_YOUNG = re.compile(r"\bwhen (i|he|she|they) (was|were) (like |about |around |only |just )?(\d{1,2}|a teen\w*|a kid|younger|at school|in (school|uni|college))\b"
                              r"|(\d{1,2}|十几|十[一二三四五六七八九])岁(的时候|那年|时)|(读书|上学|中学|高中|初中)(的时候|时)")
_R34F_PRACTICAL_WANT = re.compile(r"\b(want|wanting|wanted|would like|like) to (get|have|see|book|ask|know|find out|remove|fade|treat)\b"
                                  r"|想(问|了解|知道|去|做|祛|去掉|淡化|预约|约)")
# an infant's fever told as years back: 'now half a year old' (现在都半岁了)
_R34F_OLDER_NOW = re.compile(r"(现在|目前|已经|而家|如今)(都|已经)?(半岁|[\d一两二三四五六七八九十]+岁(半)?|[3-9三四五六七八九十]个(多)?月)")
# a reading asked about ('how much counts as normal', 'is 37.5 a fever') with every temperature told under 38
_R34F_READING_Q = re.compile(r"多少(度)?(算|才算|就算)|算不算|是不是发烧|算(正常|发烧)|\bwhat (temperature|temp|reading)\b|\b(counts?|considered) (as )?(a )?(fever|normal|concerning)\b|\bis (that|this|it) (a )?fever\b")
_R34F_INFANT_KEEP = re.compile(r"\b(floppy|not feeding|won'?t feed|lethargic|drowsy|rash|grunt\w*|blue|fitting|vomit\w*|limp)\b|软|不吃奶|不喝奶|精神差|没精神|嗜睡|叫不醒|皮疹|发紫|抽|吐|哭闹不止")
# a fever only thought at first, the thermometer then reading normal (以为发烧, 原来是抱着坐在暖炉旁, 探返三十六度八)
_R34F_THOUGHT = re.compile(r"以为|原来|\b(thought|turned out|i assumed)\b")
# a heater, hot-water bottle or radiator only sat beside, no burn told (no scald, blister, redness or burn word)
_R34F_BURN_TOLD = re.compile(r"烫|烧伤|灼|起泡|水泡|红肿|伤|\b(burn\w*|scald\w*|blister\w*|red|sore|peel\w*|touched)\b")
# a fetal movement question before 24 weeks, with the baby kicking now: movements are not counted before then
_R34F_GESTATION = re.compile(r"\b(?P<en>\d{1,2}) (?:weeks|wks)\b(?! (?:old|ago))|(?:孕|怀孕)(?P<zh>\d{1,2})(?:周|週)")
_R34F_MOVING_NOW = re.compile(r"\b(kicking|moving|wriggling)( me)?( loads| lots| a lot| again| now)+\b|\bnormal (kicks|movements?)\b|又(开始)?动|动得(很)?(多|厉害)")
_R34F_PREG_KEEP = re.compile(r"\b(bleed\w*|blood|spotting|pain|cramp\w*|fluid|waters?|leak\w*|gush\w*|dizzy|faint\w*)\b|出血|见红|流血|痛|疼|流水|破水")
# a brief touch of heat, not painful and not blistered, with no deep-burn look (white, leathery, charred)
_R34F_BRIEF_BURN = re.compile(r"烫了一下|烫到一下|碰了一下|\b(just )?(touched|brushed) (the |a )?(\w+ )?(pan|iron|kettle|oven|hob|stove|tray)\b")
_R34F_NO_BLISTER = re.compile(r"(没|没有|无|未|不)(起)?(水)?泡|\bno blisters?\b|\b(did not|didn'?t) blister\b")
_R34F_DEEP_LOOK = re.compile(r"\b(white|waxy|leathery|charred|black|brown|grey|gray)\b|发白|变白|焦|黑|皮革|硬")
# pesticide got out to spray a garden or crop is its everyday use
_R34F_SPRAY_USE = re.compile(r"(喷|打|洒)(菜园|菜地|果树|庄稼|地里|田|花|草|虫)|\bspray\w* (the |my |our |his |her )?(garden|veg\w*|crops?|roses|weeds|lawn|fields?|allotment|fruit trees)\b")


def _r34f_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 34f (blind54): the families above."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if not cats:
        return dropped
    now = _R33D_NOW.search(_R33D_FINE_AT.sub(" ", norm)) or _R45_STILL.search(_R33D_CAN_STILL.sub(" ", norm))
    if _R34F_LAUGH.search(norm) and not _NOT_JOKING.search(norm):
        rest = _r34f_joke_masked(norm)
        if rest != norm:
            dropped |= _r45_rest_clear(rest, cats)  # suicide too: 'nearly killed myself laughing 😭 anyway'
    info = _R33D_INFO_Q.search(norm) or _R34F_INFO_Q.search(norm)
    if not now and info and (_R33D_WELL_NOW.search(norm) or _R33D_GENERIC.search(norm) or _R34F_GENERIC.search(norm) or _R34F_SOURCE.search(norm)):
        rest = _r34f_info_masked(norm)
        if rest != norm:
            clear = _r33d_clear(rest, cats)
            # suicide asked about as a sign in others (a teacher's question), nobody's own state told
            if "suicide_self_harm" in cats and _R34F_ABOUT_OTHERS.search(norm) and not _R34F_SELF_STATE.search(rest) and not _still_suicidal(rest):
                clear.add("suicide_self_harm")
            dropped |= clear
    if "overdose_poisoning" in cats and _R34F_SPILLED.search(norm) and not _INGESTED.search(norm) and not _EV_INTENT.search(norm):
        dropped |= _r33d_clear(_r33d_masked(norm, _R34F_SPILLED), {"overdose_poisoning"})
    if "seizure" in cats and _R34F_TONGUE.search(norm) and not _R34F_FIT_WORDS.search(norm):
        dropped |= _r33d_clear(_R34F_TONGUE.sub(" ", norm), {"seizure"})
    if "anaphylaxis" in cats and _R34F_PEN_PRESCRIBED.search(norm) and not now:
        dropped |= _r33d_clear(_R34F_PEN_PRESCRIBED.sub(" ", norm), {"anaphylaxis"})
    if "seizure" in cats and _R34F_STARTLE.search(norm) and _R34F_WELL_BABY.search(norm) and not _R34F_STARTLE_KEEP.search(norm):
        dropped.add("seizure")
    if "suicide_self_harm" in cats and _SCAR_QUESTION.search(norm) and _R34F_HARM_CLEAN.search(norm):
        told = _R34F_PRACTICAL_WANT.sub(" , ", _R34F_HARM_CLEAN.sub(" , ", _ASKING_ABOUT.sub(" , ", norm)))
        told = _AGE_NOW.sub(" , ", told)
        raising = [c for c in _SENTENCE.split(told) if c.strip() and _still_suicidal(c)]
        if raising and not _CURRENT_INTENT.search(told) and all(
                _PAST.search(c) or _OLD_HARM.search(c) or _ZH_PAST_EVENT.search(c) or _R34F_WHEN_YOUNG.search(c) for c in raising):
            dropped.add("suicide_self_harm")
    if "infant_fever" in cats and _R34F_OLDER_NOW.search(norm) and _INFANT_THEN.search(norm) and not now and not _R34F_INFANT_KEEP.search(norm):
        dropped.add("infant_fever")
    if "infant_fever" in cats and _R34F_READING_Q.search(norm) and not _R34F_INFANT_KEEP.search(norm):
        temps = temperatures_told(norm)
        if all(t < 38.0 for t in temps):
            dropped.add("infant_fever")
    if "infant_fever" in cats and _R34F_THOUGHT.search(norm) and not _R34F_INFANT_KEEP.search(norm):
        temps = temperatures_told(norm)
        if temps and all(t < 37.5 for t in temps):
            dropped.add("infant_fever")
            if "burns" in cats and not _R34F_BURN_TOLD.search(norm):
                dropped.add("burns")
    if "pregnancy" in cats and _R34F_MOVING_NOW.search(norm) and not _R34F_PREG_KEEP.search(norm):
        weeks = [int(m.group("en") or m.group("zh")) for m in _R34F_GESTATION.finditer(norm)]
        if weeks and max(weeks) < 24:
            dropped.add("pregnancy")
    if "burns" in cats and _R34F_BRIEF_BURN.search(norm) and _R34F_NO_BLISTER.search(norm) and not _R34F_DEEP_LOOK.search(norm):
        dropped.add("burns")
    if "suicide_self_harm" in cats and _R34F_SPRAY_USE.search(norm) and not _EV_INTENT.search(norm) and not _lexicon("ACUTE_NOW").search(norm):
        dropped |= {"suicide_self_harm"} if not _still_suicidal(_R34F_SPRAY_USE.sub(" ", re.sub(r"农药|杀虫剂|除草剂|\b(pesticide|weedkiller|weed killer|insecticide)\b", " ", norm))) else set()
    return dropped


# Round 35z (blind55, Chinese rows): look-alikes read by the reason they are benign, never by a writer's phrase.
# (1) A condition's name asked as a definition ('anaphylaxis係咪即係好嚴重嘅敏感', '中风是不是就是脑梗', 'is sepsis the same
# as blood poisoning') with an information cue (纯粹想问, 做project / 功课用, the writer saying they have none of it):
# dropped only when the category is raised by its name alone, so a sign told beside it keeps it.
_R35Z_DEFINITION = re.compile(
    r"(?:" + _NAMED_CONCEPTS.pattern + r")\s*(是不是|系咪|系唔系|是否|算不算|算唔算)?(即系|即是|就是|等于|等如|指的是|是指|意思是|的意思)"
    r"|(?:" + _NAMED_CONCEPTS.pattern + r")\s*(是|系|即系)(什么|咩|啥|甚么)(意思|嚟|来的|病|东西)?"
    r"|\bis (?:" + _NAMED_CONCEPTS.pattern + r") (the same (thing )?as|just|basically|another (word|name) for)\b")
_R35Z_INFO_CUE = re.compile(
    r"(纯粹|单纯|只是|就是|就|只)(想)?(问|问下|问问|了解)|做(project|功课|作业|报告|presentation|assignment|essay|课业|功課)|(project|功课|作业|报告|assignment)(用|嘅|的)"
    r"|(我|自己|他|她)(并)?(没|没有|冇|唔系|不是)(敏感|过敏|事|病|中风|发作)|\b(for (a|my|our) (school )?(project|assignment|essay|homework|presentation)|just (curious|wondering|asking))\b")
# (2) Already in hospital and told stable ('上个礼拜已经送去hospital, 现在在ward休息, 医生说稳定了'), asking what a ward takes
# or when to visit: the emergency is in care. Dropped only for a category raised by its name alone.
_R35Z_IN_CARE = re.compile(
    r"(送|送了|送咗)(去|到|进|入)(了)?(医院|hospital|急诊|病房|ward)|住(了|咗)?院|入(了|咗)?院|留医|(在|喺)(医院|病房|ward|hospital)(里|度)?"
    r"|\b(admitted|in (the )?(hospital|ward))\b")
_R35Z_STABLE = re.compile(r"(已经|现在|情况|医生说|医生话)[^,.;:?!\n，。；：？！]{0,4}(稳定|脱离危险|冇危险|没有危险|好转)|稳定(了|咗|落来)"
                          r"|\b(is|are|now|been) (stable|out of danger|recovering)\b")
_R35Z_CARE_ASK = re.compile(r"病房|探病|探视|寄|送(些|一些|点|啲)?(东西|嘢|花|水果)|可以(收|带|送)|带(什么|咩|啥)|\b(visiting|gifts?|parcel|flowers|send (him|her|them))\b")
_R35Z_CARE_KEEP = re.compile(r"重症|抢救|病危|病重|插管|icu|\b(intensive care|critical|worse|again|deteriorat\w*)\b|又|恶化|突然|刚刚|刚才")
# (3) A young baby's temperature told and normal (36.0-37.4: 量体温三十六度九, 'temp 36.8'), no fever word and no unwell
# sign: a reading taken, not a fever.
_R35Z_FEVER_WORD = re.compile(r"发烧|发热|烧|烫|热|高温|\b(fever\w*|feverish|hot|high temp\w*|burning up|warm)\b")
# (4) Laughing 'to convulsions' (笑到抽搐, 笑得抽筋, 'laughed myself into a fit'): a figure of speech for laughter.
_R35Z_LAUGH_FIT = re.compile(r"(笑|乐)(到|得)(我|他|她|人|肚子)?(都|快|要|差点)?(全身|浑身|肚子)?(抽搐|抽筋|抽(?!血|烟)|岔气|断气)"
                             r"|\blaugh(ed|ing)? (myself |himself |herself )?(into|to) (a fit|fits|convulsions|a seizure|spasms)\b")
# (5) A blood sugar felt or guessed ('感觉血糖都要爆表了', 'my sugar must be off the charts') with nothing measured and the
# writer saying they have no diabetes: a figure of speech after sweet food or drink.
_R35Z_SUGAR_FEELING = re.compile(r"(感觉|觉得|估计|怕|肯定|应该)(我)?(的)?血糖(都|也)?(要|快|会|已经)?(爆表|爆|飙|飙升|超标|很高|好高)"
                                 r"|\b(feel like|feels like|i bet|must be|probably) my (blood )?sugar('s| is)? (through the roof|off the charts|sky ?high)\b")
_R35Z_NO_DIABETES = re.compile(r"(没|没有|冇|不是|唔系|无)(得)?(糖尿病|糖尿)|\b(not|no|never been) diabetic\b|\b(do not|does not) have diabetes\b")
_R35Z_MEASURED = re.compile(r"血糖仪|测|量|读数|验|\b(meter|reading|reads|tested|checked|mmol|mg/dl)\b|\d")


def _r35z_named_only(norm: str, cats: set[str]) -> set[str]:
    """The categories of `cats` the message raises at most by a condition's name."""
    return {c for c in cats if c != "suicide_self_harm" and _tr36_named_only(norm, c)}


def _r35z_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 35z (blind55): the families above."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if not cats:
        return dropped
    if _R35Z_DEFINITION.search(norm) and _R35Z_INFO_CUE.search(norm) and not _lexicon("ACUTE_NOW").search(norm):
        dropped |= _r35z_named_only(norm, cats)
    if (_R35Z_IN_CARE.search(norm) and _R35Z_STABLE.search(norm) and _R35Z_CARE_ASK.search(norm)
            and not _R35Z_CARE_KEEP.search(norm)):
        dropped |= _r35z_named_only(norm, cats)
    if "infant_fever" in cats and not _R35Z_FEVER_WORD.search(norm) and not _R34F_INFANT_KEEP.search(norm):
        temps = temperatures_told(norm)
        if temps and all(36.0 <= t < 37.5 for t in temps):  # a low reading in a young baby is no reassurance
            dropped.add("infant_fever")
    if _R35Z_LAUGH_FIT.search(norm):
        dropped |= _r45_rest_clear(_R35Z_LAUGH_FIT.sub(" , ", norm), cats & {"seizure", "breathing"})
    if "diabetic" in cats and _R35Z_SUGAR_FEELING.search(norm) and _R35Z_NO_DIABETES.search(norm):
        rest = _R35Z_SUGAR_FEELING.sub(" , ", norm)
        if not _R35Z_MEASURED.search(_R35Z_SUGAR_FEELING.sub(" ", rest)):
            dropped |= _r45_rest_clear(rest, {"diabetic"})
    return dropped


# Round 35e (blind55 look-alikes), each dropped by the reason it is benign and only when the rest of the message (the
# benign clause masked) raises the category no more:
# (1) fetal movements said to be normal now ('she is still moving loads, kicking away same as always'), told after any
#     worry about them and beside a question or a wish to understand: the writer asks how movements change, none slowed;
_R35E_MOVES_NORMAL = re.compile(
    r"\b(still|now|is|are|been) (moving|kicking|wriggling|rolling)( about| around| away)? (loads|lots|a lot|plenty|fine|normally|well|"
    r"loads and loads|like mad|as (usual|normal|much as (ever|always)|always))\b"
    r"|\b(?<!usually )(?<!normally )(?<!always )(moving|kicking|wriggling)( about| around| away)? (the )?same as (always|ever|usual|normal|before)\b"
    r"|(胎动|动得|踢得|郁得)(还是|仍然|依然|都)?(很多|好多|正常|跟平时一样|同平时一样|同以前一样)")
_R35E_MOVES_LESS = re.compile(r"\b(less|fewer|slow\w*|quiet\w*|not (moving|kicking|felt|feel)|barely|hardly|stopped|no movement\w*|nothing)\b"
                              r"|少了|变少|减少|不动|没动|冇郁|唔郁")
_R35E_MOVES_ASKED = re.compile(r"\b(moving|kicking|movements?|kicks?)\b.{0,20}\b(less|fewer|slow\w*|quiet\w*)\b"
                               r"|\b(move|moves|moving|kicks?|movements?) (feel |feels |felt |feeling |are |is |get |getting )?(different\w*|less|weaker|changed)\b"
                               r"|胎动(少|减少|变少|不同|唔同|有变化)")
_R35E_WANTS_TO_UNDERSTAND = re.compile(
    r"\b(is it normal|is that normal|is this normal|(just )?(want|wanting|wanted|trying) to (understand|know|learn)|curious|wondering|"
    r"(midwife|doctor|nurse|book|leaflet|app) (said|says|told)|what (does|do) (it|that) mean|why do (they|babies))\b|是不是正常|正常吗|想了解|想知道|点解")
# (2) self-harm asked about as support for someone else, told as past and better now ('she used to, 2 years ago, doing
#     so much better now; what to say if it comes up again'); any self-state or harm now keeps it;
_R35E_HELP_SOMEONE = re.compile(
    r"\bhow (do|can|should|would) (you|u|i|we|one|people) (help|support|talk to|approach|be there for)\b|\bwhat to say\b|\bhow to (help|support|talk to)\b"
    r"|(怎么|点样|如何)(帮|支持|安慰|陪|同佢倾|跟她说|跟他说)")
_R35E_SOMEONE = re.compile(r"\b(a |my |our |your |his |her )?(friend|mate|pal|bestie|best friend|sister|brother|daughter|son|cousin|partner|girlfriend|"
                           r"boyfriend|flatmate|roommate|colleague|student|teen|teenager|kid|child|someone|somebody|loved one)s?\b"
                           r"|朋友|同学|同事|女儿|儿子|家人|亲戚|孩子|细路")
_R35E_BETTER_NOW = re.compile(
    r"\b(is|are|has been|have been)( doing)? (so |much |a lot |loads |way )*(better|well|fine|good|ok|okay)( now| these days| since)?\b"
    r"|\bused to\b|\b(\d+|a|one|two|three|four|five|a few|several|many) (years?|yrs?|months?) ago\b|\b(stopped|quit) (self[- ]?harming|cutting|hurting)\b"
    r"|(已经|现在)(好(多|返|了)|冇再|没有再)|以前(会|有)")
_R35E_HARM_NOW = re.compile(r"\b(again now|started again|is (cutting|harming|hurting)|has (cut|hurt|harmed)|(today|tonight|right now|last night|this (morning|week))\b"
                            r"|fresh|bleeding|suicid\w*|kill (herself|himself|themselves)|wants? to die)\b|又(开始|割|伤)|今(日|天|晚)|而家")
# (3) a named sepsis told as a past stay with the person home and well now, asked about after-effects or whom to ask;
_R35E_NAMED_PAST = re.compile(
    r"\b(was|were|been|had|got)( \w+){0,4} (in (icu|intensive care|itu|hospital|the hospital)|admitted|treated)( \w+){0,3} (with|for) "
    r"(sepsis|septic\w*|blood poisoning|meningitis)( \w+){0,2} (last (year|month|summer|winter|spring|autumn)|(\d+|a|one|two|three|four|five|six|a few|several) (years?|months?|weeks?) ago|in (19|20)\d\d)\b"
    r"|\bhad (sepsis|blood poisoning|meningitis) (last (year|month)|(\d+|a|one|two|three|a few|several) (years?|months?) ago)\b"
    r"|(去年|上年|几个月前|[\d一二两三四五六七八九十]+(年|个月)(之)?前).{0,12}(败血症|脓毒症|血中毒)")
_R35E_WELL_HOME = re.compile(r"\b(now|is now|are now)( he is| she is| they are)? (at )?home( now)? and (well|fine|ok|okay|doing well|better|recovering)\b"
                             r"|\b(now|is now|are now)( \w+){0,2} (well|fine|recovered|better|back to normal)\b|\b(fully )?recovered\b"
                             r"|(现在|已经)(出院|回家|在家).{0,6}(好|没事|稳定)")
_R35E_SEPSIS_NOW = re.compile(r"\b(fever|temperature|shiver\w*|rigors?|confus\w*|drows\w*|mottled|blotchy|cold (hands|feet)|breath\w*|"
                              r"not (passed|peed|weed)|no (urine|pee|wee)|worse|again|today|tonight|right now|suddenly)\b|发烧|发热|发冷|又|今天|越来越")
# (4) a red line or mark said to be from a strap, band or seam pressing ('literally a mark from my bag strap'), with no
#     fever or wound: the lymphangitis question is answered by the writer;
_R35E_PRESSURE_MARK = re.compile(
    r"\b(just|only|literally|actually|really|simply) (a |the )?(red )?(mark|line|dent|imprint|indent|indentation|groove|pressure mark)s? "
    r"(from|off|left by|made by|where) (my|his|her|the|a|their) (\w+ )?(bag|strap|straps|sock|socks|watch|watch strap|bra|waistband|seat ?belt|"
    r"band|sleeve|cuff|belt|elastic|lanyard|backpack|rucksack|handbag|ring|bracelet|glove|shoe|boot|seam|pillow|sheet|blanket)\b"
    r"|(带|带子|袋|背带|手表|表带|袜|松紧带|腰带|安全带)(勒|压|印)(出来|出)?(的)?(印|痕|红印)")
_R35E_NO_FEVER = re.compile(r"\bno (fever|temperature|temp|cut|wound|pain|swelling)\b|\b(not|no) (hot|warm|sore|feverish)\b|(没|冇)(有)?(发烧|伤口|痛)")
# (5) chest muscles sore after exercise and sore when pressed (tender to touch): a strained muscle; a severe, spreading
#     or autonomic sign keeps it;
_R35E_MUSCLE_EXERCISE = re.compile(
    r"\b(chest|pec|pecs|pectoral\w*|rib) muscles?\b|\bmuscles? (in|across|around) (my|his|her|the) chest\b|\bpecs\b"
    r"|\b(after|from|since) (my |the |his |her |a |first |the first |yesterday's |last night's )?(\w+ ){0,2}(gym|workout|work out|training|session|push-?ups|press-?ups|bench\w*|"
    r"weights|lifting|boxing|rowing|climbing|pilates|crossfit|circuit\w*)\b|(练胸|健身|举重|俯卧撑|做运动|运动)(之)?后")
_R35E_TENDER = re.compile(
    r"\b(sore|hurts?|tender|painful|aches?|aching)( \w+){0,2} (when|if) (i|you|he|she|we|they) (press|push|touch|poke|prod)\w*\b"
    r"|\b(press|pressing|push|pushing|touch|touching|poke|poking|prod|prodding) (on )?(it|them|there|the spot|my chest|his chest|her chest)( \w+){0,2} (hurts?|makes it (worse|hurt)|is sore)\b"
    r"|一(按|压|摸)(就|都|会)?(痛|疼)|按(下去|落去)?(会)?(痛|疼)")
_R35E_CHEST_SEVERE = re.compile(
    r"\b(sweat\w*|clammy|grey|gray|pale|breath\w*|dizz\w*|faint\w*|light-?headed|sick|nause\w*|vomit\w*|jaw|left arm|neck|"
    r"spread\w*|radiat\w*|going down|went down|crushing|pressure|weight|heavy|heaviness|tight\w*|squeez\w*|palpitat\w*|racing|"
    r"collaps\w*|worst|severe|at rest|out of nowhere|suddenly)\b|出汗|冒汗|喘|气促|头晕|压|闷|紧|放射|左手|下巴")
# (6) a place or the weather called 'suffocating' or 'stifling' (the heat, the room, no air con): a figure of speech
#     when nobody's own breath is told.
_R35E_STIFLING_PLACE = re.compile(
    r"\b(the |this |that |it is |it was )?(heat|weather|humidity|room|ward|waiting room|waiting area|air|atmosphere|place|office|bus|train|"
    r"car|house|flat|corridor|lift|queue|crowd|smell|traffic|job|rules|silence|summer|day|it)( here| in here| in there| today)? (is|was|are|were|feels|felt|gets|got)"
    r"( so| really| absolutely| literally| just| pretty| a bit| kind of| quite)? (suffocating|stifling|choking|airless)\b"
    r"|\b(suffocating|stifling) (heat|weather|humidity|room|ward|air|atmosphere|place|office|day)\b|闷热|闷死(人|了)?|热(到|得)(透不过气|喘不过气|窒息)")
_R35E_OWN_BREATH = re.compile(r"\b(i|he|she|they|we|dad|mum|mom|baby|child|my \w+|his \w+|her \w+) (can not|could not|is struggling to|was struggling to|struggl\w*|"
                              r"is gasping|was gasping|gasp\w*|wheez\w*|is choking|was choking)( to)?( \w+){0,2} (breathe|breath|for (air|breath))?\b"
                              r"|\b(blue lips|lips (are |were |went |turned )?blue|short of breath|breathless|out of breath|inhaler|asthma)\b|喘不过气|透不过气|呼吸困难")


def _r35e_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 35e (blind55): the families above."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if not cats:
        return dropped
    if "pregnancy" in cats and _R35E_WANTS_TO_UNDERSTAND.search(norm):
        normal = list(_R35E_MOVES_NORMAL.finditer(norm))
        if normal:
            after = norm[normal[-1].end():]
            # the last word on the movements says they are normal: nothing slowed is told after it
            if not _R35E_MOVES_LESS.search(after) and not _PREGNANCY_NOW.search(norm):
                rest = _r33d_masked(norm, _R35E_MOVES_ASKED)
                dropped |= _r33d_clear(_r33d_masked(rest, _R35E_MOVES_NORMAL), {"pregnancy"})
    if ("suicide_self_harm" in cats and _R35E_HELP_SOMEONE.search(norm) and _R35E_BETTER_NOW.search(norm)
            and _R35E_SOMEONE.search(norm) and not _R35E_HARM_NOW.search(norm) and not _FIRST_PERSON_INTENT.search(norm)
            and not _CURRENT_INTENT.search(_R35E_BETTER_NOW.sub(" , ", re.sub(r"\b(i|we) (want|wanna|wanted) to (know|ask|understand|help|learn|say)\b", " ", norm)))):
        dropped.add("suicide_self_harm")
    if "sepsis" in cats and all(r.id.endswith(".named") for r in fired if r.category == "sepsis"):
        if _R35E_NAMED_PAST.search(norm) and _R35E_WELL_HOME.search(norm) and not _R35E_SEPSIS_NOW.search(norm):
            dropped.add("sepsis")
    looked = re.sub(r"\b(looked|look|checked|check|looking|checking) (at it )?again\b", " ", norm)
    if "sepsis" in cats and _R35E_PRESSURE_MARK.search(norm) and _R35E_NO_FEVER.search(norm) and not _R35E_SEPSIS_NOW.search(
            _R35E_NO_FEVER.sub(" ", looked)):
        dropped.add("sepsis")
    if "chest_pain" in cats and _R35E_MUSCLE_EXERCISE.search(norm) and _R35E_TENDER.search(norm) and not _R35E_CHEST_SEVERE.search(norm):
        dropped.add("chest_pain")
    if "breathing" in cats and _R35E_STIFLING_PLACE.search(norm) and not _R35E_OWN_BREATH.search(norm):
        dropped |= _r33d_clear(_R35E_STIFLING_PLACE.sub(" , ", norm), {"breathing"})
    return dropped


# Round 36z (blind56, Chinese rows): look-alikes read by the reason they are benign, each dropped only when the rest of
# the message (the benign piece masked) raises the category no more, so a sign told of someone now keeps it.
# (1) An information question for a purpose: what a source reported or showed (电视上讲, 電視劇中見, 閱報得知, 'saw on the
#     news'), a stranger's event witnessed and handled (看到一个司机...倒下), or signs listed as examples of a class (像软趴趴、
#     叫不醒这种, 如嘴唇发紫、说话不能成句等), asked with a purpose (好奇, 纯属求知, a course, an app, a checklist, a dashboard,
#     以防万一) or with everyone said well (家中各人安好, 他自己冇得事, 没有病人). The reported clause is masked up to the
#     end of its clause, the examples up to their class word; a category raised only by its name in the rest is dropped too.
_R36Z_BOUNDARY = re.compile(r"[,.;:!?\n，。；：！？]|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
_R36Z_SOURCE = re.compile(
    r"(电视剧|电视|电影|新闻|报纸|报章|报上|杂志|网上|网路|网络|书上|节目|视频|短片|广告|剧集|纪录片)(上|里|中|入面|度)?(讲|说|话|写|播|见|看到|见到|演|提到|介绍)"
    r"|(阅报|看报|读报|睇报)(得知|知道|看到|见到)?|(看|睇)(新闻|电视|报纸)(得知|知道|看到|见到)"
    r"|(看到|见到|看见|睇到|目睹)(了)?(一个|一位|有个|有位|有人)(?!(小孩|孩子|宝宝|婴儿|我|自己))"
    r"|\b(on (the )?(tv|telly|news|radio)|in (a|the) (drama|show|film|movie|series|documentary|article|paper)|"
    r"(saw|watched|read) (a|an|the|some) (show|drama|film|movie|series|article|documentary|report|stranger|man|woman))\b")
_R36Z_EXAMPLES = re.compile(
    r"(?<![\u3400-\u9fff])(像是|像|如|例如|比如|譬如|诸如)[^,.;:!?\n，。；：！？]{1,30}?(这种|这类|这些|那种|那类|之类|等等|等)"
    r"|\b(such as|e\.g\.)[^.;:!?\n]{1,60}")
_R36Z_PURPOSE = re.compile(
    r"好奇|求知|纯研究|研究用|做研究|学术|纯粹(想)?(了解|知道|问)|想(学|了解|知道)|学(一下)?[^,，。]{0,8}(测试|方法|急救)|课程|\bcourse\b"
    r"|\bapp\b|checklist|清单|dashboard|side project|\bproject\b|参考|引用|\bcite\b|reference|guideline|指引|指南|文献|论文|以防万一|常备|备用"
    r"|\b(curious|just wondering|research|for (a|my|our) (project|course|class|app|website))\b")
_R36Z_NOBODY_ILL = re.compile(
    r"(家中|家里|家人|各人|大家|全家)[^,，。]{0,4}(安好|都好|没事|平安|健康)|(他|她|我)(自己)?(冇得事|没得事|没事|冇事|没有事|好得很|好好的)"
    r"|没有病人|冇病人|(现|现在|目前)(情况)?稳定|\b(no patients?|nobody (is )?(ill|sick|unwell)|everyone is (fine|well))\b")


def _r36z_masked(norm: str, pattern: re.Pattern, to_clause_end: bool) -> str:
    """`norm` with each match of `pattern` blanked (to the end of its clause when `to_clause_end`)."""
    out = norm
    for m in pattern.finditer(norm):
        end = m.end()
        if to_clause_end:
            cut = _R36Z_BOUNDARY.search(norm, m.end())
            end = cut.start() if cut else len(norm)
        out = out[:m.start()] + " " * (end - m.start()) + out[end:]
    return out


def _r36z_info_rest(norm: str) -> str | None:
    """The message with its reported and example pieces masked, when it is an information question for a purpose or
    with everyone said well; None otherwise."""
    if not (_R36Z_PURPOSE.search(norm) or _R36Z_NOBODY_ILL.search(norm)):
        return None
    rest = _r36z_masked(_r36z_masked(norm, _R36Z_SOURCE, True), _R36Z_EXAMPLES, False)
    if rest == norm or _lexicon("ACUTE_NOW").search(rest):
        return None
    return rest


# (2) A condition named as a risk or a history (中风风险, 'stroke risk', 先父中风离世) by someone who says they have no
#     symptom now (并无任何不适, 现在完全没症状): dropped only when the category is raised by its name alone.
_R36Z_NAME_AS_RISK = re.compile(
    r"(?:" + _NAMED_CONCEPTS.pattern + r")\s*(的)?\s*(风险|risk|机率|几率|概率|评估|筛查|预防|病史|家族史|离世|去世|过世|病逝)"
    r"|(增加|提高|降低|减少|预防|筛查|评估)[^,，。]{0,4}(?:" + _NAMED_CONCEPTS.pattern + r")"
    r"|\b(risk|chance)s? of (a |an )?(?:" + _NAMED_CONCEPTS.pattern + r")")
_R36Z_NO_SYMPTOM = re.compile(
    r"(没|没有|无|并无|冇|毫无)(任何)?(症状|不适|不舒服|异样)|(身体|身子)(尚|都|还|很|一向)?(健|健康|好好|壮)|(一切|都|完全)正常"
    r"|\bno symptoms\b|\bsymptom-?free\b|\b(feel|feels|feeling) (perfectly )?(fine|well)\b")
# (3) A past event already seen by a doctor or a vet and well now (上个月...当时doctor已经看过...现在ok了; 狗狗昨天被叮...
#     已经带去vet打针了, 现在好了): the stretch from the past time to the 'well now' is masked. Self-harm and an overdose are
#     never taken back this way; again, still or a sign now after it keeps the category.
_R36Z_PAST_TIME = re.compile(
    r"上(个)?月|上(个)?(星期|礼拜|周)|昨天|昨日|前天|前几天|早几天|几天前|[\d一二两三四五六七八九十几]+(天|日|个星期|个礼拜|周|个月|年)(之)?前|去年"
    r"|\b(last (week|month|year|night)|(\d+|a|two|three|few|a few) (days|weeks|months) ago|yesterday)\b")
_R36Z_SEEN = re.compile(
    r"(医生|doctor|vet|兽医|医院|诊所|clinic|急诊|hospital|gp)[^,，。]{0,6}(看过|看了|检查过|处理过|打针|打了针|说没事|讲没事|话没事)"
    r"|(带|送)(了|咗)?(去|到)[^,，。]{0,8}(看|打针|vet|兽医|医院|诊所|doctor|医生)|已经看过|看过医生|睇过医生"
    r"|\b(seen|checked|treated) (by|at) (a |the )?(doctor|gp|vet|hospital|a&e)\b|\b(doctor|gp|midwife|vet|hospital) (checked|saw|treated|examined|scanned)\b")
_R36Z_WELL_NOW = re.compile(
    r"现在\s*(已经)?(都)?\s*(ok|好了|没事|都好|正常|稳定|好返|冇事)|(已经|都)(好了|没事了|ok\s*了)|\b(fine|ok|okay|well|better) now\b|\bnow (fine|ok|okay|well|better)\b")
_R36Z_AGAIN = re.compile(r"又|再次|还在|仍然|依然|越来越|刚才|刚刚|\b(again|still|right now|just now)\b")
# (4) Head signs denied with 不会 ('不会晕不会吐': does not), and blood thinners denied (没有吃什么 blood thinner)
_R36Z_DENIED_HEAD = re.compile(
    r"(不会|唔会|没有|没|冇|无|也不|也没有?)(再)?(晕|吐|呕|呕吐|头痛|头疼|昏|想睡|嗜睡)"
    r"|(没有?|冇|无|不)(在)?(吃|服|用|食)(什么|任何|咩)?[^,，。]{0,12}(blood thinners?|anticoagulants?|薄血药|抗凝(血)?药|华法林|阿司匹林|warfarin|aspirin)")
# (5) A figure of speech taken back: a sentence with laughter and 不是真的 ('被这个report搞到喘不过气来 lah 哈哈，不是真的啦')
#     naming no real severe sign; a task that makes one 'want to die' (表格填得我想死的心都有: the exasperation idiom, a
#     cause told with 得/到, never life itself), with a practical question and nothing else suicidal.
_R36Z_TAKEN_BACK = re.compile(r"(哈哈|呵呵|嘿嘿|\blol\b|\bhaha\w*)[^。！？!?\n]{0,12}(不是真的|唔系真的|不是认真的|讲笑|开玩笑|\bnot really\b|\bnot literally\b)")
_R36Z_VEXED_DEATH = re.compile(r"(?<!活)(?<!生活)(?<!日子过)(?<!病)(?<!痛)(?<!折磨)[\u3400-\u9fff]{1,3}(得|到)(我|人|他|她)?(都)?想死(的|嘅)心都有")
_R36Z_PRACTICAL_ASK = re.compile(r"(想|就想)?问(下|一下|问)?|请问|去哪里|在哪|哪里拿|怎么(办|拿|填|交)|几点|\?|？")
# (6) Suicide in a show (Netflix, a drama, a film: 里面那个女生自杀), the writer denying any intent of their own (不是我要做
#     什么, 我不会做傻事) and asking where to talk (a hotline): support wanted, calm only when nothing suicidal is told.
_R36Z_SHOW = re.compile(r"netflix|disney|hbo|youtube|电视剧|连续剧|美剧|韩剧|日剧|剧集|电影|纪录片|小说|动漫|里面(那个|的)?(女生|男生|女孩|男孩|角色|人物|主角)"
                        r"|\b(show|series|drama|movie|film|documentary|episode|novel)\b")
_R36Z_NO_INTENT = re.compile(r"不是(我|他|她)(要|想)(做|干)(什么|啥|傻事)|(我|他|她)(说)?(她|他)?(不会|唔会|没有想|没想)(做|去)?(傻事|什么|伤害自己|自杀)|我没(有)?(要|想)(做|自杀|轻生)"
                             r"|\bnot that i (am|was|will|would) (going to )?(do|doing) anything\b|\bi (am|will) not (going to )?(do|doing) anything\b")
_R36Z_TALK_ASK = re.compile(r"hotline|helpline|热线|聊(聊|一下|天)|倾诉|倾偈|找人(聊|讲|说|倾)|辅导|\b(someone to talk to|talk to someone)\b")


def _r36z_taken_back_masked(sentence: str) -> str:
    """A sentence with its part up to the end of the clause that takes it back blanked; a clause after it ('不过我现在
    真的喘不过气') is kept, and so is a sentence whose taken-back part names a real severe sign."""
    m = _R36Z_TAKEN_BACK.search(sentence)
    if not m:
        return sentence
    cut = re.search(r"[,，、;；]", sentence[m.end():])
    end = m.end() + cut.start() if cut else len(sentence)
    if _R34F_REAL.search(sentence[:end]):
        return sentence
    return " , " + sentence[end:]


# round 38l (lead's notes): a past event checked by a doctor and well since, then a new severe sign TODAY that is only
# partly better ('last month a stent, doctor checked him, fine since. today chest pain and cold sweat, a bit better
# now'; 上个月放了支架，医生检查过。今天胸口剧痛出冷汗，现在好了点) was masked as one settled story from the past time to the
# well-now words. Partial improvement (a bit better, 好了点, 好一点, 好些) is not well now, and a time of today told after
# the doctor's clause starts a new event the mask must not swallow.
_R38L_PARTIAL_BEFORE = re.compile(r"\b(a (little )?bit|a little|bit|little|slightly|somewhat|kind of|sort of|a touch|abit|a tad|tad)\s*$")
_R38L_PARTIAL_AFTER = re.compile(r"^\s*(一)?(点|些|一些|少少|啲|一点点)")
_R38L_TODAY = re.compile(r"\b(today|tonight|this (morning|afternoon|evening)|just now|earlier today|an hour ago|(\d+|a few|two|three) (hours?|minutes?|mins?) ago)\b"
                         r"|今天|今日|今晚|今早|今朝|今天早上|刚才|刚刚|头先|一个钟头前|(几|[一二两三四五\d])个?(小时|钟头|分钟)前")


def _r38l_partial(norm: str, m: re.Match) -> bool:
    """Round 38l: a well-now match that is only partial improvement ('a bit better now', 现在好了点)."""
    return bool(_R38L_PARTIAL_BEFORE.search(norm[:m.start()]) or _R38L_PARTIAL_AFTER.search(norm[m.end():m.end() + 4]))


def _r38l_new_event_today(norm: str, past_start: int, well_start: int) -> bool:
    """Round 38l: a time of today after the doctor's clause, before the well-now words: a new event, not the old one."""
    seen = _R36Z_SEEN.search(norm, past_start, well_start)
    if not seen:
        return False
    between = norm[seen.end():well_start]
    cut = re.search(r"[,.;!?\n，。；！？]", between)
    return bool(cut and _R38L_TODAY.search(between[cut.end():]))


def _r36z_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 36z (blind56): the families above."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if not cats:
        return dropped
    rest = _r36z_info_rest(norm)
    if rest is not None:
        clear = _r33d_clear(rest, cats)
        if _R36Z_PURPOSE.search(norm):
            clear |= _r35z_named_only(rest, cats - clear)
        dropped |= clear
    elif _R36Z_PURPOSE.search(norm) and _R36Z_NOBODY_ILL.search(norm) and not _lexicon("ACUTE_NOW").search(norm):
        dropped |= _r35z_named_only(norm, cats)  # a named condition for a project, nobody ill ('sepsis dashboard')
    if _R36Z_NAME_AS_RISK.search(norm) and _R36Z_NO_SYMPTOM.search(norm) and not _lexicon("ACUTE_NOW").search(norm):
        dropped |= _r35z_named_only(norm, cats)
    past = _R36Z_PAST_TIME.search(norm)
    if past:
        well = [m for m in _R36Z_WELL_NOW.finditer(norm) if m.start() > past.start()]
        well = [m for m in well if not _r38l_partial(norm, m)]  # round 38l: 'a bit better now' is not over
        start = max([b.end() for b in re.finditer(r"[.!?\n。！？]", norm[:past.start()])], default=0)
        if well and well[-1].end() - start <= 120 and _R36Z_SEEN.search(norm, past.start(), well[-1].end()):
            masked = norm[:start] + " , " + norm[well[-1].end():]
            if not _R36Z_AGAIN.search(masked) and not _r38l_new_event_today(norm, past.start(), well[-1].start()):
                dropped |= _r33d_clear(masked, cats - {"overdose_poisoning"})
    if "head_injury" in cats and _R36Z_DENIED_HEAD.search(norm):
        denied = _R36Z_DENIED_HEAD.sub(" , ", norm)
        # a bump with its red flags denied is self-care (the urgent knock goes too); so is what only the denied words
        # raised elsewhere ('不会吐 ... 没有吃薄血药' read as vomiting blood)
        dropped |= {c for c in cats - {"suicide_self_harm", "overdose_poisoning"} if not _r44_still_emergency(denied, c)}
    if _R36Z_TAKEN_BACK.search(norm) and not _NOT_JOKING.search(norm):
        sentences = [m.group(0) for m in _TR36_SENTENCE.finditer(norm) if m.group(0)]
        masked = "".join(_r36z_taken_back_masked(s) for s in sentences)
        if masked != norm:
            dropped |= _r45_rest_clear(masked, cats)
    if "suicide_self_harm" in cats and _R36Z_VEXED_DEATH.search(norm) and _R36Z_PRACTICAL_ASK.search(norm) and not _NOT_JOKING.search(norm):
        if not _still_suicidal(_R36Z_VEXED_DEATH.sub(" , ", norm)):
            dropped.add("suicide_self_harm")
    if ("suicide_self_harm" in cats and _R36Z_SHOW.search(norm) and _R36Z_NO_INTENT.search(norm) and _R36Z_TALK_ASK.search(norm)
            and not _FIRST_PERSON_INTENT.search(norm)):
        shown = "".join(" , " if _R36Z_SHOW.search(c) else c for c in re.findall(r"[^,.;:!?\n，。；：！？]+|[,.;:!?\n，。；：！？]+", norm))
        if not _still_suicidal(_R36Z_NO_INTENT.sub(" , ", shown)):
            dropped.add("suicide_self_harm")
    return dropped


# Round 36e (blind56, English rows). Three look-alike families, each dropping a category only when the rest of the
# message, with the benign piece blanked, raises it no more (`_r45_rest_clear`):
# (1) an information question asked for a stated purpose (a school project, essay or report, a first-aid course, a TV
# programme watched, work experience, a booklet) about a condition's signs or what a word means, with nobody unwell
# said. The purpose and question clauses are blanked, with the clauses after them in their sentence until one names a
# person ('for a school project... but actually my brother is blue and not breathing' keeps the brother's clause), and a
# question sentence naming nobody ('the F is face drooping?'); a sign told of someone now stays, and a case told as
# happening now ('right now', 'has just collapsed', 'but actually') keeps every flag (_R36E_CASE_NOW).
_R36E_PURPOSE = re.compile(
    r"\b(school|college|uni|university|class|science|biology|health|pshe|gcse|a-?level) (project|essay|report|assignment|presentation|poster|homework)\b"
    r"|\b(project|essay|report|assignment|presentation|dissertation|coursework|homework)s? (on|about)\b|\bcoursework\b"
    r"|\bfirst[- ]aid (course|training|class|certificate|exam|test|qualification)\b|\b(paediatric|pediatric) first[- ]aid\b"
    r"|\bfor (his|her|my|their|the|a) (course|training|exam|nvq|qualification|placement|class|job interview)\b|\bwork experience\b"
    r"|\b(in|from) (the|a|her|his|my|our) (booklet|leaflet|pamphlet|handbook|textbook|antenatal class)\b|\b(booklet|leaflet|pamphlet) (says|said|talks about|mentions)\b"
    r"|\bthey talk about in the (booklet|leaflet|class)\b"
    r"|\bwatch(ing|in|ed)?\b[^.,;!?]{0,40}\b(last night|on (the )?(tv|telly)|programme|episode|series|soap|documentary|film|movie|show)\b"
    r"|\b(asking|askin|ask|asked) (for|out of) (my|me|his|her|our) own (knowledge|interest|curiosity)\b|\b(just )?out of (curiosity|interest)\b"
    r"|(学校|课堂)的?(作业|功课|报告|课题|专题|项目)|写(作业|报告|论文)|急救(课|培训|课程|考试|证)|(电视|剧集|节目|纪录片)(里|上|中|入面)")
_R36E_INFO_ASK = re.compile(
    r"\b(wants?|wanted|would like|needs?|asked|asking|trying) to (know|find out|understand|learn)\b"
    r"|\bwhat (are|is|were) the (\w+ ){0,2}(signs|symptoms|red flags)\b|\bwhat the (\w+ ){0,2}(signs|symptoms) (are|were|is)\b"
    r"|\b(which|what) are the (\w+ ){0,3}(signs|symptoms)\b|\b(warning|danger|early) signs\b"
    r"|\bwhat (does|do|did) (\w+ ){1,3}(mean|stand for|look like)\b|\bwhat (is|are) the [a-z]\b|\bhow does (that|it|this|the \w+( \w+)?) work\b"
    r"|\bwhen should (you|one|people|parents|we|i) (worry|be worried|call|go)\b|\bwhat to do (if|when)\b|\bwhat (should|do|would) you do (if|when)\b"
    r"|想(知道|了解)|(有)?(什么|哪些|啲乜)(症状|征兆|迹象|危险信号|表现|警号)|是什么意思|代表什么|点样(知|分)|应该点做|该怎么做")
_R36E_NOBODY_ILL = re.compile(
    r"\b(nobody|no one|no-one|none of us)( \w+){0,4} (is|are|has been|was|were|got|gets) (ill|sick|unwell|poorly|hurt|affected)\b"
    r"|\b(nobody|no one|no-one) (has|have|had) (swallowed|taken|drunk|eaten|had|done) (anything|any)\b"
    r"|\b(we are|everyone is|everybody is|they are) (all )?(well|fine|ok|okay|healthy)( here| at home)?\b"
    r"|\b(nothing|nowt|naught) (is )?wrong with (any of |anyone|anybody|us|them|him|her|ours)"
    r"|\b(she|he|i|they) (is|are|am) (absolutely |totally |perfectly |all )?(fine|well|healthy)( herself| himself| themselves| myself)?\b"
    r"|没有人(生病|不舒服|有事|吞|吃|喝)|冇人(病|唔舒服|有事)|大家都(很|好)?(好|没事|冇事|健康)|(他|她|我)(本人|自己)?(没事|冇事|很好|好好的|健健康康)")
_R36E_SOMEONE_NOW = re.compile(
    r"\b(i|he|she|they|we|my|his|her|our|their|someone|somebody|a (man|woman|lad|girl|boy|child|kid|baby|person))\b"
    r"|我|他|她|佢|有人|宝宝|孩子|儿子|女儿|老公|老婆|爸|妈")
# a case happening now told beside the purpose: the purpose never silences it
_R36E_CASE_NOW = re.compile(r"\b(right now|just now|suddenly|all of a sudden|as we speak|at the moment|but actually|actually (he|she|my|i|his|her|our)|"
                            r"(has|have|had) just|collapsed|not breathing|unconscious|unresponsive)\b|刚刚|刚才|突然|而家|现在|宜家")
_R36E_QUESTION = re.compile(r"[^.!?。！？\n]*[?？]")


def _r36e_info_masked(norm: str) -> str:
    """The message with its purpose, information-question and nobody-ill clauses blanked (and the clauses after them in
    their sentence until one names a person), and each question sentence that names nobody."""
    masked = _r45_masked(norm, re.compile(_R36E_PURPOSE.pattern + "|" + _R36E_INFO_ASK.pattern + "|" + _R33D_INFO_Q.pattern),
                         follow=_R36E_SOMEONE_NOW)
    masked = _r45_masked(masked, _R36E_NOBODY_ILL)

    def blank(m: re.Match) -> str:
        asked = _R33D_ASKING_WORDS.sub(" ", m.group(0))
        return m.group(0) if _R36E_SOMEONE_NOW.search(asked) else " " * len(m.group(0))
    return _R36E_QUESTION.sub(blank, masked)


# (2) an event told with its date, over and well now or treated: 'he had his stroke in the summer ... that's how it's
# been since, nothing new'; 'in there with a fever when she was five weeks, three months now and champion'; 'fainted
# once last year when she saw blood, she's fine'; 'floppy with a high fever back in January, all good now'; 'on the
# heart ward after his chest pain on Sunday, they put a stent in, he's bored'. The dated clauses and those saying a
# lasting deficit is unchanged are blanked; nothing may be said to happen again or now, and harm to oneself or a named
# substance taken is never told away as past (T33's rule).
_R36E_PAST_DATED = re.compile(
    r"\b(in|over|during) the (summer|winter|spring|autumn|holidays)\b|\blast (yr|year|summer|winter|spring|autumn|month|christmas|easter|term)\b"
    r"|\b(back )?in (january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\b(on|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\bwhen (he|she|they|i|we) (was|were) (\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(days?|weeks?|months?)( old)?\b"
    r"|\b(\d+|a|one|two|three|four|five|six|a few|several) (weeks|months|years|yrs) ago\b"
    r"|去年|上个?月|上年|前年|(几|两|三)个?月前|(几|两|三)年前|(暑假|寒假|夏天|冬天)(的时候|嗰阵)")
_R36E_WELL_OR_TREATED = re.compile(
    r"\b(is|are|am|all|everything is|doing)( absolutely| totally| perfectly| completely)? (good|fine|well|ok|okay|great|champion|grand|thriving)( now)?\b"
    r"|\b(fine|well|ok|okay|good|better|recovered|champion|thriving) now\b|\bnow (an |and )?(fine|well|champion|thriving|healthy)\b"
    r"|\b(nothing|nowt|owt) new\b|\bno change\b|\b(that is|that has been|it is been|it has been) how (it|he|she) (is|has|has been)( been)?( ever)? since\b"
    r"|\b(stent|stents) (put )?in\b|\bput a stent in\b|\b(is|am|are|says (he|she) is|said (he|she) was) bored\b"
    r"|(现在|而家|已经)(都)?(好|没事|冇事|康复|好返|正常)(了|晒|咗)?|已经(出院|治好|好了)|没(有)?(再|复发)")
# a lasting deficit told as unchanged since the event ('still weak but nothing new', 'that's how it's been since')
_R36E_UNCHANGED = re.compile(r"\b(nothing|nowt|owt) new\b|\bno (change|different|worse)\b|\b(that is|that has been|it is been|it has been) how (it|he|she) (is|has|has been)( been)?( ever)? since\b"
                             r"|(跟|同|和)(以前|之前|中风后|出院后)一样|没有(变化|新的)|冇(变|新)")
_R36E_AGAIN_NOW = re.compile(
    r"\b(again|another (one|episode|attack|fit|bleed)|back again|getting worse|worse (now|today)|suddenly|right now|just now|at the moment|"
    r"today|tonight|this (morning|afternoon|evening)|since (this morning|last night|yesterday)|new (weakness|numbness|symptoms?|pain))\b"
    r"|又|再次|复发|今天|今日|今晚|刚才|突然|而家.{0,3}(又|开始)")


# (3) a figure of speech: a cost, a place or a person 'giving me chest pains' / 'a heart attack', with a marker (I swear,
# a price, lol), and no chest sign told besides
_R36E_FIGURE = re.compile(
    r"\b(givin|giving|gives|gave|give|gonna give|going to give)( \w+)? (me|my|him|her|us|them)( \w+)? (chest pains?|a heart attack|heart attacks|palpitations|a coronary|heart failure)\b"
    r"|(搞到|激到|气到|贵到|搞得|激得|气得)(我|人)?(心口|胸口)(都)?(痛|疼|翳)")
_R36E_FIGURE_MARK = re.compile(
    r"\b(i swear|swear down|honestly|lol|lmao|haha\w*|omg|quid|pounds?|dollars?|parking|parkin|car park|prices?|bills?|fees?|charges?|queues?|traffic|boss|kids|council)\b"
    r"|[£$€]\s?\d|\b\d+ (quid|pounds|dollars|euros)\b|哈哈|笑死|停车|泊车|车位|收费|价钱|贵")
_R36E_CHEST_SIGN = re.compile(
    r"\b(crushing|tight\w*|pressure|squeez\w*|heavy|heaviness|left arm|jaw|sweat\w*|clammy|breathless|short of breath|can not breathe|"
    r"dizzy|faint\w*|radiat\w*|spread\w*|real(ly)? (pain|hurts)|actual (pain|chest pain)|no joke|not joking|seriously though)\b"
    r"|压|紧|闷|冒汗|出汗|左手|下巴|喘|晕|真系痛|真的痛")


def _r36e_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 36e (blind56): the families above."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if not cats:
        return dropped
    if (_R36E_PURPOSE.search(norm) and (_R36E_INFO_ASK.search(norm) or _R33D_INFO_Q.search(norm)) and _R36E_NOBODY_ILL.search(norm)
            and not _R36E_CASE_NOW.search(norm)):
        dropped |= _r45_rest_clear(_r36e_info_masked(norm), cats)
    if _R36E_PAST_DATED.search(norm) and _R36E_WELL_OR_TREATED.search(norm) and not _R36E_AGAIN_NOW.search(norm):
        # harm to oneself and a substance taken are never told away as past (T33's rule): an overdose read by the
        # learned net alone, with no substance named, is no overdose to keep
        never = {"suicide_self_harm"}
        if (any(r.category == "overdose_poisoning" and not r.id.startswith("learned.") for r in fired)
                or _lexicon("SUBSTANCE").search(norm) or _lexicon("CAUSTIC").search(norm)):
            never.add("overdose_poisoning")
        rest = _r45_masked(_r45_masked(norm, _R36E_PAST_DATED), _R36E_UNCHANGED)
        dropped |= _r45_rest_clear(rest, cats - dropped - never)
    if "chest_pain" in cats and _R36E_FIGURE.search(norm) and _R36E_FIGURE_MARK.search(norm) and not _R36E_CHEST_SIGN.search(norm):
        dropped |= _r45_rest_clear(_r45_masked(norm, _R36E_FIGURE), {"chest_pain"})
    return dropped


# Round 37z (blind57, Chinese rows in dialect and learners' Chinese). Look-alikes read by the reason they are benign,
# each dropping a category only when the rest of the message, the benign pieces blanked clause by clause (clauses end
# at punctuation or at a space between Chinese characters, as chat writes them), raises it no more (`_r45_rest_clear`).
# (1) Fiction, news or a video watched, or an information question for a purpose (a report, a school project, 科普,
#     curiosity): the clause naming the show and the clauses after it until one names the writer or their people
#     (里面的人物突然不能呼吸 is a character), and each question clause naming none of them (中风的人都会嘴歪吗, 胸痛会痛到
#     手吗, 烧伤很严重的人一般要住院多长时间) are blanked; a category left only by its name is dropped too.
# (2) An animal stung or ill, seen by a vet and well (狗狗被蜜蜂叮到嘴巴肿 兽医看过了 现在消了): the animal's clauses are
#     blanked likewise, and the general question about people.
# Neither family runs when the message asks for help now (怎么办, 要不要去急诊), and a sign told of the writer or their
# people in what is left keeps its category.
# round 38z (blind58): an emoji or a hashtag ends a clause as punctuation does (social-media posts put one where a comma goes:
# '给我吓一跳😱 那孕妇见红一般是什么原因啊')
_R38Z_EMOJI = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200d#"
_R37Z_SPLIT = re.compile(r"[^,.;:!?\n，。；：！？()（）" + _R38Z_EMOJI + r"]+?(?=[,.;:!?\n，。；：！？()（）" + _R38Z_EMOJI + r"]|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])|$)")
# (Chinese only: the English shows are read by round 36e, and 'air show', 'dog show', 'the TV remote' are places and
# things; 跟她视频 is a video call)
_R37Z_SHOW = re.compile(r"电视剧|连续剧|韩剧|日剧|美剧|港剧|剧集|电影|新闻|纪录片|科普|(?<![跟和与同打开])视频(?!通话|电话|聊天)|节目|小说|动画|动漫"
                        # round 38z (blind58): a show named by its kind alone (看一部剧, 追剧, 综艺), or in English inside a Chinese message
                        r"|(看|追|刷|睇)[^,，。 ]{0,4}(?<![加急])剧(?![烈痛增毒])|泰剧|国产剧|综艺|真人秀|(?<=[\u4e00-\u9fff] )\b(k-?)?drama\b"
                        # round 39z (blind59a/b): a cartoon (日本卡通, 动画片), Netflix, a film by its Cantonese measure (睇咗套戏)
                        r"|卡通|动画片|番剧|漫画|\bnetflix\b|(看|睇|观看|观赏)(了|咗|完)?(一)?(套|部|出)(戏|片|电影)")
_R37Z_PURPOSE = re.compile(r"(写|做|交)[^,，。]{0,8}(报告|作业|功课|论文|课题|专题|项目|简报)|\b(school|class|science|health) (project|report|essay|assignment)\b"
                           r"|好奇|只是想知道|就是想知道|纯粹想(了解|知道)|就是想问问|只是想问问|科普|学中文"
                           r"|(这|那)(是|个是)?真的吗|现实(中|里|生活中)"
                           r"|(写|做|交)[^,，。]{0,8}作文|作文(要用|用的|素材)")  # round 39z (blind59a): a child's composition
_R37Z_OWN = re.compile(r"\b(i|i'm|im|me|my|we|our|us|myself)\b|我|自己|咱|本人|家里|屋企|(?<![的人])(儿子|女儿|孩子|宝宝|老公|老婆|爸|妈|爷|奶|外公|外婆|阿嬷|阿公|祖母|祖父|孙|弟|妹|哥|姐|男朋友|女朋友|朋友|同事|同学)")
_R37Z_QUESTION = re.compile(r"吗|什么|哪些|多久|多长|是不是|会不会|有没有|怎样|怎么|几天|为什么|[?？]")
_R37Z_HELP_NOW = re.compile(r"怎么办|点算|该(做|怎么)|怎么(做|处理)|急诊|救护车|120|999|救命|要不要(去|送|叫|看)|要去(医院|病院)吗|\b(what (should|do) (i|we) do|help)\b")
_R37Z_ANIMAL = re.compile(r"(狗狗|小狗|狗|猫咪|小猫|猫|宠物|兔子|仓鼠|鹦鹉|\b(dog|puppy|cat|kitten|pet|rabbit)\b)")
_R37Z_VET = re.compile(r"兽医|动物(医院|病院)|宠物(医院|诊所)|\bvets?\b")
# the animal as the patient (stung, bitten, ate something, its face swollen; 它 = it), and a visit to the vet with it; a
# pet clinic's front desk ('宠物医院前台') is a workplace, not a patient
_R37Z_ANIMAL_CASE = re.compile(r"(狗狗|小狗|狗|猫咪|小猫|猫|宠物|兔子|仓鼠|鹦鹉)(?!医院|诊所|店)[^,，。]{0,6}(被|给|让)?[^,，。]{0,4}(叮|蛰|咬|吃|舔|误食|生病|病了|肿|吐|抽|中毒)"
                               r"|它|牠|\b(it|she|he) (got|was) (stung|bitten)\b|\b(dog|puppy|cat|kitten|pet|rabbit) (got |was )?(stung|bitten|ate|swallowed|swelled)")
_R37Z_VET_VISIT = re.compile(r"(兽医|动物(医院|病院)|宠物(医院|诊所))(?!前台|上班|工作)[^,，。]{0,6}(看|打针|打了针|处理|检查)|(带|送)[^,，。]{0,4}(去|到)[^,，。]{0,4}(兽医|动物(医院|病院)|宠物(医院|诊所))"
                             r"|\bvets?\b[^.,;]{0,30}\b(gave|saw|checked|treated|injection|shot|jab)")
# round 38z (blind58): the pet as the subject of its clause ('我们家的猫前几天败血症住院', '我的 dog 今天被 bee 叮到',
# '我家狗狗昨天晚上呼吸急促'), and the vet told in a Chinese message ('vet 已经看过打针了', '兽医说已经控制住了')
_R38Z_ANIMAL_SUBJECT = re.compile(r"\s*(我|我们|我家|我们家|家里|朋友|邻居|隔壁)?(的)?\s*(只|条|个)?\s*(狗狗|小狗|狗|猫咪|小猫|猫|宠物|兔子|仓鼠|鹦鹉|(dog|puppy|cat|kitten|pet|rabbit)(?![a-z]))(?!医院|诊所|店|粮|砂)"
                                  r"|\s*(兽医|\bvets?\b)\s*(说|讲|已经|有|也)")
# a general question about people (人如果..., 人中暑以后..., 一般人...)
_R38Z_PEOPLE_GENERAL = re.compile(r"\s*(那|那么|顺便问一?下|请问)?\s*(如果|假如)?\s*(人|一般人|正常人|人类)(?![家们员工])")
_R37Z_PERSON = re.compile(r"(?<![的人])(儿子|女儿|孩子|宝宝|老公|老婆|爸|妈|爷|奶|他|她|人|咬了?我|抓了?我)")


def _r37z_clauses(norm: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _R37Z_SPLIT.finditer(norm) if m.group(0).strip()]


def _r37z_blank(norm: str, spans: list[tuple[int, int]]) -> str:
    out = list(norm)
    for a, b in spans:
        out[a:b] = " " * (b - a)
    return "".join(out)


# a character of the show or the story (the woman in it, the lead, many people at the factory)
_R37Z_CHARACTER = re.compile(r"里面|里头|剧里|剧中|片中|主角|男主|女主|角色|人物|演员|有人|很多人|好多人|一家|一个人|\b(character|actor|actress|lead|they|people)\b"
                             r"|入面|明星|艺人|嘉宾"  # round 38z: Cantonese 入面 (in it), a star on a variety show
                             # round 39z (blind59b): the story's person named by what it is about (讲个女仔自杀, 关于一个孕妇)
                             r"|(讲|关于|演)(紧)?(一)?个(女仔|男仔|女孩|男孩|女人|男人|女生|男生|人|妈妈|孕妇|老人|小孩|后生)")
# round 39z (blind59a/b): the writer only as the viewer or frightened by it (我在 netflix 看了…, 把我吓死了) is no case in a
# clause that names the story's person (里面有个孕妇大出血把我吓死了)
_R39Z_VIEWER = re.compile(r"我(在|喺)?[^,，。]{0,12}?(看|睇|观看|观赏|追)(了|咗|完)?|(把|令|让)我吓(死|坏|到|一跳)?(了)?|吓死我了|吓得我")
# round 38z: kin inside the show (入面个阿妈, 里面的爸爸, 剧里的奶奶) is a character, not the writer's own
_R38Z_SHOW_KIN = re.compile(r"(里面|里头|入面|剧里|剧中|片中)(的|个|嘅|那个|呢个)?(阿)?(妈妈|妈|爸爸|爸|阿伯|伯伯|爷爷|奶奶|外公|外婆|老公|老婆|儿子|女儿|孩子|宝宝|姐姐|哥哥|弟弟|妹妹)")
# told as happening to the viewer while watching, or now: never blanked without a character named
_R37Z_WHILE = re.compile(r"突然|忽然|时候|着看着|看到一半|现在|刚才|一直|还在|\b(suddenly|while|now)\b")


def _r37z_masked(norm: str, opener, character=_R37Z_CHARACTER.search, own_case: bool = True) -> str:
    """`norm` with the clauses `opener` accepts blanked, and the clauses after each in its sentence until one names the
    writer or their people, or tells something sudden or now with no character named ('我在看电视剧，突然胸口好痛' is
    the viewer); question clauses naming none of them are blanked too."""
    spans, masking, last_end = [], False, 0
    clauses = _r37z_clauses(norm)
    for i, (a, b) in enumerate(clauses):
        clause = norm[a:b]
        if re.search(r"[.!?。！？\n]", norm[last_end:a]):
            masking = False
        last_end = b
        told_now = _R37Z_WHILE.search(clause) and not _R37Z_CHARACTER.search(clause) and not _tr36_residue_clear(clause)
        # a clause naming the writer or their people with a sign in it is never the frame ('my son ... because he was
        # curious' is a case)
        own = _R37Z_OWN.search(clause) and not (_R37Z_CHARACTER.search(clause) and not _R37Z_OWN.search(_R39Z_VIEWER.sub(" ", clause)))
        if opener(clause) and not told_now and not (own_case and own and not _tr36_residue_clear(clause)):
            spans.append((a, b))
            # the story goes on only where it names its people (里面的人物, 男主角, 很多人): '刚才跟她视频，她说话大舌头'
            # is the writer's grandmother
            following = norm[clauses[i + 1][0]:clauses[i + 1][1]] if i + 1 < len(clauses) else ""
            masking = bool(character(clause) or character(following))
        elif masking and not _R37Z_OWN.search(_R38Z_SHOW_KIN.sub(" ", clause)) and not told_now:
            spans.append((a, b))
        else:
            masking = False
            asked = clause + norm[b:b + 1]  # the question mark ends the clause
            if _R37Z_QUESTION.search(asked) and not _R37Z_OWN.search(clause) and not re.search(r"他|她|佢|\b(he|she|his|her|they|them)\b", clause):
                spans.append((a, b))
    return _r37z_blank(norm, spans)


def _r37z_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 37z (blind57): the families above and below."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if not cats:
        return dropped
    help_now = _R37Z_HELP_NOW.search(norm)
    if not help_now and (_R37Z_SHOW.search(norm) or _R37Z_PURPOSE.search(norm)):
        rest = _r37z_masked(norm, lambda c: bool(_R37Z_SHOW.search(c) or _R37Z_PURPOSE.search(c)))
        if rest != norm and not _lexicon("ACUTE_NOW").search(rest):
            clear = _r45_rest_clear(rest, cats - {"suicide_self_harm"})
            dropped |= clear | _r35z_named_only(rest, cats - clear)
    # round 38z: a question about people in general beside the pet ('人中暑以后呼吸急该怎么处理') asks no help now
    pet_help_now = _R37Z_HELP_NOW.search(_r37z_blank(norm, [(a, b) for a, b in _r37z_clauses(norm) if _R38Z_PEOPLE_GENERAL.match(norm, a, b)]))
    if not pet_help_now and _R37Z_ANIMAL.search(norm) and _R37Z_VET.search(norm):
        animal_case = lambda c: bool(_R37Z_ANIMAL_CASE.search(c) or _R37Z_VET_VISIT.search(c) or _R38Z_ANIMAL_SUBJECT.match(c))
        rest = _r37z_masked(norm, lambda c: animal_case(c) and not _R37Z_PERSON.search(c), character=animal_case, own_case=False)
        if rest != norm and not _lexicon("ACUTE_NOW").search(rest):
            dropped |= _r45_rest_clear(rest, cats - {"suicide_self_harm"})
    dropped |= _r37z_past_dropped(norm, cats)
    # (4) a sign a doctor has seen and put down to something else, excluding the condition (医生看过说是颜面神经麻痹, 不是
    #     中风): the sign's clauses up to the diagnosis are blanked, and the rest must raise the category no more
    excluded = _R37Z_DOCTOR_EXCLUDED.search(norm)
    if excluded and not _R37Z_AGAIN.search(norm, excluded.end()) and not _lexicon("ACUTE_NOW").search(norm):
        b = min([e for s, e in _r37z_clauses(norm) if e >= excluded.end()], default=excluded.end())
        start = max([m.end() for m in re.finditer(r"[.!?。！？\n]", norm[:excluded.start()])], default=0)
        rest = _r37z_blank(norm, [(start, b)])
        dropped |= {c for c in cats - {"suicide_self_harm", "overdose_poisoning"} if _R37Z_EXCLUDED_CAT.get(c) and
                    _R37Z_EXCLUDED_CAT[c].search(excluded.group(0)) and c in _r45_rest_clear(rest, {c})}
    # (5) a child a little listless (有点蔫, 有点没精神) after a jab or a cold, told with at least two reassuring features
    #     (feeding well, smiling, wet nappies as usual, playing): the listless clause is blanked
    if cats & {"child_unwell", "infant_fever"} and _R37Z_A_BIT_LISTLESS.search(norm) and \
            len({m.group(0)[:2] for m in _R37Z_CHILD_WELL.finditer(norm)}) >= 2 and not _R37Z_AGAIN.search(norm):
        rest = _R37Z_A_BIT_LISTLESS.sub(" , ", norm)
        dropped |= _r45_rest_clear(rest, cats & {"child_unwell", "infant_fever"})
    return dropped


_R37Z_DOCTOR_EXCLUDED = re.compile(r"(医生|大夫|急诊|医院|doctor|gp)[^。！？!?]{0,24}(说|讲|话|诊断|判断)[^。！？!?]{0,20}(不是|唔系|排除|并非|没有)[^,，。！？!?]{0,4}"
                                   r"(中风|脑梗|脑卒中|卒中|心梗|心肌梗塞|心脏病|脑膜炎|败血症|过敏性休克|癫痫)"
                                   r"|\b(doctor|gp|hospital|a&e) (said|says|confirmed) (it (is|was) )?not (a )?(stroke|heart attack|meningitis|sepsis)\b")
_R37Z_EXCLUDED_CAT = {
    "stroke": re.compile(r"中风|脑梗|卒中|stroke"), "chest_pain": re.compile(r"心梗|心肌梗塞|心脏病|heart attack"),
    "meningitis": re.compile(r"脑膜炎|meningitis"), "sepsis": re.compile(r"败血症|sepsis"),
    "anaphylaxis": re.compile(r"过敏性休克"), "seizure": re.compile(r"癫痫"),
}
_R37Z_A_BIT_LISTLESS = re.compile(r"(有点|有些|有一点|稍微|少少|有啲)(蔫|没精神|没有精神|冇精神|没劲|累|困|懒|黏人|不太精神)|\b(a (bit|little)|slightly) (quiet|sleepy|grumpy|off|tired|clingy)\b")
_R37Z_CHILD_WELL = re.compile(r"(吃奶|喂奶|吃|喝|食)[^,，。 ]{0,4}(很好|正常|不错|好好|挺好|得好)|(会|在|还会|还在|也会|识|还识|也识)(笑|玩)|尿布[^,，。 ]{0,4}正常|(尿|尿尿|小便)(也)?正常"
                              r"|\b(feeding|eating|drinking) (well|normally|fine)\b|\b(smil\w*|laugh\w*|playing)\b|\bwet nappies\b")


# (3) An episode told with its date, cared for (a stay in hospital, a doctor's check, a stent, antibiotics, a
#     psychiatrist) and well now (现在早就不烧了, 现在她完全好了, 情绪稳定了好多, 好返晒): the stretch from the dated clause
#     to the last 'well now' clause is blanked. Harm to oneself goes only with a practical question beside it (a
#     psychiatrist to follow up, volunteering, a discharge letter) and nothing suicidal left; again or now keeps all.
_R37Z_PAST = re.compile(r"上(个)?(礼拜|星期|周|月)|前年|去年|几年前|[\d一二两三四五六七八九十几]+(天|日|个星期|个礼拜|周|个月|年)(之)?前|前几天|早几天"
                        r"|\b(last (week|month|year)|(\d+|a|two|three|few|a few|several) (days|weeks|months|years) ago)\b"
                        # round 39z (blind59a): an earlier pregnancy (头胎的时候 <- Hakka 头胎个时节, 怀老大那次)
                        r"|(头胎|第一胎|上一胎|上胎|怀老大|怀大宝|怀第一个|生老大)(的)?(时候|那次|那时|时)"
                        # round 40z (blind60b): the first pregnancy told as such (第一次怀孕的时候, 上次怀孕时)
                        r"|(第一次|上一次|上次|之前|以前)(怀孕|怀|有bb|有咗)(的|嘅)?(时候|那次|那时|时|嗰阵)")
_R37Z_CARED = re.compile(r"住(了|过)?[\d一二两三四五六七八九十几]*(天|日)?院|住院|病房|医生[^,，。]{0,4}(查|检查|看|诊断)(过|了)|急诊|支架|出院|精神科|心理医生|心理辅导"
                         r"|抗生素|antibiotics?|打(了)?针|救(返|回来|过来)|\b(admitted|in hospital|stent|the ward|discharged)\b|(?<![不没])(吃|七)(了)?药|复诊|调整(了)?(药|剂量|medicine)|肾上腺素|\ba&e\b|进(了)?(医院|急诊)"
                         r"|住(了|过)[^,，。]{1,6}院"  # round 39z: 住了两个星期院
                         # round 40z (blind60b): a doctor who said it did not matter (医生说没有关系, 医生话冇问题)
                         r"|医生[^,，。]{0,3}(说|讲|话)[^,，。]{0,3}(没有?关系|没事|没问题|不要紧|冇问题|冇事|唔紧要|正常)")
_R37Z_WELL = re.compile(r"现在\s*(他|她|佢|我)?\s*(已经|都|完全|也|早就|老早)*\s*(好了|没事|冇事|很好|正常|稳定|好过来|康复|痊愈|不烧|没烧|退烧)"
                        r"|(早就|已经)(不|没有?)(再)?(烧|发烧|痛|疼|肿)(了)?|(已经|完全)(好了|康复|痊愈|好过来)|情绪稳定|好(了)?(很多|好多)|好开心|很开心"
                        r"|\b(fine|well|better|recovered) now\b|\bnow (fine|well|better)\b|现在\s*(ok|okay|fine)|状态(蛮|很|挺|都|还|非常)?(好|不错|稳定)|(已经|完全)*恢复(了|得很好|得不错)|活蹦乱跳"
                        r"|(后来|最后|之后)?(都)?(顺利|平安)(生|生下来|出生|分娩|出院)(了)?|母子平安"  # round 39z: that birth went well
                        r"|(后来|最后|之后)(宝宝|孩子|bb|小孩|细路)?(都|也)?(很|好|非常)?(健康|好好的|平安)")  # round 40z: the baby born well
_R37Z_AGAIN = re.compile(r"又|再次|还在|仍然|依然|越来越|刚才|刚刚|今天又|\b(again|still|right now|just now)\b")
_R37Z_TODAY = re.compile(r"今天|今日|今晚|今早|今朝|这两天|这几天|刚才|刚刚|\b(today|tonight|this morning)\b")  # a new day inside the blanked stretch
_R37Z_HARM_PAST = re.compile(r"割脉|割腕|割(过)?手|别手|吞(了)?药|跳楼|想不开|自杀|轻生|\b(cut|overdose|attempt)\w*|自伤|自残|伤害(过)?自己")
_R37Z_PRACTICAL = re.compile(r"跟进|义工|社工|心理医生|辅导|预约|探(病|望|视)|出院信|复诊|挂号|\b(follow[- ]?up|volunteer\w*|appointment|visiting)\b")


def _r37z_past_dropped(norm: str, cats: set[str]) -> set[str]:
    past = _R37Z_PAST.search(norm)
    if not past:
        return set()
    wells = [m for m in _R37Z_WELL.finditer(norm) if m.start() > past.start()]
    if not wells or not _R37Z_CARED.search(norm, past.start(), wells[-1].end()):
        return set()
    clauses = _r37z_clauses(norm)
    a = max([s for s, e in clauses if s <= past.start()], default=past.start())
    b = min([e for s, e in clauses if e >= wells[-1].end()], default=wells[-1].end())
    if b - a > 160:
        return set()
    masked = _r37z_blank(norm, [(a, b)])
    # round 40z (blind60b): pregnant again (又怀孕了) is a new pregnancy, not the old event again (round 37e's reading)
    anew = _TR37_AGAIN_OK.sub(" ", masked)
    if _R37Z_AGAIN.search(anew) or _lexicon("ACUTE_NOW").search(anew) or _R37Z_TODAY.search(norm, a, b):
        return set()
    drop = _r45_rest_clear(masked, cats - {"suicide_self_harm", "overdose_poisoning"})
    drop |= _r35z_named_only(masked, cats - drop - {"overdose_poisoning"})  # 'not related to the sepsis'
    # round 38z: a run-on message is one clause; the practical question after the 'well now' words counts too
    if ("suicide_self_harm" in cats and _R37Z_HARM_PAST.search(norm, a, b) and (_R37Z_PRACTICAL.search(masked) or _R37Z_PRACTICAL.search(norm, wells[-1].end()))
            and not _still_suicidal(masked)):
        drop.add("suicide_self_harm")
    return drop


# Round 37e (blind57, English rows). Look-alikes dropped by the reason they are benign; each drops a category only when
# the rest of the message, with the benign piece blanked, raises it no more (`_r45_rest_clear`), and nothing is said to
# happen now or again.
# (1) an event told with its date ('last week', 'on Tuesday', 'last year'), over and well now or sorted ('all passed',
# 'the doctors have sorted him out', 'sitting up eating'). An ellipsis ('...') does not end the event's sentence: an
# ALL-CAPS writer puts each clause of one story between dots. Harm to oneself and an overdose are read in (2).
_R37E_DATED = re.compile(_R36E_PAST_DATED.pattern + r"|\blast (week|weekend|yeer)\b")
_R37E_WELL = re.compile(
    _R36E_WELL_OR_TREATED.pattern
    + r"|\b(all|it all|it) (passed|settled|went away)\b|\bsorted (him|her|them|it) out\b|\b(sitting up|up and about)( and)? (eating|drinking|playing|chatting|talking)\b"
    r"|\bdoing (really |very |so )?well\b|\b(is|are|am) (very |really )?well\b|\b(working|back at work|back at school) again\b|\bback at (work|school)\b")
_R37E_AGAIN_NOW = re.compile(_R36E_AGAIN_NOW.pattern.replace(r"\b(again|", r"\b((?<!working )(?<!school )(?<!work )again|"))
_R37E_SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\.)\.|\.(?=\.))+[.!?\n]*")  # '...' stays inside its sentence
_R37E_CLAUSE_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")  # every dot ends one


def _r37e_masked(norm: str, pattern: re.Pattern, splitter: re.Pattern = _R37E_SENTENCE) -> str:
    """The message with each sentence matching `pattern` blanked."""
    return "".join(" " * len(m.group(0)) if pattern.search(m.group(0)) else m.group(0) for m in splitter.finditer(norm))


# a clause that tells the present stops the masking of a dated event's details ('hit his head on monday, he has been
# drowsy since' keeps the drowsiness)
_R37E_PRESENT = re.compile(r"\b(since|still|keeps?|kept|ongoing|again|today|tonight|right now|has been|have been|is been|are been|is being|are being|"
                           r"getting worse|worse|been \w+ing|(is|are|has come|have come|came|coming) back|will not stop|can not stop|(is|are) \w+ing (now|again))\b")


def _r37e_event_masked(norm: str) -> str:
    """The dated clauses blanked, with the clauses after them in their sentence ('...' does not end one) until a clause
    tells the present."""
    out = []
    for sentence in _R37E_SENTENCE.finditer(norm):
        masking = False
        for m in re.finditer(r"[^,;:.!?\n]+[,;:.!?\n]*", sentence.group(0)):
            clause = m.group(0)
            if _R37E_DATED.search(clause):
                masking = True
            elif masking and (_R37E_PRESENT.search(clause) or re.match(r"\s*but\b(?! (the |a )?(doctors?|nurses?|hospital|they|we) )", clause)):
                masking = False
            out.append(" " * len(clause) if masking else clause)
    return "".join(out)


# (2) harm to oneself or an overdose told as past and dated ('last year she tried to hurt herself', 'last year i took an
# overdose and was in here 3 days'), the person in therapy or doing well now, and a service question asked (a support
# group, whether to tell the nurse). Nothing said of thoughts, urges or harm now.
_R37E_HARM_PAST = re.compile(
    r"\b(tried|attempted|try) to (hurt|harm|kill|end)|\b(took|taken|had) (an )?overdose\b|\boverdosed\b|\b(a|her|his|my) (crisis|breakdown|suicide attempt|attempt)\b")
_R37E_STABLE = re.compile(r"\b(therapy|therapist|counsel\w*|counciler|councillor|psychologist|cpn|doing (really |very |so )?well|(is|am|are) (very |really )?well"
                          r"|well now|stable now|working again|back at work|recovered)\b")
_R37E_SERVICE_Q = re.compile(r"\b(support group|family (group|members)|do i need to tell|should i tell|is it on my (notes|record)|on (my|her|his) (notes|record)"
                             r"|when is it|what time|can (the family|we|i|family) (go|come|join|attend)|appointment|clinic|visiting)\b")
_R37E_HARM_NOW = re.compile(r"\b(thinking (about|of) (it|dying|ending|suicide|killing|hurting)|urges?|want(s|ed)? to (die|end it|hurt)|tonight|right now|at the moment"
                            r"|again (thinking|feeling|cutting|hurting|taking|took)|(cutting|hurting|harming) (herself|himself|myself) again|relaps\w*|struggling again)\b")
# (3) a teenager said to be 'floppy' (lounging): an age of twelve or more takes the sign out of the infant and child rule
_R37E_TEEN_AGE = re.compile(
    r"\b(he|she|they|him|her|son|daughter|brother|sister|boy|girl|lad|kid|child)( is| are| aged| turned|'s)( only| just| now)? "
    r"(1[2-9]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b(?! ?(months?|weeks?|days?|mo|wks?))"
    r"|\b(1[2-9]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) ?(years?|yrs?)[- ]?old\b|\b(1[2-9]) ?(yo|y/o)\b")
_R37E_YOUNG_AGE = re.compile(r"\b([0-9]|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven) ?(years?|yrs?|months?|weeks?|days?|yo)\b|\b(baby|infant|toddler|newborn)\b")
_R37E_FLOPPY = re.compile(r"\bfloppy\b")
# (4) a figure of speech taken back: a death wish in a sentence with a laugh ('this form is killing me, i want to die
# haha'), then 'serious question' or 'but seriously' and the real question
_R37E_LAUGH = re.compile(r"\b(lol|lmao|haha\w*|hehe\w*|jk)\b|[\U0001F602\U0001F923\U0001F606\U0001F605]")
_R37E_TAKEN_BACK = re.compile(r"\b(serious(ly)? (question|q|note)|but seriously|on a serious note|joking aside|jokes aside|anyway)\b")
# (5) an information question for a stated purpose (a school project misspelt, a student nurse or trainee asking about a
# test or its teaching, a programme watched) with nobody unwell said, or only a condition's name read; the stories of
# strangers told from it ('a man had a fit in the supermarket') are the programme's
_R37E_PURPOSE = re.compile(
    _R36E_PURPOSE.pattern + r"|\b(projekt|project)s? (at|for) (school|scool|skool)\b|\bfor (school|scool|skool)\b"
    r"|\b(student|trainee) (nurse|doctor|paramedic|midwife)s?\b|\b(nursing|medical|paramedic|midwifery) students?\b|\bfor teaching\b|\bwe (learn|learned|learnt|are taught|were taught)\b")
_R37E_NOBODY = re.compile(
    _R36E_NOBODY_ILL.pattern + r"|\b(he|she|i|they|we) (is|are|am) not (hurt|ill|sick|poorly|unwell|burnt|burned)\b"
    r"|\bnobody( \w+){0,2} (is|was) (poorly|ill|sick|unwell|hurt)\b|\b(its|it is) just for (school|scool|skool|a project|my course|class)\b")
_R37E_INFO_ASK = re.compile(
    _R36E_INFO_ASK.pattern + r"|\b(want|wants|wanted)( to)? (ask|no|know) (about|what|if|how)\b|\bwhat you (shud|should|are supposed to) do\b"
    r"|\bis that (what you are supposed to do|right|correct|what you do)\b|\bin case\b|\b(is|does) (the )?[a-z] (mean|stand for|is mean)\b|\bwhich one\b")
_R37E_STRANGER = re.compile(r"\b(a|the|this) (man|woman|lady|person|bloke|guy|patient|character|boy|girl)\b|\b(someone|somebody|sumone|they)\b")
_R37E_OWN = re.compile(r"\b(my|our|i|we|me|us)\b")
# (6) an older child's fever with the young-infant advice named only to set it aside ('the advice is different for
# babies under 3 months but he is older')
_R37E_INFANT_COMPARE = re.compile(r"\b(under|below|younger than|less than) (3|three) (months|munths|mths|mos)\b|\bnewborns?\b")
# (7) a faint at a needle or blood test, recovered ('was fine after 5 mins', 'came round'), the floppy or pale of it
_R37E_FAINT_RECOVERED = re.compile(r"\b(fine|ok|okay|better|back to normal) (after|within|in) (a few|\d+|five|ten|a couple of) ?(mins?|minutes|seconds)\b"
                                   + r"|" + _CAME_ROUND.pattern)


def _r37e_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 37e (blind57): the families above."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if not cats:
        return dropped
    harm = {"suicide_self_harm", "overdose_poisoning"}
    if (_R37E_DATED.search(norm) and _R37E_WELL.search(norm) and not _R37E_AGAIN_NOW.search(norm) and cats - harm
            and not _R37E_PRESENT.search(norm)):  # 'drowsy since', 'still': the event goes on
        dropped |= _r45_rest_clear(_r37e_event_masked(norm), cats - harm)
    if (cats & harm and _R37E_DATED.search(norm) and _R37E_HARM_PAST.search(norm) and _R37E_STABLE.search(norm)
            and _R37E_SERVICE_Q.search(norm) and not _R37E_HARM_NOW.search(norm) and not _FIRST_PERSON_INTENT.search(norm)):
        rest = _r37e_masked(norm, _R37E_DATED)
        dropped |= _r45_rest_clear(rest, cats & harm)
    if ("child_unwell" in cats and _R37E_FLOPPY.search(norm) and _R37E_TEEN_AGE.search(norm)
            and not _R37E_YOUNG_AGE.search(_R37E_TEEN_AGE.sub(" ", norm))):
        dropped |= _r45_rest_clear(_R37E_FLOPPY.sub("     ", norm), {"child_unwell"})
    if "suicide_self_harm" in cats and _R37E_TAKEN_BACK.search(norm) and not _NOT_JOKING.search(norm):
        sentences = [m.group(0) for m in _R37E_CLAUSE_SENTENCE.finditer(norm)]
        for i, sentence in enumerate(sentences[:-1]):
            if _R37E_LAUGH.search(sentence) and _R37E_TAKEN_BACK.search("".join(sentences[i + 1:i + 2])):
                rest = "".join(s if j != i else " " * len(s) for j, s in enumerate(sentences))
                if not _still_suicidal(rest):
                    dropped.add("suicide_self_harm")
                break
    if _R37E_PURPOSE.search(norm) and _R37E_INFO_ASK.search(norm) and not _R36E_CASE_NOW.search(norm):
        named_only = all(r.id.endswith(".named") for r in fired)
        if _R37E_NOBODY.search(norm) or named_only:
            def benign(sentence: str) -> bool:
                return bool(_R37E_PURPOSE.search(sentence) or _R37E_NOBODY.search(sentence) or "?" in sentence
                            or _R37E_INFO_ASK.search(sentence)
                            or (_R37E_STRANGER.search(sentence) and not _R37E_OWN.search(sentence)))
            rest = "".join(" " * len(m.group(0)) if benign(m.group(0)) else m.group(0) for m in _R37E_CLAUSE_SENTENCE.finditer(norm))
            dropped |= _r45_rest_clear(rest, cats)
    if "infant_fever" in cats and _OLDER_AGE.search(norm) and not _INFANT_AGE.search(norm) and _R37E_INFANT_COMPARE.search(norm):
        dropped |= _r45_rest_clear(_r45_masked(norm, _R37E_INFANT_COMPARE), {"infant_fever"})
    if cats & {"child_unwell", "bleeding"} and _FAINT_AT_SIGHT.search(norm) and _R37E_FAINT_RECOVERED.search(norm) \
            and not _lexicon("ACUTE_NOW").search(norm):
        rest = _r37e_masked(norm, re.compile(_FAINT_AT_SIGHT.pattern + "|" + _R37E_FAINT_RECOVERED.pattern))
        dropped |= _r45_rest_clear(rest, cats & {"child_unwell", "bleeding"})
    return dropped


# Round 38e (blind58, English rows). Look-alikes dropped by their reason; as in round 37e, each drops a category only
# when the rest of the message, the benign piece blanked, raises it no more (`_r45_rest_clear`).
# (1) past and well, widened: an event dated by the person's age then ('when she was two', 'as a child', 'at 4/52'), a
# year ('in 1995'), a count back ('two year ago', 'a fortnight back') or 'last time'; well told as 'now she is very
# okay', 'fine since', 'spot on since', 'never had another one', 'has not happened again', 'nursed back to health', 'it
# stopped after a few minutes'. A well-since is not a sign going on ('has been playing and eating well since' is not
# 'has been drowsy since'); an activity asked about again ('can I donate again') is no relapse. A sign read off a leaflet
# or a list to watch for ('I read that one should watch for vomiting') is blanked with the dated event.
_R38E_DATED = re.compile(
    _R37E_DATED.pattern
    + r"|\bwhen (he|she|they|i|we|you) (was|were|wis|wiz) (little|small|young|a (child|baby|kid|toddler|wean|bairn|teenager|teen|girl|boy)|"
    r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\bas (a|an) (child|baby|kid|toddler|infant|teenager)\b"
    r"|\bin (19|20)\d\d\b|\b(\d+|a|one|two|three|four|five|six) (year|yr|month|week)s? (ago|back)\b|\b([2-9]|two|three|four|five|six|a few|several) days (ago|back)\b|\b(a|one|two) fortnights? (ago|back)\b"
    r"|\bat (\d{1,2})/52\b|\blast time\b|\bthat time\b")
_R38E_WELL = re.compile(
    _R37E_WELL.pattern
    + r"|\bnow (he|she|i|they|we)( is| are| am)? (very |totally |completely |really |so |perfectly )?(okay|ok|fine|good|well|grand|better|normal)\b"
    r"|\b(totally |completely |perfectly )?(fine|well|spot on|good|grand|thriving|great|ok|okay|normal|healthy)( ever)? since\b"
    r"|\b(has not|have not|had not|never|not) (happened|came back|come back|returned)( again)?\b|\b(never|not) had (another|any more|anither|any other|a second)( one| wan| fit| attack)?\b"
    r"|\bnursed (him|her|them) back to health\b|\b(it|bleeding|the bleeding) (stop|stops|stopped) after\b|\bbaby (was|is) (fine|ok|okay|well|healthy)\b"
    r"|\b(walking|working|running|swimming) every day\b|\b(qualified|graduated)\b|\bbreathing normally\b")
_R38E_WELL_SINCE = re.compile(r"\b(has|have|is|are|she is|he is)( been)? (\w+ing )?(and \w+ing )?(well|fine|good|great|normal|spot on|ok|okay|thriving)( ever)? since\b"
                              r"|\b(fine|well|spot on|good|thriving)( ever)? since\b|\b(has not|have not|never|not) (happened|come back|came back)( again)?\b"
                              r"|\b(can|could|may|should|shall) (i|we|he|she|they) \w+ again\b|\bagain (this|next) (month|week|year)\b")
_R38E_READ_WATCH = re.compile(r"\b(i|we) (read|heard|was told|were told|saw)( that| online| somewhere)?\b[^.!?\n]{0,80}\b(watch|look) (out )?for\b"
                              r"|\b(should|to|must) (watch|look) (out )?for\b")


def _r38e_event_masked(norm: str) -> str:
    """`_r37e_event_masked` with the wider dates; sentences reading a list of signs to watch for blanked too."""
    out = []
    for sentence in _R37E_SENTENCE.finditer(norm):
        if _R38E_READ_WATCH.search(sentence.group(0)):
            out.append(" " * len(sentence.group(0)))
            continue
        masking = False
        for m in re.finditer(r"[^,;:.!?\n]+[,;:.!?\n]*", sentence.group(0)):
            clause = m.group(0)
            if _R38E_DATED.search(clause):
                masking = True
            elif masking and (_R37E_PRESENT.search(_R38E_WELL_SINCE.sub(" ", clause))
                              or re.match(r"\s*but\b(?! (the |a )?(doctors?|nurses?|hospital|they|we) )", clause)):
                masking = False
            out.append(" " * len(clause) if masking else clause)
    return "".join(out)


# (2) a past reaction dated in childhood, told so it goes on the notes before an operation: a record question
_R38E_RECORD_Q = re.compile(r"\b(on|in) (her|his|my|their|the) (notes|records?|file|chart|allergy list)\b|\bbefore (her|his|my|their) (\w+ )?(op|operation|surgery|procedure)\b")
# (3) an information question for a stated purpose, widened: a reel or post seen, a lesson or class taught, a project
# of any subject, asked from curiosity; nobody unwell told as 'she is totally fine, just curious' or 'nobody is unwell'
_R38E_PURPOSE = re.compile(
    _R37E_PURPOSE.pattern
    + r"|\b(reel|video|post|tiktok|article|clip)s? (on|from) (instagram|insta|facebook|tiktok|youtube|twitter|whatsapp)\b|\bsaw (a|an|some|this) (reel|video|post|tiktok|article|clip)\b"
    r"|\b(just|only|purely) (curious|wondering|asking)\b|\bfor (the|a|my|our|their) (lesson|class|pupils|students|kitty party|group chat)\b|\b(form|class|pshe|science|biology) teacher\b"
    r"|\b(chem|chemistry|science|bio|biology|physics|school|uni|college|research|group) (project|assignment|homework|coursework)\b|\bdoing a project\b")
_R38E_NOBODY = re.compile(
    _R37E_NOBODY.pattern
    + r"|\b(he|she|i|they|we) (is|are|am) (totally |completely |perfectly |absolutely )?(fine|well|ok|okay|healthy)\b[^.!?\n]{0,20}\b(just|only|purely) (curious|wondering|asking)\b"
    r"|\b(nobody|no one|no-one)('s| is| was) (unwell|ill|sick|poorly|hurt)\b|\b(detector|alarm) is (fine|working)\b")
# (4) a figure of speech taken back: a sign in a sentence with a laugh ('cannae breathe by the top landing haha'), then
# 'seriously, I am fine' (Scots 'naw seriously am fine')
_R38E_TAKEN_BACK_FINE = re.compile(r"\b(but |no |naw |nah |ok |okay )?(seriously|honestly|joking aside|jokes aside)( though)?,? (i am |am |i'm |im )?(fine|ok|okay|grand|alright|all right|good)\b")
# (5) a burn from the sun: 'I burn myself in the sun' is a sunburn, not self-injury
_R38E_SUNBURN = re.compile(r"\b(burn|burnt|burned|burns|burning) (myself|himself|herself|themselves|ourselves|my \w+|his \w+|her \w+)( \w+){0,2} (in|from|by) the sun\b|\bsun ?burn\w*\b|\bsunbath\w*\b")
# (6) a condition of a dead relative asked about as heredity, nobody living with it ('my late father's epilepsy ... does
# it run in families ... none of us living has ever had a fit')
_R38E_HEREDITY = re.compile(r"\brun(s)? in (the )?famil(y|ies)\b|\bhereditary\b|\binherit\w*\b|\bgenetic\w*\b|\bpassed (on|down)\b")
_R38E_LATE = re.compile(r"\b(my|our|his|her) late (father|mother|dad|mum|mom|husband|wife|brother|sister|grandfather|grandmother|uncle|aunt)\b|\bpassed away\b|\b(died|dead)\b")
_R38E_NONE_LIVING = re.compile(r"\b(none of us|nobody|no one|no-one)( \w+){0,2} (has|have) (ever )?(had|been)\b")


def _r38e_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 38e (blind58): the families above."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if not cats:
        return dropped
    harm = {"suicide_self_harm", "overdose_poisoning"}
    calm = _R38E_WELL_SINCE.sub(" ", norm)
    if (_R38E_DATED.search(norm) and (_R38E_WELL.search(norm) or _R38E_READ_WATCH.search(norm)) and cats - harm
            and not _R37E_AGAIN_NOW.search(calm) and not _R37E_PRESENT.search(calm) and not _lexicon("ACUTE_NOW").search(calm)):
        dropped |= _r45_rest_clear(_r38e_event_masked(norm), cats - harm)
    if (cats - harm and _R38E_DATED.search(norm) and _R38E_RECORD_Q.search(norm) and not _R37E_AGAIN_NOW.search(calm)
            and not _R37E_PRESENT.search(calm) and not _lexicon("ACUTE_NOW").search(calm)):
        dropped |= _r45_rest_clear(_r38e_event_masked(norm), cats - harm)
    if _R38E_PURPOSE.search(norm) and (_R37E_INFO_ASK.search(norm) or "?" in norm) and not _R36E_CASE_NOW.search(norm):
        named_only = all(r.id.endswith(".named") for r in fired)
        if _R38E_NOBODY.search(norm) or named_only:
            def benign(sentence: str) -> bool:
                return bool(_R38E_PURPOSE.search(sentence) or _R38E_NOBODY.search(sentence) or "?" in sentence
                            or _R37E_INFO_ASK.search(sentence)
                            or (_R37E_STRANGER.search(sentence) and not _R37E_OWN.search(sentence)))
            rest = "".join(" " * len(m.group(0)) if benign(m.group(0)) else m.group(0) for m in _R37E_CLAUSE_SENTENCE.finditer(norm))
            dropped |= _r45_rest_clear(rest, cats)
    if _R38E_TAKEN_BACK_FINE.search(norm) and _R37E_LAUGH.search(norm) and not _NOT_JOKING.search(norm):
        sentences = [m.group(0) for m in _R37E_CLAUSE_SENTENCE.finditer(norm)]
        for i, sentence in enumerate(sentences[:-1]):
            if _R37E_LAUGH.search(sentence) and _R38E_TAKEN_BACK_FINE.search("".join(sentences[i + 1:i + 2])):
                rest = "".join(s if j != i else " " * len(s) for j, s in enumerate(sentences))
                dropped |= _r45_rest_clear(rest, cats)
                break
    if "suicide_self_harm" in cats and _R38E_SUNBURN.search(norm):
        rest = _R38E_SUNBURN.sub(lambda m: " " * len(m.group(0)), norm)
        dropped |= _r45_rest_clear(rest, {"suicide_self_harm"})
    if _R38E_HEREDITY.search(norm) and (_R38E_LATE.search(norm) or _R38E_NONE_LIVING.search(norm)) and not _R36E_CASE_NOW.search(norm) \
            and cats - harm:
        rest = _r37e_masked(norm, re.compile(_R38E_LATE.pattern + "|" + _R38E_NONE_LIVING.pattern), _R37E_CLAUSE_SENTENCE)
        dropped |= _r45_rest_clear(rest, cats - harm)
    return dropped


# Round 38z (blind58, Chinese rows in Sichuan / Wuhan / northeastern Mandarin, Hokkien, Cantonese, Singapore Chinese and
# social-media style). Look-alikes read by the reason they are benign; each drops a category only when the rest of the
# message, the benign pieces blanked, raises it no more (`_r45_rest_clear`), and nothing is told as happening again or now.
# (1) an earlier episode re-dated in the same message ('那是十年前的事了', '都是去年的事'): what comes before is blanked;
# (2) a figure taken back by the writer: '(bushi)' (不是, 'not really') after a clause, '不是真(的)烧伤', '不是胸痛哈' (the
#     joke marker 哈 beside a denial), and a clause's work-stress hyperbole ('高数作业写到心梗', '复习的时候真的想死',
#     'assignment 真的 want to die') told with a joke marker or a move to a practical question ('anyway', '顺便问');
# (3) a rule or a claim someone else said (我朋友说三个月内发烧一定要跑急诊, 听街坊说拿玻璃杯按疹子...) with the family well
#     now: the hearsay clause and the general question clauses are blanked;
# (4) a child or a person said to be entirely well now ('宝宝现在一点事没有, 活蹦乱跳', '实际上什么事没有') with the
#     category raised at most by its name, or by a habitual description ('吃了嘴巴会肿'), not an event;
# (5) a school task (a presentation, 'pre 要讲脑卒中的 FAST') with the signs listed as examples (口角歪斜 一侧肢体无力什么的),
#     the opening '救命🆘' an exclamation, not a call for help.
_R38Z_REDATED = re.compile(r"(那|这|都|已经|这些|那些|那次|那个)(都|已经)?(是|系)(已经)?" + _T33_PAST_ZH + r"(的事|嘅事|发生的)")
_R38Z_TAKEN_BACK = re.compile(r"\(\s*bushi\s*\)|（\s*bushi\s*）|(?<![a-z])bushi(?![a-z])|\(不是\)|（不是）")
_R38Z_NOT_REAL = re.compile(r"不是真(的|正的)?(烧伤|烫伤|胸痛|心梗|中风|过敏|晕倒|想死|自杀)|(不是|并不是)(胸痛|心梗|心脏病)(哈|啦|喔|哦|啊|呀|嘛)")
_R38Z_STRESS_DEATH = re.compile(r"(复习|考试|期末|作业|ddl|deadline|assignment|论文|高数|加班|上班|开会|写代码|project|exam)[^.;!?\n。！？]{0,14}?"
                                r"(真的|简直|直接|都|就)?(原地)?(想死|要死|去世|心梗|猝死|\bwant to die\b|\bwanna die\b)")
_R38Z_SIGH = re.compile(r"哎呀|哎哟|唉呀|啊啊+|救命|[\U0001F629\U0001F62B\U0001F62D\U0001F643\U0001F635\U0001F480]")
_R38Z_MOVED_ON = re.compile(r"\b(anyway|btw|by the way)\b|顺便问|话说|对了|解放了|终于结束|活过来了")
_R38Z_HEARSAY = re.compile(r"(听(人|别人|朋友|街坊|邻居|老人|网上)?(说|讲)|(朋友|别人|街坊|邻居|老人|长辈|网上|有人|同事|婆婆|妈妈|我妈)(都)?(说|讲|话))"
                           # round 39z (blind59a/b): what the television or the village says (电视上说, 村里人都说)
                           r"|(电视|新闻|网上|抖音|视频|广播|报纸|书)(上|里)(都)?(说|讲|话)|(村里人|大家|人家|老一辈|邻居们|乡亲们)(都)?(说|讲)")
_R38Z_FAMILY_WELL = re.compile(r"(我们|我家|家里|家人|全家|大家|屋里人|屋里|屋企人|屋企|家中)[^,，。!！?？]{0,4}(都|全部|全)?(好着呢|很健康|好好的|没事|一切正常|健康)"
                               r"|(宝宝|孩子|他|她|娃)?现在(超|很|非常|都|也)?(健康|好好的|没事)|身边没人"
                               # round 39z: northern 好着呢 (她现在好着呢, 我自己好着呢), the writer well; 屋里人 (the household)
                               r"|(他|她|佢|我)?(现在|自己)(都|也)?(好着呢|好好的|没事|很好|挺好|健康)")
_R38Z_ALL_WELL = re.compile(r"(现在|实际上|其实|结果)[^,，。!！?？]{0,6}(一点事|什么事|啥事)(都|也)?没有|一点事(都|也)?没有|活蹦乱跳")
_R38Z_HABITUAL = re.compile(r"(吃了?|一吃|吃到|碰到|碰了|接触|闻到)[^,，。!！?？ ]{0,8}(就)?会[^,，。!！?？]{0,6}")
_R38Z_SCHOOL_TASK = re.compile(r"\b(pre|presentation|ppt|slides?)\b|展示|汇报|(课|组|班)[^,，。]{0,8}(要|得)讲|引用|权威来源")
_R38Z_EXAMPLES = re.compile(r"(什么的|之类的?|等等|啥的)\s*$")


def _r38z_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 38z (blind58): the families above."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if not cats or not re.search(r"[\u4e00-\u9fff]", norm):  # Chinese messages only
        return dropped
    clauses = _r37z_clauses(norm)
    acute = _lexicon("ACUTE_NOW")
    # (1) re-dated
    redated = _R38Z_REDATED.search(norm)
    if redated:
        b = min([e for s, e in clauses if e >= redated.end()], default=redated.end())
        rest = _r37z_blank(norm, [(0, b)])
        if not _R37Z_AGAIN.search(rest) and not acute.search(rest) and not _R37Z_TODAY.search(rest):
            dropped |= _r45_rest_clear(rest, cats - {"suicide_self_harm", "overdose_poisoning"})
    # (2) taken back
    spans = []
    for m in list(_R38Z_TAKEN_BACK.finditer(norm)) + list(_R38Z_NOT_REAL.finditer(norm)):
        # the figure is the clause before the marker and at most two more before it in its sentence
        sentence = max([x.end() for x in re.finditer(r"[.!?。！？\n]", norm[:m.start()])], default=0)
        before = [s for s, e in clauses if sentence <= s < m.start()]
        start = before[-3] if len(before) >= 3 else sentence
        spans.append((start, m.end()))
    if spans and not _R37Z_HELP_NOW.search(norm):
        rest = _r37z_blank(norm, spans)
        if not _R37Z_AGAIN.search(rest) and not acute.search(rest):
            dropped |= _r45_rest_clear(rest, cats - {"suicide_self_harm", "overdose_poisoning"})
    # a move on to a practical question counts only beside a sigh at the task (哎呀, 😩), not after a failure told plainly
    if ("suicide_self_harm" in cats and _R38Z_STRESS_DEATH.search(norm) and not _NOT_JOKING.search(norm)
            and (_JOKING.search(norm) or _R38Z_TAKEN_BACK.search(norm) or (_R38Z_MOVED_ON.search(norm) and _R38Z_SIGH.search(norm)))):
        if not _still_suicidal(_R38Z_STRESS_DEATH.sub(" , ", _HYPERBOLE_DEATH.sub(" , ", norm))):
            dropped.add("suicide_self_harm")
    if "chest_pain" in cats and _R38Z_STRESS_DEATH.search(norm) and (_JOKING.search(norm) or _R38Z_TAKEN_BACK.search(norm)):
        dropped |= _r45_rest_clear(_R38Z_STRESS_DEATH.sub(" , ", norm), {"chest_pain"})
    # (3) hearsay, the family well
    unsaid = _r37z_blank(norm, [(a, b) for a, b in clauses if _R38Z_HEARSAY.search(norm[a:b])])  # '朋友说...一定要跑急诊' asks nothing
    if _R38Z_HEARSAY.search(norm) and _R38Z_FAMILY_WELL.search(norm) and not _R37Z_HELP_NOW.search(unsaid) and not acute.search(norm):
        spans = []
        for a, b in clauses:
            clause = norm[a:b]
            asked = clause + norm[b:b + 1]
            if _R38Z_HEARSAY.search(clause) or (_R37Z_QUESTION.search(asked) and not re.search(r"他|她|佢|宝宝|孩子|娃", clause)) \
                    or re.search(r"(是)?真的假的|是真的(吗|不|么)", clause):
                spans.append((a, b))
        rest = _r37z_blank(norm, spans)
        clear = _r45_rest_clear(rest, cats - {"suicide_self_harm", "overdose_poisoning"})
        dropped |= clear | _r35z_named_only(rest, cats - clear - {"overdose_poisoning"})
    # (4) entirely well now: a name, or a habitual description
    if _R38Z_ALL_WELL.search(norm) and not _R37Z_HELP_NOW.search(norm) and not _R37Z_AGAIN.search(norm):
        rest = _R38Z_HABITUAL.sub(lambda m: " " * len(m.group(0)), norm)
        spans = []
        for i, (a, b) in enumerate(clauses):  # the clauses the habitual one lists on (吃了嘴巴会肿 喉咙紧)
            if _R38Z_HABITUAL.search(norm[a:b]):
                spans.append((a, b))
                if i + 1 < len(clauses) and len(norm[clauses[i + 1][0]:clauses[i + 1][1]].strip()) <= 4:
                    spans.append(clauses[i + 1])
        rest = _r37z_blank(rest, spans)
        if not acute.search(rest):
            dropped |= _r35z_named_only(rest, cats - {"overdose_poisoning"})
            if spans:
                dropped |= _r45_rest_clear(rest, cats & {"anaphylaxis"})
    # (5) a school task with examples listed
    rest = _r38z_school_rest(norm)
    if rest is not None and not acute.search(rest):
        clear = _r45_rest_clear(rest, cats - {"suicide_self_harm", "overdose_poisoning"})
        dropped |= clear | _r35z_named_only(rest, cats - clear - {"overdose_poisoning"})
    return dropped


def _r38z_school_rest(norm: str) -> str | None:
    """`norm` with a school task's clauses and the signs it lists as examples blanked; None when there is none (or
    help is asked, or the message is not Chinese)."""
    if not _R38Z_SCHOOL_TASK.search(norm) or not re.search(r"[\u4e00-\u9fff]", norm) or re.search(r"怎么办|急诊|救护车|120|999|要不要(去|送|叫)", norm):
        return None
    spans, listing = [], False
    for a, b in _r37z_clauses(norm):
        clause = norm[a:b]
        if _R38Z_SCHOOL_TASK.search(clause) or re.match(r"\s*救命\s*$", clause):
            spans.append((a, b))
            listing = True
        elif listing and not _R37Z_OWN.search(clause) and len(clause.strip()) <= 14:
            spans.append((a, b))
            listing = not _R38Z_EXAMPLES.search(clause)
        else:
            listing = False
    return _r37z_blank(norm, spans) if spans else None


# Session 39 (lead, found reading round 38's leftovers): "my toddler can only say a few words" read a breathing
# emergency, because "can only say a few words" is how people tell breath taken between words. In a child under four
# with no word of breath, chest, colour or noise anywhere in the message it is speech that is still coming (a speech
# therapy question); with any such word the breathing reading stands.
_L39_FEW_WORDS = re.compile(r"\b(only|just|barely)( say| says| saying| speak| speaks| talk| knows?| uses?| has| got)( \w+)?? (a few|a couple of|one or two|two or three|\d+|one|two|three|four|five|ten) words?\b")
_L39_YOUNG_CHILD = re.compile(
    r"\b(toddler|baby|babies|bub|infant|little one|wee one)\b|\b(\d{1,2}|eighteen|twenty|fifteen) (months?|mo|mos)( old)?\b"
    r"|\b(1|2|3|one|two|three)( |-)?(and a half )?(years?|yrs?|yo|y o)( |-)?(old)?\b|\b(is|turned|just turned|aged|age) (1|2|3|one|two|three)\b")
_L39_BREATH_CONTEXT = re.compile(
    r"\b(at a time|between|stopping|stops|stop for|then stops?|breath\w*|breathing|wheez\w*|gasp\w*|pant\w*|puff\w*|inhaler|asthma\w*|chest|air|lungs?|blue|grey|gray|pale|"
    r"struggl\w*|croup\w*|cough\w*|chok\w*|lips?|ribs?|sucking in|grunt\w*|noisy|whistl\w*|drows\w*|floppy|sleepy)\b")


def _l39_speech_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Drop breathing when a young child 'can only say a few words' and nothing in the message is about breath."""
    if "breathing" not in {r.category for r in fired}:
        return set()
    if _L39_FEW_WORDS.search(norm) and _L39_YOUNG_CHILD.search(norm) and not _L39_BREATH_CONTEXT.search(norm):
        return {"breathing"}
    return set()


# Round 39z (blind59b): a red-flag word used as a figure of speech about a task, a thing, a food, a boss or a show, in
# a social-media post (小红书 / 微博: 'KPI真的要把我心脏压爆了', '对老板的PPT严重过敏', '这破班上得我想死', '奶茶甜到我中毒',
# '看到设计稿我直接抽搐了', '高数题想得头都要撞墙了'). One reader for the shape, not the word: the figure's cause is a
# thing that cannot do it to a body (a KPI, a slide deck, a Monday, an exam question, a show's ending, a price), tied to
# the red-flag word by a degree complement (X到/得我…), 'to X, allergic', 'seeing X, I straight away …' or 'X … puts
# me …' ('把我…'); a food only by its taste (甜到, 辣到: eating it can truly poison or swell a throat). The message must
# read as a post (a hashtag, an emoji, 姐妹们 / 家人们 / 谁懂啊), or carry a joke marker or a stated 'I am fine' (说的是
# 心情, 身体没毛病). Only the figure's words are blanked, and the clauses that go on with it when the writer marks the
# whole as a joke or says they are well ('看到就…喘不过气 哈哈哈', '胸口闷到不想上班（身体没毛病）'); a category is dropped
# only when the rest raises it no more (`_r45_rest_clear`). A post that asks for help (#求助, 在线等, 120, 急诊, 怎么办)
# or says it is no joke (真的不是开玩笑, 认真的) is read as written, and so is anything sudden inside the figure.
_R39Z_POST = re.compile(r"#\s*[^\s#]|[\U0001F300-\U0001FAFF\u2600-\u27BF]|姐妹们|家人们|宝子们|集美们|谁懂|破防|绝绝子|\byyds\b|\bemo\b"
                        r"|避雷|种草|打工人|啊啊啊|哈哈|笑死|\(?bushi\)?")
_R39Z_FINE = re.compile(r"(身体|人|我|本人)(其实|都|也|倒是)?(没|冇|没有|无)(毛病|事|问题|大碍)|说的是(心情|心态|心理)|(心情|心理)上的|开玩笑的|夸张(一下|的说法|了|而已)"
                        r"|(其实|只是)[^,，。!！?？]{0,3}(比喻|形容|夸张)|其实(我)?只是想")
_R39Z_REAL = re.compile(r"求助|急急急|在线等|(?<!\d)(120|999|911)(?!\d)|急诊|救护车|送(去|到|进)?医院|怎么办|咋办|点算|怎么处理|要不要(去|送|叫)")
# the things a figure is about (tasks and work, study, money, shows and stars, commuting, games); a person among them
# (a boss, a client, a star) is the figure's cause only with the writer as the one it happens to ('甲方气得我吐血', never
# '老板气得晕倒了')
_R39Z_THING_PERSON = r"甲方|乙方|老板|领导|上司|客户|队友|爱豆|\bidol\b|偶像|男主|女主"
_R39Z_THING = (r"kpi|ppt|okr|deadline|ddl|bug|代码|需求|方案|报告|汇报|文案|设计稿|稿子|改稿|开会|会议|加班|上班|返工|打工"
               r"|(?<![值])班(?!长|主任)|工作|做事|做工|做嘢|周一|星期一|早高峰|地铁|堵车|通勤|作业|功课|论文|查重|考研|考试|期末|成绩|分数|高数|数学|物理|化学|英语"
               r"|(?<![问话])题|卷子|复习|背书|面试|简历|工资|工资条|账单|房租|房价|余额|花呗|信用卡|剧(?![烈痛毒增])|综艺|结局|剧情"
               r"|舞台|演唱会|颜值|抢票|游戏|排位|修改意见|消息|群聊|通知|\bdse\b|高考|上课|早八|早课|开学|网课|画饼")
_R39Z_ANY_THING = _R39Z_THING + "|" + _R39Z_THING_PERSON
_R39Z_TASTE = r"(甜|辣|咸|腻|苦|酸|香|好吃|难吃|好喝|难喝)"
# the red-flag words used as figures
_R39Z_FLAG = (r"想死|要死|会死|去世|升天|心梗|心肌梗塞|心肌梗死|脑溢血|脑出血|脑梗|中风|猝死|窒息|吐血|呕血|休克|抽搐|抽筋|抽了|过敏|中毒|心脏骤停"
              r"|心脏(病)?(都|要|快)*(发作|犯了|压爆|爆炸|炸了|停了|爆了|受不了)|压爆|晕过去|晕倒|昏过去|昏倒|(头)?(都)?(要)?撞墙|原地爆炸|裂开|炸了"
              r"|人(都)?(快)?没了|喘不过气|喘不上气|透不过气|呼吸不过来|高血压|血压(飙升|飙|爆表|上来)|血糖飙升")
_R39Z_SUDDEN = re.compile(r"突然|忽然|刚才|刚刚|正在")
_R39Z_GAP = r"[^,，。!！?？\s]"  # a figure stays inside one chunk of a post (posts put a space where a comma goes)
_R39Z_ADVERBS = r"(都|直接|当场|原地|快|要|差点|简直|瞬间|已经|立刻|马上)*"
_R39Z_FIGURE = re.compile(
    # to a thing, allergic (对老板的PPT严重过敏, 对周一过敏)
    r"对" + _R39Z_GAP + r"{0,10}?\s?(" + _R39Z_ANY_THING + r")\s?" + _R39Z_GAP + r"{0,6}?过敏"
    # a thing ... a degree complement ... the figure (这破班上得我想死, 高数题想得头都要撞墙了, KPI压得我心梗了)
    r"|(" + _R39Z_THING + r")\s?" + _R39Z_GAP + r"{0,14}?(到|得)(我|人|本人)?(整个人|成个人)?" + _R39Z_ADVERBS + r"(" + _R39Z_FLAG + r")"
    r"|(" + _R39Z_THING_PERSON + r")\s?" + _R39Z_GAP + r"{0,14}?(到|得)我(整个人|成个人)?" + _R39Z_ADVERBS + r"(" + _R39Z_FLAG + r")"
    # seeing / hearing the thing, I straight away ... (看到这个改了八版的设计稿我直接抽搐了, 看到甲方的修改意见我当场窒息)
    r"|(看到|看见|见到|听到|收到|睇到|看完|一看)" + _R39Z_GAP + r"{0,14}?\s?(" + _R39Z_ANY_THING + r")\s?" + _R39Z_GAP + r"{0,6}?我(整个人|成个人)?"
    + _R39Z_ADVERBS + r"(" + _R39Z_FLAG + r")"
    # the thing puts me ... (KPI真的要把我心脏压爆了, 老板的画饼能力让我直接心肌梗塞)
    r"|(" + _R39Z_ANY_THING + r")\s?" + _R39Z_GAP + r"{0,8}?(把|让|令|害|搞得|逼得)我(的)?(心脏|血压|头|人)?" + _R39Z_ADVERBS + r"(" + _R39Z_FLAG + r")"
    # a food by its taste, to the writer (奶茶甜到我中毒了, 螺蛳粉辣到我窒息)
    r"|" + _R39Z_TASTE + r"(到|得)我" + _R39Z_ADVERBS + r"(" + _R39Z_FLAG + r")")
# a clause that goes on with the figure: the thing met again (看到就…, 一到周一就…, 一睇到就…), a task's consequence
# (…到不想上班, 撞了三下还是不会), or the figure said again with nothing else ('呼吸不过来了啊啊啊')
_R39Z_MET_AGAIN = re.compile(r"^\s*(一)?(看到|看见|见到|听到|想到|睇到|到)[^,，。!！?？]{0,8}就")
_R39Z_RESULT = re.compile(r"(不想(上班|干了|工作|返工|上学)|还是不会|做不出来?|不会做|写不完|改不完)\s*$")
_R39Z_BODY = re.compile(r"胸|心|头|脑|气|呼吸|肚|腹|手|脚|腿|脸|嘴|眼|血|喉|身|晕|痛|疼")
_R39Z_LEFTOVER = re.compile(r"[了啊呀哦呜嘛吧的我\s!！~～.。]|直接|当场|原地|瞬间|(" + _R39Z_FLAG + r")|[" + _R38Z_EMOJI + r"]")
# the figure alone in its clause after a clause naming the thing ('甲方又改需求 我当场脑溢血', '看完工资条 原地心梗'):
# 当场 / 原地 (on the spot), or the writer 'straight away' (我直接…); '同事直接晕倒了' is told of someone
_R39Z_FIGURE_ALONE = re.compile(r"\s*(我|人)?(整个人|成个人)?(当场|原地)(" + _R39Z_FLAG + r")|\s*我(整个人|成个人)?(直接|瞬间|立马|马上)(" + _R39Z_FLAG + r")"
                                # or the writer at the task till the figure ('老板开会又讲了三小时 我听到吐血')
                                r"|\s*我(听|看|写|改|做|算|学|背|读|刷|考|上|加|开)(到|得)(我)?" + _R39Z_ADVERBS + r"(" + _R39Z_FLAG + r")")
# a suicide figure is read as one only beside a joke, a stated 'fine' or a move on to the practical (quitting, a job
# tip, a day off), and never beside a means, a plan or a time (药我已经攒够了, 今晚就…)
_R39Z_MOVE_ON = re.compile(r"辞职|离职|跳槽|换(个)?工作|请(个|两天|几天)?假|推荐|摸鱼|躺平|下班|\b(anyway|btw)\b")
_R39Z_TOPIC_TAG = re.compile(r"#\s*[^\s#]")  # a post filed under a topic (#打工人, #考研), not under a mood (below)
_R39Z_MOOD_TAG = re.compile(r"#\s*(emo|抑郁|焦虑|自杀|心理|失眠|崩溃|想死|不想活|活着好累|救救我)")
_R39Z_MEANS = re.compile(r"药|攒|囤|准备好|遗书|绳|跳楼|天台|楼顶|今晚就|告别|再见了|刀|割|烧炭|农药|结束|不想活|活着没意思|活不下去|真的")


def _r39z_figure_rest(norm: str) -> str | None:
    """`norm` with a post's figures of speech blanked (the figure's words, and with a joke marker or a stated 'fine' the
    clauses that go on with it); None when the message is no post, has no figure, asks for help or says it is real."""
    if not re.search(r"[\u4e00-\u9fff]", norm) or _NOT_JOKING.search(norm) or _R39Z_REAL.search(norm):
        return None
    joke_or_fine = bool(_JOKING.search(norm) or _R39Z_FINE.search(norm))
    if not (_R39Z_POST.search(norm) or joke_or_fine):
        return None
    spans = [m.span() for m in _R39Z_FIGURE.finditer(norm) if not _R39Z_SUDDEN.search(m.group(0))]
    clauses = _r37z_clauses(norm)
    for (pa, pb), (a, b) in zip(clauses, clauses[1:]):
        alone = _R39Z_FIGURE_ALONE.match(norm, a, b)
        if alone and re.search(_R39Z_ANY_THING, norm[pa:pb]) and not re.search(r"[.!?。！？\n]", norm[pb:a]):
            spans.append(alone.span())
    if not spans:
        return None
    figured = [i for i, (a, b) in enumerate(clauses) if any(a <= s < b for s, _ in spans)]
    for i in figured:
        for a, b in clauses[i + 1:i + 3]:  # at most two clauses go on with one figure
            clause = norm[a:b]
            if re.search(r"[.!?。！？\n]", norm[clauses[i][1]:a]):
                break  # a new sentence
            # the task's consequence goes on with the figure without a marker only where it names no body part
            goes_on = (joke_or_fine and (_R39Z_MET_AGAIN.search(clause) or _R39Z_RESULT.search(clause))
                       or _R39Z_RESULT.search(clause) and not _R39Z_BODY.search(clause))
            if goes_on or not _R39Z_LEFTOVER.sub("", clause).strip():
                spans.append((a, b))
            else:
                break
    if joke_or_fine:  # someone's 'don't do anything silly' to the writer is their worry, not the writer's thought
        spans += [m.span() for m in _R39Z_ADVISED_NOT.finditer(norm)]
    return _r37z_blank(norm, spans)


# 阿姆叫我莫想不开 (Hakka: mum told me not to take it hard), 同事劝我别做傻事
_R39Z_ADVISED_NOT = re.compile(r"(叫|劝|让|喊|话|同|跟)我(莫|别|不要|唔好|千万别|千万不要)(再)?(想不开|做傻事|寻短见)")
# the writer says they are well (我自己冇事㗎, 我没事, 我好好的)
_R39Z_OWN_FINE = re.compile(r"我(自己|本人)?(都|也|倒是)?(没事|没有事|好好的|很好|挺好|好着呢|ok|没什么事)")
# Round 39z (blind59b): a scald inside the mouth from hot food or drink (火锅吃到嘴巴被烫了一下 起了个小泡 已经不怎么疼了): a
# small blister or none, nothing in the throat, no trouble breathing or swallowing: self-care, not a burn of the face
_R39Z_MOUTH_SCALD = re.compile(r"(吃|喝|食|饮|尝|火锅|汤|粥|茶|咖啡|奶茶|面|饺子|开水|热水)[^,，。!！?？]{0,10}(烫|灼)(到|了|伤|亲|咗)?[^,，。!！?？]{0,4}(嘴|舌|口腔|上颚)"
                               r"|(嘴|舌|口腔|上颚)[^,，。!！?？]{0,4}(被|给)?[^,，。!！?？]{0,4}(烫|灼)(到|了|伤|亲|咗)")
_R39Z_SMALL_OR_NO_BLISTER = re.compile(r"(一|个|一个|一粒|粒)?小(水)?泡|没(有)?(起)?(水)?泡|不起泡")
_R39Z_MOUTH_KEEP = re.compile(r"喉|嗓子|食道|吞|咽|喘|呼吸|憋|嘶哑|声音|流口水|肿|化学|腐蚀|碱|酸|电|孩子|宝宝|娃|bb|婴")


def _r39z_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 39z (blind59a/b): the categories a post's figures of speech, a show's suicide the writer is well beside, or a
    mouth scalded by hot food raised that the rest of the message raises no more."""
    cats = {r.category for r in fired}
    if not cats:
        return set()
    rest = _r39z_figure_rest(norm)
    dropped = _r39z_show_suicide_dropped(norm, cats) | _r39z_mouth_scald_dropped(norm, cats)
    if rest is None or rest == norm:
        return dropped
    framed = _JOKING.search(norm) or _R39Z_FINE.search(norm) or _R39Z_MOVE_ON.search(rest) or _R39Z_TOPIC_TAG.search(norm)
    if "suicide_self_harm" in cats and (_R39Z_MEANS.search(rest) or _R39Z_MOOD_TAG.search(norm) or not framed):
        cats = cats - {"suicide_self_harm"}
    return dropped | _r45_rest_clear(rest, cats)


def _r39z_show_suicide_dropped(norm: str, cats: set[str]) -> set[str]:
    """A suicide in a show's story (睇咗套戏讲个女仔自杀), the writer saying they are well (我自己冇事): round 37z's show
    family never drops this category; it goes here only when the rest, the story blanked, says nothing suicidal."""
    if "suicide_self_harm" not in cats or not _R37Z_SHOW.search(norm) or not _R39Z_OWN_FINE.search(norm) or _R37Z_HELP_NOW.search(norm):
        return set()
    rest = _r37z_masked(norm, lambda c: bool(_R37Z_SHOW.search(c) and _R37Z_CHARACTER.search(c)))
    if rest == norm or _still_suicidal(rest) or _R39Z_MEANS.search(rest) or _lexicon("ACUTE_NOW").search(rest):
        return set()
    return {"suicide_self_harm"}


def _r39z_mouth_scald_dropped(norm: str, cats: set[str]) -> set[str]:
    """'burns' when it rests on an adult's mouth scalded by hot food, a small blister or none, nothing in the throat."""
    if "burns" not in cats or not _R39Z_MOUTH_SCALD.search(norm) or not _R39Z_SMALL_OR_NO_BLISTER.search(norm) or _R39Z_MOUTH_KEEP.search(norm):
        return set()
    rest = _r37z_blank(norm, [(a, b) for a, b in _r37z_clauses(norm)
                              if _R39Z_MOUTH_SCALD.search(norm[a:b]) or _R39Z_SMALL_OR_NO_BLISTER.search(norm[a:b])])
    return _r45_rest_clear(rest, {"burns"})


# Round 40z (blind60a, Chinese rows). A child 'a bit listless' (蔫儿, 没精神, 冇精神) explained by an upset (a test gone
# badly, told off, a quarrel: 考试没考好闹情绪呢) and told eating and sleeping as usual (饭照吃觉照睡, 能吃能睡, 食得瞓得) is
# low in mood, not floppy. The listless, upset and as-usual clauses are blanked; the category goes only when the rest
# raises it no more (a fever, vomiting, not waking or a swallowed medicine told beside it keeps it).
_R40Z_LISTLESS = re.compile(r"蔫|没精神|冇精神|无精打采|没精打采|不爱动|懒洋洋|提不起(劲|精神)|闷闷不乐|打不起精神")
_R40Z_UPSET = re.compile(
    r"闹情绪|(考试|考|测验|比赛|成绩)[^,，。;；!?！？]{0,4}(没考好|考砸|考差|考得(唔|不)好|没考过|不及格|输了|失利|不理想)|挨(了)?(骂|批评|训|打)"
    r"|被[^,，。;；!?！？]{0,4}(骂|批评|训|说)(了|咗)|心情不好|(不|唔)开心|不高兴|生闷气|闹别扭|(跟|同|和)[^,，。;；!?！？]{0,4}(吵架|闹翻|嗌交)|失恋|伤心")
_R40Z_AS_USUAL = re.compile(
    r"饭照吃觉照睡|照吃照睡|照吃照玩|照玩照吃|能吃能睡|吃得睡得|食得瞓得|吃嘛嘛香|吃饭睡觉(都)?(还|挺|很)?(可以|好|正常)"
    r"|(吃饭|吃东西|胃口|食饭)[^,，。;；!?！？]{0,3}(正常|照常|挺好|很好|不错|如常)|(睡觉|睡眠|瞓觉)[^,，。;；!?！？]{0,3}(正常|照常|挺好|很好|如常)")


def _r40z_listless_upset_dropped(norm: str, cats: set[str]) -> set[str]:
    """'child_unwell' when a child's listlessness is explained by an upset and eating and sleeping go on as usual."""
    if "child_unwell" not in cats or not (_R40Z_LISTLESS.search(norm) and _R40Z_UPSET.search(norm) and _R40Z_AS_USUAL.search(norm)):
        return set()
    rest = _r37z_blank(norm, [(a, b) for a, b in _r37z_clauses(norm)
                              if _R40Z_LISTLESS.search(norm[a:b]) or _R40Z_UPSET.search(norm[a:b]) or _R40Z_AS_USUAL.search(norm[a:b])])
    return _r45_rest_clear(rest, {"child_unwell"})


def _r40z_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 40z (blind60a/b, Chinese rows): the look-alike readers above."""
    cats = {r.category for r in fired}
    if not cats or not re.search(r"[\u4e00-\u9fff]", norm):  # Chinese messages only
        return set()
    return _r40z_listless_upset_dropped(norm, cats)


# Round 39e (blind59a/b, English rows). Look-alikes dropped by the reason they are calm; as in rounds 37e and 38e, each
# drops a category only when the rest of the message, the benign piece blanked, raises it no more (`_r45_rest_clear`).
# (1) an animal as the patient, seen by a vet ('my dog Chapo ate a bee and his lip puffed up, we took him to the vet,
# they gave him a shot'; 'our cat Mittens got stung on the nose, the vet gave her an injection'): the clauses naming the
# pet, and those after it in its sentence until one names a person, are blanked; a question about people in general
# ('can humans get allergic to bees?') is what is left.
_R39E_PET = re.compile(r"\b(dog|doggo|doggy|puppy|pup|cat|kitten|kitty|rabbit|bunny|hamster|guinea pig|horse|pony|parrot|budgie|ferret|tortoise|pet)s?\b")
_R39E_VET_SEEN = re.compile(
    r"\b(took|taken|take|brought|rushed|had) (him|her|it|them|the \w+|our \w+|my \w+)( \w+){0,2} (to|into) (the )?vets?\b"
    r"|\bvets?\b[^.;!?]{0,40}\b(gave|given|treated|checked|saw|seen|said|says|injection|shot|jab|antihistamine|steroids?|made (him|her|it) sick|sorted)\b"
    r"|\b(at|from|to) the vets?\b")
_R39E_PERSON = re.compile(r"\b(i|me|myself|we|us|my (lips?|face|tongue|throat|eyes?|mouth|hands?|arms?|legs?|chest)|son|daughter|husband|wife|partner|baby|child|children|kids?|"
                          r"toddler|boy|girl|mum|mom|dad|nan|gran|grandma|grandad|brother|sister|friend|people|humans?|adults?|person|someone|somebody"
                          # a stranger at the scene is a person too ("at the vets with the cat when a man collapsed")
                          r"|man|men|woman|women|guy|lady|gentleman|bloke|stranger|neighbou?r|customer|owner|receptionist|patient)\b")
# (2) food or drink overdone, told as an overdose ('i overdose on bubble tea this week, five cups'): a figure of speech,
# as round 25's telly and mince pies; a medicine, caffeine pills or alcohol keep it.
_R39E_FOOD_OD = re.compile(
    r"\b(overdos\w*|od'?d|od'?ing|o\.d\.?'?d?) on (\w+ ){0,2}(bubble teas?|boba|milk teas?|matcha( lattes?)?|lattes?|coffees?|tea|ice[ -]?creams?|sushi|pasta|pizzas?|burgers?|chips|fries|"
    r"crisps|noodles|ramen|dumplings|cookies|biscuits|cakes?|donuts|doughnuts|chocolates?|sweets|candy|sugar|carbs|cheese|fruit|mangoes|strawberries|snacks|"
    r"junk food|takeaways?|kfc|mcdonalds|nandos|pancakes|waffles|brownies|curry|biryani|food|desserts?|pastries|croissants|bread|popcorn|nachos|tacos|kebabs?|"
    r"boba tea|smoothies|avocados?|eggs|garlic|spice|hot sauce|pickles)\b(?! (pills|tablets|capsules|supplements|extract|powder))")
# (3) a dead person's medicines to be got rid of, nobody having taken any ('my nan passed away and she had loads of
# tablets, morphine and sleeping pills. nobody's taken any, i just don't want them in the house with the kids'): 'she
# had' is what she owned. Anyone living said to have taken some keeps it, and so do thoughts of using them.
_R39E_DECEASED = re.compile(r"\b(passed away|passed on|since (he|she|mum|mom|dad|nan|gran|grandad|grandma) passed|died|dead|funeral|"
                            r"late (husband|wife|mum|mom|dad|father|mother|nan|gran|grandma|grandad|grandfather|grandmother|brother|sister|uncle|aunt|auntie|son|daughter|partner))\b")
_R39E_NONE_TAKEN = re.compile(r"\b(nobody|nobodys|no one|no-one|noone|none of us)('s| has| have| had| is)?( \w+)? (taken|took|touched|had|swallowed|used|opened) (any|anything|them|it|one)\b"
                              r"|\b(have not|has not|had not|never) been (touched|opened|taken)\b|\b(still )?(sealed|unopened)\b")
_R39E_DISPOSE = re.compile(
    r"\b(get rid of|dispos\w*|return (them|it|the \w+)|take (them|it) back|hand (them|it) in|bin (them|it)|throw (them|it) (away|out)"
    r"|(do not|dont) want (them|it)( \w+){0,2} (in|around|near|lying around)|want (them|it) (gone|out)|out of the house"
    r"|what (do|should|can) (i|we) do with (them|it|the \w+)|(lying around|in the house) with (the |my )?(kids|children|grandkids|grandchildren|teenagers)"
    r"|near (my|the) (kids|children|grandkids|grandchildren|teenagers))\b")
_R39E_LIVING_TOOK = re.compile(r"\b(i|we|he|she|they|my \w+|someone|somebody)( have| has|'ve)? (taken|took|swallowed|ate|eaten|drank|drunk|necked|downed)\b"
                               r"|\b(i|we)( have|'ve)? had (some|a few|one|loads|a lot|a couple|\d+|two|three)\b|\b(i|we)( have|'ve| am| are| have been)? (keeping|saving|stockpiling|hoarding)\b")
# (4) a clinician's all-clear for an earlier knock, no sign now ('bumped my head on the car door sunday, went to urgent
# care, they said no concussion, no headache now'; 'doctor said just a bruise, nothing now'): the event, the visit, the
# verdict and the 'no sign now' clauses are blanked.
_R39E_ALL_CLEAR = re.compile(
    r"\b(they|he|she|doctor|doctors|gp|nurse|doc|dr|paramedics?|hospital|a&e|urgent care|walk-?in( centre| center| clinic)?|minor injuries)( \w+){0,3} "
    r"(said|says|told (me|us|him|her|them)|confirmed|checked (me|him|her|them|it)( over)?( and said)?)( (it|that|he|she|i) (is|was))?( (just|only))?( a| an)? "
    r"(no concussion|not (a )?concussion|fine|all clear|nothing (broken|serious|wrong|to worry about)|bruise|bruised|bruising|bump|sprain|sprained|knock|ok|okay|normal)\b"
    r"|\ball clear\b|\bgiven the all[- ]clear\b|\bsent (me|him|her|them) home\b")
_R39E_NO_SIGN_NOW = re.compile(r"\b(no (headache|symptoms|pain|sickness|vomiting|throwing up|dizziness|problems)( now| since)|nothing (now|since)|"
                               r"(fine|ok|okay|well|good|totally fine|all good|back to normal)( now| since| ever since)|no (other )?symptoms)\b")
_R39E_EARLIER = re.compile(r"\b(on |last |this past )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b|\byesterday\b|\bthe other day\b"
                           r"|\b(\d+|two|three|four|five|a few|couple of|a couple of) days (ago|back)\b|\blast (week|night)\b")
# (5) chest pain only on pressing a spot knocked earlier ('only when I press on the rib I banged at 5 a side'), no
# cardiac or breathing sign: the chest wall. The sentence telling it is blanked ('sore chest, only when I press ...').
_R39E_PRESS_ONLY = re.compile(
    r"\b(only|just)( \w+){0,2} (when|if) (i|you|he|she) (press|push|prod|poke|touch)\w*\b"
    r"|\b(hurts?|sore|tender|pain\w*)( \w+){0,2} (when|if) (i|you|he|she) (press|push|prod|poke|touch)\w*\b|\btender to (the )?touch\b")
_R39E_KNOCK = re.compile(r"\b(bang\w*|knock\w*|hit|bump\w*|fell (on|against|onto)|elbow\w*|kick\w*|tackl\w*|headbutt\w*|bruis\w*|took a (ball|knee|elbow))\b")
# (6) a relative already in hospital and stable, the writer asking about visiting, food or parking ('my nani is on the
# cardiac ward ... she had the heart attack on tuesday, they did the angiogram and she's stable now, chest pain all
# gone'): the relative's clauses are blanked, up to one naming the writer or a 'but'; home again keeps it. (A named unit
# reads 'specialist service' once normalised: 'on the stroke unit'.)
_R39E_IN_CARE = re.compile(
    r"\b(on|in) (the )?(\w+ )?(ward|wards|unit|icu|itu|ccu|hdu|hospital|coronary care|resus|specialist service)\b|\b(admitted|in there|kept (her|him|them) in)\b"
    r"|\bthey (did|done|have done|put in|put|gave|fitted|are doing) (the |an |a |her |his |their )?(angiogram|angioplasty|stents?|scan|operation|op|surgery|bypass|pacemaker|clot[- ]buster|thrombolysis|drip|antibiotics)\b")
_R39E_STABLE = re.compile(r"\b(stable|comfortable|recovering|improving|on the mend|out of danger|out of the woods)\b|\bdoing (well|better|ok|okay|fine)\b"
                          r"|\b(chest pain|pain|it) (all |has |is )?(gone|settled|eased)\b")
_R39E_HOME_AGAIN = re.compile(r"\b(discharged|sent (him|her|them) home|came home|come home|back home|home now|at home now|again|worse|getting worse)\b")
_R39E_OWN_TURN = re.compile(r"\b(i|i am|i have|me)\b|^\s*but\b")
# (7) a burn or cut healed long ago, a scar asked about ('amma burnt her arm on the tawa last year and it left a scar,
# it's healed proper innit'): nothing going on now; 'on purpose', 'again' or urges keep it
_R39E_HEALED = re.compile(r"\b(healed|healed up|healed over|long healed|all healed|fully healed)\b")
_R39E_HARM_NOW = re.compile(r"\b(on purpose|deliberately|to cope|urges?|again|started|starting|still|relaps\w*|tonight|keeps?|fresh|new cuts?|want(s|ed)? to (hurt|cut|burn|die))\b")


def _r39e_pet_masked(norm: str) -> str:
    """The clauses naming a pet (and no person) blanked, with those after each in its sentence until one names a person."""
    out, masking, last = [], False, 0
    for m in _R45_CLAUSE.finditer(norm):
        clause = m.group(0)
        if re.search(r"[.!?\n|]", norm[last:m.start()]):
            masking = False
        out.append(norm[last:m.start()])
        last = m.end()
        if _R39E_PET.search(clause) and not _R39E_PERSON.search(_R39E_PET.sub(" ", clause)):
            masking = True
        elif masking and (_R39E_PERSON.search(clause) or re.match(r"\s*but\b", clause)):
            masking = False
        out.append(" " * len(clause) if masking else clause)
    out.append(norm[last:])
    return "".join(out)


def _r39e_in_care_masked(norm: str) -> str:
    """From a clause telling the relative in hospital, stable or the event's day, the clauses of its sentence blanked until
    one names the writer or opens with 'but'."""
    out, masking, last = [], False, 0
    for m in _R45_CLAUSE.finditer(norm):
        clause = m.group(0)
        if re.search(r"[.!?\n|]", norm[last:m.start()]):
            masking = False
        out.append(norm[last:m.start()])
        last = m.end()
        if _R39E_OWN_TURN.search(clause) and not _R39E_IN_CARE.search(clause):
            masking = False
        elif _R39E_IN_CARE.search(clause) or _R39E_STABLE.search(clause) or _R37E_DATED.search(clause) or _R39E_EARLIER.search(clause):
            masking = True
        out.append(" " * len(clause) if masking else clause)
    out.append(norm[last:])
    return "".join(out)


# The pieces blanked when an episode is told over (all clear, no sign now, earlier, dated) and when a wound is told
# healed and dated: built once here, not per message.
_R39E_OVER_PIECES = re.compile("|".join(p.pattern for p in (_R39E_ALL_CLEAR, _R39E_NO_SIGN_NOW, _R39E_EARLIER, _R37E_DATED)))
_R39E_HEALED_PIECES = re.compile(_R39E_HEALED.pattern + "|" + _R38E_DATED.pattern + r"|\bscars?\b")

def _r39e_dropped(norm: str, fired: list[Rule], late: bool = False) -> set[str]:
    """Round 39e (blind59a/b): the families above; `late` once the everyday families have run (`_everyday_benign`)."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if not cats:
        return dropped
    harm = {"suicide_self_harm", "overdose_poisoning"}
    if _R39E_PET.search(norm) and _R39E_VET_SEEN.search(norm) and not _asks_for_help_now(norm):
        rest = _r39e_pet_masked(norm)
        if rest != norm:
            dropped |= _r45_rest_clear(rest, cats - {"suicide_self_harm"})
    # late only: coffee jitters told as an overdose are read first by TR37's family, which drops the shaking with it
    if late and "overdose_poisoning" in cats and _R39E_FOOD_OD.search(norm):
        dropped |= _r45_rest_clear(_R39E_FOOD_OD.sub(" , ", norm), {"overdose_poisoning"})
    if (cats & harm and _R39E_DECEASED.search(norm) and (_R39E_NONE_TAKEN.search(norm) or _R39E_DISPOSE.search(norm))
            and not _R39E_LIVING_TOOK.search(_R39E_NONE_TAKEN.sub(" ", norm))):
        rest = _r45_masked(norm, re.compile("|".join(p.pattern for p in (_R39E_DECEASED, _R39E_NONE_TAKEN, _R39E_DISPOSE))),
                           follow=_R39E_LIVING_TOOK)
        dropped |= _r45_rest_clear(rest, cats & harm)
    if (cats - harm and _R39E_ALL_CLEAR.search(norm) and _R39E_NO_SIGN_NOW.search(norm)
            and (_R39E_EARLIER.search(norm) or _R37E_DATED.search(norm)) and not _R37E_AGAIN_NOW.search(norm)):
        dropped |= _r45_rest_clear(_r45_masked(norm, _R39E_OVER_PIECES), cats - harm)
    if "chest_pain" in cats and _R39E_PRESS_ONLY.search(norm) and _R39E_KNOCK.search(norm) and not _ev_said(norm, _EV_CHEST_SEVERE):
        dropped |= _r45_rest_clear(_r37e_masked(norm, _R39E_PRESS_ONLY, _R37E_CLAUSE_SENTENCE), {"chest_pain"})
    if (cats - harm and _R39E_IN_CARE.search(norm) and _R39E_STABLE.search(norm) and not _R39E_HOME_AGAIN.search(norm)):
        dropped |= _r45_rest_clear(_r39e_in_care_masked(norm), cats - harm)
    if _R39E_HEALED.search(norm) and _R38E_DATED.search(norm) and not _R39E_HARM_NOW.search(norm) and cats - {"overdose_poisoning"}:
        rest = _r45_masked(norm, _R39E_HEALED_PIECES)
        dropped |= _r45_rest_clear(rest, cats - {"overdose_poisoning"})
    return dropped


# Round 40e (blind60a/b, English rows). Look-alikes dropped by the reason they are calm; as in rounds 37e-39e, each drops
# a category only when the rest of the message, the benign piece blanked, raises it no more (`_r45_rest_clear`).
# (1) a sign told as a general fact the writer read or heard ('I read that a rash that does not fade under a glass is
# serious'; 'I heard that chest pain going to the arm means a heart attack'): the clause from the reading verb to the
# sentence's end is blanked, and the writer's own story is what is left ('it faded both times ... playing with Lego').
_R40E_READ_THAT = re.compile(
    r"\b(i|we|my \w+)( have| had)? (read|heard|saw|seen|was told|were told|learned|learnt|know|been told)( online| somewhere| on \w+| in \w+)?"
    r"( that)? (a|an|any|if a|if an|when a|when an)\b[^.;!?\n]*")
# (2) breathless after a run or the gym, normal again within minutes ('so out of breath after running 5 km today haha, but
# after 5 minutes i was totally normal'): ordinary exertion, recovered; the clauses telling it are blanked.
_R40E_EXERTION = re.compile(r"\b(after|from|during|when) (running|a run|my run|the run|jogging|a jog|the gym|gym|training|football|a match|"
                            r"the match|cycling|a (\w+ )?race|sprint\w*|climbing (the )?stairs|exercis\w*|a workout|working out|swimming|"
                            r"\d+ ?(km|k|miles?))\b|\b(ran|run|running|jogged|cycled|swam) (\d+|a) ?(km|k|miles?|marathon|half)\b")
_R40E_RECOVERED_MINUTES = re.compile(r"\b(after|in|within) (\d+|a few|few|two|three|five|ten|a couple of) (minutes?|mins?)\b[^.;!?]{0,30}"
                                     r"\b(normal|fine|ok|okay|better|back to normal|recovered)\b|\b(normal|fine|ok|okay|back to normal|recovered)\b"
                                     r"[^.;!?]{0,20}\b(after|in|within) (\d+|a few|few|two|three|five|ten|a couple of) (minutes?|mins?)\b")
# (3) a bleed asked about ahead ('will it bleed a lot afterwards?' before a blood test, 'is it normal to bleed after a
# tooth out?'): a question about what may happen, nothing bleeding now; the question's clause is blanked.
_R40E_BLEED_AHEAD = re.compile(
    r"\b(will|would|does|do|could|can|might|may|is it (normal|usual|common|ok|okay) to|should (i|it|he|she) expect to)( it| i| you| he| she| they| the (arm|site|wound|cut|hole|gum))?"
    r"( \w+)? (bleed|bleeding|bruise)( \w+){0,3}\b[^.;!\n]*\?")


def _r40e_dropped(norm: str, fired: list[Rule]) -> set[str]:
    """Round 40e (blind60a/b): a sign read or heard as a general fact, breathless after exercise and well within minutes,
    a bleed asked about ahead."""
    cats = {r.category for r in fired}
    dropped: set[str] = set()
    if not cats:
        return dropped
    harm = {"suicide_self_harm", "overdose_poisoning"}
    if _R40E_READ_THAT.search(norm) and cats - harm:
        dropped |= _r45_rest_clear(_R40E_READ_THAT.sub(lambda m: " " * len(m.group(0)), norm), cats - harm)
    if "breathing" in cats and _R40E_EXERTION.search(norm) and _R40E_RECOVERED_MINUTES.search(norm):
        pieces = re.compile(_R40E_EXERTION.pattern + "|" + _R40E_RECOVERED_MINUTES.pattern)
        dropped |= _r45_rest_clear(_r45_masked(norm, pieces), {"breathing"})
    if "bleeding" in cats and _R40E_BLEED_AHEAD.search(norm):
        dropped |= _r45_rest_clear(_R40E_BLEED_AHEAD.sub(lambda m: " " * len(m.group(0)), norm), {"bleeding"})
    return dropped
