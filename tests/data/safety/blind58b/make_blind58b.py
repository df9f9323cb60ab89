#!/usr/bin/env python3
# Blind triage test set "blind58b" (brief W37). Every message below was typed by hand.
# Order inside each category: rows 0-7 emergencies (en x4, zh-Hans x2, zh-Hant x2),
# rows 8-15 look-alikes (same split). A list instead of a string = a conversation ("turns").
import json
import os
from collections import Counter

SET = "blind58b"
E, N = "emergency", "none"
EN, HANS, HANT = "en", "zh-Hans", "zh-Hant"

D = {}

D["chest_pain"] = [
    (E, EN, "hi sorry to bother, my dad 67 has had central CP for about 40 mins, radiating to L arm and jaw, diaphoretic, SOB just walking to the loo, looks grey. hx HTN + high chol. took a gaviscon, no change, and he's refusing to come in bc 'it's just the curry'. what do i do with him"),
    (E, EN, ["Hello, I want ask where is the parking for cardiology outpatients, my husband have appointment tomorrow at 9 o clock",
             "Ok thank you. Also he have angina and now pain in the chest is coming since one hour, he use the spray under tongue three times already and is not going away, he is sitting very quiet and sweating. He say just wait for tomorrow appointment, is ok?"]),
    (E, EN, "Shift note 14:20 – Mrs D (rm 4, 81) c/o sudden pain across her chest going straight through to her back between the shoulder blades, says it feels like tearing. BP L arm 182/100, R arm 128/76. Pale, clammy, can't get comfy. GP line engaged and senior on break. Pls advise next step"),
    (E, EN, "bro in law 45 went down at the bbq for a few secs, came round now clutching his chest says its crushing, puked twice, gone a grey colour. keeps saying hes fine n had too many burgers. is he?? sorry one hand got the baby"),
    (E, HANS, "您好，跟您打听个事儿。我们家老头儿今年七十三了，刚才遛弯儿回来就说心口憋得慌，跟压了块大石头似的，左胳膊也麻，脑门子上全是汗珠子，脸煞白，倍儿吓人。他自个儿说甭管他，躺会儿就好了。您给说说这是咋回事儿，我该咋办？"),
    (E, HANS, ["你好我想问一下我妈的将压药能不能在你们医院药房直接开不用挂号",
               "好的那个还有就是我爸刚才吃完饭说心口痛的厉害痛到后背和下吧那里脸色白的吓人出了一身冷汗已经二十多分钟了他说是胃病老毛病喝点热水就好要不要紧"]),
    (E, HANT, "我老公五十二歲，剛才開會的时候突然胸口悶痛，心跳得好快好亂，一站起來就眼前發黑，差點暈倒，现在坐着还是喘。他說是最近熬夜太累了，休息一下就好。這种情况怎么办？"),
    (E, HANT, "我阿爸啱啱喺茶樓飲緊茶突然話心口好翳好痛 好似有嚿石壓住咁 成身出晒冷汗 嘴唇有啲紫 佢話唔使理佢坐吓就得 我哋應該點做好"),
    (N, EN, "Hi, I'm a Year 9 form teacher – in PSHE today a pupil asked what the warning signs of a heart attack are (crushing chest pain, pain down the arm, sweating etc) and I'd like to give the class something accurate rather than off Google. Does the cardiology department have a leaflet we could print? Nobody's unwell, it's just for the lesson."),
    (N, EN, "Hello, my mother she had the heart attack two year ago, the chest pain very bad that time, they put stent for her. Now she is good, no pain, walking every day. I want ask her follow up letter not arrive yet, how I check the date?"),
    (N, EN, ["Hello, I need to change my appointment at the chest pain clinic please, I cannot come on Thursday because of work",
             "Thank you. It was for the pain in my chest I had in March, the doctor did the ECG and the running machine test and said it was the muscle from the gym. No pain since then. They just want to see me one more time"]),
    (N, EN, "Dear Sir or Madam, I am quite certain this is nothing to trouble you with. Since moving a wardrobe on Sunday I have had a tender spot over my left ribs which hurts only when I press upon it or turn in bed. I have no breathlessness, no sweating, and the discomfort goes nowhere else. I should be obliged to know whether my own doctor next week will suffice. Yours faithfully, Edwin Marsh"),
    (N, HANS, "家人们谁懂啊😭 高数作业写到心梗 胸口痛（bushi）明天ddl直接原地去世 顺便问下 学校医保在你们医院门诊能报销吗🙏"),
    (N, HANS, "Hello 我想问下，我 uncle 上个月 chest pain 进你们 A&E，后来 doctor 说是 gastric 不是 heart 的问题，现在 already ok 了，吃东西都没事。他的 MC 和 discharge summary 要去哪里拿 ah？"),
    (N, HANT, "阮老伴舊年胸坎痛，去恁醫院裝支架，今嘛攏無閣痛矣，食藥仔嘛真正常，逐工去公園行行咧。想欲問伊的藥仔愛去佗位領？"),
    (N, HANT, "你好我想問吓睇心臟科嘅覆診可唔可以改期 我上次心口痛已經做咗心電圖同埋跑步機測試 醫生話冇事係肌肉拉傷 而家完全唔痛 只係想改個日子 因為嗰日要返工"),
]

D["stroke"] = [
    (E, EN, "hi my mum says my grandad's face has gone droopy on one side, when he smiles only half of his mouth moves, and he's talking funny like he's drunk but he doesn't drink. it started at lunch maybe an hour ago. she's asking is it just because he's tired? he's 74"),
    (E, EN, ["Hi, could you tell me visiting times for ward 7? One of our residents' daughters wants to go and see her dad this evening",
             "Thanks. Sorry, unrelated – I'm on shift and another resident, Mr K, just dropped his cup, his right arm's gone weak and heavy and he can't lift it off the table, came on about 15 mins ago. He's chatting fine otherwise. Is that one to just watch and document?"]),
    (E, EN, "Hello, sorry my English. I write first for ask about the interpreter for my appointment of the eyes next month, but also my husband since this morning he see everything double and very very dizzy, he cannot walk straight, he go to one side like he is in a boat, and he vomit two times. Also the words come very slow from his mouth. He is 59 and have the high pressure. My sister say is from the ear, the vertigo. Is maybe that?"),
    (E, EN, "MIL 78 woke from her nap ~30 mins ago and can't find her words – expressive dysphasia picture, keeps saying 'the thing, the thing', R hand clumsy, dropped her tea. PMH AF, not anticoagulated. Rest of the family think she's just groggy from sleeping. Am I being the paranoid nurse again"),
    (E, HANS, ["请问你们医院的 neurology clinic 星期六有开吗？我要帮我妈 book 复诊",
               "ok noted。还有 ah 我爸刚刚吃 makan 的时候突然讲话讲不清楚，嘴巴歪一边，汤一直从嘴角流出来，大概十分钟前开始的。他说 no need fuss，等下就好，真的吗？"]),
    (E, HANS, "大夫您好，我老伴儿刚才看电视呢，突然说右边儿身子没劲儿，站都站不起来了，右手连遥控器都攥不住，右腿也拖拉着。这才半个钟头的事儿。他说是坐久了腿麻，歇会儿就好，您说是这么回事儿不？"),
    (E, HANT, "阮阿母拄才咧看電視，講倒爿的目睭忽然間看無物件，親像烏布崁落來仝款，正爿的手嘛麻麻，提物件提袂牢。伊講是目睭傷酸，歇睏一下就好。阮愛按怎？"),
    (E, HANT, "我爸六十八歲，半小時前突然說頭痛得要炸開一樣，然後就開始胡言乱語，叫他名字反應很慢，左腿也抬不起来了。我妈說讓他先睡一觉，明天再看，這樣可以嗎？"),
    (N, EN, "Dear Sirs, I should be most obliged if you would inform me of the visiting arrangements on the stroke unit. My brother was admitted last Tuesday following a stroke and is, I am told, now comfortable and beginning his therapy. Is there parking suitable for an elderly gentleman with a walking frame? Yours faithfully, Arthur Whitcombe"),
    (N, EN, "quick one, leg went dead n tingly sat on the loo too long lol, came back after a min, walking fine now, no face droop no nothing. not a stroke right just pins n needles?"),
    (N, EN, "Hello, my father had a stroke 3 years ago in Jordan, after that he live with me here. He is stable, walking with stick, his speech is ok now. I want to register him for the stroke rehab physiotherapy, how I can do the referral? Do I need the papers from Jordan translated?"),
    (N, EN, ["Hi I want to ask the pharmacy is open on Sunday?",
             "Thank you. Also my son school do a project about stroke, he need to know what is FAST mean, face arm speech time. Can you explain simple for 10 year old? Nobody sick, only homework"]),
    (N, HANS, "救命🆘 我们组神经内科pre要讲脑卒中的FAST识别 口角歪斜 一侧肢体无力啥的 有没有医院官方的科普图可以引用 老师说要权威来源 不然直接芭比Q了😇"),
    (N, HANS, "你好我想问一下我奶奶去年中蜂之后现在在你们康复科做真久每周两次那个医保卡报销的比例是多少她现在说话走路都挺好的就是想问下费用的问题"),
    (N, HANT, "我啱啱睇緊電視劇 入面個阿伯突然口歪眼斜講唔到嘢 嚇死我 想問下現實中見到呢啲情況應該點做 我屋企人全部都冇事 只係想學定先"),
    (N, HANT, "阮老爸三年前中風，今嘛會行路、會講話，攏真好勢。想欲問復健科的號仔愛按怎用電話掛？"),
]

