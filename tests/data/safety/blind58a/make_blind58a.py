#!/usr/bin/env python3
# Blind triage test set "blind58a" (brief W37). Every message below was typed by hand.
# Row order per category: n 0-3 emergency en, 4-5 emergency zh-Hans, 6-7 emergency zh-Hant,
#                          8-11 none en,     12-13 none zh-Hans,     14-15 none zh-Hant.
# A message given as a list is a conversation ("turns"); a plain string is "text".
import json
import os
from collections import Counter

SET = "blind58a"
E, N = "emergency", "none"
EN, HANS, HANT = "en", "zh-Hans", "zh-Hant"

DATA = {}

DATA["chest_pain"] = [
    (E, EN, "sorry tae bother yous, ma da's been sittin in his chair since his dinner wi a pain in the middle o his chest, says its like a big weight on him an its goin doon his left arm, he's sweatin buckets an grey lookin but he's tellin me its jist indigestion an no tae fuss. he's sixty seven. whit dae a dae"),
    (E, EN, "Good evening please. My husband came back from work complaining of heavy pressure for chest since like forty minutes now, e dey spread go him jaw and he don vomit once. He is a hypertensive patient. He said I should not disturb anybody that it is ordinary gas. Abeg should I be worried?"),
    (E, EN, "hello this is margaret i am seventy nine i have got a squeezing pain in my chest it started when i was hoovering and it has not gone off with my GT and spray i have used the spray three times now and i feel sick and clammy my daughter is at work full stop what should i do"),
    (E, EN, ["hey is there parking at the main entrance or do i have to use the multistorey",
             "ok ty. also lowkey unrelated but my mum's been having this like tearing pain in her chest that goes right through to her back for like half an hour, she's 58 and gone really pale and says her legs feel weird. she says its her back playing up ngl idk"]),
    (E, HANS, "老铁们帮忙看看，我爸六十多了，刚才在屋里扛了袋大米，完了就说胸口贼闷，跟压了块大石头似的，一身冷汗，脸煞白，问他嘎哈呢他还说没事歇会儿就好，这都半个多钟头了也没见好，咋整啊"),
    (E, HANS, ["请问一哈你们医院心内科周六开不开门诊哦？我想帮我老汉儿挂个号开点降压药",
               "好嘛晓得了。哎对了，他刚刚说胸口痛，痛得气都喘不赢，左边膀子也麻起来了，满脑壳都是汗，他说是岔气了莫得事，要不要紧嘛"]),
    (E, HANT, "Hello 我想問下，我老公剛剛打完羽毛球回來說胸口好像被人壓住那樣，痛到下巴，還一直流冷汗想吐，他說休息下就ok lah 但是已經一個鐘頭了還是這樣，他之前有做過通波仔的，我要怎樣？"),
    (E, HANT, "唔好意思想問吓，我阿爺八十幾歲，今朝起身話心口好似有嘢揼住咁痛，成個人好喘，嘴唇有啲紫，企都企唔穩，佢叫我哋唔好搞咁大陣仗，係咪要等佢休息吓先？"),
    (N, EN, "Ah hello, I'm only after getting the letter for my husband's stress test on the cardiology side, he had the chest pains back in March and they put a stent in him, he's grand now, not a bother on him. Would you know is it the same building as the last time or the new block beside the car park?"),
    (N, EN, "Hi, my mother is asking what are the warning signs of heart attack in ladies, she saw some reel on Instagram that women get jaw pain and tiredness instead of chest pain. Kya ye sach hai? She is totally fine, just curious yaar, she wants to share it with her kitty party group."),
    (N, EN, ["Hi po! Ask ko lang what time visiting hours sa cardiac ward?",
             "Thank you po. Kasi yung tito ko admitted there since Monday, he had chest pain last week pero na-angiogram na siya and okay na daw, stable na. Gusto lang namin dalhan ng food hehe allowed ba?"]),
    (N, EN, "mate this bloody centrelink form is givin me chest pains haha, nah seriously i'm fine, just wanted to ask if youse can send the discharge summary from my knee op to my GP, I need it for the claim"),
    (N, HANS, "你好我想问一哈我娘上个月做了新藏支架手术现在恢复得蛮好的冒得胸痛也冒得气紧就是想问一哈胡查要不要空肚子还是可以七早饭"),
    (N, HANS, "【打卡第30天】🏃‍♀️今天跑完十公里，心口扑通扑通跳😂 不是胸痛哈姐妹们别担心，就是太激动了！去年这时候我爸心梗住院，我吓得半死，现在他每天跟我一起快走🚶‍♂️ 医生说恢复得非常好💪 珍惜健康，珍惜家人❤️ #自律 #跑步"),
    (N, HANT, "想問一下喔，我阿嬤上禮拜去急診，因為胸口悶，結果醫生說是胃食道逆流，有開藥給她，現在都沒事了～想問她下次回診要掛心臟科還是腸胃科比較好？thx"),
    (N, HANT, "Hi，我想知道可以在哪裡拿我爸爸的 medical report？他去年 kena heart attack，做了 bypass，現在 ok 了，不過 insurance 要 report lah，要去哪個 counter？"),
]

DATA["stroke"] = [
    (E, EN, "Hello ji, my papa was having his chai ten minutes back and suddenly the cup fell from his right hand, now he is not able to lift that arm properly and his mouth is looking little bit tedha on one side. He is saying 'I am fine beta' but words are coming out very strange. He is BP patient. Kya karein?"),
    (E, EN, "hey just wondering, my old man's been a bit off since smoko, reckon he's had a few too many maybe but he's only had the one beer. he's slurrin his words and can't find the word for like cup or ute, keeps callin everything 'the thing'. came on outta nowhere bout 20 min ago. prob nothing but figured i'd ask"),
    (E, EN, "ok so my grandma was facetiming me and like halfway thru the call she said she cant see out of her left eye at all, like its just gone black, and her face looked kinda droopy on one side?? she's 74. she said she'll just lie down and see if it passes. is that like a thing or should i be freaking out fr"),
    (E, EN, ["hiya, can a get ma maw's repeat prescription for her warfarin sent tae a different chemist, she's movin in wi me",
             "aye cheers hen. och an she's been awfy wobbly the day, cannae walk straight, keeps listin tae the right like she's steamin an she's no had a drink, an her right leg's went numb since aboot half ten. she says its her sciatica. anywey whit chemist dae ye use"]),
    (E, HANS, "喂你好我老倌子刚才七饭的时候筷子都拿不住了右边手冒得力气嘴巴也歪到一边去了讲话含含糊糊的听不清楚他讲冇得事要我莫吵我问一哈要紧不"),
    (E, HANS, "家人们谁懂啊😭 我妈刚刚在跳广场舞💃突然就站不稳了，说左边身子麻，半边脸都没知觉，说话也大舌头👅 现在坐在旁边休息，她说歇歇就好，不让我打电话，我好慌🙏 有懂的朋友快说说该咋办"),
    (E, HANT, "我老公頭先話頭痛到爆，佢話係人生最痛嗰次，好似俾人打咗一棍咁，跟住講嘢開始亂晒，叫佢個名都反應慢咗。佢平時都冇頭痛㗎，使唔使等陣先睇吓？"),
    (E, HANT, ["請問一下復健科的門診可以線上改期嗎？我爸原本約下週三",
               "好喔謝謝～ 啊對了他剛剛要跟我講話，結果講出來的字都怪怪的，我聽不懂他在說什麼，他自己好像也很 confused，右手拿手機一直滑掉，大概十分鐘前開始的，這樣 ok 嗎？"]),
    (N, EN, "Good afternoon. Please I want to know the visiting time for the stroke unit, Ward 7. My uncle was admitted there two weeks ago and he is recovering well, he can now talk small small and walk with frame. We want to bring him pepper soup, is it allowed?"),
    (N, EN, "good morning i had a mini stroke they called it a tea I A two years ago and i have been on the clopping grill ever since my doctor says to ask you if i still need the scan in june comma no symptoms since then thank you"),
    (N, EN, ["Hello there, is the stroke clinic still in the old outpatients or have ye moved it?",
             "Grand so. It's for my mother, she had the stroke before Christmas, the left side is a lot better now thank God, the physio is very happy with her. It's just her review appointment Tuesday week."]),
    (N, EN, "Hi po, for our nursing school project kasi, ano po yung BE FAST acronym for stroke signs? Balance, eyes, face, arms, speech, time diba? Gusto lang namin i-confirm before our presentation bukas hehe thank u po"),
    (N, HANS, "你好，俺家老爷子前年中风过一回，现在恢复得老好了，天天出去遛弯儿，就是想问问你们那康复科做针灸能走医保不？贼贵了"),
    (N, HANS, "请问一哈，我们屋头老汉儿脑梗出院三个月了，莫得啥子不舒服，医生喊我们定期复查，那个脑壳CT要不要提前预约嘛？"),
    (N, HANT, "Hi 我想問下，我阿公的中風 rehab 是在 level 3 還是 level 4？他上個月出院了，現在可以自己走路了，只是要 continue physio lah。Parking 有沒有 discount？"),
    (N, HANT, "我睇緊套韓劇，入面個阿媽突然中風，講嘢口齒不清，想問吓現實中係咪真係要好快送院㗎？純粹好奇，屋企人全部冇事。"),
]

