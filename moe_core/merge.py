"""Branch-Train-MiX: merge N dense fine-tunes of one base model into one N-expert MoE.

Following Sukhbaatar et al. 2024 (BTX): expert e's FFN in every layer is fine-tune e's FFN, and
everything else (embeddings, attention, norms, LM head) is the element-wise mean of the
fine-tunes; the MoE family is chosen as in `moe_core.upcycle` (qwen2 -> qwen2_moe, qwen3 ->
qwen3_moe, llama -> qwen2_moe without shared expert, or mixtral). Routing weights are
renormalised over the chosen experts, so a token sent to experts that agree gets exactly that
FFN's output; in particular merging N identical copies reproduces the base model.

Router initialisation (BTX trains the router from scratch; we give it a head start)
----------------------------------------------------------------------------------
For every MoE layer we run fine-tune e on expert e's example prompts and average the input of
that layer's FFN (the post-attention RMSNorm output) over all their tokens: mu_e. Raw means are
dominated by what all domains share (the common direction mu_bar = mean_e mu_e, plus the few
"massive activation" channels), which would give every expert nearly the same row. So:
1. centre: c_e = mu_e - mu_bar (the part of expert e's mean that sets it apart);
2. drop the shared direction: remove c_e's component along mu_bar, so the common part of every
   hidden state adds no expert-specific offset to the logits (the router has no bias);
3. normalise each row to unit length, so no expert wins just because its domain is more spread;
4. scale all rows by one temperature so the logits over the calibration tokens have standard
   deviation 1 across experts: decisive enough to route, soft enough to keep gradients.
A token resembling expert e's examples then has its largest logit on row e.
"""

import json
from pathlib import Path

import torch

from moe_core.errors import UserError
from moe_core.jsonl import parse_jsonl_lines
from moe_core.upcycle import (
    build_empty_moe,
    check_output_dir,
    check_unmapped_are_zero,
    copy_non_ffn_weights,
    fill_moe_block,
    load_dense_model,
    load_tokenizer_if_present,
    moe_config_for,
    plan_upcycle,
    save_atomically,
)

RECIPE_FILE = "merge_recipe.json"
_MUST_MATCH = ("model_type", "hidden_act", "rms_norm_eps", "rope_parameters", "head_dim", "tie_word_embeddings",
               "layer_types", "attention_bias", "use_sliding_window", "sliding_window")


def check_same_base(models, names) -> None:
    """UserError naming the first weight shape or config field where a model differs from model 0."""
    ref_shapes = {k: tuple(v.shape) for k, v in models[0].state_dict().items()}
    for i, model in enumerate(models[1:], start=1):
        for field in _MUST_MATCH:
            a, b = getattr(models[0].config, field, None), getattr(model.config, field, None)
            if a != b:
                raise UserError(f"dense model {i} ({names[i]}) is not a fine-tune of the same base as model 0 "
                                f"({names[0]}): config field '{field}' is {b!r}, not {a!r}")
        shapes = {k: tuple(v.shape) for k, v in model.state_dict().items()}
        for key in sorted(set(ref_shapes) | set(shapes)):
            if ref_shapes.get(key) != shapes.get(key):
                raise UserError(f"dense model {i} ({names[i]}) does not match model 0 ({names[0]}): weight '{key}' "
                                f"has shape {shapes.get(key)} vs {ref_shapes.get(key)}; all experts must be "
                                f"fine-tunes of one base")


def encode(tokenizer, text: str, max_tokens: int) -> list[int]:
    """Token ids of `text` from a transformers tokenizer or a raw `tokenizers.Tokenizer`."""
    ids = tokenizer.encode(text)
    ids = getattr(ids, "ids", ids)  # a raw `tokenizers.Tokenizer` returns an Encoding
    return list(ids)[:max_tokens]


