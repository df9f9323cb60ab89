#!/usr/bin/env python3
"""Build blind grounded review set 44 (50 English + 50 Chinese reviewer questions).

Standard library only. All text is typed in this file. The KB passage files are read
only to check that every gold and "near" id exists.

    python3 make_review44.py            # writes questions.jsonl next to this file
    MEDQA_ROOT=/path/to/main python3 make_review44.py
"""
import collections
import json
import os
import random

SEED = 44
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT", "/work/main")
KB_DIR = os.path.join(ROOT, "medqa", "assets", "kb")

# ---------------------------------------------------------------- voices
BIKE = "bicycle mechanic at a bike repair shop"
GLAZ = "glazier"
SEY = "Seychellois family writing English (Kreol first)"
SIB = "older sibling who is legal guardian of a younger brother or sister"
ARR = "Arranmore Island (Co. Donegal) resident"
VAL = "Valentia Island (Co. Kerry) resident"
FAIR = "travelling funfair worker (showmen's family)"
BURST = "; style: three short bursts"
YOU = "; style: second person"
GOOG = "; style: (yes I've googled it) aside"

HLJ = "黑龙江 虎林、密山、北安 家属 (简体)"
HN = "海南 儋州、五指山、陵水 家属 (简体)"
XC = "校车司机 (简体)"
HL = "陪孩子做化疗的妈妈 (简体)"
HK = "香港 華富、田灣、聯和墟 居民 (粵語, 繁體)"
TW = "台灣 新竹 竹北、湖口 與 桃園 龜山 家庭 (台灣華語, 繁體)"


def near(pid):
    return "; near " + pid


