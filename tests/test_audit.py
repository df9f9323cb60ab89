"""Consistency audit: equal setups pass, lower precision shows differences, a wrong kernel fails."""

import json

import pytest
import torch
from transformers.integrations.moe import ALL_EXPERTS_FUNCTIONS, grouped_mm_experts_forward

from moe_core import audit as A
from moe_core.errors import UserError
from serving.cli import main

FP32_EAGER = "device=cpu,dtype=fp32,experts=eager"
FP32_GROUPED = "device=cpu,dtype=fp32,experts=grouped_mm"
BF16_EAGER = "device=cpu,dtype=bf16,experts=eager"
WRONG = "audit_test_wrong_experts"


@pytest.fixture
def wrong_kernel():
    """A registered experts kernel that sends every token to the neighbour of its chosen expert."""

    def shifted(self, hidden_states, top_k_index, top_k_weights):
        return grouped_mm_experts_forward(self, hidden_states, (top_k_index + 1) % self.num_experts, top_k_weights)

    ALL_EXPERTS_FUNCTIONS[WRONG] = shifted
    yield WRONG
    del ALL_EXPERTS_FUNCTIONS[WRONG]


def _batches(model_dir, n=1, rows=2, seq=16):
    from moe_core.models import load_moe_config

    return A.random_batches(load_moe_config(model_dir).vocab_size, n, rows, seq, seed=0)


def test_setup_spec_parsing():
    s = A.parse_setup(" device=cpu , dtype=bfloat16,experts=grouped_mm")
    assert (s.device, s.dtype, s.experts) == ("cpu", "bf16", "grouped_mm")
    assert A.parse_setup("dtype=fp16") == A.Setup(dtype="fp16")  # unnamed keys keep their defaults


@pytest.mark.parametrize(
    "spec, message",
    [
        ("devcie=cpu", "unknown key 'devcie'"),
        ("device=cpu,dtype", "'dtype' is not KEY=VALUE"),
        ("dtype=fp8", "bad dtype"),
        ("experts=fastest", "unknown experts kernel 'fastest'"),
        ("dtype=fp32,dtype=bf16", "key 'dtype' given twice"),
        ("device=", "key 'device' has no value"),
        ("", "empty setup"),
    ],
)
def test_bad_setup_specs_name_the_problem(spec, message):
    with pytest.raises(UserError, match=message) as info:
        A.parse_setup(spec, "b")
    assert str(info.value).startswith("--b:")


def test_thresholds_defaults_and_overrides():
    tight = A.default_thresholds(A.Setup(), A.Setup(experts="grouped_mm"))
    loose = A.default_thresholds(A.Setup(), A.Setup(dtype="bf16"))
    assert tight.loss < loose.loss and tight.router > loose.router
    t = A.parse_thresholds("loss=0.5, router=0.5", tight)
    assert (t.loss, t.router, t.grad) == (0.5, 0.5, tight.grad)
    for bad, message in [("los=1", "'los=1' is not CHECK=VALUE"), ("grad=big", "grad='big' is not a number"),
                         ("router=2", "router=2.0 is out of range"), ("layer=-1", "out of range")]:
        with pytest.raises(UserError, match=message):
            A.parse_thresholds(bad, tight)


@pytest.mark.parametrize("family", ["qwen3_moe", "deepseek_v3"])
def test_eager_and_grouped_mm_agree_in_fp32(tiny_preset_dirs, family):
    model_dir = str(tiny_preset_dirs[family])
    report = A.audit_consistency(model_dir, A.parse_setup(FP32_EAGER), A.parse_setup(FP32_GROUPED),
                                 _batches(model_dir))
    assert report.passed, report.checks
    assert set(report.checks) == {"loss", "grad", "layer", "router"}
    assert report.loss_rel_diff < 1e-5 and report.grad_cosine > 1 - 1e-6
    from moe_core.families import iter_moe_layers
    from moe_core.models import load_moe_model

    moe_layers = {m.index for m in iter_moe_layers(load_moe_model(model_dir, dtype="fp32"))}
    assert [layer.index for layer in report.layers] == list(range(len(report.layers)))
    # Dense layers (DeepSeek's first) have no router; every MoE layer's routing fully agrees.
    assert {layer.index for layer in report.layers if layer.router_agreement is not None} == moe_layers
    assert all(layer.router_agreement == 1.0 for layer in report.layers if layer.index in moe_layers)


