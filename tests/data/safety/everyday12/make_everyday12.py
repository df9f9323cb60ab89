#!/usr/bin/env python3
"""Blind everyday-complaints triage set 12 (false alarms).

Every message, template frame and slot filler below was typed by hand by the
writer. Standard library only. Deterministic: random.Random(12121).
Writes triage.jsonl next to this script.
"""
import json
import os
import random
from collections import Counter

SEED = 12121
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "triage.jsonl")

CATS = [
    "chest_pain", "stroke", "anaphylaxis", "breathing", "bleeding",
    "suicide_self_harm", "overdose_poisoning", "infant_fever", "seizure",
    "pregnancy", "sepsis", "head_injury", "meningitis", "diabetic",
    "burns", "child_unwell",
]

N, E = "none", "emergency"

# Hand-written rows: (category, level, text, admin_first_turn_or_None).
# When the fourth field is set, the row becomes a two-turn row:
# turns = [admin question, complaint].

EN_HW = [
    # ---------------- chest_pain ----------------
    ("chest_pain", N,
     "been shifting old radiators off a transit all morning at the yard and now theres a sore spot on the left "
     "side of my chest, right on a rib, hurts when i press it or twist round to grab the next one. no sweating, "
     "not sick, breathing fine, walked up to the weighbridge office no bother. what do i take for a pulled "
     "muscle in the ribs, can the chemist sort it?",
     "can i claim back the diesel for driving to hospital appointments? someone at the yard said theres a "
     "scheme if youre on low income"),
    ("chest_pain", N,
     "Right, bit of a long one. My husband Dave has had MS for eleven years and I do most of the lifting now, "
     "the hoist is great but the bath is still a two-person job and there is only me. Last night I was getting "
     "him out and got this stabbing pain in my chest that made me yell, and then of course we both sat on the "
     "bathroom floor thinking the worst. It only hurts when I breathe right in or lift my left arm, and it's "
     "tender to touch just under my boob. Sitting still today it's been fine, no sweats, no sickness. Is this a "
     "strain from lifting, and is it a GP thing or just rest it?",
     None),
    ("chest_pain", N,
     "had two oggies and a couple pints down the barbican and now theres a burning right behind me breastbone "
     "that comes up into me throat when i lie down, tastes sour. had exactly this before after big meals, it "
     "goes with the chalky stuff. will that do or should i be seeing someone about it dreckly?",
     None),
    ("chest_pain", E,
     "one of the older stewards on the away end gate has gone grey and sweaty, says his chest feels like a belt "
     "done up too tight and its going into his jaw and down his left arm. been like it about 15 mins. he wants "
     "to sit in the control room till half time and see how he goes. hes 61. do we just let him sit?",
     None),
    # ---------------- stroke ----------------
    ("stroke", N,
     "I work at an opticians and had a customer today swear blind she was having a stroke because one side of "
     "her vision went shimmery with a zigzag. it cleared after about 20 min and then her usual migraine "
     "headache came on. she's had the same aura loads of times since her teens, her speech and arms were fine "
     "the whole time. she wants to know if she should mention it to her GP or is that just her normal migraine? "
     "passing it on for her",
     None),
    ("stroke", N,
     "My wife has MS and since Sunday her left leg has got heavier and more tingly than usual, it's crept on "
     "over three days since she had a cold and a bit of a temperature. Face is normal, talking normal, arms "
     "the same as always. Her MS nurse told us last year that an infection can bring old symptoms back up. Do "
     "I ring the MS nurse line or the GP?",
     "Is there a Changing Places toilet anywhere in outpatients? She needs the hoist and a full-size bench, "
     "the normal disabled loos are no good for us"),
    ("stroke", N,
     "went the dentist on mutley plain this morning and half me face is still numb, me lip droops when i drink "
     "and i dribbled tea all down me top. the wife keeps doing the FAST test on me for a laugh, arms up, smile, "
     "say a sentence, all fine. been 4 hours. how long does the dentist numbness usually last?",
     None),
    ("stroke", E,
     "customer at my phone repair kiosk in the shopping centre, older fella, was chatting away fine then mid "
     "sentence his words came out all jumbled and the right side of his mouth has dropped. he cant hold his "
     "phone in his right hand, keeps dropping it. his wife says hes just tired and wants to get him home on "
     "the bus. started about 5 mins ago. what do we do",
     "do you take old inhalers back for recycling at the hospital pharmacy or is it only chemists"),
    # ---------------- anaphylaxis ----------------
    ("anaphylaxis", N,
     "stewarding at the ground today and got stung by a wasp on the back of my hand by the burger van. hand is "
     "puffy round the sting and itchy as anything, red patch about the size of a 50p. nothing swollen anywhere "
     "else, breathing totally fine, voice normal. had an antihistamine out of the first aid box. anything else "
     "i should do?",
     None),
    ("anaphylaxis", N,
     "our mawther (she's 9) ate a raw apple at her nan's in southwold and said her mouth and lips went tingly "
     "and itchy for about ten minutes, then it wore off. same thing happened with a pear in the summer. no "
     "swelling, no trouble breathing, she's out on her bike now. is that an allergy we should see the GP about?",
     None),
    ("anaphylaxis", N,
     "ANAPHYLAXIS?? ok so maybe not. new box hair dye at the weekend and today my hairline and behind my ears "
     "are itchy, a bit red and flaky. face isnt swollen, lips fine, breathing fine, just itchy. yes i skipped "
     "the patch test, i know. what can i put on it?",
     None),
    ("anaphylaxis", E,
     "My partner has MS and had his first dose of a new antibiotic an hour ago for a chest infection. He's now "
     "covered in raised blotches, his lips have puffed right up, he keeps saying his throat feels thick and "
     "he's started wheezing. He can still talk but his voice is going croaky. We're 20 minutes from A&E, shall "
     "I just put him in the car?",
     None),
    # ---------------- breathing ----------------
    ("breathing", N,
     "up the hoe in the mizzle with the dog and my chest went wheezy, used my blue inhaler and it settled in a "
     "few mins like it always does. been a bit wheezy most evenings this week tho, mostly when its damp. do i "
     "need my asthma review brought forward, who do i ask?",
     None),
    ("breathing", N,
     "lungs packed in!! well no, not really. been cutting cars up with the disc cutter all week and ive got a "
     "tickly cough and a bit of grit when i cough, breathing fine otherwise, no temp, can walk round the yard "
     "fine. i do wear a mask most of the time. gp for a chest check or is it just dust",
     None),
    ("breathing", N,
     "I'm an optical assistant and had a horrible customer shouting at me today, afterwards I was breathing "
     "really fast and my fingers and round my mouth went tingly. Sat in the pre-test room, breathed slowly and "
     "it passed in about ten minutes. I've had a couple of these since my exams at uni. Who can I talk to about "
     "panic attacks?",
     None),
    ("breathing", E,
     "lad in the family stand has asthma, hes had about 10 puffs of his blue pump and its done nothing, hes sat "
     "hunched forward and cant get more than 2 or 3 words out between breaths, lips look a bit bluey. his dad "
     "says give it another few puffs. our first aider is right the other end of the ground. what now",
     None),
    # ---------------- bleeding ----------------
    ("bleeding", N,
     "blood everywhere this morning, the bathroom looks like a horror film. nicked my chin shaving with a new "
     "blade. its stopped after pressing a bit of tissue on it for 10 min but it seeps a tiny bit when i smile. "
     "stitch or plaster?",
     None),
    ("bleeding", N,
     "My husband (MS, on a fair few tablets but nothing to thin his blood) had a nosebleed this morning. "
     "Pinched the soft bit for 10 minutes like the leaflet says and it stopped. That's the second one this "
     "week. The heating has been on full blast and the air in the bungalow is really dry. Worth the GP looking "
     "at it?",
     None),
    ("bleeding", N,
     "cut my thumb on a cracked screen at the kiosk, that glass is like a razor. bled a lot at first but "
     "stopped after holding a paper towel on it, small clean cut about 1cm, can bend my thumb fine and feel it "
     "fine. do i need a tetanus?",
     "random one but if i get my gallbladder out next month can i keep the gallstones? my mate kept his in a "
     "jar"),
    ("bleeding", E,
     "one of the yard hands slipped with the angle grinder and its gone into his forearm, blood is pumping out "
     "in spurts and soaking straight through the towel we put on it, hes gone white and says hes dizzy. weve "
     "got him sat down and pressing hard on it. yards just off the main road. ring or drive him?",
     None),
    # ---------------- suicide_self_harm ----------------
    ("suicide_self_harm", N,
     "Not sure who I'm meant to ask. Since my wife's MS got worse I've been her full-time carer and I'm just "
     "flat all the time, snappy with her, not sleeping, crying in the car in the Tesco car park. I want to be "
     "clear I'm not going to do anything daft, I'd never leave her, I just feel grey. Can the GP help with this "
     "or is there a carers thing I should ring?",
     None),
    ("suicide_self_harm", N,
     "my lad is 17, he had some bad months two year back and used to cut his arms. he's been well for over a "
     "year now, working down the docks at felixstowe and really settled in. the scars bother him in the summer "
     "in a t-shirt. does the hospital do anything for old self harm scars or is that through the GP?",
     None),
    ("suicide_self_harm", N,
     "customer dropped her brand new phone down the toilet an hour after buying it and said 'just bury me now'. "
     "she was laughing but then asked if i knew the number for that listening line she'd seen on a poster, "
     "because things have been rough since her divorce. she said she's not going to hurt herself, just wants "
     "someone to talk to in the evenings. which number do i give her?",
     None),
    ("suicide_self_harm", E,
     "my friend just texted me from the car park behind the opticians saying she's written her kids a goodbye "
     "letter and has taken her dad's tablets with her and is going to take all of them tonight. she's stopped "
     "answering. i can see her car from the window. what do i do",
     None),
    # ---------------- overdose_poisoning ----------------
    ("overdose_poisoning", N,
     "Bit of a muddle tonight. I think I gave my husband his evening baclofen twice, maybe 20 minutes apart, "
     "his usual 10mg tablet both times. He's chatting and watching the telly, a bit sleepy but he's always "
     "sleepy this time of night. Who do I check with, 111 or the pharmacist?",
     None),
    ("overdose_poisoning", N,
     "got a splash of screenwash in my mouth syphoning it out of a scrap car, spat it straight out and rinsed "
     "with water, dont think i swallowed any. tastes rank but i feel totally fine. anything to worry about?",
     None),
    ("overdose_poisoning", N,
     "the little one got hold of the nappy cream and had a good lick, face plastered in white. she's 14 months "
     "and seems very pleased with herself. how much of that stuff is a problem?",
     None),
    ("overdose_poisoning", E,
     "found a young lad in the away end toilets, his mates say he took a load of pills someone sold him outside "
     "plus half a bottle of vodka. hes snoring really loud and we cant wake him up at all, pinching his ear does "
     "nothing, and hes gone a bit blue round the mouth. should we put him on his side and let him sleep it off?",
     None),
    # ---------------- infant_fever ----------------
    ("infant_fever", N,
     "our littlun is 7 month, had her jabs yesterday at the surgery in kessingland, tonight she's 38.1 and "
     "grizzly but feeding fine, plenty of wet nappies, still smiling at her sister. can i give calpol and keep "
     "an eye?",
     None),
    ("infant_fever", N,
     "baby burning up!!! except when I actually used the thermometer it said 37.2. He's 10 weeks and had been "
     "bundled in a snowsuit in the pram for an hour while I was at work. Took the layers off, he's feeding, "
     "alert, normal colour. Does he still need checking over?",
     None),
    ("infant_fever", N,
     "my 11 month old has a runny nose and 37.9, still crawling about and eating her rusks, drinking well. "
     "its the weekend, do we need out of hours or can it wait for the gp monday?",
     None),
    ("infant_fever", E,
     "our granddaughter is 6 weeks old and staying with us while her mum's in hospital. she felt hot so I took "
     "her temp, 38.6 under the arm. she's not interested in her bottle and is a lot sleepier than usual. I'm on "
     "my own with my husband who's in a wheelchair. what should I do",
     None),
    # ---------------- seizure ----------------
    ("seizure", N,
     "My husband has MS and at night his legs jump and kick for a few seconds at a time, sometimes wakes me. "
     "He's awake and talking through it, it's been going on for months, worse now the weather's turned cold. "
     "His neuro appointment is next month. Is this spasm thing something to mention then, or sooner?",
     None),
    ("seizure", N,
     "thought a lad was having a fit in the stand, turned out he was shaking with cold, teeth going, soaked "
     "through from the rain, talking to us the whole time. got him a foil blanket and a tea from the kiosk and "
     "hes perked up. anything else we should do for him?",
     None),
    ("seizure", N,
     "my eyelid's been jumping on and off for a week, the bottom left one, like a little worm under the skin. "
     "been on nights at the dockyard and living on energy drinks. nothing else wrong. is it a nerve thing i "
     "need checking?",
     None),
    ("seizure", E,
     "woman in the queue at my kiosk fell down and is jerking all over, arms and legs, its been about 6 minutes "
     "now and its not stopping, shes making a gurgling noise. someone says she has epilepsy. ive moved the "
     "stools away from her. how long do we leave it before calling someone?",
     None),
    # ---------------- pregnancy ----------------
    ("pregnancy", N,
     "28 weeks and had a few tightenings tonight after hoovering, tummy goes hard for about half a minute then "
     "relaxes, not regular, not really painful, baby kicking as normal, no bleeding, no waters. the midwife did "
     "say these might start. anything i should be doing?",
     None),
    ("pregnancy", N,
     "22 weeks pregnant and my glasses suddenly don't feel right, things a bit blurry when I'm reading. The "
     "optom I work for says pregnancy can change your prescription. No headache, no flashing lights, no "
     "swelling, and my blood pressure was fine at the midwife last week. Worth booking an eye test or wait till "
     "after baby?",
     None),
    ("pregnancy", N,
     "the wife is 12 weeks and sick every morning, keeping fluids down fine and weeing normal, she just cant "
     "stand the smell of the yard on my overalls. is there anything she can take thats safe for the baby?",
     None),
    ("pregnancy", E,
     "33 weeks and i've had a bad headache all afternoon that paracetamol hasnt touched, seeing flashing lights "
     "at the side of my eyes, my face and hands have puffed up since this morning and theres a pain under my "
     "ribs on the right. im on my own with the kids in plympton. can i wait till my husband gets in at 7",
     None),
    # ---------------- sepsis ----------------
    ("sepsis", N,
     "got a sliver of metal in my palm 3 days ago, dug it out, now its a bit red round the hole and sore, red "
     "bit about the size of a 5p, no red lines going up my arm, no temperature, feel fine in myself. do i need "
     "antibiotics or just keep it clean?",
     None),
    ("sepsis", N,
     "My husband was in intensive care with sepsis from a water infection last winter, he has MS and a "
     "catheter. He's well now. The ward told me to watch for 'the signs' but I've lost the leaflet. What are "
     "they exactly, so I can stick a list on the fridge?",
     None),
    ("sepsis", N,
     "shivering like mad, head pounding, every bone aches, the man flu has arrived. 38.2, it's day 1, runny "
     "nose and sore throat, drinking fine, weeing fine, head's clear. doctor or lemsip and bed?",
     None),
    ("sepsis", E,
     "mum is 79 and has had a water infection since tuesday, the tablets dont seem to be doing anything. today "
     "shes all muddled, doesnt know what day it is, her knees look mottled and bluey, shes breathing fast and "
     "hasnt had a wee since this morning. her temp is 35.4 which seems low? surgery in beccles is closed now",
     None),
    # ---------------- head_injury ----------------
    ("head_injury", N,
     "SMASHED MY HEAD OPEN. ok, bumped it on the shutter pulling it down at close. lump on my forehead the size "
     "of a grape, didnt knock me out, not sick, no headache to speak of, seeing fine. ice pack on it now. "
     "anything else?",
     None),
    ("head_injury", N,
     "took a stray ball to the side of the head during the warm up, stung like anything, no stars, didn't go "
     "down, been fine for the 2 hours since, just a red mark. club doc has gone home. do i need checking "
     "tonight?",
     None),
    ("head_injury", N,
     "my boy (6) rolled off the sofa onto the carpet and bumped the back of his head, cried straight away, bit "
     "of a bump. an hour later hes eating crisps and bickering with his sister. what should i watch for "
     "overnight?",
     "my mum knits twiddlemuffs for people with dementia, does the dementia ward take donations and where would "
     "she drop them?"),
    ("head_injury", E,
     "bloke at the yard got hit on the head by the grab when it swung round, he was out cold for maybe a "
     "minute, now hes awake but keeps asking the same questions over and over, has been sick twice and says "
     "his head is splitting. hes 58 and on warfarin for his heart. he says he just wants to go home",
     None),
    # ---------------- meningitis ----------------
    ("meningitis", N,
     "Did the glass test on my son's rash like the posters say. Little pink spots on his tummy, they all "
     "disappear when I press the glass on them. He's had a cold for three days, temp 37.8, running about and "
     "eating. Is it just a viral rash?",
     "Do you have spare reading glasses at reception to borrow? I keep leaving mine at work and can't read the "
     "forms"),
    ("meningitis", N,
     "woke up with a crick in my neck, cant turn my head right without it pulling, fell asleep on the sofa at a "
     "daft angle. no temp, no headache, light doesnt bother me. heat pack?",
     None),
    ("meningitis", N,
     "daughter's off to uni up the line in september, do she need the meningitis jab or did she have it at "
     "school in devonport? where do i check her records?",
     None),
    ("meningitis", E,
     "my son's 19 and home from uni, since lunch he's gone downhill fast. bad headache, can't stand the light, "
     "neck's stiff, been sick, temp 39.4 and now there's a purple rash on his legs that doesn't fade when I "
     "press a glass on it. He's really drowsy. I can't leave my wife long, she has MS. what do I do",
     None),
    # ---------------- diabetic ----------------
    ("diabetic", N,
     "My husband's type 2, metformin only. His finger prick this morning was 9.8 after a big Chinese last "
     "night. He feels fine. The nurse wants him under 8 in the mornings. Do I ring the practice nurse or wait "
     "for his review?",
     "How do I get a passport form countersigned? Can one of the hospital doctors who knows him do it?"),
    ("diabetic", N,
     "type 1 steward here. went a bit shaky at half time, meter said 3.6, had 4 jelly babies, 15 mins later "
     "5.9, had a sandwich, feel normal again. happens now and then on long matchdays. should i talk to my "
     "diabetes team about doses on match days?",
     None),
    ("diabetic", N,
     "my sensor app says LOW 3.1 but i feel totally fine and a finger prick says 6.4. sensor is on its last "
     "day. which one do i believe?",
     None),
    ("diabetic", E,
     "colleague in the back room at the opticians has type 1 and is drenched in sweat, slurring and not making "
     "sense, shes trying to drink the juice we gave her but keeps dribbling it, can barely hold the cup and now "
     "shes getting really drowsy. couldnt get a reading. what do we do",
     None),
    # ---------------- burns ----------------
    ("burns", N,
     "caught the side of my finger on the heat gun taking a screen off. red and stings, one small blister the "
     "size of a pea, held it under the cold tap for 20 min. keep it covered or let the air at it?",
     None),
    ("burns", N,
     "fell asleep on the hoe in the sun, shoulders are bright red and sore, no blisters, feel a bit hot but "
     "otherwise fine. aftersun and paracetamol enough?",
     None),
    ("burns", N,
     "SET MYSELF ON FIRE. well, a spark off the gas axe went down my glove and left a little burn on my wrist, "
     "about the size of my little fingernail, red and a bit blistered. cooled it under the tap. do burns like "
     "this need the nurse?",
     None),
    ("burns", E,
     "my wife has MS and no feeling in her legs, she's spilt the kettle all over her lap and thighs. the skin "
     "has gone white and leathery in places and it's peeling off on her thigh, it's a big area, bigger than "
     "both my hands. she says it doesn't hurt much because of the numbness. I've got her under the shower. do I "
     "need to take her in?",
     "which entrance at the main hospital has the automatic doors? we come in with a wheelchair"),
    # ---------------- child_unwell ----------------
    ("child_unwell", N,
     "my lad (8) came to the match with me, got a tummy ache at half time after two hot dogs and a slush, was "
     "sick once in the toilets, now says he feels better and wants chips. anything to watch for?",
     None),
    ("child_unwell", N,
     "hold yew hard before anyone says ambulance. my girl is 4 and has had a barky cough tonight, bit of a "
     "croaky voice, but she's breathing easy when she's sat quiet, no noise, playing with her dolls. took her "
     "out in the cold air on the front at aldeburgh and it eased off. do we need the gp tomorrow?",
     None),
    ("child_unwell", N,
     "My 7 year old keeps squinting and rubbing her eyes and gets headaches after school. Her teacher says "
     "she's slow copying off the board. No sickness, no fevers. Is that an eye test first or the GP?",
     None),
    ("child_unwell", E,
     "my 3 year old has had diarrhoea and sick for 2 days and today she's really floppy, hasnt had a wet nappy "
     "since last night, her eyes look sunken, lips dry and cracked and shes hard to wake up, just moans. the "
     "gp in stonehouse cant see us till tomorrow",
     None),
]

