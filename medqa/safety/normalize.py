"""Text normalisation and tokenisation shared by the triage and scope rules (English + Chinese)."""

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from medqa.prompts import detect_language

# Curly quotes and other apostrophe look-alikes, so contractions are found whatever the keyboard.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})

# Order matters: specific forms first, the generic "n't" last.
_CONTRACTIONS = [
    (r"\bcan'?t\b|\bcannot\b", "can not"),
    (r"\bwon'?t\b", "will not"),
    (r"\bain'?t\b", "is not"),
    (r"\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need)n'?t\b", r"\1 not"),
    (r"\bi'?m\b", "i am"),
    (r"\b(it|that|there|he|she|what|who|where|here)'s\b", r"\1 is"),
    # Apostrophe-less forms typed on phones ("whats", "hes"); "its" stays (possessive), "shell"/"well" too.
    (r"\b(that|there|he|she|what|who|where|here)s\b", r"\1 is"),
    (r"\b(you|they)re\b", r"\1 are"),
    (r"\bive\b", "i have"),
    (r"\b(you|we|they)'re\b", r"\1 are"),
    (r"\b(i|you|we|they)'ve\b", r"\1 have"),
    (r"\b(i|you|he|she|we|they|it)'ll\b", r"\1 will"),
    (r"\b(i|you|he|she|we|they)'d\b", r"\1 would"),
    (r"n't\b", " not"),
    (r"\bu\b", "you"),
    (r"\bur\b", "your"),
]
_CONTRACTION_RES = [(re.compile(p), r) for p, r in _CONTRACTIONS]

# Misspellings seen in patient messages (and typo-level variants) mapped to the lexicon spelling.
MISSPELLINGS = {
    "chets": "chest", "chesst": "chest", "ches": "chest", "cheast": "chest",
    "siezure": "seizure", "seazure": "seizure", "seisure": "seizure", "seizur": "seizure", "sezure": "seizure",
    "siezures": "seizures", "siezing": "seizing",
    "unconcious": "unconscious", "unconsious": "unconscious", "unconcsious": "unconscious",
    "bleading": "bleeding", "bleedin": "bleeding", "bledding": "bleeding", "bleding": "bleeding",
    "vomitting": "vomiting", "vommiting": "vomiting", "vomiteing": "vomiting", "vomitted": "vomited",
    "feaver": "fever", "fevor": "fever", "fevr": "fever", "fiver": "fever",
    "tounge": "tongue", "tung": "tongue", "throut": "throat", "thoat": "throat", "throad": "throat",
    "alergic": "allergic", "alergy": "allergy", "allergie": "allergy",
    "anaphalaxis": "anaphylaxis", "anaphylaxsis": "anaphylaxis", "anaphilaxis": "anaphylaxis",
    "anafilaxis": "anaphylaxis", "headach": "headache", "hedache": "headache", "headake": "headache",
    "stomache": "stomach", "stomack": "stomach", "stumach": "stomach",
    "sucidal": "suicidal", "suicidial": "suicidal", "suiside": "suicide", "sucide": "suicide",
    "pregant": "pregnant", "pregnent": "pregnant", "prengant": "pregnant", "pragnant": "pregnant",
    "poisen": "poison", "posion": "poison", "poisioned": "poisoned",
    "overdoes": "overdose", "od'd": "overdosed", "breth": "breath", "breathin": "breathing", "breating": "breathing", "brething": "breathing",
    "testical": "testicle", "testicel": "testicle", "testicals": "testicles",
    "nauseus": "nauseous", "nausious": "nauseous", "nautious": "nauseous",
    "diabetis": "diabetes", "diabeties": "diabetes",
    "concusion": "concussion", "dizzyness": "dizziness", "diziness": "dizziness",
    "hart": "heart", "harts": "heart", "hurst": "hurts", "hurtss": "hurts",
    "unresponsve": "unresponsive", "tyenol": "tylenol", "tylenal": "tylenol", "paracetemol": "paracetamol",
    "insullin": "insulin", "insolin": "insulin",
    "meningitus": "meningitis", "menengitis": "meningitis",
    "babys": "baby's", "pls": "please", "plz": "please", "teh": "the", "hte": "the", "rly": "really",
    "swalowed": "swallowed", "swallowd": "swallowed",
    "hed": "head", "blod": "blood", "bloood": "blood", "pregnat": "pregnant", "pregnnat": "pregnant", "alot": "a lot",
    "accidentaly": "accidentally", "accidently": "accidentally", "breathe's": "breathes", "unconcius": "unconscious",
}
_WORD_RE = re.compile(r"[a-z']+")

_TOKEN_RE = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*|[\u3400-\u9fff]|[.,;:!?\u3002\uff0c\uff1b\uff01\uff1f\u3001\n]")
_CLAUSE_PUNCT = set(".;:!?\u3002\uff1b\uff01\uff1f\n,\uff0c\u3001")
_CLAUSE_WORDS = {"but", "although", "though", "however", "except", "yet", "\u4f46"}


