"""Output-side safety: catch answer sentences that dose, diagnose or change medicines, and redact new PHI.

The scope guard (`medqa.safety.scope`) looks at the question; this module looks at what the model wrote.
`guard_answer_sentence` returns the scope reason ("prescription_request" for dosing, "diagnosis_request",
"dose_change") that `medqa.safety.scope.redirect_message` turns into the fixed redirect, so an answer that
doses or diagnoses is replaced by the same words the question would have got. Negated or conditional
wording ("do not take a double dose", "if you have a fever") is general advice the knowledge base itself
gives, so it is not caught. `redact_new_phi` removes identifiers the model introduced: a name, phone
number or date the user never wrote is at best a hallucination and at worst another patient's data.
"""

import re
from collections.abc import Sequence

from medqa.safety.phi import apply_spans, redact
from medqa.safety.scope import REDIRECT  # noqa: F401  (the decision the assistant takes when a reason is returned)

DOSING, DIAGNOSIS, MEDICATION_CHANGE = "prescription_request", "diagnosis_request", "dose_change"

_NUMBER = r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|half|a half|one and a half|a quarter)"
_UNIT = (r"(?:mg|milligrams?|mcg|micrograms?|µg|g|grams?|ml|mls|millilit(?:er|re)s?|units?|iu|tablets?|pills?|"
         r"capsules?|caplets?|puffs?|drops?|teaspoons?|tsp|tablespoons?|spoonfuls?|sachets?|patch(?:es)?|mg/kg)")
_AMOUNT = re.compile(rf"\b{_NUMBER}(?:\s*-\s*{_NUMBER})?\s*{_UNIT}\b|\b\d+(?:\.\d+)?\s*mg/kg\b")
_FREQUENCY = re.compile(
    r"\b(every \d+(?:\s*(?:-|to)\s*\d+)? hours?|every (?:four|six|eight|twelve) hours|(?:once|twice|\w+ times) (?:a|per|each) "
    r"day|(?:once|twice) daily|daily|a day|per day|/day|each day|at night|at bedtime|in the morning|bd|tds|qds|"
    r"per dose|a dose|each dose|for (?:a|each) (?:dose|kg))\b"
)
_PERSON_DIRECTIVE = re.compile(
    r"\b(you (?:should|can|could|may|must|need to) (?:take|give|use|have)|take|give (?:him|her|them|your|the child|the baby|it)|"
    r"(?:your|the) (?:child|son|daughter|baby|toddler|kid|husband|wife|mother|father|partner) (?:can|should|may) "
    r"(?:take|have)|the (?:right |correct |usual )?dose (?:for|is)|dosage (?:for|is)|for (?:a|an|your) \d+[- ]year[- ]old)\b"
)
_CONDITIONS = (r"(?:infection|cancer|tumou?r|disease|syndrome|disorder|diabetes|pneumonia|flu|influenza|covid|migraine|"
               r"fracture|sprain|ulcer|allergy|shingles|measles|chickenpox|mumps|gout|eczema|psoriasis|sepsis|asthma|"
               r"anaemia|anemia|angina|stroke|heart attack|strep throat|a virus|\w+itis|\w+oma|\w+osis)")
_DIAGNOSIS = re.compile(
    r"\b(?:you|your (?:child|son|daughter|baby|husband|wife|mother|father|partner)|he|she)"
    r"(?: (?:probably|likely|most likely|may|might|could|must|definitely|clearly))? "
    r"(?:have|has|have got|has got|are suffering from|is suffering from|are having|is having) (?:an? )?"
    rf"(?:\w+ ){{0,3}}{_CONDITIONS}\b|"
    r"\b(?:this|that|it|these symptoms|your symptoms) (?:is|are|sounds like|looks like|seems like|suggests?|indicates?|"
    r"points to|could be|might be|may be)(?: (?:probably|likely|most likely|almost certainly|definitely|clearly))? (?:an? )?"
    rf"(?:\w+ ){{0,3}}{_CONDITIONS}\b|"
    r"\b(?:i think|i believe|i suspect|my diagnosis is|the diagnosis is|you are diagnosed with|you'?re diagnosed with)\b|"
    r"\byou (?:are|'re) (?:diabetic|anaemic|anemic|infected)\b"
)
_MEDICATION_CHANGE = re.compile(
    r"\b(?:stop|quit|discontinue|come off) (?:taking|using) (?:your|the|it|them|this|that|all|these)\b|"
    r"\b(?:stop|quit|discontinue|come off) (?:your|the|this|these|all) (?:\w+ ){0,2}(?:medicines?|medications?|meds|"
    r"tablets?|pills?|insulin|treatment|antibiotics?|inhalers?|antidepressants?|statins?|doses?)\b|"
    r"\b(?:double|triple|halve|increase|decrease|reduce|lower|raise|change|adjust|up|cut) (?:your|the) (?:\w+ ){0,2}"
    r"(?:dose|doses|dosage|medicine|medicines|medication|medications|insulin|tablets?|pills?)\b|"
    r"\btake (?:a double|double|an extra|extra|twice the|two) (?:dose|doses|tablets|pills)\b|"
    r"\bskip (?:your|the next|tomorrow's|today's) (?:\w+ )?(?:dose|medicine|medication|tablets?|pills?|insulin)\b"
)
# Words before a match (in the same clause) that make it general advice, not an instruction to this person.
_NEGATION_BEFORE = re.compile(
    r"\b(not|never|don't|dont|do not|doesn't|avoid|avoiding|without|unless|rather than|instead of|no need to|before you|"
    r"if|when|whether|while|in case|who|whose|people with|anyone with|someone with)\b[^.;:!?]*$"
)

