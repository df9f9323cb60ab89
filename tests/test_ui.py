"""The web chat at /ui: feedback storage, page strings, and gradio_client against a real server + tiny model."""

import json
import re
import threading

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from moe_core.errors import UserError
from serving import ui
from serving.feedback import FeedbackLog, feedback_record, normalize_rating

PHONE = "415-555-0123"
NAME = "John Smith"
EMERGENCY_EN = "I have crushing chest pain and can't breathe"
KB_QUESTION = "What are the visiting hours?"


# --- feedback storage (no server) -------------------------------------------------------------------------


def _lines(path):
    return path.read_text(encoding="utf-8").splitlines()


def test_feedback_line_is_redacted_and_appended(tmp_path):
    path = tmp_path / "feedback.jsonl"
    path.write_text('{"existing": 1}\n', encoding="utf-8")
    store = FeedbackLog(path)
    rec = store.record(request_id="r1", rating="down", question=f"My name is {NAME}, call me on {PHONE}.",
                       answer=f"We will call {PHONE}.", citations=[{"id": "kb-en-1", "title": "t"}])
    lines = _lines(path)
    assert lines[0] == '{"existing": 1}'
    stored = json.loads(lines[1])
    assert stored == rec
    assert stored["rating"] == "down" and stored["request_id"] == "r1" and stored["citations"] == ["kb-en-1"]
    assert PHONE not in lines[1] and "Smith" not in lines[1]
    assert "[PHONE]" in stored["question"] and "[PHONE]" in stored["answer_excerpt"]
    assert set(stored) == {"time", "request_id", "rating", "question", "answer_excerpt", "citations"}
    assert store.summary()["down"] == 1


def test_feedback_redacts_before_cutting_the_excerpt():
    # A phone number straddling the cut must not leave its first digits behind.
    answer = "x" * 495 + " " + PHONE + " more text"
    rec = feedback_record(request_id="r", rating="up", question="q", answer=answer)
    assert "415" not in rec["answer_excerpt"] and len(rec["answer_excerpt"]) <= 500


def test_feedback_closes_a_torn_last_line(tmp_path):
    path = tmp_path / "feedback.jsonl"
    path.write_bytes(b'{"time": "2026-01-01", "rating": "up"}\n{"torn": ')  # a crash mid-line
    FeedbackLog(path).record(request_id="r2", rating="up", question="q", answer="a")
    lines = _lines(path)
    assert lines[:2] == ['{"time": "2026-01-01", "rating": "up"}', '{"torn": ']
    assert json.loads(lines[2])["request_id"] == "r2"


def test_feedback_concurrent_writers_never_interleave(tmp_path):
    path = tmp_path / "feedback.jsonl"
    stores = [FeedbackLog(path), FeedbackLog(path)]  # two handles, like two worker processes
    long_question = "Where is the pharmacy? " * 60

    def write(worker):
        for i in range(25):
            stores[worker % 2].record(request_id=f"w{worker}-{i}", rating="up" if i % 2 else "down",
                                      question=long_question, answer="a" * 400)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    records = [json.loads(line) for line in _lines(path)]
    assert sorted(r["request_id"] for r in records) == sorted(f"w{w}-{i}" for w in range(8) for i in range(25))


def test_feedback_without_a_log_counts_in_memory(tmp_path):
    store = FeedbackLog(None)
    store.record(request_id="a", rating=True, question="q", answer="a")
    store.record(request_id="b", rating="Dislike", question="q", answer="a")
    store.record(request_id="c", rating="up", question="q", answer="a")
    assert store.summary() == {"up": 2, "down": 1, "path": None}
    assert list(tmp_path.iterdir()) == []


def test_feedback_bad_input_is_a_clear_user_error(tmp_path):
    with pytest.raises(UserError, match="rating must be 'up' or 'down'"):
        normalize_rating("meh")
    with pytest.raises(UserError, match="request_id"):
        feedback_record(request_id="", rating="up", question="q", answer="a")
    with pytest.raises(UserError, match="is a directory"):
        FeedbackLog(tmp_path)
    with pytest.raises(UserError, match="does not exist"):
        FeedbackLog(tmp_path / "missing" / "feedback.jsonl")
    path = tmp_path / "feedback.jsonl"
    store = FeedbackLog(path)
    with pytest.raises(UserError):
        store.record(request_id="r", rating="sideways", question="q", answer="a")
    assert not path.exists()  # a rejected rating writes nothing


# --- page strings (no server) -----------------------------------------------------------------------------


def test_banner_names_the_number_and_is_empty_without_urgency():
    en = ui.banner_html("emergency", "en", "911")
    assert "medqa-emergency" in en and "Call 911 now".lower() in en.lower() and 'role="alert"' in en
    assert "请立即拨打120" in ui.banner_html("emergency", "zh", "120")
    urgent = ui.banner_html("urgent", "en", "112")
    assert "medqa-urgent" in urgent and "today" in urgent and "112" in urgent
    assert ui.banner_html("none", "en", "911") == "" and ui.banner_html(None, "zh", "120") == ""


