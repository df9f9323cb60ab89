#!/usr/bin/env python3
"""Blind triage test set blind56b (brief W35). Every message below was handwritten."""
import json
import os
from collections import Counter

SET = "blind56b"
EN, HANS, HANT = "en", "zh-Hans", "zh-Hant"


def E(script, content):
    return ("emergency", script, content)


def N(script, content):
    return ("none", script, content)


DATA = {}

# ---------------------------------------------------------------- chest_pain
DATA["chest_pain"] = [
    E(EN, "off duty RN here so cant do anything properly at home. my dad 67 c/o central CP radiating to L arm + jaw x40 min, diaphoretic, grey, nauseated. hx HTN, 20/day smoker. he says its indigestion from the curry and wont let me ring anyone. gave him nothing yet. what do i do"),
    E(EN, "I am sorry to trouble you. I would like to consult about my husband. Since about thirty minutes he is having heavy pressure in the middle of his chest, he says it is like an elephant is sitting on him, and he is sweating very much although the room is cool. He asks me please do not make a fuss. Is it acceptable to wait until the morning clinic opens?"),
    E(EN, ["hey is there parking at the general for the cardiology clinic, my uncle has his echo thursday",
           "ok thanks eh. also kinda random but hes sitting in the truck rn saying his chest is real tight and his left arm's gone numb since we shovelled the driveway, took his toque off cause hes sweating buckets and he looks kinda grey. he says itll pass, should I just take him home"]),
    E(EN, "ok so my mom is being weird she said her chest feels like its being squeezed and her back between her shoulder blades hurts rly bad and shes thrown up twice, shes like 52 and has diabetes. she told me not to tell my dad lol its prob her ducking period or smth right??"),
    E(HANS, "亲们打扰一下哈，先问下明天儿子学校体检要不要空腹哈哈哈，还有个事我老公刚才搬完煤气罐说胸口像压了块大石头一样闷，已经二十多分钟了还没好，脸白白的一直出冷汗，他说歇歇就好不让我大惊小怪，他爸以前就是心梗走的，我有点慌要怎么办"),
    E(HANS, ["hello 请问下 Tan Tock Seng 的 specialist clinic 礼拜六有开吗",
             "ok 谢谢 lah。另外我阿爸刚才从巴刹买菜回来就讲胸口很痛很紧，痛到左边手和下巴酱，整个人喘不过气，坐下来休息了半个钟还是一样，他讲不要紧啦老人家是这样的，我要等他好一点再讲吗"]),
    E(HANT, "不好意思想問一下，我媽剛剛說胸口很悶很 heavy，然後整個人冒冷汗，她有高血壓，我用家裡的血壓計量是 80/50，心跳摸起來一下快一下慢很亂，她說躺一下就好不用大驚小怪，這個 case 很 serious 嗎？"),
    E(HANT, "𠊎老公食飯食到一半講心肝頭痛，痛到背脊去，講像撕開樣，面色白白，手冷冷，佢講毋好去醫院，歇一下就好。𠊎毋知愛仰般"),
    N(EN, "GP here asking re my own mum — she had a trop-negative CP episode last month, full w/u incl CTCA normal, cardio said MSK/costochondritis. Completely asymptomatic since. Her follow-up letter never arrived, who do i chase, cardiology secretaries or PALS?"),
    N(EN, "Good day. I would kindly like to ask for information. My son must write a school report about heart attack. Which are the typical warning signs of chest pain that he should describe in his report? Nobody in our family is ill. Thank you very much for your kind help."),
    N(EN, "kia ora, quick one, my koro had his stents put in at the cardiac unit back in March, sweet as now, no chest pain at all, walking round the block every day. wondering if he still needs to carry the GTN spray in his pocket or can he chuck it, chur"),
    N(EN, ["hi do u guys do work experience for yr 11",
           "ok cool. also my grandad is on the heart ward rn after his chest pain thing on sunday, the doctors put a stent in and he says hes bored lol. what r visiting times"]),
    N(HANS, "宝妈们好，我想问下，我们家娃他爸上周单位体检做了心电图，医生说有点早搏不用管，他也没胸痛没胸闷，就是想问问平时还能不能继续喝咖啡哈哈哈，还有就是周末幼儿园亲子活动有人一起拼车吗"),
    N(HANS, "想问一下 lah，我看那个 Channel 8 连续剧里面的阿伯胸口痛一下子就倒下去，酱真的会这样的咩？心脏病的 early sign 是什么来的，我想教我妈妈认识，她很健康的"),
    N(HANT, "想問一下我去年 12 月因為胸痛掛過急診，後來做心導管都 OK，醫生說是胃食道逆流，現在要 follow up 的話是掛心臟內科還是腸胃科比較好？最近都沒再痛了"),
    N(HANT, "𠊎頭擺心肝頭痛過一擺，醫生檢查講係肌肉拉著，這下好了，毋會痛了。想問下禮拜四門診愛先抽血無？"),
]

# ---------------------------------------------------------------- stroke
DATA["stroke"] = [
    E(EN, "paramedic, off shift, at my in-laws for tea. FIL 72 ?CVA — L facial droop, slurring, R arm drift, onset 19:40 witnessed so ~15 min ago. on apixaban. BM 6.8. MIL thinks he's had too much wine and wants him to lie down. which hospital does thrombectomy out of hours round here?"),
    E(EN, "Excuse me, I am sorry for bothering. My mother in law is visiting from Korea. Since lunch time, she cannot find the right words, she says cup when she want to say spoon, and her right hand dropped the chopsticks two times. She says it is only the jet lag. Could you please advise if we should book appointment with family doctor next week?"),
    E(EN, ["kia ora, can i get a repeat script for my nan's warfarin sent to the chemist in Hamilton",
           "cheers. she's a bit off today too eh, was chatting fine at morning tea then all of a sudden her words went all jumbled and one side of her mouth is droopy, she keeps dribbling her cuppa down her front, been about half an hour now. she reckons she's just tired"]),
    E(EN, "guys my grandpa just stood up and fell over sideways and now he says the room is spinning and hes puking and he cant walk straight at all and his eyes r doing this jerky thing. hes like 80. my mom says its prob an ear thing?? should we just let him sleep it off"),
    E(HANS, ["亲们请问下医院停车场晚上几点关门哈",
             "好的谢谢哈。顺便问一下，我婆婆刚才在群里发语音说话含含糊糊的听不清，我视频一看她左边嘴巴歪了，左手拿不住手机一直掉，她说就是没睡好哈哈哈，十分钟前还好好的，要不要等明天再看"]),
    E(HANS, "我阿公刚刚看报纸突然讲右边眼睛看不到东西，像有黑布盖住酱，然后右手右脚麻麻的没力，拿不起杯子，他讲等下就好了啦，要不要带他去 polyclinic 先?"),
    E(HANT, "先問一下，我爸剛剛跟我 video call 的時候突然講話都不對，一直重複同一句，問他今天幾號也答不出來，右手拿滑鼠一直滑掉，大概二十分鐘前開始的，他說只是太累要先 sleep 一下，這樣 OK 嗎？"),
    E(HANT, "𠊎阿姆今朝晨頭坐起來就講半片身體毋會動，右手右腳軟軟，講話舌嫲打結，嘴角歪一片。佢講睡一覺就好，𠊎愛仰般？"),
    N(EN, "ward nurse here but asking as a daughter — mum had a TIA 2 yrs ago, full recovery, on clopidogrel + statin. no new sx, no droop, speech fine. her dentist wants clopi stopped before an extraction, is that a question for your dept or the stroke clinic?"),
    N(EN, "Thank you for your service. I would like to ask about the visiting hours for the stroke ward. My father was admitted last week after his stroke and he is stable now and eating. May I bring Japanese food for him, or is it not permitted?"),
    N(EN, ["hi, where's the washroom closest to the neuro clinic, I have mobility issues",
           "thanks eh. I'm going for my 6 month check after my stroke last winter, my arm's way better now and I'm driving again. do I need my health card or just the letter"]),
    N(EN, "doing a health class presentation on FAST stroke signs lol my teacher wants a real source, does the hospital have like a poster or leaflet i can use?? no one's sick im just lazy"),
    N(HANS, "宝妈们问一下哈，我爸前年中风过一次，现在恢复得挺好的，自己能走能说话，就是想问问医院康复科的针灸要不要预约，另外孩子暑假作业要写一篇关于家人的作文，哈哈哈他就写了外公"),
    N(HANS, "请问下 lah，我昨天看到一个罗里司机在路边突然嘴歪倒下，还好救护车很快就来载走了，我有点 shock，想问一般人要怎样学那个 FAST 测试，有没有 course 可以上?"),
    N(HANT, "想問一下，我 Apple Watch 跳出心律不整 AFib 的 notification，網路上說 AFib 會增加中風 risk，但我現在完全沒症狀，講話、手腳都正常，要掛心臟科還是神經內科 check 一下？"),
    N(HANT, "𠊎老弟舊年中風，這下在做復健，行路還係有兜子跛，講話清清楚楚。想問復健科禮拜六有開無？"),
]

