#!/usr/bin/env python3
"""signs31c: hand-written emergency-sign messages (brief SW31, assignment SW31c).

Every text below was typed by hand. The script only holds the rows as a literal
list, fills in the bookkeeping fields, checks them and writes triage.jsonl.
"""
import hashlib
import json
import os
import re

SET = "signs31c"

SIGNS = {
    "bleeding": [
        "blood spurting or pumping from a wound",
        "bleeding that will not stop after 10 minutes of firm pressure",
        "heavy bleeding with pale cold skin, dizziness or fainting",
        "object stuck in a wound",
        "deep wound to the neck, chest, belly or groin",
        "vomiting blood or coffee-ground sick",
        "body part cut off",
        "lots of blood or black tarry poo",
        "coughing up a lot of blood",
        "heavy vaginal bleeding in pregnancy",
    ],
    "suicide_self_harm": [
        "says they will end their life soon and has a plan",
        "has gathered the means to end their life",
        "has just made a suicide attempt",
        "self-harm wound that is deep or will not stop bleeding",
        "has sent goodbye messages or left a note",
        "in a dangerous place right now intending to jump or step off",
        "cannot keep themselves safe right now",
        "hearing voices telling them to kill themselves",
        "missing after saying they would end their life",
        "serious self-inflicted burn",
    ],
    "overdose_poisoning": [
        "took too many tablets on purpose even if they feel well",
        "unconscious or cannot be woken after drugs or alcohol",
        "child swallowed medicine meant for adults",
        "swallowed bleach or another household chemical",
        "child swallowed a button battery",
        "several people at home with headaches, sickness or drowsiness from a faulty heater (carbon monoxide)",
        "fit or seizure after taking drugs",
        "very slow or noisy breathing after opioids",
        "drunk person passed out and vomiting, or cold and bluish",
        "breathed in fumes from mixed cleaning products and now struggling to breathe",
    ],
    "infant_fever": [
        "temperature of 38C or above in a baby under 3 months",
        "very sleepy, hard to wake or floppy with fever",
        "rash that does not fade when pressed, with fever",
        "bulging soft spot on the head with fever",
        "fit or seizure with fever",
        "grunting, very fast breathing or pauses in breathing with fever",
        "pale, mottled, grey or bluish skin with fever",
        "not feeding or refusing feeds with fever",
        "weak, high-pitched or non-stop crying with fever",
        "feels abnormally cold, with icy hands and feet, with fever",
    ],
}

# kinds: (lang, script, level)
EN_E = ("en", "en", "emergency")
HANS_E = ("zh", "zh-Hans", "emergency")
HANT_E = ("zh", "zh-Hant", "emergency")
EN_N = ("en", "en", "none")
HANS_N = ("zh", "zh-Hans", "none")
HANT_N = ("zh", "zh-Hant", "none")

