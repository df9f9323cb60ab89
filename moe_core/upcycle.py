"""Sparse upcycling: grow a Mixture-of-Experts from a dense checkpoint, function-preserving at init.

Every non-FFN weight (embeddings, attention, norms, LM head) is copied bit-for-bit; each dense
FFN becomes an MoE block whose output equals the dense FFN's output on every input.

Which families, and why not DeepSeek-V3 for Llama
-------------------------------------------------
    dense qwen2 -> qwen2_moe            (same attention incl. q/k/v bias and sliding-window layers)
    dense qwen3 -> qwen3_moe            (same attention incl. per-head q/k RMSNorm)
    dense llama -> qwen2_moe (default)  (Qwen2-MoE attention *is* LlamaAttention with qkv_bias=False)
                -> mixtral              (Mistral attention == Llama attention; no shared experts)
DeepSeek dense checkpoints (DeepSeek-LLM 7B/67B) are Llama architecture. DeepSeek-V2/V3 use
Multi-head Latent Attention, which cannot represent Llama's grouped-query attention exactly:
(1) the rotary part of every key is one head shared by all heads (MQA), while Llama rotates all
dimensions of each of its KV heads independently; (2) the compressed KV latent passes through
an RMSNorm (`kv_a_layernorm`), which rescales keys and values per token, a non-linear map no
choice of `kv_lora_rank` can undo. Since function preservation is the requirement, a Llama is
upcycled into Qwen2-MoE: Llama attention unchanged, plus a shared expert, like DeepSeek-MoE.

The construction (granularity g, E routed experts, k = top_k, S shared experts)
------------------------------------------------------------------------------
Split the dense FFN F(x) = W_down (act(W_gate x) * W_up x) along its intermediate dimension into
g slices of width I/g, so F = F_0 + ... + F_{g-1} exactly (the FFN is a sum over hidden units).

* Routed experts come in E/g *virtual groups*; expert G*g + s is a copy of slice s, so every
  group holds one full copy of F. All g members of a group share one router row, so they always
  get identical logits and identical probabilities p_G.
* top_k must be a multiple of g: top-k then always takes k/g *whole* groups (members of a group
  tie with each other, so tie-breaking inside a group cannot matter), and routing weights are
  renormalised over the selected experts (`norm_topk_prob=True`; Mixtral always renormalises):
  each member of group G gets w = p_G / (g * sum of p over the selected groups). Scaling every
  routed expert's down-projection by g makes the routed output sum_G (g * w_G) * F = F, for any
  router weights at all. With g = 1 this is the classic "every expert is a copy" upcycling.
* Shared expert i (width I/g) is a copy of slice i mod g. A slice held by a shared experts is
  split evenly between its a_s shared copies and the routed path: both scale that slice's
  down-projection columns by 1/(1 + a_s), so each slice still sums to exactly 1 x F_s.
  Qwen2-MoE multiplies its shared expert by sigmoid(w . x); w = 0 gives exactly 1/2, which is
  folded into the shared down-projection as a factor 2.

Exactness: for g = 1 every routed expert computes the same function, so the output is exact for
any router and any tie-breaking, including the all-zero router. For g > 1 the only remaining way
to split a group is an exact fp32 tie between the probabilities of two *different* groups at the
top-k cut; with a random router row per group that has probability ~1e-7 per token and layer,
and it only matters at initialisation. A zero router makes every group tie, so `router_init=
"zeros"` is refused for g > 1 (top-k tie-breaking would decide which slices are summed).
"Exact" means equal up to float rounding of the re-associated sums: about 1e-6 on fp32 logits;
a bf16 checkpoint stays bf16 and matches only to bf16 rounding (about 1e-2 on logits).
With no shared experts, Qwen2-MoE gets a zero-width shared expert (shared_expert_intermediate_size=0).

Options
-------
router_init="normal" (default) draws one N(0, initializer_range^2) row per virtual group, so
groups compete from step one; "zeros" (g = 1 only) starts from uniform routing. With g = 1 and
no noise every expert is identical, so the router gets zero gradient until the experts that were
picked drift apart; `noise` breaks that symmetry.
noise > 0 adds N(0, (noise * std(W))^2) to every copied routed-expert weight W, independently per
expert (Drop-/noise-upcycling style). It makes the model NOT function-preserving by design
(roughly noise-relative error in the FFN outputs); shared experts, attention, norms and
embeddings are never perturbed.
"""

