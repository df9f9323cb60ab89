"""The training recipe: loss goes down (LoRA and full), metrics/TensorBoard written, the loss math is exact."""

import json
import math
from pathlib import Path

import pytest
import torch
import yaml
from safetensors.torch import load_file

from moe_core.config import load_config
from moe_core.metrics import heatmap_image, read_metrics
from moe_core.train import lr_factor, main, train

QA = [
    ("I have a mild fever, what should I do?", "Rest, drink fluids, and see a doctor if it lasts over three days."),
    ("Can I take ibuprofen with food?", "Yes, taking it with food can reduce stomach upset."),
    ("My child has a rash and a high fever.", "Please contact a doctor today; rash with high fever needs a check."),
    ("How much water should I drink?", "Most adults need about two litres a day, more when it is hot."),
]


def conversations(n: int = 16) -> list[dict]:
    """A tiny, repetitive chat data set a few-million-parameter model can start to memorise."""
    return [{"messages": [{"role": "user", "content": QA[i % 4][0]}, {"role": "assistant", "content": QA[i % 4][1]}]}
            for i in range(n)]


def build_chat_model(root: Path, family: str) -> Path:
    """A tiny MoE of `family` saved with a ChatML tokenizer trained on the data set."""
    from moe_core.presets import build_tiny_preset
    from moe_core.tokenizer import train_chatml_tokenizer

    texts = [t for pair in QA for t in pair] * 20
    tok = train_chatml_tokenizer(texts, vocab_size=320, min_frequency=1)
    return build_tiny_preset(family, root / family, tokenizer=tok)


def write_data(root: Path, rows=None) -> Path:
    path = root / "train.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (rows or conversations())))
    return path


def write_recipe(root: Path, model_dir: Path, data_file: Path, **sections) -> Path:
    """A small recipe YAML; `sections` override whole fields, e.g. optim={"max_steps": 3}."""
    recipe = {
        "model": {"name_or_path": str(model_dir), "dtype": "fp32"},
        "lora": {"enabled": True, "r": 8, "alpha": 16},
        "data": {"train_file": str(data_file), "max_length": 64},
        "optim": {"lr": 5e-3, "warmup_steps": 1, "max_steps": 8, "global_batch_size": 4, "micro_batch_size": 2,
                  "min_lr_ratio": 0.5},
        "balance": {"aux_loss_coef": 0.01, "z_loss_coef": 0.001, "telemetry_every": 2},
        "checkpoint": {"every_steps": 0, "keep_last": 1},
        "output_dir": str(root / "run"),
        "seed": 0,
    }
    for key, value in sections.items():
        if isinstance(value, dict):
            recipe.setdefault(key, {}).update(value)
        else:
            recipe[key] = value
    path = root / "recipe.yaml"
    path.write_text(yaml.safe_dump(recipe))
    return path


@pytest.fixture(scope="module")
def chat_models(tmp_path_factory):
    root = tmp_path_factory.mktemp("chat_models")
    return {family: build_chat_model(root, family) for family in ("qwen3_moe", "deepseek_v3")}


def losses(run_dir) -> list[float]:
    return [r["loss"] for r in read_metrics(run_dir, "train")]


def test_lr_schedule_warmup_then_cosine_floor():
    f = [lr_factor(s, warmup_steps=4, max_steps=14, schedule="cosine", min_lr_ratio=0.1) for s in range(14)]
    assert f[:4] == [0.25, 0.5, 0.75, 1.0]
    assert all(a >= b for a, b in zip(f[4:], f[5:], strict=False))
    assert math.isclose(lr_factor(14, 4, 14, "cosine", 0.1), 0.1)
    assert math.isclose(f[9], 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * 0.5)))
    assert [lr_factor(s, 2, 10, "constant", 0.1) for s in (0, 1, 2, 9)] == [0.5, 1.0, 1.0, 1.0]