HANS_HW = [
    # ---------------- chest_pain ----------------
    ("chest_pain", N,
     "在北戴河帮亲戚看海鲜摊，一天要搬好几十箱冰块，今天胸口右边肋骨那一块一按就疼，深吸气的时候也扯着疼，"
     "别的都好好的，吃饭睡觉都正常，上下楼也不喘。这是不是拉伤了？贴膏药行不行，还是得去门诊看看？",
     None),
    ("chest_pain", N,
     "我退休以后跟着摄影队拍鸟，昨天晚上跟队友吃了一顿麻辣烫，回家躺下以后心口那块一阵一阵地烧，嗓子眼发酸，"
     "坐起来就好点。以前就有反酸的老毛病，吃了两片胃药现在好多了。明天去社区医院开点胃药行吗？",
     None),
    # ---------------- stroke ----------------
    ("stroke", N,
     "衢州这边的。我这两天嘴角长了一圈小水泡，连着左边嘴唇一片麻麻的有点刺痛，照镜子嘴没歪，说话清楚，手脚也有劲。"
     "是不是上火起疱疹了？涂点药膏就行吧？",
     None),
    ("stroke", N,
     "我们摄影队有个老哥，前年中过一次风，恢复得挺好，现在天天扛三脚架跟我们跑。他想问问，中过风的人还能不能"
     "坐飞机去新疆拍胡杨？需要医生开什么证明吗？",
     None),
    ("stroke", E,
     "修车铺门口有个骑电动车的大爷，停下车跟我说话，说着说着舌头就不利索了，左手握不住车把，左边脸往下耷拉，"
     "问他住哪儿也答不上来。他家里人电话打不通，他自己说坐会儿就好。就是这两三分钟的事，我该怎么办？",
     None),
    # ---------------- anaphylaxis ----------------
    ("anaphylaxis", N,
     "在丽水吃了个缙云烧饼，上面撒了芝麻，我以前吃芝麻嘴巴就有点痒。这次也是嘴唇边上痒痒的，起了两个小红点，"
     "过了一刻钟就下去了，嗓子不紧，喘气也正常。以后还能吃芝麻吗？要不要去医院查查过敏原？",
     None),
    ("anaphylaxis", N,
     "给人补胎的时候手背上被蚂蚁咬了几口，起了几个红包，挺痒的，别的地方都没起，人也没觉得哪里不对劲。"
     "修车的手天天黑乎乎的，涂点什么药膏好？",
     None),
    # ---------------- breathing ----------------
    ("breathing", N,
     "我们承德这几天降温降得厉害，我一出门让冷风一呛就咳嗽，咳完嗓子里有点吱吱响，回屋暖和一会儿就好了，"
     "走路上楼都不费劲。前几年冬天也这样过。用不用去医院开点药？",
     None),
    ("breathing", N,
     "铺子里给轮胎放气，气门芯一下崩出来，呛了我一鼻子灰，咳了好几分钟，现在喘气顺了，就是嗓子有点干有点痒。"
     "用不用去看看？",
     None),
    ("breathing", E,
     "我爸七十多了，有老慢支，这两天感冒，今天下午喘得越来越厉害，坐着都喘，一句话要分好几口气才说完，"
     "嘴唇有点发紫，手指头也发紫，叫他也有点迷糊了。他不肯去医院，说歇歇就好。我们在衢州柯城，现在怎么办？",
     None),
    # ---------------- bleeding ----------------
    ("bleeding", N,
     "我在松阳采茶，被茶树枝子在手背上划了一道口子，流了点血，按了一会儿就止住了，口子不深，也就一厘米多。"
     "用清水冲了冲，贴了创可贴。要不要去打破伤风？",
     None),
    ("bleeding", N,
     "早上刷牙牙龈出血，吐出来一口粉红色的沫子，吓我一跳。我平时不吃阿司匹林那类药，就是最近拍鸟起得早，刷牙刷得又急又狠。"
     "去看看牙科就行吧？",
     "住院部能不能拍照？我有个老同事住院了，想给他拍几张照片带回摄影队给大家看看。"),
    # ---------------- suicide_self_harm ----------------
    ("suicide_self_harm", N,
     "单位年底评比我排了倒数，同事开玩笑说“要是我就从避暑山庄的城墙上跳下去了”，一屋子人都笑了。我其实心情还行，"
     "没往那方面想，就是最近老睡不踏实，半夜醒了就睡不着。这种情况挂睡眠门诊合适吗？",
     None),
    ("suicide_self_harm", N,
     "我女儿前两年划过手腕，后来在医院心理科看了一年多，现在上大学了，人开朗多了。她问现在还要不要定期复查，"
     "挂心理科还是精神科？平时在学校有情况找谁？",
     None),
    ("suicide_self_harm", E,
     "我修车铺隔壁那个小伙子，刚才跟我说他欠了一大笔网贷，已经写好了遗书，说今晚就去江边跳下去，还给我看了他买的"
     "一大瓶安眠药。他现在骑车走了，手机还能打通。我该做什么？",
     None),
    # ---------------- overdose_poisoning ----------------
    ("overdose_poisoning", N,
     "我家老头子昨晚的降压药吃没吃记不清了，早上又吃了一片，就是平常那一片的量。刚才量血压130/80，人挺精神，"
     "出门拍荷花去了。多吃一次降压药要紧吗？",
     None),
    ("overdose_poisoning", N,
     "孩子三岁，趁我不注意喝了一口泡沫洗手液，马上就吐出来了，漱了口，现在在沙发上跳来跳去，一点事没有。"
     "这个需要处理吗？",
     None),
    ("overdose_poisoning", E,
     "我妈在秦皇岛乡下，刚才把装在矿泉水瓶里的除草剂当成水喝了一大口，现在一直吐，说嘴里和嗓子里烧得慌，"
     "出了一身汗。我爸在家陪着她，我在市里，应该让他们怎么做？",
     None),
    # ---------------- infant_fever ----------------
    ("infant_fever", N,
     "宝宝9个月，上午打完疫苗，下午有点发热，37.9，吃奶正常，逗他还咯咯笑，尿不湿也是湿的。给他多喂点水就行了吧？",
     None),
    ("infant_fever", N,
     "我家小子六个月，在长牙，口水流得哗哗的，摸着脑门有点热，拿体温计一量36.9。咬着牙胶不撒手，吃奶也香。"
     "这个算不算发烧？",
     None),
    ("infant_fever", E,
     "孩子刚满一个月，今天下午开始发烧，量了三次都是38.5左右，不太吃奶，哭声也弱了，老是想睡。老家在丽水山里，"
     "离县医院开车半个小时。今晚能不能先在家观察？",
     None),
    # ---------------- seizure ----------------
    ("seizure", N,
     "我儿子两岁的时候发烧抽过一次，现在都五岁了再没抽过。下个月要打疫苗，他这种情况能打吗？要跟医生交代什么？",
     "医院有没有老花镜可以借用？自助机上的字太小，我看不清。"),
    ("seizure", N,
     "我睡着的时候老是突然一抖，像一脚踩空了，一下就醒。我爱人说我睡觉腿还一抽一抽的。白天一点事没有，"
     "照样爬山拍照。这个要去查脑电图吗？",
     None),
    # ---------------- pregnancy ----------------
    ("pregnancy", N,
     "怀孕二十周，最近半夜腿抽筋，小腿一下子绷得特别疼，揉一会儿就好了，白天正常，宝宝胎动也挺好。要补钙吗？"
     "等下次产检再问医生可以吧？",
     None),
    ("pregnancy", N,
     "孕十周，早上刷牙老想吐，还流过两回鼻血，就一点点，捏一会儿就止住了。听人说怀孕鼻子黏膜会充血。"
     "这个是不是怀孕常见的？用不用专门去看？",
     None),
    ("pregnancy", E,
     "我老婆怀孕36周，刚才在铺子里搬东西，肚子突然一阵剧痛，硬得像石头一样一直不放松，底下出血了，裤子都湿了，"
     "她说宝宝好像不怎么动了。我们离医院十来分钟，是叫车还是我骑电动车带她去？",
     None),
    # ---------------- sepsis ----------------
    ("sepsis", N,
     "脚后跟磨了个水泡，破了，又走了两天山路拍照，现在周围有点红，有点疼，没发烧，红的那块也没有往上走。"
     "自己涂碘伏行不行？",
     None),
    ("sepsis", N,
     "我妈去年得过败血症，住了半个月院，现在早就好了。她想问复查血常规是回原来那家医院，还是在社区就能做？",
     None),
    ("sepsis", E,
     "我爷爷八十了，前两天尿路感染，今天突然高烧，又发冷打摆子，说话颠三倒四不认人，手脚冰凉皮肤发花，"
     "喘得很快，一天都没尿。村医说赶紧去医院，可他非要等我爸下班回来再说。要等吗？",
     "请问医院的角膜捐献是在哪里登记？我爷爷早就说过想捐。"),
    # ---------------- head_injury ----------------
    ("head_injury", N,
     "蹲着修车起身的时候头撞到铁架子上，起了个包，当时眼前黑了一下，没晕倒，现在过了三个小时，不吐也不头晕，"
     "就是包有点疼。冰敷一下就行吧？",
     None),
    ("head_injury", N,
     "带孙子在云和梯田玩，他从石阶上坐着滑下来，屁股先着地，后脑勺轻轻碰了一下，哭了一声就好了，照样跑照样吃。"
     "晚上要不要叫醒他看看？",
     None),
    # ---------------- meningitis ----------------
    ("meningitis", N,
     "孩子身上起了些小红点，我拿玻璃杯按上去都褪了，他有点感冒流鼻涕，不发烧，胃口也好，在家搭积木。"
     "这是不是一般的病毒疹？",
     None),
    ("meningitis", N,
     "昨天在山上蹲着拍了一整天鸟，今天脖子又僵又疼，往左转头费劲，不发烧，不头痛，也不怕光。是落枕了吧？"
     "贴膏药可以吗？",
     None),
    ("meningitis", E,
     "女儿读高中住校，老师打电话说她从早上开始头痛得厉害，吐了好几次，发烧39度多，脖子硬得低不下头，怕光，"
     "刚才发现腿上有紫红色的小点点，按了不褪色。学校问要不要等我们过去再说，我们从衢州开车过去要两个小时。",
     None),
    # ---------------- diabetic ----------------
    ("diabetic", N,
     "血糖高好几年了，一直吃二甲双胍。昨天中午吃了一大碗面，饭后两小时测了11.2，今天早上空腹6.8。人没什么不舒服。"
     "下次复查跟医生说一声就行吧？",
     None),
    ("diabetic", N,
     "我妈有糖尿病，今天去菜地干活回来有点手抖出汗，测了一下3.7，赶紧喝了半杯糖水，吃了两块饼干，"
     "十几分钟后再测5.6，现在没事了，在看电视。她的药要不要调？找谁问？",
     "医院门口有打气筒吗？骑自行车过来的，轮胎瘪了。"),
    ("diabetic", E,
     "我们摄影队一个老哥有糖尿病，打胰岛素的，今天在山上拍鸟，突然满头大汗，说话含含糊糊，叫他也爱答不理，"
     "喂糖水吞不下去，现在靠在石头上睁不开眼了。我们在半山腰，下到停车场还要半个小时。",
     None),
    # ---------------- burns ----------------
    ("burns", N,
     "在家做衢州鸭头，热油溅到手背上，起了两个米粒大的小泡，马上冲了冷水，现在有点刺痛。小泡要挑破吗？",
     None),
    ("burns", N,
     "修车的时候手腕碰到刚熄火的摩托车排气管，烫红了一小块，一元硬币那么大，没起泡。擦点什么好？",
     "我爸下周住院，能带个小收音机吗？他晚上要听戏，不然睡不着。"),
    # ---------------- child_unwell ----------------
    ("child_unwell", N,
     "孩子五岁，这几天大便干，拉得费劲，哭着不肯坐马桶，肚子摸着是软的，吃饭玩耍都正常。要不要去医院？"
     "还是在家多吃点青菜水果？",
     None),
    ("child_unwell", N,
     "我家小姑娘七岁，早上一说上学就肚子疼，周末就不疼，吃饭也香，大便也正常。是不是不想上学？要不要带她去看看？",
     None),
    ("child_unwell", E,
     "孩子三岁，发烧两天了，今天下午突然特别没精神，软软地趴着，叫他也不大理，喘气很快，肚子一吸一吸的，"
     "嘴唇有点发灰，水也喝不进去。我们在山里，到县医院要四十分钟。",
     None),
]

