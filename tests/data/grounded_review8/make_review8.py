#!/usr/bin/env python3
"""Write tests/data/grounded_review8/questions.jsonl (blind reviewer set R8).

Questions were written by hand from the hospital passages only
(medqa/assets/kb/passages_en.jsonl and passages_zh.jsonl). Standard library only;
re-running writes byte-identical output.
Row tuple: (kind, gold ids or [], voice, question). answerable = bool(gold).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB = os.path.join(ROOT, "medqa", "assets", "kb")
OUT = os.path.join(HERE, "questions.jsonl")

A = "kb-en-appointments-"
T = "kb-en-test_preparation-"
P = "kb-en-procedures-"
M = "kb-en-medications-"
V = "kb-en-visiting-"
R = "kb-en-records_billing-"
S = "kb-en-self_care-"

EN_ANS = [
    ("plain", [A + "001"], "plain", "I booked a clinic appointment on the phone a week ago and nothing has arrived. How long should a confirmation normally take before I chase it?"),
    ("lay", [A + "001"], "terse keyword search", "specialist clinic need GP letter or can i book direct"),
    ("context", [A + "002"], "older writer, formal", "Dear Sir or Madam, my name is Dorothy Pearce and I am 74 years of age. I have an appointment at the orthopaedic clinic on Thursday the 14th regarding my hip. On the last occasion I telephoned on the very morning to postpone, and the lady was rather short with me. I now find that my granddaughter's wedding falls on the same day. How much notice ought I to give in order to move it properly?"),
    ("two_part", [A + "002"], "shift worker", "If I wake up with a stomach bug and the runs on the day of my clinic, do I still come in? And can I pick a new slot myself on the portal instead of ringing?"),
    ("context", [A + "003"], "phone autocorrect slips", "Missed my dermatology apartment last weak because the letter went to my old flat, I moved in June. Will I get kicked off the list now?? What am I meant to do"),
    ("plain", [A + "004"], "plain", "Do I have to bring my actual tablets to the clinic or is writing them down enough?"),
    ("two_part", [A + "004"], "new mother", "Can my partner come in with me to my appointment, and is it ok to bring a sandwich because I'm breastfeeding and always starving?"),
    ("plain", [A + "005"], "terse keyword search", "outpatients arrive how many mins early"),
    ("plain", [A + "005"], "text-speak", "y did the guy who came in after me get called b4 me?? i was there first lol not happy"),
    ("context", [A + "006"], "GP receptionist on behalf of a patient", "Hello, I'm calling from Elmtree Surgery on behalf of Mr Abdi Warsame, date of birth 03/05/1961. His cardiology follow-up on the 22nd has been changed to a telephone appointment. He's worried he'll miss the call because he normally ignores numbers he doesn't recognise. Is there anything he should know about how the hospital's call will show up?"),
    ("two_part", [A + "007"], "Deaf writer, BSL user", "I am Deaf. I use BSL. I want interpreter for hospital appointment. I must pay for interpreter? How many time before I must tell you?"),
    ("plain", [A + "007"], "refugee with little English", "my daughter 10 year old she speak english good. she can translate for me with doctor in your hospital?"),
    ("two_part", [A + "008"], "patient on dialysis", "I'm coming in three times a week for dialysis. Is there any cheaper parking for people like me, and do the pay machines take cash as well as cards?"),
    ("lay", [A + "008"], "wheelchair user", "Where am I allowed to park with my disabled badge?"),
    ("context", [A + "009"], "adult child, long anxious message", "My mum is 88 and since her stroke in March she can't manage the bus at all. She has an eye clinic appointment on 9 January at 10am. Last year our neighbour drove her but he's moved to Wales. I work in a warehouse and can't get the morning off. I'm really worried she'll just not go. Can the hospital collect her, and how far ahead would I need to sort it out?"),
    ("plain", [A + "009"], "plain", "If my husband gets hospital transport to his appointment, can I ride along with him?"),
    ("context", [A + "010"], "voice-to-text no punctuation", "my doctor sent a referral to you about my knee two months ago and ive heard nothing at all who do i ring to find out where it is and what do i need to tell them"),
    ("context", [A + "011"], "spouse of person with dementia", "My husband Ken has Alzheimer's and he gets very agitated in busy rooms. We're due at the memory clinic next month. Last time he tried to walk out of the waiting room twice and I was in tears. Is there anything the clinic can do to make the wait easier for him?"),
    ("two_part", [A + "012"], "visually impaired, guide dog user", "Can I borrow a wheelchair for my husband when we arrive, and will my guide dog be allowed inside with me?"),
    ("lay", [A + "012"], "older writer, hearing aid", "Do your front desks have that loop thing that works with hearing aids?"),
    ("lay", [T + "001"], "informal, smoker", "Blood test tomorrow, they said nothing to eat from midnight. Am I still allowed a fag and some chewing gum in the morning?"),
    ("plain", [T + "002"], "plain", "Can I have my usual black coffee before a fasting blood test if I don't add milk?"),
    ("context", [T + "003"], "long anxious message", "I'm booked for a colonoscopy on Monday the 3rd. I started the prep drink last night and brought the second lot straight back up about 20 minutes later. I've been dreading this test for months and I'm scared they'll cancel it. What am I supposed to do now?"),
    ("lay", [T + "004"], "plain", "For the camera test up the back passage, am I allowed blackcurrant squash on the clear fluids day?"),
    ("two_part", [T + "005"], "plain", "I've had a metal plate in my ankle since I broke it in 2015. Does the MRI team need to know about it beforehand, and is there anything I should bring?"),
    ("lay", [T + "005"], "teenager", "will the mri thing wipe my bank card if its in my pocket"),
    ("context", [T + "006"], "long story, claustrophobic", "I'm terrified of tight spaces. Back in 2019 I had to be pulled out of a scanner halfway through because I panicked. Now I have an MRI of my knee booked for 12 February and I keep thinking about it. My sister Jo has offered to come. Is she allowed to stay in the room with me?"),
    ("plain", [T + "006"], "terse keyword search", "mri scan how long does it take"),
    ("plain", [T + "007"], "plain", "I take metformin. Do I need to tell anyone before my CT scan with the dye?"),
    ("lay", [T + "007"], "embarrassed writer", "Is it normal that when they put the dye in for the CT it feels like you've wet yourself? Want to know before I go"),
    ("plain", [T + "008"], "teenager", "why do they keep asking me when my last period was every time i have an x-ray, its so awkward"),
    ("lay", [T + "009"], "plain", "I'm having the jelly scan of my tummy to look at my gallbladder. Can I have breakfast first?"),
    ("two_part", [T + "009"], "pregnant writer", "For my early pregnancy scan, do I need to turn up with a full bladder, and roughly how long will the scan take?"),
    ("plain", [T + "010"], "plain", "Will they tell me what my X-ray shows before I go home?"),
    ("context", [T + "011"], "shift worker", "I work nights and did my urine sample into the pot at 11pm after my shift. The surgery doesn't open till 8 in the morning. Can I keep it in the fridge overnight?"),
    ("lay", [T + "012"], "plain", "How long will the sugar drink test take? I need to tell work how much of the morning I'll miss."),
    ("lay", [P + "001"], "plain", "For the camera down my throat, do I have to be put to sleep or is there another way?"),
    ("context", [P + "002"], "single parent", "I'm a single mum with a three year old. I'm having sedation for my endoscopy on Friday morning. My friend can drive me home but she has to leave straight after. Will I be ok to look after my son on my own that evening?"),
    ("plain", [P + "002"], "text-speak", "after sedation can i just get an uber home by myself"),
    ("lay", [P + "003"], "plain", "A latte is a drink, so is it ok to have one on the morning of my operation when I'm still allowed clear fluids?"),
    ("context", [P + "003"], "anxious", "My operation is this afternoon and I've just realised I ate a biscuit well after the cut-off time. I feel so stupid. Should I just keep quiet about it?"),
    ("two_part", [P + "004"], "plain", "After my day surgery, am I allowed to drive myself home, and how long does somebody have to stay with me?"),
    ("context", [P + "005"], "patient pasting part of appointment letter", "My letter says: 'You are invited to attend a pre-operative assessment at the Surgical Pre-assessment Unit on 4 March at 09:30. Please allow up to two hours.' I've never had one before. What actually happens at it, and will they take bloods?"),
    ("context", [P + "006"], "older writer, formal", "I signed the consent form for my hernia repair at the clinic last Tuesday. Since then I have had second thoughts and would like more time to consider. Is it too late to change my mind now that I have signed?"),
    ("context", [P + "007"], "carer", "Dad takes a blood thinner every day. His biopsy is in five days and nobody has told him whether to stop it. Who should we contact?"),
    ("lay", [P + "008"], "adult child", "My dad is going in for a few nights. He has false teeth and a walking frame. What should we pack for him?"),
    ("plain", [P + "009"], "plain", "Why does going home from the ward take the whole day? They told my wife she could leave at 9 and she was still there at 4."),
    ("two_part", [P + "010"], "plain", "When can I have a shower after my operation, and is it ok to go swimming yet?"),
    ("context", [P + "011"], "plain", "My operation is on the 20th. I've had a streaming cold and a cough for three days now. Should I just turn up as planned?"),
    ("two_part", [P + "012"], "bride-to-be", "I've just had gel nails done for my sister's wedding, do they all have to come off for my op? And my wedding ring won't come off over my knuckle, is that a problem?"),
    ("plain", [M + "001"], "terse keyword search", "repeat prescription how many days before running out to order"),
    ("lay", [M + "003"], "bereaved relative", "My husband died last month and there's a drawer full of his tablets. Where should I take them?"),
    ("lay", [M + "012"], "plain", "Can I take my hospital prescription to the chemist by my house instead of queueing at the hospital one?"),
    ("plain", [V + "001"], "grandchild", "How many of us can sit with my nan at once on a normal ward?"),
    ("lay", [V + "001"], "confused visitor", "Why did the nurse ask us to leave at lunchtime yesterday? We weren't doing anything wrong."),
    ("context", [V + "002"], "parent", "My son Leo is 6. A boy in his class had chickenpox last week and they played together. His grandad is in hospital and Leo really wants to see him on Saturday. Is that allowed?"),
    ("two_part", [V + "003"], "husband", "Can I bring a balloon for my wife's birthday on the ward? And can I bring her some of my home-made curry for the nurses to heat up?"),
    ("plain", [V + "005"], "hospital volunteer asking for a visitor", "I'm a volunteer on the front desk. A visitor says the door to intensive care is locked and nobody answers. How is she supposed to get in?"),
    ("context", [V + "007"], "long story, family", "My mother is on the stroke ward. There are five of us and my brothers keep ringing the nurses three or four times a day each. The nurses sounded fed up yesterday and told my brother very little. What's the best way for our family to get news without annoying everyone?"),
    ("two_part", [R + "011"], "plain", "I need a sick note for work after my operation. Who gives me one, and what happens if I need more time off after I'm home?"),
]

EN_NOT = [
    ("missing_detail", [], "plain; near kb-en-appointments-001", "Can I book my outpatient appointment by sending a WhatsApp message?"),
    ("missing_detail", [], "terse; near kb-en-appointments-005", "outpatient reception opening time saturday"),
    ("missing_detail", [], "electric car driver; near kb-en-appointments-008", "Are there charging points for electric cars in the patient car park?"),
    ("missing_detail", [], "pensioner; near kb-en-appointments-008", "How much does it cost to park for two hours in the visitor car park?"),
    ("missing_detail", [], "mobility scooter user; near kb-en-appointments-009", "Can hospital patient transport take my mobility scooter with me?"),
    ("missing_detail", [], "wheelchair user; near kb-en-appointments-012", "How much is the deposit for borrowing one of the wheelchairs at the entrance?"),
    ("missing_detail", [], "carer; near kb-en-appointments-012", "Is there a Changing Places toilet with an adult changing bench anywhere in the hospital?"),
    ("missing_detail", [], "refugee with little English; near kb-en-appointments-007", "You have interpreter for Tigrinya language? Which day he come?"),
    ("missing_detail", [], "plain; near kb-en-appointments-006", "Which app do you use for video appointments, is it Zoom or Teams? I need to install it."),
    ("missing_detail", [], "parent; near kb-en-appointments-004", "Is there a cafe in the outpatient area where I can buy lunch while I wait?"),
    ("missing_detail", [], "larger patient, anxious; near kb-en-test_preparation-006", "Is the MRI scanner big enough for someone who weighs 180 kg? I don't want to be turned away."),
    ("missing_detail", [], "teenager; near kb-en-test_preparation-006", "can i listen to my own spotify playlist in the mri instead of your music"),
    ("missing_detail", [], "plain; near kb-en-test_preparation-003", "Does the bowel prep drink come in any flavour other than lemon? I can't stand the taste."),
    ("missing_detail", [], "shift worker; near kb-en-test_preparation-012", "Is there a plug I can use to charge my laptop while I wait during the glucose tolerance test?"),
    ("missing_detail", [], "plain; near kb-en-procedures-008", "Am I allowed to bring my own pillow and duvet for my stay on the ward?"),
    ("missing_detail", [], "plain; near kb-en-procedures-009", "Do they give you a meal in the discharge lounge while you wait for your tablets?"),
    ("missing_detail", [], "pet owner; near kb-en-visiting-001", "My dad's been in for three weeks and misses his cat terribly. Can I bring the cat in a carrier to visit him on the ward?"),
    ("missing_detail", [], "family member; near kb-en-visiting-005", "What are the exact ICU visiting times on a Sunday?"),
    ("missing_detail", [], "relative staying over; near kb-en-visiting-008", "If I stay overnight with my dying mother, is there a shower I can use in the morning?"),
    ("missing_detail", [], "plain; near kb-en-visiting-011", "Is there a TV by each bed, and how much does it cost per day?"),
    ("missing_detail", [], "unemployed patient; near kb-en-records_billing-001", "What is the fee for a copy of my medical records if I'm on benefits?"),
    ("missing_detail", [], "non-native English; near kb-en-records_billing-002", "The patient portal, it is available in Polish language please?"),
    ("missing_detail", [], "plain; near kb-en-records_billing-009", "What's the smallest monthly amount you'll accept on a payment plan?"),
    ("missing_detail", [], "plain; near kb-en-records_billing-010", "What is the income limit for getting the financial assistance programme?"),
    ("missing_detail", [], "plain; near kb-en-records_billing-011", "How much do you charge to write a report for my insurance company?"),
    ("missing_detail", [], "worried visitor; near kb-en-visiting-006", "Is ward 12 closed right now because of norovirus?"),
    ("missing_detail", [], "Muslim patient; near kb-en-procedures-012", "Can I keep my hijab on when I go into theatre for my operation?"),
    ("missing_detail", [], "parent of a toddler; near kb-en-appointments-011", "Is there a creche at the hospital where I can leave my toddler while I'm in my appointment?"),
    ("missing_detail", [], "pregnant writer; near kb-en-test_preparation-009", "Can we get printed photos from the 20-week scan, and how much do they cost?"),
    ("missing_detail", [], "plain; near kb-en-appointments-010", "How many weeks is the wait for a routine orthopaedic appointment at the moment?"),
    ("missing_detail", [], "patient pasting appointment letter; near kb-en-records_billing-001", "Letter says: 'Please contact the Health Records Office to collect your documents.' Which floor is that office on?"),
    ("missing_detail", [], "family member; near kb-en-visiting-007", "What's the name of the consultant in charge of the stroke ward?"),
    ("off_topic", [], "plain", "Are you hiring healthcare assistants at the moment, and how do I apply?"),
    ("off_topic", [], "plain", "Can I donate blood at the hospital, or do I have to go somewhere else?"),
    ("off_topic", [], "terse keyword search", "cash machine atm inside hospital"),
    ("off_topic", [], "retired writer", "I'd like to give some of my time as a hospital volunteer. How do I sign up?"),
    ("off_topic", [], "pregnant writer", "Can we book a tour of the labour ward before the baby comes?"),
    ("off_topic", [], "plain", "Does the hospital do private cosmetic surgery like nose jobs?"),
    ("off_topic", [], "plain", "Is there a post box in the hospital where I can send a letter?"),
    ("off_topic", [], "new mother", "How do I register my baby's birth, can I do it at the hospital?"),
]

Z = "kb-zh-"
ZA = Z + "appointments-"
ZT = Z + "test_preparation-"
ZP = Z + "procedures-"
ZM = Z + "medications-"
ZV = Z + "visiting-"
ZR = Z + "records_billing-"
ZS = Z + "self_care-"

ZH_ANS = [
    ("plain", [ZA + "001"], "粤语", "专家号一般提前几日放出嚟？我想早啲去抢。"),
    ("context", [ZA + "001"], "简体，子女代挂号", "我妈今年70了，不会用手机。上次我用我自己的账号和信息帮她挂了心内科，结果当天取号取不出来，白跑一趟。这次想再帮她挂号，应该怎么弄才对？"),
    ("two_part", [ZA + "002"], "简体，上班族", "明天的号我去不了了，今天晚上还能在App上退吗？退了以后挂号费什么时候退回来？"),
    ("lay", [ZA + "002"], "东北话", "我约了号没去也没退，这算啥事儿不？以后还能在网上挂号不？"),
    ("two_part", [ZA + "003"], "繁體，粗心患者", "今天出門忘了帶醫保卡，還能用醫保嗎？要是手機上的電子憑證也沒開通呢？"),
    ("plain", [ZA + "004"], "简体，新手妈妈", "宝宝刚满月还没上户口，也没有身份证，第一次来你们医院怎么建档？"),
    ("lay", [ZA + "004"], "繁體，台灣年輕人", "我之前在你們醫院用舊手機號碼建過檔，現在想重新開一個新的檔案，這樣可以嗎？"),
    ("context", [ZA + "005"], "简体，外地患者，长故事", "我在老家县医院查出高血压三年了，一直吃药。今年我搬到你们市里上班，还没去过你们医院。听同事说你们有网上看病，不用跑医院。我第一次看能不能直接在网上开药？"),
    ("two_part", [ZA + "006"], "繁體，香港長者", "我到咗診區之後要做咩先會叫我個號？如果叫咗我冇聽到，過咗號點算？"),
    ("plain", [ZA + "006"], "简体，四川话", "我先去做了抽血检查，结果出来了要回去找医生，还要重新挂号不嘛？"),
    ("lay", [ZA + "007"], "简体，子女", "我爸腿脚不方便，到了医院能借个推的椅子不？要带什么证件？"),
    ("context", [ZA + "007"], "繁體，獨居長者", "我今年八十二歲，子女都在國外，自己一個人來看病，手機也只會接電話。上次在大廳站了很久不知道怎麼掛號，最後是保安幫我的。請問醫院有沒有人可以一路陪我看病，要怎麼安排？"),
    ("two_part", [ZA + "008"], "简体，听障人士", "我是聋人，看病需要手语。你们有手语志愿者吗？要提前多久约？"),
    ("lay", [ZA + "008"], "马来西亚华人，夹英文", "我是Malaysian，普通话不太好，讲福建话比较多。去你们hospital看病有人可以帮忙沟通吗？外国人要带什么document？"),
    ("plain", [ZA + "009"], "繁體，孕婦家屬", "我太太懷孕八個月，開車載她去醫院可以停在哪裡讓她下車？"),
    ("lay", [ZA + "010"], "简体，河南话", "俺就是想开点平常吃的降压药，去急诊中不中？急诊是不是不用挂号？"),
    ("two_part", [ZA + "011"], "繁體，普通", "我想掛的那位醫生號已經約滿了，有沒有辦法等別人退號？能不能到現場請醫生加號？"),
    ("context", [ZA + "012"], "简体，祖父母陪诊", "孩子爸妈都在外地打工，孙子一直是我带。下个礼拜要带他去医院看病，可能要做个检查。我是奶奶，签字算数吗？"),
    ("plain", [ZT + "001"], "简体，上海话", "明朝早上抽血要空肚皮，今朝夜里几点以后就勿好吃了？"),
    ("two_part", [ZT + "001"], "繁體，上班族", "抽血前可以喝黑咖啡嗎？抽完血針孔要按多久？"),
    ("plain", [ZT + "002"], "简体，普通", "做肠镜前两天能吃红心火龙果吗？我家里买了一箱。"),
    ("context", [ZT + "002"], "简体，长故事，焦虑", "我下周二上午做肠镜，已经按说明书开始吃少渣的东西了。昨天晚上开始喝泻药，到现在拉的还是有渣子，不是清水。上次做肠镜就是因为没拉干净白做了，我特别怕再白做一次。我现在该怎么办？"),
    ("two_part", [ZT + "003"], "繁體，普通", "做核磁共振可以戴假牙進去嗎？手機和銀行卡要放哪裡？"),
    ("plain", [ZT + "003"], "粤语", "我心口装咗起搏器，可唔可以照MRI？要点做？"),
    ("lay", [ZT + "004"], "简体，东北话", "做那个打药水的增强CT完事儿了，能直接回家不？"),
    ("plain", [ZT + "004"], "繁體，普通", "做增強CT一定要家屬陪同嗎？"),
    ("context", [ZT + "005"], "简体，年轻女性", "我上周拍了胸片，今天验孕发现怀孕了，当时完全不知道。现在很慌，在网上看了好多说法。我该去哪里问？"),
    ("plain", [ZT + "006"], "繁體，普通", "我上個禮拜做過鋇餐，這週要做腹部CT，需要告訴醫生嗎？"),
    ("two_part", [ZT + "007"], "简体，贴预约单", "预约单上写：“上腹部B超+泌尿系B超，请按要求做好准备。”我同一天要做肝胆B超和膀胱B超，先做哪个？做膀胱的那个要喝多少水？"),
    ("lay", [ZT + "007"], "台灣國語", "我要做陰道超音波耶，是要憋尿還是要先去尿尿啊？"),
    ("plain", [ZT + "009"], "繁體，普通", "驗大便的時候要取多少量？"),
    ("lay", [ZT + "010"], "简体，夹英文", "我明天要戴Holter，戴的那一天可以洗澡吗？家里有电热毯要不要关？"),
    ("plain", [ZT + "008", ZP + "010"], "海归，夹英文", "做无痛gastroscopy，我自己drive过来，做完可以自己开车走吗？"),
    ("context", [ZT + "011"], "简体，糖尿病患者家属", "我爸有糖尿病，每天早上打胰岛素。下周要做一个需要空腹的检查，开单的医生那天太忙，什么都没交代。我们不确定那天早上胰岛素还打不打，去哪里可以问？"),
    ("plain", [ZP + "001"], "繁體，普通", "日間手術一般要在醫院待多久？"),
    ("lay", [ZP + "002"], "繁體，香港長者", "做手術之前可唔可以食粒糖？我口乾。"),
    ("two_part", [ZP + "003"], "简体，外卖骑手", "我做完日间手术能不能自己骑电动车回家？没人来接的话能自己打网约车吗？"),
    ("plain", [ZP + "004"], "繁體，普通", "手術同意書一定要我本人簽嗎？可以讓我兒子簽嗎？"),
    ("lay", [ZP + "005"], "简体，年轻女性", "明天手术，我刚做了美甲，需要卸掉吗？为什么？"),
    ("context", [ZP + "007"], "简体，长故事", "我爸上周门诊时医生说要住院做手术，开了住院证。我们在家等了一个礼拜了，一直没人通知。家里人都急得不行，怕耽误了。我们现在应该主动联系谁？"),
    ("two_part", [ZP + "008"], "繁體，上班族", "出院結算的時候要帶什麼？醫保的錢要我們自己先付全額嗎？"),
    ("lay", [ZP + "009"], "简体，四川话", "我睡瞌睡打鼾打得凶，麻醉之前要跟医生说不嘛？"),
    ("two_part", [ZP + "010"], "简体，普通", "做完无痛胃镜多久能吃东西？活检的结果要等几天？"),
    ("lay", [ZP + "011", ZP + "005"], "粤语", "我下礼拜做手术，但系咁啱嚟M，使唔使同医生讲？"),
    ("plain", [ZP + "012"], "繁體，普通", "我的傷口用的是皮膚膠，還需要回來拆線嗎？"),
    ("two_part", [ZM + "001"], "简体，慢病老人", "我高血压吃的药一直没变，一次能多开几个月吗？开了长期处方是不是就不用来复查了？"),
    ("plain", [ZM + "002"], "繁體，普通", "線上續藥可以順便請醫生幫我把劑量調高一點嗎？"),
    ("lay", [ZM + "003"], "简体，糖尿病患者", "胰岛素放冰箱冷冻层行不行？坐飞机的时候要托运吗？"),
    ("plain", [ZM + "004"], "繁體，普通", "家裡過期的藥可以拿到你們醫院丟嗎？"),
    ("lay", [ZM + "006"], "繁體，香港長者", "藥袋寫住「一日三次」，係咪一定要三餐飯後食？"),
    ("two_part", [ZM + "009"], "简体，孕妇", "我怀孕了，想问问现在吃的药有没有影响，你们有药师可以咨询吗？怎么预约？"),
    ("context", [ZM + "011", ZR + "009"], "简体，长故事", "昨天在药房拿了药，回家才发现有一盒药是我家里还有的，根本不需要。我还没拆封，小票也在。今天想去退掉。能退吗？"),
    ("plain", [ZV + "001"], "简体，普通", "病房一般几点可以探视？上午去可以吗？"),
    ("context", [ZV + "002"], "繁體，家長", "我女兒今年八歲，外婆住院快兩個禮拜了，她天天吵著要去看外婆。最近學校流感很多，她自己倒是沒生病。請問八歲的小孩可以進病房探視嗎？"),
    ("lay", [ZV + "003"], "繁體，探病朋友", "想給住院的朋友送一束花和一個氣球，病房讓不讓帶？"),
    ("two_part", [ZV + "004"], "简体，家属", "ICU一次能进去几个家属？进去前要穿什么？"),
    ("lay", [ZV + "006"], "简体，东北话", "俺家老爷子住院了，俺们能在医院陪床不？能换着班来陪不？"),
    ("context", [ZV + "007"], "简体，长故事", "我婆婆做完胃部手术住在普外科，医生说现在是流质饮食。她一直说嘴里没味儿，想吃我做的红烧肉和小米粥。我明天中午去送饭。送什么合适？"),
    ("plain", [ZR + "003"], "繁體，普通", "抽血的報告一般多久能出來？病理報告要等多久？"),
    ("two_part", [ZR + "007"], "繁體，外地患者", "我的醫保是外省的，來你們醫院住院能直接刷嗎？沒有備案的話怎麼辦？"),
]

ZH_NOT = [
    ("missing_detail", [], "简体，年轻人；near kb-zh-appointments-001", "可以用支付宝小程序挂你们医院的号吗？"),
    ("missing_detail", [], "简体，普通；near kb-zh-appointments-002", "网上退号要扣手续费吗？扣多少？"),
    ("missing_detail", [], "繁體，上班族；near kb-zh-appointments-006", "星期六下午幾點以後就不能報到了？"),
    ("missing_detail", [], "简体，子女；near kb-zh-appointments-007", "服务台借的轮椅有没有电动的？我妈自己推不动。"),
    ("missing_detail", [], "简体，独居老人；near kb-zh-appointments-007", "请志愿者全程陪诊要收钱吗？一次多少钱？"),
    ("missing_detail", [], "简体，少数民族患者家属；near kb-zh-appointments-008", "我爸只会说维吾尔语，你们医院有维吾尔语翻译吗？哪天在？"),
    ("missing_detail", [], "繁體，開車族；near kb-zh-appointments-009", "醫院停車場一個小時收多少錢？"),
    ("missing_detail", [], "简体，电车车主；near kb-zh-appointments-009", "医院停车场有没有新能源车的充电桩？"),
    ("missing_detail", [], "粤语；near kb-zh-appointments-011", "医生现场加号使唔使另外畀钱？"),
    ("missing_detail", [], "简体，新手妈妈；near kb-zh-appointments-012", "儿科门诊那层有没有母婴室可以喂奶？"),
    ("missing_detail", [], "简体，普通；near kb-zh-test_preparation-003", "做一次头部核磁大概多少钱？医保能报多少？"),
    ("missing_detail", [], "繁體，普通；near kb-zh-test_preparation-007", "B超室星期天有開嗎？"),
    ("missing_detail", [], "简体，出差族；near kb-zh-test_preparation-010", "戴着动态心电图那个盒子能坐飞机吗？过安检会不会有问题？"),
    ("missing_detail", [], "繁體，普通；near kb-zh-procedures-007", "住院有單人房嗎？一天多少錢？"),
    ("missing_detail", [], "台灣國語；near kb-zh-procedures-010", "無痛胃鏡的麻醉費用健保…喔不是，醫保可以報嗎？"),
    ("missing_detail", [], "简体，大妈；near kb-zh-medications-004", "把过期药拿到你们药房回收，能换鸡蛋或者积分吗？"),
    ("missing_detail", [], "繁體，普通；near kb-zh-medications-009", "藥學諮詢門診是哪位藥師看診？星期幾有？"),
    ("missing_detail", [], "简体，宠物主人；near kb-zh-visiting-001", "我奶奶住院很想她的小狗，探视的时候可以把狗带进病房吗？"),
    ("missing_detail", [], "简体，家属；near kb-zh-visiting-004", "ICU门口的家属等候区晚上能不能留人过夜？"),
    ("missing_detail", [], "繁體，家屬；near kb-zh-visiting-006", "請醫院的護工一天要多少錢？"),
    ("missing_detail", [], "简体，回族患者家属；near kb-zh-visiting-007", "医院的营养食堂有没有清真餐？"),
    ("missing_detail", [], "简体，普通；near kb-zh-visiting-009", "我爸的主管医生叫什么名字？"),
    ("missing_detail", [], "夹英文；near kb-zh-records_billing-001", "想copy一份住院病历，一页多少钱？"),
    ("missing_detail", [], "繁體，普通；near kb-zh-records_billing-001", "病案室在幾樓？"),
    ("missing_detail", [], "简体，外企员工，夹英文；near kb-zh-records_billing-005", "我要给公司的insurance报销，费用清单可以出英文版的吗？"),
    ("missing_detail", [], "繁體，上班族；near kb-zh-records_billing-008", "電子發票能不能開成公司抬頭？"),
    ("missing_detail", [], "繁體，外國遊客；near kb-zh-records_billing-006", "我是來旅遊的外國人，可以用我自己國家的保險直接付費嗎？"),
    ("missing_detail", [], "简体，学生；near kb-zh-records_billing-011", "学生开病假证明要收费吗？"),
    ("missing_detail", [], "繁體，普通；near kb-zh-procedures-012", "可以拆線的社區醫院有哪幾家？有名單嗎？"),
    ("missing_detail", [], "粤语；near kb-zh-records_billing-010", "打印一张菲林要几多钱？"),
    ("missing_detail", [], "简体，普通；near kb-zh-appointments-004", "办实体就诊卡要不要交工本费？"),
    ("missing_detail", [], "简体，服刑人员家属；near kb-zh-visiting-001", "服刑人员在你们医院住院，家属能去探视吗？"),
    ("off_topic", [], "台灣國語", "你們醫院現在有在徵護理師嗎？要怎麼報名啊？"),
    ("off_topic", [], "繁體，普通", "請問醫院裡可以捐血嗎？"),
    ("off_topic", [], "简体，外地家属", "医院附近有没有便宜点的宾馆可以住？"),
    ("off_topic", [], "粤语", "医院入面有冇提款机？"),
    ("off_topic", [], "简体，年轻女性", "你们医院能不能打九价HPV疫苗？"),
    ("off_topic", [], "繁體，普通", "醫院有沒有做雙眼皮之類的醫美項目？"),
    ("off_topic", [], "简体，普通", "我想去世后捐献遗体，要到医院哪里登记？"),
    ("off_topic", [], "台灣國語", "醫院裡面有沒有共享充電寶可以借啊？手機快沒電了耶。"),
]


def load_ids():
    ids = set()
    for name in ("passages_en.jsonl", "passages_zh.jsonl"):
        path = os.path.join(KB, name)
        if not os.path.exists(path):
            sys.exit("error: passage file not found: %s" % path)
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    ids.add(json.loads(line)["id"])
                except (ValueError, KeyError) as exc:
                    sys.exit("error: bad passage line %s:%d (%s)" % (name, n, exc))
    return ids


def build():
    rows = []
    for lang, ans, nots in (("en", EN_ANS, EN_NOT), ("zh", ZH_ANS, ZH_NOT)):
        assert len(ans) == 60, (lang, "answerable", len(ans))
        assert len(nots) == 40, (lang, "not answerable", len(nots))
        n = 0
        for kind, gold, voice, q in ans + nots:
            n += 1
            rows.append({"id": "r8-%s-%03d" % (lang, n), "language": lang,
                         "question": q, "answerable": bool(gold), "gold": list(gold),
                         "kind": kind, "voice": voice})
    return rows


def check(rows, ids):
    assert len(rows) == 200
    assert len({r["id"] for r in rows}) == 200, "duplicate ids"
    assert len({r["question"] for r in rows}) == 200, "duplicate questions"
    ans_kinds = {"plain", "context", "lay", "two_part"}
    for r in rows:
        if r["answerable"]:
            assert r["kind"] in ans_kinds, r["id"]
            assert r["gold"], r["id"]
            for g in r["gold"]:
                assert g in ids, (r["id"], g)
                assert g.startswith("kb-%s-" % r["language"]), (r["id"], g)
        else:
            assert r["kind"] in {"missing_detail", "off_topic"}, r["id"]
            assert r["gold"] == [], r["id"]
            if r["kind"] == "missing_detail":
                near = r["voice"].split("near ")[-1]
                assert "near kb-" in r["voice"] and near in ids, (r["id"], near)
    for lang in ("en", "zh"):
        sub = [r for r in rows if r["language"] == lang]
        md = sum(1 for r in sub if r["kind"] == "missing_detail")
        assert md >= 25, (lang, md)
        used = {g for r in sub for g in r["gold"]}
        assert len(used) >= 40, (lang, len(used))


def main():
    ids = load_ids()
    rows = build()
    check(rows, ids)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
