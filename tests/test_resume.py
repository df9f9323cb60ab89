"""Resume: a run killed (even mid-save) and resumed ends BITWISE equal to an uninterrupted one."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file
from test_train import build_chat_model, write_data, write_recipe

from moe_core import checkpoint as ckpt
from moe_core.config import load_config
from moe_core.metrics import read_metrics
from moe_core.train import main, train

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    root = tmp_path_factory.mktemp("resume_models")
    return {family: build_chat_model(root, family) for family in ("qwen3_moe", "deepseek_v3")}


def recipe_for(tmp_path, model_dir, variant: str) -> Path:
    """8 steps, a checkpoint every 2, eval every 3, every balancing feature on (all state a resume must carry)."""
    data = write_data(tmp_path)
    full = variant == "full_async"
    # lora_dropout: attention-only LoRA with dropout, so the RNG state must be restored too.
    lora = {"enabled": not full, "experts": variant != "lora_dropout",
            "dropout": 0.1 if variant == "lora_dropout" else 0.0}
    return write_recipe(
        tmp_path, model_dir, data,
        lora=lora,
        data={"eval_file": str(data), "max_length": 64},
        optim={"lr": 2e-3, "max_steps": 8, "warmup_steps": 2, "global_batch_size": 4, "micro_batch_size": 2},
        balance={"aux_loss_coef": 0.01, "z_loss_coef": 0.001, "aux_free_gamma": 0.01, "telemetry_every": 2},
        checkpoint={"every_steps": 2, "keep_last": 2, "async": full},
        eval={"every_steps": 3, "max_batches": 2},
    )


def final_weights(run_dir: Path) -> dict:
    final = run_dir / "final"
    name = "adapter_model.safetensors" if (final / "adapter_config.json").exists() else "model.safetensors"
    return load_file(str(final / name))


def assert_bitwise_equal(a: dict, b: dict):
    assert a.keys() == b.keys() and a
    different = [k for k in a if not torch.equal(a[k], b[k])]
    assert not different, f"{len(different)} tensors differ, e.g. {different[:3]}"


@pytest.mark.parametrize("variant", ["lora", "lora_dropout"])
def test_resume_in_process_after_a_crash_is_bitwise_equal(tmp_path, models, monkeypatch, variant):
    recipe = recipe_for(tmp_path, models["qwen3_moe"], variant)
    whole = tmp_path / "whole"
    train(load_config(recipe, [f"output_dir={whole}"]))

    class CrashAfterStep4(ckpt.CheckpointWriter):
        def save(self, snapshot, model, tokenizer=None):
            super().save(snapshot, model, tokenizer)
            if snapshot.step == 4:
                raise RuntimeError("simulated crash")

    broken = tmp_path / "broken"
    monkeypatch.setattr("moe_core.train.CheckpointWriter", CrashAfterStep4)
    with pytest.raises(RuntimeError, match="simulated crash"):
        train(load_config(recipe, [f"output_dir={broken}"]))
    monkeypatch.undo()
    assert ckpt.latest_checkpoint(broken).name == "step-4" and not (broken / "final").exists()
    train(load_config(recipe, [f"output_dir={broken}"]), resume="auto")
    assert_bitwise_equal(final_weights(whole), final_weights(broken))
    last = lambda run: [r["loss"] for r in read_metrics(run, "train") if r["step"] == 8]
    assert last(whole) == last(broken)[-1:]


def test_resume_from_another_model_or_setup_is_refused(tmp_path, models, capsys):
    from moe_core.presets import build_tiny_preset
    from moe_core.tokenizer import train_chatml_tokenizer

    recipe = recipe_for(tmp_path, models["qwen3_moe"], "lora")
    run = tmp_path / "run"
    train(load_config(recipe, [f"output_dir={run}", "optim.max_steps=2", "checkpoint.every_steps=1"]))

    def refused(*overrides) -> str:
        args = ["--config", str(recipe), "--resume", "auto", "--set", f"output_dir={run}"]
        for o in overrides:
            args += ["--set", o]
        assert main(args) == 2
        errors = [line for line in capsys.readouterr().err.splitlines() if "error" in line]
        assert len(errors) == 1 and errors[0].startswith("medqa: error: ")
        return errors[0]

    assert "model.name_or_path" in refused(f"model.name_or_path={models['deepseek_v3']}")
    assert "lora" in refused("lora.enabled=false")
    assert "lora" in refused("lora.r=4")
    # Same path, different model behind it: caught from the recorded base-model facts.
    impostor = tmp_path / "impostor"
    tok = train_chatml_tokenizer(["hello there"] * 5, vocab_size=300, min_frequency=1)
    build_tiny_preset("deepseek_v3", impostor, tokenizer=tok)
    import shutil

    moved = tmp_path / "original"
    shutil.move(models["qwen3_moe"], moved)
    shutil.move(impostor, models["qwen3_moe"])
    try:
        assert "different base model" in refused()
        # Same family, same shape, other weights (e.g. a rebuilt seed): the LoRA base must be the very same.
        from transformers import AutoTokenizer

        shutil.rmtree(models["qwen3_moe"])
        build_tiny_preset("qwen3_moe", models["qwen3_moe"], tokenizer=AutoTokenizer.from_pretrained(moved), seed=123)
        assert "weights_sha256" in refused()
    finally:
        shutil.rmtree(models["qwen3_moe"])
        shutil.move(moved, models["qwen3_moe"])
    before = sorted(p.name for p in ckpt.checkpoints_root(run).iterdir())
    assert before == ["step-1", "step-2"]  # refused resumes wrote nothing


# ------------------------------------------------------------------ real processes, SIGKILL


# `python -m moe_core.train` whose checkpoint saves pause once a checkpoint's files are written but before it
# is published (the window the test kills it in); the pause lives here, not in the trainer.
_TRAIN_WITH_SLOW_SAVES = """
import sys, time
import torch
from moe_core import train
delay = float(sys.argv.pop(1))
save = torch.save
def save_then_pause(obj, path, *args, **kwargs):
    save(obj, path, *args, **kwargs)
    if ".tmp-step-" in str(path) and str(path).endswith("trainer_state.pt"):
        time.sleep(delay)
