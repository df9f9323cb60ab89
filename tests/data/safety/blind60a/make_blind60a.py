#!/usr/bin/env python3
"""Blind triage test set blind60a (brief W39a).

Every message below was typed by hand. Standard library only, no randomness.
Writes triage.jsonl next to this file and checks the counts with asserts.

Layout per category (16 rows):
  rows 0-7  level "emergency", rows 8-15 level "none"
  within each level, position p = row % 8:
    p0 Hinglish (en), p1 Gulf/Egyptian Arabic-first English (en),
    p2 Polish/Ukrainian-first English (en), p3 Kiwi English with te reo (en),
    p4 Tianjin-flavoured Mandarin (zh-Hans), p5 Yunnan/Guizhou Mandarin (zh-Hans),
    p6 Taiwanese juancun elder (zh-Hant), p7 Taiwanese teen huoxingwen (zh-Hant)
  A tuple entry is a two-turn conversation: (first turn, second turn).
"""
import json
import os

VOICES = [
    ("en", "en"), ("en", "en"), ("en", "en"), ("en", "en"),
    ("zh", "zh-Hans"), ("zh", "zh-Hans"),
    ("zh", "zh-Hant"), ("zh", "zh-Hant"),
]

CATEGORIES = []

# ---------------------------------------------------------------- chest_pain
CATEGORIES.append(("chest_pain", [
    # emergencies
    ("Hi, what time does cardiology OPD open on Saturday? Need to book papa's follow up.",
     "Ok thanks. Actually abhi he is saying chest mein bahut dard, going into his left arm, and he is sweating like anything, shirt is wet. He says it's just gas from the samosa, kuch nahi hua. Should we just come Saturday?"),
    "Wallah my husband after lunch he say his chest is like somebody sitting on it, heavy heavy, and he is vomiting and his face very grey colour. He say only the mansaf was too much, khalas he is lying down on the sofa. Is ok he sleep now?",
    "Dziadek is having pressure in chest since half hour, it go to his jaw and his back, he is cold and wet. He have stent from 2019. He say not to make problem for anybody. I gave his spray already two times, no help. Can I give third time?",
    "Chur, quick one. My uncle was lifting the chilly bin onto the ute and got this massive tearing pain in his chest going right thru to his back, says it feels like he's being ripped in half. Pale and sweaty as. Reckons he's just pulled a muscle. Heat pack be ok?",
    ("介医院停车场嘛时候开始收费啊？我明儿带我爸来复查。",
     "哦行。哎对了，我爸这会儿说心口窝儿倍儿闷，跟压了块大石头似的，出了一脑门子冷汗，他说歇会儿就好，没嘛事儿吧？明儿再一块儿来看行嘛？"),
    "你家好，我爹刚才在地头挖地，说心口疼，人一下子就昏过去一哈，现在是醒了，还是说胸口闷得很，喘不上气。他说是累到了，歇下就好，要得不？",
    "我老伴今早起來說胸口悶悶地痛，一直痛到左邊下巴跟牙齒，冒了一身冷汗。他說是老毛病，不肯去榮民醫院。他打仗那年受傷都沒喊過一聲痛，這回臉色白得嚇人。請問讓他含一顆舌下含片再觀察，可以嗎？",
    "偶朋友剛剛吃ㄌ網購ㄉ減肥藥 又喝ㄌ兩罐能量飲料 現在說胸口粉痛 心跳超快 一直說快昏倒ㄉ感覺 🥲 她說躺一下就好 醬要等她嗎",
    # look-alikes
    ("Bhai question, papa had chest pain last year and got a stent. His follow-up letter says bring medicines list. Do I need the actual boxes or just the list?",
     "Ok cool. And he is totally fine abhi, no dard, nothing, walking daily. Just want to ask can he do his morning walk before the appointment or rest karna hai?"),
    "Habibi the teacher asked my son to do a school project about heart attack signs, chest pain, arm pain, all this. Does your hospital have a leaflet we can print? Inshallah he get good mark.",
    "I have little pinch in chest on right side when I laugh, since I fell on ice two days ago, pressing on rib is sore there. Breathing normal, nothing else. Better ibuprofen or paracetamol?",
    "Kia ora, my heart's broken, the All Blacks lost lol. Nah real question, what's visiting hours on the cardiac ward? Wanna bring koro some grapes before he goes home Thursday.",
    "介两天心里倍儿闷得慌，不是身上难受啊，是闺女考试没考好，闹心。你们医院有心理咨询门诊嘛？",
    "你家好，我上个月胸口疼来你们这整过心电图，医生说莫得事，是肋软骨炎。现在早就不疼了，想问哈报告咋个打印？",
    "我老伴去年心肌梗塞，在榮民醫院裝了支架，現在恢復得很好，每天早晚散步。請問他下個月回診抽血要不要空腹？",
    "老師叫偶們做健康教育報告 題目是心臟病ㄉ症狀 胸痛之類ㄉ 可以跟你們要衛教單張ㄇ 3Q~ 🙏",
]))

# ---------------------------------------------------------------- stroke
CATEGORIES.append(("stroke", [
    "Nani ka face ek side se latak gaya hai suddenly, she smiles only on one side and her chai cup just fell out of her right hand. Mummy says she's just tired from the flight from Amritsar, let her sleep abhi. Kuch nahi hoga na?",
    ("Salam, can I bring my father's medicines to the pharmacy today or need new prescription from GP?",
     "Ok shukran. Also small thing, since maybe one hour his words coming out strange, like drunk man, but he never drink wallah, and he cannot find the word for water, he point to the glass. He say he is only tired. Yalla we wait until tomorrow inshallah?"),
    "My tato is sitting on sofa and suddenly he cannot see on left side, everything half black, and he walk into door frame. He say it is because his glasses are old. He is 71. I should book optician for him?",
    "Hey, my nana was fine at lunch and now she's all wobbly, can't stand without tipping over to one side, chundered twice, room's spinning heaps and her left leg's gone all dead. Reckon it's just the bug going round the whanau? Just put her to bed?",
    "我们家老爷子刚才吃饭筷子都拿不住了，右边胳膊腿儿倍儿软，说话也呜噜呜噜的听不清楚，他非说是昨儿没睡好，介不要紧吧？让他躺会儿？",
    ("你家好，想问哈你们医院神经内科星期六有没有专家号？",
     "好的嘛。还有个事，我妈刚才突然头疼，说是这辈子疼得最老火的一回，像被人敲了一棒，还吐了两回，现在迷迷糊糊的。她说是感冒，我们整点感冒药给她吃下可以不？"),
    "我老伴剛才看報紙，忽然說左手左腳麻了，沒知覺，嘴角也有點歪向一邊。他說是坐久了壓到，揉一揉就好。我心裡不踏實，請問是不是先讓他躺著觀察一下？",
    "偶阿公剛剛都還好好ㄉ 現在講話怪怪ㄉ 問他什麼都亂回答 好像聽不懂偶講ㄉ話 還一直把遙控器拿起來當電話講 😨 偶媽說他只是老了糊塗 醬正常ㄇ",
    # look-alikes
    "Bhai my dadi had a stroke 3 saal pehle, ab she's fully fine, walks, talks, makes parathas. Does the stroke clinic still need to see her every year or can GP do the check?",
    ("Habibi, my face was droopy this morning after the dentist injection, one side cannot move.",
     "Now is back normal, khalas, the numbness all gone and I can smile both sides. Wallah I only want to know if I can eat my koshari now without biting my lip?"),
    "Babcia is on stroke rehab ward since two weeks, she is doing good, walking with frame already. Can I bring her own pillow and some pierogi from home or is not allowed?",
    "Haha I nearly had a stroke when I saw the parking price at your hospital. Is there any cheaper parking near the main entrance for whanau visiting?",
    "我爸前年中风，介两年恢复得倍儿好，自个儿能出去遛弯儿了。想问问康复科门诊嘛时候能挂上号？",
    "你家好，我家娃娃学校要做一张'中风快速识别'的手抄报，你们医院有没有那种图片可以参考一哈？",
    "我老伴血壓一向偏高，醫生叫我們要留意中風。他目前一切正常，飯吃得下，覺也睡得好。請問榮民醫院有沒有預防中風的講座可以參加？",
    "偶昨天熬夜打電動 早上起來手被壓到麻麻ㄉ 過幾分鐘就好ㄌ XD 現在完全正常 只是想問醬要不要吃維他命B 😂",
]))

