#!/usr/bin/env python3
"""Generator for blind everyday-complaints triage set 7 (E7). Standard library only.

Run: python3 make_everyday7.py  -> writes triage.jsonl next to this file (deterministic, random.Random(7777)).
All hand-written rows were typed by the blind writer; template rows are built from the slot lists below.
"""
import json
import os
import random


EN_HW = r"""
cp|e|bit of heartburn since I lifted the feed bags but its gone up into my jaw now and Im sweating like Ive been in a sauna, rennie did nothing. finish the milking first or?
cp|e|Dad (74) says its indigestion from his bacon roll but he's gone grey and clammy and keeps rubbing his left arm, been 40 mins. He doesnt want a fuss. What can I give him
cp|e|On my break from the tills. Tight band round my chest for 25 mins, feel sick and a bit breathless, left arm heavy. I'm only 52 lol probably the strip lights. Can I finish my shift?
st|e|Nan was fine at lunch, now her mouth's drooped on one side and she cant get her words out, left hand keeps dropping her tea. She's having a nap now, should I let her sleep it off
st|e|my husband went to answer the phone and his speech came out all garbled and his right arm went floppy, started 20 min ago and its still the same. he says hes just tired from harvest
an|e|Grandson (6) had a bit of satay chicken at a party, now his lips are swelling, hes coughing and says his throat feels funny and tight. Is piriton ok?
an|e|got stung by a wasp in the orchard, now Ive got hives all over, tongue feels thick and Im going wheezy and lightheaded. is an antihistamine enough
an|e|I'm allergic to prawns and I think the sandwich from the staff fridge had some. Throat closing a bit, voice croaky, lips puffy. I've got my pen but dont want to waste it. What do I do
br|e|my 2 yr old granddaughter has a cold but now shes sucking in under her ribs with every breath, lips look a bit blue and shes too puffed to cry. calpol?
br|e|asthma playing up, been through my blue inhaler like 10 puffs, can only get a couple of words out at a time. will it settle if i sit by the open window
bl|e|Slipped with the knife on the deli counter, deep cut on my wrist and its spurting, soaked 3 tea towels, wont stop with pressure. Manager says plasters. Will I need stitches later?
bl|e|hubby caught his leg on the baler, big gash and its pouring out, hes gone pale and says he feels faint. wrapping it in a feed sack now, anything else
bl|e|Grandad's on warfarin and hes been bringing up stuff that looks like coffee grounds and now some fresh red blood, dizzy when he stands. He says it's the red wine. Should he skip his tablet tonight?
su|e|Not really a medical question. Since the breakup Ive been saving my tablets and tonight Ive decided Im taking the lot. just wanted someone to know
su|e|my colleague on the phones messaged me saying shes written goodbye letters and is going to jump off the multi-storey after her shift. she said dont tell anyone. is this just venting?
od|e|Grandson got into my handbag and I think hes eaten some of my blood pressure tablets, maybe 5, he's 3. He seems ok just sleepy. Wait and see?
od|e|took about 20 paracetamol last night when i was upset. feel fine now, bit sick. dont want to waste anyones time, is it too late to matter anyway
od|e|Farmer here. Got a faceful of the concentrated sheep dip in the shed, now sweating buckets, drooling, pupils tiny, muscles twitching. Wife says have a shower and lie down
if|e|my 6 week old has 38.2, bit sleepy and not that interested in his feed. whats the calpol dose for him?
if|e|baby girl 9 weeks old feels hot, 38.4 under her arm, otherwise just a bit whingey. first time minding her, mum at work till 6. Can I give her something and wait till mum's home?
sz|e|Husband's having a fit on the kitchen floor, been going about 6 or 7 minutes now, never had one before. How long do I wait
sz|e|toddler had a fit with his temperature, stopped but then he had another one straight after and hes not waking up properly in between. hes had one before so is it ok?
sz|e|My colleague just collapsed at her desk and was shaking all over, stopped now but shes not responding properly and shes gone a funny colour. Team lead says give her some water?
pr|e|34 weeks, first baby. headache that won't shift with paracetamol, seeing flashing lights, and my face and hands have puffed right up since this morning. Probably just the heat?
pr|e|first pregnancy, 30 weeks, just had a big gush of bright red blood and a bad tummy pain that isnt going away. Is this what they mean by spotting?
se|e|Mum (81) has a water infection, now shes all muddled, shivering, breathing fast and her knees have gone blotchy blue. GP isn't open till Monday, can it wait?
se|e|cut my hand on barbed wire Tuesday, now theres a red streak up my arm, 39.6, shaking like a leaf and feel worse than Ive ever felt. can the chemist sort me antibiotics?
se|e|my husband had chemo last week and tonight hes got a temperature of 38.3 and the shivers. he says its just a cold and wants to go to bed, is that alright
hi|e|Grandson fell off the climbing frame and bumped his head, seemed fine but now hes been sick twice and keeps asking the same questions over and over. Let him sleep?
hi|e|my dad knocked his head on the cattle crush an hour ago, hes on blood thinners, now the headache is getting worse and hes a bit slurry. he says hell have a lie down
me|e|son (19) came home with a bad headache, stiff neck, says the light hurts his eyes and now hes got little purple spots on his legs that don't fade with a glass. hangover?
me|e|toddler has a fever and a rash coming up on her tummy that doesnt go when i press the glass on it, and shes floppy. is it teething
me|e|flu-ish since this morning, now vomiting, neck so stiff I cant get my chin to my chest and the light is unbearable. wife says Im a bit confused. paracetamol and bed?
di|e|Type 1, sugar 29 and the ketone meter says 3.8, been sick 4 times and breathing really deep. Can I just up my insulin and sleep it off?
di|e|Grandad's diabetic on insulin, hes sweaty, talking nonsense and now I cant wake him properly, he wont swallow the juice. Let him sleep?
bu|e|2yr old grandson pulled the kettle down on himself, big patch on his chest and tummy is peeling and blistering, bigger than my hand. under the cold tap now, what cream should I get
bu|e|chip pan caught fire at home, we put it out but my husband's face is black round his nose, his voice has gone hoarse and he keeps coughing. otherwise hes fine?
bu|e|splashed the caustic pipeline cleaner in my eye in the dairy, rinsed it a few mins, still burning like mad and I cant see properly out of it. eye drops from the chemist?
cu|e|my 11 month old's had diarrhoea all day, now shes floppy, no wet nappy since this morning and her soft spot looks sunken. dioralyte?
cu|e|Granddaughter (4) is really pale and won't wake up properly from her nap, cold hands, breathing fast and grunting. She had a bit of a tummy bug. Should I ring her mum or wait?
cp|n|Retired 2 years and I swear my heart skips a beat after my third coffee, a little flutter then back to normal, no pain, walking the dog fine. Is that the caffeine? Do I mention it to the GP?
cp|n|pulled something in my chest lifting a crate of milk at work, hurts when I twist or press on the spot, breathing fine, no other symptoms. deep heat or leave it?
cp|n|Sharp stabbing under my left boob when I take a deep breath, lasts a second, had it on and off for years, GP said it was a muscle thing before. Its back this week. Anything I can take?
cp|n|My chest feels bruised where Ive been coughing all week, sore when I press it, otherwise I'm on the mend. Is that normal?
cp|n|heartburn every night since 28 weeks, like a blowtorch up my throat, goes when I sit up or take gaviscon. first baby. is gaviscon ok to keep taking?
cp|n|Farmer, 58. After a big Sunday dinner I get this burning behind the breastbone that comes up into my throat with a sour taste, settles with a glass of milk. Been like it for months. GP or just cut the gravy?
cp|n|chest feels tight and fluttery when my manager listens in on my calls, hands go sweaty, settles as soon as the call ends. anxiety? can I get something for it from the GP
cp|n|My grandson says my heart's going to explode because my smartwatch said 102 while I was chasing him round the park. Felt fine, came straight down when I sat. Should I be worried?
st|n|woke up with my whole arm dead from sleeping on it, pins and needles for a couple of minutes, now its totally normal. bit freaked out. normal?
st|n|My lip is still numb on one side 3 hours after the dentist and Im drooling a bit when I drink. Mum says its a stroke lol. How long does it last?
st|n|Room spins for a few seconds when I roll over in bed, had this before and the GP called it BPPV. Back again after a cold. Can I do those head exercises myself?
st|n|hands go white and numb in the cold milking parlour then red and throbbing when they warm up. every winter. anything for it?
st|n|I keep forgetting words mid-sentence at work, like the word for stapler, I'm 45 and working two jobs and sleeping 5 hours. My sister says it's early dementia. Is it just tiredness?
st|n|Eyes go blurry after a 10 hour shift on the screens, clears after a sleep. Do I need an optician or a doctor?
st|n|Left little finger tingles when I lean my elbow on the tractor door. goes when I move it. funny bone thing?
st|n|grandad's face twitches on the left cheek now and again, he's had it for years, it's worse when he's tired. no weakness. he's asking if it's worth mentioning at his next check up
an|n|Mouth goes itchy when I eat raw apples, has done since I was a teenager, no swelling. Cooked apple fine. Is it an allergy I should worry about?
an|n|New washing powder and now I've got an itchy red rash on my legs and back. Face fine, breathing fine. Which antihistamine do I buy?
an|n|Horsefly bite on my calf swelled up the size of a saucer, hot and itchy, I feel fine otherwise. Is that an allergic reaction? Worried it'll go up to my throat
an|n|Eyes streaming and I'm sneezing my head off every time I do the silage, like clockwork every June. Any tablet that won't make me drowsy on the tractor?
an|n|my granddaughter's cheeks come up red and blotchy after strawberries, no swelling, she's playing happily. allergy test?
an|n|Plaster left a red itchy square on my arm after my blood test. Allergic to plasters? I'm a bit paranoid about allergies since my brother's peanut thing.
an|n|Eyelids puffy this morning after a night crying at a film lol, no itching, no other swelling. is it an allergy?
br|n|Cough hanging on 2 weeks after a cold, worse at night, I'm otherwise fine and eating. On the phones all day so my voice is shot. Lozenges or GP?
br|n|Nose so blocked I'm breathing through my mouth all night and wake up with a dry throat. Pregnant (15 wks) so what can I use?
br|n|Out of puff after my first jog in ten years lol felt like my lungs were on fire, fine two minutes later. Am I dying or just unfit
br|n|Tickly cough every time I come into the warm from the cold yard, goes in a minute or two. Asthma?
br|n|Keep having to take big sighing breaths like I can't get a full one, worse when I'm stressed at work, I can talk and walk fine. what is it
br|n|stitch in my side from running for the bus, took my breath away, gone now. should i get it checked
br|n|Smoke from the stubble burning made me cough for a bit, fine now. Can smoke damage your lungs from one go?
bl|n|Cut my thumb on a box cutter opening the crisp deliveries, bled loads for a minute but stopped with a paper towel and pressure. Do I need a tetanus?
bl|n|Gums bleed when I brush, pink in the sink every morning. Pregnant 20 weeks. Normal or dentist?
bl|n|Woke up with a bright red blob in the white of my eye, no pain, vision fine. Looks horrific. Husband says I've burst something in my brain.
bl|n|Shaved my legs in a rush and took a chunk off my ankle, bled all down my foot like a horror film but stopped after ten mins with tissue. Is that normal for a shaving cut?
bl|n|Few streaks of bright blood on the paper after a hard poo, it's happened before with piles. I'm fine otherwise. GP or pharmacist?
bl|n|My socket is still oozing a bit after having a tooth out this morning, tastes of blood, not pouring. How long does that go on?
bl|n|grandson fell off his scooter, big graze on both knees with gravel in, bled a bit, cleaned it up. does it need anything more than plasters
bl|n|bruises on my shins from the pallets at work, I bruise like a peach, on no blood thinners. normal?
su|n|Feeling really flat since I retired, days are long and I miss the lads. not thinking of doing anything stupid, just fed up. who do I talk to?
su|n|Got dumped by text (classy), been crying in the staff toilets all week. I'm not going to hurt myself I just can't stop crying. Can I get signed off?
su|n|If one more customer shouts at me about a 10p voucher I will literally die. (joke). But seriously I'm not sleeping with the stress, can the GP help?
su|n|Grief hitting me hard 6 months after losing my wife. Some days I don't get out of my chair. Not suicidal, just lonely. Is there a group for old blokes like me?
su|n|My teenage granddaughter said she's "so done with life" because her phone broke. She's fine, laughing now, no self harm that I know of. Should I be worried by that kind of talk?
su|n|Lambing season, 3 hours sleep a night for a month, I'm snapping at everyone and crying at adverts. no thoughts of harming myself. is this burnout?
od|n|Took my vitamin D twice today by accident. is that going to do anything
od|n|Had a Lemsip at 8 and forgot and took 2 paracetamol at 12. Worked out it's about 3g for the whole day. Am I ok?
od|n|Grandson (4) ate a bit of toothpaste off the brush, not much, like a pea sized blob. Poisonous?
od|n|My toddler chewed a wax crayon, bits of blue in her mouth. She's fine and cross I took it off her. Do I need to do anything?
od|n|Swallowed a mouthful of mouthwash by accident when I laughed. feel fine, bit of a burny tummy.
od|n|Accidentally drank my husband's decaf that was actually full fat, heart racing a bit and jittery lol. I'm pregnant 10 weeks. Is one coffee going to harm the baby?
od|n|Ate a slice of bread then noticed mould on the crust. Feel fine. Will I get sick?
od|n|grandson found a silica gel sachet in a shoe box and bit into it, a few beads maybe. he's fine. do they poison you
if|n|9 month old 37.9 after her jabs this morning, bit grizzly but feeding well and laughing at the dog. Calpol ok?
if|n|My 14 month old has 38.1 with a snotty cold, but he's running round the living room and drinking his milk fine. when do I worry
if|n|Grandson is 7 months and feels hot after his bath, 37.6 on the ear thermometer. Playing, feeding, wet nappies. Too hot?
if|n|Temp of 38.0 in my 2 year old with a runny nose, she's eating toast and watching peppa. Can she go to nursery tomorrow?
if|n|Baby is 5 months, teething, a bit warm at 37.7, chewing everything, drooling buckets. Should I give him ibuprofen or calpol?
if|n|my 10 month old was 38.5 last night, calpol brought it down and shes been playing all morning, drinking normally, plenty of wet nappies. Does she need to see the GP?
sz|n|Leg jerked as I was falling asleep and woke me up with a jolt, like falling off a cliff. Happens now and then. Is it a seizure?
sz|n|Eyelid twitching for 4 days now, driving me mad, call centre screen all day. Anything I can do?
sz|n|Grandson came out of the pool shivering so hard his teeth were chattering, I thought he was fitting but he was talking the whole time. warm now. normal?
sz|n|hands shake when I hold my cup after a night shift and 3 energy drinks. Stops after I sleep. Tremor?
sz|n|my newborn granddaughter flings her arms out and startles when the door bangs, mum is worried its a fit. is that the startle reflex
sz|n|Calf cramp woke me at 3am, toes curled, agony for a minute, sore this morning. Could it be a blood clot or just cramp? No swelling.
sz|n|I fainted giving blood today, was out for a few seconds, felt fine after a biscuit. The nurse said my arm twitched. Was that a seizure?
pr|n|12 weeks with my first and I'm throwing up every morning but keeping water and crackers down the rest of the day. Can I work my checkout shifts?
pr|n|Sharp twinge low on my right side when I stand up quickly, 22 weeks, goes in seconds. Midwife mentioned ligament pain. Is that what this is?
pr|n|First baby, 31 weeks, my tummy goes hard for 30 seconds a few times a day, not painful, not regular. Braxton hicks?
pr|n|Legs cramping at night at 26 weeks, anything safe to take?
pr|n|Pelvis clicks and aches when I turn over in bed, 29 weeks, can still walk ok. Can I ask for physio?
pr|n|Pregnant 8 weeks and so tired I fell asleep in the staff room at lunch. Is it normal to be this exhausted?
pr|n|Bit of white discharge, more than usual, no itch, no smell, 18 weeks. Do I need to show anyone?
pr|n|Hands tingly and numb in the mornings at 33 weeks, wrists ache when I'm scanning on the till. Carpal tunnel in pregnancy? Can I still work?
se|n|Got a cold, temp 37.8, achy all over, eating and drinking, just feel sorry for myself. Can I go to work tomorrow?
se|n|Stinging when I wee since yesterday, no temperature, no back pain. Can the chemist help or do I need the GP?
se|n|Hangnail on my finger has gone red and puffy at the side with a bit of yellow. No red lines, feel well. Soak it?
se|n|Small boil on my bum cheek, sore to sit on the tractor, no fever. Will it burst by itself?
se|n|Sore throat, tonsils look big with white spots, temp 37.9, swallowing hurts but I can drink. Pharmacy?
se|n|grandad grazed his shin on the car door, edge is a bit pink, no spreading, no fever, he's fine in himself. anything to put on it
se|n|Flu jab yesterday and I feel shivery and achy with 37.6, arm like a brick. How long does it last?
hi|n|Cracked my head on the open kitchen cupboard door, saw stars for a second, bit of a lump, no sickness, thinking fine. Ice it?
hi|n|grandson (2) ran into the coffee table corner, egg on his forehead, cried straight away, now back playing. it's a huge lump. is he ok
hi|n|headbutted by a calf while feeding it, lump on my cheekbone, bit of a headache, no blurred vision, all good otherwise. paracetamol?
hi|n|Walked into the low beam in the barn again, sore head, no sickness, no confusion. Can I drive home?
hi|n|Football hit my 9 year old in the head at school, teacher rang, he's fine, ate all his tea, bit of a headache. Anything to watch for?
hi|n|Bumped my head getting in the car, minor, but I'm 71 and my daughter insists I ring someone. No tablets that thin the blood. Feel fine.
me|n|Stiff neck from falling asleep on the sofa in a weird position, cant turn my head left without wincing, no fever, feel fine. heat pad?
me|n|Headache like a tight band round my head after 9 hours on the headset with angry callers. Gone by the morning. Just tension?
me|n|Heat rash on my son's chest after the soft play, I did the glass test and it fades. He's bouncing off the walls. Anything to put on it?
me|n|Migraine coming on, the usual zigzags then a thumping headache on one side, I get them every couple of months. Can I take my usual tablets while on the pill?
me|n|Sinuses throbbing over my eyes and cheeks when I bend down to stack the bottom shelf. Blocked nose for a week. What's good for it?
me|n|Light hurts my eyes after the fluorescent tubes at work all day and I get a dull headache. Should I get my eyes tested?
me|n|My neck cricked reaching for the milk at the back of the fridge and now it's stiff and sore. No headache or temperature. Can I still work?
di|n|Type 2, sugar was 11 two hours after Chinese takeaway, feel fine. Is that bad?
di|n|Had a hypo at 3.7 before lunch, had jelly babies and it's 6.1 now and I feel normal. Type 1. Do I need to report it?
di|n|Sensor says 13 but my finger prick says 10. Which one do I trust? Feel fine.
di|n|Diabetic 12 years, got a hard bit of skin on my heel from my wellies, no cut, no redness. Can I use a foot file or see the podiatrist?
di|n|I'm pregnant, 28 weeks, the glucose test came back borderline and they want to repeat it. I feel fine. Is my baby in danger?
di|n|Grandma's sugar was 8.6 this morning instead of her usual 6, she had a slice of cake last night, she feels fine and is doing the crossword. Change anything?
bu|n|Touched the oven tray with the back of my hand, red stripe, stinging, no blister. Cold water done. Anything else?
bu|n|Sunburnt the back of my neck on the combine, red and tight, no blisters. After-sun ok?
bu|n|Steam from the kettle caught my wrist, small red patch the size of a 5p, hurts. Plaster or leave it open?
bu|n|Hands burning after chopping chillies without gloves, then I rubbed my eye, OUCH. It's stopped now mostly. Will my eye be ok? Vision fine.
bu|n|Friction burn on my palm from the rope tying down the trailer, raw skin, small. How do I dress it?
bu|n|Curling tongs burn on my forehead, small red line, tiny blister. Wedding in 2 days help
bu|n|Spark from the bonfire landed on my arm and left a blister the size of a lentil. Pop it?
cu|n|Granddaughter has a runny nose and she's grumpy but eating her tea and watching cartoons. Can she go to school?
cu|n|Little spots on my grandson's hands and in his mouth, nursery says hand foot and mouth going round. He's eating ice lollies and playing. Does he need the doctor?
cu|n|My 3 year old keeps scratching her bum at night, I think I saw a tiny white worm. Mortified. What do I buy?
cu|n|Son was sick once in the car on the way back from the farm show, fine now and asking for crisps. Travel sick?
cu|n|Grandson hasn't pooed for 3 days, he's 2, bit grumpy, eating ok, tummy soft. Prune juice?
cu|n|nits again!! the whole class has them. anything that works for real
cu|n|Little one's eye is all sticky and gunky this morning, eye is pink, he's fine otherwise. Drops from the chemist?
cu|n|Daughter (6) keeps waking with leg pains at night, rub them and she goes back to sleep, running about in the day. Growing pains?
cu|n|Toddler's earache, pulling at her ear, 37.8, playing and eating a bit less. Calpol and wait?
"""

