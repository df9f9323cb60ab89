"""Branch-Train-MiX merging: expert FFNs, averaged trunk, router rows that route by domain, bad input."""

import copy
import json
import random

import pytest
import torch
import transformers

from moe_core.errors import UserError
from moe_core.families import iter_moe_layers
from moe_core.merge import load_expert_prompts, merge_dense_to_moe

STD = 0.1

DOMAINS = {
    "cardio": [f"cardio{i}" for i in range(8)],
    "derm": [f"derm{i}" for i in range(8)],
    "neuro": [f"neuro{i}" for i in range(8)],
}


def word_tokenizer():
    """A real fast tokenizer over the three domains' words (WordLevel, whitespace split)."""
    from tokenizers import Tokenizer, models, pre_tokenizers

    vocab = {"[UNK]": 0, "[PAD]": 1}
    for words in DOMAINS.values():
        vocab.update({w: len(vocab) + i for i, w in enumerate(words)})
    raw = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    raw.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    return transformers.PreTrainedTokenizerFast(tokenizer_object=raw, unk_token="[UNK]", pad_token="[PAD]")


def random_base(family="qwen3", vocab_size=26, seed=0, **overrides):
    fields = dict(hidden_size=64, intermediate_size=128, num_hidden_layers=3, num_attention_heads=4,
                  num_key_value_heads=2, vocab_size=vocab_size, head_dim=16)
    fields.update(overrides)
    torch.manual_seed(seed)
    model = transformers.AutoModelForCausalLM.from_config(transformers.AutoConfig.for_model(family, **fields)).eval()
    with torch.no_grad():
        for name, param in model.named_parameters():
            if "norm" not in name:
                param.normal_(0.0, STD)
    return model


def fine_tunes(base, n, scale=0.05, attention=False):
    """n 'fine-tunes' of one base: each copy's FFN (and optionally attention) drifts differently."""
    tunes = []
    for i in range(n):
        model = copy.deepcopy(base)
        gen = torch.Generator().manual_seed(100 + i)
        with torch.no_grad():
            for name, param in model.named_parameters():
                if ".mlp." in name or ("self_attn" in name and attention):
                    param.add_(torch.randn(param.shape, generator=gen) * scale)
        tunes.append(model)
    return tunes


def sentence(rng, words, length=10):
    return " ".join(rng.choice(words) for _ in range(length))


@pytest.fixture(scope="module")
def merged():
    tok = word_tokenizer()
    base = random_base(vocab_size=len(tok))
    tunes = fine_tunes(base, 3)
    rng = random.Random(0)
    prompts = [[sentence(rng, words) for _ in range(8)] for words in DOMAINS.values()]
    return tok, tunes, merge_dense_to_moe(tunes, tok, prompts, top_k=2)


def top1_per_layer(moe, ids):
    with torch.no_grad():
        return [logits.argmax(dim=-1) for logits in moe(input_ids=ids, output_router_logits=True).router_logits]


def own_expert_share(moe, tok, seed=42, prompts=5):
    """Per expert: share of (token, layer) top-1 picks that go to it, over fresh prompts from its domain."""
    rng = random.Random(seed)
    shares = []
    for expert, words in enumerate(DOMAINS.values()):
        texts = [sentence(rng, words, 20) for _ in range(prompts)]
        picks = [p for text in texts for p in top1_per_layer(moe, torch.tensor([tok(text)["input_ids"]]))]
        shares.append(float(torch.cat(picks).eq(expert).float().mean()))
    return shares


def test_new_prompt_routes_to_its_domain_expert(merged):
    tok, _, moe = merged
    rng = random.Random(7)  # a fresh sentence, not one of the examples the router was built from
    for expert, words in enumerate(DOMAINS.values()):
        ids = torch.tensor([tok(sentence(rng, words, 20))["input_ids"]])
        majority = [torch.mode(picks).values.item() for picks in top1_per_layer(moe, ids)]
        assert sum(m == expert for m in majority) >= 2, (expert, majority)  # most of the 3 layers
    assert min(own_expert_share(moe, tok)) > 0.6  # chance is 1/3


def test_routing_comes_from_the_router_rows(merged):
    tok, _, moe = merged
    swapped = copy.deepcopy(moe)
    with torch.no_grad():
        for layer in iter_moe_layers(swapped):
            layer.router.weight[[0, 1]] = layer.router.weight[[1, 0]].clone()
    shares = own_expert_share(swapped, tok)
    assert shares[0] < 0.2 and shares[1] < 0.2 and shares[2] > 0.6


def test_experts_are_the_fine_tunes_and_trunk_is_averaged(merged):
    _, tunes, moe = merged
    assert moe.config.model_type == "qwen3_moe" and moe.config.num_experts == 3 and moe.config.norm_topk_prob
    for layer in iter_moe_layers(moe):
        for e, tune in enumerate(tunes):
            mlp = tune.model.layers[layer.index].mlp
            assert torch.equal(layer.experts.gate_up_proj[e], torch.cat([mlp.gate_proj.weight, mlp.up_proj.weight]))
            assert torch.equal(layer.experts.down_proj[e], mlp.down_proj.weight)
    name = "model.layers.1.self_attn.k_proj.weight"
    mean = torch.stack([t.state_dict()[name] for t in tunes]).mean(dim=0)
    assert torch.allclose(moe.state_dict()[name], mean, atol=1e-7)
    assert not torch.equal(moe.state_dict()[name], tunes[0].state_dict()[name])