# (category, sign_index, kind, text) -- every text typed by hand
ROWS = [
    # ---------------- bleeding ----------------
    ("bleeding", 0, EN_E, "Sorry to bother you, I was going to ask whether I can change my dad's physio appointment on Thursday because the car park by the old entrance is shut, but something has just happened. He was cutting the hedge with the electric trimmer and caught his forearm, and the blood is squirting out in little jets every time his heart beats, it's all over the patio. I've got a tea towel on it. What do I do"),
    ("bleeding", 0, EN_E, "my boyfriend put his hand through the glass door and blood is pumping out of his wrist, wont slow down"),
    ("bleeding", 0, HANS_E, "我爸在院子里用电锯，小腿上拉开一个口子，血一股一股往外喷，根本捂不住，怎么办？"),
    ("bleeding", 0, HANT_E, "阿媽切菜切到手腕，啲血係一下一下噴出嚟，成個廚房都係，點算呀"),
    ("bleeding", 0, EN_N, "Is it normal for a small cut on my finger to bleed a bit longer when I'm on aspirin? It stopped after a few minutes of pressing, just wondering for future."),
    ("bleeding", 0, HANS_N, "打扰一下，我父亲去年冬天在家摔倒，手腕那里的血管破了，当时血一直往外喷，后来做了手术，现在伤口早就长好了。这个月复查是不是要先去一楼挂号，还是直接去二楼外科？谢谢。"),

    ("bleeding", 1, EN_E, "i've been pressing a folded towel on my sons knee for like 15 mins now as hard as i can and its still soaking through, he fell on a broken bottle"),
    ("bleeding", 1, EN_E, "Good afternoon. I'm 78 and on warfarin for my heart. I was meant to ring about collecting my repeat prescription, but I have cut my shin on the edge of the bed frame. I have pressed on it firmly with a clean cloth for over ten minutes by the kitchen clock and it is still bleeding steadily, the cloth is wet through. My daughter is at work. Should I wait for her?"),
    ("bleeding", 1, HANS_E, "我老伴下午在阳台修花盆，被碎瓷片划了手掌一个深口子。我用干净毛巾使劲按了快二十分钟，血还是一直往外渗，毛巾都湿透了，换了一条也一样。他平时还在吃阿司匹林，这种情况我们是不是得马上去医院？"),
    ("bleeding", 1, HANT_E, "麻煩問一下，我媽媽頭皮撞破，我用紗布用力壓了十幾分鐘，血還是一直流不停，要去急診嗎？"),
    ("bleeding", 1, EN_N, "my nosebleed last week took about 5 minutes of pinching to stop, should i mention it at my GP appointment or is that normal?"),
    ("bleeding", 1, HANT_N, "請問衛教單張上寫說傷口要壓十分鐘，是要壓滿十分鐘才能放開看嗎？我只是想先了解一下。"),

    ("bleeding", 2, EN_E, "Hi, I'm writing for my mum who is 81. She was meant to come in tomorrow for her cataract check and I wanted to ask about parking, but tonight she slipped on the back step and gashed her leg badly. There's a lot of blood on the floor even with the towel on, and now she's gone a horrible grey-white colour, her hands are clammy and cold and she says the room is spinning. She nearly passed out when I sat her up."),
    ("bleeding", 2, EN_E, "bleeding heavy from the cut on my arm and i feel faint and sweaty and everything's going dark at the edges"),
    ("bleeding", 2, HANS_E, "我丈夫手被机器绞伤了，流了很多血，现在脸色煞白，手脚冰凉，说头晕想躺下"),
    ("bleeding", 2, HANT_E, "我老公割親大髀流咗好多血，宜家塊面青晒，手凍冰冰，話好暈，坐都坐唔穩"),
    ("bleeding", 2, EN_N, "Had a heavy period this month and felt a bit lightheaded one afternoon but that's passed. Is it worth asking for an iron blood test at my next appointment?"),
    ("bleeding", 2, HANS_N, "我今年七十多岁了，前几年胃出血住过院，那时候脸色发白还晕倒过，现在早就好了，一直在吃护胃的药。请问这次开药能不能多开两个月的量？我住得远，来一趟不方便，谢谢您。"),

    ("bleeding", 3, EN_E, "My son (9) fell off the trampoline onto the garden fork and one of the prongs is still in his calf. We haven't pulled it out."),
    ("bleeding", 3, EN_E, "Not sure this is the right place. I live next door to an older gentleman, Mr Harris, I usually just help with his shopping. I heard him shout and went round, and he's tripped in the shed and there's a long splinter of wood, thick as a pencil, stuck deep in the palm of his hand and still sticking out, and it's bleeding all round it."),
    ("bleeding", 3, HANS_E, "我女儿摔在碎玻璃上，一块玻璃扎进膝盖里还插在那儿，要不要拔出来？"),
    ("bleeding", 3, HANT_E, "您好，不好意思打擾，本來是想問我爸爸下週三的回診可不可以改到下午。可是他剛剛在工地被一根鐵釘打進大腿，釘子現在還卡在肉裡面，外面露出一截，他說很痛不敢動，我們要自己拔出來嗎？"),
    ("bleeding", 3, EN_N, "A splinter went into my finger while gardening yesterday, I got it out with tweezers and it looks fine now. Do I need a tetanus jab?"),
    ("bleeding", 3, HANT_N, "請問一下，我先生上個月腳被魚刺刺到，已經在門診取出來了，傷口都好了，這個月回診還需要帶之前的X光片嗎？"),

    ("bleeding", 4, EN_E, "my brother got stabbed in the stomach outside the chip shop, theres a deep cut and he's holding his shirt on it"),
    ("bleeding", 4, EN_E, "Morning. My husband is 74 and was doing some DIY. I was going to ask whether I can collect his blood pressure tablets instead of him, but he's just come in from the garage holding his chest. The angle grinder kicked back and he has a deep gash right across the left side of his chest, I can see it's open and it's bleeding through his jumper."),
    ("bleeding", 4, HANS_E, "医生您好，我是想问一下我爸的降压药能不能让我代开，他腿脚不好出不了门。还有个事，我弟弟刚才下班路上跟人起了冲突，脖子侧面被划了一刀，口子挺深的，血一直流，我们用毛巾捂着呢，他现在就在我家。"),
    ("bleeding", 4, HANT_E, "我表哥跌落碎玻璃度，大髀罅嗰度割咗好深一條口，血流唔停"),
    ("bleeding", 4, EN_N, "What does the leaflet mean by 'penetrating chest injury'? I'm doing a first aid course next month and want to read up beforehand."),
    ("bleeding", 4, HANS_N, "请问我妈妈上个月做了腹部手术，刀口已经拆线了，复诊的时候需要带出院小结吗？"),

    ("bleeding", 5, EN_E, "Evening. My father is 69 and he's been on ibuprofen a lot for his knee. I was actually messaging to ask about getting his knee review moved, but tonight he's been sick twice and it's dark brown and gritty, like the bits at the bottom of the cafetiere, and the second time there was bright red in it too. He says his stomach's sore and he looks washed out."),
    ("bleeding", 5, EN_E, "just threw up and its full of blood, like a cupful, proper red. I'm 34 and have been drinking a lot this week"),
    ("bleeding", 5, HANS_E, "我奶奶刚才吐了，吐出来的东西黑乎乎的，像咖啡渣一样，人有点没精神"),
    ("bleeding", 5, HANT_E, "我先生剛剛吐了一大口鮮血在馬桶裡，臉色很差，他有肝硬化"),
    ("bleeding", 5, EN_N, "I was sick after eating a beetroot salad and it looked reddish. I'm fine now and it was definitely the beetroot, just checking that's all it is?"),
    ("bleeding", 5, HANT_N, "麻煩您了，我先生十年前胃潰瘍吐過血，住院治療以後就好了，這幾年都沒有再發作。最近醫生安排他做胃鏡追蹤，想請問前一天晚上幾點以後不能吃東西，還有血壓藥早上可以照常吃嗎？"),

    ("bleeding", 6, EN_E, "my husband has chopped the tip of his finger clean off on the table saw, I've got the bit in a bag, what do I do with it"),
    ("bleeding", 6, EN_E, "I am sorry to write here, I only know this number from the hospital letter about my hearing aid. My grandson, he's 17, was helping on the farm and his hand went in the baler. Two of his fingers are gone completely, cut right off. We have wrapped his hand in a clean towel. The farm is twenty minutes from the main road."),
    ("bleeding", 6, HANS_E, "工友被切割机切断了一根手指，断下来的那截我们捡起来了，血流得很厉害"),
    ("bleeding", 6, HANT_E, "我老豆斬柴斬到隻腳趾甩咗，成隻跌咗落地，好多血"),
    ("bleeding", 6, EN_N, "Hi, my late husband lost two fingers in a factory accident back in the seventies and had them stitched back on, and I'm sorting out his old papers. Does the hospital keep records that far back, and how would I request them? No rush at all, thank you."),
    ("bleeding", 6, HANS_N, "我想问一下，我爷爷年轻时候在工厂断过两根手指，现在手一到冬天就疼，挂哪个科比较好？"),

    ("bleeding", 7, EN_E, "sorry for tmi but ive just been to the loo and the toilet bowl is bright red, it's pouring out of my bum and i feel wobbly"),
    ("bleeding", 7, EN_E, "I look after my mother, who is 86 and lives with us. She has a falls clinic appointment next week and I wondered if I can bring her in a wheelchair from the drop-off point. Also, and I'm not sure if this matters, since yesterday her poo has been jet black and sticky like tar, with a really strong smell, and she's looking very washed out and sleepy today. She takes a blood thinner."),
    ("bleeding", 7, HANS_E, "您好，打扰了，我想先问一下下周的胃镜要不要家属陪同。另外我爸这两天大便黑得像柏油一样，又黏又亮，臭得很，今天早上起来站都站不稳，脸白得吓人，他一直在吃阿司匹林。"),
    ("bleeding", 7, HANT_E, "我阿公剛上廁所，馬桶裡整片都是血，他說頭暈想吐"),
    ("bleeding", 7, EN_N, "I've been on iron tablets and my poo's gone dark green-black. Is that the tablets? I feel completely normal."),
    ("bleeding", 7, HANT_N, "請問大腸鏡檢查預約喺邊度改期？我阿爸之前大便有少少血，醫生叫佢照，宜家冇事㗎。"),

    ("bleeding", 8, EN_E, "I'm 63 and had a chest infection that I've been waiting to see the GP about, they said two weeks. I wanted to ask if I could get seen sooner at the respiratory clinic here, but in the last half hour I have brought up about half a mug of bright red froth when I cough, it keeps coming and I'm scared."),
    ("bleeding", 8, EN_E, "my partner keeps coughing up blood, big mouthfuls, not streaks, there's blood all over the sink"),
    ("bleeding", 8, HANS_E, "我爷爷咳嗽咳出来一大口一大口的鲜血，止不住"),
    ("bleeding", 8, HANT_E, "我阿爺咳咗好多血出嚟，成條毛巾都係紅色，佢有肺癌"),
    ("bleeding", 8, EN_N, "Had a nasty cold and noticed a tiny streak of pink in my phlegm once after a big coughing fit, none since. Fine to just mention at my asthma review?"),
    ("bleeding", 8, HANS_N, "请问肺科门诊周几有专家号？我母亲八十了，几年前咳血住过院，后来查出来是支气管扩张，一直控制得挺好，现在没什么症状，就是想找专家再复查一下，顺便问问医院停车场晚上几点关门。"),

    ("bleeding", 9, EN_E, "im 30 weeks gone with my second and theres blood pouring out down below, soaked two pads in half an hour"),
    ("bleeding", 9, EN_E, "My daughter is 24 and 16 weeks pregnant and she's staying with us. We had her scan letter for next Tuesday and I was going to check whether I can come in with her, but she's just called me into the bathroom. She is bleeding very heavily, with big clots, and has bad cramping pains. She's white as a sheet."),
    ("bleeding", 9, HANS_E, "我老婆怀孕七个月，突然下面大出血，裤子全湿了，肚子疼"),
    ("bleeding", 9, HANT_E, "您好，麻煩一下，我媳婦懷孕二十週，剛剛下體一直流血，血量很多，衛生棉一下就濕透了，還有血塊，她臉色發白，請問我們現在要怎麼辦？我們住在鄉下，離醫院有點遠。"),
    ("bleeding", 9, EN_N, "Is light spotting normal at 6 weeks pregnant? There was a little brown on the tissue yesterday and nothing since, no pain. I have my booking appointment Friday."),
    ("bleeding", 9, HANS_N, "请问孕妇学校的课在哪一楼上？之前孕早期有过一点出血，后来都好了，想顺便问产检的时间。"),

    # ---------------- suicide_self_harm ----------------
    ("suicide_self_harm", 0, EN_E, "My dad is 72 and was widowed last year. He had a memory clinic appointment booked for next month and I was going to ask if it can be brought forward, but on the phone just now he told me, very calmly, that he's decided he won't be here by the weekend, that he's worked out exactly how and when, and that he's sorted his will. He sounded so sure."),
    ("suicide_self_harm", 0, EN_E, "my flatmate just told me she's going to kill herself tonight and she's got it all planned out, she told me how. i'm with her now"),
    ("suicide_self_harm", 0, HANS_E, "您好，请问心理科下周二的号还有吗？我想给我妈挂一个。她七十三了，我爸走了以后一直闷闷不乐，刚才打电话跟我说她不想活了，说这两天就走，连怎么做、在哪儿做都想好了，还让我别劝她。我现在在赶过去的路上。"),
    ("suicide_self_harm", 0, HANT_E, "朋友頭先同我講今晚就唔想再活落去，連點做、喺邊度做都諗好晒，我好驚"),
    ("suicide_self_harm", 0, EN_N, "Our counsellor said to ask about a safety plan at my next appointment. What is a safety plan exactly? I'm doing okay at the moment, just want to understand."),
    ("suicide_self_harm", 0, HANT_N, "請問自殺防治的衛教講座是在哪一天？我們社區志工想報名參加，學習怎麼陪伴有需要的長輩。"),

    ("suicide_self_harm", 1, EN_E, "found a stash of about 4 boxes of paracetamol and dads old razor blades hidden in my sisters wardrobe, she's been saying she's done with everything"),
    ("suicide_self_harm", 1, EN_E, "Good morning, I hope this is the right place. My wife is 67 and has been very low since her stroke. I was going to ask about her repeat prescription because the pharmacy said it hasn't come through, but when I went to look for her tablets I found she has been saving them up. There is a whole carrier bag of strips hidden in the airing cupboard, months' worth, and when I asked her she said she was keeping them for when she's ready. She's upstairs now."),
    ("suicide_self_harm", 1, HANS_E, "我儿子最近一直说活着没意思，今天我在他床底下发现了好几瓶安眠药和一包木炭"),
    ("suicide_self_harm", 1, HANT_E, "您好，麻煩請問一下，我是住在台中的老人家，女兒三十幾歲，最近失業心情很差。我本來是想問她看身心科要不要轉診單，可是今天幫她整理房間，發現抽屜裡藏了一大堆安眠藥，還有一捆新買的繩子，她之前跟我說過不想活了，現在人就在房間裡。"),
    ("suicide_self_harm", 1, EN_N, "my GP wants the pharmacy to give me my antidepressants weekly instead of monthly for now, can the pharmacy here do weekly packs? I'm fine, it's just what we agreed at my review."),
    ("suicide_self_harm", 1, HANS_N, "请问家里老人的药多，怎么收纳比较安全？听说要锁起来，怕孙子误拿。"),

    ("suicide_self_harm", 2, EN_E, "I'm sorry, I don't know who else to message. My nan is 79, I'm her carer, and she's had a really hard winter. I came back from the shop twenty minutes ago and found her on the bathroom floor, she's cut her wrists and taken something, there are empty packets by the sink. She's awake but very drowsy and saying sorry over and over."),
    ("suicide_self_harm", 2, EN_E, "my brother just tried to hang himself, we got him down, he's breathing but he's not right"),
    ("suicide_self_harm", 2, HANS_E, "我室友刚刚喝了一瓶农药，说她不想活了，现在人在宿舍"),
    ("suicide_self_harm", 2, HANT_E, "唔好意思，本來想問聽日覆診嘅時間，但係我阿媽七十幾歲人，頭先喺屋企食咗成樽藥，佢話唔想再拖累我哋，宜家成個人好眼瞓，叫佢都係勉強應我，點算好？"),
    ("suicide_self_harm", 2, EN_N, "My friend made an attempt two years ago and is doing really well now. Is there a support group for people like me who've been through supporting someone? Not urgent."),
    ("suicide_self_harm", 2, HANT_N, "我是病人家屬，我弟弟兩年前自殺未遂在貴院住過院，現在狀況很穩定，每個月都有固定回診。因為要辦保險理賠，請問他當時的病歷影本要怎麼申請，需要本人親自到場嗎？還是家屬帶委託書就可以？"),

    ("suicide_self_harm", 3, EN_E, "cut my thigh deeper than i meant to, its gaping open and i can see yellowy fat, been holding a towel on it for ages and its still pouring"),
    ("suicide_self_harm", 3, EN_E, "Mum of a 15 year old here. I was going to ask about her CAMHS follow-up letter, which hasn't arrived, but I've just found her in the bathroom. She has cut her arm with a blade, it's a deep cut, wide open and bleeding a lot. I've been pressing a towel on it for ten minutes and it's still coming through. She's crying and won't let me look properly."),
    ("suicide_self_harm", 3, HANS_E, "我自己割的手腕，这次割得太深了，按了很久血还是止不住"),
    ("suicide_self_harm", 3, HANT_E, "我妹妹用美工刀劃自己的手臂，這次傷口很深，皮都翻開了，一直在流血"),
    ("suicide_self_harm", 3, EN_N, "I used to self-harm as a teenager and have some old scars on my forearms. Does the dermatology clinic do anything for scars? They're well healed."),
    ("suicide_self_harm", 3, HANS_N, "我女儿以前有自伤的习惯，手臂上留了些疤，这一年在看心理医生，情况好多了，最近都没有再伤害自己。请问青少年心理门诊的号好挂吗？另外医院有没有做疤痕修复的科室，她开学前想去看看。"),

    ("suicide_self_harm", 4, EN_E, "Apologies for troubling you on a Sunday. I'm 70, my son is 45 and lives alone in a flat in Leeds. I was going to ask whether I can get a copy of his discharge letter from last month, but this morning I got a text from him saying thank you for everything Mum, I love you, look after the cat, and he hasn't answered his phone since. He's never written like that before."),
    ("suicide_self_harm", 4, EN_E, "my girlfriend posted a goodbye on insta saying sorry to everyone and now her phones off. she's tried before"),
    ("suicide_self_harm", 4, HANS_E, "麻烦问一下，我爸的糖尿病复诊改到几号了？我一直没收到短信。还有一件事，我爸今天早上突然给我们兄妹三个每人发了一段很长的话，交代存折放在哪里、让我们照顾好妈妈、说这辈子对不起大家，之后电话就一直打不通，我们都不在他身边。"),
    ("suicide_self_harm", 4, HANT_E, "頭先喺我老公個銀包搵到封信，寫住對唔住同埋叫我照顧好啲仔女，佢宜家鎖埋自己喺廁所唔肯出嚟"),
    ("suicide_self_harm", 4, EN_N, "My grandad left a lovely goodbye letter for all of us before he died in the hospice last spring. Is there a way to thank the nurses on the ward? He was so well looked after."),
    ("suicide_self_harm", 4, HANT_N, "請問安寧病房可以幫長輩寫給家人的信做保存嗎？我媽媽想先寫好留給孫子，她現在身體還可以。"),

    ("suicide_self_harm", 5, EN_E, "I'm on the multistorey car park roof at the hospital, top level, sitting on the wall. i'm going to go over. just wanted someone to know"),
    ("suicide_self_harm", 5, EN_E, "I'm a support worker for a young man with autism, we were meant to be coming in for his blood test at 2. We got as far as the bridge over the river on Station Road and he's climbed over the railing and is standing on the ledge on the other side, saying he wants to jump and nobody can stop him. I'm keeping him talking."),
    ("suicide_self_harm", 5, HANS_E, "我朋友现在站在江边大桥栏杆外面，说要跳下去，我劝不住她"),
    ("suicide_self_harm", 5, HANT_E, "我個仔企咗喺天台邊，話要跳落去，我喺樓梯口唔敢埋去"),
    ("suicide_self_harm", 5, EN_N, "Is there a lift to the roof garden on the oncology ward? My mum wants to sit outside when we visit, she's in a wheelchair."),
    ("suicide_self_harm", 5, HANS_N, "请教一下，住院部的楼顶花园几点开放？我父亲住在十二楼，天气好的时候想推他上去晒晒太阳，他腿脚不方便，不知道有没有电梯直达，还有护栏高不高，安不安全。"),

    ("suicide_self_harm", 6, EN_E, "Hiya, I had a missed call from your mental health team about rescheduling my assessment and I was going to ring back about times, but honestly I'm not okay tonight. I don't trust myself to be alone, I keep going to the kitchen drawer and I think if nobody comes I'm going to do something to myself in the next hour. I'm sorry."),
    ("suicide_self_harm", 6, EN_E, "I can't keep myself safe right now. Please. I'm in my flat on my own."),
    ("suicide_self_harm", 6, HANS_E, "我现在控制不住自己了，很怕自己会做傻事，家里就我一个人"),
    ("suicide_self_harm", 6, HANT_E, "不好意思，這麼晚還傳訊息。我是上個月從精神科出院的病人，本來想問下次回診的時間，可是我現在真的撐不下去了，覺得自己隨時會傷害自己，手上一直拿著刀放不下，家裡只有我一個人，我很怕。"),
    ("suicide_self_harm", 6, EN_N, "What does 'keeping yourself safe' actually mean on the crisis plan the nurse gave me? I'm feeling steady today, just reading through it with my wife."),
    ("suicide_self_harm", 6, HANT_N, "想問下精神科嘅危機熱線係咪廿四小時有人聽？我自己宜家冇事，只係想寫低俾阿媽備用。"),

    ("suicide_self_harm", 7, EN_E, "theres someone in my head again shouting that i have to go and finish myself off tonight, he wont shut up and i'm starting to listen"),
    ("suicide_self_harm", 7, EN_E, "My sister is 38 and has schizophrenia, she's under the community team and normally gets her injection here every fortnight. I was going to ask why her appointment letter says a different clinic, but she's just rung me from her flat in a state saying the voices are telling her to kill herself and she has to obey them. She stopped her medication weeks ago."),
    ("suicide_self_harm", 7, HANS_E, "我哥说耳朵里一直有人命令他去死，叫他从窗户跳下去，他说他快忍不住了"),
    ("suicide_self_harm", 7, HANT_E, "唔好意思打擾，我係一個老人家，我個孫今年二十歲，本來想問佢下個禮拜覆診使唔使空肚。但係佢頭先同我講，一直聽到有把聲叫佢去死，叫佢攞刀割自己，佢話好辛苦快頂唔順，我好驚，點算好？"),
    ("suicide_self_harm", 7, EN_N, "My son hears voices sometimes but they're the mumbling kind and he's managing well on his new meds. Can his dad attend his ward round with him next week?"),
    ("suicide_self_harm", 7, HANS_N, "请问精神科的出院患者家属讲座什么时候开？我丈夫以前有幻听，现在吃药控制得挺稳定。"),

    ("suicide_self_harm", 8, EN_E, "Typing on behalf of my neighbour, Joan, she's 83. Her grandson Callum, 19, has been staying with her. Last night he told her he was going to end it all and she thought he was just upset, but he went out at about 11 and hasn't come back, his phone is going straight to voicemail and he took the car keys. She's beside herself and so am I."),
    ("suicide_self_harm", 8, EN_E, "My husband said this morning he was going to end his life, and now he's gone. Not at work, not answering, car's gone. It's been 4 hours."),
    ("suicide_self_harm", 8, HANS_E, "我老公昨晚说活着没意思想一死了之，今天一早就不见了，手机关机，到现在都找不到人"),
    ("suicide_self_harm", 8, HANT_E, "我兒子昨天說他不想活了，今天出門後就聯絡不上，手機也關機，已經快一整天了"),
    ("suicide_self_harm", 8, EN_N, "My dad has dementia and sometimes wanders off to the shops, but he always turns up. Is there a leaflet about GPS trackers for people like him?"),
    ("suicide_self_harm", 8, HANS_N, "医院的同志你好，我母亲有轻度的老年痴呆，上个月在医院门口走丢过一次，后来保安帮忙找回来了，人没事。这次复诊我想问问，医院有没有那种防走失的手环可以办，要去哪个窗口？"),

    ("suicide_self_harm", 9, EN_E, "my daughter held her arm on the hob ring on purpose, its all white and leathery in a big patch and blistered round the edges, she's 16"),
    ("suicide_self_harm", 9, EN_E, "Hi, sorry, I'm 54 and I look after my younger brother who has a personality disorder. I was asking about a letter he needs from the hospital for his benefits, but he's just come out of his room. He's poured boiling water from the kettle over his own legs on purpose, both thighs are bright red and peeling, big blisters are coming up and he's shaking."),
    ("suicide_self_harm", 9, HANS_E, "我表妹用打火机烧自己的手臂，烧了一大片，皮肉都焦了"),
    ("suicide_self_harm", 9, HANT_E, "我細佬故意用滾水淋自己，成隻手臂起晒大水泡，皮都甩咗，佢一路喊"),
    ("suicide_self_harm", 9, EN_N, "Burnt my hand a bit taking a tray out of the oven, small red patch, ran it under cold water for twenty minutes and it feels okay now. Do I need to cover it?"),
    ("suicide_self_harm", 9, HANT_N, "想請教一下，燒燙傷門診在幾樓？我先生去年在廚房炸東西時手被熱油燙傷，當時有住院換藥，現在已經完全好了，這次是回來看手背上的疤痕，想問需不需要先抽號碼牌，停車場有沒有身障車位。"),

    # ---------------- overdose_poisoning ----------------
    ("overdose_poisoning", 0, EN_E, "Quick one first: my mum is 76 and I'd booked her in for a flu jab on Saturday, can she still have it? But the real reason I'm writing is she's just admitted to me that about an hour ago she swallowed a whole packet of her paracetamol, sixteen I think, because she was fed up with everything. She says she feels absolutely fine and doesn't want a fuss."),
    ("overdose_poisoning", 0, EN_E, "took way too many of my sertraline on purpose about an hour ago, maybe 20, I honestly feel fine tho so is it ok to just sleep it off"),
    ("overdose_poisoning", 0, HANS_E, "您好，想问一下我爸的体检报告什么时候能取。另外，我弟弟今天跟女朋友吵架，一个小时前当着我的面故意吞了一整板安眠药，大概十几片，他现在说自己一点事都没有，不肯去医院，还在沙发上玩手机，我该怎么办？"),
    ("overdose_poisoning", 0, HANT_E, "我阿妹頭先嬲起上嚟一次過食咗成排必理痛，佢話宜家冇咩感覺，係咪等等睇先？"),
    ("overdose_poisoning", 0, EN_N, "I accidentally took my morning blood pressure tablet twice today, so one extra 5mg amlodipine. I feel normal. The leaflet says to speak to a pharmacist, but wanted to double check."),
    ("overdose_poisoning", 0, HANS_N, "请问我妈的降压药是一天一片还是两片？药盒上的字太小看不清，她怕吃多了。"),

    ("overdose_poisoning", 1, EN_E, "my mate took something at the party and now he's on the bathroom floor and we can't wake him up, we've been shaking him and shouting"),
    ("overdose_poisoning", 1, EN_E, "I'm 68 and my son, who's 40, has been living back at home. I was going to ask whether the hospital pharmacy stocks his inhaler, but he came in late last night very drunk and I think he took some of his pain tablets too, and this morning he's lying on his bed and I can't rouse him at all. I've called his name and shaken his shoulder and he doesn't respond, he's just breathing heavily."),
    ("overdose_poisoning", 1, HANS_E, "我老公喝了一斤白酒又吃了安眠药，现在怎么叫都叫不醒"),
    ("overdose_poisoning", 1, HANT_E, "您好，麻煩問一下，我姪子二十歲，昨晚跟朋友去夜店，早上被朋友送回家，說他吃了什麼藥丸又喝了很多酒。到現在已經中午了，我們拍他的臉、大聲叫他都沒有反應，呼吸聲很重，請問這樣要送急診嗎？"),
    ("overdose_poisoning", 1, EN_N, "My husband had a few too many at the wedding and slept in till noon, he's up now and moaning about a headache. Any tips apart from water and paracetamol?"),
    ("overdose_poisoning", 1, HANS_N, "请问喝完酒以后多久能吃头孢？我爸昨晚喝了两杯，今天有点咳嗽想吃药。"),

    ("overdose_poisoning", 2, EN_E, "Good afternoon, I'm 71 and have my grandson, who's two and a half, staying with me this week. I was just going to ask about moving my own diabetes review, but I've found him sitting on the bedroom floor with my pill organiser open. Tuesday, Wednesday and Thursday are empty and there are bits of tablet on his lips. They were my heart and blood pressure pills. He seems happy enough."),
    ("overdose_poisoning", 2, EN_E, "toddler got into my handbag and swallowed some of my iron tablets, not sure how many, maybe 5. she's 18 months"),
    ("overdose_poisoning", 2, HANS_E, "我三岁的女儿偷吃了奶奶的降糖药，不知道吃了几粒"),
    ("overdose_poisoning", 2, HANT_E, "個囡兩歲，頭先偷食咗婆婆啲血壓藥，唔知食咗幾多粒"),
    ("overdose_poisoning", 2, EN_N, "How much Calpol can a 4 year old have? He's got a cold and a bit of a temperature, I don't want to give too much."),
    ("overdose_poisoning", 2, HANT_N, "老人家想問個問題，我家孫子三歲，常常來我家玩，我吃的藥比較多，有降血壓的、降血糖的。想問醫院有沒有那種兒童打不開的安全藥盒可以買，還是要去藥局買？怕他哪天不小心誤吃。"),

    ("overdose_poisoning", 3, EN_E, "my 3 yr old just drank from the toilet cleaner bottle, the lid was loose. his mouth is red and he's dribbling and crying"),
    ("overdose_poisoning", 3, EN_E, "My father is 88 with dementia and I'm staying with him for a few days. I was going to ask about his memory clinic letter, but I've just found him in the kitchen. He's drunk some bleach out of a mug, he must have thought it was water. I could smell it on his breath and he's coughing and holding his throat."),
    ("overdose_poisoning", 3, HANS_E, "我妈不小心把84消毒液当水喝了一口，现在喉咙火辣辣的疼"),
    ("overdose_poisoning", 3, HANT_E, "我阿嬤把裝在寶特瓶裡的漂白水當成茶喝下去了，一直咳嗽說喉嚨很痛"),
    ("overdose_poisoning", 3, EN_N, "Got a splash of diluted bleach on my hands while cleaning, washed it off straight away, skin's a little dry. Is that ok?"),
    ("overdose_poisoning", 3, HANS_N, "请问一下，医院的保洁阿姨说拖地用的消毒水千万不能跟洁厕灵混着用，我家里也常用这两样，想问问平时在家该怎么放比较安全，家里有老人和小孩，怕他们拿错。我们家没出什么事，就是想提前了解。"),

    ("overdose_poisoning", 4, EN_E, "Sorry this is long, I was going to ask about my son's grommets appointment, we've had two letters with different dates. He's 3. But I've just realised the back of the kitchen scales is off and the little round flat battery is missing, and he was playing with them ten minutes ago and now he's drooling and keeps pointing at his throat."),
    ("overdose_poisoning", 4, EN_E, "my daughter just swallowed a button battery from a musical birthday card, she's 4, she seems ok"),
    ("overdose_poisoning", 4, HANS_E, "您好，我是孩子奶奶，六十八了，儿子儿媳上班，孩子白天我带。本来想问问宝宝打疫苗要不要带本子，结果刚才发现他把遥控器后盖抠开了，里面那颗小圆片电池没了，嘴边还有口水，一直哭，我怀疑他吞下去了。"),
    ("overdose_poisoning", 4, HANT_E, "我個仔啱啱吞咗粒手錶電芯，佢兩歲，宜家好似冇乜事，但係我好驚"),
    ("overdose_poisoning", 4, EN_N, "Are the hearing aid batteries sold at the audiology reception? My dad needs the small button ones and the chemist has run out."),
    ("overdose_poisoning", 4, HANS_N, "请问儿科有没有发过关于纽扣电池的宣传单？幼儿园老师让家长学习一下，我想拿几份。"),

    ("overdose_poisoning", 5, EN_E, "Good evening. My wife and I are both in our late seventies and our daughter is visiting. I was going to ask about parking for my wife's eye clinic, but all three of us have come over with thumping headaches this evening, my wife has been sick twice and keeps nodding off in her chair. The gas fire in the lounge has been burning orange instead of blue and the window's steamed up. The dog's lethargic too."),
    ("overdose_poisoning", 5, EN_E, "me and both kids have headaches and feel sick and sleepy, the boiler's been making a funny noise and the carbon monoxide alarm has just started beeping"),
    ("overdose_poisoning", 5, HANS_E, "冬天家里烧煤炉取暖，今天早上全家四口人都头疼恶心，我妈还起不来床，迷迷糊糊的"),
    ("overdose_poisoning", 5, HANT_E, "您好，麻煩請問，我們住在山上的老房子，浴室裡裝的是舊的瓦斯熱水器。剛剛我跟我先生輪流洗完澡，兩個人都頭痛得很厲害，一直想吐，在客廳裡的孫子也昏昏沉沉一直想睡，叫他都不太理人，這是怎麼了？"),
    ("overdose_poisoning", 5, EN_N, "Do I need a carbon monoxide alarm if I only have electric heating? Our landlord says no but my mum's worried. Nobody's unwell."),
    ("overdose_poisoning", 5, HANT_N, "請問冬天用瓦斯熱水器，浴室要怎麼通風比較安全？我們家都沒有不舒服，只是看新聞有點擔心。"),

    ("overdose_poisoning", 6, EN_E, "my boyfriend took some pills at the festival and now hes on the grass jerking all over, eyes rolled back, wont stop"),
    ("overdose_poisoning", 6, EN_E, "I'm sorry to message so late. My son is 22 and has been struggling. I was going to ask how to get a repeat of his anxiety tablets, but tonight he's taken a load of something he bought online, he says it was tramadol, and about five minutes ago he had a fit on the sofa, shaking all over and couldn't talk to us, and he's now very confused and grey."),
    ("overdose_poisoning", 6, HANS_E, "我表弟吸了什么东西，突然倒地抽搐，口吐白沫，叫他没反应"),
    ("overdose_poisoning", 6, HANT_E, "朋友食完啲丸仔之後突然成個人抽筋，眼反白，口角有泡"),
    ("overdose_poisoning", 6, EN_N, "I have epilepsy and my neurologist mentioned some antibiotics can lower the seizure threshold. Can I ask the pharmacist here before I start my new prescription? No seizures lately."),
    ("overdose_poisoning", 6, HANS_N, "问个事，神经内科的复诊要不要提前预约？我儿子五年前因为乱吃药抽过一次风，后来查了脑电图都正常，这些年再没发过，现在在外地上大学，想放假回来再查一次。停车场周末收不收费？"),

    ("overdose_poisoning", 7, EN_E, "My husband is 71 and had his hip done last month. He's on morphine patches and liquid morphine for the pain. I was going to ask about his physio appointment but he seems to have had more of the liquid than he should, and now he's snoring really loudly in a strange gurgly way and only taking a breath every ten seconds or so. I can hardly wake him."),
    ("overdose_poisoning", 7, EN_E, "friend took heroin, breathing really slow and loud like snoring, lips going blue"),
    ("overdose_poisoning", 7, HANS_E, "您好，我想咨询一下，我爸肺癌晚期在家里，医生给开了芬太尼贴止疼。今天他嫌疼得厉害，自己多贴了两张。现在打呼噜声音特别怪，呼吸特别慢，好半天才喘一口气，嘴唇有点紫，推他也就哼一声。请问这要紧吗？"),
    ("overdose_poisoning", 7, HANT_E, "我先生吃了醫生開的嗎啡止痛，現在呼吸變得好慢好大聲，好像打呼又像卡痰，叫他只會哼"),
    ("overdose_poisoning", 7, EN_N, "My mum snores a bit more since starting codeine for her back, but she's easy to wake and chatty in the morning. Is it ok to keep taking it till her review?"),
    ("overdose_poisoning", 7, HANT_N, "想問下住院止痛嘅嗎啡針，出院之後仲使唔使食止痛藥？我阿爸宜家精神好好。"),

    ("overdose_poisoning", 8, EN_E, "my uni housemate drank most of a bottle of vodka and she's gone limp on the floor, theres sick coming out of her mouth and she won't wake up properly"),
    ("overdose_poisoning", 8, EN_E, "Sorry to be a nuisance. My son is 17 and I was going to ask whether he still needs his asthma check this week. He's come home from a party very drunk and passed out on the bathroom floor. He's cold to touch and clammy, his lips look a bit blue and his breathing is quite slow. I've put him on his side."),
    ("overdose_poisoning", 8, HANS_E, "我同事喝多了，倒在饭店厕所里不省人事，一边昏睡一边吐，叫他不应"),
    ("overdose_poisoning", 8, HANT_E, "您好，打擾了，我是隔壁的鄰居阿伯，今年七十幾了。隔壁那個年輕人昨天晚上喝了一整晚的酒，我剛剛去敲門，看他倒在客廳地上，身體冰冰涼涼的，嘴唇有點發紫，怎麼叫都叫不醒，請問我該怎麼做？"),
    ("overdose_poisoning", 8, EN_N, "Went a bit overboard at my leaving do, threw up once in the taxi, slept it off and I'm fine now, just embarrassed. Is it ok to take ibuprofen for the headache?"),
    ("overdose_poisoning", 8, HANS_N, "请问医院戒酒门诊在哪一栋？我舅舅以前喝醉了吐过好几次，现在想认真戒酒，人挺好的。"),

    ("overdose_poisoning", 9, EN_E, "Dear sir or madam, I'm 74 and live on my own. I wanted to ask if the hospital could resend my appointment letter for the chest clinic, I've lost it. Also I was cleaning the bathroom this morning and I put the toilet gel in with the bleach to make it stronger, and there was a horrible sharp smell, and since then I'm wheezing and gasping and can't get a full breath, my chest is burning and I can't finish a sentence."),
    ("overdose_poisoning", 9, EN_E, "mixed two cleaning sprays in the shower and breathed in the fumes, now struggling to breathe, chest tight, coughing nonstop"),
    ("overdose_poisoning", 9, HANS_E, "我在卫生间把洁厕灵和84消毒液混着用了，闻了以后现在喘不上气，胸口憋得慌"),
    ("overdose_poisoning", 9, HANT_E, "我阿媽洗廁所溝埋漂白水同潔廁水，索咗啲氣之後宜家抖唔到氣，一直咳"),
    ("overdose_poisoning", 9, EN_N, "Which cleaning products shouldn't be mixed together? I've just moved into my first flat and want to be careful."),
    ("overdose_poisoning", 9, HANT_N, "護理師小姐您好，我上個禮拜打掃廁所的時候，聞到漂白水的味道咳了幾聲，開窗出去外面走走，很快就好了，之後都沒有再咳。下個月剛好要回胸腔科看門診，請問這件事需要跟醫生說嗎？還是不用特別提？"),

    # ---------------- infant_fever ----------------
    ("infant_fever", 0, EN_E, "Hi there, first time dad here. Our little girl is 7 weeks old and we've got her 8-week jabs booked for next Monday, I was going to ask if there's parking near the clinic. But she's felt really hot tonight so we checked with the ear thermometer and it says 38.4, we did it three times. She's feeding a bit but not like usual."),
    ("infant_fever", 0, EN_E, "my 6 week old baby has a temperature of 38.2, he seems ok otherwise but hot to touch"),
    ("infant_fever", 0, HANS_E, "想问下周一的满月体检需要带什么证件？另外想问个事，我家宝宝才七周大，今晚摸着有点烫，用耳温枪量了三次，都是38.3到38.5度，奶也吃得比平时少一点，其他看着还行，家里老人说捂捂汗就好了，我心里没底。"),
    ("infant_fever", 0, HANT_E, "BB啱啱滿月，探熱有38度3，佢平時好少咁熱"),
    ("infant_fever", 0, EN_N, "My 10 week old had her jabs this morning. The leaflet says to give paracetamol after the MenB one to stop a fever, how much should I give? She's 37.1 now and content."),
    ("infant_fever", 0, HANS_N, "请问新生儿正常体温是多少？我家宝宝一个多月，量了36.9度，是不是偏低了？"),

    ("infant_fever", 1, EN_E, "my son's 14 months, burning hot and he's gone all limp like a ragdoll in my arms, his eyes keep closing even when i talk to him"),
    ("infant_fever", 1, EN_E, "I'm a grandmother looking after my granddaughter, she's 9 months, while her mum's at work. I wanted to check whether I can bring her to her hearing test on Wednesday in her mum's place, but she's had a fever since lunchtime and now she's so sleepy I can barely wake her, she's floppy when I pick her up and just flops back down. She usually never stops wriggling."),
    ("infant_fever", 1, HANS_E, "孩子发烧39度，一直昏睡，叫都叫不醒，身子软绵绵的"),
    ("infant_fever", 1, HANT_E, "您好，麻煩問一下，我是孫子的阿嬤，他十個月大，媳婦上班我在帶。他從昨天晚上開始發燒，今天燒到三十九度多，整個人軟軟的，抱起來手腳都垂下去，一直睡，拍他也醒不太過來，跟平常很不一樣，請問要馬上帶去醫院嗎？"),
    ("infant_fever", 1, EN_N, "Is it normal for a toddler to nap longer than usual when she has a cold? She's 2, temp was 37.9 earlier, she wakes up easily and is chatting and eating fine."),
    ("infant_fever", 1, HANS_N, "孩子发烧退了以后总是想睡觉，醒来精神挺好，能吃能玩，这正常吗？"),

    ("infant_fever", 2, EN_E, "Sorry if this is a silly question. My son is 3 and was due his pre-school booster on Friday, should I cancel because he's been poorly? He's had a high temperature since this morning and I've just noticed little purple-red dots on his tummy and legs. I pressed a glass on them like the thing on Facebook says and they're still there, you can see them through the glass."),
    ("infant_fever", 2, EN_E, "baby has a fever and a rash that doesnt go away when i press it, dark red spots. she's 11 months"),
    ("infant_fever", 2, HANS_E, "孩子发着高烧，身上起了很多紫红色的小点点，用手按下去也不褪色"),
    ("infant_fever", 2, HANT_E, "個女發緊燒，身上出咗好多紫色細點，用杯㩒落去都唔褪色"),
    ("infant_fever", 2, EN_N, "my daughter had a heat rash after the park, red blotchy bits on her neck that go white when pressed, no temperature, she's happy. is aftersun ok on a 4 year old?"),
    ("infant_fever", 2, HANT_N, "請問幼幼班發的傳單上說，小孩發燒又出疹子的話，要用玻璃杯按壓看看會不會退色，這個要怎麼看才對？我家孫子目前都很健康，沒有發燒，只是我年紀大了，想先學起來，免得以後手忙腳亂。"),

    ("infant_fever", 3, EN_E, "my 5 month old has a temp and the soft bit on top of his head is puffed up and tight, it's normally a little dip"),
    ("infant_fever", 3, EN_E, "I'm 42 and this is my fourth baby so I'm not normally a worrier. I was actually going to ask about her weigh-in appointment being moved. She's 4 months and has had a fever since last night, 38.9, and now the soft spot on her head is bulging out, it feels firm and raised even when she's sitting up calm. She's also been sick twice."),
    ("infant_fever", 3, HANS_E, "宝宝七个月，发烧，脑门顶上那块软的地方鼓起来了，摸着硬邦邦的"),
    ("infant_fever", 3, HANT_E, "孫女五個月，發燒到三十九度，頭頂那個軟軟的地方突起來，摸起來脹脹的"),
    ("infant_fever", 3, EN_N, "How long does a baby's soft spot take to close? My health visitor measured his head at the 8-week check and said all fine, just curious."),
    ("infant_fever", 3, HANS_N, "儿保门诊周六上不上班？我孙子八个月了，上次体检医生摸了摸他头顶的囟门，说有点大，让过两个月再来复查。孩子一直没发烧，吃睡都好，就是家里老人总不放心，想早点带去看看。"),

    ("infant_fever", 4, EN_E, "Good afternoon. I am 73 and my wife and I are minding our grandson, who is 20 months, while his parents are on holiday. I was going to enquire about the prescription for his eczema cream, but he has been very hot all day and a few minutes ago he went stiff, his arms and legs started jerking and his eyes rolled up. It's been going on for about six minutes now and hasn't stopped."),
    ("infant_fever", 4, EN_E, "my daughter is having a fit, she's had a high temp all day, she's 2, first time ever, she's shaking all over"),
    ("infant_fever", 4, HANS_E, "孩子烧到39度8，刚才突然翻白眼，手脚一抽一抽的，嘴唇发紫"),
    ("infant_fever", 4, HANT_E, "我個仔發高燒，頭先突然全身抽搐，眼反白，叫佢都冇反應"),
    ("infant_fever", 4, EN_N, "My son had a febrile seizure last year when he was 18 months. He's fine now and hasn't had another. Should I tell the nurse before his MMR booster?"),
    ("infant_fever", 4, HANS_N, "大夫，孩子以前有过高热惊厥，现在打疫苗需要注意什么？他三岁那年发烧抽过一次，住了两天院，医生说没大事。已经两年没发作了，这次是幼儿园要求补种疫苗，我想提前问问要不要先去神经科开个证明。"),

    ("infant_fever", 5, EN_E, "baby boy 4 months, hot, and he's making a little 'uh' noise every time he breathes out, his tummy is sucking in under his ribs and he's panting"),
    ("infant_fever", 5, EN_E, "I hope someone can help, I was going to ask whether my older son's dental appointment tomorrow can be moved because the baby is poorly. She's 6 months and has had a fever all day. Now I've noticed she's breathing really fast, I counted over 70 breaths in a minute, and every so often she just stops breathing for a few seconds and then starts again. She's grunting with each breath."),
    ("infant_fever", 5, HANS_E, "宝宝发烧，喘得特别快，每次呼气都哼哼的，鼻翼一扇一扇"),
    ("infant_fever", 5, HANT_E, "我女兒八個月，發燒三十九度，呼吸好快好喘，有時候還會停好幾秒才再吸氣"),
    ("infant_fever", 5, EN_N, "My 2 year old breathes quite fast when she's running around with a cold, but settles quickly at rest, no temp. Is there a normal breathing rate chart on your website?"),
    ("infant_fever", 5, HANS_N, "麻烦问下，小儿呼吸科周几有专家？我外孙一岁半，去年冬天发烧的时候喘得厉害住过一次院，后来好了。现在天冷了，他妈妈想提前带他去看看要不要备点雾化的药，孩子现在一切正常，没有发烧也不喘。"),

    ("infant_fever", 6, EN_E, "We were meant to be at the children's outpatients at 3 for my son's allergy test and I wanted to ask if we can rebook. He's 18 months and has had a high temperature since early morning, and now his skin has gone a weird blotchy purple and white marbled pattern on his legs and tummy, and his lips look a dull ashy colour. He's just lying on me."),
    ("infant_fever", 6, EN_E, "my baby has a fever and her skin is mottled and pale, her lips are going a bit blue"),
    ("infant_fever", 6, HANS_E, "不好意思打扰了，想问问儿科急诊在哪个门进。我外孙女一岁，从昨天开始发高烧，刚才给她换衣服，发现小脸灰白灰白的，身上一块一块发花，像大理石一样，嘴唇也有点发青，抱着软软的，她妈妈还在路上，我一个老太太不知道怎么办。"),
    ("infant_fever", 6, HANT_E, "我個女燒到四十度，塊面白雪雪，手腳啲皮一忽忽紫紫哋，嘴唇有啲藍"),
    ("infant_fever", 6, EN_N, "My baby's hands and feet look a bit mottled after her bath when she gets cold, but it goes away once she's dressed. No fever. Normal?"),
    ("infant_fever", 6, HANT_N, "請問新生兒出生時手腳有點發紫，護理師說是正常的，現在已經滿月都很好，健兒門診要帶什麼資料？"),

    ("infant_fever", 7, EN_E, "my 5 week old has been hot all day and hasn't taken any milk since 6 this morning, pushes the bottle away every time, only one wet nappy"),
    ("infant_fever", 7, EN_E, "Grandma here, my daughter's asked me to message because she's feeding the other twin. The twins are 4 months old and were due a check-up tomorrow, she wanted to know if she should still come. But one of them, Ella, has had a fever of 39 since yesterday and has refused every feed today, she turns her head away and screams, and she's only had one wet nappy since breakfast."),
    ("infant_fever", 7, HANS_E, "宝宝五个月，发烧一天了，今天一口奶都不肯吃，尿也很少"),
    ("infant_fever", 7, HANT_E, "您好，我是外婆，女兒做月子我來幫忙。想請問一下，小孩發燒兩天了，從今天早上到現在一口奶都不肯喝，奶瓶一碰到嘴就哭，尿布從中午到現在都是乾的，嘴唇也乾乾的，這樣是不是要趕快送醫院？"),
    ("infant_fever", 7, EN_N, "My son is 7 months and teething, off his food a bit and wants more milk than solids, no temperature. When can we book his 9 month review?"),
    ("infant_fever", 7, HANS_N, "请问母乳喂养的宝宝拉肚子要不要停奶？我家孩子现在好了，就是想了解一下。"),

    ("infant_fever", 8, EN_E, "Hello. Our son is 3 months and had his 12 week jabs two days ago. I was going to ask about the red lump where the needle went in, but tonight he has a fever of 39.2 and he's been screaming nonstop for three hours with this strange high shrill cry, nothing like his normal cry, and nothing settles him, not feeding, not rocking."),
    ("infant_fever", 8, EN_E, "my 9 month old is burning up and she's making a feeble mewing noise like a kitten instead of her usual wail, she barely has the energy"),
    ("infant_fever", 8, HANS_E, "孩子发烧，哭声跟平时不一样，尖尖的像猫叫，哄了两个钟头都停不下来"),
    ("infant_fever", 8, HANT_E, "BB發燒，一路喊足三個鐘，把聲好尖，點氹都唔停"),
    ("infant_fever", 8, EN_N, "Our 6 week old cries a lot in the evenings, usually 6 to 9pm, then settles. No temperature, feeding and weeing well. Could this be colic? Is there a leaflet?"),
    ("infant_fever", 8, HANT_N, "阿嬤想請教，我孫子兩個月大，晚上常常哭鬧，媳婦說可能是腸絞痛。孩子沒有發燒，吃奶也正常，白天都睡得很好。想問小兒科有沒有週六的門診，我們想帶去讓醫生看看，順便問一下停車場要怎麼進去。"),

    ("infant_fever", 9, EN_E, "little one is 38.9 under the arm but her hands and feet are freezing, like ice, even under the blanket and she's shivering and not herself"),
    ("infant_fever", 9, EN_E, "I have a question about my daughter's hospital letter, the date seems wrong. But also, she's 2 and has had a fever since this morning, and in the last hour her hands and feet have gone icy cold even though her body is burning hot, and she's gone quiet and pale. I've put socks and mittens on and they're still cold. She's not acting like herself at all."),
    ("infant_fever", 9, HANS_E, "孩子发烧39度多，身上烫，可小手小脚冰凉冰凉的，捂都捂不热，人也没精神"),
    ("infant_fever", 9, HANT_E, "唔好意思，我係BB嘅嫲嫲，佢個媽咪返咗工，本來想問佢下星期打針要唔要預約。但係BB由朝早開始發燒，宜家身體好熱，但手腳凍到好似冰咁，點焗都焗唔暖，成個人無精打采，唔係幾應人，我哋應唔應該即刻去急症室？"),
    ("infant_fever", 9, EN_N, "Bit of a random one. My grandson, who's 6, always has cold hands and feet in winter, even with slippers and thick socks, and his mum says she was the same as a child. He's never had a fever with it or been poorly. Is it worth mentioning at his school nurse check, or is it just one of those things?"),
    ("infant_fever", 9, HANS_N, "请问发烧时手脚冰凉是不是说明还要烧上去？我只是在育儿书上看到，孩子现在没发烧。"),
]

