#!/usr/bin/env python3
"""Generator for grounded reviewer set 17 (blind-written, hand-typed rows).

Writes questions.jsonl next to this file. Standard library only, deterministic.
KB root: env MEDQA_ROOT, else three directories above this file
(<root>/tests/data/grounded_review17/ -> <root>).
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT") or os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB = {
    "en": os.path.join(ROOT, "medqa/assets/kb/passages_en.jsonl"),
    "zh": os.path.join(ROOT, "medqa/assets/kb/passages_zh.jsonl"),
}
random.seed(17)  # fixed seed; row order is the hand-typed order, no sampling is done

EN = [
# ---- plain (10)
("plain", "appointments-005", "cinema projectionist", "How early should I get to the hospital before my clinic appointment?"),
("plain", "test_preparation-006", "retired harpist", "How long does an MRI scan normally take?"),
("plain", "medications-003", "mountain rescue volunteer", "Where do I take old inhalers once they're finished?"),
("plain", "records_billing-002", "air traffic controller", "What do I need before I can sign up to the patient portal?"),
("plain", "visiting-001", "cheesemonger", "How many visitors are allowed at one bed at the same time on a normal ward?"),
("plain", "self_care-005", "kitchen porter", "How long should a burn be kept under running water?"),
("plain", "test_preparation-009", "clockmaker", "Roughly how long does an ultrasound scan take from start to finish?"),
("plain", "medications-001", "luthier (guitar maker)", "How far ahead of running out should I put in for a repeat prescription?"),
("plain", "procedures-012", "stained-glass restorer", "Why do you make people take nail varnish off before an operation?"),
("plain", "records_billing-007", "snooker referee", "What exactly is an itemised bill, as opposed to the normal one?"),
# ---- context (20)
("context", "appointments-002", "relief lighthouse keeper", "I do relief shifts on an offshore lighthouse and the rota's just been swapped, so I'll be stuck out on the rock the week of my skin clinic appointment. No phone signal half the time out there. I'd like to move it before I go - how much notice are you after?"),
("context", "appointments-009", "night worker at a parcel sorting depot, son of a stroke patient", "Dad had a stroke in spring and can only manage a few steps with his frame. I work nights at the parcel depot and don't drive, mum doesn't either. He's got a neurology follow up on the 14th. How long before that do I need to ring to book the hospital transport?"),
("context", "appointments-007", "Cardiff takeaway owner's son", "My nan only really speaks Cantonese. At the GP my little brother (he's 10) usually translates for her because his English is best. She's got a hospital appointment next month, is it ok if he does it again?"),
("context", "test_preparation-005", "market knife sharpener", "Been sharpening knives on a grinding wheel at markets for 30 odd years and the optician thinks there might be a tiny bit of metal in my left eye from years back. Now I've been sent for an MRI on my back. Is that something I need to tell someone about before I go in?"),
("context", "test_preparation-003", "cobbler", "I'm on iron tablets since last winter (anaemia) and I've just had the pack through for my colonoscopy with the laxative stuff. Nobody said anything about the iron. What am I meant to do about them?"),
("context", "procedures-002", "widowed puppeteer", "Since my wife passed I've nobody at home, and my son's in Canada. I'm booked for a camera test with sedation next month. I was going to just grab a taxi home afterwards, that's fine isn't it?"),
("context", "procedures-003", "sweet shop owner", "I own a sweet shop and I'm forever sucking on a boiled sweet, bit of a habit. Op is Thursday, admission at 1pm, nothing to eat after the morning. Does a sweet count or is that allowed like water?"),
("context", "procedures-010", "RNLI lifeboat crew member", "Had my hernia repaired on Tuesday. I'm on the lifeboat crew (not going out for a while obviously) and after being wet and cold I always have a long soak in the bath. When can I get the wound wet, and is a bath ok?"),
("context", "medications-009", "semi-retired land surveyor visiting family in New Zealand", "Flying out to Auckland in March to meet the new grandbaby, 2 changes on the way. I'm type 1 so I've got insulin pens and needles. Do they go in my suitcase in the hold or with me in the cabin?"),
("context", "medications-004", "Vietnamese English speaker", "I am forget my blood pressure tablet this morning, now is 9 at night. Next one is tomorrow 8 o'clock morning. Tomorrow I take 2 tablet together for make up, is it ok?"),
("context", "visiting-005", "wife of a speedway mechanic", "My husband got hit by a bike in the pits at the speedway last night and he's in intensive care. I'm stood outside the unit door and it's locked, nobody's come out. How am I supposed to get in to see him?"),
("context", "visiting-003", "farm shop owner", "My sister's on the ward having chemo and can't face the hospital food. I run a farm shop, was going to bring her a slice of our quiche each day and the nurses could just pop it in the microwave in the ward kitchen. Is that allowed?"),
("context", "visiting-002", "mum from Dundee", "Two kids in my daughter's class came down with chickenpox this week. She's 7 and hasn't got any spots herself. She's desperate to see her granny on the ward on Saturday - can I bring her?"),
("context", "records_billing-009", "street-theatre stilt walker", "I'm a stilt walker, mostly festivals, so winter is dead for work. Got a hospital bill from my ankle op and it's due on the 30th, no chance I can pay it all in one go. What should I be doing?"),
("context", "records_billing-008", "Malaysian English speaker", "My insurer say I need 'prior approval' before my knee scope lah. Okay I call them already, they gave me some number. What do I do with this number, who in the hospital need it?"),
("context", "self_care-006", "ceilidh band fiddler from Aberdeen", "Came down off the stage at a ceilidh last night and went right over on my ankle. There was a loud crack, I heard it over the music. It's strapped up with frozen peas now. Do I really need to get it looked at or just rest it?"),
("context", "self_care-003", "Nepali grandmother writing in English", "My grandson is 2 years. He has fever since Monday, today is 6th day. He is playing little bit. My daughter wipe him with cold water from tap to make him cool. Is this right way? And when we must take him to doctor?"),
("context", "test_preparation-012", "castle tour guide", "I'm 26 weeks and the midwife has booked me the sugar drink test. I do tours at the castle and need to tell my manager how much of the morning I'll miss. How long does the test take?"),
("context", "appointments-006", "Ukrainian English speaker", "Yesterday I must have phone appointment with clinic. My phone ring from private number and I not answer because I think it is spam call. Now I missed it. Does hospital really call from hidden number?"),
("context", "procedures-009", "hedge-layer", "Dad was told this morning he's going home today. I took the afternoon off to collect him and it's now gone 3 and they've moved him to some lounge and he's still sat there. Why on earth does going home take so many hours?"),
# ---- lay (18)
("lay", "appointments-010", "chimney sweep", "my doctor said weeks ago she was sending me to see a specialist and i've heard nothing. who do i ring to find out if youve even got it"),
("lay", "appointments-012", "seizure-alert dog owner with epilepsy", "I've a dog who warns me before I have a fit. Is she allowed to come inside the hospital with me?"),
("lay", "appointments-004", "fairground ride operator", "what bits of paper and stuff should i have on me when i come in to see the specialist? never been before"),
("lay", "test_preparation-001", "Glasgow shipyard worker", "Doc wants blood for my sugar and fat levels first thing and says nothing to eat from the night before. Can I still have my fag on the way in or does that mess it up?"),
("lay", "test_preparation-004", "Cork hurling coach", "What am I actually allowed to eat the couple of days before they put the camera up the back passage? Give me real food, not the science."),
("lay", "test_preparation-007", "taxidermist", "They're putting some dye in my arm for my scan next week. I take tablets for my sugar. Does anybody need to know that?"),
("lay", "test_preparation-011", "Plymouth dockyard fitter", "Doctor gave me a little pot to wee in. I'm on shift till late, how long have I got to get it back to you once I've done it?"),
("lay", "procedures-001", "Belfast shipyard painter", "how long does the tube-down-the-throat test take? need to know if I can get back to work the same afternoon"),
("lay", "procedures-004", "mobile mechanic", "Getting my bunion sorted, in and out same day. I'm a mobile mechanic so I live in my van - when can I drive again after?"),
("lay", "procedures-008", "Turkish English speaker", "My husband go in for his heart, stay 3 or 4 nights. What I must pack for him in the bag?"),
("lay", "medications-002", "Hungarian English speaker", "Is it ok I keep all my tablets in the little cupboard over the sink in the bathroom?"),
("lay", "medications-007", "apprentice joiner", "been on the germ killing tablets 3 days for my chest and i feel loads better. can i just stop them now theres 4 days left"),
("lay", "medications-011", "Fijian dad", "The baby's pink medicine says 2.5ml. Is it okay to just use a normal teaspoon from the kitchen drawer?"),
("lay", "visiting-007", "grandson who works in a bike shop", "I keep ringing up to see how my nan is doing, like every couple of hours. Are there times when it's better not to ring?"),
("lay", "records_billing-003", "Greek English speaker", "The lady at the front desk refuse to tell me my blood results, even I show her my ID. Why she cannot tell me?"),
("lay", "self_care-002", "sommelier", "I'm burning up but shivery at the same time. My mother always said pile on the blankets and sweat it out. Should I?"),
("lay", "self_care-009", "brewery drayman", "Put my back out lifting a full barrel off the lorry. Should I just stay in bed flat till it stops hurting?"),
("lay", "self_care-013", "apple orchard picker", "got stung by a wasp up the ladder and the little sting bit is still stuck in my arm, do i squeeze it out?"),
# ---- two_part (12)
("two_part", "appointments-001", "mosaic artist", "When I ring to book, what info should I have in front of me? And if no confirmation turns up, how long do I wait before chasing?"),
("two_part", "appointments-008", "Derbyshire quarry worker", "Two things - do the parking machines take card or is it coins only, and where do blue badge holders park?"),
("two_part", "appointments-011", "circus acrobat", "How many people can I bring into the room with me at my appointment? And my husband wants to be with me for the scan bit too, will he be let in?"),
("two_part", "test_preparation-002", "espresso machine engineer", "I'm fasting for a blood test that checks the level of one of my medicines. Is a glass of orange juice ok in the morning? And when should I take that medicine, before or after?"),
("two_part", "test_preparation-010", "Sierra Leonean English speaker", "Before my X-ray can I eat and drink like normal? And will they tell me the result before I go home?"),
("two_part", "procedures-006", "retired tax inspector", "If I sign the consent form and then have second thoughts, am I stuck with it? Also may my son sit in when the surgeon explains it, to help me decide?"),
("two_part", "procedures-011", "fencing coach", "I've come down with a streaming cold a week before my operation. Who should I let know? And is it true they can cancel on the actual day anyway?"),
("two_part", "medications-005", "Spanish English speaker", "What means 'empty stomach' on my tablets, how long before eating? And can I crush them because they are very big for me to swallow?"),
("two_part", "medications-012", "school bus escort", "Where's the hospital pharmacy, and who do I ring if I've a question about tablets I got from there?"),
("two_part", "visiting-004", "Leicester hosiery factory worker", "There's a tummy bug going round mum's ward. Does the hand gel at the door do the job? And is it ok to sit on the end of her bed, there's only one chair."),
("two_part", "records_billing-001", "conveyancing clerk", "To get a copy of my hospital records, what ID do you need to see, and could my solicitor request them for me?"),
("two_part", "self_care-008", "cheese factory line worker", "How long do I stay off work after a stomach bug, and can I take something to stop the runs so I can go in sooner?"),
]
# ---- not answerable: missing_detail (30): (voice, near, question)
EN_MISSING = [
("plumber's mate", "visiting-001", "What time exactly do visiting hours start on the general wards in the afternoon?"),
("Norwegian English speaker", "appointments-008", "How much is it per hour to park in the visitor car park?"),
("pensioner with a landline", "appointments-001", "what is the actual phone number for the switchboard, digits please"),
("hospital radio DJ's mum", "medications-012", "What time does the outpatient pharmacy shut on a Saturday?"),
("bowls club secretary", "appointments-012", "How much is the deposit if I borrow one of your wheelchairs at the entrance?"),
("privacy-minded software tester", "records_billing-012", "What's the name of your data protection officer? I want to write to them personally."),
("genealogist", "records_billing-001", "How much do you charge for a paper copy of my records? Roughly what will it cost me?"),
("teenage gamer stuck on the ward", "visiting-011", "whats the wifi password on the wards"),
("Bradford taxi dispatcher", "appointments-008", "Which bus number goes from the train station to the hospital main entrance?"),
("retired paralegal", "records_billing-001", "You say you respond within the legal time limit. How many days is that, exactly?"),
("delivery van driver always stuck in traffic", "appointments-005", "How many minutes late can I be before the clinic refuses to see me?"),
("light sleeper on the ward", "visiting-011", "What time do the lights go off for the night quiet period?"),
("cricket groundsman", "procedures-010", "Which day of the week does the dressing clinic take stitches out?"),
("insurance claims handler", "records_billing-011", "How much is the fee for a medical report for my insurer? Ballpark figure?"),
("single mum on a low income", "records_billing-010", "What's the income cut-off to qualify for your financial assistance programme?"),
("anxious first-timer", "test_preparation-003", "Which floor is the endoscopy unit on? I don't want to get lost."),
("retired postmistress waiting for a new knee", "appointments-010", "How many months is the waiting list for a knee replacement at your hospital at the moment?"),
("daughter who visits at lunchtimes", "visiting-001", "What time is the protected mealtime at lunch, so I know when not to come?"),
("family of a dying Catholic patient", "visiting-008", "What's the name of the Catholic chaplain and when is he usually in?"),
("zero-interest sceptic", "records_billing-009", "Is there a minimum monthly amount on a payment plan, like £20 a month or something?"),
("rural patient 40 miles out", "appointments-009", "Is there a limit on how many miles patient transport will come out to collect you?"),
("lost-property worrier", "visiting-010", "How long do you keep lost property before you throw it away?"),
("patient who likes the telly", "visiting-011", "How much does it cost per day to use the TV by the bed?"),
("glaucoma patient", "medications-002", "How many days can I keep using eye drops after opening the bottle?"),
("self-funding patient", "procedures-005", "How much does the heart tracing at the pre-op check cost if I'm paying myself?"),
("weekend rugby player", "self_care-006", "Who's the consultant in charge of the fracture clinic? I want to ask for them by name."),
("son collecting his dad", "procedures-009", "What time does the discharge lounge close in the evening?"),
("ICU relative", "appointments-008", "How much is the reduced parking rate for relatives of intensive care patients, per week?"),
("early riser", "appointments-001", "What time does the outpatient reception desk open in the morning?"),
("pregnant baker's assistant", "test_preparation-012", "How many grams of sugar are in the drink for the glucose tolerance test?"),
]
EN_OFF = [
("couple trying for a baby", "Do you do IVF, and how many rounds are free?"),
("newly qualified nurse", "Are you hiring staff nurses on the surgical wards at the moment, and how do I apply?"),
("regular blood donor", "Can I give blood at your hospital, and do I need to book a slot?"),
("beautician", "How much do you charge for Botox on the forehead?"),
("dog owner", "My spaniel has eaten chocolate, can your emergency department see her?"),
("parent of a 13 year old", "Does the hospital do braces for teenagers' teeth, and is there a waiting list?"),
("vegan visitor", "Does the hospital café do vegan sandwiches and what time does it open?"),
("student thinking about organ donation", "How do I sign up to the organ donor register?"),
("backpacker heading to Thailand", "Can I get my typhoid and hepatitis jabs for travel at your hospital?"),
("first-time mum-to-be", "Do you run hypnobirthing or antenatal classes, and how much are they?"),
]

ZH = [
# ---- plain (10)
("plain", "appointments-001", "动物园饲养员", "专科的号一般提前几天放出来？"),
("plain", "test_preparation-001", "高空外墙清洁工（蜘蛛人）", "抽完血针眼要按几分钟？"),
("plain", "records_billing-003", "地铁安检员", "血常规一般多久能出结果？"),
("plain", "visiting-001", "景区讲解员", "住院病人同一时间最多能有几个人去探视？"),
("plain", "medications-006", "火车司机", "药盒上写“一日三次”，是不是一定要跟早中晚三顿饭一起吃？"),
("plain", "test_preparation-010", "台灣鐵路列車長（繁體）", "動態心電圖（Holter）通常要戴多久？"),
("plain", "self_care-012", "古琴老师", "流鼻血的时候捏住鼻子要捏多长时间？"),
("plain", "procedures-010", "开锁师傅", "做完无痛胃镜多久以后可以吃东西？"),
("plain", "records_billing-001", "裱画师", "出院以后大概多久才能去复印住院病历？"),
("plain", "medications-008", "香港海味舖老闆（粵語繁體）", "抗生素食到一半已經好返，可唔可以自己停咗佢？"),
# ---- context (20)
("context", "appointments-002", "远洋货轮海员", "我是跑远洋的，本来约了下周三的眼科，结果公司临时通知我后天就要上船，一走就是三个月。这个号得取消，最晚什么时候取消才行？当天还能在网上退吗？"),
("context", "appointments-006", "风电场运维工程师", "我在山上风电场上班，一个月才下山一次，好不容易约了号。听说到了医院要先“报到”才叫号，报到都有哪些办法？我怕排长队。"),
("context", "appointments-012", "光伏安装工（孩子的舅舅）", "我姐姐姐夫都在深圳上班，外甥在老家跟着我们。医生说孩子可能要做个检查，要签知情同意书，我是舅舅能签吗？要准备啥？"),
("context", "appointments-008", "在韩国留学的女儿（替听障母亲问）", "我妈妈是听障人士，我现在在首尔读书没法陪她去医院。听说你们有手语志愿者，要提前多久约？怎么约？"),
("context", "test_preparation-002", "苏绣绣娘", "我一天到晚坐着绣花，水果吃得多，最爱红心火龙果。下礼拜要做肠镜，医生让提前几天注意吃的，火龙果还能吃吗？"),
("context", "test_preparation-003", "面点师（父亲装了起搏器）", "我爸前年装了心脏起搏器，这次腰疼医生给开了个核磁共振。我有点担心，这个情况我们该怎么办？要带什么东西吗？"),
("context", "test_preparation-007", "快递分拣员", "我上夜班分拣快递，下了班直接去医院。那天上午要做肝胆的B超，还要做经腹部的子宫附件B超，一个要空腹一个要憋尿，先做哪个？"),
("context", "test_preparation-008", "桶装水送水工", "我每天早上五点蹬三轮送水，晚上收工爱喝两口白酒解乏。下个月约了胃镜，前一天晚上还能喝点酒吗？听说最后几个小时连水都不让喝，是几个小时？"),
("context", "procedures-002", "皮影戏艺人", "我们戏班明天晚上还有演出，我上午十点要做个小手术，全麻。平时上台前习惯嚼口香糖，手术那天早上嚼一块总可以吧，又不咽下去。"),
("context", "procedures-003", "非遗剪纸传人", "我一个人住，做日间手术那天亲戚都抽不开身。我想着做完叫个网约车自己回家就行，离医院也就二十分钟，这样可以吗？"),
("context", "procedures-007", "殡仪馆礼仪师", "我做这行的，时间不太自由。医生上周给我开了住院证，我去病区一问说没床位。那我是天天跑去问，还是等通知？"),
("context", "medications-003", "航空配餐员", "我有糖尿病，天天打胰岛素。春节要坐飞机回老家，行李箱要托运，胰岛素能不能放箱子里一起托运？"),
("context", "medications-002", "杂技团演员", "我们团在外地巡演两个月，我的降压药快吃完了。最近血压有点高，想在App上线上续方，顺便让医生把剂量加一点，行不行？"),
("context", "visiting-004", "青岛口吻（海鲜排档老板娘）", "俺老公出海让缆绳打伤了，现在在ICU。俺家兄弟姊妹五六个都想进去看看他，能一块儿进吗？"),
("context", "visiting-006", "中学物理老师", "我婆婆住院了，我白天要上课。我和小姑子商量好了轮流陪床，今天我明天她，天天换人可以吗？"),
("context", "visiting-007", "昆明口吻（整哪样）", "我爹明天早上要开刀，今天下午就一直喊饿，说想吃碗米线。我偷偷给他整一点点，可不可以嘛？"),
("context", "records_billing-002", "台灣布袋戲演員（繁體）", "我媽上個月在你們醫院過世了，保險公司要她的住院病歷。我是她兒子，要帶哪些東西去辦影印？"),
("context", "records_billing-007", "南昌口吻（么子）", "我医保是在南昌买的，跟老公来这边打工，上礼拜急着住了院，么子备案都冒搞。现在出院了，这钱还能报不？"),
("context", "self_care-005", "涼茶舖伙記（粵語繁體）", "我喺涼茶舖煲茶，頭先俾滾水淥親隻手背，好痛。要用凍水沖幾耐先得？可唔可以直接揸住冰？"),
("context", "self_care-003", "台灣漁港拍賣員（繁體）", "我兒子才兩個月大，晚上量耳溫38度，可是還會喝奶、看起來精神也不錯。我老婆說先在家觀察到明天早上，這樣可以嗎？"),
# ---- lay (18)
("lay", "appointments-011", "合肥口吻", "想看的那个老专家，一个号都么得了，那我该么弄？就只能干等着？"),
("lay", "appointments-004", "放羊的羊倌", "俺头一回去你们那儿看病，是不是得先办个啥卡？在哪办？"),
("lay", "appointments-010", "酒吧驻唱歌手", "我唱完歌一般都半夜了，就想开点平时吃的降压药，直接半夜去急诊开行不行？"),
("lay", "test_preparation-006", "台灣醫美診所櫃姐（繁體）", "上禮拜喝過那種白白的東西照胃，這禮拜又要照肚子的電腦斷層，這樣有關係嗎？要跟醫生講嗎？"),
("lay", "test_preparation-009", "农家乐老板", "医生让我留一点大便拿去化验，到底要弄多少？一大坨还是一点点？"),
("lay", "procedures-005", "汉服店店主", "我手指甲上做了美甲，开刀那天需要弄掉吗？挺贵的舍不得。"),
("lay", "procedures-006", "桂林米粉店老板（桂林口吻）", "开完刀回屋头一个礼拜，小腿又肿又痛，这个跟刀口有关系冇？要不要去医院？"),
("lay", "procedures-012", "皮具手艺人", "肚子上缝的线好像长好了，我自己手巧，拿小剪刀剪了抽出来行不行？"),
("lay", "medications-004", "外卖站站长", "收拾柜子翻出一大袋过期的药，直接扔楼下垃圾桶可以吗？"),
("lay", "medications-010", "马拉松爱好者（宝爸）", "孩子发烧不肯吃那个水水的药，我把我自己吃的药片掰一半给他吃，可以不？"),
("lay", "medications-011", "中環金融從業員（粵語繁體）", "我一食盤尼西林就出疹，係咪次次睇醫生都要自己講一次？有冇地方可以記低佢，唔使次次講？"),
("lay", "visiting-002", "台灣眷村伯伯（繁體）", "我孫子今年八歲，很想去病房看他阿公，可以帶他一起去嗎？"),
("lay", "visiting-003", "剧组化妆师", "闺蜜住院了，想送她一大束百合，再配个粉色的气球，你们病房让带吗？"),
("lay", "visiting-010", "温室大棚菜农", "我想带个小电饭锅到病房，给我老伴煮点稀饭，让不让用啊？"),
("lay", "records_billing-005", "健身私教", "住院每天花了多少钱，有没有每天一张的单子？在哪能看、能打印吗？不想出院才吓一跳。"),
("lay", "records_billing-009", "台灣夜市射氣球攤老闆（繁體）", "我錢都繳了，可是那個檢查還沒做，現在不想做了，錢拿得回來嗎？"),
("lay", "self_care-006", "大学篮球校队队长", "打球落地踩到别人脚上，脚脖子一下就肿了。能不能马上拿热毛巾捂一捂、用力揉开？"),
("lay", "self_care-001", "南丫島居民（粵語繁體）", "傷風流鼻水打乞嗤成個禮拜，要拖到幾多日都未好先應該去睇醫生？"),
# ---- two_part (12)
("two_part", "appointments-003", "大连口吻", "我医保卡落家了，手机上那个电子医保凭证能用不？要是俩都没有，咋结算？"),
("two_part", "appointments-005", "海岛灯塔看守员", "我在岛上上班，出来一趟不容易。第一次看病能不能直接在网上看？医生开的药能不能寄到家？"),
("two_part", "appointments-007", "敬老院院长", "我们院里老人来看病，服务台能借轮椅吗？要押什么？另外志愿者能不能帮不识字的老人签同意书？"),
("two_part", "test_preparation-004", "台灣製茶師（繁體）", "打顯影劑的電腦斷層做完，要等多久才能離開？回家以後要不要多喝水？"),
("two_part", "test_preparation-011", "马戏团驯马师", "我一直吃着二甲双胍，下周要做增强CT，这个药要不要调整？我还在喝中药、吃保健品，这些也要跟医生说吗？"),
("two_part", "procedures-001", "阿美族青年（繁體）", "日間手術是不是當天就可以回家？萬一開完身體狀況不穩定怎麼辦？"),
("two_part", "procedures-008", "无人机飞手", "出院结算的时候，医保那部分需要我先垫钱吗？还有护士给的出院小结以后有什么用，要留着吗？"),
("two_part", "procedures-009", "天水圍師奶（粵語繁體）", "打麻醉之前，我食緊減肥藥使唔使講？仲有我有隻牙郁郁下，都要講？"),
("two_part", "medications-009", "送奶工", "药学咨询门诊怎么预约？药师能不能直接帮我把处方上的药改一改？"),
("two_part", "visiting-009", "在迪拜打工的外甥", "我舅舅住院了，我在国外，打电话到护士站能问到他的病情吗？家里那么多亲戚，谁能去问医生？"),
("two_part", "records_billing-008", "香港郵差（粵語繁體）", "電子發票喺邊度下載？如果公司要紙本，可唔可以自己印？"),
("two_part", "self_care-008", "长途大巴乘务员", "拉肚子了，能拿运动饮料代替补液盐吗？路上不方便，能不能自己吃点止泻药？"),
]
# ---- not answerable: missing_detail (30): (voice, near, question)
ZH_MISSING = [
("快递三轮车师傅", "appointments-009", "医院停车场一个小时收多少钱？"),
("下班才有空的白领", "visiting-001", "普通病房下午探视具体是几点到几点？"),
("律师助理", "records_billing-001", "复印病历一页收多少钱？"),
("台灣工地監工（繁體）", "procedures-007", "住院的預交金大概要先繳多少錢？"),
("不会用手机的老大爷", "appointments-001", "医院总机电话号码是多少？给我念一下。"),
("在外地上班的女儿", "visiting-006", "请护工照顾一天要多少钱？"),
("香港廚房學徒（粵語繁體）", "visiting-004", "ICU每日幾點鐘可以入去探？"),
("抢号抢不到的大姐", "appointments-001", "专科号提前7天放，那是当天几点钟放出来？我定个闹钟。"),
("药罐子老太太", "medications-009", "药学咨询门诊在门诊楼几楼？"),
("台灣模型店老闆（繁體）", "records_billing-010", "要印實體片子的話，一張多少錢？"),
("第一次做肠镜的程序员", "test_preparation-002", "肠镜用的那个泻药叫什么名字？我想先去药店看看。"),
("陪母亲做手术的儿子", "procedures-001", "日间手术中心在几号楼？"),
("慢病老病号", "records_billing-006", "门诊慢特病备案要几个工作日能批下来？"),
("经常放鸽子的年轻人", "appointments-002", "爽约几次会被限制线上预约？限制多久？"),
("香港聾人協會義工（粵語繁體）", "appointments-008", "手語志願者係星期幾當值？"),
("香港行山領隊（粵語繁體）", "records_billing-010", "雲影像喺App入面可以保存幾多年？"),
("台灣保險業務員（繁體）", "records_billing-011", "蓋診斷證明章的門診辦公室幾點下班？"),
("发烧的外卖小哥", "self_care-002", "发热门诊在医院哪个位置？几号楼？"),
("被铁钉扎了的木匠学徒", "self_care-004", "打一针破伤风要多少钱？"),
("带外公看病的大学生", "appointments-007", "老年人绿色通道是几号窗口？"),
("台灣上班族（繁體）", "test_preparation-008", "無痛胃鏡的麻醉費要多少錢？"),
("在本市打工的贵州小伙", "records_billing-007", "异地就医备案办完要几天才生效？"),
("台灣國小老師（繁體）", "records_billing-009", "退費退到LINE Pay或信用卡，一般幾天會到帳？"),
("香港菲傭僱主（粵語繁體）", "visiting-007", "醫院營養食堂訂餐最遲幾點要落單？"),
("台灣高中生（繁體）", "test_preparation-010", "做一次動態心電圖要多少錢？"),
("腰椎间盘突出的装卸工", "test_preparation-003", "现在约核磁共振一般要排几天？"),
("台灣長照居服員（繁體）", "visiting-008", "隔離病房的視訊探視是幾點開放？用哪個軟體？"),
("手术改了期的病人", "procedures-011", "术前检查的有效期是多少天？过了多少天要重新做？"),
("澳門過來睇病嘅街坊（粵語繁體）", "appointments-006", "過咗號之後，幾多分鐘之內返嚟仲可以睇？"),
("刚换新手机的阿姨", "records_billing-004", "你们医院的App叫什么名字？我应用商店里搜不到。"),
]
ZH_OFF = [
("结婚五年的夫妻", "你们医院能做试管婴儿吗？一次大概花多少钱？"),
("香港大學生（粵語繁體）", "我想捐血，你哋醫院可以捐嗎？使唔使預約？"),
("护理专业应届生", "医院今年招不招护士？去哪投简历？"),
("台灣大學生（繁體）", "想割雙眼皮，你們醫院的整形外科做嗎？多少錢？"),
("养猫的姑娘", "我家猫咪误吃了百合花叶子，你们急诊能给猫看吗？"),
("初中生家长", "孩子牙齿不齐，你们医院能做牙齿矫正吗？要排多久？"),
("香港上班族（粵語繁體）", "你哋有冇中醫針灸減肥？一個療程幾錢？"),
("准备入职的新员工", "公司让做入职体检，你们有没有体检套餐？价格多少？"),
("台灣準媽媽（繁體）", "你們醫院有附設月子中心嗎？一天多少？"),
("大学女生", "想打九价HPV疫苗，你们医院能约吗？"),
]


def load_ids(lang):
    ids = set()
    with open(KB[lang], encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def build(lang, answerable, missing, off):
    ids = load_ids(lang)
    rows = []
    def add(q, ans, gold, kind, voice):
        rows.append({
            "id": "r17-%s-%03d" % (lang, len(rows) + 1),
            "language": lang,
            "question": q,
            "answerable": ans,
            "gold": gold,
            "kind": kind,
            "voice": voice,
        })
    for kind, suf, voice, q in answerable:
        gid = "kb-%s-%s" % (lang, suf)
        assert gid in ids, gid
        add(q, True, [gid], kind, voice)
    for voice, near, q in missing:
        nid = "kb-%s-%s" % (lang, near)
        assert nid in ids, nid
        add(q, False, [], "missing_detail", "%s; near %s" % (voice, nid))
    for voice, q in off:
        add(q, False, [], "off_topic", voice)
    # counts
    kinds = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    assert len(rows) == 100, len(rows)
    assert kinds == {"plain": 10, "context": 20, "lay": 18, "two_part": 12,
                     "missing_detail": 30, "off_topic": 10}, kinds
    assert sum(r["answerable"] for r in rows) == 60
    golds = {}
    for r in rows:
        assert (len(r["gold"]) == 1) == r["answerable"]
        for g in r["gold"]:
            golds[g] = golds.get(g, 0) + 1
    assert max(golds.values()) <= 2, golds
    qs = [r["question"] for r in rows]
    assert len(set(qs)) == len(qs), "duplicate question"
    return rows


def is_traditional(text):
    trad = set("們這個說麼時醫診會檢藥開後來過還嗎點鐘裡體費號張幾問發動圖經預繳錢")
    return any(ch in trad for ch in text)


def main():
    rows = build("en", EN, EN_MISSING, EN_OFF) + build("zh", ZH, ZH_MISSING, ZH_OFF)
    assert len(rows) == 200
    zh = [r for r in rows if r["language"] == "zh"]
    n_trad = sum(is_traditional(r["question"]) for r in zh)
    # every row whose voice is tagged 繁體 is written in Traditional script, and no other row is
    for r in zh:
        assert is_traditional(r["question"]) == ("繁體" in r["voice"]), r["id"]
    assert n_trad == 30, n_trad
    n_yue = sum("粵語" in r["voice"] for r in zh)
    assert n_yue == 13, n_yue
    out = os.path.join(HERE, "questions.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s (zh traditional: %d, cantonese: %d)" % (len(rows), out, n_trad, n_yue))


if __name__ == "__main__":
    main()
