#!/usr/bin/env python3
"""Blind triage test set blind56a (brief W35). Every message handwritten below as a literal."""
import json
import os
from collections import Counter

SET = "blind56a"
E, N = "emergency", "none"
EN, HANS, HANT = "en", "hans", "hant"

# Per category: 16 rows (level, script, text-or-turns).
# Order: 4 en E, 2 zh-Hans E, 2 zh-Hant E, 4 en N, 2 zh-Hans N, 2 zh-Hant N.
C = {}

C["chest_pain"] = [
    (E, EN, "hello this is Doreen about my husband Arthur he's gone very grey and sweaty sitting in his chair says there's a tightness like a band round his chest and it's going down his left arm it's been about twenty minutes now he says it's his in digestion full stop he had a hearts tent put in two thousand and nineteen what do I do"),
    (E, EN, ["ey up is the car park at the general free after six or do you still need a ticket for the machine",
             "ta. it's for me dad really, we were meant to be comin in for his clinic but he's been sat on the stairs twenty minutes holdin his chest sayin it's like an elephant sat on him and he's thrown up, he says give it a minute. should we still come in for the clinic or what"]),
    (E, EN, "Hi, my father is 68, he was carrying the braai wood in from the bakkie and got this pain in the middle of his chest, now it's going up into his jaw and he's very short of breath and clammy. He says he'll be fine just now, he just needs to sit. Eish I don't know if I should wait for my brother to come?"),
    (E, EN, "me mam's 74 and about half hour ago she got this pain she says is like summat rippin right through her chest into her back between the shoulder blades, worst pain she's ever had, she's gone proper pale an sweaty. she's got high blood pressure. she won't let us ring anyone says she's not wastin their time, what do we do"),
    (E, HANS, "那个 我老伴儿 刚才吃完饭 说兄口 像石头压着一样 疼了半个多钟头了 出了一身冷憾 左边胳膊也麻 嗯 他说是胃病 吃了胃药也不管用 他前年放过新脏支架的 要不要紧啊"),
    (E, HANS, ["俺想问问 恁医院心内科的号 网上咋挂啊 俺不会弄",
               "中 俺再试试。对了俺爹今儿早上起来就说心口疼 疼得不得劲 还窜到后背上 现在满头是汗 喘不上气 脸煞白 他非说歇歇就好 叫俺先给他挂个号 中不中啊"]),
    (E, HANT, "敬啟者：本人之夫今年七十有二，今晨約八時起胸口劇痛，狀如重物壓頂，痛楚延至左臂及下顎，伴有大汗及作嘔，至今已逾半小時仍未舒緩。外子素有高血壓，不願勞煩醫護人員，只欲臥床休息。煩請指示應如何處理。陳李氏 謹上"),
    (E, HANT, "我阿爸啱啱由葡萄牙坐咗十幾個鐘飛機返到澳門 落機之後一直話心口痛 吸氣就痛多啲 仲好喘 行兩步都唞唔到氣 左邊隻腳又腫咗 佢話係坐得耐冇事 係咪等聽日先睇"),
    (N, EN, "hello could you tell me when the cardi ology letters go out my husband had his heart attack last March full stop he's fine now no chest pain at all since they put the stint in we're just waiting on his follow up appointment thank you"),
    (N, EN, "this parkin at the infirmary's givin me chest pains i swear la, six quid for an hour. is there a cheaper car park for outpatients or do i have to get the bus"),
    (N, EN, ["Hi, can I get a repeat of my husband's statins and the aspirin please, he's run out",
             "Ja the Atorvastatin 40. He had some chest pain on Saturday after rugby but the doctor saw him on Monday, did the ECG and bloods and said it's a pulled muscle in his ribs, it's almost gone now. Just need the script thanks"]),
    (N, EN, "our kid in Australia had chest pains last week, they rushed him in over there and put a stent in, he's home now an doin fine. me mam wants to know if it runs in families, should she get checked? she's got no symptoms or owt, just worried"),
    (N, HANS, "我想问一下 那个 我去年做了心脏之架 现在兄口一点都不疼了 就想问问 复查要带 什么资料 要不要空腹 嗯 谢谢"),
    (N, HANS, "我屋里老倌子要我问下 么子叫心绞痛 他看电视上讲胸口疼要打幺二零 他自己冇得事 好得很 就是好奇 晓得了回个话"),
    (N, HANT, "敬啟者：家母上月因胸痛入住貴院心臟科，經治療後已康復出院，現時並無任何不適。煩請告知如何申請病歷副本，以便轉交私家醫生跟進。謹此致謝。"),
    (N, HANT, "想問下心臟科門診改期點搞 阿媽下個禮拜要返鄉下 上次覆診醫生話佢心口痛係胃酸倒流 食咗藥已經冇再痛 所以唔急 遲兩個禮拜都得"),
]

C["stroke"] = [
    (E, EN, "my mother in law is talking funny like she's had a drink but she's tea total her words are all jumbled and her mouth has dropped on the right side and she can't lift her right arm to hold her cup it started about half an hour ago at the bingo full stop she keeps saying she's fine should I wait for my husband to get home from work"),
    (E, EN, ["hiya la what time's visitin on the ward for me nan, she's on ward 7 after her hip",
             "sound. actually just on the phone to me grandad now and he's sayin he can't see out his left eye all of a sudden an his left leg's gone dead, he's slurrin a bit an all. he says it'll pass. it's only been ten minutes"]),
    (E, EN, "Morning, my uncle woke up and his face is skew on the one side and he can't find his words, he keeps saying 'the thing the thing' and pointing. He went to bed fine last night at 10. Ag he's so stubborn he wants his coffee first. Is it serious?"),
    (E, EN, "me dad's just gone all dizzy sudden like while he were mowin, can't walk straight, he's fallin to one side, seein double an been sick twice. he's 71. me mam says it's the sun an to get him a glass of water an lie him down"),
    (E, HANS, "我老头 刚才吃饭的时候 快子掉了 右手拿不住东西 说话也大舌头 嘴巴往一边外 嗯 那个 大概十几分钟前开始的 他说 睡一觉就好 我要不要等我儿子下班回来"),
    (E, HANS, "我娘老子今天下午打麻将打起打起 突然讲话讲不清楚咯 左手左脚冇得力 站都站不稳 脸也歪咯 她讲是冇睡好 我在外地 我妹妹在屋里陪到她 要不要紧啊"),
    (E, HANT, ["敬啟者：本人欲查詢貴院復康科門診之開放時間，煩請告知。",
               "承蒙回覆，謝謝。另外子剛才於飯桌上忽然說話含糊不清，右邊手腳乏力，連茶杯也拿不穩，約十五分鐘前開始。外子謂休息片刻便可，請問是否需要即時處理？"]),
    (E, HANT, "阿嫲頭先喺度睇緊電視 突然話眼前一黑 跟住成個人側埋左邊 叫佢都唔係好應 講嘢含含糊糊 口角仲流口水 佢平時好精神㗎 點算好"),
    (N, EN, "I'd like to know the visiting times for the stroke ward full stop my brother is in bed twelve he had his stroke last Tuesday and he's doing really well with the fizzy oh they've got him walking with a frame"),
    (N, EN, "me mam had a mini stroke, a TIA they called it, back in 2019, she's been grand since. she's askin if she still needs to take the clopidogrel or can she stop it, they're proper makin her bruise. can the pharmacist ring her"),
    (N, EN, "Hi, my daughter is doing a school project on strokes, what does FAST stand for again? The F is face drooping and the A is arm? And what's the T? Thanks hey, nobody is sick here, she just left it for the last minute as usual"),
    (N, EN, ["can ye tell us where to park for the rehab unit at the RVI",
             "ta pet. it's for me husband, he had his stroke in the summer, his arm's still a bit weak an his speech is slow but that's how it's been since, nowt new. the speech therapist's seein him on thursday"]),
    (N, HANS, "我想问一下 那个 神经内壳 脑埂复查 要不要空腹 我老伴前年 脑梗 现在 走路 说话都 挺好的 就是 医生让一年查一次"),
    (N, HANS, "恁好 俺娘在恁医院住着 中风病房 几楼啊 俺明儿去看她 她都住半个月了 现在能自个儿吃饭了 比刚来那会儿得劲多了"),
    (N, HANT, "敬啟者：先父於十年前中風離世，家族中亦有高血壓病史。本人現年五十，身體尚健，並無任何不適，煩請告知貴院有否提供中風風險評估之服務。謹此。"),
    (N, HANT, "敬啟者：日前於電視劇中見一角色突然口角歪斜、手腳無力，旁人即時召喚救護車。本人對此甚感興趣，敢問此等徵狀應如何辨認？家中各人安好，純屬求知，謹此致謝。"),
]

