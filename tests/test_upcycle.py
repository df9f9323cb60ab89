"""Sparse upcycling: function preservation for every dense->MoE pair, saving, CLI and bad input."""

import json

import pytest
import torch
import transformers

from moe_core.errors import UserError
from moe_core.families import iter_moe_layers, num_experts, top_k
from moe_core.upcycle import upcycle_dense_to_moe

VOCAB = 256


def random_dense(family: str, seed: int = 0, **overrides):
    """A tiny dense model with every weight (and bias) random, so no exactness comes for free."""
    fields = dict(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                  num_key_value_heads=2, vocab_size=VOCAB, tie_word_embeddings=False)
    fields.update(overrides)
    config = transformers.AutoConfig.for_model(family, **fields)
    torch.manual_seed(seed)
    model = transformers.AutoModelForCausalLM.from_config(config).eval()
    with torch.no_grad():
        for name, param in model.named_parameters():
            if "norm" in name:
                param.uniform_(0.5, 1.5)
            else:
                param.normal_(0.0, 0.1)
    return model


@pytest.fixture(scope="module")
def dense_models():
    return {family: random_dense(family) for family in ("qwen2", "qwen3", "llama")}


def tokens(seed: int = 1, length: int = 12):
    return torch.randint(0, VOCAB, (2, length), generator=torch.Generator().manual_seed(seed))


def max_diff(a, b, ids) -> float:
    with torch.no_grad():
        return float((a(input_ids=ids).logits - b(input_ids=ids).logits).abs().max())


CASES = [
    (family, target, g, shared)
    for family, target in (("qwen2", None), ("qwen3", None), ("llama", None), ("llama", "mixtral"))
    for g in (1, 2, 4)
    for shared in (0, 1, 3)
    if shared == 0 or (family, target) in (("qwen2", None), ("llama", None))
]


@pytest.mark.parametrize("family,target,granularity,shared", CASES)
def test_upcycled_logits_equal_dense(dense_models, family, target, granularity, shared):
    dense = dense_models[family]
    k = 2 if granularity == 1 else granularity
    moe = upcycle_dense_to_moe(dense, 8, k, granularity, shared, target_family=target)
    expected_family = {"qwen2": "qwen2_moe", "qwen3": "qwen3_moe", "llama": target or "qwen2_moe"}[family]
    assert moe.config.model_type == expected_family
    assert num_experts(moe.config) == 8 and top_k(moe.config) == k
    assert len(iter_moe_layers(moe)) == dense.config.num_hidden_layers
    assert iter_moe_layers(moe)[0].experts.down_proj.shape[-1] == 128 // granularity
    ids = tokens()
    assert max_diff(dense, moe, ids) <= 1e-5

    # The check is only meaningful if tokens really are spread over different experts.
    picked = set()
    hooks = [layer.router.register_forward_hook(lambda m, i, o: picked.update(o[2].flatten().tolist()))
             for layer in iter_moe_layers(moe)]
    with torch.no_grad():
        moe(input_ids=ids)
    for hook in hooks:
        hook.remove()
    assert len(picked) > k


def test_several_groups_per_token_and_attention_copied_exactly(dense_models):
    dense = dense_models["qwen2"]
    moe = upcycle_dense_to_moe(dense, 12, 4, 2, 1)  # 6 groups of 2 slices, top-4 = 2 whole groups
    assert max_diff(dense, moe, tokens(3)) <= 1e-5
    for name in ("model.embed_tokens.weight", "model.layers.1.self_attn.q_proj.bias", "model.norm.weight"):
        assert torch.equal(moe.state_dict()[name], dense.state_dict()[name])


def test_granularity_one_is_exact_for_any_router(dense_models):
    # Every expert is a copy of the FFN, so which experts the router picks cannot matter.
    dense = dense_models["llama"]
    moe = upcycle_dense_to_moe(dense, 8, 3, 1, 2)
    with torch.no_grad():
        for layer in iter_moe_layers(moe):
            layer.router.weight.normal_(0, 1.0)
    assert max_diff(dense, moe, tokens(4)) <= 1e-5


def test_fine_grained_relies_on_group_tied_router_rows(dense_models):
    dense = dense_models["qwen3"]
    moe = upcycle_dense_to_moe(dense, 8, 2, 2, seed=5)
    for layer in iter_moe_layers(moe):
        rows = layer.router.weight
        assert torch.equal(rows[0], rows[1]) and torch.equal(rows[6], rows[7])
        assert not torch.equal(rows[1], rows[2])
    with torch.no_grad():  # untie the groups: slices from different copies get summed, function changes
        for layer in iter_moe_layers(moe):
            layer.router.weight.normal_(0, 1.0)
    assert max_diff(dense, moe, tokens(4)) > 1e-3


