#!/usr/bin/env python3
"""Build the U39 blind don't-know test set (questions.jsonl).

Questions were written in step 1 without the KB (step1_en.txt / step1_zh.txt);
labels were added in step 2 after reading both KB files in full.
Standard library only, no randomness: every question and label is a literal.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KB_DIR = os.environ.get("MEDQA_KB_DIR", os.path.join(HERE, "..", "..", "..", "medqa", "assets", "kb"))
OUT = os.path.join(HERE, "questions.jsonl")

A, M, O = "answered", "missing_detail", "off_topic"

# (persona voice, [(question, kind, [gold ids]), ...])
EN = [
    ("older retired dockworker, plain", [
        ("What time do I need to arrive on the morning of my hip operation?", M, []),
        ("Can I bring my own walking frame into hospital or will you give me one?", A, ["kb-en-procedures-008"]),
        ("Is there a Catholic priest who can come to the ward to give me communion?", M, []),
        ("How long will I be in hospital after a hip replacement usually?", M, []),
        ("Do I have to pay anything for hospital transport to take me home? I don't drive.", M, []),
        ("What are the visiting hours on the orthopaedic ward?", M, []),
        ("Can my neighbour collect my prescription from the hospital pharmacy for me?", M, []),
        ("Is there a phone number I can ring if I'm worried after I get home?", M, []),
        ("When will the stitches or clips be taken out and who does it?", M, []),
        ("Can I get a raised toilet seat from the hospital before I go home?", M, []),
        ("Am I allowed to have a shower with the dressing on?", A, ["kb-en-procedures-010"]),
        ("Where do I go for my physio appointments after discharge?", O, []),
        ("Is there any help with the cost of travelling to appointments if I'm on a pension?", A,
         ["kb-en-records_billing-010", "kb-en-appointments-009"]),
    ]),
    ("brisk professional, privately insured", [
        ("Do you accept private health insurance for a day-case knee arthroscopy, and who do I send the pre-authorisation to?", A,
         ["kb-en-records_billing-008"]),
        ("How much does a knee arthroscopy cost if I pay for it myself?", M, []),
        ("Can you provide kosher meals for patients?", O, []),
        ("How long before the procedure must I stop eating and drinking?", A, ["kb-en-procedures-003"]),
        ("Is there Wi-Fi I can use while I wait? I need to take calls.", A, ["kb-en-visiting-011"]),
        ("Is there a private room option for day surgery?", O, []),
        ("How do I get an itemised invoice for my insurer?", A, ["kb-en-records_billing-007"]),
        ("Can I drive myself home after a knee arthroscopy?", A, ["kb-en-procedures-004"]),
        ("Can the hospital give me a sick note for my employer, and how long does that take?", A,
         ["kb-en-records_billing-011"]),
        ("Where do I park, and how much is the car park per day?", M, []),
        ("Can I request copies of my MRI images on a disc?", M, []),
        ("Do I need to bring my own crutches?", M, []),
        ("Who do I contact to make a formal complaint about a billing error?", A,
         ["kb-en-records_billing-006", "kb-en-visiting-012"]),
    ]),
    ("casual student, lower-case", [
        ("what time does the fracture clinic open", M, []),
        ("how long does a plaster cast usually stay on for a broken wrist", O, []),
        ("can i get my cast wet in the shower if i cover it with a bag", O, []),
        ("do i have to pay for prescriptions as a full time student", M, []),
        ("my cast is really itchy, what can i do about it", O, []),
        ("can the hospital give me a letter for uni saying i cant write in my exams", A, ["kb-en-records_billing-011"]),
        ("when can i go back to rowing training after a wrist fracture", O, []),
        ("how do i reschedule my fracture clinic appointment, it clashes with a lecture", A, ["kb-en-appointments-002"]),
        ("where's the x-ray department", M, []),
        ("can my mate come in with me to the appointment", A, ["kb-en-appointments-011"]),
        ("is there a cafe open near the fracture clinic", O, []),
        ("what should i do if my fingers go a bit swollen in the cast", O, []),
        ("will i need another x-ray after the cast comes off", O, []),
    ]),
    ("son writing for Gujarati mother, formal", [
        ("Can you book a Gujarati interpreter for my mother's foot clinic appointment?", A,
         ["kb-en-appointments-007", "kb-en-appointments-001"]),
        ("Is the hospital food vegetarian without egg available?", O, []),
        ("How often does she need to come to the diabetic foot clinic?", O, []),
        ("Can she get special shoes from the hospital, and do we pay for them?", O, []),
        ("Which entrance is closest to the podiatry department?", M, []),
        ("Are there wheelchairs at the entrance that we can borrow?", A, ["kb-en-appointments-012"]),
        ("Can I come into the consulting room with my mother to translate?", A,
         ["kb-en-appointments-007", "kb-en-appointments-011"]),
        ("What should she do to look after her feet at home each day?", O, []),
        ("How do we get a leaflet about diabetes in Gujarati?", A, ["kb-en-appointments-007"]),
        ("Is there a prayer room in the hospital?", M, []),
        ("How long is the wait usually in the foot clinic?", M, []),
        ("Can the dressing nurse come to the house instead?", M, []),
        ("What number do we call to cancel if she is unwell?", M, []),
    ]),
    ("chatty pregnant hairdresser", [
        ("When is my 20-week scan, and can my partner come in with me?", M, []),
        ("Can I bring my 3-year-old to the scan?", M, []),
        ("How much does it cost to buy a photo of the scan?", O, []),
        ("Is there a tour of the labour ward before I give birth?", O, []),
        ("What should I pack in my hospital bag?", M, []),
        ("How many birth partners can I have with me in labour?", M, []),
        ("Are there birthing pools available?", O, []),
        ("Can I choose to have a home birth with the hospital midwives?", O, []),
        ("Where do I park when I come in in labour?", M, []),
        ("How long do people usually stay after a normal birth?", M, []),
        ("I've got awful heartburn in pregnancy, what can I do about it?", O, []),
        ("Can I get help with breastfeeding after I go home?", O, []),
        ("What's the phone number for the maternity triage line?", O, []),
    ]),
    ("worried dad, run-on sentences", [
        ("Can one parent stay overnight with a child on the children's ward?", A,
         ["kb-en-visiting-009", "kb-en-visiting-008"]),
        ("Is there a bed or a chair for parents to sleep on?", M, []),
        ("Do parents get meals or do we have to buy our own?", M, []),
        ("Can her little brother visit her on the ward?", A, ["kb-en-visiting-009", "kb-en-visiting-002"]),
        ("Is there a playroom or a school teacher on the children's ward?", M, []),
        ("How do I use her inhaler with the spacer properly?", O, []),
        ("Will she get a written asthma plan before we go home?", O, []),
        ("Is there a shower or somewhere to wash clothes for parents staying over?", M, []),
        ("What time is the doctors' ward round in the morning?", M, []),
        ("Can I park for free because I'm staying with my child?", M, []),
        ("Can the hospital send a letter to her school about her asthma?", A, ["kb-en-records_billing-011"]),
        ("Is there any financial help for parents who lose work while a child is in hospital?", M, []),
        ("When will her follow-up appointment be after discharge?", M, []),
    ]),
    ("measured bank manager", [
        ("Who tells me which of my tablets to stop before my angiogram?", A,
         ["kb-en-procedures-007", "kb-en-procedures-005"]),
        ("Will the angiogram go through my wrist or my groin?", O, []),
        ("How long does the whole angiogram appointment take?", O, []),
        ("Can I drive after an angiogram, and if not, for how long?", M, []),
        ("Do I need someone to stay with me overnight after I get home?", A,
         ["kb-en-procedures-004", "kb-en-procedures-002"]),
        ("Where is the cardiac catheter lab?", M, []),
        ("Can I bring my laptop and work while I'm waiting?", M, []),
        ("How do I get the results of my angiogram?", A, ["kb-en-records_billing-003"]),
        ("Is there a cardiac rehabilitation programme, and how do I sign up?", O, []),
        ("When can I go back to work after an angiogram?", O, []),
        ("Can my wife wait somewhere nearby during the procedure?", M, []),
        ("Is there a patient portal where I can see my test results online?", A,
         ["kb-en-records_billing-002", "kb-en-records_billing-003"]),
        ("Is there a cash machine in the hospital?", O, []),
    ]),
    ("blind guide-dog user, articulate", [
        ("Can my guide dog stay with me on the ward?", M, []),
        ("Can I get my appointment letters in braille, large print or by email?", A,
         ["kb-en-appointments-007", "kb-en-appointments-001"]),
        ("Will someone meet me at the main entrance and guide me to the surgical admissions unit?", A,
         ["kb-en-appointments-012"]),
        ("Where can my guide dog go to relieve itself on site?", M, []),
        ("How long is the hospital stay for keyhole gallbladder removal?", M, []),
        ("What can I eat after gallbladder surgery, do I need a low-fat diet?", O, []),
        ("Is there an audio version of the patient information leaflet?", M, []),
        ("Does the bedside TV and phone cost money, and how do I pay?", O, []),
        ("Can I have a chaperone for examinations?", O, []),
        ("When can I lift heavy things again after the operation?", O, []),
        ("Who looks after my dog if I have to stay overnight unexpectedly?", M, []),
        ("Is there a patient advice and liaison service, and how do I contact them?", A, ["kb-en-visiting-012"]),
        ("Will the hospital arrange a taxi home, and who pays?", M, []),
    ]),
    ("non-native English, Polish speaker", [
        ("I have appointment for hysteroscopy, I can eat before or no?", M, []),
        ("Is possible to have female doctor only?", O, []),
        ("You have Polish interpreter in hospital?", A, ["kb-en-appointments-007"]),
        ("How long I wait after procedure before I go home?", M, []),
        ("I can take painkiller before I come?", M, []),
        ("Is normal to have bleeding after hysteroscopy, how many days?", O, []),
        ("I need to bring urine sample?", M, []),
        ("What if I have my period on day of appointment?", O, []),
        ("I work evening, you have appointment after 5 o'clock?", M, []),
        ("How I get from train station to hospital, there is bus?", M, []),
        ("When I can go back to work cleaning, is heavy work?", O, []),
        ("I don't have GP yet, I can still come to hospital?", M, []),
        ("Where I find the results, you send by post?", A, ["kb-en-records_billing-003"]),
    ]),
    ("gentle elderly widow, full sentences", [
        ("How often do I need to have my pacemaker checked?", O, []),
        ("Can the pacemaker check be done from home with a remote monitor?", O, []),
        ("Is it safe for me to go through airport security with my pacemaker?", O, []),
        ("May I use my mobile telephone near my pacemaker?", O, []),
        ("Do you have a hearing loop at the reception desk?", A, ["kb-en-appointments-012"]),
        ("Can hospital transport pick me up from my sheltered housing?", A, ["kb-en-appointments-009"]),
        ("Where can I get new batteries for my hearing aid?", O, []),
        ("Is there a quiet room where I can sit in silence for a while?", M, []),
        ("What time does the pacemaker clinic close?", M, []),
        ("What should I do if I lose my pacemaker identification card?", O, []),
        ("Is there a volunteer who could push me in a wheelchair to the clinic?", A, ["kb-en-appointments-012"]),
        ("How do I update my next of kin details with the hospital?", M, []),
        ("Could my letters be sent to my niece instead of to me?", M, []),
    ]),
]

ZH = [
    ("简体，退休会计，略正式", [
        ("白内障手术要提前多久预约？", M, []),
        ("做白内障手术用医保能报销多少？", M, []),
        ("手术当天需要家属陪同吗？", A, ["kb-zh-procedures-003", "kb-zh-procedures-001"]),
        ("人工晶体有几种，价格分别是多少？", O, []),
        ("术前要停用哪些眼药水，应该找谁问？", A, ["kb-zh-test_preparation-011", "kb-zh-medications-009"]),
        ("手术后多久可以洗头洗脸？", M, []),
        ("术后复查一般是第几天？", M, []),
        ("眼科门诊在几号楼几楼？", M, []),
        ("异地医保能不能在你们医院直接结算？", A, ["kb-zh-records_billing-007"]),
        ("可以在网上挂眼科专家号吗？", A, ["kb-zh-appointments-001"]),
        ("做完手术能坐地铁回家吗？", A, ["kb-zh-procedures-003"]),
        ("住院的话一天床位费多少钱？", M, []),
        ("发票丢了还能补打吗？", A, ["kb-zh-records_billing-008"]),
    ]),
    ("繁體台灣用語，客氣", [
        ("無痛胃鏡要自費多少錢？", M, []),
        ("做胃鏡前幾個小時不能吃東西？", A, ["kb-zh-test_preparation-008"]),
        ("做完麻醉胃鏡可以自己開車回家嗎？", A, ["kb-zh-test_preparation-008", "kb-zh-procedures-010"]),
        ("健檢報告多久可以拿到？", M, []),
        ("報告可以用電子郵件寄給我嗎？", M, []),
        ("健保卡忘了帶怎麼辦？", A, ["kb-zh-appointments-003"]),
        ("可以刷信用卡付款嗎？", M, []),
        ("做胃鏡當天穿什麼衣服比較方便？", M, []),
        ("如果有切片化驗，結果要等幾天？", A, ["kb-zh-records_billing-003", "kb-zh-procedures-010"]),
        ("有沒有週六的健檢時段？", O, []),
        ("申請診斷證明書給保險公司要多少錢？", M, []),
        ("醫院的停車場怎麼收費？", M, []),
        ("胃鏡做完喉嚨痛，要怎麼緩解？", M, []),
    ]),
    ("粵語口語，茶餐廳老闆娘", [
        ("我做子宮肌瘤手術要住幾多日院呀？", M, []),
        ("入院嗰日要幾點到？", M, []),
        ("病房探病時間係幾點到幾點？", M, []),
        ("我老公可唔可以喺病房陪我過夜？", A, ["kb-zh-visiting-006"]),
        ("住院期間可唔可以叫外賣送上病房？", M, []),
        ("手術後幾耐可以返工？我要企成日㗎", O, []),
        ("出院嗰陣要唔要即刻交晒錢？", A, ["kb-zh-procedures-008", "kb-zh-records_billing-012"]),
        ("病假紙點樣攞？", A, ["kb-zh-records_billing-011"]),
        ("醫院有冇 Wi-Fi 用？", O, []),
        ("可唔可以揀一人房？幾錢一晚？", O, []),
        ("手術之後幾耐先可以搬重嘢？", O, []),
        ("覆診要喺邊度預約？", A, ["kb-zh-procedures-012"]),
        ("醫院飯堂幾點開？", M, []),
    ]),
    ("东北口语，语音输入错字", [
        ("我爸要做心脏之架手术，大概要花多少钱", M, []),
        ("心内科住园部在哪个楼，我们从东门进去咋走", M, []),
        ("家属能不能二十四小时陪护，要不要办陪护证", A, ["kb-zh-visiting-006"]),
        ("医院能不能请护工，一天多少钱", M, []),
        ("我在外地，能不能在网上给我爸交住园押金", A, ["kb-zh-records_billing-012", "kb-zh-records_billing-004"]),
        ("术后多长时间能出院", M, []),
        ("出院以后在哪里复真，要不要挂号", A, ["kb-zh-procedures-012"]),
        ("医院食堂有没有低盐低油的饭菜", A, ["kb-zh-visiting-007"]),
        ("住院期间农村医保能不能报销", A, ["kb-zh-records_billing-006"]),
        ("我爸不会用智能手机，挂号能不能打电话预约", A, ["kb-zh-appointments-007", "kb-zh-appointments-001"]),
        ("出院小结在哪里复印，要带啥证件", A, ["kb-zh-records_billing-001", "kb-zh-records_billing-002"]),
        ("病房里能不能用电饭锅自己做饭", A, ["kb-zh-visiting-010"]),
        ("医院附近有没有便宜的宾馆可以住", O, []),
    ]),
    ("简体，年轻孕妇，口语化", [
        ("建档需要带哪些材料？", M, []),
        ("产检每次都要排很久，有没有分时段预约？", A, ["kb-zh-appointments-006", "kb-zh-appointments-001"]),
        ("NT检查要在怀孕几周做？", O, []),
        ("唐筛和无创DNA哪个要自费，多少钱？", O, []),
        ("准爸爸可以进产房陪产吗？", O, []),
        ("孕妇学校的课程怎么报名，收费吗？", O, []),
        ("无痛分娩要额外加钱吗？", O, []),
        ("顺产生完孩子一般住几天？", M, []),
        ("新生儿出生医学证明在哪里办？", M, []),
        ("孕期便秘怎么办，可以吃点什么？", O, []),
        ("医院有没有母婴室？", O, []),
        ("坐月子期间可以洗澡吗？", O, []),
        ("产后42天复查需要挂哪个科？", O, []),
    ]),
    ("繁體夾粵語英文，香港大學生", [
        ("十字韌帶手術排期要等幾耐？", M, []),
        ("物理治療一個禮拜要去幾次？", O, []),
        ("物理治療收幾多錢一次？", O, []),
        ("我可唔可以用大學保險 claim 返？", M, []),
        ("手術後幾耐可以再踢波？", O, []),
        ("用拐杖上落巴士有冇咩要注意？", O, []),
        ("醫院借唔借拐杖？要唔要按金？", M, []),
        ("膝頭腫應該點樣冰敷？", M, []),
        ("影 MRI 要預約等幾耐？", M, []),
        ("可唔可以寫信俾學校申請延遲交功課？", A, ["kb-zh-records_billing-011"]),
        ("醫院有冇 gym 俾病人做復康？", O, []),
        ("物理治療部喺邊座？", O, []),
        ("可以攞一份 MRI 報告副本嗎？", A, ["kb-zh-records_billing-010", "kb-zh-records_billing-003"]),
    ]),
    ("简体夹拼音，农村奶奶", [
        ("孙子发烧住院，wo ke yi 陪床吗？", A, ["kb-zh-visiting-006"]),
        ("儿科病房 tan shi 时间是几点？", M, []),
        ("小孩住院要 jiao 多少押金？", M, []),
        ("医院有没有 gei 小孩吃的饭？", A, ["kb-zh-visiting-007"]),
        ("孩子打点滴哭闹，能不能 dai 玩具进去？", M, []),
        ("我不识字，怎么 gua hao？", A, ["kb-zh-appointments-007"]),
        ("孩子爸妈在外地，能不能在 shou ji 上看报告？", A, ["kb-zh-records_billing-003", "kb-zh-records_billing-004"]),
        ("出院后孩子还咳嗽 zen me 护理？", O, []),
        ("医院里有热水 ma？哪里打开水？", O, []),
        ("孩子的新农合 bao xiao 要什么材料？", A, ["kb-zh-records_billing-006", "kb-zh-records_billing-007"]),
        ("晚上陪床 you mei you 折叠床租？多少钱", M, []),
        ("住院期间能给孩子 xi zao 吗？", O, []),
        ("儿科门诊 zhou mo 开不开？", M, []),
    ]),
    ("简体，干练商务口吻", [
        ("住院期间能不能订纯素餐？不要葱蒜", M, []),
        ("有没有VIP病房或单间，价格多少？", O, []),
        ("甲状腺手术前需要做哪些检查？", A, ["kb-zh-procedures-004"]),
        ("手术能不能安排在周末？我平时工作忙", M, []),
        ("术后多久能正常说话、开会？", O, []),
        ("病理报告几天出？", A, ["kb-zh-records_billing-003"]),
        ("可以开具英文版的病历吗？出差要用", M, []),
        ("商业保险可以直付吗？", M, []),
        ("手术疤痕怎么护理？", M, []),
        ("术后复查甲状腺功能，多久抽一次血？", O, []),
        ("病房可以用笔记本电脑办公吗，有没有网络？", M, []),
        ("医院里有安静的地方可以打坐吗？", O, []),
        ("出院后多久能坐飞机？", O, []),
    ]),
    ("繁體台灣，年輕隨性", [
        ("皮膚科門診可以線上掛號嗎？", A, ["kb-zh-appointments-001"]),
        ("痣切除是健保給付還是要自費？", M, []),
        ("小手術當天可以洗澡嗎？", A, ["kb-zh-procedures-006"]),
        ("拆線要回診嗎？大概幾天？", M, []),
        ("切下來的組織會送病理嗎？要另外付費嗎？", M, []),
        ("傷口多久不能曬太陽？", O, []),
        ("這種手術要全身麻醉嗎？", O, []),
        ("門診手術需要家屬陪同嗎？", M, []),
        ("可以預約晚上的門診嗎？", M, []),
        ("收據遺失可以補發嗎？", A, ["kb-zh-records_billing-008"]),
        ("傷口要買什麼敷料？醫院的藥局有賣嗎？", O, []),
        ("搭捷運到醫院哪一站最近？", M, []),
        ("回診可以改成視訊看診嗎？", A, ["kb-zh-appointments-005"]),
    ]),
    ("粵語口語，洗腎長者", [
        ("我每個禮拜要洗幾次腎？", O, []),
        ("洗腎有冇車接送？要唔要錢？", O, []),
        ("綜援人士睇病可唔可以免收費？", O, []),
        ("洗腎中心幾點開門？", O, []),
        ("洗腎嗰陣可唔可以食嘢？", O, []),
        ("我可唔可以轉去屋企附近嘅洗腎中心？", O, []),
        ("腹膜透析要點學？", O, []),
        ("飲水有冇限制？", O, []),
        ("腳腫咗點算好？", O, []),
        ("藥房攞藥要排幾耐？", M, []),
        ("可唔可以叫人幫我攞藥？", M, []),
        ("醫院有冇社工幫手申請資助？", O, []),
        ("過年嗰幾日洗腎中心開唔開？", O, []),
    ]),
]


def kb_ids(lang):
    ids = set()
    with open(os.path.join(KB_DIR, "passages_%s.jsonl" % lang), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                assert row["language"] == lang, row["id"]
                ids.add(row["id"])
    return ids


def step1_questions(lang):
    """Questions as saved in step 1 (before the KB was read), if the file is present."""
    path = os.path.join(HERE, "step1_%s.txt" % lang)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        return [l.rstrip("\n") for l in fh if l.strip() and not l.startswith("#")]


def build():
    rows = []
    for lang, personas in (("en", EN), ("zh", ZH)):
        ids = kb_ids(lang)
        assert len(personas) == 10, lang
        n = 0
        for voice, items in personas:
            assert len(items) == 13, (lang, voice)
            for question, kind, gold in items:
                n += 1
                assert kind in (A, M, O)
                answerable = kind == A
                assert bool(gold) == answerable, question
                for g in gold:
                    assert g in ids, (g, question)
                    assert g.startswith("kb-%s-" % lang), g
                rows.append({
                    "id": "u39-%s-%03d" % (lang, n),
                    "language": lang,
                    "question": question,
                    "answerable": answerable,
                    "gold": list(gold),
                    "kind": kind,
                    "voice": voice,
                })
        qs = [r["question"] for r in rows if r["language"] == lang]
        saved = step1_questions(lang)
        if saved is not None:
            assert qs == saved, "questions differ from step1_%s.txt" % lang
    # uniqueness
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["question"] for r in rows}) == len(rows)
    # counts
    for lang in ("en", "zh"):
        lr = [r for r in rows if r["language"] == lang]
        ans = sum(r["answerable"] for r in lr)
        una = len(lr) - ans
        assert len(lr) == 130, (lang, len(lr))
        assert ans >= 30, (lang, ans)
        assert una >= 50, (lang, una)
    return rows


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    for lang in ("en", "zh"):
        lr = [r for r in rows if r["language"] == lang]
        c = {k: sum(r["kind"] == k for r in lr) for k in (A, M, O)}
        print(lang, len(lr), "answerable", c[A], "missing_detail", c[M], "off_topic", c[O])
    print("wrote", OUT, len(rows), "rows")


if __name__ == "__main__":
    main()