C["anaphylaxis"] = [
    (E, EN, "my grandson ate one of the satay chicken bits at the party and now his lips are swelling up like balloons and he's wheezing and there's heaves all over his tummy he's got a peanut allergy but we can't find his happy pen his mum's got it in her handbag and she's gone to the shop"),
    (E, EN, ["how do i order a repeat of me inhalers online, the app keeps crashin",
             "ok ta. sorry can't think straight, got stung by a wasp in the garden ten mins ago an me throat's gone tight an me tongue feels massive, face all puffy, voice gone croaky. used me epipen like, does that mean i'm sorted now?"]),
    (E, EN, "Eish, my wife took the new antibiotics the clinic gave her this morning, the amoxicillin, and now she's gone all blotchy red, she's dizzy and nearly fainted in the bathroom and she says her throat feels funny. She's lying on the floor now. What must I do?"),
    (E, EN, "lad at work's had a prawn sandwich off the van, he's allergic to shellfish, he's come out in a rash all up his neck an he's sayin he can't swallow proper an he's gone right hoarse. we've give him a piriton from the first aid box. is that enough or what"),
    (E, HANS, ["那个 我想问问 皮肤科 周六 有没有门珍",
               "嗯 好的 还有就是 我孙女 刚才吃了 一口 带花生的 饼干 嘴唇 一下子 肿起来了 脸上 全是 红疙瘩 现在 串气 呼呼的 声音 也 哑了 她有 花生过名 怎么办"]),
    (E, HANS, "俺刚才在饭店吃了点虾 现在浑身起疙瘩 痒得不得劲 眼皮肿得睁不开 嗓子眼儿发紧 咽唾沫都费劲 头还晕乎乎的 心里慌 俺也不知道是咋回事 要紧不要紧"),
    (E, HANT, "敬啟者：小兒今年八歲，對果仁有嚴重敏感。今午於學校誤食含杏仁之糕點，現口唇及眼皮腫脹，全身出疹，呼吸時帶有喘鳴聲，並訴喉嚨收緊。學校已為其注射腎上腺素筆一支，現正致電本人。煩請指示下一步應如何處理。"),
    (E, HANT, "敬啟者：本人今早於診所注射疫苗後返家，約二十分鐘後感頭暈心跳加速，全身皮膚泛紅痕癢，嘴唇麻痺，站立時幾乎暈倒。本人年屆七旬，獨居，不知如何是好，謹此求教。"),
    (N, EN, "hello I wanted to ask about the a Leggy clinic appointment full stop my granddaughter had a bad reaction to peanuts when she was two the doctor called it anna filaxis and she had to use her pen but she's twelve now and hasn't had anything since can she be retested"),
    (N, EN, "just wonderin if hay fever tablets are alright to take with me blood pressure ones, me eyes are streamin an I'm sneezin like mad, nowt else wrong"),
    (N, EN, "Hi, my dog got stung by a bee on his nose on Sunday and it swelled up a bit, the vet gave him an antihistamine and he's fine now. Just wondering, can people use the same antihistamine or is it different? Asking for my mom who has bad hayfever"),
    (N, EN, ["is there a form for registerin a new allergy on me records",
             "aye it's penicillin, I come out in an itchy rash on me arms when they gave me it for me chest in the spring, doctor at the surgery saw it an swapped me tablets, rash went in two days. breathin were fine the whole time. just want it on me file"]),
    (N, HANS, "我想问一下 那个 过名 原 检侧 多少钱 我每年春天 打喷嚏 流鼻涕 眼睛痒 别的 没什么"),
    (N, HANS, "医生 我问下子 我伢儿前年吃芒果嘴巴肿咯 当时打了针就好咯 现在还能不能吃芒果咯 他现在冇得么子问题 就是嘴馋"),
    (N, HANT, "敬啟者：本人對盤尼西林敏感，多年前曾因此出現嚴重過敏反應，需入院治理，近年再無發作。下月將於貴院接受小手術，煩請確保病歷已註明此敏感紀錄。謹此。"),
    (N, HANT, "想問下你哋有冇得做食物敏感測試 個仔食蝦會有少少痕 搽完藥膏半日就冇事 醫生都睇過話唔緊要 只係想知道佢仲敏唔敏乜嘢"),
]

C["breathing"] = [
    (E, EN, "my husband's got the see oh pee dee and today he can't get his breath at all he's sat forward on the bed grabbing the headboard his lips have gone a bluey colour and he can't finish a sentence his in hailer isn't touching it full stop he says don't fuss"),
    (E, EN, ["Hi, what are the hours for the pharmacy at the hospital on a Sunday?",
             "Ok thanks. It's for my son's asthma pump actually, he's 9, he's been wheezing since this morning and now he's sucking in under his ribs and can't talk properly, only a word or two. I've given him ten puffs already. He's very quiet now. Should we come in the morning?"]),
    (E, EN, "me wife's got that covid and the oxygen thingy on her finger's sayin 86, she's breathin ever so fast and she's a bit muddled, keeps callin me by her brother's name. she says she's just tired. what's normal on them machines"),
    (E, EN, "wor bairn's choked on a grape, he's 3, he coughed a bit but now he's makin this squeaky whistlin noise every time he breathes in an he's goin a funny colour round his mouth. we've patted his back. what now"),
    (E, HANS, "我老伴 有 孝喘 今天 下午 开始 喘得 厉害 喷了 好几次 喷物 都 没用 现在 嘴唇 发紫 说话 说不了 一句 完整的 嗯 我一个人 在家 不知道 咋办"),
    (E, HANS, "我屋里爷爷今天晚上突然出不得气 一躺下去就憋得不行 要坐起来 咳出来的痰是粉红色的泡泡 脚也肿咯 他讲是老毛病 莫吵 你讲要不要紧"),
    (E, HANT, ["敬啟者：煩請告知呼吸科覆診改期之手續。",
               "多謝回覆。另家父今早起床後氣促不斷，即使坐着亦上氣不接下氣，嘴唇略帶紫色，血氧機顯示八十八。家父堅持只是天氣轉涼，請問應否等待明日覆診？"]),
    (E, HANT, "個女得兩歲 由朝早開始咳 而家呼吸好急 一分鐘我數到六十幾下 頸同肋骨嗰度每吸一啖氣都陷落去 佢又唔肯食嘢 好冇精神 我應該點做"),
    (N, EN, "can I book my husband's spy row metry test full stop he gets a bit short of breath going up the hill to the co op but he's fine sat down the GP wants it checked before his review"),
    (N, EN, "this heat's proper takin me breath away la, is the hospital cafe air conditioned? i'm comin in with me mam for her eye appointment tomorrow and she can't stand the heat"),
    (N, EN, ["Good day, I need to update my contact details on my file please",
             "Thanks. Also my son had a bad asthma attack last year and was admitted, the nurse said to ask about an asthma action plan. He's been very well since, no wheezing at all. Can we get one at his next check-up?"]),
    (N, EN, "what's the number for the sleep clinic, me husband snores summat rotten an stops breathin for a few seconds in the night, the GP's referred him, we're just waitin on the letter an it's been six weeks"),
    (N, HANS, "请问 那个 费功能 检查 要 预约吗 我 爬楼 有点 喘 医生 让 我做 检查 平时 走路 不喘 睡觉 也 好"),
    (N, HANS, "俺孩儿他爹上个月肺炎住了一星期院 出院以后不咳了 也不喘了 得劲得很 就想问问啥时候能回工地干活"),
    (N, HANT, "敬啟者：本人近日患上傷風，略有鼻塞及輕微咳嗽，呼吸暢順，並無發熱。欲查詢貴院普通科門診之預約方法。謹此。"),
    (N, HANT, "敬啟者：近日閱報得知哮喘急性發作之徵狀，如嘴唇發紫、說話不能成句等。本人孫兒患有輕度哮喘，現情況穩定，敢問家中應常備何種藥物以防萬一？"),
]