DATA["anaphylaxis"] = [
    (E, EN, "Please help, my son is 9 and he mistakenly ate small chin-chin that had groundnut inside at party, now his lips are swelling like balloon and he is scratching everywhere and his voice is becoming hoarse. He is saying his throat is doing him somehow. We don't have the pen thing with us. What should I do?"),
    (E, EN, "Sorry to be bothering ye, my husband got stung by a wasp out the back about ten minutes ago, he's all blotchy now, big red welts up his neck, and he's after going very pale and dizzy, had to sit down on the step, says he feels like he's going to pass out. He's never had a reaction before. Is it something we'd just put cream on?"),
    (E, EN, "hello i was given a new antibiotic at the surgery this morning a mocks e something and i took the first tablet an hour ago now my tongue feels big and my face is swelling up and it is hard to swallow and i am a bit wheezy i am on my own is this normal"),
    (E, EN, ["Hi po, pwede po bang mag-request ng copy ng allergy test results ng anak ko online?",
             "Sige po salamat. Btw po nag-use na kami ng EpiPen kanina kasi kumain siya ng shrimp, mga 15 mins ago, pero parang hirap pa rin siya huminga and nagsusuka pa rin siya. Hinihintay lang po namin bumalik yung asawa ko with the car. Okay lang ba yun?"]),
    (E, HANS, "医生你好，我娃儿刚刚在外婆屋头吃了点腰果，不到十分钟嘴巴就肿起来了，眼睛也肿得眯起了，一直在咳，说喉咙里头好紧，声音都变了，身上起了好多坨坨，咋个办嘛"),
    (E, HANS, ["你好，请问你们那儿皮肤科周末有号不？",
               "行，那我周一去。哎对了我媳妇儿刚打完头孢那个针，从诊所回来就说嗓子眼儿发紧，喘不上气，浑身起红疙瘩，人都有点迷糊了，这得咋整啊，要不要再等会儿看看"]),
    (E, HANT, "救命我朋友剛剛吃了蝦，他說他對甲殼類過敏但以為只是一點點沒差，現在整個臉腫起來，嘴唇超腫，然後說喉嚨好像卡住吞不下去，講話聲音很怪，還一直咳，我們在宿舍，要怎麼辦"),
    (E, HANT, "我孩子被蜜蜂叮到手，之後全身起 rash 好 itchy，現在 suddenly 很喘，嘴唇有點紫紫的，人很 blur 叫不太醒，我 panic 了，給他吃 Piriton 就好嗎？"),
    (N, EN, "hiya, ma wean's got a peanut allergy an we've got the epipens, jist wonderin if the allergy nurse can show the new childminder how tae use wan? he's no had a reaction since he wis a baby, he's fine. cheers"),
    (N, EN, "Hello, I got some itchy red rashes on my arm after trying new detergent, no swelling on face or lips, breathing totally normal, just thodi khujli hai. Antihistamine le sakti hoon? Or I should see dermatologist?"),
    (N, EN, ["hi do u guys do allergy testing for adults or is it just kids",
             "ok cool. reason i ask is i had anaphylaxis like 3 yrs ago from cashews, ended up in resus n everything lol, been fine since, just wanna know if im still allergic bc i miss pesto ngl"]),
    (N, EN, "g'day, our kelpie got into a bees nest this arvo and his whole snout swelled up like a footy, took him to the vet and he's had a jab and he's right as rain now. just wondering if i should keep an epipen for the kids too since we've got hives on the property? they've never reacted to stings"),
    (N, HANS, "分享一下🥜 今天带宝宝去医院做了过敏原检测，结果花生过敏😱 医生说以后要注意，出门带好肾上腺素笔💉 不过宝宝现在一点事没有，活蹦乱跳的😂 提醒各位宝妈，添加辅食要一样一样来哦～ #育儿日记 #过敏"),
    (N, HANS, "你好我想问一哈我去年七芒果过民嘴巴肿了一次后来好了现在冇得事了今年还能不能七芒果要不要去医院做个过民测试"),
    (N, HANT, "想問吓，我個女細個對雞蛋敏感，試過全身出風癩，不過嗰陣已經睇咗醫生搞掂，而家六歲冇事，學校要我填份過敏表格，應該點填？"),
    (N, HANT, "請問一下我被蚊子叮到腫一大包超癢，已經擦藥了，呼吸什麼的都正常啦，只是好奇這樣算過敏反應嗎？需要掛號嗎哈哈"),
]

DATA["breathing"] = [
    (E, EN, "hey, missus has asthma and she's been puffin on the ventolin every few minutes for the last hour but it's doin bugger all, she can only get two or three words out before she has to stop for air and she's hunched over the kitchen bench. she reckons it'll settle. wat do"),
    (E, EN, "my little brother is 2 and he's breathing super fast and like the skin between his ribs is sucking in every breath and he's making this grunting noise?? mum's at work and i'm babysitting. he had a cold yesterday. idk if this is normal for a cold ngl"),
    (E, EN, "Hi, my mother-in-law flew back from Delhi two days ago, long flight, today suddenly she is getting very breathless just walking to bathroom, and her left calf is swollen and paining. Also she said chest is hurting when she takes deep saans. Is this just jet lag?"),
    (E, EN, ["Hello, is there any way to get the oxygen company's number, it's for my father, he's on the home oxygen for the COPD",
             "Thanks a million. He's awful bad today actually, the lips are gone a bluey colour and he's very sleepy and muddled in himself, and the yoke on his finger is saying 81. He won't let me ring anyone, he says it's the weather."]),
    (E, HANS, "深夜发个圈😢 我老公今晚一躺下就喘得不行，只能坐着，一躺就憋醒，咳出来的痰是粉红色泡沫样的，他心脏本来就不好💔 他说明天再去医院，我怎么劝都不听，有没有懂的姐妹说一下这样行不行🙏🙏"),
    (E, HANS, ["喂你好我想问一哈你们医院的停车场晚上几点关门",
               "哦晓得了还有就是我屋里细伢子哮喘发了喷了好几次药都冇得用喘得肚子一鼓一鼓的一句话都讲不完嘴巴有点发紫他爸爸讲等天亮再看"]),
    (E, HANT, "我阿媽COPD，今日喘到講唔到一句完整嘅說話，個血氧機得八十五，手指甲都有啲紫，平時都係九十三四，佢話唔想入院，我應該點做？"),
    (E, HANT, "Hello，我老公 wheezing 很厲害，全身冒汗，坐著也喘，嘴唇有點藍藍的，以前沒有 asthma 的，今天早上開始越來越差，他說喝點熱水就好 lah，真的嗎？"),
    (N, EN, "hello i would like to order a new spacer for my blue inhaler the old one has cracked my breathing is fine at the moment just the usual wheeze in the mornings which the doctor knows about thank you"),
    (N, EN, "Hi po, may question lang, yung anak ko hinihingal daw pag umaakyat ng hagdan sa school pero okay naman siya, nagtatakbo pa nga after. Normal lang ba yun sa 10 years old na medyo chubby? Curious lang po"),
    (N, EN, ["Please what is the opening time for the respiratory clinic on Saturday?",
             "Okay thank you. It is for my mummy, she had pneumonia last month, she could not breathe well that time and they admitted her, but now she is very okay, breathing normally. The doctor said she should come for follow up x-ray."]),
    (N, EN, "this stair in oor close is gonnae be the death o me, cannae breathe by the time a get tae the top landin haha. naw seriously am fine, jist wantin tae ask aboot gettin a referral tae the stop smokin service"),
    (N, HANS, "大夫，我想问问，俺家小子一感冒就有点喘，之前查过说是咳嗽变异性哮喘，现在好着呢，就是问问秋天要不要提前用点药预防一下？"),
    (N, HANS, "我昨天爬峨眉山爬到金顶，气都喘不匀了，下来歇了一晚上现在完全莫得事了，巴适得很。就想问下高原反应是不是就是这种？以后还能去西藏不？"),
    (N, HANT, "想問一下 我上禮拜去做肺功能檢查 那時候吹到很喘很累 報告出來了嗎？可以在 app 上看嗎？現在沒什麼不舒服啦"),
    (N, HANT, "你好，想問吓呼吸科覆診可唔可以改期？我阿爸上個月肺炎入過院，嗰陣喘到要戴氧氣，而家好返好多，行得走得，就係下星期要去旅行，想改遲少少。"),
]

