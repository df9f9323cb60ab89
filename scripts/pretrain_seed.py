"""Reproduce the shipped pre-trained seed (medqa/assets/seed): build-seed, then a full fine-tune on the corpus.

The seed learns the bundled knowledge base by heart, closed book (no passages in the prompt):
- each passage is a conversation: its title -> its text, ending with its id in brackets;
- each train-split question wording -> its gold passage's text and id;
- each train-split grounded answer -> asked without the passages (answers end with their passage id,
  unanswerable questions get the standard "not in the passages" reply).
Validation/test questions are left out, so the held-out evaluation stays held out. Tying every passage's
content to its id here is what lets a model this small cite the bundled passages later; the grounded
prompt format (system prompt + retrieved passages) is NOT in this corpus: that is the quickstart's LoRA
fine-tune. A real checkpoint reads and cites whatever passages it is given; this seed only knows ours.

Run: python3 scripts/pretrain_seed.py [--steps 600]   (about 30 minutes on two CPU cores)
"""

import argparse
import json
import shutil
import tempfile
from pathlib import Path

from medqa.knowledge_base import load_knowledge_base, load_questions, load_split_questions
from medqa.seed import ASSETS, PRETRAINED_DIR, build_seed, corpus_fingerprint
from moe_core.config import from_dict
from moe_core.train import train

GROUNDED_TRAIN = ASSETS / "grounded" / "train.jsonl"
RECIPE = {
    "model": {"dtype": "fp32"},
    "lora": {"enabled": False},
    "data": {"max_length": 384, "packing": True, "pack_length": 1024},
    "optim": {"lr": 3.0e-3, "weight_decay": 0.01, "warmup_steps": 20, "schedule": "cosine", "min_lr_ratio": 0.1,
              "grad_clip": 1.0, "global_batch_size": 8, "micro_batch_size": 4},
    "balance": {"aux_loss_coef": 0.01, "telemetry_every": 50},
    "checkpoint": {"every_steps": 100, "keep_last": 1},
    "log_every": 10,
}


def corpus_conversations() -> list[dict]:
    """Passages, train-split question wordings and train-split grounded answers as closed-book chats."""
    passages = {p.id: p for p in load_knowledge_base()}
    held_out = {q.id for split in ("validation", "test") for q in load_split_questions(split)}

    def chat(question: str, answer: str) -> dict:
        return {"messages": [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]}

    def cited(passage) -> str:
        return f"{passage.text} [{passage.id}]"

    rows = [chat(p.title, cited(p)) for p in passages.values()]
    for question in load_questions():
        if question.id not in held_out:
            rows += [chat(wording, cited(passages[question.passage_id])) for wording in question.variants]
    for line in GROUNDED_TRAIN.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["question_id"] not in held_out:
            rows.append(chat(item["question"], item["answer"]))
    return rows


def main() -> None:
    """Build the random seed, pre-train it on the corpus, and install it as medqa/assets/seed."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=600, help="optimizer steps (default 600)")
    parser.add_argument("--work", default=None, help="working directory (default: a temp dir)")
    args = parser.parse_args()
    work = Path(args.work or tempfile.mkdtemp(prefix="medqa-pretrain-"))
    seed_dir = build_seed(work / "random_seed", use_pretrained=False)
    data = work / "corpus.jsonl"
    rows = corpus_conversations()
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} corpus conversations -> {data}")
    fields = json.loads(json.dumps(RECIPE))
    fields["model"]["name_or_path"] = str(seed_dir)
    fields["data"]["train_file"] = str(data)
    fields["optim"]["max_steps"] = args.steps
    fields["output_dir"] = str(work / "train")
    final = train(from_dict(fields))
    # Install: the trained weights plus the seed's tokenizer and a manifest tying it to this corpus.
    staging = PRETRAINED_DIR.with_name(PRETRAINED_DIR.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(final, staging)
    manifest = json.loads((seed_dir / "seed_manifest.json").read_text())
    manifest.update({"pretrained": {"steps": args.steps, "conversations": len(rows), "recipe": RECIPE,
                                    "script": "scripts/pretrain_seed.py"},
                     "fingerprint": corpus_fingerprint()})
    (staging / "seed_manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    shutil.rmtree(PRETRAINED_DIR, ignore_errors=True)
    staging.rename(PRETRAINED_DIR)
    print(f"pre-trained seed installed at {PRETRAINED_DIR}")


if __name__ == "__main__":
    main()
