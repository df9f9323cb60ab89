#!/usr/bin/env python3
"""Generator for the s30b sign checklist triage set (brief SG30B).

Every message below was typed by hand by the writer. Nothing is generated,
paraphrased or filled in by a model or by code; the code only attaches labels,
ids and splits and writes the rows.

Per sign the tuple is:
  (sign, en_tune, en_held, zh_hans, zh_hant, none_en, none_zh)
Split / script rules (from the brief):
  en_tune -> tune, en_held -> held
  even sign_index: zh_hans -> tune, zh_hant -> held
  odd sign_index:  zh_hant -> tune, zh_hans -> held
  none_zh script alternates: zh-Hans for even sign_index, zh-Hant for odd
  none_en split = tune when (category_index + sign_index) is even, else held;
  none_zh takes the other split.
Standard library only; deterministic; no shuffling (so the seed below is unused
for ordering, kept only because the brief names it).
"""
import hashlib
import json
import os
import random

RNG = random.Random(302)  # named by the brief; rows are not shuffled

DATA = {}

# ------------------------------------------------------------ seizure
DATA["seizure"] = [
    ("first ever seizure",
     "my flatmate just collapsed on the kitchen floor and started shaking all over, hes never had anything like this before, no epilepsy nothing. its stopped now but what do i do",
     "Bit of a strange one. We were all at Sunday lunch for my mum's birthday, Grandad (79) was carving, then he put the knife down, went rigid and his arms started jerking for about a minute. First time ever this has happened to him. He's sat up now but very muddled.",
     "我老公刚才看电视看着看着突然翻白眼、全身一抽一抽的，抽了一分多钟，他以前从来没这样过，也没有癫痫病史，现在醒了但迷迷糊糊的",
     "阿媽啱啱喺茶樓成個人硬晒，跟住手腳一路震，佢從來未試過㗎，依家停咗但係叫佢都唔係好應",
     "my daughter had one seizure when she was 3 with a high temperature, shes 9 now and totally fine. is there a leaflet on what to do if it ever happens again?",
     "请问第一次癫痫发作以后要挂哪个科？我弟弟上个月在学校发作过一次，当时叫了救护车，在医院做了CT和抽血都说没什么大问题，让我们出院后去神经内科复诊，现在想约个号"),
    ("seizure lasting more than 5 minutes",
     "sorry for typing fast. my son has epilepsy, we've had it since he was 6 and normally I just keep him safe and wait. but he's fitting right now and its been going for 6 minutes, I timed it on my phone, he usually stops after 1 or 2",
     "Im at the bus stop and theres a lady on the ground who has been jerking nonstop since before my bus was due, that's like ten minutes ago now. people are just standing round filming",
     "邻居家的小伙子倒在楼道里浑身一直抖，手脚乱蹬，我下楼的时候就开始了，到现在少说十来分钟了还没停下来",
     "我妹妹有癲癇，平常發作一兩分鐘就會自己停，我們家都知道怎麼處理，不會慌。可是今天她在房間裡發作，我一直看錶，已經快七分鐘了都還沒結束",
     "how long is too long for a seizure? my partner has epilepsy and i want to know when to ring an ambulance vs just wait it out",
     "醫生開給我們的急救藥說抽超過五分鐘就要用，想問這個藥要怎麼保存？放冰箱可以嗎"),
    ("seizures one after another without waking in between",
     "dad had a fit, then before he even woke up properly he started another one. hes not coming round between them",
     "I'm a carer at a residential home. One of our ladies seized at 2.10pm, she never regained herself afterwards, and now she has started jerking again. Back to back like this, do I ring 999 or the on-call GP? Her care plan only says to time them.",
     "我女儿刚抽完一次，人还没醒，紧接着又开始抽了，这已经是第二回了",
     "我老公發作完一次，眼都冇擘開過，又再嚟多一次，一次接一次咁，點算",
     "my son's epilepsy nurse said to call if he has clusters of seizures. what counts as a cluster exactly? he's been seizure free since march",
     "我妈以前有过一次连着抽两回的情况，那是三年前了，当时住院调了药，现在吃药控制得很好，一直没再犯。想问一下下个月复查脑电图要不要空腹，头天晚上能不能洗头"),
    ("not coming round after a seizure",
     "My brother had a seizure about half an hour ago, the shaking has stopped but he still won't open his eyes or answer me, just breathing heavy",
     "teenager at our youth club fitted, that ended 25 min ago but she's still out of it, cant tell us her name, eyes rolling about, not with it at all",
     "同事癫痫发作过后已经四十分钟了，还是没回过神来，问他什么都不答，眼神发直",
     "阿爺有癲癇好多年，平時發完羊吊瞓陣就醒，食返藥就冇事。但係今日佢發羊吊停咗成個鐘，到而家都仲係叫極唔醒，淨係識得瞓，我哋好驚",
     "after my seizures i usually feel sleepy and a bit foggy for a couple hours then im fine, my mum stays with me. had one this morning, all back to normal by lunch. is that normal or should i mention it at my neuro appointment next week?",
     "我先生癲癇發作後都會睡一兩個小時，醒來就正常了，今天也是這樣，現在已經在吃飯了。想問下次回診要帶什麼資料"),
    ("breathing difficulty after a seizure",
     "she stopped fitting but now shes making this gurgling noise and her lips look blue, barely breathing",
     "My partner has had epilepsy for years. He had one of his usual seizures tonight on the living room floor, we know the drill, cushion under the head, time it, recovery position. But this time afterwards he's really struggling to get air in, gasping, and his colour is grey",
     "我儿子有癫痫，今天下午在家又发作了一次，大概两分钟就停了，跟平时差不多。可是抽完之后一直喘不上气，嘴唇发紫，嗓子里呼噜呼噜的",
     "阿嫲發作完之後一直好辛苦咁索氣，個胸口一起一伏好大下，唔係好透到氣",
     "during a seizure is it normal for breathing to look a bit odd? i want to know for the first aid course i'm on at work",
     "上周我老婆发作以后呼吸有点急，几分钟就好了，医生看过说没事。想问复诊能不能改到周六"),
    ("badly injured during a seizure",
     "we were leaving the pub, nothing wild, two pints each. my mate had a seizure on the stairs and fell down the whole flight, theres a big gash on his head bleeding a lot and hes holding his arm funny and wont let me touch it",
     "Son fitted at the poolside and smashed his face on the tiles. Teeth broken, mouth pouring blood. Shaking is over.",
     "我妹发作的时候从床上摔下来，脑袋磕到暖气片上了，头上鼓了个大包，胳膊也抬不起来",
     "我爸剛剛癲癇發作整個人往前倒，額頭撞到桌角，裂開一個大口子一直流血",
     "how do I make my bedroom safer? I get seizures a few times a year and want to avoid hurting myself. any leaflet?",
     "我兒子上個月發作的時候咬到舌頭，流了一點血，醫生看過說不用縫，現在已經好了。想問有沒有什麼護具或是床邊的防撞墊，可以避免下次受傷"),
    ("seizure in water",
     "my daughter just had a fit in the bath, i pulled her out, she swallowed water and shes coughing and drowsy",
     "im a swim teacher. at the lesson tonight one of the kids started jerking in the deep end and went under, lifeguard got him out within seconds, he's conscious but spluttering and very sleepy. parents not here yet, what do i do?",
     "我爸泡澡的时候突然抽起来了，脸都埋进水里了，我把他拖出来，他现在一直咳，人迷迷瞪瞪的",
     "我朋友喺泳池游緊水，游到一半突然發羊吊，成個人沉咗落去，救生員即刻跳落去撈咗佢上嚟，依家醒咗但係咳到好犀利，講嘢都唔係好清楚",
     "is it safe for someone with epilepsy to go swimming? my son wants to join the school swim team, his seizures have been controlled for 2 years",
     "我有癫痫，平时洗澡是不是应该淋浴不要泡澡？想问问有没有相关的宣传册"),
    ("seizure in a pregnant woman",
     "Im 32 weeks pregnant and my husband says I just had a fit in my sleep, I bit my tongue and feel awful, I've never had epilepsy",
     "my sister is expecting, about seven months along, and she just went stiff and shook on the sofa for a minute or so. shes awake now with a thumping headache",
     "我怀孕六个多月，之前从来没有过这种情况。刚才在公司开会，突然晕过去手脚乱抖，同事说抖了一分钟左右，我现在醒了，头晕得厉害，看东西有点花",
     "我老婆懷孕八個月，剛剛在客廳突然全身抽搐，現在醒了但頭很痛，看東西模糊",
     "I have epilepsy and just found out im pregnant!! so happy but also nervous. my seizures are well controlled on lamotrigine, last one was 3 years ago. who should i talk to about my meds, can i book with the epilepsy nurse or do I go through the midwife first?",
     "請問懷孕期間如果有癲癇病史，產檢需要特別注意什麼？我已經五年沒發作了"),
    ("confused for more than an hour after a seizure",
     "My uncle had a seizure at about 3pm and now it's gone 5 and he still doesn't know where he is, keeps trying to leave the house, calls me by my late aunt's name. Normally he's back to himself in twenty minutes.",
     "its been 90 mins since my bf's fit and hes still talking nonsense and doesnt recognise our flat",
     "我爷爷一个多小时前发作过一次，到现在还是糊里糊涂的，不认得我，一直问现在是哪一年",
     "我媽兩點幾發病，而家四點幾佢仲係亂晒龍，唔知自己喺邊，講嘢牛頭唔搭馬嘴",
     "my daughter gets a bit confused for 10 minutes after her absence seizures then she's back to normal. should I write this down for her neurologist?",
     "医生说癫痫发作后如果糊涂超过一小时要打120，我想确认一下这个是从发作开始算还是结束开始算？目前我儿子情况稳定，就是问问，想写进他的护理计划里"),
    ("several seizures within an hour",
     "3rd seizure in the last hour. she comes round in between but they keep coming. what do i do",
     "My husband has epilepsy. Normally it's one fit and done and he sleeps it off. Today he had one at 9, came to and chatted, had another at 9.25, and he's just started again now at 9.50. That's not like him at all.",
     "我表哥从早上到现在不到一小时抽了好几回了，每次抽完能说两句话，过一会儿又开始",
     "我兒子有癲癇，已經好幾年沒有這樣了。今天早上一個鐘頭內已經發作三次了，每次中間有醒過來一下，會叫媽媽，但是過沒多久又一直再來",
     "what should i do if my son ever has lots of seizures close together? we're writing his care plan for school",
     "我之前一天發作好幾次是因為忘記吃藥，現在都有按時吃，已經半年沒事，想預約回診開藥"),
]

