#!/usr/bin/env python3
"""Blind grounded review set 34: 50 English + 50 Chinese reviewer questions.

Every question below was typed by hand by the writer. The script only shuffles,
assigns ids, checks the counts and writes questions.jsonl next to itself.
Standard library only. The KB passage files are read only to check that each
gold and near id exists (env MEDQA_ROOT, default /work/main).
"""
import json
import os
import random
import re
from collections import Counter

SEED = 34
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT", "/work/main")
KB = os.path.join(ROOT, "medqa", "assets", "kb")

# (kind, question, gold_id_or_None, voice)
EN = [
    # ---- plain (5) ----
    ("plain", "where do i get a wheelchair to use inside the hospital",
     "kb-en-appointments-012", "flute teacher, lower case"),
    ("plain", "Are balloons allowed on the wards? The choir wants to send one in for our choirmaster.",
     "kb-en-visiting-003", "parent of a cathedral chorister"),
    ("plain", "How long does an MRI scan normally take?",
     "kb-en-test_preparation-006", "Frisian-speaking Dutch father living in England"),
    ("plain", "how long should a burn go under the cold tap for",
     "kb-en-self_care-005", "Tyrone (Dungannon) sawmill worker, very short"),
    ("plain", "Can I ask for itemised bill please?",
     "kb-en-records_billing-007", "Egyptian mother from Alexandria, learner English"),
    # ---- context (10) ----
    ("context", "my partner is a host on the overnight sleeper up to Scotland so hes away most of the week and cant get the time off. "
     "I'm booked for day surgery on my knee next month, general anaesthetic. my sister can drive me home after but she works nights "
     "and would have to leave me about 7pm. is that enough or does somebody have to stay with me longer than that?",
     "kb-en-procedures-004", "partner of a sleeper-train host"),
    ("context", "Hello, we are a Breton family, we live in England since 2019. My husband is on the surgical ward after an operation on "
     "his bowel. Our son is 9 and he has a cough since five days, not bad, he plays normal. But he cries because he want to see his "
     "papa. Is it possible he comes with me to visit while he still has this cough?",
     "kb-en-visiting-002", "Breton-speaking French mother living in England"),
    ("context", "Bit of a juggling act here - I teach flute in four primary schools plus private pupils in the evenings. I've got an "
     "outpatient appointment on the 14th and I've just been roped into a school concert that same afternoon. I'd much rather move "
     "it than be a no-show. How much notice do you need if I want to change it?",
     "kb-en-appointments-002", "peripatetic flute teacher"),
    ("context", "My father is from Fez, he speak Arabic and French but english only little. He have cardiology appointment next "
     "month. Last time my sister translate for him, she is 12 and she was very stressed with all the doctor words. Is it ok she "
     "translate again or there is other way?",
     "kb-en-appointments-007", "Moroccan son writing for his father, learner English"),
    ("context", "Im at the sawmill from six and the wife says I've to go for a fasting blood test for the cholesterol, the form says "
     "fasting from the night before. I always have a smoke in the van on the way in and I chew gum the whole morning, it'd be a "
     "quare hard morning without either. Am I allowed them if I'm fasting?",
     "kb-en-test_preparation-001", "Fermanagh (Enniskillen) sawmill worker"),
    ("context", "Our son sings in the cathedral choir and has a big service on Sunday. He twisted his wrist at football yesterday - "
     "he can move it and it's only a bit swollen. We've been holding a bag of frozen peas on it whenever we remember. How long "
     "should it stay on each time?",
     "kb-en-self_care-006", "parents of a cathedral chorister"),
    ("context", "Our daughter is 14 and skates competitively, she's been picked for a junior competition in Finland in February. "
     "She has a blue inhaler and tablets every day. Her coach says pack everything in the big kit bag that goes in the hold so she "
     "has less to carry. Is that OK for her medicines or should they go somewhere else?",
     "kb-en-medications-009", "parents of a junior figure skater"),
    ("context", "hello, I am from Alexandria, I live in UK two years. I receive a bill from the hospital for my scan in December "
     "and I think the scan is on it two times. The date to pay is next Friday. Must I pay first and you check after, or what I do?",
     "kb-en-records_billing-006", "Egyptian mother, learner English"),
    ("context", "in the school car park between pupils: mum's being discharged from the ward tomorrow and the nurse warned us it "
     "'can take several hours'. i've got cello lessons till 4. why does it take that long if she's already well enough to go home?",
     "kb-en-procedures-009", "cello teacher; message opens with where she is typing from"),
    ("context", "We are a Frisian family, my father-in-law is in intensive care since Sunday after his heart operation. We are six "
     "adults in the family and everybody is ringing the unit for news, also my husband's brothers from Leeuwarden. Yesterday the "
     "nurse sounded quite stressed. How should we do the phoning, is it better if only one of us calls?",
     "kb-en-visiting-007", "Frisian-speaking Dutch woman living in England"),
    # ---- lay (9): everyday words, none of the KB's own terms ----
    ("lay", "the camera they put down your throat to look in your stomach - how long before it do i have to stop eating",
     "kb-en-procedures-001", "Tyrone (Omagh) agricultural merchant's clerk"),
    ("lay", "My wife's booked in for the big noisy tunnel scan with the magnet. Years ago after a bleed on the brain they put a "
     "tiny clip inside her head. Does she need to tell anybody before the day?",
     "kb-en-test_preparation-005", "Omagh man writing for his wife"),
    ("lay", "if they give me something to make me dozy for the test but I'm not fully put under, can I drive myself home afterwards?",
     "kb-en-procedures-002", "flute teacher"),
    ("lay", "My husband use the pen for his sugar every day. The little pointy end pieces when finished, I put them in kitchen "
     "rubbish, it is ok?",
     "kb-en-medications-003", "Moroccan wife from Casablanca, learner English"),
    ("lay", "doing the clear-out drink tomorrow before they look up my back passage with the camera. how do i know its worked, "
     "what should it look like coming out?",
     "kb-en-test_preparation-003", "partner of a sleeper-train host, lower case"),
    ("lay", "am i allowed to see what the doctors have written about me over the years? the whole lot, not just the letters",
     "kb-en-records_billing-001", "Enniskillen woman, lower case"),
    ("lay", "The test where you drink the really sweet stuff and they take blood a few times - how long will I be stuck there? "
     "I need to get cover for my lessons.",
     "kb-en-test_preparation-012", "cello teacher"),
    ("lay", "its the jelly on the tummy picture of my liver on thursday. can i have my breakfast first or not",
     "kb-en-test_preparation-009", "Egyptian father from Cairo, lower case"),
    ("lay", "a bee got me on the hand in the garden and the little black spiky bit is still in. do i pinch it out with my nails?",
     "kb-en-self_care-013", "Breton-speaking French father"),
    # ---- two_part (6): two questions, one passage ----
    ("two_part", "two of us asking here. me: what are the visiting times on an ordinary ward? my brother: how many of us can be "
     "round her bed at once, theres five of us",
     "kb-en-visiting-001", "son of a sleeper-train host, with his brother; two people's questions in one message"),
    ("two_part", "For the urine sample of my son (he is 6): must it be the middle part of the pee? And if we cannot bring it the "
     "same day, can we keep it in the fridge?",
     "kb-en-test_preparation-011", "Frisian-speaking Dutch mother"),
    ("two_part", "My wife has an operation next week. She has nail polish on all the fingers and a wedding ring which is tight. "
     "Must she take off all the polish? And what about the ring? need to know before sunday pls",
     "kb-en-procedures-012", "Egyptian husband, learner English; deadline at the end"),
    ("two_part", "Repeat prescription question: how far ahead have I to order it, and what do I do if it's not going to come "
     "through before I run out?",
     "kb-en-medications-001", "Dungannon agricultural merchant's clerk"),
    ("two_part", "My husband signed already the consent form for his hernia operation. Can he still change his mind after signing? "
     "And may I go in with him when the doctor explains, to help him decide? I need the answer before Monday please.",
     "kb-en-procedures-006", "Breton-speaking French wife; deadline at the end"),
    ("two_part", "Dad's on the sleeper trains this week so I'm sorting mum's tablets. She forgot her morning one and it's now "
     "lunchtime. Does she take it now or leave it, and should she take two tomorrow morning to make up for it?",
     "kb-en-medications-004", "daughter of a sleeper-train host"),
    # ---- missing_detail (15): on a KB topic, the specific thing is not in either file ----
    ("missing_detail", "what time does the outpatient pharmacy shut on a saturday",
     None, "flute teacher, lower case; near kb-en-medications-012"),
    ("missing_detail", "How much is it an hour to park in the patient car park?",
     None, "Enniskillen sawmill worker; near kb-en-appointments-008"),
    ("missing_detail", "Could you give me the email address of the hospital's data protection officer, please?",
     None, "Frisian-speaking Dutch father; near kb-en-records_billing-012"),
    ("missing_detail", "What are the opening hours of the chaplaincy? My mother wants to pray there before her operation.",
     None, "Moroccan daughter from Tangier, learner English; near kb-en-visiting-008"),
    ("missing_detail", "How much is the deposit when you borrow one of the wheelchairs at the front entrance?",
     None, "parents of a junior figure skater (skater on crutches); near kb-en-appointments-012"),
    ("missing_detail", "whats the wifi password on the wards? mum wants to video call the grandkids tonight",
     None, "son of a sleeper-train host; near kb-en-visiting-011"),
    ("missing_detail", "on the 17:10 home: what times are the protected mealtimes on the wards? I want to come in when I won't be "
     "asked to leave.",
     None, "cello teacher; message opens with where she is typing from; near kb-en-visiting-001"),
    ("missing_detail", "My insurance want a report from the surgeon about my operation. How much money you charge for this report?",
     None, "Egyptian father, learner English; near kb-en-records_billing-011"),
    ("missing_detail", "whats the income cut-off for the financial assistance scheme? we're a family of five on the one wage",
     None, "Fermanagh mother, lower case; near kb-en-records_billing-010"),
    ("missing_detail", "Do you do pre-op assessments on Saturdays at all? I teach all week and can't easily get out.",
     None, "flute teacher; near kb-en-procedures-005"),
    ("missing_detail", "For the video appointment of my husband, which programme do we need - Zoom, Teams, or another one?",
     None, "Breton-speaking French mother; near kb-en-appointments-006"),
    ("missing_detail", "Will the patient transport crowd phone the night before to say what time they're coming for me?",
     None, "Omagh man; near kb-en-appointments-009"),
    ("missing_detail", "What's the most liquid medicine she can take in her hand luggage before she needs a letter - how many ml?",
     None, "parents of a junior figure skater; near kb-en-medications-009"),
    ("missing_detail", "Which floor is the endoscopy unit on? I'm in for a camera test next week and my legs aren't great on stairs.",
     None, "Dungannon agricultural merchant's clerk; near kb-en-procedures-001"),
    ("missing_detail", "How many years the hospital keep the medical records before they destroy them?",
     None, "Moroccan son, learner English; near kb-en-records_billing-001"),
    # ---- off_topic (5): not in the KB at all ----
    ("off_topic", "is there a cash machine anywhere inside the hospital", None, "Fermanagh sawmill worker, lower case"),
    ("off_topic", "Can I give blood at the hospital or I must go to another place?", None, "Egyptian man, learner English"),
    ("off_topic", "Are you hiring cleaners or kitchen staff at the moment? How do I apply?", None, "Moroccan mother"),
    ("off_topic", "Is there a hairdresser who comes round the wards? Mum's been in three weeks and her hair is driving her mad.",
     None, "daughter of a sleeper-train host"),
    ("off_topic", "Would the children's ward like a visit from our boys' choir to sing carols before Christmas? Who would we ask?",
     None, "parents of a cathedral chorister"),
]