def test_lora_training_learns_and_logs(tmp_path, chat_models):
    recipe = write_recipe(tmp_path, chat_models["qwen3_moe"], write_data(tmp_path),
                          data={"eval_file": str(write_data(tmp_path)), "max_length": 64},
                          optim={"lr": 5e-3, "warmup_steps": 2}, eval={"every_steps": 4, "max_batches": 2})
    final = train(load_config(recipe, []))
    run = tmp_path / "run"
    curve = losses(run)
    assert len(curve) == 8 and curve[-1] < 0.92 * curve[0], curve
    rows = read_metrics(run, "train")
    for key in ("lr", "grad_norm", "tokens_per_s", "aux_loss", "z_loss", "imbalance/layer0"):
        assert key in rows[1], key
    assert rows[0]["lr"] < rows[1]["lr"]  # warmup
    evals = read_metrics(run, "eval")
    assert [e["step"] for e in evals] == [4, 8] and evals[-1]["loss"] < evals[0]["loss"]
    assert math.isclose(evals[-1]["perplexity"], math.exp(evals[-1]["loss"]), rel_tol=1e-6)

    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    events = EventAccumulator(str(run / "tensorboard"), size_guidance={"images": 0})
    events.Reload()
    assert {"train/loss", "train/lr", "train/grad_norm", "eval/loss"} <= set(events.Tags()["scalars"])
    assert [e.step for e in events.Images("routing/expert_load")] == [2, 4, 6, 8]
    assert [round(e.value, 5) for e in events.Scalars("train/loss")] == [round(x, 5) for x in curve]

    # The final adapter is a plain PEFT directory with the tokenizer next to it.
    assert (final / "adapter_config.json").is_file() and (final / "tokenizer.json").is_file()
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(chat_models["qwen3_moe"], dtype=torch.float32)
    PeftModel.from_pretrained(base, final)


def test_full_finetune_other_family_learns(tmp_path, chat_models):
    recipe = write_recipe(tmp_path, chat_models["deepseek_v3"], write_data(tmp_path),
                          lora={"enabled": False}, optim={"lr": 1e-3, "max_steps": 6},
                          balance={"aux_free_gamma": 0.01, "telemetry_every": 3})
    final = train(load_config(recipe, []))
    curve = losses(tmp_path / "run")
    assert curve[-1] < 0.8 * curve[0], curve
    from transformers import AutoModelForCausalLM, AutoTokenizer

    reloaded = AutoModelForCausalLM.from_pretrained(final, dtype=torch.float32)
    assert reloaded.config.model_type == "deepseek_v3"
    assert AutoTokenizer.from_pretrained(final).chat_template
    # the aux-free balancer moved DeepSeek-V3's own correction bias, which is saved with the model
    bias = reloaded.model.layers[1].mlp.gate.e_score_correction_bias
    assert bias.abs().sum() > 0


def test_micro_batch_split_does_not_change_the_update(tmp_path, chat_models):
    """SUM of token losses / GLOBAL target tokens: one micro batch of 4 == four of 1 (different lengths)."""
    rows = conversations(4)
    rows[1]["messages"][1]["content"] += " Also rest well, and call us again if anything changes."
    data = write_data(tmp_path, rows)
    finals = []
    for micro in (4, 1):
        run = tmp_path / f"micro{micro}"
        recipe = write_recipe(tmp_path, chat_models["qwen3_moe"], data, lora={"enabled": False},
                              optim={"max_steps": 1, "global_batch_size": 4, "micro_batch_size": micro,
                                     # eps=1 makes Adam's first step ~ lr * g (not sign(g)): linear in the loss
                                     "grad_clip": 0.0, "lr": 1.0, "eps": 1.0, "warmup_steps": 0},
                              balance={"aux_loss_coef": 0.0, "z_loss_coef": 0.0, "telemetry_every": 0},
                              output_dir=str(run))
        finals.append(load_file(str(train(load_config(recipe, [])) / "model.safetensors")))
    base = load_file(str(chat_models["qwen3_moe"] / "model.safetensors"))
    moved = 0
    for key in finals[0]:
        torch.testing.assert_close(finals[0][key], finals[1][key], atol=1e-7, rtol=1e-6)
        moved += int((finals[0][key] - base[key]).abs().max() > 1e-5)
    assert moved > 10  # the step really changed the weights


