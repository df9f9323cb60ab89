"""Router telemetry, load-balancing losses and DeepSeek-V3's auxiliary-loss-free balancing.

Every MoE router in transformers 5.x returns `(router_logits, top_k_weights, top_k_indices)`; all of
this module works from forward hooks on those routers, so it needs no model code of its own and works
under PEFT (including a router trained via `modules_to_save`).

- `RouterTelemetry`: tokens per expert per layer, imbalance, entropy, collapse alarms, heatmap.
- `switch_aux_loss` / `router_z_loss` / `moe_aux_loss`: trainer-side balancing losses;
  `RouterLogitsCollector` gathers the router logits they need during a normal forward.
- `AuxFreeBalancer`: a per-expert bias added to the routing scores for expert *selection only*,
  nudged after each optimizer step towards equal load (DeepSeek-V3, arXiv:2412.19437 section 2.1.2).
"""

import importlib
import math
import types
from dataclasses import dataclass

import torch
from torch import nn
import torch.nn.functional as F

from moe_core.errors import UserError
from moe_core.families import family_of, iter_moe_layers, num_experts, top_k

# How each family's router turns logits into scores (for the aux loss and selection bias).
SCORING = {
    "qwen2_moe": "softmax", "qwen3_moe": "softmax", "mixtral": "softmax", "olmoe": "softmax",
    "deepseek_v2": "softmax", "deepseek_v3": "sigmoid", "bailing_hybrid": "sigmoid",
}


def _live_routers(router: nn.Module) -> list[nn.Module]:
    """The router module(s) that actually run: PEFT's modules_to_save wrapper holds a trained copy."""
    copies = getattr(router, "modules_to_save", None)
    if isinstance(copies, nn.ModuleDict):
        return [router.original_module, *copies.values()]
    return [router]


@dataclass
class LayerRouting:
    """Routing statistics of one MoE layer over the tokens seen since the last reset."""

    layer: int
    tokens_per_expert: list[int]
    imbalance: float  # max load / mean load; 1.0 is perfectly balanced, E/top_k is total collapse
    entropy: float  # entropy of the load distribution divided by log(E): 1.0 balanced, 0.0 one expert
    unused_share: float  # share of experts that received no token


def layer_routing(layer: int, tokens_per_expert) -> LayerRouting:
    """Statistics of one layer's expert load (a list or tensor of per-expert token counts)."""
    counts = torch.as_tensor(tokens_per_expert, dtype=torch.float64).flatten()
    experts = counts.numel()
    total = counts.sum().item()
    if total == 0:
        return LayerRouting(layer, [0] * experts, 0.0, 0.0, 1.0)
    share = counts / total
    nonzero = share[share > 0]
    entropy = float(-(nonzero * nonzero.log()).sum() / math.log(experts)) if experts > 1 else 1.0
    return LayerRouting(
        layer=layer,
        tokens_per_expert=[int(c) for c in counts.tolist()],
        imbalance=float(counts.max() / counts.mean()),
        entropy=entropy,
        unused_share=float((counts == 0).sum() / experts),
    )


def _count_experts(indices: torch.Tensor, experts: int, weights: torch.Tensor | None) -> torch.Tensor:
    """Per-expert assignment counts without a device sync (scatter_add instead of bincount)."""
    flat = indices.reshape(indices.shape[0], -1)
    ones = torch.ones_like(flat, dtype=torch.int64) if weights is None else weights.to(torch.int64)[:, None].expand_as(flat)
    valid = (flat >= 0) & (flat < experts)  # expert-parallel sentinels point outside [0, E)
    counts = torch.zeros(experts, dtype=torch.int64, device=indices.device)
    return counts.scatter_add_(0, flat.clamp(0, experts - 1).reshape(-1), (ones * valid).reshape(-1))


