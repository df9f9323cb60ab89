"""Multiple-choice scoring: lm-eval's tokenisation, prefix-cache scoring equal to full-sequence scoring, and
parity with lm-evaluation-harness itself on a tiny model."""

import json
from pathlib import Path

import pytest
import torch

from medqa.evaluation.loglik import (
    LoglikScorer,
    ScoreRequest,
    encode_pair,
    encode_request,
)
from medqa.evaluation.tasks import load_task_items

FIXTURES = Path(__file__).parent / "fixtures" / "eval"


@pytest.fixture(scope="module")
def tokenizer():
    from moe_core.tokenizer import train_chatml_tokenizer

    texts = [line for f in sorted(FIXTURES.glob("*.jsonl")) for line in f.read_text().splitlines()]
    # Repeated so " A".." D" become single tokens, as they are in real tokenizers.
    texts += ["Question: x\nAnswer: A B C D", "患者 预约 挂号 检查"] * 50
    return train_chatml_tokenizer(texts, vocab_size=700)


def _model(family, tokenizer, tmp_path_factory, seed=1):
    from transformers import AutoModelForCausalLM

    from moe_core.presets import build_tiny_preset

    path = build_tiny_preset(family, tmp_path_factory.mktemp(family) / "m", tokenizer=tokenizer, seed=seed)
    return path, AutoModelForCausalLM.from_pretrained(path).eval()


def _reference_logliks(model, context_ids, continuations):
    """Score each option with its own full forward pass (the definition of the log-likelihood)."""
    out = []
    for cont in continuations:
        ids = torch.tensor([context_ids + cont])
        with torch.no_grad():
            logprobs = torch.log_softmax(model(input_ids=ids[:, :-1]).logits.float(), -1)[0]
        positions = range(len(context_ids) - 1, len(context_ids) + len(cont) - 1)
        out.append(sum(float(logprobs[p, t]) for p, t in zip(positions, cont)))
    return out


REQUESTS = [
    ScoreRequest("Abstract: patients were followed for a year.\nQuestion: did it help?\nAnswer:", [" yes", " no", " maybe"]),
    ScoreRequest("Question: which test first?\nA. ECG\nB. CT\nC. lipase\nD. stress test\nAnswer:", [" A", " B", " C", " D"]),
    ScoreRequest("Short  ", ["appointment letter", "no", "the patient portal please"]),  # trailing spaces move
    ScoreRequest("问题：如何预约？\n答案：", ["通过患者服务平台", "拨打总机电话预约挂号"]),
    ScoreRequest("x", [" a much longer continuation with many tokens in it", " b"]),
]


def test_encode_pair_matches_lm_eval(tokenizer):
    """Our split equals lm-eval's own `_encode_pair` (run on a stand-in that has lm-eval's tok_encode)."""
    lm_eval_model = pytest.importorskip("lm_eval.api.model")
    from lm_eval.models.huggingface import HFLM

    class StandIn:
        backend = "causal"
        add_bos_token = None

        def __init__(self, tok):
            self.tokenizer = tok

        @property
        def prefix_token_id(self):
            return HFLM.prefix_token_id.fget(self)

        custom_prefix_token_id = None

        def tok_encode(self, string, **kw):
            return HFLM.tok_encode(self, string, **kw)

    stand_in = StandIn(tokenizer)
    for request in REQUESTS:
        for continuation in request.continuations:
            theirs = lm_eval_model.TemplateLM._encode_pair(stand_in, request.context, continuation)
            assert encode_pair(tokenizer, request.context, continuation) == tuple(theirs)
    _, cont = encode_pair(tokenizer, "Short  ", "no")
    assert tokenizer.decode(cont).startswith("  ")  # the context's trailing spaces belong to the continuation


@pytest.mark.parametrize("family", [
    "qwen3_moe", "deepseek_v2",  # GQA and multi-head latent attention caches
    pytest.param("mixtral", marks=pytest.mark.slow), pytest.param("bailing_hybrid", marks=pytest.mark.slow),
])
def test_prefix_cache_equals_full_sequence(family, tokenizer, tmp_path_factory):
    _, model = _model(family, tokenizer, tmp_path_factory)
    for batch_size in (3,) if family != "bailing_hybrid" else ():
        scorer = LoglikScorer(model, tokenizer, batch_size=batch_size)
        got = scorer.score(REQUESTS)
        for request, scores in zip(REQUESTS, got):
            enc = encode_request(tokenizer, request)
            want = _reference_logliks(model, enc.context_ids, enc.continuation_ids)
            assert scores.logliks == pytest.approx(want, abs=1e-4)
    if family != "bailing_hybrid":
        # One-token options need no second pass: REQUESTS[1] shares a single prefix forward.
        assert all(len(c) == 1 for c in encode_request(tokenizer, REQUESTS[1]).continuation_ids)
        forwards = []  # the model's own forward calls, seen from outside the scorer
        hook = model.register_forward_hook(lambda *args: forwards.append(1))
        try:
            scorer = LoglikScorer(model, tokenizer, batch_size=8)
            scorer.score([REQUESTS[1]])
            assert len(forwards) == 1
            full = LoglikScorer(model, tokenizer, batch_size=8, use_prefix_cache=False)
            full.score([REQUESTS[1]])
            assert len(forwards) == 2
        finally:
            hook.remove()
        assert full.score([REQUESTS[1]])[0].logliks == pytest.approx(scorer.score([REQUESTS[1]])[0].logliks, abs=1e-4)
    else:
        # Linear-attention layers keep recurrent state, not keys/values: the scorer must fall back.
        scorer = LoglikScorer(model, tokenizer, batch_size=2)
        got = scorer.score(REQUESTS[:2])
        assert scorer._cache_ok is False
        for request, scores in zip(REQUESTS[:2], got):
            enc = encode_request(tokenizer, request)
            assert scores.logliks == pytest.approx(_reference_logliks(model, enc.context_ids, enc.continuation_ids), abs=1e-4)


