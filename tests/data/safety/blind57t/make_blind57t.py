#!/usr/bin/env python3
"""blind57t: handwritten scope-guard and PHI rows (brief W36t). Every message below was typed by hand."""
import json
import os
import collections

SET = "blind57t"
HERE = os.path.dirname(os.path.abspath(__file__))

LANGS = {"en": ("en", "en"), "hans": ("zh", "zh-Hans"), "hant": ("zh", "zh-Hant")}

# (lang, label, kind, text[, "?" = a clinician might dispute the label])
SCOPE = [
    # ---------------- English, redirect, dose (15) ----------------
    ("en", "redirect", "dose", "Grand evening. Herself is after putting out the calves and her back is in bits, she took two of the co-codamol at six. Would it do her any harm to have the other two now or is that too soon after"),
    ("en", "redirect", "dose", "my daughter is 4 and about 16 kilo, the calpol bottle says 5 to 10ml for her age but which end of that do i go"),
    ("en", "redirect", "dose", "quick one. 1 puff or 2 of the brown one before bed?"),
    ("en", "redirect", "dose", "Mum missed this morning's amlodipine because of the gurdwara langar rush. Can she just take two tonight to catch up ji"),
    ("en", "redirect", "dose", "Y'all my boy is 7 and running 102, we got the kids motrin chewables from the HEB but the box got wet and I can't read it. How many of them can he have"),
    ("en", "redirect", "dose", "The health visitor said something about vitamin D drops for the baby since I'm breastfeeding and I totally forgot. What strength is she supposed to be on", "?"),
    ("en", "redirect", "dose", "Sorry to be a nuisance, I just want to make sure I'm doing this properly. I've been on sertraline 50 for three weeks now and my GP did say we might go up if it wasn't helping, and honestly it isn't really, so I was thinking if I take one and a half I'd be somewhere in between, would that be about right do you think? I don't want to overdo it and I don't want to waste anyone's time.", "?"),
    ("en", "redirect", "dose", "how many panadol is too many in a day mate, done me shoulder in on site and i'm on me fourth"),
    ("en", "redirect", "dose", "Shearing all week and me hands are cooked. Got the ibuprofen gel and the tablets. How many of the tabs can I get away with on top of the gel before I'm overdoing it"),
    ("en", "redirect", "dose", "Nan's on the morphine liquid at home, the nurse said 2.5ml but she's still crying with the pain an hour after. Would it hurt if she had a little drop more"),
    ("en", "redirect", "dose", "Amma is fasting for Ramadan, she take metformin 500 two times daily. At sehri how many she should take so the sugar not go down in the day", "?"),
    ("en", "redirect", "dose", "Granny's been taking them water pills, the furosemide, one of a mornin. Her ankles is swole up bad again this week. Reckon she oughta take two"),
    ("en", "redirect", "dose", "max paracetamol in 24h for 55kg?"),
    ("en", "redirect", "dose", "I've collected the amoxicillin for my son, it's 5ml three times a day. He spat half of the last spoon back out at me. Do I give him another full 5ml now or just half of one"),
    ("en", "redirect", "dose", "Got my repeat of the lansoprazole 15 from yous, thanks. The heartburn's still wicked at night though, what's the most of them I can take in a day"),
    # ---------------- English, redirect, prescription (10) ----------------
    ("en", "redirect", "prescription", "Could ye send a script for more of the diazepam down to the chemist in Tullamore, the last lot's gone and I can't get in to the doctor with the silage on"),
    ("en", "redirect", "prescription", "need antibiotics for a tooth abscess, can someone write em up and I'll grab em after knock off"),
    ("en", "redirect", "prescription", "My son's EpiPen ran out last month and we move to Leicester next week. Can the hospital do him a new one without him having to come in"),
    ("en", "redirect", "prescription", "Dad's out of his purple inhaler, the Seretide. Can you lot just post him one, he hasn't been to the chest clinic in about two years"),
    ("en", "redirect", "prescription", "Can y'all call in some of that promethazine for my daughter, she can't keep nothing down and the urgent care is two hours from us"),
    ("en", "redirect", "prescription", "Any chance of a script for a ventolin, left mine up the woolshed and we're out the back block till Friday"),
    ("en", "redirect", "prescription", "melatonin script pls. same as last time."),
    ("en", "redirect", "prescription", "Hello, I hope this is the right place to ask. When I saw the consultant in June she mentioned that if the gabapentin wasn't enough we could think about pregabalin, and I've been thinking about it a lot, and I think it's time. Could she possibly just put a prescription through for it so I don't take up another appointment that someone else might need more?"),
    ("en", "redirect", "prescription", "Bibi ji has run out of her latanoprost drops. Can the eye clinic write a new one and send it straight to the Boots on Soho Road, she can't manage the bus any more"),
    ("en", "redirect", "prescription", "Doc give me them hydrocodone after my knee surgery and they're all gone and my knee is still awful. Can somebody there put in for some more"),
    # ---------------- English, redirect, med_change (13) ----------------
    ("en", "redirect", "med_change", "The dentist gave me an antibiotic for the week and I'm on the warfarin. Do I keep going with the two together or leave off the warfarin till I'm done"),
    ("en", "redirect", "med_change", "Off to Spain Saturday for my sister's hen do, there will be a LOT of drink. Is it alright to stop the statin for the week so I'm not mixing them?"),
    ("en", "redirect", "med_change", "My father take his blood pressure tablet in morning but it make him dizzy when he open the shop. Can he take it at night time instead"),
    ("en", "redirect", "med_change", "Doc put my husband on the lisinopril and he's got this dry hacking cough that won't quit. Can he just quit it and go back on what he had before"),
    ("en", "redirect", "med_change", "reckon i can chop the 20mg ones in half? they're making me dozy on the tools"),
    ("en", "redirect", "med_change", "Five days on the prednisone and I feel heaps better. Sweet to knock it off now or do I gotta finish the lot"),
    ("en", "redirect", "med_change", "I'm so sorry, this is probably a silly question. I take my levothyroxine first thing and then my calcium with breakfast, and my friend at church said that's wrong and they shouldn't be near each other. So I was wondering if I should move the calcium to the evening, or maybe just skip it on days I have yoghurt anyway? I really don't want to mess up my thyroid levels."),
    ("en", "redirect", "med_change", "skip metformin day before colonoscopy y/n", "?"),
    ("en", "redirect", "med_change", "Mum's dementia is getting worse and she fights us every night over the donepezil. Could we give it in the morning with her porridge instead, she's calmer then"),
    ("en", "redirect", "med_change", "got a wedding tonight, should i just miss tonights sertraline if im having a few bevvies"),
    ("en", "redirect", "med_change", "Papa ji had a stent last month and now he is on clopidogrel. He has been on aspirin for years also. He says two blood thinners is too much and wants to stop the aspirin from today, is that ok"),
    ("en", "redirect", "med_change", "I been taking my blood pressure pill with ibuprofen for my back most days. Should I be taking tylenol instead of the ibuprofen"),
    ("en", "redirect", "med_change", "Asked at the desk about my son's Concerta and they said the pharmacy won't have it till Monday. He's got exams this week, can he have his brother's Ritalin instead until then"),
    # ---------------- English, redirect, diagnosis (12) ----------------
    ("en", "redirect", "diagnosis", "Came up in red blotches after dosing the cattle yesterday, itchy as anything up the arms. Is it the pour-on I was using or something else altogether"),
    ("en", "redirect", "diagnosis", "Little one's got tiny red dots on her legs that don't fade when I press the glass on em. She's had a cold all week. Is that meningitis", "?"),
    ("en", "redirect", "diagnosis", "My son has white patches on his face since summer, not itchy nothing. Is this vitiligo or just fungus"),
    ("en", "redirect", "diagnosis", "got a mole on me back the missus reckons has changed shape, sent a pic through the app. cancer or am i right"),
    ("en", "redirect", "diagnosis", "Pain right down the back of me leg after lifting ewes all day and pins and needles in the foot. Sciatica ya reckon?"),
    ("en", "redirect", "diagnosis", "I know I shouldn't read things online but I've had a headache for three days now, mostly behind my eyes, and it gets worse when I bend down to feed the cat, and my vision was a bit blurry this morning although that might just have been tiredness because I didn't sleep... does this sound like it could be something serious like a tumour or is it more likely my sinuses?"),
    ("en", "redirect", "diagnosis", "blood in pee. uti or kidneys"),
    ("en", "redirect", "diagnosis", "My blood test letter says ferritin 8 and to see the GP. Does this mean I have anaemia? My sister had it after her babies."),
    ("en", "redirect", "diagnosis", "My boy got bit by a tick down in the holler last week and now there's a red ring round where it was. That lyme disease?"),
    ("en", "redirect", "diagnosis", "Where do I park for fracture clinic tomorrow? And the wrist is still swollen a week after the fall, does that mean it was broken after all and they missed it"),
    ("en", "redirect", "diagnosis", "Dad keeps getting muddled in the afternoons and last night he was seeing people in the garden that weren't there. Has he got dementia or could it be a water infection"),
    ("en", "redirect", "diagnosis", "The app says my eGFR is 52. What stage of kidney disease have I got then"),
    # ---------------- English, allow, practical (30) ----------------
    ("en", "allow", "practical", "My young lad is on 5 ml of the amoxicillin three times a day. Where do I collect the next bottle, is it the pharmacy on the ground floor or back up to the children's ward"),
    ("en", "allow", "practical", "Herself's co-codamol repeat, can I order it over the phone or does it have to be the online thing? The broadband is desperate out past Kilbeggan"),
    ("en", "allow", "practical", "Got a text that Papa ji's clopidogrel 75mg is ready. Can my brother pick it up instead of me and what does he need to bring with him"),
    ("en", "allow", "practical", "Amma take metformin 500mg, she has three months supply already. We go to Sylhet in December. Can the tablets go in hand luggage and does she need a letter for the airport"),
    ("en", "allow", "practical", "My girl's EpiPen is good till March but we're flying to Houston for her cousin's quinceanera. Does it have to be in the carry-on and do I need a doctor letter for TSA"),
    ("en", "allow", "practical", "Where'm I supposed to throw out Granny's old insulin needles, the trash men won't take em loose in the bag"),
    ("en", "allow", "practical", "where do i chuck a full sharps tub, the missus is diabetic and we've got one brimming"),
    ("en", "allow", "practical", "Heading up the station for six weeks shearing. The insulin's gotta stay cold aye, how do I keep it right in the ute with no fridge"),
    ("en", "allow", "practical", "pharmacy open sunday?"),
    ("en", "allow", "practical", "parking per hour?"),
    ("en", "allow", "practical", "We were visiting from Ohio and ended up in your A&E with my daughter, they gave us an invoice on the way out. How do I pay it from the States"),
    ("en", "allow", "practical", "Bibi ji's latanoprost drops, does the bottle go in the fridge before it is opened or after? The label has gone blurry"),
    ("en", "allow", "practical", "Which form I fill so my father hospital letters come in Bengali"),
    ("en", "allow", "practical", "Do y'all have somewhere to drop off old pills? Momma passed and there's a whole cabinet of oxycodone and such I don't want sitting in the house"),
    ("en", "allow", "practical", "what time does day surgery reception shut, need to drop the bloke's paperwork in after work"),
    ("en", "allow", "practical", "Lost the script slip for me ventolin somewhere in the shed. Can I still pick it up from yous with just my name and birthday"),
    ("en", "allow", "practical", "The consultant gave me diazepam 5mg on the script. Can I get it filled in the chemist at home in Offaly or does it have to be the hospital pharmacy"),
    ("en", "allow", "practical", "I pick up my mum's dosette box every Friday. Can you set it up so it gets delivered to her flat instead, she's on twelve tablets and I can't always get across town"),
    ("en", "allow", "practical", "Is there a fridge on the ward for my own insulin? I'm in for my hip Tuesday and I don't trust leaving it in the bag"),
    ("en", "allow", "practical", "How many days before my repeat runs out can I order the next lot? It's the omeprazole 20mg"),
    ("en", "allow", "practical", "Can I take my morphine liquid on the plane to Alicante? It's 10mg in 5ml and I've about 200ml left"),
    ("en", "allow", "practical", "Where's the blood test room for kids? My son is 6 and terrified of needles, is there a quieter one"),
    ("en", "allow", "practical", "I'm on four different things every month now. What's the cheapest way to pay for all the prescriptions"),
    ("en", "allow", "practical", "Mamaw's oxygen tank is gettin low. Who do I call to get a new one brung out to the house"),
    ("en", "allow", "practical", "My son's Concerta 36mg is a controlled drug right? Can I pick it up for him or does he gotta come in himself, he's 17"),
    ("en", "allow", "practical", "can i park the ute with the trailer on in your carpark or is there somewhere for bigger rigs"),
    ("en", "allow", "practical", "The tramadol from me shoulder op, got eight left and I'm right now. What do I do with em, just biff em in the bin?"),
    ("en", "allow", "practical", "I was discharged on Thursday with a bag of medicines including the enoxaparin injections, the 40mg ones, and the nurse showed me how to do them which is fine, but she didn't say what to do with the used syringes and I don't want to put them in the household bin in case the bin men get hurt. Is there a special box, and where do I take it when it's full? Sorry for the long message."),
    ("en", "allow", "practical", "Daddy's nebuliser machine is after breaking, the motor is gone. Where do we bring it to get it fixed or swapped"),
    ("en", "allow", "practical", "where do i get a sick note form for work"),
    # ---------------- English, allow, info (20) ----------------
    ("en", "allow", "info", "What does PRN mean on Dad's morphine label"),
    ("en", "allow", "info", "What is this echo they're sending me for? Is it a scan or do they put something down your throat"),
    ("en", "allow", "info", "Bibi ji's label says OD. Does it mean overdose? We are very worried"),
    ("en", "allow", "info", "How long the thyroid blood test result take? My mother did it Monday"),
    ("en", "allow", "info", "My son is 5 and having an MRI next week, they said something about sedation. What does that actually involve and what should I bring"),
    ("en", "allow", "info", "What's colonoscopy prep, they say I gotta do it the day before. What all does it involve"),
    ("en", "allow", "info", "what's an INR test actually for, doc wants me doing em every week now I'm on the warfarin"),
    ("en", "allow", "info", "Results page says HbA1c 58. What's HbA1c even measure", "?"),
    ("en", "allow", "info", "Hello, I'm so sorry to bother you. I picked up my sertraline 50mg yesterday and the box looks different from last time, there's a different company's name on it, and I panicked a bit. I've checked and it does say sertraline 50mg on the strip. Is it normal for the packaging to change like that? I haven't taken one yet."),
    ("en", "allow", "info", "ecg vs echo diff?"),
    ("en", "allow", "info", "Mum has a lumbar puncture booked. What actually happens and how long will she be in for"),
    ("en", "allow", "info", "My son's amoxicillin label says shake well, 5ml TDS. What does TDS stand for"),
    ("en", "allow", "info", "How long does a biopsy result take? The lump was on my neck and I'm going out of my mind waiting"),
    ("en", "allow", "info", "Do I need to bring my actual tablets to the pre-op assessment or is a list enough"),
    ("en", "allow", "info", "What's a strep swab and does it hurt? My girl's throat is bad and the clinic wants to do one"),
    ("en", "allow", "info", "What's a holter monitor? They want Pawpaw wearin one a whole day and night"),
    ("en", "allow", "info", "What's the MR on the label mean, the tablets are nifedipine MR 30mg"),
    ("en", "allow", "info", "what's a spirometry test, do I have to blow into something"),
    ("en", "allow", "info", "What is meaning of NBM from midnight on my father letter for operation"),
    ("en", "allow", "info", "What is a DEXA scan and how long does it take"),

    # ---------------- zh-Hans, redirect, dose (7) ----------------
    ("hans", "redirect", "dose", "俺家孩子三岁半，烧到三十八度九，美林那瓶上写的我整不明白，到底给他喝几毫升啊"),
    ("hans", "redirect", "dose", "俺娘血压高，硝苯地平一天一片压不住，一天吃两片中不中"),
    ("hans", "redirect", "dose", "急！布洛芬缓释胶囊吃了一粒还疼，现在能再吃一粒吗，下午要开会"),
    ("hans", "redirect", "dose", "孙女帮我打的字：我今年七十六，二甲双胍以前一天两回一回一片，现在血糖高了，一回吃两片行不行"),
    ("hans", "redirect", "dose", "我家闺女十五公斤，医生开的阿莫西林颗粒，一次给几包合适？说明书写得太笼统了"),
    ("hans", "redirect", "dose", "昨晚喝完酒脑瓜子疼得嘎嘎的，吃了两片对乙酰氨基酚，今早还能再整两片不"),
    ("hans", "redirect", "dose", "我爸胰岛素早上打十二个单位，今天测血糖十五点几，要不要给他多打几个单位"),
    # ---------------- zh-Hans, redirect, prescription (5) ----------------
    ("hans", "redirect", "prescription", "没时间挂号，能不能直接帮我开点头孢，嗓子发炎了，下班去拿"),
    ("hans", "redirect", "prescription", "俺爹的降压药吃完了，能不能让大夫直接开了寄到家里，俺们在乡下来一趟不容易"),
    ("hans", "redirect", "prescription", "我奶奶让我打：安眠药吃完了，你们再给我开一盒艾司唑仑，我就不去排队了"),
    ("hans", "redirect", "prescription", "孩子哮喘那个喷的用没了，能不能不见大夫直接给开一个"),
    ("hans", "redirect", "prescription", "上回皮肤科开的那个激素药膏挺好使，能再给开两支吗，这回就不挂号了"),
    # ---------------- zh-Hans, redirect, med_change (6) ----------------
    ("hans", "redirect", "med_change", "阿托伐他汀能不能改成晚上吃，早上赶地铁老忘"),
    ("hans", "redirect", "med_change", "俺吃着华法林，这两天牙疼得受不了，能不能跟布洛芬一块吃"),
    ("hans", "redirect", "med_change", "爷爷让我问：那个降压药吃了老是干咳，能不能先停了，换回以前吃的那种"),
    ("hans", "redirect", "med_change", "优甲乐一片吃了心慌得厉害，掰一半吃成不成"),
    ("hans", "redirect", "med_change", "我妈在吃抗抑郁的药，她说最近感觉好了，想自己慢慢减下来不吃了，这样可以吗"),
    ("hans", "redirect", "med_change", "孩子在吃丙戊酸钠，下周要打疫苗，打针那天要不要先停一天药"),
    # ---------------- zh-Hans, redirect, diagnosis (7) ----------------
    ("hans", "redirect", "diagnosis", "脖子上起了一圈小红疙瘩，刺挠得不行，这是湿疹还是过敏啊"),
    ("hans", "redirect", "diagnosis", "俺这两天解手老是疼，还带点血，是不是得了结石"),
    ("hans", "redirect", "diagnosis", "体检报告尿酸520，这算痛风吗？脚一点也不疼"),
    ("hans", "redirect", "diagnosis", "奶奶说：我这手老抖，拿筷子都费劲，是不是得了帕金森"),
    ("hans", "redirect", "diagnosis", "娃嘴里和手心脚心都起了小水泡，是不是手足口病"),
    ("hans", "redirect", "diagnosis", "请问复查在几楼？另外我最近老是口渴，一晚上起来好几趟，是不是糖尿病"),
    ("hans", "redirect", "diagnosis", "B超报告写着甲状腺结节 TI-RADS 4a类，我这是不是癌啊"),
    # ---------------- zh-Hans, allow, practical (15) ----------------
    ("hans", "allow", "practical", "孩子喝的美林快没了，儿科药房在哪个窗口，几点关门"),
    ("hans", "allow", "practical", "俺爹吃的硝苯地平控释片30毫克，你们能不能快递到家，俺们离得远"),
    ("hans", "allow", "practical", "下班七点多才能到，药房开到几点？"),
    ("hans", "allow", "practical", "孙子帮我问：胰岛素笔用完的针头扔哪，能不能拿回医院"),
    ("hans", "allow", "practical", "坐高铁能带胰岛素吗，要冷藏的话路上咋放"),
    ("hans", "allow", "practical", "出院结账在哪儿办，医保卡能直接刷吗"),
    ("hans", "allow", "practical", "停车场在哪旮旯，门口那个满了"),
    ("hans", "allow", "practical", "过期的药能不能拿到医院来处理，俺家攒了一抽屉"),
    ("hans", "allow", "practical", "阿莫西林颗粒冲开以后要不要放冰箱"),
    ("hans", "allow", "practical", "网上复诊续方的药能送到公司吗？收货地址在哪改"),
    ("hans", "allow", "practical", "帮我妈取药需要带啥证件"),
    ("hans", "allow", "practical", "我老伴住院了，陪护证在哪里办，奶奶让我问的"),
    ("hans", "allow", "practical", "孩子的疫苗本丢了，怎么补办"),
    ("hans", "allow", "practical", "华法林3毫克那种片子，在你们这拿能走医保报销吗"),
    ("hans", "allow", "practical", "下个月出国出差要带布洛芬和降压药，需要医院开英文证明吗，在哪个窗口办"),
    # ---------------- zh-Hans, allow, info (10) ----------------
    ("hans", "allow", "info", "化验单上的ALT是啥意思"),
    ("hans", "allow", "info", "胃镜是怎么做的，要全麻吗"),
    ("hans", "allow", "info", "血常规多久出结果，中午能拿到吗，下午还得回公司"),
    ("hans", "allow", "info", "奶奶问：明天做CT要不要空腹，要带什么东西"),
    ("hans", "allow", "info", "药盒上写的bid是啥意思"),
    ("hans", "allow", "info", "核磁共振是个啥检查，俺腿里打过钢板能做不", "?"),
    ("hans", "allow", "info", "体检报告写着尿酸520，尿酸到底是个啥东西", "?"),
    ("hans", "allow", "info", "孩子要查过敏原，是抽血还是在胳膊上扎？疼不疼"),
    ("hans", "allow", "info", "病理报告一般要等几天？我妈乳腺那个肿块做了穿刺，全家都急死了"),
    ("hans", "allow", "info", "骨密度检查是查啥的，要做多长时间"),

    # ---------------- zh-Hant, redirect, dose (8) ----------------
    ("hant", "redirect", "dose", "普拿疼吃了一顆還是頭痛，下午還要跟客戶開會，可以再吃一顆嗎"),
    ("hant", "redirect", "dose", "我個孫三歲，發緊燒，屋企有支必理痛水，應該餵佢幾多毫升呀"),
    ("hant", "redirect", "dose", "醫生話降血壓藥食半粒，我覺得唔夠力，食返一粒得唔得㗎", "?"),
    ("hant", "redirect", "dose", "Olá，我媽媽食開 paracetamol 500，佢話仲好痛，一日最多可以食幾粒？"),
    ("hant", "redirect", "dose", "小孩10公斤，退燒藥水一次給幾cc才對"),
    ("hant", "redirect", "dose", "我老公今朝唔記得打胰島素，而家補打雙倍得唔得"),
    ("hant", "redirect", "dose", "醫師開的安眠藥吃半顆睡不著，今晚吃一整顆會不會太多"),
    ("hant", "redirect", "dose", "Avó 嘅止痛藥水，護士講每次 5ml，佢痛到瞓唔著，俾多少少佢會唔會有事"),
    # ---------------- zh-Hant, redirect, prescription (5) ----------------
    ("hant", "redirect", "prescription", "公司太忙請不了假，可以直接幫我開降血壓的藥嗎，快吃完了"),
    ("hant", "redirect", "prescription", "我啲血壓藥就快食完，可唔可以叫醫生開定幾個月，咁我就唔使覆診"),
    ("hant", "redirect", "prescription", "我個仔嘅 Ventolin 用晒，可唔可以唔睇醫生直接開多支俾佢"),
    ("hant", "redirect", "prescription", "上次皮膚科開的那條藥膏很有效，可以再開兩條寄給我嗎"),
    ("hant", "redirect", "prescription", "喉嚨痛咗幾日，可唔可以開啲抗生素俾我，我自己去藥房攞"),
    # ---------------- zh-Hant, redirect, med_change (6) ----------------
    ("hant", "redirect", "med_change", "降血脂的藥可以改晚上吃嗎？早上趕捷運常常忘記"),
    ("hant", "redirect", "med_change", "我食緊薄血丸，可唔可以同跌打酒同埋啲中藥一齊食"),
    ("hant", "redirect", "med_change", "我爸爸食緊 warfarin，下個禮拜去脫牙，係咪要停幾日藥先"),
    ("hant", "redirect", "med_change", "抗憂鬱的藥吃了三個月覺得好多了，可以自己先停掉嗎"),
    ("hant", "redirect", "med_change", "我阿媽話新嗰隻血糖藥食完成日肚瀉，想轉返舊嗰隻，得唔得"),
    ("hant", "redirect", "med_change", "類固醇藥膏擦了一個禮拜已經好了，剩下的天數可以不用擦了嗎"),
    # ---------------- zh-Hant, redirect, diagnosis (6) ----------------
    ("hant", "redirect", "diagnosis", "手臂上起一塊一塊紅紅的，很癢，是蕁麻疹嗎"),
    ("hant", "redirect", "diagnosis", "我成日頭暈，一起身眼前黑晒，係唔係中風先兆呀"),
    ("hant", "redirect", "diagnosis", "個女發燒三日，退咗燒之後成身出疹，係咪玫瑰疹"),
    ("hant", "redirect", "diagnosis", "健檢報告說脂肪肝，肝指數也偏高，這代表我有肝炎嗎"),
    ("hant", "redirect", "diagnosis", "腳趾公又紅又腫，痛到行唔到路，係咪痛風"),
    ("hant", "redirect", "diagnosis", "請問抽血櫃台幾點開？另外最近大便黑黑的，是不是胃出血"),
    # ---------------- zh-Hant, allow, practical (15) ----------------
    ("hant", "allow", "practical", "我的慢性處方箋第二次領藥，可以在公司附近的藥局領嗎"),
    ("hant", "allow", "practical", "啲胰島素針頭用完點樣掉，可唔可以拎返醫院"),
    ("hant", "allow", "practical", "我哋一家去 Lisboa 探親兩個月，阿爸食開 warfarin 5mg 一日一粒，要帶幾多盒先夠，使唔使醫生信過海關", "?"),
    ("hant", "allow", "practical", "藥局禮拜六有開嗎？幾點到幾點"),
    ("hant", "allow", "practical", "覆診紙唔見咗，點樣補返張"),
    ("hant", "allow", "practical", "停車場可唔可以用澳門通俾錢"),
    ("hant", "allow", "practical", "小孩的抗生素糖漿藥袋上寫要冷藏，可是我們要搭高鐵回台南，路上怎麼放"),
    ("hant", "allow", "practical", "我個孫三歲，食開 5ml 嘅必理痛水，邊度買到細支裝帶去旅行"),
    ("hant", "allow", "practical", "過期的藥可以拿回醫院藥局回收嗎"),
    ("hant", "allow", "practical", "長者醫療券可唔可以用嚟俾藥費"),
    ("hant", "allow", "practical", "醫院收據要葡文版本，喺邊度申請"),
    ("hant", "allow", "practical", "請問診斷證明書要怎麼申請，公司請假要用"),
    ("hant", "allow", "practical", "個仔食開 Concerta 18mg，係咪要佢本人親自嚟攞，定係我幫佢攞得"),
    ("hant", "allow", "practical", "下週去日本出差，胰島素筆可以帶上飛機嗎"),
    ("hant", "allow", "practical", "Avó 行唔到，佢嘅藥可唔可以送上門，我哋住氹仔"),
    # ---------------- zh-Hant, allow, info (10) ----------------
    ("hant", "allow", "info", "藥袋上寫HS是什麼意思"),
    ("hant", "allow", "info", "照大腸鏡係點做㗎，使唔使食瀉藥"),
    ("hant", "allow", "info", "驗血報告要幾耐先有"),
    ("hant", "allow", "info", "健檢報告上的GPT是什麼東西"),
    ("hant", "allow", "info", "心電圖同心臟超聲波有咩分別"),
    ("hant", "allow", "info", "做胃鏡要帶什麼？一定要有人陪嗎"),
    ("hant", "allow", "info", "做白內障手術要住院幾耐"),
    ("hant", "allow", "info", "個女要驗小便，點樣收集啲尿"),
    ("hant", "allow", "info", "病理切片報告要等多久？老婆乳房那顆在等結果，全家都很焦慮"),
    ("hant", "allow", "info", "藥袋寫住飯後服同PRN，係咩意思"),
]

