#!/usr/bin/env python3
"""signs31h: hand-written emergency-sign messages (and benign look-alikes) for a
hospital patient-service chat assistant's triage test data.

Every message below was typed by hand. The script is only a container for the
literal list plus checks; it writes triage.jsonl next to itself.
"""
import hashlib
import json
import os
import re

SET = "signs31h"

SIGNS = {
    "meningitis": [
        "rash that does not fade under a glass",
        "stiff neck with fever",
        "dislike of bright light with fever",
        "fever with cold hands and feet",
        "very drowsy or hard to wake with fever",
        "bulging soft spot in a baby",
        "high-pitched moaning cry in a baby",
        "severe headache with fever and vomiting",
        "confusion or irritability with fever",
        "baby arching back and upset by being handled, with fever",
    ],
    "diabetic": [
        "unconscious or cannot be woken (diabetes)",
        "fitting with low blood sugar",
        "too drowsy or confused to swallow sugar",
        "low blood sugar not coming up after treatment",
        "very high blood sugar with high ketones",
        "high blood sugar with vomiting, cannot keep fluids down",
        "fruity or pear-drop smell on the breath with high sugar",
        "deep or fast breathing with high sugar",
        "stomach pain with high sugar and ketones",
        "very high blood sugar with extreme thirst and confusion",
    ],
    "burns": [
        "burn bigger than the person's hand",
        "deep burn with white, charred or painless skin",
        "chemical burn",
        "electrical burn",
        "burn on the face or eyes",
        "blistering burn on the hands, feet, genitals or over a joint",
        "breathed in smoke or hot fumes in a fire",
        "burn or scald in a baby or young child",
        "signs of shock after a burn",
        "burn that goes all the way round a limb or finger",
    ],
    "child_unwell": [
        "floppy baby",
        "not responding or reacting to you",
        "cannot be woken or will not stay awake",
        "weak, high-pitched or non-stop crying",
        "baby under 3 months with a temperature of 38C or more",
        "stopped feeding",
        "grunting or sucking in under the ribs when breathing",
        "pale, blue or mottled skin or lips",
        "green vomit",
        "no wet nappy for 12 hours or signs of drying out",
    ],
}
CATEGORY_ORDER = ["meningitis", "diabetic", "burns", "child_unwell"]

E, N = "emergency", "none"

