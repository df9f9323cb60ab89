#!/usr/bin/env python3
"""Build questions.jsonl for brief U42: a blind don't-know test set from personas, questions first.

Standard library only, no randomness; every question and label is a literal below.
Rows u42-<lang>-001..130 are the step-1 questions (written before the KB was opened), in step-1 order;
ids of dropped step-1 questions are left as gaps and listed in DROPPED. Rows 131 and up are `added`
rows written after reading the KB.
"""
import json
import os

KB_DIR = os.environ.get("MEDQA_KB_DIR", "/work/main/medqa/assets/kb")
HERE = os.path.dirname(os.path.abspath(__file__))

# (persona, id, question, answerable, gold, kind, voice)
ROWS = [
    # ---- E1 ----
    ("E1", "u42-en-001", "Got a letter for a camera test up my bladder. How long am I actually in the building for?", False, [], "off_topic", "gruff publican"),
    ("E1", "u42-en-003", "Do I have to stop eating beforehand, or is that only if you're put under?", False, [], "missing_detail", "gruff publican"),
    ("E1", "u42-en-004", "I'm on blood thinners. Who do I ring to ask whether I stop them before the test, you lot or my GP?", True, ["kb-en-procedures-007"], "answered", "gruff publican"),
    ("E1", "u42-en-005", "Do I bring a wee sample with me in a pot or do you take it there?", False, [], "missing_detail", "gruff publican"),
    ("E1", "u42-en-006", "Will I be fit to stand behind the bar the same evening?", False, [], "off_topic", "gruff publican"),
    ("E1", "u42-en-007", "What number do I call to move the date? It clashes with my beer delivery.", False, [], "missing_detail", "gruff publican"),
    ("E1", "u42-en-008", "Is there parking by the urology unit and what does two hours cost?", False, [], "missing_detail", "gruff publican"),
    ("E1", "u42-en-009", "If it stings when I pee afterwards, how many days is that normal for?", False, [], "off_topic", "gruff publican"),
    ("E1", "u42-en-010", "Am I allowed a pint that night or should I lay off it?", False, [], "missing_detail", "gruff publican"),
    ("E1", "u42-en-011", "Do I get told what they found on the day or does it come by post?", False, [], "missing_detail", "gruff publican"),
    ("E1", "u42-en-012", "The wife wants to come in with me. Is she allowed in the room during the test?", False, [], "missing_detail", "gruff publican"),
    ("E1", "u42-en-013", "Have you got any early slots before nine? I open up at eleven.", False, [], "missing_detail", "gruff publican"),
    # ---- E2 ----
    ("E2", "u42-en-014", "My sister has been taken onto one of the medical wards and I should like to know at what time I may visit her in the afternoons.", False, [], "missing_detail", "polite elderly sister"),
    ("E2", "u42-en-015", "Is there a bus that stops near the main entrance, and which number would I want from the town centre?", False, [], "missing_detail", "polite elderly sister"),
    ("E2", "u42-en-016", "May I bring in her own nightdresses and take them home to launder, or must she wear the hospital gowns?", True, ["kb-en-procedures-008"], "answered", "polite elderly sister"),
    ("E2", "u42-en-017", "She is rather hard of hearing; is there a way for me to telephone the ward and have a nurse pass a message on to her?", False, [], "missing_detail", "polite elderly sister"),
    ("E2", "u42-en-018", "Could you tell me whether there is somewhere in the hospital I might buy a cup of tea and a sandwich, and until what hour it stays open?", False, [], "off_topic", "polite elderly sister"),
    ("E2", "u42-en-019", "I have no mobile telephone. Is there a public telephone I could use in the hospital?", False, [], "off_topic", "polite elderly sister"),
    ("E2", "u42-en-020", "Is it permitted to bring her some grapes and a little homemade cake?", True, ["kb-en-visiting-003"], "answered", "polite elderly sister"),
    ("E2", "u42-en-021", "The doctors say she must weigh herself every morning once she is home; does the hospital lend out bathroom scales?", False, [], "missing_detail", "polite elderly sister"),
    ("E2", "u42-en-022", "Whom should I speak to about arranging some help at home before she is discharged?", True, ["kb-en-procedures-009"], "answered", "polite elderly sister"),
    ("E2", "u42-en-023", "How much notice are families given of a discharge, and at what time of day do patients usually leave?", False, [], "missing_detail", "polite elderly sister"),
    ("E2", "u42-en-024", "Would the hospital arrange transport to bring her home, as neither of us drives?", True, ["kb-en-appointments-009", "kb-en-procedures-009"], "answered", "polite elderly sister"),
    ("E2", "u42-en-025", "She is a regular churchgoer; is there a chaplain who might visit her on the ward on a Sunday?", False, [], "missing_detail", "polite elderly sister"),
    ("E2", "u42-en-026", "I should like to write a letter of thanks to the nurses afterwards. To whom should it be addressed?", True, ["kb-en-visiting-012"], "answered", "polite elderly sister"),
    # ---- E3 ----
    ("E3", "u42-en-027", "how long do i have to keep the cast on roughly and do i come back to the same place to get it off", False, [], "off_topic", "lowercase texting groomer"),
    ("E3", "u42-en-028", "can i get it wet at all?? need to shower lol", False, [], "off_topic", "lowercase texting groomer"),
    ("E3", "u42-en-029", "where do i get crutches from and do i have to pay for them or give them back after", False, [], "off_topic", "lowercase texting groomer"),
    ("E3", "u42-en-030", "my leg is sooo itchy under the cast is there anything i can do about it", False, [], "off_topic", "lowercase texting groomer"),
    ("E3", "u42-en-031", "what time does the fracture clinic open, my appointment letter doesnt say", False, [], "off_topic", "lowercase texting groomer"),
    ("E3", "u42-en-032", "im self employed, can the hospital give me a sick note or do i get that from my gp", True, ["kb-en-records_billing-011"], "answered", "lowercase texting groomer"),
    ("E3", "u42-en-033", "is there usually a long wait at fracture clinic, like how many hours should i budget", False, [], "missing_detail", "lowercase texting groomer"),
    ("E3", "u42-en-034", "can i drive with a cast on my left leg if my car is an automatic", False, [], "off_topic", "lowercase texting groomer"),
    ("E3", "u42-en-035", "do i need to bring anything with me to the fracture clinic appointment", True, ["kb-en-appointments-004"], "answered", "lowercase texting groomer"),
    ("E3", "u42-en-036", "my toes go a bit puffy in the evenings, who do i ring to check if thats ok", False, [], "off_topic", "lowercase texting groomer"),
    ("E3", "u42-en-037", "will i need physio after and do i have to refer myself or does the hospital do it", False, [], "off_topic", "lowercase texting groomer"),
    ("E3", "u42-en-038", "is there free wifi in the waiting area, my phone data is nearly gone", True, ["kb-en-visiting-011"], "answered", "lowercase texting groomer"),
    ("E3", "u42-en-039", "can my mum stop in the drop-off bay to get me to the door or will she get a ticket", True, ["kb-en-appointments-008"], "answered", "lowercase texting groomer"),
    # ---- E4 ----
    ("E4", "u42-en-040", "Is there a quiet waiting area at audiology for patients who find crowded rooms distressing?", True, ["kb-en-appointments-007", "kb-en-appointments-011"], "answered", "precise carer father"),
    ("E4", "u42-en-041", "Can we ask for the first appointment of the day so that he does not have to wait?", False, [], "missing_detail", "precise carer father"),
    ("E4", "u42-en-042", "My son has a hospital passport describing his needs. Where should we hand it in when we arrive?", False, [], "missing_detail", "precise carer father"),
    ("E4", "u42-en-043", "How long does a full adult hearing test take, from start to finish?", False, [], "off_topic", "precise carer father"),
    ("E4", "u42-en-044", "Does the hospital have a learning disability liaison nurse, and how do I contact them?", False, [], "missing_detail", "precise carer father"),
    ("E4", "u42-en-045", "If he needs hearing aids, are they provided free of charge, and how long is the wait to have them fitted?", False, [], "off_topic", "precise carer father"),
    ("E4", "u42-en-046", "Where do we get replacement hearing aid batteries, and do we pay for them?", False, [], "off_topic", "precise carer father"),
    ("E4", "u42-en-047", "As his carer, may I go into the sound booth with him during the test?", False, [], "missing_detail", "precise carer father"),
    ("E4", "u42-en-048", "He gets a lot of ear wax; does the hospital remove it before the test or should our GP surgery do that first?", False, [], "off_topic", "precise carer father"),
    ("E4", "u42-en-049", "Is there a free or discounted parking permit for carers?", False, [], "missing_detail", "precise carer father"),
    ("E4", "u42-en-050", "Can his appointment letters be sent in an easy-read format?", True, ["kb-en-appointments-007"], "answered", "precise carer father"),
    ("E4", "u42-en-051", "Is the ENT clinic in the same building as audiology, and can both appointments be on the same day?", False, [], "off_topic", "precise carer father"),
    ("E4", "u42-en-052", "If he cannot fully consent for himself, will I be asked to sign anything on his behalf?", True, ["kb-en-procedures-006"], "answered", "precise carer father"),
    # ---- E5 ----
    ("E5", "u42-en-053", "My granddaughter is coming in for a peanut challenge. Roughly how long will she be on the day unit? Do I need to clear the whole day?", False, [], "off_topic", "chatty grandmother"),
    ("E5", "u42-en-054", "Should she have breakfast that morning or come in with an empty tummy?", False, [], "off_topic", "chatty grandmother"),
    ("E5", "u42-en-055", "Do we bring the peanut food in ourselves or does the hospital provide it?", False, [], "off_topic", "chatty grandmother"),
    ("E5", "u42-en-056", "She takes a hay fever tablet most days. Does she need to stop it before the challenge, and for how many days?", False, [], "missing_detail", "chatty grandmother"),
    ("E5", "u42-en-057", "I'm her legal guardian rather than her mum. Will that be a problem with the forms, and should I bring the court paperwork?", False, [], "missing_detail", "chatty grandmother"),
    ("E5", "u42-en-058", "Can her little brother, he's four, come along with us, or would it be better to leave him with a neighbour?", False, [], "missing_detail", "chatty grandmother"),
    ("E5", "u42-en-059", "Is there a playroom or something to keep her busy, and can she bring her tablet to watch?", False, [], "missing_detail", "chatty grandmother"),
    ("E5", "u42-en-060", "Is there anywhere on the children's unit where I can heat up food, or get a hot meal nearby?", False, [], "missing_detail", "chatty grandmother"),
    ("E5", "u42-en-061", "She'll be off school that day. Can the hospital give me a letter for the school?", True, ["kb-en-records_billing-011"], "answered", "chatty grandmother"),
    ("E5", "u42-en-062", "If she passes, who tells us what she's allowed to eat at home afterwards?", False, [], "off_topic", "chatty grandmother"),
    ("E5", "u42-en-063", "I'm on a pension. Is there any help with the cost of travelling to hospital appointments?", True, ["kb-en-records_billing-010", "kb-en-appointments-009"], "answered", "chatty grandmother"),
    ("E5", "u42-en-064", "If she comes down with a cold that week, should I ring to rebook, and what's the number?", False, [], "missing_detail", "chatty grandmother"),
    # ---- E6 ----
    ("E6", "u42-en-066", "Is the pre-op assessment a walk-in or do I need a booked slot?", False, [], "missing_detail", "blunt firefighter"),
    ("E6", "u42-en-067", "What time do I need to get there if I'm on the morning list?", False, [], "missing_detail", "blunt firefighter"),
    ("E6", "u42-en-068", "What time is the cut-off for eating, and is it different for water?", True, ["kb-en-procedures-003"], "answered", "blunt firefighter"),
    ("E6", "u42-en-070", "Does somebody have to stay with me the first night? My partner's working nights that week.", True, ["kb-en-procedures-004"], "answered", "blunt firefighter"),
    ("E6", "u42-en-071", "Roughly how many weeks off should I plan for? My job means climbing ladders and carrying kit.", False, [], "off_topic", "blunt firefighter"),
    ("E6", "u42-en-072", "Do I get the fit note for my employer from the hospital or from my GP?", True, ["kb-en-records_billing-011"], "answered", "blunt firefighter"),
    ("E6", "u42-en-073", "Should I shave my knee beforehand?", True, ["kb-en-procedures-012"], "answered", "blunt firefighter"),
    ("E6", "u42-en-074", "When can I take the dressing off and have a shower?", True, ["kb-en-procedures-010"], "answered", "blunt firefighter"),
    ("E6", "u42-en-075", "Where do I leave my wallet and phone while I'm in theatre?", True, ["kb-en-procedures-012", "kb-en-visiting-010", "kb-en-procedures-008"], "answered", "blunt firefighter"),
    ("E6", "u42-en-076", "Will I need crutches, and does the hospital give me them?", False, [], "off_topic", "blunt firefighter"),
    ("E6", "u42-en-077", "How soon can I get back on the exercise bike at the station gym?", False, [], "off_topic", "blunt firefighter"),
    ("E6", "u42-en-078", "Do I get a follow-up appointment or just a phone call afterwards?", False, [], "missing_detail", "blunt firefighter"),
    # ---- E7 ----
    ("E7", "u42-en-079", "I've been sent for a DaTscan. How long does the whole thing take from arriving to leaving?", False, [], "off_topic", "measured vicar"),
    ("E7", "u42-en-080", "I gather there is a wait of some hours between the injection and the scan. May I leave the building in between?", False, [], "off_topic", "measured vicar"),
    ("E7", "u42-en-081", "Are there any restrictions afterwards, being close to small children for instance? I have a baptism on Sunday.", False, [], "missing_detail", "measured vicar"),
    ("E7", "u42-en-082", "Should I stop any of my usual tablets before the scan, and who is the right person to ask?", False, [], "missing_detail", "measured vicar"),
    ("E7", "u42-en-083", "Is there a Parkinson's specialist nurse I can telephone between appointments, and what is the number?", False, [], "off_topic", "measured vicar"),
    ("E7", "u42-en-084", "May I bring my wife into the consultation with me?", True, ["kb-en-appointments-011"], "answered", "measured vicar"),
    ("E7", "u42-en-085", "Which entrance is nearest to the neurology outpatient clinic?", False, [], "missing_detail", "measured vicar"),
    ("E7", "u42-en-086", "I would like a copy of the clinic letter sent to me as well as to my GP. Is that done routinely?", False, [], "missing_detail", "measured vicar"),
    ("E7", "u42-en-087", "Does the hospital run any support groups or exercise classes for people with Parkinson's?", False, [], "off_topic", "measured vicar"),
    ("E7", "u42-en-088", "Is there a chapel or a quiet room I might use while I wait?", False, [], "missing_detail", "measured vicar"),
    ("E7", "u42-en-089", "My handwriting has become very small and shaky. Can I fill in the hospital's forms online instead?", False, [], "missing_detail", "measured vicar"),
    ("E7", "u42-en-090", "Will I have to stop driving, and am I obliged to tell anyone about the diagnosis?", False, [], "off_topic", "measured vicar"),
    ("E7", "u42-en-091", "Can I refer myself to physiotherapy, or does it have to come through the consultant?", False, [], "missing_detail", "measured vicar"),
    # ---- E8 ----
    ("E8", "u42-en-092", "How long does the snip actually take, start to finish?", False, [], "off_topic", "jokey mechanic"),
    ("E8", "u42-en-094", "Do I shave down there before I come in, and how much?", True, ["kb-en-procedures-012"], "answered", "jokey mechanic"),
    ("E8", "u42-en-095", "How many days off work should I take? I'm lifting gearboxes all day.", False, [], "off_topic", "jokey mechanic"),
    ("E8", "u42-en-096", "Should I bring tight pants or a jockstrap with me on the day?", False, [], "off_topic", "jokey mechanic"),
    ("E8", "u42-en-097", "Is it done with a local or do they put you to sleep?", False, [], "off_topic", "jokey mechanic"),
    ("E8", "u42-en-098", "When do I do the sperm sample afterwards, and where do I drop it off?", False, [], "off_topic", "jokey mechanic"),
    ("E8", "u42-en-099", "Do I have to pay anything for it?", False, [], "missing_detail", "jokey mechanic"),
    ("E8", "u42-en-102", "How soon can we, you know, have sex again?", False, [], "off_topic", "jokey mechanic"),
    ("E8", "u42-en-103", "Do I sign a consent form, and does my wife have to sign it too?", False, [], "missing_detail", "jokey mechanic"),
    ("E8", "u42-en-104", "What number do I ring if it swells up a lot in the days after?", False, [], "missing_detail", "jokey mechanic"),
    # ---- E9 ----
    ("E9", "u42-en-105", "Is the iron used in the infusion derived from any animal source? I am strictly vegetarian.", False, [], "off_topic", "careful retired curator"),
    ("E9", "u42-en-106", "How long should I expect an iron infusion appointment to last?", False, [], "off_topic", "careful retired curator"),
    ("E9", "u42-en-107", "May I eat breakfast and take my usual tablets on the morning of the infusion?", False, [], "missing_detail", "careful retired curator"),
    ("E9", "u42-en-108", "Is vegetarian food available on the day unit, or should I bring my own lunch?", False, [], "off_topic", "careful retired curator"),
    ("E9", "u42-en-110", "Is it normal for my stools to change colour after iron, and for how long?", False, [], "off_topic", "careful retired curator"),
    ("E9", "u42-en-111", "How soon afterwards will my blood be checked again, and where is that done?", False, [], "off_topic", "careful retired curator"),
    ("E9", "u42-en-112", "Is there a hearing loop at the reception desk?", True, ["kb-en-appointments-012"], "answered", "careful retired curator"),
    ("E9", "u42-en-113", "How do I request a copy of my blood test results and my medical records?", True, ["kb-en-records_billing-001", "kb-en-records_billing-003", "kb-en-records_billing-002"], "answered", "careful retired curator"),
    ("E9", "u42-en-114", "Is there a fee for obtaining a copy of my records?", False, [], "missing_detail", "careful retired curator"),
    ("E9", "u42-en-115", "I pray every morning. Is there a multi-faith prayer room in the hospital?", False, [], "missing_detail", "careful retired curator"),
    ("E9", "u42-en-116", "Should I stop my iron tablets before the infusion, and whom should I ask?", False, [], "missing_detail", "careful retired curator"),
    ("E9", "u42-en-117", "Where exactly do I report on arrival? Does the day unit have its own reception?", False, [], "missing_detail", "careful retired curator"),
    # ---- E10 ----
    ("E10", "u42-en-118", "Can both me and his mum stay overnight on the ward, or is it one parent only?", True, ["kb-en-visiting-009", "kb-en-visiting-008"], "answered", "stressed divorced dad"),
    ("E10", "u42-en-119", "Is there somewhere I can have a shower if I'm staying over?", False, [], "off_topic", "stressed divorced dad"),
    ("E10", "u42-en-120", "Is there a parents' kitchen, or do I have to buy all my food from the canteen?", False, [], "missing_detail", "stressed divorced dad"),
    ("E10", "u42-en-121", "Who teaches us the injections and finger pricks, and do both households need to come to the sessions?", False, [], "off_topic", "stressed divorced dad"),
    ("E10", "u42-en-122", "His mum and I aren't together. Can the ward give updates to both of us separately?", True, ["kb-en-visiting-007", "kb-en-records_billing-005"], "answered", "stressed divorced dad"),
    ("E10", "u42-en-123", "How many days do kids usually stay in after they first get diagnosed?", False, [], "off_topic", "stressed divorced dad"),
    ("E10", "u42-en-124", "Once he's home, where do we get the needles, test strips and sensors, the hospital or the chemist?", False, [], "missing_detail", "stressed divorced dad"),
    ("E10", "u42-en-125", "Is there a diabetes nurse we can phone in the evening if we're not sure about something?", False, [], "off_topic", "stressed divorced dad"),
    ("E10", "u42-en-126", "Will the hospital talk to his school about his diabetes, or is that down to us?", False, [], "off_topic", "stressed divorced dad"),
    ("E10", "u42-en-127", "Is there a weekly parking ticket for parents of kids on the ward?", False, [], "missing_detail", "stressed divorced dad"),
    ("E10", "u42-en-128", "He's mad on football. Who can tell us how he manages his sugar around Saturday matches?", False, [], "off_topic", "stressed divorced dad"),
    ("E10", "u42-en-129", "Can his mates visit him on the ward, and is there an age limit for visitors?", True, ["kb-en-visiting-001", "kb-en-visiting-002", "kb-en-visiting-009"], "answered", "stressed divorced dad"),
    ("E10", "u42-en-130", "I'm self-employed and lose money every day I'm here. Is there any financial help for parents?", True, ["kb-en-records_billing-010"], "answered", "stressed divorced dad"),
    # ---- E1 ----
    ("E1", "u42-en-131", "Letter says ring if you're poorly on the day. If I've got the runs that morning, do I still come in?", True, ["kb-en-appointments-002"], "added", "gruff publican"),
    # ---- E2 ----
    ("E2", "u42-en-132", "If my sister's ward has to stop visitors because of an infection, may I still come in to see her as her carer?", True, ["kb-en-visiting-006"], "added", "polite elderly sister"),
    # ---- E3 ----
    ("E3", "u42-en-133", "if i get a bill i cant pay all in one go can i pay it off bit by bit", True, ["kb-en-records_billing-009"], "added", "lowercase texting groomer"),
    # ---- E4 ----
    ("E4", "u42-en-134", "Can his communication needs be recorded on his file, so that we do not have to explain them at every visit?", True, ["kb-en-appointments-007", "kb-en-appointments-012"], "added", "precise carer father"),
    # ---- E6 ----
    ("E6", "u42-en-135", "My wedding ring won't come off over the knuckle. Is that a problem on the day of the op?", True, ["kb-en-procedures-012"], "added", "blunt firefighter"),
    # ---- E8 ----
    ("E8", "u42-en-136", "If I get cold feet after I've signed the consent form, can I still back out?", True, ["kb-en-procedures-006"], "added", "jokey mechanic"),
    # ---- E9 ----
    ("E9", "u42-en-137", "If a result appears in the patient portal marked abnormal before anyone has spoken to me, what should I do?", True, ["kb-en-records_billing-003"], "added", "careful retired curator"),
    # ---- E10 ----
    ("E10", "u42-en-138", "When he's home on insulin, how do we get rid of the used needles?", True, ["kb-en-medications-003"], "added", "stressed divorced dad"),
    # ---- Z1 ----
    ("Z1", "u42-zh-001", "我手指缝了针，多久可以拆线啊，在哪里拆？", False, [], "missing_detail", "湖南木匠，语音输入"),
    ("Z1", "u42-zh-002", "换药是要挂号还是直接去换药室？换药室几点开门", False, [], "missing_detail", "湖南木匠，语音输入"),
    ("Z1", "u42-zh-003", "伤口能不能碰水，我要洗澡咋办", True, ["kb-zh-procedures-006", "kb-zh-self_care-004"], "answered", "湖南木匠，语音输入"),
    ("Z1", "u42-zh-004", "手外科门诊周六有没有开，我平时要开工", False, [], "off_topic", "湖南木匠，语音输入"),
    ("Z1", "u42-zh-005", "挂号费多少前，能用医保卡吗", False, [], "missing_detail", "湖南木匠，语音输入"),
    ("Z1", "u42-zh-006", "我是外地医保，在这边看能报销吗", True, ["kb-zh-records_billing-007"], "answered", "湖南木匠，语音输入"),
    ("Z1", "u42-zh-007", "医生说要做康复训练，康复科在几楼", False, [], "missing_detail", "湖南木匠，语音输入"),
    ("Z1", "u42-zh-008", "开的药在哪个窗口拿，排队太长能不能手机上缴费", True, ["kb-zh-medications-011", "kb-zh-records_billing-004"], "answered", "湖南木匠，语音输入"),
    ("Z1", "u42-zh-009", "病历本丢了能补一个吗，要钱不", False, [], "missing_detail", "湖南木匠，语音输入"),
    ("Z1", "u42-zh-010", "我能开病价条吗，老板要证明", True, ["kb-zh-records_billing-011"], "answered", "湖南木匠，语音输入"),
    ("Z1", "u42-zh-011", "手上的纱布能不能自己换，要去药店买啥子东西", False, [], "missing_detail", "湖南木匠，语音输入"),
    ("Z1", "u42-zh-012", "医院附近有没有便宜的停车场，我开的面包车停那里好", False, [], "missing_detail", "湖南木匠，语音输入"),
    ("Z1", "u42-zh-013", "复诊要不要提前预约，打哪个电话约", False, [], "missing_detail", "湖南木匠，语音输入"),
    # ---- Z2 ----
    ("Z2", "u42-zh-014", "請問做妊娠糖尿病檢查要空腹幾個小時？前一晚幾點以後不能吃東西？", True, ["kb-zh-test_preparation-001"], "answered", "台灣幼兒園老師，客氣"),
    ("Z2", "u42-zh-015", "喝糖水之後要抽幾次血，整個檢查大概要待多久？", False, [], "off_topic", "台灣幼兒園老師，客氣"),
    ("Z2", "u42-zh-016", "檢查中間可以離開去買東西或是上廁所嗎？", False, [], "off_topic", "台灣幼兒園老師，客氣"),
    ("Z2", "u42-zh-017", "可以帶大女兒（3歲）一起來嗎？院內有沒有兒童遊戲區？", False, [], "off_topic", "台灣幼兒園老師，客氣"),
    ("Z2", "u42-zh-018", "產檢可以用網路掛號嗎？要怎麼操作？", True, ["kb-zh-appointments-001", "kb-zh-appointments-004"], "answered", "台灣幼兒園老師，客氣"),
    ("Z2", "u42-zh-019", "產檢要帶媽媽手冊跟健保卡嗎？忘了帶怎麼辦？", False, [], "missing_detail", "台灣幼兒園老師，客氣"),
    ("Z2", "u42-zh-020", "自費項目大概多少錢，可以刷卡嗎？", False, [], "missing_detail", "台灣幼兒園老師，客氣"),
    ("Z2", "u42-zh-021", "醫院有沒有哺乳室？在幾樓？", False, [], "off_topic", "台灣幼兒園老師，客氣"),
    ("Z2", "u42-zh-022", "停車場有沒有孕婦專用車位或停車優惠？", False, [], "missing_detail", "台灣幼兒園老師，客氣"),
    ("Z2", "u42-zh-023", "我要跟學校請假，醫院可以開就診證明嗎？要多少錢？", False, [], "missing_detail", "台灣幼兒園老師，客氣"),
    ("Z2", "u42-zh-024", "院內有沒有孕婦衛教課程？要怎麼報名？", False, [], "off_topic", "台灣幼兒園老師，客氣"),
    ("Z2", "u42-zh-025", "懷孕便秘很嚴重，自己在家可以怎麼改善？", False, [], "off_topic", "台灣幼兒園老師，客氣"),
    ("Z2", "u42-zh-026", "之後生產前可以先參觀產房嗎？需要預約嗎？", False, [], "off_topic", "台灣幼兒園老師，客氣"),
    # ---- Z3 ----
    ("Z3", "u42-zh-027", "醫生話要做貼膚測試，要貼幾日㗎？中間要返嚟幾多次？", False, [], "off_topic", "香港點心師傅，粵語"),
    ("Z3", "u42-zh-028", "貼住嗰幾日可唔可以沖涼？", False, [], "off_topic", "香港點心師傅，粵語"),
    ("Z3", "u42-zh-029", "我做嘢要成日洗手同搓麵粉，貼住測試可唔可以照返工？", False, [], "off_topic", "香港點心師傅，粵語"),
    ("Z3", "u42-zh-030", "測試前要唔要停食敏感藥？要停幾耐？", False, [], "missing_detail", "香港點心師傅，粵語"),
    ("Z3", "u42-zh-031", "皮膚科門診喺邊座邊層？由港鐵站點行最近？", False, [], "missing_detail", "香港點心師傅，粵語"),
    ("Z3", "u42-zh-032", "覆診想改期打咩電話？幾點到幾點有人聽？", False, [], "missing_detail", "香港點心師傅，粵語"),
    ("Z3", "u42-zh-033", "睇專科門診收幾多錢？可唔可以用八達通畀？", False, [], "missing_detail", "香港點心師傅，粵語"),
    ("Z3", "u42-zh-034", "我啲藥膏用完咗，可唔可以唔使睇醫生直接返去配藥？", True, ["kb-zh-medications-002", "kb-zh-appointments-005"], "answered", "香港點心師傅，粵語"),
    ("Z3", "u42-zh-035", "雙手乾到爆晒，平時可以點護理？搽咩潤膚膏好？", False, [], "off_topic", "香港點心師傅，粵語"),
    ("Z3", "u42-zh-036", "做嘢戴手套會唔會好啲？應該戴咩手套？", False, [], "off_topic", "香港點心師傅，粵語"),
    ("Z3", "u42-zh-037", "攞報告要本人去定係可以叫個女代攞？", False, [], "missing_detail", "香港點心師傅，粵語"),
    ("Z3", "u42-zh-038", "醫院有冇地方食早餐？幾點開？", False, [], "missing_detail", "香港點心師傅，粵語"),
    ("Z3", "u42-zh-039", "我可唔可以喺網上睇返自己嘅病歷同預約？", True, ["kb-zh-records_billing-004"], "answered", "香港點心師傅，粵語"),
    # ---- Z4 ----
    ("Z4", "u42-zh-040", "fuke B超要憋尿吗？憋到什么程度啊", True, ["kb-zh-test_preparation-007"], "answered", "年轻客服，拼音网络用语"),
    ("Z4", "u42-zh-041", "性激素六项要在月经第几天抽血，要不要空腹", False, [], "missing_detail", "年轻客服，拼音网络用语"),
    ("Z4", "u42-zh-042", "我yuejing好几个月没来了，那还怎么挑日子抽血啊", False, [], "off_topic", "年轻客服，拼音网络用语"),
    ("Z4", "u42-zh-043", "抽血结果多久出来，能在手机上查吗", True, ["kb-zh-records_billing-003"], "answered", "年轻客服，拼音网络用语"),
    ("Z4", "u42-zh-044", "妇科门诊可以指定女医生吗 有点害羞hhh", False, [], "off_topic", "年轻客服，拼音网络用语"),
    ("Z4", "u42-zh-045", "周末有妇科门诊吗，工作日请假太麻烦了", False, [], "off_topic", "年轻客服，拼音网络用语"),
    ("Z4", "u42-zh-046", "B超和抽血能同一天做完吗", False, [], "missing_detail", "年轻客服，拼音网络用语"),
    ("Z4", "u42-zh-047", "B超大概多少钱，医保能报吗", False, [], "missing_detail", "年轻客服，拼音网络用语"),
    ("Z4", "u42-zh-048", "我没有性生活，B超是不是可以做肚子上那种", False, [], "missing_detail", "年轻客服，拼音网络用语"),
    ("Z4", "u42-zh-049", "网上guahao一直显示约满了，几点放号啊", True, ["kb-zh-appointments-011", "kb-zh-appointments-001"], "answered", "年轻客服，拼音网络用语"),
    ("Z4", "u42-zh-050", "看完能开电子发票吗，公司要报销", True, ["kb-zh-records_billing-008"], "answered", "年轻客服，拼音网络用语"),
    ("Z4", "u42-zh-051", "来月经的时候能不能做B超", False, [], "missing_detail", "年轻客服，拼音网络用语"),
    ("Z4", "u42-zh-052", "痛经的时候自己可以怎么缓解，热敷有用吗", False, [], "off_topic", "年轻客服，拼音网络用语"),
    # ---- Z5 ----
    ("Z5", "u42-zh-053", "费功能检查要做好久哦，要不要饿肚子", False, [], "off_topic", "四川老矿工，语音输入"),
    ("Z5", "u42-zh-054", "做之前那个喷的药要停不停嘛", False, [], "missing_detail", "四川老矿工，语音输入"),
    ("Z5", "u42-zh-055", "我抽烟几十年了，医院有没得戒烟门诊，在哪点", False, [], "off_topic", "四川老矿工，语音输入"),
    ("Z5", "u42-zh-056", "我是农村医保，在成都看病咋个报销", True, ["kb-zh-records_billing-007", "kb-zh-records_billing-006"], "answered", "四川老矿工，语音输入"),
    ("Z5", "u42-zh-057", "吸入气不会用，有没有人教，是护士教还是药房教", True, ["kb-zh-medications-009"], "answered", "四川老矿工，语音输入"),
    ("Z5", "u42-zh-058", "医院有没得轮椅借，我走远了就喘", True, ["kb-zh-appointments-007"], "answered", "四川老矿工，语音输入"),
    ("Z5", "u42-zh-059", "挂号要用智能手机，我不会弄，有没有人工窗口", True, ["kb-zh-appointments-007"], "answered", "四川老矿工，语音输入"),
    ("Z5", "u42-zh-060", "检查报告好久拿得到，可不可以让我儿子帮我拿", False, [], "missing_detail", "四川老矿工，语音输入"),
    ("Z5", "u42-zh-061", "医院食堂啥子时候开，有没有便宜点的饭", False, [], "missing_detail", "四川老矿工，语音输入"),
    ("Z5", "u42-zh-062", "咳嗽痰多，平时在家可以咋个注意", False, [], "off_topic", "四川老矿工，语音输入"),
    ("Z5", "u42-zh-063", "冬天要不要打流感疫苗，医院打不打得到，要好多钱", False, [], "off_topic", "四川老矿工，语音输入"),
    ("Z5", "u42-zh-064", "老年人看病有没得优先窗口", True, ["kb-zh-appointments-007"], "answered", "四川老矿工，语音输入"),
    ("Z5", "u42-zh-065", "从火车北站到医院坐啥子车", False, [], "missing_detail", "四川老矿工，语音输入"),
    # ---- Z6 ----
    ("Z6", "u42-zh-066", "個仔做包皮手術，要幾點到醫院報到？", False, [], "missing_detail", "香港社工爸爸，粵語"),
    ("Z6", "u42-zh-067", "手術前幾多個鐘唔可以食嘢同飲水？", True, ["kb-zh-procedures-002"], "answered", "香港社工爸爸，粵語"),
    ("Z6", "u42-zh-068", "全身麻醉入手術室，我可唔可以陪佢入去直至佢瞓著？", False, [], "off_topic", "香港社工爸爸，粵語"),
    ("Z6", "u42-zh-070", "佢有隻公仔唔攬住瞓唔著，可唔可以帶埋入手術室？", False, [], "missing_detail", "香港社工爸爸，粵語"),
    ("Z6", "u42-zh-071", "術後幾耐先可以返學同游水？", False, [], "missing_detail", "香港社工爸爸，粵語"),
    ("Z6", "u42-zh-072", "傷口點樣清潔？可唔可以浸浴？", True, ["kb-zh-procedures-006"], "answered", "香港社工爸爸，粵語"),
    ("Z6", "u42-zh-073", "我請假陪個仔，醫院可唔可以出證明信俾我老細？", False, [], "missing_detail", "香港社工爸爸，粵語"),
    ("Z6", "u42-zh-074", "醫院有冇家長休息室？佢做緊手術嗰陣我可以喺邊度等？", False, [], "off_topic", "香港社工爸爸，粵語"),
    ("Z6", "u42-zh-075", "做日間手術要俾幾多錢？", False, [], "missing_detail", "香港社工爸爸，粵語"),
    ("Z6", "u42-zh-076", "如果手術當日佢傷風咳，要唔要改期？打去邊度講？", True, ["kb-zh-procedures-011", "kb-zh-procedures-005"], "answered", "香港社工爸爸，粵語"),
    ("Z6", "u42-zh-077", "醫院附近有冇停車場？泊幾個鐘幾多錢？", False, [], "missing_detail", "香港社工爸爸，粵語"),
    ("Z6", "u42-zh-078", "覆診要幾時返嚟？會唔會寄信通知？", False, [], "missing_detail", "香港社工爸爸，粵語"),
    # ---- Z7 ----
    ("Z7", "u42-zh-079", "我老公做搭桥手术，手术那天家属要在哪里等？要等几个钟头？", False, [], "off_topic", "潮汕老板娘，朴实"),
    ("Z7", "u42-zh-080", "他住ICU的时候我可以进去看吗，几点可以探视？", False, [], "missing_detail", "潮汕老板娘，朴实"),
    ("Z7", "u42-zh-081", "普通病房可以请护工吗，一天多少钱？", False, [], "missing_detail", "潮汕老板娘，朴实"),
    ("Z7", "u42-zh-082", "家属可以在病房陪床吗，有没有陪护床租？", False, [], "missing_detail", "潮汕老板娘，朴实"),
    ("Z7", "u42-zh-083", "病房里能不能自己带饭，有没有微波炉热饭？", False, [], "missing_detail", "潮汕老板娘，朴实"),
    ("Z7", "u42-zh-084", "医院订餐怎么订，有没有清淡的粥？", False, [], "missing_detail", "潮汕老板娘，朴实"),
    ("Z7", "u42-zh-085", "手术费用大概要交多少押金，可以分几次交吗？", False, [], "missing_detail", "潮汕老板娘，朴实"),
    ("Z7", "u42-zh-086", "出院以后要去哪里做心脏康复？", False, [], "off_topic", "潮汕老板娘，朴实"),
    ("Z7", "u42-zh-087", "出院结账在哪个窗口，周末能办吗？", False, [], "missing_detail", "潮汕老板娘，朴实"),
    ("Z7", "u42-zh-088", "住院期间他弟弟一家想来看，一次能来几个人？", True, ["kb-zh-visiting-001"], "answered", "潮汕老板娘，朴实"),
    ("Z7", "u42-zh-089", "他出院回家吃东西要注意啥，可以吃海鲜吗？", False, [], "off_topic", "潮汕老板娘，朴实"),
    ("Z7", "u42-zh-090", "住院能不能开发票给商业保险报销，要哪些材料？", True, ["kb-zh-records_billing-005", "kb-zh-records_billing-008"], "answered", "潮汕老板娘，朴实"),
    ("Z7", "u42-zh-091", "我识字不多，有没有人帮我填表格？", False, [], "missing_detail", "潮汕老板娘，朴实"),
    # ---- Z8 ----
    ("Z8", "u42-zh-092", "宝宝要做排尿造影，是要插尿管吗，家长可以陪在旁边吗", False, [], "off_topic", "焦虑年轻妈妈"),
    ("Z8", "u42-zh-093", "检查前要不要空腹，要饿多久啊，宝宝饿了会哭死的", False, [], "missing_detail", "焦虑年轻妈妈"),
    ("Z8", "u42-zh-094", "造影有辐射吧，我刚怀二胎能进去陪吗", True, ["kb-zh-test_preparation-005"], "answered", "焦虑年轻妈妈"),
    ("Z8", "u42-zh-095", "做B超要憋尿吗，3岁小孩怎么憋啊", False, [], "missing_detail", "焦虑年轻妈妈"),
    ("Z8", "u42-zh-096", "检查在哪里预约，能不能网上约", False, [], "missing_detail", "焦虑年轻妈妈"),
    ("Z8", "u42-zh-097", "儿科门诊周末开不开", False, [], "off_topic", "焦虑年轻妈妈"),
    ("Z8", "u42-zh-098", "检查完多久能拿报告", False, [], "missing_detail", "焦虑年轻妈妈"),
    ("Z8", "u42-zh-099", "检查完回家尿尿会痛吗，在家要怎么照顾", False, [], "off_topic", "焦虑年轻妈妈"),
    ("Z8", "u42-zh-100", "儿科有没有母婴室可以换尿不湿", False, [], "off_topic", "焦虑年轻妈妈"),
    ("Z8", "u42-zh-101", "我忘了给她办医保卡，还能用医保吗", False, [], "missing_detail", "焦虑年轻妈妈"),
    ("Z8", "u42-zh-102", "排队的时候孩子能在哪里玩，有没有儿童游乐区", False, [], "off_topic", "焦虑年轻妈妈"),
    ("Z8", "u42-zh-103", "如果要住院，一个孩子能有几个家长陪", True, ["kb-zh-visiting-006"], "answered", "焦虑年轻妈妈"),
    ("Z8", "u42-zh-104", "小孩平时怎么预防尿路感染，是不是要多喝水", False, [], "off_topic", "焦虑年轻妈妈"),
    # ---- Z9 ----
    ("Z9", "u42-zh-105", "請問做平衡功能檢查前，需要先停用暈眩藥嗎？要提前幾天停？", False, [], "missing_detail", "台灣退休公務員，正式"),
    ("Z9", "u42-zh-106", "檢查會不會讓人頭暈想吐？做完可以自己開車回家嗎？", False, [], "off_topic", "台灣退休公務員，正式"),
    ("Z9", "u42-zh-107", "整個檢查大約需要多少時間？", False, [], "off_topic", "台灣退休公務員，正式"),
    ("Z9", "u42-zh-108", "耳鼻喉科門診在幾樓？從哪個門進去最近？", False, [], "missing_detail", "台灣退休公務員，正式"),
    ("Z9", "u42-zh-109", "年長者的掛號費有沒有減免？", False, [], "missing_detail", "台灣退休公務員，正式"),
    ("Z9", "u42-zh-110", "醫院有沒有志工可以陪同長者看診？", True, ["kb-zh-appointments-007"], "answered", "台灣退休公務員，正式"),
    ("Z9", "u42-zh-111", "檢查前一天可以喝咖啡或喝酒嗎？", False, [], "missing_detail", "台灣退休公務員，正式"),
    ("Z9", "u42-zh-112", "醫院裡有沒有禮拜堂或祈禱室？", False, [], "off_topic", "台灣退休公務員，正式"),
    ("Z9", "u42-zh-113", "可以申請病歷影本嗎？要多少錢、多久可以拿到？", False, [], "missing_detail", "台灣退休公務員，正式"),
    ("Z9", "u42-zh-114", "看診可以講客家話嗎？有沒有客語翻譯？", True, ["kb-zh-appointments-008"], "answered", "台灣退休公務員，正式"),
    ("Z9", "u42-zh-115", "頭暈的時候在家裡要注意什麼，怎麼避免跌倒？", False, [], "off_topic", "台灣退休公務員，正式"),
    ("Z9", "u42-zh-116", "可以請家人代為領藥嗎？需要帶什麼證件？", False, [], "missing_detail", "台灣退休公務員，正式"),
    ("Z9", "u42-zh-117", "慢性病連續處方箋可以在醫院的藥局領嗎？", False, [], "missing_detail", "台灣退休公務員，正式"),
    # ---- Z10 ----
    ("Z10", "u42-zh-118", "安宁疗护病房可以24小时陪户吗，家属能不能睡在病房", True, ["kb-zh-visiting-006"], "answered", "出版社编辑，拼音错字"),
    ("Z10", "u42-zh-119", "探视有时间限制吗，孙子孙女（小学生）能来吗", True, ["kb-zh-visiting-001", "kb-zh-visiting-002"], "answered", "出版社编辑，拼音错字"),
    ("Z10", "u42-zh-120", "能不能带家里养的猫来看她", False, [], "off_topic", "出版社编辑，拼音错字"),
    ("Z10", "u42-zh-121", "病房里能放音乐吗，可以带收音机吗", False, [], "missing_detail", "出版社编辑，拼音错字"),
    ("Z10", "u42-zh-122", "妈妈信佛，临终的时候可以请师父来病房念经吗", False, [], "off_topic", "出版社编辑，拼音错字"),
    ("Z10", "u42-zh-123", "有没有心理咨询或者哀伤辅导给家属", False, [], "off_topic", "出版社编辑，拼音错字"),
    ("Z10", "u42-zh-124", "住安宁病房医保能报多少，每天自费大概多少钱", False, [], "missing_detail", "出版社编辑，拼音错字"),
    ("Z10", "u42-zh-125", "想接她回家度过最后的日子，出院手续怎么办，家里能借到制氧机吗", False, [], "missing_detail", "出版社编辑，拼音错字"),
    ("Z10", "u42-zh-126", "医院有没有自愿者可以帮忙给她洗头", False, [], "missing_detail", "出版社编辑，拼音错字"),
    ("Z10", "u42-zh-127", "去世以后的手续在哪里办，死亡正明怎么开", False, [], "missing_detail", "出版社编辑，拼音错字"),
    ("Z10", "u42-zh-128", "家属可以给她做饭吗，病区有没有厨房", False, [], "missing_detail", "出版社编辑，拼音错字"),
    ("Z10", "u42-zh-129", "她嘴巴很干，家属可以怎么护理", False, [], "off_topic", "出版社编辑，拼音错字"),
    ("Z10", "u42-zh-130", "她快过生日了，可以带蛋糕进病房给她过生日吗", True, ["kb-zh-visiting-007"], "answered", "出版社编辑，拼音错字"),
    # ---- Z1 ----
    ("Z1", "u42-zh-131", "我这个是可吸收线缝的，还要回来拆线不", True, ["kb-zh-procedures-012"], "added", "湖南木匠，语音输入"),
    # ---- Z2 ----
    ("Z2", "u42-zh-132", "如果預約了但臨時不能去，最晚要在什麼時候之前取消？", True, ["kb-zh-appointments-002"], "added", "台灣幼兒園老師，客氣"),
    # ---- Z3 ----
    ("Z3", "u42-zh-133", "我想睇返自己影嘅X光片，醫院仲會唔會印菲林俾我？", True, ["kb-zh-records_billing-010"], "added", "香港點心師傅，粵語"),
    # ---- Z4 ----
    ("Z4", "u42-zh-134", "B超的钱交了但是那天没去做，还能退吗", True, ["kb-zh-records_billing-009"], "added", "年轻客服，拼音网络用语"),
    # ---- Z5 ----
    ("Z5", "u42-zh-135", "屋头的药过期了，可不可以拿到医院来丢嘛", True, ["kb-zh-medications-004"], "added", "四川老矿工，语音输入"),
    # ---- Z6 ----
    ("Z6", "u42-zh-136", "個仔做手術嗰日，可唔可以戴住手錶同頸鏈入去？", True, ["kb-zh-procedures-005"], "added", "香港社工爸爸，粵語"),
    # ---- Z7 ----
    ("Z7", "u42-zh-137", "住院押金交多了出院能退吗，我交的是现金", True, ["kb-zh-records_billing-012"], "added", "潮汕老板娘，朴实"),
    # ---- Z8 ----
    ("Z8", "u42-zh-138", "宝宝还没有身份证，第一次来医院怎么建档啊", True, ["kb-zh-appointments-004"], "added", "焦虑年轻妈妈"),
    # ---- Z10 ----
    ("Z10", "u42-zh-139", "我想帮妈妈复印住院病历，她本人来不了，我代半要带什么材料", True, ["kb-zh-records_billing-002"], "added", "出版社编辑，拼音错字"),
]