# ---------------------------------------------------------------- anaphylaxis
CATEGORIES.append(("anaphylaxis", [
    "Yaar my cousin ate the kaju katli at the shaadi and he's alergic to nuts, now his lips are fat and he says his throat is closing, awaaz bhi change ho gayi. He has his pen but says don't make a scene, just give him a Cetirizine. Kya karein, jaldi batao",
    "My son stung by bee in the garden, now his whole body is red bumps and he say he feel dizzy, he fall down when he stand up, his face very white. My mother say put onion on the sting. Is enough inshallah?",
    ("Hello, is hospital pharmacy open on Sunday? I need refill of my daughter EpiPen, it is expired.",
     "Ok. Also she eat cake at birthday party, maybe was peanut inside, now she is coughing and making whistle sound when breathing and her eyes are swelling. I have only old expired pen. Is ok to wait until pharmacy open?"),
    "Kia ora, had a feed of mussels down the beach and now my tongue feels massive, can hardly swallow my own spit, and I'm itchy all over. Mate says just sleep it off with a Phenergan. That sweet as or nah?",
    "我媳妇儿刚在诊所打完头孢，回家路上脸肿得跟发面馒头似的，嗓子眼儿发紧，喘气儿呼哧呼哧的。她说就是过敏起点儿疹子，吃片氯雷他定就行，介靠谱嘛？",
    "你家好，我家小娃刚刚吃了几个虾，现在一身起疙瘩，吐了两回，整个人软瘫瘫的不想动，喊他也不咋个理人，是不是吃坏肚子了？",
    ("請問榮民醫院過敏科週幾有門診？我想幫老伴掛個號。",
     "謝謝你。另外，老伴剛才在院子裡被虎頭蜂叮了一下，現在嘴唇跟眼皮都腫起來，說話聲音沙啞，說胸口悶、喘不過氣。他說小事一樁，擦點藥膏就好。這樣可以等明天門診嗎？"),
    "偶吃ㄌ同學給ㄉ芒果乾 偶之前就對芒果過敏 現在喉嚨粉緊 聲音變怪怪ㄉ 嘴巴也腫起來 有點吸不到氣 😭 偶有腎上腺素筆 可是好怕痛 先吃抗組織胺就好ㄇ",
    # look-alikes
    "My beta is allergic to peanuts, school trip is next week. Do I need a letter from the allergy clinic for the teachers, and can the nurse show them how to use the EpiPen? Koi jaldi nahi, just planning.",
    "Wallah I am allergic to my mother in law haha. Serious question: I got small itchy red spots on my arm after new washing powder, no swelling, breathing fine. Which cream I can buy from pharmacy?",
    ("Last year my son had anaphylaxis from walnuts, he was in your ER. Now allergy clinic want to do food challenge test.",
     "He is totally fine now, no reactions since then. I want only ask, he must stop his antihistamine before the test, how many days before?"),
    "Got bitten by sandflies at the bach, heaps of itchy wee bumps on my legs, no swelling anywhere else and breathing's all good. What's best to stop the itch? Cheers.",
    "我上礼拜吃海鲜过敏起了点儿疹子，吃了药第二天就下去了，嘛事儿没有。想问问过敏原检测介在哪个科挂号？",
    "你家好，我家娃娃对花生过敏，学校叫我们提供医生证明，咋个开？在哪哈开？",
    "老伴對盤尼西林過敏，打仗那年打過一針差點出事。現在他要拔牙，請問要怎麼跟牙醫說明？需要帶什麼證明嗎？",
    "偶被蚊子叮ㄌ一個大包 粉癢 可是別的地方都沒腫 也沒不舒服 醬擦什麼藥比較好 XD",
]))

# ---------------------------------------------------------------- breathing
CATEGORIES.append(("breathing", [
    "Chhotu ka asthma attack hai, blue inhaler 10 puffs de diye, still not working, he can only say 2-3 words then has to breathe. Yaar pehle bhi aisa hua tha, kuch nahi hua. Should I give more puffs and wait?",
    "My father he have COPD, today he is very sleepy, his lips are blue colour and he is breathing fast fast. My brother say give him more oxygen from the machine and let him sleep. Is ok wallah?",
    "Babcia came back from long flight from Krakow yesterday, today suddenly she cannot breathe, even small walk to kitchen, and her calf is swollen and red. She say is only tired from travel. Is something she can take?",
    ("Hey, do you guys have a kids physio for asthma? Wanna book my boy in.",
     "Cheers. He's a bit puffed right now actually, sucking in heaps under his ribs and his belly's going in and out, bit grey round the mouth. He reckons he's fine, just wants to watch the rugby. Book him for next week?"),
    "我们家老太太刚才吃饺子卡着了，现在说不出话来，脸憋得发紫，光拿手捂着嗓子，拍背拍了半天了，介可崴泥了，等会儿能自个儿咽下去嘛？",
    "你家好，我家孙子咳嗽像狗叫一样，吸气的时候嗓子里头呼呼地响，口水一直往外流，头往前伸起，不肯躺下，整得人心慌，是不是喝点止咳糖浆就可以？",
    "老伴有心臟衰竭，這兩天腳腫，今晚一躺下就喘得不行，非得坐起來，還咳出粉紅色的泡沫痰。他說老毛病了，坐著睡就好。請問這樣要緊嗎？",
    ("請問你們醫院學生證有打折ㄇ 偶要掛號看過敏",
     "喔喔 3Q 那順便問一下 偶現在呼吸粉困難 講話講一半就要停下來吸氣 嘴唇有點紫紫ㄉ 🫠 可是偶想說睡一下就好 醬OK嗎"),
    # look-alikes
    "Bhai I was so out of breath after the cricket match yaar, but 5 min mein theek ho gaya, now fine. Want to ask, for my asthma review do I need to bring my inhaler to the appointment?",
    "My wife say I take her breath away, habibi haha. Real question: my peak flow meter is broken, can the asthma nurse give me new one at my appointment on Tuesday?",
    "Dziadek used to have breathing problem with COPD, now stable since many months. We want to go to mountains in Zakopane for holiday. Is there advice about height and oxygen?",
    ("Kia ora, my daughter had a bit of a wheezy cough last night after swimming in the cold, but it settled with her puffer.",
     "Yeah she's sweet as now, running round with the tamariki next door, talking heaps. Just wondering if we should get her asthma plan updated at the GP sometime?"),
    "介天儿雾霾倍儿大，出门儿嗓子有点儿痒，喘气儿倒挺顺溜的。想问买嘛口罩好？N95的行嘛？",
    "你家好，我前两天感冒有点咳，现在好得差不多了，喘气也不难受，就是想问哈，肺功能检查要不要预约？",
    "我老伴以前抽菸抽了四十年，打仗那年就開始抽，現在總算戒了。呼吸還算順，醫生建議他做肺部檢查，請問要怎麼預約？",
    "偶看到偶像ㄉ照片直接無法呼吸ㄌ 帥到窒息 😍😍 開玩笑ㄉ 想問你們醫院有戒菸門診ㄇ 幫偶爸問ㄉ",
]))

