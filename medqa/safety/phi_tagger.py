"""A learned PHI span tagger (linear-chain CRF) that can sit beside the rules in medqa.safety.phi.

The rules find names and addresses after cues and in shapes their authors saw; each new writer brings formats
they never saw. This tagger reads every token's shape, its neighbours and a first-name / surname lexicon, so it
can find a span from its context where no rule fires. It is fitted with python-crfsuite (scripts/fit_phi_tagger.py)
and shipped as plain weights in JSON, so tagging needs no extra package: Viterbi decoding is done here.

Tokens: a run of Latin letters, a run of digits, one CJK character, or one other non-space character; labels are
BIO over the 12 coarse kinds of the blind sets. It runs on user text bound for logs (phi.redact_user_text), not on answer
text (MEDQA_PHI_TAGGER chooses): the figures and the
reason are in data_cards/phi_tagger_model.md.
"""

import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_FILE = Path(__file__).resolve().parents[1] / "assets" / "safety" / "phi_tagger.json"
FEATURES_VERSION = "crf-v1"  # what scripts/fit_phi_tagger.py writes by default (the shipped asset)
# crf-v2 (fit --features crf-v2, session 37, not shipped): crf-v1 plus a lexicon carried in the model and the transfer
# features of _transfer_features; data_cards/phi_tagger_model.md has its folds.
READABLE_VERSIONS = ("crf-v1", "crf-v2")

_LATIN = "A-Za-zÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿ"
_CJK = "\u4e00-\u9fff\u3400-\u4dbf"
_TOKEN = re.compile(r"[" + _LATIN + r"]+|\d+|[" + _CJK + r"]|\S")
_CJK_RE = re.compile(r"[" + _CJK + r"]")
# Existing replacement tokens ("[NAME]") are never tagged again: the rules own them.
_REPLACEMENT = re.compile(r"\[[A-Z_]{2,12}\]")


def tokenize(text: str) -> list[tuple[int, int]]:
    """(start, end) of every token of `text`."""
    return [m.span() for m in _TOKEN.finditer(text)]


def _shape(word: str) -> str:
    """Character classes with runs folded to two ("Smith" -> "Xxx", "0803" -> "dd", "王" -> "C")."""
    out = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else "C" if _CJK_RE.match(ch) else ch
        if len(out) < 2 or out[-1] != c or out[-2] != c:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=1)
def _lexicons() -> tuple[frozenset, frozenset]:
    """The rules' first-name lexicon and Chinese surname characters (imported late: phi.py imports this module)."""
    from medqa.safety import phi

    return frozenset(phi.FIRST_NAMES), frozenset(phi._SURNAMES)


def features(text: str, tokens: list[tuple[int, int]], lexicon: dict | None = None) -> list[list[str]]:
    """Binary features ("name=value") of every token: the word, its shape and affixes, lexicons, neighbours.

    With `lexicon` (a crf-v2 model's, see `lexicon_of`) the features that should carry over to a writer the tagger
    never saw are added: names seen in other writers' rows, a capitalised word mid-sentence that is no common
    lower-case word, a relation or title word before the token, a Chinese surname followed by one or two characters,
    a word that comes back later in the text."""
    first_names, surnames = _lexicons()
    words = [text[s:e] for s, e in tokens]
    lower = [w.lower() for w in words]
    shapes = [_shape(w) for w in words]
    out = []
    for i, (word, (start, _)) in enumerate(zip(words, tokens)):
        f = ["b", "w=" + lower[i], "s=" + shapes[i]]
        if len(word) > 3 and word[0].isalpha() and not _CJK_RE.match(word):
            f += ["p3=" + lower[i][:3], "x3=" + lower[i][-3:]]
        if word.isdigit():
            f.append(f"dl={min(len(word), 12)}")
        if start == 0 or text[start - 1].isspace():
            f.append("sp")
        if lower[i] in first_names:
            f.append("fn")
        if word in surnames:
            f.append("zs")
        for d in (-3, -2, -1, 1, 2, 3):
            j = i + d
            if 0 <= j < len(words):
                f.append(f"{d}w={lower[j]}")
                if abs(d) == 1:
                    f.append(f"{d}s={shapes[j]}")
                    f.append(f"{d}fn" if lower[j] in first_names else f"{d}nf")
            else:
                f.append(f"{d}w=<edge>")
        f.append(f"-1w|w={lower[i - 1] if i else '<edge>'}|{lower[i]}")
        out.append(f)
    if lexicon is not None:
        _transfer_features(text, tokens, words, lower, out, lexicon)
    return out


