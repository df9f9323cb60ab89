"""SafetyPipeline: the one safety layer every entry point (server, UI, eval, batch CLI) calls.

    pipeline = SafetyPipeline(locale="en-US")
    decision = pipeline.check(messages)          # before generation
    if decision.block_generation:
        reply = decision.response                # fixed text; no model call
    else:
        reply = pipeline.finalize(model_answer, decision.report)
    log(pipeline.redact_for_log(user_text))

Order: red-flag triage over every user turn (max level, so push-back never lowers it), then the scope
guard on the latest user turn, then PHI spans of the latest user turn for the report.
- emergency -> block, fixed emergency response (in the language of the question; the locale's number).
- urgent -> generation allowed, but `finalize` puts the same-day-care notice first.
- redirect_clinician -> block, fixed redirect to a clinician.
- inform_with_disclaimer -> `finalize` appends the disclaimer.
"""

from dataclasses import dataclass, replace

from medqa.safety.locales import resolve_locale
from medqa.prompts import detect_language
from medqa.protocol import Turn, parse_messages
from medqa.safety.phi import redact_user_text
from medqa.safety.report import SafetyReport
from medqa.safety.scope import REDIRECT, classify_scope, disclaimer, redirect_message
from medqa.safety.triage import EMERGENCY, NONE, URGENT, RedFlagTriage, emergency_response


@dataclass
class SafetyDecision:
    """What to do before generation: the report, whether to skip the model, and the fixed reply if so."""

    report: SafetyReport
    block_generation: bool
    response: str | None


def _turns(messages) -> tuple[Turn, ...]:
    """Validated turns: those `parse_messages` already made pass as they are; a bare string is one user turn."""
    if isinstance(messages, tuple) and messages and all(isinstance(m, Turn) for m in messages):
        return messages  # validated once at the boundary (medqa.protocol.parse_messages)
    if isinstance(messages, (list, tuple)):
        messages = [{"role": "user", "content": m} if isinstance(m, str) else m for m in messages]
    return parse_messages(messages, require_question=False)


class SafetyPipeline:
    """Triage, scope guard and PHI redaction behind one `check` / `finalize` / `redact_for_log` API."""

    def __init__(self, locale: str = "en", emergency_number: str | None = None):
        self.info = resolve_locale(locale, emergency_number)
        self.locale = self.info.locale
        self.triage = RedFlagTriage()

    def _language_info(self, language: str):
        """The locale's facts (emergency number, crisis line) with the fixed texts in `language`."""
        if language == self.info.language:
            return self.info
        return replace(self.info, language=language, locale=f"{language}-{self.info.region}")

    def check(self, messages, language: str | None = None) -> SafetyDecision:
        """Run triage (all user turns), scope (latest user turn) and PHI span detection before generation.

        Fixed texts (emergency response, redirect, disclaimer) are in `language`, by default the language of
        the latest user message; the locale keeps deciding the emergency number and crisis line."""
        texts = [t.content for t in _turns(messages) if t.role == "user"]
        last = texts[-1] if texts else ""
        triage = self.triage.assess_conversation(texts)
        scope = classify_scope(last)
        info = self._language_info(language or detect_language(last))
        response = None
        if triage.level != NONE:
            response = emergency_response(triage, info)
        report = SafetyReport(
            urgency=triage.level,
            triggered_rules=triage.rules,
            categories=triage.categories,
            scope_decision=scope.decision,
            scope_reason=scope.reason,
            redactions=redact_user_text(last).spans,
            emergency_response=response,
            disclaimer=disclaimer(info.language) if scope.decision == "inform_with_disclaimer" else None,
            locale=info.locale,
        )
        if triage.level == EMERGENCY:
            return SafetyDecision(report, True, response)
        if scope.decision == REDIRECT:
            redirect = redirect_message(scope.reason, info.language, info.emergency_number)
            if triage.level == URGENT:
                redirect = response + "\n\n" + redirect
            return SafetyDecision(report, True, redirect)
        return SafetyDecision(report, False, None)

    def finalize(self, answer_text: str, report: SafetyReport) -> str:
        """Post-process a generated answer: emergencies never pass, urgent notice first, disclaimer last."""
        if report.urgency == EMERGENCY:
            return report.emergency_response or ""
        answer = (answer_text or "").strip()
        if report.urgency == URGENT and report.emergency_response:
            answer = report.emergency_response + "\n\n" + answer
        if report.disclaimer and report.disclaimer not in answer:
            answer = (answer + "\n\n" + report.disclaimer) if answer else report.disclaimer
        return answer

    def redact_for_log(self, text: str) -> str:
        """The text with PHI replaced by [KIND] tokens, safe to write to logs and transcripts."""
        if not isinstance(text, str):
            text = str(text)
        return redact_user_text(text).text