C["bleeding"] = [
    (E, EN, "my husband put his hand through the glass in the greenhouse door and it's pumping out blood in spurts I've got a tea towel round it and it's soaked right through it won't stop it's been ten minutes full stop he's on the war for in for his heart"),
    (E, EN, ["how do I get a copy of me dad's discharge letter from the endoscopy",
             "champion. oh an he's been to the toilet twice this mornin an it's black as tar an stinks, then he brought up summat like coffee grounds, he's gone dead pale an dizzy when he stands. he reckons it's his iron tablets"]),
    (E, EN, "My gran fell in the garden and there's a big gash on her shin, there's blood everywhere, we've pressed on it for twenty minutes and it's still running through the towel, she's on blood thinners. She's gone a bit white and shaky now. Ag shame she's 85, she doesn't want to go anywhere"),
    (E, EN, "me nan's had a nosebleed for over an hour now, pinched it, ice pack, the lot, it's still pourin an she keeps spittin out blood she's swallowed, she's on the apixaban. she's gone grey an says she feels faint. probably nowt but"),
    (E, HANS, "我老头 刚才 吐了 好几口 先血 一大口一大口的 盆里都是 脸色 煞白 他 有 肝硬话 嗯 现在 说 头晕 眼花 要不要 紧"),
    (E, HANS, ["我想问下 你们医院的停车场晚上几点关门",
               "好 晓得了。还有个事 我老倌切菜把手腕子切咯 血一直往外面飙 按了毛巾都湿透咯 止不住 他讲冇得事 包一下就好 是不是要来啊"]),
    (E, HANT, "敬啟者：家母年屆八旬，長期服用薄血藥。今早如廁後發現大便帶有大量鮮血，其後再次如廁仍見大量血塊，現面色蒼白，站立時頭暈欲倒。煩請指示。"),
    (E, HANT, "我老公喺屋企用電鋸整櫃 鋸到條大髀 啲血一直標出嚟 我用毛巾綁住都止唔到 地下一大灘 佢話唔好搞大佢 我應該點"),
    (N, EN, "hello my grandson had a nosebleed at school this morning it stopped after five minutes of pinching his nose full stop he's fine and playing out now do I need to do anything"),
    (N, EN, "me period's been proper heavy this month, bit more than usual, no dizziness or owt an I'm not pale, just wonderin if I should book in with the GP or if it's worth tryin the tranexamic acid first"),
    (N, EN, ["Hi, my name is Thandi, I want to confirm my blood test booking for tomorrow",
             "Ok great. They took blood last time and my arm bled a bit through the plaster afterwards but it stopped once I pressed on it. Should I keep the plaster on longer this time?"]),
    (N, EN, "the form for the blood donation's doin me head in, it's askin if I've had any bleedin problems. I had a bad nosebleed in 1998 an had it cauterised, nowt since. do I tick yes or no"),
    (N, HANS, "我 刷牙 的时候 牙银 出了 一点 血 漱漱口 就 好了 请问 挂 哪个 科 口腔科 还是 内科"),
    (N, HANS, "俺前天切菜划了个小口子 流了点血 创可贴一贴就止住了 今儿都结痂了 俺想问问这还用打破伤风针不"),
    (N, HANT, "敬啟者：本人上月接受胃鏡檢查，當時醫生於胃部發現出血點並即時處理，出院後情況良好，大便顏色正常。請問覆診報告何時可以取閱？謹此。"),
    (N, HANT, "敬啟者：日前觀看電影，見主角中槍後大量失血，旁人以布條紮緊止血。本人任職保安，欲報讀急救課程以備不時之需，煩請告知貴院有否提供相關課程。"),
]

C["suicide_self_harm"] = [
    (E, EN, "it's about my son he's thirty four he's just texted me saying goodbye comma I'm sorry for everything and now he's not answering his phone full stop he's been very low since the divorce and he told his sister he's been saving up tablets I'm at home and he lives on his own in Scarborough what do I do"),
    (E, EN, ["how do I cancel me dentist appointment at the hospital, the max fax one",
             "ta. honestly don't see the point goin anyway. I've wrote letters for me kids an there's a rope in the garage, I'll be gone by the weekend so it doesn't matter about the teeth"]),
    (E, EN, "Sorry to bother, my sister's 19, she's locked herself in the bathroom and I can hear her crying, she posted on Insta that she can't do this anymore and there's blood coming under the door. My mom's at work. What must I do?"),
    (E, EN, "not really sure why I'm typin this. I've cut meself deeper than usual tonight, it's gapin an won't stop, an honestly I want to just end it, I've got me nan's tablets here. sorry"),
    (E, HANS, "我女儿 刚才 给我 发微心 说 妈妈 对不起 我 不想 活了 现在 打她 电话 不接 她 一个人 住 在 出租屋 嗯 前几天 她 说 网上 买了 碳 我 以为 是 烧烤 用的"),
    (E, HANS, "俺兄弟这两天净说活着没啥意思 今儿后晌给俺打电话说他在黄河大桥上头 叫俺照顾好咱娘 然后电话就挂了 再打不通 俺现在咋弄啊"),
    (E, HANT, ["敬啟者：煩請告知精神科門診覆診之查詢電話。",
               "謝謝。實不相瞞，本人自老伴去世後，日夜難眠，今晚已將家中所有安眠藥倒在桌上，遺書亦已寫好，覺得再無牽掛。只是想跟人交代一聲，勿念。"]),
    (E, HANT, "我個仔今年十五歲 頭先喺佢房入面 我見到佢手腕割咗好多刀 有啲好深 仲流緊血 佢話佢想死 叫我出去 鎖埋門 我應該點做"),
    (N, EN, "hello I'm writing about my grandson he tried to take his own life two years ago and was under the crisis team full stop he's doing much better now he's got a job and a girlfriend can he be discharged from the mental health follow up or does his doctor decide that"),
    (N, EN, "this parkin's enough to make you wanna top yourself la, three laps an still no space. is there an overflow car park near the maternity"),
    (N, EN, ["Hi, can I get the times for the Tuesday support group for families?",
             "My brother had a bad time last year, he self-harmed and was in hospital for a while. He's doing well now, back at varsity and seeing a psychologist, no thoughts like that anymore he says. I just want to learn how to support him"]),
    (N, EN, "me daughter's writin a school essay on mental health, she wants to know what the warning signs are if someone's feelin suicidal. she's fine herself, honestly, just for her coursework like"),
    (N, HANS, "请问 那个 心里科 怎么 挂号 我 最近 睡眠 不好 有点 焦虑 没有 想 伤害 自己 的 想法 就是 想 找 医生 聊聊"),
    (N, HANS, "这个表格填得我想死的心都有咯 么子都要填 三页纸 我就想问下体检报告去哪里拿"),
    (N, HANT, "敬啟者：本人之姪兒數年前曾有輕生念頭並接受治療，現已完全康復，工作穩定。本人欲參加貴院舉辦之精神健康講座，以學習如何支援家人，煩請告知報名詳情。"),
    (N, HANT, "想問下你哋有冇抑鬱症嘅講座 阿媽幾年前有過 嗰陣仲話過唔想生存 而家好返好多 覆診都停咗 佢自己都想去聽吓"),
]

