#!/usr/bin/env python3
"""Build blind grounded review set 40 (50 English + 50 Chinese reviewer questions).

Every question below was typed by hand by the set writer. The KB passage files are read only to
check that each gold id and each `; near` id exists. Standard library only; deterministic.
"""
import json
import os
import random
from collections import Counter

SEED = 40
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT", "/work/main")
KB = {lang: os.path.join(ROOT, "medqa", "assets", "kb", "passages_%s.jsonl" % lang) for lang in ("en", "zh")}

KIND_COUNTS = {"plain": 5, "context": 10, "lay": 9, "two_part": 6, "missing_detail": 15, "off_topic": 5}
ANSWERABLE_KINDS = {"plain", "context", "lay", "two_part"}

# voices (English)
LEAK = "water company leak detection technician (night shifts)"
MAST = "telecoms mast climber"
SWZ_M = "Eswatini family member (Manzini) writing learner English"
SWZ_B = "Eswatini family member (Mbabane) writing learner English"
ANG_L = "Angolan family member (Luanda) writing learner English"
ANG_B = "Angolan family member (Benguela) writing learner English"
STOMA = "person living with a stoma"
COCK = "Morecambe Bay cockle picker (Flookburgh)"
SHRIMP = "Morecambe Bay shrimper (Morecambe)"
CROQ = "croquet club member"
CROQ_T = "croquet club treasurer"
WEATHER = "; style: small talk about the weather first"
PUN = "; style: sign-off with a pun on the writer's trade"
DOTS = "; style: ellipses everywhere"

