#!/usr/bin/env python3
"""signs31g: hand-written emergency-sign messages (brief SW31, assignment SW31g).

Every row below was typed by hand. The script only stores them, numbers them,
checks them and writes triage.jsonl next to itself.
"""
import hashlib
import json
import os
import re
import sys

SET = "signs31g"

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

E, N = "emergency", "none"
EN, HANS, HANT = "en", "zh-Hans", "zh-Hant"

# (category, sign_index, script, level, text)
ROWS = [
    # ---------------- meningitis ----------------
    # 0 rash that does not fade under a glass
    ("meningitis", 0, EN, E, "sorry to bother you, it's probably nothing and I feel a bit silly asking. I'm 19, at uni, had a temperature since last night and now there are these tiny dark red pinprick dots on my stomach and legs. I pressed my water tumbler against them like the poster in halls said and they're still there through the side. should I just wait and see the GP on monday?"),
    ("meningitis", 0, EN, E, "Is it normal for a rash not to go away when you press a glass on it? I've got a fever and purple blotches have appeared on my arms in the last hour. Probably just an allergy right"),
    ("meningitis", 0, HANS, E, "打扰一下，我发烧了，腿上冒出好多紫红色的小点点，拿玻璃杯压上去也不褪色，应该没事吧？要不要等明天再去门诊"),
    ("meningitis", 0, HANT, E, "我發緊燒，頭先見到手臂同個肚有啲暗紅色嘅細點，用玻璃杯壓落去都唔褪色，係咪正常㗎？定係等聽日睇醫生先？唔好意思煩到你"),
    ("meningitis", 0, EN, N, "did the glass test on my daughter's spots, they went completely white when pressed and she's running about happily with no temperature. pretty sure it's heat rash. can I book a routine appt for next week?"),
    ("meningitis", 0, HANS, N, "想问一下，你们医院发的宣传单上说，皮疹用玻璃杯压上去不褪色就要马上看急诊。我家里现在没人生病，就是孩子下个月要去住校，我想提前了解清楚：这个方法大人小孩都适用吗？皮肤颜色深看不清楚的话要看哪里？"),
    # 1 stiff neck with fever
    ("meningitis", 1, EN, E, "probably just slept funny but I can't bend my head forward to touch my chin to my chest at all, it really hurts to try, and I'm 39.4 and shivery. should I just take paracetamol and sleep it off?"),
    ("meningitis", 1, EN, E, "Sorry, this is going to sound dramatic. My husband (42) came home from work with a temperature of 39 and now his neck is so stiff he can't look down at his plate, he says it feels like his neck has been set in concrete. He's insisting it's just a cold coming on and he'll be fine after a hot bath and an early night. Is this normal for flu?"),
    ("meningitis", 1, HANS, E, "我今天发烧39度多，脖子特别僵，低头下巴根本碰不到胸口，一低就疼得厉害。是不是落枕了？应该没事吧"),
    ("meningitis", 1, HANT, E, "不好意思請問一下，我從早上開始發燒，量了39.5度，本來以為只是感冒，可是下午脖子越來越硬，現在完全沒辦法低頭，下巴碰不到胸口，一彎就痛到不行。同事說應該是落枕加上感冒，叫我多喝水睡一覺，這樣可以等週一再看門診嗎？"),
    ("meningitis", 1, EN, N, "my neck's been stiff since I fell asleep on the sofa, no temperature at all and I feel fine otherwise. any stretches you'd recommend or should I see the physio?"),
    ("meningitis", 1, HANT, N, "我條頸瞓完覺有啲硬，冇發燒，精神都OK，想問下你哋物理治療部點預約？"),
    # 2 dislike of bright light with fever
    ("meningitis", 2, EN, E, "i know this sounds daft but even the telly screen is making my eyes feel like they're being stabbed, I've had to close every curtain and put sunglasses on indoors. temp 39.1. probably a migraine? i don't usually get them"),
    ("meningitis", 2, EN, E, "Apologies for messaging. I'm 24 with a fever of 38.9 and I can't stand bright light, my eyes hurt even with the lamp on and I've been lying in the dark. Is this just part of having the flu?"),
    ("meningitis", 2, HANS, E, "不好意思，可能是我想多了。我今年二十六岁，昨天晚上开始发高烧，今天一看手机屏幕或者一开灯，眼睛就刺痛得受不了，只能拉上窗帘躺在黑屋子里，头也很疼。室友说我太娇气了，应该没事吧？明天再去社区医院行不行？"),
    ("meningitis", 2, HANT, E, "我發燒39度，而家一開燈對眼就好痛，要成日閂晒窗簾，係咪正常㗎？定係我太敏感"),
    ("meningitis", 2, EN, N, "Is sensitivity to light always a sign of something serious? I've had migraines since I was a teenager and every few months I get the aura, need a dark room and my usual tablets, never any fever, and it settles by the evening. My new GP wants me to keep a headache diary - do you have a template?"),
    ("meningitis", 2, HANS, N, "我上次偏头痛也是怕光，后来吃了药第二天就好了，一直没发烧。下次复诊的时候需要跟医生提一下吗？"),
    # 3 fever with cold hands and feet
    ("meningitis", 3, EN, E, "This is probably me overreacting. I've got a temperature of 39.6, my whole body is burning up, but my hands and feet are absolutely freezing, like I've been holding ice, and they won't warm up even under the duvet with socks on. My legs are aching too. Is that a normal flu thing or should I wait for the GP in the morning?"),
    ("meningitis", 3, EN, E, "my 4yo is burning hot on her chest, 39.8, but her fingers and toes feel like ice lollies and she's whimpering that her legs hurt. is that just her temperature going up?"),
    ("meningitis", 3, HANS, E, "问一下，我发烧到39.5度，身上烫得很，可是手脚冰凉冰凉的，盖两床被子都捂不热，腿也酸痛，这正常吗？"),
    ("meningitis", 3, HANT, E, "請問一下，我家小孩五歲，昨天晚上開始發燒，今天量到39.7度，身體摸起來很燙，可是手跟腳摸起來像冰塊一樣，怎麼搓都搓不暖，他一直喊腳好痛不想走路。網路上說發燒前手腳冰冷很正常，這樣是正常的發燒過程嗎？"),
    ("meningitis", 3, EN, N, "I always have cold hands and feet in winter, no fever, just poor circulation I think. Is there a clinic that looks at Raynaud's?"),
    ("meningitis", 3, HANT, N, "阿媽成日話我手腳凍冰冰，但我冇發燒亦冇唔舒服，想問下中醫門診有冇得掛號？"),
    # 4 very drowsy or hard to wake with fever
    ("meningitis", 4, EN, E, "my flatmate has been burning up since yesterday and today I could barely rouse him - had to shake him and shout, he opened his eyes then drifted off again mid-sentence. he's 20. probably just exhausted from exams? sorry"),
    ("meningitis", 4, EN, E, "My wife has had a temperature of 39 since Tuesday and today she's so drowsy I can't keep her awake for more than a minute. She nods off while I'm talking to her, even mid-answer, and only half opens her eyes when I say her name loudly. Before she dozed off earlier she told me not to make a fuss. Should I let her sleep it off?"),
    ("meningitis", 4, HANS, E, "我爸发烧两天了，今天叫了好几次都叫不醒，拍他脸才勉强睁一下眼睛，马上又睡过去了。他说过别折腾，让他睡会儿应该没事吧？"),
    ("meningitis", 4, HANT, E, "打擾晒，我老公琴日開始發燒，今朝我叫佢起身返工，叫咗好耐佢都唔應，要搖佢好大力先擘開眼，講兩句又瞓返著，好似成個人冇晒反應咁。佢平時好易醒嘅，係咪發燒累到啫？可唔可以等佢瞓多陣先？"),
    ("meningitis", 4, EN, N, "I've been sleeping loads since my fever broke two days ago, temp is normal now and I'm eating fine, just tired. Is it normal to feel wiped out after flu for a week?"),
    ("meningitis", 4, HANS, N, "请问一下，退烧药吃了以后犯困是正常的副作用吗？我现在没发烧了，就是有点想睡觉，精神还行。"),
    # 5 bulging soft spot in a baby
    ("meningitis", 5, EN, E, "probably nothing, but my 5 month old's soft spot on top of her head is sticking up like a little dome, even when she's calm and upright, and she's hot and grizzly. is that normal when they're teething?"),
    ("meningitis", 5, EN, E, "Sorry, first-time dad here so I'm probably fussing. Our son is 4 months old, he's had a temperature since lunchtime and when I was stroking his head just now the diamond-shaped gap in his skull at the top is puffed up and tight like a little balloon. It stays like that even sitting up and not crying. Can this wait until the health visitor comes on Thursday?"),
    ("meningitis", 5, HANS, E, "宝宝七个月，头顶那块软软的地方今天鼓起来了，像个小包，抱起来坐直也不瘪下去，还有点发烧。是不是出牙的原因？"),
    ("meningitis", 5, HANT, E, "不好意思，想請問寶寶5個月大，頭頂的囟門今天摸起來鼓鼓硬硬的，坐著不哭的時候也一樣凸，而且有點發燒，一直在吐，這樣要緊嗎？"),
    ("meningitis", 5, EN, N, "When should a baby's soft spot close? My daughter's is still open at 14 months, it's flat and she's well, I just want to bring it up at her check-up."),
    ("meningitis", 5, HANT, N, "想問下，我BB三個月，頭頂個囟門佢大喊嗰陣會鼓起少少，靜落嚟又平返，摸落軟軟地，佢冇發燒，食得瞓得，玩得好開心。姑媽話囟門鼓起係大件事，我有啲驚，其實係咪正常㗎？下個月健康院打針可唔可以順便問？"),
    # 6 high-pitched moaning cry in a baby
    ("meningitis", 6, EN, E, "is it normal for my little girl to make a really thin squeaky wailing noise that isn't her usual sound at all? she's 3 months, hot to touch, and it's been going for an hour, this eerie sort of whine on one note. feeding, rocking, shushing, nothing settles it. sorry, I know they all grizzle and I'm probably just sleep deprived"),
    ("meningitis", 6, EN, E, "My baby boy (8 weeks) has a temperature and keeps making this high-pitched moaning sound, almost like a whimper stuck on one note, even when I pick him up. Sorry I might be overthinking, my mum says it's wind."),
    ("meningitis", 6, HANS, E, "大半夜的打扰你们了。我女儿十个月，晚上开始发烧，现在哭声特别奇怪，尖尖细细的，像小猫在哼哼，一直不停，跟她平时饿了或者困了的哭完全不一样，喂奶、抱着摇都没用。我婆婆说小孩发烧都这样，应该没事吧？"),
    ("meningitis", 6, HANT, E, "我個仔兩個月，有啲燒，佢而家喊聲好尖好怪，好似喺度呻咁，抱極都停唔到，同平時唔同，係咪正常？"),
    ("meningitis", 6, EN, N, "My newborn does a funny squeak when she stretches in the morning, she's feeding well and no temperature. Is this something to mention at the 6 week check or not worth it?"),
    ("meningitis", 6, HANS, N, "宝宝哭声尖是不是性格问题？他挺健康的，没发烧，吃睡都好，就是哭起来嗓门大，想问问儿科门诊能不能做个常规体检。"),
    # 7 severe headache with fever and vomiting
    ("meningitis", 7, EN, E, "I'm 31, I've had a temperature of 39.2 since last night, and today I've got the worst pain in my head I've ever had, it's like someone is splitting my skull with an axe, and I've been sick four times, can't even keep water down. Painkillers haven't touched it. It's probably just a bad migraine, should I give it until tomorrow? Sorry, I know you're busy."),
    ("meningitis", 7, EN, E, "worst headache of my life + fever 39 + vomiting since 6am. probably food poisoning lol, is it ok to wait till monday?"),
    ("meningitis", 7, HANS, E, "我发烧39度，头疼得要炸开一样，吃了布洛芬也没用，还吐了三回。可能是吃坏肚子了吧，明天再去医院行吗？"),
    ("meningitis", 7, HANT, E, "不好意思打擾，我發燒兩天了，一直以為只是流感，可是今天頭痛到快裂開，這輩子從來沒這麼痛過，止痛藥吃了完全沒用，而且一直狂吐，連喝水都吐出來。我室友說可能是腸胃炎加感冒，躺著休息就好，是這樣嗎？"),
    ("meningitis", 7, EN, N, "I had a bad headache and threw up once last week with a fever, it was a stomach bug and cleared in two days. Do I need to tell the surgeon about it before my op on the 20th?"),
    ("meningitis", 7, HANT, N, "上個月我發燒頭痛仲嘔過，後來醫生話係流感，已經好返。想問下覆診張紙喺邊度攞？"),
    # 8 confusion or irritability with fever
    ("meningitis", 8, EN, E, "My dad is 78 and has been running a temperature since yesterday. This morning he didn't know what day it was, asked me where Mum is (she died in 2015), and thinks he has to get to work, he retired twenty years ago. He's usually sharp as a tack and does the crossword every day. Probably just tired from being poorly? Sorry to bother you."),
    ("meningitis", 8, EN, E, "my brother is 16, has a temperature and is acting weird, he's confused about where he is, snapping at everyone and screaming at mum to leave him alone, he's never like this. is it just the fever making him grumpy?"),
    ("meningitis", 8, HANS, E, "我妈七十多岁，这两天发烧，今天开始说胡话，把我认成她弟弟，问她在哪儿也答不上来，一会儿又发脾气说我们要害她。平时她脑子很清楚的。我哥说老人发烧就是这样，等退烧就好了，应该没事吧？"),
    ("meningitis", 8, HANT, E, "我阿爸發燒，今日成個人糊里糊塗，唔認得我，又亂發脾氣，係咪燒到佢攰咗啫？"),
    ("meningitis", 8, EN, N, "After my anaesthetic last year I was a bit muddled for a few hours, then fine. No fever or anything. Is that likely to happen again with my knee op next month?"),
    ("meningitis", 8, HANS, N, "我儿子上周感冒发烧，现在烧已经退了，就是比平时爱闹脾气，能玩能吃，说话也清楚，我想约个儿科门诊看一下，怎么挂号？"),
    # 9 baby arching back and upset by being handled, with fever
    ("meningitis", 9, EN, E, "probably just colic, but my 5 month old is hot (38.4 under the arm) and whenever I pick him up he screams louder and his whole body curves stiffly like a drawn bow. he seems happier left alone in the cot which isn't like him. should we wait for the morning clinic?"),
    ("meningitis", 9, EN, E, "My baby (7 months) has a temperature and keeps arching her back stiffly, and she cries harder when anyone touches or cuddles her. Is she just overtired? Sorry, I don't want to waste anyone's time."),
    ("meningitis", 9, HANS, E, "宝宝八个月，发烧38.9度，一抱她就哭得更凶，身子往后挺成一张弓，放床上反而安静点。这是闹觉吗？"),
    ("meningitis", 9, HANT, E, "這麼晚還來問真的很抱歉，我兒子六個月大，從下午開始發燒，現在只要一碰他、幫他換尿布或抱起來，他就哭得撕心裂肺，整個背往後仰得硬梆梆的，像在反弓，平常他最喜歡人家抱了。婆婆說是脹氣，這樣可以等明天早上再看診嗎？"),
    ("meningitis", 9, EN, N, "My baby arches her back during feeds and pulls off the bottle crying, but there's no temperature, she's happy between feeds and gaining weight nicely. The health visitor mentioned reflux and said to try smaller feeds. Is there a leaflet on that, and should I see the GP about medicine or just wait?"),
    ("meningitis", 9, HANT, N, "我個女食完奶成日挺起條腰喊，冇發燒，醫生之前話係胃酸倒流，想問下幾時可以覆診？"),
    # ---------------- diabetic ----------------
    # 0 unconscious or cannot be woken (diabetes)
    ("diabetic", 0, EN, E, "sorry to message, my husband is type 1 and I can't wake him up. he's breathing but he's not responding to me shaking him or shouting his name. he had a big night out. he's probably just sleeping it off?"),
    ("diabetic", 0, EN, E, "This is probably a silly question. My mum is 67 and takes insulin. I popped round at lunchtime and she's on the sofa, breathing, but completely out of it. I've called her, rubbed her arm, even pinched the back of her hand and nothing, not a flicker. Her meter is on the table. She does nap a lot in the afternoons, so should I just give it another hour?"),
    ("diabetic", 0, HANS, E, "我老公有糖尿病打胰岛素，现在躺着怎么叫都叫不醒，掐他也没反应，还有呼吸。可能就是睡太沉了吧？"),
    ("diabetic", 0, HANT, E, "我阿媽有糖尿病，而家瞓喺梳化點叫都唔醒，拍佢塊面都冇反應，係咪瞓得太熟啫？唔好意思咁問"),
    ("diabetic", 0, EN, N, "My dad passed out from a hypo once about five years ago, since then he's had a sensor and no issues. Does the diabetes clinic still need to see him yearly?"),
    ("diabetic", 0, HANS, N, "想咨询一下，我妈有二型糖尿病，去年有一次血糖太低晕过去，打了急救电话，后来住院调整了药，现在一直很稳定，血糖每天都测，也没再晕过。这次内分泌科复查是要空腹去吗？需要带以前的出院小结吗？"),
    # 1 fitting with low blood sugar
    ("diabetic", 1, EN, E, "my son (14, type 1) checked and his meter said 2.1, and before I could get the juice into him he dropped onto the floor jerking all over with his eyes rolled back. it's been about 3 minutes now. sorry I'm panicking and typing badly, is it ok to just wait for it to pass?"),
    ("diabetic", 1, EN, E, "Apologies, probably overreacting. My flatmate is diabetic, his sugar read 2.4 and he's having a fit on the kitchen floor, shaking and frothy at the mouth. Should I try putting juice in his mouth?"),
    ("diabetic", 1, HANS, E, "我爸糖尿病，刚测血糖2.0，现在全身抽搐，口吐白沫，叫他也不应，这个过一会儿应该会好吧？"),
    ("diabetic", 1, HANT, E, "我先生是第一型糖尿病，剛剛他說有點發抖冒冷汗，我幫他測血糖才2.3，還來不及拿果汁，他就突然倒在沙發上，整個人手腳一直抽動，眼睛往上吊，叫他都沒反應，已經快兩分鐘了。不好意思，是不是低血糖都會這樣？等一下就會好嗎？"),
    ("diabetic", 1, EN, N, "I get shaky and sweaty when my sugar drops but I've never had a seizure. Is there a leaflet on what my family should do if I ever did?"),
    ("diabetic", 1, HANT, N, "我細個試過因為低血糖抽筋，之後一直冇再發過，而家用緊胰島素泵，想問下糖尿科門診幾時有位？"),
    # 2 too drowsy or confused to swallow sugar
    ("diabetic", 2, EN, E, "my wife is type 1, she's low (2.6) and so dozy and muddled she can't manage the glucose tablets, the juice just dribbles back out of her mouth. she usually perks up, probably fine. should I keep trying?"),
    ("diabetic", 2, EN, E, "My grandad is diabetic and his sugar is 2.2. He's too confused to swallow anything - I put a jelly baby in his mouth and he held it there and stared. Is it normal for him to be this slow?"),
    ("diabetic", 2, HANS, E, "打扰了，我婆婆七十多岁，打胰岛素，刚才测血糖只有2.5，我给她冲了糖水，可是她迷迷糊糊的，眼睛都睁不太开，糖水喂到嘴里就顺着嘴角流出来，根本咽不下去，叫她名字也只是哼一声。以前低血糖喝点糖水就好了，这次是不是再等等？"),
    ("diabetic", 2, HANT, E, "我老婆血糖得2.4，而家迷迷糊糊，塞糖落佢口都唔識吞，淨係含住，係咪等多陣就會好？"),
    ("diabetic", 2, EN, N, "If someone with diabetes is low but still alert and can swallow, is it 15g of fast sugar then recheck in 15 minutes, and repeat up to three times? I'm revising for my carer training at a care home and the handout is a bit confusing. Nobody is unwell right now, I just want to get it right."),
    ("diabetic", 2, HANS, N, "我自己有糖尿病，昨晚有点低血糖，手抖，喝了半瓶果汁十五分钟后就回到6点多了，人也清醒。这种情况需要跟医生说吗？"),
    # 3 low blood sugar not coming up after treatment
    ("diabetic", 3, EN, E, "sorry to bother you on a sunday. type 1, went low at 2.8, had glucose tabs, juice, then more juice over 45 mins and it's still only 2.9 and I feel awful and sweaty. probably my meter is wrong?"),
    ("diabetic", 3, EN, E, "Bit embarrassed asking this. My dad's 72 and on gliclazide. He was shaky and sweaty so we checked and he was 2.5. We gave him orange juice, waited 15 minutes, 2.6. Gave him more juice and some biscuits, waited again, 2.4. Three rounds now and the number just won't budge, and he's getting vaguer. Is it ok to just keep feeding him sweet stuff until it climbs?"),
    ("diabetic", 3, HANS, E, "我自己有一型糖尿病，刚才血糖掉到2.6，已经按医生教的喝了两次果汁，又吃了几块糖和饼干，过了快一个小时测了三次，还是2.7、2.5、2.8，一点都升不上来，人一直冒虚汗发抖。是不是血糖仪坏了？换个试纸再测一下行吗？"),
    ("diabetic", 3, HANT, E, "請問我媽吃降血糖藥，剛剛低血糖3.0，給她喝了三杯糖水，四十分鐘了還是2.8，怎麼補都上不來，這樣還可以在家觀察嗎？"),
    ("diabetic", 3, EN, N, "My sugar dipped to 3.5 after the gym, had some juice and it was back to 6.1 fifteen minutes later, feel fine now. Should I adjust my insulin on exercise days? Happy to wait for my clinic."),
    ("diabetic", 3, HANT, N, "想問下嗰本低血糖處理小冊子有冇中文版？我屋企人想睇下，佢而家血糖控制得幾好，只係想預備下。"),
    # 4 very high blood sugar with high ketones
    ("diabetic", 4, EN, E, "probably nothing, my meter just says HI and blood ketones are 3.8, I'm type 1, feel a bit rough and tired. pump might've come out overnight. can i just do a correction and see how i go?"),
    ("diabetic", 4, EN, E, "Apologies, I'm probably being dramatic. My daughter is 15 and has type 1. Her finger-prick just read 29, and the second strip we use when she's poorly, the one her nurse told us to do when she's over 14, says 4.1. She says she's fine, just tired, and wants to go to a party tonight. Can she just have extra insulin and go?"),
    ("diabetic", 4, HANS, E, "我一型糖尿病，血糖测出来30多，血酮3.5，就是有点累，可能是胰岛素笔坏了，补一针等等看行吗？"),
    ("diabetic", 4, HANT, E, "唔好意思問下，我血糖機顯示HI，驗血酮有4.0，個人有啲攰，係咪打多針胰島素就得？"),
    ("diabetic", 4, EN, N, "Quick question about my son's sick day rules, not urgent at all. He's 12 with type 1, right now he's fine, sugar 8.2 and ketones 0.2. The leaflet says to come in if ketones are over 3 - is that blood or urine, and does it change if he's using the new pump? We have clinic on the 14th so happy to ask then."),
    ("diabetic", 4, HANS, N, "请问血酮试纸在哪里可以开？我现在血糖、酮体都正常，医生说家里备着以防万一。"),
    # 5 high blood sugar with vomiting, cannot keep fluids down
    ("diabetic", 5, EN, E, "sorry to be a pain. type 1 here, sugar's 24 and won't budge, been sick six times since this morning and even tiny sips of water come straight back up a few minutes later. lips are dry and I've barely peed. probably just the tummy bug going round work, can i ride it out at home with some flat coke?"),
    ("diabetic", 5, EN, E, "My husband's diabetic, his reading is 27 and he's been throwing up since 3am, can't hold down even an ice chip. He says he'll be right by tomorrow."),
    ("diabetic", 5, HANS, E, "这么晚来问不好意思。我有一型糖尿病十年了，昨晚开始肚子不舒服，今天吐了七八次，血糖一直在22到25之间降不下来，喝一小口水过几分钟就又吐出来，现在嘴巴干得要命，尿也很少。同事说是肠胃炎，多喝水就好，应该没事吧？"),
    ("diabetic", 5, HANT, E, "我有糖尿病，今天血糖都在25以上，一直吐，喝一口水就吐出來，連電解水都喝不進去，這樣在家休息可以嗎？"),
    ("diabetic", 5, EN, N, "Had a bit of a tummy upset yesterday, sugars went up to 13 but I kept drinking fine and it's all settled now. Is there a sick day leaflet I can keep for next time?"),
    ("diabetic", 5, HANT, N, "我糖尿，上星期腸胃炎嘔咗一日，飲到水，血糖都穩，而家冇事。想問下打針嘅劑量使唔使改？"),
    # 6 fruity or pear-drop smell on the breath with high sugar
    ("diabetic", 6, EN, E, "this'll sound weird, sorry. my boyfriend is type 1, his reading's 28, his mouth has this sickly sweet chemical whiff like nail varnish remover, and he's really out of it. is that just from what he ate?"),
    ("diabetic", 6, EN, E, "Probably nothing but my wife just said my breath smells like pear drops when I talk, which is a new one. I'm type 1, been feeling off all day, meter says 26 and I've been weeing loads. I assumed it's the curry I had. Can I just drink water, correct and check again in a few hours, or is the smell a thing?"),
    ("diabetic", 6, HANS, E, "我一型糖尿病，血糖28，老婆说我嘴里有股烂苹果味，我自己没闻到，应该没事吧？就是人有点乏。"),
    ("diabetic", 6, HANT, E, "我個仔十六歲，有一型糖尿，今日話唔舒服冇返學，頭先量血糖有27，佢講嘢嗰陣口氣好似啲爛蘋果同洗甲水味，成個人好冇精神，叫佢食飯都話唔想。佢話係琴晚食錯嘢，叫我唔好大驚小怪，係咪真係食錯嘢啫？"),
    ("diabetic", 6, EN, N, "Is it true that diabetics can have sweet smelling breath? My mum's sugars are normal and her breath is fine, I just read it in an article and got curious."),
    ("diabetic", 6, HANS, N, "我最近在节食减肥，同事说我嘴里有股水果味，我没有糖尿病，体检血糖也正常，这个要紧吗？"),
    # 7 deep or fast breathing with high sugar
    ("diabetic", 7, EN, E, "Sorry for the long message. I'm 23, type 1. My sugar's been 25-ish since yesterday, and tonight I've noticed I'm breathing really deep and fast, like big heaving sighs, even lying still on the bed, as if I've just run for a bus. No asthma. I thought maybe I'm just anxious about my exam tomorrow. Is it OK to try a breathing app and go to sleep?"),
    ("diabetic", 7, EN, E, "my 10yo daughter is diabetic, reading of 30, and she's panting and gulping in air like she's just run a marathon but she's lying on the sofa. she says she's fine, just tired. i'm probably being paranoid?"),
    ("diabetic", 7, HANS, E, "我爸糖尿病，血糖测不出来显示HI，现在呼吸又深又快，大口大口喘气，躺着也这样，可能是太累了吧？"),
    ("diabetic", 7, HANT, E, "請問一下，我糖尿病，血糖32，現在一直大口喘氣，呼吸很急很深，沒有在運動也這樣，是不是太緊張？"),
    ("diabetic", 7, EN, N, "My sugars have been a bit high this week (12-14) and I get breathless walking up hills, but I always have, no change there. Worth mentioning at my diabetes review?"),
    ("diabetic", 7, HANT, N, "想問下你哋醫院嘅糖尿病教育班仲有冇位？我上年試過血糖好高、酮好高，嗰陣喘氣喘得好勁要入院，醫生話係酮酸中毒，而家已經好返好耐，血糖控制得幾穩定，想報名學下點樣預防再發生。"),
    # 8 stomach pain with high sugar and ketones
    ("diabetic", 8, EN, E, "Hope it's ok to ask here - my stomach is cramping really badly, like being punched, and I'm type 1 with sugar at 23 and ketones 3.2 on the blood meter. probably just period pain or something I ate?"),
    ("diabetic", 8, EN, E, "My 13yo is type 1 and says his tummy really hurts, he's curled up on the sofa holding it and won't eat his tea. His meter reads 27 and the other finger-prick strip, the one the nurse said to use when he's poorly, is 3.6. Might just be a bug going round? He had school dinners and his mate was off sick."),
    ("diabetic", 8, HANS, E, "我肚子疼得直不起腰，血糖26，血酮3.8，是不是吃坏东西了？要不要等明天？"),
    ("diabetic", 8, HANT, E, "咁夜仲問真係唔好意思，我有一型糖尿病，今晚開始個肚好痛，成個人捲埋一嚿，量血糖有25，再驗血酮3.4，本身以為係食錯嘢，飲咗啲暖水都冇用。我老公話可能係經痛，係咪正常？可唔可以忍到聽朝先去睇醫生？"),
    ("diabetic", 8, EN, N, "I've got a bit of a tummy ache from too much coffee, sugars 7.8 and no ketones. Can I still do my fasting blood test tomorrow morning?"),
    ("diabetic", 8, HANS, N, "想问下血酮多少算高？我平时肚子偶尔不舒服，测过几次都是0.1，血糖也正常，就是好奇。"),
    # 9 very high blood sugar with extreme thirst and confusion
    ("diabetic", 9, EN, E, "my nan is 81, type 2, her meter just says 'HI', she's been drinking jug after jug of water and can't get enough, and now she's mixed up, calling me by my mum's name. probably a water infection again? sorry"),
    ("diabetic", 9, EN, E, "Probably a daft question. I'm 58 with type 2. Sugar's been over 30 for a couple of days, I'm so thirsty I've drunk about six litres today and I'm peeing constantly, and my son says I'm confused. I keep forgetting what I'm saying halfway through and I put the kettle in the fridge. I feel alright really. Can I wait for my GP appointment on Wednesday?"),
    ("diabetic", 9, HANS, E, "我爷爷八十多了，有二型糖尿病，血糖仪测出来33，这两天一直喊口渴，一天喝好几壶水还是渴，尿也特别多，今天开始糊里糊涂，连我是谁都认不出来，问他在哪也答不上。我爸说是老年痴呆又犯了，让他睡一觉就好，是吗？"),
    ("diabetic", 9, HANT, E, "我阿嬤血糖一直測不到，顯示HI，整天喊口渴，水喝不停，現在講話顛三倒四，認不得人，是天氣太熱嗎？"),
    ("diabetic", 9, EN, N, "I've been thirsty a lot lately in this heatwave, sugars were normal on my last blood test and my head is clear. Should I still book a check?"),
    ("diabetic", 9, HANT, N, "我阿媽幾年前試過血糖好高、口渴到不停飲水、人又亂，入咗院，而家好返晒。想問下佢嘅病歷可唔可以轉去另一間醫院？"),
    # ---------------- burns ----------------
    # 0 burn bigger than the person's hand
    ("burns", 0, EN, E, "Sorry if this is a waste of your time. I was draining pasta about twenty minutes ago and the whole pan of boiling water went down my thigh. The red raw patch is bigger than my whole hand, maybe two hands' worth, and it's blistering up. I've had it under the cold tap since. I know it's probably just a scald and I can dress it myself - is that right?"),
    ("burns", 0, EN, E, "my grandad tipped his kettle over his arm, the blistered area covers nearly all of his forearm from wrist to elbow. he's saying don't make a fuss, he'll put butter on it. is cold water enough?"),
    ("burns", 0, HANS, E, "问下，刚才热油溅到我小腿上，烫伤的面积比我的手掌大多了，起了一大片水泡，冲了凉水，自己涂点药膏应该没事吧？"),
    ("burns", 0, HANT, E, "唔好意思問下，我頭先沖涼前俾滾水淥親個背脊，阿媽幫我睇咗，話塊燙傷大過成隻手掌好多，起晒泡，仲有啲皮甩咗。我已經沖咗十幾分鐘凍水，而家仲係好痛。我諗住搽啲燙傷膏、貼塊紗布就得，係咪唔使去醫院？"),
    ("burns", 0, EN, N, "Burnt my finger on the oven tray, it's about the size of a 5p coin, red but no blister. Cold water for 20 mins and a plaster - is that all I need?"),
    ("burns", 0, HANS, N, "请问大面积烧伤的病人在你们烧伤科住院，家属探视时间是几点到几点？可以带吃的吗？"),
    # 1 deep burn with white, charred or painless skin
    ("burns", 1, EN, E, "I caught my leg on the exhaust of my motorbike an hour ago. The middle of the mark has gone a waxy white-ish leathery colour and weirdly I can't feel anything when I poke it, only the edges sting. That's a good sign that it doesn't hurt, right? Probably fine."),
    ("burns", 1, EN, E, "My dad, 70, fell asleep against the gas fire last night and didn't notice. Now there's a patch on his calf that is blackened and crusty like the outside of a well-done steak, with a grey leathery bit in the middle, and he says it doesn't even sting, he can't feel me touching it. He wants to wait and show the practice nurse on Tuesday when she does his bloods. Is that alright?"),
    ("burns", 1, HANS, E, "我手被烤箱烫了，中间一块发白，像蜡一样，按上去一点都不疼，不疼是不是说明不严重？"),
    ("burns", 1, HANT, E, "我爸被電暖器燙到，腳上一塊皮變焦黑，摸了他說完全沒感覺，這樣是不是比較不嚴重？不好意思，問題有點笨。"),
    ("burns", 1, EN, N, "I burnt my hand on the iron, it's bright red and hurts like mad but no blisters and no white bits. Aloe and paracetamol okay?"),
    ("burns", 1, HANT, N, "想問下，我兩年前被火燒傷咗手臂，嗰陣皮膚燒到發白冇感覺，做過植皮，而家已經好晒，淨係留低疤痕有啲癢。想問你哋有冇疤痕門診可以約？要唔要轉介信？"),
    # 2 chemical burn
    ("burns", 2, EN, E, "probably overreacting but I splashed some of the drain unblocker on my forearm about 10 mins ago, it's gone red and stingy and the skin looks slimy and peeling. rinsed it a bit. can I just put cream on?"),
    ("burns", 2, EN, E, "Sorry, I work at a leisure centre and got some of the concentrated pool chemical on my leg. It's burning, the skin has gone white and started blistering. My supervisor says it'll be fine with a plaster, is it?"),
    ("burns", 2, HANS, E, "我在家用那种强力管道疏通剂，戴的手套破了个洞，当时没注意，过了十几分钟发现手背又红又烫，皮肤摸着滑滑的，还有点起皮，冲了一下水还是火辣辣地疼。老公说这种东西沾一点没事的，涂点芦荟胶就行了，是这样吗？"),
    ("burns", 2, HANT, E, "我清潔嗰陣漂白水同通渠水濺咗落手臂，而家紅晒仲起泡，好似燒緊咁，係咪沖下水就得？"),
    ("burns", 2, EN, N, "What's the right first aid for a chemical burn at home? We've got a toddler who's started opening cupboards, and I'm making a little poster for inside the door under the sink with the poison line and what to do. Nothing has happened, I just want it to be accurate. Is it 20 minutes under running water?"),
    ("burns", 2, HANS, N, "我去年在实验室被酸溅到手，当时就处理了，现在只剩一点淡淡的印子。职业病体检需要带那次的病历吗？"),
    # 3 electrical burn
    ("burns", 3, EN, E, "got a zap off a frayed extension lead while unplugging it, threw me back a bit. there's a small black mark on my palm and another on my elbow where it came out. tiny, doesn't hurt much. i feel ok so can I just go to bed? sorry for the bother"),
    ("burns", 3, EN, E, "Quick one, sorry. My 17 year old was messing with the back of an old microwave and got an electric shock. He's got a little burn on two fingers, like a grey dot, and says his arm tingled for a bit but he's fine and playing his game now. He's telling me not to be a drama queen. Does he need anything or just a plaster?"),
    ("burns", 3, HANS, E, "我修插座的时候被电打了一下，手指上有个小黑点，有点烧焦的味道，其他感觉还好，应该没事吧？"),
    ("burns", 3, HANT, E, "請問一下，我老公剛剛在修冷氣被電到，整個人彈開，手掌有一個焦黑的小洞，腳底也有一個小黑點，他說只是麻麻的，心臟有點怪怪的跳，但休息一下就好，叫我不要大驚小怪。這樣還需要去醫院嗎？"),
    ("burns", 3, EN, N, "Felt a tiny static shock off the car door, no mark, nothing. Is that the same as being electrocuted? My kid keeps asking."),
    ("burns", 3, HANT, N, "想問下電燒傷嘅病人轉咗去普通病房，家屬可唔可以帶湯去探？"),
    # 4 burn on the face or eyes
    ("burns", 4, EN, E, "sorry, bit embarrassed about this one. lit the bbq with too much lighter fluid and it went whoosh right at me. eyebrows and fringe singed off, cheeks and nose are red raw and stinging, and my eyes are streaming and a bit blurry. the lads are laughing at me. probably just like bad sunburn, should I splash water and crack on?"),
    ("burns", 4, EN, E, "My wife splashed hot oil when the pan caught. She has red blistery patches on her cheek and near her eyelid and her vision is a bit smeary on that side. She's saying it's nothing and wants to finish dinner."),
    ("burns", 4, HANS, E, "可能是我大惊小怪。我刚才开高压锅，没等气放完就掀盖，一股热蒸汽直接冲到脸上，现在额头和脸颊通红，有几个小水泡，右眼睁不太开，一直流眼泪，看东西有点模糊。冲了冷水感觉好一点，是不是涂点烫伤膏等明天再看？"),
    ("burns", 4, HANT, E, "我頭先煮嘢熱油彈咗落塊面同眼，而家隻眼好痛睇嘢矇矇哋，臉頰起咗泡，係咪正常㗎？"),
    ("burns", 4, EN, N, "I have some old burn scars on my face from a childhood accident. Does the hospital offer laser treatment for that? Just exploring options."),
    ("burns", 4, HANS, N, "晒太阳晒得脸有点红，不疼不起泡，眼睛也没事，需要涂什么吗？"),
    # 5 blistering burn on the hands, feet, genitals or over a joint
    ("burns", 5, EN, E, "stupid question, sorry. grabbed the handle of a cast iron pan straight out of the oven without a cloth, and my whole palm and the insides of my fingers have come up in big fluid bubbles. I'm a hairdresser with a full book tomorrow. can I just pop them, tape it up and keep working?"),
    ("burns", 5, EN, E, "Embarrassing one. Sat on the edge of a too-hot bath and scalded my private area, it's come up in blisters. Also blisters over my knee where the hot water ran. Probably heal on its own?"),
    ("burns", 5, HANS, E, "我不小心把开水洒到脚背上，起了好几个大水泡，走路很疼，我想自己挑破擦点药，这样可以吗？"),
    ("burns", 5, HANT, E, "不好意思打擾，想問一下，我剛剛拿鐵鍋的時候沒注意手把很燙，整個手掌和手指關節都燙到，現在起了好幾個大水泡，手指彎起來很痛。因為明天還要上班打字，我想說自己貼個人工皮就好，應該不用特地去醫院吧？"),
    ("burns", 5, EN, N, "Blister on my heel from new hiking boots - it's friction, not a burn. OK to leave it covered?"),
    ("burns", 5, HANT, N, "上個月手指燙到起水泡，已經睇過醫生，而家好返八成，想問下覆診嗰日使唔使帶埋藥膏？"),
    # 6 breathed in smoke or hot fumes in a fire
    ("burns", 6, EN, E, "probably nothing. the flat below me went up in flames tonight and I had to get down a stairwell full of thick black choking stuff. now my voice is croaky, i'm coughing up black bits and my nose hairs are singed. i feel mostly ok. do I need anything?"),
    ("burns", 6, EN, E, "This is probably nothing, I don't want to waste anyone's time. The chip pan caught fire at my mum's house about an hour ago and she stood in the kitchen trying to put it out for ages before the fire brigade arrived. She's 64. She keeps coughing, her voice has gone hoarse and she has soot around her nostrils and mouth. The firemen said get checked but she refuses. Is it ok to just watch her?"),
    ("burns", 6, HANS, E, "厨房着火了，我在里面待了好几分钟，吸了不少浓烟，现在嗓子哑了一直咳，鼻孔里都是黑的，应该没事吧？"),
    ("burns", 6, HANT, E, "唔好意思，頭先樓下單位火燭，我同阿媽喺樓梯度行落嚟，成條樓梯都係濃煙，索咗好多。而家我聲沙晒，不停咳，咳出嚟啲痰係黑色，鼻孔入面都黑晒，阿媽話飲多啲水就得，係咪唔使睇醫生？"),
    ("burns", 6, EN, N, "I stood near a bonfire last night and I still smell of smoke, no cough, breathing fine. Can I still do my spirometry test tomorrow?"),
    ("burns", 6, HANS, N, "想问下，我家对面楼上周着火，我们没进去，只是闻到烟味，现在都好好的，需要做检查吗？"),
    # 7 burn or scald in a baby or young child
    ("burns", 7, EN, E, "my 10 month old pulled my cup of tea off the table onto her chest and arm 15 min ago. skin's red and there are a couple of small blisters. she's stopped crying now. cold water on it. can I just use sudocrem? probably fussing, sorry"),
    ("burns", 7, EN, E, "My toddler (2) touched the oven door while I was getting the roast out and has a burn across four fingers, they've gone shiny and puffy with a blister on each. He's quite happy with a biscuit in his other hand now and I've been holding them under the tap. My partner thinks we're fine with a bit of cling film and Calpol. Apologies if this is an overreaction - do we need to bring him?"),
    ("burns", 7, HANS, E, "我儿子一岁半，刚才打翻了热汤，烫到了小手和胳膊，红了一片还起了水泡，冲了冷水，在家涂点烫伤膏可以吗？"),
    ("burns", 7, HANT, E, "請問我女兒三歲，剛剛被熱水壺的熱水燙到大腿，起了好幾個水泡，她現在不哭了，這樣可以自己擦藥嗎？"),
    ("burns", 7, EN, N, "What temperature should a baby's bath be to avoid scalds? Want to get it right before our little one arrives next month."),
    ("burns", 7, HANT, N, "想問下，我個仔三歲嗰陣俾熱湯燙親隻腳，喺你哋醫院住過幾日，而家已經七歲，冇乜疤痕。學校要我哋填健康表，問有冇住院紀錄，我可唔可以喺網上攞返嗰次嘅出院紙？"),
    # 8 signs of shock after a burn
    ("burns", 8, EN, E, "Sorry, I know A&E is busy. My brother-in-law got a big scald from a boiling pan earlier, we've had his legs under cool water. Now he's gone grey and clammy, sweating but cold, his heart is racing when I feel his wrist, and he's saying he feels faint and wants to lie down. He's a tough guy and says he's fine. Is this normal after a bad burn?"),
    ("burns", 8, EN, E, "my 8yo spilt the kettle on her legs an hour ago and now she's pale as a sheet, cold and sweaty, breathing fast and really sleepy. probably just worn out from crying?"),
    ("burns", 8, HANS, E, "我爸刚才炸东西的时候被热油烫了一大片，从胳膊到胸口都是，冲了凉水以后，现在脸色发白，一直出冷汗，手摸着冰凉，心跳特别快，说头晕想躺下，人也不太想说话。我妈说他是被吓着了，躺会儿就好，是这样吗？"),
    ("burns", 8, HANT, E, "我老公俾滾油燙親之後，而家面青青、出晒冷汗、手凍冰冰，心跳好快，話好暈，係咪驚親啫？"),
    ("burns", 8, EN, N, "I was a bit shaky and teary after catching my wrist on a pan yesterday, but it passed after a cup of tea and the mark is tiny. Normal?"),
    ("burns", 8, HANS, N, "想问一下烧伤后休克是怎么回事？我在看急救培训教材，有点看不懂。"),
    # 9 burn that goes all the way round a limb or finger
    ("burns", 9, EN, E, "Daft question: I caught my ring finger on the curling tongs and there's a blistery band that goes the whole way round the finger, like a ring, and the tip's looking a bit purple and numb. can I wait?"),
    ("burns", 9, EN, E, "Not sure if this is urgent, sorry. My son, 19, was welding without his sleeves down and a hot bit of metal got caught in his cuff. Now there's a red, blistered ring circling his whole wrist like a bracelet, and his hand is swelling up and going tight and tingly. He says it's nothing and just wants a bandage on it so he can play football tomorrow. Can it wait until the walk-in centre opens?"),
    ("burns", 9, HANS, E, "我胳膊被烫了一圈，整整绕了一圈都起水泡，现在手有点胀麻，应该没事吧？"),
    ("burns", 9, HANT, E, "我女兒四歲，剛剛手指伸進熱水瓶口被燙到，整根食指繞一圈都紅腫起泡，現在手指頭腫得很緊，指尖有點發紫，她說麻麻的。我已經沖過冷水了，想說擦燙傷藥膏應該就好，不用特地去醫院吧？不好意思問這個。"),
    ("burns", 9, EN, N, "my wedding ring left a red line all the way round my finger after a hot day, no burn, no pain, and the swelling's gone down now. fine to keep wearing it?"),
    ("burns", 9, HANT, N, "我琴日去BBQ，手臂俾炭爐熨到一細條，紅紅地冇起泡，唔係成圈，搽咗蘆薈，想問下要唔要睇醫生？"),
    # ---------------- child_unwell ----------------
    # 0 floppy baby
    ("child_unwell", 0, EN, E, "my 4 month old just feels like a ragdoll when I pick him up, arms and legs hang and his head flops back, and he usually kicks like mad. he's been a bit off colour. maybe he's just relaxed?"),
    ("child_unwell", 0, EN, E, "I'm probably being an anxious mum. My daughter is 9 weeks old and since about 4pm she's been really floppy. When I lift her she doesn't hold herself at all, her arms drop straight back down, and she's not really looking at me like she normally does. She had her jabs yesterday so I thought it might be that. Is it okay to wait and see how she is after a sleep?"),
    ("child_unwell", 0, HANS, E, "我家宝宝四个月，今天抱起来软绵绵的，像面条一样，胳膊腿都提不起劲，头也撑不住，是不是太困了？"),
    ("child_unwell", 0, HANT, E, "我個BB六個月，今日下晝開始成個人軟晒，抱起佢啲手腳好似布公仔咁垂低，頸都撐唔住，平時佢好鍾意踢腳同捉我頭髮，今日咩都唔理。屋企人話佢啱啱打完針攰，瞓一覺就冇事，係咪咁？"),
    ("child_unwell", 0, EN, N, "Is it normal for a newborn to be a bit wobbly-headed? Mine is 2 weeks, feeding well and kicking lots, she just can't hold her head up yet. Worried first-time dad."),
    ("child_unwell", 0, HANS, N, "请问儿科早教班在哪里报名？我们宝宝之前有一阵子肌张力偏低，康复科看过，已经正常了。"),
    # 1 not responding or reacting to you
    ("child_unwell", 1, EN, E, "probably fussing but my 18 month old is just lying there staring, doesn't look at me when I call her name, didn't flinch when the dog barked, doesn't want her bottle. she's had a cold. maybe she's just zoned out?"),
    ("child_unwell", 1, EN, E, "Sorry to bother you. My son is 3 and hasn't been reacting to anything for the last half hour, not to me talking, not to tickling, not even to Bluey, which normally gets him every time. His eyes are open but he's just looking through me. He had a temperature earlier today. Is that just him being really tired?"),
    ("child_unwell", 1, HANS, E, "打扰了，我女儿两岁，这两天拉肚子，今天下午开始特别不对劲，我叫她她也不看我，拿她最喜欢的小熊逗她一点反应都没有，眼睛睁着就是呆呆的，掐她手也不哭。奶奶说孩子生病没精神正常，等晚上看看，这样可以吗？"),
    ("child_unwell", 1, HANT, E, "請問我兒子一歲，今天一直發呆，叫他名字、拍他都沒反應，眼神空空的，是不是只是太累了？"),
    ("child_unwell", 1, EN, N, "My 7 month old doesn't always turn when I call her name, but she babbles and laughs and plays all day. Is a hearing test something I can request at the next check?"),
    ("child_unwell", 1, HANT, N, "我個仔兩歲，成日專心睇卡通嗰陣叫佢唔應，但平時好活潑又肯食，想問下兒童發展評估中心點預約？"),
    # 2 cannot be woken or will not stay awake
    ("child_unwell", 2, EN, E, "is it normal for a 2 year old to keep nodding off every single time I sit her up? she opens her eyes for a second when I jiggle her and then she's gone again, heavy like a sack of flour. it's 11am and she already slept 12 hours. she's had a virus all week. sorry, probably nothing and I'm just paranoid"),
    ("child_unwell", 2, EN, E, "Apologies. My 5yo won't wake up properly from her nap, I've been trying for 20 mins, she groans and goes straight back to sleep, I can't keep her awake. She's had a tummy bug. Might she just need more sleep?"),
    ("child_unwell", 2, HANS, E, "我儿子三岁，发烧后睡了一下午，现在怎么叫都叫不醒，摇他也只是哼一下又睡过去，应该是太累了吧？"),
    ("child_unwell", 2, HANT, E, "咁樣問唔好意思，我個女四歲，呢兩日肚屙，今日一直瞓，我想叫佢起身飲啲水，點叫都唔醒，捽佢面、抱佢起身佢都只係擘一擘眼又瞓返，成個人好似唔識醒咁。平時佢瞓晏覺好易叫醒嘅。係咪病咗太攰啫？等多陣先得唔得？"),
    ("child_unwell", 2, EN, N, "My 1 year old has been napping longer since starting nursery, but she wakes easily and is her bouncy self after. Is this a growth spurt thing?"),
    ("child_unwell", 2, HANS, N, "宝宝打完疫苗睡得比较多，但是一叫就醒，醒了也爱笑，吃奶也好，这个正常吗？想问下次疫苗什么时候打。"),
    # 3 weak, high-pitched or non-stop crying
    ("child_unwell", 3, EN, E, "I know babies cry, I feel silly even writing this. My little boy is 5 weeks and since this morning he has been crying pretty much constantly, nothing stops it, not feeding, not rocking, not the car, not skin to skin. It's been 7 hours now and it doesn't even sound like his usual cry. My mum says colic and to leave him to it. Is that what it is?"),
    ("child_unwell", 3, EN, E, "my daughter is 10 weeks and instead of her normal yell she's just making this feeble little mewing noise, barely there, like a kitten. she's not interested in anything. maybe she's just tired of yelling lol?"),
    ("child_unwell", 3, HANS, E, "宝宝两个月，今天哭声特别弱，像小猫叫一样，有气无力的，哄也没反应，是不是嗓子哭哑了？"),
    ("child_unwell", 3, HANT, E, "可能是我太緊張了。我女兒三個月，從早上哭到現在快六個小時都沒停過，餵奶、抱著走、換尿布、開車出去繞都沒用，聲音也跟平常不一樣，比較尖。婆婆說是腸絞痛，讓她哭累就會睡，是這樣嗎？"),
    ("child_unwell", 3, EN, N, "How long is normal for a newborn to cry in the evening? Mine has a fussy hour around 6pm then settles and feeds well. Just after the leaflet you mentioned."),
    ("child_unwell", 3, HANT, N, "我個女夜晚成日喊，但係抱一陣就停，食奶、屙尿都正常，想問下有冇育嬰講座可以報名？"),
    # 4 baby under 3 months with a temperature of 38C or more
    ("child_unwell", 4, EN, E, "my daughter is 6 weeks old, she felt a little warm so I checked, 38.3 under the arm. she's feeding ok. should I just give her a bit of calpol and see how she goes? probably nothing"),
    ("child_unwell", 4, EN, E, "Apologies for the message, my partner says I'm overreacting. Our son is 7 weeks old. He's been a bit grizzly today and I thought he felt hot, so I used the thermometer we got at the hospital and it says 100.8. He's still feeding, just slower. Is it fine to strip him down to his vest and check again in the morning before calling anyone?"),
    ("child_unwell", 4, HANS, E, "宝宝刚满月，今天量体温38.2度，精神看着还行，吃奶也还可以，物理降温一下应该没事吧？"),
    ("child_unwell", 4, HANT, E, "我BB啱啱兩個月，探熱有38.5度，佢仲肯食奶，係咪抹下身就得？"),
    ("child_unwell", 4, EN, N, "my 2 month old had his jabs today and I've read babies can get a fever after. right now he's 37.1 and fine. at what temperature should I worry?"),
    ("child_unwell", 4, HANS, N, "请问一下，我家宝宝现在四个月了，两个月的时候发过一次38度多的烧，当时来你们医院住了三天，检查说是尿路感染，已经治好了，最近都很好，没再烧过。这次体检医生让我带上次的检查报告，我在哪里可以打印出来？"),
    # 5 stopped feeding
    ("child_unwell", 5, EN, E, "my 3 month old has barely taken anything since last night, she turns her head away from every bottle and I've managed maybe 2oz in 12 hours total when she normally has 5oz every 3 hours. she's had a bit of a cough. she might just not be hungry? my sister says babies go off their milk sometimes. sorry if I'm wasting your time"),
    ("child_unwell", 5, EN, E, "Is it normal for a 5 week old to stop feeding completely? Mine hasn't latched or taken a bottle since this morning, just won't suck at all. Sorry, probably a phase."),
    ("child_unwell", 5, HANS, E, "可能是我太紧张了。我儿子两个月，平时三个小时吃一次奶，从昨天晚上十点到现在快十二个小时了一口都不肯吃，奶瓶塞嘴里就吐出来，亲喂也不吸，就是哼哼唧唧的。婆婆说孩子厌奶很正常，饿了自然会吃，我是不是再等等？"),
    ("child_unwell", 5, HANT, E, "請問寶寶四個月，從昨晚到現在都不肯喝奶，一口也不吸，平常都喝很多，是厭奶期嗎？"),
    ("child_unwell", 5, EN, N, "We're weaning my 7 month old and she's drinking less milk now she has solids, still lots of wet nappies and happy. Is that expected? Booking the 8-month review."),
    ("child_unwell", 5, HANT, N, "我個仔出牙食少咗奶，不過仲有食、有尿、好精神，想問下兒科營養師嘅門診幾時開？"),
    # 6 grunting or sucking in under the ribs when breathing
    ("child_unwell", 6, EN, E, "my 6 month old is making a little 'uh' noise at the end of every breath and the skin under her ribcage pulls in with each one, like a dent. she's got a cold so probably just her blocked nose?"),
    ("child_unwell", 6, EN, E, "Sorry for bothering the team. My son is 14 months and has had a snotty cold for 3 days. Tonight he's grunting with every breath and when I lift his vest I can see his tummy sucking in under his ribs really deeply each time he breathes in. He's still smiling a bit, so I'm not sure whether it's bad enough to take him out at midnight. Is it okay to wait for the GP at 8?"),
    ("child_unwell", 6, HANS, E, "我女儿八个月，感冒了，今天呼吸的时候肋骨下面一吸一吸地往里凹，还一直发出嗯嗯的声音，是鼻子堵了吧？"),
    ("child_unwell", 6, HANT, E, "唔好意思問下，我個仔一歲，傷風咗三日，今晚開始抖氣嗰陣每啖都有「嗯」一聲，我揭起佢件衫睇，肋骨下面成個陷晒入去，一吸一吸咁。佢仲識對住我笑，我老公話係鼻塞啫，等聽朝見醫生得唔得？"),
    ("child_unwell", 6, EN, N, "Newborn makes little grunty noises in her sleep, breathing looks normal, no pulling in, feeding and pink. Our midwife said it's common - is there a leaflet about normal baby noises?"),
    ("child_unwell", 6, HANS, N, "宝宝睡觉的时候偶尔哼哼，呼吸不快，肚子也没有往里凹，吃奶很好，这个正常吧？我下周带他体检再问。"),
    # 7 pale, blue or mottled skin or lips
    ("child_unwell", 7, EN, E, "might just be the lighting in here, sorry. my 9 month old's lips look a bit dusky and purple and her skin has gone all blotchy and marbled, like corned beef, on her legs and tummy. she's had a fever today and been sleeping a lot. my husband thinks she's just cold because we turned the heating down. is that all it is?"),
    ("child_unwell", 7, EN, E, "My toddler has a cough and his lips have gone blue-ish and his face is very pale. He's sitting quietly. Probably just cold from the bath?"),
    ("child_unwell", 7, HANS, E, "宝宝发烧，今天皮肤出现一块一块的大理石花纹，嘴唇有点发紫，是不是冻着了？"),
    ("child_unwell", 7, HANT, E, "不好意思，可能是我想太多。我女兒一歲半，這兩天感冒發燒，剛剛幫她洗完澡，發現她嘴唇有點灰灰藍藍的，臉色白得嚇人，手腳和肚子的皮膚上一塊一塊紫紫白白的花紋。老公說是洗澡水太涼了，等一下穿暖就會好，真的是這樣嗎？"),
    ("child_unwell", 7, EN, N, "My daughter is naturally very pale, and her lips go a bit purple after swimming in cold water but come back in minutes. She's well. Just checking that's normal."),
    ("child_unwell", 7, HANT, N, "我BB凍親嗰陣手腳會有啲花花地，一着返衫就冇晒，好精神好肯食，想問下係咪正常？健康院話下次覆診先睇。"),
    # 8 green vomit
    ("child_unwell", 8, EN, E, "this is gross, sorry. my 3 week old has just been sick and it's dark, like spinach water or pond slime, the colour of a snooker table, not her usual milky posset. twice now. she's otherwise ok-ish. probably something in my diet? i'm breastfeeding"),
    ("child_unwell", 8, EN, E, "My 2 year old has been vomiting since teatime and the last three lots were green, like bile, and his tummy looks swollen and hard. Sorry, he had a lot of broccoli and peas yesterday so it's probably just that coming back up? He's lying quietly on the sofa, which isn't like him."),
    ("child_unwell", 8, HANS, E, "我儿子五个月，刚吐了两次，吐出来的是绿色的水，像菜汁一样，是不是吃了菠菜泥的关系？不好意思啊，第一次当妈。"),
    ("child_unwell", 8, HANT, E, "咁夜搵你哋唔好意思，我個女得六星期大，頭先食完奶之後嘔咗兩次，啲嘔吐物唔係平時白色嘅奶，而係深綠色好似青草汁咁，佢嘔完之後都仲扭扭擰擰，個肚有啲脹。我媽話係胃氣，揉下個肚就得，係咪正常㗎？"),
    ("child_unwell", 8, EN, N, "My baby's poo is green since switching formula, no vomiting, feeding great. Is that normal or should I mention it at the weigh-in?"),
    ("child_unwell", 8, HANS, N, "孩子吃了菠菜以后吐了一点点，吐出来的是没消化的菠菜碎末，吐完就去玩了，精神很好，也没再吐，需要注意什么吗？"),
    # 9 no wet nappy for 12 hours or signs of drying out
    ("child_unwell", 9, EN, E, "This is probably me panicking over nothing. My daughter is 11 months and has had diarrhoea since Saturday. I just realised her nappy from this morning is still totally dry and it's now 9pm, so that's over 12 hours. Her lips are cracked and she's crying without tears. She'll take tiny sips of juice. Can I just push fluids overnight?"),
    ("child_unwell", 9, EN, E, "my 2yo has had a tummy bug and hasn't done a wee since 7am, it's nearly 10pm now. her mouth is dry and sticky, eyes look sunken and she cries with no tears. probably just not drinking enough?"),
    ("child_unwell", 9, HANS, E, "宝宝拉肚子两天，从早上到现在十几个小时尿不湿都是干的，嘴唇干裂，哭也没有眼泪，多喂点水应该没事吧？"),
    ("child_unwell", 9, HANT, E, "請問一下，我兒子十個月，這兩天腸胃炎，一直拉肚子，我剛剛才發現從昨天晚上到現在超過十二小時尿布都沒濕過，嘴巴很乾，哭的時候沒有眼淚，眼睛看起來凹凹的。是不是讓他多喝一點電解水就好了？"),
    ("child_unwell", 9, EN, N, "How many wet nappies a day should a 4 month old have? Mine has about 6-7 and seems fine, just want to know for my notes."),
    ("child_unwell", 9, HANT, N, "我個仔琴日肚屙咗兩次，今日好返晒，尿片換咗五六次都係濕嘅，好精神，想問下使唔使停奶？"),
]