def test_router_init_and_noise_are_seeded(dense_models):
    dense = dense_models["qwen3"]
    zeros = upcycle_dense_to_moe(dense, 4, 2, router_init="zeros")
    assert all(torch.count_nonzero(layer.router.weight) == 0 for layer in iter_moe_layers(zeros))
    assert max_diff(dense, zeros, tokens()) <= 1e-5

    a = upcycle_dense_to_moe(dense, 4, 2, noise=0.05, seed=1)
    b = upcycle_dense_to_moe(dense, 4, 2, noise=0.05, seed=1)
    c = upcycle_dense_to_moe(dense, 4, 2, noise=0.05, seed=2)
    ea, eb, ec = (iter_moe_layers(m)[0].experts.gate_up_proj for m in (a, b, c))
    assert torch.equal(ea, eb) and not torch.equal(ea, ec)
    assert not torch.equal(ea[0], ea[1])  # noise breaks the symmetry between copies
    diff = max_diff(dense, a, tokens())
    assert 1e-5 < diff < 1.0  # not function-preserving by design, but close


def test_tied_embeddings_stay_tied(dense_models):
    dense = random_dense("qwen3", tie_word_embeddings=True)
    moe = upcycle_dense_to_moe(dense, 4, 2)
    assert moe.lm_head.weight.data_ptr() == moe.model.embed_tokens.weight.data_ptr()
    assert max_diff(dense, moe, tokens()) <= 1e-5


def test_qwen2_sliding_window_layers_are_kept():
    dense = random_dense("qwen2", use_sliding_window=True, sliding_window=4, max_window_layers=1)
    assert "sliding_attention" in dense.config.layer_types
    moe = upcycle_dense_to_moe(dense, 4, 2, 2)
    assert list(moe.config.layer_types) == list(dense.config.layer_types)
    assert max_diff(dense, moe, tokens(length=16)) <= 1e-5


def test_llama_attention_bias_needs_zero_output_bias():
    dense = random_dense("llama", attention_bias=True)
    with pytest.raises(UserError, match="o_proj.bias"):
        upcycle_dense_to_moe(dense, 4, 2)
    with torch.no_grad():
        for layer in dense.model.layers:
            layer.self_attn.o_proj.bias.zero_()
    moe = upcycle_dense_to_moe(dense, 4, 2)
    assert moe.config.qkv_bias is True
    assert max_diff(dense, moe, tokens()) <= 1e-5


@pytest.mark.parametrize(
    "kwargs,message",
    [
        (dict(num_experts=4, top_k=5), "top_k \\(5\\) cannot exceed num_experts \\(4\\)"),
        (dict(num_experts=6, top_k=4, granularity=4), "multiple of granularity"),
        (dict(num_experts=8, top_k=4, granularity=3), "does not divide the dense intermediate_size 128"),
        (dict(num_experts=8, top_k=2, granularity=4), "top_k \\(2\\) must be a multiple of granularity"),
        (dict(num_experts=8, top_k=4, granularity=2, router_init="zeros"), "router_init='zeros'"),
        (dict(num_experts=4, top_k=2, shared_experts=1), "qwen3_moe has no shared experts"),
        (dict(num_experts=4, top_k=2, target_family="deepseek_v3"), "Multi-head Latent Attention"),
        (dict(num_experts=0, top_k=1), "num_experts must be an integer >= 1"),
        (dict(num_experts=4, top_k=2, noise=-0.1), "noise must be"),
    ],
)
def test_bad_options_are_user_errors(dense_models, kwargs, message):
    with pytest.raises(UserError, match=message):
        upcycle_dense_to_moe(dense_models["qwen3"], **kwargs)


def test_moe_and_unsupported_dense_are_rejected():
    moe_config = transformers.AutoConfig.for_model(
        "qwen3_moe", hidden_size=32, intermediate_size=64, moe_intermediate_size=16, num_hidden_layers=1,
        num_attention_heads=2, num_key_value_heads=1, vocab_size=VOCAB, num_experts=4)
    with pytest.raises(UserError, match="already a Mixture-of-Experts"):
        upcycle_dense_to_moe(transformers.AutoModelForCausalLM.from_config(moe_config), 4, 2)
    gpt2 = transformers.AutoModelForCausalLM.from_config(
        transformers.AutoConfig.for_model("gpt2", n_embd=32, n_layer=1, n_head=2, vocab_size=VOCAB))
    with pytest.raises(UserError, match="unsupported dense model type 'gpt2'; supported: llama, qwen2, qwen3"):
        upcycle_dense_to_moe(gpt2, 4, 2)


def _word_tokenizer():
    from tokenizers import Tokenizer, models, pre_tokenizers

    vocab = {"[UNK]": 0, **{f"w{i}": i + 1 for i in range(20)}}
    raw = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    raw.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    return transformers.PreTrainedTokenizerFast(tokenizer_object=raw, unk_token="[UNK]")


