"""Write the fifth tuning set of out-of-scope patient questions: the detail a knowledge-base passage leaves out.

    python3 scripts/build_oos_tune5.py [--check]

Output: medqa/assets/grounded/out_of_scope_tune5.jsonl, one row per question:
{"id": "oos-<lang>-tune5-NNN", "language": "en"|"zh", "question", "topic"}.
The questions are written by hand below (TOPICS) by a writer new to the sets. Most topics take one knowledge-base
passage (medqa/assets/kb/passages_*.jsonl) and ask, in that passage's own words, for a specific detail it and every
other passage leave out: the parking passage gives payment methods but not whether motorbikes pay, the discharge
passage names a discharge lounge but not whether food is served there, the records passage says a charge may apply
but not how much. A few topics mix a passage's word with an unrelated need (the switchboard asked to book a taxi).
Each question was checked by hand against both passage files and the bundled retrieval's top hits. No topic is one
of the earlier tuning sets' or of the held-out validation/test sets'. Voices vary within a topic: plain patient,
terse keyword search, parent or carer, older writer, non-native English, long message with context, polite formal;
Chinese mostly Simplified with Traditional/Cantonese rows and English words mixed in. Standard library only; the
output is deterministic. `--check` exits 1 when the file on disk differs from what this script would write.
"""

import sys

from oos_sets import write_set

