#!/usr/bin/env python3
"""Hand-written emergency-sign messages, set signs31a (texting-style voices).

Every message text below was typed by hand; this script only stores the rows,
checks them and writes triage.jsonl next to itself.
"""
import collections
import hashlib
import json
import os
import re

SET = "signs31a"

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
CATEGORIES = ["chest_pain", "stroke", "anaphylaxis", "breathing"]

E = "emergency"
N = "none"

# (category, sign_index, lang, script, level, text) -- every text typed by hand.
ROWS = [
    # ---------------- chest_pain 0
    ("chest_pain", 0, "en", "en", E, "my dad (58) says it feels like an elephant is sat on him rn, right in the middle of his chest, he cant get comfy and hes gone really quiet. what do i do"),
    ("chest_pain", 0, "en", "en", E, "sorry random q but is it normal for a 23yo to feel like someone is standing on my breastbone?? was at the gym doing legs not even upper body and now theres this massive squeezing weight dead centre and its been like 10 mins and it wont let up at all, kinda scared ngl 😬"),
    ("chest_pain", 0, "zh", "zh-Hans", E, "救命 我妈突然说胸口正中间像被一块大石头压住 透不过气来 脸都白了 怎么办啊啊啊"),
    ("chest_pain", 0, "zh", "zh-Hant", E, "我阿爸話心口正中好似俾人用力壓住咁 成個人縮埋一團 佢話從來未試過咁 點算呀"),
    ("chest_pain", 0, "en", "en", N, "lol my chest is sore from coughing all week but only when i poke it, no crushing or heavy feeling or anything, just achy on the side. can i get cough stuff from the pharmacy here or do i need a gp appt"),
    ("chest_pain", 0, "zh", "zh-Hans", N, "请问心内科门诊几点开门？我爸上个月说胸口压着疼 已经做过检查了 医生叫今天来复诊拿报告"),
    # ---------------- chest_pain 1
    ("chest_pain", 1, "en", "en", E, "bf (27) says his chest hurts and now its going down his left arm and his jaw aches too?? hes sweating a bit. is this a heart thing omg"),
    ("chest_pain", 1, "en", "en", E, "grandad was watching the footy and suddenly grabbed his left shoulder, says the hurt started behind his ribs and now its travelling up into his teeth and down to his elbow 😰 hes 74 and on bp tablets, nan is trying to make him have a lie down but he looks proper awful and keeps rubbing his face, what should we do"),
    ("chest_pain", 1, "zh", "zh-Hans", E, "姐妹们求助 我老公刚刚下班回来说胸口疼 我以为他是累的 结果现在一直疼到左边胳膊和下巴 左手都麻了 他说像有人拿钳子夹着 他才45啊 平时抽烟很凶 好吓人 现在要叫120吗 还是我开车送他去"),
    ("chest_pain", 1, "zh", "zh-Hant", E, "我媽胸口很痛 她說痛一路跑到脖子跟後背 臉色超差 整個人窩在沙發上動不了 要打119嗎 怎麼辦"),
    ("chest_pain", 1, "en", "en", N, "ok weird question for a school project, why does heart attack pain go to ur arm sometimes? like how does the body even do that. nobody is ill lol im just curious"),
    ("chest_pain", 1, "zh", "zh-Hant", N, "想問下我嫲嫲上年心口痛痛到手臂 入咗院做咗通波仔 而家冇事 佢下個月覆診要唔要空肚去？"),
    # ---------------- chest_pain 2
    ("chest_pain", 2, "en", "en", E, "ok so my mum has been moaning about indigestion since dinner but now shes sat on the bathroom floor clutching the front of her top, says its tight and sore there, she's dripping wet even tho the flat is freezing and she just threw up twice. shes 61. keeps saying dont make a fuss but i dont like this"),
    ("chest_pain", 2, "en", "en", E, "chest hurts real bad and im all sweaty n cold n think im gonna puke. home alone. 19m"),
    ("chest_pain", 2, "zh", "zh-Hans", E, "我爸胸口疼 一身冷汗 还一直想吐 刚才吐了一次 整个人软了 急死了在线等"),
    ("chest_pain", 2, "zh", "zh-Hant", E, "唔好意思想問下 我老豆食完飯坐喺梳化睇新聞 突然話心口好痛 成身凍冰冰咁出晒汗 件衫都濕晒 跟住衝入廁所嘔咗兩次 佢平時好少病 而家仲話唔使睇醫生 我同阿媽都好驚 而家點算呀"),
    ("chest_pain", 2, "en", "en", N, "got food poisoning from a dodgy kebab i think, been sick twice and a bit sweaty but no chest pain at all, just tummy cramps. how long should i wait b4 eating again"),
    ("chest_pain", 2, "zh", "zh-Hans", N, "问下 上次我妈胸口疼出冷汗住院那次的记录在哪里可以打印？保险公司要 她现在已经好了 谢谢"),
    # ---------------- chest_pain 3
    ("chest_pain", 3, "en", "en", E, "cant breathe properly and my chest really hurts, started 20 min ago when i was just sitting at my desk at work. 34 f. gasping just typing this, my manager is out and i dont want to make a scene in the office but its getting worse not better"),
    ("chest_pain", 3, "en", "en", E, "flatmate is on the kitchen floor holding his ribs in the middle saying its like a band squeezing and he keeps going huh huh huh cant get any air in. hes 29 and fit, i'm freaking out"),
    ("chest_pain", 3, "zh", "zh-Hans", E, "我姐胸口好痛 喘不上气 一句话要停好几次 在宿舍 怎么办 要打120吗"),
    ("chest_pain", 3, "zh", "zh-Hant", E, "我阿公說胸口很悶很痛 然後一直喘 吸不到氣 嘴巴張很大在呼吸 他82歲了 本來在看電視 我阿嬤叫他他都只能點頭 我爸媽都還在上班 家裡只有我跟阿嬤 我好怕 要先打給我爸還是直接打119"),
    ("chest_pain", 3, "en", "en", N, "hey is there a leaflet about the pulmonary rehab class? my doc mentioned it after my covid. i get a bit puffed on stairs but thats it, no chest pain, just want to sign up"),
    ("chest_pain", 3, "zh", "zh-Hans", N, "体测跑完一千米胸口有点闷 喘了几分钟就好了 现在完全正常 是不是我体能太差了哈哈 要不要多练练"),
    # ---------------- chest_pain 4
    ("chest_pain", 4, "en", "en", E, "its been like 25 mins now and the pain in the middle of my chest isnt going away, been lying down the whole time. took gaviscon, nothing. 52 m"),
    ("chest_pain", 4, "en", "en", E, "step-dad sat down the second it started at half 9 and its nearly 10 now and he still says his heart area is aching bad, not one bit better from sitting still. hes being stubborn and wont let me ring anyone"),
    ("chest_pain", 4, "zh", "zh-Hans", E, "我舅舅胸口疼了快半个小时了 一开始以为是胃不舒服 喝了热水吃了胃药 躺着坐着都不见好 一直在揉胸口 他说跟胃疼不一样 是闷闷的压着疼 他五十多岁 有糖尿病 我们是不是要马上送医院 还是打120等救护车"),
    ("chest_pain", 4, "zh", "zh-Hant", E, "阿媽話心口痛咗成廿分鐘 坐低抖咗好耐都冇好返 佢仲話唔使去醫院 我點算"),
    ("chest_pain", 4, "en", "en", N, "in 2019 i had chest pain that lasted ages and it turned out to be a pulled muscle lol. anyway now i need a sick note for my back, how do i get one thru the app"),
    ("chest_pain", 4, "zh", "zh-Hant", N, "請問一般胸痛要痛多久才算要去急診？只是想先了解一下 我家人都沒事 是護理系衛教課的作業 謝謝"),
    # ---------------- chest_pain 5
    ("chest_pain", 5, "en", "en", E, "dad has angina and used his spray under his tongue twice, 5 mins apart, still got the pain. what now"),
    ("chest_pain", 5, "en", "en", E, "nan's heart pain came on while she was hoovering, she did the little red squirt thing under her tongue 3 times like the doctor told her and it hasnt touched it. she keeps rubbing her front and saying its not shifting. 81"),
    ("chest_pain", 5, "zh", "zh-Hans", E, "我爷爷心口疼 舌头底下含了两次救心的小药片 十分钟了还是疼 一点没缓过来 脸色很差 咋办"),
    ("chest_pain", 5, "zh", "zh-Hant", E, "不好意思急問 我爸有心絞痛 剛剛爬樓梯回家就開始痛 他照醫生說的舌下含了那個硝化甘油 隔五分鐘又含了第二顆 現在還是很痛 一點都沒有比較好 他說跟平常不一樣 臉色也很難看 我要直接叫救護車嗎"),
    ("chest_pain", 5, "en", "en", N, "can i pick up a repeat prescription for my mums gtn spray at the hospital pharmacy or does it have to be the gp? she hasnt needed it in months, just wants one in date"),
    ("chest_pain", 5, "zh", "zh-Hans", N, "我爸备着的硝酸甘油片过期了 能在医院药房直接开吗？他最近都没有胸痛 就是放家里以防万一"),
    # ---------------- chest_pain 6
    ("chest_pain", 6, "en", "en", E, "hi sorry this is prob nothing but my uncle (he's got really high blood pressure and never takes his meds) just yelled out while we were having tea, says something ripped inside his chest and its going straight through between his shoulder blades. hes white as a sheet and sweating. do we call 999 or drive him"),
    ("chest_pain", 6, "en", "en", E, "omg mum says it feels like shes being torn in half from front to back, came out of nowhere 2 min ago"),
    ("chest_pain", 6, "zh", "zh-Hans", E, "我爸突然说胸口像被撕开一样疼 一直穿到后背 疼得在地上打滚 他有高血压 我快疯了"),
    ("chest_pain", 6, "zh", "zh-Hant", E, "阿爺突然大叫 話心口好似俾人撕開咁痛 痛到透去背脊 佢有高血壓 我哋而家即刻打999啱唔啱"),
    ("chest_pain", 6, "en", "en", N, "so my best friend's dad had an aortic dissection years ago, like the big tear thing, and he survived and is doing fine now, back at work and everything. she still gets really anxious about it tho and so does her mum. is there like a support group or a counselling thing for families? asking for her, no one is ill rn"),
    ("chest_pain", 6, "zh", "zh-Hant", N, "我有時候背痛會痛到前面胸口 但都是慢慢來的 按摩一下就好了 是不是姿勢不良 要掛復健科嗎"),
    # ---------------- chest_pain 7
    ("chest_pain", 7, "en", "en", E, "gf grabbed her chest and then just dropped, she's awake again now but confused what do i doooo"),
    ("chest_pain", 7, "en", "en", E, "coach (40s) was doing drills w us, said his heart hurt and then went down on the court and was out for like 10 secs. hes sitting up now but looks terrible, all sweaty and keeps saying hes fine and wants to carry on. we're at the sports centre on hill rd, one of the mums is with him"),
    ("chest_pain", 7, "zh", "zh-Hans", E, "救命救命 我奶奶刚才吃完午饭说心口疼 我让她去床上躺 她刚站起来就一下子倒地上了 叫了好几声才醒 现在还迷迷糊糊的 问她哪里疼也说不清楚 我爸妈都在上班 家里就我一个 我才高二 怎么办啊 在线等"),
    ("chest_pain", 7, "zh", "zh-Hant", E, "我老公剛剛說胸口痛 站起來就昏倒在廚房 還撞到頭 現在有醒但是講話很慢 我要打119嗎"),
    ("chest_pain", 7, "en", "en", N, "can u tell me how to get a copy of my discharge letter from when i fainted last year? it was a vasovagal thing, no chest pain, need it for my driving licence form"),
    ("chest_pain", 7, "zh", "zh-Hans", N, "昨天献血的时候有点头晕差点晕倒 护士让我躺了一会就好了 胸口也不疼 今天还需要注意什么吗"),
    # ---------------- chest_pain 8
    ("chest_pain", 8, "en", "en", E, "grandpa keeps saying 'i'm going to die' and hes grey and sweaty and cold to touch, he had chest pain earlier. please help"),
    ("chest_pain", 8, "en", "en", E, "idk how to explain this but my mum keeps saying something awful is about to happen and shes scared, shes never like this. her face has gone the colour of ash and her skin feels wet and cold like a fish, and shes pressing her hand on her breastbone saying it aches. shes 66. is this a panic attack or should i ring an ambulance"),
    ("chest_pain", 8, "zh", "zh-Hans", E, "我爸脸灰灰的 摸起来又湿又冷 一直说心口疼 还说感觉自己这次要不行了 这是什么情况 吓死了"),
    ("chest_pain", 8, "zh", "zh-Hant", E, "我阿媽塊面灰晒 成身濕笠笠凍冰冰 話心口好痛 仲一直講覺得自己今次死梗 我好驚"),
    ("chest_pain", 8, "en", "en", N, "if someone has a panic attack and feels like theyre gonna die but the chest pain goes away after 5 mins and theyre pink and fine after, is that ok to manage at home? asking bc i get them, not having one now"),
    ("chest_pain", 8, "zh", "zh-Hant", N, "請問心臟復健的衛教單張可以在哪裡拿？我爸去年心肌梗塞 現在恢復得很好 想讓他多了解一點"),
    # ---------------- chest_pain 9
    ("chest_pain", 9, "en", "en", E, "i got back from a 12hr flight yesterday and my left calf is puffy and sore and now ive got this stabbing pain every time i breathe in and cant catch my breath at all, came on suddenly about half an hour ago while i was sitting on the bed. 31f, on the pill, not a smoker. is this just jet lag or"),
    ("chest_pain", 9, "en", "en", E, "sisters leg has been swollen since her c-section and now shes got a sharp pain in her chest and shes really short of breath all of a sudden"),
    ("chest_pain", 9, "zh", "zh-Hans", E, "我小腿肿了好几天 今天突然胸口像针扎一样疼 喘不上气 吸气更疼 刚坐完二十几个小时的长途大巴 是不是很严重"),
    ("chest_pain", 9, "zh", "zh-Hant", E, "唔該幫幫手 我老婆兩個禮拜前剖腹生完BB 呢幾日隻左腳腫到好似象腳咁 又紅又痛 我哋以為係坐月唔郁得 點知頭先佢突然心口刺痛 透唔到氣 坐喺床邊喘 佢話吸氣就好痛 點算呀"),
    ("chest_pain", 9, "en", "en", N, "i work 12hr shifts and my ankles swell a bit by the end, goes down overnight, no pain or breathing problems. compression socks worth it?"),
    ("chest_pain", 9, "zh", "zh-Hans", N, "下周要坐长途飞机 以前我姑妈坐飞机腿肿了还查出血栓 我要注意啥？现在没有任何不舒服 就是有点担心 求科普"),
    # ---------------- stroke 0
    ("stroke", 0, "en", "en", E, "nana's face looks weird on the left like it's slipped down and her smile is wonky, she was fine at lunch 😟 is this a stroke"),
    ("stroke", 0, "en", "en", E, "bro my dads mouth is hanging lower on the right and when he tries to grin only half of it moves. he was literally making tea 10 mins ago"),
    ("stroke", 0, "zh", "zh-Hans", E, "刚和我外婆视频 发现她嘴巴歪到一边去了 笑起来左边脸不动 口水一直往下流 我问她怎么了她自己都没发现 她一个人在老家 我在外地读书 现在怎么办 是给她邻居打电话还是直接打120"),
    ("stroke", 0, "zh", "zh-Hant", E, "我爸的臉突然歪一邊 右邊嘴角垂下來 喝水都從嘴角漏出來 他剛剛還好好的 要打119嗎"),
    ("stroke", 0, "en", "en", N, "quick q, had bells palsy in 2021 which was scary at the time cos half my face dropped, but its totally recovered now, no droop at all, smile is normal. do i need to tell the dentist before my appt next week? they might numb my face and i dont want it to look weird after lol"),
    ("stroke", 0, "zh", "zh-Hant", N, "想問下我阿媽中風之後嘅物理治療係邊度登記？佢塊面而家已經冇歪 行路都好咗好多 多謝"),
    # ---------------- stroke 1
    ("stroke", 1, "en", "en", E, "this is gonna sound dumb but my boyfriend (32) was playing xbox and suddenly dropped the controller and his right hand just wont grip anything, and when he tried to get up his right leg gave way and he kinda slid down the sofa. he says he feels fine otherwise and is laughing it off but idk"),
    ("stroke", 1, "en", "en", E, "mum cant lift her left arm at all since like 5 mins ago, it just flops. came on sudden. shes 70"),
    ("stroke", 1, "zh", "zh-Hans", E, "我爸突然右边胳膊抬不起来 筷子都拿不住 右腿也软 站不稳 半小时前还好好的 要马上打120吗"),
    ("stroke", 1, "zh", "zh-Hant", E, "救命呀 阿嫲頭先喺廚房執緊嘢 突然左手左腳冇晒力 個碗都跌咗落地 企唔穩 成個人側埋一邊 我扶佢坐低 佢話左邊好重好似唔係自己嘅 佢平時好精神 日日去飲茶 而家點算 我應唔應該即刻打999"),
    ("stroke", 1, "en", "en", N, "arm's been a bit weak since i hurt my shoulder climbing last month, physio says its a rotator cuff thing. can i move my physio slot from thurs to fri?"),
    ("stroke", 1, "zh", "zh-Hans", N, "健身练腿练太狠了 今天两条腿都软软的 上楼梯直发抖 哈哈 是不是乳酸堆积 歇两天就行吧"),
    # ---------------- stroke 2
    ("stroke", 2, "en", "en", E, "grandad sounds drunk on the phone but he doesnt drink at all, hes been teetotal my whole life. his words are all mushed together and slow and he keeps saying hes fine. started just now, he was normal when i rang this morning. hes at home by himself in leeds and im in london, what do i do"),
    ("stroke", 2, "en", "en", E, "help my mum is slurring her words, shes 55 and sober, its really sudden"),
    ("stroke", 2, "zh", "zh-Hans", E, "我妈说话突然含含糊糊的 像嘴里含着东西 根本听不清在说啥 她没喝酒 十分钟前还正常 急"),
    ("stroke", 2, "zh", "zh-Hant", E, "剛剛跟我阿嬤講電話 她講話突然變得很黏很糊 像喝醉一樣 一直講不清楚 可是她根本不喝酒 我問她有沒有怎樣她說沒事 她一個人住在台南 我人在台北 我要幫她叫119嗎 好緊張"),
    ("stroke", 2, "en", "en", N, "little bro talks a bit slurry when hes super tired at night, always has, docs checked him b4 and said fine. is there a speech therapy waitlist at ur hospital?"),
    ("stroke", 2, "zh", "zh-Hant", N, "啱啱剝咗智慧齒 麻藥未散 講嘢口齒不清 牙醫話過兩三個鐘會好返 正常嘅話我就唔理佢喇"),
    # ---------------- stroke 3
    ("stroke", 3, "en", "en", E, "dad keeps trying to say stuff and its coming out as nonsense, like 'the bread is upstairs blue'. and he looks at me totally blank when i ask him anything. started at breakfast"),
    ("stroke", 3, "en", "en", E, "sorry to bother, my housemate (shes 28) was on a zoom call and suddenly couldnt get any words out, like she knows what she wants to say but it wont come, shes pointing at things and getting upset. she also doesnt seem to get what im saying to her, just nods. no drugs or drink, she was totally normal an hour ago"),
    ("stroke", 3, "zh", "zh-Hans", E, "我奶奶突然说不出话来 张嘴半天憋不出一个词 我跟她说话她好像也听不懂 一直盯着我看 好吓人"),
    ("stroke", 3, "zh", "zh-Hant", E, "我老公突然講嘢亂晒 講啲我聽唔明嘅字 我問佢嘢佢又好似唔明我講乜 佢以前從來冇咁 點算"),
    ("stroke", 3, "en", "en", N, "not urgent at all. my gran had a stroke 3 yrs ago and still struggles to find words sometimes, thats just her normal now and shes doing great otherwise. her speech therapist mentioned a communication group for stroke survivors that meets near the hospital, does anyone know what day its on and if carers can come too?"),
    ("stroke", 3, "zh", "zh-Hans", N, "最近老是提笔忘字 话到嘴边想不起来 应该是期末熬夜熬的 没别的不舒服 这个要紧吗"),
    # ---------------- stroke 4
    ("stroke", 4, "en", "en", E, "whole left side of my body just went numb like pins and needles but way worse, face arm and leg. 41m. literally just happened"),
    ("stroke", 4, "en", "en", E, "aunt says she cant feel her right hand or her right foot and the right half of her face feels 'dead', came on all at once while she was on the bus home from work. shes 48. she managed to get off at her stop and rang me from the bench, her voice sounds ok but shes scared. im driving there now"),
    ("stroke", 4, "zh", "zh-Hans", E, "我室友刚刚在宿舍打游戏 突然说左半边身子麻了 从脸一直麻到脚 掐她左手她说没感觉 右边就正常 她才二十岁啊 宿管阿姨也不在 要不要直接打120 还是先送校医院"),
    ("stroke", 4, "zh", "zh-Hant", E, "我媽突然說右邊半個身體都麻麻的 從臉到腳都沒感覺 捏她也不太會痛 要馬上去急診嗎"),
    ("stroke", 4, "en", "en", N, "i sleep on my arm wrong every night and wake up with it numb lol, goes in a minute. normal right?"),
    ("stroke", 4, "zh", "zh-Hant", N, "想問下手腳麻痺可唔可以預約神經科？我上年有一次手指麻 已經檢查過冇事 醫生叫我有需要再約"),
    # ---------------- stroke 5
    ("stroke", 5, "en", "en", E, "im seeing two of everything suddenly, like 2 tvs, and it doesnt go away when i blink. 38f. also feel kinda off"),
    ("stroke", 5, "en", "en", E, "grandpa says everything went black in his right eye like a curtain came down, all at once, 10 mins ago. hes 79"),
    ("stroke", 5, "zh", "zh-Hans", E, "我爸突然说左眼看不见了 像被拉了一块黑布 一分钟前还在刷手机 急急急"),
    ("stroke", 5, "zh", "zh-Hant", E, "頭先同阿爸食緊飯 佢突然話睇嘢見到兩個 望住我都見到兩個我 佢揉咗眼都冇用 仲話頭有啲暈 佢六十幾歲 有高血壓 我哋而家喺屋企 應唔應該即刻叫白車"),
    ("stroke", 5, "en", "en", N, "eyes get blurry after 8hrs gaming, goes away after sleep, everything looks normal rn, no double or anything. do i need an eye test or just less screen lmao. also my mum says sitting too close to the tv ruins your eyes is that actually true or a myth"),
    ("stroke", 5, "zh", "zh-Hans", N, "我外公去年一只眼突然看不见 后来查是中风 现在恢复得挺好 请问眼科复查要挂哪个号？"),
    # ---------------- stroke 6
    ("stroke", 6, "en", "en", E, "mum suddenly cant stand, room spinning she says, keeps falling to the left, shes gripping the counter. 63"),
    ("stroke", 6, "en", "en", E, "was walking to the shop with my grandma and she suddenly started lurching like she was on a boat, couldnt walk straight and bumped into a wall, and now she says everything is whirling and she cant get up. shes never been like this, no drink, shes 77 and diabetic. we're outside tesco"),
    ("stroke", 6, "zh", "zh-Hans", E, "家人们 我爸刚刚在阳台浇花 突然说天旋地转 站都站不住 一下摔地上了 扶起来还是往一边倒 走不了直线 还吐了一口 他说从来没这么晕过 他有高血压 平时吃药不太规律 要叫救护车吗 还是先让他躺一会"),
    ("stroke", 6, "zh", "zh-Hant", E, "阿公剛剛突然頭很暈 走路歪來歪去 一直要跌倒 扶著牆都站不穩 他從來沒這樣過 怎麼辦"),
    ("stroke", 6, "en", "en", N, "if you stand up too fast and get dizzy for a sec is that bad? happens to me sometimes after a hot shower. not happening rn"),
    ("stroke", 6, "zh", "zh-Hant", N, "阿媽上年暈低跌親 今日覆診想問下平衡訓練班點報名 佢而家行路好穩 冇再暈"),
    # ---------------- stroke 7
    ("stroke", 7, "en", "en", E, "head literally exploded with pain like 5 mins ago, worst ever in my life, like being hit with a bat, ive never had anything like it. 26f"),
    ("stroke", 7, "en", "en", E, "husband is holding his head screaming, says it came on like a thunderclap, worst headache of his life, he normally never gets headaches"),
    ("stroke", 7, "zh", "zh-Hans", E, "我妈刚刚在厨房突然抱着头蹲下去 说头像炸开一样疼 这辈子从来没这么疼过 她平时偶尔偏头疼 但她说这次完全不一样 一下子就到最疼 现在还吐了 脖子也硬 我在旁边手一直抖 要打120吗"),
    ("stroke", 7, "zh", "zh-Hant", E, "我個仔15歲 啱啱喺學校打緊波 突然抱住個頭跪喺地 話好似有嘢喺個腦爆咗咁痛 痛到喊 佢話一世人未試過咁痛 平時佢好少頭痛 老師打咗俾我 話佢而家仲嘔咗 我喺公司趕緊過去 點算呀"),
    ("stroke", 7, "en", "en", N, "ive got a normal tension headache from exams, same as always, paracetamol usually fixes it. how much can i take in a day?"),
    ("stroke", 7, "zh", "zh-Hans", N, "我有偏头痛好几年了 今天又有点疼 跟平时一模一样 想问神经内科的号能网上预约吗"),
    # ---------------- stroke 8
    ("stroke", 8, "en", "en", E, "dad just started not knowing where he is, asked me who i was 😭 he was fine an hour ago, hes 67, not diabetic"),
    ("stroke", 8, "en", "en", E, "ok this is gonna be long sorry. my nan lives with us, shes 84 and sharp as anything normally, does the crossword every day. this morning she got up and put the kettle in the fridge and then started asking where her mum is (her mum died in 1980) and cant tell me what day it is or that shes in her own house. it literally happened in the last half hour"),
    ("stroke", 8, "zh", "zh-Hans", E, "我外公突然糊涂了 不认得我 一直问这是哪里 还把遥控器当电话打 半小时前还好好的 怎么办"),
    ("stroke", 8, "zh", "zh-Hant", E, "我爸剛剛突然變得很混亂 一直問現在幾點 問完又問 連我媽的名字都叫不出來 早上還很正常 要送急診嗎"),
    ("stroke", 8, "en", "en", N, "our grandma has dementia and gets a bit muddled in the evenings, same as usual, her carer says its sundowning. is visiting allowed after 7pm on ward 4?"),
    ("stroke", 8, "zh", "zh-Hant", N, "今個星期通頂趕完死線 今朝起身有啲懵 搞錯咗日子 以為係禮拜六 差啲冇返學 飲完咖啡食完早餐就好返晒 記得晒所有嘢 哈哈 我係咪要瞓多啲 定係要去睇下醫生"),
    # ---------------- stroke 9
    ("stroke", 9, "en", "en", E, "dads arm went weak and his face dropped for like 10 mins earlier and now hes totally back to normal. he says forget it. should we??"),
    ("stroke", 9, "en", "en", E, "so my mum (59) was chatting to me in the car and for about 5 minutes her words came out all jumbled and her right hand wouldnt hold her phone, then it all just fixed itself and shes acting normal now and says shes tired and wants to go home for a nap. she doesnt want any fuss. she has high blood pressure"),
    ("stroke", 9, "zh", "zh-Hans", E, "想问一下 我爷爷刚才吃饭的时候嘴歪了几分钟 说话也不清楚 筷子都掉了 我们正准备打电话 结果他现在又好了 跟没事人一样 他说就是累了 不用去医院 非要回屋睡觉 他七十八 有高血压 真的不用去吗 我好慌"),
    ("stroke", 9, "zh", "zh-Hant", E, "阿媽頭先有十分鐘右手冇晒力 講嘢又口齒不清 而家又好返晒 佢話唔使理 但我好驚"),
    ("stroke", 9, "en", "en", N, "had a TIA 2 yrs ago, all good since, on clopidogrel. is the stroke clinic review still happening or was it cancelled? got no letter"),
    ("stroke", 9, "zh", "zh-Hans", N, "我奶奶的病历上写着短暂性脑缺血发作 是两年前的 这几年一直没事 这个词是什么意思啊 小白求解"),
    # ---------------- anaphylaxis 0
    ("anaphylaxis", 0, "en", "en", E, "at my mates 18th and ate a cookie that i think had nuts in it even tho she said it didnt, and now my tongue feels huge and my throat is closing up and its hard to talk. im 17, i have a nut allergy but i left my pen at home like an idiot. pls help"),
    ("anaphylaxis", 0, "en", "en", E, "son (8) got stung by a bee in the garden and now the inside of his mouth is puffing up and he says it feels like theres a ball stuck when he gulps"),
    ("anaphylaxis", 0, "zh", "zh-Hans", E, "吃了口虾 舌头一下子肿起来了 嗓子眼好紧 说话声音都变了 我对虾过敏的 救命"),
    ("anaphylaxis", 0, "zh", "zh-Hant", E, "我弟剛剛在夜市吃了花生糖 他本來就對花生過敏 可是以為那個沒有花生 現在舌頭腫到嘴巴快合不起來 一直說喉嚨卡卡的很緊 一直在吞口水 我們現在在夜市入口 要叫救護車還是自己開車去急診"),
    ("anaphylaxis", 0, "en", "en", N, "bit my tongue eating crisps and its a bit swollen on one spot lol, no allergy stuff, breathing fine. salt water rinse?"),
    ("anaphylaxis", 0, "zh", "zh-Hant", N, "我個女對花生敏感 想問下醫院有冇過敏科嘅講座或者單張？佢而家冇事 只係想準備多啲"),
    # ---------------- anaphylaxis 1
    ("anaphylaxis", 1, "en", "en", E, "got stung by a wasp 10 min ago and now im wheezing loads and cant get a proper breath in, never had this before"),
    ("anaphylaxis", 1, "en", "en", E, "girlfriend had a bite of my pad thai and we didnt realise it had peanut in, shes allergic. her chest is making this whistling sound and shes sitting forward gasping between every couple of words, hands on her knees. her asthma pump isnt doing anything. we're in a restaurant in camden"),
    ("anaphylaxis", 1, "zh", "zh-Hans", E, "我吃了头孢半小时 现在喘得厉害 嗓子里呼哧呼哧响 吸不进气 是不是过敏了 家人们"),
    ("anaphylaxis", 1, "zh", "zh-Hant", E, "點算呀 我個仔八歲 頭先喺朋友屋企食咗一粒腰果 佢對果仁敏感 而家成個胸口嘶嘶聲 抽唔到氣 要撐住張檯先坐得穩 佢話好辛苦 我哋仲喺朋友屋企 佢媽咪話等陣就好 但我覺得唔對路"),
    ("anaphylaxis", 1, "en", "en", N, "i get a bit wheezy around cats, mild, inhaler sorts it. going to my friends who has 2 cats tonight, should i take an antihistamine before?"),
    ("anaphylaxis", 1, "zh", "zh-Hans", N, "我去年吃芒果过敏喘了一次 后来就好了 最近想做个过敏原检测 是挂皮肤科还是变态反应科呀"),
    # ---------------- anaphylaxis 2
    ("anaphylaxis", 2, "en", "en", E, "omg my voice has gone all raspy and squeaky and it hurts to get anything down, even water. just had a kiwi and i think im allergic?? started 5 mins ago"),
    ("anaphylaxis", 2, "en", "en", E, "mate took penicillin for the first time an hour ago and now he sounds really hoarse and says he cant swallow his spit, just drooling into a cup"),
    ("anaphylaxis", 2, "zh", "zh-Hans", E, "我妈下午在诊所打了一针消炎的 回家没多久 声音突然变得很哑 说吃东西咽不下去 喝口水都呛 脖子那里也紧紧的 她以前没用过这个药 我爸不在家 我在旁边干着急 这种情况是不是过敏 要不要马上打120"),
    ("anaphylaxis", 2, "zh", "zh-Hant", E, "我剛被蜜蜂叮 現在聲音變超沙啞 口水吞不下去 喉嚨好像越來越小 拜託快告訴我怎麼辦"),
    ("anaphylaxis", 2, "en", "en", N, "voice has been hoarse for 3 days because i screamed the whole way through a concert on saturday lol. no allergies, no swelling, swallowing is fine, just sound like a frog. is there anything that speeds it up or do i just wait it out, got a presentation on friday"),
    ("anaphylaxis", 2, "zh", "zh-Hant", N, "上個禮拜打完流感針喉嚨有少少痛 食嘢吞落有啲唔舒服 兩日就好返 下年仲可唔可以打？"),
    # ---------------- anaphylaxis 3
    ("anaphylaxis", 3, "en", "en", E, "dad just got stung by something in the garden and now hes gone really pale and wobbly and says hes gonna pass out, lying on the grass"),
    ("anaphylaxis", 3, "en", "en", E, "ok so i ate prawns at the all you can eat place and now i feel super faint and dizzy like my legs r gonna go, had to sit down on the floor by the toilets. got itchy lumps everywhere too. 22m, never been allergic to anything before, my mates think im just drunk but i only had one pint"),
    ("anaphylaxis", 3, "zh", "zh-Hans", E, "救命 我闺蜜在我家吃了我做的花生酱吐司 她说她有点过敏但平时只是痒 结果现在她说头晕眼花站不起来 刚刚去厕所的时候差点晕倒 我扶着她躺在沙发上 脸白得吓人 我们要打120吗 还是吃过敏药就行"),
    ("anaphylaxis", 3, "zh", "zh-Hant", E, "我媽剛打完顯影劑 現在說頭很暈 快昏倒了 臉色好白 人還在醫院停車場 我要怎麼辦"),
    ("anaphylaxis", 3, "en", "en", N, "i felt a bit lightheaded during my blood test this morning, they said its a normal faint thing not allergy, im fine now. when will my results be ready?"),
    ("anaphylaxis", 3, "zh", "zh-Hans", N, "我对青霉素过敏 以前用了会头晕 想问一下医院的病历系统里能不能标注过敏 我这次住院想确保大家都知道"),
    # ---------------- anaphylaxis 4
    ("anaphylaxis", 4, "en", "en", E, "toddler ate some of his brothers satay and now hes gone floppy and pale and wont wake up properly 😭😭"),
    ("anaphylaxis", 4, "en", "en", E, "babysitting my cousin (shes 4) and she had a bit of egg at lunch which her mum said shes allergic to, i didnt know 😭 she was itchy at first but now shes gone all white and limp in my arms like a rag doll and shes not answering when i say her name, just kind of staring. im 16 and home alone with her"),
    ("anaphylaxis", 4, "zh", "zh-Hans", E, "我儿子两岁 刚吃了一口鸡蛋羹 现在脸发白 浑身软绵绵的 叫他也没反应 怎么办 怎么办"),
    ("anaphylaxis", 4, "zh", "zh-Hant", E, "個BB啱啱食咗少少花生醬 而家面青青 成個人軟晒 叫佢都唔應 救命"),
    ("anaphylaxis", 4, "en", "en", N, "my daughter is allergic to eggs, totally fine rn, playing. can someone tell me if the kids ward has an allergy action plan template i can print?"),
    ("anaphylaxis", 4, "zh", "zh-Hant", N, "我姪子小時候吃蛋過敏 整個人軟趴趴的被送急診 那次把全家嚇壞了 現在他十歲了都很好 也不太會過敏了 我自己的小孩現在一歲 還沒吃過蛋 想問兒童過敏門診要怎麼掛號 可以先帶去做檢查嗎"),
    # ---------------- anaphylaxis 5
    ("anaphylaxis", 5, "en", "en", E, "grandma got stung by a wasp and now shes talking total rubbish, doesnt know where she is, keeps asking the same thing. 20 mins ago she was normal"),
    ("anaphylaxis", 5, "en", "en", E, "at my cousins wedding rn and my sister ate some of the seafood starter, shes allergic to shellfish, and now shes all confused and muddled, doesnt know what day it is or whose wedding it is, got a rash on her arms too. she was totally fine during the speeches. someone says just give her piriton??"),
    ("anaphylaxis", 5, "zh", "zh-Hans", E, "我爸吃完海鲜一个小时 现在突然迷迷糊糊的 问他话答非所问 身上还起了疙瘩 他以前吃螃蟹过敏过"),
    ("anaphylaxis", 5, "zh", "zh-Hant", E, "我阿嬤剛剛在菜園被虎頭蜂叮了兩下 一開始只是腫 我們用冰塊敷 結果現在她突然開始亂講話 一直說要去找我阿公 可是我阿公已經過世很多年了 叫她名字也反應很慢 我們住在山上離醫院很遠 要叫119嗎"),
    ("anaphylaxis", 5, "en", "en", N, "after my allergy jabs i sometimes feel a bit spacey and tired for an hour, the nurse says thats common. is it fine to drive after? asking before tomorrows appt"),
    ("anaphylaxis", 5, "zh", "zh-Hant", N, "我朋友之前話佢俾黃蜂叮完成個人矇查查 入咗醫院 而家冇事 我想問下去行山要帶啲乜藥先安全"),
    # ---------------- anaphylaxis 6
    ("anaphylaxis", 6, "en", "en", E, "took ibuprofen and now im covered in massive itchy welts head to toe and my heart is pounding like crazy, like 140. 24f"),
    ("anaphylaxis", 6, "en", "en", E, "bfs heart is racing and hes got raised red blotches all over his body after eating the walnut cake, back legs face everywhere"),
    ("anaphylaxis", 6, "zh", "zh-Hans", E, "吃完芒果全身起了大片大片的风团 又红又痒 心跳得特别快 咚咚咚的 有点慌 是不是严重过敏"),
    ("anaphylaxis", 6, "zh", "zh-Hant", E, "救命 我今晚同朋友打邊爐 食完蝦之後成身起晒風癩 由頭痕到落腳 塊面同手臂都一舊舊 心口跳到好似就爆咁 坐定都跳得好快 我以前食蝦都冇事 朋友話食粒敏藥就得 但我好驚"),
    ("anaphylaxis", 6, "en", "en", N, "hi, i had a few hives on my arms yesterday after trying a new washing powder, they went by this morning and i feel totally normal, heart rate normal etc. is it worth going to the allergy clinic or should i just switch back to my old powder? also is antihistamine ok on the pill"),
    ("anaphylaxis", 6, "zh", "zh-Hans", N, "我一紧张心跳就快 考试前手心都是汗 但身上什么都没起 这是焦虑吗 有没有办法缓解"),
    # ---------------- anaphylaxis 7
    ("anaphylaxis", 7, "en", "en", E, "nursery just rang, my little girl ate a cashew and now she wont stop coughing, like constant barking, and theres a squeaky sound when she breathes. on my way but should they call 999"),
    ("anaphylaxis", 7, "en", "en", E, "just had a sesame bagel, im allergic but thought it was plain, and i keep hacking nonstop and each breath in makes this creaky rattly noise. cant stop. in the uni library on the 3rd floor and people r staring. been like 10 mins, its not settling at all and my lips feel tingly"),
    ("anaphylaxis", 7, "zh", "zh-Hans", E, "刚吃了花生 一直咳 停不下来 喘气的时候嗓子里呼噜呼噜响 已经十几分钟了 我对花生过敏 在线等"),
    ("anaphylaxis", 7, "zh", "zh-Hant", E, "我兒子被蜜蜂叮到之後就一直咳一直咳 呼吸有咻咻的聲音 咳到臉都紅了 他才6歲"),
    ("anaphylaxis", 7, "en", "en", N, "got a lingering cough since a cold 2 weeks ago, no allergies, breathing fine, just annoying at night. honey and lemon ok for an 11 yr old?"),
    ("anaphylaxis", 7, "zh", "zh-Hant", N, "想問下我阿仔嘅過敏報告幾時出？佢上個月食完蛋撻之後咳咗一陣 當時食咗敏藥好快就好返 之後都冇再咳 醫生叫我哋做埋血液測試 我想睇下網上可唔可以查到結果"),
    # ---------------- anaphylaxis 8
    ("anaphylaxis", 8, "en", "en", E, "used my epipen 5 min ago after eating something with peanut, feel a bit better but my lips r still swelling. do i still need to go in or is it fine now"),
    ("anaphylaxis", 8, "en", "en", E, "my daughter is 12, she got stung at the park and we jabbed her allergy pen into her thigh like we practised, its been about 8 mins and shes still wheezy and her face is still puffing up. we've got a second pen. do we give it or wait?? we're in the car"),
    ("anaphylaxis", 8, "zh", "zh-Hans", E, "我刚给自己扎了一针肾上腺素笔 吃了带坚果的蛋糕 喉咙还是紧 心跳很快 打完了是不是就没事了"),
    ("anaphylaxis", 8, "zh", "zh-Hant", E, "頭先幫個女打咗支EpiPen 佢喺生日會食咗蝦餃 一入口就話喉嚨痕 之後成塊面腫起 打完針而家呼吸好咗少少 但係塊面仲好腫 手臂都係紅點 我哋而家喺酒樓門口 使唔使去急症室 定係等佢好返就得"),
    ("anaphylaxis", 8, "en", "en", N, "can i get my epipen replaced at the hospital pharmacy? mine expires next month. havent had to use it in years"),
    ("anaphylaxis", 8, "zh", "zh-Hans", N, "请问肾上腺素笔怎么用？孩子刚确诊花生过敏 医生开了 想先在网上学一下 孩子现在好好的"),
    # ---------------- anaphylaxis 9
    ("anaphylaxis", 9, "en", "en", E, "after eating shrimp at the chinese tonight my mum is throwing up over and over and doubled over with belly cramps, she says its the worst pain shes had, plus shes got red blotchy patches coming up on her neck. shes allergic to shellfish but the waiter swore there wasnt any in it. dad wants to drive her but should we get an ambulance"),
    ("anaphylaxis", 9, "en", "en", E, "kid got stung by a wasp at school and is now vomiting and screaming his tummy hurts and hes all red and bumpy, school nurse called us, on our way but omg"),
    ("anaphylaxis", 9, "zh", "zh-Hans", E, "我被马蜂蛰了以后 肚子绞着疼 吐了三次 身上起了一片片红疹子 全身痒 头也晕 人还在景区里"),
    ("anaphylaxis", 9, "zh", "zh-Hant", E, "我女兒今天在學校吃了同學給的蝦餅 她對蝦過敏 老師說她在教室吐了好幾次 一直抱著肚子哭說好痛 身上和脖子都起紅疹 老師已經在打電話給我 我現在要直接叫救護車去學校還是叫老師送急診"),
    ("anaphylaxis", 9, "en", "en", N, "had a stomach bug last wk, threw up a few times, no rash or allergy anything, all good now. when can i go back to work at the care home?"),
    ("anaphylaxis", 9, "zh", "zh-Hant", N, "食完海鮮成晚肚痛 屙咗兩次 冇出疹冇嘔 而家好返好多 係咪食物中毒 要唔要睇醫生"),
    # ---------------- breathing 0
    ("breathing", 0, "en", "en", E, "dad cant finish a sentence, he says two words then has to gasp, hes 70 with copd and this is way worse than his normal"),
    ("breathing", 0, "en", "en", E, "typing cos i cant talk, only get like 3 words out b4 i need air again. started an hour ago, getting worse"),
    ("breathing", 0, "zh", "zh-Hans", E, "求助 我妈今天下午开始喘 本来以为是感冒 现在喘得一句话都说不完 说两个字就要停下来大口吸气 肩膀一耸一耸的 躺不下去只能坐着 她从来没有喘成这样 我爸在外地 我要不要直接打120"),
    ("breathing", 0, "zh", "zh-Hant", E, "我男友從下午開始就一直喘 本來以為是感冒 現在喘到一句話要分好幾次講 講三個字就要停下來吸氣 肩膀一直聳 他說胸口沒有痛 可是我看他好辛苦 他27歲 平常身體很好 我們要去急診還是等明天看門診"),
    ("breathing", 0, "en", "en", N, "after climbing 6 flights of stairs i was so out of breath i couldnt talk for a sec lol. fine after a minute. am i just unfit"),
    ("breathing", 0, "zh", "zh-Hant", N, "阿爺有慢阻肺 平時行快兩步會喘下 休息下就好 想問下肺科覆診可唔可以改期"),
    # ---------------- breathing 1
    ("breathing", 1, "en", "en", E, "why are my grandads lips going purple?? hes breathing weird and his fingertips are dusky too. 85"),
    ("breathing", 1, "en", "en", E, "sorry i dont know who else to ask. my baby brother is 6 months old and has a bad cold and mums at work. his lips have gone a bluey colour and the skin round his mouth looks grey, and hes breathing really fast. hes still awake but not crying much. im 15. ive texted mum but shes not answering"),
    ("breathing", 1, "zh", "zh-Hans", E, "我爸喘得厉害 嘴唇都发紫了 指甲也发青 怎么办 要叫救护车吗 急死"),
    ("breathing", 1, "zh", "zh-Hant", E, "阿嫲呼吸好急 嘴唇變晒紫色 面色灰灰哋 佢有心臟病 而家點算呀 唔該幫幫手"),
    ("breathing", 1, "en", "en", N, "lips go a bit blue when i swim in the sea in winter lol, my mates call me smurf. warm up with a hot drink and theyre normal pink again in like 10 mins, no breathing problems or anything. is that ok or should i stop doing the cold water swims? its a club thing on sundays"),
    ("breathing", 1, "zh", "zh-Hans", N, "看纪录片说缺氧会嘴唇发紫 想问一下血氧仪在家测多少算正常？家里人都挺好的 就是想买一个备着"),
    # ---------------- breathing 2
    ("breathing", 2, "en", "en", E, "3yo was eating grapes and now hes grabbing his neck and no sound is coming out, face going red HELP"),
    ("breathing", 2, "en", "en", E, "grandmas choking on a bit of steak at sunday dinner, cant cough or breathe, shes just holding her throat and going red, ive done 5 back slaps like they teach at school and its not coming out, my brother is trying the tummy thrust thing now. whats next"),
    ("breathing", 2, "zh", "zh-Hans", E, "我爸吃饭被一块肉卡住了 咳不出来 也喘不了气 说不出话 手一直抓着脖子 我不会海姆立克 快告诉我"),
    ("breathing", 2, "zh", "zh-Hant", E, "我妹吃麻糬卡住了 發不出聲音也咳不出來 臉越來越紅 救命 要怎麼做"),
    ("breathing", 2, "en", "en", N, "nearly choked on a crisp earlier but coughed it up straight away and feel fine now, throat just a bit scratchy. anything i should watch for?"),
    ("breathing", 2, "zh", "zh-Hant", N, "想問下醫院有冇急救課程教點樣處理哽親？上個月我個仔食魚蛋哽親 好彩佢自己咳返出嚟 之後都冇事 但係我好驚 想學下海姆立克法 有冇課程可以報名 或者有冇單張"),
    # ---------------- breathing 3
    ("breathing", 3, "en", "en", E, "hi my daughter is 18 months and has had a chesty cold for 2 days. tonight her breathing looks really wrong, every time she breathes in the skin under her ribs sucks right in and you can see the gaps between her ribs, and shes making this little grunt noise at the end of every breath. she wont drink. is this a 999 thing or 111"),
    ("breathing", 3, "en", "en", E, "baby (4 months) is making a little 'uh' sound with every breath out and his belly is caving in below his chest when he breathes. hes got a cold. is this bad?"),
    ("breathing", 3, "zh", "zh-Hans", E, "我家宝宝八个月 感冒了 现在每次吸气肋骨下面都凹进去一块 还哼哼的 鼻翼一扇一扇 怎么办"),
    ("breathing", 3, "zh", "zh-Hant", E, "個BB一歲 傷風咗兩日 今晚佢抖氣嗰陣肋骨下面凹晒入去 連頸都見到一吸一吸 每啖氣都哼哼聲 唔肯飲奶 又唔喊 平時佢好曳 而家好靜 我同老公好驚呀 係咪要即刻去急症室"),
    ("breathing", 3, "en", "en", N, "my baby grunts a lot when she sleeps, midwife said its normal newborn noises and shes feeding and pink and breathing easy. is there a leaflet on normal baby sounds?"),
    ("breathing", 3, "zh", "zh-Hans", N, "孩子咳嗽三天了 精神挺好 吃喝正常 呼吸也不费劲 没有三凹征 明天能挂儿科专家号吗"),
    # ---------------- breathing 4
    ("breathing", 4, "en", "en", E, "son is 5, hes been wheezing all night and now hes all floppy and wont answer me, just lying there with his eyes half shut"),
    ("breathing", 4, "en", "en", E, "2yo is having trouble breathing and shes limp, not responding to me at all, please what do i do"),
    ("breathing", 4, "zh", "zh-Hans", E, "我儿子三岁 这两天发烧咳嗽 晚上喘得越来越厉害 刚才我抱他起来喂水 发现他整个人软趴趴的 眼睛半睁着 叫他名字也不理我 以前生病都会哭闹 这次一点声音都没有 呼吸又快又浅 我一个人在家 老公出差了"),
    ("breathing", 4, "zh", "zh-Hant", E, "我女兒2歲 呼吸很喘 現在整個人軟軟的叫不醒 怎麼叫都沒反應 拜託快點告訴我"),
    ("breathing", 4, "en", "en", N, "kid gets sleepy and a bit floppy after a long day at the beach, like falls asleep in the car and is a dead weight when i carry him in lol. breathing totally fine, colour fine, wakes up normal and starving in the morning. just a tired 6 yr old right? his nan is worried"),
    ("breathing", 4, "zh", "zh-Hant", N, "我個女上年肺炎入咗院 試過軟晒唔應人 而家好返晒 想問下兒科覆診嘅報告點樣申請副本"),
    # ---------------- breathing 5
    ("breathing", 5, "en", "en", E, "nan has had a chest infection all week and the gp gave her antibiotics but tonight shes gasping for air sitting in her chair and shes muddled too, doesnt know who i am and keeps calling me by my mums name. it came on this afternoon. im 17 and staying with her, mum is on a night shift"),
    ("breathing", 5, "en", "en", E, "dad is really short of breath and suddenly confused, talking nonsense about a job he retired from 10 yrs ago"),
    ("breathing", 5, "zh", "zh-Hans", E, "我爷爷本来就有肺病 今天突然喘得厉害 还开始说胡话 认不出我奶奶了 急"),
    ("breathing", 5, "zh", "zh-Hant", E, "我阿爸新冠第五日 今朝開始越嚟越喘 行兩步都抖唔到氣 頭先仲開始亂講嘢 問我而家係咪去緊返工 佢已經退休咗好多年 叫佢食藥佢都唔知我講緊乜 我要唔要即刻叫白車"),
    ("breathing", 5, "en", "en", N, "when my anxiety spikes i feel a bit breathless and foggy for a few mins then it passes. not happening now. can i self-refer to the talking therapies service?"),
    ("breathing", 5, "zh", "zh-Hans", N, "请问我外婆的出院小结在哪里取？她上个月喘得厉害还有点糊涂 住院治好了 现在挺好的"),
    # ---------------- breathing 6
    ("breathing", 6, "en", "en", E, "had 10 puffs of my blue inhaler and still cant breathe, chest so tight, getting worse. 19f asthmatic"),
    ("breathing", 6, "en", "en", E, "little brother has a wheezy chest thing and started wheezing after football, we've given him his blue pump with the spacer, like 8 or 9 puffs now, and hes still struggling, sitting hunched over and his tummy is going in and out really fast. mums on her way back from work. hes 9. what do we do"),
    ("breathing", 6, "zh", "zh-Hans", E, "在公司厕所打字 我哮喘犯了 蓝色喷雾十分钟里喷了好几下了 一点用都没有 越来越喘 胸口憋得慌 说话都费劲 同事还不知道 我不想麻烦人家 但是真的很难受 要不要让他们帮我叫120"),
    ("breathing", 6, "zh", "zh-Hant", E, "我老婆氣喘發作 藍色噴劑已經吸了五六下 還是很喘 一直坐著往前傾 嘴唇也有點白 要怎麼辦"),
    ("breathing", 6, "en", "en", N, "is there a leaflet about asthma action plans? my sons asthma is well controlled, just want to know when to up his inhaler in winter"),
    ("breathing", 6, "zh", "zh-Hant", N, "我有哮喘 平時索兩下藍色噴霧就好返 今日都係咁 已經冇事 想問下可唔可以網上續藥"),
    # ---------------- breathing 7
    ("breathing", 7, "en", "en", E, "3 week old keeps going totally still with her chest not moving for like 15 secs then does a big gasp, happened 4 times in 10 mins, she looks a bit pale"),
    ("breathing", 7, "en", "en", E, "grandad is passed out on his bed and his breathing keeps stopping, like long gaps of nothing then a snore. i cant wake him up. 79"),
    ("breathing", 7, "zh", "zh-Hans", E, "我宝宝才一个月 刚才看她睡觉 胸口十几秒都不动 然后突然喘一下 连续好几次了 脸有点白 吓死我了"),
    ("breathing", 7, "zh", "zh-Hant", E, "我外公剛剛在客廳睡著 叫不太醒 然後我發現他呼吸會停很久 停差不多二三十秒才又大口吸一下 之前從來沒有這樣 他今天吃了止痛藥跟安眠藥 不知道吃了多少 我們家在高雄 要叫119嗎"),
    ("breathing", 7, "en", "en", N, "newborn does little breathing pauses when asleep, like 5 secs, and then a few fast breaths. health visitor watched her and said its normal periodic breathing and shes pink and feeding well and gaining weight. we've not seen anything longer than that. when is the 6 week check and do i book it thru the gp or here?"),
    ("breathing", 7, "zh", "zh-Hant", N, "我老公瞓覺扯鼻鼾 有時好似停咗呼吸幾秒 醫生話可能係睡眠窒息症 轉介咗睡眠測試 想問下要等幾耐"),
    # ---------------- breathing 8
    ("breathing", 8, "en", "en", E, "just sitting watching netflix and suddenly i cant get enough air, like drowning, heart going mad. 45m, nothing set it off"),
    ("breathing", 8, "en", "en", E, "mum is 72, she was just sitting in her chair reading like normal and all of a sudden shes really struggling for breath, like properly fighting for every one, she cant even lie back, has to sit bolt upright. she has a heart problem but has never been like this. we're in her flat on the 3rd floor, no lift"),
    ("breathing", 8, "zh", "zh-Hans", E, "我坐着啥也没干 突然就喘不上气了 越喘越急 跟溺水一样 我一个人在出租屋 手在抖"),
    ("breathing", 8, "zh", "zh-Hant", E, "阿媽坐喺度睇電視 突然好氣促 抖唔切氣 要坐直先抖到 佢從來冇試過咁 我而家叫緊白車啱唔啱"),
    ("breathing", 8, "en", "en", N, "get breathless running for the bus, catch my breath in a minute, fine sitting down. 30, unfit lol. any beginner running apps u recommend"),
    ("breathing", 8, "zh", "zh-Hans", N, "我爸去年有一次坐着突然喘不上气 后来查出来是心衰 住院治好了 现在每天按时吃药 状态挺好的 想问问心内科的慢病随访门诊是每个月都要来吗 还有能不能让我来帮他开药 他腿脚不太方便"),
    # ---------------- breathing 9
    ("breathing", 9, "en", "en", E, "son (2) has had a croupy cough for 2 days and tonight even sitting still on my lap hes making a loud squeaky whistly noise every time he sucks air in, you can hear it from the next room. hes frightened and clinging to me and wont lie down. the steam in the bathroom isnt helping"),
    ("breathing", 9, "en", "en", E, "husband has a high-pitched noise when breathing in, even just sitting, its getting louder. started after a sore throat yesterday, he can hardly swallow"),
    ("breathing", 9, "zh", "zh-Hans", E, "我女儿两岁 犬吠样咳嗽 现在安安静静坐着吸气都有尖尖的哨子声 越来越响 她很害怕 要不要马上去急诊"),
    ("breathing", 9, "zh", "zh-Hant", E, "我兒子7歲 昨天開始喉嚨痛 今天發高燒 剛剛我發現他坐著不動 吸氣的時候也有很尖的聲音 像哨子一樣 喉嚨很痛吞不下口水 口水一直流 要身體往前趴著才比較好呼吸 我們在新竹 要叫救護車嗎"),
    ("breathing", 9, "en", "en", N, "daughter had croup last year, the barky cough and squeaky breathing, all fine after steroids. she just has a normal cold now, no noise. can croup come back?"),
    ("breathing", 9, "zh", "zh-Hant", N, "我個仔傷風 瞓覺嗰陣鼻塞有啲聲 日頭坐定定冇聲 食嘢玩嘢都正常 使唔使睇醫生"),
]