EN = [
    # plain (5)
    ("plain", "do you give me the pot for a urine sample or have i got to bring my own",
     "kb-en-test_preparation-011", COCK),
    ("plain", "Interpreter for my appointment, I must pay for it or it is free?",
     "kb-en-appointments-007", ANG_L),
    ("plain", "Are assistance dogs allowed inside the hospital?",
     "kb-en-appointments-012", CROQ),
    ("plain", "how do i get an itemised bill",
     "kb-en-records_billing-007", MAST),
    ("plain", "If I miss a dose of one of my tablets... is it ok to double up on the next one?",
     "kb-en-medications-004", STOMA + DOTS),

    # context (10)
    ("context", "I work nights on leak detection for the water company, walking the streets with a listening "
     "stick at 2am, so in the daytime I'm asleep with my phone on do not disturb. My ENT follow-up has just "
     "been changed to a phone appointment. I can let certain numbers ring through - will the clinic ring from "
     "a normal number I can save, or does it come up as private? Thanks, hope this question doesn't go down "
     "the drain!",
     "kb-en-appointments-006", LEAK + PUN),
    ("context", "we climb phone masts for a living. got a camera test under sedation tuesday morning, my mate is "
     "picking me up after. problem is the next job is wednesday 7am and id be driving the van there. how long "
     "after the sedation is it before youre allowed to drive",
     "kb-en-procedures-002", MAST),
    ("context", "Sawubona. My mother is admitted in your hospital since Monday, her ward is on the second floor. "
     "At home in Manzini when somebody is sick we cook for them, so my sister made her pap and chicken stew. "
     "We will bring it in a container. Please can the nurses warm it for her in the ward kitchen?",
     "kb-en-visiting-003", SWZ_M),
    ("context", "Good afternoon. Actually my wife is in the hospital after her operation and our son of 6 years "
     "want very much to visit his mother. But last week in his class there was a boy with chickenpox, they sit "
     "in the same table. He is not sick. Can he still come to visit her?",
     "kb-en-visiting-002", ANG_L),
    ("context", "came home yesterday after my bowel op... the bag's fine and the stoma nurse showed me how to "
     "change it... but the cut down my tummy has a dressing on and nobody said anything about showering... "
     "when am I allowed to let the water run over it?",
     "kb-en-procedures-010", STOMA + DOTS),
    ("context", "Out on the sands off Flookburgh at first light last week and one of the young lads opened his "
     "palm up on a razor shell. We wrapped it in a clean rag and pressed and it stopped in the end, but then "
     "we had a right argument in the tractor about how long you keep pressing before you give up and ring "
     "999. What's the actual rule?",
     "kb-en-self_care-004", COCK),
    ("context", "Glorious morning on the lawns today! Anyway - bit of excitement at the club on Saturday. A bee "
     "from the hives behind the pavilion stung one of our members on the wrist in the middle of a golf "
     "croquet game. She's perfectly fine, but one chap went at it with tweezers to squeeze the sting out and "
     "another said that was exactly wrong. Which of them was right? How should you get a sting out?",
     "kb-en-self_care-013", CROQ + WEATHER),
    ("context", "I keep the books for our croquet club so I'm not usually caught out by numbers, but the bill for "
     "my husband's knee operation is a good deal more than we expected and there's no way we can find it all "
     "by the due date. Is it possible to pay it off in instalments?",
     "kb-en-records_billing-009", CROQ_T),
    ("context", "My father passed away in December. He was living with us. Now we have a bag with his tablets and "
     "also two inhalers in the house. My mother wants to give the tablets to my uncle because he have the "
     "same pressure problem. I think this is not correct. What we must do with all this medicines?",
     "kb-en-medications-003", ANG_B),
    ("context", "I'm in the van all day chasing leaks and I basically live on pasties and garage sandwiches. Got "
     "a colonoscopy in a fortnight and the letter says low fibre for a few days before. Is white bread with "
     "chicken alright or is that out as well?",
     "kb-en-test_preparation-004", LEAK),

    # lay (9): no KB terms
    ("lay", "going in for the big magnet scan on my shoulder. i came off a ladder years ago and theres screws "
     "and a plate holding my wrist together. do i need to tell someone about that beforehand or is it only "
     "people with heart gadgets who have to say",
     "kb-en-test_preparation-005", MAST),
    ("lay", "doctor wants me to do the test where you drink a really sweet drink and then they keep taking "
     "blood off you. how long am i stuck there for? need to tell my supervisor",
     "kb-en-test_preparation-012", LEAK),
    ("lay", "I'm booked in to have a little camera put down my throat to have a look at my tummy. How long "
     "before do I have to stop eating?",
     "kb-en-procedures-001", CROQ),
    ("lay", "For my scan they will push some special liquid in my arm, in the big round machine like a "
     "doughnut. My friend says when it goes in you feel hot all over and like you are wetting yourself. It "
     "is true or she is just scaring me?",
     "kb-en-test_preparation-007", SWZ_B),
    ("lay", "that stuff you drink to clear yourself right out before they have a look up your back end. how do "
     "you know its done its job, what should be coming out by then",
     "kb-en-test_preparation-003", SHRIMP),
    ("lay", "my boss wants a note off you lot saying i was kept in overnight or it comes off my holidays. who "
     "do i ask for it and can i get it sorted before i go home",
     "kb-en-records_billing-011", MAST),
    ("lay", "My wife is in the ward and she have her gold chain and some money with her. There is some way the "
     "nurses lock it away safe and give a paper to prove they have it?",
     "kb-en-visiting-010", ANG_L),
    ("lay", "every june when they cut the fields behind the bay im sneezing my head off and my eyes stream all "
     "day. any tips for stopping it getting in the house",
     "kb-en-self_care-010", SHRIMP),
    ("lay", "the label on my new tablets says take them away from food... how long before or after a meal is "
     "that supposed to be... i eat at funny times since the bag",
     "kb-en-medications-005", STOMA + DOTS),

    # two_part (6)
    ("two_part", "My brother's in intensive care after a motorbike crash (he's stable now). Two things: do we "
     "just walk in or is there a buzzer, and is it ok to take a photo of him to send to our mum who's working "
     "abroad?",
     "kb-en-visiting-005", LEAK),
    ("two_part", "About the patient portal. What I need to have for to register? And if I forget my password "
     "what I do then?",
     "kb-en-records_billing-002", SWZ_M),
    ("two_part", "Two quick ones about storing my tablets. Can they live on the kitchen windowsill where I'll "
     "see them (it gets the sun all afternoon), and can I tip a few into an old mint tin to carry round?",
     "kb-en-medications-002", STOMA),
    ("two_part", "Hand operation next month. My wedding ring hasn't come off in thirty years - will that be a "
     "problem? And I've got gel nails; do all ten have to come off? Don't want to be jumping through hoops on "
     "the day!",
     "kb-en-procedures-012", CROQ + PUN),
    ("two_part", "blowing a hoolie off the bay this morning. anyway, how many days ahead do i have to book the "
     "hospital transport, and can the wife ride along with me",
     "kb-en-appointments-009", COCK + WEATHER),
    ("two_part", "off to denmark for a month on a mast job. do my tablets go in the suitcase or my hand luggage, "
     "and do i need a letter from the doctor to take them",
     "kb-en-medications-009", MAST),

    # missing_detail (15): topic in KB, the thing asked is not stated in either file
    ("missing_detail", "whats the hourly rate in your car park? could be there three hours with the scan",
     None, COCK + "; near kb-en-appointments-008"),
    ("missing_detail", "What time exactly do visiting hours begin on the general wards? I'd like to come straight "
     "from our Tuesday afternoon match.",
     None, CROQ + "; near kb-en-visiting-001"),
    ("missing_detail", "is the outpatient pharmacy open on a sunday? thats my only day off",
     None, LEAK + "; near kb-en-medications-012"),
    ("missing_detail", "whats the name of your data protection officer. i want to write to them direct",
     None, MAST + "; near kb-en-records_billing-012"),
    ("missing_detail", "How much is the deposit if I borrow one of the wheelchairs at the main entrance?",
     None, STOMA + "; near kb-en-appointments-012"),
    ("missing_detail", "I was referred to the skin clinic in March. How many weeks is the waiting time for this "
     "clinic now?",
     None, SWZ_B + "; near kb-en-appointments-010"),
    ("missing_detail", "whats the wifi password on the wards",
     None, SHRIMP + "; near kb-en-visiting-011"),
    ("missing_detail", "My insurance company ask a medical report from the hospital about my accident. How much "
     "is the fee for this report?",
     None, ANG_B + "; near kb-en-records_billing-011"),
    ("missing_detail", "What is the smallest monthly amount you would accept on a payment plan?",
     None, CROQ_T + "; near kb-en-records_billing-009"),
    ("missing_detail", "Pouring down up here, soaked through. Anyway, which bus number runs from the train "
     "station to the hospital?",
     None, MAST + WEATHER + "; near kb-en-appointments-008"),
    ("missing_detail", "My mother-in-law speaks only siSwati, very little English. Do you have an interpreter "
     "for siSwati?",
     None, SWZ_M + "; near kb-en-appointments-007"),
    ("missing_detail", "I'm on insulin and need a sharps bin for the van. does it cost anything to get one?",
     None, LEAK + "; near kb-en-medications-003"),
    ("missing_detail", "My insurance is from my work, with Medis in Portugal. The hospital accept it direct or I "
     "pay first?",
     None, ANG_L + "; near kb-en-records_billing-008"),
    ("missing_detail", "what time does the hospital chapel lock up at night",
     None, COCK + "; near kb-en-visiting-008"),
    ("missing_detail", "having a knee arthroscopy as a day case. how many weeks after before im allowed to drive "
     "the van again",
     None, MAST + "; near kb-en-procedures-004"),

    # off_topic (5)
    ("off_topic", "are you taking on porters at the minute? getting too old for heights. ill hang on for an answer",
     None, MAST + PUN),
    ("off_topic", "Our club would like to hold a charity raffle in the main foyer to raise money for the "
     "children's ward. Who would we need to ask?",
     None, CROQ),
    ("off_topic", "is there a cash machine anywhere in the hospital",
     None, COCK),
    ("off_topic", "Please can I donate blood at your hospital?",
     None, SWZ_B),
    ("off_topic", "Is there a support group for people with a stoma that meets at the hospital?",
     None, STOMA),
]

