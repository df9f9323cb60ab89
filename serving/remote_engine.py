"""`RemoteEngine`: the engine interface over an OpenAI-compatible `/v1/completions` (vLLM, SGLang, another medqa).

The same answer pipeline, safety layer and audit log can then front a GPU cluster: generation is
forwarded, everything else stays here.
"""

import json
import time
from collections.abc import AsyncIterator

from medqa.engine import EngineBusy, EngineError, EngineTimeout, GenerationChunk, SamplingParams, TokenScores
from moe_core.errors import UserError

class RemoteEngine:
    """The engine interface over an OpenAI-compatible `/v1/completions` (vLLM, SGLang, another medqa)."""

    kind = "remote"

    def __init__(self, base_url: str, *, model_name: str, tokenizer=None, api_key: str | None = None,
                 timeout_s: float = 120.0):
        import httpx

        self.base_url = base_url.rstrip("/")
        self.base_url = self.base_url.removesuffix("/v1")
        self.model_name = model_name
        self.tokenizer = tokenizer
        self._inflight = 0
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.AsyncClient(base_url=self.base_url, headers=headers, timeout=timeout_s)

    @property
    def ready(self) -> bool:
        """The forwarder is always ready; the upstream's health is its own `/health`."""
        return True

    @property
    def queue_depth(self) -> int:
        """Queueing happens upstream; we report 0."""
        return 0

    @property
    def running(self) -> int:
        """Requests in flight to the upstream."""
        return self._inflight

    def render_chat(self, messages: list[dict]) -> str:
        """The chat template, applied locally so the upstream sees exactly the prompt we would run."""
        if self.tokenizer is None:
            raise UserError("the forwarding backend needs a tokenizer (--tokenizer) to render chat prompts")
        return self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)

    async def _post(self, payload: dict):
        import httpx

        try:
            response = await self._client.post("/v1/completions", json=payload)
        except httpx.HTTPError as exc:
            raise EngineError(f"upstream {self.base_url} unreachable: {type(exc).__name__}: {exc}") from None
        self._raise_for_status(response)
        return response.json()

    @staticmethod
    def _raise_for_status(response) -> None:
        if response.status_code == 429:
            raise EngineBusy("the upstream server is busy", int(response.headers.get("retry-after", "1") or 1))
        if response.status_code >= 400:
            try:
                message = response.json()["error"]["message"]
            except (ValueError, KeyError, TypeError):
                message = response.text[:300]
            if 400 <= response.status_code < 500:
                raise UserError(f"upstream rejected the request: {message}")
            raise EngineError(f"upstream error {response.status_code}: {message}")

    async def generate(self, prompt, params: SamplingParams, request_id: str | None = None
                       ) -> AsyncIterator[GenerationChunk]:
        """Stream a completion from the upstream's `/v1/completions` (SSE)."""
        import httpx

        payload = {"model": self.model_name, "prompt": prompt, "max_tokens": params.max_tokens,
                   "temperature": params.temperature, "top_p": params.top_p, "stream": True,
                   "stream_options": {"include_usage": True}}
        if params.seed is not None:
            payload["seed"] = params.seed
        if params.stop:
            payload["stop"] = params.stop
        headers = {"X-Request-Id": request_id} if request_id else {}
        self._inflight += 1
        started = time.monotonic()
        first = None
        finish, usage, text_seen = None, {}, []
        try:
            timeout = {"timeout": params.timeout_s} if params.timeout_s else {}  # else the client's default
            async with self._client.stream("POST", "/v1/completions", json=payload, headers=headers,
                                           **timeout) as response:
                if response.status_code >= 400:
                    await response.aread()
                    self._raise_for_status(response)
                async for line in response.aiter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        break
                    event = json.loads(data)
                    if "error" in event:
                        raise EngineError(f"upstream error: {event['error'].get('message')}")
                    usage = event.get("usage") or usage
                    for choice in event.get("choices") or []:
                        delta = choice.get("text") or ""
                        finish = choice.get("finish_reason") or finish
                        if delta:
                            first = first or time.monotonic()
                            text_seen.append(delta)
                            yield GenerationChunk(delta)
        except httpx.TimeoutException:
            raise EngineTimeout(f"the upstream did not answer within {params.timeout_s} s") from None
        except httpx.HTTPError as exc:
            raise EngineError(f"upstream {self.base_url} failed: {type(exc).__name__}: {exc}") from None
        finally:
            self._inflight -= 1
        ttft = (first or time.monotonic()) - started
        yield GenerationChunk("", finish or "stop", int(usage.get("prompt_tokens", 0)),
                              int(usage.get("completion_tokens", 0)), time_to_first_token_s=ttft)

    def encode(self, prompt) -> list[int]:
        """Token ids via the local tokenizer (for counting); ids pass through."""
        if isinstance(prompt, str):
            if self.tokenizer is None:
                raise UserError("the forwarding backend needs a tokenizer to tokenise text")
            return list(self.tokenizer(prompt, add_special_tokens=False)["input_ids"])
        return [int(t) for t in prompt]

    async def score(self, prompt, top_logprobs: int = 1) -> TokenScores:
        """Prompt log-probabilities from the upstream (`echo` + `logprobs`, one extra token dropped)."""
        self._inflight += 1
        try:
            body = await self._post({"model": self.model_name, "prompt": prompt, "max_tokens": 1, "echo": True,
                                     "logprobs": max(1, top_logprobs), "temperature": 0})
        finally:
            self._inflight -= 1
        lp = body["choices"][0]["logprobs"]
        n = len(lp["tokens"]) - 1  # the last one is the generated token
        ids = self.encode(prompt) if not isinstance(prompt, str) or self.tokenizer is not None else []
        text = body["choices"][0].get("text", "")
        return TokenScores(ids[:n], lp["tokens"][:n], lp["token_logprobs"][:n], lp["top_logprobs"][:n],
                           lp["text_offset"][:n], text)

    def shutdown(self) -> None:
        """Nothing to stop locally (the HTTP client closes with the process)."""
