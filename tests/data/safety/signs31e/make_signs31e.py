#!/usr/bin/env python3
"""signs31e: hand-written emergency-sign messages (seizure, pregnancy, sepsis, head_injury).

Every row below was typed by hand. The script only stores them, checks them and writes triage.jsonl.
Row tuple: (category, sign_index, lang, script, level, text)
"""
import hashlib
import json
import os
import re
from collections import Counter, OrderedDict

SET = "signs31e"

SIGNS = OrderedDict([
    ("seizure", [
        "first ever seizure",
        "seizure lasting more than 5 minutes",
        "seizures one after another without waking in between",
        "not coming round after a seizure",
        "breathing difficulty after a seizure",
        "badly injured during a seizure",
        "seizure in water",
        "seizure in a pregnant woman",
        "confused for more than an hour after a seizure",
        "several seizures within an hour",
    ]),
    ("pregnancy", [
        "heavy bleeding soaking pads or passing clots",
        "bleeding with severe constant tummy pain",
        "baby stopped moving",
        "baby moving less than usual",
        "reduced movements together with pain or bleeding",
        "any bleeding after 24 weeks",
        "bleeding with feeling faint or dizzy",
        "early pregnancy with one-sided pain and shoulder-tip pain",
        "bleeding when the waters break",
        "bleeding after a fall or a blow to the bump",
    ]),
    ("sepsis", [
        "slurred speech or new confusion with an infection",
        "extreme shivering or muscle pain",
        "not passed urine all day",
        "severe breathlessness or very fast breathing with an infection",
        "feeling like they might die",
        "skin mottled, blue, grey or very pale",
        "rash that does not fade when pressed, with fever",
        "child very lethargic or hard to wake with an infection",
        "child abnormally cold to touch with an infection",
        "fever or feeling very unwell during chemotherapy",
    ]),
    ("head_injury", [
        "knocked out and not woken up",
        "difficulty staying awake after a head injury",
        "clear fluid from the nose or ears after a head injury",
        "bleeding from the ear or bruising behind the ear after a head injury",
        "vomiting since a head injury",
        "vision problems after a head injury",
        "numbness or weakness after a head injury",
        "problems speaking, understanding, walking or balance after a head injury",
        "seizure after a head injury",
        "head injury while taking blood thinners",
    ]),
])

E, N = "emergency", "none"

