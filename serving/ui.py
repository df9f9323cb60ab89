"""The patient web chat at /ui: a Gradio Blocks app mounted on the serving FastAPI app.

One process, one engine, one safety pipeline: the chat calls the same `Assistant` as the HTTP API, so
triage, grounding, the disclaimer, citations and PHI rules are identical. What the page shows:
- a disclaimer that is always visible (not a medical device, general information, the emergency number);
- streamed answers, then the finalized text (urgent notice first, disclaimer last, from the safety layer);
- a red emergency banner with the number to call when the answer's urgency is "emergency", an amber
  "seek care today" notice when it is "urgent";
- the Sources of the latest answer: how it was checked (verified, quoted from a passage, or "the passages
  do not answer this"), then each cited passage's id and title with the sentence of it that supports the answer;
- English / Chinese: the selector switches the page strings and the locale given to the assistant (the
  region, hence the emergency number, stays the deployment's);
- thumbs up / down stored through `serving.feedback.FeedbackLog` (PHI redacted, append-only).
API clients (`gradio_client`) call `/chat` (message, history, language) and `/feedback` (request_id, rating).

Privacy: Gradio analytics off, no flagging, no share links or share button, run history off (Gradio 6
otherwise saves every run in the browser), no browser state or local storage for chats, no PWA, no
MCP server, no SSR node process, fonts served locally by Gradio (no CDN), remote images in answers are
neutralised, HF offline. What remains: Gradio keeps each session's chat in server memory while the tab is
open (request ids and cited passage ids only; the chat text itself lives in the page and is sent with
each question), the last few thousand answers are kept redacted in memory so a later thumbs up/down can
be stored with its context, and the page talks only to this server. UI chats are audited and counted
through the app's own `record` hook (route "ui_chat", key id "ui") like API requests.
"""

import asyncio
import contextlib
import hmac
import html
import logging
import os
import time
import types
import uuid
from collections import OrderedDict

# Before gradio is imported anywhere through this module: no telemetry, no hub calls.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GRADIO_RUN_HISTORY", "False")

import gradio as gr

from medqa.chinese_script import conversation_script, to_script
from medqa.safety.locales import resolve_locale
from moe_core.errors import UserError
from serving.feedback import MAX_ANSWER_EXCERPT_CHARS, MAX_QUESTION_CHARS, FeedbackLog, redacted_excerpt

log = logging.getLogger(__name__)

UI_PATH = "/ui"
LANGUAGES = ("en", "zh")
DEFAULT_MAX_TOKENS = 512  # a cap on UI answers; settings.max_tokens_limit can lower it
DEFAULT_MAX_MESSAGES = 32
DEFAULT_MAX_MESSAGE_CHARS = 4000
RECENT_ANSWERS = 2048  # answers kept (redacted) so a later thumbs up/down can be stored with its context

