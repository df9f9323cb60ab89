#!/usr/bin/env python3
"""Generate triage.jsonl for the blind "everyday complaints" triage set 1 (e1).

Standard library only, deterministic (random.Random(31337)).  Every hand-written text below was
typed by the set's writer; template rows combine hand-written scenario fragments with openers
and questions.  Run:  python3 make_everyday1.py
"""
import json
import os
import random
import re

N = "none"
E = "emergency"

EN_HW = [
# ---- emergencies (40) ----
("chest_pain", E, "bit of heartburn since tea, thought it was the chilli, but now its going up into my jaw and down my left arm and I'm sweating buckets sat still. had a rennie, nothing. should I take another one or what"),
("chest_pain", E, "My dad (67) says it's just indigestion and won't let me fuss. He's gone a grey colour, says it feels like someone is sat on his chest, been about 25 mins, and he's been sick once. He wants to sleep it off. Can he take a gaviscon and go to bed?"),
("chest_pain", E, "working from home, just came off a call - tight heavy feeling in the middle of my chest for the last 20 min, feel clammy and a bit short of breath, left shoulder aches. I'm 52 and smoke. meeting at 3, can I push through and ring the GP after?"),
("stroke", E, "my wife was fine at breakfast, now her tea is dribbling out one side of her mouth and her words are coming out muddled, she keeps saying she's just tired. started maybe 20 minutes ago. shall I let her have a lie down?"),
("stroke", E, "weird one - typing this with my left hand as my right hand went heavy and useless about 15 mins ago, and the right side of my face feels numb. no pain. I'm 44. do I need to see the GP this week?"),
("anaphylaxis", E, "had a takeaway satay about half hour ago (didnt know there was peanut in it), lips puffed up, now my throat feels tight and my voice sounds funny and I feel faint. took a piriton. is that enough?"),
("anaphylaxis", E, "Got stung by a wasp in the garden 10 mins ago. Now itchy all over with blotches, face swelling, and I'm wheezing. Never reacted before. Antihistamine and a lie down?"),
("anaphylaxis", E, "started the new antibiotic the GP gave me this morning, 2nd tablet an hour ago, now my tongue feels too big and I'm struggling to swallow, and the rash is spreading fast. stop the tablets and see GP tmrw?"),
("breathing", E, "Had a cold for a week, thought it was getting better, but tonight my son (9) is breathing really fast, can only say a couple of words at a time and the skin between his ribs is sucking in. His blue inhaler isn't touching it. Do we wait for the GP in the morning?"),
("breathing", E, "me again, chest infection, on antibiotics since monday. now i'm too breathless to get up the stairs or finish a sentence and my lips look a bit blue in the mirror. is it ok to double up on the antibiotics?"),
("bleeding", E, "cut my hand on a broken glass washing up, been pressing with a tea towel for 20 minutes and it's still pouring through, it sort of pulses out when I let go. fingers feel a bit numb. do I need a plaster or steri strips?"),
("bleeding", E, "my nan's on warfarin, nosebleed started an hour ago, she's been pinching it properly, it's not stopping, she's swallowing lots of blood and now she's gone pale and dizzy. we have a GP appointment on thursday anyway"),
("bleeding", E, "bit of an upset stomach, then I was sick and it was like coffee grounds with some bright red, twice. feel faint when I stand. I've been taking a lot of ibuprofen for my back. what can I eat to settle my stomach?"),
("suicide_self_harm", E, "since the breakup I've been rubbish. I've been saving up my tablets and I've got enough now, I've decided tonight's the night, I just wanted to tell someone. not asking for anything really."),
("suicide_self_harm", E, "my flatmate has been low since losing his job, he just messaged me from the bridge saying sorry and goodbye, and now he's not answering his phone. should I book him in to see a counsellor?"),
("overdose_poisoning", E, "took a load of paracetamol yesterday after a row, maybe 20-odd, I feel completely fine now, bit of a sore tummy. it's fine now isn't it, I don't want to waste anyone's time"),
("overdose_poisoning", E, "my 2 year old had one of those little round button batteries from the kitchen scales in her mouth, now we can't find it and she's drooling and gagging a bit. she's still playing. will it just come out the other end?"),
("overdose_poisoning", E, "Grandad's pill organiser got knocked over and my 3-yr-old ate some - we think 4 or 5 of the heart ones (bisoprolol) and a couple of the water tablets, about 30 mins ago. He seems sleepy. Can I make him sick?"),
("infant_fever", E, "My baby is 6 weeks and she's 38.2 on the thermometer. She's feeding ok, bit grizzly. Can I give her calpol and see the GP tomorrow?"),
("infant_fever", E, "first time dad here. our lad is 9 weeks old, felt hot, 38.5 under the arm, and hes not interested in his bottle and hes really sleepy, hard to wake for a feed. health visitor comes friday - wait till then?"),
("seizure", E, "my teenage brother just went stiff and then started jerking all over on the sofa, he's never done it before, it stopped after a couple of minutes but he's really drowsy and not making sense. Mum says let him sleep it off"),
("seizure", E, "My husband has epilepsy, he's been fitting now for about 6 minutes, his usual ones stop after 1-2. we've got buccal midazolam in the drawer but I don't know if we should use it. can I ring his neuro nurse in the morning?"),
("seizure", E, "toddler had a febrile convulsion last year and was fine after. he's shaking again now, 7 or 8 minutes so far, and his lips are going dusky. is calpol the right thing?"),
("pregnancy", E, "32 weeks, thought it was just a bad headache after work but now I'm seeing flashing lights, my face and hands have puffed up loads today and there's a pain under my ribs on the right. paracetamol and sleep?"),
("pregnancy", E, "7 weeks pregnant. had a really sharp pain low on the left all afternoon, now there's pain in the tip of my shoulder and I nearly fainted on the loo. a little spotting. my early scan is next week, should I just wait for that?"),
("sepsis", E, "Mum (78) had a water infection, GP gave her antibiotics Monday. Today she's not herself at all, muddled, shivering, breathing fast, blotchy purple-ish knees and hasn't passed water since this morning. She says she's fine, just wants her bed. Should we phone the surgery tomorrow?"),
("sepsis", E, "tummy bug for 3 days, now I can't keep even sips of water down, haven't weed since yesterday, heart is racing and I feel cold and shaky and properly confused, keep losing track of what I'm typing. what tablets stop vomiting"),
("sepsis", E, "the cat scratch on my arm went red, now there's a red line going up to my armpit, I'm 39.6, shaking all over, heart going like the clappers and I nearly passed out getting up. GP can see me next Wednesday - ok?"),
("head_injury", E, "my son (11) banged his head on the goalpost at football about 2 hrs ago, seemed fine, but he's been sick twice since and he keeps asking the same questions over and over. is it ok for him to go to bed?"),
("head_injury", E, "Mum's on apixaban, she slipped in the garden and hit her head on the patio about an hour ago. There's a big lump and now she's getting a headache and is a bit vague. she's adamant she doesn't want a fuss. Ice pack and keep an eye?"),
("meningitis", E, "flu-ish since lunch, now a horrible headache, my neck is so stiff I can't put chin to chest, light is hurting my eyes and there's a few purple spots on my legs that don't go when I press a glass on them. Just want to know if I can take ibuprofen with lemsip"),
("meningitis", E, "my 3 year old has a temperature and tiny purple-red dots on her tummy, I did the glass test and they don't fade. she's quite sleepy. calpol hasn't brought it down. out of hours line or wait for the GP at 8?"),
("meningitis", E, "uni student here, my housemate has been throwing up and has a really bad headache and fever, now she's confused and can't stand the light, and her hands and feet are freezing. we think it's freshers flu. what should we get from the shop"),
("diabetic", E, "my husband is type 1, meter says 2.1, I gave him lucozade 15 mins ago but he's sweaty, slurring and now he's too drowsy to swallow properly. more sweets?"),
("diabetic", E, "My daughter (14, type 1) has been sick all day, her meter just says HI, ketones 3.8, she's breathing really deep and fast and her breath smells like pear drops. Should I keep trying the insulin and ring the diabetes team tomorrow?"),
("burns", E, "toddler pulled my cup of tea off the table onto his chest and arm, I ran it under the tap for 20 mins but the skin has come off in a big patch about the size of my hand and it's blistering. what cream should I put on?"),
("burns", E, "splashed oven cleaner in my eye, rinsed it for a minute or two, it's still burning like mad and I can't open it properly. eye drops from the chemist ok?"),
("burns", E, "my dad got a face full of flames lighting the BBQ with petrol, eyebrows gone, his nostril hairs are singed and his voice has gone hoarse and he keeps coughing. the burns on his face don't look too bad. aloe vera?"),
("child_unwell", E, "My 18 month old has had diarrhoea and vomiting since yesterday, hasn't had a wet nappy since last night, her eyes look sunken, she's floppy and barely opens her eyes when I talk to her. Do I try dioralyte?"),
("child_unwell", E, "our 4 year old has a cold, but the last hour he's grunting with each breath, his nostrils flare and he's gone a bit grey round the mouth and won't play or drink. is it just the cold?"),
# ---- none (hand-written) ----
("chest_pain", N, "Heartburn every night this week, 28 weeks pregnant, like a burning coming up my throat when I lie down. Is Gaviscon ok to buy in pregnancy or do I need to ask the midwife?"),
("chest_pain", N, "quick q: pharmacy, GP or just wait it out? burning in my chest after big meals, worse when I bend over, been on and off for 3 weeks. 34, otherwise well"),
("chest_pain", N, "Pulled something in my chest at the gym doing bench, hurts when I press on the spot and when I twist, fine otherwise. Ok to keep training legs?"),
("chest_pain", N, "had such a coughing fit with this cold that my ribs on the right ache now when I cough or laugh. breathing fine, no temperature. anything for it apart from paracetamol?"),
("chest_pain", N, "Ay up me duck, our Keith's had indigestion after the Sunday roast, belching and a bit of burning, he's had a Rennie and says it's settling. Anything else worth keeping in the cupboard?"),
("chest_pain", N, "autocorrect keeps changing Gaviscon to Gavin's con lol. anyway - heartburn after my coffee every morning, I work from home, can I take omeprazole from the chemist long term?"),
("chest_pain", N, "Ok so bit of background, I've been on nights for election week (journalist) eating takeaway and living on coffee, and for the last few days I get this burning behind my breastbone after eating, sometimes a sour taste comes up into my mouth, mostly when I lie down after a late dinner. Nothing when I walk about or climb stairs, no sweating, breathing fine. My editor says it's acid. Sleeping propped up on 2 pillows helps. Can I sort it with stuff from the chemist or does it need a GP, and how long before I should worry?"),
("stroke", N, "woke up with my whole right arm dead because I'd slept on it, took 5 minutes to come back, all normal now. just checking that's a normal thing"),
("stroke", N, "left eyelid has been twitching for a week, thesis deadline, 4 coffees a day. it's driving me mad. anything to stop it?"),
("stroke", N, "I go dizzy for a second when I jump up off the sofa too fast, then it passes. 23, drink plenty-ish. GP or is it one of those things?"),
("stroke", N, "Pins and needles in my foot after sitting cross-legged on the floor at my nephew's birthday, gone now. Do I need anything?"),
("stroke", N, "Every time I roll over in bed to the left the room spins for like 20 seconds then stops. Otherwise fine, can walk straight, no headache. Started after a cold. GP?"),
("stroke", N, "headache after a long day at the screen, across the forehead like a tight band. paracetamol usually shifts it. should I get my eyes tested?"),
("stroke", N, "My dad says his hand shakes a little when he holds his cup of tea, it's come on slowly over a year. No other problems. Worth seeing the GP?"),
("anaphylaxis", N, "hay fever's back with a vengeance, eyes streaming, sneezing on the train. which antihistamine doesn't make you drowsy, I drive for work"),
("anaphylaxis", N, "Got eaten alive by midges camping, ankles covered in itchy lumps, some swelled up a bit. No other symptoms. What cream?"),
("anaphylaxis", N, "raw apples and peaches make my mouth itch for a few minutes, cooked ones are fine. it's been like this for years. worth mentioning to the GP?"),
("anaphylaxis", N, "My son has got hives on his tummy and back after a cold, itchy, comes and goes, he's running about and eating fine, no lip or mouth swelling. Piriton ok at 6?"),
("anaphylaxis", N, "wasp got me on the thumb while I was pruning, thumb's swollen and sore, nothing else going on. not allergic that I know of. ice and an antihistamine?"),
("anaphylaxis", N, "New plasters left a red itchy square on my skin, no blisters. Just switch brand?"),
("anaphylaxis", N, "Eyes puffy and itchy every morning since we got the new cat. Rest of me is fine. Could it be the cat, and what can I buy?"),
("breathing", N, "cold for 4 days, chest feels a bit tight when I cough and I've got a rattly cough, but I can talk and walk fine and no temperature. Can I go to work?"),
("breathing", N, "Cough that won't go after a cold, 3 weeks now, dry, worse at night. Not breathless. Is it a GP thing yet?"),
("breathing", N, "My husband hev got a rum ol' cough with his cold, tight chest of a morning, he's eating and drinking fine and out in the garden. Honey and lemon or suffin stronger?"),
("breathing", N, "blocked nose for a week, can't breathe through it at night, mouth breathing, no temperature. decongestant spray ok? how long can I use it for?"),
("breathing", N, "Mild asthmatic, got a cold and needing my blue inhaler a bit more, 2-3 times a day, it works and I'm not short of breath at rest. Should I book an asthma review?"),
("breathing", N, "unfit and got puffed out running for the bus, took a couple of minutes to catch my breath. fine now. embarrassing. any tips to get fitter?"),
("breathing", N, "Hello, I am from Norway, here on exchange semester. I have a cold with cough and it is tight in the chest when I cough much, but I can walk and talk normally. Is it possible to buy cough medicine without a doctor here?"),
("bleeding", N, "Sliced the tip of my finger on the mandolin, bled quite a lot but it stopped after pressing for 10 minutes. Small flap. Butterfly strip or leave it?"),
("bleeding", N, "my 7 year old had a nosebleed at school, stopped after pinching for 10 mins. third one this month. dry weather? GP?"),
("bleeding", N, "gums bleed a little when I brush, no pain. dentist or GP?"),
("bleeding", N, "Cut myself shaving, tiny nick but it kept oozing for ages. It's stopped now. I'm not on any blood thinners. Anything to help next time?"),
("bleeding", N, "period is heavier than usual this month, changing a pad every 3-4 hours, otherwise normal, not dizzy. GP if it happens again?"),
("bleeding", N, "yinz ever seen a kid bleed so much from a wiggly tooth? it stopped after he bit on some gauze, he's eating a popsicle n'at. Do we need the dentist?"),
("bleeding", N, "I have fallen from my bicycle and my knee is scratched and it has bled, but now it has stopped. Shall I go to the doctor or only wash it? (I am Danish, my English is not perfect)"),
("suicide_self_harm", N, "my girlfriend of 3 years left, I've been crying a lot and not sleeping great, not eating much. no thoughts of hurting myself, I just feel flat. should I talk to the GP or is this normal after a breakup"),
("suicide_self_harm", N, "January, I'm an accountant, tax deadline, 14 hour days, I feel burnt out and teary and I'm snapping at my kids. Not in any danger, just want to know what support there is"),
("suicide_self_harm", N, "My dad died in the spring and I still cry when I hear his favourite songs. I'm eating and working. Is there bereavement counselling through the hospital?"),
("suicide_self_harm", N, "Exam stress: my daughter (17) is anxious, can't sleep before tests, tummy aches. she's not hurting herself and says she feels safe. What can we try?"),
("suicide_self_harm", N, "Feeling low since the clocks went back. Sleeping more, craving carbs. No dark thoughts. Is a light box any good?"),
("suicide_self_harm", N, "moved here for a new job, don't know anyone yet, evenings are lonely and I've been a bit down. I'm fine otherwise. are there any groups?"),
("overdose_poisoning", N, "Took my vitamin D twice this morning by accident (2 x 1000 units). Any harm?"),
("overdose_poisoning", N, "I think I might have taken my antihistamine twice today, cetirizine, forgot I'd had one. Feel fine. Do I need to do anything?"),
("overdose_poisoning", N, "My toddler sucked on a silica gel packet from a shoe box, the little beads, maybe swallowed a few. Fine and playing. The packet says do not eat. Worry?"),
("overdose_poisoning", N, "kiddo ate a bit of blue crayon. like the tip. he's 2. all good otherwise"),
("overdose_poisoning", N, "Swallowed a mouthful of mouthwash by mistake, feel ok, bit of a funny tummy. nothing to do?"),
("overdose_poisoning", N, "my husband took his evening statin in the morning by mistake and now he's asking can he still take tonight's. Feels fine."),
("overdose_poisoning", N, "3 yr old licked some toothpaste off the tube, a decent blob of it. She's totally fine, just wondering."),
("infant_fever", N, "Our 5 month old had her jabs yesterday and is 37.9 today, bit grumpy but feeding well and smiling. Paracetamol ok?"),
("infant_fever", N, "Daughter 2, temp 38.3, cold, still running round the living room and drinking her milk. When would I need a GP?"),
("infant_fever", N, "my son is 10 months, 38.0, teething, red cheek, dribbling, chewing everything. feeding fine. anything to give?"),
("infant_fever", N, "Baby is 7 months, warm forehead, thermometer says 37.6. She's laughing and eating her puree. Is that even a fever?"),
("infant_fever", N, "toddler 38.4 last night, gave calpol, this morning 37.3 and he's bouncing off the walls. nursery ok?"),
("infant_fever", N, "Right so long story. Our little one (11 months) started nursery 3 weeks ago and has had a cold pretty much since, snotty nose, the odd cough. Last night she felt warm and was 38.1, I gave her calpol, she slept okay-ish, woke once for milk. This morning she's 37.8, eating toast, pulling herself up on the sofa and shouting at the cat like normal, plenty of wet nappies. Work are asking if I'm in tomorrow. Does she need to be seen or can we ride it out, and how long do I keep her off?"),
("seizure", N, "just as I'm falling asleep I get this big jerk that wakes me up, like falling off a step. happens a few times a week. normal?"),
("seizure", N, "Cramp in my calf at night, wakes me up, goes after I stretch it. Anything I can take?"),
("seizure", N, "hands shaky after 3 double espressos on deadline, heart a bit quick. it's settling now. lesson learnt?"),
("seizure", N, "My baby (4 months) flings her arms out when there's a loud noise, then settles. Is that the startle reflex?"),
("seizure", N, "thumb muscle keeps flickering for a few days, not painful, no weakness. worth trying magnesium?"),
("seizure", N, "had hiccups for an hour, they've stopped now but it's the third time this week. GP?"),
("pregnancy", N, "10 weeks, morning sickness all day, being sick once or twice a day but keeping water and crackers down and weeing normally. Anything safe to take?"),
("pregnancy", N, "Can I take paracetamol for a headache at 20 weeks pregnant?"),
("pregnancy", N, "24 weeks and getting sharp twinges in my groin when I stand up or turn over in bed, goes straight away. Baby moving loads. ligament pain?"),
("pregnancy", N, "pregnant 30 wks, legs cramp at night and my ankles swell a bit by the evening, go down overnight. Midwife appt next week - mention it then?"),
("pregnancy", N, "Blocked nose the whole pregnancy, is that actually a thing? 18 weeks."),
("pregnancy", N, "constipated since I found out I'm pregnant (8 weeks). what can I take?"),
("pregnancy", N, "My wife is pregnant, 12 weeks. She is sick in the morning, vomits one time, but she drinks tea and water good and eats bread. What food is better for her? (I am from Uzbekistan, sorry for English)"),
("sepsis", N, "Tummy bug since yesterday, had the runs and was sick twice but now keeping fluids down, weeing ok. When can I go back to work in the kitchen?"),
("sepsis", N, "cold sore coming, tingly lip. aciclovir cream from the chemist?"),
("sepsis", N, "stinging when I wee since yesterday, no temperature, no back pain, feel ok otherwise. pharmacy first?"),
("sepsis", N, "Splinter from the fence, bit red around it, not spreading, I feel fine. Got most of it out. Keep an eye?"),
("sepsis", N, "flu jab yesterday, today I feel achy and shivery and my arm is sore. normal?"),
("sepsis", N, "man flu. temp 37.8, achy, sore throat. my wife says I'm being dramatic. lemsip and bed right?"),
("head_injury", N, "Stood up under the open kitchen cupboard door, whacked my head. Little lump, bit sore, no other issues, a couple of hours ago now. Ice?"),
("head_injury", N, "my 4yo bumped his head on the coffee table, cried straight away, little egg on his forehead, now playing and eating a biscuit. Do I need to keep him awake?"),
("head_injury", N, "Boot of the car came down on my head (thanks hatchback). Sore spot, no headache, not sick. Fine for work?"),
("head_injury", N, "bumped my head on a low beam in a pub, 2 days ago, tender to touch, nothing else. how long does the lump last"),
("head_injury", N, "Daughter (8) did loads of heading at football practice and says her head's a bit sore. Otherwise totally normal, eating tea now. Paracetamol?"),
("meningitis", N, "Slept funny on the sofa and now my neck is stiff, hurts to turn to the right. no fever. heat pack?"),
("meningitis", N, "rash on my son's chest after a hot day, tiny red spots that disappear when I press a glass on them, he's well and bouncing. heat rash?"),
("meningitis", N, "migraine with the usual zigzag lights then the headache, same as always for years, lying in a dark room now. Can I take sumatriptan with paracetamol?"),
("meningitis", N, "Headache with a cold, stuffed up, pressure round my eyes. no stiff neck, no rash. Sinusitis?"),
("meningitis", N, "neck stiff after a long drive down to Cornwall, aches at the base of my skull, no temperature. any good stretches?"),
("diabetic", N, "Type 2, my morning reading was 8.9 after birthday cake last night, usually 6ish. Feel fine. Anything to do?"),
("diabetic", N, "type 1 - went low-ish, 3.8 before lunch, had jelly babies, now 6.1 and fine. should I tell my nurse?"),
("diabetic", N, "My mum's sugar has been a bit higher since she had a cold, 11-12, she's eating and drinking fine and feels well. GP or wait for the cold to clear?"),
("diabetic", N, "Hard skin on my heel and I'm diabetic. Can I use a foot file or should I see a podiatrist?"),
("diabetic", N, "My grandmother has diabetes, today her sugar is 9.2 after lunch, usually it is 7, she is feeling good and walking. Must we do something? (my first language is Armenian)"),
("burns", N, "bit of sunburn on my shoulders after the beach, red and sore, no blisters. aftersun?"),
("burns", N, "splashed hot oil from the pan on the back of my hand, small red patch the size of a 5p, cooled it under the tap for 20 mins. Does it need a dressing?"),
("burns", N, "grabbed the oven shelf without a glove, two stripey red lines on my fingers, one small blister. cling film?"),
("burns", N, "touched the hair straighteners on my neck, small red mark, stings. what do I put on it"),
("burns", N, "Kettle steam got my knuckles, red and tender, no blisters, 10 min under cold water. Fine to go to work?"),
("burns", N, "My mother is visiting from Zagreb, she has sunburn on both arms from sitting in the garden, red but no blisters. What can she use? She has no insurance card with her."),
("child_unwell", N, "teething nightmare, 8 month old, red cheeks, drooling, chewing his fist, feeding ok. teething gel or granules?"),
("child_unwell", N, "nappy rash, red and sore around his bum, 6 months, no spots outside the nappy area. Which cream?"),
("child_unwell", N, "Threadworms again (ugh). Whole family treatment from the pharmacy?"),
("child_unwell", N, "My 5 year old says her tummy hurts most mornings before school, fine at weekends. Eating fine. Anything I should worry about?"),
("child_unwell", N, "sticky eye on my toddler, yellow crust in the morning, otherwise well. pharmacy?"),
("child_unwell", N, "Chickenpox in the house - 3 year old covered in spots, bit grumpy but eating and drinking. When can he go back to nursery?"),
("child_unwell", N, "Son (6) has a cold and a cough, eating and playing, no temperature. School or home?"),
]
EN_HW += [
("head_injury", N, "my husband (PhD student, not the brightest at DIY) hit his head on the shelf he was putting up, he's got a red mark and is more annoyed than hurt. no sickness, talking normally, finishing the shelf lol. does he need checking?"),
("sepsis", N, "hand foot and mouth went round nursery, now I've caught it off my daughter?? sore throat, few spots on my palms, no temp to speak of. do I need to stay off work"),
("stroke", N, "teacher here (supply), end of a long week, I've had a dull headache all afternoon and my eyes feel tired, drank hardly any water. Paracetamol, water and an early night or is there anything else?"),
("bleeding", N, "Bit of blood on the loo paper after a hard poo, bright red, just a smear, sore when I go. Piles?"),
("anaphylaxis", N, "ate a strawberry and got a few itchy red blotches round my mouth, gone after 20 mins. no swelling, breathing fine. Am I allergic now??"),
("burns", N, "curry too hot, my lips and tongue are burning lol. milk?"),
("child_unwell", N, "new to the area and not registered with a GP yet. my 2 year old has had a runny nose and a bit of a cough for 3 days, eating, playing, no temp. how do I register, and does he need seeing in the meantime?"),
("diabetic", N, "Gestational diabetes, 27 wks, my reading an hour after breakfast was 8.1, target is under 7.8. Felt totally fine. Do I need to ring anyone or just note it?"),
("overdose_poisoning", N, "the baby chewed a corner of a cardboard book and swallowed a tiny soggy bit. shes fine and giggling. any need to do anything"),
("pregnancy", N, "33 weeks and got tightenings on and off this evening, painless, they don't get closer together and stop when I lie down. Baby's moving as normal. Braxton hicks?"),
]

