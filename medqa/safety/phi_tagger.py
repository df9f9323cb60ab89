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
FEATURES_VERSION = "crf-v1"

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


def features(text: str, tokens: list[tuple[int, int]]) -> list[list[str]]:
    """Binary features ("name=value") of every token: the word, its shape and affixes, lexicons, neighbours."""
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
    return out


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
    if raw.get("features_version") != FEATURES_VERSION:
        raise ValueError(f"{path}: features {raw.get('features_version')!r}, this code reads {FEATURES_VERSION!r}")
    raw["_transitions"] = np.array(raw["transitions"], dtype=float)
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
        labels = _viterbi(model, features(text, tokens))
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
