"""Text normalisation and tokenisation shared by the triage and scope rules (English + Chinese)."""

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

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
    # round 18: spellings by sound (dyslexic writers): swollen, breathe, penicillin, properly
    "swolen": "swollen", "swollan": "swollen", "swolln": "swollen", "sweling": "swelling", "swelin": "swelling",
    "breeth": "breathe", "breethe": "breathe", "brethe": "breathe", "breeve": "breathe", "breething": "breathing",
    "breathng": "breathing", "breeving": "breathing", "penisilin": "penicillin", "penicilin": "penicillin",
    "penisillin": "penicillin", "pennicillin": "penicillin", "penicillan": "penicillin", "propely": "properly",
    "propaly": "properly", "somthing": "something", "sumthing": "something",
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
    "babys": "baby's", "granddad": "grandad", "granddads": "grandads", "pls": "please", "plz": "please", "teh": "the", "hte": "the", "rly": "really",
    "swalowed": "swallowed", "swallowd": "swallowed",
    "hed": "head", "pail": "pale", "paile": "pale", "blod": "blood", "bloood": "blood", "pregnat": "pregnant", "pregnnat": "pregnant", "alot": "a lot",
    "accidentaly": "accidentally", "2nite": "tonight", "tonite": "tonight", "2night": "tonight",
    "savnig": "saving", "nothnig": "nothing", "nohting": "nothing", "saivng": "saving", "blsitered": "blistered", "bliistered": "blistered", "accidently": "accidentally", "feinted": "fainted", "feinting": "fainting", "breathe's": "breathes", "unconcius": "unconscious",
}
_WORD_RE = re.compile(r"[a-z']+")
_DATA_DIR = Path(__file__).parent / "data"
# Real words one adjacent swap away from a red-flag word ("tried"/"tired", "quite"/"quiet", "diary"/"dairy"):
# never "corrected". Found by checking every lower-case word of a 30k-word English vocabulary against the data.
_REAL_SWAPS = frozenset({
    "arise", "arises", "barley", "bowled", "colts", "countess", "denise", "diary", "entries", "exits", "forth", "fries",
    "handel", "hearst", "metre", "metres", "organise", "planets", "quite", "recognise", "ruined", "signed", "sincere",
    "sings", "therese", "tried", "whitley", "angel", "casual", "untied", "sacred", "trail", "spilt", "marital",
})


@lru_cache(maxsize=1)
def _red_flag_vocabulary() -> frozenset[str]:
    """English words of five letters or more spelled in the triage rule and lay-sign data (the words worth fixing)."""
    words: set[str] = set()
    for path in sorted(_DATA_DIR.glob("triage_*.yaml")):
        # Strip regex escapes first so '\bswallow' yields 'swallow', not 'bswallow'.
        source = re.sub(r"\\[a-zA-Z]", " ", path.read_text(encoding="utf-8").lower())
        words.update(re.findall(r"[a-z]{5,}", source))
    return frozenset(words)


def _fix_swapped_letters(word: str) -> str:
    """A word with two neighbouring letters swapped ('sawllowed', 'breahtless') back to the red-flag word it garbles.

    People typing in a hurry swap letters far more than they drop them; a blind writer's typos were nearly all
    adjacent swaps. Only a swap that lands on exactly one vocabulary word counts, and real words never change.
    """
    if len(word) < 5 or word in _REAL_SWAPS or "'" in word or _known(word):
        return word
    candidates = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1) if word[i] != word[i + 1]}
    found = [candidate for candidate in candidates if _known(candidate)]
    return found[0] if len(found) == 1 else word


_SUFFIXES = ("", "s", "es", "ed", "d", "ing", "ly", "er", "less", "ness", "y")


def _known(word: str) -> bool:
    """True when the word, or the word less a common ending, is in the red-flag vocabulary."""
    vocabulary = _red_flag_vocabulary()
    return any(word.endswith(suffix) and len(word) - len(suffix) >= 5 and word[:len(word) - len(suffix)] in vocabulary
               for suffix in _SUFFIXES)


def _fix_word(word: str) -> str:
    """Known misspelling, else a swapped-letter repair."""
    return MISSPELLINGS.get(word) or _fix_swapped_letters(word)

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


# FR1: forum / parenting shorthand for the person (DS = dear son, DD, DC, LO = little one, DH, DW, DP, OH = other half) is
# a person word: read before lower-casing, capitals only ('ds' or 'lo' in lower case stay words), 'my' added when none
_PERSON_SHORTHAND = {"DS": "son", "DSs": "sons", "DD": "daughter", "DDs": "daughters", "DC": "children", "DCs": "children",
                     "LO": "little one", "LOs": "little ones", "DH": "husband", "DW": "wife", "DP": "partner", "OH": "partner"}
_PERSON_SHORTHAND_RE = re.compile(r"\b(?:(my|our|his|her|their|My|Our) )?(DSs?|DDs?|DCs?|LOs?|DH|DW|DP|OH)(?=\b|\d)"
                                  r"(?!['\u2019]?s (?:name|nintendo|games?|console)\b)")


_METER_SAYS = re.compile(r"\b(says|said|reads|read|reading|shows|showed|showing|displays?|displayed|displaying|meter|monitor|"
                         r"glucose|sugars?|bg|bm|level|screen)\W*$", re.I)


def _person_shorthand(m: re.Match) -> str:
    word = _PERSON_SHORTHAND[m.group(2)]
    if m.group(2) == "OH" and not m.group(1):
        return m.group(0)  # 'OH no', 'OH my god': an exclamation, unless 'my OH'
    if m.group(2) == "LO" and not m.group(1) and _METER_SAYS.search(m.string, max(0, m.start() - 30), m.start()):
        return m.group(0)  # 'the meter just says LO': a reading too low to show, not a little one
    return f"{m.group(1) or 'my'} {word}"


def normalize(text: str) -> str:
    """Lower-case, NFKC (full-width -> ASCII), Traditional -> Simplified, apostrophes, contractions, misspellings."""
    text = unicodedata.normalize("NFKC", text)
    if any(w in text for w in _PERSON_SHORTHAND):
        text = _PERSON_SHORTHAND_RE.sub(_person_shorthand, text)
    text = fold_traditional(text).translate(_APOSTROPHES).lower()
    text = _WORD_RE.sub(lambda m: _fix_word(m.group(0)), text)
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
# use. Only for triage: the scope guard keeps `normalize` unchanged, and triage offsets are computed on
# this folded text, so lengths may change. Patterns are written as the text looks after `normalize`
# (OpenCC has already made 頭->头, 諗->谂, 矇->蒙). Multi-character forms go first; the single-character
# map runs last. Groups: time words (头先 = just now, 而家 = now: without them "头先" read as a knock to
# the head), people, body parts, verbs, the "X唔到" can-not form, aspect particles (晒, 紧, 返), and
# code-mixed English (bb, chest, fit).
_CODE_MIXED = {
    "heart attack": "心脏病发作", "stroke": "中风", "seizure": "抽搐", "seizures": "抽搐", "fever": "发烧",
    "high fever": "高烧", "hypo": "低血糖", "allergic": "过敏", "allergy": "过敏", "faint": "晕倒", "fainted": "晕倒",
    "vomit": "呕吐", "vomiting": "呕吐", "blood": "血", "asthma": "哮喘", "panadol": "必理痛", "insulin": "胰岛素",
    "sugar": "血糖",
}
_CANTONESE_PHRASES = [
    # time and sequence
    # 啱啱 before an amount is "only just" (啱啱六个礼拜 = only six weeks old), not "a moment ago"
    (re.compile(r"(?:啱啱|啱)(?=[\d一二两三四五六七八九十半几]|满|够)"), "才"),
    (re.compile(r"头先|啱啱|啱先"), "刚才"),
    (re.compile(r"而家|而今|宜家|依家|𠵱家"), "现在"),  # 𠵱家 (U+2057D) is the same word in the HK spelling
    (re.compile(r"琴日|寻日|尋日"), "昨天"),
    (re.compile(r"听日|聽日"), "明天"),
    (re.compile(r"今日"), "今天"),
    (re.compile(r"今朝(早)?"), "今天早上"),
    (re.compile(r"朝早|朝头早"), "早上"),
    (re.compile(r"(?<=叫)极|(?<=叫)极都"), ""),
    (re.compile(r"冇乜点|冇咩点|冇乜"), "没怎么"),
    (re.compile(r"下昼|下晝"), "下午"),
    (re.compile(r"旧年"), "去年"),
    (re.compile(r"细个(?!路)"), "小时候"),
    (re.compile(r"一世人|成世人"), "这辈子"),
    (re.compile(r"成日"), "整天"),
    # 紧要 = important/serious; left alone, "还紧要是" reads as the Mandarin "if" (要是).
    (re.compile(r"紧要"), "关键"),
    (re.compile(r"成身|成个身|周身"), "全身"),
    # people
    (re.compile(r"老豆|老窦|阿爸"), "爸爸"),
    (re.compile(r"阿妈|老母"), "妈妈"),
    (re.compile(r"外父"), "岳父"),
    (re.compile(r"外母"), "岳母"),
    (re.compile(r"家姐"), "姐姐"),
    (re.compile(r"细佬"), "弟弟"),
    (re.compile(r"细路(仔|女)?"), "小孩"),
    (re.compile(r"同屋(主)?"), "室友"),
    (re.compile(r"(?<![一两二三四五六七八九十\d几])个仔"), "儿子"),
    (re.compile(r"(?<![一两二三四五六七八九十\d几])个女(?!人|士|生|明星|演员|主角|歌手|司机|警察|病人|患者|同学|同事|老师|医生|护士|孩|仔)"), "女儿"),  # round 38z: 有个女明星 is a woman
    (re.compile(r"孖胎|孖仔|孖女"), "双胞胎"),
    # body parts
    (re.compile(r"心口"), "胸口"),
    (re.compile(r"背脊"), "后背"),
    (re.compile(r"膝头(哥)?"), "膝盖"),
    (re.compile(r"条?脷"), "舌头"),
    (re.compile(r"口唇"), "嘴唇"),
    (re.compile(r"块面|个面|半边面"), lambda m: m.group(0)[:-1] + "脸"),
    (re.compile(r"(?<=条)颈|条颈"), "脖子"),
    (re.compile(r"把声"), "声音"),
    (re.compile(r"个肚"), "肚子"),
    # states and signs
    (re.compile(r"晕低"), "晕倒"),
    (re.compile(r"眼瞓"), "想睡"),
    (re.compile(r"蒙查查|蒙蒙(哋|地|的)?|懵盛盛|昏昏沉沉|昏沉沉"), "迷糊"),
    (re.compile(r"(?<=[沙哑])埋"), "哑"),
    (re.compile(r"风癞|风疹块"), "风团"),
    (re.compile(r"攰"), "累"),
    (re.compile(r"(?<=[湿])冻|冰冻"), "冰冷"),
    (re.compile(r"(?<=[唇])(有啲|有些|好|好似|发)?瘀"), "发紫"),
    (re.compile(r"(?<=[打发])冷震"), "冷颤"),
    (re.compile(r"(?<=[全抖])震|震(?=[震抖])"), "抖"),
    (re.compile(r"布公仔"), "布娃娃"),
    (re.compile(r"眼定定"), "眼神发直"),
    (re.compile(r"羊[痫癎]症"), "癫痫"),
    (re.compile(r"暗瘀"), "瘀青"),
    (re.compile(r"(?<=[一大细小])笪"), "块"),
    (re.compile(r"唔觉(得)?痛"), "不觉得痛"),
    (re.compile(r"(?<=[吞咽食吃])唔落"), "不下"),
    (re.compile(r"(?<=[睡瞓躺训])(唔|不)低"), "不下"),
    (re.compile(r"(?<=[瞓睡躺])低"), "下"),
    (re.compile(r"(?<=[郁动])唔到|(?<=[郁动])不到"), "不了"),
    (re.compile(r"(?<![忧抑浓葱馥苍])郁(?![闷金])"), "动"),
    (re.compile(r"屋企"), "家"),
    (re.compile(r"(?<![业鹅])企(?![业鹅图划盼])"), "站"),
    (re.compile(r"唞"), "透"),
    (re.compile(r"(?<=[血])?标(?=出)"), "喷"),
    (re.compile(r"𠝹|𠝹"), "割"),
    (re.compile(r"擘开|擘大"), "睁开"),
    (re.compile(r"(?<=[哽噎])亲"), "住"),
    (re.compile(r"跌亲|跌低"), "摔倒"),
    (re.compile(r"撞亲"), "撞伤"),
    (re.compile(r"电亲"), "电到"),
    (re.compile(r"嗌交"), "吵架"),
    (re.compile(r"探热"), "量体温"),
    (re.compile(r"发紧(高)?烧"), "发着烧"),
    (re.compile(r"(?<=[做食饮用打睇讲])紧(?=[化电药针])"), "着"),
    (re.compile(r"(?<=[醒好番])返"), "过来"),
    (re.compile(r"(?<=[他她我你佢])话"), "说"),
    (re.compile(r"讲嘢|讲野"), "说话"),
    (re.compile(r"乱讲"), "乱说"),
    (re.compile(r"唔认得|唔识认"), "不认得"),
    (re.compile(r"唔知"), "不知道"),
    (re.compile(r"几多"), "多少"),
    (re.compile(r"廿"), "二十"),
    (re.compile(r"点算(好)?"), "怎么办"),
    # 撳 = press, 落去 = down (撳落去都唔退 = pressed down it does not fade); 边科/边间 = which department/which one
    (re.compile(r"撳|揿"), "按"),
    (re.compile(r"(?<=[按压])落去"), "下去"),
    (re.compile(r"(?<![一左右半这那旁身两外里上下前后东西南北海岸])边(?=[个科间位度处])"), "哪"),
    (re.compile(r"点样"), "怎样"),
    (re.compile(r"有咩|系咩|咩"), lambda m: m.group(0)[:-1] + "什么"),
    (re.compile(r"乜嘢|乜"), "什么"),
    (re.compile(r"嘢|野(?=[都])"), "东西"),
    (re.compile(r"啖"), "口"),
    (re.compile(r"屙"), "拉"),
    # 软晒 = gone completely floppy (晒 = all/completely), kept as the lexicon word before 晒 is dropped
    (re.compile(r"软(晒|哂|腍腍|拖拖|tim tim)"), "软绵绵"),
    (re.compile(r"(?<=[\u4e00-\u9fff])晒(?!太阳|衣|被|伤|红|黑|斑|脱皮)"), ""),  # round 38z: 晒伤 / 晒红 is sunburn
    (re.compile(r"谂"), "想"),
    (re.compile(r"闩"), "关"),
    (re.compile(r"揾"), "找"),
    (re.compile(r"有咗(?=\d{1,2}(周|週|个月|星期|礼拜)|[一二三四五六七八九十两]{1,3}(周|週|个月|星期|礼拜))"), "有孕"),
    (re.compile(r"(?:(?<=[我她他佢太婆])|(?<![\u4e00-\u9fff]))有咗(?=bb|[\d一二两三四五六七八九十几个]|,|，|$|\s)"), "有孕"),
    (re.compile(r"(?<=[一两二三四五六七八九十\d几])个?礼拜"), lambda m: m.group(0).replace("礼拜", "星期")),
    # passive 俾/畀 before the agent ("俾车撞" = hit by a car, "俾狗咬" = bitten by a dog)
    (re.compile(r"[俾畀](?=人|车|狗|猫|蛇|蜂|黄蜂|蜜蜂|蚊|虫|电|火|滚水|热水|开水|油|玻璃|刀|野|嘢|东西|佢|他|她)"), "被"),
    (re.compile(r"[辣焫烫]亲"), "烫伤"),
    (re.compile(r"(?<=[咬𠝹割整弄])亲"), "伤"),
    (re.compile(r"(?<=[呛鲠])亲"), "到"),
    (re.compile(r"𠻹"), "叮"),
    (re.compile(r"头赤"), "头痛"),
    (re.compile(r"扯(唔|不)到气"), "透不到气"),
    (re.compile(r"扯气"), "喘气"),
    (re.compile(r"心翳"), "胸闷"),
    (re.compile(r"(颈|脖子)梗|条颈好硬"), "脖子硬"),
    (re.compile(r"眼甘甘|眼瞪瞪"), "眼神发直"),
    (re.compile(r"面青(口)?唇白|面青青"), "脸色发青"),
    (re.compile(r"手软脚软"), "手脚无力"),
    (re.compile(r"晕陀陀|头晕晕"), "头晕"),
    # code-mixed English inside Chinese: \b does not separate Latin letters from CJK (both are word
    # characters), so the English lexicons miss "佢好似stroke咗"; the Chinese word is put in its place.
    (re.compile(r"(?<=[\u4e00-\u9fff]) ?(heart attack|stroke|seizures?|fever|high fever|hypo|allergic|allergy|"
                r"faint(?:ed)?|vomit(?:ing)?|blood|asthma|panadol|insulin|sugar) ?|"
                r" ?(heart attack|stroke|seizures?|fever|high fever|hypo|allergic|allergy|faint(?:ed)?|vomit(?:ing)?|"
                r"blood|asthma|panadol|insulin|sugar) ?(?=[\u4e00-\u9fff])"),
     lambda m: _CODE_MIXED[(m.group(1) or m.group(2))]),
    # code-mixed English inside Chinese
    # round 31g4 (signs31): a barbecue (去BBQ, BBQ炉) is no baby
    (re.compile(r"\bbb\b(?!q)|bb(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])bb(?!q)"), "宝宝"),
    # 个B / 我个B = the baby (a lone Latin B after a measure word or possessive; B超 is an ultrasound)
    (re.compile(r"(?<=[个我佢阿])b(?![a-z0-9超])"), "宝宝"),
    (re.compile(r"(?<=[\u4e00-\u9fff])chest|chest(?=[\u4e00-\u9fff])"), "胸口"),
    (re.compile(r"(?<=[\u4e00-\u9fff])fit(?:s|ting)?|fit(?=[\u4e00-\u9fff])"), "抽搐"),
    (re.compile(r"(?<=[\u4e00-\u9fff])(?:o\.?d|overdose)|(?:o\.?d|overdose)(?=[\u4e00-\u9fff])"), "过量"),
    (re.compile(r"大肚"), "怀孕"),
    (re.compile(r"出世"), "出生"),
    (re.compile(r"一樽|成樽"), "一瓶"),
    (re.compile(r"樽"), "瓶"),
    (re.compile(r"攞"), "拿"),
    # round 37z (blind57): 唔该 = thanks / excuse me (not 不该, should not), 好彩 = luckily, 好返晒 = fully well again
    (re.compile(r"唔该(?:晒)?"), "谢谢"),
    (re.compile(r"好彩"), "幸好"),
    (re.compile(r"(?:已经)?好返晒|(?<=已经)好返"), "已经好了"),
]
_CANTONESE_CHARS = str.maketrans({
    "唔": "不", "冇": "没", "佢": "他", "咗": "了", "嘅": "的", "喺": "在", "啲": "些", "睇": "看", "係": "是",
    "系": "是", "食": "吃", "饮": "喝", "瞓": "睡", "嚟": "来", "俾": "给", "畀": "给", "哋": "们", "仲": "还",
    "嗰": "那", "𠮶": "那", "著": "着", "咁": "这", "冚": "全", "揸": "拿", "喊": "哭", "凍": "冷", "冻": "冷", "咩": "什",
})