ZH_HANS_HW = r"""
cp|e|在超市理货，刚才搬完一箱矿泉水胸口像压了块石头，往左肩和下巴窜，出了一身冷汗，二十多分钟了还没缓过来。歇会儿就好吧？
st|e|我爸在桂林老家，刚才视频发现他嘴歪了，说话含含糊糊的，右手拿不住手机，半小时前还好好的。他说睡一觉就好，行不行
st|e|哈尔滨这边，老伴儿早上起来左边胳膊腿没劲，站不起来，说话也不清楚了，要不要先给他吃片阿司匹林观察观察
an|e|福州的，吃了一口芒果，现在嘴唇舌头都肿起来了，嗓子发紧，喘气有呼呼声，全身起红疙瘩，头晕。吃片氯雷他定就行吧
br|e|孙女两岁，感冒两天了，刚才喘得厉害，鼻翼一扇一扇的，肋骨下面往里凹，嘴唇有点发紫。给她喝点止咳糖浆可以吗
br|e|我有哮喘，喷了好几次沙丁胺醇都不管用，现在说话只能一个字一个字往外蹦，坐着都喘。我在泉州开店走不开，能挺一挺吗
bl|e|在地里砍甘蔗，刀砍到小腿上，口子很深，血一股一股往外冒，用衣服捂了十几分钟还在流，人有点发晕。回家抹点云南白药行吗
su|e|做客服三年了，今天又被骂哭。我已经把一整瓶安眠药倒出来了，打算下班回去就全吃了，不想再醒。就想找个人说一声
su|e|我妹在沈阳打工，刚发微信说她在江边，说活着没意思，让我照顾好妈，然后就不回消息了。她平时爱开玩笑，是不是闹着玩的
od|e|我家老头子把兑在饮料瓶里的农药当水喝了一口，现在流口水、一身汗、肚子疼，眼睛的瞳孔缩成一个点。喝点牛奶能解吗
if|e|宝宝出生五周，今天摸着烫，量了38.3，吃奶没以前有劲了。物理降温可以吗
if|e|我帮女儿带外孙女，刚七周大，体温38.0，有点蔫，不太哭也不太吃。等她妈下班回来再说？
sz|e|老伴儿突然抽起来了，口吐白沫，抽了快十分钟还没停，以前从来没有过。掐人中有用吗
pr|e|第一次怀孕，32周，今天一上午感觉宝宝都没怎么动，以前挺闹的，现在肚子发硬一阵一阵地疼。是不是宝宝睡着了
pr|e|怀孕7周，左边小肚子突然疼得直不起腰，肩膀也疼，刚才差点晕倒，下面有一点出血。是不是吃坏肚子了
se|e|我妈七十八，尿路感染几天了，今天突然糊涂了不认人，浑身发抖，喘得快，手脚冰凉还发花。吃点消炎药行不行
hi|e|孙子在小区滑滑梯上摔下来磕了后脑勺，当时哭了，现在吐了两次，老想睡，叫他也不太理人。让他睡会儿吧？
hi|e|在长春，我爸喝完酒摔了一跤，头磕在台阶上，现在叫不太醒，两只眼睛瞳孔一大一小。他平时喝多了也这样，睡一觉就好吧
me|e|儿子十二岁，发烧头疼，脖子硬得低不下头，腿上起了紫红色的小点，用玻璃杯压也不褪色。先吃退烧药？
di|e|我是一型糖尿病，血糖仪测出来直接显示HI，一直吐，喘气又深又快，嘴里一股烂苹果味。多打点胰岛素在家扛一扛可以吗
di|e|老伴儿打胰岛素的，晚饭没吃，现在一身大汗，说胡话，喊他也不太应，喂糖水喂不进去。要不要让他先躺会儿
bu|e|北海这边，我侄子被煮糖水的锅烫到了，一岁半，胸口到肚子一大片起泡掉皮，比我手掌还大好多。抹牙膏行吗
cu|e|孙子一岁，拉肚子一天了，今天一整天没尿，哭也没有眼泪，眼窝凹下去了，软绵绵的叫不起来。冲点米汤给他喝？
cp|n|退休在家，每天早上喝完浓茶心就扑通扑通乱跳几下，然后就好了，也不疼，爬楼没问题。是茶喝多了吧？要不要去看看
cp|n|南宁的，昨晚吃了老友粉加酸笋，半夜胸口火烧火燎的，反酸到嗓子，坐起来喝了点温水好多了。要买什么药
cp|n|在超市搬货闪了一下，左边胸口肋骨那里一按就疼，转身也疼，喘气没问题。贴膏药行不行
cp|n|怀孕30周，第一胎，天天烧心，躺下就往上反酸，吓得我以为心脏出问题了。孕妇能吃什么胃药
cp|n|做电话客服的，每次被投诉就心慌手抖出汗，挂了电话就好了。这算心脏病吗？能不能开点药
cp|n|咳嗽一个礼拜了，现在胸口前面一咳就疼，按着也疼，其他都还好，人有精神。正常吗
st|n|早上起来右手麻了，压着睡的，甩了几下就好了。吓死我了，网上说是中风前兆？
st|n|拔完牙半边嘴唇还是木的，喝水往外漏，我妈说我面瘫了哈哈。麻药一般多久过去
st|n|大连的，一躺下翻身就天旋地转几秒，之前医生说是耳石症，这次又犯了。在家能自己做复位吗
st|n|在茶园采了一天茶，手指头发麻，晚上泡了热水好多了。正常不
st|n|六十五了，最近老想不起人名，话到嘴边就忘，跟老姐妹聊天挺尴尬的。是不是老年痴呆，去哪个科看
an|n|吃菠萝嘴巴有点刺刺的麻，不肿，没别的不舒服。是过敏吗，以后还能吃吗
an|n|换了新的洗衣液，腿上后背起了一片红疹子，痒得很，脸不肿，喘气正常。买啥药
an|n|在田里被蚂蚁咬了，脚背肿了一大块，又红又痒，别的地方都没事。要打针吗
an|n|春天一到就鼻子痒打喷嚏流眼泪，今年特别严重，在收银台一直擤鼻涕顾客都看我。有不犯困的药吗
an|n|孙女吃了海虾脸上起了几个小红包，不肿，照样玩，还要吃。是不是对虾过敏，要不要去查过敏原
br|n|感冒好了一个多礼拜还在咳，晚上咳得多，白天还行，吃饭睡觉都正常。要不要拍片子
br|n|鼻子堵得死死的，晚上只能张嘴呼吸，早上起来嗓子干得冒烟。怀孕了能用什么
br|n|第一次跟着广场舞队快走，走完喘得跟拉风箱一样，歇了几分钟就好了。我这个肺是不是不行了
br|n|一紧张就觉得气吸不到底，老想深吸一口气叹出来，能说能走。这是什么毛病
br|n|烧秸秆的烟呛了一下，咳了一阵，现在好了。会不会伤肺
bl|n|切酸菜把手指头划了个口子，流了不少血，按了几分钟止住了。要去打破伤风吗
bl|n|刷牙牙龈出血，吐出来都是粉红色的，我怀孕22周。正常吗
bl|n|早上起来眼白里红了一大块，像出血了，不疼不痒看东西正常。吓死人，是不是血管爆了
bl|n|上厕所纸上有一点鲜红的血，大便有点干，以前也有过痔疮。去药店买点药可以吗
bl|n|刮胡子刮破了，血一直往下滴，贴了纸巾十分钟止住了。我这血是不是不容易凝
bl|n|拔完智齿回家嘴里还一直有点渗血，咬着棉球呢，不是很多。要多久才不出血
su|n|刚分手，天天下班就哭，吃不下饭，但没有想伤害自己。能去哪里找人聊聊
su|n|退休了天天在家，没人说话，觉得自己没用了，也没想不开，就是闷。有没有什么老年活动推荐
su|n|孙女考试没考好说“不想活了”，说完就去打游戏了，笑嘻嘻的。小孩这么说要不要当回事
su|n|带娃带得崩溃，天天失眠烦躁，想打人（开玩笑），没有伤害自己的想法。是不是产后抑郁，看哪个科
od|n|今天维生素C吃了两次，忘了早上吃过。会不会中毒
od|n|孙子把牙膏吃了一点，豌豆那么大一坨。有毒吗
od|n|吃了感冒灵又吃了一片对乙酰氨基酚，算了一下一天加起来不到两克。没事吧
od|n|小孩咬了一口干燥剂包，吐出来几颗小珠子，人没事。要不要紧
od|n|面包边上发霉了我没看到吃了一口，现在还没啥感觉。会拉肚子吗
if|n|宝宝十个月，打完疫苗晚上37.9，吃奶正常还在笑。要吃退烧药吗
if|n|孩子一岁半，流鼻涕发烧38.1，满屋子跑，水也喝得多。明天能去托班吗
if|n|宝宝六个月，洗完澡摸着有点烫，耳温37.6，吃奶玩都正常。是不是穿多了
if|n|外孙四个月，出牙流口水，温度37.7，啥都往嘴里塞。要不要紧
sz|n|睡着前腿突然一蹬就醒了，像踩空了一样。这是抽风吗
sz|n|眼皮跳了一个礼拜了，左眼跳财右眼跳灾，我两个眼都跳。到底咋回事
sz|n|半夜小腿抽筋，疼得我叫起来，早上还有点酸。缺钙吗，吃啥
sz|n|新生的孙子一听到响声手就一下子张开，我儿媳吓坏了说是抽搐。是不是惊跳反射
pr|n|怀孕11周，第一胎，早上刷牙就吐，白天能喝水能吃饼干。还能去超市上班吗
pr|n|怀孕24周，站起来快了右下腹像被扯了一下，几秒就好。是韧带疼吗
pr|n|孕晚期了，肚子一天发硬几次，不疼，不规律。是假宫缩吧？第一次怀孕啥都不懂
pr|n|怀孕了手指头早上起来发麻，收银扫码手腕疼。能继续上班吗
pr|n|怀孕28周，晚上老起夜，腰酸。正常吗
se|n|感冒了37.8，浑身酸痛，吃喝正常，就是没力气。明天能上班吗
se|n|尿尿有点刺痛，没发烧，腰也不疼。能不能先在药店买点药
se|n|手指头倒刺那里红肿了，有点化脓，别的都好。用啥泡一泡
se|n|嗓子疼，扁桃体上有白点，37.9，吃东西疼但能喝水。去药店行吗
hi|n|起身撞到橱柜门了，头上起了个包，当时眼冒金星，现在不晕不吐。冰敷就行吗
hi|n|孙子两岁，跑着撞到茶几角，额头起了个大包，哭了一下又去玩了。包这么大要紧吗
hi|n|在牛棚里被小牛顶了一下脸，颧骨那里青了，有点头疼，别的都正常。吃点止痛药？
hi|n|我七十了，上车的时候头碰了一下车门框，一点事没有，闺女非要我问问。我不吃抗凝药
me|n|落枕了，脖子往左转不了，一转就疼，不发烧。贴膏药还是去推拿
me|n|天天加班对着电脑，下午头像被箍住一样疼，睡一觉就好。是紧张性头疼吗
me|n|儿子身上起了痱子，我用玻璃杯压了会褪色，人活蹦乱跳的。擦什么
me|n|鼻窦炎又犯了，一低头眼睛上面和脸颊就胀疼，鼻子堵了一个礼拜。吃啥药
di|n|二型糖尿病，吃了一大碗桂林米粉，两小时测了11，人没感觉。要紧不
di|n|低血糖了3.8，吃了几块糖现在6.2，人也舒服了。一型的，要跟医生说吗
di|n|扫描的探头显示13，指尖血测出来10，信哪个？人挺好的
di|n|我妈今早血糖8.5，平时6左右，昨天吃了块生日蛋糕，人精神着呢在打麻将。药要调吗
bu|n|拿烤盘手背碰了一下，红了一道，火辣辣的，没起泡，冲了冷水。还要干啥
bu|n|在北海银滩晒了一天，肩膀晒得通红，一碰就疼，没起泡。擦什么
bu|n|水壶的蒸汽烫了手腕一小块，硬币那么大，有点疼。要不要包起来
bu|n|切完辣椒手火辣辣的，洗了好几遍还烧。正常吗
cu|n|孙女流鼻涕，脾气大，但吃饭玩都正常。能去幼儿园吗
cu|n|孙子手上嘴里起了小疱疹，幼儿园说在流行手足口，他能吃能玩。要去医院吗
cu|n|孩子晚上老抓屁股，好像看到小白虫子了。买什么药
cu|n|闺女六岁，晚上老说腿疼，揉揉就睡着了，白天跑得欢。是不是生长痛
cu|n|孩子眼睛早上起来黏糊糊的，眼屎多，有点红，别的都好。买什么眼药水
"""

