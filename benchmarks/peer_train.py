"""`medqa train` vs TRL's SFTTrainer + PEFT on the same MoE LoRA job, interleaved round by round.

The job (both sides): the shipped 8M Qwen3-MoE seed (medqa/assets/seed), the bundled grounded chats
(medqa/assets/grounded/train.jsonl), loss on assistant tokens only (content + <|im_end|>), max length
1024, global batch 4 as 2 micro batches of 2, AdamW lr 2e-3, 2 warmup steps then cosine to 10%, grad
clip 1.0, LoRA r 8 / alpha 16 on the attention projections and the fused routed-expert tensors, fp32,
no packing and no padding-free on either side (right padding to the longest row of a micro batch).
Each side runs in its own process with the same torch thread count; a round runs both, alternating
which goes first. Step times skip the first `--warmup-steps` steps of every run.

medqa: `medqa train --config recipes/tiny_lora.yaml` (its recipe as documented: the project's experts
kernel, aux load-balancing + router z-loss on, no mid-run checkpoint so neither side writes one).
TRL: SFTConfig(assistant_only_loss=True) with PEFT's LoraConfig (target_parameters for the experts), the
model loaded by `from_pretrained` as TRL documents it; everything else at TRL's defaults.

What TRL needed: `assistant_only_loss=True` refuses the project's ChatML template (it has no
`{% generation %}` markers and TRL's `get_training_chat_template` only patches templates it knows).
The fair fix used here: the same template with the assistant turn's content and end-of-turn wrapped in
`{% generation %}...{% endgeneration %}`; it renders byte-identical text, and the benchmark checks that
TRL's resulting token ids and loss masks equal the project's on every training row.

    python benchmarks/peer_train.py [--steps 16] [--warmup-steps 2] [--rounds 2] [--threads N]

Last line: RESULT peer_train_speedup <medqa target tokens/s / TRL target tokens/s> target >=3
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import OFFLINE_ENV, ROOT, child_env, loadavg, peak_rss_mib, run_child  # noqa: E402

os.environ.update({k: os.environ.get(k, v) for k, v in OFFLINE_ENV.items()})

SEED_DIR = ROOT / "medqa" / "assets" / "seed"
TRAIN_FILE = ROOT / "medqa" / "assets" / "grounded" / "train.jsonl"
ATTENTION = ["self_attn.k_proj", "self_attn.o_proj", "self_attn.q_proj", "self_attn.v_proj"]
EXPERTS = ["experts.gate_up_proj", "experts.down_proj"]
JOB = {"lr": 2.0e-3, "warmup_steps": 2, "min_lr_ratio": 0.1, "max_length": 1024, "micro_batch": 2,
       "accumulation": 2, "grad_clip": 1.0, "r": 8, "alpha": 16, "seed": 0}
# The project's ChatML template with TRL's generation markers around what the project trains on.
MARKED_TEMPLATE = (
    "{%- for message in messages %}"
    "{%- if message['role'] == 'assistant' %}"
    "{{- '<|im_start|>assistant\\n' }}{% generation %}{{- message['content'] + '<|im_end|>' + '\\n' }}"
    "{% endgeneration %}"
    "{%- else %}{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{%- endif %}{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}"
)


# ----------------------------------------------------------------------------- workers (child processes)


def worker_medqa(args) -> dict:
    """Run `medqa train` on the job; per-step loss, time and token counts from its metrics.jsonl."""
    from serving.cli import main as medqa_main

    out = Path(args.out) / "run"
    argv = ["train", "--config", str(ROOT / "recipes" / "tiny_lora.yaml"),
            "--set", f"model.name_or_path={SEED_DIR}", "--set", f"data.train_file={TRAIN_FILE}",
            "--set", f"output_dir={out}", "--set", f"optim.max_steps={args.steps}",
            "--set", "checkpoint.every_steps=0"]
    code = medqa_main(argv)
    if code not in (0, None):
        raise SystemExit(f"medqa train exited {code}")
    steps = []
    for line in (out / "metrics.jsonl").read_text().splitlines():
        record = json.loads(line)
        if "loss" in record and "step_time_s" in record:
            steps.append({"loss": record["loss"], "seconds": record["step_time_s"],
                          "tokens": record["tokens_per_s"] * record["step_time_s"],
                          "target_tokens": record["target_tokens"]})
    return {"steps": steps}


def trl_dataset_check(trainer, tokenizer) -> tuple[int, int]:
    """Rows whose TRL token ids and loss mask equal the project's (chat_data) for the same conversation."""
    from moe_core import chat_data

    conversations = chat_data.load_conversations(str(TRAIN_FILE), "messages", "role", "content")
    ours = [chat_data.tokenize_conversation(tokenizer, c, JOB["max_length"]) for c in conversations]
    theirs = trainer.train_dataset
    same = 0
    if len(theirs) != len(ours):  # TRL drops rows without a target token; so does chat_data: counts must agree
        return 0, len(ours)
    for row, mine in zip(theirs, ours):
        same += list(row["input_ids"]) == mine["input_ids"] and list(row["labels"]) == mine["labels"]
    return same, len(ours)