# step-1 questions dropped after reading the KB (see NOTES.md): (persona, id, question)
DROPPED = [
    ("E1", "u42-en-002", "Can I drive myself home after, or do I need somebody with me?"),
    ("E5", "u42-en-065", "Am I allowed to stay beside her the whole time she's there?"),
    ("E6", "u42-en-069", "Will I definitely go home the same day?"),
    ("E8", "u42-en-093", "Do I need someone to drive me home afterwards?"),
    ("E8", "u42-en-100", "Can my wife come into the room with me?"),
    ("E8", "u42-en-101", "How long should I keep the frozen peas on it for?"),
    ("E9", "u42-en-109", "I live alone. Will it be safe for me to take a taxi home on my own afterwards?"),
    ("Z6", "u42-zh-069", "做完要留院過夜定係即日可以走？"),
]


def load_kb_ids(lang):
    ids = {}
    with open(os.path.join(KB_DIR, "passages_%s.jsonl" % lang), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                p = json.loads(line)
                ids[p["id"]] = p["language"]
    return ids


def step1_questions(lang):
    """Questions of step1_<lang>.txt in order, or None when the file is not next to this script."""
    path = os.path.join(HERE, "step1_%s.txt" % lang)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()[1:]
    return [l for l in lines if l.strip() and not l.startswith("## ")]


def main():
    kb = {lang: load_kb_ids(lang) for lang in ("en", "zh")}
    rows = []
    for persona, rid, question, answerable, gold, kind, voice in ROWS:
        lang = rid.split("-")[1]
        assert kind in ("answered", "missing_detail", "off_topic", "added"), rid
        if answerable:
            assert gold and kind in ("answered", "added"), rid
        else:
            assert not gold and kind in ("missing_detail", "off_topic"), rid
        assert len(set(gold)) == len(gold), rid
        for g in gold:
            assert g in kb[lang], (rid, g)
            assert kb[lang][g] == lang, (rid, g)
        rows.append({"id": rid, "language": lang, "question": question, "answerable": answerable,
                     "gold": list(gold), "kind": kind, "voice": voice})
    ids = [r["id"] for r in rows]
    qs = [r["question"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate id"
    assert len(qs) == len(set(qs)), "duplicate question"
    assert not set(qs) & {d[2] for d in DROPPED}, "dropped question still present"
    for lang in ("en", "zh"):
        sub = [r for r in rows if r["language"] == lang]
        step = [r for r in sub if r["kind"] != "added"]
        added = [r for r in sub if r["kind"] == "added"]
        drop = [d for d in DROPPED if d[1].split("-")[1] == lang]
        # step-1 ids plus dropped ids cover 001..130 exactly once; added rows follow from 131
        nums = sorted(int(r["id"][-3:]) for r in step) + [int(d[1][-3:]) for d in drop]
        assert sorted(nums) == list(range(1, 131)), lang
        assert [r["id"] for r in added] == ["u42-%s-%03d" % (lang, i) for i in range(131, 131 + len(added))], lang
        assert [r["id"] for r in sub] == sorted(r["id"] for r in sub), lang
        step_ans = sum(r["answerable"] for r in step)
        assert len(added) <= 20, (lang, len(added))
        assert not added or step_ans < 30, (lang, "added rows only allowed below 30 answerable")
        ans = sum(r["answerable"] for r in sub)
        un = len(sub) - ans
        assert ans >= 30 and un >= 50, (lang, ans, un)
        s1 = step1_questions(lang)
        if s1 is not None:  # questions are the step-1 lines, unedited and in order
            merged = sorted([(r["id"], r["question"]) for r in step] + [(d[1], d[2]) for d in drop])
            assert [q for _, q in merged] == s1, lang
        print("%s: %d rows (%d from step 1, %d dropped, %d added); answerable %d (step 1: %d), "
              "unanswerable %d (missing_detail %d, off_topic %d)" % (
                  lang, len(sub), len(step), len(drop), len(added), ans, step_ans, un,
                  sum(r["kind"] == "missing_detail" for r in sub), sum(r["kind"] == "off_topic" for r in sub)))
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows" % len(rows))


if __name__ == "__main__":
    main()