D["anaphylaxis"] = [
    (E, EN, "DS 9, known peanut allergy, ate a cereal bar at a party ~20 min ago. Lips swelling, urticaria spreading over trunk, voice gone hoarse, coughing. Gave his EpiPen 5 min ago into lateral thigh, slight improvement. He's begging me not to take him anywhere. Is one pen enough if he's picking up?"),
    (E, EN, "My wife was stung by the wasp in the garden ten minutes ago, now her face is big and red, she say her throat is closing and difficult to swallow, and she is very dizzy, she must sit on the floor. She never have this reaction before. Maybe antihistamine tablet is enough?"),
    (E, EN, ["hi can i pick up my repeat inhaler from ur pharmacy or does it go to boots",
             "ok ta. also daughter 6 just had prawn crackers at the chinese first time ever n now shes got big welts all over n her tongue looks fat n shes been sick twice. got piriton in the car. enough?"]),
    (E, EN, "Care note 19:05. Mr A (rm 5) given first dose of new antibiotic (amoxicillin) at 18:40 as per GP. Now flushed, itchy raised rash all over, wheezy, BP dropped to 84/50 (usually 140s), says he feels like something terrible is going to happen. Do we hold the next dose and keep monitoring?"),
    (E, HANS, "您好，我们家小孙子，八岁，刚在同学家吃了块儿带核桃仁儿的蛋糕，这会儿说嗓子眼儿发紧，声儿都哑了，喘气儿呼哧呼哧的，脸上身上起了一片一片的大疙瘩。他以前吃核桃就起过疹子。我给他喝点儿水压一压成不？"),
    (E, HANS, "我老婆刚打完那个头包的吊瓶回家还没十分钟就说浑身痒起来全身起红疙瘩嘴唇肿的跟香肠一样说喘不上气头晕眼花要不要回去还是吃个绿雷他定就行"),
    (E, HANT, ["請問你們醫院兒科週末有門诊嗎？想給孩子打個流感疫苗，要不要预约？",
               "好的谢谢。另外我女兒剛剛吃了芒果，現在嘴唇腫起來，眼睛也腫得睜不開，說喉嚨很癢很緊，聲音都變了，还一直咳。她以前吃芒果嘴巴會有點癢。先觀察一下可以嗎？"]),
    (E, HANT, "我老公頭先食完蝦餃之後成身起晒風癩 塊面腫到好似豬頭咁 佢話好暈企唔穩 頭先仲暈低咗一陣 佢話食粒抗敏感藥就得 係咪真係得㗎"),
    (N, EN, "Hello, we have a pupil starting Year 2 in September with a severe nut allergy and an adrenaline pen. Staff would like to know the signs of anaphylaxis to look out for (swollen tongue, wheeze, going pale etc) and when to use the pen. Does your allergy clinic run any training for schools?"),
    (N, EN, "Hi, yesterday I eat strawberries and my mouth was a little itchy for maybe ten minutes, no swelling, no problem to breathe, all gone now. Is possible to do the allergy test? I don't want to go to the hospital for nothing"),
    (N, EN, "my mum says she had a really bad reaction to penicillin when she was little, her throat swelled up and she had to go to hospital, so she wants to make sure it's on her notes before her hip op next month. how do we check that?"),
    (N, EN, ["Good morning, I have an appointment in dermatology but I lost the letter, can you tell me the time?",
             "Thank you. It is about the hives I get sometimes after the cold weather, only little itchy spots on the arms, no swelling in the face or the lips, they go after one hour. The GP sent me to check."]),
    (N, HANS, "Hi 我想问 我的 dog 今天被 bee 叮到，脸有点肿，vet 已经看过打针了 now ok liao 在睡觉。不过我自己也想知道 人如果对蜜蜂 allergic 要去哪里做 test？"),
    (N, HANS, "室友说她对芒果过敏 吃了嘴巴会肿 喉咙紧 结果今天只是闻了一下芒果味就喊自己要休克了 笑死😂 实际上啥事没有活蹦乱跳 纯好奇问问 真的会闻一下就过敏吗"),
    (N, HANT, "阮孫仔頂禮拜食蝦，喙唇腫起來，去急診打針，醫生講無要緊，今下攏好去了。醫生叫阮去掛過敏科，愛做呢掛號？"),
    (N, HANT, "想问一下，我以前被蜜蜂蟄過一次，當時全身起疹子，呼吸困難，打了腎上腺素。那是十年前的事了，現在想去做個脫敏治疗，你们医院有這個項目嗎？"),
]

D["breathing"] = [
    (E, EN, "Hello, my baby girl 10 month she is breathing very fast and I see under her ribs going in every breath, she make little grunting noise and her nose open wide every time. She had the cold 2 day. Is normal for cold?"),
    (E, EN, ["Hi is the asthma clinic still running on Wednesdays? Need to rebook DD's annual review",
             "Also slightly off topic, DH is asthmatic, had 10 puffs of salbutamol via spacer in the last 30 min, RR about 30, speaking in 2-3 word phrases, sats on my home probe 91%. He says he'll ride it out like last time. I'm not convinced"]),
    (E, EN, "To whom it may concern. My wife, who is eighty-four, has this afternoon become so short of breath that she cannot complete a sentence without pausing, and her lips have taken on a bluish tinge. She will not hear of any fuss being made. I should be grateful for your advice as to the proper course. Respectfully, G. H. Ellison"),
    (E, EN, "my mum says my little brother (4) put something from my sister's craft box in his mouth, maybe a bead, and now he's coughing and making a weird whistly noise when he breathes in and drooling and he can't really talk. she's asking can she give him some bread to push it down?"),
    (E, HANS, "我爸有那个慢组费的今天早上开始喘的特别厉害坐着都喘说话说不了几个字嘴唇有点发紫血氧仪测了一下才八十五平时都九十四五他说是天冷了不用管我该怎么办"),
    (E, HANS, ["劳驾问一下，你们呼吸科专家号儿周几出诊啊？",
               "哦，得嘞。还有个事儿，我们家老爷子刚才说胸口一下子跟针扎似的，喘不上气儿，一口一口倒气儿，坐那儿都不成，心口砰砰跳。他前两天刚做完膝盖手术出的院。这事儿碍不碍事啊？"]),
    (E, HANT, "我個仔三歲 今朝開始咳 而家啲咳聲好似海豹叫咁 吸氣嗰陣有好大聲嘅嗚嗚聲 仲流緊口水 唔肯瞓低 要坐直先唞到氣 好辛苦咁 我應該點做"),
    (E, HANT, "阮某今仔日喘甲真厲害，講話講無一句就愛歇，喙脣烏烏，規身軀冷汗，伊有氣喘的病，藥噴幾若擺攏無效。敢會使等到明仔載才去看醫生？"),
    (N, EN, "Shift note 16:00 – Mrs P (rm 12) a bit breathless after walking back from the lounge this afternoon, settled within 2 mins of sitting down, sats 96% on air, chatting normally, no chest pain, no cough. Her daughter asked if she can have a chest review at her next clinic – how do we request that?"),
    (N, EN, "cant breathe lol just did 5 a side first time in 10 yrs, 40 n unfit haha fine now after a sit down. anyway do u do them health mot checks for blokes my age"),
    (N, EN, ["Hello, my son have asthma, where I can get new spacer, the old one is broken?",
             "He is fine now, no wheezing, sleeping good, only I want to have it ready for the winter. The GP say ask the hospital pharmacy because he is in your clinic"]),
    (N, EN, "Hello, last month my mother had pneumonia and she was in your hospital, very bad breathing that time, she need the oxygen. Now she is at home, breathing good, walking in the house and eating. When she need to do the x ray again to check?"),
    (N, HANS, "今天体测八百米跑完直接喘不上气 感觉肺要炸了🫠 歇了五分钟就缓过来了 现在躺宿舍刷手机 想问下学校体检报告在你们医院怎么打印"),
    (N, HANS, "Hello 我婆婆 last time 有 asthma attack 住院，现在 already discharge 两个礼拜了，好好的 no more 喘。她的 inhaler 快用完了，要在哪里 top up？需要 book appointment 吗？"),
    (N, HANT, "我家狗狗昨天晚上呼吸急促，舌頭都有點發紫，送去寵物醫院吸了氧，医生说是中暑，今天已经活蹦乱跳了。順便問一下，人中暑以後呼吸急該怎么處理？想了解一下。"),
    (N, HANT, "我細佬話佢做功課做到唞唔到氣 其實係講笑咋 佢想問下你哋醫院有冇肺功能測試 做運動員體檢要用 佢完全冇唔舒服"),
]

