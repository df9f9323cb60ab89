"""Safety-layer quality on the generated TEST portions (split by template), plus the older hand-written sets.

    python3 benchmarks/safety.py
    python3 benchmarks/safety.py --triage-set triage_test2 --scope-set scope_test_sp --phi-set path/to/phi.jsonl
    python3 benchmarks/safety.py --triage-set tests/data/safety/blind4/triage.jsonl   # a spent blind batch
    python3 benchmarks/safety.py --headline-only                                        # the headline sets alone

`--triage-set`, `--scope-set` and `--phi-set` name the headline set of each part: a file name in
tests/data/safety/generated/ (".jsonl" may be left off), in tests/data/safety/, or a path. Defaults are the
headline sets below. Besides the chosen scope and PHI sets, every generated scope/PHI test batch that exists
(`generated/scope_test*.jsonl`, `generated/phi_test*.jsonl`) is reported, each marked with its history.

Triage: recall of emergency rows and false-alarm rates on benign rows, per category and per script. The
headline sets (default) are tests/data/safety/blind51/: written during the thirtieth session by a writer who never
read the rules or the earlier sets, held outside the repository until that session's rounds were merged, never fitted
since (data_cards/safety_blind51.md; its history is in the comment at HEADLINE_BLIND below). blind38, the headline
before it, was fitted on after its first run (0.983 / FA 4.7%, scope 0.932 / 17.3%, PHI 0.879): SPENT.
`--headline-only` measures the three headline sets and the speed line alone (a few minutes instead of half an hour
over every spent batch).
Earlier batches are printed beside it and are SPENT (rules were changed after looking at their first runs).
False alarms are reported twice: emergency-level (these block the model; target <= 3%) and any level (urgent
same-day notices included). Scope guard and PHI are reported on every generated test batch. First runs, the
honest estimates on unseen wording (data_cards/safety_test_sets.md, safety_scope_phi_sets.md,
safety_blind4.md ... safety_blind38.md):

    batch                  triage recall  emergency FA  scope recall  over-redirect  PHI exact-span recall
    test (1)               0.959          2.6%          0.957         0.035          0.882
    test2 (triage, round 2) 0.799         9.3%          0.633         0.000          0.848
    test3                  -              -             0.583         0.039          0.769
    test_sp                -              -             0.984         0.000          0.981   (round 3's own author)
    blind4 (round 3)       0.793          9.1%          0.715         0.008          0.768
    blind5 (round 4)       0.887          6.4%          0.940         0.024          0.851
    blind6 (round 5)       0.923          7.7%          0.865         0.000          0.876
    blind7 (round 6)       0.952          9.0%          0.902         0.009          0.799
    blind8 (round 7)       0.952          5.6%          0.911         0.022          0.790
    blind9 (round 8)       0.886         17.7%          0.861         0.040          0.729   (FA 3.0% without the
                                                                     70 retracted-alarm chats, see safety_blind9.md)
    blind10 (round 9)      0.966         17.2%          0.938         0.018          0.847   (no retracted alarms;
                                                                     named conditions in past/reading/planning frames)
    blind11 (round 10)     0.970         39.4%          0.936         0.018          0.797   (named conditions in film,
                                                                     news, vet, leaflet and form frames)
    blind12 (round 11)     0.961         17.5%          0.964         0.032          0.848   (homework, novels, plays,
                                                                     job interviews, memorials, translations, dreams)
    blind13 (round 14)     0.963         40.5%          0.905         0.023          0.843   (talks, quizzes, crosswords,
                                                                     TV dramas, history lessons, old posts, admitted)
    blind14 (round 16)     0.978         13.8%          0.923         0.000          0.867   (translations, figurative
                                                                     'heart attack', pretend play, past history, fundraising)
    blind15 (round 17)     0.972          4.7%          0.923         0.005          0.787   (rehearsed death scenes,
                                                                     breath-hold training, jabs planning, new name shapes)
    blind16 (round 18)     0.968         22.6%          0.914         0.005          0.756   (a condition named as the topic
                                                                     of OSCE stations, leaflets, slides, game rules)
    blind17 (round 19)     0.998          6.5%          0.973         0.009          0.777   (past suicide of a relative,
                                                                     a doubled tablet now fine, brain freeze, new ID shapes)
    blind18 (round 20)     0.942          5.4%          0.923         0.000          0.776
    blind19 (round 21)     0.966          6.9%          0.973         0.005          0.811
    blind20 (round 22)     0.981          2.2%          0.968         0.009          0.702
    blind21 (round 22)     0.901          4.1%          0.809         0.009          0.906   (PHI as medqa redact
                                                                     ships, rules + tagger; 0.844 rules alone)
    blind22 (round 24)     0.974          1.9%          0.968         0.105          0.852   (0.991 with the
                                                                     blind4..21 net refit; PHI rules alone 0.743)
    blind23 (round 24)     0.950          5.2%          0.945         0.086          0.830   (rules alone 0.916;
                                                                     triage round 25 changed no row; PHI rules 0.675)
    blind24 (round 25)     0.994          1.7%          0.964         0.068          0.854   (1.5% after rounds 26,
                                                                     fitted on blind23; scope same; PHI 0.859)
    blind25 (round 26)     0.983          2.2%          0.936         0.018          0.910   (rules alone 0.966;
                                                                     PHI rules alone 0.816)
    blind26 (round 27)     0.946          2.2%          0.950         0.009          0.897   (club and relay frames
                                                                     vetoed 19 emergencies; rules alone 0.927)
    blind27 (round 28)     0.970          7.1%          0.964         0.109          0.879   (rules alone 0.929;
                                                                     FA from wording tasks; PHI rules alone 0.784)
    blind28 (round 28)     0.996          1.3%          0.932         0.077          0.865   (same at 4d09403: the
                                                                     rounds carried 0 / 0 / +11 spans; rules 0.978)
    blind29 (round 29)     0.970          7.1%          0.982         0.032          0.940   (rules alone 0.950;
                                                                     PHI rules alone 0.844, 11 PHI-free rows touched)
    blind30 (round 29)     0.994          2.6%          0.945         0.032          0.949   (3.7% / 0.944 at f593cda:
                                                                     the rounds carried 0 / -5 FA / 0 / +3 spans)
    blind31 (round 31)     0.953          2.6%          0.950         0.055          0.870   (3.2% at f593cda: the
                                                                     rounds carried 0 / -3 FA / 0 / 0; rules 0.912)
    blind32 (session 20)   0.978          2.6%          0.936         0.023          0.876   (at 69d6c48; the
                                                                     inventories carried 0 / 0 / - / +4 spans)
    blind33 (session 20)   0.957          3.9%          0.855         0.059          0.962   (held; the same at
                                                                     03cdb8c and 643a63e: +0 / +0 / +0 / +1 span)
    blind34 (session 21)   0.981          3.2%          0.977         0.032          0.942   (held; at 4b5d5ca)
    blind35 (session 21)   0.978          3.4%          0.936         0.082          0.946   (held; 3.0% FA at cabe86a:
                                                                     the rounds carried +0 / -2 FA / 0 / 0)
    blind36 (session 22)   0.978          7.5%          0.927         0.250          0.882   (held, at 1e0b916;
                                                                     new scope / PHI wording families)
    blind37 (session 23)   0.983          4.1%          0.936         0.105          0.904   (held, at 0ffc792; FA
                                                                     3.9% with triage round 36; rules PHI 0.864)
    blind38 (session 24)   0.983          4.7%          0.932         0.173          0.879   (held, at 0762a9a;
                                                                     rules PHI 0.829)

test_sp was written by the helper who then changed the rules (committed before any rule ran on it), so its
first run is optimistic. The older held-out v4 figure stays as a secondary line. See
data_cards/safety_test_sets.md. Last line:
RESULT triage_recall_test <x> target >=0.99
"""

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from medqa.safety.phi import kind_matches, redact, redact_user_text  # noqa: E402
from medqa.safety.pipeline import SafetyPipeline  # noqa: E402
from medqa.safety.similarity import prime_embeddings  # noqa: E402
from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage  # noqa: E402
from moe_core.errors import UserError  # noqa: E402