class RouterTelemetry:
    """Counts tokens per expert in every MoE layer from the routers' own top-k choices.

    Hooks stay registered until `remove()` (or the end of a `with` block). With `every_n=n` only every
    n-th forward is counted; set `enabled = False` to pause: a paused hook returns at once. Counts stay
    on the model's device (no host sync) until `snapshot()`. Under gradient checkpointing the routers
    run again in backward, which doubles every count alike; the ratios are unaffected.
    """

    def __init__(self, model: nn.Module, every_n: int = 1):
        if not isinstance(every_n, int) or every_n < 1:
            raise UserError(f"every_n must be a positive integer, got {every_n!r}")
        self.every_n = every_n
        self.enabled = True
        self.unmasked_forwards = 0  # forwards whose token count did not match the token mask
        self._layers = iter_moe_layers(model)
        if not self._layers:
            raise UserError(f"{type(model).__name__} has no MoE layers to watch")
        self._experts = num_experts(model.config)
        self._mask: torch.Tensor | None = None
        self._counts: dict[int, torch.Tensor] = {}
        self._calls: dict[int, int] = {}
        self._handles = [
            layer.router.register_forward_hook(self._make_hook(layer.index)) for layer in self._layers
        ]

    def _make_hook(self, layer_index: int):
        def hook(module, args, output):
            if not self.enabled:
                return
            calls = self._calls.get(layer_index, 0)
            self._calls[layer_index] = calls + 1
            if calls % self.every_n:
                return
            indices = output[2].detach()
            weights = None
            if self._mask is not None:
                if self._mask.numel() == indices.shape[0]:
                    weights = self._mask.to(indices.device)
                elif layer_index == self._layers[0].index:
                    self.unmasked_forwards += 1
            counts = _count_experts(indices, self._experts, weights)
            previous = self._counts.get(layer_index)
            self._counts[layer_index] = counts if previous is None else previous + counts
        return hook

    def set_token_mask(self, mask: torch.Tensor | None) -> None:
        """Count only tokens where mask is nonzero (e.g. the attention mask [batch, seq]); None counts all."""
        if mask is None:
            self._mask = None
            return
        if not isinstance(mask, torch.Tensor):
            raise UserError(f"token mask must be a tensor, got {type(mask).__name__}")
        self._mask = (mask.reshape(-1) != 0).to(torch.int64)

    def snapshot(self) -> list[LayerRouting]:
        """Statistics per MoE layer, in layer order, over everything counted since the last reset."""
        out = []
        for layer in self._layers:
            counts = self._counts.get(layer.index)
            out.append(layer_routing(layer.index, counts.cpu() if counts is not None else [0] * self._experts))
        return out

    def reset(self) -> None:
        """Forget all counts (hooks stay)."""
        self._counts.clear()
        self._calls.clear()
        self.unmasked_forwards = 0

    def remove(self) -> None:
        """Unregister the hooks; counts are kept for a last snapshot."""
        for handle in self._handles:
            handle.remove()
        self._handles = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()

    def collapse_alarm(self, threshold: float = 3.0) -> list[str]:
        """One message per layer whose imbalance (max/mean load) exceeds `threshold` in this snapshot alone
        (the trainer alarms through `CollapseWatch`, which also asks for a warm-up and persistence)."""
        return [_collapse_message(stats, threshold) for stats in self.snapshot() if stats.imbalance > threshold]

    def as_heatmap_array(self):
        """A float32 numpy array [moe_layers, experts]: each layer's share of assignments per expert (rows sum to 1)."""
        import numpy as np

        rows = []
        for stats in self.snapshot():
            counts = np.asarray(stats.tokens_per_expert, dtype=np.float64)
            rows.append(counts / counts.sum() if counts.sum() else counts)
        return np.stack(rows).astype(np.float32)


COLLAPSE_EXPLANATION = (
    "router collapse alarm: in the layers named, most tokens go to a few experts, so the other experts get "
    "little training signal and the model behaves like a smaller one. Early in training, and in tiny models, "
    "some imbalance is normal and this alarm stays quiet (balance.collapse_warmup_steps, "
    "balance.collapse_patience); if it persists, raise balance.aux_loss_coef (e.g. 0.01) or turn on "
    "balance.aux_free_gamma (e.g. 0.001), or lower optim.lr. The per-layer loads are in metrics.jsonl "
    "(imbalance/layerN) and TensorBoard's expert-load heatmap."
)


