#!/usr/bin/env python3
"""Build the U41 blind don't-know test set (questions.jsonl).

Questions were written in step 1 (step1_en.txt / step1_zh.txt) before the KB was opened;
labels were added in step 2 after reading both KB files in full. Standard library only,
no randomness; every question and label is a literal below.
"""
import json
import os

KB_DIR = os.environ.get("MEDQA_KB_DIR", "/work/main/medqa/assets/kb")
HERE = os.path.dirname(os.path.abspath(__file__))

A = "answered"
M = "missing_detail"
O = "off_topic"

# (persona code, voice, [(question, kind, gold ids)])
EN = [
    ("E1", "plain, older man", [
        ("What time do I need to arrive on the day of my operation?", M, []),
        ("Do I have to stop eating the night before, and from what time?", A, ["kb-en-procedures-003"]),
        ("Can I drive myself in and leave the car in the car park for four days?", M, []),
        ("How much does parking cost per day?", M, []),
        ("Is there a pre-assessment appointment before surgery and how long does it take?", M, []),
        ("Should I bring my own tablets into hospital with me?", A, ["kb-en-procedures-008"]),
        ("Can I bring my electric razor and charge it on the ward?", M, []),
        ("What are the visiting hours on the orthopaedic ward?", M, []),
        ("Is there Wi-Fi for patients and is it free?", A, ["kb-en-visiting-011"]),
        ("Will a physio see me before I go home?", O, []),
        ("Who do I ring if my wound starts to weep after I get home?", A, ["kb-en-procedures-010"]),
        ("Can I get hospital transport home, since I live alone and can't drive with my arm in a sling?", M, []),
        ("How do I get a copy of my discharge letter?", A, ["kb-en-procedures-009"]),
    ]),
    ("E2", "anxious, long-winded", [
        ("How many appointments will the living donor assessment involve before they decide if I can donate?", O, []),
        ("Will the hospital pay back my travel costs for all these tests, since I'm the donor?", M, []),
        ("Can my brother and I be on the same ward after the operation?", O, []),
        ("How long will I be in hospital after giving a kidney?", O, []),
        ("Is there someone I can talk to about my worries who isn't part of my brother's team?", O, []),
        ("Can I get a fit note for my employer, and who writes it?", A, ["kb-en-records_billing-011"]),
        ("Do I need to do a 24-hour urine collection, and where do I hand it in?", M, []),
        ("Where is the blood test department and do I need an appointment?", M, []),
        ("Do I need to fast before the blood tests?", A, ["kb-en-test_preparation-001"]),
        ("Can my husband stay overnight with me after the operation?", A, ["kb-en-visiting-008"]),
        ("Is there a chapel or quiet room I can sit in while I'm waiting?", M, []),
        ("If I change my mind about donating, who do I tell?", M, []),
        ("How do I cancel or rearrange an appointment?", A, ["kb-en-appointments-002", "kb-en-appointments-003"]),
    ]),
    ("E3", "terse texter, typos", [
        ("wat time does fracture clinic open", M, []),
        ("do i need to bring my xray or do u have it", M, []),
        ("can i get my sling replaced if mine is wrecked", O, []),
        ("is there a cafe in the hospital", O, []),
        ("how long is the wait usually at fracture clinic", M, []),
        ("can i use my phone in the waiting room", A, ["kb-en-visiting-011"]),
        ("where do i get a sick note for work", A, ["kb-en-records_billing-011"]),
        ("is the bike rack outside safe, is there cctv", O, []),
        ("what bus goes to the hospital from the train station", M, []),
        ("can i shower with the sling on", O, []),
        ("how long do i keep an ice pack on my shoulder", M, []),
        ("do i have to pay for prescriptions at the hospital pharmacy", M, []),
        ("whats the phone number to change my appointment", M, []),
    ]),
    ("E4", "formal, polite, second-language English", [
        ("Could you please tell me whether one parent may stay with my daughter in the anaesthetic room?", O, []),
        ("Is an interpreter available if my wife prefers to speak Korean?", A, ["kb-en-appointments-007"]),
        ("Is there a charge for treatment because we are on a work visa?", O, []),
        ("How long before surgery must my daughter stop drinking clear fluids?", A, ["kb-en-procedures-003"]),
        ("May my daughter bring her own toy or blanket to the operating theatre?", O, []),
        ("Is there a play area for children on the ward?", M, []),
        ("Where can I buy food for my daughter after the operation?", O, []),
        ("Can both parents stay overnight if she is kept in?", A, ["kb-en-visiting-009"]),
        ("When may she go swimming after grommets?", O, []),
        ("How many days does she need to be off school?", O, []),
        ("Whom should I contact if there is discharge from her ear after we go home?", O, []),
        ("Can I request a receipt in English for my company insurance?", M, []),
        ("Is there a baby-changing or family toilet near the children's ward?", O, []),
    ]),
    ("E5", "voice input, slips", [
        ("can a foster care are sign the consent form or does it have to be the social worker", M, []),
        ("how long does an MRI scan take", A, ["kb-en-test_preparation-006"]),
        ("can I stay in the room with him during the M R I", A, ["kb-en-test_preparation-006", "kb-en-appointments-011"]),
        ("can he wear his own clothes in the scanner or does he need a gown", A, ["kb-en-test_preparation-005"]),
        ("what time does he have to stop eating before sedation", A, ["kb-en-procedures-003"]),
        ("is there blue badge parking close to the children's entrance", M, []),
        ("will the results be sent to his GP or to me", A, ["kb-en-records_billing-003"]),
        ("how long until we get the MRI results", M, []),
        ("can the social worker visit him on the ward outside visiting hours", M, []),
        ("is there a quiet room for a child who gets overwhelmed", A, ["kb-en-appointments-007", "kb-en-appointments-011"]),
        ("what should I pack for an overnight stay", A, ["kb-en-procedures-008"]),
        ("can I claim back taxi fare from the hospital", M, []),
        ("who do I speak to if I want to complain about how he was treated", A, ["kb-en-visiting-012"]),
    ]),
    ("E6", "blunt, practical", [
        ("How long will I be in hospital for a hysterectomy?", O, []),
        ("When can I lift heavy things again?", O, []),
        ("When can I drive after the surgery?", M, []),
        ("Do you operate on Saturdays?", O, []),
        ("Can I have a single room and what does it cost?", O, []),
        ("Do I need to shave before surgery?", A, ["kb-en-procedures-012"]),
        ("Can I be referred to a menopause clinic?", O, []),
        ("Can my dog come and visit me on the ward?", M, []),
        ("Can the kitchen do gluten-free meals?", O, []),
        ("Do I get compression stockings and do I have to pay for them?", O, []),
        ("When will the stitches come out and who takes them out?", M, []),
        ("Can I get a copy of my pathology results?", A, ["kb-en-records_billing-001", "kb-en-records_billing-003"]),
        ("What's the phone number for the gynaecology ward?", M, []),
    ]),
    ("E7", "chatty, exclamation marks", [
        ("Hi! How early should I arrive for my MRI appointment?", A, ["kb-en-appointments-005"]),
        ("Can I keep my eyelash extensions and makeup on in the MRI?!", M, []),
        ("I'm claustrophobic - do you have an open MRI scanner?", M, []),
        ("Can I bring my own music to listen to during the scan?", M, []),
        ("How much does an MRI cost if I go private instead of waiting?", O, []),
        ("How long is the waiting list for a neurology appointment?", M, []),
        ("Can I have an evening or weekend appointment? Saturdays are my busiest day!!", M, []),
        ("Can my sister come into the consultation with me?", A, ["kb-en-appointments-011"]),
        ("Is there a headache diary I should fill in before the clinic?", M, []),
        ("Can I do the neurology appointment by video call?", A, ["kb-en-appointments-006"]),
        ("If I get a last-minute wedding booking, how much notice do I need to give to reschedule?", A, ["kb-en-appointments-002"]),
        ("Is there a fee if I miss an appointment?", M, []),
        ("Where is the neurology outpatient clinic?", M, []),
    ]),
    ("E8", "cautious, privacy-minded", [
        ("Can I be admitted under a different name so staff don't recognise me?", M, []),
        ("Who is allowed to see my medical records?", A, ["kb-en-records_billing-004", "kb-en-records_billing-012"]),
        ("Can I ask for my name not to be written on the board at the nurses' station?", M, []),
        ("How do I request a copy of my medical records and is there a fee?", A, ["kb-en-records_billing-001"]),
        ("Is there a support group for people after weight-loss surgery?", O, []),
        ("How long is the waiting list for bariatric surgery?", O, []),
        ("Will I see a dietitian before the operation?", O, []),
        ("Can I refuse to have students present during my examination?", O, []),
        ("Is the hospital allowed to tell the press that I'm a patient?", A, ["kb-en-records_billing-012"]),
        ("How do I opt out of my data being used for research?", M, []),
        ("Do you have larger-size gowns and beds?", M, []),
        ("Can I have a private room and what does it cost per night?", O, []),
        ("Who do I speak to about a data-protection concern?", A, ["kb-en-records_billing-012"]),
    ]),
    ("E9", "short questions, son abroad", [
        ("How can I get an update on my mum by phone from overseas?", A, ["kb-en-visiting-007"]),
        ("What's the ward phone number?", M, []),
        ("Can I video call her - is there a tablet on the ward?", M, []),
        ("Who is allowed to be given information about her - do I need to be next of kin?", A, ["kb-en-visiting-007", "kb-en-records_billing-005"]),
        ("Can I send flowers to the ward?", A, ["kb-en-visiting-003"]),
        ("Can I post a parcel to her on the ward?", O, []),
        ("What time is the doctors' ward round?", M, []),
        ("Is there a social worker who plans care at home after discharge?", A, ["kb-en-procedures-009"]),
        ("Will she be charged for care at home after she leaves?", O, []),
        ("Can she get her hearing aid batteries replaced in hospital?", O, []),
        ("What time of day are patients usually discharged?", M, []),
        ("Is there a discharge lounge?", A, ["kb-en-procedures-009"]),
        ("How can I leave a compliment for the nurses?", A, ["kb-en-visiting-012"]),
    ]),
    ("E10", "earnest, faith-minded", [
        ("Will my wish to refuse a blood transfusion be respected?", M, []),
        ("Is there a form for an advance decision about blood?", O, []),
        ("Do you have a hospital liaison contact for Jehovah's Witnesses?", M, []),
        ("Can I talk to the surgeon about bloodless surgery options before I sign the consent?", A, ["kb-en-procedures-006"]),
        ("When do I start the bowel preparation before the operation?", M, []),
        ("Is there a pre-operative assessment and where is it held?", M, []),
        ("Can elders from my congregation visit me on the ward?", A, ["kb-en-visiting-001"]),
        ("Is there a quiet room where I can pray and read my Bible?", M, []),
        ("Will a stoma nurse see me before the operation?", O, []),
        ("How long is the hospital stay after bowel surgery?", O, []),
        ("Can my wife bring in home-cooked food for me?", A, ["kb-en-visiting-003"]),
        ("When can I go back to work after bowel surgery?", O, []),
        ("What number do I ring if I have questions before the operation?", M, []),
    ]),
]

