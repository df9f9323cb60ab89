#!/usr/bin/env python3
"""Generator for the blind 'everyday complaints' triage set 9 (e9).

Standard library only. Deterministic: random.Random(9999); rerunning gives byte-identical output.
Writes triage.jsonl next to this script.
"""
import json
import os
import random

rng = random.Random(9999)
HERE = os.path.dirname(os.path.abspath(__file__))

CATS = {
    "cp": "chest_pain", "st": "stroke", "an": "anaphylaxis", "br": "breathing", "bl": "bleeding",
    "su": "suicide_self_harm", "od": "overdose_poisoning", "if": "infant_fever", "sz": "seizure",
    "pr": "pregnancy", "se": "sepsis", "hi": "head_injury", "me": "meningitis", "di": "diabetic",
    "bu": "burns", "cu": "child_unwell",
}


def parse(block):
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        code, text = line.split("|", 1)
        out.append((CATS[code.strip()], text.strip()))
    return out


# ---------------------------------------------------------------- English, hand-written, level none
EN_NONE = parse(r"""
cp|Pulling pints all night and now there's a burning right behind my breastbone, honestly thought it was my heart for a second. It's after a pork pie and two halves on my break and it eases when I stand up straight. Is Gaviscon from the Spar enough?
cp|been changing kegs in the cellar all week and the left side of my chest kills when i twist or press on it, like a bruise on the ribs. breathing fine, walking fine. pharmacist or do i need the GP?
cp|Hotel breakfast shift here. Keep getting sharp little stabs under my left boob that last a second then go, worse when I lean over the toaster. Completely fine otherwise. Anything I should do?
cp|Sang the whole Messiah with the choir last night and my chest is sore all across the front today, like I've done sit ups with my ribs. Is that a thing? I'm 58 and otherwise well, not out of breath.
cp|My heart keeps doing a big thud then a tiny pause, mostly in the evening after my third coffee from the halls vending machine. No pain, not dizzy. Should I cut the caffeine or see the uni doctor?
cp|Been reyt poorly wi' a cold and now me chest is sore every time I cough, like I've pulled summat between the ribs. Eating fine, up and about. Do I need anything for it or just ride it out?
cp|holiday in Crete, all inclusive, and after 4 days of buffet and ouzo I've got heartburn that wakes me at night. burning up into my throat, sour taste. fine in the day. can i get something at the farmacia without a prescription?
cp|Pub quiz night, ate a massive plate of chilli nachos, now I'm lying in bed with what feels like a hot coal under my sternum. Burping helps a bit. Is it just indigestion if it started straight after eating?
st|Woke up with my whole right arm dead and floppy, couldn't feel it, proper panic, but I'd been lying on it in a weird way on the settee after my shift at the pub. Came back in about five minutes with pins and needles. All normal now. Should I worry?
st|My mam says her face feels funny and heavy on one side, but she's just come back from the dentist with two fillings and the numbing hasn't worn off. She can smile fine on the other side. How long does that last?
st|dizzy after standing up quick from weeding the leeks on the allotment, world went spinny for a couple of seconds then fine. happened twice this week in the heat. i'm 34. just drink more water?
st|I get my usual migraine zigzags, have since I was 15, same pattern as always, then the headache comes. Had one at choir practice tonight. Is there anything stronger than paracetamol I can buy?
st|Keep walking into the hotel store room and forgetting what I went in for, and I put the milk in the guest-laundry cupboard yesterday. Newborn at home, 4 hours sleep a night. Speech, eyesight, everything else normal. Just tiredness?
st|My eyelid's been twitching for a week solid, like a little fluttering under the skin. Read up on it and now I'm convinced it's something neurological. Exam season in halls, loads of energy drinks. Is it anything?
st|Flew back from Malta and my ears are still blocked two days later and I feel a bit off balance when I turn my head quickly. No weakness, walking fine. Will it clear on its own?
an|Stung by a wasp on the allotment lifting the compost bin lid, my hand's gone puffy round the sting and it's hot and itchy but I can breathe fine, nothing swelling anywhere else. Had stings before, same thing. Antihistamine?
an|My lips tingle every time I eat a raw apple or a pear, been like that for years, goes in ten minutes. Now I've read it could be an allergy and I'm scared it'll close my throat one day. Should I get tested?
an|Kid came out of his swimming lesson covered in little red itchy bumps on his tummy, he's running round the foyer asking for crisps, breathing fine, face normal. Chlorine? Is Piriton ok for a 6 year old?
an|New detergent in the hotel laundry and I've got a red itchy rash up both forearms. No swelling of face or mouth. Hydrocortisone cream ok?
an|Tried the seafood paella on holiday in Valencia, came out in a few hives on my neck an hour after, itchy but that's all and they're fading already. Do I avoid prawns forever now??
an|One of the altos brought walnut cake to choir and I've got a scratchy itchy mouth, I think I'm a bit allergic to walnuts. It's easing off, voice fine, breathing fine. Anything to take?
an|Got bitten by something in the halls laundry room, three massive itchy red lumps on my ankle, one the size of a 2p coin. Not spreading, no fever. Cream from Boots or see someone?
br|Ive got a stinking cold and my chest feels tight and wheezy when I lie down, coughing up yellow stuff. Still doing my shifts behind the bar and can talk and walk fine. Do I need antibiotics?
br|After the 200m freestyle at adult swim class I was gasping like a fish for ages, felt like I'd never get my breath back. Fine 5 min later. Am I just unfit?
br|Hay fever is absolutely battering me on the allotment, sneezing fit after sneezing fit, eyes streaming, slightly wheezy at night. No asthma diagnosis. What's best to buy?
br|Son's had a cough for two weeks since a run of soft-play birthday parties, worse at night, no fever, eating, bouncing off the walls in the day. Just a virus?
br|The pub cellar has no window and after I've been down there ages stacking crates I feel a bit short of breath and stuffy, goes as soon as I come up. CO2 alarm's never gone off. Normal?
br|Mi mam's been coughing for three weeks after a chest cold, says she feels nithered and tired but she's up and about, making her tea and doing the crossword. Is it time to drag her to the GP?
br|singing in the cathedral choir and i keep running out of breath halfway through phrases since my cold last month, no other problems. will it come back?
bl|Sliced my thumb on a broken pint glass in the glass washer, bled loads everywhere and the landlord nearly fainted but it stopped after I pressed on it for 10 min. About 1cm, edges together. Steri-strips or stitches?
bl|Nosebleed in the middle of the swimming lesson, the water went red, the teacher got her out and it stopped after pinching for 10 min. She's 8 and totally fine now, eating a flapjack. Anything we need to do?
bl|Went through the bramble patch at the allotment, scratches all over my forearm that bled a bit and have stopped. Tetanus up to date I think. Just wash them?
bl|My gums bleed every time I brush, the sink looks like a crime scene. Not painful. Student in halls, living off pot noodles. Dentist or doctor?
bl|Heavier period than normal this month, changing a pad every 3-4 hours, bit of cramping, not dizzy. I'm 27. GP or just wait and see?
bl|Coughed up a couple of streaks of blood after a night of hacking with this cold, just threads in the phlegm. Otherwise fine and no temperature. Does that need checking?
bl|On holiday in Croatia I cut my foot on a rock in the sea, bled a lot for a few minutes but stopped now with a plaster. Bit sore. Anything else to worry about?
bl|Blood in my eye!! Woke up with a bright red patch on the white of one eye after a coughing fit. No pain, vision totally normal. Looks horrific. Do I need eye casualty?
su|Feeling absolutely rubbish since my girlfriend ended it, can't stop crying in my room in halls, skipped two lectures. I'm not going to do anything daft, I just want to feel normal again. Is there someone I can talk to?
su|Since the clocks went back I'm low, sleepy all the time and eating everything in sight. No dark thoughts, just flat. Could it be SAD? Do those lamps work?
su|I'm the church-hall volunteer coordinator and honestly I'm burnt out, dreading every Sunday. Not in any danger, just wondering if the GP can do anything for stress or do I self-refer somewhere?
su|Since my dad's funeral I feel numb and keep forgetting things at work on the hotel desk. I'm safe, I just don't feel like myself. Is this normal grief?
su|my 16 yo says she wants to die whenever she gets a bad mark, she laughs when she says it and i've asked her straight out and she says it's just how everyone talks. She's eating, seeing friends, off to netball. Should I be worried or is it just slang?
su|Post-holiday blues are killing me, back from Tenerife to rain and a 6am shift. I know it's daft. Anything that actually helps mood besides waiting it out?
su|Feel anxious all the time since starting uni, heart racing in seminars, no thoughts of hurting myself or anything like that. Does the uni GP do counselling or is it a separate thing?
od|Took my multivitamin this morning then forgot and took another one at lunch. Is two in one day a problem?
od|Toddler at soft play licked a bit of hand sanitiser off his palm, barely a lick, he pulled a face and he's back in the ball pit. Should I be doing anything?
od|I think I had a dodgy chicken burger at the pub staff meal, been sick twice, now keeping water down and just feel washed out. Can I go in for my shift tomorrow?
od|Swallowed a mouthful of pool water at the lesson, tastes of chlorine, bit queasy. Is that poisoning?
od|Ate a few berries off a hedge by the allotment path thinking they were blackberries, they may have been something else, only three. That was 4 hours ago and I feel totally normal. Am I ok?
od|Took 2 paracetamol at 8am then my flatmate gave me a Lemsip at 11 without telling me it's got paracetamol in too. That's about 2g so far today? Am I ok, I've got a lecture.
od|Took my husband's blood pressure tablet instead of my thyroid one this morning, one tablet, he's on a low dose of amlodipine. I feel fine, normal. Do I need to do anything?
if|My 7 month old has a temp of 38.1 after her jabs yesterday, but she's feeding, giggling and grabbing her feet. Calpol ok?
if|Little one (10 months) felt warm at soft play, checked at home and it's 37.9, she's crawling about and drinking her bottle. Do I keep her off nursery tomorrow?
if|Teething again, 14 month old, one bright red cheek, dribble everywhere, 37.6 and grumpy but drinking and eating yoghurt. Teething gel or calpol?
if|Baby is 5 months and had a runny nose and 38.0 this morning, took a full feed, all smiles now. Should I call the GP or just watch her?
if|Grandson's with us while my daughter's away, he's 11 months, 38.3 tonight, but he's banging the saucepan lids and had his milk. Wet nappy an hour ago. Nurofen or calpol?
if|on holiday in Portugal and the baby (8 months) has a 38 temp and a runny nose, she's drinking, laughing in the kiddie pool. where do we get calpol here, the farmacia?
if|9mo has been hot and cranky all day with a cold, top was 38.4 with the forehead strip. He's had 3 bottles, loads of wet nappies and is babbling away now. Is the forehead thing reliable?
sz|Jolted awake falling asleep in halls, my whole body jerked like I'd been electrocuted. Third time this week. Is that a seizure?
sz|One of our sopranos fainted standing in the back row in a hot church, went down, twitched a couple of times, came round straight away and was chatting over tea in 2 minutes. She's fine. Does she need to see someone?
sz|My 4 year old shivers so hard with a temperature his teeth chatter and his arms shake, but he's talking to me the whole time. Is that a fit?
sz|My leg keeps jumping on its own in bed, like a twitch in the calf, every night since I started working doubles at the pub. Annoying more than anything.
sz|Little one did a massive startle and flung her arms out when the door slammed, she's 10 weeks. Was that a seizure? She went straight back to feeding.
sz|Had those zapping feelings in my head after missing my sertraline on holiday in Greece, like little electric brain zaps. Fine otherwise, back on it now. Should I worry?
sz|Flatmate zoned out for a few seconds staring at her laptop and didn't hear me, then snapped out of it and said she was daydreaming about her essay. Should I be worried it's absence seizures?
pr|14 weeks and being sick every morning before my breakfast shift at the hotel, but I keep water and toast down later in the day. Anything safe to take?
pr|30 weeks pregnant and the heartburn is unreal, feels like my throat is on fire lying down. Is Gaviscon ok in pregnancy?
pr|22 weeks, sharp pulling pains low in my groin when I get up from the pew or turn over in bed. Goes in seconds. Baby moving lots. Normal?
pr|Pregnant with my first, 26 weeks, and my feet and ankles swell by the end of a day on my feet behind the bar. Goes down overnight. No headache, eyesight fine, blood pressure was fine at the midwife last week. Ok to keep working?
pr|Hay fever in pregnancy, 18 weeks, sneezing nonstop on the allotment. Which antihistamine can I use?
pr|35 weeks and my bump goes hard and tight for 30 seconds a few times an evening, not painful, not regular. Braxton Hicks?
pr|Tiny bit of pink when I wiped after sex, 12 weeks, no pain, nothing since. Mention it at my midwife appointment tomorrow or ring today?
se|Got a cold with shivers and aches, 37.8, feel rough but I'm drinking, weeing normally and watching telly. Can I take Lemsip and Nurofen together?
se|Paper cut on my finger from the hotel till roll looks angry, a bit red and puffy round it, no red lines going up, no fever. Warm salt water?
se|Burning when I wee and going every 10 minutes, no fever, no back pain. Can the pharmacist sort me out? I'm 24.
se|Spot on my chin came up huge and angry and sore, no fever. Squeeze or leave it?
se|Pricked by a rose thorn on the allotment, the spot is red and a bit sore but not spreading. Tetanus done. How do I know if it's got infected?
se|Tonsillitis again, sore throat and swollen glands, 37.9, still drinking and eating soup. GP or pharmacy?
se|Flu-like and achy after my flu jab yesterday, arm sore, temp 37.7. Normal? Can I still do my shift at the bar?
hi|Cracked my head on the low beam going down into the pub cellar, proper saw stars and swore a lot. Got a lump but no headache now, not sick, remember everything. Do I need to go in?
hi|Toddler bumped her head on the soft play climbing frame, cried straight away, little red mark, back climbing within 2 minutes. Anything to watch for tonight?
hi|Headed the ball in a kickabout on the halls lawn and had a bit of a headache after, took paracetamol and it's gone. All fine. Is rugby tomorrow ok?
hi|Stood up under the church hall stage and whacked my head on the edge. Egg-sized bump. Didn't black out, not sick. Ice and paracetamol?
hi|My 6 year old bonked heads with another kid in the pool, both cried, hers has a small bruise on her forehead, she's eating her tea and watching Bluey now.
hi|Headache after a long day on reception with the phones going nonstop and no lunch. Eased with water and a sandwich. Just wanted to check headaches like this aren't a brain thing.
hi|Slipped on the wet poolside at my son's lesson and landed on my bum then the back of my head tapped the tiles. Bit embarrassed, small sore spot, otherwise fine. Ok to drive home?
me|Woke up with a stiff neck from sleeping on a rubbish apartment pillow in Mallorca. Hurts to turn right. No fever, no headache. Heat and ibuprofen?
me|Baby (9 months) has a blotchy red rash on her tummy after a cold, I did the glass test and it fades completely. She's feeding and happy. Viral rash?
me|Flatmate in halls has a headache and a blocked nose and says the light's annoying, because he's hungover. Everyone's convinced it's meningitis because of the posters in freshers week. He's eating a kebab. Are we overreacting?
me|Pounding headache and stiff shoulders after a 10 hour shift at the pub, no temp, no rash. Just tension?
me|My son has spots that look like chickenpox, he's scratching like mad, temp 37.8, playing on his Switch. Do we need to see anyone?
me|Headache and an aching neck after a whole day double-digging at the allotment, no fever, feel fine otherwise.
me|Swollen glands in my neck since a cold, like peas under the skin, no fever, 3 weeks now. GP?
di|Type 1, my sugar was 13.2 after the pub quiz chips, feel totally fine, ketones 0.1. Correction dose and carry on?
di|Type 2 on metformin, got a bit of a tummy upset on holiday in Turkey, keeping fluids down, sugars running about 9. Fine to keep taking it?
di|Went a bit low at swimming, 3.8 on my meter, had jelly babies and it's 6.1 now, feel fine. How long should I wait before driving home?
di|Pre-diabetes letter from the GP, HbA1c 44, and I'm panicking. What does it actually mean?
di|My sensor says 4.1 first thing but my fingerprick says 5.0. Which do I trust? I feel fine.
di|One of the choir ladies has type 2 and asked me if she can have a glass of sherry at the Christmas do with her tablets. She's well. Any problem?
di|Teenage son with type 1 stayed over at his brother's halls for a party, reading 11 this morning, ketones 0.2, eating breakfast now. Anything to do?
bu|Splashed hot fat from the chip fryer at the pub onto my wrist, small red patch about the size of a 10p, one tiny blister. Had it under cold water 20 min. What now?
bu|Sunburnt shoulders from a day on the beach in Albufeira, red and stinging but no big blisters and I'm not shivery. Aftersun enough?
bu|Grabbed the hotel's steam iron by the wrong end, red mark across two fingertips, stinging. Cold water done. Plaster?
bu|Steam from the glass washer scalded my forearm, pinky red, stings, no blisters. Can I still work tonight?
bu|Got a bit close to the bonfire at the allotment burning prunings, singed my eyebrows and my cheek feels hot and red like sunburn. Nothing blistered. Looks daft more than anything.
bu|Chopped scotch bonnets for the staff curry without gloves and my hands are burning like mad hours later. Anything to stop it?
bu|Student here, grabbed the pan handle after it'd been in the oven, red stripe across my palm, stinging but no blister. Cold water and aloe?
cu|My 3 year old's been sick twice since lunch with the bug going round soft play, but now she's keeping little sips of water down and watching Peppa. How do I know she's not getting dehydrated?
cu|Kiddo (5) has a verruca from the swimming baths. Can he still swim? What do we buy?
cu|Nappy rash on my 1 year old is red raw after a bout of diarrhoea, she's fine in herself. What cream?
cu|Little lad (4) has earache after swimming lessons, tugging his ear, 37.5, still eating and playing. Drops from the chemist?
cu|Bright red cheeks like he's been slapped on my 5 year old, bit of a cold last week, he's fine in himself. Is that slapped cheek? Can he go to school?
cu|Our 2 year old hasn't pooed in 3 days and strains and cries a bit, eating ok, tummy soft. Prune juice?
cu|Crusty yellow sore by my daughter's nose, spreading a little, she's well. Impetigo? Does she have to stay off nursery?
""")