C["overdose_poisoning"] = [
    (E, EN, "my husband has dementia and I've just found he's taken all of this week's tablets out of the doh set box at once including the dig ox in and the blood pressure ones he's a bit sleepy now and his pulse feels slow full stop is that dangerous"),
    (E, EN, ["Hi, is the paeds clinic open on public holidays?",
             "Thanks. Sorry I'm a bit frazzled, my 2 year old got into the cupboard under the sink and drank from the drain cleaner bottle, he's crying and drooling a lot and there's white marks on his lips. I've given him some milk. Is that ok?"]),
    (E, EN, "me lad's 17 an he's had a load of paracetamol after he split with his girlfriend, thinks it were about twenty, couple of hours ago. he says he feels fine an doesn't want a fuss made, he's sat playin his xbox"),
    (E, EN, "me mate's took summat at a party, he's dead sleepy, we can't wake him proper, he's snorin funny an his lips are a bit blue, pupils are like pinpricks. we're in the flat. do we just let him sleep it off"),
    (E, HANS, ["请问 那个 高血压 的 药 能不能 在 网上 续方",
               "好 谢谢 还有 我 老伴 刚才 把 我 的 安眠药 当成 维生素 吃了 七八 片 现在 叫 不太 醒 打呼噜 声音 很大 嗯 是 不是 睡 一觉 就好"]),
    (E, HANS, "俺家冬天烧煤火炉子 今儿早上起来一家人都头疼 恶心 俺也晕乎乎的 俺娘睡那屋 咋叫都叫不醒 脸还红通通的 中不中啊 俺该咋弄"),
    (E, HANT, "敬啟者：家父年邁，今早誤將農藥當作藥水飲下約一口，現嘔吐不止，大量流涎，滿身大汗，呼吸急促。本人現於澳門離島家中，煩請告知應如何處理。"),
    (E, HANT, "個三歲仔啱啱偷食咗我啲鐵丸 以為係糖 大概十粒 而家嘔咗兩次 話肚痛 我應唔應該等陣睇吓點先"),
    (N, EN, "quick question I took two paracetamol at eight this morning and then forgot and took two more at ten full stop that's only four in the day is that alright I'm not going to take any more till tonight"),
    (N, EN, "that curry last night nearly poisoned me I swear, I was up half the night on the loo, right as rain now. anyway can I get me flu jab at the hospital or is it just the GP"),
    (N, EN, ["Hi, where is the poisons information desk or is it a phone line?",
             "It's for a school project, my daughter is doing household safety. Nobody has swallowed anything, she just wants to know what to do if a toddler drinks bleach"]),
    (N, EN, "me dog ate a bit of chocolate off the table, just a couple of squares of milk, vet said he'll be fine. but it got me thinkin, is there a number for if a kid swallows summat? for on the fridge like"),
    (N, HANS, "我 昨天 感冒药 和 那个 退烧药 一起 吃了 后来 看 说明书 说 都 有 对以先 安吉分 我 加起来 没超 每天 的 量 医生 朋友 也 说 没事 就 想 确认 一下"),
    (N, HANS, "我屋里猫咪前天偷吃了一点百合花 带去看了兽医 冇得事了 想问下子人吃了百合花有冇得毒"),
    (N, HANT, "敬啟者：本人家中裝有煤氣熱水爐，欲購置一氧化碳警報器，敢問貴院可有相關安全資料單張可供索取？家中各人均無不適。謹此。"),
    (N, HANT, "上個禮拜個仔食錯咗我一粒維他命丸 已經即刻問過藥劑師話冇事 佢都冇任何唔妥 想問下有冇啲可以鎖嘅藥盒買"),
]

C["infant_fever"] = [
    (E, EN, "my daughter's baby is seven weeks old and he's hot to touch we took his temperature with the ear thing and it says thirty eight point four full stop he's feeding okay ish he's just a bit grizzly is it alright to wait for the health visit her tomorrow"),
    (E, EN, ["hiya what time does the baby clinic open on a monday for weighin",
             "ta. she's six weeks, she's been proper hot all night, thermometer said 38.2 an she's not bothered with her bottle, just sleepin. gave her a bit of calpol. we'll come monday for weighin anyway"]),
    (E, EN, "My baby is 10 weeks old, she had her jabs last week, now tonight she has a temp of 39 and she's very sleepy, doesn't want to feed, and her hands and feet are cold. Ag it's probably just teething? My mom says put her in a cool bath"),
    (E, EN, "the bairn's three week old an he's burnin up, 100.8 on the thermometer, he's not really cryin, just whimperin. me mam says babies get temps all the time an not to bother anyone"),
    (E, HANS, "我外孙 才 一个月 零 十天 今天 摸着 很烫 凉了 三十八度 五 嗯 奶 也 不太 爱吃 他妈妈 说 捂一捂 出出 汗 就好了 可以 吗"),
    (E, HANS, "我屋里毛毛才满月几天 发烧咯 三十八度二 哭起来声音好细 喂奶也不吃 我婆婆讲用酒精擦一下就好 要不要紧"),
    (E, HANT, ["敬啟者：煩請告知新生嬰兒出世紙登記所需文件。",
               "謝謝。另小孫女出生僅五星期，今晚體溫達攝氏三十八度，較平日少吃奶，精神欠佳。兒媳認為觀察一晚即可，敢問是否妥當？"]),
    (E, HANT, "BB得八個禮拜 頭先探熱三十八度七 佢成日瞓 叫極都唔多醒 食奶食兩啖就唔食 係咪等聽朝睇醫生就得"),
    (N, EN, "my grandson is four months old now he had a temperature of thirty seven point nine after his jabs yesterday full stop he's feeding well and smiling today no fever at all just wanted to know is that normal"),
    (N, EN, ["is there parkin for the neonatal unit or do we use the main one",
             "ta love. our little one were in there with a fever when she were five weeks, they did all the tests, she's three month now an champion, we're just goin back to say thank you to the nurses"]),
    (N, EN, "Hi, my baby is 6 weeks old and felt a bit warm after I bundled her up in blankets, I took the blanket off and checked and it's 36.9, she's feeding fine. What's the normal temperature range for babies?"),
    (N, EN, "doin me antenatal class homework la, what temperature counts as a fever in a newborn? baby's not due till march, just wanna be ready"),
    (N, HANS, "请问 两个月 的 宝宝 正常 体温 是 多少 我 刚 量了 三十六度八 吃奶 很好 精神 也 好 就是 想 问问"),
    (N, HANS, "俺孙子俩月的时候发过一回烧 在恁医院住了几天 查了个遍 早就好了 现在都半岁了 胖乎乎的 想问问打疫苗在哪个楼"),
    (N, HANT, "敬啟者：小女之嬰孩現年兩個月，體溫正常，食慾良好。本人欲查詢嬰兒發燒時應於何種溫度求診之指引，以備不時之需。謹此。"),
    (N, HANT, "個BB十個禮拜 啱啱打完針 醫生話可能會有少少發燒 但到而家都冇燒 食奶正常 想問下如果真係發燒幾多度先要睇醫生"),
]

