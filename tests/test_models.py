"""Loading every family through the one loader, the MoE summary's counts, and the loader's errors."""

import json
import re

import pytest
import torch
import transformers

from moe_core import families
from moe_core.errors import UserError
from moe_core.models import (
    MoESummary,
    human_count,
    load_moe_model,
    load_tokenizer,
    summarize_checkpoint,
    summarize_moe,
)
from moe_core.presets import FAMILIES
from serving.cli import main as medqa_main




@pytest.fixture(scope="module")
def dense_dir(tmp_path_factory):
    """A tiny dense Qwen3 checkpoint (the kind `medqa upcycle` starts from)."""
    config = transformers.AutoConfig.for_model(
        "qwen3", vocab_size=64, hidden_size=32, intermediate_size=64, num_hidden_layers=1,
        num_attention_heads=2, num_key_value_heads=1, head_dim=16,
    )
    out = tmp_path_factory.mktemp("dense")
    transformers.AutoModelForCausalLM.from_config(config).save_pretrained(out)
    return out


def _active_by_gradient(model) -> int:
    """Hand count of one token's active parameters: routed experts whose weights get a gradient.

    Every non-routed-expert parameter counts whole (the embedding included); routed experts count
    only if backpropagating one token reaches them.
    """
    model.zero_grad(set_to_none=True)
    model(input_ids=torch.tensor([[5]])).logits[0, -1].log_softmax(-1)[7].backward()
    expert_params = {id(p) for layer in families.iter_moe_layers(model) for p in layer.experts.parameters()}
    active = sum(p.numel() for p in model.parameters() if id(p) not in expert_params)
    for layer in families.iter_moe_layers(model):
        for p in layer.experts.parameters():
            used = (p.grad.flatten(1) != 0).any(dim=1)  # one row per expert
            active += int(used.sum()) * p[0].numel()
    return active


@pytest.mark.parametrize("family", FAMILIES)
def test_every_family_loads_trains_and_summarises(tiny_preset_dirs, family):
    model = load_moe_model(tiny_preset_dirs[family])
    assert model.config.model_type == family and next(model.parameters()).dtype == torch.float32
    ids = torch.randint(3, model.config.vocab_size, (2, 9))
    loss = model(input_ids=ids, labels=ids).loss
    loss.backward()
    assert torch.isfinite(loss)
    assert all(torch.isfinite(p.grad).all() for p in model.parameters() if p.grad is not None)

    summary = summarize_moe(model)
    config = model.config
    assert summary.total_params == sum(p.numel() for p in model.parameters())
    assert summary.active_params_per_token == _active_by_gradient(model)
    assert summary.active_params_per_token < summary.total_params
    assert (summary.experts, summary.top_k) == (8, 2)
    assert summary.moe_layers == len(families.iter_moe_layers(model))
    assert summary.layers == config.num_hidden_layers
    assert summary.expert_width == getattr(config, "moe_intermediate_size", None) or config.intermediate_size
    assert summary.shared_experts == (1 if family in ("qwen2_moe", "deepseek_v2", "deepseek_v3", "bailing_hybrid")
                                      else 0)
    # The config-only summary (meta-device skeleton) agrees with the loaded model.
    from_config = summarize_checkpoint(tiny_preset_dirs[family])
    assert (from_config.total_params, from_config.active_params_per_token) == (
        summary.total_params, summary.active_params_per_token)


def test_qwen3_active_count_by_config_arithmetic(tiny_preset_dirs):
    model = load_moe_model(tiny_preset_dirs["qwen3_moe"], experts_implementation="eager")
    c = model.config
    per_expert = 3 * c.hidden_size * c.moe_intermediate_size  # gate, up, down
    idle = c.num_hidden_layers * (c.num_experts - c.num_experts_per_tok) * per_expert
    summary = summarize_moe(model)
    assert summary.active_params_per_token == summary.total_params - idle
    assert summary.experts_implementation == "eager"


def test_summary_text_and_dict():
    summary = MoESummary("qwen3_moe", "Qwen3-MoE", 48, 48, 128, 8, 0, 2048, 768, 30_532_122_624, 3_340_000_000,
                         "sorted_grouped", "bfloat16")
    text = summary.to_text()
    assert "30.5B total, 3.3B active per token" in text
    assert "128 routed, top-8, 0 shared" in text and "48 (48 MoE)" in text
    rows = [re.match(r"^(\S.*?)\s{2,}(\S.*)$", line) for line in text.splitlines()]
    assert len(rows) == 8 and all(rows) and len({row.start(2) for row in rows}) == 1  # one aligned value column
    assert json.loads(json.dumps(summary.to_dict()))["active_params_per_token"] == 3_340_000_000
    assert [human_count(n) for n in (999, 1_200, 1_234_567, 7_000_000_000)] == ["999", "1.2K", "1.2M", "7.0B"]


def test_missing_and_non_model_dirs(tmp_path):
    with pytest.raises(UserError, match="no such model directory"):
        load_moe_model(tmp_path / "nope")
    with pytest.raises(UserError, match="not a model directory"):
        load_moe_model(tmp_path)
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(UserError, match="not a model directory"):
        load_moe_model(tmp_path / "file.txt")


def test_config_without_weights(tmp_path, tiny_preset_dirs):
    (tmp_path / "config.json").write_text((tiny_preset_dirs["mixtral"] / "config.json").read_text())
    with pytest.raises(UserError, match="no weights"):
        load_moe_model(tmp_path)