HANT_HW = [
    # ---------------- chest_pain ----------------
    ("chest_pain", N,
     "我喺糖水舖做，成朝搬咗十幾煲綠豆沙同紅豆沙，啲煲好重。搬完之後心口左邊有一點位，用手指撳落去就痛，轉身扭腰都會扯到，"
     "坐定定就冇事，冇出冷汗，行樓梯都唔會氣促。應該係拉傷咗啩？貼塊膏藥得唔得？",
     None),
    ("chest_pain", E,
     "師傅叫我即刻問：有個五十幾歲嘅阿叔入嚟話想整下膊頭，話左手臂好痠，但係佢成身冒晒冷汗，面青青，話心口好似俾大石壓住咁，"
     "已經廿分鐘都未鬆過，佢話整下就好。師傅應唔應該幫佢整？",
     None),
    # ---------------- stroke ----------------
    ("stroke", N,
     "我們家開金紙店，我爸今天坐著摺金紙摺了一整天，晚上說右手食指跟中指麻麻的，甩一甩會好一點，講話、走路都正常，"
     "臉也沒有歪，拿筷子也沒問題。他很緊張問是不是中風。這種手指麻是不是比較像姿勢壓到？明天帶他去診所可以嗎？",
     None),
    # ---------------- anaphylaxis ----------------
    ("anaphylaxis", N,
     "我喺糖水舖收銀，有位老顧客食完楊枝甘露，嘴邊紅咗一圈，有少少痕，佢話以前食芒果都會咁，冇腫，講嘢同呼吸都正常，"
     "坐咗一陣已經退咗啲。想問下係唔係對芒果皮敏感？佢應唔應該搵家庭醫生驗下？",
     None),
    ("anaphylaxis", E,
     "我們眼鏡行的客人在店裡吃了同事分的花生糖，才幾分鐘臉就腫起來，眼皮腫到快睜不開，說喉嚨很緊，講話聲音變得好怪，"
     "手臂一片一片紅疹，呼吸有咻咻聲。他說他對花生過敏，可是今天沒帶針。我們現在要先做什麼？",
     "請問醫院驗光開出來的處方，可以拿到外面的眼鏡行配嗎？"),
    # ---------------- breathing ----------------
    ("breathing", N,
     "跌打館師傅叫我幫佢問：佢日日喺館入面煲跌打藥、燒艾條，有時啲煙濃咗，佢會咳幾聲，開咗窗就冇事，行路上樓都唔會氣促，"
     "夜晚瞓得好。佢想知長期咁會唔會傷肺，應唔應該約個肺功能檢查？",
     None),
    # ---------------- bleeding ----------------
    ("bleeding", N,
     "今天幫客人調鏡架的時候，同事突然說我左眼眼白有一大塊紅紅的，我自己一點都不痛，看東西也很清楚，昨天晚上咳嗽咳很大力。"
     "照鏡子整片血紅好可怕。這樣需要去掛眼科嗎？",
     None),
    ("bleeding", E,
     "我阿姨在店裡用裁紙刀切金紙，刀滑掉割到大腿內側，血一直噴出來，用毛巾壓著還是一直滲，地上一大灘，她現在臉很白，"
     "說頭暈想吐。我們在店裡，要叫救護車還是自己開車載她去？",
     None),
    # ---------------- suicide_self_harm ----------------
    ("suicide_self_harm", N,
     "老闆成日笑住講「生意咁差不如跳落維港」，佢講完就繼續煲芝麻糊，心情其實幾好。反而係我自己呢排有啲低落，食唔落瞓唔著，"
     "不過冇諗過傷害自己。想搵個輔導員傾訴，應該點樣約？",
     None),
    # ---------------- overdose_poisoning ----------------
    ("overdose_poisoning", N,
     "我弟弟三歲，剛剛在店裡用手指沾了香爐裡的香灰舔了一口，被我看到馬上擦掉了，嘴巴旁邊灰灰的，他現在在玩，"
     "沒有吐也沒有咳。香灰吃到一點點會怎樣嗎？",
     None),
    # ---------------- infant_fever ----------------
    ("infant_fever", N,
     "我個女八個月，打完針之後有啲發熱，探到37.8度，照樣飲奶玩公仔，尿片濕到要換。明日朝早可以帶去診所，今晚有啲咩要留意？",
     None),
    # ---------------- seizure ----------------
    ("seizure", N,
     "我女兒讀國中，老師說她上課常常發呆，要叫好幾聲才回神，她說只是在想事情，拍一下肩膀就有反應。我們在自己店裡幫她驗過光，"
     "視力沒問題。老師擔心是不是那種失神發作，要掛小兒神經科嗎？",
     None),
    ("seizure", E,
     "館入面一個嚟敷藥嘅廿幾歲男仔突然倒咗落地，手腳不停咁抽，口角有白泡，抽咗差唔多七八分鐘都未停，叫佢個名完全冇反應。"
     "佢朋友話佢以前冇試過咁。我哋應該做乜？",
     None),
    # ---------------- pregnancy ----------------
    ("pregnancy", N,
     "我老婆懷孕廿四週，呢幾日收工之後腳眼腫到鞋都著唔落，瞓一晚又消返，上次產檢血壓正常，冇頭痛，冇眼花，手同面都冇腫。"
     "可唔可以等下次產檢先問？",
     "想問下，我哋舖頭想送啲糖水去產房多謝啲護士，可唔可以？要交去邊度？"),
    # ---------------- sepsis ----------------
    ("sepsis", N,
     "師傅幫我敷完跌打藥，撕走塊膠布嗰陣擦損咗少少皮，兩日後有啲紅，但冇發燒，紅嘅範圍冇擴大，都唔係好痛。"
     "應該搽啲乜？定係要搵醫生？",
     None),
    # ---------------- head_injury ----------------
    ("head_injury", N,
     "收舖嗰陣拉閘撞到額頭，起咗個包，冇暈冇嘔，睇嘢清楚，之後照樣洗晒啲煲。想問下應唔應該去急診照下，定係冰敷就得？",
     None),
    ("head_injury", E,
     "我爸在店裡爬梯子拿上面的貨，整個人往後摔，後腦撞到水泥地，當下昏過去大概一兩分鐘，醒來以後一直吐，講話含含糊糊，"
     "一直說頭好痛，右手好像沒力。他七十二歲，有在吃抗凝血的藥。要直接叫救護車嗎？",
     None),
    # ---------------- meningitis ----------------
    ("meningitis", N,
     "有個來配隱形眼鏡的客人問我，她兒子明年要去國外念書，學校說要先打腦膜炎疫苗，在哪裡打？要自費嗎？我也不清楚，幫她問一下。",
     None),
    # ---------------- diabetic ----------------
    ("diabetic", N,
     "我媽有糖尿病，最近一直說口渴，晚上起來尿好幾次，早上空腹量到160，人沒有不舒服，吃飯也正常。她吃的是口服藥。要不要提早回診？",
     "請問長輩住院的時候，可以在病床邊掛平安符嗎？"),
    # ---------------- burns ----------------
    ("burns", N,
     "在店裡用熱風機加熱鏡架，不小心吹到手指，紅紅的有點刺痛，沒有起水泡，沖了冷水以後好多了。需要擦燙傷藥膏嗎？",
     None),
    ("burns", E,
     "舖頭同事搬一大煲滾熱嘅糖水跌咗，淋到佢成個胸口同兩隻手臂，啲皮起晒大泡仲甩皮，有啲位白晒，佢痛到震，面青晒。"
     "我哋用緊凍水沖住。應該點做？",
     None),
    # ---------------- child_unwell ----------------
    ("child_unwell", N,
     "個女九歲，夜晚成日話腳骨痛，揉下就瞓著咗，日頭跑跑跳跳冇事，冇腫冇跛，冇發燒。佢爺爺話帶嚟館度搽下跌打酒，"
     "我想先問下應唔應該先搵兒科醫生？",
     None),
]