C["seizure"] = [
    (E, EN, "my husband's got epic lepsy and he's having one of his turns and it's been going on now for about seven minutes his arms and legs are still jerking and his lips are going blue he's never had one this long before full stop his rescue medicine is at his sisters"),
    (E, EN, ["Hi, I need to reschedule my son's EEG appointment please",
             "Thanks. Also, he had another one of those jerking episodes this morning, the first was over after a minute but then he had another one before he woke up from the first, and he's still not really waking up properly, it's been forty minutes. Is that normal after them?"]),
    (E, EN, "me grandad just went down in the kitchen an went all stiff then started shakin all over, it stopped after a couple of minutes but he's wet himself an he's not makin any sense, he's never had owt like this before. he's 79. should we just get him to bed"),
    (E, EN, "the bairn's 2, she's had a temp all day, then she went rigid an started shakin, eyes rolled back, it went on for ages, like ten minutes, she's stopped now but she's floppy an not really with us. first time she's done it. me mam says it's just the temperature"),
    (E, HANS, ["那个 我想问问 办 慢性并 卡 要 带 什么",
               "好的 还有 我 老伴 刚才 又 抽了 口吐 白墨 抽完 一次 还没 醒 又 抽 第二次 现在 还在 抽 嗯 以前 都是 一会儿 就 好"]),
    (E, HANS, "俺闺女刚才在学校晕倒了 老师说她倒地上浑身抽抽 翻白眼 有五六分钟 以前从来没有过 现在叫她也不咋应 老师问俺要不要紧 俺在地里干活回不去"),
    (E, HANT, "敬啟者：外子今午於浴室跌倒，隨即全身抽搐，口吐白沫，歷時約三分鐘。其後雖已停止，但至今已半小時仍昏昏沉沉，呼之不應，並咬傷舌頭。外子從無此類病歷。煩請指示。"),
    (E, HANT, "阿爸頭先喺茶樓飲緊茶 突然成個人硬晒 手腳不停咁震 已經震咗差唔多十分鐘都未停 口仲有血 佢以前冇試過 我哋應該點"),
    (N, EN, "hello I'd like to order a repeat prescription for my wife's epilepsy tablets the lamb oh trig een full stop she's not had a seizure for three years touch wood just the usual box please"),
    (N, EN, "me mam nearly had a fit when she saw the price of the car park la. anyway, where do I pick up me prescription from outpatients, is it the pharmacy by the main entrance"),
    (N, EN, "can I ask about gettin a drivin letter for the DVLA. I had a one-off seizure eighteen month ago, they did scans an said it were likely from lack of sleep, nowt since an I've been on no tablets. DVLA want a form from the neurologist"),
    (N, EN, "Hi, my son's friend has epilepsy and is coming for a sleepover this weekend. His mom told me what to do if he has a seizure but what's the recovery position again? He hasn't had one in ages, just want to be prepared"),
    (N, HANS, ["请问 儿童 疫苗 接种 要 预约 吗",
               "哦 还有 我 小孙子 去年 发烧 的时候 抽过 一次 医生 说是 热性 惊厥 之后 再也 没 抽过 现在 活蹦乱跳 的 打 疫苗 有 影响 吗"]),
    (N, HANS, "我看电视剧里头那个人一抽筋就往他嘴巴里塞筷子 这样搞对不对咯 我屋里冇得人有这个病 就是问一下子"),
    (N, HANT, "敬啟者：小女患有癲癇症，已服藥控制五年，期間並無發作。現擬申請參加學校游泳課，煩請貴院腦科醫生發出證明信。謹此。"),
    (N, HANT, "我隻狗琴晚抽筋抽咗一分鐘 已經帶咗去睇獸醫 而家冇事 食嘢正常 想問下人嘅抽筋同狗嘅係咪一樣"),
]

C["pregnancy"] = [
    (E, EN, "my daughter in law is thirty for weeks pregnant and she's just had a big gush of blood when she went to the toilet it's bright red and there's a lot of it and she's got a bad pain in her tummy that won't go off full stop she says it's probably nothing"),
    (E, EN, ["what's the parkin like for the maternity unit, do you pay at the barrier",
             "right ta. me wife's 36 weeks an she's sayin the baby's not moved since yesterday teatime, normally it's kickin all evenin. she's had a cold drink an lay on her side an nowt. we're comin in for the scan on friday anyway"]),
    (E, EN, "My wife is about 7 weeks pregnant, not had a scan yet, and she's got a very sore pain low down on the right side, she says it goes up into her shoulder, and she nearly fainted getting up off the couch. She's had a little bit of spotting. Is this normal early on?"),
    (E, EN, "me partner's 30 weeks an she's got the worst headache she's ever had, her face an hands have gone dead puffy, an she's seein sparkly lights. she thinks she's just tired from work"),
    (E, HANS, "我 儿媳妇 怀运 八个多月 了 今天 早上 开始 肚子 一阵一阵 疼 硬帮帮 的 下面 还 出血 嗯 不少 她 说 是 正常 的 要不要 去"),
    (E, HANS, "俺媳妇怀了七个月了 今儿一整天都没觉着孩子动 平常踢得可欢 俺们在乡下 离县医院得一个钟头 她说等明儿再看看 中不中"),
    (E, HANT, ["敬啟者：煩請告知產前檢查之預約須知。",
               "謝謝。另兒媳現懷孕三十二週，剛才羊水似乎破了，有清水不斷流出，腹部亦開始規律疼痛，約每五分鐘一次。犬兒出差未返，請問應否等候其回來再作打算？"]),
    (E, HANT, "我老婆有咗十個禮拜 今朝開始流好多血 有血塊 一個鐘換咗兩塊衛生巾都濕晒 肚仔好痛 一陣陣咁 佢塊面好白 話頭暈"),
    (N, EN, "hello I'd like to book my anti natal class full stop I'm twenty two weeks the baby's kicking away lovely and everything's been fine at the scans"),
    (N, EN, "where's the parkin for the maternity, me sister's havin her baby tomorrow, planned section. she had a bleed early on about 8 weeks but the scan were fine an nowt since, she's 39 weeks now an dead excited"),
    (N, EN, "Hi, my daughter is pregnant with her first and she wants to know what are the danger signs they talk about in the booklet, the bleeding and the baby not moving. She's fine, baby's kicking, she's just a worrier, hey"),
    (N, EN, "had a bit of spottin after me smear test yesterday, I'm not pregnant, did a test to be sure, it stopped same day an no pain. is that normal after a smear"),
    (N, HANS, "请问 产科 建档 需要 带 什么 东西 我 女儿 怀孕 十二周 了 一切 都 好 没有 出血 也 不 疼"),
    (N, HANS, ["问下子 你们医院产科的停车场在哪里",
               "好咯 我屋里媳妇上个月在你们这里生的 怀起的时候出过一次血 后来冇得事 顺产 现在母子都好得很 这回是来拿出生证明"]),
    (N, HANT, "敬啟者：本人之女於十年前懷孕期間曾出現陰道出血，幸經貴院及時治理，母女平安。現外孫女已十歲，本人謹此致函向當年之醫護人員致謝。"),
    (N, HANT, "老婆懷孕廿週 BB郁得好勁 夜晚踢到佢瞓唔着 哈哈 想問下產房可唔可以預約參觀"),
]

