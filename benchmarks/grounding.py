"""Grounded answers on held-out questions: the raw model vs the verified pipeline, side by side.

Runs the quickstart's fine-tuned default (seed + LoRA adapter) through `medqa.assistant.Assistant` on
- the test split's held-out wordings (medqa/assets/grounded/test.jsonl), English and Chinese: answerable
  items retrieve from the whole bundled index; answerable=false items get the item's fixed passages, none
  of which answers the question;
- the out-of-scope test questions (medqa/assets/grounded/out_of_scope_test.jsonl) the KB does not cover.
"raw" scores the model's own whole answer and citations to the same grounded prompt (what was shown before
verification existed; generated separately, with the same greedy sampling, because the pipeline stops a generation
early once verification gives up on it), "verified" scores what the pipeline shows. Reported per language:
right citation (gold passage among the citations), citation precision (share of cited passages that are
the gold one), retrieval recall@1/@3, sentences shown that the checker finds unsupported, don't-know rate
on unanswerable questions, answerable questions wrongly refused, ROUGE-L vs the reference answers, and
the verification's added latency as a share of generation time at 16 concurrent streams.

    python benchmarks/grounding.py [--model runs/quickstart/seed --adapter runs/quickstart/train/final]
                                   [--limit N] [--streams 16] [--samples 20]

Last line: RESULT grounded_right_citation <min over languages, verified> target >=0.85
"""

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from benchmarks._common import loadavg  # noqa: E402
from medqa.engine import SamplingParams  # noqa: E402

GROUNDED = ROOT / "medqa" / "assets" / "grounded"


def load_items(limit: int | None, split: str = "test") -> list[dict]:
    """A split's items (answerable and not) plus its out-of-scope questions, as benchmark items."""
    items = [json.loads(line) for line in (GROUNDED / f"{split}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [{"id": r["id"], "language": r["language"], "question": r["question"], "answerable": r["answerable"],
             "gold": r["gold_passage_id"], "reference": r["answer"],
             "passage_ids": None if r["answerable"] else r["passage_ids"], "kind": "test"} for r in items]
    for line in (GROUNDED / f"out_of_scope_{split}.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rows.append({"id": r["id"], "language": r["language"], "question": r["question"], "answerable": False,
                         "gold": None, "reference": None, "passage_ids": None, "kind": "out_of_scope"})
    if limit:
        by_kind = defaultdict(list)
        for row in rows:
            by_kind[(row["kind"], row["language"], row["answerable"])].append(row)
        rows = [row for group in by_kind.values() for row in group[:limit]]
    return rows


class TimedVerifier:
    """Wraps the pipeline's StreamingVerifier to add up the time spent verifying."""

    seconds = 0.0
    inner = None

    def __init__(self, *args, **kwargs):
        started = time.perf_counter()
        self._verifier = TimedVerifier.inner(*args, **kwargs)
        TimedVerifier.seconds += time.perf_counter() - started

    def feed(self, delta):
        started = time.perf_counter()
        try:
            return self._verifier.feed(delta)
        finally:
            TimedVerifier.seconds += time.perf_counter() - started

    def __getattr__(self, name):  # everything else (e.g. `hopeless`) is the wrapped verifier's
        return getattr(self._verifier, name)

    def finish(self):
        started = time.perf_counter()
        try:
            return self._verifier.finish()
        finally:
            TimedVerifier.seconds += time.perf_counter() - started


def unsupported_shown(result, passages_by_id, language, min_support) -> int:
    """Sentences of the shown answer whose cited passage does not support them, by the checker."""
    from medqa.verification import sentence_support

    count = 0
    for sentence in (result.verification or {}).get("sentences", []):
        passage = passages_by_id.get(sentence.get("passage_id"))
        if passage is None or sentence_support(sentence["text"], passage, language) < min_support:
            count += 1
    return count


