#!/usr/bin/env python3
"""signs31f: hand-written emergency-sign messages (texting voice). Rows are a literal list."""
import hashlib
import json
import os
import re

SET = "signs31f"

SIGNS = {
    "seizure": [
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
    ],
    "pregnancy": [
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
    ],
    "sepsis": [
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
    ],
    "head_injury": [
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
    ],
}

E, N = "emergency", "none"
SZ, PG, SP, HI = "seizure", "pregnancy", "sepsis", "head_injury"

# (category, sign_index, lang, script, level, text) -- every text typed by hand
ROWS = [
    # ---------------- seizure ----------------
    (SZ, 0, "en", "en", E, "omg my roommate just dropped on the kitchen floor and was jerking all over for like a minute, she's never had anything like this before, no epilepsy nothing, not even as a kid. she's breathing now but kinda out of it and keeps asking what happened. what do i do??"),
    (SZ, 0, "en", "en", E, "lil bro (14) just had a fit at the dinner table, eyes rolled back, whole body shaking. hes never had one ever. mum is freaking out"),
    (SZ, 0, "zh", "zh-Hans", E, "救命 我男朋友刚才打游戏突然倒地抽搐 口吐白沫 他以前从来没这样过 现在人有点懵 要不要打120啊 好吓人"),
    (SZ, 0, "zh", "zh-Hant", E, "頭先我阿妹喺巴士站突然成個人倒落地 手腳不停咁震 佢以前從來冇試過 家陣醒咗少少但望住我唔識反應 點算呀"),
    (SZ, 0, "en", "en", N, "had one seizure 3 yrs ago after a bad fever, all tests normal and nothing since. do i still need to tell the dvla or is that done"),
    (SZ, 0, "zh", "zh-Hans", N, "想问下哈 我上个月第一次抽搐 当天就去急诊做了CT和脑电图 都说没事 现在一切正常 回家后医生让我去神经内科复诊 请问是要自己在公众号上挂号还是医院会打电话通知我呀 谢谢"),

    (SZ, 1, "en", "en", E, "its been like 6 mins and my gf is STILL shaking on the floor, timer on my phone says 6:20, she has epilepsy but it normally stops after a minute or two"),
    (SZ, 1, "en", "en", E, "sorry if this is the wrong place, my dad has seizures and we have the rescue meds but we left them at home. we're at the park and he started fitting at about 3:10 and it's now 3:18 and he hasn't stopped, his arms are still going and his lips look a bit dark. please what do we do"),
    (SZ, 1, "zh", "zh-Hans", E, "救命 我室友有癫痫 今晚在宿舍又犯了 平时一两分钟就停 这次我看着手机计时 已经抽了快八分钟了还是停不下来 嘴边都是白沫 宿管阿姨去叫人了 我要先打120吗"),
    (SZ, 1, "zh", "zh-Hant", E, "我弟癲癇發作已經超過七分鐘了 還在一直抽 平常都很快就停 現在完全停不下來 是不是要叫119"),
    (SZ, 1, "en", "en", N, "how long does a seizure have to go on before u call an ambulance? asking bc my epilepsy nurse said 5 mins and i want to put it in my care plan for uni"),
    (SZ, 1, "zh", "zh-Hant", N, "想問下癲癇發作超過五分鐘要打999係咪真㗎？我寫緊俾宿舍嘅緊急計劃，我自己已經兩年冇發作過"),

    (SZ, 2, "en", "en", E, "he had a fit, stopped, and before he even woke up he started another one. now on the third. hes not opened his eyes once in between"),
    (SZ, 2, "en", "en", E, "ok so my nan is in a care home and im visiting, staff are busy. she has epilepsy. she shook, went floppy, then started shaking again straight away and never came back to herself in between. thats twice now, maybe more, i came in halfway. should i pull the cord or ring 999 myself"),
    (SZ, 2, "zh", "zh-Hans", E, "我表姐一次抽完还没缓过来 马上又开始抽第二次 中间眼睛一直没睁开过 第三次又来了 吓死了"),
    (SZ, 2, "zh", "zh-Hant", E, "唔好意思問多句 阿爺有腦退化同埋癲癇 今朝喺屋企抽完一輪 仲未醒過嚟又即刻再抽 中間完全冇開過眼 家陣已經係第三次 工人姐姐嚇到喊 我應該先打999定係先搵佢嘅醫生"),
    (SZ, 2, "en", "en", N, "my son had 2 seizures last night but he woke up and talked to us normally between them, hospital checked him and sent him home this morning. can i get a copy of the discharge letter"),
    (SZ, 2, "zh", "zh-Hans", N, "刷到个短视频说连续发作中间不醒很危险 想问一下这种叫什么 就是好奇 家里没人有癫痫"),

    (SZ, 3, "en", "en", E, "the shaking stopped like 10 min ago but my mate still wont wake up. hes breathing but totally zonked, not responding to his name or me shaking his shoulder"),
    (SZ, 3, "en", "en", E, "bf had a fit at the gym, its over but he just isnt coming back to us?? eyes shut, no answer, been ages"),
    (SZ, 3, "zh", "zh-Hans", E, "不好意思打扰 我妈刚才在厨房突然抽搐倒地 抽筋已经停了快二十分钟了 可是她还是叫不醒 拍她脸喊她名字都没反应 就是呼噜呼噜地喘气 我把她翻到侧面躺着了 要打120吗"),
    (SZ, 3, "zh", "zh-Hant", E, "我女兒剛剛抽搐完 已經半小時了還是昏昏的叫不起來 眼睛都沒睜開 這樣正常嗎"),
    (SZ, 3, "en", "en", N, "my daughter had a seizure at school last week, she was sleepy for about twenty minutes after and then totally back to herself, laughing and eating crisps. the school nurse wants a care plan filled in before she goes back on monday, who at the clinic do i send the form to?"),
    (SZ, 3, "zh", "zh-Hant", N, "阿媽上年發作完之後瞓咗成個鐘先醒，醫生話係正常，今次想約返覆診，請問要打邊個電話？"),

    (SZ, 4, "en", "en", E, "hi sorry my english not great. my husband had his usual fit 5 min ago, it stopped, but now he is making a noisy gurgling sound and his breathing is very hard, chest pulling in, lips going grey. i turned him on side already. is this normal after or do i call ambulance"),
    (SZ, 4, "en", "en", E, "she stopped fitting but now shes gasping n her lips r blue, like she cant get air in 😭😭 hurry what do i do"),
    (SZ, 4, "zh", "zh-Hans", E, "弟弟刚抽完 现在喘不上气 呼哧呼哧的 嘴唇发紫 侧躺了也不行 急!!!"),
    (SZ, 4, "zh", "zh-Hant", E, "我老公抽完筋之後好似唞唔到氣咁 一直扯緊大氣 啲嘴唇開始發紫 佢平時唔係咁㗎 點算"),
    (SZ, 4, "en", "en", N, "is it normal to breathe kind of heavy and snore for a minute right after a seizure? my neuro said yes but i forgot to ask properly. asking for next time, my sister is fine now"),
    (SZ, 4, "zh", "zh-Hans", N, "上次发作完我自己喘了一会儿 大概两三分钟就正常了 家里人说当时我呼吸声音很大 有点像打鼾 下个月复诊想问医生这个要不要紧 先记在这里免得忘了 现在完全没事哈"),

    (SZ, 5, "en", "en", E, "cousin had a fit and smashed his head on the radiator, theres a big gash and blood everywhere and his arm looks bent wrong. he's groggy. pls help"),
    (SZ, 5, "en", "en", E, "idk if this counts but my flatmate has epilepsy and had one of his fits on the stairs about ten mins ago. he fell down like half the flight. he's awake-ish now but there's a deep cut on his chin that won't stop bleeding and he says his hip hurts so bad he can't stand at all"),
    (SZ, 5, "zh", "zh-Hans", E, "室友抽风的时候从床上摔下来 头磕到桌角了 血一直流止不住 人还迷迷糊糊 急死"),
    (SZ, 5, "zh", "zh-Hant", E, "不好意思打擾 我爸有癲癇 剛剛在家裡發作的時候整個人撞到玻璃門 玻璃碎了 他手臂被割到很深的一道 一直噴血 我現在用毛巾壓著還是一直滲出來 他人也還昏昏的 要怎麼辦"),
    (SZ, 5, "en", "en", N, "had a seizure in march and bit my tongue pretty bad, it's healed now. just wondering if i can claim the dentist bill back or if it's not covered lol"),
    (SZ, 5, "zh", "zh-Hant", N, "細佬上個禮拜發作嗰陣擦損咗手肘，依家傷口已經埋晒口，想問護士幾時可以拆膠布啫，冇咩大礙"),

    (SZ, 6, "en", "en", E, "HELP my friend started fitting in the pool, we dragged him out, hes stopped shaking but coughing a lot n kinda blue. lifeguard is here"),
    (SZ, 6, "en", "en", E, "sister's 9 and has epilepsy and had a seizure in the bath, went under for a few seconds before i grabbed her. she's breathing and crying now but coughing. do we still need to go in?"),
    (SZ, 6, "zh", "zh-Hans", E, "我老婆泡澡的时候突然抽了 脸都沉到水里了 我把她拉出来了 现在咳嗽 人迷糊"),
    (SZ, 6, "zh", "zh-Hant", E, "我朋友喺泳池入面突然全身抽搐 成個人沉咗落水 救生員撈咗佢上嚟 佢依家咳到好犀利 仲係懵懵哋"),
    (SZ, 6, "en", "en", N, "got epilepsy, been seizure free 4 yrs. is it ok for me to go swimming at the leisure centre if a mate comes with me? what does the leaflet say"),
    (SZ, 6, "zh", "zh-Hans", N, "有癫痫的小孩能不能学游泳啊 我儿子八岁 吃药控制得挺好的 已经两年没犯过了 想给他报个暑假游泳班 但又怕在水里出事 想问问医生有什么建议 需要开证明吗"),

    (SZ, 7, "en", "en", E, "please read this quick. wife is 32 weeks pregnant and she just had like a fit on the sofa, whole body stiff then jerking, maybe a minute. she's never had epilepsy. she had a bad headache earlier and her feet were really swollen. she's awake but confused. what do i do first"),
    (SZ, 7, "en", "en", E, "preggo sister just collapsed n started shaking all over 😰 shes 7 months. stopped now but shes out of it"),
    (SZ, 7, "zh", "zh-Hans", E, "我姐怀孕八个月 刚才在客厅突然全身抽起来 眼睛往上翻 现在停了但人不清醒 要去哪个医院"),
    (SZ, 7, "zh", "zh-Hant", E, "請幫幫我 老婆懷孕三十四週 這兩天一直說頭很痛 腳也腫得很厲害 剛剛在沙發上突然全身僵硬然後開始抽搐 大概一分鐘才停 她以前沒有癲癇 現在叫她反應很慢 眼神怪怪的"),
    (SZ, 7, "en", "en", N, "im pregnant and have epilepsy (well controlled). my midwife wants me on higher folic acid, can i get the prescription from the gp or does it have to be the hospital"),
    (SZ, 7, "zh", "zh-Hant", N, "我有癲癇，現在懷孕十二週，想問產檢可以跟神經科同一天掛號嗎？目前都沒有發作"),

    (SZ, 8, "en", "en", E, "mum had her fit around 2pm, its now nearly 4 and she still doesnt know where she is, keeps asking the same thing over and over and called me by my dads name"),
    (SZ, 8, "en", "en", E, "he had a seizure over an hour ago and is still really confused and muddled, doesnt recognise the room. usually hes back to normal in 15 mins"),
    (SZ, 8, "zh", "zh-Hans", E, "哥哥下午两点多在学校抽了一次 现在都快四点了 还是糊里糊涂的 问他在哪都答不上来 连我都不认识了 一直重复问同一句话 平时他抽完半小时就清醒了 这次真的好吓人"),
    (SZ, 8, "zh", "zh-Hant", E, "阿媽抽完筋已經兩個鐘 仲係亂晒龍 問佢今日幾號又唔知 叫錯晒我哋個名 平時好快醒返"),
    (SZ, 8, "en", "en", N, "question for my neuro appointment next week: after my seizures i'm usually a bit foggy and slow for maybe half an hour, then i'm fine and can text people normally. my flatmate thinks that's weird. is that something i should bring up at the review or is it pretty expected"),
    (SZ, 8, "zh", "zh-Hans", N, "癫痫发作后迷糊多久算正常啊？网上说法不一 我自己一般二十分钟就好 就想了解下"),

    (SZ, 9, "en", "en", E, "ok i'm babysitting my cousin who has epilepsy, she had a short one at 7, another at 7:25 and just now another one at 7:50, she wakes up in between and says she's fine but that's three in under an hour and her mum isn't picking up. do i ring someone or wait"),
    (SZ, 9, "en", "en", E, "bro has had like 4 fits since lunch, like in the last 50 mins. each one short but they keep coming"),
    (SZ, 9, "zh", "zh-Hans", E, "我女儿一个小时里已经犯了三次了 每次几十秒 醒了又来 以前一天最多一次"),
    (SZ, 9, "zh", "zh-Hant", E, "室友這一個鐘頭內已經抽了四次 每次抽完會醒一下 然後又開始 我很害怕 要叫救護車嗎"),
    (SZ, 9, "en", "en", N, "last year i had 3 seizures in one day when i forgot my meds, got sorted at a&e and on new tablets now. how do i order a repeat prescription online"),
    (SZ, 9, "zh", "zh-Hant", N, "癲癇專科門診可唔可以改期㗎？我上年試過一日發幾次 入過醫院 不過而家用緊新藥已經成年冇事 好穩定 下個月要覆診但係嗰日撞正要考試 唔知點搞好"),

    # ---------------- pregnancy ----------------
    (PG, 0, "en", "en", E, "16 wks preg and theres so much blood, changed my towel 3 times in the last hour and big jelly lumps keep coming out. feel sick and shaky"),
    (PG, 0, "en", "en", E, "sorry for the long msg, my girlfriend is about 12 weeks pregnant, we were out at her mums for dinner and she went to the loo and came out white as anything. she's bleeding really heavily, soaked right through a pad and her jeans in like half an hour and she says there are clots. we're in the car now, which hospital do we go to"),
    (PG, 0, "zh", "zh-Hans", E, "怀孕九周 突然出好多血 卫生巾半小时就湿透了 还有一块一块的血块 好害怕 呜呜"),
    (PG, 0, "zh", "zh-Hant", E, "我老婆有咗十一個禮拜 頭先食緊飯突然話下面濕濕哋 入廁所一睇流咗好多血 一個鐘換咗三塊衛生巾都濕晒 仲有一嚿嚿好似豬紅咁嘅血塊 佢話好暈 我哋喺將軍澳 點算呀"),
    (PG, 0, "en", "en", N, "does a bit of brown spotting in early pregnancy always mean something bad? had some at 7 wks, stopped after a day, scan was fine. just nervous for the next one"),
    (PG, 0, "zh", "zh-Hans", N, "去年怀孕时大出血住过院 现在早就好了 保险理赔要出院小结和病历 请问在哪个窗口复印啊"),

    (PG, 1, "en", "en", E, "20 wks and my belly has been hurting really bad nonstop for an hour, like it never eases off, and now theres blood. cant even stand up straight"),
    (PG, 1, "en", "en", E, "30 weeks pregnant sister is bleeding and says her stomach pain is constant and the worst she's ever had, bump feels hard as a rock. she's crying on the bathroom floor"),
    (PG, 1, "zh", "zh-Hans", E, "姐妹们急 我怀孕二十八周 从下午开始肚子一直剧痛 不是一阵一阵的那种 是一直痛没停过 刚才上厕所发现裤子上有血 肚子摸起来硬邦邦的 老公还在路上 我现在该怎么办"),
    (PG, 1, "zh", "zh-Hant", E, "懷孕七個月 肚子痛到不行而且一直痛沒有停 剛剛發現有流血 整個肚子硬梆梆 現在要直接去急診嗎"),
    (PG, 1, "en", "en", N, "got mild period-type cramps on and off at 8 weeks, honestly not bad, no bleeding at all and i can still go to lectures fine. midwife on the phone said it's probably my uterus stretching and to rest. is paracetamol ok to take or should i stick to a hot water bottle"),
    (PG, 1, "zh", "zh-Hant", N, "請問產前檢查嘅報告幾時出？上次有少少肚痛，醫生睇完話冇事，今日完全唔痛"),

    (PG, 2, "en", "en", E, "hey so this might be nothing but im 36 weeks and i realised i havent felt her at all since last night. usually she goes mental after my cereal. ive had cold water, lay on my left side, poked my bump, played music, nothing. not one kick. my partner is at work and im home alone"),
    (PG, 2, "en", "en", E, "wife is 33 wks and says the baby has stopped moving completely since this morning. no kicks at all. what do we do"),
    (PG, 2, "zh", "zh-Hans", E, "怀孕三十五周 从早上到现在宝宝一下都没动过 平时很闹的 喝了冰水侧躺都没反应 好慌"),
    (PG, 2, "zh", "zh-Hant", E, "我有咗三十四個禮拜 由琴晚瞓覺到而家BB一下都冇郁過 平時佢好曳成日踢 我飲咗凍水又側瞓咗都冇反應 好驚 老公仲喺公司趕返嚟緊 應該直接去產房定急症室"),
    (PG, 2, "en", "en", N, "what counts as normal movements at 20 wks? i only feel little flutters sometimes, midwife said thats fine this early. first baby so idk"),
    (PG, 2, "zh", "zh-Hans", N, "准妈妈群里有人说宝宝临产前就不动了是正常的 这是真的吗 感觉好离谱"),

    (PG, 3, "en", "en", E, "baby's been really quiet today, like way less kicks than normal. 31 wks. usually i count like 10 by lunch and today maybe 2"),
    (PG, 3, "en", "en", E, "not sure if im overreacting lol. 38 weeks, and the movements have slowed down a lot today compared to her usual pattern, just a couple of weak ones since breakfast and its now 4pm. my mum says babies run out of room at the end so its normal? my midwife's line isnt answering"),
    (PG, 3, "zh", "zh-Hans", E, "三十二周了 今天宝宝动得比平时少好多 以前一小时能踢好几下 今天一整个下午就动了两下"),
    (PG, 3, "zh", "zh-Hant", E, "三十六週 今天寶寶胎動明顯變少 平常晚餐後會很活潑 今天幾乎感覺不到 要去醫院檢查嗎"),
    (PG, 3, "en", "en", N, "is there an app u guys recommend for kick counting? 28 weeks and baby is super active, just want to track it"),
    (PG, 3, "zh", "zh-Hant", N, "產科嘅胎動記錄表喺邊度攞㗎？姑娘上次話我三十週之後可以自己每日記低 BB而家好活躍 日日都踢到我半夜瞓唔到 完全冇問題 只係想準備定啲 順便問埋覆診可唔可以帶老公入去"),

    (PG, 4, "en", "en", E, "34 weeks, barely felt him all day and now theres a bit of blood on the tissue and my belly really hurts. scared"),
    (PG, 4, "en", "en", E, "hi im writing for my wife who is 29 weeks, her english is limited. since yesterday evening she says the baby is moving much less than normal, and this afternoon she started having pain in her lower belly that comes and goes and a small amount of bleeding. she has no car, i am at work across town. please tell us what to do"),
    (PG, 4, "zh", "zh-Hans", E, "三十周 今天胎动少了很多 现在还开始肚子痛 内裤上有点血 我一个人在家 怎么办啊"),
    (PG, 4, "zh", "zh-Hant", E, "我老婆話今日BB郁少咗好多 跟住又話個肚好痛 啱啱仲見紅 佢三十三週 我哋而家應該去邊間醫院"),
    (PG, 4, "en", "en", N, "had an appointment last week about baby being quiet, the monitoring was all fine and she's been kicking like crazy since. no pain no bleeding. do i need to book the follow up scan or do they send a letter"),
    (PG, 4, "zh", "zh-Hans", N, "孕晚期肚子偶尔发紧 一会儿就松开了 胎动跟平时一样多 也没出血没流水 是假性宫缩吗 上周产检医生说都挺好的 就是有点好奇 想问问这种情况要不要记下来下次跟医生说"),

    (PG, 5, "en", "en", E, "27 wks and just wiped and there was fresh red blood, not loads but def blood. no pain. is that ok to wait til morning?"),
    (PG, 5, "en", "en", E, "we're 30 weeks (gf is lol) and she's got some bleeding, says it's only a little but she's never had any before. do we need to go in tonight or"),
    (PG, 5, "zh", "zh-Hans", E, "打扰了 我老婆怀孕二十六周 今晚洗完澡发现内裤上有鲜红的血 量不多 她说不痛也没有别的感觉 想等明天产检的时候再问医生 可是我心里有点慌 这种情况能等到明天吗"),
    (PG, 5, "zh", "zh-Hant", E, "懷孕二十九週 剛剛上廁所衛生紙上有紅紅的血 雖然不多也不會痛 但以前都沒有這樣"),
    (PG, 5, "en", "en", N, "had some bleeding at 9 weeks that turned out to be nothing, they scanned me and all was fine. now 25 weeks and no blood since, everything good, baby wriggling loads. is it worth getting the whooping cough jab this week at the gp or should i wait for the antenatal clinic"),
    (PG, 5, "zh", "zh-Hant", N, "請問懷孕二十四週以後還可以搭飛機嗎？目前一切正常 沒有出血 想去金門看外婆"),

    (PG, 6, "en", "en", E, "pregnant 14 wks, there's blood and i feel like im gonna pass out, everything going spotty and black when i stand. on the bathroom floor"),
    (PG, 6, "en", "en", E, "my partner's 22 weeks, she's been bleeding since about an hour ago, not a massive amount but steady, and now she says she feels really dizzy and faint and she's gone all clammy and pale, she nearly went down in the hallway. i've sat her on the floor. we're 20 mins from the hospital, can i drive her"),
    (PG, 6, "zh", "zh-Hans", E, "怀孕十八周 下面一直在出血 刚才站起来眼前一黑差点晕倒 手脚冰凉 好怕"),
    (PG, 6, "zh", "zh-Hant", E, "唔好意思 想問下 我阿姐有咗廿週 頭先喺商場廁所發現流緊血 之後佢話好頭暈 企都企唔穩 成個人冒冷汗 面青青咁 我哋而家坐咗喺地下 應該叫白車定自己搭的士去醫院"),
    (PG, 6, "en", "en", N, "get a bit dizzy sometimes when i stand up fast, 20 wks pregnant, no bleeding or anything. midwife says its blood pressure and to take it slow. any tips lol"),
    (PG, 6, "zh", "zh-Hans", N, "孕妇低血糖头晕怎么预防啊 有没有推荐的小零食 我没什么别的症状 就是上课久了会饿"),

    (PG, 7, "en", "en", E, "so i just found out im pregnant last week, like 6 weeks maybe. since this morning ive got this stabbing ache low down on the right only, it's getting worse, and now the weirdest thing, the top of my left shoulder hurts really bad too, right where a bra strap goes. i didnt hurt my shoulder. is this connected??"),
    (PG, 7, "en", "en", E, "6 wks preg, sharp pain on one side of my lower tummy and now pain in the tip of my shoulder. feel a bit faint"),
    (PG, 7, "zh", "zh-Hans", E, "刚测出怀孕没几天 按末次月经算大概六周 今天下午开始右下腹一边痛得厉害 像被刀扎一样 越来越痛 刚才连左边肩膀尖那一块也开始痛了 我肩膀没受过伤啊 这是怎么回事 好害怕"),
    (PG, 7, "zh", "zh-Hant", E, "驗到兩條線大概七週 今天左下腹只有一邊一直刺痛 剛剛連右邊肩膀最上面也痛起來 我沒有受傷"),
    (PG, 7, "en", "en", N, "had an ectopic 2 years ago, treated with the injection, all fine since. now pregnant again 5 wks and no pain at all. how do i get the early scan they promised"),
    (PG, 7, "zh", "zh-Hant", N, "我上年宮外孕做過手術 而家冇咩唔舒服 想問返今次有咗應該幾時約早期超聲波"),

    (PG, 8, "en", "en", E, "37 wks and there was a big gush down my legs in the kitchen but it's red, not clear at all, keeps trickling. whats next"),
    (PG, 8, "en", "en", E, "sorry to bother, my wife's waters broke about 10 minutes ago while we were watching tv, she's 38 weeks. we were told it should be clear or a bit pinkish but there's bright red blood mixed in and it keeps coming. she's not having strong contractions yet. do we call the labour ward or an ambulance"),
    (PG, 8, "zh", "zh-Hans", E, "羊水破了 但是流出来的是红的 还带着血 不是清的 三十八周 家里就我和我妈"),
    (PG, 8, "zh", "zh-Hant", E, "老婆啱啱穿咗羊水 但係啲水紅卜卜 有好多血喺入面 佢三十七週 我哋準備出門"),
    (PG, 8, "en", "en", N, "what does it feel like when your waters break? 35 wks, first baby, nothing happening yet just want to know what to look out for"),
    (PG, 8, "zh", "zh-Hans", N, "想问一下待产包里要不要准备产褥垫 我看攻略说破水的时候可能会流很多 我现在三十四周 一切正常 没有破水也没出血 就是提前准备一下 顺便问下医院停车场在哪个门"),

    (PG, 9, "en", "en", E, "slipped on the ice and landed flat on my belly, 26 wks. now there's blood in my knickers. pls help"),
    (PG, 9, "en", "en", E, "toddler just headbutted my bump really hard, im 30 weeks and now im bleeding a bit. do i need to go in"),
    (PG, 9, "zh", "zh-Hans", E, "帮帮忙 我怀孕二十七周 刚才下楼梯踩空摔了一跤 肚子先着地的 当时觉得还好 可是过了半个小时去厕所发现有出血 鲜红色的 宝宝好像也没平时动得多 老公出差了我一个人在家"),
    (PG, 9, "zh", "zh-Hant", E, "剛剛在捷運上被人撞到肚子 懷孕三十一週 回到家發現有出血 肚子有點緊"),
    (PG, 9, "en", "en", N, "heard you have to get checked after any fall when you're pregnant, is that actually true? my friend fell off a bike ages ago at about 20 weeks, landed on her side, and she was totally fine and the baby's a cheeky toddler now. i'm not pregnant, just curious because she told me the story at lunch"),
    (PG, 9, "zh", "zh-Hant", N, "朋友懷孕嗰陣喺街跌過一次 後尾冇事 BB而家兩歲 想問下孕婦跌親係咪一定要去睇醫生"),
    # ---------------- sepsis ----------------
    (SP, 0, "en", "en", E, "grandad has had a chest infection for 3 days and today he's talking nonsense, words all mushed together, he thought i was his brother. he's never like this"),
    (SP, 0, "en", "en", E, "hey, weird question, my mum (58) has had a really bad UTI since the weekend, on antibiotics from the gp. tonight she's suddenly really confused, doesnt know what day it is, and her speech is slurred like shes drunk but she hasnt had a drop. temp is 39.1. my dad says let her sleep it off"),
    (SP, 0, "zh", "zh-Hans", E, "家人们 我外婆八十了 前天开始尿路感染发烧 社区医院开了药在家吃 今天早上起来突然说话含含糊糊的 舌头像打结一样 还认不出我 一直问现在几点 说要去上班 她都退休二十年了 以前脑子很清楚的"),
    (SP, 0, "zh", "zh-Hant", E, "我阿公肺炎在家吃抗生素 今天講話突然口齒不清 還一直說奇怪的話 連我是誰都搞不清楚"),
    (SP, 0, "en", "en", N, "my nan gets a bit muddled when she has a uti, she had one in jan and was back to normal once it cleared. is there anything to help prevent them? she's fine now"),
    (SP, 0, "zh", "zh-Hans", N, "发烧的时候说胡话是不是很正常 我弟上周烧到39度说了一晚上梦话 第二天就好了 现在活蹦乱跳"),

    (SP, 1, "en", "en", E, "boyfriend's got a kidney infection and he's shaking so hard his teeth are chattering and the bed is rattling, under 3 duvets. says every bit of him aches like never before"),
    (SP, 1, "en", "en", E, "post-op day 4, wound looks red and im shivering uncontrollably, muscles are in agony, worst pain ive ever felt"),
    (SP, 1, "zh", "zh-Hans", E, "我爸前两天脚上伤口发炎 现在整个人冷得直打哆嗦 牙齿都在打架 浑身肌肉痛得动不了"),
    (SP, 1, "zh", "zh-Hant", E, "阿媽做完膽石手術出咗院三日 今晚突然發冷 震到成張床都郁埋 蓋三張被都冇用 佢話全身啲肉好似俾人打過咁痛 痛到郁都郁唔到 量到三十九度半 我哋應唔應該即刻返去急症室"),
    (SP, 1, "en", "en", N, "had the flu jab yesterday at the pharmacy and my arm muscle is a bit sore, plus i had a few chills last night watching netflix. today i feel basically fine, went to work, eating normally. is that a normal reaction or should i tell someone for next year's jab"),
    (SP, 1, "zh", "zh-Hant", N, "運動完全身肌肉痠痛 是正常的延遲性痠痛嗎 沒有發燒 就是昨天第一次練腿"),

    (SP, 2, "en", "en", E, "dad's had a bad infection in his leg, fever, and i just realised he hasnt been to the loo for a wee since last night. its 7pm. he says he doesnt need to"),
    (SP, 2, "en", "en", E, "sick w a chest infection and i havent passed any urine today at all, like nothing since i woke up. feel awful"),
    (SP, 2, "zh", "zh-Hans", E, "我妈这两天肺部感染 一直发高烧 在家吃着消炎药 我今天下班回来问她 才发现她从早上起床到现在一次小便都没有 一整天了 喝水也说不想尿 人很没精神 躺在沙发上不想动 这个要紧吗"),
    (SP, 2, "zh", "zh-Hant", E, "阿爸發燒咗兩日 今日成日冇去過廁所 一滴尿都冇 佢話唔急 但係好攰 咁樣得唔得㗎"),
    (SP, 2, "en", "en", N, "random q but how much should i actually be peeing a day? i'm on a new blood pressure pill and it feels like i'm going a bit less, maybe 4 times, but i feel totally fine, no fever, drinking normally. gp appointment is next week, should i just mention it then or book sooner"),
    (SP, 2, "zh", "zh-Hans", N, "请问尿常规要留早上第一次的尿吗 明天去体检 要不要空腹"),

    (SP, 3, "en", "en", E, "ok this is about my housemate, she's had a horrible cough and fever since tuesday and thought it was just flu, but tonight she can barely get a sentence out, she's puffing like she's run a marathon while lying on the sofa, i counted like 40 a minute. her lips look kinda dusky. do we call 999 or go to the walk in"),
    (SP, 3, "en", "en", E, "fever + cough for 3 days and now she's panting like a dog and cant finish a word. my sister is 19"),
    (SP, 3, "zh", "zh-Hans", E, "发烧咳嗽好几天了 今晚突然喘得厉害 说一句话就要停下来喘 一分钟呼吸好快 感觉吸不到气"),
    (SP, 3, "zh", "zh-Hant", E, "我先生肺炎還在發燒 現在呼吸又急又快 一直喘 連講話都講不完整 嘴唇有點暗"),
    (SP, 3, "en", "en", N, "ive got a cold and get a little out of breath walking up the hill to uni, nothing at rest tho. just want to check when i should worry"),
    (SP, 3, "zh", "zh-Hant", N, "想問下肺炎出院之後幾耐要返嚟照X光 我舊年入過院 嗰陣喘到講唔到嘢 而家已經好返晒 行樓梯都唔喘 日日去跑步 冇事嘅 只係收唔到覆診信 唔知係咪寄失咗"),

    (SP, 4, "en", "en", E, "mum has had a kidney infection for 2 days and just grabbed my arm and said she feels like she's dying, something is really wrong. she never says stuff like that"),
    (SP, 4, "en", "en", E, "i have an infected cut on my leg and i genuinely feel like something terrible is about to happen to me, like this is the end. burning up. im 20. is this a panic attack or"),
    (SP, 4, "zh", "zh-Hans", E, "打字很乱见谅 我老公拔完智齿以后脸肿了好几天 今天发烧到39度多 刚才他拉着我的手说感觉自己快不行了 要死了 他平时很能忍的从来不说这种话 我现在很怕 是要直接去急诊吗"),
    (SP, 4, "zh", "zh-Hant", E, "阿嫲尿道炎發緊燒 頭先捉住我隻手話覺得自己就嚟死 叫我哋話俾阿爸知 佢平時好硬淨㗎"),
    (SP, 4, "en", "en", N, "sometimes when my anxiety is bad i get this 'i'm going to die' feeling out of nowhere, but my therapist has helped loads and i haven't had one in months, no infections or anything. are there any group sessions at the hospital for young people, or is it only one to one"),
    (SP, 4, "zh", "zh-Hans", N, "看小说里写人发高烧觉得自己要死了 现实中真的会这样吗 纯好奇 本人健康"),

    (SP, 5, "en", "en", E, "he's had a fever all day with a nasty chest infection and now his skin's gone all blotchy and purple-ish like marble, and his lips look ashy"),
    (SP, 5, "en", "en", E, "sorry i'm typing fast, my son is 16 and has had tonsillitis for 4 days on penicillin. tonight his skin is really pale, almost grey, and his legs have this mottled blue patchy look. his hands are freezing even though he says he's burning up. he's just lying there not chatting"),
    (SP, 5, "zh", "zh-Hans", E, "我弟扁桃体发炎烧了三天 现在脸白得像纸一样 腿上皮肤一块一块发紫发花 手脚冰凉"),
    (SP, 5, "zh", "zh-Hant", E, "阿嬤蜂窩性組織炎在家休養 今天整個人臉色灰灰的 嘴唇發青 手臂皮膚像大理石花紋一樣"),
    (SP, 5, "en", "en", N, "my baby's feet look a bit mottled when she gets cold after the bath but go back to pink once she's dressed, no fever, feeding great. health visitor said its normal, just wanted to double check"),
    (SP, 5, "zh", "zh-Hant", N, "想搵皮膚科預約 我啲手指一凍就會變白變藍 醫生之前講過係雷諾氏現象 冇發燒冇其他病 暖返就好返晒 只係想搵專科睇下點樣保暖好啲 可唔可以轉介"),

    (SP, 6, "en", "en", E, "4 year old, high temp, and these tiny purple dots all over her tummy, i did the glass test and they're still there through the glass 😭"),
    (SP, 6, "en", "en", E, "bf (20) fever 39.5 and has a rash on his legs that doesnt go away when i press on it. he's got a headache too"),
    (SP, 6, "zh", "zh-Hans", E, "宝宝发烧39度 身上冒出好多紫红色小点点 用杯子压上去也不褪色 好吓人 在线等"),
    (SP, 6, "zh", "zh-Hant", E, "唔該救救命 個女六歲 由朝早開始發高燒 食咗退燒藥都冇乜用 頭先幫佢沖涼見到腳同肚有啲好細粒嘅紫色點點 我用玻璃杯壓落去都仲見到 冇退色 佢而家好眼瞓成日想瞓"),
    (SP, 6, "en", "en", N, "my toddler had a spotty rash with a fever last week, it faded when we pressed a glass on it and the gp said it was just a virus. fever's been gone since sunday, rash mostly gone, she's back to bossing everyone around. can she go back to nursery tomorrow or do they need a note"),
    (SP, 6, "zh", "zh-Hans", N, "湿疹起了一片红疹子 没发烧 按下去会变白 是不是要换沐浴露 好痒"),

    (SP, 7, "en", "en", E, "sorry to message so late. my 2 year old has had an ear infection and fever since friday. tonight he's like a rag doll, flopping in my arms, barely opens his eyes when i talk to him or tickle his feet, won't even look at his tablet which he normally screams for. we're in a hotel on holiday and i don't know the area"),
    (SP, 7, "en", "en", E, "baby sister (10 months) has a chest infection and is really hard to wake up, very lethargic and floppy, mum is at work"),
    (SP, 7, "zh", "zh-Hans", E, "儿子三岁 中耳炎发烧两天 今天一直昏睡 怎么喊都喊不起来 抱起来软绵绵的 眼睛都不睁"),
    (SP, 7, "zh", "zh-Hant", E, "女兒五歲 這兩天腸胃炎發燒 今天一直睡 叫她都只是哼一聲又睡回去 整個人軟趴趴的 完全沒力氣"),
    (SP, 7, "en", "en", N, "my son's been a bit tired and sleepy with his cold but he's still playing minecraft and eating ok, wakes up easily. how long do colds usually last in kids"),
    (SP, 7, "zh", "zh-Hant", N, "個仔七歲 感冒咗幾日 呢兩日瞓多咗 下晝都要瞓個晏覺 但係叫佢即刻醒 醒咗仲識同我嗌交要打機 食嘢都正常 冇發燒 咁使唔使帶佢睇醫生㗎 定係俾佢休息多啲就得"),

    (SP, 8, "en", "en", E, "18 month old's been poorly with a bug and now her body feels icy, not just hands and feet, her tummy and back are freezing even wrapped in a blanket"),
    (SP, 8, "en", "en", E, "kid is 6, chest infection, and hes abnormally cold to touch, like really cold skin everywhere, temp reads 35.2"),
    (SP, 8, "zh", "zh-Hans", E, "求助 我女儿两岁 这几天一直拉肚子还发烧 吃了退烧药以后 刚才我摸她身上冰冰凉凉的 不只是手脚 肚子后背都是凉的 盖了两层被子也暖不过来 量体温才三十五度 人也不怎么哭了 这是怎么了"),
    (SP, 8, "zh", "zh-Hant", E, "個仔兩歲 患咗肺炎幾日 而家成身凍冰冰 唔止手腳 連個肚都凍 探熱得三十五度 點算好"),
    (SP, 8, "en", "en", N, "quick q, is it normal for a baby's hands and feet to feel cold? she's 4 months, warm on her chest and tummy, no illness at all, feeding and giggling loads. my mum keeps telling me to put mittens on her at night and i just want to know if i should add a layer or if she's fine"),
    (SP, 8, "zh", "zh-Hans", N, "小孩感冒好了以后手脚总是凉凉的 身上是暖的 精神也很好 需要补什么吗"),

    (SP, 9, "en", "en", E, "on chemo for breast cancer, 2nd cycle, just took my temp and its 38.4. feel shivery. the chemo nurse card says ring straight away but its 3am, does that still count"),
    (SP, 9, "en", "en", E, "my mum's having treatment for leukaemia, had her drip last tues, and tonight she's hot and sweaty, 38.6, and says she feels rubbish"),
    (SP, 9, "zh", "zh-Hans", E, "我爸化疗第三周期 今晚发烧38度5 还一直发抖 人没精神 要不要马上去医院"),
    (SP, 9, "zh", "zh-Hant", E, "不好意思這麼晚打擾 我媽在做化療 上週四才打完第二次 今天晚上開始覺得全身不舒服 很虛很想吐 剛剛量耳溫三十八度 她說沒事想等明天回診再說 可是護理師之前說發燒要馬上回來 到底要不要去急診"),
    (SP, 9, "en", "en", N, "my aunt finished chemo back in 2022 and is in remission, doing great and just ran a 10k. a few of us are doing a charity run for the oncology ward that looked after her, who do we speak to about donations and can we put the hospital logo on our t-shirts"),
    (SP, 9, "zh", "zh-Hant", N, "化療期間可唔可以打流感針㗎？我而家冇發燒 精神都幾好 下星期先到下一期"),

    # ---------------- head_injury ----------------
    (HI, 0, "en", "en", E, "mate got punched outside the club and went down, hit his head on the pavement, hes been out cold for like 5 mins and wont come round"),
    (HI, 0, "en", "en", E, "brother fell off his skateboard no helmet, knocked out, still hasnt woken up. breathing. ambulance??"),
    (HI, 0, "zh", "zh-Hans", E, "同学打球被撞倒 后脑勺着地 直接晕过去了 到现在五分钟了还没醒 怎么拍都没反应"),
    (HI, 0, "zh", "zh-Hant", E, "救命呀 我阿爸喺屋企爬梯換燈膽 成個人跌落嚟 個頭撞落雲石地度 好大聲 跟住就暈咗 到而家都成十分鐘 叫極佢都唔醒 有呼吸但係完全冇反應 我一個人喺度 手震到打唔到字"),
    (HI, 0, "en", "en", N, "got knocked out playing rugby when i was 15, was only out for a few seconds and was fine after, that was 6 years ago. now i'm applying to join the army and the medical form asks about head injuries. where can i get my old a&e records from"),
    (HI, 0, "zh", "zh-Hans", N, "看拳击比赛的时候被ko的人一般多久能醒啊 纯属好奇 不是身边的事"),

    (HI, 1, "en", "en", E, "dad bumped his head on an open cupboard door about an hour ago, proper clonk, we laughed at first. but now he keeps nodding off mid conversation at the dinner table, i nudge him and he opens his eyes and then ten seconds later hes gone again. it's only 6pm and hes normally up til midnight"),
    (HI, 1, "en", "en", E, "kid hit her head on the slide at the park, now she's really drowsy and struggling to stay awake, its only 2pm and she never naps"),
    (HI, 1, "zh", "zh-Hans", E, "我男朋友下午骑电动车摔了 头撞到马路牙子上 头盔都裂了 当时人还挺清醒 回来以后就一直犯困 眼睛都睁不开 跟我说话说着说着就睡着了 叫醒他没几秒又睡过去 这正常吗"),
    (HI, 1, "zh", "zh-Hant", E, "奶奶早上在浴室滑倒撞到頭 中午開始一直昏昏欲睡 講話講到一半就睡著 叫醒沒多久又睡"),
    (HI, 1, "en", "en", N, "is it true u shouldnt sleep after hitting your head? i bumped mine on the bunk bed yesterday, tiny bump, no headache, felt normal all day. asking for tonight lol"),
    (HI, 1, "zh", "zh-Hant", N, "琴日撞親個頭 起咗個包 今日精神好好 冇頭暈 照返工 想問啲藥膏搽邊隻好"),

    (HI, 2, "en", "en", E, "fell down the stairs last night and whacked my head, now theres watery stuff dripping out my nose, not snot, like clear water, and it tastes salty"),
    (HI, 2, "en", "en", E, "my son took a hard hit to the head in football this afternoon, seemed ok at first. now he's lying on the sofa and there's clear fluid leaking from his right ear, not blood, just clear and runny. he says he doesn't have an ear infection and never had fluid from his ears before. do i take him in or is it just sweat"),
    (HI, 2, "zh", "zh-Hans", E, "老爸喝多了摔了一跤磕到头 现在鼻子一直流清水一样的东西 不是鼻涕 低头就滴下来"),
    (HI, 2, "zh", "zh-Hant", E, "我弟騎機車摔車撞到頭 回家後耳朵一直流出透明的水 不是血 擦掉又流 這要緊嗎"),
    (HI, 2, "en", "en", N, "how do doctors tell the difference between a runny nose and that brain fluid leak thing? saw it on a medical drama last night. not injured, just nosy"),
    (HI, 2, "zh", "zh-Hans", N, "游泳以后耳朵里进水了 一歪头就流出来 没撞到头 这个要去医院吗"),

    (HI, 3, "en", "en", E, "son's 8, fell off the climbing frame at school yesterday and landed on the side of his head, teacher said he cried but was fine. tonight in the bath i noticed a big purple mark right behind his ear, on the bony bit, and it wasn't there this morning. he's watching tv and says it doesn't hurt much"),
    (HI, 3, "en", "en", E, "got hit in the head with a cricket ball, now there's blood coming out of my ear. is that bad"),
    (HI, 3, "zh", "zh-Hans", E, "我们宿舍楼下打架 我室友被人用酒瓶砸了脑袋 当时还能走路 回来躺着 刚才我看他枕头上一片血 一看是从左边耳朵里流出来的 还在流 他说耳朵嗡嗡响 要不要叫120 我们都是学生不太懂"),
    (HI, 3, "zh", "zh-Hant", E, "阿婆前日跌親撞到個頭 今日見到佢耳仔後面成忽瘀晒 紫到黑咁 佢話冇事但我好驚"),
    (HI, 3, "en", "en", N, "i've got a bit of dried blood in my ear from scratching an itch with a cotton bud 🙈 no head injury, no pain. do i need to see someone or will it heal"),
    (HI, 3, "zh", "zh-Hant", N, "打耳洞的地方耳朵後面有點瘀青 沒有撞到頭 是不是耳環太緊"),

    (HI, 4, "en", "en", E, "7yo banged her head on the table corner at lunch and she's thrown up twice since. she's never sick"),
    (HI, 4, "en", "en", E, "hey, i'm 19, was at a house party and someone pushed me into a door frame, bumped the back of my head pretty hard around midnight. i've vomited three times since then and i haven't been drinking much, like one beer. my head is pounding. my friends think i'm just hungover but i really don't think so"),
    (HI, 4, "zh", "zh-Hans", E, "小孩从沙发上摔下来磕到头 之后吐了两次 喂奶也吐 平时不吐奶的"),
    (HI, 4, "zh", "zh-Hant", E, "打擾了 我兒子國中 今天下午籃球課跟同學相撞 頭撞到對方的下巴 當時只說有點暈 老師也覺得沒事 可是回家之後已經吐了三次 晚餐都吐出來 他說頭越來越痛 這樣需要去急診嗎"),
    (HI, 4, "en", "en", N, "what should i keep an eye on after my daughter bumped her head? she's totally fine, no sickness at all, not sleepy, running round the garden. it was a tiny knock on the coffee table about twenty minutes ago and there's a little red mark. i just want the list of warning signs to stick on the fridge, just in case"),
    (HI, 4, "zh", "zh-Hans", N, "请问头部外伤观察注意事项有没有纸质版的 上次急诊护士口头讲了 我老公头没事 也没吐 就是想留着备用"),

    (HI, 5, "en", "en", E, "lol ok so i walked into a low metal beam at work about half an hour ago, like full speed, and now everything's doubled. i can literally see two of my phone screen and two of my manager. closing one eye fixes it. i thought it would wear off but it hasn't. should i get the bus to a&e or"),
    (HI, 5, "en", "en", E, "gf fell off her bike and hit her head, now she says her vision is blurry and she can't see properly out of one eye"),
    (HI, 5, "zh", "zh-Hans", E, "被篮球砸到头 现在看东西重影 一个变两个 眼前还有点模糊 歇了半小时也没好"),
    (HI, 5, "zh", "zh-Hant", E, "個仔踢波同人撞頭 而家話睇嘢矇晒 一樣嘢見到兩個 已經成粒鐘都係咁"),
    (HI, 5, "en", "en", N, "i need new glasses, things have been a bit blurry reading for months. no injuries or anything. does the hospital eye clinic do tests or is that an optician thing"),
    (HI, 5, "zh", "zh-Hant", N, "我去年車禍腦震盪之後有一陣子看東西會模糊 後來就完全好了 今年體檢視力也正常 現在想考駕照 監理站那邊會不會要我附診斷證明 要去哪一科開比較快"),

    (HI, 6, "en", "en", E, "not sure who to ask. my grandma slipped in the garden this morning and knocked her head on the step, she said she was fine and had a cup of tea. but just now she dropped her mug and says her left hand feels dead, pins and needles all the way up, and she can't grip my hand properly on that side"),
    (HI, 6, "en", "en", E, "hit my head in a car accident 2 hrs ago, went home, now my right leg is weak and numb, keep stumbling"),
    (HI, 6, "zh", "zh-Hans", E, "爷爷上午摔了一跤碰到头 下午开始右手没力气 拿不住筷子 说半边身子麻麻的"),
    (HI, 6, "zh", "zh-Hant", E, "我朋友剛才摔下樓梯撞到頭 現在說左腳麻麻的沒有力 站不太起來"),
    (HI, 6, "en", "en", N, "my foot goes numb when i sit cross legged too long lol, no head knocks, goes away when i move. is that a nerve thing?"),
    (HI, 6, "zh", "zh-Hans", N, "想预约一下神经外科的复查 我去年骑车摔了一跤撞到头 那时候左手麻了几天 做了核磁说问题不大 后来慢慢就恢复了 现在手一点都不麻 力气也正常 医生让我一年后复查 请问怎么挂号"),

    (HI, 7, "en", "en", E, "flatmate headbutted the bathroom door when he slipped, now his words are coming out jumbled and he's walking like he's on a boat, bumping into walls. hasn't had a drink"),
    (HI, 7, "en", "en", E, "after hitting her head my mum is having trouble speaking and can't seem to understand what i'm saying, keeps nodding at the wrong things"),
    (HI, 7, "zh", "zh-Hans", E, "我老公今天在工地被掉下来的木板砸了一下头 戴着安全帽 当时说没事继续干活了 晚上回家我发现他说话颠三倒四 我问他吃饭了没他答非所问 走路也晃晃悠悠的像喝醉了一样 可是他一滴酒都没喝"),
    (HI, 7, "zh", "zh-Hant", E, "阿公跌親撞到額頭 之後講嘢口齒唔清 行路又東歪西倒 企都企唔定"),
    (HI, 7, "en", "en", N, "my son had a concussion playing hockey in january and had some wobbly balance for about a week, all completely cleared now and he's back at training, talking and walking totally normally. the school needs a return to play letter from the hospital before the next match, how do i request one"),
    (HI, 7, "zh", "zh-Hant", N, "請問復健科的平衡訓練要怎麼預約 我腦震盪已經好了 醫生說可以做加強"),

    (HI, 8, "en", "en", E, "little brother fell off the top bunk and smacked his head on the floor, cried a lot but then seemed fine. about twenty minutes later on the sofa he went stiff and started twitching and jerking all over for like a minute, eyes rolled back. he's never done that before in his life. mum is driving back now"),
    (HI, 8, "en", "en", E, "guy at work fell off a ladder, hit his head, then had a seizure on the floor. stopped now. we're waiting but should we do anything"),
    (HI, 8, "zh", "zh-Hans", E, "我爸骑车摔倒撞了头 刚送回家没多久 突然眼睛发直 手脚一下一下地抖 叫他也不应 以前从没有过"),
    (HI, 8, "zh", "zh-Hant", E, "急 我妹妹剛剛在學校操場跌倒 後腦撞到地上 老師打電話說她沒事只是有點痛 結果接她回家的路上 她在車上突然翻白眼 手腳一直抖動 大概一分鐘 現在停了但叫她都愛理不理 我現在停在路邊"),
    (HI, 8, "en", "en", N, "had a seizure after a car crash head injury back in 2019, on meds since, no seizures for 4 years. can i come off them? who do i talk to"),
    (HI, 8, "zh", "zh-Hant", N, "個仔頭部受傷之後醫生開咗預防抽筋嘅藥 佢一直冇發作過 想問幾時覆診"),

    (HI, 9, "en", "en", E, "nan's on warfarin and she tripped on the rug and hit her head on the sideboard, small bump, she seems ok but the leaflet said to get her seen"),
    (HI, 9, "en", "en", E, "hi, so my dad is 72 and on blood thinners for his heart, apixaban i think. he fell backwards off the garden chair about half an hour ago and hit the back of his head on the patio. there's a lump and a little cut that's mostly stopped. he says he feels completely normal and is refusing to go anywhere, but the pharmacist told us once that falls on these tablets are serious"),
    (HI, 9, "zh", "zh-Hans", E, "在线等挺急的 我妈心脏装了支架 一直吃着华法林 刚才在厨房地上有水 她滑倒了 后脑勺直接磕在地砖上 起了个大包 她说不疼也不晕 非说不用去医院 我是不是应该硬拉她去急诊"),
    (HI, 9, "zh", "zh-Hant", E, "阿爺食緊薄血丸 頭先喺廁所跌低撞到個頭 起咗個包 佢話冇嘢 但係我聽人講食呢啲藥撞到頭好危險"),
    (HI, 9, "en", "en", N, "i take rivaroxaban and want to start boxing classes lol, my gp looked horrified. is there a leaflet about sports on blood thinners"),
    (HI, 9, "zh", "zh-Hans", N, "吃抗凝药的人平时要注意什么 我爷爷刚开始吃 还没摔过也没出过事 想提前了解一下"),
]