def test_packed_training_runs(tmp_path, chat_models):
    recipe = write_recipe(tmp_path, chat_models["qwen3_moe"], write_data(tmp_path),
                          data={"packing": True, "pack_length": 128, "max_length": 64},
                          optim={"max_steps": 3, "global_batch_size": 2, "micro_batch_size": 1})
    train(load_config(recipe, []))
    rows = read_metrics(tmp_path / "run", "train")
    assert len(rows) == 3 and all(math.isfinite(r["loss"]) for r in rows)
    assert rows[0]["target_tokens"] > 2 * 20  # several examples per packed row


def test_heatmap_image_is_rendered_from_values():
    img = heatmap_image([[0.0, 1.0], [0.5, 0.25]], cell=3)
    assert img.shape == (6, 6, 3) and img.dtype.name == "uint8"
    assert tuple(img[0, 0]) == (68, 1, 84) and tuple(img[0, 5]) == (253, 231, 37)  # min dark, max yellow
    assert tuple(img[0, 0]) == tuple(img[2, 2]) and tuple(img[3, 0]) != tuple(img[3, 5])


@pytest.mark.parametrize("case", ["missing_data", "bad_schema", "unknown_field", "empty_model"])
def test_bad_input_exits_2_with_one_line(tmp_path, chat_models, capsys, case):
    data = write_data(tmp_path)
    args = []
    if case == "missing_data":
        data = tmp_path / "missing.jsonl"
    elif case == "bad_schema":
        data.write_text(json.dumps({"messages": [{"role": "patient", "content": "hi"}]}) + "\n")
    elif case == "unknown_field":
        args = ["--set", "optim.learning_rate=1e-3"]
    recipe = write_recipe(tmp_path, chat_models["qwen3_moe"] if case != "empty_model" else "", data)
    code = main(["--config", str(recipe), *args])
    err = capsys.readouterr().err.strip()
    assert code == 2
    errors = [line for line in err.splitlines() if "error" in line.lower()]
    assert len(errors) == 1 and errors[0].startswith("medqa: error: ") and "Traceback" not in err
    err = errors[0]
    expected = {"missing_data": "data file not found", "bad_schema": "row 1: field 'messages'[0].role is 'patient'",
                "unknown_field": "'optim.learning_rate'; known: lr, ", "empty_model": "model.name_or_path"}[case]
    assert expected in err
    assert not (tmp_path / "run" / "checkpoints").exists()  # nothing trained, nothing written


def test_packing_is_refused_for_linear_attention_models(tmp_path, capsys):
    model_dir = build_chat_model(tmp_path, "bailing_hybrid")
    recipe = write_recipe(tmp_path, model_dir, write_data(tmp_path), data={"packing": True, "pack_length": 128})
    assert main(["--config", str(recipe)]) == 2
    assert "data.packing=true cannot be used with bailing_hybrid" in capsys.readouterr().err


def _files(run: Path) -> dict:
    """Every file under a run with its bytes, to prove a refused command changed nothing."""
    return {str(p.relative_to(run)): p.read_bytes() for p in sorted(run.rglob("*")) if p.is_file()}


def _one_error(capsys) -> str:
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if "error" in line.lower()]
    assert len(errors) == 1 and errors[0].startswith("medqa: error: ") and "Traceback" not in err, err
    return errors[0]


def test_training_again_into_a_finished_run_is_refused(tmp_path, chat_models, capsys):
    recipe = write_recipe(tmp_path, chat_models["qwen3_moe"], write_data(tmp_path), optim={"max_steps": 2})
    assert main(["--config", str(recipe)]) == 0
    run = tmp_path / "run"
    before = _files(run)
    assert main(["--config", str(recipe), "--set", "optim.lr=1e-4"]) == 2
    err = _one_error(capsys)
    assert f"output_dir {run} already holds a run (checkpoints/step-2, final/)" in err
    assert "--resume" in err and "another output_dir" in err
    assert _files(run) == before  # adapter, checkpoints, config.yaml and metrics.jsonl untouched
    # Only final/ left (checkpoints deleted by hand): --resume auto has nothing to continue and must not overwrite it.
    import shutil

    shutil.rmtree(run / "checkpoints")
    assert main(["--config", str(recipe), "--resume", "auto"]) == 2
    assert "no complete checkpoint to resume from" in _one_error(capsys)


