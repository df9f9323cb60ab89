"""Frames inventory (FR1): every single-turn row of redflag_a / redflag_b wrapped in the ways people wrap a message.

Stdlib only, deterministic. Each output row keeps the source row's fields; `template` is the frame id, `base` the source id,
`base_template` the source template. Emergency rows must stay emergency in every frame; the look-alike rows (level none)
must stay quiet. Frames are written from how people post: forum / chat openers and sign-offs, apologies, a question about
how to get help (call the emergency number or drive in), distance or time to the hospital, a place and activity told first,
the person as parenting / forum shorthand (LO, DS, DD, DH, OH, 阿仔, 囡囡, 老公), and typos.

    python3 tests/data/safety/inventory/make_frames.py   # writes frames_a.jsonl next to this file
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent

# (frame id, {script: (prefix, suffix)}); en / zh-Hans / zh-Hant (Cantonese where natural)
WRAP = [
    ("open_hi_all", {"en": ("Hi all, ", ""), "zh-Hans": ("大家好，", ""), "zh-Hant": ("大家好，", "")}),
    ("open_posting_first", {"en": ("First time posting here, sorry if wrong place. ", ""),
                            "zh-Hans": ("第一次发帖，发错地方请见谅。", ""), "zh-Hant": ("第一次post，post錯地方唔好意思。", "")}),
    ("open_quick_q", {"en": ("Quick question please: ", ""), "zh-Hans": ("想问一下：", ""), "zh-Hant": ("想問下：", "")}),
    ("open_apology", {"en": ("Sorry to bother you so late. ", ""), "zh-Hans": ("不好意思这么晚打扰你。", ""),
                      "zh-Hant": ("唔好意思咁夜打擾你。", "")}),
    ("signoff_thanks", {"en": ("", " Thanks in advance x"), "zh-Hans": ("", " 先谢谢大家了"), "zh-Hant": ("", " 先多謝晒")}),
    ("signoff_panicking", {"en": ("", " I'm panicking, please help"), "zh-Hans": ("", " 我好慌，求助"),
                           "zh-Hant": ("", " 我好驚，求救")}),
    ("ask_999_or_drive", {"en": ("", " Do we ring 999 or drive him in?"), "zh-Hans": ("", " 我们要打120还是自己开车去？"),
                          "zh-Hant": ("", " 要唔要叫白車定自己揸車去？")}),
    ("ask_ambulance_or_ae", {"en": ("", " Should I call an ambulance or take her to A&E myself?"),
                             "zh-Hans": ("", " 要不要叫救护车，还是自己送她去急诊？"),
                             "zh-Hant": ("", " 應該叫救護車定自己送佢去急症室？")}),
    ("ask_911_or_wait", {"en": ("", " do i call 911 or wait till morning"), "zh-Hans": ("", " 现在打120还是等明天早上？"),
                         "zh-Hant": ("", " 而家打999定係等聽朝？")}),
    ("ask_what_do", {"en": ("", " What do I do??"), "zh-Hans": ("", " 我该怎么办？？"), "zh-Hant": ("", " 點算好？？")}),
    ("ask_is_this_normal", {"en": ("", " is this normal or am I overreacting?"), "zh-Hans": ("", " 这正常吗，还是我想多了？"),
                            "zh-Hant": ("", " 係咪正常㗎，定係我諗多咗？")}),
    ("ask_gp_or_hospital", {"en": ("", " GP is closed, hospital or 111?"), "zh-Hans": ("", " 诊所关门了，去医院还是打电话问？"),
                            "zh-Hant": ("", " 診所收咗工，去醫院定打電話問？")}),
    ("distance_20min", {"en": ("", " We're 20 min from the nearest hospital."), "zh-Hans": ("", " 我们离最近的医院要开20分钟。"),
                        "zh-Hant": ("", " 我哋離最近嘅醫院要揸20分鐘車。")}),
    ("distance_rural", {"en": ("We live out in the country, an hour from any hospital. ", ""),
                        "zh-Hans": ("我们住在乡下，离医院一个小时。", ""), "zh-Hant": ("我哋住喺鄉下，去醫院要一個鐘。", "")}),
    ("time_3am", {"en": ("It's 3am here and ", ""), "zh-Hans": ("现在凌晨三点，", ""), "zh-Hant": ("而家凌晨三點，", "")}),
    ("place_campsite", {"en": ("We're at a campsite for the weekend. ", ""), "zh-Hans": ("我们周末在营地露营。", ""),
                        "zh-Hant": ("我哋週末去咗營地露營。", "")}),
    ("place_restaurant", {"en": ("At a restaurant with the family, ", ""), "zh-Hans": ("一家人在饭店吃饭，", ""),
                          "zh-Hant": ("一家人喺酒樓食飯，", "")}),
    ("place_holiday", {"en": ("On holiday abroad and ", ""), "zh-Hans": ("我们在国外旅游，", ""), "zh-Hant": ("我哋喺外國旅行，", "")}),
    ("activity_football", {"en": ("Just back from football practice, ", ""), "zh-Hans": ("刚踢完足球回来，", ""),
                           "zh-Hant": ("啱啱踢完波返嚟，", "")}),
    ("update_edit", {"en": ("", " EDIT: it's getting worse"), "zh-Hans": ("", " 更新：越来越严重了"),
                     "zh-Hant": ("", " 更新：越嚟越嚴重")}),
    ("nurse_on_phone", {"en": ("", " On hold to 111 now, what should I do while waiting?"),
                        "zh-Hans": ("", " 正在等热线接通，等的时候我该做什么？"), "zh-Hant": ("", " 打緊熱線等緊人聽，等嘅時候要做啲咩？")}),
    ("open_mods_move", {"en": ("Mods please move if this is the wrong board - ", ""), "zh-Hans": ("版主如果发错区请帮忙移一下——", ""),
                        "zh-Hant": ("版主如果post錯區麻煩幫手移——", "")}),
    ("open_not_sure", {"en": ("Not sure if I'm overreacting but ", ""), "zh-Hans": ("不知道是不是我太紧张，", ""),
                       "zh-Hant": ("唔知係咪我太緊張，", "")}),
    ("ambulance_wait_drive", {"en": ("", " Ambulance says a 2 hour wait, should we drive her ourselves?"),
                              "zh-Hans": ("", " 救护车说要等两个小时，我们自己开车去行吗？"),
                              "zh-Hant": ("", " 白車話要等兩個鐘，我哋自己揸車去得唔得？")}),
    ("signoff_phone", {"en": ("", " (sorry, typing on my phone)"), "zh-Hans": ("", "（用手机打的，见谅）"),
                       "zh-Hant": ("", "（用手機打，見諒）")}),
    ("lol_nervous", {"en": ("", " lol sorry for the essay"), "zh-Hans": ("", " 哈哈不好意思写这么长"), "zh-Hant": ("", " 哈哈唔好意思打咁長")}),
]

# person shorthand: (frame id, [(pattern, replacement)]) tried in order, only applied when one matches
PERSON = [
    ("person_DS", [(r"\b[Mm]y (little |baby |eldest |youngest )?(son|boy)\b", "DS"), (r"\bOur (son|boy)\b", "DS"),
                   (r"\bour (son|boy)\b", "DS"), (r"\b[Mm]y (kid|child)\b", "DS"),
                   (r"(我儿子|我家儿子|儿子)", "阿仔"), (r"(我個仔|我仔|個仔|細佬仔)", "阿仔")]),
    ("person_DD", [(r"\b[Mm]y (little |baby |eldest |youngest )?(daughter|girl)\b", "DD"), (r"\b[Oo]ur (daughter|girl)\b", "DD"),
                   (r"(我女儿|女儿)", "囡囡"), (r"(我個女|個女)", "囡囡")]),
    ("person_LO", [(r"\b[Mm]y (baby|newborn|toddler)\b", "LO"), (r"\b[Oo]ur (baby|newborn|toddler)\b", "LO"),
                   (r"\b[Tt]he baby\b", "LO"), (r"(我家宝宝|我的宝宝|宝宝|婴儿)", "BB"), (r"(我個BB|BB仔|個BB|BB)", "BB")]),
    ("person_DH", [(r"\b[Mm]y (husband|hubby)\b", "DH"), (r"(我老公|老公|我丈夫|丈夫)", "老公")]),
    ("person_OH", [(r"\b[Mm]y (husband|hubby|wife|partner|boyfriend|girlfriend)\b", "my OH"),
                   (r"\b[Mm]y (mum|mom|dad|mother|father)\b", "my OH")]),
]

# typos: (frame id, [(pattern, replacement)]) applied all
TYPO = [
    ("typo_drop_apostrophe", [(r"'", ""), (r"’", "")]),
    ("typo_lower_nopunct", [(r"[.!]", ""), (r"[A-Z]", None)]),
    ("typo_swaps", [(r"\bhis\b", "hsi"), (r"\bthe\b", "teh"), (r"\bbreathing\b", "breathign"), (r"\bchest\b", "chset"),
                    (r"\bbecause\b", "cos"), (r"\byou\b", "u"), (r"\bplease\b", "pls")]),
]


def _apply(subs, text, lower=False):
    out = text
    for pat, rep in subs:
        if rep is None:
            out = out.lower()
        else:
            out = re.sub(pat, rep, out)
    return out


def frames(row):
    text, script = row["text"], row["script"]
    for fid, by_script in WRAP:
        pre, suf = by_script[script]
        body = text.rstrip()
        if script == "en" and pre.endswith(("and ", ", ")) and body[:1].isupper() and not body.startswith("I "):
            body = body[0].lower() + body[1:]
        yield fid, (pre + body + suf) if script == "en" else (pre + body + suf.strip())
    for fid, subs in PERSON:
        for pat, rep in subs:
            if re.search(pat, text):
                yield fid, re.sub(pat, rep, text, count=1)
                break
    if script == "en":
        for fid, subs in TYPO:
            new = _apply(subs, text)
            if new != text:
                yield fid, new
    # two frames together: shorthand person + the question about how to get there
    pre, suf = dict(WRAP)["ask_999_or_drive"][script]
    for fid, subs in PERSON[:3]:
        for pat, rep in subs:
            if re.search(pat, text):
                yield fid + "+ask_999_or_drive", re.sub(pat, rep, text, count=1).rstrip() + suf
                break


def main():
    out = []
    for name in ("redflag_a", "redflag_b"):
        for line in open(HERE / f"{name}.jsonl", encoding="utf-8"):
            row = json.loads(line)
            if row.get("turns") or not row.get("text"):
                continue
            for fid, text in frames(row):
                new = dict(row)
                new.update(id=f"frame.{fid}.{row['id']}", text=text, template=fid, base=row["id"],
                           base_template=row["template"], source="frames_a")
                out.append(new)
    with open(HERE / "frames_a.jsonl", "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "rows")


if __name__ == "__main__":
    main()
