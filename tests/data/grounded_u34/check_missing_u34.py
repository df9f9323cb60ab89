#!/usr/bin/env python3
"""Key-word search of BOTH KB files for each missing_detail row (and some
off_topic rows) of set u34. Prints every hit with context for manual review."""
import json, re, sys
KB = "/work/main/medqa/assets/kb/"
texts = []
for f in ("passages_en.jsonl", "passages_zh.jsonl"):
    for line in open(KB + f, encoding="utf-8"):
        p = json.loads(line); texts.append((p["id"], p["title"] + " " + p["text"]))
TERMS = {
 # EN missing_detail
 "u34-en-041": ["2pm", "3pm", "o'clock", "p.m", "点到", "时段"],
 "u34-en-042": ["per hour", "£", "tariff", "收费标准", "元"],
 "u34-en-043": ["deposit", "押金"],
 "u34-en-044": ["floor", "楼", "层"],
 "u34-en-045": ["Sunday", "weekend", "opening hours", "周日", "周末"],
 "u34-en-046": ["charge", "fee", "工本费"],
 "u34-en-047": ["time limit", "within", "days", "工作日"],
 "u34-en-048": ["data protection officer", "email"],
 "u34-en-049": ["switchboard number", r"\d{3,}", "总机"],
 "u34-en-050": ["income", "threshold", "low incomes", "收入"],
 "u34-en-051": ["minimum", "monthly", "smaller regular"],
 "u34-en-052": ["fee may apply", "insurer", "report"],
 "u34-en-053": ["bus", "route", "train station", "公交", "地铁"],
 "u34-en-054": ["free", "charge", "cost", "patient transport"],
 "u34-en-055": ["scooter", "wheelchair", "mobility"],
 "u34-en-056": ["weekend", "visiting hours", "ICU", "intensive care", "重症"],
 "u34-en-057": ["lights", "quiet period", "10", "11", "作息"],
 "u34-en-058": ["Wi-Fi", "password", "WiFi", "密码"],
 "u34-en-059": ["lost property", "失物"],
 "u34-en-060": ["prayer", "imam", "chaplain", "faith", "宗教"],
 "u34-en-061": ["concession", "half", "Reduced-price"],
 "u34-en-062": ["itemised", "清单"],
 "u34-en-063": ["Saturday", "opening", "billing office", "周六"],
 "u34-en-064": ["activation code", "expire", "valid"],
 "u34-en-065": ["dermatology", "waiting time", "wait", "皮肤"],
 "u34-en-066": ["photo", "picture", "print", "照片", "打印"],
 "u34-en-067": ["orthopaedic", "flowers", "骨科", "鲜花"],
 "u34-en-068": ["norovirus", "closed", "outbreak"],
 "u34-en-069": ["pre-operative assessment", "hours", "术前评估"],
 "u34-en-070": ["attendance", "fee", "charge"],
 "u34-en-071": ["drop-off", "minutes", "落客"],
 "u34-en-072": ["blue badge", "free"],
 "u34-en-073": ["24 hours", "24-hour", "overnight", "24小时"],
 "u34-en-074": ["complaint", "weeks", "acknowledged", "投诉"],
 "u34-en-075": ["liaison", "advice", "opening"],
 "u34-en-076": ["electric", "charging", "充电"],
 "u34-en-077": ["travel costs", "mileage", "petrol", "miles"],
 "u34-en-078": ["Zoom", "Teams", "link", "视频"],
 "u34-en-079": ["overnight", "meals", "charge", "陪床"],
 "u34-en-080": ["consultant", "cardiology", "Tuesday", "心内"],
 # ZH missing_detail
 "u34-zh-041": ["收费", "元", "per hour", "周末"],
 "u34-zh-042": ["下午", "傍晚", "点", "early afternoon"],
 "u34-zh-043": ["ICU", "时段", "intensive care"],
 "u34-zh-044": ["工本费", "每页", "一页", "charge"],
 "u34-zh-045": ["邮寄", "快递", "顺丰"],
 "u34-zh-046": ["预交金", "骨科", "金额"],
 "u34-zh-047": ["护工"],
 "u34-zh-048": ["放号", "释放", "八点", "8点", "7天"],
 "u34-zh-049": ["挂号费"],
 "u34-zh-050": ["光盘", "刻录"],
 "u34-zh-051": ["保存期限", "年"],
 "u34-zh-052": ["总机", r"\d{5,}"],
 "u34-zh-053": ["药房", "周日", "opening hours", "Sunday"],
 "u34-zh-054": ["急诊", "楼", "emergency department"],
 "u34-zh-055": ["手语", "sign language"],
 "u34-zh-056": ["爽约", "限制", "missed appointment", "Repeated"],
 "u34-zh-057": ["互联网医院", "收费", "费用"],
 "u34-zh-058": ["快递", "运费", "配送"],
 "u34-zh-059": ["动态心电图", "高铁", "安检", "飞机", "travel"],
 "u34-zh-060": ["备案", "生效"],
 "u34-zh-061": ["备案", "比例", "降低"],
 "u34-zh-062": ["盖章", "门诊办公室", "楼"],
 "u34-zh-063": ["营养食堂", "订餐", "送餐"],
 "u34-zh-064": ["陪护证"],
 "u34-zh-065": ["日间手术中心", "楼", "day surgery unit"],
 "u34-zh-066": ["麻醉", "费用", "医保"],
 "u34-zh-067": ["药学咨询门诊", "挂号"],
 "u34-zh-068": ["绿色通道", "岁", "60", "65"],
 "u34-zh-069": ["结算", "周六", "周日", "周末"],
 "u34-zh-070": ["现金", "退", "工作日"],
 "u34-zh-071": ["互联网医院", "晚上", "几点"],
 "u34-zh-072": ["候补", "扣"],
 "u34-zh-073": ["院区", "分院"],
 "u34-zh-074": ["地铁", "号线", "出口"],
 "u34-zh-075": ["退回", "到账", "微信"],
 "u34-zh-076": ["折叠", "陪床", "reclining"],
 "u34-zh-077": ["吸烟", "抽烟", "smok"],
 "u34-zh-078": ["食堂", "家属", "refreshments"],
 "u34-zh-079": ["抬头", "公司", "发票"],
 "u34-zh-080": ["公交", "巴士", "bus"],
}
rows = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1] if len(sys.argv) > 1 else "questions.jsonl", encoding="utf-8")}
for rid, terms in TERMS.items():
    r = rows[rid]; assert r["kind"] == "missing_detail", rid
    print(f"\n### {rid}: {r['question']}")
    for t in terms:
        for pid, txt in texts:
            for m in re.finditer(t, txt, flags=re.I):
                a, b = max(0, m.start() - 45), m.end() + 45
                print(f"   [{t}] {pid}: ...{txt[a:b]}...")