@pytest.mark.parametrize("resume", [None, "auto"])
def test_fresh_start_sets_aside_logs_of_a_run_killed_before_its_first_checkpoint(tmp_path, chat_models, capsys,
                                                                                  resume):
    """serving/quickstart.py calls train(resume="auto" if checkpoints/ exists else None) on such a directory."""
    run = tmp_path / "run"
    (run / "tensorboard").mkdir(parents=True)
    (run / "tensorboard" / "events.old").write_text("old events")
    old_log = '{"step": 1, "kind": "train", "loss": 9.0}\n{"step": 2, "kind": "train", "loss": 8.0}\n'
    (run / "metrics.jsonl").write_text(old_log)
    (run / "config.yaml").write_text("old: config\n")
    if resume == "auto":
        (run / "checkpoints" / ".tmp-step-1").mkdir(parents=True)  # killed in the middle of its first save
    recipe = write_recipe(tmp_path, chat_models["qwen3_moe"], write_data(tmp_path), optim={"max_steps": 2})
    final = train(load_config(recipe, []), resume=resume)
    assert (final / "adapter_config.json").is_file()
    assert [r["step"] for r in read_metrics(run)] == [1, 2] and losses(run)[0] != 9.0  # only the new run
    assert (run / "metrics.jsonl.stale-1").read_text() == old_log  # nothing lost
    assert (run / "tensorboard.stale-1" / "events.old").read_text() == "old events"
    assert (run / "config.yaml.stale-1").read_text() == "old: config\n"
    assert "moved them aside" in capsys.readouterr().err


def test_output_dir_that_is_a_file_or_unwritable_is_refused_before_training(tmp_path, chat_models, capsys,
                                                                            monkeypatch):
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    recipe = write_recipe(tmp_path, chat_models["qwen3_moe"], write_data(tmp_path), optim={"max_steps": 1})
    assert main(["--config", str(recipe), "--set", f"output_dir={precious}"]) == 2
    assert f"output_dir {precious} is a file, not a directory" in _one_error(capsys)
    assert main(["--config", str(recipe), "--set", f"output_dir={precious}/sub"]) == 2
    assert f"{precious} is a file, not a directory" in _one_error(capsys)
    assert precious.read_text() == "keep me"
    # Root ignores permission bits, so simulate a read-only directory (as `chattr +i` or a read-only mount).
    locked = tmp_path / "locked"
    locked.mkdir()
    import moe_core.jsonl

    real_temporary_file = moe_core.jsonl.tempfile.TemporaryFile

    def temporary_file(*args, dir=None, **kwargs):  # noqa: A002 (tempfile's name)
        if Path(dir) == locked:
            raise PermissionError(13, "Permission denied")
        return real_temporary_file(*args, dir=dir, **kwargs)

    monkeypatch.setattr(moe_core.jsonl.tempfile, "TemporaryFile", temporary_file)
    monkeypatch.setattr("moe_core.train.load_model", lambda *a, **k: pytest.fail("the model was loaded"))
    for out in (locked, locked / "sub"):
        assert main(["--config", str(recipe), "--set", f"output_dir={out}"]) == 2
        assert f"output_dir {out}: cannot write in {locked} (Permission denied)" in _one_error(capsys)


def test_metrics_logger_names_a_file_in_the_way(tmp_path):
    from moe_core.errors import UserError
    from moe_core.metrics import MetricsLogger

    (tmp_path / "run").write_text("not a dir")
    with pytest.raises(UserError, match="is a file, not a directory"):
        MetricsLogger(tmp_path / "run")
    (tmp_path / "run2").mkdir()
    (tmp_path / "run2" / "tensorboard").write_text("not a dir")
    with pytest.raises(UserError, match="cannot write metrics to"):
        MetricsLogger(tmp_path / "run2")


