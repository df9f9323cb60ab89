"""Which experts kernel runs the routed experts, and our own fast one for training.

transformers 5.x dispatches every fused experts module (`gate_up_proj` [E, 2I, H], `down_proj`
[E, H, I]) through `config._experts_implementation`. It ships "eager" (a Python loop over experts),
"batched_mm" (gathers an [S, 2I, H] weight copy per routed token: fine on GPUs for a few tokens,
tens of gigabytes on a training batch) and "grouped_mm" (sort by expert, `torch._grouped_mm`, then
un-permute an [S, H] copy and sum it). We add "sorted_grouped", a custom autograd Function:

* the (token, expert) pairs are sorted by expert once; each token's hidden state is gathered
  straight into that order and both projections run as grouped matmuls over the sorted rows
  (`torch._grouped_mm` where it has a kernel for the device and dtype, else one `torch.bmm` over
  blocks padded to the busiest expert's load, or a loop over the non-empty experts);
* the routing weight multiplies the [S, I] activation instead of the [S, H] output (half the
  traffic when I < H) and results go straight back to their tokens with one `index_add_`: no
  permuted [S, H] copy, no un-permute, no separate top-k sum;
* the hand-written backward recomputes the gathered input instead of storing it, uses the same
  grouped matmuls for input and weight gradients, and skips the weight gradients of frozen
  experts (LoRA).

`choose_experts_implementation` picks the fastest kernel that matches eager numerically on the
device at hand, checking each candidate once per device and dtype.
"""

import functools
import logging

import torch
import torch.nn.functional as F
from transformers.integrations import moe as hf_moe
from transformers.utils.import_utils import is_torch_greater_or_equal

log = logging.getLogger(__name__)

SORTED_GROUPED = "sorted_grouped"
# Every kernel we expose besides eager; the first is the CPU default (benchmarks/experts.py).
EXPERTS_IMPLEMENTATIONS = (SORTED_GROUPED, "grouped_mm", "batched_mm", "eager")
# Padded bmm layout: used (where torch._grouped_mm cannot run) while padding adds at most this share of rows.
# Tests force a layout by setting it to inf (always pad) or -1 (never pad).
PAD_WASTE_LIMIT = 0.35
# Use torch._grouped_mm for the unpadded layout when it supports the device and dtype (tests turn it off).
USE_TORCH_GROUPED_MM = True


def _torch_grouped_mm_ok(x: torch.Tensor) -> bool:
    """Whether torch._grouped_mm has a kernel for these tensors (CPU: any float; CUDA sm80+: bf16)."""
    if not USE_TORCH_GROUPED_MM or not hasattr(torch, "_grouped_mm"):
        return False
    if x.device.type == "cpu":
        # CPU kernel since torch 2.9; up to 2.10 it also needs 16-byte aligned inputs (transformers checks the same).
        return is_torch_greater_or_equal("2.11", accept_dev=True) or (
            is_torch_greater_or_equal("2.9", accept_dev=True) and x.data_ptr() % 16 == 0)
    if x.device.type == "cuda":
        return x.dtype == torch.bfloat16 and torch.cuda.get_device_capability(x.device) >= (8, 0)
    return False


class _RoutePlan:
    """Where each (token, expert) pair sits in the grouped layout the matmuls run on."""

    def __init__(self, top_k_index: torch.Tensor, num_experts: int, num_tokens: int, grouped_mm_ok: bool):
        flat = top_k_index.reshape(-1)
        pairs = flat.numel()
        order = torch.argsort(flat, stable=True)
        counts = torch.bincount(flat, minlength=num_experts)
        self.counts = counts.tolist()  # the one host sync of the kernel
        capacity = max(self.counts) if pairs else 0
        limit = PAD_WASTE_LIMIT if not grouped_mm_ok or PAD_WASTE_LIMIT == float("inf") else -1.0
        self.padded = pairs > 0 and num_experts * capacity <= pairs * (1.0 + limit)
        self.use_grouped_mm = grouped_mm_ok and not self.padded
        self.offsets = torch.cumsum(counts, 0).to(torch.int32) if self.use_grouped_mm else None
        self.num_experts = num_experts
        self.capacity = capacity
        if self.padded:
            sorted_experts = flat[order]
            starts = torch.cumsum(counts, 0) - counts
            dest = sorted_experts * capacity + (torch.arange(pairs, device=flat.device) - starts[sorted_experts])
            # Padding rows point at slot `pairs`, i.e. token `num_tokens`: a zero row appended to the inputs.
            slots = torch.full((num_experts * capacity,), pairs, dtype=torch.long, device=flat.device)
            slots[dest] = order
        else:
            slots = order
        self.slots = slots  # row -> flat (token, k) slot
        self.tokens = torch.div(slots, top_k_index.shape[-1], rounding_mode="floor")  # row -> token
        self.num_tokens = num_tokens

    def segments(self):
        """(expert, first row, end row) of every non-empty expert in the unpadded layout."""
        start = 0
        for expert, count in enumerate(self.counts):
            if count:
                yield expert, start, start + count
            start += count

    def gather(self, x: torch.Tensor) -> torch.Tensor:
        """x[row -> token] (padding rows read zeros)."""
        if not self.padded:
            return x.index_select(0, self.tokens)
        return torch.cat([x, x.new_zeros(1, *x.shape[1:])]).index_select(0, self.tokens)

    def gather_slots(self, x: torch.Tensor) -> torch.Tensor:
        """x[row -> (token, k) slot] for a flat [T * k, ...] tensor (padding rows read zeros)."""
        if not self.padded:
            return x.index_select(0, self.slots)
        return torch.cat([x, x.new_zeros(1, *x.shape[1:])]).index_select(0, self.slots)