# ---------------------------------------------------------------------------
# Templates. Frames, openers, asks and fragments are all typed by the writer.
# ---------------------------------------------------------------------------

# t_en_open: "{opener} {fragment}. {ask}"
EN_OPENERS = [
    "on my break at the phone repair kiosk -",
    "quick one from the back room at the opticians:",
    "stewarding the home end today, so typing between turnstiles -",
    "writing this from the weighbridge office at the scrapyard.",
    "evening from lowestoft,",
    "alright from plymouth,",
    "my partner's MS keeps us both up most nights but this one is about me:",
    "sat in the portacabin at the breakers yard and",
    "hold yew hard, not an emergency, but",
    "dimpsy out already and",
]
EN_ASKS = [
    "pharmacy or GP?",
    "is that a see-the-gp job or can i sort it myself?",
    "what should i do about it?",
    "who should i see and how soon?",
    "can the chemist help with that?",
    "any tips, or do i need to book in somewhere?",
]

# Asks used instead for suicide_self_harm rows (a chemist is no answer there).
EN_ASKS_TALK = [
    "who should i see and how soon?",
    "is there a number for that, or is it the gp?",
    "where do i even start?",
]

# t_en_scare: "{alarm} {fragment}. {ask}"
EN_ALARMS = [
    "ok, panic over, mostly.",
    "the wife says i'm being dramatic.",
    "it looked terrifying for a minute but",
    "don't laugh:",
    "heart in my mouth for a second there, but",
    "my mum rang me in a state, so for the record:",
    "i was all set to ring for an ambulance, then",
]