# ---------------------------------------------------------------- anaphylaxis
DATA["anaphylaxis"] = [
    E(EN, "ED reg but off today, at a kids party. my 6yo nephew had a satay skewer ~10 min ago, now widespread urticaria, lip angioedema, voice going hoarse and a barky cough, ?stridor. no known nut allergy. only epipen here is my sister's adult 300mcg. do i use it?? what do i do"),
    E(EN, "Dear Sir or Madam, I apologise for the disturbance. My wife was stung by a wasp in the garden approximately ten minutes ago. Now her face is red and swollen, her tongue feels thick, and she says she becomes dizzy and her voice sounds strange. She would not like to go to the hospital because of the costs. Please advise what is the correct procedure."),
    E(EN, ["does the hospital cafe have gluten free stuff",
           "ok ty. also my bf just had a prawn cracker from there and now hes got bumpy red rash everywhere and he keeps saying his throats closing up and hes wheezing?? hes allergic to shellfish but he thought it was fine. he used his epipen like 5 min ago and hes still bad"]),
    E(EN, "hey my missus got given amoxicillin at the after hours this arvo, took the first one bout 20 min ago and now she's covered in welts, lips blown up like a balloon and she's gone all faint and clammy on the couch. she reckons she's right, just wants a lie down. what do we do eh"),
    E(HANS, "各位宝妈，群里谁家有抗过敏的药啊，我家闺女刚吃了同学给的花生酥，现在嘴唇肿得老高，全身起风团，说喉咙紧喘不上气，声音都哑了，还吐了一次，我先给她喝点水哈，还有明天家长会几点开始来着"),
    E(HANS, ["请问那个 allergy clinic 的预约可以改时间吗",
             "好，谢谢。Eh 我儿子刚刚吃了 chilli crab 整个脸肿起来酱，眼睛都睁不开，讲喉咙很痒吞不下口水，一直流口水，现在呼吸有咻咻声，他以前没有对螃蟹敏感的，要先给他吃 Zyrtec 吗"]),
    E(HANT, "想問一下，我剛剛在公司附近診所打完第一次的抗生素針，回來半小時後手臂、脖子都起疹子，現在覺得喉嚨很緊、吞口水卡卡的，頭暈暈的站起來眼前發黑，而且肚子絞痛，這個算 normal 的副作用嗎？我等等還有 meeting"),
    E(HANT, "𠊎孫仔食了蝦子，這下面腫起來，嘴唇肥肥，喘氣有聲，佢講喉嗹緊緊吞毋落。𠊎毋知愛仰般？"),
    N(EN, "practice nurse, asking re my own son (8) — known peanut allergy, mild reaction at school today, few hives round his mouth only, no SOB, no swelling, settled in 20 min with cetirizine, school nurse watched him. GP wants him re-referred to allergy clinic; how long is the wait atm?"),
    N(EN, "Hello, I hope you are well. I would like to kindly ask: my daughter's EpiPen will expire next month. Please could you tell me how to get a new prescription? She has had no allergic reaction for three years, thanks to God."),
    N(EN, "hey so im making a bunch of nanaimo bars for my kid's class and one kid has anaphylaxis to nuts, is it enough to use a nut free washroom — I mean nut free kitchen lol autocorrect — or do I need to do more? just want to be careful eh"),
    N(EN, ["whats the wifi password in the childrens ward",
           "ok thx. my little sis is in for her food challenge thing, they gave her tiny bits of egg and she got a couple hives on her chin, nurse said thats literally what the test is for and they stopped it and shes fine now playing switch"]),
    N(HANS, "亲们，我家小宝去年吃芒果嘴巴肿过一次，当时医生看过说是口周过敏，后来就没再吃了，现在想问问医院能不能做过敏原检测，要不要空腹，哈哈哈他天天吵着要吃芒果"),
    N(HANS, "我的狗狗昨天被 bee 叮到 lah，嘴巴肿起来，我已经带去 vet 打针了，现在好了。想问人被叮的话过敏要注意什么？"),
    N(HANT, "我同事之前吃花生 allergic reaction 整個臉腫起來，那時候有打 EpiPen 送醫，現在都沒事了。我想問一下公司的急救箱要不要也準備 EpiPen？需要處方嗎？"),
    N(HANT, "𠊎食蝦子會癢，皮膚起兜子紅點，食了藥丸就好了，從來毋會喘。想問做過敏測試愛幾多錢？"),
]

# ---------------------------------------------------------------- breathing
DATA["breathing"] = [
    E(EN, "RGN, at home w my husband 58, COPD. SOB worsening since tea, now sats 84% on his own pulse ox (baseline 92), RR ~30, using accessory muscles, can only get out 3-4 words at a time, getting drowsy and muddled. home nebs x2 no change. he says wait for his resp nurse visit tomorrow"),
    E(EN, "I am very sorry to trouble you at night. My daughter, age 9, has asthma. She used the blue inhaler ten puffs but it does not help. She cannot finish a sentence and her lips look a little purple. I would like to consult whether I should give more puffs or wait for the morning clinic."),
    E(EN, ["hi is the walk in clinic open on thanksgiving monday",
           "ok. my wife flew back from vancouver yesterday, she's had a sore swollen calf since the flight and now all of a sudden she can't catch her breath, her chest hurts when she breathes in and her heart's racing. she says it's probably anxiety. can she just come to the walk in tmrw"]),
    E(EN, "my lil bro (2) is breathing super fast and his tummy is like sucking in under his ribs every breath and hes making a grunting noise, he had a cold. mum is at work and nan says just give him calpol and bed?? hes kinda sleepy"),
    E(HANS, "亲们，先问下明天降温了孩子要不要穿羽绒服哈哈哈，还有就是我爸老慢支，今天一下午喘得越来越厉害，现在坐着都喘，说一句话要分三次说，嘴唇有点发紫，家里的血氧仪测出来八十几，他说老毛病了吃点药就行，要不要紧"),
    E(HANS, "我 mother 在 kopitiam 吃鸡饭突然噎到，现在讲不出话酱，一直抓喉咙，咳也咳不出声，脸开始变紫色，我拍她背还没出来，要怎么办 lah"),
    E(HANT, ["請問一下線上掛號系統是不是壞了，一直 timeout",
             "OK 我晚點再試。另外想順便問，我女友有氣喘，今天吸了好幾次藥都沒用，現在喘到講話講不完一句，肩膀一直聳起來在用力吸氣，嘴唇有點發白，她說等明天掛到號就好，這樣 OK 嗎"]),
    E(HANT, "𠊎老公一夜晡毋會睡，坐起來大喘，講胸前緊緊，腳腫腫，咳出來個痰係粉紅色泡泡。佢講毋好吵醒細人，𠊎愛仰般"),
    N(EN, "paramedic asking re my dad — viral LRTI 3/52 ago, resolved, sats 97% RA, no SOB at rest or on stairs, just a lingering dry tickly cough. GP says post-viral. Is there a cough clinic referral or is that overkill?"),
    N(EN, "Good afternoon. I kindly request information regarding the lung function test for my mother next Tuesday. Must she stop her inhalers before the test? She has no breathing problems at the moment, it is only a routine control."),
    N(EN, "kia ora, im sweet as now but last week after the half marathon i was puffed out for ages, totally fine since, just wondering if i should get checked for exercise asthma or is that a waste of the doc's time"),
    N(EN, ["do u have to pay for parking if ur only there for like 10 min",
           "ok. also my mate had a panic attack at school today and said she couldnt breathe, the teacher calmed her down and shes fine now at home eating pizza. is there like a counselling thing at the hospital for teens?"]),
    N(HANS, "各位宝妈，我家儿子去年秋天支原体肺炎住过院，当时喘得厉害，现在早就好了，想问问今年要不要打那个肺炎疫苗，另外学校说要交体检表，哈哈哈又是一堆表格"),
    N(HANS, "哎我被这个 report 搞到喘不过气来 lah 哈哈，不是真的啦。问一下 polyclinic 可以做 spirometry 吗？我老板要我们全部做 health screening"),
    N(HANT, "想問一下家裡的血氧機量到 95 正不正常？我沒有喘也沒有不舒服，只是剛買來想 test 一下，看網路說 95 以上都 OK？"),
    N(HANT, "𠊎個氣喘藥食完了，最近毋會喘，行路也好好。想問愛仰般拿慢性處方箋？"),
]