HANS_HW = [
# ---- emergencies (23) ----
("chest_pain", E, "【病情描述】男，58岁，今晚吃完火锅觉得烧心，以为是胃酸，结果现在胸口像压了块石头，疼到下巴和左胳膊，一身冷汗，已经半小时了。【希望得到的帮助】吃点奥美拉唑能缓解吗？"),
("stroke", E, "我爸刚才吃饭筷子突然拿不住了，右边嘴角歪了，说话含含糊糊的，问他也说没事，就十几分钟前的事。要不让他先睡一觉明天去社区医院？"),
("stroke", E, "实验室师兄刚刚说看东西左边一半看不见，左手也没劲，讲话有点大舌头，他说是熬夜熬的，想回宿舍躺一下，这样可以吗"),
("anaphylaxis", E, "亲~问一下哈，我老公刚吃了小龙虾，20分钟后嘴唇肿起来，现在说喉咙发紧、喘气有哨音，人有点晕。吃片氯雷他定能好吗？"),
("breathing", E, "孩子5岁，感冒三天了，今晚喘得厉害，鼻翼一扇一扇的，肋骨下面往里凹，说话一句都说不完整，嘴唇有点发紫。明早挂儿科号来得及吗？"),
("breathing", E, "我妈有哮喘，喷了三次沙丁胺醇都不管用，坐着都喘不过来，讲不了话，只能点头摇头。是不是药过期了，去药店买新的？"),
("bleeding", E, "切菜把手腕割了一道挺深的口子，血是一股一股往外冒的，用毛巾按了快20分钟还是止不住，毛巾都湿透了。贴创可贴行吗？"),
("suicide_self_harm", E, "分手两个月了，一直睡不着，最近偷偷攒了一瓶安眠药，今晚想全吃了，不想再醒过来了。就是想找个人说一声。"),
("suicide_self_harm", E, "高三，模考又砸了，给爸妈的信已经写好了，刀也放在枕头下面，今晚就想结束这一切。你们医院心理科几点开门？"),
("overdose_poisoning", E, "我家两岁半的娃把洗衣凝珠咬破了，吃进去一些，现在一直咳，吐了两次，呼吸有点急。喂点牛奶能解吗？"),
("infant_fever", E, "新手爸爸求助，宝宝出生7周，今晚量体温38.3，奶也不怎么吃，一直睡，叫都叫不太醒。能先喂点美林吗？"),
("infant_fever", E, "宝宝两个月，额头烫，耳温38.0，哭声很弱，手脚有点凉还发花。是不是穿多了？"),
("seizure", E, "老公刚才突然倒地，全身抽，口吐白沫，现在抽了快6分钟还没停，以前从来没有过。要不要掐人中等他自己好？"),
("pregnancy", E, "孕34周，今天下午开始肚子一阵一阵发硬，刚才突然流了好多鲜血，裤子都湿了，肚子也一直疼。产检约的是下周一，要不要等？"),
("pregnancy", E, "怀孕36周，从昨天晚上到现在感觉不到宝宝动了，吃了甜的也躺左边数了，就是没动静。可以明天产检再说吗？"),
("sepsis", E, "我奶奶尿路感染吃了两天药，今天突然糊涂了，不认人，发抖，呼吸很快，手脚冰凉发花，一天没怎么尿。是不是药没用，要换药吗？"),
("head_injury", E, "儿子骑车摔了，头磕到马路牙子，当时没哭，回家后吐了三次，现在特别困，叫他老是迷迷糊糊答非所问。让他睡会儿可以吗"),
("head_injury", E, "我爸吃着华法林，下午在浴室滑倒磕了后脑勺，起了个大包，现在说头越来越疼，还吐了一次。抹点红花油行吗？"),
("meningitis", E, "室友发烧39度多，头痛得要命，脖子硬得低不下头，怕光，腿上还出了几个紫红色小点点，按了不退色。我们想给她买点感冒药，吃哪种好"),
("diabetic", E, "我爸糖尿病打胰岛素，刚测血糖2.0，浑身冷汗，说胡话，喂糖水他已经咽不下去了。要不要等他缓一缓？"),
("burns", E, "厨房油锅着火，我老婆手臂和脖子烧伤了一大片，起了好多大水泡，有的皮都掉了，面积比两个巴掌还大。涂牙膏可以吗？"),
("child_unwell", E, "娃一岁半，拉肚子吐了两天，今天一整天没尿，眼窝凹下去，哭都没眼泪，软绵绵的不想动。买点蒙脱石散行不行？"),
("child_unwell", E, "三岁女儿今天一直哼哼，每喘一口气都带呻吟声，脸色发灰，不吃不喝也不玩，摸着很烫。是不是累着了？"),
# ---- none ----
("chest_pain", N, "【病情描述】女，29岁，孕26周，最近一躺下就烧心，嗓子眼儿反酸水。【希望得到的帮助】孕妇能吃铝碳酸镁吗？"),
("chest_pain", N, "亲~打扰一下，最近吃完饭胸口后面火辣辣的，弯腰更明显，喝点温水会好点，平时没别的毛病，要去看消化科吗？"),
("chest_pain", N, "健身小白，昨天第一次练卧推，今天胸口两边一按就疼，转身也疼，其他都挺好的，是不是肌肉拉伤？还能练腿吗"),
("chest_pain", N, "感冒咳了一周，现在一咳嗽右边肋骨就疼，按着也疼，呼吸正常不发烧，需要拍片吗？"),
("chest_pain", N, "银行柜员，中午总是来不及吃饭，下班暴饮暴食，晚上胃里烧得慌还打嗝，有啥非处方药推荐吗"),
("stroke", N, "蹲着理货久了，一站起来眼前一黑，扶一下两三秒就好了，这个要紧吗？要不要查个血常规"),
("stroke", N, "在实验室连着做了三天实验，右眼皮跳了一个礼拜了，左眼跳财右眼跳灾？哈哈 说正经的怎么办"),
("stroke", N, "早上起来手压麻了，过了几分钟就恢复了，现在完全正常，就是想问问经常这样要不要紧"),
("stroke", N, "每次翻身往左边躺就天旋地转十几秒，然后就好了，走路正常，不头疼。挂哪个科？"),
("stroke", N, "加班一整天盯电脑，太阳穴两边发紧地疼，像戴了个箍，睡一觉一般就好，要不要配副眼镜"),
("anaphylaxis", N, "每年春天都鼻子痒打喷嚏流眼泪，今年又来了，上班开车，有没有不犯困的抗过敏药？"),
("anaphylaxis", N, "昨天在公园被蚊子咬了一腿包，有几个肿得挺大，痒死了，别的没事，涂什么好？"),
("anaphylaxis", N, "吃生苹果嘴巴会痒几分钟，煮过的就没事，好多年都这样，要不要去查过敏原？"),
("anaphylaxis", N, "儿子感冒后身上起了一片片风团，痒，一会儿有一会儿没，嘴唇不肿，能吃能玩，6岁能吃西替利嗪吗？"),
("breathing", N, "感冒四五天了，咳得胸口有点闷，有痰，但走路说话都不喘，也不发烧，明天能去上班吗？"),
("breathing", N, "感冒好了，可是干咳了快三周，晚上更明显，不憋气，是不是该去看看了"),
("breathing", N, "鼻子堵了一个星期，晚上只能张嘴呼吸，不发烧，鼻喷剂能连着用几天？"),
("breathing", N, "高三学生，体育课跑完800米喘了好几分钟才缓过来，现在完全没事了，是不是就是体能差？"),
("bleeding", N, "切土豆丝削到手指头了，出了不少血，按了十分钟止住了，小口子，需要去缝针吗？"),
("bleeding", N, "闺女7岁，今天在学校流鼻血，捏了十分钟就止住了，这个月第三次了，天干的原因？要看耳鼻喉科吗"),
("bleeding", N, "刷牙的时候牙龈老出一点血，不疼，应该看牙科还是内科？"),
("bleeding", N, "这次月经量比平时多，三四个小时换一次卫生巾，不头晕，下次还这样再去看妇科可以吗"),
("bleeding", N, "磕到茶几上腿上青了一大块，现在开始发黄了，大概多久能消？"),
("suicide_self_harm", N, "分手一个月了，晚上老哭，睡不好也吃不下，但是没有想伤害自己，就是觉得空落落的。要不要看心理门诊？"),
("suicide_self_harm", N, "研究生，老板天天催论文，最近心情很低落，容易掉眼泪，但我很清楚自己不会做傻事，学校心理咨询有用吗？"),
("suicide_self_harm", N, "我妈去年走了，到现在想起来还会哭，吃饭上班都正常，医院有没有哀伤辅导之类的？"),
("suicide_self_harm", N, "孩子高考前特别焦虑，晚上睡不着，老说肚子疼，孩子说自己没事不会乱想。家长能做点啥？"),
("overdose_poisoning", N, "早上维生素D吃了两粒，忘了已经吃过一次了，有影响吗？"),
("overdose_poisoning", N, "两岁的娃把鞋盒里的干燥剂小珠子吃了几颗，现在照样玩，包装上写着勿食，要紧吗？"),
("overdose_poisoning", N, "刷牙不小心咽了一口漱口水，除了有点恶心没啥感觉，需要处理吗"),
("overdose_poisoning", N, "亲~我家宝宝舔了一口牙膏，儿童牙膏，一小坨，现在活蹦乱跳的，没事吧"),
("infant_fever", N, "宝宝5个月，昨天打了疫苗，今天37.8，有点闹，吃奶正常还会笑，需要吃退烧药吗？"),
("infant_fever", N, "闺女两岁，感冒发烧38.4，还在客厅跑来跑去，水也喝得挺多，什么情况下要去医院？"),
("infant_fever", N, "10个月宝宝出牙，体温37.9，流口水，啃手，吃饭正常，要紧吗"),
("infant_fever", N, "娃一岁半，昨晚烧到38.5，吃了退烧药，今早37.2，精神好得很，能送托班吗"),
("seizure", N, "快睡着的时候突然抖一下，像踩空了一样，把自己吓醒，一周好几次，正常吗？"),
("seizure", N, "晚上小腿抽筋疼醒，扳一扳脚就好了，要补钙吗？"),
("seizure", N, "赶报告连喝三杯美式，手有点抖，心跳快，现在慢慢好了，以后还能喝咖啡吗"),
("seizure", N, "大拇指那块肌肉一跳一跳的好几天了，不疼也不没劲，需要看神经科吗"),
("pregnancy", N, "怀孕10周，孕吐挺厉害，一天吐一两次，但水和饼干能吃进去，尿也正常，有什么办法缓解？"),
("pregnancy", N, "孕20周头疼，能吃对乙酰氨基酚吗？"),
("pregnancy", N, "孕24周，起身或者翻身的时候腹股沟那里抽一下疼，马上就好，宝宝胎动很多，是韧带疼吗"),
("pregnancy", N, "孕30周，晚上腿抽筋，傍晚脚踝有点肿，睡一觉就消了，下周产检再问医生行吗？"),
("sepsis", N, "急性肠胃炎，昨天拉了好几次吐了两次，今天能喝水喝粥了，尿也有，什么时候能回去上班？"),
("sepsis", N, "嘴角起了个疱，一碰就疼，是不是上火了，要买阿昔洛韦吗？"),
("sepsis", N, "从昨天开始小便有点刺痛，不发烧，腰不疼，人挺好的，多喝水能好吗"),
("sepsis", N, "打完流感疫苗第二天，浑身酸软，有点发冷，胳膊也疼，正常反应吧？"),
("head_injury", N, "起身的时候头撞到吊柜门，起了个小包，有点疼，没别的症状，两个小时了，冰敷就行吧？"),
("head_injury", N, "四岁儿子在茶几上磕了一下脑门，当场就哭了，起了个包，现在吃着饼干看动画片，需要一直叫着不让睡吗？"),
("head_injury", N, "开后备箱被盖子砸了下脑袋，有点疼，不晕不吐，明天能正常上班吧？"),
("meningitis", N, "沙发上睡落枕了，脖子往右转就疼，不发烧，热敷有用吗？"),
("meningitis", N, "天热孩子胸口起了小红点，用玻璃杯一压就褪了，孩子很精神，是痱子吧？"),
("meningitis", N, "感冒鼻塞，眼睛周围胀痛，脖子不硬，没有疹子，是鼻窦炎吗？"),
("diabetic", N, "二型糖尿病，昨晚过生日吃了蛋糕，今早空腹8.6，平时6左右，感觉挺好的，要调药吗"),
("diabetic", N, "一型，午饭前测了3.8，吃了几块糖，现在6.0，没啥不舒服，要告诉医生吗？"),
("diabetic", N, "我妈感冒这几天血糖偏高，十一二的样子，吃喝都正常人也精神，等感冒好了再去复查行吗"),
("burns", N, "海边玩了一天，肩膀晒伤了，红红的有点疼，没起泡，涂芦荟胶可以吗"),
("burns", N, "炒菜溅了油到手背上，一块钢镚大小的红印，已经冲了20分钟冷水，要包起来吗？"),
("burns", N, "拿烤箱里的盘子没戴手套，手指头烫了两道红印，起了个小泡，泡要挑破吗"),
("child_unwell", N, "8个月宝宝长牙，脸红流口水，老啃手，吃奶还行，牙胶有用吗？"),
("child_unwell", N, "宝宝6个月，红屁股了，就尿布那块，其他地方没有，用什么护臀膏好？"),
("child_unwell", N, "孩子5岁，每天早上上幼儿园前就说肚子疼，周末就没事，吃饭正常，要去检查吗？"),
("child_unwell", N, "娃早上起来眼睛有黄色眼屎，糊住了，其他都好，药店能买眼药水吗"),
("child_unwell", N, "三岁娃出水痘了，浑身是痘，有点闹但能吃能喝，多久能回幼儿园？"),
]