def ffn_input_stats(model, token_lists: list[list[int]], sample_cap: int = 64):
    """Per layer: mean FFN input (post-attention-norm hidden state) over all tokens [L, H], and up to
    `sample_cap` of those inputs [L, n, H] (spread evenly over the prompts) to calibrate the router's scale."""
    from moe_core.families import decoder_layers

    layers = decoder_layers(model)
    hidden = model.config.hidden_size
    sums = torch.zeros(len(layers), hidden, dtype=torch.float64)
    samples = [[] for _ in layers]
    total = sum(len(ids) for ids in token_lists)
    stride = max(1, total // sample_cap)
    seen = 0

    def hook(index):
        def capture(module, inputs):
            states = inputs[0].detach().reshape(-1, hidden)
            sums[index] += states.double().sum(dim=0)
            picks = [t for t in range(states.shape[0]) if (seen + t) % stride == 0]
            samples[index].append(states[picks].float())
        return capture

    handles = [layer.mlp.register_forward_pre_hook(hook(i)) for i, layer in enumerate(layers)]
    try:
        with torch.no_grad():
            for ids in token_lists:
                model(input_ids=torch.tensor([ids]))
                seen += len(ids)
    finally:
        for handle in handles:
            handle.remove()
    means = (sums / total).float()
    return means, torch.stack([torch.cat(per_layer)[:sample_cap] for per_layer in samples])


def router_rows_from_means(means: torch.Tensor, calibration: torch.Tensor) -> torch.Tensor:
    """Router weight [experts, hidden] from per-expert mean FFN inputs (see module docstring, steps 1-4)."""
    common = means.mean(dim=0)
    rows = means - common
    direction = common / common.norm().clamp_min(1e-12)
    rows = rows - (rows @ direction)[:, None] * direction[None, :]
    norms = rows.norm(dim=1)
    for e, n in enumerate(norms.tolist()):
        if n <= 1e-6 * float(means.norm(dim=1).max().clamp_min(1e-12)):
            raise UserError(f"expert {e}'s example prompts give the same mean hidden state as the other experts'; "
                            f"give each expert distinct example prompts")
    rows = rows / norms[:, None]
    logits = calibration @ rows.T
    spread = (logits - logits.mean(dim=1, keepdim=True)).std()
    return rows / spread.clamp_min(1e-6)


def merge_dense_to_moe(
    dense_models,
    tokenizer,
    prompts_per_expert: list[list[str]],
    top_k: int = 2,
    target_family: str | None = None,
    max_prompt_tokens: int = 512,
):
    """N dense fine-tunes of one base -> one N-expert MoE (BTX); router rows from each expert's example prompts."""
    from moe_core.families import decoder_layers

    dense_models = list(dense_models)
    if len(dense_models) < 2:
        raise UserError(f"merging needs at least 2 dense models, got {len(dense_models)}")
    names = [m if isinstance(m, (str, Path)) else f"model {i}" for i, m in enumerate(dense_models)]
    models = [load_dense_model(m, f"dense model {i}") for i, m in enumerate(dense_models)]
    check_same_base(models, names)
    if len(prompts_per_expert) != len(models):
        raise UserError(f"got example prompts for {len(prompts_per_expert)} experts but {len(models)} dense models")
    if isinstance(tokenizer, (str, Path)):
        source, tokenizer = tokenizer, load_tokenizer_if_present(tokenizer)
        if tokenizer is None:
            raise UserError(f"cannot load a tokenizer from '{source}'")
    token_lists = []
    for e, prompts in enumerate(prompts_per_expert):
        lists = [encode(tokenizer, p, max_prompt_tokens) for p in prompts if isinstance(p, str) and p.strip()]
        lists = [ids for ids in lists if ids]
        if not lists:
            raise UserError(f"expert {e} has no non-empty example prompts")
        token_lists.append(lists)

    plan = plan_upcycle(models[0].config, len(models), top_k, router_init="zeros", target_family=target_family)
    moe = build_empty_moe(moe_config_for(models[0].config, plan), models[0].dtype)
    for m in models:
        check_unmapped_are_zero(m, moe)
    states = [m.state_dict() for m in models]
    averaged = {k: torch.stack([s[k].float() for s in states]).mean(dim=0) for k in states[0]}

    stats = [ffn_input_stats(m, lists) for m, lists in zip(models, token_lists)]
    means = torch.stack([mean for mean, _ in stats], dim=1)  # [layers, experts, hidden]
    calibration = torch.cat([sample for _, sample in stats], dim=1)  # [layers, tokens, hidden]
    assigned: set[str] = set()
    with torch.no_grad():
        copy_non_ffn_weights(averaged, moe, assigned)
        for index, layer in enumerate(decoder_layers(moe)):
            name = f"model.layers.{index}.mlp"
            # Reuse the upcycling fill for the parts BTX leaves at their neutral init (Qwen2-MoE's zero-width
            # shared expert and its gate); experts and router rows are overwritten just below.
            fill_moe_block(layer.mlp, decoder_layers(models[0])[index].mlp, plan, torch.Generator(), name, assigned)
            for e, m in enumerate(models):
                mlp = decoder_layers(m)[index].mlp
                layer.mlp.experts.gate_up_proj[e].copy_(torch.cat([mlp.gate_proj.weight, mlp.up_proj.weight]))
                layer.mlp.experts.down_proj[e].copy_(mlp.down_proj.weight)
            layer.mlp.gate.weight.copy_(router_rows_from_means(means[index], calibration[index]))
    missing = {n for n, _ in moe.named_parameters()} - assigned
    if missing:
        raise RuntimeError(f"merging left parameters uninitialised: {sorted(missing)[:5]}")
    if getattr(models[0], "generation_config", None) is not None:
        moe.generation_config = models[0].generation_config
    moe.eval()
    return moe


def load_expert_prompts(path, num_experts: int) -> list[list[str]]:
    """Read JSONL lines {"expert": i, "text": ...} into one prompt list per expert; errors name file:line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read prompts file {path}: {exc}") from exc
    prompts: list[list[str]] = [[] for _ in range(num_experts)]
    for number, record in parse_jsonl_lines(lines, str(path)):
        where = f"{path}:{number}"
        expert, text = record.get("expert"), record.get("text")
        if isinstance(expert, bool) or not isinstance(expert, int):
            raise UserError(f"{where}: 'expert' must be an integer expert index, got {expert!r}")
        if not 0 <= expert < num_experts:
            raise UserError(f"{where}: expert {expert} is out of range; there are {num_experts} dense models "
                            f"(experts 0..{num_experts - 1})")
        if not isinstance(text, str) or not text.strip():
            raise UserError(f"{where}: 'text' must be a non-empty string")
        prompts[expert].append(text)
    empty = [e for e, texts in enumerate(prompts) if not texts]
    if empty:
        missing = ", ".join(map(str, empty))
        raise UserError(f"{path}: no example prompts for expert(s) {missing}; every expert needs some")
    return prompts


def top1_share(moe, tokenizer, prompts_per_expert: list[list[str]], max_prompt_tokens: int = 512) -> list[float]:
    """Per expert: share of (token, MoE layer) pairs of its example prompts whose top-1 routed expert is itself."""
    from moe_core.families import iter_moe_layers

    shares = []
    for e, prompts in enumerate(prompts_per_expert):
        hits = total = 0
        for text in prompts:
            ids = encode(tokenizer, text, max_prompt_tokens)
            if not ids:
                continue
            picks = []
            handles = [layer.router.register_forward_hook(lambda mod, inp, out, picks=picks: picks.append(out[2][:, 0]))
                       for layer in iter_moe_layers(moe)]
            try:
                with torch.no_grad():
                    moe(input_ids=torch.tensor([ids]))
            finally:
                for handle in handles:
                    handle.remove()
            hits += sum(int((p == e).sum()) for p in picks)
            total += sum(p.numel() for p in picks)
        shares.append(hits / max(total, 1))
    return shares


def run_merge_command(args) -> int:
    """`medqa merge-experts DENSE... --out DIR --prompts FILE.jsonl --top-k K`: merge and save atomically."""
    out = check_output_dir(args.out)
    if len(args.dense) < 2:
        raise UserError(f"merge-experts needs at least 2 dense checkpoints, got {len(args.dense)}")
    prompts = load_expert_prompts(args.prompts, len(args.dense))
    tokenizer = load_tokenizer_if_present(args.dense[0])
    if tokenizer is None:
        raise UserError(f"no tokenizer found in {args.dense[0]}; the first dense checkpoint must include one")
    moe = merge_dense_to_moe(args.dense, tokenizer, prompts, top_k=args.top_k,
                             target_family=getattr(args, "target_family", None))
    shares = top1_share(moe, tokenizer, prompts)
    recipe = {
        "method": "branch-train-mix", "dense": [str(d) for d in args.dense], "prompts": str(args.prompts),
        "prompts_per_expert": [len(p) for p in prompts], "top_k": args.top_k,
        "target_family": moe.config.model_type, "own_expert_top1_share": shares,
    }

    def write(tmp: Path) -> None:
        moe.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        (tmp / RECIPE_FILE).write_text(json.dumps(recipe, indent=2) + "\n")

    save_atomically(out, write)
    print(f"merged {len(args.dense)} dense models -> {moe.config.model_type} with {len(args.dense)} experts "
          f"(top-{args.top_k})")
    for e, share in enumerate(shares):
        print(f"expert {e}: {share:.0%} of its example tokens route top-1 to it ({len(prompts[e])} prompts)")
    print(f"saved to {out}")
    return 0