# --- crf-v2: features meant to carry over to a new writer's names ---------------------------------------------
# Relation, kin and title words that introduce a person (hand-written for the tagger, not taken from any set).
_RELATION_EN = (
    "son|daughter|wife|husband|mum|mom|mother|mam|dad|father|papa|mama|brother|sister|grandma|grandpa|grandmother|"
    "grandfather|gran|granny|grandad|nan|nana|nanna|abuela|abuelo|aunt|auntie|aunty|uncle|cousin|nephew|niece|friend|"
    "neighbour|neighbor|partner|fiance|fiancee|boyfriend|girlfriend|kid|baby|child|grandson|granddaughter|"
    "stepson|stepdaughter|carer|caregiver|flatmate|roommate|colleague|boss|employer|patient|resident|client|"
    "dr|doctor|mr|mrs|ms|miss|mx|prof|professor|nurse|matron|pastor|rev|sgt|sergeant|cpl|capt|captain|"
    "lt|major|col|sir|madam|ma'am|maam|lady|lord|señor|senor|señora|senora|tio|tia|lola|lolo|ate|kuya|name|named|"
    "called")
_VERB_EN = ("call|ask|tell|text|ring|email|message|contact|met|see|signed|regards|thanks|cheers|love|dear|hi|hello|hey|"
            "attn|cc|from|with|and")
_RELATION_ZH = (
    "我叫|叫做|名叫|姓|名字是|名字叫|本人|儿子|兒子|女儿|女兒|老公|老婆|丈夫|妻子|太太|先生|妈妈|媽媽|爸爸|母亲|母親|"
    "父亲|父親|奶奶|爷爷|爺爺|外婆|外公|婆婆|公公|阿嬷|阿嬤|阿公|阿婆|阿姨|叔叔|伯伯|舅舅|姑姑|姨妈|姨媽|哥哥|姐姐|弟弟|妹妹|"
    "孙子|孫子|孙女|孫女|朋友|同事|邻居|鄰居|室友|老板|老闆|医生|醫生|护士|護士|老师|老師|病人|患者|家属|家屬|联系人|聯絡人")
_VERB_ZH = "联系|聯絡|找|问|問|给|給|和|跟|同|叫|係|系|是|由|请|請"
_REL_EN, _VERB_EN_SET = frozenset(_RELATION_EN.split("|")), frozenset(_VERB_EN.split("|"))
_REL_ZH, _VERB_ZH_SET = frozenset(_RELATION_ZH.split("|")), frozenset(_VERB_ZH.split("|"))
_POSSESSIVE = frozenset("my our his her their me".split())
_TITLES = frozenset("dr mr mrs ms miss mx prof sgt capt nurse sister pastor rev sir madam".split())
_CUE_ZH = ("我叫", "叫做", "名叫", "我系", "我係", "我是", "姓", "名字是", "名字叫", "本人")
_LAST_WORDS = re.compile(r"([" + _LATIN + r"']+)\.?[ \t]*[,:]?[ \t]*$")
_PREV_WORD = re.compile(r"([" + _LATIN + r"']+)[ \t]+$")
_CUE_PAIRS = {("name", "is"), ("this", "is"), ("i", "am"), ("it", "is"), ("names", "are")}


def _cues(before: str) -> list[str]:
    """'rel' (a relation or title word just before), 'verb' (a contact verb), 'cue' (a strong introduction: "my son",
    "Dr", "name is", "I'm", 我叫) for the text before a token on its line."""
    out = []
    m = _LAST_WORDS.search(before)
    if m:
        last = m.group(1).lower()
        prev = _PREV_WORD.search(before, 0, m.start())
        prev = prev.group(1).lower() if prev else ""
        if last in _REL_EN:
            out.append("rel")
        elif last in _VERB_EN_SET:
            out.append("verb")
        if (last in _REL_EN and prev in _POSSESSIVE) or (last in _TITLES and "," not in m.group(0)) \
                or (prev, last) in _CUE_PAIRS or last in ("i'm", "im", "named", "called", "name's"):
            out.append("cue")
        return out
    tail = before.rstrip(" \t:：,，")
    for n in (4, 3, 2, 1):
        w = tail[-n:]
        if len(w) == n and w in _REL_ZH:
            out.append("rel")
            break
        if len(w) == n and w in _VERB_ZH_SET:
            out.append("verb")
            break
    if tail.endswith(_CUE_ZH):
        out.append("cue")
    return out


# Common surnames in Traditional Chinese and Hong Kong forms (the rules' list is Simplified).
_TRAD_SURNAMES = frozenset("陳張劉楊黃趙吳鄭謝韓馮鄧蕭葉蘇魏呂盧鍾譚陸賈韋鄒閆雷龍陶賀顧龔萬錢嚴湯溫莊聶魯歐關蘭紀畢單駱藍鮑華饒麥竇"
                          "費衛鄺區伍岑黎梁何林郭羅蔡潘余杜程袁許曾彭肖田董蔣丁沈姚崔鐘孫馬朱胡高宋唐曹周徐")
