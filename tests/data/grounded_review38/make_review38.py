#!/usr/bin/env python3
"""Blind grounded review set 38: reviewer questions, 50 English + 50 Chinese.

Standard library only. All text is typed into this file by hand. The KB passage
files are read only to check that every gold and "near" id exists.

    MEDQA_ROOT=/work/main python3 make_review38.py

writes questions.jsonl next to this script.
"""
import json
import os
import random
from collections import Counter

SEED = 38

HERE = os.path.dirname(os.path.abspath(__file__))
MEDQA_ROOT = os.environ.get("MEDQA_ROOT", "/work/main")
KB_DIR = os.path.join(MEDQA_ROOT, "medqa", "assets", "kb")

# kinds and counts per language
KIND_COUNTS = {
    "plain": 5,
    "context": 10,
    "lay": 9,
    "two_part": 6,
    "missing_detail": 15,
    "off_topic": 5,
}
ANSWERABLE_KINDS = {"plain", "context", "lay", "two_part"}

# voices (short labels reused below)
FRAMER = "picture framer (independent framing shop)"
STOCK = "overnight stocktaker (retail inventory count team)"
URU_M = "Uruguayan family writing learner English (Montevideo)"
URU_S = "Uruguayan family writing learner English (Salto)"
TKM_A = "Turkmen family writing learner English (Ashgabat)"
TKM_T = "Turkmen family writing learner English (Turkmenabat)"
SENCO = "school SENCO (special educational needs coordinator)"
AQUA = "public aquarium aquarist"
DIVER = "public aquarium dive-team member"
ARCHER = "club archer"
POLO = "water polo player"
S_FREE = "; style: times free list"
S_BET = "; style: settle a bet"
S_SCALE = "; style: scale of 1 to 10"

