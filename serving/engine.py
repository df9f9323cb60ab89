"""Inference engines behind the API: a local continuous batcher and a forwarder to an OpenAI-compatible server.

Why our own batcher instead of transformers' `ContinuousBatchingManager`: the server needs per-request
sampling (temperature, top-p, a per-request seed whose text does not depend on what else is in the
batch), stop strings, per-request timeouts and cancellation, none of which the manager exposes per
request, and its paged-attention path is built for accelerators. The loop here is small:

- one worker thread owns the model; requests wait in a bounded queue (full -> `EngineBusy`, a 429);
- new requests are prefilled together (left-padded) and their key/value caches are concatenated onto
  the running batch's cache (padding the shorter on the left); positions are explicit per row, and an
  attention mask hides every pad slot, so a row computes what it would alone;
- each step decodes one token for every active sequence; finished, timed-out or cancelled rows are
  dropped from the cache right away, freeing their slot for the next queued request;
- each sequence samples from its own `torch.Generator`, so a seed gives the same text whatever the batch;
- text is detokenised incrementally (never splitting a multi-byte character) and held back while it
  could still be the start of a stop string.

Sampling and incremental detokenizing live in `serving.decoding`; `serving.remote_engine.RemoteEngine`
has the same interface and forwards to an OpenAI-compatible server instead.
"""

import asyncio
import concurrent.futures
import logging
import queue
import secrets
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import torch

from moe_core.errors import UserError
from medqa.engine import (
    EngineBusy,
    EngineError,
    EngineTimeout,
    GenerationChunk,
    SamplingParams,
    TokenScores,
)

from serving.decoding import IncrementalDetokenizer, sample_tokens, stop_holdback

log = logging.getLogger("medqa.serving.engine")


@dataclass
class _Sequence:
    prompt_ids: list[int]
    params: SamplingParams
    loop: asyncio.AbstractEventLoop
    out: asyncio.Queue
    generator: torch.Generator
    detok: IncrementalDetokenizer
    deadline: float | None
    submitted: float
    max_new: int
    ids: list[int] = field(default_factory=list)
    text: str = ""
    sent: int = 0
    cancelled: bool = False
    done: bool = False
    first_token_at: float | None = None


@dataclass
class _ScoreJob:
    ids: list[int]
    top_k: int
    future: concurrent.futures.Future


def _merge_chunks(first: GenerationChunk, second: GenerationChunk) -> GenerationChunk:
    """Two consecutive chunks as one (text joined; the later one's finish and counts)."""
    return GenerationChunk(first.text + second.text, second.finish_reason, second.prompt_tokens,
                           second.completion_tokens, second.completion_ids,
                           first.time_to_first_token_s if first.time_to_first_token_s is not None
                           else second.time_to_first_token_s)


def _deliver(items) -> None:
    for seq, item in items:
        seq.out.put_nowait(item)