# voices (Chinese)
XJ_K = "新疆南疆 库尔勒 汉族家属"
XJ_A = "新疆南疆 阿克苏 汉族家属"
XJ_S = "新疆南疆 喀什 汉族家属"
HB_X = "湖北江汉平原 仙桃人"
HB_T = "湖北江汉平原 天门人"
HB_Q = "湖北江汉平原 潜江人"
NZ = "农资店老板（卖化肥种子）"
JF = "酒坊老板（卖散装白酒）"
BJ = "退休杂志社编辑"
SY = "退休高校实验员"
HK_BS = "香港 半山 居民（粵語，繁體）"
HK_DK = "香港 大坑 居民（粵語，繁體）"
HK_WC = "香港 黃竹坑 居民（粵語，繁體）"
HK_MW = "香港 梅窩 居民（粵語，繁體）"
HK_DB = "香港 愉景灣 居民（粵語，繁體）"
TW_DJ = "台中 大甲 家屬（台灣華語，繁體）"
TW_QS = "台中 清水 家屬（台灣華語，繁體）"
TW_SL = "台中 沙鹿 家屬（台灣華語，繁體）"
TW_WQ = "台中 梧棲 家屬（台灣華語，繁體）"

ZH = [
    # plain (5)
    ("plain", "你们医院的专科号一般提前几天放出来？", "kb-zh-appointments-001", NZ),
    ("plain", "抽完血以后针眼要按几分钟", "kb-zh-test_preparation-001", SY),
    ("plain", "請問出院後要過多久才能申請複印住院病歷？", "kb-zh-records_billing-001", TW_SL),
    ("plain", "做完增强CT要在医院观察多长时间才能回家？", "kb-zh-test_preparation-004", XJ_K),
    ("plain", "過咗期嘅藥可唔可以直接倒落馬桶沖走？", "kb-zh-medications-004", HK_WC),

    # context (10)
    ("context", "我们是库尔勒的，医保也是在库尔勒交的。我爸心脏有点问题，当地医院建议转到你们那边去看，过两个"
     "星期就坐火车过去。想问一下，要想在你们医院直接刷医保结算，出发前我们得先办个啥手续？",
     "kb-zh-records_billing-007", XJ_K),
    ("context", "我妈下个月在你们那里做白内障日间手术，我在广州打工请不到假，家里就她一个人。她说做完了自己喊"
     "个网约车克汽车站，坐大巴回仙桃，不想麻烦别个。这样子搞行不行？",
     "kb-zh-procedures-003", HB_X + "（克 = 去）"),
    ("context", "开春了店里进化肥进种子忙得脚不沾地，原来约的周三上午的号肯定去不成了。我在App里翻了半天，想直"
     "接把日子挪到下周五，怎么找不到这个按钮？是不是只能先取消了再重新约？",
     "kb-zh-appointments-002", NZ),
    ("context", "我们自家酒坊烤酒的时候，上个月我手背被锅边冒的蒸汽烫了一下，当时抹了点酱油，起的水泡还给挑破"
     "了，后来倒是好了。想问问以后再烫着，正确的做法是什么，凉水要冲多久？",
     "kb-zh-self_care-005", JF),
    ("context", "退休前在杂志社看了三十年稿子，落下个心慌的毛病，医生让我背那个二十四小时的动态心电图。我几十年"
     "的习惯是晚上泡个热水澡才睡得着，戴机器那一天能洗澡吗？",
     "kb-zh-test_preparation-010", BJ),
    ("context", "我爱人住进你们呼吸科了，他在家养了一盆君子兰，十几年了，天天念叨。我想给他端到病房床头摆着，让"
     "他看着高兴高兴，这个能带进去不？",
     "kb-zh-visiting-003", SY),
    ("context", "我老豆前日入咗ICU，我哋四兄弟姊妹都想上去睇佢，今晚打算一齊去。請問每次可以入去幾多個人？",
     "kb-zh-visiting-004", HK_BS),
    ("context", "我媽上星期住進你們醫院，她習慣每天早上用熱水泡麥片，一直叫我把家裡的快煮壺帶去病房給她用。請問"
     "病房裡可以用快煮壺嗎？",
     "kb-zh-visiting-010", TW_DJ),
    ("context", "我们家老二才两个月，上个星期晚上摸着烫手，一量三十八度。我们想着先在家看一晚上，第二天早上再抱"
     "去，结果医生说这么小的不能等。想问清楚，以后这么小的娃娃烧到多少度就得马上去医院？",
     "kb-zh-self_care-003", XJ_A),
    ("context", "我住梅窩，今朝搭船出中環再轉車，路上塞車遲咗，去到診所已經過咗號，護士叫我坐低等。想問過咗號係"
     "唔係要重新排隊？要排喺邊個後面？",
     "kb-zh-appointments-006", HK_MW),

    # lay (9): no KB terms
    ("lay", "下周要躺进那个大圆筒子里照，听说里头是块大吸铁石。我有一口活动的假牙，进去之前要不要取下来？",
     "kb-zh-test_preparation-003", HB_T),
    ("lay", "要去做那个在肚皮上抹凉凉的油、拿个东西来回推的检查，看肝和胆的。那天早上能吃个馕喝碗奶茶再去不？",
     "kb-zh-test_preparation-007", XJ_S),
    ("lay", "医生说要从后面下管子进去看看肠子，还说前两天吃东西要注意。那两天到底能吃点啥？青菜还能吃不？",
     "kb-zh-test_preparation-002", NZ),
    ("lay", "昨天晚上恰了一顿烧烤，今天一上午往厕所跑了七八趟，人都软了。听说喝可乐能顶一下，是真的不？",
     "kb-zh-self_care-008", HB_Q + "（恰 = 吃）"),
    ("lay", "下楼梯踩空了一脚，脚面到脚跟那一圈肿得像个馒头。我爱人说赶紧拿热毛巾捂着，我记得好像应该用冰的，"
     "到底哪个对？",
     "kb-zh-self_care-006", BJ),
    ("lay", "個仔成日鼻哥窿出血，我媽話要擰高個頭再用紙塞住，咁做啱唔啱？",
     "kb-zh-self_care-012", HK_DK),
    ("lay", "繳完費那張可以拿去跟保險公司申請的收據，現在都在手機上，要去哪裡找？",
     "kb-zh-records_billing-008", TW_QS),
    ("lay", "住院前先交了一笔押金，给的现金。现在人出院了，多出来的那部分钱怎么拿回来？",
     "kb-zh-records_billing-012", JF),
    ("lay", "我爱人明天要做那种打一针睡过去、从嘴里下管子看胃的检查。做完以后多久能喝口水、吃点东西？",
     "kb-zh-procedures-010", SY),

    # two_part (6)
    ("two_part", "我妈上个月在你们医院住的院，现在回库尔勒了，腿脚不方便来不了，我替她去复印病历。要带她身份证原件"
     "还是复印件就行？另外还要她写个什么东西吗？",
     "kb-zh-records_billing-002", XJ_K),
    ("two_part", "我爸打胰岛素，没开封的那几支能不能放冰箱冻起来？过年坐飞机回武汉再转回天门，胰岛素能不能放箱子里"
     "托运？",
     "kb-zh-medications-003", HB_T),
    ("two_part", "小孩爸爸在外地上班，平常都是我妹妹幫忙帶小孩去看病。掛號要用誰的資料？如果要簽同意書，我妹妹可以"
     "簽嗎？",
     "kb-zh-appointments-012", TW_WQ),
    ("two_part", "降压药快吃完了，想在网上续方，提前几天申请比较稳妥？线上续方是只能开原来的药，还是别的新药也能开？",
     "kb-zh-medications-002", BJ),
    ("two_part", "医生给开了住院证，说床位要排队。排到了是谁来通知我？接到通知以后要带哪些东西去办手续？",
     "kb-zh-procedures-007", NZ),
    ("two_part", "我老婆做完手術要留院，我想晚晚陪佢瞓。一個病人可以有幾多個人陪？如果我返工唔得閒，醫院有冇人可以"
     "幫手照顧佢？",
     "kb-zh-visiting-006", HK_DB),

    # missing_detail (15)
    ("missing_detail", "专家号挂一次号要多少钱？", None, JF + "; near kb-zh-appointments-001"),
    ("missing_detail", "开车去你们医院，停车场停一个小时收多少钱？", None, HB_X + "; near kb-zh-appointments-009"),
    ("missing_detail", "ICU每日探病時間係由幾時開始？", None, HK_WC + "; near kb-zh-visiting-004"),
    ("missing_detail", "复印住院病历是一页多少钱？", None, SY + "; near kb-zh-records_billing-001"),
    ("missing_detail", "在你们医院请护工，一天大概多少钱？", None, XJ_A + "; near kb-zh-visiting-006"),
    ("missing_detail", "我爸聽不到，看病需要手語。請問手語志工是星期幾才有？", None, TW_SL + "; near kb-zh-appointments-008"),
    ("missing_detail", "互联网医院线上复诊一次收多少钱？药快递到乡下运费是多少？", None, NZ + "; near kb-zh-appointments-005"),
    ("missing_detail", "药学咨询门诊是星期几开的？在门诊楼几楼？", None, BJ + "; near kb-zh-medications-009"),
    ("missing_detail", "我想拎返張CT片去私家醫生度覆診，印一張片要幾多錢？", None, HK_BS + "; near kb-zh-records_billing-010"),
    ("missing_detail", "住院的预交金一般要先交多少？我好提前准备。", None, HB_Q + "; near kb-zh-procedures-007"),
    ("missing_detail", "我们是新疆职工医保，备案了以后在你们那边住院能报百分之多少？", None, XJ_S + "; near kb-zh-records_billing-007"),
    ("missing_detail", "日間手術中心在哪一棟、幾樓？", None, TW_DJ + "; near kb-zh-procedures-001"),
    ("missing_detail", "你们说有些号会在就诊前一天下午放出来，具体是下午几点？", None, JF + "; near kb-zh-appointments-011"),
    ("missing_detail", "开好的诊断证明要去门诊办公室盖章，门诊办公室在哪儿，几点下班？", None, SY + "; near kb-zh-records_billing-011"),
    ("missing_detail", "發熱門診夜晚開到幾時？", None, HK_DB + "; near kb-zh-self_care-002"),

    # off_topic (5)
    ("off_topic", "我们开酒坊的要办健康证，你们医院能不能做健康证体检？", None, JF),
    ("off_topic", "你们医院能献血吗？去哪里献？", None, XJ_A),
    ("off_topic", "医院附近有没有便宜点的旅馆？我陪我爸过来看病，要住几天。", None, HB_X),
    ("off_topic", "医院有没有给退休老人的体检套餐，能自己约吗？", None, BJ),
    ("off_topic", "請問醫院最近有在招清潔人員嗎？我想去應徵。", None, TW_WQ),
]