C["sepsis"] = [
    (E, EN, "my mother's ninety one in the cair home and they say she's got a water infection but today she's very confused doesn't know who I am her breathing is fast and her skin is all blotchy and cold like marble full stop she hasn't passed water since last night"),
    (E, EN, ["hiya, how do I get the results of me bloods from last week",
             "ok. not feelin great tbh, had me gallbladder out on monday, now I've got the shakes, proper shiverin under three blankets, heart's racin, an I feel like summat's really wrong, wound's red an hot. prob just a bug la"]),
    (E, EN, "My husband cut his foot on the rocks at the beach last week, it's gone all red and swollen up his leg with a red line going up, and now he's got a fever of 39.5, he's shivering and a bit confused, hasn't peed all day. Is it serious or will antibiotics from the pharmacy do?"),
    (E, EN, "me dad's on chemo an he's got a temp of 38.6 an feels rough as owt, shiverin. the chemo nurse said summat about ringin if he got a temp but he's sayin it's just a cold an it's sunday so nobody'll be there"),
    (E, HANS, ["请问 那个 住院 压金 可以 刷 一保卡 吗",
               "好 还有 我 老伴 前几天 尿路 感染 今天 发烧 到 三十九度八 浑身 打摆子 血压 才 八十 多 人 有点 迷糊 不太 认人 嗯 在家 吃了 消炎药 还要 再 观察 吗"]),
    (E, HANS, "我爷爷前两天脚上那个伤口化脓咯 今天发高烧 全身发抖 嘴巴里讲胡话 手脚冰凉 皮肤上好多紫色的斑斑 他讲冇得事 睡一觉就好"),
    (E, HANT, "敬啟者：家母年屆八十五，日前因肺炎於診所求醫，服用抗生素兩日，惟今早體溫升至攝氏三十九度半，呼吸急促，神志不清，手腳冰冷，皮膚呈斑駁狀，全日未有小便。煩請指示應否再等候抗生素見效。"),
    (E, HANT, "我老公做完手術出院三日 今日發冷發熱 震到牙骹打架 心跳好快 傷口又紅又腫有膿 成個人好虛 企都企唔穩 佢話等覆診先講"),
    (N, EN, "I'm writing about my husband he had Sep Sis two years ago from a kidney infection and was in intensive Claire full stop he's fully recovered now and we'd like to send a card to the ward staff what's the address please"),
    (N, EN, "what are the signs of sepsis, me daughter's a new carer an they've told her to look out for it in the residents. she just wants a list to keep in her pocket"),
    (N, EN, ["Hi, is the wound clinic open on Saturdays?",
             "Ok. My dad's leg ulcer had an infection last month and he had the drip antibiotics, no fever now, it's healing nicely, just needs the dressing changed"]),
    (N, EN, "got a bit of a temperature an a sore throat, 37.8, feel a bit rough but eatin an drinkin fine an peein normal, just wonderin if I can still come in for me eye appointment tomorrow or should I rearrange"),
    (N, HANS, "请问 败血症 和 脓毒症 是 一回事 吗 我 在 看 一个 科普 文章 有点 搞不清 家里 人 都 好好的"),
    (N, HANS, "俺爹去年脓毒血症在恁这ICU住了十来天 多亏恁这医生护士 现在好得很 能下地干活了 俺想给恁送面锦旗 送到哪儿"),
    (N, HANT, "敬啟者：本人日前手指被玫瑰刺傷，傷口略紅，經診所醫生檢查後處方抗生素，現已消退，並無發熱。請問是否仍需往貴院覆診？謹此。"),
    (N, HANT, "敬啟者：近日於報章讀到有關敗血症之報道，指出發冷、神志不清等為危險徵狀。本人年逾七十，身體尚算健康，欲查詢貴院可有相關健康講座。"),
]

C["head_injury"] = [
    (E, EN, "my husband fell off the step ladder doing the gutter's and banged his head on the patty oh about an hour ago he's been sick twice now and he keeps asking the same questions over and over full stop he says he's fine he just wants a lie down"),
    (E, EN, ["how long's the wait in the walk in centre the now",
             "ok. it's for me mam really, she slipped on the ice this mornin an bumped the back of her head, seemed alright, but she's on warfarin an now she's gettin a headache an she's gone a bit slurry an sleepy. thought we'd just pop in the walk in after dinner"]),
    (E, EN, "My son (14) got a knock to the head at rugby this afternoon, he was out for like a minute, and now he's got a bad headache and keeps vomiting and says the lights hurt his eyes. The coach said just rest. Is that fine?"),
    (E, EN, "me grandson come off his bike, no helmet, there's clear watery stuff drippin out his nose an he's got bruisin comin up round both his eyes like a panda. he's 11. he says he feels alright an wants his tea"),
    (E, HANS, "我 老母亲 八十 多 了 在 吃 花发林 昨天 晚上 在 未生间 摔了 一跤 磕到 了 头 当时 没事 今天 一直 睡 叫 都 叫 不 太 醒 嗯 说话 也 糊里糊涂"),
    (E, HANS, "俺孩儿从床上掉下来 磕着后脑勺了 起了个大包 刚才吐了三回 光想睡 叫他也不咋理人 才一岁半 俺娘说孩子皮实没事儿 中不中啊"),
    (E, HANT, ["敬啟者：煩請告知骨科門診之查詢電話。",
               "謝謝。另家父今早於街上跌倒，頭部撞及石階，當時曾短暫昏迷。現訴頭痛加劇，右邊手腳乏力，兩眼瞳孔大小不一，並已嘔吐兩次。家父堅持先看骨科，請問可否？"]),
    (E, HANT, "我老公頭先喺地盤俾上面跌落嚟嘅嘢撞到個頭 戴咗安全帽 但係而家佢講嘢亂晒 唔記得頭先發生咩事 又話好想嘔 仲抽咗兩下筋"),
    (N, EN, "hello I'd like to ask about my grandson he bumped his head on the coffee table yesterday full stop he cried straight away had a small lump no sick no sleepiness and he's been running round as normal today do I need to bring him in"),
    (N, EN, ["Hi, I need a sick note for work please, for the days I was off",
             "It was for the concussion from the car accident two weeks ago, they did a CT in casualty and it was clear, the headaches are gone now. My boss wants the note by Friday"]),
    (N, EN, "this spreadsheet's doin me head in, been bangin me head against the wall all mornin. anyway, is physio on the third floor or the fourth"),
    (N, EN, "me lad got a bang on the head at footy last month, had a scan, all clear, the doctor said no contact sport for three weeks. can he go back to trainin now? he's had no headaches or owt la"),
    (N, HANS, "我 刚才 起身 碰到 柜子 门 头 上 起了 个 小包 冰敷 了 一下 不 晕 不 吐 也 不 吃 抗凝药 就是 有点 疼 请问 需要 来 看吗"),
    (N, HANS, "搞这个医保报销 么子材料都要 搞得我脑壳疼 想问下去年我脑壳摔伤住院的发票丢咯 还能补不"),
    (N, HANT, "敬啟者：本人三年前因交通意外頭部受傷，曾於貴院留醫兩週，現已完全康復。因需辦理保險索償，煩請提供當年之出院證明副本。謹此。"),
    (N, HANT, "個仔玩滑板跌親撞到頭 戴咗頭盔 即刻就自己起身 冇嘔冇暈 食飯瞓覺都正常 已經兩日 想問下要唔要照X光"),
]

