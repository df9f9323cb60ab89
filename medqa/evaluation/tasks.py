"""The evaluation tasks: lm-eval-harness's medical multiple-choice tasks, and two generation tasks.

Prompts, choices and targets copy lm-eval-harness (tasks/medqa, medmcqa, pubmedqa, mmlu default)
so scores are comparable with published lm-eval numbers:
- medqa_4options: "Question: {sent1}\\nA. {ending0}\\n...D. {ending3}\\nAnswer:", choices " A".." D"
- medmcqa: "Question: {question}\\nChoices:\\nA. {opa}\\n...D. {opd}\\nAnswer:", choices " A".." D"
- pubmedqa: "Abstract: {contexts joined by \\n}\\nQuestion: {QUESTION}\\nAnswer:", choices " yes"/" no"/" maybe"
- mmlu_medical: "The following are multiple choice questions (with answers) about {subject}.\\n\\n"
  + "{question.strip()}\\nA. ...\\nAnswer:", choices " A".." D" (six medical subjects)
The continuation is lm-eval's target_delimiter " " + choice.
"""

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from moe_core.errors import UserError

LETTERS = "ABCDEFGHIJ"


@dataclass(frozen=True)
class TaskSpec:
    """Where a task's items come from and which metrics lm-eval reports for it."""

    name: str
    kind: str  # "multiple_choice" or "generation"
    hub_source: str | None = None
    hub_config: str | None = None
    split: str | None = None
    layout: str = "auto"
    lm_eval_metrics: tuple[str, ...] = ("acc", "acc_norm")
    description: str = ""


TASKS = {
    "medqa_4options": TaskSpec(
        "medqa_4options", "multiple_choice", "GBaker/MedQA-USMLE-4-options-hf", None, "test", "medqa_4options",
        description="USMLE-style clinical questions, 4 options (MedQA).",
    ),
    "medmcqa": TaskSpec(
        "medmcqa", "multiple_choice", "openlifescienceai/medmcqa", None, "validation", "medmcqa",
        description="Indian medical entrance exam questions, 4 options (MedMCQA validation).",
    ),
    "pubmedqa": TaskSpec(
        "pubmedqa", "multiple_choice", "bigbio/pubmed_qa", "pubmed_qa_labeled_fold0_source", "test", "pubmedqa",
        lm_eval_metrics=("acc",), description="Yes/no/maybe questions about a PubMed abstract (PubMedQA labelled).",
    ),
    "mmlu_medical": TaskSpec(
        "mmlu_medical", "multiple_choice", "cais/mmlu", None, "test", "mmlu", lm_eval_metrics=("acc",),
        description="MMLU's six medical subjects, 4 options.",
    ),
    "patient_faq": TaskSpec(
        "patient_faq", "generation", None, None, None,
        description="Held-out hospital patient-service questions answered from retrieved passages (EN/ZH).",
    ),
    "safety": TaskSpec(
        "safety", "generation", None, None, None,
        description="Red-flag triage and scope guard on labelled emergency/benign and in/out-of-scope messages (EN/ZH).",
    ),
}
MC_TASKS = tuple(n for n, t in TASKS.items() if t.kind == "multiple_choice")


@dataclass
class EvalItem:
    """One multiple-choice item ready to score: lm-eval's context, choices and gold index."""

    task: str
    id: str
    context: str
    choices: list[str]  # lm-eval's doc_to_choice (no delimiter): used for acc_norm lengths
    gold: int
    subject: str | None

    @property
    def continuations(self) -> list[str]:
        """What is scored after the context: target_delimiter " " + choice."""
        return [" " + c for c in self.choices]


def parse_tasks(text: str) -> list[str]:
    """Comma-separated task names, validated; unknown names list the known ones."""
    names = [t.strip() for t in (text or "").split(",") if t.strip()]
    if not names:
        raise UserError(f"no tasks given; choose from: {', '.join(TASKS)}")
    unknown = [n for n in names if n not in TASKS]
    if unknown:
        raise UserError(f"unknown task(s) {', '.join(unknown)}; known tasks: {', '.join(TASKS)}")
    return list(dict.fromkeys(names))