def test_disclaimer_and_citations_panel():
    assert "Not a medical device" in ui.disclaimer_markdown("en", "999") and "999" in ui.disclaimer_markdown("en", "999")
    assert "120" in ui.disclaimer_markdown("zh", "120") and "不是医疗器械" in ui.disclaimer_markdown("zh", "120")
    panel = ui.citations_markdown({"citations": [{"id": "kb-en-7", "title": "Visiting <b>hours</b>"}]}, "en")
    assert "kb-en-7" in panel and "<b>" not in panel
    assert "safety message" in ui.citations_markdown({"citations": [], "blocked": True}, "en")
    assert "no passages" in ui.citations_markdown({"citations": [], "blocked": False}, "en")


def test_history_and_language_validation():
    history = [{"role": "user", "content": [{"type": "text", "text": "a &lt; b"}]}, {"role": "assistant", "content": "ok"}]
    assert ui.history_messages(history) == [{"role": "user", "content": "a < b"}, {"role": "assistant", "content": "ok"}]
    with pytest.raises(UserError, match="history message 0"):
        ui.history_messages([{"role": "system", "content": "x"}])
    with pytest.raises(UserError, match="history must be a list"):
        ui.history_messages("hello")
    assert ui.ui_language("zh-CN") == "zh"
    with pytest.raises(UserError, match="language must be one of"):
        ui.ui_language("fr")


@hyp_settings(max_examples=200, deadline=None)
@given(st.text())
def test_display_escaping_round_trips_and_blocks_html_and_images(text):
    shown = ui.escape_markdown_html(text)
    assert ui.unescape_display(shown) == text
    assert "<" not in shown and "![" not in shown


# --- gradio_client against a real server with the real Assistant and tiny model --------------------------


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """create_app(...) with the real tiny seed model on a loopback port; yields (url, app, feedback path)."""
    from medqa.seed import build_seed
    from serving.app import create_app
    from serving.settings import ServeSettings

    # Shared with tests/test_browser.py: build_seed reuses an existing directory built from the same inputs.
    seed_dir = build_seed(tmp_path_factory.getbasetemp() / "ui_seed", vocab_size=2000)
    logs = tmp_path_factory.mktemp("ui_logs")
    feedback_path = logs / "feedback.jsonl"
    settings = ServeSettings(model=str(seed_dir), locale="en-US", feedback_log=feedback_path, max_tokens_limit=24,
                             audit_log=logs / "audit.jsonl")
    app = create_app(settings)
    with ui.serve_in_thread(app) as url:
        yield url, app, feedback_path


@pytest.fixture(scope="module")
def client(served):
    from gradio_client import Client

    return Client(served[0] + "/ui/", verbose=False, download_files=False)


def _last_text(chat):
    return ui.message_text(chat[-1]["content"])


def test_chat_streams_an_answer_with_structure(client, served):
    from medqa.retrieval import bundled_index

    job = client.submit(KB_QUESTION, [], "en", api_name="/chat")
    textbox, chat, citations_panel, banner, details = job.result(timeout=120)
    assert textbox == ""
    assert [m["role"] for m in chat] == ["user", "assistant"] and ui.message_text(chat[0]["content"]) == KB_QUESTION
    assert _last_text(chat).strip()
    assert re.fullmatch(r"[0-9a-f]{32}", details["request_id"])
    assert details["urgency"] in ("none", "urgent") and details["blocked"] is False
    assert details["locale"] == "en-US" and details["emergency_number"] == "911"
    by_id = bundled_index().by_id
    # A question the knowledge base answers: verified or quoted, never shown without its source.
    assert details["mode"] in ("generated", "extractive") and details["citations"]
    for c in details["citations"]:
        assert set(c) == {"id", "title", "source", "quote"} and c["id"] in citations_panel
        assert c["quote"] and c["quote"] in by_id[c["id"]].text and c["quote"][:40] in citations_panel
        assert f"[{c['id']}]" in _last_text(chat)
    assert "Sources for the latest answer" in citations_panel
    assert ui.STRINGS["en"][f"mode_{details['mode']}"][:40] in citations_panel
    assert (banner != "") == (details["urgency"] != "none")
    # Streaming: a first update (question shown, answer pending) arrives before the final one.
    outputs = job.outputs()
    assert len(outputs) >= 2 and _last_text(outputs[0][1]) == ""


def _count_model_calls(app, monkeypatch):
    """Count engine.generate calls (the real engine still runs; this only counts)."""
    engine = app.state.assistant.engine
    original, calls = engine.generate, []

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(engine, "generate", counting)
    return lambda: len(calls)


