"""What a task and a backend are to the runner (lm-eval's shape: Task objects over an abstract model API).

A `Task` owns its items (`load`), how one chunk of them becomes per-item records through a backend
(`compute`), and its metrics (`metrics`); the runner only caches, resumes and writes. A new task is one
new subclass registered in `medqa.evaluation.tasks.TASKS`, or, for multiple choice, one YAML file.

A backend (`EvalBackend`) is the model side: the local model (`medqa.evaluation.local.LocalBackend`)
or a running server (`medqa.evaluation.endpoint.EndpointBackend`). Generation tasks never build prompts
themselves: they hand questions to the backend, which answers through `medqa.assistant.Assistant`
(locally) or the server's own pipeline (`--endpoint`), so the eval measures what a patient gets.
"""

from dataclasses import dataclass
from typing import Protocol

from medqa.protocol import AnswerResult


@dataclass
class TaskData:
    """A task's items, what decides each item's cached result, and where the items came from."""

    items: list
    contents: list  # per item: the JSON-able content hashed into its cache key
    source: dict  # recorded under "data" in results.json


@dataclass
class AnswerRequest:
    """One question for the answer pipeline; `passages` replaces retrieval (fixed passage sets)."""

    messages: list[dict]
    passages: list | None = None


@dataclass
class Answered:
    """The pipeline's answer to one request, with what the eval needs besides what the patient sees."""

    result: AnswerResult  # the shown text, its mode, citations, safety report and verification
    raw_text: str | None  # the model's own text; None when the model was not asked or a server does not send it
    retrieved_ids: list[str] | None  # the passages the answer was grounded on; None when a server does not say
    source: str  # "local" (this process ran the pipeline) or "server" (read from the server's `medqa` object)


@dataclass
class SafetyRead:
    """The safety layer's decision on one message and who made it."""

    report: dict  # SafetyReport.to_dict(): urgency, scope_decision, triggered_rules, locale, ...
    source: str  # "local" or "server"


class EvalBackend(Protocol):
    """The model side of an evaluation: multiple-choice scores and answers through the answer pipeline."""

    fingerprint: str  # part of every cache key: another model never reuses a result
    description: dict  # recorded under "model" in results.json

    def score(self, items: list) -> list:
        """Option log-likelihoods (`medqa.evaluation.loglik.OptionScores`) of multiple-choice items."""
        ...

    def answer(self, requests: list[AnswerRequest], max_new_tokens: int) -> list[Answered]:
        """Answers to a batch of questions through the one answer pipeline."""
        ...

    def safety(self, messages: list[dict]) -> SafetyRead:
        """The safety layer's decision on a conversation (no answer needed)."""
        ...


class Task:
    """One evaluation task: owns loading, per-item computation and metrics."""

    # Set by each subclass (as class attributes, or dataclass fields for MultipleChoiceTask).
    name: str
    kind: str  # "multiple_choice" | "generation" | "safety" (recorded in results.json)
    description: str
    outcome: str = "acc"  # the per-item 0/1 field `medqa eval compare` pairs between two runs

    def load(self, source: str | None, limit: int | None, config) -> TaskData:
        """The task's items from `source` (a --data override) or its default, at most `limit` of them."""
        raise NotImplementedError

    def chunk_size(self, config) -> int:
        """Items computed (and cached) together."""
        return config.batch_size

    def compute(self, items: list, backend: EvalBackend, config) -> list[dict]:
        """Per-item records of one chunk of items, in order."""
        raise NotImplementedError

    def metrics(self, records: list[dict], resamples: int, seed: int = 0) -> dict:
        """The task's metrics block of results.json from its per-item records."""
        raise NotImplementedError
