"""A real browser (Debian's chromium driven by Playwright) against /ui on a real server with the tiny model.

Skips only when chromium or the playwright package is absent (CI installs both: `apt-get install -y
chromium`, `pip install playwright`; never `playwright install`, which downloads a browser).
"""

import json
import os
import re
import shutil

import pytest

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("MEDQA_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
WAIT_MS = 120_000  # every wait below is bounded by this
EMERGENCY_RED = "rgb(185, 28, 28)"


try:
    from playwright.sync_api import sync_playwright
except ImportError:
    pytest.skip("the playwright Python package is not installed (pip install playwright)", allow_module_level=True)
if not os.path.exists(CHROMIUM):
    pytest.skip(f"chromium is not installed at {CHROMIUM} (apt-get install -y chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """create_app(...) with the real tiny seed model on a loopback port; yields (url, feedback path, app)."""
    from medqa.seed import build_seed
    from serving.app import create_app
    from serving.settings import ServeSettings
    from serving.ui import serve_in_thread

    seed_dir = build_seed(tmp_path_factory.getbasetemp() / "ui_seed", vocab_size=2000)  # reused if tests/test_ui.py built it
    logs = tmp_path_factory.mktemp("browser_logs")
    feedback_path = logs / "feedback.jsonl"
    settings = ServeSettings(model=str(seed_dir), locale="en-US", feedback_log=feedback_path, max_tokens_limit=32,
                             audit_log=logs / "audit.jsonl")
    app = create_app(settings)
    with serve_in_thread(app) as url:
        yield url, feedback_path, app


@pytest.fixture()
def page(served):
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
            context.set_default_timeout(WAIT_MS)
            page = context.new_page()
            page.requested_urls = []
            page.on("request", lambda r: page.requested_urls.append(r.url))
            yield page
        finally:
            browser.close()


# Records, on every DOM change, the last bot message's text length and whether the citations panel
# still shows its "pending" text: evidence that text arrived before the final answer did.
OBSERVER_JS = """
() => {
  window.__medqaObs = [];
  const record = () => {
    const bots = document.querySelectorAll('#medqa-chatbot [data-testid="bot"]');
    const last = bots.length ? bots[bots.length - 1].innerText : '';
    const panel = document.querySelector('#medqa-citations').innerText;
    window.__medqaObs.push([last.trim().length, panel.includes('Sources appear here')]);
  };
  new MutationObserver(record).observe(document.body, {subtree: true, childList: true, characterData: true});
}
"""


def _ask(page, text):
    box = page.locator("#medqa-input textarea")
    box.fill(text)
    box.press("Enter")


def test_patient_flow_in_a_real_browser(served, page, tmp_path):
    url, feedback_path, _ = served
    shots = tmp_path / "screenshots"
    shots.mkdir()
    page.goto(url + "/ui/")
    page.wait_for_selector("#medqa-input textarea")
    disclaimer = page.locator("#medqa-disclaimer")
    assert "Not a medical device" in disclaimer.inner_text() and "911" in disclaimer.inner_text()
    page.screenshot(path=str(shots / "0_start.png"))

    # A bundled-KB question: the answer streams in, then the citations panel shows the final state.
    page.evaluate(OBSERVER_JS)
    _ask(page, "What are the visiting hours?")
    page.wait_for_function(
        "() => !document.querySelector('#medqa-citations').innerText.includes('Sources appear here')"
        " && document.querySelectorAll('#medqa-chatbot [data-testid=\"bot\"]').length === 1",
        timeout=WAIT_MS,
    )
    observed = page.evaluate("() => window.__medqaObs")
    assert any(length > 0 and pending for length, pending in observed), "no text appeared before the final answer"
    bot = page.locator('#medqa-chatbot [data-testid="bot"]').last
    assert bot.inner_text().strip()
    panel = page.locator("#medqa-citations").inner_text()
    assert "Sources for the latest answer" in panel and ("no passages" in panel or re.search(r"\w+-\w+", panel))
    page.screenshot(path=str(shots / "1_answer.png"), full_page=True)

    # Thumbs down on that answer: a thank-you note and one PHI-free line in the feedback log.
    page.locator('#medqa-chatbot button[aria-label="Dislike"]').last.click()
    page.wait_for_function("() => document.querySelector('#medqa-feedback-note').innerText.includes('Thank you')")
    record = json.loads(feedback_path.read_text(encoding="utf-8").splitlines()[-1])
    assert record["rating"] == "down" and record["question"] == "What are the visiting hours?"

    # An emergency: the red banner with the number, the fixed safety text in the chat.
    _ask(page, "I have crushing chest pain and can't breathe")
    banner = page.locator(".medqa-emergency")
    banner.wait_for(state="visible")
    assert "Call 911 now" in banner.inner_text() or "call 911 now" in banner.inner_text()
    assert banner.evaluate("e => getComputedStyle(e).backgroundColor") == EMERGENCY_RED
    assert banner.evaluate("e => getComputedStyle(e).color") == "rgb(255, 255, 255)"
    assert "911" in page.locator('#medqa-chatbot [data-testid="bot"]').last.inner_text()
    assert page.locator("#medqa-disclaimer").is_visible()
    page.screenshot(path=str(shots / "2_emergency.png"), full_page=True)

    # Chinese: the page strings, the banner and the disclaimer switch language; the number stays.
    page.locator("#medqa-language").get_by_text("中文").click()
    page.wait_for_function("() => document.querySelector('#medqa-disclaimer').innerText.includes('不是医疗器械')")
    assert "请立即拨打911" in page.locator(".medqa-emergency").inner_text()
    assert page.locator("#medqa-send").inner_text().strip() == "发送"
    page.screenshot(path=str(shots / "3_chinese.png"), full_page=True)

    # Nothing about the chat is kept in the browser (Gradio's run history would use IndexedDB).
    stored = page.evaluate(
        "async () => [JSON.stringify(localStorage), JSON.stringify(sessionStorage),"
        " (await indexedDB.databases()).length, document.cookie, (await caches.keys()).length]"
    )
    assert "visiting" not in stored[0] and "visiting" not in stored[1] and "chest" not in stored[0]
    assert stored[2:] == [0, "", 0]

    # Nothing was fetched from anywhere but this server (no CDN, fonts, analytics).
    base = url + "/"
    outside = [u for u in page.requested_urls if not u.startswith((base, "data:"))]
    assert outside == []
    assert len(list(shots.iterdir())) == 4


class SlowPassageEngine:
    """An engine that reads a passage aloud one word every 50 ms: sentences pass verification and stream,
    and the answer takes long enough to press Stop. It counts its running generations like LocalEngine."""

    model_name = "slow-passage"

    def __init__(self, text: str):
        self.words = text.split(" ") * 4
        self.running = 0
        self.queue_depth = 0

    def render_chat(self, messages):
        return messages[-1]["content"]

    def encode(self, prompt):
        return prompt.split()

    async def generate(self, prompt, params, request_id=None):
        import asyncio

        from medqa.engine import GenerationChunk

        self.running += 1
        try:
            for i, word in enumerate(self.words):
                await asyncio.sleep(0.05)
                yield GenerationChunk((" " if i else "") + word)
            yield GenerationChunk("", "stop", prompt_tokens=1, completion_tokens=len(self.words))
        finally:
            self.running -= 1  # a closed stream (Stop) ends here too

    async def score(self, prompt, top_logprobs=1):
        raise NotImplementedError


def test_stop_button_cancels_the_generation(served, page, tmp_path):
    """Stop mid-answer: the assistant stream is closed (audited as 499) and the engine's generation ends."""
    import time

    from serving.app import create_app
    from serving.ui import serve_in_thread

    from medqa.assistant import Assistant
    from medqa.retrieval import bundled_index

    _, _, served_app = served
    audit_path = tmp_path / "audit.jsonl"
    settings = served_app.state.settings.model_copy(update={
        "max_tokens_limit": 512, "feedback_log": None, "audit_log": audit_path})
    index = bundled_index()
    engine = SlowPassageEngine(index.by_id["kb-en-visiting-001"].text)
    app = create_app(settings, assistant=Assistant(engine, index))
    with serve_in_thread(app) as url:
        page.goto(url + "/ui/")
        page.wait_for_selector("#medqa-input textarea")
        _ask(page, "What are the visiting hours?")
        page.wait_for_function(
            "() => { const b = document.querySelectorAll('#medqa-chatbot [data-testid=\"bot\"]');"
            " return b.length === 1 && b[0].innerText.trim().length > 0; }"
        )
        assert engine.running == 1, "the answer finished before Stop could be pressed"
        page.locator("#medqa-stop").click()
        deadline = time.monotonic() + 30
        while engine.running and time.monotonic() < deadline:
            time.sleep(0.05)
        assert engine.running == 0
        deadline = time.monotonic() + 30
        stopped = []
        while not stopped and time.monotonic() < deadline:
            lines = audit_path.read_text(encoding="utf-8").splitlines() if audit_path.exists() else []
            stopped = [json.loads(x) for x in lines if '"ui_chat"' in x and '"status": 499' in x]
            time.sleep(0.1)
        ui_lines = [x for x in lines if '"ui_chat"' in x]
        assert len(stopped) == 1, f"ui_chat audit lines: {ui_lines}"
        # The partial answer stays, and no final answer (sources) arrives afterwards.
        assert "Sources appear here" in page.locator("#medqa-citations").inner_text()
