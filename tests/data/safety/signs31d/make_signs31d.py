#!/usr/bin/env python3
"""Build signs31d/triage.jsonl from hand-written rows (SW31d, blind writer).

Every message below was typed by hand. The list is only a container; the code
after it adds ids / metadata, runs the checks and writes the file.
Row tuple: (category, sign_index, lang, script, level, text)
"""
import hashlib
import json
import os
import re
from collections import Counter, defaultdict

SET = "signs31d"

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

E, N = "emergency", "none"
B, S, O, I = "bleeding", "suicide_self_harm", "overdose_poisoning", "infant_fever"

ROWS = [
    # ---------------- bleeding ----------------
    # 0 spurting / pumping
    (B, 0, "en", "en", E, "hello, I am writing from the warehouse, my colleague Tomasz cut his arm on the metal shelf edge when we unload the truck. the blood is coming out like a fountain, in jumps, every heartbeat it shoot out again and it went up on the wall. we are pressing with a t-shirt but it soak through. what we do, ambulance is coming?"),
    (B, 0, "en", "en", E, "neighbour's lad put his hand through a glass door, blood squirting out of his wrist in spurts, ive got a towel on it, do i ring 999 or just drive him"),
    (B, 0, "zh", "zh-Hans", E, "麻烦问一下，我在小区门口等快递，刚才有个骑电动车的大哥摔倒了，小腿被车上的铁皮划开一道口子，血是一股一股往外喷的，喷得老远，地上已经一大滩了，我用外套捂着也没用，旁边的人说先别动他，我该怎么办"),
    (B, 0, "zh", "zh-Hant", E, "我同事喺廚房俾刀界親手腕，啲血一下一下咁標出嚟，止都止唔到，我哋而家用毛巾壓住，使唔使即刻叫白車？"),
    (B, 0, "en", "en", N, "Question for my first aid refresher next week: how do you tell if the blood from a cut is coming from an artery and not a vein? Just revising, nobody is hurt."),
    (B, 0, "zh", "zh-Hans", N, "我儿子上个月切菜切到手指，当时血流得挺多，不过压了一会儿就止住了，现在伤口已经长好了，想问拆线以后还需要换药吗？"),
    # 1 won't stop after 10 min pressure
    (B, 1, "en", "en", E, "my wife is on warfarin and she caught her shin on the dishwasher door. ive been holding a tea towel hard on it since 7.40 and its now ten to eight and its still running through, 2 towels soaked. she says she's fine but it just keeps coming. what do i do"),
    (B, 1, "en", "en", E, "Teacher here. A pupil had a nosebleed at lunch, we have pinched the soft part of his nose and kept pressure on for over fifteen minutes and it is still pouring, he is spitting blood out too. Parents not answering."),
    (B, 1, "zh", "zh-Hans", E, "老人家刮胡子把下巴刮破了，我们用纱布使劲按了快二十分钟，血还是一直往外渗，纱布换了三块都湿透了，他平时在吃阿司匹林。"),
    (B, 1, "zh", "zh-Hant", E, "我室友下午拔完智齒回家，咬著紗布壓了半個多小時，嘴巴裡的血還是一直流，吐出來都是一整口的血，現在要去掛急診嗎？"),
    (B, 1, "en", "en", N, "after my blood test the nurse said press on it for a few minutes, I did and it stopped fine but now there's a small bruise. is that normal? no bleeding anymore"),
    (B, 1, "zh", "zh-Hant", N, "想問下覆診嘅事。阿媽食緊薄血藥，上次醫生話如果佢整親流血，壓十分鐘都唔停就要去急症室，我哋記住咗。佢而家冇事，好精神，想問下下個月覆診可唔可以順便驗埋INR，定係要另外約抽血？"),
    # 2 heavy bleeding + shock signs
    (B, 2, "en", "en", E, "Night carer at a care home. Resident (84) had a fall in the bathroom and split the back of her head open, there is a lot of blood on the floor, more than a cupful. She was chatting at first but now she is white as paper, her hands feel cold and clammy and she keeps closing her eyes and not answering properly."),
    (B, 2, "en", "en", E, "guy outside the pub got glassed in the leg, there's a puddle of red under him and he's gone grey and sweaty and just slumped over onto me, his mate's holding his leg"),
    (B, 2, "zh", "zh-Hans", E, "工地上一个工友被钢筋划伤了大腿，流了好多血，裤子全湿透了，刚才还能说话，现在脸色煞白，嘴唇一点血色都没有，手摸着冰凉冰凉的，说头晕眼前发黑，站都站不住，一直往下出溜，我们几个人扶着他，救护车还要多久"),
    (B, 2, "zh", "zh-Hant", E, "隔離屋個伯伯跌親，手臂割咗好深，流咗成地血，而家佢面青口唇白，手腳凍冰冰，仲話好暈，坐都坐唔穩，點算？"),
    (B, 2, "en", "en", N, "I fainted at the sight of the needle when I gave blood last week, came round quickly and felt fine after juice and a biscuit. Can I still go back and donate again in 12 weeks?"),
    (B, 2, "zh", "zh-Hans", N, "我月经量一直偏多，有时候蹲久了站起来会有点头晕，医生说是缺铁，想预约一下血液科门诊，请问抽血需要空腹吗？"),
    # 3 object stuck
    (B, 3, "en", "en", E, "my son's friend fell off the trampoline onto the garden fork, one prong is still in his foot, went right through the trainer. we havent pulled it out. hes crying loads"),
    (B, 3, "en", "en", E, "Good evening, I am the neighbour of old man on first floor. He was fixing the fence and a big piece of wood, like a stick, is gone inside his arm and still there, sticking out maybe 5 cm. Blood is all around it. He want to pull it out himself, I tell him no. Please tell what to do."),
    (B, 3, "zh", "zh-Hans", E, "同事切玻璃的时候一块碎玻璃扎进手掌里了，还插在肉里，露出来一截，流血不少，我们不敢拔，要送急诊吗"),
    (B, 3, "zh", "zh-Hant", E, "我在公園看到一個小朋友跌倒，一根樹枝插進他的大腿還卡在裡面，家長很慌，我們已經打119了，等救護車的時候可以先拔出來嗎？"),
    (B, 3, "en", "en", N, "Not urgent at all, mainly writing about my dad's physio appointment being moved, but while I'm here: I got a splinter in my thumb from the garden bench yesterday and got most of it out with tweezers. It's a bit red round the edge. Do I need to come in or just keep it clean?"),
    (B, 3, "zh", "zh-Hant", N, "琴日喺急症室拎咗塊玻璃出嚟，縫咗三針，護士話一個禮拜後拆線，想問下喺邊度預約拆線？"),
    # 4 deep wound neck/chest/belly/groin
    (B, 4, "en", "en", E, "Im at the bus station on Carver St, two lads had a fight and one of them has been stabbed in the stomach I think, there is a hole in his shirt just under the ribs and red coming through, he's holding it and sitting on the ground. someone's on with 999 but what do I do til they come"),
    (B, 4, "en", "en", E, "my husband slipped with the chainsaw and there is a deep gash down the side of his neck. I'm pressing a towel on it. please hurry what else do I do"),
    (B, 4, "zh", "zh-Hans", E, "楼下两个人打架，一个人胸口被刀捅了，衣服上一大片血，喘气的时候胸口那里呼哧呼哧地响，已经坐在地上起不来了"),
    (B, 4, "zh", "zh-Hant", E, "唔好意思打擾，我想問下點處理。我個friend頭先踩單車落斜撞到欄杆，大髀頂近褲襠嗰度界開咗一條好深嘅口，見到裡面啲肉，血一路流唔停，佢話好痛郁唔到隻腳，我哋喺單車徑旁邊，已經打咗999，等緊白車。"),
    (B, 4, "en", "en", N, "scratched my chest on a rose bush doing the garden, couple of shallow lines, not bleeding now. any cream you'd recommend?"),
    (B, 4, "zh", "zh-Hans", N, "我爸上个月做了腹部手术，肚子上的刀口愈合得挺好，下周去复查要不要带之前拍的片子？"),
    # 5 vomiting blood / coffee grounds
    (B, 5, "en", "en", E, "My flatmate just threw up in the sink and it's bright red, like loads of it, and now she's doing it again. she drinks a lot but has never done this"),
    (B, 5, "en", "en", E, "Hi, I'm a care assistant doing the evening round. Mr Okafor, 79, has been off his food all day and has just been sick twice. It's dark brown gritty stuff, like coffee grounds, and it smells odd. He is on ibuprofen for his knees. The nurse on shift is on her break and I can't find her."),
    (B, 5, "zh", "zh-Hans", E, "不好意思，本来是想问明天的胃镜预约能不能改时间的，结果刚才我室友喝完酒回来吐了好几次，最后吐出来的全是鲜红的血，洗手池里一大片，他现在蹲在地上脸色很差，手一直在抖，这个是不是得马上去医院？"),
    (B, 5, "zh", "zh-Hant", E, "我阿公剛剛吐了一大堆黑黑的東西，看起來像咖啡渣一樣，他平常有胃潰瘍，現在人很虛，要叫救護車嗎？"),
    (B, 5, "en", "en", N, "Can I get a copy of the discharge letter from when my dad was admitted for a stomach bleed in March? He's home and well now, his new GP wants it."),
    (B, 5, "zh", "zh-Hant", N, "我老公啲胃藥食完喇，上年佢試過嘔血入院，而家已經好返，想問點樣網上預約腸胃科覆診攞藥？"),
    # 6 body part cut off
    (B, 6, "en", "en", E, "please help, in our factory the machine for cutting the paper take off two fingers of my coworker, the fingers are laying on the table. blood is much. we put cloth on the hand. boss says drive him to hospital but I think is better ambulance? what we do with the fingers"),
    (B, 6, "en", "en", E, "lawnmower accident next door, the boy's big toe has come clean off. we've got it in a bag. hes screaming."),
    (B, 6, "zh", "zh-Hans", E, "我邻居剁排骨的时候把左手食指整个剁下来了，手指头掉在案板上，血流得很厉害，120已经打了，断指要怎么保存？"),
    (B, 6, "zh", "zh-Hant", E, "我喺地盤返工，有個工友俾機器夾斷咗兩隻手指，手指成段甩咗出嚟，佢而家面都白晒，叫咗白車未到，啲手指點處理？"),
    (B, 6, "en", "en", N, "My grandad lost the tip of his finger in a farm accident 40 years ago. He's coming in for a hand x-ray next week for arthritis, does he need to mention it?"),
    (B, 6, "zh", "zh-Hans", N, "我们小区的保安大叔说他年轻时在厂里被机器切掉过一节手指，已经几十年了，平时干活也不受影响，最近他听人说现在可以装那种硅胶假指，想问问你们医院有没有这个科室，要挂哪个号？"),
    # 7 lots of blood / black tarry poo
    (B, 7, "en", "en", E, "sorry if this is too much info. my mum is 70 and has been on the toilet 3 times since breakfast and each time the bowl is full of bright red, not just streaks, like the whole water is red. she's shaky and has gone to sit on the bathroom floor because she says the room is spinning."),
    (B, 7, "en", "en", E, "Support worker here. My client's stools today are jet black and sticky like tar with a horrible smell, and he's very tired and out of breath. He's on blood thinners."),
    (B, 7, "zh", "zh-Hans", E, "我爸这两天拉的大便黑得跟柏油一样，黏糊糊的，今天早上又拉了一大摊，人一站起来就晕，脸也发白。"),
    (B, 7, "zh", "zh-Hant", E, "我是隔壁鄰居，阿伯的女兒在國外拜託我過來看一下。剛剛阿伯去上廁所，出來說馬桶裡整個都是血，我進去看真的是一大片紅的，已經第二次了，他說肚子沒有很痛，但人很虛弱，扶著牆才站得住，臉色也很差。"),
    (B, 7, "en", "en", N, "Colonoscopy prep question: the leaflet says stop iron tablets a week before. I had a small streak of blood on the paper last month from piles and the GP referred me. Do I also stop my vitamin D?"),
    (B, 7, "zh", "zh-Hant", N, "醫生開咗鐵丸俾我，話食咗之後大便會變黑係正常，我而家精神好好，冇任何唔舒服，想問要食幾耐？"),
    # 8 coughing up a lot of blood
    (B, 8, "en", "en", E, "Our neighbour, he has lung cancer, he is coughing and each time much red blood comes out, like half a cup in the bowl already, he can not catch breath. His wife don't speak english, I am translating for her. Please what to do."),
    (B, 8, "en", "en", E, "my boyfriend's on the phone from work, says he hacked up a mouthful of bright red stuff, then another, and it's frothy. he sounds scared and breathless"),
    (B, 8, "zh", "zh-Hans", E, "我是护工，照顾的这位奶奶有支气管扩张，一直住在家里。刚才她一阵咳嗽，咳出来一大口一大口的鲜血，已经吐了小半碗了，还在咳，现在喘不上气，脸憋得发紫，她儿子出差了，我一个人在，要先打120吗"),
    (B, 8, "zh", "zh-Hant", E, "我屋企個姐姐啱啱咳咗好多血出嚟，成個洗手盆都紅晒，佢話胸口好翳，唔知係咪肺有事，使唔使叫白車？"),
    (B, 8, "en", "en", N, "had a bad cold and saw a tiny streak of pink in my phlegm once after a long coughing fit last week, nothing since and I feel much better. do I need to do anything?"),
    (B, 8, "zh", "zh-Hans", N, "我舅舅以前得过肺结核咳过血，早就治好了，现在单位体检要求提供病史，请问去哪里打印以前的病历？"),
    # 9 heavy vaginal bleeding in pregnancy
    (B, 9, "en", "en", E, "I'm at work and my partner just rang me crying, she's 24 weeks pregnant and she's bleeding a lot down there, she said it's gone through her jeans and there's clots, she's on her own at home in Leeds. I'm 40 minutes away. I told her to lie down, what should she do right now"),
    (B, 9, "en", "en", E, "my sister is 7 months expecting and she's soaking through pads every few minutes, big red clots on the bathroom floor, she's got cramps and looks washed out"),
    (B, 9, "zh", "zh-Hans", E, "我老婆怀孕30周，刚才突然下面大量出血，裤子和床单都湿透了，还有血块，肚子一阵阵疼，我们在家。"),
    (B, 9, "zh", "zh-Hant", E, "我同事懷孕五個月，剛剛在辦公室廁所發現流了很多血，一直流不停，她臉色很白，我們要叫救護車還是自己載她去？"),
    (B, 9, "en", "en", N, "Early pregnancy question, sorry if it's a silly one. I'm 6 weeks and yesterday I had a little bit of brown spotting, only when wiping, it's stopped now and there's no pain at all. Should I book in with the midwife or the early pregnancy unit, and do I need a referral from my GP first?"),
    (B, 9, "zh", "zh-Hant", N, "我懷第一胎嗰陣試過大出血入院，而家BB已經兩歲喇，想問下今次再懷孕可唔可以早啲約婦產科？"),

    # ---------------- suicide_self_harm ----------------
    # 0 will end life soon, has a plan
    (S, 0, "en", "en", E, "Sorry I don't know who else to ask. A guy on my team messaged me tonight saying he's going to kill himself this weekend, he's worked out how and when, and he said he's already put the date in his calendar. he told me not to tell anyone. He's at home alone I think. Do I call the police or what?"),
    (S, 0, "en", "en", E, "my student (17) told me after class she's going to end it tonight and she knows exactly what she's going to do. she's walking home now."),
    (S, 0, "zh", "zh-Hans", E, "我表弟刚才给我打电话，说他明天就不活了，连怎么做、去哪里都想好了，说话特别平静，我现在该怎么办？"),
    (S, 0, "zh", "zh-Hant", E, "我個室友頭先同我講佢聽日就會死，連點樣做都諗好晒，仲叫我唔好話俾人知，我好驚，佢而家自己一個喺房。"),
    (S, 0, "en", "en", N, "I'm a deputy head writing our safeguarding policy. If a pupil ever tells a member of staff they're thinking about ending their life, what's the right crisis number for us to print in the staff leaflet?"),
    (S, 0, "zh", "zh-Hans", N, "我妈妈去年有过轻生的念头，后来一直在看心理门诊，现在状态稳定多了，想问下个月的复诊可以改到周六吗？"),
    # 1 gathered the means
    (S, 1, "en", "en", E, "my dad has been really low since mum died and today I found he's been saving up all his pills in a drawer, a big pile of them, with a bottle of whisky beside it. he's in the garden now"),
    (S, 1, "en", "en", E, "Hello I rent a room in shared house. The other tenant, young man, very sad for weeks. Today I see in his room a rope and many medicine boxes, he says to me 'soon no more problem for everybody'. I am afraid. He is inside the house now. I do not know this country system, who I call?"),
    (S, 1, "zh", "zh-Hans", E, "我同事最近失恋了，这几天在办公室一直说活着没意思，今天她请假，我去她宿舍帮她拿东西，在她抽屉里看到一大堆安眠药，她在电话里说是攒了好久的，都准备好了，让我别管。"),
    (S, 1, "zh", "zh-Hant", E, "我兒子房間裡突然多了好幾包木炭和膠帶，他最近一直說不想活了，今天把房門鎖起來，我們敲門都不應。"),
    (S, 1, "en", "en", N, "My doctor said to keep only a week of my tablets at home because of my low mood last year. I'm doing well now, can the pharmacy do weekly packs automatically?"),
    (S, 1, "zh", "zh-Hant", N, "社工上次家訪嘅時候提過，如果屋企有人情緒唔好，最好將啲藥鎖好，唔好放出嚟。我阿爸而家冇事，情緒穩定咗好多，不過我想預防下，想問你哋醫院藥房有冇嗰啲有鎖嘅藥盒可以買？"),
    # 2 just made an attempt
    (S, 2, "en", "en", E, "I live across the hall from a young woman who's been struggling. Her boyfriend just banged on my door, he came home and found her on the bedroom floor, she'd tried to take her life about half an hour ago, she is awake but mumbling and very sleepy. He's panicking and asking me what to do."),
    (S, 2, "en", "en", E, "she tried to kill herself tonight. she's locked in the bathroom and won't let me in but I heard her say she did it. what do I do"),
    (S, 2, "zh", "zh-Hans", E, "我舅舅刚才从二楼阳台跳下去了，之前一直说不想活，人躺在楼下还能说话，腿动不了。"),
    (S, 2, "zh", "zh-Hant", E, "我同學頭先喺宿舍試過自殺，我哋撞門入去搵到佢，佢而家仲有知覺但好迷糊，舍監已經打咗999，我哋可以做乜？"),
    (S, 2, "en", "en", N, "My brother attempted suicide 5 years ago and he's doing really well now. He wants to know if the hospital still holds those notes and how he can request a copy of his records."),
    (S, 2, "zh", "zh-Hans", N, "我朋友几年前自杀未遂过，现在他想做志愿者帮助有类似经历的人，你们医院有这种项目吗？"),
    # 3 deep / non-stop self-harm wound
    (S, 3, "en", "en", E, "my 15 yo has cut her arm again, she's done it before but this time it's gaping open and you can see yellowish stuff inside. im holding a towel on it. please what do we do"),
    (S, 3, "en", "en", E, "Support worker in a supported living flat. One of our residents has hurt herself on purpose with a razor blade on her thigh, we've been pressing dressings on it for about fifteen minutes and it is still bleeding through every pad, she is calm but very pale. Manager told me to check here first."),
    (S, 3, "zh", "zh-Hans", E, "我妹妹又用刀划自己了，这次口子很深，皮都翻开了，按了好久血还是流个不停，她不让我们叫人。"),
    (S, 3, "zh", "zh-Hant", E, "我本來在公司加班，女朋友剛剛傳照片給我，她又割自己了，手臂上的傷口很深，看得到裡面，一直在流血，她說用毛巾壓著也止不住，語氣很累很慢，我現在在計程車上趕回去，還要二十分鐘，要不要先幫她叫救護車？"),
    (S, 3, "en", "en", N, "i used to self harm as a teen and have scars on both forearms. having a blood test next week, will the nurse be able to take blood from those arms?"),
    (S, 3, "zh", "zh-Hant", N, "我以前有自殘嘅習慣，手臂有啲舊疤，而家已經好返好耐，想問皮膚科有冇激光可以淡化？"),
    # 4 goodbye messages / note
    (S, 4, "en", "en", E, "my best friend just posted a long message thanking everyone and saying she's sorry and this is goodbye, and now she's not answering her phone. she's been really depressed."),
    (S, 4, "en", "en", E, "Hi, my colleague don't come to work today which is strange. At her desk I found an envelope with her mother name on it, inside is letter saying sorry for everything and where is her bank papers and who must take her cat. She don't answer phone. She live alone near to office. Please help what we do"),
    (S, 4, "zh", "zh-Hans", E, "我爸刚才在家庭群里发了一段话，说对不起大家，让我们照顾好我妈，以后别想他，然后就关机了，他一个人在外地出差。"),
    (S, 4, "zh", "zh-Hant", E, "我阿哥喺枱面留低咗一封信，寫住「對唔住，唔好搵我」，仲將佢啲錢同鎖匙放晒喺度，而家打佢電話冇人聽，點算好？"),
    (S, 4, "en", "en", N, "My dad is moving into a hospice next month and wants to write goodbye letters to the grandkids while he still can. Does the chaplaincy team help with that kind of thing, and can family stay overnight?"),
    (S, 4, "zh", "zh-Hans", N, "我们部门一个同事要移民了，昨天在群里发了很长的告别消息，大家都挺舍不得的，我想送他一份全面体检套餐当离别礼物，请问你们医院体检中心可以买礼品卡吗？有效期多久？"),
    # 5 dangerous place, intending to jump
    (S, 5, "en", "en", E, "I'm on the footbridge over the dual carriageway and there's a man on the wrong side of the railings holding on, traffic right underneath, he said to me stay back he's going to let go. I've got my phone out. I'm scared to move closer. please tell me who to call and what to say to him"),
    (S, 5, "en", "en", E, "my ex just sent me a pic from the roof of her building, she's sitting on the edge and says she'll jump when she finishes her cigarette"),
    (S, 5, "zh", "zh-Hans", E, "我在地铁站等车，看到一个女孩站在站台最边上，早就过了黄线，一直盯着隧道说她要跳下去，我跟她说话她也不理，我不敢靠太近怕刺激她，工作人员还没过来，下一班车还有两分钟。"),
    (S, 5, "zh", "zh-Hant", E, "有個學生現在坐在學校頂樓的欄杆外面，說他要跳下去，我是他的導師，人在頂樓門口，已經報警了，現在我該跟他說什麼？"),
    (S, 5, "en", "en", N, "bit of a weird one, when I stand on a high balcony I get this flash of 'what if I jumped'. I don't want to at all, it's just a thought that pops up and goes. is that normal?"),
    (S, 5, "zh", "zh-Hant", N, "我有畏高症，上次去天台收衫都腳軟，想問下你哋醫院有冇心理科可以幫手處理恐懼症？"),
    # 6 cannot keep safe now
    (S, 6, "en", "en", E, "sorry to bother. my partner is on the phone to me from his car in a supermarket car park, he keeps saying he doesn't trust himself tonight and he's frightened of what he'll do to himself. he won't drive home. I'm two hours away."),
    (S, 6, "en", "en", E, "Year 10 tutor here. One of my students came to my office after school and said she can't promise she'll be safe if she goes home tonight, she's shaking and says the thoughts are too loud. Her mum is not picking up. I have her with me in the office now but I finish at 5. what's the right thing to do"),
    (S, 6, "zh", "zh-Hans", E, "我朋友在电话里一直哭，说她控制不住自己了，怕自己会做傻事，让我别挂电话，她现在一个人在出租屋。"),
    (S, 6, "zh", "zh-Hant", E, "我老公頭先同我講佢今晚保證唔到自己唔會傷害自己，話腦入面好亂，我而家陪住佢，但我好驚，應該點做？"),
    (S, 6, "en", "en", N, "What's the difference between the crisis team and my usual CPN? I had a rough patch in the spring but I'm okay now, I just want to understand who I'd ring if it ever happened again."),
    (S, 6, "zh", "zh-Hans", N, "孩子学校发了一份心理安全计划的表格，让家长和孩子一起填，想问一下医院有没有模板可以参考？"),
    # 7 command voices
    (S, 7, "en", "en", E, "My brother has schizophrenia, he stopped his meds a few weeks ago. tonight he's pacing and shouting back at someone who isn't there and says they keep ordering him to die and he has to obey. he's 32, staying at mine."),
    (S, 7, "en", "en", E, "I work night shift at homeless hostel. One resident come to office and tell me the voices in his head are saying he must kill himself tonight, they are very loud he says, he is holding his ears and crying. Our manager not answering. I don't know if I ring ambulance or police."),
    (S, 7, "zh", "zh-Hans", E, "我想先问一下精神科门诊周末开不开，我姐姐有精神分裂症，最近自己把药停了。不过现在更急的是，她刚才跟我说耳朵里一直有人命令她去死，说不照做就会出大事，她一直往厨房跑，我拦都拦不住。"),
    (S, 7, "zh", "zh-Hant", E, "我媽最近常常自言自語，今天突然跟我說有個聲音一直叫她去死，叫她從陽台跳下去，她說快撐不住了，我現在在家陪她。"),
    (S, 7, "en", "en", N, "Is it normal to hear someone call my name just as I'm dropping off to sleep? Happens now and then, no other voices, I'm not distressed by it. Just wondering."),
    (S, 7, "zh", "zh-Hant", N, "我阿叔以前有幻聽，而家食緊藥控制得幾好，佢想轉去屋企附近嘅精神科門診覆診，要點申請？"),
    # 8 missing after saying they'd end life
    (S, 8, "en", "en", E, "My neighbour's son is 19, yesterday he told his mum he's going to end his life and then this morning he walked out without his phone and nobody has seen him since 8. His car is gone too. His mum is in bits on my sofa and asked me to message here because she can't think straight."),
    (S, 8, "en", "en", E, "my wife said last night she didn't want to be here anymore and now she's gone, not at work, not at her sisters, phone off. it's been 5 hours"),
    (S, 8, "zh", "zh-Hans", E, "我朋友昨晚发消息说不想活了，今天一早就联系不上，家里没人，手机关机，他的车也不见了，我们已经找了一上午。"),
    (S, 8, "zh", "zh-Hant", E, "我阿妹前日講過唔想再生存落去，我哋以為佢講下啫。今朝佢冇返學，學校打嚟問先知，電話又唔聽，WhatsApp都冇上線，屋企人周圍搵都搵唔到佢，我哋應該報警定打去邊？"),
    (S, 8, "en", "en", N, "Our care home resident with dementia wandered off last year and was found safe within the hour. We're reviewing our policy now, does the hospital have a missing-person protocol template it can share with local homes?"),
    (S, 8, "zh", "zh-Hans", N, "之前表哥说过想轻生，家里人都很紧张，后来他自己主动去看了心理医生，现在每周都去做咨询，整个人开朗了不少，我想问问下次家属能不能陪他一起进诊室，还是要先征得医生同意？"),
    # 9 serious self-inflicted burn
    (S, 9, "en", "en", E, "the girl in the flat next to mine came knocking, she pressed her forearm on the hob on purpose, the skin is white and leathery and hanging off in bits, a patch bigger than my hand. she's very quiet and shaking"),
    (S, 9, "en", "en", E, "I am a teacher in boarding school. A student poured boiling water from kettle on his own leg in the dorm, he told me he wanted to hurt himself. The skin is red with big blisters from knee to ankle, some skin is gone. I put cold water. Nurse is off today, should we send to hospital now?"),
    (S, 9, "zh", "zh-Hans", E, "我弟弟刚才故意用打火机烧自己的手臂，烧了很大一块，皮都焦黑了，起了大泡，他说不疼，我们吓坏了。"),
    (S, 9, "zh", "zh-Hant", E, "我個女頭先自己用滾水淋落隻腳度，佢話想懲罰自己，成片皮都起晒泡甩皮，有手掌兩倍咁大，我而家用凍水沖緊。"),
    (S, 9, "en", "en", N, "i burnt my finger on the oven tray making dinner, small red spot, ran it under cold water for 20 mins and it's fine now. do i need a plaster or leave it open?"),
    (S, 9, "zh", "zh-Hant", N, "我以前情緒不好的時候燙傷過自己，手臂上留了疤，現在狀況穩定很多，也有固定回診，想問整形外科的疤痕門診要怎麼掛號？"),
]

