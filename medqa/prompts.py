"""Chat prompts shared by training, evaluation and serving: one system prompt, one passage format.

Training data, the eval harness and the live server all call `build_grounded_messages`, so the model
is fine-tuned on exactly the prompt it later sees. Passages may be `medqa.knowledge_base.Passage`
objects or plain dicts with `id`, `title` and `text`.
"""

import re
from collections.abc import Iterable, Mapping, Sequence

from moe_core.errors import UserError

LANGUAGES = ("en", "zh")

SYSTEM_PROMPT = {
    "en": (
        "You are the patient-service assistant of a hospital. You help patients and visitors with "
        "practical questions: appointments, preparing for tests and procedures, medicines, visiting, "
        "records and billing, and simple self-care.\n"
        "Rules:\n"
        "1. Answer only from the passages provided below. Do not add facts that are not in them.\n"
        "2. Cite the id of every passage you use, in square brackets exactly as it is written before the passage.\n"
        "3. If the passages do not answer the question, say that you do not know and suggest contacting "
        "the hospital switchboard, the patient portal or the relevant department.\n"
        "4. Never diagnose a condition and never prescribe or change a medicine or a dose; refer the "
        "person to their doctor, nurse or pharmacist.\n"
        "5. If someone describes an emergency, such as chest pain, trouble breathing, signs of a stroke, "
        "heavy bleeding or thoughts of self-harm, tell them to call the emergency number or go to the "
        "nearest emergency department now.\n"
        "Answer in plain, kind, short sentences, in the language of the question."
    ),
    "zh": (
        "你是医院的患者服务助手，帮助患者和访客解决实际问题：预约挂号、检查和手术前的准备、用药、"
        "探视、病历与费用，以及简单的自我护理。\n"
        "规则：\n"
        "1. 只根据下面提供的资料回答，不要添加资料中没有的内容。\n"
        "2. 注明所引用资料的编号，放在方括号中，写法与资料前的编号完全一致。\n"
        "3. 如果资料无法回答问题，请说明你不知道，并建议联系医院总机、患者服务平台或相关科室。\n"
        "4. 绝不做出诊断，绝不开药或调整药物剂量；请对方咨询医生、护士或药师。\n"
        "5. 如果有人描述紧急情况，例如胸痛、呼吸困难、中风迹象、大量出血或有自伤想法，"
        "请告诉对方立即拨打急救电话或前往最近的急诊科。\n"
        "请用简洁、友善的语言，并使用提问者的语言回答。"
    ),
}

DISCLAIMER = {
    "en": (
        "This assistant gives general patient-service information, not medical advice. "
        "It cannot diagnose or prescribe. In an emergency, call your local emergency number."
    ),
    "zh": "本助手仅提供一般性的患者服务信息，不构成医疗建议，不能诊断或开药。如遇紧急情况，请立即拨打当地急救电话。",
}

# The grounded answer when the passages do not cover the question (rule 3 of the system prompt);
# training data and the server use the same words so the model learns one clear refusal.
NOT_IN_PASSAGES = {
    "en": (
        "I'm sorry, I don't have information about that in the hospital's patient-service passages. "
        "Please contact the hospital switchboard, check the patient portal or ask the relevant department."
    ),
    "zh": "抱歉，我提供的医院患者服务资料中没有这方面的信息。请联系医院总机、查看患者服务平台，或咨询相关科室。",
}

PASSAGES_HEADER = {"en": "Passages:", "zh": "资料："}
NO_PASSAGES = {
    "en": "Passages: none were found for this question.",
    "zh": "资料：没有找到与该问题相关的资料。",
}

# A citable id starts with a letter and has at least one hyphen, so "[1]" or "[sic]" never count.
PASSAGE_ID_PATTERN = r"[A-Za-z][A-Za-z0-9_.:]*(?:-[A-Za-z0-9_.:]+)+"
PASSAGE_ID_RE = re.compile(rf"^{PASSAGE_ID_PATTERN}$")
# A bracket followed by "(" is a Markdown link, not a citation.
_BRACKETED_RE = re.compile(r"[\[【]([^\[\]【】\n]{1,400})[\]】](?!\()")
_ID_SEPARATOR_RE = re.compile(r"[\s,;，；、]+")
# CJK unified ideographs (+ extension A and compatibility block); kana/hangul are not counted as Chinese.
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_RE = re.compile(r"[A-Za-z]")
_ROLES = ("user", "assistant")


def detect_language(text: str) -> str:
    """Return "zh" when Chinese characters outweigh Latin letters in `text` (3 letters per character), else "en"."""
    cjk = len(_CJK_RE.findall(text or ""))
    latin = len(_LATIN_RE.findall(text or ""))
    # One Chinese character carries about as much as three Latin letters, so weigh them that way
    # ("我想预约MRI检查" is zh, "What is 发烧?" is en).
    return "zh" if 3 * cjk > latin else "en"


def _field(passage, name: str) -> str:
    value = passage.get(name) if isinstance(passage, Mapping) else getattr(passage, name, None)
    if not isinstance(value, str) or not value.strip():
        raise UserError(f"passage is missing a non-empty '{name}': {passage!r:.120}")
    return value.strip()


def format_passages(passages: Iterable) -> str:
    """Render passages as `[id] title\\ntext` blocks separated by blank lines."""
    return "\n\n".join(f"[{_field(p, 'id')}] {_field(p, 'title')}\n{_field(p, 'text')}" for p in passages)


def _check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise UserError(f"unsupported language {language!r}: choose one of {', '.join(LANGUAGES)}")
    return language


def build_system_message(passages: Sequence, language: str) -> str:
    """The system prompt for `language` followed by the retrieved passages (or a 'none found' note)."""
    language = _check_language(language)
    if not passages:
        return f"{SYSTEM_PROMPT[language]}\n\n{NO_PASSAGES[language]}"
    return f"{SYSTEM_PROMPT[language]}\n\n{PASSAGES_HEADER[language]}\n\n{format_passages(passages)}"


def build_grounded_messages(
    question: str, passages: Sequence, history: Sequence[Mapping] | None = None, language: str | None = None
) -> list[dict]:
    """System prompt + passages, then prior turns, then the user's question, as chat messages."""
    if not isinstance(question, str) or not question.strip():
        raise UserError("the question is empty: type a question to ask")
    language = _check_language(language or detect_language(question))
    messages = [{"role": "system", "content": build_system_message(list(passages), language)}]
    for turn_no, turn in enumerate(history or ()):
        if not isinstance(turn, Mapping) or turn.get("role") not in _ROLES or not isinstance(turn.get("content"), str):
            raise UserError(
                f"history turn {turn_no} must be {{'role': 'user'|'assistant', 'content': str}}, got {turn!r:.120}"
            )
        messages.append({"role": turn["role"], "content": turn["content"]})
    messages.append({"role": "user", "content": question.strip()})
    return messages


def extract_citations(text: str) -> list[str]:
    """Passage ids cited in square (or full-width 【】) brackets, in first-seen order, without repeats."""
    seen: dict[str, None] = {}
    for bracketed in _BRACKETED_RE.findall(text or ""):
        for token in _ID_SEPARATOR_RE.split(bracketed.strip()):
            if PASSAGE_ID_RE.match(token):
                seen.setdefault(token, None)
    return list(seen)