HANT_HW = [
# ---- emergencies (17) ----
("chest_pain", E, "連登巴打求救：阿爸話胃痛，成個人出晒冷汗，話個心口好似俾嘢壓住，痛到落左手同下巴，已經廿分鐘。佢話食胃藥就得，係咪真係咁？"),
("stroke", E, "我媽媽剛剛講話突然講不清楚，右手拿不住碗，臉歪一邊，大概十分鐘前開始的。她說休息一下就好，可以讓她去睡嗎？"),
("anaphylaxis", E, "個仔食咗朋友嘅花生醬多士，十分鐘後成塊面腫晒，聲沙，話喉嚨好緊，呼吸有聲，而家仲話頭暈。食抗敏感藥得唔得？"),
("breathing", E, "老公感冒一個禮拜，今日喘到講唔到一句完整嘅說話，嘴唇有啲紫，坐喺度都唞唔到氣。聽日睇普通科門診得唔得？"),
("bleeding", E, "我阿公食緊薄血藥，流鼻血流咗成個鐘都止唔到，佢吞咗好多血，而家面青青仲話頭暈。等佢瞓一陣？"),
("suicide_self_harm", E, "我已經諗好點樣做，今晚就會了結自己，藥都買咗。唔好叫我去睇醫生，我只係想話俾人知。"),
("overdose_poisoning", E, "阿嫲啲降血壓藥同降血糖藥俾我三歲個女食咗幾粒，唔知幾多粒，佢而家好眼瞓，出晒冷汗。要唔要等佢瞓醒先？"),
("infant_fever", E, "寶寶出生五週，今天發燒38.4度，喝奶喝得很少，一直在睡。可以先給退燒藥等明天看小兒科嗎？"),
("seizure", E, "研究室學長剛剛突然倒下全身抽搐，到現在五六分鐘了還在抽，嘴唇發紫。他說過自己沒有癲癇。要等他自己停嗎？"),
("pregnancy", E, "懷孕33週，今天頭痛到不行，看東西一閃一閃的，臉跟手腫得很厲害，右上腹也痛。下週產檢再說可以嗎？"),
("sepsis", E, "我爸爸腳上的傷口發炎好幾天，今天發高燒一直發抖，講話顛三倒四，心跳好快，血壓計量出來80/50。要不要先吃退燒藥觀察？"),
("head_injury", E, "跨境學童家長：個仔喺關口排隊跌低撞到頭，開頭冇事，返到屋企嘔咗兩次，而家好眼瞓，問佢嘢答得好慢。俾佢瞓覺得唔得？"),
("meningitis", E, "手搖飲店的同事下午說頭很痛、發燒，現在脖子僵硬低不下頭，怕光，手臂出現一顆顆紫色的小點點，按了不會退。要幫她買止痛藥嗎？"),
("diabetic", E, "我阿爸打胰島素，頭先度血糖得1.9，成身冒汗，講嘢亂晒龍，餵佢飲糖水佢吞唔落。等陣再度過？"),
("diabetic", E, "女兒是第一型糖尿病，吐了一整天，血糖機顯示HI，酮體很高，她呼吸又深又快，嘴巴有爛蘋果味。可以明天再回診嗎？"),
("burns", E, "小朋友打翻了熱湯，整個大腿到肚子都燙到了，皮膚起大水泡又脫皮，面積好大，他一直哭。沖完水塗燙傷膏就好嗎？"),
("child_unwell", E, "國小老師求助：班上一個小朋友午休後叫不太醒，臉色很白、嘴唇發青，身體軟軟的，呼吸很淺。家長說他早上只是有點感冒，可以讓他繼續睡等家長來接嗎？"),
# ---- none ----
("chest_pain", N, "連登有冇巴打知，食完宵夜成日心口熱熱地、反酸，瞓低仲衰，行路上樓梯就冇事。藥房買胃藥得唔得？定要睇醫生？"),
("chest_pain", N, "懷孕28週，每晚躺下就胃食道逆流，喉嚨酸酸的。孕婦可以吃制酸劑嗎？"),
("chest_pain", N, "打完羽毛球，胸口旁邊一壓就痛，轉身也痛，其他都正常，是拉傷嗎？"),
("stroke", N, "起身太快會頭暈一下，扶著牆幾秒就好了，我才22歲，需要看醫生嗎？"),
("stroke", N, "研究所趕論文，右眼皮跳了一個多禮拜，咖啡一天三杯，有辦法讓它停嗎"),
("stroke", N, "朝早起身隻手壓到痹咗，過咗幾分鐘就冇事，完全正常，想問下成日咁使唔使驚"),
("anaphylaxis", N, "又到花粉季，鼻水流唔停、打乞嚏，返工要揸車，有冇唔會眼瞓嘅敏感藥？"),
("anaphylaxis", N, "去露營被小黑蚊咬到腳上一堆包，有幾個腫起來很癢，其他都沒事，擦什麼好？"),
("anaphylaxis", N, "被蜜蜂叮到手指，手指腫腫的會痛，沒有其他不舒服，我應該沒有過敏，冰敷就可以嗎？"),
("breathing", N, "感冒第四日，咳到個心口有啲翳，有痰，但行路講嘢都唔喘，冇發燒，聽日可唔可以返工？"),
("breathing", N, "感冒好了但乾咳快三個禮拜，晚上比較嚴重，不會喘，該去看醫生了嗎"),
("breathing", N, "手搖飲店員，冷氣房進進出出，鼻塞一個禮拜，晚上只能用嘴巴呼吸，沒發燒，鼻噴劑可以用多久？"),
("bleeding", N, "切菜割到手指，流了不少血，壓了十分鐘就止住了，傷口小小的，需要縫嗎？"),
("bleeding", N, "個女喺學校流鼻血，捏住鼻翼十分鐘就止咗，今個月第三次，係咪天氣乾？要唔要睇耳鼻喉？"),
("bleeding", N, "刮鬍子刮到，一個小傷口一直滲血，現在止住了，我沒有吃抗凝血的藥，下次怎麼處理比較好"),
("suicide_self_harm", N, "同男朋友分咗手，成日喊，瞓得唔好，食唔落，但我冇諗過傷害自己，只係好空虛。使唔使睇心理醫生？"),
("suicide_self_harm", N, "國小老師，學期末評鑑加家長會，最近很累很想哭，但沒有傷害自己的念頭，醫院有身心科可以掛嗎？"),
("suicide_self_harm", N, "阿爸過咗身半年，我依家聽到佢鍾意嘅歌都會喊，返工食飯都正常，醫院有冇哀傷輔導？"),
("overdose_poisoning", N, "今天早上維他命C多吃了一顆，忘記已經吃過了，會怎樣嗎？"),
("overdose_poisoning", N, "兩歲個仔咬咗鞋盒入面啲防潮珠，可能吞咗幾粒，而家照玩，包裝寫住唔好食，使唔使擔心？"),
("overdose_poisoning", N, "我好似食咗兩次敏感藥，唔記得自己食過，而家冇咩唔舒服，要做啲咩？"),
("infant_fever", N, "BB五個月，琴日打完針，今日37.9度，有少少扭計，飲奶正常仲識笑，使唔使食退燒藥？"),
("infant_fever", N, "女兒兩歲，感冒發燒38.3，還在家裡跑來跑去，水也喝很多，什麼時候需要看醫生？"),
("infant_fever", N, "十個月大寶寶長牙，體溫37.8，口水很多，一直咬東西，吃得正常，要緊嗎？"),
("seizure", N, "快睡著的時候身體會突然抽一下，像踩空一樣把自己嚇醒，一週好幾次，正常嗎？"),
("seizure", N, "半夜小腿抽筋痛醒，拉一拉就好，要補鎂嗎？"),
("seizure", N, "趕報告飲咗三杯咖啡，隻手有啲震，心跳快咗，而家慢慢好返，係咪飲太多？"),
("pregnancy", N, "懷孕十週，孕吐好辛苦，一日嘔一兩次，但飲到水食到梳打餅，小便正常，有咩方法舒緩？"),
("pregnancy", N, "懷孕24週，起身的時候鼠蹊部會抽痛一下，很快就好，寶寶動很多，是韌帶痛嗎？"),
("pregnancy", N, "懷孕20週頭痛，可以吃普通止痛的乙醯胺酚嗎？"),
("sepsis", N, "腸胃炎，琴日屙咗幾次嘔咗兩次，今日飲到水食到粥，小便都有，幾時可以返工？"),
("sepsis", N, "嘴角長了一顆皰疹，刺刺的，藥局買的藥膏可以嗎？"),
("sepsis", N, "打完流感疫苗第二天，全身痠痛有點畏寒，手臂也痛，是正常反應吧？"),
("head_injury", N, "起身撞到廚房吊櫃門，起了個小包有點痛，其他都沒事，已經兩個小時了，冰敷就好吧？"),
("head_injury", N, "跨境學童家長：個女喺巴士上面撞到額頭，起咗個細包，喊咗一陣，而家食緊餅睇卡通，使唔使叫住佢唔俾佢瞓？"),
("head_injury", N, "開車尾箱被蓋撞到頭，有點痛，不暈不吐，明天可以正常上班吧？"),
("meningitis", N, "梳化瞓到落枕，條頸轉右邊就痛，冇發燒，熱敷有冇用？"),
("meningitis", N, "天氣熱小朋友胸口出了小紅疹，用玻璃杯一壓就退，小孩很有精神，是痱子吧？"),
("meningitis", N, "感冒鼻塞，眼睛周圍脹痛，脖子不硬也沒有疹子，是鼻竇炎嗎？"),
("diabetic", N, "二型糖尿病，昨晚生日食咗蛋糕，今朝空腹8.7，平時6左右，人好精神，使唔使改藥？"),
("diabetic", N, "第一型，午餐前量3.9，吃了幾顆糖，現在6.2，沒什麼不舒服，要跟醫生說嗎？"),
("burns", N, "去海邊玩了一天，肩膀曬傷紅紅的有點痛，沒起水泡，擦蘆薈膠可以嗎？"),
("burns", N, "煮餸濺油落手背，一個五蚊銀咁大嘅紅印，沖咗廿分鐘凍水，使唔使包住？"),
("child_unwell", N, "八個月BB出牙，面紅紅、流口水、成日咬手，飲奶都OK，牙膠有冇用？"),
("child_unwell", N, "寶寶六個月紅屁股，只有尿布那一區，其他地方沒有，擦哪種屁屁膏好？"),
("child_unwell", N, "小朋友眼睛早上有黃色分泌物黏住，其他都很好，藥局可以買眼藥水嗎？"),
]

