"""Router telemetry, balancing losses and auxiliary-loss-free balancing on every MoE family."""

import math

import pytest
import torch
import torch.nn.functional as F
from transformers import AutoModelForCausalLM

from moe_core.config import LoraConfig
from moe_core.errors import UserError
from moe_core.families import iter_moe_layers, num_experts, top_k
from moe_core.lora import apply_lora
from moe_core.presets import FAMILIES, tiny_config
from moe_core.routing import (
    COLLAPSE_EXPLANATION,
    SCORING,
    AuxFreeBalancer,
    CollapseWatch,
    RouterLogitsCollector,
    RouterTelemetry,
    layer_routing,
    moe_aux_loss,
    router_z_loss,
    switch_aux_loss,
)

PATCHED_FAMILIES = ["qwen2_moe", "qwen3_moe", "deepseek_v2", "mixtral", "olmoe"]  # no native correction bias
NATIVE_FAMILIES = ["deepseek_v3", "bailing_hybrid"]




def _model(family, seed=0):
    # Ling's routers are what matter here; full attention avoids its slow CPU linear-attention kernel.
    overrides = {"layer_types": ["full_attention"] * 3} if family == "bailing_hybrid" else {}
    torch.manual_seed(seed)
    return AutoModelForCausalLM.from_config(tiny_config(family, **overrides)).eval()


def _skewed_model(family):
    """A model whose routers send every token to experts 0 and 1 (imbalance E/top_k = 4)."""
    model = _model(family)
    with torch.no_grad():
        # One direction shared by every token's hidden state (as LLMs' massive activations are) ...
        model.model.embed_tokens.weight[:, 0] += 0.5
        for layer in iter_moe_layers(model):
            weight = layer.router.weight
            weight.normal_(0, 0.3)  # ... per-token preferences from the other directions ...
            weight[:, 0] = 0
            weight[0, 0], weight[1, 0] = 0.8, 0.64  # ... and a strong pull towards experts 0 and 1 from it.
    return model


def _ids(batch=8, seq=16, seed=0):
    return torch.randint(3, 512, (batch, seq), generator=torch.Generator().manual_seed(seed))


def _router_outputs(model, ids):
    """Each MoE layer's (logits, weights, indices) from the routers themselves, via plain hooks."""
    seen = {}
    handles = [layer.router.register_forward_hook(
        lambda m, a, out, i=layer.index: seen.__setitem__(i, tuple(t.detach() for t in out)))
        for layer in iter_moe_layers(model)]
    with torch.no_grad():
        model(input_ids=ids)
    for handle in handles:
        handle.remove()
    return seen


# ---------------------------------------------------------------- telemetry


def test_layer_routing_statistics_on_hand_made_loads():
    balanced = layer_routing(3, [4, 4, 4, 4])
    assert (balanced.layer, balanced.imbalance, balanced.unused_share) == (3, 1.0, 0.0)
    assert balanced.entropy == pytest.approx(1.0)
    collapsed = layer_routing(0, [8, 0, 0, 0])
    assert (collapsed.imbalance, collapsed.entropy, collapsed.unused_share) == (4.0, 0.0, 0.75)
    half = layer_routing(0, torch.tensor([2, 2, 0, 0]))
    assert half.imbalance == 2.0 and half.unused_share == 0.5
    assert half.entropy == pytest.approx(math.log(2) / math.log(4))
    skew = layer_routing(0, [6, 1, 1])
    assert skew.imbalance == pytest.approx(6 / (8 / 3))
    assert skew.entropy == pytest.approx(-(0.75 * math.log(0.75) + 2 * 0.125 * math.log(0.125)) / math.log(3))
    assert skew.tokens_per_expert == [6, 1, 1]
    assert layer_routing(0, [0, 0]).unused_share == 1.0


