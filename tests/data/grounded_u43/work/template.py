#!/usr/bin/env python3
"""Build questions.jsonl for brief U43 (blind don't-know test set, personas, questions first).

Standard library only, no randomness. Every question and label is a literal below.
Questions are copied unchanged from step1_en.txt / step1_zh.txt (written before the KB was opened);
labels were assigned afterwards, after reading both KB files in full. No 'added' rows were needed.
"""
import json
import os

KB_DIR = os.environ.get("MEDQA_KB_DIR", "/work/main/medqa/assets/kb")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "questions.jsonl")


def R(id_, language, question, answerable, gold, kind, voice):
    return {"id": id_, "language": language, "question": question, "answerable": answerable,
            "gold": gold, "kind": kind, "voice": voice}


ROWS = [
#ROWS#
]


def kb_ids(lang):
    ids = set()
    with open(os.path.join(KB_DIR, "passages_%s.jsonl" % lang), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def main():
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    qs = [r["question"] for r in ROWS]
    assert len(qs) == len(set(qs)), "duplicate questions"
    kb = {"en": kb_ids("en"), "zh": kb_ids("zh")}
    for r in ROWS:
        lang = r["language"]
        assert lang in ("en", "zh")
        assert r["id"].startswith("u43-%s-" % lang)
        assert r["kind"] in ("answered", "missing_detail", "off_topic", "added")
        assert r["question"].strip() == r["question"] and r["question"]
        assert r["voice"]
        if r["answerable"]:
            assert r["kind"] in ("answered", "added")
            assert r["gold"], r["id"]
            for g in r["gold"]:
                assert g in kb[lang], (r["id"], g)
                assert g.startswith("kb-%s-" % lang)
        else:
            assert r["gold"] == [] and r["kind"] in ("missing_detail", "off_topic"), r["id"]
    counts = {}
    for lang in ("en", "zh"):
        rs = [r for r in ROWS if r["language"] == lang]
        ans = sum(r["answerable"] for r in rs)
        unans = len(rs) - ans
        added = sum(r["kind"] == "added" for r in rs)
        assert len(rs) - added == 130, (lang, len(rs))
        assert added <= 20
        assert ans >= 30, (lang, ans)
        assert unans >= 50, (lang, unans)
        counts[lang] = {"total": len(rs), "answerable": ans, "unanswerable": unans,
                        "missing_detail": sum(r["kind"] == "missing_detail" for r in rs),
                        "off_topic": sum(r["kind"] == "off_topic" for r in rs), "added": added}
    # cross-check against the step-1 files when they sit next to this script
    for lang in ("en", "zh"):
        p = os.path.join(HERE, "step1_%s.txt" % lang)
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                step1 = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
            mine = [r["question"] for r in ROWS if r["language"] == lang and r["kind"] != "added"]
            assert step1 == mine, "step-1 questions changed: %s" % lang
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(json.dumps(counts, sort_keys=True))


if __name__ == "__main__":
    main()