# Template scenario fillers: (category) -> list of mild situations, one language each.
TPL_EN = {
"chest_pain": ["I get heartburn after {food}, a burning behind my breastbone that settles with an antacid",
               "my {adult} has indigestion and burping after {food}, no other symptoms",
               "I'm {weeks} weeks pregnant with heartburn most nights after {food}",
               "I've got a sore spot on my ribs after lifting boxes, it hurts when I press it"],
"stroke": ["I get a bit lightheaded when I stand up quickly, it goes in a few seconds",
           "I woke up with pins and needles in my arm from sleeping on it, gone now",
           "I've had a tension headache after a long day at the laptop",
           "my {adult} gets a quick head rush getting out of the bath, then feels fine"],
"anaphylaxis": ["hay fever is bad this week, itchy eyes and sneezing",
                "I've got itchy {bug} bites on my legs, no other symptoms",
                "my {adult} got a few nettle stings on the arm, itchy bumps only",
                "a small itchy rash came up on my wrist where my new watch strap sits"],
"breathing": ["I've got a cold with a tight chest when I cough, but I'm breathing fine otherwise",
              "my {adult} has a chesty cough after a cold, eating and walking about normally",
              "I've had a tickly cough for {days} days, no fever, not short of breath",
              "my nose is blocked from a cold and I'm snoring, no other problems"],
"bleeding": ["I cut my finger on {sharp}, it bled a bit and stopped after pressing for a few minutes",
             "I had a nosebleed this morning that stopped after 10 minutes of pinching",
             "my {adult} nicked a knuckle on {sharp}, it's stopped bleeding and it's small",
             "I bruise a bit on my legs after {sport}, nothing else wrong"],
"suicide_self_harm": ["I've been feeling low since a breakup, no thoughts of harming myself",
                      "work stress has left me tearful and tired this month, I feel safe",
                      "I've been feeling flat and lonely since moving, no thoughts of self-harm",
                      "my {man} has been a bit down since retiring, no talk of harming himself"],
"overdose_poisoning": ["I took one extra {vit} tablet by mistake today and feel fine",
                       "I can't remember if I took my {vit} so I might have had two, I feel normal",
                       "my toddler licked a bit of {household} (the non-toxic kind), she's fine",
                       "my {man} took his morning {vit} twice, he feels well"],
"infant_fever": ["my {cage} old has a temperature of {temp}, playing and drinking well",
                 "my {cage} old is {temp} after a jab yesterday, feeding and smiling",
                 "my {cage} old is teething and a bit warm, {temp}, otherwise happy",
                 "my {cage} old has a cold and {temp}, still eating and running about"],
"seizure": ["I keep getting muscle twitches in my calf for a few days, no weakness",
            "I get a jolt as I fall asleep that wakes me up",
            "my {adult} gets leg cramps at night that go with stretching",
            "my hands are a bit shaky after too much coffee, settling now"],
"pregnancy": ["I'm {weeks} weeks pregnant with morning sickness, being sick once a day but keeping fluids down",
              "I'm {weeks} weeks pregnant and my back aches by the evening",
              "I'm {weeks} weeks pregnant and a bit constipated",
              "I'm {weeks} weeks pregnant and have a cold, no fever"],
"sepsis": ["I've had a tummy bug for a day, now keeping fluids down and weeing normally",
           "my {adult} has a cold with a mild temperature of 37.8, eating and drinking",
           "I've got a sore throat and feel a bit achy, temperature 37.6",
           "I've got a small red spot round a splinter, not spreading, I feel well"],
"head_injury": ["I bumped my head on {thing}, small lump, no other symptoms",
                "my {man} knocked his head on {thing}, bit sore, talking and acting normally",
                "I walked into {thing} and have a tender bump, no headache or sickness",
                "I banged my head getting into the car, a bit sore, otherwise fine"],
"meningitis": ["I've got a stiff neck from sleeping awkwardly, no fever",
               "my neck is stiff after {sport}, no temperature, no rash",
               "I've got a headache with a cold, no stiff neck, no rash",
               "my {adult} has a crick in the neck from the new pillow"],
"diabetic": ["my sugar is {bg} today, a bit higher than usual after a big meal, I feel well",
             "my {adult}'s reading was {bg} this morning, usually a bit lower, feels fine",
             "I'm type 2 and got {bg} after a takeaway, feel normal",
             "my reading was {bg} before bed, I'm well and eating normally"],
"burns": ["I've got mild sunburn on my {part}, red but no blisters",
          "I touched {hot} and have a small red mark on my finger, cooled it under the tap",
          "I splashed a bit of hot water on my {part}, small pink patch, cooled it",
          "my {man} caught his hand on {hot}, coin-sized red patch, no blisters"],
"child_unwell": ["my {cage} old is teething, grizzly and dribbling, feeding okay",
                 "my {cage} old has nappy rash, otherwise happy",
                 "my {cage} old has a runny nose and cough, eating and playing",
                 "my {cage} old has a few insect bites on his legs, itchy but well"],
}
SLOT_EN = {
"food": ["a curry", "pizza", "a big roast", "spicy wings", "coffee and croissants", "a late kebab"],
"man": ["husband", "dad", "brother", "uncle", "grandad", "father-in-law"],
"adult": ["husband", "wife", "dad", "mum", "partner", "brother", "uncle", "housemate"],
"weeks": ["9", "14", "19", "23", "27", "31"],
"bug": ["mosquito", "midge", "horsefly", "flea"],
"days": ["5", "6", "8", "10", "12"],
"sharp": ["a tin lid", "a bread knife", "a paper guillotine", "the cheese grater", "a broken mug"],
"sport": ["netball", "five-a-side", "climbing", "a spin class", "hockey"],
"vit": ["multivitamin", "vitamin D", "iron", "vitamin C", "fish oil", "B12"],
"household": ["sudocrem", "chapstick", "a wax crayon", "play dough"],
"cage": ["4 month", "5 month", "7 month", "9 month", "14 month", "18 month", "2 year", "3 year"],
"temp": ["37.8", "38.0", "38.1", "38.3", "37.9", "38.2"],
"thing": ["a kitchen cupboard", "the shed door", "a low beam", "a bunk bed", "the car boot"],
"bg": ["9.4", "10.2", "11.1", "8.8", "12.0"],
"part": ["shoulders", "forearm", "nose", "neck", "wrist"],
"hot": ["the iron", "a baking tray", "a glue gun", "the toaster", "the kettle"],
}
OPEN_EN = ["", "Hi, ", "Hello, ", "Morning - ", "Evening, ", "Quick one: ", "hey so ", "Just wondering, "]
ASK_EN = ["What should I do?", "Do I need to see a GP?", "Can I get something from the pharmacy?",
          "Is it ok to wait and see?", "Pharmacist or GP?", "Anything I can buy for it?",
          "How long should it take to settle?", "Any self-care tips?"]