# ------------------------------------------------------------ pregnancy
DATA["pregnancy"] = [
    ("heavy bleeding soaking pads or passing clots",
     "26 weeks pregnant and bleeding loads, soaked through two pads in under an hour and theres clots",
     "My wife is about 20 weeks gone, everything's been fine, scans all normal. She just went to the loo and there's bright red blood everywhere, running down her legs, the toilet bowl is full of it. She's shaking. I don't know whether to drive her in or call.",
     "怀孕五个月，突然下面出好多血，卫生巾半个小时就湿透了，还有血块",
     "我太太懷孕廿幾週，之前做檢查一切正常。頭先佢去廁所，出嚟成塊面都白晒，我入去睇，成個馬桶都係紅色，仲有一嚿嚿嘅嘢跌出嚟，點算好",
     "had a bit of pink spotting after sex at 14 weeks last week, midwife checked and said it was my cervix, nothing since. can I still do the 20 week scan on thursday?",
     "请问孕期出血多少算多？我现在没有出血，只是想提前了解一下"),
    ("bleeding with severe constant tummy pain",
     "I'm 34 weeks. Got a terrible pain in my stomach that doesn't ease at all, it isn't coming and going like contractions, bump is rock hard, and now a bit of blood. Husband's at work an hour away. What do I do?",
     "girlfriend 30wks, crying in agony with her belly nonstop and theres some bleeding",
     "我嫂子怀孕七个多月，说肚子疼得受不了，一阵都没缓过，下面还在见红",
     "懷孕32週，下腹一直劇痛不會停，摸起來硬硬的，剛剛發現內褲有血",
     "what's the difference between braxton hicks and real pain that needs checking? at 28 wks i get tightenings sometimes but no bleeding and they stop when i rest",
     "我懷孕二十週，這陣子偶爾肚子會有點抽抽的，大概幾秒鐘，休息一下就好，沒有流血，寶寶也有在動，想問下次產檢要不要特別跟醫生講"),
    ("baby stopped moving",
     "36 wks and I haven't felt the baby move at all since last night. tried cold water, lying on my left, nothing",
     "My daughter-in-law is near her due date. She says the little one has been completely still all day, not a single kick, which isn't like him, he's usually a footballer in there. She's tried a sugary drink and lying down. Nothing.",
     "怀孕35周，平时宝宝晚上动得特别欢。从昨天晚上到现在一次胎动都没有感觉到，喝了冰水、吃了巧克力、往左侧躺都没用，我老公还在外地",
     "我老婆話BB由朝早到而家都冇郁過，平時好活潑嘅，佢而家三十七週",
     "at what week should I start feeling the baby move? I'm 17 weeks, first pregnancy, havent felt anything yet",
     "听说要数胎动，请问一天数几次合适？我现在30周，宝宝动得挺好的"),
    ("baby moving less than usual",
     "baby's kicks have been way less today than normal, maybe 3 or 4 little flutters all day, usually hes going mad by now after my tea. 31 weeks. is it ok to wait until my appointment tomorrow morning or do i ring someone",
     "Im 29 weeks and the movements feel weaker and fewer since this morning, the pattern has definately changed",
     "宝宝今天好像不太爱动了，跟平时比安静了好多，我32周，有点担心",
     "我懷孕三十週，今天寶寶踢的次數比平常少很多，力道也很弱，要等明天產檢嗎",
     "at my 28 week appt the midwife gave me a leaflet about baby movements. is there a version in polish for my mum?",
     "昨天晚上覺得寶寶動得比較少，有點擔心就去產房做了監測，醫生說心跳和胎動都正常，今天也動得很好。想問之後還要每天固定時間數胎動嗎"),
    ("reduced movements together with pain or bleeding",
     "the baby's hardly moved today and now I've got period-type pain and a little bleeding. 33 weeks",
     "My wife (38 weeks) says she can't feel the baby properly since lunch. We thought he was just sleeping. She's just found blood on the tissue when she went to the loo, plus her tummy is aching low down and won't settle",
     "宝宝今天几乎没怎么动，肚子还一阵阵疼，刚才上厕所发现有点见红，33周",
     "我老婆三十六週，今日一直話BB好似靜咗好多，我叫佢食啲嘢飲啲凍水試吓，點知跟住又話個肚好痛，啱啱去廁所仲見到啲血，佢而家坐喺度唔敢郁",
     "If the baby moves less and I also get bleeding, do I go to the maternity unit or A&E? just planning ahead, all fine right now",
     "宝宝胎动正常，也没出血没肚子疼，就是想问问孕晚期产检是一周一次吗"),
    ("any bleeding after 24 weeks",
     "28 weeks along and i just noticed fresh red blood on my knickers, not loads but definitely blood. no pain",
     "Sorry if this is silly and I'm wasting your time. I am 30 weeks with my second and with my first nothing like this happened. When I wiped just now the tissue was soaked pink-scarlet, more than a smear. Nothing hurts and baby is kicking.",
     "我怀二胎，现在31周，上厕所擦的时候纸上红红的一片，肚子倒是不疼",
     "我懷孕二十九週，第一胎，今天上班都好好的，也沒有提重物。剛剛回家換衣服才發現內褲上有鮮紅色的血，不會痛，但量不算很少，要馬上去醫院嗎？",
     "at 12 weeks I had some spotting, scan was normal and it stopped. Now 26 weeks, no bleeding since. Do I need to mention it at my next check?",
     "孕晚期如果出血應該打給產房還是直接去急診？先問一下，目前都沒事"),
    ("bleeding with feeling faint or dizzy",
     "pregnant about 8 weeks, been bleeding since this morning and now I feel faint and my heart's racing, had to sit on the bathroom floor",
     "my wife is early pregnant, she's losing blood and just went really pale and nearly passed out in the kitchen, says everything's going grey",
     "怀孕两个月，今天早上起来就发现在出血，一开始以为是一点点，后来越来越多。刚才站起来眼前一黑差点晕倒，心跳得好快，扶着墙才站稳",
     "我女朋友有咗一個幾月，今日流緊血，啱啱喺浴室頭暈暈差啲暈低，面青青",
     "I get a bit dizzy when I stand up quickly, I'm 10 weeks, no bleeding or pain or anything, and eating little and often like the midwife said. Is this just normal pregnancy stuff? Anything in the leaflet about it? Thanks",
     "上次孕早期有点出血，当时也有点头晕，去医院看了说没事，现在都好了，想问一下建档要带什么"),
    ("early pregnancy with one-sided pain and shoulder-tip pain",
     "positive test a week ago, now really sharp pain low down on my right side, spotting brown, and weirdly my shoulder tip hurts",
     "My partner is about 6 weeks pregnant (we think). She's got stabbing twinges on the left of her lower belly, some bleeding, and she says the bony bit at the top of her arm aches when she lies down. We haven't had a scan yet.",
     "我老婆刚查出怀孕，六周左右，左边小肚子疼得厉害，下面有点出血，还说肩头上面也酸痛",
     "驗孕兩條線一個禮拜，今天右下腹一直刺痛，有一點咖啡色分泌物，連肩膀頂端都在痛",
     "how do they check for ectopic pregnancy? i had one 2 years ago and now I'm pregnant again, no pain or bleeding, just want an early scan booked",
     "我兩年前子宮外孕開過刀，拿掉一邊輸卵管，這次又懷孕了，很緊張。目前沒有痛也沒有流血，想問要怎麼預約早期超音波確認位置，謝謝"),
    ("bleeding when the waters break",
     "first baby. my waters just went at 37 weeks standing in the kitchen, i was expecting it to be clear like they said at antenatal class but its not, its pink-red and still coming down my legs in little gushes, what do we do",
     "The fluid gushed out of her ten mins ago at 35 wks. What's on the floor is streaky and bloody-looking.",
     "羊水破了，流出来的水是红色的，带血，现在37周",
     "我老婆三十八週，啱啱喺屋企穿咗水，我以為啲水係清嘅，但係啲水紅紅哋，好似有血咁，仲一路流緊，我哋而家應該點做，係咪要即刻去醫院",
     "how do i know if my waters have gone vs just wet myself? 34 weeks, no leaking so far, just want to be prepared",
     "羊水破了一般是什么颜色的？我还没破，就是想提前知道一下，孕36周"),
    ("bleeding after a fall or a blow to the bump",
     "slipped on ice and landed on my bump, 27 weeks, now bleeding a bit and tummy feels tight",
     "we were in a car crash, not a bad one, but the seatbelt went across my belly hard. I'm 32 weeks and there's blood now",
     "我媳妇怀孕七个月，今天下午骑电动车去菜市场，在路口被一辆三轮车撞了，肚子磕到车把上，她说当时没觉得怎么样，现在下身见红了，怎么办",
     "我懷孕三十週，剛剛在樓梯跌倒，肚子先著地，現在有流血",
     "I tripped over the dog at 24 weeks but caught myself on the sofa arm, didn't hit my tummy or land on anything, no bleeding, no pains, baby moving loads this evening. Do I need to tell anyone or mention it at my next appointment?",
     "孕婦坐車的時候安全帶要怎麼繫比較安全？有沒有衛教單張可以參考"),
]