STRINGS = {
    "en": {
        "title": "Patient-service assistant",
        "subtitle": "Ask about appointments, preparing for tests, medicines, visiting, records and billing.",
        "disclaimer": (
            "**Not a medical device.** This assistant gives general patient-service information only; it cannot "
            "diagnose or prescribe. Answers can be wrong: check with your doctor, nurse or pharmacist. "
            "**In an emergency, call {number} now.**"
        ),
        "input_label": "Your question",
        "input_placeholder": "Type your question and press Enter. Do not include your name or ID numbers.",
        "send": "Send",
        "stop": "Stop",
        "clear": "New conversation",
        "chat_label": "Chat",
        "chat_placeholder": "Hello! How can I help you with your hospital visit today?",
        "sources": "Sources for the latest answer",
        "no_sources": "The latest answer cites no passages.",
        "no_answer_yet": "Sources appear here after an answer.",
        "safety_answer": "This was a safety message, not an answer from the passages.",
        "mode_generated": "Every sentence of this answer was checked against the passage it cites.",
        "mode_extractive": (
            "Quoted from the hospital's passage: the assistant's own wording could not be verified, so the "
            "passage's sentences are shown instead."
        ),
        "mode_no_answer": (
            "The hospital's passages do not answer this question, so the assistant does not guess. "
            "Please contact the hospital."
        ),
        "emergency": "Emergency: call {number} now.",
        "emergency_detail": (
            "If you or someone with you may be in danger, call {number} or go to the nearest emergency "
            "department. Do not wait for an online answer."
        ),
        "urgent": "Urgent: seek medical care today.",
        "urgent_detail": (
            "Contact your doctor, an urgent care clinic or the hospital today. If it gets worse, call {number}."
        ),
        "empty": "Please type a question first.",
        "too_long": "Your message is too long ({length} characters); the limit is {limit}.",
        "error": "Sorry, something went wrong. Please try again, or call the hospital switchboard.",
        "busy": "The assistant is busy right now. Please try again in a minute, or call the hospital switchboard.",
        "thanks_up": "Thank you for your feedback.",
        "thanks_down": "Thank you; we will use your feedback to improve the answers.",
        "language": "Language / 语言",
    },
    "zh": {
        "title": "患者服务助手",
        "subtitle": "可咨询预约挂号、检查准备、用药、探视、病历与费用等问题。",
        "disclaimer": (
            "**本助手不是医疗器械。** 仅提供一般性的患者服务信息，不能诊断或开药。回答可能有误，请向医生、"
            "护士或药师核实。**如遇紧急情况，请立即拨打{number}。**"
        ),
        "input_label": "您的问题",
        "input_placeholder": "请输入问题后按回车。请勿填写姓名或证件号码。",
        "send": "发送",
        "stop": "停止",
        "clear": "新对话",
        "chat_label": "对话",
        "chat_placeholder": "您好！今天有什么可以帮您？",
        "sources": "最新回答引用的资料",
        "no_sources": "最新回答没有引用资料。",
        "no_answer_yet": "回答后，这里会显示引用的资料。",
        "safety_answer": "这是一条安全提示，而不是根据资料作出的回答。",
        "mode_generated": "本回答的每一句都已与其引用的资料核对。",
        "mode_extractive": "以下内容直接摘自医院资料：助手自己的表述无法核实，因此显示资料原文。",
        "mode_no_answer": "医院资料中没有这个问题的答案，助手不会猜测。请联系医院。",
        "emergency": "紧急情况：请立即拨打{number}。",
        "emergency_detail": "如果您或身边的人可能有危险，请立即拨打{number}或前往最近的急诊科，不要等待在线回复。",
        "urgent": "紧急提示：请于今天就医。",
        "urgent_detail": "请今天联系您的医生、急诊门诊或医院。如果情况加重，请拨打{number}。",
        "empty": "请先输入问题。",
        "too_long": "您的消息太长（{length}个字符），上限为{limit}个字符。",
        "error": "抱歉，出现了问题。请重试，或致电医院总机。",
        "busy": "助手当前繁忙，请稍后再试，或致电医院总机。",
        "thanks_up": "感谢您的反馈。",
        "thanks_down": "感谢您的反馈，我们会据此改进回答。",
        "language": "Language / 语言",
    },
}

CSS = """
#medqa-header h1 { margin-bottom: 0.2em; }
#medqa-disclaimer { border-left: 6px solid #1d4ed8; background: #eff6ff; padding: 0.6em 1em;
  border-radius: 6px; color: #1e293b; font-size: 1rem; }
#medqa-disclaimer p { margin: 0; }
.medqa-alert { padding: 1em 1.2em; border-radius: 8px; font-size: 1.15rem; line-height: 1.45; margin: 0.2em 0; }
.medqa-alert strong { display: block; font-size: 1.5rem; margin-bottom: 0.2em; }
.medqa-emergency, .medqa-emergency strong { background: #b91c1c; color: #ffffff !important; }
.medqa-emergency { border: 3px solid #7f1d1d; }
.medqa-urgent, .medqa-urgent strong { background: #fef3c7; color: #78350f !important; }
.medqa-urgent { border: 3px solid #d97706; }
#medqa-citations { font-size: 0.95rem; }
#medqa-chatbot .message { font-size: 1.05rem; }
"""