DATA["bleeding"] = [
    (E, EN, "Hi po, yung tatay ko nahiwa ng grinder sa braso sa work, bumubulwak yung dugo parang nag-i-spurt, naka-press na kami ng towel for 15 mins pero basang-basa na ng dugo yung dalawang towel. Medyo nahihilo na rin siya. Ano po gagawin?"),
    (E, EN, "good evening i have been on warfarin for my heart and my nose started bleeding at seven oclock and it is now nearly eight and it will not stop i have been pinching it like they said and there is a lot of blood in the sink and i feel faint"),
    (E, EN, "ma brother's been bokin up blood the night, like proper red blood an clots, no jist a wee streak, twice noo. he's a big drinker like. he's sayin dinnae phone anybody its jist fae the drink an it'll settle. he looks pure white"),
    (E, EN, ["Good evening, please how can I reschedule my gastro clinic appointment for Monday? I will be travelling.",
             "Thank you sir. Small thing, since yesterday my stool has been black like coal tar and very smelly, and today when I stood up I almost fell, everything was turning. I have been taking diclofenac for my back. I will just rest, abi?"]),
    (E, HANS, "我家孩子前天刚做完扁桃体手术，今天突然嘴里往外吐血，吐了好几口鲜红的，还一直往下咽，脸色煞白，这是正常的不？大夫说回家养着就行，我这心里贼没底"),
    (E, HANS, ["你好，请问住院部探视要不要做核酸哦？",
               "好的。还有个事，我婆婆刚刚咳嗽咳出来好多血，鲜红的，咳了小半碗，她有肺结核的老毛病，现在气都喘不赢，是不是等明天来住院的时候再说嘛"]),
    (E, HANT, "欸請問一下 我男友切菜切到手腕 血一直噴出來 我們用毛巾壓了快十分鐘還是一直滲 毛巾都濕透了 他臉色有點白 說頭暈 要去大醫院嗎還是去診所縫一縫就好"),
    (E, HANT, "我爸爸今天大便很多血，整個馬桶紅紅的，去了三次了，剛剛他 pengsan 了一下下，醒來說好累，臉很白。他說是痔瘡而已 lah 不用去醫院，真的嗎？"),
    (N, EN, "hey legends, my nose had a bit of a bleed this mornin after a big night on the turps, pinched it for ten minutes and it stopped, no dramas. just wondering if i can still donate blood thursday or should i reschedule"),
    (N, EN, "ok random q but my period has been kinda heavier than usual this month, like changing a pad every 4ish hours, no dizziness or anything, i feel fine. is that worth a gp appt or nah"),
    (N, EN, "Hello, I'm after cutting my finger peeling spuds, just a nick, bled a small bit and it's stopped now with a plaster on it, but sure I was wondering when did I last have the tetanus, would ye have that on the system?"),
    (N, EN, ["Hello, is blood test reports available online? I gave sample yesterday for my father",
             "Ok thanks. Actually he had blood in urine once last month, doctor did scan and said it's small kidney stone, no bleeding after that. So this test is just routine follow up. Kab tak aayega report?"]),
    (N, HANS, "你好我刷牙的时候牙龈有点出血吐出来有点红红的冇得别的不舒服想问一哈要挂口腔科还是挂学业科"),
    (N, HANS, "今天去献血啦🩸🩸 第一次献400毫升，扎针的时候流了一点点血，护士姐姐超温柔😭 献完喝了杯甜牛奶🥛 一点都不晕！给自己点个赞👍 #无偿献血 #热血青年"),
    (N, HANT, "想問吓，我上個禮拜喺你哋度脫咗隻智慧齒，頭兩日流少少血，而家完全止咗，今日個傷口有少少痕，使唔使返去覆診？"),
    (N, HANT, "我在看一個醫療劇，裡面那個人被刀刺到大量出血，醫生說要壓住傷口不要拔刀，這是真的嗎？想知道一下以後遇到可以幫忙 lol"),
]

DATA["suicide_self_harm"] = [
    (E, EN, "idk why im typing this here. ive written letters for my mum and my best friend and i have a razor in the bathroom. im not gonna be here tomorrow so it doesnt matter. just wanted someone to know i guess"),
    (E, EN, "Please my younger sister locked herself inside the room since evening, she sent me a message saying I should take care of mummy for her and that she is sorry for everything. She has been depressed since her husband left. She is not answering and I can hear nothing. I am outside the door. What do I do please"),
    (E, EN, "ma pal's on the phone tae me sayin he's up on the bridge an he's no comin back doon, he sounds steamin an he's greetin. a cannae get there in time am in Paisley. whit dae a dae"),
    (E, EN, ["hello could you tell me when my repeat of the zopiclone will be ready for collection please",
             "thank you dear i have been saving them up you see since my husband died in may i have got quite a lot now and i think tonight will be the night i take them all i am very tired of everything i just wanted my affairs in order"]),
    (E, HANS, "我也不晓得该跟哪个说，我已经把安眠药全部倒出来了，大概有三十几颗，屋头莫得人，活起也莫得意思，就想跟你们说一声，娃儿在他外婆那边，莫得事"),
    (E, HANS, ["你好，心理科挂号咋挂啊，俺对象最近情绪不太好",
               "他刚才给我发微信说这辈子对不起我，让我照顾好他妈，完了电话就关机了，他前两天还说过不想活了，我现在联系不上他，这咋整啊"]),
    (E, HANT, "我個仔十五歲，頭先入佢房發現佢手臂𠝹咗好多刀，有幾條好深，血流唔停，佢話佢想死，唔准我話俾佢老豆知，我應該點算？"),
    (E, HANT, "我室友剛剛傳訊息說她在頂樓，說她撐不下去了想跳下去，我打給她她都不接，我們住12樓，我現在腦袋一片空白不知道要幹嘛"),
    (N, EN, "Hello, I'm a teacher in the local school and we're doing a wellbeing week, would the hospital have any leaflets on self-harm and where young people can get help? Just for the notice board, no particular student."),
    (N, EN, "Yaar this thesis deadline is killing me, I swear I want to die lol. Anyway, just asking if the hospital library is open for outside students on Sunday?"),
    (N, EN, ["Hi po, ask ko lang kung may support group for families ng may depression?",
             "Yung kuya ko po kasi, nag-attempt siya last year pero naka-recover na siya, may psychiatrist na siya and okay na siya ngayon, regular ang meds. Gusto lang namin matuto paano siya suportahan. Thank you po"]),
    (N, EN, "hey, I've got old self harm scars on my forearms from when I was a teenager, heaps faded now, im 34 and doing well. getting a tattoo over them and the artist wants to know if theres any reason not to. who would I ask?"),
    (N, HANS, "你好我想问一哈我屋里崽去年有抑郁症还自伤过现在在七药状态蛮好每个月来复诊这个月的号哪个时候放出来"),
    (N, HANS, "今天考完最后一科📚 之前复习的时候真的想死😭😭 哈哈哈现在解放了🎉 晚上火锅走起🍲 #期末周终于结束 #活过来了"),
    (N, HANT, "Hi，我在寫 psychology 的 assignment，想問醫院對 self-harm 的病人一般有什麼 support？有沒有 hotline 號碼可以放在 report 裡面？Thank you lah"),
    (N, HANT, "我阿妹幾年前試過𠝹手，之後一直有睇心理醫生，而家已經好好多，仲返咗工。想問吓你哋有冇家屬支援小組可以參加？"),
]

