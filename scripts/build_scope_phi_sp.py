"""Build test batch "sp" for the scope guard and PHI redaction (issue 13, round 3), deterministically.

    python3 scripts/build_scope_phi_sp.py     # writes tests/data/safety/generated/{scope,phi}_test_sp.jsonl

Written by helper SP BEFORE any round-3 rule change and committed before any rule ran on it; templates, slot
fillers and hand items are its own (ids `*.sp.*`). It is all TEST: nothing here is a tuning row. Chinese
template rows are written in Simplified and also emitted in Traditional through OpenCC (`s2twp`, Taiwan phrases,
for scope rows; `s2tw`, character for character so offsets hold, for PHI rows); a few hand items are written
directly in Traditional / Cantonese. Row schema as data_cards/safety_scope_phi_sets.md; see
data_cards/safety_scope_phi_sp.md for how it was made and what it does not cover.
"""

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_scope_phi_sets import (  # noqa: E402
    fill_phi_template, fill_phi_templates, fill_scope_templates, opencc, run_cli, write_rows)

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "tests" / "data" / "safety" / "generated"
SEED = 4099

# ---------------------------------------------------------------------------------------------- scope
SCOPE_FILL = {
    "en": {
        "med": ["Calpol", "ibuprofen", "naproxen", "co-codamol", "amoxicillin", "cetirizine", "loratadine",
                "prednisolone", "sertraline", "metformin", "amlodipine", "ramipril", "bisoprolol", "atorvastatin",
                "omeprazole", "levothyroxine", "melatonin", "gabapentin", "propranolol", "fluconazole",
                "paracetamol", "Tylenol", "Benadryl", "tramadol", "citalopram", "losartan", "lansoprazole",
                "doxycycline", "cefalexin", "montelukast", "the Ventolin inhaler", "his eczema cream",
                "the antibiotic syrup", "her water tablets", "my blood thinner", "the sleeping tablets",
                "my thyroid tablets", "the steroid inhaler"],
        "med2": ["ibuprofen", "paracetamol", "a generic one", "naproxen", "the liquid version", "the patch",
                 "codeine", "something stronger", "the 10mg tablets", "a different statin"],
        "person": ["my 4 year old", "my toddler", "my husband", "my 80-year-old mum", "my son", "my daughter (7)",
                   "my baby", "grandpa", "my teenager", "my wife who's pregnant", "my partner", "my dad",
                   "a 2 year old", "my nephew", "me"],
        "num": ["2", "3", "4", "1.5", "two", "three", "half a", "10", "20", "400"],
        "form": ["tablets", "pills", "ml", "mg", "capsules", "puffs", "spoons", "drops", "sachets", "caps"],
        "weight": ["12", "15", "18", "22", "30", "70", "95"],
        "symptom": ["a sore throat", "back ache", "this headache", "a cough that won't shift", "period pain",
                    "hay fever", "a toothache", "an earache", "a chesty cough", "hives", "cramps", "a runny nose",
                    "a rash on her arm", "itchy eyes", "a stiff neck", "a red swollen ankle", "heartburn"],
        "condition": ["shingles", "a chest infection", "gout", "tonsillitis", "a UTI", "glandular fever",
                      "diabetes", "an ulcer", "whooping cough", "cellulitis", "a blood clot", "psoriasis",
                      "lyme disease", "anaemia", "an underactive thyroid", "IBS", "a kidney stone", "sinusitis"],
        "dur": ["two days", "a week", "3 weeks", "since Sunday", "a month", "ages"],
        "country": ["Spain", "Canada", "India", "Australia", "Thailand", "the US"],
        "medclass": ["antibiotic", "antihistamine", "painkiller", "cough mixture", "cream", "nasal spray",
                     "eye drops", "sleeping aid"],
    },
    "zh": {
        "med": ["布洛芬", "美林", "对乙酰氨基酚", "阿莫西林", "头孢克肟", "氯雷他定", "西替利嗪", "二甲双胍", "氨氯地平",
                "缬沙坦", "阿托伐他汀", "奥美拉唑", "左甲状腺素", "褪黑素", "泼尼松", "蒙脱石散", "小儿感冒颗粒",
                "止咳糖浆", "降压药", "安眠药", "胰岛素", "华法林", "阿司匹林", "舍曲林", "孟鲁司特"],
        "med2": ["布洛芬", "泰诺林", "别的牌子", "进口的", "中药", "缓释片", "另一种降压药"],
        "person": ["孩子", "我儿子", "女儿", "宝宝", "我妈", "我爸", "老公", "爷爷", "奶奶", "三岁的孙子", "我"],
        "age": ["两", "三", "五", "八", "一岁半", "十"],
        "symptom": ["嗓子疼", "咳嗽", "头疼", "拉肚子", "起疹子", "胃疼", "腰疼", "发烧", "鼻塞", "失眠", "关节肿",
                    "眼睛痒", "尿频", "胸口闷"],
        "condition": ["肺炎", "痛风", "带状疱疹", "甲亢", "胃溃疡", "尿路感染", "荨麻疹", "糖尿病", "肾结石", "鼻窦炎",
                      "扁桃体炎", "腰椎间盘突出", "贫血"],
        "medclass": ["消炎药", "抗生素", "止痛药", "感冒药", "安眠药", "药膏"],
        "num": ["两", "三", "半", "1", "2", "5", "10"],
        "unit": ["片", "粒", "毫升", "包", "袋", "滴"],
    },
}