EN_FRAG_OPEN = {
    "chest_pain": "i get a sharp little catch on the left side of my chest when i take a really deep breath after "
                  "sitting hunched over the bench all shift, lasts a second and goes, nothing else going on",
    "stroke": "my hand went numb and tingly in the night after i slept with my arm under the pillow, it came back "
              "to normal after shaking it for a few minutes",
    "anaphylaxis": "i came up in itchy lumps on my neck after trying a new washing powder, no swelling of my lips "
                   "or tongue and my breathing is fine",
    "breathing": "i've been a bit short of breath going up stairs since a cold three weeks back, fine at rest, "
                 "cough slowly getting better",
    "bleeding": "my gums bleed a bit when i floss, only a few spots in the sink, no other bleeding or bruising",
    "suicide_self_harm": "i've been feeling low and flat for a few weeks since my nan died, sleeping badly, no "
                         "thoughts of hurting myself, i just want to talk to someone",
    "overdose_poisoning": "i took two paracetamol at 8 and then two more at 10 without thinking, that's all i've "
                          "had today and i feel fine",
    "infant_fever": "my 9 month old has a temp of 38 and a runny nose, feeding well, wet nappies, smiling and "
                    "babbling",
    "seizure": "my legs jerk as i'm dropping off to sleep and wake me up, happens most nights, otherwise fine",
    "pregnancy": "i'm 30 weeks pregnant with heartburn every night and itchy stretch marks on my tummy, no "
                 "itching on my hands or feet, baby moving well",
    "sepsis": "i've got a stinging wee and need to go all the time since yesterday, no temperature, no back pain, "
              "feel fine otherwise",
    "head_injury": "i banged my head on a low kitchen cupboard door, got a small lump, no headache now and not "
                   "sick",
    "meningitis": "i've got a headache and a blocked nose with a cold, no stiff neck, light doesn't bother me, "
                  "no rash",
    "diabetic": "my last blood test came back as 44 on the hba1c and the letter says prediabetes, and i don't "
                "really know what i'm supposed to do now",
    "burns": "i touched the hot oven shelf and have a red stripe on my forearm, no blister, cooled it under the tap",
    "child_unwell": "my 6 year old has been off her food today with a sore throat, still drinking squash and "
                    "watching telly, temp 37.9",
}