# (kind, question, gold_id_or_None, voice)
EN = [
    # ---------------- plain (5) ----------------
    ("plain",
     "free monday from 10, weds afternoon, any time friday. whatever slot i end up with, how early am i meant to get there before it??",
     "kb-en-appointments-005", STOCK + S_FREE),
    ("plain",
     "Where do I get a sharps bin for my used needles?",
     "kb-en-medications-003", AQUA),
    ("plain",
     "is there wifi on the wards for visitors",
     "kb-en-visiting-011", POLO),
    ("plain",
     "please how I do the midstream urine sample? the paper say midstream, I not understand this word",
     "kb-en-test_preparation-011", URU_M),
    ("plain",
     "Can I pay a hospital bill off in instalments rather than all in one go?",
     "kb-en-records_billing-009", FRAMER),

    # ---------------- context (10) ----------------
    ("context",
     "On a scale of 1 to 10 how strict are they about gel nails before an op? I frame pictures all day and without gels my nails get wrecked on the hanging wire and the D-rings, so I've had them done for years. Knee op in a couple of weeks. Do they all have to come off or only some?",
     "kb-en-procedures-012", FRAMER + S_SCALE),
    ("context",
     "I'm the SENCO at a secondary school. One of our Year 9 students has a learning disability and reads well below his age, and his mum finds long letters hard too. He has a clinic appointment next month and the letter they got was three dense pages. Is it possible to get the hospital's information in an easy-read version for them?",
     "kb-en-appointments-007", SENCO),
    ("context",
     "bit of a chickenpox scare at our club, one of the juniors came out in spots after training and my daughter was in the pool with her on tuesday. my brother's been on a ward since the weekend and she's desperate to see him. can i still bring her in or not",
     "kb-en-visiting-002", POLO + " (parent of a junior)"),
    ("context",
     "We had an indoor shoot on Sunday and half the range had a streaming cold, and now of course I've got it too, coughing and sniffing. My hernia repair is booked for Thursday. Do I just turn up and mention it on the day, or am I supposed to ring someone before?",
     "kb-en-procedures-011", ARCHER),
    ("context",
     "Hello. My husband take one tablet every day for the pressure, the box is nearly finish, maybe 6 days more. How many days before he finish we need to order the repeat prescription?",
     "kb-en-medications-001", URU_S),
    ("context",
     "Settle a bet. Caught the back of my hand on the hot glue gun yesterday fixing a mount, ran it under the cold tap for about a minute and cracked on. My boss says you're meant to keep it under way longer than that. Who's right, how long is it actually supposed to be?",
     "kb-en-self_care-005", FRAMER + S_BET),
    ("context",
     "I work on the dive team at the aquarium so most mornings I'm in the big tank scrubbing the acrylic and my phone's in a locker till lunch. Got a phone follow up with the clinic next week. Someone told me the hospital comes up as no caller ID, is that true? I never normally answer those",
     "kb-en-appointments-006", DIVER),
    ("context",
     "agency i count stock for wont put me back on the rota without a note from the hospital after my op. do i get that off the ward before they let me go home, or is it a GP job?",
     "kb-en-records_billing-011", STOCK),
    ("context",
     "Our Year 7 nurture group want to send something to their teaching assistant, who has been in hospital for a fortnight. They've made cards, and now they've got their hearts set on a giant balloon with her name on it. Are balloons actually allowed on the wards?",
     "kb-en-visiting-003", SENCO),
    ("context",
     "My mother is 72, she speak Turkmen and Russian, only few English. I do all her hospital things, I translate the letters for her. She agree that I see her information. How I can see her letters in the patient portal from my phone?",
     "kb-en-records_billing-005", TKM_A),

    # ---------------- lay (9) ----------------
    ("lay",
     "got to go in the big magnet tube for my back next week. roughly how long am i lying in there for??",
     "kb-en-test_preparation-006", STOCK),
    ("lay",
     "I've been sent the clear-out drink for before they put the camera up the back end. How will I know it's done its job - what should be coming out by the end?",
     "kb-en-test_preparation-003", AQUA),
    ("lay",
     "On a scale of one to ten how bad is a milky coffee first thing before they put me under for my shoulder? does that count as having a drink or having food",
     "kb-en-procedures-003", ARCHER + S_SCALE),
    ("lay",
     "Settle an argument please. We keep all our pills in the little mirrored cupboard over the sink in the shower room. My other half says it's the worst spot in the house for them. Is it?",
     "kb-en-medications-002", FRAMER + S_BET),
    ("lay",
     "wasp got me at the outdoor pool, little black spike thing is still in my arm. do i pinch it out with my nails or what",
     "kb-en-self_care-013", POLO),
    ("lay",
     "my mum is in the hospital, up in the bed on the 4 floor. me and my 3 brothers all call the nurses every day to ask how is she. is it better just one of us call?",
     "kb-en-visiting-007", URU_M),
    ("lay",
     "I count things for a living so I like to see where the numbers come from. The bill you sent is just one big total at the bottom. Can I get it broken down line by line so I can see what each bit was for?",
     "kb-en-records_billing-007", STOCK),
    ("lay",
     "jarred my wrist catching a bad pass last night. teamate says hold a bag of frozen sweetcorn on it. how long do i keep it on each time?",
     "kb-en-self_care-006", POLO),
    ("lay",
     "My wife go for the picture of the baby with the cold gel on the belly, first time, baby is still very small. Letter say something about water. She need to come with full of pee, or empty?",
     "kb-en-test_preparation-009", TKM_T),

    # ---------------- two_part (6) ----------------
    ("two_part",
     "Having the sleepy jab for a camera test on Wednesday afternoon. Can I cycle home that evening if I feel fine, and am I OK to sign the lease for our new club range the same night?",
     "kb-en-procedures-002", ARCHER),
    ("two_part",
     "We fly home to Montevideo in December with my son insulin. The insulin must go in the suitcase or with us in the cabin? And with the time change, who we ask about the hour of his injection?",
     "kb-en-medications-009", URU_M),
    ("two_part",
     "I need to book supply cover for my glucose tolerance test. Roughly how long does it take, and am I allowed to pop out to the car to make calls between the blood samples?",
     "kb-en-test_preparation-012", SENCO),
    ("two_part",
     "what do i need to sign up to the patient portal? and if the online id check keeps failing can i just get the code from the front desk instead",
     "kb-en-records_billing-002", AQUA),
    ("two_part",
     "I'm free Tuesday and Thursday daytimes, nights I'm out counting. How far ahead do I need to book hospital transport, and can my partner come along in it with me?",
     "kb-en-appointments-009", STOCK + S_FREE),
    ("two_part",
     "Our coach is in intensive care after a bad fall on the pool deck. How many of us can be at his bed at once, and are we allowed to take a team photo with him?",
     "kb-en-visiting-005", POLO),

    # ---------------- missing_detail (15) ----------------
    ("missing_detail",
     "Settle a bet: my mate reckons parking at the hospital is about £2 an hour, I say it's nearer £4. What does it actually cost to park for three hours?",
     None, POLO + S_BET + "; near kb-en-appointments-008"),
    ("missing_detail",
     "what time does evening visiting finish on the general wards? exact time pls, i start my count at 10",
     None, STOCK + "; near kb-en-visiting-001"),
    ("missing_detail",
     "I'm free Tuesdays 6-9am and Thursdays after 4pm. What time does the outpatient pharmacy shut on a Thursday?",
     None, STOCK + S_FREE + "; near kb-en-medications-012"),
    ("missing_detail",
     "How much do you charge per page for paper copies of medical records?",
     None, FRAMER + "; near kb-en-records_billing-001"),
    ("missing_detail",
     "I'm bringing a pupil and her mum to the fracture clinic and we'll probably need to borrow one of the wheelchairs at the main entrance. How much is the deposit?",
     None, SENCO + "; near kb-en-appointments-012"),
    ("missing_detail",
     "You have interpreter for Turkmen language? Or only for Russian? My father understand Turkmen much better.",
     None, TKM_A + "; near kb-en-appointments-007"),
    ("missing_detail",
     "Which floor is the endoscopy unit on, and is it in the same building as main outpatients?",
     None, AQUA + "; near kb-en-procedures-001"),
    ("missing_detail",
     "For the help with costs programme, what is the income limit? In our house is 2 salary but both small.",
     None, URU_S + "; near kb-en-records_billing-010"),
    ("missing_detail",
     "Dad's lost one of his hearing aids somewhere on the ward. Where is the lost property office and what hours is it open?",
     None, ARCHER + "; near kb-en-visiting-010"),
    ("missing_detail",
     "what time is friday prayer held in the hospital prayer room, and which floor is it on",
     None, FRAMER + "; near kb-en-visiting-008"),
    ("missing_detail",
     "On a scale of 1-10 how strict are the wards about lights out? And what time exactly do they dim the lights at night?",
     None, SENCO + S_SCALE + "; near kb-en-visiting-011"),
    ("missing_detail",
     "How many characters does the patient portal password have to be, and does it need a symbol in it?",
     None, DIVER + "; near kb-en-records_billing-002"),
    ("missing_detail",
     "whats the lowest monthly amount you'll accept on a payment plan?",
     None, FRAMER + "; near kb-en-records_billing-009"),
    ("missing_detail",
     "Which platform do you use for video appointments - Zoom, Teams, something else? Our school laptops block most of them.",
     None, SENCO + "; near kb-en-appointments-006"),
    ("missing_detail",
     "How long does the pre-op assessment appointment usually last? I need to swap my feeding rota at the aquarium.",
     None, AQUA + "; near kb-en-procedures-005"),

    # ---------------- off_topic (5) ----------------
    ("off_topic",
     "Are you have job for porter in the hospital? My son look for work, how he can apply?",
     None, TKM_T),
    ("off_topic",
     "Can I give blood at the hospital, or is there a donor centre on site?",
     None, ARCHER),
    ("off_topic",
     "is there a cash machine anywhere inside the hospital, cant see one on the map",
     None, POLO),
    ("off_topic",
     "Do you offer work experience placements for Year 12s who are thinking about nursing?",
     None, SENCO),
    ("off_topic",
     "Does the hospital take donations of framed prints for the corridors? I've got about thirty I could give. Who would I talk to?",
     None, FRAMER),
]

