#!/usr/bin/env python3
"""Hand-written emergency-sign messages, set signs31b (brief SW31, assignment SW31b).

Every row below was typed by hand. The script is only a container for the literal
list plus checks; it writes triage.jsonl next to itself.
Row tuple: (category, sign_index, script, level, text); level E = emergency, N = none.
"""
import hashlib
import json
import os
import re

SET = "signs31b"

SIGNS = {
    "chest_pain": [
        "crushing or pressing pain in the centre of the chest",
        "chest pain spreading to the arm, jaw, neck or back",
        "chest pain with cold sweat and feeling or being sick",
        "chest pain with shortness of breath",
        "chest pain lasting more than 15 minutes and not easing with rest",
        "angina pain not relieved by GTN spray or tablets",
        "sudden tearing chest pain going through to the back",
        "chest pain with fainting or collapse",
        "chest pain with grey clammy skin or a sense of doom",
        "sudden sharp chest pain and breathlessness with a swollen leg",
    ],
    "stroke": [
        "face drooping on one side",
        "sudden weakness of an arm or leg on one side",
        "slurred speech",
        "cannot find words or understand what is said",
        "sudden numbness on one side of the body",
        "sudden loss of vision or double vision",
        "sudden dizziness, loss of balance or falling",
        "sudden very severe headache unlike any before",
        "sudden confusion",
        "stroke signs that came and went (mini-stroke)",
    ],
    "anaphylaxis": [
        "swelling of the tongue or throat after a trigger",
        "wheezing or struggling to breathe after a trigger",
        "hoarse voice or trouble swallowing after a trigger",
        "feeling faint, dizzy or collapsing after a trigger",
        "pale, floppy or unresponsive child after a trigger",
        "sudden confusion after a trigger",
        "racing heartbeat with widespread hives after a trigger",
        "persistent cough or noisy breathing after a trigger",
        "symptoms after using an adrenaline auto-injector",
        "vomiting and severe stomach pain with rash after a sting or food",
    ],
    "breathing": [
        "too breathless to speak in full sentences",
        "lips or skin turning blue or grey",
        "choking and unable to cough or breathe",
        "child grunting or sucking in under the ribs to breathe",
        "child limp or not responding with breathing trouble",
        "sudden confusion with breathlessness",
        "asthma attack not helped by the reliever inhaler",
        "pauses or stops in breathing",
        "sudden severe breathlessness at rest",
        "high-pitched noisy breathing in at rest",
    ],
}

E, N = "E", "N"
S, T, EN = "zh-Hans", "zh-Hant", "en"

