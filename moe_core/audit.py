"""Cross-setup consistency audit: does the model compute the same thing on two execution setups?

Training one MoE across different chips (or switching dtype or experts kernel) is only safe if
every setup computes, within precision, the same losses, gradients, layer outputs and expert
choices. The Ling 2.0 report describes this cross-platform alignment check before mixing chips;
`medqa audit-consistency` runs it: the same batches go through setup A and setup B (each a device,
a dtype and an experts kernel), and we compare

- loss: relative difference per batch;
- gradients: relative difference of the global gradient norm, and the cosine between gradients;
- every decoder layer's output: max |a - b| and ||a - b|| / ||a|| over real tokens;
- routing: per MoE layer, the share of tokens whose top-k expert *sets* agree.

Each check has a threshold (defaults depend on the lower precision of the two setups); the audit
passes only if all hold.
"""

import json
import math
from dataclasses import asdict, dataclass, field

import torch

from moe_core.errors import UserError

_HOST = torch.device("cpu")  # both setups are compared in host memory, in fp32
SETUP_KEYS = ("device", "dtype", "experts")
CHECKS = ("loss", "grad", "layer", "router")
# Defaults by the lower precision in the pair. Low-precision router limits are loose on purpose:
# near-tied router logits flip under bf16 rounding even when every kernel is right.
_DEFAULT_THRESHOLDS = {
    "fp32": {"loss": 1e-4, "grad": 1e-3, "layer": 1e-4, "router": 0.99},
    "low": {"loss": 2e-2, "grad": 5e-2, "layer": 5e-2, "router": 0.90},
}
_CHECK_HELP = {
    "loss": "max relative loss difference",
    "grad": "max relative gradient-norm difference (and 1 - cosine)",
    "layer": "max relative layer-output difference ||a-b|| / ||a||",
    "router": "min share of tokens with the same top-k experts",
}


@dataclass
class Setup:
    """One execution setup: device preference, parameter dtype, experts kernel."""

    device: str = "cpu"
    dtype: str = "fp32"
    experts: str = "eager"

    def label(self) -> str:
        """The setup as a spec string."""
        return f"device={self.device},dtype={self.dtype},experts={self.experts}"


def parse_setup(spec: str, which: str = "setup") -> Setup:
    """A Setup from "device=cpu,dtype=bf16,experts=grouped_mm"; UserError naming any bad key or value."""
    from moe_core.devices import torch_dtype
    from moe_core.experts import available_experts_implementations

    if not isinstance(spec, str) or not spec.strip():
        raise UserError(f"--{which}: empty setup; expected e.g. device=cpu,dtype=fp32,experts=eager")
    values: dict[str, str] = {}
    for item in spec.split(","):
        item = item.strip()
        if "=" not in item:
            raise UserError(f"--{which}: '{item}' is not KEY=VALUE (keys: {', '.join(SETUP_KEYS)})")
        key, value = (part.strip() for part in item.split("=", 1))
        if key not in SETUP_KEYS:
            raise UserError(f"--{which}: unknown key '{key}'; known keys: {', '.join(SETUP_KEYS)}")
        if key in values:
            raise UserError(f"--{which}: key '{key}' given twice")
        if not value:
            raise UserError(f"--{which}: key '{key}' has no value")
        values[key] = value
    if "dtype" in values:
        try:
            dtype = torch_dtype(values["dtype"])
        except UserError as exc:
            raise UserError(f"--{which}: bad dtype: {exc}") from None
        values["dtype"] = {torch.float32: "fp32", torch.bfloat16: "bf16", torch.float16: "fp16"}[dtype]
    if "experts" in values and values["experts"] not in available_experts_implementations():
        raise UserError(
            f"--{which}: unknown experts kernel '{values['experts']}'; "
            f"known: {', '.join(available_experts_implementations())}"
        )
    return Setup(**values)