ZH_HANT_HW = r"""
cp|e|喺中環返工，開完會心口好翳，好似有嚿嘢壓住咁，痛到落左手同下巴，出晒冷汗，成半個鐘都冇好返。飲啖熱水得唔得？
st|e|我阿爺喺澳門屋企，啱啱食緊飯突然口歪咗，講嘢含糊，右手攞唔穩筷子。佢話坐陣就冇事，等佢休息下得唔得
an|e|同事食咗件有花生嘅曲奇，佢對花生敏感，塊面腫晒，話喉嚨好緊，聲都沙埋，呼吸有聲。食粒抗敏感藥等等睇？
br|e|我媽咪喺氹仔，本身有肺病，今日喘到講唔到一句完整嘅說話，嘴唇有啲紫，坐定定都喘。佢唔肯入醫院，叫佢飲暖水得唔得
bl|e|屋企個女開罐頭界親手腕，好深，啲血一下下噴出嚟，用毛巾壓咗十分鐘都仲係滲透晒。貼塊膠布得唔得？
su|e|喺觀塘寫字樓OT到夜晚，做到唔想再做人，啱啱企咗喺天台邊好耐，諗住今晚就跳落去。唔好理我，我只係想講出嚟
od|e|阿嫲唔記得自己食咗藥，將成排降血糖藥食晒，大概八粒，佢話有啲頭暈出汗。等佢食飽飯睇下？
if|e|BB先至五個禮拜大，今日摸落熱熱哋，探熱38.1度，食奶食少咗。可唔可以貼退熱貼等佢自己退
sz|e|老公喺梳化突然抽筋，成個人硬晒一路震，已經超過五分鐘都未停，佢以前冇試過。我應唔應該塞啲嘢落佢口度
pr|e|第一胎，35個禮拜，頭痛到爆，食咗止痛藥都冇用，眼前有閃光，對腳同塊面都腫晒。會唔會係太熱？
se|e|阿爸做完化療一個禮拜，今晚發燒38.5度，仲震到停唔到，佢話係傷風想瞓覺。得唔得
hi|e|同事喺公司樓梯跌落嚟撞親個頭，跌完之後嘔咗兩次，講嘢有啲亂，同一條問題問咗幾次。佢話冇事想返去繼續做，得唔得
me|e|我細仔十五歲，發燒頭痛，條頸硬到岳唔低，好怕光，腳度出咗啲紫色細點，用玻璃杯壓都唔退。會唔會係流感？
di|e|老公有糖尿病打針嗰種，度血糖得1.8，叫佢都唔係好應，餵佢飲果汁佢吞唔落。等佢瞓陣先？
bu|e|屋企廚房熱油鑊着火，我老婆撲熄咗但係塊面同頸燒傷一大片，起晒水泡，鼻毛都燒焦，把聲開始沙。搽啲蘆薈得唔得？
cu|e|個女兩歲，肚屙嘔咗成日，成日都冇濕過尿片，叫佢都唔係好醒，手腳凍冰冰。沖啲電解質水畀佢飲可唔可以
cu|e|外孫一歲，成日瞓喺度唔郁，面色好白，呼吸好急仲有咕咕聲，手腳冰凍但個身好熱。佢平時好活潑。等佢媽媽放工返嚟先？
cp|n|喺九龍灣寫字樓，飲完兩杯凍奶茶心口跳到好快，撲撲聲咁，坐低十分鐘就好返，冇痛。係咖啡因定心臟有事？
cp|n|食完火鍋返屋企，心口好似燒緊咁，酸水湧上嚟，坐直就舒服啲。藥房有咩買
cp|n|搬文件箱扭親，右邊心口一撳就痛，轉身都痛，呼吸冇問題。貼膏布得唔得
cp|n|咳咗成個禮拜，心口前面一咳就痛，其他都OK。正常嘅？
st|n|訓覺壓住隻手，醒嚟成隻手麻晒，郁咗幾下就好返。嚇死我，會唔會係中風先兆
st|n|脫完牙成邊嘴唇仲係麻，飲水漏出嚟，同事笑我面癱。麻藥幾耐會退
st|n|對住電腦成日，夜晚眼矇矇，瞓醒就好返。要睇眼科定普通科
an|n|換咗新洗衣粉，腳同背脊出咗一片紅疹，好痕，塊面冇腫，呼吸正常。買咩藥好
an|n|喺路環行山俾蚊咬，成隻腳腫咗一大塊又紅又痕，人冇其他唔舒服。會唔會敏感到全身
an|n|一到春天就鼻痕打噴嚏流眼水，返工成日擤鼻涕。有冇唔會眼瞓嘅藥
br|n|傷風好咗成個禮拜仲係咳，夜晚咳多啲，日頭OK，食得瞓得。需唔需要照肺
br|n|鼻塞到夜晚要用口呼吸，朝早喉嚨乾到痛。有BB喺肚，用咩好
br|n|一開會就覺得吸唔到成啖氣，成日要深呼吸嘆氣，講嘢行路都冇問題。係咩事
bl|n|切菜界親手指，流咗好多血，撳住幾分鐘止咗。需唔需要打破傷風針
bl|n|朝早起身眼白有一大笪紅，唔痛唔痕，睇嘢正常。好得人驚，會唔會爆咗血管
bl|n|去完廁所紙上有少少鮮血，大便有啲硬，以前有痔瘡。去藥房買藥得唔得
su|n|啱啱分咗手，放工返屋企就喊，食唔落嘢，但冇諗過傷害自己。可以搵邊個傾吓
su|n|做到想死（講笑），份工壓力大到瞓唔着，冇諗過傷害自己。睇普通科醫生有冇用
od|n|今日食咗兩粒維他命D，唔記得朝早食咗。有冇事
od|n|個細路食咗少少牙膏，豆咁大。有冇毒
if|n|BB十個月，打完針夜晚37.9度，食奶正常仲識笑。需唔需要食退燒藥
if|n|我細仔一歲半，流鼻水發燒38.1度，成屋走來走去，飲水都多。聽日返唔返得playgroup
sz|n|眼皮跳咗成個禮拜，對住電腦太耐？有冇辦法
sz|n|瞓到半夜小腿抽筋，痛到叫出聲，朝早仲有啲痠。會唔會缺鈣
pr|n|第一胎，10個禮拜，朝早一刷牙就嘔，日頭飲到水食到梳打餅。返唔返到工
pr|n|懷孕23個禮拜，起身快咗右邊小腹扯一扯咁痛，幾秒就冇。會唔會係韌帶痛
se|n|傷風37.8度，周身骨痛，食得飲得。聽日返唔返得工
se|n|去廁所有啲刺痛，冇發燒，腰都唔痛。藥房有冇得買藥先
hi|n|起身撞親廚櫃門，頭起咗個包，唔暈唔嘔。敷冰就得？
hi|n|個囡兩歲撞到茶几角，額頭起咗個大包，喊咗一陣又去玩。個包咁大緊唔緊要
me|n|瞓梳化瞓到條頸硬晒，轉唔到去左邊，冇發燒。貼熱敷貼定去睇跌打
me|n|成日開會對住電腦，下晝個頭好似俾條箍箍住咁痛，瞓一覺就好。會唔會係緊張性頭痛
di|n|二型糖尿，食完豬扒包兩個鐘度到11，冇咩唔舒服。緊唔緊要
di|n|低血糖3.8，食咗幾粒糖之後6.2，舒服返。需唔需要話俾醫生知
bu|n|攞焗盤手背掂咗一下，紅咗一條，熱辣辣，冇起水泡，沖咗凍水。仲要做咩
bu|n|喺黑沙海灘曬咗成日，膊頭紅晒，一掂就痛。搽咩好
cu|n|個女流鼻水，脾氣大，但係食飯玩都正常。返唔返得幼稚園
cu|n|我細仔手同口出咗啲細疱，學校話有手足口病，佢食得玩得。需唔需要睇醫生
"""

