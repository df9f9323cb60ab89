"""The types an answer crosses on its way to a patient, defined once.

- `Turn` / `parse_messages`: a conversation validated once, at the boundary, into values the rest trusts.
- `Citation`, `AnswerResult`: what `medqa.assistant.Assistant` returns to every surface (HTTP, CDS Hooks,
  FHIR, the web chat, `medqa ask`, `medqa eval`).
- `MedqaExtension`, `ChatCompletionResponse`: the wire form of the `medqa` object the server adds to an
  OpenAI chat completion; the server builds it and the eval / ask clients parse it with the same models.

Answer modes (`AnswerResult.mode`): "generated" (the model's sentences that passed verification),
"extractive" (too little passed: sentences quoted from the best passage), "no_answer" (no passage
answers the question: a fixed "I don't have that information" reply), and the two safety modes that
never call the model: "emergency" and "redirect" (a clinical request sent to a clinician).
"""

from dataclasses import asdict, dataclass, field

from pydantic import BaseModel, ConfigDict

from moe_core.errors import UserError

ROLES = ("system", "user", "assistant")
VERIFIED_MODES = ("generated", "extractive", "no_answer")
SAFETY_MODES = ("emergency", "redirect")


@dataclass(frozen=True)
class Turn:
    """One validated chat turn."""

    role: str
    content: str

    def to_dict(self) -> dict:
        """The OpenAI message form."""
        return {"role": self.role, "content": self.content}


def parse_messages(messages, require_question: bool = True) -> tuple[Turn, ...]:
    """Validate a question string or a list of {role, content} messages; the last must be a user question
    (unless `require_question` is False, for screening a whole transcript)."""
    if isinstance(messages, str):
        messages = [{"role": "user", "content": messages}]
    if isinstance(messages, tuple) and messages and all(isinstance(m, Turn) for m in messages):
        turns = messages
    else:
        if not isinstance(messages, (list, tuple)) or not messages:
            raise UserError("messages must be a non-empty list of {'role', 'content'} objects")
        turns = []
        for i, m in enumerate(messages):
            if not isinstance(m, dict) or m.get("role") not in ROLES or not isinstance(m.get("content"), str):
                raise UserError(f"message {i} must be {{'role': 'system'|'user'|'assistant', 'content': str}}")
            turns.append(Turn(m["role"], m["content"]))
        turns = tuple(turns)
    if require_question and (turns[-1].role != "user" or not turns[-1].content.strip()):
        raise UserError("the last message must be a non-empty user message (the question to answer)")
    return turns


@dataclass
class Citation:
    """A passage the shown answer cites, with the words of it that support the answer."""

    id: str
    title: str
    source: str
    quote: str = ""

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return asdict(self)


@dataclass
class AnswerResult:
    """The final answer of one request: text shown, its sources, and what safety and verification decided."""

    text: str
    mode: str  # one of VERIFIED_MODES + SAFETY_MODES
    citations: list[Citation]
    safety: dict  # SafetyReport.to_dict()
    verification: dict | None  # medqa.verification.Verified.to_dict(); None when the model was not asked
    urgency: str  # "emergency" | "urgent" | "none"
    blocked: bool  # True when triage or the scope guard answered without the model
    usage: dict = field(default_factory=lambda: {"prompt_tokens": 0, "completion_tokens": 0})
    finish_reason: str = "stop"
    raw_text: str = ""  # the model's unverified text: for evaluation only, never shown or logged

    @property
    def citation_ids(self) -> list[str]:
        """The cited passage ids, in order."""
        return [c.id for c in self.citations]

    def medqa_extension(self) -> dict:
        """The `medqa` object of the OpenAI response (see `MedqaExtension`)."""
        return {"mode": self.mode, "safety": self.safety, "citations": [c.to_dict() for c in self.citations],
                "verification": self.verification, "urgency": self.urgency, "blocked": self.blocked}


class _Lenient(BaseModel):
    # Clients parse with these models: a newer server may add fields, which must not break an older client.
    model_config = ConfigDict(extra="allow")


class CitationModel(_Lenient):
    """A cited passage on the wire."""

    id: str
    title: str = ""
    source: str = ""
    quote: str = ""


class MedqaExtension(_Lenient):
    """The `medqa` object of a chat completion: answer mode, safety report, citations, verification."""

    mode: str
    safety: dict
    citations: list[CitationModel] = []
    verification: dict | None = None
    urgency: str = "none"
    blocked: bool = False


class ChatMessageModel(_Lenient):
    """An assistant message."""

    role: str = "assistant"
    content: str | None = None


class ChoiceModel(_Lenient):
    """One choice of a chat completion."""

    index: int = 0
    message: ChatMessageModel
    finish_reason: str | None = None


