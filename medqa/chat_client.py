"""A client for a running medqa server's chat route that reads its answer as an `AnswerResult`.

`medqa ask --endpoint` and `medqa eval --endpoint` both use it, and both parse the reply with the same
pydantic models the server builds it from (`medqa.protocol`), so the client reads the server's own
safety report and verification under `medqa`, never a guess from the text.
"""

import json
import urllib.error
import urllib.request

from medqa.protocol import AnswerResult, ChatCompletionResponse, Citation
from moe_core.errors import UserError


def v1_base_url(endpoint: str) -> str:
    """The `/v1` base URL of a server given as its base URL, its /v1 URL or one of its completion routes."""
    if not endpoint.startswith(("http://", "https://")):
        raise UserError(f"--endpoint must be an http(s) URL such as http://127.0.0.1:8000, got {endpoint!r}")
    url = endpoint.rstrip("/")
    for suffix in ("/chat/completions", "/completions"):
        url = url.removesuffix(suffix)
    return url if url.endswith("/v1") else url + "/v1"


def chat_url(endpoint: str) -> str:
    """The chat-completions URL of a server (see `v1_base_url`)."""
    return v1_base_url(endpoint) + "/chat/completions"


def answer_from_parsed(response: ChatCompletionResponse) -> AnswerResult:
    """An AnswerResult from a parsed chat completion that carries the `medqa` object."""
    extension = response.medqa
    choice = response.choices[0] if response.choices else None
    return AnswerResult(
        text=(choice.message.content or "") if choice else "", mode=extension.mode,
        citations=[Citation(c.id, c.title, c.source, c.quote) for c in extension.citations],
        safety=extension.safety, verification=extension.verification, urgency=extension.urgency,
        blocked=extension.blocked, usage=dict(response.usage or {}),
        finish_reason=(choice.finish_reason or "stop") if choice else "stop",
    )


def answer_from_response(body: dict) -> AnswerResult:
    """An AnswerResult from a chat completion's JSON; a reply without the `medqa` object is a UserError."""
    response = ChatCompletionResponse.model_validate(body)
    if response.medqa is None:
        raise UserError("the server's reply has no 'medqa' object (safety, citations, verification): "
                        "is --endpoint a medqa server?")
    return answer_from_parsed(response)


def ask_server(endpoint: str, messages: list[dict], *, api_key: str | None = None, max_tokens: int = 256,
               timeout_s: float = 120.0, extra: dict | None = None) -> AnswerResult:
    """POST one conversation to a medqa server (greedy) and return its verified answer."""
    payload = {"messages": messages, "max_tokens": max_tokens, "temperature": 0.0, **(extra or {})}
    request = urllib.request.Request(chat_url(endpoint), data=json.dumps(payload).encode("utf-8"), method="POST")
    request.add_header("Content-Type", "application/json")
    if api_key:
        request.add_header("Authorization", f"Bearer {api_key}")
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as reply:
            body = json.loads(reply.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        try:
            message = json.loads(exc.read().decode("utf-8")).get("error", {}).get("message", "")
        except (ValueError, AttributeError):
            message = ""
        raise UserError(f"{chat_url(endpoint)} answered HTTP {exc.code}{': ' + message if message else ''}") from None
    except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
        reason = getattr(exc, "reason", exc)
        raise UserError(f"cannot reach {chat_url(endpoint)} ({reason}); is the server running?") from None
    except ValueError:
        raise UserError(f"{chat_url(endpoint)} did not answer JSON") from None
    return answer_from_response(body)