_ZH_AMOUNT = re.compile(r"[\d一二两三四五六七八九十半]+(?:\.\d+)?\s*(?:毫克|mg|克|毫升|ml|片|粒|袋|支|滴|单位|喷|勺)")
_ZH_DOSING_CONTEXT = re.compile(r"每(?:天|日|次|晚|早|隔?[\d一二两三四五六七八九十]+(?:个)?小时)|一(?:天|日)[\d一二两三四]次|[给让](?:孩子|宝宝|他|她|老人|您)(?:吃|服|用)|(?:吃|服|用)\s*[\d一二两三四五六七八九十半]")
_ZH_DIAGNOSIS = re.compile(
    r"(?:你|您|孩子|宝宝|他|她)(?:很可能|可能|应该|肯定|大概)?(?:是|得了|患了|患有|有)(?:得了|患了)?.{0,8}(?:病|炎|癌|瘤|症|感染|骨折|过敏|疹|疱|痛风|哮喘|贫血|中风)(?![史的])|"
    r"(?:这|这个|这种情况|这些症状|您的症状|你的症状)(?:很可能|可能|应该|肯定|大概|看起来|听起来)?(?:是|像是|属于)了?.{0,8}(?:病|炎|癌|瘤|症|感染|骨折|疹|疱|痛风|哮喘|贫血|中风)|"
    r"我(?:认为|判断|怀疑|诊断)(?:你|您)"
)
_ZH_MEDICATION_CHANGE = re.compile(r"停药|停掉|停了|加倍|翻倍|减半|加量|减量|(?:停|停止)(?:服用|吃|用)|自行(?:调整|增减)|多吃一(?:次|片|粒)")
_ZH_NEGATION_BEFORE = re.compile(r"(?:不要|别|切勿|不可|勿|不能|不得|避免|禁止|不应|不宜|不用|如果|若|是否|前请|之前)[^。；！？]{0,12}$")


def _caught(regex: re.Pattern, text: str, negation: re.Pattern) -> bool:
    """A match of `regex` not preceded (in its clause) by a negation or condition."""
    for match in regex.finditer(text):
        if not negation.search(text[max(0, match.start() - 60) : match.start()]):
            return True
    return False


def guard_answer_sentence(sentence: str, language: str) -> str | None:
    """The scope reason when an answer sentence doses, diagnoses or changes a medicine for a person, else None."""
    if not isinstance(sentence, str) or not sentence.strip():
        return None
    text = sentence.replace("\u2019", "'")
    lower = text.lower()
    # Both languages are checked: a Chinese answer can quote "5 mg" and an English one a Chinese phrase.
    if _AMOUNT.search(lower) and (_FREQUENCY.search(lower) or _caught(_PERSON_DIRECTIVE, lower, _NEGATION_BEFORE)):
        if _caught(_AMOUNT, lower, _NEGATION_BEFORE):
            return DOSING
    if _ZH_AMOUNT.search(text) and _ZH_DOSING_CONTEXT.search(text) and _caught(_ZH_AMOUNT, text, _ZH_NEGATION_BEFORE):
        return DOSING
    if _caught(_MEDICATION_CHANGE, lower, _NEGATION_BEFORE) or _caught(_ZH_MEDICATION_CHANGE, text, _ZH_NEGATION_BEFORE):
        return MEDICATION_CHANGE
    if _caught(_DIAGNOSIS, lower, _NEGATION_BEFORE) or _caught(_ZH_DIAGNOSIS, text, _ZH_NEGATION_BEFORE):
        return DIAGNOSIS
    return None


def _comparable(text: str) -> str:
    """Lower-cased text without spaces and separators, so "555-123 4567" matches "5551234567"."""
    return re.sub(r"[\s\-().,/]", "", text.lower())


def redact_new_phi(answer: str, user_texts: Sequence[str], source_texts: Sequence[str] = ()) -> str:
    """Replace PHI in `answer` by its [KIND] token unless the user wrote it (or a cited passage holds it)."""
    if not isinstance(answer, str) or not answer:
        return answer or ""
    known = [_comparable(t) for t in (*user_texts, *source_texts) if isinstance(t, str) and t]
    result = redact(answer)
    new_spans = [span for span in result.spans if not any(_comparable(answer[span.start : span.end]) in k for k in known)]
    return apply_spans(answer, new_spans)