# Characters that exist only in one script (hand-picked pairs, Simplified / Traditional).
SIMP_ONLY = set("这说来没时医发个吗过们对还头脸吓动么样车话开见现经让晕妈儿宝怀办点觉气应该会从听边电药烧热难伤脑楼门间钟岁给谁问题帮厅厕刚两马紧脚记认识连东鲜红爷骑测着实诊护疗凉体学变坏续压块湿痫癫产")
TRAD_ONLY = set("這說來沒時醫發個嗎過們對還頭臉嚇動麼樣車話開見現經讓暈媽兒寶懷辦點覺氣應該會從聽邊電藥燒熱難傷腦樓門間鐘歲給誰問題幫廳廁剛兩馬緊腳記認識連東鮮紅爺騎測裡後實診護療涼體學變壞續壓塊濕癇癲產")
CANTO = set("佢唔冇咗嘅喺哋嚟咁啲嗰瞓睇㗎")
CJK = re.compile(r"[\u3400-\u9fff]")


def is_long(text, lang):
    if lang == "en":
        return len(text.split()) > 40
    return len(CJK.findall(text)) > 60


def build():
    order = list(SIGNS)
    rows_sorted = sorted(enumerate(ROWS), key=lambda t: (order.index(t[1][0]), t[1][1], t[0]))
    out, counters = [], {}
    for _, (cat, idx, lang, script, level, text) in rows_sorted:
        n = counters.get(cat, 0)
        counters[cat] = n + 1
        out.append({
            "id": f"{SET}.{cat}.{n}", "text": text, "lang": lang, "script": script,
            "category": cat, "sign_index": idx, "sign": SIGNS[cat][idx], "level": level,
            "source": "handwritten", "split": "train", "template": "hw",
        })
    return out