@dataclass
class Thresholds:
    """Pass limits: max relative loss / grad-norm / layer-output differences, min router agreement."""

    loss: float
    grad: float
    layer: float
    router: float


def default_thresholds(a: Setup, b: Setup) -> Thresholds:
    """Tight limits when both setups run fp32, loose ones when either runs bf16/fp16."""
    key = "fp32" if a.dtype == b.dtype == "fp32" else "low"
    return Thresholds(**_DEFAULT_THRESHOLDS[key])


def parse_thresholds(spec: str | None, base: Thresholds) -> Thresholds:
    """Override `base` with "loss=1e-3,router=0.95"; UserError naming a bad key or value."""
    if not spec:
        return base
    values = asdict(base)
    for item in spec.split(","):
        item = item.strip()
        key, sep, raw = item.partition("=")
        key = key.strip()
        if not sep or key not in CHECKS:
            raise UserError(f"--threshold: '{item}' is not CHECK=VALUE with CHECK one of {', '.join(CHECKS)}")
        try:
            value = float(raw)
        except ValueError:
            raise UserError(f"--threshold: {key}={raw.strip()!r} is not a number") from None
        if not math.isfinite(value) or value < 0 or (key == "router" and value > 1):
            raise UserError(f"--threshold: {key}={value} is out of range ({_CHECK_HELP[key]})")
        values[key] = value
    return Thresholds(**values)


@dataclass
class LayerResult:
    """Differences at one decoder layer, worst case over the audited batches."""

    index: int
    max_abs_diff: float  # max |a - b| over real tokens
    rel_diff: float  # ||a - b|| / ||a|| over real tokens (robust to one token's routing flip)
    router_agreement: float | None  # None for dense layers


@dataclass
class AuditReport:
    """Everything one audit measured and decided."""

    model: str
    a: str
    b: str
    batches: int
    tokens: int
    loss_a: float
    loss_b: float
    loss_rel_diff: float
    grad_norm_a: float
    grad_norm_b: float
    grad_norm_rel_diff: float
    grad_cosine: float
    layers: list[LayerResult]
    thresholds: Thresholds
    checks: dict = field(default_factory=dict)  # name -> {"value", "limit", "passed"}
    passed: bool = False


# ---------------------------------------------------------------------------------------------
# Running one setup


@dataclass
class _Capture:
    """Per-batch observations of one setup (host fp32 copies)."""

    loss: float
    grads: torch.Tensor  # all parameter gradients, flattened
    layer_outputs: list[torch.Tensor]
    topk: dict[int, torch.Tensor]  # decoder layer index -> [tokens, k] expert ids


def load_setup_model(model_dir: str, setup: Setup):
    """The model of `model_dir` as `setup` runs it (device, dtype, experts kernel)."""
    from moe_core.models import load_moe_model

    model = load_moe_model(model_dir, dtype=setup.dtype, device=setup.device, experts_implementation=setup.experts)
    model.eval()  # no dropout: both setups must see the same function
    for p in model.parameters():
        p.requires_grad_(True)
    return model


def _first_tensor(output):
    return output[0] if isinstance(output, (tuple, list)) else output