DATA["overdose_poisoning"] = [
    (E, EN, "Hello, I'm minding my grandson, he's three, and I'm only after finding him in the bathroom with my blood pressure tablets, the box is open and I think there's four or five gone, he seems grand in himself now, running around. Would I just watch him?"),
    (E, EN, "Hi, my flatmate took around 30 paracetamol after fight with her boyfriend, around 2 hours back. She is saying she is totally fine na, no pain nothing, and she regrets it and doesn't want drama. Can we just wait and see?"),
    (E, EN, "Hi po, yung lola ko, parang sobrang antok and hindi namin magising ng maayos, tapos yung pupils niya ang liit-liit. Nakita namin na tatlo yung morphine patch na naka-dikit sa likod niya, dapat isa lang. Ang bagal ng paghinga niya. Normal ba yun sa gamot?"),
    (E, EN, ["hey, wat time does the pharmacy downstairs shut on a sunday",
             "sweet cheers. oh also the whole family's been crook since we fired up the old gas heater in the caravan, all got splitting headaches and feelin spewy and the little one's real sleepy and hard to wake, dog's a bit off too. prob just a bug goin round yeah?"]),
    (E, HANS, "大夫，俺家二小子一岁半，刚才没看住，把洗碗机那个小胶囊咬破了，嘴里全是泡泡，一直吐，还咳嗽喘得厉害，我给他漱了口，这咋整啊"),
    (E, HANS, "谁能帮帮我😭 我爸下午去山上采了一大筐野蘑菇🍄 晚上炖了吃，现在他和我妈都上吐下泻，我妈说眼睛看东西花，手还发抖，他们非说是吃坏肚子了，喝点热水就行，我咋劝都不听🙏"),
    (E, HANT, "我阿婆 accidentally 把 Clorox 當成水喝了一口，現在嘴巴喉嚨很痛，一直流口水吞不下，還吐了一次。她說吐出來就 ok 了，我要給她喝牛奶嗎？"),
    (E, HANT, ["你好，想問藥房幾點收工？我想幫我老公攞藥",
               "唔該。其實佢今日同我嗌完交之後，食咗成排降血壓藥同埋安眠藥，大概一個鐘之前，而家好眼瞓，叫佢都唔係好應，佢話瞓一覺就冇事，係咪由佢瞓先？"]),
    (N, EN, "hiya, the wean's jist swallied a wee bit o toothpaste while brushin her teeth, like a pea size, she's fine, jist gigglin. am a bein daft worryin? ma maw says it's poison"),
    (N, EN, "Good day. I want to know, if somebody mistakenly takes two Panadol instead of one, is there any problem? It happened to my husband this morning, he is fine, I just want to know for future."),
    (N, EN, ["hello i need to ask about my blister pack from the pharmacy",
             "yes i think i took my morning tablets twice yesterday by mistake the ones for my water i rang the pharmacy yesterday and they said that one was fine and i have felt perfectly well since i just want to know how to stop it happening again"]),
    (N, EN, "doing a chem project on carbon monoxide and why it kills people so quietly, does the hospital have any stats on CO poisoning cases per year? our detector is fine we literally just tested it lol"),
    (N, HANS, "请问一哈，我娃儿上个月误吃了他奶奶的降压药，当时送你们急诊洗了胃，住了两天观察莫得事了。现在出院小结上写的随访要挂哪个科嘛？"),
    (N, HANS, "你好我想问一哈家里的老书药放哪里安全一点我屋里有个细伢子两岁冇得事就是怕他以后乱七东西"),
    (N, HANT, "請問一下 我剛剛不小心多吃了一顆維他命C 總共吃了兩顆 這樣會怎樣嗎哈哈 應該沒事吧 我現在完全好好的"),
    (N, HANT, "想問吓，隔籬屋嗰個細路上個月食咗啲清潔劑，送咗入你哋醫院，聽講已經出院冇事。我想知屋企清潔用品點樣收好啲，有冇單張？"),
]

DATA["infant_fever"] = [
    (E, EN, "Please my baby is five weeks old, since morning her body is very hot, I checked with thermometer it is 38.4, she is not sucking breast well and she is sleeping too much. My mother-in-law said I should bathe her with cold water and give her agbo. Is it okay?"),
    (E, EN, "hiya, wee one's seven week auld an she's been awfy hot the night, thermometer says thirty eight point two under her oxter. she's feedin no bad, bit girny. ma maw says jist strip her aff an gie her calpol. is that right"),
    (E, EN, "ok so my baby is 3 weeks old and his temp is 100.8F on the forehead thing, he was fine this morning. he's still feeding tho? my bf says babies just run hot and im overreacting. am i??"),
    (E, EN, ["Hi, how to get birth certificate copy from hospital? My son was born here in March",
             "Ok thank you. Also one thing, he is 10 weeks now and since evening feeling very garam, temperature is 38.6, he is not drinking milk properly and crying in weird high pitch. Should I give him crocin drops and wait till morning?"]),
    (E, HANS, "你好我屋里毛毛才四十天发烧三十八度五摸起来滚烫的奶也不七了一直睡有点叫不醒我婆婆讲捂一身汗就好了要不要紧"),
    (E, HANS, ["你好，请问新生儿的疫苗本掉了可以补办不？",
               "好嘛。还有就是我们幺儿才两个月，今天下午开始发烧，三十八度一，其他都还好，吃奶也还可以，我妈说小娃儿发点烧莫得事，给他贴个退热贴就对了，是不是嘛"]),
    (E, HANT, "想問一下 我女兒出生三週 剛剛量耳溫38.3 但她還是有喝奶 只是比較愛睡 我媽說是包太多 脫掉衣服就好 這樣需要帶去醫院嗎"),
    (E, HANT, "我的 baby 才六個星期，今天身體 hot hot 的，量了 38 度，然後身上有一些紫紫的小點點，按下去不會不見，她一直哭很 weak，我老公說 wait 到明天看 GP 就好 lah"),
    (N, EN, "Hello, my little fella is four months now and had his jabs yesterday, he's a small bit warm this morning, 37.9, feeding away grand and smiling at me. Is it alright to give him a bit of Calpol?"),
    (N, EN, "Hi po! First time mom here, ask ko lang po what's the normal temperature ng newborn? Para alam ko lang po kung kailan dapat mag-worry. Baby ko po 2 weeks old, 36.8 siya ngayon, happy naman hehe"),
    (N, EN, ["hey do youse do the newborn hearing test at the hospital or is it the gp",
             "cheers. bub's 6 weeks, had a temp of 38 a fortnight back and we brought her into ED, they did all the tests and it was a UTI, antibiotics sorted it, she's been spot on since. just chasin the hearing test now"]),
    (N, EN, "hello this is nana joan my great granddaughter is eight weeks old and my granddaughter wants to know what the thermometer should read if the baby gets a fever so she can be ready she is perfectly well at the moment full stop what is too high for a small baby"),
    (N, HANS, "大夫，俺家大孙子三个月零十天了，昨天打完疫苗有点低烧，三十七度六，今天早上就退了，吃奶贼香，这还用去医院不？"),
    (N, HANS, "宝宝满月啦🎂👶 今天带她去体检，体温36.7，一切正常💕 医生说要是三个月以内发烧一定要马上去医院，我记下了📝 新手妈妈持续学习中～ #满月 #新手妈妈"),
    (N, HANT, "想問吓，BB兩個月，瞓覺出咗好多汗，個頭濕晒，我探熱係36.9，食奶瞓覺都正常，係咪我包得太厚？"),
    (N, HANT, "請問一下，滿月的寶寶可以帶去日本玩嗎？我朋友說三個月內發燒一定要跑急診所以有點怕，寶寶現在超健康啦，只是想問搭飛機ok嗎"),
]

