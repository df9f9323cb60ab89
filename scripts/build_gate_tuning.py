"""Build a broader tuning set for the answer gate (issue #12, gate round 25): long, storied, lay messages.

    python scripts/build_gate_tuning.py                     # writes medqa/assets/grounded/gate_tuning_built.jsonl
    python scripts/build_gate_tuning.py --out FILE --seed 25 --stats

The gate's calibration was fitted on the knowledge base's own questions and their short, clean paraphrases; patients
write long messages that tell a story, greet, sign off, state what they assume, ask the negative, use lay words and
ask two things at once. This script wraps the KB's TRAIN-side questions (medqa/assets/grounded/train.jsonl's question
ids: never the validation or test split) in templates written here, and does the same to the out-of-scope TUNING
questions (out_of_scope_tune*.jsonl, never out_of_scope_test/validation) and to KB train questions whose asked detail
is swapped for one no passage holds (negatives). Standard library + project code only; seeded, so re-running writes
byte-identical rows.

Row: {"id", "language", "question", "label" (1 answerable by passage_id, 0 not), "passage_id" (label 1 only),
"group" (the KB question id / out-of-scope source:topic: folds never split a group), "source" ("built_kb",
"built_oos", "built_detail"), "templates" (the wrappers applied), "part" ("fit" or "held": a held-out fifth of the
groups, reported, never fitted)}.
"""

import argparse
import json
import random
import re
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from moe_core.errors import UserError  # noqa: E402

GROUNDED = ROOT / "medqa" / "assets" / "grounded"
DEFAULT_OUT = GROUNDED / "gate_tuning_built.jsonl"
OOS_TUNING_SOURCES = ("tune", "tune2", "tune3", "tune4", "tune5")
HELD_SHARE = 5  # one group in this many is held out (by crc32 of the group)

# --- slots of the story openings --------------------------------------------------------------------------------------
NAMES = {"en": ["Margaret", "Tom", "Priya", "Kwame", "Sinead", "Dave", "Agnieszka", "Mohammed", "Lily", "Gareth"],
         "zh": ["王阿姨", "小李", "老陈", "张伟", "刘奶奶", "阿强", "美玲", "周先生", "小芳", "老赵"]}
RELATIVES = {"en": ["mum", "dad", "husband", "wife", "son", "daughter", "nan", "grandad", "partner", "sister",
                    "uncle", "flatmate"],
             "zh": ["妈妈", "爸爸", "老公", "老婆", "儿子", "女儿", "奶奶", "外公", "婆婆", "姐姐", "舅舅", "对象"]}
DAYS = {"en": ["on Monday", "next Tuesday", "on the 14th", "this Friday", "in two weeks", "tomorrow morning",
               "at the end of the month", "on Thursday afternoon"],
        "zh": ["下周一", "这周五", "14号", "明天上午", "月底", "下个礼拜三", "后天下午", "过两周"]}
EN_STORIES = [
    "My {rel} {name} is {age} and not very steady on {pos} feet these days.",
    "I've got something booked {day} and I'm honestly a bit nervous about it.",
    "{name} here, I'm writing on behalf of my {rel} who doesn't use email.",
    "We only moved to the area in {month}, so everything here is new to us.",
    "Sorry if this is a silly question, I've never really had to deal with hospitals before.",
    "I work long shifts at the warehouse and can't easily get time off.",
    "My {rel} has been unwell for a while and I'm the one sorting everything out for {obj}.",
    "It's been a stressful few weeks, what with the kids off school and my {rel} in and out of hospital.",
    "I rang earlier but got cut off after waiting on hold for ages.",
    "My {rel} {name} keeps asking me and I didn't want to give {obj} the wrong answer.",
    "I'm {age} and I don't drive any more, so I rely on my {rel} for lifts.",
    "Our letter came through {day} and I've read it twice but I'm still confused.",
    "I'm a carer for my {rel}, who has dementia and gets anxious in new places.",
    "English isn't my first language so please excuse any mistakes.",
]
ZH_STORIES = [
    "我{rel}今年{age}岁了，腿脚不太方便。",
    "我{day}要来医院，心里有点没底。",
    "我是替我{rel}问的，她不太会用手机。",
    "我们刚搬来这边没多久，对医院一点都不熟。",
    "不好意思问个可能很傻的问题，我以前几乎没进过医院。",
    "我在厂里上班，请假特别难。",
    "我{rel}最近身体一直不好，里里外外都是我在跑。",
    "最近家里事情特别多，孩子放假，{rel}又住院。",
    "刚才打电话一直占线，等了半天也没人接。",
    "{name}一直在问我这个事，我怕说错了。",
    "我{age}岁了，自己不开车，都是{rel}送我。",
    "通知单{day}就收到了，看了两遍还是没太懂。",
    "我照顾我{rel}，他有点老年痴呆，到陌生地方容易紧张。",
    "我是外地来的，普通话说得不太好，见谅。",
]
GREETINGS = {"en": ["Hi there,", "Hello,", "Good morning,", "Hiya,", "Dear team,", "Hi, hope you're well.",
                    "Evening all,"],
             "zh": ["你好，", "您好！", "医生您好，", "打扰一下，", "护士你好，", "哈喽，", "请问一下，"]}
