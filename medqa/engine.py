"""The engine interface the answer pipeline generates through, and the types that cross it.

`medqa.assistant` is written against `Engine`, a structural `Protocol`: `serving.engine.LocalEngine`
(a continuous batcher over a transformers model) and `serving.remote_engine.RemoteEngine` (a forwarder to an
OpenAI-compatible `/v1/completions`) both satisfy it, and so can a test double. The request and chunk
types live here, in medqa, because the pipeline and its callers in every layer share them.
"""

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


class EngineBusy(Exception):
    """The request queue is full; the client should retry after `retry_after` seconds."""

    def __init__(self, message: str, retry_after: int = 1):
        super().__init__(message)
        self.retry_after = retry_after


class EngineError(Exception):
    """Generation failed inside the engine (model error, upstream error)."""


class EngineTimeout(Exception):
    """A request ran past its deadline."""


@dataclass
class SamplingParams:
    """How one request samples: length, randomness, seed, stop strings, deadline."""

    max_tokens: int = 256
    temperature: float = 0.0
    top_p: float = 1.0
    seed: int | None = None
    stop: list[str] = field(default_factory=list)
    timeout_s: float | None = None


@dataclass
class GenerationChunk:
    """A piece of streamed output; the last one has `finish_reason` and the token counts."""

    text: str
    finish_reason: str | None = None  # "stop" | "length" | "timeout" | "cancelled"
    prompt_tokens: int = 0
    completion_tokens: int = 0
    completion_ids: list[int] = field(default_factory=list)
    time_to_first_token_s: float | None = None


@dataclass
class TokenScores:
    """Per-token log-probabilities of a text, in the OpenAI `logprobs` layout (first token has none)."""

    token_ids: list[int]
    tokens: list[str]
    token_logprobs: list[float | None]
    top_logprobs: list[dict[str, float] | None]
    text_offset: list[int]
    text: str

    def to_openai(self, start: int = 0) -> dict:
        """The `logprobs` object of an OpenAI completion choice, from token `start` on."""
        offset0 = self.text_offset[start] if start < len(self.text_offset) else len(self.text)
        return {
            "tokens": self.tokens[start:],
            "token_logprobs": self.token_logprobs[start:],
            "top_logprobs": self.top_logprobs[start:],
            "text_offset": [o - offset0 for o in self.text_offset[start:]] if start else self.text_offset,
        }



@runtime_checkable
class Engine(Protocol):
    """What the answer pipeline needs from a model: chat rendering, tokens, streamed text, scores."""

    model_name: str

    def render_chat(self, messages: list[dict]) -> str:
        """The model's chat template applied to messages, ending with the assistant's turn opener."""
        ...

    def encode(self, prompt) -> list[int]:
        """Token ids of a prompt (text, or ids passed through)."""
        ...

    def generate(self, prompt, params: SamplingParams, request_id: str | None = None) -> AsyncIterator[GenerationChunk]:
        """Stream the continuation of `prompt`; the last chunk carries `finish_reason` and token counts."""
        ...

    async def score(self, prompt, top_logprobs: int = 1) -> TokenScores:
        """Per-token log-probabilities of `prompt` (for lm-eval style scoring)."""
        ...
