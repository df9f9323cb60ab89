"""PHI round 3: new identifier kinds and cues pinned with examples written for this file, look-alikes kept, batch sp."""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from medqa.safety.phi import redact

GENERATED = Path(__file__).resolve().parents[1] / "tests" / "data" / "safety" / "generated"


@pytest.mark.parametrize("text,value,kind", [
    ("Ask for Ingrið Þórsdóttir at the desk.", "Ingrið Þórsdóttir", "NAME"),
    ("Can Dr Émile Gagnon see me sooner?", "Émile Gagnon", "NAME"),
    ("message from Sister Bernadette Quinn on ward 2", "Bernadette Quinn", "NAME"),
    ("Reverend Thomas Ashby will visit on Sunday", "Thomas Ashby", "NAME"),
    ("hey its priya nair here, lost my letter", "priya nair", "NAME"),
    ("Gordon Pryce, aged 93, needs transport home", "Gordon Pryce", "NAME"),
    ("Gordon Pryce, aged 93, needs transport home", "93", "AGE"),
    ("我係何國強，想問下報告", "何國強", "NAME"),
    ("此致\n孟凡宇 谨上", "孟凡宇", "NAME"),
    ("nan is ninety-nine and still sharp", "ninety-nine", "AGE"),
    ("my uncle will be a hundred and three in May", "a hundred and three", "AGE"),
    ("passport number K7730215 for the letter please", "K7730215", "ID"),
    ("National Insurance number QQ123456C", "QQ123456C", "ID"),
    ("身分證字號 F221045678", "F221045678", "ID"),
    ("IMEI 353918057788326 on the watch", "353918057788326", "DEVICE"),
    ("送到沙田禾輋邨豐和樓807室", "沙田禾輋邨豐和樓807室", "ADDRESS"),
    ("地址是彌敦道300號12樓B室", "彌敦道300號12樓B室", "ADDRESS"),
    ("寄到广州市天河区体育西路56号4栋808", "广州市天河区体育西路56号4栋808", "ADDRESS"),
])
def test_round3_kinds_are_redacted(text, value, kind):
    result = redact(text)
    assert (value, kind) in [(text[s.start:s.end], s.kind) for s in result.spans]
    assert value not in result.text


# Drug names, wards, times, doses, brands and counts that the new cues must leave alone.
@pytest.mark.parametrize("text", [
    "the wait is ninety minutes at A&E", "she weighs ninety-five kilos", "it's me here again about the bill",
    "Take Co-Amoxiclav 625mg three times a day", "Ward 12, bay 3, bed 4 at 14:30", "I'm fine, thanks",
    "请到5号楼3层B室取报告", "布洛芬混悬液每次5毫升", "Visiting is 2-4pm and 6-8pm",
])
def test_round3_look_alikes_are_kept(text):
    assert redact(text).text == text


def _same_under_round4_convention(text: str, entity: dict, got: set) -> bool:
    """Round 4 keeps a town (", Leeds") and a Hong Kong region (九龍, 香港島) in an address; batch sp left them out."""
    if entity["kind"] != "ADDRESS":
        return False
    for start, end, kind in got:
        head, tail = text[start:entity["start"]], text[entity["end"]:end]
        if kind == "ADDRESS" and start <= entity["start"] and end >= entity["end"] and \
                re.fullmatch(r"(?:香港島|香港岛|香港|九龍|九龙|新界|港島|港岛)?", head) and re.fullmatch(r"(?:, [A-Z][a-z]+)?", tail):
            return True
    return False


# Batch sp: first run 0.981 (259/264) after the round-3 changes, then fixed by category; spent, guards drift.
def test_batch_sp_recall_per_kind_and_clean_rows_untouched():
    found, total, touched = Counter(), Counter(), []
    for line in (GENERATED / "phi_test_sp.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        got = {(s.start, s.end, s.kind) for s in redact(row["text"]).spans}
        for entity in row["entities"]:
            for key in ("all", entity["kind"], row["script"]):
                total[key] += 1
                found[key] += ((entity["start"], entity["end"], entity["kind"]) in got or
                               _same_under_round4_convention(row["text"], entity, got))
        if not row["entities"] and got:
            touched.append(row["text"])
    assert total["all"] >= 250 and found["all"] / total["all"] >= 0.99
    for key in ("NAME", "AGE", "ADDRESS", "DATE", "MRN", "ID", "en", "zh-Hans", "zh-Hant"):
        assert total[key] >= 10 and found[key] / total[key] >= 0.95, key
    assert touched == []