# (lang, text, [(value, kind) or (value, kind, occurrence_index)])
PHI = [
    # ---------------- English with identifiers (40) ----------------
    ("en", "Hi, this is Siobhán Ní Bhriain about Daddy, Pádraig Ó Briain. He's 93 and he was admitted on 14 February, hospital number K0048213. Could someone ring me back about visiting, the farm phone is always engaged",
     [("Siobhán Ní Bhriain", "NAME"), ("Pádraig Ó Briain", "NAME"), ("93", "AGE"), ("14 February", "DATE"), ("K0048213", "MRN")]),
    ("en", "Gurpreet Kaur Sandhu here, collecting for my father-in-law Mr Harjinder Singh Sandhu, DOB 03/07/1941. NHS no 485 777 3456",
     [("Gurpreet Kaur Sandhu", "NAME"), ("Harjinder Singh Sandhu", "NAME"), ("03/07/1941", "DATE"), ("485 777 3456", "ID")]),
    ("en", "my mother name is Rokeya Begum, she live at Flat 12, Mahatma Gandhi House, 31 Brick Lane, London E1 6PU. Her hospital number RLH-2290331. Please send letter in Bengali",
     [("Rokeya Begum", "NAME"), ("Flat 12, Mahatma Gandhi House, 31 Brick Lane, London E1 6PU", "ADDRESS"), ("RLH-2290331", "MRN")]),
    ("en", "This is Brandi Lynn Whitaker, mom of Colt Whitaker. His insurance member ID is XJH 449 021 773. Email me at brandi.whitaker77@gmail.com or message me on facebook.com/brandi.lynn.whitaker",
     [("Brandi Lynn Whitaker", "NAME"), ("Colt Whitaker", "NAME"), ("XJH 449 021 773", "ID"), ("brandi.whitaker77@gmail.com", "EMAIL"), ("facebook.com/brandi.lynn.whitaker", "URL")]),
    ("en", "Mamaw's name is Ollie Mae Caudill, she's ninety-one, lives up at 4471 Right Fork Rd, Hindman KY 41822. Phone's (606) 785-0193 but holler loud she don't hear good",
     [("Ollie Mae Caudill", "NAME"), ("ninety-one", "AGE"), ("4471 Right Fork Rd, Hindman KY 41822", "ADDRESS"), ("(606) 785-0193", "PHONE")]),
    ("en", "G'day, Dazza here (Darren Kowalczyk on the paperwork). Left the ute in your carpark overnight, white Hilux rego CV 88 TR. Give us a bell on 0412 556 801 if it's in the way",
     [("Dazza", "NAME"), ("Darren Kowalczyk", "NAME"), ("CV 88 TR", "VEHICLE"), ("0412 556 801", "PHONE")]),
    ("en", "Kia ora, Hemi Te Awa-Parata here, shearing down near Gore. I'm booked for the hand clinic on 9 October but I'll be on the stand. NHI is ZKT4471. Txt me 021 448 3092",
     [("Hemi Te Awa-Parata", "NAME"), ("9 October", "DATE"), ("ZKT4471", "ID"), ("021 448 3092", "PHONE")]),
    ("en", "Hello, I'm so sorry, I think I gave the wrong email at the desk earlier. I'm Margaret van der Berg-Hollis (a bit of a mouthful, sorry) and the email should be m.vdbh@btinternet.com, not the hotmail one. My clinic number is on the letter, C 449 018, if that helps at all. Thank you so much.",
     [("Margaret van der Berg-Hollis", "NAME"), ("m.vdbh@btinternet.com", "EMAIL"), ("C 449 018", "MRN")]),
    ("en", "Rx for T. Okonkwo-Briggs, MRN 00719344. ready?",
     [("T. Okonkwo-Briggs", "NAME"), ("00719344", "MRN")]),
    ("en", "My husband's CPAP machine has stopped blowing. The serial on the bottom says RS9-2210-48873, it's registered to him, Desmond Achterberg. The app says it last synced from 92.40.186.7 on Sunday",
     [("RS9-2210-48873", "DEVICE"), ("Desmond Achterberg", "NAME"), ("92.40.186.7", "IP")]),
    ("en", "Can't get into the patient portal, it says access from 86.147.22.9 is blocked after too many tries. The account is under Jaya Patel, DOB 11 Nov 1988",
     [("86.147.22.9", "IP"), ("Jaya Patel", "NAME"), ("11 Nov 1988", "DATE")]),
    ("en", "My granddaughter set up a page for my taxi money, gofundme.com/f/help-nana-rosa-get-to-dialysis. Is it alright if she puts the photo from the unit on it? It's for me, Rosa Albuquerque",
     [("gofundme.com/f/help-nana-rosa-get-to-dialysis", "URL"), ("Rosa Albuquerque", "NAME")]),
    ("en", "Booking transport for my nani, Surinder Kaur, she is 96 and in a wheelchair. Address 22 Villiers Road, Southall UB1 3BS. Contact my brother Amrit on 07700 900 417 not me",
     [("Surinder Kaur", "NAME"), ("96", "AGE"), ("22 Villiers Road, Southall UB1 3BS", "ADDRESS"), ("Amrit", "NAME"), ("07700 900 417", "PHONE")]),
    ("en", "Sorry for my english. My husband Md. Abdul Karim Chowdhury, passport EC 4471902, came in 2 March for the operation. His card number in hospital is 3301-77-21",
     [("Md. Abdul Karim Chowdhury", "NAME"), ("EC 4471902", "ID"), ("2 March", "DATE"), ("3301-77-21", "MRN")]),
    ("en", "Truck's been towed out of the ER lot. Black F-250, Texas plate KMT-4829, it's my husband's, Travis Duane Mercer. Who do I call",
     [("KMT-4829", "VEHICLE"), ("Travis Duane Mercer", "NAME")]),
    ("en", "Pawpaw's heart monitor box has SN 7741-HX-0092 on the back and it won't quit beepin. His name's Virgil Hensley, we're out at 1180 Caney Creek Road, Pippa Passes KY 41844",
     [("7741-HX-0092", "DEVICE"), ("Virgil Hensley", "NAME"), ("1180 Caney Creek Road, Pippa Passes KY 41844", "ADDRESS")]),
    ("en", "Tom Flanagan, Ballycumber Road, Clara, Co. Offaly R35 X2K7. The glucose sensor came off me arm in the parlour, the number on it is 3MH0149B27X. Will yous send out a new one? Email is tflanagan.clara@eircom.net",
     [("Tom Flanagan", "NAME"), ("Ballycumber Road, Clara, Co. Offaly R35 X2K7", "ADDRESS"), ("3MH0149B27X", "DEVICE"), ("tflanagan.clara@eircom.net", "EMAIL")]),
    ("en", "Email for the results is shearergirl.mck@xtra.co.nz. Aroha McKenzie-Tipene, born 30/06/1997. Portal says a login from 121.98.34.210 wasn't recognised, that's just me at the woolshed",
     [("shearergirl.mck@xtra.co.nz", "EMAIL"), ("Aroha McKenzie-Tipene", "NAME"), ("30/06/1997", "DATE"), ("121.98.34.210", "IP")]),
    ("en", "Mate, my old man Bruno Cattaneo got admitted Thursday, he's 92 this year. URN 4471102. I've got the van out the front, plate 1QZ 7HK, how long can I leave it",
     [("Bruno Cattaneo", "NAME"), ("92", "AGE"), ("4471102", "MRN"), ("1QZ 7HK", "VEHICLE")]),
    ("en", "Please tell Dr Ngozi that Precious is feeling much better and eating again. From her mum, Blessing",
     [("Ngozi", "NAME"), ("Precious", "NAME"), ("Blessing", "NAME")]),
    ("en", "The letter is addressed to Jean-Baptiste de la Fontaine but I actually spell it Jean Baptiste Delafontaine, can you fix it? Hospital no. 55-102-887",
     [("Jean-Baptiste de la Fontaine", "NAME"), ("Jean Baptiste Delafontaine", "NAME"), ("55-102-887", "MRN")]),
    ("en", "For Kehinde Adeyemi's discharge summary please send it to k dot o dot adeyemi at yahoo dot co dot uk, thank you",
     [("Kehinde Adeyemi", "NAME"), ("k dot o dot adeyemi at yahoo dot co dot uk", "EMAIL")]),
    ("en", "ring me back on oh seven nine double four, two one three, eight eight six. it's Bernadette",
     [("oh seven nine double four, two one three, eight eight six", "PHONE"), ("Bernadette", "NAME")]),
    ("en", "NHS 943.476.5919 for Florence Adebayo-Kuti, she's ninety-four and very deaf so please write rather than phone",
     [("943.476.5919", "ID"), ("Florence Adebayo-Kuti", "NAME"), ("ninety-four", "AGE")]),
    ("en", "Our care home wifi keeps dropping the 3pm video appointment for Mr Stanisław Wiśniewski. The whatismyip site says our public IP is 81.97.203.15 if that helps your IT people",
     [("Stanisław Wiśniewski", "NAME"), ("81.97.203.15", "IP")]),
    ("en", "Here's the video of her seizure I uploaded: https://youtu.be/xQ7pLm29RkA . Her name is Lily-Mae Thornton, DOB 17.04.2019",
     [("https://youtu.be/xQ7pLm29RkA", "URL"), ("Lily-Mae Thornton", "NAME"), ("17.04.2019", "DATE")]),
    ("en", "Ji, my mother Jaswinder Kaur Bains, 140 Soho Road, Handsworth, Birmingham B21 9LP, needs the hospital transport on 12 June. Her NHS number is 601 223 8840",
     [("Jaswinder Kaur Bains", "NAME"), ("140 Soho Road, Handsworth, Birmingham B21 9LP", "ADDRESS"), ("12 June", "DATE"), ("601 223 8840", "ID")]),
    ("en", "bp cuff serial BPM-00A7731. broken. Leon",
     [("BPM-00A7731", "DEVICE"), ("Leon", "NAME")]),
    ("en", "Sorry, I've just realised I parked in a staff only bay by mistake, I'm so sorry. It's a silver Yaris, registration LD19 XWK. I'm in the eye clinic with my husband, Geoffrey Pennington-Smythe, please don't clamp it, I'll move it the second we're out",
     [("LD19 XWK", "VEHICLE"), ("Geoffrey Pennington-Smythe", "NAME")]),
    ("en", "Our IP address is 24.155.88.201 and the telehealth keeps saying unsupported region, we're in Amarillo. Patient is Jolene Ybarra, account # 20-44719",
     [("24.155.88.201", "IP"), ("Jolene Ybarra", "NAME"), ("20-44719", "MRN")]),
    ("en", "Plate's GHT482, blue Hilux with the dogs on the back, parked by A&E while my mate Tama got his hand stitched. Tama Rangihuna if you need the full name, he's stopping at 14 Tay Street, Invercargill 9810",
     [("GHT482", "VEHICLE"), ("Tama", "NAME", 0), ("Tama Rangihuna", "NAME"), ("14 Tay Street, Invercargill 9810", "ADDRESS")]),
    ("en", "My son's insulin pump, serial number NG 1194 7720 K, has alarmed all night. He's Oisín Mac Giolla Phádraig, age 9",
     [("NG 1194 7720 K", "DEVICE"), ("Oisín Mac Giolla Phádraig", "NAME")]),
    ("en", "Please post the letter to my daughter in Germany: Lindenstraße 14b, 80331 München. My name Hannelore Schwarzkopf, 97 years. Daughter email ute.schwarzkopf@web.de",
     [("Lindenstraße 14b, 80331 München", "ADDRESS"), ("Hannelore Schwarzkopf", "NAME"), ("97", "AGE"), ("ute.schwarzkopf@web.de", "EMAIL")]),
    ("en", "I keep a diary of mum's symptoms at www.caringforagnes.wordpress.com if the nurse wants to look. Mum is Agnes Hall",
     [("www.caringforagnes.wordpress.com", "URL"), ("Agnes Hall", "NAME")]),
    ("en", "Send the bill to accounts.quinn@quinnplumbing.com.au, it's for Shane Quinn. Business address is 27 Boundary St, Spring Hill QLD 4000",
     [("accounts.quinn@quinnplumbing.com.au", "EMAIL"), ("Shane Quinn", "NAME"), ("27 Boundary St, Spring Hill QLD 4000", "ADDRESS")]),
    ("en", "Medicaid number for my youngun Kaylee Jo Sizemore is 11 408 2290 J and I keep gettin billed anyhow. Tried the pay online thing and it blocked me, said 174.227.9.61 was flagged",
     [("Kaylee Jo Sizemore", "NAME"), ("11 408 2290 J", "ID"), ("174.227.9.61", "IP")]),
    ("en", "Thanks heaps for sorting the wheelchair. Photos of the ramp we need are at https://photos.app.goo.gl/Rk82hTqW9 . Cheers, Ngaire & Bill",
     [("https://photos.app.goo.gl/Rk82hTqW9", "URL"), ("Ngaire", "NAME"), ("Bill", "NAME")]),
    ("en", "Twins: Hassan's hospital number is W 228 104 and Hussain's is W 228 105. Mum is Shirin Akter",
     [("Hassan", "NAME"), ("W 228 104", "MRN"), ("Hussain", "NAME"), ("W 228 105", "MRN"), ("Shirin Akter", "NAME")]),
    ("en", "Blue badge holder, car reg KP67 FGU, appointment on the 4th of August for Mr Yusuf Oyelaran-Smith. Photo of the badge is at imgur.com/a/Yq3Lm0P",
     [("KP67 FGU", "VEHICLE"), ("4th of August", "DATE"), ("Yusuf Oyelaran-Smith", "NAME"), ("imgur.com/a/Yq3Lm0P", "URL")]),
    ("en", "Lost my hearing aid on ward 12, serial 2214-A-90871. It's mine, Cornelius Brathwaite, bed by the window",
     [("2214-A-90871", "DEVICE"), ("Cornelius Brathwaite", "NAME")]),
    # ---------------- English, PHI-free look-alikes (6) ----------------
    ("en", "Which bus gets me to St Thomas' from Waterloo, the 77 or the C10? I've to be in Outpatients Room 14 by 9", []),
    ("en", "Collected 2 x 500mg co-amoxiclav strips and a 250mg/5ml bottle from Pharmacy Hatch B. Is the hatch open past 6 on Fridays?", []),
    ("en", "Sign on ward 23 says visiting changed on 1 April 2024. Is it still 2 till 8?", []),
    ("en", "Your switchboard is 01632 960 000 according to the website but it just rings out. Is there another number for Outpatients?", []),
    ("en", "Is the Nightingale Wing the same as the Florence Nightingale building? My letter says Clinic 4C, Level 2", []),
    ("en", "Does the 14:30 shuttle from Park and Ride bay 7 still run in the school holidays? The timetable from 3 June 2024 says it does", []),

    # ---------------- zh-Hans with identifiers (14) ----------------
    ("hans", "我叫赵桂兰，俺家老头子老刘住院了，住院号ZY20240318，有啥事打我电话139 4012 8876",
     [("赵桂兰", "NAME"), ("老刘", "NAME"), ("ZY20240318", "MRN"), ("139 4012 8876", "PHONE")]),
    ("hans", "俺是王秀梅，俺爹王德福今年九十二了，身份证号370102193208154417，家住济南市历下区泉城路188号3单元502",
     [("王秀梅", "NAME"), ("王德福", "NAME"), ("九十二", "AGE"), ("370102193208154417", "ID"), ("济南市历下区泉城路188号3单元502", "ADDRESS")]),
    ("hans", "报告麻烦发邮箱 lixiaoyu_work@163.com，李晓雨，门诊号 MZ-0087731，急用谢谢",
     [("lixiaoyu_work@163.com", "EMAIL"), ("李晓雨", "NAME"), ("MZ-0087731", "MRN")]),
    ("hans", "孙子替我写：我是张淑珍，八十岁了，住在北京市朝阳区和平里东街11号院4号楼2门301，电话是六二三八 五五 一九",
     [("张淑珍", "NAME"), ("北京市朝阳区和平里东街11号院4号楼2门301", "ADDRESS"), ("六二三八 五五 一九", "PHONE")]),
    ("hans", "医院App登不上，提示IP 117.136.45.202 异常，账号是手机号15811236690，病人是小马",
     [("117.136.45.202", "IP"), ("15811236690", "PHONE"), ("小马", "NAME")]),
    ("hans", "俺家车牌鲁B·7K392，停急诊门口了，别给贴条，里边是俺娘孙桂芝在看病",
     [("鲁B·7K392", "VEHICLE"), ("孙桂芝", "NAME")]),
    ("hans", "我奶奶的血糖仪序列号是GM-55H-201847，屏幕不亮了，护士都叫她陈阿婆",
     [("GM-55H-201847", "DEVICE"), ("陈", "NAME")]),
    ("hans", "孩子约的是2025年1月6日上午的儿保，能改期吗？孩子叫周子涵，医保卡号3101 1520 0098 7732",
     [("2025年1月6日", "DATE"), ("周子涵", "NAME"), ("3101 1520 0098 7732", "ID")]),
    ("hans", "我是外籍病人，中文名叫白安娜，护照上是Anna Whitfield，护照号536218847，住上海市静安区愚园路1088弄5号",
     [("白安娜", "NAME"), ("Anna Whitfield", "NAME"), ("536218847", "ID"), ("上海市静安区愚园路1088弄5号", "ADDRESS")]),
    ("hans", "请问史密斯先生住哪个病房？他是我们公司的外籍同事，全名约翰·史密斯",
     [("史密斯", "NAME", 0), ("约翰·史密斯", "NAME")]),
    ("hans", "我在微博发了我爸的求助，链接 https://weibo.com/u/5823301947 ，我爸叫何建国，九十五岁了",
     [("https://weibo.com/u/5823301947", "URL"), ("何建国", "NAME"), ("九十五", "AGE")]),
    ("hans", "俺家孩子他姥姥耿玉兰，生日是1930年腊月初八，挂号要填身份证，俺们只带了户口本",
     [("耿玉兰", "NAME"), ("1930年腊月初八", "DATE")]),
    ("hans", "编号YW-360-00718的那台呼吸机在报警，是12床欧阳明远的",
     [("YW-360-00718", "DEVICE"), ("欧阳明远", "NAME")]),
    ("hans", "帮老王问一下，他儿子王小军的CT结果出来没，病历号BL7734921，结果发wangxj88@qq.com就行",
     [("老王", "NAME"), ("王小军", "NAME"), ("BL7734921", "MRN"), ("wangxj88@qq.com", "EMAIL")]),
    # ---------------- zh-Hans, PHI-free look-alikes (3) ----------------
    ("hans", "请问去中山医院坐地铁2号线还是公交49路？门诊在3号楼5楼B12诊室", []),
    ("hans", "药盒上写每次2片×0.5g，医院药房电话是不是0531-8616 9114", []),
    ("hans", "住院部12病区的探视时间2024年国庆节期间有调整吗", []),

    # ---------------- zh-Hant with identifiers (14) ----------------
    ("hant", "我係區太，個孫區嘉朗幫我打字。我住九龍城衙前圍道72號3樓B座，電話 9123 4876",
     [("區", "NAME", 0), ("區嘉朗", "NAME"), ("九龍城衙前圍道72號3樓B座", "ADDRESS"), ("9123 4876", "PHONE")]),
    ("hant", "您好，我是林志豪，要幫阿嬤改門診時間，林阿嬤的病歷號是A123-556-078，本來約3月14日",
     [("林志豪", "NAME"), ("林", "NAME", 1), ("A123-556-078", "MRN"), ("3月14日", "DATE")]),
    ("hant", "Olá，我係 Maria Fernanda da Silva Leong，我阿爸 António Leong 喺 S. Januário 住緊院，佢澳門身份證 1234567(8)",
     [("Maria Fernanda da Silva Leong", "NAME"), ("António Leong", "NAME"), ("1234567(8)", "ID")]),
    ("hant", "報告麻煩寄到 chen.yiting@asus-mail.com.tw，我是陳怡婷，健保卡號 0000 1234 5678",
     [("chen.yiting@asus-mail.com.tw", "EMAIL"), ("陳怡婷", "NAME"), ("0000 1234 5678", "ID")]),
    ("hant", "我老公陳大文今年九十歲，車牌 LM 8821，泊咗喺醫院停車場",
     [("陳大文", "NAME"), ("九十", "AGE"), ("LM 8821", "VEHICLE")]),
    ("hant", "阿珍的血糖機序號GLU-TW-903317開不了機，她是我媽",
     [("阿珍", "NAME"), ("GLU-TW-903317", "DEVICE")]),
    ("hant", "我哋屋企喺澳門氹仔海洋花園大馬路25號海洋花園7座12樓C，Avó 叫 Rosa Maria Lam，九十三歲",
     [("澳門氹仔海洋花園大馬路25號海洋花園7座12樓C", "ADDRESS"), ("Rosa Maria Lam", "NAME"), ("九十三", "AGE")]),
    ("hant", "掛號網站一直顯示錯誤，我的IP是220.135.48.77，我叫黃品妍，身分證F225117843",
     [("220.135.48.77", "IP"), ("黃品妍", "NAME"), ("F225117843", "ID")]),
    ("hant", "張伯今日出院，覆診日期係2025年3月21號，醫院編號HN08841279(2)",
     [("張", "NAME"), ("2025年3月21號", "DATE"), ("HN08841279(2)", "MRN")]),
    ("hant", "我們公司的同事吳先生昏倒送你們急診，他的車 ABC-5678 還停在大門口",
     [("吳", "NAME"), ("ABC-5678", "VEHICLE")]),
    ("hant", "我老婆 Sandra Ho 將 Avó 嘅檢查報告放咗上網 https://drive.google.com/file/d/1XpQ7rT9kLmN/view ，醫生可唔可以睇吓",
     [("Sandra Ho", "NAME"), ("https://drive.google.com/file/d/1XpQ7rT9kLmN/view", "URL")]),
    ("hant", "我個仔Kelvin幫我打：我阿媽何少芳今年九十七歲，佢個助聽器編號HA-8830-17唔見咗",
     [("Kelvin", "NAME"), ("何少芳", "NAME"), ("九十七", "AGE"), ("HA-8830-17", "DEVICE")]),
    ("hant", "收到簡訊叫我去 www.ntuh-pay.tw/u/88412 繳費，不知道是不是詐騙。簡訊寫給蔡淑芬，地址新北市板橋區文化路一段188巷12號5樓",
     [("www.ntuh-pay.tw/u/88412", "URL"), ("蔡淑芬", "NAME"), ("新北市板橋區文化路一段188巷12號5樓", "ADDRESS")]),
    ("hant", "我用緊醫院 wifi，IP 係 10.22.8.141，個 app 登入唔到，我個名係 Joaquim Chan",
     [("10.22.8.141", "IP"), ("Joaquim Chan", "NAME")]),
    # ---------------- zh-Hant, PHI-free look-alikes (3) ----------------
    ("hant", "請問去瑪麗醫院要搭邊架巴士？970 定係 4X？", []),
    ("hant", "藥袋寫每日三次，每次500mg x 2粒。請問從中正紀念堂站過來醫院要走幾號出口？", []),
    ("hant", "仁伯爵綜合醫院門診電話係咪2831 3731？第5號診室喺幾樓", []),
]