def test_emergency_message_gets_the_banner_without_a_model_call(client, served, monkeypatch):
    _, app, _ = served
    calls = _count_model_calls(app, monkeypatch)
    _, chat, citations_panel, banner, details = client.predict(EMERGENCY_EN, [], "en", api_name="/chat")
    assert calls() == 0
    assert details["urgency"] == "emergency" and details["blocked"] is True and details["citations"] == []
    assert "911" in _last_text(chat)
    assert "medqa-emergency" in banner and "call 911 now" in banner.lower()
    assert "safety message" in citations_panel
    client.predict(KB_QUESTION, [], "en", api_name="/chat")
    assert calls() == 1  # the counter does see ordinary questions reach the model
    # Audited like an API request, without the raw text.
    audit_lines = (served[2].parent / "audit.jsonl").read_text(encoding="utf-8").splitlines()
    audited = [json.loads(line) for line in audit_lines if details["request_id"] in line]
    assert len(audited) == 1 and "chest" not in audit_lines[-2] + audit_lines[-1]
    assert audited[0]["route"] == "ui_chat" and audited[0]["urgency"] == "emergency" and audited[0]["blocked"] is True
    assert audited[0]["status"] == 200 and audited[0]["key_id"] == "ui"


def test_chinese_page_passes_the_chinese_locale(client, served):
    _, chat, _, banner, details = client.predict("我胸口剧痛，喘不上气", [], "zh", api_name="/chat")
    assert details["locale"] == "zh-US" and details["urgency"] == "emergency"
    assert "请立即拨打911" in banner  # the deployment's region decides the number, the page the language
    assert re.search(r"[\u4e00-\u9fff]", _last_text(chat))


def test_feedback_is_stored_without_phi(client, served):
    _, _, feedback_path = served
    question = f"My name is {NAME} and my phone is {PHONE}. What are the visiting hours?"
    *_, details = client.predict(question, [], "en", api_name="/chat")
    result = client.predict(details["request_id"], "down", api_name="/feedback")
    assert result == {"stored": True, "rating": "down", "request_id": details["request_id"]}
    lines = feedback_path.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[-1])
    assert record["request_id"] == details["request_id"] and record["rating"] == "down"
    assert PHONE not in lines[-1] and "Smith" not in lines[-1] and "[PHONE]" in record["question"]
    assert "visiting hours" in record["question"]


def test_bad_requests_get_clear_errors(client, served):
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="type a question"):
        client.predict("   ", [], "en", api_name="/chat")
    with pytest.raises(AppError, match="unknown or expired request_id"):
        client.predict("0" * 32, "up", api_name="/feedback")
    with pytest.raises(AppError, match="rating must be 'up' or 'down'"):
        *_, details = client.predict(KB_QUESTION, [], "en", api_name="/chat")
        client.predict(details["request_id"], "sideways", api_name="/feedback")


def test_ui_is_private_by_default(served):
    import httpx

    url, _, _ = served
    page = httpx.get(url + "/ui/", timeout=30)
    assert page.status_code == 200  # browser users need no API key
    # Every script and stylesheet the page loads comes from this server (no CDN, no external fonts).
    external = re.findall(r'<(?:script|link)[^>]+(?:src|href)="(https?://[^"]+)"', page.text)
    assert external == []
    config = httpx.get(url + "/ui/config", timeout=30).json()
    assert config.get("analytics_enabled") is False
    assert config.get("footer_links") == []
    assert config.get("run_history") is False and config.get("pwa") is False and config.get("mcp_server") is False
    chatbot = next(c for c in config["components"] if c.get("props", {}).get("elem_id") == "medqa-chatbot")
    assert "share" not in (chatbot["props"].get("buttons") or [])
    assert not any(c.get("type") in ("browserstate",) for c in config["components"])


def test_ui_password_protects_the_page_but_not_with_the_api_key(served):
    import httpx
    from gradio_client import Client

    from serving.app import create_app

    _, app, _ = served
    settings = app.state.settings.model_copy(update={"ui_password": "correct horse", "feedback_log": None})
    with ui.serve_in_thread(create_app(settings, assistant=app.state.assistant)) as url:
        assert httpx.get(url + "/ui/config", timeout=30).status_code == 401
        with pytest.raises(ValueError, match="Could not login"):
            Client(url + "/ui/", auth=("patient", "wrong"), verbose=False)
        authed = Client(url + "/ui/", auth=("patient", "correct horse"), verbose=False)
        *_, details = authed.predict(EMERGENCY_EN, [], "en", api_name="/chat")
        assert details["urgency"] == "emergency"
        # The API keeps its own bearer-key protection; the UI password does not open it.
        assert httpx.get(url + "/v1/models", timeout=30).status_code == 401