EN_NONE += parse(r"""
cp|Right, this is going to sound dramatic but I'm sat in the hotel staff room convinced I'm dying. Started the day with a fry-up, then a coffee, then another coffee, then the manager had a go at me about the rota, and now there's this tight squeezy feeling in my chest whenever I think about it and my hands are a bit tingly, but when I went out for some air and breathed slowly it went right off. I'm 29, no heart problems, I do spin class twice a week. It's stress isn't it. Is there anything the GP can actually do for panic or is it all breathing apps?
br|hiya love, me dad (71) has had a cough on and off since the bonfire at the allotment, says the smoke got on his chest, he's a bit wheezy first thing but he's out there every day with his leeks, no temperature, eating like a horse. He won't go to the doctor unless I book it for him. Is it worth me booking or will it settle?
su|Long one sorry. I'm in second year, living in halls again because I couldn't find a house, and I've just been feeling really down and kind of homesick and lonely since my flatmates all seem to have their own friends. I'm sleeping a lot and not going to my 9ams. I want to be really clear I'm not suicidal and I'm not hurting myself, I just don't know who to tell. My mum says I should just join a society. Is this something the GP would see me for or is it wasting their time?
cu|Mams at swimming lessons are all saying there's scarlet fever about and now my 6 year old has a sore throat and a rough red rash on his chest like sandpaper, temp 38.2, but he's eating ice lollies and arguing with his sister as normal. Do I need to get him seen today or wait till Monday?
hi|So I was laikin about with the grandkids in the back garden and went over on the lawn and bumped the side of my head on the swing frame. I'm 66. No blackout, no sickness, no headache, just a sore bit and a bruised ego. The wife says I should get checked because I take a baby aspirin. Is that right?
bu|Daughter burnt her finger on a sparkler at the church bonfire night, small white blister on the tip, she cried for a bit but now she's eating toffee apple and fine. Cold water done. Anything else?
od|Friend at the pub did a shot, then realised the bottle was the blue screen wash someone had left on the bar, but it turns out it really was blue curacao, the cleaner's bottle was next to it and still sealed. He's laughing about it. Should he be worried at all? He feels fine.
if|Our 4 month old had the 16 week jabs today and has gone hot and whingy, 38.0 under the arm, but she's feeding and having little smiles in between. The nurse mentioned paracetamol for MenB. Just follow that?
pr|Morning sickness is easing at 15 weeks but now I've got a blocked nose all the time and little nosebleeds when I blow it. Stops in a minute. Is that a pregnancy thing?
di|My mum's type 2 and we're on a coach trip in Spain, her feet are swollen from the heat and sitting, no cuts or red patches, she's well otherwise. Anything we should do?
me|Headache every afternoon at my desk in the hotel back office, behind my eyes, goes when I go outside. No fever, no rash, no neck problem. Could it be my screen?
st|My Nan keeps calling my son by the dog's name and forgetting where she put her glasses, she's 79 and totally herself otherwise, no sudden change. Is it worth a GP memory check or is that just age?
sz|Teen in our choir goes pale and her vision goes a bit grey if she stands for the whole anthem, she sits down and it passes. Never passed out. GP worth it?
an|Ate a fizzy sweet and my tongue is prickling and a bit sore, no swelling, 20 minutes later it's mostly gone. I'm being paranoid right?
bl|Cut my finger slicing lemons behind the bar, bled through two plasters but it's stopped now, clean cut about half a centimetre. Should I be using superglue like the chef says?
se|Red, hot swollen patch around an insect bite on my calf from the allotment, about the size of my palm, not spreading since I drew round it this morning, no fever. GP today or tomorrow?
""")