# ---------------------------------------------------------------- bleeding
CATEGORIES.append(("bleeding", [
    ("Hi, does A&E have Hindi speaking staff? My chacha doesn't speak much English.",
     "Ok theek hai. Actually he cut his hand on a glass in the kitchen and the blood is spurting out like a fountain, towel poora laal ho gaya. He says just tape it, kuch nahi hua. Hum chai pi ke aa jaayen?"),
    "My uncle vomitting blood, like dark coffee, two times, and he is very weak, cannot stand up. He say is only from spicy food and stomach acid. We give him Gaviscon inshallah?",
    "My mother is on warfarin and her nose is bleeding since one hour and half, I press and press, already two towels full. She is feeling dizzy. She say wait, it always stop. Is ok to wait more?",
    "Mate was cutting firewood and the axe slipped, got his thigh, there's blood everywhere, soaked right thru his trackies and the towel, he's gone pale as and just wants to sleep. Says chuck some gaffer tape on it. Will that hold till tomorrow?",
    ("介医院晚上几点关门儿啊？我想给我爸拿点儿药。",
     "哦。顺便问一嘴，我爸今儿拉的屎倍儿黑，跟柏油似的，刚才一站起来眼前发黑，差点儿栽倒。他说是中午吃猪血吃的，没嘛事儿吧？"),
    "你家好，我爹这两天有点咳，刚才咳出来一大口一大口的鲜血，盆子里头都有小半碗了，他说是上火，喉咙咳破了，整点凉茶喝哈就好，要得不？",
    "我老伴上週剛做完攝護腺手術出院，今天小便全是血，還有血塊，尿不出來，肚子脹得很痛，臉色發白。他說醫生講過會有點血，叫我別大驚小怪。請問可以等回診再說嗎？",
    "偶上禮拜割扁桃腺 剛剛一直吐鮮血 一口一口ㄉ 嘴巴都是血味 頭暈暈ㄉ 偶媽說喝冰水含冰塊就好 醬OK?",
    # look-alikes
    "Shaving karte waqt chhota sa cut lag gaya, bleeding stopped after pressing 2 min. Just asking which plaster is best for the face lol",
    "My heart is bleeding for my team, yalla Zamalek lost again. Serious, I want to donate blood at your hospital, what are the hours habibi?",
    "Babcia had nosebleed yesterday evening, it stopped after ten minutes pressing, today all normal. She is on aspirin. Should she tell GP next visit or is not important?",
    "Scraped my knee on the rocks getting out of the surf in my togs, bled a bit but stopped ages ago. Do I need a tetanus shot? Last one was like 12 years ago.",
    ("我刷牙老出血，介是嘛毛病啊？",
     "不多，就牙刷上有点儿红，漱漱口就没了，别的地儿都挺好。想挂个口腔科，周末有号嘛？"),
    "你家好，我上个月在你们这儿做的胃镜，医生说有点出血点，现在已经好了，复查要咋个预约？",
    "閨女下週要去捐血，她問捐血前要吃些什麼、有什麼不能吃？她身體一向很好。",
    "偶切芭樂切到手指 流ㄌ一點點血 壓一下就停ㄌ 要擦優碘還是酒精比較好ㄚ 🩹",
]))

# ---------------------------------------------------------------- suicide_self_harm
CATEGORIES.append(("suicide_self_harm", [
    "Bhai honestly I'm done yaar. I've saved up all my sleeping tablets, tonight after everyone sleeps I'm going to take them all. Just want to know if it hurts. Mummy papa ko mat batana please.",
    ("Salam, how can I cancel my appointment with the psychiatrist next week?",
     "Because I will not need it, wallah. I wrote letters to my children already and the rope is in my car. Khalas, I am tired of everything. Just cancel it please."),
    "My brother is texting me from the bridge over the river, he say he is going to jump, he send me photo of the water. He is drunk. He say don't call anybody. What I should do, I am far away in other city",
    "Yeah nah I'm not keen on being here anymore. Gave my board and my jandals away to my cuz today, told the whanau I love them. Got it all planned for tonight. Just wanted someone to know I guess.",
    "我也不知道跟谁说。介日子没法儿过了，刚才拿刀片划了好几道，这回划深了，血止不住，我也不想止了。",
    ("你家好，问哈你们心理科要咋个挂号？",
     "算了，不挂了。我已经在楼顶上坐了半个钟头了，风大得很，想跳下去算了，活起没得意思。"),
    "老伴走了半年，我實在撐不下去了。剛才把廚房的瓦斯打開，門窗都關好了，現在坐在這裡等。請你們轉告閨女，叫她別難過。",
    "偶朋友剛剛在IG限動說 '掰掰大家 謝謝你們' 然後就不讀不回 打電話也不接 她之前有說過想死 😭😭 偶要醬等她回嗎",
    # look-alikes
    "Yaar this exam is killing me, I'll die if I fail maths lol. Anyway, does the hospital have student counselling or is it only for patients?",
    "My cousin had very bad time last year, he tried to hurt himself, but now wallah he is much better, working, and getting married next month inshallah. He wants to stop his medicine, he should ask the doctor first?",
    "I am nurse student, we are doing module about suicide risk assessment. Does your hospital have training for students or only for staff?",
    "Honestly my boss is gonna murder me if I'm late again haha. Quick q, can I get a medical cert from the after-hours clinic for a sick day?",
    "介班上得我都快累死了，天天加班，烦死了，哈哈，发发牢骚。想问你们医院睡眠门诊嘛时候开？老睡不踏实。",
    ("你家好，我前几年抑郁症在你们医院住过院，现在想复查一哈。",
     "现在好多了，吃得下睡得着，工作也板扎得很。就是想问哈复查要不要带以前的病历？"),
    "老伴走了以後，我有一陣子很消沉，閨女陪我去看了心理醫師，現在好多了，也參加了社區的老人活動。請問榮民醫院有沒有喪偶支持團體？",
    "今天考試考爛ㄌ 偶想去撞豆腐 XDDD 開玩笑ㄉ啦 想問學校ㄉ輔導室跟醫院ㄉ心理諮商差在哪 ㄏㄏ",
]))