# ---------------------------------------------------------------- bleeding
DATA["bleeding"] = [
    E(EN, "FY2 but this is my mum — on warfarin for AF, INR unknown, epistaxis since 8pm, continuous despite firm pressure 2x20 min + ice, now swallowing blood, vomited clots once, looking pale & lightheaded when she stands. Her GP's closed. Can she just come to the nurse-led clinic tomorrow?"),
    E(EN, "Good evening. I am sorry to disturb. My husband cut his forearm on broken glass while he was washing the dishes. The blood is coming out strongly in pulses, like a small fountain, and one towel is already full. He is pressing it. Could you kindly tell me which clinic is open at this time?"),
    E(EN, ["hey do you know if the hospital pharmacy is open saturdays",
           "sweet. also bit random but my old man's been chundering up what looks like coffee grounds this arvo and his poo's gone black and sticky, he nearly passed out getting off the dunny just now. he's on the piss a fair bit and says it's just his stomach, leave it"]),
    E(EN, "my sis had her tonsils out like 6 days ago and shes spitting out loads of bright red blood rn like a cup full, mum's on a night shift and not answering. is this normal healing??"),
    E(HANS, ["亲们请问医院食堂外人能进去吃饭吗",
             "好的。还有个事哈，我老公刚才在厂里被铁皮划了大腿内侧，血是一股一股往外喷的，拿毛巾按着都湿透了，他脸煞白说头晕，工友说送卫生院缝两针就行，哈哈哈我吓死了，行不行啊"]),
    E(HANS, "我阿嬷刚刚去厕所拉出来很多血，整个马桶都红红的酱，她现在坐在那边头晕眼花，出冷汗，讲话没力，她讲是痔疮啦不要紧，要不要等明天看 GP?"),
    E(HANT, "想問一下，我老婆剛生完兩週，今天突然大量出血，一小時換了三片夜用型都濕透，還有很大的血塊，她說頭很暈心跳很快，這個產後出血正常嗎？要先 check 什麼？"),
    E(HANT, "𠊎老公有食抗凝血個藥仔，今晡日跌倒，腳上切著一條大傷口，血一直流毋停，壓了半點鐘還係流，佢面色白白。愛仰般？"),
    N(EN, "district nurse asking for my dad — small skin tear on his forearm from the car door this morning, cleaned, steri-stripped, dressing dry, bleeding stopped within 5 min. He's on aspirin only. Does he need a tetanus booster? last one >10y ago i think"),
    N(EN, "Excuse me, I would like to ask a question. This morning my son had a nosebleed for about five minutes. It has stopped completely and he is playing normally now. Is it necessary to make an appointment with the ENT doctor? It happened one time also last month."),
    N(EN, "ok this is gonna sound dumb but i'm bleeding money on parking at the hospital lol, my mom's in for her hip. is there a weekly pass or something? the machine by the east washroom keeps eating my card"),
    N(EN, ["is the blood donation place in the hospital or somewhere else",
           "ok ty. i wanna go w my friend, she fainted once last yr when she saw blood in bio class but shes fine. does she need to eat before?"]),
    N(HANS, "亲们，我老公上个月胃出血住院输了血，现在出院复查胃镜都好了，医生说溃疡愈合了，想问问他还能不能喝点小酒哈哈哈，还有就是下周孩子学校开运动会，谁家有空一起拍照"),
    N(HANS, "我今天切菜切到手指 lah，小小的伤口，流了一点血，我贴了膏布已经停了。想问要不要打 tetanus 针？上次打是什么时候我忘记了"),
    N(HANT, "想問一下我在追的那部醫療劇裡面主角一直吐血，這種劇情是什麼病啊？純粹好奇哈哈，不是我家人"),
    N(HANT, "𠊎刷牙個時節牙齦有兜子血，漱口就無了，這下毋會流了。愛掛牙科還係家醫科？"),
]

# ---------------------------------------------------------------- suicide_self_harm
DATA["suicide_self_harm"] = [
    E(EN, "paramedic, not on duty, it's my brother. he's just texted me 'sorry for everything, look after the dog', he's got a shotgun licence and isn't answering. I'm 40 mins away. his wife's away at her mum's. what do i do"),
    E(EN, "Dear hospital team, I am sorry to write this. My son (19) told me this evening that he has decided to end his life tonight and he has collected his grandmother's sleeping tablets in his room. He asked me not to tell anybody. I would kindly like to know if there is an appointment with a psychologist available this week."),
    E(EN, ["does the hospital have like a teen mental health thing i can book",
           "ok. rn tho i cut my arm a lot deeper than usual and it wont stop bleeding and i can kinda see yellow stuff inside?? its fine i just dont want my parents to know lol"]),
    E(EN, "hey sorry, probably nothing but my cuz has been giving away all his gear this week, his guitar, his ute keys, and tonight he told me he's sorted how he's gonna do it and it'll be this weekend. then he laughed it off and said he's sweet as. he's at his flat alone rn. what do i do eh"),
    E(HANS, "亲们，我先问个事，家长群里说下周要交校服钱哈哈哈，还有我家女儿初三，刚刚我看到她桌上写了像遗书一样的东西，说对不起爸爸妈妈，她房间窗户开着，我们住十八楼，她现在把门反锁了叫也不开，我是不是想多了"),
    E(HANS, "我 friend 现在在她 HDB 组屋顶楼 WhatsApp 我，讲她要跳下去，讲什么来的她已经很累了，还 send 了 location 给我，我 call 她不接，我应该怎样 lah"),
    E(HANT, ["請問精神科的 online 預約可以選晚上的時段嗎",
             "好 thanks。其實是我室友，他剛剛跟我說他已經買好木炭了，今晚要在房間燒，叫我不要管他，然後就把門鎖起來了，我不知道該怎麼 handle"]),
    E(HANT, "𠊎孫仔講佢毋想活了，講佢刀仔準備好了，今夜就要做。佢這下關在間肚，𠊎喊佢佢毋開門。愛仰般？"),
    N(EN, "psych SHO, asking as a dad. my daughter (16) self-harmed last year, under CAMHS, doing really well now, no thoughts of harm. she's actually the one who asked me to find out: can she self-refer to the teen peer support group or does it have to come through CAMHS?"),
    N(EN, "I am sorry to trouble you. I am writing a university report about suicide prevention in hospitals. Would it be possible to ask the mental health team for a short interview? Of course I understand if it is not possible."),
    N(EN, "lol this tax form is literally killing me, i wanna die 😂 anyway, does the hospital billing office take e-transfer or only cheque? my insurance covered the washroom reno — i mean the physio, autocorrect sorry"),
    N(EN, ["hey whats the number for the youth counselling line",
           "ok thanks. im not gonna do anything dw, i just had a rough week w exams and my school counsellor said to save it in my phone just in case"]),
    N(HANS, "宝妈们，我最近带娃带得真想死哈哈哈开玩笑的，没事没事，就是睡不够，想问下医院有没有产后心理咨询门诊，要挂什么科"),
    N(HANS, "我在 Netflix 看那个 13 Reasons Why，里面那个女生自杀，我看完有点 down，不是我要做什么 lah，只是想问 Singapore 有什么 hotline 可以聊聊天的?"),
    N(HANT, "我高中的時候有自殘過，現在已經好很多了，大概五年沒有了。最近想處理手臂上的疤痕，是要掛皮膚科還是整形外科？"),
    N(HANT, "𠊎頭擺有過想毋開，這下好了，有食藥仔有看醫生，心情也好。想問下個月回診愛先預約無？"),
]