# ------------------------------------------------------------ sepsis
DATA["sepsis"] = [
    ("slurred speech or new confusion with an infection",
     "mum's had a chest infection all week and tonight she's talking rubbish, doesnt know what day it is, words all slurred. she was sharp as a tack yesterday",
     "My neighbour Bill, he's 88 and lives alone, is on antibiotics for a water infection. I popped in with his paper and he's mixed up, thinks it's 1985, and he's mumbling so I can hardly understand him. Normally he does the crossword.",
     "我妈肺炎吃药好几天了，今天突然说话大舌头，人也犯迷糊了，不认人",
     "我阿公尿道炎發燒幾日，醫生開咗抗生素，本來以為冇乜事。今日我去探佢，佢講嘢口齒唔清，又亂講嘢，唔知自己喺邊，同平時好唔同，我好擔心",
     "what are the early signs of sepsis? want to know for my elderly dad who gets lots of UTIs, he's fine right now",
     "我爸上次尿路感染的时候有点糊涂，吃了抗生素就好了，现在复查尿常规需要预约吗"),
    ("extreme shivering or muscle pain",
     "I have a kidney infection and I can't stop shaking, teeth chattering, worst pain in all my muscles ive ever had. under 3 duvets",
     "Husband had a tooth abscess, now he's got rigors, whole body juddering uncontrollably and he says his legs and back are agony",
     "我发烧三天了，腿上的伤口感染流脓，本来在吃消炎药。现在打寒战打得床都在晃，盖了两床被子都不行，浑身骨头肉都疼得受不了，要去医院吗",
     "我老公膽囊發炎在吃藥，現在冷到全身發抖停不下來，牙齒一直打顫，說肌肉痛得要命",
     "got the flu, proper achy and shivery on and off but drinking fine, peeing normal, and I feel a lot better after paracetamol and a sleep. been 2 days. anything else i should do or just ride it out? work want a note",
     "打完流感疫苗手臂有點痠，晚上有點發冷，今天就好了，這樣正常嗎"),
    ("not passed urine all day",
     "been vomiting with a bad tummy bug and infection since yesterday and just realised I havent weed at all today, nothing since last night",
     "Dad (84) has a leg ulcer that's gone red and angry and smells, the district nurse is due Thursday. Carer rang me to say his pad's been bone dry for about 18 hours and he's not drinking much. What should we do?",
     "我爷爷肺部感染住了一礼拜院，前天出院回家还在吃药，今天又发起烧来了，我们刚发现他从昨天晚上到现在一次小便都没有，该怎么办才好",
     "阿媽腳嗰個傷口發炎發燒，成日冇去過廁所，一滴尿都冇",
     "how much should i be peeing when I have a UTI? i'm going loads, it stings, no fever. GP gave me antibiotics",
     "医生说感染的时候要注意尿量，一天大概尿几次算正常？我现在每天都尿五六次"),
    ("severe breathlessness or very fast breathing with an infection",
     "my wife's had a fever for two days, we thought it was just a bad cold going round. now shes panting like she's run a marathon, just sitting on the bed, can't finish a sentence without stopping for air and she's scared",
     "i have pneumonia, on tablets. i am so out of breath i cant walk to the toilet. breathing really quick.",
     "婆婆感冒发烧，今天上气不接下气的，坐着不动都呼哧呼哧的，一口气接不上来",
     "我爸發燒加咳嗽，現在喘到講不完一句話，呼吸好快",
     "had a chest infection last month, coughing's nearly gone now, can walk the dog fine. Do I need a follow up xray?",
     "請問肺炎疫苗要在哪裡打？我七十歲，有高血壓，目前身體沒有不舒服，醫生說可以打，想知道衛生所要不要先預約，還有要帶健保卡嗎，謝謝"),
    ("feeling like they might die",
     "i dont know how to explain it, ive had this infection in my finger and now I feel like I'm dying, seriously, something is very very wrong",
     "Mum keeps saying 'I'm not going to make it through the night'. She's had flu symptoms and a temperature for 3 days and she's barely eating. She's never dramatic, she walked home with a broken wrist once. I'm scared. Should I ring someone?",
     "我上周做了阑尾手术，出院以后伤口一直红肿，今天发烧了。现在感觉自己快不行了，从来没这么难受过，说不上来哪里疼，就是觉得要出事",
     "我爸發燒三日，頭先同我講覺得自己今晚捱唔過，佢平時好硬淨，從來唔會咁講",
     "my nan used to say 'i feel like death' every time she had a cold lol. anyway she's got a cough, no fever, eating ok. should she still get her flu jab?",
     "看了科普说败血症的人会有一种要死了的感觉，这个是真的吗？我就是好奇问问"),
    ("skin mottled, blue, grey or very pale",
     "my dad has an infected foot and his skin has gone blotchy purple on his knees and legs, lips a bit blue",
     "my girlfriend has been ill with a fever, i just noticed she's grey. like properly ashen, and her mouth looks a funny colour",
     "我老公发烧两天，以为是普通感冒就在家吃药。刚才我给他倒水，一看脸色灰白灰白的，嘴唇也发青，叫他他还能答应，但声音很小，现在怎么办",
     "我媽蜂窩性組織炎發燒，現在腿上皮膚一塊一塊紫紫的，像大理石花紋",
     "my hands go a bit blotchy and purple when i'm cold, always have done since i was a teenager, they go white then red when they warm up. no infection or anything. is it raynauds? want to ask at my gp appt next week",
     "我小孩洗完澡皮膚有點花花的，穿上衣服暖了就好了，精神很好，這是正常的嗎"),
    ("rash that does not fade when pressed, with fever",
     "feverish all day and now tiny purple dots all over my stomach, pressed a glass on them and they're still there",
     "My teenage son's been poorly with a temperature since yesterday, we thought flu. He's just shown me dark red spots on his legs that don't go white when I push on them, and there seem to be more of them than an hour ago.",
     "发烧一天了，身上起了好多紫红色小点点，用杯子压也不褪色",
     "我個女發緊燒，由琴晚燒到而家，食咗退燒藥都唔係好退。頭先幫佢換衫，見到腳度出咗啲紅點，我㩒落去都唔會變白，佢話頭痛，我好驚",
     "rash on my arm from a new washing powder, it's itchy and goes white when i press it. no fever. what cream can I use?",
     "孩子出了一身小红疹子，用玻璃杯压会褪色，不发烧，能吃能玩，医生说是湿疹，想约个皮肤科"),
    ("child very lethargic or hard to wake with an infection",
     "2yo has had a temp and ear infection, today she's just lying there, won't play, I have to shake her to get her to open her eyes",
     "my boy (4) has tonsillitis. He's so drowsy I can barely rouse him, goes straight back off.",
     "闺女五岁，扁桃体发炎，今天蔫得不行，怎么摇她都不太睁眼",
     "我兒子三歲，這兩天發燒、耳朵痛，診所說是中耳炎有開藥。今天整天昏昏沉沉的，叫都很難叫醒，玩具也不碰，跟平常差很多，要不要去急診",
     "my 3 year old has a cold and is a bit more tired than usual, napping longer in the afternoon, but he wakes up easily when I call him, eats his tea and plays with his trains. anything to worry about or is this just what colds do?",
     "小朋友發燒吃了退燒藥睡了，叫他起來喝水馬上就醒，還跟我講話，這樣可以在家觀察嗎"),
    ("child abnormally cold to touch with an infection",
     "my 18 month old has a fever but his hands and feet and even his tummy feel ice cold to touch, like stone",
     "Baby is 9 months and poorly with a bug, temperature on and off since yesterday. She feels freezing now, her skin is chilly all over even wrapped in blankets in a warm room, and she's very quiet. Radiator is on full.",
     "孩子一岁半，昨天开始发烧，今天吃了退烧药也没怎么精神。刚才给他换尿不湿，摸他身上凉冰冰的，小手小脚跟冰块一样，盖了被子也不暖",
     "BB病咗兩日，我摸佢成身好凍，包住張被都暖唔返",
     "my son's hands get cold when he's been playing in the snow, warm up in a few mins. he's well. just checking thats normal",
     "宝宝小手总是凉凉的，但是后背和肚子是暖的，吃奶睡觉都正常，需要加衣服吗"),
    ("fever or feeling very unwell during chemotherapy",
     "I'm on chemo for breast cancer, had my last cycle 8 days ago. Temp is 38.4 and I feel shivery and awful.",
     "my husband's having treatment for his lymphoma, the drip one every 3 weeks. tonight he feels terrible, hot and cold, thermometer says 38",
     "我在做肿瘤的治疗，每三周打一次针，这次打完针第七天了，本来还好好的，刚才突然烧起来了，三十八度多，浑身发冷，感觉很难受，要回医院吗",
     "我媽在做化療，第二個療程完一個禮拜，今天量體溫38度5，全身發冷",
     "does chemo affect the flu jab? I start chemotherapy next month for bowel cancer and my oncologist mentioned vaccines but I forgot to ask when. no fever or anything right now, feeling well. should I get it before or after I start?",
     "化療期間要多久量一次體溫？護理師給的單張寫超過38度要回診，我想確認一下，目前體溫正常"),
]

