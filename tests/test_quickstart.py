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
