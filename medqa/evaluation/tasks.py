"""The evaluation tasks as objects: lm-eval-harness's medical multiple-choice tasks and two pipeline tasks.

Each task is a `medqa.evaluation.base.Task` that owns its loading, per-item computation and metrics;
`TASKS` maps names to them and the runner never branches on a name. A new multiple-choice task is one
YAML file (`--tasks path/to/task.yaml`, see `task_from_yaml`) or one `MultipleChoiceTask(...)` entry;
anything else is one new `Task` subclass.

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

from medqa.evaluation.base import Task, TaskData
from medqa.evaluation.generate import PatientFaqTask, SafetyTask
from medqa.evaluation.metrics import multiple_choice_metrics
from moe_core.errors import UserError

LETTERS = "ABCDEFGHIJ"


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


def _options_block(options: list[str]) -> str:
    return "".join(f"{LETTERS[k]}. {v}\n" for k, v in enumerate(options))


def _unique_ids(items) -> list[str]:
    ids = [str(i.id) for i in items]
    if len(set(ids)) == len(ids):
        return ids
    with_subject = [f"{i.subject}/{i.id}" for i in items]
    if len(set(with_subject)) == len(with_subject):
        return with_subject
    return [f"{n}:{i}" for n, i in enumerate(ids)]


TEMPLATE_FIELDS = ("question", "question_stripped", "options", "context", "subject")


@dataclass
class MultipleChoiceTask(Task):
    """A multiple-choice task scored like lm-eval: log-likelihood of " " + each choice after the context.

    `template` is a `str.format` string over {question}, {question_stripped}, {options} (the "A. ...\\n"
    block), {context} and {subject}; `choices` is "letters" (A, B, ...) or "options" (the option texts)."""

    name: str
    description: str
    template: str
    choices: str = "letters"
    hub_source: str | None = None
    hub_config: str | None = None
    split: str | None = "test"
    layout: str = "auto"
    lm_eval_metrics: tuple[str, ...] = ("acc", "acc_norm")
    loader: str = "multiple_choice"  # "mmlu" reads the six medical subjects of MMLU
    default_file: str | None = None  # a local default (YAML tasks) instead of a hub source
    kind = "multiple_choice"
    outcome = "acc"

    def build_context(self, item) -> tuple[str, list[str]]:
        """lm-eval's (context, choices) for a normalised `medqa.data.MultipleChoiceItem`."""
        values = {"question": item.question, "question_stripped": item.question.strip(),
                  "options": _options_block(item.options), "context": item.context or "",
                  "subject": (item.subject or "medicine").replace("_", " ")}
        choices = list(LETTERS[: len(item.options)]) if self.choices == "letters" else list(item.options)
        return self.template.format(**values), choices

    def load(self, source, limit, config=None) -> TaskData:
        """Items from `source` (a local file) or lm-eval's hub default, with a record of where they came from."""
        from medqa.data import load_mmlu_medical, load_multiple_choice

        source = source or self.default_file
        local = source is not None
        source = source or self.hub_source
        if source is None:
            raise UserError(f"task {self.name} has no default data; pass --data {self.name}=FILE")
        try:
            if self.loader == "mmlu":
                raw = load_mmlu_medical(source, split=self.split or "test")
            else:
                raw = load_multiple_choice(source, layout="auto" if local else self.layout, split=self.split or "test",
                                           config=None if local else self.hub_config)
        except UserError as exc:
            if local:
                raise
            raise UserError(f"task {self.name}: {exc}; without hub access, download the set and pass "
                            f"--data {self.name}=FILE") from None
        labelled = [r for r in raw if r.answer_index is not None]
        if not labelled:
            raise UserError(f"task {self.name}: {source} has no labelled items to score")
        if limit is not None:
            labelled = labelled[:limit]
        items = []
        for key, r in zip(_unique_ids(labelled), labelled):
            context, choices = self.build_context(r)
            items.append(EvalItem(self.name, key, context, choices, r.answer_index, r.subject))
        canonical = json.dumps([[i.id, i.context, i.choices, i.gold] for i in items], ensure_ascii=False).encode()
        record = {
            "source": source,
            "split": None if local else self.split,
            "config": None if local else self.hub_config,
            "items": len(items),
            "unlabelled_skipped": len(raw) - len([r for r in raw if r.answer_index is not None]),
            "items_sha256": hashlib.sha256(canonical).hexdigest(),
        }
        if local:
            record["file_sha256"] = hashlib.sha256(Path(source).read_bytes()).hexdigest()
        return TaskData(items, [[i.id, i.context, i.choices, i.gold] for i in items], record)

    def chunk_size(self, config) -> int:
        """Four batches per cached chunk."""
        return max(1, 4 * config.batch_size)

    def compute(self, items, backend, config) -> list[dict]:
        """Score every option and record the prediction, like lm-eval."""
        return [mc_record(i, s) for i, s in zip(items, backend.score(items))]

    def metrics(self, records, resamples, seed=0) -> dict:
        """acc, acc_norm, calibration, per subject (see `metrics.multiple_choice_metrics`)."""
        return multiple_choice_metrics(records, self.lm_eval_metrics, resamples, seed)


