#!/usr/bin/env python3
"""Blind grounded review set 43: 50 English + 50 Chinese reviewer questions.

Every question below was typed by hand by the set-43 writer. The script only shuffles the rows,
assigns ids, checks them, and writes questions.jsonl next to itself. It reads the KB passage files
(env MEDQA_ROOT, default /work/main) only to check that every gold and near id exists.
Python 3 standard library only.
"""
import json
import os
import random
import re
from collections import Counter

SEED = 43

# voice labels (English)
BILL = "billposter (poster fitter on bus shelters and hoardings)"
HAT = "milliner (hat maker)"
SEY = "Seychellois family writing English"
SAM = "Samoan family writing English"
MIL = "mother-in-law writing for her son-in-law"
FIL = "father-in-law writing for his daughter-in-law"
CER_T = "Ceredigion farmer (Tregaron)"
CER_L = "Ceredigion farmer (Lampeter)"
CER_A = "Ceredigion farmer (Aberaeron)"
BAT = "bat surveyor (ecologist on night surveys)"
ESSAY = "; style: 'sorry for the essay' closing"
KISS = "; style: 'x' sign-off"
CHEERS = "; style: 'cheers in advance' closing"

# (kind, question, gold_id_or_None, voice)
EN = [
    # ---------------- plain (5) ----------------
    ("plain", "how early do i need to turn up before a clinic appointment",
     "kb-en-appointments-005", BILL),
    ("plain", "Do we have to pay for an interpreter? My mother only speaks Seselwa creole.",
     "kb-en-appointments-007", SEY),
    ("plain", "Where do I take old inhalers I don't use any more?",
     "kb-en-medications-003", BAT),
    ("plain", "Can I eat and drink as normal before an X-ray?",
     "kb-en-test_preparation-010", HAT),
    ("plain", "How many of us can be at the bedside in intensive care at the same time?",
     "kb-en-visiting-005", MIL),

    # ---------------- context (10) ----------------
    ("context", "I'm a milliner, so it's fiddly work all day with pins, wire and a steamer, and my right thumb has "
     "been locking up for months now. My GP sent a referral to your hand clinic back in the spring and I have heard "
     "nothing since. Not a letter, not a text, nothing in the post. Race season is coming and I need to plan my "
     "orders around whatever happens. Who do I actually contact to check the referral even arrived? Sorry for the essay.",
     "kb-en-appointments-010", HAT + ESSAY),
    ("context", "We farm up above Tregaron, it's a good hour and a half to you on a clear road with no tractors in "
     "front. My wife has a scan of her tummy booked first thing in the morning, the ultrasound for her gallbladder. "
     "She'll want her breakfast before we leave the house at six, she always does. How long before the scan has she "
     "got to stop eating? Sorry for the essay, fair play if you read it all.",
     "kb-en-test_preparation-009", CER_T + ESSAY),
    ("context", "Bit of an odd one. Between May and September I'm out doing bat emergence and dawn surveys, so I "
     "pretty much live on flask coffee. I've got a colonoscopy coming up and the day before I'm only allowed clear "
     "fluids. Can I still have my coffee if it's black with no milk in it?",
     "kb-en-test_preparation-004", BAT),
    ("context", "Talofa. My uncle came from Apia to stay with us for his treatment here. Next week he has the CT scan "
     "with the dye put in his vein. He has sugar diabetes and he takes metformin every day. My aunty says he does not "
     "need to say anything because it is just a scan. Does he need to tell the scan people about the metformin?",
     "kb-en-test_preparation-007", SAM),
    ("context", "My son-in-law is having his hernia done as a day case on Thursday. My daughter is away on a course "
     "that week so I'm the one collecting him. He's already saying he'll drive himself home because it's 'only "
     "keyhole'. I've told him he's doing no such thing. How long am I meant to stay with him after? Sorry for the "
     "essay, I do go on.",
     "kb-en-procedures-004", MIL + ESSAY),
    ("context", "put my hand on the paste boiler at the depot last week, nothing major, it's fine now. but my mate "
     "told me to stick butter on it and i'm fairly sure that was wrong. for next time, how long are you actually "
     "supposed to keep a burn under the tap?",
     "kb-en-self_care-005", BILL),
    ("context", "My mother has been staying with us since January and she flies home to Mahé next month. The flight "
     "is long, with a change in Abu Dhabi. She has a liquid medicine in a big bottle, more than the 100 ml they let you "
     "take. Will the airport let her carry it in the cabin with her?",
     "kb-en-medications-009", SEY),
    ("context", "I've got a gastroscopy with sedation on a Monday morning. Trouble is I'm on a survey contract two "
     "hours away and I'm meant to be on site by dusk that same evening, driving myself there in the work pickup. Is "
     "that going to be a problem? Cheers in advance.",
     "kb-en-procedures-002", BAT + CHEERS),
    ("context", "Booked in for day surgery on my foot in three weeks' time. The week before I'm dressing a stand at a "
     "bridal show and I'd planned to get gel nails done for it, because my hands are on show all day pinning veils. "
     "Do they all have to come off before the operation?",
     "kb-en-procedures-012", HAT),
    ("context", "My daughter-in-law has been on the surgical ward for a week and they say she can go home tomorrow. "
     "My son works shifts so I'm picking her up. The only parking I can get near you is a two-hour bay. Is going home "
     "a quick thing, or should I expect to be hanging about?",
     "kb-en-procedures-009", FIL),

    # ---------------- lay (9) ----------------
    ("lay", "the test where they put a camera down your throat into your stomach, how long before it do you have to "
     "stop eating",
     "kb-en-procedures-001", BILL),
    ("lay", "My wife had a metal plate put in her ankle years ago after she came off the trailer. Now she's booked "
     "for the scan where you lie inside the big magnet tube. Does she need to say about the plate before, or does it "
     "not matter?",
     "kb-en-test_preparation-005", CER_L),
    ("lay", "My sister has the blood test where you drink the sweet sugary drink and then they take blood again "
     "later. How many hours will she be there, so I know when to fetch her? x",
     "kb-en-test_preparation-012", SEY + KISS),
    ("lay", "If I do my pee in the little pot on a Friday evening, can it sit in the fridge till Monday, or does it "
     "have to go in the same day?",
     "kb-en-test_preparation-011", HAT),
    ("lay", "The clear-out drink you have before the camera goes up your back end. I'm worried I'll bring it straight "
     "back up. What happens if I'm sick with it?",
     "kb-en-test_preparation-003", BAT),
    ("lay", "The pharmacy label on my dad's tablets says take on an empty tummy. Does that mean only in the morning "
     "before breakfast, or how long away from food is it?",
     "kb-en-medications-005", SAM),
    ("lay", "Mam's eyes have gone and she can't drive any more, and I'm out on the farm all hours so I can't always "
     "take her. Can the hospital send something to fetch her for her clinic? How do we go about it?",
     "kb-en-appointments-009", CER_A),
    ("lay", "My son-in-law has had a letter from you saying he owes a good few hundred for his treatment. He can't "
     "find that in one go. Can he pay it off a bit every month instead?",
     "kb-en-records_billing-009", FIL),
    ("lay", "how do i get hold of everything the hospital has written down about me over the years, all my notes",
     "kb-en-records_billing-001", BILL),

    # ---------------- two_part (6) ----------------
    ("two_part", "Dad's on the ward after his new hip. He can't hear a thing without his hearing aids and he's lost "
     "without his glasses. Can he keep them by the bed? And if they go missing, who do we tell?",
     "kb-en-visiting-010", CER_T),
    ("two_part", "A friend is in after an operation and I'd love to take her a bunch of flowers from the market, and "
     "maybe a balloon. Are either of those allowed? x",
     "kb-en-visiting-003", HAT + KISS),
    ("two_part", "What do I need to sign up for the patient portal? And if I forget my password what do I do?",
     "kb-en-records_billing-002", SAM),
    ("two_part", "Can we visit my son-in-law over his lunch, and how many of us can be at his bed at once?",
     "kb-en-visiting-001", MIL),
    ("two_part", "my boy is 4 and on a medicine from the pharmacy, can i just use a teaspoon out the drawer to measure "
     "it? and me and his mum keep nearly giving him it twice, any tips",
     "kb-en-medications-011", BILL),
    ("two_part", "I'm working away for the summer so my follow-up is a video call. What do I need for it, and if they "
     "ring me instead, what number will it come up as?",
     "kb-en-appointments-006", BAT),

    # ---------------- missing_detail (15) ----------------
    ("missing_detail", "which bus number goes from the train station to the hospital",
     None, BILL + "; near kb-en-appointments-008"),
    ("missing_detail", "how much is it an hour in the visitor car park, i'll be in with the van. cheers in advance",
     None, BILL + CHEERS + "; near kb-en-appointments-008"),
    ("missing_detail", "What does it cost to get a letter from the clinic for my insurance company? They want a "
     "report on my wrist.",
     None, HAT + "; near kb-en-records_billing-011"),
    ("missing_detail", "Is the hospital pharmacy open on Saturday afternoons? I'm at a fashion fair all week.",
     None, HAT + "; near kb-en-medications-012"),
    ("missing_detail", "Please what is the telephone number of the hospital switchboard? I want to ring the ward.",
     None, SEY + "; near kb-en-visiting-007"),
    ("missing_detail", "What time do visitors have to be out of the general wards at night? Is it eight o'clock?",
     None, MIL + "; near kb-en-visiting-001"),
    ("missing_detail", "What are the actual visiting times on intensive care? My son-in-law's there and we're driving "
     "down from the north, so I want to get it right. x",
     None, MIL + KISS + "; near kb-en-visiting-005"),
    ("missing_detail", "What's the name of the hospital's Catholic chaplain? My daughter-in-law would like to see "
     "somebody.",
     None, FIL + "; near kb-en-visiting-008"),
    ("missing_detail", "How much deposit do you want for borrowing one of the wheelchairs at the front door?",
     None, CER_L + "; near kb-en-appointments-012"),
    ("missing_detail", "How many weeks is the wait for a hernia operation at the moment? I need to know whether I'm "
     "done before silage.",
     None, CER_A + "; near kb-en-appointments-010"),
    ("missing_detail", "What income do you have to be under to get the help with hospital charges? Farming's had a "
     "bad year. Cheers in advance.",
     None, CER_T + CHEERS + "; near kb-en-records_billing-010"),
    ("missing_detail", "How much do you charge per page to copy someone's notes?",
     None, CER_L + "; near kb-en-records_billing-001"),
    ("missing_detail", "What time does the lights-down quiet time start on the wards? I'm nocturnal for work and "
     "I'd like to visit my brother late.",
     None, BAT + "; near kb-en-visiting-011"),
    ("missing_detail", "What's the Wi-Fi network name and password for visitors?",
     None, BAT + "; near kb-en-visiting-011"),
    ("missing_detail", "How much does a sharps bin cost? I'm on injections for a few months.",
     None, BAT + "; near kb-en-medications-003"),

    # ---------------- off_topic (5) ----------------
    ("off_topic", "are you taking on any porters or cleaners? my contract ends in march and i'd rather be working "
     "indoors for a change",
     None, BILL),
    ("off_topic", "Is there a hairdresser who comes round the wards? My aunt is in for a few weeks and she'd love "
     "her hair set.",
     None, HAT),
    ("off_topic", "How can I put my name on the organ donor register? Can the hospital do it for me?",
     None, SEY),
    ("off_topic", "Can I give blood at the hospital? I'm O negative and I want to help.",
     None, SAM),
    ("off_topic", "Is there a cash machine in the hospital? Half the shops round us don't take cards.",
     None, CER_L),
]