class ChatCompletionResponse(_Lenient):
    """A (non-streamed) chat completion as the medqa server sends it."""

    id: str
    object: str = "chat.completion"
    created: int = 0
    model: str
    choices: list[ChoiceModel]
    usage: dict = {}
    medqa: MedqaExtension | None = None


# ---- HTTP wire models: the server validates and documents with them, clients and tests build with them ----
#
# The request models are strict (JSON `false` is not an integer, "1" is not a number) and say in their JSON
# schema everything the server checks, so that the OpenAPI document is the contract: a request the schema
# accepts is answered 2xx (or 401/403/404/429/5xx for reasons outside the body), never 400. The one rule a
# schema cannot state is the model's window in tokens for text prompts; that is a 400 naming the window.
# Integer fields accept integral floats (`"n": 1.0`), as JSON Schema's `integer` does.

from typing import Annotated, Any, Literal  # noqa: E402  (the wire models' own imports, kept with them)

from annotated_types import Ge, Le  # noqa: E402
from pydantic import BeforeValidator, Field, field_validator, model_validator  # noqa: E402

from medqa.safety.locales import DEFAULT_REGION, EMERGENCY_NUMBERS  # noqa: E402


@dataclass(frozen=True)
class RequestLimits:
    """The size limits of one server's requests (from its settings); they are part of its OpenAPI schema."""

    max_messages: int = 32
    max_message_chars: int = 8000
    max_tokens: int = 1024
    max_token_id: int | None = None  # the model's vocabulary size - 1 (token-id prompts); None: unchecked
    max_prompt_tokens: int | None = None  # the model's window - 1 (token-id prompts); None: unchecked
    any_region: bool = False  # the deployment sets its emergency number, so any region makes a valid locale


def _case_free(text: str) -> str:
    """A regex for `text` in any letter case (JSON Schema patterns have no flags)."""
    return "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else c for c in text)


def locale_pattern(any_region: bool = False) -> str:
    """The locales the safety layer accepts: eu, a language with a default region (en, zh), or language-REGION."""
    regions = "[A-Za-z]{2}" if any_region else "(" + "|".join(_case_free(r) for r in sorted(EMERGENCY_NUMBERS)) + ")"
    bare = "|".join(_case_free(code) for code in ["eu", *sorted(DEFAULT_REGION)])
    return f"^(({bare})|[A-Za-z]{{2,3}}[-_]{regions})$"


def _integral_float(value):
    # JSON Schema's `integer` admits 1.0; accept exactly that (bool stays refused by strict mode).
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def wire_int(minimum: int | None = None, maximum: int | None = None):
    """A strict JSON integer type within [minimum, maximum] that also takes integral floats."""
    # The bounds go before the validator: after it, pydantic would write them as `ge`/`le`, not JSON Schema.
    bounds = ([Ge(minimum)] if minimum is not None else []) + ([Le(maximum)] if maximum is not None else [])
    return Annotated[(int, *bounds, BeforeValidator(_integral_float))]
NON_BLANK = r"\S"  # a JSON Schema pattern: at least one non-whitespace character


@dataclass(frozen=True)
class RequestModels:
    """The request models of one server, with its limits in their schemas."""

    chat: type
    completion: type


def _last_turn_is_a_user_question(max_messages: int, max_chars: int) -> dict:
    # JSON Schema has no "last item" keyword: one alternative per conversation length says it.
    user = {"type": "object", "required": ["role", "content"],
            "properties": {"role": {"const": "user"},
                           "content": {"type": "string", "maxLength": max_chars, "pattern": NON_BLANK}}}
    return {"anyOf": [{"minItems": n, "maxItems": n, "prefixItems": [True] * (n - 1) + [user]}
                      for n in range(1, max_messages + 1)]}


def _single_prompt(prompt_schema: dict) -> dict:
    """The subset of the prompt schema that is one prompt (what a stream may carry)."""
    single = []
    for option in prompt_schema.get("anyOf", []):
        if option.get("type") == "array" and option.get("items", {}).get("type") in ("string", "array"):
            option = {**option, "maxItems": 1}
        single.append(option)
    return {"anyOf": single}