@dataclass
class CollapseWatch:
    """Decides when uneven routing is worth an alarm: after a warm-up, and only when it persists.

    Feed it each telemetry snapshot with `update(step, layers)`; it returns the alarm messages of the
    layers whose imbalance exceeded `threshold` in each of the last `patience` snapshots taken after
    `warmup_steps`. Snapshots up to `warmup_steps` never count: an untrained router is uneven at first.
    """

    threshold: float = 3.0
    warmup_steps: int = 50
    patience: int = 3

    def __post_init__(self):
        self._streak: dict[int, int] = {}  # layer -> imbalanced snapshots in a row after warm-up
        self.explained = False  # whether the meaning of the alarm was printed yet (once per run)

    def update(self, step: int, layers: list[LayerRouting]) -> list[str]:
        """Record one snapshot taken at `step`; the alarm messages of layers imbalanced for `patience` snapshots."""
        if step <= self.warmup_steps:
            self._streak.clear()
            return []
        alarms = []
        for stats in layers:
            if stats.imbalance <= self.threshold:
                self._streak[stats.layer] = 0
                continue
            self._streak[stats.layer] = self._streak.get(stats.layer, 0) + 1
            if self._streak[stats.layer] >= self.patience:
                alarms.append(_collapse_message(stats, self.threshold)
                              + f", for {self._streak[stats.layer]} snapshots in a row")
        return alarms


def _collapse_message(stats: LayerRouting, threshold: float) -> str:
    busiest = max(range(len(stats.tokens_per_expert)), key=stats.tokens_per_expert.__getitem__)
    return (f"layer {stats.layer}: router collapse risk, imbalance {stats.imbalance:.2f} > {threshold} "
            f"(expert {busiest} takes {stats.tokens_per_expert[busiest]} of {sum(stats.tokens_per_expert)} "
            f"assignments, {stats.unused_share:.0%} of experts unused, entropy {stats.entropy:.2f})")


# ---------------------------------------------------------------- balancing losses


class RouterLogitsCollector:
    """Keeps the router logits of the latest forward (with their graph) for the balancing losses.

    The list is cleared at the start of each model forward, so recomputation under gradient
    checkpointing (which re-runs the routers during backward) never leaks into the next step.
    """

    def __init__(self, model: nn.Module):
        self.logits: list[torch.Tensor] = []
        layers = iter_moe_layers(model)
        if not layers:
            raise UserError(f"{type(model).__name__} has no MoE layers")
        self._handles = [model.register_forward_pre_hook(lambda module, args: self.logits.clear())]
        self._handles += [layer.router.register_forward_hook(self._hook) for layer in layers]

    def _hook(self, module, args, output):
        self.logits.append(output[0])

    def remove(self) -> None:
        """Unregister the hooks."""
        for handle in self._handles:
            handle.remove()
        self._handles = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()


def _check_logits(router_logits_per_layer, num_experts_: int | None = None) -> list[torch.Tensor]:
    logits = list(router_logits_per_layer or [])
    if not logits:
        raise UserError("no router logits given: run a forward with a RouterLogitsCollector (or "
                        "output_router_logits=True) first")
    for index, layer_logits in enumerate(logits):
        if layer_logits.dim() != 2 or (num_experts_ is not None and layer_logits.shape[-1] != num_experts_):
            raise UserError(f"router logits of MoE layer #{index} have shape {tuple(layer_logits.shape)}; "
                            f"expected [tokens, {num_experts_ or 'experts'}]")
    return logits


def _scores(logits: torch.Tensor, scoring: str) -> torch.Tensor:
    """Per-token routing probabilities: softmax, or DeepSeek-V3's sigmoid scores normalised to sum to one."""
    if scoring == "softmax":
        return torch.softmax(logits.float(), dim=-1)
    if scoring == "sigmoid":
        scores = torch.sigmoid(logits.float())
        return scores / scores.sum(dim=-1, keepdim=True)
    raise UserError(f"unknown router scoring {scoring!r}; use 'softmax' or 'sigmoid'")