TPL_HANS = {
"chest_pain": ["吃完{food}以后烧心反酸，吃了胃药能缓解", "{rel}吃完{food}胃胀打嗝，别的没啥", "搬东西以后肋骨那块按着疼"],
"stroke": ["猛一站起来有点头晕，几秒钟就好了", "睡觉压麻了胳膊，现在已经好了", "对着电脑一天，头有点胀痛"],
"anaphylaxis": ["换季鼻子痒打喷嚏，眼睛也痒", "被{bug}咬了好几个包，痒，别的没事", "新表带勒的地方起了点小红疹，痒"],
"breathing": ["感冒了，咳嗽时胸口有点闷，但走路说话都不喘", "{rel}感冒后一直有痰咳，吃喝都正常", "干咳了{days}天，不发烧也不喘"],
"bleeding": ["被{sharp}划了一下，出了点血，按一会儿就止住了", "早上流鼻血，捏了十分钟就好了", "{rel}手指被{sharp}划破个小口，已经不流血了"],
"suicide_self_harm": ["分手后心情一直不好，没有想伤害自己", "工作压力大，最近老想哭，但自己很安全", "{rel}退休后有点闷闷不乐，没说过想不开的话"],
"overdose_poisoning": ["今天{vit}不小心多吃了一粒，没有不舒服", "{rel}早上{vit}吃重了，人挺好的", "孩子舔了一点{household}，现在没事"],
"infant_fever": ["{cage}的娃发烧{temp}度，能吃能玩", "{cage}的宝宝打完疫苗{temp}度，吃奶正常还会笑", "{cage}的孩子出牙低烧{temp}，精神挺好"],
"seizure": ["小腿肌肉跳了好几天，不疼也不没劲", "快睡着时身体突然抖一下把自己吓醒", "{rel}晚上腿抽筋，拉伸一下就好"],
"pregnancy": ["怀孕{weeks}周，孕吐一天吐一次，能喝水吃东西", "怀孕{weeks}周，傍晚腰酸", "怀孕{weeks}周，有点便秘"],
"sepsis": ["拉肚子一天，现在能喝水了，尿也正常", "{rel}感冒低烧37.7，能吃能喝", "嗓子疼有点酸痛，体温37.5"],
"head_injury": ["头撞到{thing}，起了个小包，没别的症状", "{rel}头碰了一下{thing}，有点疼，说话做事都正常", "上车时磕了下头，有点疼，不晕不吐"],
"meningitis": ["睡觉落枕了，脖子转不过来，不发烧", "{sport}以后脖子发僵，不发烧也没疹子", "感冒头疼，脖子不硬，没有疹子"],
"diabetic": ["今天血糖{bg}，比平时高一点，吃多了，人没事", "{rel}早上血糖{bg}，平时低一点，感觉挺好", "二型糖尿病，吃了外卖后测了{bg}，没不舒服"],
"burns": ["晒伤了{part}，红红的没起泡", "手指碰了一下{hot}，红了一小块，已经冲了冷水", "{rel}手被{hot}烫了一下，硬币大小，没起泡"],
"child_unwell": ["{cage}的宝宝长牙，流口水闹觉，吃奶还行", "{cage}的宝宝红屁股，其他都好", "{cage}的孩子流鼻涕咳嗽，能吃能玩"],
}
SLOT_HANS = {
"food": ["火锅", "麻辣烫", "烧烤", "炸鸡", "红烧肉"], "rel": ["我老公", "我老婆", "我爸", "我妈", "我哥", "室友"],
"bug": ["蚊子", "跳蚤", "小黑虫"], "days": ["五", "六", "八", "十"], "sharp": ["罐头盖", "水果刀", "纸", "擦丝器"],
"vit": ["维生素C", "复合维生素", "钙片", "鱼油", "叶酸"], "household": ["护臀膏", "润唇膏", "橡皮泥"],
"cage": ["4个月", "6个月", "8个月", "1岁", "1岁半", "2岁", "3岁"], "temp": ["37.8", "38.0", "38.2", "38.4", "37.9"],
"weeks": ["9", "13", "18", "22", "28"], "thing": ["吊柜门", "上铺床板", "门框", "车门"], "sport": ["打羽毛球", "游泳", "健身"],
"bg": ["9.5", "10.3", "11.2", "8.9"], "part": ["肩膀", "后脖子", "胳膊", "鼻子"], "hot": ["熨斗", "烤盘", "热水壶", "电饭锅"],
}
OPEN_HANS = ["", "你好，", "请问，", "医生好，", "麻烦问下，", "咨询一下，", "打扰了，"]
ASK_HANS = ["怎么办？", "需要去医院吗？", "药店能买点什么？", "能先观察吗？", "要挂号看医生吗？", "自己在家怎么护理？", "多久能好？"]

