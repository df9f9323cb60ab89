"""Multiple-choice scoring speed: `medqa eval`'s scorer vs lm-evaluation-harness's HFLM, same answers.

Both score the same (context, continuation) requests of the eval fixtures (MedQA, MedMCQA, PubMedQA,
MMLU anatomy; cycled to `--items`) from the same checkpoint: a Qwen3-MoE preset with a tokenizer
trained on the bundled corpus, deep enough that the question prefix dominates. Timed is scoring only
(tokenisation included, model loading excluded), best of `--repeats`, the two engines interleaved
so machine noise hits both. The chosen option per item must agree, or the speed means nothing.

Two comparisons at the same batch size:
- same model (the RESULT): both engines on the very same model object, so only the scoring strategy
  differs (prefix pass with logits at the last context token only, KV-cache reuse for multi-token
  options, vs lm-eval's full-sequence logits and log-softmax over every position; lm-eval already
  scores all one-token options of an item with one forward pass, so " A".." D" tasks gain least).
- as shipped: ours loads the checkpoint the way `medqa eval` does (`load_moe_model`, the project's
  fastest verified experts kernel); lm-eval loads it the way `lm_eval --model hf` does.

Last line: RESULT eval_speedup_vs_lm_eval <ours items/s / lm-eval items/s, same model, same batch> target >=3
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "eval"
SOURCES = {"medqa_4options": "medqa_4options.jsonl", "medmcqa": "medmcqa.jsonl",
           "pubmedqa": "pubmedqa_source.jsonl", "mmlu_medical": "mmlu_anatomy.jsonl"}


def build_model(out: Path, layers: int):
    """A Qwen3-MoE preset with `layers` layers and a tokenizer trained on the bundled corpus."""
    from medqa.seed import corpus_files, corpus_texts
    from moe_core.presets import build_tiny_preset
    from moe_core.tokenizer import train_chatml_tokenizer

    texts = corpus_texts(corpus_files()) + [l for f in FIXTURES.glob("*.jsonl") for l in f.read_text().splitlines()]
    tokenizer = train_chatml_tokenizer(texts, vocab_size=4000)
    return build_tiny_preset("qwen3_moe", out, tokenizer=tokenizer, seed=1, num_hidden_layers=layers), tokenizer


def load_items(n: int):
    """`n` fixture items, cycling through the four multiple-choice tasks."""
    from medqa.evaluation.tasks import load_task_items

    pool = []
    for task, name in SOURCES.items():
        pool += load_task_items(task, str(FIXTURES / name))[0]
    return [pool[i % len(pool)] for i in range(n)]


def time_ours(model, tokenizer, items, batch_size):
    from medqa.evaluation.loglik import LoglikScorer, ScoreRequest

    scorer = LoglikScorer(model, tokenizer, batch_size=batch_size)
    start = time.perf_counter()
    scores = scorer.score([ScoreRequest(i.context, i.continuations) for i in items])
    return time.perf_counter() - start, [s.logliks for s in scores]


def time_lm_eval(model, tokenizer, items, batch_size):
    from lm_eval.api.instance import Instance
    from lm_eval.models.huggingface import HFLM

    if isinstance(model, (str, Path)):  # as `lm_eval --model hf --model_args pretrained=DIR` loads it
        lm = HFLM(pretrained=str(model), batch_size=batch_size, device="cpu", dtype="float32")
    else:
        lm = HFLM(pretrained=model, tokenizer=tokenizer, batch_size=batch_size, device="cpu")
    requests = [
        Instance(request_type="loglikelihood", doc={}, arguments=(item.context, cont), idx=j)
        for item in items for j, cont in enumerate(item.continuations)
    ]
    start = time.perf_counter()
    flat = lm.loglikelihood(requests, disable_tqdm=True)
    elapsed = time.perf_counter() - start
    out, k = [], 0
    for item in items:
        out.append([ll for ll, _ in flat[k : k + len(item.choices)]])
        k += len(item.choices)
    return elapsed, out


def main() -> int:
    """Time both engines, check they choose the same options, print the RESULT line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=48)
    parser.add_argument("--layers", type=int, default=8)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--lm-eval-default-batch", action="store_true", help="also time lm-eval at its default batch size 1")
    args = parser.parse_args()
    torch.set_num_threads(max(1, min(4, os.cpu_count() or 1)))
    from moe_core.models import load_moe_model

    with tempfile.TemporaryDirectory() as tmp:
        path, tokenizer = build_model(Path(tmp) / "model", args.layers)
        model = load_moe_model(path, dtype="float32").eval()
        items = load_items(args.items)
        time_ours(model, tokenizer, items[:4], args.batch_size)  # warm-up (kernel selection, allocator)
        runs = {"ours": [], "lm-eval as shipped": [], "lm-eval same model": []}
        for _ in range(args.repeats):
            runs["ours"].append(time_ours(model, tokenizer, items, args.batch_size))
            runs["lm-eval as shipped"].append(time_lm_eval(path, tokenizer, items, args.batch_size))
            runs["lm-eval same model"].append(time_lm_eval(model, tokenizer, items, args.batch_size))
        if args.lm_eval_default_batch:
            runs["lm-eval batch 1, as shipped"] = [time_lm_eval(path, tokenizer, items, 1)]
    best = {name: min(r, key=lambda x: x[0]) for name, r in runs.items()}
    print(f"model: qwen3_moe preset, {args.layers} layers, vocab {len(tokenizer)}, experts kernel "
          f"{model.config._experts_implementation} (ours); items: {len(items)} "
          f"({sum(len(i.choices) for i in items)} options); torch threads {torch.get_num_threads()}")
    rate = {name: len(items) / elapsed for name, (elapsed, _) in best.items()}
    for name, (elapsed, lls) in best.items():
        agree = sum(max(range(len(a)), key=a.__getitem__) == max(range(len(b)), key=b.__getitem__)
                    for a, b in zip(best["ours"][1], lls))
        worst = max(abs(x - y) for a, b in zip(best["ours"][1], lls) for x, y in zip(a, b))
        print(f"{name:<28} batch {args.batch_size if 'batch 1' not in name else 1}: {elapsed:6.2f} s "
              f"{rate[name]:6.1f} items/s  ours is {rate['ours'] / rate[name]:.2f}x; same choice on {agree}/{len(items)}, "
              f"max |loglik diff| {worst:.1e}")
        if agree != len(items):
            print(f"WARNING: {name} disagrees with ours on some items; that speed ratio is not like for like")
    speedup = rate["ours"] / rate["lm-eval same model"]
    print(f"RESULT eval_speedup_vs_lm_eval {speedup:.2f} target >=3")
    return 0


if __name__ == "__main__":
    sys.exit(main())