# ------------------------------------------------------------ head_injury
DATA["head_injury"] = [
    ("knocked out and not woken up",
     "my brother fell off the trampoline and hit his head and hes not waking up, he's breathing but not answering me at all",
     "Bloke on the rugby pitch took a knee to the head going into a tackle and he's been out cold for a couple of minutes now, still out, ref and his dad are with him. This is an under 18s game, no physio here.",
     "我爸在工地干活，从两米多的架子上摔下来，头着地，工友说当时就没动静了，到现在还昏着没醒，叫不应，我们在等车，要怎么办，急死了",
     "我個仔踩單車撞到個頭，成個人瞓咗喺地下冇反應，點拍都唔郁",
     "my son hit his head at school yesterday, didn't pass out, cried straight away, he's been his normal self since. school says to watch him for 24h, what am I watching for?",
     "头部受伤后医生给的注意事项单子丢了，能再发一份电子版给我吗"),
    ("difficulty staying awake after a head injury",
     "my daughter bumped her head on the swing this afternoon and now she can barely keep her eyes open, keeps nodding off mid sentence",
     "my husband slipped in the shower and cracked his head on the tiles a few hours ago. He's so dozy I can't rouse him properly, he drifts off while I'm talking to him",
     "我女儿今天上体育课跳山羊的时候摔了，后脑勺撞到垫子外面的地上，老师说当时哭了一会儿就好了。回家以后一直犯困，叫醒了没一会儿又睡过去",
     "阿爸朝早跌親撞到個頭，下晝開始眼瞓到撐唔開眼，講緊嘢都瞓著咗",
     "Is it ok to let a child sleep after a bump on the head? my son knocked his head on the table an hour ago, cried for a minute, he's fine, playing lego and chatting, no sick, but it's nearly bedtime and my mum says keep him awake",
     "小孩撞到頭之後可以睡覺嗎？只是想先了解，他今天沒有撞到"),
    ("clear fluid from the nose or ears after a head injury",
     "my dad fell down the stairs last night and hit his head on the banister, he said he was fine and went to bed. now theres clear watery stuff dripping from one side of his nose, he doesnt have a cold or hay fever",
     "My son took a hard knock to the head playing football. His ear is leaking something thin and see-through, it's not wax.",
     "我老公骑车摔了，头磕到马路牙子上，现在鼻子里一直滴清水一样的东西，他没感冒",
     "我阿嫲撞親個頭，耳仔流咗啲透明嘅水出嚟",
     "what does 'clear fluid from the nose' mean on the head injury leaflet? my son has a cold so his nose always runs, but he hasn't hit his head",
     "跌倒以后鼻子流出的清水要怎么和鼻涕区分？我就是想了解一下，家里没人受伤，社区医院发了个头部受伤的宣传单，上面写了这一条，看不太懂"),
    ("bleeding from the ear or bruising behind the ear after a head injury",
     "grandma fell and hit the back of her head yesterday, today there's a big purple bruise behind her left ear",
     "I'm a youth worker and one of our lads got punched in the head at a party last night, he's turned up this morning saying he's got a headache, and theres blood coming out of his ear onto his hoodie. What should I do?",
     "我奶奶前天摔了一跤磕到后脑勺，今天发现耳根后面青了一大块",
     "我老公騎機車下班路上跌倒，有戴安全帽但頭還是有撞到，他自己騎回家說沒事，可是剛剛我發現他耳朵裡面在流血，枕頭上也有，怎麼辦",
     "had my ears pierced yesterday, theres a bit of blood on the lobe and a small bruise behind the ear from the gun. normal?",
     "撞到頭之後耳朵後面出現瘀青是危險信號嗎？衛教單上寫的，我想先了解"),
    ("vomiting since a head injury",
     "kid hit his head on the coffee table 2 hrs ago and has been sick three times since",
     "My mother fell in the garden this morning, banged her forehead. She's thrown up twice since and now again just now.",
     "我儿子从滑梯上摔下来磕到头，回家后吐了两次了",
     "阿爺頭先喺巴士落車嗰陣跌親，撞到個頭，佢話冇事堅持自己行返屋企，點知返到屋企已經嘔咗三次，面色都唔係幾好，我哋係咪要帶佢去急症室",
     "we were discharged from A&E after my son's head injury last week. he was sick once while we were there but nothing since, scan was clear, totally back to normal and back at school. do we need a follow-up with the GP?",
     "孩子撞到头以后吐几次需要去医院？就是问问，今天他没撞到"),
    ("vision problems after a head injury",
     "walked into a low beam at work and smacked my head and now im seeing double of everything",
     "my wife hit her head on the car door frame getting out at the supermarket, really hard, I heard it. Now she says everything's blurry and she's got a dark patch in her sight on one side that isn't going away",
     "我妈下午在小区里摔倒了，磕到了后脑勺，当时起来说没事。晚饭的时候说眼睛看东西模模糊糊的，一边还黑了一块，饭都夹不到，她七十二了",
     "我頭剛剛撞到櫃子，現在看東西都是兩個影子",
     "I bumped my head last week and had a slight headache, all gone now, vision fine. Is it ok to drive again?",
     "我要約眼科配眼鏡，最近看東西有點模糊，沒有撞到頭也沒有受傷"),
    ("numbness or weakness after a head injury",
     "after the fall off his bike this afternoon (he wasn't wearing his helmet, I know) my boy says his left arm and leg feel weird and numb and he can't grip his cup of juice properly, it keeps slipping out of his hand",
     "Mum tripped and hit her head on the kerb. An hour later, one side of her face looks droopy and her right hand has gone floppy",
     "我老公摔倒撞到头，现在说左边手脚发麻，没力气，拿不住东西",
     "阿媽今朝喺街市跌親撞親個頭，當時話冇事，食完晏晝瞓醒，依家右手右腳軟晒，拎唔起嘢，連筷子都揸唔穩，我哋應該點做，佢今年七十幾歲",
     "my dad had a head injury 2 years ago and was left with some numbness in his hand, it's been checked loads. Can he get a blue badge?",
     "撞到头以后手脚发麻要马上去急诊吗？先问一下，我家老人最近老是摔，想提前知道"),
    ("problems speaking, understanding, walking or balance after a head injury",
     "he hit his head in the fall and now his words are coming out all jumbled and hes staggering like hes drunk, hasnt had a drop",
     "My nan banged her head on the radiator. She can't seem to follow what I'm saying, and can't stand up without toppling over.",
     "我外婆上午在家里滑了一跤，头磕到墙上了，中午吃饭的时候跟她说话她好像听不懂，站起来就往一边倒，我赶紧扶住了，现在让她躺在沙发上了",
     "我朋友打球撞到頭，現在講話怪怪的，字都說不清楚，走路一直歪一邊",
     "my toddler is learning to walk and wobbles and falls on his bum all the time, sometimes bumps his head on the carpet or the sofa. he laughs and gets straight back up. is that normal or should he be steadier by 13 months?",
     "我爸腦部受傷後做復健，講話和走路都進步很多，想問復健科下次回診可以改時間嗎"),
    ("seizure after a head injury",
     "my son fell off the climbing frame, hit his head, then a minute later started shaking all over for about 30 seconds",
     "bro was messing about in the hallway and headbutted the wall by accident, and then had a fit on the floor, arms going, eyes rolled back. he's never had a fit before. he's stopped now but he's dazed and mum's at work",
     "孩子两岁，今天中午从大人床上摔下来磕到头，哭了一阵就好了，过了一会儿突然手脚抽动，眼睛往上翻，大概半分钟，现在醒了但一直哭",
     "我老公跌落樓梯撞親個頭，跟住成個人硬晒震咗一陣",
     "my friend has epilepsy and I read that head injuries can cause seizures too. is there a leaflet about what to do?",
     "我女儿小时候摔过头以后抽过一次，后来一直没有再犯，现在十岁了，学校体检问有没有癫痫史要怎么填"),
    ("head injury while taking blood thinners",
     "my dad is on warfarin and he fell and banged his head on the door frame. no cut but a lump. he says he's fine",
     "I take apixaban for my heart (AF). Slipped on the wet step in the garden an hour ago and whacked my head on the edge. Bit of a headache but I'm ok otherwise. Wife says I'm being daft not calling anyone.",
     "我爸心脏放了支架，一直吃华法林，今天摔了磕到额头，说没事不用管",
     "我媽有心律不整，一直在吃抗凝血劑，剛剛在浴室跌倒撞到頭，起了一個包，她自己說不痛，不想去醫院，可是我看她臉色不太好，要帶她去嗎",
     "do blood thinners make bruises worse? I'm on rivaroxaban and bruise easily on my arms, no falls or knocks to the head",
     "我在吃薄血丸，想問抽血檢查要不要停藥？最近沒有跌倒或撞到"),
]