TPL_HANT = {
"chest_pain": ["吃完{food}之後胃灼熱，吃胃藥會好一點", "{rel}食完{food}胃脹打嗝，其他冇事", "搬東西之後肋骨那邊壓了會痛"],
"stroke": ["起身太快頭暈一下，幾秒就好", "瞓覺壓痹咗隻手，而家好返", "對著電腦一整天，頭有點脹痛"],
"anaphylaxis": ["換季鼻敏感，打乞嚏流鼻水", "被{bug}咬了好幾個包，很癢，其他沒事", "新錶帶的地方起了小紅疹，有點癢"],
"breathing": ["感冒咳嗽時胸口有點悶，但走路講話都不喘", "{rel}感冒後有痰咳，吃喝正常", "乾咳了{days}天，沒發燒也不喘"],
"bleeding": ["被{sharp}割了一下，流了點血，壓一下就止住了", "早上流鼻血，捏了十分鐘就停了", "{rel}手指俾{sharp}別損咗，已經冇流血"],
"suicide_self_harm": ["分手之後心情一直不好，沒有想傷害自己", "返工壓力大，成日想喊，但我好安全", "{rel}退休後有點悶悶不樂，沒說過想不開"],
"overdose_poisoning": ["今天{vit}不小心多吃了一顆，沒有不舒服", "{rel}朝早{vit}食多咗一次，人好好", "小朋友舔了一點{household}，現在沒事"],
"infant_fever": ["{cage}的寶寶發燒{temp}度，能吃能玩", "{cage}BB打完針{temp}度，飲奶正常仲識笑", "{cage}的孩子長牙低燒{temp}，精神很好"],
"seizure": ["小腿肌肉跳了好幾天，不痛也沒有無力", "快睡著時身體突然抖一下把自己嚇醒", "{rel}夜晚腳抽筋，拉一拉就好"],
"pregnancy": ["懷孕{weeks}週，孕吐一天吐一次，可以喝水吃東西", "懷孕{weeks}週，傍晚腰痠", "懷孕{weeks}週，有點便秘"],
"sepsis": ["肚瀉咗一日，而家飲到水，小便正常", "{rel}感冒低燒37.7，吃喝正常", "喉嚨痛有點痠痛，體溫37.5"],
"head_injury": ["頭撞到{thing}，起了個小包，沒有其他症狀", "{rel}撞到{thing}，有少少痛，講嘢做嘢都正常", "上車時撞了一下頭，有點痛，不暈不吐"],
"meningitis": ["睡覺落枕，脖子轉不過去，沒發燒", "{sport}之後頸有啲硬，冇發燒冇出疹", "感冒頭痛，脖子不硬，沒有疹子"],
"diabetic": ["今天血糖{bg}，比平常高一點，吃太多了，人沒事", "{rel}朝早血糖{bg}，平時低少少，覺得幾好", "第二型糖尿病，吃完外賣量到{bg}，沒不舒服"],
"burns": ["{part}曬傷紅紅的，沒起水泡", "手指碰到{hot}，紅了一小塊，已經沖了冷水", "{rel}隻手俾{hot}辣親，銀仔咁大，冇起泡"],
"child_unwell": ["{cage}的寶寶長牙，流口水睡不好，喝奶還可以", "{cage}BB紅屁股，其他都好", "{cage}的小孩流鼻水咳嗽，能吃能玩"],
}
SLOT_HANT = {
"food": ["火鍋", "鹽酥雞", "燒烤", "炸雞", "咖哩"], "rel": ["我老公", "我老婆", "我阿爸", "我媽媽", "我阿哥", "室友"],
"bug": ["蚊子", "小黑蚊", "跳蚤"], "days": ["五", "六", "八", "十"], "sharp": ["罐頭蓋", "水果刀", "紙", "刨絲器"],
"vit": ["維他命C", "綜合維他命", "鈣片", "魚油", "葉酸"], "household": ["屁屁膏", "潤唇膏", "黏土"],
"cage": ["四個月", "六個月", "八個月", "一歲", "一歲半", "兩歲", "三歲"], "temp": ["37.8", "38.0", "38.2", "38.4", "37.9"],
"weeks": ["9", "13", "18", "22", "28"], "thing": ["吊櫃門", "上格床", "門框", "車門"], "sport": ["打羽毛球", "游水", "做gym"],
"bg": ["9.5", "10.3", "11.2", "8.9"], "part": ["肩膀", "後頸", "手臂", "鼻子"], "hot": ["熨斗", "焗盤", "熱水壺", "電飯煲"],
}
OPEN_HANT = ["", "你好，", "請問，", "醫生你好，", "想問下，", "唔該，", "打擾一下，"]
ASK_HANT = ["怎麼辦？", "需要去醫院嗎？", "藥房可以買咩藥？", "可以先觀察嗎？", "要掛號看醫生嗎？", "在家怎麼照顧？", "幾時會好？"]

