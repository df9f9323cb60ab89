#!/usr/bin/env python3
"""Blind reviewer set 11 for the grounded answer pipeline.

Questions are written by hand below, from the hospital passages only
(medqa/assets/kb/passages_en.jsonl and passages_zh.jsonl). Standard library only.

Run:  MEDQA_ROOT=/path/to/repo python3 make_review11.py
(without MEDQA_ROOT the repository root is taken as three folders up from this file,
i.e. its final place tests/data/grounded_review11/). Writes questions.jsonl next to this
file; re-running writes byte-identical output.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# (kind, gold ids, voice, question).  gold == [] means not answerable.
# missing_detail voices name the nearest passage as "near kb-...".
EN = [
    # ---------------- answerable ----------------
    ("plain", ["kb-en-appointments-001"], "wrong jargon (outpatient ward), second half",
     "I booked a slot on the outpatient ward over the phone a week ago and still have nothing in writing. How long am I meant to wait before chasing it?"),
    ("context", ["kb-en-appointments-002"], "long worried message, older man",
     "Hello, my name is Gareth Pryce. I have a knee clinic booked for Thursday the 14th at 10am. Since yesterday I have had the runs and I was sick twice in the night. My wife says I should just go anyway because it took months to get. Should I still turn up or ring to change it?"),
    ("lay", ["kb-en-appointments-003"], "text-speak, young adult who moved flat",
     "didnt turn up to my hospital slot last month cos the letter went to my old flat. am i kicked off the list now or what"),
    ("two_part", ["kb-en-appointments-004"], "plain",
     "Should I bring my actual tablets with me or is a written list enough? And is it alright if my daughter comes along to the appointment?"),
    ("plain", ["kb-en-appointments-005"], "topic plus question word only",
     "arriving for clinic? how early?"),
    ("context", ["kb-en-appointments-006"], "older patient, first video call, grandson away",
     "I am 81 and I have my first video appointment with the heart clinic on Monday at 10.30. My grandson set the tablet up for me but he has gone back to university. I do not want to let the doctor down. What should I sort out before the day?"),
    ("lay", ["kb-en-appointments-007"], "adult son of a non-English speaker",
     "My mum only speaks Polish. If we get someone in to translate for her at the clinic, do we have to pay for it?"),
    ("plain", ["kb-en-appointments-007"], "Deaf writer, BSL first language",
     "I am Deaf. BSL user. Need signer for my appointment. When I must tell you?"),
    ("context", ["kb-en-appointments-008"], "comparing with another hospital",
     "My husband has been in intensive care since Sunday. I drive in every day from Pontypridd and the car park is costing me a fortune. When my dad was at St Mary's they let me park for free. Is there anything like that here, and who do I ask?"),
    ("lay", ["kb-en-appointments-009"], "wheelchair user, does not drive",
     "Can the hospital send something to pick me up from home? I can't manage buses and I don't have a car."),
    ("two_part", ["kb-en-appointments-009"], "older formal writer",
     "Should I be granted hospital transport, may my wife accompany me, and how early ought I to be ready on the day?"),
    ("plain", ["kb-en-appointments-010"], "asking on behalf of a neighbour",
     "I'm asking for my neighbour Mrs Okafor, she has no phone. Her GP referred her in the summer and she has heard nothing. Who do we contact to find out where the referral has got to, and what will they want to know?"),
    ("context", ["kb-en-appointments-011"], "sibling carer",
     "I look after my brother Tom, who has a learning disability. Crowded waiting rooms really upset him and he ends up shouting. His eye appointment is next Wednesday afternoon. Is there anything the clinic can do to make it easier for him?"),
    ("lay", ["kb-en-appointments-012"], "visually impaired, screen reader, short",
     "can my guide dog come in with me"),
    ("plain", ["kb-en-test_preparation-002"], "negative question",
     "Is it true I can't even have a black coffee before a fasting blood test?"),
    ("context", ["kb-en-test_preparation-003"], "young woman, quoting her sister",
     "I'm booked for a colonoscopy on 9 January. I'm on the contraceptive pill. My sister said the bowel prep drink can stop the pill working. Is that right, and who am I supposed to talk to about it?"),
    ("lay", ["kb-en-test_preparation-004"], "blunt lay words",
     "Before the camera-up-the-bottom test, am I allowed a glass of Ribena?"),
    ("context", ["kb-en-test_preparation-005"], "ex-skier, plate in ankle",
     "I had a metal plate put in my ankle in 2015 after a skiing fall. I'm due an MRI of my lower back next month. I think I still have the card they gave me somewhere. Do I need to tell anyone about the plate?"),
    ("plain", ["kb-en-test_preparation-005"], "plain, detail in second half",
     "What should I do with my bank cards when I go in for an MRI?"),
    ("lay", ["kb-en-test_preparation-006"], "nervous, lay words, second half",
     "I panic in tight spaces and the thought of that tube terrifies me. Could my husband stay in the room with me while I'm in the scanner?"),
    ("two_part", ["kb-en-test_preparation-007"], "plain",
     "I'm having a CT with dye next week and I take metformin. Do I need to mention that to someone, and will I need a blood test first?"),
    ("plain", ["kb-en-test_preparation-008"], "new mother, second half",
     "I'm breastfeeding my 3 month old and I've got a scan that uses a radioactive tracer. Is that something I need to mention beforehand?"),
    ("context", ["kb-en-test_preparation-009"], "husband asking for wife",
     "My wife is nine weeks pregnant and has her first scan on Friday at 8am. She is nervous about doing something wrong. We lost the letter. Should she be drinking water before it, and should she go to the loo first?"),
    ("plain", ["kb-en-test_preparation-010"], "plain, second half",
     "Will the radiographer tell me what my X-ray shows before I leave?"),
    ("lay", ["kb-en-test_preparation-011"], "low literacy, lay words",
     "how do i do the wee pot test, the one they call the middle bit one"),
    ("two_part", ["kb-en-test_preparation-012"], "smoker, lay words",
     "How long does the sugary drink test take from start to finish, and can I nip out for a cigarette halfway through?"),
    ("context", ["kb-en-procedures-001"], "anxious patient, first name given",
     "My name is Aisha. I'm having a gastroscopy on Tuesday at 9. I'm really scared of gagging on the tube. My friend had one and said she was wide awake the whole time. Do I get any choice about how awake I am?"),
    ("context", ["kb-en-procedures-002"], "widow, children abroad",
     "I have lived alone since my husband died, and my children are in Australia. I am booked for a test with sedation on the 20th. I was planning to get a taxi home on my own afterwards. Is that all right?"),
    ("lay", ["kb-en-procedures-003"], "lay words, second half",
     "Can I have a latte on the morning of my op if I finish it more than two hours before I'm due in?"),
    ("two_part", ["kb-en-procedures-004"], "plain",
     "After day surgery, am I allowed to drive myself home, and how long does someone need to stay with me?"),
    ("plain", ["kb-en-procedures-006"], "negative question",
     "Is it true that once I've signed the consent form I can't change my mind?"),
    ("context", ["kb-en-procedures-007"], "daughter for father, dates",
     "My dad is 78. He takes warfarin and some herbal capsules from the health shop. His biopsy is on the 12th, it's now the 4th, and nobody has told him anything about his tablets. Should he just stop the warfarin himself?"),
    ("plain", ["kb-en-procedures-009"], "wrong jargon (discharge as an appointment)",
     "Why does my discharge appointment take all day? My mum was told she'd go home in the morning and she was still waiting at 4pm."),
    ("lay", ["kb-en-procedures-010"], "lay words",
     "When can I go swimming again after my op scar?"),
    ("context", ["kb-en-procedures-011"], "parent of toddler, waited months",
     "I'm booked for a hernia repair on Monday the 3rd. My toddler brought a tummy bug home from nursery and I was sick last night. I've waited eight months for this and I really don't want to lose my slot. What should I do?"),
    ("plain", ["kb-en-procedures-012"], "bride-to-be, second half",
     "I've had gel nails put on for my sister's wedding and my operation is the week after. Do they all have to come off?"),
    ("two_part", ["kb-en-medications-001"], "plain",
     "How far ahead should I order my repeat prescription, and what can I do if I'm about to run out and can't get one in time?"),
    ("context", ["kb-en-medications-003"], "bereaved son",
     "My mum passed away last month. She had boxes of tablets everywhere and a yellow bin full of her insulin needles. My brother wants to keep some of the painkillers just in case. What are we supposed to do with it all?"),
    ("context", ["kb-en-medications-006"], "friend gave herbal remedy",
     "I've been on blood pressure tablets for years. A friend swears by St John's wort for low mood and gave me a packet. I don't want to waste my GP's time. Who can check whether it's OK with my other medicines?"),
    ("lay", ["kb-en-medications-007"], "lay words",
     "Can I keep the leftover antibiotic tablets in the drawer for the next time my chest plays up?"),
    ("two_part", ["kb-en-medications-009"], "traveller",
     "Flying to Lagos next month. Can my insulin pens go in my hand luggage, and do I need a letter from the doctor for the needles?"),
    ("plain", ["kb-en-medications-010"], "plain, second half",
     "Is there somewhere official I can report a side effect I had from a tablet?"),
    ("lay", ["kb-en-medications-012"], "new immigrant, lay words",
     "After clinic the doctor gave me a script. Where is the chemist inside the hospital to get it?"),
    ("plain", ["kb-en-visiting-001"], "grandchild typing for grandmother",
     "how many people can sit with my nan at the same time on a normal ward?"),
    ("context", ["kb-en-visiting-002"], "grandmother, chickenpox contact",
     "My granddaughter is six. A boy in her class had chickenpox last week but she seems fine. Her grandad is on ward 7 after a stroke and she keeps asking to see him. Can I bring her on Saturday?"),
    ("two_part", ["kb-en-visiting-003"], "family member, birthday",
     "It's Grandad's birthday on Thursday. Can I bring him a balloon, and can the ward heat up the stew I make him?"),
    ("context", ["kb-en-visiting-007"], "relative abroad, niece",
     "My aunt Margaret was admitted on Tuesday. I'm her niece and I live in Toronto, so I can't visit. My cousins are not answering messages. Will the nurses tell me how she is if I phone?"),
    ("context", ["kb-en-visiting-008"], "daughter, father dying",
     "My father is dying on ward 12. The nurses have said it is days rather than weeks. My sister and I want to be with him through the night. Is that allowed on a normal ward?"),
    ("plain", ["kb-en-visiting-009"], "parent",
     "Can I sleep next to my son's bed on the children's ward?"),
    ("lay", ["kb-en-visiting-010"], "daughter, lay words",
     "My mum's false teeth have gone missing on the ward. Who should we tell?"),
    ("plain", ["kb-en-visiting-011"], "terse keyword search",
     "wifi for visitors?"),
    ("context", ["kb-en-visiting-012"], "complaint, calm",
     "My father waited three hours for pain relief on Saturday night. I mentioned it to a nurse at the time but nothing changed. I'm not looking for anyone to blame, I just want it looked at properly. Who can I go to that isn't part of the ward?"),
    ("lay", ["kb-en-appointments-012"], "patient with hearing loss, lay words",
     "My hearing aids have a T setting. Will that work when I talk to the staff at your front desks?"),
    ("plain", ["kb-en-records_billing-002"], "read an old leaflet; no photo ID, second half",
     "My old leaflet says I have to prove who I am online with a passport or driving licence to use the patient portal. I have neither. Is there another way?"),
    ("context", ["kb-en-records_billing-003"], "worried after reading portal",
     "I saw my blood results in the portal last night before anyone spoke to me. Two of them are in red. I rang the switchboard and they wouldn't say anything. Who should I be contacting?"),
    ("lay", ["kb-en-records_billing-005"], "power of attorney",
     "I have lasting power of attorney for my dad who has dementia. Can I get access to his hospital information, and what do I need to show?"),
    ("two_part", ["kb-en-records_billing-006"], "plain",
     "I think something on my bill has been charged twice. Do I still need to pay by the due date, and who should I speak to?"),
    ("lay", ["kb-en-records_billing-008"], "lay words",
     "Does my insurance company have to OK my knee op before I have it?"),
    ("lay", ["kb-en-records_billing-009"], "text-speak",
     "cant pay my hosp bill all in one go. can i pay it off in bits"),
    ("lay", ["kb-en-records_billing-011"], "worker, lay words",
     "My boss wants a sick note covering my time on the ward. When should I ask for it?"),

    # ---------------- not answerable: missing_detail ----------------
    ("missing_detail", [], "near kb-en-appointments-008; equipment to charge",
     "Are there chargers for electric cars in the patient car park?"),
    ("missing_detail", [], "near kb-en-appointments-008; topic plus question word, price",
     "parking? weekends? how much an hour?"),
    ("missing_detail", [], "near kb-en-appointments-001; exact figure asked",
     "What is the actual phone number for the appointments line?"),
    ("missing_detail", [], "near kb-en-appointments-006; named thing",
     "Which video app do you use for video appointments, Zoom or Teams?"),
    ("missing_detail", [], "near kb-en-appointments-007; languages offered",
     "Do you have interpreters who speak Tigrinya?"),
    ("missing_detail", [], "near kb-en-appointments-009; equipment",
     "Will patient transport take my mobility scooter as well as me?"),
    ("missing_detail", [], "near kb-en-appointments-012; exact figure of a vague mention",
     "How much is the deposit for borrowing a wheelchair at the entrance?"),
    ("missing_detail", [], "near kb-en-appointments-012; pets, not assistance dog",
     "My dad's spaniel is not an assistance dog. Can I bring it in to see him?"),
    ("missing_detail", [], "near kb-en-appointments-005; exact location inside building",
     "Which floor is the dermatology clinic on?"),
    ("missing_detail", [], "near kb-en-test_preparation-006; own equipment",
     "Can I listen to my own music from my phone during the MRI?"),
    ("missing_detail", [], "near kb-en-test_preparation-011; other place",
     "Can I hand my urine sample in at my GP surgery instead of bringing it to the hospital?"),
    ("missing_detail", [], "near kb-en-test_preparation-012; food/drink options",
     "Does the sugary drink for the glucose test come in different flavours?"),
    ("missing_detail", [], "near kb-en-procedures-008; equipment, price",
     "Is there a TV by the bed on the ward, and how much does it cost to use?"),
    ("missing_detail", [], "near kb-en-procedures-009; food",
     "Do they give you lunch in the discharge lounge while you wait?"),
    ("missing_detail", [], "near kb-en-procedures-004; facility for escort",
     "Is there a cafe or waiting room where my husband can wait while I'm in day surgery?"),
    ("missing_detail", [], "near kb-en-medications-012; times on a particular day",
     "Is the outpatient pharmacy open on Sundays?"),
    ("missing_detail", [], "near kb-en-medications-001; other channel",
     "Can I order my repeat prescription by WhatsApp?"),
    ("missing_detail", [], "near kb-en-medications-003; exact place",
     "Can I drop my full sharps bin off at the hospital main reception?"),
    ("missing_detail", [], "near kb-en-medications-009; service not mentioned",
     "Can I get my travel jabs done at the hospital before I go to Lagos?"),
    ("missing_detail", [], "near kb-en-visiting-001; times on a particular day",
     "What time does visiting start on ward 9 on a Sunday?"),
    ("missing_detail", [], "near kb-en-visiting-005; exact figure of a vague mention",
     "What are the exact visiting hours on intensive care?"),
    ("missing_detail", [], "near kb-en-visiting-011; wifi detail",
     "What is the wifi password on the wards?"),
    ("missing_detail", [], "near kb-en-visiting-012; named staff",
     "What is the name of the manager of the patient advice and liaison service?"),
    ("missing_detail", [], "near kb-en-records_billing-001; price",
     "How much do you charge for a paper copy of my records?"),
    ("missing_detail", [], "near kb-en-records_billing-002; language offered",
     "Is the patient portal available in Welsh?"),
    ("missing_detail", [], "near kb-en-procedures-004; another hospital's arrangement",
     "At St Mary's the day surgery unit gave me a free taxi voucher to get home. Do you do that too?"),
    ("missing_detail", [], "near kb-en-records_billing-006; times on a particular day",
     "Is the billing office open on Saturday mornings?"),
    ("missing_detail", [], "near kb-en-records_billing-010; exact threshold",
     "What is the income limit to qualify for the financial assistance programme?"),
    ("missing_detail", [], "near kb-en-self_care-006; equipment to borrow",
     "Can I borrow crutches from the hospital for my sprained ankle?"),
    ("missing_detail", [], "near kb-en-appointments-004; documents for a group (overseas students)",
     "I'm an overseas student. Do I need to bring my visa or residence permit to my appointment?"),
    ("missing_detail", [], "near kb-en-visiting-010; times of a named office",
     "What are the opening hours of the lost property office?"),

    # ---------------- not answerable: off_topic ----------------
    ("off_topic", [], "jobs",
     "Are you hiring healthcare assistants at the moment, and how do I apply?"),
    ("off_topic", [], "donation",
     "I'd like to give some money to the hospital in memory of my wife. How do I do that?"),
    ("off_topic", [], "film crew",
     "I'm a student filmmaker. Can I film a short scene in your main entrance?"),
    ("off_topic", [], "cash machine",
     "Is there a cash machine anywhere in the hospital?"),
    ("off_topic", [], "shop",
     "Is there a shop in the hospital that sells newspapers and snacks?"),
    ("off_topic", [], "volunteering",
     "How can I sign up to volunteer at the hospital?"),
    ("off_topic", [], "blood donation",
     "Can I give blood at your hospital?"),
    ("off_topic", [], "hairdresser, long-stay patient's daughter",
     "My mum has been in for weeks. Is there a hairdresser who can come to the ward?"),
    ("off_topic", [], "fundraising event",
     "Could our church group hold a cake sale in the main entrance for the children's ward?"),
]

ZH = [
    # ---------------- answerable ----------------
    ("plain", ["kb-zh-appointments-001"], "简体，普通",
     "想挂专家号，一般提前几天可以约？"),
    ("lay", ["kb-zh-appointments-001"], "粤语，繁體",
     "我想幫阿媽喺手機攞個籌，可唔可以直接用我自己嘅資料幫佢掛？"),
    ("two_part", ["kb-zh-appointments-002"], "简体，普通",
     "约了明天上午的号，临时去不了，现在还能在网上取消吗？挂号费能退回来吗？"),
    ("plain", ["kb-zh-appointments-002"], "反问句，简体",
     "难道改约就不能直接换到下周吗？非得先取消？"),
    ("context", ["kb-zh-appointments-003"], "简体，中年女性自述",
     "我叫王秀兰，下周三约了消化科。去年在老家县医院做过胃镜，片子和报告都还在。医保卡上个月丢了，还没补办。请问我要带哪些东西？没有卡还能用医保吗？"),
    ("lay", ["kb-zh-appointments-004"], "粤语，繁體",
     "小朋友冇身份證，第一次嚟睇醫生點樣開檔案？"),
    ("context", ["kb-zh-appointments-005"], "简体，子女在外地",
     "我爸去年在你们医院确诊了高血压，一直吃药挺稳定。现在他腿脚不方便，来回跑一趟要半天。听说可以在网上看病，药还能寄到家里？"),
    ("plain", ["kb-zh-appointments-006"], "繁體，普通",
     "叫號的時候我剛好去廁所，過號了怎麼辦？要重新掛號嗎？"),
    ("lay", ["kb-zh-appointments-007"], "天津话，简体",
     "我们家老爷子腿脚不利索，医院有没有那种推的车子借？借的话要啥手续不？"),
    ("context", ["kb-zh-appointments-008"], "香港南亞裔寫中文，繁體",
     "我係巴基斯坦人，住咗香港十年，廣東話OK，普通話唔識。我老公聽唔到嘢，要用手語。下個禮拜要去睇醫生。手語點樣預約？要幾早講？"),
    ("lay", ["kb-zh-appointments-009"], "广州白话，简体",
     "我阿妈行动唔方便，我揸车送佢到门诊楼门口落车得唔得？"),
    ("two_part", ["kb-zh-appointments-010"], "简体，一句话",
     "急诊要不要提前预约？半夜开不开？"),
    ("lay", ["kb-zh-appointments-011"], "中英夹杂，简体",
     "想挂的专家号已经full了，App有没有类似waiting list的功能？"),
    ("context", ["kb-zh-appointments-012"], "台灣 阿嬤 via 孫子，繁體",
     "我是孫子，幫阿嬤打字。我妹妹8歲，爸媽都在國外工作，這次是阿嬤帶她去看病。醫生可能要做檢查。如果要簽同意書，阿嬤可以簽嗎？"),
    ("plain", ["kb-zh-test_preparation-001"], "简体，第二半细节",
     "抽完血针眼要按多久？"),
    ("lay", ["kb-zh-test_preparation-002"], "潮汕口吻，简体",
     "下礼拜做肠镜，这几日食唔食得红肉火龙果？"),
    ("context", ["kb-zh-test_preparation-003"], "简体，妻子代问",
     "我老公下周二下午做核磁。他十年前装过心脏起搏器，医生开单的时候好像没问。他自己觉得没事。需要专门说一声吗？要带什么？"),
    ("lay", ["kb-zh-test_preparation-003"], "中英夹杂，简体",
     "做MRI能穿带钢圈的bra吗？"),
    ("two_part", ["kb-zh-test_preparation-004"], "繁體，普通",
     "做打顯影劑的CT要家人陪嗎？做完可以馬上走嗎？"),
    ("plain", ["kb-zh-test_preparation-005"], "简体，第二半细节",
     "我怀孕三个月，陪我妈去拍CT，我可以进检查室陪她吗？"),
    ("plain", ["kb-zh-test_preparation-006"], "湘西口吻，简体",
     "做肚子CT，前几天刚喝了钡餐那个白色的东西，要紧不？要跟医生讲不？"),
    ("context", ["kb-zh-test_preparation-007"], "简体，丈夫代问",
     "我老婆下周一上午做妇科B超，单子上写的是经阴道。她闺蜜说做B超都要憋尿，让她喝一大瓶水。她现在很紧张。到底要不要憋尿？"),
    ("two_part", ["kb-zh-test_preparation-007"], "台灣國語，繁體，超音波=B超",
     "同一天要做肝膽超音波跟膀胱超音波，要先做哪一個？肝膽那個要空腹多久？"),
    ("lay", ["kb-zh-test_preparation-008"], "简体，网络用语",
     "做那种睡着的胃镜，做完能自己骑小电驴回家不？"),
    ("two_part", ["kb-zh-test_preparation-009"], "粤语，繁體",
     "大便標本要攞幾多？攞完要幾耐之內送去？"),
    ("lay", ["kb-zh-test_preparation-010"], "粤语夹英文，简体",
     "戴住个Holter嗰24个钟可唔可以冲凉？"),
    ("plain", ["kb-zh-test_preparation-010"], "繁體，第二半细节",
     "戴動態心電圖那一天，記錄本上要寫些什麼？"),
    ("plain", ["kb-zh-test_preparation-011"], "简体，第二半细节",
     "医生开检查单时忘了说降压药要不要停，我现在不确定，可以打哪里问？"),
    ("plain", ["kb-zh-procedures-002"], "山东口吻，简体",
     "俺明天开刀，今儿早上嚼块口香糖算吃东西不？"),
    ("context", ["kb-zh-procedures-003"], "简体，外地打工者",
     "我一个人在深圳打工，家里人都在老家。下礼拜做日间手术切个脂肪瘤，是麻醉的。同事那天要上班。我做完能自己打网约车回出租屋吗？"),
    ("two_part", ["kb-zh-procedures-004"], "繁體，普通",
     "手術同意書一定要我本人簽嗎？可以讓女兒代簽嗎？"),
    ("context", ["kb-zh-procedures-005"], "简体，美甲师",
     "我是做美甲的，手上刚做了光疗甲，花了好几百。下周二要做手术。朋友说不用卸。到底要不要卸？为什么？"),
    ("lay", ["kb-zh-procedures-006"], "粤语，繁體",
     "做完手術返屋企，傷口可唔可以沖涼？"),
    ("two_part", ["kb-zh-procedures-007"], "简体，口语",
     "住院押金要交多少？住着住着不够了怎么办？"),
    ("lay", ["kb-zh-procedures-009"], "简体，口语",
     "我晚上打呼噜特别响，要做全麻，这事要跟麻醉医生说吗？"),
    ("two_part", ["kb-zh-procedures-010"], "简体，第二半细节",
     "无痛肠镜时切了个息肉，病理报告要等多久？在哪儿查？"),
    ("context", ["kb-zh-procedures-011"], "繁體，年輕女性",
     "我預約了下週四做手術。昨天生理期來了，肚子也有點痛。我怕影響手術。如果要改期，要提前多久說？"),
    ("lay", ["kb-zh-procedures-012"], "简体，口语",
     "我缝的是那种会自己化掉的线，还用回医院拆吗？"),
    ("plain", ["kb-zh-medications-001"], "繁體，台灣",
     "血壓藥可以一次開三個月的量嗎？"),
    ("context", ["kb-zh-medications-002"], "简体，微信语音转文字",
     "我妈吃的降糖药快没了 她上个月刚在你们这看过内分泌科 现在人在外地女儿家 能不能网上续药寄过去 顺便想让医生加一种药行不行"),
    ("plain", ["kb-zh-medications-003"], "繁體，旅行",
     "坐飛機的話，胰島素可以放行李託運嗎？"),
    ("plain", ["kb-zh-medications-004"], "简体，第二半细节",
     "家里一堆过期药，能拿到你们医院药房回收吗？"),
    ("plain", ["kb-zh-medications-006"], "繁體，台灣長輩",
     "藥袋上寫「飯後服」，是吃完飯馬上就吃嗎？"),
    ("context", ["kb-zh-medications-007"], "对比别的医院，简体",
     "我在人民医院开了一盒中成药，人民医院的医生说随便吃。上周又在你们这开了降压药。两样一起吃我有点不放心。应该问谁？"),
    ("plain", ["kb-zh-medications-010"], "宝妈口吻，简体",
     "给娃喂药水，能用家里吃饭的小勺子量吗？"),
    ("plain", ["kb-zh-visiting-001"], "一句话关键词，简体",
     "探视 上午可以吗？"),
    ("context", ["kb-zh-visiting-002"], "简体，儿媳",
     "我婆婆住院两周了，病情有点重。我儿子10岁，天天吵着要去看奶奶。现在不是流感季。可以带他进病房吗？要找谁说？"),
    ("two_part", ["kb-zh-visiting-004"], "繁體，普通",
     "ICU每次可以進去幾個人？醫生什麼時候跟家屬講病情？"),
    ("lay", ["kb-zh-visiting-006"], "简体，姐妹轮班",
     "我跟我姐想轮流在医院陪我妈过夜，一人一天，这样行不行？"),
    ("plain", ["kb-zh-visiting-006"], "繁體，第二半细节",
     "家裡沒人可以陪床，醫院有看護可以請嗎？"),
    ("context", ["kb-zh-visiting-007"], "退休老伴，简体",
     "我老伴有糖尿病，前天住进了内分泌科。他嫌医院饭没味道。我想每天在家煲汤给他送过去，喝不完就放病房里。这样可以吗？"),
    ("plain", ["kb-zh-visiting-009"], "繁體，兒子",
     "打電話到病房問我爸爸的情況，護士說不能講，為什麼？要怎樣才可以知道？"),
    ("context", ["kb-zh-records_billing-001"], "简体，保险理赔",
     "我上个月15号出的院。现在保险公司要住院病历复印件。我人在外地上班，不方便请假。最早什么时候能办？可以不来医院吗？"),
    ("lay", ["kb-zh-records_billing-002"], "广东白话，简体",
     "我老豆过咗身，我要攞佢啲病历，要带咩证件？"),
    ("lay", ["kb-zh-records_billing-004"], "中英夹杂，简体",
     "一个App account可以绑几个家人？"),
    ("plain", ["kb-zh-records_billing-006"], "反问句，简体",
     "挂号的时候忘了选医保，缴完费难道不能改成医保结算吗？"),
    ("context", ["kb-zh-records_billing-007"], "简体，外地参保",
     "我是河北农村的医保，在北京打工三年了。下个月可能要在你们医院住院做手术。听说外地医保不能直接用。我该怎么办？"),
    ("two_part", ["kb-zh-records_billing-010"], "繁體，普通",
     "做完CT現在都不給片子了嗎？要去別家醫院會診怎麼辦？"),
    ("context", ["kb-zh-records_billing-011"], "简体，上班族",
     "上周五看完病忘了要病假条。公司人事今天催我交。我已经回家了。还能补开吗？怎么补？"),
    ("plain", ["kb-zh-records_billing-012"], "繁體，第二半细节",
     "住院預交金的收據弄丟了，怎麼辦？"),

    # ---------------- not answerable: missing_detail ----------------
    ("missing_detail", [], "near kb-zh-appointments-009；一句话，价格",
     "停车 周末 多少钱一小时？"),
    ("missing_detail", [], "near kb-zh-appointments-009；充电设备",
     "醫院停車場有電動車充電樁嗎？"),
    ("missing_detail", [], "near kb-zh-appointments-009；交通线路",
     "坐地铁来医院是几号线、哪个出口最近？"),
    ("missing_detail", [], "near kb-zh-appointments-001；价格",
     "专家号的挂号费是多少钱？"),
    ("missing_detail", [], "near kb-zh-appointments-008；周末时段",
     "周六周日有手語志願者嗎？"),
    ("missing_detail", [], "near kb-zh-appointments-007；借用设备",
     "服务台的轮椅可以借回家用几天吗？"),
    ("missing_detail", [], "near kb-zh-appointments-007；确切数字",
     "老年人绿色通道是多少岁以上才能走？"),
    ("missing_detail", [], "near kb-zh-appointments-002；确切数字",
     "爽约几次会被限制预约？限制多久？"),
    ("missing_detail", [], "near kb-zh-appointments-005；对比别的医院，时间",
     "人民医院的线上问诊晚上十点以后还能看，你们互联网医院线上复诊晚上几点截止？"),
    ("missing_detail", [], "near kb-zh-medications-002；快递运费",
     "线上续方快递到家，运费谁出？一般几天能到？"),
    ("missing_detail", [], "near kb-zh-records_billing-001；价格",
     "病歷複印一頁多少錢？"),
    ("missing_detail", [], "near kb-zh-visiting-006；价格",
     "請護工一天大概多少錢？"),
    ("missing_detail", [], "near kb-zh-visiting-004；具体时间",
     "ICU每天具体几点到几点可以探视？"),
    ("missing_detail", [], "near kb-zh-visiting-007；饮食选择",
     "醫院營養食堂有沒有清真餐？"),
    ("missing_detail", [], "near kb-zh-visiting-005；宠物",
     "我爸想他养的狗，可以把狗带到病房让他看看吗？"),
    ("missing_detail", [], "near kb-zh-medications-009；具体时间",
     "藥學諮詢門診一週哪幾天有人？"),
    ("missing_detail", [], "near kb-zh-records_billing-010；确切年限",
     "云影像可以保存几年？"),
    ("missing_detail", [], "near kb-zh-records_billing-010；价格",
     "刻一張影像光碟要多少錢？"),
    ("missing_detail", [], "near kb-zh-records_billing-008；单位抬头",
     "电子发票能开公司抬头吗？"),
    ("missing_detail", [], "near kb-zh-procedures-001；楼内位置",
     "日间手术中心在哪栋楼几楼？"),
    ("missing_detail", [], "near kb-zh-visiting-006；证件补办",
     "陪護證弄丟了要去哪裡補？"),
    ("missing_detail", [], "near kb-zh-records_billing-011；具体时间",
     "诊断证明盖章的窗口下午几点下班？"),
    ("missing_detail", [], "near kb-zh-test_preparation-010；押金",
     "戴Holter要交押金吗？交多少？"),
    ("missing_detail", [], "near kb-zh-procedures-008；周末",
     "禮拜日可唔可以辦出院結算？"),
    ("missing_detail", [], "near kb-zh-appointments-012；设施",
     "门诊有没有母婴室可以喂奶？"),
    ("missing_detail", [], "near kb-zh-test_preparation-003；储物柜细节",
     "核磁那邊的儲物櫃要錢嗎？有沒有鎖？"),
    ("missing_detail", [], "near kb-zh-test_preparation-008；指定医生性别",
     "做胃镜可以指定female doctor吗？我会比较comfortable"),
    ("missing_detail", [], "near kb-zh-medications-004；确切位置",
     "门诊药房的过期药回收箱放在几号窗口旁边？"),

    # ---------------- not answerable: off_topic ----------------
    ("off_topic", [], "招聘，简体",
     "医院最近招护士吗？怎么投简历？"),
    ("off_topic", [], "捐款，繁體",
     "想以先父的名義捐一筆錢給醫院，要怎麼辦理？"),
    ("off_topic", [], "取款机，简体",
     "医院里有ATM取款机吗？"),
    ("off_topic", [], "便利店，粤语",
     "醫院入面有冇便利店買嘢食？"),
    ("off_topic", [], "拍摄，简体",
     "我们是做纪录片的，想在门诊大厅拍几个镜头，找哪个部门批？"),
    ("off_topic", [], "祈祷室，繁體",
     "醫院有沒有祈禱室或者小教堂？"),
    ("off_topic", [], "体检套餐，简体",
     "你们体检中心入职体检套餐多少钱？"),
    ("off_topic", [], "献血，简体",
     "在医院里能献血吗？"),
    ("missing_detail", [], "near kb-zh-visiting-010；失物招领，繁體（EN kb-en-visiting-010 names a lost property office but not where）",
     "我昨天在門診大廳掉了一把傘，失物招領處在哪裡？"),
    ("off_topic", [], "志愿者报名，简体",
     "我退休了想来医院当志愿者，怎么报名？"),
    ("off_topic", [], "充电宝，中英夹杂",
     "门诊大厅有没有共享充电宝可以借？手机快没电了，low battery"),
    ("off_topic", [], "复印身份证，台灣口吻",
     "醫院裡面有可以影印身分證的地方嗎？"),
]

N_ANS = 60
N_UNANS = 40


def repo_root():
    env = os.environ.get("MEDQA_ROOT")
    if env:
        return env
    return os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def load_ids(root):
    ids = set()
    for lang in ("en", "zh"):
        path = os.path.join(root, "medqa", "assets", "kb", "passages_%s.jsonl" % lang)
        if not os.path.isfile(path):
            sys.exit("error: passage file not found: %s (set MEDQA_ROOT to the repository root)" % path)
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    ids.add(json.loads(line)["id"])
                except (ValueError, KeyError) as exc:
                    sys.exit("error: bad line %d in %s: %s" % (n, path, exc))
    return ids


def build(lang, items, known):
    rows = []
    for i, (kind, gold, voice, q) in enumerate(items, 1):
        ans = bool(gold)
        rows.append({"id": "r11-%s-%03d" % (lang, i), "language": lang, "question": q,
                     "answerable": ans, "gold": list(gold), "kind": kind, "voice": voice})
    ans_kinds = {"plain", "context", "lay", "two_part"}
    un_kinds = {"missing_detail", "off_topic"}
    a = [r for r in rows if r["answerable"]]
    u = [r for r in rows if not r["answerable"]]
    assert len(a) == N_ANS, "%s: %d answerable, want %d" % (lang, len(a), N_ANS)
    assert len(u) == N_UNANS, "%s: %d not answerable, want %d" % (lang, len(u), N_UNANS)
    for r in a:
        assert r["kind"] in ans_kinds, r["id"]
        assert r["gold"], r["id"]
        for g in r["gold"]:
            assert g in known, "%s: unknown gold id %s" % (r["id"], g)
            assert g.startswith("kb-%s-" % lang), "%s: gold in other language %s" % (r["id"], g)
    for r in u:
        assert r["kind"] in un_kinds, r["id"]
        assert r["gold"] == [], r["id"]
        if r["kind"] == "missing_detail":
            near = r["voice"].split("near ", 1)[1].split(";")[0].split("；")[0].strip()
            assert near in known, "%s: near id %s unknown" % (r["id"], near)
    md = sum(1 for r in u if r["kind"] == "missing_detail")
    assert md >= 25, "%s: only %d missing_detail" % (lang, md)
    ctx = sum(1 for r in a if r["kind"] == "context")
    assert ctx >= 15, "%s: only %d context" % (lang, ctx)
    used = {g for r in a for g in r["gold"]}
    assert len(used) >= 40, "%s: only %d passages used" % (lang, len(used))
    return rows


def main():
    known = load_ids(repo_root())
    rows = build("en", EN, known) + build("zh", ZH, known)
    ids = [r["id"] for r in rows]
    qs = [r["question"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(qs)) == len(qs), "duplicate questions"
    assert len(rows) == 2 * (N_ANS + N_UNANS)
    out = os.path.join(HERE, "questions.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