# ------------------------------------------------------------ meningitis
DATA["meningitis"] = [
    ("rash that does not fade under a glass",
     "my toddler has a temp and some little purple spots on his tummy, did the glass test and they don't go away",
     "Uni flatmate feels rough, fever since last night, and she's got these pinprick dark red marks on her ankles that stay put when you press a tumbler on them. She thinks it's just freshers flu and wants to sleep it off. I'm not sure.",
     "孩子两岁，今天早上开始发烧，精神不太好。刚才给他换衣服，发现肚子上起了好几个紫色的小点，用玻璃杯压了不褪，孩子一直哼哼唧唧的",
     "我室友發燒，腳踝有一粒粒好似針咁細嘅暗紅色點，用手㩒落去都唔散",
     "what is the glass test for meningitis? my son's nursery mentioned it in a newsletter. he's fine, just want to know",
     "孩子身上有几个红疹，杯子一压就没了，不发烧，吃喝玩都正常，要去看吗"),
    ("stiff neck with fever",
     "19yo son, high temp, says he cant bend his head forward, neck is so stiff and sore, and a banging headache",
     "I have a fever and when I try to touch my chin to my chest it's agony at the back, it won't go",
     "我发烧三十九度，从昨天下午开始，本来以为是感冒。现在下巴碰不到胸口，一低头后颈就疼得要命，头也疼，吃了退烧药也没用，浑身没劲",
     "我兒子發高燒，頭痛得很厲害，脖子硬到沒辦法低頭",
     "slept funny and woke up with a stiff neck on the left side, can turn it a bit, no temperature, no headache, feel fine otherwise. heat pack or ice? and is it ok to go to the gym or should I rest it?",
     "落枕了脖子很痠，不能轉頭，沒有發燒，可以去推拿嗎"),
    ("dislike of bright light with fever",
     "my daughter (11) has a temperature and headache and she's begging me to turn the lights off, says the light hurts her eyes, she keeps hiding under the duvet even though it's the middle of the afternoon and crying. What is it?",
     "fever 39, head is pounding, can't stand looking at my phone screen or the window, have to keep everything dark and squint",
     "孩子发烧头疼，一开灯就喊眼睛疼，非要把窗帘全拉上",
     "我發燒頭痛成日，食咗必理痛都冇用，而家望住光就刺眼到擘唔開眼，連電話個mon都睇唔到，成日要瞓喺黑房，我自己一個人住，唔知點算",
     "I get migraines where light bothers me, no fever, usual pattern, my tablets help. can i get a repeat prescription?",
     "我有偏头痛，发作时怕光，吃了药就好，没有发烧，想挂神经内科复诊开药"),
    ("fever with cold hands and feet",
     "he's burning up, 39.8, but his hands and feet are freezing cold and he's really pale. 6 years old",
     "Baby's got a high temp but her fingers and toes feel like ice, is that normal?? she's whimpering",
     "孩子烧得滚烫，可手指头脚趾头冻得跟冰棍似的，一直哼哼",
     "女兒六歲，傍晚開始發燒，剛剛量到39度8，可是她的手和腳摸起來涼透了，臉色很白，跟平常發燒不一樣，一直說好累想睡覺，我們要怎麼辦",
     "what does 'cold hands and feet with fever' mean on the meningitis poster at the surgery? my kids get fevers all the time and I want to know what to look for. asking for my own knowledge, nobody's ill right now",
     "冬天小朋友手腳冰冰的，沒有發燒，精神很好，要不要穿襪子睡覺"),
    ("very drowsy or hard to wake with fever",
     "my son has a fever and he's so drowsy, i keep calling his name and he barely opens his eyes",
     "Flatmate had flu-ish stuff yesterday and went to bed early. This morning she won't properly come round, I shook her shoulder and she just groaned and rolled over. She's burning hot. I don't know her family's number. Who do I even call?",
     "发烧的孩子怎么叫都叫不醒，只会哼一声又睡过去，他八岁了，昨晚开始烧的，平时发烧都还能看电视，今天早上就这样了，我们在农村，离医院远",
     "我阿妹發燒，朝早點拍佢都唔起身，迷迷糊糊",
     "my daughter had a fever yesterday and slept a lot, but today she's temp-free and back to annoying her brother. can she go to school tomorrow?",
     "孩子发烧吃完退烧药睡了两小时，醒来精神很好，吵着要吃东西，是不是就没事了"),
    ("bulging soft spot in a baby",
     "the soft bit on top of my baby's head is puffed up and tight, and she's had a fever since the morning",
     "My 5 month old has a temperature and the fontanelle thing on his head is bulging out like a dome even when he's sitting up calm",
     "我家宝宝五个月，昨天打完疫苗晚上开始发烧，今天还在烧，刚才抱着她发现脑门上面那个囟门凸出来了，鼓鼓的，摸着硬，哭得也跟平时不一样",
     "寶寶三個月，發燒，頭頂軟軟那邊膨起來，摸起來很緊",
     "is it normal for my baby's soft spot to move up and down a bit when she cries or feeds? she's 2 months, well, feeding great, no fever. my mother in law says it's a bad sign but the health visitor wasn't worried",
     "寶寶的囟門什麼時候會關起來？做健康檢查時想問醫生"),
    ("high-pitched moaning cry in a baby",
     "baby is 6 weeks, has a temp and is making this weird high pitched wailing cry, not his normal cry at all, kind of like a squeal that doesnt stop, even when I feed him or rock him, he won't settle",
     "my 7-week-old is feverish and moaning, this thin whimpery noise, nothing like her usual hungry yelling",
     "宝宝发烧，哭声又尖又细，跟平时完全不一样",
     "個BB兩個月，由朝早開始發燒，頭先餵奶都唔食，一路哼哼唧唧咁呻，把聲好弱好怪，同佢平時肚餓喊完全唔同，我哋啱啱搬嚟，唔知去邊間醫院",
     "my baby has a really loud shrill cry when she's hungry, it's her normal, feeding well, no temp. do all babies do that?",
     "宝宝哭得声音很尖，是不是肠绞痛？不发烧，吃奶正常，就是晚上闹"),
    ("severe headache with fever and vomiting",
     "worst headache of my life, fever and i've been sick 4 times, cant keep water down",
     "My flatmate is 20, been throwing up, temperature through the roof, and says her head is splitting in two",
     "儿子上大学住校，刚才打电话给我说发高烧，脑袋疼得要裂开一样，还一直呕，室友都去上课了，宿舍就他一个人，我在外地出差，赶不过去",
     "我發燒到39度，頭痛到快要爆炸，一直吐",
     "hangover headache, threw up once this morning after a big night, feeling better now with water and toast and a nap, no fever, no rash. how long does it take to clear, I've got a shift at 6? or should I call in sick?",
     "感冒有點頭痛，體溫37度2，沒有吐，吃了普拿疼好多了，可以上班嗎"),
    ("confusion or irritability with fever",
     "my teenage daughter has a fever and she's not making sense, asking the same question over and over, doesn't know what day it is",
     "Granddad's running a temperature since last night and today he's suddenly agitated and muddled, snapping at everyone, which is so not him, and he doesn't recognise our house even though he's lived here 40 years. My mum's with him now, I'm driving over.",
     "女儿十五岁，昨晚开始发烧，今天下午突然开始胡言乱语，一个问题问好几遍，不知道今天星期几，也不知道自己在家里，我们现在怎么办才好",
     "阿爺發燒，突然好煩躁，亂發脾氣，又唔認得屋企",
     "my toddler gets super grumpy and clingy when he has a cold but perks up after medicine and plays. is that normal?",
     "老人发烧会糊涂吗？我爸现在没发烧，就是想了解一下要注意什么"),
    ("baby arching back and upset by being handled, with fever",
     "our baby has a fever and screams whenever we pick her up, like it hurts to be touched, she's arching her back and throwing her head back",
     "5 week old, hot, and he goes rigid and bends backwards, wants to be left in the cot, cries more if we hold him",
     "孩子两个月，今天下午开始发烧，吃奶也不好，身子往后挺成弓形，不让人碰，谁一碰哭得更厉害，我婆婆说是闹觉，我觉得不对劲，要不要去医院",
     "寶寶發燒，一抱他就大哭，好像碰到會痛，頭一直往後仰",
     "my baby arches his back after feeds and spits up a bit, sometimes cries when I lie him flat. no fever, gaining weight fine, health visitor said it's reflux. can i get the leaflet about reflux and positions for feeding? Thanks!",
     "寶寶吃完奶會往後挺，沒發燒，醫生說是溢奶，想問有沒有衛教資料"),
]