SIGN_OFFS = {"en": ["Thanks so much.", "Many thanks, {name}", "Cheers.", "Any help appreciated!",
                    "Sorry for the long message.", "Thank you in advance.", "Best wishes, {name}"],
             "zh": ["谢谢！", "麻烦了。", "先谢谢了～", "辛苦啦", "感谢回复！", "不好意思啰嗦了。", "多谢多谢"]}
MONTHS = ["March", "June", "September", "November", "January"]

# --- a small lay lexicon: the passage's term -> what a patient may say instead ----------------------------------------
EN_LAY = [
    (r"\bendoscopy\b", ["camera test", "the camera down the throat"]),
    (r"\bcolonoscopy\b", ["bowel camera test", "the camera test for my bowels"]),
    (r"\bMRI(?: scan(?:ner)?)?\b", ["the tube", "the big magnet scan", "the MRI machine"]),
    (r"\bCT scan\b", ["the doughnut scan", "the CAT scan"]),
    (r"\boutpatient (?:clinic|appointment)s?\b", ["clinic", "clinic visit"]),
    (r"\bappointment\b", ["appt", "slot", "booking"]),
    (r"\bpharmacy\b", ["chemist", "medicines counter"]),
    (r"\bprescription\b", ["script", "repeat"]),
    (r"\bsurgery\b", ["op", "operation"]),
    (r"\boperation\b", ["op", "procedure"]),
    (r"\banaesthetic\b", ["being put under", "the sleepy medicine"]),
    (r"\bdischarge(?:d)?\b", ["let home", "sent home"]),
    (r"\badmission\b", ["going in", "coming in"]),
    (r"\bvisiting hours\b", ["visiting times", "when we can pop in"]),
    (r"\binterpreter\b", ["translator", "someone to translate"]),
    (r"\bblood test\b", ["bloods", "blood taken"]),
    (r"\bemergency department\b", ["casualty", "A and E"]),
    (r"\bwheelchair\b", ["chair", "push chair for adults"]),
    (r"\bmedication\b", ["tablets", "meds"]),
    (r"\bmedicines?\b", ["tablets", "pills"]),
    (r"\bcar park(?:ing)?\b", ["parking", "somewhere to leave the car"]),
    (r"\bparking\b", ["leaving the car", "a space for the car"]),
    (r"\bfast(?:ing)?\b", ["nil by mouth", "not eating"]),
    (r"\bcertificate\b", ["note", "bit of paper"]),
    (r"\bmedical records?\b", ["my notes", "my file"]),
    (r"\bhospital\b", ["hospital", "place"]),
]
ZH_LAY = [
    ("影像", ["拍片"]), ("核磁共振", ["核磁", "做磁共振那个"]), ("磁共振", ["核磁"]), ("CT", ["拍CT", "做CT"]),
    ("胃镜", ["做胃镜那个", "插管子看胃"]), ("肠镜", ["做肠镜那个"]), ("挂号", ["挂个号", "约号"]),
    ("住院", ["住进去", "住院部"]), ("出院", ["回家", "办出院"]), ("手术", ["开刀", "动手术"]),
    ("麻醉", ["打麻药", "全麻"]), ("门诊", ["看门诊", "门诊那边"]), ("药房", ["拿药的地方", "取药窗口"]),
    ("医保", ["医保卡", "社保"]), ("发票", ["票据", "收据"]), ("病历", ["病历本", "就诊记录"]),
    ("陪护", ["陪床", "陪着"]), ("探视", ["探望", "看病人"]), ("预约", ["约", "提前约"]), ("抽血", ["验血", "扎手指"]),
    ("急诊", ["急诊科", "看急诊"]), ("停车", ["停个车", "车停哪"]), ("翻译", ["帮忙翻译的人"]), ("轮椅", ["推车", "轮椅车"]),
    ("禁食", ["空腹", "不吃东西"]), ("证明", ["单子", "条子"]),
]
# Cantonese / Taiwanese wording of common question words (zh "dialect" wrapper)
ZH_CANTONESE = [("在哪里", "喺邊度"), ("哪里", "邊度"), ("怎么", "點樣"), ("什么", "乜嘢"), ("是不是", "係咪"),
                ("可以吗", "得唔得"), ("吗", "呀"), ("没有", "冇"), ("的", "嘅"), ("他", "佢"), ("她", "佢")]