_SENTENCE_END = set(".!?:;\"“”\n()[]-–—•*#>")


def lexicon_of(rows: list[dict], negatives: list[str]) -> dict:
    """The lexicons a crf-v2 model carries, built from its own training rows only: Latin words and Chinese characters
    seen inside NAME spans (given/family words, given-name characters), and lower-case words common in PHI-free
    texts (a capitalised word that is one of them is more likely a sentence's first word or an emphasis)."""
    from collections import Counter

    names, zh_given, common = Counter(), Counter(), Counter()
    for row in rows:
        for e in row["entities"]:
            if e["kind"] != "NAME":
                continue
            value = row["text"][e["start"]:e["end"]]
            for m in re.finditer(r"[" + _LATIN + r"']{2,}", value):
                if m.group()[0].isupper():
                    names[m.group().lower()] += 1
            cjk = [c for c in value if _CJK_RE.match(c)]
            for c in cjk[1:]:
                zh_given[c] += 1
    for text in negatives:
        for m in re.finditer(r"(?<![" + _LATIN + r"])[a-z]{2,}(?![" + _LATIN + r"])", text):
            common[m.group()] += 1
    return {"names": sorted(names), "zh_given": sorted(zh_given),
            "common": sorted(w for w, n in common.items() if n >= 3)}


def _transfer_features(text, tokens, words, lower, out, lexicon) -> None:
    """Append the crf-v2 features to `out` (one list per token)."""
    names, zh_given, common = lexicon["_names"], lexicon["_zh_given"], lexicon["_common"]
    _, surnames = _lexicons()
    capitalised = [bool(w) and w[0].isupper() and not _CJK_RE.match(w) for w in words]
    counts: dict[str, int] = {}
    for w, c in zip(words, capitalised):
        if c and len(w) > 1:
            counts[w] = counts.get(w, 0) + 1
    # a name seen again later in the text: count over the whole text, not just this line
    whole = {}
    for m in re.finditer(r"[" + _LATIN + r"]+", text):
        whole[m.group()] = whole.get(m.group(), 0) + 1
    for i, (word, (start, end)) in enumerate(zip(words, tokens)):
        f = out[i]
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 24):start]
        is_cjk = bool(_CJK_RE.match(word))
        if lower[i] in names:
            f.append("nl")
        if capitalised[i] and word.isalpha():
            prev = before.rstrip()
            mid = bool(prev) and prev[-1] not in _SENTENCE_END
            common_word = lower[i] in common
            f.append(("capmid" if mid else "capstart") + ("|cw" if common_word else "|nw"))
            if word.isupper() and len(word) > 1:
                f.append("allcaps")
            if whole.get(word, 0) >= 2:
                f.append("rep")
            if i and capitalised[i - 1] and words[i - 1].isalpha():
                f.append("-1cap" + ("|nl" if lower[i - 1] in names else ""))
        cues = _cues(before) if word[0].isalpha() else []
        f += cues
        if i and "cue" in out[i - 1] and "cue" not in cues:
            f.append("-1cue")
        if is_cjk:
            if word in surnames or word in _TRAD_SURNAMES:
                f.append("zs2")
                after = text[end:end + 3]
                run = len(re.match(r"[" + _CJK + r"]*", after).group())
                f.append(f"zsrun={min(run, 3)}")
                if text.count(text[start:start + 2]) >= 2 and len(text[start:start + 2]) == 2:
                    f.append("zrep")
            if word in zh_given:
                f.append("zg")
            for d in (1, 2):
                j = i - d
                if j >= 0 and (words[j] in surnames or words[j] in _TRAD_SURNAMES) and \
                        all(_CJK_RE.match(words[k]) for k in range(j, i)):
                    f.append(f"-{d}zs" + ("|zg" if word in zh_given else ""))
    return None


def bio_labels(tokens: list[tuple[int, int]], entities: list[dict]) -> list[str]:
    """B-KIND / I-KIND / O for every token: a token belongs to the entity its first character is in."""
    labels, previous = [], None
    for start, _ in tokens:
        entity = next((e for e in entities if e["start"] <= start < e["end"]), None)
        if entity is None:
            labels.append("O")
        else:
            labels.append(("I-" if entity is previous else "B-") + entity["kind"])
        previous = entity
    return labels