# 食 is the Cantonese verb "eat" (食药, 食咗, 唔食, 食唔落), but inside Mandarin words it is "food" or no eating at
# all: 食物, 食品, 饮食, 零食, 食堂 (canteen), 食道 / 食管 (oesophagus), 禁食 (fasting, as the scope rules and
# retrieval read it), 食指 (index finger). Those words are kept whole (饮 of 饮食 too); 误食 (swallowed by
# mistake) is the verb and still folds to 误吃.
# 系 (Cantonese "is") and 冻 (Cantonese "cold") are likewise halves of Mandarin words: 联系, 关系, 系统, 系列; 冷冻,
# 速冻, 冻结, 冻疮. (𠮶 is what fold_traditional makes of 嗰, so both fold to 那.)
_MANDARIN_WORDS_KEPT = re.compile(r"(?:饮|零|粮|伙|素|主|流|甜|肉|副|熟|美|挑|偏|厌|节|绝|暴|进|禁|断|辅|喂|消)食"
                                  r"|食(?:物|品|堂|谱|欲|道|管|材|疗|量|盐|用|指|言|客)"
                                  r"|(?:联|关|体|维|派|直|旁)系|系(?:统|列)|(?:冷|速)冻|冻(?:结|品|疮)")


def fold_cantonese(text: str) -> str:
    """Map Cantonese colloquial words in normalised text to the Mandarin forms the triage lexicons use."""
    for pattern, repl in _CANTONESE_PHRASES:
        text = pattern.sub(repl, text)
    if "食" not in text and "系" not in text and "冻" not in text:
        return text.translate(_CANTONESE_CHARS)
    pieces, last = [], 0
    for match in _MANDARIN_WORDS_KEPT.finditer(text):
        pieces += [text[last:match.start()].translate(_CANTONESE_CHARS), match.group(0)]
        last = match.end()
    return "".join(pieces) + text[last:].translate(_CANTONESE_CHARS)


# round 36h (blind56): Hakka as written in Taiwan (四縣/海陸 characters) folded to Mandarin, before the Chinese rules
# read it. Patterns are written as the text looks after `normalize` (愛 -> 爱, 頭 -> 头, 擺 -> 摆). Whole words with one
# meaning only go in _HAKKA_WORDS and always fold (no Mandarin word is written 𠊎, 心肝头, 目珠, 今晡日, 心舅, 肚屙);
# the words that are also Mandarin (兜子 a bag, 头摆 a head swaying, 这下, 爱 = love, a final 无, 正 = just so) fold
# only in a message that carries a Hakka marker. 毋 is also the Taiwanese Hokkien "not" (毋知, 毋是), so it folds
# everywhere except in the Mandarin literary words 毋庸 / 毋宁 / 毋忘. 佢 / 係 / 食 / 屙 / 无 are read by the
# Cantonese fold that runs after this one; 搞 (Hakka "play") is left alone: the Mandarin "do" is far commoner.
_HAKKA_MARKERS = re.compile("\U0002028e|仰般|[今昨]晡|心肝头|目珠|心舅|(?<![裤衣网口布肚])兜子|毋(?!庸|宁|忘)")
_HAKKA_WORDS = [
    (re.compile("\U0002028e兜|\U0002028e等"), "我们"),
    (re.compile("(?<=[你佢他她])兜(?=[\u4e00-\u9fff])"), "们"),
    (re.compile("\U0002028e"), "我"),
    (re.compile(r"爱仰般(?=[?？,，。.!！\s]|$)|仰般(?:办|做)"), "怎么办"),
    (re.compile(r"爱仰般"), "要怎么"),
    (re.compile(r"仰般(?:样)?"), "怎么"),
    (re.compile(r"毋(?!庸|宁|忘)"), "不"),
    (re.compile(r"心肝头"), "胸口"),
    (re.compile(r"目珠"), "眼睛"),
    (re.compile(r"舌嫲"), "舌头"),
    (re.compile(r"耳公"), "耳朵"),
    (re.compile(r"鼻公"), "鼻子"),
    (re.compile(r"颈根"), "脖子"),
    (re.compile(r"(?<![屙拉])肚屎肚(?:里|内)?"), "肚子里"),  # round 39z: 肚屎肚 = in the belly (细人仔在肚屎肚动)
    (re.compile(r"(?<![屙拉])肚屎"), "肚子"),
    (re.compile(r"肚屙|屙肚(?:子)?|屙痢(?:肚)?"), "拉肚子"),
    (re.compile(r"今晡日|今晡"), "今天"),
    (re.compile(r"昨晡日|昨晡"), "昨天"),
    (re.compile(r"天光日|明晡日|明晡"), "明天"),  # round 39z: 明晡日 = tomorrow
    (re.compile(r"一夜晡"), "一整夜"),
    (re.compile(r"暗晡(?:头|夜)?|夜晡(?:头)?"), "晚上"),
    (re.compile(r"今朝晨"), "今天早上"),  # 今朝晨头撞着 = this morning the head knocked: 头 stays
    (re.compile(r"(?<!今)朝晨头|(?<!今)朝晨"), "早上"),
    (re.compile(r"心舅"), "媳妇"),
    (re.compile(r"前兜(?:子|时|时仔)"), "前些时候"),
    (re.compile(r"细人仔|细人(?!家)"), "小孩"),
    (re.compile(r"(?<![外])孙仔"), "孙子"),
    (re.compile(r"菇仔"), "蘑菇"),
    (re.compile(r"药仔"), "药"),
]
_HAKKA_IN_CONTEXT = [
    (re.compile(r"(?<![裤衣网口布肚])(?:一)?兜子"), "一点"),
    (re.compile(r"头摆(?![动来去手头尾着了])"), "以前"),
    (re.compile(r"(?<=[一二两三四五六七八九十几这那每])摆(?![手动设放摊脱平好在出开着了满摆])"), "次"),
    (re.compile(r"这下(?!子)"), "现在"),
    (re.compile(r"正(?=出生|生|出院|满月|开完刀|做完)"), "刚"),
    (re.compile(r"(?<![可恋喜热心关])爱(?=[去来看吃食拿买问先打做挂申预抽冰多几注换开等戴较怎])"), "要"),  # round 39z: 爱等 / 爱戴 / 爱较 / 爱怎般
    (re.compile(r"(?<=[\u4e00-\u9fff])无(?=\s*[?？]|\s*$)"), "吗"),
    (re.compile(r"(?<=了)无(?=[,，。])"), "没有"),  # 吃了无, = took it or not
    (re.compile(r"无(?=出|发|问题|事|烧|痛|呕|吐|流|再|肿|喘)"), "没"),  # Hakka 无 = 没有 before a verb or state
    # 毋会 + a symptom = does not (毋会呕 = not vomiting); 毋会动 / 毋会讲话 / 毋会睡 (can not) stay 不会
    (re.compile(r"不会(?=呕|吐|晕|痛|疼|烧|喘|肿|痒|咳|流血)"), "没有"),
    (re.compile(r"讲(?![究座解课台义述])"), "说"),  # 讲 = say
    (re.compile(r"(?<=[盒瓶罐袋刀杯碗凳椅桌])仔"), ""),  # 药盒仔 = a pill box: the diminutive, no child
    # round 39z (blind59a): 今下 = now (舊年…今下冇事咧: without it the well-now words were no words the past families
    # know); a clause-final 咧 = 了 (好咧, 生咧, 冇事咧); 喊 + a person = tell (医生喊𠊎, 阿姆喊𠊎: the Cantonese fold
    # would read 哭, cry); X个时节 = when X (头胎个时节 = at the first pregnancy)
    (re.compile(r"今下"), "现在"),
    (re.compile(r"(?<![一二两三四五六七八九十几百部成区划])分(?=[\u4e00-\u9fff]{1,3}(叮|咬|螫|打|撞|烫|骂|车|狗|蛇|蜂))"), "被"),  # 分蜂仔叮到 = stung by a bee
    (re.compile(r"咧(?=\s*[,，。.!！?？~～]|\s*$)"), "了"),
    (re.compile(r"喊(?=我|你|他|她|佢|人|大家)"), "叫"),
    (re.compile(r"(?<=[\u4e00-\u9fff])个时节"), "的时候"),
]


def fold_hakka(text: str) -> str:
    """Map Taiwanese Hakka words in normalised text to Mandarin (round 36h); the rest waits for a Hakka marker."""
    if not _HAKKA_MARKERS.search(text):
        return text
    for pattern, repl in _HAKKA_WORDS:
        text = pattern.sub(repl, text)
    for pattern, repl in _HAKKA_IN_CONTEXT:
        text = pattern.sub(repl, text)
    return text


# round 37z (blind57): Shanghainese (Wu) and Taiwanese Hokkien as written in characters, and the zhuyin particles of
# Taiwanese net-speak, folded to Mandarin before the Chinese rules read them. Without the fold 勿想活了 (does not want to
# live), 烧袂退 (fever will not come down), 呒是中风 (is not a stroke) and 现在交关好 (now very well) were no words the
# lexicons or the history / denial families know. Patterns are written as the text looks after `normalize` (嘸 -> 呒,
# 睏 -> 困, 攏 -> 拢, 頷 -> 颔). Each dialect folds only in a message that carries one of its markers (阿拉 of Arabic
# 阿拉伯 / Alaska 阿拉斯加 / Aladdin 阿拉丁 is none); the zhuyin particles have no other reading and always fold.
_WU_MARKERS = re.compile(r"阿拉(?![伯斯丁善木巴法比贡山尔蕾曼米蒙图])|侬|交关|哪能|里向|辰光|伊拉|(?<![砍步讨征杀采北])伐(?=\s*[?？。.!！,，]|\s*$)"
                         r"|(?<![请切毋])勿(?=[想要好痛烧开晓吃懂来去肯])")
_WU_WORDS = [
    (re.compile(r"阿拉(?![伯斯丁善木巴法比贡山尔蕾曼米蒙图])"), "我们"),
    (re.compile(r"伊拉"), "他们"),
    (re.compile(r"侬"), "你"),
    (re.compile(r"哪能(?=办)"), "怎么"),
    (re.compile(r"哪能(?=\s*[?？。.!！,，]|\s*$)"), "怎么办"),
    (re.compile(r"哪能"), "怎么"),
    (re.compile(r"交关"), "很"),
    (re.compile(r"老(?=好|灵|适意|舒服|开心)"), "很"),
    (re.compile(r"老早(?=[勿不没已就])"), "早就"),
    (re.compile(r"老早"), "以前"),
    (re.compile(r"里向"), "里面"),
    (re.compile(r"辰光"), "时候"),
    (re.compile(r"物事"), "东西"),
    (re.compile(r"小囡|囡囡"), "孩子"),
    (re.compile(r"困觉"), "睡觉"),
    (re.compile(r"(?<![请切毋])勿"), "不"),
    (re.compile(r"(?<![砍步讨征杀采北])伐(?=\s*[?？。.!！,，]|\s*$)"), "吗"),
    (re.compile(r"(?<=[一两二三四五几])趟"), "次"),
    (re.compile(r"(?<!木乃)伊(?![朗斯拉利犁甸妹])"), "他"),
    (re.compile(r"讲(?![究座解课台义述])"), "说"),
]
_MIN_MARKERS = re.compile(r"呒|(?<![联分衣])袂|按怎|(?<![摔一个])跤|今仔日|昨昏|昨暗|头壳|颔颈|冷吱吱|(?<=[一两二三四五六七八九十几])工(?![作人厂资程业具])"
                          r"|阮(?=[阿爸妈囝老某尪兄姐小家兜厝孙后新])|什么物|啥物|佗位|予伊|足爱困|毋(?:著|着)"
                          r"|目睭|拄才|拄仔|犹未|羊眩|喙|新妇|按呢")  # round 38z (blind58)