def worker_trl(args) -> dict:
    """Run TRL's SFTTrainer + PEFT LoRA on the job; per-step loss, time and token counts from callbacks."""
    import time

    import datasets
    import peft
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, TrainerCallback
    from trl import SFTConfig, SFTTrainer

    from moe_core import chat_data

    tokenizer = AutoTokenizer.from_pretrained(str(SEED_DIR))
    project_template = tokenizer.chat_template
    tokenizer.chat_template = MARKED_TEMPLATE
    model = AutoModelForCausalLM.from_pretrained(str(SEED_DIR), dtype=torch.float32)
    conversations = chat_data.load_conversations(str(TRAIN_FILE), "messages", "role", "content")
    dataset = datasets.Dataset.from_list([{"messages": c} for c in conversations])
    lora = peft.LoraConfig(r=JOB["r"], lora_alpha=JOB["alpha"], lora_dropout=0.0, target_modules=ATTENTION,
                           target_parameters=EXPERTS, bias="none", task_type="CAUSAL_LM")
    config = SFTConfig(
        output_dir=str(Path(args.out) / "trl"), max_steps=args.steps, per_device_train_batch_size=JOB["micro_batch"],
        gradient_accumulation_steps=JOB["accumulation"], learning_rate=JOB["lr"], weight_decay=0.0,
        adam_beta1=0.9, adam_beta2=0.999, max_grad_norm=JOB["grad_clip"], warmup_steps=JOB["warmup_steps"],
        lr_scheduler_type="cosine_with_min_lr", lr_scheduler_kwargs={"min_lr_rate": JOB["min_lr_ratio"]},
        max_length=JOB["max_length"], assistant_only_loss=True, packing=False, padding_free=False,
        activation_checkpointing=False, bf16=False, fp16=False, use_cpu=True, logging_steps=1, save_strategy="no",
        report_to=[], seed=JOB["seed"], data_seed=JOB["seed"], dataloader_num_workers=0, disable_tqdm=True,
    )
    trainer = SFTTrainer(model=model, args=config, train_dataset=dataset, processing_class=tokenizer,
                         peft_config=lora)
    tokenizer.chat_template = project_template
    same, rows = trl_dataset_check(trainer, tokenizer)

    counts = []  # (tokens, target tokens) of every micro batch, in order
    collate = trainer.data_collator

    def counting_collator(features):
        batch = collate(features)
        counts.append((int(batch["attention_mask"].sum()), int((batch["labels"][:, 1:] != -100).sum())))
        return batch

    trainer.data_collator = counting_collator
    marks, losses = [], []

    class Timer(TrainerCallback):
        def on_train_begin(self, *_, **__):
            marks.append(time.perf_counter())

        def on_step_end(self, *_, **__):
            marks.append(time.perf_counter())

        def on_log(self, _args, _state, _control, logs=None, **__):
            if logs and "loss" in logs:
                losses.append(float(logs["loss"]))

    trainer.add_callback(Timer())
    trainer.train()
    steps = []
    for index in range(args.steps):
        micro = counts[index * JOB["accumulation"]: (index + 1) * JOB["accumulation"]]
        steps.append({"loss": losses[index] if index < len(losses) else float("nan"),
                      "seconds": marks[index + 1] - marks[index],
                      "tokens": sum(t for t, _ in micro), "target_tokens": sum(t for _, t in micro)})
    trainable = sum(p.numel() for p in trainer.model.parameters() if p.requires_grad)
    return {"steps": steps, "rows_identical": same, "rows": rows, "trainable": trainable}


def run_worker(args) -> int:
    """Child entry: run one side and write its figures (and peak memory) as JSON to --out/result.json."""
    import torch

    result = worker_medqa(args) if args.worker == "medqa" else worker_trl(args)
    result["peak_rss_mib"] = peak_rss_mib()
    result["threads"] = torch.get_num_threads()
    (Path(args.out) / "result.json").write_text(json.dumps(result))
    return 0


# ----------------------------------------------------------------------------- the comparison


def summarize(runs: list[dict], warmup: int) -> dict:
    """Median tokens/s and target tokens/s over the runs' timed steps, peak memory, mean loss curve."""
    tps, target_tps = [], []
    for run in runs:
        timed = run["steps"][warmup:]
        seconds = sum(s["seconds"] for s in timed)
        tps.append(sum(s["tokens"] for s in timed) / seconds)
        target_tps.append(sum(s["target_tokens"] for s in timed) / seconds)
    curve = [statistics.mean(run["steps"][i]["loss"] for run in runs) for i in range(len(runs[0]["steps"]))]
    return {"tps": statistics.median(tps), "target_tps": statistics.median(target_tps), "all_target_tps": target_tps,
            "peak_mib": max(run["peak_rss_mib"] for run in runs), "curve": curve,
            "step_s": statistics.median(s["seconds"] for run in runs for s in run["steps"][warmup:])}