# ---------------------------------------------------------------- English
EN = [
    # plain (5)
    ("plain", "what time should i get there for a clinic appointment? mine's 10.40 and i don't want to be stood about for ages",
     "kb-en-appointments-005", BIKE),
    ("plain", "Can old inhalers go in the household bin or do they have to go somewhere special?",
     "kb-en-medications-003", GLAZ),
    ("plain", "Good morning. Please, if my mother need interpreter for the appointment, we have to pay for this?",
     "kb-en-appointments-007", SEY),
    ("plain", "How many visitors are allowed round one bed at the same time on an ordinary adult ward?",
     "kb-en-visiting-001", SIB),
    ("plain", "Do you need a mobile number to register for the patient portal or will a landline do? We've no signal half the time out here.",
     "kb-en-records_billing-002", VAL),

    # context (10)
    ("context", "We travel with the fair from Easter to October, a different town most weeks, and all our post goes to the winter yard. "
     "My mum had a hospital appointment in June and never knew a thing about it because the letter sat at the yard the whole time. "
     "Now the clinic says she didn't turn up. What should we do about it?",
     "kb-en-appointments-003", FAIR),
    ("context", "hiya\ngot my colonoscopy next week, the prep stuff's arrived in a box\nwhat can i actually eat in the days before? is white bread and eggs ok or not",
     "kb-en-test_preparation-004", BIKE + BURST),
    ("context", "Took a slice out of my thumb on a sheet of float glass Tuesday. Bled a fair bit but it closed up under a plaster and it looks clean. "
     "Thing is I honestly can't remember when I last had a tetanus jab, might have been at school. Who am I meant to ask about that?",
     "kb-en-self_care-004", GLAZ),
    ("context", "My father is coming from Praslin to have his operation here, I am his daughter living in the UK. He wears the same wedding ring for 40 years "
     "and now it cannot come off his finger, it is too tight. The letter says remove all jewellery. What happens with the ring?",
     "kb-en-procedures-012", SEY),
    ("context", "I've been my brother's legal guardian since he was 11, he's 14 now. He goes into the children's ward next month to have his appendix out "
     "and he's pretty nervous about it, though he'd never say so. Will I be allowed to stay overnight by his bed?",
     "kb-en-visiting-009", SIB),
    ("context", "I'm on Arranmore so it's the ferry to Burtonport and then a long drive for me. I'm booked for a gastroscopy with sedation and my sister "
     "was going to collect me but her shifts have been changed. Could I just get a taxi down to the ferry and go home on my own afterwards?",
     "kb-en-procedures-002", ARR),
    ("context", "You'd think somebody would put it on a sign. My dad's in on the men's ward after his hip and he keeps on at me to bring him a proper dinner "
     "from our food wagon. You walk in with a tray and the nurses give you a look. Are you actually allowed to bring food in for a patient or not?",
     "kb-en-visiting-003", FAIR + YOU),
    ("context", "My mother moved in with us on Valentia in the spring and she's on a good few tablets now. Some mornings she forgets, and then at teatime "
     "she wants to take the morning ones along with the evening ones to catch up. Is doubling up like that the right thing to do?",
     "kb-en-medications-004", VAL),
    ("context", "Lifted a cargo bike onto the workstand last Thursday and felt my lower back go. It's a bit better every day and there's nothing else going on, "
     "it's just sore. Is it best to lie flat till it settles or keep moving about?",
     "kb-en-self_care-009", BIKE),
    ("context", "My auntie is in the intensive care since Sunday after her operation. In our family everybody wants to come and see her, the cousins, "
     "the neighbours from church, everybody. How many people can stand by her bed at the same time?",
     "kb-en-visiting-005", SEY),

    # lay (9)
    ("lay", "the test where they put a little camera down your throat to look at your stomach. how long before it do i have to stop eating?",
     "kb-en-procedures-001", GLAZ),
    ("lay", "Years ago I got a speck of steel in my eye grinding on a boat engine. Now I've been sent for one of those big magnet scans. Is that something I should tell them first?",
     "kb-en-test_preparation-005", ARR),
    ("lay", "My sister's 13 and does her own jabs for her sugar. Where are the used pen tips supposed to go? I've been putting them in an empty pop bottle.",
     "kb-en-medications-003", SIB),
    ("lay", "The nurse gave me a little pot to pee in. How long have I got to get it back to them?",
     "kb-en-test_preparation-011", FAIR),
    ("lay", "My wife must do the test where she cannot eat from night before, then she drinks very sweet sugar water and they take her blood few times. "
     "How long she will be there in total? I have to fix somebody to mind the children.",
     "kb-en-test_preparation-012", SEY),
    ("lay", "had my gallbladder out 3 days ago, the cut's on my belly. when can i have a proper soak in the bath?",
     "kb-en-procedures-010", BIKE),
    ("lay", "I'm going for the scan where they rub cold jelly on your belly and slide a thing around, it's to check for stones. Do I have to go without food beforehand?",
     "kb-en-test_preparation-009", VAL),
    ("lay", "every year when the grass is up my eyes stream and i sneeze my head off on jobs. anything i can do day to day to keep it at bay?",
     "kb-en-self_care-010", GLAZ),
    ("lay", "My brother's being put to sleep for an op on Friday. Does a mug of hot chocolate count as a drink or as food when they tell you to stop?",
     "kb-en-procedures-003", SIB),

    # two_part (6)
    ("two_part", "Dad's bill from his stay came as one big total. Can we get it broken down charge by charge, and who do we ask for that?",
     "kb-en-records_billing-007", FAIR),
    ("two_part", "My mother will fly from Mahé for her follow-up here and bring all her medicines. Can she keep them in the cabin bag, "
     "and how does she keep the insulin cool for such a long flight?",
     "kb-en-medications-009", SEY),
    ("two_part", "Caught my wrist on the range door last night taking out the bread. It's settled now, but for next time: how long should you keep a burn "
     "under the tap, and is butter any use on it?",
     "kb-en-self_care-005", VAL),
    ("two_part", "(yes I've googled it, got ten different answers) I'm booked for a CT with the dye. Do I need to tell them I'm on metformin, "
     "and is it normal to feel warm when it goes in?",
     "kb-en-test_preparation-007", BIKE + GOOG),
    ("two_part", "I'm guardian to my 15 year old sister. Can I see her hospital records, and will staff want proof of who I am?",
     "kb-en-records_billing-005", SIB),
    ("two_part", "Got a letter saying my follow-up is a video appointment. What do I need to have ready for it, and what if I'd rather just come in?",
     "kb-en-appointments-006", GLAZ),

    # missing_detail (15)
    ("missing_detail", "Is the outpatient pharmacy open on a Saturday morning? I'm out on jobs all week.",
     None, GLAZ + near("kb-en-medications-012")),
    ("missing_detail", "My brother uses a wheelchair. If we borrow one of the hospital chairs at the entrance instead of bringing his, how much is the deposit?",
     None, SIB + near("kb-en-appointments-012")),
    ("missing_detail", "You'd think the website would just say it. Which bus number do you get from the train station to the hospital?",
     None, FAIR + YOU + near("kb-en-appointments-008")),
    ("missing_detail", "morning\nhow long is the actual colonoscopy bit\nnot the whole day, just the camera part, how many minutes?",
     None, BIKE + BURST + near("kb-en-test_preparation-003")),
    ("missing_detail", "Is there a Catholic Mass in the hospital chapel on Sunday, and what time please?",
     None, SEY + near("kb-en-visiting-008")),
    ("missing_detail", "My van insurer wants a report from the hospital about the hand I cut. How much do you charge for one of those?",
     None, GLAZ + near("kb-en-records_billing-011")),
    ("missing_detail", "whats the wifi password on the wards? my brother's going through all his data",
     None, SIB + near("kb-en-visiting-011")),
    ("missing_detail", "I sent off my request for a copy of my records. How many days exactly does the hospital have to get back to me?",
     None, ARR + near("kb-en-records_billing-001")),
    ("missing_detail", "What time is the morning handover on the wards, so I know when not to ring?",
     None, FAIR + near("kb-en-visiting-007")),
    ("missing_detail", "(yes I've googled it and the car park page is no help) how much does it cost to park for a full day?",
     None, BIKE + GOOG + near("kb-en-appointments-008")),
    ("missing_detail", "When my husband is discharged, where is this discharge lounge? Which floor please?",
     None, SEY + near("kb-en-procedures-009")),
    ("missing_detail", "Is there a charge for the hospital patient transport, or is it free once you qualify?",
     None, ARR + near("kb-en-appointments-009")),
    ("missing_detail", "My GP referred me to dermatology to have a mole looked at back in March. Roughly how many weeks is the wait for that clinic at the moment?",
     None, VAL + near("kb-en-appointments-010")),
    ("missing_detail", "whats the phone number for the billing office? lost the bill",
     None, BIKE + near("kb-en-records_billing-006")),
    ("missing_detail", "If we go on a payment plan for Dad's bill, what's the smallest amount a month you'll take?",
     None, FAIR + near("kb-en-records_billing-009")),

    # off_topic (5)
    ("off_topic", "Can I get my flu vaccine done at the hospital, or only at the GP?",
     None, SEY),
    ("off_topic", "You'd think a hospital this size would have one. Is there a photo booth anywhere inside for passport photos?",
     None, GLAZ + YOU),
    ("off_topic", "(yes I've googled it) is there a shop in the hospital that sells magazines and phone chargers?",
     None, SIB + GOOG),
    ("off_topic", "hey\nwhat time does the cafe by the main entrance open\nneed a coffee before my 8am",
     None, BIKE + BURST),
    ("off_topic", "Does the hospital have a radio station where you can ring in a song request for someone on a ward? It'd cheer my cousin up no end.",
     None, FAIR),
]