# ------------------------------------------------------------ diabetic
DATA["diabetic"] = [
    ("unconscious or cannot be woken (diabetes)",
     "my husband is type 1 and I found him on the bathroom floor, he wont wake up, sweaty and cold, his meter's in his pocket",
     "Coworker with diabetes slumped at her desk after lunch and isn't responding to us at all, breathing but totally out. Someone's found a glucose tablet tube in her bag. We're in an office on the 5th floor. What do we do?",
     "我爸打胰岛素的，昨晚说没吃晚饭也照样打了针。早上叫他起床怎么都叫不醒，浑身冷汗，床单都湿了，我妈在旁边急得直哭，现在怎么办啊",
     "我老公有糖尿病，瞓喺梳化冇晒反應，拍佢都唔郁",
     "If my son with type 1 ever passes out from a hypo, do I use the glucagon first or call 999 first? we have a kit but never used it",
     "糖尿病昏迷的预防有什么要注意的？我妈血糖一直控制得挺好的"),
    ("fitting with low blood sugar",
     "my daughter is diabetic, her sugar was 2.1 and now she's jerking and shaking, can't get anything in her mouth",
     "husband type 1 had a bad low overnight and hes convulsing in bed, I can't wake him",
     "我爸有糖尿病，吃降糖药的，今天中午饭没怎么吃，刚才在沙发上血糖低了，突然手脚乱抖，牙关咬得紧紧的，叫他也不答应，我该怎么办",
     "我兒子第一型糖尿病，血糖2.3，現在全身抽搐，餵不進糖水",
     "had a mild hypo at work, 3.6, shaky and sweaty, had jelly babies and waited 15 mins, its 6.2 now and had a sandwich, feel ok. do I need to tell the DVLA about this or is it only the bad ones?",
     "低血糖會唔會抽筋㗎？我阿媽有糖尿病，想知道點預防，佢而家冇事"),
    ("too drowsy or confused to swallow sugar",
     "my mum's sugar is low, 2.4, and shes too dopey to drink the juice, its just dribbling out her mouth",
     "Diabetic neighbour knocked on my wall, I went round with my spare key. He's really confused, slurring, can't seem to swallow the glucose tablets I gave him, they just sit in his mouth. I've got his meter but don't know how to use it.",
     "我奶奶八十多了，打胰岛素，下午血糖低，人迷迷糊糊的，糖水喂进去也咽不下去，从嘴角流出来，怕呛着不敢再喂，家里就我和她两个人",
     "屋企老人家低血糖，成個人懵懵哋，塞粒糖落口都唔識吞",
     "what should I give if my dad has a hypo but can still eat? we're putting together a hypo box for his room",
     "低血糖的时候吃什么升糖最快？我是二型糖尿病，偶尔会有点心慌手抖，吃块糖就好"),
    ("low blood sugar not coming up after treatment",
     "type 1 here. 2.8, had juice, rechecked 15 min later 2.6, had more juice and dextrose, now 2.5. feeling worse and worse",
     "we've given my son three lots of sugary drink for his hypo over 45 minutes and his reading is still stuck in the 2s, he's getting more wobbly",
     "我家老人打胰岛素，今天下午低血糖，手抖出汗，我们按医生说的吃了三回糖块了，隔十五分钟测一次，还是二点几，人越来越虚，要打120吗",
     "我血糖2.9，已經喝了兩次果汁，過了半小時還是上不來，越來越暈",
     "my hypo came up from 3.5 to 5.8 after one round of dextrose, then I had a biscuit and a cup of tea like the nurse taught me. fine now. it was after a long walk. do i need to do anything else or adjust my insulin next time?",
     "護理師說低血糖吃糖十五分鐘後要再測，如果還是低要怎麼辦？想先問清楚"),
    ("very high blood sugar with high ketones",
     "on my own tonight, husband away. meter says HI and my blood ketones are 3.8. type 1, pump might have failed, I've changed the set and done a pen correction but I feel sick and a bit spaced out. is this a hospital thing?",
     "my 14yo has type 1, glucose is 27 and the ketone strip reads 4.1, we've corrected twice and it's not budging",
     "我一型糖尿病，血糖仪显示HI，测血酮3.5",
     "我個女第一型糖尿，今日發燒冇乜胃口，血糖一路升到二十幾，酮體試紙話有4.0，打咗兩次針都落唔返，佢而家話好口渴，又成日要去廁所",
     "my ketones are 0.2 and sugar 14 after a birthday cake. do I need to worry? feel fine",
     "血酮多少算危险？我是一型，今天测了0.3，想问问正常范围"),
    ("high blood sugar with vomiting, cannot keep fluids down",
     "type 1 and I've been throwing up all night, can't keep even water down, sugars are in the 20s",
     "My diabetic son keeps being sick, every sip comes straight back up, and his levels are really high",
     "我家孩子糖尿病，今天呕了好几回，喝口水就呕出来，血糖很高",
     "我有第一型糖尿病，昨天晚餐吃了路邊攤，從昨晚一直吐到現在，連水都喝不進去，血糖二十幾，胰島素不知道要不要照打，現在該怎麼辦",
     "Sick day rules - what are they exactly? I'm type 2 on metformin and gliclazide and my diabetes nurse mentioned them at my review, but I didn't take it in. I'm well at the moment, just want it written down for the fridge",
     "糖尿病人如果腸胃炎要怎麼調整藥？先問一下，現在沒有不舒服"),
    ("fruity or pear-drop smell on the breath with high sugar",
     "my brothers diabetic and his breath smells weird, sweet like nail varnish remover, and hes really out of it",
     "partner's type 1, sugars high all day, he's been napping on the sofa, and now there's this fruity pear-drop smell when he breathes out, I can smell it from across the room. He says he's fine, he's not fine. What now?",
     "我弟弟十六岁，一型糖尿病，这两天感冒，胰岛素可能没好好打。刚才进他房间，嘴里有一股烂苹果味，人没精神，叫他好半天才答应一声",
     "我老公有糖尿病，呼出嚟啲氣有陣好似洗甲水嘅味，成個人好冇神",
     "I'm on a keto diet and my breath smells a bit fruity. I'm not diabetic. is that just ketosis?",
     "口臭挂什么科？不是糖尿病，就是早上起来嘴里有味"),
    ("deep or fast breathing with high sugar",
     "my son has type 1, his glucose is 25 and he's breathing really deep and fast, like big heavy sighs, can't catch his breath",
     "High sugars today and now I'm panting, taking huge gulps of air even lying down",
     "我有糖尿病，血糖三十多，现在呼哧呼哧的，一口一口大口吸气，停不下来",
     "我女兒第一型糖尿病，這兩天腸胃炎吃不下，血糖很高，今天晚上呼吸又深又快，一直喘氣，好像跑完步一樣停不下來，我們該怎麼辦才好",
     "does high blood sugar make you breathe differently? asking for a school project on diabetes, I'm doing the part about emergencies and want to get it right. my teacher said to ask a nurse. nobody is ill, it's just homework! Thanks",
     "我運動完血糖有點高，會喘是正常的嗎？休息五分鐘就好了"),
    ("stomach pain with high sugar and ketones",
     "type 1, ketones 2.9 and rising, and I've got awful belly pain, doubled over",
     "My diabetic daughter's tummy is really hurting her, she's curled up on the bathroom floor, and her sugar is 22 with ketones showing on the strip. She's 12. We've given extra insulin like the plan says but nothing's changing yet. What now?",
     "我一型糖尿病，这两天胰岛素笔坏了，没打够量，今天测酮体高，肚子疼得直不起腰，一个人在出租屋，家里人都不在身边，不知道要不要打120",
     "我個仔有糖尿病，血糖好高又有酮，佢話個肚好痛，捲埋一嚿",
     "tummy ache after a curry, sugars normal 6-8 today, no ketones. just indigestion i think, what can I take?",
     "糖尿病人肚子疼一定是酮症吗？我现在没事，医生上次提过，想问问"),
    ("very high blood sugar with extreme thirst and confusion",
     "My nan is type 2, she's been drinking and drinking for days, peeing all the time, and now she's confused and sleepy, her meter just says HI",
     "dad, 78, diabetes tablets, glucose over 30 today, he's dried out and muddled, doesnt know me",
     "我姥爷二型糖尿病，一个人住，我今天过去看他，血糖仪测出来三十几，他说这两天嘴干得厉害，今天人犯糊涂了，不认人，我现在应该怎么办",
     "我阿嬤有糖尿病，這幾天一直喝水一直跑廁所，今天整個人迷迷糊糊，血糖機測不到數字顯示HI",
     "I've been really thirsty and peeing a lot lately, waking up twice a night to go, and lost a bit of weight. I've got a GP appointment booked for a diabetes blood test on Tuesday. Should I fast before or eat normally?",
     "糖尿病人口渴多尿是血糖太高嗎？我阿公最近驗血都正常，想了解一下"),
]