def test_bf16_shows_nonzero_differences(tiny_preset_dirs):
    model_dir = str(tiny_preset_dirs["qwen3_moe"])
    report = A.audit_consistency(model_dir, A.parse_setup(FP32_EAGER), A.parse_setup(BF16_EAGER),
                                 _batches(model_dir))
    assert report.loss_rel_diff > 0 and report.grad_norm_rel_diff > 0 and report.grad_cosine < 1
    assert all(layer.max_abs_diff > 0 and layer.rel_diff > 1e-4 for layer in report.layers)
    assert report.thresholds == A.default_thresholds(A.Setup(), A.Setup(dtype="bf16"))
    # bf16 on this model is well within the loose limits, but far outside the fp32 ones.
    assert report.passed, report.checks
    strict = A.audit_consistency(model_dir, A.parse_setup(FP32_EAGER), A.parse_setup(BF16_EAGER),
                                 _batches(model_dir), thresholds=A.default_thresholds(A.Setup(), A.Setup()))
    assert not strict.passed and not strict.checks["layer"]["passed"]


def test_a_wrong_experts_kernel_fails(tiny_preset_dirs, wrong_kernel):
    model_dir = str(tiny_preset_dirs["qwen3_moe"])
    report = A.audit_consistency(model_dir, A.parse_setup(FP32_EAGER), A.parse_setup(f"experts={wrong_kernel}"),
                                 _batches(model_dir))
    assert not report.passed
    assert not report.checks["loss"]["passed"] and not report.checks["layer"]["passed"]
    assert report.layers[0].rel_diff > 0.01  # the first MoE layer already computes something else


def test_cli_json_exit_codes_and_errors(tiny_preset_dirs, wrong_kernel, capsys):
    model_dir = str(tiny_preset_dirs["qwen3_moe"])
    common = ["audit-consistency", "--model", model_dir, "--batches", "1", "--seq-len", "12", "--json"]
    assert main([*common, "--a", FP32_EAGER, "--b", FP32_GROUPED]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["passed"] is True and len(report["layers"]) == 2
    assert main([*common, "--a", FP32_EAGER, "--b", f"experts={wrong_kernel}"]) == 1
    assert json.loads(capsys.readouterr().out)["passed"] is False
    assert main([*common, "--a", "device=cpu,dtpye=fp32", "--b", FP32_GROUPED]) == 2
    assert "--a: unknown key 'dtpye'" in capsys.readouterr().err
    assert main([*common, "--a", FP32_EAGER, "--b", FP32_GROUPED, "--threshold", "speed=1"]) == 2
    assert "'speed=1' is not CHECK=VALUE" in capsys.readouterr().err


def test_cli_table_and_chat_data(tmp_path, capsys):
    from moe_core.presets import build_tiny_preset
    from moe_core.tokenizer import train_chatml_tokenizer

    texts = ["I have a headache.", "Rest and drink water; see a doctor if it gets worse."] * 20
    model_dir = build_tiny_preset("qwen3_moe", tmp_path / "m", tokenizer=train_chatml_tokenizer(texts, 300, 1))
    data = tmp_path / "chat.jsonl"
    row = {"messages": [{"role": "user", "content": texts[0]}, {"role": "assistant", "content": texts[1]}]}
    data.write_text((json.dumps(row) + "\n") * 4)
    args = ["audit-consistency", "--model", str(model_dir), "--a", FP32_EAGER, "--b", FP32_GROUPED,
            "--data", str(data), "--batches", "2", "--batch-size", "2"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "router top-k" in out and "PASS" in out
    assert main([*args[:-4], "--batches", "3", "--batch-size", "2"]) == 2  # 4 conversations < 6 needed
    assert "need 6" in capsys.readouterr().err


def test_audit_of_in_memory_models_detects_perturbed_weights(tiny_preset_dirs):
    model_dir = str(tiny_preset_dirs["qwen3_moe"])
    setup = A.parse_setup(FP32_EAGER)
    a, b = A.load_setup_model(model_dir, setup), A.load_setup_model(model_dir, setup)
    with torch.no_grad():
        b.model.layers[1].mlp.experts.down_proj.mul_(1.1)  # one layer's experts off by 10%
    report = A.audit_consistency(model_dir, setup, setup, _batches(model_dir), models=(a, b))
    assert not report.passed
    assert report.layers[0].max_abs_diff == 0.0 and report.layers[1].max_abs_diff > 0