ADMIN_EN = ["Hi, what time does the pharmacy on the ground floor close today?",
            "Can I change my outpatient appointment online or do I have to ring?",
            "Is there parking for blue badge holders near the main entrance?",
            "Do you know if the walk-in blood test clinic is open on Saturdays?",
            "How do I get a copy of my last clinic letter?",
            "Is the cafe by outpatients open in the evening?"]
ADMIN_HANS = ["请问门诊楼几点开门？", "医院停车场怎么收费？", "网上预约的号能改时间吗？", "检查报告在哪里打印？", "周六有抽血吗？"]
ADMIN_HANT = ["請問門診幾點開始掛號？", "醫院停車場點收費？", "網上預約可唔可以改時間？", "檢查報告在哪裡拿？", "星期六有冇抽血？"]

CATS = ["chest_pain", "stroke", "anaphylaxis", "breathing", "bleeding", "suicide_self_harm",
        "overdose_poisoning", "infant_fever", "seizure", "pregnancy", "sepsis", "head_injury",
        "meningitis", "diabetic", "burns", "child_unwell"]
TARGET = {"en": (200, 40), "zh-Hans": (117, 23), "zh-Hant": (83, 17)}  # (none, emergency); 5:1 rounded
MULTI = {"en": 20, "zh-Hans": 12, "zh-Hant": 8}