# ---------------------------------------------------------------- English, hand-written, level emergency
EN_EMERG = parse(r"""
cp|bit of heartburn after the staff tea at the pub but it's gone up into my jaw and down my left arm and I'm sweating buckets just standing still. I'm 52. Just need some Rennie I think?
cp|Dad (67) came in off the allotment saying his chest feels like someone's stood on it, he's grey and clammy, been 20 min now, won't sit down, says it's just the spade work.
cp|On holiday in Tenerife, husband's had a crushing ache in the middle of his chest for half an hour, he's pale and been sick, says it's the paella. Which number do we ring here?
st|Me mam's just gone funny at choir, her mouth's drooping on the left and her words are all jumbled and she can't lift her left arm to hold the hymn book. Started 10 min ago. Shall I get her home for a lie down?
st|Guest at hotel breakfast came down fine, now he can't find his words and his right hand keeps dropping his cup, face looks lopsided. He's saying he's just tired from the flight.
st|My grandad suddenly can't see out of one side and his speech is slurred, he's 78 and hasn't had a drink. Came on about 20 minutes ago watching my daughter's swimming lesson.
an|Had a satay skewer at the pub and now my lips are massive and my throat feels tight and scratchy, voice going funny. Took a piriton 5 min ago. Just wait for it to kick in?
an|Son (9) stung by a bee at the allotment, now he's got hives all over, his face is swelling up and he's wheezing. Never reacted before. Antihistamine cream?
an|at a halls party someone gave me a brownie with nuts in, im allergic, tongue swelling and im dizzy and its hard to swallow. dont have my pen with me. can i just sleep it off
br|Asthmatic flatmate's blue inhaler isn't touching it, she can only get two words out at a time and her lips look a bit grey. Been like this 30 min.
br|Toddler at soft play choked on a grape, we got it out I think but now he's wheezing and breathing really fast and his skin is sucking in under his ribs.
br|Grandma's COPD, normally a bit puffed, but tonight she can't finish a sentence, she's blue round the mouth and sat bolt upright gasping, her inhalers aren't helping. She says don't make a fuss.
bl|Broken glass went into my thigh behind the bar, blood is pumping out in spurts through the tea towel and it's soaking through everything. Do I need stitches do you think?
bl|Chopped into my hand with the billhook at the allotment, it's deep, I can see something white, and it won't stop bleeding after 20 minutes pressing hard.
bl|Nosebleed for 40 min now, pinched it the whole time, swallowing loads of blood, I'm on warfarin and I've started feeling faint and grey.
su|honestly everything's pointless since she left me, ive been saving up my tablets and ive written notes for my mum. tonight feels like the night. dont want a lecture
su|Our choir's tenor just texted everyone saying goodbye and thanks for everything, and that he's up at the reservoir. He sounded calm. I don't know what to do.
su|cut deeper than usual tonight in the halls bathroom and it won't stop bleeding and part of me doesnt want it to stop
od|Toddler got into my handbag at soft play and I think he's eaten some of my iron tablets, maybe 6-8, he's been sick since and he's gone sleepy.
od|My mate took a whole packet of paracetamol after the row, about an hour ago, she says she's fine and not to tell anyone.
od|Little one (2) drank from a bottle of dishwasher liquid in the church hall kitchen, he's coughing, drooling and screaming, his mouth looks red inside.
if|Baby's 6 weeks old and has a temp of 38.2, she's a bit sleepy but feeding ok. Calpol and see how the night goes?
if|7 week old is hot, 38.0, and not bothered about feeding since lunch, cry sounds weak. Midwife said ring if anything but it's Sunday.
if|on holiday in Malaga, our 5 week old feels burning hot, 38.6 on the thermometer, floppy and won't take the bottle
sz|My wife's been fitting on the kitchen floor for 6 minutes now and it's not stopping, she's epileptic but it normally stops in 2.
sz|Lad at the pub collapsed and started shaking all over, stopped after a minute but he's still not waking up properly and his lips are bluish, it's been 10 min.
pr|34 weeks, woke up with a headache paracetamol won't touch, seeing flashing lights, and my face and hands have puffed right up today. Just the heat?
pr|28 weeks and bleeding quite a lot, bright red, soaked a pad in 15 minutes, and tummy pain. We're in a hotel in Kos on holiday.
se|Husband's had a water infection, now he's shaking uncontrollably, confused, skin all mottled and blotchy, hasn't weed since this morning. He says he just needs another duvet.
se|Cut from the allotment went bad, red streak up my arm, now I'm 39.5 with a racing heart and I feel like I'm going to pass out when I stand.
hi|Bumped his head on the pool edge at swimming lessons, seemed ok but he's been sick twice since and he's really confused about where he is.
hi|She slipped on the ice outside the church hall, she's 80 and on blood thinners, hit her head, now she's drowsy and keeps asking the same question over and over.
me|Flatmate in halls has a horrible headache, 39, can't stand the light, and now there's purple spots on her legs that don't fade under a glass.
me|Little one (2) is burning hot, floppy, moans when I move her neck, and there's a rash coming up that doesn't go with the glass test.
di|Type 1 mate at the pub is sweating, slurring and won't eat anything, now he's barely responding and we can't get any sugar into him.
di|Teen with type 1, sick all morning, ketones 3.8, breathing deep and fast, tummy pain, meter just says HI.
bu|Kettle went over my toddler's chest and arm, big area, skin is peeling off and it's white in the middle.
bu|Chip pan fire in the pub kitchen, chef's face and hands are burnt, his voice has gone hoarse and there's soot round his nose.
cu|My 4 year old had a tummy bug, now he hasn't had a wee since yesterday morning, he's really floppy, cold hands and won't wake up properly.
cu|Toddler's been drowsy all afternoon, hard to wake, breathing fast, hands blotchy and cold, temp 39.8. Let her sleep it off?
""")