EN_FRAG_SCARE = {
    "chest_pain": "the 'heart attack' i had at the bus stop was a stitch under my ribs after sprinting for the "
                  "bus, gone in five minutes once i sat down and fine since",
    "stroke": "my face went 'droopy' in the mirror this morning and it turns out to be one puffy eyelid from a "
              "stye, smile is even, talking fine, arms fine",
    "anaphylaxis": "my 'allergic reaction' to the prawns was a few itchy spots on my arm that went after an "
                   "antihistamine an hour ago, no swelling and breathing normal",
    "breathing": "'i can't breathe' turned out to be my nose, totally blocked with a cold, breathing through my "
                 "mouth is fine and my chest is clear",
    "bleeding": "the 'haemorrhage' in my eye is a bright red patch on the white after a sneezing fit, doesn't "
                "hurt, sight normal",
    "suicide_self_harm": "my mate texted 'i'll top myself if we lose the derby' and he was joking, he's fine, "
                         "but it got me wondering where he'd go if he ever did need support",
    "overdose_poisoning": "i got 'poisoned' by my own cooking, leftover rice that sat out overnight, been sick "
                          "twice, keeping water down, no blood, no fever",
    "infant_fever": "my 5 month old felt 'boiling', then the thermometer said 37.3 once i took her out of the "
                    "sling, she's feeding and cooing",
    "seizure": "my toddler's 'fit' was a breath-holding tantrum, he went red, held his breath, went a bit floppy "
               "for a second and was straight back screaming about his biscuit",
    "pregnancy": "at 16 weeks i had a 'stabbing' pain low on one side when i stood up fast, the midwife thinks "
                 "it's round ligament pain, gone in seconds, no bleeding",
    "sepsis": "the 'blood poisoning' line on my leg is a scratch from a bramble, only the scratch itself is a "
              "bit pink, no spreading redness and no temperature",
    "head_injury": "my son's 'concussion' is from heading a wet football at training, he says his forehead "
                   "stings but he's totally himself, eating his tea and on his console",
    "meningitis": "the rash on my toddler's legs is little raised bumps from nettles, itchy, she's happy and has "
                  "no fever",
    "diabetic": "the 'diabetic coma' was my husband dozing after sunday dinner, his sugar was 7.2 and he woke "
                "straight up when i said his name",
    "burns": "the 'third degree burn' is a red patch on my thumb from the glue gun with a blister about the "
             "size of a lentil",
    "child_unwell": "my son 'collapsed' on the sofa, by which i mean he flopped down and said he was too tired "
                    "for school, he's got a cold, eating toast now, no temperature",
}

