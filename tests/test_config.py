"""The training config: YAML + --set overrides, typed, with errors that name the field."""

import pytest
import yaml

from moe_core.config import TrainConfig, from_dict, load_config, to_dict
from moe_core.errors import UserError


def write(tmp_path, data) -> str:
    path = tmp_path / "recipe.yaml"
    path.write_text(yaml.safe_dump(data))
    return str(path)


def test_yaml_and_overrides_are_typed(tmp_path):
    path = write(tmp_path, {"model": {"name_or_path": "m"}, "optim": {"lr": 1e-3, "max_steps": 5}})
    cfg = load_config(path, ["optim.lr=1e-4", "data.packing=true", "optim.betas=[0.9, 0.95]",
                             "lora.enabled=false", "dist.throughput_weights=[1, 3]", "checkpoint.async=yes",
                             "model.experts_implementation=batched_mm", "seed=7"])
    assert cfg.optim.lr == 1e-4 and isinstance(cfg.optim.lr, float)
    assert cfg.optim.max_steps == 5 and cfg.data.packing is True and cfg.lora.enabled is False
    assert cfg.optim.betas == (0.9, 0.95)
    assert cfg.dist.throughput_weights == [1.0, 3.0]
    assert cfg.checkpoint.async_save is True
    assert cfg.model.experts_implementation == "batched_mm"
    assert cfg.seed == 7 and cfg.model.name_or_path == "m"


def test_override_beats_yaml_and_null_is_accepted(tmp_path):
    path = write(tmp_path, {"data": {"eval_file": "x.jsonl"}, "dist": {"throughput_weights": "auto"}})
    cfg = load_config(path, ["data.eval_file=null"])
    assert cfg.data.eval_file is None
    assert cfg.dist.throughput_weights == "auto"


def test_round_trip_through_dict():
    cfg = load_config(None, ["optim.lr=3e-4", "dist.backend_map={cpu: gloo, cuda: nccl}", "data.max_length=64",
                             "data.pack_length=64"])
    data = to_dict(cfg)
    assert yaml.safe_load(yaml.safe_dump(data)) == data  # plain data only
    again = from_dict(data)
    assert again == cfg
    assert again.dist.backend_map == {"cpu": "gloo", "cuda": "nccl"}


@pytest.mark.parametrize(
    "override, words",
    [
        ("optim.lrr=1", ["optim.lrr", "'lr'"]),
        ("optm.lr=1", ["optm", "'optim'"]),
        ("data.pakcing=true", ["data.pakcing", "'packing'"]),
    ],
)
def test_unknown_override_field_suggests_close_match(override, words):
    with pytest.raises(UserError) as exc:
        load_config(None, [override])
    for word in words:
        assert word in str(exc.value)


def test_unknown_yaml_field_names_it(tmp_path):
    path = write(tmp_path, {"optim": {"warmup_step": 3}})
    with pytest.raises(UserError, match=r"optim\.warmup_step.*'warmup_steps'"):
        load_config(path, [])


@pytest.mark.parametrize(
    "override, pattern",
    [
        ("optim.lr=fast", r"optim\.lr.*number"),
        ("optim.max_steps=2.5", r"optim\.max_steps.*integer"),
        ("data.packing=maybe", r"data\.packing.*true or false"),
        ("model.dtype=fp8", r"model\.dtype.*one of"),
        ("optim.schedule=linear", r"optim\.schedule.*one of"),
        ("optim.betas=[0.9]", r"optim\.betas.*2 entries"),
        ("optim=3", r"optim.*section"),
        ("optim.lr", r"FIELD=VALUE"),
        ("optim.micro_batch_size=16", r"micro_batch_size.*larger than.*global_batch_size"),
        ("dist.throughput_weights=fastest", r"throughput_weights"),
    ],
)
def test_bad_values_are_user_errors(override, pattern):
    with pytest.raises(UserError, match=pattern):
        load_config(None, [override])


def test_missing_and_malformed_yaml(tmp_path):
    with pytest.raises(UserError, match="config file not found"):
        load_config(tmp_path / "nope.yaml", [])
    bad = tmp_path / "bad.yaml"
    bad.write_text("model: [unclosed\n")
    with pytest.raises(UserError, match="not valid YAML"):
        load_config(bad, [])
    listy = tmp_path / "list.yaml"
    listy.write_text("- 1\n- 2\n")
    with pytest.raises(UserError, match="mapping"):
        load_config(listy, [])


def test_defaults_are_a_valid_config():
    cfg = load_config(None, [])
    assert isinstance(cfg, TrainConfig)
    assert cfg.optim.micro_batch_size <= cfg.optim.global_batch_size


def test_shipped_recipe_loads():
    from pathlib import Path

    recipe = Path(__file__).resolve().parents[1] / "recipes" / "tiny_lora.yaml"
    cfg = load_config(recipe, ["model.name_or_path=some/dir", "data.train_file=t.jsonl"])
    assert cfg.lora.enabled and cfg.lora.attention and cfg.lora.experts


@pytest.mark.parametrize(
    "override, pattern",
    [
        ("optim.lr=nan", r"optim\.lr.*finite"),
        ("optim.lr=inf", r"optim\.lr.*finite"),
        ("optim.lr=.inf", r"optim\.lr.*finite"),
        ("optim.grad_clip=nan", r"optim\.grad_clip.*finite"),
        ("balance.aux_loss_coef=-inf", r"balance\.aux_loss_coef.*finite"),
        ("optim.eps=0", r"optim\.eps.*positive"),
        ("optim.weight_decay=-0.1", r"optim\.weight_decay.*zero or positive"),
        ("optim.betas=[0.9, 1.5]", r"optim\.betas\[1\].*below 1"),
        ("lora.dropout=1", r"lora\.dropout.*below 1"),
    ],
)
def test_non_finite_and_out_of_range_numbers_are_refused(override, pattern):
    # nan passes every `<=`/`>=` check, and torch's AdamW turns the rest into a traceback.
    with pytest.raises(UserError, match=pattern):
        load_config(None, [override])