def _scatter_rows(values: torch.Tensor, rows: torch.Tensor, size: int) -> torch.Tensor:
    """Sum `values` into `size` rows by `rows`; entries pointing at row `size` (padding) are dropped."""
    out = values.new_zeros(size + 1, *values.shape[1:])
    out.index_add_(0, rows, values)
    return out[:size]


def _grouped_matmul(x: torch.Tensor, weight: torch.Tensor, plan: _RoutePlan, transpose: bool) -> torch.Tensor:
    """Row-grouped x @ weight[e].T (transpose) or x @ weight[e] for every expert's rows."""
    w = weight.transpose(1, 2) if transpose else weight
    if plan.padded:
        return torch.bmm(x.view(plan.num_experts, plan.capacity, -1), w).view(x.shape[0], -1)
    if plan.use_grouped_mm:
        return torch._grouped_mm(x, w, offs=plan.offsets)
    out = x.new_zeros(x.shape[0], w.shape[2])
    for expert, start, end in plan.segments():
        torch.mm(x[start:end], w[expert], out=out[start:end])
    return out


def _grouped_weight_grad(grad_out: torch.Tensor, x: torch.Tensor, plan: _RoutePlan) -> torch.Tensor:
    """Per-expert grad_out[rows].T @ x[rows], i.e. the gradient of a [E, N, K] expert weight."""
    if plan.padded:
        e, c = plan.num_experts, plan.capacity
        return torch.bmm(grad_out.view(e, c, -1).transpose(1, 2), x.view(e, c, -1))
    if plan.use_grouped_mm:
        # Experts without rows are left untouched by the kernel: zero them explicitly.
        out = torch._grouped_mm(grad_out.T, x, offs=plan.offsets)
        empty = [e for e, count in enumerate(plan.counts) if not count]
        if empty:
            out[empty] = 0
        return out
    out = grad_out.new_zeros(plan.num_experts, grad_out.shape[1], x.shape[1])
    for expert, start, end in plan.segments():
        torch.mm(grad_out[start:end].T, x[start:end], out=out[expert])
    return out