ZH = [
    ("Z1", "简体，语音输入错字，广场舞阿姨", [
        ("做静脉区张手术要住几天院", O, []),
        ("手术前一天晚上几点以后不能吃东西", A, ["kb-zh-procedures-002"]),
        ("住院要交多少押金", M, []),
        ("医保卡能直接结算吗", A, ["kb-zh-records_billing-006"]),
        ("病房探视时间是几点到几点", M, []),
        ("可以带自己的枕头被子吗", M, []),
        ("术后要穿弹力袜吗，去哪里买", O, []),
        ("出院以后多久能跳广场舞", O, []),
        ("医院食堂在几楼，家属能去吃吗", M, []),
        ("住院期间能不能请假回家住一晚", O, []),
        ("出院小结什么时候能拿到", A, ["kb-zh-procedures-008"]),
        ("医院附近有没有公交车站，坐几路车", M, []),
        ("复查要不要提前挂号，怎么挂号", A, ["kb-zh-procedures-012", "kb-zh-appointments-001"]),
    ]),
    ("Z2", "繁體，台灣用語", [
        ("鼻中隔手術要住院幾天？", O, []),
        ("健保有給付嗎？自費大概多少錢？", M, []),
        ("手術前要先做哪些檢查？", A, ["kb-zh-procedures-004"]),
        ("住院可以選單人房嗎？差額一天多少？", O, []),
        ("術後多久可以回去上班修機車？", O, []),
        ("鼻子塞紗布的時候可以洗頭嗎？", O, []),
        ("醫院有沒有停車場，停車費怎麼算？", A, ["kb-zh-appointments-009"]),
        ("可以請看護嗎？一天多少錢？", M, []),
        ("門診掛號費多少？", M, []),
        ("看診可以線上掛號嗎？", A, ["kb-zh-appointments-001"]),
        ("手術同意書要誰簽？", A, ["kb-zh-procedures-004"]),
        ("出院後要回診拆線嗎？", A, ["kb-zh-procedures-012"]),
        ("診斷證明書要怎麼申請，要錢嗎？", M, []),
    ]),
    ("Z3", "粵語口語，繁體", [
        ("做腰椎手術要喺醫院住幾耐呀？", O, []),
        ("入院嗰日要帶咩嘢去？", A, ["kb-zh-procedures-007", "kb-zh-visiting-010"]),
        ("我可唔可以帶自己嘅手機充電器入病房？", A, ["kb-zh-visiting-010"]),
        ("探病時間係幾點到幾點？", M, []),
        ("屋企人可唔可以煲湯帶嚟俾我飲？", A, ["kb-zh-visiting-007"]),
        ("出院之後使唔使做物理治療，喺邊度做？", O, []),
        ("醫院有冇輪椅借？", A, ["kb-zh-appointments-007"]),
        ("我可唔可以帶啲鮮花入病房擺？", A, ["kb-zh-visiting-003"]),
        ("出院後幾耐先可以搬重嘢？", O, []),
        ("醫院有冇社工可以幫我申請經濟援助？", O, []),
        ("病假紙點樣攞？", A, ["kb-zh-records_billing-011"]),
        ("住院收費一日幾錢？", M, []),
        ("覆診想改期要打咩電話？", M, []),
    ]),
    ("Z4", "简体夹拼音，打字随意", [
        ("bi nei jing 手术要全麻吗", O, []),
        ("术前要做什么jian cha", A, ["kb-zh-procedures-004"]),
        ("手术那天能化妆涂指甲油吗", A, ["kb-zh-procedures-005"]),
        ("住院要带什么东西", A, ["kb-zh-visiting-010", "kb-zh-procedures-007"]),
        ("术后多久能上班", O, []),
        ("鼻子里塞的东西多久取出来", O, []),
        ("能不能用微信付款", A, ["kb-zh-records_billing-004", "kb-zh-records_billing-012"]),
        ("病房有没有wifi，密码是多少", O, []),
        ("术后能不能吃辣", O, []),
        ("医院晚上几点关门，家属几点要走", M, []),
        ("可以开病假条吗，能开几天", M, []),
        ("洗鼻子的盐水去哪买", M, []),
        ("复查yao不yao空腹", M, []),
    ]),
    ("Z5", "简体，正式书面", [
        ("请问腹腔镜手术的术前检查需要提前多少天完成？", M, []),
        ("手术当日需几点到院办理入院？", M, []),
        ("住院期间是否可以使用笔记本电脑办公？", A, ["kb-zh-visiting-010"]),
        ("是否提供单人病房？费用如何？", O, []),
        ("术后一般需要休息多长时间才能恢复工作？", O, []),
        ("请问能否开具英文诊断证明，用于商业保险理赔？", M, []),
        ("发票和费用清单在哪里打印？", A, ["kb-zh-records_billing-005", "kb-zh-records_billing-008"]),
        ("请问医院是否支持商业保险直付？", M, []),
        ("术后复诊需要到哪个科室？", A, ["kb-zh-procedures-012"]),
        ("是否需要家属陪同签字？", A, ["kb-zh-procedures-004"]),
        ("住院期间是否可以点外卖？", M, []),
        ("病理报告多久能出，在哪里查询？", A, ["kb-zh-records_billing-003"]),
        ("请问投诉或意见反馈的渠道是什么？", A, ["kb-zh-records_billing-004"]),
    ]),
    ("Z6", "繁體，長者口吻", [
        ("我住院期間可以請外籍看護陪我嗎？", A, ["kb-zh-visiting-006"]),
        ("病房幾點熄燈？", M, []),
        ("我每天吃的降血壓藥要自己帶來嗎？", A, ["kb-zh-visiting-010"]),
        ("醫院有沒有理髮服務？", O, []),
        ("我耳朵不好，可以請護理師寫字跟我溝通嗎？", M, []),
        ("醫院有沒有佛堂或禱告室？", O, []),
        ("出院的時候可以叫救護車送我回家嗎？要錢嗎？", O, []),
        ("榮民身分看病有沒有減免？", O, []),
        ("我可以在病房抽菸嗎？", A, ["kb-zh-visiting-010", "kb-zh-visiting-005"]),
        ("住院期間可以洗澡嗎？", M, []),
        ("家人要幫我辦出院，要帶什麼證件？", A, ["kb-zh-procedures-008"]),
        ("帶狀皰疹疫苗要去哪裡打，要錢嗎？", O, []),
        ("醫院有沒有接駁車到捷運站？", M, []),
    ]),
    ("Z7", "简体，农村口语", [
        ("我们从外地来，异地医保能报销吗", A, ["kb-zh-records_billing-007"]),
        ("孩子住院大人能陪床吗，陪床要钱吗", M, []),
        ("医院附近有没有便宜的住的地方", O, []),
        ("心脏彩超要排队多久", M, []),
        ("做心超孩子要不要空腹", A, ["kb-zh-test_preparation-007"]),
        ("封堵手术要多少钱", O, []),
        ("有没有慈善救助可以申请", O, []),
        ("孩子能带平板进病房看动画片吗", M, []),
        ("病房有没有热水可以泡面", M, []),
        ("出院后多久要回来复查", M, []),
        ("孩子多久能回学校上课", O, []),
        ("从火车站到医院怎么走", M, []),
        ("挂号要用身份证还是户口本", A, ["kb-zh-appointments-012", "kb-zh-appointments-003"]),
    ]),
    ("Z8", "简体，年轻人随口", [
        ("痔疮手术是门诊做还是要住院", O, []),
        ("术前要灌肠吗，在家自己弄还是医院弄", O, []),
        ("手术可以约周末吗", M, []),
        ("术后多久能正常上班跑客户", O, []),
        ("术后坐浴用什么水，坐浴盆去哪买", O, []),
        ("医院有没有夜间门诊", M, []),
        ("能开病假条吗", A, ["kb-zh-records_billing-011"]),
        ("痔疮手术能用医保报销吗", M, []),
        ("复查能不能网上预约", A, ["kb-zh-appointments-001", "kb-zh-procedures-012"]),
        ("医院停车场怎么收费", A, ["kb-zh-appointments-009"]),
        ("住院期间能不能点外卖", M, []),
        ("术后便秘了吃什么好", O, []),
        ("手术费能开发票吗", A, ["kb-zh-records_billing-008"]),
    ]),
    ("Z9", "粵語，澳門，繁體", [
        ("抽血要唔要空肚呀？", A, ["kb-zh-test_preparation-001"]),
        ("抽血部喺邊度，幾點開？", M, []),
        ("澳門居民睇醫生使唔使錢？", O, []),
        ("驗血報告幾耐有得攞？", A, ["kb-zh-records_billing-003"]),
        ("可唔可以上網睇報告？", A, ["kb-zh-records_billing-003", "kb-zh-records_billing-004"]),
        ("我返夜更，有冇夜晚門診？", M, []),
        ("覆診可唔可以打電話改期？", A, ["kb-zh-appointments-002"]),
        ("醫院有冇營養師可以教我點食？", O, []),
        ("見醫生之前要唔要先交尿樣？", M, []),
        ("醫院有冇葡萄牙文翻譯？", A, ["kb-zh-appointments-008"]),
        ("請病假要點攞證明？", A, ["kb-zh-records_billing-011"]),
        ("停車場幾錢一個鐘？", M, []),
        ("喺藥房攞藥要等幾耐？", M, []),
    ]),
    ("Z10", "简体，四川口语", [
        ("胸腔镜手术要住好多天院", O, []),
        ("手术那天家属可以在哪点等", O, []),
        ("手术要好久，咋个晓得做完了", O, []),
        ("术后老公能不能吃火锅", O, []),
        ("陪护要不要办陪护证", A, ["kb-zh-visiting-006"]),
        ("晚上陪床有没有躺椅可以租", M, []),
        ("病理结果好久出来", A, ["kb-zh-records_billing-003"]),
        ("胸腔镜手术费大概好多钱", O, []),
        ("出院后好久能坐起打麻将", O, []),
        ("病房能不能用电饭煲", A, ["kb-zh-visiting-010"]),
        ("出院要办啥子手续", A, ["kb-zh-procedures-008"]),
        ("医院有没有戒烟门诊", O, []),
        ("住院期间能不能出去走一下", O, []),
    ]),
]


