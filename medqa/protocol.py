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


def parse_messages(messages) -> tuple[Turn, ...]:
    """Validate a question string or a list of {role, content} messages; the last must be a user question."""
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
    if turns[-1].role != "user" or not turns[-1].content.strip():
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