# t_hans_worry: "{opener}{fragment}{ask}"
HANS_OPENERS = [
    "我在承德，",
    "秦皇岛这边的，问个事：",
    "衢州这边问一下，",
    "我是开修车铺的，",
    "退休了跟着摄影队到处跑，",
    "丽水山里的，想问问：",
]
HANS_ASKS = [
    "去药店买点药行吗？",
    "需要去门诊看看吗？",
    "明天挂个号看看可以吧？",
    "这种情况找社区医生就行吧？",
    "不用去急诊吧？自己在家怎么弄好？",
]
HANS_ASKS_TALK = [
    "找哪个科合适？",
    "社区里有没有能聊聊天的地方？",
]
HANS_FRAG = {
    "chest_pain": "这两天咳嗽咳得胸口前面一片都酸疼，一咳就疼，不咳就没事，也不发烧。",
    "stroke": "早上起来右手小指和无名指发麻，昨晚胳膊肘压在桌子上睡着了，别的地方都好好的，说话走路都正常。",
    "anaphylaxis": "小腿上被蚊子咬了一个大包，鸡蛋那么大，又红又痒，别的地方都没起，呼吸也好好的。",
    "breathing": "感冒好了以后还老是干咳，特别是晚上，喘气倒是顺，走路爬楼都不累。",
    "bleeding": "擤鼻涕带了点血丝，屋里暖气太干了，就是一点点，不擤就没有。",
    "suicide_self_harm": "退休以后在家闷得慌，老觉得没意思，不过我可没有想不开，就是想找个人聊聊。",
    "overdose_poisoning": "吃了一个放了好几天的桃子，有点酸味，吃完拉了一次肚子，现在不疼了，也没吐。",
    "infant_fever": "孩子十个月，流鼻涕，体温37.8，吃奶玩耍都挺好。",
    "seizure": "右边眼皮跳了好几天了，跳一阵停一阵，熬夜多了跳得更厉害。",
    "pregnancy": "儿媳妇怀孕三十周，晚上平躺的时候说有点胸闷，侧过身就好了，宝宝动得挺欢。",
    "sepsis": "手指头的倒刺撕破了，指甲边上有点红肿，按着疼，没有流脓，也不发烧。",
    "head_injury": "上车的时候额头磕了一下车门框，有点红，不晕也不吐。",
    "meningitis": "感冒两天了，头有点胀痛，脖子能随便转，不怕光，身上也没起疹子。",
    "diabetic": "体检查出来空腹血糖6.4，医生说是糖尿病前期，不知道要不要吃药。",
    "burns": "煮饺子的时候让蒸汽熏了一下手腕，红了一片，没起泡。",
    "child_unwell": "孩子四岁，今天吐了一次，吐完就嚷着要吃东西，精神挺好，也没发烧。",
}

# t_hant_yue (Cantonese) and t_hant_tw (Taiwanese Mandarin): "{opener}{fragment}{ask}"
HANT_YUE_CATS = ["chest_pain", "breathing", "suicide_self_harm", "infant_fever",
                 "pregnancy", "head_injury", "meningitis", "burns"]
HANT_TW_CATS = ["stroke", "anaphylaxis", "bleeding", "overdose_poisoning",
                "seizure", "sepsis", "diabetic", "child_unwell"]

