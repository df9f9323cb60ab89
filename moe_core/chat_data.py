"""Chat conversations -> token rows for causal-LM fine-tuning (domain-free).

Data is a list of conversations `{"messages": [{"role": ..., "content": ...}, ...]}` read through
`datasets` (local JSONL/JSON/parquet or a hub name: the same code). Only assistant tokens are
trained on; their spans are found by rendering message prefixes with the tokenizer's own chat
template, so this works for ChatML, Qwen and DeepSeek templates alike.

Packing puts several short examples in one row. Position ids restart at 0 for each example and no
attention mask is passed; transformers then detects the packed layout from the position ids
(`masking_utils.find_packed_sequence_indices`) and builds a block-diagonal causal mask, so no
example attends to another. Labels are cut at every boundary. The detection only runs without a KV
cache, so packed batches must be run with `use_cache=False`.
"""

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import torch

from moe_core.errors import UserError
from moe_core.jsonl import read_jsonl

IGNORE_INDEX = -100
ROLES = ("system", "user", "assistant", "tool")
_LOCAL_FORMATS = {".jsonl": "json", ".json": "json", ".parquet": "parquet"}


def _raw_json_rows(path: Path) -> list:
    """Rows of a JSON/JSONL file parsed without `datasets`, to pinpoint what `datasets` refused."""
    if path.suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8", errors="replace"))
        except json.JSONDecodeError as exc:
            raise UserError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
        return data if isinstance(data, list) else [data]
    return [row for _, row in read_jsonl(path)]


def _load_rows(source: str, split: str = "train"):
    """Rows of a local file or a hub dataset, through `datasets`."""
    import datasets

    datasets.disable_progress_bars()  # the trainer has its own progress bar; keep errors readable
    path = Path(source)
    looks_local = path.suffix in _LOCAL_FORMATS or "/" in source and path.parent.exists() or path.exists()
    if looks_local:
        if not path.is_file():
            raise UserError(f"data file not found: {source}")
        if path.suffix not in _LOCAL_FORMATS:
            raise UserError(f"data file {source}: unsupported format '{path.suffix}'; use .jsonl, .json or .parquet")
        if path.stat().st_size == 0:
            raise UserError(f"data file {source} is empty")
        try:
            ds = datasets.load_dataset(_LOCAL_FORMATS[path.suffix], data_files=str(path), split="train")
        except Exception as exc:  # datasets/pyarrow raise many types; name the bad row if we can
            if path.suffix in (".json", ".jsonl"):
                return _raw_json_rows(path)  # the caller's validation names the row and field
            raise UserError(f"data file {source} could not be read: {str(exc).splitlines()[0]}") from None
        return ds
    try:
        return datasets.load_dataset(source, split=split)
    except Exception as exc:
        raise UserError(f"cannot load data set '{source}': {str(exc).splitlines()[0]}") from None


def load_conversations(
    source: str, messages_field: str = "messages", role_field: str = "role", content_field: str = "content",
    split: str = "train",
) -> list[list[dict]]:
    """Load and validate conversations; any bad row is a UserError naming source, row (1-based) and field."""
    ds = _load_rows(source, split)
    if isinstance(ds, list):  # raw rows: `datasets` could not infer one schema for them
        column = [row.get(messages_field) if isinstance(row, dict) else None for row in ds]
        present = any(isinstance(row, dict) and messages_field in row for row in ds)
        columns = sorted({k for row in ds if isinstance(row, dict) for k in row})
    else:
        present, columns = messages_field in ds.column_names, ds.column_names
        column = ds[messages_field] if present else []
    if not present:
        raise UserError(
            f"{source}: no '{messages_field}' field (columns: {', '.join(columns) or 'none'}); "
            f"each row needs {messages_field}: [{{{role_field}, {content_field}}}, ...]"
        )
    if len(ds) == 0:
        raise UserError(f"{source} has no rows")
    conversations = []
    for number, raw in enumerate(column, start=1):
        where = f"{source}: row {number}: field '{messages_field}'"
        if not isinstance(raw, list):
            raise UserError(f"{where} must be a list of messages, got {type(raw).__name__}")
        if not raw:
            raise UserError(f"{where} is empty")
        messages = []
        for i, msg in enumerate(raw):
            if not isinstance(msg, dict):
                raise UserError(f"{where}[{i}] must be an object with '{role_field}' and '{content_field}'")
            role, content = msg.get(role_field), msg.get(content_field)
            if role is None:
                raise UserError(f"{where}[{i}] has no '{role_field}'")
            if role not in ROLES:
                raise UserError(f"{where}[{i}].{role_field} is {role!r}; expected one of {', '.join(ROLES)}")
            if not isinstance(content, str):
                raise UserError(f"{where}[{i}].{content_field} must be a string, got {type(content).__name__}")
            messages.append({"role": role, "content": content})
        if not any(m["role"] == "assistant" for m in messages):
            raise UserError(f"{where} has no assistant message: nothing to train on")
        conversations.append(messages)
    return conversations