def test_divergence_stops_with_a_user_error_and_no_final_model(tmp_path, chat_models, capsys):
    # lr=1e30 is finite and positive, so the config accepts it; the weights overflow after the first update.
    recipe = write_recipe(tmp_path, chat_models["qwen3_moe"], write_data(tmp_path),
                          optim={"max_steps": 4, "lr": 1e30}, checkpoint={"every_steps": 1, "keep_last": 2})
    assert main(["--config", str(recipe)]) == 2
    err = _one_error(capsys)
    assert "training diverged at step 2" in err and "Lower optim.lr" in err
    run = tmp_path / "run"
    assert not (run / "final").exists()
    assert [p.name for p in (run / "checkpoints").iterdir()] == ["step-1"]  # kept
    assert read_metrics(run)[-1]["diverged"] is True


def test_non_finite_lr_is_a_config_error(tmp_path, chat_models, capsys):
    recipe = write_recipe(tmp_path, chat_models["qwen3_moe"], write_data(tmp_path))
    for value in ("nan", "inf"):
        assert main(["--config", str(recipe), "--set", f"optim.lr={value}"]) == 2
        assert "config field 'optim.lr' must be a finite" in _one_error(capsys)
    assert not (tmp_path / "run").exists()


def _collapse_run(tmp_path, model_dir, capsys, warmup_steps: int) -> tuple[str, list[dict]]:
    """8 steps, a snapshot every 2, and a threshold every real router exceeds (1.0 = perfectly even)."""
    recipe = write_recipe(tmp_path, model_dir, write_data(tmp_path), output_dir=str(tmp_path / f"run{warmup_steps}"),
                          balance={"telemetry_every": 2, "collapse_threshold": 1.0,
                                   "collapse_warmup_steps": warmup_steps, "collapse_patience": 2})
    capsys.readouterr()
    assert main(["--config", str(recipe)]) == 0
    return capsys.readouterr().err, read_metrics(tmp_path / f"run{warmup_steps}", "train")


def test_collapse_alarm_waits_for_warm_up_and_persistence_and_explains_itself_once(tmp_path, chat_models, capsys):
    err, rows = _collapse_run(tmp_path, chat_models["qwen3_moe"], capsys, warmup_steps=8)
    assert "router collapse" not in err  # imbalanced at every snapshot, but all within the warm-up
    assert not [r for r in rows if "collapse_alarm" in r]

    err, rows = _collapse_run(tmp_path, chat_models["qwen3_moe"], capsys, warmup_steps=2)
    # Snapshots at 4, 6, 8 follow the warm-up; with patience 2 the alarm starts at step 6.
    assert [r["step"] for r in rows if "collapse_alarm" in r] == [6, 8]
    assert err.count("router collapse alarm: in the layers named") == 1  # the explanation, once per run
    assert "step 6: layer 0: router collapse risk" in err and "step 4:" not in err


def test_every_recipe_field_is_a_train_option(tmp_path, chat_models, capsys):
    import argparse
    import dataclasses

    from moe_core.cli import add_train_arguments
    from moe_core.config import TrainConfig

    parser = argparse.ArgumentParser()
    add_train_arguments(parser)
    options = {name for action in parser._actions for name in action.option_strings}
    for section in dataclasses.fields(TrainConfig):
        inner = dataclasses.fields(section.type) if dataclasses.is_dataclass(section.type) else [None]
        for item in inner:
            dotted = section.name if item is None else f"{section.name}.{item.name}"
            assert f"--{dotted}" in options and f"--{dotted.replace('_', '-')}" in options, dotted

    # Options win over the recipe and --set; LoRA fields the old copy could not carry reach the trainer.
    recipe = write_recipe(tmp_path, chat_models["qwen3_moe"], write_data(tmp_path))
    assert main(["--config", str(recipe), "--set", "optim.max_steps=3", "--optim.max-steps", "2",
                 "--lora.dense_mlp", "false", "--lora.experts", "false", "--lora.shared-experts", "false"]) == 0
    assert [r["step"] for r in read_metrics(tmp_path / "run", "train")] == [1, 2]
    adapter = json.loads((tmp_path / "run" / "final" / "adapter_config.json").read_text())
    assert not adapter.get("target_parameters")  # no expert or MLP tensors adapted: the flags took effect
    capsys.readouterr()
    assert main(["--config", str(recipe), "--optim.lr", "fast"]) == 2
    assert "config field 'optim.lr' must be a number" in capsys.readouterr().err