class LocalEngine:
    """A transformers causal LM served by one worker thread with continuous batching."""

    kind = "local"

    def __init__(self, model, tokenizer, *, model_name: str = "medqa", max_batch_size: int = 16,
                 max_queue: int = 64, stream_interval_s: float = 0.02):
        from transformers import DynamicCache

        self.model = model.eval()
        self.tokenizer = tokenizer
        self.model_name = model_name
        self.max_batch_size = max_batch_size
        # Deltas reach the event loop at most this often (merged per stream): per-token wake-ups of
        # the HTTP layer would otherwise cost more than a decoding step once 16 streams share a batch.
        self.stream_interval_s = stream_interval_s
        self._last_flush = 0.0
        self._flush_now = False  # a first token or a finish goes out at once (time to first token)
        layer_kinds = {type(layer).__name__ for layer in DynamicCache(config=model.config).layers}
        if layer_kinds != {"DynamicLayer"}:
            # Linear-attention / sliding-window state cannot be left-padded and concatenated row-wise:
            # such models run one sequence at a time here (put vLLM behind --upstream for throughput).
            log.warning("%s caches (%s) do not support continuous batching; serving one request at a time",
                        model.config.model_type, ", ".join(sorted(layer_kinds)))
            self.max_batch_size = 1
        self.device = next(model.parameters()).device
        self.max_model_len = int(getattr(model.config, "max_position_embeddings", 2048) or 2048)
        config_eos = getattr(model.generation_config, "eos_token_id", None)
        eos = set(config_eos if isinstance(config_eos, list) else [config_eos] if config_eos is not None else [])
        if tokenizer.eos_token_id is not None:
            eos.add(tokenizer.eos_token_id)
        self.eos_ids = eos
        self.pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
        self._pending: queue.Queue = queue.Queue(maxsize=max_queue)
        self._active: list[_Sequence] = []
        self._cache = None
        self._mask = None  # [B, cache_len] 1 = real token
        self._lengths = None  # [B] real tokens in the cache per row
        self._next = None  # [B] last sampled token, not yet in the cache
        self._outbox: dict = {}
        self._admitting: list[_Sequence] = []  # taken from the queue, not yet in the batch
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="medqa-engine", daemon=True)
        self._thread.start()

    @classmethod
    def load(cls, model, *, adapter=None, device=None, dtype=None, model_name=None, max_batch_size=16,
             max_queue=64, cpu_threads=None, stream_interval_s=0.02) -> "LocalEngine":
        """Load a model dir or hub id (+ optional LoRA adapter, merged) on the best available device."""
        from moe_core.models import load_moe_model, load_tokenizer

        from moe_core.devices import configure_cpu_threads

        configure_cpu_threads(cpu_threads)  # from the CPUs actually free, unless given or set by OMP_NUM_THREADS
        tokenizer = load_tokenizer(model)
        net = load_moe_model(model, dtype=dtype, device=device or "auto")
        if adapter:
            from moe_core.lora import load_adapter

            peft_model = load_adapter(net, adapter)
            net = peft_model.merge_and_unload()  # merged weights: no adapter overhead per token
        if model_name is None:  # name what answers: the base alone would hide a fine-tuned adapter
            model_name = "+".join(str(path).rstrip("/").split("/")[-1] for path in (model, adapter) if path)
        return cls(net, tokenizer, model_name=model_name,
                   max_batch_size=max_batch_size, max_queue=max_queue, stream_interval_s=stream_interval_s)

    # ---- public interface (shared with RemoteEngine) ----

    @property
    def ready(self) -> bool:
        """Whether the worker is alive and accepting requests."""
        return self._thread.is_alive() and not self._stop.is_set()

    @property
    def queue_depth(self) -> int:
        """Requests waiting for a batch slot."""
        return self._pending.qsize()

    @property
    def running(self) -> int:
        """Sequences currently being decoded."""
        return len(self._active)

    def render_chat(self, messages: list[dict]) -> str:
        """The chat template applied to messages, ending with the assistant turn opener."""
        return self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)

    def encode(self, prompt) -> list[int]:
        """Token ids of a prompt given as text or as ids."""
        if isinstance(prompt, str):
            return list(self.tokenizer(prompt, add_special_tokens=False)["input_ids"])
        return [int(t) for t in prompt]

    def _check_ids(self, ids: list[int]) -> None:
        vocab = self.model.config.vocab_size
        if not ids:
            raise UserError("the prompt is empty")
        if any(t < 0 or t >= vocab for t in ids):
            raise UserError(f"prompt token ids must be in [0, {vocab})")
        if len(ids) >= self.max_model_len:
            raise UserError(f"the prompt is {len(ids)} tokens; this model's window is {self.max_model_len}")

    async def generate(self, prompt, params: SamplingParams, request_id: str | None = None
                       ) -> AsyncIterator[GenerationChunk]:
        """Stream a completion of `prompt` (text or ids): deltas, then a final chunk with counts."""
        ids = self.encode(prompt)
        self._check_ids(ids)
        loop = asyncio.get_running_loop()
        seed = params.seed if params.seed is not None else secrets.randbits(63)
        now = time.monotonic()
        seq = _Sequence(
            prompt_ids=ids, params=params, loop=loop, out=asyncio.Queue(),
            generator=torch.Generator(device="cpu").manual_seed(int(seed) % (2**63)),
            detok=IncrementalDetokenizer(self.tokenizer), submitted=now,
            deadline=now + params.timeout_s if params.timeout_s else None,
            max_new=max(0, min(params.max_tokens, self.max_model_len - len(ids))),
        )
        try:
            self._pending.put_nowait(seq)
        except queue.Full:
            raise EngineBusy(f"the server is busy ({self._pending.maxsize} requests queued); retry shortly") from None
        held = None
        try:
            while True:
                item = held if held is not None else await seq.out.get()
                held = None
                if isinstance(item, BaseException):
                    raise item
                # A consumer that fell behind gets what piled up as one chunk: under load that
                # halves the per-token work of the HTTP layer instead of letting it fall further behind.
                while item.finish_reason is None and not seq.out.empty():
                    nxt = seq.out.get_nowait()
                    if isinstance(nxt, BaseException):
                        held = nxt
                        break
                    item = _merge_chunks(item, nxt)
                yield item
                if item.finish_reason is not None:
                    if item.finish_reason == "timeout":
                        raise EngineTimeout(f"the request ran past its {params.timeout_s:g} s limit")
                    return
        finally:
            seq.cancelled = True  # the client went away or we finished: the worker frees the slot

    async def score(self, prompt, top_logprobs: int = 1) -> TokenScores:
        """Log-probability of every token of `prompt` given the ones before it (one forward pass)."""
        ids = self.encode(prompt)
        if not ids:
            raise UserError("the prompt is empty")
        self._check_ids(ids[:-1] or ids)
        future: concurrent.futures.Future = concurrent.futures.Future()
        try:
            self._pending.put_nowait(_ScoreJob(ids, max(0, int(top_logprobs)), future))
        except queue.Full:
            raise EngineBusy(f"the server is busy ({self._pending.maxsize} requests queued); retry shortly") from None
        logprobs, tops = await asyncio.wrap_future(future)
        return self.describe(ids, logprobs, tops)

    def describe(self, ids, logprobs, tops) -> TokenScores:
        """Token strings and character offsets for scored ids (decoded incrementally, like streaming)."""
        detok = IncrementalDetokenizer(self.tokenizer, skip_special_tokens=False)
        text, offsets, tokens = "", [], []
        for tid in ids:
            offsets.append(len(text))
            text += detok.add(tid)
            tokens.append(self.tokenizer.decode([tid], skip_special_tokens=False, clean_up_tokenization_spaces=False))
        text += detok.flush()
        top_dicts = [None if t is None else {self.tokenizer.decode([i], skip_special_tokens=False): lp for i, lp in t}
                     for t in tops]
        return TokenScores(list(ids), tokens, logprobs, top_dicts, offsets, text)

    def shutdown(self) -> None:
        """Stop the worker thread (pending requests are failed)."""
        self._stop.set()
        self._thread.join(timeout=10)

    # ---- worker thread ----

    def _emit(self, seq: _Sequence, item) -> None:
        self._outbox.setdefault(seq.loop, []).append((seq, item))

    def _flush(self) -> None:
        """Deliver this step's events: one wake-up per event loop, not one per token."""
        outbox, self._outbox = self._outbox, {}
        self._last_flush, self._flush_now = time.monotonic(), False
        for loop, items in outbox.items():
            try:
                loop.call_soon_threadsafe(_deliver, items)
            except RuntimeError:  # the client's event loop is gone
                for seq, _ in items:
                    seq.cancelled = True

    def _run(self) -> None:
        torch.set_grad_enabled(False)
        while not self._stop.is_set():
            try:
                self._admit()
                if self._active:
                    self._step()
            except Exception as exc:  # one bad batch must fail its requests, not kill the server
                failed = self._active + [s for s in self._admitting if s not in self._active]
                log.exception("engine step failed; failing %d requests", len(failed))
                for seq in failed:
                    self._emit(seq, EngineError(f"generation failed: {type(exc).__name__}: {exc}"))
                self._active, self._cache = [], None
            self._admitting = []
            if (self._flush_now or not self._active
                    or time.monotonic() - self._last_flush >= self.stream_interval_s):
                self._flush()
        for seq in self._active:
            self._emit(seq, EngineError("the engine was shut down"))
        self._flush()

    # Prefill in chunks of whole prompts: a burst of long grounded prompts is admitted a few at a time, each
    # chunk followed by a decoding step, so the first streams start while the rest are still queued and a long
    # prefill never stalls the running streams for more than one chunk.
    prefill_token_budget = 2048  # prompt tokens per prefill pass (a longer single prompt still goes alone)

    def _admit(self) -> None:
        new: list[_Sequence] = self._admitting
        while len(self._active) + len(new) < self.max_batch_size:
            if new and sum(len(s.prompt_ids) for s in new) >= self.prefill_token_budget:
                break  # the rest wait in the queue for the next pass
            block = not self._active and not new
            try:
                job = self._pending.get(timeout=0.05) if block else self._pending.get_nowait()
            except queue.Empty:
                break
            if isinstance(job, _ScoreJob):
                self._run_score(job)
                continue
            if job.cancelled:
                continue
            if job.deadline is not None and time.monotonic() > job.deadline:
                self._emit(job, GenerationChunk("", "timeout", len(job.prompt_ids), 0))
                continue
            if job.max_new == 0:
                self._emit(job, GenerationChunk("", "length", len(job.prompt_ids), 0))
                continue
            new.append(job)
        if new:
            self._prefill(new)

    def _run_score(self, job: _ScoreJob) -> None:
        if job.future.cancelled():
            return
        try:
            ids = torch.tensor([job.ids], device=self.device)
            logits = self.model(input_ids=ids, use_cache=False).logits[0].float()
            logp = torch.log_softmax(logits, dim=-1)
            targets = ids[0, 1:]
            token_lp = [None] + logp[:-1].gather(1, targets[:, None])[:, 0].tolist()
            tops: list = [None]
            if job.top_k:
                values, indices = torch.topk(logp[:-1], job.top_k, dim=-1)
                tops += [list(zip(i.tolist(), v.tolist())) for i, v in zip(indices, values)]
            else:
                tops += [[] for _ in range(len(job.ids) - 1)]
            job.future.set_result((token_lp, tops))
        except Exception as exc:  # noqa: BLE001
            job.future.set_exception(EngineError(f"scoring failed: {type(exc).__name__}: {exc}"))

    # Prefix KV cache. Grounded prompts all start with the same system prompt and rules (~230 of ~650 tokens);
    # their keys and values are computed once and copied into every later prefill that starts with the same
    # tokens, so a prefill runs only the part after it. The layout of such a row is [prefix | pad | suffix]:
    # positions and the attention mask are explicit per row, so the row computes what it would alone.
    prefix_cache_min_tokens = 64  # a shorter shared start is not worth its own pass; 0 switches the cache off
    _prefix_ids: list = []
    _prefix_kv: list = []  # per layer (keys, values) of _prefix_ids, batch 1
    _last_prompt: list = []  # the previous prefill's last prompt: a lone request finds its shared start here

    def _prefix_length(self, new: list[_Sequence]) -> int:
        """Tokens at the start of every new prompt to take from the prefix cache (computing it if need be)."""
        import os.path

        if not self.prefix_cache_min_tokens or not self._prefix_cache_supported():
            return 0
        prompts = [s.prompt_ids for s in new]
        longest = min(len(p) for p in prompts) - 1  # every row must still feed a token to get its logits
        shared = os.path.commonprefix(prompts)
        cached = len(os.path.commonprefix([self._prefix_ids, shared])) if self._prefix_ids else 0
        if min(cached, longest) >= self.prefix_cache_min_tokens:
            return min(cached, longest)
        # Nothing cached fits: cache what these prompts (or a lone one and the previous prompt) share.
        candidate = shared if len(prompts) > 1 else os.path.commonprefix([shared, self._last_prompt])
        self._last_prompt = list(prompts[-1])
        length = min(len(candidate), longest)
        if length < self.prefix_cache_min_tokens:
            return 0
        self._compute_prefix(list(candidate[:length]))
        return length

    def _prefix_cache_supported(self) -> bool:
        """Whether this model's cache is plain per-layer keys and values (not linear-attention or sliding state)."""
        from transformers import DynamicCache

        if getattr(self, "_prefix_supported", None) is None:
            kinds = {type(layer).__name__ for layer in DynamicCache(config=self.model.config).layers}
            self._prefix_supported = kinds == {"DynamicLayer"}
        return self._prefix_supported

    def _compute_prefix(self, ids: list[int]) -> None:
        """Run the prefix alone once and keep its keys and values."""
        from transformers import DynamicCache

        out = self.model(input_ids=torch.tensor([ids], device=self.device),
                         past_key_values=DynamicCache(config=self.model.config), use_cache=True, logits_to_keep=1)
        self._prefix_kv = [(layer.keys, layer.values) for layer in out.past_key_values.layers]
        self._prefix_ids = ids

    def _prefix_cache(self, length: int, rows: int):
        """A fresh cache holding the first `length` prefix tokens for `rows` rows."""
        from transformers import DynamicCache

        cache = DynamicCache(config=self.model.config)
        for index, (keys, values) in enumerate(self._prefix_kv):
            cache.update(keys[:, :, :length].expand(rows, -1, -1, -1).contiguous(),
                         values[:, :, :length].expand(rows, -1, -1, -1).contiguous(), index)
        return cache

    def _prefill(self, new: list[_Sequence]) -> None:
        from transformers import DynamicCache

        start = self._prefix_length(new)
        width = max(len(s.prompt_ids) for s in new) - start
        ids = torch.full((len(new), width), self.pad_id, dtype=torch.long)
        fed = torch.zeros((len(new), width), dtype=torch.long)  # 1 = a real token fed in this pass
        for row, seq in enumerate(new):
            suffix = seq.prompt_ids[start:]
            ids[row, width - len(suffix):] = torch.tensor(suffix)
            fed[row, width - len(suffix):] = 1
        positions = start + (fed.cumsum(-1) - 1).clamp(min=0)
        mask = torch.cat([torch.ones((len(new), start), dtype=torch.long), fed], 1)
        cache = self._prefix_cache(start, len(new)) if start else DynamicCache(config=self.model.config)
        out = self.model(input_ids=ids.to(self.device), attention_mask=mask.to(self.device),
                         position_ids=positions.to(self.device), past_key_values=cache, use_cache=True,
                         logits_to_keep=1)
        cache = out.past_key_values
        if bool((mask == 0).any()):
            pad = (mask == 0).to(self.device)[:, None, :, None]
            for layer in cache.layers:
                # Pad slots attend to nothing and may hold NaN; zero them so 0-weight * NaN never reaches a row.
                layer.keys = layer.keys.masked_fill(pad, 0.0)
                layer.values = layer.values.masked_fill(pad, 0.0)
        logits = out.logits[:, -1].float()
        sampled = sample_tokens(logits, [s.params for s in new], [s.generator for s in new])
        next_tokens = [self._accept(seq, token) for seq, token in zip(new, sampled)]
        self._merge(new, cache, mask.to(self.device), torch.tensor([len(s.prompt_ids) for s in new]),
                    torch.tensor(next_tokens))
        self._drop_finished()

    def _merge(self, new, cache, mask, lengths, next_tokens) -> None:
        if self._cache is None or not self._active:
            self._active, self._cache, self._mask = list(new), cache, mask
            self._lengths, self._next = lengths, next_tokens
            return
        old_len, new_len = self._mask.shape[1], mask.shape[1]
        width = max(old_len, new_len)

        def left_pad(t, dim_len, total, dim):
            if dim_len == total:
                return t
            shape = list(t.shape)
            shape[dim] = total - dim_len
            return torch.cat([torch.zeros(shape, dtype=t.dtype, device=t.device), t], dim=dim)

        for old_layer, new_layer in zip(self._cache.layers, cache.layers):
            old_layer.keys = torch.cat([left_pad(old_layer.keys, old_len, width, 2),
                                        left_pad(new_layer.keys, new_len, width, 2)], dim=0)
            old_layer.values = torch.cat([left_pad(old_layer.values, old_len, width, 2),
                                          left_pad(new_layer.values, new_len, width, 2)], dim=0)
        self._mask = torch.cat([left_pad(self._mask, old_len, width, 1), left_pad(mask, new_len, width, 1)], dim=0)
        self._lengths = torch.cat([self._lengths, lengths])
        self._next = torch.cat([self._next, next_tokens])
        self._active += new

    def _step(self) -> None:
        batch = len(self._active)
        mask = torch.cat([self._mask, torch.ones((batch, 1), dtype=self._mask.dtype, device=self._mask.device)], 1)
        out = self.model(input_ids=self._next[:, None].to(self.device), attention_mask=mask,
                         position_ids=self._lengths[:, None].to(self.device), past_key_values=self._cache,
                         use_cache=True)
        self._cache, self._mask = out.past_key_values, mask
        self._lengths = self._lengths + 1
        logits = out.logits[:, -1].float()
        sampled = sample_tokens(logits, [s.params for s in self._active], [s.generator for s in self._active])
        self._next = torch.tensor([self._accept(seq, token) for seq, token in zip(self._active, sampled)])
        self._drop_finished()

    def _accept(self, seq: _Sequence, token: int) -> int:
        """Record a sampled token for `seq`: emit the new text, or finish it (stop, length, timeout, cancel)."""
        if seq.cancelled:
            seq.done = True
            return token
        now = time.monotonic()
        if seq.first_token_at is None:
            seq.first_token_at = now
            self._flush_now = True
        finish = None
        if token in self.eos_ids:
            finish = "stop"
        else:
            seq.ids.append(token)
            seq.text += seq.detok.add(token)
            if len(seq.ids) >= seq.max_new:
                seq.text += seq.detok.flush()
                finish = "length"
        stops = seq.params.stop
        end = len(seq.text)
        if stops:
            search_from = max(0, seq.sent - max(len(s) for s in stops))
            hits = [i for i in (seq.text.find(s, search_from) for s in stops) if i >= 0]
            if hits:
                end, finish = min(hits), "stop"
            elif finish is None:
                end -= stop_holdback(seq.text, stops)
        if finish is None and seq.deadline is not None and now > seq.deadline:
            finish = "timeout"
        delta = seq.text[seq.sent:end]
        seq.sent = max(seq.sent, end)
        if delta or finish:
            ttft = seq.first_token_at - seq.submitted
            chunk = GenerationChunk(delta, finish, len(seq.prompt_ids), len(seq.ids), time_to_first_token_s=ttft)
            if finish:
                chunk.completion_ids = list(seq.ids)
                seq.done = True
            self._emit(seq, chunk)
        return token

    def _drop_finished(self) -> None:
        keep = [i for i, seq in enumerate(self._active) if not (seq.done or seq.cancelled)]
        if len(keep) == len(self._active):
            return
        self._active = [self._active[i] for i in keep]
        if not keep:
            self._cache = self._mask = self._lengths = self._next = None
            return
        index = torch.tensor(keep, device=self.device)
        mask = self._mask.index_select(0, index)
        # Columns that are padding in every remaining row are dead weight: cut them off the left.
        first = int((mask.sum(0) > 0).nonzero()[0])
        for layer in self._cache.layers:
            layer.keys = layer.keys.index_select(0, index)[:, :, first:]
            layer.values = layer.values.index_select(0, index)[:, :, first:]
        self._mask = mask[:, first:]
        self._lengths = self._lengths[keep]
        self._next = self._next[keep]