_MIN_WORDS = [
    (re.compile(r"啥物|什么物"), "什么"),
    (re.compile(r"呒(?=是|会|通|知|要|好|爱|肯|对)"), "不"),
    (re.compile(r"[呒没](?:什么|啥)?应(?![该当用对])"), "没反应"),
    (re.compile(r"呒"), "没"),
    (re.compile(r"(?<=[\u4e00-\u9fff])嘛(?=[没不也])"), "也"),
    (re.compile(r"(?<![联分衣])袂(?=[讲说行走睡食吃动喘透振])"), "不能"),
    (re.compile(r"(?<![联分衣])袂"), "不"),
    (re.compile(r"手跤"), "手脚"),
    (re.compile(r"跤(?:头)?顶"), "脚上"),
    (re.compile(r"(?<![摔一个])跤"), "脚"),  # 摔了一跤 (a fall) is Mandarin
    (re.compile(r"头壳"), "头"),
    (re.compile(r"颔颈|颔仔"), "脖子"),
    (re.compile(r"拢"), "都"),
    (re.compile(r"按怎(?=\s*[?？。.!！,，]|\s*$)"), "怎么办"),
    (re.compile(r"按怎"), "怎么"),
    (re.compile(r"(?:足|真|诚)?爱困"), "很想睡"),
    (re.compile(r"足(?=[痛疼歹热冷软倦累])"), "很"),
    (re.compile(r"困(?=较|饱|觉|去|醒)"), "睡"),
    (re.compile(r"手尾|跤尾"), "手脚"),
    (re.compile(r"冷吱吱|冷冰冰|冰吱吱"), "冰冷"),
    (re.compile(r"(?<=[一两二三四五六七八九十几])工(?![作人厂资程业具])"), "天"),
    (re.compile(r"昨昏"), "昨天"),
    (re.compile(r"昨暗|昨冥"), "昨晚"),
    (re.compile(r"(?<![起])早起(?=[^床来身])"), "早上"),
    (re.compile(r"阮(?=[阿爸妈囝老某尪兄姐小家兜厝])"), "我"),
    (re.compile(r"恁"), "你们"),
    (re.compile(r"予"), "给"),
    (re.compile(r"毋(?:著|着)|不著"), "不对"),
    (re.compile(r"(?<=[嘴脸面药])仔"), ""),
    (re.compile(r"一爿|半爿"), "一边"),
    (re.compile(r"(?<=[我你他她])兜"), "家"),
    (re.compile(r"爱(?=[贴食吃去看挂问吞抹擦怎])"), "要"),
    (re.compile(r"(?<!木乃)伊(?![朗斯拉利犁甸妹])"), "他"),
    (re.compile(r"讲(?![究座解课台义述])"), "说"),
]
_ZHUYIN = re.compile("[\u3105-\u3129]")
_ZHUYIN_PARTICLES = str.maketrans({"ㄚ": "啊", "ㄛ": "哦", "ㄌ": "了", "ㄋ": "呢", "ㄜ": "呃", "ㄡ": "哦", "ㄅ": "吧", "ㄏ": "呵"})


# round 38z (blind58): more Taiwanese Hokkien, read after the words above: the eyes (目睭), left and right (倒爿, 正爿),
# just now (拄才), in the middle of (咧), cannot see (看无), cannot hold (提袂牢), epilepsy and a fit (羊眩, 起痉), not yet
# (犹未), again (阁), the mouth (喙), bitten till (咬甲), a son (后生), breathing hard (喘气真紧), sucking in (陷落去), blue
# (青青), a daughter-in-law (新妇), like (亲像, 仝款)
_MIN_WORDS_38Z = [
    (re.compile(r"阮(?=[要爱欲该应会都去])"), "我们"),
    (re.compile(r"顶(个)?(?=礼拜|拜|月|摆|次)"), "上"),
    (re.compile(r"今下|今马"), "现在"),
    (re.compile(r"(?<=好)去了"), "了"),
    (re.compile(r"无要紧"), "不要紧"),
    (re.compile(r"阮(?=[孙后新])"), "我"),
    (re.compile(r"阿母"), "妈妈"),
    (re.compile(r"拄才|拄仔|拄拄"), "刚才"),
    (re.compile(r"咧(?=[看食吃困睡搐抽喘哭讲说])"), "在"),
    (re.compile(r"倒爿|倒边"), "左边"),
    (re.compile(r"正爿|正边"), "右边"),
    (re.compile(r"目睭"), "眼睛"),
    (re.compile(r"看(无|不着|不到)(物件|东西)?"), "看不见"),
    (re.compile(r"物件"), "东西"),
    (re.compile(r"提(?=东西|不(牢|住|稳))"), "拿"),
    (re.compile(r"(?<=拿)不(牢|稳)"), "不住"),
    (re.compile(r"亲像"), "像"),
    (re.compile(r"仝款"), "一样"),
    (re.compile(r"(?<=[手脚嘴])嘛(?=[麻软痛咬])"), "也"),
    (re.compile(r"羊眩|猪母癫"), "癫痫"),
    (re.compile(r"起(痉|痚|羊眩)"), "抽筋"),
    (re.compile(r"(?<=[一两二三四五六七八九十几])摆"), "次"),
    (re.compile(r"犹未"), "还没"),
    (re.compile(r"阁(?=[起在抽搐发再来])"), "又"),
    (re.compile(r"(?<![抽])搐"), "抽搐"),
    (re.compile(r"喙"), "嘴"),
    (re.compile(r"(?<=[咬痛烧肿烫])甲(?=[流出红肿破])"), "到"),
    (re.compile(r"(?<=[我他的])后生"), "儿子"),
    (re.compile(r"(?<=[孙肚])仔"), "子"),
    (re.compile(r"喘(气)?(真|足|很|诚)紧"), "喘得很厉害"),
    (re.compile(r"陷落去"), "凹陷下去"),
    (re.compile(r"(?<=[唇脸面])(青青|黑青)"), "发青"),
    (re.compile(r"新妇"), "儿媳妇"),
    (re.compile(r"敢是"), "是不是"),
    (re.compile(r"按呢"), "这样"),
]


def fold_wu_min(text: str) -> str:
    """Map Shanghainese and Taiwanese Hokkien words in normalised text to Mandarin, each only where its markers are,
    and the zhuyin particles (and 粉 = 很 beside them) everywhere (round 37z)."""
    if _ZHUYIN.search(text):
        text = re.sub(r"粉(?=[健好可开漂快难痛厉大多累久想怕])", "很", text.translate(_ZHUYIN_PARTICLES))
    if _WU_MARKERS.search(text):
        for pattern, repl in _WU_WORDS:
            text = pattern.sub(repl, text)
    if _MIN_MARKERS.search(text):
        for pattern, repl in _MIN_WORDS + _MIN_WORDS_38Z:
            text = pattern.sub(repl, text)
    return text


# round 36h (blind56): voice input. Dictation puts a space between words ("我 儿媳妇 怀运 八个多月 了") and splits a
# reading at the pause ("三十八度 五", "38 5度"). In a message spaced word by word (at least four runs, at most 2.5
# characters a run on average) a space between two Chinese characters (or a Chinese character and a digit) is removed,
# so the rules read the words as typed. Spaces between phrases ("我爸胸口疼 一身冷汗 还一直想吐", 1,500 spent rows)
# stand for commas and are kept (read as commas they moved 9 rows toward gold and 6 away: not done). Triage offsets
# are on this folded text already (PHI keeps its own). A temperature split by a space is joined only where the unit makes it one reading: two digits 35-42, a space, one
# digit, then 度/℃ ("38 5度", "三十八 五度"), or 度 then one digit not followed by another unit ("三十八度 五" but not
# "三十八度 五天").
_CJK_CHAR = "\u3400-\u9fff\U00020000-\U0002ffff"
_VOICE_TEMPERATURE_DIGITS = re.compile(r"(?<![\d.])(3[5-9]|4[0-2]) (?:点 ?)?(\d)(?= ?(?:度|℃))")
_VOICE_TEMPERATURE_ZH = re.compile(r"(三十[五六七八九]|四十[一二]?) (?:点 ?)?([一二三四五六七八九])(?= ?(?:度|℃))")
_VOICE_TEMPERATURE_AFTER_UNIT = re.compile(r"(?<![\d.])(3[5-9]|4[0-2]) ?度 (\d)(?![\d.]| ?[天日个次分小周岁号点月年])")
_VOICE_UNIT_THEN_COUNT = re.compile(r"(?<=度) (?=[一二三四五六七八九十两几]+ ?[天日个次分小周岁号点月年])")
_WORD_SPACED_MEAN = 2.5  # mean characters between spaces: dictation word by word, not phrases set apart by spaces
_VOICE_SEGMENT = re.compile(rf"[{_CJK_CHAR}]+(?= |$)|(?<= )[{_CJK_CHAR}]+")
_VOICE_SPACE = re.compile(rf"(?<=[{_CJK_CHAR}\d]) (?=[{_CJK_CHAR}])|(?<=[{_CJK_CHAR}]) (?=\d)")


def fold_voice_input(text: str) -> str:
    """Dictation spacing and split readings repaired (round 36h); text with no Chinese is returned unchanged."""
    if not re.search(f"[{_CJK_CHAR}]", text):
        return text
    text = _VOICE_TEMPERATURE_DIGITS.sub(r"\1.\2", text)
    text = _VOICE_TEMPERATURE_ZH.sub(r"\1点\2", text)
    text = _VOICE_TEMPERATURE_AFTER_UNIT.sub(r"\1.\2度", text)
    text = _VOICE_UNIT_THEN_COUNT.sub("\u3000", text)  # kept apart: "三十八度 五天" is 38 degrees for five days
    segments = [len(s) for s in _VOICE_SEGMENT.findall(text)]
    if len(segments) >= 4 and sum(segments) / len(segments) <= _WORD_SPACED_MEAN:
        text = _VOICE_SPACE.sub("", text)
    return text.replace("\u3000", " ")