def fill(rng, tpl, slots):
    def rep(m):
        return rng.choice(slots[m.group(1)])
    return re.sub(r"\{(\w+)\}", rep, tpl)


def main():
    rng = random.Random(31337)
    here = os.path.dirname(os.path.abspath(__file__))
    langs = [("en", EN_HW, TPL_EN, SLOT_EN, OPEN_EN, ASK_EN, ADMIN_EN),
             ("zh-Hans", HANS_HW, TPL_HANS, SLOT_HANS, OPEN_HANS, ASK_HANS, ADMIN_HANS),
             ("zh-Hant", HANT_HW, TPL_HANT, SLOT_HANT, OPEN_HANT, ASK_HANT, ADMIN_HANT)]
    rows = []
    seen = set()
    none_count = {c: 0 for c in CATS}
    for script, hw, *_ in langs:
        for cat, level, text in hw:
            assert cat in CATS, cat
            assert text not in seen, text
            seen.add(text)
            if level == N:
                none_count[cat] += 1
    for script, hw, tpl, slots, opens, asks, admin in langs:
        script_rows = []
        for cat, level, text in hw:
            script_rows.append({"text": text, "script": script, "category": cat, "level": level,
                                "template": "hw", "source": "handwritten"})
        n_hw_none = sum(1 for r in script_rows if r["level"] == N)
        need = TARGET[script][0] - n_hw_none
        assert need >= 0, (script, need)
        for _ in range(need):
            cat = min(CATS, key=lambda c: (none_count[c], CATS.index(c)))
            none_count[cat] += 1
            k = rng.randrange(len(tpl[cat]))
            for _try in range(200):
                body = fill(rng, tpl[cat][k], slots)
                op = rng.choice(opens)
                ask = rng.choice(asks)
                if script == "en":
                    text = f"{op}{body}. {ask}"
                    if not op:
                        text = text[0].upper() + text[1:]
                else:
                    text = f"{op}{body}，{ask}"
                if text not in seen:
                    break
            else:
                raise SystemExit("could not make a unique template row")
            seen.add(text)
            short = {"en": "en", "zh-Hans": "hans", "zh-Hant": "hant"}[script]
            script_rows.append({"text": text, "script": script, "category": cat, "level": N,
                                "template": f"t_{short}_{cat}_{k}", "source": "template"})
        # two-turn rows: chosen among hand-written rows of this script
        hw_idx = [i for i, r in enumerate(script_rows) if r["source"] == "handwritten"]
        for i in rng.sample(hw_idx, MULTI[script]):
            r = script_rows[i]
            r["turns"] = [rng.choice(admin), r.pop("text")]
        rows.extend(script_rows)
    rng.shuffle(rows)
    out = []
    for n, r in enumerate(rows, 1):
        o = {"id": f"e1.{n}"}
        if "turns" in r:
            o["turns"] = r["turns"]
        else:
            o["text"] = r["text"]
        o["lang"] = "en" if r["script"] == "en" else "zh"
        o["script"] = r["script"]
        o["category"] = r["category"]
        o["level"] = r["level"]
        o["template"] = r["template"]
        o["source"] = r["source"]
        out.append(o)

    # ---- asserts ----
    assert len(out) == 480
    from collections import Counter
    c = Counter((o["script"], o["level"]) for o in out)
    for s, (nn, ne) in TARGET.items():
        assert c[(s, N)] == nn and c[(s, E)] == ne, (s, c)
    assert Counter(o["script"] for o in out) == {"en": 240, "zh-Hans": 140, "zh-Hant": 100}
    assert sum(1 for o in out if o["level"] == N) == 400
    ce = Counter(o["category"] for o in out if o["level"] == E)
    assert all(ce[k] == 5 for k in CATS), ce
    cn = Counter(o["category"] for o in out if o["level"] == N)
    assert all(cn[k] >= 15 for k in CATS), cn
    assert set(o["category"] for o in out) == set(CATS)
    assert len(set(o["id"] for o in out)) == 480
    keys = ["\n".join(o["turns"]) if "turns" in o else o["text"] for o in out]
    assert len(set(keys)) == 480
    bodies = [o["turns"][-1] if "turns" in o else o["text"] for o in out]
    assert len(set(bodies)) == 480
    hw = sum(1 for o in out if o["source"] == "handwritten")
    assert hw / len(out) >= 0.60, hw
    assert all((o["template"] == "hw") == (o["source"] == "handwritten") for o in out)
    assert sum(1 for o in out if "turns" in o) == 40
    assert all(len(o["turns"]) == 2 for o in out if "turns" in o)
    assert all(("turns" in o) != ("text" in o) for o in out)

    path = os.path.join(here, "triage.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote", path, len(out), "rows; handwritten", hw)
    for s in TARGET:
        print(s, c[(s, N)], c[(s, E)])
    print("none per category", dict(sorted(cn.items())))
    print("emergency per category", dict(sorted(ce.items())))
    print("two-turn", sum(1 for o in out if "turns" in o))


if __name__ == "__main__":
    main()