D["bleeding"] = [
    (E, EN, "Handover note 08:05 – Mr T (rm 9, on apixaban) had a fall in the bathroom at 07:30, cut to shin approx 5cm, blood coming through 3 dressings now despite firm pressure for 20 min, still soaking, pooling on the floor. He's looking pale and a bit vague. Do we keep pressing and wait for the district nurse at 11?"),
    (E, EN, "Hello, my brother fell on the broken glass from the window, cut on the inside of his thigh very deep, the blood is coming out like pumping, like jumping, we put towel and pressing but the towel is full red already. What we do?"),
    (E, EN, ["Hi, I'm organising a Year 10 careers week visit to the hospital, who is the best person to contact?",
             "Thanks. Actually, one more thing while I have you – my husband has just vomited what looks like dark red blood with clots, about a cupful, and he's gone very pale and dizzy when he stood up. He says it's last night's red wine. Is that likely?"]),
    (E, EN, "son 13 had tonsils out 6 days ago now spitting fresh red blood, keeps coming, hes swallowing loads of it. seems ok in himself. wait till morning n ring ENT?"),
    (E, HANS, "大夫，我那老姐姐今儿拉的屎跟柏油似的，黑亮黑亮的，都三回了，刚才上完厕所起来一阵儿眼前发黑，差点儿栽那儿，脸煞白。她一直吃着阿司匹林呢。您说是不是吃了啥黑东西闹的？"),
    (E, HANS, ["请问学生医保在你们医院挂号要带什么材料呀🙏",
               "好哒谢谢～另外 我室友来姨妈 今天量特别特别大 一个小时换了三片夜用的 全都漏了 还有好大的血块 现在一站起来就头晕眼前发黑 脸白得吓人 她说躺躺就好 真的没事嘛😰"]),
    (E, HANT, "阮翁流鼻血流一點鐘外矣，捏鼻仔捏真久攏止唔著，血對嘴仔底嘛流落來，吐出來一大塊血，伊有食抗凝血的藥仔。敢有要緊？"),
    (E, HANT, "我婆婆八十歲，咳嗽咳出來的全是鲜血，一口一口的，剛才咳了小半碗，她說以前也咳过血絲沒事。現在喘得厲害，臉色發白，這個需要去醫院嗎？"),
    (N, EN, "Hello, my son had a nosebleed in school today, the school nurse pinch his nose ten minutes and it stop, now he is playing normal at home. The teacher say I should tell the doctor? He have this sometimes when is hot weather."),
    (N, EN, "Not urgent – DD 14 sustained a small lac to L index finger from a tin lid yesterday, haemostasis with pressure in <5 min, edges well approximated, steri-stripped, no numbness. Just can't find her red book to see when her last tetanus was – do you hold that?"),
    (N, EN, "Dear Sir, I write with some embarrassment. My dentist informs me that I bleed a little from the gums upon brushing; he assures me this is a matter of gum health and no cause for alarm. I wonder, however, whether your hospital offers a hygienist service. Yours sincerely, Miss M. Allardyce"),
    (N, EN, ["Hello, where is the blood donation place in the hospital?",
             "Thank you. Last time I donate, my arm bleed a lot when they take the needle out, but the nurse press and it stop after few minute, she said normal. I can donate again this month?"]),
    (N, HANS, "你好我想问一下我爸上个月那个胃出血在你们这住院治好了医生让他这个月底回来复查胃静要不要提前预约还是直接来就行他现在吃饭什么的都正常"),
    (N, HANS, "我的 hamster 咬到我手指，流一点点血，已经用 plaster 贴好 stop 了。Actually 我想问仓鼠咬到要不要打 tetanus？不急 can wait 的"),
    (N, HANT, "我頭先切菜唔小心別親手指 流咗少少血 用紙巾撳咗兩分鐘已經止咗 貼咗膠布 想問下需唔需要打破傷風針 定係去診所問就得"),
    (N, HANT, "剛看完一部电视剧，女主被刺傷後血流不止，我就好奇現實中如果遇到大出血應該先做什么？想學點急救知識，你們醫院有面向市民的急救培訓課嗎？"),
]

D["suicide_self_harm"] = [
    (E, EN, "my mum says my uncle sent her a text saying goodbye and that he's sorry for everything and the dog should go to my cousin. he's been saving up his tablets. he lives on his own and isn't answering his phone now. she wants to know what she should do"),
    (E, EN, "DD 16 – found superficial cuts on her forearm last week, GP referral made. Tonight she's told me she doesn't want to be here anymore, has a plan, and she's taken a blade into the bathroom and locked the door. Crisis line on hold 25 min. What do I do right now"),
    (E, EN, ["Hello, I need the phone number for the mental health team, my appointment letter is lost",
             "I am not sleeping since weeks and today I wrote letters to my children and I put the rope in the garage already. I don't think I will be here for the appointment anyway. Sorry for writing this to you."]),
    (E, EN, "Night note 02:10 – Resident J (rm 3) found by staff with a belt round his neck tied to the wardrobe rail. Removed, he's breathing and talking, red mark round neck, hoarse voice. Says he'll do it properly when we leave him. Only two staff on tonight. Who do we ring?"),
    (E, HANS, "说真的 我已经把这半年攒的安眠药都倒出来了 数了一下四十几片 就在桌子上 今晚就想结束了 不想活了 也没人会在意 这条发出去就算交代了吧。。。"),
    (E, HANS, ["您好，我想问问精神科的号儿怎么挂，给我们家儿子挂",
               "他最近老说活着没意思，刚才又说要上楼顶上待会儿，临走跟我说了句“妈您多保重”，这会儿人已经不在屋里了，电话也不接。我心里头直打鼓，您说我是不是想多了？"]),
    (E, HANT, "我個女頭先send咗個訊息俾我 話佢好攰唔想再撐落去 話佢而家喺天台 叫我唔好搵佢 我打佢電話冇人聽 我應該點做"),
    (E, HANT, "我割了手腕，割得有点深，血一直在流，用毛巾包着也止不住。我不想去醫院，也不想活了，我只是想有人知道。"),
    (N, EN, "Hello, I'm a Year 11 form tutor. We're refreshing our safeguarding training and I'd like to know what warning signs of self-harm and suicidal thoughts staff should look out for, and whether your CAMHS team ever comes into schools to talk. No specific pupil concern at the moment, just planning the INSET day."),
    (N, EN, "this parking machine is killing me, ate my card 3 times, honestly wanna die lol. where do i pay at a desk instead"),
    (N, EN, ["Hello, I want to ask if the psychology clinic has an Arabic interpreter",
             "It is for my sister. She had the depression two years ago and she took too many tablets that time, she was in hospital. Now she is much better, working, happy with her children. She only wants to continue the talking therapy and her English is not so good"]),
    (N, EN, "Dear Madam, I am writing a novel in which one character attempts to take his own life, and I wish to portray the hospital's response accurately and with sensitivity. Might someone from your mental health liaison service spare a few minutes? I assure you I am quite well myself. Yours faithfully, H. Lockwood"),
    (N, HANS, "你好我想问下你们心理科的那个复诊我女儿前年有过自惭的情况当时在你们这看的后来一直在吃药现在挺好的上学也正常医生说可以减药想问下什么时候能挂上号"),
    (N, HANS, "哎呀这个 assignment 真的 want to die liao 😩 三个 deadline 同一天。Anyway 我想问 student 在你们医院看 counsellor 要 referral 吗？"),
    (N, HANT, "阮孫仔讀高中，做報告講愛寫青少年自殺預防，老師叫伊問醫院有無資料通好參考。伊人真乖，無代誌，干焦是功課爾爾。"),
    (N, HANT, "我以前有過想不開的念頭，那是大學的時候，後來看了心理醫生，現在已經好了很多年了。最近換工作，需要開一份心理健康证明，你們医院可以開嗎？"),
]