def _switch_loss(logits: list[torch.Tensor], top_k_: int, num_experts_: int, mask, scoring: str) -> torch.Tensor:
    """E * sum_i f_i * P_i over all layers' tokens (f_i: share of tokens routed to i, P_i: mean probability)."""
    counts = torch.zeros(num_experts_, device=logits[0].device)
    prob_sum = torch.zeros(num_experts_, device=logits[0].device)
    rows = 0.0
    flat_mask = None if mask is None else mask.reshape(-1).to(logits[0].device, torch.float32)
    for layer_logits in logits:
        probs = _scores(layer_logits, scoring)
        chosen = torch.topk(probs, top_k_, dim=-1).indices
        weight = torch.ones(probs.shape[0], device=probs.device) if flat_mask is None else flat_mask
        counts = counts + torch.zeros_like(counts).scatter_add_(0, chosen.reshape(-1), weight.repeat_interleave(top_k_))
        prob_sum = prob_sum + (probs * weight[:, None]).sum(dim=0)
        rows = rows + weight.sum()
    return num_experts_ * torch.sum((counts / rows) * (prob_sum / rows))


def switch_aux_loss(router_logits_per_layer, top_k: int, num_experts: int, mask=None, scoring: str = "softmax"):
    """Switch/GShard load-balancing loss over all layers (1.0 when perfectly balanced; scale by a coefficient).

    `mask` [batch, seq] drops padding tokens. Softmax routers use transformers' own
    `load_balancing_loss_func`; sigmoid routers (DeepSeek-V3, Ling) use the same formula on
    normalised sigmoid scores, as in DeepSeek-V3's sequence-wise balance loss.
    """
    logits = _check_logits(router_logits_per_layer, num_experts)
    if mask is not None and mask.numel() != logits[0].shape[0]:
        raise UserError(f"mask has {mask.numel()} tokens but the router logits have {logits[0].shape[0]}")
    if scoring == "softmax":
        from transformers.models.mixtral.modeling_mixtral import load_balancing_loss_func

        return load_balancing_loss_func(tuple(logits), num_experts, top_k, mask)
    return _switch_loss(logits, top_k, num_experts, mask, scoring)


def moe_aux_loss(model: nn.Module, router_logits_per_layer, mask=None) -> torch.Tensor:
    """`switch_aux_loss` with the experts, top-k and scoring of `model`'s family (its own HF function if it has one)."""
    config = model.config
    model_type = family_of(config).model_type
    scoring = SCORING[model_type]
    if scoring == "softmax":
        module = importlib.import_module(f"transformers.models.{model_type}.modeling_{model_type}")
        own = getattr(module, "load_balancing_loss_func", None)
        if own is not None:
            logits = _check_logits(router_logits_per_layer, num_experts(config))
            return own(tuple(logits), num_experts(config), top_k(config), mask)
    return switch_aux_loss(router_logits_per_layer, top_k(config), num_experts(config), mask, scoring)


def router_z_loss(router_logits_per_layer, mask=None) -> torch.Tensor:
    """ST-MoE router z-loss: mean over layers and tokens of logsumexp(logits)^2 (keeps logits small)."""
    logits = _check_logits(router_logits_per_layer)
    per_layer = []
    for layer_logits in logits:
        z = torch.logsumexp(layer_logits.float(), dim=-1) ** 2
        if mask is not None:
            weight = mask.reshape(-1).to(z.device, torch.float32)
            per_layer.append((z * weight).sum() / weight.sum().clamp_min(1.0))
        else:
            per_layer.append(z.mean())
    return torch.stack(per_layer).mean()


# ---------------------------------------------------------------- auxiliary-loss-free balancing
#
# Families without DeepSeek-V3's e_score_correction_bias get a replacement router forward: the
# family's own math, with experts *chosen* by softmax(logits + bias) and combined with the unbiased
# softmax(logits). Why the bias goes on the logits, not on the probabilities as DeepSeek-V3 does for
# its sigmoid scores: once a softmax router has collapsed, the other experts' probabilities are all
# near zero, so a bias added to them swamps every per-token difference and the load jumps between
# experts en bloc; on logits the bias scales probabilities and keeps each token's preferences.
# With a zero bias each forward equals the original bit for bit (pinned by tests/test_routing.py).