def _run_batch(model, batch: dict, token_mask: torch.Tensor) -> _Capture:
    """Forward + backward of one batch with hooks on every decoder layer and router."""
    from moe_core.families import decoder_layers, iter_moe_layers, top_k

    device = next(model.parameters()).device
    layers = decoder_layers(model)
    moe = {layer.index: layer for layer in iter_moe_layers(model)}
    k = top_k(model.config) if moe else 0
    flat_mask = token_mask.reshape(-1).bool()
    outputs: list = [None] * len(layers)
    topk: dict[int, torch.Tensor] = {}

    def layer_hook(index):
        def hook(_module, _inputs, output):
            hidden = _first_tensor(output).detach().float().to(_HOST)
            outputs[index] = hidden[token_mask.bool()]
        return hook

    def router_hook(index):
        def hook(_module, _inputs, output):
            if isinstance(output, (tuple, list)) and len(output) >= 3:
                ids = output[2]
            else:  # a router that returns logits only
                ids = _first_tensor(output).topk(k, dim=-1).indices
            ids = ids.detach().to(_HOST).reshape(-1, ids.shape[-1])
            topk[index] = ids[flat_mask].sort(dim=-1).values
        return hook

    handles = [layer.register_forward_hook(layer_hook(i)) for i, layer in enumerate(layers)]
    handles += [m.router.register_forward_hook(router_hook(i)) for i, m in moe.items()]
    try:
        model.zero_grad(set_to_none=True)
        inputs = {name: t.to(device) for name, t in batch.items()}
        logits = model(input_ids=inputs["input_ids"], attention_mask=inputs["attention_mask"]).logits.float()
        labels = inputs["labels"]
        loss = torch.nn.functional.cross_entropy(
            logits[:, :-1].reshape(-1, logits.size(-1)), labels[:, 1:].reshape(-1), ignore_index=-100
        )
        loss.backward()
    finally:
        for handle in handles:
            handle.remove()
    grads = torch.cat(
        [p.grad.detach().float().reshape(-1).to(_HOST) for p in model.parameters() if p.grad is not None]
    )
    model.zero_grad(set_to_none=True)
    return _Capture(loss.item(), grads, outputs, topk)


# ---------------------------------------------------------------------------------------------
# Batches


def random_batches(vocab_size: int, batches: int, batch_size: int, seq_len: int, seed: int = 0) -> list[dict]:
    """Seeded random token batches (no padding); labels are the inputs."""
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(batches):
        ids = torch.randint(3, vocab_size, (batch_size, seq_len), generator=g)
        out.append({"input_ids": ids, "attention_mask": torch.ones_like(ids), "labels": ids.clone()})
    return out


def data_batches(model_dir: str, data_file: str, batches: int, batch_size: int, seq_len: int) -> list[dict]:
    """Batches of chat conversations from a JSONL file, rendered with the model's own tokenizer."""
    from moe_core import chat_data
    from moe_core.models import load_tokenizer

    tokenizer = load_tokenizer(model_dir)
    conversations = chat_data.load_conversations(data_file)
    rows = chat_data.tokenize_all(tokenizer, conversations, seq_len, source=data_file)
    needed = batches * batch_size
    if len(rows) < needed:
        raise UserError(f"{data_file}: {len(rows)} usable conversations, need {needed} (--batches x --batch-size)")
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    out = []
    for i in range(batches):
        batch = chat_data.collate(rows[i * batch_size : (i + 1) * batch_size], pad_id)
        # Every real token carries a loss: the audit compares numerics, not the training objective.
        labels = batch["input_ids"].masked_fill(batch["attention_mask"] == 0, -100)
        out.append({"input_ids": batch["input_ids"], "attention_mask": batch["attention_mask"], "labels": labels})
    return out


# ---------------------------------------------------------------------------------------------
# The audit


def _rel(a: float, b: float) -> float:
    return abs(a - b) / max(abs(a), 1e-12)