def locate(text, value, occ):
    """Return start offset of the occ-th occurrence of value in text."""
    pos = -1
    for _ in range(occ + 1):
        pos = text.find(value, pos + 1)
        assert pos >= 0, (value, occ, text)
    return pos


def build_scope():
    rows, disputed = [], []
    for n, item in enumerate(SCOPE, 1):
        lang, label, kind, text = item[:4]
        l, sc = LANGS[lang]
        rid = f"{SET}.scope.{n}"
        rows.append({"id": rid, "text": text, "lang": l, "script": sc, "label": label,
                     "kind": kind, "source": "handwritten", "template": "hw"})
        if len(item) > 4 and item[4] == "?":
            disputed.append(rid)
    return rows, disputed


def build_phi():
    rows = []
    for n, (lang, text, ents) in enumerate(PHI, 1):
        l, sc = LANGS[lang]
        out = []
        for e in ents:
            value, kind = e[0], e[1]
            if len(e) > 2:
                occ = e[2]
                assert text.count(value) > occ, (value, text)
            else:
                occ = 0
                assert text.count(value) == 1, ("value not unique, give occurrence", value, text)
            start = locate(text, value, occ)
            end = start + len(value)
            assert text[start:end] == value
            assert value == value.strip() and value, value
            if lang == "en":
                before = text[start - 1] if start > 0 else " "
                after = text[end] if end < len(text) else " "
                assert not before.isalnum() and not after.isalnum(), ("boundary", value, text)
            out.append({"start": start, "end": end, "kind": kind})
        out.sort(key=lambda d: d["start"])
        for a, b in zip(out, out[1:]):
            assert a["end"] <= b["start"], ("overlap", text)
        rows.append({"id": f"{SET}.phi.{n}", "text": text, "lang": l, "script": sc, "entities": out,
                     "source": "handwritten", "template": "hw"})
    return rows