def mc_record(item: EvalItem, scores) -> dict:
    """Per-item record of a multiple-choice item: log-likelihoods, predictions, acc, acc_norm, confidence."""
    import numpy as np

    from medqa.evaluation import stats

    lls = np.asarray(scores.logliks, dtype=float)
    lengths = np.asarray([float(len(c)) for c in item.choices])
    pred, pred_norm = int(np.argmax(lls)), int(np.argmax(lls / lengths))
    probs = stats.softmax(lls)
    return {
        "id": item.id, "subject": item.subject, "gold": item.gold, "choices": item.choices,
        "logliks": [float(x) for x in lls], "is_greedy": list(scores.is_greedy),
        "pred": pred, "pred_norm": pred_norm, "acc": float(pred == item.gold), "acc_norm": float(pred_norm == item.gold),
        "confidence": float(probs.max()), "prob_gold": float(probs[item.gold]),
    }


_MC_OPTIONS = "{options}Answer:"
TASKS: dict[str, Task] = {
    "medqa_4options": MultipleChoiceTask(
        "medqa_4options", "USMLE-style clinical questions, 4 options (MedQA).",
        "Question: {question}\n" + _MC_OPTIONS, hub_source="GBaker/MedQA-USMLE-4-options-hf", layout="medqa_4options",
    ),
    "medmcqa": MultipleChoiceTask(
        "medmcqa", "Indian medical entrance exam questions, 4 options (MedMCQA validation).",
        "Question: {question}\nChoices:\n" + _MC_OPTIONS, hub_source="openlifescienceai/medmcqa",
        split="validation", layout="medmcqa",
    ),
    "pubmedqa": MultipleChoiceTask(
        "pubmedqa", "Yes/no/maybe questions about a PubMed abstract (PubMedQA labelled).",
        "Abstract: {context}\nQuestion: {question}\nAnswer:", choices="options", hub_source="bigbio/pubmed_qa",
        hub_config="pubmed_qa_labeled_fold0_source", layout="pubmedqa", lm_eval_metrics=("acc",),
    ),
    "mmlu_medical": MultipleChoiceTask(
        "mmlu_medical", "MMLU's six medical subjects, 4 options.",
        "The following are multiple choice questions (with answers) about {subject}.\n\n{question_stripped}\n"
        + _MC_OPTIONS, hub_source="cais/mmlu", layout="mmlu", lm_eval_metrics=("acc",), loader="mmlu",
    ),
    "patient_faq": PatientFaqTask(),
    "safety": SafetyTask(),
}
MC_TASKS = tuple(n for n, t in TASKS.items() if t.kind == "multiple_choice")


def _is_task_file(name: str) -> bool:
    return name.endswith((".yaml", ".yml"))