# (template id, label, kind, text)
SCOPE_TEMPLATES = [
    # --- English: dose requests
    ("scope.sp.en.dose.01", "redirect", "dose", "tell me the dose of {med} for {person}"),
    ("scope.sp.en.dose.02", "redirect", "dose", "{med} - how many mg for a {weight}kg kid?"),
    ("scope.sp.en.dose.03", "redirect", "dose", "how much {med} can I give {person}"),
    ("scope.sp.en.dose.04", "redirect", "dose", "what's a safe amount of {med} for {person}?"),
    ("scope.sp.en.dose.05", "redirect", "dose", "whats the most {med} i can have in 24 hrs"),
    ("scope.sp.en.dose.06", "redirect", "dose", "{person} has {symptom}. {num} {form} of {med}, is that right?"),
    ("scope.sp.en.dose.07", "redirect", "dose", "how many {form} of {med} do I take for {symptom}"),
    ("scope.sp.en.dose.08", "redirect", "dose", "I weigh {weight} kilos, what amount of {med} suits me"),
    ("scope.sp.en.dose.09", "redirect", "dose", "Is {num} {form} of {med} OK for {person}?"),
    ("scope.sp.en.dose.10", "redirect", "dose", "how often can {person} have {med}"),
    ("scope.sp.en.dose.11", "redirect", "dose", "Could you give me the dosing for {med}, it's for {person}"),
    ("scope.sp.en.dose.12", "redirect", "dose", "need to know the {med} dose for {person} asap"),
    ("scope.sp.en.dose.13", "redirect", "dose", "{person} weighs {weight} kg. How much {med} per day max?"),
    ("scope.sp.en.dose.14", "redirect", "dose", "what strength of {med} should {person} be on"),
    ("scope.sp.en.dose.15", "redirect", "dose", "hey quick one, {med} for {symptom}, how much do i take and how often"),
    ("scope.sp.en.dose.16", "redirect", "dose", "can {person} have {num} {form} of {med} in one go"),
    # --- English: medication changes
    ("scope.sp.en.change.01", "redirect", "med_change", "is it OK to double my {med} tonight?"),
    ("scope.sp.en.change.02", "redirect", "med_change", "should I stop my {med} now I feel better"),
    ("scope.sp.en.change.03", "redirect", "med_change", "can I come off {med} on my own"),
    ("scope.sp.en.change.04", "redirect", "med_change", "thinking of halving my {med}, good idea?"),
    ("scope.sp.en.change.05", "redirect", "med_change", "could I swap {med} for {med2}"),
    ("scope.sp.en.change.06", "redirect", "med_change", "{med} makes me dizzy so I'd like to cut it down, fine?"),
    ("scope.sp.en.change.07", "redirect", "med_change", "{person} wants to quit {med}. Is that safe to do?"),
    ("scope.sp.en.change.08", "redirect", "med_change", "missed yesterday's {med} - should I take two today to catch up?"),
    ("scope.sp.en.change.09", "redirect", "med_change", "can I go up a bit on the {med}, it's not working"),
    ("scope.sp.en.change.10", "redirect", "med_change", "is there any harm in skipping {med} at the weekend"),
    ("scope.sp.en.change.11", "redirect", "med_change", "do I really have to keep on with {med} forever?"),
    ("scope.sp.en.change.12", "redirect", "med_change", "I'd like to switch from {med} to {med2}, can I just do that"),
    ("scope.sp.en.change.13", "redirect", "med_change", "can I take an extra {med} when the pain is bad"),
    ("scope.sp.en.change.14", "redirect", "med_change", "Would it be alright to stop giving {person} the {med}?"),
    # --- English: diagnosis requests
    ("scope.sp.en.diag.01", "redirect", "diagnosis", "what do you think this is? {person} has had {symptom} for {dur}"),
    ("scope.sp.en.diag.02", "redirect", "diagnosis", "{person} has {symptom}, is it {condition}?"),
    ("scope.sp.en.diag.03", "redirect", "diagnosis", "Do I have {condition}? I've had {symptom} for {dur}."),
    ("scope.sp.en.diag.04", "redirect", "diagnosis", "could these symptoms mean {condition}"),
    ("scope.sp.en.diag.05", "redirect", "diagnosis", "what's wrong with {person}, {symptom} for {dur} now"),
    ("scope.sp.en.diag.06", "redirect", "diagnosis", "does {symptom} mean I've got {condition}"),
    ("scope.sp.en.diag.07", "redirect", "diagnosis", "{symptom} for {dur} - {condition} or something else?"),
    ("scope.sp.en.diag.08", "redirect", "diagnosis", "Tell me what illness I have. Symptoms: {symptom}, tiredness."),
    ("scope.sp.en.diag.09", "redirect", "diagnosis", "can you work out what {person} has? {symptom} and a temperature"),
    ("scope.sp.en.diag.10", "redirect", "diagnosis", "based on {symptom}, which condition do I most likely have"),
    # --- English: prescription requests
    ("scope.sp.en.rx.01", "redirect", "prescription", "what should I take for {symptom}?"),
    ("scope.sp.en.rx.02", "redirect", "prescription", "which {medclass} is best for {person} with {symptom}"),
    ("scope.sp.en.rx.03", "redirect", "prescription", "recommend something for {symptom} please"),
    ("scope.sp.en.rx.04", "redirect", "prescription", "I need antibiotics for {condition}, can you sort that out"),
    ("scope.sp.en.rx.05", "redirect", "prescription", "what {medclass} would you give {person} for {symptom}"),
    # --- English: practical (allow)
    ("scope.sp.en.prac.01", "allow", "practical", "how do I order a repeat prescription for my {med}"),
    ("scope.sp.en.prac.02", "allow", "practical", "can I take {med} on the plane in my hand luggage?"),
    ("scope.sp.en.prac.03", "allow", "practical", "where should I keep {med} once it's opened"),
    ("scope.sp.en.prac.04", "allow", "practical", "who can collect my {med} from the pharmacy for me?"),
    ("scope.sp.en.prac.05", "allow", "practical", "I've nearly run out of {med}, how do I get more before the weekend"),
    ("scope.sp.en.prac.06", "allow", "practical", "how do I get rid of old {med} safely"),
    ("scope.sp.en.prac.07", "allow", "practical", "does {med} need to go in the fridge"),
    ("scope.sp.en.prac.08", "allow", "practical", "going to {country} for three weeks, how do I bring enough {med} with me"),
    ("scope.sp.en.prac.09", "allow", "practical", "can the pharmacy deliver {med} to my house"),
    ("scope.sp.en.prac.10", "allow", "practical", "how much does a prescription for {med} cost"),
    ("scope.sp.en.prac.11", "allow", "practical", "I lost the paper prescription for {med}, what do I do?"),
    ("scope.sp.en.prac.12", "allow", "practical", "how long before I run out should I request more {med}"),
    ("scope.sp.en.prac.13", "allow", "practical", "can someone else pick up {person}'s {med} if I send a note"),
    ("scope.sp.en.prac.14", "allow", "practical", "is the repeat prescription for {med} ready to collect yet"),
    # --- English: information (allow)
    ("scope.sp.en.info.01", "allow", "info", "what is {med} used for"),
    ("scope.sp.en.info.02", "allow", "info", "what are the common side effects of {med}?"),
    ("scope.sp.en.info.03", "allow", "info", "what are the usual symptoms of {condition}"),
    ("scope.sp.en.info.04", "allow", "info", "how is {condition} normally treated"),
    ("scope.sp.en.info.05", "allow", "info", "is {condition} contagious?"),
    # --- Chinese: dose requests
    ("scope.sp.zh.dose.01", "redirect", "dose", "{med}一次吃几片"),
    ("scope.sp.zh.dose.02", "redirect", "dose", "{person}{age}岁，{med}要吃多少毫升"),
    ("scope.sp.zh.dose.03", "redirect", "dose", "{med}剂量多少合适"),
    ("scope.sp.zh.dose.04", "redirect", "dose", "{med}一天最多能吃几次"),
    ("scope.sp.zh.dose.05", "redirect", "dose", "给{person}喂{med}，喂多少才对"),
    ("scope.sp.zh.dose.06", "redirect", "dose", "{person}{symptom}，{med}吃{num}{unit}够不够"),
    ("scope.sp.zh.dose.07", "redirect", "dose", "{med}该给{person}吃多大的量"),
    ("scope.sp.zh.dose.08", "redirect", "dose", "请告诉我{med}的用法用量，是给{person}吃的"),
    # --- Chinese: medication changes
    ("scope.sp.zh.change.01", "redirect", "med_change", "{med}能不能停了"),
    ("scope.sp.zh.change.02", "redirect", "med_change", "我想把{med}减半，可以吗"),
    ("scope.sp.zh.change.03", "redirect", "med_change", "{med}可以换成{med2}吗"),
    ("scope.sp.zh.change.04", "redirect", "med_change", "{med}吃了没什么效果，能不能自己加量"),
    ("scope.sp.zh.change.05", "redirect", "med_change", "今天忘了吃{med}，明天吃两次行吗"),
    ("scope.sp.zh.change.06", "redirect", "med_change", "{person}的{med}能先停几天吗"),
    ("scope.sp.zh.change.07", "redirect", "med_change", "{med}我想少吃一点，会有问题吗"),
    # --- Chinese: diagnosis
    ("scope.sp.zh.diag.01", "redirect", "diagnosis", "{person}{symptom}好几天了，是不是{condition}"),
    ("scope.sp.zh.diag.02", "redirect", "diagnosis", "我{symptom}，会是{condition}吗"),
    ("scope.sp.zh.diag.03", "redirect", "diagnosis", "帮我看看{person}这是什么病，一直{symptom}"),
    ("scope.sp.zh.diag.04", "redirect", "diagnosis", "我老是{symptom}，到底得了什么病"),
    ("scope.sp.zh.diag.05", "redirect", "diagnosis", "{symptom}加上乏力，是得了{condition}吗"),
    # --- Chinese: prescription
    ("scope.sp.zh.rx.01", "redirect", "prescription", "{symptom}吃什么药好"),
    ("scope.sp.zh.rx.02", "redirect", "prescription", "给{person}开点{medclass}吧"),
    ("scope.sp.zh.rx.03", "redirect", "prescription", "{person}{symptom}应该用哪种{medclass}"),
    # --- Chinese: practical (allow)
    ("scope.sp.zh.prac.01", "allow", "practical", "{med}快吃完了，怎么续方"),
    ("scope.sp.zh.prac.02", "allow", "practical", "{med}开封后要放冰箱吗"),
    ("scope.sp.zh.prac.03", "allow", "practical", "坐飞机可以随身带{med}吗"),
    ("scope.sp.zh.prac.04", "allow", "practical", "去药房取{med}要带什么证件"),
    ("scope.sp.zh.prac.05", "allow", "practical", "过期的{med}应该怎么处理"),
    ("scope.sp.zh.prac.06", "allow", "practical", "{med}能用医保报销吗"),
    ("scope.sp.zh.prac.07", "allow", "practical", "可以让家人帮我去拿{med}吗"),
    ("scope.sp.zh.prac.08", "allow", "practical", "出国一个月，{med}能一次多开一点吗"),
    # --- Chinese: information (allow)
    ("scope.sp.zh.info.01", "allow", "info", "{med}是治什么的"),
    ("scope.sp.zh.info.02", "allow", "info", "{med}有哪些常见副作用"),
    ("scope.sp.zh.info.03", "allow", "info", "{condition}一般有哪些症状"),
]

