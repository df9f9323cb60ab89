"""Log-likelihood scoring of multiple-choice options, identical to lm-eval-harness's HFLM, but faster.

Tokenisation copies HFLM exactly: trailing whitespace of the context moves to the continuation, the
context and context+continuation are encoded separately (tokenizer defaults for special tokens,
unless the text already starts with the BOS/EOS prefix token), and the continuation tokens are the
tail of the whole encoding after `len(context_tokens)`. The model then sees
`context_tokens + continuation_tokens` (left-truncated to max_length + 1, minus the last token).

Speed comes from scoring every option of an item against one forward pass of the shared context:
1. the contexts of a batch of items run once, right-padded and unmasked (padding after the real
   tokens cannot change them in a causal model), keeping only the logits at each item's last
   context token; that single position already scores every one-token option (" A".." D");
2. options longer than one token reuse the context's key/value cache, its rows repeated once per
   option, with an attention mask that hides the padding between each context's end and the cache's
   end and explicit position ids that continue each context where it really ended.
Models whose cache is not a plain per-layer key/value cache (sliding-window or linear-attention
layers) and items longer than the model's window fall back to full-sequence scoring, which is what
lm-eval does for every item.
"""

from dataclasses import dataclass, field

import torch
import torch.nn.functional as F

DEFAULT_MAX_LENGTH = 2048  # lm-eval's default when neither config nor tokenizer names a window
_TOKENIZER_INFINITY = 1000000000000000019884624838656


@dataclass
class ScoreRequest:
    """One item to score: a context and the continuations (options) to compare after it."""

    context: str
    continuations: list[str]


@dataclass
class EncodedRequest:
    """A request tokenised the way lm-eval's HFLM tokenises it."""

    context_ids: list[int]
    continuation_ids: list[list[int]]


@dataclass
class OptionScores:
    """Per-option log-likelihoods of one item, and whether each option is the greedy continuation."""

    logliks: list[float]
    is_greedy: list[bool] = field(default_factory=list)


def prefix_token_id(tokenizer) -> int | None:
    """lm-eval's prefix token: BOS if the tokenizer has one, else EOS."""
    return tokenizer.bos_token_id if tokenizer.bos_token_id is not None else tokenizer.eos_token_id


def tok_encode(tokenizer, text: str) -> list[int]:
    """Encode like HFLM.tok_encode: tokenizer's own special-token default, none if text starts with the prefix token."""
    prefix = prefix_token_id(tokenizer)
    kwargs = {}
    if prefix is not None:
        prefix_text = tokenizer.decode(prefix)
        if prefix_text and text.startswith(prefix_text):
            kwargs["add_special_tokens"] = False
    return tokenizer.encode(text, **kwargs)


def encode_pair(tokenizer, context: str, continuation: str) -> tuple[list[int], list[int]]:
    """Split context/continuation tokens exactly as lm-eval's `_encode_pair` does for causal models."""
    if not context:
        raise ValueError("context must not be empty")
    n_spaces = len(context) - len(context.rstrip())
    if n_spaces > 0:
        continuation = context[-n_spaces:] + continuation
        context = context[:-n_spaces]
    whole = tok_encode(tokenizer, context + continuation)
    context_ids = tok_encode(tokenizer, context)
    return context_ids, whole[len(context_ids):]


def encode_request(tokenizer, request: ScoreRequest) -> EncodedRequest:
    """Tokenise one request; every option shares the same context tokens (they depend on the context only)."""
    pairs = [encode_pair(tokenizer, request.context, c) for c in request.continuations]
    context_ids = pairs[0][0]
    for ids, cont in pairs:
        if ids != context_ids:  # only possible if trailing spaces differ, which they cannot here
            raise AssertionError("context tokens differ between options")
        if not cont:
            raise ValueError(f"an option tokenises to nothing after context {request.context[-40:]!r}")
    return EncodedRequest(context_ids, [cont for _, cont in pairs])