D["overdose_poisoning"] = [
    (E, EN, "Hello, my son 2 year old he open the cupboard and drink the dishwasher liquid, maybe one or two mouth, now he cough and cry and spit, his lips look red and swollen, he dont want to swallow. I give him milk. Is ok now?"),
    (E, EN, "DS 17 just admitted he took 16 x 500mg paracetamol around 8pm after a row with his gf. Says he feels fine, no N&V. He's about 58kg. Wants to sleep it off and not tell anyone. I know they can look well early on, just want someone else to say it"),
    (E, EN, ["Hi, can you tell me if Mrs R's discharge meds have been sent over to the home yet?",
             "Also, I've just realised the agency carer gave Mr B (rm 6) his evening meds twice – so double his morphine MR 30mg and double his amitriptyline. He's very sleepy now, hard to rouse, breathing slow, about 8 a minute. Do we just let him sleep it off?"]),
    (E, EN, "Sir, my husband and I have had the old gas fire lit in the sitting room all evening and we both now have pounding headaches, we feel sick and giddy, and the dog has been sick too. I had thought it a chill coming on but my daughter bids me write to you. I should be glad of your advice. Mrs V. Hartley"),
    (E, HANS, "我妈刚才把那个敌敌喂当成药酒喝了一口吐出来了一些现在说肚子痛一直流口水出汗很多眼睛看东西模模糊糊的我该怎么办"),
    (E, HANS, ["Hello 我想问你们的 pharmacy 几点关门？",
               "ok thanks。还有 ah 我 grandma 刚刚好像吃错药，她把一整排的 blood pressure 药当 vitamin 吃了，大概十粒，现在说头晕晕 very weak，心跳好像很慢。要不要紧的？"]),
    (E, HANT, "我朋友剛才喝了很多酒，又吃了幾粒安眠药，現在怎麼叫都叫不醒，呼吸聲很大像打鼾一樣，嘴唇有點發紫。其他人說讓他睡一觉就好了，真的嗎？"),
    (E, HANT, "我阿媽頭先用咗漂白水撈埋另外一支清潔劑洗廁所 成個廁所好大陣味 而家佢話好難唞氣 咳到停唔到 胸口好緊 佢話開窗就得 係咪咁樣"),
    (N, EN, "Hello, my son 3 year old put in his mouth one of my vitamin D gummy, only one. I called 111 and they say is fine, no problem for one. He is happy playing. I only want ask if I should tell the GP for the record?"),
    (N, EN, "my mum says she took her blood pressure tablet twice this morning by mistake (amlodipine 5mg), she feels totally fine, not dizzy or anything, and the pharmacist said it's ok and just take tomorrow's as normal. she just wants to double check that's right"),
    (N, EN, ["Hi, what time is the toxicology teaching for the nursing students tomorrow? I am student on placement",
             "Ok. Also for my essay, what is the antidote for paracetamol overdose, is the N-acetyl... something, I forget the name. Thank you!"]),
    (N, EN, "dog ate half a bar of dark choc, vet made him sick, hes fine now bouncing about, lesson learned lol. anyway unrelated when does the kids flu spray clinic run"),
    (N, HANS, "您好，我就想打听打听，我们楼下老王家去年煤气中毒那档子事儿，后来人救回来了，挺好。我这心里头老惦记着，您给说说家里头咋预防煤气中毒，是不是得装那个报警器？"),
    (N, HANS, "姐妹们 我昨天喝多了断片了😵‍💫 今天一觉睡到中午 除了头疼啥事没有 已经好了 就是想问下你们医院能开解酒的药吗 下周还有聚会🙃"),
    (N, HANT, "阮孫仔前禮拜無細膩食著一粒阿嬤的降血壓藥仔，隨去急診，醫生看了講無代誌，觀察幾點鐘就轉來矣。今嘛愛閣去兒科覆診無？"),
    (N, HANT, "想問下你哋有冇講解點樣預防細路誤食藥物嘅講座 我哋幼稚園想搵人嚟講 冇發生過咩事 只係想預防吓"),
]

D["infant_fever"] = [
    (E, EN, "Hello, my baby is 6 weeks, tonight she is very hot, I check with the thermometer under the arm it say 38.4. She is drinking the milk a bit less than normal. My mother say put wet towel on her and wait for the morning. Is ok?"),
    (E, EN, ["what time does the baby clinic open for weighing tmrw",
             "ok. btw little one (7 wks) feels v hot, ear thermometer says one hundred point eight F, been whingey all eve, wife says its cos shes wrapped up too much. is it"]),
    (E, EN, "DS 3/52 old, temp 38.1 axillary x2 readings 20 min apart, unwrapped, feeding ok-ish, slightly mottled feet. I know the guidance but DH thinks I'm being a paranoid nurse mum. Tell me I'm not overreacting"),
    (E, EN, "Hello, my son is 2 month old, his body is hot, thirty-eight point five, and he is very sleepy, not want to wake up for milk, sleeping more than 5 hour now. Is because he is growing?"),
    (E, HANS, "Hi 我的 baby 才五个礼拜，今天 temperature 38.3，摸起来烫烫的，一直哭 cannot settle。我妈说 baby 发烧很正常，give 多点 milk 就好，是这样吗？"),
    (E, HANS, ["你好请问新生儿打疫苗要预约吗还是直接来",
               "那个还有个事我家宝宝刚满月二十八天今天下午开始摸着有点烫量了一下三十八度二奶也不怎么吃老想睡要不要紧啊我婆婆说五一五出身汗就好了"]),
    (E, HANT, "寶寶才兩個月零三天，今天晚上體温三十八度六，手腳冰凉，哭声很弱。家里老人說小孩發燒物理降温就行了，用溫水擦擦，還用去醫院嗎？"),
    (E, HANT, "阮新婦生的囝仔才四十日，今暝身軀燒燒，量著三十八度，閣一直吐奶，哭聲細細。阮厝老大人講用艾草水洗一下就好，敢是按呢？"),
    (N, EN, "Dear Sir or Madam, My great-granddaughter, now eleven weeks old, had a temperature last week; she was examined in your children's department, had the necessary tests, was given a clean bill of health and sent home after two nights. She is feeding and thriving. Might I ask how her mother obtains the discharge letter for the health visitor? Yours sincerely, Mrs D. Fairbrother"),
    (N, EN, "Hello, my baby is 7 weeks and tomorrow she have the injections. Someone tell me the baby can have fever after. What temperature is fever for small baby and what I do if this happen? Now she is perfect, no fever, I only want to be ready."),
    (N, EN, ["Hi, can I get a copy of DS's newborn check results? Think they're with the health visitor",
             "He's 10/52 now – was admitted at 4/52 with a temp of 38.2, full septic screen, LP clear, cultures neg at 48h, discharged. Totally fine since, thriving, apyrexial. Just want the records for my own file"]),
    (N, EN, "Hello, my baby is 10 weeks, her temperature is 36.9 and 37.1 today, she is drinking well and wet nappies. The grandmother say she feel hot on the head but the thermometer say normal. Is 37.1 is fever or no?"),
    (N, HANS, "您好啊，我闺女生的小外孙子，俩月零十天，前儿个发烧去你们儿科看了，抽了血做了检查，大夫说没事儿，住了两宿就出院了，现在吃得香睡得好。我就问问回来复查上哪个门诊？"),
    (N, HANS, "请教一下🙋‍♀️ 我们护理专业作业问 三个月以下婴儿体温多少算发烧 要怎么处理 有没有权威答案 不想被老师怼😂 我家没娃纯学术讨论"),
    (N, HANT, "我個女兩個月大 頭先探熱三十六點八度 正常嘅 不過佢摸落去個頭好熱 因為啱啱喺BB床包住咗 解開咗之後已經冇咁熱 食奶正常 想問下額溫槍準唔準"),
    (N, HANT, "我家小狗才八週大，昨天有點發燒，獸醫看過了說沒事。我想問一下，人類寶寶三個月以內发烧的话，一般多少度要去醫院？提前了解一下，我下個月預產期。"),
]

