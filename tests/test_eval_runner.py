"""`medqa eval` end to end: resume, outputs, compare, bad input, generation tasks, statistics, report."""

import tempfile
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from medqa.evaluation import stats
from medqa.evaluation.local import LocalBackend
from medqa.evaluation.runner import EvalRunConfig, run_evaluation
from serving.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
MEDQA = FIXTURES / "medqa_4options.jsonl"


@pytest.fixture(scope="module")
def model_dirs(tmp_path_factory):
    """Two tiny Qwen3-MoE models (different seeds) sharing one small ChatML tokenizer."""
    from moe_core.presets import build_tiny_preset
    from moe_core.tokenizer import train_chatml_tokenizer

    texts = [line for f in sorted(FIXTURES.glob("*.jsonl")) for line in f.read_text().splitlines()]
    texts += ["Question: x\nAnswer: A B C D yes no maybe", "预约 挂号 检查 患者"] * 50
    tokenizer = train_chatml_tokenizer(texts, vocab_size=700)
    root = tmp_path_factory.mktemp("eval_models")
    return [build_tiny_preset("qwen3_moe", root / f"m{seed}", tokenizer=tokenizer, seed=seed) for seed in (1, 2)]


def _config(model_dir, out, **kw):
    base = {"model": str(model_dir), "tasks": ["medqa_4options"], "data": {"medqa_4options": str(MEDQA)},
            "batch_size": 2, "out": str(out), "dtype": "float32", "progress": False, "resamples": 200}
    return EvalRunConfig(**{**base, **kw})


def _samples(out) -> list[dict]:
    return [json.loads(line) for line in (Path(out) / "samples.jsonl").read_text().splitlines()]


def pipeline_backend(generate=None):
    """The answer pipeline without a model (BM25-only bundled index): enough for safety reads."""
    from medqa.assistant import Assistant
    from medqa.evaluation.local import PipelineAnswerer
    from medqa.knowledge_base import load_knowledge_base
    from medqa.retrieval import KnowledgeIndex

    return PipelineAnswerer(Assistant(None, KnowledgeIndex(load_knowledge_base(), use_embeddings=False)), generate)


class Stop(Exception):
    pass


def _cached_lines(out) -> list[str]:
    """The cache's lines: every item computed is appended once, so their count is the work done."""
    return (Path(out) / "cache.jsonl").read_text().splitlines()


def test_interrupted_run_resumes_without_recomputing(model_dirs, tmp_path):
    config = _config(model_dirs[0], tmp_path / "run")

    def stop_after_first_chunk(task, n):
        raise Stop

    with pytest.raises(Stop):
        run_evaluation(config, on_progress=stop_after_first_chunk)
    assert not (tmp_path / "run" / "results.json").exists()
    assert len(_cached_lines(tmp_path / "run")) == 8  # one chunk = 4 x batch size
    with open(tmp_path / "run" / "cache.jsonl", "ab") as handle:  # a run killed mid-write leaves a torn line
        handle.write(b'{"key": "0123", "record": {"id": "te')

    computed = []
    resumed = run_evaluation(config, on_progress=lambda task, n: computed.append(n))
    assert sum(computed) == 24 - 8  # finished items are not computed again
    lines = _cached_lines(tmp_path / "run")
    assert len(lines) == 8 + 1 + 16 and lines[8].startswith('{"key": "0123"')  # torn line kept apart, 16 new

    fresh = run_evaluation(_config(model_dirs[0], tmp_path / "fresh"))
    assert resumed["tasks"] == fresh["tasks"]
    assert _samples(tmp_path / "run") == _samples(tmp_path / "fresh")
    # A different model must not reuse the cache (replace=True: its results may replace model 0's here).
    before = len(_cached_lines(tmp_path / "run"))
    run_evaluation(_config(model_dirs[1], tmp_path / "run"), backend=LocalBackend(_config(model_dirs[1], tmp_path / "run")),
                   replace=True)
    assert len(_cached_lines(tmp_path / "run")) == before + 24