def ui_language(value) -> str:
    """The UI language code ("en" or "zh") for a selector value or locale ("zh-CN" -> "zh")."""
    if isinstance(value, str) and value.strip().lower()[:2] in LANGUAGES:
        return value.strip().lower()[:2]
    raise UserError(f"language must be one of {', '.join(LANGUAGES)}, got {value!r}")


def locale_for(language: str, region: str) -> str:
    """The locale given to the assistant: the chosen language in the deployment's region (zh + US -> zh-US)."""
    return f"{language}-{region}"


def escape_markdown_html(text: str) -> str:
    """Model or user text made safe to render: no raw HTML and no auto-loaded (remote) images."""
    # "&#91;" renders as "[" but is no image syntax; html.unescape restores the text exactly.
    return html.escape(text or "", quote=False).replace("![", "!&#91;")


def unescape_display(text: str) -> str:
    """Inverse of `escape_markdown_html`: the text a displayed chat message stands for."""
    return html.unescape(text or "")


def disclaimer_markdown(language: str, number: str) -> str:
    """The always-visible disclaimer in one language, with the emergency number."""
    return STRINGS[language]["disclaimer"].format(number=number)


def banner_html(urgency: str, language: str, number: str) -> str:
    """The red emergency banner / amber urgent notice for an answer's urgency ("" when none)."""
    s = STRINGS[language]
    if urgency == "emergency":
        kind, head, detail = "medqa-emergency", s["emergency"], s["emergency_detail"]
    elif urgency == "urgent":
        kind, head, detail = "medqa-urgent", s["urgent"], s["urgent_detail"]
    else:
        return ""
    return (
        f'<div class="medqa-alert {kind}" role="alert" aria-live="assertive" data-urgency="{urgency}">'
        f"<strong>{html.escape(head.format(number=number))}</strong>{html.escape(detail.format(number=number))}</div>"
    )


def citations_markdown(last: dict | None, language: str) -> str:
    """The Sources panel of the latest answer: how it was checked, then each passage's id, title and quote."""
    s = STRINGS[language]
    if not last:
        return f"### {s['sources']}\n\n{s['no_answer_yet']}"
    mode = last.get("mode")
    marker = s.get(f"mode_{mode}") if mode in ("generated", "extractive", "no_answer") else None
    lines = [f"### {s['sources']}", ""] + ([f"*{marker}*", ""] if marker else [])
    citations = last.get("citations") or []
    if not citations:
        if not marker:
            lines.append(s["safety_answer"] if last.get("blocked") else s["no_sources"])
        return "\n".join(lines)
    for c in citations:
        title = escape_markdown_html(str(c.get("title") or ""))
        source = escape_markdown_html(str(c.get("source") or ""))
        line = f"- **{escape_markdown_html(str(c.get('id', '')))}**: {title}"
        lines.append(line + (f" ({source})" if source else ""))
        if c.get("quote"):
            lines.append(f"  > {escape_markdown_html(str(c['quote']))}")
    return "\n".join(lines)