# ---------------------------------------------------------------- overdose_poisoning
CATEGORIES.append(("overdose_poisoning", [
    "Mera beta 2 saal ka hai, he swallowed one of those small round flat batteries from the TV remote, abhi 10 min pehle. He is playing normal, no crying, kuch nahi hua lagta. Mummy says it will come out in potty. Bas wait karein?",
    "My brother drink too much at the party, now he is on the floor, he not wake up when we shake him, breathing very slow with snoring sound, he vomit little bit. The friends say let him sleep it off, yalla. Is ok?",
    ("Hello, what is the number for pharmacy information line?",
     "Because yesterday I had big toothache and took many paracetamol, maybe 20 or 25 in the day, with some vodka for pain. Today I feel ok, only little sick in stomach. I want ask if is dangerous for liver, but I feel fine so probably no?"),
    "Nana's heater's been going all night in the caravan with the windows shut, and now her, koro and the dog all have banging headaches and feel spewy and dizzy. Koro reckons it's the flu going round. Panadol and back to bed?",
    "我们家老爷子把降压药当维生素吃了，一下子吃了七八片，这会儿头晕乎乎的，脉搏摸着倍儿慢，一分钟才四十来下，他说没事儿睡一觉就好了，真没嘛事儿嘛？",
    "你家好，我们昨天上山捡了些菌子炒来吃，今天一家人都上吐下泻，我奶奶说看见墙上有小人在跳，整得我们心慌，是不是菌子没炒熟？喝点糖水可以不？",
    ("請問榮民醫院藥局可以幫忙整理藥盒嗎？老伴的藥太多了，我眼睛不好。",
     "順便一提，剛才小孫子趁我不注意，把老伴的藥盒打開吃了好幾顆，有降血糖的，也有安眠藥，現在他一直想睡，叫不太醒。應該是玩累了吧？"),
    "偶妹妹誤喝ㄌ裝在寶特瓶裡ㄉ漂白水 喝ㄌ一大口 現在一直咳 說喉嚨燒燒ㄉ 一直流口水 偶媽叫她喝牛奶 醬就好ㄇ 😰",
    # look-alikes
    "I took my vitamin D twice today by mistake, ek subah aur ek lunch pe. Feeling totally fine. Koi problem hai kya?",
    "Habibi I am poisoned by my wife cooking haha, joke. Question: how to throw away old medicines of my late father safely? The pharmacy take them back?",
    "Babcia wants to know, she has old bottle of pills expired in 2022, she did not take them, only want to know where to give them back.",
    "Bought a CO alarm for the bach, beeped once when the batteries went in, everyone's fine, no headaches or anything. Where's the best spot to put it up?",
    "上回我们家孩子误吃了奶奶的药，差点儿崴泥，来你们这儿洗了胃，现在倍儿好，嘛事儿没有。想问问药箱买嘛样的儿童锁好使？",
    "你家好，今年菌子季节又到了，想问哈你们医院有没有讲哪些菌子能吃、哪些不能吃的宣传单，我们村想贴起。",
    ("我老伴今早好像把早上的藥吃了兩次，他自己也記不清楚。",
     "我剛才數過藥盒，其實他只吃了一次，是他記錯了。他現在精神很好，正在看報紙。請問有沒有那種會提醒吃藥的藥盒？"),
    "偶要做化學報告 題目是家裡常見ㄉ毒物 像漂白水+清潔劑不能混ㄉ那種 可以問你們有沒有衛教資料ㄇ 3Q 🧪",
]))

# ---------------------------------------------------------------- infant_fever
CATEGORIES.append(("infant_fever", [
    "Hamari beti 5 hafte ki hai, uska temperature 38.4 aa raha hai on the forehead thermometer. Dadi says bachche ko garam rehna chahiye, bas kapde kam karo and wait. She's feeding a bit less than usual. Theek hai na?",
    "My baby boy is 7 weeks, he is very hot, 38.6, and he is not taking the bottle since the morning, only sleeping. My mother in law say wrap him in blanket to sweat out the fever. Inshallah he is fine?",
    "Our daughter is 3 weeks old, she is warm, 38.0 under arm, and she is grunting when she breath, small noise every breath. Babcia say is normal, babies make noises. We wait until morning?",
    ("Kia ora, where do I go for bubs 6-week check, is it Plunket or the GP?",
     "Sweet. Oh and she's a bit hot today, 38.5 under her arm, and heaps sleepy, real hard to wake her for a feed. Probably just teething aye? She's 5 weeks."),
    "我们家小子才满月，今儿发烧38度5，脑瓜顶儿上那块囟门鼓鼓的，哭声儿也不对劲儿，我婆婆说捂捂汗就好，介行嘛？",
    "你家好，我家姑娘生下来才十天，今天摸起烫得很，量了38度2，身上还起了些小红点点，按下去也不退，她奶奶说是热疹，拿点艾叶水洗一哈可以不？",
    "我閨女的孩子剛滿兩個月，今晚發燒到三十八度七，一直哭，怎麼哄都哄不好，奶也不肯吃。閨女說明早再帶去小兒科，我這做外公的心裡不踏實，請問可以等到明天嗎？",
    ("請問嬰兒打預防針要預約ㄇ 偶姊問ㄉ",
     "OK 3Q~ 對ㄌ 偶外甥現在才6個禮拜 今天量耳溫38.3 手腳冰冰ㄉ 臉色有點白白ㄉ 偶姊說多喝奶就好 醬應該沒差吧 🥺"),
    # look-alikes
    "Baby 8 weeks ka hai, temp 36.9, totally normal, feeding well. I just want to know which thermometer is best for a newborn, ear wala ya armpit wala?",
    "My daughter had fever last month when she was 6 weeks, she was in your children ward. Alhamdulillah now she is 10 weeks and very good, no fever. For the follow-up, I bring her vaccine card?",
    "My son is 2 years old, he has 38.1 since this morning, he is playing, eating, drinking normal. I know under 3 months is dangerous but he is big boy. What is paracetamol dose for 12 kg?",
    "Just had baby number two, she's 4 weeks. Midwife told us any fever under 3 months means go straight in. She's all good, no temp, feeding heaps. Just wanna know what number counts as a fever so we know?",
    "我们家小子俩月大，今儿打完疫苗没发烧，体温36.8，吃奶倍儿香。就想问问打完疫苗当天能洗澡嘛？",
    "你家好，我家娃娃两个月，今天摸起有点热，量了一哈36.9度，原来是包得太多了，解开就好了。想问哈晚上睡觉盖多厚合适？",
    "閨女剛生了老二，孩子一個多月，一切都好。她問坐月子期間萬一寶寶發燒要掛哪一科？先問清楚，以備不時之需。",
    ("偶姊ㄉ寶寶剛滿一個月 昨天摸起來熱熱ㄉ 大家有點緊張",
     "後來量ㄌ是36.8 是因為包太多層 拿掉一件就正常ㄌ 寶寶吃奶吃粉多 睡得粉好 ^^ 只是想問新生兒正常體溫是多少"),
]))