def kb_ids(lang):
    ids = set()
    with open(os.path.join(KB_DIR, "passages_%s.jsonl" % lang), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def build():
    rows = []
    for lang, personas in (("en", EN), ("zh", ZH)):
        n = 0
        for _code, voice, qs in personas:
            assert len(qs) == 13, _code
            for q, kind, gold in qs:
                n += 1
                rows.append({
                    "id": "u41-%s-%03d" % (lang, n),
                    "language": lang,
                    "question": q,
                    "answerable": kind in (A, "added"),
                    "gold": list(gold),
                    "kind": kind,
                    "voice": voice,
                })
    return rows


def check(rows):
    ids = [r["id"] for r in rows]
    qs = [r["question"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(qs) == len(set(qs)), "duplicate questions"
    for lang in ("en", "zh"):
        valid = kb_ids(lang)
        mine = [r for r in rows if r["language"] == lang]
        for r in mine:
            assert r["kind"] in (A, M, O, "added"), r["id"]
            if r["answerable"]:
                assert r["gold"], r["id"]
                for g in r["gold"]:
                    assert g in valid, (r["id"], g)
                    assert g.startswith("kb-%s-" % lang), (r["id"], g)
            else:
                assert r["gold"] == [], r["id"]
        ans = sum(r["answerable"] for r in mine)
        una = len(mine) - ans
        assert len(mine) == 130, (lang, len(mine))
        assert ans >= 30, (lang, ans)
        assert una >= 50, (lang, una)
        assert ans == {"en": 41, "zh": 46}[lang], (lang, ans)
        print("%s: %d rows, %d answerable, %d unanswerable (%d missing_detail, %d off_topic)" % (
            lang, len(mine), ans, una,
            sum(r["kind"] == M for r in mine), sum(r["kind"] == O for r in mine)))


def main():
    rows = build()
    check(rows)
    out = os.path.join(HERE, "questions.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %s (%d rows)" % (out, len(rows)))


if __name__ == "__main__":
    main()