@pytest.mark.parametrize("family", ["qwen3_moe", "deepseek_v3"])
def test_telemetry_counts_equal_the_routers_own_choices(family):
    model = _model(family)
    ids = _ids()
    expected = {i: torch.bincount(out[2].reshape(-1), minlength=8) for i, out in _router_outputs(model, ids).items()}
    with RouterTelemetry(model) as telemetry:
        with torch.no_grad():
            model(input_ids=ids)
        stats = telemetry.snapshot()
        assert [s.layer for s in stats] == sorted(expected)
        for s in stats:
            assert s.tokens_per_expert == expected[s.layer].tolist()
            assert sum(s.tokens_per_expert) == ids.numel() * top_k(model.config)

        # Padding positions are left out when a token mask is set.
        mask = torch.ones_like(ids)
        mask[:, 10:] = 0
        telemetry.reset()
        telemetry.set_token_mask(mask)
        with torch.no_grad():
            model(input_ids=ids)
        masked = telemetry.snapshot()
        keep = mask.reshape(-1).bool()
        telemetry.enabled = False
        outputs = _router_outputs(model, ids)
        for s in masked:
            assert s.tokens_per_expert == torch.bincount(outputs[s.layer][2][keep].reshape(-1), minlength=8).tolist()

        heat = telemetry.as_heatmap_array()
        assert heat.shape == (len(stats), num_experts(model.config))
        assert heat.sum(axis=1) == pytest.approx([1.0] * len(stats))
        assert heat[0].tolist() == pytest.approx(
            [c / sum(telemetry.snapshot()[0].tokens_per_expert) for c in telemetry.snapshot()[0].tokens_per_expert])

    # Hooks are gone after the with-block.
    assert all(not layer.router._forward_hooks for layer in iter_moe_layers(model))


def test_telemetry_every_n_and_pause():
    model = _model("qwen3_moe")
    ids = _ids(2, 8)
    single = {i: torch.bincount(o[2].reshape(-1), minlength=8).tolist() for i, o in _router_outputs(model, ids).items()}
    telemetry = RouterTelemetry(model, every_n=2)
    with torch.no_grad():
        for _ in range(3):  # forwards 1 and 3 are counted
            model(input_ids=ids)
        telemetry.enabled = False
        model(input_ids=ids)
    assert [s.tokens_per_expert for s in telemetry.snapshot()] == [[2 * c for c in single[i]] for i in sorted(single)]
    telemetry.remove()
    with pytest.raises(UserError, match="every_n"):
        RouterTelemetry(model, every_n=0)


def test_collapse_alarm_fires_on_a_skewed_router_only():
    ids = _ids()
    skewed = _skewed_model("qwen3_moe")
    with RouterTelemetry(skewed) as telemetry:
        with torch.no_grad():
            skewed(input_ids=ids)
        alarms = telemetry.collapse_alarm(threshold=3.0)
        assert len(alarms) == len(iter_moe_layers(skewed))
        assert alarms[0].startswith("layer 0:") and "imbalance" in alarms[0]
        assert max(s.imbalance for s in telemetry.snapshot()) > 3.0

    balanced = _model("qwen3_moe")
    with RouterTelemetry(balanced) as telemetry:
        with torch.no_grad():
            balanced(input_ids=ids)
        assert telemetry.collapse_alarm(threshold=3.0) == []
        assert max(s.imbalance for s in telemetry.snapshot()) < 2.0


# ---------------------------------------------------------------- losses


def _direct_switch_loss(logits_per_layer, k, experts, scoring, mask=None):
    logits = torch.cat(logits_per_layer).float()
    if mask is not None:
        logits = logits[mask.reshape(-1).repeat(len(logits_per_layer)).bool()]
    if scoring == "softmax":
        probs = logits.softmax(-1)
    else:
        probs = logits.sigmoid() / logits.sigmoid().sum(-1, keepdim=True)
    chosen = F.one_hot(probs.topk(k, dim=-1).indices, experts).sum(1).float()
    return experts * (chosen.mean(0) * probs.mean(0)).sum()


@pytest.mark.parametrize("scoring", ["softmax", "sigmoid"])
def test_switch_aux_loss_matches_the_formula(scoring):
    generator = torch.Generator().manual_seed(0)
    logits = [torch.randn(12, 8, generator=generator) * 2 for _ in range(3)]
    mask = torch.ones(3, 4)
    mask[0, 2:] = 0
    for m in (None, mask):
        got = switch_aux_loss(logits, top_k=2, num_experts=8, mask=m, scoring=scoring)
        torch.testing.assert_close(got, _direct_switch_loss(logits, 2, 8, scoring, m))
    with pytest.raises(UserError, match="no router logits"):
        switch_aux_loss([], top_k=2, num_experts=8)
    with pytest.raises(UserError, match="shape"):
        switch_aux_loss([torch.randn(4, 6)], top_k=2, num_experts=8)
    with pytest.raises(UserError, match="mask"):
        switch_aux_loss(logits, top_k=2, num_experts=8, mask=torch.ones(5))


def test_router_z_loss_matches_the_formula():
    generator = torch.Generator().manual_seed(1)
    logits = [torch.randn(10, 8, generator=generator) * 3 for _ in range(2)]
    expected = torch.stack([(torch.logsumexp(x, -1) ** 2).mean() for x in logits]).mean()
    torch.testing.assert_close(router_z_loss(logits), expected)
    mask = torch.zeros(10)
    mask[:4] = 1
    torch.testing.assert_close(router_z_loss(logits, mask),
                               torch.stack([(torch.logsumexp(x[:4], -1) ** 2).mean() for x in logits]).mean())


