"""OpenAI-compatible routes: /v1/models, /v1/chat/completions (the medqa pipeline), /v1/completions (raw).

The request bodies are the server's `medqa.protocol.request_models(limits)`; a route's handler is a plain
module function, and `openai_router(models)` only binds it to those body types.
"""

import asyncio
import logging
import time
import uuid

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse

from medqa.engine import SamplingParams
from medqa.protocol import ChatCompletionResponse, CompletionResponse, ModelList, RequestModels
from serving.routes.state import (
    AUTH_ERRORS,
    BODY_ERRORS,
    ENGINE_ERRORS,
    ServerState,
    error_kind,
    require,
    server_state,
    sse,
    sse_error,
    usage_body,
)
from serving.security import request_id_var

log = logging.getLogger("medqa.serving.app")

# Each server-sent event (OpenAPI 3.1 describes one event per `schema`; 3.2 calls it `itemSchema`).
_EVENT_STREAM = {"text/event-stream": {"schema": {
    "type": "object", "required": ["data"],
    "properties": {"data": {"type": "string", "description": (
        "a JSON chunk (chat.completion.chunk or text_completion), or `[DONE]` last. An error after the stream "
        "began is one `{\"error\": {...}}` event with the type and code the HTTP error would have had "
        "(an engine failure: server_error / engine_error, recorded as 502)")},
        "event": {"type": "string"}, "id": {"type": "string"}, "retry": {"type": "integer"}}}}}


def _stream_responses(model) -> dict:
    """The 200 response of a route that answers JSON, or server-sent events when `stream` is true."""
    return {200: {"model": model, "description": "the answer (JSON), or with `stream: true` a text/event-stream",
                  "content": _EVENT_STREAM}, **AUTH_ERRORS, **BODY_ERRORS, **ENGINE_ERRORS}


def _stop_list(stop) -> list[str]:
    if stop is None:
        return []
    return [stop] if isinstance(stop, str) else list(stop)


def _log_stream_error(exc: Exception) -> int:
    """Log a failure inside a started stream; the HTTP status it stands for (for metrics and the audit log)."""
    status = error_kind(exc).status
    if status == 500:
        log.error("unhandled error in a stream", exc_info=exc)
    elif status == 502:
        log.error("engine error: %s", exc)
    return status


def _streaming(body_iterator) -> StreamingResponse:
    return StreamingResponse(body_iterator, media_type="text/event-stream", headers={"Cache-Control": "no-cache"})


async def list_models(server: ServerState) -> dict:
    """The one served model."""
    return {"object": "list", "data": [
        {"id": server.assistant.model_name, "object": "model", "created": int(time.time()), "owned_by": "medqa"}]}


async def chat_completion(body, request: Request, server: ServerState):
    """The medqa pipeline's answer to the conversation, as a chat completion or a stream of chunks."""
    started = time.monotonic()
    assistant = server.assistant
    messages = [m.model_dump(include={"role", "content"}) for m in body.messages]
    question = messages[-1]["content"]
    events = assistant.stream(
        messages, locale=body.medqa.locale if body.medqa else None,
        max_tokens=body.max_completion_tokens or body.max_tokens or server.answer_tokens, temperature=body.temperature,
        top_p=body.top_p, seed=body.seed, request_id=request_id_var.get(), stop=_stop_list(body.stop))
    completion_id, created, model = f"chatcmpl-{uuid.uuid4().hex}", int(time.time()), assistant.model_name

    if not body.stream:
        result, first = None, None
        async for event in events:
            if event["type"] == "delta":
                first = first or time.monotonic()
            else:
                result = event["result"]
        server.record(request, "chat", 200, started, ttft=(first or time.monotonic()) - started, result=result,
                      question=question)
        return {
            "id": completion_id, "object": "chat.completion", "created": created, "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": result.text},
                         "finish_reason": result.finish_reason, "logprobs": None}],
            "usage": usage_body(result.usage), "medqa": result.medqa_extension(),
        }

    # Pull the first event before answering 200, so a busy queue or a bad prompt is a real HTTP error
    # rather than an error inside a started stream.
    try:
        first_event = await events.__anext__()
    except StopAsyncIteration:
        first_event = None
    first_at = time.monotonic()

    def chunk(delta: dict, finish=None, extra=None) -> str:
        payload = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model,
                   "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]}
        return sse({**payload, **(extra or {})})

    async def stream():
        status, result = 200, None
        try:
            yield chunk({"role": "assistant", "content": ""})
            event = first_event
            while event is not None:
                if event["type"] == "delta":
                    yield chunk({"content": event["text"]})
                else:
                    result = event["result"]
                event = await events.__anext__() if result is None else None
            yield chunk({}, result.finish_reason, {"medqa": result.medqa_extension()})
            if body.stream_options and body.stream_options.include_usage:
                yield sse({"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model,
                           "choices": [], "usage": usage_body(result.usage)})
        except (asyncio.CancelledError, GeneratorExit):
            status = 499  # the client went away; closing `events` cancels the generation
            raise
        except Exception as exc:  # noqa: BLE001  (the stream has begun: the error becomes its last event)
            status = _log_stream_error(exc)
            yield sse_error(exc)
        finally:
            await events.aclose()
            server.record(request, "chat", status, started, ttft=first_at - started, result=result,
                          question=question)
        yield "data: [DONE]\n\n"

    return _streaming(stream())


