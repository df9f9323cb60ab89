"""lm-eval-harness `local-completions` against our `/v1/completions` equals in-process scoring."""

from pathlib import Path

import pytest
from test_serving_support import (
    KEY_CHAT,
    ServerThread,
    make_assistant,
    make_settings,
)

from serving.app import create_app

FIXTURE = Path(__file__).parent / "fixtures" / "data" / "medqa_4options_hf.jsonl"

TASK_YAML = """task: medqa_serving_fixture
dataset_path: json
dataset_kwargs:
  data_files:
    test: {path}
test_split: test
output_type: multiple_choice
doc_to_text: "Question: {{{{sent1}}}}\\nAnswer:"
doc_to_choice: "{{{{[ending0, ending1, ending2, ending3]}}}}"
doc_to_target: label
metric_list:
  - metric: acc
"""


@pytest.mark.slow
def test_lm_eval_local_completions_matches_in_process_scoring(engine, seed_dir, tmp_path, monkeypatch):
    import json

    lm_eval = pytest.importorskip("lm_eval")
    from lm_eval.tasks import TaskManager

    from medqa.evaluation.loglik import LoglikScorer, ScoreRequest

    (tmp_path / "medqa_serving_fixture.yaml").write_text(TASK_YAML.format(path=FIXTURE))
    monkeypatch.setenv("OPENAI_API_KEY", KEY_CHAT)
    app = create_app(make_settings(seed_dir, rate_limit_per_minute=10000), assistant=make_assistant(engine))
    with ServerThread(app) as server:
        results = lm_eval.simple_evaluate(
            model="local-completions",
            model_args={"model": engine.model_name, "base_url": server.url + "/v1/completions",
                        "tokenizer_backend": "huggingface", "tokenizer": str(seed_dir), "num_concurrent": 1,
                        "max_retries": 1, "tokenized_requests": True},
            tasks=["medqa_serving_fixture"], task_manager=TaskManager(include_path=str(tmp_path)),
            log_samples=True, random_seed=0, numpy_random_seed=0, torch_random_seed=0, fewshot_random_seed=0,
        )
    samples = sorted(results["samples"]["medqa_serving_fixture"], key=lambda s: s["doc_id"])
    served = [[float(r[0]) for r in s["filtered_resps"]] for s in samples]

    items = [json.loads(line) for line in FIXTURE.read_text().splitlines() if line.strip()]
    scorer = LoglikScorer(engine.model, engine.tokenizer)
    direct = [o.logliks for o in scorer.score([
        ScoreRequest(f"Question: {it['sent1']}\nAnswer:", [" " + it[f"ending{k}"] for k in range(4)]) for it in items])]
    assert len(served) == len(direct) == len(items)
    for a, b in zip(served, direct):
        assert a == pytest.approx(b, abs=2e-3)
    direct_acc = sum(max(range(4), key=lambda k: d[k]) == it["label"] for d, it in zip(direct, items)) / len(items)
    assert results["results"]["medqa_serving_fixture"]["acc,none"] == pytest.approx(direct_acc)