# (category, sign_index, lang, script, level, text) -- all hand-written
ROWS = [
    # ---------------- meningitis ----------------
    ("meningitis", 0, "en", "en", E,
     "Good evening, sorry to bother you on a Sunday. My mother is 81 and I was going to ask about moving her hip clinic "
     "appointment on Thursday, as parking near the east wing is impossible for her. But while sitting with her tonight "
     "she's come up hot, and there are little dark purple-red spots on her legs and tummy, and when I pressed my tumbler "
     "on them they still showed through the glass. Can it wait till Thursday?"),
    ("meningitis", 0, "en", "en", E,
     "my 4yo has tiny purple dots all over his chest that came up in the last hour, pressed them with the side of my phone "
     "and they dont go white at all. hes burning up"),
    ("meningitis", 0, "zh", "zh-Hans", E,
     "您好，请问一下，我外孙女今年六岁，本来想问问下周二皮肤科复诊能不能改到周四，因为她妈妈要出差。可是她下午开始发烧，"
     "刚才给她换睡衣，发现胳膊和肚子上起了好多针尖大小的紫红点，我拿玻璃杯压上去，颜色一点都不褪，这个要紧吗？"),
    ("meningitis", 0, "zh", "zh-Hant", E,
     "我個仔發緊燒，腳同肚出咗啲紫色細點，用玻璃杯㩒住都仲睇到，冇褪色，點算好？"),
    ("meningitis", 0, "en", "en", N,
     "I had meningitis as a student back in 1998, the rash and all, and spent a week on a ward. My daughter goes off to "
     "university in September and I'm a bit anxious about it - does she need the meningitis jab before she goes, and can "
     "the GP practice do it, or do we book through you?"),
    ("meningitis", 0, "zh", "zh-Hant", N,
     "請問小孩身上被蚊子叮的紅點，用玻璃杯壓下去會變白，也沒有發燒，精神很好，這樣擦藥膏就可以了嗎？"),

    ("meningitis", 1, "en", "en", E,
     "Hi, my husband (67) has had a temp of 39.2 since lunchtime and now he can't bend his head forward at all, can't get "
     "his chin anywhere near his chest, says it's like a plank from his skull down and it really hurts. He's never like this."),
    ("meningitis", 1, "en", "en", E,
     "Apologies for the long message. I'm writing for my dad, who's 74; he has an eye clinic appointment tomorrow at 9.40 and "
     "I wanted to check he can still come as he's been poorly. He went to bed early with shivers and a high temperature, and "
     "now he's telling me he can't look down at his lap, his neck has gone rigid and it's very sore when he tries. He had "
     "paracetamol at 6. Is it alright to bring him?"),
    ("meningitis", 1, "zh", "zh-Hans", E,
     "我儿子十九岁，在宿舍发烧到三十九度多，打电话说脖子僵得低不下头，下巴碰不到胸口，一动就疼，头也疼得厉害。"),
    ("meningitis", 1, "zh", "zh-Hant", E,
     "您好，麻煩問一下，我先生七十歲，原本想問他下禮拜的眼科門診要不要先抽血。他從昨天晚上開始發燒，剛剛量三十九度二，"
     "現在又說脖子很硬，頭低不下去，下巴碰不到胸口，一動就痛得哇哇叫，請問這樣可以等到門診嗎？"),
    ("meningitis", 1, "en", "en", N,
     "slept funny on the sofa and woke up with a stiff neck, cant turn my head left. no temperature, feel fine otherwise. "
     "heat pack or ibuprofen?"),
    ("meningitis", 1, "zh", "zh-Hans", N,
     "请问落枕了脖子有点僵，没有发烧，人也精神，贴膏药可以吗？要不要挂骨科？"),

    ("meningitis", 2, "en", "en", E,
     "Hope this is the right place to ask. My mum is 78 and lives with us; she's due her blood pressure tablets and the "
     "pharmacy says the prescription hasn't come through. Separately, she's had a temperature since last night, and this "
     "morning she's got the curtains shut and a towel over her eyes, says even the landing light hurts so much she can't "
     "bear it, and her head is pounding. I wasn't sure whether to mention it."),
    ("meningitis", 2, "en", "en", E,
     "gf is 22, 39.5 on the thermometer, lying in the dark with a pillow over her face, says the lamp and even her phone "
     "screen are killing her eyes. she screams if I open the blinds"),
    ("meningitis", 2, "zh", "zh-Hans", E,
     "请问一下，我母亲八十了，降压药快吃完了，药房说处方还没传过来，麻烦帮忙看看。另外她从昨晚就发烧，今天一直把窗帘拉得"
     "严严实实，用毛巾盖着眼睛，说连走廊的灯都刺得眼睛疼得受不了，头也疼得厉害。"),
    ("meningitis", 2, "zh", "zh-Hant", E,
     "我老公發燒成日喊頭痛，而家連電話個mon都唔敢望，話啲光刺到佢對眼好痛，要成間房黑晒先得。"),
    ("meningitis", 2, "en", "en", N,
     "does everyone with migraine get light sensitivity? i get it with mine a few times a year, never any fever, just "
     "wondering if I should mention it at my neurology appointment next month"),
    ("meningitis", 2, "zh", "zh-Hant", N,
     "請問我做完散瞳檢查以後看到燈光很刺眼，沒有發燒，這是正常的嗎？大概多久會好？"),

    ("meningitis", 3, "en", "en", E,
     "Our 7 year old has a temperature of 39.8 but her hands and feet are like ice, properly freezing even with socks and "
     "a blanket. She looks grey and keeps saying her legs hurt."),
    ("meningitis", 3, "en", "en", E,
     "So sorry to message this late. I'm looking after my grandson, 3, while his parents fly back from Spain. He's been hot "
     "all day, 39 on the ear thermometer, which I've been managing with Calpol, but in the last hour his fingers and toes "
     "have gone icy and a bit bluish although his body is roasting, and he whimpers when I touch his legs. His mum wanted "
     "me to ask about his ENT appointment next week."),
    ("meningitis", 3, "zh", "zh-Hans", E,
     "孩子五岁，烧到三十九度八，身上滚烫可手脚冰凉，捂了半天也不热，脸色发白。"),
    ("meningitis", 3, "zh", "zh-Hant", E,
     "不好意思打擾，我是阿嬤，今天幫忙顧孫女，她四歲。本來只是想問她下禮拜的過敏科回診時間，可是她從中午開始發燒，剛剛量"
     "三十九度六，身體摸起來很燙，手腳卻冰冰冷冷的，蓋了被子也不會熱，臉色發白，還說腳很痛。"),
    ("meningitis", 3, "en", "en", N,
     "Is it normal that my hands and feet are always cold in winter? I've had Raynaud's for years, no temperature or "
     "anything, just want to know if there's a clinic for it."),
    ("meningitis", 3, "zh", "zh-Hans", N,
     "您好，请问我老伴一到冬天手脚总是冰凉，不发烧也没别的不舒服，想挂个号调理一下，应该挂中医科还是内科？"),

    ("meningitis", 4, "en", "en", E,
     "can't get my brother to come round properly. he's 16, had a temp since yesterday, I shook him and he just groaned and went back "
     "under, eyes won't stay open"),
    ("meningitis", 4, "en", "en", E,
     "I'm typing on behalf of my father, who is 83. We were meant to collect his new inhaler from the pharmacy today and I "
     "wondered if a neighbour could go instead. The reason is he's had a high fever since the weekend and today I honestly "
     "can't rouse him for more than a few seconds; he opened his eyes when I said his name loudly and then was gone again, "
     "and he's not had a drink since breakfast. Is a neighbour allowed to pick it up?"),
    ("meningitis", 4, "zh", "zh-Hans", E,
     "您好，我父亲今年七十六岁，下周三约了心内科复查，想问一下医院停车场周末开不开。他这两天发烧，今天一整天都在昏睡，"
     "怎么叫都叫不醒，使劲拍他的脸才睁一下眼，马上又睡过去了，水也喝不进。"),
    ("meningitis", 4, "zh", "zh-Hant", E,
     "個女發燒，今朝開始瞓到叫極都唔醒，搖佢先勉強擘開眼，好快又瞓返，點算？"),
    ("meningitis", 4, "en", "en", N,
     "had flu all week and I'm sleeping loads, 14 hours last night, but I wake up fine, I'm eating and my temp has gone. "
     "is it normal to be this tired after flu?"),
    ("meningitis", 4, "zh", "zh-Hant", N,
     "請問孩子打完疫苗後有點低燒、比較愛睡，但叫一下就醒，醒了也會玩會喝奶，這樣正常嗎？"),

    ("meningitis", 5, "en", "en", E,
     "the soft bit on top of my 5 month old's head is puffed up and tight like a dome. she's not crying, she's just hot and "
     "really sleepy. never seen it like this"),
    ("meningitis", 5, "en", "en", E,
     "Good afternoon, I'm the grandmother; my daughter asked me to message because she's driving. We have my "
     "granddaughter's 8-week check on Friday and she wanted to know where to park for the children's clinic. But also, she has been "
     "feverish and off her feed since this morning, and now the fontanelle on top of her head is swollen and raised up, "
     "firm when you lay your hand on it, not dipped like usual. Is this something for Friday?"),
    ("meningitis", 5, "zh", "zh-Hans", E,
     "宝宝四个月，头顶那块软软的地方今天鼓起来了，摸着硬邦邦的，还有点发烧，一直想睡。"),
    ("meningitis", 5, "zh", "zh-Hant", E,
     "唔好意思，我係BB嘅嫲嫲，個女揸緊車叫我幫手問。BB下星期五約咗打針，想問泊車點算。但係佢今朝開始發燒又唔肯食奶，"
     "頭頂嗰忽軟軟嘅位而家凸咗出嚟，摸落好實好脹，平時都係平嘅。"),
    ("meningitis", 5, "en", "en", N,
     "is it normal to see the soft spot on my newborn's head pulsing a bit when she feeds? it's flat, not raised, she's "
     "feeding well and has no temperature"),
    ("meningitis", 5, "zh", "zh-Hans", N,
     "请问宝宝哭的时候头顶囟门会鼓一点，不哭了就平下去了，没发烧吃奶也好，这正常吗？"),

    ("meningitis", 6, "en", "en", E,
     "Our baby (7 weeks) is making this strange squeaky moan, not her normal cry, it's thin and shrill and constant, and "
     "she feels hot. my husband says it sounds like a kitten"),
    ("meningitis", 6, "en", "en", E,
     "I'm sorry if this is the wrong number, it was on the back of the discharge leaflet. My son's little boy, eleven weeks old, "
     "is staying with me tonight. He has been warm all evening and off his bottle, and for the past half hour he's been "
     "letting out a weird piercing wail that sounds nothing like him, almost a screech, and he's limp when I hold him. I "
     "raised five children and never heard a noise like it."),
    ("meningitis", 6, "zh", "zh-Hans", E,
     "请问一下，我儿媳妇生完孩子两个月，今天我帮忙带。孩子下午有点发烫，奶也吃得少，最近半个小时哭声跟平时完全不一样，"
     "尖尖细细的，像在哼哼，一直不停，抱着哄也没用，我带大三个孩子从没听过这种哭声。"),
    ("meningitis", 6, "zh", "zh-Hant", E,
     "請問寶寶三個月大，今天發燒，哭聲變得很尖很細，像在呻吟一樣，哄也哄不停。"),
    ("meningitis", 6, "en", "en", N,
     "my baby does a high squeal when she's excited and kicking, no fever, feeding fine. my mum reckons it's 'the "
     "meningitis cry' lol, surely not?"),
    ("meningitis", 6, "zh", "zh-Hant", N,
     "BB今日打完針喊咗一陣，聲都幾尖，不過而家飲完奶瞓得好好，冇發燒，使唔使擔心？"),

    ("meningitis", 7, "en", "en", E,
     "I'm 71 and had a hospital letter to say my cataract operation has moved to the 14th, which is fine, but I wanted to "
     "check about the parking permit. Also I feel awful. I've had the worst headache of my life since this morning, worse "
     "than anything I've known, I've got a temperature and I've been sick four times, can't keep even water down. I'm on "
     "my own. Is that just a virus?"),
    ("meningitis", 7, "en", "en", E,
     "my flatmate has a banging head, says its the worst pain ever, she's got a temp of 39 and has thrown up 3 times in "
     "the last hour"),
    ("meningitis", 7, "zh", "zh-Hans", E,
     "老公头疼得要炸开一样，发烧三十九度，刚才又吐了两次，喝口水都吐。"),
    ("meningitis", 7, "zh", "zh-Hant", E,
     "你好，我想問下阿媽下個月嘅白內障手術改咗期，係咪要重新簽同意書？另外佢今日好唔舒服，由朝早開始頭痛到抱住個頭喊，"
     "話係一世人最痛嘅一次，又發燒，嘔咗四五次，連藥都食唔落。"),
    ("meningitis", 7, "en", "en", N,
     "Had a stomach bug last week with a bit of a headache and a temperature, all gone now and I'm back at work. Do I need "
     "a sick note for the days I was off?"),
    ("meningitis", 7, "zh", "zh-Hans", N,
     "您好，请问感冒了有点头疼，低烧三十七度五，没吐，还能吃饭，吃点感冒药就行吧？"),

    ("meningitis", 8, "en", "en", E,
     "Grandad's got a high temp and he's not making sense, keeps asking where he is and thinks it's 1970. He was fine "
     "yesterday."),
    ("meningitis", 8, "en", "en", E,
     "Hi there, sorry to bother you. I look after my 89-year-old aunt two days a week and I'm trying to find out whether "
     "her physio can be done at home. While I was here today she came down with a fever, 38.9, and she's suddenly muddled: "
     "she called me by my mother's name, couldn't tell me the day and tried to put her shoes on in the bath. She's never "
     "been forgetful. What should I do about the physio?"),
    ("meningitis", 8, "zh", "zh-Hans", E,
     "您好，我是社区的护工，照顾一位八十九岁的老太太，本来想问她的康复科能不能上门。今天她突然发烧三十八度九，人一下子"
     "糊涂了，把我叫成她女儿的名字，不知道今天星期几，还要往浴缸里穿鞋，她以前脑子一直很清楚的。"),
    ("meningitis", 8, "zh", "zh-Hant", E,
     "麻煩請問，我爸爸發燒三十九度，從下午開始講話顛三倒四，連我是誰都搞不清楚，這樣要等嗎？"),
    ("meningitis", 8, "en", "en", N,
     "My son gets a bit grumpy and whingy whenever he's got a temperature, but he still plays and chats normally. Is that "
     "normal with colds?"),
    ("meningitis", 8, "zh", "zh-Hant", N,
     "阿爺以前有一次發燒嗰陣亂講嘢，入咗院，不過嗰啲係幾年前嘅事，而家好返晒，精神好好，日日都去飲茶。想問下佢下個月"
     "個覆診可唔可以改期，因為我要返大陸公幹，冇人陪佢去。"),

    ("meningitis", 9, "en", "en", E,
     "my 4 month old is hot and arching her back stiff, screams worse when I pick her up, she only settles a tiny bit if i "
     "leave her lying flat"),
    ("meningitis", 9, "en", "en", E,
     "Forgive me, I'm writing from my son's phone; I'm the little one's grandfather. She is five months and has had a "
     "temperature all afternoon, and now every time anyone lifts her she bends backwards like a bow, head thrown back, and "
     "howls as if being touched hurts her. She's quieter left in her cot. My son wanted to know about her vaccination "
     "record but I think this matters more."),
    ("meningitis", 9, "zh", "zh-Hans", E,
     "宝宝三个月发烧，一抱起来就哭得更凶，身子往后挺，放下来才好点。"),
    ("meningitis", 9, "zh", "zh-Hant", E,
     "您好，我是寶寶的阿公，兒子媳婦在上班，我幫忙問。寶寶五個月，本來是想問預防接種紀錄要去哪裡補，但她從下午就在發燒，"
     "現在只要一抱起來就哭得很慘，身體往後彎成一個弓，頭一直往後仰，放在床上反而比較安靜。"),
    ("meningitis", 9, "en", "en", N,
     "my baby arches his back after feeds and spits up a bit, no temperature, gaining weight, health visitor mentioned "
     "reflux. what's the reflux leaflet called?"),
    ("meningitis", 9, "zh", "zh-Hans", N,
     "请问宝宝不想吃奶的时候会往后挺身子扭头，没发烧也很开心，这是闹脾气吗？"),

    # ---------------- diabetic ----------------
    ("diabetic", 0, "en", "en", E,
     "my husband is type 1, found him on the bedroom floor, he's breathing but i cant get any response out of him at all"),
    ("diabetic", 0, "en", "en", E,
     "Good evening. My mother is 79 and diabetic, on insulin twice a day, and I was going to ask whether her prescription "
     "for pen needles can go to a different chemist because the one near us is closing. But I've just come in and she's "
     "slumped in her armchair and I can't rouse her. I've shouted and shaken her shoulder and she doesn't open her eyes "
     "or answer. Her lips are moving a little."),
    ("diabetic", 0, "zh", "zh-Hans", E,
     "您好，我父亲七十八岁，糖尿病打胰岛素好几年了，本来想问下个月的胰岛素笔针头能不能换个药房取。刚才我去叫他吃晚饭，"
     "发现他歪在沙发上，怎么喊都喊不醒，拍他、掐他都没反应，只是在喘气。"),
    ("diabetic", 0, "zh", "zh-Hant", E,
     "我婆婆有糖尿病，剛剛發現她倒在廁所，叫她名字、拍她肩膀都沒有反應，眼睛一直閉著。"),
    ("diabetic", 0, "en", "en", N,
     "Can my diabetic dad sleep in late? he's type 2, sleeps till 10 most days, wakes up fine and has his breakfast. just "
     "wondering if the long gap without food is ok"),
    ("diabetic", 0, "zh", "zh-Hant", N,
     "您好，我先生有糖尿病十幾年了，目前血糖控制得還不錯，人也很好。我看糖尿病衛教手冊裡面有寫家人如果昏迷要怎麼處理，"
     "想先學起來以防萬一，請問醫院有沒有開這種家屬課程？要去哪裡報名？"),

    ("diabetic", 1, "en", "en", E,
     "my son has diabetes and his sugar was 2.1, now he's shaking all over, eyes rolled back, jerking and not answering me"),
    ("diabetic", 1, "en", "en", E,
     "Hi, I'm a carer for a gentleman of 72 with type 2 on gliclazide, and I was messaging about his review appointment, "
     "which I think clashes with his dentist. But while I was typing that he went very sweaty and pale, his meter said "
     "1.9, and now he's having a seizure in the chair, arms and legs going, a little froth at his mouth."),
    ("diabetic", 1, "zh", "zh-Hans", E,
     "老伴打胰岛素，刚测血糖二点几，现在突然抽起来了，手脚一直抖，叫也不应。"),
    ("diabetic", 1, "zh", "zh-Hant", E,
     "不好意思，我幫家裡的看護問一下。阿公七十二歲，有糖尿病在吃降血糖的藥，本來要問他的回診跟牙科撞期的事。結果剛剛他"
     "一直冒冷汗，測血糖只有三十幾，現在突然全身抽搐，手腳一直抖，嘴角有白沫，叫他都沒反應。"),
    ("diabetic", 1, "en", "en", N,
     "I'm 67 and have had type 1 for forty years. I had a night-time hypo about ten years ago that ended in a seizure, the "
     "only time it ever happened, and I've been fine since. My licence is up for renewal next month - do I still need to "
     "mention it to the DVLA, and can my consultant write a letter?"),
    ("diabetic", 1, "zh", "zh-Hans", N,
     "请问低血糖的时候手抖心慌，吃了两块糖十分钟就好了，现在血糖六点多，还用去医院吗？"),

    ("diabetic", 2, "en", "en", E,
     "she's having a hypo and she's too out of it to drink the juice, it just dribbles out of her mouth, she won't swallow"),
    ("diabetic", 2, "en", "en", E,
     "Pardon the intrusion. My father is 86 and diabetic; I was going to ask about transport for his foot clinic. "
     "This afternoon his reading dropped to 2.5 and I tried to give him a glucose tablet, but he's so dozy and muddled he "
     "can't chew it, he just let it fall out, and he couldn't manage the orange juice either, it ran down his chin."),
    ("diabetic", 2, "zh", "zh-Hans", E,
     "麻烦问一下，我父亲八十六岁，有糖尿病，下周要去看糖尿病足，想问能不能派车接送。今天下午他低血糖，二点五，我想喂他"
     "吃葡萄糖片，可他迷迷糊糊的，嚼都不会嚼，掉出来了，橙汁也喂不进去，顺着下巴往下流。"),
    ("diabetic", 2, "zh", "zh-Hant", E,
     "請問我先生血糖很低，想餵他喝果汁，可是他昏昏沉沉的根本吞不下去，一直從嘴角流出來。"),
    ("diabetic", 2, "en", "en", N,
     "my little one hates glucose tablets, is there a nicer-tasting option for treating her hypos? she's fine at the "
     "moment, just thinking ahead for school trips"),
    ("diabetic", 2, "zh", "zh-Hant", N,
     "想問下阿媽低血糖嗰陣，用葡萄糖啫喱會唔會易食過糖粒？佢而家好地地，只係想預備定。"),

    ("diabetic", 3, "en", "en", E,
     "had juice, jelly babies, more juice for my hypo, still 2.6 after 45 mins and I'm getting worse. on my own"),
    ("diabetic", 3, "en", "en", E,
     "Evening, apologies for the essay. My wife is 68 and on insulin, and we have her annual review on the 3rd; we were "
     "going to ask for a longer slot. Tonight she went low, 2.8, so we did the fast sugar, waited fifteen minutes, checked: "
     "2.9. Did it again, still under 3, and again, and it's been an hour now and the numbers won't budge and she's getting "
     "shakier and vaguer. What do we do?"),
    ("diabetic", 3, "zh", "zh-Hans", E,
     "孩子低血糖，喝了两次果汁又吃了糖，过了半个多小时测还是二点多，一点没升上来。"),
    ("diabetic", 3, "zh", "zh-Hant", E,
     "你好，我想問下阿爸個年度檢查可唔可以約長啲時間。另外佢今晚低血糖，得二點幾，我哋俾佢食咗三次糖，每次等十五分鐘"
     "再度，過咗成個鐘都仲係二點幾，冇升過，佢而家仲出緊汗，人越嚟越矇。"),
    ("diabetic", 3, "en", "en", N,
     "how long should I wait before rechecking after treating a hypo? last one came up to 5.8 after 15 min and I'm fine "
     "now, just want the leaflet"),
    ("diabetic", 3, "zh", "zh-Hans", N,
     "您好，请问低血糖处理以后多久复测一次比较好？上次吃糖以后十五分钟就回到五点几了。"),

    ("diabetic", 4, "en", "en", E,
     "my 14yo is type 1, her glucometer just reads HI and the wee stick went dark purple, she feels dreadful and has "
     "been sick once"),
    ("diabetic", 4, "en", "en", E,
     "Sorry, I hope I'm on the right chat. My son is 23 and has had type 1 since he was nine; he stays with us at "
     "weekends. He's had a bug, and I was asking about a repeat of his test strips, but he's just done his fingerprick and "
     "it's 28, and the little ketone machine says 3.8, which his sick-day plan says means get help, but he's playing it "
     "down."),
    ("diabetic", 4, "zh", "zh-Hans", E,
     "您好，我女儿十四岁，一型糖尿病，这几天拉肚子，本来想问问试纸的处方能不能续。刚才她自己测了，血糖仪直接显示HI，"
     "血酮测出来四点二，人特别难受，吐了一回，她说糖尿病护士讲过超过三就要马上去医院。"),
    ("diabetic", 4, "zh", "zh-Hant", E,
     "請問我兒子第一型糖尿病，血糖三百八，血酮四點多，醫生之前說超過三就要馬上去急診，是這樣嗎？"),
    ("diabetic", 4, "en", "en", N,
     "My ketones came back 0.2 with my sugar at 13 after pizza, feel fine, nurse said anything under 0.6 is normal. Just "
     "logging it for my clinic appointment."),
    ("diabetic", 4, "zh", "zh-Hant", N,
     "想問下血酮機嘅試紙喺邊度可以攞？醫生叫我備定，我而家血糖同酮都正常。"),

    ("diabetic", 5, "en", "en", E,
     "type 1 here, sugars in the 20s all day and I've been throwing up since 3pm, even sips of water come straight back"),
    ("diabetic", 5, "en", "en", E,
     "I'm writing for my granddad, 76, who has diabetes and lives with us. He has eye screening next Tuesday and I wanted "
     "to ask whether the drops mean he can't drive home. Today, though, he's been really unwell: his readings are over 25 "
     "and he's been sick since breakfast, everything he drinks comes back up within minutes, he's not kept anything down "
     "for about eight hours."),
    ("diabetic", 5, "zh", "zh-Hans", E,
     "请问一下，我老伴七十六了，糖尿病好多年，下周二要去眼科做眼底筛查，想问散瞳以后能不能自己开车回家。今天他很不舒服，"
     "血糖一直二十五以上，从早上开始吐，喝什么吐什么，八个小时了一口水都留不住。"),
    ("diabetic", 5, "zh", "zh-Hant", E,
     "阿媽有糖尿，今日血糖去到二十幾，由朝早嘔到而家，飲啖水都嘔返出嚟。"),
    ("diabetic", 5, "en", "en", N,
     "If I get a tummy bug as a diabetic, what's the sick day rule? Nothing wrong at the moment, I just read the leaflet "
     "and it confused me."),
    ("diabetic", 5, "zh", "zh-Hans", N,
     "请问糖尿病人吃坏肚子吐过一次，现在能喝水能吃粥，血糖九点多，还需要担心吗？"),

    ("diabetic", 6, "en", "en", E,
     "my daughter's mouth whiffs sweet, like nail varnish remover. her glucose is 27 and she's not herself"),
    ("diabetic", 6, "en", "en", E,
     "I'm 70 and look after my husband, who's diabetic, and I wanted to ask if his chiropody can be moved because of the "
     "roadworks by the car park. But there's something else: his breath has a funny sickly smell like those old boiled "
     "sweets, pear drops, and his meter says 29. He's tired and breathing heavily."),
    ("diabetic", 6, "zh", "zh-Hans", E,
     "我儿子一型糖尿病，血糖二十七，嘴里有股烂苹果的味道，人没精神。"),
    ("diabetic", 6, "zh", "zh-Hant", E,
     "您好，麻煩請問，我七十歲，照顧我先生，他有糖尿病，本來想問足科門診可不可以改時間。但是今天他講話的時候嘴巴有一股"
     "甜甜的水果味，好像去光水的味道，血糖機測出來四百多，人很累，呼吸也很重。"),
    ("diabetic", 6, "en", "en", N,
     "why does my breath smell fruity on the keto diet? not diabetic, my sugar was normal when the chemist checked it"),
    ("diabetic", 6, "zh", "zh-Hant", N,
     "我阿爸有糖尿，佢口氣成日有陣味，上次覆診醫生話係牙周病，血糖一直控制得幾好，想問牙科點轉介？"),

    ("diabetic", 7, "en", "en", E,
     "my son's type 1, sugar says HI, and he's breathing really deep and fast like he's just run a race but he's lying on "
     "the sofa"),
    ("diabetic", 7, "en", "en", E,
     "Sorry, I don't know who else to ask. My mother-in-law is 72, she has diabetes and stays with us. I was going to ask "
     "about the parking charges for her kidney clinic next week. But tonight she's taking big heavy gulps of air, huge "
     "sighs one after the other, she can't seem to stop, and her monitor reads 31. She says she's just tired."),
    ("diabetic", 7, "zh", "zh-Hans", E,
     "您好，麻烦问一下，我婆婆七十二岁，有糖尿病，跟我们住，下周要去肾内科复查，想问医院停车怎么收费。今晚她一直大口"
     "大口地喘气，一口接一口深深地吸，停都停不下来，血糖仪显示三十一，她自己说就是累了。"),
    ("diabetic", 7, "zh", "zh-Hant", E,
     "阿爸血糖高到爆錶，而家佢抖氣好急好深，好似跑完步咁，坐定定都係咁。"),
    ("diabetic", 7, "en", "en", N,
     "I breathe fast when I'm anxious before my diabetes appointments, sugar is fine, I just get nervous. any tips for "
     "calming down in the waiting room?"),
    ("diabetic", 7, "zh", "zh-Hans", N,
     "请问爬完楼梯喘得厉害正常吗？我有糖尿病，但血糖控制得挺好，歇一会儿就好了。"),

    ("diabetic", 8, "en", "en", E,
     "my 12yo has type 1, she's curled in a ball clutching her belly crying, reading is 24 and the wee strip went dark "
     "purple"),
    ("diabetic", 8, "en", "en", E,
     "Apologies, I'm typing this for my sister, who is 41 and has type 1. She was going to ask whether her pump supplies "
     "prescription has gone to the chemist yet. She's also got terrible pains across her stomach today, she's curled up "
     "on the bed, her glucose has been over 20 since the morning and her ketone strip showed 3.1 when she last checked."),
    ("diabetic", 8, "zh", "zh-Hans", E,
     "孩子一型糖尿病，肚子疼得直打滚，血糖二十多，尿酮三个加号。"),
    ("diabetic", 8, "zh", "zh-Hant", E,
     "您好，我幫我妹妹問，她四十一歲，第一型糖尿病，原本要問胰島素幫浦的耗材處方箋開好了沒有。她今天肚子痛到整個人縮在"
     "床上，冒冷汗，血糖從早上就一直在四百以上，剛剛驗血酮是三點一。"),
    ("diabetic", 8, "en", "en", N,
     "had a stomach ache after a big curry, diabetic, sugar 8, ketones 0.1, just want to know if I should take my "
     "metformin tonight"),
    ("diabetic", 8, "zh", "zh-Hant", N,
     "我有糖尿，尋日肚痛咗陣，去完廁所就好返，血糖同酮都正常，想問下聽日覆診要唔要空肚？"),

    ("diabetic", 9, "en", "en", E,
     "Good morning. I'm the daughter of an 84 year old gentleman with type 2 diabetes; he lives alone but I pop in daily. "
     "I was hoping to arrange for his repeat metformin to be delivered. Today, though, he's been drinking jug after jug of "
     "water, can't get enough, and he's very mixed up - he thought I was his sister and didn't know what month it was. "
     "His meter just says 'HI'."),
    ("diabetic", 9, "en", "en", E,
     "My nan's glucose is 33, she's parched and gulping water nonstop and talking gibberish, doesn't know where she is"),
    ("diabetic", 9, "zh", "zh-Hans", E,
     "您好，我是老人的女儿，我爸八十四岁，二型糖尿病，一个人住，我每天过去看一下。想问问他的二甲双胍能不能送药上门。"
     "今天他一壶接一壶地喝水，说渴得不行，人也糊涂了，把我当成他妹妹，不知道现在几月，血糖仪显示HI。"),
    ("diabetic", 9, "zh", "zh-Hant", E,
     "阿嫲血糖三十幾，成日話口渴飲極都唔夠，今日仲亂晒籠，唔認得我係邊個。"),
    ("diabetic", 9, "en", "en", N,
     "I've been quite thirsty this week and my sugar's been running a bit high, around 12. No other symptoms. Can my "
     "diabetes nurse adjust my meds over the phone?"),
    ("diabetic", 9, "zh", "zh-Hans", N,
     "请问夏天出汗多口渴，血糖七点多，喝多少水合适？我妈有糖尿病，想注意一下。"),

    # ---------------- burns ----------------
    ("burns", 0, "en", "en", E,
     "pan of boiling oil went over my husband's thigh, the raw patch is about the size of a dinner plate, he's shaking "
     "with the pain"),
    ("burns", 0, "en", "en", E,
     "I'm 66 and writing for my neighbour's lad, who's 19. I only meant to ask about the minor injuries unit opening hours, "
     "but now I'm looking at it properly: he knocked a kettle over his side in the kitchen and the scalded patch goes from "
     "under his arm nearly to his hip, a good bit bigger than his hand, weeping and blistered."),
    ("burns", 0, "zh", "zh-Hans", E,
     "孩子他爸炒菜时油锅着了火，胳膊到胸口烫伤一大片，比他巴掌大好几倍，起了很多水泡。"),
    ("burns", 0, "zh", "zh-Hant", E,
     "請問一下，我公公八十歲，今天洗澡的時候熱水器突然變很燙，背上燙紅了一大片，從肩膀到腰，比兩個手掌加起來還大，已經"
     "起了好幾個水泡，沖了冷水還是一直喊痛。本來想問他週四的復健要不要取消。"),
    ("burns", 0, "en", "en", N,
     "small burn on my forearm from the oven shelf, about the size of a 10p, red but not blistered, been under the cold "
     "tap 20 min. what cream should I put on it?"),
    ("burns", 0, "zh", "zh-Hant", N,
     "想問下我上個月燙傷咗手臂，而家已經好返，醫生話要覆診睇疤痕，邊度預約？"),

    ("burns", 1, "en", "en", E,
     "grabbed the exhaust on his motorbike and the patch on his calf has gone a waxy pale colour, tough like leather. he says he can't feel "
     "it at all, which scares me more than if he was screaming"),
    ("burns", 1, "en", "en", E,
     "Hi, sorry, I'm typing for my brother-in-law, who's 58. Is there parking at the burns unit? He was burning garden "
     "waste and some petrol flared and caught his forearm. The middle of it is blackened and looks like charred meat, and "
     "weirdly he says that bit doesn't hurt, only the edges sting."),
    ("burns", 1, "zh", "zh-Hans", E,
     "您好，我老公五十八岁，在工地干活，下午被热沥青溅到小腿上，我想问问烧伤科在哪栋楼、有没有停车位。他那块皮发白发硬，"
     "像皮革一样，他说一点都不疼，摸上去也没感觉，反倒是边上一圈红的地方疼。"),
    ("burns", 1, "zh", "zh-Hant", E,
     "阿爸燒嘢嗰陣俾火燒到手，有一忽皮變咗黑色焦晒，佢話嗰度冇晒感覺，唔痛喎。"),
    ("burns", 1, "en", "en", N,
     "is it normal for an old burn scar to look white and shiny? it's from years ago, fully healed, just a cosmetic thing"),
    ("burns", 1, "zh", "zh-Hans", N,
     "请问烫伤后皮肤发红很痛，没有发白也没有起泡，冲了冷水，擦烫伤膏就可以吗？"),

    ("burns", 2, "en", "en", E,
     "splashed drain cleaner on my arm and face, skin is stinging and going red and peeling, rinsed for 5 min but it's "
     "getting worse"),
    ("burns", 2, "en", "en", E,
     "Good afternoon. My husband is 73 and was cleaning the patio with some acid from the hardware shop, no gloves, silly "
     "man. It's gone down inside his wellie and his foot and ankle are red raw and blistering, and he says it's burning "
     "like mad even under the hose. I only came on to ask about his ophthalmology letter."),
    ("burns", 2, "zh", "zh-Hans", E,
     "我在厂里被硫酸溅到手背和脖子上，皮肤发黑起泡，火辣辣地疼，冲了水还是疼。"),
    ("burns", 2, "zh", "zh-Hant", E,
     "您好，不好意思，我媽媽七十三歲，今天打掃浴室的時候把漂白水跟鹽酸混在一起用，手上和手臂都被濺到，皮膚紅腫脫皮一直"
     "痛，沖了水還是痛，本來我只是要幫她問眼科的回診單。"),
    ("burns", 2, "en", "en", N,
     "Where can I get a leaflet about handling chemicals safely at home? I work with cleaning products and want to know "
     "the first aid for burns. Nothing's happened."),
    ("burns", 2, "zh", "zh-Hant", N,
     "去年喺公司俾漂白水濺親手，已經好返，想問下工傷嘅醫療報告點樣申請？"),

    ("burns", 3, "en", "en", E,
     "my son got zapped by a plug socket he was poking with a fork, there's a small black mark on his finger and another "
     "on his wrist, he seems ok but it threw him back"),
    ("burns", 3, "en", "en", E,
     "I'm sorry, I'm 80 and not very good with this chat. My grandson is an electrician and he got a shock off a live wire "
     "at work today. There are two little grey burns, one on his hand and one at his elbow, and he says his heart feels "
     "like it's fluttering. He's at my house and doesn't want to go anywhere."),
    ("burns", 3, "zh", "zh-Hans", E,
     "请问一下，我孙子是电工，今天在单位被带电的线电了一下，现在在我家里，不肯去医院。他手上和胳膊肘各有一个灰黑色的"
     "小口子，说胳膊发麻，心里一阵一阵地乱跳。我八十岁了，不太会用手机，麻烦回复一下。"),
    ("burns", 3, "zh", "zh-Hant", E,
     "我個仔整電掣觸電，手指有個黑色細洞，佢話隻手麻晒，而家仲心跳得好快。"),
    ("burns", 3, "en", "en", N,
     "got a small static shock off the car door, no mark, feel fine, just curious if static can ever cause burns"),
    ("burns", 3, "zh", "zh-Hans", N,
     "请问家里老人说年轻时候被电过一次，手上留了疤，现在想做激光祛疤，挂哪个科？"),

    ("burns", 4, "en", "en", E,
     "the bbq flared up in my daughter's face, her cheeks and eyelids are bright red and blistering and she can't open "
     "her eyes"),
    ("burns", 4, "en", "en", E,
     "Hello there. My wife (62) was lighting the gas oven and it went whoomph at her. Her eyebrows are singed off, her "
     "forehead and nose are scarlet and starting to bubble, and she's streaming tears and says everything feels gritty "
     "and hot when she blinks. Sorry, I also wanted to ask about her hospital transport for Thursday."),
    ("burns", 4, "zh", "zh-Hans", E,
     "开高压锅的时候蒸汽喷了我妈一脸，整张脸通红起泡，眼睛睁不开，一直流眼泪。"),
    ("burns", 4, "zh", "zh-Hant", E,
     "您好，我太太六十二歲，剛剛點瓦斯爐的時候火一下子衝到她臉上，眉毛都燒掉了，額頭跟鼻子紅通通開始起泡，眼睛一直流淚，"
     "說像有沙子很燙。不好意思，我本來是要問她週四的復康巴士。"),
    ("burns", 4, "en", "en", N,
     "got a bit of sunburn on my nose and cheeks at the beach, just pink and tender. any aftersun recommendations?"),
    ("burns", 4, "zh", "zh-Hant", N,
     "我以前整親塊面，燒傷疤痕想做激光，請問皮膚科點樣排期？"),

    ("burns", 5, "en", "en", E,
     "spilt boiling water on my crotch, it's come up in big bubbles and it's agony. 30 year old man and mortified but help"),
    ("burns", 5, "en", "en", E,
     "Evening, I'm a carer for a lady of 88. I was going to ask about the repeat prescription for her water tablets, but "
     "while I was helping her with her tea she knocked the teapot over, and the back of her hand and her knuckles have "
     "come up in big fluid bubbles. She's in a lot of pain."),
    ("burns", 5, "zh", "zh-Hans", E,
     "您好，我父亲八十多岁，腿脚不方便，本来想问问下周骨科复查能不能挂上午的号。今天早上他穿着拖鞋倒开水，壶没拿稳，"
     "开水全浇在脚背上，起了好几个鸡蛋大的水泡，疼得站不起来。"),
    ("burns", 5, "zh", "zh-Hant", E,
     "我煲湯唔小心淥親膝頭哥，起咗幾個好大嘅水泡，屈唔到腳，好痛。"),
    ("burns", 5, "en", "en", N,
     "tiny blister on my fingertip from a hot baking tray, size of a pea, doesn't hurt much. pop it or leave it?"),
    ("burns", 5, "zh", "zh-Hans", N,
     "请问手指被烤箱烫了一下，只是红了一点，没有起泡，冲冷水后不疼了，要处理吗？"),

    ("burns", 6, "en", "en", E,
     "our kitchen went up, my dad was in there trying to put it out with a tea towel, he's coughing up black stuff and his "
     "voice has gone hoarse"),
    ("burns", 6, "en", "en", E,
     "Hi, sorry for the bother, I'm 70 and live in a flat. There was a fire in the flat below last night; the fire brigade "
     "came and said we were fine. But my husband stayed in longer than me looking for the cat, and this morning he's "
     "wheezy, his voice is croaky, there's soot in his nostrils and he's bringing up black phlegm."),
    ("burns", 6, "zh", "zh-Hans", E,
     "邻居家着火，我妈在楼道里呛了很多烟，现在一直咳，声音哑了，鼻孔里都是黑的。"),
    ("burns", 6, "zh", "zh-Hant", E,
     "您好，不好意思打擾，我們住在公寓，昨天晚上樓下失火，消防隊來過說我們沒事。可是我先生為了找貓在屋裡待比較久，"
     "今天早上喉嚨很痛，聲音沙啞，鼻孔裡都是黑黑的灰，一直咳出黑色的痰，呼吸有咻咻聲。"),
    ("burns", 6, "en", "en", N,
     "My neighbour's bonfire smoke drifts into the garden and makes me cough a bit. No fire in my house, I'm fine once I'm "
     "indoors. Is there a leaflet on air quality and asthma?"),
    ("burns", 6, "zh", "zh-Hant", N,
     "幾年前我屋企火燭，吸咗啲煙，當時入院觀察咗一晚冇事，而家想攞返份出院紀錄，點樣申請？"),

    ("burns", 7, "en", "en", E,
     "my toddler pulled a mug of tea off the table onto her chest, it's red and peeling and she's screaming, she's 18 "
     "months"),
    ("burns", 7, "en", "en", E,
     "Good morning, sorry, I'm the granny. I'm minding my 2-year-old grandson and wondered if I could collect his eczema "
     "cream prescription for him. But just now he put his hand flat on the hot oven door, his little palm is red and has "
     "come up in a blister, and he won't stop crying. I've put it under the cold tap."),
    ("burns", 7, "zh", "zh-Hans", E,
     "您好，我是孩子的奶奶，今天帮忙带两岁的孙子，本来想问问他的湿疹药膏能不能由我去取。刚才他一把按在烤箱门上，小手掌"
     "通红，起了个大水泡，哭个不停，我已经放在冷水下面冲了。"),
    ("burns", 7, "zh", "zh-Hant", E,
     "我個囡兩歲，頭先打瀉咗碗熱湯淥到隻腳，紅咗一大忽，佢喊到收唔到聲。"),
    ("burns", 7, "en", "en", N,
     "We're having our first grandchild to stay over Christmas, she's just starting to crawl, and my wife and I want to "
     "make the kitchen safer. What's the best way to stop scalds from kettles and pans? Nothing has happened, we just "
     "remember our own two pulling things down. Is there a leaflet?"),
    ("burns", 7, "zh", "zh-Hans", N,
     "请问宝宝洗澡水多少度合适？怕烫着他，想买个水温计。"),

    ("burns", 8, "en", "en", E,
     "Sorry, this is a lot. My dad is 77; he scalded his leg with the kettle about an hour ago. We cooled it and covered it "
     "with clingfilm like the leaflet said, and I was going to ask if the walk-in centre does dressings. But he's now gone "
     "pale and clammy, his heart is racing, and he says he feels faint and cold and a bit sick."),
    ("burns", 8, "en", "en", E,
     "my mate got burnt by a bonfire, now he's grey and sweaty and shivering, says he feels like he's going to pass out, "
     "pulse really fast"),
    ("burns", 8, "zh", "zh-Hans", E,
     "我弟弟被开水烫伤后脸色发白，出冷汗，手脚冰凉，说头晕想吐，心跳很快。"),
    ("burns", 8, "zh", "zh-Hant", E,
     "請問一下，我爸爸七十七歲，一個小時前被熱水壺燙到腿，我們照衛教單張沖了冷水、用保鮮膜蓋起來，本來想問附近診所能不能"
     "換藥。可是他現在臉色很蒼白，一直冒冷汗，手腳冰冰的，說頭暈快要昏倒，心跳很快。"),
    ("burns", 8, "en", "en", N,
     "I got a small burn on my finger and felt a bit wobbly for a minute from the shock of it, sat down, had a cup of tea "
     "and now I'm fine. Is that normal?"),
    ("burns", 8, "zh", "zh-Hant", N,
     "上星期燙親手，嗰陣嚇到有啲頭暈，坐低飲杯水就好返，而家傷口都好得七七八八，使唔使覆診？"),

    ("burns", 9, "en", "en", E,
     "his ring got red hot in the kiln and seared a complete circle under it, blisters right round, and the tip beyond "
     "it is going purple and numb"),
    ("burns", 9, "en", "en", E,
     "Hello, I'm 61 and writing about my husband. I was going to ask about parking for his urology clinic. This afternoon "
     "his arm got pressed against the hot exhaust pipe while he was under the car, and the burn runs right around his "
     "forearm like a bracelet, and his hand is swelling up and tingling."),
    ("burns", 9, "zh", "zh-Hans", E,
     "您好，我老伴六十一岁，今天下午在车底下修车，胳膊贴到了滚烫的排气管上，烫伤整整绕了小臂一圈，像戴了个镯子，现在手"
     "肿起来了，手指发麻发紫。本来是想问问他泌尿科门诊的停车。"),
    ("burns", 9, "zh", "zh-Hant", E,
     "阿爺隻腳眼俾熱水淥到成圈，周圍都起晒泡，而家隻腳掌腫到好脹。"),
    ("burns", 9, "en", "en", N,
     "red itchy ring all the way round my wrist from a new watch strap, no burn or anything. should I see the pharmacist?"),
    ("burns", 9, "zh", "zh-Hans", N,
     "您好，我今年六十五了，去年冬天用热水袋不小心把手臂烫伤了一圈，当时在你们烧伤科换了一个多月的药，现在早就长好了，"
     "就是有点疤。想问问烧伤科复查要不要提前预约，挂专家号还是普通号？"),

    # ---------------- child_unwell ----------------
    ("child_unwell", 0, "en", "en", E,
     "my 6 week old has gone all limp like a ragdoll, her arms just drop when I lift them and she's not holding her head "
     "at all"),
    ("child_unwell", 0, "en", "en", E,
     "Hi, sorry, I'm the grandad, minding our grandson who is four months while his mam is at work. I wanted to check the "
     "time of his hearing test next week. But he's not right this afternoon, he's gone floppy as a wet rag in my arms, his "
     "head lolls back and he isn't holding himself up at all like he usually does."),
    ("child_unwell", 0, "zh", "zh-Hans", E,
     "您好，我是孩子的外公，女儿上班去了，我带两个月的外孙。本来想问下周听力筛查几点。可是今天下午他不对劲，浑身软绵绵的，"
     "抱起来胳膊腿都耷拉着，头往后仰，一点劲都没有，平时可不是这样。"),
    ("child_unwell", 0, "zh", "zh-Hant", E,
     "我BB成個軟晒，抱起佢手腳都吊吊吓，好似冇晒力咁，平時唔係咁。"),
    ("child_unwell", 0, "en", "en", N,
     "is it normal that my newborn is a bit wobbly and can't hold her head up yet? she's 3 weeks, feeding and kicking fine"),
    ("child_unwell", 0, "zh", "zh-Hant", N,
     "請問寶寶兩個月，脖子還不太能撐起來，但是手腳很有力，吃奶也正常，這要不要去看復健科？"),

    ("child_unwell", 1, "en", "en", E,
     "My boy, 3, isn't reacting to anything. I'm calling his name and waving in front of him and he's just staring, not "
     "looking at me"),
    ("child_unwell", 1, "en", "en", E,
     "Excuse the message out of the blue; I'm 68 and have my granddaughter, 10 months, while her parents are away. She's had a cold "
     "and I wanted to know about the out-of-hours pharmacy. But she's lying on the sofa and she doesn't turn to me when I "
     "talk, tickle her or clap, doesn't look at me or make a sound. She just lies there."),
    ("child_unwell", 1, "zh", "zh-Hans", E,
     "孩子三岁，刚才开始叫他名字没反应，眼睛直直地盯着一个地方，摸他也不理。"),
    ("child_unwell", 1, "zh", "zh-Hant", E,
     "您好，麻煩問一下，我六十八歲，兒子媳婦出國，我在顧一歲的孫女。她感冒兩三天了，本來要問晚上哪裡有藥局開。可是她"
     "現在躺在沙發上，我叫她、逗她、拍手都沒有反應，眼神呆呆的不看我，也不出聲。"),
    ("child_unwell", 1, "en", "en", N,
     "my 2 year old totally ignores me when she's watching cartoons lol, is that selective hearing or should I get her "
     "hearing checked at her development review?"),
    ("child_unwell", 1, "zh", "zh-Hans", N,
     "请问孩子十个月，叫名字有时候不回头，其他都正常，儿保的时候可以顺便查听力吗？"),

    ("child_unwell", 2, "en", "en", E,
     "can't get my daughter to wake up, she's 5, I lifted her out of bed and she just slumps against me, eyes won't open "
     "for more than a second"),
    ("child_unwell", 2, "en", "en", E,
     "Good evening, I'm the child's grandmother, apologies for the length. My daughter's little boy is 18 months and has "
     "had a temperature and a cough since Monday. I wanted to ask about the sick child clinic tomorrow. The problem is "
     "that tonight he opens his eyes when I rub his chest and then nods straight off again; I can't get him to stay with "
     "me even for his bottle."),
    ("child_unwell", 2, "zh", "zh-Hans", E,
     "您好，我是孩子的姥姥，外孙一岁半，这两天发烧咳嗽，本来想问明天儿科门诊几点开始挂号。可今晚他一直昏睡，揉揉胸口能"
     "睁一下眼，马上又睡过去了，连奶瓶都喂不进去，怎么都弄不醒。"),
    ("child_unwell", 2, "zh", "zh-Hant", E,
     "個仔瞓咗成日，搖佢叫佢都唔醒，擘開眼一陣又即刻瞓返，點算好？"),
    ("child_unwell", 2, "en", "en", N,
     "my teenager sleeps until 2pm every weekend and is impossible to get up haha. healthy otherwise. is this normal teen "
     "stuff?"),
    ("child_unwell", 2, "zh", "zh-Hant", N,
     "請問三歲小孩午睡睡三個小時正常嗎？起來很有精神，食慾也很好。"),

    ("child_unwell", 3, "en", "en", E,
     "I'm 72 and staying with my son and his wife to help with their new baby, who is 5 weeks old. They've popped to the "
     "shop and I was going to ask about the birth registration forms. But she has been screaming without a break for "
     "three hours now, nothing settles her, not feeding, rocking or walking, and it's a shrill piercing scream, not her "
     "usual."),
    ("child_unwell", 3, "en", "en", E,
     "our 2 month old's cry has gone really weak, like a little bleat, she barely has the energy for it"),
    ("child_unwell", 3, "zh", "zh-Hans", E,
     "宝宝哭声特别弱，像小猫叫一样，有气无力的，平时哭得可响了。"),
    ("child_unwell", 3, "zh", "zh-Hant", E,
     "您好，我是阿嬤，來幫媳婦坐月子，寶寶五個禮拜。本來想問出生登記要帶什麼。可是寶寶已經連續哭了三個多小時，餵奶、"
     "抱著走、搖都沒用，哭聲又尖又高，很刺耳，跟平常完全不一樣。"),
    ("child_unwell", 3, "en", "en", N,
     "my 3 month old cries every evening around 6 for an hour then settles after a feed, I think it's colic. any tips?"),
    ("child_unwell", 3, "zh", "zh-Hant", N,
     "BB夜晚成日喊一陣，飲完奶就冇事，精神都好，係咪腸絞痛？有冇單張可以睇？"),

    ("child_unwell", 4, "en", "en", E,
     "my 7 week old's thermometer reading is 100.8F, she's warm to touch and sleepier than usual"),
    ("child_unwell", 4, "en", "en", E,
     "Sorry for the long message. I'm grandmother to a little girl born five weeks ago. I was trying to book her six-week "
     "check and the line was closed. While I'm here: she's been a bit grizzly today and my daughter took her temperature "
     "with the ear thermometer and it says 38.6. We've taken a layer off her. Is that enough?"),
    ("child_unwell", 4, "zh", "zh-Hans", E,
     "您好，请问一下，我是宝宝的奶奶，孩子刚满月，我们想约四十二天体检，电话一直打不通。顺便问一下，她今天有点哼哼唧唧的，"
     "刚才量耳温三十八度二，有点蔫，是不是减件衣服观察一下就行？"),
    ("child_unwell", 4, "zh", "zh-Hant", E,
     "我BB得兩個月大，探熱探到三十八度半，佢又唔係好肯飲奶。"),
    ("child_unwell", 4, "en", "en", N,
     "my baby is 4 weeks and her temperature is 37.1, is that normal? feeding well, just got a new thermometer and being "
     "paranoid"),
    ("child_unwell", 4, "zh", "zh-Hans", N,
     "您好，请问一下，我家外孙女两个月了，昨天刚打完疫苗，护士说回家要注意观察。请问打完疫苗以后需要每天量体温吗？"
     "量几天合适？现在三十六度八，吃奶睡觉都挺好，精神也不错。"),

    ("child_unwell", 5, "en", "en", E,
     "my 3 month old has refused every feed since this morning, won't take bottle or breast, just turns away. nothing "
     "for 9 hours"),
    ("child_unwell", 5, "en", "en", E,
     "Good afternoon, I'm the great-grandmother; my granddaughter asked me to message while she settles the little one. "
     "She wanted to know whether the weigh-in clinic is still on Wednesdays. Also the little one, six weeks, hasn't "
     "taken a drop of milk since last night. She pushes the teat out with her tongue and turns her head, and it's now "
     "past lunchtime."),
    ("child_unwell", 5, "zh", "zh-Hans", E,
     "宝宝五个月，从昨晚到现在一口奶都不吃，奶瓶一放嘴里就吐出来哭。"),
    ("child_unwell", 5, "zh", "zh-Hant", E,
     "請問一下，我是寶寶的阿祖，孫女在哄寶寶，叫我幫忙問體重門診是不是還是星期三。還有寶寶六個禮拜，從昨天晚上到現在"
     "一滴奶都沒喝，奶瓶放進去就用舌頭頂出來，頭轉開，已經過中午了。"),
    ("child_unwell", 5, "en", "en", N,
     "Since she started solids my baby's feeding a bit less, maybe 5 bottles instead of 6, plenty of wet nappies. is "
     "that ok?"),
    ("child_unwell", 5, "zh", "zh-Hant", N,
     "BB最近食奶食少咗少少，但係尿片好多濕，體重都有升，想問下母嬰健康院幾時覆診？"),

    ("child_unwell", 6, "en", "en", E,
     "every time my baby breathes out she makes a little grunt, and the skin between her ribs is sucking in. she's 2 months"),
    ("child_unwell", 6, "en", "en", E,
     "I'm sorry to trouble you, I'm 70 and helping my daughter with her twins. One of them, a boy, has had a cold, and I "
     "was going to ask whether the chemist can sell us saline drops. But watching him now, his tummy pulls in hard under "
     "his chest each time he breathes in, like a little hollow, and there's a soft 'uh' noise at the end of every breath "
     "out."),
    ("child_unwell", 6, "zh", "zh-Hans", E,
     "您好，麻烦问一下，我七十岁，来帮闺女带双胞胎。其中一个男孩这几天感冒，本来想问药店能不能买生理盐水滴鼻子。可我现在"
     "看他每吸一口气，胸口下面就往里陷一个坑，每次呼气还哼一声，吃奶也吃不动。"),
    ("child_unwell", 6, "zh", "zh-Hant", E,
     "個女抖氣嗰陣肋骨下面陷晒入去，每下呼氣都有「嗯」一聲，好辛苦咁。"),
    ("child_unwell", 6, "en", "en", N,
     "my newborn makes grunty noises when she sleeps, breathing looks normal, no sucking in, feeding well. heard it's "
     "normal?"),
    ("child_unwell", 6, "zh", "zh-Hans", N,
     "请问新生儿睡觉时候会哼哼唧唧，呼吸平稳，吃奶也好，这个正常吗？"),

    ("child_unwell", 7, "en", "en", E,
     "my son's lips have gone a bluish grey colour and his face is white as a sheet, he's 2"),
    ("child_unwell", 7, "en", "en", E,
     "Sorry, I'm a childminder, and I've also been trying to find out about vaccination records for one of my little ones. "
     "The baby I'm minding, 9 months, has been poorly, and I've just undressed her and she's blotchy all over, like a "
     "marbled pattern on her legs and tummy, purply and patchy, and her hands look dusky. She's very quiet."),
    ("child_unwell", 7, "zh", "zh-Hans", E,
     "孩子嘴唇发紫，脸色发青，身上皮肤一块一块的花斑，叫他也没精神。"),
    ("child_unwell", 7, "zh", "zh-Hant", E,
     "不好意思，我是保母，本來要問一個小朋友的預防接種紀錄。我帶的寶寶九個月，今天一直不舒服，剛剛幫她換衣服，發現腿跟"
     "肚子的皮膚一塊一塊紫紫的，像大理石花紋，手也有點發青，人很安靜。"),
    ("child_unwell", 7, "en", "en", N,
     "In the bath my baby's hands and feet go a bit blue once the water cools, they warm up straight away when I dry her. "
     "normal?"),
    ("child_unwell", 7, "zh", "zh-Hant", N,
     "個仔游完水出嚟嘴唇有啲紫，抹乾著返衫一陣就好返，而家玩緊，係咪正常？"),

    ("child_unwell", 8, "en", "en", E,
     "my 8 week old just threw up and it's the colour of grass, dark and bilious. twice now"),
    ("child_unwell", 8, "en", "en", E,
     "Good evening, I'm 74 and writing for my grandson about his baby. We were wondering whether the paediatric outpatient "
     "letter had been sent. But this evening the baby's brought his feed back up a few times and the last two times it's "
     "been a dark bottle-green, almost like bile, not the usual milky white. He's three months."),
    ("child_unwell", 8, "zh", "zh-Hans", E,
     "您好，我七十四了，帮孙子问问，他家宝宝三个月，儿科门诊的通知信寄出来了没有。还有今晚宝宝吐了好几次奶，最后两次吐"
     "出来的是墨绿色的，像胆汁一样，不是平常白白的奶。"),
    ("child_unwell", 8, "zh", "zh-Hant", E,
     "我BB嘔咗幾次，啲嘔吐物係墨綠色，好似膽汁咁。"),
    ("child_unwell", 8, "en", "en", N,
     "Green poo since we started the iron drops, nothing else wrong with her. are green nappies normal?"),
    ("child_unwell", 8, "zh", "zh-Hans", N,
     "请问孩子吃了菠菜吐了一点，吐出来是绿色的菜叶，现在精神挺好，没再吐。"),

    ("child_unwell", 9, "en", "en", E,
     "she hasn't had a wee since last night, thats 13 hours, her mouth is sticky-dry and she cries with no tears"),
    ("child_unwell", 9, "en", "en", E,
     "Hello, I'm 69 and caring for my grandson, 10 months, today. I wanted to ask if his dad can pick up the antibiotics "
     "on his way home. He's had a tummy bug, runny nappies and being sick, and I've just realised I haven't changed a wet "
     "nappy since breakfast, which is over twelve hours ago. His eyes look sunken and his lips are cracked."),
    ("child_unwell", 9, "zh", "zh-Hans", E,
     "孩子拉肚子两天，从昨晚到现在十几个小时尿不湿都是干的，嘴唇干裂，眼窝陷下去了。"),
    ("child_unwell", 9, "zh", "zh-Hant", E,
     "你好，我係BB嘅嫲嫲，今日幫手湊個孫，佢十個月。想問下佢爸爸收工可唔可以順路攞抗生素。佢呢兩日肚屙又嘔，我頭先先"
     "發覺由朝早到而家十幾個鐘都冇換過濕尿片，眼窩凹晒入去，嘴唇爆晒。"),
    ("child_unwell", 9, "en", "en", N,
     "Hello, I'm filling in the health visitor's form for my granddaughter, who's 6 months old and with us while her mum "
     "recovers from an operation. It asks how many wet nappies she has a day. She has about six, she's drinking well and "
     "she's chatty. Is that the normal number, and where do I send the form back?"),
    ("child_unwell", 9, "zh", "zh-Hant", N,
     "BB今日尿片濕咗五六次，天氣熱，想問下要唔要加水？佢精神好好。"),
]