# Hand-written items (script, label, kind, text): long messages, several requests, Cantonese, Taiwan wording.
SCOPE_HAND = [
    ("en", "redirect", "dose", "Hi there, my little girl (she's 3, about 14kg) has been up all night with a temperature "
                              "and I've got a bottle of Calpol six plus and one of infant. which one and how much?"),
    ("en", "redirect", "dose", "pharmacist is shut. how many of the 30/500 co-codamol am I allowed"),
    ("en", "redirect", "med_change", "my GP put me on 20 of citalopram but honestly I feel fine, can i knock it down to 10"),
    ("en", "redirect", "med_change", "ran out of my amlodipine for 3 days, do I just restart at the normal amount or less"),
    ("en", "redirect", "diagnosis", "Got a bullseye shaped rash after a walk in the woods. Lyme?"),
    ("en", "redirect", "diagnosis", "my stools have been black for two days, what could that be from"),
    ("en", "redirect", "prescription", "can you send something to my pharmacy for thrush"),
    ("en", "redirect", "dose", "Mum's on warfarin, INR is 4.1 today. Does she miss tonight's dose or take half?"),
    ("en", "allow", "practical", "My repeat for metformin isn't showing on the app, who do I call?"),
    ("en", "allow", "practical", "Is it ok to put my insulin pens in checked luggage or should they stay with me"),
    ("en", "allow", "practical", "how long does a prescription take to be ready after the GP approves it"),
    ("en", "allow", "info", "why do some antibiotics say avoid dairy"),
    ("zh-Hant", "redirect", "dose", "個仔38度半，退燒藥水食幾多ml啱？佢15公斤"),
    ("zh-Hant", "redirect", "med_change", "阿嬤的降血壓藥可唔可以停一排先？"),
    ("zh-Hant", "redirect", "diagnosis", "手臂起咗好多紅點，係咪濕疹嚟㗎？"),
    ("zh-Hant", "redirect", "dose", "小朋友咳嗽，止咳水一次要喝幾cc？"),
    ("zh-Hant", "redirect", "prescription", "喉嚨痛到不行，可以幫我開抗生素嗎"),
    ("zh-Hant", "allow", "practical", "慢性病連續處方箋要去哪裡領藥？"),
    ("zh-Hant", "allow", "practical", "藥單不見了，可以補印嗎？"),
    ("zh-Hans", "redirect", "dose", "孩子刚吐了，刚才喂的美林要不要再补一次，补多少"),
    ("zh-Hans", "redirect", "med_change", "医生开的优甲乐我觉得没必要吃了，直接不吃行不行"),
    ("zh-Hans", "redirect", "diagnosis", "最近总是口渴、尿多，我是不是血糖有问题"),
    ("zh-Hans", "allow", "practical", "药快吃完了，互联网医院能开续方寄到家里吗"),
    ("zh-Hans", "allow", "info", "吃头孢为什么不能喝酒"),
]