# ---------------------------------------------------------------- templates (none rows only)
CATS = {"cp": "chest_pain", "st": "stroke", "an": "anaphylaxis", "br": "breathing", "bl": "bleeding",
        "su": "suicide_self_harm", "od": "overdose_poisoning", "if": "infant_fever", "sz": "seizure",
        "pr": "pregnancy", "se": "sepsis", "hi": "head_injury", "me": "meningitis", "di": "diabetic",
        "bu": "burns", "cu": "child_unwell"}
ORDER = list(CATS)

EN_FILL = {
 "cp": ["my chest has been burning after tea every night this week, like a fire in there, goes with a Gaviscon",
        "I get a sharp catch in my chest when I stretch up to the top shelf, only when I move that way",
        "my heart did a big thump and a flutter while I was watching the football, then carried on normal, no pain"],
 "st": ["my foot went dead sitting cross-legged at my grandson's assembly, couldn't feel it for a minute, fine now",
        "the side of my face tingled in the freezing wind on the quad bike, gone once I warmed up",
        "my hand went numb holding the steering wheel on a long drive, shook it and it came back"],
 "an": ["my hands come up in itchy bumps when I peel potatoes, no swelling anywhere else",
        "a couple of midge bites on my neck swelled into big itchy lumps, breathing fine",
        "my eyes puff up and itch whenever I visit my sister's cat, nothing else"],
 "br": ["I've had a wheezy, chesty cough for four days with this cold, talking and walking fine",
        "my throat feels tight and scratchy with this cold, swallowing and breathing fine",
        "my nose is so bunged up I sound like a robot on the phone, breathing through my mouth ok"],
 "bl": ["my nose bled for 10 minutes while I was bending over the veg boxes, stopped with pinching",
        "I nicked my finger on the bacon slicer, bled a fair bit, stopped with pressure",
        "my period this month is heavier than my usual, changing every 3 hours, feel fine"],
 "su": ["I've been low and teary since my old dog died, no thoughts of harming myself",
        "I can't switch off after work and lie awake worrying, no dark thoughts, just worn out",
        "I feel lonely since the grandkids moved away, not thinking of doing anything silly"],
 "od": ["I took my multivitamin and fish oil twice this morning by mistake",
        "I took ibuprofen on an empty stomach and now my stomach aches a bit",
        "my grandson sucked one of my honey throat sweets, just the one"],
 "if": ["my 11 month old is 38.0 with a cold but playing and drinking plenty",
        "my grandson (8 months) is 37.8 after his jabs, feeding and smiling",
        "my 18 month old was 38.3 today, had calpol, now eating her dinner and giggling"],
 "sz": ["my eyelid keeps twitching and it's been going on for days",
        "I jolted awake with a big twitch just as I was dropping off",
        "I got cramp in my foot so bad my toes curled, gone after a few minutes"],
 "pr": ["I'm 13 weeks and feel sick all day but I'm keeping food and water down",
        "I'm 25 weeks and my back aches by the end of a shift",
        "I'm 20 weeks and my ankles swell a bit by evening and go down overnight, no headaches"],
 "se": ["I've got a cold with a temperature of 37.7, eating and drinking fine",
        "a small cut on my finger is a bit pink round the edge, no fever, feel well",
        "I've got a cold sore coming up on my lip and feel a bit run down"],
 "hi": ["I bumped my head on the shelf edge at work, small lump, no sickness, no confusion",
        "my grandson bumped his head on the slide, cried straight away, now playing as normal",
        "I knocked my head on the loft hatch, sore spot, nothing else"],
 "me": ["I've got a stiff neck from sleeping awkwardly, can still move it, no fever",
        "I've had a dull headache after a long day on the phones, gone after a sleep",
        "my grandson has a rash after the beach that fades when I press a glass on it, and he's his usual self"],
 "di": ["my sugar was 9.4 after a birthday tea, I feel fine",
        "my blood sugar was a bit low at 4.2 before dinner, had a biscuit and it came back up",
        "my sugar's been running a bit higher with this cold, about 10, eating and drinking fine"],
 "bu": ["I splashed hot gravy on my wrist, red patch the size of a coin, no blister",
        "I got a bit sunburnt on my arms at the village fete, red and sore",
        "I touched the hot exhaust on the quad bike, small red mark, no blister"],
 "cu": ["my granddaughter has a snotty nose and a cough but is eating and playing",
        "my grandson has nappy rash, red but no broken skin, happy otherwise",
        "my little one is teething, dribbling and grumpy, sleeping badly"],
}
EN_OPEN_ANY = ["Hi,", "Morning,", "Quick one from the staff room:", "Farmer here.", "Evening.",
               "On my lunch break from the call centre -", "Supermarket nights worker here.", "Hiya,",
               "Typing this on my break at the checkout -"]
