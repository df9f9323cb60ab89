"""Third red-flag detector: lay descriptions of red flags, as concept lexicons combined by small rules.

People rarely use the textbook word: after a fall a parent writes "he keeps asking the same questions",
a worried friend writes "she has been giving her things away", a pregnant woman writes "the baby has
been really quiet today". The lexicons in data/triage_lay_signs.yaml (English, Simplified Chinese, and
Traditional/Cantonese after folding) name such signs by concept (HEAD_KNOCK, HEAD_WORRY_SIGN,
SUICIDE_INTENT, SUBSTANCE + EXCESS, PREGNANCY + PREGNANCY_WORRY, ...); a rule fires when each of its
concepts has an occurrence that survives these filters:
- negation shortly before the occurrence in its clause ("no vomiting", "没有出血");
- a clause about the past ("last year") unless it also says now/since/still, or the lexicon is persistent;
- a hypothetical sentence ("what if", "if he ever", "万一") or an information question ("signs of");
- a dose question in the sentence, for the substance lexicon ("how much calpol can I give");
- chronic_ok lexicons in a practical message (rehab, appointments, records) with nothing acute in it.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


from moe_core.errors import UserError
from medqa.safety.facts import _DOSE_QUESTION, _HYPOTHETICAL, _PAST
from medqa.safety.normalize import normalize_triage
from medqa.safety.rule_files import read_rule_file

LAY_SIGNS = Path(__file__).parent / "data" / "triage_lay_signs.yaml"
_SENTENCE_SPLIT = re.compile(r"(?<!\d)\.|\.(?!\d)|[;!?\n\u3002\uff1b\uff01\uff1f]+")
# round 31ana (signs31): a chat message in Chinese often uses spaces as its only punctuation ('吃完海鲜一个小时 现在迷迷糊糊的
# 他以前吃螃蟹过敏过'), so a space between two Chinese characters ends a clause: the past of the last clause no longer
# drops the signs of the first; a space right after a negation (没 头痛) is not a break, the negation still covers the sign
_CLAUSE_SPLIT = re.compile(r",|\uff0c|\u3001|\bbut\b|\bhowever\b|但是|可是|不过"
                           r"|(?<=[\u4e00-\u9fff])(?<![没不无未冇唔别])(?<!没有) +(?=[\u4e00-\u9fff])")
# round 12: 'only if someone has a moment: my son is floppy' is a polite request, not a hypothetical
_IF_EVER = re.compile(r"\bif (someone|somebody|anyone|a person|a child|a baby|your (child|baby|kid))\b"
                      r"(?! (has|have|had|gets?|got|can spare|could spare|is free|is around)( got)? ?(a|the|any|some)? "
                      r"(moment|minute|min|second|sec|chance|few minutes|time)\b)|\bif (i|he|she|we|they|you|my \w+|the \w+)( \w+){0,3} (ever|were to|should)\b|\bif (i|he|she|we|they|you) (ever )?(get|gets|develop\w*|start\w*|notice\w*)\b")
_NEG_EN = {"no", "not", "never", "without", "denies", "denied", "none", "nor"}
_MODALS = {"can", "could", "will", "would"}
# round 39e (blind59b): the gear a 'without' names, not a sign after it ('using drain unblocker without gloves and it
# splashed in his eye')
_PROTECTIVE_GEAR = {"gloves", "glove", "goggles", "glasses", "specs", "protection", "mask", "visor", "ppe", "apron", "helmet"}
_STORY_TURN = {"now", "then", "so", "because", "after", "since", "until", "when", "while", "suddenly"}
# TR36: not feeling like a sign (不想吐, 唔想呕) or not feeling it (不觉得呼吸困难, 没感觉头晕) denies it too
_NEG_ZH = re.compile(r"(没有|没|无|不|未|否认|并没有)[有什么任何再太明显出现]{0,2}$|(?<![要])(不|唔)想$|(不|没|冇)(觉得|感觉|感到|觉)(有)?$|(没有|没|从没|从来没有?|并没有|不曾)(想过|想|打算|考虑过?)$|(没有|没|从没|从来没有?|并没有|不曾|未曾)(说过|讲过|提过|提起过?)(要|想|什么|任何)?$")
_STILL_NOW = re.compile(r"\b(since then|ever since|still|keeps?|and now|but now|now (he|she|i|it|they|we|his|her|my)( \w+)? (is|are|has|have|keeps?|can not|will not|started))\b"
                        # a past time and a sign today in one clause: 'had a stroke 2 years ago and today his face is drooping again'
                        r"|\b(and|but) (today|tonight|this (morning|afternoon|evening))\b|\b(today|tonight) (he|she|i|it|they|his|her|my)\b"
                        # round 10: a state that has lasted since a time is still going on ('been since yesterday')
                        r"|\b(it is been|it has been|has been|have been) since\b"
                        r"|\bsince (yesterday|last night|this morning|lunchtime)\b"
                        r"|\b(can not|could not|do not|does not) (remember|recall) (the last time|when)\b"
                        r"|\b\w+ing again\b|现在(又|还|开始|一直)|之后一直|一直|今天(又|突然|开始)|又(开始|发作|犯)")
_RULE_SCOPES = {"message", "sentence", "sentence_pair"}
# Session 38 (lead): a clause told today ('today her face dropped on one side for ten minutes') is a new event even in
# a sentence that also holds an old one ('my nan had a stroke last year and is fine now, today ...'): the sentence's
# practical or chronic frame does not reach it. A lasting state told today ('today his face still droops') stays chronic.
_TOLD_TODAY = re.compile(r"\b(today|tonight|this (morning|afternoon|evening)|just now|an hour ago|minutes ago)\b"
                         r"|今天|今日|今早|今晚|今朝|刚才|刚刚|啱啱|头先")
_LASTING = re.compile(r"\b(still|always|as usual|every day|ever since|since (his|her|my|their))\b|还是|一直|仍然|依然|照旧|每天")


@dataclass(frozen=True)
class Lexicon:
    """One lay-sign concept: its compiled alternatives and how context filters treat it."""

    name: str
    regex: re.Pattern
    persistent: bool = False
    negatable: bool = True
    chronic_ok: bool = False


@dataclass(frozen=True)
class LayRule:
    """Fires when every lexicon in all_of survives in the message (or adjacent sentences) and no none_of does."""

    id: str
    category: str
    all_of: tuple[str, ...]
    none_of: tuple[str, ...] = ()
    scope: str = "message"


@dataclass(frozen=True)
class LayFinding:
    """A fired lay-sign rule: id and category (always emergency level)."""

    rule: str
    category: str


@lru_cache(maxsize=1)
def load_lay_signs(path: Path = LAY_SIGNS) -> tuple[dict[str, Lexicon], list[LayRule]]:
    """Read and check the lay-sign lexicons and rules."""
    data = read_rule_file(path, "lay-sign lexicons", ("lexicons", "rules"))
    lexicons: dict[str, Lexicon] = {}
    for name, entry in data["lexicons"].items():
        if not isinstance(entry, dict) or set(entry) - {"patterns", "persistent", "negatable", "chronic_ok"}:
            raise UserError(f"{path.name}: lexicon {name} may only have patterns, persistent, negatable, chronic_ok")
        patterns = entry.get("patterns")
        if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) and p for p in patterns):
            raise UserError(f"{path.name}: lexicon {name} needs a non-empty list of pattern strings")
        try:
            regex = re.compile("|".join(f"(?:{p})" for p in patterns))
        except re.error as exc:
            raise UserError(f"{path.name}: lexicon {name} has a bad regular expression: {exc}") from exc
        lexicons[name] = Lexicon(name, regex, bool(entry.get("persistent")), entry.get("negatable", True) is not False,
                                 bool(entry.get("chronic_ok")))
    rules = []
    for entry in data["rules"]:
        rule_id = entry.get("id", "?") if isinstance(entry, dict) else "?"
        if not isinstance(entry, dict) or not entry.get("category") or not entry.get("all_of"):
            raise UserError(f"{path.name}: rule {rule_id} needs id, category and all_of")
        unknown = (set(entry["all_of"]) | set(entry.get("none_of", ()))) - set(lexicons)
        if unknown:
            raise UserError(f"{path.name}: rule {rule_id} names unknown lexicons {sorted(unknown)}")
        scope = entry.get("scope", "message")
        if scope not in _RULE_SCOPES:
            raise UserError(f"{path.name}: rule {rule_id} has scope {scope!r}, expected one of {sorted(_RULE_SCOPES)}")
        rules.append(LayRule(rule_id, entry["category"], tuple(entry["all_of"]), tuple(entry.get("none_of", ())), scope))
    return lexicons, rules


def _negated(clause: str, start: int) -> bool:
    """True when a negation cue sits just before `start` in its clause ('no vomiting', 'not bleeding', '没有出血')."""
    before = clause[:start]
    if start < len(clause) and "\u3400" <= clause[start] <= "\u9fff":
        return bool(_NEG_ZH.search(before[-4:]))
    words = re.findall(r"[a-z']+", before)
    # A negation does not reach past a turn in the story: "did not eat and now can not be woken" keeps the sign.
    turns = [i for i, word in enumerate(words) if word in _STORY_TURN]
    words = words[turns[-1] + 1:] if turns else words
    words = words[-4:]
    for i, word in enumerate(words):
        if word in _NEG_EN:
            previous = words[i - 1] if i else ""
            if word == "not" and previous in _MODALS:
                continue  # "will not stop bleeding" negates the stopping, not the bleeding
            if word == "without" and _PROTECTIVE_GEAR & set(words[i + 1:]):
                continue  # round 39e: "without gloves and it splashed in his eye" lacks the gloves, not the splash
            return True
    return False


def _sentences(text: str) -> list[list[str]]:
    """Normalised message as sentences, each a list of clauses."""
    out = []
    for sentence in _SENTENCE_SPLIT.split(normalize_triage(text)):
        clauses = [c.strip() for c in _CLAUSE_SPLIT.split(sentence) if c and c.strip()]
        if clauses:
            out.append(clauses)
    return out


# Session 24 (everyday13/14, blind38 first runs): a sign denied INSIDE the words a concept matched ("face not droopy",
# "his face is not drooping", 脸也不歪, 嘴没歪) was read as the sign, because the negation tests only look before the
# match. Negation is often the sign itself ("not breathing", "inhaler isn't helping", 叫不醒, 活着没意思, 疹子压了不会退),
# so only a cue right before a word that names a visible sign (droopy, blue, swollen, 歪, 紫, 肿) is a denial; a
# modal before "not" ("can not smile") keeps the sign.
_SPAN_NEG_EN = re.compile(r"\w\W+(not|no|never)((?: \w+){0,2}) (\w+)\W*$")
_SPAN_MODALS = {"can", "could", "will", "would", "cannot"}
_SPAN_SIGN_EN = re.compile(r"(droop|crooked|lopsided|uneven|sag|twisted|slurr|blue|swoll|numb)\w*$")
_SPAN_NEG_ZH = re.compile(r"(?<=.)(不|没有|沒有|没|沒|冇|未|无|無|唔)(太|怎么|怎麼|再|见|見|算)?(.{1,3})$")
_SPAN_SIGN_ZH = re.compile(r"^(歪|斜|下垂|耷拉|发紫|發紫|紫|发青|發青|肿|腫|麻)")


def denies_itself(span: str) -> bool:
    """True when a concept's matched words deny their own visible sign ("face not droopy", 脸也不歪)."""
    if "\u3400" <= span[-1:] <= "\u9fff":
        m = _SPAN_NEG_ZH.search(span)
        return bool(m) and bool(_SPAN_SIGN_ZH.match(m.group(3)))
    m = _SPAN_NEG_EN.search(span)
    if not m:
        return False
    before = span[: m.start(1)].split()
    return not (before and before[-1] in _SPAN_MODALS) and bool(_SPAN_SIGN_EN.match(m.group(3)))


