"""The README's main job end to end, cut short: seed -> 2 LoRA steps -> eval on 2 questions, no serving."""

import json
from pathlib import Path

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

    (run_dir / "eval_seed").mkdir()
    (run_dir / "eval_seed" / "results.json").write_text("{}")
    assert set_aside_stale_training(manifest, run_dir / "train", "aaa") is None  # same seed: resume as usual
    assert train_dir.is_dir() and (run_dir / "eval_seed").is_dir()
    stale = set_aside_stale_training(manifest, run_dir / "train", "bbb")
    assert stale == run_dir / "train.stale-1" and not (run_dir / "train").exists()
    assert (stale / "checkpoints" / "step-80" / "adapter_model.safetensors").read_bytes() == b"old weights"
    # The old seed's evaluation goes aside too: `medqa eval` refuses an --out holding another model's results.
    assert (run_dir / "eval_seed.stale-1" / "results.json").is_file() and not (run_dir / "eval_seed").exists()
    assert "another seed" in capsys.readouterr().out
    # A training directory with no record of its seed (an older run) is set aside too, under a new name.
    (run_dir / "train").mkdir()
    assert set_aside_stale_training(Manifest(tmp_path / "other"), tmp_path / "other" / "train", "bbb") is None  # none yet
    fresh = Manifest(run_dir)
    fresh.data["steps"].pop("train")
    assert set_aside_stale_training(fresh, run_dir / "train", "bbb") == run_dir / "train.stale-2"


class _WorkStarted(Exception):
    """Raised by a stubbed first step: argument checks must come before it."""


@pytest.mark.parametrize("flags, message", [
    (["--train-steps", "0", "--no-serve"], "--train-steps must be a positive"),
    (["--eval-limit", "0", "--no-serve"], "--eval-limit must be a positive"),
    (["--port", "70000"], "--port must be between 0 and 65535, got 70000"),
    (["--port", "-1", "--no-serve"], "--port must be between 0 and 65535"),
    (["--host", "999.1.1.1"], "--host '999.1.1.1' does not resolve"),
])
def test_bad_quickstart_arguments_are_refused_before_any_work(tmp_path, capsys, monkeypatch, flags, message):
    import medqa.seed

    def build_seed(*args, **kwargs):
        raise _WorkStarted

    monkeypatch.setattr(medqa.seed, "build_seed", build_seed)
    run_dir = tmp_path / "qs"
    assert main(["quickstart", "--out", str(run_dir), *flags]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"medqa: error: {message}") and len(err.splitlines()) == 1
    assert "--limit " not in err and "optim.max_steps" not in err  # names quickstart's own flags
    assert not run_dir.exists()
    # --out that is a file is named as such (not a FileExistsError traceback), and the file is untouched.
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    assert main(["quickstart", "--out", str(precious), "--no-serve"]) == 2
    assert "--out" in capsys.readouterr().err and precious.read_text() == "keep me"
    # Good arguments get past the checks (the host is only checked when serving).
    with pytest.raises(_WorkStarted):
        main(["quickstart", "--out", str(run_dir), "--host", "999.1.1.1", "--no-serve"])


def test_rerun_with_other_training_settings_trains_anew_and_keeps_the_old_run(tmp_path, capsys, monkeypatch,
                                                                             tiny_preset_dirs):
    import shutil

    import medqa.evaluation.runner
    import medqa.seed
    import moe_core.train
    from serving import quickstart

    trained = []

    def build_seed(out_dir, *args, **kwargs):
        if not out_dir.exists():
            shutil.copytree(tiny_preset_dirs["qwen3_moe"], out_dir)
        return out_dir

    def train(cfg, resume=None):
        trained.append(cfg.optim.max_steps)
        final = Path(cfg.output_dir) / "final"
        final.mkdir(parents=True)
        (final / "adapter_config.json").write_text(json.dumps({"max_steps": cfg.optim.max_steps}))
        return final

    def run_evaluation(config):
        out = Path(config.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "results.json").write_text(json.dumps({"adapter": config.adapter}))
        metric = {"value": 0.5}
        return {"tasks": {"patient_faq": {"metrics": {"rouge_l": metric, "citation_hit": metric,
                                                      "retrieval_hit": metric}}}}

    monkeypatch.setattr(medqa.seed, "build_seed", build_seed)
    monkeypatch.setattr(moe_core.train, "train", train)
    monkeypatch.setattr(medqa.evaluation.runner, "run_evaluation", run_evaluation)
    monkeypatch.setattr(quickstart, "heldout_perplexity", lambda *args: {"perplexity": 10.0})
    run_dir = tmp_path / "qs"
    args = ["quickstart", "--out", str(run_dir), "--eval-limit", "1", "--no-serve", "--train-steps"]

    assert main([*args, "1"]) == 0 and trained == [1]
    assert main([*args, "1"]) == 0 and trained == [1]  # same settings: the adapter is reused
    assert "reusing" in capsys.readouterr().out
    assert main([*args, "2"]) == 0 and trained == [1, 2]  # other settings: trained anew, not reused
    out = capsys.readouterr().out
    assert "reusing" not in out and "optim.max_steps 1 -> 2" in out
    assert json.loads((run_dir / "train" / "final" / "adapter_config.json").read_text()) == {"max_steps": 2}
    # The old fine-tune and its evaluation are kept beside the new ones, not overwritten.
    assert json.loads((run_dir / "train.stale-1" / "final" / "adapter_config.json").read_text()) == {"max_steps": 1}
    assert (run_dir / "eval_fine-tuned.stale-1" / "results.json").is_file()
    manifest = json.loads((run_dir / "manifest.json").read_text())
    assert manifest["steps"]["train"]["inputs"]["train_settings"]["optim"]["max_steps"] == 2


def test_training_without_recorded_settings_is_set_aside_when_settings_are_compared(tmp_path, capsys):
    from serving.quickstart import Manifest, set_aside_stale_training

    run_dir = tmp_path / "qs"
    (run_dir / "train" / "final").mkdir(parents=True)
    manifest = Manifest(run_dir)
    manifest.record("train", status="done", inputs={"seed_sha256": "aaa"})  # an older quickstart's record
    settings = {"optim": {"max_steps": 2}}
    assert set_aside_stale_training(manifest, run_dir / "train", "aaa", settings) == run_dir / "train.stale-1"
    assert "no record of its training settings" in capsys.readouterr().out
    (run_dir / "train").mkdir()
    manifest.record("train", status="done", inputs={"seed_sha256": "aaa", "train_settings": settings})
    assert set_aside_stale_training(manifest, run_dir / "train", "aaa", settings) is None