def _render(tokenizer, messages, add_generation_prompt=False) -> str:
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=add_generation_prompt)


def assistant_char_spans(tokenizer, messages: list[dict]) -> tuple[str, list[tuple[int, int]]]:
    """The rendered conversation and the character spans of each assistant turn (content + end-of-turn).

    A turn's span runs from the end of the prefix rendered with a generation prompt to the end of the
    prefix that includes the turn, so whatever the template emits for the assistant (its end token
    included) is trained on, and whatever it emits to open the turn is not.
    """
    text = _render(tokenizer, messages)
    spans, cursor = [], 0
    for i, msg in enumerate(messages):
        if msg["role"] != "assistant":
            continue
        before = _render(tokenizer, messages[:i], add_generation_prompt=True) if i else ""
        through = _render(tokenizer, messages[: i + 1])
        if text.startswith(before) and text.startswith(through) and len(through) > len(before):
            start, end = len(before), len(through)
        else:
            # Templates that rewrite earlier turns (e.g. strip reasoning) break the prefix property:
            # fall back to the content itself, plus the end-of-turn token if it follows.
            start = text.find(msg["content"], cursor)
            if start < 0:
                continue
            end = start + len(msg["content"])
            eos = tokenizer.eos_token or ""
            if eos and text.startswith(eos, end):
                end += len(eos)
        spans.append((start, end))
        cursor = end
    return text, spans


def tokenize_conversation(tokenizer, messages: list[dict], max_length: int) -> dict:
    """Token ids and labels (-100 outside assistant turns) of one conversation, cut to max_length."""
    text, spans = assistant_char_spans(tokenizer, messages)
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    ids = enc["input_ids"][:max_length]
    offsets = enc["offset_mapping"][: len(ids)]
    labels = [IGNORE_INDEX] * len(ids)
    for t, (a, b) in enumerate(offsets):
        if b > a and any(s <= a and b <= e for s, e in spans):
            labels[t] = ids[t]
    return {"input_ids": ids, "labels": labels}


def tokenize_all(tokenizer, conversations: list[list[dict]], max_length: int, source: str = "data") -> list[dict]:
    """Tokenise every conversation; drop ones whose assistant turns fell past max_length."""
    examples = [tokenize_conversation(tokenizer, msgs, max_length) for msgs in conversations]
    kept = [ex for ex in examples if any(label != IGNORE_INDEX for label in ex["labels"][1:])]
    if not kept:
        raise UserError(
            f"{source}: no example has an assistant token within data.max_length={max_length}; raise data.max_length"
        )
    cut = sum(len(ex["input_ids"]) == max_length for ex in examples)
    if cut:  # silent truncation trains on answers without their endings (e.g. the citation): say so
        print(f"warning: {source}: {cut} of {len(examples)} conversations reach data.max_length={max_length} and are "
              f"cut there ({len(examples) - len(kept)} of them left with no assistant token, dropped); raise "
              "data.max_length to train on whole answers", file=sys.stderr)
    return kept