def lay_sign_hits(text: str) -> dict[str, set[int]]:
    """Sentence indices where each lexicon has an occurrence that survives the context filters."""
    lexicons, _ = load_lay_signs()
    hits: dict[str, set[int]] = {}
    sentences = _sentences(text)
    acute = any(lexicons["ACUTE_NOW"].regex.search(c) for clauses in sentences for c in clauses)
    for index, clauses in enumerate(sentences):
        sentence = " , ".join(clauses)
        hypothetical = bool(_HYPOTHETICAL.search(sentence) or _IF_EVER.search(sentence))
        info = bool(lexicons["INFO_QUESTION"].regex.search(sentence))
        dose = bool(_DOSE_QUESTION.search(sentence))
        # A practical question about a lasting condition ("since his stroke his face droops, can we book
        # physio") is not a new event: chronic_ok lexicons are dropped in such a sentence unless the
        # message says something is happening now.
        chronic = not acute and bool(lexicons["PRACTICAL_FRAME"].regex.search(sentence)
                                     or lexicons["CHRONIC_MARKER"].regex.search(sentence))
        for clause in clauses:
            past = bool(_PAST.search(clause)) and not _STILL_NOW.search(clause)
            # read only where a chronic frame would drop the clause's signs
            told_today = chronic and bool(_TOLD_TODAY.search(clause)) and not _PAST.search(clause) and not _LASTING.search(clause)
            for lexicon in lexicons.values():
                if not lexicon.persistent and (hypothetical or past or info):
                    continue
                if (dose and lexicon.name == "SUBSTANCE") or (chronic and not told_today and lexicon.chronic_ok):
                    continue
                negated_end = -1
                for match in lexicon.regex.finditer(clause):
                    # round 19: a negation covers the whole sign word, so the rest of '没呕吐' (吐) is denied too
                    if lexicon.negatable and (_negated(clause, match.start()) or match.start() == negated_end
                                              or denies_itself(match.group(0))):
                        negated_end = match.end()
                        continue
                    hits.setdefault(lexicon.name, set()).add(index)
                    break
    return hits