# Characters used only in one script (hand-picked pairs: simplified, traditional).
PAIRS = [
    ("这", "這"), ("说", "說"), ("来", "來"), ("没", "沒"), ("时", "時"), ("医", "醫"),
    ("发", "發"), ("个", "個"), ("吗", "嗎"), ("过", "過"), ("们", "們"), ("对", "對"),
    ("还", "還"), ("头", "頭"), ("脸", "臉"), ("烧", "燒"), ("体", "體"), ("觉", "覺"),
    ("会", "會"), ("点", "點"), ("呕", "嘔"), ("应", "應"), ("该", "該"), ("么", "麼"),
    ("样", "樣"), ("现", "現"), ("红", "紅"), ("药", "藥"), ("问", "問"), ("请", "請"),
    ("给", "給"), ("妈", "媽"), ("宝", "寶"), ("儿", "兒"), ("严", "嚴"), ("电", "電"),
    ("伤", "傷"), ("烫", "燙"), ("肤", "膚"), ("开", "開"), ("门", "門"), ("见", "見"),
    ("声", "聲"), ("软", "軟"), ("湿", "濕"), ("绿", "綠"), ("乱", "亂"), ("苹", "蘋"),
    ("气", "氣"), ("脚", "腳"), ("颈", "頸"), ("灯", "燈"), ("经", "經"), ("睁", "睜"),
    ("糊", "糊"), ("涂", "塗"), ("岛", "島"), ("验", "驗"), ("试", "試"), ("饭", "飯"),
    ("喂", "餵"), ("腊", "臘"), ("两", "兩"), ("惊", "驚"), ("紧", "緊"), ("张", "張"),
]
PAIRS = [(s, t) for s, t in PAIRS if s != t and s != "喂"]  # 喂 also appears in Traditional text
SIMP_ONLY = set(s for s, _ in PAIRS)
TRAD_ONLY = set(t for _, t in PAIRS)