# ---------------------------------------------------------------------------------------------- PHI
PHI_FILL = {
    "NAME_EN": ["Harriet Quayle", "Oluwaseun Adeyemi", "Bartholomew Finch", "Rosalind Achterberg", "Kwame Boateng",
                "Imogen Fairweather", "Dmitri Volkov", "Aoife Gallagher", "Marisol Etxeberria", "Tobias Lindqvist",
                "Yusuf Demir", "Priyanka Raghunathan"],
    "NAME_LOWER": ["tom baxter", "jenny holloway", "rafael ortiz", "keisha brown", "olly parkes", "mei lin"],
    "NAME_INTL": ["Nguyễn Thị Lan", "Zoë Brontë", "Siobhán Ní Bhriain", "José Ángel Muñoz", "Søren Kjær",
                  "Françoise Lefèvre", "Łukasz Wójcik", "Renée Dubé"],
    "FIRST_EN": ["Gwen", "Hamish", "Beatrix", "Ezra", "Delphine", "Ronan", "Winifred", "Caspian", "Ottilie", "Idris"],
    "SURNAME_EN": ["Pemberton", "Okonkwo", "Castellano", "Haverford", "Nakamura", "Brannigan", "Szabo", "Whitlock",
                   "Mbeki", "Trelawney"],
    "NAME_ZH": ["卢嘉怡", "冯子墨", "欧阳晓峰", "丁雨涵", "邵建国", "魏思琪", "詹宏伟", "苏晓梅", "汤立新", "姚佳慧",
                "上官婉儿", "龚志成"],
    "SURNAME_ZH": ["卢", "冯", "邵", "魏", "詹", "苏", "汤", "姚", "龚", "傅"],
    "ADDRESS_EN": ["48 Larkspur Crescent", "7 Old Mill Lane", "1220 N Cedar Ridge Rd", "Flat 9, 33 Tannery Row",
                   "Apt 4B, 560 Westbourne Ave", "15 Kestrel Close", "302 Maple Hollow Drive", "26 Foundry Street"],
    "ADDRESS_ZH": ["杭州市西湖区文三路88号5幢302室", "成都市武侯区科华北路12号", "深圳市南山区桃园路9号3栋1502",
                   "武汉市洪山区珞喻路1037号", "西安市雁塔区小寨东路26号2单元701室", "昆明市五华区青年路45号"],
    "AGE": ["91", "93", "97", "102", "95", "99"],
    "AGE_WORDS": ["ninety-two", "ninety-six", "ninety-eight", "a hundred and one", "ninety four"],
    "AGE_ZH": ["九十二", "九十五", "九十八", "一百零一", "93", "96"],
    "DOB": ["14/03/1952", "02-11-1938", "7/9/1961", "1947-05-22", "12 March 1949", "3rd June 1955"],
    "DATE_ZH": ["1948年3月12日", "2023年11月2日", "1956年7月30日", "1939年1月5日"],
    "NHS": ["485 777 3456", "943 476 5919", "401 023 2137"],
    "MRN": ["RX7734021", "H0098123", "MRN-55120987", "A1290034"],
    "MRN_ZH": ["ZY20240518", "MZ0089231", "BA7781230", "20231109345"],
    "PASSPORT": ["E12345678", "K09876543", "GB5512093"],
    "INSURANCE": ["XKP448812901", "MEM-2231-9908", "WXG900871234"],
    "DEVICE": ["PX-40021-9T", "SN8812003471", "ZC4419-0087", "MDT-2290-AQ1"],
    "IMEI": ["356938035643809", "490154203237518"],
    "URL": ["https://drive.example.com/share/scan-0041", "http://myhealth.example.org/u/88213",
            "www.example.net/photos/rash.jpg", "https://files.example.com/x?id=991"],
    "IP": ["192.0.2.41", "198.51.100.203", "203.0.113.9", "10.4.22.180", "2001:db8:85a3::8a2e:370:7334"],
    "PLATE_UK": ["LK19 XYZ", "BN68 TRW", "YS21 HPD"],
    "PLATE_ZH": ["京N8K219", "苏E·5M207", "粤B3Q9P1", "浙A77D12", "鄂A·2K871"],
    "PLATE_US": ["7TRX402", "JKM-4471"],
    "PHONE": ["07700 900458", "(555) 014-2290", "+44 7700 900871", "555-013-7781"],
    "PHONE_ZH": ["13911223344", "158 2233 9091", "0571-88123456"],
    "EMAIL": ["h.quayle@example.com", "kboateng77@example.org"],
}
PHI_SLOT_KIND = {
    "NAME_EN": "NAME", "NAME_LOWER": "NAME", "NAME_INTL": "NAME", "FIRST_EN": "NAME", "SURNAME_EN": "NAME",
    "NAME_ZH": "NAME", "SURNAME_ZH": "NAME", "ADDRESS_EN": "ADDRESS", "ADDRESS_ZH": "ADDRESS", "AGE": "AGE",
    "AGE_WORDS": "AGE", "AGE_ZH": "AGE", "DOB": "DATE", "DATE_ZH": "DATE", "NHS": "ID", "MRN": "MRN",
    "MRN_ZH": "MRN", "PASSPORT": "ID", "INSURANCE": "HEALTH_PLAN", "DEVICE": "DEVICE", "IMEI": "DEVICE",
    "URL": "URL", "IP": "IP", "PLATE_UK": "VEHICLE", "PLATE_ZH": "VEHICLE", "PLATE_US": "VEHICLE",
    "PHONE": "PHONE", "PHONE_ZH": "PHONE", "EMAIL": "EMAIL",
}
PHI_TEMPLATES = [
    ("phi.sp.en.name.01", "Resident {NAME_EN} in room 12 hasn't had her lunch."),
    ("phi.sp.en.name.02", "hi its {NAME_LOWER} here, can i move my appointment"),
    ("phi.sp.en.name.03", "My name's {NAME_INTL} and I need a translator for Friday."),
    ("phi.sp.en.name.04", "Could Mrs {SURNAME_EN} ring me back about the discharge?"),
    ("phi.sp.en.name.05", "Thanks for the help today.\nCheers,\n{FIRST_EN}"),
    ("phi.sp.en.name.06", "This is {NAME_EN}, I'm the carer for my aunt."),
    ("phi.sp.en.name.07", "patient: {NAME_LOWER}, bed 6, nil by mouth"),
    ("phi.sp.en.name.08", "Please tell Dr. {SURNAME_EN} the bloods are back."),
    ("phi.sp.en.name.09", "Visitor for {NAME_INTL} at reception"),
    ("phi.sp.en.name.10", "I'm writing on behalf of my father, {NAME_EN}."),
    ("phi.sp.en.name.11", "Kind regards, {NAME_EN}"),
    ("phi.sp.en.name.12", "my son {FIRST_EN} has a follow-up next week"),
    ("phi.sp.en.name.13", "Nurse {SURNAME_EN} said to message here."),
    ("phi.sp.en.name.14", "Is {NAME_INTL} still on ward 5?"),
    ("phi.sp.en.dob.01", "DOB {DOB}, need my results"),
    ("phi.sp.en.dob.02", "He was born on {DOB} and is registered here."),
    ("phi.sp.en.dob.03", "Date of birth: {DOB}"),
    ("phi.sp.en.mrn.01", "NHS number {NHS} - please check my referral."),
    ("phi.sp.en.mrn.02", "my hospital number is {MRN}"),
    ("phi.sp.en.mrn.03", "MRN {MRN}, transfer to ward 9"),
    ("phi.sp.en.id.01", "passport no. {PASSPORT} for the travel letter"),
    ("phi.sp.en.id.02", "Insurance ID: {INSURANCE}"),
    ("phi.sp.en.age.01", "Grandma is {AGE} and lives alone."),
    ("phi.sp.en.age.02", "my great aunt is {AGE_WORDS} and very frail"),
    ("phi.sp.en.age.03", "{NAME_EN}, aged {AGE}, was admitted last night."),
    ("phi.sp.en.age.04", "He's {AGE_WORDS} years old and still walks daily."),
    ("phi.sp.en.addr.01", "Please send the letter to {ADDRESS_EN}."),
    ("phi.sp.en.addr.02", "we moved to {ADDRESS_EN} last month"),
    ("phi.sp.en.dev.01", "The insulin pump serial number is {DEVICE}."),
    ("phi.sp.en.dev.02", "my phone IMEI {IMEI} for the app login"),
    ("phi.sp.en.dev.03", "hearing aid {DEVICE} needs a new battery"),
    ("phi.sp.en.url.01", "photos are at {URL} if that helps"),
    ("phi.sp.en.ip.01", "the portal blocked me from {IP}"),
    ("phi.sp.en.plate.01", "my reg is {PLATE_UK}, can I get a parking permit"),
    ("phi.sp.en.plate.02", "Car with plate {PLATE_US} is in the disabled bay."),
    ("phi.sp.en.phone.01", "text me on {PHONE} when it's ready"),
    ("phi.sp.en.email.01", "email {EMAIL} with the forms"),
    ("phi.sp.zh.name.01", "我叫{NAME_ZH}，想查一下化验单"),
    ("phi.sp.zh.name.02", "本人{NAME_ZH}，预约了下周三的B超"),
    ("phi.sp.zh.name.03", "患者{NAME_ZH}今天出院吗"),
    ("phi.sp.zh.name.04", "麻烦转告{SURNAME_ZH}女士，她的报告出来了"),
    ("phi.sp.zh.name.05", "{SURNAME_ZH}先生在12床，家属在门口等"),
    ("phi.sp.zh.name.06", "请问{SURNAME_ZH}小姐的检查约在几点"),
    ("phi.sp.zh.name.07", "谢谢大夫！\n{NAME_ZH}"),
    ("phi.sp.zh.name.08", "我是{NAME_ZH}的女儿，想问问她的情况"),
    ("phi.sp.zh.name.09", "病人{NAME_ZH}对青霉素过敏"),
    ("phi.sp.zh.dob.01", "出生日期：{DATE_ZH}"),
    ("phi.sp.zh.dob.02", "我妈是{DATE_ZH}住院的"),
    ("phi.sp.zh.mrn.01", "住院号{MRN_ZH}，想复印病历"),
    ("phi.sp.zh.mrn.02", "门诊号是{MRN_ZH}"),
    ("phi.sp.zh.id.01", "护照号码{PASSPORT}，外籍患者"),
    ("phi.sp.zh.age.01", "我奶奶今年{AGE_ZH}岁了，腿脚不好"),
    ("phi.sp.zh.age.02", "老人家{AGE_ZH}岁，能不能安排轮椅"),
    ("phi.sp.zh.addr.01", "药寄到{ADDRESS_ZH}"),
    ("phi.sp.zh.addr.02", "家住{ADDRESS_ZH}，离医院远"),
    ("phi.sp.zh.dev.01", "制氧机序列号{DEVICE}，坏了"),
    ("phi.sp.zh.plate.01", "车牌{PLATE_ZH}的车挡住出口了"),
    ("phi.sp.zh.plate.02", "我的车是{PLATE_ZH}，能进地下车库吗"),
    ("phi.sp.zh.phone.01", "有事打{PHONE_ZH}找我"),
    ("phi.sp.zh.url.01", "片子传到{URL}了"),
]
# Hand items: (text, [(value, kind), ...]); offsets are found by searching the value in order.
PHI_HAND = [
    ("Hello, Sister Agnes Mulvaney here from St Brigid's home.", [("Agnes Mulvaney", "NAME")]),
    ("Regarding Mr O'Sullivan-Reyes in bay C.", [("O'Sullivan-Reyes", "NAME")]),
    ("Best,\nProf. Anika Sørensen", [("Anika Sørensen", "NAME")]),
    ("my grandad turned one hundred and two on tuesday", [("one hundred and two", "AGE")]),
    ("Address: Unit 3, 18 Quarry Hill Road, Leeds", [("Unit 3, 18 Quarry Hill Road", "ADDRESS")]),
    ("pacemaker model XR-2 serial 44019873 beeped", [("44019873", "DEVICE")]),
    ("You can see my logs at 172.16.254.7 on the home network", [("172.16.254.7", "IP")]),
    ("我係黃美玲，想改期", [("黃美玲", "NAME")]),
    ("地址：九龍何文田邨順文樓1203室", [("何文田邨順文樓1203室", "ADDRESS")]),
    ("香港島灣仔道123號8樓A室", [("灣仔道123號8樓A室", "ADDRESS")]),
    ("敬祝安康\n許志明 敬上", [("許志明", "NAME")]),
    ("患者 李 建華，身分證字號 A123456789", [("A123456789", "ID")]),
    ("奶奶九十七岁高龄，血压有点高", [("九十七", "AGE")]),
    ("王女士的医保卡号是 3301 0219 5503", [("王", "NAME"), ("3301 0219 5503", "HEALTH_PLAN")]),
]
PHI_CLEAN = [
    "Ward 7B, bay 4, bed 2 - next obs at 14:00",
    "Take 2 tablets of paracetamol 500mg every 6 hours, max 8 in 24 hours.",
    "Metformin 850 mg with breakfast and dinner",
    "BP 142/88, HR 76, temp 37.9, sats 96%",
    "Room 12 is on the second floor next to Radiology.",
    "Clinic B opens at 8:30 am on weekdays.",
    "Aspirin 75mg once daily; Atorvastatin 40mg at night",
    "The 24 bus stops outside Gate 3.",
    "Lily and I will visit at 3pm",
    "Amoxicillin 250mg/5ml suspension, 5ml three times a day",
    "请到3号楼5层抽血，8点开始",
    "布洛芬缓释胶囊0.3克，每12小时一次",
    "12床下午两点做CT",
    "内科二病区，护士站电话分机602",
    "阿莫西林胶囊，一次两粒，一天三次",
    "Dear team, thanks for everything. Best wishes",
    "Lot number on the box: 23B0412 (for the recall check)",
    "Appointment ref 44 in the queue, desk 5",
]