# Chinese voices
LN_PJ = "辽宁盘锦居民"
LN_LY = "辽宁辽阳居民"
CQ_JJ = "重庆江津居民"
CQ_HC = "重庆合川居民"
CQ_YC = "重庆永川居民"
CAN = "桑蚕养殖户（蚕农）"
OU = "莲藕种植户"
TJY = "人民调解员"
WHZ = "乡镇文化站管理员"
HK_TH = "香港天后居民（粵語，繁體）"
HK_MW = "香港馬灣居民（粵語，繁體）"
HK_DGJ = "香港大角咀居民（粵語，繁體）"
HK_BFL = "香港薄扶林居民（粵語，繁體）"
TW_EL = "台灣彰化二林家庭（台灣華語，繁體）"
TW_BD = "台灣彰化北斗家庭（台灣華語，繁體）"
TW_TW = "台灣彰化田尾家庭（台灣華語，繁體）"

ZH = [
    # ---------------- plain (5) ----------------
    ("plain",
     "饭前吃的药，到底是饭前多长时间吃啊？",
     "kb-zh-medications-006", LN_LY),
    ("plain",
     "住院的病历，出院以后要等多少天才能去复印？",
     "kb-zh-records_billing-001", TJY),
    ("plain",
     "照肝膽的超音波，要空腹多久？",
     "kb-zh-test_preparation-007", TW_EL),
    ("plain",
     "病房里能不能自己带个小电饭锅煮点粥",
     "kb-zh-visiting-010", CAN),
    ("plain",
     "睇急症使唔使預約㗎？",
     "kb-zh-appointments-010", HK_TH),

    # ---------------- context (10) ----------------
    ("context",
     "在App上约了下礼拜三的号，结果那天要回江津老家吃喜酒，走不脱。改约可不可以直接把日子调到礼拜五嘛？还是要另外搞？",
     "kb-zh-appointments-002", CQ_JJ),
    ("context",
     "医生给开了住院证，说床位紧，得排队。我是在家等电话就行，还是得天天跑病区去问有没有床？天天跑一趟来回四十多里地，想想就膈应。",
     "kb-zh-procedures-007", LN_PJ),
    ("context",
     "我是外省参保的，家里种藕，挖藕的时候把腰闪了，在你们这边住了几天院。当时急，没顾上办异地备案，钱都是自己先全掏的。出院以后还能拿回老家去报吗？",
     "kb-zh-records_billing-007", OU),
    ("context",
     "医生叫我背个动态心电图的小盒子，要戴一天一夜。这几天刚好蚕上山，蚕房里又闷又热，忙完一身汗。戴着那东西能不能冲个澡？",
     "kb-zh-test_preparation-010", CAN),
    ("context",
     "我爸住院了，我和我弟都要上班，商量着一人一天轮流陪床，今天我明天他那种。医院让这么换着来吗？",
     "kb-zh-visiting-006", WHZ),
    ("context",
     "前几天调解了一起邻里纠纷，起因是有户人家把一大袋过期药倒在楼道垃圾桶里，被小孩翻出来了，两家吵得不可开交。我想趁这个机会在小区里宣传一下：家里的过期药到底应该扔到哪里？",
     "kb-zh-medications-004", TJY),
    ("context",
     "上個禮拜個仔踢波俾人撞到個鼻，流鼻血，我即刻叫佢仰高頭，隔籬屋嘅太太話咁樣唔啱喎。流鼻血其實應該點坐先啱？",
     "kb-zh-self_care-012", HK_MW),
    ("context",
     "我媽下禮拜要做無痛胃鏡，她平常很怕餓，餓過頭就會手抖。做完之後要等多久才可以吃東西？",
     "kb-zh-procedures-010", TW_BD),
    ("context",
     "上个礼拜在你们那儿看了门诊，看完就走了，回单位人事说要病假证明才给批假，真是恼火。现在还补得到不？",
     "kb-zh-records_billing-011", CQ_YC),
    ("context",
     "我姐住院了，我家小子十岁，跟他大姨最亲，天天闹着要去医院看她，问他嘎哈这么急，说怕大姨想他。十岁的孩子能带进病房不？",
     "kb-zh-visiting-002", LN_PJ),

    # ---------------- lay (9) ----------------
    ("lay",
     "過幾天要去照那個很大台、會吸鐵的機器，身上的鑰匙跟提款卡要先拿掉嗎？",
     "kb-zh-test_preparation-003", TW_TW),
    ("lay",
     "打篮球落地把脚脖子拧了，肿起好大一坨。头两天到底该拿热水袋捂，还是拿冻的东西贴起？",
     "kb-zh-self_care-006", CQ_HC),
    ("lay",
     "医生叫我拿点大号解出来的东西去化验，要弄多少？是一整坨还是一小点就够？",
     "kb-zh-test_preparation-009", CAN),
    ("lay",
     "我妈打的那个控血糖的针，还没拆封的那几支，搁冰箱里能放最底下冻东西那格不？",
     "kb-zh-medications-003", LN_PJ),
    ("lay",
     "闹肚子闹了一整天，跑了十几趟茅房，人都虚了。喝可乐能把水分补回来不？",
     "kb-zh-self_care-008", OU),
    ("lay",
     "单位同事住院了，大伙凑钱想买一盆发财树送过去，能摆在病床边上不？",
     "kb-zh-visiting-003", WHZ),
    ("lay",
     "個女兩歲，醫生開咗支藥水俾佢，可唔可以用屋企食飯嗰隻匙羹嚟量？",
     "kb-zh-medications-010", HK_DGJ),
    ("lay",
     "以前照完片子都给一张大黑片子拿回家，这回啥也没给。下个月我要去省城的大医院再看看，人家要看片子，我拿什么给人家看？",
     "kb-zh-records_billing-010", TJY),
    ("lay",
     "煮飯的時候鍋裡的油噴起來，濺到手背，紅紅一片。我媽都說擦一點麻油就好，這樣可以嗎？",
     "kb-zh-self_care-005", TW_EL),

    # ---------------- two_part (6) ----------------
    ("two_part",
     "做增强CT打完那个药，是能马上走，还是得在那儿等一会儿？回家以后要多喝点水不？",
     "kb-zh-test_preparation-004", LN_LY),
    ("two_part",
     "线上续方的时候，能不能顺便把药换成另外一种？还有就是最迟要提前好久续才不会断药？",
     "kb-zh-medications-002", CQ_JJ),
    ("two_part",
     "BB啱啱出世，未有身份證，點樣喺你哋度開檔？另外我自己之前喺App開過一個檔，而家想再開多個新嘅，得唔得？",
     "kb-zh-appointments-004", HK_BFL),
    ("two_part",
     "我爸住進加護病房了，我們家兄弟姊妹很多，一次可以進去幾個人？進去要穿什麼？",
     "kb-zh-visiting-004", TW_BD),
    ("two_part",
     "住院押金我是拿现金交的，出院的时候怎么退？偏偏那张收据让我弄丢了，还能退不？",
     "kb-zh-records_billing-012", OU),
    ("two_part",
     "叫号叫过了没听到，怎么搞？还有，做完检查拿起结果回去找医生，又要重新挂一回号啊？",
     "kb-zh-appointments-006", CQ_YC),

    # ---------------- missing_detail (15) ----------------
    ("missing_detail",
     "住院预交金得先交多少钱啊？心内科的。",
     None, LN_PJ + "; near kb-zh-procedures-007"),
    ("missing_detail",
     "你们医院停车场停一个钟头要几块钱？",
     None, CQ_HC + "; near kb-zh-appointments-009"),
    ("missing_detail",
     "病历复印一页收多少钱？",
     None, TJY + "; near kb-zh-records_billing-001"),
    ("missing_detail",
     "我们文化站有个听障的老队员要去看病，手语志愿者一般是星期几在？",
     None, WHZ + "; near kb-zh-appointments-008"),
    ("missing_detail",
     "专家号早上几点钟放出来？我得算好时间，早上要先去桑园摘叶子。",
     None, CAN + "; near kb-zh-appointments-001"),
    ("missing_detail",
     "如果請醫院的看護照顧我爸，一天大概多少錢？",
     None, TW_EL + "; near kb-zh-visiting-006"),
    ("missing_detail",
     "普通病房探病時間係幾點到幾點？我放工大約七點先到。",
     None, HK_TH + "; near kb-zh-visiting-001"),
    ("missing_detail",
     "药学咨询门诊在门诊楼几楼？",
     None, LN_LY + "; near kb-zh-medications-009"),
    ("missing_detail",
     "线上续方选快递到家，运费要自己出不？大概多少？",
     None, OU + "; near kb-zh-medications-002"),
    ("missing_detail",
     "要去外头医院会诊，打一张胶片要收几个钱？",
     None, CQ_JJ + "; near kb-zh-records_billing-010"),
    ("missing_detail",
     "办了异地就医备案以后，在你们这儿看门诊能报百分之几？",
     None, CAN + "; near kb-zh-records_billing-007"),
    ("missing_detail",
     "診斷證明要拿去蓋章的那個門診辦公室，在哪一棟哪一樓？",
     None, TW_TW + "; near kb-zh-records_billing-011"),
    ("missing_detail",
     "ICU 每日幾點鐘可以入去探病？",
     None, HK_DGJ + "; near kb-zh-visiting-004"),
    ("missing_detail",
     "营养食堂给病人订餐，每天几点前要订好？",
     None, TJY + "; near kb-zh-visiting-007"),
    ("missing_detail",
     "爽约几回会被限制预约？限制多长时间？",
     None, LN_PJ + "; near kb-zh-appointments-002"),

    # ---------------- off_topic (5) ----------------
    ("off_topic",
     "医院里头可不可以献血？我想去献一回。",
     None, CQ_YC),
    ("off_topic",
     "你们医院能不能帮忙代煎中药？我们这边正忙着起藕，没空天天熬。",
     None, OU),
    ("off_topic",
     "醫院附近有冇平啲嘅賓館或者家屬宿舍可以住幾晚？",
     None, HK_MW),
    ("off_topic",
     "镇上单位想组织职工体检，你们有没有体检套餐？大概什么价钱？",
     None, WHZ),
    ("off_topic",
     "醫院裡面有沒有提款機？",
     None, TW_BD),
]

