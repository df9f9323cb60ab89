"""Token-level decoding for the local engine: per-row sampling, incremental detokenizing, stop strings.

Kept apart from the batcher (`serving.engine`) because each piece is a small pure function of tokens and
text that is tested on its own: a seed gives the same text whatever the batch, a multi-byte character is
never split, and text that could still become a stop string is held back.
"""

import torch

from medqa.engine import SamplingParams


class IncrementalDetokenizer:
    """Turns token ids into text deltas, waiting while the bytes of a character are incomplete."""

    def __init__(self, tokenizer, skip_special_tokens: bool = True):
        self.tokenizer = tokenizer
        self.skip = skip_special_tokens
        self.ids: list[int] = []
        self.prefix_offset = 0
        self.read_offset = 0
        self._prefix_text = ""  # decode(ids[prefix_offset:read_offset]), kept to halve decode calls

    def _decode(self, ids) -> str:
        return self.tokenizer.decode(ids, skip_special_tokens=self.skip, clean_up_tokenization_spaces=False)

    def add(self, token_id: int) -> str:
        """Append one token; return the newly complete text (possibly empty)."""
        self.ids.append(int(token_id))
        prefix_text = self._prefix_text
        new_text = self._decode(self.ids[self.prefix_offset:])
        if len(new_text) > len(prefix_text) and not new_text.endswith("\ufffd"):
            self.prefix_offset, self.read_offset = self.read_offset, len(self.ids)
            self._prefix_text = self._decode(self.ids[self.prefix_offset:self.read_offset])
            return new_text[len(prefix_text):]
        return ""

    def flush(self) -> str:
        """Whatever text is still pending at the end (an incomplete character becomes U+FFFD)."""
        new_text = self._decode(self.ids[self.prefix_offset:])
        delta = new_text[len(self._prefix_text):]
        self.prefix_offset = self.read_offset = len(self.ids)
        self._prefix_text = ""
        return delta


def stop_holdback(text: str, stops: list[str]) -> int:
    """How many trailing characters of `text` could still be the start of a stop string."""
    best = 0
    for stop in stops:
        for k in range(min(len(stop) - 1, len(text)), best, -1):
            if text.endswith(stop[:k]):
                best = k
                break
    return best


def sample_tokens(logits: torch.Tensor, params: list[SamplingParams], generators: list[torch.Generator]) -> list[int]:
    """One token per row: greedy rows take the argmax; the others draw one uniform from their own
    generator and invert the (temperature, top-p) CDF, so a row's draw never depends on the batch."""
    tokens = torch.argmax(logits, dim=-1).tolist()
    rows = [i for i, p in enumerate(params) if p.temperature > 0]
    if not rows:
        return tokens
    index = torch.tensor(rows, device=logits.device)
    temps = torch.tensor([params[i].temperature for i in rows], device=logits.device)[:, None]
    probs = torch.softmax(logits.index_select(0, index).float() / temps, dim=-1)
    if any(params[i].top_p < 1.0 for i in rows):  # sorting the vocabulary is the costly part: only when needed
        probs, order = torch.sort(probs, dim=-1, descending=True)
        top_p = torch.tensor([params[i].top_p for i in rows], device=logits.device)[:, None]
        cumulative = torch.cumsum(probs, dim=-1)
        probs = probs.masked_fill((cumulative - probs) > top_p, 0.0)  # the smallest set reaching top_p
    else:
        order = None
    cdf = torch.cumsum(probs, dim=-1)
    uniforms = torch.cat([torch.rand(1, generator=generators[i]) for i in rows]).to(logits.device)
    picks = torch.searchsorted(cdf, (uniforms * cdf[:, -1])[:, None], right=True).clamp(max=cdf.shape[1] - 1)
    chosen = (order.gather(1, picks) if order is not None else picks)[:, 0].tolist()
    for i, token in zip(rows, chosen):
        tokens[i] = token
    return tokens
