"""Locale facts the safety layer needs: response language, emergency number, crisis line."""

import re
from dataclasses import dataclass

from moe_core.errors import UserError

# Region -> emergency number. 112 works from any mobile phone in the EU (and in many other countries).
EMERGENCY_NUMBERS = {
    "US": "911", "CA": "911", "MX": "911", "CN": "120", "GB": "999", "UK": "999", "IE": "112", "EU": "112",
    "DE": "112", "FR": "112", "ES": "112", "IT": "112", "NL": "112", "BE": "112", "AT": "112", "PT": "112",
    "SE": "112", "DK": "112", "FI": "112", "PL": "112", "CZ": "112", "GR": "112", "RO": "112", "HU": "112",
    "AU": "000", "NZ": "111", "IN": "112", "HK": "999", "SG": "995", "TW": "119", "JP": "119", "KR": "119",
}
DEFAULT_REGION = {"en": "US", "zh": "CN"}
# Crisis lines for self-harm messages; None -> the response points to local crisis services generically.
CRISIS_LINES = {"US": "988", "CA": "988", "GB": "116 123 (Samaritans)", "UK": "116 123 (Samaritans)",
                "IE": "116 123 (Samaritans)", "CN": "12356", "AU": "13 11 14 (Lifeline)"}
_LOCALE_RE = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}))?$")


@dataclass(frozen=True)
class LocaleInfo:
    """What a locale means for the safety layer."""

    locale: str
    language: str  # "en" or "zh": the language of the fixed responses
    region: str
    emergency_number: str
    crisis_line: str | None


def resolve_locale(locale: str = "en", emergency_number: str | None = None) -> LocaleInfo:
    """Parse a locale like en, en-GB, zh-CN, de-DE or eu; raise UserError for anything unknown."""
    if not isinstance(locale, str) or not locale.strip():
        raise UserError("locale must be a non-empty string such as en, en-GB, zh-CN or eu")
    key = locale.strip()
    if key.lower() == "eu":
        lang, region = "en", "EU"
    else:
        m = _LOCALE_RE.match(key)
        if not m:
            raise UserError(f"locale {locale!r} is not a locale code such as en, en-GB, zh-CN or eu")
        lang = m.group(1).lower()
        region = (m.group(2) or DEFAULT_REGION.get(lang, "")).upper()
        if not region:
            raise UserError(
                f"locale {locale!r} has no region; give one (e.g. {lang}-DE) or pass an emergency number"
            )
    if region not in EMERGENCY_NUMBERS and emergency_number is None:
        raise UserError(
            f"no emergency number known for region {region!r} (locale {locale!r}); pass --emergency-number"
        )
    if emergency_number is not None:
        emergency_number = str(emergency_number).strip()
        if not re.fullmatch(r"\d{2,6}", emergency_number):
            raise UserError(f"emergency number {emergency_number!r} must be 2 to 6 digits, e.g. 911, 120, 112")
    number = emergency_number or EMERGENCY_NUMBERS[region]
    language = "zh" if lang == "zh" else "en"
    return LocaleInfo(key, language, region, number, CRISIS_LINES.get(region))