ROWS = [
    # ------------------------------------------------------------------ chest_pain
    ("chest_pain", 0, EN, E, "sorry to bother you, probably nothing, but it feels like someone is sitting on my breastbone and it hasn't let up for 20 min. is that normal at 58?"),
    ("chest_pain", 0, EN, E, "My husband (64) was shovelling snow and came in grey and quiet. He says there's a heavy weight right in the middle of his chest, like a belt being cinched tighter and tighter, and he keeps rubbing it with his fist. He doesn't want a fuss and says it's indigestion from lunch. It's been half an hour."),
    ("chest_pain", 0, S, E, "不好意思打扰一下，我胸口正中间像被大石头压着一样，闷得很，已经快半小时了，应该没事吧？我才52岁。"),
    ("chest_pain", 0, T, E, "唔好意思，我心口中間好似俾塊大石壓住咁，谷住谷住，坐低休息咗都冇好返，係咪正常㗎？"),
    ("chest_pain", 0, EN, N, "Had a squeezing feeling in the middle of my chest last spring, they did all the tests and it turned out to be reflux. Do I still need to bring the old ECG printout to my gastro appointment on Thursday?"),
    ("chest_pain", 0, S, N, "请问心内科门诊几点开始挂号？我上个月胸口压着痛已经做过检查了，这次只是复诊拿报告。"),

    ("chest_pain", 1, EN, E, "is it normal for toothache to come with a tight chest? my jaw and left arm are aching and the middle of my chest feels tight since i sat down 20 mins ago. sorry, feel silly asking"),
    ("chest_pain", 1, EN, E, "Dad, 71, says the ache in the middle of his ribcage is now running up into his teeth and down to his left elbow and wrist. He's gone quiet and keeps leaning forward in the chair. He took two antacids an hour ago, nothing changed. He says wait till the GP opens Monday. Should we?"),
    ("chest_pain", 1, S, E, "我胸口闷痛，现在痛到左边胳膊和下巴了，有点发麻，是不是睡姿不对？应该没事吧"),
    ("chest_pain", 1, T, E, "不好意思，我胸口悶悶痛痛的，現在連左手臂跟下巴都一起痠痛，已經二十分鐘了，這樣需要去急診嗎？還是先觀察？"),
    ("chest_pain", 1, EN, N, "First week of pilates and my arm and neck are stiff - the instructor had us doing planks and some neck rolls I'd never tried. No chest symptoms at all, just sore muscles that ache when I reach up to the cupboard. Is ibuprofen gel ok to use with my blood pressure tablets, or should I ask the pharmacist?"),
    ("chest_pain", 1, T, N, "阿媽上年心口痛痛到膊頭，通咗波仔之後已經冇事，想問下佢下個月覆診要唔要空肚？"),

    ("chest_pain", 2, EN, E, "probably just something i ate but my chest is really tight and i'm drenched in a cold sweat, just threw up twice. 47, male. should i just sleep it off??"),
    ("chest_pain", 2, EN, E, "Sorry to message so late. My mum is 69 and says behind her breastbone feels heavy and squeezed, she's wet through and clammy even though the room is cold, and she's been retching over a bowl for the last 15 minutes. She keeps saying it's the fish. Is that a food thing?"),
    ("chest_pain", 2, S, E, "这么晚发消息真不好意思。我老公今晚吃完饭说胸口特别难受，像被人攥着，然后一身冷汗，衬衫都湿透了，刚才还吐了一次。他说是吃坏肚子了，让我别大惊小怪，明天再去社区医院看看，这样可以吗？"),
    ("chest_pain", 2, T, E, "我心口好翳，出晒冷汗，仲想嘔，係咪食錯嘢啫？應該冇事㗎嘛？"),
    ("chest_pain", 2, EN, N, "I get nauseous and sweaty on the ferry every single time, no chest issues, just plain seasick. Can the pharmacy here give me anything to take before my trip on Saturday?"),
    ("chest_pain", 2, S, N, "请问健康讲座里说的‘胸痛加出冷汗要马上打120’，是指多大年纪的人？我想给我爸妈打印一份贴在冰箱上。"),

    ("chest_pain", 3, EN, E, "hi, is it normal to get a stabbing chest and not be able to catch my breath just sitting on the sofa? started 10 min ago. don't want to waste anyone's time"),
    ("chest_pain", 3, EN, E, "My flatmate is 26 and fit, he came back from the gym and is sitting on the floor hugging his ribs, can't get more than a couple of words out between gasps and says it hurts right in the middle when he breathes. He says give it five minutes. I'm not sure."),
    ("chest_pain", 3, S, E, "我胸口疼，喘不上气，躺下更难受，是不是太累了？休息一下应该没事吧"),
    ("chest_pain", 3, T, E, "抱歉打擾，我是自己一個人住的，剛剛洗澡洗到一半突然胸口很痛，吸不到氣，講話要講一半停下來喘，現在坐在浴室地板上用手機打字。我是不是有點太緊張了？要不要等明天早上再掛號？"),
    ("chest_pain", 3, EN, N, "I'm booked for a spirometry test next Tuesday about my long-standing breathlessness on hills. Should I stop my inhaler the night before? No chest pain, just checking the leaflet."),
    ("chest_pain", 3, T, N, "我爸幾年前也曾經胸口痛又喘不過氣，後來裝了支架，現在爬山都沒問題。想問一下探病時間是幾點到幾點？我想去看他隔壁床的朋友。"),

    ("chest_pain", 4, EN, E, "been sitting still for about 25 mins now and the ache in my chest hasn't budged at all, if anything worse. i'm 60. is it ok to wait for my daughter to get home from work?"),
    ("chest_pain", 4, EN, E, "Apologies if this is the wrong place. I started getting that tight band feeling round the front of my ribcage while carrying the shopping upstairs, so I sat down like the leaflet says. It's now been over half an hour in the armchair and it's exactly the same, no better. Probably my age, I'm 77. Do I ring the surgery in the morning?"),
    ("chest_pain", 4, S, E, "胸口一直闷痛，坐着歇了二十多分钟一点都没缓过来，要不要再等等看？"),
    ("chest_pain", 4, T, E, "唔好意思，我心口痛咗成粒鐘，坐低唞咗好耐都唔見好，係咪正常㗎？我驚阻住你哋。"),
    ("chest_pain", 4, EN, N, "What does 'chest pain lasting more than 15 minutes' in the heart leaflet mean if my pain is just a stitch when I run? Mine goes in a minute once I stop."),
    ("chest_pain", 4, S, N, "你好，我是做心脏康复的病人，现在每周三来医院做运动训练。护士说如果锻炼时胸口不舒服，停下来休息几分钟就会好，我一直都是这样，今天也完全没事。想问下周三下午的课改到几点了？"),

    ("chest_pain", 5, EN, E, "sorry, i've used my spray twice under the tongue 5 mins apart and the angina's still there. feels same as usual just not going. should i try a third one and go to bed?"),
    ("chest_pain", 5, EN, E, "Granddad has his little red pump for his heart. He's had two squirts under his tongue, fifteen minutes ago now, and he's still clutching the front of his cardigan and says it's as bad as when it started. He doesn't want an ambulance because he hates the fuss. What should we do?"),
    ("chest_pain", 5, S, E, "我有冠心病，刚才心口痛，舌头底下含了两片急救的小药片都没用，还是一样痛，要不要再含一片再说？"),
    ("chest_pain", 5, T, E, "我爸有心絞痛，剛剛不舒服噴了兩次舌下噴劑，過了十分鐘還是胸口痛得一樣，他說再忍一下就好，這樣可以嗎？"),
    ("chest_pain", 5, EN, N, "Quick admin one: my GTN spray expires next month. Can I get a repeat through the app or do I need to see the GP? Haven't needed it since October."),
    ("chest_pain", 5, T, N, "請問舌下噴劑開封之後可以放多久？我家人把它放在冰箱，不知道這樣對不對。他很久沒用過了。"),

    ("chest_pain", 6, EN, E, "is it normal to get a ripping feeling in my chest that goes straight through to between my shoulder blades?? came on all at once when i stood up. i'm 66 with high bp. sorry"),
    ("chest_pain", 6, EN, E, "This is going to sound dramatic. About ten minutes ago, out of nowhere, it felt like something split open inside me, right behind the breastbone and out the other side between my shoulder blades. Worst thing I've ever felt. I've got Marfan's, if that matters. Probably a pulled muscle though?"),
    ("chest_pain", 6, S, E, "突然胸口像被撕开一样，一直痛到后背，我有高血压，是不是肌肉拉伤？"),
    ("chest_pain", 6, T, E, "唔好意思阻你，我老公今年六十八歲，頭先喺度睇電視，突然話心口好似俾人撕開咁，痛到穿過去背脊，佢而家面都白晒，但佢話可能扭親條筋，叫我唔使理。係咪我諗多咗？"),
    ("chest_pain", 6, EN, N, "Reading about aortic dissection after my uncle's surgery years ago. Is it inherited? I'm 40, no symptoms, just wondering if I should ask for a scan at my next check-up."),
    ("chest_pain", 6, S, N, "我背部肌肉拉伤了，弯腰会有点撕扯的感觉，胸口完全不痛，贴膏药可以吗？"),

    ("chest_pain", 7, EN, E, "my chest was hurting and then i blacked out on the kitchen floor, only for a few secs. feel ok-ish now but chest still sore. prob low sugar? 55"),
    ("chest_pain", 7, EN, E, "Sorry, not sure who to ask. My neighbour Arthur knocked on my door holding his front and then just crumpled in the hallway. He's come round, he's sat against the wall, very pale, and says the pressure behind his ribs is still there. He's asking me not to make a fuss."),
    ("chest_pain", 7, S, E, "我妈刚才说心口痛，然后人一下子就倒在沙发边上了，叫了几声才醒，现在说胸口还闷，这样要紧吗？"),
    ("chest_pain", 7, T, E, "不好意思，我剛剛胸口很痛，然後眼前一黑整個人就昏倒在廁所，醒來胸口還在痛，這樣正常嗎？"),
    ("chest_pain", 7, EN, N, "I fainted at a blood test when I was 19 - no chest pain or anything, I just don't do well with needles and went down like a sack of spuds. I have another blood test on Friday morning for my thyroid. Can I ask to lie down for it, and is it ok to eat breakfast beforehand?"),
    ("chest_pain", 7, T, N, "我去年跑馬拉松的時候昏倒過，醫生檢查說是脫水，心臟沒問題。想問如果今年再報名，需要先做運動心電圖嗎？"),

    ("chest_pain", 8, EN, E, "weird q sorry. my chest hurts and i have this overwhelming feeling something terrible is about to happen, like i'm going to die. my wife says i've gone grey. am i just having a panic attack?"),
    ("chest_pain", 8, EN, E, "He's 70, been sat on the edge of the bed for twenty minutes with a fist on his breastbone. His face has gone the colour of ash and his skin is damp and cold to touch. He keeps telling me to ring our son because 'this is it'. He's always been a bit theatrical, mind."),
    ("chest_pain", 8, S, E, "问个可能很傻的问题，我爸今年68，半小时前开始说胸口痛，现在脸色灰灰的，摸上去又湿又凉，他一直拉着我的手说感觉自己要不行了。他平时就比较悲观，会不会只是心情不好？"),
    ("chest_pain", 8, T, E, "我心口好痛，成個人濕笠笠凍冰冰，好似就快死咁，係咪我太緊張？"),
    ("chest_pain", 8, EN, N, "According to my therapist the 'sense of doom' I get before exams is anxiety, no chest symptoms. Are there any relaxation classes run by the hospital?"),
    ("chest_pain", 8, S, N, "体检报告上说我脸色偏白是贫血，胸口没有不舒服，想问营养科周几有门诊？"),

    ("chest_pain", 9, EN, E, "hi, flew back from Australia on Sunday and my left calf has been puffy and sore. just now got a sharp stab in my chest when i breathe in and I'm really out of puff. is this jet lag?"),
    ("chest_pain", 9, EN, E, "Bit embarrassed asking. I'm 8 weeks post-op from my knee and the whole lower leg has been fat and tight for a couple of days. Twenty minutes ago I got a knife-like catch on the right side every time I inhale and I'm puffing just sitting here. Surely it's just from lying around?"),
    ("chest_pain", 9, S, E, "我生完孩子三周，左腿肿得发亮，刚才突然胸口一阵刺痛，喘不过气来，应该是太累了吧？"),
    ("chest_pain", 9, T, E, "請問一下，我右小腿這兩天腫腫的，剛剛突然胸口刺痛、吸氣就痛，而且很喘，是不是感冒？"),
    ("chest_pain", 9, EN, N, "Both ankles swell a bit by the evening in hot weather, no pain, no breathing issues, they go down overnight. Should I get compression socks before my flight?"),
    ("chest_pain", 9, T, N, "我阿嫲兩年前試過腳腫又氣促，驗到係血栓，食咗半年薄血藥已經好返晒。而家佢想去日本旅行，坐飛機前要唔要再睇醫生？同埋佢嘅藥單喺邊度可以拎到副本？"),

    # ------------------------------------------------------------------ stroke
    ("stroke", 0, EN, E, "sorry to bother you. my mouth has dropped on the left all of a sudden, can't whistle and my tea dribbled out. could it be bell's palsy? it's been about 40 min"),
    ("stroke", 0, EN, E, "Quick q, probably nothing. Nan's smile looks lopsided since after lunch - the right corner of her lips just hangs and her cheek on that side looks like it's melted. She's 82 and says she feels fine and wants her nap. Should I let her sleep it off?"),
    ("stroke", 0, S, E, "我爸刚才吃饭突然嘴巴歪了，一边嘴角往下掉，饭从嘴里漏出来，是不是牙疼？"),
    ("stroke", 0, T, E, "我照鏡見到半邊面好似跌咗落嚟，笑都笑唔起，應該冇事嘅？唔好意思問埋呢啲。"),
    ("stroke", 0, EN, N, "Had Bell's palsy three years ago and my face recovered fully after a couple of months, you'd never know now. I've been offered Botox for my migraines at the neurology clinic - does the old palsy make any difference to that? No drooping or anything new, just want to be sure before the appointment on the 14th."),
    ("stroke", 0, S, N, "请问中风急救的FAST口诀里那个F是指什么？社区让我们给老人做宣传海报。"),

    ("stroke", 1, EN, E, "is it normal that my right arm just went floppy 20 min ago? can't lift the kettle with it. prob slept on it funny. 59"),
    ("stroke", 1, EN, E, "Hi, my husband is 74. He was putting his shoes on and his left half just stopped listening to him - he can't grip the shoehorn with that hand and the foot on that side is dragging when he walks. He's laughing it off saying he's getting old. Is this something for the doctor tomorrow?"),
    ("stroke", 1, S, E, "不好意思，我左手左脚突然没劲了，拿杯子拿不住，走路拖着腿，是不是缺钙？"),
    ("stroke", 1, T, E, "抱歉這麼晚問，我媽媽七十多歲，剛剛晚餐吃到一半，右手的筷子突然掉了，撿了好幾次都拿不起來，右腳也站不太穩，要扶著牆走。她說是累了，想先去睡覺，明天再去看診可以嗎？"),
    ("stroke", 1, EN, N, "Since my rotator cuff op in March the arm's been weak, improving slowly with physio. Is the physio clinic open on bank holidays?"),
    ("stroke", 1, T, N, "我左手舉高一點就會痛，復健師說是五十肩，想問下次回診可以改時間嗎？"),

    ("stroke", 2, EN, E, "in the middle of a team call and my words are coming out all mushy, like i'm drunk but i havent had a drop. my manager asked if i was ok and i couldn't get 'fine' out properly. started 15 min ago. prob just tired from the early shift? sorry, will log off and nap"),
    ("stroke", 2, EN, E, "my dad's voice on the phone just now was really wrong - thick and mumbly, like his tongue's too big for his mouth, and he was struggling to get 'Saturday' out. he lives alone, 79, and he told me not to fuss and hung up. should i ring him back in an hour?"),
    ("stroke", 2, S, E, "可能是我想多了。我老公刚才打电话回来，说话大舌头，含含糊糊的，像喝醉了一样，可他今天一滴酒都没喝。他说自己没事，在公司坐一会就好，让我别打120浪费资源，真的没事吗？"),
    ("stroke", 2, T, E, "我阿爺講嘢突然口齒唔清，好似含住嚿嘢咁，係咪假牙鬆咗？"),
    ("stroke", 2, EN, N, "Still talking a bit slurred since the dentist's anaesthetic, lip still numb from the filling an hour ago. How long should it take to wear off completely?"),
    ("stroke", 2, S, N, "我爷爷五年前中风后说话一直有点含糊，没有新变化，想问言语康复科怎么预约？"),

    ("stroke", 3, EN, E, "Sorry if this is daft. I'm 48 and for the last half hour I can't get the right words out - I meant to say 'fridge' and said 'envelope'. Reading my emails makes no sense either. Is it stress?"),
    ("stroke", 3, EN, E, "Mum rang and I can't make head or tail of her. She's using real words but in a jumble, like 'the blue is walking in the window', and when I ask her simple things she just says 'yes yes' like she doesn't follow. Started after her bath maybe an hour ago. She sounds calm though, so maybe it's fine?"),
    ("stroke", 3, S, E, "我妈突然说话颠三倒四的，想说的词说不出来，我问她什么她也听不懂，这是老年痴呆吗？一个小时前还好好的，还在厨房跟我商量周末去看外孙，现在拿着遥控器叫它“杯子”。"),
    ("stroke", 3, T, E, "不好意思，我先生剛剛突然講不出想講的字，一直指著杯子說『那個那個』，問他話也好像聽不懂，是不是太累？"),
    ("stroke", 3, EN, N, "I'm always forgetting names when I'm tired, like everyone. Is there a memory clinic self-referral or do I need the GP?"),
    ("stroke", 3, T, N, "我家人之前中風後有失語症，現在已經可以講話了，想問語言治療的課程還有幾堂？"),

    ("stroke", 4, EN, E, "is it normal for half my body to go dead all at once? left side of my face, arm and leg all feel like they're not mine. started maybe 10 min ago. should i wait for it to wear off"),
    ("stroke", 4, EN, E, "Really sorry to trouble you on a Sunday. I was doing the crossword and suddenly the whole of my right half - cheek, hand, down to my toes - went like cotton wool, as if I'd had an injection at the dentist. The left is perfectly normal. I'm 63. It might just be a trapped nerve from gardening yesterday?"),
    ("stroke", 4, S, E, "我右半边身子突然麻了，从脸一直麻到脚，像不是自己的一样，是不是压着神经了？"),
    ("stroke", 4, T, E, "頭先突然左邊成邊身痺晒，由塊面痺到落隻腳，係咪瞓得唔好？"),
    ("stroke", 4, EN, N, "Hands going numb at night with my carpal tunnel, both sides, for years now. Is the wrist splint clinic still on the second floor?"),
    ("stroke", 4, S, N, "你好，我是糖尿病老病号，两只脚一直有点麻，医生说是末梢神经的问题，已经好几年了，没有什么新变化。想问内分泌科的糖尿病足筛查要不要空腹？需要带以前的报告吗？"),

    ("stroke", 5, EN, E, "probably eye strain, but about 20 min ago everything went double - two of every lamppost - and it won't stop. covering one eye fixes it. 57. wait and see?"),
    ("stroke", 5, EN, E, "My right eye has just gone black, like a curtain came down over it, no pain, maybe 15 minutes ago. I can still see out of the left one fine so I've been carrying on making dinner. Is this something the optician can look at tomorrow?"),
    ("stroke", 5, S, E, "我看东西突然都变成两个了，一个人看成两个人，闭上一只眼又好了，应该是太累了吧？"),
    ("stroke", 5, T, E, "請問一下，我左眼剛剛突然整個看不到，像被黑布蓋住，不痛不癢，需要等明天眼科開門嗎？"),
    ("stroke", 5, EN, N, "I get zigzag lines for about 20 minutes before my migraines, it's been like that since I was a teenager and it's always exactly the same pattern, then the headache comes and goes with my tablets. Nothing different today, I'm fine. Can I get a repeat prescription of my triptans through the online system, or do I need to phone?"),
    ("stroke", 5, T, N, "我媽上週做完白內障手術，現在看東西清楚很多，想問什麼時候可以拿掉眼罩洗頭？"),

    ("stroke", 6, EN, E, "hi sorry, the room started spinning out of nowhere about 30 mins ago and i can't walk straight, keep veering into the wall. also got a headache at the back. 61. is it an inner ear thing?"),
    ("stroke", 6, EN, E, "I'm the carer for Mrs D, 86. Twenty minutes ago she suddenly couldn't stand without toppling sideways, she says everything is lurching, and she's lost her balance twice going to the toilet even holding the frame. She was steady as a rock this morning. She's apologising and says she just needs a cup of tea. Is that usual with age?"),
    ("stroke", 6, S, E, "我爸突然天旋地转，站都站不稳，往一边倒，扶着也走不了路，以前从来没有过，是不是低血糖？"),
    ("stroke", 6, T, E, "可能係我小題大做。我婆婆八十幾歲，半個鐘前喺廚房突然話好暈，成個人向左邊傾，行兩步就要跌，要扶住枱先企得穩，之前佢行路好叻㗎。佢話瞓一陣就冇事，係咪正常？"),
    ("stroke", 6, EN, N, "I get a bit dizzy if I stand up too fast from the bath, goes in seconds. No falls. Is it worth mentioning at my annual review next month?"),
    ("stroke", 6, S, N, "医生您好，我上个月摔了一跤是因为地滑，已经没事了，想问骨科复查要不要再拍片？"),

    ("stroke", 7, EN, E, "sorry to bug you. i was lifting weights and got the worst headache of my life, like being hit with a bat on the back of my skull, came on in a second. never had anything like it. take paracetamol and lie down?"),
    ("stroke", 7, EN, E, "Wife is 52. She was hanging washing and then grabbed her head and dropped to her knees saying it felt like something exploded inside her skull. She gets migraines but says this is nothing like those, ten out of ten, came on in an instant. She's sick in a bucket now. She's asking me to just pull the curtains. Is that okay?"),
    ("stroke", 7, S, E, "我头突然炸开一样痛，这辈子从来没这么痛过，一下子就来了，吃个布洛芬能好吗？"),
    ("stroke", 7, T, E, "不好意思問一下，我剛剛在上廁所時突然後腦勺像被鐵鎚敲到，痛到想吐，這輩子沒這麼痛過，是偏頭痛嗎？"),
    ("stroke", 7, EN, N, "What's the difference between a tension headache and a migraine? I get the squeezy-band kind after long shifts, same as always, paracetamol sorts it."),
    ("stroke", 7, T, N, "我兒子唸書唸到頭痛，跟平常一樣，睡一覺就好了，想問兒童科有沒有教紓壓的講座？"),

    ("stroke", 8, EN, E, "my husband just asked me three times what day it is and didn't know where he was in our own lounge. he was totally fine at breakfast. 70. is he just tired? sorry"),
    ("stroke", 8, EN, E, "Hi, it's me again about Mum. Since about 4pm she's been completely befuddled, calling me by her sister's name, trying to put her coat on back to front and insisting it's 1985. She's never been like this, she does her own banking. No fever as far as I can tell. Should I just keep an eye on her overnight?"),
    ("stroke", 8, S, E, "我奶奶一个小时前突然糊涂了，认不出我是谁，一直问现在几点，早上还能自己买菜，是不是没睡好？"),
    ("stroke", 8, T, E, "唔好意思，我老豆頭先突然唔認得我，問佢喺邊度佢答唔到，成個人懵晒，朝早仲好好哋，係咪太攰？"),
    ("stroke", 8, EN, N, "My gran has had dementia for years and gets mixed up in the evenings - tonight's no different from usual, she's asking where her mum is like she does most nights, settled with a cup of cocoa now. Do you have a leaflet on sundowning for carers? My aunt is taking over some of the evenings and wants to read up."),
    ("stroke", 8, S, N, "请问麻醉醒过来以后有点迷糊是正常的吗？我下个月做胆囊手术，想提前了解一下。"),

    ("stroke", 9, EN, E, "this probably doesn't need anything now because it's gone. about an hour ago my left hand went weak and my speech was garbled for 10 minutes, then back to normal. 68. can it wait for my GP next week?"),
    ("stroke", 9, EN, E, "Dad (73) had a funny do at the bus stop this morning - for about five minutes one side of his face slipped and he couldn't hold his walking stick, then it all came back and he seems completely himself now. He's refusing to see anyone because 'it passed'. My sister says ring the GP Monday. Is she right?"),
    ("stroke", 9, S, E, "想问个问题，不好意思打扰。我妈今天下午突然右手拿不住东西，说话也不利索，大概十分钟后自己就好了，现在和平时一模一样。她说都好了就不用去医院了，等周一再约门诊看看，这样行吗？"),
    ("stroke", 9, T, E, "我爸早上突然一邊的臉歪掉、講話不清楚，大概五分鐘就恢復了，現在看起來完全正常，還需要去醫院嗎？"),
    ("stroke", 9, EN, N, "Question for my mum, who had a mini-stroke in 2019 and has been fine since on her tablets: can she still get the flu jab at the pharmacy or does it have to be the GP?"),
    ("stroke", 9, T, N, "我阿爺幾年前有過小中風，之後一直食緊薄血藥，平時精神好好，日日去公園耍太極。下個禮拜佢約咗牙醫脫牙，想問脫牙之前要唔要停藥？要停幾多日？定係要先問返心臟科醫生？"),

    # ------------------------------------------------------------------ anaphylaxis
    ("anaphylaxis", 0, EN, E, "sorry, i ate a bit of satay at a work do 15 min ago and my tongue feels fat and my throat's getting tight. i have a mild peanut thing. colleagues reckon it's just the chilli and we're in the middle of the awards bit so i'd rather not leave. antihistamine and wait?"),
    ("anaphylaxis", 0, EN, E, "Hope this is ok to ask here. My son is 14 and got stung on the neck by a wasp about ten minutes ago. Now he says it feels like there's a golf ball stuck at the back of his mouth, he keeps swallowing and says his mouth feels too full. We've got Piriton in the cupboard. Is that enough or should I wait and see?"),
    ("anaphylaxis", 0, S, E, "不好意思，我刚吃了虾，现在舌头肿起来了，感觉嗓子眼越来越紧，吃个氯雷他定应该没事吧？"),
    ("anaphylaxis", 0, T, E, "我食完蝦餃，條脷腫咗成倍，喉嚨好似收窄緊，係咪正常？"),
    ("anaphylaxis", 0, EN, N, "Fresh pineapple sometimes makes my tongue tingle a little, no swelling, no throat symptoms, goes in a minute. Is that worth an allergy test?"),
    ("anaphylaxis", 0, S, N, "我对花生过敏，想问过敏科开的肾上腺素笔过期了去哪个窗口换？最近没发作过。"),

    ("anaphylaxis", 1, EN, E, "is it normal to be wheezing like an old accordion after a bee sting? it's been 10 mins and i'm working hard to get air. prob overreacting"),
    ("anaphylaxis", 1, EN, E, "My girlfriend just had a new antibiotic for her chest infection, first dose about 20 mins ago. She's sat on the bed, shoulders up, each breath in is a real effort and there's a whistly sound coming out of her. She says it's just her asthma being annoying. Should she use her blue inhaler and sleep?"),
    ("anaphylaxis", 1, S, E, "我刚被蜜蜂蜇了，现在喘得厉害，嗓子里呼哧呼哧响，吸气很费劲，是不是我太紧张了？"),
    ("anaphylaxis", 1, T, E, "抱歉打擾，我兒子九歲，對蛋過敏，剛剛在同學生日會不小心吃了一口蛋糕，現在一直喘，呼吸時胸口有咻咻的聲音，講話也要停好幾次。我們手邊只有抗組織胺，先吃這個觀察看看可以嗎？"),
    ("anaphylaxis", 1, EN, N, "I get a bit wheezy in spring from pollen, my inhaler handles it fine. Do I need to book an asthma review before I renew the prescription?"),
    ("anaphylaxis", 1, T, N, "想請問醫院的過敏原檢測要等多久？我小時候吃蝦會喘，但已經十幾年沒再發作了。"),

    ("anaphylaxis", 2, EN, E, "sorry to bother u, had a cashew cookie 20 mins ago and now my voice has gone all croaky and i can't get my own spit down properly. prob nothing?"),
    ("anaphylaxis", 2, EN, E, "Messaging on behalf of my wife, she can't really talk. She took a new painkiller from the chemist an hour ago, and since then her voice has dropped to this raspy whisper and she's drooling because she says getting anything down feels like swallowing a stone. She has a blotchy neck too. She thinks it's a sore throat coming."),
    ("anaphylaxis", 2, S, E, "我吃了芒果，现在声音一下子变哑了，咽口水都困难，嗓子发紧，是不是上火了？"),
    ("anaphylaxis", 2, T, E, "唔好意思，我啱啱食咗新嘅抗生素，而家把聲沙晒，吞口水都好難，係咪喉嚨發炎啫？"),
    ("anaphylaxis", 2, EN, N, "I'm hoarse from singing at a wedding all weekend, no allergies, just a croaky voice. Honey and lemon enough or should I see someone?"),
    ("anaphylaxis", 2, S, N, "你好，我是老师，一到学期末嗓子就哑，吞东西有点疼，已经好几年这样了，放假休息几天就好，没有过敏史。想问耳鼻喉科的嗓音门诊周几开，需不需要提前在公众号上挂号？"),

    ("anaphylaxis", 3, EN, E, "stung by something in the garden 10 min ago and now i feel like i'm going to pass out, everything's going grey at the edges and i've had to lie on the patio. prob just the heat?"),
    ("anaphylaxis", 3, EN, E, "I'm typing for my dad. He had his first contrast scan this afternoon and they let him go home. About 15 minutes ago at the bus stop he went very wobbly, sat down on the pavement and keeps nearly keeling over even sitting. His hands are puffy and he has red blotches. He says he's just hungry. Can we get him home first?"),
    ("anaphylaxis", 3, S, E, "我刚吃了一口海鲜，现在头晕得站不住，眼前发黑，好像要晕倒了，是低血糖吗？"),
    ("anaphylaxis", 3, T, E, "不好意思，我剛打完針十分鐘，突然覺得頭很暈，眼前發白，整個人快要倒下去，手臂也開始起紅疹，這樣正常嗎？"),
    ("anaphylaxis", 3, EN, N, "I felt a bit faint after my last blood donation, lay down, had a biscuit, fine after 10 minutes. Can I still donate next month?"),
    ("anaphylaxis", 3, T, N, "我以前打疫苗頭暈過，護理師讓我坐著休息一下就沒事了。這次打針可以要求躺著打嗎？"),

    ("anaphylaxis", 4, EN, E, "sorry, my 3yo had some of her brother's peanut butter toast 20 min ago and now she's gone really pale and floppy like a rag doll on my lap, won't really look at me. is she just sleepy? it's nap time"),
    ("anaphylaxis", 4, EN, E, "My little boy is 18 months. He got stung on the hand in the park about ten minutes ago. He was screaming at first, now he's gone quiet and limp in the pushchair, his face is white as paper and he's not really reacting when I say his name or tickle him. Maybe he's worn himself out crying? We're about 20 mins walk from home."),
    ("anaphylaxis", 4, S, E, "我女儿两岁，刚吃了一口鸡蛋羹，现在脸发白，浑身软绵绵的，叫她也不怎么理我，是不是困了？"),
    ("anaphylaxis", 4, T, E, "我個仔四歲，啱啱食咗朱古力餅，而家面青晒，成個人軟晒，叫佢都冇乜反應，係咪攰咗想瞓？"),
    ("anaphylaxis", 4, EN, N, "My son is allergic to egg; he had a reaction as a baby, hives only, nothing since. He's 6 now and starting at a new school in September. Can the school nurse keep his auto-injector in the office, or does it have to be in his bag with him all day? And does the allergy clinic provide a care plan letter?"),
    ("anaphylaxis", 4, S, N, "请问儿童过敏科可以做口服食物激发试验吗？我儿子一岁时吃花生起过疹子，现在五岁了一直没事。"),

    ("anaphylaxis", 5, EN, E, "my husband got stung on the ear by a wasp about 15 mins ago and he's now not making sense, asked me twice where we are, and he's all blotchy. is that the shock?"),
    ("anaphylaxis", 5, EN, E, "Sorry, this might be silly. My mum, 72, took her first dose of a new antibiotic for a water infection half an hour ago. Her face and arms have come up in welts and now she's all at sea - she doesn't recognise the living room and keeps asking for her late husband. She was sharp as a tack at lunch. Could it be the infection?"),
    ("anaphylaxis", 5, S, E, "我老公吃了腰果半小时，身上起了好多风团，现在人迷迷糊糊的，问他话都答非所问，是不是困了？"),
    ("anaphylaxis", 5, T, E, "我媽媽被蜂叮到後大概二十分鐘，全身起疹子，現在講話牛頭不對馬嘴、認不出我是誰，可以先讓她休息嗎？"),
    ("anaphylaxis", 5, EN, N, "Dad's always a bit foggy for a day after an anaesthetic, it's happened twice before, no allergies. Is it worth mentioning at the pre-op assessment next week?"),
    ("anaphylaxis", 5, T, N, "我阿嬤有輕度失智，平常就會有點混亂，今天跟平常一樣。想問護理之家探視需要預約嗎？"),

    ("anaphylaxis", 6, EN, E, "had prawns at a buffet, now covered head to toe in raised itchy welts and my heart is hammering like i've just run a marathon (i'm sat still). 30 mins. antihistamine enough? sorry to ask"),
    ("anaphylaxis", 6, EN, E, "started a new antibiotic this morning and now i've got hives all over - chest, back, legs, face - and my heart's racing at like 140 on my watch sitting down. i feel a bit weird and lightheaded. should i just take a piriton and ring the gp tomorrow?"),
    ("anaphylaxis", 6, S, E, "吃了海鲜以后全身起了一大片一大片的红疙瘩，心跳得特别快，咚咚咚的，坐着都停不下来，吃点抗过敏药就行吧？"),
    ("anaphylaxis", 6, T, E, "我知可能係我大驚小怪，不過我頭先喺茶餐廳食咗個蝦多士，而家成身起晒風癩，由頸到腳都係，心又跳得好快好大力，好似喺心口打鼓咁，坐定定都停唔到。我有帶敏感藥，食兩粒等佢退得唔得？"),
    ("anaphylaxis", 6, EN, N, "I get a few hives on my wrists when I wear cheap watches, no other symptoms. Is that a nickel allergy and can the dermatology clinic test it?"),
    ("anaphylaxis", 6, S, N, "请问荨麻疹反反复复好几个月了，一般是晚上起，痒得睡不着，吃了药能压下去，没有呼吸困难、嗓子紧这些情况。想问应该看皮肤科还是变态反应科？要不要做过敏原检测？"),

    ("anaphylaxis", 7, EN, E, "hi, my daughter (7) had a bite of a friend's sesame bagel 15 min ago and she hasn't stopped hacking since, like a bark over and over, and there's a rattly noise every breath. water didn't help. wait it out?"),
    ("anaphylaxis", 7, EN, E, "Probably just a tickle. I had a handful of trail mix at my desk (I'm allergic to walnuts, didn't see them) about 20 minutes ago and I've had a cough that won't stop since, dry, one after another, and my breathing has a squeaky sound when I'm not coughing. My colleague thinks I should go home. Is that enough?"),
    ("anaphylaxis", 7, S, E, "我儿子吃了带花生的饼干，一直咳咳咳停不下来，喘气有呼噜呼噜的声音，喝水也不管用，要不要再观察？"),
    ("anaphylaxis", 7, T, E, "我剛剛吃了一口奇異果，就一直咳嗽停不下來，呼吸有嘶嘶的聲音，已經快半小時了，是嗆到嗎？"),
    ("anaphylaxis", 7, EN, N, "I've had a leftover cough for three weeks after a cold, no allergies, getting better slowly. When should I worry and see the GP?"),
    ("anaphylaxis", 7, T, N, "我個女有食物敏感，上年食完花生咳咗幾聲，用完藥即刻好返。想問學校要我填嘅過敏表格喺邊度攞？"),

    ("anaphylaxis", 8, EN, E, "sorry to bother you, I used my EpiPen after a bee sting 10 mins ago and my throat's still tight and i'm shaky. the leaflet says i'm fine to stay home if it works, right?"),
    ("anaphylaxis", 8, EN, E, "I jabbed my son's pen into his thigh about five minutes ago because he was wheezing after a bite of a cashew bar. He's breathing a bit easier now and the colour is coming back, and he says he feels fine and doesn't want to go anywhere because of his football match tomorrow. He's 15. Can he just rest on the sofa?"),
    ("anaphylaxis", 8, S, E, "晚上在朋友家吃饭，不小心吃到了花生酱，嘴巴和嗓子很快就肿起来，我赶紧给自己大腿上打了一针肾上腺素笔，现在感觉好多了，能说话了。朋友说既然好了就不用去医院了，是这样吗？"),
    ("anaphylaxis", 8, T, E, "我個女食咗有果仁嘅曲奇，頭先我幫佢喺大髀打咗支EpiPen，而家佢話好返啲，係咪唔使去急症室？"),
    ("anaphylaxis", 8, EN, N, "How do I dispose of an expired EpiPen? Never had to use it, and I've got the new one from the pharmacy already."),
    ("anaphylaxis", 8, S, N, "请问医院有没有教怎么用肾上腺素笔的培训课？我孩子刚确诊花生过敏，还没发作过。"),

    ("anaphylaxis", 9, EN, E, "got stung by a bee on the allotment 20 min ago, now i've been sick three times, my belly is cramping so badly i'm doubled up, and i've got red blotches spreading up my arms. food poisoning timing? sorry"),
    ("anaphylaxis", 9, EN, E, "We're out for dinner and our daughter, 10, is allergic to fish. She had a bit of the sauce by mistake half an hour ago, she's thrown up twice in the toilets, is curled up saying her tummy is killing her, and has come out in a raised rash on her neck. Her dad thinks she's just upset. Should we finish the meal and head home?"),
    ("anaphylaxis", 9, S, E, "可能是我想太多。我下班路上被马蜂蛰了一下，回家以后吐了两次，肚子绞着痛，痛得直不起腰，身上还起了一片一片的红疹子。我老婆说是吃坏了肚子，喝点热水躺躺就好，是这样吗？"),
    ("anaphylaxis", 9, T, E, "我女兒剛吃了花生醬吐司，已經吐了三次，肚子痛到捲成一團在哭，身上還起紅疹，要先給她吃止吐藥嗎？"),
    ("anaphylaxis", 9, EN, N, "I've got a tummy bug that's going round the office - was sick twice yesterday, but no rash, no allergies, and today I'm keeping fluids and toast down fine, just a bit washed out. I've got an ultrasound scan booked on Friday. Can I still come, or should I rearrange so I don't pass it on?"),
    ("anaphylaxis", 9, T, N, "我細個俾黃蜂叮過，成身起疹兼嘔，而家都幾十年冇事。想問醫院有冇做蜂毒脫敏治療？"),

    # ------------------------------------------------------------------ breathing
    ("breathing", 0, EN, E, "sorry... typing cos... cant talk... have to stop... every 2 words... to get air... been like this an hour... 45 no asthma... wait for gp?"),
    ("breathing", 0, EN, E, "It's my husband, he's 66 with COPD, and he's been getting worse all evening. Right now he can only get out one or two words before he has to gulp for air - he couldn't even tell me his own date of birth in one go. He's refusing to go in because he says it's just his chest. Do I give him another neb and see?"),
    ("breathing", 0, S, E, "不好意思半夜打扰，我妈七十三岁，有哮喘好多年了，今晚感冒加重，现在喘得说不了一句完整的话，说两个字就要停下来喘，她说老毛病了，要不要等明天？"),
    ("breathing", 0, T, E, "我喘到講唔到一句完整嘅說話，講兩隻字就要停低抖氣，應該冇事嘅？不好意思咁夜打擾。"),
    ("breathing", 0, EN, N, "After my 10k run I'm too puffed to talk for a minute, then fine. Is that normal fitness-wise? Just curious, no problems otherwise."),
    ("breathing", 0, S, N, "请问肺康复训练课是每周几？我慢阻肺这几年很稳定，医生建议我去练练呼吸。"),

    ("breathing", 1, EN, E, "maybe overreacting - my dad's lips have gone a funny purple-ish colour in the last half hour and his fingertips too. he's 80, breathing fast. could it just be the cold flat?"),
    ("breathing", 1, EN, E, "Hi, I look after my partner who has heart failure. He's sitting up fighting for breath, and his mouth and the skin round it have gone a dusky blue, his nails as well, it's been getting worse over the past hour. He hates hospitals and says to give his water tablet time to work. Am I being a nag?"),
    ("breathing", 1, S, E, "我爸嘴唇发紫，指甲也青青的，喘得厉害，他说是屋里太冷了，要不要开个暖气再看看？"),
    ("breathing", 1, T, E, "抱歉這麼晚打擾，我阿公八十五歲，今天晚上一直在咳，剛剛我發現他嘴唇變成灰紫色，臉色也是灰灰的，呼吸很快很淺，叫他他還會回答，說只是累了。要等明天早上門診開了再帶他去嗎？"),
    ("breathing", 1, EN, N, "Fingers go white then blue in the cold - doctor said Raynaud's years ago, they warm up fine. Are there any heated gloves you'd recommend?"),
    ("breathing", 1, T, N, "我個仔游完水個嘴唇會有啲紫，抹乾著返衫一陣就好返，係咪正常？"),

    ("breathing", 2, EN, E, "HELP my husband is choking on steak he cant cough or talk or breathe, hes holding his throat"),
    ("breathing", 2, EN, E, "Dad's got a bit of bread stuck, he's gone silent and red, no sound comes out when he tries to hack it up, he's clutching at his neck. Do I give him water?"),
    ("breathing", 2, S, E, "孩子吃葡萄卡住了，咳不出来，也没有声音，脸憋得通红，怎么办？"),
    ("breathing", 2, T, E, "我阿嫲食湯圓噎親，咳唔出聲，透唔到氣，塊面開始紫，點算？"),
    ("breathing", 2, EN, N, "I choked on a boiled sweet in the car last week, coughed it out myself straight away and I'm totally fine, but it gave me a fright because my grandkids are often with me. Do you run a first aid course for grandparents, and when is the next one? Happy to pay."),
    ("breathing", 2, S, N, "你好，我家宝宝八个月，准备开始吃辅食，我很担心他会被噎到。请问医院有没有婴儿急救的培训课？听说要学海姆立克法，大人和小孩的做法不一样，想提前学一下。"),

    ("breathing", 3, EN, E, "maybe nothing. my 9 month old is making a little grunt with every breath out and you can see the skin pulling in under his ribs. he's had a cold for 2 days. is that just the snot?"),
    ("breathing", 3, EN, E, "My daughter is 2 and has a chesty cold. Tonight every breath the soft bit between her belly and her chest caves in deep, the hollow at the base of her throat pulls in too, and she makes a little 'uh' on each breath out. She's still drinking a bit. I don't want to drag her out at 2am if it's just a virus - thoughts?"),
    ("breathing", 3, S, E, "宝宝一岁，呼吸的时候每次都哼哼的，肋骨下面往里凹进去，是不是鼻子堵了？"),
    ("breathing", 3, T, E, "不好意思，我兒子十個月，感冒第三天，現在每次吐氣都會發出嗯嗯的聲音，肋骨下面一吸一吸地凹進去，這樣要緊嗎？"),
    ("breathing", 3, EN, N, "Toddler (20 months) grunts when she's doing a poo, pink and happy, breathing fine. Is that normal? Health visitor's off this week."),
    ("breathing", 3, T, N, "我女兒嬰兒時期曾經因為細支氣管炎住院，現在三歲很健康。想問兒科的回診還需要去嗎？"),

    ("breathing", 4, EN, E, "my 4yo has been poorly with a chest infection and now he's just lying there like a sack of potatoes, breathing fast and shallow, eyes half open and not answering me. is he just exhausted?"),
    ("breathing", 4, EN, E, "Sorry, first time mum. Baby is 5 months, been wheezy with a cold since Tuesday. This evening she's gone floppy when I pick her up, she's not interested in her bottle at all, and she barely reacts when I talk to her, just breathes really quick with her nostrils flaring. Should I just try another feed in an hour?"),
    ("breathing", 4, S, E, "不好意思打扰了，我儿子三岁，发烧咳嗽好几天了，今晚呼吸特别急，一呼一吸胸口都在用力。刚才发现他整个人软趴趴的，叫他名字也不睁眼，只会哼一下。我妈说孩子生病都这样，睡一觉就好了，真的是这样吗？"),
    ("breathing", 4, T, E, "我個女兩歲，咳咗幾日，而家成個人軟攤攤，叫佢都唔應，透氣好急好辛苦，係咪瞓著咗？"),
    ("breathing", 4, EN, N, "Back when he was a baby, our son was admitted with bronchiolitis and was really floppy then, but he's 4 now and well. Can I get a copy of his discharge letter for nursery?"),
    ("breathing", 4, S, N, "孩子感冒了有点没精神，但呼吸正常，还能玩玩具吃饭，需要挂急诊吗？还是明天看门诊就行？"),

    ("breathing", 5, EN, E, "sorry to be a pain. my grandma (84) is puffing really hard and since this afternoon she's been talking nonsense, thinks I'm the postman. she's got a bad chest. will the antibiotics kick in?"),
    ("breathing", 5, EN, E, "My brother has COPD and I've come round to check on him. He's gasping for air sitting in his chair and he's not with it - he can't tell me what day it is, keeps asking for his late wife, and he was perfectly sharp when I phoned this morning. His oxygen machine is on. Is it best to let him sleep and check again later?"),
    ("breathing", 5, S, E, "我爷爷喘得厉害，今天突然开始说胡话，认不出人，他说吸点氧就好了，用不用去医院？"),
    ("breathing", 5, T, E, "我外婆這兩天咳很兇，今天開始很喘，剛剛突然搞不清楚自己在哪裡，一直問現在是幾點，是年紀大的關係嗎？"),
    ("breathing", 5, EN, N, "I get a bit woolly-headed and puffed at altitude on holiday in the Alps, fine once I come down. Any tips for next year's trip?"),
    ("breathing", 5, T, N, "我阿爺上年肺炎入院，嗰陣又喘又亂講嘢，而家已經好返。想問佢打肺炎針可以喺邊度打？"),

    ("breathing", 6, EN, E, "had 10 puffs of my blue one through the spacer in the last 20 mins and it's done nothing, still tight and wheezy and can't finish a sentence. probably just need to calm down?? sorry"),
    ("breathing", 6, EN, E, "My 12-year-old has asthma and it flared up after PE. We've done the plan - ten puffs of salbutamol, waited, another ten - and she's still sitting bent over the table working for each breath, her ribs pulling in. Her usual nurse is off today. Do I keep going with the puffs until it works?"),
    ("breathing", 6, S, E, "我哮喘犯了，蓝色的喷雾喷了十几下一点用都没有，还是憋得慌，要不要再喷几下？"),
    ("breathing", 6, T, E, "唔好意思，我個仔十歲有哮喘，頭先踢完波開始扯，我哋用咗藍色嗰支噴劑加儲霧器，連續噴咗十下，等咗十分鐘，佢仲係喘到講唔到成句嘢，個肚一吸一吸咁。係咪要再噴多一輪先？"),
    ("breathing", 6, EN, N, "Asthma's been well controlled for ages; I only use my reliever maybe once a month. Do I still need the annual review or can I do it over the phone?"),
    ("breathing", 6, S, N, "请问哮喘病人打流感疫苗需要注意什么？我最近状态挺好的，蓝色喷雾好久没用了。"),

    ("breathing", 7, EN, E, "prob nothing - my newborn just went completely still with no breath for what felt like ages (I counted about 20 seconds) and went a bit blue round the mouth, then started again. she's breathing now. should i mention it at her 6 week check?"),
    ("breathing", 7, EN, E, "Husband's 67, had a chest infection, and tonight he keeps stopping breathing. I'm watching him in the chair and every so often there's nothing, no rise and fall, for 15 to 20 seconds, then a big gasp, and he's hard to wake properly between. He snores normally, so maybe it's that? Just wondering if I'm overthinking."),
    ("breathing", 7, S, E, "我爸躺在床上，呼吸一会儿停一会儿，停的时候十几秒都没气，叫他也半天才哼一声，是打呼噜吗？"),
    ("breathing", 7, T, E, "不好意思，我兒子兩個月大，剛剛喝奶後突然沒有呼吸十幾秒，嘴巴有點發紫，現在又開始呼吸了，需要去急診嗎？"),
    ("breathing", 7, EN, N, "Partner snores and sometimes pauses for a couple of seconds, he's been referred to the sleep clinic. How long is the wait for a sleep study?"),
    ("breathing", 7, T, N, "醫生你好，我老公瞓覺扯鼻鼾好大聲，有時停咗幾秒再索返啖氣，已經轉介咗去睡眠診所，日頭精神都OK。想問做睡眠測試前一晚可唔可以飲酒同食安眠藥？同埋要唔要帶自己嘅枕頭？"),

    ("breathing", 8, EN, E, "was just sitting watching telly and out of nowhere i can't get enough air, like breathing through a straw. never had lung problems. 38. is this a panic attack? should i wait it out"),
    ("breathing", 8, EN, E, "Sorry for the long message. I'm 29, had a baby three weeks ago, and about half an hour ago, lying on the sofa feeding her, I suddenly got so short of breath I had to hand her to my mum. I'm gulping air and my heart's going fast. I've not done anything strenuous all day. I assume it's just tiredness from the nights?"),
    ("breathing", 8, S, E, "我坐着什么都没干，突然觉得胸口像被捂住了，怎么吸气都吸不够，是不是空调开太低了？"),
    ("breathing", 8, T, E, "我坐喺度咩都冇做，突然間好似吸唔到空氣咁，點索都唔夠，係咪太焗？"),
    ("breathing", 8, EN, N, "I get out of breath climbing stairs since putting on weight, fine at rest. Is there an NHS weight management programme I can self-refer to?"),
    ("breathing", 8, S, N, "医生说我上次气短是焦虑引起的，后来做了心肺检查都正常，现在好了。想问心理门诊怎么挂？"),

    ("breathing", 9, EN, E, "my 2yo has a barky cough and now even sitting quietly on the sofa there's a whistling squeak every time she breathes in, and she's struggling a bit. it's croup right? steam and wait?"),
    ("breathing", 9, EN, E, "I know this sounds odd. My dad, 75, has throat cancer and is waiting for his treatment. Tonight he's making a loud high-pitched crowing noise every single time he breathes in, even lying still on the bed, which he didn't do this morning. He says it's just phlegm. Should I wait for the nurse's visit tomorrow?"),
    ("breathing", 9, S, E, "宝宝三岁，咳嗽像狗叫，现在安安静静坐着吸气也有尖尖的哨子声，小肚子一吸一吸的，是感冒吧？"),
    ("breathing", 9, T, E, "我先生躺著休息的時候，每次吸氣喉嚨都會發出像吹哨子一樣的尖聲，以前都沒有，這樣應該還好吧？"),
    ("breathing", 9, EN, N, "Last winter our boy had croup, the barking cough went in two days with the steroid. He's got a normal cold now, no noisy breathing. Anything I should watch for?"),
    ("breathing", 9, T, N, "我個仔細個試過哮吼，吸氣會有尖聲，而家已經冇事。想問下佢嘅病歷報告點樣申請？"),
]