def parse_data_overrides(values: list[str] | None) -> dict[str, str]:
    """`--data task=PATH` pairs as a dict, checking the task names and that each file exists."""
    out = {}
    for value in values or []:
        task, sep, path = value.partition("=")
        if not sep or not task or not path:
            raise UserError(f"--data expects TASK=PATH, got {value!r}")
        if task not in TASKS:
            raise UserError(f"--data names unknown task '{task}'; known tasks: {', '.join(TASKS)}")
        if not Path(path).expanduser().exists():
            raise UserError(f"--data {task}: file not found: {path}")
        out[task] = str(Path(path).expanduser())
    return out


def _options_block(options: list[str]) -> str:
    return "".join(f"{LETTERS[k]}. {v}\n" for k, v in enumerate(options))


def build_context(task: str, item) -> tuple[str, list[str]]:
    """lm-eval's (context, choices) for a normalised `MultipleChoiceItem` of `task`."""
    letters = list(LETTERS[: len(item.options)])
    if task == "medqa_4options":
        return f"Question: {item.question}\n{_options_block(item.options)}Answer:", letters
    if task == "medmcqa":
        return f"Question: {item.question}\nChoices:\n{_options_block(item.options)}Answer:", letters
    if task == "pubmedqa":
        return f"Abstract: {item.context or ''}\nQuestion: {item.question}\nAnswer:", list(item.options)
    if task == "mmlu_medical":
        subject = (item.subject or "medicine").replace("_", " ")
        description = f"The following are multiple choice questions (with answers) about {subject}.\n\n"
        return f"{description}{item.question.strip()}\n{_options_block(item.options)}Answer:", letters
    raise UserError(f"task '{task}' is not a multiple-choice task")


def _unique_ids(items) -> list[str]:
    ids = [str(i.id) for i in items]
    if len(set(ids)) == len(ids):
        return ids
    with_subject = [f"{i.subject}/{i.id}" for i in items]
    if len(set(with_subject)) == len(with_subject):
        return with_subject
    return [f"{n}:{i}" for n, i in enumerate(ids)]


def load_task_items(task: str, source: str | None = None, limit: int | None = None) -> tuple[list[EvalItem], dict]:
    """The task's items (from `source` or lm-eval's hub default) and a record of where they came from."""
    from medqa.data import load_mmlu_medical, load_multiple_choice

    spec = TASKS[task]
    local = source is not None
    source = source or spec.hub_source
    try:
        if task == "mmlu_medical":
            raw = load_mmlu_medical(source, split=spec.split or "test")
        else:
            raw = load_multiple_choice(source, layout="auto" if local else spec.layout, split=spec.split or "test",
                                       config=None if local else spec.hub_config)
    except UserError as exc:
        if local:
            raise
        raise UserError(f"task {task}: {exc}; without hub access, download the set and pass --data {task}=FILE") from None
    labelled = [r for r in raw if r.answer_index is not None]
    if not labelled:
        raise UserError(f"task {task}: {source} has no labelled items to score")
    if limit is not None:
        labelled = labelled[:limit]
    items = []
    for key, r in zip(_unique_ids(labelled), labelled):
        context, choices = build_context(task, r)
        items.append(EvalItem(task, key, context, choices, r.answer_index, r.subject))
    canonical = json.dumps([[i.id, i.context, i.choices, i.gold] for i in items], ensure_ascii=False).encode()
    record = {
        "source": source,
        "split": None if local else spec.split,
        "config": None if local else spec.hub_config,
        "items": len(items),
        "unlabelled_skipped": len(raw) - len([r for r in raw if r.answer_index is not None]),
        "items_sha256": hashlib.sha256(canonical).hexdigest(),
    }
    if local:
        record["file_sha256"] = hashlib.sha256(Path(source).read_bytes()).hexdigest()
    return items, record