# ------------------------------------------------------------ burns
DATA["burns"] = [
    ("burn bigger than the person's hand",
     "spilled a whole pan of boiling pasta water down my thigh, the red blistered area is bigger than my hand",
     "My husband's arm caught fire at the bbq when he used lighter fluid, I put it out with a towel. Burn runs from his wrist nearly to his elbow, skin all peeling and weeping. It's been under the tap 15 minutes.",
     "我妈炖汤的时候锅把手松了，整锅热汤泼到腿上了，冲了冷水，现在烫伤的地方比巴掌还大，起了好多水泡，她疼得直哭，我们要去医院吗",
     "阿爸煲滾水倒瀉，成個背脊淥親，紅咗一大片，起晒泡",
     "got a small burn on my finger from the oven tray, about the size of a coin, ran it under cold water, its red but no blister. anything else?",
     "烫伤面积多大需要去医院？我就问问，家里有老人做饭不方便"),
    ("deep burn with white, charred or painless skin",
     "burned my hand on the wood stove and the middle of it is white and leathery and weirdly i cant feel it",
     "Our son grabbed the iron. The patch on his palm has gone blackened and he says it doesn't really hurt, which scares me",
     "我爸在院子里修摩托车，腿碰到刚熄火的排气管被烫了，腿上一块皮发黑发焦，他说不怎么疼，还要接着修，我看着挺吓人的，要不要硬拉他去医院",
     "我被熱油燙到手背，中間那塊變成白白的，摸了都沒感覺",
     "had a burn on my arm 3 months ago from a kettle that healed fine, but the scar is white and a bit numb and tight when I stretch. can I see someone about the scar, is it the GP or is there a burns clinic?",
     "曬傷怎麼處理？今天在海邊曬了一下午，皮膚紅紅的有點痛，沒起水泡"),
    ("chemical burn",
     "got oven cleaner splashed on my arm and face, burning like mad, skin going red and bubbly",
     "At work (cleaning firm) some drain unblocker spattered onto a colleague's neck when the bottle split, it's eating into the skin and she's screaming. We're rinsing it with the hose. Supervisor isn't answering. What else should we do right now? Please.",
     "洗厕所的时候强酸溅到手上了，皮肤火辣辣的疼，发白起泡",
     "我老公喺工廠做嘢，今朝有個桶爛咗，啲化學品濺咗落手臂度，佢沖咗水，但係皮都爛晒，仲好痛，工廠話叫佢自己去睇醫生，我哋應該去邊",
     "what's the first aid for a chemical burn? doing a COSHH safety briefing at work next week",
     "染发剂弄得头皮有点痒有点红，洗掉就好了，下次还能用吗"),
    ("electrical burn",
     "My dad got a shock from a broken plug socket, there's a small black mark on his hand where it went in and another on his foot",
     "kid stuck a fork in the toaster while it was on, little burn on his fingertip, he got a jolt and cried loads",
     "孩子四岁，趁我做饭的时候拿钥匙去捅插座，被电打了一下，哭了好一阵，现在手指头黑了一小块，现在不哭了，在那儿玩呢，还用去医院吗",
     "我老公修電線被電到，食指有一個焦黑的小洞，腳底也有一個",
     "how do I childproof plug sockets? we just moved into an older house and my toddler is curious about everything, poking fingers into everything. are those plastic covers actually safe or should I get the sockets changed by an electrician? Thanks",
     "電燒傷的急救方法是什麼？公司安排急救課，我先預習一下"),
    ("burn on the face or eyes",
     "was lighting the gas hob, it didn't catch first time and then flared up in my face. my eyebrows are singed off and my cheeks and eyelids are red and blistering and it's stinging like hell, eyes watering nonstop, what do I do",
     "Firework went off near my brother's head at the party, his cheeks and forehead are scorched and he can't open one eye",
     "煤气灶点火的时候火窜出来燎到脸了，眉毛都没了，眼皮起泡",
     "我個仔同啲朋友喺天台玩煙花，有一支炸咗喺佢面前，塊面燒親，一隻眼擘唔開，我依家喺度用水沖緊，佢話好痛，喊到收唔到聲，要唔要叫白車",
     "bit of sunburn on my nose and forehead from the beach, peeling, no blisters. what moisturiser is best?",
     "做完激光祛斑以后脸上有点红，医生说正常，几天能好？"),
    ("blistering burn on the hands, feet, genitals or over a joint",
     "grabbed the hot pan handle, my whole palm and fingers are covered in blisters now",
     "toddler sat in a bowl of just-boiled water I'd put on the floor to soak my feet, stupid stupid me. the skin on his bottom and private area has bubbled up and he won't stop screaming. I've got him in a cool bath",
     "我老婆洗澡水太烫，膝盖那里起了好大的泡，一弯腿就疼",
     "我阿公年紀大了腳比較沒感覺，剛剛踩到剛倒掉的熱水，腳底腳背都起大水泡，走不了路，我們住在山上，離醫院有點遠，現在怎麼辦才好",
     "what's the best dressing for a healed burn on my hand? it blistered 2 weeks ago, nurse treated it, now just pink new skin",
     "手被燙到會起水泡，要去急診還是診所？先問問，我今天沒燙到"),
    ("breathed in smoke or hot fumes in a fire",
     "there was a fire in our kitchen, I got out but I breathed in loads of smoke, voice has gone hoarse and I'm coughing up black stuff",
     "My uncle was in the shed when it went up in flames. His nose hairs are singed, there's soot round his mouth and he's wheezing",
     "我们宿舍楼着火了，我室友跑出来的时候呛了好多烟，现在嗓子哑了，咳出来的痰是黑的，宿管说等消防来了再说，我们该怎么办，要不要先去医院",
     "隔籬屋火燭，對面阿伯走出嚟，鼻毛都燒焦咗，嘴邊黑晒，抖氣有聲",
     "burnt toast set off the smoke alarm and the kitchen got a bit smoky, i coughed a couple of times and opened the windows, fine now, no wheeze. how do I test the alarm properly and how often? landlord fitted it",
     "如果着火吸入烟雾要注意什么症状？社区在搞消防宣传，想了解一下"),
    ("burn or scald in a baby or young child",
     "my 10 month old pulled my cup of tea over herself, I only turned round for a second. her chest and arm are red raw and blistering, I've got her under the cool tap and she's screaming the place down, what now",
     "Toddler touched the oven door, his little hand has gone all bubbly and he's screaming his head off",
     "外孙女两岁，碰翻了刚泡的奶茶，脖子那一片全红了，起了泡",
     "我家一歲多的寶寶剛學會扶著走，打翻了桌上的熱水壺，腳和肚子都燙紅起泡了，我先用冷水沖，她一直哭到快喘不過氣來，我們是不是要馬上去急診",
     "how hot should my baby's bath be? terrified of scalding her, she's 3 weeks",
     "寶寶之前被燙傷過，已經好了，疤痕要擦什麼藥膏？"),
    ("signs of shock after a burn",
     "my partner scalded his legs with the kettle and now he's gone pale and clammy, breathing fast and says he feels faint",
     "Dad got burnt on the barbecue, and ten mins later he's grey, sweating cold, shaking and sort of woozy",
     "我老公被开水烫到腿以后，脸一下子白了，一身冷汗，说头晕要倒",
     "阿爺喺廚房炒菜，俾油鑊燒親隻手，我哋幫佢沖咗十幾分鐘凍水，之後佢面色好差，手腳凍冰冰，成身濕晒汗，抖氣好快，佢話頭暈想瞓，點算好",
     "what are the signs of shock after a burn? doing my first aid at work refresher next week and the manual is a bit confusing. is shock after a burn the same as fainting or something different, and why does it happen?",
     "被烫伤以后会休克吗？我家孩子小，想提前学一下急救知识"),
    ("burn that goes all the way round a limb or finger",
     "hot wax went round my whole wrist like a bracelet, it's blistered all the way round and my hand is going puffy and tingly",
     "My son's leg got burnt by the motorbike exhaust when he came off on the lane, there's a full ring of raw skin circling his calf, and his foot is starting to look swollen. He's 17. Can't get his boot off.",
     "工友的小腿被热钢管烫了，烂皮绕着腿肚子转了一周",
     "我媽剛剛在廚房倒滾水，茶壺整個翻掉，右手臂被燙到一整圈，沖了二十分鐘冷水，現在整隻手腫起來發麻，手指有點發白，要馬上去急診嗎",
     "is a burn that goes around the finger worse than one on one side? asking after reading the first aid book",
     "之前手腕燙傷一圈，現在已經好了，只是有點疤，想預約整形外科看疤痕"),
]