# round 36h (blind56): voice input's homophones of the red-flag words (兄口 -> 胸口, 冷憾 -> 冷汗, 新脏 -> 心脏, 怀运 ->
# 怀孕). data/zh_homophones.txt is generated by scripts/build_zh_homophones.py from the lexicon's key words: the strings
# one same-toned common character away that are no word of jieba's dictionary and appear nowhere in the knowledge base
# or the in-domain question sets. A string is still left alone where it is half of a dictionary word with its
# neighbour (重新脏了 = 重新 + 脏了, 新口罩 = 新 + 口罩): the written word is then real, not a misheard red-flag word.
@lru_cache(maxsize=1)
def _zh_homophones() -> tuple[dict[str, str], "re.Pattern | None"]:
    table = {}
    for line in (_DATA_DIR / "zh_homophones.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            written, word = line.split("\t")[:2]
            table[written] = word
    return table, (re.compile("|".join(sorted(table, key=len, reverse=True))) if table else None)


@lru_cache(maxsize=1)
def _zh_dictionary() -> dict[str, int] | None:
    try:
        import logging

        import jieba
    except ImportError:
        return None
    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ


def _zh_word(text: str) -> bool:
    dictionary = _zh_dictionary()
    return len(text) == 2 and bool(dictionary and dictionary.get(text, 0) > 0)


def fold_zh_homophones(text: str) -> str:
    """Misheard red-flag words back to the lexicon's spelling; nothing without jieba (the context check needs it)."""
    table, pattern = _zh_homophones()
    if pattern is None or not pattern.search(text) or _zh_dictionary() is None:
        return text

    def repl(m: re.Match) -> str:
        before, after = text[max(0, m.start() - 1):m.start() + 1], text[m.end() - 1:m.end() + 1]
        if _zh_word(before) or _zh_word(after):
            return m.group(0)
        return table[m.group(0)]

    return pattern.sub(repl, text)


_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNIT_RE, _TEEN_RE, _TENS_RE = ("|".join(words) for words in (_UNITS, _TEENS, _TENS))
# Numbers of 20 and above written as words ("thirty eight point five", "a hundred and three", "six hundred"):
# temperatures and glucose readings are typed this way; small counts ("two tablets") are left alone.
_WORD_NUMBER = re.compile(
    rf"\b(?:(?P<hundreds>a|one|{_UNIT_RE}) hundred(?:(?: and)? (?=(?:{_TENS_RE}|{_TEEN_RE}|{_UNIT_RE})\b))?)?"
    rf"(?:(?P<tens>{_TENS_RE})(?:[ -](?P<unit>{_UNIT_RE}))?|(?P<teen>{_TEEN_RE})|(?P<small>{_UNIT_RE}))?"
    rf"(?: point (?P<point>{_UNIT_RE}|zero|\d))?\b"
)


def _word_number(match: re.Match) -> str:
    """Digits for one spelled-out number, or the text unchanged when it is below 20 with no hundreds."""
    if not match.group(0).strip():
        return match.group(0)
    hundreds = match.group("hundreds")
    value = (1 if hundreds in ("a", "one") else _UNITS.get(hundreds, 0)) * 100 if hundreds else 0
    value += _TENS.get(match.group("tens") or "", 0) + _UNITS.get(match.group("unit") or "", 0)
    value += _TEENS.get(match.group("teen") or "", 0) + _UNITS.get(match.group("small") or "", 0)
    if value < 20 and not hundreds:
        return match.group(0)
    point = match.group("point")
    if point:
        return f"{value}.{point if point.isdigit() else _UNITS.get(point, 0)}"
    return str(value)


# Service and programme names that contain a symptom word: "chest pain clinic", 胸痛中心, 心脏康复 name a
# place to go, not something happening to anyone.
_SERVICE_NAMES = re.compile(
    r"\b(chest pain|heart failure|stroke|tia|falls?|memory|epilepsy|seizure|diabetes|diabetic|fracture|"
    r"allergy|headache|pain|burns?|breathing|asthma|copd|early pregnancy|maternity|cardiac|heart|"
    # round 8: clubs, support groups and helplines named after a condition are places to go, not events
    r"heart attack|self[- ]harm|suicide|bereavement|poisons?|anaphylaxis|concussion|head injury|sepsis|meningitis|baby loss|miscarriage) "
    r"(clinic|unit|centre|center|service|team|nurses?|ward|rehab\w*|class(es)?|programme|program|(support )?groups?|helpline|hub|"
    r"clubs?|meetings?|meet-?ups?|caf[eé]s?|society|association|charity|network|forum|information (line|centre|center)|"
    r"hotline|line|awareness (day|week|month|walk|run))\b"
    r"|(胸痛|卒中|中风|心衰|心脏|心血管|癫痫|糖尿病|烧伤|创伤|哮喘|呼吸|疼痛|头痛|过敏|(化学品?)?中毒|毒物|自杀|自残)"
    r"(中心|门诊|专科|病房|单元|康复|复康|班|课程?|小组|热线|俱乐部|互助(小)?组|协会|病友会|聚会|讲座)"
)


# Runs of numeral characters longer than any age, dose, temperature or date: cut to this length, because the
# detectors' "number + unit" patterns would otherwise try every start in the run ("9" * 20000 took 25 s).
_LONG_NUMERAL_RUN = re.compile(r"([\d〇零一二两三四五六七八九十百千万]{8})[\d〇零一二两三四五六七八九十百千万]+")


# Northern Mandarin colloquial, Taiwanese net-speak and homophone typos folded to the words the lexicons use:
# 啥 = 什么, 咋办 = 怎么办, 俺 = 我, 偶 = 我 (net-speak), ㄉ = 的 (zhuyin), 发骚 typed for 发烧 before a reading.
_MANDARIN_COLLOQUIAL = [
    # session 42 (blind62a, spent): Taiwan Mandarin tells a body state done with 掉 ('左邊的手跟腳都麻掉沒有感覺'): 了
    (re.compile(r"(麻|软|僵|瘫|歪)掉(了)?"), r"\1了"),
    (re.compile(r"咋(办|整|弄|搞)"), "怎么办"),
    (re.compile(r"咋(样|的)"), "怎么样"),
    (re.compile(r"咋"), "怎么"),
    (re.compile(r"啥"), "什么"),
    (re.compile(r"俺"), "我"),
    # round 38z (blind58): Sichuan / Wuhan 莫得 = 没有 (莫得事了 = fine now, 莫得出血, 莫得发烧); 流酸 is 硫酸 mistyped
    (re.compile(r"莫得事"), "没事"),
    (re.compile(r"莫得"), "没有"),
    (re.compile(r"流酸"), "硫酸"),
    # round 39z (blind59a): Southwest Mandarin, Hakka and Cantonese 没得 / 冇得 = 没有 before a sign or 事 (冇得发烧也冇得
    # 头痛: without it the negation cue was 得, and the denied fever read as a fever beside a stiff neck); Shaanxi 额 = 我
    # (额娃 = my child, 额自己好着呢; never 额头 / 金额 / 额外), 撒 = 什么 after a verb or before a noun of asking (有撒表现;
    # never 撒谎 / 撒尿 / 撒娇), 嫑 = 不要
    (re.compile(r"(?:没|冇)得事"), "没事"),
    (re.compile(r"(?:没|冇)得(?=问题|发|头|呕|吐|痛|疼|烧|咳|流|出|感|肚|胸|气|喘|力|精神|胃口|晕|抽|肿|红|疹)"), "没有"),
    (re.compile(r"(?:(?<=^)|(?<=[\s,.!?;:，。！？、；：给跟和叫让问对替帮说]))额(?=们|自己|想|家|屋|娃|给|的|妈|爸|爷|奶|婆|爹|娘|就|也|都|今|昨|刚|在|有|没|觉|感|问|是|要|能|看|老|这|那|一)"), "我"),
    (re.compile(r"(?<=[有是干做说为要])撒(?![谎娇尿气泼野欢手种盐网花钱腿])|撒(?=表现|症状|情况|原因|事|时候|意思|区别|办法|病|东西|地方|反应|是|叫)"), "什么"),
    (re.compile(r"嫑"), "不要"),
    # 俩 / 仨 are northern "two of" / "three of" (俩月 = two months, 仨礼拜 = three weeks): without the fold a baby
    # "刚俩月" with 三十八度 had no age and no emergency (R18, lead's reading of a blocked-looking question)
    (re.compile(r"俩个?"), "两个"),
    (re.compile(r"仨个?"), "三个"),
    # blind31 (spent): 'N来片' is about N tablets (四十来片扑热息痛): the amount, not 来 = come
    (re.compile(r"(?<=[十百千0-9])来(?=[片粒颗支瓶盒包板])"), ""),
    (re.compile(r"(?:(?<=^)|(?<=[\s,.!?;:，。！？、；：]))偶(?![尔然遇像数发合])|偶(?=[想的家儿女妈爸阿吸头胸肚要老])"), "我"),
    (re.compile(r"ㄉ"), "的"),
    # Sichuan and Southwest Mandarin: 脑壳 = head, 喊不应 = does not respond, 遭车撞 = hit by a car, 老汉儿 = father
    (re.compile(r"脑壳"), "头"),
    (re.compile(r"喊(都)?(不|没)(应|答应|醒|理)"), "叫不醒"),
    (re.compile(r"遭(车|摩托|汽车)"), "被\\1"),
    (re.compile(r"老汉儿?"), "爸爸"),
    # Taiwanese Hokkien written in characters: 这马/这阵 = now, 阮 = my/we, 欲 = want to, 囝仔 = child, 烧甲 = fever up to
    (re.compile(r"这(马|阵)(仔)?"), "现在"),
    (re.compile(r"阮(?=[阿爸妈囝老某尪兄姐小家])"), "我"),
    (re.compile(r"囝仔|囡仔"), "孩子"),
    # round 8, more Hokkien: 有身 = pregnant, 某 = wife, 嘸/呒 = not, 袂 = cannot, 今仔日 = today, 拢 = all,
    # 咧 + verb = in the middle of, 振动 = moving; 喘甲 = breathless to the point of
    (re.compile(r"有身(?![份分体上边材子])"), "怀孕"),
    (re.compile(r"(?<=我)某(?![人些天种个年月日])"), "老婆"),
    (re.compile(r"今仔日"), "今天"),
    (re.compile(r"[嘸呒](?=[感效用办法代去食吃喝讲话动力气])"), "没"),
    (re.compile(r"(?<=[喘痛咳烧抽吐哭晕])甲(?=袂|不|没|停|[\u4e00-\u9fff]{0,2}(讲|说|行|走|睡|食|吃))"), "得"),
    (re.compile(r"袂(?=[讲说行走睡食吃动喘透])"), "不能"),
    (re.compile(r"袂(?=过|醒|起|落|停)"), "不"),
    (re.compile(r"较早|卡早"), "之前"),
    (re.compile(r"(?<=[都全])?拢(?=[没无不嘸呒])"), "都"),
    (re.compile(r"(?<=都)无(?=[动振感])"), "没"),
    (re.compile(r"咧(?=振动|动|踢|喘|哭|抽)"), "在"),
    (re.compile(r"振动"), "动"),
    # Sichuan / Southwest Mandarin: 出气不赢 = cannot get the breath out fast enough; lips gone 乌 = dark/blue
    (re.compile(r"出气(都)?(不赢|不匀|出不赢|不过来)|气(都)?出不(赢|过来)|喘不赢"), "透不过气"),
    (re.compile(r"(?<=[嘴唇巴脸])(都|好|有点|已经)?乌(了|起|起来)?"), "发紫"),
    # Northern colloquial: 问一嘴 = ask a quick question (嘴 there is no face)
    (re.compile(r"(问|说|插|多)(一)?嘴"), r"\1一下"),
    (re.compile(r"(?<=[烧烫])甲(?=\s?[\d三四])"), "到"),
    (re.compile(r"ㄇ"), "吗"),
    (re.compile(r"发骚(?=\s?\d|到|了|得|[一二三四五六七八九十]{1,3}度)"), "发烧"),
]
# Pinyin typed for red-flag words (tone marks are stripped first): read as the Chinese words.
_PINYIN = {
    "xiong tong": "胸痛", "xiongtong": "胸痛", "xiong kou teng": "胸口疼", "xiongkou teng": "胸口疼", "xiong kou tong": "胸口痛",
    "xiong men": "胸闷", "xiongmen": "胸闷", "fa shao": "发烧", "fashao": "发烧", "gao shao": "高烧", "gaoshao": "高烧",
    "chou chu": "抽搐", "chouchu": "抽搐", "hu xi kun nan": "呼吸困难", "huxi kunnan": "呼吸困难", "huxikunnan": "呼吸困难",
    "chuan bu guo qi": "喘不过气", "chuan bu shang qi": "喘不上气", "chu xue": "出血", "chuxue": "出血", "liu xue": "流血",
    "liuxue": "流血", "zi sha": "自杀", "zisha": "自杀", "bu xiang huo": "不想活", "qing sheng": "轻生", "yun dao": "晕倒",
    "yundao": "晕倒", "hun dao": "昏倒", "hun mi": "昏迷", "hunmi": "昏迷", "jiao bu xing": "叫不醒", "zhong feng": "中风",
    "zhongfeng": "中风", "guo min": "过敏", "guomin": "过敏", "huai yun": "怀孕", "huaiyun": "怀孕", "jian hong": "见红",
    "tou tong": "头痛", "toutong": "头痛", "xin zang bing": "心脏病", "xin geng": "心梗", "tang shang": "烫伤",
    "shao shang": "烧伤", "chu dian": "触电", "bao bao": "宝宝", "baobao": "宝宝", "xin sheng er": "新生儿",
    "zi dian": "紫点", "zidian": "紫点", "hong dian": "红点", "zi ban": "紫斑", "ya bu tui": "压不退", "an bu tui": "按不退",
    "shen shang": "身上", "jiao bu xing": "叫不醒", "bu xing le": "不行了", "chuan bu shang": "喘不上", "xue tang": "血糖",
    "tun le": "吞了", "chi le": "吃了", "yao": "药", "ban bian": "半边", "shuo hua bu qing": "说话不清", "zui wai": "嘴歪",
}
_PINYIN_DEGREES = re.compile(r"(?<=\d) ?du\b")
_PINYIN_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in _PINYIN if " " in k or len(k) > 5), key=len, reverse=True)) + r")\b")
_TONE_MARKS = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü", "aaaaeeeeiiiioooouuuuvvvvv")
# English homophone and sound-alike typos of red-flag words ("chess pain", "he eight a tablet", "throats closing").
_SOUND_ALIKES = [
    (re.compile(r"\bchess(?= (pain|pains|hurts?|tight\w*|pressure|feels|is (hurting|tight|sore)))"), "chest"),
    (re.compile(r"\b(he|she|i|we|they|son|daughter|kid|baby|toddler|child|boy|girl|dog|cat|brother|sister|who|just|accidentally|has|have) eight(?= (a|an|the|some|half|most|all|loads|lots|one|two|\d|his|her|my|their|of))"),
     r"\1 ate"),
    (re.compile(r"\b(a|having|had|has|have|having a|mini) stoke\b"), r"\1 stroke"),
    (re.compile(r"\b(unable|not able) to\b"), "can not"),
    (re.compile(r"\b(throat|tongue|lip|face|chest|head|arm|leg|eye|neck)s (closing|closed|swelling|swollen|tight|hurting|killing|bleeding|numb|dead|gone|burning|pounding)\b"),
     r"\1 is \2"),
]



def _vital_words(match: re.Match) -> str:
    """Lay words for one vital-sign reading in shorthand, or the text unchanged when the reading is not alarming."""
    name, value = match.group("name"), float(match.group("value"))
    if name.startswith(("hr", "heart rate", "pulse")):
        return "heart racing" if value >= 130 else match.group(0)
    if name.startswith(("rr", "resp")):
        return "barely breathing" if value <= 8 else "breathing very fast" if value >= 30 else match.group(0)
    if name.startswith("gcs"):
        return "unresponsive" if value <= 8 else match.group(0)
    if name.startswith(("bp", "sbp", "systolic")):
        return "blood pressure very low" if value < 90 else match.group(0)
    return match.group(0)


# round 9: clinical shorthand from health workers and trained carers, folded into the lay words every detector
# reads ('c/o CP', 'diaphoretic', 'resp rate 6', 'HR 130', 'BP 80/..', 'BM 2.3', 'PV bleed', 'OD on', 'hard to rouse').
# Each abbreviation needs a clinical neighbour ('c/o', a score, 'radiating', 'at rest'): 'cp' alone is also
# cerebral palsy and 'sob' is also crying.
_VITAL_READING = re.compile(
    r"\b(?P<name>hr|heart rate|pulse( rate)?|rr|resp(iratory)? rate|resp|gcs|sbp|systolic( bp)?|bp)( (is|of|was|at|down to|now))? ?:? ?"
    r"(?P<value>\d{1,3})(?=\s?(/|bpm|mmhg|\b))"
)
_CLINICAL_SHORTHAND = [
    (re.compile(r"\bc/o\b|\bc\\o\b|\bcomplaining of\b"), "complains of"),
    (re.compile(r"(?<=complains of )((central|crushing|severe|sudden|left[- ]sided|tight) )?cp\b"), r"\1chest pain"),
    (re.compile(r"\bcp(?= ?\d{1,2}/10| radiat\w*| at rest| since| for \d| with (sweat\w*|sob|nausea))"), "chest pain"),
    (re.compile(r"(?<=complains of )sob\b|\bsob(?= at rest| on (minimal |mild )?exertion)|\b(very|increasingly|acutely|more) sob\b"), "short of breath"),
    (re.compile(r"\bdiaphore(tic|sis|sed)\b"), "sweating"),
    (re.compile(r"\b(major|massive|catastrophic|heavy|uncontrolled) (haemorrhage|hemorrhage|bleed)\b"), "heavy bleeding"),
    (re.compile(r"\bpv (bleed\w*|blood|loss)\b"), "vaginal bleeding"),
    (re.compile(r"\bod(?:'?d|ed)?(?= on )|\b(?<=took an )od\b|\b(?<=taken an )od\b"), "overdosed"),
    (re.compile(r"\b(hard|difficult|impossible) to (rouse|arouse|wake)\b|\b(un-?rousable|not rousable)\b"), "can not wake"),
    (re.compile(r"\bbm(?= (of |is |was |at |down to )?\d{1,2}(\.\d)?\b)"), "blood sugar"),
    (re.compile(r"\b(sats|spo2|o2 sats?)( (is|of|was|at|down to))? ?(?P<value>[5-8]\d|9[01]) ?%"), "oxygen level very low and lips blue"),
]


_ZH_DIGIT_VALUES = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _zh_int(numeral: str) -> int:
    """Value of a Chinese numeral up to 999 in digits or characters (一百三十, 八十, 130)."""
    if numeral.isdigit():
        return int(numeral)
    total, current = 0, 0
    for ch in numeral:
        if ch in "百十":
            total += (current or 1) * (100 if ch == "百" else 10)
            current = 0
        else:
            current = _ZH_DIGIT_VALUES.get(ch, 0)
    return total + current


def _zh_vital_words(match: re.Match) -> str:
    """Lay words for a Chinese heart-rate or blood-pressure reading (心率130 = 心跳很快, 血压掉到80多 = 血压很低)."""
    value = _zh_int(match.group("value"))
    if match.group("name") in ("心率", "心跳", "脉搏", "脉率"):
        return "心跳很快" if value >= 130 else match.group(0)
    return "血压很低" if 40 <= value < 90 else match.group(0)