ROWS += [
    # ---------------- overdose_poisoning ----------------
    # 0 deliberate overdose, feels fine
    (O, 0, "en", "en", E, "my flatmate just told me she swallowed a whole pack of paracetamol about an hour ago because of a breakup, but she says she feels totally fine and doesn't want a fuss. is it ok to wait and see?"),
    (O, 0, "en", "en", E, "Hello. My coworker at the restaurant tell me in the break that this morning she take many of her sleeping pills and the pain pills together, like 20 or more, because she want to die. But now she is working normal and laughing, she says she is fine and I should forget it. I am worried, it is serious even if she is fine?"),
    (O, 0, "zh", "zh-Hans", E, "我同学说她两个小时前故意吃了一整板布洛芬，还加了几片安眠药，现在看起来挺正常的，还说自己没事，不肯去医院。"),
    (O, 0, "zh", "zh-Hant", E, "我女兒剛剛承認她早上故意吞了一大把媽媽的降血壓藥，她說沒有不舒服，一直叫我不要大驚小怪，現在要送急診嗎？"),
    (O, 0, "en", "en", N, "I accidentally took my morning tablets twice today, it's only my vitamin D and a multivitamin. Is that a problem?"),
    (O, 0, "zh", "zh-Hans", N, "布洛芬说明书上写一天最多吃几次？我头疼吃了一片，想知道隔多久可以再吃第二片。"),
    # 1 can't be woken after drugs/alcohol
    (O, 1, "en", "en", E, "house party at mine, one of the guys took something someone gave him and had a few drinks, now he's lying on the kitchen floor and we can't wake him up, we've shouted and shaken him and pinched his ear and nothing, he's breathing but making a snoring noise. people are saying just let him sleep it off."),
    (O, 1, "en", "en", E, "security at the club here, lad found slumped in the toilet cubicle, completely out, no response to his name or a hard rub on the chest, pupils tiny."),
    (O, 1, "zh", "zh-Hans", E, "我室友昨晚喝了很多酒又吃了不知道什么药，现在怎么叫都叫不醒，拍他脸也没反应，呼吸有点慢。"),
    (O, 1, "zh", "zh-Hant", E, "我哋喺朋友屋企開生日派對，其中一個朋友食咗啲唔知咩嘢又飲咗好多酒，頭先仲識笑，而家瞓咗喺梳化點叫都唔醒，搖佢、拍佢塊面都冇反應，個個都話由佢瞓，我覺得唔對路，點算？"),
    (O, 1, "en", "en", N, "My husband's a heavy sleeper after a couple of beers, snores loud but wakes up fine if I nudge him and chats normally. Is the snoring something to see the GP about?"),
    (O, 1, "zh", "zh-Hant", N, "我阿爸飲完酒會瞓得好沉，但一叫就醒，講嘢都清楚。佢成日飲酒，我哋屋企人都好擔心佢個肝，想問下你哋醫院有冇戒酒輔導可以幫佢預約，係咪要家庭醫生轉介先得？"),
    # 2 child swallowed adult medicine
    (O, 2, "en", "en", E, "my 2 year old got into grandma's handbag and we found her chewing her heart tablets, the packet has 4 missing. she seems ok at the moment."),
    (O, 2, "en", "en", E, "I'm a nursery practitioner. At pick-up a parent left a bag open and one of our 3-year-olds got hold of a bottle of adult sleeping tablets, there were a few loose tablets around him and one in his mouth, we don't know how many he swallowed. He's playing normally right now. Parents on their way."),
    (O, 2, "zh", "zh-Hans", E, "我本来是想问孩子下周打疫苗的时间，刚刚出了状况：我家三岁的儿子趁我做饭不注意，把他爷爷的降糖药吃了好几片，药瓶盖子开着，少了大概四五片，现在看着还正常，在看动画片。"),
    (O, 2, "zh", "zh-Hant", E, "保母剛剛打給我說，我兩歲的兒子把外婆的安眠藥吞了，不知道吃了幾顆，現在還在玩，要馬上送醫嗎？"),
    (O, 2, "en", "en", N, "How should I store my blood pressure tablets now my grandchildren visit at weekends? Nothing has happened, I just want to be careful."),
    (O, 2, "zh", "zh-Hans", N, "宝宝发烧，儿童退烧药按体重怎么算剂量？说明书上是按年龄写的，我们家孩子偏瘦。"),
    # 3 swallowed bleach / household chemical
    (O, 3, "en", "en", E, "my elderly neighbour with dementia drank from a bottle of toilet cleaner she thought was juice, her mouth is red and she's drooling and coughing"),
    (O, 3, "en", "en", E, "I am cleaner in office. My coworker by mistake drink from water bottle where I put bleach for cleaning, maybe two big mouthful, now he say his throat burn and he is spitting, and vomit one time. We give him water. Is it need hospital now or we wait?"),
    (O, 3, "zh", "zh-Hans", E, "我爸把装在矿泉水瓶里的84消毒液当水喝了一大口，现在嘴里和喉咙火辣辣的疼，一直在吐口水。"),
    (O, 3, "zh", "zh-Hant", E, "我個仔兩歲，頭先趁我晾衫嘅時候走咗入廁所，拎住支漂白水飲咗幾啖，我聞到佢把口都係漂白水味，佢而家一路喊一路流口水，仲咳咗幾聲，我哋喺屋企，老公未返，點算好？"),
    (O, 3, "en", "en", N, "Is it safe to use diluted bleach to clean the baby's high chair if I rinse it well afterwards? Just want to be careful."),
    (O, 3, "zh", "zh-Hant", N, "請問清潔劑不小心沾到手上，用清水沖過以後皮膚有點乾乾的，需要擦什麼乳液嗎？"),
    # 4 button battery
    (O, 4, "en", "en", E, "Childminder here. One of my little ones (18 months) had the TV remote, the back is off and I saw her put the little round shiny silver disc from inside it in her mouth, now it's gone and she's coughing a bit."),
    (O, 4, "en", "en", E, "my son is 4 and was playing with one of those musical birthday cards, he ripped it open and I saw him put the little coin-shaped battery in his mouth and swallow it before I could grab it. he's acting completely fine, eating crisps, no coughing. my wife says wait and see, I'm not sure. we're in Croydon."),
    (O, 4, "zh", "zh-Hans", E, "我家孩子一岁半，刚才把体重秤里拆下来的纽扣电池吞下去了，我亲眼看见的，现在还没什么异常。"),
    (O, 4, "zh", "zh-Hant", E, "我個女三歲，頭先拆開咗個玩具，將入面粒圓形嘅鈕扣電池吞咗落肚，而家佢仲好精神，使唔使即刻去急症室？"),
    (O, 4, "en", "en", N, "We just bought a kids' ear thermometer that takes a button battery. Any tips for keeping the spares out of reach? My daughter is 2."),
    (O, 4, "zh", "zh-Hans", N, "我女儿去年吞过一颗小玻璃珠，第二天就自己拉出来了，一直没什么事，这次去做儿保体检，需要跟医生说一下吗？"),
    # 5 carbon monoxide
    (O, 5, "en", "en", E, "I'm checking on the family upstairs because their kid came down to me crying. The mum and dad both have splitting headaches and have been sick, the little one is really dozy, and their old gas fire has been on all evening, there's black marks round it. they all seemed fine this morning. I've opened the windows."),
    (O, 5, "en", "en", E, "all 3 of us woke up with pounding heads and nausea and the dog's barely moving either. the boiler guy said last week our flue was dodgy. could it be carbon monoxide?"),
    (O, 5, "zh", "zh-Hans", E, "冬天我们家用煤炉取暖，今天早上起来我爸妈和我都头疼得厉害，恶心想吐，我妈一直昏昏沉沉的，叫她都不太醒。"),
    (O, 5, "zh", "zh-Hant", E, "我們家熱水器裝在室內陽台，窗戶都關著，剛剛洗完澡我和我媽都頭很暈很想吐，我妹在沙發上一直想睡，叫她也只是嗯一聲，連家裡的貓都趴著不動，是不是一氧化碳中毒？要先開窗還是先打119？"),
    (O, 5, "en", "en", N, "Our landlord is fitting a carbon monoxide alarm next week. How often should we test it? We haven't had any problems."),
    (O, 5, "zh", "zh-Hant", N, "我屋企個熱水爐啱啱換咗新嘅，師傅話最好裝埋一氧化碳警報器，想問下你哋醫院有冇相關嘅安全單張？"),
    # 6 seizure after drugs
    (O, 6, "en", "en", E, "at a festival, my mate took something about an hour ago and now he's on the ground jerking and shaking all over, eyes rolled back, been going 2 mins. people crowding round"),
    (O, 6, "en", "en", E, "Hostel staff. A resident took a new street pill tonight and was agitated and hot, now he has had a seizure in the corridor that lasted a couple of minutes, he has stopped shaking but is not responding properly and he bit his tongue. I put him on his side. Ambulance has been called but they asked how long. what else do I do"),
    (O, 6, "zh", "zh-Hans", E, "我朋友刚才在KTV吃了别人给的药丸，没多久就倒在地上全身抽搐，口吐白沫，现在还在抽。"),
    (O, 6, "zh", "zh-Hant", E, "我哋喺酒吧，佢飲完酒又食咗粒藥，突然間成個人僵晒、手腳不停咁抽，對眼反晒白，而家仲未停。"),
    (O, 6, "en", "en", N, "I have epilepsy, well controlled, no fits in 3 years. Can I take over-the-counter cold and flu tablets or do any of them make seizures more likely?"),
    (O, 6, "zh", "zh-Hans", N, "我弟弟小时候发烧抽过一次筋，后来再也没发过，现在他要去做驾照体检，表格上问有没有癫痫史，这种情况要怎么填，需要医院开证明吗？"),
    # 7 opioid breathing
    (O, 7, "en", "en", E, "my dad had his hip op and is home on oxycodone, my mum thinks he took an extra dose by mistake tonight. now he's slumped in his chair breathing really slowly, like 5 or 6 a minute, and each one is a loud snore-gurgle. his lips look a bit dusky. we can just about get a grunt out of him."),
    (O, 7, "en", "en", E, "outreach worker. man in a shop doorway has used heroin, lips blue, barely a breath every now and then and it rattles. we have naloxone, giving it now"),
    (O, 7, "zh", "zh-Hans", E, "我妈做完手术回家在吃吗啡止痛，今天好像多吃了，现在呼吸特别慢，隔好久才喘一口，还带着呼噜声，叫她只哼一声。"),
    (O, 7, "zh", "zh-Hant", E, "我室友剛剛用了海洛因，現在倒在床上，呼吸很慢很淺，還發出很大的打呼聲，嘴唇有點發紫，怎麼叫都沒什麼反應。"),
    (O, 7, "en", "en", N, "I've been given codeine after a tooth extraction. Does it make you drowsy? I need to know if I can drive to work tomorrow morning, it's a 40 minute commute and I start at 7, and my manager wants to know today whether to cover my shift."),
    (O, 7, "zh", "zh-Hant", N, "我媽咪食緊止痛藥，醫生開咗嗎啡貼，佢話有啲便秘，想問下可唔可以同時食通便藥？"),
    # 8 drunk, passed out vomiting / cold bluish
    (O, 8, "en", "en", E, "bouncer here, girl in the smoking area is out cold after too many drinks and she was being sick while flat on her back, we've turned her on her side but she's not coming round"),
    (O, 8, "en", "en", E, "Excuse me, my neighbour man is outside on the bench in the garden since maybe two hours, he drank very much vodka. It is freezing tonight, his skin feels like ice and his fingers and lips are going a blue colour, he is not talking, only moaning a little. I put my coat on him. What I should do?"),
    (O, 8, "zh", "zh-Hans", E, "同事聚餐喝多了，现在躺在包间地上不省人事，还一直在吐，吐的东西堵在嘴边，我们拍他也不醒。"),
    (O, 8, "zh", "zh-Hant", E, "我老公今晚飲到醉晒，喺露台瞓咗，而家佢全身冰凍，嘴唇同手指都發紫，叫佢都唔識應，點算？"),
    (O, 8, "en", "en", N, "My uni son came home drunk last night, was sick once, drank some water and went to bed. He's up now with a hangover, eating toast and moaning. Anything good for a hangover?"),
    (O, 8, "zh", "zh-Hans", N, "想问一下，喝醉的人睡觉时为什么要让他侧躺？下周公司年会，我负责照看大家，想提前了解一下。"),
    # 9 mixed cleaning product fumes
    (O, 9, "en", "en", E, "The cleaner at our office poured two different bottles together in the toilets to scrub the floor, there was this strong stinging smell like a swimming pool, now she's sitting outside gasping, can't get whole sentences out and her chest is wheezy. we've got her in the fresh air. what now"),
    (O, 9, "en", "en", E, "mixed bleach and some limescale remover cleaning the shower, the fumes were awful, now my mum is wheezing and can't catch her breath, lips look a bit blue"),
    (O, 9, "zh", "zh-Hans", E, "我妈打扫卫生间时把84消毒液和洁厕灵混在一起用了，闻到一股刺鼻的味道，现在她胸闷喘不上气，说话都费劲。"),
    (O, 9, "zh", "zh-Hant", E, "阿嬤在浴室把漂白水跟鹽酸混在一起刷地，現在一直咳、喘不過氣，講話斷斷續續，嘴唇有點白，要叫救護車嗎？"),
    (O, 9, "en", "en", N, "Is it true you shouldn't mix bleach with other cleaners? I'm about to deep clean the bathroom and want to do it safely."),
    (O, 9, "zh", "zh-Hant", N, "琴日清潔廁所嗰陣聞到漂白水味有少少咳，開咗窗之後即刻冇事，今日都好正常，返工返學都冇問題，不過我哋屋企有個細路有哮喘，想問下以後清潔戴咩口罩好，同埋有冇溫和啲嘅清潔劑推介？"),

    # ---------------- infant_fever ----------------
    # 0 >=38C under 3 months
    (I, 0, "en", "en", E, "My sister's baby is 7 weeks old and the thermometer just said 38.4 under her arm, checked twice. She's feeding okay but a bit grizzly. Sister's asking if she can wait till the GP opens."),
    (I, 0, "en", "en", E, "Hello please, my son is born 9 weeks ago, tonight he feel very hot on his head and body, we measure with the ear thermometer, it show 38.6. He is still drinking milk a little bit. My wife is worry. In my country we give cold towel and wait, here what is correct?"),
    (I, 0, "zh", "zh-Hans", E, "我外孙女才一个半月大，刚才量体温38.3度，量了两次都是，精神还行，就是哼哼唧唧的，我女儿问要不要等明天再去。"),
    (I, 0, "zh", "zh-Hant", E, "我個BB啱啱滿兩個月，頭先探熱有38.5度，佢仲肯飲奶，不過我阿媽話唔使緊張，真係唔使即刻去急症室？"),
    (I, 0, "en", "en", N, "My 8 week old had her jabs today. The leaflet says give paracetamol for fever afterwards, her temp is 37.1 and she's totally happy. Do I still give it?"),
    (I, 0, "zh", "zh-Hans", N, "宝宝两个月了，一直挺健康的，平时量体温都是正常的。月嫂说家里最好备个耳温枪，但网上说小月龄宝宝用耳温枪不准，想问医院药房有卖合适的吗，腋下的电子体温计是不是更好？"),
    # 1 very sleepy / floppy with fever
    (I, 1, "en", "en", E, "I'm looking after my grandson tonight, he's 10 months. He's had a temperature since teatime, I gave him Calpol at 6. Now he's so limp, like a rag doll when I pick him up, arms just hang down, and he keeps drifting off even while I'm changing his nappy and talking loud to him. His mum's on a night shift."),
    (I, 1, "en", "en", E, "toddler 18mo fever 39.5 and i cant get her to wake properly, she opens her eyes then goes straight back off, really floppy"),
    (I, 1, "zh", "zh-Hans", E, "孩子一岁，发烧39度多，现在软绵绵的，抱起来像没骨头一样，叫他名字也不睁眼，平时不是这样的。"),
    (I, 1, "zh", "zh-Hant", E, "我姪子八個月，發燒一整天，剛剛保母打來說他一直昏睡，怎麼拍都很難叫醒，手腳軟軟的，我們在趕過去的路上。"),
    (I, 1, "en", "en", N, "My 1 year old had a fever yesterday and slept a lot more than usual, but today she's back to normal, running around, eating, temperature gone. Should she still go to nursery tomorrow or do I keep her home another day?"),
    (I, 1, "zh", "zh-Hant", N, "個女發燒食咗退燒藥之後瞓咗個幾鐘，醒咗之後好精神，又玩又食，想問下隔幾耐先可以再食藥？"),
    # 2 non-blanching rash with fever
    (I, 2, "en", "en", E, "Teacher here, a year 1 pupil has come in feverish and has little purple-red spots on his tummy, I pressed a glass on them like the poster says and they're still there. Mum is on her way but should we call?"),
    (I, 2, "en", "en", E, "sorry for the long msg. our daughter is 2, she's had a high temp since this morning and been grumpy. i was changing her just now and noticed tiny dark red pinprick dots all over her legs and some blotches on her chest, I did the glass thing and you can still see them clearly through it. she's been sleepy too."),
    (I, 2, "zh", "zh-Hans", E, "宝宝11个月，发烧39度，身上起了很多紫红色的小点点，用杯子压上去也不褪色，越来越多。"),
    (I, 2, "zh", "zh-Hant", E, "我個仔兩歲，發緊燒，身上面出咗好多紫色細點，用玻璃杯禁落去都唔退色，佢好冇精神，點算？"),
    (I, 2, "en", "en", N, "My baby has a pink blotchy rash after her fever went away yesterday, it goes white when I press it and she's happy and feeding. Is this roseola?"),
    (I, 2, "zh", "zh-Hans", N, "幼儿园发了一张关于脑膜炎的宣传单，上面说孩子出疹子可以做玻璃杯测试，写得不太清楚，请问这个测试具体怎么做，要按多久，看什么？我家孩子现在很健康，没发烧也没疹子，就是想先学会。"),
    # 3 bulging fontanelle with fever
    (I, 3, "en", "en", E, "My baby is 5 months, she has fever since yesterday and now the soft part on top of her head is puffed up, like tight and raised, even when she is sitting calm. She vomit once. Is very different than before."),
    (I, 3, "en", "en", E, "Nanny for a 4 month old, parents both abroad this week. He's been hot all afternoon, 38.9 on the thermometer, and very unsettled. Just now when I held him upright I noticed the soft spot on his head is bulging right out, it's never looked like that. He's also not interested in his bottle. Emailing the parents too."),
    (I, 3, "zh", "zh-Hans", E, "我儿子6个月，发烧两天了，今天发现他头顶那块软软的地方鼓起来了，摸着硬硬的，还吐了一次。"),
    (I, 3, "zh", "zh-Hant", E, "寶寶四個月大，昨天開始發燒，剛剛餵奶時發現他頭頂的囟門腫起來鼓鼓的，一直哭，臉色也不好看。"),
    (I, 3, "en", "en", N, "At the health visitor check they showed me my baby's soft spot. Is it normal that it pulses a bit? She's well, no fever, just curious."),
    (I, 3, "zh", "zh-Hant", N, "想問下BB頭頂個囟門一般幾多個月先會合埋？我個仔而家九個月，冇病冇痛，下個禮拜打針想順便問醫生。"),
    # 4 febrile fit
    (I, 4, "en", "en", E, "PLEASE my baby is shaking all over and his eyes are rolled up, he's burning hot, it's been going on for like a minute he's not responding"),
    (I, 4, "en", "en", E, "Nursery room leader. A 2 year old who was sent in with a slight temperature this morning has just had a fit on the mat, stiff then jerking for about a minute and a half, lips went a bit blue. It's stopped now and he's very drowsy, temp 39.8. We've put him on his side and called his mum."),
    (I, 4, "zh", "zh-Hans", E, "我是幼儿园老师，班上一个两岁的小朋友早上来的时候就有点发烧，家长说吃过药了。刚才午睡时他突然两眼上翻，全身一抽一抽的，叫他没反应，已经一分多钟了，其他老师在打电话。"),
    (I, 4, "zh", "zh-Hant", E, "阿仔發燒，頭先突然間成個人硬晒，手腳不停咁震，眼仔反晒上去，叫佢都唔應，依家啱啱停，點算？"),
    (I, 4, "en", "en", N, "My son had one febrile seizure when he was 18 months, he's 5 now and hasn't had another. Does he still need to be seen at the children's clinic every year?"),
    (I, 4, "zh", "zh-Hans", N, "医生，听说小孩发高烧会抽筋，会不会烧坏脑子？我女儿现在37.8度，精神很好，在玩积木，就是想了解一下。"),
    # 5 grunting / fast breathing / pauses with fever
    (I, 5, "en", "en", E, "My husband just called from home, he's got our 6 month old and says she's burning up and making a little 'uh, uh' noise every time she breathes out, and her tummy is sucking in under her ribs. He counted about 70 breaths in a minute. He thinks he's overreacting. I'm still at work."),
    (I, 5, "en", "en", E, "my granddaughter is 3 months, hot and now she stops breathing for a few secs then starts again, I've seen it happen 3 times in the last 10 mins"),
    (I, 5, "zh", "zh-Hans", E, "女儿8个月，发烧39度，呼吸特别快，每次呼气都哼哼的，鼻翼一扇一扇，肋骨下面往里凹。"),
    (I, 5, "zh", "zh-Hant", E, "我小孩五個月，發燒到39度，剛剛睡覺時呼吸會突然停好幾秒才又開始，已經好幾次了，我很害怕。"),
    (I, 5, "en", "en", N, "Is it normal for a newborn's breathing to be a bit irregular when asleep? Mine is 3 weeks, no temperature, feeding great, nice and pink. Just first-time mum nerves."),
    (I, 5, "zh", "zh-Hant", N, "BB傷風鼻塞，瞓覺嗰陣有少少鼻鼾聲，但冇發燒，食奶正常，想問下可唔可以用生理鹽水洗鼻？"),
    # 6 pale / mottled / grey / blue with fever
    (I, 6, "en", "en", E, "childminder, toddler with a temp, his skin has gone blotchy purple and white like marble on his legs and tummy and his lips are a funny dusky colour"),
    (I, 6, "en", "en", E, "Sorry my English. My baby girl 7 month, she has fever 39.7 from afternoon. Now I undress her for bath and her skin look strange, like pattern, white and blue patches on arms and legs, and her face is very pale, almost grey. She is quiet, not crying like normal. Please what we do?"),
    (I, 6, "zh", "zh-Hans", E, "孩子10个月，高烧，现在皮肤上一块白一块紫的，像大理石花纹，嘴唇也发青。"),
    (I, 6, "zh", "zh-Hant", E, "我係屋企幫傭，太太叫我send訊息問下。個BB由朝早開始發燒，頭先幫佢換衫，見到佢塊面白到好似紙咁，啲嘴唇有啲灰藍色，手臂同腳嘅皮膚一搭搭花晒，佢都唔點喊，我哋喺屋企，要唔要即刻叫白車？"),
    (I, 6, "en", "en", N, "My baby's hands and feet look a bit blotchy when she comes out of the bath, it goes after a few minutes once she's dressed. No fever, she's fine. Normal?"),
    (I, 6, "zh", "zh-Hans", N, "宝宝皮肤比较白，亲戚总说他脸色不好，其实不发烧吃得也多，下个月体检的时候能顺便查个血常规吗？"),
    # 7 refusing feeds with fever
    (I, 7, "en", "en", E, "My daughter's asked me to message because she's in a state. Her little boy is 4 months and has had a high temperature since yesterday. He's turned down every bottle since 6 this morning, just turns his head away and cries, and he's had one wet nappy all day. He's usually a really hungry baby."),
    (I, 7, "en", "en", E, "baby 5 weeks refusing feeds and has fever 38.2 what to do"),
    (I, 7, "zh", "zh-Hans", E, "宝宝3个月，发烧一天了，今天一口奶都不肯吃，喂了就吐出来扭头哭，尿布一上午都是干的。"),
    (I, 7, "zh", "zh-Hant", E, "我姊姊要上班，外甥這禮拜給我帶。他七個月，昨天開始發燒，今天奶瓶一靠近就哭著推開，從早上到現在幾乎沒喝，尿布也很少濕，哭的時候眼淚也很少，我打給姊姊她在開會沒接。"),
    (I, 7, "en", "en", N, "My 6 month old is teething and takes a bit less milk than usual, but she's still feeding every few hours with plenty of wet nappies and no temperature. She's been chewing everything and drooling loads. Any teething tips, and is it ok to give her a cold teething ring from the fridge?"),
    (I, 7, "zh", "zh-Hant", N, "我個女十個月，呢幾日出牙唔多肯食飯，但係飲奶正常，冇發燒，想問下可唔可以搽牙肉啫喱？"),
    # 8 weak / high-pitched / non-stop cry with fever
    (I, 8, "en", "en", E, "neighbour's baby has been screaming non stop for 3 hours, this shrill piercing cry I've never heard before, and mum says he's roasting hot. she asked me to help her look it up"),
    (I, 8, "en", "en", E, "My baby is 2 months and has been hot to the touch all evening. She's not crying normally, it's a strange thin mewing, like a kitten, with hardly any sound to it, and she can barely get it out. Nothing I do settles her. I'm on my own, my partner is working away in Aberdeen. I've never heard her make that noise."),
    (I, 8, "zh", "zh-Hans", E, "孩子5个月，发烧，一直在哭，声音尖尖的特别刺耳，跟平时完全不一样，哄了两个小时都停不下来。"),
    (I, 8, "zh", "zh-Hant", E, "我個仔發燒，喊聲好弱，好似冇乜力咁，又成日喊唔停，點氹都唔得，同平時唔同，我好驚。"),
    (I, 8, "en", "en", N, "my 3 week old cries a lot in the evenings, usually 6 to 9, no temperature, feeds fine otherwise. Health visitor mentioned colic, what helps?"),
    (I, 8, "zh", "zh-Hans", N, "请问儿科门诊周末开吗？孩子前几天发烧哭闹得厉害，现在已经退烧了，能吃能睡，想带去复查一下。"),
    # 9 icy hands and feet with fever
    (I, 9, "en", "en", E, "my toddler has a high temp on the thermometer but his hands and feet are freezing like ice cubes, and his legs feel cold right up to the knees, even in a warm room"),
    (I, 9, "en", "en", E, "I am au pair for family, the baby is 9 months. The parents are at a wedding. Baby has been burning in the body all evening, 39.4, but his feet and hands are like from the fridge, very very chilly, and I put socks but no change. He is sleepy and not smiling. I don't want to disturb parents if not serious."),
    (I, 9, "zh", "zh-Hans", E, "我是孩子的奶奶，儿子儿媳都在外地上班，孩子跟着我。宝宝今天发烧39.5度，身上滚烫，可是小手小脚冰得像冰块一样，用热毛巾捂了半天都捂不热，人也蔫蔫的，不怎么哭，我一个老人家不知道该怎么办。"),
    (I, 9, "zh", "zh-Hant", E, "孩子發燒快40度，可是手腳摸起來冰冰涼涼，像剛從冰箱拿出來，怎麼搓都不會暖，臉色也很差。"),
    (I, 9, "en", "en", N, "Bit of a silly question from a new dad. My baby always has cold little hands, even when the rest of her is warm and she's completely well. No fever, feeding and happy, lots of smiles. My mother-in-law keeps telling us she's cold. Should I put mittens on her at night or is that a bad idea?"),
    (I, 9, "zh", "zh-Hant", N, "冬天BB隻手隻腳成日凍冰冰，佢冇發燒又食得瞓得，想問下夜晚要唔要著襪瞓覺？"),
]