DATA = ROOT / "tests" / "data" / "safety"
GENERATED = DATA / "generated"


def resolve_set(name: str) -> Path:
    """A set given by name or path: generated/NAME[.jsonl], tests/data/safety/NAME[.jsonl], NAME as a path (here or in the repo)."""
    candidates = []
    for base in (GENERATED, DATA):
        candidates += [base / name, base / f"{name}.jsonl"]
    candidates += [Path(name), Path(f"{name}.jsonl"), ROOT / name, ROOT / f"{name}.jsonl"]
    for path in candidates:
        if path.is_file():
            return path
    raise UserError(f"safety set {name!r} not found: looked for {', '.join(str(c) for c in candidates[::2])}")


def load_generated(name: str) -> list[dict] | None:
    """Rows of a JSONL set given by name or path, or None when it does not exist (yet)."""
    try:
        path = resolve_set(name)
    except UserError:
        return None
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def generated_batches(prefix: str) -> list[str]:
    """Every generated test batch of a part that exists, e.g. scope_test, scope_test3, scope_test_sp."""
    return sorted(path.name for path in GENERATED.glob(f"{prefix}_test*.jsonl"))


def _rate(hits: list[bool]) -> str:
    return f"{sum(hits)}/{len(hits)} = {sum(hits) / max(1, len(hits)):.3f}"