_ZH_VITAL_READING = re.compile(
    r"(?P<name>心率|心跳|脉搏|脉率|血压|收缩压|高压)(只有|才|是|有|掉到|降到|跌到|低到|快到|到了?|达到?|测出来是?|都)?"
    r"(?P<value>\d{2,3}|[一二三四五六七八九百十]{2,4})(?=多|左右|次|/|mmhg|\D|$)"
)
_ZH_DECIMAL_GLUCOSE = re.compile(r"(血糖(?:只有|才|是|测出来是?|值)?)([零一二两三四五六七八九十]{1,3})点([零一二三四五六七八九])")
# round 9: lay wordings of the same red flags in other voices, folded to the lexicon words
_LAY_FOLDS = [
    # temperature with a comma decimal after a reading cue ('thermometer show 38,6')
    (re.compile(r"\b(temp\w*|thermometer|fever|reading|shows?|says?|read|measured)( \w+){0,2} (3[5-9]|4[0-2]),(\d)\b(?!,?\d)"),
     lambda m: m.group(0)[:m.start(3) - m.start(0)] + f"{m.group(3)}.{m.group(4)}"),
    # a child: limp, barely responding, not answering, body soft, eyes not looking at anyone
    (re.compile(r"\bbarely (respond|responds|responded|reacts?|answers?)\b"), "barely responding"),
    (re.compile(r"\b(is not|isn't|not|no longer|stopped) (answering|responding to) (me|mum|mom|us|dad|her|him|anyone|when|his name|her name)\b"), "not responding"),
    (re.compile(r"\bbody (is |gone |went |feels? )?(so |very |all |really )?soft( soft)?\b"), "floppy"),
    (re.compile(r"\beyes (do |does |did )?not (look|looking|focus\w*) at (me|us|anyone|anything|her|him)\b"), "not responding"),
    # fetal movement told plainly: 'baby not move since yesterday', 'not felt the baby kick today'
    (re.compile(r"\b(baby|bub|bubba|bump)( has| have| did| does| is)? (not|no|never) (move|moved|moving|kick|kicked|kicking|movement)\b"), r"\1 not moving"),
    (re.compile(r"(?<!can )(?<!could )\b(have |has |had |did )?not (felt|feel|feeling) (the |my |her |any )?(baby|bub|bubba)( \w+)? (kick|move)\w*"), r"can not feel the baby"),
    # a plan told casually: 'gonna finish it tonight', 'already sorted the pills'
    (re.compile(r"\b(gonna|going to|will|about to|planning to|plan to) (finish|end) it( all)?( off)? (tonight|today|now|soon|this (evening|weekend)|tomorrow)\b"),
     r"going to end my life \5"),
    (re.compile(r"\b(already |have |got |i have )?(sorted|stockpiled|saved up|collected|got|gathered|ready) (the |my |all the |enough )?(pills|tablets|meds|rope)( ready)?\b(?= ?,| ?\.| ?$| just| and)"),
     r"stockpiled the \4"),
    # an electrical injury told as the act ('touched a live wire', 'got electrocuted') is an electric shock
    (re.compile(r"\b(touched|grabbed|held|hit|contact with|got zapped by|zapped by) (a |an |the )?(live|exposed|bare|mains|high[- ]voltage|electric) (wires?|cables?|lines?|socket)\b|\b(got |was |been )?electrocuted\b"),
     "had an electric shock"),
    # chest pain in plain second-language words: 'pressing in chest', 'it go to jaw and left hand', 'pale and wet'
    (re.compile(r"\b(pressing|pressure|squeezing|heavy|heaviness|tight|tightness) in (the |his |her |my |their )?chest\b"), "chest pressure"),
    (re.compile(r"\b(it |pain |which )?(go|goes|going|went|move|moves|spread|spreads) (in)?to (the |his |her |my )?(jaw|left (arm|hand|shoulder)|neck)\b"), lambda m: f"{m.group(1) or ''}radiating to {m.group(5)}"),
    (re.compile(r"\b(pale|grey|gray|white|cold) and (wet|soaking|drenched|dripping)\b"), r"\1 and sweaty"),
    # second-language and plain wordings of stroke, anaphylaxis, breathing, seizure and meningitis signs
    (re.compile(r"\bface (look|looks|looking|is|gone|went|go)( \w+)? (wrong|funny|strange|crooked|different|down|droop\w*)( on)? (one|1) side\b"), "face drooping on one side"),
    (re.compile(r"\b(talk|talking|speak|speaking|words?) (not|no|make no|making no|do not make|does not make) sense\b"), "speech slurred"),
    (re.compile(r"\b(arm|leg|hand) (fall|falls|falling|drop|drops|dropping) down\b"), r"\1 weak"),
    (re.compile(r"\btongue (is |has )?(become|became|get|got|getting|go|goes|went|gone|grow|grew|growing) (very |so |too )?(big|fat|huge|large|swollen)\b"), "tongue swollen"),
    (re.compile(r"\b(breathing|breath|breathe|breathes) (with|make|makes|making) (a )?(noise|noisy|sound|whistle)\b"), "noisy breathing wheezing"),
    (re.compile(r"\b(breath|breathe|breathes|breathing) like (a )?fish out of water\b"), "gasping for breath"),
    (re.compile(r"\bshake shake\b|\bshaking shaking\b"), "shaking and fitting"),
    (re.compile(r"(?:^|(?<=[,.;] ))(no|not) stop(ping)?\b(?! (taking|the|my|his|her))"), "will not stop"),
    (re.compile(r"\beyes (go |gone |went |roll\w* )?up\b"), "eyes rolled back"),
    (re.compile(r"\bneck (is |so |very |all )*(hard|stiff|stuck)\b"), "stiff neck"),
    (re.compile(r"\brash (is )?(purple|dark red|red|dark)( \w+)? (not|no|does not|do not|did not|will not) (gone|go|go away|fade|disappear|change)( \w+)? (when|with|under|if) (i |you |we )?(press\w*|push\w*|glass)\b"),
     r"\2 rash does not fade when pressed"),
    # 'what if someone's chest has felt squeezed for 40 min': a span already gone by is a report
    (re.compile(r"\bwhat if (?=(someone|somebody|a friend|my friend)('s| has| is| have)\b[^?]{0,60}\b(for|since) (the (last|past) )?(\d+|an?|half( an)?) (mins?|minutes?|hours?|hrs?)\b)"), ""),
    # 'what if someone took 30 paracetamol': a past act with an amount is a report, not a hypothetical
    (re.compile(r"\bwhat if (someone|somebody|a friend|my friend|a person|they|he|she)( has| had)? (took|taken|swallowed|ate|drank|downed|overdosed on) (?=(\d|a (whole|full)|all|loads|lots))"),
     r"\1 \3 "),
]
# A farewell with the means ready (药都准备好了 ... 不会再麻烦大家了) is a plan, not a kindness.
_ZH_MEANS_READY = re.compile(r"(药|安眠药|绳子|炭).{0,3}(都|已经|也)?(准备好|备好|买好|攒够|存够)")
_ZH_FAREWELL = re.compile(r"(不会|不用|不再|再也不会)再?(麻烦|拖累|连累|打扰)(大家|你们|任何人|家里)")


# round 34d (blind54): an ENGLISH DIALECT FOLD. The detectors read English in standard spelling; a writer who types
# in a dialect or creole ('mi son a shake pon di floor an him nah stop', 'e no fit breathe', 'the wean's no breathing
# right', 'she's after taking all her tablets') slipped past every one. Whole-word folds, run on `normalize`'s output
# (lower case, contractions expanded) before the lay folds, so 'baby nuh move' becomes 'baby not move' and the
# fetal-movement fold sees it. Only forms whose standard reading is unambiguous are folded, and negation is kept
# ('nuh bleeding nuh pain' -> 'no bleeding no pain', still a denial). Three layers:
# - words that are dialect whatever the text (Scots -nae negatives, 'greetin', 'pickney', 'cyaan', 'finna', 'tryna',
#   'arvo', 'pengsan', 'no fit' + a verb, Hiberno 'is after X-ing' = has just X-ed, 'me chest' = my chest);
# - Jamaican / Caribbean Creole, only in a message with two or more of its own marker words ('mi', 'di', 'pon',
#   'inna', 'seh', 'nuh', 'weh', 'fi', ...): the short words ('mi', 'di', 'a', 'dem', 'fi', 'deh') are read as
#   creole only there. 'mi'/'him' as subject or possessive, 'a' + verb (progressive), 'nah' + verb, 'dem' plural;
# - Nigerian / West African Pidgin, only with two of its markers ('dey', 'wetin', 'abeg', 'pikin', 'una', 'don' + a
#   verb, 'wahala', ...): 'dey' + verb (is X-ing), 'don' + verb (has X-ed), 'e' (he/she), 'belle' (stomach), 'chop'.
_DIALECT_VERBS = (
    "complain|sweat|dribble|drool|shake|tremble|sleep|bleed|vomit|throw|cough|cry|bawl|breathe|breath|get|go|come|"
    "talk|fret|faint|burn|hurt|pain|twitch|jerk|swell|itch|run|grunt|wheeze|feel|take|tek|drink|eat|nyam|chop|turn|"
    "roll|fit|groan|moan|mumble|say|seh|call|answer|move|kick|look|hold|ketch|catch|gasp|choke|struggle|fight|drop|"
    "spit|pass|lose|foam|froth|stiffen|stop|wake|respond|shiver|collapse|die|swallow|fall|hot|rave|scream|holler|"
    "puke|pee|wet|limp|climb|push|press|burst|leak|cramp|contract|labour|labor|stagger|wander|walk|pick|reply|ring|"
    "reach|listen|sit|stand|open|hear|see"
)
_ING_IRREGULAR = {"seh": "saying", "tek": "taking", "nyam": "eating", "chop": "eating", "ketch": "catching",
                  "bawl": "crying", "fret": "worrying", "pain": "hurting", "breath": "breathing", "hot": "hot",
                  "die": "dying", "holler": "shouting", "rave": "raving", "comot": "coming out"}
_PAST_IRREGULAR = {"fall": "fallen", "take": "taken", "tek": "taken", "eat": "eaten", "chop": "eaten", "nyam": "eaten",
                   "drink": "drunk", "swell": "swollen", "go": "gone", "come": "come", "hit": "hit", "cut": "cut",
                   "get": "got", "bite": "bitten", "break": "broken", "throw": "thrown", "give": "given", "see": "seen",
                   "bleed": "bled", "lose": "lost", "sleep": "slept", "run": "run", "put": "put", "swallow": "swallowed",
                   "die": "died", "hold": "held", "feel": "felt", "have": "had", "do": "done", "tell": "told",
                   "find": "found", "catch": "caught", "ketch": "caught", "burn": "burnt", "fit": "fitted",
                   "stop": "stopped", "drop": "dropped", "be": "been", "say": "said", "seh": "said", "faint": "fainted",
                   "comot": "come out"}


def _ing(verb: str) -> str:
    """The -ing form of a base verb from `_DIALECT_VERBS` (shake -> shaking, get -> getting, sweat -> sweating)."""
    if verb in _ING_IRREGULAR:
        return _ING_IRREGULAR[verb]
    if verb.endswith("e") and not verb.endswith(("ee", "ye")):
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", verb):
        return verb + verb[-1] + "ing"  # get, run, drop, fit, spit, stop
    return verb + "ing"


def _past_participle(verb: str) -> str:
    """The past participle of a base verb or -ing form (falling -> fallen, taking -> taken, collapsing -> collapsed)."""
    if verb.endswith("ing") and len(verb) > 5:
        stem = verb[:-3]
        for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
            if base in _PAST_IRREGULAR:
                return _PAST_IRREGULAR[base]
        return stem + "ed"  # collapsing -> collapsed, vomiting -> vomited, stopping -> stopped
    if verb in _PAST_IRREGULAR:
        return _PAST_IRREGULAR[verb]
    return verb + ("d" if verb.endswith("e") else "ed")


_DIALECT_BODY_KIN = (
    r"(own |whole |left |right |likkle |little |big |two |bad )?(head|heid|chest|heart|belly|stomach|tummy|arm|arms|leg|legs|"
    r"foot|feet|hand|hands|eye|eyes|mout|mouth|lip|lips|face|neck|back|skin|tongue|throat|breath|bret|side|body|"
    r"pressure|sugar|blood|tablet|tablets|medicine|pills?|inhaler|pickney|child|children|kids?|son|dawta|daughter|"
    r"mada|madda|mother|mum|mam|ma|mammy|mommy|fada|father|dad|da|daddy|granddad|grandad|grandfather|grandma|granny|"
    r"grandmother|nan|nana|wife|husband|man|woman|ooman|baby|babies|bwoy|boy|gyal|girl|sister|sista|brother|bredda|"
    r"cousin|auntie|aunty|aunt|uncle|nephew|niece|friend|fren|partner|girlfriend|boyfriend|neighbour|neighbor|phone|"
    r"bed|house|yard|lip|teet|teeth|nose|ear|ears|knee|hip|finger|toe|wound|cut|temperature|fever)\b"
)
# round 35e (blind55): more Scots and Northern English, whole words with one meaning only. The dropped g of a verb
# ('burnin', 'answerin', 'kickin': only the -ing forms of the verbs listed here, never 'cabin' or 'insulin'), 'auld',
# 'aboot', 'noo' (now, after a word, not an opening 'noo' = no), 'nae' (no), 'aw day' / 'at aw' (all), 'girny'
# (whiny, fretful), 'ma maw' (my mum; never 'paw', an animal's foot), 'whit' before a question word, 'dae', 'tae' + verb,
# and 'has no had' / 'I have no felt' (Scots 'no' = not before a past participle).
_SCOTS_G_DROP_VERBS = (
    _DIALECT_VERBS.split("|")
    + "answer talk end say want burn move kick feed boil shiver sweat greet bleed do hav have keep think wait sit "
      "look lie lay tell start stop bring send text ring phone try pray plan write".split()
)
_SCOTS_G_DROPPED = {_ing(v)[:-1]: _ing(v) for v in _SCOTS_G_DROP_VERBS if _ing(v).endswith("ing") and v not in ("lie", "jerk")}
for _word in ("begin", "within", "cabin", "robin", "margin", "basin", "sin", "pin", "tin", "win", "bin", "din", "kin",
              "fin", "gin", "skin", "shin", "chin", "grin", "spin", "twin", "thin", "akin", "ruin", "main", "lain", "rain",
              "pain", "gain", "vain", "stain", "sustain", "brain", "drain", "train", "chain", "plain", "tain", "bein"):
    _SCOTS_G_DROPPED.pop(_word, None)
_SCOTS_G_DROPPED.update({"everythin": "everything", "nothin": "nothing", "somethin": "something", "anythin": "anything",
                         "mornin": "morning", "evenin": "evening", "bein": "being", "lyin": "lying"})
_SCOTS_PARTICIPLES = (r"(had|been|felt|eaten|drunk|taken|seen|heard|passed|done|slept|moved|kicked|fed|peed|woken|"
                      r"stopped|managed|kept|got|gotten|wanted|touched|finished|answered|spoke|spoken|said|weed|pooed|"
                      r"settled|stirred)")
