"""The evaluation a hospital team runs, end to end: `medqa eval` vs lm-evaluation-harness, same model, same items.

Tasks (bundled sets, no hub): medqa_4options on medqa/assets/mcq/patient_mcq_test.jsonl (MedQA layout),
pubmedqa on tests/fixtures/eval/pubmedqa_source.jsonl (PubMedQA source layout), patient_faq on the first
`--faq-items` held-out grounded questions with 128 generated tokens. Model: the shipped 8M seed, fp32, CPU.

medqa: `medqa eval --model SEED --tasks medqa_4options,pubmedqa,patient_faq --data ...` (batch 8).
lm-eval: `lm_eval --model hf` on the same three through `--include_path`: the two multiple-choice tasks are
lm-eval's own medqa_4options / pubmedqa configs (`include:`d, so their prompts and targets are lm-eval's)
pointed at local copies of the same items; patient_faq is a `generate_until` task whose documents are the
very prompts `medqa eval` generates from (captured from its answer pipeline: safety, retrieval, grounded
chat template), greedy, 128 tokens, stopping at <|im_end|>. lm-eval runs at batch 8 and at `auto`.

Each run is a fresh process timed from start to exit (imports, model load, scoring, generation, writing
results); rounds alternate the order. Agreement printed: the same multiple-choice answer per item and the
same raw greedy generation per question (medqa's raw model text, before verification, so the comparison
stays like for like whatever the answer pipeline adds).

    python benchmarks/peer_eval.py [--faq-items 16] [--rounds 1] [--threads N]

Last line: RESULT peer_eval_speedup <lm-eval wall (batch 8) / medqa wall> target >=3
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import OFFLINE_ENV, ROOT, child_env, loadavg, run_child  # noqa: E402

os.environ.update({k: os.environ.get(k, v) for k, v in OFFLINE_ENV.items()})

SEED_DIR = ROOT / "medqa" / "assets" / "seed"
MCQ = ROOT / "medqa" / "assets" / "mcq" / "patient_mcq_test.jsonl"
PUBMEDQA = ROOT / "tests" / "fixtures" / "eval" / "pubmedqa_source.jsonl"
MAX_NEW_TOKENS = 128


def capture_faq_prompts(limit: int) -> list[dict]:
    """The rendered prompts `medqa eval`'s patient_faq generates from, by item id (items safety blocks have none)."""
    from medqa.assistant import Assistant
    from medqa.evaluation.base import AnswerRequest
    from medqa.evaluation.generate import load_faq_items
    from medqa.evaluation.local import ChatTemplateEngine, PipelineAnswerer
    from medqa.retrieval import bundled_index
    from moe_core.models import load_tokenizer

    tokenizer = load_tokenizer(str(SEED_DIR))
    items = load_faq_items(None, limit)
    captured: list[str] = []

    def capture(prompts, max_new_tokens):
        captured.extend(prompts)
        return [""] * len(prompts)

    answerer = PipelineAnswerer(Assistant(ChatTemplateEngine(tokenizer, "seed"), bundled_index(), retrieval_k=3), capture)
    answered = answerer.answer([AnswerRequest([{"role": "user", "content": i.question}], i.passage_ids or None)
                                for i in items], MAX_NEW_TOKENS)
    prompts, cursor = [], 0
    for item, answer in zip(items, answered):
        if answer.raw_text is not None:  # it reached the model
            prompts.append({"id": item.id, "prompt": captured[cursor], "reference": item.reference})
            cursor += 1
    return prompts