def generated_triage_report(triage: RedFlagTriage, name: str = "triage_test2.jsonl", note: str = "") -> float:
    """Per-category and per-script recall and false alarms (emergency-level and any level) on a generated set."""
    rows = load_generated(name)
    # One batched embedding pass over the whole set (per-message forwards made this take many minutes).
    prime_embeddings([t for r in rows for t in (r["turns"] if "turns" in r else [r["text"]])])
    recall_by_cat, recall_by_script = defaultdict(list), defaultdict(list)
    alarm_by_cat, alarm_by_script, lines = defaultdict(list), defaultdict(list), []
    for row in rows:
        result = triage.assess_conversation(row["turns"]) if "turns" in row else triage.assess(row["text"])
        shown = row.get("text") or " || ".join(row["turns"])
        if row["level"] == EMERGENCY:
            hit = result.level == EMERGENCY
            recall_by_cat[row["category"]].append(hit)
            recall_by_script[row["script"]].append(hit)
            if not hit:
                lines.append(f"    MISS [{row['category']}/{row['script']}] {shown!r} -> {result.level} {result.rules}")
        elif row["level"] == NONE:
            # (emergency-level alarm, any-level alarm)
            alarm = (result.level == EMERGENCY, result.level != NONE)
            alarm_by_cat[row["category"]].append(alarm)
            alarm_by_script[row["script"]].append(alarm)
            if alarm[1]:
                lines.append(f"    FALSE ALARM [{row['category']}/{row['script']}] {shown!r} -> {result.level} {result.rules}")
    recall_all = [h for v in recall_by_cat.values() for h in v]
    alarm_all = [a for v in alarm_by_cat.values() for a in v]

    def alarms(pairs, which):
        return _rate([p[which] for p in pairs]) if pairs else "-"

    print(f"\n== triage on generated/{name}{note}: {len(recall_all)} emergency, {len(alarm_all)} benign")
    print(f"  recall {_rate(recall_all)}   emergency-level false alarms {alarms(alarm_all, 0)}   "
          f"any-level false alarms (incl. urgent notices) {alarms(alarm_all, 1)}")
    print("  targets: recall >= 0.99, emergency-level false alarms <= 0.03 (urgent notices reported beside it)")
    print(f"  {'category':22s} {'recall':>16s} {'FA emergency':>16s} {'FA any level':>16s}")
    for cat in sorted(set(recall_by_cat) | set(alarm_by_cat)):
        rec = _rate(recall_by_cat[cat]) if recall_by_cat.get(cat) else "-"
        print(f"  {cat:22s} {rec:>16s} {alarms(alarm_by_cat.get(cat), 0):>16s} {alarms(alarm_by_cat.get(cat), 1):>16s}")
    print("  per script:")
    for script in sorted(recall_by_script):
        print(f"    {script:8s} recall {_rate(recall_by_script[script])}   FA emergency "
              f"{alarms(alarm_by_script[script], 0)}   FA any level {alarms(alarm_by_script[script], 1)}")
    for line in lines:
        print(line)
    return sum(recall_all) / max(1, len(recall_all))


