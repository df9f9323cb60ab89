"""SafetyReport: the one record of what the safety layer decided about a conversation."""

from dataclasses import dataclass, field

from medqa.safety.phi import Span


@dataclass
class SafetyReport:
    """Triage level and rules, scope decision, PHI spans of the user text (kinds + offsets, never values)."""

    urgency: str  # "emergency" | "urgent" | "none"
    triggered_rules: list[str]
    scope_decision: str  # "redirect_clinician" | "inform_with_disclaimer" | "allow" (or "blocked_emergency")
    scope_reason: str | None
    redactions: list[Span] = field(default_factory=list)
    emergency_response: str | None = None
    disclaimer: str | None = None
    locale: str = "en"
    categories: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """JSON-ready form; redactions carry start/end/kind/replacement only."""
        return {
            "urgency": self.urgency,
            "triggered_rules": list(self.triggered_rules),
            "categories": list(self.categories),
            "scope_decision": self.scope_decision,
            "scope_reason": self.scope_reason,
            "redactions": [s.to_dict() for s in self.redactions],
            "emergency_response": self.emergency_response,
            "disclaimer": self.disclaimer,
            "locale": self.locale,
        }