# Characters that appear only in Traditional script (their Simplified forms
# differ). Typed by hand; used to count Traditional-script rows.
TRAD_ONLY = set(
    "們這個說話請問醫號碼會時間點開關門診檢藥預約掛費單報還買賣樣嗎麼為對來過後頭發"
    "張長東車電樂廣圖書學習體聽見讓覺幫錢幾愛壓雙將陽陰飛養風雲語誰紅綠藍線經結給較"
    "應該進遠遲邊辦動華復難離題顯驗險護從處專當總禮歲歷膽飯鏡鑰鐵機雞媽裡麵熱燙噴膚"
    "齒腳傷臉術幣隻親戶證歡讀舊屬蓋棟寫夠廳齊臟腸檔濺鍋裝盤兒層樓係兩籬啱鐘嘅"
)
# 啱 and 嘅 are Cantonese characters used in both scripts: take them back out.
TRAD_ONLY -= set("啱嘅")


def load_kb_ids():
    ids = set()
    for lang in ("en", "zh"):
        path = os.path.join(KB_DIR, "passages_%s.jsonl" % lang)
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    ids.add(json.loads(line)["id"])
    return ids


def build(lang, items, kb_ids):
    assert len(items) == 50, (lang, len(items))
    kinds = Counter(k for k, _, _, _ in items)
    assert dict(kinds) == KIND_COUNTS, (lang, kinds)
    rows = []
    for kind, question, gold, voice in items:
        assert kind in KIND_COUNTS, kind
        answerable = kind in ANSWERABLE_KINDS
        if answerable:
            assert gold is not None, question
            assert gold.startswith("kb-%s-" % lang), gold
            assert gold in kb_ids, gold
        else:
            assert gold is None, question
        if kind == "missing_detail":
            assert "; near " in voice, voice
            near = voice.rsplit("; near ", 1)[1]
            assert near.startswith("kb-%s-" % lang), near
            assert near in kb_ids, near
            assert voice.endswith(near)
            assert voice.count("; near ") == 1, voice
        else:
            assert "; near" not in voice, voice
        rows.append({
            "language": lang,
            "question": question,
            "answerable": answerable,
            "gold": [gold] if answerable else [],
            "kind": kind,
            "voice": voice,
        })
    rng = random.Random("%d-%s" % (SEED, lang))
    rng.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = "r38-%s-%03d" % (lang, i)
    # checks after the shuffle
    assert sum(r["answerable"] for r in rows) == 30, lang
    assert all(len(r["gold"]) == 1 for r in rows if r["answerable"])
    assert all(r["gold"] == [] for r in rows if not r["answerable"])
    gold_use = Counter(r["gold"][0] for r in rows if r["answerable"])
    assert max(gold_use.values()) <= 2, gold_use.most_common(3)
    return rows


def main():
    kb_ids = load_kb_ids()
    en = build("en", EN, kb_ids)
    zh = build("zh", ZH, kb_ids)
    rows = en + zh
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 100
    questions = [r["question"] for r in rows]
    assert len(questions) == len(set(questions)), "duplicate question"
    trad_rows = [r for r in zh if any(ch in TRAD_ONLY for ch in r["question"])]
    assert 13 <= len(trad_rows) <= 17, len(trad_rows)
    # every row whose voice says 繁體 is one of the Traditional rows, and no other
    assert {r["id"] for r in trad_rows} == {r["id"] for r in zh if "繁體" in r["voice"]}
    out = os.path.join(HERE, "questions.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s (zh Traditional rows: %d)" % (len(rows), out, len(trad_rows)))


if __name__ == "__main__":
    main()
