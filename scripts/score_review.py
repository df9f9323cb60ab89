"""Score `medqa ask` answers against a blind reviewer set (tests/data/grounded_review*/questions.jsonl).

    python3 scripts/score_review.py tests/data/grounded_review12/questions.jsonl answers.jsonl [-v]

Per language: answerable rows are `right` when a cited passage is one of the row's gold passages, `refused` when the
answer is the fixed "I don't know" (mode no_answer), `wrong` when it cites only other passages, and `blocked` when
a safety mode (emergency, redirect) answered a patient-service question. Unanswerable rows (missing_detail,
off_topic) are `dont_know` when the answer is no_answer or a clinician redirect (nothing unsupported shown), and
`answered` otherwise. Issue #12's targets: right citation >= 0.85, don't know >= 0.9, wrongly refused <= 0.1.
"""

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Outcome:
    """How one reviewer question was answered."""

    id: str
    language: str
    answerable: bool
    verdict: str  # right | refused | wrong | blocked | dont_know | answered | error


def read_jsonl(path: str) -> list[dict]:
    """Rows of a JSONL file; a bad line is an error naming the file and line."""
    rows = []
    try:
        handle = open(path, encoding="utf-8")
    except OSError as error:
        raise SystemExit(f"error: cannot read {path}: {error.strerror}") from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise SystemExit(f"error: {path} line {number} is not JSON: {error.msg}") from None
    return rows


def verdict(question: dict, answer: dict) -> str:
    """The verdict for one question given its `medqa ask` output line."""
    if "error" in answer:
        return "error"
    mode = answer.get("mode")
    if question["answerable"]:
        if mode == "no_answer":
            return "refused"
        if mode in ("emergency", "redirect"):
            return "blocked"
        return "right" if set(answer.get("citations") or []) & set(question["gold"]) else "wrong"
    return "dont_know" if mode in ("no_answer", "redirect") else "answered"


def score(questions: list[dict], answers: list[dict]) -> list[Outcome]:
    """Match answers to questions by id and give each a verdict; a question with no answer is an error."""
    by_id = {a.get("id"): a for a in answers}
    missing = [q["id"] for q in questions if q["id"] not in by_id]
    if missing:
        raise SystemExit(f"error: {len(missing)} questions have no answer line, first {missing[0]!r}")
    return [Outcome(q["id"], q["language"], bool(q["answerable"]), verdict(q, by_id[q["id"]])) for q in questions]


def summary(outcomes: list[Outcome]) -> dict:
    """Per language: counts of each verdict and the three rates issue #12 sets targets on."""
    out = {}
    groups = defaultdict(list)
    for outcome in outcomes:
        groups[outcome.language].append(outcome)
    for language, rows in sorted(groups.items()):
        answerable = Counter(o.verdict for o in rows if o.answerable)
        unanswerable = Counter(o.verdict for o in rows if not o.answerable)
        n_ans, n_un = sum(answerable.values()), sum(unanswerable.values())
        out[language] = {
            "answerable": n_ans, "unanswerable": n_un, **{f"ans_{k}": v for k, v in sorted(answerable.items())},
            **{f"unans_{k}": v for k, v in sorted(unanswerable.items())},
            "right_citation": answerable["right"] / n_ans if n_ans else None,
            "wrongly_refused": answerable["refused"] / n_ans if n_ans else None,
            "dont_know": unanswerable["dont_know"] / n_un if n_un else None,
        }
    return out


def main(argv: list[str] | None = None) -> int:
    """CLI entry: print the summary as JSON (and each failing row with -v)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("questions", help="reviewer set questions.jsonl")
    parser.add_argument("answers", help="medqa ask output JSONL")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every row that is not right / dont_know")
    args = parser.parse_args(argv)
    questions = read_jsonl(args.questions)
    outcomes = score(questions, read_jsonl(args.answers))
    if args.verbose:
        text = {q["id"]: q.get("question", "") for q in questions}
        for o in outcomes:
            if o.verdict not in ("right", "dont_know"):
                print(f"{o.id}\t{o.verdict}\t{text[o.id][:120]}")
    print(json.dumps(summary(outcomes), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