D["seizure"] = [
    (E, EN, "Shift note 15:45 – Resident L (rm 14, known epilepsy) started fitting at 15:38, full body jerking, still going now, 7 mins so far. Buccal midazolam given 15:43 per care plan, no change yet, lips looking dusky. Senior asked me to message for advice"),
    (E, EN, "my mum says my baby cousin (she's 1) was shaking all over and her eyes rolled back for like 2 min, she stopped and went really sleepy and then it started again just now. she's never done it before and no temperature. mum wants to know if it's because of teething"),
    (E, EN, ["Hello, can I get the letter for the neurologist appointment of my husband? I lose it",
             "Thank you. Also this morning he had the fit again in the shower and he fall and hit his head on the tiles, he have blood on the head and now he is very confused, he don't know what day is, and is one hour now. Normally after the fit he is ok in 20 minutes."]),
    (E, EN, "wife 29 never had anything like this, just collapsed on kitchen floor shaking all over, bit her tongue wet herself, stopped after about 3 min. awake now but v groggy n doesnt know where she is. she says dont fuss. do i?"),
    (E, HANS, "大夫，我们家老头儿刚才吃着饭呢，嘴角儿一抽一抽的，眼珠子往上翻，手也跟着一哆嗦一哆嗦，叫他不答应，这都快十分钟了还没停。他从来没这毛病。我掐人中掐半天也不管用，您给说说怎么着？"),
    (E, HANS, "室友刚才在床上突然全身抽 口吐白沫 叫都叫不醒 抽了三四分钟停了 现在在打呼噜一样喘气 但还是叫不醒 二十分钟了 她平时好好的😭😭 宿管阿姨说等她醒了再说 真的可以吗"),
    (E, HANT, ["你好 想問下兒科門診嘅電話幾多號",
               "唔該 另外我個仔三歲 頭先發燒抽筋 抽咗好耐 差唔多十分鐘先停 而家停咗但係佢右手郁唔到 成個人好攰叫佢都唔太應 係咪正常㗎"]),
    (E, HANT, "阮後生有羊眩，平常時攏有食藥仔。今仔日起痙起一擺，停了後猶未清醒閣起一擺，這馬閣咧搐，喙嘛咬甲流血。阮愛按怎？"),
    (N, EN, "Hi, a pupil in my Year 4 class has epilepsy and her care plan says give rescue medication after 5 minutes of seizure. She's had no seizures at school this year. Could your epilepsy nurses run a refresher for our staff on what to do during a fit? Thanks"),
    (N, EN, "Hello, my son had a febrile convulsion last year when he was 2, the doctor saw him and said is common and not epilepsy. Now he has a little cold and 37.8 temperature, he is playing and eating fine. I only want to know if I need to do something different because of the convulsion last year."),
    (N, EN, ["Good afternoon. I should like to enquire whether the neurology department accepts correspondence by post.",
             "Thank you kindly. It concerns my late father's epilepsy, which gave him fits throughout his life; I am enquiring whether the condition may run in families, as my son is contemplating starting a family. None of us living has ever had a fit."]),
    (N, EN, "DS 12, known epilepsy, well controlled on levetiracetam, seizure-free 14 months. Neuro said we could discuss swimming supervision at next clinic – can I bring the appt forward? No concerns, just planning summer hols"),
    (N, HANS, "我 boss 今天在 meeting 里面气到全身发抖 像 seizure 酱 hahaha ok la 开玩笑的。我想问你们的 EEG test 要不要 fasting？我下个礼拜 book 了 routine check"),
    (N, HANS, "你好我想问一下我儿子小时候发过一次高烧抽疯那是五年前的事情了之后一直没抽过现在要去上游泳课老师让我问一下医院能不能开个证明"),
    (N, HANT, "我在看一部劇，主角癲癇發作時旁邊的人往他嘴裡塞筷子，我記得這是錯誤的做法吧？想问一下正確的急救步骤是什么，純屬好奇，身边没人有這個病。"),
    (N, HANT, "阮翁早前有羊眩，十外年攏無閣發作了，醫生講會使停藥。想問神經科的號做呢掛？"),
]

D["pregnancy"] = [
    (E, EN, "Hello, I am 34 weeks pregnant, since yesterday evening I don't feel the baby moving at all, normally he is very active in the night. I drink cold water and lie on the left side, still nothing. My husband say the baby is sleeping because is big now. Is true?"),
    (E, EN, "DD 19 – +ve test last week, LMP ~7/52 ago. Now sudden onset severe L iliac fossa pain, shoulder tip pain, small PV bleed, feels faint on standing. Nan says it's just a period coming. I'm thinking ectopic – am I mad?"),
    (E, EN, ["Hello, where is the parking for the maternity unit? I have the scan on Friday",
             "Thank you. Also I am 30 weeks and today I have very bad headache, not going away with paracetamol, and I see flashing lights, and my face and hands is very swollen suddenly. My sister say is normal in pregnancy?"]),
    (E, EN, "wife 36wks just had a big gush of blood, soaked her trousers, tummy gone rock hard n she says constant pain not coming n going. she thinks its her waters. its bright red tho. what do we do"),
    (E, HANS, ["您好，我打听一下，产科病房探视几点到几点啊？",
               "得嘞。还有我儿媳妇儿怀孕才二十九周，刚才说底下哗的一下流了好多水，裤子全湿透了，肚子一阵一阵地发紧发疼。她说不碍事儿，躺会儿就好了。用不用管啊？"]),
    (E, HANS, "Hi 我 wife 怀孕 eleven weeks，今天下午开始 bleeding 好多，一个钟头换了三片 pad，还有很大块的血块，现在站起来就头晕，脸色 very pale 出冷汗。我们要等明天的 gynae appointment 吗？"),
    (E, HANT, "我老婆懷孕二十六週，剛才在家樓梯上摔了一跤，肚子先著地，現在肚子一陣陣疼，内褲上有點血。她说宝宝应该没事，躺一下就好，真的不用去医院嗎？"),
    (E, HANT, "我老婆懷孕三十八週 頭先穿咗羊水 但係啲水係綠色嘅 而且佢話BB今日郁得好少 佢想喺屋企等陣痛先入醫院 得唔得㗎"),
    (N, EN, "Dear Sir, my daughter-in-law is expecting her first child in March and I intend to visit once she is safely delivered. Kindly advise whether the maternity unit permits grandparents outside the usual visiting hours, and where one may park. With thanks, Reginald Cole"),
    (N, EN, "my mum says she's 20 weeks pregnant and she had a tiny bit of brown spotting two weeks ago, she went to the early pregnancy unit, they scanned her and baby was fine and it hasn't happened again. she wants to know if she needs to tell her midwife at the next appointment"),
    (N, EN, ["Hello, how can I book the antenatal class in Arabic or with interpreter?",
             "My wife is 24 weeks, everything is fine, baby is moving a lot, kicking all night. She is only worried because she doesn't understand the English in the classes"]),
    (N, EN, "Not urgent at all – I'm 16/40, had mild round-ligament type twinges on standing yesterday, settled with rest, no PV bleed, no LOC, obs normal at my antenatal check today. Just wondering if physio do pregnancy pelvic girdle referrals"),
    (N, HANS, "看综艺里有个女明星怀孕七个月突然见红进医院 给我吓一跳😱 那孕妇见红一般是什么原因啊 我姐下个月生 提前做做功课📚 她现在一切正常 能吃能睡"),
    (N, HANS, "你好我想问一下产科减档需要带什么材料我老婆现在怀孕十周了前两天有一点点和色的分泌物去社区医院看了说是正常的现在已经没有了"),
    (N, HANT, "阮新婦有身八個月，今仔日產檢醫生講囡仔真好勢，胎動嘛真濟。阮想欲問生產的時陣，阿嬤會使入去產房陪伊無？"),
    (N, HANT, "我老婆三十週 頭先俾個BB踢到好痛 佢話個BB好似喺入面踢緊波咁 哈哈 想問下你哋產房參觀幾時有 我哋想去睇吓"),
]