def check(rows):
    for cat, signs in SIGNS.items():
        for i in range(len(signs)):
            got = sorted((r["lang"], r["script"], r["level"]) for r in rows
                         if r["category"] == cat and r["sign_index"] == i)
            en_e = sum(1 for g in got if g == ("en", "en", E))
            hans_e = sum(1 for g in got if g == ("zh", "zh-Hans", E))
            hant_e = sum(1 for g in got if g == ("zh", "zh-Hant", E))
            en_n = sum(1 for g in got if g == ("en", "en", N))
            zh_n = sum(1 for g in got if g[0] == "zh" and g[2] == N)
            assert len(got) == 6 and (en_e, hans_e, hant_e, en_n, zh_n) == (2, 1, 1, 1, 1), (cat, i, got)
    ids = [r["id"] for r in rows]
    texts = [r["text"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate id"
    assert len(set(texts)) == len(texts), [t for t in texts if texts.count(t) > 1]
    for r in rows:
        assert r["lang"] in ("en", "zh") and r["level"] in (E, N)
        assert (r["lang"] == "en") == (r["script"] == "en"), r["id"]
        if r["script"] == "zh-Hans":
            bad = TRAD_ONLY & set(r["text"])
            assert not bad, (r["id"], "traditional chars in zh-Hans", bad)
        if r["script"] == "zh-Hant":
            bad = SIMP_ONLY & set(r["text"])
            assert not bad, (r["id"], "simplified chars in zh-Hant", bad)
    long_n = sum(is_long(r["text"], r["lang"]) for r in rows)
    share = long_n / len(rows)
    assert 0.28 <= share <= 0.40, share
    return long_n, share


def main():
    rows = build()
    long_n, share = check(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "triage.jsonl")
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows).encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    hant_e = [r for r in rows if r["script"] == "zh-Hant" and r["level"] == E]
    canto = sum(1 for r in hant_e if CANTO & set(r["text"]))
    print(f"rows {len(rows)}")
    print(f"long {long_n} share {share:.3f}")
    print(f"zh-Hant emergency rows {len(hant_e)}, Cantonese {canto}")
    print(f"md5 {hashlib.md5(data).hexdigest()}")


if __name__ == "__main__":
    main()