# ---------------------------------------------------------------- zh-Hans, hand-written, level none
# voices: 河北 small-city parents (保定 邢台 沧州 衡水 唐山 邯郸; 夜儿个 黑介 晌午 今儿个), 江苏 small-city parents
# (盐城 淮安 宿迁 泰州 扬州 镇江 连云港; 小霞子), 大学宿舍 students.
HANS_NONE = parse(r"""
cp|夜儿个黑介吃了两个驴肉火烧又喝了碗羊汤，躺下以后心口窝底下火辣辣的烧，往嗓子眼返酸水，吓得我以为心脏出事了。坐起来就好点，今儿个白天没事。保定这边药店买什么胃药合适？
cp|宿舍搬桶装水上六楼，第二天左边胸口一按就疼，深吸气也有点疼，跟岔气似的，别的都正常。要去校医院吗还是贴个膏药
cp|我三十五，最近老觉得心跳漏一拍，咯噔一下，都是晚上喝完浓茶以后，不疼不晕。邢台县医院要不要挂个心内科查一查，还是先把茶戒了？
cp|期末周连着熬了三个通宵赶报告，今天胸口闷闷的，叹口气就舒服点，没有疼，跑步也没问题。是不是焦虑了？
cp|在盐城上班，中午食堂吃得太油，现在胸口下面顶着难受，一直打嗝，打出来就松快。不是心脏吧？
st|早上起来右手发麻，拿不住牙刷，吓死了，后来发现是晚上枕着胳膊睡的，过了几分钟就好了，现在完全正常。需要去看吗
st|小霞子他爸拔完智齿，半边嘴唇到现在还是木的，喝水往外漏，医生打了麻药，才过三个钟头。正常吗？
st|蹲着给孩子系鞋带，猛一站起来眼前一黑，晃了一下，几秒就好了。最近减肥不吃早饭。要紧吗？
st|我一累就偏头疼，先眼前闪一片亮晶晶的锯齿，二十分钟后头疼，十几年都这样。今天在单位又犯了，能吃布洛芬吗
st|室友说我最近说话老是卡壳，一个词想半天想不起来，我感觉是天天熬夜刷题刷的，别的都好。这需要查脑子吗
an|在唐山海边玩，被海蜇蛰了一下小腿，红了一道，火辣辣的，没有别的不舒服。用什么冲一下？
an|吃芒果嘴角起了一圈小红疹，痒，嗓子没事，呼吸正常，以前也这样。是不是过敏？吃个氯雷他定行吗
an|宿舍楼下被蚊子咬了一腿包，有两个肿得跟硬币一样大，又红又痒，没发烧。用什么药膏
an|孩子六岁，在扬州吃了个凉拌菜，脸上冒了几个小风团，一会儿就消了，人欢蹦乱跳的。需要去医院查过敏原吗？
br|感冒一个礼拜了，咳嗽，晚上躺下胸口发紧有点喘，痰是黄的，白天该上班上班。要吃消炎药吗？
br|体测跑完一千米，我瘫在操场上喘了十分钟，感觉肺要炸了，后来就好了。是不是我身体有问题
br|一到春天杨树毛满天飞，鼻子痒打喷嚏眼睛也痒，晚上有点憋气。衡水这边好多人这样，买点什么药？
br|俩孩子都咳嗽，大的七岁小的四岁，咳了快两礼拜，不发烧，吃饭玩都正常，就是夜里咳几声。用去医院吗？
bl|切菜切到手指头，口子不大，流了不少血，按了五分钟止住了。用缝针吗？
bl|孩子早上起来流鼻血，滴了一枕头，吓我一跳，捏了十分钟就止住了，现在吃饭呢。北方干，是不是得买个加湿器
bl|宿舍刷牙老出血，一吐一口红，不疼。是上火还是得看牙
bl|这次例假比平时多，一天换五六片，肚子坠着疼，人还行，不头晕。要去妇科吗？
bl|在泰州的厂里被纸箱边划了一下胳膊，冒了点血，擦了碘伏就不流了。要打破伤风吗？
su|跟对象分手了，在宿舍哭了两天，饭也不想吃，课也没去。我没想干傻事，就是难受。学校有心理老师能聊聊吗
su|孩子高三，最近老说压力大、烦，晚上睡不着，我问过他了，他说没有不想活那种想法，就是累。家长能做点什么？
su|退休以后在家闷得慌，心里空落落的，没什么意思，也不是想不开，就是提不起劲。这算抑郁吗？去哪儿看？
su|考研没上线，这几天丧得厉害，就想躺着，不过我知道过几天会好，也没有伤害自己的想法。这种情况需要看医生吗
od|早上吃了一片复合维生素，中午忘了又吃了一片，一天两片会中毒吗？
od|两岁小霞子舔了一口洗手液，就一点点，呸呸吐出来了，现在跟没事人一样在玩。要紧不？
od|夜儿个在路边摊吃了烤串，黑介吐了两回拉了三回，今儿个能喝水喝粥了，就是没劲。要输液吗？
od|宿舍楼熏蚊香熏了一晚上，早上起来有点头晕嗓子干，开窗以后就好了。没事吧
od|感冒了吃了一包感冒冲剂，后来又吃了一片对乙酰氨基酚，才想起冲剂里好像也有这个成分。加起来算多吗？人没什么感觉
if|宝宝八个月，打完疫苗晚上烧到38.1，奶吃得挺好，还冲我笑。要吃退烧药吗？
if|孩子十个月，有点流鼻涕，体温37.8，吃喝拉撒都正常，玩得挺欢。用去镇上医院吗？
if|一岁的孩子出牙，口水哗哗的，脸蛋红，体温37.6，就是闹人，吃饭还行。能给他抹点什么？
if|孙子五个月，他妈去上班了我带着，下午摸着有点热，量了38度，喝了一瓶奶，尿也多，又睡着了，呼吸挺匀。我们老两口不懂，先观察还是去医院？
sz|快睡着的时候腿猛地一蹬，整个人抖一下醒了，室友说我像被电了。这是抽搐吗
sz|孩子三岁发烧冷得直打哆嗦，牙齿咯咯响，但一直跟我说话，眼神也正常。这是抽风吗？
sz|我眼皮跳了一个礼拜了，一抽一抽的，最近加班多。要去看神经科吗？
sz|三个月的宝宝睡觉时手一抖一抖的，碰一下就停，醒了吃奶好好的。是惊跳吧？
pr|怀孕十二周，天天早上吐，吐完能吃点馒头稀饭，体重没怎么掉。有什么办法缓解？
pr|孕28周，晚上烧心烧得睡不着，能吃铝碳酸镁吗？
pr|孕20周，翻身或者猛站起来，小肚子两边会抽一下疼，几秒就过去，胎动挺好。正常吗？
pr|孕32周，傍晚脚肿得穿不上鞋，睡一觉就消了，血压前天产检正常，没头疼。要紧不？
pr|怀孕八周，早上看到内裤上有一点点褐色，不疼，后来就没了。明天本来就约了产检，等到明天行吗？
se|感冒发烧37.9，浑身酸疼，但是能吃能喝，尿也正常。吃点布洛芬扛一扛行吗？
se|尿频尿急，小便的时候有点刺痛，不发烧腰也不疼。淮安这边药店能买到什么药？
se|手指头旁边长了个倒刺，拔了以后红肿，有点脓，一跳一跳的疼，不发烧。自己挑开行吗？
se|嗓子疼扁桃体肿，体温38度，还能吃面条喝水。去社区医院还是挺几天？
hi|孩子在家跑，额头磕到桌角，起了个大包，哭了一会儿就去玩了，没吐。要拍片吗？
hi|我在宿舍上铺起身，头撞天花板了，眼冒金星，现在就是有个包，不晕不吐。没事吧
hi|加了一天班，开了六个会，下班头疼得像要炸开，喝了杯热水吃了饭就好多了。头疼成这样是不是脑子有问题
hi|老公在连云港码头干活，安全帽磕了一下铁架子，说当时有点懵，现在好好的，吃饭干活都正常。用去查吗？
me|落枕了，脖子往左转不过来，不发烧不头疼，就是睡姿不对。贴膏药还是去推拿？
me|孩子出了一身小红疹子，用杯子压会褪色，不发烧了，精神也好。是幼儿急疹吗？
me|室友头疼，鼻塞，说有点怕光，原因是昨天喝多了。我们看了宣传栏有点担心是脑膜炎，他现在在吃泡面。是我们想多了吧
me|脖子上摸到几个小疙瘩，黄豆大，能动，不疼，感冒以后出来的。要去看吗？
di|我爸二型糖尿病，今天吃了块月饼，饭后血糖11.2，人好好的。要多吃一片药吗？
di|空腹血糖体检查出来6.4，医生说糖耐量受损，我都吓懵了。这是得糖尿病了吗？
di|打胰岛素的，早上低了一点，3.7，吃了几块糖，现在6.0了，没什么不舒服。今天还能去上班吗？
di|婆婆有糖尿病，在镇江老家，最近脚后跟干裂，没有破口子，不红不肿。抹点什么？
bu|炒菜油溅到手背上，红了一小块，起了个小水泡，冲了二十分钟凉水。还要怎么处理？
bu|带孩子去连云港海边晒了一天，肩膀晒得通红，碰一下就疼，没起大泡，不发烧。涂什么？
bu|热水袋放被窝里一夜，早上小腿红了一块，不疼，没起泡。这算低温烫伤吗？
bu|宿舍用卷发棒烫到脖子，红了一条，有点刺痛。用什么药膏
cu|孩子三岁，拉肚子吐了两回，现在能喝水喝米汤了，尿也有。宿迁这边去诊所还是在家养？
cu|小霞子四岁，肚脐周围疼，一会儿疼一会儿不疼，拉完屎就好了，还吵着要吃辣条。要紧不？
cu|一岁宝宝红屁股，拉肚子以后屁股红红的，精神好。用什么护臀膏？
cu|孩子五岁，嘴里长了几个小泡，手心脚心也有红点，不发烧了，就是不爱吃饭。是手足口吗，要隔离吗？
cu|两岁的孩子晚上说耳朵疼，拽耳朵，体温37.5，白天还玩。先吃点止疼药等明天看门诊可以吗？
""")