ZH_TAIWANESE_OPENERS = ["請問一下喔，", "不好意思齁，", "想請教一下，"]
ZH_TAIWANESE_ENDS = ["耶", "齁", "喔", "捏"]
ZH_CANTONESE_OPENERS = ["唔該，", "想問下，", "你好呀，"]
ZH_CANTONESE_ENDS = ["呀？", "啊？", "嘅？"]

# --- statements and negative questions -----------------------------------------------------------------------------
EN_STATEMENT = [
    (r"^(?:can|could|may) i (.+?)\??$", ["I assume I can {0}.", "I take it I'm allowed to {0}.",
                                          "Presumably I can {0}, yes?"]),
    (r"^(?:can|could|may) i (.+?)\??$", ["Is it true I can't {0}?", "So I can't {0}, is that right?"]),
    (r"^do i (?:need|have) to (.+?)\??$", ["I'm guessing I need to {0}.", "Surely I don't have to {0}?"]),
    (r"^is there (.+?)\??$", ["I assume there's {0} somewhere.", "Is there really no {0}?"]),
    (r"^are there (.+?)\??$", ["I assume there are {0}.", "Aren't there any {0}?"]),
    (r"^how (?:do|can) i (.+?)\??$", ["I'm not sure how to {0}.", "I can't work out how to {0}."]),
    (r"^where (?:do|can) i (.+?)\??$", ["I can't find where to {0}.", "Nobody told me where to {0}."]),
    (r"^what should i (.+?)\??$", ["I don't know what I should {0}.", "Not sure what I'm meant to {0}."]),
    (r"^(?:is|are) (.+?)\??$", ["I was told {0}, is that right?"]),
]
ZH_STATEMENT = [
    (r"^(.*?)(?:可以|能)(.+?)吗[？?]?$", ["{0}应该可以{1}吧？", "是不是{0}不能{1}？", "听说{0}不能{1}，真的假的？"]),
    (r"^(.*?)能不能(.+?)[？?]?$", ["{0}应该能{1}吧。", "{0}是不是不能{1}？"]),
    (r"^(.*?)需要(.+?)吗[？?]?$", ["我猜{0}得{1}吧。", "{0}不用{1}吧？"]),
    (r"^(.*?)怎么(.+?)[？?]?$", ["我不太清楚{0}怎么{1}。", "一直没搞明白{0}怎么{1}。"]),
    (r"^(.*?)在哪(?:里|儿)?(.*?)[？?]?$", ["找不到{0}在哪{1}。", "没人告诉我{0}在哪{1}。"]),
    (r"^(.*?)有没有(.+?)[？?]?$", ["{0}应该有{1}吧？", "{0}是不是没有{1}？"]),
]
EN_JOINERS = ["Also, ", "And one more thing: ", "Oh and ", "While I'm asking, "]
ZH_JOINERS = ["还有，", "另外，", "顺便问下，", "对了，"]