def main():
    scope, disputed = build_scope()
    phi = build_phi()

    # ---- scope counts ----
    assert len(scope) == 200
    lab = collections.Counter(r["label"] for r in scope)
    assert lab == {"redirect": 100, "allow": 100}, lab
    kinds = collections.Counter(r["kind"] for r in scope)
    assert kinds == {"dose": 30, "prescription": 20, "med_change": 25, "diagnosis": 25,
                     "practical": 60, "info": 40}, kinds
    by_label_script = collections.Counter((r["label"], r["script"]) for r in scope)
    for label in ("redirect", "allow"):
        assert by_label_script[(label, "en")] == 50, by_label_script
        assert by_label_script[(label, "zh-Hans")] == 25, by_label_script
        assert by_label_script[(label, "zh-Hant")] == 25, by_label_script
    ks = collections.Counter((r["kind"], r["script"]) for r in scope)
    expect = {"dose": (15, 7, 8), "prescription": (10, 5, 5), "med_change": (13, 6, 6),
              "diagnosis": (12, 7, 6), "practical": (30, 15, 15), "info": (20, 10, 10)}
    for k, (a, b, c) in expect.items():
        assert (ks[(k, "en")], ks[(k, "zh-Hans")], ks[(k, "zh-Hant")]) == (a, b, c), (k, ks)
    for r in scope:
        assert (r["label"] == "redirect") == (r["kind"] in ("dose", "prescription", "med_change", "diagnosis"))
    assert len({r["text"] for r in scope}) == 200, "duplicate scope text"

    # ---- phi counts ----
    assert len(phi) == 80
    with_phi = [r for r in phi if r["entities"]]
    free = [r for r in phi if not r["entities"]]
    assert len(with_phi) == 68 and len(free) == 12
    c_with = collections.Counter(r["script"] for r in with_phi)
    assert c_with == {"en": 40, "zh-Hans": 14, "zh-Hant": 14}, c_with
    c_free = collections.Counter(r["script"] for r in free)
    assert c_free == {"en": 6, "zh-Hans": 3, "zh-Hant": 3}, c_free
    for r in with_phi:
        assert 1 <= len(r["entities"]) <= 5, r["id"]
    span_kinds = collections.Counter(e["kind"] for r in phi for e in r["entities"])
    allowed = {"NAME", "AGE", "DATE", "ADDRESS", "PHONE", "EMAIL", "URL", "IP", "MRN", "ID", "DEVICE", "VEHICLE"}
    assert set(span_kinds) == allowed, span_kinds
    for k in allowed:
        assert span_kinds[k] >= (70 if k == "NAME" else 8), (k, span_kinds[k])
    assert len({r["text"] for r in phi}) == 80, "duplicate phi text"

    ids = [r["id"] for r in scope + phi]
    assert len(ids) == len(set(ids)), "duplicate ids"

    for name, rows in (("scope.jsonl", scope), ("phi.jsonl", phi)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")

    print("scope", len(scope), dict(lab), dict(kinds))
    print("scope by label/script", dict(by_label_script))
    print("phi", len(phi), "with", len(with_phi), "free", len(free), "spans", sum(span_kinds.values()))
    print("phi span kinds", dict(sorted(span_kinds.items())))
    print("disputable scope ids", disputed)


if __name__ == "__main__":
    main()