def _softmax_topk_forward(self, hidden_states):
    """Qwen2-MoE / Qwen3-MoE / OLMoE router with a selection-only bias."""
    hidden_states = hidden_states.reshape(-1, self.hidden_dim)
    router_logits = F.linear(hidden_states, self.weight)
    router_probs = torch.nn.functional.softmax(router_logits, dtype=torch.float, dim=-1)
    scores_for_choice = torch.nn.functional.softmax(router_logits + self.selection_bias, dtype=torch.float, dim=-1)
    router_indices = torch.topk(scores_for_choice, self.top_k, dim=-1).indices
    router_top_value = router_probs.gather(1, router_indices)
    if self.norm_topk_prob:
        router_top_value /= router_top_value.sum(dim=-1, keepdim=True)
    return router_logits, router_top_value.to(router_logits.dtype), router_indices


def _mixtral_forward(self, hidden_states):
    """Mixtral router with a selection-only bias."""
    hidden_states = hidden_states.reshape(-1, self.hidden_dim)
    router_logits = F.linear(hidden_states, self.weight)
    router_probs = torch.nn.functional.softmax(router_logits.float(), dim=-1)
    scores_for_choice = torch.nn.functional.softmax(router_logits.float() + self.selection_bias, dim=-1)
    router_indices = torch.topk(scores_for_choice, self.top_k, dim=-1).indices
    router_top_value = router_probs.gather(1, router_indices)
    router_top_value /= router_top_value.sum(dim=-1, keepdim=True)
    return router_logits, router_top_value, router_indices


def _deepseek_v2_forward(self, hidden_states):
    """DeepSeek-V2 router (greedy or group-limited greedy) with a selection-only bias."""
    hidden_states = hidden_states.view(-1, self.hidden_dim)
    router_logits = F.linear(hidden_states.type(torch.float32), self.weight.type(torch.float32))
    scores = router_logits.softmax(dim=-1, dtype=torch.float32)
    scores_for_choice = (router_logits + self.selection_bias).softmax(dim=-1, dtype=torch.float32)
    if self.topk_method == "group_limited_greedy":
        per_group = self.num_experts // self.num_group
        group_scores = scores_for_choice.view(-1, self.num_group, per_group).max(dim=-1).values
        group_idx = torch.topk(group_scores, k=self.topk_group, dim=-1, sorted=False)[1]
        group_mask = torch.zeros_like(group_scores)
        group_mask.scatter_(1, group_idx, 1)
        score_mask = group_mask.unsqueeze(-1).expand(-1, self.num_group, per_group).reshape(-1, self.num_experts)
        scores = scores.masked_fill(~score_mask.bool(), 0.0)
        scores_for_choice = scores_for_choice.masked_fill(~score_mask.bool(), 0.0)
    elif self.topk_method != "greedy":
        raise UserError(f"DeepSeek-V2 topk_method {self.topk_method!r} is not supported by AuxFreeBalancer")
    topk_indices = torch.topk(scores_for_choice, k=self.top_k, dim=-1, sorted=False)[1]
    topk_weights = scores.gather(1, topk_indices) * self.routed_scaling_factor
    return router_logits, topk_weights, topk_indices


BIASED_ROUTER_FORWARDS = {
    "qwen2_moe": _softmax_topk_forward,
    "qwen3_moe": _softmax_topk_forward,
    "olmoe": _softmax_topk_forward,
    "mixtral": _mixtral_forward,
    "deepseek_v2": _deepseek_v2_forward,
}