async def completion(body, request: Request, server: ServerState):
    """Raw completion and scoring (echo + logprobs) for evaluation harnesses; no safety wrapping."""
    started = time.monotonic()
    engine = server.assistant.engine
    prompts = body.prompts()
    params = SamplingParams(max_tokens=body.max_tokens, temperature=body.temperature, top_p=body.top_p,
                            seed=body.seed, stop=_stop_list(body.stop), timeout_s=server.settings.request_timeout_s)
    completion_id, created, model = f"cmpl-{uuid.uuid4().hex}", int(time.time()), server.assistant.model_name
    if body.stream:  # the request model allows a stream only for one prompt without echo or logprobs
        return await _stream_completion(request, server, prompts[0], params, completion_id, created, model, body,
                                        started)

    async def one(index: int, prompt) -> tuple[dict, dict]:
        ids = engine.encode(prompt)
        text, finish, completion_ids, ttft = "", "length", [], None
        if body.max_tokens > 0:
            async for piece in engine.generate(prompt, params, request_id=request_id_var.get()):
                text += piece.text
                if piece.finish_reason:
                    finish, completion_ids, ttft = piece.finish_reason, piece.completion_ids, \
                        piece.time_to_first_token_s
        logprobs = None
        if body.logprobs is not None:
            scores = await engine.score(ids + completion_ids, body.logprobs)
            logprobs = scores.to_openai(0 if body.echo else len(ids))
        prefix = (prompt if isinstance(prompt, str) else engine.tokenizer.decode(prompt)) if body.echo else ""
        usage = {"prompt_tokens": len(ids), "completion_tokens": len(completion_ids)}
        return ({"index": index, "text": prefix + text, "logprobs": logprobs, "finish_reason": finish},
                {**usage, "ttft": ttft})

    results = await asyncio.gather(*(one(i, p) for i, p in enumerate(prompts)))
    usage = {"prompt_tokens": sum(u["prompt_tokens"] for _, u in results),
             "completion_tokens": sum(u["completion_tokens"] for _, u in results)}
    ttfts = [u["ttft"] for _, u in results if u["ttft"] is not None]
    server.record(request, "completions", 200, started, usage, min(ttfts) if ttfts else None,
                  question=prompts[0] if isinstance(prompts[0], str) else None, answer=results[0][0]["text"])
    return {"id": completion_id, "object": "text_completion", "created": created, "model": model,
            "choices": [c for c, _ in results], "usage": usage_body(usage)}


async def _stream_completion(request, server: ServerState, prompt, params, completion_id, created, model, body,
                             started):
    pieces = server.assistant.engine.generate(prompt, params, request_id=request_id_var.get())
    try:
        first = await pieces.__anext__()
    except StopAsyncIteration:
        first = None

    def chunk(text, finish=None) -> str:
        return sse({"id": completion_id, "object": "text_completion", "created": created, "model": model,
                    "choices": [{"index": 0, "text": text, "logprobs": None, "finish_reason": finish}]})

    async def stream():
        status, usage, ttft = 200, None, None
        try:
            piece = first
            while piece is not None:
                yield chunk(piece.text, piece.finish_reason)
                if piece.finish_reason:
                    usage = {"prompt_tokens": piece.prompt_tokens, "completion_tokens": piece.completion_tokens}
                    ttft = piece.time_to_first_token_s
                    break
                piece = await pieces.__anext__()
            if usage and body.stream_options and body.stream_options.include_usage:
                yield sse({"id": completion_id, "object": "text_completion", "created": created, "model": model,
                           "choices": [], "usage": usage_body(usage)})
        except (asyncio.CancelledError, GeneratorExit):
            status = 499
            raise
        except Exception as exc:  # noqa: BLE001  (the stream has begun: the error becomes its last event)
            status = _log_stream_error(exc)
            yield sse_error(exc)
        finally:
            await pieces.aclose()
            server.record(request, "completions", status, started, usage, ttft)
        yield "data: [DONE]\n\n"

    return _streaming(stream())


def openai_router(models: RequestModels) -> APIRouter:
    """The /v1 routes, with this server's request models as their body types."""
    router = APIRouter(tags=["openai"])
    chat_request, completion_request = models.chat, models.completion

    @router.get("/v1/models", response_model=ModelList, responses=AUTH_ERRORS)
    async def models_route(key=Depends(require("chat")), server: ServerState = Depends(server_state)):
        """The one served model."""
        return await list_models(server)

    @router.post("/v1/chat/completions", responses=_stream_responses(ChatCompletionResponse))
    async def chat_route(body: chat_request, request: Request, key=Depends(require("chat")),
                         server: ServerState = Depends(server_state)):
        """Chat with the safety-checked, retrieval-grounded, verified assistant (SSE when `stream` is true)."""
        return await chat_completion(body, request, server)

    @router.post("/v1/completions", responses=_stream_responses(CompletionResponse))
    async def completion_route(body: completion_request, request: Request, key=Depends(require("chat")),
                               server: ServerState = Depends(server_state)):
        """Raw completion and scoring (echo + logprobs) for evaluation harnesses; no safety wrapping."""
        return await completion(body, request, server)

    return router