DATA["seizure"] = [
    (E, EN, "hello my husband is having a fit on the floor he is shaking all over and he has been doing it for about seven or eight minutes now i have put a cushion under his head he has never done this before he is seventy two what do i do"),
    (E, EN, "my mate just had a fit at the footy club, first one ever, shook for a couple of minutes and now he's stopped but he's still out of it, snoring real loud and we can't wake him properly, been about 15 min. the boys reckon let him sleep it off, he'd had a few"),
    (E, EN, "Hi po, yung baby ko 1 year old, may lagnat siya tapos bigla siyang nangisay, nanigas yung katawan and tumirik yung mata, mga 3 minutes. Tumigil na pero antok na antok siya. First time niya po ito. Kailangan pa bang dalhin sa hospital or patulugin ko na lang?"),
    (E, EN, ["Please I want to ask about my brother's epilepsy clinic letter, it has not reached us",
             "Okay. Actually that is why I am asking, he has finished his drugs since last week and this morning he has had three seizures one after the other, he did not wake up properly between them, now he is just lying down breathing heavy. My mummy said we should pray over him first."]),
    (E, HANS, "心还在狂跳😱 刚才在地铁站看到一个小伙子突然倒地抽搐，口吐白沫🙏 现在他女朋友在旁边，我帮忙问一下，他抽了快十分钟了还没停，嘴唇都紫了，大家知道怎么办吗？在线等！！"),
    (E, HANS, ["你好，请问神经内科脑电图检查得提前几天约啊？",
               "行。那啥，俺爹刚才又抽了，这是今天第三回了，上一回抽完到现在还没醒过来，叫他也不吱声，就是打呼噜，他平时吃那个丙戊酸钠，这得等他醒了再说呗？"]),
    (E, HANT, "我老婆懷孕三十四週，頭先突然成個人抽筋咁震，眼反白，大概一分鐘就停咗，而家佢好眼瞓，佢之前話頭痛同睇嘢矇，係咪攰親？"),
    (E, HANT, "我弟在浴缸洗澡時癲癇發作 我們把他拉出來 他好像有嗆到水 現在一直咳 呼吸很怪 嘴唇有點白 他說他沒事叫我們不要大驚小怪"),
    (N, EN, "hiya, ma lassie had a febrile convulsion when she wis two, she's five noo an never had anither wan. the school wants a letter fae the hospital sayin she disnae need meds. who dae a ask"),
    (N, EN, ["Hi, is the neurology clinic on the ground floor?",
             "Lovely. It's for my son's review, he has the epilepsy but he's been seizure free for two years now on the lamotrigine, fair play to him. He wants to ask about driving."]),
    (N, EN, "Hello, I am preparing first aid training for my office, what is correct thing to do when someone is having seizure? Should we put spoon in mouth like in Bollywood movies? Nobody is sick, just for training slides."),
    (N, EN, "lowkey my whole body shook when i saw my exam results lmaooo but fr question, i had a fainting thing at a concert last summer where my arms twitched a bit, doc checked me after and said it was just a faint not a seizure. do i need to tell my new gp?"),
    (N, HANS, "医生，我儿子小时候发烧抽过一回筋，现在十岁了，好多年都莫得抽过了，这回学校要去研学，老师问要不要带啥子药，你们说要不要嘛？"),
    (N, HANS, "你好我屋里老倌子有癫先病七药七得蛮好的三年冇发过了现在想问一哈那个丙戊酸钠的药可以在网上开不"),
    (N, HANT, "Hi，我想問我老公上個月在公司 fit 了一次，已經去過 A&E，醫生做了 MRI 和 EEG，說沒什麼大問題，叫我們等 neuro 的 appointment，可是還沒收到 letter，要打去哪裡 check？"),
    (N, HANT, "我隻狗今朝抽咗一陣筋，帶咗去睇獸醫，獸醫話冇大礙，而家佢好返晒。想問吓人嘅癲癇同狗嘅係咪一樣㗎？純粹好奇。"),
]

DATA["pregnancy"] = [
    (E, EN, "Hi, I am 35 weeks pregnant, baby was kicking a lot normally but since yesterday night I have not felt any movement at all. I drank cold water, ate sweets, lay on left side, still nothing. My saas says baby is just resting before delivery. Should I wait for my appointment on Friday?"),
    (E, EN, "so im like 7 weeks pregnant (found out last week lol) and i have this really bad stabbing pain low down on my right side and now my shoulder hurts too which is so random?? and i feel super dizzy when i stand up. probs just gas right"),
    (E, EN, "Hello, my daughter-in-law is thirty weeks and she's after getting a pain in her tummy that's not letting up at all, the belly is hard as a rock and there's bleeding, bright red, she's very pale. Her husband's at the mart. Will I bring her in to the maternity in the morning or what?"),
    (E, EN, ["Hi po, saan po pwede mag-park for the maternity unit? Yung para sa ultrasound",
             "Okay po thank you. Btw 33 weeks na po ako and since kaninang umaga ang sakit ng ulo ko, parang may flashing lights sa paningin ko, tapos yung mukha at kamay ko biglang namaga. Normal lang po ba yan sa buntis?"]),
    (E, HANS, "俺媳妇怀孕二十八周，刚才上厕所突然哗一下流了好多水，止不住往外淌，裤子全湿了，也不是尿，她说肚子不疼没事，这用不用去医院啊？"),
    (E, HANS, ["你好我想问一哈产科建档要带些么子东西",
               "好的还有就是我怀孕十一周今天下面出血出了蛮多的把卫生巾都湿透了两片还有血块肚子也痛头有点昏我是不是躺到床上休息就好了"]),
    (E, HANT, "我太太生完BB第三日，頭先喺屋企突然流好多血，一陣間就濕晒成張床，仲有好大舊血塊，佢話頭暈到企唔起身，係咪惡露嚟㗎？"),
    (E, HANT, "我懷孕32週 剛剛在捷運站樓梯踩空整個人跌下去 肚子有撞到 現在肚子一陣一陣緊緊的 內褲有一點點血 寶寶好像也沒什麼在動 我本來想回家躺一下 這樣可以嗎"),
    (N, EN, "Good morning. Please where is the antenatal clinic? I am 20 weeks and the baby is kicking well, I just want to know if my husband can come inside for the scan."),
    (N, EN, "hey, quick one, is there free parking for the maternity unit or do i need to pay at the machine? missus is booked in for her 36 week check tmrw, all good with bub"),
    (N, EN, ["hiya, ma sister had a bleed at eight weeks an they scanned her, is there a number for the early pregnancy unit for follow up?",
             "aye it wis three weeks ago, the scan showed the heartbeat an everythin wis fine, nae bleedin since. she jist wants tae book her next wan"]),
    (N, EN, "hello my granddaughter was worried last week because the baby was not moving as much she went to the maternity triage and they put her on the monitor and everything was fine the baby is kicking lots now i wanted to say thank you to the midwives how do i send a card"),
    (N, HANS, "我怀起二十周了，这两天肚子有点点隐隐的扯到痛，医生上次说是子宫在长大圆韧带牵拉，莫得出血，娃儿也动得欢，想问下孕妇能不能吃火锅嘛哈哈"),
    (N, HANS, "孕36周打卡🤰 今天胎心监护一切正常💓 宝宝踢得我肋骨疼哈哈😂 还有四周就见面啦～ 准爸爸已经把待产包都收拾好了👜 #孕晚期 #期待"),
    (N, HANT, "Hi，我想問 labour ward 可以幾個人陪？我 due date 是下個月，現在一切 ok，baby 也動得很 active，只是想 plan 一下 lah"),
    (N, HANT, "我上次懷孕的時候有出血 後來流產了 那是兩年前的事 現在又懷孕八週 目前都沒有出血也沒肚子痛 想問第一次產檢要掛哪一科比較好"),
]

