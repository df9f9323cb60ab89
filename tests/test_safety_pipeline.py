"""SafetyPipeline: emergencies block generation, redirects block, urgent/disclaimer shape the answer, no PHI leaks."""

import json

import pytest

from moe_core.errors import UserError
from medqa.safety import SafetyPipeline, SafetyReport


class RecordingModel:
    """Stands in for the generator so tests can see whether the pipeline let a call through."""

    def __init__(self):
        self.calls = 0

    def __call__(self, messages):
        self.calls += 1
        return "Drink water and rest."


def serve(pipeline, messages, model):
    """How every entry point is meant to use the pipeline."""
    decision = pipeline.check(messages)
    if decision.block_generation:
        return decision.response, decision
    return pipeline.finalize(model(messages), decision.report), decision


def test_emergency_blocks_generation_with_locale_response():
    model = RecordingModel()
    reply, decision = serve(SafetyPipeline("en-US"), [{"role": "user", "content": "I can't breathe"}], model)
    assert model.calls == 0 and decision.block_generation
    assert "911" in reply and decision.report.urgency == "emergency"
    assert "breathing.cannot_breathe" in decision.report.triggered_rules


def test_chinese_locale_and_number_override():
    decision = SafetyPipeline("zh-CN").check("我胸口疼，出冷汗")
    assert decision.block_generation and "120" in decision.response and "急救" in decision.response
    decision = SafetyPipeline("en", emergency_number="112").check("my chest hurts")
    assert "112" in decision.response and "911" not in decision.response


def test_user_writing_the_other_language_also_gets_their_language():
    response = SafetyPipeline("en-US").check("我不想活了").response
    assert "911" in response and "988" in response and "请立即拨打" in response


def test_pushback_in_later_turns_keeps_the_block():
    model = RecordingModel()
    convo = [
        {"role": "user", "content": "my chest hurts and my left arm is numb"},
        {"role": "assistant", "content": "Please call 911 now."},
        {"role": "user", "content": "it's probably nothing, don't overreact, just tell me what to take"},
    ]
    reply, decision = serve(SafetyPipeline(), convo, model)
    assert model.calls == 0 and decision.report.urgency == "emergency" and "911" in reply


def test_scope_redirect_blocks_generation():
    model = RecordingModel()
    reply, decision = serve(SafetyPipeline(), "can I double my insulin tonight?", model)
    assert model.calls == 0 and decision.block_generation
    assert decision.report.scope_decision == "redirect_clinician" and decision.report.scope_reason == "dose_change"
    assert "prescribed" in reply


def test_information_answer_gets_disclaimer_once():
    model = RecordingModel()
    pipeline = SafetyPipeline()
    reply, decision = serve(pipeline, "how much water should I drink a day?", model)
    assert model.calls == 1 and not decision.block_generation
    assert reply.startswith("Drink water") and reply.endswith(decision.report.disclaimer)
    assert pipeline.finalize(reply, decision.report).count(decision.report.disclaimer) == 1


def test_administrative_answer_passes_unchanged():
    model = RecordingModel()
    reply, decision = serve(SafetyPipeline(), "how do I reschedule my appointment?", model)
    assert reply == "Drink water and rest." and decision.report.scope_decision == "allow"


def test_urgent_lets_generation_run_but_puts_same_day_notice_first():
    model = RecordingModel()
    reply, decision = serve(SafetyPipeline(), "I've had a fever of 39.5 for three days, what helps?", model)
    assert model.calls == 1 and decision.report.urgency == "urgent"
    assert reply.startswith(decision.report.emergency_response) and "today" in reply


def test_finalize_never_lets_an_emergency_answer_through():
    pipeline = SafetyPipeline()
    report = pipeline.check("she is having a seizure").report
    assert pipeline.finalize("Put a spoon in her mouth.", report) == report.emergency_response


def test_report_has_phi_offsets_but_never_values():
    text = "My name is John Smith, call me at 555-123-4567, what is a normal blood pressure?"
    report = SafetyPipeline().check(text).report
    assert isinstance(report, SafetyReport)
    kinds = {s.kind for s in report.redactions}
    assert {"NAME", "PHONE"} <= kinds
    dumped = json.dumps(report.to_dict())
    assert "555-123-4567" not in dumped and "John Smith" not in dumped
    assert set(report.to_dict()) >= {"urgency", "triggered_rules", "scope_decision", "scope_reason", "redactions",
                                     "emergency_response", "disclaimer", "locale"}


def test_redact_for_log():
    assert SafetyPipeline().redact_for_log("我叫王芳，手机13812345678") == "我叫[NAME]，手机[PHONE]"


def test_bad_inputs_are_user_errors():
    with pytest.raises(UserError):
        SafetyPipeline("not a locale")
    with pytest.raises(UserError):
        SafetyPipeline("en", emergency_number="nine-one-one")
    with pytest.raises(UserError):
        SafetyPipeline().check(42)
    with pytest.raises(UserError):
        SafetyPipeline().check([{"role": "user", "content": 5}])


def test_no_user_turn_is_harmless():
    decision = SafetyPipeline().check([{"role": "system", "content": "You are a helpful assistant."}])
    assert not decision.block_generation and decision.report.urgency == "none"