def write_lm_eval_tasks(directory: Path, faq: list[dict]) -> None:
    """lm-eval task configs (and their local data) for the three tasks, under `directory`."""
    import yaml
    import lm_eval

    tasks = Path(lm_eval.__file__).parent / "tasks"
    rows = []
    for line in MCQ.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        letters = sorted(row["options"])
        rows.append({"sent1": row["question"], **{f"ending{i}": row["options"][k] for i, k in enumerate(letters)},
                     "label": letters.index(row["answer_idx"])})
    (directory / "medqa.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (directory / "faq.jsonl").write_text("".join(json.dumps(r) + "\n" for r in faq))
    local = {"training_split": None, "validation_split": None, "test_split": "test", "dataset_path": "json"}
    configs = {
        "peer_medqa_4options": {"include": str(tasks / "medqa" / "medqa.yaml"), **local,
                                "dataset_kwargs": {"data_files": {"test": str(directory / "medqa.jsonl")}}},
        "peer_pubmedqa": {"include": str(tasks / "pubmedqa" / "pubmedqa.yaml"), **local, "dataset_name": None,
                          "dataset_kwargs": {"data_files": {"test": str(PUBMEDQA)}}},
        "peer_patient_faq": {
            **local, "output_type": "generate_until", "dataset_kwargs": {"data_files": {"test": str(directory / "faq.jsonl")}},
            "doc_to_text": "{{prompt}}", "doc_to_target": "{{reference}}", "target_delimiter": "",
            "generation_kwargs": {"until": ["<|im_end|>"], "do_sample": False, "max_gen_toks": MAX_NEW_TOKENS},
            "metric_list": [{"metric": "exact_match", "aggregation": "mean", "higher_is_better": True}],
            "metadata": {"version": 1.0}},
    }
    for name, config in configs.items():
        (directory / f"{name}.yaml").write_text(yaml.safe_dump({"task": name, **config}, sort_keys=False))


def write_faq_subset(path: Path, count: int) -> Path:
    """The first `count` held-out grounded questions as their own file (--limit would trim the MC sets too)."""
    from medqa.evaluation.generate import GROUNDED_TEST

    lines = Path(GROUNDED_TEST).read_text(encoding="utf-8").splitlines()[:count]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def run_medqa(out: Path, faq_file: Path, threads: int, timeout: float) -> float:
    """`medqa eval` on the three tasks in a fresh process; its wall seconds."""
    command = [sys.executable, "-m", "serving.cli", "eval", "--model", str(SEED_DIR), "--dtype", "float32",
               "--tasks", "medqa_4options,pubmedqa,patient_faq", "--data", f"medqa_4options={MCQ}",
               "--data", f"pubmedqa={PUBMEDQA}", "--data", f"patient_faq={faq_file}", "--batch-size", "8",
               "--max-new-tokens", str(MAX_NEW_TOKENS), "--out", str(out), "--quiet"]
    return run_child(command, timeout, child_env(threads), out.parent / f"{out.name}.log")


def run_lm_eval(out: Path, include: Path, batch: str, threads: int, timeout: float) -> float:
    """lm-eval's CLI on the three tasks in a fresh process; its wall seconds."""
    command = [sys.executable, "-m", "lm_eval", "--model", "hf", "--model_args",
               f"pretrained={SEED_DIR},dtype=float32", "--device", "cpu", "--batch_size", batch,
               "--tasks", "peer_medqa_4options,peer_pubmedqa,peer_patient_faq", "--include_path", str(include),
               "--log_samples", "--output_path", str(out)]
    return run_child(command, timeout, child_env(threads), out.parent / f"{out.name}.log")


def medqa_answers(out: Path) -> tuple[dict, dict]:
    """From a medqa run: {(task, item index): chosen option} and {faq id: raw generation}."""
    choices, texts, counters = {}, {}, {}
    for line in (out / "samples.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        task = record["task"]
        if "pred" in record:
            index = counters.get(task, 0)
            counters[task] = index + 1
            choices[(task, index)] = record["pred"]
        elif task == "patient_faq" and record.get("answer") is not None:
            texts[record["id"]] = record["answer"]
    return choices, texts


def lm_eval_answers(out: Path, faq: list[dict]) -> tuple[dict, dict]:
    """From an lm-eval run: {(task, doc index): chosen option} and {faq id: generation}."""
    names = {"peer_medqa_4options": "medqa_4options", "peer_pubmedqa": "pubmedqa"}
    choices, texts = {}, {}
    for path in out.rglob("samples_*.jsonl"):
        task = path.name.split("samples_", 1)[1].rsplit("_", 1)[0]
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if task in names:
                lls = [resp[0] for resp in record["filtered_resps"]]
                lls = [float(ll[0]) if isinstance(ll, (list, tuple)) else float(ll) for ll in lls]
                choices[(names[task], record["doc_id"])] = max(range(len(lls)), key=lls.__getitem__)
            elif task == "peer_patient_faq":
                response = record["resps"][0][0] if record["resps"] and record["resps"][0] else ""
                texts[faq[record["doc_id"]]["id"]] = response.strip()
    return choices, texts


def main() -> int:
    """Run both harnesses (lm-eval at batch 8 and auto), compare answers and wall times, print RESULT."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--faq-items", type=int, default=16, help="held-out patient questions generated (max 130)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--threads", type=int, help="torch threads of every run (default: the project's choice)")
    parser.add_argument("--no-auto", action="store_true", help="skip lm-eval at --batch_size auto")
    parser.add_argument("--timeout", type=float, default=600, help="seconds one run may take")
    args = parser.parse_args()
    if args.faq_items < 1 or args.rounds < 1:
        parser.error("--faq-items and --rounds must be positive")

    from moe_core import devices

    threads = devices.choose_cpu_threads(args.threads)
    faq = capture_faq_prompts(args.faq_items)
    print(f"model {SEED_DIR.relative_to(ROOT)} fp32 CPU, {threads} torch threads; medqa_4options "
          f"{len(MCQ.read_text().splitlines())} items, pubmedqa {len(PUBMEDQA.read_text().splitlines())} items, "
          f"patient_faq {len(faq)} generated answers x {MAX_NEW_TOKENS} tokens; loadavg {loadavg()}")
    contenders = ["medqa", "lm-eval batch 8"] + ([] if args.no_auto else ["lm-eval batch auto"])
    walls = {name: [] for name in contenders}
    answers = {}
    with tempfile.TemporaryDirectory() as tmp:
        include = Path(tmp) / "tasks"
        include.mkdir()
        write_lm_eval_tasks(include, faq)
        faq_file = write_faq_subset(Path(tmp) / "faq_subset.jsonl", args.faq_items)
        for round_index in range(args.rounds):
            order = contenders if round_index % 2 == 0 else contenders[::-1]
            for name in order:
                out = Path(tmp) / f"{name.replace(' ', '_')}-{round_index}"
                try:
                    if name == "medqa":
                        wall = run_medqa(out, faq_file, threads, args.timeout)
                        answers.setdefault(name, medqa_answers(out))
                    else:
                        wall = run_lm_eval(out, include, name.rsplit(" ", 1)[1], threads, args.timeout)
                        answers.setdefault(name, lm_eval_answers(out, faq))
                except RuntimeError as exc:  # e.g. batch `auto` probing past --timeout: report it, keep going
                    print(f"round {round_index + 1} {name:<19}: FAILED ({str(exc).splitlines()[0]}); loadavg {loadavg()}")
                    continue
                walls[name].append(wall)
                print(f"round {round_index + 1} {name:<19}: {wall:6.1f} s; loadavg {loadavg()}", flush=True)
    contenders = [name for name in contenders if walls[name]]
    if "medqa" not in contenders or "lm-eval batch 8" not in contenders:
        print("RESULT peer_eval_speedup nan target >=3 (a required run failed; see above)")
        return 0
    ours_choices, ours_texts = answers["medqa"]
    for name in contenders[1:]:
        choices, texts = answers[name]
        same_mc = sum(choices.get(key) == value for key, value in ours_choices.items())
        same_text = sum(texts.get(key) == value for key, value in ours_texts.items())
        print(f"{name}: same multiple-choice answer on {same_mc}/{len(ours_choices)} items, identical greedy "
              f"generation on {same_text}/{len(ours_texts)} questions")
        if same_text < len(ours_texts):
            key = next(k for k, v in ours_texts.items() if texts.get(k) != v)
            print(f"  first difference ({key}): medqa {ours_texts[key][:120]!r}\n"
                  f"  {'':<{len(key) + 20}}lm-eval {str(texts.get(key))[:120]!r}")
    median = {name: statistics.median(values) for name, values in walls.items()}
    print(f"{'harness':<20} {'wall s (median)':>16} {'÷ medqa':>8}")
    for name in contenders:
        print(f"{name:<20} {median[name]:16.1f} {median[name] / median['medqa']:7.2f}x")
    speedup = median["lm-eval batch 8"] / median["medqa"]
    print(f"RESULT peer_eval_speedup {speedup:.2f} target >=3")
    return 0


if __name__ == "__main__":
    sys.exit(main())