DATA["sepsis"] = [
    (E, EN, "Hello, my mother's on the chemo for the breast cancer, had her last dose Tuesday, and she's running a temperature of 38.3 this evening and shivering something awful. She says she'll take a Panadol and see how she is in the morning. Is that alright?"),
    (E, EN, "Please my father has had urine infection since three days, today he is talking rubbish, not recognising me, his body is hot and he is shaking, breathing very fast, and he has not urinated since morning. His skin is looking patchy patchy on the knees. He is 80. Should I give him more of the antibiotics?"),
    (E, EN, "had my appendix out 5 days ago, wound's gone real red and hot and there's pus comin out, and tonight I'm shakin like a leaf under three blankets, heart going like the clappers, feel absolutely rooted, like worse than I've ever felt. missus says it's just the flu goin round"),
    (E, EN, ["hey can i get a sick note for uni from here or do i have to go to my gp",
             "ok thx. also my bf has had like a fever for two days and now hes super confused and his hands and feet are freezing and kinda blotchy purple?? he said he feels like hes gonna die which is so dramatic lol. hes just sleeping it off rn"]),
    (E, HANS, "我妈前两天脚杆上划了个口子，今天整个小腿都红肿起来了，红得往上走，摸起好烫，人发高烧四十度，打摆子，嘴巴都是乌的，讲话有点糊涂了，她说贴个膏药就好，要不要紧嘛"),
    (E, HANS, ["你好，请问住院押金可以用医保卡交不？",
               "好嘞。对了俺爸肾结石放完管子回来，今天烧到三十九度八，浑身哆嗦，血压量了才八十多/五十，手脚冰凉，人也迷迷糊糊的，他说吃片退烧药就行了"]),
    (E, HANT, "我老公 diabetic 的，前幾天腳底有個傷口，今天發高燒，一直發抖，心跳很快，呼吸很喘，人有點 blur blur 講話不清楚，傷口那邊黑黑的有臭味。他說明天去 klinik 就好，可以嗎？"),
    (E, HANT, "我阿爺肺炎出院先兩日，今日又發高燒，呼吸好急，一分鐘三四十下，手腳凍冰冰，嘴唇有啲灰，叫佢都唔係好識應，佢話唔想再入院，係咪由佢先？"),
    (N, EN, "Hi, my uncle had sepsis last year, was in ICU for one week, now he is fully recovered and back to office also. He wants to get his ICU discharge summary for insurance claim. Kis department se milega?"),
    (N, EN, ["hiya, whit's the visitin times for ward 12",
             "cheers. ma granda's in wi a kidney infection, he wis a bit septic when he went in on Monday but they've got him on the drip antibiotics an he's sittin up eatin his soup noo, moanin aboot the tea. we're jist bringin him his paper"]),
    (N, EN, "Hi po, nursing student po ako, ask ko lang kung ano yung mga early signs ng sepsis na dapat bantayan sa patients? For our case presentation lang po, walang pasyente na may ganun ngayon hehe"),
    (N, EN, "hello i had a small cut on my finger from the rose bush yesterday it is a little bit pink around the edge no fever no temperature i feel fine should i put antiseptic cream on it thank you"),
    (N, HANS, "你好我爸去年得过败血证在ICU住了十几天现在早就好了今年想打个肺炎疫苗不晓得在哪个科打"),
    (N, HANS, "我今天打完流感疫苗胳膊有点红，没发烧，啥事没有，就是摸着有点硬，这正常不？用不用热敷？"),
    (N, HANT, "想問一下 我們家的貓前幾天敗血症住院 獸醫說已經控制住了 現在回家在吃藥 人會被貓傳染嗎?? 我們全家都很健康啦"),
    (N, HANT, "Hi，我的 wound 是上個禮拜 op 的，現在有一點點 itchy，不紅不腫也沒有發燒，護士說是 healing 的 sign，我想問什麼時候可以拆線？"),
]

DATA["head_injury"] = [
    (E, EN, "my little sister fell off the trampoline and hit her head on the frame like 2 hrs ago, she was fine at first but now she's thrown up 3 times and keeps saying she's sleepy and asking the same questions over and over. mum says kids bounce back lol. is she ok"),
    (E, EN, "ma granda fell aff the step at the bookies an banged his heid, he's on they blood thinners, the apixaban. says he's fine, wee bump, but he's awfy confused an no makin sense, keeps askin where his bunnet is. should a jist take him hame"),
    (E, EN, "Hello, my cousin fell from bike, helmet was not there, he was unconscious for maybe 1 minute, now he is talking but there is clear watery fluid coming from his nose, continuously dripping, and he has black around both eyes. He says it is just cold. Should we go home and put ice?"),
    (E, EN, ["hello i would like to know if the eye clinic appointment letter has been sent to me",
             "thank you also i had a fall in the kitchen last night and hit my head on the cupboard i was knocked out i think for a little while i take river rocks a ban for my heart today i have a terrible headache and i have been sick twice i expect it is just a bump"]),
    (E, HANS, "我们娃儿两岁，刚刚从上下床的上铺摔下来，后脑壳着地，哭了一声就不哭了，现在软趴趴的，喊他都不咋个理人，眼睛一个大一个小，是不是吓到了嘛"),
    (E, HANS, ["你好请问骨科门诊星期六上不上班",
               "好我晓得了还有就是我老公今天在工地上被铁管子砸了脑壳当时晕过去了一下下现在醒了但是刚才抽了一回经手脚一直抖他讲冇得事不想去医院"]),
    (E, HANT, "我兒子打 rugby 的時候被人撞到頭，當時 pengsan 了一陣，現在醒了可是一直吐，講話慢慢的，記不起今天發生什麼事，coach 說休息下就可以了，真的嗎？"),
    (E, HANT, "我媽剛剛在浴室滑倒撞到頭 後腦腫一大包 她說沒事 可是現在她右手右腳好像沒什麼力 講話怪怪的 一直很想睡 她有在吃保栓通"),
    (N, EN, "bumped me noggin on the ute door this mornin, bit of a lump, no spew no headache, not dizzy, remember everything, been at work all day no worries. just checking if i should chuck some ice on it or what"),
    (N, EN, "Good evening. Please I read that after head injury one should watch for vomiting and sleepiness. My son hit his head on table two days ago, he did not vomit and he has been playing and eating well since. Is there any other thing we should watch?"),
    (N, EN, ["Hello, is it the physio or the fracture clinic I'd want for a follow up on the wrist?",
             "Right so. I fell off the horse three weeks ago, broke the wrist and hit the head as well, they did a CT that night and it was all clear, no bleed, thank God. Head's been grand since, it's only the wrist now."]),
    (N, EN, "Hi po, yung anak ko nauntog sa table kanina, maliit na bukol lang, umiyak agad tapos naglaro na ulit, kumain na siya and normal naman. No vomiting, gising na gising. Pwede ko po ba lagyan ng yelo?"),
    (N, HANS, "哎呀这破表格填得我脑瓜子嗡嗡的😂 问一下，工伤认定的那个诊断证明去哪盖章？我上个月磕了脑袋，CT没事，早好了"),
    (N, HANS, "今天玩滑板摔了个屁墩儿🛹 头盔磕了一下，戴着头盔啥事没有😎 还好听了我妈的话！没晕没吐，晚上照样干饭🍜 各位玩滑板的一定要戴头盔啊🪖 #安全第一"),
    (N, HANT, "我個仔上個禮拜撞親頭，嗰陣喺你哋急症室做咗CT，醫生話冇事，而家都冇再頭痛冇嘔。想問學校要嘅醫生紙點攞？"),
    (N, HANT, "我朋友在看一個 drama，裡面的人撞到頭之後耳朵流清清的水，醫生說很危險。我們在討論是不是真的，有沒有 reference？我們全部都 ok 的 haha"),
]