# ---------------------------------------------------------------------------
# checks and output
# ---------------------------------------------------------------------------
# (simplified, traditional) pairs, written by hand; only characters whose
# other-script form differs and that are never used in the other script.
PAIRS = [
    ("这", "這"), ("说", "說"), ("来", "來"), ("没", "沒"), ("时", "時"), ("医", "醫"),
    ("发", "發"), ("个", "個"), ("吗", "嗎"), ("过", "過"), ("们", "們"), ("对", "對"),
    ("还", "還"), ("头", "頭"), ("脸", "臉"), ("药", "藥"), ("现", "現"), ("么", "麼"),
    ("话", "話"), ("车", "車"), ("电", "電"), ("觉", "覺"), ("烧", "燒"), ("帮", "幫"),
    ("点", "點"), ("应", "應"), ("开", "開"), ("儿", "兒"), ("妈", "媽"), ("样", "樣"),
    ("经", "經"), ("吓", "嚇"), ("伤", "傷"), ("护", "護"), ("让", "讓"), ("门", "門"),
    ("间", "間"), ("问", "問"), ("体", "體"), ("买", "買"), ("边", "邊"), ("气", "氣"),
    ("脑", "腦"), ("楼", "樓"), ("紧", "緊"), ("给", "給"), ("亲", "親"), ("压", "壓"),
    ("湿", "濕"), ("块", "塊"), ("条", "條"), ("诊", "診"), ("刚", "剛"), ("岁", "歲"),
    ("钟", "鐘"), ("从", "從"), ("会", "會"), ("为", "為"), ("线", "線"), ("饭", "飯"),
    ("试", "試"), ("验", "驗"), ("热", "熱"), ("冻", "凍"), ("凉", "涼"), ("晕", "暈"),
    ("声", "聲"), ("惊", "驚"), ("机", "機"), ("场", "場"), ("裤", "褲"), ("术", "術"),
    ("处", "處"), ("实", "實"), ("厅", "廳"), ("嘴", "嘴"), ("喷", "噴"), ("满", "滿"),
    ("软", "軟"), ("鼓", "鼓"), ("态", "態"), ("织", "織"), ("厂", "廠"), ("无", "無"),
]
PAIRS = [(s, t) for s, t in PAIRS if s != t]
SIMP_ONLY = set(s for s, _ in PAIRS)
TRAD_ONLY = set(t for _, t in PAIRS)

