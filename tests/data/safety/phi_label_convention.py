"""PHI label convention shared by the blind-set generators (2026-12-03): a span covers the identifier's value only."""

import re

# Label convention (2026-12-03, all PHI sets): a span covers the identifier's value only. No label or prefix word
# before it ("SN ", "S/N ", "serial ", "序列号", "#"), no device model name in front of the serial, no article ("the
# fifth of March" -> "fifth of March"). Applied to the labels after generation, so the texts and the random stream
# (hence triage.jsonl and scope.jsonl) are unchanged. A kind by what the value is: an NHS number is a national
# health number, so ID, not a hospital record number (MRN).
_NATIONAL_BEFORE = re.compile(r"(?i:\bnhs)[ \t]*(?:number|no\.?|num|#)?[ \t:：#]*(?:is[ \t]+|是|为)?[ \t]*$")
_LABEL_WORD = re.compile(r"(?:\bSN|\bS/N|\b[Ss]erial)[ \t:]+(?=[A-Za-z0-9])|(?:序列号|序號|序号)[ \t:]*(?=[A-Za-z0-9])|^#(?=\d)|^the[ \t]+")


def value_only_labels(rows, models=False):
    """Move each entity's start past a label word or article; with models, past a device model name too."""
    for row in rows:
        for e in row["entities"]:
            value = row["text"][e["start"]:e["end"]]
            cut = 0
            if e["kind"] == "DATE" and value.startswith("the "):
                cut = 4
            elif e["kind"] == "DEVICE":
                marks = list(_LABEL_WORD.finditer(value))
                marks = [m for m in marks if m.group(0) != "the " and (models or m.start() == 0)]
                if marks:
                    cut = marks[-1].end()
                elif models and " " in value:
                    cut = value.rindex(" ") + 1
            if cut:
                e["start"] += cut
            if e["kind"] == "MRN" and _NATIONAL_BEFORE.search(row["text"][max(0, e["start"] - 30):e["start"]]):
                e["kind"] = "ID"
    return rows
