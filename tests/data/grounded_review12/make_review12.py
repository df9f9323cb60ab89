#!/usr/bin/env python3
"""Blind reviewer set 12 for the grounded answer pipeline (written by hand, from the passages only).

Writes questions.jsonl next to this script. Standard library only; re-running is byte-identical.
Passages are read from <ROOT>/medqa/assets/kb/, ROOT = $MEDQA_ROOT or three folders above this file.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT") or os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB = os.path.join(ROOT, "medqa", "assets", "kb")

# (kind, gold passage ids without the "kb-en-"/"kb-zh-" prefix, voice, question)
EN_ANS = [
    ("context", ["appointments-001"], "carer for an older parent",
     "My mum Doreen is 81 and her GP, Dr Patel, has referred her to your heart clinic. She is deaf in one ear and gets flustered on the phone, so I will be the one ringing. I want to get it right first time. What details should I have in front of me when I call to book?"),
    ("two_part", ["appointments-002"], "tiny phone keyboard, no capitals, numbers as words",
     "hi can i move my scan appt to another day myself and how many days warning do u need, its on the twenty third"),
    ("context", ["appointments-003"], "long anxious message",
     "I was in Portugal looking after my sister when my appointment letter came, and I only opened it yesterday. The clinic was on 4 November and I never rang to say I couldn't come. I feel terrible about wasting the slot. Does this mean I'm off the list for good?"),
    ("plain", ["appointments-005"], "answers own question wrongly first",
     "I think you can only check in at the desk with a person, right? Or do you have one of those screen machines?"),
    ("context", ["appointments-006"], "shift worker, context",
     "My telephone follow-up with the diabetes team is on Thursday. Last time I missed the call completely. My phone showed No Caller ID and I never answer those because of scam calls. Will the hospital's call come up like that again?"),
    ("lay", ["appointments-007"], "American patient, US terms",
     "Do I have to pay for an ASL interpreter at my OB-GYN visit, or does that go on my copay?"),
    ("plain", ["appointments-008"], "terse keyword search",
     "blue badge spaces which entrance"),
    ("two_part", ["appointments-009"], "patient who uses hospital transport",
     "If I get hospital transport, can my husband ride along with me, and how early will I have to be ready?"),
    ("context", ["appointments-010"], "worried patient, context",
     "My GP, Dr Hughes, referred me to dermatology back in August. I was told I'd hear within a few weeks. It's now December and nothing has come, not even on the portal. Who do I contact to chase it, and what will they want from me?"),
    ("two_part", ["appointments-012"], "wheelchair user",
     "I use a mobility scooter at home but can't walk far at all. Is there a wheelchair I can borrow when I arrive, and is there a hearing loop at the reception desks?"),
    ("lay", ["test_preparation-001"], "lay words",
     "Am I allowed chewing gum while I'm starving myself for my cholesterol blood test?"),
    ("lay", ["test_preparation-002"], "British, cuppa",
     "Can I have my morning cuppa before my fasting bloods or is it water only?"),
    ("plain", ["test_preparation-003"], "second-half detail",
     "I'm on the contraceptive pill. Does the colonoscopy bowel prep do anything to it?"),
    ("lay", ["test_preparation-004"], "brand name for a generic drink",
     "Am I allowed blackcurrant Ribena the day before my colonoscopy?"),
    ("lay", ["test_preparation-005"], "second-half detail, lay words",
     "Should I take my contactless bank card into the MRI with me or leave it somewhere?"),
    ("context", ["test_preparation-006"], "claustrophobic patient",
     "I'm terrified of tight spaces. Last year I had a panic attack in a lift. My MRI is on the 14th at 8am and my husband is driving me in. Could he stay in the room with me while I'm in the scanner?"),
    ("lay", ["test_preparation-007"], "quoting a friend",
     "My friend said when they put the dye in for a CT it feels like you've wet yourself. Is that normal or did something go wrong for her?"),
    ("context", ["test_preparation-008"], "new mother",
     "I'm breastfeeding my 3 month old. I've just been booked for a CT scan with dye next week. Nobody asked me about feeding. Do I need to tell the scan team?"),
    ("plain", ["test_preparation-010"], "second-half detail",
     "Will they tell me what my X-ray shows before I leave the department?"),
    ("two_part", ["test_preparation-012"], "lay words, two questions",
     "How long does the sugary drink test take, and can I pop out for a walk between the blood samples?"),
    ("lay", ["procedures-001"], "lay words",
     "For the camera-down-the-throat test, do I have to be knocked out or can I just have the numbing spray?"),
    ("lay", ["procedures-002"], "American patient, brand name for a taxi",
     "After my sedation, can I just grab an Uber home by myself if I feel fine?"),
    ("context", ["procedures-003"], "pre-op patient listing steps back",
     "My letter says admission at 7am. So I stop eating at 1am, then I can have water until 5, and a latte at 6 is fine because it's a drink, right?"),
    ("two_part", ["procedures-004"], "terse, two questions",
     "Knee day surgery next Tuesday. Can I go home on the bus, and does somebody have to stay with me after?"),
    ("two_part", ["procedures-005"], "two questions",
     "At my pre-op will they do a heart tracing, and should I bring a list of the herbal stuff I take?"),
    ("context", ["procedures-006"], "second thoughts, context",
     "I signed the consent form for my hernia repair last week. Since then I've read a lot online and I'm having second thoughts. My daughter says once you've signed it's done. Is it too late for me to back out?"),
    ("context", ["procedures-007"], "context, second-half detail",
     "I take warfarin. My endoscopy is in five days. Nobody has sent me anything about my medicines. What am I supposed to do?"),
    ("plain", ["procedures-008"], "plain",
     "Is it OK to bring my gold necklace and a few hundred in cash for my three nights on the ward?"),
    ("two_part", ["procedures-009"], "two questions",
     "On the day I go home, how long does the discharge usually take, and is there somewhere to wait other than my bed?"),
    ("context", ["procedures-011"], "parent with a sick child, context",
     "My operation is this Friday. My little boy brought a tummy bug home from school on Monday. Since last night I've had diarrhoea too. Who should I let know before I come in?"),
    ("plain", ["procedures-012"], "second-half detail",
     "I just had gel nails done for a wedding. Do they all really have to come off for my surgery?"),
    ("lay", ["medications-001"], "Australian, script",
     "How far ahead should I order my repeat script so I don't run out over Christmas?"),
    ("context", ["medications-003"], "bereaved relative, context",
     "My dad passed away last month. His kitchen drawer is full of his tablets and there are a couple of his inhalers too. Mum wants to put the lot in the bin. What should we do with them?"),
    ("lay", ["medications-004"], "second-half detail, lay words",
     "I'm hopeless at remembering my pills. Is there anything the chemist can do to help me remember?"),
    ("context", ["medications-007"], "context, quoting partner",
     "The GP gave me ten days of antibiotics. After four days I feel completely fine. My partner says I should stop and save the rest for next time. Can I do that?"),
    ("two_part", ["medications-009"], "traveller, two questions",
     "Flying to Canada with my insulin pens and needles: do I need a letter, and should they go in my suitcase?"),
    ("plain", ["medications-010"], "second-half detail",
     "Where can I report a side effect I think I got from my tablets, apart from telling my doctor?"),
    ("two_part", ["medications-012"], "two questions",
     "Where is the hospital pharmacy, and is it busy straight after the morning clinics?"),
    ("context", ["visiting-001"], "dementia spouse, context",
     "My husband has dementia and is on a general ward. He won't eat unless I'm there to help him. The nurse mentioned protected mealtimes. Am I still allowed in at lunchtime?"),
    ("plain", ["visiting-002"], "grandparent",
     "Can I bring my 6 year old granddaughter to see her grandad? There was chickenpox in her class last week."),
    ("plain", ["visiting-004"], "polite British understatement",
     "I wonder if it might be possible to ask the nurses whether they have cleaned their hands without causing any offence?"),
    ("lay", ["visiting-005"], "US term ICU, lay",
     "How do I get into the ICU to see my brother? Do I just walk in?"),
    ("context", ["visiting-007"], "large family, context",
     "There are five of us siblings and we all keep ringing the ward about Mum. Yesterday the nurse sounded quite fed up. We don't want to be a nuisance. Is there a better way to do this, and are there times we shouldn't call?"),
    ("context", ["visiting-008"], "relative of a dying patient",
     "The doctors have told us my father is dying. He is on a general ward. I live two hours away. Will they let me stay the night with him?"),
    ("lay", ["visiting-009"], "parent, lay words",
     "Can our four year old come in to meet his new baby sister on the maternity ward?"),
    ("lay", ["visiting-010"], "grandchild, lay words",
     "Gran keeps losing her false teeth on the ward. Who do we report it to?"),
    ("plain", ["visiting-011"], "second-half detail",
     "Is there free wifi for visitors on the wards, and where do I find the login?"),
    ("plain", ["visiting-012"], "complaint",
     "I'm not happy with my dad's care but I don't want to raise it with the ward staff themselves. Who else can I talk to?"),
    ("plain", ["records_billing-001"], "plain",
     "My solicitor wants a copy of my hospital notes. Can he just ask you for them directly?"),
    ("lay", ["records_billing-002"], "no photo ID",
     "I'm trying to sign up for the online patient thing but I don't have a passport or driving licence. Is there another way to prove who I am?"),
    ("context", ["records_billing-005"], "power of attorney holder",
     "My mother has advanced dementia and lives in a care home. I hold a lasting power of attorney for her health and welfare. I'd like to be able to see her hospital information. What do I need to bring?"),
    ("lay", ["records_billing-006"], "lay words",
     "I think my bill is wrong but it's due on Friday. Can you freeze it so it doesn't go overdue while you check?"),
    ("lay", ["records_billing-007"], "lay words",
     "Can I get a breakdown of every single thing I was charged for, not just the total at the bottom?"),
    ("lay", ["records_billing-008"], "American patient, prior auth",
     "My insurer says I need prior auth for my MRI. Once they give me the number, who at the hospital do I give it to?"),
    ("lay", ["records_billing-009"], "low literacy",
     "can i pay my bill bit by bit"),
    ("plain", ["records_billing-010"], "negative question",
     "If I apply for financial assistance, won't that mean I get worse care?"),
    ("lay", ["records_billing-011"], "lay words",
     "I need a sick note for work for my two nights in hospital. Who gives me that?"),
    ("plain", ["records_billing-012"], "worried employee",
     "Can my employer ring up and find out why I'm in hospital?"),
    ("lay", ["self_care-006"], "brand name for a generic thing",
     "How long at a time should I keep a bag of Birds Eye peas on my twisted ankle?"),
    ("context", ["self_care-010", "self_care-013"], "mixes two unrelated topics",
     "Two quick things while I have you. My hay fever is awful this year and I've been drying the washing on the line as usual. Also my son got stung by a wasp and the sting is still in. Should I stop hanging washing outside, and how do I get the sting out?"),
]

EN_UNANS = [
    ("missing_detail", "Polish-speaking relative; near kb-en-appointments-007", "Are your printed leaflets for patients available in Polish?"),
    ("missing_detail", "terse; near kb-en-appointments-008", "How many spaces are there in the main visitor car park?"),
    ("missing_detail", "wheelchair user with own sling; near kb-en-appointments-012", "Is the hoist in outpatients a ceiling track one or a mobile one? My sling only fits one type."),
    ("missing_detail", "nervous patient; near kb-en-test_preparation-006", "Does the MRI scanner room have a window? It would help with my nerves."),
    ("missing_detail", "web-page trier; near kb-en-procedures-006", "Can I sign my consent form electronically in the patient portal instead of on paper?"),
    ("missing_detail", "parent; near kb-en-visiting-002", "What is the age limit for the children's play area for visitors?"),
    ("missing_detail", "older patient who prefers cash; near kb-en-medications-012", "Does the outpatient pharmacy take cash, or is it card only?"),
    ("missing_detail", "old leaflet; near kb-en-appointments-005", "Which floor has the dermatology clinic moved to? My old leaflet says ground floor."),
    ("missing_detail", "loyal to one consultant; near kb-en-appointments-001", "Does Dr Okafor, the rheumatology consultant, hold clinics on Fridays?"),
    ("missing_detail", "large family; near kb-en-visiting-008", "How many people fit in the family quiet room on the wards?"),
    ("missing_detail", "plain; near kb-en-procedures-009", "Does the discharge lounge have a television and proper reclining chairs?"),
    ("missing_detail", "birth partner; near kb-en-visiting-009", "What colour wristband do birth partners get on the maternity ward?"),
    ("missing_detail", "packing for a stay; near kb-en-procedures-008", "What is the biggest size of bag I'm allowed to bring onto the ward? Is a cabin suitcase OK?"),
    ("missing_detail", "plain; near kb-en-records_billing-001", "How much do you charge for a paper copy of my records?"),
    ("missing_detail", "lawyer-like; near kb-en-records_billing-011", "How much is the fee for a report for my insurance company?"),
    ("missing_detail", "polite British; near kb-en-appointments-002", "Will I be charged a late cancellation fee if I move my appointment with only one day's notice?"),
    ("missing_detail", "vegan patient; near kb-en-test_preparation-012", "Is the drink for the glucose tolerance test suitable for vegans?"),
    ("missing_detail", "implant patient; near kb-en-test_preparation-005", "Is your MRI scanner 1.5 tesla or 3 tesla? My implant card only covers one."),
    ("missing_detail", "phone user; near kb-en-records_billing-002", "Does the patient portal app work on a Huawei phone without Google services?"),
    ("missing_detail", "relative at Christmas; near kb-en-visiting-001", "Are visiting hours any different on Christmas Day?"),
    ("missing_detail", "mobility scooter user; near kb-en-appointments-009", "Can hospital patient transport take my mobility scooter as well as me?"),
    ("missing_detail", "non-technical user; near kb-en-appointments-006", "Which video platform do you use for video appointments, Zoom or Teams? I need to install it first."),
    ("missing_detail", "relative; near kb-en-visiting-005", "Are the beds in intensive care in single rooms or in an open bay?"),
    ("missing_detail", "husband as escort; near kb-en-procedures-004", "Is there a waiting room in the day surgery unit where my husband can sit while I'm in theatre?"),
    ("missing_detail", "injects at home; near kb-en-medications-003", "Does the hospital pharmacy hand out sharps bins free, or do I have to pay for one?"),
    ("missing_detail", "low income; near kb-en-records_billing-009", "What is the smallest monthly amount you accept on a payment plan?"),
    ("missing_detail", "low income; near kb-en-records_billing-010", "What is the income limit to qualify for the financial assistance programme?"),
    ("missing_detail", "wants female staff; near kb-en-test_preparation-009", "Can I ask for a female sonographer for my pelvic ultrasound?"),
    ("missing_detail", "Muslim patient; near kb-en-procedures-012", "Can I keep my hijab on when I go into theatre?"),
    ("missing_detail", "night owl; near kb-en-visiting-011", "What time exactly does the night quiet period start on the wards?"),
    ("off_topic", "hairdresser", "Is there a hairdresser who comes round to the wards? My mum would love a wash and set."),
    ("off_topic", "staff gym", "Is the staff gym open to patients doing their physio exercises?"),
    ("off_topic", "post box", "Is there a post box anywhere in the hospital? I need to send a birthday card."),
    ("off_topic", "taxi rank fare", "Roughly what does a taxi from the rank outside cost to the railway station?"),
    ("off_topic", "OTC prices", "How much is a packet of paracetamol at your pharmacy compared with the supermarket?"),
    ("off_topic", "cinema nearby", "Is there a cinema near the hospital where I can take the kids while their dad is in theatre?"),
    ("off_topic", "hotel discounts", "Do you have a deal with any local hotels for relatives who travel from far away?"),
    ("off_topic", "creche for visitors", "Is there a creche where I can leave my toddler while I visit my husband?"),
    ("off_topic", "bicycle repair", "My bike got a puncture on the way in. Is there anywhere on site that repairs bicycles?"),
    ("off_topic", "notary", "Can a notary come to the ward to witness my dad's will?"),
]

ZH_ANS = [
    ("plain", ["appointments-001"], "简体 一句话",
     "专家号一般提前几天放出来？"),
    ("context", ["appointments-002"], "简体 上班族",
     "我约了下周三上午的消化科，挂号费已经付了。结果公司临时派我出差去成都。我已经在App上取消了。那挂号费什么时候能退回来，退到哪里？"),
    ("plain", ["appointments-003"], "繁體 粗心患者",
     "醫保卡忘了帶，手機上也沒開電子醫保憑證，今天還能看病嗎？費用怎麼算？"),
    ("plain", ["appointments-004"], "繁體 家長",
     "小朋友還沒有身分證，第一次來看病要怎麼建檔？"),
    ("plain", ["appointments-005"], "简体 慢病患者 反问",
     "我这个病还没在你们医院看过，难道不能直接在网上问诊开药吗？"),
    ("lay", ["appointments-006"], "拼音缩写",
     "jz那天过号了zmb，要重新gh吗"),
    ("two_part", ["appointments-007"], "北京 您受累",
     "您受累问一下，我们家老爷子腿脚不利索，服务台能借轮椅吗？借的时候得押点儿什么？"),
    ("plain", ["appointments-008"], "香港 退休公務員 正式",
     "本人聽力欠佳，須以手語溝通。敬請告知手語志願者服務應提前多久、經何途徑預約？"),
    ("lay", ["appointments-009"], "陕西 额",
     "额开车送婆姨去看病，急诊门口那条道上能不能停一哈？"),
    ("lay", ["appointments-011"], "广西 白话",
     "想睇嗰個醫生約滿咗，有冇得排後補啊？"),
    ("context", ["appointments-012"], "简体 奶奶带孙子",
     "我是孩子奶奶，他爸妈都在广东打工。孙子这几天不舒服，要带他来看病。医生可能要做检查让人签字。我能替他签吗？"),
    ("two_part", ["test_preparation-001"], "繁體 兩問",
     "抽完血針眼要按多久？可以揉一揉嗎？"),
    ("lay", ["test_preparation-002"], "云南",
     "做肠镜前头几天，红心火龙果吃得不嘛？"),
    ("lay", ["test_preparation-003"], "简体 女性 口语",
     "做核磁要不要把钢圈文胸脱了？"),
    ("lay", ["test_preparation-004"], "简体 口语 后半段细节",
     "做那个要打药水的CT，做完能直接走人吗？"),
    ("context", ["test_preparation-005"], "简体 陪检家属",
     "我明天去拍胸部CT，我老婆说陪我去。她这个月例假推迟了一周，还没来得及测。她自己觉得没事。她能进检查室陪我吗？"),
    ("plain", ["test_preparation-006"], "繁體",
     "做胸部CT要配合吸氣、閉氣，需要先在家練習嗎？"),
    ("plain", ["test_preparation-007"], "繁體 後半段細節",
     "同一天要做肝膽B超和膀胱B超，應該先做哪一個？"),
    ("lay", ["test_preparation-008"], "台灣 國台語 混用",
     "我要做無痛胃鏡，做完可以自己騎機車回去嗎？阮兜很近啦"),
    ("two_part", ["test_preparation-010"], "问答罗列",
     "请问Holter：1. 戴着能洗澡吗？2. 晚上能开电热毯吗？"),
    ("plain", ["test_preparation-011"], "简体 后半段细节",
     "开检查单的医生没说我平时的药要不要照吃，我现在也不确定，该问谁？"),
    ("lay", ["procedures-002"], "粤语",
     "做手術之前食香口膠得唔得㗎？"),
    ("lay", ["procedures-003"], "繁體 品牌代稱",
     "做完日間手術，我自己叫個Uber回家可以嗎？"),
    ("context", ["procedures-004"], "简体 不识字老人",
     "我七十多了，脑子清楚，就是不识字。下个月要做手术。医生说要签同意书。能叫我儿子替我签吗？"),
    ("two_part", ["procedures-005"], "繁體 兩問",
     "手術當天可以擦指甲油嗎？為什麼要卸掉？"),
    ("lay", ["procedures-007"], "简体 口语 押金",
     "住院交的押金要是用不完，出院的时候退不退？"),
    ("plain", ["procedures-008"], "繁體",
     "出院結算的時候要帶哪些東西？"),
    ("context", ["procedures-009"], "简体 子女",
     "我爸后天要全麻做手术。他晚上打呼噜特别响，有时候还憋气。他说这不算病，用不着跟医生说。到底要不要跟麻醉医生讲？"),
    ("plain", ["procedures-010"], "繁體",
     "無痛腸鏡做完多久可以吃東西？"),
    ("lay", ["procedures-011", "procedures-005"], "江西 口语",
     "手术前两天来了大姨妈，要不要跟医生讲一声？"),
    ("lay", ["procedures-012"], "繁體 口語",
     "傷口是用皮膚膠黏的，還要回去拆線嗎？"),
    ("plain", ["medications-001"], "繁體 慢性病",
     "高血壓的藥一次最多可以開多長時間的量？"),
    ("lay", ["medications-003"], "繁體 旅行 後半段細節",
     "坐飛機出國，胰島素可以放行李箱託運嗎？"),
    ("lay", ["medications-005"], "语音转文字 无标点",
     "我妈老是忘记吃药有没有什么办法能让她记住"),
    ("plain", ["medications-006"], "简体 后半段细节",
     "说明书写一日三次，是不是一定要跟着三顿饭一起吃？"),
    ("lay", ["medications-007"], "台灣 用語",
     "吃藥的期間可以喝葡萄柚汁嗎？"),
    ("lay", ["medications-008"], "安徽 口语",
     "上回剩的头孢，给俺妈吃中不中？她也是喉咙疼。"),
    ("lay", ["medications-010"], "粤语 家长",
     "用屋企啲匙羹量藥水俾個仔飲得唔得？"),
    ("context", ["medications-011"], "简体 取药",
     "今天医生给我开了一盒药膏，我缴费取了药。回到家发现家里还有一支一模一样的没开封。药也没拆开。能拿回去退吗？"),
    ("context", ["visiting-002"], "宝妈群",
     "我爸住院一个礼拜了。我女儿10岁，天天吵着要去看外公。她最近没感冒也没发烧。姥爷也想她。10岁的孩子能进病房探视吗？"),
    ("plain", ["visiting-003"], "台灣 年輕人",
     "想送花去給住院的阿嬤，病房可以放嗎？"),
    ("context", ["visiting-005"], "简体 家属",
     "我爸在输液，他一直嫌滴得太慢。他让我帮他把那个调节的轮子往上推一推。我看护士都挺忙的。我能自己帮他调快一点吗？"),
    ("plain", ["visiting-006"], "繁體 後半段細節",
     "陪床可以我們兄弟姊妹幾個輪流換著來嗎？"),
    ("context", ["visiting-008"], "简体 配偶",
     "我老公因为传染病住在隔离病房。他的换洗衣服穿完了。我给他带了几套干净的来。我能直接送进病房吗？"),
    ("plain", ["visiting-009"], "繁體 後半段細節",
     "主治醫生一般什麼時候跟家屬談病情？"),
    ("lay", ["visiting-010"], "简体 口语",
     "病房里能用自己带的烧水壶吗？"),
    ("lay", ["records_billing-001"], "江苏 苏北",
     "出院以后多长辰光能去印病历啊？"),
    ("context", ["records_billing-002"], "简体 子女 办事",
     "我妈上个月在你们医院去世了。保险公司要她的住院病历复印件。我是她女儿，在外地工作，下周专门请假回来办。需要带哪些材料？"),
    ("plain", ["records_billing-004"], "简体 后半段细节",
     "一个App账号能不能把我爸妈都绑上？"),
    ("lay", ["records_billing-005"], "繁體 口語",
     "住院每天花了多少錢，在哪裡可以看到？"),
    ("context", ["records_billing-006"], "海外华人 美式用语",
     "我从美国回来探亲顺便看病，在美国习惯了先付copay。这次挂号的时候没勾医保，已经交了钱。现在想起来有医保。缴完费还能改成医保结算吗？"),
    ("context", ["records_billing-007"], "安徽 在外地带孙",
     "俺是安徽参保的，现在在南京给儿子带孩子。医生说俺要住院。俺没办过啥备案。能直接刷医保吗？"),
    ("lay", ["records_billing-009"], "繁體 口語",
     "已經交了錢的檢查還沒做，錢可以退嗎？"),
    ("context", ["records_billing-010"], "简体 外院会诊",
     "我下个月要去上海的医院会诊。那边医生说要看之前的核磁片子。你们现在好像不打胶片了。我该去哪里打片子或者刻光盘？"),
    ("lay", ["records_billing-011"], "简体 口语",
     "看完病走了才想起来要病假条，还能补吗？怎么补？"),
    ("plain", ["records_billing-012"], "繁體 後半段細節",
     "住院預交金的收據弄丟了，怎麼辦？"),
    ("lay", ["self_care-005"], "澳門 葡文夾雜",
     "個仔俾熱水淥親，阿媽話搽牙膏，pode? 得唔得㗎？"),
    ("lay", ["self_care-006"], "江苏 苏北",
     "崴了脚，能不能马上拿热毛巾焐焐？"),
    ("context", ["self_care-010", "zh-medications-003"], "混合两个话题",
     "两件事想问下。我有过敏性鼻炎，家里养了只猫，平时都睡我床上。另外我妈打胰岛素，过年要带她坐飞机回老家。猫能进卧室吗？胰岛素能托运吗？"),
    ("context", ["appointments-001", "records_billing-004"], "问答罗列 新患者",
     "我刚搬来本市，第一次来你们医院。我想问：1. 能用哪些方式挂号？2. 一个账号能不能给我和我老公都挂？"),
]

ZH_UNANS = [
    ("missing_detail", "简体 一句话; near kb-zh-appointments-001", "消化内科门诊在几楼？"),
    ("missing_detail", "简体 子女; near kb-zh-visiting-001", "普通病房一般几个人一间？有没有单间？"),
    ("missing_detail", "繁體 子女; near kb-zh-visiting-004", "ICU的病房有沒有窗戶？我爸醒了想看看外面。"),
    ("missing_detail", "简体 子女在国外; near kb-zh-procedures-004", "手术知情同意书能不能在App上电子签名？我儿子在国外回不来。"),
    ("missing_detail", "繁體; near kb-zh-records_billing-001", "病歷影印在幾號窗口辦？"),
    ("missing_detail", "简体 技术控; near kb-zh-test_preparation-003", "你们医院的核磁是哪个牌子的，几个T的？"),
    ("missing_detail", "简体 学生; near kb-zh-test_preparation-003", "做核磁时储物柜能放多大的包？我背的是双肩包。"),
    ("missing_detail", "简体; near kb-zh-visiting-006", "请护工一天大概要多少钱？"),
    ("missing_detail", "简体 老病号; near kb-zh-appointments-001", "消化科王主任周几坐诊？"),
    ("missing_detail", "繁體; near kb-zh-visiting-006", "陪護證要收費嗎？丟了怎麼補？"),
    ("missing_detail", "繁體 聽障; near kb-zh-appointments-008", "手語志願者是星期幾有？"),
    ("missing_detail", "繁體 香港長者; near kb-zh-appointments-008", "你們的App有沒有繁體字版本？"),
    ("missing_detail", "繁體; near kb-zh-appointments-009", "醫院停車場一共有多少個車位？"),
    ("missing_detail", "简体 上班族; near kb-zh-appointments-009", "住院病人家属停车能办包月吗？"),
    ("missing_detail", "简体; near kb-zh-records_billing-001", "病历复印一页收多少钱？"),
    ("missing_detail", "繁體; near kb-zh-records_billing-010", "印一張膠片要多少錢？"),
    ("missing_detail", "简体 退休老人; near kb-zh-appointments-007", "老年人绿色通道要多少岁以上才能走？"),
    ("missing_detail", "简体; near kb-zh-appointments-011", "候补成功了是发短信通知还是打电话？"),
    ("missing_detail", "简体 后生; near kb-zh-test_preparation-010", "Holter那个记录盒有多重？能别在裤腰上吗？"),
    ("missing_detail", "简体; near kb-zh-test_preparation-002", "肠镜的泻药是什么牌子的？能不能自己先去药店买？"),
    ("missing_detail", "繁體; near kb-zh-procedures-001", "日間手術中心在哪一棟樓？"),
    ("missing_detail", "简体 家属; near kb-zh-procedures-010", "无痛胃镜做完在复苏区观察，家属能进去陪着吗？"),
    ("missing_detail", "简体; near kb-zh-visiting-007", "营养食堂订餐能用现金付吗？"),
    ("missing_detail", "简体; near kb-zh-visiting-001", "周末的探视时间和平时一样吗？"),
    ("missing_detail", "繁體 報銷; near kb-zh-records_billing-008", "電子發票可以開公司抬頭嗎？"),
    ("missing_detail", "简体 上班族; near kb-zh-records_billing-011", "病假证明一次最多能开几天？"),
    ("missing_detail", "繁體; near kb-zh-medications-009", "藥學諮詢門診收不收費？"),
    ("missing_detail", "简体; near kb-zh-visiting-008", "隔离病房视频探视用的是微信还是医院App？"),
    ("missing_detail", "简体 过敏患者; near kb-zh-procedures-007", "入院时戴的腕带是什么颜色的？过敏的人颜色不一样吗？"),
    ("missing_detail", "简体 新患者; near kb-zh-appointments-004", "门诊大厅的自助建档机具体在哪个位置？进门左手还是右手？"),
    ("off_topic", "理发", "医院里有没有理发的地方？我爸住院半个月头发太长了。"),
    ("off_topic", "员工健身房", "你們醫院的員工健身房，病人家屬可以付費使用嗎？"),
    ("off_topic", "邮筒", "医院附近有没有邮筒？我想寄张明信片。"),
    ("off_topic", "出租车站 车费", "從醫院門口的的士站坐車去高鐵站大概要幾多錢？"),
    ("off_topic", "非处方药价格", "你们药房的布洛芬一盒卖多少钱？比外面药店贵吗？"),
    ("off_topic", "附近电影院", "医院附近有电影院吗？孩子手术的时候想带老大去打发时间。"),
    ("off_topic", "酒店协议价", "外地來陪護的家屬住附近飯店，醫院有沒有合作優惠價？"),
    ("off_topic", "访客托儿", "探视的时候小孩没人带，医院有没有托管孩子的地方？"),
    ("off_topic", "修自行车", "我的单车在医院门口爆胎了，附近有修车的吗？"),
    ("off_topic", "公证", "我爷爷住院期间想办遗嘱公证，公证员能来病房吗？"),
]


def load_ids(lang):
    path = os.path.join(KB, "passages_%s.jsonl" % lang)
    try:
        with open(path, encoding="utf-8") as fh:
            return {json.loads(line)["id"] for line in fh if line.strip()}
    except (OSError, ValueError, KeyError) as exc:
        sys.exit("make_review12: cannot read passages %s (%s); set MEDQA_ROOT to the repository root" % (path, exc))


def full_id(lang, pid):
    return pid if pid.startswith("kb-") else ("kb-%s-%s" % (lang, pid) if not pid.startswith("zh-") else "kb-" + pid)


def build():
    rows = []
    for lang, ans, unans in (("en", EN_ANS, EN_UNANS), ("zh", ZH_ANS, ZH_UNANS)):
        ids = load_ids(lang)
        n = 0
        for kind, gold, voice, q in ans:
            n += 1
            gold = [full_id(lang, g) for g in gold]
            rows.append({"id": "r12-%s-%03d" % (lang, n), "language": lang, "question": q, "answerable": True,
                         "gold": gold, "kind": kind, "voice": voice})
        for kind, voice, q in unans:
            n += 1
            rows.append({"id": "r12-%s-%03d" % (lang, n), "language": lang, "question": q, "answerable": False,
                         "gold": [], "kind": kind, "voice": voice})
        sub = [r for r in rows if r["language"] == lang]
        a = [r for r in sub if r["answerable"]]
        u = [r for r in sub if not r["answerable"]]
        assert len(a) == 60, (lang, "answerable", len(a))
        assert len(u) == 40, (lang, "unanswerable", len(u))
        for r in a:
            assert r["gold"] and r["kind"] in ("plain", "context", "lay", "two_part"), r["id"]
            for g in r["gold"]:
                assert g in ids, (r["id"], g)
        for r in u:
            assert r["gold"] == [] and r["kind"] in ("missing_detail", "off_topic"), r["id"]
            if r["kind"] == "missing_detail":
                near = r["voice"].split("near ", 1)[1].split()[0]
                assert near in ids, (r["id"], near)
        assert sum(r["kind"] == "missing_detail" for r in u) >= 25, lang
        assert sum(r["kind"] == "context" for r in a) >= 15, lang
        assert len({g for r in a for g in r["gold"]}) >= 45, lang
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["question"] for r in rows}) == len(rows)
    return rows


def main():
    rows = build()
    out = os.path.join(HERE, "questions.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