def request_models(limits: RequestLimits = RequestLimits()) -> RequestModels:
    """The chat and completion request models for these limits (the server's body types and schema)."""
    strict = ConfigDict(extra="ignore", strict=True)
    max_chars = limits.max_message_chars
    prompt_chars = limits.max_message_chars * limits.max_messages
    token_id = wire_int(0, limits.max_token_id)
    token_count = min(prompt_chars, limits.max_prompt_tokens or prompt_chars)
    stop_string = Annotated[str, Field(min_length=1, max_length=64)]
    Stop = stop_string | Annotated[list[stop_string], Field(max_length=4)] | None

    class RequestMessage(BaseModel):
        """One chat turn."""

        model_config = strict
        role: Literal["system", "user", "assistant"]
        content: Annotated[str, Field(max_length=max_chars)]
        name: Annotated[str | None, Field(max_length=256)] = None

    class StreamOptions(BaseModel):
        """OpenAI stream options."""

        model_config = strict
        include_usage: bool = False

    class MedqaOptions(BaseModel):
        """medqa extension: the locale of the safety layer (emergency number, language of fixed texts)."""

        model_config = strict
        locale: Annotated[str | None, Field(max_length=16, pattern=locale_pattern(limits.any_region))] = None

    class ChatCompletionRequest(BaseModel):
        """POST /v1/chat/completions: the last message is the user's question (non-blank)."""

        model_config = ConfigDict(extra="ignore", strict=True, json_schema_extra={
            "description": "With `stream: true` the answer is a text/event-stream of chat.completion.chunk events."})
        model: Annotated[str | None, Field(max_length=256)] = None
        messages: Annotated[list[RequestMessage], Field(
            min_length=1, max_length=limits.max_messages,
            json_schema_extra=_last_turn_is_a_user_question(limits.max_messages, max_chars))]
        max_tokens: wire_int(1, limits.max_tokens) | None = None
        max_completion_tokens: wire_int(1, limits.max_tokens) | None = None
        temperature: Annotated[float, Field(ge=0.0, le=2.0)] = 0.0
        top_p: Annotated[float, Field(gt=0.0, le=1.0)] = 1.0
        n: Annotated[wire_int(1, 1), Field(description="only 1 is supported")] = 1
        stream: bool = False
        stream_options: StreamOptions | None = None
        stop: Stop = None
        seed: wire_int(0) | None = None  # any size: the engine reduces it modulo 2**63
        user: Annotated[str | None, Field(max_length=256)] = None
        medqa: MedqaOptions | None = None

        @field_validator("messages")
        @classmethod
        def _ends_with_a_question(cls, messages):
            if messages[-1].role != "user" or not messages[-1].content.strip():
                raise ValueError("the last message must be a non-empty user message (the question to answer)")
            return messages

    text_prompt = Annotated[str, Field(min_length=1, max_length=prompt_chars)]
    token_prompt = Annotated[list[token_id], Field(min_length=1, max_length=token_count)]
    Prompt = (text_prompt
              | Annotated[list[text_prompt], Field(min_length=1, max_length=32)]
              | token_prompt
              | Annotated[list[token_prompt], Field(min_length=1, max_length=32)])

    def one_prompt_when_streaming(schema: dict) -> None:
        properties = schema["properties"]
        streamed = {"properties": {"stream": {"const": True}, "echo": {"const": False},
                                   "logprobs": {"type": "null"}, "prompt": _single_prompt(properties["prompt"])}}
        not_streamed = {"properties": {"stream": {"const": False}}}
        schema["anyOf"] = [not_streamed, {"not": {"required": ["stream"]}}, streamed]
        schema["description"] = ("A stream (`stream: true`, answered as text/event-stream) takes one prompt "
                                  "without echo or logprobs.")

    class CompletionRequest(BaseModel):
        """POST /v1/completions (raw completion / scoring, no safety wrapping)."""

        model_config = ConfigDict(extra="ignore", strict=True, json_schema_extra=one_prompt_when_streaming)
        model: Annotated[str | None, Field(max_length=256)] = None
        prompt: Prompt
        max_tokens: wire_int(0, limits.max_tokens) = 16
        temperature: Annotated[float, Field(ge=0.0, le=2.0)] = 1.0
        top_p: Annotated[float, Field(gt=0.0, le=1.0)] = 1.0
        n: Annotated[wire_int(1, 1), Field(description="only 1 is supported")] = 1
        stream: bool = False
        stream_options: StreamOptions | None = None
        logprobs: wire_int(0, 5) | None = None
        echo: bool = False
        stop: Stop = None
        seed: wire_int(0) | None = None  # any size: the engine reduces it modulo 2**63
        user: Annotated[str | None, Field(max_length=256)] = None

        @model_validator(mode="after")
        def _one_prompt_when_streaming(self):
            if self.stream and (self.echo or self.logprobs is not None or len(self.prompts()) > 1):
                raise ValueError("streaming supports one prompt without echo or logprobs")
            return self

        def prompts(self) -> list:
            """The prompts as a list (a text, a token-id list, or a list of either)."""
            prompt = self.prompt
            if isinstance(prompt, str) or (prompt and isinstance(prompt[0], int)):
                return [prompt]
            return list(prompt)

    return RequestModels(ChatCompletionRequest, CompletionRequest)