# ---------------------------------------------------------------- overdose_poisoning
DATA["overdose_poisoning"] = [
    E(EN, "nurse, off duty. my mum's just admitted she took ~24 x 500mg paracetamol over the afternoon 'for her back' plus a few co-codamol, so approx 4-5h ago. she feels fine, no N&V, wants to go to bed. weighs ~55kg. do I bring her in tonight or is tomorrow ok for bloods?"),
    E(EN, "Hello, I apologise to write late. My son is two years old. Maybe twenty minutes ago he swallowed one small round flat battery from the TV remote control. He is playing now and not crying. I would like to consult, should I wait for it to come out naturally?"),
    E(EN, ["hi whats the fax number for the records dept",
           "ok thanks. also weird thing, our whole family's had headaches and been dizzy and puking since we turned the furnace on this weekend, my daughter's super sleepy and confused now. we figured it's a bug going round. cat's been weird too. should I bring her in monday?"]),
    E(EN, "my friend took like 3 of her brothers oxys at a party and shes like barely waking up and her breathing is really slow and snory and her pupils r tiny. everyone's saying let her sleep it off. idk"),
    E(HANS, "亲们，我家两岁的小宝刚才趁我做饭把奶奶的降压药和心脏的药倒出来吃了，不知道吃了几颗，地上还有三四颗，现在看着还挺好的在玩哈哈哈，我要不要催吐，还有下午的早教课还去不去"),
    E(HANS, ["请问 hospital 旁边的 car park 要怎样付钱",
             "ok 谢谢。Eh 我 uncle 刚刚回家口渴，错喝了矿泉水瓶装的那个除草剂 weed killer，喝了一口就吐出来了，现在讲喉咙很烧很痛，他讲没事啦已经吐掉了"]),
    E(HANT, "想問一下，我阿嬤剛剛把裝在寶特瓶的漂白水當成茶喝了好幾口，現在說嘴巴和喉嚨很痛、一直流口水、吞不下去，她說已經漱口了應該 OK，我要先 check 什麼？"),
    E(HANT, "𠊎老公上山撿菇仔，煮來食，食了半日，這下肚屙又嘔，講目珠看毋清，冷汗一直流。佢講歇一下就好，愛仰般？"),
    N(EN, "GP here, personal q — my dad accidentally double-dosed his amlodipine (2 x 5mg) this morning, BP 128/76 now, asymptomatic, HR 72. Happy he's fine, just wondering if your pharmacy team want it documented anywhere before his next clinic."),
    N(EN, "Good day. I would like to ask a general question. In our kitchen we store the cleaning products under the sink. My grandson begins to crawl. Which products are the most dangerous for poisoning, so I can move them up high? Nothing has happened, I only want to prevent."),
    N(EN, "kia ora, bit of a dumb one, I took two panadol at 8 then forgot and took another 2 at 10, so 4 tabs total this morning, feel fine. is that sweet or do i need to worry? won't take any more till tonight"),
    N(EN, ["can u visit ppl in the ICU or only family",
           "ok. my uncle is there after he got poisoned by some bad mushrooms last week but the docs said hes recovering now, my mum just wants to know if i can come with her on saturday"]),
    N(HANS, "宝妈们，问下哈，孩子吃了一颗儿童维生素软糖是正常量吧哈哈哈，他非说还要，我没给。还有谁知道幼儿园那个体检表在哪下载"),
    N(HANS, "我家的 cat 昨天舔到一点 lily 花粉，已经带去 vet 看了，现在 OK 了。想问家里有小孩的话 lily 也危险吗?"),
    N(HANT, "想問一下，我去年因為誤食公司冰箱裡同事放的酒精果凍（我體質不能喝酒）有被送急診，現在早就沒事了，想申請那次的診斷證明，要去哪個窗口？"),
    N(HANT, "𠊎食藥仔會想毋起來食了無，有時重複食兩擺，係血壓藥。醫生講這下血壓正常，無問題。想問有藥盒仔可以買無？"),
]

# ---------------------------------------------------------------- infant_fever
DATA["infant_fever"] = [
    E(EN, "paeds nurse but it's different when it's your own 🙈 my LO is 5 wks, temp 38.3 axillary x2 readings 10 min apart, feeding less, bit mottled on her legs. no vaccines yet. hubby says wait for the morning GP. thoughts?"),
    E(EN, "I am sorry to trouble you. I would like to consult about my baby. He was born seven weeks ago. Tonight his body is hot, the thermometer shows 38.0 degrees. He is drinking milk a little less than usual but he is sleeping calmly. Is it fine to give him a small paracetamol and wait to see the doctor on Monday?"),
    E(EN, ["hi, where do I drop off the forms for my baby's health card",
           "ok thanks eh. she's 3 weeks old, kinda fussy today and felt warm so I checked, it's 100.6 F in her bum, she's feeding ok-ish. probably just bundled her too much in the snowsuit and toque lol"]),
    E(EN, "hey kia ora, my sister's bubba is 10 weeks, had a hot head all arvo, thermometer said 38.7, now she's not really waking for feeds and she's making these little grunty noises. sis reckons it's teething. is she right to just keep an eye?"),
    E(HANS, "亲们，二宝才四十天，今天下午摸着有点烫，量了耳温38度5，奶也不怎么吃，一直睡，哭声也小，哈哈哈大宝当年发烧都是物理降温搞定的，我要不要也贴个退热贴先观察一晚，还有月子中心那边的尾款怎么退"),
    E(HANS, "我 baby 两个月大，刚刚量体温 38.2 度，可是手脚冷冰冰酱，身上有一些小小紫红色点点压了不会退，她一直哭很小声，要不要先喂 Panadol 等明天去 polyclinic?"),
    E(HANT, ["想問一下新生兒的健保卡申請要帶什麼文件",
             "OK thanks。另外想問，我兒子出生才三週，剛剛量肛溫 38.4，喝奶喝不完，頭頂囟門好像有點鼓鼓的，我老婆說先觀察看看，這樣可以嗎？"]),
    E(HANT, "𠊎孫女正出世一個月過，今晡日摸著燒燒，量了三十八度二，毋肯食奶，睡到喊毋醒。𠊎心舅講冷氣吹多了，愛仰般？"),
    N(EN, "medic, asking re my own bub — she's 4 months now, had a temp of 38.1 after her jabs yesterday, gave paracetamol as advised, 36.9 today, feeding well, plenty of wet nappies. Just checking when her next imms are due, the red book page got ripped lol"),
    N(EN, "Good morning. I would like to ask for information. What temperature is considered a fever for a newborn baby? My baby will be born next month and I want to prepare a good thermometer. Thank you for your kind answer."),
    N(EN, ["hi, do you have a breastfeeding clinic on weekends",
           "ok thanks. my son's 6 weeks, he felt warm last night but I'd had him all wrapped up in two blankets, took one off and checked properly, 36.9, he's feeding like a champ and waking for every feed. just wanna get help with his latch"]),
    N(EN, "my mum just had a baby (hes 2 wks) and im scared of giving him my cold lol. should i wear a mask? he doesnt have a temp or anything hes fine, i just dont wanna make him sick"),
    N(HANS, "亲们，小宝满月了，上周打卡介苗说可能会有低热，结果一点都没烧哈哈哈，今天量36.8，吃奶很好，就想问问下一针什么时候打，还有满月酒订哪家好"),
    N(HANS, "我 colleague 的 baby 上个礼拜一个月大的时候发烧，已经住院做完检查了，医生讲是 UTI，现在出院了好好的。我想问要送什么礼物去她家探望比较好 lah?"),
    N(HANT, "想問一下，新生兒量體溫耳溫槍準嗎？我女兒兩個月，現在沒有發燒，只是想買一支 backup，要量肛溫還是額溫比較 accurate？"),
    N(HANT, "𠊎孫仔四個月前正出世個時節有燒過，住院打了針，這下好好，食奶大聲。想問愛打個預防針愛去哪？"),
]