# ---------------------------------------------------------------- seizure
CATEGORIES.append(("seizure", [
    ("Hi, my bhai's epilepsy meds, can the GP prescribe or only the neuro?",
     "Ok. Also abhi he's having one of his fits, it's been going like 8 minutes now, still shaking, usually it stops in 1-2 min. We put him on his side. Mummy says just wait, it always stops. Right?"),
    "My husband never had this before wallah, he was watching TV and suddenly he fall and shaking all his body, he bite his tongue. Now he stopped but he is confused, he don't know my name. He is 45. He say he want to sleep. Is ok?",
    "Our son had fit, it stopped, then before he wake up he have another fit, now is third one. Between them he does not open eyes. He has epilepsy but never like this. His tablets are in bag, I give him one more?",
    "My boy (2) had a fever and just had a fit, eyes rolled back and jerking, lasted about a minute, now he's asleep and breathing a bit funny. First time ever. Nana reckons it's just a fever thing and he'll be sweet. Chuck him in a cold bath?",
    ("你们医院癫痫门诊嘛时候出诊啊？",
     "行，谢谢。那嘛，我闺女刚才在澡盆里犯病了，抽了一阵儿，呛了水，捞出来这会儿不抽了，就是一直叫不醒，嘴唇有点儿紫，介是累的吧？"),
    "你家好，我哥刚才在工地上从架子上摔下来磕到头，过了一哈就开始抽筋，抽了两三分钟，现在醒是醒了但是吐了，说头疼得老火，工友说歇一哈就好，要得不？",
    "老伴剛才吃飯時忽然兩眼發直，右手一直抽，嘴巴也歪向一邊抽動，叫他也沒反應，已經快十分鐘了還沒停。他以前中過風。請問是不是讓他靜一靜就好？",
    "偶同學剛剛在教室突然倒下去一直抽 嘴巴有白沫 現在不抖ㄌ 可是好像沒在呼吸 臉紫紫ㄉ 老師說她有癲癇 等一下就會醒 😱 真ㄉ要等嗎",
    # look-alikes
    ("Bhai my sister has epilepsy, she had a small fit last week, lasted 30 sec, she was fine after.",
     "Haan she's totally normal now, going to college daily. Neurologist ne bola driving nahi karna for now. Just want to know how long before she can apply for licence again?"),
    "My laptop had a seizure, screen freeze haha. Seriously, my son has epilepsy, school ask for care plan for the trip, where I get it from the hospital?",
    "Tato had one seizure three years ago, since then nothing, he takes tablets normal. Can he drink one beer at my wedding or is dangerous with the medicine?",
    "My cousin's got epilepsy and we're heading to the beach. Should he swim with a buddy and stay out of the deep water? Any tips, cheers?",
    "我家孩子小时候有过一回高烧抽风，现在上初中了，再没犯过。学校体检表上问有没有抽搐史，介填有还是没有啊？",
    "你家好，我弟有癫痫，吃药控制得板扎，两年没犯过了。想问哈考驾照的事，医生证明咋个开？",
    "老伴前年抽過一次筋，在榮民醫院檢查說是低血鈉，之後都很好。請問他每年還需要做腦波檢查嗎？",
    "偶看到考卷分數直接抽搐 XDDD 開玩笑ㄉ~ 想問健康教育課說ㄉ '癲癇發作不要塞東西到嘴巴' 是真ㄉㄇ",
]))

# ---------------------------------------------------------------- pregnancy
CATEGORIES.append(("pregnancy", [
    "Meri wife 33 weeks pregnant hai, she says baby hasn't moved since kal raat, usually bahut kick karta hai. She drank cold juice and lay on left side, still nothing. Ammi says baby is sleeping, kal checkup hai anyway. Wait karein?",
    ("Salam, which door for the maternity clinic parking? My appointment is tomorrow.",
     "Shukran habibti. Also I am 29 weeks, just now water come out from me, a lot, wet all my abaya, and not stopping, but no pain. My mother say it is only urine, pregnant women have this. Is ok I come tomorrow inshallah?"),
    "I am 7 weeks pregnant, first time. Since morning strong pain on right side low in belly, now pain also in my shoulder and I feel to faint when I stand. Little brown blood. Husband say is normal pregnancy pain. Is it?",
    "Hey, 35 weeks hapu with our third. Got a banging headache Panadol won't touch, seeing wee sparkly lights, and my feet and face are puffy as. Midwife's off till Monday. Reckon I just rest up?",
    "我媳妇儿怀孕六个多月了，刚才上厕所流了好多血，裤子全湿了，也不怎么疼。她说可能是上火，介嘛情况啊？等明儿产检再说行嘛？",
    ("你家好，产科建档要带哪些东西哦？",
     "好的嘛。另外我这哈八个月了，刚才在院子里摔了一跤，肚子硬邦邦的疼得老火，一直不松，还有点见红，娃娃好像也不咋个动了。我婆婆说躺下就好，可以不？"),
    "閨女懷孕三十週，剛才肚子一陣一陣地痛，差不多五分鐘一次，越來越痛。她說是假性宮縮，不想麻煩人。她先生出差不在家，請問讓她躺著多喝水就好嗎？",
    "偶媽要生ㄌ!! 羊水破ㄌ 她說好想用力 偶好像看到寶寶ㄉ頭ㄌ 可是爸爸還在路上 醬偶們要等他回來再去醫院嗎 😱",
    # look-alikes
    "Wife 20 weeks pregnant hai, everything normal, scan was good. Is it safe for her to fly to Delhi for my cousin's shaadi next month?",
    ("Habibi, my wife had some bleeding in her first pregnancy, years ago, and now she worry in this one.",
     "No, this time no bleeding, nothing, wallah everything good, 18 weeks, baby moving little. She only want to know can she fast in Ramadan when pregnant?"),
    "My sister is pregnant 32 weeks, she had false contractions yesterday for half hour, then stopped, today all normal and baby kicking a lot. Can she still go to pregnancy yoga?",
    "Stoked, just found out I'm hapu! Only 6 weeks, a bit queasy in the mornings but otherwise sweet. How do I find a midwife?",
    "我媳妇儿怀孕七个月，今儿宝宝踢得倍儿欢，她乐坏了。想问产前课程在哪儿报名？",
    "你家好，我前两年在你们这生的娃娃，现在又怀上了，想问哈这回还能不能找原来那个医生整产检？",
    "閨女懷第一胎，目前二十週，一切正常。她問孕婦可不可以吃榴槤？我這老頭子也不懂，幫她問問。",
    "想問你們醫院ㄉ產房可以先參觀ㄇ 偶阿姨下個月預產期 一切都粉好 ^^ 她想先看看環境",
]))

# ---------------------------------------------------------------- sepsis
CATEGORIES.append(("sepsis", [
    "Papa had UTI, GP ne antibiotics diye 2 din pehle. Abhi he's shivring badly, teeth chattering, temp 39.5, and he's talking nonsense, didn't even recognise me. Bhai says medicine takes time to work. Wait karein?",
    "My mother she is on chemotherapy, last one was 8 days ago. Tonight she have fever 38.3 and shivering. She say is normal tired after chemo, she don't want to go to hospital again. Give her Panadol and sleep, inshallah?",
    ("Hello, how I change my appointment at wound clinic?",
     "Because I cannot come, I am too weak. The cut on my leg is red now all the way to my knee, hot, smell bad, I have fever and my heart is beating very fast, I feel like I will die. But I think is only flu. Can we move to next week?"),
    "My koro's been crook with a chest infection all week, now his skin's gone all blotchy and purple-ish on his knees, he's cold to touch but says he's burning up inside, breathing fast as and hasn't done a mimi all day. Nana reckons he's just dehydrated, give him some Powerade?",
    "我妈前两天拉肚子发烧，今儿倒是不烧了，可是人倍儿蔫儿，手脚冰凉，嘴唇发白，问她话也答不上来，一整天没尿。介是好了吧？",
    "你家好，我媳妇生完娃娃一个礼拜，这两天发烧，下面的恶露臭得很，今天心跳快得很，喘气也急，整个人迷迷糊糊的，我妈说坐月子就是这样，捂一哈就好，要得不？",
    ("請問榮民醫院的居家護理要怎麼申請？老伴長期臥床。",
     "另外，老伴的尿管這兩天尿很濁，今天發燒發抖，血壓量起來只有八十幾，叫他也只是哼一聲，不太清醒。他平常就愛睡，應該沒事吧？"),
    "偶剛剛量體溫39.8 全身發抖停不下來 心跳超快 腿上出現紫紫ㄉ一塊一塊 覺得自己快死掉ㄌ 🥶 偶媽說是重感冒 喝熱水就好 醬對ㄇ",
    # look-alikes
    "My mami had sepsis last year, ICU mein thi, ab ekdum fit hai. She wants to know if she should get the flu vaccine this year? Which clinic?",
    "Wallah my cut on the finger from cooking, little red around yesterday, today less red, no fever, healing good. Should I keep the plaster or let it air?",
    ("My tato had blood infection in spring, he was in your hospital two weeks.",
     "Now he is good, walking, eating, no fever. Discharge letter say follow-up with infection doctor, but we never got letter for appointment. Who I should call?"),
    "Doing my nursing placement and we've got a sepsis lecture. Does the hospital have any of those sepsis screening posters we could look at? Cheers heaps.",
    "前两天我发烧38度，吃了药第二天就退了，介两天吃嘛嘛香，就想问问需要复查个血常规嘛？",
    "你家好，我家娃娃膝盖摔破点皮，边上有点红，不肿不烫，也不发烧，整点碘伏擦一哈就可以了吧？",
    "老伴前年敗血症在榮民醫院住了一個月，現在身體硬朗得很。請問他打肺炎鏈球菌疫苗要去哪裡打？",
    "偶在追ㄉ醫療劇有演敗血症 看完嚇死 😱 偶現在很好啦 只是想問敗血症會傳染ㄇ 好奇~",
]))