# voice labels (Chinese)
XX = "河南豫北 新乡家属"
JZ = "河南豫北 焦作家属"
AY = "河南豫北 安阳家属"
DZ = "重庆大足家属"
TL = "重庆铜梁家属"
CS = "重庆长寿家属"
ZY = "砖瓦窑工人"
CH = "炒货店老板"
DL = "灯笼作坊师傅"
LYM = "香港 鯉魚門居民（粵語，繁體）"
LFS = "香港 流浮山居民（粵語，繁體）"
ZSS = "香港 鑽石山居民（粵語，繁體）"
TGL = "香港 調景嶺居民（粵語，繁體）"
GL = "新北 貢寮家屬（台灣華語，繁體）"
SX = "新北 雙溪家屬（台灣華語，繁體）"
PX = "新北 平溪家屬（台灣華語，繁體）"
WL = "新北 萬里家屬（台灣華語，繁體）"

ZH = [
    # ---------------- plain (5) ----------------
    ("plain", "抽完血，针眼那里要按多长时间？", "kb-zh-test_preparation-001", XX),
    ("plain", "看急诊要不要提前在网上挂号预约？", "kb-zh-appointments-010", DL),
    ("plain", "家里过期的药可以直接扔垃圾桶里吗？", "kb-zh-medications-004", ZY),
    ("plain", "戴動態心電圖那24小時可以洗澡嗎？", "kb-zh-test_preparation-010", GL),
    ("plain", "看完病的电子发票在哪里下载？", "kb-zh-records_billing-008", CS),

    # ---------------- context (10) ----------------
    ("context", "我们是大足的，离城里有点远。我妈下周在你们医院做无痛肠镜，她平时早上不吃东西就心慌手抖，这回又要清肠"
     "又要空肚子，她最怕的就是做完还要饿好半天。做完以后隔多久才可以吃东西？能吃上一口她才觉得巴适。",
     "kb-zh-procedures-010", DZ),
    ("context", "我爸在你们医院住院，我们一大家子从焦作过来，兄弟姐妹五个都想进去看看他，还有几个孙辈。"
     "病房一次能进去几个人？", "kb-zh-visiting-001", JZ),
    ("context", "我在砖瓦窑上班，天天搬砖坯，手上磨破是常事，贴个创可贴就完了。昨天推砖的铁架子上有根生锈的铁丝，"
     "把手背划了一道，不深，血早就止住了。这种被锈铁丝划的，要不要去打破伤风针？", "kb-zh-self_care-004", ZY),
    ("context", "我开炒货店的，一天到晚守着大铁锅炒瓜子炒花生。前天炒板栗的时候热油溅到手背上，当时冲了凉水，"
     "现在起了个黄豆大的水泡，亮晶晶的。这个泡要不要拿针挑破？", "kb-zh-self_care-005", CH),
    ("context", "我在灯笼作坊扎灯笼，快过年了，白天根本走不开。我老婆下个月在你们这儿住院做手术，我想晚上去陪床，"
     "白天让她妹妹替我。陪床的人能这样换来换去吗？", "kb-zh-visiting-006", DL),
    ("context", "我哋住流浮山，出市區搭車都要成個鐘。我爸爸下個月喺你哋度做白內障日間手術，佢好驚要住幾日院，"
     "又驚冇人睇住屋企。日間手術一般做完即日就可以返屋企㗎？", "kb-zh-procedures-001", LFS),
    ("context", "我們住雙溪，搭區間車到台北要一個多小時。我媽下週一早上要照肝膽的超音波，她早上不吃東西會頭暈，"
     "所以想算好時間。請問照肚子上面那種超音波要空腹多久？", "kb-zh-test_preparation-007", SX),
    ("context", "我哥上个月在你们医院做完手术，出院小结上写着两周后拆线。我们已经回安阳老家了，来回一趟不容易。"
     "拆线能不能在我们这边的社区医院拆？", "kb-zh-procedures-012", AY),
    ("context", "我爸在你们这儿住了半个月院，前天刚出院回铜梁。他买的商业保险要住院病历复印件去理赔，"
     "保险公司催得紧。现在能去复印了吗，还是要再等几天？", "kb-zh-records_billing-001", TL),
    ("context", "我店里忙，天天称瓜子算账，手机用得不太灵。我妈从乡下来，第一次到你们医院看病，听人说要先办个什么卡"
     "才能挂号。头一回来要先办什么，在哪儿办？", "kb-zh-appointments-004", CH),

    # ---------------- lay (9) ----------------
    ("lay", "我腿里头打过钢钉，医生让我去做那个躺进大圆筒子里、咚咚响的检查。我这样能进去吗？要先跟谁说一声？",
     "kb-zh-test_preparation-003", DZ),
    ("lay", "我的降压药还剩一个星期的量，现在就在手机上找医生再开一回，算不算太早？",
     "kb-zh-medications-002", ZY),
    ("lay", "药盒上写一天吃三回，是不是非得跟着早中晚三顿饭一起吃？", "kb-zh-medications-006", XX),
    ("lay", "我家小子鼻子老冒血，下回再冒的时候，是让他仰着脑袋还是低着头？", "kb-zh-self_care-012", CH),
    ("lay", "钱已经交了，单子上有一项抽血还没去抽，我现在不想抽了，这钱能拿回来吗？", "kb-zh-records_billing-009", DL),
    ("lay", "照完肺，聽講而家唔再俾嗰啲大塊黑色菲林？我想拎去第二間醫院俾醫生睇，要去邊度攞？",
     "kb-zh-records_billing-010", ZSS),
    ("lay", "排咗下星期三睇醫生，但係嗰日要返工，可唔可以直接搬去下星期五？", "kb-zh-appointments-002", TGL),
    ("lay", "爬梯子挂灯笼样品的时候一脚踩空，脚腕子拧了一下，现在有点肿。是该拿冰的敷，还是拿热毛巾敷？",
     "kb-zh-self_care-006", DL),
    ("lay", "我爸的降血壓藥每個月都要跑一趟醫院拿，很麻煩。他狀況一直很穩，可以一次多拿幾個月的份嗎？最多可以拿多久？",
     "kb-zh-medications-001", WL),

    # ---------------- two_part (6) ----------------
    ("two_part", "我侄子10岁，想跟着去病房看他爷爷，能进去吗？要是能进，得有大人一直陪着吗？",
     "kb-zh-visiting-002", AY),
    ("two_part", "胰岛素能放冰箱冷冻室冻着吗？已经打开用上的那支也要放冰箱吗？", "kb-zh-medications-003", CH),
    ("two_part", "抽血化验的结果一般几天出来？可以在手机上看吗？", "kb-zh-records_billing-003", CS),
    ("two_part", "深切治療部一日可以俾幾多個人入去探？入去使唔使著保護衣？", "kb-zh-visiting-004", LYM),
    ("two_part", "開刀那天可以擦指甲油去嗎？隱形眼鏡可以戴著進去嗎？", "kb-zh-procedures-005", PX),
    ("two_part", "到了看病的诊区以后第一步要干什么？要是叫号的时候我没听见，过号了怎么办？",
     "kb-zh-appointments-006", ZY),

    # ---------------- missing_detail (15) ----------------
    ("missing_detail", "住院部下午探视是几点开始、几点结束？", None, XX + "; near kb-zh-visiting-001"),
    ("missing_detail", "听说号是提前7天放的，那天是早上几点开始放？我想定个闹钟。", None,
     JZ + "; near kb-zh-appointments-001"),
    ("missing_detail", "预约了没去也没取消，次数多了会被限制网上挂号。到底爽约几次就会被限制？限制多长时间？", None,
     AY + "; near kb-zh-appointments-002"),
    ("missing_detail", "你们医院停车场一个小时收多少钱？", None, DZ + "; near kb-zh-appointments-009"),
    ("missing_detail", "住院要交的预交金是多少钱？我想先准备好。", None, TL + "; near kb-zh-procedures-007"),
    ("missing_detail", "坐地铁到你们医院是几号线，在哪个站下？", None, CS + "; near kb-zh-appointments-009"),
    ("missing_detail", "门诊药房那个过期药回收点在几楼？", None, ZY + "; near kb-zh-medications-004"),
    ("missing_detail", "在服务台借轮椅要交多少押金？", None, ZY + "; near kb-zh-appointments-007"),
    ("missing_detail", "住院病人在营养食堂订饭，一份多少钱？", None, CH + "; near kb-zh-visiting-007"),
    ("missing_detail", "请医院的护工陪床，一天多少钱？", None, DL + "; near kb-zh-visiting-006"),
    ("missing_detail", "深切治療部每日幾點開始俾人探病？", None, LYM + "; near kb-zh-visiting-004"),
    ("missing_detail", "如果要打印返張菲林或者燒隻碟，要收幾多錢？", None, LFS + "; near kb-zh-records_billing-010"),
    ("missing_detail", "影印住院病歷，一版收幾多錢？", None, TGL + "; near kb-zh-records_billing-001"),
    ("missing_detail", "藥學諮詢門診是星期幾有開？", None, GL + "; near kb-zh-medications-009"),
    ("missing_detail", "我爸聽力不好，要靠手語，想約手語志工陪他看診。手語志工是哪些時段才有？", None,
     SX + "; near kb-zh-appointments-008"),

    # ---------------- off_topic (5) ----------------
    ("off_topic", "医院附近有没有便宜点的旅馆？我们要住半个月。", None, DL),
    ("off_topic", "你们医院能献血吗？献血点在哪儿？", None, XX),
    ("off_topic", "我想在你们医院门口摆个摊卖炒货，要找哪个部门批？", None, CH),
    ("off_topic", "想登記做器官捐贈，喺醫院可以辦嗎？", None, ZSS),
    ("off_topic", "醫院附近有沒有推薦的素食餐廳？我媽吃全素。", None, WL),
]