def pack_examples(examples: list[dict], pack_length: int) -> list[dict]:
    """Greedily pack examples, in order, into rows of at most pack_length tokens with per-example positions."""
    rows, current = [], {"input_ids": [], "labels": [], "position_ids": []}
    for ex in examples:
        n = len(ex["input_ids"])
        if n > pack_length:
            raise UserError(f"an example of {n} tokens does not fit data.pack_length={pack_length}")
        if len(current["input_ids"]) + n > pack_length:
            rows.append(current)
            current = {"input_ids": [], "labels": [], "position_ids": []}
        # The first token of an example is predicted from the previous example's last one: never a target.
        current["input_ids"] += ex["input_ids"]
        current["labels"] += [IGNORE_INDEX] + ex["labels"][1:]
        current["position_ids"] += list(range(n))
    if current["input_ids"]:
        rows.append(current)
    return rows


def collate(rows: list[dict], pad_id: int, pad_to: int | None = None) -> dict:
    """Right-pad rows into tensors; packed rows get position_ids (and no attention mask), others a mask."""
    width = max(pad_to or 0, max(len(r["input_ids"]) for r in rows))
    packed = "position_ids" in rows[0]
    input_ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    labels = torch.full((len(rows), width), IGNORE_INDEX, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    positions = torch.zeros((len(rows), width), dtype=torch.long)
    for i, r in enumerate(rows):
        n = len(r["input_ids"])
        input_ids[i, :n] = torch.tensor(r["input_ids"])
        labels[i, :n] = torch.tensor(r["labels"])
        mask[i, :n] = 1
        if packed:
            positions[i, :n] = torch.tensor(r["position_ids"])
            # Padding is its own "sequence" (positions restart), so real tokens never attend to it.
            positions[i, n:] = torch.arange(width - n)
    batch = {"input_ids": input_ids, "labels": labels, "token_mask": mask}
    if packed:
        batch["position_ids"] = positions
    else:
        batch["attention_mask"] = mask
    return batch


def count_targets(labels: torch.Tensor) -> int:
    """Tokens that carry a loss after the causal shift (label at t is predicted from position t-1)."""
    return int((labels[:, 1:] != IGNORE_INDEX).sum())


@dataclass
class ResumableSampler:
    """Seeded shuffle per epoch over `num_items`; its whole state is (epoch, position)."""

    num_items: int
    seed: int = 0
    epoch: int = 0
    position: int = 0

    def _order(self, epoch: int) -> list[int]:
        g = torch.Generator().manual_seed(self.seed * 1_000_003 + epoch)
        return torch.randperm(self.num_items, generator=g).tolist()

    def take(self, count: int) -> list[int]:
        """The next `count` item indices, crossing into new (reshuffled) epochs as needed."""
        out = []
        order = self._order(self.epoch)
        while len(out) < count:
            if self.position >= self.num_items:
                self.epoch, self.position = self.epoch + 1, 0
                order = self._order(self.epoch)
            step = min(count - len(out), self.num_items - self.position)
            out += order[self.position : self.position + step]
            self.position += step
        return out

    def state_dict(self) -> dict:
        """Everything needed to continue the exact same sequence."""
        return {"num_items": self.num_items, "seed": self.seed, "epoch": self.epoch, "position": self.position}

    def load_state_dict(self, state: dict) -> None:
        """Continue from a saved state (of the same data set)."""
        if state["num_items"] != self.num_items or state["seed"] != self.seed:
            raise UserError(
                f"checkpoint sampler was over {state['num_items']} rows with seed {state['seed']}, "
                f"but this run has {self.num_items} rows with seed {self.seed}: the data or seed changed"
            )
        self.epoch, self.position = int(state["epoch"]), int(state["position"])


def build_rows(tokenizer, source: str, cfg_data, split: str = "train") -> list[dict]:
    """Load, validate, tokenise and (if asked) pack one data source into training rows."""
    conversations = load_conversations(
        source, cfg_data.messages_field, cfg_data.role_field, cfg_data.content_field, split=split
    )
    examples = tokenize_all(tokenizer, conversations, cfg_data.max_length, source)
    return pack_examples(examples, cfg_data.pack_length) if cfg_data.packing else examples