def test_dense_model_is_refused_with_upcycle_hint(dense_dir):
    with pytest.raises(UserError, match=r"'qwen3' is a dense model.*medqa upcycle"):
        load_moe_model(dense_dir)


@pytest.mark.parametrize("model_type", ["gpt2", "totally_made_up"])
def test_unknown_family_lists_supported(tmp_path, model_type):
    (tmp_path / "config.json").write_text(json.dumps({"model_type": model_type}))
    with pytest.raises(UserError, match=rf"'{model_type}' is not a supported MoE family. Supported: qwen2_moe"):
        load_moe_model(tmp_path)


def test_bad_options(tiny_preset_dirs):
    with pytest.raises(UserError, match="unknown experts implementation 'fastest'"):
        load_moe_model(tiny_preset_dirs["olmoe"], experts_implementation="fastest")
    with pytest.raises(UserError, match="unknown dtype"):
        load_moe_model(tiny_preset_dirs["olmoe"], dtype="fp8x")


def test_bf16_load(tiny_preset_dirs):
    model = load_moe_model(tiny_preset_dirs["qwen2_moe"], dtype="bf16")
    assert next(model.parameters()).dtype == torch.bfloat16
    assert summarize_moe(model).dtype == "bfloat16"


def test_tokenizer_errors(tiny_preset_dirs, tmp_path):
    with pytest.raises(UserError, match="no usable tokenizer"):
        load_tokenizer(tiny_preset_dirs["qwen3_moe"])  # presets are saved without one
    with pytest.raises(UserError, match="no such model directory"):
        load_tokenizer(tmp_path / "missing")


def test_cli_summary_table_json_and_errors(tiny_preset_dirs, dense_dir, tmp_path, capsys):
    assert medqa_main(["summary", str(tiny_preset_dirs["deepseek_v3"])]) == 0
    out = capsys.readouterr().out
    assert "DeepSeek-V3" in out and "8 routed, top-2, 1 shared" in out and "active per token" in out

    assert medqa_main(["summary", str(tiny_preset_dirs["olmoe"]), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["family"] == "olmoe" and data["moe_layers"] == 2

    for bad, words in ((tmp_path / "missing", "no such model directory"), (dense_dir, "dense model")):
        assert medqa_main(["summary", str(bad)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("medqa: error: ") and words in err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_tokenizer_saved_with_a_checkpoint_loads(tmp_path):
    from tokenizers import Tokenizer, models, pre_tokenizers

    raw = Tokenizer(models.WordLevel({"<unk>": 0, "fever": 1, "cough": 2}, unk_token="<unk>"))
    raw.pre_tokenizer = pre_tokenizers.Whitespace()
    transformers.PreTrainedTokenizerFast(tokenizer_object=raw, unk_token="<unk>").save_pretrained(tmp_path)
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "qwen3_moe"}))
    tokenizer = load_tokenizer(tmp_path)
    assert tokenizer("fever cough rash")["input_ids"] == [1, 2, 0]


def test_unreachable_hub_id(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(UserError, match="cannot find model 'no-such-org/no-such-moe'.*Hugging Face Hub"):
        load_moe_model("no-such-org/no-such-moe")


def test_truncated_weights_are_named_and_summary_checks_them(tiny_preset_dirs, tmp_path, capsys):
    import shutil

    good = tiny_preset_dirs["qwen3_moe"]
    assert medqa_main(["summary", str(good)]) == 0
    assert "headers readable" in capsys.readouterr().out
    cut = tmp_path / "cut"
    shutil.copytree(good, cut)
    with open(cut / "model.safetensors", "r+b") as handle:  # an interrupted copy
        handle.truncate(100_000)
    message = rf"{cut / 'model.safetensors'} is truncated or corrupt .*re-copy it"
    with pytest.raises(UserError, match=message):
        load_moe_model(cut)
    (tmp_path / "bare").mkdir()
    shutil.copy(good / "config.json", tmp_path / "bare" / "config.json")
    for bad, words in ((cut, "is truncated or corrupt"), (tmp_path / "bare", "no weights")):
        assert medqa_main(["summary", str(bad)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("medqa: error: ") and words in err and len(err.strip().splitlines()) == 1


def test_mistyped_relative_path_is_not_sent_to_the_hub(tmp_path, monkeypatch, capsys):
    import time

    (tmp_path / "runs").mkdir()
    monkeypatch.chdir(tmp_path)
    started = time.monotonic()
    assert medqa_main(["summary", "runs/seeed"]) == 2
    err = capsys.readouterr().err
    assert err == f"medqa: error: no such model directory runs/seeed (cwd: {tmp_path})\n"
    assert time.monotonic() - started < 5  # no hub retries
    with pytest.raises(UserError, match="no such model directory"):
        load_tokenizer("runs/seeed")


def test_corrupt_config_json_names_line_and_column(tiny_preset_dirs, tmp_path, capsys):
    import shutil

    bad = tmp_path / "bad"
    shutil.copytree(tiny_preset_dirs["qwen3_moe"], bad)
    (bad / "config.json").write_text('{"model_type": "qwen3_moe",\n  "hidden_size": 64,,\n}')
    message = rf"{bad / 'config.json'} is not valid JSON \(line 2, column 21"
    for load in (load_moe_model, load_tokenizer):
        with pytest.raises(UserError, match=message):
            load(bad)
    assert medqa_main(["summary", str(bad)]) == 2
    assert "not valid JSON (line 2" in capsys.readouterr().err