def generated_scope_report(name: str = "scope_test.jsonl", note: str = "") -> float | None:
    """Scope-guard recall (redirects) and over-redirect rate per script and kind on a set; None when it is absent."""
    rows = load_generated(name)
    if rows is None:
        print(f"\n== scope guard: {name} not present, skipped")
        return None
    from medqa.safety.scope import classify_scope

    recall, over = defaultdict(list), defaultdict(list)
    for row in rows:
        redirected = classify_scope(row["text"]).decision == "redirect_clinician"
        (recall if row["label"] == "redirect" else over)[(row.get("script", row["lang"]), row.get("kind", ""))].append(redirected)
    flat_r = [x for v in recall.values() for x in v]
    flat_o = [x for v in over.values() for x in v]
    print(f"\n== scope guard on {name}{note}: recall {_rate(flat_r)} (target >= 0.99)   "
          f"over-redirects {_rate(flat_o)} (target <= 0.05)")
    for key in sorted(set(recall) | set(over)):
        print(f"    {key[0]:8s} {key[1]:18s} recall {_rate(recall.get(key, []))}   over-redirect {_rate(over.get(key, []))}")
    return sum(flat_r) / max(1, len(flat_r))


def generated_phi_report(name: str = "phi_test.jsonl", note: str = "", redactor=redact_user_text) -> float | None:
    """PHI exact-span recall (start, end and kind) per kind and per script on a set; None when it is absent.

    A finer HIPAA kind counts for the coarse kind a set labels (SSN or HEALTH_PLAN for ID: phi.COARSE_KIND).

    Beside it, "hidden": every character of the identifier is inside some redaction of any kind, i.e. the value
    did not reach the output or the log, whatever the span convention or kind name. `redactor` is what
    `medqa redact` and the logs use (rules and learned tagger) unless a caller passes the rules alone."""
    rows = load_generated(name)
    if rows is None:
        print(f"\n== PHI: {name} not present, skipped")
        return None
    found, hidden, total, clean, touched = defaultdict(int), defaultdict(int), defaultdict(int), 0, 0
    for row in rows:
        redacted = redactor(row["text"]).spans
        spans = {(s.start, s.end, s.kind) for s in redacted}
        covered = set()
        for s in redacted:
            covered.update(range(s.start, s.end))
        for entity in row["entities"]:
            hit = any(start == entity["start"] and end == entity["end"] and kind_matches(kind, entity["kind"])
                      for start, end, kind in spans)
            gone = all(i in covered for i in range(entity["start"], entity["end"]))
            for key in (entity["kind"], f"script {row.get('script', row.get('lang', '?'))}"):
                total[key] += 1
                found[key] += hit
                hidden[key] += gone
        if not row["entities"]:
            clean += 1
            touched += bool(spans)
    n = sum(v for k, v in total.items() if not k.startswith("script "))
    hits = sum(v for k, v in found.items() if not k.startswith("script "))
    gone = sum(v for k, v in hidden.items() if not k.startswith("script "))
    print(f"\n== PHI on {name}{note}: exact-span recall {hits}/{n} = {hits / max(1, n):.3f} (target >= 0.99)   "
          f"hidden (any kind, value fully redacted) {gone}/{n} = {gone / max(1, n):.3f}   PHI-free rows touched {touched}/{clean}")
    for kind in sorted(total):
        print(f"    {kind:14s} {found[kind]}/{total[kind]} = {found[kind] / total[kind]:.3f}   hidden {hidden[kind] / total[kind]:.3f}")
    return hits / max(1, n)