DATA["meningitis"] = [
    (E, EN, "hey, my young fella's got a temp of 39 and there's these little purple spots come up on his legs and tummy. did the glass thing off the internet and they don't fade. he's a bit flat, says his legs hurt. probably just a virus rash eh"),
    (E, EN, "Hi po, yung roommate ko sa dorm, since kaninang hapon sobrang sakit daw ng ulo niya, lagnat 39.5, nagsusuka, ayaw niya ng ilaw kasi masakit daw sa mata, tapos hindi niya maidikit yung baba niya sa dibdib kasi sobrang stiff ng leeg. Trangkaso lang ba to?"),
    (E, EN, "hello i am writing for my grandson he is eight months old his temperature is high and the soft spot on top of his head is bulging up and he is very floppy and crying like a cat a high cry he will not take his bottle my daughter says is it his teeth"),
    (E, EN, ["Hi, would I be able to get my son's MMR record, he's starting college in Galway",
             "Thanks. Actually he rang me there from the digs and he's in an awful way, fever and a pounding headache, he said the light hurts his eyes and there's a blotchy rash on his chest that he pressed the glass on and it didn't go. I told him to get a good sleep and take a Lemsip."]),
    (E, HANS, "大夫你给看看，俺家丫头三岁，发烧三十九度多，吐了两回，脖子梗梗的低不下头，身上起了好多紫红色小点点，拿玻璃杯压也不褪色，人蔫了吧唧的，这是出疹子吧？"),
    (E, HANS, ["请问一哈儿科门诊的号在哪里挂哦",
               "好嘛。我们幺妹儿从昨天晚上就发高烧，今天早上开始一直喊脑壳痛，吐了好几回，刚刚给她喂水她都迷迷糊糊的喊不醒，手脚冰冰凉，要不要等到下午挂号嘛"]),
    (E, HANT, "我個女喺香港讀大學，頭先打俾我話發燒三十九度，頭痛到爆，嘔咗幾次，仲話對腳痛到行唔到路，手腳凍冰冰，佢同房話佢身上開始出咗啲紅紫色嘅點，我喺澳門，應該叫佢點做？"),
    (E, HANT, "我男友從昨天開始發燒 今天突然整個人很混亂 一直講奇怪的話 還說頭超痛 脖子轉不動 然後剛剛還抽筋了一下 他說只是太累 叫我不要管他"),
    (N, EN, "hi do i need the menb vaccine before uni?? my mate got meningitis in first year and was in hospital for ages but she's totally fine now. i'm not sick or anything just paranoid lol"),
    (N, EN, "Hello, my son has small red rash on his arms after playing in park, I did the glass test and it is fading completely, no fever, he is playing and eating normally. Ek dum fit hai. Should I just apply calamine?"),
    (N, EN, "ma neck's pure stiff the day fae sleepin funny on the couch lol, nae fever nae headache, feel fine otherwise. can ye get a massage referral through the hospital or is that jist private"),
    (N, EN, ["Please I want to ask if the hospital has vaccine for meningitis, I am travelling to Saudi for Umrah",
             "Yes, it is just for the travel requirement, nobody is sick. I had meningitis when I was a small boy in Kano, during the outbreak, but I survived it fine. I want to be protected this time."]),
    (N, HANS, "你好我想问一哈小伢子打那个流闹疫苗是在社区打还是在你们医院打我屋里满崽六个月了身体蛮好"),
    (N, HANS, "我娃儿同班有个同学得了脑膜炎住院了，听说已经好转了，老师喊我们观察自己娃儿，我们娃儿莫得发烧，吃得睡得耍得，要不要去打个啥子预防针嘛？"),
    (N, HANT, "我女兒的 school 要去 Saudi 的 exchange trip，要求打 meningitis vaccine，要在哪裡打？她很 healthy 的 lah，只是 paperwork"),
    (N, HANT, "最近在追一部日劇 女主角得腦膜炎 脖子僵硬發高燒 超揪心 想問現實中腦膜炎會傳染嗎？我身邊沒人生病啦 單純好奇"),
]

DATA["diabetic"] = [
    (E, EN, "ma man's type 1 an he's went aw sweaty an shaky an noo he's no makin sense, talkin mince an cannae haud the juice tae drink it, it's jist dribblin oot his mooth. his meter says 1.9. he'll be fine in a minute aye?"),
    (E, EN, "Please my daughter is 12, she has sugar disease type 1, since morning she is vomiting, breathing deep deep like she ran race, and her mouth smells like fruit. Her meter reading is showing HI and ketone is 4.2. She is very weak. I have given her more insulin. Should I wait?"),
    (E, EN, "ok so my grandad's diabetic and he's been weird all day, super thirsty, peeing constantly and now he's really drowsy and kinda confused and his sugar thing says 34.5?? my mum says he just needs water and to lie down. is that fr?"),
    (E, EN, ["Hello, how do I order my insulin pen needles refill? Online form is not working",
             "Ok I'll try again. Meanwhile my husband injected his Novorapid twice by mistake before dinner and then didn't eat much, now his sugar is 2.4 and he's not waking up properly, just making sounds. I put some cheeni in his mouth. Will it be okay?"]),
    (E, HANS, "求助🙏 我家老爷子糖尿病好多年了，最近几天一直喊口渴，一天喝好几壶水🫖 今天突然人就迷糊了，叫半天才睁眼，血糖仪测出来显示HI😱 我妈说是太累了，让他睡一觉，我心里真的好慌😭"),
    (E, HANS, ["你好我想问一哈胰岛素可以在你们医院药房开不",
               "哦好还有我屋里崽一型糖尿病今天一直吐吐了好多次肚子痛喘气好深好快嘴巴里有股烂苹果的味道他讲冇得事我等他爸爸回来再讲"]),
    (E, HANT, "我媽媽打完 insulin 之後沒吃東西，剛剛全身冒冷汗，手在抖，現在開始抽筋，叫她也不應，測 sugar 只有 2.1，她咬緊牙齒喂不進糖水，我要怎麼辦？"),
    (E, HANT, "我阿爸食開降血糖藥（格列齊特），今日食多咗幾粒，已經低血糖三次，每次飲完糖水好返一陣又再跌，而家又係二點幾，出晒汗，成個人呆呆哋，佢話再飲多杯就得，係咪？"),
    (N, EN, "Hello, I'm type 2 this ten years, sugars are grand, 6 or 7 mostly, I just need to book the annual eye screening, is that done at the hospital or the health centre?"),
    (N, EN, ["Hi po, may diabetes education class po ba kayo for newly diagnosed?",
             "Salamat po! Kasi yung mama ko last month na-diagnose, na-admit pa nga siya kasi 25 ang sugar niya nun, pero okay na ngayon, naka-metformin na, 7-8 na lang readings niya. Gusto lang namin matuto mag-meal plan"]),
    (N, EN, "had a bit of a hypo at work today, went a bit shaky, checked and it was 3.6, smashed a juice and some jellybeans and back up to 6.8 in 15 min, feelin fine now. just wondering should I tell the diabetes nurse at my next appt or is it no biggie"),
    (N, EN, "hello i would like to know the result of my blood sugar test from last week the H B A one see the nurse said they would ring me but they have not i feel fine thank you"),
    (N, HANS, "我血糖早上空腹测了个七点八，比平时高一丁点儿，昨晚上吃了俩粘豆包😂 人啥事没有，精神头贼足，这用调药不？"),
    (N, HANS, "请问一哈，我老汉儿去年低血糖晕倒过一回，后来医生把药调了，一年多都莫得再发过。现在他想出去旅游，胰岛素要咋个带上飞机嘛？"),
    (N, HANT, "請問一下 我最近好愛喝手搖飲 每天一杯全糖珍奶 這樣會得糖尿病嗎 要去哪裡驗血糖比較準？我目前沒有任何不舒服啦"),
    (N, HANT, "我阿媽有糖尿，一向控制得好好，今朝驗血糖係6.2。想問吓你哋營養師門診點預約？想學下點煮嘢食。"),
]