# ---------------------------------------------------------------- Chinese
ZH = [
    # plain (5)
    ("plain", "我约了今天上午的专家号，家里临时有事去不了了，整得挺闹心。现在还能在App上退吗？",
     "kb-zh-appointments-002", HLJ),
    ("plain", "請問第一次到你們醫院看診，可以直接用線上視訊看嗎？",
     "kb-zh-appointments-005", TW),
    ("plain", "家里过期的药能直接倒马桶冲了吗？",
     "kb-zh-medications-004", XC),
    ("plain", "想問下電子發票喺邊度可以下載？",
     "kb-zh-records_billing-008", HK),
    ("plain", "日间手术一般要在医院待多久？",
     "kb-zh-procedures-001", HN),

    # context (10)
    ("context", "我儿子在血液科做化疗，住了快一个月了，天天念叨他同学。班里有两个小朋友也想来看看他，一个10岁一个9岁。请问这么小的孩子能进病房吗？",
     "kb-zh-visiting-002", HL),
    ("context", "女儿化疗第二个疗程了，她舅妈说这周要买一大束鲜花送到病房来，给孩子添点喜气。我心里没底，鲜花能带进病房吗？",
     "kb-zh-visiting-003", HL),
    ("context", "我们是虎林的，医保也是在虎林交的。我爸这回得上你们这儿住院做手术，从家过来坐车得大半天。他这种外地医保，住院能直接结算不？要提前办什么手续？",
     "kb-zh-records_billing-007", HLJ),
    ("context", "我开校车的，每天早上六点多就得出门接学生。医生让我空腹抽血查血脂，我想抽完就回车队出车。抽完针眼要按多久，之后马上能吃早饭吗？",
     "kb-zh-test_preparation-001", XC),
    ("context", "我爸在五指山，要来你们这边做无痛胃镜，一家人都陪着过来。他平时饭量大，最怕饿。做完以后要等多久才能吃东西？",
     "kb-zh-procedures-010", HN),
    ("context", "我媽上星期住院開刀，我們家四個兄弟姊妹想輪流去顧她，一人一天這樣排。聽說醫院只讓一個人陪床，而且不能一直換人，是真的嗎？",
     "kb-zh-visiting-006", TW),
    ("context", "我媽上個月喺你哋度做咗白內障日間手術，而家話要覆診。佢唔識用手機，都係我幫佢搞。請問可唔可以喺App度直接約返主刀醫生嘅門診？",
     "kb-zh-procedures-012", HK),
    ("context", "我妈在你们这住院，我们北安老家亲戚多，一天好几个人往病房打电话问情况，我瞅着护士都挺为难的。医生到底能把病情告诉谁？",
     "kb-zh-visiting-009", HLJ),
    ("context", "我是开校车的，上周三发烧去看了门诊，看完就走了，忘了开病假条。现在车队说要病假证明才给算病假，我还能回去补开吗？",
     "kb-zh-records_billing-011", XC),
    ("context", "我爸在陵水，八十多岁了，智能手机不会用。以前都是我在手机上帮他挂号，下个月我要出岛去打工了。他自己一个人来，没有手机还能挂上号吗？",
     "kb-zh-appointments-007", HN),

    # lay (9)
    ("lay", "孩子要去做那个躺进大圆筒里、机器轰轰响、要做好久的检查。他脖子上平时挂个小银锁，衣服上也有扣子，这些都得摘吗？",
     "kb-zh-test_preparation-003", HL),
    ("lay", "医生让我背个小盒子、胸口贴好几个片片，测一整天心跳。戴着这玩意儿能洗澡不？",
     "kb-zh-test_preparation-010", HLJ),
    ("lay", "下星期要做那個從屁股伸管子進去看腸子的檢查，我很愛吃火龍果，前幾天還能吃嗎？",
     "kb-zh-test_preparation-002", TW),
    ("lay", "我老公做完手術返咗屋企，個刀口附近有少少瘀青，仲有啲痛，咁樣正唔正常㗎？",
     "kb-zh-procedures-006", HK),
    ("lay", "我家小孩上次鼻子突然冒血，孩子他奶奶让他仰着头。下回再这样，到底该仰头还是低头？",
     "kb-zh-self_care-012", HN),
    ("lay", "昨天下车的时候脚腕子拧了一下，有点肿，还能走路。先用冰的敷还是用热的敷？",
     "kb-zh-self_care-006", XC),
    ("lay", "我媳妇要做那个肚皮上抹凉胶、拿个东西来回滑的检查，看子宫的。要不要先喝一肚子水忍着不上厕所？",
     "kb-zh-test_preparation-007", HLJ),
    ("lay", "我爸每天要打那種控制血糖的筆針，還沒拆封的那幾支要放冰箱嗎？還是放櫃子裡就好？",
     "kb-zh-medications-003", TW),
    ("lay", "以前照完掃描都會俾我哋一大張黑色嘅相，今次照完乜都無俾。係唔係而家唔再印嗰啲相？",
     "kb-zh-records_billing-010", HK),

    # two_part (6)
    ("two_part", "孩子化疗后在家吃的药水，能用家里的小勺子量吗？另外两种退烧药一起用行不行？",
     "kb-zh-medications-010", HL),
    ("two_part", "我爸上个月出院了，想复印住院病历。出院多少天以后能办？我们已经回虎林了，能不能给寄过来？",
     "kb-zh-records_billing-001", HLJ),
    ("two_part", "上次煮清补凉被开水烫了手背，现在好了。问一下以后再烫到，用凉水冲多长时间？能不能抹牙膏？",
     "kb-zh-self_care-005", HN),
    ("two_part", "交了钱的心脏彩超还没做，临时要出车不想做了，这钱能退吗？用医保付的那部分退到哪去？",
     "kb-zh-records_billing-009", XC),
    ("two_part", "第一次帶小孩去你們醫院要先建檔。小孩還沒有身分證，要用什麼建？還有我之前好像幫他建過一次，可以再建一個嗎？",
     "kb-zh-appointments-004", TW),
    ("two_part", "我想約嘅醫生個號已經滿晒，可唔可以排候補？另外一般幾時會再放號出嚟？",
     "kb-zh-appointments-011", HK),

    # missing_detail (15)
    ("missing_detail", "开车去你们医院，停车场一小时多少钱？",
     None, HLJ + near("kb-zh-appointments-009")),
    ("missing_detail", "医院的护工一天多少钱？我们家里人要回去割橡胶，没人能陪。",
     None, HN + near("kb-zh-visiting-006")),
    ("missing_detail", "复印住院病历一页多少钱？",
     None, XC + near("kb-zh-records_billing-001")),
    ("missing_detail", "血液科病房下午探视从几点到几点？孩子的干妈想来看看她。",
     None, HL + near("kb-zh-visiting-001")),
    ("missing_detail", "住院要先繳預交金，大概要準備多少錢？",
     None, TW + near("kb-zh-procedures-007")),
    ("missing_detail", "如果要去第二間醫院睇，印返啲菲林或者燒碟要幾多錢？",
     None, HK + near("kb-zh-records_billing-010")),
    ("missing_detail", "ICU每天探视是几点钟？我们从北安过来，得算好车次。",
     None, HLJ + near("kb-zh-visiting-004")),
    ("missing_detail", "异地就医备案在网上办好以后，要过几天才生效？",
     None, HN + near("kb-zh-records_billing-007")),
    ("missing_detail", "孩子要做24小时动态心电图，这个检查大概多少钱？",
     None, HL + near("kb-zh-test_preparation-010")),
    ("missing_detail", "医院营养食堂按医嘱配的儿童餐，在App上订一份多少钱？",
     None, HL + near("kb-zh-visiting-007")),
    ("missing_detail", "診斷證明開好要去蓋章，那個窗口在幾樓？",
     None, TW + near("kb-zh-records_billing-011")),
    ("missing_detail", "門診大堂個服務台朝早幾時開門？我想借輪椅俾我媽用。",
     None, HK + near("kb-zh-appointments-007")),
    ("missing_detail", "互联网医院线上复诊，问诊费一次多少钱？我在密山，不想来回跑。",
     None, HLJ + near("kb-zh-appointments-005")),
    ("missing_detail", "无痛胃镜比普通胃镜贵多少钱？",
     None, HN + near("kb-zh-test_preparation-008")),
    ("missing_detail", "普通门诊挂号费多少钱？专家号又是多少？",
     None, XC + near("kb-zh-appointments-001")),

    # off_topic (5)
    ("off_topic", "你们医院附近有没有便宜点的小旅馆？家里人想在外头找个地方住几天，不用太好，能溜达着走到医院就行。",
     None, HLJ),
    ("off_topic", "你们医院还招人不？我哥是电工，想去试试。",
     None, HN),
    ("off_topic", "孩子化疗头发掉得一缕一缕的，想给他剃个光头。医院里面或者附近有理发的地方吗？",
     None, HL),
    ("off_topic", "醫院入面有無櫃員機？我想攞啲現金。",
     None, HK),
    ("off_topic", "我想献血，你们医院能献吗？",
     None, HL),
]