_SCOTS_MORE = [
    (re.compile(r"\b(" + "|".join(sorted(_SCOTS_G_DROPPED, key=len, reverse=True)) + r")'?(?=[^a-z'-]|$)"),
     lambda m: _SCOTS_G_DROPPED[m.group(1)]),
    (re.compile(r"\bauld\b"), "old"),
    (re.compile(r"\baboot\b"), "about"),
    (re.compile(r"(?:(?<=[a-z] )|(?<=[a-z], ))(?<!\boh )(?<!\bah )(?<!\bno )(?<!\boh, )(?<!\bno, )noo\b"), "now"),
    (re.compile(r"\b(din|dinna)nae\b|\bdinnae\b|\bdinna\b"), "do not"),
    (re.compile(r"\b(winnae|wullnae|willnae|winna)\b"), "will not"),
    (re.compile(r"\b(huvnae|huvna)\b"), "have not"),
    (re.compile(r"\b(hudnae|hudna)\b"), "had not"),
    (re.compile(r"\b(urnae|urna|arenae)\b"), "are not"),
    (re.compile(r"\b(wurnae|wurna|werenae)\b"), "were not"),
    (re.compile(r"\bnae\b"), "no"),
    (re.compile(r"\baw (?=(day|night|nicht|morning|mornin|week|weekend|the time|ower|over|afternoon|evening)\b)"), "all "),
    (re.compile(r"\bat aw\b"), "at all"),
    (re.compile(r"\bnicht\b"), "night"),
    (re.compile(r"\bgirny\b|\bgirnin[g']?\b|\bgirning\b"), "whiny"),
    (re.compile(r"\b(ma|my|yer|your|oor|our) maw\b"), lambda m: ("my" if m.group(1) == "ma" else m.group(1)) + " mum"),
    (re.compile(r"\bwhit (?=(do|dae|time|is|am|are|should|will|can|does|did|happened|tae|to|now|noo|if|wid|would|could)\b)"), "what "),
    (re.compile(r"\bdae\b"), "do"),
    (re.compile(r"\btae (?=(be|go|do|dae|die|live|see|get|end|kill|understand|know|ken|breathe|stop|wake|eat|drink|feed|"
                r"hospital|the|a|ma|my|his|her|sleep|help|phone|ring|call|bed)\b)"), "to "),
    (re.compile(r"\b(do not|i|ye|you|we|they|he|she) ken\b"), r"\1 know"),
    (re.compile(r"\b(doon|doun)\b"), "down"),
    (re.compile(r"\b(oot)\b"), "out"),
    (re.compile(r"\bhoose\b"), "house"),
    (re.compile(r"\b(lassie|lass)\b(?! (night|week|year|month|time)\b)"), "girl"),
    (re.compile(r"\b(laddie)\b"), "boy"),
    (re.compile(r"\b(ma) (?=(pal|side|belly|tummy|stomach|wean|child|children|bairn|boy|girl|lassie|laddie|son|daughter|"
                r"man|wife|husband|partner|mum|dad|maw|paw|granny|grandad|gran|sister|brother|pal|phone|head|chest|legs?|arms?|back|"
                r"baby|friend|cousin|auntie|uncle|neighbour|heart|eyes?|face|throat|mouth|waters)\b)"), "my "),
    # 'she is no had a bottle', 'I have no felt him move' = has not had, have not felt
    (re.compile(r"\b(he|she|it|they|we|you|i|baby|child|(?:my|his|her|the) \w+) (is|has|have|had) no (?=" + _SCOTS_PARTICIPLES + r"\b)"),
     lambda m: f"{m.group(1)} {'has' if m.group(2) == 'is' else m.group(2)} not "),
]
# Session 42 (blind62b, spent): north-east Scots (Doric) spells plain words so the sign lexicons miss them: 'she canna
# see oot her left ee, aa of a sudden, like a curtain cam doon', 'drain cleaner in his ee', 'gone a bit fite', 'near an
# oor'. Doric 'fit' is 'what' ('fit like', 'fit time', 'fit should we dee'), read as a fit before. Each fold is narrowed to
# the frame the Scots word has there (an eye after a possessive or a side, 'aa' before a state, 'cam' before a particle).
_R42S_DORIC = [
    (re.compile(r"\b(his|her|my|ma|the|their|yer|your|left|right|ae|one|an|baith|both|richt) ee\b"), r"\1 eye"),
    (re.compile(r"\b(his|her|my|ma|the|their|yer|your|baith|both) een\b"), r"\1 eyes"),
    (re.compile(r"\bricht\b"), "right"),
    (re.compile(r"\bcanna(e)?\b(?! (lil(y|ies)|plants?|bulbs?|flowers?))"), "can not"),
    (re.compile(r"\bfite\b"), "white"),
    (re.compile(r"\b(aa|all|gone|is|it is|looks?|awfy|very|bit|bittie|bright|fair) reid\b"), r"\1 red"),
    (re.compile(r"\b(aa|a') (?=(o|of) a sudden\b)"), "all "),
    (re.compile(r"\ball o a sudden\b"), "all of a sudden"),
    (re.compile(r"\baa (?=(reid|red|swollen|blue|white|fite|bloody|wet|puffy|numb|the time|day|nicht|night|ower|over|normal|right|fine|weel|blistered)\b)"), "all "),
    (re.compile(r"(?<!\bthe )(?<!\bmy )(?<!\ba )(?<!web)\bcam (?=(doon|down|oot|out|in|up|on|back|ower|over|hame|home|roond|round|tae|to)\b)"), "came "),
    (re.compile(r"\b(an|half an|an') oor\b"), "an hour"),
    (re.compile(r"\bower\b"), "over"),
    (re.compile(r"\bbittie\b"), "bit"),
    (re.compile(r"(^|[,.;:!?] |\b(?:an|and|so|but) )fit like\b"), r"\1how are you"),
    (re.compile(r"(^|[,.;:!?] |\b(?:an|and|so|but) )fit (?=(time|should|div|dae|dee|do|are|wye|wey|can|will|wid|would|could|aboot|about|kind|sort|ither|else|happens?|happened|d'ye|ye)\b)"), r"\1what "),
    (re.compile(r"\b(should|shid|can|could|will|wid|would|to|tae|div|dae|do|we|i|ye|you|they) dee\b"), r"\1 do"),
    (re.compile(r"\bdiv (?=(we|i|ye|you|they|he|she)\b)"), "do "),
]
_UNCONDITIONAL_DIALECT = [
    *_R42S_DORIC,  # session 42 (blind62b): Doric spellings of plain words
    *_SCOTS_MORE,  # round 35e (blind55)
    # Scots: -nae / -na negatives, greetin (crying), heid, awfy, sair, bairn, the wean (a child, not weaning)
    (re.compile(r"\b(can|do|di|did|was|wis|is|does|dis|would|could|should|has|hav|have|had|will|wull|were|are|must|need)nae\b"
                r"|\b(di|did|was|wis|is|does|would|could|should|has|hav|wull)na\b"),
     lambda m: {"wis": "was", "dis": "does", "di": "do", "hav": "have", "wull": "will"}.get(m.group(1) or m.group(2), m.group(1) or m.group(2)) + " not"),
    (re.compile(r"\b(do|did) not ken\b"), r"\1 not know"),
    (re.compile(r"\bgreetin'?\b"), "crying"),
    (re.compile(r"\bheid\b"), "head"),
    (re.compile(r"\b(awfy|awfully|pure) (?=(sore|sair|bad|sick|hot|cold|weak|dizzy|pale|peely|wheezy|breathless|drowsy|sleepy|confused|swollen|tight))"), "very "),
    (re.compile(r"\bsair\b"), "sore"),
    (re.compile(r"\bpeely[- ]?wally\b"), "pale"),
    (re.compile(r"\bboak(ing|in|ed|s)?\b"), "vomiting"),
    (re.compile(r"\bbairns\b"), "children"),
    (re.compile(r"\bbairn\b"), "child"),
    (re.compile(r"\b(the|my|ma|oor|wir|wee|his|her|a|yer|your|our|their) weans\b"), r"\1 children"),
    (re.compile(r"\b(the|my|ma|oor|wir|wee|his|her|a|yer|your|our|their) wean\b"), r"\1 child"),
    (re.compile(r"\bwee (one|yin|man|boy|girl|lassie|laddie|lad|lass|baby|child|fella)\b"), r"little \1"),
    # Scots 'no' = not after a subject and a copula: 'she is no breathing right', 'he was no well'
    (re.compile(r"\b(he|she|it|i|they|we|you|child|baby) (is|was|are|were|am) no (?=\w+ing\b|well\b|right\b|able\b|himself\b|herself\b|waking\b)"),
     r"\1 \2 not "),
    # Hiberno-English: 'she is after taking all her tablets' = she has just taken; 'me chest', 'me da' = my
    (re.compile(r"\b(i am|he is|she is|it is|we are|they are|you are|(?:[a-z]+) is) after (\w+ing)\b"),
     lambda m: (m.group(1).rsplit(" ", 1)[0] + (" has" if m.group(1).endswith(" is") else " have")) + " just " + _past_participle(m.group(2))),
    (re.compile(r"(?<!giving )(?<!give )(?<!gives )(?<!gave )(?<!given )(?<!ring )(?<!call )(?<!text )(?<!phone )(?<!send )"
                r"(?<!sent )(?<!tell )(?<!told )(?<!want )(?<!wants )(?<!show )(?<!bring )(?<!ask )(?<!asked )(?<!let )(?<!leave )"
                r"(?<!left )\bme (?=(ma|mam|mammy|da|daddy|nan|nana|granny|grandad|son|daughter|young one|young lad|husband|wife|"
                r"fella|missus|chest|head|heart|arm|leg|belly|stomach|throat|neck|eyes?|face|tongue|lips?|breath|"
                r"baby|child|kids?|sister|brother|mother|father|mum|mom|dad|partner|boyfriend|girlfriend|little one)\b)"), "my "),
    (re.compile(r"\byous(e)?\b"), "you"),
    # AAVE and US texting
    (re.compile(r"\bfinna\b"), "going to"),
    (re.compile(r"\btryna\b"), "trying to"),
    (re.compile(r"\bboutta\b"), "about to"),
    (re.compile(r"\bion (?=(know|feel|think|want|wanna|even|got|have|care|see|remember|like|need|be|get|wan)\b)"), "i do not "),
    (re.compile(r"\bim{1,2}a (?=(go|call|take|die|kill|end|head|drive|pass|throw|just))"), "i am going to "),
    (re.compile(r"\blil\b"), "little"),
    # Jamaican / West African words with no other English sense
    (re.compile(r"\b(pickney|pickni|pikney|pikni|pikin|pickin) (dem)\b|\b(pickneys|pikins)\b"), "children"),
    (re.compile(r"\b(pickney|pickni|pikney|pikni|pikin|pickin)\b"), "child"),
    (re.compile(r"\b(cyaan|kyaan|cyan|kyan|cyaa|caan)\b"), "can not"),
    (re.compile(r"\blikkle\b|\blickle\b"), "little"),
    (re.compile(r"\b(e|he|she|i|we|they|you|una|baby|child|pikin) no fit (?=(breathe|breath|talk|walk|stand|wake|move|see|eat|swallow|sleep|hold|feel|hear|open|get up|sit|speak|carry|lift|stop|answer|respond|drink|pass|chop|remember|recognise|recognize|raise)\b)"),
     lambda m: ("he" if m.group(1) == "e" else "you" if m.group(1) == "una" else m.group(1)) + " can not "),
    (re.compile(r"\bwetin\b"), "what"),
    (re.compile(r"\babeg\b"), "please"),
    # Singlish / Malaysian English: 'cannot already' = not any more; particles; Malay pengsan (fainted), muntah (vomit)
    (re.compile(r"\bcan not (\w+ )?(already|liao)\b"), lambda m: f"can not {m.group(1) or ''}any more"),
    (re.compile(r" (lah|leh|lor|meh|sia|hor)\b(?=[ ,.!?]|$)"), ""),
    (re.compile(r"\bpengsan\b"), "fainted"),
    (re.compile(r"\bmuntah\b"), "vomiting"),
    # Australian
    (re.compile(r"\barvo\b"), "afternoon"),
    (re.compile(r"\b(feel|feels|feeling|felt|been|is|was|real|really|very|pretty|so|gone|went|look|looks|looking|got|go|goes|bit|little) crook\b"), r"\1 sick"),
    (re.compile(r"\bambos\b"), "paramedics"),
    (re.compile(r"\bambo\b"), "ambulance"),
    (re.compile(r"\b(chucking|chucked|chuck|chucks) up\b"), lambda m: {"chucking": "vomiting", "chucked": "vomited"}.get(m.group(1), "vomit")),
    # Indian English: 'since morning', 'since 2 days' (= for 2 days), 'loose motions'
    (re.compile(r"\b(since|from) (mawning|morning|mornin)\b(?! (to|till|until|til|onwards)\b)"), "since this morning"),
    (re.compile(r"\bsince (\d+|two|three|four|five|six|seven|eight|nine|ten|a few|few) (days|hours|weeks|months|minutes|mins|hrs)\b(?! ago)"), r"for \1 \2"),
    (re.compile(r"\bloose motions?\b"), "diarrhoea"),
    (re.compile(r"\bvomitings\b"), "vomiting"),
]
# Jamaican / Caribbean Creole: marker words (two distinct ones make the message creole)
_CREOLE_MARKERS = re.compile(
    r"\b(mi|di|pon|inna|seh|nuh|weh|deh|mada|madda|mudda|fada|faada|dawta|darta|bredda|bwoy|gyal|unu|wah|dung|"
    r"siddung|nutten|nuttn|everyting|sumting|someting|mawning|marnin|yessideh|yessiday|haffi|affi|ooman|smaddy|nyam|"
    r"fi|wid|gwaan|waan|nah|dem|dat|dis|tek|mek|cyaan|kyaan|pickney|likkle|mout|ketch|lass|tideh|"
    # session 42 (blind62a, spent): the Eastern Caribbean / Gullah voice (Bajan, Guyanese, Lowcountry): de, fuh, chillun
    r"de|fuh|chillun|tenkya|tankya|wit|den|ain)\b")
_CREOLE_SUBJECT = (r"(he|she|it|i|we|they|you|that|who|baby|child|children|(?:my|his|her|the|your|our|their) "
                   r"(?:\w+ )?\w+)")