def _viterbi(model: dict, feats: list[list[str]]) -> list[str]:
    """The best label sequence under the model's state and transition weights."""
    labels, state, trans = model["labels"], model["state"], model["_transitions"]
    scores = np.zeros((len(feats), len(labels)))
    for t, f in enumerate(feats):
        row = scores[t]
        for name in f:
            for label, weight in state.get(name, ()):
                row[label] += weight
    best, back = scores[0], []
    for row in scores[1:]:
        total = best[:, None] + trans
        pointers = total.argmax(axis=0)
        back.append(pointers)
        best = total[pointers, np.arange(len(labels))] + row
    j = int(best.argmax())
    path = [j]
    for pointers in reversed(back):
        j = int(pointers[j])
        path.append(j)
    return [labels[j] for j in reversed(path)]


@lru_cache(maxsize=4)
def load_model(path: str = str(MODEL_FILE)) -> dict:
    """The shipped (or a given) model: labels, state weights by feature name, transition matrix, metadata."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    if raw.get("features_version") not in READABLE_VERSIONS:
        raise ValueError(f"{path}: features {raw.get('features_version')!r}, this code reads {READABLE_VERSIONS!r}")
    raw["_transitions"] = np.array(raw["transitions"], dtype=float)
    if "lexicon" in raw:
        raw["lexicon"] |= {"_" + key: frozenset(words) for key, words in raw["lexicon"].items()}
    return raw


def tag(text: str, model: dict | None = None) -> list[tuple[int, int, str]]:
    """Spans (start, end, kind) the tagger finds in `text`, sorted and disjoint; replacement tokens are skipped."""
    model = model or load_model()
    spans = []
    # Lines are tagged one at a time: a log line rarely carries context across a newline, and it bounds the cost.
    for line in re.finditer(r"[^\n]+", text):
        tokens = [(s + line.start(), e + line.start()) for s, e in tokenize(line.group())]
        if not tokens:
            continue
        labels = _viterbi(model, features(text, tokens, model.get("lexicon")))
        current = None
        for (start, end), label in zip(tokens, labels):
            kind = label[2:] if label != "O" else None
            if kind and (label.startswith("I-") and current and current[2] == kind):
                current[1] = end
                continue
            if current:
                spans.append(tuple(current))
            current = [start, end, kind] if kind else None
        if current:
            spans.append(tuple(current))
    blocked = [m.span() for m in _REPLACEMENT.finditer(text)]
    return [s for s in spans if not any(s[0] < b_end and b_start < s[1] for b_start, b_end in blocked)]


Spans = list[tuple[int, int, str]]

# A product's own code is no one's identifier: what follows a version, lot, model or ticket word is a version number,
# a batch or a model, whatever its shape (blind21: firmware 10.0.0.2 read as an IP, lot L969-7 as a plate, 型号ZNB-XAII).
_PRODUCT_CUE = re.compile(
    r"(?i:\b(?:version|ver\.?|firmware|fw|software|sw|build|release|app|v|lot|batch|model|type|ref|cat|catalogue|catalog|part|"
    r"sku|ticket|queue|expiry|exp)(?:[ \t]+(?:number|no\.?|nr\.?|code|id))?(?:[ \t]+on[ \t]+the[ \t]+[a-z]+)?)[ \t:#]*$|"
    r"(?:版本号?|版本號|固件|软件|軟件|型号|型號|批号|批號|批次|规格|規格|货号|貨號|排队号|排隊號|效期)[ \t:：#]*$")
_STREET_WORD = re.compile(r"(?i)[ \t](?:street|st|road|rd|avenue|ave|lane|way|drive|close|square|crescent|terrace|place)\.?$")
_DOTTED = re.compile(r"\d+(?:\.\d+)+")


def plausible(text: str, span: tuple[int, int, str]) -> bool:
    """False for a tagger span that is a product's code or a place, not PHI: a value after a version/lot/model/ticket
    word, a dotted 'IP' that is not four parts of 0-255, a 'name' that ends in a street word (the rules own addresses)."""
    start, end, kind = span
    value = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    if _PRODUCT_CUE.search(text[max(line_start, start - 40):start]):
        return False
    parts = value.split(".")
    if kind == "IP" and _DOTTED.fullmatch(value) and (len(parts) != 4 or any(int(part) > 255 for part in parts)):
        return False
    return not (kind == "NAME" and _STREET_WORD.search(value))


def union(rule_spans: Spans, tagger_spans: Spans) -> Spans:
    """Rule spans first; a tagger span is added only where it overlaps no rule span (the rules keep their edges)."""
    added = [t for t in tagger_spans if not any(t[0] < r[1] and r[0] < t[1] for r in rule_spans)]
    return sorted(list(rule_spans) + added)