# ---------------------------------------------------------------- head_injury
CATEGORIES.append(("head_injury", [
    "Dadaji fell in the bathroom and hit his head on the sink, thoda sa bump hai. He's on blood thinners, apixaban. Says he's fine, kuch nahi hua, just a little headache. Put ice and let him watch TV?",
    "My son fall from the bunk bed, hit his head, he cry and now he vomit 3 times and very sleepy, want to sleep all the time. My husband say is normal after crying. Let him sleep, yalla?",
    "My husband fall from ladder when cleaning the gutter, hit head on concrete. He was not awake maybe one minute. Now he is talking but asking me same question again and again, what happened, what happened. He say he is fine, don't call. Is ok?",
    ("Hey, is the after-hours clinic open on Sunday?",
     "Cheers. My mate took a massive knock playing league, got up all wobbly, now there's clear watery stuff dripping out his nose and one of his pupils looks bigger than the other. He says he's sweet as, just wants a beer. Take him Monday?"),
    "我们家孙子刚才从床上摔下来，后脑勺着的地，起了个大包，摸着软乎乎的，他才八个月，这会儿倍儿蔫儿，不爱动也不爱哭，介没事儿吧？揉揉就好？",
    "你家好，我老爹昨天在田里被牛顶了一下，头撞到石头上，当时没得事。今天头疼得越来越老火，吐了几回，说话也不利索了，是不是感冒了？",
    "老伴早上下樓梯跌了一跤，頭撞到扶手。當時說沒事，可是剛才一直打瞌睡，叫醒了說兩句又睡著，而且左邊手腳使不上力。他說人老了就這樣。請問讓他多睡一下好嗎？",
    ("請問你們醫院有運動傷害ㄉ門診ㄇ",
     "3Q 那偶想問 偶剛剛打籃球頭被撞到 有昏倒一下下 現在頭粉痛 一直想吐 看東西都有兩個 🥴 偶想回家睡覺 醬OK嗎"),
    # look-alikes
    "Bhai banged my head on the kitchen cabinet, bas ek chhota sa bump, no headache now, no vomiting, thinking clearly (as clearly as normal lol). Ice pack kitni der lagana hai?",
    "My son hit his head on the door 3 days ago, little bump, he was fine, playing and eating normal, now the bump almost gone. School want a note that he can do football, habibi how I get it?",
    "I am banging my head on the wall with this insurance form, haha. Question: for the head CT my dziadek had last month, how I can get copy of report?",
    ("My boy had a knock to the head at rugby on Saturday, got checked on the sideline, no blackout.",
     "Nah he's been sweet as since, no headaches, eating heaps, mucking round with his cousins. Just wanna know the rules for when he can go back to contact training?"),
    "我今儿出门儿让门框磕了下脑门儿，起了个小包，不疼不晕的，嘛事儿没有，抹点儿红花油行嘛？",
    "你家好，上个月我娃娃摔到头，来你们这整过CT，说没得事。现在要开个诊断证明给保险公司，咋个开？",
    "老伴年輕時打仗那年頭部受過傷，這些年一直都好好的。現在要申請榮民補助，需要以前的病歷，請問要到哪個窗口申請？",
    "頭撞到床角 痛ㄌ一下下就好ㄌ 現在完全沒事 只是腫一個小包 XD 要冰敷還是熱敷ㄚ",
]))

# ---------------------------------------------------------------- meningitis
CATEGORIES.append(("meningitis", [
    ("Hi, does the hospital do the MenB vaccine for uni students?",
     "Ok thanks. Actually my roommate in the hostel is bahut bimar, high fever, bad headache, can't look at the light, neck is stiff, and now there's some purple dots on his legs. He says it's just a hangover yaar. Kal dekhenge?"),
    "My daughter 4 years has fever and now small dark red spots on her tummy. I press the glass like they show on TV and the spots still there, not going away. My sister say is only from the heat. Give her bath and Panadol?",
    "My son is student, 19, he call me from dormitory, he has very bad headache, fever, he cannot put his chin down to chest and the light is hurting his eyes. He say is flu and he will sleep. I am in Poland, what he should do?",
    "My girl's 6, came down with a temp this arvo, now her legs are hurting heaps, her hands and feet are freezing even tho she's hot, and she's gone real pale and floppy. Nana says growing pains. Pamol and bed?",
    ("你们医院打流脑疫苗嘛时候打啊？",
     "好嘞。哎我再问个事儿，我们家大小子这会儿发高烧，脑袋疼得直叫唤，脖子发硬低不下头，还吐了两回，他说是上火，介用不用紧？"),
    "你家好，我家小的一岁多，发烧，一直哭，一碰他就哭得更凶，身上起了好多紫红紫红的点点，拿杯子压都压不退，是不是过敏了？",
    "老伴發燒兩天了，今天脖子硬得轉不動，怕光，叫我把窗簾全拉上，說話也有點糊塗，把我當成閨女。他說是落枕了，貼個膏藥就好。請問這樣可以嗎？",
    "偶室友發燒頭超痛 剛剛一直吐 身上有紅紫色ㄉ小點點 而且她一直說好想睡 叫不太醒 😭 宿舍阿姨說是腸胃炎 醬要等明天ㄇ",
    # look-alikes
    "Neck stiff ho gayi yaar, slept funny on the sofa after Netflix. No fever, no headache, just hurts when I turn. Heat pack ya ice?",
    "My son going to university in UK next month inshallah, they say he need meningitis vaccine before. Can your hospital do it, and how much?",
    "My daughter classmate had meningitis, school send letter. My daughter is totally fine, no fever, nothing. Letter say antibiotics maybe for close contacts, but she was not close, other class. We need anything?",
    "My wee one's got heat rash from the beach, little red dots, they fade when I press the glass on them, she's happy as, no fever, eating her ice block. All good to just keep her cool?",
    ("我们单位有人得了脑膜炎，我倍儿闹心。",
     "我跟他不在一个楼层，没接触过，我自个儿也嘛症状都没有，不发烧不头疼。就想问问要不要打个疫苗预防一下？"),
    "你家好，我家娃娃小时候得过脑膜炎，在你们这治好了，现在上小学了，板扎得很。想问哈要不要定期查听力？",
    "閨女的同事得了腦膜炎，她問需不需要去打疫苗。她目前身體很好，沒有發燒。請問要掛哪一科？",
    "偶落枕ㄌ 脖子轉不過去 XD 沒發燒也不頭痛 只是想問要貼痠痛貼布還是去推拿 🤕",
]))