@pytest.mark.parametrize("family", FAMILIES)
def test_collected_router_logits_give_losses_with_gradients_to_the_routers(family):
    model = _model(family).train()
    ids = _ids(2, 6)
    with RouterLogitsCollector(model) as collector:
        model(input_ids=ids)
        model(input_ids=ids)  # a second forward replaces, not extends, the collected logits
        assert len(collector.logits) == len(iter_moe_layers(model))
        aux = moe_aux_loss(model, collector.logits)
        expected = _direct_switch_loss([x.detach() for x in collector.logits], top_k(model.config),
                                       num_experts(model.config), SCORING[family])
        torch.testing.assert_close(aux.detach(), expected)
        (aux + 1e-3 * router_z_loss(collector.logits)).backward()
    for layer in iter_moe_layers(model):
        assert layer.router.weight.grad is not None and layer.router.weight.grad.abs().sum() > 0


# ---------------------------------------------------------------- auxiliary-loss-free balancing


@pytest.mark.parametrize("family", PATCHED_FAMILIES)
def test_zero_bias_router_equals_the_original_bit_for_bit(family):
    model = _model(family)
    ids = _ids(2, 12)
    router = iter_moe_layers(model)[0].router
    hidden = torch.randn(40, model.config.hidden_size, generator=torch.Generator().manual_seed(3))
    with torch.no_grad():
        router.weight.normal_(0, 0.5)  # spread the scores so the top-k is not decided by float noise alone
        original = router(hidden)
        original_logits = model(input_ids=ids).logits
        balancer = AuxFreeBalancer(model)
        assert "forward" in router.__dict__, "router forward was not replaced"
        patched = router(hidden)
        patched_logits = model(input_ids=ids).logits
    for a, b in zip(original, patched, strict=True):
        assert a.dtype == b.dtype and torch.equal(a, b)
    assert torch.equal(original_logits, patched_logits)
    balancer.remove()
    assert "forward" not in router.__dict__


def _balance(model, ids, steps=80, gamma=0.1):
    """Forward the same batch and update the balancer; gamma drops to 30% for the last 30 steps."""
    balancer = AuxFreeBalancer(model, gamma=gamma)
    model.train()
    with torch.no_grad():
        for step in range(steps):
            balancer.gamma = gamma if step < steps - 30 else 0.3 * gamma
            model(input_ids=ids)
            balancer.update()
        model.eval()
        settled = {index: bias.clone() for index, bias in balancer.biases.items()}
        model(input_ids=ids)  # evaluation forwards are not counted, so this update moves nothing
        balancer.update()
    assert all(torch.equal(settled[index], bias) for index, bias in balancer.biases.items())
    return balancer


# Sigmoid scores live in [0, 1]; softmax routers are biased on logits, which span several units.
GAMMA = {"deepseek_v3": 0.01, "bailing_hybrid": 0.01}


@pytest.mark.parametrize("family", FAMILIES)
def test_aux_free_balancer_rebalances_a_skewed_router(family):
    model = _skewed_model(family)
    ids = _ids()
    params = {n: p.detach().clone() for n, p in model.named_parameters()}
    with RouterTelemetry(model) as telemetry:
        with torch.no_grad():
            model(input_ids=ids)
        before = max(s.imbalance for s in telemetry.snapshot())
    assert before > 3.0

    balancer = _balance(model, ids, gamma=GAMMA.get(family, 0.1))

    with RouterTelemetry(model) as telemetry:
        with torch.no_grad():
            model(input_ids=ids)
        after = max(s.imbalance for s in telemetry.snapshot())
    assert after < 1.5, f"imbalance {before:.2f} -> {after:.2f}"
    for name, param in model.named_parameters():
        assert torch.equal(param, params[name]), f"balancer changed weight {name}"

    # Combine weights come from the unbiased scores, while the bias really changes the selection.
    config = model.config
    changed_selection = False
    for index, (logits, weights, indices) in _router_outputs(model, ids).items():
        router = next(layer.router for layer in iter_moe_layers(model) if layer.index == index)
        if SCORING[family] == "sigmoid":
            scores = logits.sigmoid()
            expected = scores.gather(1, indices)
            if router.norm_topk_prob:
                expected = expected / (expected.sum(-1, keepdim=True) + 1e-20)
            expected = expected * router.routed_scaling_factor
            unbiased_choice = scores
            assert torch.equal(router.e_score_correction_bias, balancer.biases[index])  # the native buffer is driven
        else:
            scores = logits.float().softmax(-1)
            expected = scores.gather(1, indices)
            if getattr(router, "norm_topk_prob", family == "mixtral"):
                expected = expected / expected.sum(-1, keepdim=True)
            expected = expected * getattr(router, "routed_scaling_factor", 1.0)
            unbiased_choice = scores
        torch.testing.assert_close(weights.float(), expected, rtol=1e-5, atol=1e-6)
        unbiased = unbiased_choice.topk(top_k(config), dim=-1).indices.sort(-1).values
        changed_selection |= not torch.equal(unbiased, indices.sort(-1).values)
    assert changed_selection