# Characters that only occur in Traditional script (each has a different Simplified form).
TRAD_ONLY = set(
    "們這個來會說問麼為時幾號點醫藥檢診錢費電話樣還沒開關門車應該後裡體給讓對見聽嗎講邊過預約療師從當學紀錄單張覺帶歲媽"
    "專線網實請謝煩術頭現發載動進準備蓋樓機繳圓顧輪換視櫃員無掃衛臺灣幫識區腸愛筆針滿處雙陽創傷舊證膽間燒續聲氣長東"
)


def load_ids(lang):
    path = os.path.join(KB_DIR, "passages_%s.jsonl" % lang)
    ids = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


EXPECTED = {"plain": 5, "context": 10, "lay": 9, "two_part": 6, "missing_detail": 15, "off_topic": 5}
ANSWERABLE_KINDS = {"plain", "context", "lay", "two_part"}


def build(lang, items, kb_ids):
    counts = collections.Counter(k for k, _, _, _ in items)
    assert dict(counts) == EXPECTED, (lang, dict(counts))
    assert len(items) == 50, (lang, len(items))
    gold_use = collections.Counter()
    questions = set()
    for kind, q, gold, voice in items:
        assert kind in EXPECTED, kind
        assert q and q == q.strip(), q
        assert q not in questions, ("duplicate question", q)
        questions.add(q)
        if kind in ANSWERABLE_KINDS:
            assert gold is not None and gold in kb_ids, (lang, gold)
            assert gold.startswith("kb-%s-" % lang), gold
            gold_use[gold] += 1
            assert "; near " not in voice, voice
        else:
            assert gold is None, (lang, q)
            if kind == "missing_detail":
                head, sep, nid = voice.rpartition("; near ")
                assert sep and head, voice
                assert nid.startswith("kb-%s-" % lang) and nid in kb_ids, (lang, nid)
                assert voice.count("; near ") == 1, voice
            else:
                assert "; near " not in voice, voice
    assert sum(1 for k, _, _, _ in items if k in ANSWERABLE_KINDS) == 30, lang
    assert max(gold_use.values()) <= 2, [g for g, n in gold_use.items() if n > 2]

    rows = list(items)
    random.Random("%d-%s" % (SEED, lang)).shuffle(rows)
    out = []
    for i, (kind, q, gold, voice) in enumerate(rows, 1):
        out.append({
            "id": "r44-%s-%03d" % (lang, i),
            "language": lang,
            "question": q,
            "answerable": gold is not None,
            "gold": [gold] if gold else [],
            "kind": kind,
            "voice": voice,
        })
    return out


def main():
    en_ids = load_ids("en")
    zh_ids = load_ids("zh")
    en_rows = build("en", EN, en_ids)
    zh_rows = build("zh", ZH, zh_ids)

    # Traditional script: 13-17 zh rows, and exactly the rows whose voice says 繁體.
    trad_rows = [r for r in zh_rows if TRAD_ONLY & set(r["question"])]
    assert 13 <= len(trad_rows) <= 17, len(trad_rows)
    for r in zh_rows:
        has_trad = bool(TRAD_ONLY & set(r["question"]))
        assert has_trad == ("繁體" in r["voice"]), (r["id"], r["question"], sorted(TRAD_ONLY & set(r["question"])))
    # English rows carry no CJK text.
    for r in en_rows:
        assert not any("\u4e00" <= c <= "\u9fff" for c in r["question"]), r["id"]

    rows = en_rows + zh_rows
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 100
    assert len({r["question"] for r in rows}) == 100
    for r in rows:
        assert len(r["gold"]) == (1 if r["answerable"] else 0)

    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %s: %d rows (en %d, zh %d; zh Traditional %d)"
          % (path, len(rows), len(en_rows), len(zh_rows), len(trad_rows)))


if __name__ == "__main__":
    main()