_CREOLE_FOLDS = [
    # session 42 (blind62a, spent): the Eastern Caribbean / Gullah voice tells a sign in plain words the lexicons read once
    # folded: 'e' is he / she / it before a verb and his / her before a body part or thing ('e mout look crooked', 'e water
    # just bust out', 'e lip look pale'), 'de' the, 'fuh' for, 'wit' with, 'chillun' children, 'ain' + -ing is not
    (re.compile(r"\be (?=" + _DIALECT_BODY_KIN + r"|(water|waters|puffer|pump|inhaler|heart pills?|smile|drinking|drink|sugar)\b)"), "her "),
    (re.compile(r"(?<![a-z'])e (?=(is|was|ain|aint|done|can|could|need|needs|say|says|said|laugh|laughs|laughing|actin|acting|act|look|looks|"
                r"looking|get|got|go|gone|just|still|never|fall|fell|drink|drank|eat|ate|use|used|breathe|breathing|feel|feeling|keep|keeps|"
                r"start|started|stop|stopped|come|came|had|has|have|want|wants|tell|told|sleep|sleeping|vomit|vomiting|throw|throwing|will|"
                r"would|been|bin|seem|seems|do|did|cyan|cyaan|can not|not|won|make|made|pass|passed|talk|talking|walk|walking|smile|smiling)\b)"), "he "),
    (re.compile(r"\b(act|help|breath|sleep|vomit|shak|bleed|eat|talk|walk|wak|mov|feed|cry|jerk|sweat|runn|pour|burn|swell|gasp|"
                r"wheez|chok|shiver|hurt|throw)in\b"), lambda m: m.group(1) + "ing"),
    (re.compile(r"\bden (?=(got|he|she|e|i|we|they|start\w*|stop\w*|go|come|fall|fell|it)\b)"), "then "),
    (re.compile(r"\bde\b"), "the"),
    (re.compile(r"\bfuh\b"), "for"),
    (re.compile(r"\bwit\b"), "with"),
    (re.compile(r"\bchillun\b"), "children"),
    (re.compile(r"\bain (?=\w+ing\b)"), "is not "),
    (re.compile(r"\bain (?=(know|want|like|see|feel|care|remember|need|got|have)\b)"), "do not "),
    (re.compile(r"\b(water|waters|bag) (just |done )?bust\b"), r"\1 \2burst"),
    # nouns and function words (whole words)
    (re.compile(r"\b(mada|madda|mudda)\b"), "mother"),
    (re.compile(r"\b(fada|faada|fahda)\b"), "father"),
    (re.compile(r"\b(dawta|darta|daughta)\b"), "daughter"),
    (re.compile(r"\b(bredda|breda)\b"), "brother"),
    (re.compile(r"\bsista\b"), "sister"),
    (re.compile(r"\bbwoy\b"), "boy"),
    (re.compile(r"\bgyal\b"), "girl"),
    (re.compile(r"\booman\b"), "woman"),
    (re.compile(r"\bsmaddy\b|\bsmady\b"), "somebody"),
    (re.compile(r"\b(nutten|nuttn|nutn|nutting)\b"), "nothing"),
    (re.compile(r"\beveryting\b"), "everything"),
    (re.compile(r"\b(someting|sumting|sinting)\b"), "something"),
    (re.compile(r"\banyting\b"), "anything"),
    (re.compile(r"\b(mawning|marnin)\b"), "morning"),
    (re.compile(r"\b(yessideh|yessiday|yestiday|yestideh)\b"), "yesterday"),
    (re.compile(r"\b(tideh|tiday)\b"), "today"),
    (re.compile(r"\blass (?=(night|week|year|month|time))"), "last "),
    (re.compile(r"\ban (?!(hour|honest|honou?r|heir|[aeiou\d]))(?=[a-z])"), "and "),
    # a bare verb before its object tells the past in the creole ('an bite one a di tablet dem', 'him drink some')
    (re.compile(r"\b(bite|swallow|drink|nyam|chew) (?=(one|some|a|an|the|di|two|three|half|it|nuff|whole|all)\b)"),
     lambda m: {"bite": "bit", "swallow": "swallowed", "drink": "drank", "nyam": "ate", "chew": "chewed"}[m.group(1)] + " "),
    (re.compile(r"\b(one|some|two|three|all|none|half|most|any|few) a (?=(the|di|dem|them|his|her|my|mi|him|it|we|wi|you|unu|dese|these|those|dose)\b)"), r"\1 of "),
    (re.compile(r"\bwid\b"), "with"),
    (re.compile(r"\bwidout\b"), "without"),
    (re.compile(r"\bdat\b"), "that"),
    (re.compile(r"\bdis\b"), "this"),
    (re.compile(r"\bdese\b"), "these"),
    (re.compile(r"\bdi\b"), "the"),
    (re.compile(r"\bunu\b"), "you"),
    (re.compile(r"\b(wah|wha)\b"), "what"),
    (re.compile(r"\bsiddung pon\b"), "sitting on"),
    (re.compile(r"\bsiddung\b"), "sit down"),
    (re.compile(r"\b(drop|drap|dropped) (dung|down)\b(?! (the|di|a|from|off|some))"), "collapsed"),
    (re.compile(r"\bfall dung\b"), "fell down"),
    (re.compile(r"\bdung\b"), "down"),
    (re.compile(r"\bpon\b"), "on"),
    (re.compile(r"\binna\b"), "in"),
    (re.compile(r"\bmout\b"), "mouth"),
    (re.compile(r"\bteet\b"), "teeth"),
    (re.compile(r"\bbret\b"), "breath"),
    (re.compile(r"\bketch\b"), "catch"),
    (re.compile(r"\btek\b"), "take"),
    (re.compile(r"\bmek\b"), "make"),
    (re.compile(r"\bwaan\b"), "want"),
    (re.compile(r"\b(haffi|affi)\b"), "have to"),
    (re.compile(r"\bnyam\b"), "eat"),
    (re.compile(r"\bfren\b"), "friend"),
    (re.compile(r"\bsen (?=(mi|me|him|her|a|di|the|dem|them|us)\b)"), "sent "),
    (re.compile(r"\blef\b"), "left"),
    (re.compile(r"\b(?<!a )(?<!the )(?<!this )(?<!that )(?<!one )(?<!bad )bout\b"), "about"),
    # 'bad bad', 'quick quick': a doubled adjective is 'very'; 'bare' before an adjective is 'very'
    (re.compile(r"\b(bad|quick|hot|weak|sick|big|fast|hard|slow|small|little|cold) \1\b"), r"very \1"),
    (re.compile(r"\bbare (?=(bad|sick|hot|cold|weak|dizzy|painful|sore|tired|swollen|big|heavy|scared|fraid|worried|fast|slow)\b)"), "very "),
    # 'she a breed' = she is pregnant
    (re.compile(r"\b(she|mi|i|my \w+|her) (a |did |deh )?breed(ing)?\b"), lambda m: ("i" if m.group(1) == "mi" else m.group(1)) + " is pregnant"),
    # 'lick' = hit ('lick her head pon di counter')
    (re.compile(r"\b(lick|licked) (?=(him|his|her|mi|my|me|the|di|he|she|them) (head|heid|face|back|chest|belly|eye)\b)"), "hit "),
    # 'mi': my before a person, body part or thing; me after a verb or preposition; I otherwise
    (re.compile(r"\bmi (?=" + _DIALECT_BODY_KIN + ")"), "my "),
    (re.compile(r"\b(tell|tel|sent|sen|give|gi|love|call|help|ask|show|hold|with|for|fi|to|on|like|make|mek|let|beg|bring|carry|left|leave|frighten|scare|take|tek|hurt|hurting|kill|killing) mi\b"), r"\1 me"),
    (re.compile(r"\bmi\b"), "i"),
    # 'him'/'im' as possessive before a person or body part, as subject at a clause start
    (re.compile(r"\bhim (?=" + _DIALECT_BODY_KIN + ")"), "his "),
    (re.compile(r"(^|[,.;:!?] |\b(?:an|and|but|so|now|says|seh|cause|because|if|when|till|then|that|weh|an now|before|after) )him\b(?! (self|fi|for|to)\b)"), r"\1he"),
    (re.compile(r"\bhim (?=(a|nah|nuh|deh|did|cyaan|can|no|never|neva|just|still|is|was|has|have|keep|start|stop|seh|says|feel|look|want|waan|kyaan|fall|drop|say)\b)"), "he "),
    # 'seh' = says; 'seh a just gas' = says it is just gas
    (re.compile(r"\bseh a (?=(just|only|nothing|little|likkle|the|cause|because|gas|stress|heat)\b)"), "says it is "),
    (re.compile(r"\ba seh\b"), "saying"),
    (re.compile(r"\bseh\b"), "says"),
    # 'weh' = that after a noun, where at a clause start or after a verb of finding
    (re.compile(r"(^|[,.;:!?] |\b(?:know|see|ask|tell|find|look|where|an|and|but) )weh\b"), r"\1where"),
    (re.compile(r"\bweh\b"), "that"),
    # 'a' + verb after a subject: the progressive ('him a sweat' = he is sweating, 'weh a get worse')
    (re.compile(r"\b" + _CREOLE_SUBJECT + r"( just| still| now| deh| always| ever)? a (" + _DIALECT_VERBS + r")\b"),
     lambda m: f"{m.group(1)} {'am' if m.group(1) == 'i' else 'is'}{m.group(2) or ''} {_ing(m.group(3))}"),
    # 'nah' + verb after a subject: is not X-ing ('him nah stop', 'she nah answer her phone')
    (re.compile(r"\b" + _CREOLE_SUBJECT + r" nah (" + _DIALECT_VERBS + r"|go)\b"),
     lambda m: f"{m.group(1)} {'am' if m.group(1) == 'i' else 'is'} not {'going to' if m.group(2) == 'go' else _ing(m.group(2))}"),
    # 'nuh': no before a noun or -ing word ('nuh bleeding nuh pain', 'nuh more'), not before a verb
    (re.compile(r"\bnuh (more|mo)\b"), "any more"),
    (re.compile(r"\b(nuh|not) (want|waan) (?!to\b)(?=[a-z])"), "does not want to "),
    (re.compile(r"\b(want|waan) (?=(go|live|die|wake|eat|drink|talk|move|see|stay|be|kill|end|sleep)\b)"), "want to "),
    (re.compile(r"\bnuh (?=(\w+ing|pain|blood|fever|water|food|movement|kick|kicks|problem|sign|signs|temperature|rash|"
                r"sleep|cramp|cramps|spotting|discharge|swelling|headache|trouble|breath)\b)"), "no "),
    (re.compile(r"\bnuh\b"), "not"),
    (re.compile(r"\bdeh\b(?= (a|in|inna|on|pon|at|by|here|so|yah|ya|deh|home|outside|unconscious|asleep|on the floor)\b)"), "is"),
    (re.compile(r"\bdeh\b"), "there"),
    # 'fi': should after a subject, to after what/how, for before anything else
    (re.compile(r"\b(i|you|we|they|he|she) fi\b"), r"\1 should"),
    (re.compile(r"\b(what|how|where|when|who) fi\b"), r"\1 to"),
    (re.compile(r"\bfi (?=(" + _DIALECT_VERBS + r"|give|do|see|know|call|bring|carry|tell|help)\b)"), "to "),
    (re.compile(r"\bfi\b"), "for"),
    # 'dem' after a noun is a plural ('tablet dem' = tablets); at a clause start they, after a verb them
    (re.compile(r"(^|[,.;:!?] |\b(?:an|and|but|so|now|says|cause|because|if|when|then|that) )dem\b"), r"\1they"),
    (re.compile(r"\b(tell|give|call|help|ask|see|with|for|to|on|make|let|take|bring|carry|left|all|love|loves|hold|feed|find|"
                r"leave|send|sent|show|catch|hit|kill|beat|want|need|like|know|miss|hear|wake|mind|watch|check|keep|put|pick|get|"
                r"got|in|from|about|of|by|at|tek|mek|ketch|lick|gi) dem\b"), r"\1 them"),
    (re.compile(r"\b([a-z]{3,}) dem\b"), lambda m: m.group(1) + ("" if m.group(1).endswith("s") else "s")),
]
# Nigerian / West African Pidgin: marker words (two distinct ones make the message pidgin)
_PIDGIN_MARKERS = re.compile(
    r"\b(dey|wetin|abeg|pikin|una|sabi|wahala|comot|oya|abi|sef|oga|biko|jare|ehn|nawa|shey|don (?=(" + _DIALECT_VERBS
    + r"|die|swallow|collapse|faint)\b)|no fit|belle|chop|wan|na|o)\b")
_PIDGIN_FOLDS = [
    (re.compile(r"\be (?=(dey|no|don|be|wan|get|fit|go|come|just|still|never|neva|say|talk|collapse|faint|fall|chop|drink|swallow|vomit)\b)"), "he "),
    (re.compile(r"\bbelle\b"), "stomach"),
    (re.compile(r"\bchop (?!off\b)"), "eat "),
    (re.compile(r"\bcomot\b"), "come out"),
    (re.compile(r"\bsmall small\b"), "a little"),
    (re.compile(r"\bfor (?=(floor|ground|bed|road|chair)\b)"), "on the "),
    (re.compile(r"\bfor (?=(bathroom|toilet|kitchen|house|room|school|market|church|office|shop|hospital)\b)"), "in the "),
    (re.compile(r"\bwan (?=(die|kill|end|go|vomit|faint|sleep|collapse))"), "wants to "),
    (re.compile(r"\bimself\b"), "himself"),
    (re.compile(r"\b(dey|don) (eat|come out)\b"), lambda m: ("is eating" if m.group(2) == "eat" else "is coming out") if m.group(1) == "dey"
     else ("has eaten" if m.group(2) == "eat" else "has come out")),
    (re.compile(r"\bdey (" + _DIALECT_VERBS + r")\b"), lambda m: "is " + _ing(m.group(1))),
    (re.compile(r"\bdon (" + _DIALECT_VERBS + r"|swallow|collapse|faint|die)\b"), lambda m: "has " + _past_participle(m.group(1))),
    (re.compile(r"\b(pain|hurting) (am)\b"), r"\1 him"),
    # 'e don reach ten minutes' = it has been ten minutes ('e' is he, she or it)
    (re.compile(r"\b(he|it) has reached (?=(\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty) (minutes|mins|hours)\b)"), "it has been "),
    (re.compile(r"\b(he|she|it|i|we|they|you|child|baby|(?:my|his|her|the) \w+) no (" + _DIALECT_VERBS + r"|reach)\b"),
     lambda m: f"{m.group(1)} {'am' if m.group(1) == 'i' else 'is'} not {_ing(m.group(2))}"),
    (re.compile(r"\bdey\b"), "is"),
    (re.compile(r"\buna\b"), "you"),
]