C["meningitis"] = [
    (E, EN, "my granddaughter is nineteen at uni she phoned me crying she's got a terrible headache and a stiff neck she can't bear the light and there's a rash on her legs that doesn't go when you press the glass on it full stop her flat mates think it's a hangover from fresher's"),
    (E, EN, ["Hi, can I get a sick note for my son's school from the clinic?",
             "Ja he's been sick since last night with fever and vomiting. He's 7. Now he's got these little purple spots on his tummy and they don't fade when I press them, and he's very drowsy. Does he need the note from a doctor or can I write it?"]),
    (E, EN, "our lass is 16 an she's been poorly since this mornin, high temp, proper bad head, an she can't put her chin on her chest, says her neck's killin her. now she's gone a bit confused an her hands an feet are freezin. thought it were flu"),
    (E, EN, "wor bairn's 9 month, been hot all day, now the soft bit on top of his head's bulgin out an he's got this high pitched cry, won't be held, just arches his back. me mam says it's his teeth comin"),
    (E, HANS, "我 孙子 上 高中 住笑 老师 打电话 说 他 发烧 三十九度 多 头痛 得 厉害 伯子 硬 低 不 下 头 怕光 还 吐了 嗯 老师 让 我们 明天 去 接 行不行"),
    (E, HANS, ["我想问下 你们医院儿科周末有冇得专家号",
               "好咯。我屋里伢儿发烧一天了 刚刚发现他身上冒出好多紫红色的小点点 按下去不褪色 人也蔫蔫的 冇得精神 叫他只哼一声 我等专家号来看要得不"]),
    (E, HANT, "敬啟者：小兒現年二十歲，於外地大學寄宿。今日來電稱發高燒，頭痛欲裂，頸項僵硬，畏光，並嘔吐多次，說話時有不清。同房同學以為只是感冒。本人身處澳門，焦急萬分，煩請指示應如何安排。"),
    (E, HANT, "個囡三歲 發燒成日 而家手腳凍冰冰 塊面好灰 身上出咗啲紅紫色點 用玻璃杯壓落去都唔退 佢好眼瞓 叫佢都唔應 係咪出疹啫"),
    (N, EN, "hello my grandson is going off to university in September and I want to know if he needs the meningitis jab the men a c w why one full stop he's perfectly well just the university sent a letter"),
    (N, EN, "had a stiff neck since Monday from sleepin funny on the couch la, no temp, no headache, feel grand otherwise, just can't turn me head proper to the left. do yous do physio self referral"),
    (N, EN, ["Hi, my daughter's school sent a letter about a meningitis case in another class",
             "They say the child is in hospital getting treated and the school was told by the health people. My daughter is totally fine, no fever, playing and eating. Do we need antibiotics or anything? The letter says only close contacts"]),
    (N, EN, "watchin Casualty last night an there was a lad with meningitis an they did the glass test on his rash. how does that work then, is it any glass? askin for me own knowledge, we're all well here"),
    (N, HANS, "请问 流脑 疫苗 在 哪里 打 我 家 孩子 三岁 社区 说 要 补 一针 孩子 好好的 没 发烧"),
    (N, HANS, "俺侄子小时候得过脑膜炎 在恁医院治好了 现在都上大学了 啥后遗症都没有 就想问问这病会遗传不"),
    (N, HANT, "敬啟者：本人之孫兒下月赴英國升學，校方要求出示腦膜炎疫苗接種紀錄，煩請告知如何申請有關證明。孫兒身體健康。謹此。"),
    (N, HANT, "我瞓捩頸 條頸硬咗兩日 冇發燒冇頭痛 淨係轉頭先痛 想問下睇跌打定物理治療好啲"),
]

C["diabetic"] = [
    (E, EN, "my husband's on the in selling for his sugar and he's gone all sweaty and shaky and he's talking rubbish and getting aggressive with me his sugar machine says two point one full stop he won't eat anything I give him he just pushes it away"),
    (E, EN, ["can I get a new blood sugar meter sent out, me old one's on its last legs",
             "ta. it's still workin just about, it's sayin HI for our Jack who's 12, he's type 1. he's been weein loads an drinkin pints of water, now he's bein sick, breathin deep an fast, an his breath smells like pear drops. he's goin a bit dozy"]),
    (E, EN, "My mom is type 2 on tablets, for the last few days she's been so thirsty and weeing all the time, now she's very drowsy and muddled, her glucometer says 32. Eish she's 78. Should I give her more of her tablets?"),
    (E, EN, "found me dad on the kitchen floor, he's breathin but he won't wake up proper, he's type 1 on insulin, his skin's clammy an cold. there's no glucagon in the house. can I put jam in his mouth"),
    (E, HANS, "我 老伴 打 姨岛素 的 今天 早上 没 吃饭 现在 一身 冷汗 手 抖 说话 颠三倒四 的 测 了 血汤 二点 三 给他 喝 糖水 他 不 肯 喝 嗯 叫 也 不太 应"),
    (E, HANS, "俺爹有糖尿病 这几天不得劲 光喝水光尿 今儿血糖仪上显示二十九点几 现在迷迷糊糊的 喘气也粗 嘴里有股烂苹果味儿 中不中啊"),
    (E, HANT, ["敬啟者：煩請告知糖尿科覆診處之位置。",
               "謝謝。另家母今早注射胰島素後未有進食，現神志模糊，滿身冷汗，血糖機讀數為一點九，餵以糖水卻無法吞嚥。請問應否帶同家母前往覆診？"]),
    (E, HANT, "阿嫲有糖尿 呢兩日成日口渴 去廁所去過唔停 而家成個人好冇神 叫佢唔多應 驗血糖部機顯示HI 睇唔到數字"),
    (N, EN, "hello I'm type two diabetic and I'd like to book in for my annual foot check and eye screening full stop my sugars have been steady around seven"),
    (N, EN, "felt a bit shaky before me dinner la, checked me sugar, it was 3.8, had a glass of orange juice an a biscuit an it's 6.2 now, feel right as rain. just wanted to ask me diabetes nurse if I should drop me night insulin a bit"),
    (N, EN, "Hi, I want to register for the diabetes education class. My husband was diagnosed last month, his sugar was 18 when they found it at his work medical but he had no symptoms, he's on metformin now and it's down to 8. We just want to learn about the diet"),
    (N, EN, "me nan used to have hypos all the time back in the 80s, proper scary. is there owt on the NHS now to stop them, askin cos me auntie's just been diagnosed type 1 an she's doin well so far"),
    (N, HANS, "请问 糖化 血红 蛋白 检查 要 空腹 吗 我 血糖 控制 得 挺好 空腹 六点 几"),
    (N, HANS, "我前年查出糖尿病 一直吃二甲双胍 控制得蛮好 冇得么子不舒服 想问下你们这里能不能办慢性病的门诊报销"),
    (N, HANT, ["敬啟者：煩請告知營養科之預約方法。",
               "謝謝。家母患糖尿病多年，上月曾有一次血糖偏低，自行進食糖果後即回復正常，已告知主診醫生並調整藥量，現情況穩定，欲約見營養師商討飲食。"]),
    (N, HANT, "我份報告話血糖有少少高 空肚六點五 醫生叫我戒口多啲做運動 我冇咩唔舒服 想問下營養師要點約"),
]