# What each generated scope/PHI batch has been through (data cards); every batch here is spent.
# The newest blind batch: blind51, written by someone who never read the rules during the thirtieth session and held
# outside the repository until that session's rounds (TR50mA/TR50mB/TR50f/SC50/PH50, fitted on blind50, everyday26, R43
# and the sign checklist's TUNE half) were merged; nothing was fitted on it before its second read. e08c51f -> 062edc6:
# triage 0.974 with FA 3.0%, identical row for row; scope 0.950 -> 0.945 (fixed after the read, cf6c780); PHI 0.934 ->
# 0.951. (blind50, the session's first-run batch: 0.983 / 5.4%, 0.936 / 8.2%, 0.909.)
HEADLINE_BLIND = "tests/data/safety/blind51"
# Earlier blind batches: each was measured once, then the next round was tuned on its misses (SPENT).
# (folder, first run: triage recall / emergency false alarms, scope recall, PHI exact-span recall)
SPENT_BLIND = (
    ("tests/data/safety/blind4", "0.793 / FA 9.1%", "0.715", "0.768"),
    ("tests/data/safety/blind5", "0.887 / FA 6.4%", "0.940", "0.851"),
    ("tests/data/safety/blind6", "0.923 / FA 7.7%", "0.865", "0.876"),
    ("tests/data/safety/blind7", "0.952 / FA 9.0%", "0.902", "0.799"),
    ("tests/data/safety/blind8", "0.952 / FA 5.6%", "0.911", "0.790"),
    ("tests/data/safety/blind9", "0.886 / FA 17.7%", "0.861", "0.729"),
    ("tests/data/safety/blind10", "0.966 / FA 17.2%", "0.938", "0.847"),
    ("tests/data/safety/blind11", "0.970 / FA 39.4%", "0.936", "0.797"),
    ("tests/data/safety/blind12", "0.961 / FA 17.5%", "0.964", "0.848"),
    ("tests/data/safety/blind13", "0.963 / FA 40.5%", "0.905", "0.843"),
    ("tests/data/safety/blind14", "0.978 / FA 13.8%", "0.923", "0.867"),
    ("tests/data/safety/blind15", "0.972 / FA 4.7%", "0.923", "0.787"),
    ("tests/data/safety/blind16", "0.968 / FA 22.6%", "0.914", "0.756"),
    ("tests/data/safety/blind17", "0.998 / FA 6.5%", "0.973", "0.777"),
    ("tests/data/safety/blind18", "0.942 / FA 5.4%", "0.923", "0.776"),
    ("tests/data/safety/blind19", "0.966 / FA 6.9%", "0.973", "0.811"),
    ("tests/data/safety/blind20", "0.981 / FA 2.2%", "0.968", "0.702"),
    ("tests/data/safety/blind21", "0.901 / FA 4.1%", "0.809", "0.906"),
    ("tests/data/safety/blind22", "0.974 / FA 1.9%", "0.968", "0.852"),
    ("tests/data/safety/blind23", "0.950 / FA 5.2%", "0.945", "0.830"),
    ("tests/data/safety/blind24", "0.994 / FA 1.7%", "0.964", "0.854"),
    ("tests/data/safety/blind25", "0.983 / FA 2.2%", "0.936", "0.910"),
    ("tests/data/safety/blind26", "0.946 / FA 2.2%", "0.950", "0.897"),
    ("tests/data/safety/blind27", "0.970 / FA 7.1%", "0.964", "0.879"),
    ("tests/data/safety/blind28", "0.996 / FA 1.3%", "0.932", "0.865"),
    ("tests/data/safety/blind29", "0.970 / FA 7.1%", "0.982", "0.940"),
    ("tests/data/safety/blind30", "0.994 / FA 3.7%", "0.945", "0.944"),
    ("tests/data/safety/blind31", "0.953 / FA 3.2%", "0.950", "0.870"),
    ("tests/data/safety/blind32", "0.978 / FA 2.6%", "0.936", "0.876"),
    ("tests/data/safety/blind33", "0.957 / FA 3.9%", "0.855", "0.962"),
    ("tests/data/safety/blind34", "0.981 / FA 3.2%", "0.977", "0.942"),
    ("tests/data/safety/blind35", "0.978 / FA 3.4%", "0.936", "0.946"),
    ("tests/data/safety/blind36", "0.978 / FA 7.5%", "0.927", "0.882"),
    ("tests/data/safety/blind37", "0.983 / FA 4.1%", "0.936", "0.904"),
    ("tests/data/safety/blind38", "0.983 / FA 4.7%", "0.932", "0.879"),
    ("tests/data/safety/blind42", "0.966 / FA 5.6%", "0.895", "0.932"),
    ("tests/data/safety/blind43", "0.983 / FA 4.1%", "0.877", "0.889"),
    ("tests/data/safety/blind44", "0.978 / FA 5.2%", "0.936", "0.935"),
    ("tests/data/safety/blind45", "0.963 / FA 5.2%", "0.955", "0.975"),
    ("tests/data/safety/blind46", "0.972 / FA 5.0%", "0.991", "0.942"),
    ("tests/data/safety/blind47", "0.970 / FA 5.0%", "0.991", "0.923"),
    ("tests/data/safety/blind48", "0.989 / FA 4.1%", "0.927", "0.918"),
    ("tests/data/safety/blind49", "0.966 / FA 1.7%", "0.923", "0.951"),
    ("tests/data/safety/blind50", "0.983 / FA 5.4%", "0.936", "0.909"),
)