import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path

import torch

from moe_core.errors import UserError
from moe_core.jsonl import write_dir_atomic

# Dense model_type -> MoE families it can be upcycled into exactly; the first is the default.
UPCYCLE_TARGETS = {"qwen2": ("qwen2_moe",), "qwen3": ("qwen3_moe",), "llama": ("qwen2_moe", "mixtral")}

_NOT_EXACT = {
    "deepseek_v2": "its Multi-head Latent Attention shares one rotary key head across all heads and "
    "RMS-normalises the compressed KV latent, so it cannot represent Llama/Qwen attention exactly",
    "deepseek_v3": "its Multi-head Latent Attention shares one rotary key head across all heads and "
    "RMS-normalises the compressed KV latent, so it cannot represent Llama/Qwen attention exactly",
}

_MOE_CONFIG_KEYS = ("num_experts", "num_local_experts", "n_routed_experts")
RECIPE_FILE = "upcycle_recipe.json"


@dataclass(frozen=True)
class UpcyclePlan:
    """Validated shape of one upcycling: which family, how many experts, how slices are scaled."""

    dense_family: str
    target_family: str
    num_experts: int
    top_k: int
    granularity: int
    shared_experts: int
    slice_size: int  # moe_intermediate_size = dense intermediate_size / granularity
    routed_scale: tuple[float, ...]  # per slice: factor on routed experts' down_proj columns
    shared_scale: tuple[float, ...]  # per slice: factor on each shared copy's down_proj columns
    router_init: str
    router_std: float  # std of the "normal" router rows: the dense config's initializer_range
    noise: float
    seed: int


def is_moe_config(config) -> bool:
    """True when a config already describes a Mixture-of-Experts model."""
    from moe_core.families import FAMILY_SPECS

    if getattr(config, "model_type", None) in FAMILY_SPECS:
        return True
    return any(int(getattr(config, key, 0) or 0) > 0 for key in _MOE_CONFIG_KEYS)


def check_dense_config(config, what: str = "dense checkpoint") -> str:
    """The dense model_type of `config`, or a UserError if it is an MoE or an unsupported family."""
    model_type = getattr(config, "model_type", None)
    supported = ", ".join(sorted(UPCYCLE_TARGETS))
    if is_moe_config(config):
        raise UserError(
            f"{what} is already a Mixture-of-Experts model ('{model_type}'); give a dense checkpoint "
            f"(model type one of: {supported})"
        )
    if model_type not in UPCYCLE_TARGETS:
        raise UserError(f"{what} has unsupported dense model type '{model_type}'; supported: {supported}")
    return model_type


def resolve_target_family(dense_family: str, target_family: str | None) -> str:
    """The MoE family to build for a dense family (default or validated explicit choice)."""
    allowed = UPCYCLE_TARGETS[dense_family]
    if target_family is None:
        return allowed[0]
    if target_family in allowed:
        return target_family
    if target_family in _NOT_EXACT:
        raise UserError(
            f"cannot upcycle '{dense_family}' into '{target_family}' function-preservingly: "
            f"{_NOT_EXACT[target_family]}. Use one of: {', '.join(allowed)}"
        )
    raise UserError(
        f"cannot upcycle '{dense_family}' into '{target_family}'; exact targets for {dense_family}: "
        f"{', '.join(allowed)}"
    )