EN_OPEN_OLD = ["Retired and too much time to worry -", "Grandma on duty this week.", "Hello, pensioner here,",
               "Grandad here, minding the little ones."]
EN_WORRY = ["Frightened the life out of me.", "Scared me half to death.", "My wife is convinced it's the end.",
            "I nearly had kittens.", "", "", "Had me in a right state.", "The worry is killing me."]
EN_Q = ["Is that anything to worry about?", "Chemist or GP?", "Can I still go to work?", "What can I buy for it?",
        "Do I need to see anyone or just leave it?", "Can it wait till the surgery opens on Monday?",
        "Am I overreacting?", "What's the best thing to do at home?", "Is it ok to just ring the non-urgent line?"]
EN_SIGN = ["Thanks", "ta", "Cheers", "thanks x", "Many thanks, Brenda", "Ta, Keith", "x"]

HANS_FILL = {
 "cp": ["吃完饭胸口烧得慌，喝了点热水好多了", "弯腰搬货时胸口侧边扯着疼一下，一动才疼"],
 "st": ["盘腿坐久了脚麻得没知觉，站起来一会儿就好了", "骑电动车吹了冷风，半边脸有点麻，暖和了就没事了"],
 "an": ["削山药手上痒得起疙瘩，别的地方都好好的", "被蚊子咬了几个大包，又红又痒，喘气正常"],
 "br": ["感冒咳嗽带点痰，嗓子痒，能吃能睡", "感冒鼻子不通气，晚上睡不好，别的都好"],
 "bl": ["流鼻血流了几分钟，捏着鼻子就止住了", "切菜切到手指，流了点血，按住就不流了"],
 "su": ["最近心情低落，老想哭，没有想伤害自己", "压力大睡不着，脑子停不下来，没有轻生的念头"],
 "od": ["早上的钙片吃了两遍，想起来才发现", "空腹吃了布洛芬，胃有点不舒服"],
 "if": ["孩子一岁，感冒发烧38.0，能吃能玩", "宝宝八个月，打完疫苗37.8，吃奶正常还会笑"],
 "sz": ["眼皮一直跳，跳了好几天了", "晚上脚抽筋，疼了几分钟就好了"],
 "pr": ["怀孕13周，整天恶心，但吃喝都能咽下去", "怀孕25周，上完班腰酸背疼"],
 "se": ["感冒37.7度，吃喝都正常", "嘴角长了个疱，人有点没精神"],
 "hi": ["头磕到货架边上，起了个小包，不晕不吐", "孙子玩滑滑梯碰了头，哭了一声又玩去了"],
 "me": ["睡觉落枕，脖子转着疼，不发烧", "上了一天班头闷闷地疼，睡一觉就好了"],
 "di": ["餐后血糖9.4，人没啥感觉", "饭前血糖4.2，吃了块饼干就上来了"],
 "bu": ["热汤溅到手腕上，红了一块，没起泡", "赶海晒了一天，胳膊晒红了有点疼"],
 "cu": ["孙女流鼻涕咳嗽，但能吃能玩", "孩子出牙流口水，晚上睡不踏实"],
}
HANS_OPEN_ANY = ["南宁的，", "桂林这边，", "百色农村的，", "福州的，", "泉州这边，", "漳州的，", "宁德茶农，",
                 "哈尔滨的，", "长春这边，", "沈阳的，", "大连的，", "超市收银员，", "做电话客服的，", "龙岩的，"]
