"""Which Chinese script a patient wrote in, and the reply's shown text put into that script.

The knowledge base and every fixed text (don't-know, disclaimer, redirects, emergency response) are written
in Simplified Chinese. A question written in Traditional characters (Hong Kong, Taiwan, Macau, overseas)
gets the shown reply converted to Traditional with OpenCC: Hong Kong forms for an HK / MO region, Taiwan
forms for TW, generic Traditional otherwise (OpenCC's 's2t' with the forms the two regional standards share:
為, 吃, 眾 rather than OpenCC's orthodox 爲, 喫, 衆). Verification, retrieval and the safety rules keep working on
Simplified text; only what is shown changes.

The script is decided on characters that exist in one script only (OpenCC's character tables: 這/这,
時/时, 點/点); characters shared by both (系, 面, 后 as in 皇后) count for neither. A text with no such
character, or with both kinds in similar numbers, is taken as Simplified.
"""

import re
from functools import lru_cache
from importlib import resources

SIMPLIFIED = "zh-Hans"
TRADITIONAL = "zh-Hant"
SCRIPTS = (SIMPLIFIED, TRADITIONAL)

# Traditional wins when its characters are at least three times the Simplified-only ones: a message typed in
# Traditional may hold a stray Simplified form from the keyboard (華法林能不能帶上飛机), and a text truly mixed
# is read as Simplified. Measured on the 9,818 script-labelled Chinese rows of tests/data/safety (all sets but the
# one being written): every Simplified row is read as Simplified (a factor of 2 read two mixed rows labelled
# Simplified as Traditional), 4,788 of 4,865 Traditional rows as Traditional; of the other 77, 62 show no
# script-only character at all (必理痛有咩作用？) and 15 are truly mixed.
_DOMINANCE = 3

# Regions whose conventions OpenCC knows; other regions get generic Traditional.
_REGION_CONVERSIONS = {"HK": "s2hk", "MO": "s2hk", "TW": "s2tw"}