# round 38e (blind58): Tagalog and Taglish. Filipino patients write sign words in Tagalog inside English or Tagalog
# sentences ('hirap siya huminga' = struggling to breathe, 'dugo' = blood, 'nangisay' = had a fit, 'hindi magising' =
# can not be woken, 'nahihilo' = dizzy, 'paltos' = blisters); the product reads none of them. A small lexicon of sign,
# body and person words is folded to English, only in a message with two distinct Tagalog function words (ng, mga,
# yung, siya, niya, po, ...), so the existing English sign rules read them. Words with an English sense ('maga',
# 'suka' = vinegar, 'mata') are folded only in their sign forms or beside a Tagalog article.
_TAGALOG_MARKERS = re.compile(r"\b(ng|mga|yung|iyong|siya|sya|niya|nya|namin|natin|kami|kanina|kaninang|po|naman|talaga|ngayon|daw|raw|kasi|tapos|pero|lang|ako|ano|ba|ito|yan)\b")
_TAGALOG_FOLDS = [
    # breathing
    (re.compile(r"\b(hirap|nahihirapan|nahirapan)( na| pa| pa rin| parin| talaga| nang| ng)*( siya| sya| ako| si \w+)?( na| ng| sa)? ?(huminga|pag-?hinga|paghinga|hinga)\b"), "struggling to breathe"),
    (re.compile(r"\bhindi (siya |sya |ako |na )*(maka-?hinga)\b"), "can not breathe"),
    (re.compile(r"\b(ang )?(bagal|mabagal) (ng |nang |yung |ang )?(pag-?hinga|paghinga|hinga)( niya| nya| ko)?\b"), "breathing very slow"),
    # waking, drowsiness, fainting
    (re.compile(r"\b(hindi|di|ayaw) (namin |siya |sya |ko |na |ma )*(ma)?gising\b"), "can not wake up"),
    (re.compile(r"\b(mahirap|hirap) (siyang |syang |na )?(gisingin|magising)\b"), "hard to wake"),
    (re.compile(r"\b(sobrang |napaka|napaka-)?(antok|inaantok)( na antok)?\b"), "very drowsy"),
    (re.compile(r"\b(walang malay|nawalan (siya |sya |ng )*malay)\b"), "unconscious"),
    (re.compile(r"\b(hinimatay|nahimatay|himatayin)\b"), "fainted"),
    (re.compile(r"\b(nahihilo|nahilo|hilong-hilo|nahihilo-hilo)\b"), "dizzy"),
    # fits
    (re.compile(r"\b(nangisay|nangingisay|kinumbulsyon|kinombulsyon|nag-?kombulsyon|nag-?kumbulsyon)\b"), "had a fit"),
    (re.compile(r"\bnanigas (yung |ang |ung )?(katawan)( niya| nya)?\b"), "body went stiff"),
    (re.compile(r"\btumirik (yung |ang |ung )?(mata|mga mata)( niya| nya)?\b"), "eyes rolled back"),
    # bleeding
    (re.compile(r"\b(bumubulwak|bumulwak|sumisirit|sumirit|bumubuga)\b"), "spurting"),
    (re.compile(r"\bbasang-?basa\b"), "soaked"),
    (re.compile(r"\b(dinudugo|nagdudugo|dumudugo|nagdugo)\b"), "bleeding"),
    (re.compile(r"\bdugo\b"), "blood"),
    # fever, vomiting, pain, swelling, burns
    (re.compile(r"\b(nilalagnat|nilagnat|lagnat)\b"), "fever"),
    (re.compile(r"\b(nagsusuka|sumusuka|nagsuka|sumuka|pagsusuka)\b"), "vomiting"),
    (re.compile(r"\b(ang |yung |sobrang |napaka)*(sakit|masakit) (ng |sa |ang |yung )(ulo)( niya| nya| ko)?\b"), "bad headache"),
    (re.compile(r"\b(ang |yung |sobrang |napaka)*(sakit|masakit) (ng |sa |ang |yung )(dibdib)( niya| nya| ko)?\b"), "bad chest pain"),
    (re.compile(r"\b(stiff|matigas|naninigas|nanigas) (na |ng |ang |yung )*leeg( niya| nya| ko)?\b"), "stiff neck"),
    (re.compile(r"\b(stiff|matigas|naninigas) (ng |ang |yung )?(leeg)\b"), "stiff neck"),
    (re.compile(r"\bayaw (niya |nya )?(ng |sa |yung |ang )?ilaw\b"), "can not stand the light"),
    (re.compile(r"\b(namaga|namamaga|nanamaga|maga na|lumaki|lumalaki)\b"), "swollen"),
    (re.compile(r"\b(nagpapaltos|nagpaltos|pumaltos|pumapaltos|paltos|lumobo ang balat)\b"), "blisters"),
    (re.compile(r"\b(kumukulong|kumukulo na) tubig\b"), "boiling water"),
    (re.compile(r"\b(natapunan|natapon|nabuhusan)\b"), "spilt on"),
    (re.compile(r"\b(nahiwa|nasugatan|nahiwaan)\b"), "cut"),
    (re.compile(r"\bpupils? (niya |nya )?(ang )?(liit-?liit|maliit na maliit|sobrang liit)\b"), "pinpoint pupils"),
    # body and persons
    (re.compile(r"\b(ng|ang|yung|sa|ung) (mukha|muka)\b"), r"\1 face"),
    (re.compile(r"\bmukha (at|and) kamay\b"), "face and hands"),
    (re.compile(r"\b(ng|ang|yung|sa|ung|at|and) kamay\b"), r"\1 hands"),
    (re.compile(r"\b(ng|ang|yung|sa|ung) (mata|mga mata)\b"), r"\1 eyes"),
    (re.compile(r"\b(ng|ang|yung|sa|ung) (labi)\b"), r"\1 lips"),
    (re.compile(r"\b(ng|ang|yung|sa|ung) (lalamunan)\b"), r"\1 throat"),
    (re.compile(r"\bdibdib\b"), "chest"),
    (re.compile(r"\btiyan\b"), "tummy"),
    (re.compile(r"\bbraso\b"), "arm"),
    (re.compile(r"\bleeg\b"), "neck"),
    (re.compile(r"\bpaningin\b"), "vision"),
    (re.compile(r"\bbuntis\b"), "pregnant"),
    (re.compile(r"\b(tatay|itay|tatang)\b"), "dad"),
    (re.compile(r"\b(nanay|inay)\b"), "mum"),
    (re.compile(r"\blola\b"), "grandma"),
    (re.compile(r"\blolo\b"), "grandad"),
    (re.compile(r"\bpamangkin\b"), "niece"),
    (re.compile(r"\banak\b"), "child"),
    (re.compile(r"\b(kaninang umaga)\b"), "this morning"),
    (re.compile(r"\b(biglang|bigla)\b"), "suddenly"),
    (re.compile(r"\bkumain\b"), "ate"),
]


# round 40e (blind60a): Hinglish, Hindi-Urdu written in Latin letters inside English ('hamari beti 5 hafte ki hai, uska
# temperature 38.4'; 'chhoti behen ne garam chai ka pateela khench liya'; 'stroke 3 saal pehle, ab she is fully fine'). An
# age, a time ago, and a few sign and person words are folded to English, only in a message with three distinct Hindi
# function words, one of them a verb or pronoun no English sentence uses (hai, nahi, uska, hamari, raha, ...), so that
# the existing English readers of ages, scalds and dated events read them.
_HINGLISH_MARKERS = re.compile(r"\b(hai|hain|nahi|nahin|nai|uska|uski|uske|hamari|hamara|hamare|humari|mera|meri|mere|tera|teri|raha|rahi|rahe|"
                               r"kya|kyun|aur|bhi|abhi|bahut|bohot|bahot|ko|ne|se|ka|ki|ke|ab|pehle|theek|thik|wala|wali|gaya|gayi|liya|diya)\b")
_HINGLISH_STRONG = re.compile(r"\b(hai|hain|nahi|nahin|uska|uski|uske|hamari|hamara|hamare|humari|meri|mere|raha|rahi|rahe|kyun|bahut|bohot|bahot|gaya|gayi|liya|diya)\b")
_HINGLISH_UNITS = {"hafte": "weeks", "hafton": "weeks", "hafta": "weeks", "haftay": "weeks", "mahine": "months", "mahina": "months",
                   "mahinon": "months", "maheene": "months", "din": "days", "dino": "days", "dinon": "days", "saal": "years", "sal": "years",
                   "baras": "years", "varsh": "years"}
_HINGLISH_COUNT = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|do|teen|char|chaar|paanch|panch|chhe|saat|aath|nau|das)"
_HINGLISH_NUMBERS = {"do": "2", "teen": "3", "char": "4", "chaar": "4", "paanch": "5", "panch": "5", "chhe": "6", "saat": "7", "aath": "8",
                     "nau": "9", "das": "10"}
_HINGLISH_UNIT_RE = "(" + "|".join(_HINGLISH_UNITS) + ")"
_HINGLISH_FOLDS = [
    # an age: '5 hafte ki hai' (is 5 weeks old), '2 mahine ka' (2 months old), 'teen saal ki' (3 years old)
    (re.compile(r"\b" + _HINGLISH_COUNT + " " + _HINGLISH_UNIT_RE + r" (ki|ka|ke)( hai| hain| ho gayi| ho gaya| hui| hua)?\b"),
     lambda m: f"is {_HINGLISH_NUMBERS.get(m.group(1), m.group(1))} {_HINGLISH_UNITS[m.group(2)]} old"),
    # a time ago: '3 saal pehle' (3 years ago), 'do din pehle' (2 days ago)
    (re.compile(r"\b" + _HINGLISH_COUNT + " " + _HINGLISH_UNIT_RE + r" (pehle|pahle|phele|pehele|purana|purani)\b"),
     lambda m: f"{_HINGLISH_NUMBERS.get(m.group(1), m.group(1))} {_HINGLISH_UNITS[m.group(2)]} ago"),
    (re.compile(r"\b(garam|garm|ubalta|ubalti|ubla hua|ubli hui|khaulta|khaulti) (chai|paani|pani|doodh|dal|daal|tel)\b"),
     lambda m: "hot " + {"chai": "tea", "paani": "water", "pani": "water", "doodh": "milk", "dal": "dal", "daal": "dal", "tel": "oil"}[m.group(2)]),
    (re.compile(r"\b(jal gaya|jal gayi|jal gaye|jal gai|jhulas gaya|jhulas gayi)\b"), "got burnt"),
    (re.compile(r"\b(chhale|chale|chhala|phaphole|phapole)\b"), "blisters"),
    (re.compile(r"\b(khoon)\b"), "blood"),
    (re.compile(r"\b(bukhar|bukhaar)\b"), "fever"),
    (re.compile(r"\b(behosh)\b"), "unconscious"),
    (re.compile(r"\b(chhoti|choti) (behen|bahen|behan)\b"), "little sister"),
    (re.compile(r"\b(chhota|chota) (bhai)\b"), "little brother"),
    (re.compile(r"\bab (?=(she|he|they|we|i|vo|woh|wo)\b)"), "now "),
]


def fold_hinglish(text: str) -> str:
    """Hinglish ages, times ago and a few sign and person words folded to English (round 40e), in a Hinglish message."""
    if not re.search(r"[a-z]", text):
        return text
    # a count, a Hindi unit and 'ki' or 'pehle' is Hinglish whatever surrounds it ('stroke 3 saal pehle')
    for pattern, repl in _HINGLISH_FOLDS[:2]:
        text = pattern.sub(repl, text)
    markers = {m.group(1) for m in _HINGLISH_MARKERS.finditer(text)}
    if len(markers) < 3 or not _HINGLISH_STRONG.search(text):
        return text
    for pattern, repl in _HINGLISH_FOLDS[2:]:
        text = pattern.sub(repl, text)
    return text


def fold_tagalog(text: str) -> str:
    """Tagalog sign, body and person words folded to English (round 38e), in a message with two Tagalog markers."""
    if len({m.group(1) for m in _TAGALOG_MARKERS.finditer(text)}) < 2 or not re.search(r"\b(ng|mga|yung|siya|niya|po)\b", text):
        return text
    for pattern, repl in _TAGALOG_FOLDS:
        text = pattern.sub(repl, text)
    return text


def fold_dialect(text: str) -> str:
    """English dialects and creoles (Jamaican, West African Pidgin, Scots, Hiberno, AAVE, Singlish, Australian,
    Indian English) folded to standard English words, on `normalize`'s output. See the note above `_DIALECT_VERBS`."""
    if not re.search(r"[a-z]", text):
        return text
    creole = len({m.group(1) for m in _CREOLE_MARKERS.finditer(text)}) >= 2  # read before 'pickney', 'cyaan' are folded
    pidgin = len({m.group(1).split()[0] for m in _PIDGIN_MARKERS.finditer(text)}) >= 2
    for pattern, repl in _UNCONDITIONAL_DIALECT:
        text = pattern.sub(repl, text)
    if creole:
        for pattern, repl in _CREOLE_FOLDS:
            text = pattern.sub(repl, text)
    if pidgin:
        for pattern, repl in _PIDGIN_FOLDS:
            text = pattern.sub(repl, text)
    return text


def fold_clinical_shorthand(text: str) -> str:
    """Lay words for clinical shorthand ('c/o CP', 'diaphoretic', 'HR 130', 'resp rate 6') and other voices."""
    for pattern, repl in _CLINICAL_SHORTHAND + _LAY_FOLDS:
        text = pattern.sub(repl, text)
    text = _ZH_DECIMAL_GLUCOSE.sub(lambda m: f"{m.group(1)}{_zh_int(m.group(2))}.{_ZH_DIGIT_VALUES[m.group(3)]}", text)
    text = _ZH_VITAL_READING.sub(_zh_vital_words, text)
    if _ZH_MEANS_READY.search(text):
        text = _ZH_FAREWELL.sub("不想活了", text)
    return _VITAL_READING.sub(_vital_words, text)


def _fold_voices(text: str) -> str:
    """Fold colloquial Mandarin, pinyin and English sound-alike typos to the lexicon words."""
    for pattern, repl in _MANDARIN_COLLOQUIAL:
        text = pattern.sub(repl, text)
    if re.search(r"[a-z]", text):
        text = _PINYIN_RE.sub(lambda m: _PINYIN[m.group(1)], text.translate(_TONE_MARKS))
        if any("\u4e00" <= ch <= "\u9fff" for ch in text):
            text = _PINYIN_DEGREES.sub("度", text)  # "fa shao 39 du": a reading in degrees
        for pattern, repl in _SOUND_ALIKES:
            text = pattern.sub(repl, text)
    return text


# "born 3 weeks ago" is an age, not a past event (session 36: "my baby was born 3 weeks ago, she is fine but her
# temperature is 38.4" was read as a dated past event that is well now and dropped). Days, weeks and months only.
_BORN_COUNT = {word: str(n) for word, n in {"a": 1, "an": 1, **_UNITS, **_TEENS}.items()}  # small counts stay words
# round 37e (blind57): a place may stand between ('born in your maternity 5 weeks ago', 'born here six weeks ago')
_BORN_AGO = re.compile(r"\b(?:was |were |got |been )?born(?: (?:here|there|in|at|on)(?: (?!ago\b)[a-z'&]+){0,3}?)? (\d+|" + "|".join(_BORN_COUNT)
                       + r") (day|week|month)s? ago\b")


def _born_ago_age(match: re.Match) -> str:
    count = _BORN_COUNT.get(match.group(1), match.group(1))
    return f"is {count} {match.group(2)}{'' if count == '1' else 's'} old"


# Every triage detector (rules, facts, lay signs, similarity, the context vetoes) normalises the same message again,
# about six times per message: the cache makes that one pass (profiled in round 8: a third of triage time).
@lru_cache(maxsize=2048)
def normalize_triage(text: str) -> str:
    """`normalize` plus Cantonese folding, numbers in words and service names: the form every triage detector reads."""
    folded = fold_zh_homophones(fold_wu_min(fold_hakka(fold_voice_input(_LONG_NUMERAL_RUN.sub(r"\1", normalize(text))))))  # round 36h, 37z (fold_wu_min)
    folded = fold_cantonese(fold_clinical_shorthand(_fold_voices(fold_dialect(fold_tagalog(fold_hinglish(folded))))))  # round 38e: fold_tagalog; 40e: fold_hinglish
    folded = _WORD_NUMBER.sub(_word_number, folded)
    folded = _BORN_AGO.sub(_born_ago_age, folded)
    return _SERVICE_NAMES.sub(lambda m: "专科服务" if "\u4e00" <= m.group(0)[0] <= "\u9fff" else "specialist service", folded)