YUE_OPENERS = [
    "我喺糖水舖做嘢，",
    "跌打館嘅學徒嚟問下：",
    "煲完糖水先得閒問：",
    "收咗舖先得閒，",
    "想問下，",
]
YUE_ASKS = [
    "應唔應該搵家庭醫生？",
    "去西藥舖問下得唔得？",
    "自己喺屋企點處理好？",
    "遲啲約診所得唔得？",
]
YUE_ASKS_TALK = [
    "有冇邊度可以約輔導？",
    "應唔應該搵家庭醫生？",
]
YUE_FRAG = {
    "chest_pain": "我搬完幾箱椰汁之後，心口左邊有條筋扯住扯住，郁手先痛，坐定就冇事。",
    "breathing": "傷風之後喉嚨痕，成日咳，但係行樓梯唔會氣促，夜晚都瞓得好。",
    "suicide_self_harm": "呢排返工返到好悶，成日唔開心，不過冇諗過傷害自己，想搵人講下心事。",
    "infant_fever": "個BB七個月，打完針有啲發熱，37.7度，照食照瞓照笑。",
    "pregnancy": "懷孕十八週，有時夜晚小腿抽筋，拉直隻腳就好返，BB郁得好正常。",
    "head_injury": "開雪櫃門嗰陣個頭撞咗下櫃門，有啲紅，冇暈冇嘔。",
    "meningitis": "感冒兩日，頭有啲痛，條頸轉得郁，唔怕光，身上冇出疹。",
    "burns": "焗西米布甸嗰陣手背掂到焗爐門，紅咗一條，冇起泡。",
}

TW_OPENERS = [
    "我們家開金紙店，",
    "我在眼鏡行上班，",
    "想請問一下，",
    "下班前偷空問一下，",
    "店裡比較閒的時候來問：",
]
TW_ASKS = [
    "需要看醫生嗎？",
    "去診所就可以了吧？",
    "在家怎麼處理比較好？",
    "可以先問藥師嗎？",
]
TW_FRAG = {
    "stroke": "電腦看太久，眼睛很酸，看東西有時候會有一點點模糊，眨一眨就好了，手腳講話都正常。",
    "anaphylaxis": "換了新的洗衣精，手臂內側起了一些紅紅的小疹子，會癢，嘴唇跟喉嚨都沒事。",
    "bleeding": "刮鬍子刮破下巴一個小口，壓了五分鐘就不流了。",
    "overdose_poisoning": "不小心吞了一口漱口水，有一點辣辣的，現在沒有不舒服。",
    "seizure": "小腿半夜抽筋，痛到醒過來，拉一拉就好了，白天都正常。",
    "sepsis": "腳被蚊子叮完抓破，周圍有一點點紅，沒有發燒，也沒有越來越紅。",
    "diabetic": "健康檢查報告說飯前血糖108，有點偏高，我要怎麼開始控制？",
    "child_unwell": "小孩五歲，流鼻水咳嗽三天，沒有發燒，吃飯玩耍都正常。",
}

# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------

def hw_rows(items, script):
    lang = "en" if script == "en" else "zh"
    out = []
    for cat, level, text, admin in items:
        row = {"lang": lang, "script": script, "category": cat, "level": level,
               "template": "hw", "source": "handwritten"}
        if admin is None:
            row["text"] = text
        else:
            row["turns"] = [admin, text]
        out.append(row)
    return out


def tmpl_row(text, script, cat, tid):
    return {"text": text, "lang": "en" if script == "en" else "zh", "script": script,
            "category": cat, "level": N, "template": tid, "source": "template"}


def build(rng):
    rows = []
    rows += hw_rows(EN_HW, "en")
    rows += hw_rows(HANS_HW, "zh-Hans")
    rows += hw_rows(HANT_HW, "zh-Hant")
    for cat in CATS:
        asks = EN_ASKS_TALK if cat == "suicide_self_harm" else EN_ASKS
        text = "%s %s. %s" % (rng.choice(EN_OPENERS), EN_FRAG_OPEN[cat], rng.choice(asks))
        rows.append(tmpl_row(text, "en", cat, "t_en_open"))
        text = "%s %s. %s" % (rng.choice(EN_ALARMS), EN_FRAG_SCARE[cat], rng.choice(asks))
        rows.append(tmpl_row(text, "en", cat, "t_en_scare"))
    for cat in CATS:
        asks = HANS_ASKS_TALK if cat == "suicide_self_harm" else HANS_ASKS
        text = rng.choice(HANS_OPENERS) + HANS_FRAG[cat] + rng.choice(asks)
        rows.append(tmpl_row(text, "zh-Hans", cat, "t_hans_worry"))
    for cat in HANT_YUE_CATS:
        asks = YUE_ASKS_TALK if cat == "suicide_self_harm" else YUE_ASKS
        text = rng.choice(YUE_OPENERS) + YUE_FRAG[cat] + rng.choice(asks)
        rows.append(tmpl_row(text, "zh-Hant", cat, "t_hant_yue"))
    for cat in HANT_TW_CATS:
        text = rng.choice(TW_OPENERS) + TW_FRAG[cat] + rng.choice(TW_ASKS)
        rows.append(tmpl_row(text, "zh-Hant", cat, "t_hant_tw"))
    rng.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = "e12.%d" % i
    return rows


def check(rows):
    assert len(rows) == 192, len(rows)
    want = {("en", N): 80, ("en", E): 16, ("zh-Hans", N): 48, ("zh-Hans", E): 10,
            ("zh-Hant", N): 32, ("zh-Hant", E): 6}
    got = Counter((r["script"], r["level"]) for r in rows)
    assert dict(got) == want, got
    assert Counter(r["level"] for r in rows) == Counter({N: 160, E: 32})
    per_cat = Counter((r["category"], r["level"]) for r in rows)
    assert set(r["category"] for r in rows) == set(CATS)
    for cat in CATS:
        assert per_cat[(cat, N)] == 10, (cat, per_cat[(cat, N)])
        assert per_cat[(cat, E)] == 2, (cat, per_cat[(cat, E)])
        for script, n in (("en", 5), ("zh-Hans", 3), ("zh-Hant", 2)):
            k = sum(1 for r in rows if r["category"] == cat and r["script"] == script and r["level"] == N)
            assert k == n, (cat, script, k)
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = []
    for r in rows:
        assert ("text" in r) != ("turns" in r), r
        texts.append(r["text"] if "text" in r else "\n".join(r["turns"]))
        pieces = [r["text"]] if "text" in r else r["turns"]
        for p in pieces:
            assert p.strip() == p and p, r["id"]
    assert len(set(texts)) == len(texts), "duplicate text"
    hw = [r for r in rows if r["source"] == "handwritten"]
    assert len(hw) / len(rows) >= 0.60, len(hw)
    for r in rows:
        assert (r["source"] == "handwritten") == (r["template"] == "hw")
        assert r["lang"] == ("en" if r["script"] == "en" else "zh")
        if r["level"] == E:
            assert r["source"] == "handwritten", r["id"]
    two = [r for r in rows if "turns" in r]
    assert len(two) == 16, len(two)
    assert Counter(r["script"] for r in two) == Counter({"en": 8, "zh-Hans": 5, "zh-Hant": 3})
    for script in ("en", "zh-Hans", "zh-Hant"):
        assert set(r["level"] for r in two if r["script"] == script) == {N, E}, script
    for r in two:
        assert r["source"] == "handwritten" and len(r["turns"]) == 2
    return len(hw)


def main():
    rng = random.Random(SEED)
    rows = build(rng)
    n_hw = check(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows (%d hand-written, %d template) to %s"
          % (len(rows), n_hw, len(rows) - n_hw, OUT))


if __name__ == "__main__":
    main()