# ---------------------------------------------------------------- zh-Hans, hand-written, level emergency
HANS_EMERG = parse(r"""
cp|孩儿他爸说心口烧得慌，以为是晌午吃驴肉火烧顶着了，可这会儿疼到左胳膊和下巴，出一身冷汗，脸煞白，五十六了。喝点热水缓缓行不？
st|婆婆在扬州吃早茶，突然嘴歪了，右手拿不住筷子，说话含含糊糊，十分钟前还好好的。要不要先回家躺躺？
an|室友吃了带花生的外卖，现在嘴唇肿得老大，说嗓子发紧喘不过气，身上起了一片风团，人有点晕。先吃个氯雷他定等等看？
br|孩子四岁，吃瓜子呛了一下，现在喘得很急，嘴唇发紫，话都说不出来。
bl|老公在厂里被切割机划了大腿，血往外喷，毛巾按着都湿透了，人开始发飘。
su|我在宿舍楼顶，今天挂了三门，真的不想活了，药也买好了，就想跟谁说一声。
od|两岁半的孩子把奶奶的降压药吃了五六片，现在有点蔫，叫他反应慢。
if|宝宝才一个月零几天，体温38.3，吃奶少了，哼哼唧唧的。先物理降温观察一晚可以吗？
sz|我爸在沧州家里抽起来了，口吐白沫，已经抽了七八分钟还没停。
sz|宿舍同学突然倒地抽搐，停了以后叫不醒，嘴唇青紫，以前从来没这样过。
pr|怀孕33周，头疼得厉害，眼前冒金星，脚肿脸也肿，自己量血压165/110。
pr|怀孕八周，右下腹突然剧痛，肩膀也疼，刚才差点晕倒，下面有点出血。
se|我爸前两天尿路感染，今天烧到39.8，说胡话，手脚冰凉发花，一天没尿了。
hi|孩子从上铺摔下来磕到头，吐了两次，现在老想睡，叫他名字反应很慢。
hi|我妈在泰州骑电动车摔了，头着地，当时说没事，现在说话颠三倒四，一边眼睛瞳孔看着大。
me|孩子发烧39度多，脖子硬低不下头，身上出了紫红色的点点，按了不褪色。
me|舍友头疼得要命，发烧，吐了好几次，怕光，脖子僵，人有点糊涂了。
di|我妈糖尿病打胰岛素，今天没吃饭，现在满头大汗，叫不太醒，说话含糊。
di|儿子一型糖尿病，吐了一天，呼吸又深又快，嘴里有烂苹果味，血糖仪显示HI。
bu|孩子打翻了开水壶，胸口和胳膊烫了一大片，起大泡，有的地方发白。
bu|厨房煤气罐着火，我老公脸和脖子都烧伤了，声音嘶哑，鼻毛都烧焦了。
cu|孩子拉肚子三天，今天一整天没尿，眼窝凹下去，哭没眼泪，蔫蔫的叫不醒。
cu|两岁的孩子一下午昏昏沉沉叫不醒，呼吸很快，手脚冰凉发花，体温39.6。
""")

# ---------------------------------------------------------------- zh-Hant, hand-written, level none
# voices: 台北 young parents (Taiwanese Mandarin) and 澳門 casino shift workers (Cantonese in Traditional script).
HANT_NONE = parse(r"""
cp|我喺賭場返通宵更，落更食完一碗豬骨粥就瞓，成日覺得胸口下面燒住燒住，個喉嚨酸酸地，坐直就好啲。係唔係胃酸倒流？去藥房買咩食好？
cp|派牌派咗八個鐘，左邊胸口近肋骨嗰度一禁就痛，深呼吸都有少少痛，之前搬過一箱籌碼。行路同講嘢都冇問題。需唔需要搵醫生？
cp|寶寶半夜一直醒，我連續一個月沒睡好，今天咖啡喝了三杯，心臟一直噗通噗通跳得很大力，不痛不喘。是咖啡的關係嗎？
cp|老公說他胸口悶，我嚇死了，結果他是吃完士林夜市的大腸包小腸加炸雞排躺平看手機，打了幾個嗝就說舒服多了。這樣需要去看嗎？
st|瞓醒成隻右手冇晒知覺，嚇到我彈起身，原來係壓住咗，過咗五分鐘麻麻痹痹就返晒正常。冇事嘛？
st|看完牙醫打麻藥，半邊嘴唇到現在三個小時還是木木的，喝水會流出來。這樣正常嗎，要多久會退？
st|轉更之後喺員工巴士企起身太快，眼前黑咗兩秒，扶住欄杆就冇事。我成晚冇食嘢。要驗吓嗎？
st|我偏頭痛十幾年了，每次先看到一閃一閃的光，然後頭痛，今天在兒童新樂園又發作，模式跟以前一樣。可以吃什麼止痛？
an|女兒吃了奇異果以後嘴巴旁邊紅紅癢癢的，十分鐘就退了，還在跑來跑去。以後還能吃嗎？要去驗過敏嗎？
an|廳面啲冷氣好乾，手臂同頸出咗啲紅點好痕，冇腫，唔覺得呼吸困難。搽咩膏好？
an|寶寶（一歲）在親子館被蚊子叮了三個包，腫得有點大，紅紅的，精神很好。要擦什麼？
an|食完蝦餃個口有啲痕，但係冇腫，呼吸正常，半個鐘就冇事。以後仲食唔食得蝦？
br|感冒一個禮拜，晚上躺下胸口有點緊、有點喘鳴聲，白天上班都還好，痰黃黃的。要吃抗生素嗎？
br|賭場入面有人食煙，我成晚喺度咳，喉嚨好癢，胸口有少少緊，出到街就好返。冇大問題嘛？
br|兒子三歲，咳嗽十天了，晚上咳比較多，沒發燒，吃飯玩耍都正常，托嬰中心很多小朋友都在咳。需要照X光嗎？
br|春天過敏季，鼻子一直塞、眼睛好癢，晚上睡覺有點鼻塞打呼。可以買什麼藥？
bl|切芭樂切到手指，流了很多血，壓了五分鐘停了，傷口大概半公分。要縫嗎？
bl|寶寶挖鼻孔流鼻血，滴到衣服上超嚇人，捏住鼻子十分鐘就停了，現在在看卡通。需要看醫生嗎？
bl|洗廁所嘅時候俾碎瓷片𠝹親手指，流咗啲血，貼咗膠布已經止咗。需唔需要打破傷風針？
bl|月經來第二天量很多，一兩個小時換一次衛生棉，肚子悶痛，人還好，不頭暈。這樣要看婦產科嗎？
su|同男朋友分咗手，返工派牌都喊，我冇諗過傷害自己，只係好唔開心，瞓唔著。有冇地方可以搵人傾吓偈？
su|生完小孩三個月，常常莫名想哭、覺得自己不是好媽媽，但我沒有想傷害自己或寶寶，老公也很幫忙。這樣需要看醫生嗎？
su|上咗一年通宵更，成個人好冇精神，做咩都提唔起勁，冇諗過做傻事。會唔會係抑鬱？
od|早上吃了一顆綜合維他命，晚上又忘記吃過了再吃一顆。會有問題嗎？
od|一歲半的兒子舔了一口我的護手霜，馬上吐出來，現在在玩積木。要不要緊？
od|員工飯堂食完叉燒飯，之後肚痛屙咗三次，嘔咗一次，之後飲水同食少少白粥都冇問題，冇發燒。今晚可唔可以照返工？
od|感冒藥跟退燒藥一起吃了，後來才看到兩個都有乙醯胺酚，加起來今天大概兩克。人沒有不舒服，這樣還安全嗎？
if|寶寶七個月，打完疫苗晚上耳溫38.2，喝奶正常，還會笑。要吃退燒藥水嗎？
if|十個月大的女兒流鼻水，耳溫37.9，吃喝都正常，在床上爬來爬去。明天還能去托嬰中心嗎？
if|兒子一歲長牙，一直流口水，臉頰紅紅的，37.7，比較黏人，吃飯還可以。可以擦什麼？
if|寶寶四個月，下午摸起來熱熱的，量38.0，剛喝完一整瓶奶，尿布也很濕，一直咿咿呀呀。先觀察可以嗎？
sz|快睡著的時候整個人抖一下，像踩空一樣，老公說我好像被電到。是抽筋嗎？
sz|兒子發燒時冷到一直發抖，牙齒咯咯響，但是會跟我說話，眼睛也有看我。這算熱痙攣嗎？
sz|眼皮跳咗成個禮拜，一跳一跳咁，可能係通宵更瞓得少。會唔會係腦有事，定係休息多啲就得？
pr|懷孕十週，每天早上都吐，吐完還可以吃蘇打餅喝水。有什麼方法比較舒服？
pr|懷孕29週，晚上胃酸逆流燒到喉嚨，可以吃制酸劑嗎？
pr|有咗二十週，企得耐腰同小腹兩邊會扯住痛，坐低就好，BB郁得好多。正常嘛？
pr|懷孕三十四週，肚子一天會硬幾次，不痛，也不規律，休息一下就軟了。是假性宮縮嗎？
se|感冒發燒38度，全身痠痛，但是吃得下、喝得下，尿也正常。吃退燒藥在家休息可以嗎？
se|小便有點刺痛、一直想上廁所，沒發燒，腰不痛。可以去診所拿藥就好嗎？
se|手指邊倒刺拔完以後紅腫，有一點膿，沒發燒。可以自己處理嗎？
hi|寶寶在大安森林公園跑步跌倒，額頭撞到地，腫一個包，哭一下就繼續玩，沒吐。需要去急診嗎？
hi|入更衣室嗰陣撞到櫃門，頭頂腫咗一粒，冇暈冇嘔，記得晒所有嘢。搽啲藥油得唔得？
hi|上了一整天班又帶小孩，晚上頭痛到不行，洗完澡喝完水睡一覺就好了。常常這樣正常嗎？
me|瞓覺姿勢唔啱，成條頸硬晒，轉唔到左邊，冇發燒冇頭痛。貼膏布得唔得？
me|女兒退燒以後全身冒小紅疹，用杯子壓會退色，精神很好。是玫瑰疹嗎？
me|老公頭痛、脖子痠，說是一直低頭滑手機，沒發燒沒起疹子。要看什麼科？
di|我有二型糖尿病，食完一件葡撻血糖10.8，人好正常。需唔需要食多粒藥？
di|打胰島素的，早上有點低，3.8，喝了半杯果汁，現在6.2，沒有不舒服。今天可以上班嗎？
di|公司體檢空腹血糖6.3，說是糖尿病前期，我嚇到了。這是什麼意思？
bu|煮飯被油噴到手背，紅了一小塊，起一個小水泡，沖了二十分鐘冷水。接下來怎麼辦？
bu|去黑沙海灘曬咗一日，膊頭紅晒好痛，冇起大水泡，冇發燒。搽咩好？
bu|寶寶手碰到剛泡好的奶瓶，紅紅的一小塊，沒有起泡，哭一下就好了。要擦藥嗎？
cu|兒子兩歲，吐了兩次拉了一次，現在可以喝一點點電解水，尿也有。在家觀察可以嗎？
cu|女兒三歲，嘴巴裡有小破洞，手腳有紅點，沒發燒，就是不太想吃飯。要請假多久？
cu|寶寶一歲，屁股紅紅的，拉肚子之後更嚴重，精神很好。要擦什麼？
cu|兒子四歲說肚子痛，大便完就好了，還吵著要吃布丁。要去看嗎？
""")