ROWS = [
# ROWS_BEGIN
# ---- seizure
("seizure", 0, "en", "en", E, "hi im at work, our new guy in accounts (about 25) just fell off his chair and went stiff then jerking all over, eyes rolled up, froth at his mouth. it stopped after maybe a minute and he is dazed now. his girlfriend on the phone says nothing like this has ever happened to him in his life. what do we do"),
("seizure", 0, "en", "en", E, "Lady next door, 60 years, she was shaking whole body on floor of kitchen, I see through the window. Her husband say she never have fits before, this is first time for her. Now she is sleepy and not talk good. Please what to do"),
("seizure", 0, "zh", "zh-Hans", E, "我同事刚才在会议室开会开到一半，突然连人带椅子倒在地上，全身抽搐，口吐白沫，大概一分钟停了。他老婆在电话里说他以前从来没有这种情况，现在人还迷迷糊糊的，我们要不要叫救护车？"),
("seizure", 0, "zh", "zh-Hant", E, "我個仔17歲，啱啱喺房入面成個人硬晒再係咁抽，之前從來冇試過，而家好似醒咗但唔認得人，點算？"),
("seizure", 0, "en", "en", N, "Two years ago our son had his first seizure, was fully investigated and is on meds now with no more episodes. Can I get a copy of his EEG report sent to the new GP?"),
("seizure", 0, "zh", "zh-Hans", N, "请问第一次癫痫发作以后，一般多久能约到神经科门诊？我妈妈上个月已经看过急诊了，现在没事。"),

("seizure", 1, "en", "en", E, "Child in my class still jerking on the floor, we started timing at 10:02 and its now 10:09, he has not stopped at all. no rescue med in his bag. school office is calling mum"),
("seizure", 1, "en", "en", E, "HELP husband is having a fit and its not stopping, been going since before I rang my sister, at least 6 or 7 mins now, his lips are going dusky"),
("seizure", 1, "zh", "zh-Hans", E, "我在地铁站看到一个男的倒在地上一直抽，我看了手机时间，已经抽了快八分钟还没停，旁边没人认识他。"),
("seizure", 1, "zh", "zh-Hant", E, "我婆婆在客廳看電視，突然手腳一直抖、眼睛往上吊，從我開始計時到現在已經超過七分鐘了，還是沒停下來，叫她都沒反應，我先生在上班，我一個人不知道怎麼辦。"),
("seizure", 1, "en", "en", N, "At his last epilepsy review the neurologist went through the plan again: if a fit ever goes past five minutes we give the buccal midazolam and ring an ambulance. Trouble is we moved house and the printed care plan is lost in a box somewhere. Can the clinic email a fresh copy? He's fine, no fits since June."),
("seizure", 1, "zh", "zh-Hant", N, "想問吓，如果抽筋超過五分鐘係咪就要打999？我淨係想預先知道，屋企人而家冇事。"),

("seizure", 2, "en", "en", E, "Resident in room 14, she have epilepsy, had a fit at 3pm, then before she wake up properly she start again, and again now third time. In between she is not opening eyes or answer to us. Nurse is on break, the manager is not pick up phone. Is this emergency?"),
("seizure", 2, "en", "en", E, "bf keeps going from one fit straight into another, he never comes back to himself in the gaps, just snores for a bit then starts shaking again"),
("seizure", 2, "zh", "zh-Hans", E, "邻居家的小孩抽完一次还没醒过来，又开始抽了，这已经是连着第二次了，中间一直叫不醒。他妈妈在外地出差，托我帮忙看一下，家里有没有药我也不知道，现在该怎么办？"),
("seizure", 2, "zh", "zh-Hant", E, "老公啱啱抽完一輪，仲未醒就又再抽過，中間完全冇清醒過，我好驚。"),
("seizure", 2, "en", "en", N, "Back in 2019 our daughter had a cluster of fits where she didn't wake up between them and ended up in intensive care for two days. Touch wood she's been seizure-free for three years now on her new tablets. Does her consultant need to sign anything before she goes on a school trip abroad?"),
("seizure", 2, "zh", "zh-Hans", N, "医生说过如果连续发作、中间不醒就要马上叫救护车，这个我记住了。想问一下复诊可以改到下周五吗？"),

("seizure", 3, "en", "en", E, "man at the bus stop had a fit, shaking stopped about 15 min ago but he is still out cold, snoring noise, wont open his eyes when we shout or squeeze his shoulder. ambulance?"),
("seizure", 3, "en", "en", E, "Coworker fit is finish but she not wake up. We call her name, no answer, her eyes closed, is already long time, maybe 20 minute"),
("seizure", 3, "zh", "zh-Hans", E, "我爸抽完已经半个多小时了，还是躺着不醒，怎么拍他都没反应，只是打呼噜。"),
("seizure", 3, "zh", "zh-Hant", E, "我是國小老師，一個學生在操場抽搐完，到現在已經二十分鐘了，還是叫不醒，眼睛閉著，只有打呼的聲音，捏他手臂也沒反應，家長還在路上，要先叫救護車嗎？"),
("seizure", 3, "en", "en", N, "after her seizures my mum usually sleeps for an hour and wakes up fine, which is exactly what happened this morning, she's up now having tea and chatting and grumbling about the telly. just want to log it for her clinic, the nurse asked us to keep a diary. how do i add it on the app?"),
("seizure", 3, "zh", "zh-Hant", N, "我阿妹以前抽筋之後要瞓好耐先醒，但係今朝嗰次好快就醒返，而家傾偈正常。想問覆診可唔可以提早？"),

("seizure", 4, "en", "en", E, "she stopped shaking but now she's making this gurgling noise and her chest is heaving, lips look blue-ish, shes really struggling to get air in"),
("seizure", 4, "en", "en", E, "Student had fit in the class, is stop now, but his breath is very bad, he is gasping and his face go grey. We put him on side already."),
("seizure", 4, "zh", "zh-Hans", E, "老婆刚抽完，现在喘不上气，呼吸很吃力，嘴唇有点发紫，我们该怎么办？"),
("seizure", 4, "zh", "zh-Hant", E, "個伯伯喺街度抽完筋之後，而家好似透唔到氣咁，一路扯氣，嘴唇紫紫哋。"),
("seizure", 4, "en", "en", N, "Is it normal to breathe heavily for a minute or two after a tonic-clonic seizure? I'm putting together an epilepsy first-aid session for the staff at our office and want to get the recovery position and breathing part right. Nobody is unwell, this is just for the slides."),
("seizure", 4, "zh", "zh-Hans", N, "上次我儿子抽完以后呼吸有点急，两三分钟就恢复正常了，医生说不用担心。想问门诊抽血要不要空腹？"),

("seizure", 5, "en", "en", E, "Sorry to bother, I live next door to an older man with epilepsy. I heard a crash, found him at the bottom of his stairs, he had a fit and fell down the whole flight. His leg is bent the wrong way and there is a lot of blood from his head, it is not stopping with the towel. He is awake but moaning."),
("seizure", 5, "en", "en", E, "mate had a fit on the building site and went face first into rebar, deep gash in his cheek, you can see in, blood everywhere"),
("seizure", 5, "zh", "zh-Hans", E, "我哥有癫痫，刚才在家里抽的时候头撞到桌角，额头破了个大口子，血一直流，用毛巾按着也止不住，左手臂也肿起来弯得很奇怪，他现在醒了但一直喊疼，我们是叫救护车还是自己开车送？"),
("seizure", 5, "zh", "zh-Hant", E, "阿嬤剛剛發作的時候從床上摔下來，頭撞到地板流很多血，右手腕腫得很大、變形了。"),
("seizure", 5, "en", "en", N, "He bit his tongue a little during his fit last night, a small nick, no bleeding now and he's eating fine. Is there a mouthwash you recommend?"),
("seizure", 5, "zh", "zh-Hant", N, "我細佬上年抽筋嗰陣跌親，斷咗手，而家已經好返晒。想問醫院有冇癲癇病人嘅家居安全單張？"),

("seizure", 6, "en", "en", E, "boy in the pool started twitching and went under, lifeguard pulled him out, he is coughing up water and very drowsy"),
("seizure", 6, "en", "en", E, "I work at hotel reception, one lady guest was in the bath and her friend found her shaking, face half in the water. We take her out. Now she breathe but very weak and confused, she coughed water. Friend say she has epilepsy. We are waiting but what we do now?"),
("seizure", 6, "zh", "zh-Hans", E, "朋友在游泳池里突然抽搐，整个人沉下去了，刚被拉上来，呛了很多水，叫他反应很慢。"),
("seizure", 6, "zh", "zh-Hant", E, "我個女有癲癇，頭先沖涼嗰陣喺浴缸度抽筋，個頭浸咗落水，我即刻撈咗佢起身，佢咳咗好多水出嚟，而家有呼吸但係好眼瞓，叫佢都係哼吓哼吓，我應該點做？"),
("seizure", 6, "en", "en", N, "Our lad has epilepsy and wants to join the swim team. What precautions does the clinic recommend? He hasn't had a seizure for 18 months."),
("seizure", 6, "zh", "zh-Hans", N, "癫痫病人可以去海边游泳吗？我女儿已经两年没发作了，想暑假去玩，先问问。"),

("seizure", 7, "en", "en", E, "We have a colleague about 7 months pregnant, she was complaining of headache all morning and then she suddenly collapsed in the break room and was jerking all over for like a minute. She doesn't have epilepsy as far as anyone knows. She's breathing but very groggy now. Should we wait for her husband?"),
("seizure", 7, "en", "en", E, "wife is 30 wks along and just had a full body fit on the sofa, arms legs all jerking, now she's dozy and her ankles are massively swollen"),
("seizure", 7, "zh", "zh-Hans", E, "我邻居是孕妇，快生了，刚才在楼道里扶着墙说头很痛，接着就倒在地上全身抽搐，眼睛往上翻，持续了一两分钟，现在喊她也迷迷糊糊的，她老公不在家，我在她旁边守着。"),
("seizure", 7, "zh", "zh-Hant", E, "我太太懷孕八個月，剛剛吃飯時突然全身抽筋，眼睛往上翻，現在呼吸很重叫不太醒。"),
("seizure", 7, "en", "en", N, "I have epilepsy and I'm planning a pregnancy next year. Can I book a pre-conception appointment to review my medication?"),
("seizure", 7, "zh", "zh-Hant", N, "我懷孕嗰陣有時半夜腳抽筋，痛到醒，拉吓筋就冇事，係咪缺鈣？"),

("seizure", 8, "en", "en", E, "Mr. P had a fit at breakfast, 8am. Now is nearly 10 and he still don't know where he is, he trying to go out the fire door, he call me by his wife name. Normally he back to himself in 20 minutes."),
("seizure", 8, "en", "en", E, "sister's fit ended over an hour ago and she's still not with it - keeps asking the same question, doesn't know what year it is, tried to put her shoes on her hands"),
("seizure", 8, "zh", "zh-Hans", E, "我妈抽完已经一个半小时了，还是糊里糊涂的，不认识我，一直问这是哪里。"),
("seizure", 8, "zh", "zh-Hant", E, "阿爺今朝九點幾喺茶樓抽完筋，到而家成兩個鐘，仲係亂講嘢，唔知自己喺邊，叫錯晒啲人個名，又想行出門口，平時佢抽完半個鐘左右就會醒返，今次好唔對路。"),
("seizure", 8, "en", "en", N, "Post-ictal confusion question - my daughter gets about half an hour of fogginess after her seizures, forgets words and gets a bit grumpy, then she's totally back to normal. It's been like that for years. Is this something we should bring up at her annual review in May or is it expected?"),
("seizure", 8, "zh", "zh-Hans", N, "我爸以前发作完会糊涂一阵子，不过十几分钟就好了。这次也是，现在已经正常了，请问能不能在线续药？"),

("seizure", 9, "en", "en", E, "son had a fit at 4.10, woke up and was talking, then another at 4.35, and now a third one just now at 4.55. he doesn't usually have more than one a day"),
("seizure", 9, "en", "en", E, "Please help, the old man on the floor above has epilepsy, he had three or four attack in this one hour, he wake in between but each time shaking come again, his daughter is abroad and ask me to check him. I am not doctor, I don't know the medicine."),
("seizure", 9, "zh", "zh-Hans", E, "孩子今天下午一个小时里抽了三次，每次抽完会醒一下，哭两声，然后又开始抽，以前一天最多发作一次，医生开的药今天早上也按时吃了，现在是不是要马上去医院？"),
("seizure", 9, "zh", "zh-Hant", E, "我男友這一個小時內已經發作三次了，中間有醒來一下，但又一直發，要不要直接去急診？"),
("seizure", 9, "en", "en", N, "Our nurse told us that several seizures within an hour means call 999. Could you confirm if that also applies to absence seizures? She only has the short staring spells and she's fine today."),
("seizure", 9, "zh", "zh-Hant", N, "個醫生話如果一個鐘內發作幾次就要即刻去急症室，我記低咗。今日佢冇發作，想問啲藥可唔可以飯後食？"),
# ---- pregnancy
("pregnancy", 0, "en", "en", E, "calling for my wife she's 14 weeks, she's in the bathroom and won't let me in but she's saying she's gone through three big night pads in about an hour and there are lumps like liver coming out. she's gone white and keeps saying sorry. what do i do, i can't drive, had a drink"),
("pregnancy", 0, "en", "en", E, "Girlfriend pregnant 10wks, blood coming through her jeans onto the car seat, soaked a towel already"),
("pregnancy", 0, "zh", "zh-Hans", E, "打扰一下，我老婆怀孕两个多月，晚上起来上厕所发现出血特别多，一个小时换了两片夜用卫生巾都湿透了，还有好几块像猪肝一样的血块掉出来，她现在脸色很白，我们住在郊区，要怎么办？"),
("pregnancy", 0, "zh", "zh-Hant", E, "我同事有咗三個月，喺公司廁所出血好多，啲血塊成粒粒咁，衛生巾一陣就濕透。"),
("pregnancy", 0, "en", "en", N, "I had a bit of brown spotting at 9 weeks last month, only on the tissue, and the early pregnancy unit scan was fine. Is it okay to go swimming?"),
("pregnancy", 0, "zh", "zh-Hans", N, "请问孕早期如果出血很多、有血块，是去急诊还是妇产科？我只是先了解一下，现在没有出血。"),

("pregnancy", 1, "en", "en", E, "Woman from my team is pregnant maybe 6 month, she has big pain in belly that not go away, she is bend over, can't stand, and blood on her dress. Her belly is very hard."),
("pregnancy", 1, "en", "en", E, "16 weeks pregnant, bleeding and cramping that doesn't come in waves, it's just there all the time and I can't breathe through it. texting from the floor"),
("pregnancy", 1, "zh", "zh-Hans", E, "我嫂子怀孕七个月，肚子一直剧痛不停，硬邦邦的，裤子上都是血，人疼得直冒冷汗。"),
("pregnancy", 1, "zh", "zh-Hant", E, "我姊姊懷孕五個月，從下午開始肚子就痛，不是一陣一陣的，是一直痛沒停過，已經一個多小時了，她痛到彎著腰講不出話，剛剛去廁所又發現有出血，姊夫在國外。"),
("pregnancy", 1, "en", "en", N, "Mild crampy twinges on and off and a streak of pink after the smear test yesterday, 12 weeks. All gone today, no pain at all now and I'm at work feeling normal. The nurse did say a little spotting afterwards can happen. Is that right, and should I mention it to my midwife at the booking appointment?"),
("pregnancy", 1, "zh", "zh-Hant", N, "我以前有咗嗰陣試過出血加肚痛，最後係小產，而家又有咗六星期，冇任何唔舒服。想問幾時可以照超聲波？"),

("pregnancy", 2, "en", "en", E, "My daughter is 36 weeks with her first. She says since lunchtime she hasn't felt him at all, nothing, she's had cold water, lay on her left side, poked her tummy, played music, not one kick. Usually he goes mad in the evening. It's now 9pm. She doesn't want to make a fuss."),
("pregnancy", 2, "en", "en", E, "Wife 34 week pregnant, since morning baby not kick at all, zero, she very worry. We try sweet drink no change."),
("pregnancy", 2, "zh", "zh-Hans", E, "我老婆怀孕三十五周，从早上到现在一点胎动都没有了，平时踢得很厉害。"),
("pregnancy", 2, "zh", "zh-Hant", E, "我有咗三十七個禮拜，由今朝起身到而家都冇感覺到BB郁過，平時佢食完早餐一定會踢，我食咗朱古力、飲咗凍水、側瞓咗好耐都冇反應，老公話等聽日覆診先算，得唔得？"),
("pregnancy", 2, "en", "en", N, "The baby kicks so much at night I can't sleep, 30 weeks. Any tips for getting comfy? lol"),
("pregnancy", 2, "zh", "zh-Hans", N, "请问数胎动的表格在哪里下载？护士上次说过但我忘了。宝宝一直动得挺好的。"),

("pregnancy", 3, "en", "en", E, "partner's 31 weeks, she says bub's been way quieter today than normal, still a few wriggles but nothing like the usual rolls. she's downplaying it"),
("pregnancy", 3, "en", "en", E, "Hello, my sister-in-law is 29 weeks and she tell me today baby move less, only small small movement, before was very active, like many kick each hour. She don't speak English good so I write. She ask if she can wait until tomorrow appointment with midwife?"),
("pregnancy", 3, "zh", "zh-Hans", E, "我怀孕32周，今天上班的时候就觉得宝宝动得比平时少很多，到现在晚上八点也只感觉到一两下，以前这个时间他总是在肚子里翻来翻去，我不知道是不是我太敏感了。"),
("pregnancy", 3, "zh", "zh-Hant", E, "老婆懷孕三十週，她說今天寶寶動得比平常少很多，晚上也幾乎感覺不到翻身。"),
("pregnancy", 3, "en", "en", N, "At 20 weeks I'm not feeling a regular pattern of movements yet, the midwife said that's normal before 24 weeks. When should I start counting kicks?"),
("pregnancy", 3, "zh", "zh-Hant", N, "上次BB郁少咗，我去咗產房做監察，一切正常。而家佢郁得好勁，想問下次產檢幾時？"),

("pregnancy", 4, "en", "en", E, "wife 33 weeks, baby hardly moving since this morning and now she's got tummy pain that won't settle"),
("pregnancy", 4, "en", "en", E, "Lady in my building pregnant 8 month, she say baby not moving much today, and now she see blood in toilet. Husband at work."),
("pregnancy", 4, "zh", "zh-Hans", E, "我闺蜜怀孕八个月，说今天宝宝动得很少，现在还开始见红，肚子也一抽一抽地疼。"),
("pregnancy", 4, "zh", "zh-Hant", E, "老婆有咗三十四週，佢話BB今日郁得好少，朝早到而家淨係郁過一兩下，頭先仲開始肚痛，去廁所見到底褲有少少血，我而家喺公司，佢自己一個喺屋企。"),
("pregnancy", 4, "en", "en", N, "Last pregnancy I had reduced movements with some bleeding at 35 weeks and got induced, baby was absolutely fine and is now a bossy toddler. I'm 12 weeks with number two, all good so far. Will they monitor me more closely this time and who do I ask about that?"),
("pregnancy", 4, "zh", "zh-Hans", N, "孕28周，胎动正常，没有肚子疼也没有出血，只是腰有点酸，这个可以贴膏药吗？"),

("pregnancy", 5, "en", "en", E, "wife is 28 weeks and found fresh red blood on her pants just now, not a lot but definitely blood, no pain"),
("pregnancy", 5, "en", "en", E, "I'm a teacher, one of my colleagues is 30 weeks pregnant and just told me quietly in the staffroom that she's noticed bleeding when she went to the loo, a small amount of bright red. She wants to finish teaching her last lesson at 3 and drive herself to her midwife after. Is that okay or should she be seen now?"),
("pregnancy", 5, "zh", "zh-Hans", E, "我怀孕26周，刚刚上厕所发现纸上有鲜红的血，量不多，也不疼。"),
("pregnancy", 5, "zh", "zh-Hant", E, "媳婦懷孕快七個月了，剛剛說內褲上有一點血，她說不痛所以想明天再去產檢。"),
("pregnancy", 5, "en", "en", N, "Bleeding gums at 26 weeks pregnant, every time I brush. Dentist appointment is next week. Anything I can do meanwhile?"),
("pregnancy", 5, "zh", "zh-Hant", N, "我懷孕廿五週，鼻哥成日流少少血，擤鼻嗰陣先有，唔知係咪正常？"),

("pregnancy", 6, "en", "en", E, "Friend of me is pregnant 11 week, she has blood coming and now she is very white and almost fall down, she say everything spinning."),
("pregnancy", 6, "en", "en", E, "GF 8 wks preg bleeding and just went all grey and wobbly, had to sit her on the bathroom floor before she passed out"),
("pregnancy", 6, "zh", "zh-Hans", E, "老婆怀孕两个月，下面一直出血，刚才站起来眼前一黑差点晕倒，现在头晕得厉害。"),
("pregnancy", 6, "zh", "zh-Hant", E, "我家姐有咗十週，今朝開始出血，頭先喺廚房煮緊飯突然話眼前一黑，差啲暈低，好彩我扶住佢，而家坐喺梳化度話好頭暈，面青口唇白，佢老公仲喺返工。"),
("pregnancy", 6, "en", "en", N, "I get a bit lightheaded if I stand up too fast, 20 weeks now, no bleeding or pain or anything like that. It passes in a few seconds if I hold onto something. My sister says it happened to her too. Is it just the pregnancy hormones and is there anything I can do?"),
("pregnancy", 6, "zh", "zh-Hans", N, "孕早期头晕很常见吗？我没有出血，就是早上起床有点晕，吃点东西就好了。"),

("pregnancy", 7, "en", "en", E, "My partner's period is 3 weeks late and she got a faint positive test on monday. Tonight she's got really sharp pain low down on the right side only, and weirdly she keeps rubbing the bony bit on top of her left arm near her neck, says it aches right there. She's spotting a bit too. Is this just normal?"),
("pregnancy", 7, "en", "en", E, "6 weeks pregnant, stabbing pain on one side of my lower tummy and pain at the end of my shoulder that's worse when I lie down"),
("pregnancy", 7, "zh", "zh-Hans", E, "我怀孕六周左右，左下腹一侧一直剧痛，现在连左肩膀尖都疼，还有一点点出血。"),
("pregnancy", 7, "zh", "zh-Hant", E, "我女朋友驗孕兩條線大概五週，右下腹一邊痛得很厲害，剛剛又說肩膀頂端很痛。"),
("pregnancy", 7, "en", "en", N, "Had an ectopic pregnancy two years ago on the left side, treated with keyhole surgery. Now pregnant again at about 5 weeks and honestly feeling fine, no pain, no bleeding, just tired. The GP said I should get an early scan to check where it is. How do I book that?"),
("pregnancy", 7, "zh", "zh-Hant", N, "我以前宮外孕開過刀，而家想再生，想問要唔要先睇醫生？"),

("pregnancy", 8, "en", "en", E, "her waters just went all over the kitchen floor but it's not clear, it's pinky red and there's blood running down her legs, she's 38 weeks"),
("pregnancy", 8, "en", "en", E, "Wife water broke now, 36 week, but water is red color with much blood, not like video in class."),
("pregnancy", 8, "zh", "zh-Hans", E, "我老婆怀孕三十七周，刚才在超市里羊水突然破了，流出来的水不是清的，是红色的，混着很多血，顺着腿往下流，她说肚子也开始一阵一阵的疼，我们现在应该直接叫救护车吗？"),
("pregnancy", 8, "zh", "zh-Hant", E, "我個女穿咗羊水，但係流出嚟嘅水係紅色，仲有好多血，佢有咗三十八個禮拜。"),
("pregnancy", 8, "en", "en", N, "How will I know if my waters have broken vs just leaking urine? 33 weeks, nothing's happened, just reading up."),
("pregnancy", 8, "zh", "zh-Hans", N, "产前课上说破水时如果带血要马上去医院，想问一下产前课的第二节什么时候开始？"),

("pregnancy", 9, "en", "en", E, "I'm with a pregnant woman at the bus shelter on Mill Road, she slipped on the ice and landed hard on her front, she's maybe 6 or 7 months by the look. She's now saying she's bleeding down there and holding her belly. Her English is limited. Ambulance or take her in a taxi?"),
("pregnancy", 9, "en", "en", E, "sister got elbowed in her belly at a concert (24 wks) and now there's fresh blood when she wipes"),
("pregnancy", 9, "zh", "zh-Hans", E, "我表姐怀孕六个月，刚才在楼梯上摔了一跤，肚子着地，现在下面开始流血了。"),
("pregnancy", 9, "zh", "zh-Hant", E, "太太懷孕七個月，剛剛在客廳陪三歲的兒子玩，兒子衝過來一頭撞到她肚子上，過了十幾分鐘她去廁所發現內褲上有血，肚子也有點緊緊的，她說應該沒事，真的沒事嗎？"),
("pregnancy", 9, "en", "en", N, "I tripped on the stairs at 22 weeks, landed on my bum not my bump, no bleeding, baby kicking normally. Midwife phoned and said I'm fine. Should I note it anywhere for my next appointment?"),
("pregnancy", 9, "zh", "zh-Hant", N, "我上個月有咗二十週嗰陣跌過一次，去咗產房檢查冇事。想問我可唔可以攞返嗰次嘅報告？"),
# ---- sepsis
("sepsis", 0, "en", "en", E, "Resident Mrs K, 88, she has urine infection since two days, on antibiotic. Today she talk very strange, words not clear like drunk, she don't know me, she always know me. Also she is hot. The doctor from GP not coming till tomorrow, I am worried."),
("sepsis", 0, "en", "en", E, "grandad's got a chest infection and this afternoon he's suddenly making no sense, thinks it's 1975 and his words are all mushed together"),
("sepsis", 0, "zh", "zh-Hans", E, "我奶奶肺炎在家吃药，今天突然说话含糊不清，连我是谁都认不出来了，还发着烧。"),
("sepsis", 0, "zh", "zh-Hant", E, "阿媽尿道炎，醫生開咗抗生素食緊，但係今日發緊燒，仲突然講嘢口齒唔清，好似飲醉酒咁，又唔知自己喺邊，問佢今日星期幾都答唔到，以前佢好精神㗎，我而家喺佢屋企。"),
("sepsis", 0, "en", "en", N, "Whenever Dad has a UTI he gets a bit muddled, the doctor says it's common in older people. He's been treated and is back to himself now. How do I order his repeat prescription online?"),
("sepsis", 0, "zh", "zh-Hans", N, "感冒发烧的时候说话有点鼻音，这正常吧？人很清醒，就是嗓子哑。"),

("sepsis", 1, "en", "en", E, "flatmate has a kidney infection and now he's shaking so hard his teeth are chattering and the bed's rattling, under 3 duvets, and says every muscle hurts like he's been hit by a bus"),
("sepsis", 1, "en", "en", E, "Colleague has infection on his foot wound, now he shiver very strong, can't hold cup, he say all body pain too much, he never feel like this."),
("sepsis", 1, "zh", "zh-Hans", E, "老公脚上的伤口感染好几天了，今天晚上突然冷得浑身发抖，盖了三床被子还在打颤，牙齿咯咯响，说全身肌肉疼得受不了，碰一下都疼，他一向很能忍，这次真的吓到我了。"),
("sepsis", 1, "zh", "zh-Hant", E, "我爸膀胱發炎，剛剛整個人抖個不停，牙齒一直打顫，還說全身痠痛到不能動。"),
("sepsis", 1, "en", "en", N, "Got a bit shivery and achy after my flu jab yesterday, took paracetamol and feel much better today. Is that a normal reaction?"),
("sepsis", 1, "zh", "zh-Hant", N, "我做完運動成身肌肉痛，係咪乳酸？要唔要食止痛藥？"),

("sepsis", 2, "en", "en", E, "My dad (79) is in a care home and has had diarrhoea and a temperature since Sunday. The carer just told me on the phone that he hasn't been to the toilet for a wee at all today, his pad is completely dry since this morning and he's barely drinking. Is this something that can wait for the GP?"),
("sepsis", 2, "en", "en", E, "mate's had a nasty chest bug for days, he just realised he hasn't peed since he woke up yesterday... it's 10pm now"),
("sepsis", 2, "zh", "zh-Hans", E, "我爷爷发烧好几天了，从早上到现在一整天都没有小便，尿不湿是干的。"),
("sepsis", 2, "zh", "zh-Hant", E, "阿爸肺炎喺屋企休養，發燒幾日，由今朝到而家成日都冇去過小便，佢話唔想去，我見佢飲水都飲得好少，個人好攰，工人姐姐話佢尿片一日都係乾嘅。"),
("sepsis", 2, "en", "en", N, "I've been drinking loads and peeing constantly since starting my new water tablets, like every 30 minutes. Is that a side effect?"),
("sepsis", 2, "zh", "zh-Hans", N, "小便少是脱水吗？今天天热出了很多汗，尿的颜色有点深，喝了水以后就好了。"),

("sepsis", 3, "en", "en", E, "husband has pneumonia, on antibiotics since tuesday, tonight he's panting like he's run a marathon just sitting on the sofa, can't finish a sentence"),
("sepsis", 3, "en", "en", E, "Mother have flu since 3 days, now she breath very very fast, I count it like 35 in one minute, she can't talk, only nod."),
("sepsis", 3, "zh", "zh-Hans", E, "我妈肺部感染，现在喘得特别厉害，呼吸又快又浅，一句话都说不完整。"),
("sepsis", 3, "zh", "zh-Hant", E, "我室友感冒好幾天，一直說沒事不用看醫生，今天晚上呼吸變得很急很快，我數了一下一分鐘快四十次，坐著都喘不過氣，講話一次只能講兩三個字，嘴唇有點白。"),
("sepsis", 3, "en", "en", N, "My asthma's been a bit wheezy since my cold started last week, my blue inhaler sorts it out within a few minutes and I can talk, walk the dog and sleep fine. My brown inhaler is running low. Should I book an asthma review or just ask for a repeat?"),
("sepsis", 3, "zh", "zh-Hant", N, "我咳咗一個禮拜，行樓梯會有少少喘，休息一陣就冇事，想問普通科門診點預約？"),

("sepsis", 4, "en", "en", E, "my wife's had an infection in her cut hand for a couple of days and tonight she grabbed my arm and said she feels like this is the end, something is badly wrong. she's burning up and not herself"),
("sepsis", 4, "en", "en", E, "Hi, my coworker at the warehouse has fever and cough since weekend, he come to work anyway. Just now he sit on floor, very sweaty, and he tell me he feel he is going to die, this is not normal. He is not the dramatic type, he is quiet man. His face very pale."),
("sepsis", 4, "zh", "zh-Hans", E, "我爸感染发烧好几天，一直不肯去医院，刚才突然拉着我的手说他觉得自己快不行了，让我照顾好妈妈，他平时是个很乐观的人，从来没见过他这样，身上也是又湿又冷。"),
("sepsis", 4, "zh", "zh-Hant", E, "老公發燒兩日，頭先同我講佢覺得自己今次實死，佢平時好硬頸，從來唔會咁講。"),
("sepsis", 4, "en", "en", N, "Honestly this cold is so bad I feel like I'm dying lol, but I'm eating, watching TV and my temperature's 37.8. Just need something for the blocked nose."),
("sepsis", 4, "zh", "zh-Hans", N, "重感冒难受得要死，哈哈，不过能吃能睡，体温37度5，买点什么药好？"),

("sepsis", 5, "en", "en", E, "nan has a water infection and her knees and legs have gone all blotchy purple like marble, lips bluish"),
("sepsis", 5, "en", "en", E, "I am home carer for old man, he have chest infection. Today when I come his skin is grey colour like ash, very cold hands, and on his tummy is strange pattern, purple and white patches. He answer me but very weak. His son not answer phone. What to do, I wait?"),
("sepsis", 5, "zh", "zh-Hans", E, "我外婆尿路感染，今天腿上皮肤一块紫一块白，像大理石花纹一样，嘴唇也发青。"),
("sepsis", 5, "zh", "zh-Hant", E, "阿公感染發燒，今天臉色灰灰的很難看，手腳冰冷，膝蓋那邊皮膚一塊一塊紫紫的。"),
("sepsis", 5, "en", "en", N, "My feet go white then blue in the cold, diagnosed as Raynaud's years ago. Any gloves or socks the clinic recommends?"),
("sepsis", 5, "zh", "zh-Hant", N, "我天生皮膚白，成日俾人話面色差，其實冇病，想問驗血報告點樣上網睇？"),

("sepsis", 6, "en", "en", E, "toddler 39.4 temp and there's little purple spots on her tummy, i did the glass test and they're still there"),
("sepsis", 6, "en", "en", E, "I am teacher in nursery. One girl, 3 years, she was hot and sleepy after lunch, we call mum. Now I see small dark red dots on her legs and arms, when I press them with my finger they not go away. Mum is 40 minutes away. Should I call ambulance myself?"),
("sepsis", 6, "zh", "zh-Hans", E, "孩子三岁，下午开始发烧39度，刚才给他换衣服发现胸口和腿上出了很多针尖一样的小红点，有的发紫，用玻璃杯压上去也不褪色，孩子精神很差，一直想睡。"),
("sepsis", 6, "zh", "zh-Hant", E, "個仔發緊燒，腳度出咗啲紫色細點，我用玻璃杯壓落去都唔退色。"),
("sepsis", 6, "en", "en", N, "Son (4) has a fever and a blotchy red rash that disappears completely when I press a glass on it, he's running about playing. Is it just a viral rash?"),
("sepsis", 6, "zh", "zh-Hans", N, "疫苗打完第二天有点低烧，胳膊上起了一片红疹，一按就退了，孩子玩得很开心。"),

("sepsis", 7, "en", "en", E, "I'm minding my grandson (2) while his parents are away, he's had an ear infection and a temperature since yesterday. This afternoon he's been lying on the sofa like a rag doll, not interested in his tablet or even his biscuits, and when I tried to wake him from his nap he just flopped back down and didn't really open his eyes. Is this normal with a temperature?"),
("sepsis", 7, "en", "en", E, "baby 9 months with a cold and fever, really floppy and i can barely get her to open her eyes, she doesn't even cry when i change her"),
("sepsis", 7, "zh", "zh-Hans", E, "我女儿两岁，发烧两天了，今天一直昏睡，怎么叫都叫不醒，软绵绵的没力气。"),
("sepsis", 7, "zh", "zh-Hant", E, "鄰居的小孩感冒發燒，剛剛去看，整個人軟趴趴的，叫他名字眼睛也睜不開。"),
("sepsis", 7, "en", "en", N, "My 6 year old has a cold and is a bit tired, napping more than usual, but wakes up easily and is asking for pizza. Should she miss school tomorrow?"),
("sepsis", 7, "zh", "zh-Hant", N, "個女感冒之後瞓多咗，但係一叫就醒，醒咗仲同我玩，使唔使睇醫生？"),

("sepsis", 8, "en", "en", E, "4yo has a tummy bug, fever earlier, but now his arms and legs are freezing like ice even under his blanket, he's really quiet"),
("sepsis", 8, "en", "en", E, "The baby I look after have infection in chest, now her hands and feet very very cold, like from fridge, and body also cold, not normal warm baby."),
("sepsis", 8, "zh", "zh-Hans", E, "孩子肠胃炎，刚才摸他手脚冰凉冰凉的，身上也凉，盖了被子还是不暖，精神也不好。"),
("sepsis", 8, "zh", "zh-Hant", E, "我係幼稚園老師，有個細路肺炎咗幾日今日返學，頭先摸落成身凍冰冰，手腳好似雪條咁，點焗都唔暖，面色又白，佢阿媽喺嚟緊嘅路上，我哋使唔使即刻叫救護車？"),
("sepsis", 8, "en", "en", N, "Do I need to worry if my baby's hands feel a bit cool? The health visitor said check her chest or tummy instead, and her chest is nice and warm, she's feeding and smiling and has no cold or anything. Our flat is quite chilly in the evenings. Should she wear mittens?"),
("sepsis", 8, "zh", "zh-Hans", N, "冬天孩子手总是凉的，但后背是暖的，没有生病，这需要多穿吗？"),

("sepsis", 9, "en", "en", E, "Office manager here had her chemo for breast cancer last Thursday. She came in today anyway and she's just gone very hot, 38.6 on the office thermometer, shivery and says she feels awful. She has a card from the oncology ward with a number on it but she doesn't want to bother them. What should we do?"),
("sepsis", 9, "en", "en", E, "dad's on treatment for bowel cancer, had a dose 9 days ago. he's just rung me sounding terrible, says he's got a temperature and can't get off the sofa"),
("sepsis", 9, "zh", "zh-Hans", E, "我妈正在化疗，昨天刚打完第三次，今天下午突然发烧38度5，全身没力气，连下床都难，护士之前给过一张卡说发烧要马上打电话，可是现在是晚上，我该打给谁？"),
("sepsis", 9, "zh", "zh-Hant", E, "我老公在做化療，今天晚上開始發燒，量起來三十八度多，人很虛，一直發抖。"),
("sepsis", 9, "en", "en", N, "When I finish chemo next month, can I get the flu jab at my GP or does it have to be at the hospital? Feeling well."),
("sepsis", 9, "zh", "zh-Hant", N, "化療病人探病有冇時間限制？我想帶啲湯去探阿媽，佢今日精神好好。"),

# ---- head_injury
("head_injury", 0, "en", "en", E, "cyclist hit by a car door on the high st, he's on the ground and hasn't moved or opened his eyes since, about 5 mins, breathing tho"),
("head_injury", 0, "en", "en", E, "Coworker fall from ladder in warehouse and hit head on concrete floor. He is lying there, eyes closed, we shout his name and pinch, he not wake up. It is already few minutes. We don't move him. Please what we do while waiting?"),
("head_injury", 0, "zh", "zh-Hans", E, "工地上一个工人被掉下来的木板砸到头，倒在地上一直没醒，叫他也没有反应。"),
("head_injury", 0, "zh", "zh-Hant", E, "老豆頭先喺浴室跌低，撞到個頭落浴缸邊，到而家成五分鐘都未醒，叫極佢、拍佢塊面都冇反應，但係有呼吸，我唔敢郁佢，屋企得我同佢兩個人。"),
("head_injury", 0, "en", "en", N, "I was knocked out for a few seconds playing rugby in March, got checked at A&E, CT was clear. Can I have a copy of the discharge letter for my club?"),
("head_injury", 0, "zh", "zh-Hans", N, "我儿子上周踢球撞到头，当时没有晕过去，检查也没问题。想问什么时候可以恢复训练？"),

("head_injury", 1, "en", "en", E, "daughter banged her head on the monkey bars an hour ago and now she keeps nodding off on the sofa, i wake her and she drifts straight back off mid sentence"),
("head_injury", 1, "en", "en", E, "Resident fall this morning, hit the head on the wardrobe. Now afternoon she very sleepy, her eyes keep closing when we talk, she don't eat lunch. Before she is active lady."),
("head_injury", 1, "zh", "zh-Hans", E, "我爸下午在院子里修树枝的时候从梯子上摔下来撞了头，当时还能说话，可现在一直犯困，说着说着就睡过去了，叫醒一会儿又睡，晚饭也没吃几口，我妈说让他睡一觉就好。"),
("head_injury", 1, "zh", "zh-Hant", E, "學生上體育課撞到頭，現在坐在保健室一直打瞌睡，眼睛快睜不開，叫他也懶懶的。"),
("head_injury", 1, "en", "en", N, "Is it true you shouldn't let someone sleep after a head bump? My son bumped his head on a door frame 3 days ago, cried for a minute, and he's been totally fine since, eating and playing football. I'm just wondering for the future because my mother-in-law insists you have to keep them awake."),
("head_injury", 1, "zh", "zh-Hant", N, "我上星期撞到頭，醫生睇過話冇事，呢幾日瞓得好、精神正常，想問仲使唔使覆診？"),

("head_injury", 2, "en", "en", E, "My boyfriend fell off his skateboard earlier and hit the back of his head, no helmet obviously. He seemed ok but now there's a thin watery drip coming out of his nose, like water not snot, and he says it tastes salty. He doesn't have a cold. He thinks it's nothing and wants to go to bed."),
("head_injury", 2, "en", "en", E, "son headbutted the goalpost at football, now clear fluid keeps trickling out of his right ear"),
("head_injury", 2, "zh", "zh-Hans", E, "我老公从楼梯上摔下来撞了头，现在鼻子里一直流清水，不是鼻涕，他也没感冒。"),
("head_injury", 2, "zh", "zh-Hant", E, "個女踩單車跌親撞到頭，而家耳仔有啲清水咁嘅嘢流出嚟。"),
("head_injury", 2, "en", "en", N, "I've got a runny nose, clear and watery, and sneezing all day - hay fever season. No injury. What antihistamine is safe with my blood pressure tablets?"),
("head_injury", 2, "zh", "zh-Hans", N, "游泳完耳朵里进水了，有点闷，没有撞到头，用什么方法把水弄出来？"),

("head_injury", 3, "en", "en", E, "uncle fell off the roof yesterday, now a big purple bruise has come up behind his left ear"),
("head_injury", 3, "en", "en", E, "Friend hit by motorbike, he hit head, now blood come out from his ear, he is sitting but look strange."),
("head_injury", 3, "zh", "zh-Hans", E, "我同学打篮球的时候被人撞倒，后脑勺重重着地，当时说没事，我们扶他坐在场边休息，可是刚才发现他左边耳朵里在流血，耳朵后面也开始发青，他现在说头很晕。"),
("head_injury", 3, "zh", "zh-Hant", E, "爺爺前天在浴室跌倒撞到頭，今天發現他耳朵後面整片都瘀青了。"),
("head_injury", 3, "en", "en", N, "Got my ears pierced yesterday at the shopping centre and one lobe is a bit bruised and bled a tiny bit when I took the stud out to clean it. No knocks to the head or anything. Should I put the stud back in straight away or leave it out to heal?"),
("head_injury", 3, "zh", "zh-Hant", N, "我挖耳仔挖到少少血，冇撞親頭，使唔使睇醫生？"),

("head_injury", 4, "en", "en", E, "Hi, I'm a year 3 teacher. At lunchtime a boy collided heads with another child in the playground, he cried but seemed ok. Since then he's been sick twice in the classroom bin, about 20 minutes apart, and he says his head really hurts. His mum is on her way but she's 30 minutes out."),
("head_injury", 4, "en", "en", E, "bf hit his head on the car boot lid and has thrown up 3 times since"),
("head_injury", 4, "zh", "zh-Hans", E, "婆婆早上在菜市场摔了一跤碰到头，从那以后已经吐了三次了，说头很痛，饭也不想吃，我们以为她是吃坏了肚子，后来才想起来她摔过，要不要去急诊？"),
("head_injury", 4, "zh", "zh-Hant", E, "個仔頭先喺公園撞親個頭，返到屋企已經嘔咗兩次。"),
("head_injury", 4, "en", "en", N, "My son gets car sick and threw up on the way to his football match, he didn't hit his head or anything. Any travel sickness tablets for a 9 year old?"),
("head_injury", 4, "zh", "zh-Hans", N, "宝宝两天前从沙发上掉下来，哭了一会儿，一直没有吐，吃奶玩耍都正常。需要带去检查吗？"),

("head_injury", 5, "en", "en", E, "wife slipped on the ice and hit the back of her head, now she says she's seeing two of everything"),
("head_injury", 5, "en", "en", E, "Colleague in office, a shelf fall and hit his head about one hour ago. He said ok, but now he can't read the computer, he say the letters blurry and one side of the screen he can't see. He want to continue work. I think it's not good."),
("head_injury", 5, "zh", "zh-Hans", E, "我哥打架被打到头，现在说眼睛看东西重影，一个看成两个。"),
("head_injury", 5, "zh", "zh-Hant", E, "我媽早上在廚房蹲下拿東西，站起來的時候撞到櫃子的角，當時只是腫一個包，可是到下午她說眼睛看東西模模糊糊的，左邊好像看不到，看電視也有兩個影子。"),
("head_injury", 5, "en", "en", N, "I need new glasses, things have been a bit blurry for reading for the past year. Can I book with the hospital eye clinic or do I go to an optician?"),
("head_injury", 5, "zh", "zh-Hant", N, "上年撞親頭之後有一排睇嘢矇，不過而家已經完全好返。想問驗眼要唔要轉介信？"),

("head_injury", 6, "en", "en", E, "dad fell down the last few steps and banged his head, now his left arm is floppy and he can't grip his mug"),
("head_injury", 6, "en", "en", E, "Neighbour boy fell from his bike on head, now he say he can't feel his leg, it is like sleeping, and he can't stand on it."),
("head_injury", 6, "zh", "zh-Hans", E, "我老婆在阳台晾衣服踩空摔倒，磕到了头，本来以为没什么，过了半个小时发现她右手右脚没力气，连筷子都拿不住了，站起来右腿也是软的，她自己说右边脸也麻。"),
("head_injury", 6, "zh", "zh-Hant", E, "阿嫲頭先跌親撞到個頭，而家話隻手麻痺晒，郁唔到。"),
("head_injury", 6, "en", "en", N, "Woke up with a dead hand from sleeping on it funny, pins and needles for a few minutes and then it came back completely. I didn't hit my head or fall or anything, it's happened before when I fall asleep on the sofa with my arm under me. Just curious why that happens."),
("head_injury", 6, "zh", "zh-Hans", N, "我外公去年摔跤撞到头以后一只手没力气，住院治好了，现在复健做得很好。想问康复科门诊周六开不开？"),

("head_injury", 7, "en", "en", E, "I stopped to help an older lady who tripped on the kerb outside the pharmacy and hit her forehead. She's sitting up now but her words are coming out jumbled, she said the blue is cold when I asked her name, and when she tried to stand she staggered and nearly went over. She doesn't seem to get what I'm asking."),
("head_injury", 7, "en", "en", E, "husband knocked his head on the beam in the loft and now he's walking like he's drunk, bumping into the walls, and he hasn't had a drop"),
("head_injury", 7, "zh", "zh-Hans", E, "我邻居骑电动车摔了撞到头，现在走路歪歪扭扭站不稳，说话也不利索。"),
("head_injury", 7, "zh", "zh-Hant", E, "同事在工廠被掉下來的鐵架撞到頭，剛開始說還好，十分鐘後講話開始怪怪的，問他問題好像聽不懂，答非所問，走路也晃來晃去站不穩，班長叫我來問要不要送醫。"),
("head_injury", 7, "en", "en", N, "Five years ago my brother had a head injury, he had speech therapy and balance physio, he's doing great. Is there a support group for families like ours?"),
("head_injury", 7, "zh", "zh-Hant", N, "我老公頭部受傷出院之後，講嘢同行路已經好返好多，想問物理治療幾時覆診？"),

("head_injury", 8, "en", "en", E, "son fell off the trampoline onto his head and a few mins later he went stiff and started jerking"),
("head_injury", 8, "en", "en", E, "I am nanny. The baby roll off the bed this morning and hit head on wooden floor, she cry and then seem ok. Now after nap suddenly her arms and legs shaking, eyes look one side, she not answer me, about one minute. Parents at work, I call them, no answer."),
("head_injury", 8, "zh", "zh-Hans", E, "我弟弟被人用酒瓶打了头，刚才突然倒地全身抽搐。"),
("head_injury", 8, "zh", "zh-Hant", E, "個仔喺學校撞親頭，返到屋企突然間成個人抽筋。"),
("head_injury", 8, "en", "en", N, "I have epilepsy and I'm worried about falling and hitting my head during a seizure when I'm out on my own. Are soft helmets something the neurology team recommends, and can they be prescribed? I've had no seizures this year, so this is more about peace of mind."),
("head_injury", 8, "zh", "zh-Hans", N, "有癫痫的人打篮球安全吗？我一直控制得很好，就是怕撞到头。"),

("head_injury", 9, "en", "en", E, "mum is on warfarin and she's just fallen and hit her head on the kitchen tiles, small lump, she says she feels fine"),
("head_injury", 9, "en", "en", E, "Resident 91 years fell in the dining room, hit side of head on the table. He is taking apixaban for heart. He is awake and talking, small cut only. Nurse says we watch him, but I read on internet blood thinner is danger. Should we send him to hospital now?"),
("head_injury", 9, "zh", "zh-Hans", E, "我爸在吃华法林，刚才在浴室摔倒头撞到了墙，现在说有点头痛。"),
("head_injury", 9, "zh", "zh-Hant", E, "阿公心臟不好，有在吃抗凝血劑，今天早上去公園運動的時候跌倒，撞到後腦勺，腫了一個包，他說不痛不用看醫生，可是我記得醫生說吃這種藥撞到頭要特別小心。"),
("head_injury", 9, "en", "en", N, "I'm on rivaroxaban and I'm starting a new job on a building site - do I need to tell occupational health? No injuries, just planning."),
("head_injury", 9, "zh", "zh-Hant", N, "我食緊薄血丸，今日刷牙流咗少少血，一陣就停咗，冇撞親邊度。使唔使驚？"),
# ROWS_END
]