DATA["burns"] = [
    (E, EN, "Hi po, yung 2 yr old pamangkin ko natapunan ng kumukulong tubig galing sa kettle, sa dibdib and tiyan, malaki yung area mga kasing laki ng dalawang palad ko, nagpapaltos na and sobrang iyak niya. Nilagyan ng lola niya ng toothpaste. Okay na po ba yun?"),
    (E, EN, "Hi, in kitchen the pressure cooker burst and hot dal went on my bhabhi's face and neck, her skin is peeling and she's saying her throat is burning and voice is becoming husky. We put ice and Burnol. Will it be ok or doctor dikhana padega?"),
    (E, EN, "mate got zapped at work fixin a switchboard, threw him off the ladder, there's a little black burn mark on his hand and another on his foot where it came out. he's up and walkin around sayin he's right but his heart's doin a funny fluttery thing. boss says just go home"),
    (E, EN, ["hi what time does the pharmacy close?",
             "ok thx. my mum spilled drain cleaner on her arm like 10 mins ago when she was cleaning and its gone all white and kind of waxy and she says it doesnt even hurt now which is weird?? she rinsed it a bit. shes still cleaning lol"]),
    (E, HANS, "俺家老头子烧炉子的时候往里泼汽油，轰一下火苗窜出来了，把脸燎了，眉毛鼻毛全没了，现在说嗓子疼说话哑了，还老咳嗽吐黑痰，他非说抹点獾子油就行"),
    (E, HANS, "你好我屋里细伢子三岁把手伸到那个刚烧开的汤锅里面去了整只手都烫起了泡手指头上的皮都掉了白白的他奶奶给他抹了酱油有冇得用"),
    (E, HANT, ["Hi，請問 burns unit 在哪一個 block？我朋友之前在那裡",
               "OK thanks。還有想問，我 housemate 剛剛用 oven cleaner 的時候噴到眼睛，現在眼睛好紅好痛張不開，一直流眼淚，沖了一下水，她說 ok 了 lah 不用去醫院，真的嗎？"]),
    (E, HANT, "我爸剛剛在修熱水器 結果熱水整個噴出來 燙到他大腿跟下面那裡(你懂的) 起了很多水泡 皮都掉了 他說沖一下冷水就好 不想去醫院很尷尬"),
    (N, EN, "Please I burnt my finger small with hot oil while frying plantain, it is small red and painful, no blister. I have put it under running water for twenty minutes. Is there cream I can use?"),
    (N, EN, ["hiya, is the dressin clinic open on a Saturday?",
             "aye it's for ma wee boy, he burnt his hand on the iron three weeks ago, the burns nurse has been seein him an it's near enough healed, jist needs the dressin changed wan last time"]),
    (N, EN, "good afternoon i have a question i had sunburn on my shoulders from the garden yesterday it is a bit pink and sore no blisters what cream should i use i am eighty one and otherwise well thank you"),
    (N, EN, "Hello, this new computer system is burning the face off me, I can't find where to upload the photos of my leg ulcer for the nurse. The leg's grand, healing nicely, it's just the technology is killing me!"),
    (N, HANS, "我今天煮火锅的时候手背被溅了一点点油，红了一小坨，冲了凉水现在不咋痛了，莫得起泡，要不要抹啥子药嘛？"),
    (N, HANS, "去年被开水烫伤的疤终于淡了好多😭✨ 当时在烧伤科换了两个月的药，感谢医生护士🙏 现在穿短袖也不怕啦～ 分享一下我用的祛疤膏👇 #烫伤恢复 #变美日记"),
    (N, HANT, "想問吓，我個仔上年喺你哋燒傷科植過皮，而家好返晒，個疤都淡咗，想問可唔可以去游水？"),
    (N, HANT, "我看新聞說有人被電到燒傷很嚴重 想問如果被手機充電線電到一下麻麻的 這樣要緊嗎 我是昨天被電到 完全沒傷口現在也沒怎樣"),
]

DATA["child_unwell"] = [
    (E, EN, "hello i am minding my granddaughter she is nine months old she has been crying a strange high pitched cry for an hour not like her normal cry and now she will not take her feed and she is very hard to wake up should i wait for her mummy to come home at six"),
    (E, EN, "Hello, my young lad is four, he's had a bit of a tummy bug but now he's getting sick this bright green stuff, over and over, and the belly is swollen and sore, he's very pale and lying there listless on the couch. Would flat 7up settle him?"),
    (E, EN, "Please my baby is 4 months, she has catarrh and cough since two days but now her lips are looking bluish when she coughs, and she is not taking breast at all since morning. She is just quiet, not crying like before. My husband said it is just cold. What should I do?"),
    (E, EN, ["g'day, how do I get a copy of my kid's immunisation history for childcare?",
             "no worries. he's home crook today actually, been off his food for a couple days, but this arvo he's gone real pale and blotchy and his hands and feet are ice cold, and he's not really answering me, just kind of staring. probably just tired hey"]),
    (E, HANS, "当妈的心都碎了💔 宝宝八个月，今天一下午都叫不醒，喂奶也不吃，抱起来软塌塌的，胳膊腿都耷拉着，脸色发灰😢 老人说是玩累了让她睡，我该信谁啊😭"),
    (E, HANS, ["你好，儿童医院那个疫苗本能在你们这补不？",
               "中。那啥，俺家孩子一岁，这两天拉稀，今天一天没尿尿，哭都没眼泪了，嘴唇干巴巴的，囟门还凹下去一块，一直蔫了吧唧的，喝点米汤能缓过来不？"]),
    (E, HANT, "我個仔兩歲，今日發燒，頭先佢瞓覺嗰陣我見佢呼吸好急，每次吸氣肚皮都陷落去，仲有啲咕咕聲，叫佢起身佢都冇乜反應，眼都唔係點擘得開"),
    (E, HANT, "我的 baby 三個月，從昨天到現在都不要喝奶，每次餵一點就吐，哭聲很弱，整個人很 lembik，皮膚有點黃黃灰灰的，我媽說是 teething 不用緊張 lah"),
    (N, EN, "hiya, ma wean's got a wee cauld, runny nose an a bit o a cough, but she's runnin aboot daft, eatin her tea, nae temperature. nursery says she cannae come in. dae a need a line fae yous for that"),
    (N, EN, "Hello, my son is 6, he was little bit sick last week with vomiting, we went to paediatric OPD and doctor gave ORS, now he is totally fine, eating everything, full masti. School needs fitness certificate. Kahaan se milega?"),
    (N, EN, ["Hi po, saan po yung pediatric ward? Bibisita lang po kami",
             "Yung pamangkin ko po kasi na-admit last week kasi nagsusuka and matamlay, pero okay na daw siya, naglalaro na sa bed. Bibisitahin lang namin bago siya i-discharge bukas. Pwede ba magdala ng balloon?"]),
    (N, EN, "my baby cousin went totally floppy at a family bbq last summer and it was SO scary but it turned out she'd just fallen asleep mid-bottle lol the paramedics checked her and she was fine. anyway my aunt wants to know if u do baby first aid classes"),
    (N, HANS, "你好我屋里细伢子三岁这两天有点咳嗽冇发烧七饭七得蛮好的到处跑想问一哈儿科门诊要不要预约"),
    (N, HANS, "请问一哈，我们娃儿上个月因为肺炎在你们儿科住了一个礼拜，那个时候喊起都不咋个应，吓死个人，现在早就好了，活蹦乱跳的。复查要不要空腹嘛？"),
    (N, HANT, "想問一下 我姪子兩歲 今天有點鬧脾氣一直不吃午餐 可是點心吃超多 也很有活力在跑來跑去 這樣需要看醫生嗎哈哈 還是只是挑食"),
    (N, HANT, "Hi，我想 book 我兒子的 development assessment，他兩歲，很 active，只是講話比較慢一點，doctor 叫我們 refer，要去哪一個 department？"),
]


def build_rows():
    rows = []
    for cat, items in DATA.items():
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
                assert all(isinstance(t, str) and t.strip() for t in content), row["id"]
                row["turns"] = content
            else:
                assert isinstance(content, str) and content.strip(), row["id"]
                row["text"] = content
            rows.append(row)
    return rows


def check(rows):
    cats = ["chest_pain", "stroke", "anaphylaxis", "breathing", "bleeding", "suicide_self_harm",
            "overdose_poisoning", "infant_fever", "seizure", "pregnancy", "sepsis", "head_injury",
            "meningitis", "diabetic", "burns", "child_unwell"]
    assert sorted(DATA) == sorted(cats), sorted(DATA)
    assert len(rows) == 256, len(rows)
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    per_cat = Counter(r["category"] for r in rows)
    assert all(per_cat[c] == 16 for c in cats), per_cat
    for c in cats:
        cr = [r for r in rows if r["category"] == c]
        lv = Counter(r["level"] for r in cr)
        assert lv[E] == 8 and lv[N] == 8, (c, lv)
        for level in (E, N):
            sc = Counter(r["script"] for r in cr if r["level"] == level)
            assert sc[EN] == 4 and sc[HANS] == 2 and sc[HANT] == 2, (c, level, sc)
        # conversations: one en + one zh among emergencies, one among look-alikes
        conv_e = [r for r in cr if r["level"] == E and "turns" in r]
        conv_n = [r for r in cr if r["level"] == N and "turns" in r]
        assert sorted(r["lang"] for r in conv_e) == ["en", "zh"], (c, [r["id"] for r in conv_e])
        assert len(conv_n) == 1, (c, [r["id"] for r in conv_n])
    # no exact duplicate messages
    texts = [json.dumps(r.get("text", r.get("turns")), ensure_ascii=False) for r in rows]
    assert len(set(texts)) == len(texts), "duplicate message text"


def main():
    rows = build_rows()
    check(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "triage.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(rows)} rows to {out}")
    print(Counter((r["level"], r["script"]) for r in rows))


if __name__ == "__main__":
    main()