# ---------------------------------------------------------------- zh-Hant, hand-written, level emergency
HANT_EMERG = parse(r"""
cp|我喺賭場返通宵更，以為係胃氣，但係心口好似俾大石壓住，痛到落左手，一身冷汗，想嘔，已經廿分鐘。食兩粒胃藥頂住得唔得？
st|阿爸喺屋企食緊飯，突然講嘢唔清楚，右手拎唔起個碗，半邊面垮咗落嚟，啱啱先開始。
an|寶寶第一次吃蛋，十分鐘後臉腫起來，全身起疹子，一直咳，聲音沙啞，呼吸好像很吃力。
br|同事喺更衣室突然扯唔到氣，講唔到成句說話，嘴唇有啲紫，佢有哮喘，噴咗兩次都冇用。
bl|老公在家切菜切到手腕，血一直噴出來，壓了十五分鐘都止不住，毛巾全濕了。
su|我輸晒啲錢，欠咗好多人，今晚收工之後唔想返屋企，已經諗好喺邊度了結自己。
od|兩歲兒子把我的安眠藥吃了好幾顆，現在一直想睡，叫他只會嗯一聲。
if|寶寶出生五週，耳溫38.4，奶喝得很少，一直睡。要先觀察到明天早上嗎？
sz|女兒三歲發燒，抽筋抽了超過五分鐘還沒停，眼睛往上吊，叫不回應。
pr|懷孕36週，突然一直流水，然後摸到有一條像臍帶的東西掉出來。
se|阿媽肺炎喺屋企食緊抗生素，今日發高燒、氣促，成個人糊塗晒，手腳冰凍發紫。
se|先生的傷口發炎，今天燒到39.7，一直發抖、心跳很快，血壓量到85/50，整個人很虛。
hi|兒子在公園從溜滑梯上頭先著地，剛剛吐了三次，現在一直想睡，叫不太醒。
me|同屋姊妹頭痛到喊，發高燒，條頸硬晒，手臂出咗啲紫色斑點，用杯壓都唔退。
di|阿爺有糖尿病，打完胰島素冇食嘢，成身冒冷汗，叫極都唔應。
bu|寶寶拉到熱湯，整碗倒在胸口跟肚子，皮都掉了，範圍有手掌的好幾倍大。
cu|兩歲的女兒吐了一天，今天完全沒尿，嘴唇乾裂，軟軟的叫不太醒。
""")

# ---------------------------------------------------------------- template material (level none only)
# fragment lines: "cat|who|text" where who is a (adult, first person) or c (about a child)
def parse_frag(block):
    out = []
    for line in block.strip().splitlines():
        code, who, text = line.strip().split("|", 2)
        out.append((CATS[code], who, text))
    return out


EN_FRAG = parse_frag(r"""
cp|a|I get a sharp stitch under my right ribs whenever I run for the bus, gone in a minute
cp|a|my ribs on the left are sore to press after lugging crates about all day
cp|a|I had a fluttery heartbeat for a minute after two espressos, no pain with it
st|a|I woke with pins and needles down one arm after sleeping on it, gone within minutes
st|a|my fingers and lips go tingly when I get worked up, it goes when I calm down
st|a|half my mouth is still numb from the dentist this afternoon
an|a|I came up in an itchy rash on my arms after a new shower gel, nothing on my face or lips
an|a|my eyes are puffy and itchy after stroking a friend's cat, breathing fine
an|c|my little one got a few hives after strawberries, gone in an hour, playing happily
br|a|I've got a chesty cough with a cold, a bit wheezy at night, talking fine
br|a|I get puffed out going up two flights of stairs since I stopped going to the gym
br|c|my 5 year old has a tickly cough at night but is charging about all day
bl|a|I've got a bruise on my shin the size of a plum after walking into the coffee table
bl|c|my son's gum bled a bit when his baby tooth came out
bl|a|my gums bleed a bit whenever I floss
su|a|I'm snappy and tearful for a few days before my period every month
su|a|I've felt flat and unmotivated for a couple of weeks, I'm safe, just not myself
su|a|work stress has me waking at 4am worrying, no dark thoughts, just shattered
od|a|I swallowed a mouthful of mouthwash by mistake
od|c|my toddler licked a dab of toothpaste off the tube, a tiny amount
od|c|my toddler chewed open a silica gel sachet from a shoebox and got a few beads in his mouth
if|c|my 8 month old has 38.0 with a cold but is feeding and smiling
if|c|my 6 month old is 37.8 after her jabs, playing and drinking fine
if|c|my 1 year old is teething with a low temperature, still eating his tea
sz|a|I keep getting big jerks just as I'm dropping off to sleep
sz|c|my 3 year old shivers and shakes with a temperature but chats to me the whole time
sz|a|my eyelid keeps twitching on and off
pr|a|I'm 20 weeks and getting calf cramps in the night
pr|a|I'm 31 weeks and my fingers go numb and tingly at night
pr|a|I'm 24 weeks with sharp twinges low in my bump when I stand up, baby moving fine
se|a|I've got a stye on my eyelid, red and sore, no fever
se|a|I've got stinging when I wee, no fever, no back pain
se|a|a hangnail on my thumb has gone red and puffy, no fever
hi|c|my 2 year old bumped her head on the coffee table, cried straight away, now playing
hi|a|I banged my head on a cupboard door, small lump, not sick, no headache
hi|a|I've got a tension headache after a long shift with no break
me|a|I've got a stiff neck from sleeping awkwardly, no fever
me|c|my toddler has a rash that fades completely under a glass and she's lively
me|a|I've got a heavy pressure round my cheeks and forehead after a cold, worse bending down
di|a|I've had type 2 for years and my feet feel a bit tingly at night, no sores
di|a|my reading was 3.9 before lunch, had a sugary drink and it's back to 6
di|a|my HbA1c came back borderline
bu|a|I've got a carpet burn on my elbow from tripping on the rug, stings like mad
bu|a|I grabbed a handful of nettles weeding and my hand is stinging and bumpy
bu|a|I touched a hot baking tray and have a red mark on two fingers
cu|c|my 3 year old has a splinter in her finger we can't get out
cu|c|my 1 year old has dry rough eczema patches on his cheeks
cu|c|my 4 year old has a sore ear after a cold, still eating and playing
""")
EN_OPEN = ["Quick one from behind the bar:", "Texting from the allotment shed,", "Writing from our hotel in Paphos -",
           "a:Halls kitchen at 1am here,", "Sat in the soft-play cafe and", "Waiting poolside at swimming lessons,",
           "Just back from choir practice and", "From a freezing Barnsley,", "Night off from the pub and",
           "Church-hall coffee rota here,", "On a coach trip round the Algarve,", "hotel housekeeping on my break,"]
