"""Evaluate a running OpenAI-compatible server (vLLM, our own server) instead of a local model.

Multiple choice goes through `/v1/completions` with `echo=true, logprobs=1, max_tokens=0`, like
lm-eval's `local-completions`: the prompt is the token ids context+continuation (tokenised here
with lm-eval's rules, so the split is exact) when a tokenizer is available, else the text, split at
the context's character offset from the returned `text_offset`s. Generation tasks go through
`/v1/chat/completions` with temperature 0, parsed with the shared wire models of `medqa.protocol`
(`ChatCompletionResponse`): the server's own answer pipeline decides, and its `medqa` object (mode,
citations, safety report, verification) is what is scored. The server does not send the model's raw
text, so the raw-model metrics are left empty for an endpoint run.
"""

import hashlib
import json
import urllib.error
import urllib.request

from pydantic import ValidationError

from medqa.evaluation.base import AnswerRequest, Answered, SafetyRead
from medqa.evaluation.loglik import OptionScores, ScoreRequest, encode_request
from medqa.chat_client import answer_from_parsed, v1_base_url
from medqa.protocol import AnswerResult, ChatCompletionResponse, Citation
from moe_core.errors import UserError

TIMEOUT_S = 120


class EndpointBackend:
    """Scores and generates through an OpenAI-compatible HTTP API."""

    def __init__(self, config):
        self.base = v1_base_url(config.endpoint)  # a UserError for anything but an http(s) URL
        self.api_key = config.api_key
        listing = self._request("GET", "/models")
        models = [m.get("id") for m in listing.get("data", []) if isinstance(m, dict)]
        self.model_name = config.endpoint_model or (models[0] if models else None)
        if self.model_name is None:
            raise UserError(f"{self.base}/models lists no model; pass --endpoint-model NAME")
        self.tokenizer = None
        if config.tokenizer or config.model:
            from moe_core.models import load_tokenizer

            self.tokenizer = load_tokenizer(config.tokenizer or config.model)
        self.fingerprint = hashlib.sha256(
            json.dumps([self.base, self.model_name, listing], sort_keys=True, default=str).encode()
        ).hexdigest()
        self.description = {"endpoint": self.base, "model": self.model_name,
                            "tokenizer": config.tokenizer or config.model}

    def _request(self, method: str, path: str, payload: dict | None = None) -> dict:
        data = json.dumps(payload).encode() if payload is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if self.api_key:
            request.add_header("Authorization", f"Bearer {self.api_key}")
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                return json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:300]
            raise UserError(f"endpoint {self.base}{path} answered HTTP {exc.code}: {detail}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise UserError(f"cannot reach endpoint {self.base}{path}: {reason}") from None
        except json.JSONDecodeError:
            raise UserError(f"endpoint {self.base}{path} did not answer JSON") from None

    def _completion_logprobs(self, prompts: list) -> list[dict]:
        payload = {"model": self.model_name, "prompt": prompts, "max_tokens": 0, "echo": True,
                   "logprobs": 1, "temperature": 0}
        choices = self._request("POST", "/completions", payload).get("choices", [])
        if len(choices) != len(prompts):
            raise UserError(f"endpoint returned {len(choices)} completions for {len(prompts)} prompts")
        return sorted(choices, key=lambda c: c.get("index", 0))

    def score(self, items) -> list[OptionScores]:
        """Option log-likelihoods from echoed prompt logprobs."""
        results = []
        for item in items:
            if self.tokenizer is not None:
                enc = encode_request(self.tokenizer, ScoreRequest(item.context, item.continuations))
                prompts = [enc.context_ids + cont for cont in enc.continuation_ids]
                choices = self._completion_logprobs(prompts)
                logliks, greedy = [], []
                for cont, choice in zip(enc.continuation_ids, choices):
                    lp = choice["logprobs"]
                    start = len(enc.context_ids)
                    logliks.append(float(sum(lp["token_logprobs"][start : start + len(cont)])))
                    tops = lp.get("top_logprobs") or []
                    tokens = lp.get("tokens") or []
                    greedy.append(all(
                        t is not None and tops[k] and max(tops[k], key=tops[k].get) == tokens[k]
                        for k, t in enumerate(tokens[start : start + len(cont)], start=start)
                    ) if len(tops) >= start + len(cont) else False)
                results.append(OptionScores(logliks, greedy))
            else:
                context = item.context.rstrip()
                texts = [item.context + c for c in item.continuations]
                choices = self._completion_logprobs(texts)
                logliks = []
                for choice in choices:
                    lp = choice["logprobs"]
                    offsets = lp.get("text_offset")
                    if offsets is None:
                        raise UserError("endpoint gives no text_offset; pass --tokenizer so prompts can be sent as token ids")
                    total = sum(v for v, o in zip(lp["token_logprobs"], offsets) if o >= len(context) and v is not None)
                    logliks.append(float(total))
                results.append(OptionScores(logliks, [False] * len(logliks)))
        return results

    def chat(self, messages: list[dict], max_tokens: int) -> ChatCompletionResponse:
        """One non-streamed chat completion, parsed with the shared protocol models."""
        payload = {"model": self.model_name, "messages": messages, "max_tokens": max_tokens, "temperature": 0}
        response = self._request("POST", "/chat/completions", payload)
        try:
            parsed = ChatCompletionResponse.model_validate(response)
        except ValidationError as exc:
            problem = exc.errors()[0]
            where = ".".join(str(part) for part in problem.get("loc", ())) or "the response"
            raise UserError(f"endpoint {self.base}/chat/completions answered a chat completion this client cannot "
                            f"read ({where}: {problem.get('msg')})") from None
        if not parsed.choices:
            raise UserError(f"endpoint {self.base}/chat/completions returned no choices")
        return parsed

    def answer(self, requests: list[AnswerRequest], max_new_tokens: int) -> list[Answered]:
        """The server's answers; with a `medqa` object, its mode, citations, safety and verification are used."""
        answered = []
        for request in requests:
            # Fixed passages cannot be sent to a server: it retrieves itself (recorded as `fixed_passage_ids`).
            response = self.chat(request.messages, max_new_tokens)
            text = response.choices[0].message.content or ""
            extension = response.medqa
            if extension is None:  # not a medqa server (e.g. vLLM): the text is the raw model's, unverified
                from medqa.prompts import extract_citations

                result = AnswerResult(text, "unverified", [Citation(pid, "", "") for pid in extract_citations(text)],
                                      {}, None, "none", False)
                answered.append(Answered(result, text, None, "server"))
                continue
            answered.append(Answered(answer_from_parsed(response), None, None, "server"))
        return answered

    def safety(self, messages: list[dict]) -> SafetyRead:
        """The server's safety report for a conversation: `medqa.safety` of its chat completion."""
        response = self.chat(messages, 16)
        if response.medqa is None or "urgency" not in response.medqa.safety:
            raise UserError(f"endpoint {self.base} sends no safety report (no `medqa.safety` in its chat "
                            "completions); the safety task needs a medqa server")
        return SafetyRead(response.medqa.safety, "server")