def test_items_longer_than_the_window_are_truncated_like_lm_eval(tokenizer, tmp_path_factory):
    _, model = _model("qwen3_moe", tokenizer, tmp_path_factory)
    request = ScoreRequest("Question: " + "the patient waited. " * 12 + "\nAnswer:", [" yes", " no"])
    enc = encode_request(tokenizer, request)
    window = len(enc.context_ids) - 5
    scorer = LoglikScorer(model, tokenizer, max_length=window)
    got = scorer.score([request])[0].logliks
    want = []
    for cont in enc.continuation_ids:
        inp = (enc.context_ids + cont)[-(window + 1):][:-1]
        with torch.no_grad():
            lp = torch.log_softmax(model(input_ids=torch.tensor([inp])).logits.float(), -1)[0]
        want.append(sum(float(lp[len(inp) - len(cont) + k, t]) for k, t in enumerate(cont)))
    assert got == pytest.approx(want, abs=1e-4)


# ---------------------------------------------------------------------------------------------
# Parity with lm-evaluation-harness itself.

PARITY = {  # our task -> (lm-eval task YAML it includes, fixture in that task's upstream layout)
    "medqa_4options": ("medqa/medqa.yaml", "medqa_4options.jsonl"),
    "medmcqa": ("medmcqa/medmcqa.yaml", "medmcqa.jsonl"),
    "pubmedqa": ("pubmedqa/pubmedqa.yaml", "pubmedqa_source.jsonl"),
    "mmlu_medical": ("mmlu/default/mmlu_anatomy.yaml", "mmlu_anatomy.jsonl"),
}


def _lm_eval_tasks(include_dir: Path) -> dict[str, str]:
    """Custom tasks that include lm-eval's own task YAMLs and point them at our fixtures."""
    import lm_eval.tasks

    upstream = Path(lm_eval.tasks.__file__).parent
    names = {}
    for ours, (yaml, fixture) in PARITY.items():
        name = f"parity_{ours}"
        (include_dir / f"{name}.yaml").write_text(
            f"include: {upstream / yaml}\ntask: {name}\ndataset_path: json\ndataset_name: null\n"
            f"dataset_kwargs:\n  data_files:\n    test: {FIXTURES / fixture}\n"
            "training_split: null\nvalidation_split: null\nfewshot_split: null\ntest_split: test\n"
        )
        names[ours] = name
    return names


@pytest.mark.slow
def test_parity_with_lm_eval_harness(tokenizer, tmp_path_factory):
    lm_eval = pytest.importorskip("lm_eval")
    from medqa.evaluation.runner import EvalRunConfig, run_evaluation

    # Seed 8: choices vary in every task, and " yes"/" maybe" are multi-token, so the KV-cache path is compared too.
    model_dir, _ = _model("qwen3_moe", tokenizer, tmp_path_factory, seed=8)
    include = tmp_path_factory.mktemp("lm_eval_tasks")
    names = _lm_eval_tasks(include)
    theirs = lm_eval.simple_evaluate(
        model="hf", model_args=f"pretrained={model_dir},dtype=float32", tasks=list(names.values()),
        task_manager=lm_eval.tasks.TaskManager(include_path=str(include)), log_samples=True, batch_size=1, device="cpu",
    )
    out = tmp_path_factory.mktemp("ours")
    ours = run_evaluation(EvalRunConfig(
        model=str(model_dir), tasks=list(PARITY), data={t: str(FIXTURES / f) for t, (_, f) in PARITY.items()},
        batch_size=4, out=str(out), dtype="float32", progress=False,
    ))
    samples = [json.loads(line) for line in (out / "samples.jsonl").read_text().splitlines()]
    all_preds = []
    for task, name in names.items():
        their_samples = sorted(theirs["samples"][name], key=lambda s: s["doc_id"])
        our_samples = [s for s in samples if s["task"] == task]
        items, _ = load_task_items(task, str(FIXTURES / PARITY[task][1]))
        assert len(our_samples) == len(their_samples) == len(items) > 0
        for item, mine, their in zip(items, our_samples, their_samples):
            assert their["arguments"][0][0] == item.context  # identical prompt text
            assert [a[1] for a in their["arguments"]] == item.continuations
            their_lls = [r[0] for r in their["filtered_resps"]]
            assert mine["logliks"] == pytest.approx(their_lls, abs=1e-4)
            assert mine["acc"] == their["acc"]
            if "acc_norm" in their:
                assert mine["acc_norm"] == their["acc_norm"]
            all_preds.append((task, mine["pred"]))
        assert ours["tasks"][task]["metrics"]["acc"]["value"] == pytest.approx(theirs["results"][name]["acc,none"])
        if "acc_norm,none" in theirs["results"][name]:
            assert ours["tasks"][task]["metrics"]["acc_norm"]["value"] == pytest.approx(theirs["results"][name]["acc_norm,none"])
    pubmed, _ = load_task_items("pubmedqa", str(FIXTURES / PARITY["pubmedqa"][1]))
    assert any(len(c) > 1 for c in encode_request(tokenizer, ScoreRequest(pubmed[0].context, pubmed[0].continuations)).continuation_ids)
    # The comparison means something only if the model does not answer everything the same way.
    for task in PARITY:
        assert len({p for t, p in all_preds if t == task}) > 1, f"{task}: every item got the same choice"