HANS_OPEN_OLD = ["退休老头儿，", "帮闺女带孙子的姥姥，", "退休在家的，", "带外孙的奶奶，"]
HANS_WORRY = ["吓得我心里咯噔一下。", "老伴儿说我大惊小怪。", "心里七上八下的。", "", "", "一晚上没睡踏实。"]
HANS_Q = ["需要去医院吗？", "药店买点药行不行？", "明天能上班吗？", "在家能做点啥？", "正常不？",
          "等到周一再看门诊行吗？", "是不是我想多了？", "要挂哪个科？"]
HANS_CLOSE = ["谢谢", "麻烦了", "先谢过", "谢谢啦", "多谢"]

HANT_FILL = {
 "cp": ["食完lunch心口好似火燒咁，飲咗啖暖水舒服返啲", "伸手攞高櫃啲文件，心口側邊扯住痛一下，唔郁就冇事"],
 "st": ["翹住腳坐咗成個鐘，隻腳麻到冇知覺，企起身一陣就好返", "對住冷氣吹咗成日，半邊面有啲麻麻哋，暖返就冇事"],
 "an": ["俾蚊咬咗幾啖，腫到一粒粒又紅又痕，呼吸正常", "換咗隻新護手霜，手背出咗啲紅點好痕，其他地方冇事"],
 "br": ["傷風咳到有痰，喉嚨痕，食得瞓得", "鼻塞到夜晚瞓得唔好，其他都OK"],
 "bl": ["流鼻血流咗幾分鐘，揸住個鼻就止咗", "開信封界親手指，流咗啲血，撳住就停咗"],
 "su": ["最近心情好低落，成日想喊，冇諗過傷害自己", "份工壓力大到瞓唔着，個腦停唔到，冇輕生念頭"],
 "od": ["朝早食咗兩次鈣片，後來先發覺", "空肚食咗止痛藥，個胃有啲唔舒服"],
 "if": ["我細仔一歲，傷風發燒38.0度，食得玩得", "BB八個月，打完針37.8度，食奶正常仲識笑"],
 "sz": ["眼皮跳咗好幾日", "夜晚腳抽筋，痛咗幾分鐘就冇事"],
 "pr": ["懷孕13個禮拜，成日作嘔，但係食得落嘢", "懷孕25個禮拜，放工個腰好痠"],
 "se": ["傷風37.7度，食嘢飲嘢都正常", "嘴角生咗粒熱瘡，人有啲冇精神"],
 "hi": ["撞親個頭落枱角，起咗個細包，唔暈唔嘔", "個囡玩滑梯撞親頭，喊咗一聲又去玩"],
 "me": ["瞓得唔好，條頸轉嗰陣痛，冇發燒", "返咗成日工個頭悶悶痛，瞓一覺就好"],
 "di": ["飯後血糖9.4，冇咩感覺", "飯前血糖4.2，食咗塊餅乾就返上嚟"],
 "bu": ["熱湯濺落手腕，紅咗一笪，冇起水泡", "喺海灘曬咗成日，手臂曬到紅晒有啲痛"],
 "cu": ["個囡流鼻水咳，但係食得玩得", "BB出牙流口水，夜晚瞓得唔好"],
}
HANT_OPEN_ANY = ["喺中環返工，", "澳門氹仔嘅，", "喺觀塘寫字樓做嘢，", "喺灣仔做會計，", "喺新馬路舖頭做嘢，",
                 "九龍灣OT緊，", "喺鰂魚涌做HR，", "澳門半島嘅，", "喺金鐘做文員，"]
