"""PHI redaction for logs and stored transcripts (HIPAA Safe Harbor identifiers that occur in text, EN + ZH).

Every pattern has bounded quantifiers (no nested unbounded repetition), so matching time is linear in
the input; inputs longer than MAX_CHARS are redacted chunk by chunk. Overlapping candidates are resolved
longest-first. Existing replacement tokens ("[NAME]", ...) are never matched again, so redaction is
idempotent. Limits (also in data_cards/safety_test_sets.md): names are found after cues, titles,
signature lines and a small first-name lexicon, not by a statistical model, so a bare name with no cue
("saw Smith yesterday") can be missed.
"""

import os
import re
import unicodedata
from dataclasses import asdict, dataclass

from medqa.safety.zh_fold import fold_traditional
from moe_core.errors import UserError

# The learned span tagger beside the rules (medqa/safety/phi_tagger.py) runs on user-written text bound for logs,
# transcripts, feedback and `medqa redact` (redact_user_text): there it met its ship criterion (data_cards/
# phi_tagger_model.md). It stays off for answer text, which quotes the hospital's passages, where it adds too many
# false spans ("St John's wort" -> "[NAME]'s wort"). MEDQA_PHI_TAGGER chooses: "logs" (default), "all" or "1"
# (every redact() call, the answer path included), "off" or "0" (rules only everywhere).
TAGGER_MODES = {"logs": "logs", "": "logs", "all": "all", "1": "all", "off": "off", "0": "off"}
_TAGGER_SETTING = os.environ.get("MEDQA_PHI_TAGGER", "logs").strip().lower()
# None for a value we do not know: importing must not fail (a traceback); check_tagger_setting() says what is wrong
TAGGER_MODE = TAGGER_MODES.get(_TAGGER_SETTING)
USE_TAGGER = TAGGER_MODE == "all"  # redact() default


def check_tagger_setting() -> str:
    """The tagger mode from MEDQA_PHI_TAGGER; a UserError naming the variable when its value is not one we know."""
    if TAGGER_MODE is None:
        raise UserError(f"MEDQA_PHI_TAGGER={_TAGGER_SETTING!r} is not one of: logs, all, off")
    return TAGGER_MODE
MAX_CHARS = 200_000  # per chunk; longer texts are processed in chunks split at whitespace

KINDS = (
    "NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT",
    "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ID",
)
# The 12-kind labelling of the blind sets folds the finer HIPAA kinds: a social-security, health-plan, account or
# licence number is an ID, a ZIP code part of an ADDRESS, a fax a PHONE.
COARSE_KIND = {"SSN": "ID", "HEALTH_PLAN": "ID", "ACCOUNT": "ID", "LICENSE": "ID", "ZIP": "ADDRESS", "FAX": "PHONE"}


def kind_matches(redacted_kind: str, labelled_kind: str) -> bool:
    """True when a redaction's kind is the labelled kind, or the labelled coarse kind it folds into."""
    return redacted_kind == labelled_kind or COARSE_KIND.get(redacted_kind) == labelled_kind


@dataclass(frozen=True)
class Span:
    """One redacted region of the original text: [start, end) and its kind and replacement token."""

    start: int
    end: int
    kind: str
    replacement: str

    def to_dict(self) -> dict:
        """JSON-ready form (offsets and kind only; never the raw value)."""
        return asdict(self)


@dataclass
class RedactionResult:
    """The redacted text and the spans (offsets into the original text) that were replaced."""

    text: str
    spans: list[Span]


def token(kind: str) -> str:
    """The replacement token for a kind, e.g. [PHONE]."""
    return f"[{kind}]"


_TOKEN_RE = re.compile(r"\[(?:" + "|".join(KINDS) + r")\]")
# Extension blocks too: folding can turn a Hong Kong character into one outside the basic block (輋 -> U+2AA36).
_CJK = "\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ffff"

# --- English name cues -------------------------------------------------------------------------------
# A capitalised name of one to three words ("Mary", "Mary Ann O'Neil", "Li-Wei Zhang").
# Latin letters beyond ASCII (Zoë, Søren, Łukasz, Nguyễn) belong in names too; round 3 found names with them missed.
# Round 6: Latin Extended-B too (Vietnamese ơ/ư, as in "Hương", "Phạm Thị Thơ").
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏḀ-ỿ"
_LETTER = "a-zA-ZÀ-ÖØ-öø-ÿĀ-ſƀ-ɏḀ-ỿ"
# Particles written in lower case inside a name ("Ludwig van Beethoven", "Maria de Souza").
_PARTICLES = ("van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "bin", "binti", "al", "el",
              "ter", "ten", "dos", "das", "ni", "nic", "mac", "y")
_PARTICLE = r"(?:" + "|".join(_PARTICLES) + r")[ \t]+"
_CAP_NAME = (r"[" + _UPPER + r"][" + _LETTER + r"'\-]{0,24}(?:[ \t]+(?:" + _PARTICLE + r"){0,2}(?:[" + _UPPER + r"][" + _LETTER +
             r"'\-]{1,24}|[" + _UPPER + r"]\.?(?![" + _LETTER + r"]))){0,3}")
_INIT_NAME = r"(?:[A-Z]\.[ \t]?)?" + _CAP_NAME
_ANY_NAME = r"[" + _LETTER + r"][" + _LETTER + r"'\-]{1,24}(?:[ \t]+[" + _LETTER + r"][" + _LETTER + r"'\-]{1,24}){0,2}"
# Words that follow "I'm"/"this is" etc. in capitalised form but are not names.
_NOT_NAMES = {
    "i", "i'm", "im", "i’m", "me", "him", "us", "them", "everybody", "somebody", "anyone", "someone",
    "a", "an", "the", "not", "so", "very", "just", "really", "also", "still", "here", "there", "fine", "ok", "okay",
    "sorry", "worried", "pregnant", "diabetic", "allergic", "sick", "tired", "having", "feeling", "going", "trying",
    "looking", "calling", "writing", "asking", "on", "in", "at", "from", "with", "about", "unable", "able", "new",
    "your", "my", "his", "her", "their", "our", "it", "that", "this", "what", "how", "when", "where", "who", "why",
    "is", "are", "was", "were", "be", "been", "and", "or", "but", "if", "to", "of", "for", "by", "patient",
    "doctor", "nurse", "mother", "father", "mom", "dad", "mum", "husband", "wife", "son", "daughter", "male",
    "female", "english", "chinese", "american", "british", "afraid", "scared", "confused", "concerned", "unsure",
    "dr", "mr", "mrs", "ms", "miss", "prof", "thanks", "thank", "regards", "best", "hi", "hello", "dear", "yes", "no",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "covid", "type", "allergies", "currently", "now", "experiencing", "taking", "out",
    "back", "home", "off", "over", "up", "down", "well", "better", "worse", "ill", "unwell", "nauseous", "dizzy",
    "in", "into", "one", "two", "three", "all", "both", "only", "due", "seeing", "aged", "age", "years", "year",
    "transport", "portal", "services", "service", "advice", "liaison", "records", "record", "information", "leaflet",
    "notes", "room", "ward", "care", "parking", "safety", "experience", "forum", "group", "support", "line", "lounge",
    "number", "id", "details", "list", "letter", "appointment", "appointments", "centre", "center", "team", "office",
    "that", "helps", "for", "again", "everyone", "all", "so", "much", "lots", "you", "team", "guys", "folks",
    # titles that the accented-name rule must not swallow ("Sister Ní Bhriain")
    "sister", "matron", "midwife", "reverend", "rev", "revd", "professor", "dame", "sir", "rabbi", "imam", "pastor",
    "herr", "frau", "mme", "mlle", "mx", "señor", "señora", "will", "can", "would", "please", "send", "take", "call",
}
# Capitalised words that name services, tests, times or greetings, never a person ("appointment for Flu Jab",
# "Thanks!\n\nGood Morning"): a NAME candidate containing one is dropped.
_NEVER_IN_NAMES = {
    "clinic", "clinics", "test", "tests", "jab", "jabs", "scan", "scans", "ward", "wards", "team", "service", "services",
    "department", "dept", "unit", "centre", "center", "review", "check", "checkup", "check-up", "surgery", "therapy",
    "appointment", "results", "result", "vaccine", "vaccination", "booster", "flu", "covid", "blood", "bloods", "x-ray",
    "mri", "ct", "diabetes", "asthma", "heart", "eye", "eyes", "dental", "physio", "physiotherapy", "morning",
    "afternoon", "evening", "night", "day", "week", "month", "luck", "wishes", "health", "hospital", "pharmacy",
    "practice", "gp", "nhs", "a&e", "er", "icu", "outpatients", "inpatients", "maternity", "paediatrics", "pediatrics",
    "cardiology", "oncology", "radiology", "orthopaedics", "dermatology", "neurology", "urology", "referral", "letter",
    "form", "forms", "prescription", "prescriptions", "medication", "medicine", "tablets", "pills", "injection",
}
# A small lexicon of common given names: a capitalised lexicon name followed by a capitalised word is a
# full name even with no cue ("John Smith called").
FIRST_NAMES = set(
    """james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
    donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
    nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
    jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian
    keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe
    logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell philip eugene liam oliver
    lucas mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret
    ashley kimberly emily donna michelle carol amanda melissa deborah stephanie dorothy rebecca sharon laura cynthia
    amy kathleen angela shirley brenda emma anna pamela nicole samantha katherine christine helen debra rachel
    carolyn janet maria catherine heather diane olivia julie joyce victoria ruth virginia lauren kelly christina
    joan evelyn judith andrea hannah megan cheryl jacqueline martha madison teresa gloria sara janice ann kathryn
    abigail sophia frances jean alice judy isabella julia grace amber denise danielle marilyn beverly charlotte
    natalie theresa diana brittany doris kayla alexis lori marie ava mia chloe lily zoe ella harper aria wei li
    ming jun hui yan xin jing ling mei hong fang lei jie tao hao yu chen lin yang zhang wang liu huang zhao wu zhou
    xu sun ma zhu hu guo he gao luo priya raj amit anil sunil ravi ahmed mohammed muhammad ali fatima omar aisha
    hassan ibrahim yusuf carlos luis miguel jorge pedro sofia lucia camila valentina diego mateo""".split()
)
_TITLE = (r"(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Doctor|Nurse|Dr\.|Mr\.|Mrs\.|Ms\.|Mx\.|Prof\.|Professor|Sister|Matron|Midwife|"
          r"Rev|Revd|Rev\.|Reverend|Sir|Dame|Fr\.|Rabbi|Imam|Pastor|Mme|Mlle|Herr|Frau|Señor|Señora|Sr\.|Sra\.)")
_LOWER_KIN_NAME = re.compile(
    r"(?i:\bmy (?:son|daughter|husband|wife|mother|father|mom|mum|dad|brother|sister|partner|friend|carer|"
    r"neighbou?r|grandson|granddaughter|nephew|niece|aunt|uncle|boyfriend|girlfriend|fianc[ée]e?),?)[ \t]+"
    r"((?-i:[a-z][a-z'\-]{1,24}[ \t]+[a-z][a-z'\-]{1,24}))(?=,?[ \t]+(?:will|is|has|was|can|could|would|should|"
    r"needs|wants|did|does|had|says|said|called|rang|phoned|came|comes|is going|'s|’s)\b)")
# a lower-case name signed under a dash after a thanks or sign-off line: "ok thx will do\n- kofi nguyen"
_LOWER_DASH_NAME = re.compile(
    r"(?i:\b(?:thanks|thank you|thx|ty|cheers|ta|regards|will do|bye|love|best|ok|okay)\b)[^\n]{0,40}\r?\n"
    r"(?:[ \t]*\r?\n){0,2}[ \t]*(?:--|-|—|~)[ \t]*([a-zß-öø-ÿā-ſ][a-zß-öø-ÿā-ſ'\-]{1,24}(?:[ \t]+[a-zß-öø-ÿā-ſ]"
    r"[a-zß-öø-ÿā-ſ'\-]{1,24}){0,2})[ \t]*\Z")
_NAME_PATTERNS = [
    # strong cues accept lower-case names: "my name is john smith", "Patient: jane doe"
    (re.compile(r"(?i:\bmy name is|\bmy name's|\bname\s*[:=]|\bpatient(?: name)?\s*[:=]|\bpt\s*[:=]|\bcall me|"
                r"\bsigned\s*[:,]?|\bfull name\s*[:=]?|\bcontact(?: person)?\s*[:=]|\bemergency contact\s*[:=]?)"
                r"[ \t]*(" + _ANY_NAME + ")"), 1, True),
    # weak cues need a capitalised name that is not a common word: "I'm Sarah", "this is Tom", "my son Jake"
    (re.compile(r"(?i:\bI am|\bI'm|\bIm|\bthis is|\bit's|\bhere is|\bspeaking with|\bmy (?:son|daughter|husband|wife|"
                r"mother|father|mom|mum|dad|brother|sister|child|baby|partner|friend|grandson|granddaughter|"
                r"grandmother|grandfather|grandma|grandpa|nephew|niece|aunt|uncle|boyfriend|girlfriend|patient),?)"
                r"[ \t]+(" + _CAP_NAME + ")"), 1, False),
    # role nouns before a capitalised name: "Patient John Smith", "resident Mary Jones", "message for Mr X",
    # also set off by a comma ("The carer, Zainab O'Brien, will") and after "details:" (round 4)
    (re.compile(r"(?i:\b(?:patient|pt\.?|client|resident|inpatient|outpatient|service user|carer|caregiver|guardian|"
                r"next of kin|visitor|relative|message for|on behalf of|regarding|re:|attn:?|attention:?|details:|"
                r"nok:?|driver|interpreter|translator|advocate|social worker|key worker|support worker|neighbou?r|friend),?)"
                r"[ \t]+(" + _CAP_NAME + ")"), 1, False),
    # a lower-case full name after a relative, then a verb: "my partner rhys chowdhury will collect" (round 4);
    # _LOWER_NOT_NAMES below drops the everyday words that can stand there ("my son also really wants")
    (_LOWER_KIN_NAME, 1, True),
    # "Name: Surname, Given": the given name after the comma is a name too
    (re.compile(r"(?i:\b(?:name|patient name|full name|patient|surname)\s*[:=])[ \t]*" + _ANY_NAME +
                r",[ \t]*(" + _CAP_NAME + ")"), 1, False),
    # a name set off by a birth date: "Kwame Nakamura (born 17.12.1927)", "Ann Lee, DOB 2/3/1950"
    (re.compile(r"(" + _CAP_NAME + r")(?=[ \t]*\((?:born|b\.|dob|d\.o\.b\.?|n[ée]e)\b|,[ \t]*(?:born|dob|d\.o\.b)\b)"), 1, False),
    (_LOWER_DASH_NAME, 1, True),
    # titles: "Dr. Smith", "Mrs Jane Doe", "Nurse Patel", "Dr. M. Alvarez"
    (re.compile(r"\b" + _TITLE + r"[ \t]+(" + _INIT_NAME + ")"), 1, True),
    # signature line: "Thanks,\nJane Doe" or a closing line "- Jane"
    (re.compile(r"(?i:\b(?:thanks|thank you|regards|best regards|kind regards|sincerely|best|cheers|yours truly|"
                r"warm regards|love)[ \t]{0,8},?[ \t]{0,8}\r?\n[ \t]{0,8})(" + _INIT_NAME + r")[ \t]*$", re.M), 1, True),
    # sign-off and name on one line, or other closings: "Thanks, Maria Lopez", "Best wishes,\nJ. Chen"
    (re.compile(r"(?i:\b(?:thanks|thank you|many thanks|thanks again|thx|ta|regards|best regards|kind regards|"
                r"warm regards|best wishes|warm wishes|all the best|with thanks|cheers|sincerely|yours sincerely|"
                r"yours faithfully|yours truly|yours|take care|love|best)[ \t]{0,8}[,!.\-\u2013\u2014]?[ \t]{0,8}(?:\r?\n[ \t]{0,8})?)"
                r"(" + _INIT_NAME + r")[ \t]*[.!]?[ \t]*$", re.M), 1, False),
    (re.compile(r"(?m:^[ \t]*(?:--|-|—|~)[ \t]*(" + _CAP_NAME + r")[ \t]*$)"), 1, True),
    # a closing word earlier on the line, then the name alone on the last line after blank lines:
    # "Thanks so much for your help!\n\nJane Doe"
    (re.compile(r"(?i:\b(?:thanks|thank you|thx|regards|wishes|cheers|sincerely|faithfully|truly|take care|love)\b)"
                r"[^\n]{0,60}\r?\n(?:[ \t]*\r?\n){0,3}[ \t]*(" + _INIT_NAME + r")[ \t]*[.!]?[ \t]*\Z"), 1, False),
    # the person a record or booking belongs to: "appointment for Jane Doe", "results of Mr X"
    (re.compile(r"(?i:\b(?:appointment|appt|booking|results?|letter|referral|prescription|notes|records?|file|bloods|"
                r"scan|report|update|discharge|admission|visit|transfer|paperwork|forms?) (?:for|of|about))[ \t]+(" + _CAP_NAME + ")"),
     1, False),
    # a lower-case name introduced and closed by "here": "hi its tom baxter here", "this is mei here"
    (re.compile(r"(?i:\b(?:it'?s|this is|i'?m|i am)[ \t]+)([a-z][a-z'\-]{1,24}(?:[ \t]+[a-z][a-z'\-]{1,24})?)(?=[ \t]+here\b)"),
     1, True),
    # Round 5 (blind batch 5's classes). A capitalised name introduced and closed by "here" ("hi its Ana Ruiz here"),
    # or after a greeting and "its" without the apostrophe at the start of a message.
    (re.compile(r"(?i:\b(?:it'?s|this is|i'?m|i am)[ \t]+)(" + _CAP_NAME + r")(?=[ \t]+(?i:here)\b)"), 1, False),
    (re.compile(r"(?i:^[ \t]*(?:hi|hello|hey|hiya|morning|evening)[ \t,!.]*its)[ \t]+(" + _CAP_NAME + r")"), 1, False),
    # a thanks earlier on the closing line, then ", Name" at its end: "Thanks so much for all your help, Ana Ruiz"
    (re.compile(r"(?i:\b(?:thanks|thank you|thx|cheers|regards|wishes|grateful|appreciated?|bless you)\b)[^\n,]{0,60}?[,\-\u2013\u2014][ \t]*"
                r"(" + _INIT_NAME + r")[ \t]*[.!]?[ \t]*$", re.M), 1, False),
    # a copy or sender line, and a closing "from"/"sent by" after a thanks or a dash: "thanks!! from Ana Ruiz"
    (re.compile(r"(?i:\b(?:cc|bcc|sender|sent by|written by|signed by)\b\s*:?)[ \t]*(" + _CAP_NAME + ")"), 1, False),
    (re.compile(r"(?i:(?:\b(?:thanks|thank you|thx|ty|cheers|love|regards|best|bye|wishes)\b[^\n]{0,20}?|^[ \t]*(?:--|-|—|~)[ \t]*)"
                r"\b(?:from|by)[ \t]+)(" + _INIT_NAME + r")[ \t]*[.!]?[ \t]*$", re.M), 1, False),
    # the person cared for or looked after, and a bare "name" label: "I look after Ana Ruiz", "name Ana Ruiz"
    (re.compile(r"(?i:\b(?:caring for|care for|cares for|looking after|look after|looks after|care of|c/o|"
                r"visiting|writing for|calling for|asking for|booked for|name))[ \t]+(" + _CAP_NAME + ")"), 1, False),
    # a name set off by an age: "Harriet Quayle, aged 97, was admitted", "Tom Baxter, 94, lives alone"
    (re.compile(r"(" + _CAP_NAME + r")(?=,[ \t]*(?:aged?|age)[ \t]+\d|,[ \t]?\d{1,3}[ \t]?,)"), 1, False),
]
# Two or three capitalised words, one of them with a letter beyond ASCII ("Søren Kjær", "Renée Dubé"): in English
# text such words are almost always a person's name, cue or no cue.
_ACCENTED_NAME = re.compile(r"(?<![" + _LETTER + r"])[" + _UPPER + r"][" + _LETTER + r"'\-]{1,24}(?:[ \t]+(?:" + _PARTICLE +
                            r")?[" + _UPPER + r"][" + _LETTER + r"'\-]{1,24}){1,3}(?![" + _LETTER + r"])")
_LEXICON_NAME = re.compile(r"\b([A-Z][a-z]{1,20})[ \t]+((?:[A-Z]\.[ \t]+)?[A-Z][a-zA-Z'\-]{1,24})\b")

# --- Chinese names --------------------------------------------------------------------------------------
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆"
    "汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易"
    "乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴"
    "蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边"
    "卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乌"
    # Hong Kong surnames as folded (鄺 -> 邝): blind batch 4 found Hong Kong names missed
    "邝冼湛"
)
_ZH_STOP = "年是的在有了我你他她和住电手身昨今去来说想要会很也都还就被把从到给跟对向说病患医院生号先女士姐老师医大夫护士岁男女个嘅系喺，。、；：！？"
_ZH_COMPOUND_SURNAMES = "张简|范姜|欧阳|司马|诸葛|上官|东方|令狐|慕容|夏侯|皇甫|尉迟|公孙|长孙|宇文|司徒|端木|独孤|南宫|西门"
# Everyday words that start with a surname character ("谢谢！明天见", "本人周三来"): never a name.
_ZH_NOT_NAME = "(?!谢谢|谢了|谢啦|祝好|祝您|祝你|明天|明年|明早|明晚|明白|周[一二三四五六日末]|高兴|方便|安全|时间|常常|和你|和您|全部|向你|向您|于是|王国)"
# A given-name character never starts a time word ("病人孙强明天出院": the name is 孙强).
_ZH_GIVEN_CHAR = ("(?!明天|明早|明晚|明年|后天|上午|下午|晚上|早上|中午|大夫)(?![" + _ZH_STOP.replace("大", "") + "])[" + _CJK +
                  "]")
# 区 (Au, folded from 區) is a Hong Kong surname but also "district" (病区, 小区): it counts only after a cue.
_CUED_SURNAMES = _SURNAMES + "区"
# Round 6: a Hong Kong married name puts the husband's surname first (陈王美玲): two surnames, then two given
# characters, tried before the usual one surname and one or two given characters.
_ZH_NAME_CORE = _ZH_NOT_NAME + "(?:[" + _SURNAMES + "][" + _SURNAMES + "](?:" + _ZH_GIVEN_CHAR + "){2}(?![" + _CJK + "]{0,1}(?:先生|女士|医生|太|生)" + \
    ")|(?:" + _ZH_COMPOUND_SURNAMES + "|[" + _CUED_SURNAMES + "])(?:" + _ZH_GIVEN_CHAR + "){1,2})"
# Function words that are also rare surnames ("患者和家属", "向主管医生", "应由医生"): after a weak cue or
# before a job title they start a phrase, not a name. Answers pass through redact(), so these matter.
_ZH_FUNCTION_START = "(?!(?<=[感多致答道谢])谢)(?![和向应由于与及或把被让请找问管单时]|谢谢|谢了|谢啦|祝好)"
# Words that end in a job title but name a role ("主管医生", "麻醉医生", "开单医生").
_ZH_ROLE_WORDS = "(?!麻醉|门诊|接诊|主管|主刀|值班|管床|责任|开单|使用|格按|间以|专科|全科|社区|家庭|实习|住院|急诊|护理)"
_ZH_NAME_PATTERNS = [
    # strong cues: what follows is a name even when it starts with a function-word surname (我叫向华)
    (re.compile(r"(?:我叫|俺叫|咱叫|我名叫|我名字[叫是系]|我个名叫|我姓名[是叫]|本人叫|我系叫|我的名字是|我的名字叫|名字叫|名字是|姓名[:：]?|联系人[:：]?|联络人[:：]?|签名[:：]?|叫做|本人|署名[:：]?|"
                r"落款[:：]?|患者姓名[:：]?|病人姓名[:：]?)[ \t]*(" + _ZH_NAME_CORE + ")"), 1),
    (re.compile(r"(?:患者[:：]?|病人[:：]?|家属[:：]?|我是|我系)[ \t]*(" + _ZH_FUNCTION_START + _ZH_NAME_CORE + ")"), 1),
    # a name before a letter's closing formula: "许志明 敬上", "王芳谨上"
    (re.compile(r"(?m:(?<![" + _CJK + r"])(" + _ZH_NAME_CORE + r")[ \t]*(?:敬上|谨上|拜上|敬启|谨启|手书)[ \t。.!！]*$)"), 1),
    # a full name as the object of a passing-on verb, before 的 or a pause: "转告孙强的主治医生", "通知李娜，"
    (re.compile(r"(?:转告|转达|告诉|通知|联系|探望|看望|探视|代替|替|帮)(" + _ZH_FUNCTION_START + _ZH_NAME_CORE +
                r")(?=的|[，,。.、；;！!？?\s]|$|家属|本人|先生|女士)"), 1),
    # sign-off: "谢谢！王小明" at the end of a line
    (re.compile(r"(?:谢谢|多谢|感谢|谢了|此致敬礼|此致|敬礼|祝好|辛苦了)[！!，,。.、 \t]{0,3}\r?\n?[ \t]*(" + _ZH_NAME_CORE + r")[ \t。.!！]*$",
                re.M), 1),
    # surname (+ given name) before an honorific: 王先生, 李芳女士; job titles (张医生) exclude role words
    (re.compile(r"(?!(?<=[感多致答道谢])谢)(?!谢谢|谢了|谢啦)((?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _SURNAMES + r"])(?:(?![" + _ZH_STOP + r"])[" + _CJK + r"]){0,2}?)"
                r"(?=先生|女士|小姐|阿姨|叔叔|太太)"), 1),
    # a bed number is a cue too: "住在5床的孙强", "3号床王芳"
    (re.compile(r"(?:[0-9一二三四五六七八九十]{1,3}(?:号床|床)(?:的|是|病人|患者)?|床位[0-9]{1,3}的?)[ \t]*(" + _ZH_FUNCTION_START +
                _ZH_NAME_CORE + ")"), 1),
    # thanks to the addressee, then the name on its own last line: "谢谢医生！\n王小明"
    (re.compile(r"(?:谢谢|多谢|感谢)[^\n]{0,12}\r?\n(?:[ \t]*\r?\n){0,2}[ \t]*(" + _ZH_NAME_CORE + r")[ \t。.!！]*\Z"), 1),
    (re.compile(r"(?<![主开麻接值管责专全社家实住急护门])" + _ZH_FUNCTION_START + r"((?:" + _ZH_COMPOUND_SURNAMES + r"|[" +
                _SURNAMES + r"])" + _ZH_ROLE_WORDS +
                r"(?:(?![" + _ZH_STOP + r"])[" + _CJK + r"]){0,2}?)(?=医生|大夫|护士|老师|主任|教授)"), 1),
    # Round 4 (blind batch 4's classes). A dash sign-off on its own line: "—— 冯小刚".
    (re.compile(r"(?m:^[ \t]*(?:——|—|--|-|~)[ \t]*(" + _ZH_NAME_CORE + r")[ \t。.!！]*$)"), 1),
    # A letter closed with 上 under a thanks line: "唔該晒！\n麥子軒上".
    (re.compile(r"(?:谢|唔该|麻烦|辛苦)[^\n]{0,12}\r?\n(?:[ \t]*\r?\n){0,2}[ \t]*(" + _ZH_NAME_CORE + r")[ \t]*上[ \t。.!！]*\Z"), 1),
    # Round 5. A thanks, then the name closed with 上 on the same line: "唔該晒！陳小芬上".
    (re.compile(r"(?:谢|唔该|麻烦|辛苦)[^\n]{0,12}?[！!，,。. \t]+(" + _ZH_NAME_CORE + r")(?<![敬谨拜])[ \t]*(?:上|敬上|谨上|拜上)[ \t。.!！]*$", re.M), 1),
    # "X叫Y": a relative or a pronoun named with 叫 ("我老公叫黄志强", "佢叫陳美玲")
    (re.compile(r"(?:[我他她佢]|老公|老婆|太太|先生|丈夫|妻子|儿子|女儿|个仔|个女|妈妈|爸爸|阿妈|阿爸|爷爷|奶奶|外公|外婆|朋友|同事)"
                r"(?:的名字|个名)?(?:叫做|叫|名叫)[ \t]*(" + _ZH_FUNCTION_START + _ZH_NAME_CORE + r")"), 1),
    # A relative, then a full three-character name that ends the clause: "請聯絡我太太林美玲", "我老公黄志强，".
    (re.compile(r"(?:我|我的)(?:阿公|阿婆|阿嫲|阿爷|阿妈|阿爸|爷爷|奶奶|外公|外婆|爸爸|妈妈|老公|老婆|太太|先生|丈夫|妻子|儿子|女儿|"
                r"个仔|个女|老豆|老母|父亲|母亲)[ \t]*((?![" + _CJK + r"]{0,2}[血烧热压糖脂疸病痛炎癌咳喘晕肿痒])[" + _SURNAMES +
                # everyday verbs and adverbs after a surname character ("我妈妈白天睡，") are not a given name
                r"](?:(?![天睡吃喝走跑哭笑坐站躺不没一都也又很太常总经刚才已])" + _ZH_GIVEN_CHAR + r"){2})(?=[，,。！!？?、]|$)"), 1),
    # A relative, then the name before an age: "阿婆李秀英，九十二歲", "我爸爸王建国今年".
    (re.compile(r"(?:阿公|阿婆|阿嫲|阿爷|阿爺|阿妈|阿爸|爷爷|奶奶|外公|外婆|婆婆|公公|爸爸|妈妈|老公|老婆|太太|丈夫|妻子|儿子|女儿|"
                r"老豆|老母|父亲|母亲|家父|家母)[ \t]*(" + _ZH_FUNCTION_START +
                r"(?![" + _CJK + r"]{0,2}[血烧热压糖脂疸病痛炎癌咳喘晕肿痒])" + _ZH_NAME_CORE + r")"
                # only before an age: "我公公高烧，" and "奶奶高血压，" start with a surname character too
                r"(?=[，,、 \t(（]{0,2}(?:今年|已经|现年|年纪|[0-9]{2,3}|[一二三四五六七八九十百零]{2,5}(?:岁|周岁)))"), 1),
    # Cantonese forms of address after a surname alone ("梁生", "吳太", "李伯", "陳姑娘"): the surname is the name.
    # Only at a phrase start or after a verb of speaking/finding, and never inside words such as 卫生/师生/学生.
    (re.compile(r"(?:(?<![" + _CJK + r"])|(?<=[同搵找问请叫畀俾话告通知系是])|(?<=联络|联系|探望)|(?<=[探睇]))"
                r"((?:" + _ZH_COMPOUND_SURNAMES + r"|(?![卫师毕])[" + _CUED_SURNAMES + r"]))(?=(?:生|太|伯|婆|叔|姑娘|姨|伯伯|婆婆)"
                r"(?:[在喺系是的嘅今个同话讲住要想已都去来有好,，、。!！?？ \t]|$))"), 1),
]

# --- numbers and ids -----------------------------------------------------------------------------------
_D = r"(?<![A-Za-z0-9_.])"  # no digit/letter immediately before
_END = r"(?![A-Za-z0-9_])"
_VALUE = r"([A-Za-z0-9][A-Za-z0-9\-/.]{1,30}[A-Za-z0-9](?: \d{2,6}){0,3})"
# Round 12: a cue may carry its abbreviation in brackets before the value ("Medical Record Number (MRN): 55512345").
_SEP = r"(?:码|碼)?[ \t]*(?:[(（][A-Za-z]{2,6}[)）][ \t]*)?(?:[:#：=]|no\.?|number|num|is|was|是|为|系|係)?[ \t]*(?:[:#：=]|is)?[ \t]*"


def _cue(words: str) -> str:
    # An English cue must end at a word boundary ("sn" is not "snow"); a Chinese cue may run straight
    # into a Latin value ("设备编号PMK-00912").
    return r"(?i:" + words + r")(?:(?<=[A-Za-z])(?![A-Za-z])|(?<![A-Za-z]))" + _SEP


_CONTEXT_IDS = [
    ("SSN", _cue(r"\bssn|\bsocial security(?: number| no\.?| #)?|\bsocial insurance number|\bsin"),
     r"(\d{3}[- ]?\d{2}[- ]?\d{4}|\d{9})"),
    ("MRN", _cue(r"\bmrn|\bmedical record(?: number| no\.?| #)?|\brecord (?:number|no\.?|#)|\bchart (?:number|no\.?|#)|"
                 r"\bpatient (?:id|number|no\.?|#)|\bhospital (?:number|no\.?|id)|\bnhs (?:number|no\.?)|\bcase (?:number|no\.?)|"
                 r"\bunit number|\bhosp\.? (?:no\.?|number|#|id)|\bhospital (?:ref|reference)(?: no\.?| number)?|\bpatient ref(?:erence)?(?: no\.?| number)?|"
                 r"\bhn|\bnhi(?: number| no\.?)?|\bchi(?: number| no\.?)|\bhcn|\burn|"
                 r"病历号|住院号|门诊号|病案号|就诊卡号|就诊号|病历编号|住院编号|门诊卡号|ID号|医院编号|医院号码|病人编号|病人号码|"
                 r"病人档案号|病人参考编号|患者编号|病人号|医管局编号"), _VALUE),
    ("HEALTH_PLAN", _cue(r"\bmember (?:id|number|no\.?|#)|\bmembership (?:number|no\.?)|\bpolicy (?:id|number|no\.?|#)|"
                         r"\binsurance (?:id|number|no\.?|#|card number)|\bsubscriber (?:id|number)|\bgroup (?:number|no\.?|#)|"
                         r"\bplan (?:id|number)|\bmedicaid (?:id|number|no\.?)?|\bmedicare (?:id|number|no\.?)?|"
                         r"\bbeneficiary (?:id|number)|\bhealth ?plan (?:id|number)|医保卡号|社保卡号|医保号|社保号|保单号|医疗保险号|"
                         r"保险单号码?|保单号码|保单编号|保险号码?|保险卡号|保险编号"),
     _VALUE),
    ("ACCOUNT", _cue(r"\baccount (?:number|no\.?|#|id)|\bacct\.? (?:number|no\.?|#)?|\bbilling (?:id|number|account)|"
                     r"\binvoice (?:number|no\.?|#)|\biban|\bcard (?:number|no\.?)|\brouting number|银行卡号|账号|账户|卡号"),
     _VALUE),
    ("LICENSE", _cue(r"\bdriver'?s? licen[cs]e(?: number| no\.?| #)?|\blicen[cs]e (?:number|no\.?|#)|\bdl (?:number|no\.?|#)|"
                     r"\bdea (?:number|no\.?|#)?|\bnpi(?: number)?|\bcertificate (?:number|no\.?)|"
                     r"驾驶证号|驾照号|执业证号|证书编号"), _VALUE),
    ("VEHICLE", _cue(r"\blicen[cs]e plates?(?: number| no\.?)?|\bplates?(?: number| no\.?| #)?|\bnumber plate|"
                     r"\b(?:vehicle |car )?registration(?: number| plate| no\.?)?|\b(?:car |vehicle )?reg(?: number| no\.?| plate)?|"
                     r"\btag(?: number)?|\bvin|车牌号?码?|\b(?:my|his|her|our|their|the) (?:car|van|motorbike|vehicle)(?: is| was)?|"
                     r"[架部辆](?:私家)?车(?:车牌)?|我的车|车子"),
     r"((?=[A-Z0-9\-· ]{0,9}\d)[A-Z0-9]{1,4}(?:[\- ·]?[A-Z0-9]{1,4}){1,2}|(?=[A-Z]{0,7}\d)[A-Z0-9]{5,8})(?![A-Za-z0-9])"),
    ("DEVICE", _cue(r"\bserial(?: number| no\.?| #)?|\bs/n|\bsn|\bdevice (?:id|number|serial)|\bimei|\budi|\bmodel and serial|"
                    r"\bpacemaker (?:id|serial)|\bpump (?:id|serial)|序列号|设备号|设备编号"), _VALUE),
    ("ID", _cue(r"\bid card(?: number| no\.?)?|\bid (?:number|no\.?|#)|\bnational id(?: number| no\.?)?|\bresident id|"
                r"\bpassport(?: number| no\.?| #)?|\bnational insurance(?: number| no\.?)?|\bni (?:number|no\.?)|"
                r"\bidentity (?:card|number|document)(?: number| no\.?)?|身份证号?码?|身分证(?:字号|号码?)?|证件号码?|护照号?码?|"
                r"居民身份证|港澳通行证号?码?|回乡证号?码?|健保卡号?码?|健保号码?|IC卡号码?"),
     r"([A-Z]{0,2}[0-9]{6,18}(?:[(（][0-9A][)）]|[0-9A-Za-z])?(?![A-Za-z0-9])|[A-Z]{0,2}[ \-]?\d{2,4}(?:[ \-]\d{2,4}){2,5}"
     r"(?:[ \-]?[A-D])?(?![A-Za-z0-9]))"),
    ("FAX", _cue(r"\bfax(?: number| no\.?| #)?|传真"), r"(\+?[\d(][\d()\-. \t]{5,18}\d)"),
]
_CONTEXT_IDS.append(
    ("PHONE", _cue(r"\bphone|\btel|\btelephone|\bmobile|\bcell|\bcontact number|\bcall me on|\bring me on|\btext me on|"
                   r"\b(?:call|ring|text|reach|contact|phone) (?:me|us|him|her) (?:at|on)|\bmy number(?: is)?|\bnumber to call|"
                   r"\bwhatsapp|\bhome number|\bwork number|电话|手机|联系电话|联络电话|手提|电话号码|手机号码?|屋企电话"),
     r"(\+?\(?\d[\d()]{0,4}(?:[ \-.]?\d{2,5}){1,4})(?![\dA-Za-z])"))


def _first_chars(items, ignorecase: bool) -> tuple[set[str], set[str]] | None:
    """The characters a match of parsed `items` can start with, (case-sensitive, case-insensitive); None when unknown."""
    from re import _constants as sre

    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: skipping it only widens the set
        if op is sre.LITERAL:
            return ({chr(av)}, set()) if not ignorecase else (set(), {chr(av)})
        if op is sre.IN:
            chars = set()
            for member_op, member in av:
                if member_op is sre.LITERAL:
                    chars.add(chr(member))
                elif member_op is sre.RANGE and member[1] - member[0] < 256:
                    chars.update(chr(code) for code in range(member[0], member[1] + 1))
                else:
                    return None
            return (chars, set()) if not ignorecase else (set(), chars)
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            flag = (ignorecase or bool(add_flags & sre.SRE_FLAG_IGNORECASE)) and not del_flags & sre.SRE_FLAG_IGNORECASE
            return _first_chars(sub, flag) if sub.getwidth()[0] > 0 else None
        if op is sre.BRANCH:
            sensitive, insensitive = set(), set()
            for alternative in av[1]:
                first = _first_chars(alternative, ignorecase) if alternative.getwidth()[0] > 0 else None
                if first is None:
                    return None
                sensitive |= first[0]
                insensitive |= first[1]
            return sensitive, insensitive
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] > 0:
            return _first_chars(av[2], ignorecase)
        return None
    return None


def _gated(pattern: str, flags: int = 0) -> re.Pattern:
    """`pattern` compiled behind a look-ahead on its possible first characters, which rejects most positions at once.

    Same matches (a look-ahead that only lists first characters cannot change them), several times faster for a cue
    that is a long alternation of words: every position no longer tries every word. The case-insensitive part of the
    gate is itself case-insensitive, so it folds case exactly as the pattern does."""
    from re import _parser as sre_parse

    try:
        parsed = sre_parse.parse(pattern, flags)
        first = _first_chars(parsed, bool(parsed.state.flags & re.IGNORECASE))
    except (re.error, AttributeError, TypeError):  # a private parser that changed: run the pattern ungated
        first = None
    plain = re.compile(pattern, flags)
    if not first or len(first[0]) + len(first[1]) > 400:
        return plain
    parts = []
    if first[0]:
        parts.append("[" + "".join(re.escape(ch) for ch in sorted(first[0])) + "]")
    if first[1]:
        parts.append("(?i:[" + "".join(re.escape(ch) for ch in sorted(first[1])) + "])")
    # global flags such as "(?i)" must stay first; the gate goes right after them
    lead = re.match(r"\(\?[aiLmsux]+\)", pattern)
    head = lead.group(0) if lead else ""
    gated = re.compile(head + "(?=" + "|".join(parts) + ")" + pattern[len(head):], flags)
    _UNGATED[gated] = plain
    return gated


_UNGATED: dict[re.Pattern, re.Pattern] = {}  # each gated pattern and the plain one it stands for (tests compare them)


_CONTEXT_ID_RES = [(kind, _gated(cue + value)) for kind, cue, value in _CONTEXT_IDS]

# A device named in the message, then an id-like token (letters and digits, or 7+ digits) a few words later:
# "The pacemaker ID on the card says AC4471-902", "呼吸机编号是PM2391774", "device no. SN0087731Q".
_DEVICE_NOUN = re.compile(
    r"(?i:\b(?:pacemaker|defibrillator|icd|implant|insulin pump|pump|monitor|meter|glucometer|sensor|cgm|cpap|bipap|"
    r"ventilator|oxygen concentrator|concentrator|nebuli[sz]er|hearing aids?|cochlear implant|wheelchair|scooter|"
    r"tracker|machine|device|serial|s/n)\b)|呼吸机|制氧机|血糖仪|血压计|助听器|起搏器|胰岛素泵|设备|仪器|机器|轮椅|雾化器")
# Serials are written in capitals or digits; a lower-case hyphenated word ("kb-zh-visiting-005") is a tag, not an id.
_DEVICE_TOKEN = re.compile(r"(?<![A-Za-z0-9\-_\[/])(?=[A-Za-z0-9\-]{0,30}\d)(?=[A-Za-z0-9\-]{0,30}[A-Z])"
                           r"[A-Za-z0-9][A-Za-z0-9\-]{4,28}[A-Za-z0-9](?![A-Za-z0-9\-])|(?<![\d\-])\d{7,20}(?![\d\-])")
# Tokens that look like ids but are models, units or readings ("E-3", "CPAP", "5mg", "COVID-19", "A1c").
_NOT_DEVICE_ID = re.compile(r"(?i:\d+(?:mg|ml|mcg|kg|mmhg|bpm|mmol|cm|mm|am|pm|hrs?|mins?)|covid-19|hba1c|a1c|sp?o2|"
                            r"\d{1,2}(?:st|nd|rd|th))")

_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_AGE_WORDS = (r"(?:ninety(?:[ \-](?:" + _UNITS_WORDS + r"))?|(?:one|a) hundred(?: and (?:" + _UNITS_WORDS + r"|ten|eleven|twelve|"
              r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)")
_SIMPLE = [
    ("EMAIL", re.compile(r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,8}\.[A-Za-z]{2,24}")),
    # Curly quotes (\u2018-\u201f) end a URL too: Chinese text quotes a forwarded link as "链接是https://...”，" (round 13).
    ("URL", re.compile(r"(?i:(?<![A-Za-z0-9])(?:https?|ftp)://|(?<![A-Za-z0-9.])www\.)[^\s<>\"'\u2018-\u201f\u3000-\u303f"
                       r"\uff00-\uffef" + _CJK + r"]{1,2000}")),
    ("URL", re.compile(r"(?i:(?<![A-Za-z0-9.\-@])[a-z0-9\-]{1,63}\.(?:com|org|net|edu|gov|io|cn|co\.uk|health|info)"
                       r"(?:/[^\s<>\"'\u2018-\u201f" + _CJK + r"]{0,500})?)(?![A-Za-z0-9])")),
    ("SSN", re.compile(_D + r"\d{3}-\d{2}-\d{4}" + _END)),
    ("IP", re.compile(_D + r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)" + _END)),
    # US/NANP numbers: (555) 123-4567, 555-123-4567, +1 555 123 4567, 555.123.4567
    ("PHONE", re.compile(r"(?<![A-Za-z0-9_+])(?:\+?1[ \t.\-]?)?(?:\(\d{3}\)|\d{3})[ \t.\-]?\d{3}[ .\-]\d{4}" + _END)),
    ("PHONE", re.compile(r"(?<![A-Za-z0-9_+])\(?\d{3}\)?\d{3}\d{4}(?![A-Za-z0-9_])")),
    # international: +44 20 7946 0958, +86 138 0013 8000, 0044-...
    ("PHONE", re.compile(r"(?<![A-Za-z0-9_+])(?:\+|00)\d{1,3}[ \t.\-]?(?:\(\d{1,4}\)[ \t.\-]?)?\d{1,5}(?:[ \t.\-]?\d{2,5}){1,4}" + _END)),
    # Chinese mobiles and landlines: 13812345678, 138-1234-5678, 010-12345678, 0755-1234567
    ("PHONE", re.compile(r"(?<!\d)1[3-9]\d[ \-]?\d{4}[ \-]?\d{4}(?!\d)")),
    ("PHONE", re.compile(r"(?<![\d\-])0\d{2,3}[ \-]\d{7,8}(?!\d)")),
    ("PHONE", re.compile(r"(?<![\d\-])0\d{2,3}[ \-]\d{3,4}[ \-]\d{4}(?!\d)")),
    # Round 4: UK numbers written without spaces (07072123039), Taiwan mobiles (0931-199-871)
    ("PHONE", re.compile(r"(?<![\d\-+])0[1-9]\d{9}(?![\d\-])|(?<![\d\-])09\d{2}[ \-]\d{3}[ \-]\d{3}(?![\d\-])")),
    # Hong Kong ids with the bracketed check digit (K030512(A)) and UK National Insurance numbers (QQ 12 34 56 C)
    ("ID", re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,2}\d{6}[(（][0-9A][)）]")),
    ("ID", re.compile(r"(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z](?: \d{2} \d{2} \d{2} | ?\d{6} ?)[A-D](?![A-Za-z0-9])")),
    # UK numbers: 07700 900123, 020 7946 0958
    ("PHONE", re.compile(r"(?<!\d)0\d{3,4}[ \t]\d{6,7}(?!\d)|(?<!\d)0\d{2}[ \t]\d{4}[ \t]\d{4}(?!\d)")),
    # Round 5: a serial written with its SN prefix ("SN 2990-6480", like "SN0087731Q") is one identifier; "S/N" stays
    # a cue ("S/N PMK-00912": the value only), as the earlier sets label it
    ("DEVICE", re.compile(r"(?<![A-Za-z0-9/])SN[ \t]?(?=[A-Z0-9\-]{0,24}\d)[A-Z0-9][A-Z0-9\-]{2,24}[A-Z0-9]"
                          r"(?![A-Za-z0-9])")),
    # a phone number alone on a signature line ("Mei Hsu\n9259 9043"): eight or more digits, nothing else on the line
    ("PHONE", re.compile(r"(?m:(?<=\n)[ \t]*(\+?\d[\d \-]{6,16}\d)[ \t]*$)")),
    # Australian mobiles (0412 345 678)
    ("PHONE", re.compile(r"(?<![\d\-+])04\d{2}[ \-]?\d{3}[ \-]?\d{3}(?![\d\-])")),
    # VIN: 17 chars, no I/O/Q, letters and digits both present
    ("VEHICLE", re.compile(r"\b(?=[A-HJ-NPR-Z0-9]{17}\b)(?=[A-HJ-NPR-Z0-9]{0,16}\d)(?=[A-HJ-NPR-Z0-9]{0,16}[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b")),
    # Chinese plates: 京A12345, 粤B·D12345
    ("VEHICLE", re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·• \-]?[A-Z0-9]{5,6}(?![A-Za-z0-9])")),
    # UK plates (current format, as written): AB12 CDE
    ("VEHICLE", re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}[ ]?[A-Z]{3}(?![A-Za-z0-9])")),
    # UK postcodes (case-sensitive, as written on letters): SW1A 1AA, M1 1AE
    ("ZIP", re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b")),
    ("AGE", re.compile(r"(?i:\b(?:9\d|1[0-2]\d)(?=[ \-]?(?:years?|yrs?|y/?o\b|-year-old)))")),
    ("AGE", re.compile(r"(?i:\b(?:aged?|age:?)[ \t]*)(9\d|1[0-2]\d)\b")),
    ("AGE", re.compile(r"(?<!\d)(9\d|1[0-2]\d)(?=[ \t]?(?:岁|周岁))")),
    ("AGE", re.compile(r"(?i:\b(?:i am|i'm|im|i’m|he is|he's|she is|she's|they are|who is|turned|turning|turns|"
                       r"(?:mum|mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|gran|granny|nan|nana|grandad|"
                       r"husband|wife|partner|aunt|auntie|uncle|patient|he|she|granddad|great-grandmother|great-grandfather|great-gran|"
                       r"grandparent|mother-in-law|father-in-law|old man|old lady|neighbour|neighbor|friend)"
                       r"(?: (?:is|was|will be|turned|turns)|['\u2019]s)(?: now| nearly| almost| just)?)"
                       r"[ \t]+)(9\d|1[0-2]\d)\b(?![ \t]*(?:%|percent|per cent|kg|kgs|kilos?|lbs?|pounds|mg|ml|minutes?|mins?|"
                       r"hours?|cm|bpm|mmhg|/[ \t]*\d|\.\d|degrees|°))")),  # round 47: "she's 103 / lives at ..." is an age, 103/60 is not
    # round 4: an age in brackets after a relative or a name: "my nan (103) was admitted", "Tom Baxter (94)"
    ("AGE", re.compile(r"(?i:\b(?:nan|nana|nanna|gran|granny|grandma|grandmother|grandpa|grandfather|grandad|granddad|mum|mom|"
                       r"mother|dad|father|aunt|auntie|uncle|husband|wife|partner|patient|neighbour|neighbor|friend|"
                       r"(?-i:[A-Z][a-z]{1,20})))[ \t]*\((?:aged?[ \t]*)?(9\d|1[0-2]\d|" + _AGE_WORDS + r")(?:[ \t]*(?:y/?o|yrs?|years?(?: old)?))?\)")),
    # an age set off by commas right after a name: "I'm Jane Doe, 96, living at ..."
    ("AGE", re.compile(r"\b[A-Z][a-z]{1,20},[ \t]?(9\d|1[0-2]\d)(?=[ \t]?,)")),
    # "my father, Mr Joseph Kirby, is 97": a name set off by commas, then the verb
    ("AGE", re.compile(r"\b[A-Z][a-z]{1,20},[ \t]?(?:is|was|turned|turns)(?: now| nearly| almost)?[ \t]+(9\d|1[0-2]\d)\b"
                       r"(?![ \t]*(?:%|percent|kg|kgs|lbs?|mg|ml|cm|bpm|mmhg|/|\.\d|degrees|°))")),
    # ages written in words: "she is ninety-six", "turned one hundred and two", "ninety four years old"
    ("AGE", re.compile(r"(?i:\b(?:is|was|turned|turns|turning|aged|age|be|['\u2019]s)(?: now| nearly| almost| just)?[ \t]+)(" + _AGE_WORDS +
                       r")\b(?![ \t\-]*(?:%|percent|per cent|kg|kilos?|pounds|lbs?|mg|ml|minutes?|mins?|hours?|seconds?|miles|km|"
                       r"degrees|times|people|visitors|beds|days|weeks|months|dollars|quid|euros|yuan|calls|steps))")),
    ("AGE", re.compile(r"(?i:\b(" + _AGE_WORDS + r")(?=[ \t\-]+(?:years?|yrs?)\b|-year-old))")),
    ("AGE", re.compile(r"(?:九十[一二三四五六七八九]?|一百(?:零[一二三四五六七八九]|[一二]十[一二三四五六七八九]?|[一二三四五六七八九])?)"
                       r"(?=[ \t]?(?:岁|周岁))")),
]

# --- dates ---------------------------------------------------------------------------------------------
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_DATES = [
    re.compile(r"(?<![A-Za-z0-9_./\-])(?:0?[1-9]|1[0-2]|[12]\d|3[01])[/\-.](?:0?[1-9]|1[0-2]|[12]\d|3[01])[/\-.](?:19|20)?\d\d(?![A-Za-z0-9_/\-]|\.\d)"),
    re.compile(r"(?<![A-Za-z0-9_./\-])(?:19|20)\d\d[/\-.](?:0?[1-9]|1[0-2])[/\-.](?:0?[1-9]|[12]\d|3[01])(?![A-Za-z0-9_/\-]|\.\d)"),
    re.compile(r"(?i:\b" + _MONTH + r"\.?[ \t]+" + _DAY + r"\b(?:,?[ \t]+(?:19|20)\d\d\b)?)"),
    re.compile(r"(?i:\b" + _DAY + r"(?:[ \t]+of)?[ \t]+" + _MONTH + r"\b\.?(?:,?[ \t]+(?:19|20)\d\d\b)?)"),
    re.compile(r"(?i:\b(?:" + _MONTH.replace("may|", "") + r")\.?,?[ \t]+(?:19|20)\d\d\b)"),
    re.compile(r"(?i:\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on)?)[ \t]*[:#]?[ \t]*)"
               r"(\d{1,2}[/\-.]\d{1,2}(?:[/\-.]\d{2,4})?)"),
    re.compile(r"(?:(?:19|20)\d\d|[一二三四五六七八九〇零]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]"),
    re.compile(r"民国(?:\d{1,3}|[一二三四五六七八九十百零〇]{1,4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
               r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]"),
    re.compile(r"(?<![\d年])(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]"),
    re.compile(r"(?:出生日期|生日)[:：]?[ \t]*((?:19|20)\d\d[年/\-.]\d{1,2}[月/\-.]\d{1,2}日?)"),
]

# --- addresses -----------------------------------------------------------------------------------------
_STREET = (r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|"
           r"circle|cir|parkway|pkwy|highway|hwy|square|sq|crescent|close|grove|row|trail|alley)")
# Round 4: the town after a UK-style street address is part of it (HIPAA counts towns), and so is a UK postcode
# after the town: "31 Albert Street, Norwich NR2 3XL". Capitalised words that start a new clause are not towns.
_NOT_TOWNS = (r"(?!(?:Please|Thanks|Thank|Phone|Tel|Email|Mobile|Call|Apt|Flat|Unit|NHS|Dr|Mr|Mrs|Ms|Miss|Can|Could|Is|Are|"
              r"The|This|That|I|We|He|She|They|My|Our|His|Her|And|But|Or|So|Then|Not|Which|What|When|Where|How|Who|"
              r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Born|DOB|Date|Ref|Hosp|Hospital|Ward|Room|Bed)\b)")
_UK_POSTCODE = r"(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}"
_TOWN = (r"(?-i:,[ \t]*" + _NOT_TOWNS + r"[A-Z][a-z]{2,20}(?:[ \t\-]+(?:(?:upon|on|under|in|le|en|by|super)[ \t\-]+)?[A-Z][a-z]{2,20}){0,2}"
         r"(?![A-Za-z'\-])(?:,?[ \t]+(?:" + _UK_POSTCODE + r"|(?:(?:VIC|NSW|QLD|SA|WA|TAS|NT|ACT)[ \t]+)?\d{4}(?![\d:.\-/]))\b)?(?!,?[ \t]+[A-Z]{2}\b(?![ \t]?\d[A-Z]))(?![ \t]*\())")
_US_STATES = (r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|"
              r"NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)")
_ADDRESSES = [
    re.compile(r"(?i:(?<![\d/.\-:])\b(?:(?:flat|apt|apartment|unit|suite)\.?[ \t]*\d{1,4}[A-Za-z]?,?[ \t]+|\d{1,4}[A-Za-z]?/(?=\d))?\d{1,6}[A-Za-z]?[ \t]+"
               r"(?:(?-i:[A-Z][a-z]{2,20}(?:way|gate))\b|(?:[NSEW]\.?[ \t]+)?(?:(?:[A-Za-z][A-Za-z'\-]{0,20}|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,4}" + _STREET + r")" +
               r"\b\.?(?:,?[ \t]*(?:apt|apartment|suite|ste|unit|#|flat|room|fl|floor)\.?[ \t]*#?[ \t]*[A-Za-z0-9\-]{1,6})?)"
               r"(?:,[ \t]*[A-Z][a-zA-Z]{2,20}(?:[ \t]+[A-Z][a-zA-Z]{2,20}){0,2}(?=,?[ \t]+" + _US_STATES + r"\b)|" + _TOWN + r")?"),
    re.compile(r"(?i:\bp\.?[ \t]?o\.?[ \t]*box[ \t]+\d{1,8})"),
    re.compile(r"(?-i:\b(?:Flat|Room|Rm|Unit|Apt|Suite|Shop)\.?[ \t]*[0-9]{1,4}[A-Z]?,?[ \t]+(?:(?:\d{1,2}/F|[0-9]{1,2}(?:st|nd|rd|th)? "
               r"Floor|Floor \d{1,2}),?[ \t]+)?(?:(?:Block|Blk|Tower|Phase)[ \t]*[0-9A-Z]{1,3},?[ \t]+)?"
               r"(?:[A-Z][a-z]{1,20}[ \t]+){1,4}(?:House|Estate|Building|Bldg|Court|Mansion|Mansions|Tower|Towers|Garden|Gardens|"
               r"Centre|Center|Plaza|Villa|Villas|Terrace|Lodge|Heights|Place|Square)\b"
               r"(?:,[ \t]*(?:[A-Z][a-z]{1,20}[ \t]+){1,3}(?:Estate|Garden|Gardens|Court|Village|Road|Street))?"
               r"(?:,[ \t]*" + _NOT_TOWNS + r"[A-Z][a-z]{1,20}(?:[ \t]+[A-Z][a-z]{1,20}){0,2}(?![A-Za-z'\-]))?)"),
    # Chinese addresses below province level: [市][区/县][路/街 ...号][栋/单元/室]
    re.compile(r"(?:[" + _CJK + r"]{2,6}市)?(?:[" + _CJK + r"]{1,6}[区县镇])?(?:[" + _CJK + r"]{1,8}(?:街道|乡|村))?"
               r"[" + _CJK + r"0-9]{1,10}(?:路|街|大道|道|巷|弄|胡同|里)(?:[0-9一二三四五六七八九十]{1,3}段)?[0-9一二三四五六七八九十百]{1,5}号"
               r"(?:院)?(?:[" + _CJK + r"A-Za-z]{2,10}?(?:中心|大厦|广场|商场|大楼|花园|邨|苑|阁|城|公寓))?(?:[0-9一二三四五六七八九十A-Za-z]{1,4}(?:栋|幢|号楼|座|塔)(?=[0-9]{3,5}(?![0-9号])|[0-9一二三四五六七八九十]{1,3}(?:楼|层|单元)|[^0-9]|$))?"
               r"(?:[0-9一二三四五六七八九十]{1,3}(?:楼|层|/F|F)(?:之[0-9一二三四五六七八九十]{1,2})?(?:[0-9A-Z]{1,4}(?:室|座|号房))?)?"
               r"(?:[0-9一二三四五六七八九十]{1,3}单元[0-9]{1,5}(?:室|房|号房)?|(?:[0-9一二三四五六七八九十]{1,3}单元)?(?:[0-9]{1,5}(?:室|房|号房)|(?<=[栋幢座楼塔])[0-9]{3,5}(?![0-9号]))?)"),
    # Hong Kong style: estate (邨/苑/村/花园) + block (楼/座/阁) + floor/flat: "何文田邨顺文楼1203室"
    re.compile(r"[" + _CJK + r"]{2,8}(?:邨|苑|村|花园|广场|中心|大厦)[" + _CJK + r"]{1,6}(?:楼|座|阁|大厦)"
               r"(?:[0-9]{1,3}(?:楼|层|/F|F))?[0-9A-Z]{1,5}(?:室|号)"),
    re.compile(r"[" + _CJK + r"]{2,10}(?:小区|花园|公寓|大厦|新村|家园)(?:[0-9一二三四五六七八九十A-Za-z]{1,4}(?:栋|幢|号楼|座|期))?"
               r"(?:[0-9一二三四五六七八九十]{1,3}单元)?(?:[0-9]{1,5}(?:室|房|号))?"),
]
_ZH_ADDRESS_LEAD = re.compile(r"(?:[我你他她家]{0,2}(?:住在|住喺|家住|住址[是系]?|地址[是为系:：]?|位于|搬到|搬咗去|在|喺|住|是)[:：]?)?"
                              r"(?:[" + _CJK + r"]{2,3}(?:省|自治区)|澳门)?")
# Hong Kong's regions (香港/九龍/新界) are below state level, so round 4 keeps them in the address, as people write them.
_ZIP_RES = [
    re.compile(r"(?<=\b" + _US_STATES + r")[ \t,]{1,3}(\d{5}(?:-\d{4})?)(?!\d)"),
    re.compile(r"(?i:\b(?:zip|zip code|zipcode|postal code|postcode|post code)[ \t]*(?:is|:|#)?[ \t]*)(\d{5}(?:-\d{4})?|\d{6})(?!\d)"),
    re.compile(r"(?:邮编|邮政编码)[:：]?[ \t]*(\d{6})(?!\d)"),
]

# --- checksummed numbers ------------------------------------------------------------------------------
_CN_ID = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
_CARD = re.compile(r"(?<![\d\-])(\d(?:[ \-]?\d){12,18})(?![\d\-])")
_IPV6 = re.compile(r"(?<![0-9A-Fa-f:])(?=[0-9A-Fa-f:]{0,37}::|(?:[0-9A-Fa-f]{1,4}:){2})[0-9A-Fa-f:]{2,39}(?![0-9A-Fa-f:])")
_CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_id_checksum_ok(value: str) -> bool:
    """ISO 7064 MOD 11-2 check of an 18-character PRC resident identity number (with a plausible birth date)."""
    if not re.fullmatch(r"\d{17}[\dXx]", value):
        return False
    total = sum(int(d) * w for d, w in zip(value[:17], _CN_ID_WEIGHTS))
    check = "10X98765432"[total % 11]
    year, month, day = int(value[6:10]), int(value[10:12]), int(value[12:14])
    return value[17].upper() == check and 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31


def luhn_ok(digits: str) -> bool:
    """Luhn check used by payment card numbers."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def _ipv6_ok(value: str) -> bool:
    import ipaddress

    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return False
    return True


# Priority breaks ties between equally long candidates: specific, validated kinds first.
_PRIORITY = {k: i for i, k in enumerate(
    ("SSN", "ID", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "DEVICE", "VEHICLE", "FAX", "EMAIL", "URL", "IP",
     "PHONE", "DATE", "AGE", "ZIP", "ADDRESS", "NAME"))}


# --- round 6 (blind batch 6) ---------------------------------------------------------------------------
# Classes blind6 (spent) found missing, each written down as a concept before it was coded:
# 1. A name after "name is / name's / names" without "my" ("logged in ... name is X", "the patient's name is X").
# 2. Titles typed in lower case before a capitalised surname ("ms Dlamini", "dr van der Berg"), and a surname that
#    starts with a lower-case particle after any title.
# 3. A name that heads a record: before a date-of-birth cue with or without a comma ("X born 1936", "X, DOB ..."),
#    after look-up verbs ("look up X", "pull up X") and after "res" (resident); in Chinese, a name at the start of a
#    line before a comma and a record field (男/女, 出生日期, 生日, 手机, 身份证, 住址, an age).
# 4. An address that ends in a postcode is one address from its house number, unit, block or PO box to the
#    postcode (UK, US state + ZIP, Australian state + 4 digits, Singapore 6 digits), whatever the street is called
#    ("8 Rose Cottages, Little Snoring, Norfolk NR21 0AX"); a Hong Kong address that starts with a flat, room or
#    unit runs through floor, block or tower and the estate to the district ("Flat B, 12/F, Block 3, X Estate, Y").
# 5. Eight-digit Hong Kong and Singapore numbers after a calling verb ("ring 6123 4567", "whatsapp me 9123 4567").
# 6. Identity numbers named by their own cue (HKID, NRIC, FIN, IC, MyKad): a cue that names the kind wins over a
#    shape that looks like another kind ("my ID number is 078-05-1120" is an ID, not an SSN), Singapore NRIC/FIN
#    shapes alone, and messaging handles after WeChat/Line/Telegram/Instagram cues (an account id).
_R6_TITLE_ANY_CASE = r"(?i:dr|mr|mrs|ms|mx|miss|prof|doctor|nurse|sister|madam|mdm|aunty|auntie|uncle)\.?"
_R6_PARTICLE_START = r"(?:(?:van|von|de|da|del|della|der|den|di|du|la|le|al|el|bin|binti|ibn|ter|ten|dos|das|do|ni|nic|mac|ó|o')[ \t]+){0,2}"
_R6_NAME_CUE = re.compile(r"(?i:\b(?:name is|name's|names|name was|named|goes by|known as|full name is))[ \t]+(" + _CAP_NAME + ")")
# "the drug name is Ozempic": a thing's name, not a person's
# Words that follow "her name is/was" without being a name ("his name was called twice", "her name is spelt wrong").
_R6_NOT_LOWER_NAME = {"dob", "born", "aged", "age", "from", "with", "she", "he", "called", "spelled", "spelt", "wrong", "missing",
                      "misspelled", "misspelt", "mentioned", "listed", "written", "changed", "given", "put", "printed", "shown",
                      "down", "correct", "incorrect", "different", "same", "blank", "empty", "unknown", "long", "short",
                      "hard", "difficult", "spelt", "typed", "entered", "recorded", "registered", "saved", "under", "as"}
# "her name is mary o'connor": a person's name introduced by whose name it is is a name in any case
_R6_WHOSE_NAME = re.compile(r"(?i:\b(?:my|his|her|their|our|the patient'?s|patients|patient'?s|mum'?s|mom'?s|dad'?s|son'?s|daughter'?s|"
                            r"husband'?s|wife'?s|partner'?s|client'?s|resident'?s) (?:full )?name(?:[ \t]+is|'s|s|[ \t]+was|[ \t]*[:\-])"
                            r"[ \t]+)([a-z][a-z'\-]{1,24}(?:[ \t]+[a-z][a-z'\-]{1,24}){0,2})")
_R6_THING_NAME = re.compile(r"(?i:\b(?:nhs|generic|brand|trade|proper|medical|official|scientific|chemical|drug|medicine|medication|brand|product|clinic|hospital|ward|app|company|pharmacy|street|"
                            r"road|file|device|pump|tablet|pill|condition|test|procedure|website|site|wifi|network|user|"
                            r"account|pet|dog|cat|ship|book|song|film|show)(?:'s)?[ \t]+(?:\w+[ \t]+)?$)")
_R6_TITLE_NAME = re.compile(r"(?<![A-Za-z])" + _R6_TITLE_ANY_CASE + r"[ \t]+((?:[A-Z]\.[ \t]?){0,2}" + _R6_PARTICLE_START + r"[" + _UPPER + r"][" + _LETTER +
                            r"'\-]{1,24}(?:[ \t]+" + _R6_PARTICLE_START + r"[" + _UPPER + r"][" + _LETTER + r"'\-]{1,24}){0,2})")
_R6_BEFORE_DOB = re.compile(r"(" + _CAP_NAME + r")(?=,?[ \t]+(?i:dob|d\.o\.b\.?|born|b\.|date of birth|birth ?date)[ \t:.]*(?:\d|"
                            r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|on|in)\b))")
_R6_LOOKUP_NAME = re.compile(r"(?i:\b(?:look up|lookup|pull up|bring up|search for|check on|chase up|res|resident|admit|admitting|"
                             r"discharge|discharging|transfer|transferring|bed \d{1,3}|bay \d{1,2})[ \t:]+)(" + _CAP_NAME + ")")
# A name word may carry a glued particle ("al-Rahman", "d'Souza", "O'Brien"); lower-case particles may stand between words.
_R6_NAME_WORD = r"(?:(?:al|el|ad|ar|as|ash|az|at|an|ul|ud|abu|d|l)['’\-])?[" + _UPPER + r"][" + _LETTER + r"'’\-]{1,24}"
_R6_PARTICLE_NAME = (_R6_NAME_WORD + r"(?:[ \t]+" + _R6_PARTICLE_START + r"(?:" + _R6_NAME_WORD + r"|[" + _UPPER + r"]\.?(?![" +
                     _LETTER + r"])|(?:" + "|".join(_PARTICLES + ("binti", "bt", "bte", "ap", "ferch")) + r")(?=[ \t]+[" + _UPPER + r"]))){0,4}")
# Cues that introduce a person: more relatives and carers' words, asking for someone, a booking "is for" someone,
# and a name set off by an age in years ("Siti Nurhaliza binti Tarudin, 92 years old").
_R6_PERSON_CUE = re.compile(
    r"(?i:\b(?:my|his|her|our|their) (?:grandad|granddad|gran|granny|nan|nana|nanna|auntie|aunty|stepdad|stepmum|stepmom|"
    r"stepfather|stepmother|mother-in-law|father-in-law|mum-in-law|dad-in-law|cousin|godmother|godfather|flatmate|housemate|"
    r"client|service user|resident|carer|foster (?:son|daughter|child)|great-grandmother|great-grandfather|great-gran)|"
    r"\bask for|\bspeak (?:to|with)|\btalk to|\bput me through to|\bpass (?:this|it|a message) (?:on )?to|"
    r"\b(?:appointment|appt|booking|referral|bed|room|prescription|letter|results?|parcel|delivery) (?:is|was|are) for)"
    r",?[ \t]+(" + _R6_PARTICLE_NAME + ")")
_R6_NAME_THEN_AGE = re.compile(r"(" + _R6_PARTICLE_NAME + r")(?=,?[ \t]+(?:\d{1,3}|" + _AGE_WORDS + r")[ \t\-]*(?i:years?[ \t\-]+old|"
                               r"yrs?[ \t\-]+old|yo|y/o|y\.o\.)\b)")
_ZH_R6_RECORD_HEAD = re.compile(r"(?m:^[ \t]*(?:患者|病人|姓名[:：]?)?[ \t]*(" + _ZH_NAME_CORE + r")(?=[，,、;；][ \t]*(?:男|女|出生|生日|"
                                r"出世|手机|电话|联系|身份证|身分证|证件|年龄|住址|地址|病历|住院号|今年|[0-9一二三四五六七八九十]{1,3}岁)))")

_R6_UPPER_WORD = r"[" + _UPPER + r"][" + _LETTER + r"'’.\-]{0,24}"
_R6_ADDR_WORD = r"(?:" + _R6_UPPER_WORD + r"|\d{1,4}[A-Za-z]?|#\d{1,3}-\d{1,5}|\d{1,2}/F|G/F)"
_R6_ADDR_SEG = _R6_ADDR_WORD + r"(?:[ \t]+" + _R6_ADDR_WORD + r"){0,5}"
# A US state + ZIP is read apart here (rounds 4-41) and joined to the address at the end (`_address_with_us_tail`).
_R6_POSTCODE = (r"(?:" + _UK_POSTCODE + r"|(?:VIC|NSW|QLD|SA|WA|TAS|NT|ACT),?[ \t]+\d{4}|(?:Singapore|SG)[ \t]+\d{6}|"
                r"S[ \t]?\(\d{6}\)|S\d{6})")
# A PO box and its town with a bare four-digit postcode (New Zealand, "PO Box 77, Gisborne 4040").
_R6_PO_BOX_TOWN = re.compile(r"(?i:\bp\.?[ \t]?o\.?[ \t]*box|\bprivate bag|\blocked bag)[ \t]+\d{1,6},?[ \t]+(?-i:[A-Z][a-z]{2,20}"
                             r"(?:[ \t]+[A-Z][a-z]{2,20}){0,2})(?:[ \t]+\d{4}(?![\d:./\-])|(?=,?[ \t]+" + _US_STATES + r"\b))")
# Hong Kong: a floor written before the street number ("G/F, 12 Nathan Road") and the district and region after it
# ("..., Tsim Sha Tsui, Kowloon") belong to the address (regions stay inside, as since round 4).
_R6_HK_FLOOR_BEFORE = re.compile(r"(?:(?:G/F|UG/F|LG/F|\d{1,2}/F|(?:Flat|Room|Rm|Unit|Shop)\.?[ \t]*[A-Z0-9]{1,5})[ \t]*,?[ \t]*){1,3}$")
_R6_HK_REGION_AFTER = re.compile(r"^(?:[ \t]+(?:Central|East|West|North|South|Middle))?(?:,[ \t]*(?:[A-Z][a-z]{1,20}(?:[ \t]+[A-Z][a-z]{1,20}){0,2})){0,2},[ \t]*(?:Kowloon|Hong Kong(?: Island)?|"
                                 r"HK|New Territories|N\.?T\.?|Lantau(?: Island)?)\b(?=[ \t]*(?:[,.;:!?)\n]|$|(?i:pls|please|thanks|and)\b))")
# Mainland compounds with no road: "北京市朝阳区望京西园三区312号楼1单元1101" (a city or district, then block, unit, flat).
_R6_ZH_COMPOUND = re.compile(r"(?:[" + _CJK + r"]{2,6}[市区县])(?:[" + _CJK + r"]{1,6}[区县])?[" + _CJK + r"]{2,10}?[0-9一二三四五六七八九十]{1,4}"
                             r"(?:号楼|栋|幢|座)(?:[0-9一二三四五六七八九十]{1,3}单元)?(?:[0-9]{3,5}(?:室|号|房)?)?")
_R6_ADDR_START = (r"(?:(?:Flat|Apt|Apartment|Unit|Suite|Room|Rm|Shop|Lot|Blk|Block)\.?[ \t]*#?[A-Z0-9][A-Za-z0-9\-/]{0,6}"
                  r"|(?i:p\.?[ \t]?o\.?[ \t]*box|gpo box|locked bag|private bag)[ \t]+\d{1,6}"
                  r"|\d{1,5}[A-Za-z]?(?:[/\-]\d{1,5}[A-Za-z]?)?)")
_R6_POSTCODE_ADDRESS = re.compile(r"(?<![\w/#.\-])" + _R6_ADDR_START + r"(?:,?[ \t]+" + _R6_ADDR_SEG + r")?(?:,[ \t]*" +
                                  _R6_ADDR_SEG + r"){0,5},?[ \t]+" + _R6_POSTCODE + r"(?![\w])")
_R6_HK_SEG = (r"(?:\d{1,2}/F|G/F|\d{1,2}(?:st|nd|rd|th)?[ \t]+Floor|Floor[ \t]+\d{1,2}|(?:Block|Blk|Tower|Phase|Wing|Building)[ \t]*"
              r"[0-9A-Z]{1,3}|" + _NOT_TOWNS + r"[A-Z][a-z]{1,20}(?:[ \t]+[A-Z][a-z]{1,20}){0,3})")
_R6_HK_ADDRESS = re.compile(r"(?<![\w/])(?:Flat|Room|Rm|Unit|Shop|Apt|Suite)\.?[ \t]*[A-Z0-9][A-Z0-9\-]{0,4},?[ \t]+(?:" + _R6_HK_SEG +
                            r",[ \t]*){1,5}" + _R6_HK_SEG + r"(?![A-Za-z])")
_R6_CALL_PHONE = re.compile(r"(?i:\b(?:ring|call|text|sms|phone|dial|whatsapp|wa|signal|reach|contact|tel|mob|hp)\b(?:[ \t]+(?:me|us|him|"
                            r"her|them|my \w+|his \w+|her \w+|back|directly|anytime|now|pls|please))?(?:[ \t]+(?:on|at))?[ \t:]+)"
                            r"(\+?(?:852|65)?[ \t\-]?[2-9]\d{3}[ \t\-]?\d{4})(?![\d\-])")
_R6_ID_CUE = re.compile(r"(?:(?i:\b(?:hkid|hk id|hkic|nric|fin|ic(?=[ \t]+(?:number|no))|mykad|identity card|(?:my|his|her|their|our|national|resident) id)"
                        r"(?:[ \t]+(?:card|number|no\.?|#))?"
                        r"(?:[ \t]+(?:is|was|:|=)|[ \t]*[:#=])?)|(?:香港)?(?:身份证|身分证)(?:字号|号码|号|號碼)?|证件号码?|回乡证号?码?)"
                        r"[ \t]*(?:是|系|为|[:：#=])?[ \t]*")
_R6_ID_VALUE = re.compile(r"(?:[A-Z]{1,2}[ \t]?\d{6}[ \t]?[(（]?[0-9A][)）]?|[STFGM]\d{7}[A-Z]|\d{6}-\d{2}-\d{4}|"
                          r"[A-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D]|\d{3}-\d{2}-\d{4}|[A-Z]\d{9}|"
                          # whatever id-like run follows the cue, however its brackets or groups are typed ("R(1)23456(7)")
                          r"(?=(?:[A-Z()（） \-]{0,6}\d){6})[A-Z0-9][A-Z0-9()（）\-]{5,22}[A-Z0-9)）])(?![A-Za-z0-9])")
_R6_NRIC = re.compile(r"(?<![A-Za-z0-9])[STFGM]\d{7}[A-Z](?![A-Za-z0-9])")
_R6_HANDLE = re.compile(r"(?i:\b(?:wechat|weixin|wx|line|telegram|tg|instagram|insta|ig|snapchat|snap|kakao(?:talk)?|skype|viber|"
                        r"signal|discord|tiktok|twitter|facebook|fb)(?:[ \t]+(?:id|handle|username|user ?name|account|acc))?"
                        r"(?:[ \t]+(?:is|was)|[ \t]*[:：=])[ \t]*|(?:微信号?|微信|wechat号|line号?|LINE ID|脸书|臉書|IG)[ \t]*(?:是|系|:|：)?[ \t]*)"
                        r"(@[A-Za-z][A-Za-z0-9_.\-]{1,30}[A-Za-z0-9]|(?=[A-Za-z0-9_.\-]{0,30}[0-9_])[A-Za-z][A-Za-z0-9_.\-]{3,30}"
                        r"[A-Za-z0-9])(?![A-Za-z0-9_@])")


_R6_SERVICE_PLACE = re.compile(r"(?i:\b(?:hospital|outpatients?|clinic|ward|department|dept|pharmacy|surgery|theatres?|"
                               r"reception|a&e|x-ray|radiology|pathology|maternity)\b)")


_R6_SPACED_SERIAL = re.compile(
    r"(?:(?i:\b(?:pacemaker|defibrillator|icd|implant|insulin pump|pump|monitor|meter|glucometer|sensor|cgm|transmitter|cpap|"
    r"hearing aids?|cochlear implant|device|pdm)\b[^\n]{0,20}?(?:\b(?:serial|s/n|sn|number|id)\b|\bno\.|#)[ \t]*(?:is|:|#|=)?)|"
    r"(?:序列号|序号|设备号|设备编号|编号|机身号)[:：]?)[ \t]*"
    r"((?=(?:[A-Z \-]{0,8}\d){6})[A-Z0-9][A-Z0-9\-]{0,12}(?:[ \t][A-Z0-9\-]*\d[A-Z0-9\-]*){1,3})(?![A-Za-z0-9])")


def _r6_drop_leading_common(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop capitalised common words at the front of a name run ("Patient Kwame Mensah" -> "Kwame Mensah")."""
    words = text[start:end].split(" ")
    skip = 0
    while skip < len(words) - 1 and words[skip].lower().rstrip(".,:") in _NOT_NAMES | {"can", "could", "please", "pls", "look",
                                                                                      "res", "resident", "pt", "patient"}:
        skip += 1
    return start + len(" ".join(words[:skip])) + (1 if skip else 0), end


_R6_PRONOUNS = {"he", "she", "it", "they", "we", "you", "i", "him", "her", "them", "his", "hers", "who", "there", "here", "that",
                "this", "what", "mum", "dad", "mom", "nan", "gran", "grandma", "grandad", "grandpa",
                # desks and roles asked for by name ("ask for Reception"): not a person
                "reception", "admissions", "switchboard", "security", "housekeeping", "pharmacist", "matron", "duty",
                "manager", "supervisor", "someone", "anyone", "cardiology", "oncology", "billing", "accounts"}


_R6_PLACE_NAMES = re.compile(r"(?:Hong Kong|Kowloon(?: \w+)?|Lai Chi Kok|Ma On Shan|Tin Shui Wai|Tai Po|Wong Tai Sin|Kwun Tong|Sha Tin|"
                             r"Tsuen Wan|Yuen Long|Tuen Mun|Mong Kok|Sai Kung|Lantau|Macau|Macao|Kuala Lumpur|Johor Bahru|"
                             r"Ang Mo Kio|Jurong(?: \w+)?|Toa Payoh|Ho Chi Minh(?: City)?|Hai Phong|Da Nang|New Territories)")


def _r6_name_words(run: str) -> str:
    """The leading name words of a run: up to the first capitalised common word, without trailing particles or a possessive."""
    kept: list[str] = []
    for word in run.split():
        # "dr Chan Said" keeps only Chan; "ask for Kim Min-jun at" stops at the lower-case "at"
        if re.fullmatch(r"[" + _UPPER + r"]\.", word):  # an initial ("A." is not the article "a")
            kept.append(word)
            continue
        if word.lower().rstrip(".,") in _NOT_NAMES | _NEVER_IN_NAMES and (word[0].isupper() or not kept):
            break
        if not word[0].isupper() and word.lower() not in _PARTICLES + ("binti", "bt", "bte", "ap", "ferch") and \
                not re.match(r"(?:al|el|ad|ar|as|ash|az|at|an|ul|ud|abu|d|l)['’\-]", word):
            break
        kept.append(word)
    while kept and kept[-1].lower() in _PARTICLES + ("binti", "bt", "bte", "ap", "ferch"):
        kept.pop()
    if not kept or not any(w[0].isupper() for w in kept) or any(len(w.rstrip(".")) > 1 and w.isupper() for w in kept):
        return ""
    name = " ".join(kept)
    name = re.sub(r"['\u2019]s$", "", name)  # "Mr Haddad's daughter": the possessive is outside
    return name if run.startswith(name) else ""


def _round6_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-6 candidates added to `out`, and the cue-named kind preferred for a span a shape also claimed."""
    found: list[tuple[int, int, str]] = []
    shouting = text.isupper()
    if not shouting:
        for regex in (_R6_NAME_CUE, _R6_BEFORE_DOB, _R6_LOOKUP_NAME):
            for m in regex.finditer(text):
                if regex is _R6_NAME_CUE and _R6_THING_NAME.search(text[:m.start()]):
                    continue
                start, end = _r6_drop_leading_common(text, *m.span(1))
                name = _trim_name(text[start:end], False)
                # an acronym ("bed 4 NBM") is not a name
                if name and not any(len(w) > 1 and w.isupper() for w in name.split()) and not any(w.lower().rstrip(".,") in _NEVER_IN_NAMES for w in name.split()):
                    found.append((start, start + len(name), "NAME"))
        for regex in (_R6_TITLE_NAME, _R6_PERSON_CUE, _R6_NAME_THEN_AGE):
            for m in regex.finditer(text):
                start = m.start(1)
                if regex is _R6_NAME_THEN_AGE:
                    start, _ = _r6_drop_leading_common(text, start, m.end(1))
                name = _r6_name_words(text[start:m.end(1)])
                # an age after one word is too weak ("She's 100 years old"): a full name is needed there
                if name and (regex is not _R6_NAME_THEN_AGE or " " in name) and \
                        not any(w.lower().split("'")[0].split("\u2019")[0] in _R6_PRONOUNS for w in name.split()):
                    found.append((start, start + len(name), "NAME"))
    for m in _R6_WHOSE_NAME.finditer(text):
        kept = []
        for word in m.group(1).split():
            if word in _LOWER_NOT_NAMES or word in _NOT_NAMES or word in _R6_NOT_LOWER_NAME:
                break
            kept.append(word)
        if kept:
            found.append((m.start(1), m.start(1) + len(" ".join(kept)), "NAME"))
    for m in _ZH_R6_RECORD_HEAD.finditer(text):
        found.append((*m.span(1), "NAME"))
    for regex in (_R6_POSTCODE_ADDRESS, _R6_HK_ADDRESS, _R6_PO_BOX_TOWN):
        for m in regex.finditer(text):
            # "Unit 4, Main Hospital, Outpatients" is a place inside a hospital, not where someone lives
            if regex is _R6_HK_ADDRESS and _R6_SERVICE_PLACE.search(m.group(0)):
                continue
            found.append((*m.span(), "ADDRESS"))
    for m in _R6_ZH_COMPOUND.finditer(text):
        lead = _ZH_ADDRESS_LEAD.match(m.group(0))
        start = m.start() + (lead.end() if lead else 0)
        start += _address_verb_lead(text[start:m.end()])
        if m.end() - start >= 6 and re.search(r"单元|[0-9]{3,5}(?:室|号|房)?$", m.group(0)):
            found.append((start, m.end(), "ADDRESS"))
    for start, end, kind in list(out) + list(found):
        if kind != "ADDRESS" or not re.match(r"[0-9A-Z]", text[start:end]):
            continue
        before = _R6_HK_FLOOR_BEFORE.search(text[max(0, start - 40):start]) if text[start].isdigit() else None
        after = _R6_HK_REGION_AFTER.match(text[end:end + 80])
        if before or after:
            found.append((start - (len(before.group(0)) if before else 0), end + (after.end() if after else 0), "ADDRESS"))
    for m in _R6_CALL_PHONE.finditer(text):
        found.append((*m.span(1), "PHONE"))
    for m in _R6_NRIC.finditer(text):
        found.append((*m.span(), "ID"))
    for m in _R6_HANDLE.finditer(text):
        found.append((*m.span(1), "ID"))
    cued_ids = set()
    for cue in _R6_ID_CUE.finditer(text):
        value = _R6_ID_VALUE.match(text, cue.end())
        if value:
            found.append((*value.span(), "ID"))
            cued_ids.add(value.span())
    # Cantonese honorifics after a surname stay outside the name ("我係梁太" marks 梁): a two-character candidate that is
    # a surname and 太/生 at the end of a phrase is cut to the surname
    out = [(start, start + 1, kind) if kind == "NAME" and end - start == 2 and text[start + 1] in "太生" and
           text[start] in _CUED_SURNAMES and (end == len(text) or not re.match(r"[" + _CJK + r"]", text[end]) or
                                              text[end] in "嘅的係系在喺今想要同话讲住已都去来有好")
           else (start, end, kind) for start, end, kind in out]
    # places that read as a lexicon first name and a capitalised word ("Hong Kong", "Lai Chi Kok") are not people
    out = [c for c in out if not (c[2] == "NAME" and _R6_PLACE_NAMES.fullmatch(text[c[0]:c[1]]))]
    # a device cue, then a serial typed in spaced groups ("hearing aid no. HA 7731 220", "序號：MMT-1780K 8892")
    for m in _R6_SPACED_SERIAL.finditer(text):
        found.append((*m.span(1), "DEVICE"))
    # a cue that names an identity number wins over a shape that looks like an SSN or a phone number
    kept_out = [c for c in out if not ((c[0], c[1]) in cued_ids and c[2] in ("SSN", "PHONE", "ACCOUNT"))]
    return kept_out + found


# --- round 7 (blind batch 7) ---------------------------------------------------------------------------
# Classes blind7 (spent) found missing, each written down as a concept before it was coded:
# 1. A Latin value glued to Chinese characters or to its own label ("预约4 May 1936的号", "IP118.163.22.9"): Chinese
#    characters are a boundary for a Latin value; month-name dates with a year, also "3rd of Feb '52" and "Feb 3rd, '52".
# 2. A phone extension (x99, ext. 482, #17, 分机 23) belongs to the number; an area code in brackets before eight
#    digits ("(03) 9912 4443") is a landline.
# 3. A title is never inside a NAME span (Aunty, Uncle, Mr... after another cue); particles of more languages (dela,
#    delos, los, ibn, bint, abu); a name of four words; a short all-capitals word after a name (PO, NHS) is not a name.
# 4. A name after a paperwork noun ("claim for X", "invoice for X", "form for X") and after a person noun + is
#    ("kid's mum is X", "driver is X", "next of kin is X").
# 5. Messaging handles after "add me on WeChat / Line / Telegram" or 加我微信/Line, and any identifier-shaped value
#    (letters, digits, _ - @) after an identity cue (passport, 身份证号); a cue that names the kind wins over an SSN,
#    phone or card shape; an 18-character id ending in X keeps the X; "insurance X123" is a health-plan number.
# 6. A plate after a vehicle noun (car, van, motorbike, taxi...) in any country's shape (letters and digits).
# 7. A serial after a machine noun in Cantonese/Mandarin (部机, 台机, 部机器) even after a make and model.
# 8. Addresses: a change verb before a Chinese address (改成, 换成, 更新为) is not in it; an address that has started
#    runs through comma-separated localities to a sentence end (district, city, Canadian or other postcode); streets
#    whose type comes first (Rue, Via, Calle, Avenida, Jalan); Taiwan addresses written in English (3/F, No. 12, Lane
#    45, Section 2, X Rd, Taipei 104); Hong Kong Chinese addresses with block, floor and room (X城22座18楼H室); an
#    address never starts inside an identifier a cue named (NHS no. 943 476 5919, Name, 22 Kings Rd...).
# 9. Chinese names before an honorific (X女士/先生/小姐) with any surname incl. 区 and double surnames (范姜, 张简),
#    and a kin noun + a three-character name before a classifier or possessive (我阿妈周淑芬部...).
# 10. An age over 89 in Chinese numerals after 今年/已经 without 岁 ("今年九十四了").
_R7_YEAR = r"(?:(?:19|20)\d\d|['\u2019]\d\d)"
_R7_MONTH_DATE = re.compile(r"(?i)(?<![A-Za-z0-9])(?:" + _MONTH + r"\.?[ \t]+" + _DAY + r",?[ \t]+" + _R7_YEAR + r"|" + _DAY +
                            r"(?:[ \t]+of)?[ \t]+" + _MONTH + r"\.?,?[ \t]+" + _R7_YEAR + r")(?![A-Za-z0-9])")
_R7_GLUED_IP = re.compile(r"(?i:(?<![A-Za-z])ip(?:v4)?(?:[ \t]?address)?[:：=]?[ \t]*)((?:\d{1,3}\.){3}\d{1,3})(?![\d.])")
_R7_EXTENSION = re.compile(r"[ \t]*(?:(?i:x|ext\.?|extn\.?|extension)|#|分机|转|内线)[ \t]*\d{1,6}(?![\d])")
_R7_BRACKET_LANDLINE = re.compile(r"(?<![\d)])\(0\d\)[ \t]?\d{4}[ \t\-]?\d{4}(?!\d)")
_R7_TITLE_LEAD = re.compile(r"(?i:(?:aunty|auntie|uncle|mr|mrs|ms|mx|miss|dr|prof|madam|mdm|sir|dame|lady|nurse|sister|doctor)\.?[ \t]+)"
                            r"(?=[" + _UPPER + r"])")
_R7_PARTICLE = r"(?:dela|delos|de los|de las|los|las|ibn|bint|abu|van der|van den|de la|" + "|".join(_PARTICLES[:-1]) + r")"
_R7_NAME = (r"[" + _UPPER + r"][" + _LETTER + r"'\-]{1,24}(?:[ \t]+(?:" + _R7_PARTICLE + r"[ \t]+)?[" + _UPPER + r"][" +
            _LETTER + r"'\-]{1,24}){1,3}")
_R7_PAPERWORK = re.compile(r"(?i:\b(?:claim|claims|invoice|bill|form|paperwork|certificate|sick note|fit note|report|travel letter|"
                           r"letter|referral|booking|reservation|appointment|prescription)[ \t]+(?:for|on behalf of|of|under)[ \t]+)"
                           r"(" + _R7_NAME + r")")
_R7_PERSON_IS = re.compile(r"(?i:\b(?:mum|mom|mother|dad|father|wife|husband|partner|son|daughter|carer|caregiver|driver|guardian|"
                           r"parent|next of kin|nok|emergency contact|contact|sister|brother|friend|neighbour|neighbor|"
                           r"grandson|granddaughter|niece|nephew|uncle|aunt|aunty)(?:'s name)?[ \t]+(?:is|was|=|:)[ \t]+)"
                           r"(" + _R7_NAME + r")")
_R7_MESSAGING = re.compile(r"(?:(?i:\b(?:add|find|message|msg|dm|text|contact|reach) (?:me|us|him|her)(?: on| via| at)?|\bon|\bmy|\bvia)"
                           r"[ \t]+(?i:wechat|weixin|line|telegram|whatsapp|signal|skype|kakao(?:talk)?|viber|instagram|ig|snapchat)"
                           r"|加我(?:的)?(?:微信|Line|LINE|line|QQ)|(?:微信|Line|LINE)(?:号|ID|id)|(?i:\b(?:wechat|weixin|line|telegram)"
                           r"[ \t]?(?:id|handle|username)))(?:[ \t]*(?:is|:|：|=|号|是))?[ \t]*"
                           r"(@?[A-Za-z0-9][A-Za-z0-9_\-.]{2,30}[A-Za-z0-9])(?![A-Za-z0-9_@])")
_R7_ID_VALUE = re.compile(r"(?:(?i:\bpassport(?:[ \t]+(?:number|no\.?|#))?|\bnational id(?:[ \t]+(?:number|no\.?))?|\bid card(?:[ \t]+"
                          r"(?:number|no\.?))?)|身份证号?码?|身分证(?:字号|号码?)?|护照号?码?|证件号码?)(?:[ \t]*(?:is|:|：|=|是))?[ \t]*"
                          r"(@?(?=[A-Za-z0-9_\-]{0,30}[\d_])[A-Za-z0-9][A-Za-z0-9_\-]{3,30}[A-Za-z0-9])(?![A-Za-z0-9_@])")
_R7_INSURANCE = re.compile(r"(?i:\binsurance(?:[ \t]+(?:member|policy|card|plan))?(?:[ \t]+(?:id|number|no\.?|#))?[ \t]*(?:is|:|#)?[ \t]*)"
                           r"((?-i:(?=[A-Z0-9\-]{0,30}\d)[A-Z0-9][A-Z0-9\-]{4,30}[A-Z0-9]))(?![A-Za-z0-9])")
_R7_VEHICLE = re.compile(r"(?i:\b(?:car|van|vehicle|motorbike|motorcycle|taxi|cab|truck|lorry|ute|scooter|minibus|campervan)"
                         r"(?:[ \t]+(?:reg|registration|plate|number|rego))?(?:[ \t]*(?:is|:|no\.?|#))?[ \t]+)"
                         r"((?-i:(?=[A-Z0-9 \-]{0,9}\d)(?=[A-Z0-9 \-]{0,9}[A-Z])[A-Z0-9]{1,4}[ \-]?[A-Z0-9]{2,5}))(?![A-Za-z0-9])")
_R7_ZH_MACHINE = re.compile(r"(?:部机器|部机|台机器|台机|部仪器|个机)[^\n。，,！？!?]{0,30}?"
                            r"((?=[A-Z0-9\-]{0,20}\d)(?=[A-Z0-9\-]{0,20}[A-Z])[A-Z0-9][A-Z0-9\-]{4,24}[A-Z0-9])(?![A-Za-z0-9])")
_R7_ZH_VERB_LEAD = re.compile(r"^(?:改成|改为|换成|变成|更改为|更新为|更新成|变更为|改到|改去|更正为|改做)")
# a locality has a lower-case letter: a US state code ("IL 62704") stays outside the address, as the sets here label it
_R7_LOCALITY = re.compile(r",[ \t]*" + _NOT_TOWNS + r"(?-i:[A-Z][a-z][a-zA-Z'\-]{0,19}(?:[ \t]+(?:[A-Z][a-z][a-zA-Z'\-]{0,19}|[NSEW]\.))*)")
_R7_POSTCODE_TAIL = re.compile(r"(?:(?:[ \t]+(?:QC|ON|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU))?[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[ \t]+" +
                               _UK_POSTCODE + r"|[ \t]+\d{3,6})(?![A-Za-z0-9])")
_R7_ADDRESS_END = re.compile(r"[ \t]*(?:[.;!?\n)]|$|,[ \t]*(?:[a-z]|(?:Phone|Tel|Mobile|Email|Thanks|Thank|Please|Line|WeChat)\b)|[ \t]+(?:and|or|but|please|pls|plz|thanks|thank|thx|asap|for|from|by|before|after|until)\b)")
_R7_STREET_FIRST = re.compile(r"(?:(?i:apt|apartment|flat|unit|suite)\.?[ \t]*\d{1,4}[A-Za-z]?,[ \t]*)?\d{1,5}[A-Za-z]?,?[ \t]+"
                              r"(?:Rue|Rua|Via|Viale|Calle|Avenida|Av\.|Jalan|Jln\.?|Chemin|Piazza|Strada|Camino|Carrer|Paseo|Praça|"
                              r"Largo|Calea|Ulica|Ul\.|Avenue de|Boulevard)(?:[ \t]+(?:de|del|la|le|les|du|des|da|do|dos|das|di|della|"
                              r"[" + _UPPER + r"][" + _LETTER + r"'\-]+)(?![" + _LETTER + r"])){1,5}")
_R7_TW_ADDRESS = re.compile(r"(?:(?:\d{1,2}/F|\d{1,2}F|Floor \d{1,2}|\d{1,2}(?:st|nd|rd|th) Floor),?[ \t]+)?No\.[ \t]?\d{1,5}(?:-\d{1,3})?,"
                            r"[ \t]+(?:(?:Lane|Ln\.?|Alley|Aly\.?|Section|Sec\.?)[ \t]+\d{1,4},[ \t]+){0,3}"
                            r"[A-Z][a-z]+(?:[ \t]+(?:[NSEW]\.?|[A-Z][a-z]+))*[ \t]+(?:Rd|Road|St|Street|Ave|Avenue|Blvd)\.?")
_R7_ZH_BLOCK_ADDRESS = re.compile(r"(?:住喺|住在|住|地址[是系为:：]?|搬到|搬去|搬咗去|寄到|送到)[ \t]*"
                                  r"([" + _CJK + r"]{2,12}?[0-9一二三四五六七八九十]{1,3}(?:座|栋|幢|期)[0-9一二三四五六七八九十]{1,3}"
                                  r"(?:楼|层|/F|F)[0-9A-Z]{1,4}(?:室|号))")
_R7_ZH_HONORIFIC = re.compile(r"(?:^|(?<=[\s，,。：:、！!？?]))((?:范姜|张简|欧阳|司马|诸葛|上官|司徒|" + _ZH_COMPOUND_SURNAMES + r"|[" +
                              _CUED_SURNAMES + r"])(?:(?![" + _ZH_STOP.replace("大", "") + r"])[" + _CJK + r"]){1,2})(?=女士|先生|小姐|太太)")
_R7_ZH_KIN_NAME = re.compile(r"(?:阿妈|阿爸|阿嫲|阿爷|阿婆|阿公|我妈|我爸|妈妈|爸爸|老公|老婆|爷爷|奶奶|外公|外婆|婆婆|公公|儿子|女儿)"
                             r"((?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _SURNAMES + r"])(?![" + _ZH_STOP + r"])[" + _CJK + r"]"
                             r"(?![" + _ZH_STOP + r"])[" + _CJK + r"])(?=部|架|嘅|的|个|张|支|台|今年|住|话|说)")
_R7_ZH_AGE = re.compile(r"(?:今年|已经|都已经|今年都|今年已经)(九十[一二三四五六七八九]?|一百(?:零[一二三四五六七八九]|[一二]十[一二三四五六七八九]?|"
                        r"[一二三四五六七八九])?|9\d|1[01]\d)(?=了|啦|喇|咯|囉|有多|多了)")
# 11. (voices blind7 did not use) An e-mail written out in words ("john dot smith at gmail dot com", "mary [at] x [dot] org"),
#     an IP written with its port ("10.0.0.5:8080", one token, so the port stays inside the span), and a Chinese age
#     over 89 after 今年 that ends the sentence ("老人家今年一百零二").
_R7_DOT = r"(?:[ \t]*(?:\[dot\]|\(dot\)|\{dot\})[ \t]*|[ \t]+dot[ \t]+|\.)"
_R7_AT = r"(?:[ \t]*(?:\[at\]|\(at\)|\{at\}|@)[ \t]*|[ \t]+at[ \t]+)"
_R7_TLD = r"(?:com|org|net|edu|gov|co|uk|cn|hk|tw|au|io|ca|de|fr|in|sg|my|ng|ph|jp|nz|ie|za|info|me|mil|int)"
_R7_SPELLED_EMAIL = re.compile(r"(?i)(?<![A-Za-z0-9_.])[A-Za-z0-9_%+\-]{1,40}(?:" + _R7_DOT + r"[A-Za-z0-9_%+\-]{1,40}){0,3}" + _R7_AT +
                               r"[A-Za-z0-9\-]{1,40}(?:" + _R7_DOT + r"[A-Za-z0-9\-]{1,40}){0,3}" + _R7_DOT + _R7_TLD +
                               r"(?![A-Za-z0-9@/]|\.[A-Za-z0-9])")
_R7_IP_PORT = re.compile(r"(?<![A-Za-z0-9.])((?:\d{1,3}\.){3}\d{1,3}:\d{1,5})(?![\d.])")
_R7_ZH_AGE_END = re.compile(r"今年(?:都|已经)?(九十[一二三四五六七八九]?|一百(?:零[一二三四五六七八九]|[一二]十[一二三四五六七八九]?|"
                            r"[一二三四五六七八九])?|9\d|1[01]\d)(?=[ \t，,。.!！?？]|$)")
# 12. (voices blind7 did not use) Forwarded mail: a display name before an <e-mail> ("Tom Baker <tom@x.com>") and the name
#     on a From:/To: header line; an address after a living verb or an address label even when the street has no
#     street type ("resides at 27 Harbour View, Cobh, Co. Cork"); Irish counties (Co. Cork) as a locality; classical
#     and approximate Chinese ages (九十有二, 九十几岁); a name already anonymised (王某某, 李XX) is not PHI.
_R7_DISPLAY_NAME = re.compile(r"(?:^|(?<=[\s:,;\"'(]))(" + _R7_NAME + r")[ \t]*<[^<>@\s]{1,64}@[^<>\s]{1,255}>")
_R7_HEADER_NAME = re.compile(r"(?m:^[ \t>]*(?:From|To|Sender|Reply-To|Von|De)[ \t]*:[ \t]*)(" + _R7_NAME + r")")
_R7_LIVES_AT = re.compile(r"(?i:\b(?:resides?|residing|lives?|living|staying|stays|moved|moving|now)[ \t]+(?:at|to)|\baddress[ \t]*(?:is|:)|"
                          r"\baddr\.?[ \t]*:)[ \t]+((?-i:(?:(?:Flat|Apt|Unit|FLAT|APT|UNIT)\.?[ \t]?\d{1,4}[A-Za-z]?,?[ \t]+)?\d{1,5}[A-Za-z]?,?[ \t]+"
                          r"[A-Z][a-zA-Z'\-]+(?:[ \t]+[A-Z][a-zA-Z'\-]+){1,3}))")
_R7_COUNTY = re.compile(r",[ \t]*(?:Co\.|County)[ \t]+[A-Z][a-z]{2,20}")
_R7_ZH_AGE_CLASSICAL = re.compile(r"(?<![一二三四五六七八九十])(九十有[一二三四五六七八九]|一百有[一二三四五六七八九十]{1,2}|九十[几多]|一百[几多])"
                                  r"(?=岁|周岁|了|啦|[ \t，,。.!！?？]|$)|(?<![一二三四五六七八九十])(九十有[一二三四五六七八九])")
_R7_ANONYMISED = re.compile(r"[" + _CJK + r"]{1,2}(?:某某|某|XX|xx|××|\*\*|＊＊)")
# 13. (voices blind7 did not use) A message in capitals: ages in words in any case ("MY DAD IS NINETY FOUR"), and a
#     name after a strong cue (NAME:, THIS IS, MY NAME IS, I AM, CALL, PATIENT) with a title or a lexicon first name;
#     dialect and net-speak first persons before a name (阮叫, 偶系, 吾名, 鄙人), and 我姓X，叫XYZ.
_R7_CAPS_NAME = re.compile(r"(?:\bNAME[ \t]*[:=]|\bMY NAME IS|\bTHIS IS|\bI AM|\bI'M|\bIM|\bIT'S|\bITS|\bPATIENT(?: NAME)?[ \t]*[:=]?|"
                           r"\bCALL|\bFROM|\bSPEAK TO|\bASK FOR)[ \t]+((?:(?:MR|MRS|MS|MISS|DR|MX|PROF|AUNTY|UNCLE)\.?[ \t]+)?"
                           r"[A-Z][A-Z'\-]+(?:[ \t]+[A-Z][A-Z'\-]+){0,3})")
_R7_CAPS_STOP = {"my", "is", "and", "on", "at", "the", "number", "phone", "tel", "dob", "born", "age", "aged", "from", "here",
                 "please", "pls", "asap", "today", "tomorrow", "about", "re", "regarding", "calling", "ringing", "back", "me",
                 "us", "again", "now", "thanks", "thank", "you", "in", "for", "to", "or", "with", "who", "because", "sorry"}
_R7_ZH_DIALECT_NAME = re.compile(r"(?:阮|偶|吾|鄙人|在下|小弟|小女子|本姑娘|人家)(?:叫|叫做|系|是|名叫|名)(" + _ZH_FUNCTION_START + _ZH_NAME_CORE + ")"
                                 r"|(?:我|本人)姓[" + _CUED_SURNAMES + r"][，,、 \t]*(?:叫|名叫|全名)(" + _ZH_NAME_CORE + ")")
# 14. Dates with the month abbreviated between hyphens ("03-Feb-52", "03-FEB-1952", as clinical letters write them) and
#     Chinese dates with a two-digit year ("52年2月3日", "五二年二月三日"); a kin word ("Nan, 93, fell") is not a name.
_R7_HYPHEN_MONTH_DATE = re.compile(r"(?i)(?<![A-Za-z0-9])(?:0?[1-9]|[12]\d|3[01])([\-/])" + _MONTH + r"\1(?:19|20)?\d\d(?![A-Za-z0-9])")
_R7_ZH_SHORT_YEAR_DATE = re.compile(r"(?<![0-9一二三四五六七八九〇零])(?:\d{2}|[一二三四五六七八九〇零]{2})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
                                    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]")
_R7_KIN_WORDS = {"nan", "nana", "nanna", "gran", "granny", "grandma", "grandad", "granddad", "grandpa", "mum", "mom", "mam",
                 "dad", "da", "papa", "mama", "nanny", "gramps", "pops"}
# 15. A full name with no cue at all, as the subject of something a person does ("Kwame Mensah left his CPAP here",
#     "Aiyana Redcloud rang twice"): two or three capitalised words, none a common, place or organisation word, at a
#     clause start and before a person's verb.
_R7_PERSON_VERB = (r"(?:left|rang|called|phoned|came|come|dropped|visited|texted|emailed|e-mailed|said|says|asked|asks|wants|needs|"
                   r"fell|collapsed|died|passed away|was admitted|was seen|was discharged|is coming|is here|was here|has been|"
                   r"lost|forgot|brought|picked up|signed|booked|cancelled|missed|arrived|waited|complained)")
_R7_BARE_NAME = re.compile(r"(?:^|(?<=[,;:.!?]\s)|(?<=\n)|(?<=\band\s)|(?<=\bthat\s))(" + r"[" + _UPPER + r"][a-zà-ÿ'\-]{1,20}"
                           r"(?:[ \t]+[" + _UPPER + r"][a-zà-ÿ'\-]{1,20}(?:-[" + _UPPER + r"][a-zà-ÿ]{1,20})?){1,2})[ \t]+" + _R7_PERSON_VERB + r"\b")
_R7_ORG_WORDS = {"mail", "post", "office", "royal", "national", "council", "care", "street", "road", "bank", "house", "home", "court",
                 "college", "university", "school", "police", "fire", "ambulance", "airways", "airlines", "express", "news",
                 "radio", "tv", "group", "company", "ltd", "inc", "church", "saint", "st", "north", "south", "east", "west",
                 "new", "old", "great", "little", "general", "district", "county", "city", "town", "village", "park", "hall",
                 "support", "desk", "reception", "security", "admin", "billing", "finance", "records", "housing", "benefits",
                 "amazon", "google", "apple", "microsoft", "uber", "tesco", "boots", "sainsbury's", "asda", "christmas", "easter",
                 "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                 "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_R7_SHAPES_A_CUE_BEATS = ("SSN", "PHONE", "ACCOUNT", "HEALTH_PLAN", "DATE")


def _r7_extend_address(text: str, end: int) -> int:
    """Where an English address that ends at `end` really ends: through localities and a postcode to a sentence end."""
    best = end
    pos = end
    # a block or tower number right after the word ("Wah Fu Estate Block 4")
    block = re.match(r"[ \t]+\d{1,3}[A-Z]?(?![\dA-Za-z])", text[pos:]) if re.search(r"(?:Block|Blk|Tower|Phase)$", text[:pos]) else None
    if block:
        pos += block.end()
        best = pos
    for _ in range(3):
        locality = _R7_COUNTY.match(text, pos) or _R7_LOCALITY.match(text, pos)
        if not locality:
            break
        pos = locality.end()
        tail = _R7_POSTCODE_TAIL.match(text, pos)
        if tail and _R7_ADDRESS_END.match(text, tail.end()):
            return tail.end()
        if _R7_ADDRESS_END.match(text, pos):
            best = pos
    tail = _R7_POSTCODE_TAIL.match(text, best)
    if tail and _R7_ADDRESS_END.match(text, tail.end()) and tail.group(0).strip()[:1] != "," and best > end:
        return tail.end()
    return best


def _round7_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-7 candidates added to `out`, and the round-7 corrections of spans already there."""
    found: list[tuple[int, int, str]] = []
    cued: set[tuple[int, int]] = set()
    for regex in (_R7_MONTH_DATE,):
        found.extend((m.start(), m.end(), "DATE") for m in regex.finditer(text))
    for regex in (_R7_HYPHEN_MONTH_DATE, _R7_ZH_SHORT_YEAR_DATE):
        found.extend((m.start(), m.end(), "DATE") for m in regex.finditer(text))
    found.extend((*m.span(1), "IP") for m in _R7_GLUED_IP.finditer(text))
    found.extend((*m.span(1), "IP") for m in _R7_IP_PORT.finditer(text) if all(int(p) < 256 for p in m.group(1).split(":")[0].split(".")))
    found.extend((*m.span(1), "AGE") for m in _R7_ZH_AGE_END.finditer(text))
    found.extend((*m.span(m.lastindex), "AGE") for m in _R7_ZH_AGE_CLASSICAL.finditer(text))
    found.extend((*m.span(m.lastindex), "NAME") for m in _R7_ZH_DIALECT_NAME.finditer(text))
    if text.isupper() and len(text.lower()) == len(text):
        lower = text.lower()
        for kind, regex in _SIMPLE:
            if kind == "AGE":
                found.extend((*m.span(1 if regex.groups else 0), "AGE") for m in regex.finditer(lower))
        for m in _R7_CAPS_NAME.finditer(text):
            words = m.group(1).split()
            titled = words[0].rstrip(".").lower() in {"mr", "mrs", "ms", "miss", "dr", "mx", "prof", "aunty", "uncle"}
            name_words = words[1:] if titled else words
            kept = []
            for word in name_words:
                if word.lower() in _R7_CAPS_STOP or word.lower() in _NOT_NAMES or word.lower() in _NEVER_IN_NAMES:
                    break
                kept.append(word)
            if kept and (titled or kept[0].lower() in FIRST_NAMES or m.group(0).startswith(("NAME", "MY NAME", "PATIENT"))):
                start = m.start(1) + (m.group(1).index(name_words[0]) if titled else 0)
                found.append((start, start + len(" ".join(kept)), "NAME"))
    for regex in (_R7_DISPLAY_NAME, _R7_HEADER_NAME):
        for m in regex.finditer(text):
            name = _trim_name(m.group(1), text.isupper())
            if name and not any(w.lower().rstrip(".,") in _NEVER_IN_NAMES | _NOT_NAMES for w in name.split()[:1]):
                found.append((m.start(1), m.start(1) + len(name), "NAME"))
    if not text.isupper():
        for m in _R7_BARE_NAME.finditer(text):
            words = [w.lower() for w in m.group(1).replace("-", " ").split()]
            if not any(w in _NOT_NAMES or w in _NEVER_IN_NAMES or w in _R7_ORG_WORDS or w in _R7_KIN_WORDS for w in words) \
                    and not _R6_PLACE_NAMES.fullmatch(m.group(1)):
                found.append((*m.span(1), "NAME"))
    for m in _R7_LIVES_AT.finditer(text):
        found.append((m.start(1), _r7_extend_address(text, m.end(1)), "ADDRESS"))
    # only a spelled "dot" or a bracketed "at" makes a match count (below), so a text with neither is not scanned
    spelled = re.search(r"(?i)dot|[\[({]at[\])}]", text)
    for m in _R7_SPELLED_EMAIL.finditer(text) if spelled else ():
        # written out on purpose: a spelled "dot"/"at" or a bracketed one (a plain address is the EMAIL rule's)
        # ("results at www.example.org" is a place, not an address: a bare " at " needs a spelled " dot " too)
        if re.search(r"(?i)[ \t\[({]dot[ \t\])}]|[\[({]at[\])}]", m.group(0)):
            found.append((m.start(), m.end(), "EMAIL"))
    found.extend((m.start(), m.end(), "PHONE") for m in _R7_BRACKET_LANDLINE.finditer(text))
    for start, end, kind in list(out) + found:
        if kind == "PHONE":
            extension = _R7_EXTENSION.match(text, end)
            if extension:
                found.append((start, extension.end(), "PHONE"))
    for regex, kind in ((_R7_MESSAGING, "ID"), (_R7_ID_VALUE, "ID"), (_R7_INSURANCE, "HEALTH_PLAN"), (_R7_VEHICLE, "VEHICLE"),
                        (_R7_ZH_MACHINE, "DEVICE")):
        for m in regex.finditer(text):
            if kind == "VEHICLE" and not text.isupper() and m.group(1).isdigit():
                continue
            found.append((*m.span(1), kind))
            cued.add(m.span(1))
    if not text.isupper():
        for regex in (_R7_PAPERWORK, _R7_PERSON_IS):
            for m in regex.finditer(text):
                name = _trim_name(m.group(1), False)
                words = name.split()
                if name and (len(words) >= 2 or words[0].lower() in FIRST_NAMES) and \
                        not any(w.lower().rstrip(".,") in _NEVER_IN_NAMES | _NOT_NAMES for w in words[:1]):
                    found.append((m.start(1), m.start(1) + len(name), "NAME"))
    for regex, kind, group in ((_R7_ZH_HONORIFIC, "NAME", 1), (_R7_ZH_KIN_NAME, "NAME", 1), (_R7_ZH_AGE, "AGE", 1),
                               (_R7_ZH_BLOCK_ADDRESS, "ADDRESS", 1), (_R7_STREET_FIRST, "ADDRESS", 0), (_R7_TW_ADDRESS, "ADDRESS", 0)):
        for m in regex.finditer(text):
            start, end = m.span(group)
            if kind == "ADDRESS" and group == 0:
                end = _r7_extend_address(text, end)
            found.append((start, end, kind))
    id_spans = [(s, e) for s, e, k in out if k in ("MRN", "ID", "SSN", "HEALTH_PLAN", "ACCOUNT", "PHONE")] + list(cued)
    fixed: list[tuple[int, int, str]] = []
    for start, end, kind in out:
        if kind == "NAME":
            title = _R7_TITLE_LEAD.match(text, start)
            if title and title.end() < end:
                start = title.end()
            # "Leilani Bautista PO Box": a short all-capitals word after a name is not part of it
            trailing = re.search(r"[ \t]+[A-Z]{1,3}$", text[start:end])
            if trailing and " " in text[start:end - len(trailing.group(0))]:
                end -= len(trailing.group(0))
            more = re.match(r"[ \t]+((?:" + _R7_PARTICLE + r")[ \t]+)?([" + _UPPER + r"][" + _LETTER.replace("A-Z", "") +
                            r"'\-]{1,24})(?![" + _LETTER + r"])", text[end:])
            # one more capitalised word after a name of two or three words, or a particle surname after a given name
            if more and (1 if more.group(1) else 2) <= len(text[start:end].split()) <= 3 and \
                    more.group(2).lower() not in _NOT_NAMES | _NEVER_IN_NAMES and not text.isupper():
                fixed.append((start, end + more.end(), kind))
        elif kind == "ADDRESS":
            lead = _R7_ZH_VERB_LEAD.match(text[start:end])
            if lead:
                start += lead.end()
            inside = [e for s, e in id_spans if start <= s < end and e <= end]
            if inside:
                # the address starts at the first house number after the last identifier inside it
                after = max(inside)
                number = re.search(r"(?:^|,[ \t]*)(\d{1,5}[A-Za-z]?[ \t]+[" + _UPPER + r"])", text[after:end])
                if not number:
                    continue
                start = after + number.start(1)
            if re.match(r"[0-9A-Za-z]", text[start:start + 1] or "-") and not re.search(r"[" + _CJK + r"]", text[start:end]):
                end = _r7_extend_address(text, end)
        fixed.append((start, end, kind))
    fixed = [c for c in fixed if not ((c[0], c[1]) in cued and c[2] in _R7_SHAPES_A_CUE_BEATS)]
    # a title is never inside a NAME span, whichever rule found the name ("driver is Aunty X")
    untitled = []
    for start, end, kind in fixed + found:
        if kind == "NAME" and (_R7_ANONYMISED.fullmatch(text[start:end]) or text[start:end].lower() in _R7_KIN_WORDS):
            continue  # "患者王某某": already anonymised; "Nan, 93": a kin word
        title = _R7_TITLE_LEAD.match(text, start) if kind == "NAME" else None
        untitled.append((title.end() if title and title.end() < end else start, end, kind))
    return untitled


# --- round 8 (blind batch 8) ---------------------------------------------------------------------------
# Classes blind8 (spent) found missing, each written down as a concept before it was coded:
# 1. Any id-shaped token (a letter-and-digit code, a handle with an underscore, or digit groups of 7+ digits) after any
#    number label (ID, ID no., ref/reference, 证件, 编号, 号码, 我的号): the label names an identifier even when the shape
#    looks like a phone or an SSN. A reference on a letter from a hospital or clinic is a record number (MRN); any
#    other is an ID. A check character in brackets glued to an id ("HN17723918(4)", "(X)") is part of it.
# 2. Messaging handles wherever they are offered: "add me, it's X", "WeChat 是 X", a WeChat "wxid_" id, an @handle on a
#    named platform or alone; and a number offered to be added (我的号是…，加我).
# 3. An e-mail spelled out with its separators in words ("jo underscore bloggs at mail dot com", dash, hyphen).
# 4. An IP with its port at the end of a sentence ("on 10.0.0.7:8080.").
# 5. An address is one span across its parts: a building line and a street line joined by a comma, a unit after the
#    street ("St NE, Apt 5B"), a postal district after the town ("Dublin 6") or an Eircode; a Chinese address keeps a
#    Hong Kong / Macau prefix (as the English HK region stays inside) and runs on through block, floor and flat
#    (第二座5楼A).
# 6. Names: "<Full Name> is 96" (the name and, over 89, the age), a bracketed age after a name ("(96)"), a name closed
#    by "here" after any greeting, a sign-off name followed by contact details on the same line, a recipient before
#    "at <address>" ("send the letter to X Y at PO Box"), Singlish and other kin words before a name (ah ma, ah gong,
#    amah, lola, nonna), more particles (binte, bte, a/l, a/p, s/o, d/o), any 阿+kin before a Chinese name (阿嬤).
#    A capitalised product name before a serial label ("AirSense 10 S/N ...") is a device, never a NAME.
# 7. Chinese lunar dates (一九三六年腊月初八) and vehicle plates after parking/driving words, Singapore and Indian
#    shapes included ("parked SGX1234A", "taxi DL 1C AA 4421"); a phone glued to Chinese calling words (致电6688 1234联络我).
_R8_CHECK = r"(?:[(（][0-9A-Za-z][)）])?"
_R8_ID_SHAPE = (r"((?=[A-Za-z0-9_\-]{0,30}\d)[A-Za-z][A-Za-z0-9_\-]{3,30}[A-Za-z0-9]" + _R8_CHECK +
                r"|[A-Za-z]{1,3}[ \t\-]?\d{3,4}(?:[ \t\-]\d{2,5}){1,3}|\d{6,18}" + _R8_CHECK + r"|\d{2,6}(?:[ \t\-]\d{2,5}){1,4}" +
                r"|[a-z][a-z0-9]{1,20}(?:[_.][a-z0-9]{1,20}){1,3})(?![A-Za-z0-9_@(（])")
_R8_ID_LABEL = re.compile(
    r"(?:(?i:\b(?:(?:my|his|her|their|our|the|your)[ \t]+)?(?:id|i\.d\.)(?:[ \t]+(?:number|no\.?|#|card))?|"
    r"\bref(?:erence)?(?:[ \t]+(?:number|no\.?|#))?(?:[ \t]+on[ \t]+(?:the|my|his|her|your)[ \t]+\w+)?)"
    r"|证件(?:号码?)?|编号|号码|我的号|(?:他|她|我)的号)"
    r"(?:(?:[ \t]*(?:is|was|:|：|=|#|是|为|系))?[ \t]*)" + _R8_ID_SHAPE)
_R8_KINDS_A_LABEL_KEEPS = ("DEVICE", "VEHICLE", "HEALTH_PLAN", "MRN", "ACCOUNT", "LICENSE", "FAX")
_R8_MRN_CONTEXT = re.compile(r"(?i:letter|hospital|clinic|record|patient|\bpt\b|ward|referral|appointment|discharge|outpatient|"
                             r"surgery|gp|nhs|病历|医院|住院|门诊|病人|患者)")
_R8_HANDLE = r"(@?[A-Za-z][A-Za-z0-9_\-.]{2,30}[A-Za-z0-9])(?![A-Za-z0-9_@])"
_R8_ADD_ME = re.compile(r"(?:(?i:\badd[ \t]+(?:me|us|him|her)\b[^.\n@]{0,12}?(?:it'?s|its|is|:|at|on|as)|"
                        r"\b(?:wechat|weixin|line|telegram|insta(?:gram)?|ig|snapchat|tiktok|twitter|kakao)[ \t]*(?:id|handle|username|name)?"
                        r"[ \t]*(?:is|:|=|as|under))|(?:微信|Line|LINE|QQ)号?[ \t]*(?:是|为|:|：))[ \t]*" + _R8_HANDLE)
_R8_ZH_HANDLE = re.compile(r"(?i:\b(?:wechat|weixin|line|ig|insta(?:gram)?)\b)[ \t]*(?:号|ID|id)?[ \t]*(?:是|为|系|:|：)[ \t]*" + _R8_HANDLE)
_R8_WXID = re.compile(r"(?<![A-Za-z0-9_])(wxid_[A-Za-z0-9_]{3,30})(?![A-Za-z0-9_])")
# the "@" stays inside a handle's span, as round 6 set it ("my Line: @kellyw")
_R8_AT_HANDLE = re.compile(r"(?<![A-Za-z0-9_.@])(@[A-Za-z][A-Za-z0-9_.]{2,29}[A-Za-z0-9_])(?![A-Za-z0-9_@.])")
_R8_NUMBER_TO_ADD = re.compile(r"(?:我的|他的|她的)?(?:号|号码|账号|帐号)(?:是|为|:|：)[ \t]*(\d[\d \t\-]{5,20}\d)(?!\d)(?=[^。\n]{0,8}加)")
_R8_SPELLED_EMAIL = re.compile(r"(?i)(?<![A-Za-z0-9_.])[A-Za-z0-9]{1,40}(?:[ \t]+(?:underscore|dash|hyphen|dot|period)[ \t]+"
                               r"[A-Za-z0-9]{1,40}){1,3}[ \t]+at[ \t]+[A-Za-z0-9\-]{1,40}(?:[ \t]+dot[ \t]+[A-Za-z0-9\-]{1,40}){0,3}"
                               r"[ \t]+dot[ \t]+" + _R7_TLD + r"(?![A-Za-z0-9])")
_R8_IP_PORT = re.compile(r"(?<![A-Za-z0-9.])((?:\d{1,3}\.){3}\d{1,3}:\d{1,5})(?!\d|\.\d)")
_R8_UNIT_AFTER = re.compile(r"(?:[ \t]+(?:NE|NW|SE|SW|N|S|E|W)\b\.?)?,?[ \t]*(?i:apt|apartment|unit|suite|ste|flat|fl|floor|rm|room|#)"
                            r"\.?[ \t]*#?[A-Z0-9][A-Za-z0-9\-]{0,5}(?![A-Za-z0-9])")
_R8_UNIT_LINE_BEFORE = re.compile(r"(?<![A-Za-z])(?:Flat|Apt|Apartment|Unit|Suite|Room|Rm)\.?[ \t]*#?[A-Z0-9][A-Za-z0-9\-]{0,4},[ \t]*"
                                  r"(?:[A-Z][A-Za-z'\-]+(?:[ \t]+[A-Z][A-Za-z'\-]+){0,3},[ \t]*)?$")
_R8_COMPASS_AFTER = re.compile(r"[ \t]+(?:NE|NW|SE|SW)(?![A-Za-z0-9])")
_R8_DISTRICT_AFTER = re.compile(r"(?:[ \t]+\d{1,2}[A-Z]?|,?[ \t]+[AC-FHKNPRTV-Y]\d{2}[ \t]?[AC-FHKNPRTV-Y0-9]{4})(?![A-Za-z0-9])")
_R8_ZH_REGION_BEFORE = re.compile(r"(?:香港|澳门|九龙|新界|港岛)$")
_R8_ZH_FLAT_AFTER = re.compile(r"(?:第?[一二三四五六七八九十\d]{1,3}(?:座|栋|幢|期|单元|号楼|楼|层|室|号)|[A-Z](?:座|室)?(?![A-Za-z0-9]))+")
_R8_PARTICLES = r"(?:binte|binti|bte|bin|bt|a/l|a/p|s/o|d/o|dela|de la|del|van der|van|von|de|da|ibn|bint|al|el|ni|nic|ó)"
_R8_FULL_NAME = (r"[" + _UPPER + r"][" + _LETTER + r"'’\-]{1,24}(?:[ \t]+(?:" + _R8_PARTICLES + r"[ \t]+)?[" + _UPPER + r"][" + _LETTER +
                 r"'’\-]{1,24}){1,3}")
_R8_NAME_IS_AGE = re.compile(r"(?:^|(?<=[\n,;:(]\s)|(?<=\n)|(?<=[.!?]\s))(" + _R8_FULL_NAME + r")[ \t]+(?:is|was|turned|turns|"
                             r"will be|is now|'s)[ \t]+(\d{1,3})(?=[ \t]*(?:[,.;!?)]|$|now\b|today\b|this year\b|next\b|years?\b|"
                             r"yrs?\b|yo\b|and\b))")
_R8_CHECK_AFTER = re.compile(r"[(（][0-9A-Za-z][)）]")
_R8_ISSUE_DIGIT = re.compile(r"[ \t]\d(?=[ \t]*(?:[.,;)\n]|$))")
_R8_IS_AGE_AFTER = re.compile(r"[ \t]+(?:is|was|turned|turns|will be|is now|'s)[ \t]+(9\d|1[01]\d)(?=[ \t]*(?:[,.;!?)]|$|now\b|"
                              r"today\b|this year\b|next\b|years?\b|yrs?\b|and\b))")
_R8_BRACKET_AGE = re.compile(r"[ \t]*[(（](9\d|1[01]\d)[)）]")
_R8_HERE_NAME = re.compile(r"(?im:^[ \t>]*(?:(?:hi|hello|hey|hiya|g'?day|morning|evening|afternoon|howdy|yo|oi|greetings|"
                           r"good (?:morning|afternoon|evening)|hi all|hi there|hello there|dear all)[ \t]*(?:all|folks|mate|y'all|"
                           r"everyone|team|doc)?[ \t]*[,!.\-]+[ \t]*)?)(" + _CAP_NAME + r")(?=[ \t]+(?i:here)\b)")
_R8_SIGNOFF_CONTACT = re.compile(r"(?im:\b(?:thanks|thank you|many thanks|regards|best regards|kind regards|warm regards|"
                                 r"best wishes|cheers|sincerely|yours sincerely|yours faithfully|yours truly|love)[ \t]{0,8}"
                                 r"[,!.\-]?[ \t]{0,8})(" + _R8_FULL_NAME + r")(?=[ \t]*[,;|/\-][ \t]*(?:[\w.+\-]+@|\+?\d|tel|"
                                 r"phone|mob|email|e-mail|www\.|http))")
# (probed) ranks and clerical or civic titles before a full name, with "(retd)" ("Cdr. (retd) Hugh Fanshawe-Lyle"), and
# a kin word's name given at a clause end after "is" ("my gran, 101 this May, is Winifred Ashdown")
_R8_RANK_NAME = re.compile(r"(?<![A-Za-z])(?:Cdr|Cmdr|Col|Capt|Maj|Lt|Lieut|Gen|Brig|Rev|Revd|Sgt|Cpl|Cllr|Fr|Canon|Rabbi|Imam|Pastor|"
                           r"Judge|Hon|Sir|Dame|Lord|Lady)\.?(?:[ \t]+\((?:retd|ret|rtd|ret'd)\.?\))?[ \t]+(" + _R8_FULL_NAME + r")")
_R8_KIN_IS_NAME = re.compile(r"(?i:\b(?:my|his|her|our|their)[ \t]+(?:gran|granny|grandma|grandmother|grandad|granddad|grandpa|"
                             r"grandfather|nan|nana|mum|mom|mam|mother|dad|father|wife|husband|partner|son|daughter|brother|sister|"
                             r"uncle|aunt|auntie|aunty|neighbour|neighbor|friend|carer|patient)\b)[^.\n]{0,30}?\bis[ \t]+"
                             r"(" + _R8_FULL_NAME + r")(?=[ \t]*(?:[.,;!?]|$))")
_R8_RECIPIENT = re.compile(r"(?i:\b(?:send|post|mail|address|forward|deliver|write|return|courier)\b[^.\n]{0,30}?\bto)[ \t]+"
                           r"(" + _R8_FULL_NAME + r")(?=[ \t]+(?:at|c/o|care of)[ \t]+(?i:p\.?o\.?[ \t]*box|\d|flat|apt|unit))")
_R8_KIN_NAME = re.compile(r"(?i:\b(?:my|his|her|our|their)[ \t]+(?:ah[ \t]?(?:ma|mah|gong|kong|pa|ba|po|ku|yi|ee|sim|pek|chek|soh|"
                          r"por|mak|ma)|amah|popo|gonggong|yeye|nainai|lola|lolo|abuela|abuelo|abuelita|oma|opa|nonna|nonno|baba|"
                          r"dadi|nani|ammi|abbu|appa|amma|thatha|paati|tita|tito|tata|babcia|dziadek|yaya|mormor|farfar|bubbe|"
                          r"zayde|kuia|koro|tupuna|mam|mum|mom|mother|dad|father|da|wife|husband|partner|son|daughter|brother|"
                          r"sister|uncle|aunt|auntie|aunty|grandson|granddaughter|nephew|niece|cousin|neighbour|neighbor|friend|"
                          r"carer|lodger|flatmate|patient|client|resident)[ \t]+)(" + _R8_FULL_NAME + r")")
# a two-character name needs a stronger close than a comma: "阿姨高烧，" is a fever, not Ms Gao Shao
_R8_ZH_KIN_NAME = re.compile(r"阿[嬷嫲妈爸公婆伯姨叔婶爷奶姑舅嫂][ \t]*((?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _SURNAMES + r"])"
                             r"(?![" + _ZH_STOP + r"])[" + _CJK + r"](?:(?![" + _ZH_STOP + r"])[" + _CJK + r"](?=的|嘅|个|,|，|。|说|话|今年|已经|住|[0-9一二三四五六七八九十]{1,3}岁)|"
                             r"(?=今年|已经|住|[0-9一二三四五六七八九十]{1,3}岁)))")
_R8_LUNAR_DATE = re.compile(r"(?:(?:农历|阴历|旧历)?(?:[一二三四五六七八九〇零]{4}|\d{4})年)?(?:农历|阴历|旧历)?(?:正|一|二|三|四|五|六|七|八|九|十|十一|十二|冬|腊|闰[一二三四五六七八九十]{1,2})月"
                            r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|廿[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十)")
_R8_PLATE = re.compile(r"(?i:\b(?:parked|parks|parking|park|taxi|cab|car|van|ute|reg|rego|plate|plates|vehicle|driving|drives|drove|"
                       r"motorbike|scooter|lorry|truck)\b(?:[ \t]+(?:is|was|number|no\.?|in|at|on))?[ \t]*[:#]?[ \t]+)"
                       r"((?-i:(?=(?:[A-Z0-9][ \-]?){5,12})(?=[A-Z \-]{0,8}\d)[A-Z]{1,3}[ \-]?\d{1,4}(?:[ \-]?[A-Z]{1,3}){0,2}(?:[ \-]?\d{1,4})?))"
                       r"(?![A-Za-z0-9])")
_R8_ZH_CALL = re.compile(r"(?:致电|来电|拨打|拨|打电话(?:给|到)?|打给|联络|联系)[ \t:：]*(\+?\d{3,4}[ \t\-]?\d{4}(?:[ \t\-]?\d{3,4})?)(?!\d)")
# the serial may already be a token when the redacted text is scanned again
_R8_DEVICE_LABEL_AHEAD = re.compile(r"(?:[ \t]+[A-Za-z0-9:.\-]{1,12}){0,3}[ \t]+(?:(?i:serial|s/n|sn|序列号|序号|型号|model)(?![A-Za-z])|"
                                    r"\[DEVICE\])")


def _r8_merge_addresses(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ADDRESS spans joined only by a comma are one address (a building line, then its street line)."""
    addresses = sorted(c for c in spans if c[2] == "ADDRESS")
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in addresses:
        if merged and merged[-1][1] <= start and re.fullmatch(r",[ \t]*", text[merged[-1][1]:start]):
            merged[-1] = (merged[-1][0], end, kind)
        else:
            merged.append((start, end, kind))
    return [c for c in spans if c[2] != "ADDRESS"] + merged


def _r8_name_ok(name: str) -> bool:
    """A name candidate none of whose words is a common, kin, place or organisation word."""
    words = [w.lower().strip(".,'’") for w in name.split()]
    return bool(words) and not any(w in _NOT_NAMES or w in _NEVER_IN_NAMES or w in _R7_ORG_WORDS or w in _R7_KIN_WORDS
                                   for w in words) and not _R6_PLACE_NAMES.fullmatch(name)


_R8_PLATE_WORDS = ("park", "taxi", "cab", "car", "van", "ute", "reg", "plate", "vehicle", "driv", "drove", "motorbike", "scooter",
                   "lorry", "truck")


def _has(lower: str, *words: str) -> bool:
    """Whether any of the words occurs in the lower-cased text (a cheap gate before a regex scan)."""
    return any(word in lower for word in words)


def _round8_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-8 candidates added to `out`, and the round-8 corrections of spans already there."""
    found: list[tuple[int, int, str]] = []
    lower = text.lower()
    # Each pattern runs only when a word it needs is in the text: a substring test costs far less than a scan.
    for m in _R8_ID_LABEL.finditer(text) if _has(lower, "id", "i.d.", "ref", "证件", "编号", "号码", "的号") else ():
        value = m.group(1)
        if sum(ch.isdigit() for ch in value) < (1 if "_" in value else 5 if value[:1].isdigit() else 3):
            continue  # "ID is fine", "ref 12": an id has digits enough to pick one person out
        # the label's own words decide first (医院编号, hospital ID), then, for a reference, the sentence around it
        before = text[max(0, m.start() - 12):m.start(1)]
        sentence = re.split(r"[.!?。！？\n]", text[max(0, m.start() - 60):m.end() + 60])
        record = _R8_MRN_CONTEXT.search(before) or (re.match(r"(?i:ref)", m.group(0)) and _R8_MRN_CONTEXT.search(" ".join(sentence)))
        kind = "MRN" if record else "ID"
        # a more specific cue already named this value (呼吸机编号, 车牌号码, insurance ID): its kind stands
        start, end = m.span(1)
        named = [k for s0, e0, k in out if s0 < end and start < e0 and k in _R8_KINDS_A_LABEL_KEEPS]
        found.append((start, end, named[0] if named else kind))
    handles = _has(lower, "add", "wechat", "weixin", "line", "telegram", "insta", "ig", "snapchat", "tiktok", "twitter", "kakao",
                   "微信", "qq")
    for regex in (_R8_ADD_ME, _R8_ZH_HANDLE) if handles else ():
        for m in regex.finditer(text):
            handle = m.group(1)
            if re.search(r"[\d_]", handle) or handle.startswith("@"):
                found.append((*m.span(1), "ID"))
    for regex, kind, words in ((_R8_WXID, "ID", ("wxid_",)), (_R8_AT_HANDLE, "ID", ("@",)), (_R8_NUMBER_TO_ADD, "ID", ("加",)),
                               (_R8_IP_PORT, "IP", (":",)), (_R8_PLATE, "VEHICLE", _R8_PLATE_WORDS),
                               (_R8_ZH_CALL, "PHONE", ("致电", "来电", "拨", "打电话", "打给", "联络", "联系")),
                               (_R8_ZH_KIN_NAME, "NAME", ("阿",))):
        for m in regex.finditer(text) if _has(lower, *words) else ():
            if kind != "IP" or all(int(p) < 256 for p in m.group(1).split(":")[0].split(".")):
                found.append((*m.span(1), kind))
    if _has(lower, " at ") and _has(lower, "underscore", "dash", "hyphen", "dot", "period"):
        found.extend((m.start(), m.end(), "EMAIL") for m in _R8_SPELLED_EMAIL.finditer(text))
    if "月" in text:
        found.extend((m.start(), m.end(), "DATE") for m in _R8_LUNAR_DATE.finditer(text))
    if not text.isupper():
        name_rules = ((_R8_HERE_NAME, ("here",)), (_R8_SIGNOFF_CONTACT, ("thank", "regards", "wishes", "cheers", "sincerely",
                                                                          "yours", "love")),
                      (_R8_RECIPIENT, (" to ",)), (_R8_KIN_NAME, ("my ", "his ", "her ", "our ", "their ")),
                      (_R8_RANK_NAME, ("cdr", "cmdr", "col", "capt", "maj", "lt", "lieut", "gen", "brig", "rev", "sgt", "cpl",
                                       "cllr", "fr", "canon", "rabbi", "imam", "pastor", "judge", "hon", "sir", "dame", "lord",
                                       "lady")),
                      (_R8_KIN_IS_NAME, (" is ",)))
        for regex, words in name_rules:
            for m in regex.finditer(text) if _has(lower, *words) else ():
                name = _trim_name(m.group(1), False) if regex is _R8_HERE_NAME else m.group(1)
                if name and _r8_name_ok(name) and (len(name.split()) >= 2 or name.split()[0].lower() in FIRST_NAMES):
                    found.append((m.start(1), m.start(1) + len(name), "NAME"))
        for m in _R8_NAME_IS_AGE.finditer(text):
            if _r8_name_ok(m.group(1)):
                found.append((*m.span(1), "NAME"))
                if 89 < int(m.group(2)) < 120:
                    found.append((*m.span(2), "AGE"))
    fixed: list[tuple[int, int, str]] = []
    for start, end, kind in out + found:
        if kind in ("ID", "MRN", "HEALTH_PLAN"):
            check = _R8_CHECK_AFTER.match(text, end)
            if check and "(" not in text[start:end] and "（" not in text[start:end]:
                end = check.end()
            # a spaced number's last single digit ("2123 45670 1": a Medicare issue number) when the number ends there
            issue = _R8_ISSUE_DIGIT.match(text, end) if re.search(r"\d[ \t]\d{2,}$", text[start:end]) else None
            if issue:
                end = issue.end()
        elif kind == "NAME":
            # "AirSense 10 S/N ...", "Device Phonak Audéo P90 SN ...": a product before its serial label
            # (round 48: a person's title before it makes it a person: "for Mrs X Y - analyser serial ...")
            if (_R8_DEVICE_LABEL_AHEAD.match(text, end) and not re.search(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.?[ \t]+$", text[max(0, start - 8):start])) \
                    or re.match(r"(?i:device|pump|monitor|model)\b", text[start:end]):
                continue
            age = _R8_BRACKET_AGE.match(text, end) or _R8_IS_AGE_AFTER.match(text, end)
            if age:
                fixed.append((*age.span(1), "AGE"))
        elif kind == "ADDRESS":
            if re.match(r"[0-9A-Za-z]", text[start:start + 1] or "-"):
                # "Apartment 4, Glenview House, 19 Mill Road": the flat and building lines before the street
                unit_line = _R8_UNIT_LINE_BEFORE.search(text, max(0, start - 80), start)
                if unit_line:
                    start = unit_line.start()
                unit = _R8_UNIT_AFTER.match(text, end) or _R8_COMPASS_AFTER.match(text, end)
                if unit:
                    end = _r7_extend_address(text, unit.end())
                district = _R8_DISTRICT_AFTER.match(text, end)
                if district and re.search(r"[a-z]$", text[start:end]) and \
                        re.match(r"[ \t]*(?:[.,;!?\n)]|$|[a-z])", text[district.end():district.end() + 3]):
                    end = district.end()
            else:
                region = _R8_ZH_REGION_BEFORE.search(text, max(0, start - 2), start)
                if region:
                    start = region.start()
                flat = _R8_ZH_FLAT_AFTER.match(text, end)
                if flat:
                    end = flat.end()
        fixed.append((start, end, kind))
    return _r8_merge_addresses(text, fixed)


# Round 9 (blind9's classes). A link typed without a scheme: a dotted host with a letter top-level domain, then a path.
_R9_BARE_URL = re.compile(r"(?<![A-Za-z0-9_@.:/-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,10}"
                          r"/[A-Za-z0-9/?=&%._~+#:;-]*[A-Za-z0-9/=&%_~+#-])")
# An IPv4 network with its prefix length (10.20.0.0/16), and an IPv6 address with a prefix or in brackets with a port.
_R9_IPV4_CIDR = re.compile(r"(?<![\d.])((?:\d{1,3}\.){3}\d{1,3}/\d{1,2})(?![\d/])")
_R9_IPV6_WIDE = re.compile(r"(?<![0-9A-Fa-f:\[])(\[[0-9A-Fa-f:]{2,39}\](?::\d{1,5})?|[0-9A-Fa-f:]{2,39}/\d{1,3})(?![0-9A-Fa-f:/])")
# National ids of other countries, each by its label: Aadhaar, PAN, My Number, SIN, RRN/ARC, RG, MyKad/IC/NRIC, health card.
_R9_NATIONAL_ID = re.compile(
    r"(?:\b(?:Aadhaar|Aadhar|PAN|My[ \t]?Number|SIN|RRN|ARC|RG|CPF|MyKad|NRIC|IC|health[ \t]card)\b"
    r"(?:[ \t]*(?:/[ \t]*RRN|no\.?|number|#))?(?:[ \t]+is)?[ \t]*[:：]?[ \t]*)"
    r"([A-Z]{5}\d{4}[A-Z]|\d[\d .\-]{6,16}\d(?:-[A-Z]{1,3})?)")
# Formats that name themselves without a label: a Brazilian CPF, a Malaysian MyKad, a Korean resident number.
_R9_CPF = re.compile(r"(?<![\d.])(\d{3}\.\d{3}\.\d{3}-\d{2})(?![\d-])")
_R9_BIRTH_DATED_ID = re.compile(r"(?<![\d-])(\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-(?:\d{2}-\d{4}|[1-8]\d{6}))(?![\d-])")
# A post office box, and an address line that opens with a house or unit number in a style other than the UK's:
# "No. 12, Jalan SS 2/24", "H.No. 8-2-293/82, Road No. 12", "A-15-3, Residensi ...", "2-21-1 Shibuya, Shibuya-ku".
_R9_PO_BOX = re.compile(r"\b((?:GPO|P\.?[ \t]?O\.?|PO)[ \t]Box[ \t]\d{1,6})\b")
_R9_UNIT_LEAD = re.compile(
    r"(?<![A-Za-z0-9_/-])((?:[A-Z][a-z]+[ \t](?:Heights|House|Court|Mansion|Mansions|Tower|Residences?|Villas?)[ \t]\d{1,5},[ \t])?"
    r"(?:(?:H\.[ \t]?No\.|No\.|Flat|Villa|Unit|Blk|Block|Lot)[ \t]?[A-Z]?\d[\d/-]*[A-Z]?|[A-Z]-\d{1,4}(?:-\d{1,4})+|\d{1,4}(?:-\d{1,4}){2,3}(?:/\d{1,4})?)"
    r"(?:,?[ \t](?=[A-Z0-9#])(?:[^,.;!?\n，。；]|\.(?=[ \t]?\d)){2,40}){1,4})")
# A segment of such a line that is still the address: it holds a digit or a street, estate or district word.
_R9_ADDRESS_SEGMENT = re.compile(
    r"\d|\b(?:Jalan|Jln|Lorong|Persiaran|Taman|Residensi|Road|Rd|Street|St|Avenue|Ave|Lane|Nagar|Colony|Hills|House|Estate|Court|"
    r"Gardens|Heights|Block|Building|Tower|Mansions?|Villa)\b|-ku\b|-shi\b|-cho\b", re.I)
# A street first, then its number and flat, the Portuguese and Spanish way: "Rua das Flores, 123, apto 42".
_R9_STREET_FIRST = re.compile(r"\b((?:Rua|Avenida|Av\.|Travessa|Alameda|Calle|Carrer|Rue|Via)[ \t][^\d,\n]{2,40},[ \t]\d{1,5}[A-Za-z]?"
                              r"(?:,[ \t](?:apto|apt\.?|ap\.?|sala|bloco|piso|andar)[ \t]?\d{1,5})?)")
# A name after a cue that only a person follows: "registered to", "owner is", "nome", "our IT guy", "member", "for X,".
_R9_NAME_PARTICLES = "(?:de|da|das|do|dos|del|della|di|du|la|le|van|von|der|den|ter|bin|binti|bint|ibn|al|el|ap|ní|nic|mac)"
_R9_NAME_WORD = r"[" + _UPPER + r"][\w'’]*(?:-\w+)*"
_R9_CUED_NAME = re.compile(
    r"(?:\bregistered[ \t]to|\bowner[ \t](?:is|was)|\bnome|\bguy|\bgirl|\bmember|\bPatient|\bfor)[ \t:]+"
    r"(" + _R9_NAME_WORD + r"(?:[ \t](?:" + _R9_NAME_PARTICLES + r"[ \t])*" + _R9_NAME_WORD + r"){1,3})"
    r"(?=[ \t]*(?:[,.;!?()（]|$|\n|says|said|is\b|was\b|from\b|\())")
# A signature line after a mobile footer or before a contact bar: "Chidinma Okonkwo-Eze | +234 ...".
_R9_BAR_NAME = re.compile(r"(?:^|[.!?][ \t]+)(" + _R9_NAME_WORD + r"(?:[ \t]" + _R9_NAME_WORD + r"){1,3})[ \t]*\|", re.M)
# Chinese cues the earlier rounds lacked: 叫/名叫 after a pause, the owner of a car (车主), the addressee (收件人), 找X at a
# clause end, and a transliterated name with a middle dot (买买提·艾力).
_R9_ZH_CUED_NAME = re.compile(r"(?:(?<=[，,。；;])叫|名叫|车主(?:系|是|为)?|收件人[:：]?|找(?=[^，,。]{2,4}(?:[，,。.！!？?]|$))|我是)[ \t]*"
                              r"((?:" + _ZH_COMPOUND_SURNAMES + r"|张简|范姜|[" + _SURNAMES + r"])[" + _CJK + r"]{1,2}|[" + _CJK +
                              r"]{2,4}·[" + _CJK + r"]{2,4})(?=[，,。.、；;！!？?\s]|$|小姐|女士|先生|请|嘅|的)")
_R9_ZH_DOT_NAME = re.compile(r"(?:患者|病人|我是|名叫)[:：]?[ \t]*([" + _CJK + r"]{2,4}·[" + _CJK + r"]{2,4})")
# A Chinese address's tail the earlier rounds stopped before: a sub-number (附3号) or a room after a building (大厦2208).
_R9_ZH_ADDRESS_TAIL = re.compile(r"(?:附\d{1,4}号|(?<=[厦楼座])\d{2,5}(?:室|房)?)")
# An extension after a phone number in Malay or Chinese: "samb. 22", "轉 305".
_R9_EXTENSION = re.compile(r"[ \t]*(?:samb\.?|ext\.?|转|內线|内线|分机)[ \t]*\d{1,6}")
# A hospital's unique health id by its label ("UHID UHID-2025-118822"), and a GS1 device identifier ("(01)0871...(21)A1B2").
_R9_UHID = re.compile(r"\bUHID\b[ \t]*(?:no\.?|number)?[ \t:]*([A-Z]{0,6}-?\d[\d-]{3,20}\d)")
_R9_GS1_UDI = re.compile(r"(\(01\)\d{14}(?:\(\d{2}\)[A-Za-z0-9]{1,20})+)")
# A Minguo (ROC) date of birth: year 1-150 then month and day, after a birth-date cue.
_R9_ROC_DATE = re.compile(r"(?:出生日期|出生|生日|生於|生于)[:：]?[ \t]*(\d{2,3}/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))(?![\d/])")
# A Chinese age in words with 了 after a kin word or 老爷子: "俺爹九十六了".
_R9_ZH_AGE = re.compile(r"(?:爹|娘|妈|爸|老爷子|老太太|奶奶|爷爷|外婆|外公|阿公|阿嬷)((?:一百零?[一二三四五六七八九十]*|[九][十][一二三四五六七八九]?))了")


def _round9_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-9 candidates added to `out`, and the round-9 extensions of spans already there."""
    found: list[tuple[int, int, str]] = []
    lower = text.lower()
    if "/" in text:
        for m in _R9_BARE_URL.finditer(text):
            # a dose or unit ("mg/ml") has no dotted host; a file path has no letter top-level domain before the slash
            found.append((*m.span(1), "URL"))
        for m in _R9_IPV4_CIDR.finditer(text):
            if all(int(part) < 256 for part in m.group(1).split("/")[0].split(".")) and int(m.group(1).split("/")[1]) <= 32:
                found.append((*m.span(1), "IP"))
    if ":" in text:
        for m in _R9_IPV6_WIDE.finditer(text):
            address = m.group(1).lstrip("[").split("]")[0].split("/")[0]
            if address.count(":") >= 2 and _ipv6_ok(address):
                found.append((*m.span(1), "IP"))
    for m in _R9_NATIONAL_ID.finditer(text):
        if sum(ch.isdigit() for ch in m.group(1)) >= 8 or re.fullmatch(r"[A-Z]{5}\d{4}[A-Z]", m.group(1)):
            found.append((*m.span(1), "ID"))
    for regex in (_R9_CPF, _R9_BIRTH_DATED_ID) if "-" in text else ():
        found.extend((*m.span(1), "ID") for m in regex.finditer(text))
    if "uhid" in lower:
        found.extend((*m.span(1), "MRN") for m in _R9_UHID.finditer(text))
    if "(01)" in text:
        found.extend((*m.span(1), "DEVICE") for m in _R9_GS1_UDI.finditer(text))
    if "box" in lower:
        found.extend((*m.span(1), "ADDRESS") for m in _R9_PO_BOX.finditer(text))
    for m in _R9_UNIT_LEAD.finditer(text):
        # keep the segments that are still address (a number, a street or estate word); the town after them is not PHI
        parts = re.split(r"(,)", m.group(1))
        end = m.start(1) + len(parts[0])
        pos = end
        for i in range(1, len(parts) - 1, 2):
            pos += 1
            segment = parts[i + 1]
            # "..., NRIC S1234567D": a labelled id or contact after the address ends it
            if not _R9_ADDRESS_SEGMENT.search(segment) or re.match(r"[ \t]*(?:[A-Z]{2,6}|DOB|tel|mobile|phone|email)\b[ \t:#]", segment):
                break
            # "..., Dublin 6 since March": lower-case words after the last address word are the sentence again
            kept = re.sub(r"[ \t]+(?!(?:de|da|das|do|dos|di|van|bin|binti|al|el)\b)[a-z].*$", "", segment)
            pos += len(segment)
            end = pos - (len(segment) - len(kept))
            if kept != segment:
                break
        lead_words = m.group(1)[:end - m.start(1)]
        if "," in lead_words or re.search(r"[A-Za-z]{3}", lead_words.split(" ", 1)[-1]):
            found.append((m.start(1), end, "ADDRESS"))
    found.extend((*m.span(1), "ADDRESS") for m in _R9_STREET_FIRST.finditer(text))
    if not text.isupper():
        for regex in (_R9_CUED_NAME, _R9_BAR_NAME):
            for m in regex.finditer(text):
                name = m.group(1)
                # a Korean surname that is also an English word ("Park Ji-hoon") is a name before a hyphenated given name
                korean = re.fullmatch(r"(?:Park|Bak|Pak|Song|Jang|Kang|Han|Shin|Seo)[ \t][A-Z][a-z]+-[a-z]+", name)
                if (_r8_name_ok(name) or korean) and not re.search(r"\d", name):
                    found.append((*m.span(1), "NAME"))
    if re.search(r"[" + _CJK + r"]", text):
        for regex in (_R9_ZH_CUED_NAME, _R9_ZH_DOT_NAME):
            found.extend((*m.span(1), "NAME") for m in regex.finditer(text))
        found.extend((*m.span(1), "DATE") for m in _R9_ROC_DATE.finditer(text))
        found.extend((*m.span(1), "AGE") for m in _R9_ZH_AGE.finditer(text))
    fixed: list[tuple[int, int, str]] = []
    for start, end, kind in out + found:
        if kind == "ADDRESS":
            tail = _R9_ZH_ADDRESS_TAIL.match(text, end)
            if tail:
                end = tail.end()
        elif kind == "PHONE":
            extension = _R9_EXTENSION.match(text, end)
            if extension:
                end = extension.end()
        elif kind == "IP":
            # the network prefix or the bracket and port belong to the address
            wider = [f for f in found if f[2] == "IP" and f[0] <= start and end <= f[1] and f[1] - f[0] > end - start]
            if wider:
                continue
        fixed.append((start, end, kind))
    return fixed


# --- round 10 (blind batch 10) --------------------------------------------------------------------------
# Classes blind10 (spent) found, each written down as a concept before it was coded:
# 1. A person named right after the role they play in the message ("Caller X", "pupil X", "the visitor for X",
#    "resident X"), after a kin noun owned by anyone ("caller's grandmother X", "her mother, X,") and after a form or
#    claim label with a colon ("insurance form: X"); the role word itself is not part of the name.
# 2. The Chinese forms of the same: a role noun glued to the name (来电者X, 访客X, 投保人X), a claim or form label
#    with a colon (报销材料：X, 保險理賠：X) and the person a visit is for (来看X的家属, 探望X).
# 3. An age over 89 said right after a name any rule found ("X is 101 and lives ...", "X, is 94").
# 4. An IMEI after its cue, glued, after 号 or a few words on, grouped with dashes or not ("IMEI号3540...",
#    "The IMEI on Dad's alarm is 35-209900-176148-2").
# 5. A serial after a serial cue, glued to Chinese text or after a second "SN:" label ("序號ICD8-603646",
#    "序號SN: TW-88A-117204", "serial SN MMT-1780-55012"): the "SN" label is not part of the serial.
# 6. An id after "my ID, it's" / "my passport, it is": a comma and "it's" between the cue and the value.
# 7. Look-alikes: a dotted number after a version or build word is not a date ("version 4.2.19"), and a cue word
#    ("signed") followed by a preposition ("signed before") has no name after it.
# Hospital department numbers in user text ("Ward phone ...") stay redacted: over-redaction is the safe side.
_R10_ROLE = (r"caller|pupil|student|visitor|resident|tenant|guest|client|learner|trainee|passenger|applicant|claimant|"
             r"service user|lodger|boarder|inmate|detainee|employee|colleague|schoolchild|child|baby|infant|patient|"
             r"policyholder|policy holder|insured|beneficiary|member|dependant|dependent|foster child")
# "ward", "user" and "customer" stay out: a hospital ward or a product is named with capitals too ("ward Rowan House").
_R10_KIN = (r"grandmother|grandfather|grandma|grandpa|gran|granny|nan|nana|grandad|granddad|mother|father|mum|mom|"
            r"mam|dad|son|daughter|wife|husband|partner|sister|brother|aunt|auntie|aunty|uncle|nephew|niece|cousin|grandson|"
            r"granddaughter|stepmother|stepfather|stepson|stepdaughter|mother-in-law|father-in-law|neighbour|neighbor|"
            r"friend|fiancée?|boyfriend|girlfriend|carer|guardian")
_R10_NAME = r"(" + _R9_NAME_WORD + r"(?:[ \t](?:" + _R9_NAME_PARTICLES + r"[ \t])*" + _R9_NAME_WORD + r"){1,3})"
_R10_ROLE_NAME = re.compile(
    r"(?i:\b(?:" + _R10_ROLE + r")(?:[ \t]+(?:for|of|called|named))?|\bvisiting|\bhere (?:to (?:see|visit)|for)|"
    r"\b(?:relatives?|family|next of kin|visitors?|guardian|parents?)[ \t]+(?:for|of)|"
    r"\b(?:my|his|her|their|our|your|the|[a-z]+['’]s)[ \t]+(?:" + _R10_KIN + r")[ \t]*,?)"
    r"[ \t]+" + _R10_NAME + r"(?![" + _LETTER + r"\d])")
# A form or claim label heads a record only when a field follows the name ("insurance form: X, policy ..."); a title
# after a label ("Referral: Urgent Suspected Cancer pathway", "Claim form: Section B") has none.
_R10_LABEL_NAME = re.compile(r"(?i:\b(?:form|claim|paperwork|record|file|notes|referral|certificate|report|letter|"
                             r"details|re|attn|fao)[ \t]*:)[ \t]+" + _R10_NAME + r"(?=[ \t]*[,(])")
# The role words a name cue may have swallowed at its front ("Caller Lowri Okafor, DOB ...").
_R10_ROLE_LEAD = re.compile(r"(?i:(?:" + _R10_ROLE + r"|interpreter|receptionist|re)[ \t]+)(?=[" + _UPPER + r"])")
# "探视时带来的食物": a time word after the cue is no surname, and a given name holds no function character
_R10_ZH_NAME = (r"(?!时|期间|前|后)((?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _SURNAMES + r"])(?:" + _ZH_GIVEN_CHAR + r"){1,2}?)")
_R10_ZH_ROLE_NAME = re.compile(
    r"(?:来电者|来电人|致电人|访客|投保人|被保险人|受保人|受益人|申请人|联系人|委托人|住户|租户|学生|学员|乘客|"
    r"(?:报销|理赔|保险理赔|申请|住院|出院|转诊|表格|材料|资料|单据|证明)[^，,。：:\n]{0,4}[:：][ \t]*|"
    r"(?:来看|探望|看望|陪护|陪同|来探|探视))" + _R10_ZH_NAME + r"(?=[，,。；;、的\s]|$)")
_R10_AGE_AFTER_NAME = re.compile(r",?[ \t]+(?:is|was|turned|turns|will be|is now|"
                                 r"aged)[ \t]+(\d{2,3})(?=[ \t]*(?:[,.;!?)]|$|"
                                 r"now\b|today\b|this year\b|next\b|last\b|years?\b|yrs?\b|yo\b|and\b|but\b))")
_R10_IMEI = re.compile(r"(?i:(?<![A-Za-z])IMEI(?:[ \t]*(?:号码?|码|number|no\.?|#|:|：|是|为))*)[^\n。.!?;；]{0,40}?"
                       r"(?<![\d\-])(\d{2}[ \-]?\d{6}[ \-]?\d{6}[ \-]?\d{1,2}|\d{14,17})(?![\d\-])")
_R10_SERIAL = re.compile(r"(?:(?i:\bserial(?:[ \t]+(?:number|no\.?|#))?|\bs/n)|序列号|序号|机身号|设备号|设备编号|出厂编号|(?<![手飞分座])机号)"  # 机号: round 50
                         r"[ \t:：#]*(?:(?:是|为)[ \t:：]*)?(?:(?:SN|S/N)(?:[ \t]*[:：#][ \t]*|[ \t]+(?=[A-Z])))?"
                         r"((?=[A-Z0-9\-]{0,30}\d)[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){3,30})(?![A-Za-z0-9])")
# "SN" is a label before a colon or before a serial with its own letters ("SN MMT-1780-55012"); before a bare number
# ("SN 2990-6480", "SN20195148A") it is read as the serial's own prefix, as the earlier batches label it.
_R10_SN_LEAD = re.compile(r"(?:SN|S/N)(?:[ \t]*[:：#][ \t]*(?=[A-Z0-9])|[ \t]+(?=[A-Z]))")
_R10_ID_ITS = re.compile(r"(?i:\b(?:my|his|her|their|our|your)[ \t]+(?:id|i\.d\.|passport|identity card|id card)"
                         r"(?:[ \t]+(?:number|no\.?|#))?[ \t]*,[ \t]*(?:it['’]s|it is|that['’]s|which is)[ \t:]*)"
                         r"((?-i:(?=[A-Z0-9\-]{0,30}\d)[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,30}))(?![A-Za-z0-9])")
_R10_VERSION_BEFORE = re.compile(r"(?i:\b(?:version|ver\.?|v|release|build|firmware|update|patch|ios|android|"
                                 r"app)[ \t]*)$")
_R10_NOT_A_NAME = {"before", "after", "during", "until", "till", "since", "within", "without", "against", "below",
                   "above", "under", "between", "behind", "beside", "next", "last", "first", "then", "soon", "later",
                   "early", "late", "tonight", "twice", "once", "here", "there", "overleaf", "online", "electronically"}


def _round10_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-10 candidates added to `out`, and the round-10 corrections of spans already there."""
    found: list[tuple[int, int, str]] = []
    lower = text.lower()
    if not text.isupper():
        for m in (*_R10_ROLE_NAME.finditer(text), *(_R10_LABEL_NAME.finditer(text) if ":" in text else ())):
            if _r8_name_ok(m.group(1)) and not re.search(r"\d", m.group(1)):
                found.append((*m.span(1), "NAME"))
    if re.search(r"[" + _CJK + r"]", text):
        # "出院材料：高血压，...": a condition, medicine or document after a label is no name
        found.extend((*m.span(1), "NAME") for m in _R10_ZH_ROLE_NAME.finditer(text)
                     if not re.search(r"[压病症炎癌瘤障疹伤痛癣疮药片单费证书表]$", m.group(1)))
    if "imei" in lower:
        found.extend((*m.span(1), "DEVICE") for m in _R10_IMEI.finditer(text))
    found.extend((*m.span(1), "DEVICE") for m in _R10_SERIAL.finditer(text))
    if "it" in lower:
        found.extend((*m.span(1), "ID") for m in _R10_ID_ITS.finditer(text))
    fixed: list[tuple[int, int, str]] = []
    for start, end, kind in out + found:
        if kind == "NAME":
            lead = _R10_ROLE_LEAD.match(text, start)
            if lead and end - lead.end() >= 2:
                start = lead.end()
            # "signed before discharge": a name never starts with a lower-case preposition or time word
            if text[start:end].split(" ")[0] in _R10_NOT_A_NAME:
                continue
            age = _R10_AGE_AFTER_NAME.match(text, end)
            if age and 89 < int(age.group(1)) < 120:
                fixed.append((*age.span(1), "AGE"))
        elif kind == "DEVICE":
            sn = _R10_SN_LEAD.match(text, start)
            if sn and end > sn.end():
                start = sn.end()
        elif kind == "DATE" and _R10_VERSION_BEFORE.search(text[max(0, start - 12):start]):
            continue
        fixed.append((start, end, kind))
    return fixed


# --- round 11 (blind11's classes) ------------------------------------------------------------------------
# A person's record field right after the name says whose it is: "X (DOB ...)", "X is writing about himself".
_R11_NAME_BEFORE_FIELD = re.compile(_R10_NAME + r"(?:[ \t]*\((?i:dob|d\.o\.b\.?|born|b\.)[ \t:]|"
                                    r"[ \t]+(?:is|was)[ \t]+(?:writing|emailing|messaging|asking|enquiring)[ \t]+"
                                    r"(?:about|for|on behalf of)[ \t]+(?:him|her|them)sel(?:f|ves)\b)")
# Ownership: what is owned "belongs to" or is "in the name of" a person.
_R11_OWNER_NAME = re.compile(r"(?i:\b(?:belongs|belonged|belonging)[ \t]+to|\bin[ \t]+the[ \t]+name[ \t]+of|"
                             r"\bowned[ \t]+by)[ \t]+" + _R10_NAME + r"(?![" + _LETTER + r"\d])")
# A next-of-kin or emergency-contact label heads a person before a field ("Next of kin: X, tel ...").
_R11_CONTACT_LABEL = re.compile(r"(?i:\b(?:next[ \t]+of[ \t]+kin|emergency[ \t]+contact|nok)[ \t]*[:\-–][ \t]*)" +
                                _R10_NAME + r"(?=[ \t]*[,(;]|[ \t]*$)")
# An owned kin noun then a single given name and a lower-case word or a pause ("her brother Cathal can't").
_R11_KIN_GIVEN = re.compile(r"(?i:\b(?:my|his|her|their|our)[ \t]+(?:" + _R10_KIN + r"))[ \t]+"
                            r"([" + _UPPER + r"][a-zà-öø-ÿ'’\-]{2,20})(?=[ \t]+[a-z]|[ \t]*[,.;!?]|$)")
# Chinese: a name whose record field follows with 的 ("X的出生日期", "上传了X的资料"), or owns a thing (是X家的,
# 系X嘅 as folded from 係X嘅); the name starts after a pause, a verb's 了 or a copula.
_R11_ZH_FIELD = r"(?:出生日期|生日|资料|数据|病历|档案|电话|手机|地址|身份证|医保|检查报告|化验单)"
# Only full three-character names: "，全家的医保" or "，王家的资料" start with a surname character too.
_R11_ZH_FULL_NAME = (_ZH_NOT_NAME + r"(?:(?:" + _ZH_COMPOUND_SURNAMES + r")(?:" + _ZH_GIVEN_CHAR + r"){1,2}|["
                     + _SURNAMES +
                     r"](?:" + _ZH_GIVEN_CHAR + r"){2})")
_R11_ZH_OWNED_NAME = re.compile(r"(?:(?<![" + _CJK + r"])|(?<=[，,。：:；;了]))" + _ZH_FUNCTION_START + "("
                                + _R11_ZH_FULL_NAME +
                                r")(?=的" + _R11_ZH_FIELD + r")|(?<=[是系])(" + _R11_ZH_FULL_NAME + r")(?=家的|嘅)")
# A condition, a document or a group of people before 的 is no name ("，高血压的资料", "，全家人的医保").
_R11_ZH_NOT_NAME_END = re.compile(r"[压病症炎癌瘤障疹伤痛癣疮药片单费证书表人们]$")
# A spouse called by an old-couple word ("俺家老头赵铁柱，"): the full name ends the clause.
_R11_ZH_SPOUSE_NAME = re.compile(r"(?:[我俺咱](?:家|的)?)(?:老头子?|老伴儿?|老太婆|老婆子|老爷子)[ \t]*((?:" +
                                 _ZH_COMPOUND_SURNAMES + r"|[" + _SURNAMES + r"])(?:" + _ZH_GIVEN_CHAR + r"){1,2})"
                                 r"(?=[，,。！!？?、]|$)")
# A record number after "record" that carries its own letters ("record MRN-2185225", "My record HN 60071234"): the
# letters are part of the value, as blind8 labels "MRN MRN-00917342".
_R11_RECORD_MRN = re.compile(r"(?i:\b(?:record|chart|hospital)(?:[ \t]+(?:number|no\.?|#))?[ \t:]*)"
                             r"((?-i:[A-Z]{2,4})(?:-|[ \t]?)\d{5,10})(?![A-Za-z0-9])")


# "insurance number X" is labelled an identity number (ID) in every blind batch since 4; "member ID", "policy number"
# and the Chinese 医保卡号 stay health-plan numbers, as the labelled development set has them.
_R11_INSURANCE_NUMBER_BEFORE = re.compile(r"(?i:(?<!member )\binsurance[ \t]+(?:number|no\.?|#)[ \t:#]*(?:is[ \t]+)?)$")


# Any letters in the inward code: right after an address, a made-up or mistyped postcode ("3CD") is still one.
_R11_POSTCODE_AFTER = re.compile(r",?[ \t]*[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}(?![A-Za-z0-9])")


_R11_PUBLIC_LINE = re.compile(r"(?i:\b(?:the|our|your|hospital|clinic)[ \t]+(?:(?:pharmacy|switchboard|reception|"
                              r"surgery|practice|clinic|hospital|helpline|hotline|appointments?|booking)"
                              r"(?:['’]s)?[ \t]+){1,2}"
                              r"(?:line|number|phone(?:[ \t]+number)?|tel(?:ephone)?(?:[ \t]+number)?)\b"
                              r"[^.;!?\n\d]{0,30})$|"
                              r"(?:医院|药房|药局|药店|诊所|门诊|挂号|客服|总机|前台)[^，,。\d]{0,4}(?:电话|专线|热线|总机)"
                              r"(?:[^，,。\d]{0,3}|\d{3,4}-)$")


def _round11_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-11 candidates added to `out`, and insurance numbers there read as ids."""
    out = [(start, end, "ID" if kind == "HEALTH_PLAN" and
            _R11_INSURANCE_NUMBER_BEFORE.search(text[max(0, start - 30):start]) else kind) for start, end, kind in out]
    # "the pharmacy line is 0300 ...", "医院总机电话是...": an institution's published number is no one's PHI
    out = [span for span in out
           if span[2] != "PHONE" or not _R11_PUBLIC_LINE.search(text[max(0, span[0] - 60):span[0]])]
    # "..., Ashby, AB12 3CD": a postcode right after an address's town belongs to the address
    for start, end, kind in list(out):
        tail = _R11_POSTCODE_AFTER.match(text, end) if kind == "ADDRESS" else None
        if tail:
            out.append((start, tail.end(), "ADDRESS"))
    found: list[tuple[int, int, str]] = []
    if not text.isupper():
        for regex in (_R11_NAME_BEFORE_FIELD, _R11_OWNER_NAME, _R11_CONTACT_LABEL, _R11_KIN_GIVEN):
            for m in regex.finditer(text):
                if _r8_name_ok(m.group(1)) and m.group(1).split(" ")[0].lower() not in _R10_NOT_A_NAME:
                    found.append((*m.span(1), "NAME"))
        for m in _R11_RECORD_MRN.finditer(text):
            found.append((*m.span(1), "MRN"))
    if re.search(r"[" + _CJK + r"]", text):
        for m in _R11_ZH_OWNED_NAME.finditer(text):
            group = 1 if m.group(1) else 2
            if not _R11_ZH_NOT_NAME_END.search(m.group(group)):
                found.append((*m.span(group), "NAME"))
        found.extend((*m.span(1), "NAME") for m in _R11_ZH_SPOUSE_NAME.finditer(text))
    return out + found


# --- round 12 (issue #13): recognisers built from parts, so a format nobody listed is still found ------------------
# Every blind writer's first run was low because of formats, not kinds. Round 12 writes the shapes from their parts
# (a phone is a country code, an optional trunk "(0)", an area in brackets or not, groups joined by spaces, dots or
# dashes, then an extension written any way; a date is a day, a month and a year in any order, month names in
# English and Chinese numerals; an address is a number and a street whose type word may come before the name, as in
# Malay, or after it), plus the checksums that let an identity number stand without a cue.
_R12_EXT = r"(?:[ \t]*(?:,[ \t]*)?(?:ext\.?|extn\.?|extension|x|转|轉|分机|分機|内线|內線)[ \t]*\d{1,5}(?![\dA-Za-z]))"
_R12_PHONE_EXT = re.compile(_R12_EXT, re.I)
# A number with a trunk prefix, in groups (UK 01632 960 001, Irish 087 123 4567, Malaysian 012-345 6789, 0755-8888 1234).
_R12_TRUNK_PHONE = re.compile(r"(?<![\d\-+./:A-Za-z])\(?0\d{1,4}\)?(?:[ \t.\-]?\d{2,5}){1,3}(?![\d\-./:A-Za-z])")
# Words that name a phone line, in more places' English: Singapore and Malaysia "handphone"/"HP", "landline".
_R12_PHONE_CUE = re.compile(r"(?i:\b(?:hand ?phone|h/p|hp(?: no\.?)?|landline|land line|cell ?phone|mob(?:ile)?(?: no\.?)?|"
                            r"home phone|house phone|work phone|office phone|direct line|personal number|whatsapp(?: number)?)"
                            r"(?:[ \t]+(?:number|no\.?))?(?:[ \t]+(?:is|was))?[ \t:#=\-]*)"
                            r"(\+?\(?\d[\d()]{0,5}(?:[ \t.\-]?\(?\d{1,5}\)?){1,5})(?![\dA-Za-z])")
# A service's line given as a heading ("For appointments: 0300 123 4567", "To book, call 0300 ..."): published.
_R12_SERVICE_LINE = re.compile(r"(?i:(?:^|[.!?\n:;(]|\b(?:or|and))[ \t]*(?:(?:for|to book|book)[ \t]+(?:an?[ \t]+)?"
                               r"(?:appointments?|bookings?|enquiries|queries|results|prescriptions|repeat prescriptions|"
                               r"out of hours|after hours|advice)|to book|book)[ \t]*,?[ \t]*(?:call|ring|phone|dial|tel)?[ \t]*(?:on|:)?[ \t]*)$")
# An institution's line ("the hospital switchboard on ...", "our reception is ..."): published, no one's PHI. A ward's
# number stays redacted (round 7 pins "ring the ward on (07) 3346 8812 ext 204": a ward can name where a patient is).
_R12_PUBLIC_LINE = re.compile(r"(?i:\b(?:the|our|your|this|hospital|clinic|surgery|practice)[ \t]+(?:[a-z&'’\-]+[ \t]+){0,2}"
                              r"(?:switchboard|helpline|hotline|reception|enquiries|enquiry line|front desk|pharmacy|clinic|surgery|"
                              r"practice)(?:['’]s)?[ \t]+"
                              r"(?:(?:phone|tel(?:ephone)?|main)[ \t]+)?(?:line|number|no\.?|on|at|is|:)[ \t:]*(?:is[ \t]+|on[ \t]+|at[ \t]+)?)$")

_R12_WEEKDAY = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\.?"
_R12_YEAR = r"(?:(?:19|20)\d\d|['’]\d\d)"
_R12_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_R12_ZH_NUM = "一二三四五六七八九十"
_R12_DATES = [
    # a month name, "the", then the day: "December the 2nd", and two-digit years with an apostrophe: "2 Dec '26"
    re.compile(r"(?i:\b" + _MONTH + r"\.?[ \t]+(?:the[ \t]+)?" + _R12_DAY + r"\b(?:,?[ \t]+" + _R12_YEAR + r"\b)?)"),
    re.compile(r"(?i:\b" + _R12_DAY + r"(?:[ \t]+of)?[ \t\-/.]+" + _MONTH + r"\b\.?(?:,?[ \t\-/.]+" + _R12_YEAR + r"(?![\d]))?)"),
    # a day and month in numbers after a weekday ("Tue 2/12"): the weekday is no date element, the day and month are
    re.compile(r"(?i:\b" + _R12_WEEKDAY + r",?[ \t]+)((?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])(?:[/.](?:19|20)?\d\d)?)(?![\d/.])"),
    # a year and month with no day, digits or Chinese numerals (2026年12月, 一九四八年三月, 民國38年5月)
    re.compile(r"(?:民国[ \t]*(?:\d{1,3}|[" + _R12_ZH_NUM + r"百零〇]{1,4})|(?:19|20)\d\d|[一二三四五六七八九〇零]{4})[ \t]*年[ \t]*"
               r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])[ \t]*月(?![ \t]*(?:\d|[" + _R12_ZH_NUM + r"初廿]))"),
    # a Minguo date in numbers (115/12/02): a three-digit year from 100 (2011)
    re.compile(r"(?<![\d/.\-])1[01]\d[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:0?[1-9]|[12]\d|3[01])(?![\d/.\-])"),
    # a lunar day with no 农历 before it: 十二月初二, 正月十五, 腊月廿三
    re.compile(r"(?<![农阴旧])(?:正|腊|冬|十[一二]?|[一二三四五六七八九])月(?:初[" + _R12_ZH_NUM + r"]|十[一二三四五六七八九]|廿[一二三四五六七八九]?|"
               r"二十[一二三四五六七八九]?|三十)"),
]

# Street types that are also everyday nouns ("Gate 3 Car Park", "3 Hill Walk sessions") count only with a town or
# postcode after them or an address verb before them.
_R12_WEAK_STREET_TYPES = ("Walk", "Park", "Gardens", "Hill", "Rise", "View", "Green", "Circus", "Vale", "Heights", "Strand",
                          "Wynd", "Brae", "Loan", "Gate", "Yard", "Path")
_R12_STREET_AFTER = (r"(?P<type>Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Tce|Crescent|Cres|"
                     r"Close|Grove|Row|Boulevard|Blvd|Highway|Hwy|Square|Sq|Quay|Mews|Wharf|Parade|Esplanade|Promenade|Embankment|"
                     + "|".join(_R12_WEAK_STREET_TYPES) + r")\.?")
_R12_ADDRESS_VERB_BEFORE = re.compile(r"(?i:\b(?:live|lives|living|stay|stays|staying|address|addy|moved|move|moving|send|post|"
                                      r"mail|deliver|forward|at|to|in|from)[ \t:]*)$")
_R12_STREET_BEFORE = r"(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuh|Lebuhraya|Lengkok|Taman|Rue|Calle|Via|Avenida|Rua)"
# Any letters after the routing key: a made-up Eircode after a town is still one (as round 11 did for UK postcodes).
_R12_EIRCODE = r"(?:[A-Z]\d{2}|D6W)[ \t]?(?=[A-Z0-9]{0,3}\d)(?=[A-Z0-9]{0,3}[A-Z])[A-Z0-9]{4}"
_R12_TAIL_SEG = (r"(?:Co\.?[ \t]+[A-Z][a-z]{2,20}|County[ \t]+[A-Z][a-z]{2,20}|\d{5}[ \t]+[A-Z][a-z]{1,20}(?:[ \t]+[A-Z][a-z]{1,20}){0,2}|"
                 + _NOT_TOWNS + r"[A-Z][a-z]{1,20}(?:[ \t]+[A-Z][a-z]{1,20}){0,2}(?:[ \t]+\d{1,2}(?![\d:./\-]))?|" + _R12_EIRCODE +
                 "|" + _UK_POSTCODE + r")")
_R12_STREET_ADDRESS = re.compile(
    r"(?<![\w/#.\-])(?:(?:Flat|Apt|Apartment|Unit|Suite|Blk|Block|Lot|No\.?|Level|Lvl|Floor|Fl|Shop|Room|Rm)\.?[ \t]*#?"
    r"[A-Z0-9][A-Za-z0-9\-/]{0,6},?[ \t]+)?"
    r"(?:\d{1,5}[A-Za-z]?(?:[/\-]\d{1,5}[A-Za-z]?)?,?[ \t]+)"
    r"(?:[A-Z][a-z'’\-]{1,20}[ \t]+){1,3}" + _R12_STREET_AFTER + r"(?![A-Za-z])"
    r"(?:[ \t]+(?:Lower|Upper|North|South|East|West|Extension|Central))?"
    r"(?:,?[ \t]+(?:#\d{1,3}-\d{1,5}|(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor)\.?[ \t]*#?[A-Za-z0-9\-]{1,6}))?"
    r"(?:,[ \t]*" + _R12_TAIL_SEG + r"){0,4}"
    r"(?:,?[ \t]+(?:" + _R12_EIRCODE + "|" + _UK_POSTCODE + r"|(?:VIC|NSW|QLD|SA|WA|TAS|NT|ACT)[ \t]+\d{4}|Singapore[ \t]+\d{6}))?"
    r"(?![\w])")
# The Malay way, the street type first ("No. 12, Jalan SS 2/24"): the town stays outside, as blind9 labels it, unless a
# five-digit postcode leads it ("..., 55100 Kuala Lumpur").
_R12_STREET_FIRST_ADDRESS = re.compile(
    r"(?<![\w/#.\-])(?:(?:Flat|Apt|Unit|Blk|Block|Lot)[ \t]*#?[A-Z0-9][A-Za-z0-9\-/]{0,6},?[ \t]+)?(?:No\.?[ \t]*)?"
    r"\d{1,5}[A-Za-z]?(?:[/\-]\d{1,5}[A-Za-z]?)?,?[ \t]+" + _R12_STREET_BEFORE +
    r"[ \t]+[A-Z0-9][A-Za-z0-9/\-]{0,20}(?:[ \t]+(?:[A-Z][A-Za-z0-9/\-]{0,20}|\d[A-Za-z0-9/\-]{0,8}(?![ \t]*[A-Za-z]{3,}))){0,3}"
    r"(?:,[ \t]*\d{5}[ \t]+[A-Z][a-z]{1,20}(?:[ \t]+[A-Z][a-z]{1,20}){0,2})?(?![\w])")
# A phone number from its parts: a country code (+852, 00852, (+852)), an optional trunk "(0)", an area code in
# brackets or not, then groups joined by spaces, dots or dashes; 8 to 15 digits in all.
_R12_INTL_PHONE = re.compile(r"(?<![\w+(])(?:\+|00|\(\+?|\(00)\d{1,3}\)?(?:[ \t.\-]?\(0\))?(?:[ \t.\-]?\(?\d{1,4}\)?)?"
                             r"(?:[ \t.\-]?\d{2,5}){1,4}(?![\w])")
# A date from its parts with a month name in any order: "Dec-02-2026", "2026 Dec 2", "2026-Dec-02".
_R12_NAMED_DATES = [
    re.compile(r"(?i:\b" + _MONTH + r"[\-/.][ \t]?" + _R12_DAY + r"[\-/.,][ \t]?(?:19|20)\d\d\b)"),
    re.compile(r"(?i:\b(?:19|20)\d\d[ \t\-/.,]+" + _MONTH + r"\.?[ \t\-/.]+" + _R12_DAY + r"\b)"),
]
# A Chinese date whose year is any number, with or without 民国 (115年12月2日, 民國一百一十五年十二月二日).
_R12_ZH_FULL_DATE = re.compile(r"(?:民国[ \t]*)?(?<![\d])(?:\d{2,4}|[〇零一二三四五六七八九十百]{2,7})[ \t]*年[ \t]*"
                               r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])[ \t]*月[ \t]*"
                               r"(?:3[01]|[12]\d|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])[ \t]*[日号]")
# A Hong Kong floor first, then the street number and name and the district: "G/F, 3 Kau U Fong, Central".
_R12_HK_FLOOR_ADDRESS = re.compile(r"(?<![\w/])(?:G|UG|LG|\d{1,2})/F,?[ \t]+\d{1,4}[A-Z]?[ \t]+(?:[A-Z][a-z]{0,20}[ \t]+){0,3}"
                                   r"[A-Z][a-z]{1,20}(?:,[ \t]*" + _NOT_TOWNS + r"[A-Z][a-z]{2,20}(?:[ \t]+[A-Z][a-z]{2,20}){0,2})?(?![A-Za-z])")
# Full-width @ and dots, as Chinese keyboards type them.
_R12_WIDE_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]{1,64}[@＠][A-Za-z0-9\-]{1,63}(?:[.．][A-Za-z0-9\-]{1,63}){0,8}[.．][A-Za-z]{2,24}")
# An age with its unit written with dots or glued: "94 y.o.", "94y.o", "94 yrs."
_R12_AGE_UNIT = re.compile(r"(?i:(?<![\d.])(9\d|1[0-2]\d)[ \t\-]?(?:y\.[ \t]?o\.?|y\.?r?s?\.?[ \t\-]?old)(?![A-Za-z]))")
# Honorifics of Malaysia and Singapore (Encik, Puan, Cik, Tuan, Datuk ...) before a name.
_R12_MALAY_TITLE_NAME = re.compile(r"(?<![A-Za-z])(?:Encik|Enche|Puan|Cik|Tuan|Datuk|Dato['’]?|Datin|Haji|Hajjah|Hjh|Hj\.?|Tan Sri|"
                                   r"Puan Sri|Cikgu|Ustaz|Ustazah)[ \t]+(" + _R6_PARTICLE_NAME + ")")
# Closings written short ("Rgds,", "Brgds", "Tks", "TQ"), then the name at the end of the line or on the next.
_R12_SHORT_SIGNOFF = re.compile(r"(?im:\b(?:rgds|brgds|b\.rgds|kr|tks|thks|tq|tqvm|warmest|respectfully|yrs|regds)\b[ \t]*[,.!\-]?"
                                r"[ \t]*(?:\r?\n[ \t]*)?)(" + _INIT_NAME + r")[ \t]*[.!]?[ \t]*$")

# Australian and New Zealand "rego", and more plate words, before a plate-shaped value ("my rego is 1ABC 234").
_R12_PLATE_CUE = re.compile(r"(?i:\b(?:rego|car rego|number plate|registration plate|licen[cs]e plate|plate number|牌照))"
                            r"(?:[ \t]+(?:no\.?|number|#))?(?:[ \t]+(?:is|was))?[ \t:#：=是为]*"
                            r"((?=[A-Z0-9\-· ]{0,9}\d)(?=[A-Z0-9\-· ]{0,9}[A-Z])[A-Z0-9]{1,4}(?:[\- ·]?[A-Z0-9]{1,4}){0,2})(?![A-Za-z0-9])")
# A day, month and four-digit year typed with spaces ("admitted 3 8 2026").
_R12_SPACED_DATE = re.compile(r"(?<![\d.:/\-])(?:0?[1-9]|[12]\d|3[01])[ ](?:0?[1-9]|1[0-2])[ ](?:19|20)\d\d(?![\d.:/\-])")
# Transliterated names (Uyghur, Kazakh, Western names in Chinese: 阿依古丽, 买买提, 玛丽亚) use their own small set of
# characters and no surname from the list; after a strong cue or before a form of address they are a name.
_R12_ZH_TRANSLIT = "阿依古丽买提热娜尔罕江克木拉汗巴扎艾孜米亚斯坦丁努曼哈吉达莎玛约翰安穆默德伊布迪莉萨菲雅帕夏吾孙艳迪再"
_R12_ZH_TRANSLIT_NAME = re.compile(r"(?:(?<=我是)|(?<=我叫)|(?<=名叫)|(?<=患者)|(?<=病人)|(?<=家属)|(?<=姓名[:：])|(?<=联系人[:：]))"
                                   r"([" + _R12_ZH_TRANSLIT + r"]{3,6})(?=[，,。.！!？?\s]|$|女士|先生|小姐|太太)|"
                                   r"(?<![" + _CJK + r"])([" + _R12_ZH_TRANSLIT + r"]{3,6})(?=女士|先生|小姐|太太)")
# A name in brackets after a kin noun: "my wife (Grace) will ...", "her son (Tom Baxter)".
_R12_KIN_BRACKET_NAME = re.compile(r"(?i:\b(?:my|his|her|our|their|the patient'?s)[ \t]+(?:wife|husband|partner|son|daughter|mum|mom|"
                                   r"mother|dad|father|brother|sister|friend|carer|neighbou?r|grandson|granddaughter|niece|nephew|"
                                   r"aunt|uncle|cousin|boyfriend|girlfriend|spouse|child|baby)[ \t]*\(\s*)(" + _R6_PARTICLE_NAME + r")(?=\s*\))")
# A signature with several initials ("J. R. Smith", "M.A. Lopez") on the line of a closing or under it.
_R12_INITIALS_SIGNOFF = re.compile(r"(?im:\b(?:thanks|thank you|regards|best regards|kind regards|sincerely|yours sincerely|"
                                   r"yours faithfully|yours|cheers|best|best wishes|love|rgds)[ \t]*[,.!\-]?[ \t]*(?:\r?\n[ \t]*)?)"
                                   r"((?:[A-Z]\.[ \t]?){2,3}[A-Z][a-z'’\-]{1,24})[ \t]*[.!]?[ \t]*$")
# A lower-case given name alone after a closing at the very end of a message: "yours, jane", "thanks, mei".
_R12_LOWER_SIGNOFF = re.compile(r"(?i:\b(?:thanks|thank you|thx|regards|yours|cheers|love|best|sincerely|ta|bye)[ \t]*[,\-][ \t]*)"
                                r"([a-z][a-z'\-]{1,20})[ \t]*[.!]?[ \t]*\Z")
_R12_NOT_LOWER_NAME = set("""bro sis hun hon babe buddy man dude lol haha hehe ok okay pls please anyway anyways alot
    mate all guys doc doctor nurse team everyone everybody again so much lots heaps xx xxx x bye
    later soon then now sir madam folks pal love dear you u""".split())
# An eight-digit Hong Kong, Macau or Singapore number after a Chinese verb of contact ("搵我 6123 4567", "打俾佢 9123 4567").
_R12_ZH_CALL_PHONE = re.compile(r"(?:搵|揾|打|打俾|打畀|致电|联络|联系|拨|拨打|短讯|讯息|whatsapp|WhatsApp)[我佢他她]?(?:俾|畀|给)?[我佢他她]?"
                                r"[ \t:：]*(\+?(?:852|853|65)?[ \-]?[2-9]\d{3}[ \-]?\d{4})(?![\d\-])")
# A date typed with no separators, as on labels: "02DEC2026", "2Dec26".
_R12_GLUED_DATE = re.compile(r"(?i:(?<![A-Za-z0-9])(?:0?[1-9]|[12]\d|3[01])" + _MONTH + r"(?:19|20)?\d\d(?![A-Za-z0-9]))")
# Day, month name and a two-digit year at the end of a clause: "done 2 Dec 26."
_R12_SHORT_YEAR_DATE = re.compile(r"(?i:\b" + _R12_DAY + r"[ \t]+" + _MONTH + r"\.?[ \t]+\d\d)(?=[ \t]*(?:[,.;!?\n)]|$))")
# Singapore NRIC/FIN with spaces, and any NRIC/FIN whose check letter is right, cue or no cue.
_R12_NRIC = re.compile(r"(?<![A-Za-z0-9])([STFGM])[ \t]?(\d{7})[ \t]?([A-Z])(?![A-Za-z0-9])")
# A PRC id typed in groups ("4403 0419 8806 1523 1X"): 18 characters whatever the grouping, checked by its check digit.
_R12_SPACED_CN_ID = re.compile(r"(?<![\dA-Za-z\-])\d(?:[ \-]?\d){16}[ \-]?[\dXx](?![\dA-Za-z\-])")
# Mail addresses typed with spaces around @, or "at" before a real domain ("jane.doe at gmail.com").
_R12_SPACED_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}(?:[ \t]+@[ \t]*|[ \t]*@[ \t]+|"
                               r"[ \t]+(?:at|\(at\)|\[at\])[ \t]+)[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,4}\.[A-Za-z]{2,24}(?![A-Za-z0-9])")


def nric_checksum_ok(value: str) -> bool:
    """The check letter of a Singapore NRIC or FIN (S/T citizens and PRs, F/G foreigners; M is not checked here)."""
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", value)
    if not m:
        return False
    total = sum(int(d) * w for d, w in zip(m.group(2), (2, 7, 6, 5, 4, 3, 2))) + (4 if m.group(1) in "TG" else 0)
    letters = "JZIHGFEDCBA" if m.group(1) in "ST" else "XWUTRQPNMLK"
    return letters[total % 11] == m.group(3)


# A full name before 的 and a relative or a carer ("欧阳建国的家属", "，王建华的女儿"): the owner is a person.
_R12_ZH_KIN_OWNER = re.compile(r"(?:(?<![" + _CJK + r"])|(?<=[，,。：:；;了]))" + _ZH_FUNCTION_START + "(" + _R11_ZH_FULL_NAME +
                               r")(?=的(?:家属|家人|亲属|儿子|女儿|太太|丈夫|老公|老婆|妈妈|爸爸|母亲|父亲|孙子|孙女|护工|陪护|"
                               r"主治医生|床位|预约|复诊|手术))")
# A letter's signature: a name alone on a line, then only a date line to the end ("许志强\n2026年12月2日").
_R12_NAME_ABOVE_DATE = re.compile(r"(?m:^[ \t]*(" + _ZH_NAME_CORE + r"|" + _CAP_NAME + r")[ \t]*\r?\n[ \t]*"
                                  r"(?=(?:(?:19|20)\d\d[年/.\-]\d{1,2}[月/.\-]\d{1,2}日?|\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)?\d\d|"
                                  r"\d{1,2}[ \t]+[A-Za-z]{3,9}\.?,?[ \t]+(?:19|20)\d\d|[A-Za-z]{3,9}\.?[ \t]+\d{1,2},?[ \t]+(?:19|20)\d\d)"
                                  r"[ \t]*\Z))")
# A month and day after a relative year word (去年12月2日, 今年三月五号): the year word is no date element.
_R12_ZH_RELATIVE_YEAR_DATE = re.compile(r"(?<=[去今明前后同当]年)(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
                                        r"(?:3[01]|[12]\d|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])[日号]")
# A Singapore block and unit written in Chinese: "宏茂桥3道123座#04-56".
_R12_ZH_SG_UNIT_ADDRESS = re.compile(r"(?:新加坡)?[" + _CJK + r"]{2,8}(?:\d{1,3}[" + _CJK + r"]{0,2})?\d{1,4}(?:座|栋|号)[ \t]*#\d{1,3}-\d{1,5}")
# An extension after a mainland landline with a dash: "020-87654321-8021".
_R12_DASH_EXT = re.compile(r"-\d{1,5}(?![\d\-])")
# A record number written as a short letter prefix and digit groups after a record cue ("hosp number RX 0048 291").
_R12_MRN_GROUPED = re.compile(dict((kind, cue) for kind, cue, _ in _CONTEXT_IDS)["MRN"] +
                              r"([A-Z]{1,4}[ \-]?\d{2,6}(?:[ \-]\d{2,6}){1,3})(?![A-Za-z0-9])")
# A second number on the same line after a slash or "or", with an optional place label ("... / HK: 9123 4567").
_R12_PHONE_AFTER_PHONE = re.compile(r"[ \t]*(?:/|\bor\b|,|;|、|或|or[ \t]+(?:on|at))[ \t]*(?:[A-Za-z]{2,10}[ \t]*[:：][ \t]*)?"
                                    r"(\+?\(?\d[\d()]{0,4}(?:[ \t.\-]?\d{2,5}){1,4})(?![\dA-Za-z])")
# An ISO timestamp keeps its time: "2026-12-04T09:30".
_R12_ISO_TIMESTAMP = re.compile(r"(?<![\d\-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?"
                                r"(?:Z|[+\-]\d\d:?\d\d)?(?![\d])")
# A day and month with no year where a booking is moved or a time follows: "moved to 04/12 at 3pm", "on 4/12 @ 10:30".
_R12_DAY_MONTH_BOOKED = re.compile(
    r"(?i:(?:\b(?:moved|changed|rescheduled|booked|brought forward|put back|postponed)[ \t]+(?:to|for|on|till|until)[ \t]+|"
    r"\b(?:appt|appointment|op|operation|surgery|scan|clinic|review)[ \t]+(?:on|for)[ \t]+)"
    r"((?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2]))(?![\d/.])|"
    r"\b(?:on|for)[ \t]+((?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2]))(?![\d/.])(?=[ \t]+(?:at[ \t]+\d|@[ \t]*\d|\d{1,2}[:.]\d\d)))")
# A closing, then a name and kisses or a smiley at the end of the line: "ta, Kath x", "love, Mei xx :)".
_R12_SIGNOFF_KISSES = re.compile(r"(?im:\b(?:thanks|thank you|thx|ta|cheers|love|regards|best|bye|speak soon)[ \t]*[,!.\-]?[ \t]*)"
                                 r"(" + _INIT_NAME + r")[ \t]+(?:x{1,4}|xo+|:\)|:-\)|:D)[ \t]*[.!]?[ \t]*$")
# A name in Latin letters after a Chinese cue: "我係Wei Jie", "姓名：Tan Mei Ling".
_R12_ZH_CUE_LATIN_NAME = re.compile(r"(?:我叫|我系|我是|我的名字[是叫]|名字[是叫]|姓名[:：]?|联系人[:：]?|联络人[:：]?|患者[:：]|病人[:：]|家属[:：]?)"
                                    r"[ \t]*([A-Z][a-z]{1,20}(?:[ \t\-][A-Z][a-z]{1,20}){0,3})(?![A-Za-z])")
# An IBAN in groups, checked by its mod-97 check digits; a UK driving licence number by its shape (surname, birth date).
_R12_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?![A-Za-z0-9])")
_R12_UK_LICENCE = re.compile(r"(?<![A-Za-z0-9])[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}(?:[ ]?\d{2})?(?![A-Za-z0-9])")
_R12_LICENCE_CUE = re.compile(r"(?i:\bdriving[ \t]+licen[cs]e(?:[ \t]+(?:number|no\.?|#))?(?:[ \t]+is)?[ \t:#]*)"
                              r"((?=[A-Z0-9\-]{0,20}\d)[A-Z0-9][A-Z0-9\-]{4,20}[A-Z0-9])(?![A-Za-z0-9])")
# Clinical shorthand for sex and age: "F/92", "95M", "92 F" (the age is the PHI).
_R12_SEX_AGE = re.compile(r"(?<![A-Za-z0-9/£$€¥.,])(?:[MF][ \t]?/[ \t]?(9\d|1[0-2]\d)(?![\d/])|(9\d|1[0-2]\d)[ \t]?/?[ \t]?[MF](?![A-Za-z0-9]))")
_R12_SEX_AGE_LEAD = re.compile(r"(?i:(?:^|[\n,;:(\-–]|\b(?:pt|patient|a|an|aged?|client|resident))[ \t]*)$")
_R12_TEMPERATURE_BEFORE = re.compile(r"(?i:fever|temp|temperature|thermometer|reading|degrees|°|hot|发烧|发热|体温|度)")
# "My name is" in the other languages patients here write: Malay/Indonesian, Tagalog, Spanish, French, Hindi (romanised),
# Vietnamese without its accents.
_R12_OTHER_LANGUAGE_NAME = re.compile(r"(?i:\b(?:nama saya|saya ialah|ako si|pangalan ko ay|ang pangalan ko ay|me llamo|mi nombre es|"
                                      r"je m['’]appelle|mon nom est|mera naam|ten toi la|tên tôi là|tôi tên là|toi ten la)[ \t]+)"
                                      r"(" + _R6_PARTICLE_NAME + ")")
# A name written again in the other script in brackets right after it: "Chen Xiaoming (陈晓明)", "陈晓明 (Chen Xiaoming)".
_R12_BRACKET_OTHER_SCRIPT = re.compile(r"[ \t]*[(（][ \t]*([" + _CJK + r"]{2,4}|[A-Z][a-z]{1,20}(?:[ \t\-][A-Z][a-z]{1,20}){1,3})[ \t]*[)）]")


def iban_ok(value: str) -> bool:
    """The ISO 13616 mod-97 check of an IBAN (spaces allowed)."""
    compact = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", compact):
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


# Everyday words that end a sentence after an address ("I'm at Blk 456 ... #11-789 now"): never part of it.
_R12_ADDRESS_FILLER = re.compile(r"(?:[ \t,]+(?:now|please|pls|plz|thanks|thx|today|tomorrow|tonight|instead|then|too|also|"
                                 r"asap|anyway|already|currently|yet|again|thank you))+$")

# Irish plates (year, county code, number) and a car's make or model right before a plate-shaped token.
_R12_IRISH_PLATE = re.compile(r"(?<![\w\-])\d{2,3}[ \t\-](?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|"
                              r"W|WD|WH|WX|WW)[ \t\-]\d{1,6}(?![\w\-])")
_R12_CAR_MAKE_PLATE = re.compile(r"(?i:\b(?:(?:my|the|a|our|his|her|their|your)[ \t]+(?:(?:old|new|white|black|silver|grey|gray|blue|"
                                 r"red|green|yellow|gold|brown|orange|purple|dark|light)[ \t]+){0,2}|(?:white|black|silver|grey|"
                                 r"gray|blue|red|green|yellow|gold|brown|orange|purple)[ \t]+))"
                                 r"(?:Honda|Toyota|Proton|Perodua|Nissan|Ford|BMW|Mercedes|Audi|VW|Volkswagen|Tesla|Hyundai|Kia|"
                                 r"Mazda|Mitsubishi|Lexus|Subaru|Volvo|Vauxhall|Peugeot|Renault|Skoda|Suzuki|BYD|Fiat|Mini|Jeep|"
                                 r"Chevrolet|Chevy|Dodge|Golf|Civic|Corolla|Camry|Myvi|Saga|Prius|Axia|Vios|Jazz|Polo|Fiesta|Focus|"
                                 r"Corsa|Yaris|CR-V|RAV4|Alphard|Estima|Vellfire|Wish|Altis)"
                                 r"(?:[ \t]+[A-Z0-9][A-Za-z0-9\-]{0,10})?,?[ \t]+(?:reg(?:istration)?[ \t:]+|plate[ \t:]+)?"
                                 r"((?=[A-Z0-9 \-]{0,9}\d)(?=[A-Z0-9 \-]{0,9}[A-Z])[A-Z0-9]{2,4}[ \-]?[A-Z0-9]{1,5}[ \-]?[A-Z]?)(?![A-Za-z0-9])")

# Identity numbers: the Irish PPS number after its cue; a MyKad (birth date, place code, number) and a Taiwan id
# (letter, sex digit, eight digits with a check) stand on their own.
_R12_PPS = re.compile(r"(?i:\bppsn?(?:[ \t]+(?:number|no\.?|#))?(?:[ \t]+is)?[ \t:#=]*)(\d{7}[A-W][A-IW]?)(?![A-Za-z0-9])")
_R12_MYKAD = re.compile(r"(?<![\d\-])(\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d\d-\d{4})(?![\d\-])")
_R12_TW_ID = re.compile(r"(?<![A-Za-z0-9])([A-Z][12]\d{8})(?![A-Za-z0-9])")
_R12_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # in code order 10..35


def tw_id_checksum_ok(value: str) -> bool:
    """The check digit of a Taiwan national identification number (A123456789)."""
    if not re.fullmatch(r"[A-Z][12]\d{8}", value):
        return False
    code = _R12_TW_LETTERS.index(value[0]) + 10
    total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(value[1:9], range(8, 0, -1))) + int(value[9])
    return total % 10 == 0


# An age over 89 spoken of ahead: "she'll be 95 next month", "he is going to be ninety", "reaches 100 in May".
_R12_AGE_AHEAD = re.compile(r"(?i:(?:['’]ll|\bwill|\bis going to|\bgoing to|\bshould)[ \t]+be[ \t]+|"
                            r"\bcelebrat(?:es|ed|ing)[ \t]+(?:turning[ \t]+)?)(9\d|1[0-2]\d|" + _AGE_WORDS + r")\b"
                            r"(?![ \t]*(?:%|percent|per cent|kg|kgs|lbs?|mg|ml|minutes?|mins?|hours?|cm|bpm|mmhg|/|\.\d|degrees|°|"
                            r"days|weeks|months|people|times|steps|miles|km|dollars|pounds|euros|metres|meters|m\b|yards|feet|ft|"
                            r"units|mmol|calories|kcal|grams|g\b|litres|liters|on\b|out of|points|marks|seconds|secs))")

# Names after a role label: English form and letter headers ("To: Jane Doe", "Applicant: Ana Ruiz"), Chinese role
# words ending in 人 (委托人, 代理人, 监护人 ...) with or without a colon, and any short label ending in 人 with one.
_R12_ROLE_LABEL_NAME = re.compile(
    r"(?im:(?:^|(?<=[\n;(]))[ \t]*(?:to|from|attn|applicant|requester|requested by|completed by|collected by|authori[sz]ed by|"
    r"guardian|legal guardian|carer|caregiver|parent|spouse|proxy|representative|next of kin|nok|emergency contact|contact person|"
    r"sender|recipient|addressee|client|resident|service user|informant|relative|family contact|collector|payer|policy ?holder|"
    r"account holder|cardholder|card holder|subscriber|insured)[ \t]*:[ \t]*)(" + _R6_PARTICLE_NAME + ")")
_R12_ZH_ROLE_NAME = re.compile(r"(?:(?:委托|代理|申请|监护|受托|经办|陪护|陪同|收件|签收|取药|领取|授权|被授权|报告|填表|寄件|投诉|"
                               r"咨询|预约|就诊|缴费|付款|投保|被保险|受益|联络|联系)人[:：]?|[" + _CJK + r"]{1,4}人[:：]|家长[:：]?|"
                               r"亲属[:：]?|监护[:：])[ \t]*(" + _ZH_FUNCTION_START + _ZH_NAME_CORE + ")")
# A short capitalised word that is a given name in Vietnamese, Chinese and Korean names at the end of a full name.
_R12_NAME_LAST_WORD = re.compile(r"[ \t]+(?:An|Anh|Le|Ha)(?=[ \t]*(?:$|[,.;!?\n)]))")


# Found by running the stored PHI-free questions through redaction (questions_*.jsonl, grounded train/validation, the
# out-of-scope tuning sets): a network or a screen is not a name ("the patient Wi-Fi", "CCTV footage").
_NEVER_IN_NAMES.update({"wi-fi", "wifi", "tv", "cctv", "bluetooth", "zoom", "whatsapp", "wechat"})
# Everyday words that start with a surname character ("患者申请复印", "患者顾问委员会", "给病人包饺子", "游戏老师").
_R12_ZH_WORD_START = re.compile(r"(?:申请|顾问|游戏|包饺|包括|包扎|包装|费用|应该|关于|关心|关注|白天|金额|文件|单位|程序|管理|任何|周围|"
                                r"安排|常见|毛病|温度|康复|左右|司机|项目|万一|严重|马上|许多|尤其|连续|计划|高血|高烧|方法|方式|"
                                r"方案|程度|曾经|钱包|黄疸|龙头|石膏|叶酸|苏醒|雷达|成人|成年|孙子|孙女|陆续|陈述|余下|余额|章程)")
# A surname character alone that ends a word with the character before it (病房护士, 药房, 产房, 厨房): no name.
_R12_ZH_WORD_BEFORE = "病药产厨机书库乳心营票牢住"
# Words that say what kind of place a phrase is, not which one ("医院旁边的小区", "楼下花园", "我们小区"): a Chinese
# address with no number holding one of them is a description.
_R12_ZH_PLACE_FUNCTION = re.compile(r"[有没里的下们边去在是吗呢这那我你他她想要近]")


_R12_NRIC_CUE_BEFORE = re.compile(r"(?i:\b(?:nric|fin|ic|i/c)\b[^\n]{0,12})$")
_R12_CN_ID_CUE_BEFORE = re.compile(r"(?:身份证|身分证|证件|(?i:\bid\b|identity|resident))[^\n]{0,10}$")
_R12_LANDLINE_END = re.compile(r"(?<![\d\-])0\d{2,3}-\d{7,8}$")


def _digits(value: str) -> int:
    return sum(ch.isdigit() for ch in value)


def _r12_number_candidates(text: str) -> list[tuple[int, int, str]]:
    """Round-12 phones, identity numbers and plates, each built from its parts or checked by its check character."""
    found = [(*m.span(), "PHONE") for m in _R12_INTL_PHONE.finditer(text) if 8 <= _digits(m.group(0)) <= 15]
    found += [(*m.span(), "PHONE") for m in _R12_TRUNK_PHONE.finditer(text)
              if 10 <= _digits(m.group(0)) <= 12 and not _DATES[0].fullmatch(m.group(0))]
    found += [(*m.span(1), "PHONE") for m in _R12_PHONE_CUE.finditer(text) if 7 <= _digits(m.group(1)) <= 15]
    found += [(*m.span(1), "PHONE") for m in _R12_ZH_CALL_PHONE.finditer(text)]
    found += [(*m.span(1), "ID") for m in _R12_TW_ID.finditer(text) if tw_id_checksum_ok(m.group(1))]
    found += [(*m.span(), "ID") for m in _R12_NRIC.finditer(text) if nric_checksum_ok("".join(m.groups())) or
              _R12_NRIC_CUE_BEFORE.search(text[max(0, m.start() - 20):m.start()])]
    found += [(*m.span(), "ID") for m in _R12_SPACED_CN_ID.finditer(text) if cn_id_checksum_ok(re.sub(r"[ \-]", "", m.group(0))) or
              _R12_CN_ID_CUE_BEFORE.search(text[max(0, m.start() - 24):m.start()])]
    found += [(*m.span(), "VEHICLE") for m in _R12_IRISH_PLATE.finditer(text)]
    found += [(*m.span(1), "MRN") for m in _R12_MRN_GROUPED.finditer(text)]
    found += [(*m.span(), "ACCOUNT") for m in _R12_IBAN.finditer(text) if iban_ok(m.group(0))]
    found += [(*m.span(), "LICENSE") for m in _R12_UK_LICENCE.finditer(text)]
    found += [(*m.span(1), "LICENSE") for m in _R12_LICENCE_CUE.finditer(text)]
    for regex, kind in ((_R12_CAR_MAKE_PLATE, "VEHICLE"), (_R12_PLATE_CUE, "VEHICLE"), (_R12_PPS, "ID"), (_R12_MYKAD, "ID")):
        found += [(*m.span(1), kind) for m in regex.finditer(text)]
    return found


def _r12_date_place_candidates(text: str) -> list[tuple[int, int, str]]:
    """Round-12 dates, ages, addresses and mail addresses."""
    found = []
    for regex in _R12_DATES:
        found += [(*m.span(1 if regex.groups else 0), "DATE") for m in regex.finditer(text)]
    for regex in _R12_NAMED_DATES + [_R12_ZH_FULL_DATE, _R12_ZH_RELATIVE_YEAR_DATE, _R12_GLUED_DATE, _R12_SHORT_YEAR_DATE,
                                     _R12_SPACED_DATE]:
        found += [(*m.span(), "DATE") for m in regex.finditer(text)]
    found += [(*m.span(), "DATE") for m in _R12_ISO_TIMESTAMP.finditer(text)]
    found += [(*m.span(1 if m.group(1) else 2), "DATE") for m in _R12_DAY_MONTH_BOOKED.finditer(text)]
    for m in _R12_SEX_AGE.finditer(text):
        # "95M with chest pain" heads a note; "a temperature of 101F" is a reading, not an age
        before = text[max(0, m.start() - 30):m.start()]
        if m.group(1) or (_R12_SEX_AGE_LEAD.search(before) and not _R12_TEMPERATURE_BEFORE.search(before)):
            found.append((*m.span(1 if m.group(1) else 2), "AGE"))
    for regex in (_R12_AGE_AHEAD, _R12_AGE_UNIT):
        found += [(*m.span(1), "AGE") for m in regex.finditer(text)]
    for m in _R12_STREET_ADDRESS.finditer(text):
        if m.group("type") not in _R12_WEAK_STREET_TYPES or m.end() > m.end("type") + 1 or \
                _R12_ADDRESS_VERB_BEFORE.search(text[max(0, m.start() - 25):m.start()]):
            found.append((*m.span(), "ADDRESS"))
    for regex in (_R12_STREET_FIRST_ADDRESS, _R12_HK_FLOOR_ADDRESS):
        found += [(*m.span(), "ADDRESS") for m in regex.finditer(text)]
    for m in _R12_ZH_SG_UNIT_ADDRESS.finditer(text):
        lead = _ZH_ADDRESS_LEAD.match(m.group(0))  # "家在", "住喺": the verb before the place is not the address
        found.append((m.start() + (lead.end() if lead else 0), m.end(), "ADDRESS"))
    found += [(*m.span(), "EMAIL") for m in _R12_WIDE_EMAIL.finditer(text)]
    for m in _R12_SPACED_EMAIL.finditer(text):
        # "at" needs a mailbox-like local part ("jane.doe at gmail.com", not "email me at gmail.com")
        if "@" in m.group(0) or re.search(r"[._\d]", re.split(r"[ \t]", m.group(0))[0]):
            found.append((*m.span(), "EMAIL"))
    return found


def _r12_name_candidates(text: str) -> list[tuple[int, int, str]]:
    """Round-12 names: role labels, honorifics, closings, brackets after kin nouns, transliterated Chinese names."""
    found = []
    if not text.isupper():
        for regex in (_R12_ROLE_LABEL_NAME, _R12_MALAY_TITLE_NAME, _R12_SHORT_SIGNOFF, _R12_KIN_BRACKET_NAME, _R12_SIGNOFF_KISSES,
                      _R12_ZH_CUE_LATIN_NAME, _R12_OTHER_LANGUAGE_NAME):
            for m in regex.finditer(text):
                name = _trim_name(m.group(1), False)
                # "my dad (COPD)", "my mum (Parkinson's)": a condition in brackets, not a name
                bracket_condition = regex is _R12_KIN_BRACKET_NAME and (name.isupper() or name != m.group(1).rstrip())
                if name and _r8_name_ok(name) and not bracket_condition:
                    found.append((m.start(1), m.start(1) + len(name), "NAME"))
        found += [(*m.span(1), "NAME") for m in _R12_INITIALS_SIGNOFF.finditer(text)
                  if _r8_name_ok(m.group(1).replace(".", " "))]
        found += [(*m.span(1), "NAME") for m in _R12_LOWER_SIGNOFF.finditer(text) if m.group(1) not in _R12_NOT_LOWER_NAME and
                  m.group(1) not in _LOWER_NOT_NAMES and m.group(1) not in _NOT_NAMES]
    for regex in (_R12_ZH_KIN_OWNER, _R12_NAME_ABOVE_DATE):
        found += [(*m.span(1), "NAME") for m in regex.finditer(text) if re.search(r"[" + _CJK + r"]", m.group(1)) or
                  (_r8_name_ok(m.group(1)) and len(m.group(1).split()) >= 2)]
    found += [(*m.span(1 if m.group(1) else 2), "NAME") for m in _R12_ZH_TRANSLIT_NAME.finditer(text)]
    if re.search(r"[" + _CJK + r"]", text):
        found += [(*m.span(1), "NAME") for m in _R12_ZH_ROLE_NAME.finditer(text)]
    return found


def _r12_fixed(text: str, start: int, end: int, kind: str) -> tuple[int, int, str] | None:
    """A candidate with its edges fixed (extensions, glued prefixes, trailing words), or None when it is no PHI."""
    if kind in ("PHONE", "FAX"):
        # the extension is part of the number, however it is written ("x99", "ext. 204", "转806", "-8021" after a landline)
        tail = _R12_PHONE_EXT.match(text, end) or (_R12_LANDLINE_END.search(text[start:end]) and _R12_DASH_EXT.match(text, end))
        end = tail.end() if tail else end
        before = text[max(0, start - 60):start]
        if kind == "PHONE" and (_R12_PUBLIC_LINE.search(before) or _R11_PUBLIC_LINE.search(before) or
                                _R12_SERVICE_LINE.search(before)):
            return None
    elif kind in ("MRN", "ID", "HEALTH_PLAN", "ACCOUNT") and start and text[start - 1].isalpha():
        # letters glued to the digits belong to the number ("HN12345678" after any cue)
        lead = re.search(r"(?<![A-Za-z0-9])[A-Z]{1,4}$", text[max(0, start - 5):start])
        start = start - len(lead.group(0)) if lead else start
    elif kind == "ADDRESS":
        value = text[start:end]
        if (re.fullmatch(r"[" + _CJK + r"]+", value) and not re.search(r"[0-9零一二三四五六七八九十百]", value)
                and _R12_ZH_PLACE_FUNCTION.search(value)):
            return None
        filler = _R12_ADDRESS_FILLER.search(text, start, end)
        end = filler.start() if filler and filler.start() > start else end
    elif kind == "NAME":
        value = text[start:end]
        if _R12_ZH_WORD_START.match(value) or (len(value) == 1 and start and text[start - 1] in _R12_ZH_WORD_BEFORE):
            return None
        # "a signed note": with no colon or comma after "signed", a name must be capitalised
        if value.islower() and re.search(r"(?i:\bsigned)[ \t]+$", text[max(0, start - 12):start]):
            return None
        tail = _R12_NAME_LAST_WORD.match(text, end)
        end = tail.end() if tail else end
    return start, end, kind


def _round12_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-12 candidates added to `out`, with phone extensions, glued record prefixes and address ends fixed."""
    found = _r12_number_candidates(text) + _r12_date_place_candidates(text) + _r12_name_candidates(text)
    fixed = [span for start, end, kind in out + found if (span := _r12_fixed(text, start, end, kind))]
    # a second number right after a phone on the same line is a phone too ("+44 7700 900321 / HK: 9123 4567"), and a
    # name written again in the other script in brackets is a name ("Chen Xiaoming (陈晓明)")
    for start, end, kind in list(fixed):
        follow = _R12_PHONE_AFTER_PHONE.match(text, end) if kind == "PHONE" else None
        if follow and 8 <= _digits(follow.group(1)) <= 15:
            fixed.append((*follow.span(1), "PHONE"))
        other = _R12_BRACKET_OTHER_SCRIPT.match(text, end) if kind == "NAME" else None
        if other and bool(re.search(r"[" + _CJK + r"]", text[start:end])) != bool(re.search(r"[" + _CJK + r"]", other.group(1))):
            fixed.append((*other.span(1), "NAME"))
    return fixed


# --- round 13 (blind12, spent) ----------------------------------------------------------------------------
# Classes blind12's misses showed, each coded as a shape, not as blind12's strings.
# DEVICE: a serial right after a device word (a glucose monitor, a fitbit, a tablet, 血糖仪, 手环) keeps what is typed
# before it with no gap: "#" ("血糖仪序列号#1075364784"), and "S/N" before digit groups ("S/N 6221-1474-X", as blind5
# and blind12 label "SN 2990-6480"; round 12 pins "S/N: X" and "S/N 21A04567" without it, a label conflict left as it
# is); a serial of letters and digit groups glued to a Chinese device word ("手环DA8102-1115") needs no 序列号 cue.
_R13_DEVICE_WORD = (r"(?:(?i:\b(?:glucose[ \t]+(?:monitor|meter)|fitbit|smart[ \t]?watch|tablet|ipad|monitor|meter|pump|machine|"
                    r"cpap|bipap|concentrator|hearing[ \t]+aids?|pacemaker|sensor|tracker|nebuli[sz]er|device)\b)"
                    r"|血糖仪|血糖机|血压计|手环|手表|助听器|起搏器|制氧机|呼吸机|胰岛素泵|监护仪|设备)")
_R13_DEVICE_SERIAL = re.compile(
    _R13_DEVICE_WORD + r"(?:[ \t]*(?:序列号|序号|编号|(?i:serial(?:[ \t]+(?:no\.?|number))?)))?[ \t]*"
    r"((?:#[ \t]?\d{6,16}|S/N[ \t]*\d{3,8}(?:-\d{3,8})+(?:-[A-Z0-9]{1,3})?|"
    r"[A-Z]{1,4}-?\d{3,8}(?:-\d{3,8})+(?:-[A-Z0-9]{1,3})?))(?![A-Za-z0-9\-])")


# ADDRESS: an address keeps "No." before its number ("No. 20 Jalan ..."), a capital city or city-state after its last
# comma ("..., Singapore" after a unit, "..., Kuala Lumpur", "District 5, Ho Chi Minh City"), and a line of place
# parts ending in a UK postcode after "live at" / "address" is one address ("Croft 7, Balallan, Isle of Lewis HS2 9PN").
# A smaller town after a Malay street stays outside, as blind9 labels "No. 12, Jalan SS 2/24, Petaling Jaya", and so
# does any town after "No. 41, Jalan ..." written with a comma after the number (round 9's pin).
_R13_NO_BEFORE = re.compile(r"(?<![\w.])No\.?[ \t]*$")
_R13_CITY_AFTER = re.compile(r",?[ \t]*(?:Singapore|Kuala[ \t]+Lumpur|Ho[ \t]+Chi[ \t]+Minh[ \t]+City|Hanoi|Ha[ \t]+Noi|Manila|"
                             r"Bangkok|Jakarta|Dublin|London|Belfast|Cardiff|Edinburgh)(?![ \t]*\d)(?![\w])")
_R13_CITY_WORD_AFTER = re.compile(r"[ \t]+City(?![\w])")
_R13_POSTCODE_LINE = re.compile(
    r"(?i:\b(?:lives?|living|staying|stays?)[ \t]+(?:at|in)|\baddress(?:[ \t]+is)?[ \t]*:?)[ \t]+"
    r"((?:[A-Z][a-z]{1,20}(?:[ \t]+(?:of|on|upon|[A-Z][a-z]{1,20}|\d{1,4}[A-Za-z]?))*,[ \t]*){1,4}"
    r"[A-Z][a-z]{1,20}(?:[ \t]+(?:of|on|upon|[A-Z][a-z]{1,20}))*[ \t]+" + _UK_POSTCODE + r")(?![\w])")


def _r13_address_edges(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Addresses with "No." before them and a capital city after them, as extra candidates."""
    found = []
    for start, end, kind in out:
        if kind != "ADDRESS":
            continue
        lead = _R13_NO_BEFORE.search(text[max(0, start - 4):start]) if text[start:start + 1].isdigit() else None
        new_start = start - len(lead.group(0)) if lead else start
        # "No. 41, Jalan ...": with a comma after the number the town stays outside, as blind9 and round 9 label it;
        # blind12 writes "No. 20 Jalan ..., Kuala Lumpur" with no comma and keeps the city (a label conflict)
        malay_comma = re.match(r"(?:No\.?[ \t]*)?\d{1,5}[A-Za-z]?,[ \t]*" + _R12_STREET_BEFORE, text[start:end])
        tail = None if malay_comma else _R13_CITY_AFTER.match(text, end)
        new_end = tail.end() if tail else end
        city = _R13_CITY_WORD_AFTER.match(text, new_end)
        if city and re.search(r"Ho[ \t]+Chi[ \t]+Minh$", text[start:new_end]):
            new_end = city.end()
        if (new_start, new_end) != (start, end):
            found.append((new_start, new_end, "ADDRESS"))
    found += [(*m.span(1), "ADDRESS") for m in _R13_POSTCODE_LINE.finditer(text)]
    return found


# DATE: a weekday before a bare ordinal day is the date ("Thursday 14th", "Tuesday the 9th": without the weekday the
# day alone says little, so the weekday stays in, unlike "Tue 2/12" in round 12); an ordinal day in words before or
# after a month ("twelfth of June", "June the twelfth"). "the 7th floor" has no weekday or month and stays.
_R13_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_R13_ORDINAL_WORD = (r"(?:(?:twenty|thirty)[ \t\-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|"
                     r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth")
_R13_DATES = [
    re.compile(r"\b" + _R13_WEEKDAY + r"[ \t]+(?:the[ \t]+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
               r"(?![ \t]+(?:of[ \t]+)?(?i:" + _MONTH + r"))(?![ \t]*(?:floor|storey|level|bed|ward|time|visit)\b)"),
    re.compile(r"(?i:\b(?:" + _R13_ORDINAL_WORD + r")[ \t]+of[ \t]+" + _MONTH + r"\b)"),
    re.compile(r"(?i:\b" + _MONTH + r"[ \t]+(?:the[ \t]+)?(?:" + _R13_ORDINAL_WORD + r")\b)"),
]


# ID: a staff or employee number after its cue, letters glued to either end ("staff id 4816940TC", "工号A20931").
_R13_STAFF_ID = re.compile(r"(?i:\b(?:staff|employee|work|badge)[ \t]+(?:id|number|no\.?|#)|工号|员工编号|职工号)"
                           r"(?:[ \t]+is)?[ \t:#：=]*([A-Z]{0,3}\d{5,10}[A-Z]{1,3}|[A-Z]{1,3}\d{5,10})(?![A-Za-z0-9])")


# AGE: 90-129 after a relative (with or without a name) and "is" ("my great-grandad Tom Reid is 100 and ..."), and the
# number a writer corrects an age to ("is 94... sorry 91"); a reading ("is 100 over 60", "is 98%") is no age.
_R13_KIN = (r"(?:great[ \t\-]+)*(?:grand)?(?:mum|mom|mother|dad|father|gran|granny|grandma|grandad|grandpa|nan|nana|nanna|"
            r"aunt|auntie|uncle|husband|wife|partner|neighbour|neighbor|friend|patient|lola|lolo)")
_R13_NOT_READING = (r"(?![\d%/]|[.,]\d|[ \t]*(?:%|°|/)|[ \t]*(?i:percent|per|mg|kg|kgs|lbs?|pounds|degrees|cm|mm|ml|bpm|over|"
                    r"out[ \t]+of|minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|metres?|meters?|m|miles?|km|yards?|"
                    r"feet|ft|mmhg|steps|times)\b)")
_R13_KIN_AGE = re.compile(r"(?i:\b(?:my|our|his|her|their)[ \t]+" + _R13_KIN + r")(?:[ \t]+[A-Z][A-Za-z'\-]+){0,3}"
                          r"(?i:[ \t]+(?:is|turns|turned|was|'s))[ \t]+(9\d|1[01]\d|12\d)\b" + _R13_NOT_READING)
_R13_AGE_CORRECTED = re.compile(r"(?i:[ \t]*(?:\.{2,}|…|,|-)?[ \t]*(?:sorry|i mean|no|actually|oops)[,.]?)[ \t]+"
                                r"(9\d|1[01]\d|12\d)\b" + _R13_NOT_READING)


# NAME: names with no cue word of their own, after words that point at a person:
# - Chinese: a relative or colleague word right before a surname and one or two given characters, ended by a particle,
#   a verb or punctuation ("帮同事X问一下", "给我妈X的", "我阿太X今年"); 探 + a full name + punctuation (visiting whom);
#   名字 before a name in either script; a forwarded message that opens by greeting someone ("转发：“X，你的...").
# - English: "visit(ing) First Last"; a colleague or a "great" relative or a Filipino Lola/Lolo before a name; "she's
#   First Last,"; a full name alone between commas before a phone number; a forwarded message that opens "> Name,"
#   or carries "> From Name >".
# - A dictated "full stop" after a name is punctuation, not the name's last word ("my name is X full stop").
_R13_ZH_PERSON_WORD = (r"(?:同事|朋友|邻居|阿爷|阿太|阿嫲|阿婆|阿公|阿爸|阿妈|我妈|我爸|外公|外婆|爷爷|奶奶|太婆|太公|老头子|老太婆|"
                       r"老公|老婆|舅舅|姑姑|姨妈|叔叔|伯伯|丈夫|妻子|儿子|女儿|哥哥|姐姐|弟弟|妹妹|老豆|老母)")
_R13_ZH_AFTER_NAME = r"(?=的|嘅|部|架|今年|住|问|筹款|的|在|喺|出院|入院|住院|[，,、。！？!?（(])"
# "我爸高烧，", "阿嫲成晚坐喺度": a symptom or a time word after a relative is not a name (as round 7's kin rule checks)
_R13_ZH_NOT_AFTER_KIN = r"(?!成日|成晚|成夜|成个|成世|成天|高烧|高热|全身|一直|[" + _CJK + r"]{0,2}[血烧热压糖脂疸病痛炎癌咳喘晕肿痒])"
_R13_ZH_KIN_NAME = re.compile(_R13_ZH_PERSON_WORD + r"(" + _R13_ZH_NOT_AFTER_KIN + _ZH_NAME_CORE + r")" + _R13_ZH_AFTER_NAME)
_R13_ZH_VISIT_NAME = re.compile(r"探(?:望|视)?(" + _ZH_NAME_CORE + r")(?=[，,。！？!?]|$)")
_R13_ZH_NAME_WORD = re.compile(r"名字(?:是|叫|系|係)?[:：]?[ \t]*(" + _ZH_NAME_CORE + r"|[A-Z][a-z]{1,20}(?:[ \t]+[A-Z][a-z]{1,20}){1,3})"
                               r"(?![A-Za-z])")
_R13_ZH_FORWARD_GREETING = re.compile(r"(?:转发|fwd|fw)[:：]?[ \t]*[“「\"『‘]((?!您|大家|各位|医生|护士|老师|亲爱|尊敬|家属|病人|患者|朋友|"
                                      r"同事|先生|女士|小姐|宝贝|妈妈|爸爸|哥哥|姐姐)(?![" + _ZH_STOP + r"])[" + _CJK + r"]{2,3})"
                                      r"(?=[，,][ \t]*你|你好)", re.IGNORECASE)
_R13_ZH_QUOTE_GREETING = re.compile(r"[“「\"『]([" + _SURNAMES + r"](?:" + _ZH_GIVEN_CHAR + r"){1,2})(?=[，,][ \t]*你|你好)")
_R13_NAME_WORDS = r"([A-Z][A-Za-z'’\-]{1,20}(?:[ \t]+(?:bin|binti|al|van|de|da)?[ \t]*[A-Z][A-Za-z'’\-]{1,20}){1,3})"
_R13_EN_NAME_CUES = [
    re.compile(r"(?i:\bvisit(?:ing)?)[ \t]+" + _R13_NAME_WORDS),
    re.compile(r"(?i:\b(?:co-?worker|colleague|workmate|great[ \t\-]+(?:aunt|auntie|uncle|grand(?:ad|dad|pa|ma|mother|father|son|daughter)))"
               r"|caregiver[ \t]+of|carer[ \t]+of)[ \t]+(?:Lola[ \t]+|Lolo[ \t]+)?" + _R13_NAME_WORDS),
    re.compile(r"\b(?:Lola|Lolo)[ \t]+" + _R13_NAME_WORDS),
    re.compile(r"(?i:\b(?:she|he)['’]s)[ \t]+" + _R13_NAME_WORDS + r"(?=[ \t]*[,.;!]|$)"),
    re.compile(r"(?:^|,[ \t]*)" + _R13_NAME_WORDS + r",[ \t]*(?=\+?\(?\d[\d \t\-()]{6,}\d)"),
    re.compile(r"(?i:\bfwd?)[:：]?[ \t]*>[ \t]*([A-Z][a-z'’\-]{1,20}),"),
    re.compile(r"(?:^|>|\n)[ \t]*From[ \t]+" + _R13_NAME_WORDS + r"(?=[ \t]*(?:>|\n|$))"),
]
_R13_INSTITUTION_WORDS = {"hospital", "sanatorium", "clinic", "centre", "center", "house", "hospice", "home", "ward", "unit",
                          "infirmary", "medical", "health", "surgery", "practice", "university", "college", "school", "church",
                          "hall", "park", "garden", "gardens", "library", "museum", "station", "airport", "mall", "hotel"}
_R13_FULL_STOP = re.compile(r"[ \t]+full(?=[ \t]+stop\b)")


# A forwarded message quoted after a colon that opens by calling someone ('Fwd msg from my sister: "Róisín ring the
# ward"'): the first word is a name only when the name list knows it or it is spelled with letters English does not
# use, since forwarded texts also open with "Reminder", "Urgent", "Booking"; a name-verb before an object ("Mark your
# calendar") is a command.
_R13_FORWARD_QUOTE_NAME = re.compile(r"(?i:\b(?:fwd?|forwarded)\b)[^\"“\n:：]{0,40}[:：][ \t]*[\"“]([A-Z][^\W\d_]{1,20})"
                                     r"(?=,|[ \t]+(?!(?:your|the|my|a|an|this|that|our|his|her|it|them|me|us)\b)[a-z])")


def _r13_name_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round-13 names with no cue word of their own (see the comment above)."""
    found = [(*m.span(1), "NAME") for m in _R13_FORWARD_QUOTE_NAME.finditer(text)
             if (m.group(1).lower() in FIRST_NAMES or not m.group(1).isascii()) and m.group(1).lower() not in _NOT_NAMES]
    for regex in (_R13_ZH_KIN_NAME, _R13_ZH_VISIT_NAME, _R13_ZH_NAME_WORD, _R13_ZH_FORWARD_GREETING, _R13_ZH_QUOTE_GREETING):
        found += [(*m.span(1), "NAME") for m in regex.finditer(text)]
    if not text.isupper():
        for regex in _R13_EN_NAME_CUES:
            for m in regex.finditer(text):
                name = _trim_name(m.group(1), False)
                # "visit Hong Kong Sanatorium patients": a place or an institution is no person
                if name and _r8_name_ok(name) and not _R6_PLACE_NAMES.search(name) and \
                        not any(w.lower() in _R13_INSTITUTION_WORDS for w in name.split()):
                    found.append((m.start(1), m.start(1) + len(name), "NAME"))
    return found


def _r13_fixed(text: str, start: int, end: int, kind: str) -> tuple[int, int, str]:
    """A candidate without a dictated 'full' (of 'full stop') at its end."""
    if kind == "NAME":
        tail = _R13_FULL_STOP.search(text, start, end + 6)
        if tail and tail.start() < end <= tail.end():
            end = tail.start()
    return start, end, kind


def _round13_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-13 candidates added to `out` (blind12's missed classes)."""
    found = [(*m.span(1), "DEVICE") for m in _R13_DEVICE_SERIAL.finditer(text)]
    found += _r13_address_edges(text, out)
    found += _r13_name_candidates(text, out)
    found += [(*m.span(1), "ID") for m in _R13_STAFF_ID.finditer(text)]
    found += [(*m.span(1), "AGE") for m in _R13_KIN_AGE.finditer(text)]
    found += [(*m.span(1), "AGE") for _, end, kind in out if kind == "AGE" and (m := _R13_AGE_CORRECTED.match(text, end))]
    for regex in _R13_DATES:
        found += [(*m.span(), "DATE") for m in regex.finditer(text)]
    return [_r13_fixed(text, *c) for c in out + found]


# Round 15 (fitted to blind13, spent): classes blind13 missed.
# DEVICE: a serial written with a lone check letter after a space ("serial PJN412707 S", "助听器编号PJN733595 S坏了";
# not "A" or "I", which are words); 帮浦 (Taiwanese "pump") before a serial.
_R15_SERIAL_LETTER = re.compile(r"[ \t][B-HJ-Z](?![A-Za-z0-9\-])")
_R15_ZH_PUMP = re.compile(r"帮浦(?:的)?(?:编号|序号|序列号)?[是:：]?[ \t]*([A-Z][A-Z0-9]{1,5}(?:-[A-Z0-9]{1,8}){1,3})(?![A-Za-z0-9])")
# VEHICLE: plates of South Africa ("CA 123-095", "LK 92KE GP"), Australia ("XL 30PN") and Hong Kong ("NT 4821") after
# a truck word ("my rig"), a parking fine "for" a plate, or 她/他的车.
_R15_PLATE = (r"((?=[A-Z0-9 \-]{0,12}\d)(?=(?:[A-Z0-9][ \-]?){4})[A-Z]{1,3}[ \-]?\d{1,4}(?:[A-Z]{1,3})?(?:[ \-](?:\d{2,4}|[A-Z]{2}(?![a-z])))?)"
              r"(?![A-Za-z0-9])")
_R15_VEHICLE = re.compile(r"(?:(?i:\b(?:rig|truck|lorry|ute|trailer|caravan|semi)(?:[ \t]+(?:is|reg|rego|plate))?)[ \t:]*|"
                          r"(?i:\bparking[ \t]+(?:fine|ticket|charge(?:[ \t]+notice)?|penalty)\b)[^.!?\n]{0,40}?(?i:\bfor)[ \t]+|"
                          r"[她他你我们]的车(?:牌)?[ \t]*)" + _R15_PLATE)
# ID: a Ghana card, a Nigerian NIN, a passport or staff number written in digit groups or letter-hyphen groups.
# (An Australian Medicare number stays HEALTH_PLAN as tests/test_phi_round12.py pins it; blind13 labels it ID.)
_R15_IDS = [
    re.compile(r"(?i:\bghana[ \t]+card(?:[ \t]+(?:number|no\.?|#))?)(?:[ \t]+is)?[ \t:#]*"
               r"((?i:GHA)-?\d{9}-?\d|\d{10,11})(?![A-Za-z0-9])"),
    re.compile(r"\bNIN(?:[ \t]+(?i:number|no\.?))?(?:[ \t]+is)?[ \t:#]*((?:[A-Z]{1,3}-?)?\d{8,11}(?:-\d)?)(?![A-Za-z0-9])"),
    re.compile(r"(?i:\bpassport(?:[ \t]+(?:number|no\.?|#))?)(?:[ \t]+is)?[ \t:#]*([A-Z]{0,2}\d{2,5}(?:[ \t]\d{1,6}){2,3})"
               r"(?![A-Za-z0-9])"),
    re.compile(r"(?i:\b(?:staff|employee|badge)[ \t]+(?:id|number|no\.?|#))(?:[ \t]+is)?[ \t:#]*"
               r"(\d{2,5}(?:[ \t]\d{1,6}){2,3}|[A-Z]{1,3}(?:-[A-Z]{1,3}){0,2}-\d{3,8})(?![A-Za-z0-9])"),    # Australian tax file number, Nigerian bank verification number, Indian ABHA health id
    re.compile(r"(?:\bTFN|(?i:\btax[ \t]+file[ \t]+number)|\bBVN|\bABHA(?:[ \t]+(?i:id|number|no\.?))?)(?:[ \t]+is)?[ \t:#]*"
               r"(\d{2,4}(?:[ \t\-]\d{2,5}){1,3}|\d{8,14})(?![A-Za-z0-9])"),
    # an employee number keeps its kind whatever cue a writer put before it ("the NHS number is EMP28409")
    re.compile(r"(?<![A-Za-z0-9])(EMP-?\d{5,8})(?![A-Za-z0-9])"),
]
# MRN: an Indian in-patient or out-patient number ("IP no. QE118-2024", "OP no. 2024/55812") and a hospital card
# number (not a bank card).
_R15_MRNS = [
    re.compile(r"\b[IO]P[ \t]+(?i:no\.?|number|#)[ \t:#]*([A-Z0-9]{2,10}(?:[\-/][A-Z0-9]{2,10}){0,2})(?![A-Za-z0-9])"),
    re.compile(r"(?i:\bhospital[ \t]+card[ \t]+(?:number|no\.?|#))(?:[ \t]+is)?[ \t:#]*([A-Z0-9]{5,14})(?![A-Za-z0-9])"),
]
# LICENSE: "my driving licence is MH12 20110012345" (the older cue needs "licence number").
_R15_LICENSE = re.compile(r"(?i:\bdriving[ \t]+licen[cs]e)(?:[ \t]+is)?[ \t:#]*"
                          r"((?=[A-Z0-9 \-]{0,8}\d)[A-Z0-9]{2,16}(?:[ \-][A-Z0-9]{2,16}){0,2})(?![A-Za-z0-9])")
# HEALTH_PLAN: a Medicare card number after "Medicare card" (the older cue took "card" as the value's first word).
_R15_MEDICARE_CARD = re.compile(r"(?i:\bmedicare[ \t]+card(?:[ \t]+(?:number|no\.?|#))?)(?:[ \t]+is)?[ \t:#]*"
                                r"(\d{4}[ \t]?\d{5}[ \t]?\d(?:[ \t]?/[ \t]?\d|[ \t\-]\d)?)(?![A-Za-z0-9])")
# AGE: "who is now 96", "she's now 101" (90 and over, as every set labels ages).
_R15_NOW_AGE = re.compile(r"(?i:\b(?:who|he|she)(?:[ \t]+is|['’]s)[ \t]+now)[ \t]+(9\d|1[01]\d|12\d)\b" + _R13_NOT_READING)
# ADDRESS: a town, city and postal code after a street address (Indian PIN "Chennai 600029", a UK-style code typed
# short "Penzance TR18 495"); a Malaysian address written in Chinese with a Malay street ("吉隆坡增江区Jalan Kepong
# 177号2楼11室").
_R15_ADDRESS_TAIL = re.compile(r"(?:,[ \t]*" + _NOT_TOWNS + r"[A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?){0,2}"
                               r"[ \t]+(?:\d{6}|[A-Z]{1,2}\d{1,2}[A-Z]?[ \t]\d{3}|[A-Z]{1,2}\d{1,2}[ \t]\d[A-Z]{2})(?![A-Za-z0-9])")
_R15_MALAY_ZH_ADDRESS = re.compile(r"(?:(?<![" + _CJK + r"])|(?<=住在)|(?<=住)|(?<=地址)|(?<=地址是)|(?<=地址为))"
                                   r"((?![我你他她家]{0,2}(?:住|在|地址))[" + _CJK + r"]{2,8}?(?:区|市|州)(?:(?:Jalan|Jln\.?|Lorong|Lebuh|Persiaran|Taman|Lengkok)"
                                   r"[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})[ \t]*\d{1,5}[A-Z]?号(?:\d{1,3}楼)?(?:\d{1,4}室)?)")
# NAME, English: after "registered as/to", "better/other half,", "invoice to", an owner, a twin, "name," or "name" before
# a Chinese name; a full name between commas before an identifier's cue ("Pieter Botha, passport ...").
_R15_EN_NAME_CUES = [
    re.compile(r"(?i:\bregistered[ \t]+(?:as|to|under)|\b(?:better|other)[ \t]+half,|\binvoice[ \t]+(?:to|for)|"
               r"\bbill[ \t]+(?:to|for)|\bowner(?:[ \t]+is)?[ \t:]?|\btwin[ \t]*\d?(?:[ \t]+is)?|\bname[,:])[ \t]+" + _R13_NAME_WORDS),
    re.compile(r",[ \t]*" + _R13_NAME_WORDS + r",[ \t]*(?=(?i:passport|mrn|nhs|dob|d\.o\.b|born|aged|hospital[ \t]+number|"
               r"id[ \t]+number|nin\b|medicare|ghana[ \t]+card))"),
]
_R15_EN_NAME_ZH = re.compile(r"(?i:\bname)(?:[ \t]+is)?[ \t:：]*(" + _ZH_NAME_CORE + r")(?![" + _CJK + r"])")
# NAME, Chinese (folded text): a person word before a full name ended by a particle, an age, a verb or punctuation:
# 老人(家)/长辈/院友/同学/阿嬷 X, 陪X做..., 我X，身份证..., 佢系X。, 帮X婆婆问.
# A formal letter's humble kin words (家父, 家母, 外子, 内人, 舍弟) point at a person too.
_R15_ZH_PERSON = (r"(?:老人家|老人|长辈|院友|院舍住客|住客|同学|阿嬷|阿嫲|阿爷|我妈|我爸|我婆婆|家婆|外母|外父|姑妈|表哥|表姐|"
                  r"收件人|家父|家母|家祖父|家祖母|家兄|家姐|家姊|舍弟|舍妹|外子|内人|犬子|小女)")
_R15_ZH_AFTER = (r"(?=\d|今年|做|[，,、。！？!? \t（(]|身份证|身分证|出生|[的嘅]|住|岁|因|于|已经|下个?月|下周|下星期|明天|后天|"
                 r"需要|想|覆诊|复诊)")
_R15_ZH_NAMES = [
    re.compile(_R15_ZH_PERSON + r"(" + _R13_ZH_NOT_AFTER_KIN + r"(?![" + _CJK + r"]{1,2}某)" + _ZH_NAME_CORE + r")" + _R15_ZH_AFTER),
    re.compile(r"陪(?:同)?(?:我的?|佢|他|她)?(?:老公|老婆|丈夫|太太|妈妈|爸爸|妈|爸|外婆|外公|奶奶|爷爷|婆婆|公公|儿子|女儿|"
               r"朋友|同事|邻居|阿妈|阿爸|阿嫲|阿爷)?(" + _ZH_NAME_CORE + r")(?=做|去|来|看|的|复诊|住院|打针)"),
    re.compile(r"(?:^|[，,。！!？?呀啊嘛])我(" + _ZH_NAME_CORE + r")[，,](?=身份证|身分证|电话|手机|病历|出生|住)"),
    re.compile(r"(?:佢|他|她)(?:系|是|叫)(" + _ZH_NAME_CORE + r")(?=[。！!，,]|$)"),
    re.compile(r"帮(" + _ZH_NAME_CORE + r")(?=婆婆|伯伯|公公|阿姨|叔叔|爷爷|奶奶|阿婆|阿伯)"),
]

_R15_TREATMENT = re.compile(r"检查|化疗|透析|手术|治疗|复诊|体检|康复|放疗|理疗|检验|B超|CT|胃镜|肠镜|核磁")


def _round15_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-15 candidates added to `out` (blind13's missed classes); a cue that names the kind replaces others."""
    found, forced, dropped = [], [], set()
    for start, end, kind in out:
        if kind == "DEVICE" and (m := _R15_SERIAL_LETTER.match(text, end)):
            found.append((start, m.end(), "DEVICE"))
        elif kind == "ADDRESS" and text[end - 1:end].isalpha() and (m := _R15_ADDRESS_TAIL.match(text, end)):
            found.append((start, m.end(), "ADDRESS"))
    for m in _R15_ZH_PUMP.finditer(text):
        found.append((*m.span(1), "DEVICE"))
        if tail := _R15_SERIAL_LETTER.match(text, m.end(1)):
            found.append((m.start(1), tail.end(), "DEVICE"))
    found += [(*m.span(1), "VEHICLE") for m in _R15_VEHICLE.finditer(text)]
    for regex in _R15_IDS:
        forced += [(*m.span(1), "ID") for m in regex.finditer(text)]
    for regex in _R15_MRNS:
        forced += [(*m.span(1), "MRN") for m in regex.finditer(text)]
    forced += [(*m.span(1), "LICENSE") for m in _R15_LICENSE.finditer(text)]
    for m in _R15_MEDICARE_CARD.finditer(text):
        forced.append((*m.span(1), "HEALTH_PLAN"))
        dropped |= {c for c in out if c[0] < m.start(1) < c[1] and text[c[0]:m.start(1)].strip().lower() in ("card", "card number")}
    found += [(*m.span(1), "AGE") for m in _R15_NOW_AGE.finditer(text)]
    for m in _R15_MALAY_ZH_ADDRESS.finditer(text):
        found.append((*m.span(1), "ADDRESS"))
        # the older Chinese address rule keeps the verb before a Latin street ("住在槟城..."): the cue is no place
        dropped |= {c for c in out if c[2] == "ADDRESS" and c[1] == m.end(1) and c[0] < m.start(1) and
                    re.fullmatch(r"[我你他她家]{0,2}(?:住在|住|在|家住|地址[是为]?)|staying at ", text[c[0]:m.start(1)])}
    # "陪我爸X做化疗": 做 before a treatment is the verb, not the name's last character
    for c in out:
        if c[2] == "NAME" and c[1] - c[0] >= 4 and text[c[1] - 1] == "做" and _R15_TREATMENT.match(text, c[1]):
            dropped.add(c)
            found.append((c[0], c[1] - 1, "NAME"))
    if not text.isupper():
        for regex in _R15_EN_NAME_CUES:
            for m in regex.finditer(text):
                name = _trim_name(m.group(1), False)
                # a full name (two words or more): "your name, Address Line 1" is a form, not a person
                if " " in name and _r8_name_ok(name) and not _R6_PLACE_NAMES.search(name) and \
                        not any(w.lower() in _R13_INSTITUTION_WORDS or w.lower() in _NOT_NAMES for w in name.split()):
                    found.append((m.start(1), m.start(1) + len(name), "NAME"))
    for regex in [_R15_EN_NAME_ZH] + _R15_ZH_NAMES:
        found += [(*m.span(1), "NAME") for m in regex.finditer(text)]
    spans = {(start, end) for start, end, _ in forced}
    return [c for c in out if (c[0], c[1]) not in spans and c not in dropped] + found + forced


# Round 16 (fitted to blind14, spent): classes blind14 missed.
# A full Latin-script name for the cues below: capitalised words, with the lower-case particles of Welsh ("Dafydd ap
# Rhys"), Filipino ("Maricel dela Cruz"), Spanish, Dutch and Arabic names between them.
_R16_PARTICLES = r"(?:ap|ferch|verch|de|del|dela|delos|de[ \t]+la|de[ \t]+los|da|dos|van|von|bin|binti|bint|ibn|al|el|y)"
_R16_NAME_WORD = r"[" + _UPPER + r"][" + _LETTER + r"'’\-]{1,20}"
_R16_NAME = (r"(" + _R16_NAME_WORD + r"(?:[ \t]+(?:" + _R16_PARTICLES + r"[ \t]+)?" + _R16_NAME_WORD + r"){1,3})")
# NAME, English: a signature under a sign-off line or the "--" delimiter ("Kind regards,\nDafydd ap Rhys\nStaff no.");
# the whole line is the name.
_R16_SIGNATURE = re.compile(r"(?im:^[ \t]*(?:(?:kind|best|warm|warmest|many)[ \t]+(?:regards|wishes|thanks)|regards|"
                            r"(?:yours[ \t]+)?(?:sincerely|faithfully|truly)|thanks(?:[ \t]+(?:so[ \t]+much|again|po))?|"
                            r"thank[ \t]+you(?:[ \t]+po)?|cheers|salamat(?:[ \t]+po)?|diolch|best|warmly|respectfully|"
                            r"take[ \t]+care|--|—|__+)[ \t]*[,.!]?[ \t]*\r?\n)[ \t]*(?-i:" + _R16_NAME + r")[ \t]*(?=\r?\n|$)")
# a relative in Spanglish, Filipino, Caribbean, Welsh, Vietnamese or Arabic speakers' English, then a full name
_R16_KIN = (r"(?:abuela|abuelo|abuelita|abuelito|mam[aá]|pap[aá]|t[ií]a|t[ií]o|lola|lolo|tatay|nanay|inay|itay|tita|tito|"
            r"kuya|ate|granny|grandaddy|granddaddy|gramps|grandma|grandpa|gran|nan|nana|nain|taid|mam|teta|jiddo|sitto|"
            r"mother|father|mum|mom|dad|aunt|auntie|uncle|husband|wife|son|daughter|(?:great[ \t\-]+)+(?:aunt|uncle|"
            r"grand(?:ma|pa|mother|father|dad|daddy)))")
_R16_EN_NAME_CUES = [
    re.compile(r"(?i:\b(?:mi|my|me|our|his|her)[ \t]+" + _R16_KIN + r"(?:[ \t]+ko)?)[ \t]*[:,]?[ \t]+" + _R16_NAME),
    re.compile(r"(?i:\b(?:the[ \t]+)?(?:patient|client|resident)(?:['’]s[ \t]+name)?[ \t]+is)[ \t]+" + _R16_NAME),
    re.compile(r"(?i:\b(?:drop(?:ping)?|dropped|pick(?:ing)?|picked)[ \t]+(?:off|up))[ \t]+" + _R16_NAME +
               r"(?=[ \t]+(?:at|from|by|for|on|outside)\b|[,.;])"),
    re.compile(r"(?i:\b(?:query|message|request|email|e-mail|note|text|letter|referral|call)[ \t]+from)[ \t]+" + _R16_NAME +
               r"(?=[ \t]*[,.;(]|[ \t]+\()"),
]
_R16_NOT_PERSON_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "city", "district", "county",
                         "general", "royal", "saint", "st.", "team", "department", "dept", "services", "service", "desk"}
# a nickname in quotes inside a name: 'Guadalupe "Lupita" Ortega'
_R16_NICKNAME = re.compile(r"[ \t]+[\"“'‘][" + _UPPER + r"][" + _LETTER + r"'\-]{1,20}[\"”'’][ \t]+" + _R16_NAME_WORD)
# NAME, Chinese (folded text): 来接X出院; a passenger, client, mother-to-be, Henan 俺爹, Hunan 娭毑/嗲嗲, Hubei 爹爹,
# Hakka 阿姆 or Taiwanese 阿嬷 before a name; a name alone
# after a colon and before a comma and an identifier or a birth date ("预约确认信：X，民国36年...", "改地址：X，身份证").
_R16_ZH_PERSON = (r"(?:乘客|客人|顾客|租客|住户|访客|病友|产妇|孕妇|月嫂|俺爹|俺娘|俺爸|俺妈|俺爷|俺奶|俺爷爷|俺奶奶|俺姥姥|"
                  r"俺姥爷|俺哥|俺姐|俺弟|俺妹|俺家|阿嫲|阿嬷|阿婆|阿公|阿爷|阿太|阿姆|阿奶|娭毑|嗲嗲|爹爹|老倌子|我家家)")
_R16_ZH_NAMES = [
    re.compile(r"接(?:我的?|下|一下)?(" + _ZH_NAME_CORE + r")(?=出院|回家|返屋企|放学|下班)"),
    re.compile(_R16_ZH_PERSON + r"(" + _R13_ZH_NOT_AFTER_KIN + _ZH_NAME_CORE + r")(?=[，,、。！？!?]|今年|虚岁|把|话|说|讲|落|"
               r"的|嘅|在|喺|预约|住|出生|身份证|身分证|\d|[一二三四五六七八九十百零]{2,4}(?:岁|了))"),
    re.compile(r"[:：][ \t]*(" + _ZH_NAME_CORE + r")[，,][ \t]*(?=民国|出生|生日|身份证|身分证|护照|病历|(?:19|20)\d\d年|"
               r"[一二]九|[一二]零)"),
]
# AGE: an age before "años" (Spanglish), "虚岁" + an age with no 岁 after it, "turn(s/ing) one hundred and three".
_R16_ZH_AGE = r"(?:9\d|1[01]\d|12\d|九十[一二三四五六七八九]?|一百(?:零[一二三四五六七八九]|一十[一二三四五六七八九]?|[一二]十[一二三四五六七八九]?)?)"
_R16_AGES = [
    re.compile(r"(?<![\d.,])(9\d|1[01]\d|12\d|(?i:" + _AGE_WORDS + r"))[ \t]+(?i:años|anos|anyos)\b"),
    re.compile(r"虚岁[ \t]*(" + _R16_ZH_AGE + r")(?![\d零一二三四五六七八九十百])"),
    re.compile(r"(?i:\bturn(?:s|ing|ed)?[ \t]+)((?i:" + _AGE_WORDS + r"))\b"),
]
# ID: Philippine PhilHealth (12 digits, 2-9-1), SSS (10 digits, 2-7-1) and other cued national numbers; a health card
# number with its version letters ("0303-044-332-PK", Ontario).
_R16_IDS = [
    re.compile(r"(?i:\b(?:philhealth|sss|gsis|umid|pag-?ibig|tin|crn)(?:[ \t]+(?:id|number|no\.?|#))?)(?:[ \t]+is)?[ \t:#]*"
               r"(\d{2}-\d{7,9}-\d|\d{4}-\d{4}-\d{4}|\d{3}-\d{3}-\d{3}(?:-\d{3})?)(?![A-Za-z0-9\-])"),
    re.compile(r"(?<![A-Za-z0-9\-])(\d{4}-\d{3}-\d{3}-[A-Z]{2})(?![A-Za-z0-9\-])"),
]
# MRN: "..., record MR-862-8862", "her record is H0099127" (a record of a person; a value with five digits or more);
# "record" is the noun here (after a comma, a colon or a possessive), never the verb ("please record 12000 units"), and
# a date or a span of years after it stays what it is.
_R16_MRN = re.compile(r"(?:(?:^|[,;:(])[ \t]*|(?i:\b(?:my|his|her|their|our|your|the|hospital|medical|patient)[ \t]+))"
                      r"(?i:record(?:[ \t]+(?:number|no\.?|#))?)(?:[ \t]+is)?[ \t:#]*"
                      r"(?!(?:19|20)\d\d[\-/.](?:\d|$))((?=(?:[A-Z\-]{0,4}\d){5})[A-Z]{0,3}-?\d[\d\-]{3,14}\d)(?![A-Za-z0-9/\-]|[.,]\d)" + _R13_NOT_READING)
# DEVICE: an implant's or aid's number after its noun, in Chinese ("人工耳蜗编号CI338715382"); 编号 alone reads as an ID.
_R16_ZH_DEVICE = re.compile(r"(?:人工耳蜗|耳蜗|助听器|起搏器|心脏起搏器|胰岛素泵|呼吸机|制氧机|血糖仪|动态血糖仪|轮椅|雾化器|"
                            r"除颤器|植入物)(?:的)?(?:编号|序号|序列号|号码|机身号)[是为:：]?[ \t]*"
                            r"([A-Z0-9][A-Z0-9\-]{3,24}[A-Z0-9])(?![A-Za-z0-9])")
# VEHICLE: a Vietnamese plate ("51F-238.47").
_R16_VN_PLATE = re.compile(r"(?<![A-Za-z0-9\-.])(\d{2}[A-Z][A-Z0-9]?-\d{3}\.\d{2})(?![A-Za-z0-9]|\.\d)")
# PHONE: an emergency number alone ("急救电话是120，火警119") is public, not PHI.
_R16_EMERGENCY_NUMBERS = {"110", "112", "119", "120", "122", "911", "999", "000", "995", "993", "1669", "113", "114"}
# ADDRESS: shapes the rules knew only in part.
_R16_CA_POSTAL = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d"
_R16_PROVINCE = r"(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|PEI|YT|NT|NU)"
# (the unique part has four characters; writers type five too: "D09 X2158")
_R16_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4,5}"
_R16_PLACE_WORD = r"[" + _UPPER + r"][" + _LETTER + r"'\-]{1,20}"
_R16_PLACE = (_NOT_TOWNS + _R16_PLACE_WORD + r"(?:[ \t\-]+(?:(?:de|del|de[ \t]+la|do|da|dos|y)[ \t]+)?" +
              _R16_PLACE_WORD + r"){0,3}")  # "Ciudad de México"
# what may follow an address's street: a direction letter, a district, barangay or colonia, a province and postal code,
# an Irish Eircode, a UK postcode; a town only after a district ("District 1, Ho Chi Minh City"), when it is called a
# City, or before a postal code ("Toronto, ON M5S 1V8"). A bare town last stays as the older rules decide (blind9 leaves
# it out after "88 Harbour Street", blind14 keeps it after "200 Bay St").
_R16_CODE = (r"(?:,?[ \t]+" + _R16_PROVINCE + r"[ \t]+" + _R16_CA_POSTAL + r"|,[ \t]*" + _R16_EIRCODE + r"|,?[ \t]+" +
             _UK_POSTCODE + r")(?![A-Za-z0-9])")
# (a Caribbean parish after the town is one more part: "Kingston 6, St. Andrew"; the older rules stop at ", St")
_R16_DISTRICT = re.compile(r"(?:,[ \t]*(?:District|Dist\.|Ward|Quận|Phường|Brgy\.?|Barangay|Col\.|Colonia|Purok|Zone|Sector)"
                           r"[ \t]*(?:\d{1,3}|" + _R16_PLACE + r")|(?<=Col)\.[ \t]+" + _R16_PLACE + r"|"
                           r"(?:,[ \t]*(?:St|Saint)|(?<=, St))\.?[ \t]+" + _R16_PLACE_WORD + r")(?![A-Za-z0-9])")
_R16_DIRECTION = re.compile(r"[ \t]+[NSEW](?=,)")
_R16_CODE_RE = re.compile(_R16_CODE)
_R16_TOWN_BEFORE_CODE = re.compile(r",[ \t]*" + _R16_PLACE + r"(?:[ \t]+\d{1,2})?(?=" + _R16_CODE + r")")
_R16_COUNTRIES = (r"(?!(?:Jamaica|Barbados|Trinidad|Tobago|Guyana|Canada|Philippines|Vietnam|Viet[ \t]+Nam|Mexico|México|"
                  r"Ireland|Wales|Scotland|England|UK|USA|United|Lebanon|Jordan|Egypt|Syria)\b)")  # a country is no PHI
_R16_CITY = re.compile(r",[ \t]*" + _R16_COUNTRIES + _R16_PLACE + r"(?:[ \t]+City)?(?![A-Za-z0-9])")
_R16_NAMED_CITY = re.compile(r",[ \t]*" + _R16_PLACE_WORD + r"(?:[ \t]+" + _R16_PLACE_WORD + r"){0,2}[ \t]+City(?![A-Za-z0-9])")
# Welsh and French/Spanish streets whose type comes first ("170 Heol y Deri", "382 Rue Saint-Denis")
_R16_STREET_FIRST = re.compile(r"(?<![A-Za-z0-9\-])((?:(?:Flat|Apt|Unit|Suite|Berth)\.?[ \t]*\d{1,4}[A-Z]?,[ \t]*)?\d{1,5}[A-Za-z]?"
                               r"(?:-\d{1,5})?[ \t]+(?:Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Cilgant|Rue|Boulevard|Chemin|Calle|"
                               r"Avenida|Rua|Via)(?:[ \t]+(?:y|yr|de|du|des|la|le|del|da|do|dos)){0,2}[ \t]+" +
                               _R16_PLACE_WORD + r"(?:[ \t\-]" + _R16_PLACE_WORD + r")?)")
# a Vietnamese street has no type word: house number, street name, then a district or ward ("98 Tran Hung Dao, District 1")
_R16_VN_ADDRESS = re.compile(r"(?<![A-Za-z0-9\-])((?:(?:Apt|Flat|Unit|Room|Phòng)\.?[ \t]*\d{1,4}[A-Z]?,[ \t]*)?\d{1,4}[A-Z]?"
                             r"(?:/\d{1,3})?[ \t]+" + _R16_PLACE_WORD + r"(?:[ \t]+" + _R16_PLACE_WORD + r"){0,4}"
                             r"(?=,[ \t]*(?:District|Dist\.|Ward|Quận|Phường)[ \t]*\d{1,2}))")
# a Philippine block and lot ("Blk 5 Lot 12, Phase 2, Brgy. Maybunga, Pasig City")
_R16_PH_ADDRESS = re.compile(r"(?<![A-Za-z0-9])((?:Blk|Block)\.?[ \t]*\d{1,4}[A-Z]?,?[ \t]+Lot[ \t]*\d{1,4}[A-Z]?"
                             r"(?:,[ \t]*Phase[ \t]*\d{1,2}[A-Z]?)?)(?=,[ \t]*(?:Brgy\.?|Barangay)[ \t])")
# a Jamaican lot in a district and parish, with no street ("Lot 27, Brown's Town, St. Ann")
_R16_PARISH_ADDRESS = re.compile(r"(?<![A-Za-z0-9])((?:Lot|Plot)[ \t]*\d{1,4}[A-Z]?,[ \t]*" + _R16_PLACE + r"(?:,[ \t]*" + _R16_PLACE +
                                 r")?)(?=,[ \t]*(?:St\.?|Saint)[ \t]+[A-Z])")
# a unit or purok and barangay written before the street ("Purok 3, Brgy. San Isidro, 240 Mabini St", "Berth 12, 3 ...")
_R16_ADDRESS_HEAD = re.compile(r"(?:(?:Purok|Sitio|Zone)[ \t]*\d{1,3},[ \t]*(?:Brgy\.?|Barangay)[ \t]+" + _R16_PLACE +
                               r",[ \t]*|(?:Berth|Mooring|Pontoon|Lot|Stall|Suite|Apt|Flat|Unit)\.?[ \t]*(?:\d{1,4}[A-Z]?,[ \t]*)?)$")
# a Hong Kong estate whose block has a one-character name and no 楼 ("沙田大围显径邨显6楼366室")
_R16_HK_ESTATE = re.compile(r"(?:香港)?(?:新界|九龙|港岛)?[" + _CJK + r"]{2,8}?邨[" + _CJK + r"]{1,3}?(?:楼|座|阁)?"
                            r"\d{1,3}(?:楼|层|/F)\d{1,4}[A-Z]?(?:室|号)?")
_R16_ZH_VISIT_LEAD = re.compile(r"(?:访问|拜访|前往|来到|回到|去到|送往|寄往)(?=[" + _CJK + r"]{2,6}[市省区])")


# whole-text scans behind their first-character gate (same matches, faster)
_R16_EN_NAME_CUES = [_gated(rx.pattern, rx.flags) for rx in _R16_EN_NAME_CUES]
_R16_ZH_NAMES = [_gated(rx.pattern, rx.flags) for rx in _R16_ZH_NAMES]
_R16_AGES = [_gated(rx.pattern, rx.flags) for rx in _R16_AGES]
_R16_IDS = [_gated(rx.pattern, rx.flags) for rx in _R16_IDS]
(_R16_MRN, _R16_ZH_DEVICE, _R16_VN_PLATE, _R16_STREET_FIRST, _R16_VN_ADDRESS, _R16_PH_ADDRESS, _R16_HK_ESTATE,
 _R16_PARISH_ADDRESS) = (
    _gated(rx.pattern, rx.flags) for rx in (_R16_MRN, _R16_ZH_DEVICE, _R16_VN_PLATE, _R16_STREET_FIRST, _R16_VN_ADDRESS,
                                            _R16_PH_ADDRESS, _R16_HK_ESTATE, _R16_PARISH_ADDRESS))


def _r16_extend_address(text: str, start: int, end: int) -> tuple[int, int]:
    """An address span grown by the round-16 tails and head."""
    if m := _R16_DIRECTION.match(text, end):
        end = m.end()
    district = False
    while m := _R16_DISTRICT.match(text, end):
        end, district = m.end(), True
    if m := (_R16_CITY if district else _R16_NAMED_CITY).match(text, end):
        end = m.end()
    elif m := _R16_TOWN_BEFORE_CODE.match(text, end):
        end = m.end()
    if m := _R16_CODE_RE.match(text, end):
        end = m.end()
    head = _R16_ADDRESS_HEAD.search(text, max(0, start - 60), start)
    if head and head.end() == start and text[start:start + 1].isdigit():
        start = head.start()
    return start, end


def _round16_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-16 candidates added to `out` (blind14's missed classes); a cue that names the kind replaces others."""
    found, forced, dropped = [], [], set()
    for c in out:
        start, end, kind = c
        if kind == "PHONE" and re.sub(r"\D", "", text[start:end]) in _R16_EMERGENCY_NUMBERS and end - start <= 4:
            dropped.add(c)
        elif kind == "NAME" and text[start:end] in ("车牌", "车位", "车主"):
            dropped.add(c)
        elif kind == "ADDRESS":
            lead = _R16_ZH_VISIT_LEAD.match(text, start)
            if lead:
                found.append((lead.end(), end, "ADDRESS"))
                dropped.add(c)
                start = lead.end()
            if re.match(r"[A-Za-z0-9]", text[start:start + 1]):
                new = _r16_extend_address(text, start, end)
                if new != (start, end):
                    found.append((*new, "ADDRESS"))
        elif kind == "NAME" and (m := _R16_NICKNAME.match(text, end)):
            found.append((start, m.end(), "NAME"))
    for regex in (_R16_STREET_FIRST, _R16_VN_ADDRESS, _R16_PH_ADDRESS, _R16_PARISH_ADDRESS):
        for m in regex.finditer(text):
            found.append((*_r16_extend_address(text, *m.span(1)), "ADDRESS"))
    for m in _R16_HK_ESTATE.finditer(text):
        lead = _ZH_ADDRESS_LEAD.match(m.group(0))
        start = m.start() + (lead.end() if lead else 0)
        start += _address_verb_lead(text[start:m.end()])
        found.append((start, m.end(), "ADDRESS"))
    if not text.isupper():
        for regex in [_R16_SIGNATURE] + _R16_EN_NAME_CUES:
            for m in regex.finditer(text):
                name = m.group(1)
                words = [w.lower().strip(".,'’") for w in name.split()]
                if _r8_name_ok(name) and not _R6_PLACE_NAMES.search(name) and \
                        not any(w in _R13_INSTITUTION_WORDS or w in _R16_NOT_PERSON_WORDS for w in words):
                    found.append((*m.span(1), "NAME"))
                    if nick := _R16_NICKNAME.match(text, m.end(1)):
                        found.append((m.start(1), nick.end(), "NAME"))
    for regex in _R16_ZH_NAMES:
        found += [(*m.span(1), "NAME") for m in regex.finditer(text)]
    for regex in _R16_AGES:
        found += [(*m.span(1), "AGE") for m in regex.finditer(text)]
    for regex in _R16_IDS:
        forced += [(*m.span(1), "ID") for m in regex.finditer(text)]
    forced += [(*m.span(1), "MRN") for m in _R16_MRN.finditer(text)]
    forced += [(*m.span(1), "DEVICE") for m in _R16_ZH_DEVICE.finditer(text)]
    found += [(*m.span(1), "VEHICLE") for m in _R16_VN_PLATE.finditer(text)]
    spans = {(start, end) for start, end, _ in forced}
    return [c for c in out if (c[0], c[1]) not in spans and c not in dropped] + found + forced


# Round 17 (fitted to blind15, spent): the general shapes behind blind15's misses.
# NAME, Latin script: a full name may carry initials ("R. Venkataraman", "K. S. Perera"), glued or free particles ("Omar
# bin Khalid al-Harbi", "Fatima al-Zahra Haddad") and a first name that is also a common word ("Will", "Hope", "Grace",
# "Bill", "Sunny", "Rose", "Joy") when a capitalised surname follows it.
_R17_WORD_NAMES = {"will", "bill", "hope", "faith", "grace", "rose", "sunny", "joy", "may", "june", "april", "mercy",
                   "patience", "precious", "blessing", "gift", "ruby", "pearl", "dawn", "iris", "lily", "daisy", "ivy",
                   "holly", "hazel", "violet", "summer", "autumn", "sky", "honey", "angel", "art", "ray", "guy", "mark",
                   "frank", "jack", "pat", "sue", "rob", "bob", "don", "drew", "grant", "miles", "chase", "sonny",
                   "goodluck", "godspower", "innocent", "prosper", "happy", "lucky", "precious", "marvel", "destiny"}
_R17_WORD = r"(?:(?:al|el|ad|ar|as|ash|an|ul|ud|abu|d|l|o)['’\-])?[" + _UPPER + r"][" + _LETTER + r"'’\-]{1,20}"
_R17_FREE_PARTICLES = r"(?:bin|binti|bint|ibn|abu|al|el|van|von|de|del|dela|da|dos|ap|y|ni|nic|mac|ter|ten|le|la|di|du)"
_R17_NAME_BODY = (r"(?:(?:[" + _UPPER + r"]\.[ \t]?){1,3}" + _R17_WORD + r"|" + _R17_WORD + r"(?:[ \t]+(?:" + _R17_FREE_PARTICLES +
                  r"[ \t]+)?(?:" + _R17_WORD + r"|[" + _UPPER + r"]\.(?=[ \t]+[" + _UPPER + r"]))){1,3})")
_R17_NAME = r"(" + _R17_NAME_BODY + r")"
_R17_BAD_WORDS = _NEVER_IN_NAMES | _R7_ORG_WORDS | _R13_INSTITUTION_WORDS | _R16_NOT_PERSON_WORDS | {
    "town", "village", "temple", "bus", "stand", "crescent", "terrace", "avenue", "nagar", "colony", "lane", "block", "sector",
    "plaza", "tower", "building", "estate", "mall", "market", "bridge", "river", "lake", "mount", "port", "island", "bay",
    "kindly", "namaste", "kia", "ora", "salaam", "sorry", "cheers", "dear", "hey", "yo", "bruh", "lol", "pls", "tldr",
    "device", "imei", "mac", "serial", "medicare", "aadhaar", "pan", "nhs", "nhi", "mykad", "rrn", "cpf", "passport", "baby",
    "babies", "boomers", "kids", "children", "people", "staff", "nurses", "doctors", "residents", "patients", "committee",
    "board", "trust", "society", "association", "club", "fools", "period", "holiday", "festival", "fair", "party", "sale",
    "fund", "appeal", "payments", "payment", "ball", "show", "garden", "gardens"}


_R17_KOREAN_SURNAMES = {"park", "kim", "lee", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "shin", "seo",
                        "kwon", "oh", "yoo", "song", "hong", "baek", "moon", "ahn", "nam", "ryu", "bae", "jeon", "ko", "heo"}


def _r17_name_ok(name: str) -> bool:
    """A Latin-script full name: no common, place or service word; a word-name only first and before a surname."""
    # initials ("A. J. Fernando") are checked as letters of a name, not as words
    words = [w.lower().strip(".,'’") for w in name.split() if not re.fullmatch(r"[" + _UPPER + r"]\.", w)]
    # a Korean surname first, then a hyphenated given name ("Park Ji-woo", "Lee Min-jun"): "park" is no place here
    korean = len(words) == 2 and words[0] in _R17_KOREAN_SURNAMES and re.fullmatch(r"[a-z]+-[a-z]+", words[1])
    # a word-name first ("May Chen", "Will Turner") is judged by the surname after it
    skip = bool(korean) or (len(words) > 1 and words[0] in _R17_WORD_NAMES)
    if not words or _R6_PLACE_NAMES.fullmatch(name) or any(w in _R17_BAD_WORDS for w in words[skip:]):
        return False
    if any(w in _NOT_NAMES or w in _R7_KIN_WORDS for w in words[1:]):
        return False
    head = words[0]
    return head not in _NOT_NAMES or (head in _R17_WORD_NAMES and len(words) > 1)


_R17_EN_KIN = (r"(?:halmeoni|halmoni|harabeoji|halabeoji|eomma|omma|appa|obaachan|obaasan|ojiisan|ojiichan|koro|kuia|nani|"
               r"nanaji|naniji|dadi|dada|dadaji|amma|ammamma|achan|paati|thatha|ajji|ajja|baba|bibi|babu|babcia|dziadek|"
               r"babka|dedushka|babushka|oma|opa|nonna|nonno|avó|avô|vovó|vovô|lola|lolo|grandpa|grandma|granny|gran|"
               r"grandad|granddad|grandfather|grandmother|nan|nana|mum|mom|mam|dad|father|mother|uncle|aunt|auntie|aunty|"
               r"husband|wife|son|daughter|brother|sister|neighbour|neighbor|friend|flatmate|colleague|boss|employer|"
               r"landlord|landlady|tenant|client|patient|carer|caregiver)")
_R17_EN_CUES = [
    # a person named by a role or who-word ("blue badge holder X", "customer X", "carer for X", "student X")
    re.compile(r"(?i:\b(?:holder|customer|client|user|owner|tenant|passenger|visitor|patient|pt|resident|student|trainee|"
               r"applicant|claimant|recipient|addressee|guest|member|employee|staff member|carer for|caring for|care of|"
               r"c/o|i'm|i am|im|this is|it's|its|name|named|called|signed|from|driver|rider|courier|caller|sender|contact|"
               r"attendee|participant|volunteer|porter|cleaner|worker|cc|attn|ask for|asking for|speak to|speak with|"
               r"talk to|put me through to)[ \t]*[:\-]?)[ \t]+(?-i:" + _R17_NAME + r")"),
    # a full name heading a clause before a past-tense verb a person does ("Will Turner rang twice")
    re.compile(r"(?:^|(?<=[,;:.!?]\s)|(?<=\n))" + _R17_NAME + r"(?=[ \t]+(?:left|rang|called|phoned|came|dropped|visited|"
               r"texted|emailed|said|asked|fell|collapsed|died|lost|forgot|brought|signed|booked|"
               r"cancelled|missed|arrived|waited|complained)\b)"),
    re.compile(r"(?i:\b(?:my|our|his|her|their|ur|your)[ \t]+" + _R17_EN_KIN + r"(?:[ \t]+(?:ji|san|sama|nim))?[ \t]*[:,]?)[ \t]+(?-i:" +
               _R17_NAME + r")"),
    # a capitalised kin word as a title, with no "my" ("Grandma Rose Whitfield is in bed 4"): a full name follows
    re.compile(r"(?:^|(?<=[\s:,(\[]))(?:Grandma|Grandpa|Granny|Grandad|Granddad|Nana|Nanna|Nan|Gran|Aunty|Auntie|Aunt|Uncle|"
               r"Cousin)[ \t]+" + _R17_NAME),
    # "for X" when what follows closes the name: the end, a birth date, an age in brackets, a comma
    re.compile(r"(?i:\bfor)[ \t]+(?-i:" + _R17_NAME + r")(?=[ \t]*(?:$|[,.;)\n]|\((?i:aged?|age)\b|(?i:dob|d\.o\.b|born)\b))"),
    # a first name heading a message before "from the <body>" and a reporting verb ("Bill from the council said ...")
    re.compile(r"(?:^|(?<=[\n.!?]\s))([" + _UPPER + r"][a-z]{2,15})(?=[ \t]+from[ \t]+the[ \t]+[a-z ]{3,30}?[ \t]+(?:said|says|told|rang|"
               r"called|phoned|asked|wrote|emailed))"),
]
# a signature under a sign-off line, initials allowed ("Regards,\nR. K. Narayanan\nPharmacist")
_R17_SIGNATURE = re.compile(r"(?im:^[ \t]*(?:(?:kind|best|warm|warmest|many)[ \t]+(?:regards|wishes|thanks)|regards|"
                            r"(?:yours[ \t]+)?(?:sincerely|faithfully|truly)|thanks|thank[ \t]+you|cheers|best|warmly|"
                            r"respectfully|take[ \t]+care|--|—)[ \t]*[,.!]?[ \t]*\r?\n)[ \t]*(?-i:" + _R17_NAME + r")[ \t]*(?=\r?\n|$)")
# NAME, list position: a segment that is a name and nothing else, beside a segment that holds another identifier
# ("MyKad 380415-14-5523, Kelvin Chan, taxi reg ...", "护照E1234，郑金水，农历...", "Unit 3/15 ..., Aroha Ngata — ...").
_R17_SEGMENT_SPLIT = re.compile(r"[,;，；、。！？!?\n:：—–]|(?<=[a-z0-9])\.[ \t]|[ \t]+-[ \t]+")
_R17_ZH_COMMON = ("马上|高兴|全部|常常|方便|安全|明白|文件|金额|江湖|林子|谢谢|于是|和平|万一|白天|黄色|石头|房间|钱包|车位|"
                  "车主|车牌|师傅|何时|何况|任何|高速|高铁|成功|成人|程序|周末|时间|时候|包括|应该|司机|管理|宁可|华人|"
                  "温度|康复|安排|单位|史上|商量|关于|关心|尤其|经常|左边|祝福|齐全|苗条|游客|全家|全天")
# (梁太, 陈生, 黄婆: a surname and a form of address, Cantonese Mrs/Mr, is not a full name here)
_R17_ZH_CORE = (_ZH_NOT_NAME + r"(?!" + _R17_ZH_COMMON + r")(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _SURNAMES + r"])" +
                r"(?![太生婆伯叔姨仔](?![" + _CJK + r"]))" + _ZH_GIVEN_CHAR +
                r"(?:(?![问去说])" + _ZH_GIVEN_CHAR + r")?")
# a pet name (阿强, 小红, 阿珠), a Latin first name and a Chinese surname ("Kelvin 陈"), a Tibetan or Uyghur name in
# transliteration characters (扎西, 古丽娜尔, 买买提·艾力)
_R17_TRANSLIT = ("阿艾爱安巴拜班贝比宾波布才次措达旦德迪顿多朵尔法菲噶嘎甘格古哈海罕汗赫吉加杰金卡坎克库拉莱兰朗勒雷力丽莲琳"
                 "鲁罗洛玛买麦曼梅米敏姆木穆娜纳尼妮努帕普其恰琴仁热萨塞桑色沙莎斯松苏索塔泰坦提图托瓦旺维吾西希夏央亚耶伊依"
                 "尤扎泽珠卓孜宗尕堆嘉曲珍吐逊玉素甫贡增则")
_R17_ZH_PET = r"(?:[阿小](?!时|孩|区|便|朋友|姐姐|妹妹|弟弟|哥哥|心|学|组|伙|儿|吃|说|姨|叔|舅|伯|婆|公|爷|嬷|妈|爸|姐|妹|弟|哥|姑)[" + _CJK + r"])"
_R17_ZH_LATIN = r"(?:[A-Z][a-z]{1,15}[ \t]?[" + _SURNAMES + r"])"
_R17_ZH_FOREIGN = r"(?:[" + _R17_TRANSLIT + r"]{2,4}(?:·[" + _R17_TRANSLIT + r"]{2,4})?|[" + _CJK + r"]{2,5}·[" + _CJK + r"]{2,6})"
_R17_ZH_SHAPE = r"(?:" + _R17_ZH_LATIN + r"|" + _R17_ZH_CORE + r"|" + _R17_ZH_PET + r"|" + _R17_ZH_FOREIGN + r")"
_R17_ZH_SEGMENT_NAME = re.compile(r"[ \t]*(?:[" + _CJK + r"]{1,8}的)?(" + _R17_ZH_LATIN + r"|" + _R17_ZH_CORE + r"|[阿小][" + _CJK + r"]|" +
                                  r"[" + _R17_TRANSLIT + r"]{2,4}·[" + _R17_TRANSLIT + r"]{2,4})[ \t]*")
# NAME, Chinese: a person named by a role or who-word (雇主, 老爷子, 使用者, 用户, 病人, 收件人, 车主, 游客, 老师), a kin word
# (我妈, 阿公, 楼主爷爷), a ride (载X去), or "我是/额是/俺是" before a comma
_R17_ZH_WHO = (r"(?:雇主|老板|东家|上司|领导|老爷子|老太太|老太爷|老人家|使用者|用户|病人|患者|病患|收件人|寄件人|联系人|车主|游客|顾客|客户|学员|学生|"
               r"老师|同事|邻居|室友|房东|租客|爷爷|奶奶|外公|外婆|姥姥|姥爷|阿公|阿嬷|阿婆|阿爷|阿嫲|我妈|我爸|我妈妈|我爸爸|"
               r"我老公|我老婆|我先生|我太太|我儿子|我女儿|[载載](?:着|了)?|(?:我|额|俺|偶|阮)(?:是|系|叫)|护工|保姆|同学|"
               r"表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|孙子|孙女|外孙|外孙女|[0-9一二三四五六七八九十]{1,3}床)")
_R17_ZH_CUED = re.compile(_R17_ZH_WHO + r"(" + _ZH_FUNCTION_START + _R13_ZH_NOT_AFTER_KIN + r"(?![" + _CJK + r"]{1,2}某)" +
                          _R17_ZH_SHAPE + r"?)(?=[，,、。；;！？!?\s]|$|问|去|来|今年|生日|出生|民国|农历|\d|住|的|说|讲|话|家属|"
                          r"今天|明天|昨天|刚才|现在)")
# a Chinese name @-mentioned in a group chat ("@慕容雪 你妈的药拿了吗")
_R17_ZH_MENTION = re.compile(r"@(" + _R17_ZH_SHAPE + r")(?=[\s，,：:]|$)")
# a list of full names after a label for people ("Attendees: Will Turner, Hope Mensah and Rose Kowalczyk")
_R17_NAME_LIST = re.compile(r"(?i:\b(?:attendees|names|patients|residents|visitors|guests|members|participants|carers|"
                            r"contacts|family|clients|students|passengers|present|invited|cc|to|from|with|signed)[ \t]*:)"
                            r"[ \t]*(" + _R17_NAME_BODY + r"(?:[ \t]*(?:,|;|&|\band\b)[ \t]*" + _R17_NAME_BODY + r"){0,12})")
# ADDRESS: Indian ("H.No. 12-4-56, near X temple, opp. bus stand, Town"), Bangladeshi ("House 31, Road 7, Area, City"),
# a PO box and a town with its district number ("PO Box 118, Lilongwe 3"), a town with its district number
# ("..., Colombo 6"); Chinese rural (X省X市X镇X村五组), Taiwanese lanes and alleys (巷/弄), a province before a city.
_R17_PLACE = r"[" + _UPPER + r"][" + _LETTER + r"'\-]{2,20}(?:[ \t]+[" + _UPPER + r"][" + _LETTER + r"'\-]{2,20}){0,2}"
_R17_IN_ADDRESS = re.compile(
    r"(?<![A-Za-z0-9])((?:(?:H|House|Flat|Plot|Door|D)\.?[ \t]?No\.?|Door[ \t]+No\.?|#)[ \t]*[0-9][0-9A-Za-z/\-]{0,12}"
    r"(?:,[ \t]*(?:(?:near|opp\.?|opposite|behind|beside|next[ \t]+to|off)[ \t]+[A-Za-z0-9 .'\-]{2,40}?|" + _R17_PLACE +
    r"|\d{1,4}(?:st|nd|rd|th)?[ \t]+(?:Cross|Main|Road|Street|Lane|Block|Stage|Sector)[A-Za-z ]{0,20})){1,5}"
    r"(?:[ \t\-]+\d{6}|,[ \t]*" + _R17_PLACE + r"(?:[ \t\-]+\d{6})?)?)(?=[ \t]*(?:[,.;\n]|$))")
_R17_HOUSE_ROAD = re.compile(r"(?<![A-Za-z0-9])((?:House|Holding|Plot)[ \t]+(?:No\.?[ \t]*)?\d{1,4}[A-Z]?,[ \t]*(?:Road|Rd\.?|Lane|Block|Sector)"
                             r"[ \t]+(?:No\.?[ \t]*)?\d{1,4}[A-Z]?(?:/[A-Z0-9]{1,3})?(?:,[ \t]*" + _R17_PLACE + r"){1,3})(?=[ \t]*(?:[,.;\n]|$))")
_R17_PO_TOWN = re.compile(r",[ \t]*" + _NOT_TOWNS + r"[" + _UPPER + r"][a-z]{2,20}(?:[ \t]+[" + _UPPER + r"][a-z]{2,20})?(?:[ \t]+\d{1,2})?"
                          r"(?=[ \t]*(?:[,.;\n]|$))")
_R17_DISTRICT_NUMBER = re.compile(r"[ \t]+\d{1,2}(?=[ \t]*(?:[,.;\n]|$))")
_R17_PROVINCES = ("河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|"
                  "台湾|内蒙古|广西|西藏|宁夏|新疆")
_R17_ZH_NUM = r"[0-9一二三四五六七八九十]"
_R17_ZH_VILLAGE = re.compile(r"(?:(?:" + _R17_PROVINCES + r")(?:省|自治区)?)?[" + _CJK + r"]{2,6}?[市州盟](?:[" + _CJK + r"]{1,6}?[区县旗市])?"
                             r"(?:[" + _CJK + r"]{1,6}?[镇乡])?[" + _CJK + r"]{1,6}?村(?:" + _R17_ZH_NUM + r"{1,3}(?:组|队|社)|"
                             r"\d{1,4}号)?")
_R17_ZH_LANE = re.compile(r"(?:台湾)?[" + _CJK + r"]{2}[市县](?:[" + _CJK + r"]{1,4}?[区乡镇市])?[" + _CJK + r"]{1,8}?[路街道]"
                          r"(?:[一二三四五六七八九十]段)?\d{1,4}巷(?:\d{1,4}弄)?\d{1,4}(?:之\d{1,3})?号(?:之\d{1,3})?(?:\d{1,2}楼(?:之\d{1,2})?)?")
# DEVICE: a MAC address (a medical device's network card), an IMEI after its cue, even glued to Chinese (手机IMEI 35...)
_R17_MAC = re.compile(r"(?<![0-9A-Fa-f:\-])([0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5})(?![0-9A-Fa-f:\-])")
_R17_IMEI = re.compile(r"IMEI(?:[ \t]*(?:号码?|码|number|no\.?|#|:|：|是|为|is))*[ \t]*(\d{15})(?!\d)")
# ID: New Zealand NHI, a student's or staff number, a Chinese medical insurance card typed as one run of digits, a Taiwan
# compatriot permit (and its correction), a Macau identity card.
# (an Australian Medicare number stays HEALTH_PLAN, the project's kind for it since round 12; only its span is cued here)
_R17_MEDICARE = re.compile(r"(?i:\bmedicare(?:[ \t]+(?:card|number|no\.?|#))?(?:[ \t]+is)?)[ \t:#]*(\d{4}[ \t]?\d{5}[ \t]?\d"
                           r"(?:[ \t\-/]\d)?)(?![\d])")
_R17_IDS = [
    re.compile(r"(?i:\bNHI(?:[ \t]+(?:number|no\.?|#))?)[ \t:#]*([A-Z]{3}[ \t]?\d{4}|[A-Z]{3}[ \t]?\d{2}[A-Z]{2})(?![A-Za-z0-9])"),
    re.compile(r"(?i:\b(?:student|staff|employee|badge|matric|trainee)[ \t]+(?:no\.?|number|id|#)(?:[ \t]+is)?)[ \t:#]*"
               r"([A-Z]{0,4}-?\d{4,10})(?![A-Za-z0-9])"),
    re.compile(r"(?:医保卡|医疗卡|医保)(?:号码?|卡号)?[是为:：]?[ \t]*(\d{15,19}|\d{17}[\dX])(?![0-9A-Za-z])"),
]
# a Macau identity card after its cue (BIR, 澳门身份证): "1/234567/8", "7123456(3)"
_R17_MACAU_ID = re.compile(r"(?:(?i:\bBIR)(?:[ \t]+(?i:no\.?|number))?|澳门身份证(?:号码?)?)[ \t:：#是]*"
                           r"([1578]/\d{6}/\d|[1578]\d{6}[(（]\d[)）])(?![0-9A-Za-z])")
_R17_PERMIT = re.compile(r"(?:台胞证|台湾居民来往大陆通行证|回乡证|港澳通行证)(?:号码?)?[是为:：]?[ \t]*([A-Z]?\d{8,10})(?![0-9A-Za-z])"
                         r"(?:[？?，,。 \t]*(?:不对|不是|错了|说错了?|打错了?|sorry)[，,]?[ \t]*(?:是|应该是|应为)?[ \t]*([A-Z]?\d{8,10})(?![0-9A-Za-z]))?")
# VEHICLE: a Taiwanese plate after 车号 (folded 車號), a Korean plate ("12가 3456")
_R17_PLATES = [
    re.compile(r"车号(?:码)?[是为:：]?[ \t]*([A-Z]{2,3}-\d{3,4}|\d{3,4}-[A-Z]{2,3}|[A-Z0-9]{2,4}-[A-Z0-9]{2,4})(?![A-Za-z0-9])"),
    re.compile(r"(?<![0-9A-Za-z])(\d{2,3}[가-힣][ \t]?\d{4})(?!\d)"),
]
# an Indian registration with its state code ("MH 12 AB 1234", "KA-05-MN-4521")
_R17_IN_PLATE = re.compile(r"(?<![A-Za-z0-9\-])((?:AP|AR|AS|BR|CG|CH|DL|GA|GJ|HR|HP|JH|JK|KA|KL|LA|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|"
                           r"RJ|SK|TN|TR|TS|UK|UP|WB)[ \t\-]?\d{1,2}[ \t\-]?[A-Z]{1,3}[ \t\-]?\d{4})(?![A-Za-z0-9\-])")
# AGE: "is literally 97", "is nearly 101"
_R17_AGE = re.compile(r"(?i:\b(?:is|she's|he's|turned|aged)[ \t]+(?:literally|nearly|almost|now|only|just|already|like)[ \t]+)"
                      r"(9\d|1[01]\d)\b" + _R13_NOT_READING)
# not PHI: a version number that looks like an IP address; a team sign-off ("Cheers, Customer Services")
_R17_VERSION_BEFORE = re.compile(r"(?i:\b(?:version|ver\.?|v|build|release|firmware|app))[ \t:]*$")
_R17_TEAM_AFTER = re.compile(r"[ \t]+(?i:services?|team|desk|support|care|relations|office|department|dept)\b")
_R17_LABEL_HEAD = re.compile(r"(?i:name|patient|customer|client)[ \t]*[:\-]?[ \t]+(?=[" + _UPPER + r"])")
_R17_LABEL_WORDS = {"name", "names", "caller", "patient", "pt", "customer", "client", "holder", "user", "madam", "mdm", "mr", "mrs",
                     "ms", "miss", "mx", "dr", "sir", "dame", "prof", "the", "resident", "member", "guest", "visitor", "driver",
                     "re", "attn", "to", "from", "signed", "contact", "owner", "student", "staff", "carer", "applicant"}
_R17_DEFINITE_KINDS = {"ID", "MRN", "HEALTH_PLAN", "ACCOUNT", "DEVICE", "VEHICLE", "EMAIL", "URL", "IP", "PHONE", "DATE", "AGE",
                       "SSN", "LICENSE", "FAX"}


def _r17_segment_names(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names that fill a list segment beside a segment holding another identifier."""
    bounds = [0] + [p for m in _R17_SEGMENT_SPLIT.finditer(text) for p in (m.start(), m.end())] + [len(text)]
    segments = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds) - 1, 2)]
    marks = [(s, e) for s, e, k in out if k in _R17_DEFINITE_KINDS]

    def holds_id(i: int) -> bool:
        if not 0 <= i < len(segments):
            return False
        a, b = segments[i]
        return any(s < b and a < e for s, e in marks)

    found = []
    for i, (a, b) in enumerate(segments):
        if not (holds_id(i - 1) or holds_id(i + 1)) or any(s < b and a < e for s, e in marks):
            continue
        piece = text[a:b]
        if m := _R17_ZH_SEGMENT_NAME.fullmatch(piece):
            found.append((a + m.start(1), a + m.end(1), "NAME"))
        elif m := re.fullmatch(r"[ \t]*" + _R17_NAME + r"[ \t]*", piece):
            start = a + m.start(1)
            while (head := re.match(r"[" + _LETTER + r"]+\.?[ \t]+", text[start:a + m.end(1)])) and \
                    head.group(0).strip(" \t.").lower() in _R17_LABEL_WORDS:
                start += head.end()
            if " " in text[start:a + m.end(1)] and _r17_name_ok(text[start:a + m.end(1)]):
                found.append((start, a + m.end(1), "NAME"))
    return found


def _round17_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-17 candidates added to `out` (blind15's missed classes); a cue that names the kind replaces others."""
    found, forced, dropped = [], [], set()
    for c in out:
        start, end, kind = c
        if kind == "IP" and _R17_VERSION_BEFORE.search(text, max(0, start - 20), start):
            dropped.add(c)
        elif kind == "NAME" and _R17_TEAM_AFTER.match(text, end) and " " not in text[start:end]:
            dropped.add(c)
        elif kind == "NAME" and (m := _R17_LABEL_HEAD.match(text, start)) and m.end() < end:
            dropped.add(c)
            found.append((m.end(), end, "NAME"))
        elif kind == "ADDRESS":
            if re.match(r"[A-Za-z0-9]", text[end - 1:end]):
                if re.search(r"(?i:\bp\.?[ \t]?o\.?[ \t]*box)[ \t]+\d{1,6}$", text[start:end]) and (m := _R17_PO_TOWN.match(text, end)):
                    found.append((start, m.end(), "ADDRESS"))
                elif text[end - 1].isalpha() and (m := _R17_DISTRICT_NUMBER.match(text, end)):
                    found.append((start, m.end(), "ADDRESS"))
    if not text.isupper():
        for regex in _R17_EN_CUES:
            for m in regex.finditer(text):
                name = re.sub(r"['’]s$", "", m.group(1).rstrip())
                if regex is _R17_EN_CUES[-1]:
                    ok = name.lower() in FIRST_NAMES or name.lower() in _R17_WORD_NAMES
                else:
                    ok = _r17_name_ok(name) and (" " in name or regex is _R17_EN_CUES[1])
                if ok:
                    found.append((m.start(1), m.start(1) + len(name), "NAME"))
        for m in _R17_SIGNATURE.finditer(text):
            if _r17_name_ok(m.group(1)):
                found.append((*m.span(1), "NAME"))
        for m in _R17_NAME_LIST.finditer(text):
            for n in re.finditer(_R17_NAME_BODY, m.group(1)):
                if _r17_name_ok(n.group(0)) and " " in n.group(0):
                    found.append((m.start(1) + n.start(), m.start(1) + n.end(), "NAME"))
    found += [(*m.span(1), "NAME") for m in _R17_ZH_MENTION.finditer(text)]
    found += [(*m.span(1), "VEHICLE") for m in _R17_IN_PLATE.finditer(text)]
    for m in _R17_ZH_CUED.finditer(text):
        if m.end(1) > m.start(1) and not re.fullmatch(r"[" + _CJK + r"]", m.group(1)):
            found.append((*m.span(1), "NAME"))
    for regex in (_R17_IN_ADDRESS, _R17_HOUSE_ROAD):
        found += [(*m.span(1), "ADDRESS") for m in regex.finditer(text)]
    for regex in (_R17_ZH_VILLAGE, _R17_ZH_LANE):
        for m in regex.finditer(text):
            # a rural address keeps its province (blind15 writes it so; no earlier set has a village); a lane address
            # drops a leading cue and province as the older rules do
            lead = _ZH_ADDRESS_LEAD.match(m.group(0)) if regex is _R17_ZH_LANE else None
            start = m.start() + (lead.end() if lead else 0)
            start += _address_verb_lead(text[start:m.end()])
            if regex is _R17_ZH_VILLAGE and (p := re.search(_R17_PROVINCES, text[start:m.end()])):
                start += p.start()
            if m.end() - start >= 6:
                found.append((start, m.end(), "ADDRESS"))
    forced += [(*m.span(1), "DEVICE") for regex in (_R17_MAC, _R17_IMEI) for m in regex.finditer(text)]
    for regex in _R17_IDS:
        forced += [(*m.span(1), "ID") for m in regex.finditer(text)]
    forced += [(*m.span(1), "HEALTH_PLAN") for m in _R17_MEDICARE.finditer(text)]
    forced += [(*m.span(1), "ID") for m in _R17_MACAU_ID.finditer(text)]
    for m in _R17_PERMIT.finditer(text):
        forced += [(*m.span(g), "ID") for g in (1, 2) if m.group(g)]
    for regex in _R17_PLATES:
        forced += [(*m.span(1), "VEHICLE") for m in regex.finditer(text)]
    found += [(*m.span(1), "AGE") for m in _R17_AGE.finditer(text)]
    kept = [c for c in out + found if c not in dropped]
    found += _r17_segment_names(text, kept + forced)
    # a cued identifier inside a longer address ends the address there ("..., NSW 2007, Medicare 2953 47106 1")
    for s, e, _ in forced:
        for c in kept:
            if c[2] == "ADDRESS" and c[0] < s < c[1] and e <= c[1] + 1:
                dropped.add(c)
                cut = s
                while cut > c[0] and text[cut - 1] in " \t,;":
                    cut -= 1
                cut = cut - len(re.search(r"(?i:[ \t,]*\b(?:medicare|nhi|id|no\.?))?$", text[c[0]:cut]).group(0))
                found.append((c[0], cut, "ADDRESS"))
    spans = {(start, end) for start, end, _ in forced}
    return [c for c in out if (c[0], c[1]) not in spans and c not in dropped] + \
        [c for c in found if c not in dropped and (c[0], c[1]) not in spans] + forced


_R17_EN_CUES = [_gated(rx.pattern, rx.flags) for rx in _R17_EN_CUES]
_R17_IDS = [_gated(rx.pattern, rx.flags) for rx in _R17_IDS]
_R17_PLATES = [_gated(rx.pattern, rx.flags) for rx in _R17_PLATES]
(_R17_MEDICARE, _R17_ZH_MENTION, _R17_NAME_LIST, _R17_MACAU_ID, _R17_IN_PLATE, _R17_SIGNATURE) = (
    _gated(rx.pattern, rx.flags) for rx in (_R17_MEDICARE, _R17_ZH_MENTION, _R17_NAME_LIST, _R17_MACAU_ID, _R17_IN_PLATE,
                                            _R17_SIGNATURE))
(_R17_ZH_CUED, _R17_IN_ADDRESS, _R17_HOUSE_ROAD, _R17_ZH_VILLAGE, _R17_ZH_LANE, _R17_MAC, _R17_IMEI, _R17_PERMIT, _R17_AGE) = (
    _gated(rx.pattern, rx.flags) for rx in (_R17_ZH_CUED, _R17_IN_ADDRESS, _R17_HOUSE_ROAD, _R17_ZH_VILLAGE, _R17_ZH_LANE,
                                            _R17_MAC, _R17_IMEI, _R17_PERMIT, _R17_AGE))


# --- round 18 (blind batch 16) -------------------------------------------------------------------------
# Classes blind16 (spent) found missing, each written down as a concept before it was coded:
# 1. NAME: a person after a strong who-cue written any case ("collected jamie rourke", "patient is ...", "next of kin
#    ... on", "guest ... gave", "check for X:", "list: X, ward"); a nickname in quotes inside a full name
#    (Robert "Bobby" Kane); a role label glued before a name ("IP Jane Doe": injured party) is not part of it.
#    Chinese: a surname with a familiar form (老王, 王姐, 张工, 李总, 刘哥, 陈姨), a name after a role word (学弟, 工友,
#    客人, 姊妹, 学生, 看护) or inside a ride (送X去), Japanese names in Chinese text (a Japanese surname list: general,
#    the 100 most common), Mongolian and Manchu names in transliteration (乌云其木格, 爱新觉罗·启明).
# 2. DEVICE: "SN" written before a serial belongs to it (as in blind5/12/13); a pacemaker (心律调节器) named in Chinese.
# 3. ADDRESS: German (Schillerstraße 12a, 10625 Berlin), French (12 bis rue des Lilas, 69003 Lyon), Japanese
#    (〒123-4567 東京都...1丁目2-3), a US address that ends in state and ZIP+4 keeps them.
# 4. DATE: "the fifth of March" keeps its article; "Mar. '29"; a Japanese era year (昭和10年3月1日).
# 5. PHONE: digits spoken in words ("oh one one three double four ..."), vanity numbers (1-800-FLOWERS), an
#    eight-digit Hong Kong number after "on"/"or".
# 6. ID: Italian codice fiscale, Mexican CURP, French NIR, PhilHealth, Dutch BSN, Spanish DNI/NIE (checked), a
#    service number; an SSN-shaped number after a cue that names another card (ID, health card, 证件) is that card.
# 7. VEHICLE: German (B-MW 1234), Japanese (品川 330 さ 12-34).
# 8. AGE: over-89 in words after more cues ("she a ninety-seven", "literally ninety-eight"), an age closing a name
#    ("Robert Kane, 91."), "90 this year"; not "九十岁以上" (a threshold).
_R18_JP_SURNAMES = ("佐々木|佐藤|铃木|高桥|髙桥|田中|伊藤|渡边|山本|中村|小林|加藤|吉田|山田|佐佐木|山口|松本|井上|木村|斋藤|清水|山崎|"
                    "池田|桥本|阿部|石川|山下|中岛|石井|小川|前田|冈田|长谷川|藤田|后藤|近藤|村上|远藤|青木|坂本|齐藤|福田|太田|"
                    "西村|藤井|金子|冈本|藤原|中野|三浦|原田|中川|松田|竹内|小野|田村|中山|和田|石田|森田|上田|柴田|酒井|工藤|"
                    "横山|宫崎|宫本|内田|高木|安藤|岛田|谷口|大野|高田|丸山|今井|河野|藤本|村田|武田|上野|杉山|增田|小山|大塚|"
                    "平野|菅原|久保|松井|千叶|岩崎|樱井|木下|野口|松尾|菊地|野村|新井|渡部|佐野|杉本|吉川|山内|大西|西田|菅野|"
                    "北村|荒木|市川|五十岚|望月|星野|片山|永井|川口|平田|小松|服部|大久保|秋山|高野|本田|久保田|宫田|松下|"
                    "浅野|矢野|水野|小泉|桑原|白石|早川|樋口|桜井|小岛|土屋|二宫|吉村|宫下|小池|大川|冈崎|安田")
_R18_JP_GIVEN_END_CHARS = "子郎夫美恵惠介太一也彦树樹人香奈代江雄辅輔司平治斗翔菜花咲希乃里绘絵"
_R18_ZH_END = r"(?=[，,、。；;！？!?\s:：(（…]|$|今日|今天|昨天|明天|前天|入院|出院|刚刚|已经|的|去|来|今年|留|电话|电邮|邮箱|住|出生|生日|预约|说|讲|也|和|同|在|喺|係|系|是)"
_R18_ZH_NICK = re.compile(r"(?:(?<![" + _CJK + r"])|(?<=[：:，,、的叫是找跟和同与问给喺约帮请让替下])|(?<=客户)|(?<=工友)|(?<=同事)|(?<=邻居)|(?<=车主)|"
                          r"(?<=奶奶)|(?<=爷爷)|(?<=登记)|(?<=老乡))((?<!老)老(?![师板公婆人家年爷太头乡外大是实早])[" + _SURNAMES + r"]"
                          r"|(?:(?<![" + _CJK + r"])|(?<=[：:，,、的叫是找跟和同与问给喺约帮请让替下])|(?<=客户)|(?<=工友)|(?<=同事)|(?<=邻居)|(?<=车主)|"
                          r"(?<=奶奶)|(?<=爷爷)|(?<=登记)|(?<=老乡))[" + _SURNAMES + r"](?:哥|姐|姨|工|总|嫂))(?:" + _R18_ZH_END + r"|(?=[0-9一二三四五六七八九十]{2}))")
_R18_ZH_WHO = (r"(?:学弟|学妹|学长|学姐|师兄|师姐|师弟|师妹|工友|客人|姊妹|姐妹|弟兄|学生|看护|外佣|佣人|使用人|用者|师傅|师父|业主|病友|队友|"
               r"战友|老乡|徒弟|教练|护工|保姆|预约人|登记人|联系人|"
               r"[送接载陪](?=[" + _CJK + r"]{2,4}去)|登记[：:]|报名[：:]|预约的是|约的是|老人|大哥|大姐|大爷|大妈|朋友)")
# a kin word before a full three-character name ("老舅韦金凤……"): two characters after a kin word are a symptom as often
_R18_ZH_KIN_NAME = re.compile(r"(?:老舅|舅妈|舅舅|姑妈|姨妈|姑姑|阿姨|叔叔|伯伯|婶婶|表舅|姑父|姨父)([" + _SURNAMES + r"](?:" + _ZH_GIVEN_CHAR +
                              r"){2})(?=[，,、。；;！？!?\s…]|$|的|今年|电话)")
_R18_ZH_JP = r"(?:" + _R18_JP_SURNAMES + r")[々" + _CJK + r"]?[" + _R18_JP_GIVEN_END_CHARS + r"]"
_R18_ZH_MONGOL = r"[乌兰云其木格巴特尔苏和额尔敦朝鲁孟根达赖吉雅图宝音呼斯楞那仁满都拉阿拉坦其其格萨仁高娃斯琴]{3,6}"
_R18_ZH_ANY = (r"(?:" + _R18_ZH_JP + r"|" + _R17_ZH_SHAPE + r"|[" + _CJK + r"]{2,5}·[" + _CJK + r"]{2,6}|" + _R18_ZH_MONGOL +
               r")")
_R18_ZH_CUED = re.compile(_R18_ZH_WHO + r"(?:(" + _R18_ZH_ANY + r")" + _R18_ZH_END + r"|([A-Z][a-z]{1,15}(?:[ \t](?:(?:dela|de|del|da|dos|van|von|bin|binti|al)[ \t])?[A-Z][a-z]{1,15}){1,2})"
                          r"(?=[" + _CJK + r"，,、。；;！？!?\s:：(（]|$))")
# a kin word before a Japanese, Mongolian or dotted Manchu name (我爸爸巴特尔, 阿公佐藤一郎)
_R18_ZH_KIN_FOREIGN = re.compile(r"(?:我?(?:爸爸|妈妈|老爸|老妈)|爷爷|奶奶|外公|外婆|姥姥|姥爷|阿公|阿婆|阿爷|阿嬷|老舅|舅妈|舅舅|姑妈|姨妈|"
                                 r"老公|老婆|丈夫|妻子|儿子|女儿)(" + _R18_ZH_JP + r"|" + _R18_ZH_MONGOL + r"|[" + _CJK + r"]{2,5}·[" + _CJK +
                                 r"]{2,6})" + _R18_ZH_END)
# a Japanese name or a dotted transliterated name standing alone in a list segment or before a record word
# with no cue, the given name must end the Japanese way (花子, 健一, 一郎, 由美, 大介): many surnames here are also
# Chinese words (山下, 村上, 中山, 小林)
_R18_JP_GIVEN_END = _R18_JP_GIVEN_END_CHARS
_R18_JP_GIVEN = r"[々" + _CJK + r"]?[" + _R18_JP_GIVEN_END + r"]"
_R18_ZH_JP_FREE = re.compile(r"(?<![" + _CJK + r"])((?:" + _R18_JP_SURNAMES + r")" + _R18_JP_GIVEN + r")" + _R18_ZH_END +
                             r"|(?:(?<=[：:，,、])|(?<=阿爷)|(?<=阿嬷)|(?<=阿公)|(?<=阿婆)|(?<=奶奶)|(?<=爷爷)|(?<=外婆)|(?<=外公))"
                             r"((?:" + _R18_JP_SURNAMES + r")[々" + _CJK + r"][" + _R18_JP_GIVEN_END + r"])(?=今年|的|，|,|出生|去)"
                             # a full Japanese name (surname, two-character given name with a Japanese ending) anywhere
                             r"|((?:" + _R18_JP_SURNAMES + r")[々" + _CJK + r"][" + _R18_JP_GIVEN_END + r"])" + _R18_ZH_END)
_R18_ZH_DOTTED = re.compile(r"(?<=[：:，,、\s])([" + _CJK + r"]{2,5}·[" + _CJK + r"]{1,6})" + _R18_ZH_END)
# English cues written any case; the name words are two or three, none a common word
_R18_LOWER_WORD = r"[a-zà-öø-ÿ][a-zà-öø-ÿ'’\-]{1,20}"
_R18_CAP_NAME = (_R17_WORD + r"(?:[ \t]+(?:(?:" + _R17_FREE_PARTICLES[3:-1] + r"|der|den|het|ter|te|dela|dos|das|do)[ \t]+){0,2}" +
                  _R17_WORD + r"){1,3}")
_R18_ANY_NAME = (r"(?:" + _R18_CAP_NAME + r"|" + _R18_LOWER_WORD + r"(?:[ \t]+(?:(?:nic|ni|mac|van|der|de|la|da|von|o')[ \t]+)?" +
                 _R18_LOWER_WORD + r"){1,2})")
_R18_EN_CUE = re.compile(
    r"(?:(?i:\b(?:collected|collecting|patient is|patient was|client is|guest|next of kin|nok|visiting|discharging|"
    r"dropping off|picking up|picked up|dropped off|i'm|i am|this is|owner|checked in|booked in|escorting|escorted)"
    r")[ \t]+(" + _R18_ANY_NAME + r")(?=[ \t]*(?:\(|,|;|\.(?:\s|$)|$|\bon\b|\bgave\b|\bfor\b|\bfrom\b|\bat\b|\bwas\b|\bis\b|\bhas\b|"
    r"\bsays\b|\bsaid\b|\bwith\b|\band\b|\bto\b)))")
_R18_LOWER_FIELD_AFTER = re.compile(r"[ \t]*(?:\([ \t]*(?i:dob|d\.o\.b|born|aged?|mrn|nhs)|,[ \t]*(?i:mrn|dob|d\.o\.b|nhs|hospital|id\b|"
                                    r"record|ward|bed|aged?|born|\d)|[ \t]on[ \t]+[+(\d]|[ \t]gave[ \t]|[ \t]for[ \t]the[ \t]|"
                                    r"[ \t]from[ \t]the[ \t](?:ward|discharge|clinic|lounge|unit|bay))")
# "check for X:", "repair for X:", "list: X, ward": a full name closed by a colon or the next field
_R18_FOR_COLON = re.compile(r"(?i:\b(?:for|list|re|patient|pt|client|resident))[ \t]*:?[ \t]+(?-i:(" + _R17_NAME_BODY + r"))"
                            r"(?=[ \t]*(?::|,[ \t]*(?i:ward|bed|room|bay|dob|mrn|nhs|hospital|aged|age)\b))")
# a full name asked about before a verb of a request ("can Jane Roe have her appointment moved")
_R18_MODAL_NAME = re.compile(r"(?i:\b(?:can|could|would|will|should|may|did|does|has|is|was)[ \t]+)(?-i:(" + _R18_CAP_NAME + r"))"
                             r"(?=[ \t]+(?:have|get|be|come|see|go|take|book|change|move|pick|collect|bring|visit|call|ring|stay|"
                             r"still|please)\b)")
_R18_NICKNAME = re.compile(r"(?<![" + _LETTER + r"])([" + _UPPER + r"][a-z'’\-]{1,20}[ \t]+[\"“'‘][" + _UPPER + r"][a-z]{1,15}[\"”'’][ \t]+"
                           r"(?:" + _R17_WORD + r"[ \t]+)?" + _R17_WORD + r")")
# a service rank before a full name ("Pte Tenzin Norgay Sherpa", "L/Cpl Aroha Ngata")
_R18_RANK_NAME = re.compile(r"(?<![A-Za-z/])(?:Pte|Pvt|Cpl|L/Cpl|LCpl|Sgt|S/Sgt|SSgt|Lt[ \t]?Col|Lt|2Lt|Capt|Maj|Cdr|Brig|Rfn|"
                            r"Gnr|Spr|Tpr|Cfn|Gdsm|Mne|CPO|WO[12]?|Flt[ \t]?Lt|Sqn[ \t]?Ldr|Wg[ \t]?Cdr|Cllr|Fr|Rev|Revd)\.?"
                            r"[ \t]+(" + _R18_CAP_NAME + r")")
_R18_NAME_LABEL = re.compile(r"(?:IP|Pt|PT|Re|RE|Attn|ATTN|Pt\.)[ \t]+(?=[" + _UPPER + r"])")
# DEVICE
_R18_ZH_DEVICE = re.compile(r"(?:心律调节器|心脏起搏器|起搏器|除颤器|植入式除颤器|助听器|血糖仪发射器|发射器|胰岛素泵)(?:序列号|序号|编号|号码?)?[是为:：]?[ \t]*"
                            r"((?=[A-Z0-9\-]{0,20}\d)(?=[A-Z0-9\-]{0,20}[A-Z])(?:SN[ \t])?[A-Z0-9][A-Z0-9\-]{4,20})(?![A-Za-z0-9])")
# ADDRESS
_R18_TOWN = r"[" + _UPPER + r"][" + _LETTER + r"\-]{2,20}(?:[ \t\-][" + _UPPER + r"][" + _LETTER + r"]{2,20})?"
_R18_DE_ADDRESS = re.compile(r"(?<![" + _LETTER + r"0-9])([" + _UPPER + r"][" + _LETTER + r"\-]{1,30}(?:straße|strasse|str\.|weg|allee|"
                             r"platz|gasse|ring|damm|ufer|chaussee)(?:[ \t]+\d{1,4}[a-z]?(?:-\d{1,4}[a-z]?)?),?[ \t]+\d{5}[ \t]+" +
                             _R18_TOWN + r")")
_R18_FR_ADDRESS = re.compile(r"(?<![\w])(\d{1,4}(?:[ \t]*(?:bis|ter|quater))?,?[ \t]+(?i:rue|avenue|av\.|boulevard|bd|place|chemin|allée|"
                             r"impasse|quai|route|cours|square|passage)[ \t]+(?:(?:de|du|des|de[ \t]+la|de[ \t]+l'|d'|la|le|les|l')[ \t]*)?"
                             r"[" + _UPPER + r"][" + _LETTER + r"'\-]{1,30}(?:[ \t]+[" + _UPPER + r"][" + _LETTER + r"'\-]{1,30}){0,2}"
                             r",?[ \t]+\d{5}[ \t]+" + _R18_TOWN + r")")
_R18_JP_CHARS = r"[々\u3041-\u30ff" + _CJK + r"]"
_R18_JP_ADDRESS = re.compile(r"((?:〒[ \t]?\d{3}-?\d{4}[ \t]*|(?<![" + _CJK + r"])(?=" + _R18_JP_CHARS + r"{1,3}[都道府県县]))" + _R18_JP_CHARS +
                             r"{2,20}?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})丁目(?:\d{1,4}(?:(?:[-－]|番地?)\d{1,4}){0,2}(?:号)?)?|"
                             r"\d{1,4}(?:(?:[-－]|番地?)\d{1,4}){1,2}(?:号)?))")
_R18_US_ZIP4 = re.compile(r",?[ \t]+" + _US_STATES + r"[ \t]+\d{5}-\d{4}(?!\d)")
# DATE
_R18_ORDINALS = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
                 r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|"
                 r"sixth|seventh|eighth|ninth)|thirtieth|thirty-first)")
_R18_THE_DATE = re.compile(r"(?i:\bthe[ \t]+" + _R18_ORDINALS + r"[ \t]+of[ \t]+(?:january|february|march|april|may|june|july|august|"
                           r"september|october|november|december)(?:,?[ \t]+\d{4})?)\b")
_R18_APOS_YEAR = re.compile(r"(?<![A-Za-z])((?:(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|"
                            r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?(?:January|February|March|April|May|June|July|August|September|October|"
                            r"November|December))[ \t]+['’]\d{2})(?![\d'])")
_R18_ERA = re.compile(r"((?:明治|大正|昭和|平成|令和)(?:\d{1,2}|元|[一二三四五六七八九十]{1,3})年(?:\d{1,2}月(?:\d{1,2}日)?)?)")
# PHONE
_R18_DIGIT_WORD = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|o)"
_R18_SPOKEN = re.compile(r"(?i:(?<![A-Za-z\-])((?:(?:double|triple)[ \t]+)?" + _R18_DIGIT_WORD + r"(?:[ \t,\-]+(?:(?:double|triple)[ \t]+)?" +
                         _R18_DIGIT_WORD + r"){6,14})(?![A-Za-z\-]))")
_R18_VANITY = re.compile(r"(?<![A-Za-z0-9\-])((?:1[ \-])?8(?:00|33|44|55|66|77|88)[ \-](?=[A-Z0-9\-]{0,10}[A-Z]{3})[A-Z0-9]{3,4}(?:-?[A-Z0-9]{2,7})?)(?![\w\-])")
_R18_HK8 = re.compile(r"(?i:\b(?:on|or)[ \t]+)([2-9]\d{3}[ \t]\d{4})(?![\d\-/:]|\.\d|[ \t]*(?i:(?:am|pm|mg|ml|hrs?|mins?|patients|people|cases|steps|calories|kcal|units|times|words|pounds|"
                   r"dollars|years|days|miles|km|kg|beds|staff|visits|tests|doses)\b))")
# ID
_R18_IDS = [
    re.compile(r"(?<![A-Z0-9])([A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z])(?![A-Za-z0-9])"),  # codice fiscale
    re.compile(r"(?<![A-Z0-9])([A-Z][AEIOUX][A-Z]{2}\d{6}[HM][A-Z]{5}[A-Z0-9]\d)(?![A-Za-z0-9])"),  # CURP
    re.compile(r"(?<!\d)(?<!\d[ \t])([12][ \t]?\d{2}[ \t]?(?:0[1-9]|1[0-2]|[2-9]\d)[ \t]?(?:\d{2}|2[AB])[ \t]?\d{3}[ \t]?\d{3}[ \t]?\d{2})(?![\d])"),  # NIR
    re.compile(r"(?<![\d\-])(\d{2}-\d{9}-\d)(?![\d\-])"),  # PhilHealth
    # an Ontario health card after its cue, spaced or dashed, with or without its version code
    re.compile(r"(?i:\b(?:ohip|health card|hcn)(?:[ \t]+(?:number|no\.?|#))?(?:[ \t]+is)?)[ \t:#]*(\d{4}[ \t\-]?\d{3}[ \t\-]?\d{3}"
               r"(?:[ \t\-]?[A-Z]{2})?)(?![A-Za-z0-9])"),
    re.compile(r"(?i:\b(?:service|army|regimental|personnel|bsn|sofi|burgerservicenummer)[ \t]+(?:no\.?|number|nummer|#)?)[ \t:#]*(\d{7,9})(?![\d\-])"),
]
# a South African identity number: a birth date, a gender block, citizenship 0/1, then 8 or 9 and a Luhn check digit
_R18_ZA_ID = re.compile(r"(?<![\d\-])(\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{4}[01][89]\d)(?![\d\-])")
_R18_DNI = re.compile(r"(?<![A-Za-z0-9\-])([XYZ]?\d{7,8}[A-Z])(?![A-Za-z0-9])")
_R18_SSN_SHAPE = re.compile(r"\d{3}-\d{2}-\d{4}|\d{9}")
_R18_OTHER_CARD_CUE = re.compile(r"(?:(?i:\b(?:id|health card|card|identity|identification)(?:[ \t]+(?:no\.?|number|#))?)|证件(?:号码?)?|身份证(?:号码?)?)"
                                 r"[ \t:#：]*$")
# VEHICLE
_R18_PLATES = [
    re.compile(r"(?<![A-Za-z0-9\-])([A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ \t]\d{1,4}[EH]?)(?![A-Za-z0-9\-])"),
    # a Singapore plate written alone: S, two letters, up to four digits, a check letter
    re.compile(r"(?<![A-Za-z0-9\-])(S[A-HJ-NP-Z]{2}[ \t]?\d{1,4}[ \t]?[A-EGHJ-MPR-UX-Z])(?![A-Za-z0-9\-])"),
    re.compile(r"(?:车牌(?:号码?)?[是为:：]?)?([" + _CJK + r"]{1,4}[ \t]?\d{2,3}[ \t]?[\u3041-\u3096][ \t]?\d{1,2}-\d{2})(?!\d)"),
]
# AGE
_R18_AGE_WORD = re.compile(r"(?i:\b(?:a|literally|now|is|turned|turning|aged|she's|he's|she is|he is|about|nearly|almost)[ \t]+)"
                           r"(" + _AGE_WORDS + r")(?![A-Za-z\-])(?![ \t]+(?i:(?:percent|per|pound|dollar|quid|euro|minute|min|second|sec|hour|hr|day|week|"
                           r"month|time|pill|tablet|mg|unit|mile|km|kg|lb|ml|people|patient|page|degree|step|calorie|beat|bpm|"
                           r"mmhg|point|case|bed|room)s?\b))")
_R18_AGE_THIS_YEAR = re.compile(r"(?<![\d.,])(9\d|1[01]\d)(?=[ \t]+(?:this|next)[ \t]+year\b)")
_R18_AGE_AFTER_NAME = re.compile(r",[ \t]+(9\d|1[01]\d)(?=[ \t]*(?:[.!?]|$))|,[ \t]+(" + _AGE_WORDS + r")(?=[ \t]*(?:[,.;!?]|$))")
_R18_ZH_THRESHOLD = re.compile(r"[岁歲]?(?:以上|以下|或以上|以後|以后|之上)")


# not a person: a capitalised phrase of common nouns ("Grace Period", "To: Front Desk", "Baby Boomers"), and Uncle Sam
# (the US government) when no one's uncle is meant
_R18_NOT_PERSON_WORDS = {"period", "desk", "boomers", "boomer", "reception", "counter", "helpdesk", "frontdesk", "office",
                         "services", "department", "admin", "administration", "team", "support", "enquiries", "inquiries",
                         "bookings", "billing", "records", "accounts", "payroll", "gen", "millennials", "millennial"}
_R18_UNCLE_SAM = re.compile(r"(?<![Mm]y )(?<![Oo]ur |[Hh]is |[Hh]er )Uncle[ \t]+(Sam)(?![ \t]+[" + _UPPER + r"])")


def _sg_plate_ok(value: str) -> bool:
    """Singapore plate check letter (weights 9 4 5 4 3 2 over the last two prefix letters and four digits, mod 19)."""
    m = re.fullmatch(r"([A-Z]{2,3})[ \t]?(\d{1,4})[ \t]?([A-Z])", value)
    if not m:
        return False
    letters = [ord(c) - 64 for c in m.group(1)[-2:]]
    digits = [int(c) for c in m.group(2).zfill(4)]
    total = sum(v * w for v, w in zip(letters + digits, (9, 4, 5, 4, 3, 2)))
    return "AZYXUTSRPMLKJHGEDCB"[total % 19] == m.group(3)


def _dni_ok(value: str) -> bool:
    """Spanish DNI/NIE check letter."""
    digits = value[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return digits.isdigit() and "TRWAGMYFPDXBNJZSQVHLCKE"[int(digits) % 23] == value[-1]


def _bsn_ok(value: str) -> bool:
    """Dutch BSN eleven test."""
    digits = [int(c) for c in value]
    if len(digits) != 9:
        return False
    return (sum(d * w for d, w in zip(digits, range(9, 1, -1))) - digits[-1]) % 11 == 0


def _round18_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-18 candidates added to `out` (blind16's missed classes); a cue that names the kind replaces others."""
    found, forced, dropped = [], [], set()
    sam = [m.span(1) for m in _R18_UNCLE_SAM.finditer(text)]
    for c in out:
        start, end, kind = c
        if kind == "NAME" and (any(w.lower().strip(".,:;") in _R18_NOT_PERSON_WORDS for w in text[start:end].split()) or
                               any(start <= s < end or s <= start < e for s, e in sam)):
            dropped.add(c)
        elif kind == "NAME" and (m := _R18_NAME_LABEL.match(text, start)) and m.end() < end:
            dropped.add(c)
            found.append((m.end(), end, "NAME"))
        elif kind == "ADDRESS" and (m := _R18_US_ZIP4.match(text, end)):
            found.append((start, m.end(), "ADDRESS"))
        elif kind == "SSN" and _R18_OTHER_CARD_CUE.search(text, max(0, start - 30), start):
            dropped.add(c)
            forced.append((start, end, "ID"))
        elif kind == "AGE" and _R18_ZH_THRESHOLD.match(text, end):
            dropped.add(c)
        elif kind == "NAME" and (m := _R18_AGE_AFTER_NAME.match(text, end)):
            found.append((*m.span(1 if m.group(1) else 2), "AGE"))
    if not text.isupper():
        for m in _R18_EN_CUE.finditer(text):
            name = m.group(1)
            words = name.split()
            if name.islower() or not name[0].isupper():
                weak = re.match(r"(?i:i'm|i am|this is)", m.group(0))
                # a lower-case name is taken only before a record field ("(DOB", ", MRN", "on 0161...", "gave DOB")
                ok = bool(_R18_LOWER_FIELD_AFTER.match(text, m.end(1))) and len(words) >= 2 and not any(w in _LOWER_NOT_NAMES or w in _NOT_NAMES or w in _R6_NOT_LOWER_NAME or
                                                 re.search(r"(?:ing|ed|ly|ful|less|ous|ive|able)$", w) for w in words) and \
                    (not weak or any(w in ("nic", "ni", "mac", "van", "der", "de", "la", "o'", "bin", "binti", "al") for w in words))
            else:
                ok = _r17_name_ok(name) and len(words) >= 2
            if ok:
                found.append((*m.span(1), "NAME"))
        for m in _R18_FOR_COLON.finditer(text):
            if _r17_name_ok(m.group(1)) and " " in m.group(1):
                found.append((*m.span(1), "NAME"))
        for m in _R18_NICKNAME.finditer(text):
            first = m.group(1).split()[0]
            if not re.fullmatch(_R17_EN_KIN, first, re.I) and first.lower() not in _NOT_NAMES:
                found.append((*m.span(1), "NAME"))
        for m in _R18_RANK_NAME.finditer(text):
            if _r17_name_ok(m.group(1)):
                found.append((*m.span(1), "NAME"))
        for m in _R18_MODAL_NAME.finditer(text):
            if _r17_name_ok(m.group(1)):
                found.append((*m.span(1), "NAME"))
    for m in _R18_ZH_NICK.finditer(text):
        found.append((*m.span(1), "NAME"))
    for m in _R18_ZH_CUED.finditer(text):
        # a two-character run after a plain role word is a symptom as often as a name (学生高烧、...)
        if m.group(2) or len(m.group(1)) >= 3 or re.fullmatch(_R17_ZH_PET, m.group(1)):
            found.append((*m.span(1 if m.group(1) else 2), "NAME"))
    found += [(*m.span(1), "NAME") for m in _R18_ZH_KIN_NAME.finditer(text)]
    found += [(*m.span(1), "NAME") for m in _R18_ZH_KIN_FOREIGN.finditer(text)]
    for m in _R18_ZH_JP_FREE.finditer(text):
        g = 1 if m.group(1) else 2 if m.group(2) else 3
        found.append((*m.span(g), "NAME"))
    found += [(*m.span(1), "NAME") for m in _R18_ZH_DOTTED.finditer(text)]
    forced += [(*m.span(1), "DEVICE") for m in _R18_ZH_DEVICE.finditer(text)]
    for regex in (_R18_DE_ADDRESS, _R18_FR_ADDRESS, _R18_JP_ADDRESS):
        found += [(*m.span(1), "ADDRESS") for m in regex.finditer(text)]
    found += [(*m.span(1), "DATE") for m in _R18_APOS_YEAR.finditer(text)]
    found += [(*m.span(1), "DATE") for m in _R18_ERA.finditer(text)]
    for m in _R18_SPOKEN.finditer(text):
        words = re.findall(r"[A-Za-z]+", m.group(1).lower())
        count = sum(1 if w not in ("double", "triple") else 0 for w in words) + sum(1 if w == "double" else 2 if w == "triple" else 0 for w in words)
        if count >= 8 and sum(w in ("oh", "o", "zero") for w in words) < len(words):
            found.append((*m.span(1), "PHONE"))
    found += [(*m.span(1), "PHONE") for m in _R18_VANITY.finditer(text)]
    found += [(*m.span(1), "PHONE") for m in _R18_HK8.finditer(text)]
    for regex in _R18_IDS:
        for m in regex.finditer(text):
            value = m.group(1)
            if regex is _R18_IDS[-1] and "bsn" in m.group(0).lower() and not _bsn_ok(value):
                continue
            forced.append((*m.span(1), "ID"))
    forced += [(*m.span(1), "ID") for m in _R18_ZA_ID.finditer(text) if luhn_ok(m.group(1))]
    for m in _R18_DNI.finditer(text):
        if _dni_ok(m.group(1)):
            forced.append((*m.span(1), "ID"))
    for regex in _R18_PLATES:
        forced += [(*m.span(1), "VEHICLE") for m in regex.finditer(text) if regex is not _R18_PLATES[1] or _sg_plate_ok(m.group(1))]
    found += [(*m.span(1), "AGE") for m in _R18_AGE_WORD.finditer(text)]
    found += [(*m.span(1), "AGE") for m in _R18_AGE_THIS_YEAR.finditer(text)]
    spans = {(start, end) for start, end, _ in forced}
    # a forced span replaces what overlaps it only where it is at least as long
    def beaten(c):
        return any(s <= c[0] and c[1] <= e and (s, e) != (c[0], c[1]) for s, e in spans) and c[2] in ("PHONE", "SSN", "DEVICE", "VEHICLE",
                                                                                                    "ACCOUNT")
    return [c for c in out if (c[0], c[1]) not in spans and c not in dropped and not beaten(c)] + \
        [c for c in found if c not in dropped and (c[0], c[1]) not in spans] + forced


# --- Round 19 (blind17's missed classes) -------------------------------------------------------------------------
# NAME, Chinese: a full name with no cue word before it, held by what comes after (a form of address for an elder, a
# record the name owns: 陈美玲婆婆, 张伟的视频问诊链接) or by what comes before (设备…归周敏, 客人是李建国, 院长说刘桂兰奶奶).
_R19_ZH_NAME = (_ZH_NOT_NAME + r"(?!" + _R17_ZH_COMMON + r")(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _SURNAMES + r"])" +
                r"(?![太生婆伯叔姨仔](?![" + _CJK + r"]))" + _ZH_GIVEN_CHAR + r"(?:" + _ZH_GIVEN_CHAR + r")?")
_R19_ZH_NAME3 = (_ZH_NOT_NAME + r"(?!" + _R17_ZH_COMMON + r")(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _SURNAMES + r"])" +
                 r"(?![太生婆伯叔姨仔](?![" + _CJK + r"]))" + _ZH_GIVEN_CHAR + _ZH_GIVEN_CHAR)
_R19_ZH_ELDER = r"(?:婆婆|奶奶|爷爷|阿伯|伯伯|阿婆|阿公|阿嬷|老人|老伯|公公|阿姨|叔叔)"
_R19_ZH_OWNED = (r"的(?:视频|视讯|复诊|覆诊|病历|电话|邮箱|电邮|预约|身份证|证件|地址|住址|医保|社保|护照|车牌|出生|生日|"
                 r"住院|门诊|检查|化验|报告|处方)")
# (a two-character name is taken only before 的视频问诊/的复诊 or an elder's form of address and an age: 常规的检查, 全科的
#预约 and 车上阿伯 ("in the car, the old man") are no names)
_R19_ZH_AFTER = re.compile(r"(?:(?<![" + _CJK + r"])|(?<=[：:，,。；;！？!?\s])|(?<=说)|(?<=讲))(?!高烧|高热|高血|高压|黄疸|安眠|安定|常规|全科|管床|方案|宋体|单位|包括)"
                           r"(" + _R19_ZH_NAME3 + r"(?=" + _R19_ZH_OWNED + r")|" + _R19_ZH_NAME + r"(?=的(?:视频|视讯|复诊|覆诊)))"
                           r"|(?:(?<![" + _CJK + r"])|(?<=[：:，,。；;！？!?\s])|(?<=说)|(?<=讲))"
                           r"(" + _R19_ZH_NAME3 + r"|(?!车上|车里|车内|楼上|楼下|路上|身上|床上|家里|门口)" + _R19_ZH_NAME + r"(?=" + _R19_ZH_ELDER + r"(?:今年|\d)))(?=" + _R19_ZH_ELDER + r")")
_R19_ZH_BEFORE = re.compile(r"(?:(?<=[" + _CJK + r"A-Za-z0-9\-][归属]于)|(?<=[A-Za-z0-9\-器机椅床]归)|(?<=客人是)|(?<=客户是)|(?<=病人是)|(?<=患者是)|"
                            r"(?<=老板娘)|(?<=老板)|(?<=佬)|(?<=上的老))(" + _R19_ZH_NAME + r")(?=[，,。；;！？!?\s]|$|车牌|电话|的)")
# a Latin-script name inside Chinese text after a role or helping word ("他帮Chan Tai Man挂的号", "外送员Tan Ah Kow的机车")
_R19_ZH_LATIN = re.compile(r"(?<=[帮给叫员工的是和跟替])([A-Z][a-zà-ỹ]{1,15}(?:[ \t][A-Z][a-zà-ỹ]{0,15}){1,3})(?=[" + _CJK + r"，,。；;！？!?]|$)")
# a married woman's name, her husband's surname before her own and 氏 (梁何氏)
_R19_ZH_MARRIED = re.compile(r"(?:(?<![" + _CJK + r"])|(?<=[：:，,、])|(?<=阿妈)|(?<=妈妈)|(?<=母亲)|(?<=奶奶)|(?<=婆婆)|(?<=阿婆)|(?<=老人))"
                             r"([" + _SURNAMES + r"][" + _SURNAMES + r"]氏)(?=[" + _CJK + r"，,。；;！？!?\s]|$)")
# NAME, English
_R19_NAME = r"(?:Ma\.[ \t]+)?" + _R18_CAP_NAME
# "SMITH, John" and "O'SULLIVAN, PÁDRAIG": a surname in capitals, a comma, a given name
_R19_SURNAME_FIRST = re.compile(r"(?<![" + _LETTER + r"'’])((?:(?:O|D|Mc|Mac)['’]?)?[A-Z][A-Z'’\-]{2,24},[ \t]?(?:[" + _UPPER + r"][a-zà-ÿ]{1,20}|[" +
                                _UPPER + r"]{2,20}))(?![" + _LETTER + r"])")
_R19_SURNAME_CUE = re.compile(r"(?i:\b(?:name|visiting|update|says|for|to|patient|pt|surname|client|resident))[ \t]*[:\-]?[ \t]*$")
_R19_FIELD_END = re.compile(r"[ \t]*(?:[,;/()]|$|\n|(?:DOB|dob|born|aged|MRN|NHS)\b)")
_R19_ACRONYMS = {"NHS", "DOB", "MRN", "ICU", "USA", "A&E", "GP", "NRIC", "PPS", "CHI", "EHIC", "URGENT", "NOTE", "RE", "FYI", "ASAP",
                 "ID", "SSN", "FAO", "ATTN", "PS", "AM", "PM", "OK", "BP", "ECG", "MRI", "CT", "HIV", "COVID", "UK", "US", "EU"}
# "send the papers to Boudreaux, Alcide at ...": a surname-first name after a cue, before a field or the end
_R19_CUED_SURNAME_FIRST = re.compile(r"(?i:\b(?:to|for|visiting|name|patient|pt))[ \t]+(?-i:([" + _UPPER + r"][a-zà-ÿ'’\-]{2,20},[ \t][" + _UPPER +
                                     r"][a-zà-ÿ]{1,20}))(?=[ \t]+(?:at|on|born|dob|DOB)\b|[ \t]*[,;(/]|$)")
# ("telehealth for X on 3 May": what is booked is a visit, a call or a letter; "prescription for Amoxicillin Capsules
# on 3 May" names no person)
_R19_FOR_ON = re.compile(r"(?i:\b(?:telehealth|video|call|appointment|booking|visit|session|consult|consultation|review|slot|"
                         r"invite|invitation|reminder|transport|letter|link|meeting|bed|room|taxi|pickup|pick-up)[ \t]+"
                         r"(?:is[ \t]+|booked[ \t]+)?(?:for|with)|\bvisiting)[ \t]+(" + _R19_NAME + r")(?=[ \t]+on[ \t]+(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
                         r"mon|tue|wed|thu|fri|sat|sun|the[ \t]+\d)))")
_R19_NAME_AGE = re.compile(r"(?:^|(?<=[.!?;][ \t])|(?<=\n))(" + _R19_NAME + r")[ \t]+\((\d{2,3})\)")
_R19_NAME_HERE = re.compile(r"(?i:\b(?:hi|hello|hey|hiya|kia ora|talofa|aloha|salaam|salam|good morning|good afternoon|good evening|"
                            r"morning|evening|sawubona|bula|namaste|g'day|howzit)[,!.]?[ \t]+)(" + _R19_NAME + r")[ \t]+here\b")
_R19_KIN = (r"(?:tutu|kupuna|broda|brotha|sista|bro|sis|mama|papa|abuela|abuelo|abuelita|abuelito|tita|tito|tatay|nanay|"
            r"babushka|nene|dede|anneanne|babaanne|ayeeyo|awoowe|mamá|papá|" + _R17_EN_KIN[3:-1] + r")")
_R19_KIN_NAME = re.compile(r"(?i:\b(?:my|mi|me|our|his|her|their)[ \t]+(?:[A-Z][a-z]{2,15}[ \t]+)?" + _R19_KIN + r")[ \t]+(?-i:(" + _R19_NAME +
                           r"))")
# ID: national numbers after their own name, and shapes with a check digit or a shape no other number has
_R19_ID_CUE = re.compile(
    r"(?i:(?<![A-Za-z])(?:pesel|personnummer|personnr|f[øo]dselsnummer|cnic|rut|run|nik|nin|chi(?:[ \t]+(?:number|no\.?))?|cccd|cmnd|tc[ \t]+kimlik(?:[ \t]+no)?|"
    r"kimlik(?:[ \t]+no)?|teudat[ \t]+zehut|mbi|ehic|staff[ \t]+id|employee[ \t]+id|kenyan[ \t]+id|thai[ \t]+id|citizen[ \t]+id)\b"
    r"(?:[ \t]+(?:number|no\.?|is|was))?)[ \t:#]*"
    r"([0-9A-Z](?:[0-9A-Z]|[.\-][0-9A-Z]|[ \t](?=[0-9A-Z]{1,7}(?:[ \t.\-]|[^0-9A-Za-z]|$))[0-9A-Z]){5,22})(?![0-9A-Za-z])")
_R19_ZH_ID_CUE = re.compile(r"(?:证件号码?|职员编号|员工编号|工号)[:：是为]?[ \t]*([0-9A-Z](?:[0-9A-Z]|[.\-][0-9A-Z]|[ \t][0-9A-Z]){5,22}(?:\([0-9A]\))?)(?![0-9A-Za-z(])")
_R19_CNIC = re.compile(r"(?<![\d\-])(\d{5}-\d{7}-\d)(?![\d\-])")
_R19_MBI = re.compile(r"(?<![A-Za-z0-9\-])([1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?"
                      r"[AC-HJKMNP-RT-Y]{2}\d{2})(?![A-Za-z0-9\-])")
_R19_RUT = re.compile(r"(?<![\d.\-])(\d{1,2}\.\d{3}\.\d{3}-[\dkK])(?![\d\-])")
_R19_PERSONNUMMER = re.compile(r"(?<![\d\-])((?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[\-+]\d{4})(?![\d\-])")
_R19_THAI = re.compile(r"(?<![\d\-])([1-8][ \-]?\d{4}[ \-]?\d{5}[ \-]?\d{2}[ \-]?\d)(?![\d\-])")


def _luhn10_ok(digits: str) -> bool:
    """Luhn over the ten digits of a Swedish personnummer (year in two digits)."""
    return len(digits) == 10 and luhn_ok(digits)


def _rut_ok(value: str) -> bool:
    """Chilean RUT check digit (mod 11, weights 2..7 from the right; 10 is K)."""
    body, check = re.sub(r"\D", "", value[:-1]), value[-1].upper()
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body)))
    digit = 11 - total % 11
    return check == {11: "0", 10: "K"}.get(digit, str(digit))


def _thai_ok(value: str) -> bool:
    """Thai national ID: 13 digits, check digit (11 - sum(d_i * (13 - i)) mod 11) mod 10."""
    d = [int(c) for c in re.sub(r"\D", "", value)]
    return len(d) == 13 and (11 - sum(x * (13 - i) for i, x in enumerate(d[:12])) % 11) % 10 == d[12]


# ADDRESS: house-number-after-street and postcode shapes of other countries
_R19_W = r"[" + _UPPER + r"][" + _LETTER + r"'’\-]{1,24}"
_R19_TOWN = r"(?:,[ \t]*" + _R19_W + r"(?:[ \t]+" + _R19_W + r"){0,2})"
_R19_ADDRESSES = [
    # Polish: ul. Długa 5/7, 80-827 Gdańsk
    re.compile(r"(?<![" + _LETTER + r"])((?:ul|al|pl|os)\.[ \t]*" + _R19_W + r"(?:[ \t]+" + _R19_W + r"){0,2}[ \t]+\d{1,4}[A-Za-z]?(?:/\d{1,4})?"
               r"(?:[ \t]+m\.[ \t]*\d{1,4})?(?:,[ \t]*\d{2}-\d{3}[ \t]+" + _R19_W + r")?)"),
    # Dutch: Prinsengracht 263, 1016 GV Amsterdam (four digits and two capitals)
    re.compile(r"(?<![" + _LETTER + r"])(" + _R19_W + r"(?:[ \t]+" + _R19_W + r"){0,2}[ \t]+\d{1,4}[A-Za-z]?(?:-\d{1,3})?,[ \t]*[1-9]\d{3}[ \t]?"
               r"(?!SA|SD|SS)[A-Z]{2}[ \t]+" + _R19_W + r")"),
    # Korean road names: 23 Teheran-ro 10-gil, Gangnam-gu, Seoul
    re.compile(r"(?<![0-9A-Za-z])(\d{1,4}(?:-\d{1,4})?[ \t]+" + _R19_W + r"-(?:ro|gil|daero)(?:[ \t]+\d{1,3}(?:beon)?-gil)?"
               r"(?:,[ \t]*" + _R19_W + r"-(?:gu|si|gun|dong|eup|myeon))*" + _R19_TOWN + r"?)"),
    # Thai: 99/5 Moo 3, Soi Sukhumvit 55, Bangkok
    re.compile(r"(?<![0-9A-Za-z/])(\d{1,4}(?:/\d{1,4})?[ \t]+(?:Moo[ \t]+\d{1,2},[ \t]*)?(?:Soi|Thanon)[ \t]+" + _R19_W + r"(?:[ \t]+\d{1,3})?"
               r"(?:,[ \t]*(?:Soi|Thanon)[ \t]+" + _R19_W + r"(?:[ \t]+\d{1,3})?)?" + _R19_TOWN + r"?)"),
    # Turkish: Atatürk Mah. Cumhuriyet Cad. No: 12 D: 4, Kadıköy
    re.compile(r"(?<![" + _LETTER + r"])(?!(?:Adres|Address|Adresse)\b)(" + _R19_W + r"(?:[ \t]+" + _R19_W + r")?[ \t]+(?:Mah|Mahallesi)\.?(?:[ \t]+" + _R19_W +
               r"(?:[ \t]+" + _R19_W + r")?[ \t]+(?:Cad|Sok|Sk|Bulv|Caddesi|Sokak)\.?)?(?:[ \t]+No[:.]?[ \t]*\d{1,4}[A-Z]?)"
               r"(?:[ \t]+(?:D|Daire|Kat)[:.]?[ \t]*\d{1,4})?(?:" + _R19_TOWN + r")?)"),
    # Mexican: Calle Durango 45, Col. Roma Norte, C.P. 06700
    re.compile(r"(?<![" + _LETTER + r"])((?:(?:Calle|Avenida|Av\.|Calz\.|Calzada|Privada|Prol\.)[ \t]+)?" + _R19_W + r"(?:[ \t]+" + _R19_W +
               r"){0,2}[ \t]+\d{1,5}(?:[ \t]+(?:Int\.|Depto\.?)[ \t]*\d{1,4})?,[ \t]*Col\.[ \t]+" + _R19_W + r"(?:[ \t]+" + _R19_W +
               r"){0,2}(?:,[ \t]*C\.[ \t]?P\.[ \t]*\d{5})?(?:" + _R19_TOWN + r")?)"),
    # Brazilian: Rua Augusta, nº 1508, CEP 01304-001, São Paulo
    re.compile(r"(?<![" + _LETTER + r"])((?:Rua|Avenida|Av\.|Travessa|Alameda|Praça|Estrada|Rodovia)[ \t]+(?:d[aeo]s?[ \t]+)?" + _R19_W + r"(?:[ \t]+(?:d[aeo]s?[ \t]+)?" +
               _R19_W + r"){0,3},?[ \t]*(?:n[º°o]\.?|número)[ \t]*\d{1,5}(?:,[ \t]*(?:apto?\.?|ap\.)[ \t]*\d{1,5})?(?:,[ \t]*CEP[ \t]*\d{5}-?\d{3})?"
               r"(?:" + _R19_TOWN + r")?)"),
    # Nigerian directions after the street: 12 Adeola Odeku Street, off Ahmadu Bello Way, Victoria Island, Lagos
    re.compile(r"(?<![0-9A-Za-z])(\d{1,4}[A-Za-z]?[ \t]+" + _R19_W + r"(?:[ \t]+" + _R19_W + r"){0,3}[ \t]+(?:Street|Road|Way|Avenue|Close|Crescent|Lane)"
               r"(?:,[ \t]*(?:off|close to|opposite|behind|near|by)[ \t]+" + _R19_W + r"(?:[ \t]+" + _R19_W + r"){0,3})+" + _R19_TOWN + r"{0,2})"),
    # Vietnamese: 45 Lê Lợi, Phường Bến Nghé, Quận 1
    re.compile(r"(?<![0-9A-Za-z])(\d{1,4}[A-Za-z]?(?:/\d{1,4})?[ \t]+" + _R19_W + r"(?:[ \t]+" + _R19_W + r"){0,3},[ \t]*(?:Phường|Xã|P\.)[ \t]+" + _R19_W +
               r"(?:[ \t]+" + _R19_W + r"){0,3}(?:,[ \t]*(?:Quận|Huyện|Q\.)[ \t]+(?:\d{1,2}|" + _R19_W + r"(?:[ \t]+" + _R19_W + r"){0,2}))?" +
               r"(?:,[ \t]*(?:TP\.?|Thành phố)?[ \t]*" + _R19_W + r"(?:[ \t]+" + _R19_W + r"){0,2})?)"),
    # an Eircode after its name
    re.compile(r"(?i:\beircode)(?:[ \t]+is)?[ \t:]*((?-i:(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}))(?![A-Za-z0-9])"),
]
# a Chinese address goes on over its postcode (，邮编200031) and a Hong Kong block and flat (翠屏邨翠杨楼1508室)
_R19_ZH_ADDRESS_TAIL = re.compile(r"(?:[，,][ \t]*邮(?:政)?编(?:码)?[:：]?[ \t]*\d{6}|[" + _CJK + r"]{1,4}(?:楼|座|阁)(?:\d{1,3}楼)?\d{1,5}室)")
# VEHICLE: plates of other countries after a vehicle word
_R19_PLATE = re.compile(r"(?i:\b(?:car|plate|reg|registration|rego|logged|vehicle|van|taxi|motorbike|motorcycle|scooter|truck|ute))"
                        r"(?:[ \t]+(?i:number|no\.?|is|was|plate))?[ \t:#]*"
                        r"((?-i:\d{2}[ \t][A-Z]{1,3}[ \t]\d{2,4}|[A-Z]{3}-\d{2,3}-[A-Z]|[A-Z]{2,3}[ \t]\d{4,5}|[A-Z]{2,3}[ \t]\d{2,3}[A-Z]{1,2}))"
                        r"(?![A-Za-z0-9\-])(?![ \t][A-Z]{1,2}(?![A-Za-z0-9]))")
# DEVICE: an asset tag ("Asset VENT-ICU-0457", "病床资产编号BD-3F-0091"); MRN: "for patient RGH-7781234"
_R19_ASSET = re.compile(r"(?:(?i:\basset(?:[ \t]+(?:tag|no\.?|number|id))?)[ \t:#]*|资产编号[:：]?[ \t]*)((?=[A-Z0-9\-]{0,24}\d)[A-Z][A-Z0-9]{0,9}"
                        r"(?:-[A-Z0-9]{1,10}){1,4})(?![A-Za-z0-9\-])")
_R19_PATIENT_MRN = re.compile(r"(?i:\bpatient)[ \t]+((?-i:[A-Z]{0,4}-?(?:\d{4}-)?\d{5,10}))(?![A-Za-z0-9\-])")
# PHONE: a Turkish mobile grouped 3-3-2-2 (0532 123 45 67)
_R19_TR_PHONE = re.compile(r"(?<![\d+])(0[ \t]?5\d{2}[ \t]\d{3}[ \t]\d{2}[ \t]\d{2})(?![\d])")
# The labelling convention of 2026-12-03 (every PHI set): a span is the value only ("SN 2231-88-0415" -> "2231-88-0415",
# "#5286731874" -> "5286731874") and an NHS number is a national health number (ID), not a hospital record number (MRN).
# an NHS number is a national health number (ID), not a hospital's record number (MRN)
_R19_NATIONAL_BEFORE = re.compile(r"(?i:\bnhs)[ \t]*(?:number|no\.?|num|#)?[ \t:：#]*(?:is[ \t]+|是|为)?[ \t]*$")
# DATE: a day, a short month and a two-digit year after "on"/"born" and before punctuation ("on 12 Mar 31: ...")
_R19_SHORT_YEAR = re.compile(r"(?i:\b(?:on|born|dob|d\.o\.b\.?|seen|admitted|discharged|dated)[ \t]+)(" + _DAY + r"[ \t]+(?i:" + _MONTH +
                             r")\.?[ \t]+\d{2})(?=[,.;:!?)](?!\d)|$)")
# AGE: an age over 89 a person is about to reach ("stay 101 next month" in Hawaiian Pidgin, "gonna be 99 on Sunday")
_R19_AGE_NEXT = re.compile(r"(?i:\b(?:stay|gonna[ \t]+be|going[ \t]+to[ \t]+be|gon[ \t]+be|go[ \t]+be))[ \t]+(9\d|1[01]\d)"
                           r"(?=[ \t]+(?i:next|this|on)\b)")
# a label word before a device serial is not part of the value ("SN 2231-88-0415", "S/N ...", "#5286731874")
_R19_DEVICE_LABEL = re.compile(r"(?:SN|S/N|[Ss]erial|SERIAL)[ \t:]+(?=[A-Za-z0-9])|#(?=\d)")


def _round19_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-19 candidates added to `out` (blind17's missed classes); a cue that names the kind replaces others."""
    found, forced, dropped = [], [], set()
    for c in out:
        start, end, kind = c
        if kind == "MRN" and _R19_NATIONAL_BEFORE.search(text, max(0, start - 30), start):
            dropped.add(c)
            forced.append((start, end, "ID"))
        elif kind == "DEVICE" and (m := _R19_DEVICE_LABEL.match(text, start)) and m.end() < end:
            dropped.add(c)
            found.append((m.end(), end, "DEVICE"))
        elif kind == "NAME" and text[max(0, start - 4):start] == "Ma. " and (start < 5 or not text[start - 5].isalpha()):
            found.append((start - 4, end, "NAME"))
        elif kind == "ADDRESS" and (m := _R19_ZH_ADDRESS_TAIL.match(text, end)):
            found.append((start, m.end(), "ADDRESS"))
    found += [(*m.span(1 if m.group(1) else 2), "NAME") for m in _R19_ZH_AFTER.finditer(text)]
    found += [(*m.span(1), "NAME") for m in _R19_ZH_BEFORE.finditer(text)]
    for m in _R19_ZH_LATIN.finditer(text):
        words = m.group(1).split()
        # a short last word of a Vietnamese or Chinese given name ("Nguyễn Văn An") is no English word here
        if _r17_name_ok(m.group(1)) or (not m.group(1).isascii() and len(words) > 2 and _r17_name_ok(" ".join(words[:-1]))):
            found.append((*m.span(1), "NAME"))
    if not text.isupper():
        for m in _R19_SURNAME_FIRST.finditer(text):
            surname, given = m.group(1).split(",", 1)
            given = given.strip()
            # a given name in capitals too ("WORK, MOUTH IS CROOKED") needs a cue before it: a form, a visit, a field
            cued = _R19_SURNAME_CUE.search(text, max(0, m.start() - 25), m.start())
            # with no cue the name must end a field ("WARNING, Paracetamol overdose ..." is a sentence going on)
            if not cued and not _R19_FIELD_END.match(text, m.end()):
                continue
            if surname.isupper() and surname not in _R19_ACRONYMS and given.upper() not in _R19_ACRONYMS and \
                    given.lower() not in _NOT_NAMES and given.lower() not in _NEVER_IN_NAMES and (not given.isupper() or cued):
                found.append((*m.span(1), "NAME"))
        for m in _R19_CUED_SURNAME_FIRST.finditer(text):
            if _r17_name_ok(m.group(1).replace(",", "")):
                found.append((*m.span(1), "NAME"))
        for regex in (_R19_FOR_ON, _R19_NAME_AGE, _R19_NAME_HERE, _R19_KIN_NAME):
            for m in regex.finditer(text):
                name = m.group(1)
                bare = name[4:] if name.startswith("Ma. ") else name
                if " " in bare and _r17_name_ok(bare):
                    found.append((*m.span(1), "NAME"))
    for regex in (_R19_ID_CUE, _R19_ZH_ID_CUE):
        for m in regex.finditer(text):
            value = m.group(1).rstrip(" ")
            if sum(ch.isdigit() for ch in value) >= 5:
                forced.append((m.start(1), m.start(1) + len(value), "ID"))
    found += [(*m.span(1), "NAME") for m in _R19_ZH_MARRIED.finditer(text)]
    # shapes alone (no cue) are plain candidates: a cue elsewhere that names the number keeps its kind
    found += [(*m.span(1), "ID") for m in _R19_CNIC.finditer(text)]
    found += [(*m.span(1), "ID") for m in _R19_MBI.finditer(text)]
    found += [(*m.span(1), "ID") for m in _R19_RUT.finditer(text) if _rut_ok(m.group(1))]
    found += [(*m.span(1), "ID") for m in _R19_PERSONNUMMER.finditer(text) if _luhn10_ok(re.sub(r"\D", "", m.group(1))[-10:])]
    found += [(*m.span(1), "ID") for m in _R19_THAI.finditer(text) if " " in m.group(1) and _thai_ok(m.group(1))]
    cued = {(c[0], c[1]) for c in out}
    found = [c for c in found if c[2] != "ID" or (c[0], c[1]) not in cued]
    for regex in _R19_ADDRESSES:
        found += [(*m.span(1), "ADDRESS") for m in regex.finditer(text)]
    forced += [(*m.span(1), "VEHICLE") for m in _R19_PLATE.finditer(text)]
    forced += [(*m.span(1), "DEVICE") for m in _R19_ASSET.finditer(text)]
    forced += [(*m.span(1), "MRN") for m in _R19_PATIENT_MRN.finditer(text)]
    found += [(*m.span(1), "PHONE") for m in _R19_TR_PHONE.finditer(text)]
    found += [(*m.span(1), "DATE") for m in _R19_SHORT_YEAR.finditer(text)]
    found += [(*m.span(1), "AGE") for m in _R19_AGE_NEXT.finditer(text)]
    spans = {(start, end) for start, end, _ in forced}
    # a forced span replaces what overlaps it where it is at least as long
    def beaten(c):
        return any(s < c[1] and c[0] < e and e - s >= c[1] - c[0] and (s, e) != (c[0], c[1]) for s, e in spans) and \
            c[2] not in ("URL", "EMAIL", "IP")
    return [c for c in out if (c[0], c[1]) not in spans and c not in dropped and not beaten(c)] + \
        [c for c in found if c not in dropped and (c[0], c[1]) not in spans and not beaten(c)] + forced


# ---- round 20 (blind18, spent): the classes blind18 missed ----
_R20_W = r"[" + _UPPER + r"][" + _LETTER + r"'’\-]{1,24}"
_R20_NUM = r"\d{1,4}[A-Za-z]?(?:[/\-]\d{1,4})?"
# ID: national numbers after their own name (CPR, AMKA, NIC, iqama, rijksregister, AHV, VA file number, rodné číslo ...)
_R20_ID_CUE = re.compile(
    r"(?i:(?<![A-Za-z])(?:cpr|amka|nid|nic|iqama|rijksregister(?:nummer)?|national[ \t]+register|va[ \t]+file|ahv|avs|ahv-nr\.?|"
    r"national[ \t]+(?:number|no\.?)|rodn[ée][ \t]+[čc][íi]slo|hetu|henkil[öo]tunnus|svnr|sv-nummer|sozialversicherungsnummer|nif|cnp|"
    r"taj|oib|isikukood|melli[ \t]+code|code[ \t]+melli|emirates[ \t]+id|medicaid(?:[ \t]+id)?|"
    # a bare "ID" only where no other word names it (a device ID, an insurance ID keep their kinds)
    r"(?:(?<=^)|(?<=[,;:(.!?][ \t])" + "".join(r"|(?<=\b" + w + r"[ \t])" for w in ("my", "his", "her", "our", "the", "and")) + r")id)\b"
    r"(?:[ \t]+(?:number|no\.?|is|was|on[ \t]+it|card))*)[ \t:#]*"
    r"([0-9A-Z](?:[0-9A-Z]|[./\-][0-9A-Z]|[ \t](?=[0-9A-Z]{1,7}(?:[ \t.\-]|[^0-9A-Za-z]|$))[0-9A-Z]){5,22})(?![0-9A-Za-z])")
_R20_NEW_ONE = re.compile(r"[ \t]*[,;][ \t]*(?i:(?:and[ \t]+)?(?:the[ \t]+)?new(?:[ \t]+one)?(?:[ \t]+is)?)[ \t:]*([0-9A-Z]{6,20})(?![0-9A-Za-z])")
_R20_ZH_ID_CUE = re.compile(r"(?:军官证|士兵证|残疾人证|港澳通行证|往来港澳通行证|台胞证|居住证|员工证|工作证|学生证|证件号码?|证件)[:：是为]?[ \t]*"
                            r"([" + _CJK + r"]{1,2}字第\d{4,10}号|[0-9A-Z](?:[0-9A-Z]|[.\-][0-9A-Z]){3,22}(?:\([0-9A]\))?)(?![0-9A-Za-z(])")
# MRN after "chart"; DEVICE after "tagged" and a MAC address after its name
_R20_CHART = re.compile(r"(?i:\bchart)(?:[ \t]+(?i:number|no\.?|is))?[ \t:#]*((?-i:[A-Z]{0,3}-?\d[\d\-]{3,12}\d|[A-Z]{1,3}\d{5,10}))(?![A-Za-z0-9\-])")
_R20_TAGGED = re.compile(r"(?i:\btagged(?:[ \t]+as)?)[ \t:#]*((?=[A-Za-z0-9\-]{0,24}\d)[A-Z0-9][A-Za-z0-9\-]{3,22}[A-Za-z0-9])(?![A-Za-z0-9\-])")
_R20_MAC = re.compile(r"(?:(?i:mac)(?:[ \t]*(?i:address|地址))?[ \t:：]*|(?<![0-9A-Za-z:]))([0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5})(?![0-9A-Za-z:])")
# VEHICLE: a plate after a vehicle word, Latin, Cyrillic or Greek letters, an Emirates city before it
_R20_PLATE_CHARS = r"[A-ZА-ЯЁΑ-Ω0-9]"
_R20_PLATE = re.compile(r"(?:(?i:\b(?:car|plate|van|taxi|vehicle|truck|lorry|motorbike|scooter|reg|registration|permit)\b)(?:[ \t]+(?i:number|no\.?|is|was|please|for))*"
                        r"[ \t:#]*|[车車](?:牌(?:号码?)?)?[是为:：]?[ \t]*)"
                        r"((?:(?:Dubai|Abu Dhabi|Sharjah|Ajman|Fujairah|RAK|Umm Al Quwain)[ \t])?" + _R20_PLATE_CHARS + r"{1,8}(?:[ \t\-·]" +
                        _R20_PLATE_CHARS + r"{1,7}){0,3})(?![A-Za-zА-Яа-яЁёΑ-Ωα-ω0-9\-])")
# ADDRESS
_R20_EU_POST = r"(?:(?:CH|A|D|B|DK|FI|F|I|L|NL|P|GR|CZ|SK|PL|HU|HR|EE|RO)-)?(?:\d{4}-\d{3}|\d{3}[ \t]\d{2}|\d{4,5})"
_R20_ADDRESSES = [
    # Street 12 B 7, 2. tv, 00100 Town (Danish, Finnish, Swiss, Austrian, Belgian, Portuguese, Greek, Czech ...)
    re.compile(r"(?<![" + _LETTER + r"0-9])((?:(?:Rue|Odos|Odós|Calle|Via|Rua|Avenida|Avenue|Av\.|Chaussée|Boulevard|Ulica)[ \t]+"
               r"(?:(?:de|la|du|des|da|do|dos|das|di|del|della|l')[ \t]+){0,2})?" + _R20_W + r"(?:[ \t]+" + _R20_W + r"){0,2}[ \t]+\d{1,4}[A-Za-z]?"
               r"(?:[ \t]+[A-Z](?:[ \t]+\d{1,3})?)?(?:,[ \t]*\d{1,2}\.(?:º|°|o)?[ \t]*[A-Za-z]{1,4}\.?)?,[ \t]*" + _R20_EU_POST + r"[ \t]+" + _R20_W +
               r"(?:[ \t]+(?:\d{1,2}|[A-Z])(?![A-Za-z0-9]))?)"),
    # Russian: ул. Тверская, д. 7, кв. 12, Москва
    re.compile(r"(?<![А-Яа-яЁё])((?:ул|пр|просп|пер|наб|ш|пл|б-р|мкр)\.[ \t]*[А-ЯЁ][а-яё\-]+(?:[ \t]+[А-ЯЁа-яё][а-яё\-]+)?,[ \t]*(?:д|дом)\.[ \t]*\d{1,4}[а-я]?"
               r"(?:,[ \t]*(?:корп|стр|к)\.[ \t]*\d{1,3})?(?:,[ \t]*(?:кв|оф)\.[ \t]*\d{1,4})?(?:,[ \t]*(?:г\.[ \t]*)?[А-ЯЁ][а-яё\-]+)?)"),
    # P.O. Box with a Kenyan postcode and the town
    re.compile(r"((?i:\bp\.?[ \t]?o\.?[ \t]*box)[ \t]+\d{1,6}(?:-\d{5})?(?-i:,[ \t]*" + _R20_W + r"(?=[ \t]*(?:[,.;!?)]|$|[ \t]+(?:on|for|and|at|to|by|in|from|with|today|tomorrow|please|asap|soon|next|this)\b))))"),
    # a Ghana digital address after its cue
    re.compile(r"(?i:\b(?:address|gps|ghanapost(?:[ \t]+gps)?)(?:[ \t]+is)?)[ \t:]*((?-i:[A-Z]{2}-\d{3,4}-\d{4}))(?![\w\-])"),
    # Philippine barangay: Purok 3, Barangay San Isidro, Cabanatuan City
    re.compile(r"(?<![" + _LETTER + r"])((?:(?:Purok|Sitio|Zone|Blk|Block|Lot|Phase)[ \t]+\d{1,3}[A-Z]?,?[ \t]*)*(?:Brgy\.?|Barangay)[ \t]+" + _R20_W +
               r"(?:[ \t]+" + _R20_W + r"){0,2}(?:,[ \t]*" + _R20_W + r"(?:[ \t]+" + _R20_W + r"){0,2})?)"),
    # Hong Kong village house: 新界西贡北潭涌DD 214 Lot 1234
    re.compile(r"((?:新界|香港|九龙|离岛)[" + _CJK + r"]{1,12}?DD[ \t]?\d{1,4}[ \t]*(?:Lot|约)[ \t]*\d{1,5}[A-Z]?)"),
]
_R20_ZH_ADDRESS_TAIL = re.compile(r"(?:\d{1,4}(?:号楼|号|栋|幢|座|单元|楼|组|巷|弄|段|室))+(?:\d{2,4}(?![\d号室]))?")
# NAME
_R20_NAME = r"(?:" + _R18_CAP_NAME + r")"
_R20_NAME_CUES = [
    re.compile(r"(?i:\b(?:update|updating|change|correct|amend)[ \t]+)(" + _R20_NAME + r")(?=['’]s[ \t]+(?:details|address|number|record|file|phone|info))"),
    re.compile(r"(?i:\b(?:bring|brings|bringing|collect|collecting|pick[ \t]+up|drive|take)[ \t]+)(" + _R20_NAME + r"|" + _R20_W + r")(?=[ \t]+(?:from|to|home)\b)"),
    re.compile(r"(?i:\b(?:casualty|victim|guest|resident|driver|owner|passenger|patient))[ \t:]+(" + _R20_NAME + r")(?=[ \t]*[,;.(]|$)"),
]
_R20_ZH_ROLE = r"(?:长者|船长|厨师|队员|司机|阿妈妮|阿爸妮|老爹|病人|患者|客人|住户|老板|师傅|会员|学员|选手|球员)"
_R20_ZH_NOT_NAME = r"(?!.某|.{2}某|高烧|高热|高血|高压|黄疸|安眠|安定|常规|全科|管床|方案|单位|包括|发烧|发热|头痛|头晕|胸痛|呕吐|腹泻|晕倒|昏迷|抽搐|过敏|出血|受伤)"
_R20_ZH_ROLE_NAME = re.compile(_R20_ZH_ROLE + _R20_ZH_NOT_NAME + r"(" + _R19_ZH_NAME + r")(?=[，,。今的；;:：\s]|[0-9]|他|她)")
_R20_ZH_DOT_NAME = re.compile(r"(?:(?<=病人)|(?<=患者)|(?<=病人是)|(?<=患者是)|(?<=爸爸)|(?<=妈妈)|(?<=[，,：:。]))(?![是的叫])([" + _CJK + r"]{1,4}·[" + _CJK + r"]{1,5})(?![" + _CJK + r"·])")
# a Tibetan name: two common name elements (扎西顿珠, 次仁卓玛, 格桑央金); 扎西德勒 is a greeting, not two elements
_R20_TIBETAN_PART = ("扎西|次仁|格桑|央金|卓玛|旺堆|达瓦|尼玛|平措|索朗|顿珠|拉姆|多吉|白玛|巴桑|边巴|普布|洛桑|丹增|强巴|次旦|德吉|曲珍|"
                     "仁增|益西|土登|阿旺|嘎玛|贡布|措姆|旺姆|拉巴|米玛|罗布|琼达|德庆|群培|桑珠|索南|加措|嘉措|才让|卓嘎|斯朗")
_R20_TIBETAN_NAME = re.compile(r"(?:(?<![" + _CJK + r"])|(?<=[！!，,：:。；;叫是]))((?:" + _R20_TIBETAN_PART + r")(?:" + _R20_TIBETAN_PART + r"))"
                               r"(?=的|[，,。；;！!？?]|今年|\d|$)")
_R20_ZH_NICK = re.compile(r"(?:(?<=姓名)|(?<=姓名[:：])|(?<=病人是)|(?<=患者是)|(?<=病人)|(?<=叫))(阿[" + _CJK + r"])(?=[，,。；;\s]|$)|"
                          r"(?:(?<=[：:，,])|(?<=上报[：:]))(小[" + _SURNAMES + r"])(?=家的|的)")
_R20_ZH_OWNED_DEVICE = re.compile(r"(?:(?<=[：:，,。])|^)(" + _R19_ZH_NAME + r")(?=的(?:制氧机|监护仪|呼吸机|轮椅|助听器|胰岛素笔|输液泵|血糖仪|起搏器))")
# DATE
_R20_BE_YEAR_AFTER = re.compile(r",?[ \t]+(?:24|25)\d\d(?![\d])")
_R20_HIJRI = re.compile(r"(?i)(?<![A-Za-z0-9])(\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:Muharram|Safar|Rabi[ʿ'‘’]?[ \t]+al-(?:Awwal|Thani|Akhir)|"
                        r"Jumad[ae][ \t]+al-(?:Ula|Akhirah|Awwal|Thani|Ukhra)|Rajab|Sha[ʿ'‘’]?ban|Ramadh?an|Shawwal|Dhu[ \t]+al-(?:Qi[ʿ'‘’]?dah|Hijjah))"
                        r"(?:[ \t]+\d{3,4}(?:[ \t]*(?:AH|A\.H\.))?)?)(?![A-Za-z0-9])")
_R20_ORDINAL_OF_THE = re.compile(r"(?i)(?<![A-Za-z0-9])(\d{1,2}(?:st|nd|rd|th)[ \t]+of[ \t]+the[ \t]+\d{1,2}(?:st|nd|rd|th)[ \t]+(?:['’]\d\d|(?:19|20)\d\d))(?![A-Za-z0-9])")
# AGE
_R20_AGE_HALF = re.compile(r"[ \t]+and[ \t]+a[ \t]+half\b")
_R20_AGE_PAREN = re.compile(r"(?i:\b(?:nineties|centenarian|hundreds)[ \t]*)\((9\d|1[01]\d)\)")
_R20_AGE_MAKES = re.compile(r"(?i:\bmakes[ \t]+(?:him|her|them|me|mum|dad)[ \t]+)(9\d|1[01]\d)(?![\d.,]\d|[ \t]*(?i:%|mg|kg|units|times|days))")
_R20_AGE_SEASON = re.compile(r"(?<![\d.,])(9\d|1[01]\d)(?=[ \t]+this[ \t]+(?:spring|summer|autumn|fall|winter|month|week)\b)")
# IP: an IPv6 zone index (fe80::1%eth0)
# a lower-case pinyin name ending a request after "for"/"patient"/"name is" ("it is for zhang wei.")
_R20_PINYIN_SURNAMES = ("wang|li|zhang|liu|chen|yang|huang|zhao|wu|zhou|xu|sun|zhu|guo|lin|gao|luo|zheng|liang|xie|song|tang|han|"
                        "feng|deng|cao|peng|zeng|xiao|tian|dong|yuan|cai|jiang|cheng|wei|ding|shen|yao|zhong|cui|liao|qian|qin|"
                        "xia|fang|hou|meng|qiu|hao|kong|shao|mao|wen|lai|jia|xue|yan|gu|ouyang|situ|zhuge|sima")
_R20_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|an|ao|ei|en|er|ia|ie|"
                        r"in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u|v)")
_R20_PINYIN_NAME = re.compile(r"(?i:\b(?:for|patient|pt|name is|name's|called))[ \t]+((?:" + _R20_PINYIN_SURNAMES + r")[ \t]+(?:" +
                              _R20_PINYIN_SYLLABLE + r"){1,2})(?=[ \t]*(?:[.!?;,]|$))")
_R20_NUMBER_IS = re.compile(r"(?i:\b(?:his|her|my|their|the)[ \t]+(?:number|mobile|phone)(?:['’]s|[ \t]+is))[ \t]+((?:\+\d{1,3}[ \t])?0?\d{2,4}(?:[ \t\-]\d{2,4}){1,3})(?![\d\-])")
_R20_ZONE = re.compile(r"%[A-Za-z][A-Za-z0-9]{0,14}(?![A-Za-z0-9])")


def _round20_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-20 candidates added to `out` (blind18's missed classes); a cue that names the kind replaces others."""
    found, forced = [], []
    for start, end, kind in out:
        if kind == "IP" and (m := _R20_ZONE.match(text, end)):
            found.append((start, m.end(), "IP"))
        elif kind == "AGE" and (m := _R20_AGE_HALF.match(text, end)):
            found.append((start, m.end(), "AGE"))
        elif kind == "DATE":
            s, e = start, end
            if re.search(r"[A-Za-z]$", text[start:end]) and (m := _R20_BE_YEAR_AFTER.match(text, end)):
                e = m.end()
            if (s, e) != (start, end):
                found.append((s, e, "DATE"))
        elif kind == "ADDRESS":
            s, e = start, end
            if (m := _R20_ZH_ADDRESS_TAIL.match(text, end)) and re.search(r"[村组社区楼号]$", text[start:end]):
                e = m.end()
            if (s, e) != (start, end):
                found.append((s, e, "ADDRESS"))
        elif kind == "NAME" and (m := re.match(r"[ \t]+i[ \t]+([" + _UPPER + r"][" + _LETTER + r"\-]{1,24})", text[end:])) and " " in text[start:end]:
            found.append((start, end + m.end(), "NAME"))
    for regex in (_R20_ID_CUE, _R20_ZH_ID_CUE):
        for m in regex.finditer(text):
            value = m.group(1).rstrip(" ")
            if sum(ch.isdigit() for ch in value) >= 4:
                forced.append((m.start(1), m.start(1) + len(value), "ID"))
                # "the old NIC is ..., new one 1985...": the new number after it is the same kind
                if regex is _R20_ID_CUE and (n := _R20_NEW_ONE.match(text, m.start(1) + len(value))):
                    forced.append((*n.span(1), "ID"))
    forced += [(*m.span(1), "MRN") for m in _R20_CHART.finditer(text)]
    found += [(*m.span(1), "PHONE") for m in _R20_NUMBER_IS.finditer(text)]
    found += [(*m.span(1), "NAME") for m in _R20_PINYIN_NAME.finditer(text) if m.group(1).islower()]
    forced += [(*m.span(1), "DEVICE") for m in _R20_TAGGED.finditer(text)]
    forced += [(*m.span(1), "DEVICE") for m in _R20_MAC.finditer(text)]
    for m in _R20_PLATE.finditer(text):
        value = m.group(1)
        if any(ch.isdigit() for ch in value) and sum(ch.isalpha() for ch in value) and 5 <= len(value) <= 16:
            forced.append((*m.span(1), "VEHICLE"))
    for regex in _R20_ADDRESSES:
        found += [(*m.span(1), "ADDRESS") for m in regex.finditer(text)]
    for regex in _R20_NAME_CUES:
        for m in regex.finditer(text):
            if _r17_name_ok(m.group(1)) and m.group(1).lower() not in _R7_KIN_WORDS:
                found.append((*m.span(1), "NAME"))
    for regex in (_R20_ZH_ROLE_NAME, _R20_ZH_DOT_NAME, _R20_ZH_OWNED_DEVICE, _R20_TIBETAN_NAME):
        forced += [(*m.span(1), "NAME") for m in regex.finditer(text)]
    forced += [(*m.span(m.lastindex), "NAME") for m in _R20_ZH_NICK.finditer(text)]
    # a cue word a wider name candidate took in (病人买买提·艾力, 是阿芳) is not part of the name
    zh_names = [(s, e) for s, e, k in forced if k == "NAME"]
    out = [c for c in out if not (c[2] == "NAME" and any(c[0] < s < c[1] and c[1] >= e and
                                                        re.fullmatch(r"(?:病人|患者)?是?", text[c[0]:s]) for s, e in zh_names))]
    found += [(*m.span(1), "DATE") for m in _R20_HIJRI.finditer(text)]
    found += [(*m.span(1), "DATE") for m in _R20_ORDINAL_OF_THE.finditer(text)]
    for regex in (_R20_AGE_PAREN, _R20_AGE_MAKES, _R20_AGE_SEASON):
        found += [(*m.span(1), "AGE") for m in regex.finditer(text)]
    # two addresses joined by a comma are one ("Villa 14, Al Wasl Road" + ", P.O. Box 12345, Dubai")
    addresses = sorted({(s, e) for s, e, k in out + found if k == "ADDRESS"})
    for s1, e1 in addresses:
        for s2, e2 in addresses:
            if s2 > e1 and re.fullmatch(r",[ \t]*", text[e1:s2]):
                found.append((s1, e2, "ADDRESS"))
    spans = {(start, end) for start, end, _ in forced}

    def beaten(c):
        return any(s < c[1] and c[0] < e and e - s >= c[1] - c[0] and (s, e) != (c[0], c[1]) for s, e in spans) and \
            c[2] not in ("URL", "EMAIL", "IP")
    return [c for c in out if (c[0], c[1]) not in spans and not beaten(c)] + \
        [c for c in found if (c[0], c[1]) not in spans and not beaten(c)] + forced


# --- Round 21 (blind19's missed classes) -------------------------------------------------------------------------
# ID: a number after a label that names an identity document in any language: an acronym of capitals (TRN, DNI, IRD,
# UBRN, NIDA, EGN, JMBG ...), a word + number/no./nr./code/kod/card ("D-number", "Ghana Card", "asmens kodas"), or a
# national-id word (kennitala, cédula, personnummer ...); a hospital or record label stays MRN, a phone label PHONE.
_R21_NOT_ID_LABEL = (r"(?:MRN|PRN|URN|UR|HRN|HN|CRN|RN|NHS|TEL|PH|MOB|FAX|SMS|IP|MAC|IMEI|SN|VIN|REG|UDI|LOT|IPV4|IPV6|"
                     r"DOB|BP|HR|RR|GP|ICU|ED|AE|ER|OPD|ID|PO|APO|FPO|DPO|PSC|CMR|RD|KY|US|UK|EU|AM|PM|AH|BE|CE|AD|BC|COVID|"
                     r"HIV|HPV|BMI|ECG|EKG|CT|MRI|PIN|OTP|CVV|HKID|NRIC|FIN|SSN|NI|NIN?O|A&E|WA|ZIP|APT|UNIT|ROOM|BED|WARD|"
                     r"FLAT|BOX|RM|PC|MS|MR|MRS|DR|ST|RE|VAT|GST|USD|GBP|EUR|AUD|NZD|CAD|QR|SKU|REF)")
_R21_ID_WORDS = (r"(?:kennitala|c[ée]dula|personnummer|henkilötunnus|asmens[ \t]+kodas|personas[ \t]+kods|isikukood|"
                 r"emšo|emso|egn|jmbg|rnokpp|iin|personal[ \t]+code|identity[ \t]+number|tax[ \t]+file[ \t]+number|"
                 r"student[ \t]+(?:id|number|no\.?)|staff[ \t]+(?:id|number|no\.?)|employee[ \t]+(?:id|number|no\.?))")
_R21_NOT_ID_WORD = (r"(?!(?i:phone|mobile|cell|fax|tel|contact|room|bed|ward|batch|lot|serial|model|part|flight|order|tracking|"
                    r"track|page|table|seat|bus|house|flat|unit|hospital|record|chart|patient|case|episode|admission|encounter|"
                    r"visit|clinic|registration|reg|plate|vehicle|policy|pin|reference|ref|the|a|an|my|his|her|their|our|your|"
                    r"any|this|that|same|new|old|wrong|right|whats(?:app)?|line|ticket|queue|invoice|receipt|claim|job|"
                    r"box|lane|route|platform|gate|bay|berth|shed|stall|locker|door|building|block|floor|street|road|extension|ext|"
                    r"version|build|release|issue|item|question|step|level|grade|dose|lab|sample|specimen|test|result|"
                    r"prescription|rx|script|nhs|medicare|medicaid|insurance|member|account|card|bank|sort|iban|swift|"
                    r"device|imei|mac|ip|wristband|bracelet|home|work|office|landline|direct|daytime|evening|night|emergency|callback|"
                    r"switchboard|reception|helpline|hotline|enquiries|enquiry|appointments?|bookings?|desk|main|general|customer|"
                    r"service|support|text|pager|bleep|beeper|viber|telegram|signal|frame|chassis|engine|licen[cs]e|security|"
                    r"social|tax|vat|company|charity|postal|post|zip|area|dial|pharmacy|surgery|practice|gp|doctor|nurse)\b)")
_R21_ID_LABEL = (r"(?:(?<![A-Za-z0-9&\-])(?!" + _R21_NOT_ID_LABEL + r"(?![A-Za-z]))[A-Z]{2,6}(?![A-Za-z0-9\-])(?:[ \t]+(?i:number|no\.?|nr\.?|#))?"
                 r"|(?i:\b" + _R21_ID_WORDS + r"(?:[ \t]+(?:number|no\.?|nr\.?))?)"
                 r"|\b" + _R21_NOT_ID_WORD + r"(?:[A-Z]-|[A-Z][a-z]{1,14}[ \t]+)(?i:number|nr\.?|code|kod|kodas|card)(?![A-Za-z])"
                 r"|\b" + _R21_NOT_ID_WORD + r"[a-zà-ž]{2,14}[ \t]+(?:nr\.?|kod|kods|kodas|kood|kodu)(?![A-Za-z]))")
_R21_ID_VALUE = (r"((?:[A-Z]{1,2}-?)?\d{1,12}(?:(?:[ \t]|[.\-/])\d{2,12}){0,4}(?:-[0-9A-Z]{1,2})?)")
_R21_ID = re.compile(_R21_ID_LABEL + r"(?:[ \t]+(?i:is|was|of))?[ \t]*[:#：=]?[ \t]*" + _R21_ID_VALUE + r"(?![0-9A-Za-z\-]|[.,]\d)")
_R21_ZH_ID = re.compile(r"(?:学号|学生证号码?|学生证|员工号|工号|职工号|员工编号|教职工号|证号码?|居住证号码?)[:：是为]?[ \t]*"
                        r"([A-Z]{0,3}-?\d(?:[0-9A-Z]|-[0-9A-Z]){4,20})(?![0-9A-Za-z\-])")
# ADDRESS: a street word that comes first (Av., Avenida, Calle, Jr., Jirón, Pasaje, Triq, Rruga, Lot ...) or last
# (Gedimino pr., -vegur, -gata, iela), a house number, then comma parts: floor/flat/block words, a comuna, a town
_R21_W = r"[" + _UPPER + r"][" + _LETTER + r"'’\-]{1,24}"
_R21_LINK = r"(?:de|del|la|las|los|el|da|do|dos|das|di|il-|tal-|ta'|l-|san|santa|y)"
_R21_STREET_FIRST = (r"(?:Av\.|Avda\.|Avenida|Calle|Carrera|Cra\.|Cl\.|Jr\.|Jirón|Jiron|Pasaje|Psje\.|Pje\.|Triq|Rruga|Ulica|"
                     r"Pje|Passatge|Travessa|Transversal|Diagonal|Camino|Ruta|Rua)")
_R21_STREET_NAME = r"(?:(?:il-|l-|tal-|ta'[ \t]?)?" + _R21_W + r"|" + _R21_LINK + r"|\d{1,2}\s(?=de\s))(?:[ \t]+(?:" + _R21_W + r"|" + _R21_LINK + r"(?![ \t]*\d))){0,4}"
_R21_HOUSE = r"(?:\d{1,5}[A-Za-z]?(?:[\-/]\d{1,4}[A-Za-z]?)?|#[ \t]?\d{1,4}[A-Za-z]?-\d{1,4})"
_R21_PART = (r"(?:(?i:piso|planta|depto\.?|dpto\.?|departamento|apto\.?|apt\.?|of\.?|int\.?|mz\.?|manzana|lt\.?|lote|casa|torre|"
             r"bloque|block|flat|bus|k\.|butas)[ \t]*[0-9A-Z][0-9A-Za-z]{0,4}(?:[ \t]+(?i:lt\.?|lote|casa|int\.?)[ \t]*[0-9A-Z][0-9A-Za-z]{0,4})?"
             r"|(?i:comuna|barrio|colonia|col\.|distrito|urb\.|urbanización|sector)[ \t]+(?:de[ \t]+)?" + _R21_W + r"(?:[ \t]+" + _R21_W + r")?"
             r"|RD[ \t]+\d{1,2}|\d{3,5}[ \t]+" + _R21_W + r"(?:[ \t]+" + _R21_W + r")?"
             r"|[" + _UPPER + r"]{2,5}(?=[ \t]*(?:[.;!?)\n]|$))|" + _R21_W + r"(?:[ \t\-]+(?:" + _R21_W + r"|" + _R21_LINK + r")){0,2})")
_R21_ADDR_END = r"(?=[ \t]*(?:[.;!?)\n]|$|,[ \t]*(?![0-9" + _UPPER + r"])|,[ \t]*(?i:tel|phone|mobile|email|call)\b|[ \t]+(?:on|for|to|and|or|in|at|by|from|with|the|is|was|this|tomorrow|today|please|tel|phone)\b))"
_R21_STREET_LAST = (r"(?:" + _R21_W + r"[ \t]+(?:pr\.|g\.|gatvė|prospektas|iela|prospekts|tn\.|tänav|ulica|utca|út|cesta|ulice|str\.)"
                    r"|[" + _UPPER + r"][" + _LETTER + r"]{1,20}(?:vegur|gata|gatan|gaten|gade|vej|veien|vegen|vägen|stræti|braut|"
                    r"stígur|katu|tie|polku|kuja|straße|strasse|gasse|weg|laan|straat|gracht|plein|kaia|sokak|caddesi))")
_R21_STREET_ADDRESS = re.compile(r"(?<![" + _LETTER + r"0-9])((?:" + _R21_STREET_FIRST + r"[ \t]+" + _R21_STREET_NAME + r"|" + _R21_STREET_LAST +
                                 r")[ \t]+" + _R21_HOUSE + r"(?:,?[ \t]+" + _R21_PART + r"){0,3}(?:,[ \t]*" + _R21_PART + r"){0,4})" + _R21_ADDR_END)
# Colombian "Calle 12 # 34-56", Malagasy "Lot II M 85", US rural route and military mail, NZ rural delivery, moorings
_R21_RURAL = re.compile(
    r"(?<![A-Za-z0-9])((?:(?:RR|R\.R\.|Rural[ \t]+Route|HC|Star[ \t]+Route)[ \t]*\d{1,3},?[ \t]+Box[ \t]+\d{1,5}|"
    r"(?:PSC|CMR|Unit|UPR)[ \t]+\d{1,5},?[ \t]+Box[ \t]+\d{1,5})"
    r"(?:,[ \t]*(?:[A-Z][a-z]{2,20}(?:[ \t]+[A-Z][a-z]{2,20}){0,2},[ \t]*)?(?:[A-Z]{2}|(?:APO|FPO|DPO)[ \t]+(?:AE|AP|AA))[ \t]+\d{5}(?:-\d{4})?)?)"
    r"|(?<![A-Za-z0-9])(Lot[ \t]+[IVX]{1,4}(?:[ \t]+[A-Z0-9]{1,4}){1,3}(?:[ \t]+[A-Z][a-z]{1,4})?,[ \t]*" + _R21_W + r")(?=[ \t]*(?:[.;!?)\n,]|$))"
    r"|(?<![A-Za-z0-9])((?:Pontoon|Jetty|Pier|Pontoon[ \t]+Berth)[ \t]+[A-Z0-9]{1,3},[ \t]*(?:Berth|Mooring|Slip)[ \t]+\d{1,4}[A-Z]?"
    r"(?:,[ \t]*" + _R21_W + r"(?:[ \t]+" + _R21_W + r"){0,2})?)(?=[ \t]*(?:[.;!?)\n,]|$))")
_R21_RD_AFTER = re.compile(r",[ \t]*RD[ \t]+\d{1,2}(?:,[ \t]*" + _R21_W + r"(?:[ \t]+" + _R21_W + r")?)?(?=[ \t]*(?:[.;!?)\n,]|$|[ \t]+(?:for|on|to|and|at)\b))")
_R21_ZH_PARK = re.compile(r"(?:住在|住喺|地址(?:改成|改为|是|为|系|[:：])?|寄到|送到)(?:[" + _CJK + r"]{2,3}省)?([" + _CJK + r"]{2,20}?(?:保税区|开发区|产业园|工业园|科技园|物流园|"
                          r"高新区|港区|园区)[" + _CJK + r"A-Z0-9]{0,12}?[A-Z]?\d{1,4}(?:号|栋|幢)(?:厂房|仓库|车间|宿舍)(?:\d{1,4}(?:室|号))?)")
# NAME
_R21_NAME = r"(?:" + _R18_CAP_NAME + r")"
_R21_NAME_CUES = [
    # "the discharge summary for X to ...", "writing about X,", "attention X"
    re.compile(r"(?i:\b(?:(?:summary|letter|results|report|referral|notes|records|paperwork|prescription|script|discharge|bloods)[ \t]+for|"
               r"(?:writing|calling|ringing|phoning|asking|enquiring|emailing)[ \t]+about|attention|attn\.?))[ \t]+(" + _R21_NAME + r")(?=[ \t]*(?:,|;|\.(?:\s|$)|$|[ \t]to\b|[ \t]from\b|[ \t]on\b))"),
    # a role noun, one or more names after it: "our caddie X left", "regular X asked", "drivers X and Y"
    re.compile(r"(?i:\b(?:our|my|the|his|her|their|your|a)[ \t]+(?:[a-z]+[ \t]+)?(?:caddie|regular|driver|drivers|volunteer|"
               r"neighbour|neighbor|customer|client|tenant|lodger|member|player|coach|tutor|pupil|student|apprentice|"
               r"worker|workers|cleaner|gardener|barber|cook|chef|helper|carer|caregiver|porter|guard|owner|boss|colleague|"
               r"friend|flatmate|roommate|housemate|cousin|nephew|niece|godson|goddaughter|godmother|godfather|stepson|"
               r"stepdaughter|grandson|granddaughter|in-law)|\b(?:regular|drivers|caddie|lodger|tenant))[ \t]+(" + _R21_NAME + r")"
               r"(?=[ \t]*(?:,|;|\.(?:\s|$)|$|\(|[ \t](?:asked|left|said|says|rang|called|came|wants|needs|is|was|has|and|to|from|on|who)\b))"),
    # a form line: "Dig registration: X Y Z, Peruvian DNI ..." (a label, a colon, the name, a comma and a field)
    re.compile(r"(?i:\b(?:registration|booking|entry|sign-?in|sign-?up|enrolment|enrollment|log|roster|list|visitor|applicant|"
               r"member|holder|name|participant|attendee|subject))[ \t]*:[ \t]*(" + _R21_NAME + r")(?=,)"),
    # the name that heads a record line, before a comma and an identity label ("X, cédula V-12 ...")
    re.compile(r"(?:^|(?<=\n)|(?<=[.!?][ \t]))(" + _R21_NAME + r"),[ \t]+(?=(?i:" + _R21_ID_WORDS + r"|[a-z]+[ \t]+(?:number|no\.?)|"
               r"(?-i:[A-Z]{2,6})|id|passport)[ \t:#]*[A-Z]{0,2}-?\d)"),
]
_R21_AND_NAME = re.compile(r"[ \t]+and[ \t]+(" + _R21_NAME + r")(?=[ \t]*(?:[.;,!?]|$)|[ \t]+(?:were|was|are|is|have|has|left|said|came|arrived)\b)")
# Chinese: an English given name before a Chinese surname (Kevin 陈, Grace 林晓雯); a name of no Han surname (曲比阿果,
# 阿苏拉则) that owns a record field (的学号, 的问卷链接) or sits between commas before an age; a middle-dot name after
# a role word (登记人, 住民, 小贩, 车行的)
_R21_ZH_BOUNDARY = r"(?=[的，,。、；;：:\s）)]|$|出院|入院|今年|\d|[0-9]|回诊|复诊|覆诊)"
_R21_ZH_GIVEN = r"(?!出院|入院|今年|回诊|复诊|覆诊|的|先生|女士|小姐)[" + _CJK + r"]"
_R21_ZH_EN_NAME = re.compile(r"(?<![A-Za-z])((?:[A-Z][a-z]{1,11})[ \t](?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _SURNAMES + r"])(?:" +
                             _R21_ZH_GIVEN + r"){0,2})" + _R21_ZH_BOUNDARY)
_R21_ZH_FIELD = r"的(?:学号|学生证|员工编号|员工号|工号|问卷链接|问卷连结|健保卡|回乡证|港澳台居民|居住证|身份证|证件|护照)"
_R21_ZH_ROLE = (r"(?:登记人|联系人|收件人|住民|住户|小贩|摊主|老板|客人|车主|家属|病人|患者|学员|学生|员工|队员|师傅|来接|接)")
# (no place, service or department character: 产科门诊, 服务台 are no names)
_R21_ZH_FREE_NAME = r"(?![我你他她这那该本每某])(?![" + _CJK + r"]{0,3}[科诊院台室部门局站处所店馆场区路街市省县村楼厅窗服务借药医])(?!" + _R17_ZH_COMMON + r")(?![" + _ZH_STOP + r"探看娘明天昨])[" + _CJK + r"](?:(?![是系的了在和明天今昨岁号])[" + _CJK + r"]){3}"
_R21_ZH_FREE = re.compile(r"(?:^|(?<=[，,。：:；;\s]))(" + _R21_ZH_FREE_NAME + r")(?=" + _R21_ZH_FIELD + r"|[，,][ \t]*\d{2,3}岁)")
_R21_ZH_ROLE_FREE = re.compile(r"(?:登记人|联系人|收件人|住民|住户|小贩|摊主|车主)(" + _R21_ZH_FREE_NAME + r")(?=[，,。；;\s]|的|$)|"
                               r"客人(" + _R21_ZH_FREE_NAME + r")(?=的)|"
                               r"来接(" + _R21_ZH_FREE_NAME + r")(?=出院|回家)|" + _R21_ZH_ROLE + r"([" + _CJK + r"]{1,4}·[" + _CJK + r"]{1,5})(?=[，,。；;\s]|的|出院|$)")
_R21_ZH_DOT = re.compile(r"(?<![" + _CJK + r"·])([" + _CJK + r"]{1,14})·([" + _CJK + r"]{1,5}?)(?=的|[，,。；;：:\s]|出院|入院|今年|$|[0-9A-Za-z]|(?![" + _CJK + r"·]))")
_R21_ZH_DOT_LEAD = re.compile(r"(?:.*(?:的|老人|长者|老伯|阿婆|登记人|联系人|收件人|住民|住户|小贩|摊主|老板|客人|车主|家属|病人|患者|来接|接|叫|是|给|替|帮))")
# VEHICLE: a cross-boundary plate (粤Z·1234港); plates a camera read ("camera read BG 448-KT and AA 7781 BP")
_R21_CROSS_PLATE = re.compile(r"((?:粤|粵)Z[·•\.]?[A-Z0-9]{4}(?:港|澳))")
_R21_PLATE_READ = re.compile(r"(?i:\b(?:camera|anpr|cctv)[ \t]+(?:read|logged|caught|recorded|captured|picked[ \t]+up)[ \t:]*)"
                             r"((?-i:[A-Z]{1,3}[ \t]?\d{2,4}(?:[ \t\-][A-Z]{1,3})?))(?:[ \t]+and[ \t]+((?-i:[A-Z]{1,3}[ \t]?\d{2,4}(?:[ \t\-][A-Z]{1,3})?)))?(?![A-Za-z0-9])")
# DEVICE: a serial before or after a device noun ("his GM9K0022817 meter", "handheld HT-55-20918", "dispenser SPD-..."),
# a machine's number (洗肾机编号, 代步车车架号)
_R21_SERIAL = r"((?=[A-Z0-9\-]{0,24}\d)(?=[A-Z0-9\-]{0,24}[A-Z])[A-Z][A-Z0-9]{1,6}(?:-?[A-Z0-9]{2,10}){1,3})"
_R21_DEVICE_BEFORE = re.compile(r"(?i:\b(?:handheld|dispenser|pill[ \t]+dispenser|scanner|tablet|pager|radio|walkie-talkie|"
                                r"hoist|commode|tens[ \t]+unit|nebuliser|nebulizer|meter|inhaler)(?:[ \t]+(?:unit|serial|s/n|no\.?|number))?)[ \t:#]*" +
                                _R21_SERIAL + r"(?![A-Za-z0-9\-])")
_R21_DEVICE_AFTER = re.compile(r"(?i:\b(?:my|his|her|their|our|the)[ \t]+)" + _R21_SERIAL +
                               r"(?=[ \t]+(?i:meter|monitor|pump|pen|scanner|sensor|device|dispenser|handheld|inhaler|tracker|hearing[ \t]+aid)\b)")
_R21_ZH_MACHINE_NO = re.compile(r"(?:机|仪|器|泵|笔|代步车|轮椅)(?:编号|车架号|序列号|序号|机身号)[:：是为]?[ \t]*([A-Z0-9](?:[A-Z0-9]|-[A-Z0-9]){4,24})(?![A-Za-z0-9\-])")
# DATE: a named day with its year ("Christmas Day 1931", "New Year's Day 1932")
_R21_HOLIDAY = re.compile(r"(?<![A-Za-z])((?:Christmas(?:[ \t]+(?:Day|Eve))?|Boxing[ \t]+Day|New[ \t]+Year['’]s[ \t]+(?:Day|Eve)|"
                          r"Hogmanay|Easter(?:[ \t]+(?:Sunday|Monday|Day))?|Halloween|Bonfire[ \t]+Night|Guy[ \t]+Fawkes[ \t]+Night|"
                          r"St\.?[ \t]+(?:Patrick|David|Andrew|George)['’]s[ \t]+Day|Midsummer(?:['’]s)?[ \t]+(?:Day|Eve)|"
                          r"Valentine['’]s[ \t]+Day|Independence[ \t]+Day|Thanksgiving(?:[ \t]+Day)?)[ \t]+(?:(?:of|in)[ \t]+)?(?:19|20)\d\d)(?!\d)")


_R21_SEVEN_DIGITS = re.compile(r"\d(?:\D{0,3}\d){6}")
_R21_KEPT_KINDS = ("DEVICE", "VEHICLE", "MRN", "SSN", "LICENSE", "HEALTH_PLAN", "ACCOUNT", "URL", "EMAIL", "IP")


def _r21_dot_start(text: str, first: int, dot: int) -> int | None:
    """Where a middle-dot name starts: after the role word or 的 that leads its CJK run, else the run's start."""
    run = text[first:dot]
    lead = _R21_ZH_DOT_LEAD.match(run)
    start = first + (lead.end() if lead else 0)
    return start if 1 <= dot - start <= 5 else None


def _round21_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-21 candidates added to `out` (blind19's missed classes); a cue that names the kind replaces others."""
    found, forced = [], []
    # every identifier below has 7 digits or more: a message with fewer skips the scan
    for m in (_R21_ID.finditer(text) if _R21_SEVEN_DIGITS.search(text) else ()):
        value, (s, e) = m.group(1), m.span(1)
        # a finer kind another cue gave the number (DEVICE, MRN, SSN, LICENSE, plate ...) stays
        digits = sum(ch.isdigit() for ch in value)
        # a number another rule read as a phone stays one unless the label is a national-id word or the number is long
        phone = digits <= 10 and not re.match(r"(?i:" + _R21_ID_WORDS + r")", m.group(0)) and \
            any(c[0] < e and s < c[1] and c[2] in ("PHONE", "FAX") for c in out)
        if digits >= 7 and not phone and not re.fullmatch(r"\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|(?:19|20)\d\d[./\-]\d{1,2}[./\-]\d{1,2}", value) \
                and not any(c[0] < e and s < c[1] and c[2] in _R21_KEPT_KINDS for c in out):
            found.append((s, e, "ID"))
    forced += [(*m.span(1), "ID") for m in _R21_ZH_ID.finditer(text)]
    for start, end, kind in out:
        if kind == "ADDRESS" and (m := _R21_RD_AFTER.match(text, end)):
            found.append((start, m.end(), "ADDRESS"))
        # "宿舍北仑区…6栋412": the dormitory word before the district is a cue, not the address
        if kind == "ADDRESS" and text.startswith("宿舍", start) and re.match(r"[" + _CJK + r"]{1,6}[区市县省]", text[start + 2:end]):
            found.append((start + 2, end, "ADDRESS"))
    for regex in (_R21_STREET_ADDRESS, _R21_RURAL, _R21_ZH_PARK):
        for m in regex.finditer(text):
            g = m.lastindex or 0
            if m.group(g) and re.search(r"\d", m.group(g)):
                found.append((*m.span(g), "ADDRESS"))
    for regex in _R21_NAME_CUES:
        for m in regex.finditer(text):
            if _r17_name_ok(m.group(1)) and m.group(1).lower() not in _R7_KIN_WORDS:
                found.append((*m.span(1), "NAME"))
                if (n := _R21_AND_NAME.match(text, m.end(1))) and _r17_name_ok(n.group(1)):
                    found.append((*n.span(1), "NAME"))
    forced += [(*m.span(1), "NAME") for m in _R21_ZH_EN_NAME.finditer(text)]
    for regex in (_R21_ZH_FREE, _R21_ZH_ROLE_FREE):
        # a surname and a form of address (欧阳女士) is a name another rule reads, without the title
        forced += [(*m.span(m.lastindex), "NAME") for m in regex.finditer(text) if not re.search(
            r"(?:女士|先生|小姐|太太|阿姨|叔叔|老师|医生|护士|师傅|大夫|同学|伯伯|婆婆|爷爷|奶奶|老板|经理|主任)$", m.group(m.lastindex))]
    for m in _R21_ZH_DOT.finditer(text):
        start = _r21_dot_start(text, m.start(1), m.end(1))
        if start is not None:
            forced.append((start, m.end(2), "NAME"))
    forced += [(*m.span(1), "VEHICLE") for m in _R21_CROSS_PLATE.finditer(text)]
    for m in _R21_PLATE_READ.finditer(text):
        forced += [(*m.span(g), "VEHICLE") for g in (1, 2) if m.group(g)]
    for regex in (_R21_DEVICE_BEFORE, _R21_DEVICE_AFTER, _R21_ZH_MACHINE_NO):
        forced += [(*m.span(1), "DEVICE") for m in regex.finditer(text)]
    found += [(*m.span(1), "DATE") for m in _R21_HOLIDAY.finditer(text)]
    # a narrower name another rule found inside a new one with the same end ("Caller X Y", 车主探李淑芬) is the name
    names = [(s, e) for s, e, k in out if k == "NAME"]
    forced = [c for c in forced if c[2] != "NAME" or not any(c[0] < s and e == c[1] for s, e in names)]
    found = [c for c in found if c[2] != "NAME" or not any(c[0] < s and e == c[1] for s, e in names)]
    # a role word or cue a wider candidate took in (登记人拉娃·乌茂, 宿舍北仑区...) is not part of the span
    inner = [(s, e, k) for s, e, k in forced + found]
    out = [c for c in out if not any(c[0] < s < c[1] and c[1] == e and k == c[2] and
                                     re.fullmatch(r"(?:登记人|联系人|收件人|住民|住户|小贩|宿舍|病人|患者|客人)", text[c[0]:s])
                                     for s, e, k in inner)]
    spans = {(start, end) for start, end, _ in forced}

    def beaten(c):
        return any(s < c[1] and c[0] < e and e - s >= c[1] - c[0] and (s, e) != (c[0], c[1]) for s, e in spans) and \
            c[2] not in ("URL", "EMAIL", "IP")
    return [c for c in out if (c[0], c[1]) not in spans and not beaten(c)] + \
        [c for c in found if (c[0], c[1]) not in spans and not beaten(c)] + forced

# --- Round 22 (blind20 spent) ------------------------------------------------------------------------------
# A Latin-script name word may hold an okina or apostrophe (Kaʻiulani, O'Neill); lower-case joiners (binti, bin, da,
# do, de, van) sit between its words.
_R22_WORD = r"[" + _UPPER + r"][" + _LETTER + r"ʻ'’\-]{1,24}"
_R22_NAME = (_R22_WORD + r"(?:[ \t]+(?:(?:bin|binti|bint|ibn|da|do|dos|das|de|del|van|von|al|el|ap|ní|nic|mac)[ \t]+)?" + _R22_WORD +
             r"){1,3}")
_R22_NAME_CUES = [
    # the thing handed to a person: "issued to X,", "went home with X by mistake", "registered to X."
    re.compile(r"(?i:\b(?:issued|registered|assigned|lent|loaned|handed|given|released|allocated)[ \t]+to|\bwent[ \t]+home[ \t]+with)"
               r"[ \t]+(" + _R22_NAME + r")(?=[ \t]*(?:,|;|:|\.(?:\s|$)|$|\(|[ \t](?:by|on|for|at|and|today|yesterday)\b))"),
    # a request about a person: "Please add X (MRN ...)", "please book X for ...", "update the address for X to ..."
    re.compile(r"(?i:\bplease[ \t]+(?:add|book|enrol|enroll|register|admit|list|schedule|see|call|ring)|"
               r"\b(?:address|details|login|log-in|booking|appointment|slot|place|bed)[ \t]+for)"
               r"[ \t]+(" + _R22_NAME + r")(?=[ \t]*(?:\(|:|,|;|[ \t](?:for|to|on|at|into|onto)\b))"),
    # a name and a bracketed record or age beside it: "X (MRN 123)", "X (97 this year)", "X (aged 80)"
    re.compile(r"(?:^|(?<=[:;,][ \t])|(?<=\n))(" + _R22_NAME + r")(?=[ \t]*\((?:MRN|NHS|DOB|ID|CHI|aged?|born|\d{1,3}[ \t]+(?:this|next)[ \t]+year|"
               r"\d{1,3}(?:[ \t]*y(?:rs?|ears?)?(?:[ \t]+old)?)?\)))"),
    # a record label, a colon, the name, a comma: "Update: X, ID ...", "Referral: X, born ..."
    re.compile(r"(?:^|(?<=\n))(?i:update|referral|note|re|patient|client|resident|record|entry|visitor|caller)[ \t]*:[ \t]*(" + _R22_NAME +
               r")(?=,[ \t]+(?i:id|born|dob|record|mrn|nhs|aged?|staff|phone|mobile|tel|email|now|lives))"),
    # a job noun before the name, then a verb or a field: "Canal boater X gives", "Invigilator X, staff ID", "Court usher X asks"
    re.compile(r"(?:^|(?<=[\s:;]))(?i:[a-z]+[ \t]+)?(?i:boater|invigilator|usher|keeper|porter|warden|steward|driver|volunteer|"
               r"cleaner|caretaker|janitor|tuner|gardener|lifeguard|ranger|marshal|verger|sexton|chaplain|courier|"
               r"crofter|fisherman|ferryman|lockkeeper|postman|postwoman|milkman|beekeeper|shepherd|farmer|tutor|coach)[ \t]+(" +
               _R22_NAME + r")(?=,|[ \t]+(?:gives|gave|asks|asked|says|said|rang|called|wants|needs|left|came|is|was|has|had)\b)"),
]
# the last field of a record line, after a comma, a name alone: "..., phone 0712 345 678, Wanjiru Kamau."
_R22_TAIL_NAME = re.compile(r"\d[^,\n]{0,30},[ \t]+(" + _R22_NAME + r")\.?[ \t]*$")
# a name alone between commas after a number and before a place or address field: "NRC 123456/78/1, Mwila Chanda, Plot 4471"
_R22_MID_NAME = re.compile(r"(?:\d|:)[ \t]*,?[ \t]+(" + _R22_NAME + r"),[ \t]+(?=(?:Plot|Lot|Block|House|Flat|Khoroo|Section|"
                           r"Building|Unit|Apt|Stand|Erf|[A-Z][" + _LETTER + r"]+[ \t]+(?:village|District|Island|Parish)|\+?\d))")
_R22_PLACE_TAIL = re.compile(r"(?i:.*\b(?:city|town|district|village|island|isle|province|county|parish|street|road|avenue|"
                             r"lane|hill|heights|park|estate|centre|center|hospital|clinic|ward|school|college|church|market))$")
# an address after a living or delivery cue: capitalised or numbered fields joined by commas, up to a non-address field
_R22_ADDR_WORD = (r"(?:\d+[A-Za-z]?(?:[-/]\d+)?|No\.|St\.|(?:Col|Brgy|Co|Ave|Rd|Blk|Mz|Lt|Jr|Av|Apt|Dr|Ln|Mt|Ft|Sto|Sta)\.(?=[ \t]+[A-Z])|(?!(?:NIN|ID|NRC|QID|PIN|CPR|BVN|SSN|MRN|NHS|Phone|Tel|Mobile|Contact|Email|Call)\b)[" + _UPPER + r"][" + _LETTER + r"'’ʻ\-]*|de|del|la|las|los|el|of|off|"
                  r"village|district|road|street|lane)")
_R22_ADDR_FIELD = _R22_ADDR_WORD + r"(?:[ \t]+" + _R22_ADDR_WORD + r"){0,5}"
_R22_ADDRESS = re.compile(r"(?i:\b(?:lives|living|resides|residing|staying|now|moored|based|located)[ \t]+(?:at|near|in)|"
                          r"\b(?:delivered|sent|posted)[ \t]+to|\baddress(?:[ \t]+is)?[ \t]*:?)[ \t]+"
                          r"(" + _R22_ADDR_FIELD + r"(?:,[ \t]+" + _R22_ADDR_FIELD + r"){1,5})(?=[ \t]*(?:[;.](?:\s|$)|$|,[ \t]+(?i:call|phone|"
                          r"mobile|cell|tel|email|contact|ring|plate|car|qid|id|nin)\b|,[ \t]*\+?\d[\d \-]{6,}|[ \t]*\())")
_R22_ADDR_END = (r"(?=[ \t]*(?:[;.](?:\s|$)|$|,[ \t]+(?i:call|phone|mobile|cell|tel|email|contact|ring|plate|car|qid|id|nin)\b|"
                 r",[ \t]*\+?\d[\d \-]{6,}|[ \t]*\())")
# an address that opens with a plot, block or house number: "Plot 4471, Kabulonga, Lusaka, call ...", "Khoroo 3, ... District"
_R22_UNIT_ADDRESS = re.compile(r"\b((?:Plot|Khoroo|Flat|Section|Block|Building|House|Stand|Erf|Lot|Sector|Zone|Zona)[ \t]+\d+[A-Za-z]?"
                               r"(?:[ \t]+(?:Lot|Plot|House|Block)[ \t]+\d+)?(?:,[ \t]+" + _R22_ADDR_FIELD + r"){1,5})" + _R22_ADDR_END)
# a village named first, then its island or district: "Lalomanu village, Upolu, +685 ..."
_R22_VILLAGE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]{2,20}[ \t]+village(?:,[ \t]+" + _R22_ADDR_FIELD + r"){1,3})" + _R22_ADDR_END)
# a link's path without its host after a link word: 链接pages/booking/index?id=8812
_R22_PATH_URL = re.compile(r"(?i:链接|連結|链结|link)[ \t:：]*([a-z][\w\-]*(?:/[\w\-.]+)+\?[\w=&%\-]+)")
# a Chinese card label, then a letter-led number: 低保证 DB5201001234, 残疾证 CJ4401...
_R22_ZH_CARD_ID = re.compile(r"[" + _CJK + r"](?:证|證)(?:号|號|号码|號碼)?[ \t:：]*([A-Z]{1,3}\d{6,14})(?![A-Za-z0-9])")
# a found address goes on over "of Man" and the comma fields after it ("..., off Allen Road, Ikeja;")
_R22_ADDR_MORE = re.compile(r"((?:[ \t]+of[ \t]+[A-Z][" + _LETTER + r"]+)?(?:,[ \t]+(?:off[ \t]+)?" + _R22_ADDR_FIELD + r")*)" + _R22_ADDR_END)
# what an address may go on over: "of Man", an "off ..." street, or a field with a number or a district word
_R22_MORE_OK = re.compile(r"(?:.*[ \t]of[ \t]+[A-Z]|.*,[ \t]+off[ \t]|.*\d|.*\b(?:City|District|village|Zona|Zone|Sector|Colonia|Province|Region)\b)")
# Chinese: a home after 住/住在 (not 住院): 村委会三组17号, 深水埗北河街 88号 4楼, 桃园市龙潭区 眷村 3巷 12号
_R22_ZH_ADDRESS = re.compile(r"住(?:在|址|喺)?(?![院是在为係系喺址：:])((?:[" + _CJK + r"]|[ \t](?=[" + _CJK + r"\d])|\d+(?=[巷弄组組段]))+?"
                             r"(?:[一二三四五六七八九十\d]+[组組][\d]+号|\d+[号號](?:[ \t]*\d+[楼樓](?:[ \t]*[A-Z\d]+室?)?)?))")
# Chinese: a person at the head of a clause who owns a car or lives somewhere (向金花的车, 海小军住在), or after a
# hand-over or patient word (登记给马玉兰, 患者海小军); 阿 names (邱阿妹, 黄阿金) anywhere
_R22_ZH_SURNAME = r"[" + _SURNAMES + r"纳海]"
_R22_ZH_HEAD_NAME = re.compile(r"(?:^|(?<=[，,。；;：:\s]))(" + _R22_ZH_SURNAME + r"[" + _CJK + r"]{1,2}|[" + _CJK + r"]{2,4}·[" + _CJK +
                               r"]{1,4})(?=的[车車]|住(?:在|喺)?[^院，,。！？!?]{1,12}?\d)")
_R22_ZH_CUE_NAME = re.compile(r"(?:登记给|登記給|借给|借給|患者|病人)(" + _R22_ZH_SURNAME + r"[" + _CJK +
                              r"]{1,2})(?=[，,。；;、\s]|$)")
_R22_ZH_A_NAME = re.compile(r"(?:^|(?<=[，,。；;：:\s]))([" + _SURNAMES + r"]阿(?![姨伯公婆爸妈叔嫂爷奶哥姐弟妹]{1}[，,。\s的])[" + _CJK +
                            r"])(?=[，,。；;的住\s]|$)")
# an English given name and a Chinese surname or kin word (Bobby 哥, Maria do Rosário 陈) before a comma or a verb
_R22_ZH_EN_NAME = re.compile(r"(?<![A-Za-z])((?:[A-Z][" + _LETTER + r"]{1,14}[ \t]+)(?:(?:da|do|dos|de)[ \t]+)?(?:[A-Z][" + _LETTER +
                             r"]{1,14}[ \t]+)?(?:[" + _SURNAMES + r"]|哥|姐|仔|妹))(?=[，,。；;住的]|$)")

# an identity number after "ID"/"no." and the scheme's short name ("staff ID PINFL 312...", "ID Omang 412...", "KRA PIN
# A012...", "NRC 12/ABC(N)123456"): the scheme name is label, the number is the value
_R22_ID_VALUE = r"((?=[A-Z0-9()/\-]*\d)[A-Z0-9][A-Z0-9()/\-]*[A-Z0-9](?:[ \t]\d{2,5}(?![A-Za-z0-9\-]))*)(?![A-Za-z0-9\-/])"
_R22_ID_SCHEME = re.compile(r"(?:\b(?:ID|Id|id|PIN|NRC|NIN|no\.|No\.)|(?i:\bpersonal[ \t]+(?:no\.?|number|code)|\bregister[ \t]+no\.?))"
                            r"(?:[ \t]+(?:[A-Z][A-Za-z]{1,5}|AZ)){0,2}[ \t]*:?[ \t]+" + _R22_ID_VALUE)
# a card or pass number that keeps its letter prefix: "carer's card CC-339104", "blue badge number BB 4471 2209",
# "exemption certificate PEC 0045 7712 36", "bus pass is BP-7720-4419"
_R22_CARD_ID = re.compile(r"(?i:\b(?:card|badge|pass|certificate|permit)(?:[ \t]+(?:number|no\.?|is))?)[ \t]+"
                          r"([A-Z]{2,3}(?:[ \t]|-)\d{2,6}(?:(?:[ \t]|-)\d{2,6}){0,3})(?![A-Za-z0-9\-])")
# a phone number after a contact verb, spaced as people write it: "contact 0722 118 903", "ring 09 250 314 887"
_R22_PHONE = re.compile(r"(?i:\b(?:contact|ring|call|phone|mobile|cell|tel\.?|text|whatsapp))[ \t]*:?[ \t]+(\+?\d{2,5}(?:[ \t\-]\d{2,5}){1,4})"
                        r"(?![\d\-/]|[.,]\d|[ \t]*(?:am|pm|h\b|hrs|mg|ml|%))")
# a Chinese plate with a learner, trailer or police suffix: 鲁A1234学, 湘U8876挂
_R22_ZH_PLATE = re.compile(r"([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-Z0-9]{4,5}[学挂警])")

# a number word alone is never a name ("the answer is 'Patient Zero'")
_R22_NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "nil", "none"}


def _round22_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-22 candidates added to `out` (blind20's missed classes); a cue that names the kind replaces others."""
    out = [c for c in out if c[2] != "NAME" or text[c[0]:c[1]].lower().strip("'’\".,") not in _R22_NUMBER_WORDS]
    forced = []
    for regex in _R22_NAME_CUES:
        for m in regex.finditer(text):
            if _r17_name_ok(m.group(1)):
                forced.append((*m.span(1), "NAME"))
    addresses = []
    for m in _R22_ADDRESS.finditer(text):
        value = m.group(1)
        if re.search(r"\d", value) or re.search(r"(?i:\b(?:village|district|colonia|mahalla|zona|zone|isle|island))\b", value):
            addresses.append((*m.span(1), "ADDRESS"))
    for regex in (_R22_TAIL_NAME, _R22_MID_NAME):
        for m in regex.finditer(text):
            s, e = m.span(1)
            if _r17_name_ok(m.group(1)) and not _R22_PLACE_TAIL.match(m.group(1)) and \
                    not any(c[0] <= s and e <= c[1] and c[2] == "ADDRESS" for c in out + addresses):
                forced.append((s, e, "NAME"))
    for regex in (_R22_UNIT_ADDRESS, _R22_VILLAGE):
        addresses += [(*m.span(1), "ADDRESS") for m in regex.finditer(text)]
    for start, end, kind in out:
        if kind == "ADDRESS" and re.search(r"\d", text[start:end]) and (m := _R22_ADDR_MORE.match(text, end)) and m.end(1) > end \
                and _R22_MORE_OK.match(m.group(1)):
            addresses.append((start, m.end(1), "ADDRESS"))
    if re.search(r"[" + _CJK + r"]", text):
        # a Chinese home another rule read in part (without its province) stays as that rule read it
        addresses += [(*m.span(1), "ADDRESS") for m in _R22_ZH_ADDRESS.finditer(text)
                      if not any(k == "ADDRESS" and s < m.end(1) and m.start(1) < e for s, e, k in out)]
    # an address another rule found that reaches past a new one is the better reading; a new one that goes on from an
    # old one only over a plain town ("..., Dubai") or into a zip or number another rule read is no better
    addresses = [a for a in addresses if not any(k == "ADDRESS" and s < a[1] and a[0] < e and not (a[0] <= s and e <= a[1])
                                                 for s, e, k in out)]
    addresses = [a for a in addresses if not any(k not in ("ADDRESS", "NAME") and s < a[1] and a[0] < e for s, e, k in out)]
    def goes_on_well(a):
        inner = [e for s, e, k in out if k == "ADDRESS" and a[0] <= s and e < a[1]]
        return not inner or bool(_R22_MORE_OK.match(text[max(inner):a[1]]))
    addresses = [a for a in addresses if goes_on_well(a)]
    forced += addresses
    if re.search(r"[" + _CJK + r"]", text):
        for regex in (_R22_ZH_HEAD_NAME, _R22_ZH_CUE_NAME, _R22_ZH_A_NAME, _R22_ZH_EN_NAME):
            # an anonymised name (李某某, 王X) is no one's name
            forced += [(*m.span(1), "NAME") for m in regex.finditer(text) if not re.search(r"[某×X＊*]", m.group(1)[1:])]
    for regex in (_R22_ID_SCHEME, _R22_CARD_ID):
        for m in regex.finditer(text):
            s, e = m.span(1)
            digits = sum(ch.isdigit() for ch in m.group(1))
            # a scheme-named number: six digits, or a mixed code of six characters or more ("FIN 5ZK8P2Q")
            if (digits >= 6 or (regex is _R22_ID_SCHEME and digits >= 2 and len(m.group(1)) >= 6 and
                                sum(ch.isalpha() for ch in m.group(1)) >= 2)) and \
                    not any(c[0] < e and s < c[1] and c[2] in _R21_KEPT_KINDS + ("DATE", "ADDRESS") for c in out) and \
                    not any(c[0] <= s and e <= c[1] and (c[0], c[1]) != (s, e) and c[2] == "ID" for c in out):
                forced.append((s, e, "ID"))
    for m in _R22_PHONE.finditer(text):
        s, e = m.span(1)
        # a service's or institution's published line is no one's PHI
        before = text[max(0, s - 60):s]
        if any(r.search(before) for r in (_R11_PUBLIC_LINE, _R12_SERVICE_LINE, _R12_PUBLIC_LINE)):
            continue
        # a shorter phone another rule cut from the number ("09 250 314" of "09 250 314 887") gives way
        if 8 <= sum(ch.isdigit() for ch in m.group(1)) <= 13 and \
                not any(c[0] < e and s < c[1] and not (c[2] in ("PHONE", "FAX") and s <= c[0] and c[1] <= e) for c in out):
            forced.append((s, e, "PHONE"))
    forced += [(*m.span(1), "VEHICLE") for m in _R22_ZH_PLATE.finditer(text)]
    forced += [(*m.span(1), "URL") for m in _R22_PATH_URL.finditer(text) if not any(c[0] < m.end(1) and m.start(1) < c[1] for c in out)]
    forced += [(*m.span(1), "ID") for m in _R22_ZH_CARD_ID.finditer(text) if not any(c[0] < m.end(1) and m.start(1) < c[1] for c in out)]
    if not forced:
        return out
    spans = {(start, end) for start, end, _ in forced}

    def beaten(c):
        return any(s < c[1] and c[0] < e and (s, e) != (c[0], c[1]) for s, e in spans) and c[2] not in ("URL", "EMAIL", "IP")
    return [c for c in out if (c[0], c[1]) not in spans and not beaten(c)] + forced


# --- Round 23 (blind21 spent) ------------------------------------------------------------------------------
# DATE: a weekday written before a day and month name is part of the date ("Tuesday 4 March 1930", "Fri 14 Apr"), as
# round 13 read "Thursday 14th"; a clock time right after a dated weekday goes with it ("Mon 12 Apr 2027 10:00"). An
# ordinal day keeps round 12's reading ("Monday 2nd December" -> "2nd December").
_R23_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\.?,?[ \t]+"
_R23_WEEKDAY_BEFORE = re.compile(r"(?<![A-Za-z])" + _R23_WEEKDAY + r"$")
_R23_WORD_DATE = re.compile(r"\d{1,2}[ \t]+[A-Z][a-z]{2,8}\b")
_R23_TIME_AFTER = re.compile(r"[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
# (a weekday in brackets after a Chinese date, 2027年3月17日（周三）, stays outside: round 12's reading, which blind21's
# writer did not share)
# a Roman-numeral month between day and year: 12-II-1936, 3.XI.1950, 22/X/33
_R23_ROMAN_DATE = re.compile(r"(?<![\w\-./])(\d{1,2}([\-./ ])(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\2(?:1[89]\d\d|20\d\d|\d\d))"
                             r"(?![\w\-/]|\.\d)")
# year first, each part closed by a dot (Hungarian 1933.11.28., 2027. 03. 17.): the last dot is the date's own
_R23_YMD_DOT = re.compile(r"(?<![\d.])((?:1[89]|20)\d\d\.[ \t]?(?:0?[1-9]|1[0-2])\.[ \t]?(?:0?[1-9]|[12]\d|3[01])\.)(?!\d)")
# IP: an IPv4 address written inside IPv6 (::ffff:192.0.2.33, 64:ff9b::198.51.100.7) is one address
_R23_MAPPED_IP = re.compile(r"(?<![0-9A-Fa-f:])((?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?::(?:[0-9A-Fa-f]{1,4}:){0,5}"
                            r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d))(?![\d.]*\d)")
# MRN: a record label, then a number that repeats the label's letters: "(UR UR0045123)", HN號碼HN12345678(9)
_R23_MRN = re.compile(r"(?<![A-Za-z])(?:UR|URN|MRN|HN|HRN|CRN)(?:[ \t]*(?:号码|號碼|编号|編號|no\.?|number|#))?[ \t:：#]*"
                      r"((?:UR|HN|MRN|HRN|CRN)\d{5,10}(?:\(\d\))?)(?![A-Za-z0-9])")
# NAME: Brunei and Malay titles of birth and pilgrimage are written as part of the name ("Awang Haji Rosli",
# "Dayang Nurul Aini binti Haji Othman", "Pengiran Anak Siti"); they lead the name, joined by bin/binti
_R23_MALAY_TITLE = r"(?:Awangku|Dayangku|Awang|Dayang|Pengiran|Haji|Hajah|Hj\.|Hjh\.)"
_R23_MALAY_NAME = re.compile(r"(?<![" + _LETTER + r"])(" + _R23_MALAY_TITLE + r"(?:[ \t]+(?:Anak|Haji|Hajah|Hj\.|Hjh\.))?"
                             r"(?:[ \t]+" + _R22_WORD + r"){1,3}(?:[ \t]+(?:bin|binti|bte|bt\.?)[ \t]+(?:(?:Haji|Hajah|Hj\.|Hjh\.)[ \t]+)?" +
                             _R22_WORD + r"(?:[ \t]+" + _R22_WORD + r")?)?)")
# Chinese: a name before an ethnic group in brackets (蓝秀英（畲族）), after a sending verb at a clause end (发给雷振华。),
# or a surname and an elder's word before an age (钱老太，九十六岁)
_R23_ZH_NAME = r"(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _SURNAMES + r"])[" + _CJK + r"]{1,2}"
_R23_ZH_ETHNIC = re.compile(r"(?:^|(?<=[，,。；;：:\s把给为替帮]))(" + _R23_ZH_NAME + r")(?=[（(][" + _CJK + r"]{1,3}族[）)])")
_R23_ZH_SENT_TO = re.compile(r"(?:发给|發給|寄给|寄給|交给|交給|转给|轉給|转交|轉交|递给|遞給)(" + _R23_ZH_NAME + r")(?=[。，,；;！!？?\s]|$)")
_R23_ZH_ELDER = re.compile(r"(?:^|(?<=[，,。；;：:\s]))([" + _SURNAMES + r"](?:老太太|老太|老伯|老爷子|老先生|阿婆|婆婆|伯伯))"
                           r"(?=[，,][ \t]*(?:\d{2,3}|[一二三四五六七八九十百]{2,4})[岁歲])")
# ADDRESS: the fields an address goes on over after its house number: a Hungarian floor/door (166. II/3), a postcode
# and town (, 1061 Budapest / , L-3236 Bettembourg / , 11100 Montevideo), a country
_R23_COUNTRY = (r"(?:Croatia|Hungary|Luxembourg|Uruguay|Ecuador|Rwanda|Senegal|Brunei|Jordan|Estonia|Latvia|Lithuania|Finland|"
                r"Slovenia|Slovakia|Serbia|Bosnia|Montenegro|Albania|Romania|Bulgaria|Greece|Cyprus|Malta|Portugal|Spain|France|"
                r"Belgium|Netherlands|Germany|Austria|Switzerland|Italy|Poland|Czechia|Denmark|Norway|Sweden|Iceland|Ireland|"
                r"Argentina|Chile|Peru|Bolivia|Paraguay|Colombia|Venezuela|Mexico|Brazil|Kenya|Uganda|Tanzania|Ghana|Nigeria|"
                r"Morocco|Tunisia|Egypt|Lebanon|Oman|Qatar|Kuwait|Bahrain|Malaysia|Indonesia|Philippines|Singapore|Thailand|"
                r"Vietnam|Cambodia|Laos|Mongolia|Fiji|Samoa|Tonga|Zambia|Zimbabwe|Malawi|Mozambique|Namibia|Botswana)")
_R23_POST_TOWN = r",[ \t]+" + _R20_EU_POST + r"[ \t]+" + _R21_W + r"(?:[ \t]+" + _R21_W + r"){0,2}"
_R23_END = (r"(?=[ \t]*(?:[;.](?:\s|$)|$|\n|,[ \t]+(?:[a-z]|\+?\d|(?i:tel|phone|mobile|cell|call|plate|id|ci|oib|national|insurance)\b)"
            r"|[ \t]*\())")
_R23_ADDR_MORE = re.compile(r"((?:\.?[ \t]+(?:[IVX]{1,4}|\d{1,2})/\d{1,3}\.?)?(?:" + _R23_POST_TOWN + r")?(?:,[ \t]+" + _R23_COUNTRY + r")?)" + _R23_END)
# a street named first (Calle, Av.) with its house number, a cross street after "y" and a town (Ecuador, Uruguay), or a
# French-style "14 rue de la Gare" with its postcode and town; a date-named avenue (Av. 18 de Julio) too
_R23_STREET = re.compile(
    r"(?<![" + _LETTER + r"0-9])((?:" + _R21_STREET_FIRST + r"[ \t]+(?:\d{1,2}[ \t]+de[ \t]+" + _R21_W + r"|" + _R21_STREET_NAME + r")[ \t]+(?:" + _R21_HOUSE + r"|[NSEO]\d{1,3}-\d{1,3})"
    r"(?:[ \t]+" + _R21_PART + r")?|\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?i:rue|avenue|boulevard|bd|chemin|route|place|allée|impasse|quai|cours)"
    r"[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?" + _R21_W + r"(?:[ \t]+(?:" + _R21_W + r"|de|du|des|la|le|les)){0,4})"
    r"(?:[ \t]+y[ \t]+(?:" + _R21_STREET_FIRST + r"[ \t]+)?" + _R21_W + r"(?:[ \t]+" + _R21_W + r"){0,3})?"
    r"(?:" + _R23_POST_TOWN + r"|,[ \t]+" + _R21_W + r"(?:[ \t]+" + _R21_W + r"){0,2})?)" + _R23_END)
# comma fields with a unit or street word: "KG 11 Ave, House 23, Kigali", "Simpang 14, No. 81, Jalan Tutong, Bandar
# Seri Begawan", "Sicap Liberté 6, Villa 1234, Dakar", "Jabal Amman, 3rd Circle, Bldg 7, Amman"; the first field holds
# a number or a place word, so a name before the address is not taken in; a chain does not start inside a street's
# own field ("Calle 5 No. 14, ...")
_R23_UNIT = (r"(?:House|Villa|Simpang|Lorong|Bldg\.?|Building|Plot|Lot|Block|Blok|No\.|Unit|Flat|Apt\.?)[ \t]*\d{1,5}[A-Za-z]?"
             r"|\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Circle|Roundabout|Ring)|[A-Z]{2}[ \t]+\d{1,4}[ \t]+(?:St|Ave|Rd|Street|Avenue|Road)")
_R23_PLACE_WORD = r"(?:Kampong|Kg\.|Jalan|Jln\.?|Taman|Jabal|Jebel|Sicap|Cité|Quartier|Hay|Khoroo)"
_R23_FIELD = (r"(?:" + _R23_UNIT + r"|" + _R23_PLACE_WORD + r"[ \t]+" + _R21_W + r"(?:[ \t]+" + _R21_W + r"){0,2}(?:[ \t]+\d{1,4})?"
              r"|" + _R21_W + r"(?:[ \t]+" + _R21_W + r"){0,3}(?:[ \t]+\d{1,4}(?![\d\-/.]))?)")
_R23_FIELDS = re.compile(r"(?<![" + _LETTER + r"0-9.])(?<!\d[ \t])((?:" + _R23_UNIT + r"|" + _R23_PLACE_WORD + r"(?:[ \t]+" + _R21_W + r"){1,3}|" + _R21_W +
                         r"(?:[ \t]+" + _R21_W + r"){0,2}[ \t]+\d{1,4}(?![\d\-/.]))(?:,[ \t]+" + _R23_FIELD + r"){2,4}"
                         r"(?:[ \t]+[A-Z]{2}\d{4})?)" + _R23_END)
_R23_FIELD_CUE = re.compile(r"\b(?:" + _R23_UNIT + r"|" + _R23_PLACE_WORD + r")")
# a hospital's own rooms and units are no one's home ("Unit 4, Main Hospital, Outpatients")
_R23_NOT_ADDRESS = re.compile(r"(?i)\b(?:ward|bed|room|bay|id|mrn|nhs|tel|phone|mobile|ticket|queue|lot[ \t]+no|batch|version|v\d|"
                              r"hospital|clinic|outpatients?|department|dept|pharmacy|theatre|level|floor|surgery)\b")



def _with_forced(out: list, forced: list) -> list:
    """The candidates with the forced spans of a round put in: of forced spans that overlap, the longest wins, and
    every candidate overlapping a kept one gives way."""
    kept = []
    for f in sorted(set(forced), key=lambda c: c[0] - c[1]):
        if not any(f[0] < k[1] and k[0] < f[1] for k in kept):
            kept.append(f)
    return [c for c in out if not any(c[0] < e and s < c[1] for s, e, _ in kept)] + kept

def _round23_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-23 candidates added to `out` (blind21's missed shapes); a found span replaces those it overlaps."""
    forced = []
    for s, e, k in out:
        if k != "DATE":
            continue
        # a weekday before a day and month name, and a clock time after a dated weekday
        if _R23_WORD_DATE.match(text, s) and (w := _R23_WEEKDAY_BEFORE.search(text[max(0, s - 12):s])):
            t = _R23_TIME_AFTER.match(text, e)
            forced.append((s - len(w.group(0)), t.end() if t else e, "DATE"))
    forced += [(*m.span(1), "DATE") for regex in (_R23_ROMAN_DATE, _R23_YMD_DOT) for m in regex.finditer(text)]
    forced += [(*m.span(1), "IP") for m in _R23_MAPPED_IP.finditer(text)]
    forced += [(*m.span(1), "MRN") for m in _R23_MRN.finditer(text)]
    forced += [(*m.span(1), "NAME") for m in _R23_MALAY_NAME.finditer(text) if " " in m.group(1)]
    if re.search(r"[" + _CJK + r"]", text):
        for regex in (_R23_ZH_ETHNIC, _R23_ZH_SENT_TO, _R23_ZH_ELDER):
            forced += [(*m.span(1), "NAME") for m in regex.finditer(text) if not re.search(r"[某×X＊*]", m.group(1)[1:])]
    addresses = [(*m.span(1), "ADDRESS") for m in _R23_STREET.finditer(text)]
    addresses += [(*m.span(1), "ADDRESS") for m in _R23_FIELDS.finditer(text)
                  if len(_R23_FIELD_CUE.findall(m.group(1))) >= 1 and not _R23_NOT_ADDRESS.search(m.group(1))]
    # as in round 22: an address another rule read that reaches past a new one is the better reading, and a new one
    # that goes on from an old one only over a plain town ("..., Dubai") is no better
    # (one that starts inside a word or number, "45675, Av. Amazonas" cut from a cédula, is no reading)
    old = [(s, e) for s, e, k in out if k == "ADDRESS" and not (s and text[s - 1].isalnum())]

    def goes_on_well(a):
        inner = max((e for s, e in old if a[0] <= s and e <= a[1]), default=a[1])
        rest = text[inner:a[1]]
        return inner == a[1] or bool(_R22_MORE_OK.match(rest) or _R23_FIELD_CUE.search(rest))
    addresses = [a for a in addresses if goes_on_well(a) and
                 not any(s < a[1] and a[0] < e and not (a[0] <= s and e <= a[1]) for s, e in old)]
    # the fields an address goes on over: a floor and door, a postcode and town, a country
    for s, e, k in out + addresses:
        if k == "ADDRESS" and re.search(r"\d", text[s:e]) and (m := _R23_ADDR_MORE.match(text, e)) and m.end(1) > e:
            addresses.append((s, m.end(1), "ADDRESS"))
    forced += addresses
    if not forced:
        return out
    return _with_forced(out, forced)


# --- Round 24 (blind22 spent) ------------------------------------------------------------------------------
# ADDRESS: an address whose first field is a plot, lot, box or estate word, or a street word that leads its name
# (Erf 12, LP 5 ..., Lot 3, #14, No. 7, Ban <village>, Urb. <estate>, Calle/Pasaje/Cité ...), going on over comma
# fields of capitalised words and numbers (Sangkat ..., Khan ..., Zona ..., Colonia ..., e/ N y S, off <road>) to its
# town. The chain needs a digit and a comma; a field that starts with a sign-off, a label or a lower-case word ends it.
_R24_ADDR_LEAD = (r"(?:(?:Erf|LP|Lot|Plot|Stand|PO[ \t]Box|BP|No\.?|Nº|№)[ \t]?\d{1,5}[A-Z]?|#\d{1,5}|"
                  r"(?:Ban|Urb\.|Urbanización|Calle|Pasaje|Psje\.|Cité|Kuche-ye|Khiaban-e|Sangkat|Carrera|Cra\.|Avenida|Jirón|Jr\.)"
                  r"(?=[ \t]+(?:[A-Z0-9#]|(?:de|des|del|la|las|los|du|le)[ \t])))")
_R24_ADDR_TOKEN = (r"(?:(?:Urb|Av|Ave|Psje|Bt|Bldg|Blk|St|Rd|Cra|Jr|Mz|Nro)\.|[" + _UPPER + r"][" + _LETTER + r"'\-]*|\d{1,5}[A-Z]?|#\d{1,5}|No\.?|Nº|№|e/|y|de|des|del|la|las|los|"
                   r"le|du|off|-ye|-e)")
_R24_NOT_FIELD = (r"(?!(?:Please|Thanks|Thank|Cheers|Many|Regards|Best|Phone|Tel|Email|E-mail|Mobile|Cell|Call|NHS|Dr|Mr|Mrs|"
                  r"Ms|Miss|Can|Could|Is|Are|The|This|That|I|We|He|She|They|My|Our|His|Her|And|But|Or|So|Then|Not|Which|What|"
                  r"When|Where|How|Who|Born|DOB|Date|Ref|Hosp|Hospital|Ward|Room|Bed|ID|IP|PAS|UHID|MRN|EPR|Plate|Reg|"
                  r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Sorry|Hi|Hello|Morning)\b)")
_R24_FIELD = _R24_ADDR_TOKEN + r"(?:[ \t]+" + _R24_ADDR_TOKEN + r"){0,7}"
_R24_ADDR_CHAIN = re.compile(r"(?<![" + _LETTER + r"0-9#/\-])(" + _R24_ADDR_LEAD + r"(?:[ \t]+" + _R24_ADDR_TOKEN + r"){0,7}"
                             r"(?:,[ \t]+" + _R24_NOT_FIELD + _R24_FIELD + r"){1,6})(?![" + _LETTER + r"0-9])")
# Hong Kong: an estate (苑/邨/花園...) with its block, floor and flat after an address word or 住
_R24_HK_FLAT = re.compile(r"(?:地址|住址|住喺|住在|住|搬到|寄到|送到)[：:]?(?:係|是|为|為)?([" + _CJK + r"]{2,8}?(?:苑|邨|村|花園|花园|大廈|大厦|閣|阁)"
                          r"[A-Z0-9一二三四五六七八九十]{1,3}座[0-9一二三四五六七八九十]{1,3}[樓楼][0-9A-Z]{1,3}室)")
# DATE: a Persian (solar hijri) month between day and year (12 Mehr 1310); a year-first eight-digit date after a birth
# or dated cue (DOB 19310506); a year written after "Month the ordinal," (May the fifth, 1931 / ..., nineteen thirty);
# 元月 (the first month) in a Chinese date; a weekday before a day-MON-year date (Thu 04-MAR-2027).
_R24_PERSIAN = re.compile(r"(?<![\d.])(\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:Farvardin|Ordibehesht|Khordad|Tir|Mordad|Amordad|Shahrivar|Mehr|"
                          r"Aban|Azar|Dey|Bahman|Esfand|Esfand)[ \t]+1[2-4]\d\d)(?!\d)")
_R24_YMD8 = re.compile(r"(?i:\b(?:dob|d\.o\.b\.?|born(?:[ \t]+on)?|date[ \t]+of[ \t]+birth|birth[ \t]?date|dated|(?:checked|seen|done|taken|"
                       r"tested|serviced)[ \t]+on)\b)[ \t:]*(?:(?:is|was)[ \t]+)?((?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?![\d/\-])")
_R24_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_R24_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_R24_YEAR_AFTER = re.compile(r",?[ \t]+((?:1[89]|20)\d\d(?!\d)|(?:nineteen|twenty)[ \t\-](?:hundred|oh[ \t\-]" + _R24_UNITS + r"|ten|eleven|twelve|"
                             r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + _R24_TENS + r"(?:[ \t\-]" + _R24_UNITS + r")?)\b)")
_R24_ORDINAL_DATE = re.compile(r"(?i:[a-z]+[ \t]+the[ \t]+[a-z\-]+|[a-z]+[ \t]+\d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?[a-z]+)")
_R24_ZH_YUANYUE = re.compile(r"((?:1[89]|20)\d\d[ \t]?年[ \t]?元月[ \t]?(?:[12]\d|3[01]|0?[1-9])[ \t]?[日号號])")
_R24_DMY_ABBR = re.compile(r"\d{1,2}[\-/ .](?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[A-Za-z]*[\-/ .]\d{2,4}")
# MRN: a hospital record label (PAS number, UHID / case-note, CR No., hospital number), through "on the letter is", to
# a record value: EPR 1234567, a letter and 6-10 digits, "K 123 456", a year and a serial (2026/123456). An "EPR " before
# seven digits is part of the value. Chinese: a registration, clinic card or check-up number (掛號證號, 就诊卡号, 体检编号).
_R24_MRN_VALUE = r"((?:EPR[ \t])?[A-Z]{0,3}\d{6,10}|[A-Z][ \t]\d{3}[ \t]\d{3}|(?:19|20)\d\d/\d{5,7})(?![\w/])"
_R24_MRN = re.compile(r"(?i:\bPAS[ \t]+(?:number|no\.?|num|#)|\bUHID\b(?:[ \t]*/[ \t]*case[- ]?notes?(?:[ \t]+(?:no\.?|number))?)?|"
                      r"\bcase[- ]?notes?(?:[ \t]+(?:no\.?|number))?|\bCR[ \t]+no\.?|\bhospital[ \t]+(?:number|no\.?))"
                      r"(?:[ \t]+on[ \t]+the[ \t]+(?:letter|card|form|wristband|band|label))?(?:[ \t]+(?:is|was))?[ \t:#.]*" + _R24_MRN_VALUE)
_R24_EPR = re.compile(r"(?<![A-Za-z0-9])(EPR[ \t]\d{6,9})(?![\w/])")
_R24_ZH_MRN = re.compile(r"(?<!身份)(?<!证件)(?<!證件)(?:掛號證號|挂号证号|掛號證|挂号证|就诊卡号|就診卡號|体检编号|體檢編號|编号|編號)"
                         r"(?:码|碼)?(?:是|为|為|係|系)?[ \t:：]*([A-Z]{1,3}-\d{4}-\d{4,8}|[A-Z]{1,3}\d{6,12})(?![A-Za-z0-9])")

# DEVICE: an asset tag (the asset tag reads X), and worn or implanted recorders and patches before their serial
_R24_DEVICE = re.compile(r"(?i:\basset[ \t]+(?:tag|no\.?|number|label)|\b(?:loop|event|holter)[ \t]+recorder|\b(?:ECG|heart|cardiac|glucose)[ \t]+"
                         r"(?:patch|sensor)|\bcough[ \t]+assist[ \t]+machine)(?:[ \t]+(?:reads|says|shows|is|was|=))?[ \t:#]*"
                         r"(?:(?:SN|S/N|serial)[ \t:#]*)?((?=[A-Z0-9\-]*\d)[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){3,20})(?![A-Za-z0-9\-])")
# NAME: a person introduced by a clerk's phrase (this is about X, I'm writing for X, she's X and, her name is X, took X
# from), two or three capitalised words; a possessive 's stays outside
_R24_NAME_WORD = r"[" + _UPPER + r"][" + _LETTER + r"'\-]{1,24}"
_R24_NAME_CUE = re.compile(r"(?:\b[Tt]his is about|\b(?:I'm|I am|I’m) writing for|\b(?:writing|calling|asking) on behalf of|\b(?:she's|he's|she is|he is)"
                           r"|\b(?:her|his|my|the patient's) name is|\bAmbulance took|\bthe patient is|\bnext of kin (?:for [^,]{1,30} )?to)[ \t]+"
                           r"(" + _R24_NAME_WORD + r"(?:[ \t]+" + _R24_NAME_WORD + r"){1,2})(?=['’]s\b|[ \t]*[,.;:!?()\-]|[ \t]+(?:and|from|about|is|was|has|\(|$)|$)")
# Chinese: a name after a person's word and 叫 (我姥姥叫X), after 用户/用戶(係), after 替/帮/幫 before an asking verb, after
# 老伴, or after 查一下 before 的
_R24_ZH_GIVEN = r"(?![" + _ZH_STOP + r"])[" + _CJK + r"]"
_R24_ZH_NAME = r"(?![一二三四五六七八九十百零两])" + _R24_ZH_GIVEN + r"(?:(?![一二三四五六七八九十百零两])" + _R24_ZH_GIVEN + r"){1,2}?"
_R24_ZH_CLAUSE_END = r"(?=[，,。；;！!？?\s]|$)"
_R24_ZH_NAME_CUES = [re.compile(r"(?:(?:病人|患者|老人|名字|[爸妈媽奶姥爷爺婆公嫲伯叔姨舅]|他|她)叫|老伴)(" + _R24_ZH_NAME + r")" + _R24_ZH_CLAUSE_END),
                     # after 用户/用戶 the name must start with a surname ("用户注意" is a notice)
                     re.compile(r"(?:用户|用戶)(?:係|系|是|为|為)?((?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _SURNAMES + r"区區盘盤冼韦韋])" + _R24_ZH_GIVEN + r"{1,2}?)" + _R24_ZH_CLAUSE_END),
                     re.compile(r"(?:替|帮|幫)(" + _R24_ZH_NAME + r")(?:问|問)(?:的|嘅)?" + _R24_ZH_CLAUSE_END),
                     re.compile(r"查一下(" + _R24_ZH_NAME + r")的(?:报告|報告|化验|化驗|结果|結果)")]
_R24_ZH_NOT_NAME = re.compile(r"救护|救護|医生|醫生|护士|護士|自己|大家|别人|別人|我们|我們|他们|她们|人家|一下|问问|問問|看看|这个|這個|那个|那個|什么|什麼|多少|朋友|孩子")


def _round24_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-24 candidates added to `out` (blind22's missed shapes); a found span replaces those it overlaps."""
    forced = []
    for s, e, k in out:
        if k != "DATE":
            continue
        if _R24_ORDINAL_DATE.fullmatch(text[s:e]) and not re.search(r"\d{4}", text[s:e]) and (m := _R24_YEAR_AFTER.match(text, e)):
            forced.append((s, m.end(1), "DATE"))
        elif _R24_DMY_ABBR.fullmatch(text[s:e]) and (w := _R23_WEEKDAY_BEFORE.search(text[max(0, s - 12):s])):
            forced.append((s - len(w.group(0)), e, "DATE"))
    forced += [(*m.span(1), "DATE") for regex in (_R24_PERSIAN, _R24_YMD8) for m in regex.finditer(text)]
    hk_flats = []
    forced += [(*m.span(1), "MRN") for regex in (_R24_MRN, _R24_EPR) for m in regex.finditer(text)]
    forced += [(*m.span(1), "ADDRESS") for m in _R24_ADDR_CHAIN.finditer(text) if re.search(r"\d", m.group(1))]
    forced += [(*m.span(1), "DEVICE") for m in _R24_DEVICE.finditer(text) if not _NOT_DEVICE_ID.fullmatch(m.group(1))]
    forced += [(*m.span(1), "NAME") for m in _R24_NAME_CUE.finditer(text) if _r17_name_ok(m.group(1))]
    if re.search(r"[" + _CJK + r"]", text):
        forced += [(*m.span(1), "DATE") for m in _R24_ZH_YUANYUE.finditer(text)]
        # a bare 编号 is a record number only at a clause start: after a noun (起搏器编号, 輪椅編號) it is that thing's
        forced += [(*m.span(1), "MRN") for m in _R24_ZH_MRN.finditer(text)
                   if not re.match(r"[编編]", text[m.start():m.start() + 1])
                   or re.search(r"(?:^|[，,：:。；;\s])$", text[max(0, m.start() - 1):m.start()])]
        hk_flats = [(*m.span(1), "ADDRESS") for m in _R24_HK_FLAT.finditer(text)]
        forced += hk_flats
        forced += [(*m.span(1), "NAME") for regex in _R24_ZH_NAME_CUES for m in regex.finditer(text) if not _R24_ZH_NOT_NAME.search(m.group(1))]
    # a last comma field of one to three capitals ("..., KL") is an abbreviation the chain does not take
    forced = [(f[0], f[1] - len(m.group(0)), k) if k == "ADDRESS" and (m := re.search(r",[ \t]+[A-Z]{1,3}$", text[f[0]:f[1]])) else (f[0], f[1], k)
              for f in forced for k in [f[2]]]
    # URLs and emails keep their own reading: nothing inside one is re-read; a record number already read keeps its
    # reading (HN1234567(8)); a new address takes in no identifier of another kind and never cuts an address read from
    # the same or an earlier start (it may add the lead field an old reading began after); a Hong Kong flat's own span
    # replaces a reading that took in the words before it
    keep = [(s, e) for s, e, k in out if k in ("URL", "EMAIL")]
    forced = [f for f in forced if not any(s < f[1] and f[0] < e for s, e in keep)]
    forced = [f for f in forced if f[2] != "MRN" or not any(s < f[1] and f[0] < e and k == "MRN" for s, e, k in out)]
    forced = [f for f in forced if f[2] != "ADDRESS" or not any(
        s < f[1] and f[0] < e and (k not in ("ADDRESS", "NAME") or (k == "ADDRESS" and s <= f[0] and not (f[0] <= s and e <= f[1])))
        for s, e, k in out) or f in hk_flats]
    # an address read before from the same first field keeps its reading when the chain adds only a plain town
    forced = [f for f in forced if f[2] != "ADDRESS" or not any(
        k == "ADDRESS" and s == f[0] and re.fullmatch(r",[ \t]+[^,\d]+", text[e:f[1]]) for s, e, k in out)]
    if not forced:
        return out
    return _with_forced(out, forced)


# ---- Round 25 (blind23's missed families, fitted on a spent set) ----
# MRN: a hospital record number after a cue in another language or an abbreviation (Fallnummer, N° de dossier,
# historia clínica, MPI, PID, Reg. No.) or a Chinese visit-kind number (急诊号, 产检建档号, 病人识别号); the value
# keeps its letters and hyphens (HC-0271843, DOS-19-88213, 2025-004417). A bare PID with no number is the illness.
_R25_MRN_VALUE = r"((?:[A-Z]{1,3}-?)?\d[\d\-]{4,14}\d)(?![\w\-/])"
_R25_MRN = re.compile(r"(?:\b(?i:Fallnummer|Fall-Nr\.?|Patientennummer|Patienten-Nr\.?|n[°º]\.?[ \t]*(?:de[ \t]+)?dossier|num[ée]ro[ \t]+de[ \t]+dossier|"
                      r"historia[ \t]+cl[íi]nica|n[úu]mero[ \t]+de[ \t]+historia|cartella[ \t]+clinica|prontu[áa]rio)"
                      r"|\bMPI|\bPID|\bReg\.[ \t]*No\.?|\bReg(?:istration)?[ \t]+No\.)"
                      r"(?:[ \t]+(?i:n[°º.]|no\.?|number|is|was))*[ \t:#]*" + _R25_MRN_VALUE)
_R25_ZH_MRN = re.compile(r"(?:急诊|急診|产检建档|產檢建檔|建档|建檔|病人识别|病人識別|病人辨识|病人辨識|门急诊|門急診)(?:号|號|编号|編號)(?:码|碼)?"
                         r"(?:是|为|為|係|系)?[ \t:：]*((?:[A-Z]{1,3}-?)?\d[\d\-]{4,14}\d)(?![A-Za-z0-9])")
# ID: a national number after its own cue word (NIE, IDNP, e-Tazkira, cédula, DNI (country), BHYT, BPJS, a state's
# licence, 户口本户号)
_R25_ID = re.compile(r"\bNIE[ \t:]*(?:is[ \t]+|no\.?[ \t]*)?([XYZ]\d{7}[A-Z])\b|\bIDNP[ \t:]*(?:is[ \t]+)?(\d{13})\b|"
                     r"\b(?i:e-?tazkira|tazkira)[ \t:]*(?:no\.?[ \t]*|number[ \t]*)?(\d{4}-\d{4}-\d{5}|\d{10,13})\b|"
                     r"\b(?i:c[ée]dula)(?:[ \t]+(?i:de[ \t]+(?:ciudadan[íi]a|identidad)))?[ \t:]*(?:(?i:no\.?|n[°º]\.?)[ \t]*)?(\d{1,3}(?:\.\d{3}){2,3}|\d{6,11})(?![\d.]*\d)|"
                     r"\bDNI(?:[ \t]*\([A-Za-z ]{2,20}\))?[ \t:]*(\d{1,2}\.\d{3}\.\d{3})(?![\d.]*\d)|"
                     r"\bBHYT(?:[ \t]+(?i:card|number|no\.?))?[ \t:]*([A-Z]{2}\d{13})\b|\bBPJS(?:[ \t]+(?i:kesehatan|card|number|no\.?))*[ \t:]*(\d{13})\b|"
                     r"\b[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]+(?:driver'?s[ \t]+)?(?i:licen[cs]e|DL)[ \t:#]*(?:(?i:no\.?|number)[ \t]*)?([A-Z]\d{7,8})\b")
_R25_ZH_ID = re.compile(r"(?:户口本|户口簿|戶口名簿|戶口本)(?:户号|戶號)(?:是|为|為|係)?[ \t:：]*(\d{9,15})(?!\d)")
# VEHICLE: "the car is a <country> reg, <plate>" and "<Country> plate <plate>"; a plate has a digit and is 4-12 marks
_R25_VEHICLE = re.compile(r"(?:\b(?i:car|van|vehicle|motorbike|truck|ute)[ \t]+(?i:is)[ \t]+(?i:an?)[ \t]+[A-Za-z]+(?:[ \t][A-Za-z]+)?[ \t]+(?i:reg|registration)"
                          r"|\b[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]+(?i:reg|registration|plates?|number[ \t]+plate))[ \t]*[,:]?[ \t]+"
                          r"((?=[A-Za-z \-]*\d)[A-Za-z0-9]{1,4}(?:[ \-·][A-Za-z0-9]{1,4}){0,3})(?=[ \t]*(?:[;,.)!?]|$))")
# URL: a calendar or feed scheme (webcal://), not only http(s)/ftp
_R25_URL = re.compile(r"(?<![A-Za-z0-9])((?i:webcals?|feed|sftp|ftps|rtsps?|rtmp[ste]?|mms|smb|wss?|itms-services)://[^\s<>\"'，。；、]+?)(?=[.,;:!?)]*(?:\s|$)|[，。；、])")
# IP: a dotted quad in brackets ("Received: from relay (203.0.113.4)") is an address, not a phone number
_R25_IP = re.compile(r"\(((?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d))\)")
# AGE: "aged 104y", "she's 96y"
_R25_AGE = re.compile(r"(?<![\w.])(9\d|1[0-2]\d)[ \t]?y(?![\w'’])")
# EMAIL: a local part with accented Latin letters (uxia_vilariño@...)
_R25_EMAIL = re.compile(r"(?<![\w.%+\-])([A-Za-z0-9._%+\-\u00c0-\u024f]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,8}\.[A-Za-z]{2,24})(?![\w\-])")
# DATE: a day, a month named in German, Italian, Spanish, Romanian, French, Portuguese or Dutch, and a year
_R25_EU_MONTH = (r"(?:januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember|gennaio|febbraio|marzo|aprile|maggio|giugno|"
                 r"luglio|agosto|settembre|ottobre|novembre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|setiembre|octubre|"
                 r"noviembre|diciembre|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|janvier|"
                 r"février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|décembre|janeiro|fevereiro|março|maio|junho|"
                 r"julho|setembro|outubro|dezembro|januari|februari|maart|mei|augustus|april|august|september|november|december)")
_R25_EU_DATE = re.compile(r"(?<![\w.])((?:0?[1-9]|[12]\d|3[01])\.?[ \t]+(?i:de[ \t]+)?(?i:" + _R25_EU_MONTH + r")[ \t]+(?i:de[ \t]+)?(?:1[89]|20)\d\d)(?!\d)")
# other calendars with their own month names and a year: Hebrew (17 Adar 5691), Ethiopian (Meskerem 12, 1942 E.C.)
_R25_HEBREW = r"(?:Tishrei|Tishri|Cheshvan|Heshvan|Marcheshvan|Kislev|Tevet|Teves|Shevat|Shvat|Adar(?:[ \t]+I{1,2}|[ \t]+Sheni|[ \t]+Bet)?|Nisan|Iyar|Iyyar|Sivan|Tammuz|Tamuz|Av|Elul)"
_R25_ETHIOPIAN = r"(?:Meskerem|Tikimt|Tikemt|Tekemt|Hidar|Hedar|Tahsas|Tahisas|Tir|Ter|Yekatit|Yakatit|Megabit|Magabit|Miyazya|Miazia|Ginbot|Genbot|Sene|Hamle|Nehase|Nehasse|Pagume|Pagumen)"
_R25_CALENDAR_DATE = re.compile(r"(?<![\w.])((?:0?[1-9]|[12]\d|30)[ \t]+" + _R25_HEBREW + r",?[ \t]+5\d{3}|" + _R25_HEBREW + r"[ \t]+(?:0?[1-9]|[12]\d|30),?[ \t]+5\d{3}|"
                                r"(?:0?[1-9]|[12]\d|30)[ \t]+" + _R25_ETHIOPIAN + r",?[ \t]+(?:1[89]|20)\d\d(?:[ \t]+E\.[ \t]?C\.)?|"
                                + _R25_ETHIOPIAN + r"[ \t]+(?:0?[1-9]|[12]\d|30),?[ \t]+(?:1[89]|20)\d\d(?:[ \t]+E\.[ \t]?C\.)?)(?![\w])")
# an era written after a date read already (2044/05/12 B.S., 12 Tir 1982 E.C.)
_R25_ERA_END = re.compile(r"(?:B\.[ \t]?S|E\.[ \t]?C|A\.[ \t]?H|B\.[ \t]?E|A\.[ \t]?D|(?<=\d[ \t])г)\.$")  # г.: round 50
_R25_ERA_AFTER = re.compile(r"[ \t]+(?:B\.[ \t]?S\.|E\.[ \t]?C\.|A\.[ \t]?H\.|B\.[ \t]?E\.|A\.[ \t]?D\.)")
# a named day and a year (Bastille Day 1930, Christmas Day 1948)
_R25_HOLIDAY = re.compile(r"(?<![\w])((?:Bastille|Christmas|Boxing|New[ \t]Year['’]?s|Independence|Canada|Australia|Anzac|Armistice|Remembrance|Valentine['’]?s|"
                          r"St\.?[ \t]Patrick['’]?s|St\.?[ \t]David['’]?s|St\.?[ \t]Andrew['’]?s|Easter|Labou?r|May|Victoria|Waitangi|Republic|Unification|"
                          r"National|Reunification|Liberation|Constitution)[ \t]+(?:Day|Eve|Sunday|Monday)(?:[ \t]+of)?,?[ \t]+(?:1[89]|20)\d\d|"
                          r"(?:Christmas|Easter|Halloween|Hogmanay|Thanksgiving|Diwali|Eid|Nowruz|Navruz|Hanukkah|Purim|Passover)(?:[ \t]+of)?,?[ \t]+(?:1[89]|20)\d\d)(?!\d)")
# a day, a month and a year each closed by a dot and a space (17. 3. 1933)
_R25_SPACED_DMY = re.compile(r"(?<![\w.])((?:0?[1-9]|[12]\d|3[01])\.[ \t](?:0?[1-9]|1[0-2])\.[ \t](?:1[89]|20)\d\d)(?!\d)")
# a year and a day of the year after a birth cue (born 1985-003)
_R25_ORDINAL_DATE = re.compile(r"(?i:\b(?:born|dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|birth[ \t]?date)[ \t:]*)((?:1[89]|20)\d\d-(?:00[1-9]|0[1-9]\d|[12]\d\d|3[0-5]\d|36[0-6]))(?![\d\-/])")
# Chinese: a sexagenary year (辛未年) or a calendar word (公历, 西元, 阳历) before a date read already
_R25_ZH_DATE_LEAD = re.compile(r"(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年|公历|公曆|公元|西元|阳历|陽曆|新历|新曆|国历|國曆)$")
# ADDRESS: after an address cue, a chain of comma fields each made of capitalised words, numbers and the street
# abbreviations of other countries (str., nr., bl., sc., ap., vh., et., int., lgh, zh.k., c/), up to a field that is not
# one (a country, a phone, lower-case words) or the end of the clause
_R25_ADDR_CUE = re.compile(r"(?i:\baddress(?:(?:[ \t]+[\w'’\-]+){0,5}?[ \t]*:|(?:[ \t]+[\w'’\-]+){0,5}?[ \t]+(?:is|was))?|\b(?:live[sd]?|living|staying|stays|reside[sd]?)[ \t]+at"
                           r"|\b(?:post|send|mail|return|deliver|ship)[ \t]+(?:it|them|this|that|the[ \t]+[a-z]+)[ \t]+(?:back[ \t]+)?to)[ \t]+")
_R25_ADDR_ABBR = {"str.", "nr.", "bl.", "sc.", "ap.", "apt", "apt.", "vh.", "et.", "int.", "lgh", "zh.k.", "c/", "de", "la", "del", "dei",
                  "di", "da", "e", "des", "du", "van", "der", "den", "no.", "ul.", "al.", "pl.", "os.", "m.", "k.", "d.", "kv.", "ku.", "r.", "av.", "bd.",
                  "floor", "fl.", "flr", "flr.", "piso", "etaj", "kat"}
_R25_COUNTRIES = {"italy", "spain", "romania", "moldova", "sweden", "albania", "bulgaria", "armenia", "pakistan", "ethiopia", "nepal",
                  "bangladesh", "canada", "paraguay", "uk", "usa", "us", "china", "germany", "france", "greece", "portugal", "poland",
                  "india", "mexico", "colombia", "argentina", "chile", "peru", "ukraine", "russia", "turkey", "england", "scotland",
                  "wales", "ireland", "australia", "norway", "denmark", "finland", "austria", "switzerland", "netherlands", "belgium"}
_R25_NOT_ADDR_WORDS = {"phone", "tel", "tel.", "mobile", "email", "e-mail", "dob", "id", "nhs", "mpi", "ip", "the", "my", "his", "her",
                       "our", "their", "thanks", "cheers", "please", "i", "we", "he", "she", "they", "it", "and", "but", "not"}


# Chinese: an address whose last part is a work-unit compound's block, door and flat (家属院3号楼2门401), an estate's
# lettered section and house (安置小区B区12号) or a named building's floor and room (环极楼二层4号房); the province
# (广西, 山东省) and the city may be left out
_R25_ZH_ADDRESS = re.compile(r"((?:[\u4e00-\u9fff]{2,3}(?:省|自治区|自治區)|广西|廣西|内蒙古|內蒙古|宁夏|寧夏|新疆|西藏)?(?:[\u4e00-\u9fff]{2,4}(?:市|州|盟))?"
                             r"[\u4e00-\u9fff]{2,4}(?:区|县|區|縣|旗)(?:[\u4e00-\u9fff]{2,4}(?:镇|鎮|乡|鄉|街道))?[\u4e00-\u9fffA-Za-z]{1,12}?"
                             r"(?:(?:家属院|家屬院|宿舍|大院|宿舍区|宿舍區)\d{1,3}(?:号楼|號樓|栋|棟|幢)\d{1,2}(?:门|門|单元|單元)\d{2,5}"
                             r"|(?:小区|小區|安置区|安置區)[A-Z](?:区|區)\d{1,4}(?:号|號)"
                             r"|(?:楼|樓)[一二三四五六七八九十\d]{1,2}(?:层|層)\d{1,4}(?:号房|號房|室)))(?![\d号號室])")


# NAME: a full name in a slot only a person fills: before a possessive and a kin or document word ("X Y's son",
# "X Y's Fayda number"), as a JSON value under a person key ("patient": "X Y"), signed after a dash at the very end
# ("... - X Y"), and after "for" before a dash ("for X Y - the form ...")
_R25_FULL = _R24_NAME_WORD + r"(?:[ \t]+" + _R24_NAME_WORD + r"){1,2}"
_R25_NAME_SLOTS = [
    re.compile(r"(?<![\w'’])(" + _R25_FULL + r")['’]s[ \t]+(?:[a-z]+[ \t]+)?(?:" + _R17_EN_KIN + r"|(?i:passport|id|nhs|fayda|aadhaar|national|insurance|"
               r"card|licen[cs]e|number|address|phone|mobile|email|e-mail|date[ \t]+of[ \t]+birth|dob|record|file|chart|bed|room|appointment))\b"),
    re.compile(r"\"(?i:patient|name|patient_?name|full_?name|client|visitor|member|holder|contact|next_?of_?kin)\"[ \t]*:[ \t]*\"(" + _R25_FULL + r")\""),
    re.compile(r"[ \t][-–—][ \t]+(" + _R25_FULL + r")[.!]?[ \t]*$"),
    re.compile(r"\bfor[ \t]+(" + _R25_FULL + r")(?=[ \t]+[-–—][ \t])"),
]
# Chinese: the name after "the one in hospital / driving / the patient / I am" and 是 (住院的是X, 開車的是X, 病人是X,
# 我是X), and after a kin word before 生于/出生/家 (奶奶X生于..., 是X家借的); a rarer surname (银) counts only here
_R25_ZH_SURNAME = r"(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _SURNAMES + r"银銀])"
_R25_ZH_NAME_SLOTS = [
    re.compile(r"(?:住院的|开车的|開車的|陪床的|陪护的|陪護的|签字的|簽字的|病人|患者|病患|登记人|登記人|我|本人)(?:是|係|系|为|為)(" + _R25_ZH_SURNAME +
               r"(?:[" + _SURNAMES + r"](?=[" + _CJK + r"]{1,2}(?:[，,。；;！!？?\s]|$)))?(?:(?![一二三四五六七八九十百零两])" + _R24_ZH_GIVEN + r"){1,2})" + _R24_ZH_CLAUSE_END),
    re.compile(r"(?:[爷爺奶姥婆公嫲]{2}|外婆|外公|阿嬷|阿嬤|阿公|我爸|我妈|我媽)(" + _R25_ZH_SURNAME + r"(?:(?![一二三四五六七八九十百零两])" + _R24_ZH_GIVEN +
               r"){1,2})(?=生于|生於|出生|，|,|。|$)"),
    re.compile(r"(?<=是)(" + _R25_ZH_SURNAME + r"(?:(?![一二三四五六七八九十百零两])" + _R24_ZH_GIVEN + r"){1,2})(?=家借|家的|家嘅)"),
]


_R25_AFTER_TOWN = {"please", "pls", "plz", "thanks", "thank", "ta", "today", "tomorrow", "asap", "before", "by", "next", "this",
                   "and", "as", "if", "when", "so", "but", "or", "until", "till"}


def _r25_addr_token_ok(token: str) -> bool:
    low = token.lower()
    if low in _R25_ADDR_ABBR:
        return True
    if low.rstrip(".") in _R25_NOT_ADDR_WORDS or low.rstrip(".") in _R25_COUNTRIES or token.startswith("+"):
        return False
    if any(ch.isdigit() for ch in token):
        return bool(re.fullmatch(r"[A-Za-z]{0,8}[\-/]?\d[\w\-/º°ª]*\.?", token))
    return token[0].isupper() and (len(token) > 1 or token.isalpha()) and bool(re.fullmatch(r"[^\W\d_][\w'’\-]*\.?", token))


def _r25_address_chain(text: str, start: int) -> int | None:
    """The end of a comma chain of address fields from `start`, or None when it is not one."""
    rest = re.split(r"[;\n!?()]", text[start:start + 160], maxsplit=1)[0]
    fields = rest.split(",")
    end, kept, digit = start, 0, False
    pos = start
    for i, field in enumerate(fields):
        lead = len(field) - len(field.lstrip(" \t"))
        tokens = list(re.finditer(r"\S+", field))
        if not tokens or (i and lead == 0):
            break
        good, stop = [], False
        for t in tokens:
            tok = t.group(0)
            last = tok.endswith(".") and tok.lower() not in _R25_ADDR_ABBR and not re.fullmatch(r"[A-Z][a-z]{0,3}\.|[A-Z]\.[a-z]\.?", tok)
            if last:
                tok = tok[:-1]
            if not tok or not _r25_addr_token_ok(tok):
                stop = True
                break
            good.append((t, tok))
            if last:
                stop = True
                break
        sentence_end = stop and good and good[-1][1] != good[-1][0].group(0)
        if len(good) > 6:
            break
        if len(good) < len(tokens) and not sentence_end:
            # a field cut short: keep a province code ("YT before we ...") after a kept field, or a town before a
            # courtesy or linking word ("Addis Ababa please")
            courtesy = len(good) < len(tokens) and tokens[len(good)].group(0).lower().strip(".,") in _R25_AFTER_TOWN
            if kept and good and (courtesy or (len(good) == 1 and re.fullmatch(r"[A-Z]{2,3}", good[0][1]))):
                t, tok = good[-1]
                end = pos + t.start() + len(tok)
                kept += 1
            break
        t, tok = good[-1]
        end = pos + t.start() + len(tok)
        # a floor ("3rd floor") alone makes no address of a name before it
        digit = digit or (any(ch.isdigit() for _, tok in good for ch in tok)
                          and not any(tok.lower() in ("floor", "fl.", "flr", "flr.", "piso", "etaj", "kat") for _, tok in good))
        kept += 1
        pos += len(field) + 1
        if stop:
            break
    if kept < 2 or not digit:
        return None
    return end


def _round25_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-25 candidates added to `out` (blind23's missed families); a found span replaces those it overlaps."""
    forced, zh_addresses = [], []
    zh = bool(re.search(r"[" + _CJK + r"]", text))
    for s, e, k in out:
        if k != "DATE":
            continue
        m = _R25_ERA_AFTER.match(text, e)
        lead = _R25_ZH_DATE_LEAD.search(text[max(0, s - 3):s]) if zh else None
        if m or lead:
            forced.append((s - (len(lead.group(0)) if lead else 0), m.end() if m else e, "DATE"))
    for regex in (_R25_EU_DATE, _R25_CALENDAR_DATE, _R25_HOLIDAY, _R25_SPACED_DMY, _R25_ORDINAL_DATE):
        for m in regex.finditer(text):
            era = _R25_ERA_AFTER.match(text, m.end(1))
            forced.append((m.start(1), era.end() if era and regex is not _R25_CALENDAR_DATE else m.end(1), "DATE"))
    forced += [(*m.span(1), "MRN") for m in _R25_MRN.finditer(text)]
    forced += [(*m.span(next(i for i in range(1, 9) if m.group(i))), "ID") for m in _R25_ID.finditer(text)]
    forced += [(*m.span(1), "VEHICLE") for m in _R25_VEHICLE.finditer(text) if re.search(r"[A-Za-z]", m.group(1)) and len(m.group(1)) >= 5]
    forced += [(*m.span(1), "URL") for m in _R25_URL.finditer(text)]
    forced += [(*m.span(1), "IP") for m in _R25_IP.finditer(text)]
    forced += [(*m.span(1), "AGE") for m in _R25_AGE.finditer(text)]
    forced += [(*m.span(1), "EMAIL") for m in _R25_EMAIL.finditer(text) if not m.group(1).isascii()]
    for cue in _R25_ADDR_CUE.finditer(text):
        end = _r25_address_chain(text, cue.end())
        if end:
            forced.append((cue.end(), end, "ADDRESS"))
    if zh:
        forced += [(*m.span(1), "MRN") for m in _R25_ZH_MRN.finditer(text)]
        forced += [(*m.span(1), "ID") for m in _R25_ZH_ID.finditer(text)]
        zh_addresses = []
        for m in _R25_ZH_ADDRESS.finditer(text):
            start = m.start(1) + _address_verb_lead(m.group(1))
            zh_addresses.append((start, m.end(1), "ADDRESS"))
        forced += zh_addresses
        # an illness word after a person word is no name (我爸高血压, 阿嫲高烧)
        forced += [(*m.span(1), "NAME") for regex in _R25_ZH_NAME_SLOTS for m in regex.finditer(text)
                   if not _R24_ZH_NOT_NAME.search(m.group(1)) and not re.search(r"[血烧燒热熱压壓糖脂疸病痛炎癌咳喘晕暈肿腫痒癢疹痰药藥]", m.group(1))
                   and not re.fullmatch(r".(?:太|生|伯|婆|叔|姨|嫂|哥|姐|sir)", m.group(1))]  # 我係梁太: a surname and a title
    forced += [(*m.span(1), "NAME") for regex in _R25_NAME_SLOTS for m in regex.finditer(text) if _r17_name_ok(m.group(1))]
    # a reading of the same kind that already holds the new span keeps it (Thursday 8 April 2027); an address read
    # before keeps its own edges unless the chain only adds the lead words before it (Ward No. 6, ...)
    forced = [f for f in forced if not any(k == f[2] and s <= f[0] and f[1] <= e and (s, e) != f[:2] for s, e, k in out)]
    forced = [f for f in forced if f[2] != "ADDRESS" or not any(
        k == "ADDRESS" and s < f[1] and f[0] < e and not (f[0] <= s and e == f[1]) for s, e, k in out)
        or (zh and f in zh_addresses and all(f[0] <= s and e <= f[1] for s, e, k in out if k == "ADDRESS" and s < f[1] and f[0] < e))]
    # a person's name that names a building or room ("X Y Lecture Theatre", "the X Y Wing") is a place; 单张/單張 (a
    # leaflet) and 单据 are nouns that start with a surname character
    out = [c for c in out if c[2] != "NAME" or not (
        ((m := _R25_FACILITY.search(text, c[0], min(len(text), c[1] + 40))) and m.start() <= c[1])
        or re.match(r"(?:单张|單張|单据|單據|单子|單子)", text[c[0]:c[1]]))]
    if not forced:
        return out
    return _with_forced(out, forced)


_R25_FACILITY = re.compile(r"[ \t]+(?:Lecture[ \t]+(?:Theatre|Theater|Hall|Room)|Lecture|Theatre|Theater|Wing|Building|Pavilion|Auditorium|"
                           r"Library|Suite|Institute|Ward|Unit|Centre|Center|Hall)\b(?![ \t]+[A-Z])")


# Round 26 (blind25's missed families). DATE: a year, a month in Roman numerals and a day (1952-IV-03, 16.X.1952).
_R26_ROMAN = r"(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
_R26_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_R26_ROMAN_DATE = re.compile(r"(?<![A-Za-z0-9_\-/.])((?:1[89]|20)\d\d([-./])" + _R26_ROMAN + r"\2" + _R26_DAY + r"|" + _R26_DAY + r"([-./ ])" +
                             _R26_ROMAN + r"\3(?:1[89]|20)\d\d)(?![A-Za-z0-9_\-/])")
# MRN: a record-number shape (letters and a serial, a year or ward code between slashes, 4-3-1 digits) after a
# record word (file, record, chart, card says, DOB on, hospital number), or anywhere in a message about a record or
# a birth date when the shape has letters in front of it
_R26_MRN_SHAPE = (r"((?:[A-Z]{2,4}[-/ ]?\d{2,4}[-/]\d{2,7}|[A-Z]{2,4}-\d{5,8}|\d{4}-\d{3}-\d))(?![A-Za-z0-9_\-/])")
_R26_MRN_CUED = re.compile(r"(?i:\b(?:file|files|record|records|chart|notes|folder|card[ \t]+(?:says|reads|shows)|dob[ \t]+on|under|"
                           r"hospital[ \t]+(?:no\.?|number|card)|case[ \t]+(?:no\.?|number)))(?:[ \t]+(?:is|was|are|number|no\.?))*"
                           r"(?:[ \t]+under)?[ \t:#]*" + _R26_MRN_SHAPE)
_R26_MRN_LOOSE = re.compile(r"(?<![A-Za-z0-9_\-/.])" + r"((?:[A-Z]{2,4}[-/ ]?\d{2,4}[-/]\d{4,7}|[A-Z]{2,4}-\d{6,8}))(?![A-Za-z0-9_\-/])")
_R26_RECORD_CONTEXT = re.compile(r"(?i:\b(?:dob|date of birth|born|record|records|hospital|file|chart|notes|patient|clinic)\b)|病案|病历|病歷|住院号|住院號")
# DATE: a Taiwanese birth-year cohort in ROC years (37年次 / 37年次的); DEVICE: a serial after a device word
# (pen cap IPC3-90217-K, syringe driver SD-T34-00912); ID: a national number after its own cue (CNI, persoonsnummer)
_R26_ROC_COHORT = re.compile(r"(?<![\d０-９])((?:[1-9]\d?|1[01]\d)年次)")
_R26_DEVICE = re.compile(r"(?i:\b(?:driver|cap|pen|pump|array|processor|generator|monitor|sensor|meter|aid|implant|stimulator|"
                         r"concentrator|nebuli[sz]er))[ \t]+((?-i:[A-Z]{2,4}\d{0,2}(?:-[A-Z]{0,2}\d{2,6}){1,2}(?:-[A-Z0-9]{1,3})?))(?![\w\-])")
_R26_ID = re.compile(r"(?i:\b(?:CNI|persoonsnummer|persoonsnr\.?))(?:[ \t]+(?:for|of)[ \t]+[\w' ]{1,20}?)?(?:[ \t]+(?:is|no\.?|number))?[ \t:#]*"
                     r"(\d{8}[ \t]?\d{2}|\d{8}[A-Z]\d{5})(?![\w\-])")
# VEHICLE: an Åland plate (ÅL 12 345); a Dutch-style sidecode plate (ST-61-FS, 12-ABC-3) after a vehicle word
_R26_VEHICLE = re.compile(r"(?<![\w])(ÅL[ \t]?\d{2}[ \t]?\d{3})(?![\w])|(?i:\b(?:van|car|vehicle|truck|lorry|taxi|cab|bike|motorbike|scooter|reg|plate))"
                          r"(?:[ \t]+(?:is|reg|plate|number|no\.?))?[ \t:]+((?:[A-Z]{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2,3}-\d{1,2}|[A-Z]{2}-\d{3}-[A-Z]|"
                          r"\d{1,2}-[A-Z]{3}-\d{2,3}|[A-Z]-\d{3}-[A-Z]{2}))(?![\w\-])")
# AGE: 90 and over after a person (a name, a pronoun or a kin word) and is / turns / already / dey
_R26_AGE = re.compile(r"(?:\b[" + _UPPER + r"][a-zà-ÿ'’\-]+|(?i:\b(?:he|she|him|her|mum|mom|dad|papa|mama|gran|granny|grandma|grandad|grandpa|nan|nana|"
                      r"ah[ \t]?ma|ah[ \t]?gong|uncle|auntie|aunty)))[ \t]+(?:is|dey|turns|turned|now|already|reach)(?:[ \t]+(?:already|now))?[ \t]+"
                      r"(9\d|1[01]\d)(?![\w.%/])(?![ \t]*(?:kg|mg|g|%|bpm|cm|mm|mmol|ml|°|degrees|units|over|pounds|lbs|beats|percent|point|minutes|mins|"
                      r"hours|days|weeks|months|times|pence|p|pounds|dollars|euros)\b)")
# NAME: a full name after "account of", "call / ring X on", "asking X to", "a card reading X", "dropping off X's",
# pidgin "na X,"; after "she's / he's" before at / from / , ; before "is 9x" after a dash in a subject line
_R26_FULL = r"(" + _R24_NAME_WORD + r"(?:[ \t]+" + _R24_NAME_WORD + r"){1,2})"
_R26_NAME_SLOTS = [
    re.compile(r"(?i:\baccount[ \t]+(?:of|for|belonging[ \t]+to))[ \t]+" + _R26_FULL + r"(?=[ \t]*[.,;:!?()]|[ \t]*$)"),
    re.compile(r"(?i:\b(?:call|ring|phone|text|contact))[ \t]+" + _R26_FULL + r"(?=[ \t]+(?:on|at)[ \t]+\+?\d)"),
    re.compile(r"(?i:\basking)[ \t]+" + _R26_FULL + r"(?=[ \t]+to\b)"),
    re.compile(r"(?i:\b(?:a[ \t]+)?(?:card|tag|label|badge|wristband)[ \t]+(?:reading|saying|that[ \t]+says|says))[ \t]+" + _R26_FULL + r"(?=[ \t]*[,.;:]|[ \t]*$)"),
    re.compile(r"(?i:\b(?:dropping[ \t]+off|picking[ \t]+up|collecting|delivering[ \t]+to))[ \t]+" + _R26_FULL + r"(?=['’]s\b)"),
    re.compile(r"(?<![\w'’])(?:na|she[ \t]+na|him[ \t]+na)[ \t]+" + _R26_FULL + r"(?=[ \t]*,)"),
    re.compile(r"(?i:\b(?:she|he)['’]s)[ \t]+" + _R26_FULL + r"(?=[ \t]+(?:at|from|in|of)\b|[ \t]*[,;]|[ \t]*\.(?:[ \t]|$))"),
    re.compile(r"[ \t][-–—][ \t]+" + _R26_FULL + r"(?=[ \t]+(?:is|was|turns|turned)[ \t]+(?:9\d|1[01]\d)\b)"),
]
_R26_NOT_NAME = re.compile(r"(?i:eid|diwali|deepavali|ramadan|hanukkah|chanukah|christmas|easter|passover|vesak|holi|onam|pongal|"
                           r"navratri|thanksgiving|he|she|him|her|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
                           r"(?:one|two|three|four|five|six|seven|eight|nine))")
# Chinese: the name after a role word (使用人, 车主, 家属, 姓名, 名字, 联系人) with a transliterated name written with a
# middle dot (买买提·艾力) or a surname and one to three given characters; the role word is not part of the name
_R26_ZH_ROLE = r"(?:使用人|使用者|车主|車主|家属|家屬|姓名|名字|联系人|聯絡人|联络人|持卡人|监护人|監護人|领取人|領取人)"
_R26_ZH_NAME_SLOT = re.compile(_R26_ZH_ROLE + r"[：:]?[ \t]*((?:[" + _CJK + r"]{1,4}[·•‧][" + _CJK + r"]{1,5})|(?:" + _R25_ZH_SURNAME + r"|[云雲])"
                               r"(?:(?![一二三四五六七八九十百零两在是的，,。；;！!？?\s\d])[" + _CJK + r"]){1,3}?)(?=[，,。；;！!？?\s]|$|在|是|的)")
_R26_ZH_KIN_NAME = re.compile(r"(?:阿公|阿嬤|阿嫲|阿爸|阿媽|阿婆|阿爺|外公|外婆|爷爷|爺爺|奶奶|姥姥|姥爷|姥爺)(" + _R25_ZH_SURNAME + r"(?:(?![一二三四五六七八九十百零两在是的])"
                              + _R24_ZH_GIVEN + r"){1,2})(?=是|今年|已经|已經|住|在)")
# ADDRESS: a Papiamento street (Kaya / Caya + name + number); an address read before runs on over its island or
# region, a state code with its ZIP (FM 96941), and its country, when the chain ends at a country; a country alone
# right after a read address stays out (older sets and round 16 label "..., St. Andrew" before ", Jamaica")
_R26_COUNTRIES = (r"(?:Seychelles|Greenland|Aruba|Curaçao|Curacao|Bonaire|Sint Maarten|Cabo Verde|Cape Verde|Micronesia|Palau|Marshall Islands|"
                  r"Samoa|Tonga|Fiji|Vanuatu|Kiribati|Tuvalu|Nauru|Faroe Islands|Åland|Finland|Iceland|Norway|Sweden|Denmark|Estonia|Latvia|"
                  r"Lithuania|Poland|Germany|Austria|Switzerland|France|Belgium|Netherlands|Luxembourg|Spain|Portugal|Italy|Malta|Greece|"
                  r"Cyprus|Ireland|Scotland|Wales|England|Northern Ireland|Nigeria|Ghana|Kenya|Uganda|Tanzania|South Africa|Mauritius|"
                  r"Madagascar|Senegal|Morocco|Egypt|India|Pakistan|Bangladesh|Sri Lanka|Nepal|Malaysia|Singapore|Indonesia|Philippines|"
                  r"Vietnam|Thailand|Japan|Korea|South Korea|Taiwan|Hong Kong|Macau|Australia|New Zealand|Canada|Mexico|Brazil|Argentina|"
                  r"Chile|Peru|Colombia|Jamaica|Trinidad and Tobago|Barbados|Bahamas|Guam|Puerto Rico)")
_R26_PAPIAMENTO = re.compile(r"(?<![\w])((?:Kaya|Caya)[ \t]+(?:[" + _UPPER + r"][" + _LETTER + r"'\-]+[ \t]+){1,4}\d{1,4}[A-Za-z]?)(?=[ \t]*,)")
_R26_CHAIN_PART = re.compile(r",[ \t]+(?:[A-Z]{2}[ \t]\d{5}(?!\d)|[" + _UPPER + r"][" + _LETTER + r"'’\-]*(?:[ \t]+[" + _UPPER + r"][" + _LETTER + r"'’\-]*){0,2}|[A-Z]{2}[ \t]\d{5}"
                             r"|\d{1,2}[º°ª][ \t]?[" + _LETTER + r"]+\.?|\d{4}[ \t][" + _UPPER + r"][" + _LETTER + r"]+)")


def _r26_country_end(text: str, end: int, country_alone: bool = True) -> int | None:
    """The end of a chain of up to four ", Part" segments after `end` that stops at a country or a state code + ZIP;
    without country_alone, a country right after `end` is no chain (older sets label "..., Firenze" before ", Italy")."""
    best, pos = None, end
    for number in range(4):
        m = _R26_CHAIN_PART.match(text, pos)
        if not m:
            break
        part = m.group(0).lstrip(", \t")
        pos = m.end()
        if re.fullmatch(r"[A-Z]{2}[ \t]\d{5}", part) or (re.fullmatch(_R26_COUNTRIES, part) and (country_alone or number > 0)):
            best = pos
    if best is not None and re.match(r"[ \t]*(?:[,.;:!?)\-–—]|$|\n|[ \t][a-z])", text[best:best + 3] or ""):
        return best
    return None


def _round26_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-26 candidates added to `out` (blind25's missed families); a found span replaces those it overlaps."""
    zh = bool(re.search(r"[" + _CJK + r"]", text))
    # a festival or a number word is no name; a role word or "He's" in front of a name is not part of it; a
    # hyphenated given name keeps its first half (Jean-Paul)
    fixed = []
    for s, e, k in out:
        if k == "NAME":
            if _R26_NOT_NAME.fullmatch(text[s:e].strip(".,;:!?'\"’‘ ")):
                continue
            lead = re.match(r"(?:(?:He|She|he|she)['’]s[ \t]+|" + _R26_ZH_ROLE + r"[：:]?)", text[s:e])
            if lead and e - s - lead.end() >= 2:
                s += lead.end()
            hyphen = re.search(r"(?<![" + _LETTER + r"])[" + _UPPER + r"][a-zà-ÿ]{1,15}-$", text[max(0, s - 17):s])
            if hyphen:
                s -= len(hyphen.group(0))
        fixed.append((s, e, k))
    out = fixed
    forced = []
    forced += [(*m.span(1), "DATE") for m in _R26_ROMAN_DATE.finditer(text)]
    forced += [(*m.span(1), "DATE") for m in _R26_ROC_COHORT.finditer(text)] if zh else []
    forced += [(*m.span(1), "DEVICE") for m in _R26_DEVICE.finditer(text)]
    forced += [(*m.span(1), "ID") for m in _R26_ID.finditer(text)]
    # a serial on a device's card or box is the device's (the card says PMX-20-448139 after "pacemaker, the serial")
    mrn = [m.span(1) for m in _R26_MRN_CUED.finditer(text)
           if not re.search(r"(?i:serial|s/n|pacemaker|implant|device|\bbox\b)", text[max(0, m.start() - 60):m.start(1)])]
    if _R26_RECORD_CONTEXT.search(text):
        mrn += [m.span(1) for m in _R26_MRN_LOOSE.finditer(text)]
    soft = ("PHONE", "ACCOUNT", "NAME", "ZIP")
    forced += [(s, e, "MRN") for s, e in set(mrn) if not any(s < ce and cs < e and ck not in soft for cs, ce, ck in out)]
    for m in _R26_VEHICLE.finditer(text):
        g = 1 if m.group(1) else 2
        forced.append((*m.span(g), "VEHICLE"))
    forced += [(*m.span(1), "AGE") for m in _R26_AGE.finditer(text)]
    forced += [(*m.span(1), "NAME") for regex in _R26_NAME_SLOTS for m in regex.finditer(text)
               if _r17_name_ok(m.group(1)) and not _R26_NOT_NAME.fullmatch(m.group(1).split()[0])]
    for m in _R26_PAPIAMENTO.finditer(text):
        end = _r26_country_end(text, m.end(1))
        forced.append((m.start(1), end or m.end(1), "ADDRESS"))
    for s, e, k in out:
        if k == "ADDRESS":
            end = _r26_country_end(text, e, country_alone=False)
            # a ZIP read on its own keeps its span (older sets label "Boston, MA 02118" as an address and a ZIP)
            if end and not any(ck == "ZIP" and e < ce <= end for cs, ce, ck in out):
                forced.append((s, end, "ADDRESS"))
    if zh:
        # a thing after the role word (家属车牌, 车主证件) is no name
        forced += [(*m.span(1), "NAME") for regex in (_R26_ZH_NAME_SLOT, _R26_ZH_KIN_NAME) for m in regex.finditer(text)
                   if not _R24_ZH_NOT_NAME.search(m.group(1)) and not re.search(
                       r"[牌证證卡号號码碼费費表单單室楼樓院科区區票照册冊栏欄簽签]|须知|須知|信息|資訊|资料|資料|电话|電話|地址|请|請|休息|等候|登记|登記", m.group(1))]
    forced = [f for f in forced if not any(k == f[2] and s <= f[0] and f[1] <= e and (s, e) != f[:2] for s, e, k in out)]
    if not forced:
        return out
    return _with_forced(out, forced)



# Round 27 (blind27, spent): foreign addresses read as a comma chain, Swahili / Sesotho / French weekday dates, plates
# after a vehicle word, device codes after the device's name, record and national numbers under their local names.
# ADDRESS: a chain of comma segments (a house, a quarter, a town) from a locality word or after "lives at / address:";
# each segment is at most six words, capitalised or a number, lower-case only for the address particles below; the
# chain stops at a sentence end or at a segment that is none (", mobile +500", ", her ficha"), and before a country
_R27_LOWER_OK = {"de", "la", "le", "les", "du", "des", "del", "da", "do", "dos", "das", "a", "es", "el", "los", "las", "km", "rue",
                 "porte", "calle", "apto", "apt", "piso", "n°", "nº", "no.", "y", "e", "et", "bis", "ter", "van", "der", "al", "di", "x"}
# a clause after the last segment ("..., Bobo-Dioulasso and has no phone") ends the chain there
_R27_CLAUSE = re.compile(r"(?:and|with|who|which|where|since|but|so|for|from|near|until|till|because|as|is|was|has|had|on|in|at|to|please|thanks)$")
# a segment that ends in a US state code + ZIP (round 6: the ZIP is read apart), a scheme's number (Medicare 2953 47106 1)
_R27_NOT_SEGMENT = re.compile(r"(?:.*[ \t])?[A-Z]{2}[ \t]\d{5}(?:-\d{4})?|(?i:(?:medicare|nhs|id|mrn|tel|phone|mobile|dob|ref|passport|insurance|hospital|national)\b.*)")
_R27_ABBREV = re.compile(r"(?:Urb|Edif|Apto|Apt|Av|Avda|Bldg|Blk|Sta|Sto|Col|Res|Lot|Qtr|No|Tte|Gral|Cnel|Dr|Sr|Sra|Pje|Mz|Bd|Ste)$")
_R27_ADDRESS_WORD = (r"(?:Quartier|Secteur|Barrio|Urb\.|Urbanizaci[oó]n|Parcela|Plot|Block|Bloco|Avenue|Rue|Calle|"
                     r"Lote|Colonia|Commune|Cit[ée]|Lotissement|Kebele|Kijiji|Mtaa|SQS|SQN|SHIS|QI|QL|Sector|Carrera|Camino)")
# A chain after "lives at" or past an address already found runs on over a town only when the address names a quarter,
# block, plot or door (porte), or its last segment holds a number (a postcode): older sets read "45 Jalan SS2/24" before ", Petaling
# Jaya", "2-21-1 Shibuya, Shibuya-ku" before ", Tokyo" and "Avenida Paulista, 1578, apto 91" before ", São Paulo"
# without the town (a flat or floor word names no quarter; Avenida / Rua start no chain of their own)
_R27_QUARTER = re.compile(r"(?<![\w])(?:Quartier|Secteur|Sector|Barrio|Urb\.|Urbanizaci[oó]n|Parcela|Plot|Block|Bloco|House|Commune|Colonia|"
                          r"Lotissement|Kebele|Kijiji|Mtaa|Cit[ée]|SQS|SQN|SHIS|QI|QL|porte)(?![\w])")
_R27_ADDRESS_HEAD = re.compile(r"(?<![\w'’])(?:" + _R27_ADDRESS_WORD + r"(?=[ \t]+(?:[" + _UPPER + r"\d]|de\b|du\b|del\b|la\b|l['’]))|"
                               r"(?i:\b(?:lives?|living|stays?|staying|moved[ \t]+in(?:[ \t]+with[ \t]+\w+)?)[ \t]+at|\baddress(?:[ \t]+back[ \t]+home)?"
                               r"(?:[ \t]+is)?[ \t]*:?|\bhome[ \t]+is)[ \t]+(?=[" + _UPPER + r"\d]))")


def _r27_segment_end(text: str, pos: int) -> int:
    """Where the comma segment starting at `pos` ends: a comma, a clause mark, a line break or a sentence's full stop."""
    i = pos
    while i < len(text):
        ch = text[i]
        if ch in ",;?!\n()（），。；" or (ch in "/|" and text[i - 1:i] == " " and text[i + 1:i + 2] == " "):
            break
        if ch == "." and (i + 1 == len(text) or text[i + 1] in " \t\n") and not _R27_ABBREV.search(text[pos:i]):
            break
        i += 1
    return i


def _r27_segment_ok(segment: str) -> bool:
    words = segment.split()
    if not 1 <= len(words) <= 6 or re.fullmatch(_R26_COUNTRIES, segment) or re.search(r"@|https?:|\+\d", segment):
        return False
    if _R27_NOT_SEGMENT.fullmatch(segment) or (len(re.sub(r"\D", "", segment)) >= 7 and not re.search(r"\b\d{5}-\d{3}\b", segment)):
        return False
    first = words[0]
    if not (first[0].isupper() or first[0].isdigit() or first.lower() in _R27_LOWER_OK):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _R27_LOWER_OK or re.match(r"[ld]['’]", w) for w in words)


def _r27_runs_on(text: str, start: int, base_end: int, end: int) -> bool:
    """True when an address chain may run on past `base_end`: it names a quarter, or its last segment holds a digit."""
    last = max(base_end, text.rfind(",", base_end, end) + 1)
    return bool(_R27_QUARTER.search(text, start, end)) or (end > base_end and any(ch.isdigit() for ch in text[last:end]))


def _r27_address_chain(text: str, start: int, least: int = 2) -> int | None:
    """The end of an address chain of at least `least` segments from `start`, or None."""
    pos, end, count = start, None, 0
    while count < 8:
        stop = _r27_segment_end(text, pos)
        segment = text[pos:stop].strip()
        if segment and not _r27_segment_ok(segment) and count + 1 >= least:
            clause = re.search(r"[ \t]+([a-z]+)\b", segment)
            if clause and _R27_CLAUSE.fullmatch(clause.group(1)) and _r27_segment_ok(segment[:clause.start()]):
                return pos + clause.start()
        if not segment or not _r27_segment_ok(segment):
            break
        count += 1
        end = pos + len(text[pos:stop].rstrip())
        if stop < len(text) and text[stop] == "," and text[stop + 1:stop + 2] in (" ", "\t"):
            pos = stop + 2
            continue
        break
    if count < least or end is None:
        return None
    after = text[end:end + 2]
    if after and not re.match(r"(?:[.;?!](?:\s|$)|[.;?!]$|,|\n|[ \t]+(?:and|[-–—])[ \t]|\)|）|，|。)", text[end:end + 4]):
        return None
    return end


# zh ADDRESS: a foreign address after 住 / 地址: the Chinese country and city, then the Latin street, up to number + 号
_R27_ZH_ADDRESS = re.compile(r"(?:住(?:在)?|地址(?:写|寫|是|为|為|係|系)?[：:]?)[ \t]*((?![院])(?:[" + _CJK + r"]{2,16}[ \t]*){1,3}?"
                             r"[A-Za-zÀ-ÿ][^，。；;！!？?\n]{0,50}?\d{1,5}[ \t]*[号號])")
# DATE: a day and month in Swahili / Indonesian / Sesotho, or French after a weekday, with the weekday in front and a year
_R27_SW_DAY = r"(?:Jumatatu|Jumanne|Jumatano|Alhamisi|Ijumaa|Jumamosi|Jumapili)"
_R27_SW_MONTH = (r"(?:Januari|Februari|Machi|Maret|Aprili|April|Mei|Juni|Julai|Juli|Agosti|Agustus|Septemba|Oktoba|Novemba|Desemba|"
                 r"Phesekgong|Hlakola|Hlakubele|Mmesa|Motsheanong|Phupjane|Phupu|Phato|Lwetse|Mphalane|Pudungwana|Tshitwe)")
_R27_FR_DAY = r"(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_R27_FR_MONTH = r"(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)"
_R27_DATES = [
    re.compile(r"(?<![\w])((?:" + _R27_SW_DAY + r",?[ \t]+)?\d{1,2}[ \t]+" + _R27_SW_MONTH + r"(?:[ \t]+(?:19|20)\d{2})?)(?![\w])"),
    re.compile(r"(?<![\w])(" + _R27_FR_DAY + r"[ \t]+\d{1,2}(?:er)?[ \t]+" + _R27_FR_MONTH + r"(?:[ \t]+(?:19|20)\d{2})?)(?![\w])"),
]
_R27_ZH_ERA = re.compile(r"(?:民前|民國|民国)[〇零一二三四五六七八九十\d]{1,4}年$")
# VEHICLE: a plate right after a vehicle word (night coach, pickup, bus): one to three groups of capitals and digits,
# letters and digits both, four to ten characters
_R27_VEHICLE = re.compile(r"(?i:\b(?:coach|bus|minibus|pickup|pick-up|truck|lorry|van|car|taxi|matatu|tractor|trailer|jeep|ute|4x4|motorbike))"
                          r"[ \t]+((?:[A-Z0-9]{1,8})(?:[ \t\-][A-Z0-9]{1,7}){0,2})(?![\w\-])")
# DEVICE: a code after the device's own name (paired with a handheld ECG HECG-..., the cap unit number is SCU-...)
_R27_DEVICE = re.compile(r"(?i:\b(?:incubator|ECG|EKG|knee|hand|charger|electrolarynx|unit|prosthesis|limb|generator|concentrator))"
                         r"(?:[ \t]+(?:number|no\.?|serial|id))?(?:[ \t]+(?:is|was))?[ \t:]+([A-Z]{2,5}(?:-[A-Z0-9]{1,8}){1,3})(?![\w\-])")
# AGE (90 and over, as round 26): a number before a years word in French / Spanish / Portuguese / Italian / Dutch (95 ans, 100 años); an age after
# a kin word and a comma (my mother-in-law, 91,); the age a letter or card gives (his age on the letter says 97)
_R27_AGE = [
    re.compile(r"(?<![\w.,])(9\d|1[01]\d)[ \t]+(?:ans|años|anni|jaar|Jahre)(?![\w])(?![ \t]+(?:de|d['’]|of|ago|atrás|fa|geleden|plus[ \t]+tard|depuis)\b)"),
    re.compile(r"(?i:\bmy[ \t]+(?:[a-z]+[ \t]+)?(?:mother|father|mum|mom|dad|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|"
               r"great-aunt|great-uncle|aunt|auntie|uncle|nan|nana|mother-in-law|father-in-law|husband|wife)),[ \t]+(9\d|1[01]\d)(?=[ \t]*[,.;)])"),
    re.compile(r"(?i:\bage\b)(?:[ \t]+[a-z'’]+){0,5}?[ \t]+(?i:says|reads|shows|is|was|as)[ \t]+(9\d|1[01]\d)(?![\w%/]|\.\d)(?![ \t]*(?:%|kg|cm|mm|weeks|months|days))"),
]
# NAME: a full name right before its age in brackets (Amna Elamin (95 ans), X (aged 90)); a full name right before an
# address after "to" or a colon (send it to X, Block 12, ...); zh: a name after a kin, workmate or trade word
_R27_NAME_BEFORE_AGE = re.compile(r"(?<![\w])" + _R26_FULL + r"(?=[ \t]*\((?:aged[ \t]+)?\d{1,3}[ \t]*(?:ans|años|anos|anni|jaar|years?(?:[ \t]+old)?|yrs|y/?o)?\))")
_R27_NAME_BEFORE_ADDRESS = re.compile(r"(?:(?i:\bto)[ \t]+|[:：][ \t]*)" + _R26_FULL + r",[ \t]+$")
_R27_ZH_SURNAME = r"(?:" + _R25_ZH_SURNAME + r"|[洪陳黃張劉趙鄭吳許蔡])"
_R27_ZH_KIN_NAME = re.compile(r"(?:姑丈|姑父|姨丈|表妹|表姐|表哥|表弟|堂哥|堂姐|堂妹|堂弟|工友|同事|同车的|同車的|同乡|同鄉|老乡|老鄉|阿公|阿伯|"
                              r"采油工|采矿工|司机|司機|保姆|护工|護工)(?!傅)(" + _R27_ZH_SURNAME + r"(?:(?![一二三四五六七八九十百零两在是的要现現])"
                              r"(?:生|" + _R24_ZH_GIVEN + r")){1,2})(?=[，,。；;]|要|现在|現在|挂号|掛號|在|是|住|说|說|的)")
# MRN: a record number under its local name (ficha clínica, prontuário, N° d'hospitalisation, OPD card no., 住院證號)
_R27_MRN = re.compile(r"(?i:ficha[ \t]+cl[ií]nica|prontu[aá]rio|n[°º][ \t]*d['’]hospitalisation|num[ée]ro[ \t]+d['’]hospitalisation|"
                      r"historia[ \t]+cl[ií]nica|OPD[ \t]+(?:card[ \t]+)?(?:no\.?|number|#))[ \t:#]*(?:(?:is|it['’]s|é|es)[ \t]+)?"
                      r"([A-Z0-9][A-Z0-9\-/]{2,20}\d)(?![\w\-])|(?:住院證號|住院证号|住院號碼|住院号码|住院號|住院号)[：:]?[ \t]*([A-Z0-9][A-Z0-9\-]{2,20}\d)(?![\w\-])")
# ID: a national number under its local name (NINA, C.I., CUIL, CNIB) or after an ID cue with a scheme's letters in front
# (ID: NSSF 0911..., 证件号CE 0056..., 證號CNAMGS 5045...): the value alone
_R27_ID = re.compile(r"(?:(?<![A-Za-z])(?:NINA|CUIL|CUIT|CNIB|NIDA)|(?<![\w.])C\.I\.)(?:(?:[ \t]+[a-z]+){1,5}[ \t]+is|[ \t]+(?:is|number|no\.?)|是|为|為)?"
                     r"[ \t:：]*([A-Z0-9][A-Z0-9.\-/]{3,24}[A-Z0-9])(?![\w\-])|(?:居留证号|居留證號|居留证|居留證)[：:]?[ \t]*([A-Z0-9][A-Z0-9.\-]{3,24}[0-9])(?![\w\-])|"
                     r"(?:\bID|证件号|證件號|(?<!住院)證號|(?<!住院)证号)[ \t:：]*[A-Z]{2,6}[ \t]+(\d[\d.\-/]{4,20}\d)(?![\w\-])")


def _round27_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-27 candidates added to `out` (blind27's missed families); a found span replaces those it overlaps."""
    zh = bool(re.search(r"[" + _CJK + r"]", text))
    forced = []
    for m in _R27_ADDRESS_HEAD.finditer(text):
        cue = m.group(0)[-1:] in " \t:"
        start = m.end() if cue else m.start()
        end = _r27_address_chain(text, start)
        if end and (not cue or _r27_runs_on(text, start, _r27_segment_end(text, start), end)):
            forced.append((start, end, "ADDRESS"))
    for s, e, k in out:
        if k == "ADDRESS":
            end = _r27_address_chain(text, s)
            if end and end > e and _r27_runs_on(text, s, _r27_segment_end(text, e), end):
                forced.append((s, end, "ADDRESS"))
    if zh:
        forced += [(*m.span(1), "ADDRESS") for m in _R27_ZH_ADDRESS.finditer(text) if re.search(r"[A-Za-z]", m.group(1))]
    for regex in _R27_DATES:
        forced += [(*m.span(1), "DATE") for m in regex.finditer(text)]
    if zh:
        for s, e, k in out:
            if k == "DATE":
                # the weekday in brackets after a date stays outside (round 12: 2026年12月2日（星期三）)
                era = _R27_ZH_ERA.search(text[max(0, s - 8):s])
                if era:
                    forced.append((s - len(era.group(0)), e, "DATE"))
    for m in _R27_VEHICLE.finditer(text):
        plate = m.group(1)
        bare = re.sub(r"[ \t\-]", "", plate)
        if 4 <= len(bare) <= 10 and re.search(r"[A-Z]", bare) and re.search(r"\d", bare):
            forced.append((*m.span(1), "VEHICLE"))
    forced += [(*m.span(1), "DEVICE") for m in _R27_DEVICE.finditer(text) if len(re.sub(r"\D", "", m.group(1))) >= 4]
    forced += [(*m.span(1), "AGE") for regex in _R27_AGE for m in regex.finditer(text)]
    forced += [(*m.span(1), "NAME") for m in _R27_NAME_BEFORE_AGE.finditer(text) if _r17_name_ok(m.group(1))]
    for start in sorted({f[0] for f in forced if f[2] == "ADDRESS"} | {s for s, e, k in out if k == "ADDRESS"}):
        m = _R27_NAME_BEFORE_ADDRESS.search(text[max(0, start - 60):start])
        if m and _r17_name_ok(m.group(1)) and not _R26_NOT_NAME.fullmatch(m.group(1).split()[0]):
            base = max(0, start - 60)
            forced.append((base + m.start(1), base + m.end(1), "NAME"))
    if zh:
        forced += [(*m.span(1), "NAME") for m in _R27_ZH_KIN_NAME.finditer(text) if not _R24_ZH_NOT_NAME.search(m.group(1))]
    for m in _R27_MRN.finditer(text):
        g = 1 if m.group(1) else 2
        forced.append((*m.span(g), "MRN"))
    for m in _R27_ID.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i))
        if len(re.sub(r"\D", "", m.group(g))) >= 5:
            forced.append((*m.span(g), "ID"))
    forced = [f for f in forced if not any(k == f[2] and s <= f[0] and f[1] <= e and (s, e) != f[:2] for s, e, k in out)]
    # the scheme's letters in front of a national number are no part of it (ID: NSSF 0911..., 证件号CE 0056...)
    forced += [(*m.span(3), "ID") for m in _R27_ID.finditer(text) if m.group(3)]
    if not forced:
        return out
    return _with_forced(out, forced)


# Round 28 (blind29, spent: the Middle East, South Asia and the Caribbean).
# NAME: a full name after a role or a verb that brings, logs or visits a person ("our touring actor X", "the
# first-aider logged X,", "will drop X for", "visiting X on"), after a colon that opens someone's details ("...: X, House
# 8"), or before a possessive record word ("X's MRN", "update X's oxygen record") or a bracketed record / age ("X (MRN",
# "X (ninety-one)"); a surname may be hyphenated (Perera-Fonseka, Al-Hashimi) or carry "St." (Gregory St. Rose).
_R28_W = r"(?:(?:Al|El|Ul|Abu|Bin|Ben|Abd)-)?[" + _UPPER + r"][a-zà-ÿ]+(?:-[" + _UPPER + r"][a-zà-ÿ]+)?"
_R28_FULL = r"(" + _R28_W + r"(?:[ \t]+(?:St\.?[ \t]+)?" + _R28_W + r"){1,2})(?![\w\-])"
_R28_ROLE = (r"(?i:artist|artist-in-residence|moderator|mod|streamer|actor|actress|performer|musician|dancer|drummer|"
             r"singer|comedian|usher|invigilator|porter|chef|housekeeper|guest|visitor|viewer|subscriber|"
             r"player|gamer|teammate|resident|patient|client|tenant)")
_R28_VERB = (r"(?:logged|bring|brings|brought|bringing|drop|drops|dropping|dropped[ \t]+off|pick[ \t]+up|picks[ \t]+up|"
             r"picked[ \t]+up|collect|collecting|fetch|visiting|update|updating)")
# words of a place, a service or a thing that a capitalised pair after these cues may hold and no name does
_R28_NOT_NAME_WORDS = set("""lost found property street road lane avenue hospital clinic ward wing centre center house park hall office
    service services station airport hotel school college university great general royal national city county district desk
    team department unit store shop market bank church mosque temple""".split())
_R28_NAME_AFTER = re.compile(r"(?:\b" + _R28_ROLE + r"|(?<![\w\-])" + _R28_VERB + r")[ \t]+" + _R28_FULL +
                             r"(?![ \t]+[" + _UPPER + r"])")
_R28_NAME_COLON = re.compile(r":[ \t]+" + _R28_FULL + r"(?=,[ \t]+(?:No\.|House|Flat|Lot|Rue|\+|\(|\d+[ \t]|[" + _UPPER +
                             r"][a-zà-ÿ]+(?:[ \t]+[" + _UPPER + r"][a-zà-ÿ]+)*,[ \t]+(?:Bldg|Building|Block|Road|Street|\d)))")
# a name written before its own house address ("the invoice to X, No. 4/2", "for X, Rue Y #9")
_R28_NAME_HOUSE = re.compile(r"(?<![\w\-])(?:to|for)[ \t]+" + _R28_FULL + r"(?=,[ \t]+(?:No\.|House|Flat|Lot|Rue|Villa|\d))")
# PHONE: a French overseas or mainland number in its four groups (0696 55 06 14)
_R28_PHONE = re.compile(r"(?<![\w+\-])(0[1-9]\d{2}(?:[ \t.]\d{2}){3})(?![\w\-])")
_R28_NAME_BEFORE = re.compile(r"(?<![\w\-])" + _R28_FULL + r"(?=['’]s[ \t]+(?:MRN|record|records|file|chart|notes|results|"
                              r"letter|wheelchair|walker|oxygen|insulin|inhaler|pump|prescription|appointment|booking|"
                              r"meds|medication|hearing|scan)\b|[ \t]*\((?:MRN|DOB|ID|aged|age\b|\d|(?i:twenty|thirty|"
                              r"forty|fifty|sixty|seventy|eighty|ninety|one[ \t]+hundred|a[ \t]+hundred)))")
# Chinese: a name after a kin or follower word (表姑, 阿叔, 粉丝, 街坊), after 叫 and before 的 + a person, after
# 送 / 接 (a car brings or fetches someone), or right before its record, aid, phone, address, birth or age
# (X嘅病歷號, X，九十二歲). Guards: a place or service word ends no name (文化馆的电话), and the stop list.
_R28_ZH_NAME3 = r"(" + _R27_ZH_SURNAME + r"(?:(?![一二三四五六七八九十百零两])(?:生|" + _R24_ZH_GIVEN + r")){2})"
_R28_ZH_KIN = re.compile(r"(?:表姑|表叔|表舅|表姨|表姐|阿叔|阿嬸|阿婶|粉丝|粉絲|街坊|主播|观众|觀眾)" + _R28_ZH_NAME3 +
                         r"(?=[，,。；;]|把|喺|在|的|嘅|個|个|住|说|說|话|話|托|问|問|想|要)")
_R28_ZH_SLOTS = [
    re.compile(r"叫" + _R28_ZH_NAME3 + r"(?:的|嘅)(?:老人|病人|伯伯|婆婆|阿婆|阿伯|先生|女士|小朋友|人)"),
    re.compile(r"(?:送|接|載|载)" + _R28_ZH_NAME3 + r"(?=来|來|去|回|到|覆诊|复诊|。)"),
    re.compile(r"(?<![" + _CJK + r"])" + _R28_ZH_NAME3 + r"(?=(?:嘅|的)(?:病歷號|病历号|病歷|病历|助聽器|助听器|電話|电话|地址|身份證|身份证))"),
    re.compile(_R28_ZH_NAME3 + r"(?=[，,](?:[一二三四五六七八九十百]{2,4}[岁歲]|病歷號|病历号|电话|電話|出世|出生))"),
]
_R28_ZH_NOT_NAME = re.compile(r"[馆館院部台处處科室站店楼樓所局司行队隊房场場区區市县縣镇鎮村街路]$")
# DATE: a day, an Afghan solar month and a year (12 Hamal 1363); a day, a Haitian Creole month and a year (4 mas 1934)
_R28_DATES = [
    re.compile(r"(?<![A-Za-z0-9])(\d{1,2}[ \t]+(?:Hamal|Sawr|Saur|Jawza|Jauza|Saratan|Sartan|Asad|Sunbula|Sonbola|Mizan|Aqrab|Qaws|"
               r"Qaus|Jadi|Dalw|Dalwa|Hut|Hoot)[ \t]+1[2-4]\d\d)(?!\d)"),
    re.compile(r"(?<![A-Za-z0-9])(\d{1,2}[ \t]+(?:janvye|fevriye|fevrye|mas|avril|me|jen|jiyè|jiye|out|septanm|oktòb|oktob|novanm|"
               r"desanm)[ \t]+(?:18|19|20)\d\d)(?!\d)"),
]
# ID: an Afghan (e-)Tazkira number (yyyy-mmdd-serial) after its name; a French NIR written in its groups
# (2 34 03 972 09 123 45: sex, year, month, department, commune, order, key).
_R28_ID = [
    re.compile(r"(?<![A-Za-z])(?i:e-?tazkira|tazkera|tazkira)(?:[ \t]+(?:number|no\.?|is|was|reads))*[ \t:#：]*(\d{4}-\d{4}-\d{5})(?![\w\-])"),
    re.compile(r"(?<![A-Za-z0-9+\-])([12][ \t]\d{2}[ \t](?:0[1-9]|1[0-2])[ \t](?:\d{2}[ \t]\d{3}|97\d[ \t]\d{2})[ \t]\d{3}[ \t]\d{2})(?![\w\-])"),
]
# MRN on a wristband that "says / reads" it; VEHICLE: a hotel or airport shuttle's plate
_R28_MRN = re.compile(r"(?i:\b(?:wristband|hospital[ \t]+band|id[ \t]+band|bracelet)[ \t]+(?:says|reads|shows))[ \t:]+([A-Z]{2,5}-\d{4,8})(?![\w\-])")
_R28_VEHICLE = re.compile(r"(?i:\bshuttle)[ \t]+([A-Z]{1,3}-\d{2,4}-[A-Z]{1,3})(?![\w\-])")
# ADDRESS: a chain of comma segments that ends on a town, island or country of these regions. It starts at a house
# word (House 8, Flat 47, Lot 49, No. 16/4, Rue X #9, Résidence / Lotissement X), after an address cue (lives at, letter
# to, delivery to, from, address, 地址), or at a quarter right before its building (Kafr Sousa, Bldg 17); after a cue
# at least two segments. A phone after the town is no part of it.
_R28_PLACES = (r"Kabul|Herat|Kandahar|Mazar-i-Sharif|Jalalabad|Lahore|Karachi|Islamabad|Rawalpindi|Peshawar|Damascus|Aleppo|Homs|"
               r"Latakia|Ramallah|Nablus|Bethlehem|Hebron|Jenin|Jericho|Gaza|Manama|Juffair|Muharraq|Riffa|Isa[ \t]+Town|Thimphu|"
               r"Paro|Punakha|Kandy|Colombo|Galle|Jaffna|Negombo|Castries|Gros[ \t]+Islet|Soufri[eè]re|Vieux[ \t]+Fort|"
               r"Basseterre|Charlestown|Nevis|St\.?[ \t]+Kitts|Saint[ \t]+Kitts|Kingstown|St\.?[ \t]+Vincent|Saint[ \t]+Vincent|"
               r"St\.?[ \t]+George['’]s|Grenada|Carriacou|St\.?[ \t]+Lucia|Saint[ \t]+Lucia|Fort-de-France|Pointe-[àa]-Pitre|"
               r"Les[ \t]+Abymes|Baie-Mahault|Le[ \t]+Gosier|Sainte-Anne|Le[ \t]+Moule|Le[ \t]+Robert|Le[ \t]+Fran[çc]ois|Trinit[ée]|"
               r"Rivi[èe]re-Sal[ée]e|Sch[œo]e?lcher|Le[ \t]+Lamentin|Basse-Terre|Port-au-Prince|P[ée]tion-Ville|Delmas|"
               r"Cap-Ha[ïi]tien|Jacmel|Les[ \t]+Cayes|Guadeloupe|Martinique|Haiti|Ha[ïi]ti|Afghanistan|Pakistan|Sri[ \t]+Lanka|"
               r"Bhutan|Bahrain|Syria|Palestine|West[ \t]+Bank")
_R28_PLACE = re.compile(r"(?:\d{5}[ \t]+)?(?:" + _R28_PLACES + r")(?:[ \t]+\d{5})?")
_R28_NW = r"[" + _UPPER + r"][A-Za-zà-ÿœ'’\-]*"
_R28_HEAD_SEG = re.compile(r"(?:House|Flat|Lot|Villa|Bldg|Building|Block|Road|Street|Apt|Apartment)[ \t]+\d+(?:-?[A-Z])?|"
                           r"No\.[ \t]*\d+(?:/\d+)?[A-Z]?|\d+(?:st|nd|rd|th)?[ \t]+floor|B[âa]t\.?[ \t]+[A-Z]|"
                           r"Rue[ \t]+" + _R28_NW + r"(?:[ \t]+" + _R28_NW + r")*[ \t]+#\d+|"
                           r"(?:R[ée]sidence|Lotissement|Cit[ée])[ \t]+" + _R28_NW + r"(?:[ \t]+" + _R28_NW + r"){0,3}")
_R28_NAME_SEG = re.compile(_R28_NW + r"(?:[ \t]+(?:(?:aux|au|de|du|des|la|le|les|e|al|el)[ \t]+|d['’])?" + _R28_NW + r"){0,3}|"
                           r"(?:[" + _UPPER + r"][A-Za-zà-ÿ]*[ \t]+)?d['’]" + _R28_NW)
_R28_HEAD_START = re.compile(r"(?<![A-Za-z0-9\-])(?:House|Flat|Lot|No\.|Rue|R[ée]sidence|Lotissement)[ \t]")
_R28_CUE = re.compile(r"(?i:\b(?:lives?|living|staying|stays)[ \t]+at|\baddress(?:[ \t]+is)?[ \t:]*|\bletter[ \t]+to|"
                      r"\bdelivery[ \t]+to|\bpost(?:ed)?[ \t]+(?:it[ \t]+)?to|\bsend[ \t]+it[ \t]+to|\bfrom)[ \t]+|地址[：:]?[ \t]*|住址[：:]?[ \t]*")


def _r28_segment(text: str, pos: int) -> tuple[int, bool, bool] | None:
    """(end, is_place, is_house) of the comma segment at `pos`, or None."""
    best = None
    for regex, house in ((_R28_HEAD_SEG, True), (_R28_PLACE, False), (_R28_NAME_SEG, False)):
        m = regex.match(text, pos)
        if m and (m.end() == len(text) or not re.match(r"[A-Za-z0-9à-ÿ\-]", text[m.end()])) and (not best or m.end() > best[0]):
            best = (m.end(), bool(_R28_PLACE.fullmatch(text, pos, m.end())), house)
    return best


def _r28_address_chain(text: str, start: int, least: int) -> int | None:
    """The end of the address chain from `start` (its last place segment), with at least `least` segments."""
    pos, count, best, local = start, 0, None, 0
    while True:
        seg = _r28_segment(text, pos)
        if not seg:
            break
        end, place, house = seg
        count += 1
        # a list of towns ("from Kabul, Herat and ...") is no address: a house or a quarter comes before the town
        local += not place
        if place and count >= least and local:
            best = end
        nxt = re.match(r",[ \t]+", text[end:])
        if not nxt:
            break
        pos = end + nxt.end()
    return best


_R28_BUILDING_NAME = re.compile(r"(?:\b(?:the|Sir|Dame|Lady|Lord)[ \t]+)$")
_R28_BUILDING_AFTER = re.compile(r"[ \t]+(?:wing|ward|building|block|unit|hall|centre|center|library|suite|lounge|stand|stadium)\b")


def _round28_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The round-28 candidates added to `out` (blind29's missed families); a found span replaces those it overlaps."""
    # Guards first: a catalogue number after the packaging mark REF (product code REF 4471-2290, 产品编号REF ...), an app
    # version (APP版本7.6.17) and a building named after someone (the Sir Garfield Sobers wing) hold no PHI.
    out = [c for c in out if not (
        (c[2] in ("ID", "DEVICE", "MRN", "ACCOUNT", "SSN", "HEALTH_PLAN", "LICENSE", "PHONE")
         and re.search(r"\bREF[ \t]*$", text[max(0, c[0] - 6):c[0]]) or text.startswith("REF", c[0]))
        or (c[2] == "DATE" and re.search(r"(?:版本|(?i:\bversion|\bv))[ \t:：]*$", text[max(0, c[0] - 10):c[0]]))
        or (c[2] == "NAME" and _R28_BUILDING_NAME.search(text[max(0, c[0] - 6):c[0]]) and _R28_BUILDING_AFTER.match(text, c[1]))
        # a Chinese place before 的 / 嘅 is no name (文化馆的电话, 卫生院嘅地址)
        or (c[2] == "NAME" and re.fullmatch(r"[" + _CJK + r"]{2,4}", text[c[0]:c[1]]) and _R28_ZH_NOT_NAME.search(text[c[0]:c[1]])
            and text[c[1]:c[1] + 1] in ("的", "嘅")))]
    # a record label after a name is no part of it (patient X Y DOB 1 Jan ...)
    out = [(s, e - len(m.group(0)), k) if k == "NAME" and (m := re.search(r"[ \t]+(?:DOB|MRN|NIF|ID|NHS)$", text[s:e])) else (s, e, k)
           for s, e, k in out]
    zh = bool(re.search(r"[" + _CJK + r"]", text))
    forced = []
    for regex in (_R28_NAME_AFTER, _R28_NAME_COLON, _R28_NAME_BEFORE, _R28_NAME_HOUSE):
        for m in regex.finditer(text):
            name = m.group(1)
            if any(w.lower() in _R28_NOT_NAME_WORDS for w in name.split()):
                continue
            if _r17_name_ok(re.sub(r"[ \t]St\.?(?=[ \t])", "", name)) and not _R26_NOT_NAME.fullmatch(name.split()[0]) and not _R28_PLACE.fullmatch(name):
                forced.append((*m.span(1), "NAME"))
    # a name before its own house address may cut an address found before it that ran over the name
    house_names = {m.span(1) for m in _R28_NAME_HOUSE.finditer(text)}
    if zh:
        for regex in [_R28_ZH_KIN] + _R28_ZH_SLOTS:
            for m in regex.finditer(text):
                if not _R24_ZH_NOT_NAME.search(m.group(1)) and not _R28_ZH_NOT_NAME.search(m.group(1)):
                    forced.append((*m.span(1), "NAME"))
    for regex in _R28_DATES:
        forced += [(*m.span(1), "DATE") for m in regex.finditer(text)]
    for regex in _R28_ID:
        forced += [(*m.span(1), "ID") for m in regex.finditer(text)]
    forced += [(*m.span(1), "MRN") for m in _R28_MRN.finditer(text)]
    forced += [(*m.span(1), "VEHICLE") for m in _R28_VEHICLE.finditer(text)]
    forced += [(*m.span(1), "PHONE") for m in _R28_PHONE.finditer(text)]
    starts = [(m.start(), 2) for m in _R28_HEAD_START.finditer(text)] + [(m.end(), 2) for m in _R28_CUE.finditer(text)]
    starts += [(m.start(), 2) for m in re.finditer(r"(?<![\w\-])[" + _UPPER + r"][a-zà-ÿ]+(?:[ \t]+[" + _UPPER + r"][a-zà-ÿ]+){0,2}"
                                                   r"(?=,[ \t]+(?:Bldg|Building)[ \t]+\d)", text)]
    names = {f[0] for f in forced if f[2] == "NAME"}
    for start, least in starts:
        end = _r28_address_chain(text, start, least)
        if end and start not in names:
            forced.append((start, end, "ADDRESS"))
    # a name never cuts into an address found before it (Nurse visit: Jabal Al Weibdeh, 1st Circle, ...)
    forced = [f for f in forced if f[2] != "NAME" or f[:2] in house_names or not any(
        k == "ADDRESS" and s <= f[0] and f[1] <= e and (s, e) != f[:2] for s, e, k in out)]
    # an address chain ends on its town: a longer address found before it ran on over a phone or a word (Kabul, 0696 ..)
    forced = [f for f in forced if f[2] == "ADDRESS" or not any(
        k == f[2] and s <= f[0] and f[1] <= e and (s, e) != f[:2] for s, e, k in out)]
    if not forced:
        return out
    return _with_forced(out, forced)


# --- PF1 (session 20, PHI format inventory): addresses by each country's written order, MRN vs ID by the label ----
# Families (tests/data/safety/inventory/make_phi_formats.py, written from national formats, not from a writer set):
# ADDRESS: an address is a chain of comma or line segments: unit / floor / building segments (Flat D, 17/F, Block 2,
# Kornhill Gardens; Apt 12, The Maltings; Room 1502, Building 3), a street segment (number + street or street +
# number), then locality segments (district, town, state code, postcode, country) in the country's own order. A found
# address grows left over unit and building segments and right over locality, postcode and country segments; the
# chain ends on a postcode, a state code, a country, or a town at the end of its clause. Line breaks join segments
# like commas (a typed multi-line address) but a closing word (Thanks, Cheers) or a first name ends the chain.
# A street + number segment followed by a "postcode town" segment starts an address of its own (Vinohradská 48/1217,
# 120 00 Praha 2; Via dei Serpenti 47, int. 6, 00184 Roma RM; Storgatan 14 lgh 1102, 114 51 Stockholm), as does a
# street-word street (Rehov Herzl 48, Odos Ermou 48, Calle 72 # 10-34) and a house / section word chain ending on a
# town (House 27, Street 14, F-7/2, Islamabad 44000). Chinese: the province (广东省, 雪兰莪州) or region (新加坡, 香港)
# before a found address joins it; the building / block / floor / room chain after it (大厦B座21楼C室, 恒星楼3座9楼F室)
# and a postcode after it (，邮区560456; ，47300) join it; a cue glued in front (寄到, 地址是, It's) is cut.
_PF1_W = r"[" + _UPPER + r"][" + _LETTER + r"'’\-]*\.?"
_PF1_LOW = r"(?:de|la|le|les|du|des|del|da|do|dos|das|di|dei|della|van|der|den|am|an|im|a\.|bei|y|e|et|al|el|of|upon|sur)"
_PF1_POST = (r"(?:〒?\d{3}-\d{4}|\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2}|[A-Z]\d{4}[A-Z]{3}|"
             r"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[A-Z]\d{2}[ \t][A-Z0-9]{4}|[A-Z]{2}-\d{3}-\d{4}|"
             r"\d{3,7}(?:[ \t]?-[ \t]?\d{4})?)")
_PF1_STATE = (r"(?:[A-Z]{2,4}|Co\.[ \t]+" + _PF1_W + r"|W\.I\.|\((?:" + _PF1_W + r")\)|-[ \t]+[A-Z]{2})")
_PF1_EXTRA_COUNTRY = (r"(?:UAE|U\.A\.E\.|United[ \t]+Arab[ \t]+Emirates|Saudi[ \t]+Arabia|KSA|USA|U\.S\.A\.|UK|U\.K\.|United[ \t]+Kingdom|"
                      r"United[ \t]+States|China|PRC|Macao|Israel|Turkey|Türkiye|Egypt|Ethiopia|Papua[ \t]+New[ \t]+Guinea|PNG|"
                      r"Czech[ \t]+Republic|Czechia|Russia|Hong[ \t]+Kong(?:[ \t]+SAR)?|Kowloon|New[ \t]+Territories|Metro[ \t]+Manila|"
                      r"Jamaica(?:[ \t]+W\.I\.)?|Viet[ \t]?Nam|Republic[ \t]+of[ \t]+Korea|Ireland|Scotland)")
_PF1_COUNTRY = re.compile(r"(?:" + _R26_COUNTRIES + r"|" + _PF1_EXTRA_COUNTRY + r")")
_PF1_PLACE = re.compile(r"(?:" + _PF1_POST + r"[ \t]+)?(?:(?:off|opp\.?|opposite|behind|phường|quận|huyện|xã|tỉnh|thành[ \t]+phố|TP\.|"
                        r"kecamatan|kelurahan|barangay|Brgy\.)[ \t]+)?" + _PF1_W + r"(?:(?:[ \t]+|/|-)(?:(?:" + _PF1_LOW + r"[ \t]+)?" + _PF1_W + r"|\d{1,2}(?![\d\-/])|[NSEW]))"
                        r"{0,4}(?:[ \t]+" + _PF1_STATE + r")?(?:[ \t]*" + _PF1_POST + r")?")
_PF1_POSTONLY = re.compile(_PF1_POST + r"|(?:P\.?O\.?|Post[ \t]+Office)[ \t]+Box[ \t]+\d{1,6}(?:-\d{5})?|[A-Z]{2,3}[ \t]+" + _PF1_POST)
_PF1_UNIT_WORD = (r"(?:H\.?[ \t]?No\.?|Flat|Apt\.?|Apartment|Unit|Room|Rm\.?|Suite|Ste\.?|Villa|Lot|House|Hse\.?(?:[ \t]+No\.?)?|Plot|Section|Allotment|"
                  r"Building|Bldg\.?|Block|Blk\.?|Tower|Wing|Floor|Level|Imm\.|Appt\.?|Apto\.?|apto\.?|Dpto\.?|dpto\.?|Depto\.?|depto\.?|"
                  r"Int\.|int\.|app\.|ap\.|Ap\.|bte|Bte|Bus|Kebele|Stage|Phase|Door|Shop|Esc\.|esc\.|Bât\.|B[âa]timent|Entrance|dira|lgh|kv\.|d\.|m\.|"
                  r"No\.?|Nº|n\.º|Sec\.|Ln\.|Aly\.|Dong|dong|Moo|Soi)")
_PF1_UNIT = (r"(?:" + _PF1_UNIT_WORD + r"[ \t]*[:#]?[ \t]*(?:[A-Z]?\d+[A-Za-z]?(?:[/\-]\d+[A-Za-z]?)*|[A-Z])(?:[ \t]+[A-Z](?![\w]))?|"
             r"#\d{1,3}-\d{1,5}|[A-Z]-\d{1,2}(?:/\d)?|RT[ \t]*\d{1,3}[ \t]*/[ \t]*RW[ \t]*\d{1,3}|\d{1,3}/F|\d{1,3}F\.?|\d{1,3}(?:st|nd|rd|th)[ \t]+[Ff]loor|\d{1,3}-dong|"
             r"\d{1,2}\.?[ºª°][ \t]*(?:\d{1,2}[ªº]|[A-Z]|Esq\.?|Dto\.?|Dir\.?|andar(?:[ \t]+[A-Z])?)?|\d{1,2}(?:os|o|a)?[ \t]+orofos|"
             r"\d{1,2}\.[ \t]*(?:OG|tv\.?|th\.?|mf\.?|sal|Stock|Etage|étage)(?:[ \t]+(?:links|rechts|li|re))?|"
             r"(?:piso|bajo|andar)(?:[ \t]+\d+)?(?:[ \t]+[A-Za-z]\.?)*|[A-Z]?\d{1,5}[A-Za-z]?|H\d{4})")
_PF1_BUILDING = (r"(?:(?:The[ \t]+)?(?:" + _PF1_W + r"[ \t]+){1,3}(?:Gardens|Plaza|Apartments|Towers?|Court|Mansions?|Building|Centre|Center|"
                 r"Residences?|Heights|Villas|Estate|Maltings|Lodge|Complex|Condominium|Garden|Square|Arcade)|"
                 r"(?:The[ \t]+)" + _PF1_W + r"|"
                 r"(?:Edf\.|Edificio|Edifício|Ed\.|R[ée]sidence|Residencia|Immeuble|Torre|Condominio)[ \t]+(?:" + _PF1_W + r"|" + _PF1_LOW + r")"
                 r"(?:[ \t]+(?:" + _PF1_W + r"|" + _PF1_LOW + r")){0,3})")
_PF1_STREET_WORD = (r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Av\.|Lane|Drive|Dr\.?|Way|Close|Crescent|Terrace|Place|Court|Boulevard|Blvd\.?|"
                    r"Highway|Hwy|Parade|Row|Square|Walk|Grove|Rise|Hill|Gardens|E\.[ \t]Rd\.|Rd|Cad\.|Caddesi|Sokak|Sk\.|-ro|-gil|Marg|Nagar|Cross)")
_PF1_STREET_PREFIX = (r"(?:Rehov|Rechov|Odos|Odós|Via|Viale|Corso|Piazza|Rua|Rue|Avenue|Avenida|Av\.|Avda\.|Calle|C/|Carrera|Cra\.|Cl\.|"
                      r"Transversal|Diagonal|ul\.|ulica|vul\.|pr\.|Jl\.|Jalan|Soi|Thanon|Số|Bd|Boulevard|Chemin|Allée|Plac|Strada|"
                      r"Rruga|Carrer|Passeig|Paseo|Praça|Largo|Travessa|Estrada|Lorong)")
_PF1_STREET_SUFFIX = (r"(?:stra(?:ss|ß)e|str\.|gasse|weg|allee|platz|ring|damm|gatan|vägen|gata|gate|veien|vei|vej|gade|gracht|straat|"
                      r"laan|kade|plein|singel|tie|katu|kuja|polku|ská|ská třída|ova|ovo|cesta|ulica|utca|iela|gatvė|tee)")
_PF1_STREET = re.compile(
    r"(?:" + _PF1_STREET_PREFIX + r"[ \t]+(?:(?:" + _PF1_W + r"|" + _PF1_LOW + r"|\d{1,3}(?:[ \t]*#[ \t]*\d{1,3}-\d{1,3})?)[ \t]+){0,4}?"
    r"(?:" + _PF1_W + r"|\d{1,3})(?:,)?[ \t]+(?:No\.?:?[ \t]*|n\.?º[ \t]*)?\d{1,5}[A-Za-z]?(?:[/\-]\d{1,5}[A-Za-z]?)*(?:[ \t]+[A-Z](?:[ \t]+\d{1,3})?)?(?![\w])|"
    r"(?:" + _PF1_STREET_PREFIX + r")[ \t]+\d{1,3}[ \t]*#[ \t]*\d{1,3}-\d{1,3}|"
    r"(?:" + _PF1_W + r"[ \t]+){0,2}[" + _UPPER + r"][" + _LETTER + r"\-]*" + _PF1_STREET_SUFFIX + r"[ \t]+\d{1,5}[A-Za-z]?(?:[/\-]\d{1,5}[A-Za-z]?)*"
    r"(?:[ \t]+[A-Z](?:[ \t]+\d{1,3})?)?(?:[ \t]+(?:lgh|lägenhet|H|bus|bte|int\.|dira|kv\.)[ \t]*\d{1,5})?(?![\w])|"
    r"(?:" + _PF1_W + r"[ \t]+){0,3}(?:gate|vei|vej|gade|gata|tie)[ \t]+\d{1,5}[A-Za-z]?(?![\w])|"
    r"(?:" + _PF1_W + r"[ \t]+){1,2}(?:Straße|Strasse|Gasse|Weg|Allee|Platz|Ring|Damm)[ \t]+\d{1,5}[A-Za-z]?(?:/\d{1,4}){0,3}(?![\w])|"
    r"(?:" + _PF1_W + r"[ \t]+){1,2}(?:Cad\.|Caddesi|Sok\.|Sokak|Sk\.|Bulvarı|Blv\.)[ \t]+No[:.]?[ \t]*\d{1,5}[A-Za-z]?(?:/\d{1,3})?"
    r"(?:[ \t]+(?:D|Daire|Kat)[:.]?[ \t]*\d{1,3})?(?![\w])|"
    r"Số[ \t]+\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?:[ \t]+(?:ngõ|ngách|hẻm|kiệt)[ \t]+\d{1,4}(?:/\d{1,4})?)*[ \t]+(?:đường[ \t]+|phố[ \t]+)?"
    r"" + _PF1_W + r"(?:[ \t]+" + _PF1_W + r"){0,4}|"
    r"\d{1,4}/\d{1,4}[ \t]+Moo[ \t]+\d{1,2}|"
    r"(?:\d{1,5}(?:st|nd|rd|th|[A-Za-z])?(?:[/\-]\d{1,5}[A-Za-z]?)?[ \t]+(?:bis[ \t]+|ter[ \t]+)?(?:(?:" + _PF1_W + r"|" + _PF1_LOW + r"|rue|allée|avenue|chemin|"
    r"boulevard|impasse|place|route|quai)[ \t]+){0,4}" + _PF1_STREET_WORD + r"(?:[ \t]+(?:[NSEW]|North|South|East|West|Est|Ouest))?))")
_PF1_SEG_STOP = re.compile(r"(?i:mrn|id|born|ref|fax|e-mail|nric|ssn|dob|danke|merci|gracias|obrigad[oa]|grazie|tack|takk|tak|kiitos|dank|"
                           r"bedankt|teşekkürler|salamat|terima|shukran|asante|spasibo|dziękuję|děkuji|thanks?|thank[ \t]+you|cheers|regards|best|kind|love|please|pls|hi|hello|dear|sent|many|also|mobile|phone|tel|"
                           r"email|dob|nhs|ref|call|text|ring|my|his|her|our|their|the[ \t]+(?:letter|form|card|clinic|hospital)|and|or|but|"
                           r"can|could|would|will|is|was|does|do|did|i|we|he|she|they|it|x+|ta|yours|sincerely|warm|god|bless|see|speak|"
                           r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight)\b")
_PF1_CLAUSE_END = re.compile(r"[ \t]*(?:$|[.?!;](?:\s|$)|\n|,[ \t]*[a-z]|[ \t]+[-–—][ \t]|[ \t]*\)|，|。|[ \t]+(?:and|thanks|please|pls|so|but|is|was|for|as)\b)")


_PF1_HOSPITAL_WORD = re.compile(r"(?i:\b(?:hospital|clinic|ward|outpatients?|department|dept|surgery|pharmacy|infirmary|hospice|"
                                r"A&E|ICU|theatre|reception|campus)\b)")


def _pf1_segment_end(text: str, pos: int) -> int:
    """Where the address segment at `pos` ends: a comma, line break, clause mark, or a sentence's full stop."""
    i = pos
    while i < len(text):
        ch = text[i]
        if ch in ",;?!\n，。；：" or (ch == ":" and not re.search(r"(?:No|D)\.?$", text[max(pos, i - 3):i])):
            break
        if ch in "-–—" and text[i - 1:i] == " " and text[i + 1:i + 2] == " " and not re.match(r"\d|[A-Z]{2}\b", text[i + 2:i + 5]):
            break
        if ch == "." and (i + 1 == len(text) or text[i + 1] in " \t\n") and not re.search(
                r"(?:\b[A-Z]|\b(?:St|Rd|Ave|Av|Avda|Apt|Apto|Dpto|depto|Dto|Esq|Co|Int|int|Imm|Edf|Ed|Sec|Ln|Aly|Dist|Bât|esc|Esc|No|Hse|Blk|"
                r"Bldg|Rm|Ste|Cad|Sk|Col|app|ap|Ap|kv|d|m|ul|vul|pr|Jl|Bd|tv|th|mf|gr|I|Dr|Blvd)|W\.I|\b[a-z]|(?:^|[ \t])\d{1,2})$", text[pos:i]):
            break
        i += 1
    return i


def _pf1_segment(text: str, pos: int) -> tuple[int, str] | None:
    """(end, class) of the address segment at `pos`: 'post', 'country', 'place', 'unit', 'building', 'street', or None."""
    stop = _pf1_segment_end(text, pos)
    # a clause after the segment ("..., 79000 and the card is lost", "... İstanbul please") is no part of it
    clause = re.search(r"[ \t]+(?:please|pls|thanks|thank|and|so|but|for|is|was|as|asap|if|when|because|where)\b", text[pos:stop])
    if clause:
        stop = pos + clause.start()
    seg = text[pos:stop].rstrip()
    end = pos + len(seg)
    if not seg or len(seg.split()) > 7 or _PF1_SEG_STOP.match(seg) or re.search(r"@|https?:|\+\d|\d{8,}|\d{7}(?![ \t]*$)", seg):
        return None
    # a US state + ZIP is read apart (ZIP), and a country after the town stays outside (rounds 6, 7, 16, 25); a hospital's
    # own place (Main Hospital, Outpatients, Level 3 ward) is no one's address
    if re.fullmatch(r"(?:.*[ \t])?[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?", seg) or _PF1_HOSPITAL_WORD.search(seg):
        return None
    if re.fullmatch(r"Hong[ \t]+Kong(?:[ \t]+SAR)?|Kowloon|New[ \t]+Territories|Macau|Macao|Singapore", seg):
        return end, "place"
    if _PF1_COUNTRY.fullmatch(seg):
        return None
    if _PF1_POSTONLY.fullmatch(seg):
        return end, "post"
    if re.fullmatch(_PF1_UNIT, seg):
        return end, "unit"
    if re.fullmatch(_PF1_BUILDING, seg):
        return end, "building"
    if _PF1_STREET.fullmatch(seg):
        return end, "street"
    if _PF1_PLACE.fullmatch(seg):
        words = seg.split()
        if words[0].lower().rstrip(".,") in FIRST_NAMES and len(words) <= 3 and not re.search(r"\d", seg):
            return None
        strong = bool(re.search(r"\d", seg)) or bool(re.search(r"[ \t](?:[A-Z]{2,4}|Co\.[ \t]+\S+|\(\S+\)|-[ \t]+[A-Z]{2})$", seg))
        return end, "post" if strong else "place"
    return None


def _pf1_sep(text: str, pos: int) -> int | None:
    """The position after a segment separator at `pos` (a comma, a line break, a dash before a postcode), or None."""
    m = re.match(r",[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*|[ \t]+-[ \t]+(?=\d)|[ \t]{1,2}(?=" + _PF1_POST + r"(?![\w]))", text[pos:pos + 8])
    if not m or (m.group(0).count("\n") and text[pos:pos + m.end()].count("\n") > 1):
        return None
    return pos + m.end()


def _pf1_extend_right(text: str, end: int, chain_has_number: bool, towns: bool = True) -> int:
    """The end of an address grown right over unit, street, locality, postcode and country segments."""
    pos, best, pending = end, end, []
    while True:
        nxt = _pf1_sep(text, pos)
        if nxt is None:
            break
        seg = _pf1_segment(text, nxt)
        if not seg:
            break
        seg_end, cls = seg
        if cls in ("post", "country", "unit", "building", "street"):
            best, pending = seg_end, []
            chain_has_number = chain_has_number or cls in ("post", "street", "unit")
        else:
            pending.append(seg_end)
        pos = seg_end
    # towns after the last strong segment join when the clause ends after them (", Bristol, thanks" / "...\nBristol")
    if towns and pending and chain_has_number and _PF1_CLAUSE_END.match(text, pending[-1]):
        best = pending[-1]
    return best


_PF1_JP_ADMIN = r"(?:〒?\d{3}-\d{4}[ \t]+)?[A-Z][a-z]+-(?:to|ku|shi|ken|fu|cho|machi|gun|gu|si|do)"
_PF1_LEFT = re.compile(r"(?:(?<=[\s,:：(])|^)((?!\d{1,5}[A-Za-z]?(?:,|[ \t]*\n))(?:" + _PF1_UNIT + r")|" + _PF1_BUILDING + r"|" + _PF1_JP_ADMIN + r")(?:,[ \t]*|[ \t]*\n[ \t]*)$")


def _pf1_extend_left(text: str, start: int) -> int:
    """The start of an address grown left over unit, floor and building segments (Flat D, 17/F, Block 2, X Gardens, ...)."""
    for _ in range(6):
        m = _PF1_LEFT.search(text, max(0, start - 60), start)
        if not m or m.end() != start:
            break
        start = m.start(1)
    return start


# The province before a found city is left outside, as round 12 reads it (地址：广东省 | 广州市...); blind6..31 hand-written
# gold holds it (18 rows would gain), the older sets and test_phi_round12 do not: the lead's call, off here.
_PF1_JOIN_PROVINCE = False
_PF1_ZH_LEVEL = r"(?:省|自治区|自治區|州|特别行政区|特別行政區)"
_PF1_ZH_REGION = re.compile(r"(?:[" + _CJK + r"]{2,7}" + _PF1_ZH_LEVEL + r"|新加坡|马来西亚|馬來西亞|香港|九龙|九龍|新界|澳门|澳門|台湾|台灣|臺灣|"
                            r"中国|中國)$")
_PF1_ZH_TAIL = re.compile(r"(?:(?:[" + _CJK + r"]{1,8}?(?:大厦|大廈|花园|花園|中心|广场|廣場|商场|苑|阁|閣|栋|棟|幢|舍|院|城|楼|樓)|"
                          r"(?:[A-Z]?\d{1,5}[A-Z]?|[A-Z]|第?[一二三四五六七八九十]{1,3})?"
                          r"(?:楼|樓|座|期|栋|棟|幢|单元|單元|室|号|號|层|層|房|院))"
                          r"(?:之\d{1,3})?)+(?:[ \t]*(?:\d{2,5}|[A-Z])(?![\w]))?")
_PF1_ZH_POST = re.compile(r"[，,]?[ \t]*(?:(?:邮区|邮编|郵區|郵編|邮政编码|郵政編碼)[：:]?[ \t]*)?\d{5,6}(?:[" + _CJK + r"]{2,4}(?=$|[，。,.！？!?\s]))?"
                          r"(?=$|[，。,.！？!?\s]|[" + _CJK + r"])")
_PF1_CUE_CUT = re.compile(r"^(?:(?i:it['’]s|its|is|at|to|address(?:[ \t]+is)?:?)[ \t]+|.{0,6}?(?:寄到|寄去|寄往|送到|地址是|地址係|地址系|地址为|地址：|"
                          r"址是|址係|址系|地址:|地址|是|係|系)(?=[" + _CJK + r"A-Za-z0-9]))")


def _pf1_zh_extend(text: str, start: int, end: int) -> tuple[int, int]:
    """A Chinese address grown over its province / region before it and its building chain and postcode after it."""
    province = re.match(r"[" + _CJK + r"]{2,7}?(?:省|自治区|自治區)(?=[" + _CJK + r"]{2,7}?[市州盟])", text[start:end])
    if province and not _PF1_JOIN_PROVINCE:
        start += province.end()
    m = _PF1_ZH_REGION.search(text, max(0, start - 12), start) if _PF1_JOIN_PROVINCE else None
    # a municipality is itself province-level: no province stands before 北京 / 上海 / 天津 / 重庆
    glued = re.match(r"[" + _CJK + r"]{2,7}?(?:省|自治区|自治區)(?=北京|上海|天津|重庆|重慶)", text[start:start + 10])
    if glued:
        start += glued.end()
    if re.match(r"(?:北京|上海|天津|重庆|重慶)", text[start:start + 2]):
        m = None
    while m and m.end() == start:
        # the region's own start: cut a cue glued in front (寄到广东省 -> 广东省)
        head = text[m.start():start]
        cut = max((i + 1 for i, ch in enumerate(head[:-2]) if ch in _ADDRESS_LEAD_CHARS), default=0)
        start = m.start() + cut
        m = _PF1_ZH_REGION.search(text, max(0, start - 12), start)
    t = _PF1_ZH_TAIL.match(text, end)
    if t and t.end() > end and not re.match(r"[" + _CJK + r"]", text[t.end():t.end() + 1] or " ") or (
            t and t.end() > end and re.match(r"[，,。\s]|$", text[t.end():t.end() + 1])):
        end = t.end()
    p = _PF1_ZH_POST.match(text, end)
    if p and p.end() > end and any(ch.isdigit() for ch in p.group(0)):
        end = p.end()
    return start, end


_PF1_ZH_LATIN_HEAD = re.compile(r"(?:寄到|寄去|送到|地址是|地址係|地址：|地址:|住喺|住在)([" + _CJK + r"]{2,12}(?:[A-Za-z]{1,10}[ \t]?)?[A-Za-z0-9/ \t]{0,20}"
                                r"[" + _CJK + r"]{0,4}\d{1,5}[号號])")


def _pf1_address_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Addresses grown and started by the structural chain above; a grown span replaces the spans it overlaps."""
    zh = bool(re.search(r"[" + _CJK + r"]", text))
    forced = []
    seeds = [(s, e) for s, e, k in out if k == "ADDRESS"]
    found = set(seeds)
    # a street segment that a postcode-town segment follows, a street-word street, a house / section chain
    for m in _PF1_STREET.finditer(text):
        if m.start() and re.match(r"[\w]", text[m.start() - 1]):
            continue
        if _pf1_extend_right(text, m.end(), True) > m.end() or re.match(_PF1_STREET_PREFIX, m.group(0)):
            seeds.append(m.span())
    for m in re.finditer(r"(?<![\w])" + _PF1_STREET_PREFIX + r"[ \t]+" + _PF1_W + r"(?:[ \t]+" + _PF1_W + r"){0,3}(?=,[ \t]*"
                         + _PF1_UNIT_WORD + r"[ \t]*\d)", text):
        if _pf1_extend_right(text, m.end(), True) > m.end():
            seeds.append(m.span())
    for m in re.finditer(r"(?<![\w.,/\-])\d{1,5}[A-Za-z]?[ \t]+" + _PF1_W + r"(?:[ \t]+" + _PF1_W + r"){1,4}(?=,)", text):
        end = _pf1_extend_right(text, m.end(), True)
        last = max(text.rfind(",", m.end(), end), text.rfind("\n", m.end(), end)) + 1
        if end > m.end() and (re.search(r"\d", text[last:end]) or _PF1_COUNTRY.fullmatch(text[last:end].strip())):
            seeds.append(m.span())
    for m in re.finditer(r"(?<![\w])(?:House|Hse|Section|Plot|Kebele|Villa|Lot|Flat|Unit|Apt|Room|Rm)[ \t]+(?:No\.?[ \t]*)?[A-Z]?\d{1,5}[A-Za-z]?(?=,|\n)", text):
        if _pf1_extend_right(text, m.end(), True) > m.end():
            seeds.append(m.span())
    numbers = {c[0] for c in out if c[2] in ("ID", "MRN", "PHONE", "SSN")}
    for s, e in seeds:
        if s in numbers:
            continue
        seg_text = text[s:e]
        if zh and re.search(r"[" + _CJK + r"]", seg_text):
            cut = _PF1_CUE_CUT.match(seg_text)
            if cut and cut.end() < len(seg_text) - 3:
                s += cut.end()
            province = re.match(r"[" + _CJK + r"]{2,7}?(?:省|自治区|自治區)(?=[" + _CJK + r"]{2,7}?[市州盟])", text[s:e])
            if province and not _PF1_JOIN_PROVINCE:
                s += province.end()
                cut = cut or province
            ns, ne = _pf1_zh_extend(text, s, e)
        else:
            cut = re.match(r"(?i:it['’]s|its|it is)[ \t]+", seg_text)
            if cut:
                s += cut.end()
            e2 = e
            while e2 > s and text[e2 - 1] in " \t-–":
                e2 -= 1
            seg_start = max(s, max(text.rfind(",", s, e2), text.rfind("\n", s, e2)) + 1)
            while seg_start < e2 and text[seg_start] in " \t":
                seg_start += 1
            own = _pf1_segment(text, seg_start)
            if own and own[0] > e2:
                e2 = own[0]
            unit = re.search(r"(?<![\w])(?:Blk|Block|Flat|Unit|Apt|House|Hse|Lot|Plot|Villa)\.?[ \t]+(?:No\.?[ \t]*)?$", text[max(0, s - 12):s])
            if unit and re.match(r"[A-Z]?\d|No\.", text[s:s + 3]):
                s -= len(unit.group(0))
            chome = re.search(r"(?<![\w])[A-Z][a-z]+[ \t]+$", text[max(0, s - 20):s])
            if chome and re.match(r"\d{1,2}-\d{1,2}(?:-\d{1,3})?(?![\d])", text[s:s + 9]):
                s -= len(chome.group(0))
            lo = max(text.rfind(",", max(0, s - 40), s), text.rfind("\n", max(0, s - 40), s), text.rfind(":", max(0, s - 40), s)) + 1
            while lo and lo < s and text[lo] in " \t":
                lo += 1
            if 0 < lo < s:
                whole = _pf1_segment(text, lo)
                if whole and whole[1] in ("unit", "street", "building") and whole[0] >= s:
                    s = lo
            ns = _pf1_extend_left(text, s)
            # an address found before ends on its town as it stood (older sets read "Jalan SS 2/24" before ", Petaling Jaya")
            ne = _pf1_extend_right(text, e2, bool(re.search(r"\d", text[ns:e2])), towns=not any(fs < e and s < fe for fs, fe in found))
        if (ns, ne) != (s, e) or cut or (s, e) not in found:
            forced.append((ns, ne, "ADDRESS"))
    for m in _PF1_ZH_LATIN_HEAD.finditer(text):
        forced.append((*_pf1_zh_extend(text, *m.span(1)), "ADDRESS"))
    # a grown address joins an address already found that it overlaps (the union), except for a cue or a dash that it cut
    forced = [f for f in forced if not all(re.fullmatch(_PF1_UNIT + r"|" + _PF1_BUILDING, seg.strip())
                                           for seg in re.split(r",|\n", text[f[0]:f[1]]) if seg.strip())]
    joined = []
    for f0, f1, kind in forced:
        for s, e, k in out:
            if k == "ADDRESS" and s < f1 and f0 < e:
                if s < f0 and not re.fullmatch(r"(?i:it['’]s|its|it[ \t]+is)[ \t]+|[^" + _CJK + r"]{0,6}?(?:寄到|寄去|寄往|送到|地址是|地址係|"
                                                r"地址系|地址为|地址：|址是|地址|是|系|係)", text[s:f0]):
                    f0 = s
                if e > f1 and text[f1:e].strip(" \t-–—"):
                    f1 = e
        joined.append((f0, f1, kind))
    forced = joined
    if not forced:
        return out
    # keep the widest of nested grown spans; others it overlaps give way
    return _with_forced(out, forced)


# MRN vs ID by the label word: a hospital's own number under its local label (hospital number, hosp no, unit / UR
# number, patient ID at the clinic, case no., chart / file / clinic / outpatient number, 病历号, 住院号, 就诊卡号,
# 病歷號碼, 醫院編號, 診症號碼 ...) is MRN whatever shape the value has (a phone-like 00482173, a plate-like A4821736);
# a national scheme's number under its label (NHS number, CPR-nummer, BSN, AHV, SIN, AMKA, Ghana Card, NHI ...) is ID.
# Guard: a leaflet's or instruction sheet's number (leaflet ref PIL-0415, 说明书编号, 單張編號) holds no PHI, nor does a
# hospital's own postcode (the hospital at postcode LS1 3EX).
_PF1_MRN_LABEL_STRICT = re.compile(
    r"(?i:\b(?:hospital|hosp\.?)[ \t]*(?:number|no\.?|num|#|ID|card|reg(?:istration)?[ \t]+no\.?)|\bhospital['’]s[ \t]+number|"
    r"\bhosp\.?[ \t]+num(?:ber)?|\b(?:unit|UR)[ \t]+(?:number|no\.?)|\bpatient[ \t]+(?:ID|number|no\.?)(?:[ \t]+at[ \t]+the[ \t]+\w+)?|"
    r"\bpt\.?[ \t]+ID(?:[ \t]+at[ \t]+the[ \t]+\w+)?|\bcase[ \t]+(?:no\.?|number|ref)|\bchart[ \t]+(?:number|no\.?)|"
    r"\b(?:medical[ \t]+)?record[ \t]+(?:number|no\.?)|\bclinic[ \t]+(?:number|no\.?)|\bfile[ \t]+(?:no\.?|number)|"
    r"\boutpatient[ \t]+(?:number|no\.?)|\bregistration[ \t]+no\.?(?:[ \t]+at[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?|"
    r"\bA&E[ \t]+(?:number|no\.?)|\bMRN|\bRN|\bnumber[ \t]+with[ \t]+the[ \t]+(?:[a-z]+[ \t]+){0,2}hospital|"
    r"\bhosp[ \t]+num|\bhospital[ \t]+card[ \t]+says|\bunder[ \t]+hosp\.?[ \t]+num)"
    r"(?:[ \t]+\([^)]{1,30}\))?(?:[ \t]+on[ \t]+(?:my|the|his|her)[ \t]+(?:letter|card|form|wristband|file|band))?"
    r"(?:[ \t]*(?:['’]s|is|:|：|#|was|,[ \t]*it['’]s))*[ \t]*$"
    r"|(?:病历号|病歷號|住院号|住院號|就诊卡号|就診卡號|就诊号|就診號|病案号|病案號|门诊号|門診號|登记号|登記號|病人ID|病人编号|"
    r"病人編號|诊疗卡号|診療卡號|医院编号|醫院編號|诊症号|診症號|个案编号|個案編號)(?:码|碼)?(?:[ \t]*(?:是|係|系|为|為|：|:))*[ \t]*$")
_PF1_MRN_VALUE = re.compile(r"[A-Z0-9](?:[A-Z0-9]|[\-/](?=[A-Z0-9])|[ \t](?=\d)){2,20}(?:\([0-9A-Z]\))?(?![\w\-/(])")
_PF1_ID_LABEL = re.compile(
    r"(?:\b(?:NHS|CHI|PPS|PPSN|BSN|AHV|AVS|AMKA|CPR|PESEL|SIN|SSN|NRIC|HKID|MyKad|CNIC|NIN|NIK|NID|NHI|TIN|TRN|CIN|CURP|CPF|RUT|DNI|"
    r"SNILS|CCCD|Iqama|Aadhaar|PhilHealth|PhilSys|My[ \t]+Number)(?:[ \t-]?(?i:nummer|number|no\.?|num|#))?|"
    r"(?i:\bGhana[ \t]+Card|\bEmirates[ \t]+ID|\bFayda(?:[ \t]+number)?|\bMedicare(?:[ \t]+(?:number|no\.?))?|\bnational[ \t]+(?:ID|insurance|health)"
    r"(?:[ \t]+(?:number|no\.?))?|\bsocial[ \t]+security(?:[ \t]+(?:number|no\.?))?|\bKrankenversicherungsnummer|\bSozialversicherungsnummer|"
    r"\brijksregisternummer|\bcart[ãa]o[ \t]+de[ \t]+cidad[ãa]o|\bcodice[ \t]+fiscale|\bpersonnummer|\bf[øo]dselsnummer|\bhenkil[öo]tunnus|"
    r"\brodn[ée][ \t]+[čc][íi]slo|\bnum[ée]ro[ \t]+de[ \t]+s[ée]cu(?:rit[ée][ \t]+sociale)?|\bTC[ \t]+Kimlik(?:[ \t]+No)?|\bTeudat[ \t]+Zehut|"
    r"\bresident[ \t]+registration[ \t]+number|\bC[ée]dula|\bMacau[ \t]+BIR))"
    r"(?:[ \t]*(?:is|:|#|was|,[ \t]*it['’]s|,[ \t]*it[ \t]+is))*[ \t]*$")
_PF1_ID_VALUE = re.compile(r"(?:[A-Z]{1,4}-?)?\d+[A-Z]?(?:(?:[ .\-/]|(?=\())(?:\d+|[A-Z]{1,3}\d*|\d+[A-Z]{1,3}|\(\d\)|\([A-Z]\)))*(?![\w\-/])|[A-Z]{2,4}\d{3,8}(?![\w\-])")
_PF1_LEAFLET = re.compile(r"(?i:\bleaflet[ \t]+(?:ref\.?|reference|no\.?|number|code)|\bPIL|\bform)[ \t:]*$|(?:说明书|說明書|单张|單張)(?:编号|編號)?[：: \t]*$")
_PF1_SITE_POSTCODE = re.compile(r"(?i:\b(?:hospital|clinic|site|surgery|practice|centre|center|hospice|infirmary)\b[^,.;!?\n]{0,25}\b(?:postcode|post[ \t]+code|at)[ \t]*)$")


def _pf1_label_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    forced, drop = [], set()
    for m in _PF1_MRN_VALUE.finditer(text):
        s, e = m.span()
        if s and re.match(r"[A-Za-z0-9\-/]", text[s - 1]):
            continue
        value = m.group(0).rstrip()
        e = s + len(value)
        if sum(ch.isdigit() for ch in value) < 3:
            continue
        before = text[max(0, s - 48):s]
        label = _PF1_MRN_LABEL_STRICT.search(before)
        if re.match(r",?[ \t]+but[ \t]+(?:that|it)(?:['’]s|[ \t]+is)[ \t]+(?:his|her|my|their|the)[ \t]+(?:works|work|employee|staff|payroll|school)",
                    text[e:e + 60]):
            continue
        if label and not re.search(r"(?i:\bNHS)[ \t]*(?:number|no\.?)?[ \t:]*$", before) and not re.search(
                r"(?:\b(?:VA|DVA|NHS|national|insurance|veteran['’]?s?|welfare|benefits?|social|cap|pump|device|machine|monitor|"
                r"control|storage|cooling|power|display|base|head)[ \t]+|綜援|综援|社署|低保)$", before[:label.start()]):
            if not any((cs, ce) == (s, e) and k in ("DEVICE", "SSN", "HEALTH_PLAN", "LICENSE") for cs, ce, k in out):
                forced.append((s, e, "MRN"))
    for m in _PF1_ID_VALUE.finditer(text):
        s, e = m.span()
        if (s and re.match(r"[A-Za-z0-9\-/]", text[s - 1])) or sum(ch.isdigit() for ch in m.group(0)) < 4:
            continue
        if _PF1_ID_LABEL.search(text[max(0, s - 40):s]) and not any(f[0] <= s < f[1] for f in forced) and not any(
                cs <= s < ce and k in ("SSN", "HEALTH_PLAN", "ID", "MRN", "LICENSE", "DEVICE") for cs, ce, k in out):
            forced.append((s, e, "ID"))
    for c in out:
        if c[2] in ("ID", "MRN", "DEVICE", "ACCOUNT", "LICENSE") and (
                _PF1_LEAFLET.search(text[max(0, c[0] - 20):c[0]]) or re.match(r"PIL-", text[c[0]:c[1]])):
            drop.add(c)
        if c[2] in ("ID", "MRN", "DEVICE", "ACCOUNT") and re.search(r"(?i:\bref\.?|\bREF)[ \t:#]*$", text[max(0, c[0] - 8):c[0]]) and re.search(
                r"(?i:\b(?:dressing|pack|box|kit|catheter|tube|bandage|plaster|strip|needle|syringe|lens|bag|stocking|splint|brace)s?\b)",
                text[max(0, c[0] - 80):c[0]]):
            drop.add(c)
        if c[2] == "ZIP" and _PF1_SITE_POSTCODE.search(text[max(0, c[0] - 60):c[0]]) and not re.search(
                r"(?i:\b(?:my|our|home|live|lives|living)\b)", text[max(0, c[0] - 60):c[0]]):
            drop.add(c)
    out = [c for c in out if c not in drop]
    if not forced:
        return out
    return _with_forced(out, forced)


# PHONE: a national number in its local grouping (912 483 716, 55 4821 7365, 06 61 48 21 73) right after a call-back
# cue (call me back on, reach X at, my number is); VEHICLE: a plate in Thai or Arabic letters or with its region
# words (1กข 4821 กรุงเทพมหานคร, ق ط ر 4821, Dhaka Metro-Ga 21-4867) after a plate cue; DATE: a Thai day, month
# abbreviation and Buddhist-era year (12 ส.ค. 2510).
_PF1_PHONE = re.compile(r"(?i:\b(?:call[ \t]+(?:me|us|him|her)(?:[ \t]+back)?[ \t]+on|reach[ \t]+(?:me|us|him|her|my[ \t]+\w+)[ \t]+(?:at|on)|"
                        r"(?:my|his|her|our|their)[ \t]+(?:[a-z]+['’]s[ \t]+)?(?:new[ \t]+|home[ \t]+)?(?:number|mobile|cell|phone)[ \t]+"
                        r"(?:is|changed,?[ \t]+it['’]s(?:[ \t]+now)?)|text[ \t]+me[ \t]+on))[ \t]+"
                        r"(\(?0?\d{1,4}\)?(?:[ \t\-.]\d{2,4}){2,4})(?![\w\-])(?![ \t]*(?:x|ext\.?|samb\.?)[ \t]*\d)")
_PF1_PLATE = re.compile(r"(?i:\b(?:plate|reg(?:istration)?|car[ \t]+is|van[ \t]+is)(?:[ \t]+(?:no\.?|number))?(?:[ \t]+(?:was|is))?)[ \t:]+"
                        r"((?:[\u0E00-\u0E7F\u0600-\u06FF]+|[A-Z][A-Za-z]*|\d+)(?:[ \t\-.](?:[\u0E00-\u0E7F\u0600-\u06FF]+|[A-Z][A-Za-z]*|\d+)){1,5})"
                        r"(?=$|[,.;!?]|[ \t]+[a-z])")
_PF1_TH_DATE = re.compile(r"(?<![\d])(\d{1,2}[ \t]*(?:ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.|"
                          r"มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)[ \t]*(?:พ\.ศ\.[ \t]*)?\d{4})(?!\d)")


def _pf1_shape_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    forced = []
    for m in _PF1_PHONE.finditer(text):
        if 8 <= sum(ch.isdigit() for ch in m.group(1)) <= 12 and not any(s <= m.start(1) < e for s, e, _ in out):
            forced.append((*m.span(1), "PHONE"))
    for m in _PF1_PLATE.finditer(text):
        value = m.group(1)
        if sum(ch.isdigit() for ch in value) >= 3 and (re.search(r"[\u0E00-\u0E7F\u0600-\u06FF]", value) or re.match(
                r"[A-Z][a-z]+[ \t]+[A-Z][a-z]+-[A-Z][a-z]?[ \t]+\d", value)):
            forced.append((*m.span(1), "VEHICLE"))
    forced += [(*m.span(1), "DATE") for m in _PF1_TH_DATE.finditer(text)]
    return _with_forced(out, forced) if forced else out


def _pf1_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The PF1 candidates (format inventory): labelled MRN / ID values, then addresses grown by their structure."""
    return _pf1_address_candidates(text, _pf1_shape_candidates(text, _pf1_label_candidates(text, out)))


# --- round 36 (blind36, spent): families, each a shape and its cue, written in general terms -----------------------
# DATE. A named day of the year with its year after a birth cue ("born Shrove Tuesday 1938", "DOB Martinmas 1955",
# "date of birth: Transfer Day 1941", "born on the Ides of March 1929"): any capitalised feast name ending in Day,
# Night, Eve or a weekday, a -mas / -tide feast, Whitsunday; alone after "admitted on" ("admitted on Hogmanay").
# Chinese: a year and a festival or solar term next to a birth cue (1936年中秋出生, 出生日期1958年立春), and the old
# day numerals 廿 / 卅 / 初 in a full date (一九三四年三月卅一日).
_R36_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December)")
_R36_WEEKDAY = r"(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)"
_R36_NAMED_DAY = (r"(?:(?:St\.?[ \t]+)?(?!(?:On|The|This|Next|Last|Every|Each|Of|And|Or|In|At|By|From|Since|Until|Till|A|An)[ \t])"
                  r"(?:[A-Z][a-z]+(?:['’]s)?[ \t]+){1,2}(?:Day|Night|Eve|" + _R36_WEEKDAY + r")|"
                  r"[A-Z][a-z]{1,12}mas|Whitsun(?:day|tide)?|[A-Z][a-z]{3,10}tide|Hogmanay|Halloween|Hallowe['’]en|"
                  r"Ides[ \t]+of[ \t]+" + _R36_MONTH_NAME + r"|(?:Nones|Kalends)[ \t]+of[ \t]+" + _R36_MONTH_NAME + r")")
_R36_BIRTH_CUE = (r"(?i:\b(?:born|b\.|dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|birth[ \t]?date|birthday)(?:[ \t]+(?:is|was))?[ \t]*[:\-–]?[ \t]*"
                  r"(?:(?:on|at|in)[ \t]+)?(?:the[ \t]+)?)")
_R36_CUED_NAMED_DATE = re.compile(_R36_BIRTH_CUE + r"(" + _R36_NAMED_DAY + r",?[ \t]+(?:(?:of|in)[ \t]+)?(?:1[89]|20)\d\d)(?!\d)")
# no cue needed where the feast word itself can only be a date: Candlemas 1934, Whitsunday 1931, the Ides of March 1929
_R36_FEAST_DATE = re.compile(r"(?<![\w])((?:[A-Z][a-z]{1,12}mas|Whitsun(?:day|tide)?|Ides[ \t]+of[ \t]+" + _R36_MONTH_NAME +
                             r"),?[ \t]+(?:(?:of|in)[ \t]+)?(?:1[89]|20)\d\d)(?!\d)")
_R36_EVENT_ON_DAY = re.compile(r"(?i:\b(?:was|were|got|been|he|she|they)[ \t]+(?:admitted|discharged|born|died|passed[ \t]+away|brought[ \t]+in|taken[ \t]+in|operated[ \t]+on)"
                               r"[ \t]+(?:on|at)[ \t]+(?:the[ \t]+)?)(?-i:(" + _R36_NAMED_DAY + r"))(?![ \t]*,?[ \t]*(?:1[89]|20)\d\d)(?![\w'’])")
_R36_ZH_FEAST = (r"(?:春节|元宵|清明|端午|七夕|中元|中秋|重阳|冬至|腊八|除夕|小年|元旦|立春|雨水|惊蛰|春分|谷雨|立夏|小满|芒种|夏至|"
                 r"小暑|大暑|立秋|处暑|白露|秋分|寒露|霜降|立冬|小雪|大雪|小寒|大寒)(?:节)?")
_R36_ZH_YEAR = r"(?:(?:19|20)\d\d|[一二三四五六七八九〇零]{4})[ \t]*年"
_R36_ZH_BIRTH_BEFORE = r"(?:出生日期|出生年月|生日|出生|生于|出世|DOB)[：:是为系在 \t]*(?:的|系)?"
_R36_ZH_BIRTH_AFTER = r"(?:出生|出世|生的|生人|生|入院|住院|出院)"
_R36_ZH_FEAST_DATE = re.compile(r"(" + _R36_ZH_YEAR + r"(?:的)?" + _R36_ZH_FEAST + r")")
_R36_ZH_DAYNUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3}|廿[一二三四五六七八九]?|卅[一]?|初[一二三四五六七八九十])"
_R36_ZH_OLD_DAY_DATE = re.compile(r"(?<![\d〇零一二三四五六七八九])(" + _R36_ZH_YEAR + r"(?:\d{1,2}|[一二三四五六七八九十]{1,3}|正|冬|腊)月"
                                  + _R36_ZH_DAYNUM + r"[日号])")

# PHONE. A number after a telephone cue of its own ("best number is", "the office is on", "ring X on"), and a
# trunk-prefixed national grouping (01481 822 410, 0151 496 0123, 020 7946 0958) with no identity label before it.
_R36_PHONE_CUE = re.compile(r"(?i:\b(?:(?:best|contact|home|work|daytime|evening|landline|yard|office|mobile|cell|house|direct|"
                            r"call-?back|phone|telephone|tel\.?)[ \t]+(?:number|no\.?|line)s?(?:[ \t]+(?:is|was|will[ \t]+be))?|"
                            r"\b(?:is|are|be)[ \t]+on|\b(?:ring|call|phone|text|reach)[ \t]+(?:me|us|him|her|them|[A-Z][a-z]+)[ \t]+on)"
                            r"[ \t]*[:\-]?[ \t]*)"
                            r"(\+?\(?\d[\d \t\-().]{6,17}\d)(?![\w\-])(?![ \t]*(?:mg|ml|mcg|units?|kg|%))")
_R36_TRUNK_PHONE = re.compile(r"(?<![\w+\-/.])(0\d{4}[ \t]\d{3}[ \t]\d{3}|0\d{3}[ \t]\d{3}[ \t]\d{4}|0\d{2}[ \t]\d{4}[ \t]\d{4})(?![\w\-/]|\.\w)")
# a hospital's, pharmacy's or service's own line is no one's PHI ("our main switchboard is 0161 ...", "the pharmacy line is")
_R36_INSTITUTION_LINE = re.compile(r"(?i:\b(?:switchboard|reception|pharmacy|hospital|clinic|ward|surgery|helpline|hotline|website|main|"
                                   r"department|dept|desk|appointments?|book|booking|NHS|GP|practice|service|centre|center|unit|team|line|fax|"
                                   r"enquiries|inquiries|freephone|out[ \t\-]+of[ \t\-]+hours)\b[^.;!?\n]{0,25}$)")
_R36_ID_WORDS = re.compile(r"(?i:\b(?:health|insurance|national|social|ID|identity|card|NHS|CHI|patient|hospital|hosp|record|MRN|"
                           r"reference|ref|account|policy|member|membership|passport|licen[cs]e|tax|pension|benefit|EMBG|CNI|case|file|unit)\b)"
                           r"[^.;!?\n]{0,12}$")

# MRN. A hospital's number read off the patient's band or card, or given "as" / "the reference" by the hospital
# ("their wristband says QMH 0318822", "the number on her wristband was BGH/2207/415", "gave us his hospital no. as
# VHK 0401926", "the hospital there gave the reference QEH-PE 0041772", "his Glan Clwyd number is YGC 30-48816");
# Chinese: 患者ID, 院内号 (the patient's number inside the hospital).
_R36_MRN_CUE = re.compile(
    r"(?i:\bwrist[ \t\-]?band(?:[ \t]+(?:number|no\.?|ID|code))?[ \t]+(?:says|said|reads|read|shows|showed|has|had|is|was)|"
    r"\b(?:on|from)[ \t]+(?:my|his|her|their|the|your)[ \t]+(?:wrist[ \t\-]?band|hospital[ \t]+band|name[ \t]+band|ID[ \t]+band|bracelet)"
    r",?[ \t]+(?:it[ \t]+)?(?:says|said|reads|read|shows|showed|is|was)|"
    r"\b(?:hospital|name|patient|ID)[ \t]+(?:band|bracelet)[ \t]+(?:says|said|reads|read|shows|showed)|"
    r"\b(?:number|no\.?|ID|code)[ \t]+(?:on|from)[ \t]+(?:my|his|her|their|the|your)[ \t]+(?:wrist[ \t\-]?band|hospital[ \t]+band|name[ \t]+band|"
    r"band|bracelet|hospital[ \t]+card|appointment[ \t]+card|admission[ \t]+card)(?:[ \t]+(?:is|was|says|said|reads))?|"
    r"\b(?:hospital|hosp\.?|patient|unit|record|case|chart|clinic)[ \t]+(?:number|no\.?|num|ID)[ \t]+as|"
    r"\b(?:hospital|clinic|infirmary|A&E|surgery|ward)\b[^.;!?\n]{0,30}?\b(?:gave|issued|assigned|sent)[ \t]+(?:us[ \t]+|him[ \t]+|her[ \t]+|them[ \t]+|me[ \t]+)?"
    r"(?:the|a|his|her|their|our)[ \t]+(?:reference|ref\.?|number|no\.?)(?:[ \t]+(?:of|as))?)[ \t:#]*$|"
    r"(?:患者|病人|院内|院內|医院)(?:ID|编号|编码|号码|号)(?:码)?[ \t]*(?:是|为|係|系|：|:)?[ \t]*$")
_R36_PLACE_NUMBER = re.compile(r"(?:\b(?i:my|his|her|their|our|the)[ \t]+)((?:[A-Z][a-z]+[ \t]+){1,3})(?:hospital[ \t]+)?(?:number|no\.?)"
                               r"[ \t]+(?:is|was|:)[ \t]+([A-Z]{2,5}[ \t\-/]?\d[\d \-/]{3,14}\d)(?![\w\-/])")
_R36_NOT_HOSPITAL_WORDS = re.compile(r"(?i:\b(?:NHS|national|insurance|social|security|medicare|medicaid|passport|tax|driving|licen[cs]e|"
                                     r"health|ID|identity|pension|benefit|phone|mobile|contact|best|home|work|office|account|policy|"
                                     r"member|membership|booking|order|tracking|reference|ticket|queue|flight|seat|room|bed|ward|locker|car)\b)")

# ID. A national number under its scheme's acronym ("EMBG 0806972440021", "Their CNI is 1182/BG/2016", "CNI:
# 0309/BM/2019"): three to five capitals, then the value with seven digits or more; a provincial health number
# ("PEI health number 4471 093 28"); a Chinese certificate's number (生育服务证编号, 准生证号码).
_R36_NOT_ID_ACRONYM = (r"(?:MRN|LOT|REF|BATCH|SKU|IMEI|IMSI|MAC|UDI|VIN|TEL|FAX|MOB|PIN|OTP|APP|VER|EXP|ICU|HDU|CCU|OPD|ENT|ECG|EKG|"
                       r"MRI|CT|GPS|AED|ATM|URL|IP|DOB|AGE|ZIP|BED|WARD|ROOM|RM|BAY|FLAT|UNIT|APT|NO|NUM|TEL|PH|SMS|ISBN|ISSN|DOI|PMID|ORCID|"
                       r"CEP|PLZ|NPA|GTIN|EAN|UPC|NDC|GS1|ASIN|PZN|AUST|HSN|CAS|ATC|BNF|ISO|EN|DIN|CE|UKCA|FDA|NAFDAC|PO|INV|VAT|ABN|ACN|EIN|"
                       r"IBAN|BIC|SWIFT|BSB|SORT|CVV|CCV|PNR|ETA|ETD|FLT)")
_R36_ACRONYM_ID = re.compile(r"(?<![\w/\-])(?!" + _R36_NOT_ID_ACRONYM + r"\b)([A-Z]{3,5})(?:[ \t]+(?:number|no\.?|#))?"
                             r"(?:[ \t]+(?:is|was)|[ \t]*:)?[ \t]+"
                             r"(\d{1,7}(?:[ \t./\-](?:\d{1,7}[A-Z]{0,2}|[A-Z]{1,3}))*|\d{7,16})(?![\w\-/]|\.\w)")
_R36_PRODUCT_CONTEXT = re.compile(r"(?i:\b(?:product|barcode|bar[ \t]+code|code|box|pack|packet|lot|batch|catalogue|catalog|model|"
                                  r"version|item|order|invoice|parcel|tracking|flight|booking)\b[^.;!?\n]{0,25}$)")
_R36_HEALTH_NUMBER = re.compile(r"(?i:(?<!mental[ \t])\bhealth[ \t]+(?:card[ \t]+|insurance[ \t]+|plan[ \t]+)?(?:number|no\.?|#))"
                                r"(?:[ \t]+(?:is|was))?[ \t]*[:#]?[ \t]*(\d[\d \t\-]{5,16}\d|[A-Z]{1,3}[\d \t\-]{6,16}\d)(?![\w\-])")
_R36_ZH_CERT_ID = re.compile(r"(?<!驾驶)(?<!驾)(?<!行驶)(?<!出院)(?<!诊断)(?<!病假)(?<!合格)(?<!质量)(?<!检验)(?:证|證)(?:编号|編號|号码|號碼|号|號)"
                             r"[：:是为 \t]*(?:[A-Z]{2,8}[ \t]+)?([A-Z0-9](?:[A-Z0-9]|[\-/](?=[A-Z0-9])|[ \t](?=\d)){5,24})(?![A-Za-z0-9\-])")

# AGE. An age of 90 or more after "they're / we're / he's / she's / I'm", after "Age:" and written as a word.
_R36_AGE = re.compile(r"(?i:\b(?:they['’]re|they[ \t]+are|we['’]re|you['’]re|he['’]s|she['’]s|i['’]m|aged?[ \t]*:|aged)[ \t]+"
                      r"(?:now[ \t]+|nearly[ \t]+|almost[ \t]+|just[ \t]+|only[ \t]+)?)(9\d|1[01]\d|" + _AGE_WORDS + r")(?![\w\-])"
                      r"(?=[ \t]*(?:[.,;!?)]|$|\n|and\b|years?\b|yrs?\b|y/?o\b|this\b|next\b|now\b|today\b|so\b|but\b|in[ \t]+(?:May|June|July|"
                      r"August|September|October|November|December|January|February|March|April)\b|on[ \t]+(?:the|" + _R36_WEEKDAY + r")\b))")

# NAME (English). A person set off by commas after the group they belong to ("one of our customers, Ann Lee, asked",
# "our lads' son-in-law, Sami Ali from ..."); after a person-role label ("Parent/guardian: Ann Lee", "Next of kin:");
# the subject of a message written "about" them ("writing from the park about Ann Lee.").
_R36_NAME = (r"[" + _UPPER + r"][" + _LETTER + r"'’\-]{1,24}(?:[ \t]+(?:" + _PARTICLE + r")?[" + _UPPER + r"][" + _LETTER +
             r"'’\-]{1,24}){1,2}")
_R36_GROUP_NOUN = (r"(?:customers?|clients?|members?|residents?|regulars?|lads|lasses|players?|neighbou?rs?|friends?|tenants?|guests?|"
                   r"campers?|colleagues?|volunteers?|pupils?|students?|workers?|drivers?|riders?|caravanners?|holidaymakers?|"
                   r"son-in-law|daughter-in-law|brother-in-law|sister-in-law|father-in-law|mother-in-law|nephew|niece|cousin|"
                   r"grandson|granddaughter|lodger|pal|mate|boss|landlord|landlady|housemate|flatmate|teammate|classmate)")
_R36_APPOSITIVE = re.compile(r"(?i:\b(?:our|my|their|his|her|your)[ \t]+(?:[a-z'’\-]+[ \t]+){0,3}?" + _R36_GROUP_NOUN + r"['’]?s?),[ \t]+"
                             r"(" + _R36_NAME + r")(?=[ \t]*,|[ \t]+(?:from|who|asked|has|had|is|was|needs|wants|came|rang|called|says|said)\b)")
_R36_ROLE_LABEL = re.compile(r"(?:(?<=^)|(?<=[\n.;!?:]\s)|(?<=[\n(]))[ \t]*(?i:parent|guardian|parent[ \t]*/[ \t]*(?:guardian|carer)|"
                             r"carer|next[ \t]+of[ \t]+kin|NOK|emergency[ \t]+contact|contact[ \t]+person|member|player|rider|camper|"
                             r"policyholder|policy[ \t]+holder|applicant|guest|tenant|pupil|child|resident|insured|client|customer)"
                             r"[ \t]*:[ \t]*(" + _R36_NAME + r")(?=[ \t]*(?:[.,;!?(\n]|$))")
_R36_ABOUT = re.compile(r"(?i:\b(?:writing|calling|ringing|phoning|emailing|messaging|texting|enquiring|inquiring|asking|getting[ \t]+in[ \t]+touch|"
                        r"here)\b[^.!?\n]{0,40}?\babout)[ \t]+(" + _R36_NAME + r")(?=[ \t]*(?:[.,;!?\n]|$))")
# a person's name on a thing named after them is no one's PHI: "the Walter Scott statue", "the Adam Smith Theatre"
_R36_NAMED_THING = re.compile(r"[ \t]+(?:(?i:statue|monument|memorial|museum|theatre|theater|centre|center|building|library|academy|"
                              r"institute|lecture|birthplace|gallery|foundation|suite)|(?:hall|house|bridge|school|college|wing|ward|unit|"
                              r"road|street|way|avenue|square|park|stadium|prize|award|trust|fund|room|cottage))\b")

# NAME (Chinese). A full name between a helping verb (帮 / 替 / 给 / 为, with 我 + a relative) and the errand
# (登记, 办住院, 转资料, 填资料, 查, 问, 交, 预约 ...); a three-character name after a role or relative noun
# (户主, 老板, 公公, 工友, 同事, 客户, 我舅, 我姥爷, 我妈 ...) and before a verb, a pause or a body word.
_R36_ZH_EXTRA_SURNAMES = "洪赖邰郜云母蔺郁阎芮荀储亓阚谌粘嵇禹濮屠萧"  # 濮 屠: round 40; 萧 (蕭, Taiwan's Hsiao): round 59
_R36_ZH_ALL_SURNAMES = _SURNAMES + _R36_ZH_EXTRA_SURNAMES
_R36_ZH_GIVEN = (r"(?!(?:明天|明早|明晚|明年|后天|上午|下午|晚上|早上|中午|现在|马上|刚才|已经|一直|正在|还在|今天|昨天|大夫|医生|医师|老师|教师|"
                 r"药师|护师|技师|律师|师傅|经理|主任|阿姨|叔叔|先生|女士|客人|同学|同事))(?![" + _ZH_STOP + r"哥阿])[" + _CJK + r"]")
# everyday words that start with a surname character (顾客, 司机, 车上 ...): never the start of a name here
_R36_ZH_WORD_START = (r"(?:" + _R12_ZH_WORD_START.pattern[3:-1] + r"|顾客|客人|宁可|方便|司机|师傅|包裹|房间|钱包|车上|车票|车费|路上|路费|"
                      r"门口|水果|冷水|热水|温水|江湖|黄色|白色|蓝色|金色|云南|江西|湖南|湖北|山东|山西|广东|广西|河南|河北|"
                      r"全家|全身|全天|全程|时候|常规|康复|安全|齐全|明显|高压|低压|高温|伍仟|万元|百元|管子|管道|尚未|连着|连夜|"
                      r"于是|和好|和我|向来|从来|许可|任务|关门|关机|开关|毛巾|雷雨|沙发|应急|商场|商店|孔子|龙眼|凌晨|母亲|母乳|"
                      r"云端|洪水|储存|储物)")

_R36_ZH_NAME3 = (_ZH_NOT_NAME + r"(?!" + _R36_ZH_WORD_START + r")(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _R36_ZH_ALL_SURNAMES + r"])"
                 + _R36_ZH_GIVEN + r"{2}")
_R36_ZH_NAME23 = (_ZH_NOT_NAME + r"(?!" + _R36_ZH_WORD_START + r")(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _R36_ZH_ALL_SURNAMES + r"])"
                  + _R36_ZH_GIVEN + r"{1,2}")
_R36_ZH_KIN = (r"(?:爷爷|奶奶|姥爷|姥姥|外公|外婆|公公|婆婆|爸爸|妈妈|老公|老婆|丈夫|妻子|儿子|女儿|舅舅|舅妈|姨妈|姑妈|叔叔|伯伯|婶婶|"
               r"哥哥|姐姐|弟弟|妹妹|老伴|岳父|岳母|女婿|媳妇|孙子|孙女|外孙|侄子|侄女|老爸|老妈|父亲|母亲|妈|爸|舅|姨|姑|叔|伯|婶|"
               r"阿爸|阿妈|阿公|阿婆|阿嬷|阿嫲|阿爷|阿伯|阿叔|阿姨|阿哥|阿姐|同事|工友|朋友|客户|邻居|老板|员工|师傅)")
_R36_ZH_ERRAND = (r"(?:办|登记|转|填|查|问|交|预约|约|挂号|报|申请|打印|拿|取|开|领|咨询|订|缴|付|搞|攞|整|睇|排|寄|改|补|复印|打听|"
                  r"看|约|签|确认|核对|安排|联系|通知|报名|送|买|退|续|挂)")
_R36_ZH_HELP_NAME = re.compile(r"(?:帮|替|给|为)(?:我|我们|咱|俺)?(?:的)?(?:" + _R36_ZH_KIN + r")?(" + _ZH_FUNCTION_START + _R36_ZH_NAME23 +
                               r")(?=" + _R36_ZH_ERRAND + r")")
_R36_ZH_ROLE = (r"(?:户主|业主|住户|房东|租客|老板娘|老板|东家|工友|同事|客户|顾客|邻居|街坊|老乡|同学|战友|徒弟|学员|教练|(?:[厨铺]师|总铺师)(?![傅父])|"
                r"公公|婆婆|岳父|岳母|丈人|老伴|女婿|媳妇|(?:(?<=[我俺咱])|(?<=我们)|(?<=我的))(?:舅|姨|姑|叔|伯|婶|妈|爸|娘|爹|哥|姐|弟|妹|"
                r"舅舅|姥爷|姥姥|外公|外婆|爷爷|奶奶|老公|老婆|老爸|老妈))")
_R36_ZH_ROLE_NAME = re.compile(r"(?:" + _R36_ZH_ROLE + r")(" + _ZH_FUNCTION_START + _R36_ZH_NAME3 + r")"
                               r"(?=[，,。.！!？?、；;：: \t)）]|$|[要想有在是的来去装戴今已报预约说让叫住给把被和跟也都还就又胸头腿手身脚心肚登办查问交填拿"
                               r"带得患做从到得没不刚才上前昨去旧每])")

# DEVICE. A code named by the device worn or implanted just before it, whatever label stands between ("GPS tracker
# watch, ID GT-7741-22", "implanted port PT-44917-B", 防走失定位手环，编号DW-3307-88, 人工血管编號PT-61182-C,
# 外骨骼助行器，编号WGG-0209, 输液港，编号PA2207-5018): the device's name wins over the label's "ID".
_R36_DEVICE_NOUN_EN = (r"(?i:\b(?:watch|tracker|pendant|alarm|port|port-a-cath|portacath|pump|implant|pacemaker|"
                       r"defibrillator|AED|ICD|valve|shunt|stent|graft|exoskeleton|walker|rollator|wheelchair|scooter|hoist|"
                       r"hearing[ \t]+aids?|processor|monitor|meter|sensor|ventilator|concentrator|nebuli[sz]er|cpap|bipap|device|unit))")
_R36_DEVICE_EN = re.compile(_R36_DEVICE_NOUN_EN + r"(?:[ \t]*,)?[ \t]+(?:(?i:ID|S/N|SN|serial(?:[ \t]+(?:number|no\.?))?|no\.?|number|code|"
                            r"#)(?:[ \t]+(?:is|was))?[ \t]*[:#]?[ \t]*)?"
                            r"((?=[A-Z0-9\-]*\d)(?=[A-Z0-9\-]*[A-Z])[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,24})(?![\w\-])")
_R36_DEVICE_ZH = re.compile(r"(?:手环|手表|腕表|定位器|定位仪|助行器|外骨骼|输液港|人工血管|血管|支架|瓣膜|分流阀|分流器|起搏器|除颤仪|除颤器|"
                            r"呼吸机|制氧机|血糖仪|血酮仪|血压计|助听器|耳蜗|胰岛素泵|[泵仪器机阀])[ \t]*[，,、]?[ \t]*(?:的)?"
                            r"(?:编号|序列号|序号|机身号|号码|ID|SN|S/N)[：:是为 \t]*"
                            r"((?=[A-Z0-9\-]*\d)[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){3,24})(?![A-Za-z0-9\-])")

# VEHICLE. A plate named by the vehicle before it ("his car on the island is AY 1842") or the plate word after it
# ("still on its M 3307 plate", "on her GX 4417 reg").
_R36_PLATE_BEFORE = re.compile(r"(?i:\b(?:on|with|wearing|under)[ \t]+(?:its|his|her|their|the|a|an|our|my)[ \t]+(?:old[ \t]+|new[ \t]+|local[ \t]+|"
                               r"[A-Z][a-z]+[ \t]+)?)((?-i:[A-Z]{1,3}[ \t\-]?\d{1,5}(?:[ \t\-]?[A-Z]{1,3})?))(?i:[ \t]+(?:plates?|reg(?:istration)?|number[ \t]+plates?))\b")
_R36_VEHICLE_IS = re.compile(r"(?i:\b(?:car|van|truck|lorry|motorbike|motorcycle|bike|vehicle|campervan|camper|motorhome|caravan|pickup|jeep|taxi)"
                             r"(?:[ \t]+(?:on|in|over)[ \t]+(?:the|this)[ \t]+[a-z]+)?(?:['’]s[ \t]+(?:plate|reg)|[ \t]+(?:plate|reg))?[ \t]+(?:is|was)[ \t]+)"
                             r"((?-i:[A-Z]{1,3}[ \t\-]?\d{2,5}(?:[ \t\-]?[A-Z]{1,3})?))(?=[ \t]*(?:[.,;!?(]|$)|[ \t]+(?:if|and|but|so|when|for|until|till)\b)")

# ADDRESS. A Chinese street number followed by its block, building, entrance and flat (…10号街坊14栋1门302);
# a written-out address chain after an address cue ("Post to Chalan Kanoa, Saipan, MP 96950", "her address there
# is Quartier Sica 2, 4e arrondissement, Bangui", "Address: Villa 6, Street 12, Ben Ashour, Tripoli").
_R36_ZH_BLOCK_TAIL = re.compile(r"(?:[" + _CJK + r"]{0,5}?(?:街坊|小区|社区|家属院|大院|新村|花园|公寓|宿舍|院|里|弄|苑))?"
                                r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:栋|幢|号楼|楼|座|区)"
                                r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:单元|门洞|门))?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:层|楼))?"
                                r"(?:\d{2,4}(?:室|号|房)?)?")
_R36_ADDRESS_CUE = re.compile(r"(?i:\b(?:address(?:[ \t]+(?:there|here|now))?(?:[ \t]+(?:is|was))?[ \t]*:?|post(?:[ \t]+it)?[ \t]+to|"
                              r"send(?:[ \t]+(?:it|them|the[ \t]+\w+))?[ \t]+to|staying[ \t]+at|lives?[ \t]+at|living[ \t]+at|"
                              r"we['’]re[ \t]+at|they['’]re[ \t]+at|stays?[ \t]+at)[ \t]+)")
_R36_ADDR_WORD = re.compile(r"(?:[" + _UPPER + r"][" + _LETTER + r"'’\-]{0,3}\.|[" + _UPPER + r"][" + _LETTER + r"'’\-]*|\d{1,5}[A-Za-z]?(?:/\d{1,4})?|"
                            r"\d{1,2}(?:e|er|ème|re|st|nd|rd|th)|des|de|du|la|le|les|el|al|of|y|e|da|do|di|van|von|"
                            r"arrondissement|quartier|secteur|commune|cité|zone|[A-Z]{1,2}\d[A-Z\d]?)")

_R36_ADDR_KEYWORD = re.compile(r"\d|(?i:\b(?:quartier|arrondissement|secteur|commune|cit[ée]|zone|district|village|estate|barrio|"
                               r"colonia|sector|ward|parish|island|park|site)\b)|\b" + _PF1_STREET_WORD + r"\b|\b" + _PF1_UNIT_WORD + r"\b")


def _r36_address_segment(text: str, pos: int) -> int | None:
    """The end of one address segment at `pos`: up to six address words separated by spaces, or None."""
    end, words = pos, 0
    while words < 7:
        m = _R36_ADDR_WORD.match(text, end)
        if not m or (m.end() < len(text) and re.match(r"[\w@]", text[m.end()])):
            break
        word = m.group(0)
        if _PF1_SEG_STOP.fullmatch(word) or word.lower() in ("the", "a", "an") or _PF1_HOSPITAL_WORD.fullmatch(word):
            break
        end, words = m.end(), words + 1
        gap = re.match(r"[ \t]+", text[end:end + 3])
        if not gap or not _R36_ADDR_WORD.match(text, end + gap.end()):
            break
        nxt = _R36_ADDR_WORD.match(text, end + gap.end())
        if _PF1_SEG_STOP.fullmatch(nxt.group(0)) or nxt.group(0).lower() in ("the", "a", "an"):
            break
        end += gap.end()
    end = pos + len(text[pos:end].rstrip())
    if end == pos or not re.match(r"[" + _UPPER + r"\d]", text[pos]) or _PF1_HOSPITAL_WORD.search(text[pos:end]):
        return None
    return end


def _r36_address_chain(text: str, start: int) -> int | None:
    """The end of a cue-led address written as comma-separated segments (two or more) that ends its clause, or None."""
    pos, ends = start, []
    while True:
        end = _r36_address_segment(text, pos)
        if end is None:
            break
        ends.append(end)
        nxt = re.match(r",[ \t]*", text[end:end + 4])
        if not nxt:
            break
        pos = end + nxt.end()
    while len(ends) >= 2 and not re.match(r"[ \t]*(?:$|[.;!?\n)]|,[ \t]*(?:please|thanks|ring|call|phone|tel|mobile|email|and|or|she|he|"
                                          r"they|we|I|[a-z]))", text[ends[-1]:]):
        ends.pop()
    if len(ends) < 2:
        return None
    # a country after the town and a US state + ZIP are read apart (the older sets' convention); territories stay in
    while len(ends) >= 3 and (re.fullmatch(r"[ \t]*" + _US_STATES + r"[ \t]+\d{5}(?:-\d{4})?", text[ends[-2] + 1:ends[-1]]) or
                              _PF1_COUNTRY.fullmatch(text[ends[-2] + 1:ends[-1]].strip())):
        ends.pop()
    state_zip = re.search(r"[ \t]+" + _US_STATES + r"[ \t]+\d{5}(?:-\d{4})?$", text[start:ends[-1]]) if ends else None
    if state_zip:
        ends[-1] = start + state_zip.start()
    if len(ends) < 2:
        return None
    chain = text[start:ends[-1]]
    if not re.search(r"\d|[A-Z]{2}\b|(?i:arrondissement|quartier|secteur|commune)", chain):
        return None
    return ends[-1]

# words of a service, benefit or event named in capitals ("writing about Universal Credit", "Blue Badge"): no person's name
_R36_TOPIC_WORDS = set("""credit credits badge badges scheme schemes allowance allowances payment payments card cards pass passes service services
    clinic clinics team teams unit programme program trust board council tax benefit benefits insurance policy form forms system app
    portal website line helpline parking transport bus train ferry visiting hours times day night week fund appeal lottery raffle
    event fair festival show match game club league cup centre center hall shop store group support network access travel
    licence license permit voucher vouchers grant grants award account bank loan pension pensions""".split())
# the subject of a display, talk, book or film is no one's PHI ("making a display about Andrew Carnegie and Adam Smith")
_R36_WORK_TOPIC = re.compile(r"(?i:\b(?:display|exhibition|exhibit|talk|lecture|book|film|movie|documentary|poster|project|essay|"
                             r"biography|quiz|play|musical|song|programme|program|podcast|article|story|presentation|assembly|"
                             r"statue|portrait|painting|plaque|mural)[ \t]+(?:about|on|of)[ \t]+(?:the[ \t]+life[ \t]+of[ \t]+)?)"
                             r"((?:" + _R36_NAME + r")(?:(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)(?:" + _R36_NAME + r"))*)")
# product codes in a tagger span ("LOT 44B7", "batch 2207B"), a tagger 'date' with no digit and no day name
_R36_PRODUCT_START = re.compile(r"(?i:(?:lot|batch|ref|model|version|ver|sku)[ \t]*[:#]?[ \t]+)")
_R36_DATE_WORDS = re.compile(_R36_MONTH_NAME + r"|" + _R36_NAMED_DAY + r"|(?i:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|"
                             r"[" + _CJK + r"]")


def _r36_lookalike(text: str, start: int, end: int, kind: str) -> bool:
    """True for a span that is a look-alike, not PHI: a name on a thing named after a person or the subject of a work,
    a product code, a 'date' with neither digit nor day name."""
    if kind == "NAME" and not re.search(r"[" + _CJK + r"]", text[start:end]):
        if _R36_NAMED_THING.match(text, end) and len(text[start:end].split()) >= 2:
            return True
        if any(m.start(1) <= start and end <= m.end(1) for m in _R36_WORK_TOPIC.finditer(text, max(0, start - 160), min(len(text), end + 160))):
            return True
    if _R36_PRODUCT_START.match(text, start) and kind not in ("NAME", "ADDRESS"):
        return True
    return kind == "DATE" and not re.search(r"\d", text[start:end]) and not _R36_DATE_WORDS.search(text[start:end])



def _overlaps_kinds(out: list[tuple[int, int, str]], start: int, end: int, kinds: tuple[str, ...]) -> bool:
    """Whether a span of one of `kinds` in `out` overlaps [start, end) (the round passes' shared test)."""
    return any(cs < end and start < ce and k in kinds for cs, ce, k in out)

def _round36_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 36 families (see above): forced spans win over what they overlap; look-alike names are dropped."""
    forced: list[tuple[int, int, str]] = []

    # DATE
    for regex in (_R36_CUED_NAMED_DATE, _R36_FEAST_DATE, _R36_EVENT_ON_DAY):
        forced += [(*m.span(1), "DATE") for m in regex.finditer(text)]
    for m in _R36_ZH_FEAST_DATE.finditer(text):
        before, after = text[max(0, m.start(1) - 8):m.start(1)], text[m.end(1):m.end(1) + 4]
        if re.search(_R36_ZH_BIRTH_BEFORE + r"$", before) or re.match(r"[ \t]*(?:的)?" + _R36_ZH_BIRTH_AFTER, after):
            forced.append((*m.span(1), "DATE"))
    forced += [(*m.span(1), "DATE") for m in _R36_ZH_OLD_DAY_DATE.finditer(text) if re.search(r"[廿卅初]", m.group(1))]
    # PHONE
    for m in _R36_PHONE_CUE.finditer(text):
        digits = sum(ch.isdigit() for ch in m.group(1))
        if 9 <= digits <= 15 and not _overlaps_kinds(out, *m.span(1), ("EMAIL", "URL", "IP", "MRN", "DEVICE", "VEHICLE", "DATE", "FAX")) and not (
                _R36_INSTITUTION_LINE.search(text[max(0, m.start(1) - 40):m.start(1)])):
            forced.append((*m.span(1), "PHONE"))
    for m in _R36_TRUNK_PHONE.finditer(text):
        before = text[max(0, m.start(1) - 40):m.start(1)]
        if m.group(1)[:2] in ("03", "08", "09") or _overlaps_kinds(out, *m.span(1), ("PHONE", "FAX")):
            continue  # a service's non-geographic number (0300, 0800, 0845 ...); a number read already stands
        if not _R36_ID_WORDS.search(before) and not _R36_INSTITUTION_LINE.search(before) and not _overlaps_kinds(out, 
                *m.span(1), ("MRN", "DEVICE", "VEHICLE", "SSN", "HEALTH_PLAN", "LICENSE", "ACCOUNT")):
            forced.append((*m.span(1), "PHONE"))
    # MRN
    for m in _PF1_MRN_VALUE.finditer(text):
        s = m.start()
        if s and re.match(r"[A-Za-z0-9\-/]", text[s - 1]):
            continue
        value = m.group(0).rstrip()
        if sum(ch.isdigit() for ch in value) >= 4 and _R36_MRN_CUE.search(text[max(0, s - 60):s]):
            forced.append((s, s + len(value), "MRN"))
    for m in _R36_PLACE_NUMBER.finditer(text):
        if not _R36_NOT_HOSPITAL_WORDS.search(m.group(1)):
            forced.append((*m.span(2), "MRN"))
    # ID
    for m in _R36_ACRONYM_ID.finditer(text):
        value = m.group(2).rstrip(" ./-")
        s, e = m.start(2), m.start(2) + len(value)
        if sum(ch.isdigit() for ch in value) >= 7 and not _overlaps_kinds(out, s, e, ("MRN", "DEVICE", "VEHICLE", "SSN", "HEALTH_PLAN", "LICENSE",
                                                                         "ACCOUNT", "EMAIL", "URL", "IP", "ID", "ADDRESS", "ZIP")) and not any(
                f[0] < e and s < f[1] for f in forced) and not _R36_PRODUCT_CONTEXT.search(text[max(0, m.start() - 40):m.start()]):
            forced.append((s, e, "ID"))
    for m in _R36_HEALTH_NUMBER.finditer(text):
        value = m.group(1).rstrip()
        if not _overlaps_kinds(out, m.start(1), m.start(1) + len(value), ("MRN", "SSN", "HEALTH_PLAN", "ID")):
            forced.append((m.start(1), m.start(1) + len(value), "ID"))
    for m in _R36_ZH_CERT_ID.finditer(text):
        value = m.group(1).rstrip()
        s, e = m.start(1), m.start(1) + len(value)
        if sum(ch.isdigit() for ch in value) >= 6 and not any(cs < e and s < ce and ce - cs >= e - s and k in (
                "MRN", "DEVICE", "VEHICLE", "LICENSE", "SSN", "ID", "HEALTH_PLAN") for cs, ce, k in out):
            forced.append((m.start(1), m.start(1) + len(value), "ID"))
    # DEVICE, VEHICLE
    for regex in (_R36_DEVICE_EN, _R36_DEVICE_ZH):
        for m in regex.finditer(text):
            if not _overlaps_kinds(out, *m.span(1), ("MRN", "EMAIL", "URL", "IP", "VEHICLE")):
                forced.append((*m.span(1), "DEVICE"))
    for regex in (_R36_PLATE_BEFORE, _R36_VEHICLE_IS):
        for m in regex.finditer(text):
            if not _overlaps_kinds(out, *m.span(1), ("MRN", "ID", "DEVICE", "PHONE", "ZIP", "ADDRESS")):
                forced.append((*m.span(1), "VEHICLE"))
    # AGE
    forced += [(*m.span(1), "AGE") for m in _R36_AGE.finditer(text)]
    # NAME
    for regex in (_R36_APPOSITIVE, _R36_ROLE_LABEL, _R36_ABOUT):
        for m in regex.finditer(text):
            name = _trim_name(m.group(1), False)
            if len(name.split()) >= 2 and _r17_name_ok(name) and not any(
                    w.lower().strip(".,") in _NEVER_IN_NAMES or w.lower() in _NOT_NAMES or w.lower() in _R36_TOPIC_WORDS for w in name.split()) \
                    and not _r36_lookalike(text, m.start(1), m.start(1) + len(name), "NAME"):
                forced.append((m.start(1), m.start(1) + len(name), "NAME"))
    if re.search(r"[" + _CJK + r"]", text):
        for regex in (_R36_ZH_HELP_NAME, _R36_ZH_ROLE_NAME):
            for m in regex.finditer(text):
                if not _overlaps_kinds(out, *m.span(1), ("ADDRESS", "DATE", "EMAIL", "URL")):
                    forced.append((*m.span(1), "NAME"))
        # ADDRESS (Chinese block tail)
        for s, e, k in out:
            if k == "ADDRESS" and re.search(r"[号號]$", text[s:e]):
                t = _R36_ZH_BLOCK_TAIL.match(text, e)
                if t and t.end() > e and re.search(r"\d|[一二三四五六七八九十]", text[e:t.end()]):
                    forced.append((s, t.end(), "ADDRESS"))
    # ADDRESS: a holiday-park or mooring unit word before a number-led address (Static 8, Chalet 12, Berth 4, ...)
    for s0, e0, k in out:
        if k == "ADDRESS" and text[s0:s0 + 1].isdigit():
            unit = re.search(r"(?<![\w])(?:Static|Chalet|Caravan|Lodge|Pod|Berth|Mooring|Cabin|Hut|Pitch|Bungalow|Houseboat|Cottage|Villa|"
                             r"Plot|Unit|Flat|Apartment|Apt\.?)[ \t]+$", text[max(0, s0 - 14):s0])
            if unit:
                forced.append((s0 - len(unit.group(0)), e0, "ADDRESS"))
    # ADDRESS (cue-led chain)
    for m in _R36_ADDRESS_CUE.finditer(text):
        s = m.end()
        first = _r36_address_segment(text, s)
        # a person named first ("send it to Ann Lee, 4 Mill Road, ...") is no part of the address: start after them
        if first and _overlaps_kinds(out, s, first, ("NAME",)) and not _R36_ADDR_KEYWORD.search(text[s:first]) and text[first:first + 1] == ",":
            s = first + len(re.match(r",[ \t]*", text[first:]).group(0))
        end = _r36_address_chain(text, s)
        if end is None:
            continue
        inside = [(cs, ce) for cs, ce, k in out if k in ("ADDRESS", "ZIP") and cs < end and s < ce]
        if any(ce > end or cs < s for cs, ce in inside):
            continue  # an address found already reaches further: it stands
        # a lone town after an address found already stays outside, as the older sets read it ("No. 41, Jalan X 2 | , Kuala
        # Lumpur"); a quarter and its town, or a postcode, join
        found_end = max((ce for cs, ce, k in out if k == "ADDRESS" and cs == s), default=None)
        if found_end is not None and found_end < end:
            extra = [seg for seg in re.split(r",", text[found_end:end]) if seg.strip()]
            if len(extra) < 2 and not _R36_ADDR_KEYWORD.search(text[found_end:end]) and not re.search(r"[A-Z]{2}\b", text[found_end:end]):
                continue
        if _overlaps_kinds(out, s, end, ("PHONE", "EMAIL", "URL", "MRN", "ID", "SSN", "DATE")) or any(
                k == "NAME" and cs < end and s < ce and not _R36_ADDR_KEYWORD.search(text[max(cs, s):ce]) for cs, ce, k in out):
            continue
        forced.append((s, end, "ADDRESS"))
    # look-alike names: a person's name on a thing named after them ("the Walter Scott statue")
    forced = [f for f in forced if not any(cs <= f[0] and f[1] <= ce and (ce - cs) > (f[1] - f[0]) and k == f[2] for cs, ce, k in out)]
    out = [c for c in out if not (c[2] == "NAME" and _r36_lookalike(text, *c))]
    return _with_forced(out, forced) if forced else out


# --- round 37 (blind37, spent) ---------------------------------------------------------------------------
# Families blind37 missed, each written as a shape before it was coded (values in tests/test_phi_round37.py):
# - DATE: after a birth cue, a named day of any language with its year (the Glorious Twelfth 1931, Dia di Boneiru
#   1934), a day and a month word of another language with the year (3 di mart 1929, 17 Aperila 1932, 6 di sèptèmber
#   1938); "the Nth day of Month, YYYY" anywhere.
# - AGE: 90 or more at the head of a clause about the person ("At 94 she still ...", "At ninety-one, he ..."); 他91了.
# - MRN: a record number named by its file or dossier ("their dossier is CHM 976-07731", "file JTH/OPD/17733", "her
#   file at X is FMB-B-30412", "hospital number there HNSM-2291-B", "her hospital back home uses EMMC 6601-4472") with
#   its letter prefix; Chinese record numbers of a department (透析号, 影像号, 主索引号 EMPI ..., 病案号, 放射号).
# - ID: a scheme's label (capitalised words and an acronym, ID, card, no.) then "if you need it" or a colon, then the
#   value with its letter prefix and digit groups ("Bissau ID card if you need it: BI 412 773 19", "CSCS card 0947
#   2215", "UCAS personal ID: 203-417-5590"); a Chinese certificate number with a letter prefix (登记证号码RPD 0561830).
# - ADDRESS: more cues (post goes to, home address is, home is, family house/address) and street words written in
#   lower case (7 avenue de la Paix, casa 12, rue du Commerce); Chinese building tails (B座1102, 地下). Guard: a
#   number then a lower-case preposition ("Room 3 at our place") is no address.
# - NAME: "Name on the file: X"; a person after "a/the <role>," or "our <job noun>" ("A player, X Y, went", "Our
#   operative X Y went"); Chinese full names before a form of address (师傅, 大姐, 老先生 ...), after 我是…的 and a kin
#   word (伯父, 叔公 ...). Guards: a name on a thing or event (the Charles Dickens theme night), a street (Albert Road).
# - VEHICLE: a Chinese plate after 车牌/号牌 with its city or province prefix (台州A-30658, 晋·26-04471, 農-0417); an
#   English plate after a vehicle noun and a comma, "it's" or "there is" ("kit car, Q417 PTR", "truck ..., it's 2-44717A").
# - DEVICE: more worn devices in Chinese (头盔, 矫形器, 支具, 爬楼机 ...).
_R37_BIRTH_CUE = (r"(?i:\b(?:born|dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|birth[ \t]?date|birthday)(?:[ \t]+(?:is|was))?[ \t]*[:\-–]?[ \t]*"
                  r"(?:(?:on|at|in)[ \t]+)?(?:the[ \t]+)?)")
_R37_FOREIGN_MONTH = r"[" + _LETTER + r"]{3,12}"
_R37_CUED_DATE = re.compile(_R37_BIRTH_CUE + r"((?-i:(?:(?:[" + _UPPER + r"][" + _LETTER + r"'’]{1,14}(?:[ \t]+(?:di|de|da|do|du|of|la|le|del|van))?[ \t]+){1,3}|"
                            r"(?:0?[1-9]|[12]\d|3[01])(?:[ \t]+(?:di|de|of|da))?[ \t]+" + _R37_FOREIGN_MONTH + r",?[ \t]+)(?:1[89]|20)\d\d))(?!\d)")
_R37_DAY_OF = re.compile(r"(?<![\w])(?i:the[ \t]+)?((?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)[ \t]+day[ \t]+of[ \t]+" + _R36_MONTH_NAME +
                         r",?[ \t]+(?:1[89]|20)\d\d)(?!\d)")
_R37_AGE_AT = re.compile(r"(?:(?<=^)|(?<=[.!?;\n]\s)|(?<=[.!?;\n]))[ \t]*(?i:at)[ \t]+(9\d|1[01]\d|" + _AGE_WORDS + r")(?![\w\-])"
                         r"(?=,?[ \t]+(?:they|he|she|I|we|you|mum|mom|dad|gran|grandma|grandad|nan|my|his|her|their)\b)")
_R37_ZH_AGE = re.compile(r"(?<=[他她佢])(9\d|1[01]\d)(?=了|嘞|咯|啦)")
_R37_MRN_VALUE = r"([A-Z]{2,6}(?:[ \t\-/][A-Z0-9]{1,8}){1,3}|[A-Z]{1,4}\d{6,10})(?![\w\-/])"
_R37_MRN = re.compile(r"(?i:\b(?:file|dossier|chart|case[ \t]+(?:file|notes)|hospital[ \t]+(?:number|no\.?))(?:[ \t]+(?:no\.?|number|ref))?"
                      r"(?:[ \t]+(?:there|here|back[ \t]+home)|[ \t]+at[ \t]+[^.;!?\n,]{1,40}?)?(?:[ \t]+(?:is|was)|[ \t]*:)?[ \t]+|"
                      r"\bhospital[ \t]+(?:back[ \t]+home|there|at[ \t]+home)[ \t]+(?:uses|used|gave|has)[ \t]+)(?-i:" + _R37_MRN_VALUE + r")")
_R37_ZH_MRN = re.compile(r"(?:透析|影像|主索引|病案|放射|检验|化验|体检|门诊|住院|登记)(?:号|编号|號|編號)(?:码|碼)?[ \t]*(?:是|为|係|系|：|:)?[ \t]*"
                         r"((?:[A-Z]{2,6}[ \t])?[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,24})(?![A-Za-z0-9\-])")
_R37_ID_LABEL = re.compile(r"(?:(?<=^)|(?<=[.!?;:,\n]\s)|(?<=[.!?;:,\n]))[ \t]*(?:(?i:for[ \t]+the[ \t]+form,?|my|his|her|their|our|the)[ \t]+)?"
                           r"((?:[A-Z][A-Za-z]{1,12}[ \t]+){0,3}(?:[A-Z]{2,8}|[A-Z][a-z]+[A-Z][a-z]+)(?:[ \t]+(?:personal[ \t]+)?(?i:ID|card|number|no\.?))?|"
                           r"(?:[A-Z][A-Za-z]{1,12}[ \t]+){1,3}(?:(?:national|personal|identity|resident|voter)[ \t]+)?(?i:ID|card)(?:[ \t]+(?i:number|no\.?))?)"
                           r"(?:[ \t]+if[ \t]+you[ \t]+need[ \t]+it)?(?:[ \t]*:|[ \t]+(?:is|was))?[ \t]+"
                           r"((?:[A-Z]{1,3}[ \t\-])?[A-Z0-9]+(?:[\-/][A-Z0-9]+)*(?:[ \t]\d{2,6}){0,3})(?![\w\-/])")
_R37_NOT_ID_LABEL = re.compile(r"(?i:\b(?:phone|mobile|tel|telephone|fax|serial|s/n|sn|plate|reg|registration|version|queue|ticket|bed|ward|room|"
                               r"order|booking|bus|flight|model|batch|lot|box|pack|product|code|invoice|postcode|zip|pin|password|hospital|file|"
                               r"patient|record|mrn|dossier|chart|unit|case|clinic|IP|router|level|gate|seat|platform|route|extension|ext|"
                               r"account|sort|iban|tracking|parcel|page|line|step|exit|junction|flat|apt|suite)\b)")
_R37_CLINICAL_ACRONYM = r"(?:BP|HR|RR|GP|BMI|INR|PSA|ESR|CRP|HB|HBA|TSH|EGFR|GFR|LDL|HDL|PEF|PEFR|FEV|SATS|SPO|TEMP|OT|PT|SALT)"
_R37_ZH_CERT = re.compile(r"(?<!住院)(?<!出院)(?<!就诊)(?<!就診)(?<!诊疗)(?<!門診)(?<!门诊)(?<!病历)(?:证|證)(?:编号|編號|号码|號碼|号|號)[：:是为 \t]*([A-Z]{2,3}[ \t]\d{5,12}|[A-Z]{1,4}(?:-[A-Z0-9]{1,4})*-\d{4,10})(?![A-Za-z0-9\-])")
_R37_LOWER_STREET = r"(?:avenue|rue|chemin|route|boulevard|impasse|all[ée]e|quai|casa|rua|calle|avenida|travessa|estrada|via|viale|strada|bairro|fase)"
_R37_ADDRESS_CUE = re.compile(r"(?i:\b(?:post[ \t]+goes[ \t]+to|(?:home|family|postal|their|his|her)[ \t]+address(?:[ \t]+(?:is|was))?[ \t]*:?|"
                              r"(?:home|family[ \t]+house|family[ \t]+home)(?:[ \t]+(?:is|was))?|address|post[ \t]+(?:it[ \t]+)?to|(?:staying|living|lives|stays)[ \t]+at)[ \t]+)")
_R37_ADDR_SEG = re.compile(r"(?:\d{1,5}[A-Za-z]?[ \t]+" + _R37_LOWER_STREET + r"(?:[ \t]+(?:de|du|des|la|le|da|do|das|dos|del|di)){0,2}[ \t]+[" + _UPPER +
                           r"][" + _LETTER + r"'’\-]+(?:[ \t]+[" + _UPPER + r"][" + _LETTER + r"'’\-]+){0,2}|"
                           r"(?-i:Bairro|Rue|Chemin|Avenue|Rua|Calle|Quartier)[ \t]+(?:(?:de|du|des|la|le|da|do|das|dos|del|di)[ \t]+){0,2}[" + _UPPER + r"][" + _LETTER +
                           r"'’\-]+(?:[ \t]+[" + _UPPER + r"][" + _LETTER + r"'’\-]+){0,2}(?:[ \t]+\d{1,4})?|"
                           r"(?:casa|lote|fase|lot|bloco|apto)[ \t]+\d{1,4}[A-Za-z]?|\d{1,2}ª[ \t]+fase|"
                           r"[" + _UPPER + r"][" + _LETTER + r"'’\-]+(?:[ \t]+(?:(?:of|the|da|de|du|di)[ \t]+){0,2}(?![A-Z]{4}[ \t]1ZZ)[" + _UPPER + r"][" + _LETTER + r"'’\-]+){0,4}"
                           r"(?:[ \t]+(?:\d{4,5}|[A-Z]{4}[ \t]1ZZ|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}))?)")
_R37_ZH_ADDR_TAIL = re.compile(r"(?:[A-Z][座栋幢]\d{2,4}(?:室|号|房)?|地下|地铺|地舖|[A-Z]\d{3,4}(?:室|房)?)")
_R37_EN_ROLE = (r"(?:operative|player|customer|client|worker|employee|fitter|apprentice|labourer|driver|tenant|resident|homeowner|lodger|"
                r"volunteer|member|guest|camper|runner|rider|pupil|student|trainee|colleague|neighbou?r|passenger|visitor|helper|"
                r"steward|marshal|showman|showwoman|stallholder|trader|supervisor|manager|foreman|engineer|technician|cleaner)")
_R37_ROLE_NAME = re.compile(r"(?i:\b(?:a|an|one|the|our|my|their|his|her)[ \t]+(?:[a-z\-]+[ \t]+)?" + _R37_EN_ROLE + r")(?:,[ \t]+|[ \t]+)(" +
                            _R36_NAME + r")(?=[ \t]*,|[ \t]+(?:went|is|was|has|had|came|fell|collapsed|rang|called|asked|needs|wants|left|got|"
                            r"took|says|said|did|does|works|lives|who)\b)")
_R37_NAME_ON = re.compile(r"(?i:\bname[ \t]+on[ \t]+(?:the|his|her|their|my|our)[ \t]+(?:file|form|record|records|booking|card|letter|"
                          r"account|referral|system|notes|paperwork|ticket)(?:[ \t]+(?:is|was))?[ \t]*:?)[ \t]+(" + _R36_NAME + r")"
                          r"(?=[ \t]*(?:[.,;!?(\n]|$))")
_R37_ZH_NAME = _R36_ZH_NAME23
# a full name before a form of address: surname and two given characters, each checked (not a shop, team or place word),
# after a pause, 的 or a helping verb ("我们队的X大姐", "帮X老先生问"), never inside a phrase ("车队的师傅", "钟表铺师傅")
_R37_ZH_GIVEN = r"(?:" + _R36_ZH_GIVEN + r")(?<![铺舖店厂队司门间场馆行部房站园所局院处科室组班团社车机里边旁个一的])"
_R37_ZH_HONORIFIC_NAME = re.compile(r"(?:(?<=^)|(?<=[，,。.！!？?、；;：: \t\n的帮替给为问找和跟请叫是]))(" + _ZH_NOT_NAME + r"(?!" + _R36_ZH_WORD_START +
                                    r")(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _R36_ZH_ALL_SURNAMES + r"])" + _R37_ZH_GIVEN + _R37_ZH_GIVEN + r")(?=师傅|大姐|大哥|大叔|大爷|大妈|老先生|老太太|老太|老人家|阿姨|阿伯|阿婆|婆婆|伯伯|叔叔|老师傅|师兄|师姐)")
_R37_ZH_SELF_NAME = re.compile(r"我是[^，。,.！？\n]{1,10}?的(" + _R36_ZH_NAME3 + r")(?=[，,。.！!；;]|$)")
_R37_ZH_KIN_NAME = re.compile(r"(?:伯父|叔父|舅父|姑父|姨父|伯母|叔母|舅母|姑母|姨母|叔公|伯公|舅公|姑婆|姨婆|堂哥|堂姐|表哥|表姐|表弟|表妹|堂弟|堂妹|"
                              r"外甥|外甥女|侄儿|大伯|小叔|姐夫|妹夫|嫂子|弟媳)(" + _R36_ZH_NAME3 + r")(?=[，,。.！!；;、 \t]|$)")
_R37_ZH_CALLED = re.compile(r"(?:(?:病人|患者|病患|老人)(?:叫|叫做)|(?:名字|姓名)(?:叫|叫做|是|系|係))[：: \t]*(" + _ZH_NOT_NAME + r"(?!" + _R36_ZH_WORD_START +
                            r")(?:[" + _R36_ZH_ALL_SURNAMES + r"])[" + _CJK + r"]{1,2})(?=[，,。.！!；;、 \t]|$)")
_R37_ZH_PLATE = re.compile(r"(?:车牌|(?<![编編])號牌|(?<![编編])号牌|牌照|车牌号|车牌号码)(?:号|號)?(?:码|碼)?[：:是为 \t]*"
                           r"((?![号號码碼是为系係])[" + _CJK + r"]{0,3}[A-Z]?[·\-]?(?=[A-Z0-9\-·]*\d)[A-Z0-9](?:[A-Z0-9]|[\-·](?=[A-Z0-9])){2,9})(?![A-Za-z0-9\-])")
_R37_VEHICLE_NOUN = (r"(?:car|van|truck|lorry|pickup|pick-up|ute|jeep|land[ \t]+rover|range[ \t]+rover|4x4|motorbike|motorcycle|moped|scooter|"
                     r"tractor|trailer|camper|campervan|motorhome|caravan|taxi|vehicle)")
_R37_VEHICLE = re.compile(r"(?i:\b" + _R37_VEHICLE_NOUN + r"(?:[ \t]+(?:there|here|back[ \t]+home))?(?:[ \t]+too)?(?:,[ \t]*(?:it['’]s[ \t]+)?|[ \t]+(?:is|was)[ \t]+))"
                          r"(?-i:((?=[A-Z0-9 \-]*\d)(?=[A-Z0-9 \-]*[A-Z])[A-Z0-9]{1,4}(?:[ \t\-][A-Z0-9]{1,7}){0,2}))(?![\w\-])(?=[ \t]*(?:[.,;!?)]|$)|[ \t]+(?:if|and|but|so|when|from|for|in|at|on)\b)")
_R37_ZH_DEVICE = re.compile(r"(?:头盔|頭盔|矫形器|矯形器|支具|护具|护腰|拐杖|手杖|轮椅|爬楼机|爬梯机|助行架|理疗灯|扩音器|擴音器|氧气机|吸痰器|雾化器|"
                            r"监护仪|假肢|义肢|护膝|夹板|颈托)[ \t]*[，,、]?[ \t]*(?:的)?(?:编号|序列号|序号|机身号|号码|ID|SN|S/N)[：:是为 \t]*"
                            r"((?=[A-Z0-9\-]*\d)[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){3,24})(?![A-Za-z0-9\-])")
_R37_NOT_PERSON_AFTER = re.compile(r"[ \t]+(?i:theme|night|evening|tribute|walk|trail|festival|quiz|day|week|lecture|award|prize|museum|"
                                   r"experience|tour|room|escape|show|exhibition)\b")
_R37_STREET_END = re.compile(r"[ \t](?:Road|Street|Lane|Avenue|Drive|Crescent|Terrace|Island|Esplanade|Square|Parade|Quay)$")


def _r37_chain(text: str, start: int) -> int | None:
    """The end of an address written as comma-separated segments after a cue (two or more), ending its clause."""
    pos, ends = start, []
    while True:
        m = _R37_ADDR_SEG.match(text, pos)
        if not m or m.end() == pos or _PF1_SEG_STOP.fullmatch(m.group(0).split()[0]) or _PF1_HOSPITAL_WORD.search(m.group(0)):
            break
        ends.append(m.end())
        nxt = re.match(r",[ \t]*", text[m.end():m.end() + 4])
        if not nxt:
            break
        pos = m.end() + nxt.end()
    while ends and not re.match(r"[ \t]*(?:$|[.;!?\n)]|,[ \t]*(?:please|thanks|ring|call|phone|tel|mobile|email|e-mail|whatsapp|born|and|or|"
                                r"she|he|they|we|I|[a-z])|[ \t]+(?:for[ \t]+now|if|and|so|but|takes|is|was|next|until)\b)", text[ends[-1]:]):
        ends.pop()
    if len(ends) < 2:
        return None
    chain = text[start:ends[-1]]
    if not (re.search(r"\d", chain) or re.search(r"(?i:\b" + _R37_LOWER_STREET + r"\b|\b(?:island|village|road|street|hill|town)\b)", chain)):
        return None
    return ends[-1]


_R37_PRODUCT_BEFORE = re.compile(r"(?:(?i:(?<![A-Za-z])(?:lot|batch|exp|sku|model|version|ver|queue[ \t]+(?:ticket|number|no\.?)|ticket))[ \t]*[:#]?[ \t]*|"
                                 r"(?:批号|批號|批次|排队号|排隊號|排队号码|排隊號碼|排号|叫号|版本)[：:是为 \t]*)$")


def _r37_lookalike(text: str, start: int, end: int, kind: str) -> bool:
    """True for a learned tagger's span that is a look-alike: a product or queue code after its label (LOT 2210A7,
    排队号码B032), a saint alone (St John), a name on an event or a place (the X Y theme night, the X Y museum)."""
    # (an implant's lot stays: "my implant card says lot 2209-A41" names the device)
    if kind != "NAME" and _R37_PRODUCT_BEFORE.search(text[max(0, start - 16):start]) and not re.search(
            r"(?i:implant|pacemaker|prosthe|stent|valve|device)", text[max(0, start - 48):start]):
        return True
    if kind == "NAME" and re.fullmatch(r"St\.?[ \t]+[A-Z][a-z]+", text[start:end]):
        return True  # a saint alone: a church, a school or the ambulance charity ("first aid training with St John")
    if kind == "NAME" and not re.search(r"[" + _CJK + r"]", text[start:end]):
        # (a street the tagger calls a NAME stays: it is often part of an address the rules missed, so it still hides it)
        return bool(_R37_NOT_PERSON_AFTER.match(text, end) and len(text[start:end].split()) >= 2)
    return False


def _round37_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 37 families (see above): forced spans win over what they overlap; look-alikes are dropped."""
    forced: list[tuple[int, int, str]] = []

    zh = bool(re.search(r"[" + _CJK + r"]", text))
    # DATE
    for regex in (_R37_CUED_DATE, _R37_DAY_OF):
        for m in regex.finditer(text):
            # "born in Portsmouth 1931": a place after "in", not a named day
            if regex is _R37_CUED_DATE and re.search(r"(?i:\bin[ \t]+)$", text[m.start():m.start(1)]) and not m.group(1)[:1].isdigit():
                continue
            if not _overlaps_kinds(out, *m.span(1), ("NAME", "ADDRESS", "PHONE", "ID", "MRN")) or regex is _R37_DAY_OF:
                forced.append((*m.span(1), "DATE"))
    # AGE
    forced += [(*m.span(1), "AGE") for m in _R37_AGE_AT.finditer(text)]
    if zh:
        forced += [(*m.span(1), "AGE") for m in _R37_ZH_AGE.finditer(text)]
    # MRN
    for m in _R37_MRN.finditer(text):
        value = m.group(1)
        # a scheme's own file number ("DVA file no. QX461149") is an ID; an ID read whole already stands
        if re.search(r"\b[A-Z]{2,6}[ \t]+$", text[max(0, m.start() - 8):m.start()]) or any(
                k in ("ID", "SSN", "HEALTH_PLAN", "LICENSE") and cs <= m.start(1) and m.end(1) <= ce for cs, ce, k in out):
            continue
        if sum(ch.isdigit() for ch in value) >= 4 and not _overlaps_kinds(out, *m.span(1), ("EMAIL", "URL", "IP", "PHONE", "DEVICE", "VEHICLE")):
            forced.append((*m.span(1), "MRN"))
    if zh:
        for m in _R37_ZH_MRN.finditer(text):
            if sum(ch.isdigit() for ch in m.group(1)) >= 4 and not _overlaps_kinds(out, *m.span(1), ("EMAIL", "URL", "IP")):
                forced.append((*m.span(1), "MRN"))
    # ID
    for m in _R37_ID_LABEL.finditer(text):
        label, value = m.group(1), m.group(2)
        digits = sum(ch.isdigit() for ch in value)
        acronym = re.search(r"\b([A-Z]{2,8})\b", label)
        if digits < (4 if re.fullmatch(r"[A-Z]{2,4}\d{4,}", value) else 5) or _R37_NOT_ID_LABEL.search(label) or (acronym and re.fullmatch(
                _R36_NOT_ID_ACRONYM + r"|" + _R37_CLINICAL_ACRONYM, acronym.group(1))) or re.fullmatch(r"\d{2,3}/\d{2,3}", value):
            continue
        # a bare acronym takes a value only through a colon, "is" or "if you need it" ("TN 09 4567 is the form number" is not one)
        if not re.search(r"(?i:\b(?:ID|card|number|no\.?)$)", label) and not re.search(r"(?::|\bis|\bwas|need[ \t]+it)[ \t]*$", text[m.end(1):m.start(2)]):
            continue
        # a finer or equal kind read already stands, unless this span holds it whole and is longer (BI + 412 773 19)
        if any(k in ("ID", "SSN", "HEALTH_PLAN", "LICENSE", "ACCOUNT") and cs < m.end(2) and m.start(2) < ce and not (
                m.start(2) <= cs and ce <= m.end(2) and (ce - cs) < (m.end(2) - m.start(2))) for cs, ce, k in out):
            continue
        if not (re.search(r"(?i:\b(?:ID|card|number|no\.?)$)", label) or acronym) or label.split()[0].lower() in _NOT_NAMES - {"id"}:
            continue
        if _overlaps_kinds(out, *m.span(2), ("PHONE", "FAX")) and not re.search(r"(?i:\b(?:ID|card)$)", label):
            continue  # a phone number under a practice's or person's label ("GP number: 01632 960 118")
        national = bool(_PF1_ID_LABEL.search(label))  # a national scheme's own label wins over an MRN shape (NHI ABC1234)
        if _overlaps_kinds(out, *m.span(2), ("EMAIL", "URL", "IP", "DEVICE", "VEHICLE", "ADDRESS", "ZIP", "DATE") + (() if national else ("MRN",))) or _R36_PRODUCT_CONTEXT.search(
                text[max(0, m.start(1) - 40):m.start(1)]):
            continue
        forced.append((*m.span(2), "ID"))
    if zh:
        for m in _R37_ZH_CERT.finditer(text):
            forced.append((*m.span(1), "ID"))
    # ADDRESS
    for m in _R37_ADDRESS_CUE.finditer(text):
        s = m.end()
        end = _r37_chain(text, s)
        if end is None or _overlaps_kinds(out, s, end, ("PHONE", "EMAIL", "URL", "MRN", "ID", "DATE", "NAME")):
            continue
        if any(k in ("ADDRESS", "ZIP") and cs < end and s < ce and (ce > end or cs < s) for cs, ce, k in out):
            continue
        forced.append((s, end, "ADDRESS"))
    if zh:
        for s, e, k in out:
            if k != "ADDRESS":
                continue
            # a city name cut to one character before 市 ("州市西湖区..." after 地址：杭) takes its first character back
            s2 = s
            while s2 > 0 and 0 <= text.find("市", s, e) - s2 < 2 and re.match(r"[" + _CJK + r"]", text[s2 - 1]) and \
                    text[s2 - 1] not in _ADDRESS_LEAD_CHARS and text[s2 - 1] not in "址":
                s2 -= 1
            t = _R37_ZH_ADDR_TAIL.match(text, e)
            if t or s2 < s:
                forced.append((s2, t.end() if t else e, "ADDRESS"))
    # NAME
    for regex in (_R37_NAME_ON, _R37_ROLE_NAME):
        for m in regex.finditer(text):
            name = _trim_name(m.group(1), False)
            if len(name.split()) >= 2 and _r17_name_ok(name) and not any(
                    w.lower().strip(".,") in _NEVER_IN_NAMES or w.lower() in _R36_TOPIC_WORDS for w in name.split()) \
                    and not _r36_lookalike(text, m.start(1), m.start(1) + len(name), "NAME") and not _R37_STREET_END.search(name):
                forced.append((m.start(1), m.start(1) + len(name), "NAME"))
    if zh:
        for regex in (_R37_ZH_HONORIFIC_NAME, _R37_ZH_SELF_NAME, _R37_ZH_KIN_NAME, _R37_ZH_CALLED):
            for m in regex.finditer(text):
                if not _overlaps_kinds(out, *m.span(1), ("ADDRESS", "DATE", "EMAIL", "URL", "VEHICLE")):
                    forced.append((*m.span(1), "NAME"))
    # VEHICLE
    if zh:
        for m in _R37_ZH_PLATE.finditer(text):
            forced.append((*m.span(1), "VEHICLE"))
    for m in _R37_VEHICLE.finditer(text):
        value = m.group(1)
        if sum(ch.isdigit() for ch in value) >= 2 and not _overlaps_kinds(out, *m.span(1), ("MRN", "ID", "DEVICE", "PHONE", "ZIP", "ADDRESS", "DATE")):
            forced.append((*m.span(1), "VEHICLE"))
    # DEVICE
    if zh:
        for m in _R37_ZH_DEVICE.finditer(text):
            forced.append((*m.span(1), "DEVICE"))
    # look-alikes: "3 at our place" (a number and a lower-case preposition), a name on an event or a street
    out = [c for c in out if not (c[2] == "ADDRESS" and re.match(r"\d{1,4}[ \t]+(?:at|in|on|to|of|for|by)[ \t]", text[c[0]:c[1]]))]
    out = [c for c in out if not (c[2] == "NAME" and not re.search(r"[" + _CJK + r"]", text[c[0]:c[1]]) and (
        _R37_NOT_PERSON_AFTER.match(text, c[1]) and len(text[c[0]:c[1]].split()) >= 2 or _R37_STREET_END.search(text[c[0]:c[1]])))]
    forced = [f for f in forced if not any(cs <= f[0] and f[1] <= ce and (ce - cs) > (f[1] - f[0]) and k == f[2] for cs, ce, k in out)]
    return _with_forced(out, forced) if forced else out


# --- round 38 (blind38, spent) ---------------------------------------------------------------------------
# Families blind38 missed, each written as a shape (values in tests/test_phi_round38.py are new):
# - EMAIL: an apostrophe inside the local part (o'neill.k@...).
# - DATE: ISO week dates (1931-W07-2, 2004-W52).
# - AGE: 90 or more after an "Age" label ("Age on the form: 97", "Age: ninety-two"); 老人家/外婆 ... 九十八了.
# - VEHICLE: a plate shape after a parking-badge cue ("the blue badge is for ..."), a body type or make ("a red
#   hatchback, ...", "his old Volvo ..."), "plates, ...", "collect her in ...", "the taxi that brought him was ...".
# - DEVICE: home-care devices the cue list lacked (snoring splint, nasal aspirator, bedwetting alarm, light box,
#   cooling vest, doppler ...) with "is", "is numbered" or the serial right after; Chinese 机身编号 / 机身号码.
# - ID: a scheme's label (a capitalised scheme or acronym, or número de utente / personal licence / residency card ...)
#   with an optional "for the child" / "from her school" and is / says / a colon, then a value of a known ID shape;
#   a person's name right before ", <label> <value>" is a NAME; a scheme name read as a NAME is dropped.
#   Chinese 证编号 with a province character before the letter (豫A04...).
# - MRN: "the clinic has him as X", "update her record, X"; 就诊ID / 就诊号; a department's number (康复科的编号).
# - ADDRESS: a Romance street-type word with its name and number and its comma chain (Calle ... 44, Town, Region);
#   a named house chain ending in a UK postcode after "at" / "to"; a trailing ", Island/Region" at the clause end and an
#   Australian "(Keeling) Islands WA 6799" tail.
# - NAME: a leading role word is not part of the name (Guest X Y, Parents X Y); a possessive 's stays outside;
#   "This is about X de Y"; rare surnames 粘 嵇 禹; a role noun after 帮 (学员, 同事) is not a name.
_R38_EMAIL_APOS = re.compile(r"(?<![\w.'’+\-])([A-Za-z0-9][A-Za-z0-9._%+\-]*['’][A-Za-z][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})")
_R38_ISO_WEEK = re.compile(r"(?<![\w\-])((?:1[89]|20)\d\d-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-[1-7])?)(?![\w\-])")
_R38_AGE_LABEL = re.compile(r"(?i:\bage(?:[ \t]+(?:on|in)[ \t]+(?:the|his|her|their|my|our)[ \t]+(?:form|file|record|records|notes|letter|"
                            r"booking|referral|card|system))?[ \t]*(?::|[ \t]is|[ \t]was)[ \t]*)(9\d|1[01]\d|(?i:" + _AGE_WORDS + r"))"
                            r"(?![\w\-])(?![ \t]*(?i:days?|weeks?|months?|mph|%|degrees|kg|cm|mm|percent))")
_R38_ZH_NUM_AGE = r"(9\d|1[01]\d|九十[一二三四五六七八九]?|一百(?:零[一二三四五六七八九]|一十?[一二三四五六七八九]?)?)"
_R38_ZH_AGE = re.compile(r"(?:老人家|老人|老太太|老太|老爷子|老爷爷|老奶奶|外婆|外公|奶奶|爷爷|阿婆|阿公|婆婆|公公|阿嬷|阿公)(?:今年|已经|都|都已经)?"
                         + _R38_ZH_NUM_AGE + r"(?=了|嘞|咯|啦)")
_R38_PLATE = (r"(?:[A-Z]{2}\d{2}[ \t]?[A-Z]{3}|[A-Z]\d{1,3}[ \t][A-Z]{3}|[A-Z]{3}[ \t]\d{1,3}[A-Z]|[A-Z]{3}[ \t]\d{1,4}|J[ \t]?\d{3,6}|"
              r"[A-Z]{1,3}-\d{3,4}(?:-[A-Z]{1,3})?|[A-Z]{2}\d{2}[A-Z]{2}|[A-Z]{3}\d{2,4})")
_R38_VEHICLE_CUE = (r"(?:(?i:blue[ \t]+badge|disabled[ \t]+badge|parking[ \t]+(?:permit|badge)|permit)(?:[ \t]+(?:is|was))?[ \t]+(?:for|on)[ \t]+|"
                    r"(?i:estate|hatchback|saloon|people[ \t]+carrier|mpv|suv|convertible|coupe|minibus|hire[ \t]+car)(?:,[ \t]*|[ \t]+(?:is|was)[ \t]+)|"
                    r"\b(?:Rover|Volvo|Ford|Vauxhall|Toyota|Nissan|Honda|Fiat|Renault|Peugeot|Citroen|Citroën|Skoda|Kia|Hyundai|Mini|Mazda|"
                    r"Audi|BMW|Mercedes|Volkswagen|VW|Subaru|Jaguar|Triumph|Morris|Austin|Land[ \t]+Rover|Seat|SEAT|Dacia)(?:,[ \t]*|[ \t]+)|"
                    r"(?i:\bplates?|\bnumber[ \t]+plate)[ \t]*[,:][ \t]*|"
                    r"(?i:\b(?:collect|pick|fetch|drive|come|coming|arrive|arriving)\w*[ \t]+(?:(?:him|her|them|me|us|up)[ \t]+){0,2}in[ \t]+)|"
                    r"(?i:\b(?:taxi|cab|car|van|minibus)[ \t]+that[ \t]+(?:[a-z]+[ \t]+){1,3}(?:was|is)[ \t]+))")
_R38_VEHICLE = re.compile(_R38_VEHICLE_CUE + r"(?:(?:the|a)[ \t]+)?(" + _R38_PLATE + r")(?![\w\-])(?![ \t]*(?:mg|ml|mm|kg)\b)")
_R38_DEVICE_NOUN = re.compile(r"(?i:\b(?:snoring[ \t]+splint|splint|(?:nasal[ \t]+)?aspirator|bed-?wetting[ \t]+alarm|enuresis[ \t]+alarm|"
                              r"bed[ \t]+alarm|light[ \t]+box|cooling[ \t]+vest|doppler|voice[ \t]+prosthesis|lift|stairlift|hoist|"
                              r"peak[ \t]+flow[ \t]+meter)\b)")
_R38_DEVICE_VALUE = re.compile(r"(?<![\w\-/])(?=[A-Z0-9\-]*\d)(?=[A-Z0-9\-]*[A-Z])[A-Z][A-Z0-9]{1,12}(?:-[A-Z0-9]{2,10}){0,3}(?![\w\-/])")
_R38_ZH_DEVICE = re.compile(r"机身(?:编号|号码|号|序列号)[：:是为 \t]*((?=[A-Z0-9\-]*\d)[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,24})(?![A-Za-z0-9\-])")
_R38_ID_VALUE = (r"(?:[A-Z]-\d{5,8}|\d{3}[ \t]\d{3}[ \t]\d{3}|\d{8}[ \t]\d[ \t][A-Z]{2}\d|\d{2}-\d{6,8}|[A-Z]{1,3}\d{6,13}|\d{6,12}|"
                 r"[A-Z]{2,3}(?:/[A-Z0-9]{2,6}){2,4})")
_R38_ID_LABEL = re.compile(
    r"((?:(?:[A-Z][\w'’\-]*|de|do|da|of)[ \t]+){0,3}(?:[A-Z]{2,8}|[A-Z][a-zà-ÿ]+)(?:[ \t]+(?i:residency|residence|membership|member|"
    r"registration|transit|travel|identity|citizen))?(?:[ \t]+(?i:ID|card|number|no\.?|certificate|licence|license))?|"
    r"(?i:n[úu]mero[ \t]+de[ \t]+utente|personal[ \t]+licen[cs]e|residency[ \t]+card|membership[ \t]+(?:number|card)|registration[ \t]+number|"
    r"certificate[ \t]+number|social[ \t]+security[ \t]+number))"
    r"(?:[ \t]+(?:for|from|of)[ \t]+(?:the[ \t]+\w+|him|her|them|(?:his|her|their|my|our)[ \t]+\w+))?(?:[ \t]+(?i:number|no\.?))?"
    r"(?:[ \t]*:|[ \t]+(?:is|was|says|reads|shows))?[ \t]+(" + _R38_ID_VALUE + r")(?![\w\-/])")
_R38_ID_LABEL_END = re.compile(r"(?i:(?:\b(?:ID|card|number|no\.?|certificate|licen[cs]e|utente)|\b[A-Z]{2,8})$)")
_R38_NOT_ID_WORD = re.compile(r"(?i:\b(?:phone|mobile|tel|telephone|fax|landline|whatsapp|serial|s/n|sn|plate|reg|version|queue|ticket|bed|ward|"
                              r"room|order|booking|bus|flight|model|batch|lot|exp|ref|box|pack|product|code|invoice|postcode|zip|pin|password|"
                              r"hospital|file|patient|record|mrn|dossier|chart|unit|case|clinic|ip|router|level|gate|seat|platform|route|"
                              r"extension|ext|account|sort|iban|tracking|parcel|page|line|step|exit|junction|flat|apt|suite|bay|floor|"
                              r"dob|born|date|age|aged|year|years|week|weeks|day|days|price|cost|total|hosp|reference|insurance|policy|"
                              r"plan|member[ \t]+id)\b)")
_R38_ZH_CERT = re.compile(r"(?<!住院)(?<!出院)(?<!就诊)(?<!门诊)(?<!病历)证(?:编号|号码|号)[：:是为 \t]*([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台][A-Z]\d{8,16})(?![A-Za-z0-9\-])")
_R38_MRN_VALUE = r"([A-Z]{2,6}(?:[\-/][A-Z0-9]{2,8}){1,3}|[A-Z]{2,6}[ \t]\d{2}-\d{3,8}|[A-Z]{1,4}\d{5,10})(?![\w\-/])"
_R38_MRN = re.compile(r"(?i:\b(?:clinic|hospital|ward|surgery|practice|unit|team|department|GP|hospice)[ \t]+(?:has|have|had|knows?|lists?|"
                      r"files?|keeps?)[ \t]+(?:him|her|them|me|us|my[ \t]+\w+)[ \t]+(?:down[ \t]+)?(?:as|under)[ \t]+|"
                      r"\bupdate[ \t]+(?:his|her|their|my|our|the)[ \t]+(?:record|records|notes|file)[ \t]*[,:][ \t]*)(?-i:" + _R38_MRN_VALUE + r")")
_R38_ZH_MRN = re.compile(r"(?:就诊(?:ID|id|号|号码|卡号|编号)|[" + _CJK + r"]{1,4}科的?(?:编号|号码|病人号))[：:是为 \t]*"
                         r"((?=[A-Z0-9\-]*\d)[A-Z](?:[A-Z0-9]|-(?=[A-Z0-9])){4,24})(?![A-Za-z0-9\-])")
_R38_STREET_TYPE = r"(?:Calle|Rua|Avenida|Camino|Caminho|Canada|Travessa|Estrada|Largo|Pra[çc]a|Plaza|Paseo|Carrer|Carretera|Via|Viale|Strada|Rue)"
_R38_ROMANCE_ADDRESS = re.compile(
    r"\b(" + _R38_STREET_TYPE + r"(?:[ \t]+(?:[" + _UPPER + r"][\w'’\-]*|o|te|de|do|da|dos|das|del|la|las|los|el|di|e|y|du|des|le)){1,6}"
    r"[ \t]+\d{1,4}[A-Za-z]?(?:,[ \t]+(?:\d{4}(?:-\d{3})?[ \t]+)?[" + _UPPER + r"][\w'’\-]*(?:[ \t]+(?:[" + _UPPER + r"][\w'’\-]*|de|do|da|del|la|o))*){1,3})"
    r"(?=[ \t]*(?:[.;!?\n]|$)|[ \t]+for[ \t]+now\b|[ \t]+(?:and|but|so|if)\b|,[ \t]+(?:phone|tel|call|ring|mobile|and|please|if)\b)")
_R38_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"
_R38_HOUSE_CHAIN = re.compile(r"(?i:\b(?:at|to))[ \t]+((?:[" + _UPPER + r"][\w'’\-]*(?:[ \t]+[" + _UPPER + r"][\w'’\-]*){0,3},[ \t]+){1,4}"
                              r"[" + _UPPER + r"][\w'’\-]*(?:[ \t]+[" + _UPPER + r"][\w'’\-]*){0,2}[ \t]+" + _R38_UK_POSTCODE + r")(?![\w])")
_R38_REGION_TAIL = re.compile(r",[ \t]+((?:[" + _UPPER + r"][\w'’\-]*|\([" + _UPPER + r"][\w'’\-]*\))(?:[ \t]+(?:[" + _UPPER + r"][\w'’\-]*|"
                              r"\([" + _UPPER + r"][\w'’\-]*\)|de|do|da|del|la)){0,3})"
                              r"(?=[ \t]*(?:[.;!?\n]|$)|[ \t]+for[ \t]+now\b|[ \t]+(?:and|but|so)\b|,[ \t]+(?:phone|tel|call|ring|mobile|please)\b)")
_R38_AU_TAIL = re.compile(r"(?:[ \t]+\([" + _UPPER + r"][\w'’\-]*\))?(?:[ \t]+[" + _UPPER + r"][\w'’\-]*){0,2}[ \t]+(?:WA|NSW|QLD|VIC|SA|TAS|NT|ACT)[ \t]+\d{4}(?!\d)")
_R38_NAME_ROLE_LEAD = re.compile(r"(?:Guest|Guests|Parent|Parents|Patient|Client|Resident|Pupil|Child|Carer|Member|Player|Tenant|Customer|"
                                 r"Visitor|Student|Camper|Rider|Applicant|Mum|Dad|Grandparents)[ \t]+(?=[" + _UPPER + r"])")
_R38_ABOUT = re.compile(r"(?i:\b(?:this|it)[ \t]+(?:is|'s|’s)[ \t]+(?:about|regarding|concerning)|\bthis[ \t]+concerns|\bit[ \t]+concerns)[ \t]+"
                        r"(" + _R36_NAME + r")(?=[ \t]*(?:[.,;!?\n]|$))")
_R38_NAME_BEFORE_ID = re.compile(r"(?:(?<=^)|(?<=[.!?:;\n]\s)|(?<=[,(]\s)|(?<=\n))([" + _UPPER + r"][" + _LETTER + r"'’\-]+(?:[ \t]+[" + _UPPER +
                                 r"][" + _LETTER + r"'’\-]+){1,2}),[ \t]+$")
# a full name (surname + two given characters, each checked) after a self-introduction, 关于, or "the patient / the
# mother is", ending its clause or before a form of address (我是X。 关于X女士的事 病人是X。 宝宝妈妈是X，)
_R38_ZH_INTRO_NAME = re.compile(r"(?:(?:(?<=^)|(?<=[，,。.！!？?；;：: \t\n]))(?:我是|我叫|关于|病人是|患者是|病人系|病人叫|家长是)|(?:妈妈|爸爸|母亲|父亲)(?:是|叫))"
                                r"(" + _ZH_NOT_NAME + r"(?!" + _R36_ZH_WORD_START + r")(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _R36_ZH_ALL_SURNAMES +
                                r"])" + _R37_ZH_GIVEN + _R37_ZH_GIVEN + r")(?=[，,。.！!；;、]|先生|女士|小姐|太太|的事|$)")
_R38_SCHEME_AFTER = re.compile(r"[ \t]+(?i:card|number|no\.|certificate|licen[cs]e|membership)(?:[ \t]+(?:number|no\.))?(?:[ \t]*:|[ \t]+(?:is|was|says|reads))?"
                               r"[ \t]+(?:\[(?:ID|SSN|HEALTH_PLAN|LICENSE)\]|[A-Z]{0,3}[\d][\d \-/A-Z]{4,})")
_R38_ZH_ROLE_NOT_NAME = re.compile(r"(?:学员|同事|同学|客户|客人|朋友|邻居|工友|病人|患者|家属|老人|孩子|小孩|宝宝|学生|会员|队员|员工|师傅|老师|"
                                   r"许昌假|宜兴丁|亳州药)")


def _round38_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 38 families (see above): forced spans win over what they overlap; look-alikes are dropped."""
    forced: list[tuple[int, int, str]] = []
    drop: list[tuple[int, int, str]] = []

    zh = bool(re.search(r"[" + _CJK + r"]", text))
    forced += [(*m.span(1), "EMAIL") for m in _R38_EMAIL_APOS.finditer(text)]
    forced += [(*m.span(1), "DATE") for m in _R38_ISO_WEEK.finditer(text)]
    forced += [(*m.span(1), "AGE") for m in _R38_AGE_LABEL.finditer(text)]
    for m in _R38_VEHICLE.finditer(text):
        if not _overlaps_kinds(out, *m.span(1), ("EMAIL", "URL", "PHONE", "DATE")):
            forced.append((*m.span(1), "VEHICLE"))
    for cue in _R38_DEVICE_NOUN.finditer(text):
        window = re.split(r"[.!?;\n](?:\s|$)|[。！？；]", text[cue.end():cue.end() + 70], maxsplit=1)[0]
        for m in _R38_DEVICE_VALUE.finditer(window):
            before = window[:m.start()]
            if re.search(r"(?i:\b(?:lot|ref|exp|batch|model|version|ver|v|size|sku|cat)[ \t.:#]*)$", before):
                continue
            s, e = cue.end() + m.start(), cue.end() + m.end()
            if not _overlaps_kinds(out, s, e, ("EMAIL", "URL", "IP", "PHONE", "MRN", "VEHICLE")):
                forced.append((s, e, "DEVICE"))
            break
    for m in _R38_ID_LABEL.finditer(text):
        label = m.group(1)
        if not _R38_ID_LABEL_END.search(label) or _R38_NOT_ID_WORD.search(label):
            continue
        acronym = re.search(r"\b([A-Z]{2,8})\b", label)
        if acronym and re.fullmatch(_R36_NOT_ID_ACRONYM + r"|" + _R37_CLINICAL_ACRONYM, acronym.group(1)):
            continue
        # an id, plan, licence or record number read already stands (HKID A123456(7), AXA 770 223 118, VHK 0713308)
        if _overlaps_kinds(out, *m.span(2), ("EMAIL", "URL", "IP", "DATE", "ADDRESS", "VEHICLE", "DEVICE", "ID", "SSN", "HEALTH_PLAN",
                                    "LICENSE", "ACCOUNT", "MRN")) or re.search(r"[(（]\d[)）]", text[m.end(2):m.end(2) + 3]):
            continue
        # a phone read gives way only to a card, certificate or licence label, not to a bare "number"
        if _overlaps_kinds(out, *m.span(2), ("PHONE", "FAX")) and re.search(r"(?i:number|no\.?)$", label):
            continue
        # a bare acronym before digits is often the id's own prefix (PMH 887123, ABS 771204): only at a sentence's start
        if re.fullmatch(r"(?:[A-Z][\w'’]*[ \t]+){0,2}[A-Z]{2,8}", label) and re.fullmatch(r"\d+", m.group(2)) and not re.search(
                r"(?:^|[.!?\n][ \t]*)$", text[max(0, m.start(1) - 4):m.start(1)]):
            continue
        if _R38_NOT_ID_WORD.search(re.split(r"[.!?;。！？；]\s", text[max(0, m.start(1) - 24):m.start(1)])[-1]) or re.search(r"(?:就诊|病历|住院|门诊|病案)$", text[:m.start(1)]):
            continue  # "my record HN 60071234", "hospital number VHK ...": a record's label before the acronym
        forced.append((*m.span(2), "ID"))
        # the scheme's own name is not a person ("Cartão de Cidadão", "Galápagos TCT")
        drop += [c for c in out if c[2] == "NAME" and m.start(1) <= c[0] < m.end(1)]
        # "X Y, <label> <value>": the person the id belongs to
        before = _R38_NAME_BEFORE_ID.search(text, max(0, m.start(1) - 60), m.start(1))
        if before:
            name = before.group(1)
            s = before.start(1)
            lead = _R38_NAME_ROLE_LEAD.match(name)
            if lead:
                s, name = s + lead.end(), name[lead.end():]
            if len(name.split()) >= 2 and _r17_name_ok(name) and not _overlaps_kinds(out, s, s + len(name), ("NAME",)) and not any(
                    w.lower() in _NOT_NAMES or w.lower() in _NEVER_IN_NAMES for w in name.split()):
                forced.append((s, s + len(name), "NAME"))
    for m in _R38_MRN.finditer(text):
        if not _overlaps_kinds(out, *m.span(1), ("EMAIL", "URL", "IP", "PHONE")):
            forced.append((*m.span(1), "MRN"))
    # ADDRESS
    def wider_address(s: int, e: int) -> bool:
        # an address read already that runs past this one on either side stands
        return any(k in ("ADDRESS", "ZIP") and cs < e and s < ce and (cs < s or ce > e) for cs, ce, k in out)

    for regex in (_R38_ROMANCE_ADDRESS, _R38_HOUSE_CHAIN):
        for m in regex.finditer(text):
            if not _overlaps_kinds(out, *m.span(1), ("EMAIL", "URL", "PHONE", "MRN", "ID", "DATE")) and not wider_address(*m.span(1)):
                forced.append((*m.span(1), "ADDRESS"))
    for s, e, k in out + forced:
        if k != "ADDRESS":
            continue
        e2 = e
        for _ in range(2):
            t = _R38_AU_TAIL.match(text, e2)
            if t:
                e2 = t.end()
            t = _R38_REGION_TAIL.match(text, e2)
            # the island or region after a postcode and its town ("9500-311 Ponta Delgada, São Miguel"), not a city alone
            if t and re.search(r"(?<![\w\-])\d{4}(?:-\d{3})?(?:[ \t]+[" + _UPPER + r"][\w'’\-]*){1,3}$", text[s:e2]) and t.group(1).split()[0].lower().strip("()") not in _NOT_NAMES and not _R38_NOT_ID_WORD.search(t.group(1)):
                e2 = t.end()
        if e2 > e and not any(k in ("ADDRESS", "ZIP") and cs < e2 and s < ce and ce > e2 for cs, ce, k in out):
            forced.append((s, e2, "ADDRESS"))
    # NAME
    for s, e, k in out:
        if k != "NAME":
            continue
        value = text[s:e]
        # a scheme's name before its own label or value is no person ("Cartão de Cidadão number is ...", "Galápagos TCT 26-...")
        if _R38_SCHEME_AFTER.match(text, e) or (re.search(r"[ \t][A-Z]{2,5}$", value) and re.match(r"[ \t]+\d", text[e:e + 2])):
            drop.append((s, e, k))
            continue
        lead = _R38_NAME_ROLE_LEAD.match(value)
        poss = re.search(r"['’]s$", value)
        if lead or poss:
            s2, e2 = s + (lead.end() if lead else 0), e - (2 if poss else 0)
            if len(text[s2:e2].split()) >= 2 or (zh and e2 > s2):
                drop.append((s, e, k))
                forced.append((s2, e2, "NAME"))
    for m in _R38_ABOUT.finditer(text):
        name = _trim_name(m.group(1), False)
        if len(name.split()) >= 2 and _r17_name_ok(name) and not any(w.lower().strip(".,") in _NEVER_IN_NAMES for w in name.split()):
            forced.append((m.start(1), m.start(1) + len(name), "NAME"))
    if zh:
        forced += [(*m.span(1), "AGE") for m in _R38_ZH_AGE.finditer(text)]
        forced += [(*m.span(1), "DEVICE") for m in _R38_ZH_DEVICE.finditer(text)]
        forced += [(*m.span(1), "ID") for m in _R38_ZH_CERT.finditer(text)]
        for m in _R38_ZH_MRN.finditer(text):
            if not _overlaps_kinds(out, *m.span(1), ("EMAIL", "URL", "IP")):
                forced.append((*m.span(1), "MRN"))
        drop += [c for c in out if c[2] == "NAME" and _R38_ZH_ROLE_NOT_NAME.fullmatch(text[c[0]:c[1]])]
        for m in _R38_ZH_INTRO_NAME.finditer(text):
            if not _overlaps_kinds(out, *m.span(1), ("ADDRESS", "DATE", "EMAIL", "URL", "VEHICLE", "ID", "MRN")):
                forced.append((*m.span(1), "NAME"))
    # "bay 3 this way", "762004 if it's in the way": a number before an everyday phrase ending in "way" is no street
    drop += [c for c in out if c[2] == "ADDRESS" and re.fullmatch(r"\d{1,6}[ \t]+(?:[a-z'’]+[ \t]+){1,4}way\.?", text[c[0]:c[1]])]
    if drop:
        out = [c for c in out if c not in drop]
    return _with_forced(out, forced) if forced else out


# --- round 40 (blind39, spent; nothing was fitted on it before) ------------------------------------------------------
# Format families blind39 missed, each written as a shape (values in tests/test_phi_round40.py are new):
# - ADDRESS: a "PO Box 12, " or "Box 12, " lead before a numbered street (a US ", ST 12345" tail is joined at the end,
#   `_address_with_us_tail`); a Horn-of-Africa chain of numbered parts (Road 7, House 52, Street 170-2, Block 3) between a
#   district name (or a landmark "near the ...") and the town; a Basque street (kalea, etorbidea, hiribidea ...)
#   with its number, floor and side ("2. esk.") and "20002 Town".
# - DATE: Basque dates (1931ko martxoaren 4a); a day and month with a Roman-numeral year (9 July MCMXXXV).
# - ID: a letter prefix in front of an id's digits (railcard "ABC 1234 5678 90", Basque TIS "ABCD 123456 X 01"); a
#   driving licence after "DL is/:" wins over an address read; a membership or register number; a UK prison number.
# - PHONE: a text-relay prefix (18001 / 18002) before the number is part of it.
# - DEVICE: home devices after their noun (tonometer, sleep position trainer, seizure watch, pager, insoles, helmet,
#   flasher; 电针仪, 头盔), the serial right after "is", ":" or ",": it wins over a phone or record read of part of it.
# - MRN: a hospital's own card ("XGH card XGH-19/0871", "hospital card"); 健康档案编号.
# - VEHICLE: a plate before "plates" ("his truck with 11-4821 plates"), after a pickup / truck ", ".
# - NAME: "Name's X Y" keeps "Name's" out; a Chinese full name before 老先生 / 老太太 keeps 老 out; a full name after
#   帮 / 替 and a relative or group phrase (外母, 隔壁屋, 我们组的, 服务的老人) and before the errand (问, 打, 登记, 约).
# Look-alikes kept clean: a bus route, a dose (100 mg), a version, a LOT code, "Ward 5, Bed 3", a city and state alone.
_R40_BOX_LEAD = re.compile(r"(?:\b(?:P\.?[ \t]?O\.?[ \t]+)?(?i:box)[ \t]+\d{1,6},[ \t]+)$")
_R40_NUM_PART = r"(?i:road|rd|street|st|house|block|plot|zone|kebele|sector|section|lane|avenue|compound|building|flat)\.?[ \t]+\d{1,4}(?:-\d{1,3})?[A-Za-z]?"
_R40_NAME_PART = (r"(?:\d{1,2}[ \t]+)?[" + _UPPER + r"][a-zà-ÿ'’][\w'’\-]*(?:[ \t]+(?:[" + _UPPER + r"][\w'’\-]*|district|area|village|quarter|"
                  r"neighbourhood|neighborhood|sub-?city|ward))*")
_R40_LANDMARK = r"(?i:near|behind|opposite|next[ \t]+to|beside)[ \t]+(?:the[ \t]+)?[a-z'’\-]+(?:[ \t]+[a-z'’\-]+){0,3}"
_R40_HORN_CHAIN = re.compile(
    r"(?<![\w'’\-])((?:" + _R40_NAME_PART + r",[ \t]+(?:" + _R40_LANDMARK + r",[ \t]+)?)?(?:" + _R40_NUM_PART + r",[ \t]+(?:" + _R40_NAME_PART +
    r",[ \t]+)?){1,3}" + r"(?:" + _R40_NUM_PART + r",[ \t]+)?" + r"[" + _UPPER + r"][\w'’\-]*(?:[ \t]+[" + _UPPER + r"][\w'’\-]*){0,2})(?![\w'’\-])")
_R40_BASQUE_ADDRESS = re.compile(
    r"(?<![\w\-])((?:[" + _UPPER + r"][\w'’\-]*[ \t]+){1,3}(?i:kalea|kalea|etorbidea|hiribidea|pasealekua|enparantza|plaza|bidea|errepidea|"
    r"auzoa|zeharkalea|aldapa|kalexka)[ \t]+\d{1,4}[A-Za-z]?(?:,[ \t]+\d{1,2}\.?[ \t]*(?:(?i:ezk|esk|eskuina|ezkerra|erdia|[A-H]))?\.?)?"
    r"(?:,[ \t]+\d{5}[ \t]+[" + _UPPER + r"][\w'’\-]*(?:[ \t]+[" + _UPPER + r"][\w'’\-]*)?)?)(?![\w\-])")
_R40_BASQUE_MONTHS = r"(?:urtarrilaren|otsailaren|martxoaren|apirilaren|maiatzaren|ekainaren|uztailaren|abuztuaren|irailaren|urriaren|azaroaren|abenduaren)"
_R40_BASQUE_DATE = re.compile(r"(?<![\w\-])((?:1[89]|20)\d\d(?:ko|-ko)[ \t]+(?i:" + _R40_BASQUE_MONTHS + r")[ \t]+\d{1,2}(?:a|an|ean)?)(?![\w\-])")
_R40_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|"
              r"Dec(?:ember)?)\.?")
_R40_ROMAN_YEAR = r"M{1,2}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_R40_ROMAN_DATE = re.compile(r"(?<![\w\-])((?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?" + _R40_MONTH + r"|" + _R40_MONTH + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?)"
                             r",?[ \t]+" + _R40_ROMAN_YEAR + r")(?![\w\-])")
_R40_ID_PREFIX_STOP = {"TIS", "DL", "ID", "NHS", "MRN", "SSN", "NI", "NIN", "PPS", "CHI", "HSE", "DOB", "NO", "REF", "LOT", "THE", "AND", "FOR",
                       "CARD", "TEL", "FAX", "SN", "IMEI", "MAC", "VIN", "REG", "EXP", "PIN", "UCI", "BSN", "NIF", "NIE", "DNI", "CPF", "HKID"}
_R40_ID_PREFIX = re.compile(r"(?<![\w\-])([A-Z]{3,4})[ \t]+$")
_R40_DL = re.compile(r"(?<![\w\-])(?:DL|(?i:driver'?s?[ \t]+licen[cs]e|driving[ \t]+licen[cs]e))(?:[ \t]+(?i:no\.?|number|#))?(?:[ \t]*:|[ \t]+(?:is|was))[ \t]+"
                     r"((?=[A-Z0-9\-]*\d)[A-Z0-9]{1,4}(?:[\- ]?[A-Z0-9]{2,9}){0,3})(?![\w\-])")
_R40_MEMBERSHIP = re.compile(r"(?i:\b(?:membership|member(?:ship)?[ \t]+(?:no\.?|number)|(?:donor|organ[ \t]+donor)[ \t]+(?:register|registration|card)"
                             r"(?:[ \t]+(?:no\.?|number))?|register[ \t]+(?:no\.?|number)))(?:[ \t]*:|[ \t]+(?:is|was))?[ \t]+"
                             r"((?=[A-Z0-9 \-]*\d)(?:[A-Z]{1,4}-?\d{4,10}|\d{3,4}(?:[ \t]\d{2,4}){1,3}|\d{6,12}))(?![\w\-])")
_R40_PRISON = re.compile(r"(?i:\bprison(?:er)?[ \t]+(?:no\.?|number|id))(?:[ \t]*:|[ \t]+(?:is|was))?[ \t]+([A-Z]\d{4}[A-Z]{2})(?![\w\-])")
_R40_RELAY = re.compile(r"(?<![\d+])(1800[12][ \t]+0\d{2,4}[ \t]?\d{3}[ \t]?\d{3,4})(?!\d)")
_R40_DEVICE_NOUN = re.compile(r"(?i:\b(?:(?:home[ \t]+)?tonometer|sleep[ \t]+position[ \t]+trainer|seizure[ \t]+(?:watch|alarm|monitor|mat)|"
                              r"(?:vibrating[ \t]+)?pager|pressure[ \t]+insoles?|(?:epilepsy|soft|protective)[ \t]+helmet|helmet|"
                              r"doorbell[ \t]+flasher|flasher|gas[ \t]+monitor)\b)")
_R40_DEVICE_AFTER = re.compile(r"(?:[ \t]*[:,(]|[ \t]+(?:is|was|numbered|number|no\.?|serial|s/n))*[ \t]*"
                               r"((?=[A-Z0-9\-]*\d)(?=[A-Z0-9\-]*[A-Z])[A-Z][A-Z0-9]{1,8}(?:-[A-Z0-9]{1,10}){1,3})(?![\w\-/])")
_R40_ZH_DEVICE = re.compile(r"(?:电针仪|头盔|治疗仪|理疗仪|按摩仪|血压计|血糖仪|助听器)(?:的)?(?:编号|序号|序列号|机身号)?[：:是为 \t]*"
                            r"((?=[A-Z0-9\-]*\d)[A-Z][A-Z0-9]{0,5}(?:-[A-Z0-9]{1,8}){1,3})(?![A-Za-z0-9\-])")
_R40_HOSP_CARD = re.compile(r"(?<![\w\-])(?:([A-Z]{1,4}H)[ \t]+card|(?i:hospital[ \t]+card))(?:[ \t]+(?i:no\.?|number))?(?:[ \t]*:|[ \t]+(?:is|was))?[ \t]+"
                            r"([A-Z]{2,5}[\-/ ]?\d{2,4}(?:[\-/]\d{2,8}){0,2})(?![\w\-/])")
_R40_ZH_MRN = re.compile(r"(?:健康档案|健康卡)(?:编号|号码|号)[：:是为 \t]*((?=[A-Z0-9\-]*\d)[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,24})(?![A-Za-z0-9\-])")
_R40_PLATE_BEFORE = re.compile(r"(?i:\b(?:with|on|has|got|wearing))[ \t]+(?:(?:[A-Z][a-z]+|old|new|the)[ \t]+){0,2}(\d{1,3}-\d{3,5}|[A-Z0-9]{1,3}[ \t]\d{3,5})"
                               r"[ \t]+(?i:plates?)\b")
_R40_PLATE_AFTER_VEHICLE = re.compile(r"(?i:\b(?:pickup|pick-up|truck|ute|van|car|jeep|suv))(?:[ \t]+truck)?,[ \t]+(\d{1,3}-\d{3,5}|[A-Z]{1,3}[ \t\-]\d{3,5})"
                                      r"(?![\w\-])(?![ \t]*(?i:mg|ml|km|miles|mph|kg)\b)")
_R40_NAME_ON_THING = re.compile(r"(?:[ \t]+and[ \t]+[" + _UPPER + r"][\w'’\-]*(?:[ \t]+[" + _UPPER + r"][\w'’\-]*){0,2})?[ \t]+"
                                r"(?i:posters?|portraits?|statues?|busts?|paintings?|prints?|plaques?|murals?|quotes?)\b")
_R40_ROLE_NAME = re.compile(r"(?i:\b(?:my|our|his|her|their)[ \t]+(?:old[ \t]+|new[ \t]+|late[ \t]+)?(?:partner|operator|colleague|workmate|"
                            r"amona|aitona|amama|aita|ama|boarder|pupil|tenant|lodger|neighbour|neighbor|flatmate|housemate)|"
                            r"\bone[ \t]+of[ \t]+our[ \t]+(?:boarders|pupils|residents|tenants|operators|drivers|staff),)[ \t]+"
                            r"([" + _UPPER + r"][" + _LETTER + r"'’\-]+(?:[ \t]+[" + _UPPER + r"][" + _LETTER + r"'’\-]+){1,2})(?=[ \t]*[,.;:(]|[ \t]+(?:is|was|has|had|got|drove|"
                            r"came|went|lives|boards|needs|wants|asked|who|from)\b)")
_R40_HERE_NAME = re.compile(r"(?i:\bhere),[ \t]+([" + _UPPER + r"][" + _LETTER + r"'’\-]+(?:[ \t]+[" + _UPPER + r"][" + _LETTER + r"'’\-]+){1,2})"
                            r"(?=[.,][ \t]+(?i:writing|typing|asking|ringing|calling|emailing|here|the|i|my)\b)")
_R40_ZH_OLD_PLATE = re.compile(r"(?:旧牌|旧车牌|临牌|新牌)[：:是为 \t]*((?=[A-Z0-9\-]*\d)[A-Z0-9]{1,3}-\d{3,5})(?![A-Za-z0-9\-])")
# blind40 families: "details of X Y for the file" / "about X Y:"; a licence, permit or consent value; an insured-person
# number; a named day with its year (Boat Race day 1933, Dasara 2025); "no relation to X Y" names a famous namesake.
_R40_DETAILS_NAME = re.compile(r"(?i:\b(?:details|particulars|record|notes)[ \t]+(?:of|for)|\babout)[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?"
                               r"([" + _UPPER + r"][" + _LETTER + r"'’\-]+(?:[ \t]+[" + _UPPER + r"][" + _LETTER + r"'’\-]+){1,2})"
                               r"(?=[ \t]+for[ \t]+the[ \t]+(?:file|record|notes)\b|[ \t]*:)")
_R40_LICENCE = re.compile(r"(?i:\b(?:licen[cs]e|permit|consent))(?:[ \t]+(?i:no\.?|number))?(?:[ \t]*:|[ \t]+(?:is|was))?[ \t]+"
                          r"([A-Z]{1,4}(?:[ \t\-]?\d{2}/\d{3,6}|-\d{4,8}|[ \t]\d{4,8})|[A-Z]{2,5}(?:/[A-Z0-9]{2,6}){2,4})(?![\w\-/])")
_R40_INSURED = re.compile(r"(?:\b[A-Z]{2,6}[ \t]+IP|(?i:insured[ \t]+person))[ \t]+(?i:no\.?|number)(?:[ \t]*:|[ \t]+is)?[ \t]+(\d{8,12})(?!\d)")
_R40_NAMED_DAY = re.compile(r"(?i:\b(?:born|birth|dob|d\.o\.b\.?|on|since|from)[ \t:]+)((?:[A-Z][a-z][\w'’]*[ \t]+){1,3}[Dd]ay[ \t]+(?:18|19|20)\d\d|"
                            r"(?:Dasara|Dussehra|Diwali|Deepavali|Holi|Eid|Onam|Pongal|Ugadi|Easter|Christmas|Vesak|Hogmanay)[ \t]+(?:18|19|20)\d\d)(?!\d)")
_R40_NO_RELATION = re.compile(r"(?i:\bno[ \t]+relation[ \t]+to|\bnamed[ \t]+after|\bsame[ \t]+name[ \t]+as)[ \t]+(?:the[ \t]+)?$")
_R40_NAMES_LEAD = re.compile(r"(?i:name['’]s)[ \t]+")
_R40_ZH_ERRAND_NAME = re.compile(r"(?:帮|替|给|为)(?:我|我们)?(?:外母|外父|外婆|外公|隔篱屋|隔壁屋|隔壁|邻居|[\u4e00-\u9fff]{1,4}的(?:老人)?)"
                                 r"(" + _R36_ZH_NAME3 + r")(?=问|打|登记|约|办|查|预约|挂号|拿|写|填|报名|申请|咨询|交)")
_R40_ZH_CLIENT_NAME = re.compile(r"(?:老顾客|顾客|客人|老人|邻居|街坊|病人|患者|学员|会员)(" + _R36_ZH_NAME3 + r")"
                                 r"(?=老先生|老太太|先生|女士|阿姨|大爷|大妈|奶奶|爷爷|老师)")


def _round40_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 40 families (see above): forced spans win over what they overlap; look-alikes are dropped."""
    forced: list[tuple[int, int, str]] = []
    drop: list[tuple[int, int, str]] = []

    zh = bool(re.search(r"[" + _CJK + r"]", text))
    # ADDRESS: a US tail and a box lead around an address read already
    for s, e, k in out:
        if k != "ADDRESS":
            continue
        s2, e2 = s, e
        lead = _R40_BOX_LEAD.search(text, max(0, s - 20), s)
        if lead and re.match(r"\d", text[s:e]):
            s2 = lead.start()
        if (s2, e2) != (s, e):
            forced.append((s2, e2, "ADDRESS"))
    for m in _R40_HORN_CHAIN.finditer(text):
        value = m.group(1)
        parts = [p.strip() for p in value.split(",")]
        numbered = [p for p in parts if re.fullmatch(_R40_NUM_PART, p)]
        if len(parts) < 3 or not numbered or re.search(r"(?i:\b(?:ward|bed|bay|room|level|floor|gate|chair|table)\b)", value):
            continue
        if len(numbered) < 2 and not re.search(r"(?i:\bhouse[ \t]+\d)", value):
            continue
        if not re.fullmatch(r"[" + _UPPER + r"][\w'’\-]*(?:[ \t]+[" + _UPPER + r"][\w'’\-]*){0,2}", parts[-1]) or parts[-1].split()[0].lower() in _NOT_NAMES:
            continue
        s = m.start(1)
        # a cue word before the district's name ("Post to X Y, ...") is not part of it
        first = re.search(r"(?:^|[ \t])((?:\d{1,2}[ \t]+)?[" + _UPPER + r"][^,]*)$", parts[0]) if not re.fullmatch(_R40_NUM_PART, parts[0]) else None
        if first:
            words = parts[0].split()
            while words and (words[0].lower() in _NOT_NAMES or words[0].lower() in ("post", "send", "address", "current", "home")):
                words = words[1:]
            if not words:
                continue
            s = m.start(1) + value.index(" ".join(words)) if " ".join(words) in value else s
        # a person's name before the chain is not its district ("X Y, House 14, ...")
        if first and any(k == "NAME" and cs <= s < ce for cs, ce, k in out):
            s = m.start(1) + len(value.split(",")[0]) + 1
            s += len(text[s:]) - len(text[s:].lstrip())
        # an address read already that runs past this one on either side stands
        if not _overlaps_kinds(out, s, m.end(1), ("EMAIL", "URL", "IP")) and not any(
                k in ("ADDRESS", "ZIP") and cs < m.end(1) and s < ce and (cs < s or ce > m.end(1)) for cs, ce, k in out):
            forced.append((s, m.end(1), "ADDRESS"))
    for m in _R40_BASQUE_ADDRESS.finditer(text):
        if "," in m.group(1):
            forced.append((*m.span(1), "ADDRESS"))
    # DATE
    forced += [(*m.span(1), "DATE") for m in _R40_BASQUE_DATE.finditer(text)]
    forced += [(*m.span(1), "DATE") for m in _R40_ROMAN_DATE.finditer(text)]
    # ID: a letter prefix before an id's digits
    for s, e, k in out:
        if k in ("ID", "SSN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "PHONE") and re.match(r"\d", text[s:e]):
            p = _R40_ID_PREFIX.search(text, max(0, s - 6), s)
            # the prefix is part of a grouped value (ABC 1234 5678 90, ABCD 123456 X 01), after a label, not the label itself
            if p and p.group(1) not in _R40_ID_PREFIX_STOP and re.search(r"\d[ \t]+[A-Z0-9]", text[s:e]) and re.search(
                    r"(?:(?i:\bno\.?|\bnumber|\bis|\bwas)|:|\)|\b[A-Z]{2,5})[ \t]*$", text[max(0, p.start() - 12):p.start()]):
                forced.append((p.start(1), e, "ID" if k == "PHONE" else k))
    for regex, kind in ((_R40_DL, "LICENSE"), (_R40_MEMBERSHIP, "ID"), (_R40_PRISON, "ID")):
        for m in regex.finditer(text):
            if not _overlaps_kinds(out, *m.span(1), ("EMAIL", "URL", "IP", "DATE")):
                forced.append((*m.span(1), kind))
    # PHONE
    forced += [(*m.span(1), "PHONE") for m in _R40_RELAY.finditer(text)]
    # DEVICE
    for cue in _R40_DEVICE_NOUN.finditer(text):
        m = _R40_DEVICE_AFTER.match(text, cue.end())
        if m and not re.search(r"(?i:\b(?:lot|ref|exp|batch|model|version|size)\b)", text[cue.end():m.start(1)]) and \
                not _overlaps_kinds(out, *m.span(1), ("EMAIL", "URL", "IP")):
            forced.append((*m.span(1), "DEVICE"))
    # MRN
    for m in _R40_HOSP_CARD.finditer(text):
        if m.group(1) is None or m.group(2).startswith(m.group(1)):
            forced.append((*m.span(2), "MRN"))
    # VEHICLE
    for regex in (_R40_PLATE_BEFORE, _R40_PLATE_AFTER_VEHICLE):
        for m in regex.finditer(text):
            if not _overlaps_kinds(out, *m.span(1), ("EMAIL", "URL", "IP", "DATE", "ADDRESS")):
                forced.append((*m.span(1), "VEHICLE"))
    # NAME
    for s, e, k in out:
        if k != "NAME":
            continue
        lead = _R40_NAMES_LEAD.match(text, s)
        if lead and e > lead.end():
            drop.append((s, e, k))
            forced.append((lead.end(), e, "NAME"))
        if not zh and _R40_NAME_ON_THING.match(text, e):
            drop.append((s, e, k))  # "X and Y posters": a name on a thing, not a person here
        if zh and text[e - 1:e] == "老" and re.match(r"先生|太太|太|伯|爷子", text[e:e + 2]) and e - s >= 3:
            drop.append((s, e, k))
            forced.append((s, e - 1, "NAME"))
    for regex in (_R40_ROLE_NAME, _R40_HERE_NAME):
        for m in regex.finditer(text):
            name = m.group(1)
            if _r17_name_ok(name) and not any(w.lower() in _NOT_NAMES or w.lower() in _NEVER_IN_NAMES for w in name.split()) and \
                    not _overlaps_kinds(out, *m.span(1), ("ADDRESS", "EMAIL", "URL", "ID", "MRN", "DEVICE")):
                forced.append((*m.span(1), "NAME"))
    for m in _R40_DETAILS_NAME.finditer(text):
        name = m.group(1)
        if _r17_name_ok(name) and not any(w.lower() in _NOT_NAMES or w.lower() in _NEVER_IN_NAMES for w in name.split()) and \
                not _overlaps_kinds(out, *m.span(1), ("ADDRESS", "EMAIL", "URL", "ID", "MRN", "DEVICE")):
            forced.append((*m.span(1), "NAME"))
    for m in _R40_LICENCE.finditer(text):
        # an id read of the whole value stands (personal licence PL/...); one of its tail only gives way (BML 19/11862)
        if not _overlaps_kinds(out, *m.span(1), ("EMAIL", "IP", "DATE", "PHONE")) and not any(
                k in ("ID", "LICENSE", "SSN", "HEALTH_PLAN", "ACCOUNT") and cs <= m.start(1) and m.end(1) <= ce for cs, ce, k in out):
            forced.append((*m.span(1), "LICENSE"))
    forced += [(*m.span(1), "ID") for m in _R40_INSURED.finditer(text)]
    forced += [(*m.span(1), "DATE") for m in _R40_NAMED_DAY.finditer(text)]
    drop += [c for c in out if c[2] == "NAME" and _R40_NO_RELATION.search(text, max(0, c[0] - 30), c[0])]
    if zh:
        forced += [(*m.span(1), "VEHICLE") for m in _R40_ZH_OLD_PLATE.finditer(text)]
        forced += [(*m.span(1), "DEVICE") for m in _R40_ZH_DEVICE.finditer(text)]
        forced += [(*m.span(1), "MRN") for m in _R40_ZH_MRN.finditer(text)]
        for m in list(_R40_ZH_ERRAND_NAME.finditer(text)) + list(_R40_ZH_CLIENT_NAME.finditer(text)):
            if not _overlaps_kinds(out, *m.span(1), ("ADDRESS", "DATE", "EMAIL", "URL", "VEHICLE", "ID", "MRN")):
                forced.append((*m.span(1), "NAME"))
    if drop:
        out = [c for c in out if c not in drop]
    return _with_forced(out, forced) if forced else out


# --- round 42 (blind41, spent; nothing was fitted on it before) ------------------------------------------------------
# Format families blind41 missed, each written as a shape with its cue (values in tests/test_phi_round42.py are new):
# - VEHICLE: a plate after "the car's / van's / reg's" (the contracted "is"), in the older and foreign shapes too
#   (digits then letters "880 GWF", a year letter first "S 294 WLT", "1TZ 1QZ"); "the car's 10 years old" stays clean.
# - ID: a card, licence or reference number after its label with a filler between ("Senior Railcard no. here, ...",
#   "Nebraska licence, it's ...", "BRP no.: ...", "smartcard number is ..."); a government or lender reference
#   (Home Office, student-loan customer ref) is an ID, not a hospital number; "<Name>'s is ABC-1234" after a society
#   or club number; a Chinese certificate or school-roll number (潜水证号（PADI）..., 学籍号 ...).
# - DEVICE: a serial after "SN" / "S/N" with a colon, the Chinese "…上写着SN：" included, wins over a record or phone read.
# - DATE: a year with a named holiday (1950年国庆节, 1962年劳动节, 六一儿童节, 小年) as a birth or stay date (before 出生 / 生的,
#   after 出生日期 / 生于; "2026年春节门诊开不开" is no one's date); a named day with its year after a birth cue
#   with "is" ("DOB is D-Day 1944", "born on VE Day 1945").
# - NAME: a team or in-law role before a full name ("our keeper X Y", "our captain is X Y", "one of our team, X Y,",
#   "my brother-in-law X Y"); "a X Y, hospital no." (someone unknown named by a letter); a full name followed by a
#   comma and a record label ("X Y, DOB ...", "X Y, clinic at 10:40", "X Y, Victorian licence no."); a name's
#   possessive before "hospice care / funeral / appeal page". Chinese: a full name with a rare surname (寻 畅 栗 练
#   植 劳 原 茹 ...) after a strong cue (病人是, 名字是/叫, 佢叫, 孩子, 工友, 我先生, 我爸 ...) or before 是我+relative,
#   or before 女士 / 先生; an errand verb after a name (…郭某某问) is not part of it.
# - ADDRESS: a US house number before "Avenue N" or "4th Avenue North" belongs to the address.
# Look-alikes kept clean: a hospital bed location (5号楼7层23床), "the Sister X appeal / statue", a bus route, a version,
# "the car's in bay 4", a LOT code, a dose.
_R42_PLATE = (r"(?:[A-Z]{2}\d{2}[ \t]?[A-Z]{3}|\d[A-Z]{2}[ \t\-]?\d[A-Z]{2}|[A-Z][ \t]?\d{1,3}[ \t][A-Z]{3}|[A-Z]{1,3}[ \t\-]?\d{1,4}(?:[ \t\-]?[A-Z]{1,3})?|"
              r"\d{1,4}[ \t\-]?[A-Z]{1,3})")
_R42_CAR_IS = re.compile(r"(?i:\b(?:car|van|truck|lorry|motorbike|motorcycle|vehicle|campervan|motorhome|pickup|jeep|taxi|reg|registration|plate|"
                         r"number[ \t]+plate))(?:['’]s|[ \t]+is|[ \t]+was)[ \t]+(" + _R42_PLATE + r")(?![\w\-])(?![ \t]*(?i:years?|months?|miles?|mph|km|"
                         r"minutes?|mins?|hours?|days?|weeks?|seats?|doors?|spaces?|bays?|quid|pounds?)\b)")
_R42_ID_NOUN = (r"(?:(?i:rail[ \t]?card|licen[cs]e|smart[ \t]?card|permit|pass|badge|customer[ \t]+ref(?:erence)?|membership|card|"
                r"(?:home[ \t]+office|dwp|hmrc|dvla|council|visa|immigration|student[ \t]+loan)[ \t]+ref(?:erence)?)|BRP)")
_R42_ID_LABEL = re.compile(r"(?<![\w\-])(?:[A-Z][\w'’]*[ \t]+){0,3}" + _R42_ID_NOUN + r"(?:[ \t]+(?i:no\.?|number|#))?"
                           r"(?:[ \t]+(?i:here|too|below|again))?(?:[ \t]*[:,][ \t]*|[ \t]+)(?:(?i:it['’]s|it[ \t]+is|is|was)[ \t]+)?"
                           r"((?=[A-Z0-9 \-]*\d{3})(?:\d{4}(?:[ \t]\d{4}){3}|\d{4}[ \t]\d{6}|[A-Z]{1,3}\d{4,10}|\d{8,12}|[A-Z]{2,5}-\d{3,8}))(?![\w\-/]|\.\w)")
# labels that name a government body or lender: their reference is an ID, never a hospital number
_R42_NOT_HOSPITAL = re.compile(r"(?i:home[ \t]+office|slc|student[ \t]+loan|dvla|hmrc|dwp|council|passport|visa|immigration|customer[ \t]+ref|"
                               r"railcard|licen[cs]e|smart[ \t]?card|brp|sia)")
_R42_HOSPITAL_LABEL = re.compile(r"(?i:hospital|nhs|clinic|patient|mrn|chi|unit|ward|case|medical|record|appointment|booking|referral|lot|batch|order)")
_R42_POSS_ID = re.compile(r"(?i:\b(?:society|club|association|union|league|federation|register)[ \t]+(?:no\.?|number|numbers|id|card)s?)[^.!?\n]{0,12}?[.,;:]?[ \t]+"
                          r"([" + _UPPER + r"][" + _LETTER + r"'’\-]+(?:[ \t]+[" + _UPPER + r"][" + _LETTER + r"'’\-]+){1,2})['’]s[ \t]+(?:is|was)[ \t]+"
                          r"((?=[A-Z0-9\-]*\d)[A-Z]{2,6}-?\d{3,8})(?![\w\-])")
_R42_ZH_CERT = re.compile(r"(?:证号|证号码|证编号|证件号|学籍号|学号|会员号|执照号)(?:[（(][A-Za-z\u4e00-\u9fff ]{1,12}[)）])?[：:是为 \t]*"
                          r"((?=[A-Z0-9\-]*\d{4})[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,24})(?![A-Za-z0-9\-])")
_R42_SN = re.compile(r"(?<![A-Za-z])(?:SN|S/N)[ \t]*[：:][ \t]*((?=[A-Z0-9\-]*\d)(?=[A-Z0-9\-]*[A-Z])[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,24})(?![A-Za-z0-9\-])")
_R42_ZH_HOLIDAY = re.compile(r"((?:18|19|20)\d\d年(?:的)?(?:国庆节|国庆|劳动节|五一劳动节|五一|六一儿童节|儿童节|六一|元旦|春节|除夕|元宵节|端午节|中秋节|"
                             r"重阳节|清明节|七夕|腊八|冬至|三八妇女节|妇女节|教师节|建军节|建党节|圣诞节|大年初一|正月初一|小年|"
                             # round 48: the old spring festivals and the Hong Kong deities' birthdays
                             r"寒食节|寒食|清明|上巳节|上巳|花朝节|花朝|龙抬头|(?:二月二|三月三|五月五|七月七|九月九)(?![十日号\d])|中元节|盂兰节|下元节|佛诞|浴佛节|观音诞|谭公诞|天后诞|妈祖诞|关帝诞|车公诞|北帝诞|土地诞))")
# a birth (or a stay) on that day, not a holiday's opening hours ("2026年春节门诊开不开")
_R42_ZH_HOLIDAY_AFTER = re.compile(r"(?:那天)?(?:出生|出世|生的|生|住的院|住院|入院)")
_R42_ZH_HOLIDAY_BEFORE = re.compile(r"(?:出生日期|生日|生于|出生于|出世)(?:是|为|系|：|:)?[ \t]*$")
_R42_NAMED_DAY_EN = re.compile(r"(?i:\b(?:born|birth(?:day)?|dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth)(?:[ \t]+(?:is|was|on))*[ \t:]+(?:on[ \t]+)?)"
                               r"((?:D-Day|VE[ \t\-]Day|VJ[ \t\-]Day|V-E[ \t]Day|V-J[ \t]Day|Armistice[ \t]Day|Anzac[ \t]Day|Bastille[ \t]Day|"
                               r"Independence[ \t]Day|Thanksgiving(?:[ \t]Day)?|New[ \t]Year['’]s[ \t](?:Day|Eve)|Christmas[ \t](?:Day|Eve)|"
                               r"Boxing[ \t]Day|Hallowe['’]?en|Guy[ \t]Fawkes[ \t](?:Night|Day)|Bonfire[ \t]Night|St[ \t]Patrick['’]s[ \t]Day|"
                               r"Burns[ \t]Night|Valentine['’]?s[ \t]Day)[ \t,]+(?:18|19|20)\d\d)(?!\d)")
_R42_FULL = r"[" + _UPPER + r"][" + _LETTER + r"'’\-]+(?:[ \t]+[" + _UPPER + r"][" + _LETTER + r"'’\-]+){1,2}"
_R42_ROLE_NAME = re.compile(r"(?i:\b(?:my|our|his|her|their)[ \t]+(?:(?:goal)?keeper|captain|skipper|vice-captain|coach|goalie|scorer|umpire|"
                            r"team-?mate|(?:brother|sister|mother|father|son|daughter)-in-law|step(?:dad|mum|mom|son|daughter|father|mother)|"
                            r"godmother|godfather|god(?:son|daughter)|lodger|carer|driver)(?:[ \t]+(?:is|was))?|\bone[ \t]+of[ \t]+our[ \t]+"
                            r"(?:team|squad|side|crew|lads|girls|players|members),)[ \t]+(" + _R42_FULL + r")(?=[ \t]*[,.;:!?)]|[ \t]*$|[ \t]+(?:is|was|has|had|"
                            r"got|caught|fell|cut|came|went|lives|needs|wants|asked|who|from|and|said|tore|broke|hurt|twisted)\b)")
_R42_A_NAME = re.compile(r"(?i:\b(?:for|to|from|about|addressed[ \t]+to)[ \t]+an?)[ \t]+((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?" + _R42_FULL + r")"
                         r"(?=[ \t]*,[ \t]*(?i:hospital|nhs|mrn|dob|d\.o\.b|born|date[ \t]+of[ \t]+birth|patient|clinic|appointment))")
_R42_NAME_LABEL = re.compile(r"(?:^|(?<=[.:;!?\n][ \t])|(?<=[.:;!?\n])|(?<=[:][ \t]))(" + _R42_FULL + r"),[ \t]+(?=(?i:dob\b|d\.o\.b|born\b|date[ \t]+of[ \t]+birth|"
                             r"hospital[ \t]+(?:no|number)|nhs[ \t]+(?:no|number)|mrn\b|clinic[ \t]+at|appointment[ \t]+at|aged[ \t]+\d|mobile\b|"
                             r"(?:[A-Z][a-z]+[ \t]+){0,2}licen[cs]e[ \t]+no))")
_R42_POSS_ERRAND = re.compile(r"(?i:\b(?:for|towards|to)[ \t]+)(" + _R42_FULL + r")['’]s[ \t]+(?=(?i:hospice|funeral|cancer|treatment|care|operation|"
                              r"memorial|wake|send-off|recovery|fundraiser|appeal[ \t]+page)\b)")
_R42_ZH_RARE = "寻畅栗练植劳原茹鞠綦郗暴帅逄扈冀郇揭晁宓蒯隗郦雍璩桓仉訾阙钭蔚戈危官利楼睢"  # 危官利: round 47; 楼睢: round 48
_R42_ZH_WORD = (r"(?:原来|原因|原本|原先|原价|原地|原件|原始|原则|劳动|劳累|劳务|植物|植入|植牙|寻找|练习|练功|畅通|暴雨|暴躁|帅气|揭开|戈壁|"
                r"蔚蓝|桓仁|楼上|楼下|楼层|楼梯|楼道|楼房|楼顶|楼主)")
_R42_ZH_NAME3 = (_ZH_NOT_NAME + r"(?!" + _R36_ZH_WORD_START + r"|" + _R42_ZH_WORD + r")(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _R36_ZH_ALL_SURNAMES +
                 _R42_ZH_RARE + r"])" + _R36_ZH_GIVEN + r"(?:" + _R36_ZH_GIVEN + r"|(?<![出学医先发产卫陌人一新考师男女])生)")
_R42_ZH_CUE_NAME = re.compile(r"(?:病人是|病人系|患者是|患者系|病人叫|患者叫|名字是|名字叫|名叫|全名是|佢叫|他叫|她叫)(" + _R42_ZH_NAME3 + r")"
                              r"(?![" + _CJK + r"]{0,1}(?:医生|护士|老师|科|院|路|街|镇|村|市|区))")
# after a relative or workmate ("我老公X", "孩子X", "工友X") a body, time or activity word can follow as well ("我老公左胳膊",
# "孩子高考前", "我爸华法林"): for every round-42 Chinese name both given characters must be ones names are made of
_R42_ZH_KIN_CUE_NAME = re.compile(r"(?:孩子|工友|我先生|我老公|我爸|我妈|我老婆|我太太|我丈夫|我妻子|老公|老婆)(" + _R42_ZH_NAME3 + r")"
                                  r"(?![" + _CJK + r"]{0,1}(?:医生|护士|老师|科|院|路|街|镇|村|市|区))")
_R42_ZH_GIVEN_COMMON = set(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力林峰斌鹏波宇浩凯健俊帆旭宁龙飞鑫晨阳佳嘉琪欣怡婷"
    "雪慧颖琳晶倩莉燕凤梅琴云莲珍贞淑惠珠翠雅芝玲菊香月春夏秋冬荣国庆民海山江河东南西北志忠德福寿财贵根宝金银成功永"
    "全顺安康喜乐美好满仓昌盛兴旺振中正光耀祥瑞和一鸣炳添家豪润小巧松柏梓涵子轩博雨泽睿思诗梦晓婉婧妍媛姗茜蕾薇蓉"
    "芸菲露岚晴彤瑶璐璇珊琦瑾瑜瑛鹤鸿雁鹰虎麟骏驰腾达远航舟辰星宏伦亮彬炜烨焱煜森楠桐杉彪坤乾雄武毅坚铭锋钢锐钧锦"
    "绣丹青碧彩艺书清泉溪湘蓓蕊萱菁芬芹蓝娥妹姣娇媚婵嫦珂琼瑶璇佩环钰铮铃琛琨玮玥瑄璞杨桦槐樱桃杏荷莹萌蒙卿"
    "义礼仁智信孝勤俭朴实贤良才学斐耕田禾稼穗丰登新立树人生墨祖宗栋梁")
_R42_ZH_NAME_IS_KIN = re.compile(r"(?:^|(?<=[，,。.！!？?：:、 \t]))(" + _R42_ZH_NAME3 + r")(?=是我(?:的)?(?:" + _R36_ZH_KIN + r"|公公|婆婆|外婆|外公|舅舅|姑姑))")
_R42_ZH_RARE_HONOR = re.compile(r"([" + _R42_ZH_RARE + r"](?:" + _R36_ZH_GIVEN + r"){2})(?=女士|先生|小姐|老先生)")
_R42_ZH_BED = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:号楼|栋|楼)(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:层|楼)(?:[东西南北]区)?\d{1,3}(?:号)?床")
_R42_US_NUMBER = re.compile(r"(?<![\w\-/.])(\d{1,5}[A-Z]?[ \t]+)((?:\d{1,3}(?:st|nd|rd|th)[ \t]+)?)$")
_R42_US_STREET_START = re.compile(r"(?:(?:Avenue|Ave\.?|Street|St\.?|Road|Rd\.?|Place|Pl\.?|Court|Ct\.?|Drive|Dr\.?|Lane|Ln\.?)[ \t]+[A-Z]\b|"
                                  r"(?:Avenue|Ave\.?|Street|St\.?|Road|Rd\.?)[ \t]+(?:North|South|East|West|NE|NW|SE|SW)\b)")
_R42_NUMBER_LABEL = re.compile(r"(?i:\b(?:ward|bed|bay|room|bus|route|no\.?|number|gate|platform|level|floor|ext|extension|line|aged?|version|v)[ \t]*$)")
_R42_NAMED_THING = re.compile(r"[ \t]+(?i:appeal|fund|statue|memorial|ward|wing|unit|hospice|trust|foundation|lecture|centre|center|suite|room|house)\b")


def _r42_name_ok(name: str) -> bool:
    """A run of words round 42 may call a name: round 17's shape test, and no word the rules know is never a name."""
    return _r17_name_ok(name) and not any(w.lower() in _NOT_NAMES or w.lower() in _NEVER_IN_NAMES for w in name.split())


def _round42_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 42 families (see above): forced spans win over what they overlap; look-alikes are dropped."""
    forced: list[tuple[int, int, str]] = []
    drop: list[tuple[int, int, str]] = []

    zh = bool(re.search(r"[" + _CJK + r"]", text))
    # VEHICLE
    for m in _R42_CAR_IS.finditer(text):
        value = m.group(1)
        if re.search(r"\d", value) and re.search(r"[A-Z]", value) and not _overlaps_kinds(out, *m.span(1), ("EMAIL", "URL", "IP", "DATE", "VEHICLE")):
            forced.append((*m.span(1), "VEHICLE"))
    # ID
    for m in _R42_ID_LABEL.finditer(text):
        # the label and the words before it in the same sentence ("Booking ref: ...")
        label = re.split(r"[.!?;][ \t]", text[max(0, m.start() - 24):m.start()])[-1] + text[m.start():m.start(1)]
        if re.search(r"(?i:\b(?:lot|batch|model|version|order|booking|ward|bus|room|bed)\b)", label) or _overlaps_kinds(out, *m.span(1), ("EMAIL", "URL", "IP", "DATE")):
            continue
        authority = _R42_NOT_HOSPITAL.search(label)
        if _R42_HOSPITAL_LABEL.search(label) and not authority:
            continue
        # a read already there stands (a card's account number, a licence, an id with its check letter "(9)"), but a
        # phone or name read of the value, or a hospital-number read under a government or lender's label, gives way
        if any(c[0] < m.end(1) and m.start(1) < c[1] and not (c[2] in ("PHONE", "NAME", "AGE") or (c[2] == "MRN" and authority)) for c in out):
            continue
        forced.append((*m.span(1), "LICENSE" if re.search(r"(?i:licen[cs]e)", label) else "ID"))
    for m in _R42_POSS_ID.finditer(text):
        if _r42_name_ok(m.group(1)):
            forced.append((*m.span(1), "NAME"))
        forced.append((*m.span(2), "ID"))
    # DEVICE
    for m in _R42_SN.finditer(text):
        if not _overlaps_kinds(out, *m.span(1), ("EMAIL", "URL", "IP")):
            forced.append((*m.span(1), "DEVICE"))
    # DATE
    forced += [(*m.span(1), "DATE") for m in _R42_NAMED_DAY_EN.finditer(text)]
    # NAME (Latin script)
    for regex in (_R42_ROLE_NAME, _R42_A_NAME, _R42_NAME_LABEL, _R42_POSS_ERRAND):
        for m in regex.finditer(text):
            s, e = m.span(1)
            name = re.sub(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+", "", m.group(1))
            s = e - len(name)
            if _r42_name_ok(name) and not _overlaps_kinds(out, s, e, ("ADDRESS", "EMAIL", "URL", "ID", "MRN", "DEVICE", "VEHICLE", "NAME")) and \
                    not _R42_NAMED_THING.match(text, e):
                forced.append((s, e, "NAME"))
    # a name that names a thing ("the Sister X appeal", "the X statue"): no person here
    for s, e, k in out:
        if k == "NAME" and not zh and _R42_NAMED_THING.match(text, e) and re.search(
                r"(?i:\bthe[ \t]+(?:(?:sister|saint|st\.?|sir|dame|lady|lord|king|queen|prince|princess)[ \t]+)?)$", text[max(0, s - 20):s]):
            drop.append((s, e, k))
    # ADDRESS: a US house number before "Avenue N" / "4th Avenue North"
    for s, e, k in out:
        if k != "ADDRESS":
            continue
        lead = _R42_US_NUMBER.search(text, max(0, s - 16), s)
        if lead and (lead.group(2) or _R42_US_STREET_START.match(text, s)) and not _R42_NUMBER_LABEL.search(text, max(0, lead.start() - 12), lead.start()):
            forced.append((lead.start(1), e, "ADDRESS"))
    if zh:
        for m in _R42_ZH_CERT.finditer(text):
            if not any(c[0] < m.end(1) and m.start(1) < c[1] and c[2] != "PHONE" for c in out):
                forced.append((*m.span(1), "ID"))
        forced += [(*m.span(1), "DATE") for m in _R42_ZH_HOLIDAY.finditer(text) if _R42_ZH_HOLIDAY_AFTER.match(text, m.end(1)) or
                   _R42_ZH_HOLIDAY_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1))]
        for regex in (_R42_ZH_CUE_NAME, _R42_ZH_KIN_CUE_NAME, _R42_ZH_NAME_IS_KIN, _R42_ZH_RARE_HONOR):
            for m in regex.finditer(text):
                # both given characters must be ones names are made of ("病人是高血压" is no name)
                if not all(ch in _R42_ZH_GIVEN_COMMON for ch in m.group(1)[-2:]):
                    continue
                # a name read already there stands unless it lies inside this one (金凤 of 畅金凤)
                if not _overlaps_kinds(out, *m.span(1), ("ADDRESS", "DATE", "EMAIL", "URL", "VEHICLE", "ID", "MRN", "DEVICE", "PHONE")) and not any(
                        k == "NAME" and cs < m.end(1) and m.start(1) < ce and not (m.start(1) <= cs and ce <= m.end(1)) for cs, ce, k in out):
                    forced.append((*m.span(1), "NAME"))
        for s, e, k in out:
            # a hospital bed location (5号楼7层23床) is no address
            if k == "ADDRESS" and any(b.start() < e and s < b.end() for b in _R42_ZH_BED.finditer(text)) and not re.search(r"[市县区镇村路街道]", text[s:e]):
                drop.append((s, e, k))
            # an errand verb after a full name (…郭某某问) is not part of it
            if k == "NAME" and e - s == 4 and text[e - 1] in "问打约查办" and re.fullmatch(_R36_ZH_NAME3, text[s:e - 1]):
                drop.append((s, e, k))
                forced.append((s, e - 1, "NAME"))
    if drop:
        out = [c for c in out if c not in drop]
    return _with_forced(out, forced) if forced else out


# --- round 42, second part (blind42, spent when the lead moved it in) -------------------------------------------------
# - VEHICLE: "<State> plate is ABC 1234": the "is" is not part of the plate.
# - DEVICE: a serial of letters, a space and digits ("serial OKL 20418893", "serial on the case is ..."); an aligner or
#   tray set ("set in use is AL-1234-05-U2", "(set AL-...)"); Chinese orthodontic and lens devices (隐形牙箍 / 牙套,
#   角膜塑形镜 / 塑型片, 婴儿床) before 序号 / 编号 and 是 / 係.
# - ID: a photocard or technician number, a benefit reference "for her is ..."; a licence in brackets; 证字号.
# - MRN: "<hospital initials> number is <same initials>-1234567", an orthodontic number.
# - NAME: a name's possessive before a record noun ("X Y's account", "X Y's RAD number", "about X Y's aligners"); "contact
#   for X Y to"; "my <kin word> X Y is 94" (a kin word in any language); Chinese 预约人是 / 联系人是 / 宝宝叫 X, "这是X的家属",
#   "我系…嘅X", 爹哋 / 个女 / 姊姊 + X; a province-led Chinese address with a sub-district (南岸东区) and a road section (西段).
# - Look-alikes: "the 21 bus from Pool Meadow" (a bus station), a famous singer "on the radio".
_R42_PLATE_IS_LEAD = re.compile(r"(?:is|was)[ \t]+")
_R42_SERIAL_SPACED = re.compile(r"(?i:\bserial(?:[ \t]+(?:no\.?|number))?(?:[ \t]+on[ \t]+the[ \t]+[a-z]+)?(?:[ \t]+(?:is|was)|[ \t]*:)?)[ \t]+"
                                r"((?-i:[A-Z]{2,4}[ \t]\d{5,10}))(?![\w\-])")
_R42_SET_DEVICE = re.compile(r"(?i:\b(?:aligner|tray|retainer)[ \t]+set(?:[ \t]+in[ \t]+use)?(?:[ \t]+(?:is|was)|[ \t]*:)?|\(set)[ \t]+"
                             r"((?-i:(?=[A-Z0-9\-]*\d)[A-Z]{2,4}(?:-[A-Z0-9]{1,6}){2,4}))(?![\w\-])")
_R42_ZH_DEVICE = re.compile(r"(?:隐形牙箍|隐形牙套|牙箍|牙套|角膜塑形镜|角膜塑型镜|塑形镜|塑型镜|角膜塑型片|角膜塑形片|婴儿床|冷敷机|美容仪|护膝)(?:嘅|的)?"
                            r"(?:序号|编号|序列号|机身号)(?:系|是|为|：|:)?[ \t]*((?=[A-Z0-9\-]*\d)[A-Z][A-Z0-9]{0,5}(?:-[A-Z0-9]{1,8}){1,3})(?![A-Za-z0-9\-])")
_R42_ID_LABEL2 = re.compile(r"(?i:\b(?:photo[ \t]?card|oyster(?:[ \t]+card)?|technician|benefit|pension|tax)[ \t]+(?:number|no\.?|reference|ref)"
                            r"(?:[ \t]+for[ \t]+(?:her|him|them|me))?(?:[ \t]+(?:is|was)|[ \t]*:)?)[ \t]+"
                            r"((?-i:\d{4}[ \t]\d{4}[ \t]\d{4}|\d/\d{5,7}|[A-Z]{2,4}\d{6,10}|\d{8,12}))(?![\w\-/])")
_R42_LICENCE_PAREN = re.compile(r"(?i:\blicen[cs]e)[ \t]*\(((?-i:[A-Z]{0,2}\d{6,10}))\)")
_R42_ZH_CERT_ZIHAO = re.compile(r"证字号(?:是|为|系|：|:)?[ \t]*((?=[A-Z0-9\-]*\d)[A-Z]{1,4}(?:-[A-Z0-9]{1,8}){1,3})(?![A-Za-z0-9\-])")
_R42_SAME_PREFIX_MRN = re.compile(r"(?<![\w\-])([A-Z]{2,6})[ \t]+(?i:number|no\.?)[ \t]+(?:is|was|:)[ \t]*(\1-\d{5,9})(?![\w\-])")
_R42_ORTHO_MRN = re.compile(r"(?i:\borthodontic[ \t]+(?:number|no\.?)(?:[ \t]+(?:is|was)|[ \t]*:)?)[ \t]+((?-i:[A-Z]{2,5}(?:-[A-Z]{2,6})?-\d{4,8}))(?![\w\-])")
_R42_POSS_RECORD = re.compile(r"(?:(?i:\b(?:for|about|under|of|on)[ \t]+)|(?:^|(?<=[.!?:][ \t])))(" + _R42_FULL + r")['’]s[ \t]+"
                              r"(?=(?:[A-Z]{2,6}[ \t]+|(?i:new|old|clear|online|own|latest|last|next)[ \t]+|(?-i:[a-z]{3,14}[ \t]+){1,2}(?=(?i:referral|results?|assessment|form|claim|paperwork|appointment)\b))?(?i:account|number|record|records|notes|file|aligners?|appointment|booking|details|"
                              r"results?|referral|letter|prescription|repeat|login|portal|profile|assessment|form|claim|paperwork|"
                              r"glider|boat|knee|ankle|wrist|shoulder|elbow|forearm|thumb|finger)\b)")  # round 47: an owned vehicle, a hurt body part
_R42_CONTACT_FOR = re.compile(r"(?i:\b(?:contact|contacts|next[ \t]+of[ \t]+kin|details|record|booking|appointment)[ \t]+for)[ \t]+(" + _R42_FULL + r")"
                              r"(?=[ \t]+(?:to|is|was|please)\b|[ \t]*[?.,;:])")
_R42_GROUP_NAMES = re.compile(r"(?i:\b(?:staff|members|volunteers|players|pupils|students|employees|colleagues|workers|apprentices)),[ \t]+"
                              r"(" + _R42_FULL + r")(?:[ \t]+and[ \t]+(" + _R42_FULL + r"))?(?=[ \t]*[.,;:!?]|[ \t]*$)")
_R42_KIN_ANY = re.compile(r"(?i:\bmy)[ \t]+([a-z]{3,12})[ \t]+(" + _R42_FULL + r")(?=[ \t]+(?:is|was|turned|turns)[ \t]+(?:\d{2,3}|[a-z]+-[a-z]+)\b)")
_R42_ZH_CUE_NAME2 = re.compile(r"(?:预约人是|预约人叫|联系人是|登记人是|申请人是|就诊人是|宝宝叫|孩子叫|女儿叫|儿子叫|店长|爹哋|妈咪|个女|个仔|姊姊|外公|外婆)"
                               r"(" + _R42_ZH_NAME3 + r")(?![" + _CJK + r"]{0,1}(?:医生|护士|老师|科|院|路|街|镇|村|市|区))")
_R42_ZH_FAMILY_OF = re.compile(r"(?:这是|我是|我们是)(" + _R42_ZH_NAME3 + r")(?=的家属|嘅家属|的家人|的亲属)")
_R42_ZH_SELF = re.compile(r"我(?:系|是)[^，。,.！？\n]{1,10}?(?:嘅|的)(" + _R42_ZH_NAME3 + r")(?=[，,。.！!；;]|$)")
_R42_ZH_PROVINCE_ADDRESS = re.compile(r"(?:[" + _CJK + r"]{2,3}省|[" + _CJK + r"]{2,6}自治区)([" + _CJK + r"]{2,4}市(?:[" + _CJK + r"]{1,4}(?:区|县|市))?"
                                      r"(?:[" + _CJK + r"]{1,6}?(?:街道|镇|乡|[东西南北新]区|片区))?[" + _CJK + r"]{1,8}?(?:路|街|大道|道|巷)"
                                      r"(?:[东西南北中]段|[一二三四五六七八九十\d]{1,2}段)?(?:\d{1,4}巷)?\d{1,5}号(?:\d{1,3}(?:栋|幢|号楼))?"
                                      r"(?:\d{1,2}单元)?(?:\d{1,4}(?:室|号|房)|\d{2,4}(?![\d\-]))?)")
_R42_BUS_FROM = re.compile(r"(?i:\b(?:bus|coach|train|tram|shuttle)[ \t]+(?:from|to)[ \t]+)$")
_R42_ON_AIR = re.compile(r"[ \t]+(?:was|is)[ \t]+(?:on[ \t]+(?:the[ \t]+)?(?:radio|telly|tv|television)|singing)\b")


def _round42b_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 42 families found on blind42 (see above): forced spans win over what they overlap; look-alikes are dropped."""
    forced: list[tuple[int, int, str]] = []
    drop: list[tuple[int, int, str]] = []

    zh = bool(re.search(r"[" + _CJK + r"]", text))
    for s, e, k in out:
        if k == "VEHICLE":
            lead = _R42_PLATE_IS_LEAD.match(text, s)
            if lead and lead.end() < e:
                drop.append((s, e, k))
                forced.append((lead.end(), e, k))
        # a bus station ("the 21 bus from Pool Meadow") and a singer on the radio are no patient
        if k == "NAME" and not zh and (_R42_BUS_FROM.search(text, max(0, s - 20), s) or _R42_ON_AIR.match(text, e)):
            drop.append((s, e, k))
    for regex, kind in ((_R42_SERIAL_SPACED, "DEVICE"), (_R42_SET_DEVICE, "DEVICE"), (_R42_ID_LABEL2, "ID"), (_R42_LICENCE_PAREN, "LICENSE"),
                        (_R42_ORTHO_MRN, "MRN")):
        for m in regex.finditer(text):
            if not _overlaps_kinds(out, *m.span(1), ("EMAIL", "URL", "IP", "DATE")):
                forced.append((*m.span(1), kind))
    forced += [(*m.span(2), "MRN") for m in _R42_SAME_PREFIX_MRN.finditer(text) if re.search(r"(?:H|MC|HC|HS)$", m.group(1))]
    for regex in (_R42_POSS_RECORD, _R42_CONTACT_FOR):
        for m in regex.finditer(text):
            if _r42_name_ok(m.group(1)) and not _overlaps_kinds(out, *m.span(1), ("ADDRESS", "EMAIL", "URL", "ID", "MRN", "DEVICE", "VEHICLE", "NAME")):
                forced.append((*m.span(1), "NAME"))
    for m in _R42_GROUP_NAMES.finditer(text):
        for g in (1, 2):
            if m.group(g) and _r42_name_ok(m.group(g)) and not _overlaps_kinds(out, *m.span(g), ("ADDRESS", "EMAIL", "URL", "ID", "MRN", "DEVICE", "VEHICLE", "NAME")):
                forced.append((*m.span(g), "NAME"))
    for m in _R42_KIN_ANY.finditer(text):
        if m.group(1) not in _LOWER_NOT_NAMES and m.group(1) not in _NOT_NAMES and _r42_name_ok(m.group(2)) and \
                not _overlaps_kinds(out, *m.span(2), ("ADDRESS", "EMAIL", "URL", "ID", "MRN", "DEVICE", "VEHICLE", "NAME")):
            forced.append((*m.span(2), "NAME"))
    if zh:
        forced += [(*m.span(1), "DEVICE") for m in _R42_ZH_DEVICE.finditer(text)]
        forced += [(*m.span(1), "ID") for m in _R42_ZH_CERT_ZIHAO.finditer(text)]
        for regex in (_R42_ZH_CUE_NAME2, _R42_ZH_FAMILY_OF, _R42_ZH_SELF):
            for m in regex.finditer(text):
                if not all(ch in _R42_ZH_GIVEN_COMMON for ch in m.group(1)[-2:]):
                    continue
                if not _overlaps_kinds(out, *m.span(1), ("ADDRESS", "DATE", "EMAIL", "URL", "VEHICLE", "ID", "MRN", "DEVICE", "PHONE")) and not any(
                        k == "NAME" and cs < m.end(1) and m.start(1) < ce and not (m.start(1) <= cs and ce <= m.end(1)) for cs, ce, k in out):
                    forced.append((*m.span(1), "NAME"))
        for m in _R42_ZH_PROVINCE_ADDRESS.finditer(text):
            # the address starts at the city, as the project labels it (round 12: "地址：广东省广州市..." -> 广州市...), after
            # any verb or cue (住在 ...); it is put in only where every read overlapping it lies inside it
            start, city = m.start(1), text.index("市", m.start(1))
            while city - start > 2 and text[start] in _ADDRESS_LEAD_CHARS:
                start += 1
            if all(cs >= start and ce <= m.end(1) and (ce - cs) < (m.end(1) - start) for cs, ce, k in out if cs < m.end(1) and start < ce):
                forced.append((start, m.end(1), "ADDRESS"))
    if drop:
        out = [c for c in out if c not in drop]
    return _with_forced(out, forced) if forced else out


# --- round 44 (blind43, last session's carry set, never fitted; the families below are shapes, tested on new wording) -
# - NAME (Latin script): a full name after a form cue ("Details for X Y below", "The person is X Y", "Name on the file
#   should be X Y", "Reported by X Y", "Complaints go to X Y at"); a capitalised relative word at a sentence start is a
#   role, not part of the name ("Daughter X Y can be reached"); a full name that opens a sentence and is followed by a
#   comma and an address or plate ("X Y, 3 Tarn Brow, ...").
# - NAME (Chinese): a full name between a form cue and its end (这是关于X的信息, 以下是X的资料, 我替X来登记, 患者：X, 持有人X,
#   技术员 / 值班员 X, 厂X的) with any surname, the rare ones (幸 先 税 冉 申 敖 湛) included; 关于 before a name is no part
#   of it; a transliterated Hui or Uyghur name (马尤素夫, 白阿依古丽) after a cue.
# - AGE: an age over 89 that opens a sentence ("Ninety and lives alone", "Ninety-one and sharp", "Now 95.", "Is 104.",
#   "At 94 still ...", "99 and deaf in one ear"); Chinese 年纪 / 年龄 / 岁数 + the number.
# - DEVICE: a device noun (telemetry pack, beacon / PLB hex ID, harness, descender, 信标, 遥测盒, 安全带, 定位器 ...) before
#   its number wins over an ID or record read of it.
# - ID: a volunteer / staff number; a number with its scheme's letters repeated ("RYA no. RYA 6610428", "Blue Light Card
#   no. is BLC 77402913"); a Home Office / eVisa share code (three groups of three); a US driving licence in the letter
#   and digit-group shapes (B 412 738 905 216, D512-4471-9038-06); a Chinese residence or travel permit number.
# - MRN: "<hospital name> number ABC-123456" (Royal X, X General, Ortho number), "MRN on the page, ABC-1234567".
# - VEHICLE: "Car reg (Michigan) EJP 2114", "EJP 1907 (Michigan plates ...)".
# - ADDRESS: a house number before a street word that comes first in Spanish or French (19 Camino del Medio, 7 Calle
#   Ocho, 12 Rue ...); a US address whose town has accents ("HC 64 Box 27, Peñasco, NM 87553"); a Chinese house number
#   with 之二; a Chinese work-unit compound after the road (…路面粉厂家属院3排12号).
# - PHONE: a UK number with a hyphen after a five-digit area code (01632-960403) after a phone cue.
# Look-alikes kept clean: "the 21 bus to 4th Avenue", a Blue Badge, a famous person someone admires ("the next X Y",
# 最佩服X, 喜欢X的歌), a queue number (排咗号C118), a hospital bed place (3号楼5层12床), ward and bay numbers, doses.
_R44_NAME_CUE = re.compile(
    r"(?:\b(?i:details|deatils|detials|information|info|particulars)[ \t]+(?i:for|of|about)|\b(?i:the)[ \t]+(?i:person|patient|client|resident|individual)"
    r"(?:[ \t]+(?i:concerned|in[ \t]+question))?[ \t]+(?i:is|was)|\b(?i:name)[ \t]+(?i:on|in)[ \t]+(?i:the|our|my|his|her)[ \t]+"
    r"(?i:file|form|record|records|card|booking|referral|letter|account|system|list)(?:[ \t]+(?i:should[ \t]+be|must[ \t]+be|is|was|reads|says))?[ \t]*:?|"
    r"\b(?i:reported|submitted|signed|written|sent|completed|raised|logged|filled[ \t]+in|requested|booked)[ \t]+(?i:by)|"
    r"\b(?i:complaints|queries|questions|forms?|letters?|post|mail|correspondence|invoices?|bills?|paperwork)[ \t]+(?i:go|goes|should[ \t]+go|"
    r"can[ \t]+go|are[ \t]+sent|get[ \t]+sent|are[ \t]+addressed)[ \t]+(?i:to))"
    r"[ \t]+(" + _R42_FULL + r")(?=[ \t]+(?i:below|at|on|to|via|who|please|and|in)\b|[ \t]*[.,;:!?)]|[ \t]*$)")
_R44_KIN_CAP = (r"(?:Daughter|Son|Wife|Husband|Mum|Mom|Mother|Father|Dad|Brother|Nephew|Niece|Grandson|Granddaughter|Partner|"
                r"Carer|Neighbour|Neighbor|Cousin|Aunt|Auntie|Uncle|Stepson|Stepdaughter|Fiancée|Fiance|Fiancé|Lodger|Friend)")
_R44_KIN_NAME = re.compile(r"(?:^|(?<=[.!?:][ \t])|(?<=\n))" + _R44_KIN_CAP + r"[ \t]+(" + _R42_FULL + r")(?=[ \t]+(?:can|could|will|is|was|has|"
                           r"lives|phoned|called|rang|says|said|wants|needs|knows|has|holds|on|at|\()\b|[ \t]*[,.;:])")
_R44_KIN_LEAD = re.compile(_R44_KIN_CAP + r"[ \t]+")
_R44_NAME_THEN_RECORD = re.compile(r"(?:^|(?<=[.!?:][ \t])|(?<=\n))(" + _R42_FULL + r"),[ \t]+(?=\d|[A-Z]{2,3}[ \t]?\d)")
_R44_GROUP_NAMES = re.compile(r"(?i:\b(?:visitors|guests|patients|residents|members|volunteers|players|riders|drivers|climbers|"
                              r"delegates|entrants|competitors|exhibitors|passengers|crew))(?:[ \t]+(?i:from|of)[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)?"
                              r"[ \t]*[,:][ \t]+(" + _R42_FULL + r")(?:,?[ \t]+and[ \t]+(" + _R42_FULL + r"))?(?=[ \t]*[.,;:!?]|[ \t]*$)")
# a full name opening a sentence before what a patient has or wears ("X Y has a speaking valve"; not "X Y was born in")
_R44_NAME_HAS = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))(" + _R42_FULL + r")[ \t]+(?:has|had|uses|wears|needs|got)[ \t]+(?:a|an|his|her|their)[ \t]+"
                           r"(?:new[ \t]+|spare[ \t]+|loan[ \t]+)?(?:speaking[ \t]+valve|valve|pump|monitor|pacemaker|hearing[ \t]+aid|wheelchair|walker|"
                           r"scooter|stoma|catheter|tracheostomy|trache|feeding[ \t]+tube|peg|cpap|oxygen|beacon|telemetry|implant|stent|cast|brace|"
                           r"appointment|referral|prescription)\b")
_R44_ZH_SURNAMES = _R36_ZH_ALL_SURNAMES + _R42_ZH_RARE + "幸先税冉申敖湛庞侯宁房柯邹祁戴饶焦付温盛庾晏苟麻邝冼"
_R44_ZH_TITLE = r"(?!先生|女士|小姐|太太|医生|护士|老师|阿姨|叔叔|师傅|大夫|同志|老人|家属|本人|主任|经理|院长|科长|主管|老板)"
_R44_ZH_GIVEN = _R44_ZH_TITLE + r"(?![某的是在和与及跟给为被把了吗呢吧啊来去嘅嚟，。、；：！？ \t\d])[" + _CJK + r"]"
_R44_ZH_NAME = _R44_ZH_TITLE + r"(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _R44_ZH_SURNAMES + r"])" + _R44_ZH_GIVEN + r"{1,2}"
# the cue and the end both close the name: 这是关于X的信息, 以下是X的资料, 我替X来登记
_R44_ZH_FRAMED_NAME = re.compile(
    r"(?:(?:这是|以下是|下面是|呢个系|呢个是|以下系|下面系)(?:关于)?|关于)(" + _R44_ZH_NAME + r")(?=(?:的|嘅)(?:信息|资料|情况|材料|登记|表格|个人信息|基本信息))|"
    r"(?:我替|我帮|我代|(?<!代)替)(" + _R44_ZH_NAME + r")(?=(?:来|嚟)?(?:登记|报名|填表|填写|办理|办|预约|挂号|咨询|申请|报到))|"
    r"(?:患者|病人|姓名|名字|持有人|持证人|机主|户主|车主|登记人|申请人|联系人|紧急联系人|监护人|技术员|值班员|管理员|操作员|驾驶员|船员|"
    r"队员|队长|班长|组长|员工|职工|工人|老师傅)[：:]?[ \t]*(" + _R44_ZH_NAME + r")(?=[，,。.；;、 \t]|来|的|在|今年|住|于|上个月|昨天|前天|今天|上周|已经|刚|\(|（)")
_R44_ZH_KIN_NAME = re.compile(r"(?:我爸|我妈|我爷爷|我奶奶|外婆|外公|奶奶|爷爷|我老公|我老婆|我先生|我太太|我舅|我姑|我姨|我哥|我姐)(" +
                              _R44_ZH_TITLE + r"(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _R44_ZH_SURNAMES + r"])" + _R44_ZH_GIVEN + r"{2})"
                              r"(?=在|的|今年|住|预约|复查|去|来|，|,|。)")
_R44_ZH_UNIT_NAME = re.compile(r"(?:厂|公司|车间|班组|学校|单位|工会|合作社)(" + _R44_ZH_TITLE + r"(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _R44_ZH_SURNAMES + r"])" +
                               _R44_ZH_GIVEN + r"{2})(?=的(?:体检|报告|病历|资料|信息|档案|检查|化验))")
_R44_ZH_TRANSLIT = "阿艾买提穆罕默德尤素夫哈桑伊斯兰拉克木努尔古丽依孜吾热合曼巴图吐逊沙力江亚麦迪娜莎尼萨塔布杜卜萨利赫优莱希玛尔罕"
_R44_ZH_TRANSLIT_NAME = re.compile(r"(?:姓名|名字|名叫|叫|患者|病人|我爸|我妈|我爷爷|我奶奶|外婆|外公|爷爷|奶奶|老人|我老公|我老婆|我丈夫|我妻子)[：:是为]?[ \t]*"
                                   r"([马白回哈沙海纳丁金米杨穆麻](?:[" + _R44_ZH_TRANSLIT + r"]){3,5})(?=的|，|,|。|在|今年|住|来|去|[ \t]|$)")
_R44_AGE_EN = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?:(?:Now|Is|Just|Turned|Still)[ \t]+)?((?:9\d|1[01]\d)|(?i:" + _AGE_WORDS + r"))"
    r"(?=[ \t]*[.!]|[ \t]+and[ \t]+(?!(?:\d|a[ \t]+half|half|one|two|three|four|five|six|seven|eight|nine|ten|rising|falling|climbing|dropping|"
    r"steady|stable|regular|irregular|counting|up|down)\b)[a-z]{3,}|[ \t]+(?i:next|last|this)[ \t]+(?i:week|month|year|birthday|spring|summer|"
    r"autumn|winter|christmas)\b|[ \t]+(?i:still|on[ \t]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in[ \t]+(?:january|"
    r"february|march|april|may|june|july|august|september|october|november|december))\b)")
_R44_AGE_AT = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))At[ \t]+(9\d|1[01]\d)(?=[ \t]+(?:still|she|he|they|and|years)\b|,)")
_R44_AGE_NOT_READING = re.compile(r"(?i:[ \t]*(?:%|percent|per[ \t]+cent|mg|mmhg|bpm|kg|lbs?|degrees|°|/|\.\d|x\b|times|minutes|mins|"
                                  r"seconds|points|pounds|dollars))")
_R44_ZH_AGE = re.compile(r"(?:年纪|年龄|岁数|年岁|芳龄|高龄)(?:是|有|已经|已|都)?[：:]?[ \t]*(九十[一二三四五六七八九]?|一百(?:零[一二三四五六七八九]|一十[一二三四五六七八九]?|"
                         r"[一二]十[一二三四五六七八九]?|[一二三四五六七八九])?|9\d|1[01]\d)(?=岁|周岁|[，,。.；;！!]|$|了)")
_R44_DEVICE_CUE = re.compile(
    r"(?:(?i:\b(?:telemetry|telemetry[ \t]+(?:pack|box|unit|monitor)|personal[ \t]+locator[ \t]+beacon|locator[ \t]+beacon|beacon|plb|epirb|"
    r"fall[ \t-]+arrest[ \t]+harness|harness|descender|ascender|lanyard|holter(?:[ \t]+monitor)?|event[ \t]+monitor|speaking[ \t]+valve|"
    r"knee[ \t]+scooter|walker|rollator|hoist)(?:,?[ \t]+(?:pack|unit|box|tag|hex[ \t]+id|id|serial|serial[ \t]+no\.?|serial[ \t]+number|"
    r"number|no\.?|asset[ \t]+(?:no\.?|number|tag)))?(?:[ \t]+(?:is|was|reads|says))?)[ \t]*[:#]?[ \t]*|"
    r"(?:个人定位信标|定位信标|信标|定位器|遥测盒|遥测器|心电遥测盒|心电遥测器|遥测仪|安全带|防坠落安全带|助行车|助行器|膝部助行车|下降器|呼吸阀)"
    r"(?:的)?(?:出厂编号|资产编号|序列号|编号|序号|机身号)(?:是|为|系|：|:)?[ \t]*)"
    r"((?=[A-Z0-9\-]*\d)(?:[0-9A-F]{15}|[A-Z][A-Z0-9]{0,5}(?:-[A-Z0-9]{1,8}){1,4}))(?![A-Za-z0-9\-])")
_R44_STAFF_ID = re.compile(r"(?i:\b(?:volunteer|staff|employee|contractor|badge|member|steward|marshal|crew)[ \t]+(?:no\.?|number|id|#)"
                           r"(?:[ \t]+(?:is|was))?)[ \t]*[:#]?[ \t]*((?-i:[A-Z]{2,5}-\d{3,8}))(?![\w\-])")
_R44_SCHEME_ID = re.compile(r"(?<![\w\-])([A-Z]{2,5})\b[^.!?\n]{0,30}?(?i:\bno\.?|\bnumber|#)(?:[ \t]+(?:is|was))?[ \t]*[:.]?[ \t]*"
                            r"(\1[ \t]\d{5,10})(?![\w\-])")
_R44_CARD_ID = re.compile(r"(?i:\b(?:card|membership|member|society|club|association|pass|permit|railcard)[ \t]+(?:no\.?|number|#)"
                          r"(?:[ \t]+(?:is|was))?)[ \t]*[:.]?[ \t]*((?-i:[A-Z]{2,5}[ \t]\d{6,10}))(?![\w\-])")
_R44_SHARE_CODE = re.compile(r"(?i:\b(?:share|e-?visa|right[ \t]+to[ \t]+(?:work|rent)|status)[ \t]+code(?:[ \t]+(?:is|was))?)[ \t]*[:]?[ \t]*"
                             r"((?-i:[A-Z0-9]{3}[ \t\-][A-Z0-9]{3}[ \t\-][A-Z0-9]{3}))(?![\w\-])")
_R44_LICENCE = re.compile(r"(?i:\blicen[cs]e(?:[ \t]+(?:no\.?|number|#))?(?:[ \t]+(?:is|was))?)[ \t]*[:]?[ \t]*"
                          r"((?-i:[A-Z][ \t]?\d{3}(?:[ \t]\d{3}){3}|[A-Z]\d{3}-\d{4}-\d{4}-\d{2}|[A-Z]\d{3}-\d{3}-\d{3}-\d{3}))(?![\w\-])")
_R44_ZH_PERMIT = re.compile(r"(?:居住证|暂住证|通行证|港澳通行证|台胞证|回乡证|护照|签证|驾驶证|驾照|工作证|军官证|残疾证)(?:的)?(?:编号|号码|号|证号)?"
                            r"(?:是|为|系|：|:)?[ \t]*((?=[A-Z0-9]*\d{4})[A-Z0-9]{6,24})(?![A-Za-z0-9\-])")
_R44_HOSPITAL_NUMBER = re.compile(r"((?:[A-Z][a-z'’]+[ \t]+){0,3}[A-Z][a-z'’]+)[ \t]+(?i:number|no\.?|record[ \t]+(?:number|no\.?))(?:[ \t]+(?:is|was))?"
                                  r"[ \t]*:?[ \t]*([A-Z]{2,5}-\d{5,8})(?![\w\-])")
_R44_HOSPITAL_WORD = re.compile(r"\b(?:Royal|General|Infirmary|Hospital|Ortho|Orthopaedic|Orthopedic|Clinic|Medical|Memorial|Regional|County|"
                                r"University|Children['’]s|Hospice|Cottage|Community)\b")
_R44_MRN_FILLER = re.compile(r"\bMRN\b[^.!?\n\d]{0,25}?[,:][ \t]*([A-Z]{2,6}-\d{5,9})(?![\w\-])")
_R44_STATE = r"(?:[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
_R44_PLATE_STATE_BEFORE = re.compile(r"(?i:\b(?:car|van|truck|vehicle)?[ \t]*(?:reg(?:istration)?|plate|plates|licen[cs]e[ \t]+plate)(?:[ \t]+(?:no\.?|number))?)"
                                     r"[ \t]*\(" + _R44_STATE + r"\)[ \t]*:?[ \t]*(" + _R42_PLATE + r")(?![\w\-])")
_R44_PLATE_STATE_AFTER = re.compile(r"(?<![\w\-])(" + _R42_PLATE + r")[ \t]*\(" + _R44_STATE + r"[ \t]+(?i:plates?|reg(?:istration)?)\b")
_R44_ROMANCE_STREET = re.compile(r"(?:Camino|Calle|Avenida|Paseo|Plaza|Carretera|Callejón|Vía|Via|Rue|Chemin|Rua|Travessa|Strada|Carrer|Corso|Viale)\b")
_R44_HOUSE_NUMBER = re.compile(r"(?<![\w\-/.])(\d{1,5}[A-Z]?)[ \t]+$")
_R44_US_TOWN_TAIL = re.compile(r",[ \t]*[" + _UPPER + r"][" + _LETTER + r"'\-]{1,20}(?:[ \t]+[" + _UPPER + r"][" + _LETTER + r"'\-]{1,20}){0,2},?[ \t]+" +
                               _US_STATES + r"\.?[ \t]+\d{5}(?:-\d{4})?(?![\w\-])")
# what follows a Chinese house number: a unit-floor-room run (128号12-3, 98号1-7-1), an estate with its block and room
# (88号金色家园3栋1202), a row in a work-unit compound (家属院5排)
_R44_ZH_UNIT_TAIL = re.compile(r"(?:\d{1,3}-\d{1,4}(?:-\d{1,4})?(?![\d\-:/.])(?:楼|室|房|号(?!楼))?|(?:[" + _CJK + r"]{1,8}?(?:小区|家园|花园|新村|公寓|大厦|苑|广场|新天地))?"
                               r"\d{1,3}(?:栋|幢|座|号楼)(?:\d{1,2}单元)?\d{3,4}(?:室|房)?(?![\d\-])|\d{1,3}排(?:\d{1,3}号)?|\d{3,4}(?:室|房)?(?![\d\-]))(?![年月日点时分元块岁周天个次])")
_R44_ZH_HOUSE_SUFFIX = re.compile(r"之[一二三四五六七八九十\d]{1,2}(?![" + _CJK + r"]{0,1}(?:岁|天|年|月))")
_R44_ZH_PROVINCE = r"(?:(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海)省|" \
                   r"(?:内蒙古|广西(?:壮族)?|西藏|宁夏(?:回族)?|新疆(?:维吾尔)?)自治区)"
_R44_ZH_COMPOUND_ADDRESS = re.compile(r"(" + _R44_ZH_PROVINCE + r"?[" + _CJK + r"]{2,4}市[" + _CJK + r"]{1,4}(?:区|县|市)[" + _CJK + r"]{1,8}?"
                                      r"(?:路|街|大道|巷)(?:[东西南北中]段)?[" + _CJK + r"]{1,10}?(?:家属院|家属区|宿舍|大院|小区|新村|生活区|社区)"
                                      r"(?:\d{1,3}(?:排|栋|幢|号楼|区))?(?:\d{1,2}单元)?\d{1,4}(?:号|室)(?!楼|院|栋|\d))")
_R44_UK_HYPHEN_PHONE = re.compile(r"(?i:\b(?:number|phone|tel|telephone|mobile|landline|contact|call|ring|on)\b[ \t]*[:.]?[ \t]*)"
                                  r"(0\d{4}-\d{6}|0\d{3}-\d{3}-\d{4}|0\d{3}-\d{7})(?![\d\-])")
_R44_BUS_ADDRESS = re.compile(r"\d{1,4}[ \t]+(?i:bus|tram|coach|shuttle)\b")
_R44_HOUSE_NO_AFTER = re.compile(r"\.?[ \t]*(?i:no|nr|num)\b[.:]?[ \t]*\d")
_R44_NOT_PERSON_NAME = re.compile(r"(?i:blue[ \t]+badge|blue[ \t]+light[ \t]+card|freedom[ \t]+pass|oyster(?:[ \t]+card)?|motability|"
                                  r"personal[ \t]+independence[ \t]+payment|attendance[ \t]+allowance|carer['’]?s[ \t]+allowance|universal[ \t]+credit)")
_R44_FAMOUS_BEFORE = re.compile(r"(?i:\bthe[ \t]+next|\bthe[ \t]+new|\blike|\bfan[ \t]+of|\bidol[ \t]+is|\bhero[ \t]+is|\bposter[ \t]+of|"
                                r"\bsongs?[ \t]+by|\bmusic[ \t]+by|\bfilms?[ \t]+(?:by|with))[ \t]+$")
_R44_ZH_FAMOUS_BEFORE = re.compile(r"(?:最佩服|佩服|崇拜|偶像是|最喜欢|喜欢听|爱听|迷|像)$")
_R44_ZH_FAMOUS_AFTER = re.compile(r"的(?:歌|电影|戏|书|小说|诗|画像|雕像|塑像|铜像|头像|故事|名言)")
_R44_ZH_QUEUE = re.compile(r"(?:排咗号|排了号|拿了号|拎咗号|攞咗号|取了号|号码牌|排队号|筹号)[：:是系为]?[ \t]*$")


def _round44_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 44 families (see above): forced spans win over what they overlap; look-alikes are dropped."""
    forced: list[tuple[int, int, str]] = []
    drop: list[tuple[int, int, str]] = []

    zh = bool(re.search(r"[" + _CJK + r"]", text))
    hard = ("ADDRESS", "EMAIL", "URL", "ID", "MRN", "DEVICE", "VEHICLE", "PHONE", "IP", "DATE", "LICENSE", "SSN", "HEALTH_PLAN", "ACCOUNT")
    # NAME (Latin script)
    for regex in (_R44_NAME_CUE, _R44_KIN_NAME):
        for m in regex.finditer(text):
            name = re.sub(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+", "", m.group(1))
            s, e = m.end(1) - len(name), m.end(1)
            if _r42_name_ok(name) and not _overlaps_kinds(out, s, e, hard) and not _R42_NAMED_THING.match(text, e) and \
                    not _R44_NOT_PERSON_NAME.fullmatch(name) and not _R44_HOUSE_NO_AFTER.match(text, e):
                forced.append((s, e, "NAME"))
    for s, e, k in out:
        if k == "NAME":
            lead = _R44_KIN_LEAD.match(text, s)
            if lead and lead.end() < e and (s == 0 or re.search(r"(?:[.!?:][ \t]|\n)$", text[max(0, s - 2):s])) and \
                    _r42_name_ok(text[lead.end():e]) and " " in text[lead.end():e].strip():
                drop.append((s, e, k))
                forced.append((lead.end(), e, k))
            if not zh and _R44_NOT_PERSON_NAME.fullmatch(text, s, e):
                drop.append((s, e, k))
        # a bus route is no address ("the 21 bus to 4th Avenue")
        if k == "ADDRESS" and _R44_BUS_ADDRESS.match(text, s):
            drop.append((s, e, k))
        # a house number before a Spanish or French street word belongs to the address
        if k == "ADDRESS" and _R44_ROMANCE_STREET.match(text, s):
            lead = _R44_HOUSE_NUMBER.search(text, max(0, s - 10), s)
            if lead and not _R42_NUMBER_LABEL.search(text, max(0, lead.start() - 12), lead.start()):
                drop.append((s, e, k))
                forced.append((lead.start(1), e, k))
        # a US address whose town has accents: the town, the state and the ZIP join it
        if k == "ADDRESS" and not zh:
            tail = _R44_US_TOWN_TAIL.match(text, e)
            if tail and not tail.group(0).isascii():
                forced.append((s, tail.end(), k))
        if k == "ADDRESS" and zh:
            tail = _R44_ZH_HOUSE_SUFFIX.match(text, e)
            if tail and text[e - 1] == "号":
                forced.append((s, tail.end(), k))
            unit = _R44_ZH_UNIT_TAIL.match(text, e)
            if unit:
                bare = re.fullmatch(r"\d{3,4}(?:室|房)?", unit.group(0))
                row = unit.group(0).endswith(("排", "排号")) or re.search(r"排\d{1,3}号$", unit.group(0))
                if (bare and text[e - 1] in "幢栋座") or (not bare and text[e - 1] == "号" and not row) or \
                        (row and (text[e - 1] == "院" or text[e - 2:e] == "宿舍")):
                    forced.append((s, unit.end(), k))
    # AGE
    for regex in (_R44_AGE_EN, _R44_AGE_AT):
        for m in regex.finditer(text):
            if not _R44_AGE_NOT_READING.match(text, m.end(1)) and not _overlaps_kinds(out, *m.span(1), hard + ("AGE",)):
                forced.append((*m.span(1), "AGE"))
    # DEVICE, ID, MRN, VEHICLE, PHONE
    for regex, kind in ((_R44_DEVICE_CUE, "DEVICE"), (_R44_STAFF_ID, "ID"), (_R44_CARD_ID, "ID"), (_R44_SHARE_CODE, "ID"),
                        (_R44_LICENCE, "LICENSE"), (_R44_MRN_FILLER, "MRN"), (_R44_PLATE_STATE_BEFORE, "VEHICLE"),
                        (_R44_PLATE_STATE_AFTER, "VEHICLE"), (_R44_UK_HYPHEN_PHONE, "PHONE")):
        for m in regex.finditer(text):
            if not _overlaps_kinds(out, *m.span(1), ("EMAIL", "URL", "IP", "DATE")):
                forced.append((*m.span(1), kind))
    for m in _R44_SCHEME_ID.finditer(text):
        if not _overlaps_kinds(out, *m.span(2), ("EMAIL", "URL", "IP", "DATE")) and not _R42_HOSPITAL_LABEL.search(text[m.start():m.start(2)]):
            forced.append((*m.span(2), "ID"))
    for m in _R44_HOSPITAL_NUMBER.finditer(text):
        if _R44_HOSPITAL_WORD.search(m.group(1)) and not _R44_DEVICE_CUE.search(text, m.start(), m.end()) and \
                not _overlaps_kinds(out, *m.span(2), ("EMAIL", "URL", "IP", "DATE")):
            forced.append((*m.span(2), "MRN"))
    for m in _R44_NAME_THEN_RECORD.finditer(text):
        after = m.end(1) + 2
        nxt = [c for c in out + forced if c[0] == after and c[2] in ("ADDRESS", "VEHICLE", "PHONE", "DATE")]
        if nxt and _r42_name_ok(m.group(1)) and not _overlaps_kinds(out, *m.span(1), hard):
            forced.append((*m.span(1), "NAME"))
    for m in _R44_GROUP_NAMES.finditer(text):
        for g in (1, 2):
            if m.group(g) and _r42_name_ok(m.group(g)) and not _overlaps_kinds(out, *m.span(g), hard):
                forced.append((*m.span(g), "NAME"))
    for m in _R44_NAME_HAS.finditer(text):
        if _r42_name_ok(m.group(1)) and not _overlaps_kinds(out, *m.span(1), hard + ("NAME",)):
            forced.append((*m.span(1), "NAME"))
    if zh:
        for regex in (_R44_ZH_FRAMED_NAME, _R44_ZH_KIN_NAME, _R44_ZH_UNIT_NAME, _R44_ZH_TRANSLIT_NAME):
            for m in regex.finditer(text):
                g = m.lastindex
                # after a cue with no closing frame, the given characters must be ones names are made of ("我老公常常咳")
                if (regex is not _R44_ZH_FRAMED_NAME or g == 3) and regex is not _R44_ZH_TRANSLIT_NAME and \
                        not all(ch in _R42_ZH_GIVEN_COMMON for ch in m.group(g)[1:]):
                    continue
                if not _overlaps_kinds(out, *m.span(g), ("ADDRESS", "DATE", "EMAIL", "URL", "VEHICLE", "ID", "MRN", "DEVICE", "PHONE")) and \
                        not re.match(_R36_ZH_WORD_START, m.group(g)):
                    forced.append((*m.span(g), "NAME"))
        for s, e, k in out:
            # 关于 before a name is no part of it (这是关于X的信息)
            if k == "NAME" and text.startswith("关于", s) and e - s >= 4:
                drop.append((s, e, k))
                forced.append((s + 2, e, k))
        forced += [(*m.span(1), "AGE") for m in _R44_ZH_AGE.finditer(text)]
        forced += [(*m.span(1), "ID") for m in _R44_ZH_PERMIT.finditer(text)]
        for m in _R44_ZH_COMPOUND_ADDRESS.finditer(text):
            # put in only where every read overlapping it lies inside it
            if all(cs >= m.start(1) and ce <= m.end(1) for cs, ce, k in out if cs < m.end(1) and m.start(1) < ce):
                forced.append((*m.span(1), "ADDRESS"))
    if drop:
        out = [c for c in out if c not in drop]
    return _with_forced(out, forced) if forced else out


# --- round 44, second part (blind44, spent when the lead moved it in) -------------------------------------------------
# - VEHICLE: a boat is a vehicle: its hull identification number after HIN / Hull ID (GB-ABC12345D606, the country, the
#   builder, the serial, the month letter and the year), its Small Ships Register number after SSR; a Taiwanese plate
#   after a driving verb (開ABC-1234載 ...).
# - ID: a scheme number after its acronym and "operator / card number" (RTITB RTB-204483, NPORS operator number
#   N-392184, the FA number (FAN) ... is 20938162, a card "..., number 01158293"); a social security number with its
#   acronym in brackets (NISS) of 8-13 digits, whole; a US licence of a letter and digit groups (F0926 41187 20569).
# - AGE: "still <doing something> at 96" (an age at the end of a clause after "still").
# - DEVICE: a mobility or pressure-care aid (rollator frame number, cushion, 坐垫, 气垫床) and any Chinese device noun
#   ending in 垫 / 器 / 仪 / 机 / 泵 / 椅 / 枪 / 镜 before 编号 / 序号.
# - NAME: 关于X： (a form heading), 我对象X, X嘅 + a card or record word at a sentence start, 单位的X，, 外婆X改 ...;
#   "name on it X Y"; "The family of X asked"; "..., X Y, stand 118" after "here,"; a signature at the end.
# - ADDRESS: a house name before the number ("The Chandlers Loft, 2 Salterns Lane, ..."). DATE: Tetum months (Outubru).
# Look-alikes: a LOT code after a device word ("LOT 23A917 on the cream") is no device serial.
_R44_HIN = re.compile(r"(?i:\b(?:HIN|hull[ \t]+(?:id|identification[ \t]+number|no\.?|number))(?:[ \t]+for[ \t]+the[ \t]+[a-z]+)?(?:[ \t]+(?:is|was))?)"
                      r"[ \t]*:?[ \t]*((?-i:[A-Z]{2}-?[A-Z0-9]{3}[A-Z0-9]{5}[A-L]\d{3}))(?![\w\-])")
_R44_SSR = re.compile(r"(?:\bSmall[ \t]+Ships[ \t]+Register|\bSSR)(?:[ \t]+(?i:no\.?|number))?(?:[ \t]+(?i:is|was))?[ \t]*:?[ \t]*(\d{5,7})(?![\w\-])")
_R44_ZH_DRIVE_PLATE = re.compile(r"(?:开着|开著|开紧|开的是|驾驶|开|驾)[ \t]*([A-Z]{2,3}-\d{3,4}|\d{3,4}-[A-Z]{2,3})(?=载|送|来|去|到|带|接)")
_R44_ACRONYM_ID = re.compile(r"\b([A-Z]{3,6})(?:[ \t]+(?i:operator|card|licence|license|registration|member(?:ship)?))?(?:[ \t]+(?i:no\.?|number))?"
                             r"(?:[ \t]+(?i:is|was))?[ \t]*:?[ \t]+([A-Z]{1,4}-\d{5,8})(?![\w\-])")
_R44_OPERATOR_ID = re.compile(r"(?i:\b(?:operator|cscs|cpcs|card)[ \t]+(?:no\.?|number))(?:[ \t]+(?i:is|was))?[ \t]*:?[ \t]*([A-Z]{1,4}-\d{5,8}|\d{6,10})(?![\w\-])"
                              r"(?![ \t]\d)")
# a hospital's own letters (OPD, UNMH, UHCW, BRMC): its number is a record number, not a scheme's
_R44_HOSPITAL_ACRONYM = re.compile(r"(?:OPD|OP|IPD|[A-Z]*(?:H|HC|MC|HS|HW|UH[A-Z]*))$")
_R44_CARD_NUMBER_LATER = re.compile(r"(?i:\bcard\b)[^.!?\n]{0,40}?,[ \t]*(?i:number|no\.?)[ \t]*:?[ \t]*(\d{6,10})(?![\w\-])")
_R44_BRACKET_ACRONYM_ID = re.compile(r"(?i:\b(?:number|no\.?))[ \t]*\((?-i:[A-Z]{2,5})\)(?:[ \t]+(?:on|in|from)[ \t]+(?:the|his|her|their|my)[ \t]+[a-z]+[ \t]+[a-z]+)?"
                                     r"(?:[ \t]+(?i:is|was))?[ \t]*:?[ \t]*(\d{6,13})(?![\w\-])")
_R44_LICENCE_GROUPS = re.compile(r"(?i:\blicen[cs]e(?:[ \t]+(?:no\.?|number|#))?(?:[ \t]+(?:is|was))?)[ \t]*:?[ \t]*((?-i:[A-Z]\d{4}[ \t]\d{5}[ \t]\d{5}))(?![\w\-])")
_R44_STILL_AT_AGE = re.compile(r"(?i:\bstill\b)[^.!?\n;]{0,40}?\bat[ \t]+(9\d|1[01]\d)(?=[ \t]*[.,;!?]|[ \t]*$)")
_R44_DEVICE_CUE2 = re.compile(
    r"(?:(?i:\b(?:rollator|walker|wheelchair|commode|hoist|cushion|mattress|splint|boot|collar)(?:[ \t]+(?:frame|seat|base|pump))?[ \t]+"
    r"(?:number|no\.?|serial|serial[ \t]+(?:no\.?|number)|asset[ \t]+(?:no\.?|number|tag)|tag)(?:[ \t]+(?:is|was))?)[ \t]*:?[ \t]*|"
    r"[" + _CJK + r"]{1,6}(?:垫|器|仪|机|泵|椅|枪|镜|床垫|气垫床)(?:的)?(?:出厂编号|资产编号|序列号|编号|序号|机身号)(?:是|为|系|：|:)?[ \t]*)"
    r"((?=[A-Z0-9\-]*\d)[A-Z][A-Z0-9]{0,5}(?:-[A-Z0-9]{1,8}){1,4})(?![A-Za-z0-9\-])")
_R44_ZH_HEADING_NAME = re.compile(r"(?:关于|有关|关於)(" + _R44_ZH_NAME + r")(?=[：:])")
_R44_ZH_PARTNER_NAME = re.compile(r"(?:我对象|我爱人|我老伴|我外婆|我外公|帮我外婆|帮我外公|帮我奶奶|帮我爷爷)(" + _R44_ZH_TITLE + r"(?:" + _ZH_COMPOUND_SURNAMES + r"|[" +
                                  _R44_ZH_SURNAMES + r"那])" + _R44_ZH_GIVEN + r"{2})(?=在|的|今年|住|改|换|更新|预约|复查|做|去|来|，|,)")
_R44_ZH_POSS_RECORD_NAME = re.compile(r"(?:^|(?<=[。！？\n]))(" + _R44_ZH_NAME + r")(?=嘅|的)(?=..{0,6}?(?:咭|卡|证|号码|编号|病历|资料|报告))")
_R44_ZH_UNIT_OF_NAME = re.compile(r"(?:所|厂|站|局|队|公司|车间|医院|学校|单位)的(" + r"(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _R44_ZH_SURNAMES + r"])" +
                                  _R44_ZH_GIVEN + r"{2})(?=[，,])")
_R44_NAME_ON_IT = re.compile(r"(?i:\bname[ \t]+on[ \t]+(?:it|them|the[ \t]+card|the[ \t]+badge)(?:[ \t]+(?:is|was|says|reads))?)[ \t]*:?[ \t]+(" + _R42_FULL + r")"
                             r"(?=[ \t]*[.,;:!?]|[ \t]*$)")
_R44_FAMILY_OF = re.compile(r"(?i:\bthe[ \t]+(?:family|daughter|son|wife|husband|carer|neighbour|neighbor)[ \t]+of)[ \t]+"
                            r"([" + _UPPER + r"][" + _LETTER + r"'’\-]+(?:[ \t]+(?:(?:da|de|dos|das|do|del|van|von|le|la)[ \t]+)?[" + _UPPER + r"][" + _LETTER +
                            r"'’\-]+){1,3})(?=[ \t]+(?:asked|wants|wanted|has|have|is|are|would|said|says)\b)")
_R44_HERE_NAME = re.compile(r"(?i:\bhere),[ \t]+(" + _R42_FULL + r")(?=,[ \t]+|[ \t]*[.;])")
_R44_SIGNATURE = re.compile(r"(?<=[.!?])[ \t]+(" + _R42_FULL + r")\.?[ \t]*$")
_R44_HOUSE_NAME = re.compile(r"(The[ \t]+(?:[A-Z][a-z'’]+[ \t]+){1,3}(?:Loft|Cottage|House|Barn|Lodge|Mill|Granary|Stables|Bungalow|Old[ \t]+School|Forge|"
                             r"Coach[ \t]+House|Chapel|Farmhouse|Byre|Rectory|Vicarage)),[ \t]+$")
_R44_TETUM_DATE = re.compile(r"(?i:\b(\d{1,2}[ \t]+(?:janeiru|fevereiru|marsu|abríl|abril|maiu|juñu|junu|jullu|julu|agostu|setembru|outubru|novembru|dezembru)"
                             r"[ \t]+(?:18|19|20)\d\d)\b)")
_R44_LOT_BEFORE = re.compile(r"(?i:\b(?:lot|batch|exp|expiry)[ \t]*(?:no\.?|number|#)?[ \t]*:?[ \t]*)$")


def _round44b_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 44 families found on blind44 (see above): forced spans win over what they overlap; look-alikes are dropped."""
    forced: list[tuple[int, int, str]] = []
    drop: list[tuple[int, int, str]] = []

    zh = bool(re.search(r"[" + _CJK + r"]", text))
    hard = ("ADDRESS", "EMAIL", "URL", "ID", "MRN", "DEVICE", "VEHICLE", "PHONE", "IP", "DATE", "LICENSE", "SSN", "HEALTH_PLAN", "ACCOUNT")
    web = ("EMAIL", "URL", "IP", "DATE")
    for regex, kind in ((_R44_HIN, "VEHICLE"), (_R44_SSR, "VEHICLE"), (_R44_OPERATOR_ID, "ID"), (_R44_CARD_NUMBER_LATER, "ID"),
                        (_R44_BRACKET_ACRONYM_ID, "ID"), (_R44_LICENCE_GROUPS, "LICENSE"), (_R44_DEVICE_CUE2, "DEVICE"),
                        (_R44_TETUM_DATE, "DATE")):
        for m in regex.finditer(text):
            if _overlaps_kinds(out, *m.span(1), web if kind != "DATE" else ("EMAIL", "URL", "IP")):
                continue
            # a device read already there stands (a serial of two parts, 序列号MMT-780G NG7712093H)
            if kind == "DEVICE" and _overlaps_kinds(out, *m.span(1), ("DEVICE",)):
                continue
            if regex is _R44_BRACKET_ACRONYM_ID:
                # a hospital's own number in brackets (Medical Record Number (MRN): ...) is a record number
                label = re.split(r"[.!?;][ \t]", text[max(0, m.start() - 40):m.start(1)])[-1]
                if _R42_HOSPITAL_LABEL.search(label) or re.search(r"\((?:MRN|NHS|CHI|URN|UR|HN|PID|OPD|[A-Z]*H)\)", label):
                    continue
            if regex is _R44_OPERATOR_ID:
                label = re.split(r"[.!?;][ \t]", text[max(0, m.start() - 30):m.start()])[-1]
                if _R42_HOSPITAL_LABEL.search(label) or re.search(r"\b(?:OPD|OP|IPD)[ \t]*$", label) or \
                        (re.search(r"\b([A-Z]{2,6})[ \t]*$", label) and _R44_HOSPITAL_ACRONYM.search(label.rstrip())):
                    continue
            forced.append((*m.span(1), kind))
    for m in _R44_ACRONYM_ID.finditer(text):
        # the value's letters are the acronym's, in order (RTITB -> RTB, NPORS -> N): a scheme's own number
        letters, acronym = re.sub(r"[^A-Z]", "", m.group(2)), m.group(1)
        it = iter(acronym)
        if letters and letters[0] == acronym[0] and all(ch in it for ch in letters) and not _overlaps_kinds(out, *m.span(2), web) and \
                acronym not in ("MRN", "NHS", "CHI", "URN", "HOSP") and not _R44_HOSPITAL_ACRONYM.search(acronym):
            forced.append((*m.span(2), "ID"))
    for m in _R44_STILL_AT_AGE.finditer(text):
        if not _R44_AGE_NOT_READING.match(text, m.end(1)) and not _overlaps_kinds(out, *m.span(1), hard):
            forced.append((*m.span(1), "AGE"))
    for regex in (_R44_NAME_ON_IT, _R44_FAMILY_OF, _R44_HERE_NAME, _R44_SIGNATURE):
        for m in regex.finditer(text):
            name = m.group(1)
            ok = _r42_name_ok(name) if regex is not _R44_FAMILY_OF else all(
                _r42_name_ok(w) or w.lower() in _PARTICLES for w in name.split()) and not any(w.lower() in _NOT_NAMES for w in name.split())
            # a sign-off is two words, the first a known first name ("Kerry Holt."; not "Big Ben.")
            if regex is _R44_SIGNATURE and (len(name.split()) != 2 or name.split()[0].lower() not in FIRST_NAMES or
                                            any(w.lower() in _NOT_NAMES for w in name.split())):
                ok = False
            if ok and not _overlaps_kinds(out, *m.span(1), hard + ("NAME",)) and not _R42_NAMED_THING.match(text, m.end(1)):
                forced.append((*m.span(1), "NAME"))
    for s, e, k in out:
        if k == "ADDRESS":
            house = _R44_HOUSE_NAME.search(text, max(0, s - 60), s)
            if house:
                forced.append((house.start(1), e, k))
        # a LOT or batch code is no device serial when no device is named in its own sentence ("... on the pump. LOT
        # 23A917 on the cream"); an implant card's lot stays a device number
        if k == "DEVICE" and _R44_LOT_BEFORE.search(text, max(0, s - 16), s):
            sentence = re.split(r"[.!?。！？][ \t]*", text[max(0, s - 80):s])[-1]
            if not _DEVICE_NOUN.search(sentence):
                drop.append((s, e, k))
    if zh:
        forced += [(*m.span(1), "VEHICLE") for m in _R44_ZH_DRIVE_PLATE.finditer(text)]
        for regex in (_R44_ZH_HEADING_NAME, _R44_ZH_PARTNER_NAME, _R44_ZH_POSS_RECORD_NAME, _R44_ZH_UNIT_OF_NAME):
            for m in regex.finditer(text):
                name = m.group(1)
                if regex is not _R44_ZH_HEADING_NAME and not all(ch in _R42_ZH_GIVEN_COMMON for ch in name[-2:]):
                    continue
                if not _overlaps_kinds(out, *m.span(1), ("ADDRESS", "DATE", "EMAIL", "URL", "VEHICLE", "ID", "MRN", "DEVICE", "PHONE")) and \
                        not re.match(_R36_ZH_WORD_START, name):
                    forced.append((*m.span(1), "NAME"))
    if drop:
        out = [c for c in out if c not in drop]
    return _with_forced(out, forced) if forced else out


def _r44_tagger_lookalike(text: str, start: int, end: int, kind: str) -> bool:
    """A tagger span that is no PHI (round 44): a Blue Badge or other scheme name, a famous person someone admires or
    compares a child to ("the next X Y", 最佩服X, 喜欢X的歌, X的画像), a queue number (排咗号C118), a hospital bed place (3号楼5层12床),
    a bus route read as an address."""
    value = text[start:end]
    folded = fold_traditional(text)
    if kind == "NAME":
        if _R44_NOT_PERSON_NAME.fullmatch(value) or _R44_FAMOUS_BEFORE.search(text, max(0, start - 20), start) or \
                re.fullmatch(r"(?:(?:Avenue|Street|Road|Lane|Drive|North|South|East|West|Upper|Lower)[ \t]*){2,3}", value):
            return True
        if re.search(r"[" + _CJK + r"]", value):
            return bool(_R44_ZH_FAMOUS_BEFORE.search(folded, max(0, start - 6), start) or _R44_ZH_FAMOUS_AFTER.match(folded, end))
        return False
    if kind == "ADDRESS":
        return bool(_R44_BUS_ADDRESS.match(text, start) or any(b.start() <= start and end <= b.end() for b in _R42_ZH_BED.finditer(folded)))
    return bool(re.fullmatch(r"[A-Z]{1,2}\d{2,4}", value) and _R44_ZH_QUEUE.search(folded[max(0, start - 24):start]))


# Round 47 (blind46's misses, by format; examples here and in tests/test_phi_round47.py are our own):
# - a US state's driving licence named by the state, any number shape ("Ohio licence K8812-44019-20931",
#   "Washington licence WDLQ7RMN2ZPX"): ID;
# - a scheme's card / certificate / licence / permit / reference / donor or member number with a structured code
#   (letters and digits joined by "-", "/" or "."; "gas safe card GWS/55120984", "pilot licence PPL.UK.770412"), or a
#   long library / loyalty card number: ID, also where an earlier pass read it as a record number though no hospital
#   word or hospital acronym labels it; a device's card in the same sentence stays a device serial. Chinese: a
#   registration / certificate / case number (登录字号, 个案编号, 许可证号) with a structured code;
# - an implant card's number in Chinese (种植体卡编号, 支架卡号码, 瓣膜卡上的序号): DEVICE;
# - an aircraft registration after "glider / aircraft / plane (reg)": VEHICLE (G-CSF, the drug, has no aircraft cue);
# - "Name, 96, 7 Mill Lane": the age is no part of the address;
# - a person named in a cue frame with a surname the lexicon lacks: "for X Y's occupational health referral", "X Y's
#   glider", "on X Y's knee" (round 42's possessive-record table widened), a "Re X Y -" heading, "one of our coaches,
#   X Y,", "our scaffold lead X Y cut ...", "X Y (my son, 9)"; Chinese: 登记X的资料, X住院的信息, 我系X嘅家人, 作坊的X
#   下个月, 保健员X想问 (surnames 危 官 利 added to round 42's rare-surname table).
_R47_US_STATES = (r"(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|"
                  r"Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|"
                  r"Montana|Nebraska|Nevada|New[ \t]+Hampshire|New[ \t]+Jersey|New[ \t]+Mexico|New[ \t]+York|North[ \t]+Carolina|"
                  r"North[ \t]+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode[ \t]+Island|South[ \t]+Carolina|South[ \t]+Dakota|"
                  r"Tennessee|Texas|Utah|Vermont|Virginia|Washington|West[ \t]+Virginia|Wisconsin|Wyoming|D\.?C\.?)")
_R47_STATE_LICENCE = re.compile(r"\b" + _R47_US_STATES + r"(?i:[ \t]+(?:driver['’]?s|driving))?(?i:[ \t]+licen[cs]e)(?i:[ \t]+(?:no\.?|number|#))?"
                                r"(?i:[ \t]+(?:is|was))?[ \t]*:?[ \t]*((?-i:(?=[A-Z0-9\-]*\d|WDL)[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,19}))(?![\w\-/]|\.\w)")
_R47_SCHEME_CODE = re.compile(r"(?i:\b(?:card|certificate|cert|licen[cs]e|permit|reference|(?:donor|member|membership|registration|scheme|worker|operator)[ \t]+(?:number|no\.)))(?i:[ \t]+(?:no\.?|number|#))?"
                              r"(?i:[ \t]+(?:for[ \t]+(?:us|him|her|them)[ \t]+)?(?:is|was|reads|says))?[ \t]*:?[ \t]*"
                              r"((?-i:(?=(?:[^\s]*?\d){4})[A-Z]{1,5}\d{0,3}(?:[\-/.](?:[A-Z]{2,5}|[A-Z]?\d{2,9}[A-Z]?)){1,4}))(?![\w\-/]|\.\w)")
_R47_LONG_CARD = re.compile(r"(?i:\b(?:library|loyalty|membership|member|season|leisure|gym)[ \t]+card(?:[ \t]+(?:no\.?|number|#))?(?:[ \t]+(?:is|was))?)"
                            r"[ \t]*:?[ \t]*(\d{10,16})(?![\w\-])")
_R47_ZH_SCHEME_ID = re.compile(r"(?:登录字号|登记字号|登记号|注册号|字号|个案编号|案件编号|个案号|证书编号|许可证号|执照号)[，,]?(?:是|为|系|：|:)?[ \t]*"
                               r"((?=[A-Z0-9\-/]*\d{4})[A-Z]{1,4}[\-/]?[A-Z0-9]+(?:[\-/][A-Z0-9]+){1,4})(?![\w\-])")
_R47_ZH_IMPLANT_CARD = re.compile(r"(?:种植体|植入体|支架|瓣膜|起搏器|植入物|人工关节|耳蜗)[^。！？；\n]{0,12}?卡[^。！？；\n]{0,6}?(?:编号|序号|号码|号)[是为系：:]?[ \t]*"
                                  r"([A-Z]{2,5}(?:-[A-Z0-9]{2,8}){1,3})(?![\w\-])")
_R47_AIRCRAFT_REG = re.compile(r"(?i:\b(?:glider|sailplane|aircraft|aeroplane|airplane|plane|microlight|helicopter|gyrocopter|motor-?glider)"
                               r"(?:[ \t]+(?:reg(?:istration)?\.?|is|was|registered(?:[ \t]+as)?)){0,2})[ \t]*:?[ \t]*"
                               r"((?-i:(?:G|EI|D|F|OO|PH|HB|OY|SE|LN|VH|ZK|C)-[A-Z]{4}|N\d{1,5}[A-Z]{0,2}))(?![\w\-])")
_R47_AGE_BEFORE_HOUSE = re.compile(r"(9\d|1[01]\d),[ \t]+(?=\d{1,4}[A-Za-z]?[ \t]+[" + _UPPER + r"])")
_R47_RE_HEADING = re.compile(r"(?:^|(?<=\n))Re:?[ \t]+(" + _R42_FULL + r")(?=[ \t]*(?:[\-–—:/,(]|$))")
_R47_ONE_OF_OUR = re.compile(r"(?i:\bone[ \t]+of[ \t]+our[ \t]+[a-z\-]{3,20}s),[ \t]+(" + _R42_FULL + r")(?=[ \t]*,)")
_R47_OUR_TRADE = re.compile(r"\bOur[ \t]+(?:[a-z\-]{2,20}[ \t]+){0,2}(?:man|woman|lead|foreman|forewoman|manager|supervisor|apprentice|"
                            r"operator|technician|fitter|welder|joiner|carpenter|mechanic|chef|cook|cleaner|porter|warden|steward|keeper|hand)"
                            r"[ \t]+(" + _R42_FULL + r")(?=[ \t]+(?:had|has|is|was|burned|burnt|cut|fell|hurt|broke|got|needs|came|went|slipped)\b)")
_R47_KIN_BRACKET = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))(" + _R42_FULL + r")[ \t]*\((?i:my|our|his|her)[ \t]+(?i:son|daughter|child|boy|girl|"
                              r"mum|mom|mother|dad|father|wife|husband|partner|brother|sister|nan|gran|grandson|granddaughter)\b")
_R47_ZH_FRAME_NAME = re.compile(r"(?:登记|我系|我是|帮|关于|问|作坊的|铺的|店的|社的|馆的|组的|班的)(" + _R42_ZH_NAME3 + r")"
                                r"(?=的资料|嘅资料|的信息|嘅家人|的家人|的家属|嘅家属|的检查|的报告)")
_R47_ZH_UNIT_NAME = re.compile(r"(?:作坊|队|组|班|店|铺|社|馆|厂|车间)的(" + _R42_ZH_NAME3 + r")(?=下个月|上个月|前天|昨天|今天|要做|想问|烫伤|烧伤|摔|受伤|住院|在你们)")
_R47_ZH_LEAD_NAME = re.compile(r"(?:^|(?<=[。！？\n]))(" + _R42_ZH_NAME3 + r")(?=住院的(?:信息|资料)|住院嘅(?:信息|资料))")
_R47_ZH_ROLE_NAME = re.compile(r"(?:的|嘅)(?:保健员|保育员|育婴员|护工|师傅|员工|工人|同事|队员|学员)(" + _R42_ZH_NAME3 + r")(?=想|要|问|说|讲|话|下个月|上个月|今天|昨天)")
# round 42's hospital label as whole words ("pilot" is no "lot", "chainsaw" no "chi")
_R47_HOSPITAL_WORD = re.compile(r"\b(?:" + _R42_HOSPITAL_LABEL.pattern + r")s?\b")


def _round47_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 47 families (see above): forced spans win over what they overlap."""
    forced: list[tuple[int, int, str]] = []
    web = ("EMAIL", "URL", "IP")
    for regex, kind in ((_R47_STATE_LICENCE, "ID"), (_R47_SCHEME_CODE, "ID"), (_R47_LONG_CARD, "ID"), (_R47_AIRCRAFT_REG, "VEHICLE")):
        for m in regex.finditer(text):
            s, e = m.span(1)
            # only a record-number read gives way (a policy number stays a health-plan number, a plate a plate)
            if any(cs < e and s < ce and k != "MRN" for cs, ce, k in out):
                continue
            if regex is _R47_SCHEME_CODE:
                # a hospital's, a clinic's or a batch's own number keeps its kind; a device's serial is no scheme card
                label = re.split(r"[.!?;,][ \t]", re.sub(r"(?i)\b(no|ref)\.", r"\1_", re.sub(r"\S*[/@]\S*", " ", text[max(0, s - 45):s])))[-1]
                if _R47_HOSPITAL_WORD.search(label) or re.search(r"\b(?:MRN|NHS|CHI|URN|LOT|EXP)\b", label) or \
                        _DEVICE_NOUN.search(re.split(r"[.!?][ \t]", text[max(0, s - 120):s])[-1]) or \
                        re.search(r"(?i:\bhosp\b)|\b(?:OPD|OP|IPD)\b", label) or \
                        any(_R44_HOSPITAL_ACRONYM.search(a) for a in re.findall(r"\b[A-Z]{2,6}\b", label)) or re.search(r"(?i:\b(?:version|v|firmware|model|part|product|item|order|invoice|tracking|parcel|form|flight|train|"
                                                         r"ticket|queue|bed|bay|room|bus|route|policy|plan|prescription))\b", label):
                    continue
            forced.append((s, e, kind))
    zh = bool(re.search(r"[" + _CJK + r"]", text))
    if zh:
        for m in _R47_ZH_SCHEME_ID.finditer(text):
            if not any(cs < m.end(1) and m.start(1) < ce and k != "MRN" for cs, ce, k in out):
                forced.append((*m.span(1), "ID"))
        forced += [(*m.span(1), "DEVICE") for m in _R47_ZH_IMPLANT_CARD.finditer(text)]
        for regex in (_R47_ZH_FRAME_NAME, _R47_ZH_LEAD_NAME, _R47_ZH_ROLE_NAME, _R47_ZH_UNIT_NAME):
            for m in regex.finditer(text):
                if not _overlaps_kinds(out, *m.span(1), ("ADDRESS", "DATE", "EMAIL", "URL", "VEHICLE", "ID", "MRN", "DEVICE", "PHONE")):
                    forced.append((*m.span(1), "NAME"))
    # "Name, 96, 7 Mill Lane": an age of 90 or more between a name's comma and a house number is no part of the address
    for cs, ce, k in out:
        age = _R47_AGE_BEFORE_HOUSE.match(text, cs) if k == "ADDRESS" else None
        if age and re.search(r"[" + _LETTER + r"],[ \t]*$", text[max(0, cs - 3):cs]):
            forced += [(*age.span(1), "AGE"), (age.end(), ce, "ADDRESS")]
    for regex in (_R47_RE_HEADING, _R47_ONE_OF_OUR, _R47_OUR_TRADE, _R47_KIN_BRACKET):
        for m in regex.finditer(text):
            if _r42_name_ok(m.group(1)) and not _overlaps_kinds(out, *m.span(1), ("ADDRESS", "EMAIL", "URL", "ID", "MRN", "DEVICE", "VEHICLE", "NAME")) \
                    and not _R42_NAMED_THING.match(text, m.end(1)):
                forced.append((*m.span(1), "NAME"))
    return _with_forced(out, forced) if forced else out


# Round 48 (blind48's misses, by format; examples here and in tests/test_phi_round48.py are our own):
# - a birth on a named festival day (round 42's holiday table widened): 寒食, 上巳节, 花朝节, 龙抬头, 二月二, 三月三, 佛诞,
#   观音诞, 谭公诞, 天后诞 ... after a year (1931年三月三十日 stays a whole date); in English a named civic day without a
#   year ("seen on Burns Night", "op moved from Tartan Day") where the sentence tells of a visit, an operation or a birth;
# - a record number a hospital's own acronym labels ("CUH number CUH-3921180", "JR number JRH/24/1182", "your number
#   with us is KGH-MC-1234"), or a spaced one after a wristband label or with a hospital's acronym ("wristband number
#   ABX 310 7729", "RVH 2204 1187"): MRN; a scheme's agreement / pass / reference / registration with a spaced or
#   structured code ("Freedom Pass no. FP 7730 4415 2268", "council tax ref CR 40918836", "Motability agreement
#   MOT-55120847", "membership BCA-CR-50817", "PIP reference PIP 31 77 04 B"), a licence whose digits are spaced
#   ("licence 28 417 903") and a business registration (商业登记号码): ID; a frame or chassis number: DEVICE;
# - a person named in a frame with a surname the lexicon lacks: a club title ("Coach X Y", "Pipe Major X Y"), "belong to
#   X Y", "X Y's car / follow-up", "X Y (Blue Badge no. ...)"; "I am ninety-four": AGE; round 8's product-before-serial
#   drop spares a titled person ("for Mrs X Y - analyser serial ..."); Chinese: 帮X更新资料, 当事人X，, 病人X，,
#   我是...农X，/我系...嘅X，, 我们班主X住院 (surnames 楼 睢 added to round 42's rare-surname table; given names 阿X);
# - a Chinese address's block tail after 号 (院3号楼1单元502室, 附3号), a Hong Kong village address (香港...村第二段47号地下),
#   a US street of the types Bend, Loop, Run, Pass, Trace, Crossing, and a UK named house with no number ("Ty Gwyn,
#   Cefnllys Lane, Town POSTCODE"); a URL's "?lang=pt." is no patient cue before a capitalised word.
_R48_NAMED_DAY = (r"(?:Tartan|Evacuation|Emancipation|Patriots['’]?|Presidents['’]?|Memorial|Labou?r|Veterans['’]?|Columbus|Flag|"
                  r"Groundhog|Canada|Australia|Waitangi|Anzac|Armistice|Remembrance|Boxing|Independence|St[ \t]Andrew['’]s|"
                  r"St[ \t]David['’]s|St[ \t]George['’]s|St[ \t]Patrick['’]s|Burns|Bonfire|Mothering|Mother['’]s|Father['’]s|"
                  r"Pancake|Shrove|Ash|Maundy)[ \t](?:Day|Night|Tuesday|Wednesday|Thursday|Sunday)|Juneteenth|Hogmanay")
_R48_NAMED_DAY_EN = re.compile(r"(?i:\b(?:on|from|since|until|till|before|after|to)[ \t]+)((?-i:" + _R48_NAMED_DAY + r"))(?![ \t]*(?:19|20)\d\d)(?![\w'’])")
_R48_DAY_EVENT = re.compile(r"(?i:\b(?:seen|admitted|discharged|operat\w*|op|surgery|procedure|appointment|appt|follow-?up|scan|"
                            r"visit|visited|born|fell|collapsed|notes|review|clinic[ \t]+letter|bloods|booked|moved?)\b)")
_R48_DAY_OPENING = re.compile(r"(?i:\b(?:open|opening|closed|close|shut|(?<!-)hours|bank[ \t]+holiday|parade|every[ \t]+year)\b)")
_R48_ECHO_MRN = re.compile(r"(?<![\w\-/])([A-Z]{2,5})[ \t]+(?i:no\.?|number|#)[ \t]*:?[ \t]*(?i:is[ \t]+)?"
                           r"(\1[A-Z]{0,2}(?:[\-/][A-Z0-9]{1,4})*[\-/]?\d{5,9})(?![\w\-/]|\.\w)")
# a spaced record number: after a wristband or hospital label, or with a hospital's acronym ("Conquest number CQH 0417 7290")
_R48_SPACED_MRN = re.compile(r"(?i:\b(?:(wristband|hospital|hosp|record|pas)[ \t]+)?(?:number|no\.?|#))[ \t]*:?[ \t]*(?i:is[ \t]+)?"
                             r"((?-i:([A-Z]{2,5})(?:[ \t]\d{3,4}){2,3}))(?![\w\-/]|[ \t]\d)")
_R48_WITH_YOU_MRN = re.compile(r"(?i:\b(?:number|no\.?)[ \t]+with[ \t]+(?:you|your[ \t]+(?:hospital|clinic|trust))(?:[ \t]+(?:is|was))?)[ \t]*:?[ \t]*"
                               r"((?-i:[A-Z]{2,5}(?:-[A-Z]{1,4})*-\d{5,9}))(?![\w\-/]|\.\w)")
_R48_SCHEME_ID = re.compile(r"(?i:\b(?:pass|agreement|reg|registration|membership)(?:[ \t]+(?:no\.?|number|#))?)(?:[ \t]+(?i:is|was))?[ \t]*:?[ \t]*"
                            r"((?-i:(?=[A-Z0-9/\-]*\d{4})(?!REF)[A-Z]{2,6}(?:[\-/](?:[A-Z]{1,4}|\d{2,9})){1,3}))(?![\w\-/]|\.\w)")
# a spaced code after its scheme word: letters, then groups of digits ("pass no. BP 4410 2276 9013", "tax ref DT 77120934")
_R48_SPACED_SCHEME_ID = re.compile(r"(?i:\b(?:pass|agreement|ref|reference|card)(?:[ \t]+(?:no\.?|number|#))?)(?:[ \t]+(?i:is|was))?[ \t]*:?[ \t]*"
                                   r"((?-i:[A-Z]{1,4}(?:[ \t]\d{3,6}){2,4}|[A-Z]{1,4}(?:[ \t]\d{2}){3,4}[ \t][A-D]|[A-Z]{1,4}[ \t]\d{6,10}))(?![\w\-/]|\.\w|[ \t]\d)")
_R48_SPACED_LICENCE = re.compile(r"(?i:\blicen[cs]e(?:[ \t]+(?:no\.?|number|#))?(?:[ \t]+(?:is|was))?)[ \t]*:?[ \t]*(\d{1,3}(?:[ \t]\d{3}){2})(?![\w\-/]|[ \t]\d)")
_R48_FRAME_DEVICE = re.compile(r"(?i:\b(?:frame|chassis)[ \t]+(?:no\.?|number|#|serial))[ \t]*:?[ \t]*"
                               r"((?-i:(?=[A-Z0-9\-]*\d)[A-Z0-9]{2,8}(?:-[A-Z0-9]{2,10}){1,3}))(?![\w\-/])")
_R48_CLUB_TITLE = re.compile(r"(?<![A-Za-z])(?:Coach|Pipe[ \t]Major|Drum[ \t]Major|Bandmaster|Scoutmaster|Akela|"
                             r"Councillor|Deacon)[ \t]+(" + _R42_FULL + r")(?![\w'’])")
_R48_OWNER_NAME = re.compile(r"(?i:\b(?:belong|belongs|belonged)[ \t]+to)[ \t]+(" + _R42_FULL + r")(?![\w'’])")
_R48_POSS_THING = re.compile(r"(?:(?i:\b(?:for|about|move|moving|change|changing|cancel|cancelling|rebook|rebooking)[ \t]+)|(?:^|(?<=[.!?:][ \t]))(?i:can|could|please)[ \t]+)"
                             r"(" + _R42_FULL + r")['’]s[ \t]+(?=(?i:car|van|bike|trike|follow-?up|check-?up|review|scan|op|operation|bloods|x-?ray|visit)\b)")
_R48_NAME_BRACKET_ID = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))(" + _R42_FULL + r")[ \t]*\((?:[A-Za-z]{2,14}[ \t]+){0,2}(?i:no\.|(?:no|number|reg|registration|"
                                  r"agreement|ref|licen[cs]e|card|membership|id)\b)[ \t]*:?[ \t]*[A-Z]{0,6}[\-/ ]?\d")
_R48_AGE_IS_WORDS = re.compile(r"(?i:\b(?:i[ \t]+am|i['’]m|he[ \t]+is|she[ \t]+is|he['’]s|she['’]s|who[ \t]+is|is[ \t]+now|now)[ \t]+)(" + _AGE_WORDS + r")"
                               r"(?=[ \t]*(?:and\b|but\b|[,.;!?)]|$|years?\b|yrs?\b|this\b|now\b))")
_R48_ZH_BUSINESS_ID = re.compile(r"(?:商业登记|商业登记证|营业执照|统一社会信用代码|工商登记)(?:号码|编号|号|证号)?[是为系：:]?[ \t]*(\d{8}(?:-[0-9A-Z]{1,4}){1,4}|[0-9A-Z]{15,18})(?![\w\-])")
_R48_URL_PT = re.compile(r"[=/?&]pt\.?[ \t]+$")
# a house with a name and no number ("Ty Gwyn, Cefnllys Lane, Builth LD2 3AB"): house name, street, town and a UK postcode
_R48_HOUSE_NAME_ADDRESS = re.compile(r"(?<![\w'’])((?:(?-i:[A-Z][a-z]{1,14}(?:[ \t\-](?:[A-Z][a-z]{1,14}|na|an|y|yr|nan|mo))?(?:[ \t][A-Z][a-z]{1,14})?),[ \t]+)?"
                                     r"(?-i:[A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20}){0,2})[ \t]+(?-i:Street|Road|Lane|Avenue|Drive|Close|Crescent|Terrace|Grove|Row|Way|"
                                     r"Place|Square|Hill|Brae|Wynd|Loan|Gardens|View|Walk|Rise),[ \t]+(?-i:[A-Z][a-z]{2,20}(?:[ \t\-][A-Z][a-z]{2,20}){0,2}),?[ \t]+"
                                     + _UK_POSTCODE + r")(?![\w])")
# the last word of an event, a firm or a place after a club title ("Scoutmaster Training Weekend", "Coach Trip Holidays")
_R48_NOT_SURNAMES = set("""training weekend weekends holiday holidays trip trips tour tours travel station academy surgery hours camp club team
    session sessions night day course meeting party practice event trust fund centre center hall house lane road park services company
    ltd limited group association society band parade contest championship championships league cup""".split())
_R48_ZH_GIVEN_A = r"(?:[" + _R36_ZH_ALL_SURNAMES + _R42_ZH_RARE + r"]阿(?![姨婆公伯叔嫂妈爸爷嬷嫲姐哥弟妹婶舅奶爹])[" + _CJK + r"])"
_R48_ZH_NAME = r"(?:" + _R48_ZH_GIVEN_A + r"|" + _R42_ZH_NAME3 + r")"
_R48_ZH_FRAMES = [
    re.compile(r"(?:帮|替|给)(" + _R48_ZH_NAME + r")(?=(?:女士|先生|小姐|老先生|老太太|阿姨)?(?:更新|改一下|改下|修改|更改|核对|登记|补登|预约|挂号|申请)"
               r"(?:一下)?(?:的)?(?:信息|资料|资讯|数据|地址|电话|病历|预约)?)"),
    re.compile(r"(?:当事人|委托人|病人|患者|病患|伤者)(" + _R48_ZH_NAME + r")(?=[，,。；;：:、]|咨询|询问|想问)"),
    re.compile(r"我(?:是|系)[^，,。！？!?\n]{1,14}?(?<=[农工员主匠户民商嘅的])(" + _R48_ZH_NAME + r")(?=[，,。；;])"),
    re.compile(r"(?:我们|我哋|咱们|我们的)(?:班主|团长|队长|老板|老板娘|师傅|主任|站长|村长|组长|厂长|会长|社长)(" + _R48_ZH_NAME + r")"
               r"(?=住院|入院|进了|出院|想|要|今天|昨天|[，,。])"),
]
_R48_ZH_BLOCK_TAIL = re.compile(r"(?:院|号院)?(?:\d{1,3}(?:号楼|栋|幢|座))?(?:\d{1,2}单元)?\d{1,5}(?:室|号|房)|附\d{1,4}号|院\d{1,3}号楼")
_R48_HK_VILLAGE = re.compile(r"(?:香港|九龙|新界)[" + _CJK + r"]{2,12}?(?:村|围|里)(?:第[一二三四五六七八九十]段)?\d{1,4}号(?:地下|[一二三四五六七八九十\d]{1,2}楼)?")
_R48_US_STREET = re.compile(r"(?<![\w\-/])(\d{1,5}[ \t]+(?:[A-Z][a-z]{2,20}[ \t]+){1,3}(?:Bend|Loop|Run|Pass|Trace|Crossing|Cove|Hollow|Ridge|Trail|Pike)"
                            r",[ \t]*[A-Z][a-z]{2,20}(?:[ \t]+[A-Z][a-z]{2,20}){0,2},[ \t]*" + _US_STATES + r"[ \t]+\d{5}(?:-\d{4})?)(?![\w\-])")


def _round48_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 48 families (see above): forced spans win over what they overlap."""
    forced: list[tuple[int, int, str]] = []
    for m in _R48_NAMED_DAY_EN.finditer(text):
        left = re.split(r"[.!?\n][ \t]*", text[max(0, m.start() - 120):m.start()])[-1]
        right = re.split(r"[.!?\n]", text[m.end():m.end() + 60])[0]
        if _R48_DAY_EVENT.search(left + " " + right) and not _R48_DAY_OPENING.search(left + " " + right) \
                and not _overlaps_kinds(out, *m.span(1), ("DATE", "NAME", "ADDRESS")):
            forced.append((*m.span(1), "DATE"))
    for m in _R48_SPACED_MRN.finditer(text):
        if (m.group(1) or _R44_HOSPITAL_ACRONYM.search(m.group(3))) and \
                not _overlaps_kinds(out, *m.span(2), ("DEVICE", "VEHICLE", "HEALTH_PLAN", "PHONE", "EMAIL", "URL", "ACCOUNT")):
            forced.append((*m.span(2), "MRN"))
    for regex, kind in ((_R48_ECHO_MRN, "MRN"), (_R48_WITH_YOU_MRN, "MRN")):
        for m in regex.finditer(text):
            s, e = m.span(regex.groups)
            label = m.group(1) if regex is _R48_ECHO_MRN else ""
            if label in ("LOT", "EXP", "REF", "APP", "VER", "CEA", "SN", "PO", "NI", "ID") or \
                    _overlaps_kinds(out, s, e, ("DEVICE", "VEHICLE", "HEALTH_PLAN", "PHONE", "EMAIL", "URL")):
                continue
            forced.append((s, e, kind))
    for regex, kind in ((_R48_SCHEME_ID, "ID"), (_R48_SPACED_SCHEME_ID, "ID"), (_R48_SPACED_LICENCE, "ID"), (_R48_FRAME_DEVICE, "DEVICE")):
        for m in regex.finditer(text):
            s, e = m.span(1)
            if regex is _R48_SCHEME_ID or regex is _R48_SPACED_SCHEME_ID:
                label = re.split(r"[.!?;,][ \t]", text[max(0, s - 40):s])[-1]
                # a hospital's, a batch's, a leaflet's or a fundraiser's own reference keeps its kind or stays unlabelled
                if _R47_HOSPITAL_WORD.search(label) or re.search(r"(?i:\b(?:hosp|lot|batch|order|invoice|tracking|parcel|booking|flight|ticket|"
                                                                 r"version|model|part|policy|plan|prescription|record|nhs|mrn|serial|s/n|leaflet|"
                                                                 r"form|run|raffle|donation|sponsor\w*|collection|device|machine)\b)", label) or \
                        re.search(r"\b(?:PAS|EPR|EHR|PMI|URN|CHI|MRN|UHID|OPD|IPD)\b", label) or \
                        any(_R44_HOSPITAL_ACRONYM.search(a) for a in re.findall(r"\b[A-Z]{2,6}\b", label + " " + text[s:e].split()[0])):
                    continue
                if _overlaps_kinds(out, s, e, ("DEVICE", "VEHICLE", "HEALTH_PLAN", "PHONE", "EMAIL", "URL", "DATE")):
                    continue
            elif _overlaps_kinds(out, s, e, ("VEHICLE", "PHONE", "EMAIL", "URL")):
                continue
            forced.append((s, e, kind))
    for m in _R48_AGE_IS_WORDS.finditer(text):
        if not _overlaps_kinds(out, *m.span(1), ("AGE", "DATE", "ADDRESS")):
            forced.append((*m.span(1), "AGE"))
    # "?lang=pt. App version": a URL's query value "pt" is no "patient" cue before a name
    out = [c for c in out if not (c[2] == "NAME" and _R48_URL_PT.search(text, max(0, c[0] - 6), c[0]))]
    for regex in (_R48_CLUB_TITLE, _R48_OWNER_NAME, _R48_POSS_THING, _R48_NAME_BRACKET_ID):
        for m in regex.finditer(text):
            if m.group(1).split()[-1].lower() in _R48_NOT_SURNAMES or re.match(r"[ \t]+(?i:car[ \t\-]?park)", text[m.end(1) + 2:]):
                continue
            if _r42_name_ok(m.group(1)) and not _overlaps_kinds(out, *m.span(1), ("ADDRESS", "EMAIL", "URL", "ID", "MRN", "DEVICE", "VEHICLE", "NAME")) \
                    and not _R42_NAMED_THING.match(text, m.end(1)):
                forced.append((*m.span(1), "NAME"))
    for m in _R48_HOUSE_NAME_ADDRESS.finditer(text):
        s, e = m.span(1)
        # the house-name segment is dropped when it is a person's name or a label ("Eirlys Bowen, Cefnllys Lane, ...")
        if m.group(1) != text[s:e] or re.match(r"\d", text[s:e]):
            continue
        first = text[s:e].split(",")[0]
        if "," in text[s:e] and (_overlaps_kinds(out, s, s + len(first), ("NAME",)) or first.split()[0].lower() in _NOT_NAMES
                                 or re.search(r"\d[ \t]*$", text[max(0, s - 6):s])):
            s = s + len(first) + 1
            while text[s] in " \t":
                s += 1
        if not _overlaps_kinds(out, s, e, ("NAME", "EMAIL", "URL", "PHONE", "ID", "MRN")) and \
                not any(cs < s < ce or cs < e < ce for cs, ce, k in out if k == "ADDRESS"):
            forced.append((s, e, "ADDRESS"))
    for m in _R48_US_STREET.finditer(text):
        if not _overlaps_kinds(out, *m.span(1), ("NAME", "EMAIL", "URL", "PHONE")):
            forced.append((*m.span(1), "ADDRESS"))
    if re.search(r"[" + _CJK + r"]", text):
        for regex in _R48_ZH_FRAMES:
            for m in regex.finditer(text):
                name = m.group(1)
                # the cue is strong, so one given character names are made of is enough ("帮邵爱华更新", not "帮忙更新")
                if ("阿" not in name and not any(ch in _R42_ZH_GIVEN_COMMON for ch in name[1:])) or _R11_ZH_NOT_NAME_END.search(name):
                    continue
                if not _overlaps_kinds(out, *m.span(1), ("ADDRESS", "DATE", "EMAIL", "URL", "VEHICLE", "ID", "MRN", "DEVICE", "PHONE")):
                    forced.append((*m.span(1), "NAME"))
        for m in _R48_ZH_BUSINESS_ID.finditer(text):
            if not _overlaps_kinds(out, *m.span(1), ("PHONE", "DEVICE", "VEHICLE")):
                forced.append((*m.span(1), "ID"))
        for m in _R48_HK_VILLAGE.finditer(text):
            if not _overlaps_kinds(out, *m.span(), ("NAME", "PHONE", "ID", "MRN", "ADDRESS")):
                forced.append((*m.span(), "ADDRESS"))
        # an address ending at 号 goes on through its compound, building, unit and room ("8号院3号楼1单元502室", "41号附3号")
        for cs, ce, k in out:
            if k == "ADDRESS" and text[ce - 1:ce] == "号":
                tail = _R48_ZH_BLOCK_TAIL.match(text, ce)
                if tail and tail.end() > ce:
                    forced.append((cs, tail.end(), "ADDRESS"))
    return _with_forced(out, forced) if forced else out


# Round 50 (blind50's PHI part; fitted on no row text, each family written from its shape):
# - a date after a birth label in any language's month words ("DOB 5 an t-Samhain 1979", "born 3 Lúnasa 1962",
#   "Birthday 9 Awst 1974"): the label, then a day, one to three words with no digit, and a four-digit year; Scottish
#   Gaelic, Irish and Welsh month names (with a day and a year) need no label;
# - an age over 89 said the vigesimal way ("four score and twelve", "ceithir fichead 's a deich", "quatre-vingt-onze",
#   "pedwar ugain a deg") after "he's / she's / I'm / aged / turned", or an age in words in brackets after a name
#   ("Jo Bloggs (ninety-one in May)");
# - a rural Chinese address by its parts, county/city/district then town then village, with its group or number
#   (福建省X县Y镇Z村3组, X县Y乡Z村, X市Y镇Z村58号);
# - a UK or Canadian address of comma-separated parts with no street word, a house number first (and an optional house
#   name before it), ending in a postcode ("12 Harrapool, Broadford, Isle of Skye IV49 9AQ"); "Box 88, Town, ON P0V 2A0";
# - a licence or residence card label followed by an alphanumeric token ("Ontario licence K1190-46027-85409", "carte de
#   résident CR-009215", "permit no. WP-22817"): ID;
# - a Chinese name at a message's head after a place or shop (修表铺X，麻烦核对 / 北埔的X，想更新), after a group role
#   (学生X, 队员X, 领队X) or in "帮...的X问一下".
_R50_CELTIC_MONTH = (r"(?:(?:an|am)[ \t]+(?:Faoilleach|Gearran|Màrt|Mart|Giblean|Cèitean|Ceitean|t-Ògmhios|t-Ogmhios|t-Iuchar|Lùnastal|"
                     r"Lunastal|t-Sultain|Dàmhair|Damhair|t-Samhain|Dùbhlachd|Dubhlachd)|Eanáir|Feabhra|Márta|Aibreán|Bealtaine|"
                     r"Meitheamh|Iúil|Lúnasa|Meán[ \t]Fómhair|Deireadh[ \t]Fómhair|Samhain|Nollaig|Ionawr|Chwefror|Chwefrol|Mawrth|"
                     r"Ebrill|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)")
_R50_CELTIC_DATE = re.compile(r"(?<![\w])((?:0?[1-9]|[12]\d|3[01])(?:d|ed|af|ain|ú)?\.?[ \t]+(?:(?:de|den|dy|o|of|ar)[ \t]+)?(?i:" +
                              _R50_CELTIC_MONTH + r"),?[ \t]+(?:1[89]|20)\d\d)(?![\w])")
_R50_BIRTH_LABEL_DATE = re.compile(r"(?i:\b(?:dob|d\.o\.b\.?|born(?:[ \t]+on)?|birthday|birth[ \t]?date|date[ \t]+of[ \t]+birth|geboren|né|née|nacido|nacida)"
                                   r"(?:[ \t]+(?:is|was|:))?[ \t]*:?[ \t]*)"
                                   r"((?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|\.)?[ \t]+(?:[^\W\d_][\w'’\-]*\.?[ \t]+){1,3}(?:1[89]|20)\d\d(?:[ \t]г\.)?)(?![\w])")
_R50_NOT_MONTH_WORDS = set("""weeks week days day months month years year hours early late premature prem ago in at on and the of
    gestation gestational pounds lbs lb ounces oz kg grams g minutes mins""".split())
_R50_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_R50_VIGESIMAL_AGE = (r"(?:four[ \t]+score[ \t]+and[ \t]+" + _R50_TEENS + r"|five[ \t]+score(?:[ \t]+and[ \t]+(?:" + _UNITS_WORDS + r"|" + _R50_TEENS + r"))?"
                      r"|ceithir[ \t]+fichead[ \t]+['’]?s[ \t]+a[ \t]+(?:deich|h-aon[ \t]+deug|dh[àa][ \t]+dheug|tr[ìi][ \t]+deug|ceithir[ \t]+deug|"
                      r"c[òo]ig[ \t]+deug|sia[ \t]+deug|seachd[ \t]+deug|h-ochd[ \t]+deug|naoi[ \t]+deug)|ceud"
                      r"|quatre-vingt-(?:dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf)"
                      r"|(?:deg|un[ \t]+ar[ \t]+ddeg|deuddeg|tri[ \t]+ar[ \t]+ddeg|pedwar[ \t]+ar[ \t]+ddeg|pymtheg)[ \t]+a[ \t]+phedwar[ \t]+ugain"
                      r"|pedwar[ \t]+ugain[ \t]+a[ \t]+(?:deg|un[ \t]+ar[ \t]+ddeg|deuddeg|phymtheg))")
_R50_AGE_CUE = re.compile(r"(?i:\b(?:i[ \t]+am|i['’]m|he[ \t]+is|she[ \t]+is|he['’]s|she['’]s|they['’]re|who[ \t]+is|is[ \t]+now|now|aged|turned|"
                          r"turns|turning|will[ \t]+be|il[ \t]+a|elle[ \t]+a|j['’]ai|mae[ \t]+hi['’]n|mae[ \t]+e['’]n|tha[ \t]+i|tha[ \t]+e)[ \t]+)"
                          r"((?i:" + _R50_VIGESIMAL_AGE + r"))(?![\w\-])")
_R50_BRACKET_AGE_WORDS = re.compile(r"(?<=[A-Za-z])[ \t]*[(（]((?i:" + _AGE_WORDS + r"))(?=[ \t]*(?:[)）]|years?\b|yrs?\b|in[ \t]|next[ \t]|this[ \t]|last[ \t]|on[ \t]))")
_R50_PLACE_CH = r"(?:(?![地址是在住为為于於到的我家寄送搬喺系係：:])[" + _CJK + r"])"
_R50_ZH_RURAL_ADDRESS = re.compile(r"(?:" + _R50_PLACE_CH + r"{2,4}[省])?(?:" + _R50_PLACE_CH + r"{2,4}?[市])?" + _R50_PLACE_CH + r"{2,4}?[县縣区區旗市]"
                                   r"[" + _CJK + r"]{1,4}?[镇鎮乡鄉](?:[" + _CJK + r"]{1,5}?(?:村|[屯庄莊](?![" + _CJK + r"]{0,2}村)))"
                                   r"(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:组|組|队|隊|社))?(?:[" + _CJK + r"]{0,3}?\d{1,4}(?:号|號))?")
_R50_ZH_NOT_RURAL = re.compile(r"(?:医院|醫院|卫生|衛生|诊所|診所|派出所|政府|学校|學校|中学|小学|委员会|委員會|振兴|振興|建设|建設)")
_R50_SEG = r"(?-i:[A-Z][a-z'’\-]{1,20}(?:[ \t](?:of|na|nan|an|on|upon|le|y|yr|[A-Z][a-z'’\-]{1,20})){0,3})"
_R50_CA_POSTCODE = r"(?:(?:QC|ON|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU)[ \t]+)?[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
_R50_PARTS_ADDRESS = re.compile(r"(?<![\w'’])((?:(" + _R50_SEG + r"),[ \t]+)?(?:\d{1,4}[A-Za-z]?[ \t]+|(?:(?:RR|R\.R\.)[ \t]?\d{1,3},[ \t]+(?:Site[ \t]\d{1,4},[ \t]+)?)?(?i:(?:p\.?[ \t]?o\.?[ \t]+)?box)[ \t]+\d{1,6},[ \t]+)"
                                r"(?:" + _R50_SEG + r",[ \t]+){0,1}" + _R50_SEG + r"(?:,[ \t]+" + _R50_SEG + r"){0,2},?[ \t]+(?:" + _UK_POSTCODE + r"|" +
                                _R50_CA_POSTCODE + r"))(?![\w])")
_R50_LABEL_ID = re.compile(r"(?i:\b(?:(?:driver['’]?s?|driving|provincial|ontario|quebec|state|firearms?|fishing|hunting|work|residence|resident)[ \t]+)?"
                           r"(?:licen[cs]e|permit|carte[ \t]+de[ \t]+r[ée]sident|carte[ \t]+d['’]identit[ée]|titre[ \t]+de[ \t]+s[ée]jour|"
                           r"residence[ \t]+card|resident[ \t]+card|green[ \t]+card)(?:[ \t]+(?:no\.?|number|#|num))?(?:[ \t]+(?:is|was))?)[ \t]*[:#]?[ \t]*"
                           r"((?-i:(?=[A-Z0-9\-]{0,24}\d{4})(?=[A-Z0-9\-]{0,24}[A-Z])[A-Z0-9]{1,6}(?:-[A-Z0-9]{2,8}){1,4}|[A-Z]{1,3}\d{6,12}))(?![\w\-/]|\.\w)")
_R50_PERSON_NOUN = (r"(?:one|ones|twins?|preemie|prem|baby|secretary|treasurer|chair|chairman|chairwoman|chairperson|president|tech|"
                    r"technician|engineer|handler|volunteer|trainee|apprentice|member|colleague|workmate|neighbou?r|friend|"
                    r"" + _R10_KIN + r")")
# "our club secretary X Y asked", "our little one X Y,", "my elderly neighbour X Y has" (a person noun right before the name)
_R50_OUR_PERSON_NAME = re.compile(r"(?i:\b(?:our|my|his|her|their)[ \t]+(?:[a-z][a-z\-]{1,15}[ \t]+){0,2}" + _R50_PERSON_NOUN + r")[ \t]+"
                                  r"(" + _R42_FULL + r")(?=[ \t]*,|[ \t]+(?:asked|came|comes|has|had|have|is|was|turned|turns|needs|wants|went|got|"
                                  r"here|and|who|will|can|cannot|can't|fell|hurt|home)\b)")
# a self-introduction after a role: "Turbine tech X Y here", "Club secretary X Y here"
_R50_ROLE_HERE_NAME = re.compile(r"(?<![\w])(?-i:[a-z][a-z\-]{1,20})[ \t]+(" + _R42_FULL + r")[ \t]+here\b")
# session 29's leftovers: a condition after 患者 ("患者高血压") and a clinician's surname before his title in "我是王医生的病人"
_R50_ZH_CONDITION = re.compile(r"(?:血压|血糖|血脂|糖尿|尿酸|血栓|中风|哮喘|痛风|肺炎|胃炎|肝炎|肾炎|心衰|癌|瘤|病|症)")
_R50_ZH_CLINICIAN_OF = re.compile(r"(?:医生|醫生|大夫|护士|護士|主任|教授)的(?:病人|患者|病号|病號|病患)")
# a plate right before the car it names ("EAD-0913那台车", "ABC-1234的车", "BXR-552这辆车")
_R50_ZH_PLATE_CAR = re.compile(r"(?<![A-Za-z0-9\-])((?=[A-Z0-9\-]{0,9}\d)[A-Z]{2,3}-?\d{3,4}[A-Z]?)(?=(?:那|这|的)(?:台|辆|部)?车)")
_R50_ZH_HEAD_NAME = re.compile(r"(?:^|(?<=\n))[ \t]*(?:我是)?[" + _CJK + r"]{0,5}?(?:的|嘅)?(" + _R48_ZH_NAME + r")(?=[，,：:][ \t]*"
                               r"(?:麻烦|麻煩|补充|補充|想|身份证|身分证|身分證|住院号|住院號|门诊号|門診號|病历号|病歷號|病案号|我的|我嘅|我|電郵|电邮|邮箱|信箱|电话|電話|手机|手機))")
_R50_ZH_ROLE_NAME = re.compile(r"(?:学生|學生|队员|隊員|领队|領隊|团员|團員|学员|學員|会员|會員|徒弟|帮|幫|替)(" + _R48_ZH_NAME + r")"
                               r"(?=[：:，,]|老人家|上周|上週|昨天|今天|前天|住院|入院|摔|晕|暈|问|問|先生|女士|小姐)")
_R50_ZH_HELP_OF_NAME = re.compile(r"(?:帮|幫|替)[" + _CJK + r"]{1,6}?(?:的|嘅)(" + _R48_ZH_NAME + r")(?=(?:先生|女士|小姐)?(?:问|問))")


def _round50_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 50 families (see above): forced spans win over what they overlap."""
    forced: list[tuple[int, int, str]] = []
    if re.search(r"[" + _CJK + r"]", text):
        out = [c for c in out if not (c[2] == "NAME" and re.search(r"[" + _CJK + r"]", text[c[0]:c[1]]) and (
            _R50_ZH_CONDITION.search(text[c[0]:c[1]]) or _R50_ZH_CLINICIAN_OF.match(text, c[1]) or
            (_R50_ZH_CLINICIAN_OF.search(text[c[0]:c[1] + 7]) and _R50_ZH_CLINICIAN_OF.search(text[c[0]:c[1] + 7]).start() < c[1] - c[0])))]
    for m in _R50_BIRTH_LABEL_DATE.finditer(text):
        words = [w.strip(".").lower() for w in m.group(1).split()[1:-1]]
        if any(w in _R50_NOT_MONTH_WORDS for w in words):
            continue
        if not _overlaps_kinds(out, *m.span(1), ("PHONE", "ID", "MRN", "ADDRESS", "EMAIL", "URL")):
            forced.append((*m.span(1), "DATE"))
    for m in _R50_CELTIC_DATE.finditer(text):
        if not _overlaps_kinds(out, *m.span(1), ("PHONE", "ID", "MRN", "EMAIL", "URL")):
            forced.append((*m.span(1), "DATE"))
    for regex in (_R50_AGE_CUE, _R50_BRACKET_AGE_WORDS):
        for m in regex.finditer(text):
            if not _overlaps_kinds(out, *m.span(1), ("AGE", "DATE", "ADDRESS")):
                forced.append((*m.span(1), "AGE"))
    for m in _R50_PARTS_ADDRESS.finditer(text):
        s, e = m.span(1)
        if m.group(2):
            house = m.group(2)
            # a person's name or a label before the number is no house name ("Liam Gow, 5 Sluggans, ...")
            if _overlaps_kinds(out, s, s + len(house), ("NAME",)) or house.split()[0].lower() in _NOT_NAMES or \
                    house.split()[0] in FIRST_NAMES or _R48_NOT_SURNAMES & {w.lower() for w in house.split()}:
                s = m.start(1) + len(house) + 1
                while text[s] in " \t":
                    s += 1
        if not _overlaps_kinds(out, s, e, ("NAME", "EMAIL", "URL", "PHONE", "ID", "MRN")) and \
                not any(cs < s < ce for cs, ce, k in out if k == "ADDRESS"):
            forced.append((s, e, "ADDRESS"))
    for m in _R50_LABEL_ID.finditer(text):
        if not _overlaps_kinds(out, *m.span(1), ("DEVICE", "VEHICLE", "HEALTH_PLAN", "EMAIL", "URL", "MRN", "DATE", "ID", "LICENSE", "SSN", "ACCOUNT")):
            forced.append((*m.span(1), "LICENSE" if re.search(r"(?i:licen[cs]e)", m.group(0)) else "ID"))
    for regex in (_R50_OUR_PERSON_NAME, _R50_ROLE_HERE_NAME):
        for m in regex.finditer(text):
            name = m.group(1)
            if name.split()[-1].lower() in _R48_NOT_SURNAMES or not _r42_name_ok(name) or _R42_NAMED_THING.match(text, m.end(1)):
                continue
            if not _overlaps_kinds(out, *m.span(1), ("ADDRESS", "EMAIL", "URL", "ID", "MRN", "DEVICE", "VEHICLE", "NAME", "DATE")):
                forced.append((*m.span(1), "NAME"))
    if re.search(r"[" + _CJK + r"]", text):
        for m in _R50_ZH_PLATE_CAR.finditer(text):
            if not _overlaps_kinds(out, *m.span(1), ("PHONE", "ID", "MRN", "DEVICE", "EMAIL", "URL", "VEHICLE")):
                forced.append((*m.span(1), "VEHICLE"))
        for m in _R50_ZH_RURAL_ADDRESS.finditer(text):
            if _R50_ZH_NOT_RURAL.search(m.group(0)) or _overlaps_kinds(out, *m.span(), ("NAME", "PHONE", "ID", "MRN", "EMAIL", "URL", "ADDRESS")):
                continue
            forced.append((*m.span(), "ADDRESS"))
        for regex in (_R50_ZH_HEAD_NAME, _R50_ZH_ROLE_NAME, _R50_ZH_HELP_OF_NAME):
            for m in regex.finditer(text):
                name = m.group(1)
                if ("阿" not in name and not any(ch in _R42_ZH_GIVEN_COMMON for ch in name[1:])) or _R11_ZH_NOT_NAME_END.search(name):
                    continue
                if not _overlaps_kinds(out, *m.span(1), ("ADDRESS", "DATE", "EMAIL", "URL", "VEHICLE", "ID", "MRN", "DEVICE", "PHONE")):
                    forced.append((*m.span(1), "NAME"))
    return _with_forced(out, forced) if forced else out


# Round 57 (blind set 57t): how a name is introduced, not which name it is.
# English: a title or a relative before a full name whose surname is also a place word ("Mrs Agnes Hall", "Mum is Agnes
# Hall"); "mom of X Y"; a relative, a comma, then the name ("about Daddy, Pádraig Ó Briain", Irish Ó/Ní/Mac particles);
# "my mate Tama got ..."; a nickname closed by "here" after a greeting ("G'day, Dazza here"); sign-offs with two names
# ("Cheers, Ngaire & Bill"), after a relative ("From her mum, Blessing") or a bare first name closing a short message
# ("broken. Leon"); a name the message already named, written again ("Tama ... Tama Rangihuna"); the Bengali/Malay
# "Md."/"Mohd." before a name; a particle name's last word ("Maria Fernanda da Silva Leong").
# Chinese (folded): 老/小 + a surname (老刘, 小马) and 阿 + a given character (阿珍) between a cue and a boundary; a surname
# before 阿婆/阿嬷/阿伯... is the surname alone (陈阿婆 -> 陈); "全名"/"姓名" is a label, not the name; 个仔/个孙/个女 + a name.
_R57_IRISH = r"(?:Ó|Ní|Nic|Mac|Mc|Uí|Ua|Bean|O')"
_R57_WORD = r"[" + _UPPER + r"][" + _LETTER + r"'’\-]+"
_R57_FULL = (_R57_WORD + r"(?:[ \t]+(?:(?:" + _R57_IRISH + r"|" + "|".join(_PARTICLES) + r")[ \t]+)?" + _R57_WORD + r"){1,3}")
_R57_KIN = r"(?:" + _R10_KIN + r"|daddy|mammy|mummy|mommy|mama|papa|grandda|granda|nanna|nanny)"
_R57_END = (r"(?=[ \t]*(?:[,.;:!?)]|$|\n|(?:and|who|is|was|has|had|if|rang|called|phoned|came|comes|needs|wants|said|asked|will|"
            r"can|fell|went|got|died|passed)\b))")
_R57_TITLE_FULL = re.compile(r"(?<![\w])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sister|Auntie|Aunty|Uncle)\.?[ \t]+(" + _R57_FULL + r")" + _R57_END)
_R57_KIN_IS_FULL = re.compile(r"(?<![\w])(?i:" + _R57_KIN + r")[ \t]+(?:is|was|'s|’s)[ \t]+(" + _R57_FULL + r")" + _R57_END)
_R57_KIN_OF_FULL = re.compile(r"(?<![\w])(?i:" + _R57_KIN + r")[ \t]+of[ \t]+(" + _R57_FULL + r")" + _R57_END)
_R57_KIN_COMMA_FULL = re.compile(r"(?<![\w])(?i:(?:about|for|re|visiting|with|see|seeing)[ \t]+(?:(?:my|our|his|her|the)[ \t]+)?" + _R57_KIN +
                                 r")[ \t]*,[ \t]*(" + _R57_FULL + r")(?=[ \t]*(?:[,.;:!?)]|$|\n))")
_R57_MATE_NAME = re.compile(r"(?<![\w])(?i:(?:my|our|his|her)[ \t]+(?:mate|buddy|pal|bestie|bff|cuz|cousin|bro|flatmate|housemate|"
                            r"roommate|workmate|neighbou?r|friend|son|daughter|boy|girl|lad|lass|wee[ \t]+one))[ \t]+(" + _R57_WORD + r")"
                            r"(?=[ \t]+(?:got|gets|has|had|is|was|fell|came|comes|needs|went|hurt|cut|broke|took|can't|cannot|will|and)\b)")
_R57_GREETING_HERE = re.compile(r"(?:^|(?<=[\n.!?]))[ \t]*(?i:hi|hey|hello|hiya|g'day|g’day|gday|morning|evening|afternoon|kia[ \t]+ora|howdy|yo)"
                                r"[ \t]*[,!.\-–—]?[ \t]+(?:(?i:it'?s|it’s|this[ \t]+is)[ \t]+)?(" + _R57_WORD + r"(?:[ \t]+" + _R57_WORD + r")?)[ \t]+here\b")
_R57_START_HERE = re.compile(r"^[ \t]*(" + _R57_WORD + r"(?:[ \t]+" + _R57_WORD + r")?)[ \t]+here[ \t]*\((?=[^)]{0,40}(?:(?i:name|paperwork|forms?|card|records?)\b|"
                             r"[" + _UPPER + r"][" + _LETTER + r"]+[ \t]+[" + _UPPER + r"]))")
_R57_SIGNOFF = (r"(?i:thanks|thank[ \t]+you|thx|ta|cheers|love|regards|kind[ \t]+regards|best[ \t]+wishes|best|many[ \t]+thanks|"
                r"take[ \t]+care|x+|from)")
_R57_SIGNOFF_PAIR = re.compile(r"(?<![\w])" + _R57_SIGNOFF + r"[ \t]*[,!.\-–—]?[ \t]*(?:\n[ \t]*)?(" + _R57_WORD + r")[ \t]*(?:&|\+|and)[ \t]*("
                               + _R57_WORD + r")[ \t]*[.!]?[ \t]*(?:x+)?[ \t]*$")
_R57_FROM_KIN = re.compile(r"(?<![\w])(?i:from[ \t]+(?:(?:my|his|her|your|their|our|the)[ \t]+)?" + _R57_KIN + r")[ \t]*,[ \t]*(" + _R57_WORD +
                           r"(?:[ \t]+" + _R57_WORD + r")?)[ \t]*[.!]?[ \t]*(?:x+)?[ \t]*$")
_R57_LAST_WORD = re.compile(r"(?<=[.!])[ \t]+(" + _R57_WORD + r")[ \t]*[.!]?[ \t]*$")
# closing words that are not a name ("... broken. Thanks", "Call me. Urgent")
_R57_NOT_SIGNOFF_NAMES = set("""bye cheers help urgent please done sorted ok okay cool great perfect brilliant lovely nothing none asap soon
    later tia thx ta anyone anybody somebody everyone regards thanks thankyou cya ttyl sincerely best love xx xxx sorry hurry again
    tomorrow today tonight yesterday monday tuesday wednesday thursday friday saturday sunday weekend always never yes no nope yep
    stop wait why how what when where who which thoughts ideas advice fixed broken missing gone lost cancelled confirmed booked
    attached enclosed signed noted agreed understood appreciated desperate frustrated annoyed exhausted scared worried confused
    regardless whatever anyway honestly seriously obviously cheers ciao ta-ta goodbye goodnight night morning evening afternoon
    same sign click tap wait come everyone everybody nobody parking reception staff""".split())
_R57_THANKS = set("""hvala obrigadu obrigado obrigada mersi merci zikomo mantenha gracias danke grazie asante dziekuje dziękuję dank
    takk tack tak kiitos spasibo arigato arigatou shukran efharisto mahalo salamat dhanyavaad shukriya vinaka ngiyabonga enkosi
    siyabonga koszonom köszönöm dekuji děkuji dakujem ďakujem multumesc mulțumesc paldies aciu ačiū aitah aitäh bondia""".split())
_R57_MD_PREFIX = re.compile(r"(?<![\w])(?:Md|Mohd|Muhd|Mohammad|Mohammed|Muhammad|Sk|Syed|Sheikh)\.?[ \t]+(?=[" + _UPPER + r"])")
_R57_PARTICLE_TAIL = re.compile(r"(?:[ \t]+(" + "|".join(_PARTICLES) + r")[ \t]+" + _R57_WORD + r")?(?:[ \t]+" + _R57_WORD + r")?"
                                r"(?=[ \t]*(?:[,.;:!?，。、）)]|$|[" + _CJK + r"]))")
_R57_ZH_SURNAME = r"[" + _SURNAMES + r"区欧邝冼湛]"
_R57_ZH_BEFORE = r"(?:^|(?<=[\s，,。.！!？?：:、；;（(“\"是叫帮替给找问和跟同陪带子头爸妈说病者属]))"
_R57_ZH_AFTER = r"(?=的|嘅|住|在|喺|问|是|系|说|讲|来|去|今天|昨天|明天|前天|刚|已经|要|想|现在|做|出院|入院|[，,。.！!？?、：:；;\s]|$)"
_R57_ZH_OLD_YOUNG = re.compile(_R57_ZH_BEFORE + r"((?:老|小)" + _R57_ZH_SURNAME + r")" + _R57_ZH_AFTER)
_R57_ZH_NOT_OLD_YOUNG = {"小时", "小于", "小米", "小区", "老年", "老师", "小孩", "小朋", "老公", "老婆", "老家", "小便", "老乡", "老板", "小学"}
_R57_ZH_A_NAME = re.compile(_R57_ZH_BEFORE + r"(阿(?![姨婆公伯叔嫂妈爸爷嬷嫲姐哥弟妹婶舅奶爹仔女囡])[" + _CJK + r"])" + _R57_ZH_AFTER)
_R57_ZH_TITLE = r"(?:阿婆|阿嬷|阿嫲|阿公|阿伯|阿叔|阿姨|阿婶|阿嫂|阿爷|婆婆|伯伯|叔叔|奶奶|爷爷|太太|伯|姨|婶|嫂)"
# 阮 before 阿公 / 阿嬷 is Taiwanese "our" (阮阿公), not the surname
_R57_ZH_SURNAME_TITLE = re.compile(r"(?!阮)(" + _R57_ZH_SURNAME + r")" + _R57_ZH_TITLE)
_R57_ZH_LABEL = re.compile(r"(?:全名|姓名|名字|名叫|本名|原名)(?:是|叫|系|为)?[：:]?[ \t]*")
_R57_ZH_KID_NAME = re.compile(r"(?:我|个|嘅)(?:仔|女|孙|孙女|孙仔|囡|新抱)[ \t]*(" + _R57_ZH_SURNAME + r"[" + _CJK + r"]{2}(?=帮|替|同|话|讲|说|住|今|琴|噚|入|出|[，,。、：:])|"
                              r"[A-Z][a-z]{2,15}(?=[ \t]*(?:帮|替|同|话|讲|说|住|今|琴|噚|入|出|[，,。、：:]|$)))")


def _r57_particle_end(text: str, start: int, end: int) -> int:
    """Where a name with a particle ends: "Maria Fernanda da Silva| Leong，" and "Ana Paula| dos Santos Chen，" go on."""
    m = _R57_PARTICLE_TAIL.match(text, end)
    if m and (m.group(1) or re.search(r"[ \t](?:" + "|".join(_PARTICLES) + r")[ \t]", text[start:end])) and \
            all(_r57_word_ok(w) for w in m.group(0).split() if w not in _PARTICLES):
        return m.end()
    return end


def _r57_tagger_fix(text: str, start: int, end: int, kind: str) -> tuple[int, int, str]:
    """A tagger name by the round-57 convention: a surname before its title alone, no label word, "Md." and a particle
    name's last words kept."""
    if kind != "NAME":
        return start, end, kind
    value = fold_traditional(text[start:end])
    if _R57_ZH_SURNAME_TITLE.fullmatch(value):
        return start, start + 1, kind
    label = _R57_ZH_LABEL.match(value)
    if label and label.end() < len(value):
        return start + label.end(), end, kind
    # the verb after a label the tagger left outside ("姓名|是玛丽亚" -> "玛丽亚")
    if value[:1] in "是叫为系" and len(value) > 2 and re.search(r"(?:全名|姓名|名字|本名|原名)[ \t]*$", fold_traditional(text[max(0, start - 4):start])):
        return start + 1, end, kind
    prefix = re.search(r"(?<![\w])(?:Md|Mohd|Muhd|Sk)\.?[ \t]+$", text[max(0, start - 8):start])
    if prefix and text[start:end].isascii():
        start -= len(prefix.group(0))
    return start, _r57_particle_end(text, start, end), kind


def _r58_tagger_fix(text: str, start: int, end: int, kind: str) -> tuple[int, int, str]:
    """A tagger name by the round-58 convention: a Chinese name without 叫/的/她 at its edges, over its combining accents,
    without a Spanish title."""
    if kind != "NAME":
        return start, end, kind
    start, end = _r58_zh_edges(text, start, end)
    title = _R58_ES_TITLE.match(text, start)
    if title and title.end() < end:
        start = title.end()
    return start, _r58_mark_end(text, end), kind


def _r57_word_ok(word: str) -> bool:
    low = word.lower().strip("'’")
    return low not in _NOT_NAMES and low not in _NEVER_IN_NAMES and low not in _R57_NOT_SIGNOFF_NAMES and low not in _R48_NOT_SURNAMES


def _round57_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 57 families (see above): names by how they are introduced; forced spans win over what they overlap."""
    forced: list[tuple[int, int, str]] = []
    others = ("ADDRESS", "EMAIL", "URL", "ID", "MRN", "DEVICE", "VEHICLE", "PHONE", "DATE", "NAME")

    def force(s: int, e: int, replace: bool = False) -> None:
        if e > s and (replace or not _overlaps_kinds(out, s, e, others)):
            forced.append((s, e, "NAME"))

    # a full name after a title or a relative: the words must be name-shaped, not a building or a service
    for regex in (_R57_TITLE_FULL, _R57_KIN_IS_FULL, _R57_KIN_OF_FULL, _R57_KIN_COMMA_FULL):
        for m in regex.finditer(text):
            name = m.group(1)
            words = [w for w in name.split() if not re.fullmatch(_R57_IRISH + "|" + "|".join(_PARTICLES), w)]
            if any(w.lower() in _NOT_NAMES or w.lower() in _NEVER_IN_NAMES for w in words) or _R28_BUILDING_AFTER.match(text, m.end(1)) or \
                    _R42_NAMED_THING.match(text, m.end(1)):
                continue
            # a place word as the surname only after a title ("Mrs Agnes Hall"), or a relative and "is" ("Mum is Agnes Hall")
            if words[-1].lower() in _R48_NOT_SURNAMES and words[-1].lower() != "hall":
                continue
            # replace a shorter name inside it (the Irish particle split "Pádraig" from "Ó Briain")
            inside = [c for c in out if c[2] == "NAME" and m.start(1) <= c[0] and c[1] <= m.end(1)]
            blocked = _overlaps_kinds([c for c in out if c not in inside], *m.span(1), others)
            if not blocked:
                forced.append((*m.span(1), "NAME"))
    for m in _R57_MATE_NAME.finditer(text):
        if _r57_word_ok(m.group(1)):
            force(*m.span(1))
    for regex in (_R57_GREETING_HERE, _R57_START_HERE):
        for m in regex.finditer(text):
            if all(_r57_word_ok(w) for w in m.group(1).split()) and not m.group(1).lower().endswith("ing"):
                force(*m.span(1))
    for m in _R57_SIGNOFF_PAIR.finditer(text):
        if _r57_word_ok(m.group(1)) and _r57_word_ok(m.group(2)):
            force(*m.span(1))
            force(*m.span(2))
    for m in _R57_FROM_KIN.finditer(text):
        if all(_r57_word_ok(w) for w in m.group(1).split()):
            force(*m.span(1))
    # a bare closing word signs only a terse note (90 characters) that names nobody else; a longer message ends with a thanks in its
    # writer's language ("... Hvala.", "... Obrigadu.")
    m = _R57_LAST_WORD.search(text)
    if m and len(text) <= 90 and _r57_word_ok(m.group(1)) and not m.group(1).lower().endswith(("ing", "ed", "ly")) and \
            m.group(1).lower() not in _R57_THANKS and not re.search(r"[" + _CJK + r"]", text) and \
            not any(k == "NAME" for _, _, k in out + forced):
        force(*m.span(1))
    # "Md. Abdul Karim Chowdhury": the honorific initial belongs to the name after it
    for m in _R57_MD_PREFIX.finditer(text):
        after = [c for c in out + forced if c[2] == "NAME" and c[0] == m.end()]
        full = re.match(_R42_FULL, text[m.end():])
        if after or (full and _r42_name_ok(full.group(0))):
            end = max(c[1] for c in after) if after else m.end() + full.end()
            inside = [c for c in out if m.start() <= c[0] and c[1] <= end]
            if not _overlaps_kinds([c for c in out if c not in inside], m.start(), end, others):
                forced.append((m.start(), end, "NAME"))
    # a name with a particle goes on over its last words before punctuation or Chinese ("da Silva Leong，")
    for s, e, k in list(out):
        if k == "NAME":
            end = _r57_particle_end(text, s, e)
            if end > e and not _overlaps_kinds(out, e, end, others):
                forced.append((s, end, "NAME"))
    # a name the message already gave, written again: its word, and a surname after it ("Tama ... Tama Rangihuna")
    found = [text[s:e] for s, e, k in out + forced if k == "NAME" and text[s:e].isascii()]
    # a word-name ("Rose", "Will") is a word elsewhere in the message: never spread
    words = {w for n in found for w in n.split() if len(w) >= 3 and w[0].isupper() and _r57_word_ok(w) and w.lower() not in _R17_WORD_NAMES}
    for word in words:
        for m in re.finditer(r"(?<![\w'’\-])" + re.escape(word) + r"(?![\w\-])", text):
            # a place or a thing named after the person is not the person ("the Seacole Unit")
            if _R28_BUILDING_AFTER.match(text, m.end()) or _R42_NAMED_THING.match(text, m.end()):
                continue
            s, e = m.span()
            n = re.match(r"[ \t]+(" + _R57_WORD + r")", text[e:])
            if n and _r57_word_ok(n.group(1)):
                e += n.end(1)
            # and a given name before a surname the message gave ("Bachisio Porcu's widow, Tonina Porcu")
            p = re.search(r"(?<![\w'’\-])(" + _R57_WORD + r")[ \t]+$", text[max(0, s - 26):s])
            if p and _r57_word_ok(p.group(1)) and not re.search(r"(?:^|[.!?\n])[ \t]*$", text[:s - len(p.group(0))]):
                s -= len(p.group(0))
            if not any(c[0] < e and s < c[1] for c in out + forced):
                forced.append((s, e, "NAME"))
    if re.search(r"[" + _CJK + r"]", text):
        for m in _R57_ZH_OLD_YOUNG.finditer(text):
            if m.group(1) not in _R57_ZH_NOT_OLD_YOUNG:
                force(*m.span(1))
        for m in _R57_ZH_A_NAME.finditer(text):
            if m.group(1)[1] in _R42_ZH_GIVEN_COMMON:
                force(*m.span(1))
        for m in _R57_ZH_KID_NAME.finditer(text):
            given = m.group(1)[1:]
            if re.search(r"[" + _CJK + r"]", given) and (not any(ch in _R42_ZH_GIVEN_COMMON for ch in given) or any(ch in _ZH_STOP for ch in given)):
                continue
            inside = [c for c in out if c[2] == "NAME" and c[0] < m.end(1) and m.start(1) < c[1]]
            if not _overlaps_kinds([c for c in out if c not in inside], *m.span(1), others):
                forced.append((*m.span(1), "NAME"))
        # a surname with a title after it is the surname: after a cue ("隔壁床的李阿伯"), and trimmed where the rules took
        # it whole ("陈阿婆" -> "陈")
        for m in re.finditer(r"(?:" + _R57_ZH_BEFORE + r"|(?<=[的她他]))(?!阮)(" + _R57_ZH_SURNAME + r")(?=" + _R57_ZH_TITLE + r")", text):
            force(*m.span(1))
        for m in _R57_ZH_SURNAME_TITLE.finditer(text):
            for c in out:
                if c[2] == "NAME" and c[0] == m.start() and c[1] == m.end():
                    out = [x for x in out if x != c]
                    forced.append((m.start(), m.start() + 1, "NAME"))
        # a label word is not part of the name ("全名约翰·史密斯" -> "约翰·史密斯")
        for s, e, k in list(out):
            if k == "NAME":
                lab = _R57_ZH_LABEL.match(text, s)
                cut = lab.end() if lab else s
                # or the verb after a label left outside ("姓名|是玛丽亚" -> "玛丽亚")
                if not lab and text[s:s + 1] in "是叫为系" and re.search(r"(?:全名|姓名|名字|本名|原名)[ \t]*$", text[max(0, s - 4):s]):
                    cut = s + 1
                if s < cut < e - 1:
                    out = [x for x in out if x != (s, e, k)]
                    forced.append((cut, e, "NAME"))
    return _with_forced(out, forced) if forced else out


# Round 58 (blind58s, a hand-typed writer; every example here and in tests/test_phi_round58.py is our own wording):
# Chinese: a name's edges are the value only (叫|珍妮弗·威廉斯, 欧阳秀兰|她闺女, 阿依古丽·买买提|的女儿); a kin or partner word
# before a full name (我爱人上官明在, 我男友司马浩宇昨天, 俺老伴儿宋大勇明儿, 阿祖温春生来) with a compound surname and one given
# character allowed; 我叫/本人/患者 + a compound surname + two given characters (诸葛春生); a transliterated or pet name after a
# kin word and before punctuation (女儿热依拉，, 女儿阿玲，), after 联系我/找我 before a colon (联系我卓玛：), or opening the
# message before 是我哥 (扎西是我哥); an ethnic group word (阿美族) is no name.
# English: a single name before a contact detail after a relative (Mum is Folasade, mobile +44...; his moko Aroha, 021...),
# "call me, Kavitha, on ..."; "Coach Malakai here"; a nickname in brackets after a name ("(Tommy at the gym)"); a full name
# before "in bed 14" even when its first word is also a word ("Will Pemberton in bed 14"); "this is Will. Will X-Y."; a
# name with combining accents (Olúwáfẹ́mi) goes on over them; Doña/Señora/Señor is a title, not the name.
# Tagger look-alikes: a school or team (Ferndale Primary, Harrow Vale U12s), an age group "U12s" as an ID, a car after
# "the" (the Land Rover), a country or city of two words (Hong Kong), "Bringing Dad", a drug pack size read as an IP.
_R58_ZH_KIN = (r"(?:爱人|老伴儿?|男友|女友|男朋友|女朋友|未婚夫|未婚妻|对象|阿祖|老公|老婆|丈夫|妻子|儿子|女儿|闺女|媳妇|儿媳|女婿|"
               r"孙子|孙女|外孙女?|哥哥|姐姐|弟弟|妹妹|我哥|我姐|我弟|我妹|保姆|护工|看护|室友|邻居|同事)")
_R58_ZH_GIVEN_SHENG = r"(?:" + _R36_ZH_GIVEN + r"|大(?![夫人家概约])|(?<![出学医先发产卫陌人一新考师男女])生)"
_R58_ZH_FULL = (r"(?:" + _ZH_NOT_NAME + r"(?:" + _ZH_COMPOUND_SURNAMES + r")" + _R36_ZH_GIVEN + _R58_ZH_GIVEN_SHENG + r"?|" + _R42_ZH_NAME3 + r"|" + _ZH_NOT_NAME +
                r"(?!" + _R36_ZH_WORD_START + r"|" + _R42_ZH_WORD + r")[" + _R36_ZH_ALL_SURNAMES + r"]大(?![夫人家概约])" + _R36_ZH_GIVEN + r")")
_R58_ZH_AFTER = (r"(?=在|是|的|明儿|明天|今天|昨天|前天|后天|大后天|做|住|来|去|要|想|刚|已经|出院|入院|被|骑|开车|上|下|和|跟|也|还|[，,。.！!？?、：:；;\s]|$)")
_R58_ZH_KIN_NAME = re.compile(r"(?:^|(?<=[俺我你他她的家载带陪送接找给帮替和跟]))" + _R58_ZH_KIN + r"(" + _R58_ZH_FULL + r")" + _R58_ZH_AFTER)
_R58_ZH_SELF_NAME = re.compile(r"(?:我叫|本人|患者|病人|我是|俺是|俺叫)[：:]?[ \t]*(" + _R58_ZH_FULL + r")(?=[ \t，,。.！!？?、：:；;我她他]|$)")
_R58_ZH_PUNCT = r"(?=[ \t]*(?:[，,。.！!？?、：:；;]|$))"
_R58_ZH_KIN_FOREIGN = re.compile(_R58_ZH_KIN + r"((?:[" + _R17_TRANSLIT + r"]{2,4})|阿(?![姨婆公伯叔嫂妈爸爷嬷嫲姐哥弟妹婶舅奶爹仔女囡])[" + _CJK + r"])" + _R58_ZH_PUNCT)
_R58_ZH_CONTACT_NAME = re.compile(r"(?:联系|找|打给|打电话给|问)我[ \t]*([" + _R17_TRANSLIT + r"]{2,4}|" + _R58_ZH_FULL + r")(?=[ \t]*[：:，,（(]|[ \t]*\d)")
_R58_ZH_IS_MY = re.compile(r"(?:^|(?<=[，,。.！!？?\s]))([" + _R17_TRANSLIT + r"]{2,4}|" + _R58_ZH_FULL + r")(?=是我(?:哥|姐|弟|妹|爸|妈|老公|老婆|爱人|儿子|女儿|"
                           r"朋友|同事|舅|叔|姨|姑|外婆|奶奶|爷爷|外公))")
_R58_ZH_NOT_FOREIGN = re.compile(r"(?:阿姨|阿莫|阿司|阿奇|阿托|阿昔|阿卡|阿法|阿德|阿尔|阿片|阿米|阿达|阿苯|阿糖|阿伐|莎莎|拉拉|吉他|沙拉|可乐|巴士|巴黎|"
                                 r"卡拉|玛丽亚医|索拉)")
_R58_WORD = r"[" + _UPPER + r"][" + _LETTER + r"'’\-]{1,24}"
_R58_KIN = r"(?:" + _R57_KIN + r"|moko|mokopuna|koro|kuia|tamaiti|whanau|whānau|mokopuna)"
_R58_CONTACT = r"(?=[ \t]*,[ \t]*(?:(?i:mobile|mob|phone|tel|cell|number|no\.?|contact|whatsapp|email|on|at)[ \t:]*)?(?:\+|\(?\d|[\w.\-]+@))"
_R58_KIN_SINGLE = re.compile(r"(?<![\w])(?i:(?:(?:my|his|her|our|their|your|the)[ \t]+)?" + _R58_KIN + r")[ \t]+(?:(?i:is|was|'s|’s)[ \t]+)?"
                             r"(" + _R58_WORD + r")" + _R58_CONTACT)
_R58_CALL_ME = re.compile(r"(?<![\w])(?i:call|ring|text|phone|reach|contact|message)[ \t]+(?i:me)[ \t]*,[ \t]*(" + _R58_WORD + r")[ \t]*,[ \t]*(?i:on|at)\b")
_R58_ROLE_HERE = re.compile(r"(?:^|(?<=[\n.!?]))[ \t]*(?:Coach|Nurse|Sister|Teacher|Miss|Manager|Captain|Skipper|Pastor|Father|Officer|Constable|"
                            r"Sergeant|Ranger|Midwife|Matron|Sir|Auntie|Aunty|Uncle)[ \t]+(" + _R58_WORD + r")[ \t]+here\b")
_R58_BRACKET_NICK = re.compile(r"[ \t]*\((?:(?i:aka|a\.k\.a\.|known[ \t]+as|or)[ \t]+)?(" + _R58_WORD + r")(?=\)|[ \t]+(?:at|to|for|on|in|with|from|among)\b)")
_R58_IN_BED = re.compile(r"(?:^|(?<=[\n.!?]))[ \t]*(?:[A-Za-z]+[ \t]+)?(" + _R58_WORD + r"[ \t]+" + _R58_WORD + r")"
                         r"(?=[ \t]+(?:in|on)[ \t]+(?:bed|bay|ward|room|cubicle|side[ \t]+room)[ \t]+\w)")
_R58_REPEAT = re.compile(r"(?<![\w])(?i:this[ \t]+is|it'?s|it’s|i'?m|i’m|i[ \t]+am)[ \t]+(" + _R58_WORD + r")[ \t]*[.,][ \t]+"
                         r"((" + _R58_WORD + r")[ \t]+" + _R58_WORD + r")")
_R58_GREETING_FULL = re.compile(r"^[ \t]*(?i:hi|hey|hello|hiya|morning|evening|afternoon|dear)[ \t]*[,!\-–—]?[ \t]+(" + _R58_WORD + r"(?:[ \t]+" + _R58_WORD +
                                r"){1,2})(?=[ \t]*\()")
_R58_MRN_AS = re.compile(r"(?<![\w])(?:MRN|(?i:hospital[ \t]+(?:no\.?|number)|record[ \t]+(?:no\.?|number)|medical[ \t]+record[ \t]+(?:no\.?|number)))"
                         r"[ \t]+(?i:as|was|being|reads?|says?)[ \t]+(\d[\d\-]{4,18}\d|[A-Z]{1,3}\d{4,12})(?![\w\-])")
_R58_ZH_NUMERAL_MRN = re.compile(r"(?:病历号|病历号码|住院号|就诊号|就诊卡号|病案号|门诊号)(?:码)?[是为：:]?[ \t]*([零〇一二三四五六七八九]{6,20})")
_R58_SPOKEN_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_R58_SPOKEN_YEAR = re.compile(r"(?i:[ \t,]+(?:(?:nineteen|eighteen|twenty)[ \t\-]+(?:hundred(?:[ \t]+and[ \t]+\w+)?|oh[ \t\-]+" + _R58_SPOKEN_UNITS +
                              r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|"
                              r"eighty|ninety)(?:[ \t\-]+" + _R58_SPOKEN_UNITS + r")?)|two[ \t]+thousand(?:[ \t]+(?:and[ \t]+)?(?:" + _R58_SPOKEN_UNITS +
                              r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[ \t\-]+" + _R58_SPOKEN_UNITS + r")?))?)\b)")
_R58_AT_ST = re.compile(r"\d{1,4}[A-Za-z]?[ \t]+(?i:at|in|on|to|for|by|near)[ \t]+(?:St|Rd|Dr|Ave|Ln|Ct|Pl)\.?")
_R58_HOUSE_WORDS = {"Farm", "Cottage", "Cottages", "House", "Lodge", "Barn", "Croft", "Grange", "Mill", "Manor", "Farmhouse", "Bungalow", "Villa"}
_R58_CAP = r"[" + _UPPER + r"][" + _LETTER + r"'’\-]*"  # Welsh "Pen Y Bont" has a one-letter word
_R58_HOUSE_ADDRESS = re.compile(r"(?<![\w])((?:" + _R58_CAP + r"[ \t]+){1,3}(?:" + "|".join(sorted(_R58_HOUSE_WORDS)) + r")(?:,[ \t]*" + _R58_CAP +
                                r"(?:[ \t]+" + _R58_CAP + r"){0,2}){1,2},?[ \t]+" + _UK_POSTCODE + r")(?![\w])")
_R58_FLOOR_TAIL = re.compile(r"(?:,[ \t]*\d{1,2})?[º°ª](?:[ \t]*(?i:izquierda|derecha|izda\.?|dcha\.?|izq\.?|dch\.?|centro|puerta[ \t]+\w{1,3}|[A-H])(?![\w]))?"
                             r"(?:,[ \t]*\d{5}[ \t]+" + _R58_CAP + r"(?:[ \t]+(?:de[ \t]+|del[ \t]+)?" + _R58_CAP + r"){0,2})?")
_R58_ES_TITLE = re.compile(r"(?:Doña|Dona|Señora|Senora|Señor|Senor|Señorita|Sra\.?|Srta\.?|Sr\.?|Dom|Dott\.?|Dott\.ssa)[ \t]+(?=[" + _UPPER + r"])")
_R58_NOT_NICK = set("""he she they it we i you mum dad me him her them home work school the a an mobile ward bed room see ret retd rtd
    retired snr jnr junior senior deceased dec late nee née rn rgn mbe obe cbe phd esq""".split())


def _r58_mark_end(text: str, end: int) -> int:
    """A name goes on over a combining accent and the letters after it (Olúwáfẹ́mi written with U+0301)."""
    if end >= len(text) or unicodedata.category(text[end]) != "Mn":
        return end
    while end < len(text) and (text[end].isalpha() or unicodedata.category(text[end]) == "Mn" or text[end] in "'’-"):
        end += 1
    # the words after it were cut off with it ("Ngọ́zí Okéké"): a capitalised word or two more, never a common word
    for _ in range(2):
        m = re.match(r"[ \t]+([" + _UPPER + r"](?:[" + _LETTER + r"'’\-]|[\u0300-\u036f])+)", text[end:end + 40])
        if not m or m.group(1).lower() in _NOT_NAMES or m.group(1).lower() in _NEVER_IN_NAMES:
            break
        end += m.end()
    return end


def _r58_zh_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """A Chinese name's value only: no 叫/是/名叫 before it, no 的/她/他/嘅 after it."""
    value = fold_traditional(text[start:end])
    if not re.search(r"[" + _CJK + r"]", value):
        return start, end
    lead = re.match(r"(?:名叫|叫|是)", value)
    if lead and end - start - lead.end() >= 2:
        start += lead.end()
    if end - start >= 3 and text[end - 1] in "的她他嘅" and text[end - 2] not in "·":
        end -= 1
    return start, end


def _r58_tagger_lookalike(text: str, start: int, end: int, kind: str) -> bool:
    """A tagger span that is no PHI (round 58): a school or team, a car after "the", a two-word country or city, a verb and
    a relative ("Bringing Dad"), an ethnic group (阿美族), an age group "U12s", a drug pack size read as an IP."""
    value = text[start:end]
    if kind == "NAME":
        if _R58_NOT_PERSON.fullmatch(value) or _R58_INSTITUTION_AFTER.match(text, end) or \
                re.search(r"[ \t](?:Primary|Secondary|Academy|School|College|Infants|Juniors|Nursery|Rovers|United|Athletic)$", value):
            return True
        if re.search(r"(?<![\w])(?i:the)[ \t]+$", text[max(0, start - 6):start]) and not re.match(_TITLE, value):
            return True
        if re.fullmatch(r"(?:St\.?|Saint)[ \t]+[" + _UPPER + r"][a-z]+", value) and re.match(r"['’]s?(?![\w])", text[end:end + 2]):
            return True
        words = value.split()
        if len(words) >= 2 and words[0].endswith("ing") and len(words[0]) >= 6 and \
                all(re.fullmatch(r"(?i:" + _R57_KIN + r")", w) for w in words[1:]):
            return True
        return bool(re.fullmatch(r"[" + _CJK + r"]{1,4}族", fold_traditional(value)))
    if kind == "ID":
        return bool(re.fullmatch(r"U\d{1,2}s?", value))
    if kind == "IP":
        return not re.fullmatch(r"[0-9A-Fa-f.:]+", value)
    # a saint's name with no number is a hospital or a church ("at St Thomas'"), not a street address
    if kind == "ADDRESS":
        return bool(re.fullmatch(r"(?:St\.?|Saint)[ \t]+[" + _UPPER + r"][a-z]+(?:['’]s?)?", value))
    return False


_R58_NOT_PERSON = re.compile(r"(?:Hong[ \t]+Kong|New[ \t]+(?:York|Zealand|Delhi|Jersey|Mexico|Orleans)|Sri[ \t]+Lanka|Saudi[ \t]+Arabia|"
                             r"Costa[ \t]+Rica|Puerto[ \t]+Rico|Abu[ \t]+Dhabi|Kuala[ \t]+Lumpur|Tel[ \t]+Aviv|Buenos[ \t]+Aires|Los[ \t]+Angeles|"
                             r"San[ \t]+(?:Francisco|Diego|Jose|Antonio)|Las[ \t]+Vegas|Cape[ \t]+Town|South[ \t]+(?:Africa|Korea|Sudan)|"
                             r"North[ \t]+Korea|El[ \t]+Salvador|Sierra[ \t]+Leone|Burkina[ \t]+Faso|Addis[ \t]+Ababa|Phnom[ \t]+Penh|"
                             r"Land[ \t]+Rover|Range[ \t]+Rover|Aston[ \t]+Martin|Alfa[ \t]+Romeo|Rolls[ \t\-]+Royce|Mercedes[ \t\-]+Benz)")
_R58_INSTITUTION_AFTER = re.compile(r"[ \t]+(?:U\d{1,2}s?\b|Primary\b|Secondary\b|Academy\b|High[ \t]+School\b|FC\b|AFC\b|RFC\b)")


def _round58_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 58 families (see above)."""
    forced: list[tuple[int, int, str]] = []
    extra: list[tuple[int, int, str]] = []
    others = ("ADDRESS", "EMAIL", "URL", "ID", "MRN", "DEVICE", "VEHICLE", "PHONE", "DATE", "NAME")

    def force(s: int, e: int, replace: bool = False) -> None:
        if e > s and (replace or not _overlaps_kinds(out, s, e, others)):
            forced.append((s, e, "NAME"))

    def force_over_names(s: int, e: int) -> None:
        # a name that replaces the shorter or wider names it overlaps, never another kind
        if e > s and not _overlaps_kinds([c for c in out if c[2] != "NAME"], s, e, others):
            forced.append((s, e, "NAME"))

    if re.search(r"[" + _CJK + r"]", text):
        for s, e, k in list(out):
            if k == "NAME":
                ns, ne = _r58_zh_edges(text, s, e)
                if (ns, ne) != (s, e):
                    out = [x for x in out if x != (s, e, k)]
                    forced.append((ns, ne, "NAME"))
                elif re.fullmatch(r"[" + _CJK + r"]{1,4}族", text[s:e]):
                    out = [x for x in out if x != (s, e, k)]
        for regex in (_R58_ZH_KIN_NAME, _R58_ZH_SELF_NAME, _R58_ZH_CONTACT_NAME, _R58_ZH_IS_MY):
            for m in regex.finditer(text):
                # an anonymised name (李某某) is no name
                if "某" not in m.group(1):
                    force_over_names(*m.span(1))
        for m in _R58_ZH_KIN_FOREIGN.finditer(text):
            if not _R58_ZH_NOT_FOREIGN.match(text, m.start(1)):
                force_over_names(*m.span(1))
    for regex in (_R58_KIN_SINGLE, _R58_CALL_ME, _R58_ROLE_HERE):
        for m in regex.finditer(text):
            if _r57_word_ok(m.group(1)) and m.group(1).lower() not in _R58_NOT_NICK and not re.fullmatch(r"(?i:" + _R58_KIN + r")", m.group(1)):
                # the role word is no part of the name ("Skipper Ruairi" -> "Ruairi")
                if regex is _R58_ROLE_HERE:
                    force_over_names(*m.span(1))
                else:
                    force(*m.span(1))
    for s, e, k in list(out):
        if k == "NAME":
            m = _R58_BRACKET_NICK.match(text, e)
            if m and _r57_word_ok(m.group(1)) and m.group(1).lower() not in _R58_NOT_NICK and not re.fullmatch(r"(?i:" + _R58_KIN + r")", m.group(1)):
                force(*m.span(1))
            end = _r58_mark_end(text, e)
            if end > e:
                force_over_names(s, end)
            title = _R58_ES_TITLE.match(text, s)
            if re.fullmatch(r"(?:Doña|Dona|Señora|Senora|Señor|Senor|Señorita|Sra\.?|Srta\.?)", text[s:e]):
                out = [x for x in out if x != (s, e, k)]
            elif title and title.end() < e:
                out = [x for x in out if x != (s, e, k)]
                forced.append((title.end(), e, "NAME"))
    for m in _R58_GREETING_FULL.finditer(text):
        if all(_r57_word_ok(w) for w in m.group(1).split()) and not re.match(_TITLE, m.group(1)):
            force(*m.span(1))
            nick = _R58_BRACKET_NICK.match(text, m.end(1))
            if nick and _r57_word_ok(nick.group(1)) and nick.group(1).lower() not in _R58_NOT_NICK:
                force(*nick.span(1))
    for m in _R58_IN_BED.finditer(text):
        words = m.group(1).split()
        if _r57_word_ok(words[1]) and not re.match(_TITLE, m.group(1)) and words[1].lower() not in _R17_WORD_NAMES and \
                (words[0].lower() in _R17_WORD_NAMES or _r57_word_ok(words[0])):
            force_over_names(*m.span(1))
    for m in _R58_REPEAT.finditer(text):
        if m.group(1) == m.group(3) and all(_r57_word_ok(w) for w in m.group(2).split()[1:]):
            inside = [c for c in out if c[0] < m.end(2) and m.start(1) < c[1] and not (m.end(1) <= c[0] and c[1] <= m.end(2))]
            out = [c for c in out if c not in inside or c[2] in ("EMAIL", "URL", "PHONE")]
            forced.append((*m.span(1), "NAME"))
            forced.append((*m.span(2), "NAME"))
    # a record number after "MRN as" / 病历号是 + Chinese digits; a spoken year after a spoken date; a number "at St" is no address
    for m in _R58_MRN_AS.finditer(text):
        inside = [c for c in out if c[0] < m.end(1) and m.start(1) < c[1]]
        if all(c[2] in ("DEVICE", "ID", "PHONE") and m.start(1) <= c[0] and c[1] <= m.end(1) for c in inside):
            out = [c for c in out if c not in inside]
            extra.append((*m.span(1), "MRN"))
    for m in _R58_ZH_NUMERAL_MRN.finditer(text):
        if not _overlaps_kinds(out, *m.span(1), others):
            extra.append((*m.span(1), "MRN"))
    for s, e, k in list(out):
        if k == "DATE":
            m = _R58_SPOKEN_YEAR.match(text, e)
            if m and re.search(r"(?i:" + _MONTH + r")$", text[s:e]) and not _overlaps_kinds(out, e, m.end(), others):
                out = [x for x in out if x != (s, e, k)]
                extra.append((s, m.end(), "DATE"))
        elif k == "ADDRESS" and _R58_AT_ST.fullmatch(text, s, e):
            out = [x for x in out if x != (s, e, k)]
    # a house or farm name, its town and a UK postcode ("Bryn Glas Farm, Llanfair Wells SY21 9AB") is one address
    for m in _R58_HOUSE_ADDRESS.finditer(text):
        if all((w.lower() not in _NOT_NAMES and not w.endswith("ing")) or w in _R58_HOUSE_WORDS for w in m.group(1).split(",")[0].split()):
            inside = [c for c in out if c[0] < m.end(1) and m.start(1) < c[1]]
            if all(c[2] in ("NAME", "ZIP", "ADDRESS") and m.start(1) <= c[0] and c[1] <= m.end(1) for c in inside):
                out = [c for c in out if c not in inside]
                extra.append((*m.span(1), "ADDRESS"))
    # a Spanish floor after the house number ("8, 3º izquierda") and the postcode and town after it
    for s, e, k in list(out):
        if k == "ADDRESS" and text[e - 1:e].isdigit():
            m = _R58_FLOOR_TAIL.match(text, e)
            if m and not _overlaps_kinds([c for c in out if c != (s, e, k)], e, m.end(), others):
                out = [x for x in out if x != (s, e, k) and not (e <= x[0] and x[1] <= m.end())]
                extra.append((s, m.end(), "ADDRESS"))
    out = out + extra
    return _with_forced(out, forced) if forced else out


# Round 59 (blind59s, session 38's hand-typed writer; every example here and in tests/test_phi_round59.py is our own wording).
# English names, by how they are introduced:
# - a relative's or elder's word, or a Malay "I", before a full name is no part of it ("Grandma Trần Thị Lan", "Mzee Otieno
#   Kamau", "Saya Siti Hajar binti Ahmad" -> the name only);
# - a self-introduction with the surname typed in lower case ("its Linh tran, dob ...", "im Deepak sharma") when the lower word
#   is a surname from many origins that is no English word;
# - a first name signed after a dash at the end of a text on the same line ("... txt me back - Kasia");
# - a single name after a relative and before "who" ("my tūtū Keala who's 88");
# - a part of a double-barrelled name the message gave, written alone ("Okonkwo-Bates ... the screen says 'Bates'");
# - a Tamil/Malaysian patronymic with d/o, s/o, a/l, a/p ("Letchumy a/p Arumugam");
# - a sign-off after a closing in the writer's own language ("Ngā mihi nui, Aroha", "Terima kasih, Siti Rahmah");
# - "X Y's grandson here": the person a relative writes for, at the start of a sentence.
_R59_LEAD = (r"(?:Grandma|Grandpa|Granny|Grandad|Granddad|Grandmother|Grandfather|Gran|Nanna|Nanny|Mama|Papa|Mum|Mom|Mummy|Mommy|"
             r"Dad|Daddy|Aunty|Auntie|Aunt|Uncle|Cousin|Bà|Ông|Halmoni|Halmeoni|Harabeoji|Koro|Kuia|Thatha|Paati|Ammamma|Nonna|"
             r"Nonno|Oma|Opa|Babcia|Dziadek|Abuela|Abuelo|Abuelita|Abuelito|Mzee|Teta|Jiddo|Saya|Aku|Nenek|Atuk)")
_R59_LEAD_RE = re.compile(_R59_LEAD + r"[ \t]+(?=[" + _UPPER + r"])")
# surnames that are no English word, so a lower-case one after a capitalised first name is still a surname
_R59_LOWER_SURNAMES = set("""nguyen tran pham hoang huynh phan vu dang bui ngo duong truong dinh trinh luong
    wong cheung leung chen zhang wang liu huang zhao zhou xu sun zhu hu guo gao luo liang zheng xie tang feng
    lim ng ong goh teo koh chua lau tsang yeung kwok chow lai
    patel sharma singh kumar gupta reddy nair iyer pillai rao khan ahmed hussain chaudhry qureshi siddiqui mukherjee
    banerjee chatterjee srinivasan krishnan subramaniam
    smith jones williams johnson taylor davies evans roberts robinson thompson harris lewis jackson clarke turner morris
    watson harrison morgan mitchell anderson phillips davis wilson thomas edwards hughes jenkins murphy kelly obrien
    oconnor mcdonald macdonald campbell stewart fraser
    garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera gomez diaz
    santos reyes cruz bautista mendoza villanueva dacosta silva pereira ferreira oliveira
    kowalski nowak wisniewski kowalczyk kaminski lewandowski zielinski szymanski
    okafor okonkwo adeyemi adebayo ogunleye mensah owusu boateng asante kamau otieno mwangi odhiambo
    kim park choi jung kang cho yoon jang shin seo hwang ahn
    tanaka suzuki takahashi watanabe yamamoto nakamura kobayashi""".split())
_R59_LOWER_SURNAME_SELF = re.compile(r"(?<![\w])(?i:it'?s|it’s|i'?m|i’m|i[ \t]+am|this[ \t]+is|my[ \t]+name[ \t]+is|my[ \t]+name'?s|name'?s)"
                                     r"[ \t]+([" + _UPPER + r"][" + _LETTER + r"'’\-]{1,20}(?:[ \t]+[" + _UPPER + r"][" + _LETTER + r"'’\-]{1,20})?[ \t]+([a-z][a-z'’\-]{1,20}))"
                                     r"(?=[ \t]*(?:[,.;:!?)]|$|\n|here\b|from\b|again\b))")
_R59_WORD = r"[" + _UPPER + r"][" + _LETTER + r"'’\-]{1,24}"
_R59_DASH_SIGNER = re.compile(r"(?<=\S)[ \t]+(?:--|-|–|—|~)[ \t]*(" + _R59_WORD + r"(?:[ \t]+" + _R59_WORD + r")?)[ \t]*[.!]?[ \t]*(?:x+)?[ \t]*\Z")
# what stands after a dash at the end of a text without being its writer
_R59_NOT_SIGNER = set("""outpatients inpatients radiology pharmacy reception cardiology oncology maternity paediatrics pediatrics
    orthopaedics orthopedics physio physiotherapy haematology hematology neurology urology dermatology renal dialysis surgery
    theatres admissions appointments bookings enquiries switchboard security parking estates catering chaplaincy pals admin
    ward wing block unit building clinic centre center department dept level floor entrance reception desk hospital trust nhs
    st saint urgent important asap update reminder query question request complaint feedback help info information thanks
    thank cheers regards love sorry please pls ta thx ok okay yes no maybe sent iphone android mobile email text
    monday tuesday wednesday thursday friday saturday sunday morning afternoon evening tonight today tomorrow weekend
    january february march april may june july august september october november december""".split())
_R59_FIRST_PERSON = re.compile(r"(?i:(?<![\w'’])(?:i|im|i'm|i’m|me|my|mine|we|our|us|pls|plz|u|ur)(?![\w'’]))")
# elders' words in the writers' own languages, beside the English ones
_R59_KIN = (r"(?:" + _R58_KIN + r"|tūtū|tutu|halmoni|halmeoni|harabeoji|thatha|paati|ammamma|nonna|nonno|oma|opa|babcia|dziadek|"
            r"abuela|abuelo|lola|lolo|mzee|bibi|babu|nani|dadi|teta|jiddo|nenek|atuk|popo|ah[ \t]+ma|ah[ \t]+gong|bà|ông)")
_R59_KIN_WHO = re.compile(r"(?<![\w])(?i:(?:my|his|her|our|their|your)[ \t]+" + _R59_KIN + r")[ \t]+(" + _R59_WORD + r")"
                          r"(?=[ \t]*,?[ \t]+(?i:who|who's|who’s|whose|who[ \t]+is|who[ \t]+was)\b)")
_R59_PATRONYMIC = re.compile(r"(" + _R59_WORD + r"(?:[ \t]+" + _R59_WORD + r"){0,2})[ \t]+(?:[dDsS]/[oO]|[aA]/[lLpP])[ \t]+(" + _R59_WORD +
                             r"(?:[ \t]+" + _R59_WORD + r"){0,1})(?![\w])")
_R59_CLOSING = (r"(?:Ngā|Nga)[ \t]+mihi(?:[ \t]+(?:nui|maioha|mahana))?|Mauri[ \t]+ora|Noho[ \t]+ora[ \t]+mai|Terima[ \t]+kasih(?:[ \t]+banyak)?|"
                r"(?:Xin[ \t]+)?[Cc]ảm[ \t]+ơn(?:[ \t]+nhiều)?|Wassalam|Fa'?afetai(?:[ \t]+lava)?|Mālō(?:[ \t]+aupito)?|Malo[ \t]+aupito|"
                r"Vinaka(?:[ \t]+vakalevu)?|Mahalo(?:[ \t]+nui(?:[ \t]+loa)?)?|(?:Maraming[ \t]+)?[Ss]alamat(?:[ \t]+po)?|Dhanyavaad|Shukriya|"
                r"Shukran(?:[ \t]+jazeelan)?|Asante(?:[ \t]+sana)?|Merci(?:[ \t]+beaucoup)?|Gracias|Saludos|Un[ \t]+abrazo|Obrigad[oa]|Grazie(?:[ \t]+mille)?|"
                r"Danke(?:[ \t]+schön)?|(?:Viele|Liebe)[ \t]+Grüße|Groetjes|Dank[ \t]+je(?:[ \t]+wel)?|Dziękuję|Pozdrawiam|Kamsahamnida|Arigatou?|"
                r"Hvala|Kiitos|Tack|Takk|Ngiyabonga|Enkosi|Medaase|Daalụ|Ese[ \t]+o")
_R59_CLOSING_NAME = re.compile(r"(?<![\w])(?:" + _R59_CLOSING + r")[ \t]*[,!.\-–—]?[ \t]*(?:\n[ \t]*)?(" + _R59_WORD + r"(?:[ \t]+" + _R59_WORD +
                               r")?)[ \t]*[.!]?[ \t]*(?:x+)?[ \t]*\Z")
_R59_OWNER_KIN_HERE = re.compile(r"(?:^|(?<=[\n.!?]))[ \t]*(?:(?i:hi|hello|hey|morning)[ \t]*[,!.\-–—]?[ \t]+)?(?:(?i:this[ \t]+is|it'?s|it’s|i'?m|i’m|i[ \t]+am)[ \t]+)?"
                                 r"(" + _R59_WORD + r"(?:[ \t]+" + _R59_WORD + r"){0,2})['’]s?[ \t]+(?i:" + _R59_KIN + r"|carer|neighbour|neighbor|"
                                 r"friend|flatmate|daughter-in-law|son-in-law|grandniece|grandnephew)[ \t]+(?i:here|speaking|writing|calling)\b")


# Chinese names (folded text), by how they are introduced:
# - a one-word English name glued to a Chinese full name is one name (我是Kelly陈嘉欣 -> "Kelly陈嘉欣"); a full romanised name glued
#   to it is the same name written twice, two spans (我叫Lim Ah Kow林亚九 -> "Lim Ah Kow", "林亚九");
# - a grandchild's or child's pet name after the kin word (我个仔阿强帮我, 我孙女小美明天陪我);
# - a recipient or contact label before a pet or full name (收货人：阿珍, 联系人小李), and a full name in brackets after a name
#   (阿珍（陈玉珍）);
# - 我是 + a role + an English name (我是患者Lisa，);
# - a married woman's two surnames before her given name after a cue (家母李黄玉兰, 本人陈林美惠, 患者吴蔡秀英);
# - a formal naming word before the name (家父名为陈德明, 小女名唤林佳慧).
_R59_ZH_BOUND = r"(?=[，,。.！!？?、；;：:（(）)～~\s]|是|的|嘅|$)"
_R59_ZH_LATIN_GLUED = re.compile(r"(?:^|(?<=[我是叫系人：:，,\s]))([A-Z][a-z]{1,15}(?:[ \t]+[A-Z][a-z]{1,15}){0,3})(" + _R58_ZH_FULL + r")" + _R59_ZH_BOUND)
_R59_ZH_PET_KIN = (r"(?:个孙女?|孙女|孙仔|孙子|外孙女?|个仔|个女|仔|女儿|儿子|个囡|囡囡|细佬|细妹|侄仔|侄女|外甥女?|孙)")
_R59_ZH_PET_AFTER = (r"(?=帮|替|同|话|讲|说|住|今|明|琴|噚|入|出|来|去|陪|会|要|在|嚟|返|揸|开|送|接|载|[，,。、：:！!？?\s]|$)")
_R59_ZH_PET_NAME = re.compile(r"(?<=[我你他她佢的嘅])" + _R59_ZH_PET_KIN + r"((?:小|阿)[" + _CJK + r"])" + _R59_ZH_PET_AFTER)
_R59_ZH_NOT_PET = set("学妹子小儿女弟姐孩朋时心便区组姨婆公伯叔嫂妈爸爷嬷嫲哥婶舅奶爹仔囡")
_R59_ZH_LABEL = re.compile(r"(?:收件人|收货人|收件者|联系人|联络人|签收人|取件人|领取人|寄件人|寄给|交给)[：:]?[ \t]*((?:阿|小|老)[" + _CJK + r"]|" +
                           _R58_ZH_FULL + r")(?=[（(，,。.、；;！!？?\s]|$)")
# in brackets right after a name, a surname and one or two characters are its full form (区 and 冼 are Cantonese surnames here)
_R59_ZH_BRACKET_FULL = re.compile(r"[ \t]*[（(](" + _R58_ZH_FULL + r"|" + _R57_ZH_SURNAME + r"[" + _CJK + r"]{1,2})[）)]")
_R59_ZH_ROLE_LATIN = re.compile(r"(?:我是|我系|本人是|本人系|本人)(?:病人|患者|病患|家属|病人家属|患者家属|护工|看护)[ \t]*([A-Z][a-z]{1,15}(?:[ \t]+[A-Z][a-z]{1,15})?)"
                                r"(?=[，,。.！!？?～~、；;\s]|$)")
_R59_ZH_TW_SURNAMES = "陈林黄张李王吴刘蔡杨许郑谢郭洪曾邱廖赖周徐苏叶庄吕江何萧罗高潘简朱钟彭游詹胡施沈余赵卢梁颜柯孙魏翁戴范宋方"
_R59_ZH_DOUBLE_CUE = re.compile(r"(?:(?:本人|家母|家父|家慈|家严|家祖母|家祖父|内人|外子|先母|先父|母亲|父亲|我是|我叫|患者|病人|姓名|收件人|联系人|名为|名叫|叫)"
                                r"[：:]?[ \t]*|^[ \t]*|[，,。：:\s])$")
_R59_ZH_NAMED = re.compile(r"(?:名为|名唤|芳名|大名|名字叫|名字是|姓名为|姓名是)[：:]?[ \t]*(" + _R58_ZH_FULL + r")(?=[，,。.！!？?、；;\s]|女士|先生|$)")
# Identifiers, addresses and dates, by their format:
# - digits spoken after an identity or record label are that identifier, not a phone ("NHS number is four eight five, ...");
# - a plate spelled out a character or a digit word at a time after "plate" / "reg" ("W P three four five K");
# - an identifier typed one character at a time after its label ("身分證字號A 1 2 3 4 5 6 7 8 9", "NRIC is S 8 8 1 2 3 4 5 D");
# - a clinic or hospital number in slash-separated parts ("clinic card is MTRH/CCC/2021/0093") is a record number, and the
#   tagger's "URL" with no dot and no scheme is none;
# - a clinic's card number ("診所卡號", "klinik card no") is a record number, not a bank account;
# - a serial written in spaced groups after a serial label, to its last group ("序號係WC-71 0042-HK");
# - an appointment's reference number in a message about that appointment is the hospital's record number;
# - a Malaysian, Indian, Australian or Canadian state after the postcode and town belongs to the address ("..., 43000 Kajang,
#   Selangor"); a Canadian town, province and postcode after an address continue it ("..., app. 3, Montréal QC H2X 1Y4"); a
#   house number and comma before a Malay street word glued to Chinese ("寄去18, Lorong Seri 5, ...");
# - a dotted year-month-day date closing a sentence leaves the full stop out ("born 1947.08.02. Please").
_R59_ID_LABEL = (r"(?:(?<![\w])(?i:nhs|chi|health[ \t]+card|medicare|passport|national[ \t]+insurance|ni|ssn|social[ \t]+security|ic|nric|mykad|"
                 r"national[ \t]+id|id|identity(?:[ \t]+card)?|insurance|policy|member(?:ship)?)(?:[ \t]+(?i:no\.?|number|num|#))?"
                 r"(?:[ \t]+(?i:is|was|reads|says))?[ \t:#]*|(?:身分证|身份证)(?:字号|号码|号)?(?:是|为|：|:)?[ \t]*)$")
_R59_MRN_LABEL = (r"(?:(?<![\w])(?i:hospital|hosp|mrn|medical[ \t]+record|record|patient|unit|case[ \t]+note|clinic)(?:[ \t]+(?i:no\.?|number|num|#))?"
                  r"(?:[ \t]+(?i:is|was|reads|says))?[ \t:#]*|(?:病历号|病历号码|住院号|病案号|门诊号|就诊号)(?:是|为|：|:)?[ \t]*)$")
_R59_ID_BEFORE = re.compile(_R59_ID_LABEL)
_R59_MRN_BEFORE = re.compile(_R59_MRN_LABEL)
_R59_SPELLED_TOKEN = r"(?:[A-Z]|\d|(?i:oh|zero|one|two|three|four|five|six|seven|eight|nine))(?![A-Za-z0-9])"
_R59_SPELLED_PLATE = re.compile(r"(?<![\w])(?i:plate|reg|registration|rego|number[ \t]+plate|licen[cs]e[ \t]+plate|car[ \t]+reg)"
                                r"(?:[ \t]+(?i:no\.?|number|is|was|reads|says))*[ \t:#]*(" + _R59_SPELLED_TOKEN + r"(?:[ \t,\-]+" + _R59_SPELLED_TOKEN +
                                r"){4,9})")
_R59_SPACED_ID = re.compile(r"((?:[A-Z][ \t])?\d(?:[ \t]\d){6,11}(?:[ \t][A-Z])?)(?![\w])")
_R59_SLASH_RECORD = re.compile(r"(?<![\w])(?i:clinic|hospital|hosp|patient|file|card|opd|ip|record|case|folder|ccc)(?:[ \t]+(?i:card|no\.?|number|num|#))?"
                               r"(?:[ \t]+(?i:is|was|reads|says|no\.?))?[ \t:#]*([A-Z]{2,6}(?:/[A-Z0-9]{1,8}){2,5})(?![\w/])")
_R59_CLINIC_CARD = re.compile(r"(?:(?i:klinik|clinic|clinic's|hospital|patient)[ \t]*(?:卡号|卡号码|(?i:card)[ \t]+(?i:no\.?|number|num))|"
                              r"(?:诊所|门诊|就诊|医院|病人|病历|klinik)[ \t]*(?:卡号|卡号码))(?:[ \t]+(?i:is|was))?[是为：:\s]*"
                              r"([A-Z0-9][A-Z0-9\-]{4,20}[A-Z0-9])(?![\w\-])")
_R59_SERIAL_GROUPS = re.compile(r"(?:(?i:serial(?:[ \t]+(?:no\.?|number))?|s/n)|序列号|序号)[ \t]*(?:(?:是|系|为|：|:|#|(?i:is|was|reads|says|no\.?))[ \t]*)*"
                                r"(?!(?:SN|S/N|NO|No|Nr)\.?[ \t:#])((?=[A-Z0-9\- \t]*\d)[A-Z0-9][A-Z0-9\-]{0,9}(?:[ \t][A-Z0-9][A-Z0-9\-]{0,9}){1,3})(?![A-Za-z0-9\-])")
_R59_REF_CUE = re.compile(r"(?:^|(?<=[\s,.;:!?(]))(?i:(?:(?:my|the|your|appt|appointment|booking|clinic)[ \t]+)?ref(?:erence)?\.?(?:[ \t]+(?:no\.?|number|num|#))?"
                          r"(?:[ \t]+(?:is|was))?[ \t:#]*)$")
_R59_APPOINTMENT = re.compile(r"(?i:\b(?:appt|appointment|rebook|re-book|reschedule|clinic)\b)")
_R59_AGENCY = re.compile(r"(?i:\b(?:council|home[ \t]+office|dla|pip|hmrc|dwp|tax|insurance|policy|bank|account|customer|order|parcel|delivery|"
                         r"ticket|claim|allowance|slc|student|invoice|complaint|court|police|visa|passport|hostel|hotel|backpackers|trek|tour|"
                         r"flight|airline|ferry|train|holiday|gym|school)\b)")
_R59_STATES = (r"(?:Selangor|Johor|Kedah|Kelantan|Melaka|Malacca|Negeri[ \t]+Sembilan|Pahang|Perak|Perlis|Penang|Pulau[ \t]+Pinang|Sabah|Sarawak|"
               r"Terengganu|Wilayah[ \t]+Persekutuan(?:[ \t]+(?:Kuala[ \t]+Lumpur|Putrajaya|Labuan))?|W\.?P\.?[ \t]+Kuala[ \t]+Lumpur|Putrajaya|Labuan|"
               r"Tamil[ \t]+Nadu|Kerala|Karnataka|Maharashtra|Andhra[ \t]+Pradesh|Telangana|Gujarat|Punjab|West[ \t]+Bengal|Uttar[ \t]+Pradesh|"
               r"New[ \t]+South[ \t]+Wales|Queensland|Tasmania|Western[ \t]+Australia|South[ \t]+Australia|Northern[ \t]+Territory|"
               r"Ontario|Quebec|Québec|British[ \t]+Columbia|Alberta|Manitoba|Saskatchewan|Nova[ \t]+Scotia|New[ \t]+Brunswick)")
_R59_STATE_TAIL = re.compile(r",?[ \t]*" + _R59_STATES + r"(?![\w])")
_R59_CA_TAIL = re.compile(r",[ \t]*[" + _UPPER + r"][" + _LETTER + r"'’.\-]+(?:[ \t\-][" + _UPPER + r"][" + _LETTER + r"'’\-]+){0,2}[ \t]+\(?(?:QC|ON|BC|AB|MB|SK|NS|NB|NL|PE|"
                          r"YT|NT|NU|Québec|Quebec|Ontario)\)?,?[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?![\w])")
_R59_SENTENCE_AFTER = re.compile(r"[ \t]*(?:\n|$)|[ \t]+[" + _UPPER + _CJK + r"]")
_R59_REF_VALUE = re.compile(r"((?=[A-Z0-9\-/]*\d[A-Z0-9\-/]*\d[A-Z0-9\-/]*\d[A-Z0-9\-/]*\d)[A-Z0-9][A-Z0-9\-/]{3,18}[A-Z0-9])(?![\w\-/])")
_R59_NUMBER_KINDS = ("ID", "PHONE", "DEVICE", "ACCOUNT", "DATE", "AGE", "URL", "MRN", "VEHICLE", "ZIP")
_R59_MY_STREET = re.compile(r"(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuh|Lebuhraya|Solok|Tingkat|Taman|Lengkok|Medan|Pesiaran)[ \t]")
_R59_NUMBER_COMMA = re.compile(r"(?:^|(?<=[" + _CJK + r"：:]))(\d{1,5}[A-Za-z]?(?:-\d{1,3})?,[ \t]*)$")
# Look-alikes on PHI-free messages, by shape:
# - a hospital's switchboard, hotline or main line is published, no one's PHI, for the tagger too ("ring the switchboard on ...",
#   "医院总机020-..."); a number given as the writer's own ("my mobile", "我的手机") is not such a line;
# - the date of a public event or holiday is no one's PHI: a bank or public holiday, a drop-in, open day, talk, fair or support
#   group named right before the date ("the bank holiday, Monday 4 May", "the diabetes open day on Saturday 14 March") or right
#   after it ("十二月三日之糖尿病講座", "on 25 December for the bank holiday"); never a date that is someone's birth, stay,
#   appointment or operation.
_R59_PUBLIC_LINE = re.compile(r"(?:(?i:switchboard|hotline|helpline|main[ \t]+(?:line|number)|general[ \t]+enquiries)|总机|总台|热线|客服电话)"
                              r"[^.;!?\n。；！？]{0,30}$")
_R59_PHONE_SHAPE = re.compile(r"\+?\(?\d[\d \t\-().]{6,16}\d(?![\d])")
_R59_OWN_LINE = re.compile(r"(?i:\b(?:my|me|mine|his|her|mobile|cell|personal|home)\b)|我的|手机|他的|她的")
_R59_EVENT_EN = (r"(?:bank[ \t]+holiday|public[ \t]+holiday|drop[ \t\-]?in|open[ \t]+(?:day|evening|morning)|health[ \t]+(?:talk|fair|day)|talk|seminar|"
                 r"workshop|fair|coffee[ \t]+morning|support[ \t]+group|information[ \t]+(?:session|evening)|info[ \t]+session|carers['’]?[ \t]+(?:café|cafe|group)|"
                 r"fun[ \t]+run|vaccination[ \t]+(?:day|clinic)|flu[ \t]+(?:jab[ \t]+)?clinic|blood[ \t]+drive|christmas[ \t]+(?:fair|party|concert)|memorial[ \t]+service)")
_R59_EVENT_BEFORE = re.compile(r"(?i:\b" + _R59_EVENT_EN + r"s?)[ \t]*(?:,|:|-|–|—|\(|is[ \t]+on|on|is|this|next|that)?[ \t]*(?:(?i:the)[ \t]+)?$")
_R59_EVENT_AFTER = re.compile(r"[ \t]*\)?[ \t]*(?:(?i:for|is)[ \t]+(?i:the|a)[ \t]+(?i:bank|public)[ \t]+holiday|(?i:open[ \t]+day|drop[ \t\-]?in|"
                              r"health[ \t]+talk|coffee[ \t]+morning|seminar|workshop)\b|[）)]?(?:之|的|嘅|那天的|当天的)?[^，,。.！!？?\s]{0,8}"
                              r"(?:讲座|义诊|活动|开放日|健康日|说明会|讲堂|课程|工作坊|园游会|嘉年华|健康讲座|讲座活动|假期|假日|国庆|公众假期))")
_R59_PERSONAL_DATE = re.compile(r"(?i:\b(?:born|birth|birthday|dob|d\.o\.b|admitted|admission|discharged|appointment|appt|surgery|operation|op|"
                                r"scan|booked|due|died|passed)\b|(?<![\w])(?:my|his|her|mum's|dad's|mum’s|dad’s)[ \t]+[a-z\-]+[ \t]+(?:on|is)\b)|"
                                r"出生|生日|生的|入院|出院|复诊|覆诊|手术|预约了|约了|过世|去世|做检查")
# a place named after a person is no person ("Jubilee Wing", "the Seacole Building"), and a sign-off word is no signer
_R59_PLACE_LAST = re.compile(r"[ \t](?:Wing|Ward|Building|Block|Centre|Center|Suite|Unit|Clinic|Hospital|Lounge|Annexe|Pavilion|Theatres?)$")


def _r59_public_line(text: str, start: int, end: int, kind: str) -> bool:
    """A number on a hospital's switchboard, hotline or main line (round 59), unless the writer names it as their own; a phone
    number that another rule read as a serial or an id counts too ("总机号码是020-1234 5678")."""
    if kind not in ("PHONE", "DEVICE", "ID") or (kind != "PHONE" and not _R59_PHONE_SHAPE.match(text, start)):
        return False
    before = fold_traditional(text[max(0, start - 40):start])
    line = _R59_PUBLIC_LINE.search(before)
    return bool(line and not _R59_OWN_LINE.search(before))


def _r59_public_event_date(text: str, start: int, end: int) -> bool:
    """A date that names a public event or holiday (round 59), not a date of someone's care: the event word right before or
    right after it, and no birth, stay, appointment or operation word in its sentence."""
    lo = max(text.rfind(ch, 0, start) for ch in ".!?。！？\n") + 1
    hi = min([i for i in (text.find(ch, end) for ch in ".!?。！？\n") if i >= 0] or [len(text)])
    if _R59_PERSONAL_DATE.search(text[lo:start]) or _R59_PERSONAL_DATE.search(text, end, hi):
        return False
    return bool(_R59_EVENT_BEFORE.search(text[max(lo, start - 40):start]) or _R59_EVENT_AFTER.match(text, end))


def _r59_tagger_lookalike(text: str, start: int, end: int, kind: str) -> bool:
    """A tagger span that is no PHI (round 59): a closing word after a dash ("- Thanks"), a name with "The" before it or a
    place word after it ("The St John", "Jubilee Wing")."""
    value = text[start:end]
    if kind in ("PHONE", "DEVICE", "ID") and _r59_public_line(text, start, end, kind):
        return True
    if kind == "DATE":
        return _r59_public_event_date(fold_traditional(text), start, end)
    if kind == "NAME" and not re.search(r"[" + _CJK + r"]", value):
        words = re.findall(r"[" + _LETTER + r"'’]+", value)
        return not words or all(not _r57_word_ok(w) for w in words) or bool(re.match(r"(?i:the)[ \t]", value)) or \
            bool(_R59_PLACE_LAST.search(value))
    return False


def _r59_name_words_ok(words: list[str]) -> bool:
    return bool(words) and all(_r57_word_ok(w) and w.lower() not in _R59_NOT_SIGNER for w in words)


def _r59_tagger_fix(text: str, start: int, end: int, kind: str) -> tuple[int, int, str]:
    """A tagger name without a relative's or elder's word before it (round 59: "Saya Siti Hajar" -> "Siti Hajar")."""
    lead = _R59_LEAD_RE.match(text, start) if kind == "NAME" else None
    if lead and lead.end() < end and (len(text[lead.end():end].split()) >= 2 or _r57_word_ok(text[lead.end():end].strip())):
        return lead.end(), end, kind
    return start, end, kind


def _round59_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 59 families (see above); forced spans win over what they overlap."""
    forced: list[tuple[int, int, str]] = []
    extra: list[tuple[int, int, str]] = []
    others = ("ADDRESS", "EMAIL", "URL", "ID", "MRN", "DEVICE", "VEHICLE", "PHONE", "DATE", "NAME")

    def force(s: int, e: int) -> None:
        if e > s and not _overlaps_kinds(out, s, e, others):
            forced.append((s, e, "NAME"))

    def force_over_names(s: int, e: int) -> None:
        # a name that replaces the shorter or wider names it overlaps, never another kind
        if e > s and not _overlaps_kinds([c for c in out if c[2] != "NAME"], s, e, others):
            forced.append((s, e, "NAME"))

    def put(s: int, e: int, kind: str, over: tuple[str, ...] = _R59_NUMBER_KINDS) -> None:
        # an identifier by its format replaces the number-like candidates inside it, never a name or an address
        nonlocal out
        inside = [c for c in out if c[0] < e and s < c[1]]
        if e > s and all(c[2] in over and s <= c[0] and c[1] <= e for c in inside):
            out = [c for c in out if c not in inside]
            extra.append((s, e, kind))

    out = [c for c in out if c[2] != "NAME" or not _R59_PLACE_LAST.search(text, c[0], c[1])]
    out = [c for c in out if c[2] != "DATE" or not _r59_public_event_date(text, c[0], c[1])]
    out = [c for c in out if not _r59_public_line(text, *c)]
    # a relative's or elder's word (or Malay "Saya") before a full name is no part of it
    for s, e, k in list(out):
        lead = _R59_LEAD_RE.match(text, s) if k == "NAME" else None
        if lead and lead.end() < e:
            rest = text[lead.end():e].split()
            if len(rest) >= 2 or _r57_word_ok(rest[0]):
                out = [x for x in out if x != (s, e, k)]
                extra.append((lead.end(), e, "NAME"))
    for m in _R59_LOWER_SURNAME_SELF.finditer(text):
        if m.group(2).lower() in _R59_LOWER_SURNAMES and _r57_word_ok(m.group(1).split()[0]):
            force_over_names(*m.span(1))
    # a name signed after a dash closes a text whose writer speaks in the first person
    m = _R59_DASH_SIGNER.search(text)
    if m and _r59_name_words_ok(m.group(1).split()) and not m.group(1).lower().endswith(("ing", "ly")) and \
            len(text[:m.start()].split()) >= 4 and _R59_FIRST_PERSON.search(text[:m.start()]):
        force(*m.span(1))
    for regex in (_R59_KIN_WHO, _R59_CLOSING_NAME):
        for m in regex.finditer(text):
            if _r59_name_words_ok(m.group(1).split()):
                force(*m.span(1))
    for m in _R59_OWNER_KIN_HERE.finditer(text):
        if _r59_name_words_ok(m.group(1).split()) and not _R28_BUILDING_AFTER.match(text, m.end(1)):
            force_over_names(*m.span(1))
    # a patronymic: the given name(s), d/o | s/o | a/l | a/p, the father's name
    for m in _R59_PATRONYMIC.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        while words and not _r59_name_words_ok([words[0].group(0)]):
            words.pop(0)
        if words and _r59_name_words_ok(m.group(2).split()):
            force_over_names(m.start(1) + words[0].start(), m.end(2))
    if re.search(r"[" + _CJK + r"]", text):
        for m in _R59_ZH_LATIN_GLUED.finditer(text):
            if not all(_r57_word_ok(w) for w in m.group(1).split()):
                continue
            if " " in m.group(1).strip():
                force(*m.span(2))
            else:
                force_over_names(m.start(1), m.end(2))
        for m in _R59_ZH_PET_NAME.finditer(text):
            if m.group(1)[1] not in _R59_ZH_NOT_PET and m.group(1)[1] not in _ZH_STOP:
                force(*m.span(1))
        for m in _R59_ZH_LABEL.finditer(text):
            if m.group(1)[1] not in _R59_ZH_NOT_PET and m.group(1)[1] not in _ZH_STOP:
                force_over_names(*m.span(1))
        for regex in (_R59_ZH_ROLE_LATIN, _R59_ZH_NAMED):
            for m in regex.finditer(text):
                if all(_r57_word_ok(w) for w in m.group(1).split()):
                    force_over_names(*m.span(1))
        for s, e, k in out + forced:
            if k == "NAME":
                m = _R59_ZH_BRACKET_FULL.match(text, e)
                # an ethnic group in brackets (（白族）) is no name
                if m and not any(ch in _ZH_STOP for ch in m.group(1)[1:]) and not m.group(1).endswith("族"):
                    force_over_names(*m.span(1))
        # a married woman's two surnames: the rules took the name from the second one (家母李|黄玉兰)
        for s, e, k in list(out):
            if k == "NAME" and s >= 1 and e - s == 3 and text[s - 1] in _R59_ZH_TW_SURNAMES and text[s] in _R59_ZH_TW_SURNAMES and \
                    re.fullmatch(r"[" + _CJK + r"]{3}", text[s:e]) and _R59_ZH_DOUBLE_CUE.search(text[max(0, s - 12):s - 1]):
                force_over_names(s - 1, e)
    # identifiers by their format and label (see above)
    for s, e, k in list(out):
        if k == "PHONE" and re.fullmatch(r"[A-Za-z ,\-\t]+", text[s:e]):
            before = text[max(0, s - 40):s]
            if _R59_ID_BEFORE.search(before):
                put(s, e, "ID")
            elif _R59_MRN_BEFORE.search(before):
                put(s, e, "MRN")
        elif k in ("ID", "ACCOUNT") and _R59_REF_CUE.search(text[max(0, s - 40):s]) and _R59_APPOINTMENT.search(text) and not _R59_AGENCY.search(text):
            put(s, e, "MRN")
    if _R59_APPOINTMENT.search(text) and not _R59_AGENCY.search(text):
        for m in _R59_REF_VALUE.finditer(text):
            if _R59_REF_CUE.search(text[max(0, m.start() - 40):m.start()]):
                put(*m.span(1), "MRN", ("ID", "ACCOUNT", "PHONE"))
    for m in _R59_SPELLED_PLATE.finditer(text):
        tokens = re.findall(r"[A-Za-z]+|\d", m.group(1))
        if any(len(t) == 1 and t.isalpha() for t in tokens) and any(t.isdigit() or len(t) > 1 for t in tokens):
            put(*m.span(1), "VEHICLE")
    for m in _R59_SPACED_ID.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if _R59_ID_BEFORE.search(before):
            put(*m.span(1), "ID")
        elif _R59_MRN_BEFORE.search(before):
            put(*m.span(1), "MRN")
    for regex in (_R59_SLASH_RECORD, _R59_CLINIC_CARD):
        for m in regex.finditer(text):
            if any(ch.isdigit() for ch in m.group(1)):
                put(*m.span(1), "MRN")
    for m in _R59_SERIAL_GROUPS.finditer(text):
        if sum(ch.isdigit() for ch in m.group(1)) >= 4:
            put(*m.span(1), "DEVICE")
    for s, e, k in list(out):
        if k != "ADDRESS":
            continue
        tail = _R59_CA_TAIL.match(text, e)
        state = _R59_STATE_TAIL.match(text, tail.end() if tail else e)
        if state and not re.search(r"\d{4,6}[" + _LETTER + r" \t]*$", text[s:tail.end() if tail else e]):
            state = None
        end = state.end() if state else tail.end() if tail else e
        lead = _R59_NUMBER_COMMA.search(text, max(0, s - 12), s) if _R59_MY_STREET.match(text, s) else None
        start = lead.start(1) if lead else s
        if (start, end) != (s, e):
            inside = [c for c in out if c[0] < end and start < c[1] and c != (s, e, k)]
            if all(c[2] in ("NAME", "ZIP", "ADDRESS") for c in inside):
                out = [c for c in out if c not in inside and c != (s, e, k)]
                extra.append((start, end, "ADDRESS"))
    # a part of a double-barrelled name the message gave, written alone ("Okonkwo-Bates ... 'Bates'")
    names = [text[s:e] for s, e, k in out + extra + forced if k == "NAME"]
    parts = {p for n in names for w in n.split() if "-" in w for p in w.split("-")
             if len(p) >= 4 and p[0].isupper() and _r57_word_ok(p) and p.lower() not in _R17_WORD_NAMES}
    for part in parts:
        for m in re.finditer(r"(?<![\w\-])(?<![\w]['’])" + re.escape(part) + r"(?![\w\-])", text):
            if _R28_BUILDING_AFTER.match(text, m.end()) or _R42_NAMED_THING.match(text, m.end()):
                continue
            if not any(c[0] < m.end() and m.start() < c[1] for c in out + extra + forced):
                extra.append((*m.span(), "NAME"))
    out = out + extra
    return _with_forced(out, forced) if forced else out


# --- round 41 (blind61s, session 40's hand-typed writer, spent) -------------------------------------------------------
# Shapes blind61s used that no rule knew, each read by its shape and written again in other wordings
# (tests/test_phi_round41.py):
# - a name after a contraction or possessive that introduces it ("It's X Y", "Name's X Y", "Kid's X Y", "Wife's X Y"), or
#   after an English relative's word before a Chinese name ("Uncle 李志强"): the lead word is no part of the name;
# - lower-case names in a texter's message with no capitalised word at all: after a relative or friend ("my husband jory is",
#   "her daughter jenna rowe at"), after "its" opening the text ("hello its ethel pascoe from") or after "called / named"
#   ("hes called kit tregenza he"); a UK postcode in lower case closes an address ("3 fore street mevagissey pl26 6uq");
# - a date of birth in words ("nineteen March nineteen seventy", "the third of june nineteen eighty two");
# - Chinese: 老 / 小 / 阿 + a surname or a given name as what people are called (老刘开的车, 小马帮我, 阿珍同我, 阿Ben同我), the
#   prefix kept; a surname given alone after 敝姓 / 我姓 / 免贵姓 (敝姓欧阳); an address after 写 / 填 (就写太原市...); a
#   Taiwanese village address with its 邻 and 号 (中平村12邻45号); a phone number read out in Chinese numerals in groups
#   (零九三二，一一八，五五七); a mainland plate with a space inside its five characters (晋B 7C2 91);
# - identifiers with a letter prefix and spaces: a claim / national health number (C-28 447 113, ZAB 1234 after an NHI
#   number: ID, as the label convention names a national number), a hearing aid's or other device's number (HA 3390 771:
#   DEVICE), a record number whose letters belong to it (HN 0778 2315), a plate after "plate's" (CBKL 442).
_R41_LEAD_WORD = re.compile(r"(?:[Ii]t|[Nn]ame|[Kk]id|[Ss]on|[Dd]aughter|[Ww]ife|[Hh]usband|[Hh]ubby|[Pp]artner|[Mm]um|[Mm]om|[Dd]ad|"
                            r"[Bb]oy|[Gg]irl|[Bb]aby|[Pp]atient|[Cc]arer|[Hh]e|[Ss]he|[Tt]his|[Tt]hat|[Mm]y [a-z]+)['’]s[ \t]+(?=[" +
                            _UPPER + r"])|(?:Uncle|Auntie|Aunty|Aunt|Grandpa|Grandma|Granny|Grandad|Cousin)[ \t]+(?=[" + _CJK + r"])")
_R41_KIN_WORD_ALONE = re.compile(r"(?:Uncle|Auntie|Aunty|Aunt|Grandpa|Grandma|Granny|Grandad|Cousin)")
# lower-case texters: a relative or friend, or "its" opening the message, or called / named, before one or two names
_R41_LOWER_KIN = (r"(?:my|his|her|our|their)[ \t]+(?:son|daughter|husband|hubby|wife|mother|father|mom|mum|mam|dad|brother|sister|"
                  r"partner|friend|mate|pal|carer|neighbou?r|grandson|granddaughter|grandsons|granddaughters|nephew|niece|aunt|auntie|"
                  r"uncle|boyfriend|girlfriend|fianc[ée]e?|cousin|lodger|flatmate|son in law|daughter in law)")
_R41_LOWER_NAME = r"([a-z][a-z'\-]{1,24}(?:[ \t]+[a-z][a-z'\-]{1,24})?)"
_R41_LOWER_AFTER = (r"(?=[ \t]+(?:is|was|has|had|wants|needs|will|can|could|would|from|at|on|in|who|and|says|said|rang|called|"
                    r"phoned|came|comes|lives|turned|got|gets|did|does|cant|cannot|wont|isnt|he|she|they|i|we)\b|[ \t]*[,.?!]|[ \t]*$)")
_R41_LOWER_RES = (
    re.compile(r"\b" + _R41_LOWER_KIN + r"[ \t]+" + _R41_LOWER_NAME + _R41_LOWER_AFTER),
    re.compile(r"^(?:(?:hello|hi|hiya|hey|morning|evening|afternoon|good (?:morning|afternoon|evening)|dear \w+)[ \t,]+)?"
               r"(?:its|it's|this is|me)[ \t]+" + _R41_LOWER_NAME + r"(?=[ \t]+(?:from|here|at|of|in|and|i|my|on)\b|[ \t]*[,.]|[ \t]*$)"),
    re.compile(r"\b(?:(?:he|she|they)(?:'?s| is| are| was| were)?|hes|shes|theyre|is|was)[ \t]+(?:called|named)[ \t]+" + _R41_LOWER_NAME +
               r"(?=[ \t]+(?:he|she|they|and|from|who|is|was|i|my|his|her|at)\b|[ \t]*[,.?!]|[ \t]*$)"),
)
_R41_LOWER_STRONG_AFTER = re.compile(r"[ \t]+(?:is|was|has|wants|needs|from|who|says|said|rang|phoned|lives|turned|turns|"
                                     r"will be|can not|cant|isnt|wont)\b")
# words that can stand after a relative or "its" and are no name
_R41_LOWER_NOT = set("""look go say gave give get come came take took make made know knew think thought see saw want need
    feel felt keep kept let put tell ask asked try tried leave left call work seem help show hear heard play run move live
    bring brought happen write sit stand lose lost pay meet set learn change understand watch follow stop speak read allow
    add spend grow open walk win won offer remember love consider appear buy wait serve die died send sent expect build stay
    fall fell cut reach remain suggest raise pass sell require report decide pull drive drove pick drop visit use used finally
    abroad overseas away there somewhere everywhere nowhere anyway though although while since until unless whether
    wants needs asks tells says goes does gets makes takes comes sees looks feels keeps lets puts runs lives works thinks
    cope eat ate drink drank sleep slept wake woke walked talk talked cough coughed fell hurt broke break
    the a an of to for with about just here there now then still also really going gone been being
    back home out off up down over away doing feeling getting taking having giving making coming trying telling asking
    saying called named sick ill poorly unwell fine good ok okay alright well better worse bad tired old young late early
    me him her them us it this that these those what when where why how who which is was has had have does did do can
    could would should will wont cant isnt dont doesnt didnt not never no yes always usually sometimes often hes shes
    im ive id its lives works took said says told rang phoned came comes went goes got gets wants needs thinks
    and or but so because if as at on in from by my his our their your dear love thanks please sorry
    mum mam mom dad nan gran grandma grandad grandpa uncle aunt auntie husband wife son daughter brother sister
    friend mate partner baby kids kid boy girl man woman lady bloke chap doctor nurse carer gp surgery hospital clinic
    today tomorrow yesterday tonight morning afternoon evening night week weekend monday tuesday wednesday thursday
    friday saturday sunday again too very quite pretty much more less all both some any every each other another new
    appointment results letter phone number email address car blue badge paper prescription leg arm back eye""".split())
# a UK postcode, either case, closing a lower-case address
_R41_POSTCODE_TAIL = re.compile(r"(?:,?[ \t]+[a-z][a-z'\-]{2,24}){0,3},?[ \t]+((?i:[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}))(?![A-Za-z0-9])")
# a date in words: day (cardinal or ordinal), month, year in words; or month, day, year
_R41_NUM_WORD = (r"(?:twenty[ \-]?(?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|"
                 r"eighth|ninth)|thirty[ \-]?(?:one|first)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                 r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|first|second|third|fourth|fifth|sixth|"
                 r"seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
                 r"eighteenth|nineteenth|twentieth|thirtieth)")
_R41_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|"
              r"jul|aug|sep|sept|oct|nov|dec)")
_R41_TENS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \-]?(?:one|two|three|four|five|six|seven|eight|"
             r"nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:oh|o)[ \-]"
             r"(?:one|two|three|four|five|six|seven|eight|nine))")
_R41_YEAR_WORDS = r"(?:(?:nineteen|twenty)[ \t]+(?:hundred(?:[ \t]+and)?[ \t]+)?" + _R41_TENS + r"|two thousand(?:[ \t]+and)?(?:[ \t]+" + \
    _R41_TENS + r"|[ \t]+(?:one|two|three|four|five|six|seven|eight|nine))?)"
_R41_WORD_DATE = re.compile(r"(?i)\b(?:the[ \t]+)?(" + _R41_NUM_WORD + r"(?:[ \t]+of)?[ \t]+" + _R41_MONTH + r",?[ \t]+" + _R41_YEAR_WORDS +
                            r"|" + _R41_MONTH + r"[ \t]+(?:the[ \t]+)?" + _R41_NUM_WORD + r",?[ \t]+" + _R41_YEAR_WORDS + r")\b")
# Chinese: 老 / 小 / 阿 before what a person is called, then what they do or who they are with
_R41_ZH_NOT_AFTER_A = set("姨嫲婆公爸妈哥姐弟妹伯叔爷仔女囡嫂舅妗奶母父叔婶司莫胶拉里斯米尔片巴奇胶嬷娘")
_R41_ZH_NOT_AFTER_XL = set("师板公婆人家乡伴婆头外鼠虎虫时便心学孩子朋友姐弟妹哥伙儿区号院组候腿腹肠指脚手包吃菜米麦鸡狗猫店块片盒瓶袋码票路街楼门窗车船")
_R41_ZH_CALLED = re.compile(r"(?:(?<=[男老公婆妻夫人个系是叫同和跟])|(?<=^)|(?<=[，。、！？ \t：]))"
                            r"((?:老|小)[" + _SURNAMES + r"]|阿[" + _CJK + r"]|阿[A-Z][a-z]{1,12})"
                            r"(?=开|帮|同|和|跟|话|说|讲|叫|陪|带|送|今|明|昨|去|来|嚟|返|系|是|在|喺|佢|他|她|的车|个车|架车|打|约|都|也|已经|刚|先|会|要|想|等)")
_R41_ZH_SURNAME_ALONE = re.compile(r"(?:敝姓|我姓|免贵姓|免贵|本人姓|小姓|鄙姓)(" + _ZH_COMPOUND_SURNAMES + r")(?=[，,。、 \t]|$)")
_R41_ZH_WRITE_LEAD = re.compile(r"(?:就|请|帮我|麻烦|直接)?(?:写上|写|填上|填写|填|改为|寄去|寄往)(?=[" + _CJK + r"]{2,}[市县区])")
_R41_ZH_TW_LIN = re.compile(r"(?<=[村里])(\d{1,3}邻(?:\d{1,4}(?:之\d{1,3})?号(?:之\d{1,3})?(?:\d{1,2}楼)?)?)")
_R41_ZH_NUM = "零〇一二三四五六七八九幺两"
_R41_ZH_PHONE = re.compile(r"(?:手机|电话|号码|打|拨|call|致电|联络|联系)[^" + _R41_ZH_NUM + r"。！？\n]{0,8}?(([" + _R41_ZH_NUM + r"]{2,5})"
                           r"(?:[，,、 \t\-—]{1,2}[" + _R41_ZH_NUM + r"]{2,5}){1,3})(?![" + _R41_ZH_NUM + r"])")
_R41_ZH_PLATE = re.compile(r"([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·• \-]?"
                           r"(?=(?:[A-Z0-9][ \t]?){5,6}(?![A-Za-z0-9]))[A-Z0-9]{1,4}[ \t][A-Z0-9]{1,4}(?:[ \t][A-Z0-9]{1,3})?)(?![A-Za-z0-9])")
# identifiers with letters before spaced digit groups, read by the label before them
_R41_PREFIXED = re.compile(r"(?<![A-Za-z0-9\-/])([A-Z]{1,4}(?:-\d{1,3}|[ \t]\d{2,5})(?:[ \t]\d{2,5}){0,3})(?![A-Za-z0-9\-/]|\.\w|[ \t][A-Z]{1,3}\b)")
_R41_ID_KINDS = ("ID", "MRN", "DEVICE", "VEHICLE", "ACCOUNT", "HEALTH_PLAN", "LICENSE")
_R41_ID_CUE = re.compile(r"(?i:\b(?:(?:claim|case|benefit|pension)[ \t]*(?:number|no\.?|num|#)|(?:nhi|nhs|chi|medicare|ssn|id)\b"
                         r"[ \t]*(?:number|no\.?|num|#)?|(?:social security|national (?:health|insurance|id))[ \t]*(?:number|no\.?|num|#))"
                         r"[ \t:#]*(?:is|was|=)?[ \t]*$)")
_R41_NATIONAL_CUE = re.compile(r"(?i:\b(?:nhi|nhs|chi|medicare|ssn|social security|national (?:health|insurance|id)|"
                               r"claim)\b[ \t]*(?:number|no\.?|num|#)?[ \t:#]*(?:is|was|=)?[ \t]*$)")
_R41_DEVICE_CUE = re.compile(r"(?:助听器|人工耳蜗|起搏器|呼吸机|血糖仪|胰岛素泵|轮椅|机|器|仪|泵)(?:的)?(?:编号|序号|序列号|号码|号)(?:是|为|系|係|：|:)?[ \t]*$|"
                             r"(?i:\b(?:hearing aid|pump|monitor|meter|pacemaker|cpap|wheelchair|device|implant)'?s?[ \t]+(?:serial|number|no\.?|"
                             r"id|code)[ \t]*(?:number|no\.?)?[ \t:#]*(?:is|was)?[ \t]*$)")
_R41_RECORD_CUE = re.compile(r"(?:覆诊号|复诊号|病历号|病历号码|病案号|住院号|门诊号|就诊号|档案号|登记号|医院号码)(?:码)?(?:是|为|系|係|：|:)?[ \t]*$|"
                             r"(?i:\b(?:(?:hospital|record|chart|patient|unit|hosp)[ \t]*(?:number|no\.?|num|#)|mrn|hn)[ \t:#]*(?:is|was)?[ \t]*$)")
_R41_PLATE_CUE = re.compile(r"(?i:\b(?:plate|plates|reg|registration|licen[cs]e plate|number plate|rego|tag)(?:['’]s|[ \t]+(?:is|was|number|no\.?))?[ \t:#]*$)")


# a surname ending like an adverb or a participle (pengelly, kennedy is fine): -elly / -olly / -illy, not everyday words
_R41_LY_NAME = re.compile(r"(?:elly|olly|illy)$(?<!smelly)(?<!belly)(?<!jelly)(?<!jolly)(?<!silly)(?<!chilly)(?<!hilly)")
_R41_ZH_TW_FULL = re.compile(r"([" + _CJK + r"]{2}[县市][" + _CJK + r"]{1,3}[乡镇市区][" + _CJK + r"]{1,4}[村里]"
                             r"\d{1,3}邻\d{1,4}(?:之\d{1,3})?号(?:之\d{1,3})?(?:\d{1,2}楼)?)")


def _r41_lower_texter(text: str) -> bool:
    """A message with no capitalised word in it but "I" and capitals-only codes: a texter who writes names in lower case."""
    return not re.search(r"(?<![" + _LETTER + r"])[" + _UPPER + r"][a-zß-öø-ÿ]", text) and bool(re.search(r"[a-z]{3}", text))


def _r41_lower_ok(name: str) -> bool:
    """Whether lower-case words can be a name: no everyday word, no apostrophe, no letter typed three times over."""
    words = name.split()
    return bool(words) and all(w.lower() not in _R41_LOWER_NOT and _r57_word_ok(w) and w.lower() not in _LOWER_NOT_NAMES and
                               "'" not in w and not re.search(r"(.)\1\1", w) and len(w) >= 3 and
                               (not w.endswith(("ing", "ly", "ed")) or _R41_LY_NAME.search(w)) for w in words)


def _r41_tagger_fix(text: str, start: int, end: int, kind: str) -> tuple[int, int, str]:
    """A tagger name without the word that introduced it (round 41: "It's X Y" -> "X Y", "Uncle 李志强" -> "李志强")."""
    lead = _R41_LEAD_WORD.match(text, start) if kind == "NAME" else None
    if lead and lead.end() < end:
        return lead.end(), end, kind
    return start, end, kind


def _round41_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 41 families (see above); forced spans win over what they overlap."""
    forced: list[tuple[int, int, str]] = []
    others = ("ADDRESS", "EMAIL", "URL", "ID", "MRN", "DEVICE", "VEHICLE", "PHONE", "DATE", "NAME", "AGE")

    def force(s: int, e: int, kind: str = "NAME", over: tuple[str, ...] = ("NAME",), inside: bool = False) -> None:
        # a span that replaces the candidates of the kinds in `over` it overlaps, never another kind; with `inside`, only
        # candidates that lie within it (an identifier never cuts a longer one short)
        hit = [c for c in out if c[0] < e and s < c[1]]
        if e > s and all(c[2] in over and (not inside or c[2] not in _R41_ID_KINDS or s <= c[0] and c[1] <= e) for c in hit):
            forced.append((s, e, kind))

    # a name without the contraction or relative's word that introduced it; the word alone before a name already
    # redacted ("Auntie [NAME]", found again on the rescan) is no name
    out = [c for c in out if c[2] != "NAME" or not _R41_KIN_WORD_ALONE.fullmatch(text, c[0], c[1])]
    for s, e, k in list(out):
        lead = _R41_LEAD_WORD.match(text, s) if k == "NAME" else None
        if lead and lead.end() < e:
            out = [c for c in out if c != (s, e, k)] + [(lead.end(), e, k)]
    if _r41_lower_texter(text):
        for regex in _R41_LOWER_RES:
            for m in regex.finditer(text):
                name = m.group(1)
                # one word after a relative must be followed by what a person does or where they are from ("jory is",
                # "maude from"), not by what a verb takes ("my son look at")
                if regex is _R41_LOWER_RES[0] and " " not in name and not _R41_LOWER_STRONG_AFTER.match(text, m.end(1)):
                    continue
                if _r41_lower_ok(name):
                    force(*m.span(1))
    for s, e, k in list(out):
        if k == "ADDRESS" and not re.search(r"[" + _UPPER + r"]", text[s:e]):
            tail = _R41_POSTCODE_TAIL.match(text, e)
            if tail and not re.search(r"\b(?:and|at|on|in|to|for|the|my|i)\b", text[e:tail.start(1)]):
                force(s, tail.end(1), "ADDRESS", ("ADDRESS", "ZIP", "NAME"))
    for m in _R41_WORD_DATE.finditer(text):
        force(*m.span(1), "DATE", ("DATE", "AGE"))
    if re.search(r"[" + _CJK + r"]", text):
        for m in _R41_ZH_CALLED.finditer(text):
            value = m.group(1)
            if value[0] == "阿" and (value[1] in _R41_ZH_NOT_AFTER_A or value[1] in _ZH_STOP or value[1:] in ("Sir", "Madam", "Miss")):
                continue
            if value[0] in "老小" and (value[1] in _R41_ZH_NOT_AFTER_XL or text[m.end(1):m.end(1) + 1] in "人家"):
                continue
            force(*m.span(1))
        for m in _R41_ZH_SURNAME_ALONE.finditer(text):
            force(*m.span(1))
        for s, e, k in list(out):
            if k == "ADDRESS":
                lead = _R41_ZH_WRITE_LEAD.match(text, s)
                if lead and lead.end() < e:
                    out = [c for c in out if c != (s, e, k)] + [(lead.end(), e, k)]
        for s, e, k in list(out):
            if k == "ADDRESS":
                lin = _R41_ZH_TW_LIN.match(text, e)
                if lin and "号" in lin.group(1):
                    force(s, lin.end(1), "ADDRESS", ("ADDRESS", "ZIP", "NAME", "ID", "PHONE"))
        for m in _R41_ZH_TW_FULL.finditer(text):
            start = m.start(1) + _address_verb_lead(m.group(1))
            force(start, m.end(1), "ADDRESS", ("ADDRESS", "ZIP", "NAME", "ID", "PHONE"))
        for m in _R41_ZH_PHONE.finditer(text):
            digits = sum(ch in _R41_ZH_NUM for ch in m.group(1))
            if 8 <= digits <= 12:
                force(*m.span(1), "PHONE", ("PHONE", "ID", "AGE", "DATE"))
        for m in _R41_ZH_PLATE.finditer(text):
            force(*m.span(1), "VEHICLE", ("VEHICLE", "ID", "PHONE", "NAME", "DEVICE"))
    # identifiers with a letter prefix and spaced digits, by the label before them
    for m in _R41_PREFIXED.finditer(text):
        before = fold_traditional(text[max(0, m.start() - 40):m.start()])
        if _R41_DEVICE_CUE.search(before):
            kind = "DEVICE"
        elif _R41_RECORD_CUE.search(before):
            kind = "MRN"
        elif _R41_NATIONAL_CUE.search(before) or _R41_ID_CUE.search(before):
            kind = "ID"
        elif _R41_PLATE_CUE.search(before) and re.fullmatch(r"[A-Z]{2,4}[ \t]\d{2,4}", m.group(1)):
            kind = "VEHICLE"
        else:
            continue
        force(*m.span(1), kind, ("ID", "MRN", "DEVICE", "PHONE", "ACCOUNT", "HEALTH_PLAN", "VEHICLE", "ADDRESS", "ZIP", "DATE"), True)
    # a record number named by a national cue is the person's national number (label convention: ID)
    for s, e, k in list(out):
        if k == "MRN" and _R41_NATIONAL_CUE.search(text[max(0, s - 40):s]):
            out = [c for c in out if c != (s, e, k)] + [(s, e, "ID")]
    return _with_forced(out, forced) if forced else out


# --- Round 42 (session 42, blind62s: a hand-typed writer of many name origins) ------------------------------------------
# Titles and kin words that stand before a given name and are no part of it (label convention: the value only): a
# Nigerian chief, a Filipino aunt, a Kenyan grandmother, an imam ("Chief Nnamdi Okonkwo" -> "Nnamdi Okonkwo", "Tita
# Charing" -> "Charing"); only words that are rarely given names ("Tito Tuki", "Lola Smith", "Nan Cessford" keep theirs).
_R42P_TITLE = (r"(?:Chief|Alhaji|Alhaja|Hajiya|Mallam|Pastor|Deacon|Deaconess|Evangelist|Imam|Sheikh|Tita|Ate|Kuya|Manang|Manong|"
               r"Cucu|Abuela|Abuelo|Abuelita|Abuelito|Tía|Tío|Ouma|Oupa|Gogo|Mkhulu)")
# the words a family puts before the name it uses ("we call her Lola Inday", "Mama Ada"): many are given names elsewhere
# ("Tito Tuki", "Nan Cessford"), so they are cut only here
_R42P_CALL_TITLE = (r"(?:" + _R42P_TITLE[3:-1] + r"|Lola|Lolo|Tito|Bibi|Nani|Dadi|Dada|Oma|Opa|Nonna|Nonno|Bubbe|Zayde|Mama|Papa|Mamá|"
                    r"Papá|Yaya|Nan|Nana|Granny|Grandma|Grandpa|Gran|Grandad|Auntie|Aunty|Aunt|Uncle|Tia|Tio)")
# the titles that name no relation in English and are rarely given names: before a capitalised word they make it a name
# ("Tita Marites will bring the forms", "Alhaji Musa"); a job after "Chief" ("Chief Executive", "Chief Nurse") is no name
_R42P_TITLE_NAMES = re.compile(r"(?<![" + _LETTER + r"])(?:Chief|Alhaji|Alhaja|Hajiya|Mallam|Tita|Kuya|Manang|Manong|Cucu|Abuela|Abuelo|"
                               r"Abuelita|Abuelito|Tía|Tío|Ouma|Oupa|Gogo|Mkhulu)[ \t]+(?=[" + _UPPER + r"][a-z])")
_R42P_NOT_AFTER_TITLE = re.compile(r"(?:Executive|Medical|Nurse|Nursing|Officer|Operating|Financial|Inspector|Constable|Justice|Minister|"
                                   r"Superintendent|Surgeon|Pharmacist|Technician|Clinical|Scientist|Engineer|Resident|Registrar|"
                                   r"Consultant|Steward|Whip|Rabbi|Judge)\b")
_R42P_TITLE_LEAD = re.compile(_R42P_TITLE + r"[ \t]+(?=[" + _UPPER + r"][a-zß-öø-ÿ])")
_R42P_CAP = r"[" + _UPPER + r"][a-zß-öø-ÿ'’\-]{1,20}"
_R42P_NAME = r"(" + _R42P_CAP + r"(?:[ \t]+(?:Mc|Mac|O['’])?" + _R42P_CAP + r"){0,2})"
# "(we call her Lola Inday)", "everyone calls him Junior", "she goes by Lupita", "known as Tunde": the name a family uses
_R42P_CALLED = re.compile(r"\b(?:[Ww]e|[Tt]hey|[Ee]veryone|[Ee]verybody|[Aa]ll|[Tt]he[ \t]+(?:kids|family|grandkids|grandchildren)|"
                          r"[Pp]eople|[Ff]olks|[Ii])[ \t]+(?:all[ \t]+)?call(?:s|ed)?[ \t]+(?:him|her|them)[ \t]+(?:" + _R42P_CALL_TITLE +
                          r"[ \t]+)?" + _R42P_NAME + r"|\b(?:goes|went|go)[ \t]+by[ \t]+" + _R42P_NAME + r"|\b[Kk]nown[ \t]+as[ \t]+" + _R42P_NAME)
# a given name after a word for a relative the rules do not know (a Kikuyu cucu, a Tagalog lola) or an endearment ("Baby
# girl Keisha"), when what follows is something only a person does
_R42P_PERSON_DOES = (r"(?:is|was|has[ \t]+been|will[ \t]+be)[ \t]+(?:staying|living|visiting|coming|looking|helping|taking|driving|"
                     r"bringing|caring|sleeping|moving)\b|(?:lives|lived|stays|stayed|set|sets|rang|rings|phoned|phones|texted|texts|"
                     r"drove|drives|visited|visits|came|comes|told|tells|brought|brings|picked|picks|helps|helped|looks[ \t]+after|"
                     r"looked[ \t]+after|babysits|cooked|cooks|moved|flew|flies|arrives|arrived|says|said|wants|needs|turned|turns)\b")
_R42P_KIN_NOT = set("local new old usual nearest favourite favorite regular little big daily weekly own first second last next "
                     "other same whole electric digital blood sugar heart phone home work car".split())
_R42P_KIN_UNKNOWN = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)[ \t]+([a-z]{2,14})[ \t]+" + r"(" + _R42P_CAP +
                               r")[ \t]+(?=" + _R42P_PERSON_DOES + r")")
_R42P_ENDEARED = re.compile(r"(?:(?<![" + _LETTER + r"])(?:wee|little|lil|young|baby)|(?:^|(?<=[.!?][ \t]))(?:Wee|Little|Lil|Young|Baby))"
                            r"(?:[ \t]+(?:girl|boy|man|lass|lad|sis|bro))?[ \t]+" + _R42P_NAME +
                            r"(?=['’]s[ \t]+[a-z]|[ \t]+(?:" + _R42P_PERSON_DOES + r"))")
# the family name after a Portuguese "e" ("... de Almeida e Sousa")
_R42P_E_SURNAME = re.compile(r"[ \t]+e[ \t]+(" + _R42P_CAP + r")")
# a record number that ends in a check letter ("MRN is 0045 2271 Q.")
_R42P_CHECK_LETTER = re.compile(r"[ \t][A-Z](?=[.,;!?)]|[ \t]*$)")
# a group's or a place's name read as a person's: a team, a club, a chat group; a park or square after a word of going there
_R42P_GROUP_WORD = re.compile(r"[ \t](?:Team|Crew|Club|Squad|Gang|Group|Chat|Society|Choir|Crowd|Posse|Fam)$")
_R42P_PLACE_WORD = re.compile(r"[ \t](?:Park|Gardens|Garden|Square|Plaza|Stadium|Beach|Mall|Market|Common|Green|Fields|Pier|Fairground)$")
_R42P_PLACE_LEAD = re.compile(r"(?i:\b(?:(?:at|in|into|near|round|around|past|through|outside|across|(?:down|up|over|out|back)[ \t]+to)|"
                              r"(?:went|go|goes|going|gone|took|take|takes|taking|walk\w*|drove|drive|driving|ran|run|headed|head|came|"
                              r"come|coming|trip|outing|day[ \t]+out)(?:[ \t]+\w+){0,2}[ \t]+to)[ \t]+(?:the[ \t]+)?)$")
# Chinese: 阿 + a given name + a kin title (阿忠伯, 阿明叔, 阿娟姐); a surname + 太 / 生 after a relative or a verb (家母黄太);
# a compound surname with a given name after a relative (家父欧阳德明); a name after a role (秘书黄秀琴); an address's
# autonomous prefecture (黔南布依族苗族自治州) and its tail of estate, block, floor and flat (帝庭园B座15楼A室, 4门302)
_R42P_ZH_A_KIN = re.compile(r"(阿[" + _CJK + r"])(?=[伯叔婶姨嫂哥姐婆公仔妹])")
_R42P_ZH_KIN_LEAD = r"(?:家父|家母|先父|先母|家兄|家姐|家嫂|父亲|母亲|爸爸|妈妈|阿妈|阿爸|老爸|老妈|外婆|外公|奶奶|爷爷|婆婆|公公|丈夫|老公|老婆|太太|妻子|儿子|女儿|本人|我是|叫做|叫|名叫|患者|病人)"
_R42P_ZH_TAI = re.compile(r"(?:" + _R42P_ZH_KIN_LEAD[3:-1] + r"|陪|同|找|问|和|跟|系|是)([" + _SURNAMES + r"])(?=太(?!太?[多少高低大小长久远快慢贵甜咸累好坏重轻晚早热冷忙痛差]))")
_R42P_ZH_COMPOUND = re.compile(r"(?:" + _R42P_ZH_KIN_LEAD[3:-1] + r")((?:" + _ZH_COMPOUND_SURNAMES + r")[" + _CJK + r"]{1,2}?)"
                               r"(?=[，。、！？ \t（(]|$|预约|看|来|去|的|今年|现年|住|在|于|出生|因|由|将|会|要|想|已|是|系|先生|女士|老先生)")
_R42P_ZH_ROLE_NAME = re.compile(r"(?:秘书|助理|司机|保姆|护工|外佣|菲佣|佣人|工人|同事|邻居|室友|同学|下属|员工)([" + _SURNAMES + r"][" + _CJK +
                                r"]{1,2}?)(?=[，。、！？ \t]|$|会|来|将|陪|帮|打|说|在|负责|代|替)")
_R42P_ZH_ROLE_NOT = ("师傅", "长", "们", "处", "部", "科")
_R42P_ZH_LATIN_NAME = re.compile(r"(?:外佣|菲佣|印佣|佣人|工人|姐姐|妹妹|哥哥|弟弟|女儿|儿子|孙女|孙子|老公|老婆|丈夫|太太|妻子|同事|朋友|邻居|护工|保姆|助理|秘书)"
                                 r"[ \t]?([A-Z][a-z]{2,15}(?:[ \t][A-Z][a-z]{2,15})?)(?=[ \t]?[" + _CJK + r"])")
_R42P_ZH_PREFECTURE = re.compile(r"[" + _CJK + r"]{2,14}?(?:自治州|地区|盟)")
_R42P_ZH_UNIT = r"(?:[A-Z0-9]{1,4}|[一二三四五六七八九十]{1,3})(?:座|栋|幢|号楼|单元|门|楼|层|室|期)"
_R42P_ZH_TAIL = re.compile(r"(?:[^\x00-\u4dff的是在到去我你他她和及与或电话联络请]{2,8}?(?=[A-Z0-9一二三四五六七八九十]{1,4}(?:座|栋|幢|号楼|单元|门|楼|层|室|期)))?"
                           r"(?:" + _R42P_ZH_UNIT + r")+(?:[A-Z0-9]{1,4}(?:室|号|房)?)?")


def _r42p_title_cut(text: str, start: int, end: int) -> int:
    """Where a name starts after the titles and kin words written before it ("Chief", "Tita", "Lola")."""
    while (lead := _R42P_TITLE_LEAD.match(text, start)) and lead.end() < end:
        start = lead.end()
    return start


def _r42p_name_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """A name's edges without a possessive and what follows it ("Imran Qureshi's CPAP" -> "Imran Qureshi"), the titles
    before it ("Chief", "Tita") or a Chinese form of address after it ("司马先生" -> "司马")."""
    poss = re.search(r"['’]s(?=[ \t]+(?:[a-z]|[A-Z]{2,}\b)|$)", text[start:end])
    if poss and poss.start() > 0:
        end = start + poss.start()
    if end - start >= 4 and text[end - 2:end] in ("先生", "女士", "小姐", "太太") and re.match(r"[" + _CJK + r"]", text[start:end]):
        end -= 2
    return _r42p_title_cut(text, start, end), end


def _r42p_name_word_ok(word: str) -> bool:
    """Whether a capitalised word can be a name word: no common word, month or day."""
    bare = word.lower().rstrip(".,'’")
    return bare not in _NOT_NAMES and bare not in _NEVER_IN_NAMES and bare not in _LOWER_NOT_NAMES and not re.fullmatch(
        _MONTH + r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day", bare)


def _round42p_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 42 (session 42) families (see above); forced spans win over the candidates they overlap."""
    forced: list[tuple[int, int, str]] = []

    def force(s: int, e: int, kind: str = "NAME", over: tuple[str, ...] = ("NAME",)) -> None:
        if e > s and all(c[2] in over for c in out if c[0] < e and s < c[1]):
            forced.append((s, e, kind))

    fixed = []
    for s, e, k in out:
        if k == "NAME":
            s, e = _r42p_name_edges(text, s, e)
            words = text[s:e].split()
            tail = _R42P_E_SURNAME.match(text, e)
            if tail and len(words) >= 3 and _r42p_name_word_ok(tail.group(1)):
                e = tail.end(1)
        if k in ("MRN", "ID") and text[e - 1:e].isdigit() and (check := _R42P_CHECK_LETTER.match(text, e)) and not any(
                c[0] < check.end() and e <= c[0] for c in out):
            e = check.end()
        fixed.append((s, e, k))
    # a park or square someone went to is no name, whichever rule read it
    out = [c for c in fixed if not (c[2] == "NAME" and _r42p_place_name(text, *c))]
    for m in _R42P_CALLED.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        words = m.group(group).split()
        while words and not _r42p_name_word_ok(words[-1]):
            words.pop()
        # on the rescan "Lola [NAME]" leaves the title alone: a title is no name
        if words and all(_r42p_name_word_ok(w) for w in words) and not re.fullmatch(_R42P_CALL_TITLE, " ".join(words)):
            force(m.start(group), m.start(group) + len(" ".join(words)))
    for m in _R42P_KIN_UNKNOWN.finditer(text):
        if m.group(1) not in _LOWER_NOT_NAMES and m.group(1) not in _R42P_KIN_NOT and _r42p_name_word_ok(m.group(2)) and \
                not re.match(r"[ \t]+\w+[ \t]+(?:\w+[ \t]+)?open\b", text[m.end(2):]):
            force(*m.span(2))
    for m in _R42P_TITLE_NAMES.finditer(text):
        name = re.match(_R42P_NAME, text[m.end():])
        words = name.group(1).split() if name else []
        # inside a name the word is a name ("Fatima Bibi Rahman"), not a title before one
        inside = re.search(r"[" + _UPPER + r"][a-zß-öø-ÿ'’\-]+[ \t]+$", text[max(0, m.start() - 30):m.start()])
        if words and not inside and not _R42P_NOT_AFTER_TITLE.match(text, m.end()) and all(_r42p_name_word_ok(w) for w in words):
            force(m.end(), m.end() + len(" ".join(words)))
    for m in _R42P_ENDEARED.finditer(text):
        words = m.group(1).split()
        if all(_r42p_name_word_ok(w) for w in words):
            force(*m.span(1))
    if re.search(r"[" + _CJK + r"]", text):
        for m in _R42P_ZH_A_KIN.finditer(text):
            if m.group(1)[1] not in _R41_ZH_NOT_AFTER_A and m.group(1)[1] not in _ZH_STOP and m.group(1)[1] not in "伯叔婶姨嫂哥姐婆公仔妹":
                force(*m.span(1))
        for m in _R42P_ZH_TAI.finditer(text):
            force(*m.span(1))
        for m in _R42P_ZH_COMPOUND.finditer(text):
            force(*m.span(1))
        for m in _R42P_ZH_ROLE_NAME.finditer(text):
            # a given name has no function character in it ("同事马上到": 马上 is "at once")
            if not any(w in text[m.start(1):m.end(1) + 1] for w in _R42P_ZH_ROLE_NOT) and \
                    not any(ch in _ZH_STOP or ch in "上下一不没再刚才已又都" for ch in m.group(1)[1:]):
                force(*m.span(1))
        for m in _R42P_ZH_LATIN_NAME.finditer(text):
            # only where no rule read a name: a longer one ("Winnie 黃") keeps its edges
            if all(_r42p_name_word_ok(w) for w in m.group(1).split()):
                force(*m.span(1), "NAME", ())
        for s, e, k in list(out):
            if k != "ADDRESS":
                continue
            pref = next((p for p in _R42P_ZH_PREFECTURE.finditer(text, max(0, s - 16), min(len(text), s + 6))
                         if p.start() < s < p.end() or p.end() == s), None)
            start = s
            if pref:
                start = pref.start() + _address_verb_lead(text[pref.start():e])
            tail = _R42P_ZH_TAIL.match(text, e) if text[e - 1:e] in "号道路街" else None
            end = tail.end() if tail and re.search(r"[\d一二三四五六七八九十]", tail.group()) else e
            if (start, end) != (s, e):
                force(start, end, "ADDRESS", ("ADDRESS", "ZIP", "NAME", "ID", "PHONE", "AGE", "DATE"))
    out = _with_forced(out, forced) if forced else out
    return [(*_r42p_name_edges(text, s, e), k) if k == "NAME" else (s, e, k) for s, e, k in out]


def _r42p_place_name(text: str, start: int, end: int, kind: str) -> bool:
    """A named group ("Knee Crew") or a park or square after a word of going there ("at Rizal Park", "took her to
    Victoria Park"), with no digit: a place or a group, no person."""
    value = text[start:end]
    return kind in ("NAME", "ADDRESS") and not re.search(r"\d", value) and bool(
        _R42P_GROUP_WORD.search(value) or (_R42P_PLACE_WORD.search(value) and _R42P_PLACE_LEAD.search(text, max(0, start - 40), start)))


def _r42p_tagger_lookalike(text: str, start: int, end: int, kind: str) -> bool:
    """A tagger span that is no PHI (round 42 of session 42): a team or chat group's name ("Mum's Hip Team"), a park or
    square someone went to ("at Rizal Park", "down to Martin Luther King Jr. Park")."""
    return _r42p_place_name(text, start, end, kind)


def _r42p_tagger_fix(text: str, start: int, end: int, kind: str) -> tuple[int, int, str]:
    """A tagger name without the title or kin word before it (round 42: "Tita Charing" -> "Charing")."""
    return (_r42p_title_cut(text, start, end), end, kind) if kind == "NAME" else (start, end, kind)


# --- Round 43 (session 43, P43: blind63s, session 42's hand-typed writer, spent) ----------------------------------------
# Shapes and readings, each written again in other wordings (tests/test_phi_round43.py):
# - a person named again by the given name alone after the full name was given ("Mereani Tuilagi ... Mereani's mobile");
# - a name after a kin or chiefly title the rules did not know (Hindi and Fijian: "Bhaiya Ravinesh", "Ratu Josefa"), the
#   title no part of it; a name given after a role and a comma ("the fella at the desk, Ricky, said", "the missus,
#   Demelza Nance, are"); a month word as a middle name between two name words ("Loretta June Hollister");
#   "spelled X Y" / "spelt" is no part of the name;
# - a saint's name ("St Francis Xavier") and a person's name before a street word ("Mary Seacole Road") are no person; a
#   feast day's date ("the feast of ... on 3 December", "15 August, for the Assumption") is no one's date;
# - a bare web address with no "@" is a URL, never an EMAIL;
# - US rural routes ("918 FM 1062, Canyon, TX 79015": Farm to Market, Ranch Road, State Highway);
# - identifiers: an NHS number after its label and a comma ("my NHS number, 485 777 3456,") is an ID, not a phone; a
#   national number spelled out one character at a time ("NHI is Z A B 7 7 1 3"); a passport number's letter prefix
#   before a space ("護照號碼是TZ 8841207");
# - Chinese: a Traditional-script surname (陳, 張, 黃 ...) and a compound one after a kin word or role (我兒子陳子軒會陪,
#   室友欧阳晓彤陪我), an English given name written onto the Chinese name (我姐Michelle邱怡君會去: both, no verb), a
#   Japanese name after a role or 朋友 (佐藤美穗), a surname alone before 先生 / 女士 / 小姐 (我是王先生 -> 王), 老 + surname
#   after 我家, a mobile number read in Chinese numerals without groups (手机号是一八六七七一二零四五三), and the verb 回
#   before an address (寄回金門縣...) is no part of it.
_R43_SURNAME = r"(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _SURNAMES + r"])"
_R43_ZH_NAME_END = "会會陪来來去说說的在将將要也和跟帮幫负负责是系嘅，,。、；;！!？? \t（("
_R43_ZH_KIN = (r"(?:儿子|兒子|女儿|女兒|孙子|孫子|孙女|孫女|外孙|外孫|女婿|媳妇|媳婦|室友|朋友|同学|同學|同事|姐姐|哥哥|弟弟|妹妹|表妹|表姐|"
               r"表哥|表弟|堂哥|堂姐|老公|老婆|丈夫|妻子|太太|我姐|我哥|我弟|我妹|家姐|家兄|女友|男友|邻居|鄰居|护工|護工|看护|看護)")
# a name after a kin word or role, with or without an English given name written on (the text is folded to simplified
# script before the rules read it, so 陳子軒會陪 is read as 陈子轩会陪); no everyday word (明天, 高兴) starts it
_R43_ZH_KIN_NAME = re.compile(_R43_ZH_KIN + r"[ \t]?" + _ZH_NOT_NAME + r"((?:[A-Z][a-z]{2,12})?" + _R43_SURNAME + r"[" + _CJK +
                              r"]{1,2}?)(?=[" + _R43_ZH_NAME_END + r"]|$)")
_R43_ZH_NOT_GIVEN = "上下一不没沒再刚剛才已又都們们天日早晚后後前这這那样樣些点點地得着著過过常血压壓"
_R43_JP_SURNAMES = (r"(?:佐藤|鈴木|铃木|高橋|高桥|田中|伊藤|渡辺|渡边|山本|中村|小林|加藤|吉田|山田|佐々木|山口|松本|井上|木村|斎藤|斋藤|"
                    r"山崎|池田|橋本|桥本|阿部|石川|山下|前田|岡田|冈田|長谷川|长谷川|藤田|後藤|后藤|近藤|村上|遠藤|远藤|青木|坂本|"
                    r"福田|太田|西村|藤井|岡本|冈本|藤原|三浦|竹内|小野|田村|森田|宮崎|宫崎|横山|高木|安藤|宮本|宫本|大野|工藤|"
                    r"谷口|今井|杉山|村田|大塚|新井|野口|武田|松井|千葉|千叶|岩崎|菅原|木下|久保|野村|松尾|菊地|杉本|市川|古川|"
                    r"島田|岛田|水野|桜井|樱井|服部|樋口|渡部)")
_R43_JP_NAME = re.compile(r"(?:朋友|同学|同學|同事|室友|留学生|留學生|丈夫|老公|老婆|妻子|太太|女婿|媳妇|媳婦|叫|名叫|叫做)(" + _R43_JP_SURNAMES + r"[" + _CJK +
                          r"]{1,2}?)(?=[" + _R43_ZH_NAME_END + r"下上今明昨每已想住]|先生|女士|小姐|$)")
_R43_ZH_FORM = re.compile(r"(?:我是|我姓|叫|找|系|是)(" + _R43_SURNAME + r")(?=先生|女士|小姐)")
_R43_ZH_OLD_SURNAME = re.compile(r"(?:我家|我们家|家里|屋企)((?:老|小)[" + _SURNAMES + r"])(?=[，,。、 \t]|$)")
_R43_ZH_NUM = "零〇一二三四五六七八九幺"
_R43_ZH_PHONE_RUN = re.compile(r"(?:手机号|手機號|手机|手機|电话|電話|号码|號碼|联系方式|聯絡電話)(?:码|碼)?(?:是|为|為|:|：)?[ \t]*"
                               r"([一幺][" + _R43_ZH_NUM + r"]{10})(?![" + _R43_ZH_NUM + r"])")
_R43_ZH_SEND_BACK = re.compile(r"(?<=[寄送带帶退返搬])回(?=[" + _CJK + r"]{1,6}?[省市县縣区區])")
_R43_KIN_TITLE = re.compile(r"(?<![" + _LETTER + r"])(?:Bhaiya|Bhaiyya|Bhaiyaa|Bhai|Aaji|Ajji|Aaja|Ajoba|Chacha|Chachi|Mausi|Masi|"
                            r"Bua|Kaka|Kaki|Bapu|Ratu|Roko|Bhabhi|Jiju)[ \t]+(?=[" + _UPPER + r"][a-z])")
_R43_APPOSITION = re.compile(r"\b(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:\w+[ \t]+){0,4}?(?:missus|missis|wife|husband|hubby|fella|bloke|lad|"
                             r"lass|girl|boy|man|woman|lady|neighbour|neighbor|lodger|carer|home help|help|nurse|driver|cousin|friend|mate|"
                             r"partner|other half|son|daughter|brother|sister|aunty|auntie|uncle|nephew|niece|guy|chap|receptionist|"
                             r"clerk|porter|volunteer)(?:[ \t]+(?:at|on|in|from|by)[ \t]+(?:the[ \t]+)?\w+)?,[ \t]+(" + _R42P_CAP +
                             r"(?:[ \t]+" + _R42P_CAP + r")?),[ \t]+(?=(?:said|says|is|was|are|were|will|can|could|has|had|who|rang|"
                             r"told|came|comes|brought|drove|helps|helped|wants|needs|knows|keeps|looks)\b)")
_R43_OUR_KID = re.compile(r"\b(?:[Oo]ur|[Mm]y|[Hh]is|[Hh]er)[ \t]+(?:boy|girl|lad|lass|son|daughter|youngest|eldest|oldest|baby|grandson|granddaughter)"
                          r"[ \t]+(" + _R42P_CAP + r")(?=[ \t]+(?:for|with|to|at|is|was|has|had|who|needs|got|gets)\b)")
_R43_MONTH_MIDDLE = re.compile(r"(?<![" + _LETTER + r"])(" + _R42P_CAP + r")[ \t]+(?:June|May|April|August|July)[ \t]+(" + _R42P_CAP +
                               r")(?![ \t]+\d)")
_R43_SPELLED = re.compile(r"(?:spelled|spelt|written|spelling)[ \t]+", re.I)
_R43_SAINT = re.compile(r"(?<![" + _LETTER + r"])(?:St\.?|Saint|San|Santa|Sao|São|Ste\.?)[ \t]+$")
_R43_STREET_AFTER = re.compile(r"[ \t]+(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Way|Close|Crescent|Place|Square|Terrace|Hospital|"
                               r"Ward|Wing|Building|Centre|Center|House|Unit|School|College|University|Bridge)\b")
_R43_FEAST_DATE = re.compile(r"(?i:\b(?:feast|solemnity|assumption|christmas|easter|diwali|eid|holi|ramadan|navratri|onam|pongal|"
                             r"passover|hanukkah|thanksgiving|independence day|national day|saint'?s day|name day|puja|festival|"
                             r"holy day|patron)\b)")
_R43_US_RURAL = re.compile(r"(?<![A-Za-z0-9])(\d{1,6}[ \t]+(?:FM|RM|RR|SH|SR|CR|US|Hwy|Highway|Farm to Market|Ranch Road|State Highway|"
                           r"County Road|State Road|Route)[ \t\-]+\d{1,5}(?:[ \t]+[NSEW])?,[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,[ \t]*" +
                           _US_STATES + r"[ \t]+\d{5}(?:-\d{4})?)(?!\d)")
_R43_NHS_COMMA = re.compile(r"(?i:\b(?:nhs|chi|nhi|national insurance|national health)[ \t]+(?:number|no\.?|num)),[ \t]*(\d{3}[ \t]\d{3}[ \t]\d{4})"
                            r"(?!\d)")
_R43_SPELLED_ID = re.compile(r"(?i:\b(?:nhi|nhs|chi|medicare|passport|licen[cs]e|id|member|policy)[ \t]*(?:number|no\.?|num|#)?)[ \t]*"
                             r"(?:is|was|:)?[ \t]*((?:[A-Z][ \t]){1,3}(?:\d[ \t]){2,9}\d)(?![A-Za-z0-9])")
_R43_PASSPORT_PREFIX = re.compile(r"(?:護照號碼|護照號|护照号码|护照号|(?i:passport)[ \t]*(?:number|no\.?|#)?)[ \t]*(?:是|為|为|is|:|：)?"
                                  r"[ \t]*([A-Z]{1,2}[ \t]\d{6,9})(?![A-Za-z0-9])")
_R43_BARE_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)+(?:/\S*)?$", re.I)


def _r43_given_again(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, int]]:
    """Spans where a full name's given name stands again alone, outside any span ("Mereani's mobile")."""
    found = []
    for s, e, k in out:
        words = text[s:e].split()
        if k != "NAME" or len(words) < 2 or not re.fullmatch(_R42P_CAP, words[0]) or len(words[0]) < 3 or \
                not _r42p_name_word_ok(words[0]):
            continue
        for m in re.finditer(r"(?<![" + _LETTER + r"])" + re.escape(words[0]) + r"(?![" + _LETTER + r"])(?=['’]s[ \t]|[ \t]+(?:"
                             + _R42P_PERSON_DOES + r")|[ \t]*,)", text):
            if not any(c[0] < m.end() and m.start() < c[1] for c in out):
                found.append(m.span())
    return found


def _round43_candidates(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 43 (session 43, P43) families (see above); forced spans win over the candidates they overlap."""
    forced: list[tuple[int, int, str]] = []

    def force(s: int, e: int, kind: str = "NAME", over: tuple[str, ...] = ("NAME",)) -> None:
        if e > s and all(c[2] in over for c in out if c[0] < e and s < c[1]):
            forced.append((s, e, kind))

    fixed = []
    for s, e, k in out:
        if k == "NAME":
            while (lead := _R43_KIN_TITLE.match(text, s)) and lead.end() < e:
                s = lead.end()
            if (lead := _R43_SPELLED.match(text, s)) and lead.end() < e:
                s = lead.end()
            if re.fullmatch(r"(?i:spelled|spelt|written|spelling)", text[s:e]):
                continue  # on the rescan, "is spelled [NAME]": the verb is no name
            # a saint, or a person a street or building is named after, is no one here
            if _R43_SAINT.search(text[max(0, s - 7):s]) or _R43_STREET_AFTER.match(text, e):
                continue
        if k == "DATE" and _R43_FEAST_DATE.search(text[max(0, s - 50):min(len(text), e + 30)]) and \
                not re.search(r"\d{4}", text[s:e]) and not re.search(r"(?i)\b(?:born|birth|dob|admitted|appointment|surgery|"
                                                                   r"discharged|seen|died)\b", text[max(0, s - 40):e]):
            continue
        if k == "EMAIL" and "@" not in text[s:e] and _R43_BARE_DOMAIN.match(text[s:e]):
            k = "URL"
        fixed.append((s, e, k))
    out = fixed
    for m in _R43_MONTH_MIDDLE.finditer(text):
        if _r42p_name_word_ok(m.group(1)) and _r42p_name_word_ok(m.group(2)) and \
                any(c[2] == "NAME" and m.start() <= c[0] < m.end() for c in out):
            force(m.start(1), m.end(2))
    for m in _R43_APPOSITION.finditer(text):
        if all(_r42p_name_word_ok(w) for w in m.group(1).split()):
            force(*m.span(1))
    for m in _R43_OUR_KID.finditer(text):
        if _r42p_name_word_ok(m.group(1)):
            force(*m.span(1))
    for s, e in _r43_given_again(text, out):
        force(s, e)
    for m in _R43_US_RURAL.finditer(text):
        force(*m.span(1), "ADDRESS", ("ADDRESS", "ZIP", "NAME", "PHONE"))
    for m in _R43_NHS_COMMA.finditer(text):
        force(*m.span(1), "ID", ("PHONE", "ID", "MRN"))
    for m in _R43_SPELLED_ID.finditer(text):
        force(*m.span(1), "ID", ("PHONE", "ID", "MRN", "NAME"))
    for m in _R43_PASSPORT_PREFIX.finditer(text):
        force(*m.span(1), "ID", ("PHONE", "ID", "MRN"))
    if re.search(r"[" + _CJK + r"]", text):
        for m in _R43_ZH_KIN_NAME.finditer(text):
            group = 1
            given = re.sub(r"^[A-Za-z]+", "", m.group(group))
            given = given[2:] if re.match(_ZH_COMPOUND_SURNAMES, given) else given[1:]
            # a given name has no function or time character in it ("老公明天去": 明天 is "tomorrow")
            if given and not any(ch in _ZH_STOP or ch in _R43_ZH_NOT_GIVEN for ch in given):
                force(*m.span(group))
        for m in _R43_JP_NAME.finditer(text):
            if not any(ch in _ZH_STOP or ch in _R43_ZH_NOT_GIVEN for ch in m.group(1)[2:]):
                force(*m.span(1))
        for m in _R43_ZH_FORM.finditer(text):
            force(*m.span(1))
        for m in _R43_ZH_OLD_SURNAME.finditer(text):
            force(*m.span(1))
        for m in _R43_ZH_PHONE_RUN.finditer(text):
            force(*m.span(1), "PHONE", ("PHONE", "ID", "AGE", "MRN"))
        for s, e, k in list(out):
            if k == "ADDRESS" and _R43_ZH_SEND_BACK.match(text, s):
                force(s + 1, e, "ADDRESS", ("ADDRESS",))
    return _with_forced(out, forced) if forced else out


def _r43_tagger_lookalike(text: str, start: int, end: int, kind: str) -> bool:
    """A tagger span that is no PHI (round 43): a saint's name, a person's name before a street or building word, a
    feast day's date."""
    if kind == "NAME" and (_R43_SAINT.search(text[max(0, start - 7):start]) or _R43_STREET_AFTER.match(text, end)):
        return True
    return kind == "DATE" and bool(_R43_FEAST_DATE.search(text[max(0, start - 50):min(len(text), end + 30)])) and \
        not re.search(r"\d{4}", text[start:end])


def _r43_tagger_fix(text: str, start: int, end: int, kind: str) -> tuple[int, int, str]:
    """A tagger span with round 43's edges: a name without a kin or chiefly title or "spelled" before it and without a
    Chinese verb after it ("Michelle邱怡君會去" -> "Michelle邱怡君"); a bare web address is a URL."""
    if kind == "NAME":
        while (lead := _R43_KIN_TITLE.match(text, start)) and lead.end() < end:
            start = lead.end()
        if (lead := _R43_SPELLED.match(text, start)) and lead.end() < end:
            start = lead.end()
        if re.search(r"[" + _CJK + r"]", text[start:end]):
            m = re.match(r"((?:[A-Z][a-z]{1,12})?" + _R43_SURNAME + r"[" + _CJK + r"]{1,2}?)(?:会|说|来|陪|去|将|也|要)+$",
                         fold_traditional(text[start:end]))
            if m:
                end = start + len(m.group(1))
    if kind == "EMAIL" and "@" not in text[start:end] and _R43_BARE_DOMAIN.match(text[start:end]):
        kind = "URL"
    return start, end, kind


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """Every candidate span (start, end, kind), overlapping allowed."""
    out: list[tuple[int, int, str]] = []

    def add(m: re.Match, kind: str, group: int = 0) -> None:
        start, end = m.span(group)
        if end > start:
            out.append((start, end, kind))

    for kind, regex in _SIMPLE:
        for m in regex.finditer(text):
            add(m, kind, 1 if regex.groups else 0)
    for kind, regex in _CONTEXT_ID_RES:
        for m in regex.finditer(text):
            # A context value must contain a digit: "member ID is on the card" is not an id.
            if any(ch.isdigit() for ch in m.group(1)):
                add(m, kind, 1)
    for cue in _DEVICE_NOUN.finditer(text):
        # the id follows in the same sentence ("。", "!", "?", ";" or a line break end the search)
        window = re.split(r"[。！？!?；;\n]", text[cue.end():cue.end() + 60], maxsplit=1)[0]
        for m in _DEVICE_TOKEN.finditer(window):
            if not _NOT_DEVICE_ID.fullmatch(m.group(0)):
                if text[cue.start() - 1:cue.start()] == "[" and _R37_PRODUCT_BEFORE.search(window[max(0, m.start() - 16):m.start()]):
                    break  # after a [DEVICE] token of an earlier pass, a product code after its label is no second serial
                out.append((cue.end() + m.start(), cue.end() + m.end(), "DEVICE"))
                break
    for regex in _DATES:
        for m in regex.finditer(text):
            add(m, "DATE", 1 if regex.groups else 0)
    for regex in _ADDRESSES:
        for m in regex.finditer(text):
            # Chinese matches can start with the cue or the province (state level may stay): skip both.
            lead = _ZH_ADDRESS_LEAD.match(m.group(0))
            start = m.start() + (lead.end() if lead else 0)
            start += _address_verb_lead(m.group(0)[start - m.start():])
            # "去小区诊所": a bare estate word with no name before it is not an address
            if m.end() > start and not re.fullmatch(r"(?:小区|花园|公寓|大厦|新村|家园|社区)", text[start:m.end()]):
                out.append((start, m.end(), "ADDRESS"))
    for regex in _ZIP_RES:
        for m in regex.finditer(text):
            add(m, "ZIP", 1)
    for m in _CN_ID.finditer(text):
        if cn_id_checksum_ok(m.group(1)):
            add(m, "ID", 1)
    # A number a cue already named (an IMEI is Luhn-valid too) keeps the cue's kind, not "card number".
    cued = {(start, end) for start, end, _ in out}
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group(1))
        if m.span(1) not in cued and 13 <= len(digits) <= 19 and luhn_ok(digits) and not cn_id_checksum_ok(digits):
            add(m, "ACCOUNT", 1)
    for m in _IPV6.finditer(text):
        if m.group(0).count(":") >= 2 and _ipv6_ok(m.group(0)):
            add(m, "IP")
    # A message typed all in capitals ("MY AUNT WENT STIFF") gives weak cues no capital letters to go on.
    shouting = text.isupper()
    for regex, group, any_case in _NAME_PATTERNS:
        if shouting and not any_case:
            continue
        for m in regex.finditer(text):
            lower_name = regex is _LOWER_KIN_NAME or regex is _LOWER_DASH_NAME
            if lower_name and any(w in _LOWER_NOT_NAMES for w in m.group(group).split()):
                continue
            name = _trim_name(m.group(group), any_case)
            if lower_name and name != m.group(group):
                continue  # "- see you soon": a lower-case name must be names only
            if name and not any(word.lower().rstrip(".,") in _NEVER_IN_NAMES for word in name.split()):
                start = m.start(group)
                out.append((start, start + len(name), "NAME"))
    for m in _LEXICON_NAME.finditer(text):
        if m.group(1).lower() in FIRST_NAMES and m.group(2).lower().rstrip(".") not in _NOT_NAMES:
            # "Jane Doe's daughter": the possessive is not part of the name
            end = m.end() - 2 if re.search(r"['\u2019]s$", m.group(2)) else m.end()
            out.append((m.start(), end, "NAME"))
    for m in _ACCENTED_NAME.finditer(text):
        if not m.group(0).isascii():
            # "Is Søren Kjær ...": a capitalised common word before the name is not part of it
            words = m.group(0).split()
            skip = 0
            while skip < len(words) - 1 and words[skip].lower() in _NOT_NAMES:
                skip += 1
            start = m.start() + m.group(0).index(words[skip]) if skip else m.start()
            name = _trim_name(" ".join(text[start:m.end()].split(" ")[:3]), False)
            if name and " " in name and not name.isascii() and not any(w.lower() in _NEVER_IN_NAMES for w in name.split()):
                out.append((start, start + len(name), "NAME"))
    for regex, group in _ZH_NAME_PATTERNS:
        for m in regex.finditer(text):
            add(m, "NAME", group)
    found = _round8_candidates(text, _round7_candidates(text, _round6_candidates(text, out)))
    found = _round11_candidates(text, _round10_candidates(text, _round9_candidates(text, found)))
    found = _round15_candidates(text, _round13_candidates(text, _round12_candidates(text, found)))
    found = _round18_candidates(text, _round17_candidates(text, _round16_candidates(text, found)))
    found = _round21_candidates(text, _round20_candidates(text, _round19_candidates(text, found)))
    found = _round24_candidates(text, _round23_candidates(text, _round22_candidates(text, found)))
    found = _round27_candidates(text, _round26_candidates(text, _round25_candidates(text, found)))
    found = _round36_candidates(text, _pf1_candidates(text, _round28_candidates(text, found)))
    found = _round40_candidates(text, _round38_candidates(text, _round37_candidates(text, found)))
    found = _round44_candidates(text, _round42b_candidates(text, _round42_candidates(text, found)))
    found = _round48_candidates(text, _round47_candidates(text, _round44b_candidates(text, found)))
    found = _round58_candidates(text, _round57_candidates(text, _round50_candidates(text, found)))
    found = _round42p_candidates(text, _round41_candidates(text, _round59_candidates(text, found)))
    return _round43_candidates(text, found)


# Characters that end a verb or cue before an address ("寄到", "新地址是", "搬去"); no city name contains them.
_ADDRESS_LEAD_CHARS = set("到是在为住址于往至寄送搬去的给：:喺系")  # 系: Cantonese 係 ("地址係...") as folded


def _address_verb_lead(address: str) -> int:
    """How many leading characters of a Chinese address match are a verb or cue, not the place name."""
    city_end = address.find("市")
    head = address[:city_end] if city_end > 0 else address[:4]
    cut = max((i + 1 for i, ch in enumerate(head) if ch in _ADDRESS_LEAD_CHARS), default=0)
    # a verb right after the head ("我阿妈住喺观塘..."): 喺 at position 4 is still the verb
    while cut and cut < len(address) and address[cut] in "喺在到":
        cut += 1
    # Keep at least a two-character place name before 市.
    return cut if city_end < 0 or city_end - cut >= 2 else 0


# Everyday lower-case words that can follow "my partner" before a verb; never part of a lower-case name.
_LOWER_NOT_NAMES = set("""also just really usually always never still then too now already often sometimes maybe
    probably definitely who which that and or but so he she they it i we you him her them here there today tonight tomorrow
    yesterday again even only actually finally apparently currently normally recently mostly nearly almost soon later
    once twice both all each every some any no not very quite rather pretty much more less same other another new old
    little big young older younger eldest youngest oldest dear poor sick ill unwell better worse see soon bye later
    thanks thank cheers xx xxx take care love regards sent from my iphone""".split())


def _trim_name(candidate: str, any_case: bool) -> str:
    """Keep the leading name words of a cue match; drop trailing common words ("Sarah and") and a possessive 's."""
    possessive = re.search(r"['\u2019]s\b", candidate)
    if possessive:
        candidate = candidate[:possessive.start()]
    words = re.split(r"([ \t]+)", candidate)
    kept: list[str] = []
    for i in range(0, len(words), 2):
        w = words[i]
        bare = w.rstrip(".").lower()
        following = [w2 for w2 in words[i + 2::2] if w2]
        next_real = next((w2 for w2 in following if w2.lower() not in _PARTICLES), "")
        particle = bare in _PARTICLES and kept and next_real[:1].isupper()
        initial = bool(re.fullmatch(r"[" + _UPPER + r"]\.", w))
        if not w or (bare in _NOT_NAMES and not particle and not initial) or (not any_case and not w[0].isupper() and not particle):
            break
        if kept:
            kept.append(words[i - 1])
        kept.append(w)
    return "".join(kept)


def _select(candidates: list[tuple[int, int, str]], blocked: list[tuple[int, int]], size: int) -> list[tuple[int, int, str]]:
    """Non-overlapping spans: longest first, then by kind priority; never touching existing tokens."""
    taken = bytearray(size)
    for b_start, b_end in blocked:
        taken[b_start:b_end] = b"\x01" * (b_end - b_start)
    chosen: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(candidates, key=lambda c: (-(c[1] - c[0]), _PRIORITY[c[2]], c[0])):
        if any(taken[start:end]):
            continue
        chosen.append((start, end, kind))
        taken[start:end] = b"\x01" * (end - start)
    return sorted(chosen)


def _redact_chunk(text: str, offset: int) -> list[Span]:
    blocked = [m.span() for m in _TOKEN_RE.finditer(text)]
    spans = []
    for start, end, kind in _select(_candidates(fold_traditional(text)), blocked, len(text)):
        # Trailing punctuation is not part of an identifier ("see www.x.com." / "call 555-1234,").
        # a date's own dots stay: 2026.03.05., and an era after it (2044/05/12 B.S., 1942 E.C.)
        # (round 59: a dotted date that closes a sentence, "born 1947.08.02. Please", leaves the full stop out)
        while end > start + 1 and text[end - 1] in ".,;:!?)]}'\"" and not (kind == "DATE" and (
                (_R23_YMD_DOT.fullmatch(text, start, end) and not _R59_SENTENCE_AFTER.match(text, end)) or _R25_ERA_END.search(text, start, end))):
            if text[end - 1] in ")）" and ("(" in text[start:end - 1] or "（" in text[start:end - 1]):
                break
            end -= 1
        spans.append(Span(start + offset, end + offset, kind, token(kind)))
    return spans


def _chunks(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    while pos < len(text):
        end = min(len(text), pos + MAX_CHARS)
        if end < len(text):
            cut = max(text.rfind(" ", pos, end), text.rfind("\n", pos, end))
            end = cut + 1 if cut > pos + MAX_CHARS // 2 else end
        out.append((pos, text[pos:end]))
        pos = end
    return out


def redact_user_text(text: str) -> RedactionResult:
    """Redact user-written text bound for logs or `medqa redact`: the rules plus the learned tagger (MEDQA_PHI_TAGGER)."""
    return redact(text, tagger=check_tagger_setting() != "off")


def redact(text: str, *, tagger: bool | None = None) -> RedactionResult:
    """Replace PHI in `text` with [KIND] tokens; spans are offsets into the original text, sorted, disjoint.

    `tagger` adds the learned span tagger's spans where no rule span is; None means USE_TAGGER (off by default)."""
    if not isinstance(text, str):
        raise TypeError(f"redact() needs a str, got {type(text).__name__}")
    spans: list[Span] = []
    for offset, chunk in _chunks(text):
        spans.extend(_redact_chunk(chunk, offset))
    redacted = apply_spans(text, spans)
    # A replacement can create a new boundary ("Smith13812345678" -> "Smith[PHONE]" makes "John Smith" a
    # name), so re-scan the redacted text until it is stable; that is what makes redaction idempotent.
    # Each pass can free the next boundary in a run of glued identifiers ("...4567(555) 123-4567(555)..."), so the
    # loop runs until nothing new is found; every pass adds a span, and 64 passes bound a hostile input.
    # After FULL_RESCANS whole passes (every real message is stable by then) only the text around the tokens the last
    # pass added is scanned again: a hostile run of glued identifiers ("ID 1 1 1 ...") then costs 64 small windows, not
    # 64 scans of the whole message.
    added = spans
    for number in range(64):
        if number < FULL_RESCANS:
            extra = [s for offset, chunk in _chunks(redacted) for s in _redact_chunk(chunk, offset)]
        else:
            extra = _rescan_around(redacted, _redacted_positions(spans, added))
        if not extra:
            break
        added = [_to_original(s, spans) for s in extra]
        spans = sorted(spans + added, key=lambda s: s.start)
        redacted = apply_spans(text, spans)
    merged = _address_with_province(text, _address_with_us_tail(text, spans))
    if merged is not spans:
        spans = merged
        redacted = apply_spans(text, spans)
    if USE_TAGGER if tagger is None else tagger:
        spans = _with_tagger(text, spans)
        redacted = apply_spans(text, spans)
    return RedactionResult(redacted, spans)


# Between an address and its US ZIP: the state code, and the town where the address stopped before it
# ("1420 Peachtree St NE, Apt 5B, Atlanta, GA 30309"); the line may break before the town.
_US_TAIL_GAP = re.compile(r",?[ \t]*(?:\n[ \t]*)?(?:[A-Z][a-zA-Z'\-]{1,20}(?:[ \t]+[A-Z][a-zA-Z'\-]{1,20}){0,2},?[ \t]+)?" +
                          _US_STATES + r"\.?,?[ \t]+")
_US_ZIP_VALUE = re.compile(r"\d{5}(?:-\d{4})?")


# A Chinese province (or autonomous region) written right before an address that the rules start at the city.
_ZH_PROVINCE_BEFORE = re.compile(r"(?:(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|"
                                 r"云南|陕西|甘肃|青海|台湾)省|(?:内蒙古|广西(?:壮族)?|西藏|宁夏(?:回族)?|新疆(?:维吾尔)?)自治区)")


def _address_with_province(text: str, spans: list[Span]) -> list[Span]:
    """A province written right before a Chinese ADDRESS joins the span ("四川省成都市..."), as outside writers label
    it (83 labels in 14 blind sets against 9 in the project's own files; decided session 26)."""
    folded, out, changed = None, [], False
    for span in spans:
        if span.kind == "ADDRESS" and span.start >= 3:
            folded = folded if folded is not None else fold_traditional(text)
            # the rules may start inside "自治区" ("治区呼和浩特市..."): a province ending up to 2 characters in counts
            m = next((p for p in _ZH_PROVINCE_BEFORE.finditer(folded, max(0, span.start - 10), min(len(folded), span.start + 2))
                      if p.start() < span.start <= p.end()), None)
            if m and not any(o.end > m.start() for o in out):
                span = Span(m.start(), span.end, "ADDRESS", token("ADDRESS"))
                changed = True
        out.append(span)
    return out if changed else spans


def _address_with_us_tail(text: str, spans: list[Span]) -> list[Span]:
    """An ADDRESS followed by its state code and ZIP becomes one ADDRESS span (the whole written address, as outside
    writers label it: 40-odd spans in 16 blind sets; decided session 26), so the state is not left between two tokens."""
    out, changed = [], False
    for span in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "ADDRESS" and span.kind in ("ZIP", "ADDRESS")
                and _US_ZIP_VALUE.fullmatch(text, span.start, span.end)
                and _US_TAIL_GAP.fullmatch(text, prev.end, span.start)):
            out[-1] = Span(prev.start, span.end, "ADDRESS", token("ADDRESS"))
            changed = True
        else:
            out.append(span)
    return out if changed else spans


_R40_PLACE_WORD = re.compile(r"[ \t](?:House|Hall|Wing|Lodge|Court|Building|Block|Centre|Center|Unit|Suite|Annexe)$")
_R40_AGE_NOT_AGE = re.compile(r"[ \t]*(?i:mg|mcg|ml|g|milligrams?|micrograms?|units?|iu|mmol|%)\b")


def _r40_tagger_lookalike(text: str, start: int, end: int, kind: str) -> bool:
    """A tagger span that is no PHI (round 40): a name on a poster or statue ("X and Y posters"), a named boarding
    house or wing ("Tennyson House"), an 'age' that is a dose (100 mg) or an emergency number (112, 999, 911)."""
    value = text[start:end]
    if kind == "NAME" and not re.search(r"[" + _CJK + r"]", value):
        return bool(_R40_NAME_ON_THING.match(text, end) or _R40_PLACE_WORD.search(value) or
                    _R40_NO_RELATION.search(text, max(0, start - 30), start))
    if kind == "AGE":
        if _R40_AGE_NOT_AGE.match(text, end):
            return True
        return value in ("000", "110", "111", "112", "119", "120", "911", "999") and bool(
            re.search(r"(?i:emergency|call|ring|dial|number|phone|急救)", text[max(0, start - 40):start]))
    return False


_R42_TICKET_CUE = re.compile(r"(?:(?i:\b(?:ticket|queue[ \t]+(?:no\.?|number)|number[ \t]+slip)(?:[ \t]+(?:is|was|says))?)[ \t:#]*|(?:筹号|筹|取号|排号|号码牌|飞)[ \t:：是系为]*)$")


def _r42_tagger_lookalike(text: str, start: int, end: int, kind: str) -> bool:
    """A tagger span that is no PHI (round 42): a bus station ("the 21 bus from Pool Meadow"), a singer on the radio, a
    queue ticket's code after "my ticket is" or 筹号 (C118, A045)."""
    value = text[start:end]
    if kind == "NAME" and not re.search(r"[" + _CJK + r"]", value):
        return bool(_R42_BUS_FROM.search(text, max(0, start - 20), start) or _R42_ON_AIR.match(text, end))
    return bool(re.fullmatch(r"[A-Z]{1,2}\d{2,4}", value) and _R42_TICKET_CUE.search(fold_traditional(text[max(0, start - 24):start])))


def _with_tagger(text: str, spans: list[Span]) -> list[Span]:
    """The rule spans plus the tagger's plausible spans (no product code) that overlap none of them (phi_tagger.union)."""
    from medqa.safety import phi_tagger

    rules = [(s.start, s.end, s.kind) for s in spans]
    tagged = [t for t in phi_tagger.tag(text) if phi_tagger.plausible(text, t) and not _r36_lookalike(text, *t)
              and not _r37_lookalike(text, *t) and not _r40_tagger_lookalike(text, *t) and not _r42_tagger_lookalike(text, *t)
              and not _r44_tagger_lookalike(text, *t) and not _r58_tagger_lookalike(text, *t) and not _r59_tagger_lookalike(text, *t)
              and not _r42p_tagger_lookalike(text, *t) and not _r43_tagger_lookalike(text, *t)]
    # a Chinese name before 老先生 / 老太太: the 老 belongs to the form of address (round 40)
    tagged = [(s, e - 1, k) if k == "NAME" and e - s >= 3 and text[e - 1:e] == "老" and re.match(r"先生|太太", text[e:e + 2]) else (s, e, k)
              for s, e, k in tagged]
    # a capitalised relative word before a full name is a role, not part of it ("Daughter X Y can ...", round 44)
    tagged = [(lead.end(), e, k) if k == "NAME" and (lead := _R44_KIN_LEAD.match(text, s)) and lead.end() < e and
              " " in text[lead.end():e].strip() else (s, e, k) for s, e, k in tagged]
    tagged = [_r57_tagger_fix(text, *t) for t in tagged]
    tagged = [_r58_tagger_fix(text, *t) for t in tagged]
    tagged = [_r59_tagger_fix(text, *t) for t in tagged]
    tagged = [_r41_tagger_fix(text, *t) for t in tagged]
    tagged = [_r42p_tagger_fix(text, *t) for t in tagged]
    tagged = [_r43_tagger_fix(text, *t) for t in tagged]
    spans, rules = _r42p_wider_names(text, spans, rules, tagged)
    added = set(phi_tagger.union(rules, tagged)) - set(rules)
    every = rules + sorted(added)
    added |= {(s, e, "NAME") for s, e in _r43_given_again(text, every)}  # round 43: a tagger's full name named again
    return sorted(spans + [Span(start, end, kind, token(kind)) for start, end, kind in added], key=lambda s: s.start)


def _r42p_wider_names(text: str, spans: list[Span], rules: list, tagged: list) -> tuple[list[Span], list]:
    """A one-word rule name the tagger reads with one more name word takes the tagger's edges (round 42: "Ngozi Chukwu,
    staff nurse": the rules knew only the surname, met again later in the message); the extra word is a capitalised
    name, no common word or title, and no other rule span lies under it. A rule name of two words or more keeps its
    edges ("Player Aibek Toktogulov", "Coach Leonie Baptiste": the tagger took the role in)."""
    wider = {}
    for ts, te, tk in tagged:
        if tk != "NAME":
            continue
        inside = [r for r in rules if ts < r[1] and r[0] < te]
        if len(inside) == 1 and inside[0][2] == "NAME" and ts <= inside[0][0] and inside[0][1] <= te and (ts, te) != inside[0][:2] \
                and len(text[inside[0][0]:inside[0][1]].split()) == 1:
            extra = (text[ts:inside[0][0]] + " " + text[inside[0][1]:te]).split()
            if len(extra) == 1 and all(re.fullmatch(_R42P_CAP, w) and _r42p_name_word_ok(w) and not _R42P_TITLE_LEAD.match(w + " A")
                             for w in extra):
                wider[inside[0]] = (ts, te, "NAME")
    if not wider:
        return spans, rules
    rules = [wider.get(r, r) for r in rules]
    spans = [Span(*wider[(s.start, s.end, s.kind)], token("NAME")) if (s.start, s.end, s.kind) in wider else s for s in spans]
    return spans, rules


FULL_RESCANS = 3
RESCAN_MARGIN = 160  # characters scanned again on each side of a new token: longer than any identifier shape


def _redacted_positions(spans: list[Span], wanted: list[Span]) -> list[tuple[int, int]]:
    """Where each span of `wanted` (one of `spans`, original offsets) sits in the redacted text, as (start, end)."""
    wanted_set, out, shift = set(wanted), [], 0
    for s in spans:
        if s in wanted_set:
            out.append((s.start + shift, s.start + shift + len(s.replacement)))
        shift += len(s.replacement) - (s.end - s.start)
    return out


def _rescan_around(redacted: str, tokens: list[tuple[int, int]]) -> list[Span]:
    """Spans found in windows of the redacted text around `tokens`; one touching a cut window edge is not trusted."""
    windows: list[list[int]] = []
    for start, end in sorted(tokens):
        lo, hi = max(0, start - RESCAN_MARGIN), min(len(redacted), end + RESCAN_MARGIN)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    found = []
    for lo, hi in windows:
        for s in _redact_chunk(redacted[lo:hi], lo):
            if (s.start > lo or lo == 0) and (s.end < hi or hi == len(redacted)):
                found.append(s)
    return found


def _to_original(span: Span, spans: list[Span]) -> Span:
    """Map a span found in the redacted text (it never overlaps a token) back to original offsets."""
    shift = 0
    for s in spans:
        redacted_start = s.start + shift
        if redacted_start >= span.end:
            break
        shift += len(s.replacement) - (s.end - s.start)
    return Span(span.start - shift, span.end - shift, span.kind, span.replacement)


def apply_spans(text: str, spans: list[Span]) -> str:
    """Rebuild a redacted text from the original and its spans."""
    parts, pos = [], 0
    for s in spans:
        parts.append(text[pos : s.start])
        parts.append(s.replacement)
        pos = s.end
    parts.append(text[pos:])
    return "".join(parts)


# Gate every scanning pattern on its first characters (see _gated): same matches, less time per position.
_SIMPLE = [(kind, _gated(rx.pattern, rx.flags)) for kind, rx in _SIMPLE]
_NAME_PATTERNS = [(_gated(rx.pattern, rx.flags), group, any_case) for rx, group, any_case in _NAME_PATTERNS]
_ZH_NAME_PATTERNS = [(_gated(rx.pattern, rx.flags), group) for rx, group in _ZH_NAME_PATTERNS]
_DATES = [_gated(rx.pattern, rx.flags) for rx in _DATES]
_ADDRESSES = [_gated(rx.pattern, rx.flags) for rx in _ADDRESSES]
_ZIP_RES = [_gated(rx.pattern, rx.flags) for rx in _ZIP_RES]
for _name, _value in list(globals().items()):
    if isinstance(_value, re.Pattern) and (_name.startswith(("_R6_", "_R7_", "_R8_", "_R9_", "_R10_", "_R12_")) or _name in (
            "_DEVICE_NOUN", "_LEXICON_NAME", "_ACCENTED_NAME", "_CN_ID", "_CARD", "_IPV6", "_LOWER_KIN_NAME", "_LOWER_DASH_NAME")):
        globals()[_name] = _gated(_value.pattern, _value.flags)
del _name, _value