class _SortedExperts(torch.autograd.Function):
    """SwiGLU experts over expert-sorted token rows, with a hand-written backward."""

    @staticmethod
    def forward(ctx, hidden, top_k_index, top_k_weights, gate_up_proj, down_proj):
        num_tokens = hidden.shape[0]
        plan = _RoutePlan(top_k_index, gate_up_proj.shape[0], num_tokens, _torch_grouped_mm_ok(hidden))
        x = plan.gather(hidden)
        weights = plan.gather_slots(top_k_weights.reshape(-1, 1))  # [R, 1], zero on padding rows
        gate_up = _grouped_matmul(x, gate_up_proj, plan, transpose=True)
        gate, up = gate_up.chunk(2, dim=-1)
        silu = F.silu(gate)  # kept for backward: recomputing the sigmoid costs more than its memory
        weighted_act = (silu * up).mul_(weights)
        y = _grouped_matmul(weighted_act, down_proj, plan, transpose=True)
        ctx.plan = plan
        ctx.save_for_backward(hidden, top_k_weights, gate_up_proj, down_proj, gate_up, silu, weights)
        return _scatter_rows(y, plan.tokens, num_tokens)

    @staticmethod
    def backward(ctx, grad_out):
        hidden, top_k_weights, gate_up_proj, down_proj, gate_up, silu, weights = ctx.saved_tensors
        plan = ctx.plan
        need_hidden, _, need_weights, need_gate_up, need_down = ctx.needs_input_grad
        gate, up = gate_up.chunk(2, dim=-1)
        act = silu * up
        grad_y = plan.gather(grad_out.contiguous())
        grad_hidden = grad_top_k = grad_gate_up_proj = grad_down_proj = None
        if need_down:
            grad_down_proj = _grouped_weight_grad(grad_y, act * weights, plan)
        grad_act = _grouped_matmul(grad_y, down_proj, plan, transpose=False)  # w.r.t. the weighted activation
        if need_weights:
            grad_rows = torch.linalg.vecdot(grad_act, act).unsqueeze(-1)
            grad_top_k = _scatter_rows(grad_rows, plan.slots, top_k_weights.numel()).view_as(top_k_weights)
        if need_hidden or need_gate_up:
            grad_act.mul_(weights)
            # Both halves are written in place into one [R, 2I] buffer: no concatenation copy.
            grad_gate_up = torch.empty_like(gate_up)
            grad_gate, grad_up = grad_gate_up.chunk(2, dim=-1)
            torch.ops.aten.silu_backward.grad_input(grad_act * up, gate, grad_input=grad_gate)
            torch.mul(grad_act, silu, out=grad_up)
            if need_gate_up:
                grad_gate_up_proj = _grouped_weight_grad(grad_gate_up, plan.gather(hidden), plan)
            if need_hidden:
                grad_x = _grouped_matmul(grad_gate_up, gate_up_proj, plan, transpose=False)
                grad_hidden = _scatter_rows(grad_x, plan.tokens, plan.num_tokens)
        return grad_hidden, None, grad_top_k, grad_gate_up_proj, grad_down_proj


def _sorted_grouped_supports(experts: torch.nn.Module) -> bool:
    """Whether this experts module has the plain layout our kernel computes (else we defer to grouped_mm)."""
    from transformers.activations import SiLUActivation

    return (
        getattr(experts, "has_gate", False)
        and not getattr(experts, "has_bias", False)
        and not getattr(experts, "is_transposed", False)
        and getattr(experts, "is_concatenated", True)
        and not getattr(experts, "has_post_expert_norm", False)
        and not getattr(experts, "_is_expert_parallel", False)
        and type(experts)._apply_gate is hf_moe._default_apply_gate
        and isinstance(experts.act_fn, (SiLUActivation, torch.nn.SiLU))
    )


def sorted_grouped_experts_forward(self, hidden_states, top_k_index, top_k_weights):
    """Experts forward for transformers' ExpertsInterface: expert-sorted rows, grouped matmuls (module doc)."""
    if not _sorted_grouped_supports(self):
        return hf_moe.grouped_mm_experts_forward(self, hidden_states, top_k_index, top_k_weights)
    dtype = hidden_states.dtype
    out = _SortedExperts.apply(
        hidden_states, top_k_index, top_k_weights.to(dtype), self.gate_up_proj.to(dtype), self.down_proj.to(dtype)
    )
    return out


hf_moe.ALL_EXPERTS_FUNCTIONS.register(SORTED_GROUPED, sorted_grouped_experts_forward)


# Preference order per device type. On CPUs and MPS our kernel wins (benchmarks/experts.py); on
# CUDA/XPU/NPU transformers' grouped_mm runs torch's native grouped GEMM and comes first (our kernel
# is verified as the runner-up). batched_mm is never a default: it copies an [S, 2I, H] weight slab.
_PREFERENCE = {
    "cpu": (SORTED_GROUPED, "grouped_mm", "eager"),
    "mps": (SORTED_GROUPED, "grouped_mm", "eager"),
}
_ACCELERATOR_PREFERENCE = ("grouped_mm", SORTED_GROUPED, "eager")
_TOLERANCE = {torch.float32: 1e-4, torch.bfloat16: 3e-2, torch.float16: 1e-2}


def available_experts_implementations() -> tuple[str, ...]:
    """Names accepted by `set_experts_implementation` / `load_moe_model(experts_implementation=...)`."""
    return tuple(dict.fromkeys(("eager", *EXPERTS_IMPLEMENTATIONS, *hf_moe.ALL_EXPERTS_FUNCTIONS.keys())))