# ---------------------------------------------------------------- checks
SIMP_ONLY = set("这说来没时医发个吗过们对还头脸觉气晕话讲样现边动吓点应该紧脏车妈爷药喷会从办问题虾针肿咙声闷压呕")
TRAD_ONLY = set("這說來沒時醫發個嗎過們對還頭臉覺氣暈話講樣現邊動嚇點應該緊臟車媽爺藥噴會從辦問題蝦針腫嚨聲悶壓嘔")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Hong Kong Cantonese characters that plain Big5 lacks (they are in HKSCS).
YUE_EXTRA = set("佢唔冇咗嘅喺啱嘢啲哋瞓嗰嚟嫲")


def encodable(ch, codec):
    try:
        ch.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def is_long(text, lang):
    if lang == "en":
        return len(text.split()) > 40
    return len(CJK.findall(text)) > 60


def check(rows):
    ids = [r["id"] for r in rows]
    texts = [r["text"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    assert not dup, ("duplicate texts", dup)
    per_sign = collections.defaultdict(collections.Counter)
    for r in rows:
        assert r["category"] in SIGNS
        assert r["sign"] == SIGNS[r["category"]][r["sign_index"]]
        assert r["level"] in (E, N)
        assert (r["lang"], r["script"]) in (("en", "en"), ("zh", "zh-Hans"), ("zh", "zh-Hant"))
        key = (r["lang"], r["level"]) if r["lang"] == "en" or r["level"] == N else (r["script"], r["level"])
        per_sign[(r["category"], r["sign_index"])][key] += 1
        if r["script"] == "zh-Hans":
            bad = set(r["text"]) & TRAD_ONLY
            assert not bad, (r["id"], "traditional chars in zh-Hans", bad)
        if r["script"] == "zh-Hant":
            bad = set(r["text"]) & SIMP_ONLY
            assert not bad, (r["id"], "simplified chars in zh-Hant", bad)
        # wider script check: Simplified rows fit GB2312, Traditional rows fit Big5 (+ Cantonese extras)
        for ch in CJK.findall(r["text"]):
            if r["script"] == "zh-Hans":
                assert encodable(ch, "gb2312"), (r["id"], "not GB2312", ch)
            elif r["script"] == "zh-Hant":
                assert ch in YUE_EXTRA or encodable(ch, "big5"), (r["id"], "not Big5", ch)
        if r["script"] == "en":
            assert not CJK.search(r["text"]), r["id"]
        else:
            assert CJK.search(r["text"]), r["id"]
    want = collections.Counter({("en", E): 2, ("zh-Hans", E): 1, ("zh-Hant", E): 1, ("en", N): 1, ("zh", N): 1})
    for cat in CATEGORIES:
        for i in range(len(SIGNS[cat])):
            got = per_sign[(cat, i)]
            assert got == want, (cat, i, dict(got))
    assert len(per_sign) == sum(len(v) for v in SIGNS.values())
    share = sum(is_long(r["text"], r["lang"]) for r in rows) / len(rows)
    assert 0.28 <= share <= 0.40, ("long-row share out of range", share)
    return share


def build():
    counters = collections.Counter()
    rows = []
    order = {c: k for k, c in enumerate(CATEGORIES)}
    for cat, idx, lang, script, level, text in sorted(
        ROWS, key=lambda t: (order[t[0]], t[1])
    ):  # stable sort keeps the hand-written order inside each sign
        n = counters[cat]
        counters[cat] += 1
        rows.append({
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
    return rows


def main():
    rows = build()
    share = check(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "triage.jsonl")
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    md5 = hashlib.md5(data.encode("utf-8")).hexdigest()
    print("rows", len(rows))
    print("long_share %.3f" % share)
    print("md5", md5)


if __name__ == "__main__":
    main()