def audit_consistency(
    model_dir: str, a: Setup, b: Setup, batches: list[dict], thresholds: Thresholds | None = None,
    models: tuple | None = None,
) -> AuditReport:
    """Run `batches` through setups `a` and `b` and compare losses, gradients, layer outputs and routing.

    `models` may pass already loaded (model_a, model_b), e.g. to audit an in-memory change.
    """
    if not batches:
        raise UserError("the audit needs at least one batch")
    thresholds = thresholds or default_thresholds(a, b)
    model_a, model_b = models if models is not None else (load_setup_model(model_dir, a), load_setup_model(model_dir, b))
    names_a = [n for n, _ in model_a.named_parameters()]
    if names_a != [n for n, _ in model_b.named_parameters()]:
        raise UserError("the two setups loaded different parameter sets; audit one checkpoint in both")
    losses_a, losses_b, loss_diffs, norm_diffs, norms_a, norms_b = [], [], [], [], [], []
    dot = sq_a = sq_b = 0.0
    tokens = 0
    worst_abs: dict[int, float] = {}
    worst_rel: dict[int, float] = {}
    agree: dict[int, int] = {}
    for batch in batches:
        mask = batch["attention_mask"]
        tokens += int(mask.sum())
        ca = _run_batch(model_a, batch, mask)
        cb = _run_batch(model_b, batch, mask)
        losses_a.append(ca.loss)
        losses_b.append(cb.loss)
        loss_diffs.append(_rel(ca.loss, cb.loss) if math.isfinite(ca.loss + cb.loss) else math.inf)
        ga, gb = ca.grads.double(), cb.grads.double()
        na, nb = float(ga.norm()), float(gb.norm())
        norms_a.append(na)
        norms_b.append(nb)
        norm_diffs.append(_rel(na, nb) if math.isfinite(na + nb) else math.inf)
        dot += float((ga * gb).sum())
        sq_a += na * na
        sq_b += nb * nb
        for i, (oa, ob) in enumerate(zip(ca.layer_outputs, cb.layer_outputs)):
            if oa is None or ob is None:
                continue
            diff = float((oa - ob).abs().max()) if oa.numel() else 0.0
            rel = float((oa - ob).norm() / oa.norm().clamp_min(1e-12)) if oa.numel() else 0.0
            worst_abs[i] = max(worst_abs.get(i, 0.0), diff if math.isfinite(diff) else math.inf)
            worst_rel[i] = max(worst_rel.get(i, 0.0), rel if math.isfinite(rel) else math.inf)
        for i, ids_a in ca.topk.items():
            ids_b = cb.topk.get(i)
            same = int((ids_a == ids_b).all(dim=-1).sum()) if ids_b is not None and ids_b.shape == ids_a.shape else 0
            agree[i] = agree.get(i, 0) + same
    cosine = min(1.0, dot / max(math.sqrt(sq_a) * math.sqrt(sq_b), 1e-30))
    layers = [
        LayerResult(i, worst_abs[i], worst_rel[i], agree[i] / tokens if i in agree else None)
        for i in sorted(worst_abs)
    ]
    report = AuditReport(
        model=str(model_dir), a=a.label(), b=b.label(), batches=len(batches), tokens=tokens,
        loss_a=sum(losses_a) / len(losses_a), loss_b=sum(losses_b) / len(losses_b), loss_rel_diff=max(loss_diffs),
        grad_norm_a=sum(norms_a) / len(norms_a), grad_norm_b=sum(norms_b) / len(norms_b),
        grad_norm_rel_diff=max(norm_diffs), grad_cosine=cosine, layers=layers, thresholds=thresholds,
    )
    routers = [layer.router_agreement for layer in layers if layer.router_agreement is not None]
    checks = {
        "loss": (report.loss_rel_diff, thresholds.loss, report.loss_rel_diff <= thresholds.loss),
        "grad": (
            max(report.grad_norm_rel_diff, 1 - cosine),
            thresholds.grad,
            max(report.grad_norm_rel_diff, 1 - cosine) <= thresholds.grad,
        ),
        "layer": (
            max((layer.rel_diff for layer in layers), default=0.0),
            thresholds.layer,
            max((layer.rel_diff for layer in layers), default=0.0) <= thresholds.layer,
        ),
    }
    if routers:
        checks["router"] = (min(routers), thresholds.router, min(routers) >= thresholds.router)
    report.checks = {name: {"value": v, "limit": lim, "passed": bool(ok)} for name, (v, lim, ok) in checks.items()}
    report.passed = all(c["passed"] for c in report.checks.values())
    return report


# ---------------------------------------------------------------------------------------------
# Output and CLI