torch.save = save_then_pause
sys.exit(train.main(sys.argv[1:]))
"""


def launch(recipe: Path, out: Path, *extra: str, sleep_in_save: float | None = None) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    trainer = ["-c", _TRAIN_WITH_SLOW_SAVES, str(sleep_in_save)] if sleep_in_save else ["-m", "moe_core.train"]
    cmd = [sys.executable, *trainer, "--config", str(recipe), "--set", f"output_dir={out}", *extra]
    return subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill_when(proc: subprocess.Popen, condition, timeout: float = 240) -> None:
    """SIGKILL `proc` as soon as `condition()` holds (fails if the process ends first)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None:
            _, err = proc.communicate()
            pytest.fail(f"trainer exited ({proc.returncode}) before the kill point:\n{err[-3000:]}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("timed out waiting for the kill point")
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL


def finish(proc: subprocess.Popen, timeout: float = 300) -> str:
    _, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err[-3000:]
    return err


def in_flight_save(run: Path):
    """A temp checkpoint dir whose files are written but which is not yet published (the save is paused)."""
    root = ckpt.checkpoints_root(run)
    if not root.is_dir():
        return None
    for p in root.iterdir():
        if p.name.startswith(".tmp-step-") and (p / "trainer_state.pt").is_file():
            return p
    return None


@pytest.mark.slow
@pytest.mark.parametrize("variant", ["lora_dropout", "full_async"])
def test_sigkill_and_resume_is_bitwise_equal(tmp_path, models, variant):
    model_dir = models["deepseek_v3"] if variant == "full_async" else models["qwen3_moe"]
    recipe = recipe_for(tmp_path, model_dir, variant)
    whole, killed = tmp_path / "whole", tmp_path / "killed"
    reference = launch(recipe, whole)

    # 1. Killed right after the step-2 checkpoint is complete.
    proc = launch(recipe, killed)
    kill_when(proc, lambda: (ckpt.checkpoints_root(killed) / "step-2" / ckpt.COMPLETE_MARKER).is_file())
    first = ckpt.latest_checkpoint(killed)
    assert first is not None and not (killed / "final").exists()

    # 2. Resumed, then killed in the middle of writing the next checkpoint.
    proc = launch(recipe, killed, "--resume", "auto", sleep_in_save=120)
    kill_when(proc, lambda: in_flight_save(killed) is not None)
    torn = in_flight_save(killed)
    assert torn is not None and not (torn / ckpt.COMPLETE_MARKER).exists()
    survivor = ckpt.latest_checkpoint(killed)
    assert survivor is not None and survivor.name != torn.name.removeprefix(".tmp-")

    # 3. Resumed to the end.
    err = finish(launch(recipe, killed, "--resume", "auto"))
    assert f"resumed from {survivor}" in err
    finish(reference)
    assert_bitwise_equal(final_weights(whole), final_weights(killed))
    assert not in_flight_save(killed) and len(ckpt.list_checkpoints(killed)) == 2  # keep_last, temp cleaned


@pytest.mark.slow
def test_cli_bad_inputs_exit_2_with_one_line(tmp_path, models):
    recipe = recipe_for(tmp_path, models["qwen3_moe"], "lora")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cases = {
        "data.train_file=/nonexistent/train.jsonl": "data file not found",
        "optim.lrate=1": "unknown config field 'optim.lrate'",
    }
    for override, expected in cases.items():
        result = subprocess.run([sys.executable, "-m", "serving.cli", "train", "--config", str(recipe),
                                 "--set", override], cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False)
        assert result.returncode == 2, result.stderr[-2000:]
        errors = [line for line in result.stderr.splitlines() if "error" in line]
        assert len(errors) == 1 and expected in errors[0] and "Traceback" not in result.stderr


def test_unreadable_newest_checkpoint(tmp_path, models, capsys):
    """Garbage in a COMPLETE-marked checkpoint (disk-full write, bad copy): auto falls back, explicit is refused."""
    recipe = recipe_for(tmp_path, models["qwen3_moe"], "lora")
    run = tmp_path / "run"
    base = ["--config", str(recipe), "--set", f"output_dir={run}", "--set", "checkpoint.every_steps=1",
            "--set", "eval.every_steps=0"]
    assert main([*base, "--set", "optim.max_steps=2"]) == 0
    step1, step2 = ckpt.list_checkpoints(run)
    (step2 / "trainer_state.pt").write_text("garbage\n")
    capsys.readouterr()

    for resume in (str(step2), str(run)):
        assert main([*base, "--set", "optim.max_steps=3", "--resume", resume]) == 2
        err = capsys.readouterr().err
        errors = [line for line in err.splitlines() if "error" in line]
        assert len(errors) == 1 and "Traceback" not in err
        assert f"checkpoint {step2} is unreadable (trainer_state.pt: " in errors[0]
        assert f"--resume {step1}" in errors[0]  # points at the usable one

    assert main([*base, "--set", "optim.max_steps=3", "--resume"]) == 0  # bare --resume = auto
    err = capsys.readouterr().err
    assert f"checkpoint {step2} is unreadable (trainer_state.pt: " in err
    assert f"resuming from the older {step1} instead" in err and f"resumed from {step1} at step 1" in err
    assert (run / "final" / "adapter_config.json").is_file()

    # No readable checkpoint left at all: auto must not silently start over on top of the run.
    for p in ckpt.list_checkpoints(run):
        (p / "trainer_state.pt").write_bytes(b"")
    assert main([*base, "--set", "optim.max_steps=4", "--resume", "auto"]) == 2
    assert "no readable checkpoint" in capsys.readouterr().err


def test_read_trainer_state_of_a_damaged_file_is_a_user_error(tmp_path):
    from moe_core.errors import UserError

    (tmp_path / "trainer_state.pt").write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(UserError, match=r"is unreadable \(trainer_state\.pt: "):
        ckpt.read_trainer_state(tmp_path)
    (tmp_path / "config.json").write_text("{}")
    assert ckpt.checkpoint_problem(tmp_path).startswith("trainer_state.pt: ")