CANTONESE = set("佢唔冇咗嘅喺啲嗰")


def is_long(row):
    text = row[5]
    if row[2] == "en":
        return len(text.split()) > 40
    return len(re.sub(r"\s", "", text)) > 60


def build():
    order = {c: i for i, c in enumerate(SIGNS)}
    rows = sorted(ROWS, key=lambda r: (order[r[0]], r[1]))  # stable within a sign
    out, per_cat = [], Counter()
    for cat, idx, lang, script, level, text in rows:
        out.append({
            "id": f"{SET}.{cat}.{per_cat[cat]}",
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
        per_cat[cat] += 1
    return rows, out


def check(rows, out):
    by_sign = defaultdict(list)
    for r in rows:
        by_sign[(r[0], r[1])].append(r)
    assert set(by_sign) == {(c, i) for c in SIGNS for i in range(len(SIGNS[c]))}, "missing signs"
    for key, rs in by_sign.items():
        kinds = Counter((r[2], r[3] if r[4] == E else r[2], r[4]) for r in rs)
        want = Counter({("en", "en", E): 2, ("zh", "zh-Hans", E): 1, ("zh", "zh-Hant", E): 1,
                        ("en", "en", N): 1, ("zh", "zh", N): 1})
        assert len(rs) == 6 and kinds == want, (key, kinds)
        for r in rs:
            assert (r[2] == "en") == (r[3] == "en"), r
            assert r[3] in ("en", "zh-Hans", "zh-Hant"), r
    ids = [o["id"] for o in out]
    texts = [o["text"] for o in out]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]
    for r in rows:
        if r[3] == "zh-Hans":
            bad = TRAD_ONLY & set(r[5])
            assert not bad, (bad, r[5])
        if r[3] == "zh-Hant":
            bad = SIMP_ONLY & set(r[5])
            assert not bad, (bad, r[5])
    share = sum(is_long(r) for r in rows) / len(rows)
    assert 0.28 <= share <= 0.40, share
    return share


def main():
    rows, out = build()
    share = check(rows, out)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "triage.jsonl")
    data = "".join(json.dumps(o, ensure_ascii=False, sort_keys=True) + "\n" for o in out)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    hant_e = [r for r in rows if r[3] == "zh-Hant" and r[4] == E]
    yue = sum(1 for r in hant_e if CANTONESE & set(r[5]))
    print(f"rows={len(out)} long_share={share:.3f} "
          f"zh-Hant emergency cantonese={yue}/{len(hant_e)}")
    print("md5", hashlib.md5(data.encode("utf-8")).hexdigest(), len(out))


if __name__ == "__main__":
    main()