def test_non_finite_number_in_yaml_is_refused(tmp_path):
    path = tmp_path / "recipe.yaml"
    path.write_text("optim:\n  lr: .nan\n")
    with pytest.raises(UserError, match=r"optim\.lr.*finite"):
        load_config(path, [])


def test_non_utf8_recipe_is_a_clear_error(tmp_path):
    path = tmp_path / "recipe.yaml"
    path.write_bytes("model:\n  name_or_path: m\n".encode("utf-16"))  # what Notepad/PowerShell write
    with pytest.raises(UserError, match=r"not valid UTF-8.*UTF-16.*save it as UTF-8"):
        load_config(path, [])
    path.write_bytes(b"model:\n  name_or_path: caf\xe9\n")  # Latin-1
    with pytest.raises(UserError, match=r"not valid UTF-8 text: byte 0xe9 on line 2"):
        load_config(path, [])


def test_duplicate_yaml_keys_are_refused_with_lines(tmp_path):
    path = tmp_path / "recipe.yaml"
    path.write_text("model:\n  name_or_path: m\noptim:\n  lr: 1.0e-3\nmodel:\n  dtype: fp32\n")
    with pytest.raises(UserError, match=r"duplicate key 'model' \(lines 1 and 5\)"):
        load_config(path, [])
    path.write_text("optim:\n  lr: 1.0e-3\n  max_steps: 3\n  lr: 2.0e-3\n")
    with pytest.raises(UserError, match=r"duplicate key 'lr' \(lines 2 and 4\)"):
        load_config(path, [])
    # YAML merge keys are not duplicates: the explicit key overrides the merged one, as YAML intends.
    path.write_text("optim:\n  <<: {lr: 1.0e-3, max_steps: 3}\n  max_steps: 4\n")
    assert load_config(path, []).optim.max_steps == 4


def test_yaml_errors_keep_line_and_column(tmp_path):
    path = tmp_path / "recipe.yaml"
    path.write_text("model:\n  name_or_path: a: b\n")
    with pytest.raises(UserError, match=r"not valid YAML: mapping values are not allowed here at line 2, column 18"):
        load_config(path, [])


def test_empty_recipe_and_directory_are_named(tmp_path):
    path = tmp_path / "recipe.yaml"
    for text in ("", "# nothing yet\n"):
        path.write_text(text)
        with pytest.raises(UserError, match=r"config file .*recipe\.yaml is empty"):
            load_config(path, [])
    with pytest.raises(UserError, match="is a directory"):
        load_config(tmp_path, [])


def test_every_lora_setting_is_a_yaml_key(tmp_path):
    """The LoRA section is the one definition apply_lora takes: no field is left out of YAML."""
    path = write(tmp_path, {"lora": {"target_modules": ["o_proj"], "dense_mlp": False, "r": 4}})
    cfg = load_config(path, ["lora.train_router=true"])
    lora = cfg.lora
    assert (lora.target_modules, lora.dense_mlp, lora.r, lora.train_router) == (["o_proj"], False, 4, True)
    with pytest.raises(UserError, match=r"lora\.target_modules.*must be a list"):
        load_config(write(tmp_path, {"lora": {"target_modules": 3}}), [])


def test_collapse_alarm_settings_are_checked():
    cfg = load_config(None, ["balance.collapse_warmup_steps=0", "balance.collapse_patience=1"])
    assert (cfg.balance.collapse_warmup_steps, cfg.balance.collapse_patience) == (0, 1)
    with pytest.raises(UserError, match=r"balance\.collapse_patience.*at least 1"):
        load_config(None, ["balance.collapse_patience=0"])
    with pytest.raises(UserError, match=r"balance\.collapse_warmup_steps.*zero or positive"):
        load_config(None, ["balance.collapse_warmup_steps=-1"])


def test_options_generated_from_a_dataclass_and_a_pydantic_model():
    """The generic helper: one option per field, help from the class, only typed options come back."""
    import argparse
    from dataclasses import dataclass, field

    from pydantic import BaseModel, Field

    from moe_core.cli_args import add_dataclass_arguments, option, overrides_from_args

    @dataclass
    class Inner:
        rate: float = option(0.5, "how fast")
        mode: str = option("a", "which mode")

    @dataclass
    class Outer:
        inner: Inner = field(default_factory=Inner)
        max_items: int = option(3, "at most this many")
        verbose: bool = option(False, "say more")

    parser = argparse.ArgumentParser()
    add_dataclass_arguments(parser, Outer)
    help_text = parser.format_help()
    assert "--inner.rate" in help_text and "how fast (default: 0.5)" in help_text and "--max-items" in help_text
    args = parser.parse_args(["--inner.rate", "0.25", "--max_items", "7", "--verbose"])
    assert overrides_from_args(args, Outer) == {"inner": {"rate": "0.25"}, "max_items": "7", "verbose": "true"}
    assert overrides_from_args(parser.parse_args([]), Outer) == {}

    class Served(BaseModel):
        port: int = Field(8000, description="TCP port")
        api_keys: list[str] = Field(default_factory=list)
        ui: bool = True

    parser = argparse.ArgumentParser()
    add_dataclass_arguments(parser, Served, skip=("api_keys",))
    assert "TCP port (default: 8000)" in parser.format_help() and "--api-keys" not in parser.format_help()
    values = overrides_from_args(parser.parse_args(["--port", "9000", "--ui", "false"]), Served)
    assert Served(**values) == Served(port=9000, ui=False)