# ---------------------------------------------------------------- seizure
DATA["seizure"] = [
    E(EN, "para, off duty at a BBQ. my bro-in-law (known epi, on keppra) has had 2 tonic-clonics back to back, didn't come round in between, 2nd one's been going ~6 min now, no buccal midaz here. he's on his side. his wife says he always comes round eventually. what do i do"),
    E(EN, "Good evening, excuse me for disturbing. My husband is 45 and he has never had epilepsy. Ten minutes ago he suddenly fell on the floor, his body was shaking hard for maybe two minutes and he bit his tongue. Now he is breathing but he does not answer me properly and he is very sleepy. Should I make an appointment with a neurologist?"),
    E(EN, ["hey does the hospital do free sports physicals",
           "ok. also my lil cousin (18 months) is hot af and just went stiff and her arms and legs were jerking and her eyes rolled back for like 3 min, shes stopped now but shes kinda floppy and wont really look at me. my aunt says its bc of the fever n its normal"]),
    E(EN, "hey, my mate's just come out of the surf and he's had some kind of fit on the beach, shaking all over for a couple mins, he's stopped now but he's still not with it, lips a bit blue, breathing real noisy, he's got no history of that. lads reckon give him a feed and some water. that sweet?"),
    E(HANS, ["亲们问下医院的体检中心周末上班不哈",
             "好的。另外哈我老公刚才吃饭突然倒地抽搐，口吐白沫，抽了一下停了，两分钟又抽了，现在已经抽第三次了中间都没醒过来，他以前没这毛病，婆婆说掐人中就行，我掐了也不管用，咋办"]),
    E(HANS, "我 brother 有 epilepsy 的，今天 forget 吃药，现在抽筋抽了快十分钟还没停酱，我们把他侧躺了，他的嘴巴有流血，要等它自己停 lah?"),
    E(HANT, "想問一下，我女兒五歲，剛剛發燒到 39 度然後抽搐，可是只有左手左腳在抖，抖了十幾分鐘才停，現在左手好像動不太了，還在睡叫不太醒，這個 febrile seizure 是不是等她醒來就 OK？"),
    E(HANT, "𠊎老弟今晡日在田裡跌倒，全身發抖，目珠反白，停了過後還係毋會講話，喊毋醒，佢頭擺毋曾按樣過。愛仰般？"),
    N(EN, "RN here asking about my son (17), known epilepsy, well controlled, last seizure was 18 months ago. driving question really - when can he apply for his provisional licence? neuro f/u next month"),
    N(EN, "I am sorry to trouble you. Last week my daughter had a seizure because of high fever, the doctor in your hospital checked her and she recovered completely. The doctor said it is a simple febrile seizure. May I ask if she can attend the kindergarten swimming class?"),
    N(EN, ["where's the EEG department, I get lost every time",
           "thanks eh. it's just my routine one, I haven't had a seizure in like 3 years, neuro wants to see if I can come off the lamotrigine"]),
    N(EN, "bro my game literally gave me a seizure warning screen and now im paranoid lol. ive never had a fit or anything, how do u know if ur photosensitive? can the hospital test for it"),
    N(HANS, "宝妈们，我家老大三岁那年高热惊厥过一次，后来就再也没有了，现在二宝也一岁了，我想提前学学万一抽筋了要怎么处理，哈哈哈有备无患，谁知道社区医院有急救课吗"),
    N(HANS, "我家的狗狗昨天 fit 了一下，vet 讲是 epilepsy，已经开药了，现在好好的。人也会这样遗传吗？我的孩子会不会也有 lah"),
    N(HANT, "想問一下，我看新聞說有人開車突然癲癇發作撞車，我自己是沒有任何症狀啦，只是好奇做 EEG 是不是要自費？公司健檢有沒有包含？"),
    N(HANT, "𠊎孫仔有羊癲瘋，食藥仔這兩年都無發過。想問藥仔食完了，愛仰般拿？"),
]

# ---------------------------------------------------------------- pregnancy
DATA["pregnancy"] = [
    E(EN, "midwife, asking about my SIL — 34/40, G2P1, c/o severe frontal headache + flashing lights since this aft, face & hands puffy, epigastric pain. home BP 168/110 on her own cuff. she says it's just a migraine and she'll mention it at her appt thurs"),
    E(EN, "Excuse me, I am sorry to bother you. I am 31 weeks pregnant with my first baby. Since yesterday evening I cannot feel the baby moving. I drank cold juice and lay on my left side, but still nothing. I would like to ask if I can wait for my check-up on Friday."),
    E(EN, ["kia ora, where do I park for the maternity unit, is there a drop off zone",
           "chur. she's only 9 weeks so we're just coming for the dating scan tmrw. but she's got real bad pain low down on the right tonight, and now pain in her shoulder tip, she nearly fainted in the shower. bit of spotting too. she reckons it's just cramping"]),
    E(EN, "my older sister is 28 weeks pregnant and she's bleeding loads, like its all down her legs and her bump is rock hard and she says the pain wont stop. her bf said to run her a bath?? shes crying. is this like normal"),
    E(HANS, "亲们，我怀二胎三十二周，今天下午上个厕所起来突然下面哗一下流了好多水，裤子都湿透了，现在还一直往外流，不痛不痒的哈哈哈，是不是漏尿了，我婆婆让我垫个尿不湿等明天产检再说，对了群里谁有待产包清单发我一份"),
    E(HANS, ["请问 KKH 的 antenatal clinic 要怎么 reschedule appointment",
             "ok thanks lah。另外我老婆现在 36 周，刚刚突然全身抖了一分钟酱，叫她没反应，她之前有讲头很痛眼睛看到闪闪的光，现在醒了可是很 blur，要等 appointment 那天才讲吗?"]),
    E(HANT, "想問一下，我老婆懷孕 24 週，今天下午開始肚子一陣一陣很規律的痛，大概每五分鐘一次，還有一點出血，她說應該是假性宮縮，這樣要先 check 什麼嗎？"),
    E(HANT, "𠊎心舅大肚七個月，今晡日跌倒，肚屎痛到毋會企，下面一直流血。佢講坐一下就好。愛仰般？"),
    N(EN, "GP, asking for my wife — 20/40, had a tiny bit of brown spotting after sex last night, none since, no pain, feeling baby move. Seen at EPAU this morning, cervix closed, scan fine. Just want to know how to move her 24wk appt as it clashes with our flight"),
    N(EN, "Good afternoon. I would like to ask kindly: my wife is 30 weeks pregnant and the baby is moving very actively, sometimes she cannot sleep because of the kicking. Is there a parking area reserved for pregnant women at the maternity building? Thank you."),
    N(EN, ["do u need an appointment for the pregnancy test thing or can u just walk in",
           "its for a school project on teen pregnancy lol not me. we need to know what services there are and like what signs mean u should see a midwife straight away"]),
    N(EN, "hey so my wife's 38 weeks, and our birth plan says to come in when the contractions are 5-1-1, right now they're like every 20 min and mild, no bleeding, waters intact, baby's kicking lots. just double checking we don't come in yet eh? also is there a washroom in the triage waiting area lol"),
    N(HANS, "宝妈们好，我怀孕十周了，孕吐吐得想死哈哈哈，不过还能吃能喝，尿也正常，就是问问产检建档要带什么，还有谁家有不穿的孕妇装便宜出我"),
    N(HANS, "我 sister 上个月怀孕有 bleeding，当时 doctor 已经看过，baby 没事，现在 OK 了。我想问怀孕的时候可以吃 durian 吗，她很想吃 lah"),
    N(HANT, "想問一下，我老婆懷孕 28 週，今天胎動很 active，只是想確認一下數胎動的 app 推薦哪一個？醫生說每天 count 一下就好"),
    N(HANT, "𠊎心舅大肚五個月，前兜時有兜子出血，醫生看過講胎盤位置較低，這下無出血了，也毋會痛。想問愛仰般申請產檢補助？"),
]