def test_adapter_is_applied_and_recorded(model_dirs, tmp_path):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(model_dirs[0])
    lora = get_peft_model(base, LoraConfig(r=4, target_modules=["q_proj", "v_proj"], init_lora_weights=False))
    lora.save_pretrained(tmp_path / "adapter")
    plain = run_evaluation(_config(model_dirs[0], tmp_path / "plain", limit=6))
    adapted = run_evaluation(_config(model_dirs[0], tmp_path / "adapted", limit=6, adapter=str(tmp_path / "adapter")))
    assert adapted["adapter"] == str(tmp_path / "adapter") and adapted["model_fingerprint"] != plain["model_fingerprint"]
    assert [s["logliks"] for s in _samples(tmp_path / "plain")] != [s["logliks"] for s in _samples(tmp_path / "adapted")]
    with pytest.raises(Exception, match="not a PEFT adapter directory"):
        run_evaluation(_config(model_dirs[0], tmp_path / "x", adapter=str(tmp_path)))


def test_outputs_record_provenance_and_metrics(model_dirs, tmp_path):
    results = run_evaluation(_config(model_dirs[0], tmp_path))
    saved = json.loads((tmp_path / "results.json").read_text())
    assert saved["tasks"] == json.loads(json.dumps(results["tasks"]))
    import hashlib

    assert saved["data"]["medqa_4options"]["file_sha256"] == hashlib.sha256(MEDQA.read_bytes()).hexdigest()
    assert saved["model"]["model"] == str(model_dirs[0]) and len(saved["model_fingerprint"]) == 64
    assert "version" in saved["code"] and saved["config"]["batch_size"] == 2 and "api_key" not in saved["config"]
    samples = _samples(tmp_path)
    task = saved["tasks"]["medqa_4options"]
    acc = task["metrics"]["acc"]
    assert acc["value"] == pytest.approx(sum(s["acc"] for s in samples) / len(samples))
    assert acc["ci_low"] <= acc["value"] <= acc["ci_high"]
    assert sum(b["n"] for b in task["calibration"]["bins"]) == len(samples) == 24
    for s in samples:  # acc follows from the stored log-likelihoods
        assert s["pred"] == max(range(4), key=lambda k: s["logliks"][k]) and s["acc"] == float(s["pred"] == s["gold"])
    html = (tmp_path / "report.html").read_text()
    assert "<svg" in html and "Headline results" in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "")


def test_compare_runs_lists_item_differences(model_dirs, tmp_path, capsys):
    run_evaluation(_config(model_dirs[0], tmp_path / "a"))
    run_evaluation(_config(model_dirs[1], tmp_path / "b"))
    a = {s["id"]: s["acc"] for s in _samples(tmp_path / "a")}
    b = {s["id"]: s["acc"] for s in _samples(tmp_path / "b")}
    assert main(["eval", "compare", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "cmp")]) == 0
    printed = capsys.readouterr().out
    comparison = json.loads((tmp_path / "cmp" / "comparison.json").read_text())["tasks"]["medqa_4options"]
    a_only = sorted(i for i in a if a[i] == 1 and b[i] == 0)
    b_only = sorted(i for i in a if a[i] == 0 and b[i] == 1)
    assert sorted(comparison["a_right_b_wrong_items"]) == a_only and comparison["a_right_b_wrong"] == len(a_only)
    assert sorted(comparison["a_wrong_b_right_items"]) == b_only
    assert comparison["difference"] == pytest.approx((sum(b.values()) - sum(a.values())) / len(a))
    assert comparison["ci_low"] <= comparison["difference"] <= comparison["ci_high"]
    assert "medqa_4options" in printed and "McNemar" in printed
    # A run compared with itself differs nowhere.
    same = json.loads(json.dumps(__import__("medqa.evaluation.compare", fromlist=["x"]).compare_runs(tmp_path / "a", tmp_path / "a")))
    assert same["tasks"]["medqa_4options"]["difference"] == 0 and same["tasks"]["medqa_4options"]["mcnemar_p"] == 1.0


@pytest.mark.parametrize("argv, message", [
    (["--tasks", "medqa_4options,cardiology"], "unknown task(s) cardiology; known tasks: medqa_4options"),
    (["--model", "/nonexistent/model"], "/nonexistent/model"),
    (["--data", "medqa_4options=/nonexistent.jsonl"], "file not found"),
    (["--data", "nosuchtask=x.jsonl"], "unknown task 'nosuchtask'"),
])
def test_bad_input_is_one_line_exit_2(argv, message, model_dirs, tmp_path, capsys):
    base = ["eval", "--model", str(model_dirs[0]), "--out", str(tmp_path / "o"), "--quiet",
            "--tasks", "medqa_4options", "--data", f"medqa_4options={MEDQA}"]
    assert main(base + argv) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1 and "Traceback" not in err