def report_to_json(report: AuditReport) -> str:
    """The report as JSON (infinities as strings, so any JSON reader accepts it)."""

    def clean(x):
        if isinstance(x, float) and not math.isfinite(x):
            return str(x)
        if isinstance(x, dict):
            return {k: clean(v) for k, v in x.items()}
        if isinstance(x, list):
            return [clean(v) for v in x]
        return x

    return json.dumps(clean(asdict(report)), indent=2)


def print_report(report: AuditReport, console=None) -> None:
    """A rich table per section: summary checks, then per-layer differences."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    console.print(f"[bold]consistency audit[/bold] {report.model}: {report.batches} batches, {report.tokens} tokens")
    console.print(f"  A: {report.a}\n  B: {report.b}")
    summary = Table(title="checks")
    for column in ("check", "A", "B", "difference", "limit", "result"):
        summary.add_column(column)

    def verdict(name):
        check = report.checks.get(name)
        if check is None:
            return "-", "-"
        return f"{check['limit']:.3g}", "[green]pass[/green]" if check["passed"] else "[red]FAIL[/red]"

    summary.add_row("loss", f"{report.loss_a:.6g}", f"{report.loss_b:.6g}", f"{report.loss_rel_diff:.3g} rel", *verdict("loss"))
    summary.add_row(
        "grad norm", f"{report.grad_norm_a:.6g}", f"{report.grad_norm_b:.6g}",
        f"{report.grad_norm_rel_diff:.3g} rel, cos {report.grad_cosine:.6f}", *verdict("grad"),
    )
    if "layer" in report.checks:
        summary.add_row("layer outputs", "", "", f"{report.checks['layer']['value']:.3g} rel (worst)", *verdict("layer"))
    if "router" in report.checks:
        summary.add_row("router top-k", "", "", f"{report.checks['router']['value']:.4f} agree (worst)", *verdict("router"))
    console.print(summary)
    per_layer = Table(title="per decoder layer (worst batch)")
    for column in ("layer", "max |A-B|", "relative", "top-k agreement"):
        per_layer.add_column(column, justify="right")
    for layer in report.layers:
        per_layer.add_row(
            str(layer.index), f"{layer.max_abs_diff:.3g}", f"{layer.rel_diff:.3g}",
            "dense" if layer.router_agreement is None else f"{layer.router_agreement:.4f}",
        )
    console.print(per_layer)
    console.print("[bold green]PASS[/bold green]" if report.passed else "[bold red]FAIL[/bold red]")


def run_audit_command(args) -> int:
    """`medqa audit-consistency`: 0 when the setups agree within the thresholds, 1 when they do not."""
    from moe_core.models import load_moe_config

    from moe_core.devices import check_dtype_supported, resolve_device

    a, b = parse_setup(args.a, "a"), parse_setup(args.b, "b")
    for which, setup in (("a", a), ("b", b)):  # before loading anything: is the device here, can it run the dtype?
        try:
            check_dtype_supported(resolve_device(setup.device), setup.dtype)
        except UserError as exc:
            raise UserError(f"--{which}: {exc}") from None
    thresholds = parse_thresholds(args.threshold, default_thresholds(a, b))
    for name in ("batches", "batch_size", "seq_len"):
        if getattr(args, name) < 1:
            raise UserError(f"--{name.replace('_', '-')} must be at least 1, got {getattr(args, name)}")
    if args.seq_len < 2:
        raise UserError(f"--seq-len must be at least 2, got {args.seq_len}")
    config = load_moe_config(args.model)
    if args.data:
        batches = data_batches(args.model, args.data, args.batches, args.batch_size, args.seq_len)
    else:
        batches = random_batches(config.vocab_size, args.batches, args.batch_size, args.seq_len, args.seed)
    report = audit_consistency(args.model, a, b, batches, thresholds)
    if args.json:
        print(report_to_json(report))
    else:
        print_report(report)
    return 0 if report.passed else 1