# --- a detail no passage holds, asked of the topic (negatives) ------------------------------------------------------
EN_ABSENT = [
    "Which company made the equipment they use for {term}?",
    "How many staff were on duty for {term} last Christmas Day?",
    "What did the {term} service cost the hospital last year?",
    "Who was in charge of {term} here back in 2009?",
    "Can I get {term} done by a named consultant I saw on television?",
    "Is {term} covered by my travel insurance from abroad?",
    "What colour is the uniform of the people who do {term}?",
]
ZH_ABSENT = [
    "{term}用的设备是哪个厂家生产的？",
    "去年春节那天{term}那边有几个人值班？",
    "医院去年在{term}上花了多少钱？",
    "2009年的时候{term}是谁负责的？",
    "{term}能指定电视上那个专家来做吗？",
    "{term}用境外旅游保险能报吗？",
    "做{term}的工作人员穿什么颜色的衣服？",
]
EN_TERMS = [(r"\bappointments?\b", "appointments"), (r"\bparking\b", "parking"), (r"\bpharmacy\b", "the pharmacy"),
            (r"\bvisit(?:ing|ors?)?\b", "visiting"), (r"\bMRI\b", "MRI scans"), (r"\bX-?ray\b", "X-rays"),
            (r"\bblood test", "blood tests"), (r"\binterpreter", "interpreting"), (r"\bdischarge", "discharge"),
            (r"\bsurgery|operation\b", "operations"), (r"\bprescription", "prescriptions"),
            (r"\bwheelchair", "wheelchairs"), (r"\brecords?\b", "medical records"), (r"\bward\b", "the wards"),
            (r"\bemergency|A&E\b", "the emergency department"), (r"\bwifi|wi-fi\b", "the Wi-Fi"),
            (r"\bmeals?|food\b", "patient meals"), (r"\bportal\b", "the patient portal")]
ZH_TERMS = ["挂号", "停车", "药房", "探视", "核磁", "拍片", "抽血", "翻译", "出院", "手术", "处方", "轮椅", "病历",
            "病房", "急诊", "住院", "医保", "体检", "陪护", "缴费", "食堂", "预约"]


def _fill(template: str, language: str, rng: random.Random) -> str:
    """A story / sign-off template with its slots filled."""
    pos, obj = rng.choice([("her", "her"), ("his", "him")])
    return template.format(name=rng.choice(NAMES[language]), rel=rng.choice(RELATIVES[language]),
                           age=rng.choice([7, 34, 58, 71, 79, 83, 88]), day=rng.choice(DAYS[language]),
                           month=rng.choice(MONTHS), pos=pos, obj=obj)


def lay(question: str, language: str, rng: random.Random) -> str | None:
    """The question with one of its key terms said the lay way (None: no term of the lexicon in it)."""
    if language == "en":
        found = [(p, subs) for p, subs in EN_LAY if re.search(p, question, re.IGNORECASE)]
        if not found:
            return None
        pattern, subs = rng.choice(found)
        return re.sub(pattern, rng.choice(subs), question, count=1, flags=re.IGNORECASE)
    found = [(t, subs) for t, subs in ZH_LAY if t in question]
    if not found:
        return None
    term, subs = rng.choice(found)
    return question.replace(term, rng.choice(subs), 1)


def restated(question: str, language: str, rng: random.Random) -> str | None:
    """The question as a statement or a negative question (None: no template fits its form)."""
    text = question.strip()
    rules = EN_STATEMENT if language == "en" else ZH_STATEMENT
    fits = []
    for pattern, forms in rules:
        match = re.match(pattern, text, re.IGNORECASE) if language == "en" else re.match(pattern, text)
        if match:
            fits.extend((form, match.groups()) for form in forms)
    if not fits:
        return None
    form, groups = rng.choice(fits)
    groups = [g.rstrip(" ?？") for g in groups]
    if language == "en":
        groups = [re.sub(r"\bmy\b", "my", g) for g in groups]
    return form.format(*groups)


def dialect(question: str, rng: random.Random) -> str:
    """A Chinese question with Cantonese or Taiwanese particles."""
    body = question.rstrip("？?。")
    if rng.random() < 0.5:
        for standard, cantonese in ZH_CANTONESE:
            if standard in body and rng.random() < 0.7:
                body = body.replace(standard, cantonese)
        return rng.choice(ZH_CANTONESE_OPENERS) + body + rng.choice(ZH_CANTONESE_ENDS)
    return rng.choice(ZH_TAIWANESE_OPENERS) + body + rng.choice(ZH_TAIWANESE_ENDS) + "？"