C["burns"] = [
    (E, EN, "my husband was burning rubbish in the back garden and he put petrol on it and it went up in his face his eyebrows are gone his face is all red and blister ed and his voice has gone hoarse and he's coughing up black stuff full stop he's washing his face in the sink"),
    (E, EN, ["what time's the minor injuries open on a saturday, is it just mornins",
             "ok ta. it's for the baby, she's 14 month, pulled me brew off the side an it went all down her chest an arm, skin's comin off an it's white in places. ran it under the tap for twenty minutes. we'll bring her in saturday"]),
    (E, EN, "My dad is an electrician and he got a shock from the DB board, there's a small black mark on his hand and another on his foot where it came out, he says he's fine but his heart feels like it's fluttering. Is it ok to just put Burnshield on?"),
    (E, EN, "splashed oven cleaner in me eye an down me arm, arm's gone red raw an blisterin an me eye's streamin an I can't open it proper. I've rinsed it a bit under the tap. will it settle on its own?"),
    (E, HANS, ["俺想问问 恁这住院部在哪个楼 俺去给俺叔送饭",
               "中 俺知道了。俺儿子刚才往灶火里倒汽油 轰一下着了 两条胳膊跟脸上都烧了 皮都掉了 一大片发白 他说不咋疼 俺寻思抹点牙膏 中不中"]),
    (E, HANS, "我 孙子 两岁 刚才 打翻 了 开水湖 烫到 了 大腿 和 肚子 一大片 起 水泡 嗯 哭 得 厉害 我 给 他 抹 了 酱油 要不要 紧"),
    (E, HANT, "敬啟者：外子今午於廚房處理通渠水時，不慎將強酸液體濺至面部及雙手，皮膚隨即發白起泡，並感劇痛，雙眼難以睜開。本人已以清水沖洗，請問尚需如何處理？"),
    (E, HANT, "我阿爺用火水爐 件衫著咗火 燒到成個背脊同隻手 啲皮黑咗 有啲位唔覺痛 佢話搽啲藥膏得啦"),
    (N, EN, "I caught my wrist on the oven shelf taking out the your shire puddings it's a little red line about an inch long I ran it under the cold tap for twenty minutes full stop no blister do I need to do anything else"),
    (N, EN, ["what's the bus from the metro to the burns unit",
             "aye it's for me brother, he's been in since the fire last month, doin grand now, they've done his skin grafts an he's up an about. we're just visitin sunday"]),
    (N, EN, "Got sunburnt at the beach on Sunday, my shoulders are pink and a bit sore, no blisters, I'm putting aloe on. Is there anything stronger the pharmacy can give? Eish the Durban sun hey"),
    (N, EN, "the price of the parkin here burns a hole in me pocket. also me mam had a burn on her leg from a hot water bottle years back an the scar's gone itchy, does dermatology take self referrals"),
    (N, HANS, "我 做饭 的 时候 油 溅 到 手背 上 一个 小点 红红 的 冲了 凉水 不 起泡 现在 不 疼 了 需要 涂 什么 药"),
    (N, HANS, "我伢儿学校要搞消防安全作业 问下子烫伤了第一步么子搞 是冲冷水还是抹牙膏 冇得人烫到 就是作业"),
    (N, HANT, "敬啟者：本人去年冬天被熱水袋燙傷小腿，經貴院治療後已痊癒，惟留有疤痕。煩請告知疤痕治療之門診預約方法。謹此。"),
    (N, HANT, "敬啟者：日前於報章閱悉一名兒童被熱湯燙傷之新聞，甚感痛心。家中孫兒年幼，欲了解燙傷急救之正確方法，敬請賜教。孫兒現一切安好。"),
]

C["child_unwell"] = [
    (E, EN, "my grandson is eighteen months and he's gone all floppy like a rag doll since his nap he won't open his eyes properly when I call him and he's a funny grey colour full stop his mum's at work he had a cold yesterday"),
    (E, EN, ["Hi, how do I make an appointment for my son's vaccinations at 6 months?",
             "Ok. He's 5 months, he hasn't had a bottle since yesterday lunch, not even a wet nappy since this morning, he's very sleepy and his soft spot looks sunken. He was vomiting a bit. Can the nurse check him when we come for the jabs next week?"]),
    (E, EN, "our little lass is 2 an she's had the runs an been sick for two days, now she's just lyin there, won't play, won't drink, eyes look sunk in an she's cold to touch. me mam reckons it's the tummy bug doin the rounds"),
    (E, EN, "the bairn's 4 month an he keeps goin blue round his lips when he's feedin an he's breathin dead fast, gruntin with every breath, he's only took half his bottle all day. is that just wind"),
    (E, HANS, "俺孙子三岁 今儿一天不吃不喝 光睡 叫他也就睁一下眼又睡了 浑身软塌塌的 跟面条儿似的 嘴唇有点发青 俺儿子儿媳在外地打工 俺一个老婆子 不知道咋弄"),
    (E, HANS, "我 外孙女 八个月 吐 了 一天 啦 肚子 十几 次 现在 哭 都 没 眼累 一天 没 尿 了 人 软软 的 没 劲 眼睛 凹下去 嗯 要 不要 紧"),
    (E, HANT, ["敬啟者：煩請告知兒科門診之登記時間。",
               "謝謝。另孫兒現年十個月，今早起身後一直昏睡，抱起時全身軟弱無力，眼神呆滯，對逗弄毫無反應，今日亦未曾進食。兒媳認為小兒多睡無妨，敢問是否如此？"]),
    (E, HANT, "個仔兩歲 頭先喺公園玩完返嚟 突然好似透唔到氣咁 塊面同嘴唇變晒紫色 抱起佢成個人軟晒 眼都唔開 我唔知點算"),
    (N, EN, "my granddaughter is two and she's got a runny nose and a bit of a cough she's running about eating her tea and drinking fine full stop do I need to keep her off nursery"),
    (N, EN, ["where do I drop off the form for the kids ward, for me lad's discharge",
             "aye he was in last week, proper poorly with bronchiolitis, on oxygen for a bit, but he's home now, feedin grand an back to his cheeky self. it's just the form for the nursery"]),
    (N, EN, "Hi, my son is 4, he was a bit grumpy and tired after his party yesterday, too much sugar I think, he's eating and playing fine today, just cranky. Is there a children's clinic on Saturday for his checkup?"),
    (N, EN, "me daughter's doin her paediatric first aid for the nursery job, she wants to know what floppy means in a baby, like when should you worry. nowt wrong with any of ours, just for her course"),
    (N, HANS, "请问 孩子 体检 在 几楼 我 孙子 一岁 半 能 吃 能 睡 能 跑 就是 想 做个 常规 体检"),
    (N, HANS, "我屋里伢儿上个礼拜在你们儿科住了三天院 那时候蔫巴巴的 吃不进东西 现在好咯 活蹦乱跳 想问下出院小结去哪里打印"),
    (N, HANT, "敬啟者：小孫三年前曾因嚴重脫水於貴院兒科留醫，幸得悉心照料，現已六歲，活潑健康。本人謹此致函致謝，並查詢兒科病房之捐款途徑。"),
    (N, HANT, "個女琴日打完預防針有少少冇神 瞓多咗 但今朝已經好返 食嘢玩嘢都正常 想問下下一針幾時打"),
]

SCRIPTS = {EN: ("en", "en"), HANS: ("zh", "zh-Hans"), HANT: ("zh", "zh-Hant")}


def build():
    rows = []
    for cat, items in C.items():
        assert len(items) == 16, (cat, len(items))
        for n, (level, sc, content) in enumerate(items):
            lang, script = SCRIPTS[sc]
            row = {
                "id": "%s.%s.%d" % (SET, cat, n),
                "category": cat,
                "level": level,
                "lang": lang,
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
    assert len(C) == 16
    per_cat = Counter(r["category"] for r in rows)
    assert all(v == 16 for v in per_cat.values()), per_cat
    for cat in C:
        cr = [r for r in rows if r["category"] == cat]
        lv = Counter(r["level"] for r in cr)
        assert lv[E] == 8 and lv[N] == 8, (cat, lv)
        for level in (E, N):
            sc = Counter(r["script"] for r in cr if r["level"] == level)
            assert sc["en"] == 4 and sc["zh-Hans"] == 2 and sc["zh-Hant"] == 2, (cat, level, sc)
        # conversations: 2 emergency (one en, one zh), 1 look-alike
        conv_e = [r for r in cr if r["level"] == E and "turns" in r]
        conv_n = [r for r in cr if r["level"] == N and "turns" in r]
        assert len(conv_e) == 2 and sorted(r["lang"] for r in conv_e) == ["en", "zh"], (cat, conv_e)
        assert len(conv_n) == 1, (cat, conv_n)
    for r in rows:
        assert ("text" in r) != ("turns" in r), r["id"]
    # no duplicate messages
    bodies = [json.dumps(r.get("text") or r.get("turns"), ensure_ascii=False) for r in rows]
    assert len(set(bodies)) == len(bodies), "duplicate message"


def main():
    rows = build()
    check(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "triage.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s" % (len(rows), out))
    print(Counter((r["level"], r["script"]) for r in rows))


if __name__ == "__main__":
    main()