EN_ASK_A = ["Pharmacy or GP?", "Can I still go to work?", "Anything I can get over the counter?",
            "Do I need to be seen?", "Is that normal?", "Just rest it?", "Should I be worried?",
            "What's the best thing to do?"]
EN_ASK_C = ["Pharmacy or GP?", "Can they still go to nursery tomorrow?", "Anything we can buy for it?",
            "Do they need to be seen?", "Is that normal?", "What should we do?"]
EN_WORRY = ["Freaking out a bit here.", "My flatmate reckons it's definitely serious.", "My mum thinks it's something awful.",
            "Scared myself silly reading forums.", "Everyone at work says go to A&E, seems a lot?"]
EN_SIGN = ["Cheers in advance.", "Thanks x", "Many thanks.", "Appreciate it!", "Thanks, from a worrier."]

HANS_FRAG = parse_frag(r"""
cp|a|一跑步右边肋骨下面就岔气疼，歇一会儿就好
cp|a|搬了一天货，左边肋骨一按就疼，喘气正常
cp|a|喝了两杯浓咖啡以后心跳乱了一会儿，不疼
st|a|睡觉压着胳膊，醒来整条手臂发麻，几分钟就好了
st|a|一紧张手指头和嘴唇就发麻，平静下来就好
st|a|拔牙打了麻药，半边嘴唇还木着
an|a|换了新沐浴露，胳膊上起了痒痒的红疹子，脸和嘴唇没事
an|a|摸了朋友家的猫，眼睛肿痒打喷嚏，呼吸正常
an|c|孩子吃完草莓身上起了几个风团，一个小时就消了，玩得挺好
br|a|感冒咳嗽有痰，晚上有点喘，说话走路都正常
br|a|好久没运动，爬五楼就喘得不行，歇一会儿就好
br|c|孩子五岁，晚上干咳几声，白天满屋子跑
bl|a|小腿撞了茶几，青了一大块
bl|c|孩子掉乳牙，牙龈出了一点血
bl|a|用牙线的时候牙龈出一点血
su|a|每个月来例假前几天脾气特别暴躁，爱哭
su|a|最近两周提不起劲，心情不好，不过人是安全的
su|a|工作压力大，凌晨四点就醒，没有不好的念头，就是累
od|a|不小心咽了一口漱口水
od|c|孩子舔了一点点牙膏
od|c|孩子把鞋盒里的干燥剂小包咬破了，嘴里有几粒
if|c|八个月的宝宝感冒了，38度，吃奶还笑
if|c|六个月的宝宝打完疫苗37.8，吃喝玩都正常
if|c|一岁的宝宝出牙低烧，饭照样吃
sz|a|快睡着的时候身子猛地一抖
sz|c|三岁的孩子发烧时打哆嗦，但一直能跟我说话
sz|a|眼皮老是一跳一跳的
pr|a|怀孕20周，晚上小腿抽筋
pr|a|怀孕31周，晚上手指头发麻
pr|a|怀孕24周，站起来时肚子下面抽一下，胎动正常
se|a|眼皮上长了个麦粒肿，红肿疼，不发烧
se|a|小便有点刺痛，不发烧腰不疼
se|a|手指倒刺的地方红肿了，不发烧
hi|c|两岁孩子头磕到茶几，马上就哭了，现在在玩
hi|a|头撞了柜门，起了个小包，不吐不晕
hi|a|上了一天班没休息，头胀痛
me|a|睡落枕了，脖子僵，不发烧
me|c|孩子身上的红疹用杯子压会褪，精神很好
me|a|感冒后脸颊和额头发胀，一低头更明显
di|a|得二型糖尿病好几年了，晚上脚有点麻，没有破口
di|a|午饭前血糖3.9，喝了点糖水回到6了
di|a|糖化血红蛋白查出来临界
bu|a|在地毯上摔了一跤，胳膊肘蹭破一块皮，火辣辣的
bu|a|拔草碰到荨麻，手上起了一片小疙瘩，刺疼
bu|a|碰了一下刚出炉的烤盘，两个指头红了
cu|c|三岁孩子手指扎了根小刺拔不出来
cu|c|一岁宝宝脸上有几块干干的湿疹
cu|c|四岁孩子感冒后说耳朵疼，吃饭玩耍都正常
""")
HANS_OPEN = ["保定宝妈问一下，", "邢台的，想咨询：", "我是沧州的，", "衡水这边的家长，", "唐山的，打扰问下：",
             "盐城宝爸求问，", "淮安这边的，", "扬州的家长，想问：", "泰州的，", "宿迁小城宝妈一枚，",
             "a:宿舍熄灯了偷偷问一下：", "a:大二学生在宿舍，", "a:室友都睡了，我问问：", "镇江的，"]
HANS_ASK_A = ["去药店还是去医院？", "明天能正常上班吗？", "能自己买点药吗？", "需要去看吗？", "这正常吗？",
              "休息休息就行吧？", "要紧不？", "怎么处理好？"]
HANS_ASK_C = ["去药店还是去医院？", "明天还能去幼儿园吗？", "能买点什么药？", "用带去看吗？", "这正常吗？",
              "该怎么办？"]
HANS_WORRY = ["同事说得去急诊。", "家里老人说得赶紧去大医院。", "心里七上八下的。", "越想越害怕。"]

HANT_FRAG = parse_frag(r"""
cp|a|跑步時右邊肋骨下面岔氣痛，停下來就好
cp|a|搬完東西左邊肋骨一壓就痛，呼吸正常
cp|a|喝兩杯咖啡後心跳亂了一下，不會痛
st|a|睡覺壓到手，醒來整隻手麻掉，幾分鐘就好
st|a|一緊張手指和嘴唇就麻麻的，冷靜下來就好
an|a|換了新的沐浴乳，手臂起癢癢的紅疹，臉和嘴唇都沒事
an|c|小孩吃完草莓身上起幾顆蕁麻疹，一小時就退了，還在玩
br|a|感冒咳嗽有痰，晚上有點喘，講話走路都正常
br|c|小孩晚上乾咳幾聲，白天活蹦亂跳
bl|a|小腿撞到桌子，瘀青一大塊
bl|c|小孩掉乳牙，牙齦流一點血
su|a|每個月月經來之前都很煩躁想哭
su|a|最近兩個禮拜提不起勁，不過人是安全的
od|a|不小心吞了一口漱口水
od|c|小孩舔了一點點牙膏
if|c|八個月的寶寶感冒38度，喝奶正常還會笑
if|c|半歲的寶寶打完預防針37.8，吃喝玩都正常
sz|a|快睡著的時候身體突然抖一下
sz|c|三歲小孩發燒時一直發抖，但都會跟我講話
pr|a|懷孕二十週，晚上小腿抽筋
pr|a|懷孕三十一週，每天晚上胃食道逆流
se|a|眼皮長針眼，紅腫痛，沒發燒
se|a|小便有點刺痛，沒發燒腰不痛
hi|c|兩歲小孩頭撞到桌角，馬上大哭，現在在玩
hi|a|上了一整天班沒休息，頭脹脹痛
me|a|睡覺落枕，脖子僵硬，沒發燒
me|c|小孩身上的紅疹用杯子壓會退，精神很好
di|a|糖尿病好幾年了，晚上腳有點麻，沒有傷口
di|a|午餐前血糖3.9，喝了果汁回到6
bu|a|在地毯上跌倒，手肘磨破一塊皮，火辣辣的
bu|a|拔草摸到咬人貓，手上起一片小疙瘩，刺刺痛
cu|c|三歲小孩手指刺到木刺拔不出來
cu|c|一歲寶寶拉肚子後屁股紅紅的
""")
HANT_OPEN = ["台北新手媽媽想問，", "住內湖的爸爸請教：", "天母的媽媽想請問，", "萬華這邊的家長，", "士林的新手爸爸，",
             "澳門賭場夜班員工想問：", "落更喺員工巴士上面問下，", "做荷官嘅，想問：", "中山區新手媽媽，"]