ZH = [
    # ---- plain (5) ----
    ("plain", "电子发票和纸质发票效力一样吗？",
     "kb-zh-records_billing-008", "中学寄宿生家长（孩子在县一中住校）"),
    ("plain", "請問做完增強CT要喺醫院等幾耐先可以走？",
     "kb-zh-test_preparation-004", "香港 長沙灣 居民（粵語，繁體）"),
    ("plain", "互联网医院第一次看病能直接在线上看吗？",
     "kb-zh-appointments-005", "黑龙江 海林 家属"),
    ("plain", "請問住院的病歷，出院後要等幾天才能申請影印？",
     "kb-zh-records_billing-001", "台灣 苗栗 頭份 家屬（繁體）"),
    ("plain", "住院陪床的话，一个病人可以留几个人陪？",
     "kb-zh-visiting-006", "湖北 荆门 家属"),
    # ---- context (10) ----
    ("context", "孩子在县一中住校，一个礼拜才回一趟家。昨天班主任打电话说他拉肚子两天了，宿舍里也没有药。我叫他多喝水，"
     "他说学校小卖部只有可乐和运动饮料。拉肚子喝运动饮料能顶补液盐用不？",
     "kb-zh-self_care-008", "中学寄宿生家长"),
    ("context", "我家老爷子在牡丹江，七十六了，腿脚不大利索，下个月要上你们医院看眼睛。他不会使智能手机，一提挂号就贼犯愁，"
     "我在外地打工也没法老陪着。像他这样不会用手机的老人，你们医院有啥照顾没有？",
     "kb-zh-appointments-007", "黑龙江 牡丹江 家属（在外地打工的儿子，贼）"),
    ("context", "我在农批市场卸货，半夜两点干到早上九点。上礼拜扛冬瓜闪了腰，现在弯个腰都费劲。工友说在床上躺一个礼拜别动弹"
     "就好了，我媳妇说得起来走走。到底是躺着好还是动一动好？",
     "kb-zh-self_care-009", "农批市场装卸工"),
    ("context", "我妈在黄石，下个礼拜到你们这里做肠镜。她每天过早都要吃碗面，平时还最喜欢吃红心火龙果，一天能吃一个。"
     "医生讲前两三天要吃少渣的，那红心火龙果还能吃不？",
     "kb-zh-test_preparation-002", "湖北 黄石 家属（过早）"),
    ("context", "我老公下星期喺你哋度做日間手術（整疝氣），醫生話做完當日可以出院。我要返工唔得閒，諗住叫佢自己截的士返屋企，"
     "咁得唔得㗎？",
     "kb-zh-procedures-003", "香港 石硤尾 居民（粵語，繁體）"),
    ("context", "我爸住頭份，這次要來你們醫院住院開刀。他很堅持要帶他的快煮壺來泡老人茶，說醫院的熱水喝不慣。"
     "病房裡可以用快煮壺嗎？",
     "kb-zh-visiting-010", "台灣 苗栗 頭份 家屬（繁體）"),
    ("context", "我在绥芬河做边贸，常年往俄罗斯那边跑。前年在那边做过手术，腿里打了钢板，医生给了张小卡片，上面全是俄文。"
     "这回想在你们这做个核磁，那张卡片用不用带来？",
     "kb-zh-test_preparation-003", "黑龙江 绥芬河 边贸个体户"),
    ("context", "我在建材市场搬瓷砖，前天手让瓷砖边划了个口子，上面全是灰，当时拿纸巾按住就贴了个创可贴。今天老乡说这种脏东西"
     "划的得去打破伤风针，真有这说法吗？",
     "kb-zh-self_care-004", "建材市场装卸工"),
    ("context", "阿媽住緊院，佢部手機成日冇人聽，我哋五兄弟姊妹輪流打去病房問佢情況，護士好似有啲煩。係咪要揀定一兩個人負責聯絡？",
     "kb-zh-visiting-009", "香港 慈雲山 居民（粵語，繁體）"),
    ("context", "我太太懷孕大概六週，家裡都還沒講。她之前排了要照腰的X光，她不好意思跟醫生說，想說照一下應該沒差。這樣真的可以嗎？",
     "kb-zh-test_preparation-005", "台灣 雲林 麥寮 家屬（繁體）"),
    # ---- lay (9) ----
    ("lay", "就是在肚皮上抹凉凉的东西、拿个小探头滑来滑去看妇科的那种检查，之前要先灌一肚子水忍着不上厕所吗？大概喝多少？",
     "kb-zh-test_preparation-007", "湖北 随州 家属"),
    ("lay", "胸口贴好几个片片、身上背个小盒子整整一天一宿的那个查心脏的，戴着的时候能洗澡不？",
     "kb-zh-test_preparation-010", "黑龙江 鹤岗 家属"),
    ("lay", "睡一觉就做完的那种查胃（不遭罪那种），醒了以后隔多久能吃口东西？",
     "kb-zh-procedures-010", "建材市场装卸工"),
    ("lay", "你哋以前會印出嚟嗰啲黑色透明、大大張嘅相（照肺嗰啲），而家仲會唔會俾我拎返屋企？定係淨係喺手機睇？",
     "kb-zh-records_billing-010", "香港 牛頭角 居民（粵語，繁體）"),
    ("lay", "我家老头在医院躺着，明天要开刀，现在说不让吃也不让喝。他一直喊饿，我偷偷喂他两口鸡汤行不行？",
     "kb-zh-visiting-007", "湖北 咸宁 家属"),
    ("lay", "看完診回到家才想到公司要那張可以請假的紙，這樣還要再掛一次號嗎？",
     "kb-zh-records_billing-011", "台灣 苗栗 竹南 居民（繁體）"),
    ("lay", "手术缝的那种会自己化掉的线，还得回医院拆吗？",
     "kb-zh-procedures-012", "黑龙江 鹤岗 家属"),
    ("lay", "我一到冬天鼻子就冒血，家里人叫我仰起头，也有人讲要低头，到底哪个对？",
     "kb-zh-self_care-012", "湖北 荆门 家属"),
    ("lay", "孩子周末从学校带回来一袋子吃剩的药，好几盒都过了日子了，能直接丢垃圾桶吗？",
     "kb-zh-medications-004", "中学寄宿生家长"),
    # ---- two_part (6) ----
    ("two_part", "想問兩樣嘢：入院嗰陣用現金交嘅按金，出院退錢要點搞？同埋張收據唔見咗又點算？",
     "kb-zh-records_billing-012", "香港 灣仔 居民（粵語，繁體）"),
    ("two_part", "做尿常规要留哪个时候的尿？留好了要多长时间内送过去？",
     "kb-zh-test_preparation-009", "湖北 随州 家属"),
    ("two_part", "藥袋上寫「飯後」，是吃完飯多久吃？還有「一天三次」一定要跟三餐一起吃嗎？",
     "kb-zh-medications-006", "台灣 雲林 土庫 家屬（繁體）"),
    ("two_part", "老爷子明天做胃镜，今晚上能喝两口酒不？检查前得饿多长时间？",
     "kb-zh-test_preparation-008", "黑龙江 宁安 家属"),
    ("two_part", "孩子10岁，他爷爷住院了，孩子想去看看。10岁能进病房吗？要是不让进，还有啥别的法子？",
     "kb-zh-visiting-002", "农批市场装卸工"),
    ("two_part", "我想幫阿爸喺App度掛號，可唔可以直接用我自己嘅資料幫佢掛？同埋啲號係幾多日前放出嚟？",
     "kb-zh-appointments-001", "香港 慈雲山 居民（粵語，繁體）"),
    # ---- missing_detail (15) ----
    ("missing_detail", "住院预交金一般要交几多钱？我好提前去准备。",
     None, "湖北 荆门 家属（几多）; near kb-zh-procedures-007"),
    ("missing_detail", "你哋停車場泊一個鐘頭幾多錢？",
     None, "香港 長沙灣 居民（粵語，繁體）; near kb-zh-appointments-009"),
    ("missing_detail", "复印病历一页收多少钱？我得复印一大摞。",
     None, "黑龙江 牡丹江 家属; near kb-zh-records_billing-001"),
    ("missing_detail", "加護病房每天是幾點到幾點可以進去探視？",
     None, "台灣 雲林 麥寮 家屬（繁體）; near kb-zh-visiting-004"),
    ("missing_detail", "请护工一天得多少钱？我白天得上工，实在顾不过来。",
     None, "农批市场装卸工; near kb-zh-visiting-006"),
    ("missing_detail", "手语志愿者是礼拜几才有？我爸听不见，想挑有志愿者的那天来。",
     None, "湖北 黄石 家属; near kb-zh-appointments-008"),
    ("missing_detail", "門診藥房夜晚幾點收工？我放工趕唔趕得切去攞藥？",
     None, "香港 灣仔 居民（粵語，繁體）; near kb-zh-medications-011"),
    ("missing_detail", "要去外院会诊，打印胶片加刻光盘一共要收多少钱？",
     None, "湖北 随州 家属; near kb-zh-records_billing-010"),
    ("missing_detail", "异地就医备案已经办好了，在你们这住院能报销百分之多少？",
     None, "中学寄宿生家长; near kb-zh-records_billing-007"),
    ("missing_detail", "服務台借輪椅，押金要押多少錢？",
     None, "台灣 苗栗 後龍 家屬（繁體）; near kb-zh-appointments-007"),
    ("missing_detail", "线上复诊一次收多少诊费？",
     None, "黑龙江 海林 家属; near kb-zh-appointments-005"),
    ("missing_detail", "营养食堂订餐得几点前订啊？磨叽晚了是不是就订不上了？",
     None, "黑龙江 牡丹江 家属（磨叽）; near kb-zh-visiting-007"),
    ("missing_detail", "日间手术中心在几号楼几楼？",
     None, "建材市场装卸工; near kb-zh-procedures-001"),
    ("missing_detail", "慢特病备案去哪个窗口办？要带啥材料？",
     None, "黑龙江 鹤岗 家属; near kb-zh-records_billing-006"),
    ("missing_detail", "药学咨询门诊礼拜几有药师坐诊？",
     None, "湖北 咸宁 家属; near kb-zh-medications-009"),
    # ---- off_topic (5) ----
    ("off_topic", "医院里头有取款机没？", None, "黑龙江 牡丹江 家属"),
    ("off_topic", "想献血，你们医院能献不？", None, "农批市场装卸工"),
    ("off_topic", "醫院附近有沒有比較便宜的住宿可以給家屬住？我們是從雲林上來的。", None, "台灣 雲林 土庫 家屬（繁體）"),
    ("off_topic", "孩子学校要入学体检表，你们医院能做这种体检吗？", None, "中学寄宿生家长"),
    ("off_topic", "你们医院招不招后勤临时工？搬搬抬抬的活我都能干。", None, "建材市场装卸工"),
]