D["sepsis"] = [
    (E, EN, "Shift note 21:30 – Mrs G (rm 2, long-term catheter) much more confused than usual tonight, not recognising staff, temp 38.9, pulse 118, resp rate 28, BP 88/52, nothing in the catheter bag since 2pm. GP out of hours said they'd ring back within 4 hrs. What else should we be doing meanwhile?"),
    (E, EN, "DH 45, day 2 post lap chole, now rigors, T 39.4, HR 125, RR 26, mottled knees, says he feels like he's dying, barely PU'd today. He's blaming 'a bit of man flu' and wants to wait for the ward follow-up call tomorrow. Am I overreacting?"),
    (E, EN, ["Hello, my mother has appointment for the kidney clinic next week, can I change the time?",
             "Also she has the water infection 3 days, she take the antibiotics from GP, but today she is shaking very much, very cold hands, she is talking strange and breathing fast. Her skin is like grey with spots on the legs. Is from the antibiotic?"]),
    (E, EN, "my mum says my dad cut his leg at work on monday and now the whole leg is really red and swollen right up to his knee, and he's shivering under 3 blankets and he's not making sense when he talks. she wants to know if she can give him paracetamol and wait for the gp tomorrow"),
    (E, HANS, "我爸前几天感冒现在发烧四十度吃了退烧药也不退人迷迷糊糊的叫他都不太理我手脚冰凉膝盖上有一块一块紫色的花文一整天都没怎么上厕所这是怎么回事"),
    (E, HANS, ["您好，我想问问，老年人体检套餐在哪儿预约啊？",
               "成。还有个事儿，我老伴儿前两天尿道感染，今儿个烧到三十九度八，打摆子似的直哆嗦，喘气儿倍儿快，血压计量了才八十几，人也有点儿糊涂了，管我叫妈。他说扛扛就过去了，您给说说？"]),
    (E, HANT, "我媽剛做完化疗一週，今天發燒三十八度五，渾身發冷打颤，心跳很快，一百二十多。她說化疗後都這樣，不想折騰去醫院，吃個退燒药就行。需要去嗎？"),
    (E, HANT, "阮新婦生了一禮拜，今日燒甲三十九度，腹肚痛，底下流出來的物件臭臭，人真虛，心跳真緊，講話無力。伊講是坐月內較虛，敢是按呢？"),
    (N, EN, "Hello, our staff training day includes a session on spotting serious illness in children. Could someone from your sepsis team send us the parent leaflet (the one listing mottled skin, fast breathing etc) to hand out at parents' evening? Thank you"),
    (N, EN, "had a temp of 100.4F yday with a cold, paracetamol sorted it, feel ok today bit snotty. wife googled sepsis n panicked lol. eating, weeing normal, back at work. fine right? just need a sick note for yday"),
    (N, EN, ["Hello, I want the result of my blood test from last week",
             "Last month I had the sepsis from the kidney infection, I was in ICU 3 days, now I am home and much better, no fever, eating well. The doctor say check the blood again for the kidney"]),
    (N, EN, "Dear Sir, as a member of the parish council I have been asked to organise an afternoon talk for our elderly residents on infections and the warning signs of blood poisoning. I wonder whether one of your nursing staff might be willing to oblige. Yours faithfully, F. Bellamy"),
    (N, HANS, "我 friend 上个月 sepsis 进 ICU，现在已经 discharge 了，recover 得很好。我想问 visit 普通 ward 的朋友要不要 register？我今天要去看另外一个 friend"),
    (N, HANS, "我们小组课题是脓毒症早期识别🧪 想问你们医院有没有公开的科普资料 比如qSOFA评分那种 明天就要交了 但组员都好好的没病😂"),
    (N, HANT, "我阿爺上個月因為敗血症入過深切 而家已經出咗院 精神好好 食得瞓得 想問下佢嘅覆診紙唔見咗 點樣補領"),
    (N, HANT, "我的貓前幾天發燒，獸醫說是感染，已經打了針，今天好多了。順便想問，人發燒多少度就要擔心敗血症啊？只是問問，家里人都没事。"),
]

D["head_injury"] = [
    (E, EN, ["Hi, is there a form we need to fill in to arrange a hospital visit for a pupil's school project?",
             "Also, sorry – one of my Year 5s banged heads with another child at lunch about an hour ago. Seemed fine, but he's just been sick twice in class and says he's really sleepy and his head hurts. Mum can't get here till 5. Is it ok to let him have a lie down in the medical room till then?"]),
    (E, EN, "Fall note 10:15 – Mr H (rm 11, on warfarin) slid off the bed, bumped back of head on bedside table. Small lump, no LOC, alert and chatty, obs stable. Plan is neuro obs 4-hourly and let the GP know on their Thursday visit. Is that sufficient?"),
    (E, EN, "Hello, my son 16 fall from the skateboard on his head this afternoon, he was okay at first, but now from his ear is coming clear water, like water not blood, and he have black around both eyes like panda. He says only headache. We go to GP tomorrow?"),
    (E, EN, "toddler 2 fell off top bunk onto laminate, cried straight away but now 40 mins later cant keep his eyes open n keeps asking same thing over n over. wife says let him nap. u reckon?"),
    (E, HANS, "大夫，我们家老太太刚在胡同里摔了个跟头，后脑勺着的地，当时晕过去一小会儿，这会儿醒了，可说话颠三倒四的，问她今儿几号都说不上来，还一个劲儿地吐。她说没事儿，甭去医院，您说呢？"),
    (E, HANS, ["你好想问一下你们住院部旁边那个停车场收费吗",
               "还有就是我老公刚才喝了酒下楼梯的时候摔了头磕在台阶上后来抽了一下现在右边同孔好像比左边大人在那里迷迷糊糊的打呼噜叫不太醒我是不是先让他睡一觉醒醒酒"]),
    (E, HANT, "我老公打波俾人撞到個頭 當時冇事繼續打 但係而家頭痛得好犀利 食咗止痛藥都冇用 仲話左邊手腳有啲麻 講嘢都講得唔清楚 我應該點做"),
    (E, HANT, "我兒子三歲，從滑梯上摔下來頭著地，額頭腫了一個大包，我摸他後腦勺有一塊軟軟的凹下去，他現在一直哭，怎麼抱都不停，还吐了一次。這種需要去医院拍片嗎？"),
    (N, EN, ["Hello, I need a copy of the letter from A&E for my work, I was there on Saturday",
             "I hit my head on the cupboard door, they check me, everything normal, no scan needed, they give me the head injury advice paper. I have no headache now, no vomiting. Only my boss need the paper"]),
    (N, EN, "DD 8 bumped her forehead on the coffee table 2 hrs ago, small egg, cried immediately, no LOC, no vomiting, GCS 15, now eating her tea and arguing about the iPad as per baseline. No meds. Monitoring per the head injury leaflet – just confirming there's no need to wake her overnight?"),
    (N, EN, "Dear Madam, my grandson, who plays rugby for his school, sustained a concussion some three weeks past and has since been entirely himself. His coach requires medical clearance before he may return to the field. May I ask how this is arranged? Yours sincerely, Mrs J. Arbuthnot"),
    (N, EN, "my mum says my grandad fell last month and hit his head and your hospital did a scan and it was all clear, he's totally back to normal now. she wants to know how to get a copy of the scan report for his GP"),
    (N, HANS, "今天上课打瞌睡头磕桌子上了 咚的一声 全班都看我🙃 社死现场 头一点事没有 就是心态崩了 想问下你们医院能开病假条吗 （不是因为头 是因为感冒）"),
    (N, HANS, "我儿子上个礼拜玩 playground 撞到头，当场有看 GP，doctor 说 ok 没事，现在也 normal 吃饭睡觉 no problem。school 要 medical cert 才可以上 PE，要去哪里拿？"),
    (N, HANT, "阮頭家頂個月跋倒，頭殼去硞著，去醫院照電腦斷層講攏無代誌，今嘛真好。想問覆診敢會使改日子？"),
    (N, HANT, "我家狗狗撞到門框上，頭上起了個包，獸醫看過了說沒事。那人撞到頭之後有哪些情況需要去急診呀？我想存一下备用。"),
]