# characters written only in Traditional script (never in Simplified)
TRAD_ONLY = set("醫們這個會時說問還裡過來點嗎號碼開關門電話檢藥費證聽見應該讓對將當從發後體實際寫錢錯誤帶給"
                "結記計認識請讀買賣長東車魚龍鐘幾齊覺樓層禮媽爺兒訴診療術護顧養單張預約紙隻復總歡臉隨"
                "屬繳據現麥壺歷輸經處營衛壓陣棟聲謝辦價習慣週婦閒幫簽資誰遲轉邊隊歲")


def load_ids(lang):
    ids = set()
    with open(KB[lang], encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def build(lang, items, kb_ids):
    rows = []
    for kind, question, gold, voice in items:
        rows.append({
            "language": lang,
            "question": question,
            "answerable": gold is not None,
            "gold": [gold] if gold else [],
            "kind": kind,
            "voice": voice,
        })
    random.Random("%d-%s" % (SEED, lang)).shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = "r40-%s-%03d" % (lang, i)
    return rows


def check(lang, rows, kb_ids):
    kinds = Counter(r["kind"] for r in rows)
    assert dict(kinds) == KIND_COUNTS, (lang, kinds)
    assert len(rows) == 50, (lang, len(rows))
    assert sum(r["answerable"] for r in rows) == 30, lang
    gold_use = Counter()
    for r in rows:
        if r["kind"] in ANSWERABLE_KINDS:
            assert r["answerable"] and len(r["gold"]) == 1, r
            g = r["gold"][0]
            assert g in kb_ids and g.startswith("kb-%s-" % lang), r
            gold_use[g] += 1
        else:
            assert not r["answerable"] and r["gold"] == [], r
        if r["kind"] == "missing_detail":
            head, sep, near = r["voice"].rpartition("; near ")
            assert sep and head, r
            assert near in kb_ids and near.startswith("kb-%s-" % lang), r
        else:
            assert "; near" not in r["voice"], r
    assert max(gold_use.values()) <= 2, gold_use.most_common(3)
    assert len(set(r["question"] for r in rows)) == len(rows), lang


def main():
    kb = {lang: load_ids(lang) for lang in ("en", "zh")}
    en = build("en", EN, kb["en"])
    zh = build("zh", ZH, kb["zh"])
    check("en", en, kb["en"])
    check("zh", zh, kb["zh"])
    allrows = en + zh
    assert len(set(r["id"] for r in allrows)) == 100
    assert len(set(r["question"] for r in allrows)) == 100
    trad = sum(1 for r in zh if TRAD_ONLY & set(r["question"]))
    assert 13 <= trad <= 17, trad
    out = os.path.join(HERE, "questions.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in allrows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %s: %d rows (en %d, zh %d; zh Traditional %d)" % (out, len(allrows), len(en), len(zh), trad))


if __name__ == "__main__":
    main()