def test_balancer_state_round_trips_and_rejects_foreign_state():
    ids = _ids(4, 8)
    model = _skewed_model("qwen3_moe")
    balancer = _balance(model, ids, steps=40)
    state = balancer.state_dict()
    with torch.no_grad():
        trained = model(input_ids=ids).logits

    fresh = _skewed_model("qwen3_moe")
    restored = AuxFreeBalancer(fresh)
    restored.load_state_dict(state)
    for index, bias in balancer.biases.items():
        assert torch.equal(restored.biases[index], bias)
    with torch.no_grad():
        assert torch.equal(fresh(input_ids=ids).logits, trained)

    with pytest.raises(UserError, match="MoE layers"):
        restored.load_state_dict({"bias": {0: torch.zeros(8)}})
    with pytest.raises(UserError, match="shape"):
        restored.load_state_dict({"bias": {0: torch.zeros(4), 1: torch.zeros(8)}})
    with pytest.raises(UserError, match="state_dict"):
        restored.load_state_dict({"weights": 1})
    with pytest.raises(UserError, match="gamma"):
        AuxFreeBalancer(fresh, gamma=0)


@pytest.mark.parametrize("family", ["qwen3_moe", "deepseek_v3"])
def test_balancer_and_telemetry_follow_a_router_trained_through_peft(family):
    peft_model = apply_lora(_model(family), LoraConfig(r=2, train_router=True, attention=False))
    inner = peft_model.get_base_model()
    balancer = AuxFreeBalancer(inner)
    for bias in balancer.biases.values():
        bias[7] = 100.0  # every token must now pick expert 7
    with RouterTelemetry(peft_model) as telemetry:
        with torch.no_grad():
            peft_model(input_ids=_ids(2, 6))
        for stats in telemetry.snapshot():
            assert stats.tokens_per_expert[7] == 12


def _layers(*imbalances: float) -> list:
    """LayerRouting rows with the given imbalance per layer (4 experts; the busiest takes the excess)."""
    rows = []
    for index, imbalance in enumerate(imbalances):
        busiest = round(imbalance * 25)  # of 100 assignments: imbalance = busiest / 25
        rest = (100 - busiest) // 3
        rows.append(layer_routing(index, [busiest, rest, rest, 100 - busiest - 2 * rest]))
    return rows


def test_collapse_watch_ignores_early_imbalance_of_a_fresh_router():
    watch = CollapseWatch(threshold=3.0, warmup_steps=40, patience=2)
    for step in (10, 20, 30, 40):  # skewed all through the warm-up, as an untrained tiny router is
        assert watch.update(step, _layers(3.6, 1.0)) == []
    assert watch.update(50, _layers(1.2, 1.0)) == []  # evened out once it learned: never an alarm


def test_collapse_watch_ignores_a_passing_spike_after_warm_up():
    watch = CollapseWatch(threshold=3.0, warmup_steps=0, patience=3)
    for step, imbalance in ((10, 3.6), (20, 3.6), (30, 1.1), (40, 3.6), (50, 3.6), (60, 1.0)):
        assert watch.update(step, _layers(imbalance)) == []


def test_collapse_watch_alarms_on_imbalance_that_persists_after_warm_up():
    watch = CollapseWatch(threshold=3.0, warmup_steps=20, patience=3)
    results = {step: watch.update(step, _layers(1.0, 3.6)) for step in (10, 20, 30, 40, 50, 60)}
    assert [step for step, alarms in results.items() if alarms] == [50, 60]  # 30, 40, 50: three in a row
    assert len(results[50]) == 1 and results[50][0].startswith("layer 1: router collapse risk, imbalance 3.60 > 3.0")
    assert "3 snapshots in a row" in results[50][0]
    assert "aux_loss_coef" in COLLAPSE_EXPLANATION and "collapse_warmup_steps" in COLLAPSE_EXPLANATION