# characters that exist only in one script (hand-picked pairs: Simplified, Traditional)
PAIRS = [
    "这這", "说說", "来來", "没沒", "时時", "医醫", "发發", "个個", "吗嗎", "过過",
    "们們", "对對", "还還", "头頭", "脸臉", "药藥", "宝寶", "妈媽", "儿兒", "热熱",
    "烧燒", "话話", "电電", "车車", "门門", "间間", "现現", "从從", "给給", "让讓",
    "见見", "觉覺", "会會", "样樣", "么麼", "应應", "该該", "办辦", "动動", "伤傷",
    "关關", "开開", "问問", "请請", "谢謝", "几幾", "点點", "钟鐘", "岁歲", "气氣",
    "晕暈", "脑腦", "张張", "杀殺", "楼樓", "桥橋", "软軟", "温溫", "体體", "号號",
    "诊診", "护護", "烦煩", "压壓", "买買", "东東", "绳繩", "肠腸", "镜鏡", "检檢",
    "预預", "约約", "红紅", "蓝藍", "脚腳", "惊驚", "吓嚇", "爷爺", "孙孫", "厅廳",
    "厨廚", "闻聞", "听聽", "讲講", "边邊", "紧緊", "帮幫", "难難", "为為", "后後",
    "里裡", "卫衛", "诉訴", "庆慶", "尝嘗", "灭滅", "丢丟", "录錄", "双雙", "迟遲",
]
SIMP_ONLY = set(p[0] for p in PAIRS)
TRAD_ONLY = set(p[1] for p in PAIRS)

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]")