# Characters written only in Traditional script (their Simplified forms differ).
TRAD_ONLY = set(
    "們個這醫診藥號預約檢時間會說請問嗎點還幾錢車電話費單報開關來過後樣麼療護門見覺聽讀寫語網線紅給"
    "媽爺嬤孫兒頭腳體驗應該實際讓學習戶處辦轉發氣謝經歷歲東長陳張馬魚鳥龍買賣貴員圓國華麵飯飲雞鹽湯"
    "燒擔換顯衛書歡廣萬與為從對無沒裡裏邊隻雙條臉傷燙熱壓積傳達運動並術輪層樓週壺幫資掛鐘場類絡聯負"
    "責懷趕兩愛堅級緊滿嚟"
)
# 嚟 is Cantonese and written the same in both scripts; keep it out of the set.
TRAD_ONLY.discard("嚟")

EXPECTED = {"plain": 5, "context": 10, "lay": 9, "two_part": 6, "missing_detail": 15, "off_topic": 5}
NEAR_RE = re.compile(r"; near (kb-(en|zh)-[a-z_]+-\d{3})$")


def kb_ids():
    ids = {}
    for lang in ("en", "zh"):
        path = os.path.join(KB, "passages_%s.jsonl" % lang)
        with open(path, encoding="utf-8") as f:
            ids[lang] = {json.loads(line)["id"] for line in f if line.strip()}
    return ids