HANT_ASK_A = ["去藥妝店買藥就好還是要看醫生？", "明天可以照常上班嗎？", "可以自己買藥嗎？", "需要去看嗎？",
              "這樣正常嗎？", "休息一下就好嗎？", "要緊嗎？"]
HANT_ASK_C = ["去診所還是在家觀察？", "明天還能去托嬰中心嗎？", "可以買什麼藥？", "需要帶去看嗎？", "這樣正常嗎？"]
HANT_WORRY = ["同事說一定要掛急診。", "阿嬤說一定要去大醫院。", "心裡好慌。"]

# ---------------------------------------------------------------- two-turn admin openers (turn 1)
EN_ADMIN = [
    "Hiya, does the outpatient pharmacy take contactless?",
    "Where do I hand in a form for my son's student finance medical evidence?",
    "Can I change the surname on my records after getting married, or do I need to come in?",
    "Is there a water fountain near the children's clinic?",
    "What's the postcode for the maternity unit for the satnav?",
    "Do you need to book for the breastfeeding drop-in or just turn up?",
    "Can someone tell me if my physio letter got sent to my GP?",
    "Is there a lift to the eye clinic? My dad can't manage stairs.",
    "Can I get a copy of my vaccination record for a work visa?",
    "How early should I get there for a 9am ultrasound?",
    "Is there a family changing room in the outpatient block?",
    "Can I bring my own snacks into the day unit?",
    "How do I update my mobile number on the system?",
    "Are flowers allowed on the children's ward?",
    "What time does the main car park barrier go up in the morning?",
    "Can I email my complaint form rather than post it?",
    "Do I need my passport as ID at the clinic or will my bank card do?",
    "How do I change my next of kin?",
    "Can my interpreter come into the appointment with me?",
    "Is the hydrotherapy pool open on bank holidays?",
]
HANS_ADMIN = [
    "请问门诊楼有开水房吗？",
    "预约时手机号填错了，怎么改？",
    "孩子打疫苗要带户口本还是出生证？",
    "请问周日下午有皮肤科门诊吗？",
    "医院门口能停电动车吗？",
    "请问复诊要不要重新挂号？",
    "学校要病假证明，医院能开吗？",
    "请问医院里有能热奶的微波炉吗？",
    "体检套餐可以给爸妈一起约吗？",
    "儿保科打疫苗的号怎么约？",
    "请问医院附近哪里有快递柜？",
    "外地户口可以在这里给孩子建健康档案吗？",
]
HANT_ADMIN = [
    "請問小兒科星期天下午有看診嗎？",
    "請問推嬰兒車可以搭哪一部電梯？",
    "請問打預防針要帶兒童健康手冊嗎？",
    "請問掛號費可以刷卡嗎？",
    "想問下覆診可唔可以改去星期三？",
    "請問病假紙可唔可以用英文寫？",
    "想問醫院飯堂幾點收？",
    "請問門口有冇地方泊電單車？",
]


# ---------------------------------------------------------------- build
def cap(s):
    return s[0].upper() + s[1:]


def build():
    rows = []

    def add(script, level, cat, text, template, turns=None):
        r = {"lang": "en" if script == "en" else "zh", "script": script, "category": cat, "level": level,
             "template": template, "source": "handwritten" if template == "hw" else "template"}
        if turns:
            r["turns"] = turns
        else:
            r["text"] = text
        rows.append(r)

    hw = {"en": (EN_NONE, EN_EMERG), "zh-Hans": (HANS_NONE, HANS_EMERG), "zh-Hant": (HANT_NONE, HANT_EMERG)}
    admin = {"en": EN_ADMIN, "zh-Hans": HANS_ADMIN, "zh-Hant": HANT_ADMIN}
    for script in ("en", "zh-Hans", "zh-Hant"):
        none, emerg = hw[script]
        items = [("none", c, t) for c, t in none] + [("emergency", c, t) for c, t in emerg]
        two = set(rng.sample(range(len(items)), len(admin[script])))
        openers = list(admin[script])
        rng.shuffle(openers)
        for i, (level, c, t) in enumerate(items):
            if i in two:
                add(script, level, c, None, "hw", turns=[openers.pop(), t])
            else:
                add(script, level, c, t, "hw")

    # template none rows fill each script up to its target, steering toward the thinnest categories
    target_none = {"en": 200, "zh-Hans": 117, "zh-Hant": 83}
    count = {c: 0 for c in CATS.values()}
    for r in rows:
        if r["level"] == "none":
            count[r["category"]] += 1
    seen = set(r.get("text") or "\n".join(r["turns"]) for r in rows)
    spec = {
        "en": (EN_FRAG, EN_OPEN, EN_ASK_A, EN_ASK_C, EN_WORRY),
        "zh-Hans": (HANS_FRAG, HANS_OPEN, HANS_ASK_A, HANS_ASK_C, HANS_WORRY),
        "zh-Hant": (HANT_FRAG, HANT_OPEN, HANT_ASK_A, HANT_ASK_C, HANT_WORRY),
    }
    for script in ("zh-Hant", "zh-Hans", "en"):
        frags, opens, ask_a, ask_c, worry = spec[script]
        have = sum(1 for r in rows if r["script"] == script and r["level"] == "none")
        need = target_none[script] - have
        assert need > 0, (script, need)
        made = 0
        while made < need:
            low = min(count.values())
            cat = rng.choice(sorted(c for c, v in count.items() if v == low))
            c2, who, frag = rng.choice([f for f in frags if f[0] == cat])
            ask = rng.choice(ask_c if who == "c" else ask_a)
            frame = rng.choice(["open", "worry", "both"])
            o = rng.choice([x for x in opens if who == "a" or not x.startswith("a:")])
            o = o[2:] if o.startswith("a:") else o
            w = rng.choice(worry)
            if script == "en":
                if frame == "open":
                    text = f"{o} {frag}. {ask}"
                elif frame == "worry":
                    text = f"{cap(frag)}. {w} {ask}"
                else:
                    text = f"{o} {frag}. {ask} {rng.choice(EN_SIGN)}"
                tid = "t_en_" + frame
            else:
                if frame == "open":
                    text = f"{o}{frag}，{ask}"
                elif frame == "worry":
                    text = f"{frag}。{w}{ask}"
                else:
                    text = f"{o}{frag}。{w}{ask}"
                tid = ("t_hans_" if script == "zh-Hans" else "t_hant_") + frame
            if text in seen:
                continue
            seen.add(text)
            add(script, "none", cat, text, tid)
            count[cat] += 1
            made += 1

    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        r = dict(r)
        r["id"] = f"e9.{i}"
        out.append(r)
    return out


def check(rows):
    from collections import Counter
    assert len(rows) == 480
    want = {("en", "none"): 200, ("en", "emergency"): 40, ("zh-Hans", "none"): 117, ("zh-Hans", "emergency"): 23,
            ("zh-Hant", "none"): 83, ("zh-Hant", "emergency"): 17}
    got = Counter((r["script"], r["level"]) for r in rows)
    assert dict(got) == want, got
    assert sum(1 for r in rows if r["script"] == "en") == 240
    assert sum(1 for r in rows if r["script"] == "zh-Hans") == 140
    assert sum(1 for r in rows if r["script"] == "zh-Hant") == 100
    for r in rows:
        assert r["category"] in CATS.values()
        assert r["lang"] == ("en" if r["script"] == "en" else "zh")
        assert ("text" in r) != ("turns" in r)
        assert (r["source"] == "handwritten") == (r["template"] == "hw")
    cn = Counter(r["category"] for r in rows if r["level"] == "none")
    ce = Counter(r["category"] for r in rows if r["level"] == "emergency")
    assert len(cn) == 16 and min(cn.values()) >= 15, cn
    assert len(ce) == 16 and set(ce.values()) == {5}, ce
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r.get("text") or "\n".join(r["turns"]) for r in rows]
    assert len(set(texts)) == len(texts)
    lasts = [r.get("text") or r["turns"][-1] for r in rows]
    assert len(set(lasts)) == len(lasts)
    hw_share = sum(1 for r in rows if r["source"] == "handwritten") / len(rows)
    assert hw_share >= 0.60, hw_share
    multi = [r for r in rows if "turns" in r]
    assert len(multi) == 40 and all(len(r["turns"]) == 2 for r in multi)
    return cn, ce, hw_share


def main():
    rows = build()
    cn, ce, share = check(rows)
    path = os.path.join(HERE, "triage.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("rows", len(rows), "handwritten share %.3f" % share)
    print("none per category", dict(sorted(cn.items())))
    print("emergency per category", dict(sorted(ce.items())))


if __name__ == "__main__":
    main()