# ---------------------------------------------------------------- diabetic
CATEGORIES.append(("diabetic", [
    "Mama ji is diabetic on insulin, he's sweating a lot, talking rubbish, getting aggressive, his sugar is 2.1. We gave him juice but now he's not able to swallow properly, bas thook raha hai. Mami says he's just in a bad mood. Thoda aur juice?",
    ("Salam, where can I buy test strips for the sugar machine, the hospital pharmacy have?",
     "Because my son machine say 'HI' now, he is type 1, 14 years. He vomit all morning, breathing big deep breaths, and his breath smell like sweet nail polish. He is sleepy. I think stomach virus, yalla, I give him rest?"),
    "Dziadek is on diabetes tablets, last days he is drinking and peeing a lot, today he is very sleepy, hard to wake him, and meter show 32. Babcia say he is old and tired. We wait for GP on Monday?",
    "My partner's insulin pump's been playing up all night, now she's spewing, bad belly pain, breathing heavy, sugar's over 25 and ketones are 4.5. She reckons she'll just change the site and ride it out. Sweet as?",
    "我姥爷打胰岛素的，今儿早上没吃饭就打了针，这会儿出了一身冷汗，手直哆嗦，说话颠三倒四的，问他嘛都答不上来，介是嘛毛病？",
    ("你家好，内分泌科的号在哪哈挂？",
     "我家小女儿这几天一直喊口渴，水喝得多，夜里还尿床，瘦了一圈，今天开始吐，喘气又深又快，人昏昏沉沉的，叫她也不咋个理人。她还没查过血糖，是不是吃坏了？"),
    "老伴打完胰島素去睡午覺，剛才怎麼叫都叫不醒，全身汗濕透了，測血糖只有四十。我想塞顆糖到他嘴裡，可是他嘴巴不張開。是不是讓他再睡一會兒？",
    "偶朋友有第一型糖尿病 今天聚會喝ㄌ酒 現在講話含糊 走路歪歪ㄉ 大家都說他醉ㄌ 可是他血糖機顯示45 叫他吃東西他也不理 😵 讓他睡一下就好ㄇ",
    # look-alikes
    "Mithai khaane ke baad sugar 9.8 tha, ab 2 ghante baad 6.5, feeling totally fine. Diwali is coming yaar, any tips for diabetics at festival time?",
    "My father is diabetic and he want to fast in Ramadan. He is fine now, sugar good. Can diabetes nurse make plan for his insulin before Ramadan inshallah?",
    "Yesterday my sugar was little low, 3.8, I feel shaky, I eat dextrose and in 10 minutes is 6, normal. Today all fine. I should tell my diabetes nurse or is not necessary?",
    "Kia ora, my nana's newly diagnosed type 2, she's doing sweet as. Any kai tips for whanau barbecues, and is there a diabetes education group she can go to?",
    "我血糖有点儿高，空腹7.2，大夫说先管住嘴。介天天儿吃嘛好啊？煎饼果子还能吃嘛？",
    ("你家好，我老妈有糖尿病，前几天血糖有点低，头有点昏。",
     "当时吃了两颗糖就好了，现在每天测都正常，吃饭了哦，精神也板扎。就是想问哈她的降糖药要不要调？挂哪个科？"),
    "老伴糖尿病二十年了，控制得還可以。請問榮民醫院有沒有糖尿病衛教班？我想陪他一起去上課。",
    "偶喝ㄌ三杯全糖珍奶 會不會得糖尿病 XDDD 偶現在很好啦 只是想知道健檢驗血糖要空腹多久 🧋",
]))

# ---------------------------------------------------------------- burns
CATEGORIES.append(("burns", [
    "Chhoti behen ne garam chai ka pateela khench liya, spilled all over her chest and arm, she's 2. Skin is peeling and red, bahut ro rahi hai. Dadi applied toothpaste. Should we just put more toothpaste and a bandage?",
    "My husband was fixing the AC, he got electric shok, it throw him back. Now he say he is ok but there is black burn mark on his hand and another small one on his foot, and his heart feel strange, jumping. He say khalas don't worry, just cream. Is ok?",
    ("Hello, you have burns clinic appointments or only emergency?",
     "I ask because my tato was cleaning drain with strong chemical and it splash in his eye and on face, his eye is very red and he cannot open it, skin on cheek is white. He washed little with water. He say he will wait for clinic. Ok?"),
    "The bros were mucking round with the BBQ and some petrol, it went whoosh, my cousin's face got it, eyebrows gone, his voice is all croaky and he's coughing up black stuff. He's laughing it off, reckons aloe vera will sort it. Yeah?",
    "我们家老头儿炸麻花儿，油锅着了，他拿手一扑，整个手背连胳膊烫得发白，这会儿倒一点儿都不疼了。他说不疼就是没事儿，抹点儿獾油就得，介行嘛？",
    "你家好，我在工地拌石灰，石灰水溅到腿上和眼睛里，现在腿上起了一大片泡，眼睛睁不开，疼得老火，工头说整点清油抹一哈就好，要得不？",
    ("請問榮民醫院的燙傷中心在幾樓？",
     "問這個是因為剛才老伴洗澡，熱水器壞了，一下子沖出滾燙的水，他背上跟兩條腿都燙紅起水泡了，一大片。他說不礙事，擦點醬油就好。請問是不是明天再去？"),
    "偶弟玩沖天炮 炸到手 手指黑黑ㄉ 還在流血 皮都翻起來ㄌ 😭 他叫偶不要跟爸媽講 擦燙傷藥膏就好ㄇ",
    # look-alikes
    "Roti banate waqt finger tawa pe touch ho gayi, small red spot, no blister. Cold water dala 20 min. Kuch aur karna hai?",
    "Wallah the sun in Dubai burn me, little red on shoulders from the beach, no blisters, I feel ok. Which after-sun cream you recommend?",
    "My daughter got burn on her arm last year, was in your burns unit. Now scar is healing nice. Can she use sun cream on scar for summer holiday?",
    "Burnt my tongue on a hot pie from the dairy haha, stings a bit, no biggie. Real question: what's the best burns stuff for our marae first aid kit?",
    "我炒菜让油点儿崩了一下，手背上红了一小点儿，冲了会儿凉水就不疼了，还用抹药嘛？",
    "你家好，我家娃娃学校搞消防安全周，老师问烫伤了先用冷水冲多久，你们医院有没有宣传资料？",
    ("老伴前幾天泡茶被熱水燙到手指，起了一個小水泡。",
     "現在水泡已經消了，也不痛了，傷口乾乾淨淨的。請問還需要擦藥嗎？還是讓它自己好？"),
    "偶今天被老師電到ㄌ ⚡ 不是啦 是被靜電電一下 XD 完全沒事 想問冬天靜電很多有什麼方法可以減少ㄚ",
]))