def test_malformed_data_and_limit_and_endpoint(model_dirs, tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(MEDQA.read_text().splitlines()[0] + "\n" + '{"sent1": "truncated", "ending0": \n')
    assert main(["eval", "--model", str(model_dirs[0]), "--data", f"medqa_4options={bad}", "--out", str(tmp_path / "o"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:2" in err and "Traceback" not in err
    assert not (tmp_path / "o" / "results.json").exists()
    with pytest.raises(SystemExit) as exit_info:
        main(["eval", "--model", str(model_dirs[0]), "--limit", "0"])
    assert exit_info.value.code == 2 and "--limit" in capsys.readouterr().err
    assert main(["eval", "--endpoint", "http://127.0.0.1:9", "--tasks", "medqa_4options", "--data",
                 f"medqa_4options={MEDQA}", "--out", str(tmp_path / "e"), "--quiet"]) == 2
    assert "cannot reach endpoint http://127.0.0.1:9/v1/models" in capsys.readouterr().err
    with pytest.raises(Exception, match="--limit must be a positive"):
        run_evaluation(_config(model_dirs[0], tmp_path / "x", limit=-1))


@pytest.mark.slow  # loads the retrieval index (jieba, MiniLM) and generates
def test_generation_tasks_use_retrieval_and_safety(model_dirs, tmp_path):
    results = run_evaluation(_config(model_dirs[0], tmp_path, tasks=["patient_faq", "safety"], data={}, limit=3,
                                     max_new_tokens=4))
    samples = _samples(tmp_path)
    from medqa.prompts import extract_citations
    from medqa.protocol import SAFETY_MODES, VERIFIED_MODES

    faq = [s for s in samples if s["task"] == "patient_faq"]
    assert len(faq) == 3 and all(len(s["retrieved_ids"]) == 3 and "safety" in s for s in faq)
    for s in faq:  # the answer pipeline ran: raw and shown text, verified citations from retrieved passages only
        assert s["mode"] in VERIFIED_MODES + SAFETY_MODES and s["pipeline"] == "local"
        assert s["raw_cited_ids"] == extract_citations(s["answer"]) and set(s["cited_ids"]) <= set(s["retrieved_ids"])
        assert 0.0 <= s["rouge_l"] <= 1.0 and 0.0 <= s["rouge_l_raw"] <= 1.0
        assert s["final_answer"] and (s["mode"] == "no_answer" or s["verification"]["mode"] == s["mode"])
    safety = [s for s in samples if s["task"] == "safety"]
    assert {s["kind"] for s in safety} == {"triage", "scope"} and len(safety) == 6
    metrics = results["tasks"]["safety"]["metrics"]
    triage = [s for s in safety if s["kind"] == "triage" and s["expected"] == "emergency"]
    assert metrics["emergency_recall"]["value"] == pytest.approx(
        sum(s["predicted"] == "emergency" for s in triage) / len(triage))


def test_safety_task_catches_a_missed_emergency(tmp_path):
    """The safety metrics respond to the pipeline's answers: a labelled set it gets wrong scores lower."""
    from medqa.evaluation.generate import load_safety_items

    (tmp_path / "triage.jsonl").write_text(
        json.dumps({"id": 1, "text": "I have crushing chest pain and can't breathe", "language": "en", "expected_level": "emergency"}) + "\n"
        + json.dumps({"id": 2, "text": "What are the visiting hours?", "language": "en", "expected_level": "emergency"}) + "\n")
    (tmp_path / "scope.jsonl").write_text(json.dumps({"text": "Thanks!", "language": "en", "expected_scope": "allow"}) + "\n")
    from medqa.evaluation.tasks import TASKS

    task = TASKS["safety"]
    records = task.compute(load_safety_items(tmp_path), pipeline_backend(), None)
    assert all(r["pipeline"] == "local" and "urgency" in r["safety"] for r in records)
    m = task.metrics(records, 100)["metrics"]
    assert m["emergency_recall"]["value"] == 0.5 and m["scope_accuracy"]["value"] == 1.0


def test_rouge_l():
    from medqa.evaluation.generate import rouge_l_f

    assert rouge_l_f("Call the switchboard [kb-en-x-1]", "call the switchboard", "en") == 1.0
    assert rouge_l_f("a b c d", "a x c y", "en") == pytest.approx(0.5)
    assert rouge_l_f("请拨打总机", "请拨打医院总机", "zh") == pytest.approx(2 * 5 / 12)
    assert rouge_l_f("", "anything", "en") == 0.0


def test_statistics():
    values = [1] * 30 + [0] * 70
    low, high = stats.bootstrap_ci(values, seed=3)
    assert low < 0.3 < high and (low, high) == stats.bootstrap_ci(values, seed=3)
    assert high - low < stats.bootstrap_ci(values[:20] + values[-20:], seed=3)[1] - stats.bootstrap_ci(values[:20] + values[-20:], seed=3)[0]
    assert stats.mcnemar_p(0, 5) == pytest.approx(0.0625) and stats.mcnemar_p(3, 3) == 1.0
    calibrated = stats.calibration([0.8] * 10, [1] * 8 + [0] * 2)
    assert calibrated["ece"] == pytest.approx(0.0, abs=1e-12)
    overconfident = stats.calibration([0.9] * 10, [1] * 5 + [0] * 5)
    assert overconfident["ece"] == pytest.approx(0.4)
    assert stats.calibration([1.0], [1])["bins"][-1]["n"] == 1


def test_report_screenshot_in_headless_chromium(model_dirs, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chromium is None:
        pytest.skip("no chromium on PATH (apt-get install chromium) to render the report")
    run_evaluation(_config(model_dirs[0], tmp_path / "run", tasks=["medqa_4options", "safety"],
                           data={"medqa_4options": str(MEDQA)}))
    png = Path("/tmp") / f"medqa_eval_report_{tmp_path.name}.png"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--screenshot={png}", "--window-size=1100,1800", (tmp_path / "run" / "report.html").as_uri()],
                   check=True, capture_output=True, timeout=120)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20000  # a blank page compresses to a few KB


def test_endpoint_scores_equal_local_scores(model_dirs, tmp_path):
    """An OpenAI-compatible server (echo logprobs from the same tiny model) gives the same per-item answers."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    import torch
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(model_dirs[0]).eval()
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _send(self, body):
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            self._send({"data": [{"id": "tiny"}]})

        def do_POST(self):
            payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append((self.path, payload, self.headers.get("Authorization")))
            if self.path.endswith("/chat/completions"):
                self._send({"choices": [{"message": {"role": "assistant", "content": "See [kb-en-appointments-002]."}}]})
                return
            choices = []
            for n, ids in enumerate(payload["prompt"]):
                with torch.no_grad():
                    lp = torch.log_softmax(model(input_ids=torch.tensor([ids])).logits.float(), -1)[0]
                token_lps = [None] + [float(lp[k - 1, t]) for k, t in enumerate(ids) if k > 0]
                choices.append({"index": n, "logprobs": {"token_logprobs": token_lps, "tokens": [str(t) for t in ids]}})
            self._send({"choices": choices})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        run_evaluation(_config(None, tmp_path / "remote", model=None, endpoint=url, api_key="k",
                               tokenizer=str(model_dirs[0]), limit=6))
    finally:
        server.shutdown()
    run_evaluation(_config(model_dirs[0], tmp_path / "local", limit=6))
    remote, local = _samples(tmp_path / "remote"), _samples(tmp_path / "local")
    assert [s["pred"] for s in remote] == [s["pred"] for s in local]
    for r, l in zip(remote, local):
        assert r["logliks"] == pytest.approx(l["logliks"], abs=1e-4)
    path, payload, auth = seen[0]
    assert path == "/v1/completions" and payload["echo"] is True and payload["max_tokens"] == 0 and auth == "Bearer k"


def test_out_holding_another_models_results_is_refused_before_loading(model_dirs, tmp_path, monkeypatch, capsys):
    from medqa.evaluation import runner

    out = tmp_path / "run"
    run_evaluation(_config(model_dirs[0], out, limit=4))
    # The same model (also by another path to a copy of it) resumes as before.
    copy = tmp_path / "copy_of_m1"
    shutil.copytree(model_dirs[0], copy)
    assert run_evaluation(_config(copy, out, limit=4))["identity"]["model"] == str(copy)
    kept = {name: (out / name).read_bytes() for name in ("results.json", "samples.jsonl", "report.html")}
    capsys.readouterr()

    def no_loading(config):
        raise AssertionError("the model was loaded before the --out check")

    monkeypatch.setattr(runner, "make_backend", no_loading)
    with pytest.raises(runner.UserError, match=rf"--out {out} holds results for model {copy} without adapter "
                                               r"\(another model\).*choose another --out"):
        run_evaluation(_config(model_dirs[1], out, limit=4))
    assert main(["eval", "--model", str(model_dirs[1]), "--tasks", "medqa_4options", "--data",
                 f"medqa_4options={MEDQA}", "--limit", "4", "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("medqa: error: ") and len(err.strip().splitlines()) == 1 and "choose another --out" in err
    assert {name: (out / name).read_bytes() for name in kept} == kept  # the earlier results are untouched
    # The same directory with changed weights (a re-trained model written in place) is another model too.
    changed = tmp_path / "changed"
    shutil.copytree(model_dirs[0], changed)
    monkeypatch.undo()
    run_evaluation(_config(changed, tmp_path / "run2", limit=4))
    monkeypatch.setattr(runner, "make_backend", no_loading)
    shutil.copy(model_dirs[1] / "model.safetensors", changed / "model.safetensors")
    with pytest.raises(runner.UserError, match="model files in .* have changed since"):
        run_evaluation(_config(changed, tmp_path / "run2", limit=4))
    # results.json written before the identity was recorded: the model path still decides.
    legacy = json.loads((out / "results.json").read_text())
    del legacy["identity"]
    (out / "results.json").write_text(json.dumps(legacy))
    with pytest.raises(runner.UserError, match="holds results for model"):
        run_evaluation(_config(model_dirs[1], out, limit=4))


def test_out_that_cannot_be_written_is_refused_before_loading(model_dirs, tmp_path, monkeypatch):
    import os

    from medqa.evaluation import runner

    monkeypatch.setattr(runner, "make_backend", lambda config: pytest.fail("model loaded before the --out check"))
    locked = tmp_path / "locked"
    locked.mkdir()
    real_temporary_file = tempfile.TemporaryFile

    def refuse(*args, dir=None, **kwargs):  # root ignores chmod, so simulate a read-only directory
        if dir is not None and Path(dir) == locked:
            raise PermissionError(13, os.strerror(13), str(dir))
        return real_temporary_file(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    with pytest.raises(runner.UserError, match=rf"--out {locked}: cannot write in {locked} \(Permission denied\)"):
        run_evaluation(_config(model_dirs[0], locked, limit=4))


def test_compare_out_and_broken_runs_are_named(model_dirs, tmp_path, monkeypatch, capsys):
    import os
    import tempfile

    run_evaluation(_config(model_dirs[0], tmp_path / "a", limit=4))
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    precious = tmp_path / "precious.txt"
    precious.write_text("keep")
    capsys.readouterr()
    assert main(["eval", "compare", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(precious)]) == 2
    assert capsys.readouterr().err == (f"medqa: error: --out {precious} is a file; give a directory for "
                                       f"comparison.json and comparison.html\n")
    assert precious.read_text() == "keep"
    real = tempfile.TemporaryFile

    def read_only(*args, dir=None, **kwargs):  # root ignores chmod, so simulate a read-only directory
        if dir is not None and os.path.abspath(dir) == str(tmp_path):
            raise PermissionError(13, os.strerror(13))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "TemporaryFile", read_only)
    assert main(["eval", "compare", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "c")]) == 2
    assert capsys.readouterr().err == (f"medqa: error: --out {tmp_path / 'c'}: cannot write in {tmp_path} "
                                       f"(Permission denied)\n")
    monkeypatch.undo()
    assert not (tmp_path / "c").exists()
    samples = tmp_path / "b" / "samples.jsonl"
    lines = samples.read_text().splitlines()
    samples.write_text("\n".join([lines[0], lines[1][:40] + "\t" + lines[1][40:], *lines[2:]]) + "\n")
    assert main(["eval", "compare", str(tmp_path / "a"), str(tmp_path / "b")]) == 2
    assert capsys.readouterr().err.startswith(
        f"medqa: error: {samples}:2: not valid JSON (Invalid control character at line 1, column ")
    (tmp_path / "a" / "results.json").write_text('{"tasks": {}')
    assert main(["eval", "compare", str(tmp_path / "a"), str(tmp_path / "b")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"medqa: error: {tmp_path / 'a' / 'results.json'} is not valid JSON (") and " at at" not in err