def _fires(rule: LayRule, hits: dict[str, set[int]]) -> bool:
    """True when the rule's lexicons all survive (in adjacent sentences for sentence_pair) and no veto does."""
    if any(name in hits for name in rule.none_of) or not all(name in hits for name in rule.all_of):
        return False
    if rule.scope == "message" or len(rule.all_of) == 1:
        return True
    reach = 0 if rule.scope == "sentence" else 1
    first, *rest = rule.all_of
    return any(all(any(abs(i - j) <= reach for j in hits[name]) for name in rest) for i in hits[first])


def lay_red_flags(text: str) -> list[LayFinding]:
    """Lay-sign rules that fire on a message (all emergency level)."""
    if not isinstance(text, str) or not text.strip():
        return []
    _, rules = load_lay_signs()
    hits = lay_sign_hits(text[:20000])
    return [LayFinding(rule.id, rule.category) for rule in rules if _fires(rule, hits)]


_INABILITY = re.compile(r"\b(can|could|will|would) not( \w+){0,4}$|\b(not able|unable) to( \w+){0,3}$|\b(refus\w*|struggl\w*) to( \w+){0,3}$")
# a negation inside a Chinese sign ('胸口不痛', '嘴唇没有发紫'): the sign read with the negation taken out
_ZH_INNER_NEGATION = re.compile(r"(?<=[\u3400-\u9fff])(并没有|没有|没|不|无)(?=[\u3400-\u9fff])")
# and in English after a copula ('his lips are not blue', 'her face is no longer swollen')
_EN_INNER_NEGATION = re.compile(r"\b(is|are|was|were|am|looks?|seems?|feels?) (not|never|no longer)\b")