def main() -> int:
    """Interleave the two trainers round by round and print the comparison and the RESULT line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=16, help="optimizer steps per run")
    parser.add_argument("--warmup-steps", type=int, default=2, help="steps per run left out of the timing")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--threads", type=int, help="torch threads of both sides (default: the project's choice)")
    parser.add_argument("--timeout", type=float, default=420, help="seconds one run may take")
    parser.add_argument("--worker", choices=["medqa", "trl"], help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return run_worker(args)
    if args.steps <= args.warmup_steps or args.rounds < 1:
        parser.error("--steps must exceed --warmup-steps, and --rounds must be at least 1")

    from moe_core import devices

    threads = devices.choose_cpu_threads(args.threads)
    print(f"job: seed {SEED_DIR.relative_to(ROOT)}, data {TRAIN_FILE.relative_to(ROOT)}, {args.steps} steps "
          f"({args.warmup_steps} untimed), global batch {JOB['micro_batch'] * JOB['accumulation']}, max length "
          f"{JOB['max_length']}, LoRA r{JOB['r']} attention + experts, {threads} torch threads each side")
    print("packing / padding-free: off on both sides (right padding to the longest row of each micro batch)")
    results = {"medqa": [], "trl": []}
    with tempfile.TemporaryDirectory() as tmp:
        for round_index in range(args.rounds):
            order = ["medqa", "trl"] if round_index % 2 == 0 else ["trl", "medqa"]
            for side in order:
                out = Path(tmp) / f"{side}-{round_index}"
                out.mkdir()
                wall = run_child([sys.executable, __file__, "--worker", side, "--out", str(out),
                                  "--steps", str(args.steps)], args.timeout, child_env(threads), out / "log.txt")
                result = json.loads((out / "result.json").read_text())
                results[side].append(result)
                timed = result["steps"][args.warmup_steps:]
                rate = sum(s["target_tokens"] for s in timed) / sum(s["seconds"] for s in timed)
                print(f"round {round_index + 1} {side:<5}: {wall:6.1f} s wall, {rate:7.1f} target tokens/s, "
                      f"last loss {result['steps'][-1]['loss']:.4f}; loadavg {loadavg()}", flush=True)
    trl_run = results["trl"][0]
    print(f"TRL data check: token ids and loss masks identical to medqa's on {trl_run['rows_identical']}/"
          f"{trl_run['rows']} rows; TRL trainable parameters {trl_run['trainable']}")
    ours, peer = summarize(results["medqa"], args.warmup_steps), summarize(results["trl"], args.warmup_steps)
    print(f"{'':<6} {'tokens/s':>9} {'target tok/s':>13} {'step s':>7} {'peak MiB':>9}")
    for name, row in (("medqa", ours), ("TRL", peer)):
        print(f"{name:<6} {row['tps']:9.1f} {row['target_tps']:13.1f} {row['step_s']:7.2f} {row['peak_mib']:9.0f}")
    print("loss curve (mean over rounds; medqa logs token CE; TRL logs its loss, no aux term at its defaults):")
    print("step  " + " ".join(f"{i + 1:>6}" for i in range(args.steps)))
    print("medqa " + " ".join(f"{v:6.3f}" for v in ours["curve"]))
    print("TRL   " + " ".join(f"{v:6.3f}" for v in peer["curve"]))
    tail = max(1, args.steps // 4)
    ours_tail, peer_tail = statistics.mean(ours["curve"][-tail:]), statistics.mean(peer["curve"][-tail:])
    spread = statistics.pstdev(ours["curve"][-tail:] + peer["curve"][-tail:])
    same_order = all([s["target_tokens"] for s in a["steps"]] == [s["target_tokens"] for s in b["steps"]]
                     for a, b in zip(results["medqa"], results["trl"]))
    print(f"final loss (mean of last {tail} steps): medqa {ours_tail:.4f}, TRL {peer_tail:.4f}, difference "
          f"{abs(ours_tail - peer_tail):.4f} ({'within' if abs(ours_tail - peer_tail) <= 2 * spread + 0.05 else 'OUTSIDE'} "
          f"noise: step-to-step spread {spread:.4f}); data order "
          f"{'the same on both (equal target tokens every step)' if same_order else 'differs between the two'}")
    speedup = ours["target_tps"] / peer["target_tps"]
    print(f"medqa / TRL target tokens/s: {speedup:.2f}x (per round: "
          f"{', '.join(f'{a / b:.2f}' for a, b in zip(ours['all_target_tps'], peer['all_target_tps']))})")
    print(f"RESULT peer_train_speedup {speedup:.2f} target >=3")
    return 0


if __name__ == "__main__":
    sys.exit(main())