def message_text(content) -> str:
    """Plain text of a Gradio chat message content (a string or a list of text/file blocks)."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        content = [content]
    if isinstance(content, (list, tuple)):
        parts = []
        for block in content:
            if isinstance(block, str):
                parts.append(block)
            elif isinstance(block, dict) and isinstance(block.get("text"), str):
                parts.append(block["text"])
        return "".join(parts)
    raise UserError(f"chat message content must be text, got {type(content).__name__}")


def history_messages(history) -> list[dict]:
    """Chatbot history (Gradio messages) as plain {"role", "content"} dicts; UserError if malformed."""
    if history is None:
        return []
    if not isinstance(history, (list, tuple)):
        raise UserError(f"history must be a list of {{'role', 'content'}} messages, got {type(history).__name__}")
    messages = []
    for i, m in enumerate(history):
        if not isinstance(m, dict) or m.get("role") not in ("user", "assistant"):
            raise UserError(f"history message {i} must be a dict with role 'user' or 'assistant'")
        messages.append({"role": m["role"], "content": unescape_display(message_text(m.get("content", "")))})
    return messages


class RecentAnswers:
    """Bounded map request_id -> redacted question/answer/citations, so feedback can be stored later."""

    def __init__(self, capacity: int = RECENT_ANSWERS):
        self.capacity = capacity
        self._items: OrderedDict[str, dict] = OrderedDict()

    def add(self, request_id: str, question: str, answer: str, citations: list) -> None:
        """Remember one answer (redacted now, so memory holds no more PHI than the live session)."""
        self._items[request_id] = {
            "question": redacted_excerpt(question, MAX_QUESTION_CHARS),
            "answer": redacted_excerpt(answer, MAX_ANSWER_EXCERPT_CHARS),
            "citations": [{"id": c.get("id")} for c in citations if isinstance(c, dict)],
        }
        self._items.move_to_end(request_id)
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)

    def get(self, request_id: str) -> dict:
        """The stored answer for a request id; UserError if unknown or expired."""
        item = self._items.get(request_id) if isinstance(request_id, str) else None
        if item is None:
            raise UserError(f"unknown or expired request_id {request_id!r}; rate an answer from this server run")
        return item


def _limit(settings, name: str, default: int) -> int:
    value = getattr(settings, name, None)
    return int(value) if isinstance(value, int) and value > 0 else default


def _ui_auth(settings):
    """The Gradio login check for these settings, or None when the chat may stay open (loopback, no password).

    Served beyond loopback the chat always asks for a login (on loopback only when `ui_password` is set):
    any user name, and as password `ui_password` or an API key with the chat scope (constant-time
    compares). Beyond loopback with neither configured it refuses to start (UserError) rather than
    publish an anonymous patient chat.
    """
    secret = getattr(settings, "ui_password", None)
    if hasattr(secret, "get_secret_value"):
        secret = secret.get_secret_value()
    expected = str(secret).encode("utf-8") if secret else None
    host = str(getattr(settings, "host", "127.0.0.1") or "127.0.0.1")
    loopback = host in ("127.0.0.1", "localhost", "::1")
    find_key = getattr(settings, "find_key", None)
    chat_keys = [k for k in getattr(settings, "api_keys", None) or [] if {"chat", "admin"} & set(k.scopes)]
    if expected is None and loopback:
        return None
    if expected is None and not (chat_keys and find_key):
        raise UserError(f"the web chat on {host} would be open to anyone who can reach it: set --ui-password, "
                        "configure an API key with the chat scope (its key is then the password), serve on "
                        "127.0.0.1, or turn the UI off (--no-ui)")

    def check(username: str, password: str) -> bool:
        given = str(password or "")
        if expected is not None and hmac.compare_digest(given.encode("utf-8"), expected):
            return True
        key = find_key(given) if find_key else None
        return key is not None and bool({"chat", "admin"} & set(key.scopes))

    return check


def build_ui(assistant, settings, feedback: FeedbackLog | None = None, record=None) -> gr.Blocks:
    """The chat as a `gr.Blocks` (not mounted): streaming chat, banner, citations, disclaimer, feedback.

    `record` is the serving app's audit/metrics hook (`app.state.record`); None skips auditing.
    """
    info = resolve_locale(getattr(settings, "locale", None) or "en", getattr(settings, "emergency_number", None))
    number, region = info.emergency_number, info.region
    default_language = info.language if info.language in LANGUAGES else "en"
    feedback = feedback if feedback is not None else FeedbackLog(getattr(settings, "feedback_log", None))
    recent = RecentAnswers()
    max_messages = _limit(settings, "max_messages", DEFAULT_MAX_MESSAGES)
    max_chars = _limit(settings, "max_message_chars", DEFAULT_MAX_MESSAGE_CHARS)
    max_tokens = min(DEFAULT_MAX_TOKENS, _limit(settings, "max_tokens_limit", DEFAULT_MAX_TOKENS))
    s0 = STRINGS[default_language]

    def header_markdown(language: str) -> str:
        s = STRINGS[language]
        return f"# {s['title']}\n{s['subtitle']}"

    def details(last: dict | None, language: str) -> dict:
        last = last or {}
        return {
            "request_id": last.get("request_id"),
            "urgency": last.get("urgency"),
            "blocked": last.get("blocked"),
            "citations": last.get("citations", []),
            "mode": last.get("mode"),
            "locale": locale_for(language, region),
            "emergency_number": number,
        }

    async def chat(message, history, language, session):
        """Stream one answer: (textbox, chatbot, citations panel, banner, details, session)."""
        try:
            language = ui_language(language)
            question = message_text(message).strip()
            past = history_messages(history)
        except UserError as exc:
            raise gr.Error(str(exc)) from None
        s = STRINGS[language]
        if not question:
            raise gr.Error(s["empty"])
        if len(question) > max_chars:
            raise gr.Error(s["too_long"].format(length=len(question), limit=max_chars))
        session = dict(session or {})
        answers = dict(session.get("answers") or {})
        request_id = uuid.uuid4().hex
        messages = (past + [{"role": "user", "content": question}])[-max_messages:]
        # The answer's markers (Sources panel, banner) in the script the patient wrote, as the answer itself is.
        script = conversation_script([m["content"] for m in messages if m["role"] == "user"]) if language == "zh" else None
        shown = [dict(m) for m in (history or [])] + [
            {"role": "user", "content": escape_markdown_html(question)},
            {"role": "assistant", "content": ""},
        ]
        pending = {"request_id": request_id}
        yield "", shown, citations_markdown(None, language), "", details(pending, language), session

        streamed, final, started, ttft, status = "", None, time.monotonic(), None, 500
        try:
            stream = assistant.stream(messages, locale=locale_for(language, region), max_tokens=max_tokens,
                                      request_id=request_id)
            async with contextlib.aclosing(stream) as events:
                async for event in events:
                    if event.get("type") == "delta" and event.get("text"):
                        ttft = ttft if ttft is not None else time.monotonic() - started
                        streamed += event["text"]
                        shown[-1] = {"role": "assistant", "content": escape_markdown_html(streamed)}
                        yield "", shown, citations_markdown(None, language), "", details(pending, language), session
                    elif event.get("type") == "final":
                        final = event["result"]
                        status = 200
        except UserError as exc:
            status = 400
            raise gr.Error(str(exc)) from None
        except (asyncio.CancelledError, GeneratorExit):
            status = 499  # the patient pressed Stop or closed the page
            raise
        except Exception as exc:
            from medqa.engine import EngineBusy, EngineTimeout

            if isinstance(exc, (EngineBusy, EngineTimeout)):
                status = 429 if isinstance(exc, EngineBusy) else 504
                log.warning("ui chat not answered (request %s): %s", request_id, type(exc).__name__)
                raise gr.Error(s["busy"]) from None
            log.exception("ui chat failed (request %s)", request_id)
            raise gr.Error(s["error"]) from None
        finally:
            audit(request_id, status, started, ttft, final, question)
        if final is None:
            log.error("assistant stream ended without a final result (request %s)", request_id)
            raise gr.Error(s["error"])

        citations = [c.to_dict() for c in final.citations]
        shown[-1] = {"role": "assistant", "content": escape_markdown_html(final.text)}
        recent.add(request_id, question, final.text, citations)
        answers[str(len(shown) - 1)] = request_id
        last = {"request_id": request_id, "urgency": final.urgency, "blocked": bool(final.blocked),
                "citations": citations, "mode": final.mode}
        session = {"answers": answers, "last": last}
        yield ("", shown, to_script(citations_markdown(last, language), script, region),
               to_script(banner_html(final.urgency, language, number), script, region), details(last, language), session)

    def audit(request_id, status, started, ttft, final, question) -> None:
        """One audit line + metrics through the app's hook; a failing hook never breaks the chat."""
        if record is None:
            return
        from serving.security import request_id_var

        token = request_id_var.set(request_id)
        try:
            record(types.SimpleNamespace(state=types.SimpleNamespace(key_id="ui")), "ui_chat", status, started,
                   ttft=ttft, result=final, question=question)
        except Exception:
            log.exception("ui chat audit failed (request %s)", request_id)
        finally:
            request_id_var.reset(token)

    def store_feedback(request_id: str, rating) -> dict:
        item = recent.get(request_id)
        return feedback.record(request_id=request_id, rating=rating, question=item["question"],
                               answer=item["answer"], citations=item["citations"])

    def api_feedback(request_id: str, rating: str) -> dict:
        """Store a thumbs up/down ("up"/"down") for an answer given by /chat (its details.request_id)."""
        try:
            rec = store_feedback(request_id, rating)
        except UserError as exc:
            raise gr.Error(str(exc)) from None
        return {"stored": feedback.path is not None, "rating": rec["rating"], "request_id": rec["request_id"]}

    def on_like(session, language, data: gr.LikeData):
        """Thumbs up/down clicked in the chat: store it for the answer's request id."""
        if data.liked == "" or data.liked is None:
            return ""  # the user took their rating back; nothing new to store
        request_id = (session or {}).get("answers", {}).get(str(data.index))
        language = language if language in LANGUAGES else default_language
        try:
            rec = store_feedback(request_id, data.liked)
        except UserError as exc:
            log.warning("feedback not stored: %s", exc)
            return ""
        return STRINGS[language]["thanks_up" if rec["rating"] == "up" else "thanks_down"]

    def switch_language(language, session):
        """Re-render every visible string (and the latest banner/citations) in the chosen language."""
        language = language if language in LANGUAGES else default_language
        s = STRINGS[language]
        last = (session or {}).get("last")
        return (
            header_markdown(language),
            disclaimer_markdown(language, number),
            gr.update(label=s["input_label"], placeholder=s["input_placeholder"]),
            gr.update(value=s["send"]),
            gr.update(value=s["stop"]),
            gr.update(value=s["clear"]),
            gr.update(label=s["chat_label"], placeholder=s["chat_placeholder"]),
            citations_markdown(last, language),
            banner_html((last or {}).get("urgency"), language, number),
            "",
        )

    def clear(language):
        language = language if language in LANGUAGES else default_language
        return [], citations_markdown(None, language), "", "", {}, {"answers": {}, "last": None}

    with gr.Blocks(title=s0["title"], analytics_enabled=False) as blocks:
        session = gr.State({"answers": {}, "last": None})
        with gr.Row(equal_height=True):
            with gr.Column(scale=4):
                header = gr.Markdown(header_markdown(default_language), elem_id="medqa-header")
            with gr.Column(scale=1, min_width=180):
                language = gr.Radio(
                    choices=[("English", "en"), ("中文", "zh")], value=default_language, label=s0["language"],
                    elem_id="medqa-language",
                )
        disclaimer = gr.Markdown(disclaimer_markdown(default_language, number), elem_id="medqa-disclaimer")
        banner = gr.HTML("", elem_id="medqa-banner", padding=False, label="banner")
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(
                    label=s0["chat_label"], placeholder=s0["chat_placeholder"], elem_id="medqa-chatbot",
                    height=460, buttons=["copy"], latex_delimiters=[], sanitize_html=True,
                    allow_file_downloads=False, feedback_options=("Like", "Dislike"), autoscroll=True,
                )
                with gr.Row(equal_height=True):
                    textbox = gr.Textbox(
                        label=s0["input_label"], placeholder=s0["input_placeholder"], lines=1, max_lines=6,
                        scale=5, elem_id="medqa-input", autofocus=True, max_length=max_chars,
                    )
                    send = gr.Button(s0["send"], variant="primary", scale=1, elem_id="medqa-send")
                with gr.Row():
                    stop = gr.Button(s0["stop"], variant="secondary", size="sm", elem_id="medqa-stop")
                    clear_button = gr.Button(s0["clear"], variant="secondary", size="sm", elem_id="medqa-clear")
                feedback_note = gr.Markdown("", elem_id="medqa-feedback-note")
            with gr.Column(scale=2, min_width=240):
                citations = gr.Markdown(citations_markdown(None, default_language), elem_id="medqa-citations",
                                        label="citations")
        details_json = gr.JSON(visible=False, label="details")

        chat_event = gr.on(
            triggers=[textbox.submit, send.click], fn=chat,
            inputs=[textbox, chatbot, language, session],
            outputs=[textbox, chatbot, citations, banner, details_json, session],
            api_name="chat", concurrency_limit=_limit(settings, "max_batch_size", 8), show_progress="minimal",
        )
        stop.click(None, None, None, cancels=[chat_event], api_visibility="private")
        clear_button.click(clear, [language], [chatbot, citations, banner, feedback_note, details_json, session],
                           cancels=[chat_event], api_visibility="private")
        chatbot.clear(lambda language: clear(language)[1:], [language],
                      [citations, banner, feedback_note, details_json, session], api_visibility="private")
        chatbot.like(on_like, [session, language], [feedback_note], api_visibility="private")
        language.change(
            switch_language, [language, session],
            [header, disclaimer, textbox, send, stop, clear_button, chatbot, citations, banner, feedback_note],
            api_visibility="private",
        )
        gr.api(api_feedback, api_name="feedback")
    blocks.queue(max_size=_limit(settings, "max_queue", 64), default_concurrency_limit=4)
    return blocks