# ---------------------------------------------------------------- sepsis
DATA["sepsis"] = [
    E(EN, "RN asking re my dad, 78, on chemo for bowel ca (last cycle 8 days ago). temp 38.4, rigors, HR 118, BP on home cuff 88/50, passed urine once today. he's 'not bothering the oncology line at this hour'. thoughts?"),
    E(EN, "I am sorry to trouble you. My father, 80 years, had a bladder infection this week and is taking antibiotics. Today he is very confused, he does not recognise me, he is breathing fast and his knees and legs have a purple blotchy colour. His body feels cold but he is shivering. Could you please suggest a nearby clinic?"),
    E(EN, ["hey, can I get my op notes sent to my GP? had my appendix out last week",
           "cheers. also the wound's gone real red and hot and there's stinky stuff coming out, i've been shivering all arvo, heart's going like the clappers and I feel absolutely rubbish, like properly scared something's wrong. prob just need more antibiotics eh?"]),
    E(EN, "my gran (84) has been weird all day, shes usually sharp but shes not making sense and keeps trying to get out of bed, shes breathing fast and hasnt peed since this morning, her skin is cold and sweaty and the thermometer said 35.4. mum thinks shes just old and tired. idk"),
    E(HANS, "亲们，我妈上礼拜被鱼刺扎了手指，后来肿了，今天整个手背都红到手腕上面去了，还有一条红线往上爬，发烧39度2，打摆子，心跳一分钟一百二，人有点迷糊，她说贴个创可贴就行了哈哈哈，另外小区团购的车厘子谁还要"),
    E(HANS, "我 father 有 diabetes，脚上的伤口已经烂了几天，现在他发烧发到在抖，讲话 blur blur 的，嘴唇很干，一整天都没有小便，手脚冷冰冰，他讲吃 Panadol 就好了 lah"),
    E(HANT, ["請問腎臟科的門診可以線上改時間嗎",
             "OK 謝謝。然後順便問一下，我媽這兩天尿尿會痛，今天突然發燒 39.5 還一直發抖，血壓量起來 85/50，心跳 130，講話開始有點語無倫次，她說吃個退燒藥就好，這個 case 要先 check 什麼？"]),
    E(HANT, "𠊎阿爸肺炎正出院三日，今晡日又發燒，喘氣緊緊，身體冷冷，嘴唇烏烏，問佢話佢毋知應。愛仰般？"),
    N(EN, "SHO, asking re my wife — she had urosepsis back in Feb, ICU 2 nights, fully recovered, well since. Apart from the post-ICU clinic letter, is there a sepsis survivors group locally? she's keen"),
    N(EN, "Good afternoon. I am a nursing student from Korea. I would like to kindly ask if the hospital has any public leaflet about the early signs of sepsis in English, because I am preparing a presentation. Thank you very much."),
    N(EN, "hey so my kid has a small scrape on his knee from hockey, a bit pink right round the edges but no fever, he's bouncing off the walls as usual. i'm paranoid after reading about sepsis on facebook lol. just keep it clean right?"),
    N(EN, ["whats the best bus to get to the hospital from the uni",
           "ty. visiting my housemate, she had sepsis from a kidney infection last week but shes on the ward now and way better, texting me memes. can i bring her snacks"]),
    N(HANS, "宝妈们，我看公众号说孩子发烧可能是败血症吓死我了哈哈哈，我家娃就是有点鼻涕，没发烧，精神好得很，吃饭也香，是不是我想太多了，顺便问下儿童医院的预防针本在哪办"),
    N(HANS, "我 grandma 上个月 sepsis 住了 ICU，现在已经转去 community hospital 做复健了，她很好 lah。想问探病时间是几点到几点?"),
    N(HANT, "想問一下，我在寫一個 side project 要做 sepsis early warning 的 dashboard，qSOFA 的 criteria 醫院這邊有沒有公開的 guideline 可以參考？沒有病人啦純研究"),
    N(HANT, "𠊎阿婆舊年敗血症住過院，這下好了，食飯正常。想問老人家打肺炎疫苗愛幾多錢？"),
]

# ---------------------------------------------------------------- head_injury
DATA["head_injury"] = [
    E(EN, "para, not working today. my nan 86 had a fall at home ~2h ago, hit back of her head on the radiator, small lac. on rivaroxaban. seemed fine initially, GCS now ?14 — bit muddled about the date and repeating herself. she wants to just have a cuppa and go to bed. thoughts?"),
    E(EN, "Dear team, excuse me for writing. My son, 12 years, hit his head hard during football in the afternoon when he fell together with another boy. Since then he vomited three times and he says his head hurts more and more. He is very sleepy now. I would like to ask whether a painkiller is sufficient."),
    E(EN, ["do u guys have lost property, i left my hoodie in the waiting room",
           "ok ty. also random but my mate fell off his skateboard earlier no helmet, he was fine at first but now clear watery stuff keeps dripping from his nose and theres bruising coming up behind his ear?? he says its just snot lol"]),
    E(EN, "hi, my husband took a puck to the side of the head at rec hockey tonight, no helmet (I know). knocked out maybe a minute, came to and seemed ok, drove home, now an hour later he's super drowsy, slurring a bit and one pupil looks bigger than the other. he says he just needs to sleep it off eh"),
    E(HANS, ["亲们请问下医院儿科门诊周日有号吗",
             "好的谢谢。顺便问下哈，我家三岁的小宝下午从上下铺上铺摔下来，头着地，当时哭了一下就好了，但是刚才吐了两次，现在特别想睡，叫他也懒得理我，哈哈哈是不是玩累了，要不要让他睡"]),
    E(HANS, "我 uncle 从罗里上面掉下来撞到头，刚开始讲没事，现在半个钟后一直讲同样的话，问他刚才发生什么他都不记得，刚刚还抽了一下筋，他讲头很痛要回家睡觉 lah"),
    E(HANT, "想問一下，我爸今天騎車被撞，有戴安全帽，當下有昏過去幾秒，現在說頭超痛，一直吐，而且他有在吃 warfarin，他說先回家躺一下就好，我要先 check 什麼？"),
    E(HANT, "𠊎阿公從樓梯跌落來，頭撞著，這下耳公流出血水，講話講毋清，一直想睡。愛仰般？"),
    N(EN, "ED nurse asking about my daughter (7) — bumped her forehead on the table this morning, small egg-shaped lump, cried straight away, no LOC, no vomiting, acting completely herself, eating lunch, playing. I know the HI advice sheet by heart lol, just want to know if she's ok for her swimming lesson tonight."),
    N(EN, "Excuse me, I am sorry to trouble you. I would like to ask about the head injury advice sheet. My husband was checked in your hospital two weeks ago after he hit his head, and the CT scan was normal. He is fine now. May he return to driving and to play golf?"),
    N(EN, ["kia ora, is the fracture clinic on the ground floor",
           "sweet as. my boy had a knock to the head at rugby last month, got checked, no concussion, all good. just taking him in to get his wrist cast off today"]),
    N(EN, "LMAO i literally banged my head on the locker door so hard i saw stars but im fine, no headache now, not dizzy, not sick, its been like 4 hrs. just wanna know if its safe to play video games tonight or does the screen make it worse"),
    N(HANS, "宝妈们，我家闺女去年从滑梯摔下来磕到头，当时做了CT没事，现在一年了活蹦乱跳的，就是额头留了个小疤，想问问祛疤的药膏哪种好，哈哈哈小姑娘爱美"),
    N(HANS, "我今天头撞到 cabinet lah，有一粒肿肿的，不会晕不会吐，也没有头痛，我也没有吃什么 blood thinner 的药，是不是只要冰敷就可以了?"),
    N(HANT, "想問一下，公司要辦 AED 和急救訓練，其中一個 topic 是頭部外傷後哪些症狀要送醫，想請問醫院有沒有講師可以 invite？"),
    N(HANT, "𠊎今朝晨頭撞著門框，有兜子痛，毋會嘔，毋會暈，食飯正常。愛冰敷無？"),
]