def raw_unsupported(raw_text, passages, language, min_support) -> tuple[int, int]:
    """(unsupported, total) sentences of the raw model text against the passages it was given."""
    from medqa.verification import sentence_support, split_sentences

    sentences = [s for s in split_sentences(raw_text) if s.strip()]
    bad = sum(max((sentence_support(s, p, language) for p in passages), default=0.0) < min_support for s in sentences)
    return bad, len(sentences)


def is_refusal(text: str) -> bool:
    """Whether a raw model text is the trained "I don't have information" refusal."""
    from medqa.prompts import NOT_IN_PASSAGES

    return any(text.strip().startswith(v[:24]) for v in NOT_IN_PASSAGES.values())


async def run_all(assistant, items, streams, max_tokens):
    """Answer every item with at most `streams` in flight; returns results in item order."""
    gate = asyncio.Semaphore(streams)
    index = assistant.index

    async def raw_answer(prepared) -> str:
        # The raw side is the model's whole answer, generated on its own: the pipeline's text is cut short when
        # verification gives up early (the cut-off answer never reached its citation), and is empty when the
        # gate answered "don't know" without the model (an empty text would count as a perfect refusal).
        text = ""
        prompt = assistant.engine.render_chat(prepared.messages)
        async for chunk in assistant.engine.generate(prompt, SamplingParams(max_tokens=max_tokens)):
            text += chunk.text
        return text

    async def one(item):
        async with gate:
            passages = [index.by_id[p] for p in item["passage_ids"]] if item["passage_ids"] else None
            prepared = await asyncio.to_thread(assistant.prepare, item["question"], passages=passages)
            # The pipeline retrieves for itself (it also uses the retrieval scores), or gets the item's fixed passages.
            result = await assistant.respond(item["question"], max_tokens=max_tokens, passages=passages)
            if not result.blocked and prepared.messages:
                result.raw_text = await raw_answer(prepared)
            return result, prepared.passages

    started = time.perf_counter()
    results = await asyncio.gather(*(one(item) for item in items))
    return results, time.perf_counter() - started