def _tiny_experts(device, dtype, seed: int = 0):
    """A small fused-experts module (Qwen3-MoE layout) with random weights, for kernel checks."""
    from transformers.models.qwen3_moe.modeling_qwen3_moe import (
        Qwen3MoeConfig,
        Qwen3MoeExperts,
    )

    config = Qwen3MoeConfig(hidden_size=32, moe_intermediate_size=16, num_experts=8, num_experts_per_tok=2)
    generator = torch.Generator().manual_seed(seed)
    module = Qwen3MoeExperts(config)
    with torch.no_grad():
        module.gate_up_proj.copy_(torch.randn(module.gate_up_proj.shape, generator=generator) * 0.2)
        module.down_proj.copy_(torch.randn(module.down_proj.shape, generator=generator) * 0.2)
    return module.to(device=device, dtype=dtype), generator


def _run_experts(module, name, hidden, index, weights):
    """Forward + backward of one implementation; returns output and grads (input, weights, both projections)."""
    module.config._experts_implementation = name
    module.zero_grad(set_to_none=True)
    hidden = hidden.detach().clone().requires_grad_()
    weights = weights.detach().clone().requires_grad_()
    out = module(hidden, index, weights)
    (out.float() * torch.linspace(-1, 1, out.numel(), device=out.device).view_as(out)).sum().backward()
    return [out, hidden.grad, weights.grad, module.gate_up_proj.grad, module.down_proj.grad]


def _check_problems(generator, tokens: int, device):
    """Two routings: one leaving experts 6 and 7 idle (where grouped kernels go wrong), one balanced."""
    skewed = torch.stack([torch.randperm(6, generator=generator)[:2] for _ in range(tokens)])
    balanced = torch.arange(8).view(4, 2).repeat(tokens // 4, 1)[torch.randperm(tokens, generator=generator)]
    return skewed.to(device), balanced.to(device)


def verify_experts_implementation(name: str, device: torch.device, dtype: torch.dtype) -> bool:
    """Whether `name` matches eager (output and every gradient) on small problems, some with idle experts."""
    module, generator = _tiny_experts(device, dtype)
    tokens, hidden = 12, module.hidden_dim
    x = torch.randn(tokens, hidden, generator=generator).to(device=device, dtype=dtype)
    weights = torch.rand(tokens, 2, generator=generator).to(device=device, dtype=dtype)
    tol = _TOLERANCE.get(dtype, 1e-2)
    for index in _check_problems(generator, tokens, device):
        try:
            expected = _run_experts(module, "eager", x, index, weights)
            got = _run_experts(module, name, x, index, weights)
        except Exception as exc:  # noqa: BLE001  (any failure: missing kernel, bad dtype... = "not verified")
            log.info("experts implementation %s fails on %s/%s: %s", name, device, dtype, exc)
            return False
        for a, b in zip(got, expected):
            scale = b.float().abs().max().clamp_min(1e-6)
            if a is None or not torch.isfinite(a).all() or (a.float() - b.float()).abs().max() > tol * scale:
                log.info("experts implementation %s differs from eager on %s/%s", name, device, dtype)
                return False
    return True


@functools.cache
def _verified(name: str, device: str, dtype: torch.dtype) -> bool:
    return verify_experts_implementation(name, torch.device(device), dtype)


def choose_experts_implementation(device_info, dtype=None) -> str:
    """The fastest experts kernel verified against eager on this device and dtype (checked once, cached)."""
    dtype = dtype if isinstance(dtype, torch.dtype) else torch.float32 if dtype is None else _dtype_of(dtype)
    preference = _PREFERENCE.get(device_info.type, _ACCELERATOR_PREFERENCE)
    for name in preference:
        if name == "eager" or _verified(name, str(device_info.torch_device), dtype):
            return name
    return "eager"


def _dtype_of(name) -> torch.dtype:
    from moe_core.devices import torch_dtype

    return torch_dtype(name)


def set_experts_implementation(model, name: str) -> None:
    """Switch a loaded model (PEFT-wrapped too) to another experts kernel via transformers' own switch."""
    from moe_core.errors import UserError

    if name not in available_experts_implementations():
        raise UserError(f"unknown experts implementation {name!r}; use one of: "
                        f"{', '.join(available_experts_implementations())}")
    switch = getattr(model, "set_experts_implementation", None)
    if switch is not None:
        switch(name)
        return
    for module in model.modules():  # models without the 5.x switch: set it on every (sub-)config
        config = getattr(module, "config", None)
        if config is not None and hasattr(config, "_experts_implementation"):
            config._experts_implementation = name