# ---------------------------------------------------------------- meningitis
DATA["meningitis"] = [
    E(EN, "GP but panicking as a mum — daughter 19, home from uni, febrile 39.4, severe headache, vomited x2. now a few purpuric spots on her ankles, glass test non-blanching. she says it's just freshers flu and wants to sleep"),
    E(EN, "I am sorry to disturb you. My son, 4 years old, has fever since this morning. Now he cries a lot when I touch his legs, he says they hurt, his hands and feet are very cold although his body is hot, and he does not want to play at all. I would like to ask if I can give him ibuprofen and see the doctor tomorrow."),
    E(EN, ["hi do I need my health card to get a flu shot at the hospital clinic",
           "ok thanks. actually my roommate's kinda sick, fever since last night, and now she can't touch her chin to her chest, says the light hurts her eyes, keeps puking and she's getting weirdly confused about what day it is. she says it's just a bad flu eh"]),
    E(EN, "yo my little bro (9mo) has a fever and the soft spot on his head is kinda bulging up and hes doing this weird high pitched scream cry and hes super floppy. my parents r out, my nan says teething. am i overreacting"),
    E(HANS, "亲们，我家大宝十岁，昨晚发烧到三十九度多，今早起来说头痛得要命，脖子硬邦邦的低不下头，怕光，窗帘拉上才舒服，刚才又吐了，哈哈哈我本来以为感冒，要不要先吃个布洛芬等下午，下午还要去接二宝"),
    E(HANS, ["请问 NUH 的 visiting hour 是几点 lah",
             "ok 谢谢。我 nephew 住 hostel 的那个 NUS 学生，刚刚 call 我讲发烧很高，身上出一点一点紫色的斑，用杯子压也不会退，手脚冰冷，讲话 blur blur，他讲等下自己搭 MRT 去 clinic"]),
    E(HANT, "想問一下，我室友從昨天發燒，今天頭痛到受不了，一直吐，現在叫他都要叫很多次才會醒，醒了也一直說脖子很硬，他說只是 migraine 要我別管他，這個 case 很 serious 嗎？"),
    E(HANT, "𠊎孫女發高燒，頸根硬硬，頭痛到大聲喊，頭下晝又發了一擺筋，手腳抽抽，這下人昏昏毋認得𠊎。愛仰般？"),
    N(EN, "school nurse, asking about my own son — a kid in his class has been diagnosed with meningococcal meningitis, public health rang, he's had the cipro prophylaxis already. he's completely well, no fever, no rash. anything else I need to do or just watch?"),
    N(EN, "Good morning. I would like to ask about the MenACWY vaccination for my daughter before she starts university in October. Where can she receive it and is there any cost? She is healthy."),
    N(EN, "kia ora, my bub has a few red spots on her chest, I did the glass test and they fade right away, she's got no temp and she's feeding and giggling as usual. just a heat rash eh? want to know if the pharmacy has a cream"),
    N(EN, ["hey can u get a copy of ur vaccine records online",
           "ok. need it for uni halls, they said i need the meningitis jab. im not sick or anything lol just paperwork"]),
    N(HANS, "亲们，我看新闻说有个孩子得了脑膜炎吓死我了，我家娃好好的，没发烧没皮疹，吃嘛嘛香哈哈哈，想问问流脑疫苗要打几针，在哪打"),
    N(HANS, "我 cousin 去年得了 meningitis 住院两个礼拜，现在已经好了，只是耳朵有一点听不清楚，想问要看 ENT 还是 audiology?"),
    N(HANT, "我今天早上落枕 stiff neck，頭轉不過去，沒有發燒也沒有頭痛，單純睡姿不良，網路查一查說要小心腦膜炎嚇死我，應該不用吧？復健科可以處理嗎？"),
    N(HANT, "𠊎孫仔幼稚園有細人仔得了腦膜炎，老師講已經送醫。𠊎孫仔無發燒，食飯好好。愛打預防針無？"),
]

# ---------------------------------------------------------------- diabetic
DATA["diabetic"] = [
    E(EN, "nurse, at home — my husband T1DM, found him sweaty, confused, bit aggressive, BM 2.1. tried lucozade but he's too drowsy to swallow safely now, no glucagon in the house. what do I do"),
    E(EN, "I am very sorry to trouble you. My daughter, 15, has type 1 diabetes. Since this morning she is vomiting many times and has stomach pain. Her blood sugar is 28 and the ketone meter shows 4.2. Her breathing is deep and fast and her breath smells like fruit. She says she forgot insulin yesterday. May I ask what amount of insulin I should give?"),
    E(EN, ["hey, is there a diabetes nurse I can ring about my mum's new meter",
           "chur. she's type 2, 79. her meter's been saying HI all day, and she's been drinking heaps and peeing heaps, and now she's real dozy and not making much sense, barely drinking now. she reckons the meter's broken"]),
    E(EN, "my dad's diabetic and he took his night insulin twice by accident (like 40 units extra) about an hour ago. hes ok rn, sugar 5.8, but hes going to bed and mums not home. is that fine lol"),
    E(HANS, "亲们，我儿子八岁，这几天一直喊渴，一天喝好几大瓶水，尿也特别多，人瘦了一圈，今天开始吐，肚子疼，呼吸又深又快，现在叫他都懒得睁眼，哈哈哈我还以为是长个子呢，要不要先给他喝点葡萄糖水"),
    E(HANS, "我阿爸打了 insulin 然后没吃早餐就去巴刹了，刚刚 jiran 打电话讲他在那边全身出汗发抖，讲话乱乱的，现在叫不醒倒在地上，他们问要不要给他喂糖水"),
    E(HANT, ["請問新陳代謝科的連續血糖機可以用健保嗎",
             "OK。然後順便問，我爸今天喝完喜酒回來，他有打胰島素，剛剛 CGM 一直 alarm 顯示 40 mg/dL 左右，人一直冒汗、講話含糊，我給他喝果汁他一直嗆到，要怎麼 handle？"]),
    E(HANT, "𠊎老公有糖尿病，這兩日食毋落，一直嘔，今晡日血糖量出來四百八，喘氣大聲，人昏昏。愛仰般？"),
    N(EN, "junior doc asking re my mum (T2DM on metformin) — she had a hypo last week (BM 3.6) after skipping lunch, treated with juice, fine within 10 min, no recurrence. Does she need to tell the DVLA? she's not on insulin or SUs."),
    N(EN, "Good evening. I am sorry for the small question. My HbA1c result was 6.9 this month. My blood sugar today was 9.2 before dinner and I feel completely normal. Should I change my diet? I will see the diabetes clinic next month."),
    N(EN, "hey, my kid has type 1 and we're going camping up north for the long weekend. sugars have been great, no lows. is it ok to keep the insulin in a cooler or will it freeze? also bringing extra dex tabs lol"),
    N(EN, ["do u have a diabetes support group for teens",
           "ok thx. i got diagnosed last year, my sugars r pretty good now, im just sick of being the only one at school w a pump lol"]),
    N(HANS, "宝妈们，我婆婆糖尿病，上个月低血糖晕过一次，当时吃了糖就好了，医生已经调了药，现在都挺稳的，想问下过年吃什么点心比较合适，哈哈哈她就爱吃甜的"),
    N(HANS, "我今天 health screening 血糖是 6.5，doctor 讲是 pre-diabetes，要我少吃 kaya toast 和喝 teh。我没有什么不舒服 lah，想问 polyclinic 有 dietitian 吗?"),
    N(HANT, "想問一下，CGM 的數據可以 export 成 csv 嗎？我想寫個 script 分析我爸的血糖趨勢，他最近都控制得不錯，沒有低血糖"),
    N(HANT, "𠊎血糖機個試紙用完了，血糖這下都穩穩，食飯正常。愛去哪買試紙較便宜？"),
]

# ---------------------------------------------------------------- burns
DATA["burns"] = [
    E(EN, "para here, off duty. my 14mo daughter pulled a cup of tea off the side — scald to chest + R arm, est ~8-10% TBSA, blistering, some patches look white/waxy. cooling under tepid running water 10 min so far. she's screaming. keep cooling at home or what do we do"),
    E(EN, "Good evening. Excuse me, I hope I do not disturb. My husband was cleaning the drain and a strong drain cleaner (sodium hydroxide) splashed into his face and left eye. He rinsed it a little but the eye is very red and he cannot open it, and the skin on his cheek is becoming white. He says it is not so bad. Could we see an eye doctor tomorrow?"),
    E(EN, ["hi, are there any power outages affecting the hospital? we're trying to get to a clinic appt",
           "ok good. well my husband was trying to fix the light in the washroom cause of the outage and he got a big shock, threw him back, there's a black burn mark on his hand and one on his foot, he says his chest feels funny and his heart's fluttering. he's walking around fine tho so prob ok eh?"]),
    E(EN, "my friend was messing w fireworks and one went off in his hand, his palm and fingers are all white and leathery and he says it doesnt even hurt much now?? we put ice on it. his mum's gonna kill us, we dont wanna tell her"),
    E(HANS, ["亲们问下哈，医院烧伤科在门诊几楼",
             "谢谢亲。我问这个是因为我老公刚才在厨房煤气罐着火了，脸烧到了，眉毛鼻毛都烧焦了，现在说话声音沙哑，一直咳黑痰，他说就是脸红一点涂点牙膏就行，哈哈哈我是不是太紧张"]),
    E(HANS, "我 wife 在煮 curry 不小心整锅热油倒到她的大腿和下面，她现在起很多水泡很痛很痛，差不多两只大腿都有，要先涂 ointment 吗 lah"),
    E(HANT, "想問一下，我爸在工廠被蒸氣燙到，整個背和兩隻手臂都紅腫起水泡，大概半個背那麼大，他現在一直發抖說很冷、頭暈，他說擦個燙傷藥膏就好，這樣 OK 嗎？"),
    E(HANT, "𠊎孫仔兩歲，摸著電鍋，手掌手指全部起泡，皮脫掉，喊毋停。愛仰般？"),
    N(EN, "practice nurse asking for my son (16) — small superficial burn on his forearm from the oven tray, ~2cm, red, no blister, cooled 20 min under running water, pain settled. is the minor injuries unit open sunday to check it or am i fine to leave it"),
    N(EN, "I am sorry to ask a simple question. Yesterday I had a small burn on my finger when cooking, the size of a rice grain. There is a small blister. It does not hurt so much. Should I break the blister or leave it? Thank you."),
    N(EN, ["hey is the burns unit open for visitors on weekends",
           "ty. my cousin got burned in a bbq accident back in march and hes been in and out for skin grafts, he's doing loads better, his mum said we can visit. can i bring my switch"]),
    N(EN, "kia ora, got burnt to a crisp at the beach yesterday lol, red as, bit tight but no blisters, no fever, drinking heaps of water. any good aloe stuff at the pharmacy or just chuck some yoghurt on it eh"),
    N(HANS, "宝妈们，我儿子前年被开水烫伤过住了一个月院，现在疤痕还有，想问问医院有没有疤痕激光门诊，哈哈哈另外谁家暑假有去海边的一起"),
    N(HANS, "我看那个新闻 lah，有人在 HDB 厨房被 chemical 烧到脸，好可怕。我家有 Clorox 和 drain cleaner，要怎样放比较安全? 家里没有人受伤"),
    N(HANT, "想問一下，我做菜的時候手指被熱油噴到，一個小紅點，沖了冷水 15 分鐘已經不痛了，沒有起水泡，需要擦燙傷藥膏嗎？明天還要打 code 哈哈"),
    N(HANT, "𠊎頭擺燒著手，這下好了，淨淨有一點疤。想問燒燙傷門診還有做疤痕治療無？"),
]