def mount_ui(app, assistant, settings, path: str = UI_PATH):
    """Mount the web chat at `path` on the FastAPI app (sharing its assistant); returns the app."""
    blocks = build_ui(assistant, settings, record=getattr(app.state, "record", None))
    # The page's <title>: Gradio's page has none until its script runs, so tabs and bookmarks showed it empty.
    title = html.escape(blocks.title or STRINGS["en"]["title"])
    return gr.mount_gradio_app(
        app, blocks, path=path, head=f"<title>{title}</title>",
        server_name=getattr(settings, "host", "127.0.0.1"), server_port=getattr(settings, "port", 8000),
        footer_links=[], run_history=False, auth=_ui_auth(settings), ssr_mode=False, pwa=False,
        mcp_server=False, enable_monitoring=False, max_file_size="1mb", show_error=True,
        theme=gr.themes.Default(primary_hue="blue", neutral_hue="slate"), css=CSS,
    )


@contextlib.contextmanager
def serve_in_thread(app, host: str = "127.0.0.1", start_timeout_s: float = 60.0):
    """Run `app` under uvicorn on a free port in a background thread; yield its base URL; always stop it.

    For tests and scripts (the screenshot script, browser tests): the socket is bound before the thread
    starts, so there is no race for the port, and every wait is bounded.
    """
    import socket
    import threading
    import time

    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=5))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="ui-test-server", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + start_timeout_s
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"server on {host}:{port} did not start within {start_timeout_s:.0f} s")
            time.sleep(0.05)
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        if thread.is_alive():
            server.force_exit = True
            thread.join(timeout=5)
        sock.close()