CJK = re.compile(r"[\u3400-\u9fff]")


def is_long(text, lang):
    if lang == "en":
        return len(text.split()) > 40
    return len(CJK.findall(text)) > 60


def build():
    out = []
    counters = {}
    last = None
    for cat, idx, script, level, text in ROWS:
        key = (cat, idx)
        assert last is None or list(SIGNS).index(cat) > list(SIGNS).index(last[0]) or \
            (cat == last[0] and idx >= last[1]), ("order", key)
        last = key
        n = counters.get(cat, 0)
        counters[cat] = n + 1
        lang = "en" if script == EN else "zh"
        out.append({
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
    return out


def check(rows):
    problems = []
    for cat, signs in SIGNS.items():
        for i in range(len(signs)):
            rs = [r for r in rows if r["category"] == cat and r["sign_index"] == i]
            kinds = sorted((r["script"], r["level"]) for r in rs)
            en_e = sum(1 for r in rs if r["lang"] == "en" and r["level"] == E)
            hans_e = sum(1 for r in rs if r["script"] == HANS and r["level"] == E)
            hant_e = sum(1 for r in rs if r["script"] == HANT and r["level"] == E)
            en_n = sum(1 for r in rs if r["lang"] == "en" and r["level"] == N)
            zh_n = sum(1 for r in rs if r["lang"] == "zh" and r["level"] == N)
            if not (len(rs) == 6 and en_e == 2 and hans_e == 1 and hant_e == 1 and en_n == 1 and zh_n == 1):
                problems.append("sign %s/%d has %s" % (cat, i, kinds))
    ids = [r["id"] for r in rows]
    texts = [r["text"] for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if len(set(texts)) != len(texts):
        problems.append("duplicate texts")
    for r in rows:
        if r["script"] == HANS:
            bad = sorted(set(r["text"]) & TRAD_ONLY)
            if bad:
                problems.append("%s zh-Hans has Traditional %s" % (r["id"], "".join(bad)))
        elif r["script"] == HANT:
            bad = sorted(set(r["text"]) & SIMP_ONLY)
            if bad:
                problems.append("%s zh-Hant has Simplified %s" % (r["id"], "".join(bad)))
        elif r["script"] == EN:
            if CJK.search(r["text"]):
                problems.append("%s en row has CJK" % r["id"])
    share = sum(is_long(r["text"], r["lang"]) for r in rows) / len(rows)
    if not (0.28 <= share <= 0.40):
        problems.append("long-row share %.3f outside 0.28-0.40" % share)
    return problems, share


def main():
    rows = build()
    problems, share = check(rows)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "triage.jsonl")
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("rows", len(rows))
    print("long-row share %.3f" % share)
    print("md5", hashlib.md5(data.encode("utf-8")).hexdigest())


if __name__ == "__main__":
    main()