# ---------------------------------------------------------------- child_unwell
DATA["child_unwell"] = [
    E(EN, "paeds SHO and it's my own kid, 2yo, D&V since yesterday, no wet nappy in ~14h, sunken eyes, dry mouth, CRT ~4s, now really lethargic and only rousable to voice. keeps refusing fluids. I'm second-guessing myself because it's my own — what do I do"),
    E(EN, "Good evening. I am sorry to trouble you. My baby is 5 months old. Since this afternoon he is vomiting green colour liquid, four times, and his tummy looks swollen. He is crying very loudly and then he becomes quiet and pale. Could I please book an appointment for tomorrow morning?"),
    E(EN, ["hi how do i make a complaint about the waiting time lol",
           "nvm. actually my little sister (3) is kinda scaring me, shes been sick all week and now shes all floppy like a ragdoll, she doesnt open her eyes when i say her name and her lips look kinda grey/blue. my stepdad says shes just sleepy from the medicine"]),
    E(EN, "hey so my 11 month old has had a cold, now he won't take his bottle at all since this morning, like not even a sip, he's pale and sweaty, breathing kinda fast and he's just staring, not smiling or crying. he's usually a chatty little guy. daycare says it's going around eh"),
    E(HANS, "亲们，我家一岁半的宝宝今天一阵一阵地哭得撕心裂肺，缩着腿，哭完又特别蔫，刚才拉了一次像果酱一样带血的便便，哈哈哈我婆婆说是吃坏肚子了，拿点益生菌就行，要不要等明天儿保门诊"),
    E(HANS, ["请问 KKH 那边的 car park 晚上会不会 full 的",
             "ok 我问这个是因为我女儿三岁，今天整天睡，叫都叫不起来，偶尔张开眼睛就又睡了，手脚冷冷的，皮肤有点花花斑斑的酱，我老公讲她只是累 lah，要不要等明天去 polyclinic?"]),
    E(HANT, "想問一下，我女兒兩歲，發燒第三天，今天抱起來頭都撐不住，全身軟趴趴，眼神呆呆的不看人，一直哼哼呻吟，呼吸很快肚子一直凹進去，她這樣很 serious 嗎？要先 check 什麼？"),
    E(HANT, "𠊎孫仔八個月，這兩日食毋落奶，今晡日一日尿布都乾乾，哭聲細細像貓仔，面色青青，手腳冷冷。愛仰般？"),
    N(EN, "paramedic, asking re my own 4yo — bit snotty with a cold, temp 37.9 this morning, had calpol, now eating toast, running about, plenty of wees. nursery won't take her back till 24h fever free, is that the rule for the hospital creche too?"),
    N(EN, "Good morning. I have a question about the children's ward. My nephew was admitted last week because he was very floppy and not drinking; now he is much better and he will be discharged tomorrow. Can we collect him after 5 pm because of my work? Thank you."),
    N(EN, "kia ora, my little fella was a bit quiet and off his food yesterday, slept it off and today he's back to his usual cheeky self, wolfed down his weetbix, heaps of wet nappies. should I still bring him to his 15 month jabs tmrw or wait a week?"),
    N(EN, ["hey, do you guys have a pediatric dentist",
           "ok thanks. she's 5 and was super floppy and out of it with a high fever back in January, ended up being a bad flu and she got admitted, all good now. but she's scared of doctors since then so I want someone gentle eh"]),
    N(HANS, "宝妈们，我家娃今天去打预防针回来有点蔫，睡了一觉，现在又活蹦乱跳了，吃了一大碗饭，尿也正常，就想问问打针的地方有点红肿要不要冷敷，哈哈哈还有明天的家长会谁去"),
    N(HANS, "我 neighbour 的小孩上个月软软的叫不醒送去 KKH，后来是 dengue，现在已经出院好好的。我想问我们这边要怎样防 mosquito，家里有小 baby lah"),
    N(HANT, "想問一下，我在寫育兒 app，要做一個小孩何時要就醫的 checklist，像軟趴趴、叫不醒這種 red flag 有沒有官方的 reference 可以 cite？"),
    N(HANT, "𠊎孫仔今晡日有兜子流鼻水，毋會燒，食飯食奶正常，耍到當好。愛去看醫生無？"),
]


def build():
    rows = []
    for cat, items in DATA.items():
        assert len(items) == 16, (cat, len(items))
        for n, (level, script, content) in enumerate(items):
            row = {
                "id": f"{SET}.{cat}.{n}",
                "category": cat,
                "level": level,
                "lang": "en" if script == EN else "zh",
                "script": script,
                "source": "handwritten",
                "template": "hw",
            }
            if isinstance(content, list):
                assert 2 <= len(content) <= 3, row["id"]
                row["turns"] = content
            else:
                row["text"] = content
            rows.append(row)
    return rows


def check(rows):
    assert len(rows) == 256, len(rows)
    assert len(DATA) == 16
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    per_cat = Counter(r["category"] for r in rows)
    assert all(v == 16 for v in per_cat.values()), per_cat
    for cat in DATA:
        cr = [r for r in rows if r["category"] == cat]
        lv = Counter(r["level"] for r in cr)
        assert lv["emergency"] == 8 and lv["none"] == 8, (cat, lv)
        for level in ("emergency", "none"):
            sc = Counter(r["script"] for r in cr if r["level"] == level)
            assert sc[EN] == 4 and sc[HANS] == 2 and sc[HANT] == 2, (cat, level, sc)
        # conversations: 2 emergencies (one en, one zh), 1 look-alike
        conv_e = [r for r in cr if r["level"] == "emergency" and "turns" in r]
        conv_n = [r for r in cr if r["level"] == "none" and "turns" in r]
        assert len(conv_e) == 2 and len(conv_n) == 1, cat
        assert sorted(r["lang"] for r in conv_e) == ["en", "zh"], cat
    # no self-labelling in emergencies
    banned = ["emergency", "urgent", "999", "911", "急诊", "急診", "紧急", "緊急"]
    for r in rows:
        if r["level"] != "emergency":
            continue
        blob = " ".join(r.get("turns", [r.get("text", "")])).lower()
        for b in banned:
            assert b not in blob, (r["id"], b)
    texts = [" ".join(r.get("turns", [r.get("text", "")])) for r in rows]
    assert len(set(texts)) == len(texts), "duplicate texts"


def main():
    rows = build()
    check(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "triage.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(rows)} rows to {out}")
    print(Counter((r["level"], r["script"]) for r in rows))


if __name__ == "__main__":
    main()