def wrapped(question: str, language: str, rng: random.Random, partner: str | None = None) -> tuple[str, list[str]]:
    """A message built around one question: 1-3 wrappers (story, greeting/sign-off, statement, lay words, dialect,
    a second question) chosen at random; returns (message, wrapper names)."""
    used, body = [], question.strip()
    if rng.random() < 0.45:
        changed = lay(body, language, rng)
        if changed and changed != body:
            body, used = changed, used + ["lay"]
    if rng.random() < 0.35:
        changed = restated(body, language, rng)
        if changed:
            body, used = changed, used + ["statement"]
    if language == "zh" and rng.random() < 0.2:
        body, used = dialect(body, rng), used + ["dialect"]
    if partner and rng.random() < 0.25:
        joiner = rng.choice(EN_JOINERS if language == "en" else ZH_JOINERS)
        sep = " " if language == "en" else ""
        body, used = body + sep + joiner + partner.strip(), used + ["two_questions"]
    parts = []
    if rng.random() < 0.4:
        parts.append(rng.choice(GREETINGS[language]))
        used.append("greeting")
    if rng.random() < 0.7 or not used:
        stories = EN_STORIES if language == "en" else ZH_STORIES
        for template in rng.sample(stories, rng.choice([1, 1, 2, 2, 3, 4])):
            parts.append(_fill(template, language, rng))
        used.append("story")
    parts.append(body)
    if rng.random() < 0.35:
        parts.append(_fill(rng.choice(SIGN_OFFS[language]), language, rng))
        used.append("sign_off")
    return (" " if language == "en" else "").join(parts), used


def absent_detail(question: str, language: str, rng: random.Random) -> str | None:
    """A question asking of the KB question's topic a detail no passage holds (None: no topic term found)."""
    if language == "en":
        terms = [t for p, t in EN_TERMS if re.search(p, question, re.IGNORECASE)]
        templates = EN_ABSENT
    else:
        terms = [t for t in ZH_TERMS if t in question]
        templates = ZH_ABSENT
    if not terms:
        return None
    return rng.choice(templates).format(term=rng.choice(terms))


def part_of(group: str) -> str:
    """'held' for one group in HELD_SHARE (stable across runs), else 'fit'."""
    return "held" if zlib.crc32(group.encode()) % HELD_SHARE == 0 else "fit"


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def build(seed: int = 25, per_question: int = 3, oos_per_language: int = 500) -> list[dict]:
    """The built rows (deterministic for a seed)."""
    from medqa.knowledge_base import load_split_questions

    rng = random.Random(seed)
    rows = []
    questions = load_split_questions("train")
    by_language = {}
    for q in questions:
        by_language.setdefault(q.language, []).append(q)
    for q in questions:
        same = [o for o in by_language[q.language] if o.passage_id == q.passage_id and o.id != q.id]
        for k, wording in enumerate(rng.sample(list(q.variants), min(per_question, len(q.variants)))):
            partner = rng.choice(same).question if same else rng.choice([v for v in q.variants if v != wording] or [wording])
            message, used = wrapped(wording, q.language, rng, partner)
            rows.append({"id": f"built-kb-{q.id}-{k}", "language": q.language, "question": message, "label": 1,
                         "passage_id": q.passage_id, "group": q.id, "source": "built_kb", "templates": used})
        detail = absent_detail(rng.choice(q.variants), q.language, rng)
        if detail:
            message, used = wrapped(detail, q.language, rng)
            rows.append({"id": f"built-detail-{q.id}", "language": q.language, "question": message, "label": 0,
                         "group": q.id, "source": "built_detail", "templates": ["absent_detail", *used]})
    oos = [(source, item) for source in OOS_TUNING_SOURCES for item in read_jsonl(GROUNDED / f"out_of_scope_{source}.jsonl")]
    for language in ("en", "zh"):
        mine = [(s, i) for s, i in oos if i["language"] == language]
        for source, item in rng.sample(mine, min(oos_per_language, len(mine))):
            message, used = wrapped(item["question"], language, rng)
            rows.append({"id": f"built-oos-{item['id']}", "language": language, "question": message, "label": 0,
                         "group": f"{source}:{item['topic']}", "source": "built_oos", "templates": used})
    for row in rows:
        row["part"] = part_of(row["group"])
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="JSONL file to write (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=25)
    parser.add_argument("--per-question", type=int, default=3, help="wrapped wordings per KB train question")
    parser.add_argument("--oos-per-language", type=int, default=500, help="wrapped out-of-scope tuning questions")
    parser.add_argument("--stats", action="store_true", help="print counts per source, language, label and part")
    args = parser.parse_args(argv)
    try:
        if args.per_question < 1 or args.oos_per_language < 0:
            raise UserError("--per-question must be >= 1 and --oos-per-language >= 0")
        rows = build(args.seed, args.per_question, args.oos_per_language)
        out = Path(args.out)
        if not out.parent.is_dir():
            raise UserError(f"output folder {out.parent} does not exist")
        with open(out, "w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    except (UserError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"{len(rows)} rows written to {out}")
    if args.stats:
        from collections import Counter

        for key, count in sorted(Counter((r["source"], r["language"], r["label"], r["part"]) for r in rows).items()):
            print("  ", *key, count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