def main() -> None:
    """Generate once, score raw and verified side by side, print the table and 20 sample answers."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="runs/quickstart/seed")
    parser.add_argument("--adapter", default="runs/quickstart/train/final")
    parser.add_argument("--limit", type=int, default=None, help="items per (set, language, answerable) group")
    parser.add_argument("--streams", type=int, default=16)
    parser.add_argument("--max-tokens", type=int, default=160)
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--split", choices=("validation", "test"), default="test",
                        help="test for the figures; validation for choosing thresholds")
    parser.add_argument("--dump", type=Path, default=None,
                        help="write one JSON line per item (question, gold, mode, citations, shown text) here")
    args = parser.parse_args()

    import medqa.assistant as assistant_module
    from medqa.assistant import Assistant
    from medqa.evaluation.generate import rouge_l_f
    from medqa.prompts import extract_citations
    from medqa.retrieval import bundled_index
    from serving.engine import LocalEngine

    for path in (args.model, args.adapter):
        if path and not Path(path).exists():
            sys.exit(f"{path} not found: run the README's main command (medqa quickstart) first, or pass --model/--adapter")
    TimedVerifier.inner = assistant_module.StreamingVerifier
    assistant_module.StreamingVerifier = TimedVerifier
    engine = LocalEngine.load(args.model, adapter=args.adapter or None, max_batch_size=args.streams,
                              cpu_threads=args.threads)
    index = bundled_index()
    assistant = Assistant(engine, index)
    settings = assistant.verification
    items = load_items(args.limit, args.split)
    print(f"{len(items)} items; model {args.model} + {args.adapter}; {args.streams} streams; load {loadavg()}")
    try:
        outcomes, wall = asyncio.run(run_all(assistant, items, args.streams, args.max_tokens))
    finally:
        engine.shutdown()
    print(f"answered in {wall:.1f} s; load {loadavg()}")

    if args.dump:
        from moe_core.jsonl import write_jsonl_atomic

        write_jsonl_atomic([
            {**item, "mode": result.mode, "blocked": result.blocked, "citations": result.citation_ids,
             "retrieved": [p.id for p in passages], "text": result.text, "raw_text": result.raw_text}
            for item, (result, passages) in zip(items, outcomes)], args.dump)
    stats = defaultdict(lambda: defaultdict(list))
    for item, (result, passages) in zip(items, outcomes):
        lang = item["language"]
        by_id = {p.id: p for p in passages}
        raw_cited = extract_citations(result.raw_text)
        shown_cited = result.citation_ids
        s = stats[lang]
        if item["answerable"]:
            retrieved = [h.passage.id for h in index.search(item["question"], k=3, language=lang)]
            s["recall@1"].append(float(retrieved[:1] == [item["gold"]]))
            s["recall@3"].append(float(item["gold"] in retrieved))
            for side, cited, text in (("raw", raw_cited, result.raw_text), ("verified", shown_cited, result.text)):
                s[f"{side} right citation"].append(float(item["gold"] in cited))
                if cited:
                    s[f"{side} citation precision"].append(sum(c == item["gold"] for c in cited) / len(cited))
                refused = result.mode == "no_answer" if side == "verified" else is_refusal(text)
                s[f"{side} wrongly refused"].append(float(refused))
            s["raw rouge-l"].append(rouge_l_f(result.raw_text, item["reference"], lang))
            body = " ".join(sentence["text"] for sentence in (result.verification or {}).get("sentences", []))
            s["verified rouge-l"].append(rouge_l_f(body or result.text, item["reference"], lang))
        else:
            s["raw don't know"].append(float(is_refusal(result.raw_text) or not raw_cited))
            s["verified don't know"].append(float(result.mode == "no_answer" or result.blocked))
        bad, total = raw_unsupported(result.raw_text, passages, lang, settings.min_support)
        s["raw unsupported sentences"].append(bad)
        s["verified unsupported sentences"].append(unsupported_shown(result, by_id, lang, settings.min_support))
        s["verified mode " + result.mode].append(1)

    metrics = ["recall@1", "recall@3", "right citation", "citation precision", "wrongly refused", "don't know",
               "rouge-l", "unsupported sentences"]
    print(f"\n{'metric':28s} " + " ".join(f"{lang + ' raw':>10s} {lang + ' verified':>12s}" for lang in sorted(stats)))
    for metric in metrics:
        cells = []
        for lang in sorted(stats):
            s = stats[lang]
            for side, width in (("raw", 10), ("verified", 12)):
                key = metric if metric.startswith("recall") else f"{side} {metric}"
                values = s.get(key)
                if not values:
                    cells.append(f"{'-':>{width}s}")
                elif metric == "unsupported sentences":
                    cells.append(f"{sum(values):>{width}d}")
                else:
                    cells.append(f"{statistics.fmean(values):>{width}.3f}")
        print(f"{metric:28s} " + " ".join(cells))
    for lang in sorted(stats):
        modes = {k.removeprefix("verified mode "): len(v) for k, v in stats[lang].items() if k.startswith("verified mode")}
        print(f"{lang} modes: {modes}")
    verify_share = TimedVerifier.seconds / wall if wall else 0.0
    print(f"verification time {TimedVerifier.seconds:.2f} s of {wall:.1f} s wall at {args.streams} streams "
          f"({100 * verify_share:.1f}%, target <= 10%); load {loadavg()}")

    print(f"\n{args.samples} sample answers (shown text, for a human to read):")
    step = max(1, len(items) // max(1, args.samples))
    for item, (result, _) in list(zip(items, outcomes))[::step][: args.samples]:
        print(f"--- [{item['id']}] ({result.mode}) Q: {item['question']}\n{result.text}\n")

    right = min(statistics.fmean(stats[lang]["verified right citation"]) for lang in stats if stats[lang]["verified right citation"])
    print(f"RESULT grounded_right_citation {right:.3f} target >=0.85")


if __name__ == "__main__":
    main()