@lru_cache(maxsize=1)
def traditional_to_simplified_table() -> dict[int, str]:
    """One-to-one Traditional -> Simplified character table (OpenCC's TSCharacters), for str.translate.

    Only single-character entries are kept and the first Simplified candidate is taken, so folding never
    changes the length of a text (offsets computed on folded text stay valid on the original).
    """
    try:
        dictionary = resources.files("opencc") / "dictionary" / "TSCharacters.txt"
        lines = dictionary.read_text(encoding="utf-8").splitlines()
    except (ImportError, ModuleNotFoundError, FileNotFoundError) as exc:
        raise ImportError(
            "Traditional Chinese folding needs the 'opencc-python-reimplemented' package "
            "(pip install opencc-python-reimplemented)"
        ) from exc
    table: dict[int, str] = {}
    for line in lines:
        traditional, _, simplified = line.partition("\t")
        first = simplified.split(" ")[0] if simplified else ""
        if len(traditional) == 1 and len(first) == 1 and traditional != first:
            table[ord(traditional)] = first
    return table


def fold_traditional(text: str) -> str:
    """Replace Traditional Chinese characters by their Simplified forms, character for character."""
    return text.translate(traditional_to_simplified_table())


def normalize(text: str) -> str:
    """Lower-case, NFKC (full-width -> ASCII), Traditional -> Simplified, apostrophes, contractions, misspellings."""
    text = fold_traditional(unicodedata.normalize("NFKC", text)).translate(_APOSTROPHES).lower()
    text = _WORD_RE.sub(lambda m: MISSPELLINGS.get(m.group(0), m.group(0)), text)
    for pattern, repl in _CONTRACTION_RES:
        text = pattern.sub(repl, text)
    return re.sub(r"[ \t\r\f\v]+", " ", text).strip()


@dataclass
class Tokens:
    """Tokens of a normalised text: English words and single CJK characters, with char offsets."""

    text: str
    words: list[str]
    starts: list[int]
    clause_ids: list[int]
    positions: list[float]  # word units: an English word counts 1, a Chinese character 0.5

    def index_at(self, char_pos: int) -> int:
        """Index of the token that starts at or before `char_pos`."""
        return max(0, bisect.bisect_right(self.starts, char_pos) - 1)


def tokenize(normalized: str) -> Tokens:
    """Split a normalised text into tokens and number its clauses (split at punctuation and 'but')."""
    words, starts, clause_ids, positions = [], [], [], []
    clause, pos = 0, 0.0
    for m in _TOKEN_RE.finditer(normalized):
        w = m.group(0)
        if w in _CLAUSE_PUNCT or w in _CLAUSE_WORDS:
            clause += 1
        words.append(w)
        starts.append(m.start())
        clause_ids.append(clause)
        positions.append(pos)
        # Chinese words are about two characters long, so windows mean the same in both languages.
        pos += 0.5 if "\u3400" <= w[0] <= "\u9fff" else 1.0
    return Tokens(normalized, words, starts, clause_ids, positions)


def is_chinese(text: str) -> bool:
    """True when `medqa.prompts.detect_language` calls `text` Chinese (3 Latin letters weigh as one CJK char)."""
    return detect_language(text) == "zh"


# Cantonese colloquial (Hong Kong / Guangdong messages) folded to the Mandarin words the triage lexicons
# use, character for character where possible so that lengths stay close. Only for triage: the scope
# guard keeps `normalize` unchanged. Multi-character forms go first ("暈低" fainted, "透唔到氣" cannot
# breathe, "有咗" = pregnant only after a person and before BB/ages).
_CANTONESE_PHRASES = [
    (re.compile(r"晕低"), "晕倒"),
    (re.compile(r"(?<=[我她他佢太婆])有咗(?=bb|[\d一二两三四五六七八九十几个]|,|，|$|\s)"), "有孕"),
    (re.compile(r"(?<=[不没冇唔少无未])郁|郁(?=[不唔])"), "动"),
    (re.compile(r"唞"), "透"),
    (re.compile(r"(?<=[一两二三四五六七八九十\d几])个?礼拜"), lambda m: m.group(0).replace("礼拜", "星期")),
    (re.compile(r"\bbb\b|bb(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])bb"), "宝宝"),
    (re.compile(r"心口"), "胸口"),
    (re.compile(r"大肚"), "怀孕"),
    (re.compile(r"出世"), "出生"),
    (re.compile(r"一樽|成樽"), "一瓶"),
    (re.compile(r"樽"), "瓶"),
    (re.compile(r"攞"), "拿"),
]
_CANTONESE_CHARS = str.maketrans({
    "唔": "不", "冇": "没", "佢": "他", "咗": "了", "嘅": "的", "喺": "在", "啲": "些", "睇": "看", "係": "是",
    "系": "是", "食": "吃", "饮": "喝", "瞓": "睡", "攰": "累", "嚟": "来", "俾": "给", "乜": "什", "嘢": "西",
    "著": "着", "晒": "完", "咁": "这", "冚": "全", "揸": "拿", "畀": "给", "哋": "们", "仲": "还", "嗰": "那",
})


def fold_cantonese(text: str) -> str:
    """Map Cantonese colloquial words in normalised text to the Mandarin forms the triage lexicons use."""
    for pattern, repl in _CANTONESE_PHRASES:
        text = pattern.sub(repl, text)
    return text.translate(_CANTONESE_CHARS)


def normalize_triage(text: str) -> str:
    """`normalize` plus Cantonese folding: the form every triage detector reads."""
    return fold_cantonese(normalize(text))