def task_from_yaml(path) -> MultipleChoiceTask:
    """A multiple-choice task from a YAML file: name, template, data (a local file, relative to the YAML) and
    optionally choices (letters|options), metrics ([acc, acc_norm]) and description."""
    import yaml

    path = Path(path).expanduser()
    if not path.is_file():
        raise UserError(f"--tasks {path}: task file not found")
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise UserError(f"--tasks {path}: not a readable YAML file ({str(exc).splitlines()[0]})") from None
    if not isinstance(spec, dict):
        raise UserError(f"--tasks {path}: expected a mapping with name, template and data")
    known = {"name", "kind", "description", "template", "choices", "data", "metrics"}
    if unknown := sorted(set(spec) - known):
        raise UserError(f"--tasks {path}: unknown field(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    for key in ("name", "template", "data"):
        if not isinstance(spec.get(key), str) or not spec[key].strip():
            raise UserError(f"--tasks {path}: field '{key}' (a string) is required")
    if spec.get("kind", "multiple_choice") != "multiple_choice":
        raise UserError(f"--tasks {path}: only kind multiple_choice can be declared in YAML; "
                        "other kinds are a Task subclass in medqa/evaluation")
    if spec.get("choices", "letters") not in ("letters", "options"):
        raise UserError(f"--tasks {path}: choices must be 'letters' or 'options', got {spec['choices']!r}")
    try:
        spec["template"].format(**{f: "" for f in TEMPLATE_FIELDS})
    except (KeyError, IndexError, ValueError) as exc:
        raise UserError(f"--tasks {path}: template uses an unknown field {exc}; fields: {', '.join(TEMPLATE_FIELDS)}") from None
    metrics = tuple(spec.get("metrics") or ("acc", "acc_norm"))
    data = Path(spec["data"]).expanduser()
    data = data if data.is_absolute() else path.parent / data
    return MultipleChoiceTask(spec["name"], spec.get("description", f"multiple choice from {path.name}"),
                              spec["template"], choices=spec.get("choices", "letters"), default_file=str(data),
                              lm_eval_metrics=metrics)


def get_task(name: str) -> Task:
    """The task called `name`, or the task a YAML file declares."""
    if name in TASKS:
        return TASKS[name]
    if _is_task_file(name):
        return task_from_yaml(name)
    raise UserError(f"unknown task(s) {name}; known tasks: {', '.join(TASKS)} (or a task .yaml file)")


def parse_tasks(text: str) -> list[str]:
    """Comma-separated task names (or task YAML files), validated; unknown names list the known ones."""
    names = [t.strip() for t in (text or "").split(",") if t.strip()]
    if not names:
        raise UserError(f"no tasks given; choose from: {', '.join(TASKS)}")
    unknown = [n for n in names if n not in TASKS and not _is_task_file(n)]
    if unknown:
        raise UserError(f"unknown task(s) {', '.join(unknown)}; known tasks: {', '.join(TASKS)}")
    for name in names:
        if _is_task_file(name):
            task_from_yaml(name)  # a bad file is reported now, before any model is loaded
    return list(dict.fromkeys(names))


def parse_data_overrides(values: list[str] | None, tasks: list[str] = ()) -> dict[str, str]:
    """`--data task=PATH` pairs as a dict, checking the task names and that each file exists."""
    known = set(TASKS) | {get_task(t).name for t in tasks if _is_task_file(t)}
    out = {}
    for value in values or []:
        task, sep, path = value.partition("=")
        if not sep or not task or not path:
            raise UserError(f"--data expects TASK=PATH, got {value!r}")
        if task not in known:
            raise UserError(f"--data names unknown task '{task}'; known tasks: {', '.join(TASKS)}")
        if not Path(path).expanduser().exists():
            raise UserError(f"--data {task}: file not found: {path}")
        out[task] = str(Path(path).expanduser())
    return out


def load_task_items(task: str, source: str | None = None, limit: int | None = None) -> tuple[list[EvalItem], dict]:
    """A multiple-choice task's items (from `source` or lm-eval's hub default) and where they came from."""
    spec = get_task(task)
    if not isinstance(spec, MultipleChoiceTask):
        raise UserError(f"task '{task}' is not a multiple-choice task")
    data = spec.load(source, limit)
    return data.items, data.source