_DEFAULT_MODELS = request_models()
ChatCompletionRequest = _DEFAULT_MODELS.chat  # with the default serve limits; a server builds its own
CompletionRequest = _DEFAULT_MODELS.completion


class ErrorDetail(BaseModel):
    """The body of an error."""

    message: str
    type: str
    param: str | None = None
    code: str | None = None


class ErrorResponse(BaseModel):
    """OpenAI-style error envelope (every route but /fhir)."""

    error: ErrorDetail


class ModelCard(_Lenient):
    """One served model."""

    id: str
    object: Literal["model"] = "model"
    created: int = 0
    owned_by: str = "medqa"


class ModelList(_Lenient):
    """GET /v1/models."""

    object: Literal["list"] = "list"
    data: list[ModelCard]


class CompletionChoice(_Lenient):
    """One choice of a text completion."""

    index: int
    text: str
    logprobs: dict | None = None
    finish_reason: str | None = None


class CompletionResponse(_Lenient):
    """A (non-streamed) text completion."""

    id: str
    object: Literal["text_completion"] = "text_completion"
    created: int = 0
    model: str
    choices: list[CompletionChoice]
    usage: dict = {}


class HealthResponse(BaseModel):
    """GET /health."""

    status: Literal["ok"]


class ReadyResponse(BaseModel):
    """GET /ready when the engine accepts requests."""

    status: Literal["ready"]
    model: str


class CdsHookContext(BaseModel):
    """patient-view context."""

    model_config = ConfigDict(extra="allow", strict=True)
    userId: Annotated[str, Field(max_length=256)]
    patientId: Annotated[str, Field(max_length=256)]
    encounterId: Annotated[str | None, Field(max_length=256)] = None


class CdsHookRequest(BaseModel):
    """A CDS Hooks call to the patient-view service."""

    model_config = ConfigDict(extra="allow", strict=True)
    hook: Literal["patient-view"]
    hookInstance: Annotated[str, Field(max_length=256)]
    context: CdsHookContext
    prefetch: dict[str, Any] | None = None
    fhirServer: str | None = None


class CdsSource(_Lenient):
    """Who made a card."""

    label: str


class CdsCard(_Lenient):
    """One CDS Hooks card."""

    uuid: str
    summary: str
    indicator: Literal["info", "warning", "critical"]
    detail: str = ""
    source: CdsSource


class CdsCards(_Lenient):
    """The answer of a CDS service: cards (none when there is nothing to show)."""

    cards: list[CdsCard]


class CdsService(_Lenient):
    """One service in the discovery document."""

    hook: str
    id: str
    title: str = ""
    description: str = ""
    prefetch: dict[str, str] = {}


class CdsDiscovery(_Lenient):
    """GET /cds-services."""

    services: list[CdsService]


_FHIR_ID = r"^[A-Za-z0-9\-\.]{1,64}$"
_FHIR_STRING = r"^[ \r\n\t\S]+$"  # FHIR's `string`: not empty, no control characters but tab and newlines
_FHIR_REFERENCE = {"type": "object", "additionalProperties": False, "properties": {
    "reference": {"type": "string", "pattern": _FHIR_STRING}, "display": {"type": "string", "pattern": _FHIR_STRING}}}
# Communication.status has a required binding to this value set (FHIR R4 EventStatus).
FHIR_EVENT_STATUSES = ("preparation", "in-progress", "not-done", "on-hold", "stopped", "completed",
                       "entered-in-error", "unknown")

# The FHIR R4 Communication a `$answer` call takes: what the route requires (an id to answer, the question in
# payload[].contentString) and the elements it copies into the answer. Other valid R4B elements are accepted
# too (validated with fhir.resources) but not described here, so a client generated from this schema sends
# exactly what is used.
FHIR_COMMUNICATION_REQUEST_SCHEMA = {
    "type": "object",
    "required": ["resourceType", "id", "status", "payload"],
    "additionalProperties": False,
    "properties": {
        "resourceType": {"const": "Communication"},
        "id": {"type": "string", "pattern": _FHIR_ID, "description": "referenced by the answer's inResponseTo"},
        "status": {"enum": list(FHIR_EVENT_STATUSES)},
        "subject": _FHIR_REFERENCE,
        "sender": _FHIR_REFERENCE,
        "recipient": {"type": "array", "items": _FHIR_REFERENCE},
        "payload": {"type": "array", "minItems": 1, "description": "the patient's question",
                    "items": {"type": "object", "required": ["contentString"], "additionalProperties": False,
                              "properties": {"contentString": {"type": "string", "pattern": NON_BLANK}}}},
    },
}