# topic -> (English questions, Chinese questions); the comment names the passage and the detail it leaves out.
TOPICS: dict[str, tuple[list[str], list[str]]] = {
    # appointments-008 / zh appointments-009: parking payment, but nothing on motorbikes
    "motorbike_parking": ([
        "Do motorbikes have to pay in the hospital car park?",
        "motorcycle parking hospital charge",
        "I ride a motorbike to my physio appointments - is there a bay where I can chain it and leave my helmet?",
        "Excuse me, where I can put my scooter (motor one) when I come to clinic? Same price as car?",
        "Does number-plate recognition work for motorbikes, or do I need a ticket from the machine?",
    ], [
        "骑摩托车来医院，停车场收不收费？",
        "电动车 医院 停哪里",
        "我骑摩托车带我妈来复诊，头盔可以寄存在哪里？",
        "摩托车可以停在门诊楼门口吗，会不会被拖走",
        "揸电单车嚟醫院，有冇專用車位？",
    ]),
    # appointments-008: reduced-price parking "may be available", but not how much it is
    "parking_concession_amount": ([
        "How much is the parking discount for patients coming in for frequent treatment?",
        "parking concession amount dialysis patients",
        "My husband is in intensive care and I'm there every day - exactly how much cheaper is the "
        "concession ticket per week?",
        "Is the reduced parking a fixed daily price or a percentage off?",
        "Dear Sir or Madam, could you tell me the value of the parking concession for relatives of very ill patients?",
    ], [
        "长期来做化疗的病人，停车费能打几折？",
        "家属 ICU 停车 优惠 多少钱",
        "我老公在重症监护室住了两周，我天天开车来，停车费有没有月卡，一个月多少钱？",
        "透析病人停车能不能免费，要开什么证明",
        "長期覆診嘅病人泊車有冇折，大概平幾多？",
    ]),
    # appointments-008 / zh appointments-009: drop-off bays are for short stops, but how many minutes is not given
    "drop_off_time_limit": ([
        "How many minutes can I stay in the drop-off bay while I walk my dad inside?",
        "drop off bay max time",
        "If I leave the car in the drop-off bay for 20 minutes to take my wife to her clinic, will I get a ticket?",
        "I am 80 and slow on my feet. The drop-off place, is there a limit of time for the driver to wait?",
        "Is the drop-off area monitored by cameras, and what is the fine if you overstay?",
    ], [
        "门诊楼前的临时落客区最多能停几分钟？",
        "落客区 停多久 会罚款",
        "我送老人进去挂号大概要20分钟，车停在落客区会不会被贴条？",
        "临时停车区有没有摄像头抓拍，超时罚多少",
        "落客區可以停幾耐？我扶阿嫲入去要啲時間",
    ]),
    # appointments-008: nothing on leaving a car overnight
    "overnight_parking": ([
        "Can I leave my car overnight in the visitor car park while I stay with my son on the ward?",
        "overnight parking hospital visitor car park",
        "I'm coming in for a two-night stay and driving myself - is there somewhere I can leave the car for "
        "the whole stay?",
        "Is the car park locked at night, and can I get my car out at 2am?",
        "My mother is dying and I will sleep at hospital. Car in car park all night is OK or they clamp it?",
    ], [
        "住院期间车能一直停在医院停车场吗？",
        "医院停车场 过夜 收费",
        "我陪护晚上住医院，车停一晚上多少钱，停车场晚上关不关门？",
        "半夜两点想把车开走，停车场有人值班吗",
        "住院三日，架車可唔可以一直泊喺醫院？",
    ]),
    # appointments-005 / zh appointments-006: check-in screens exist, but nothing on their height or speech output
    "check_in_screen_accessibility": ([
        "Are the self-service check-in screens low enough to use from a wheelchair?",
        "check in kiosk wheelchair height",
        "I'm partially sighted - do the check-in screens have a talking option or large text?",
        "Does the check-in screen read out instructions for blind patients, or should I queue at the desk?",
        "My arthritis makes touch screens hard. Is there a stylus or a button version at the check-in screens?",
    ], [
        "自助报到机的高度坐轮椅能够得着吗？",
        "报到机 有没有 语音播报",
        "我视力不好，自助报到机的字能放大吗？",
        "盲人怎么用自助报到机，有没有读屏功能",
        "自助報到機有冇大字模式？我老人家睇唔清",
    ]),
    # appointments-007 / zh appointments-008: interpreters are free, but not whether you can choose who
    "interpreter_choice": ([
        "Can I ask for a female interpreter for my gynaecology appointment?",
        "request same interpreter every visit",
        "My mum speaks Sylheti, not standard Bengali. Can I ask for an interpreter who speaks her dialect "
        "specifically?",
        "Is it possible to choose an interpreter who is not from our local community, for privacy reasons?",
        "I would be grateful to know whether a patient may request a particular interpreter by name.",
    ], [
        "看妇科能不能指定女翻译？",
        "翻译 能不能 每次同一个人",
        "我不想让翻译是同乡，怕病情传出去，能要求换人吗？",
        "手语翻译可以指定我熟悉的那位老师吗",
        "可唔可以揀個男翻譯？我老公唔想女嘅陪佢睇醫生",
    ]),
    # appointments-006 / zh appointments-005: video and online follow-up, but nothing on joining from abroad
    "telehealth_from_abroad": ([
        "Can I do my video appointment while I'm on holiday in Spain?",
        "video consultation from another country allowed",
        "I'm working overseas for six months. Is my phone appointment still OK if the doctor has to call a "
        "foreign number?",
        "Will the hospital call an international mobile number for a telephone appointment?",
        "My daughter lives abroad - can she join my video appointment from her country as a third person?",
    ], [
        "人在国外，能不能用医院App做线上复诊？",
        "出国期间 互联网医院 复诊 可以吗",
        "我在澳洲读书，用国外手机号能不能注册互联网医院？",
        "线上复诊开的药能不能快递到国外",
        "我喺加拿大，可唔可以同國內醫生視像覆診？",
    ]),
    # consultation passages: nothing on a patient recording the consultation
    "recording_consultations": ([
        "Am I allowed to record my consultation on my phone so I can listen again later?",
        "record doctor appointment audio allowed",
        "My memory is poor after my stroke. Can my daughter record what the consultant says during the video "
        "appointment?",
        "Do I need to ask permission before recording a phone appointment with the clinic?",
        "Can I get a recording of my telehealth call from the hospital afterwards?",
    ], [
        "看病的时候能不能用手机录音？",
        "门诊 录音 需要医生同意吗",
        "我爸记性不好，医生讲的话能不能录下来回家再听？",
        "线上复诊的视频医院会保存吗，可以要一份录像吗",
        "睇醫生嗰陣偷偷錄音犯唔犯法？",
    ]),
    # appointments-012 / zh appointments-007: wheelchairs may need a deposit, but not how much or for how long
    "wheelchair_loan_details": ([
        "How much is the deposit for borrowing a wheelchair at the main entrance?",
        "hospital wheelchair deposit amount",
        "Can I reserve a loan wheelchair in advance so one is waiting at the entrance when we arrive?",
        "Is there a time limit on the loan wheelchairs, say if my clinic runs all afternoon?",
        "do the loan wheelchairs come in a bigger size, my husband is a big man and the normal ones are too narrow",
    ], [
        "门诊借的轮椅可以推到停车场上车再还吗？",
        "借轮椅 能借回家吗",
        "服务台的轮椅能借多久，下午做完检查再还行不行？",
        "有没有加宽的轮椅，我爸体重比较大普通的坐不下",
        "借輪椅可唔可以借過夜？",
    ]),
    # appointments-012: assistance dogs are welcome in public areas, but not pets or therapy dogs on wards
    "therapy_dog_visits": ([
        "Can I bring my mum's dog in to visit her on the ward?",
        "therapy dog visiting patients",
        "My father has dementia and his old dog really calms him. Is there any way the dog could visit him "
        "for ten minutes?",
        "Does the hospital have a pets-as-therapy scheme that comes round the wards?",
        "Is an emotional support dog treated the same as an assistance dog inside the ward?",
    ], [
        "可以带宠物狗来病房看我妈吗？",
        "医院 治疗犬 探视",
        "我爷爷住院很想念家里的猫，能不能抱来让他看一眼？",
        "情绪支持犬算不算导盲犬，能进病区吗",
        "屋企隻狗可唔可以帶入病房探我爸？",
    ]),
    # appointments-012: hoists and height-adjustable couches mentioned, but no weight limits
    "bariatric_equipment_limits": ([
        "What is the weight limit on the CT scanner table?",
        "MRI table maximum weight kg",
        "I weigh 190 kg - will the couch in the clinic and the scanner be able to take my weight?",
        "Are there larger hospital beds and gowns for heavier patients on the wards?",
        "Before I book, can someone confirm the hoist's maximum load for my brother, who is about 30 stone?",
    ], [
        "CT检查床的承重是多少公斤？",
        "体重150公斤 能做核磁吗",
        "我妈体重比较重，病房有没有加大号的病床和病号服？",
        "手术台 最大承重",
        "我有120公斤，照MRI部機入唔入得去？",
    ]),
    # appointments-009: patient transport eligibility, but nothing on what you may bring on it
    "patient_transport_belongings": ([
        "Can I bring my mobility scooter on the hospital patient transport?",
        "patient transport luggage allowance",
        "I'm being discharged with two bags and a walking frame - will the transport take all of it?",
        "Is my guide dog allowed in the patient transport vehicle?",
        "Can the patient transport stop at a pharmacy on the way home for my prescription?",
    ], [
        "医院转运车能带电动代步车吗？",
        "病人转运 能带多少行李",
        "出院坐医院的车回家，能不能顺路去药店拿药？",
        "转运车上可以带导盲犬吗",
        "轉院車可唔可以帶埋部輪椅同兩袋嘢？",
    ]),
    # appointments-010: referral status checks, but not how long a referral letter stays valid
    "referral_letter_validity": ([
        "How long is a referral letter valid for before I need a new one?",
        "referral expiry date",
        "My referral is from last year and I never booked. Can I still use it or does my family doctor have "
        "to refer again?",
        "Does a referral from a private doctor count the same as one from my family doctor?",
        "If I move house to another city, does my hospital referral go with me?",
    ], [
        "转诊单的有效期是多久？",
        "转诊证明 过期了 还能用吗",
        "社区医院开的转诊单放了半年没用，现在还能拿来挂号吗？",
        "私立诊所开的转诊信你们认不认？",
        "轉介信係咪有期限？過咗期點算？",
    ]),
    # appointments-003 / zh appointments-002: missed appointments are reviewed, but no fee is mentioned
    "missed_appointment_charge": ([
        "Is there a fine if I miss my appointment without cancelling?",
        "DNA appointment fee charge",
        "I forgot my scan last week completely. Will I be charged for the slot I didn't use?",
        "Does the hospital charge for late cancellation, like less than 24 hours before?",
        "Will a missed appointment show on my credit record or insurance?",
    ], [
        "预约了没去，会扣钱或者罚款吗？",
        "爽约 罚款 多少",
        "我上周的检查忘了去，会不会影响我的征信？",
        "临时取消预约要不要交违约金",
        "預約咗冇去，會唔會收我錢？",
    ]),
    # test_preparation-001/002 / zh test_preparation-001: fasting rules, but nothing on brushing teeth or mouthwash
    "toothbrushing_before_fasting": ([
        "Can I brush my teeth with toothpaste before a fasting blood test?",
        "mouthwash before fasting blood test ok",
        "I always use mouthwash first thing. Does that break the fast for my cholesterol test tomorrow?",
        "Before my operation I must fast - is brushing teeth allowed in the morning?",
        "My son is 7 and has a fasting test, can he clean his teeth or will the toothpaste spoil the result?",
    ], [
        "空腹抽血前早上能刷牙吗？",
        "空腹 抽血 漱口水 影响吗",
        "明天要空腹查血糖，早上刷牙牙膏会不会影响结果？",
        "手术当天早上可以刷牙吗，怕吞进去一点水",
        "空肚驗血之前可唔可以刷牙？",
    ]),
    # blood test passages: how to prepare, but not the blood room's opening times
    "blood_test_opening_times": ([
        "What time does the blood test room open in the morning?",
        "phlebotomy walk in hours saturday",
        "Do I need to book a slot for a blood test or can I just walk in with the form?",
        "How early should I queue to get my fasting bloods done before work?",
        "Is the blood-taking service open on bank holidays?",
    ], [
        "抽血窗口早上几点开始？",
        "周末 能抽血吗",
        "空腹抽血要排很久吗，几点去人少？",
        "抽血需要提前预约还是直接拿单子去排队",
        "驗血處幾點開門？星期六有冇開？",
    ]),
    # test_preparation-003 / zh test_preparation-002: bowel preparation, but not whether it may be flavoured or chilled
    "bowel_prep_flavouring": ([
        "Can I add squash or cordial to the bowel prep to make it taste better?",
        "bowel prep taste chill fridge",
        "The colonoscopy prep made me gag last time. Is it OK to drink it cold through a straw?",
        "Can I mix the laxative drink with apple juice instead of water?",
        "Is it ok to suck on a slice of lemon between doses of the bowel preparation?",
    ], [
        "肠镜泻药太难喝了，能不能加点糖或者果汁？",
        "清肠药 冰一下 再喝 可以吗",
        "喝泻药的时候可以含一片柠檬吗，实在喝不下去",
        "我之前喝清肠药吐了，这次能不能用吸管慢慢喝",
        "啲瀉藥好難飲，可唔可以加檸檬？",
    ]),
    # test_preparation-005 / zh test_preparation-003: metal and implants, but nothing on tattoos or permanent make-up
    "mri_tattoos": ([
        "Is it safe to have an MRI scan if I have tattoos?",
        "MRI tattoo burn risk",
        "I have permanent eyeliner tattooed on - do I need to tell the radiographer before my MRI?",
        "My daughter got a new tattoo last week; should she wait before her MRI?",
        "Can MRI make tattoo ink heat up? I have a big sleeve tattoo.",
    ], [
        "有纹身能做核磁共振吗？",
        "纹眉 做MRI 有影响吗",
        "我刚纹了身一周，下周要做核磁，要不要推迟？",
        "纹身墨水里有金属，做核磁会不会发烫",
        "有紋身照MRI會唔會痛？",
    ]),
    # test_preparation-006: headphones are given in MRI, but not whether you can choose your own music
    "mri_own_music": ([
        "Can I listen to my own music during an MRI scan?",
        "MRI bring own playlist",
        "My son is autistic and calms down with his favourite songs. Could he have them through the "
        "headphones in the scanner?",
        "Do they play the radio in the MRI, and can I choose the station?",
        "Is it possible to listen to an audiobook while lying in the scanner?",
    ], [
        "做核磁的时候能听自己的歌吗？",
        "MRI 耳机 放什么音乐",
        "孩子做核磁害怕，可以给他放他喜欢的动画片声音吗？",
        "做磁共振能带自己的蓝牙耳机吗",
        "照MRI嗰陣有冇音樂聽？可唔可以揀？",
    ]),
    # test_preparation-007 / zh test_preparation-004: contrast warnings, but nothing on driving afterwards
    "driving_after_contrast_scan": ([
        "Can I drive myself home after a CT scan with contrast dye?",
        "drive after contrast CT",
        "I'm having an MRI with contrast injection in the morning and need to drive to work after. Is that allowed?",
        "Do I need someone to collect me after a contrast scan like after sedation?",
        "After the dye injection, how long until I can cycle home?",
    ], [
        "做完增强CT能自己开车回家吗？",
        "增强核磁后 开车",
        "打了造影剂多久以后才能开长途车？",
        "做完增强检查可以骑电动车走吗",
        "打完顯影劑可唔可以自己揸車走？",
    ]),
    # test_preparation-009 / zh test_preparation-007: pregnancy ultrasound preparation, but not whether the sex is told
    "baby_sex_at_scan": ([
        "Will they tell me if it's a boy or a girl at my pregnancy ultrasound?",
        "find out baby gender scan hospital",
        "At which week's scan can the sonographer see the baby's sex, and will they tell me if I ask?",
        "My wife wants it to be a surprise. How do we make sure the staff don't say the sex during the scan?",
        "Can I get the baby's sex written in a sealed envelope for a gender reveal party?",
    ], [
        "做B超的时候医生会告诉我是男孩还是女孩吗？",
        "B超 看性别",
        "怀孕几周做B超能看出宝宝性别？",
        "我们不想提前知道性别，怎么跟B超医生说",
        "照B超醫生會唔會話我知係仔定女？",
    ]),
    # test_preparation-012 (glucose tolerance) and zh test_preparation-001: nothing on bringing children or feeding
    "gtt_with_children": ([
        "Am I allowed to breastfeed during a glucose tolerance test?",
        "glucose tolerance test breastfeeding allowed",
        "I have no childcare. Will I be allowed to breastfeed my baby during the sugar drink test?",
        "Is there a play area near where you wait during the glucose test?",
        "Can I pump breast milk during the two hours of the sugar test, and is there a private room for it?",
    ], [
        "做糖耐量试验可以带孩子一起去吗？",
        "糖耐 期间 能喂奶吗",
        "做OGTT要等两个小时，宝宝没人带，可以推婴儿车进去吗？",
        "糖耐量检查等候区有没有儿童玩的地方",
        "做糖耐嗰兩個鐘可唔可以餵人奶？",
    ]),
    # zh test_preparation-010 (Holter): avoid microwaves etc., but nothing on flying or airport security
    "holter_flying": ([
        "Can I fly while wearing a Holter heart monitor?",
        "holter monitor airport security scanner",
        "I have a 24-hour ECG fitted on Monday but a flight on Tuesday morning. Will the recorder be a "
        "problem at security?",
        "Should I tell the airline I'm wearing a heart monitor box?",
        "will the holter recording be spoiled by the x-ray at the airport",
    ], [
        "戴着动态心电图能坐飞机吗？",
        "Holter 过安检",
        "我明天要坐高铁出差，戴着Holter过安检会不会出问题？",
        "戴动态心电图的时候能开车吗",
        "戴住Holter可唔可以搭飛機？",
    ]),
    # procedures-002/004 / zh procedures-003: an escort is needed, but not whether a paid escort service counts
    "paid_escort_services": ([
        "Can a paid escort from an agency count as my responsible adult after sedation?",
        "hire escort after colonoscopy sedation",
        "I live alone and have no family nearby. Does the hospital recommend any paid companion service to "
        "take me home?",
        "Would a home carer from my care agency be accepted as my escort after day surgery?",
        "Is there a list of approved companion services for people with no one to collect them?",
    ], [
        "做无痛胃镜没人陪，能不能花钱请陪诊师陪我？",
        "陪诊师 算家属陪同吗",
        "我一个人在外地打工，做日间手术能请个护工接我回家吗？",
        "医院有没有推荐的付费陪诊公司",
        "請個陪診員陪我做麻醉腸鏡得唔得？",
    ]),
    # procedures-005 / zh procedures-009: smoking is asked about, but not how long before surgery to stop
    "stop_smoking_before_surgery": ([
        "How many weeks before my operation should I stop smoking?",
        "vaping before general anaesthetic",
        "I smoke 10 a day and have a hernia repair in a month - is it worth stopping now or just the day before?",
        "Can I use nicotine patches on the day of surgery?",
        "Does smoking cannabis affect the anaesthetic?",
    ], [
        "手术前要提前多久戒烟？",
        "电子烟 手术前 能抽吗",
        "下个月做手术，现在戒烟来得及吗，还是前一天不抽就行？",
        "术前可以贴尼古丁贴吗",
        "做手術前一日食煙有冇問題？",
    ]),
    # procedures-005 / zh procedures-004: pre-operative assessment content, but not how long it takes or what to wear
    "pre_op_clinic_logistics": ([
        "How long does a pre-op assessment appointment usually take?",
        "pre op assessment can i eat before",
        "My pre-assessment is on a workday - will I be there all morning or just half an hour?",
        "Should I wear anything special to the pre-operative assessment, like short sleeves for blood tests?",
        "If I fail the pre-op assessment, how long is the wait for a new operation date?",
    ], [
        "术前评估大概要花多长时间？",
        "术前评估 家属能代去吗",
        "做术前检查要不要请一天假，还是半天就够？",
        "麻醉评估门诊在几楼，需要预约吗",
        "術前評估要唔要成日喺醫院？",
    ]),
    # procedures-012: a ring may be taped, but not whether it will be cut or who pays to repair it
    "ring_cutting": ([
        "Will they cut off my wedding ring if it won't come off before surgery?",
        "ring stuck finger surgery cut off",
        "If staff have to cut my ring, does the hospital pay for it to be repaired?",
        "My knuckles are swollen and my rings won't move. Should I go to a jeweller before my operation?",
        "Do you give back the pieces if you cut my ring, so I can get it mended?",
    ], [
        "手术前戒指摘不下来，会被剪断吗？",
        "戒指 取不下来 手术 怎么办",
        "如果护士把我的结婚戒指剪了，医院赔不赔？",
        "剪断的戒指医院会还给我吗",
        "隻戒指除唔到，做手術會唔會剪咗佢？",
    ]),
    # procedures-012 / zh procedures-005: jewellery and make-up, but nothing on wigs, extensions or head coverings
    "hair_wig_in_theatre": ([
        "Can I keep my wig on during my operation?",
        "hair extensions before surgery",
        "I wear a hijab. Can I keep my head covered in theatre?",
        "Do I need to take out my braids or clip-in extensions before a general anaesthetic?",
        "My mother always wears a turban for religious reasons - will staff let her keep it on?",
    ], [
        "做手术可以戴假发吗？",
        "接发 手术前要拆吗",
        "我是回族，做手术时能不能戴着头巾？",
        "脏辫要不要拆掉才能做全麻",
        "做手術可唔可以戴住假髮？",
    ]),
    # procedures-008 / zh visiting-010: what to bring, but not whether own pillow or duvet is allowed
    "own_bedding_on_ward": ([
        "Can I bring my own pillow from home for my hospital stay?",
        "own duvet hospital ward allowed",
        "My daughter can't sleep without her own blanket - is she allowed to have it on the children's ward?",
        "Are memory foam pillows from home allowed, for my neck?",
        "Can I bring a weighted blanket from home for my anxiety?",
    ], [
        "住院可以带自己的枕头吗？",
        "住院 自带被子",
        "孩子离不开自己的小毯子，能带到病房吗？",
        "我颈椎不好，能不能带自己的记忆枕",
        "住院可唔可以帶自己張被？",
    ]),
    # procedures-009: a discharge lounge is mentioned, but not its opening hours or facilities
    "discharge_lounge_details": ([
        "Is there food in the discharge lounge?",
        "discharge lounge opening hours",
        "Can my husband wait with me in the discharge lounge, or do relatives have to wait outside?",
        "Is the discharge lounge comfortable for someone who needs to lie down?",
        "Where is the discharge lounge, and what happens if my lift arrives after it closes?",
    ], [
        "出院等候室有没有吃的？",
        "出院 等候区 几点关门",
        "出院那天在哪里等药和出院小结，家属能一起等吗？",
        "出院等候的地方能躺下吗，我腰不好",
        "出院等候室喺邊？幾點閂？",
    ]),
    # procedures-010 / zh procedures-006: wound care at home, but not when it is safe to fly
    "flying_after_surgery": ([
        "How soon after surgery can I fly?",
        "fly after keyhole surgery",
        "I had my gallbladder out last week and have a holiday booked for next month - is flying OK?",
        "Will I need a fit-to-fly letter from the surgeon after my operation?",
        "Can I take a long-haul flight with stitches still in?",
    ], [
        "手术后多久可以坐飞机？",
        "微创手术后 坐飞机",
        "做完阑尾手术两周，能坐飞机回老家过年吗？",
        "伤口还没拆线能坐长途飞机吗",
        "做完手術幾耐先可以搭飛機？",
    ]),
    # procedures-011 / zh procedures-011: operations may be cancelled on the day, but nothing on expenses
    "cancelled_operation_expenses": ([
        "If my operation is cancelled on the day, will the hospital pay my travel costs?",
        "operation cancelled compensation",
        "I took unpaid leave for my surgery and it was cancelled for lack of beds - can I claim for lost wages?",
        "Does the hospital refund the train tickets we booked if the surgery is cancelled?",
        "Is there any compensation for a second cancellation of the same operation?",
    ], [
        "手术当天被取消了，路费谁出？",
        "手术取消 误工费 赔偿",
        "我从外地赶来做手术，结果因为没床位取消了，来回车票能报吗？",
        "手术被医院改期两次了，有没有补偿",
        "做手術當日取消，醫院會唔會賠交通費？",
    ]),
    # medications-001 / zh medications-002: how to order a repeat, but not who may sign it
    "repeat_prescription_signer": ([
        "Can a locum GP sign my repeat prescription?",
        "nurse prescriber sign repeat",
        "My usual doctor has retired. Who signs my repeat prescriptions now until I see someone new?",
        "Can a junior doctor on the ward write my repeat prescription before I go home?",
        "Does a pharmacist have authority to sign a repeat prescription for me?",
    ], [
        "续方可以让进修医生开吗？",
        "实习医生 能开处方吗",
        "我原来的主治医生退休了，长期处方以后谁来签字？",
        "长期处方可以让护士帮忙签字吗",
        "輪替醫生可唔可以幫我開返舊藥？",
    ]),
    # medications-001: the pharmacist may supply an emergency quantity, but not how much or at what cost
    "emergency_supply_amount": ([
        "How many days of tablets can a pharmacist give me in an emergency supply?",
        "emergency supply cost pharmacy",
        "I'm away from home and ran out of my blood pressure pills. Do I have to pay for the emergency supply?",
        "Can I get an emergency supply of my inhaler on a Sunday?",
        "Is there a limit to how many times I can ask for an emergency supply in a year?",
    ], [
        "药吃完了，药店能先给几天的量应急吗？",
        "断药 应急 买药",
        "周末降压药吃完了，医院药房能不能先借我几片？",
        "出差忘带药，外地药店能卖处方药给我吗",
        "啲藥食晒，藥房可唔可以畀幾日應急？",
    ]),
    # medications-004 / zh medications-005: reminders are suggested, but no app is named
    "reminder_app_recommendation": ([
        "Which medication reminder app does the hospital recommend?",
        "best pill reminder app",
        "My father takes 9 tablets a day. Is there an app the pharmacy can set up for him that alerts me if "
        "he misses one?",
        "Does the patient portal send medicine reminders?",
        "Is there a smart pill box that you can get from the hospital?",
    ], [
        "有没有推荐的吃药提醒App？",
        "医院App 能设置吃药提醒吗",
        "我妈一天吃好几种药，有没有智能药盒能提醒她？",
        "有没有那种漏服会通知家属的提醒软件",
        "有冇食藥提醒嘅App推介？",
    ]),
    # medications-005 / zh medications-007: grapefruit juice is named, but not related citrus fruits
    "citrus_fruit_interaction": ([
        "Is pomelo the same as grapefruit for medicine interactions?",
        "seville orange marmalade statin",
        "The leaflet says avoid grapefruit. Can I still eat oranges and tangerines with my blood pressure tablets?",
        "My mum eats a lot of pomelo at New Year - is that OK with her heart pills?",
        "Does lime or lemon juice interact like grapefruit?",
    ], [
        "吃降压药能吃柚子吗？",
        "柚子 和 西柚 一样吗 药物",
        "说明书说不能喝西柚汁，那橙子、橘子能吃吗？",
        "过年吃了很多沙田柚，和他汀类药会不会冲突",
        "食緊藥可唔可以食碌柚？",
    ]),
    # medications-010: report side effects to the national scheme, but not its name, address or follow-up
    "side_effect_report_followup": ([
        "What is the website for reporting a side effect?",
        "report adverse reaction anonymously",
        "If I report a side effect myself, will anyone contact me back about it?",
        "Can a parent report a side effect their child had to a vaccine through the same scheme?",
        "Does the hospital get told if I report a side effect to the regulator?",
    ], [
        "药物不良反应在哪个网站上报？",
        "不良反应 个人 上报",
        "我自己上报了药物副作用，会有人回复我吗？",
        "上报不良反应要不要填真实姓名",
        "食藥有副作用，自己可以喺邊度報告？",
    ]),
    # medications-011 / zh medications-010: use the supplied syringe, but not where to replace it
    "oral_syringe_replacement": ([
        "Where can I get a replacement oral syringe for my child's medicine?",
        "lost medicine syringe replacement",
        "The measuring cup that came with my son's antibiotic went missing. Can the hospital pharmacy give "
        "me a new one?",
        "Do pharmacies give out measuring spoons for free?",
        "Can I use the syringe from my other child's medicine bottle?",
    ], [
        "孩子的药附带的量杯丢了，去哪里能买到？",
        "口服注射器 哪里买",
        "药房能免费给一个喂药器吗？",
        "能不能用另一瓶药的滴管给孩子喂药",
        "個餵藥針筒唔見咗，藥房有冇得攞？",
    ]),
    # medications-012 / zh medications-011: collecting medicines, but not whether someone else may collect
    "collect_medicine_for_someone": ([
        "Can my neighbour collect my prescription from the hospital pharmacy for me?",
        "proxy collection hospital pharmacy ID",
        "My husband is too unwell to come in. What does he need to give me so I can pick up his medicines?",
        "Can a 16-year-old collect medicines for a parent?",
        "Is a signed note enough for someone else to pick up controlled drugs?",
    ], [
        "可以让别人帮我去医院药房取药吗？",
        "代取药 要带什么",
        "我爸腿脚不便，门诊开的药我能替他去窗口拿吗？",
        "未成年人能帮家长取药吗",
        "叫屋企人幫我攞藥，要唔要帶我身份證？",
    ]),
    # medications-009: time zones are mentioned, not fasting for religious reasons
    "ramadan_medicine_timing": ([
        "How do I take my tablets during Ramadan when I fast all day?",
        "Ramadan fasting metformin timing",
        "I take a tablet three times a day. Can I change it to before dawn and after sunset while I'm "
        "fasting for religious reasons?",
        "Does an inhaler break the fast in Ramadan?",
        "Can I take my once-a-day tablet at night instead of the morning during Ramadan?",
    ], [
        "斋月白天不能吃东西，药怎么吃？",
        "斋戒 期间 服药 时间",
        "我信佛要过午不食，一天三次的药能不能改到上午吃完？",
        "辟谷断食期间降压药还要吃吗",
        "齋戒月日頭唔食嘢，啲藥點食好？",
    ]),
    # visiting-003 / zh visiting-003: fresh flowers restricted, but nothing on artificial or dried flowers
    "artificial_flowers": ([
        "Are artificial flowers allowed on the ward?",
        "dried flowers hospital ward allowed",
        "Since fresh flowers aren't allowed, can I bring a silk flower arrangement for my gran?",
        "Can I bring a bouquet made of Lego or paper flowers?",
        "Are preserved roses in a glass dome allowed on the cancer ward?",
    ], [
        "病房能放假花吗？",
        "干花 永生花 能带进病房吗",
        "鲜花不让带，那送一束绢花给奶奶可以吗？",
        "可以带纸折的花去看病人吗",
        "探病可唔可以帶仿真花？",
    ]),
    # visiting-003 / zh visiting-007: bringing food, but nothing on takeaway delivery drivers
    "food_delivery_to_ward": ([
        "Can I get a takeaway delivered to the ward?",
        "food delivery app hospital ward address",
        "The ward food is bland. Will the delivery driver be let up to the ward or do I have to meet them at "
        "the entrance?",
        "Can my family order a pizza to the bedside for my birthday?",
        "What address do I give a delivery rider so food reaches a patient on a ward?",
    ], [
        "住院可以点外卖送到病房吗？",
        "外卖 能进病区吗",
        "外卖小哥能不能送上楼，还是要下去门口拿？",
        "病房的地址外卖怎么写才送得到",
        "住院叫外賣可唔可以送到病房？",
    ]),
    # visiting-005 / zh visiting-004: ICU visiting rules, but nothing on music or personal items for the patient
    "icu_personal_touches": ([
        "Can I play my dad's favourite music to him in intensive care?",
        "ICU family photos by the bed allowed",
        "My wife is sedated in ICU. Would it help or be allowed to leave a tablet with recorded messages "
        "from the kids?",
        "Can I bring his own pyjamas and a blanket into intensive care?",
        "Is reading aloud to an unconscious patient allowed during ICU visiting?",
    ], [
        "可以在ICU给我爸放他喜欢的歌吗？",
        "ICU 床边 放照片",
        "我妈在ICU昏迷，能不能放孩子们录的语音给她听？",
        "ICU里能给病人穿自己的衣服吗",
        "入ICU探病可唔可以讀書畀佢聽？",
    ]),
    # visiting-007 / zh visiting-009: ward passwords and authorised contacts, but not how to change them
    "ward_contact_password_change": ([
        "I forgot the password the ward gave us for phone updates. What do I do?",
        "change ward phone password",
        "My brother was the main contact but he's abroad now. How do we change the main contact on the ward?",
        "Does the ward password expire after a set time, or is it the same for the whole stay?",
        "is the ward password the same for all the family or one each",
    ], [
        "入院时登记的授权联系人想换一个，怎么办？",
        "授权联系人 能改吗",
        "原来登记的是我哥，他出差了，能不能改成我？",
        "住院后还能再加一个可以问病情的家属吗",
        "登記咗嘅聯絡人想轉人，要點做？",
    ]),
    # visiting-009 / zh visiting-006: parents and carers may stay overnight, but not any charge for the bed
    "parent_bed_charges": ([
        "Is there a charge for the parent bed on the children's ward?",
        "carer overnight bed cost",
        "Do parents staying with their child get meals, or do we have to buy our own?",
        "How much is it to rent a fold-out bed to stay with my mum?",
        "Is the recliner chair for relatives free?",
    ], [
        "陪护床一晚多少钱？",
        "陪床 租床 费用",
        "孩子住院我陪床，家长有饭吃吗，要不要另外交钱？",
        "陪护的折叠床是医院提供还是自己带",
        "陪床張摺床要唔要俾錢？",
    ]),
    # visiting-009: birth partners visit for extended hours, but not how many may be present at the birth
    "birth_partner_numbers": ([
        "How many birth partners can I have in the delivery room?",
        "two birth partners allowed labour ward",
        "I want my husband and my mum with me in labour. Is that allowed?",
        "Can a doula come in as well as my partner?",
        "Can my birth partner come into theatre if I need a caesarean?",
    ], [
        "生孩子时产房能进几个人陪产？",
        "老公 能陪产吗",
        "我想让老公和我妈都进产房，可以吗？",
        "请的导乐能和老公一起进产房吗",
        "產房可以有幾多個人陪？",
    ]),
    # visiting-010 / zh visiting-010: bedside lockers, but not whether they lock or where a safe is
    "bedside_locker_lock": ([
        "Do the bedside lockers on the ward lock?",
        "hospital room safe for valuables",
        "I need to bring my laptop for work while I'm in. Is there a locked drawer or safe by the bed?",
        "Who keeps the key if my locker is locked?",
        "Can I bring a small padlock for my bedside locker?",
    ], [
        "病房的床头柜能上锁吗？",
        "病房 保险箱",
        "住院要带笔记本电脑，有没有能锁起来的柜子？",
        "可以自己带个锁锁床头柜吗",
        "病房張床頭櫃鎖唔鎖到？",
    ]),
    # visiting-010: the lost property office is mentioned, but not where it is, its hours or how long items are kept
    "lost_property_office": ([
        "Where is the hospital lost property office and when is it open?",
        "lost property how long kept",
        "I left my coat in the outpatient waiting area last week. How long do you keep things before "
        "throwing them away?",
        "Can lost property be posted back to me?",
        "my mums glasses went missing on ward and they said ask lost property, what's the phone number",
    ], [
        "医院的失物招领在哪里？",
        "丢了东西 医院 保留多久",
        "上周在门诊落下一把伞，医院会保管多久？",
        "在医院丢的东西找到后能寄给我吗",
        "喺醫院跌咗銀包，失物認領處喺邊？",
    ]),
    # visiting-011: free Wi-Fi "may be available", but not its limits or name
    "ward_wifi_limits": ([
        "Can I stream films on the hospital Wi-Fi, or is there a data limit?",
        "hospital wifi speed",
        "Is the free Wi-Fi good enough for a video call with my family abroad?",
        "Does the patient Wi-Fi block any sites? My son wants to play online games.",
        "Do I have to log in to the Wi-Fi again every day?",
    ], [
        "病房的WiFi密码是多少？",
        "医院 WiFi 网速",
        "住院用医院WiFi能看视频吗，有没有流量限制？",
        "医院的WiFi能打视频电话吗",
        "病房WiFi要唔要每日登入？",
    ]),
    # visiting-011: a night quiet period, but not whether reading lights or screens may stay on
    "night_time_on_ward": ([
        "Can I keep my reading light on after the ward lights are dimmed?",
        "ward lights out can i use laptop",
        "I'm a night owl - am I allowed to watch things on my phone with headphones after the quiet period starts?",
        "Can I ask the nurses to keep the curtain closed all night?",
        "What time do the nurses wake patients in the morning?",
    ], [
        "病房几点熄灯？",
        "熄灯后 能开床头灯看书吗",
        "晚上睡不着能戴耳机看手机吗？",
        "早上几点护士会叫醒病人",
        "病房夜晚幾點熄燈？",
    ]),
    # visiting-012: formal complaints are investigated, but no timescales are given
    "complaint_timescales": ([
        "How long does the hospital take to reply to a formal complaint?",
        "time limit to make a complaint",
        "My dad's care was two years ago. Is it too late to complain now?",
        "Can I complain on behalf of my late wife?",
        "Can I make a complaint anonymously?",
    ], [
        "投诉医院一般多久给答复？",
        "投诉 有没有时间限制",
        "两年前的事情现在还能投诉吗？",
        "对医院的投诉答复不满意，还能找谁",
        "投訴醫院要等幾耐先有回覆？",
    ]),
    # records_billing-001 / zh records_billing-001: a charge may apply, but not the price
    "records_copy_price": ([
        "How much does it cost to get a copy of my medical records?",
        "medical records copy fee per page",
        "Is an electronic copy of my records cheaper than paper?",
        "How much is postage if the records are posted to me?",
        "I need my mother's full records for her new doctor - roughly what will the bill be?",
    ], [
        "复印病历一页多少钱？",
        "病历复印 收费 标准",
        "整本住院病历复印下来大概要多少钱？",
        "病历邮寄费多少",
        "影印病歷一版幾錢？",
    ]),
    # records_billing-005: older children may keep information private, but no age is given
    "teen_record_access_age": ([
        "At what age can my child stop me from seeing their medical records?",
        "parent proxy portal access teenager age",
        "My daughter is 14. Can I still read her test results on the portal?",
        "When does my son get his own portal account instead of being on mine?",
        "Does my access as a proxy on my son's portal account end automatically on his birthday at some age?",
    ], [
        "十几岁的孩子看病，有权要求医生不告诉家长吗？",
        "青少年 隐私 医生 会告诉父母吗",
        "女儿16岁，去看妇科能不能不让我们知道？",
        "儿子17岁，医生会不会单独跟他谈病情不让我在场？",
        "個女十五歲，睇醫生可唔可以唔俾我哋知？",
    ]),
    # records_billing-002 / zh records_billing-004: password reset exists, but not what to do after a phone change
    "lost_phone_portal_login": ([
        "I changed my mobile number and can't get the login code for the portal. How do I get back in?",
        "lost phone patient portal verification",
        "My phone was stolen with the authenticator on it. How do I reset the two-step code?",
        "Does the portal work on an old tablet that can't update its browser?",
        "The portal locked me out after too many tries - how long until it unlocks?",
    ], [
        "换了手机号收不到验证码，医院App登不上怎么办？",
        "手机丢了 医院App 登录",
        "换了新手机，医院App的登录要重新实名认证吗？",
        "输错密码太多次被锁了，多久解锁",
        "冇手機淨係得電郵，可唔可以登入醫院App？",
    ]),
    # records_billing-009: payment plans exist, but nothing on interest or fees
    "payment_plan_interest": ([
        "Do you charge interest on a hospital payment plan?",
        "payment plan minimum monthly amount",
        "Is there a minimum I must pay each month if I set up a plan for my bill?",
        "Can I pay my hospital bill with a credit card in instalments?",
        "Will a payment plan affect my credit score?",
    ], [
        "医疗费分期付款要利息吗？",
        "住院费 分期 最低 每月",
        "住院费太多了，能不能用信用卡分期？",
        "医院能不能先欠着费用以后慢慢还",
        "醫藥費可唔可以分期俾？",
    ]),
    # records_billing-007 / zh records_billing-005, -008: itemised bills and e-invoices, but not in English
    "english_invoice_for_insurer": ([
        "Can I get my itemised bill in English for my insurer abroad?",
        "bilingual invoice hospital",
        "My insurance is in Germany and they need the bill in English or German. Does the billing office translate it?",
        "Is there an English version of the receipt?",
        "Can the invoice show the amounts in US dollars as well?",
    ], [
        "费用清单能出英文版的吗？",
        "英文发票 医院",
        "国外保险公司要英文版的住院费用清单，医院能开吗？",
        "电子发票有没有中英文对照",
        "收據可唔可以出英文版？",
    ]),
    # records_billing-008: pre-authorisation needed, but not what happens if it is refused on the day
    "pre_authorisation_refused": ([
        "What happens if my insurer refuses pre-authorisation the day before surgery?",
        "insurance denied pre approval options",
        "My insurer hasn't replied about approval and my scan is tomorrow. Can I still go ahead and sort it later?",
        "Can the hospital appeal to my insurer for me if they refuse to authorise?",
        "If I pay myself after a refusal, can I claim back later if the insurer changes its mind?",
    ], [
        "商业保险预授权没批下来，手术还能做吗？",
        "保险 预授权 被拒",
        "保险公司还没回复，明天的检查能先做吗？",
        "保险拒赔了医院能帮我申诉吗",
        "保險公司唔批，醫院可唔可以幫我同佢哋傾？",
    ]),
    # records_billing-010: financial assistance exists, but no income threshold is given
    "hardship_income_threshold": ([
        "What income do I need to be under to get financial assistance with my bill?",
        "hardship fund income limit",
        "I'm a student with part-time work. Would I qualify for the reduced charges, and by how much?",
        "Does owning a house stop me getting financial help with the bill?",
        "How long does it take to hear if my financial assistance application is approved?",
    ], [
        "收入多少以下可以申请医疗费减免？",
        "医疗救助 收入 标准",
        "我是低保户，住院费能减免多少？",
        "申请困难补助要等多久才有结果",
        "收入幾多先可以申請減免醫藥費？",
    ]),
    # records_billing-012: confidentiality, but not where the data is stored
    "data_storage_location": ([
        "Are my medical records stored on servers abroad?",
        "hospital cloud provider patient data",
        "Does the hospital use an outside company to store our records, and which country is it in?",
        "Are the portal messages encrypted?",
        "How are paper records kept after they are scanned?",
    ], [
        "我的病历数据存在哪里，会不会出境？",
        "医院 数据 存在云上吗",
        "医院App的数据是第三方公司管理的吗？",
        "App里发的消息有没有加密",
        "病歷資料係咪放喺雲端？",
    ]),
    # zh records_billing-008: e-invoices, but not whether a company name can be the payer
    "invoice_company_title": ([
        "Can the hospital receipt be made out to my company's name?",
        "invoice with company VAT number",
        "My employer pays for my treatment. Can the bill be addressed to them instead of me?",
        "Can I change the name on a receipt after it was issued?",
        "Can the receipt show my employee number for the company claim?",
    ], [
        "医疗发票抬头能开公司名字吗？",
        "电子发票 单位 抬头",
        "公司报销要开单位抬头，医院能开吗？",
        "一年的门诊发票能合并成一张吗",
        "可唔可以將今年所有收據合併做一張？",
    ]),
    # self_care-001: cold care, but nothing on vitamin C or zinc
    "vitamin_c_zinc_colds": ([
        "Does vitamin C stop you catching colds?",
        "zinc lozenges cold how many",
        "My mum swears by echinacea for colds - does it actually work?",
        "Should I give my kids vitamin C gummies in winter to prevent colds?",
        "Is it worth taking a high-dose vitamin C tablet when I feel a cold starting?",
    ], [
        "吃维生素C能预防感冒吗？",
        "感冒 补锌 有用吗",
        "板蓝根能预防感冒吗？",
        "冬天给孩子吃维C软糖能防感冒吗",
        "食維他命C可唔可以防傷風？",
    ]),
    # self_care-004 / zh self_care-004: small cuts, but nothing on skin glue
    "glue_for_cuts": ([
        "Can I use superglue to close a small cut?",
        "liquid plaster good for cuts",
        "Do the skin glue pens from the pharmacy sting when you put them on a small cut?",
        "Can liquid plaster be used on a child's knee graze?",
        "How do I get liquid bandage off once the cut is healed?",
    ], [
        "小伤口能用502胶水粘起来吗？",
        "液体创可贴 好用吗",
        "免缝胶布和创可贴哪个好？",
        "药店卖的皮肤胶水能给孩子用吗",
        "用膠水黐傷口得唔得？",
    ]),
    # self_care-005 / zh self_care-005: scalds and burns, but not sunburn
    "sunburn_aftercare": ([
        "What should I put on sunburn?",
        "sunburn peeling skin what to do",
        "My toddler got sunburnt on the beach and is a bit red. Is aftersun OK for him?",
        "Does aloe vera actually help sunburn or is it a myth?",
        "Can I go out in the sun again the day after being sunburnt?",
    ], [
        "晒伤了涂什么好？",
        "晒伤 脱皮 怎么办",
        "孩子在海边晒红了，能用晒后修复乳吗？",
        "晒伤后多久能再去游泳",
        "曬傷咗塗蘆薈有冇用？",
    ]),
    # self_care-013: stings are covered, but not tick removal
    "tick_removal": ([
        "How do I remove a tick safely?",
        "tick bite remove head left in",
        "We found a tick on our daughter after camping. Should I pull it out or bring her to the hospital?",
        "Does a tick bite need antibiotics?",
        "I pulled a tick off and the head stayed in. What now?",
    ], [
        "被蜱虫咬了怎么把它取出来？",
        "蜱虫 头 断在皮肤里",
        "带孩子爬山回来发现身上有蜱虫，能自己拔吗？",
        "被蜱虫咬要不要打针吃药",
        "俾牛蜱咬咗點樣攞出嚟？",
    ]),
    # self_care-014: constipation, but not specific foods like prunes or kiwi
    "prunes_kiwi_constipation": ([
        "Do prunes work better than fibre supplements for constipation?",
        "kiwi fruit constipation how many",
        "My elderly father is constipated - how much prune juice should he drink a day?",
        "Is coffee good for getting your bowels moving?",
        "Are probiotic yoghurts helpful for constipation in kids?",
    ], [
        "便秘吃西梅有用吗？",
        "便秘 吃猕猴桃 一天几个",
        "老人便秘喝蜂蜜水管用吗？",
        "孩子便秘喝益生菌有效吗",
        "便秘飲黑咖啡有冇用？",
    ]),
    # self_care-010 / zh self_care-010: check pollen forecasts, but no source is named
    "pollen_forecast_source": ([
        "Where can I find a reliable pollen forecast?",
        "pollen count app recommend",
        "When does tree pollen season start here? I want to start my tablets before it does.",
        "Does the hospital publish pollen counts for our area?",
        "What pollen count level counts as high?",
    ], [
        "在哪里能查花粉浓度预报？",
        "花粉 预报 App",
        "我们这里每年几月花粉最多？",
        "花粉浓度多少算高",
        "有冇App可以睇花粉指數？",
    ]),
    # self_care-011 / zh self_care-011: keep a headache diary, but no template is given
    "headache_diary_template": ([
        "Is there a headache diary template I can print?",
        "migraine diary app",
        "What exactly should I write in a headache diary, and for how many weeks?",
        "Does the hospital have a headache diary sheet I can pick up at clinic?",
        "Can I fill in my headache diary on the patient portal?",
    ], [
        "有没有头痛日记的模板可以下载？",
        "头痛日记 App",
        "头痛日记要记多久才有用？",
        "医院App里能记录头痛日记吗",
        "頭痛日記有冇表格可以印？",
    ]),
    # switchboard in many passages: it connects calls, but does it book taxis?
    "switchboard_taxi_booking": ([
        "Can the hospital switchboard book me a taxi home?",
        "taxi rank hospital main entrance",
        "I'm 84 and don't have a mobile. Can reception call a cab for me after my clinic?",
        "Is there a free phone to a taxi firm in the outpatient area?",
        "Does the hospital have an agreement with a taxi company for cheaper fares?",
    ], [
        "医院总机能帮忙叫出租车吗？",
        "医院门口 出租车 等候点",
        "我没智能手机，看完病能让服务台帮我叫个车吗？",
        "门诊有没有直通出租车公司的电话",
        "醫院總機可唔可以幫我叫的士？",
    ]),
    # appointments-001 / zh records_billing-004: the portal books hospital appointments, but not other providers
    "portal_other_providers": ([
        "Can I book my family doctor appointment through the hospital patient portal?",
        "hospital portal book GP",
        "Can I see my results from a different hospital in your portal?",
        "Does the portal link to my private clinic's appointments too?",
        "My optician appointment, can I put it in the hospital app calendar?",
    ], [
        "医院App能挂社区医院的号吗？",
        "医院App 看别的医院报告",
        "在别的医院做的检查结果能导进你们的App吗？",
        "医院App能不能预约私立诊所",
        "喺醫院App可唔可以約家庭醫生？",
    ]),
    # appointments-001 / zh appointments-004: a hospital number is needed, but not where to find a forgotten one
    "forgotten_hospital_number": ([
        "I don't know my hospital number. Where can I find it?",
        "forgot hospital number",
        "Is my hospital number printed on my appointment letter or on my wristband?",
        "Is the hospital number the same as my national health number?",
        "Can my old hospital number from twenty years ago still be used?",
    ], [
        "就诊卡号忘了在哪里能查到？",
        "病历号 在哪看",
        "二十年前在你们医院建过档，现在的卡号还能用吗？",
        "住院号和门诊号是同一个吗",
        "唔記得咗醫院編號，點查？",
    ]),
}


if __name__ == "__main__":
    sys.exit(write_set(TOPICS, "tune5", ("tune", "tune2", "tune3", "tune4"), __doc__.splitlines()[0]))