def has_trad(text):
    return any(ch in TRAD_ONLY for ch in text)


def build(lang, table, ids):
    counts = Counter(k for k, _, _, _ in table)
    assert dict(counts) == EXPECTED, (lang, dict(counts))
    assert len(table) == 50, (lang, len(table))
    answerable = 0
    for kind, q, gold, voice in table:
        assert kind in EXPECTED, kind
        assert q == q.strip() and q, (lang, q)
        is_ans = kind not in ("missing_detail", "off_topic")
        near = NEAR_RE.search(voice)
        if is_ans:
            answerable += 1
            assert gold is not None and gold.startswith("kb-%s-" % lang), (lang, q)
            assert gold in ids[lang], ("unknown gold", gold)
            assert "; near" not in voice, ("near on answerable row", voice)
        else:
            assert gold is None, (lang, q)
        if kind == "missing_detail":
            assert near is not None, ("missing_detail needs near", voice)
            assert near.group(2) == lang and near.group(1) in ids[lang], ("bad near", voice)
        else:
            assert "; near" not in voice, ("near only on missing_detail", voice)
    assert answerable == 30, (lang, answerable)
    golds = Counter(g for _, _, g, _ in table if g)
    assert max(golds.values()) <= 2, golds.most_common(3)
    return golds


def main():
    ids = kb_ids()
    rows = []
    for lang, table in (("en", EN), ("zh", ZH)):
        build(lang, table, ids)
        order = list(table)
        random.Random("%d-%s" % (SEED, lang)).shuffle(order)
        for i, (kind, q, gold, voice) in enumerate(order, 1):
            rows.append({
                "id": "r34-%s-%03d" % (lang, i),
                "language": lang,
                "question": q,
                "answerable": gold is not None,
                "gold": [gold] if gold else [],
                "kind": kind,
                "voice": voice,
            })

    assert len(rows) == 100
    assert len({r["id"] for r in rows}) == 100, "duplicate id"
    assert len({r["question"] for r in rows}) == 100, "duplicate question"
    for r in rows:
        assert len(r["gold"]) == (1 if r["answerable"] else 0), r["id"]
    en_rows = [r for r in rows if r["language"] == "en"]
    zh_rows = [r for r in rows if r["language"] == "zh"]
    assert not any(has_trad(r["question"]) for r in en_rows)
    trad = sum(1 for r in zh_rows if has_trad(r["question"]))
    assert 13 <= trad <= 17, trad

    out = os.path.join(HERE, "questions.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s (zh Traditional rows: %d)" % (len(rows), out, trad))


if __name__ == "__main__":
    main()
