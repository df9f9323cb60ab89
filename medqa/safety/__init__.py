"""Clinical safety layer: red-flag triage, scope guard, PHI redaction, one pipeline for every entry point."""

from medqa.safety.phi import RedactionResult, Span, redact
from medqa.safety.pipeline import SafetyDecision, SafetyPipeline
from medqa.safety.report import SafetyReport
from medqa.safety.scope import ScopeDecision, classify_scope
from medqa.safety.triage import RedFlagTriage, TriageResult

__all__ = [
    "RedFlagTriage", "TriageResult", "ScopeDecision", "classify_scope", "redact", "RedactionResult", "Span",
    "SafetyReport", "SafetyPipeline", "SafetyDecision",
]