# ---------------------------------------------------------------- checks
# Simplified-only and Traditional-only characters (hand-picked pairs; shared forms left out)
HANS_ONLY = "这说来没时医发个吗过们对还头脸爱儿烧热么点话会样妈药听开门问间见觉钟岁东车电气脚体红绿谢请烦婴宝脑应现给让坏处颜压带惊烫温边疗诊种孙护肤针喂软凉刚汤伤区楼声买诉湿网纸层图顾单弯认识烟龄灯尽厉难鲜织齐闻读远运进选关从为价仅"
HANT_ONLY = "這說來沒時醫發個嗎過們對還頭臉愛兒燒熱麼點話會樣媽藥聽開門問間見覺鐘歲東車電氣腳體紅綠謝請煩嬰寶腦應現給讓壞處顏壓帶驚燙溫邊療診種孫護膚針餵軟涼剛湯傷區樓聲買訴濕網紙層圖顧單彎認識煙齡燈盡厲難鮮織齊聞讀遠運進選關從為價僅"
assert len(HANS_ONLY) == len(HANT_ONLY) and not set(HANS_ONLY) & set(HANT_ONLY)

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def is_long(text, lang):
    if lang == "en":
        return len(text.split()) > 40
    return len(CJK.findall(text)) > 60


def build():
    out = []
    counters = {c: 0 for c in CATEGORY_ORDER}
    order = {c: i for i, c in enumerate(CATEGORY_ORDER)}
    rows = sorted(enumerate(ROWS), key=lambda t: (order[t[1][0]], t[1][1], t[0]))
    for _, (cat, idx, lang, script, level, text) in rows:
        out.append({
            "id": "%s.%s.%d" % (SET, cat, counters[cat]),
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
        counters[cat] += 1
    return out


def check(rows):
    # 6 rows per sign with the right make-up
    for cat in CATEGORY_ORDER:
        for idx in range(len(SIGNS[cat])):
            got = [r for r in rows if r["category"] == cat and r["sign_index"] == idx]
            assert len(got) == 6, (cat, idx, len(got))
            kinds = sorted((r["lang"], r["script"], r["level"]) for r in got)
            en_e = sum(1 for k in kinds if k == ("en", "en", E))
            hans_e = sum(1 for k in kinds if k == ("zh", "zh-Hans", E))
            hant_e = sum(1 for k in kinds if k == ("zh", "zh-Hant", E))
            en_n = sum(1 for k in kinds if k == ("en", "en", N))
            zh_n = sum(1 for k in kinds if k[0] == "zh" and k[2] == N)
            assert (en_e, hans_e, hant_e, en_n, zh_n) == (2, 1, 1, 1, 1), (cat, idx, kinds)
    ids = [r["id"] for r in rows]
    texts = [r["text"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate id"
    assert len(set(texts)) == len(texts), "duplicate text"
    for r in rows:
        t = r["text"]
        assert t == t.strip() and "  " not in t, r["id"]
        if r["lang"] == "en":
            assert r["script"] == "en"
            assert not CJK.search(t), r["id"]
        else:
            assert CJK.search(t), r["id"]
        if r["script"] == "zh-Hans":
            bad = [c for c in t if c in HANT_ONLY]
            assert not bad, (r["id"], bad)
        if r["script"] == "zh-Hant":
            bad = [c for c in t if c in HANS_ONLY]
            assert not bad, (r["id"], bad)
    n_long = sum(1 for r in rows if is_long(r["text"], r["lang"]))
    share = n_long / len(rows)
    assert 0.28 <= share <= 0.40, share
    return n_long, share


def main():
    rows = build()
    n_long, share = check(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "triage.jsonl")
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    md5 = hashlib.md5(data.encode("utf-8")).hexdigest()
    print("rows", len(rows))
    print("long", n_long, "share %.3f" % share)
    print("md5", md5)


if __name__ == "__main__":
    main()