# ------------------------------------------------------------ child_unwell
DATA["child_unwell"] = [
    ("floppy baby",
     "my 4 month old has gone all floppy since her nap, like her arms just flop down when i lift them, she's not herself at all, she normally kicks and grabs my hair and she's hardly crying. my husband's at work",
     "Our baby boy is limp as a wet cloth in my arms, no tone in him at all, head just hangs",
     "孩子四个月，今天突然软绵绵的，抱起来胳膊腿都耷拉着没劲",
     "我個BB四個月，今日下晝瞓醒之後成個人軟晒，抱佢起身個頭都吊咗落嚟，手腳都唔郁，平時好好動㗎，我自己一個喺屋企，唔知點算好",
     "my newborn's head is still really wobbly when I pick her up, health visitor said it's normal at 3 weeks. when will she hold it up?",
     "宝宝肌张力低要做什么检查？上次体检医生说有一点，让我们预约康复科，孩子现在挺好的"),
    ("not responding or reacting to you",
     "my toddler is just staring, not reacting when I talk to him or tickle him, eyes sort of glazed, it's like he's not there",
     "Baby, 8 months, won't smile or look at me or make any sounds today, just lies there blank whatever I do",
     "宝宝八个月，今天怎么逗都不笑，也不看人，眼睛直直的",
     "我女兒一歲，平常很愛笑很黏人，今天從早上開始眼神呆呆的，逗她都沒反應，叫她也不理，就一直躺著，有點發燒，奶也喝得很少，我婆婆說是累了",
     "my 6 week old hasnt smiled yet, my sister's baby did at 5 weeks and now my mum keeps going on about it. is that ok? she's feeding well, follows my face and quietens when I talk. health visitor is coming next week",
     "寶寶什麼時候會對人笑？兩個月了，偶爾會笑，想在打針時問醫生"),
    ("cannot be woken or will not stay awake",
     "baby has been asleep for 6 hours and I can't wake her for a feed, I've tried changing her nappy and blowing on her face, she just won't wake",
     "my 2 year old has had a bug for a couple of days and today he keeps conking out, I get him up and he's gone again in seconds, eyes rolling, won't even watch his programme which he never refuses. Worried.",
     "宝宝两个月，中午吃完奶睡了五个多小时，怎么弄都弄不醒，换尿布、挠脚心都没反应，平时三个小时就醒了，我们现在是不是要带她去医院",
     "我個仔兩歲，成日瞌眼瞓，拍醒佢幾秒又瞓返，眼都擘唔開",
     "my 3 month old slept 7 hours straight last night for the first time!! woke up hungry and happy. is it ok to let her sleep that long?",
     "宝宝白天睡得特别多，叫醒就精神，吃奶也好，这个正常吗？"),
    ("weak, high-pitched or non-stop crying",
     "my 2 month old has been crying nonstop for 4 hours, nothing settles him, it's a different sound, like a screech",
     "baby's cry has gone really feeble, barely a mewl, like she hasn't got the energy",
     "孩子五个月，拉肚子两天了，今天哭声越来越弱，跟小猫叫似的，好像连哭的力气都没了，抱着也不怎么动，嘴唇干干的，喂水也不喝，怎么办",
     "寶寶從下午哭到現在好幾個小時了，怎麼哄都哄不好，聲音跟平常不一樣很尖",
     "colicky baby cries every evening 6-9pm like clockwork, pulls her knees up, but she's fine in the day, feeding well, putting on weight. GP said colic. any tips that actually work? we've tried the drops and white noise. Any ideas welcome!",
     "寶寶晚上都會哭一陣子，白天正常，醫生說是腸絞痛，想問有什麼方法可以舒緩"),
    ("baby under 3 months with a temperature of 38C or more",
     "my 6 week old has a temperature of 38.3, took it in her armpit. she seems ok-ish but warm",
     "newborn (11 days) feels really hot to me, she's wrapped up but not too much, and the thermometer reads 38.6 under her arm, took it twice. first baby, is that bad, do we go in or ring the midwife? Sorry, panicking.",
     "宝宝两个月，刚量体温38.2度",
     "我個女啱啱出世三個禮拜，今晚摸落去熱熱哋，用耳探探熱探到38度5，再探多次都係咁，我哋冇包到佢好厚，佢食奶都照食，要唔要即刻去醫院",
     "my 10 week old had her jabs today and the nurse said she might get a temperature, what's normal and when do i worry?",
     "新生儿正常体温是多少？我家宝宝36.8，摸着有点热，量了没发烧"),
    ("stopped feeding",
     "my 5 week old has refused every feed since this morning, turns away from the bottle and boob, barely had anything in 10 hours",
     "baby won't take any milk at all today. not a drop. shes 3 months",
     "孩子三个月，昨天开始有点咳嗽，今天一整天喂啥都不要，奶瓶凑过去就扭头，从早上到现在就喝了几口，尿不湿也没怎么湿，奶奶说饿了自然会吃",
     "寶寶一個半月，從早上到現在一口奶都不吃，奶嘴一放進去就吐出來",
     "my 9 month old isn't interested in solids yet, she spits out purees and plays with finger food, but still loves her milk and has plenty of wet nappies. when should I worry, and is there a weaning class I can book?",
     "寶寶長牙這幾天奶量少了一點，但尿布還是很多濕的，還是很愛玩，這樣要看醫生嗎"),
    ("grunting or sucking in under the ribs when breathing",
     "she's 5 months and has had a cold for 2 days. tonight my baby is grunting with every breath out and the skin between her ribs sucks in each time, and her nostrils are flaring. I can hear it from the doorway",
     "Little one (1) is working really hard to breathe, his tummy is pulling in hard below his chest bone and there's a little groan as he breathes out",
     "宝宝六个月，前两天有点流鼻涕，今天晚上每喘一口气都哼一声，肋骨下面一吸一吸地陷进去，吃奶也吃不动，我和她爸爸都吓坏了，现在怎么办",
     "我個仔一歲，抖氣好辛苦，每次抖氣都嗯一聲，喉嚨下面凹咗入去",
     "my baby had bronchiolitis last month with the sucking-in breathing, she's totally better now. can she go back to nursery?",
     "孩子感冒鼻塞，睡觉呼噜声有点大，但呼吸不费劲，吃奶正常，用什么洗鼻子好"),
    ("pale, blue or mottled skin or lips",
     "my baby's lips have gone a bit blue and his skin looks blotchy and patchy",
     "Toddler looks ghostly white, almost grey, and there's a marbled purplish look on her legs",
     "孩子两岁，发烧一天了，刚才午睡醒来一看，脸色煞白，有点发灰，腿上一块一块的紫色纹路，跟平时完全不一样，叫她也不太理，怎么办",
     "我兒子嘴唇有點發紫，皮膚看起來花花的",
     "my baby's hands and feet look a bit bluish in the first days, especially after a bath, the midwife said it's normal. she's 4 days old, lips and tongue pink, feeding every 3 hours. just checking that's still fine. Thank you!",
     "小孩吃完藍莓嘴唇都變紫色，嚇我一跳，洗掉就好了哈哈"),
    ("green vomit",
     "my baby just vomited bright green, like grass-green, twice",
     "My 7 week old's sick is a dark swampy colour this evening, like pond water, not the usual milky stuff. Happened after her 6pm feed and again just now. Her tummy looks a bit swollen too and she's really unsettled. Never seen this before.",
     "宝宝吐了两次，吐出来的是绿色的",
     "我個B兩個月，今晚食完奶之後嘔咗兩次，啲嘢唔係白色嘅奶，係好似青草咁色，我影咗相，要唔要帶埋去，佢而家喺度喊到好辛苦，唔肯再食",
     "my toddler's poo is green after eating spinach, she's happy and well. normal?",
     "宝宝吐奶很正常吗？每次吃完都吐一点白色的奶，体重长得挺好"),
    ("no wet nappy for 12 hours or signs of drying out",
     "toddler has had diarrhoea and his nappy has been dry since last night, about 14 hours, eyes look sunken",
     "Haven't had anything wet to change on my 4 month old since breakfast yesterday... she's had a tummy bug, no tears when she cries",
     "孩子拉肚子两天了，十几个小时没尿过，眼窝陷下去了",
     "我女兒一歲，腸胃炎拉了兩天，從昨天晚上到現在尿布都是乾的，哭也沒有眼淚，嘴唇乾乾的，精神很差，我們已經餵了電解水，要去急診嗎",
     "how many wet nappies should a newborn have? mine has about 6-7 a day and they're heavy, feeding every couple of hours. just got home from hospital and the discharge leaflet is confusing about day 5 onwards. Is that enough?? Thanks",
     "寶寶拉肚子的時候要怎麼補充水分？他現在沒事，只是想先準備"),
]

CATEGORIES = ["seizure", "pregnancy", "sepsis", "head_injury", "meningitis",
              "diabetic", "burns", "child_unwell"]

# A few characters that only appear in one script; used to catch a row typed
# in the wrong script.
TRAD_ONLY = set("們這說會過還發點頭醫體後現開關見車東時間問題覺嗎來對種麼兒雙幾樣")
SIMP_ONLY = set("们这说会过还发点头医体后现开关见车东时间问题觉吗来对种么儿双几样")


def is_cjk(s):
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


def check_script(text, script):
    if script == "zh-Hans":
        bad = [c for c in text if c in TRAD_ONLY]
    else:
        bad = [c for c in text if c in SIMP_ONLY]
    assert not bad, (script, bad, text)


def build():
    rows = []
    for ci, cat in enumerate(CATEGORIES):
        signs = DATA[cat]
        assert len(signs) >= 10, cat
        n = 0
        seen_sign = set()
        for si, tup in enumerate(signs):
            assert len(tup) == 7, (cat, si)
            sign, en_t, en_h, hans, hant, none_en, none_zh = tup
            assert sign not in seen_sign
            seen_sign.add(sign)
            for t in (en_t, en_h, none_en):
                assert not is_cjk(t), t
            for t in (hans, hant, none_zh):
                assert is_cjk(t), t
            if si % 2 == 0:
                zh_tune, zh_tune_script = hans, "zh-Hans"
                zh_held, zh_held_script = hant, "zh-Hant"
            else:
                zh_tune, zh_tune_script = hant, "zh-Hant"
                zh_held, zh_held_script = hans, "zh-Hans"
            none_zh_script = "zh-Hans" if si % 2 == 0 else "zh-Hant"
            none_en_split = "tune" if (ci + si) % 2 == 0 else "held"
            none_zh_split = "held" if none_en_split == "tune" else "tune"
            items = [
                (en_t, "en", "en", "emergency", "tune"),
                (en_h, "en", "en", "emergency", "held"),
                (zh_tune, "zh", zh_tune_script, "emergency", "tune"),
                (zh_held, "zh", zh_held_script, "emergency", "held"),
                (none_en, "en", "en", "none", none_en_split),
                (none_zh, "zh", none_zh_script, "none", none_zh_split),
            ]
            for text, lang, script, level, split in items:
                if lang == "zh":
                    check_script(text, script)
                rows.append({
                    "id": "s30b.%s.%d" % (cat, n),
                    "text": text,
                    "lang": lang,
                    "script": script,
                    "category": cat,
                    "level": level,
                    "sign": sign,
                    "sign_index": si,
                    "split": split,
                    "template": "hw",
                    "source": "handwritten",
                })
                n += 1
    return rows


def check(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "duplicate texts"
    by_sign = {}
    for r in rows:
        by_sign.setdefault((r["category"], r["sign_index"]), []).append(r)
    per_cat = {}
    for (cat, si), rs in by_sign.items():
        per_cat[cat] = per_cat.get(cat, 0) + 1
        assert len({r["sign"] for r in rs}) == 1
        em = [r for r in rs if r["level"] == "emergency"]
        no = [r for r in rs if r["level"] == "none"]
        assert len(em) == 4 and len(no) == 2, (cat, si)
        assert sum(r["lang"] == "en" for r in em) == 2
        assert sum(r["lang"] == "zh" for r in em) == 2
        assert sum(r["split"] == "tune" for r in em) == 2
        assert sum(r["split"] == "held" for r in em) == 2
        assert sum(r["lang"] == "en" for r in no) == 1
        assert sum(r["lang"] == "zh" for r in no) == 1
        assert sum(r["split"] == "tune" for r in no) == 1
        assert sum(r["split"] == "held" for r in no) == 1
        # en: one tune one held; zh: one tune one held
        for lang in ("en", "zh"):
            assert {r["split"] for r in em if r["lang"] == lang} == {"tune", "held"}
        zt = [r for r in em if r["lang"] == "zh" and r["split"] == "tune"][0]
        want = "zh-Hans" if si % 2 == 0 else "zh-Hant"
        assert zt["script"] == want, (cat, si)
    assert set(per_cat) == set(CATEGORIES)
    for cat in CATEGORIES:
        assert per_cat[cat] >= 10, cat
    assert len(rows) == sum(per_cat.values()) * 6
    for r in rows:
        assert r["level"] in ("emergency", "none")
        assert r["split"] in ("tune", "held")
        assert r["script"] in ("en", "zh-Hans", "zh-Hant")
        assert r["template"] == "hw" and r["source"] == "handwritten"


def main():
    rows = build()
    check(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "triage.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    with open(out, "rb") as f:
        md5 = hashlib.md5(f.read()).hexdigest()
    print("wrote %s rows=%d md5=%s" % (out, len(rows), md5))


if __name__ == "__main__":
    main()