BATCH_NOTES = {
    "test": " (batch 1: SPENT, first run scope 0.957 / PHI 0.882)",
    "test3": " (batch 3: SPENT, first run scope 0.583 / PHI 0.769)",
    "test_sp": " (batch sp: SPENT, first run scope 0.984 / PHI 0.981, written by the rules' round-3 author)",
}


def _batch_note(file_name: str) -> str:
    batch = file_name.split("_", 1)[1].removesuffix(".jsonl")
    return BATCH_NOTES.get(batch, " (not in the batch history: report its first run)")


def load(name):
    """Rows of a JSONL test set."""
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def triage_report(name: str, triage: RedFlagTriage) -> float:
    """Print recall per language and category and the false-alarm rate; return emergency recall."""
    rows = load(name)
    emerg = [r for r in rows if r["level"] == EMERGENCY]
    benign = [r for r in rows if r["level"] == NONE]
    by_lang, by_cat, misses = defaultdict(list), defaultdict(list), []
    for r in emerg:
        result = triage.assess(r["text"])
        hit = result.level == EMERGENCY
        by_lang[r["lang"]].append(hit)
        by_cat[r["category"]].append(hit)
        if not hit:
            misses.append(f"    MISS [{r['category']}] {r['text']!r} -> {result.level} {result.rules}")
    alarms = [(r, triage.assess(r["text"])) for r in benign]
    alarms = [f"    FALSE ALARM {r['text']!r} -> {res.level} {res.rules}" for r, res in alarms if res.level != NONE]
    recall = sum(sum(v) for v in by_lang.values()) / max(1, len(emerg))
    print(f"\n== triage on {name}: {len(emerg)} emergencies, {len(benign)} benign")
    print(f"  emergency recall: {recall:.3f}")
    for lang, hits in sorted(by_lang.items()):
        print(f"    {lang}: {sum(hits)}/{len(hits)} = {sum(hits) / len(hits):.3f}")
    print("  per category:")
    for cat, hits in sorted(by_cat.items()):
        print(f"    {cat:22s} {sum(hits):3d}/{len(hits):<3d} {sum(hits) / len(hits):.2f}")
    print(f"  false alarms on benign: {len(alarms)}/{len(benign)} = {len(alarms) / max(1, len(benign)):.3f}")
    for line in misses + alarms:
        print(line)
    return recall


def phi_report(name: str) -> None:
    """Print PHI recall per kind (exact span+kind, and any-overlap), and span precision."""
    found_exact, found_overlap, total = defaultdict(int), defaultdict(int), defaultdict(int)
    predicted = correct = 0
    for row in load(name):
        spans = redact_user_text(row["text"]).spans
        predicted += len(spans)
        gold = row["entities"]
        for e in gold:
            total[e["kind"]] += 1
            found_exact[e["kind"]] += any(s.start == e["start"] and s.end == e["end"] and kind_matches(s.kind, e["kind"]) for s in spans)
            found_overlap[e["kind"]] += any(s.start < e["end"] and e["start"] < s.end for s in spans)
        correct += sum(any(s.start < e["end"] and e["start"] < s.end for e in gold) for s in spans)
    n = sum(total.values())
    print(f"\n== PHI on {name}: {n} labelled identifiers")
    print(f"  recall exact {sum(found_exact.values()) / n:.3f}   recall overlap (value hidden) "
          f"{sum(found_overlap.values()) / n:.3f}   precision (spans overlapping a label) {correct / max(1, predicted):.3f}")
    for kind in sorted(total):
        print(f"    {kind:12s} exact {found_exact[kind]}/{total[kind]}  hidden {found_overlap[kind]}/{total[kind]}")