def test_cli_writes_loadable_checkpoint(dense_models, tmp_path, capsys):
    from serving.cli import main

    dense_dir, out = tmp_path / "dense", tmp_path / "moe"
    dense = dense_models["llama"]
    dense.save_pretrained(dense_dir)
    _word_tokenizer().save_pretrained(dense_dir)
    rc = main(["upcycle", str(dense_dir), "--out", str(out), "--num-experts", "8", "--top-k", "4",
               "--granularity", "2", "--shared-experts", "1", "--seed", "3"])
    assert rc == 0
    printed = capsys.readouterr().out
    assert "llama -> qwen2_moe" in printed and f"saved to {out}" in printed
    loaded = transformers.AutoModelForCausalLM.from_pretrained(out).eval()
    assert loaded.config.model_type == "qwen2_moe" and num_experts(loaded.config) == 8
    assert max_diff(dense, loaded, tokens(7)) <= 1e-5
    assert transformers.AutoTokenizer.from_pretrained(out)("w3 w4")["input_ids"] == [4, 5]
    recipe = json.loads((out / "upcycle_recipe.json").read_text())
    assert recipe["granularity"] == 2 and recipe["max_abs_logit_diff_at_init"] <= 1e-5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dense", "moe"]  # no partial dirs left behind


def test_cli_refuses_non_empty_out_and_bad_input(dense_models, tmp_path, capsys):
    from serving.cli import main

    dense_dir = tmp_path / "dense"
    dense_models["qwen2"].save_pretrained(dense_dir)
    out = tmp_path / "taken"
    out.mkdir()
    (out / "keep.txt").write_text("precious")
    assert main(["upcycle", str(dense_dir), "--out", str(out)]) == 2
    assert "not empty" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["keep.txt"] and (out / "keep.txt").read_text() == "precious"

    fresh = tmp_path / "fresh"
    assert main(["upcycle", str(dense_dir), "--out", str(fresh), "--num-experts", "4", "--top-k", "6"]) == 2
    assert "top_k (6) cannot exceed num_experts (4)" in capsys.readouterr().err
    assert main(["upcycle", str(tmp_path / "missing"), "--out", str(fresh)]) == 2
    assert "cannot read dense checkpoint" in capsys.readouterr().err
    assert not fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dense", "taken"]


def test_cli_names_missing_truncated_and_corrupt_dense_inputs(dense_models, tmp_path, monkeypatch, capsys):
    import time

    from serving.cli import main

    dense_dir = tmp_path / "dense"
    dense_models["qwen3"].save_pretrained(dense_dir)
    _word_tokenizer().save_pretrained(dense_dir)
    (tmp_path / "p.jsonl").write_text('{"expert": 0, "text": "w1"}\n{"expert": 1, "text": "w2"}\n')
    fresh = tmp_path / "fresh"
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    started = time.monotonic()
    for missing in (str(tmp_path / "nothere"), "dense/typo"):  # absolute, and relative under an existing dir
        expected = (f"medqa: error: cannot read dense model 1: no such local directory {missing} "
                    f"(cwd: {tmp_path})\n")
        assert main(["upcycle", missing, "--out", str(fresh)]) == 2
        assert capsys.readouterr().err == expected.replace("dense model 1", "dense checkpoint")
        assert main(["merge-experts", str(dense_dir), missing, "--out", str(fresh), "--prompts", "p.jsonl"]) == 2
        assert capsys.readouterr().err.endswith(expected)
    assert time.monotonic() - started < 10  # never asked the hub (30 s of retries offline)

    import shutil

    cut = tmp_path / "cut"
    shutil.copytree(dense_dir, cut)
    with open(cut / "model.safetensors", "r+b") as handle:
        handle.truncate(1000)
    assert main(["upcycle", str(cut), "--out", str(fresh)]) == 2
    err = capsys.readouterr().err
    assert f"{cut / 'model.safetensors'} is truncated or corrupt" in err and "re-copy it" in err
    assert len(err.strip().splitlines()) == 1
    (cut / "config.json").write_text("{nope")
    assert main(["upcycle", str(cut), "--out", str(fresh)]) == 2
    assert f"{cut / 'config.json'} is not valid JSON (line 1, column 2" in capsys.readouterr().err
    assert not fresh.exists()


def test_merge_of_an_moe_does_not_talk_about_upcycling(tmp_path):
    from moe_core.merge import merge_dense_to_moe

    moe_config = transformers.AutoConfig.for_model(
        "qwen3_moe", hidden_size=32, intermediate_size=64, moe_intermediate_size=16, num_hidden_layers=1,
        num_attention_heads=2, num_key_value_heads=1, vocab_size=VOCAB, num_experts=4)
    moe = transformers.AutoModelForCausalLM.from_config(moe_config)
    with pytest.raises(UserError, match="already a Mixture-of-Experts model .*give a dense checkpoint") as error:
        merge_dense_to_moe([moe, moe], _word_tokenizer(), [["w1"], ["w2"]])
    assert "upcycling" not in str(error.value)
