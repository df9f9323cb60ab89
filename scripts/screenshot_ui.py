"""Screenshot the web chat at /ui in a real browser (Debian chromium + Playwright), for the docs.

    python3 scripts/screenshot_ui.py [--model DIR] [--adapter DIR] [--out docs/img/web_chat.png]
                                     [--language en|zh] [--ask "question" ...]
                                     [--message "I have crushing chest pain ..." | --no-message]

Starts the real server (`serving.app.create_app`) on a free loopback port with the given model and
adapter (default: the embedded seed, built into a temporary folder), asks the `--ask` questions, then
sends `--message` (by default an emergency, which shows the red banner, the fixed safety reply and the
disclaimer; `--no-message` skips it) and saves a full-page PNG. The docs picture is taken with the
quickstart's fine-tuned adapter asking a question from the bundled knowledge base, so the answer carries
its citations. Every wait is bounded; the server always stops.
"""

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
WAIT_MS = 120_000


def parse_args(argv=None) -> argparse.Namespace:
    """Command-line options."""
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--model", help="model directory (default: build the tiny seed into a temporary folder)")
    p.add_argument("--adapter", help="LoRA adapter directory to serve on top of the model (e.g. runs/quickstart/train/final)")
    p.add_argument("--out", default=str(ROOT / "docs" / "img" / "web_chat.png"), help="PNG to write")
    p.add_argument("--language", choices=("en", "zh"), default="en", help="page language")
    p.add_argument("--locale", default="en-US", help="deployment locale (decides the emergency number)")
    p.add_argument("--ask", action="append", default=[], help="a question to ask first (repeatable)")
    p.add_argument("--message", default=None, help="the last message (default: an emergency in the page language)")
    p.add_argument("--no-message", action="store_true", help="send only the --ask questions")
    p.add_argument("--chromium", default="/usr/bin/chromium", help="chromium executable")
    p.add_argument("--width", type=int, default=1200)
    p.add_argument("--height", type=int, default=860)
    return p.parse_args(argv)


def ask(page, text: str, answers_before: int) -> None:
    """Send one message and wait (bounded) until its final answer is on the page."""
    box = page.locator("#medqa-input textarea")
    box.fill(text)
    box.press("Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('#medqa-chatbot [data-testid=\"bot\"]').length > n"
        " && !document.querySelector('#medqa-citations').innerText.match(/Sources appear here|回答后/)",
        arg=answers_before, timeout=WAIT_MS,
    )


def main(argv=None) -> int:
    """Start the server, drive chromium through the chat, save the screenshot."""
    args = parse_args(argv)
    from playwright.sync_api import sync_playwright

    from medqa.seed import build_seed
    from serving.app import create_app
    from serving.settings import ServeSettings
    from serving.ui import serve_in_thread

    message = args.message or {"en": "I have crushing chest pain and can't breathe",
                               "zh": "我胸口剧痛，喘不上气"}[args.language]
    with tempfile.TemporaryDirectory() as tmp:
        model = args.model or str(build_seed(Path(tmp) / "seed"))
        settings = ServeSettings(model=model, adapter=args.adapter, locale=args.locale, max_tokens_limit=160)
        with serve_in_thread(create_app(settings)) as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS, timeout=60_000)
            try:
                page = browser.new_page(viewport={"width": args.width, "height": args.height})
                page.set_default_timeout(WAIT_MS)
                page.goto(url + "/ui/")
                page.wait_for_selector("#medqa-input textarea")
                if args.language == "zh":
                    page.locator("#medqa-language").get_by_text("中文").click()
                    page.wait_for_function("() => document.querySelector('#medqa-send').innerText.includes('发送')")
                for i, question in enumerate(args.ask + ([] if args.no_message else [message])):
                    ask(page, question, i)
                page.mouse.move(0, 0)  # no hover highlight in the picture
                out = Path(args.out)
                out.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(out), full_page=True)
            finally:
                browser.close()
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