class AuxFreeBalancer:
    """DeepSeek-V3 auxiliary-loss-free load balancing: a per-expert selection bias per MoE layer.

    Counts each router's expert load during training-mode forwards; `update()` (after each optimizer step) moves
    the bias of overloaded experts down and of underloaded experts up by `gamma`. DeepSeek-V3 and Ling
    drive their own `e_score_correction_bias` buffer (saved with the model); other families get a
    replacement router forward holding the bias (save it with `state_dict()` in your checkpoints).
    Model parameters are never changed; the combine weights always come from the unbiased scores.
    """

    def __init__(self, model: nn.Module, gamma: float = 1e-3):
        if not (isinstance(gamma, (int, float)) and gamma > 0):
            raise UserError(f"AuxFreeBalancer gamma must be a positive number, got {gamma!r}")
        self.gamma = float(gamma)
        self.model_type = family_of(model.config).model_type
        layers = iter_moe_layers(model)
        if not layers:
            raise UserError(f"{type(model).__name__} has no MoE layers to balance")
        self.native = hasattr(_live_routers(layers[0].router)[-1], "e_score_correction_bias")
        if not self.native and self.model_type not in BIASED_ROUTER_FORWARDS:
            raise UserError(f"AuxFreeBalancer does not support {self.model_type} routers")
        self._experts = num_experts(model.config)
        self._routers: dict[int, list[nn.Module]] = {}
        self._bias: dict[int, torch.Tensor] = {}
        self._load: dict[int, torch.Tensor] = {}
        self._handles = []
        for layer in layers:
            routers = _live_routers(layer.router)
            self._routers[layer.index] = routers
            if self.native:
                bias = routers[-1].e_score_correction_bias
                for router in routers:  # the frozen original and a trained copy share one bias
                    router.e_score_correction_bias = bias
            else:
                bias = torch.zeros(self._experts, dtype=torch.float32, device=routers[0].weight.device)
                forward = BIASED_ROUTER_FORWARDS[self.model_type]
                for router in routers:
                    router.selection_bias = bias
                    router.forward = types.MethodType(forward, router)
            self._bias[layer.index] = bias
            self._handles.append(layer.router.register_forward_hook(self._make_hook(layer.index)))

    def _make_hook(self, layer_index: int):
        def hook(module, args, output):
            if not module.training:  # evaluation passes must not steer the training-time bias
                return
            counts = _count_experts(output[2].detach(), self._experts, None)
            previous = self._load.get(layer_index)
            self._load[layer_index] = counts if previous is None else previous + counts
        return hook

    @property
    def biases(self) -> dict[int, torch.Tensor]:
        """The live selection bias of each MoE layer (by decoder-layer index)."""
        return dict(self._bias)

    def pending_load(self) -> dict[int, torch.Tensor]:
        """Copies of the per-layer expert loads counted since the last `update()`."""
        return {index: load.clone() for index, load in self._load.items()}

    def set_pending_load(self, loads: dict[int, torch.Tensor]) -> None:
        """Replace the counted loads (restore after an evaluation pass, or after summing across ranks)."""
        self._load = {int(index): load for index, load in loads.items()}

    @torch.no_grad()
    def update(self) -> None:
        """Nudge each layer's bias by gamma * sign(mean load - load) from the load counted since the last update."""
        for index, load in self._load.items():
            load = load.to(torch.float32)
            self._bias[index].add_(self.gamma * torch.sign(load.mean() - load).to(self._bias[index].device))
        self._load.clear()

    def state_dict(self) -> dict:
        """The biases and gamma, for a training checkpoint."""
        return {"gamma": self.gamma, "model_type": self.model_type,
                "bias": {index: bias.detach().cpu().clone() for index, bias in self._bias.items()}}

    def load_state_dict(self, state: dict) -> None:
        """Restore biases saved by `state_dict()`; layers and expert counts must match."""
        try:
            saved = {int(k): torch.as_tensor(v) for k, v in state["bias"].items()}
        except (KeyError, TypeError, ValueError, AttributeError):
            raise UserError("balancer state is not an AuxFreeBalancer.state_dict() (no 'bias' per layer)") from None
        if set(saved) != set(self._bias):
            raise UserError(f"balancer state has biases for MoE layers {sorted(saved)}, "
                            f"this model has {sorted(self._bias)}")
        for index, bias in saved.items():
            if bias.shape != self._bias[index].shape:
                raise UserError(f"balancer bias for layer {index} has shape {tuple(bias.shape)}, "
                                f"this model needs {tuple(self._bias[index].shape)}")
        with torch.no_grad():
            for index, bias in saved.items():
                self._bias[index].copy_(bias)
        self.gamma = float(state.get("gamma", self.gamma))
        self._load.clear()

    def remove(self) -> None:
        """Stop counting and restore the original router forwards (a native bias buffer keeps its value)."""
        for handle in self._handles:
            handle.remove()
        self._handles = []
        if not self.native:
            for routers in self._routers.values():
                for router in routers:
                    router.__dict__.pop("forward", None)
                    router.__dict__.pop("selection_bias", None)