def without_inner_negation(clause: str) -> str:
    """A clause with a negation inside a sign taken out ('胸口不痛' -> '胸口痛', 'lips are not blue' -> 'lips are blue')."""
    return _EN_INNER_NEGATION.sub(r"\1", _ZH_INNER_NEGATION.sub("", clause))


def _denial(clause: str, start: int) -> bool:
    """`_negated`, less an inability: 'not able to drink the glucose water', 'will not take the jelly babies' tell a sign."""
    return _negated(clause, start) and not _INABILITY.search(clause[:start].rstrip())


def denied_signs(text: str) -> set[str]:
    """Sign lexicons (those the rules combine) that the message names only under a negation ('his face is not swollen',
    '没有呕吐'): found in some clause, each occurrence negated by the same test the rules use (`_negated`)."""
    if not isinstance(text, str) or not text.strip():
        return set()
    lexicons, rules = load_lay_signs()
    signs = {name for rule in rules for name in rule.all_of}
    found: dict[str, bool] = {}
    for clauses in _sentences(text[:20000]):
        for clause in clauses:
            for name in signs:
                lexicon = lexicons[name]
                if not lexicon.negatable:
                    continue
                for match in lexicon.regex.finditer(clause):
                    span = match.group(0)
                    inner = without_inner_negation(span)
                    negated = _denial(clause, match.start()) or (inner != span and bool(lexicon.regex.fullmatch(inner)))
                    found[name] = found.get(name, True) and negated
                # round 18: '胸口不痛' names the sign with its negation inside; read without it, it is a denied sign
                bare = without_inner_negation(clause)
                if name not in found and bare != clause:
                    if lexicon.regex.search(bare):
                        found[name] = True
    return {name for name, all_negated in found.items() if all_negated}