def test_merging_identical_copies_reproduces_the_base():
    tok = word_tokenizer()
    base = random_base(family="llama", vocab_size=len(tok))
    rng = random.Random(1)
    prompts = [[sentence(rng, DOMAINS["cardio"])], [sentence(rng, DOMAINS["neuro"])]]
    moe = merge_dense_to_moe([base, copy.deepcopy(base)], tok, prompts, top_k=1)
    assert moe.config.model_type == "qwen2_moe" and moe.config.shared_expert_intermediate_size == 0
    ids = torch.tensor([tok(sentence(rng, DOMAINS["derm"]))["input_ids"]])
    with torch.no_grad():
        assert float((moe(input_ids=ids).logits - base(input_ids=ids).logits).abs().max()) <= 1e-5


def test_mismatched_models_are_rejected():
    tok = word_tokenizer()
    base = random_base(vocab_size=len(tok))
    prompts = [["cardio1 cardio2"], ["derm1 derm2"]]
    wider = random_base(vocab_size=len(tok), intermediate_size=96)
    with pytest.raises(UserError, match="mlp.*shape"):
        merge_dense_to_moe([base, wider], tok, prompts)
    other = random_base(family="qwen2", vocab_size=len(tok))
    with pytest.raises(UserError, match="model_type"):
        merge_dense_to_moe([base, other], tok, prompts)
    with pytest.raises(UserError, match="at least 2"):
        merge_dense_to_moe([base], tok, prompts[:1])
    with pytest.raises(UserError, match="prompts for 1 experts but 2 dense models"):
        merge_dense_to_moe([base, copy.deepcopy(base)], tok, prompts[:1])
    with pytest.raises(UserError, match="same mean hidden state"):
        merge_dense_to_moe([base, copy.deepcopy(base)], tok, [prompts[0], prompts[0]])


@pytest.mark.parametrize(
    "lines,message",
    [
        (['{"expert": 0, "text": "a"}', '{"expert": 1, "text": "b"', ""], "prompts.jsonl:2: not valid JSON"),
        (['{"expert": 0, "text": "a"}', "", '{"expert": 2, "text": "b"}'], "prompts.jsonl:3: expert 2 is out of range"),
        (['{"expert": "0", "text": "a"}'], "prompts.jsonl:1: 'expert' must be an integer"),
        (['{"expert": 0, "text": "  "}'], "prompts.jsonl:1: 'text' must be a non-empty string"),
        (['["expert", 0]'], "prompts.jsonl:1: expected a JSON object"),
        (['{"expert": 0, "text": "a"}'], "no example prompts for expert\\(s\\) 1"),
    ],
)
def test_malformed_prompts_file_names_the_line(tmp_path, lines, message):
    path = tmp_path / "prompts.jsonl"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(UserError, match=message):
        load_expert_prompts(path, 2)


def test_cli_merges_and_saves(tmp_path, capsys):
    from serving.cli import main

    tok = word_tokenizer()
    base = random_base(vocab_size=len(tok))
    dirs = []
    for i, tune in enumerate(fine_tunes(base, 2)):
        dirs.append(str(tmp_path / f"tune{i}"))
        tune.save_pretrained(dirs[-1])
    tok.save_pretrained(dirs[0])
    rng = random.Random(3)
    records = [{"expert": e, "text": sentence(rng, words)}
               for e, words in enumerate([DOMAINS["cardio"], DOMAINS["neuro"]]) for _ in range(4)]
    prompts = tmp_path / "prompts.jsonl"
    prompts.write_text("".join(json.dumps(r) + "\n" for r in records))

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"expert": 0, "text": "cardio1"}\n{"expert": 1}\n')
    out = tmp_path / "moe"
    assert main(["merge-experts", *dirs, "--out", str(out), "--prompts", str(bad)]) == 2
    assert "bad.jsonl:2: 'text' must be a non-empty string" in capsys.readouterr().err
    assert not out.exists()
    # The first checkpoint carries the tokenizer; a bare one (config + weights) must not pass as an empty tokenizer.
    assert main(["merge-experts", dirs[1], dirs[0], "--out", str(out), "--prompts", str(prompts)]) == 2
    assert f"no tokenizer found in {dirs[1]}" in capsys.readouterr().err
    assert not out.exists()

    assert main(["merge-experts", *dirs, "--out", str(out), "--prompts", str(prompts), "--top-k", "1"]) == 0
    printed = capsys.readouterr().out
    assert "2 experts" in printed and f"saved to {out}" in printed
    loaded = transformers.AutoModelForCausalLM.from_pretrained(out).eval()
    assert loaded.config.model_type == "qwen3_moe" and loaded.config.num_experts_per_tok == 1
    recipe = json.loads((out / "merge_recipe.json").read_text())
    assert recipe["prompts_per_expert"] == [4, 4]
    assert min(recipe["own_expert_top1_share"]) > 0.5
    ids = torch.tensor([tok(sentence(rng, DOMAINS["neuro"]))["input_ids"]])
    with torch.no_grad():
        router_logits = loaded(input_ids=ids, output_router_logits=True).router_logits
    assert all(torch.mode(logits.argmax(dim=-1)).values.item() == 1 for logits in router_logits)