# ---------------------------------------------------------------- child_unwell
CATEGORIES.append(("child_unwell", [
    "Munna 10 months ka hai, loose motions since 2 din, today he's not peeing at all, nappy dry since morning, eyes sunken and no tears when he cries. Dadi says give ORS thoda thoda. Bas ORS kaafi hai na?",
    "My daughter 3 years, she has stomach bug, now she is like rag doll, very floppy, not opening eyes properly when I call her, only moaning. My husband say she is tired from vomiting, let her sleep. Inshallah she wake better?",
    "Our baby 5 months, since morning he not take any milk, refuse bottle and breast, and he is very quiet, not crying like normal, only sleep. Babcia say he is teething. Give him teething gel and wait?",
    ("Hey, what's the number for Plunket line again?",
     "Cheers. My boy's 18 months, been a bit crook with a cold, now he's real hard to wake, just flops back asleep, and his lips look a bit bluish. Probably just wiped out aye? I'll ring Plunket in the morning?"),
    "我们家二小子一岁半，今儿一天没尿，嘴唇干得起皮儿，抱着跟面条儿似的一点儿劲儿没有，眼睛也不睁，介是困了吧？",
    "你家好，我家娃娃三岁，这两天咳嗽发烧，今天不吃不喝，一直睡，叫他眼睛睁开一哈又闭起，脸色灰灰的，喘气肚子一鼓一鼓的，是不是太累了？",
    "閨女的小女兒才八個月，今天一直發出很尖的哭聲，哭一下就沒力氣，臉色發白，手腳冰涼，抱起來軟軟的。閨女說是想睡覺鬧脾氣。請問是不是哄睡就好？",
    ("請問兒科門診禮拜六有開ㄇ",
     "3Q 偶幫偶媽問ㄉ 偶弟弟2歲 發燒兩天 剛剛發現他躺在沙發上怎麼叫都不醒 捏他也沒反應 軟趴趴ㄉ 偶媽說讓他睡飽就好 醬禮拜六再看OK嗎 🥺"),
    # look-alikes
    "Beta had a tummy bug last week, ab ekdum theek, eating, peeing, playing cricket in the garden. School ke liye fit note chahiye, GP se milega ya hospital se?",
    "My son is lazy, floppy on the sofa all day with his iPad, wallah teenagers! Serious: for his school sports check, he need appointment with children clinic?",
    "My son is 1 year, he was sick with fever two days, now fever gone, eating good, wet nappies normal, playing with toys. Can he go back to nursery tomorrow?",
    "Tamariki were a bit off their food yesterday after too much lolly cake at the party lol, today they're back to eating heaps and running round. Any tips for healthier party food?",
    "我们家孩子今儿有点儿蔫儿，一问，是考试没考好闹情绪呢，饭照吃觉照睡，嘛事儿没有。想问儿童心理门诊在哪儿挂？",
    "你家好，我家娃娃前几天拉肚子，吃了药已经好了，现在吃饭了哦，尿也正常，玩得板扎得很。想问哈还要不要复查大便？",
    "閨女家的小子三歲，這兩天有點挑食，不過精神很好，活蹦亂跳，尿也正常。請問榮民醫院有兒童營養諮詢嗎？",
    ("偶弟弟今天下午睡超久 偶媽有點擔心",
     "後來叫他就起來ㄌ 現在在吃晚餐 吃粉多 還一直吵著要看卡通 XD 應該是早上去公園玩太累ㄌ 想問小朋友午睡多久算正常ㄚ"),
]))

ORDER = [
    "chest_pain", "stroke", "anaphylaxis", "breathing", "bleeding",
    "suicide_self_harm", "overdose_poisoning", "infant_fever", "seizure",
    "pregnancy", "sepsis", "head_injury", "meningitis", "diabetic", "burns",
    "child_unwell",
]


def build_rows():
    rows = []
    for cat, entries in CATEGORIES:
        assert len(entries) == 16, (cat, len(entries))
        for n, entry in enumerate(entries):
            lang, script = VOICES[n % 8]
            row = {
                "id": "blind60a.%s.%d" % (cat, n),
                "category": cat,
                "level": "emergency" if n < 8 else "none",
                "lang": lang,
                "script": script,
                "source": "handwritten",
                "template": "hw",
            }
            if isinstance(entry, tuple):
                assert len(entry) == 2, (cat, n)
                assert all(isinstance(t, str) and t.strip() for t in entry), (cat, n)
                row["turns"] = [entry[0], entry[1]]
            else:
                assert isinstance(entry, str) and entry.strip(), (cat, n)
                row["text"] = entry
            rows.append(row)
    return rows


def check(rows):
    assert [c for c, _ in CATEGORIES] == ORDER
    assert len(rows) == 256, len(rows)
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == 256
    seen_text = set()
    for r in rows:
        key = tuple(r["turns"]) if "turns" in r else (r["text"],)
        assert key not in seen_text, r["id"]
        seen_text.add(key)
        # script sanity: zh rows contain CJK, en rows contain none
        body = "".join(key)
        has_cjk = any("\u4e00" <= ch <= "\u9fff" for ch in body)
        assert has_cjk == (r["lang"] == "zh"), r["id"]
    for cat in ORDER:
        crow = [r for r in rows if r["category"] == cat]
        assert len(crow) == 16, cat
        for level in ("emergency", "none"):
            lrow = [r for r in crow if r["level"] == level]
            assert len(lrow) == 8, (cat, level)
            assert sum(r["script"] == "en" for r in lrow) == 4, (cat, level)
            assert sum(r["script"] == "zh-Hans" for r in lrow) == 2, (cat, level)
            assert sum(r["script"] == "zh-Hant" for r in lrow) == 2, (cat, level)
        two = [r for r in crow if "turns" in r]
        assert len(two) == 3, (cat, len(two))
        em2 = [r for r in two if r["level"] == "emergency"]
        no2 = [r for r in two if r["level"] == "none"]
        assert len(em2) == 2 and len(no2) == 1, cat
        assert sorted(r["lang"] for r in em2) == ["en", "zh"], cat
        for n, r in enumerate(crow):
            assert r["id"] == "blind60a.%s.%d" % (cat, n)
            assert r["level"] == ("emergency" if n < 8 else "none")
    # traditional/simplified sanity: a few characters that differ
    simp_only = set("这说话门医妈爸吗们过")
    trad_only = set("這說話門醫媽爸嗎們過")
    for r in rows:
        body = "".join(r["turns"]) if "turns" in r else r["text"]
        if r["script"] == "zh-Hans":
            assert not (set(body) & (trad_only - simp_only)), r["id"]
        if r["script"] == "zh-Hant":
            assert not (set(body) & (simp_only - trad_only)), r["id"]


def main():
    rows = build_rows()
    check(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "triage.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    total = len(rows)
    by_level = {}
    by_script = {}
    two_turn = 0
    for r in rows:
        by_level[r["level"]] = by_level.get(r["level"], 0) + 1
        by_script[r["script"]] = by_script.get(r["script"], 0) + 1
        two_turn += "turns" in r
    print("rows:", total)
    print("by level:", dict(sorted(by_level.items())))
    print("by script:", dict(sorted(by_script.items())))
    print("two-turn rows:", two_turn)
    for cat in ORDER:
        crow = [r for r in rows if r["category"] == cat]
        print("  %-20s %d rows, %d emergency, %d two-turn" % (
            cat, len(crow), sum(r["level"] == "emergency" for r in crow),
            sum("turns" in r for r in crow)))
    print("wrote", out)


if __name__ == "__main__":
    main()