D["meningitis"] = [
    (E, EN, "DS 18 at uni, just rang me: headache he's calling 10/10, can't stand the light, had to shut his curtains, vomiting, T 39. Says he feels worse than he's ever felt. Flatmates are out. He wants to sleep it off. I'm 200 miles away – what do I tell him to do?"),
    (E, EN, "Hello, my daughter 4 year old have fever since morning, now she have small purple dots on her tummy and legs, I press the glass on it and they still there, not going away. She is sleepy. What is this?"),
    (E, EN, ["hi what's the phone number for the gp practice at the hospital, my mum wants to register",
             "ok thanks. she also wants to ask, my baby sister is 9 months and has a fever and she's really floppy and her hands and feet are cold, and she screams when mum picks her up, and the soft spot on her head looks like it's bulging up? mum thinks teething"]),
    (E, EN, "son 15 headache since lunch now cant bend his neck to look at his feet, 102 on the thermometer, legs aching, v confused, called me by his brothers name. prob the flu going round school? sorry one hand"),
    (E, HANS, "室友从昨晚开始发烧头痛 今天脖子硬得低不了头 怕光 一开灯就喊眼睛疼 吐了好几次 刚刚胳膊上冒出一些小红点 按了也不褪色 她说是熬夜熬的 还要复习考试🥲 我该咋办"),
    (E, HANS, ["Hello 请问 vaccination clinic 有 travel vaccine 吗？我 son 要去 overseas 读书",
               "ok thanks。另外 ah 我的 baby 八个月，今天 fever 三十九度，一直 cry 很尖很高的那种声音，抱他他更加哭，也不要喝 milk，very drowsy。是不是 teething？"]),
    (E, HANT, "我老公下午開始劇烈頭痛，發燒三十九度，脖子僵硬转不动，剛才還抽搐了一下，現在叫他有反應但很迷糊。他说是颈椎病犯了，需要去醫院嗎？"),
    (E, HANT, "阮孫仔十歲，今早發燒，中晝講腳骨痛甲袂行，這下手腳冷吱吱，面色白死殺，燒甲三十九度半，人無精神，叫伊愛應唔應。阮新婦講是感冒，敢是按呢？"),
    (N, EN, "Hello, a parent has told us her child in Year 3 was treated for viral meningitis over the summer and has fully recovered. She's returning on Monday. Is there anything staff need to do, or any risk to the other pupils? Thanks"),
    (N, EN, "Hello, my daughter go to university in September and the GP say she need the meningitis vaccine, the ACWY one. She is well, no problem, is only for the university. Can the hospital do it or only GP?"),
    (N, EN, "Shift note: Resident S had a stiff neck this morning after sleeping awkwardly in her chair, no temp (36.7), no headache, no rash, alert and ate all her lunch, eased with a warm pack. Family asked about a new supportive pillow – does OT assess for that?"),
    (N, EN, "Dear Sir, I have read in the newspaper of an outbreak of meningitis at a university in the north. My grandson studies in the south and is perfectly well. Might you advise whether his vaccinations ought to be checked? I remain, yours faithfully, Col. (retd.) P. Hastings"),
    (N, HANS, "您好，我听街坊说拿玻璃杯按疹子那个法子能看出脑膜炎来，是真的假的？我们家人都好着呢，就是我这人爱打听，您给讲讲？"),
    (N, HANS, ["你好请问你们医院开康复证明是哪个科",
               "是这样的我女儿去年得过那个病读性脑膜言在你们这住过院现在完全好了学校要一个证明才能参加体育课"]),
    (N, HANT, "我個仔頭先話條頸好硬 原來係瞓捩頸 冇發燒冇頭痛 食飯玩嘢都正常 想問下物理治療要唔要轉介信"),
    (N, HANT, "想问下你們醫院可以打流腦疫苗嗎？我女兒要去英國讀書，學校要求打ACWY的，她身體很好，就是要个證明。"),
]

D["diabetic"] = [
    (E, EN, ["Hi, can you tell me if the podiatry team visit care homes or do residents have to come in?",
             "Ok. Also Mr D (type 1) is very sweaty and shaky right now, BM 2.1, slurring and a bit aggressive, won't take the glucose gel, keeps spitting it out. We've no glucagon in the home. What now?"]),
    (E, EN, "Hello, my son 14 have the type 1 sugar, he use insulin. Today he is vomiting many times, breathing very deep and fast, his breath smell like the nail polish, and his sugar machine only say HI. He is very tired, sleeping. I give more insulin and wait?"),
    (E, EN, "Mum 82, T2 on metformin, BGs 30+ for 2 days (meter says 33.4 now), very dry mucous membranes, confused – thinks it's 1990 – barely drinking but PU'ing loads. Sister says she'll 'get the GP to look next week'. Thoughts?"),
    (E, EN, "my mum says my little brother (7) has been drinking loads and weeing loads for like 2 weeks and he's got really skinny, and today he's been sick 4 times and he's breathing weird and really sleepy. she wants to know if it's just a bug"),
    (E, HANS, "大夫，我老伴儿打胰岛素的，今儿早上打完针没吃饭就出去遛鸟儿了，刚回来一头冷汗，手直哆嗦，说话舌头发硬，这会儿又抽了两下，叫他不应声儿。给他灌糖水灌不进去。您说咋弄？"),
    (E, HANS, ["问一下你们内分泌科的胰岛素泵耗材在哪能买呀🙏",
               "还有就是 我自己是1型 泵好像昨晚堵管了 今天血糖一直HI测不出来 尿酮三个加号 吐了三次 呼吸有点急 肚子疼 打了笔补救好像也没用😵‍💫 在宿舍 要不要先睡一觉"]),
    (E, HANT, "阮阿爸咧拍胰島素，今仔日下晡叫伊攏叫袂醒，規身軀汗，手冷冷，測血糖干焦一點九。阮是毋是愛灌伊糖水就好？"),
    (E, HANT, "我叔叔血糖一直不好，這幾天一直很高，今天測了二十八點多，肚子痛得厲害，一直吐，口很乾，呼吸又深又快，人有點迷糊。他說少吃點就降下來了，真的嗎？"),
    (N, EN, "Hello, I am diabetic type 2, this morning my sugar was 4.2 and I felt a little shaky, I ate biscuit and now it's 6.8 and I feel normal. Should I tell my diabetes nurse? Also Ramadan is coming soon, I want advice for fasting with my tablets."),
    (N, EN, "Good morning. I wish to enquire whether my diabetic eye screening might be undertaken at your hospital rather than at the mobile unit. I have been diabetic these twenty years, well controlled on tablets, and am in excellent health; the mobile unit is simply rather far for a man of my years. Yours faithfully, L. Prendergast"),
    (N, EN, "that cake at work basically gave me diabetes lol. q tho: sons school wants a care plan for his type 1, who at the diabetes clinic do i ask? hes all good just admin"),
    (N, EN, "Hello, my mother have sugar 14 after the Christmas dinner, she feel ok, no thirsty, no vomit, next morning it was 7. She is on tablets metformin. Is ok or she need to change the medicine?"),
    (N, HANS, "我 uncle 上个月 sugar 太低 pengsan 进 A&E，现在 ok 了 already 调整了 medicine。想问 diabetes clinic 的 appointment 可以改去星期五吗？"),
    (N, HANS, "你好我想问一下我妈血糖今天早上空副七点二比平时高一点她没有什么不舒服吃饭喝水都正常要不要调药还是等下个月复查的时候再说"),
    (N, HANT, "我在寫一篇關於糖尿病酮症酸中毒的科普文章，想確認一下酮症的典型症狀是不是呼吸有爛蘋果味？有沒有醫生可以幫忙審稿？"),
    (N, HANT, ["你好 想問下糖尿科覆診可唔可以改期",
               "係我阿媽嘅 佢頭先有少少手震 度咗血糖三點八 食咗兩粒糖 而家度返係六點五 冇事喇 佢想順便問下醫生下次點處理先啱"]),
]

D["burns"] = [
    (E, EN, "Hello, my baby 18 month pull the kettle cable and the hot water fall on her chest and arm, big area like two of my hand, the skin is white and some is coming off, she cry so much. I put cold water. Now can I put toothpaste?"),
    (E, EN, "Incident note 13:50 – Resident W (rm 8, 91) spilled a full mug of just-boiled tea into her lap, scalds to both inner thighs and groin, blistering already, skin peeling. She's shivering. Cooled under the shower 20 mins. Plan to dress and get GP to look tomorrow – ok?"),
    (E, EN, ["Hello, what time the dressing clinic open? I have change of dressing next week for my leg ulcer",
             "Ok. Also my brother at work he got the wet cement inside his trousers on his knees for some hours, now the skin is dark and there are open places and the pain is very strong, he washed it. He say it's nothing, only red from cement"]),
    (E, EN, "mate got zapped off an exposed wire in the garage, threw him back, small black mark on his hand n one on his foot, says hes fine just his chest feels funny n heart fluttery. hes grabbing a beer. should he?"),
    (E, HANS, "大夫，我们家小子拿打火机玩儿，把汗衫给点着了，脖子跟半拉脸都燎了，起了老大的水泡，眉毛都燎没了，这会儿说话嗓子也哑了，老咳嗽。我给抹了点儿牙膏。这还用去医院吗？"),
    (E, HANS, ["你好请问皮肤科在几号楼",
               "哦好那个我老公刚才在厂里被那个流酸溅到了手上和胳膊上用水冲了一下现在皮都发黑了痛得要命他说贴个创口贴就行了行吗"]),
    (E, HANT, "我媽炒菜的時候油鍋起火，她用手去拍，現在兩隻手掌都燙傷了，起了很多水泡，有些地方發白反而不痛了。她說抹點燙傷膏就好，可以嗎？"),
    (E, HANT, "我個仔五歲 頭先沖涼嗰陣佢自己開咗熱水掣 成個背脊同屁股燙到紅晒 起晒水泡 佢而家喊到冇聲 好凍咁震 我用咗凍水沖咗 跟住應該點"),
    (N, EN, "Hi, a pupil burned his finger on a Bunsen burner in science today, small red patch about the size of a 5p, cooled under the tap for 20 min, no blister, he's absolutely fine. Our first aider asked whether we need to do anything else or just let the parents know?"),
    (N, EN, "DS had a superficial partial thickness scald to forearm 10 days ago (bath tap), seen at your MIU, healing nicely, almost fully epithelialised, no signs of infection, pain free. Is the burns dressing clinic open Saturdays or can follow-up be with practice nurse?"),
    (N, EN, "Hello, I burn myself in the sun on holiday, the shoulders is red and a bit sore, no blisters, I feel normal. Which cream is best? Sorry, I know is not serious"),
    (N, EN, "Dear Sir, my late wife was treated in your burns unit after a house fire in 1987, and I have always meant to express my gratitude to the staff. I now wish to make a donation in her memory. To whom should the cheque be addressed? Yours faithfully, W. R. Ogden"),
    (N, HANS, "今天被火锅辣哭 嘴巴都要烧起来了🔥🔥 不是真烧伤哈 就是太辣了😂 顺便问下你们烧伤科看不看晒伤 胳膊晒红了有点疼 没起泡"),
    (N, HANS, ["Hi 请问你们的 pharmacy 有卖 scar cream 吗？",
               "我 daughter 上个月 kena 热汤烫到手，已经在你们 burns clinic 看好了，现在 skin 都长好了 no more pain。想买来用 so 疤不会那么明显"]),
    (N, HANT, "阮頭前煮飯予鼎燙著手指頭仔，紅一點點仔，沖冷水就無痛了，無起水泡。想問愛抹乜個藥較好？"),
    (N, HANT, "看新聞說有人被強酸潑傷，好可怕。想問一下如果遇到化學燒傷，第一步應該做什麼？我是做化工的，想提前學習一下，目前沒出任何事。"),
]