EXPECTED = {"plain": 5, "context": 10, "lay": 9, "two_part": 6, "missing_detail": 15, "off_topic": 5}
ANSWERABLE_KINDS = {"plain", "context", "lay", "two_part"}

# characters that occur only in Traditional script (their Simplified forms differ)
TRAD_ONLY = set(
    "們個這會來時說醫診藥還嗎點過聽話請問檢術處麼準備開車護讓應該預約單號碼夠體療覺電際間門網費錢續鐘幾帶張樣"
    "發數種買賣東與為無專對實變傳寫壓從關頭後見現樂區動圖週臺灣錄鏡鬆穩擔謝證裡歲驗緊辦貢萬雙館廳薦媽諮詢誰邊講記贈"
)


def load_ids(root):
    ids = set()
    for lang in ("en", "zh"):
        path = os.path.join(root, "medqa", "assets", "kb", "passages_%s.jsonl" % lang)
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    ids.add(json.loads(line)["id"])
    return ids


def build(lang, items, kb_ids):
    kinds = Counter(k for k, _, _, _ in items)
    assert dict(kinds) == EXPECTED, (lang, dict(kinds))
    assert len(items) == 50, (lang, len(items))
    rows = []
    for kind, q, gold, voice in items:
        answerable = kind in ANSWERABLE_KINDS
        if answerable:
            assert gold is not None and gold.startswith("kb-%s-" % lang), (lang, q)
            assert gold in kb_ids, gold
            assert "; near" not in voice, voice
        else:
            assert gold is None, (lang, q)
            m = re.search(r"; near (kb-[a-z]+-[a-z_]+-\d{3})$", voice)
            if kind == "missing_detail":
                assert m, voice
                assert m.group(1).startswith("kb-%s-" % lang), voice
                assert m.group(1) in kb_ids, voice
            else:
                assert "; near" not in voice, voice
        rows.append({
            "language": lang,
            "question": q,
            "answerable": answerable,
            "gold": [gold] if answerable else [],
            "kind": kind,
            "voice": voice,
        })
    assert sum(r["answerable"] for r in rows) == 30, lang
    assert all(len(r["gold"]) == 1 for r in rows if r["answerable"])
    gold_use = Counter(r["gold"][0] for r in rows if r["answerable"])
    assert max(gold_use.values()) <= 2, gold_use.most_common(3)
    random.Random("%d-%s" % (SEED, lang)).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        row = {"id": "r43-%s-%03d" % (lang, i)}
        row.update(r)
        out.append(row)
    return out


def main():
    root = os.environ.get("MEDQA_ROOT", "/work/main")
    kb_ids = load_ids(root)
    en = build("en", EN, kb_ids)
    zh = build("zh", ZH, kb_ids)
    allrows = en + zh
    ids = [r["id"] for r in allrows]
    assert len(ids) == len(set(ids)) == 100
    qs = [r["question"] for r in allrows]
    assert len(qs) == len(set(qs)), "a question appears twice"
    trad = [r for r in zh if any(ch in TRAD_ONLY for ch in r["question"])]
    assert 13 <= len(trad) <= 17, len(trad)
    # every Traditional row comes from a Hong Kong or Taiwan voice, and every such voice is Traditional
    for r in zh:
        is_trad_voice = "繁體" in r["voice"]
        has_trad = any(ch in TRAD_ONLY for ch in r["question"])
        assert is_trad_voice == has_trad, r["question"]
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for row in allrows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows (en %d, zh %d; zh Traditional %d)" % (len(allrows), len(en), len(zh), len(trad)))


if __name__ == "__main__":
    main()