def speed() -> None:
    """Messages per second through SafetyPipeline.check (triage + scope + PHI), one CPU thread."""
    texts = [r["text"] for r in load("triage_tuning.jsonl")]
    pipeline = SafetyPipeline()
    start = time.perf_counter()
    for text in texts * 3:
        pipeline.check(text)
    elapsed = time.perf_counter() - start
    loadavg = Path("/proc/loadavg").read_text().strip() if Path("/proc/loadavg").exists() else "n/a"
    print(f"\n== speed: {len(texts) * 3 / elapsed:.0f} messages/s through SafetyPipeline.check "
          f"({elapsed / (len(texts) * 3) * 1e3:.2f} ms each)   /proc/loadavg: {loadavg}")


def _loadavg() -> str:
    """The load average line, for reading timings in context."""
    path = Path("/proc/loadavg")
    return path.read_text().strip() if path.exists() else "n/a"


def spent_batches_report(triage: RedFlagTriage, args: argparse.Namespace) -> None:
    """Every spent batch beside the headline sets: triage, scope and PHI, then the older hand-written sets."""
    spent = generated_triage_report(triage, "triage_test.jsonl", " (test-1: SPENT, rules changed after its run)")
    generated_triage_report(triage, "triage_test2.jsonl", " (test2: SPENT, first run 0.799 / FA 9.3%)")
    for folder, triage_first, _, _ in SPENT_BLIND:
        generated_triage_report(triage, folder + "/triage.jsonl", f" ({Path(folder).name}: SPENT, first run {triage_first})")
    tune = generated_triage_report(triage, "triage_tune.jsonl", " (tune: tuned on)")
    for folder, _, scope_first, phi_first in SPENT_BLIND:
        generated_scope_report(folder + "/scope.jsonl", f" ({Path(folder).name}: SPENT, first run {scope_first})")
        generated_phi_report(folder + "/phi.jsonl", f" ({Path(folder).name}: SPENT, first run {phi_first})")
    for name in generated_batches("scope"):
        if resolve_set(name) != resolve_set(args.scope_set):
            generated_scope_report(name, _batch_note(name))
    for name in generated_batches("phi"):
        if resolve_set(name) != resolve_set(args.phi_set):
            generated_phi_report(name, _batch_note(name))
    # The older hand-written sets: v1-v3 are spent (rules were fixed after their runs), v4 was the
    # clean held-out set before the generated sets existed; it stays as a secondary line.
    v4 = triage_report("triage_heldout4.jsonl", triage)
    phi_report("phi_labelled.jsonl")
    print(f"secondary: triage_recall_heldout_v4 {v4:.3f} (spent)   triage_recall_test1 {spent:.3f} (spent)   "
          f"triage_recall_tune {tune:.3f} (tuned on)")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options: which set is the headline of each part."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triage-set", default=HEADLINE_BLIND + "/triage.jsonl", help="headline triage set (name or path)")
    parser.add_argument("--scope-set", default=HEADLINE_BLIND + "/scope.jsonl", help="headline scope-guard set (name or path)")
    parser.add_argument("--phi-set", default=HEADLINE_BLIND + "/phi.jsonl", help="headline PHI set (name or path)")
    parser.add_argument("--headline-only", action="store_true",
                        help="measure only the headline triage, scope and PHI sets (skip every spent batch)")
    args = parser.parse_args(argv)
    for option in ("triage_set", "scope_set", "phi_set"):
        resolve_set(getattr(args, option))  # a wrong name is a clear error before minutes of measuring
    return args


def main(argv: list[str] | None = None) -> None:
    """Run every measurement and print the RESULT line."""
    try:
        args = parse_args(argv)
    except UserError as exc:
        sys.exit(f"error: {exc}")
    started = time.perf_counter()
    triage = RedFlagTriage()
    recall = generated_triage_report(triage, args.triage_set, " (HEADLINE)")
    scope_headline = generated_scope_report(args.scope_set, " (HEADLINE)")
    phi_headline = generated_phi_report(args.phi_set, " (HEADLINE, rules + tagger as `medqa redact` ships)")
    generated_phi_report(args.phi_set, " (headline set, rules alone: the answer path)", redactor=lambda t: redact(t, tagger=False))
    if not args.headline_only:
        spent_batches_report(triage, args)
    speed()
    print(f"headline scope recall {scope_headline}   headline PHI exact-span recall {phi_headline}")
    print(f"benchmark wall time {time.perf_counter() - started:.0f} s   /proc/loadavg: {_loadavg()}")
    print(f"RESULT triage_recall_test {recall:.3f} target >=0.99")


if __name__ == "__main__":
    main()