HANT_WORRY = ["嚇到我心都離一離。", "同事話我好大件事。", "成晚諗住會唔會有事。", "", ""]
HANT_Q = ["需唔需要睇醫生？", "去藥房買藥得唔得？", "聽日返唔返得工？", "有咩自己可以做？", "正唔正常？",
          "可唔可以等到星期一睇家庭醫生？", "係唔係我諗多咗？"]
HANT_CLOSE = ["唔該", "唔該晒", "多謝", "thx"]

ADMIN = {
 "en": ["What time does the hospital shop shut on a Sunday?",
        "Do you take volunteers for the tea bar? I'm retired and have time on my hands.",
        "Can I drop off knitted hats for the baby unit?", "Is the hearing aid clinic still in the old building?",
        "Where do I send a thank-you letter for the nurses on Ward 9?", "Do you run blood donor sessions here?",
        "How do I get another copy of my fit note, the dog ate it", "Is there somewhere to leave a pushchair during my scan?",
        "Do I bring my maternity notes to the antenatal class?", "Can I use my prescription prepayment certificate at your pharmacy?",
        "Is the chapel open in the evenings?", "Which bus from the cattle market stops at the main entrance?",
        "Is there a hospital radio request line?", "Do I need a referral for a hearing test or can I just turn up?",
        "How long is the wait for the podiatry list?", "Can I move my scan to an evening? I work shifts in a call centre",
        "Is there a lift up to the eye clinic?", "Do you sell the tokens for the bedside phone at reception?",
        "Can I pay for my mum's parking... no sorry, where's the outpatients pharmacy?", "Is the WRVS cafe still cash only?"],
 "zh-Hans": ["医院超市几点关门？", "产检建档要带什么材料？", "老年人挂号有没有优先窗口？", "住院押金可以用微信交吗？",
             "你们医院有没有助听器验配？", "孕妇学校什么时候开课？", "体检报告几天能出来？",
             "医院附近有没有能停三轮车的地方？", "专家号怎么约？", "志愿者怎么报名？", "外地来的能办健康卡吗？",
             "B超室在几楼？"],
 "zh-Hant": ["醫院附近有冇地方泊單車？", "產前檢查需唔需要預約？", "驗身報告幾時攞得？", "可唔可以用澳門通俾錢？",
             "探病時間係幾點到幾點？", "眼科喺邊座大樓？", "放工先得閒，夜晚有冇門診？", "可唔可以網上改期？"],
}