def _check_int(name: str, value, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise UserError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return value


def plan_upcycle(
    dense_config,
    num_experts: int,
    top_k: int,
    granularity: int = 1,
    shared_experts: int = 0,
    *,
    noise: float = 0.0,
    router_init: str = "normal",
    seed: int = 0,
    target_family: str | None = None,
) -> UpcyclePlan:
    """Validate every upcycling option against the dense config and work out slice scales."""
    dense_family = check_dense_config(dense_config)
    target = resolve_target_family(dense_family, target_family)
    _check_int("num_experts", num_experts, 1)
    _check_int("top_k", top_k, 1)
    _check_int("granularity", granularity, 1)
    _check_int("shared_experts", shared_experts, 0)
    if top_k > num_experts:
        raise UserError(f"top_k ({top_k}) cannot exceed num_experts ({num_experts})")
    if router_init not in ("zeros", "normal"):
        raise UserError(f"router_init must be 'zeros' or 'normal', got {router_init!r}")
    if not isinstance(noise, (int, float)) or not math.isfinite(noise) or noise < 0:
        raise UserError(f"noise must be a finite number >= 0, got {noise!r}")
    intermediate = int(dense_config.intermediate_size)
    if intermediate % granularity:
        raise UserError(
            f"granularity {granularity} does not divide the dense intermediate_size {intermediate}; "
            f"pick a divisor of {intermediate}"
        )
    if num_experts % granularity:
        raise UserError(
            f"num_experts ({num_experts}) must be a multiple of granularity ({granularity}): each group of "
            f"{granularity} experts holds one full copy of the dense FFN"
        )
    if granularity > 1 and top_k % granularity:
        raise UserError(
            f"top_k ({top_k}) must be a multiple of granularity ({granularity}) so that routing always picks "
            f"whole copies of the dense FFN (needed for an exact, function-preserving start)"
        )
    if granularity > 1 and router_init == "zeros":
        raise UserError(
            "router_init='zeros' with granularity > 1 is not function-preserving: all experts tie and top-k "
            "tie-breaking would decide which FFN slices are summed; use router_init='normal'"
        )
    if shared_experts and target in ("mixtral", "qwen3_moe"):
        hint = " or target family qwen2_moe" if dense_family == "llama" else ""
        raise UserError(f"{target} has no shared experts; use shared_experts=0{hint}")
    if target == "qwen3_moe" and "sliding_attention" in (getattr(dense_config, "layer_types", None) or []):
        raise UserError("dense qwen3 with sliding-window layers cannot be represented by qwen3_moe exactly")
    carriers = [sum(1 for i in range(shared_experts) if i % granularity == s) for s in range(granularity)]
    routed_scale = tuple(granularity / (1 + a) for a in carriers)
    shared_scale = tuple(1.0 / (1 + a) for a in carriers)
    return UpcyclePlan(
        dense_family, target, num_experts, top_k, granularity, shared_experts, intermediate // granularity,
        routed_scale, shared_scale, router_init, float(dense_config.initializer_range), float(noise), int(seed),
    )


def moe_config_for(dense_config, plan: UpcyclePlan):
    """The MoE config that keeps every non-FFN field of the dense config."""
    import transformers

    d = dense_config
    common = dict(
        vocab_size=d.vocab_size, hidden_size=d.hidden_size, num_hidden_layers=d.num_hidden_layers,
        num_attention_heads=d.num_attention_heads, num_key_value_heads=d.num_key_value_heads,
        hidden_act=d.hidden_act, max_position_embeddings=d.max_position_embeddings,
        initializer_range=d.initializer_range, rms_norm_eps=d.rms_norm_eps,
        rope_parameters=dict(d.rope_parameters) if getattr(d, "rope_parameters", None) else None,
        tie_word_embeddings=bool(getattr(d, "tie_word_embeddings", False)),
        attention_dropout=getattr(d, "attention_dropout", 0.0), use_cache=getattr(d, "use_cache", True),
        bos_token_id=d.bos_token_id, eos_token_id=d.eos_token_id, pad_token_id=d.pad_token_id,
        num_experts_per_tok=plan.top_k,
    )
    if getattr(d, "head_dim", None):
        common["head_dim"] = d.head_dim
    if plan.target_family == "mixtral":
        fields = dict(common, num_local_experts=plan.num_experts, intermediate_size=plan.slice_size,
                      sliding_window=None, router_jitter_noise=0.0)
    else:
        fields = dict(common, num_experts=plan.num_experts, moe_intermediate_size=plan.slice_size,
                      intermediate_size=d.intermediate_size, norm_topk_prob=True, decoder_sparse_step=1,
                      mlp_only_layers=[])
        if plan.target_family == "qwen2_moe":
            fields.update(shared_expert_intermediate_size=plan.shared_experts * plan.slice_size)
            if plan.dense_family == "qwen2":
                fields.update(qkv_bias=True, use_sliding_window=d.use_sliding_window,
                              sliding_window=d.sliding_window, max_window_layers=d.max_window_layers,
                              layer_types=list(d.layer_types))
            else:  # llama: q/k/v biases only if the dense model has them (o_proj bias is checked zero)
                fields.update(qkv_bias=bool(getattr(d, "attention_bias", False)), use_sliding_window=False)
        else:  # qwen3_moe
            fields.update(attention_bias=bool(getattr(d, "attention_bias", False)), use_sliding_window=False)
    return transformers.AutoConfig.for_model(plan.target_family, **fields)


def load_dense_model(dense, what: str = "dense checkpoint"):
    """A dense causal LM from a model object, local directory or hub id (UserError if it cannot be loaded)."""
    import transformers

    if isinstance(dense, torch.nn.Module):
        check_dense_config(dense.config, what)
        if not hasattr(dense, "lm_head"):
            raise UserError(f"{what} is a {type(dense).__name__}; pass the causal LM (AutoModelForCausalLM)")
        return dense
    from safetensors import SafetensorError

    from moe_core.models import (
        check_config_json,
        check_local_path,
        check_safetensors_files,
    )

    name = str(dense)
    # A path meant as local must not go to the hub (30 s of retries, then "Repo id must be in the form...").
    local = check_local_path(name, "local directory", context=f"cannot read {what}")
    if local is not None:
        if not (local / "config.json").is_file():
            raise UserError(f"{what} '{name}' is not a model directory (no config.json)")
        check_config_json(local)
    try:
        config = transformers.AutoConfig.from_pretrained(name)
    except (OSError, ValueError) as exc:
        raise UserError(f"cannot read {what} '{name}': {str(exc).splitlines()[0]}") from exc
    check_dense_config(config, f"{what} '{name}'")
    if local is not None:
        check_safetensors_files(local)
    try:
        return transformers.AutoModelForCausalLM.from_pretrained(name, dtype="auto")
    except (OSError, ValueError) as exc:
        raise UserError(f"cannot load {what} '{name}': {str(exc).splitlines()[0]}") from exc
    except SafetensorError as exc:
        raise UserError(f"cannot load {what} '{name}': a weights file is truncated or corrupt ({exc}); "
                        f"download it again") from None


def load_tokenizer_if_present(source):
    """The tokenizer saved with a checkpoint, or None when it has none (or only the empty one transformers makes up)."""
    from moe_core.models import load_tokenizer

    try:
        return load_tokenizer(source)
    except UserError:
        return None


def build_empty_moe(config, dtype: torch.dtype):
    """An MoE model of `config` whose parameters are allocated but not initialised (we overwrite all)."""
    import transformers
    from transformers.initialization import no_init_weights

    with no_init_weights():
        model = transformers.AutoModelForCausalLM.from_config(config, dtype=dtype)
    model.tie_weights()  # no_init_weights also skips tying; tie_word_embeddings must still share one tensor
    return model


def copy_non_ffn_weights(source_state: dict, moe, assigned: set[str]) -> None:
    """Copy every non-FFN parameter of the MoE from `source_state` (same names, same shapes)."""
    for name, param in moe.named_parameters():
        if ".mlp." in name:
            continue
        src = source_state.get(name)
        if src is None or src.shape != param.shape:
            got = None if src is None else tuple(src.shape)
            raise RuntimeError(f"no source weight for {name} {tuple(param.shape)} (found {got})")
        param.copy_(src)
        assigned.add(name)


def check_unmapped_are_zero(dense, moe) -> None:
    """Refuse dense weights the MoE cannot hold (e.g. Llama o_proj / MLP biases) unless they are zero."""
    moe_names = {n for n, _ in moe.named_parameters()} | set(moe.state_dict())
    ffn_weights = (".mlp.gate_proj.weight", ".mlp.up_proj.weight", ".mlp.down_proj.weight")
    for name, tensor in dense.state_dict().items():
        if name in moe_names or name.endswith(ffn_weights):
            continue
        if torch.count_nonzero(tensor).item():
            raise UserError(
                f"dense weight '{name}' is non-zero but the {moe.config.model_type} layout has no place for it, "
                f"so upcycling would change the model's function"
            )


def _dense_ffn_slices(mlp, plan: UpcyclePlan):
    """The dense FFN's gate/up rows and down columns, cut into `granularity` slices, in fp32."""
    w = plan.slice_size
    gate, up, down = (p.detach().float() for p in (mlp.gate_proj.weight, mlp.up_proj.weight, mlp.down_proj.weight))
    cuts = [slice(s * w, (s + 1) * w) for s in range(plan.granularity)]
    return [(gate[cut], up[cut], down[:, cut]) for cut in cuts]


def _with_noise(tensor: torch.Tensor, noise: float, generator: torch.Generator) -> torch.Tensor:
    if noise == 0:
        return tensor
    eps = torch.randn(tensor.shape, generator=generator, dtype=torch.float32)
    return tensor + noise * tensor.std() * eps


def fill_moe_block(block, dense_mlp, plan: UpcyclePlan, generator: torch.Generator, layer_name: str,
                   assigned: set[str]) -> None:
    """Write one layer's routed experts, shared experts and router from the dense FFN (see module docstring)."""
    slices = _dense_ffn_slices(dense_mlp, plan)
    g = plan.granularity
    experts = block.experts
    for e in range(plan.num_experts):
        s = e % g
        gate, up, down = slices[s]
        experts.gate_up_proj[e].copy_(_with_noise(torch.cat([gate, up], dim=0), plan.noise, generator))
        experts.down_proj[e].copy_(_with_noise(down * plan.routed_scale[s], plan.noise, generator))
    assigned.update({f"{layer_name}.experts.gate_up_proj", f"{layer_name}.experts.down_proj"})

    router = block.gate.weight
    if plan.router_init == "zeros":
        router.zero_()
    else:  # one row per virtual group, repeated for its members so they always tie
        rows = torch.randn((plan.num_experts // g, router.shape[1]), generator=generator)
        router.copy_(rows.repeat_interleave(g, dim=0) * plan.router_std)
    assigned.add(f"{layer_name}.gate.weight")

    shared = getattr(block, "shared_experts", None) or getattr(block, "shared_expert", None)
    if shared is None:
        return
    shared_name = f"{layer_name}.{'shared_experts' if hasattr(block, 'shared_experts') else 'shared_expert'}"
    # Qwen2-MoE's shared expert is multiplied by sigmoid(0) = 1/2 at init; fold the 2 into down_proj.
    gate_factor = 2.0 if hasattr(block, "shared_expert_gate") else 1.0
    if hasattr(block, "shared_expert_gate"):
        block.shared_expert_gate.weight.zero_()
        assigned.add(f"{layer_name}.shared_expert_gate.weight")
    picked = [i % g for i in range(plan.shared_experts)]
    if picked:
        shared.gate_proj.weight.copy_(torch.cat([slices[s][0] for s in picked], dim=0))
        shared.up_proj.weight.copy_(torch.cat([slices[s][1] for s in picked], dim=0))
        shared.down_proj.weight.copy_(
            torch.cat([slices[s][2] * (plan.shared_scale[s] * gate_factor) for s in picked], dim=1)
        )
    assigned.update({f"{shared_name}.{p}.weight" for p in ("gate_proj", "up_proj", "down_proj")})


def upcycle_dense_to_moe(
    dense,
    num_experts: int,
    top_k: int,
    granularity: int = 1,
    shared_experts: int = 0,
    *,
    noise: float = 0.0,
    router_init: str = "normal",
    seed: int = 0,
    target_family: str | None = None,
):
    """Build an MoE whose logits equal the dense model's at init (noise=0); see the module docstring."""
    from moe_core.families import decoder_layers

    dense = load_dense_model(dense)
    plan = plan_upcycle(
        dense.config, num_experts, top_k, granularity, shared_experts,
        noise=noise, router_init=router_init, seed=seed, target_family=target_family,
    )
    config = moe_config_for(dense.config, plan)
    moe = build_empty_moe(config, dense.dtype)
    check_unmapped_are_zero(dense, moe)
    generator = torch.Generator().manual_seed(plan.seed)
    assigned: set[str] = set()
    with torch.no_grad():
        copy_non_ffn_weights(dense.state_dict(), moe, assigned)
        for index, (dense_layer, moe_layer) in enumerate(zip(decoder_layers(dense), decoder_layers(moe))):
            fill_moe_block(moe_layer.mlp, dense_layer.mlp, plan, generator, f"model.layers.{index}.mlp", assigned)
    missing = {n for n, _ in moe.named_parameters()} - assigned
    if missing:
        raise RuntimeError(f"upcycling left parameters uninitialised: {sorted(missing)[:5]}")
    if getattr(dense, "generation_config", None) is not None:
        moe.generation_config = dense.generation_config
    moe.upcycle_plan = plan
    moe.eval()
    return moe


def check_output_dir(out) -> Path:
    """`out` as a Path, or a UserError if it is a file or a non-empty directory (never overwritten)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out} exists and is not a directory")
    if out.is_dir() and any(out.iterdir()):
        raise UserError(f"--out {out} is not empty; refusing to overwrite it (choose a new directory)")
    return out


def save_atomically(out, write) -> Path:
    """Run `write(tmp_dir)` into a sibling temp dir, then rename it to `out`; nothing half-written is left."""
    # replace=False: someone may have written there meanwhile; that is refused, not overwritten.
    return write_dir_atomic(check_output_dir(out), write, replace=False)


def max_logit_difference(dense, moe, vocab_size: int, seed: int = 0, length: int = 16) -> float:
    """Largest |logit difference| between two models on one random token sequence."""
    ids = torch.randint(0, vocab_size, (1, length), generator=torch.Generator().manual_seed(seed))
    with torch.no_grad():
        a = dense(input_ids=ids).logits.float()
        b = moe(input_ids=ids).logits.float()
    return float((a - b).abs().max())


def run_upcycle_command(args) -> int:
    """`medqa upcycle DENSE --out DIR ...`: upcycle, check function preservation, save atomically."""
    out = check_output_dir(args.out)
    dense = load_dense_model(args.dense, "dense checkpoint")
    tokenizer = load_tokenizer_if_present(args.dense)
    moe = upcycle_dense_to_moe(
        dense, args.num_experts, args.top_k, args.granularity, args.shared_experts,
        noise=args.noise, router_init=getattr(args, "router_init", "normal"), seed=args.seed,
        target_family=getattr(args, "target_family", None),
    )
    diff = max_logit_difference(dense, moe, dense.config.vocab_size, seed=args.seed)
    plan = moe.upcycle_plan
    recipe = {k: v for k, v in asdict(plan).items()}
    recipe.update(dense=str(args.dense), max_abs_logit_diff_at_init=diff)

    def write(tmp: Path) -> None:
        moe.save_pretrained(tmp)
        if tokenizer is not None:
            tokenizer.save_pretrained(tmp)
        (tmp / RECIPE_FILE).write_text(json.dumps(recipe, indent=2) + "\n")

    save_atomically(out, write)
    params = sum(p.numel() for p in moe.parameters())
    print(
        f"upcycled {plan.dense_family} -> {plan.target_family}: {plan.num_experts} experts (top-{plan.top_k}), "
        f"granularity {plan.granularity}, {plan.shared_experts} shared, {params / 1e6:.2f}M params"
    )
    note = "" if plan.noise == 0 else f" (noise {plan.noise} makes this non-zero by design)"
    print(f"max |logit(moe) - logit(dense)| on a probe sequence: {diff:.2e}{note}")
    if tokenizer is None:
        print(f"note: no tokenizer found with {args.dense}; saved the model only")
    print(f"saved to {out}")
    return 0