def model_max_length(model, tokenizer) -> int:
    """The window lm-eval would use: config n_positions / max_position_embeddings / n_ctx, else the tokenizer's."""
    config = model.config
    text_config = getattr(config, "text_config", None)
    for cfg in (text_config, config):
        if cfg is None:
            continue
        for attr in ("n_positions", "max_position_embeddings", "n_ctx"):
            value = getattr(cfg, attr, None)
            if isinstance(value, int) and value > 0:
                return value
    limit = getattr(tokenizer, "model_max_length", None)
    if isinstance(limit, int) and 0 < limit < _TOKENIZER_INFINITY:
        return limit
    return DEFAULT_MAX_LENGTH


def _plain_kv_cache(cache) -> bool:
    """True when every cache layer is a growing key/value cache whose rows can be repeated and masked."""
    from transformers.cache_utils import DynamicLayer

    layers = getattr(cache, "layers", None)
    return bool(layers) and all(type(layer) is DynamicLayer and layer.is_initialized for layer in layers)


def _pad(rows: list[list[int]], value: int) -> torch.Tensor:
    width = max(len(r) for r in rows)
    return torch.tensor([r + [value] * (width - len(r)) for r in rows], dtype=torch.long)


class LoglikScorer:
    """Scores multiple-choice requests on a causal LM; results equal full-sequence (lm-eval) scoring."""

    def __init__(self, model, tokenizer, batch_size: int = 8, use_prefix_cache: bool = True, max_length: int | None = None):
        self.model = model
        self.tokenizer = tokenizer
        self.batch_size = max(1, int(batch_size))
        self.use_prefix_cache = use_prefix_cache
        self.max_length = max_length or model_max_length(model, tokenizer)
        self.pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
        self._cache_ok: bool | None = None  # learnt from the first prefix pass

    @property
    def device(self):
        """Device of the model's parameters."""
        return next(self.model.parameters()).device

    def _forward(self, **kwargs):
        with torch.no_grad():
            return self.model(**kwargs)

    def score_encoded(self, requests: list[EncodedRequest]) -> list[OptionScores]:
        """Score pre-tokenised requests in the given order (batched internally by context length)."""
        results: list[OptionScores | None] = [None] * len(requests)
        order = sorted(range(len(requests)), key=lambda i: -len(requests[i].context_ids))
        fits, too_long = [], []
        for i in order:
            longest = len(requests[i].context_ids) + max(len(c) for c in requests[i].continuation_ids)
            (fits if longest <= self.max_length + 1 else too_long).append(i)
        if not self.use_prefix_cache or self._cache_ok is False:
            too_long, fits = order, []
        for start in range(0, len(fits), self.batch_size):
            chunk = fits[start : start + self.batch_size]
            scored = self._score_with_prefix_cache([requests[i] for i in chunk])
            if scored is None:  # the model's cache cannot be reused: score this and the rest in full
                too_long = fits[start:] + too_long
                break
            for i, s in zip(chunk, scored):
                results[i] = s
        if too_long:
            for i, s in zip(too_long, self._score_full([requests[i] for i in too_long])):
                results[i] = s
        return results  # type: ignore[return-value]

    def score(self, requests: list[ScoreRequest]) -> list[OptionScores]:
        """Tokenise (lm-eval style) and score requests."""
        return self.score_encoded([encode_request(self.tokenizer, r) for r in requests])

    # -- fast path -----------------------------------------------------------------------------

    def _score_with_prefix_cache(self, batch: list[EncodedRequest]) -> list[OptionScores] | None:
        device = self.device
        ctx_lens = [len(r.context_ids) for r in batch]
        input_ids = _pad([r.context_ids for r in batch], self.pad_id).to(device)
        last = torch.tensor([n - 1 for n in ctx_lens], device=device)
        keep = torch.unique(last)  # lm_head only at positions that end some context
        out = self._forward(input_ids=input_ids, use_cache=True, logits_to_keep=keep)
        cache = out.past_key_values
        if self._cache_ok is None:
            self._cache_ok = _plain_kv_cache(cache)
        if not self._cache_ok:
            return None
        column = torch.searchsorted(keep, last)
        first = F.log_softmax(out.logits[torch.arange(len(batch), device=device), column].float(), dim=-1)
        first_greedy = first.argmax(-1).tolist()
        scores = [
            OptionScores(
                [float(first[b, cont[0]]) for cont in r.continuation_ids],
                [first_greedy[b] == cont[0] for cont in r.continuation_ids],
            )
            for b, r in enumerate(batch)
        ]
        # Options with more than one token: continue each context from its cached keys/values.
        rows = [(b, j) for b, r in enumerate(batch) for j, cont in enumerate(r.continuation_ids) if len(cont) > 1]
        if not rows:
            return scores
        saved = [(layer.keys, layer.values) for layer in cache.layers]
        width = input_ids.shape[1]
        step = self.batch_size * max(len(r.continuation_ids) for r in batch)
        for start in range(0, len(rows), step):
            part = rows[start : start + step]
            tails = [batch[b].continuation_ids[j][:-1] for b, j in part]
            tail_width = max(len(t) for t in tails)
            index = torch.tensor([b for b, _ in part], device=device)
            for layer, (keys, values) in zip(cache.layers, saved):
                layer.keys, layer.values = keys[index], values[index]
            mask = torch.zeros(len(part), width + tail_width, dtype=torch.long)
            positions = torch.zeros(len(part), tail_width, dtype=torch.long)
            for n, ((b, _), tail) in enumerate(zip(part, tails)):
                mask[n, : ctx_lens[b]] = 1
                mask[n, width : width + len(tail)] = 1
                positions[n] = torch.arange(ctx_lens[b], ctx_lens[b] + tail_width)
            out2 = self._forward(
                input_ids=_pad(tails, self.pad_id).to(device), attention_mask=mask.to(device),
                position_ids=positions.to(device), past_key_values=cache, use_cache=True,
            )
            logprobs = F.log_softmax(out2.logits.float(), dim=-1)
            for n, (b, j) in enumerate(part):
                targets = batch[b].continuation_ids[j][1:]
                lp = logprobs[n, : len(targets)]
                picked = lp.gather(-1, torch.tensor(targets, device=device)[:, None]).squeeze(-1)
                scores[b].logliks[j] += float(picked.sum())
                scores[b].is_greedy[j] = scores[b].is_greedy[j] and lp.argmax(-1).tolist() == targets
        for layer, (keys, values) in zip(cache.layers, saved):
            layer.keys, layer.values = keys, values
        return scores

    # -- reference path (what lm-eval computes) --------------------------------------------------

    def _score_full(self, batch: list[EncodedRequest]) -> list[OptionScores]:
        """Full-sequence scoring of every (context, option) pair, right-padded, no mask: lm-eval's computation."""
        device = self.device
        pairs = [(b, j) for b, r in enumerate(batch) for j in range(len(r.continuation_ids))]
        scores = [OptionScores([0.0] * len(r.continuation_ids), [False] * len(r.continuation_ids)) for r in batch]
        for start in range(0, len(pairs), self.batch_size):
            part = pairs[start : start + self.batch_size]
            inputs, conts = [], []
            for b, j in part:
                cont = batch[b].continuation_ids[j]
                inputs.append((batch[b].context_ids + cont)[-(self.max_length + 1):][:-1])
                conts.append(cont)
            out = self._forward(input_ids=_pad(inputs, self.pad_id).to(device))
            logprobs = F.log_softmax(out.logits.float(), dim=-1)
            for n, ((b, j), inp, cont) in enumerate(zip(part, inputs, conts)):
                lp = logprobs[n, len(inp) - len(cont) : len(inp)]
                picked = lp.gather(-1, torch.tensor(cont, device=device)[:, None]).squeeze(-1)
                scores[b].logliks[j] = float(picked.sum())
                scores[b].is_greedy[j] = lp.argmax(-1).tolist() == cont
        return scores