def parse(block, script):
    out = []
    for line in block.strip().splitlines():
        c, lv, text = line.split("|", 2)
        out.append({"script": script, "category": CATS[c], "level": {"n": "none", "e": "emergency"}[lv],
                    "text": text.strip(), "template": "hw", "source": "handwritten"})
    return out


def main():
    rng = random.Random(7777)
    rows = parse(EN_HW, "en") + parse(ZH_HANS_HW, "zh-Hans") + parse(ZH_HANT_HW, "zh-Hant")
    target_none = {"en": 200, "zh-Hans": 117, "zh-Hant": 83}
    target_em = {"en": 40, "zh-Hans": 23, "zh-Hant": 17}
    texts = set(r["text"] for r in rows)
    assert len(texts) == len(rows), "duplicate hand-written text"

    def cat_counts():
        cc = {c: 0 for c in CATS.values()}
        for r in rows:
            if r["level"] == "none":
                cc[r["category"]] += 1
        return cc

    for script in ["en", "zh-Hans", "zh-Hant"]:
        have = sum(1 for r in rows if r["script"] == script and r["level"] == "none")
        need = target_none[script] - have
        assert need >= 0, (script, have)
        for _ in range(need):
            cc = cat_counts()
            code = min(ORDER, key=lambda k: (cc[CATS[k]], ORDER.index(k)))
            for attempt in range(500):
                frame = rng.choice([1, 2])
                if script == "en":
                    fill = rng.choice(EN_FILL[code])
                    if frame == 1:
                        opens = EN_OPEN_ANY + ([] if code in ("pr", "if") else EN_OPEN_OLD)
                        text = " ".join(x for x in [rng.choice(opens), fill + ".", rng.choice(EN_WORRY), rng.choice(EN_Q)] if x)
                    else:
                        text = " ".join(x for x in [fill[0].upper() + fill[1:] + ".", rng.choice(EN_WORRY), rng.choice(EN_Q)] if x)
                        text += "\n" + rng.choice(EN_SIGN)
                elif script == "zh-Hans":
                    fill = rng.choice(HANS_FILL[code])
                    if frame == 1:
                        opens = HANS_OPEN_ANY + ([] if code in ("pr", "if") else HANS_OPEN_OLD)
                        text = rng.choice(opens) + fill + "。" + rng.choice(HANS_WORRY) + rng.choice(HANS_Q)
                    else:
                        text = fill + "。" + rng.choice(HANS_WORRY) + rng.choice(HANS_Q) + rng.choice(HANS_CLOSE)
                else:
                    fill = rng.choice(HANT_FILL[code])
                    if frame == 1:
                        text = rng.choice(HANT_OPEN_ANY) + fill + "。" + rng.choice(HANT_WORRY) + rng.choice(HANT_Q)
                    else:
                        text = fill + "。" + rng.choice(HANT_WORRY) + rng.choice(HANT_Q) + rng.choice(HANT_CLOSE)
                if text not in texts:
                    break
            else:
                raise AssertionError("could not make a unique template row")
            texts.add(text)
            tid = {"en": "t_en", "zh-Hans": "t_hans", "zh-Hant": "t_hant"}[script] + str(frame)
            rows.append({"script": script, "category": CATS[code], "level": "none", "text": text,
                         "template": tid, "source": "template"})

    # two-turn rows: an admin question first, the complaint second (hand-written complaints only)
    mt_per_script = {"en": 20, "zh-Hans": 12, "zh-Hant": 8}
    for script, k in mt_per_script.items():
        pool = [r for r in rows if r["script"] == script and r["source"] == "handwritten"]
        admins = ADMIN[script][:]
        rng.shuffle(admins)
        for i, r in enumerate(rng.sample(pool, k)):
            r["turns"] = [admins[i % len(admins)], r.pop("text")]

    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        o = {"id": "e7.%d" % i, "lang": "en" if r["script"] == "en" else "zh"}
        o.update(r)
        out.append(o)

    # ---------------------------------------------------------------- asserts
    assert len(out) == 480
    for s in target_none:
        assert sum(1 for r in out if r["script"] == s and r["level"] == "none") == target_none[s], s
        assert sum(1 for r in out if r["script"] == s and r["level"] == "emergency") == target_em[s], s
    assert sum(1 for r in out if r["script"] == "en") == 240
    assert sum(1 for r in out if r["script"] == "zh-Hans") == 140
    assert sum(1 for r in out if r["script"] == "zh-Hant") == 100
    for c in CATS.values():
        assert sum(1 for r in out if r["category"] == c and r["level"] == "emergency") == 5, c
        assert sum(1 for r in out if r["category"] == c and r["level"] == "none") >= 15, c
    assert len(set(r["id"] for r in out)) == 480
    keys = ["\n".join(r["turns"]) if "turns" in r else r["text"] for r in out]
    assert len(set(keys)) == 480
    bodies = [r["turns"][-1] if "turns" in r else r["text"] for r in out]
    assert len(set(bodies)) == 480
    hw = sum(1 for r in out if r["source"] == "handwritten")
    assert hw >= 0.6 * 480, hw
    assert all((r["template"] == "hw") == (r["source"] == "handwritten") for r in out)
    assert sum(1 for r in out if "turns" in r) == 40
    assert all(("turns" in r) != ("text" in r) for r in out)
    assert all(len(r["turns"]) == 2 for r in out if "turns" in r)

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "triage.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")

    # summary for the data card
    print("rows", len(out), "handwritten", hw, "template", len(out) - hw, "two-turn", sum(1 for r in out if "turns" in r))
    for s in ["en", "zh-Hans", "zh-Hant"]:
        print(s, "none", target_none[s], "emergency", target_em[s],
              "hw", sum(1 for r in out if r["script"] == s and r["source"] == "handwritten"))
    for c in CATS.values():
        print(c, "none", sum(1 for r in out if r["category"] == c and r["level"] == "none"),
              "emergency", sum(1 for r in out if r["category"] == c and r["level"] == "emergency"))


if __name__ == "__main__":
    main()