# ---------------------------------------------------------------- checks
SIMPLIFIED_ONLY = set("这说来没时医发个吗过们对还头脸么动边车话为会样见给现办开门问间气应该经让妈爷岁钟钱东厅进饭梦买卖乱压药紧脚轻觉惊晕检后里")
TRADITIONAL_ONLY = set("這說來沒時醫發個嗎過們對還頭臉麼動邊車話為會樣見給現辦開門問間氣應該經讓媽爺歲嚇鐘錢東廳進飯夢買賣亂壓藥緊腳輕覺驚暈檢後裡髮")
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def is_long(row):
    cat, idx, lang, script, level, text = row
    if lang == "en":
        return len(text.split()) > 40
    return len(CJK.findall(text)) > 60


def check(rows):
    per_sign = Counter()
    kinds = {}
    for cat, idx, lang, script, level, text in rows:
        assert cat in SIGNS and 0 <= idx < len(SIGNS[cat]), (cat, idx)
        assert (lang, script) in {("en", "en"), ("zh", "zh-Hans"), ("zh", "zh-Hant")}, text
        assert level in (E, N), text
        assert text == text.strip() and text, text
        kinds.setdefault((cat, idx), Counter())[(lang, script if level == E else "", level)] += 1
        if script == "zh-Hans":
            bad = set(text) & TRADITIONAL_ONLY
            assert not bad, ("Traditional char in zh-Hans", bad, text)
        if script == "zh-Hant":
            bad = set(text) & SIMPLIFIED_ONLY
            assert not bad, ("Simplified char in zh-Hant", bad, text)
        per_sign[(cat, idx)] += 1
    want = Counter({("en", "", E): 2, ("zh", "zh-Hans", E): 1, ("zh", "zh-Hant", E): 1,
                    ("en", "", N): 1})
    for cat, signs in SIGNS.items():
        for i in range(len(signs)):
            assert per_sign[(cat, i)] == 6, (cat, i, per_sign[(cat, i)])
            k = Counter({(l, s if l == "zh" else "", v): c for (l, s, v), c in kinds[(cat, i)].items()})
            zh_none = sum(c for (l, s, v), c in k.items() if l == "zh" and v == N)
            rest = Counter({key: c for key, c in k.items() if not (key[0] == "zh" and key[2] == N)})
            assert rest == want and zh_none == 1, (cat, i, k)
    texts = [r[5] for r in rows]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    assert not dup, dup
    # category / sign order
    order = [(list(SIGNS).index(r[0]), r[1]) for r in rows]
    assert order == sorted(order), "rows not in category/sign order"
    share = sum(is_long(r) for r in rows) / len(rows)
    assert 0.28 <= share <= 0.40, share
    return share


def build(rows):
    out, n = [], Counter()
    for cat, idx, lang, script, level, text in rows:
        row = {
            "id": "%s.%s.%d" % (SET, cat, n[cat]),
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
        }
        n[cat] += 1
        out.append(row)
    ids = [r["id"] for r in out]
    assert len(ids) == len(set(ids))
    return out


def main():
    share = check(ROWS)
    out = build(ROWS)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "triage.jsonl")
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in out)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    md5 = hashlib.md5(data.encode("utf-8")).hexdigest()
    print("rows", len(out))
    print("long_share %.3f (%d long)" % (share, sum(is_long(r) for r in ROWS)))
    print("md5", md5)


if __name__ == "__main__":
    main()