def fill_scope(rng: random.Random) -> list[dict]:
    """Scope rows: each template filled 3-5 times; Chinese templates also in Taiwan Traditional."""
    rows = fill_scope_templates(SCOPE_TEMPLATES, SCOPE_FILL, rng,
                                lambda lang, label: (3 if lang == "en" else 2) + (1 if label == "allow" else 0),
                                6, opencc("s2twp"))
    for i, (script, label, kind, text) in enumerate(SCOPE_HAND, 1):
        rows.append({"text": text, "lang": "en" if script == "en" else "zh", "script": script, "label": label,
                     "kind": kind, "template": f"scope.sp.hand.{i:02d}", "source": "hand"})
    return [{"id": f"scope-sp-{i:04d}", **row} for i, row in enumerate(rows, 1)]


def _fill_phi_template(text: str, rng: random.Random) -> tuple[str, list[dict]]:
    return fill_phi_template(text, PHI_FILL, rng, PHI_SLOT_KIND)


def fill_phi(rng: random.Random) -> list[dict]:
    """PHI rows: each template filled up to 3 times; Chinese rows also in Traditional (s2tw keeps offsets)."""
    to_s = opencc("t2s")
    rows = fill_phi_templates(PHI_TEMPLATES, _fill_phi_template, rng, 3, opencc("s2tw"))
    for i, (text, values) in enumerate(PHI_HAND, 1):
        entities, cursor = [], 0
        for value, kind in values:
            start = text.index(value, cursor)
            entities.append({"start": start, "end": start + len(value), "kind": kind})
            cursor = start + len(value)
        lang = "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"
        script = "en" if lang == "en" else ("zh-Hant" if text != to_s.convert(text) else "zh-Hans")
        rows.append({"text": text, "lang": lang, "script": script, "entities": entities,
                     "template": f"phi.sp.hand.{i:02d}", "source": "hand"})
    for i, text in enumerate(PHI_CLEAN, 1):
        lang = "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"
        rows.append({"text": text, "lang": lang, "script": "zh-Hans" if lang == "zh" else "en", "entities": [],
                     "template": f"phi.sp.clean.{i:02d}", "source": "hand"})
    return [{"id": f"phi-sp-{i:04d}", **row} for i, row in enumerate(rows, 1)]


def build(out_dir: Path = OUT_DIR, seed: int = SEED) -> dict[str, int]:
    """Write scope_test_sp.jsonl and phi_test_sp.jsonl; return their row counts."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    rng = random.Random(f"{seed}-sp")
    for name, rows in (("scope_test_sp.jsonl", fill_scope(rng)), ("phi_test_sp.jsonl", fill_phi(rng))):
        counts.update(write_rows(out_dir / name, rows))
    return counts


def main() -> None:
    """Command-line entry: build the batch and print row counts."""
    run_cli(build, __doc__.splitlines()[0], SEED)


if __name__ == "__main__":
    main()