# Never converted: citation brackets (passage ids), URLs, e-mail addresses. OpenCC leaves ASCII alone, but a
# passage id or a link must survive byte for byte whatever the dictionaries hold. A link ends at Chinese text.
_NOT_IN_LINK = r"\s<>()\[\]\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_PROTECTED = re.compile(rf"[\[【][^\]】\n\u3400-\u9fff]{{1,200}}[\]】]|(?:https?://|www\.)[^{_NOT_IN_LINK}]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# Simplified forms in OpenCC's tables that Traditional writers use too: Cantonese 晒 ("all", 食晒 = ate it all;
# 曬 is "sun-dry").
_SHARED_IN_USE = frozenset("晒")
_CJK = re.compile(r"[\u3400-\u9fff]")


def _character_table(name: str) -> dict[str, list[str]]:
    """One of OpenCC's character tables (TSCharacters / STCharacters): character -> its candidates."""
    try:
        lines = (resources.files("opencc") / "dictionary" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    except (ImportError, ModuleNotFoundError, FileNotFoundError) as exc:
        raise ImportError("Chinese script handling needs the 'opencc-python-reimplemented' package "
                          "(pip install opencc-python-reimplemented)") from exc
    table = {}
    for line in lines:
        key, _, values = line.partition("\t")
        if len(key) == 1 and values:
            table[key] = values.split(" ")
    return table


@lru_cache(maxsize=1)
def _script_characters() -> tuple[frozenset[str], frozenset[str]]:
    """(Traditional-only characters, Simplified-only characters)."""
    to_simplified, to_traditional = _character_table("TSCharacters"), _character_table("STCharacters")
    # A Traditional-only character maps to a different Simplified one and is no Simplified character itself.
    traditional = frozenset(c for c, v in to_simplified.items() if c not in v and c not in to_traditional)
    # OpenCC's Traditional is the orthodox one (羣, 牀, 爲): the forms Taiwan and Hong Kong write instead (群, 床, 為)
    # are Traditional too, though the Simplified-to-Traditional table lists them as keys.
    regional = {form for name in ("TWVariants", "HKVariants") for forms in _character_table(name).values() for form in forms}
    simplified = frozenset(c for c, v in to_traditional.items()
                           if c not in v and c not in to_simplified and c not in regional and c not in _SHARED_IN_USE)
    # Bopomofo (注音, "偶手麻麻ㄉ") is typed in Taiwan only.
    traditional |= frozenset(chr(c) for c in range(0x3105, 0x3130))
    return traditional, simplified


def script_counts(text: str) -> tuple[int, int]:
    """(Traditional-only, Simplified-only) character counts of a text."""
    if not isinstance(text, str):
        return 0, 0
    traditional, simplified = _script_characters()
    return sum(c in traditional for c in text), sum(c in simplified for c in text)


def question_script(text: str) -> str | None:
    """"zh-Hant" for a text written in Traditional characters, "zh-Hans" for any other Chinese text, None without
    Chinese characters (English, empty, not a string). Mixed or undecidable Chinese is Simplified."""
    if not isinstance(text, str) or not _CJK.search(text):
        return None
    hant, hans = script_counts(text)
    return TRADITIONAL if hant and hant >= _DOMINANCE * hans else SIMPLIFIED


def conversation_script(texts: list[str]) -> str | None:
    """The script to answer the latest of a patient's texts in.

    The latest text decides when it shows a script; a short Chinese follow-up that shows none ("好的，那几点？"
    has no script-only character) keeps the script the patient used earlier in the conversation."""
    texts = [t for t in texts if isinstance(t, str)]
    latest = question_script(texts[-1]) if texts else None
    if latest is None or any(script_counts(texts[-1])):
        return latest
    for text in reversed(texts[:-1]):
        if any(script_counts(text)):
            return question_script(text)
    return latest


@lru_cache(maxsize=4)
def _converter(conversion: str):
    """A cached OpenCC converter (loading its dictionaries takes a noticeable fraction of a second)."""
    try:
        from opencc import OpenCC
    except ImportError as exc:
        raise ImportError("Chinese script conversion needs the 'opencc-python-reimplemented' package "
                          "(pip install opencc-python-reimplemented)") from exc
    return OpenCC(conversion)


@lru_cache(maxsize=1)
def _shared_variants() -> dict[int, str]:
    """OpenCC's orthodox forms that Hong Kong and Taiwan standards both write otherwise (爲 -> 為, 喫 -> 吃, 衆 -> 眾).

    Plain 's2t' gives the orthodox forms, which neither a Hong Kong nor a Taiwan reader writes; generic Traditional
    takes the form the two regional standards agree on, character for character."""
    taiwan, hong_kong = _character_table("TWVariants"), _character_table("HKVariants")
    return {ord(c): forms[0] for c, forms in taiwan.items()
            if len(forms[0]) == 1 and forms[0] != c and forms[0] in hong_kong.get(c, ())}


def conversion_for(region: str | None) -> str:
    """The OpenCC conversion for a region code (HK, TW, ...; anything else: generic Traditional)."""
    return _REGION_CONVERSIONS.get((region or "").strip().upper(), "s2t")


def to_script(text: str, script: str | None, region: str | None = None) -> str:
    """`text` (Simplified Chinese, English or both) as shown to a reader of `script`.

    A no-op unless `script` is "zh-Hant"; then Simplified characters become Traditional (Hong Kong forms for
    HK / MO, Taiwan forms for TW, the forms both share elsewhere). Citation brackets, URLs and e-mail addresses are kept exactly; digits and
    Latin text are never touched. Conversion works piece by piece between punctuation and spaces, so a text
    converted sentence by sentence equals the text converted at once."""
    if script is not None and script not in SCRIPTS:
        raise ValueError(f"script must be one of {', '.join(SCRIPTS)} or None, got {script!r}")
    if script != TRADITIONAL or not isinstance(text, str) or not _CJK.search(text):
        return text
    conversion = conversion_for(region)
    converter = _converter(conversion)
    out, last = [], 0
    for match in _PROTECTED.finditer(text):
        out.append(converter.convert(text[last:match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(converter.convert(text[last:]))
    shown = "".join(out)
    return shown.translate(_shared_variants()) if conversion == "s2t" else shown