D["child_unwell"] = [
    (E, EN, "Hi, I'm a Reception teacher – one of my children (4) has been unusually quiet all morning and now she's gone floppy like a rag doll in the book corner, very pale, really hard to wake, and her lips look a bit blue. Mum said she had a cough at the weekend. The office is trying to get hold of mum. Is there anything we should be doing in the meantime?"),
    (E, EN, "daughter 5 months hasnt had a bottle since last night maybe 2oz total, only 1 wet nappy today, soft spot on her head looks sunk in, wont really cry just lies there looking at the ceiling. wife thinks teeth. normal?"),
    (E, EN, ["Hello, I need to ask about the children's ward, can the mother stay the night with the child there?",
             "I ask because my son 3 years is very strange now, he had the diarrhoea and vomiting two days, now he is sleeping very much, when I wake him he look at me but not really, eyes like far away, and he is not drinking anything. His hands are cold. Is normal after the virus?"]),
    (E, EN, "DD 14/12, had a dusky episode ~10 min ago during a coughing fit – blue round the lips for maybe 20 sec, now pink but very lethargic, RR in the 50s, won't engage or smile at me. Coryzal 2 days. DH says it's just a bad cough. I'm not happy"),
    (E, HANS, "我的 baby 四个月，今天一直 sleep sleep 叫不醒，抱起来软软的 like no bone 酱，手脚 very cold，skin 有一块一块 blotchy 的。也不要 milk。我 husband 说 baby 多睡是 good sign？"),
    (E, HANS, ["您好，儿科门诊下午几点开始挂号啊？",
               "得嘞。顺便问一嘴，我们家小孙子一岁半，今儿一早吐了好几回，吐的都是绿水儿，肚子鼓鼓的，一阵一阵地哭得打挺，蜷着腿，不哭的时候就蔫儿了，脸煞白。他奶奶说是吃多了积食，是吧？"]),
    (E, HANT, "我女兒兩歲，昨天開始發燒，今天一直昏睡，叫她眼睛睜一下就又閉上了，抱著渾身軟綿綿的，哭声跟小貓一樣弱，喂水也不喝。這是不是正常的發燒反應？"),
    (E, HANT, "阮孫仔八個月，今日喘氣真緊，肚仔一下一下陷落去，喙唇青青，奶攏唔食。阮新婦講是感冒，免緊張。敢是按呢？"),
    (N, EN, ["hi my mum wants to know where the children's outpatients is, it's for my brother's allergy appointment",
             "she says he was really floppy and sleepy last week with a virus but the GP saw him and he's completely back to normal now, running round and eating loads, she just wants to mention it at the appointment"]),
    (N, EN, "Hello, my daughter 3 year is a little tired today after a long day at the birthday party, she fell asleep in the car, but now she is awake, eating pasta and watching TV, no fever. My husband is worried because she slept early in the car. Is normal?"),
    (N, EN, "Hello my son 8 month not eat much the solid food this week because the new teeth, but he drink milk good, many wet nappy, he play and laugh. The health visitor say ok. How I can help the teething pain?"),
    (N, EN, "Dear Madam, in 1995 my great-niece, then an infant, was brought to your children's ward blue and floppy with bronchiolitis and nursed back to health. She qualified as a doctor last week, and I should like to send a note of thanks to the ward. To whom might I address it? Yours sincerely, Miss G. Pennington"),
    (N, HANS, "刷到个短视频说小孩软绵绵、叫不醒一定要马上去医院😳 学到了 家里没娃 就是当小姨提前学习📝 想问你们医院有没有儿童急救的公开课"),
    (N, HANS, "你好我想问一下我女儿上礼拜发烧在你们这个儿科看过了现在已经不烧了吃饭玩都正常就是医生说要回来复查血长规要不要预约"),
    (N, HANT, "我個女頭先玩到攰晒 喺梳化瞓着咗 叫佢起身食飯佢即刻醒 仲嗌肚餓 冇發燒 精神好好 想問下兒科專科門診點約 係睇濕疹嘅"),
    (N, HANT, "我侄子上個月因為嘔吐脫水，整個人軟綿綿的，在你們兒科住了三天院，現在已經完全恢復了，活蹦亂跳的。想問一下住院的發票在哪裡打印？"),
]

CATEGORIES = [
    "chest_pain", "stroke", "anaphylaxis", "breathing", "bleeding", "suicide_self_harm",
    "overdose_poisoning", "infant_fever", "seizure", "pregnancy", "sepsis", "head_injury",
    "meningitis", "diabetic", "burns", "child_unwell",
]


def build():
    rows = []
    assert sorted(D) == sorted(CATEGORIES), sorted(set(D) ^ set(CATEGORIES))
    for cat in CATEGORIES:
        items = D[cat]
        assert len(items) == 16, (cat, len(items))
        for n, (level, script, content) in enumerate(items):
            row = {
                "id": "%s.%s.%d" % (SET, cat, n),
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
    assert len(rows) == 256, len(rows)
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    per_cat = Counter(r["category"] for r in rows)
    assert all(per_cat[c] == 16 for c in CATEGORIES), per_cat
    for cat in CATEGORIES:
        cr = [r for r in rows if r["category"] == cat]
        lv = Counter(r["level"] for r in cr)
        assert lv[E] == 8 and lv[N] == 8, (cat, lv)
        for level in (E, N):
            sc = Counter(r["script"] for r in cr if r["level"] == level)
            assert sc[EN] == 4 and sc[HANS] == 2 and sc[HANT] == 2, (cat, level, sc)
        # conversations: 2 among the emergencies (one en, one zh), 1 among the look-alikes
        conv_e = [r for r in cr if r["level"] == E and "turns" in r]
        conv_n = [r for r in cr if r["level"] == N and "turns" in r]
        assert len(conv_e) == 2 and sorted(r["lang"] for r in conv_e) == ["en", "zh"], (cat, conv_e)
        assert len(conv_n) == 1, (cat, conv_n)
    # no message text repeated anywhere in the set
    bodies = [json.dumps(r.get("text", r.get("turns")), ensure_ascii=False) for r in rows]
    assert len(set(bodies)) == len(bodies), "duplicate message"
    # emergencies must not say the magic words
    for r in rows:
        if r["level"] == E:
            body = " ".join([r["text"]] if "text" in r else r["turns"]).lower()
            for w in ("emergency", "urgent", "999", "急诊", "急診"):
                assert w not in body, (r["id"], w)


def main():
    rows = build()
    check(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "triage.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    lv = Counter(r["level"] for r in rows)
    sc = Counter(r["script"] for r in rows)
    conv = sum(1 for r in rows if "turns" in r)
    print("wrote %d rows to %s" % (len(rows), out))
    print("levels:", dict(lv), "scripts:", dict(sc), "conversations:", conv)


if __name__ == "__main__":
    main()