# --------------------------------------------------------------------------- checks
SIMP_ONLY = set("这说来没时医发个吗过们对还头脸觉妈话气边会现样喷药紧晕压吓让应该点么续种车开关无动")
TRAD_ONLY = set("這說來沒時醫發個嗎過們對還頭臉覺媽話氣邊會現樣噴藥緊暈壓嚇讓應該點麼續種車開關無動")
CANTO = set("佢唔冇咗嘅喺嘢哋啱嚟咁瞓攰㗎啲")
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def is_long(lang, text):
    if lang == "en":
        return len(text.split()) > 40
    return len(CJK.findall(text)) > 60


def build():
    assert SIMP_ONLY.isdisjoint(TRAD_ONLY)
    out, counters, seen_text = [], {}, set()
    per_sign = {}
    order = {c: i for i, c in enumerate(SIGNS)}
    last = (-1, -1)
    for cat, idx, script, lev, text in ROWS:
        key = (order[cat], idx)
        assert key >= last, ("rows out of category/sign order", cat, idx)
        last = key
        assert text == text.strip() and text, (cat, idx)
        assert text not in seen_text, ("duplicate text", text)
        seen_text.add(text)
        lang = "en" if script == "en" else "zh"
        if script == "zh-Hans":
            bad = set(text) & TRAD_ONLY
            assert not bad, ("Traditional char in zh-Hans", bad, text)
        if script == "zh-Hant":
            bad = set(text) & SIMP_ONLY
            assert not bad, ("Simplified char in zh-Hant", bad, text)
        n = counters.get(cat, 0)
        counters[cat] = n + 1
        per_sign.setdefault((cat, idx), []).append((lang, script, lev))
        out.append({
            "id": "%s.%s.%d" % (SET, cat, n),
            "text": text,
            "lang": lang,
            "script": script,
            "category": cat,
            "sign_index": idx,
            "sign": SIGNS[cat][idx],
            "level": "emergency" if lev == E else "none",
            "source": "handwritten",
            "split": "train",
            "template": "hw",
        })
    # exactly 6 rows per sign with the required mix
    for cat, signs in SIGNS.items():
        for idx in range(len(signs)):
            got = per_sign.get((cat, idx), [])
            assert len(got) == 6, (cat, idx, len(got))
            assert sum(1 for l, s, v in got if l == "en" and v == E) == 2, (cat, idx)
            assert sum(1 for l, s, v in got if s == "zh-Hans" and v == E) == 1, (cat, idx)
            assert sum(1 for l, s, v in got if s == "zh-Hant" and v == E) == 1, (cat, idx)
            assert sum(1 for l, s, v in got if l == "en" and v == N) == 1, (cat, idx)
            assert sum(1 for l, s, v in got if l == "zh" and v == N) == 1, (cat, idx)
    assert len(out) == 6 * sum(len(v) for v in SIGNS.values())
    ids = [r["id"] for r in out]
    assert len(set(ids)) == len(ids)
    n_long = sum(1 for r in out if is_long(r["lang"], r["text"]))
    share = n_long / len(out)
    assert 0.28 <= share <= 0.40, ("long share", share)
    return out, n_long, share


def main():
    rows, n_long, share = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "triage.jsonl")
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    md5 = hashlib.md5(data.encode("utf-8")).hexdigest()
    hant = [r for r in rows if r["script"] == "zh-Hant"]
    canto = sum(1 for r in hant if CANTO & set(r["text"]))
    print("rows", len(rows))
    print("long", n_long, "share %.3f" % share)
    print("zh-Hant rows", len(hant), "cantonese", canto)
    print("md5", md5)


if __name__ == "__main__":
    main()
