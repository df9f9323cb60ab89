"""The README's main job end to end, cut short: seed -> 2 LoRA steps -> eval on 2 questions, no serving."""

import json

import pytest

from serving.cli import main


@pytest.mark.slow
def test_quickstart_runs_every_step_and_records_a_manifest(tmp_path, capsys):
    run_dir = tmp_path / "qs"
    args = ["quickstart", "--out", str(run_dir), "--train-steps", "2", "--eval-limit", "2", "--no-serve"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "held-out perplexity" in out and "fine-tuned" in out
    manifest = json.loads((run_dir / "manifest.json").read_text())
    assert set(manifest["steps"]) >= {"seed", "train", "eval", "total"}
    assert any(name.endswith(".safetensors") for name in manifest["steps"]["train"]["files"])
    scores = manifest["steps"]["eval"]["scores"]
    for name in ("seed", "fine-tuned"):
        assert scores[name]["perplexity"] > 1 and 0 <= scores[name]["rouge_l"] <= 1
        assert json.loads((run_dir / f"eval_{name}" / "results.json").read_text())["tasks"]["patient_faq"]["n"] == 2
    # A rerun reuses the finished steps instead of training again.
    adapter = run_dir / "train" / "final" / "adapter_model.safetensors"
    before = adapter.stat().st_mtime_ns
    assert main(args) == 0
    assert adapter.stat().st_mtime_ns == before


def test_training_from_another_seed_is_set_aside_not_reused_or_deleted(tmp_path, capsys):
    from serving.quickstart import Manifest, set_aside_stale_training

    run_dir = tmp_path / "qs"
    train_dir = run_dir / "train" / "checkpoints" / "step-80"
    train_dir.mkdir(parents=True)
    (train_dir / "adapter_model.safetensors").write_bytes(b"old weights")
    manifest = Manifest(run_dir)
    manifest.record("train", status="running", inputs={"seed_sha256": "aaa"})

    assert set_aside_stale_training(manifest, run_dir / "train", "aaa") is None  # same seed: resume as usual
    assert train_dir.is_dir()
    stale = set_aside_stale_training(manifest, run_dir / "train", "bbb")
    assert stale == run_dir / "train.stale-1" and not (run_dir / "train").exists()
    assert (stale / "checkpoints" / "step-80" / "adapter_model.safetensors").read_bytes() == b"old weights"
    assert "another seed" in capsys.readouterr().out
    # A training directory with no record of its seed (an older run) is set aside too, under a new name.
    (run_dir / "train").mkdir()
    assert set_aside_stale_training(Manifest(tmp_path / "other"), tmp_path / "other" / "train", "bbb") is None  # none yet
    fresh = Manifest(run_dir)
    fresh.data["steps"].pop("train")
    assert set_aside_stale_training(fresh, run_dir / "train", "bbb") == run_dir / "train.stale-2"