def is_long(text, lang):
    if lang == "en":
        return len(text.split()) > 40
    return len(CJK.findall(text)) > 60


def build():
    out = []
    counters = {}
    for cat, idx, (lang, script, level), text in ROWS:
        n = counters.get(cat, 0)
        counters[cat] = n + 1
        out.append({
            "id": "%s.%s.%d" % (SET, cat, n),
            "text": text,
            "lang": lang,
            "script": script,
            "category": cat,
            "sign_index": idx,
            "sign": SIGNS[cat][idx],
            "level": level,
            "source": "handwritten",
            "split": "train",
            "template": "hw",
        })
    return out


def check(rows):
    # order: category / sign order
    order = [(c, i) for c in SIGNS for i in range(len(SIGNS[c]))]
    seen_order = []
    for r in rows:
        k = (r["category"], r["sign_index"])
        if not seen_order or seen_order[-1] != k:
            seen_order.append(k)
    assert seen_order == order, "rows not in category / sign order"
    # per sign: 2 en emergency, 1 zh-Hans emergency, 1 zh-Hant emergency, 1 en none, 1 zh none
    for c, i in order:
        group = [r for r in rows if r["category"] == c and r["sign_index"] == i]
        assert len(group) == 6, (c, i, len(group))
        kinds = sorted((r["lang"], r["script"], r["level"]) for r in group)
        en_e = sum(1 for r in group if r["lang"] == "en" and r["level"] == "emergency")
        hans_e = sum(1 for r in group if r["script"] == "zh-Hans" and r["level"] == "emergency")
        hant_e = sum(1 for r in group if r["script"] == "zh-Hant" and r["level"] == "emergency")
        en_n = sum(1 for r in group if r["lang"] == "en" and r["level"] == "none")
        zh_n = sum(1 for r in group if r["lang"] == "zh" and r["level"] == "none")
        assert (en_e, hans_e, hant_e, en_n, zh_n) == (2, 1, 1, 1, 1), (c, i, kinds)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "duplicate texts"
    for r in rows:
        t = r["text"]
        if r["script"] == "zh-Hans":
            bad = sorted(set(t) & TRAD_ONLY)
            assert not bad, ("Traditional char in zh-Hans", r["id"], bad)
        elif r["script"] == "zh-Hant":
            bad = sorted(set(t) & SIMP_ONLY)
            assert not bad, ("Simplified char in zh-Hant", r["id"], bad)
        else:
            assert not CJK.search(t), ("CJK in en row", r["id"])
        assert r["lang"] == ("en" if r["script"] == "en" else "zh")
    n_long = sum(1 for r in rows if is_long(r["text"], r["lang"]))
    share = n_long / len(rows)
    assert 0.28 <= share <= 0.40, ("long-row share out of range", share)
    return n_long, share


def main():
    rows = build()
    n_long, share = check(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "triage.jsonl")
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    md5 = hashlib.md5(data.encode("utf-8")).hexdigest()
    print("rows", len(rows))
    print("long rows %d (%.1f%%)" % (n_long, 100 * share))
    print("md5", md5)


if __name__ == "__main__":
    main()
