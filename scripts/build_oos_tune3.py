"""Write the third tuning set of out-of-scope patient questions: new topics and new voices.

    python3 scripts/build_oos_tune3.py [--check]

Output: medqa/assets/grounded/out_of_scope_tune3.jsonl, one row per question:
{"id": "oos-<lang>-tune3-NNN", "language": "en"|"zh", "question", "topic"}.
The questions are written by hand below (TOPICS); none is answered by the bundled knowledge base
(medqa/assets/kb/passages_*.jsonl), and no topic is one of the first two tuning sets' or of the held-out
validation/test sets' (see data_cards/out_of_scope_questions.md). The voices vary on purpose: text-speak,
non-native English, formal letters, keyword fragments, long rambling questions, Chinese with pinyin or
English mixed in, Traditional and Cantonese forms; many reuse ordinary hospital words (ward, appointment,
visit, nurse, bring, parking, pay, 病房, 预约, 探视, 缴费, 病历, 门诊) so word overlap alone cannot tell them
from answerable questions. Standard library only; the output is deterministic.
`--check` exits 1 when the file on disk differs from what this script would write.
"""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GROUNDED = ROOT / "medqa" / "assets" / "grounded"
OUTPUT = GROUNDED / "out_of_scope_tune3.jsonl"
EARLIER_TUNING_FILES = ("out_of_scope_tune.jsonl", "out_of_scope_tune2.jsonl")

# Topics of the held-out out-of-scope sets (by name, as the data card lists them): none may be reused here,
# nor anything close to them (voting, hospital school and thanking staff are tuning topics, so they are left out too).
HELD_OUT_TOPICS = frozenset({
    "bedside_tv", "clinical_trials", "fertility", "fundraising", "gift_shop", "helipad", "jobs",
    "work_experience", "blood_donation", "cash_machine", "cosmetic", "ev_charging", "hairdresser",
    "history", "hotels", "laundry",
})

# topic -> (English questions, Chinese questions)
TOPICS: dict[str, tuple[list[str], list[str]]] = {
    "tax_relief_medical_costs": ([
        "Can I claim the money I paid for my operation back on my income tax return?",
        "tax deductible medical expenses hospital",
        "do i need to keep every receipt from the clinic for my tax return, my accountant is asking what counts",
        "Dear Sir/Madam, I would be grateful if you could advise whether hospital fees paid on behalf of my mother may be offset against my own taxable income.",
        "is the parking and travel to appointments tax deductible as well or only the treatment itself",
    ], [
        "住院花的钱能在个税APP里申报大病医疗专项附加扣除吗？",
        "个税 大病医疗扣除 怎么算 超过多少钱才能扣",
        "我爸住院自费部分挺多的，这个能不能放在我的个人所得税里抵扣，还是只能他本人扣",
        "ge shui 大病医疗 门诊缴费的钱算不算",
        "醫療費用可唔可以報稅扣除？",
    ]),
    "travel_insurance_claim_abroad": ([
        "I broke my leg skiing in Austria and paid the hospital there. How do I get the money back from my travel insurance?",
        "travel insurance claim after hospital abroad",
        "we was on holiday in thailand my husband was in hospital 5 days, insurance company not answering, what we do now",
        "will my travel insurance cover the flight home if a doctor says I can't fly yet",
        "got ill in spain paid cash at the clinic lost the receipt can i still claim on my travel insurance??",
    ], [
        "在泰国旅游时住院自己垫付了医药费，回国后怎么找旅游保险理赔？",
        "境外就医 旅游险 理赔流程",
        "出国旅行生病了在当地医院看病，发票是外文的，保险公司会认吗",
        "我的travel insurance包不包在日本看急诊的费用啊",
        "喺外國睇醫生嘅錢，旅遊保險點樣索償？",
    ]),
    "vending_machines": ([
        "Are there any vending machines near the ward that sell snacks at night?",
        "vending machine hospital",
        "the vending machine on level 2 took my coins and gave me nothing, who do i ask for a refund",
        "do the vending machines take card or only cash",
        "is there a machine selling cold drinks near the outpatient clinic waiting area",
    ], [
        "医院里有自动售货机吗？晚上陪床饿了想买点吃的",
        "zi dong shou huo ji 在几楼",
        "门诊那台售货机吞了我的钱没出饮料，找谁退钱",
        "售货机能用微信支付吗还是只能投币",
        "醫院有冇自動售賣機買水？",
    ]),
    "mobile_phone_repair": ([
        "My phone screen cracked while I was on the ward. Is there a phone repair shop in the hospital?",
        "phone repair near hospital",
        "i dropped my mobile in the toilet, anyone here can fix it? i need it to call my family",
        "Where can I buy a new phone charger cable quickly, I am visiting my wife and forgot mine",
        "is there somewhere on site that fixes phones or do I have to go into town",
    ], [
        "医院附近有修手机的地方吗？屏幕摔碎了",
        "手机进水了 医院里有维修点吗",
        "住院期间手机坏了，想找人上门修，病房允许吗",
        "哪里可以买数据线 探视忘带了",
        "附近有冇整手機嘅舖頭？",
    ]),
    "records_translation": ([
        "I'm moving to Germany. Can the hospital translate my medical records into German for my new doctor?",
        "certified translation of medical records",
        "Dear Records Department, kindly let me know whether you provide an officially certified English translation of my discharge summary for my insurer overseas.",
        "do u translate the clinic letters into polish or do i need 2 pay a translator myself",
        "my records are in chinese and my doctor here in the uk wants them in english who can translate them",
    ], [
        "出国看病需要把病历翻译成英文，医院能提供翻译件吗？",
        "病历 英文翻译 盖章",
        "我要把出院小结翻成日文给那边的医生看，去哪里找有资质的翻译公司",
        "病历翻译件需要公证吗 还是医院盖章就可以",
        "可唔可以幫我將病歷翻譯成英文？",
    ]),
    "home_oxygen_delivery": ([
        "My dad is going home on oxygen. Who delivers the oxygen cylinders to his house?",
        "home oxygen supplier",
        "the oxygen concentrator at home is making a beeping noise who do we call at the weekend",
        "can we take the home oxygen with us on a plane to visit family",
        "how often do they come to swap the oxygen bottles and do we pay for the delivery",
    ], [
        "出院后家里需要吸氧，制氧机去哪里租或者买？",
        "家用氧气瓶 送货上门",
        "我妈在家用的制氧机一直报警，是找医院还是找卖机器的公司",
        "zhi yang ji 租一个月大概多少钱",
        "屋企用嘅氧氣樽邊度可以換？",
    ]),
    "mosquito_control": ([
        "There are loads of mosquitoes breeding in the pond near my house. Who do I report it to?",
        "mosquito spraying schedule my area",
        "is there dengue in our town at the moment, should we be worried",
        "Does the council come and spray for mosquitoes if I ask?",
        "so many mozzies by the hospital car park water, is anyone gonna do something about it",
    ], [
        "小区里蚊子特别多，找哪个部门来灭蚊？",
        "mie wen 找哪个部门",
        "我们这边最近有没有登革热，要不要担心",
        "医院停车场旁边积水好多蚊子，有人管吗",
        "屋企附近好多蚊，可以點樣投訴？",
    ]),
    "air_quality_alerts": ([
        "Where can I see today's air pollution level? My son has asthma and I want to know if he should stay in.",
        "air quality alert today",
        "is there an app that warns you when the smog is bad",
        "the smoke from the wildfires is really bad today, is it safe to walk to my appointment",
        "who measures the air quality round here and where do they post it",
    ], [
        "今天空气质量怎么样？雾霾严重孩子能出门吗",
        "PM2.5 今天 多少",
        "有没有什么app可以提醒空气污染预警",
        "空气污染红色预警的时候门诊还开吗，我约了明天看病",
        "今日空氣質素指數幾多？",
    ]),
    "food_safety_complaint": ([
        "I got food poisoning from a takeaway last night. How do I report the restaurant?",
        "report restaurant food poisoning",
        "found a hair in my food at a cafe in town, who do i complain to, not the hospital i know",
        "Can you tell me which authority checks the hygiene of restaurants?",
        "my whole family got sick after a wedding buffet, who investigates that",
    ], [
        "在外面饭店吃坏肚子了，去哪里投诉这家店？",
        "食品安全 投诉电话",
        "外卖吃出虫子了，向哪个部门举报",
        "超市卖过期食品怎么投诉",
        "食到食物中毒，要向邊個部門投訴間餐廳？",
    ]),
    "cash_gifts_policy": ([
        "Is it allowed to give the surgeon some cash as a thank-you after the operation?",
        "can staff accept money from patients",
        "in my country we give the doctor an envelope before surgery, is this normal here?",
        "Would the hospital accept a cheque made out to the ward for the nurses' tea fund, or is that not permitted?",
        "if i give the nurse a gift voucher is she allowed to keep it",
    ], [
        "手术前给主刀医生包红包，医院允许吗？",
        "医生 收红包 规定",
        "出院了想给护士站送点钱表示感谢，她们能收吗",
        "给麻醉医生塞红包会不会影响手术，不给会不会不用心",
        "畀利是醫生會唔會收？",
    ]),
    "environmental_policy": ([
        "What is the hospital doing to reduce its carbon footprint?",
        "hospital environmental policy",
        "why does the ward use so much plastic, is there any plan to cut single-use items",
        "does the hospital have solar panels or use green energy",
        "Dear Chief Executive, I am writing to ask whether the trust has a published net zero target and by what date it expects to meet it.",
    ], [
        "医院有没有节能减排或者碳中和的计划？",
        "医院有没有 ESG 或者 sustainability 报告",
        "病房里一次性塑料用品那么多，医院有考虑减少吗",
        "医院的屋顶有没有装太阳能板",
        "醫院有冇環保政策？",
    ]),
    "hospital_ranking": ([
        "How does this hospital rank compared with others in the country?",
        "hospital ranking league table",
        "is this hospital any good? my friend said it has bad reviews",
        "which hospital is the best one for heart surgery in the whole country",
        "what rating did the hospital get in the last inspection, was it good or requires improvement",
    ], [
        "这家医院在全国排名第几？",
        "医院 排名 复旦榜",
        "这个医院是三甲吗？口碑怎么样",
        "你们医院心外科全国排第几，值不值得来看门诊",
        "呢間醫院評分高唔高？",
    ]),
    "banking_while_admitted": ([
        "I'm in hospital for three weeks. How can I pay my rent and bills while I'm on the ward?",
        "bank branch near hospital",
        "my mum is in hospital and cant get to the bank, can i collect her pension for her",
        "need to sign bank papers but I'm stuck in the ward, will the bank send someone?",
        "who can help me set up online banking on my phone while im an inpatient",
    ], [
        "住院期间没法去银行，房租水电怎么交？",
        "病房 附近 银行网点",
        "我妈住院取不了养老金，家属可以代领吗",
        "银行要本人签字但我躺在病房里出不去，银行能上门办理吗",
        "住院期間點樣交水費電費？",
    ]),
    "pet_care_while_admitted": ([
        "I live alone with my cat and have been admitted unexpectedly. Who can feed her while I'm in the ward?",
        "pet care while in hospital",
        "who looks after my dog if i have to stay in overnight, nobody at home",
        "is there a charity that walks dogs for people who are in hospital",
        "my budgie is alone at home since tuesday, can a nurse ring someone to check on him",
    ], [
        "突然住院了，家里的猫没人喂，有什么寄养服务吗？",
        "住院 宠物 寄养",
        "我一个人住，住院这几天狗狗谁来遛",
        "能不能请护士帮我联系宠物店上门喂猫",
        "住院嗰排隻狗冇人照顧點算？",
    ]),
    "religious_meals": ([
        "Does the hospital kitchen provide halal meals for patients on the ward?",
        "kosher meals hospital",
        "i am jain, no onion no garlic no root veg, can the ward give me food like this",
        "During Ramadan can my meal be kept until after sunset on the ward?",
        "Is there a Hindu vegetarian option on the patient menu or do I need my family to bring everything",
    ], [
        "住院有清真餐吗？我是回民",
        "病号饭 清真",
        "我吃全素不吃五辛，医院能提供不含葱蒜的斋饭吗",
        "斋月期间住院，晚饭能不能日落后再送到病房",
        "醫院有冇齋菜畀病人？",
    ]),
    "newspaper_delivery": ([
        "Can I get a daily newspaper delivered to my bed on the ward?",
        "newspaper trolley ward",
        "does someone come round selling papers and magazines in the mornings",
        "my grandad wants his usual paper every day while hes in, how do we arrange that",
        "where can a visitor buy a newspaper on site",
    ], [
        "住院期间能每天送报纸到病房吗？",
        "bao kan ting 医院里有吗",
        "我爷爷住院想看每天的晚报，有人卖吗",
        "探视的时候想给老人带本杂志，医院里哪里能买",
        "醫院有冇報紙賣？",
    ]),
    "embassy_contact": ([
        "I'm a foreign tourist and in hospital here. How do I contact my embassy?",
        "embassy phone number foreign patient",
        "my passport was stolen and now im in ward 5, how do i get a new one",
        "Could the hospital inform the consulate that one of its citizens has been admitted?",
        "as a visitor from brazil do i need to tell my embassy that i am in hospital",
    ], [
        "我在国外住院了，怎么联系中国大使馆？",
        "领事馆 电话 外国患者",
        "住院期间护照丢了，补办要去哪里",
        "外籍病人住院需要通知他的使馆吗",
        "喺外地入咗院，點樣搵領事館幫手？",
    ]),
    "visa_for_visiting_relative": ([
        "My mother lives in India. What kind of visa does she need to come and visit me on the ward?",
        "visa for relative visiting patient",
        "does the embassy speed up a visa if a close relative is seriously ill in hospital here",
        "can a relative's visa be extended if the patient stays in hospital longer",
        "Dear Sir, please advise which visa category applies to a family member travelling to visit a patient for a long stay in your hospital.",
    ], [
        "家人在国外，想来探视住院的我，应该办旅游签证还是探亲签证？",
        "探视 签证 类型",
        "我妈住院时间延长了，我的签证快到期了能延签吗",
        "亲属病重出国探视，签证能不能加急办理",
        "屋企人要申請簽證嚟探病，要辦咩簽證？",
    ]),
    "construction_noise": ([
        "The building work at the hospital starts at 7am and wakes up my whole street. Who do I complain to?",
        "hospital construction noise complaint",
        "how long is the new car park build going to go on for, the drilling is driving us mad",
        "Are the builders allowed to work on Sundays next to the ward? My husband cannot sleep.",
        "noise from the hospital building site at night, who is in charge",
    ], [
        "医院工地天天早上施工，吵得邻居睡不着，找谁投诉？",
        "医院 施工 噪音 投诉",
        "病房隔壁在装修，电钻声太吵了，什么时候能完工",
        "新门诊楼要盖到什么时候",
        "醫院地盤好嘈，可以打去邊度投訴？",
    ]),
    "recycling": ([
        "Where are the recycling bins for plastic bottles in the outpatient area?",
        "recycling hospital",
        "can i recycle my old inhalers anywhere here or do they go in the normal bin",
        "does the hospital recycle the blister packs from my tablets",
        "Is there a battery recycling point on site? My hearing aid batteries are piling up.",
    ], [
        "医院里有垃圾分类回收箱吗？塑料瓶扔哪",
        "可回收垃圾 医院",
        "用过的电池在医院哪里可以回收",
        "门诊楼的垃圾桶怎么不分类啊",
        "醫院有冇回收箱放膠樽？",
    ]),
    "earplugs_eye_masks": ([
        "The ward is so noisy at night. Do they hand out earplugs and eye masks?",
        "earplugs ward night",
        "cant sleep with the lights and beeping, is there a sleep pack for patients",
        "r there any sleep packs on ward 9?? nurse said ask u",
        "do nurses give out eye masks or should my wife bring one when she visits",
    ], [
        "病房晚上太吵了，护士站有耳塞和眼罩吗？",
        "耳塞 眼罩 住院",
        "晚上监护仪一直响睡不着，医院有没有睡眠包",
        "er sai 和 yan zhao 病房护士会发吗",
        "病房有冇耳塞派？",
    ]),
    "public_defibrillator_map": ([
        "Where is the nearest public defibrillator to my house?",
        "AED map near me",
        "is there an app showing where the defibs are in town",
        "How do I register the defibrillator our sports club bought so it shows on the map?",
        "who checks the public defib outside the supermarket is still working",
    ], [
        "我家附近哪里有公共AED除颤仪？",
        "AED 地图",
        "小区想装一台除颤仪，去哪里登记备案",
        "商场里的AED坏了没人管，找谁",
        "附近邊度有AED？",
    ]),
    "hospital_radio_request": ([
        "Can I request a song on the hospital radio for my nan on ward 12?",
        "hosp radio request pls",
        "what frequency is the hospital radio on and can patients listen on their phones",
        "my daughter is in the childrens ward, can the radio say happy birthday to her",
        "how do I send a dedication to a patient on hospital radio",
    ], [
        "医院有广播电台吗？想给病房里的奶奶点首歌",
        "医院 广播 点歌",
        "住院的孩子过生日，医院广播能帮忙送祝福吗",
        "病房里能收听医院电台吗 什么频道",
        "醫院電台可唔可以點歌？",
    ]),
    "period_products": ([
        "My period started unexpectedly while visiting. Are there free pads or tampons anywhere in the hospital?",
        "sanitary pads hospital toilets",
        "do the visitor toilets have a tampon machine",
        "i'm a patient and ran out of pads, can the nurse give me some or do i need to buy",
        "where can I buy sanitary towels on site",
    ], [
        "来探视突然来月经了，医院厕所有卫生巾吗？",
        "卫生巾 哪里买 医院",
        "住院期间卫生巾用完了，护士站有吗还是要家属带",
        "医院有卫生巾自动售卖机吗",
        "醫院廁所有冇衞生巾？",
    ]),
    "stray_animals_on_grounds": ([
        "There's a stray dog wandering around the hospital car park. Who should I tell?",
        "stray cats hospital grounds",
        "someone is feeding pigeons at the entrance and there are droppings everywhere, who deals with it",
        "I saw a fox near the children's ward entrance, is it dangerous",
        "an injured bird is in the courtyard outside outpatients, who can help it",
    ], [
        "医院停车场有只流浪狗，应该告诉谁？",
        "医院 流浪猫",
        "门诊楼门口有人喂鸽子，到处是鸟屎，谁来管",
        "病房楼下有受伤的小鸟，可以找谁救助",
        "醫院附近有流浪狗，打去邊度？",
    ]),
    "car_breakdown_help": ([
        "My car battery is flat in the hospital car park. Can someone give me a jump start?",
        "flat tyre hospital car park help",
        "car wont start after visiting, do security have jump leads",
        "locked my keys in the car in the multistorey, who can help me get in",
        "Can I leave my broken-down car in the car park overnight until the recovery truck comes?",
    ], [
        "在医院停车场车没电打不着火了，保安能帮忙搭电吗？",
        "停车场 爆胎 求助",
        "探视完车发动不了，能先把车停在这过夜等拖车吗",
        "钥匙锁车里了，医院停车场有人能帮忙开锁吗",
        "停車場架車死火，可以搵邊個幫手？",
    ]),
    "umbrella_loan": ([
        "It's pouring with rain. Does the hospital lend umbrellas to patients leaving?",
        "umbrella loan hospital",
        "forgot my brolly lol, anywhere in the clinic 2 borrow one?",
        "Do you sell umbrellas anywhere on site?",
        "i borrowed an umbrella from reception last week, where do i return it",
    ], [
        "下大雨了，医院有共享雨伞可以借吗？",
        "借雨伞 门诊",
        "上次在服务台借的伞要还到哪里",
        "医院哪里能买雨伞",
        "落緊大雨，醫院有冇遮借？",
    ]),
    "sim_card_top_up": ([
        "I'm visiting from abroad. Where can I buy a local SIM card near the hospital?",
        "buy sim card near hospital",
        "my phone credit run out and i need to call the ward, where can i top up",
        "Can international visitors get a prepaid data card anywhere on site?",
        "is there a phone shop close by for a pay as you go sim",
    ], [
        "我从国外来探视，医院附近哪里能办电话卡？",
        "手机 充话费 医院附近",
        "外国家属想买流量卡，医院周边有营业厅吗",
        "手机欠费停机了，没法打给病房，怎么充值",
        "附近有冇得買電話卡？",
    ]),
    "heatwave_cooling": ([
        "Is there a public cooling centre open during the heatwave for elderly people?",
        "heatwave cooling centre near me",
        "my flat is like an oven, where can my gran go to cool down during the day",
        "Does the council give out fans to older people in a heat alert?",
        "heat health alert this week what does amber mean",
    ], [
        "高温天气社区有没有避暑纳凉点？老人家里没空调",
        "高温预警 纳凉点",
        "高温红色预警是什么意思，要停工吗",
        "社区会给独居老人发风扇吗",
        "酷熱天氣警告有冇避暑中心開放？",
    ]),
    "bedbugs_at_home": ([
        "I think I have bed bugs at home. Who do I call to get rid of them?",
        "bed bug pest control",
        "can bedbugs come home with you from a hotel and how do you kill them",
        "does the council do cockroach treatment for council flats",
        "how much does pest control cost for bedbugs, landlord wont pay",
    ], [
        "家里好像有臭虫，找谁来消杀？",
        "除臭虫 上门",
        "出租屋里蟑螂特别多，房东不管，怎么办",
        "灭虫公司上门一次多少钱",
        "屋企有木虱，點算？",
    ]),
    "asbestos_home_testing": ([
        "How can I get my house tested for asbestos before renovating?",
        "asbestos test home",
        "who tests for radon gas in houses in this area",
        "there is black mould in my rented flat, who do i report it to",
        "Where can I get my water pipes checked for lead?",
    ], [
        "装修前想检测一下家里有没有石棉，找谁？",
        "甲醛检测 新房",
        "出租屋墙上发霉很严重，向哪个部门反映",
        "家里水管是不是铅管，去哪检测",
        "新屋甲醛超標點樣驗？",
    ]),
    "water_fluoridation": ([
        "Is fluoride added to the tap water in this area?",
        "water fluoridation my area",
        "is it true the government puts chemicals in tap water, should i drink bottled",
        "who decides whether fluoride goes in our drinking water",
        "water in this city is hard or soft? my kettle full of white thing",
    ], [
        "我们这里的自来水加了氟吗？",
        "自来水 加氟",
        "自来水到底能不能直接喝，需要装净水器吗",
        "小区水压太低，向哪个部门反映",
        "水喉水有冇加氟？",
    ]),
    "boil_water_notice": ([
        "There's a boil water notice in town. Is the hospital's water affected?",
        "boil water notice",
        "our tap water is brown today, who do i ring",
        "how long do we have to boil the water for after the notice",
        "the water supply is off on our street, when will it be back",
    ], [
        "通知说要烧开自来水再喝，医院的水也受影响吗？",
        "停水通知 我家",
        "今天水龙头流出来的水发黄，打哪个电话",
        "小区停水了什么时候恢复",
        "今日停水，幾時有返水？",
    ]),
    "rodents_in_neighbourhood": ([
        "There are rats in the bins on my street. Who do I report it to?",
        "rats in garden council",
        "mice in my kitchen, does the council come out for free",
        "I saw a rat near the hospital entrance bins, is anyone dealing with that",
        "rat problem in block of flats who is responsible landlord or council",
    ], [
        "我们小区垃圾桶旁边老鼠很多，向谁反映？",
        "灭鼠 小区",
        "家里厨房有老鼠，社区会上门灭鼠吗",
        "医院门口垃圾桶有老鼠跑来跑去，有人管吗",
        "屋企有老鼠，可以搵邊個處理？",
    ]),
    "hospital_newsletter": ([
        "Hospital have newsletter? I want sign up for it, how is possible?",
        "hospital newsletter subscribe",
        "how do i unsubscribe from the hospital's marketing emails",
        "Is there a magazine for patients and members of the public with news about the hospital?",
        "i keep getting emails from the hospital about events, how did you get my address",
    ], [
        "医院有没有电子期刊或者新闻简报可以订阅？",
        "医院 新闻 订阅",
        "怎么取消医院公众号的推送消息",
        "医院的院报在哪里可以看",
        "點樣訂閱醫院通訊？",
    ]),
    "hospital_social_media": ([
        "Is the hospital on Instagram or TikTok?",
        "hospital facebook page",
        "who runs the hospital's twitter account, they posted a photo with me in it",
        "Can I tag the hospital in a post thanking the maternity team?",
        "does the hospital have a youtube channel with videos about the wards",
    ], [
        "医院有抖音号或者微博吗？",
        "医院有官方 WeChat 视频号吗",
        "医院官方微博发的照片里有我，怎么让他们删掉",
        "医院小红书账号叫什么",
        "醫院有冇IG同Facebook專頁？",
    ]),
    "foi_request_spending": ([
        "How do I make a freedom of information request about how much the hospital spends on agency nurses?",
        "freedom of information request hospital",
        "Dear FOI Officer, under the Freedom of Information Act I request the total annual spend on car park maintenance for the last three years.",
        "can the public see the hospital's budget and what it spends money on",
        "how long does the hospital have to answer an FOI",
    ], [
        "怎么申请公开医院的财务信息？",
        "政府信息公开 医院 申请",
        "医院每年花多少钱买药，这些数据公开吗",
        "公立医院的预算在哪里能查到",
        "點樣申請睇醫院開支資料？",
    ]),
    "executive_pay": ([
        "How much does the chief executive of the hospital get paid?",
        "hospital director salary",
        "why do the managers get bonuses when the wards are short staffed",
        "who is in the board of hospital and how they are choosing them?",
        "how many managers does the hospital have compared to nurses",
    ], [
        "医院院长一年工资多少？",
        "院长 年薪",
        "为什么病房护士不够，领导还发奖金",
        "医院的管理层都有谁，是怎么任命的",
        "醫院院長人工幾多？",
    ]),
    "media_enquiries": ([
        "I'm a journalist. Who do I contact at the hospital press office?",
        "hospital press office contact",
        "local newspaper wants to interview me about my care, do i need the hospital's permission",
        "Can the hospital give a statement to the news about the accident victims brought in today?",
        "i am a student writing a news article, who can i speak to about the new wing",
    ], [
        "我是记者，医院宣传科怎么联系？",
        "xuan chuan ke 电话多少",
        "报社想采访我在医院的经历，需要医院同意吗",
        "今天送来的车祸伤员，医院会对媒体发布消息吗",
        "醫院傳訊部點聯絡？",
    ]),
    "power_cut_backup": ([
        "What happens on the wards if there is a power cut? Do the machines keep working?",
        "hospital backup generator",
        "during the blackout last night were the ventilators ok",
        "my husband uses a home dialysis machine, who do we tell the electricity company so we get priority",
        "Does the hospital have its own generator in case of power outage?",
    ], [
        "医院如果停电了，病房里的机器还能用吗？",
        "医院 备用发电机",
        "家里有人用呼吸机，停电时怎么向电力公司申请优先保障",
        "昨晚全市停电，ICU的病人有没有受影响",
        "醫院停電會點？",
    ]),
    "hospital_merger_news": ([
        "Is it true the hospital is going to merge with the one in the next town?",
        "hospital closing rumours",
        "I heard the maternity unit might close, is that true",
        "Will my clinic move to another site after the merger?",
        "whats happening with the plans to close the A&E, theres a petition going round",
    ], [
        "听说医院要和另一家医院合并，是真的吗？",
        "医院 合并 消息",
        "听说产科要关掉了，以后去哪里生孩子",
        "医院要搬迁到新区吗，门诊也一起搬吗",
        "聽講醫院要合併，係咪真㗎？",
    ]),
    "event_medical_cover": ([
        "We're organising a marathon. Can the hospital provide medical cover on the day?",
        "first aid cover for event",
        "how do we book an ambulance to stand by at our school sports day",
        "Dear Sir, our company is holding a conference for 2,000 people and wishes to engage medical staff on site; please advise on arrangements and costs.",
        "do we need paramedics at a music festival by law",
    ], [
        "我们要办马拉松比赛，医院能派医护人员现场保障吗？",
        "活动 医疗保障 申请",
        "学校运动会想请救护车在现场待命，怎么预约",
        "公司年会两千人，需要请医生驻场吗，费用多少",
        "搞活動可以請醫護人員駐場嗎？",
    ]),
    "negligence_compensation_claim": ([
        "I think my operation went wrong. How much compensation could I get?",
        "medical negligence lawyer no win no fee",
        "the doctors missed my cancer for a year, can i sue them",
        "Is there a time limit for making a medical negligence claim?",
        "my solicitor says i should claim against the hospital, will that affect my ongoing treatment",
    ], [
        "手术出了问题，可以要求医院赔偿多少钱？",
        "医疗事故 律师 赔偿",
        "医疗纠纷打官司有时效吗",
        "医疗事故鉴定去哪里申请",
        "醫療事故可以索償幾多錢？",
    ]),
    "toys_and_games": ([
        "Is there a play specialist on the children's ward who can keep my son busy during the day?",
        "games console children's ward",
        "can my son bring his xbox or switch to play on the ward",
        "Do you have board games or puzzles for adult patients who are in for a long time?",
        "my daughter is bored stiff in hospital, is there a play specialist or anything to do",
    ], [
        "儿科病房有玩具室或者游戏室吗？",
        "儿童病房 玩具",
        "孩子住院能带switch游戏机吗",
        "长期住院的大人有没有棋牌可以借来玩",
        "兒童病房有冇玩具玩？",
    ]),
    "local_sightseeing": ([
        "My family are visiting from Australia while I'm in hospital. What is there to see in the city?",
        "things to do near hospital",
        "any nice walks or parks near the hospital for when i'm not visiting",
        "is there a museum close by to take the kids while mum is in theatre",
        "we have a day free between visits, what tourist places are nearby",
    ], [
        "家人从外地来探视，医院附近有什么景点可以逛？",
        "医院附近 公园",
        "探视间隙想带孩子去附近博物馆，有推荐吗",
        "这边有什么好玩的地方，陪护累了想出去走走",
        "醫院附近有咩好去處？",
    ]),
    "coffee_shop": ([
        "Is there a coffee shop in the hospital that opens early, before my 7am appointment?",
        "coffee hospital",
        "does the cafe near outpatients do oat milk",
        "where can i get a proper coffee at night when im sitting with my dad",
        "Is there a Starbucks or Costa anywhere on site?",
    ], [
        "医院里有咖啡店吗？早上7点前开门吗",
        "医院 咖啡",
        "门诊楼附近有奶茶店吗",
        "晚上陪床想喝杯咖啡，哪里还开着",
        "醫院有冇咖啡室？",
    ]),
    "infection_statistics": ([
        "What are the hospital's MRSA infection rates? Are they published anywhere?",
        "hospital infection rates data",
        "how many patients caught c diff here last year",
        "Is the surgical site infection rate for hip replacements at this hospital higher than average?",
        "where can i compare death rates after surgery between hospitals",
    ], [
        "医院的院内感染率是多少？有公开数据吗",
        "gan ran lv 这家医院公开吗",
        "这家医院手术死亡率高不高",
        "你们医院的髋关节置换术后感染率是多少",
        "醫院嘅感染率有冇公佈？",
    ]),
    "hospital_map_wayfinding": ([
        "Is there an interactive map of the hospital on my phone so I can find the ward?",
        "hospital map download",
        "i keep getting lost, is there a phone app with turn by turn directions inside the building",
        "Does Google Maps show the inside of the hospital?",
        "where can i print a floor plan of the hospital before my visit",
    ], [
        "医院有没有室内导航地图？总是找不到病房",
        "医院 floor plan 在哪下载",
        "手机上能看医院的楼层分布图吗",
        "高德地图能导航到医院里面的门诊楼吗",
        "醫院有冇地圖可以下載？",
    ]),
    "police_statement": ([
        "The police want to take a statement from me while I'm on the ward after the accident. Is that allowed?",
        "police interview in hospital",
        "someone broke into my car in the car park, how do i report it to the police",
        "Can a police officer visit my son in hospital without me there? He's 16.",
        "i was assaulted and am now an inpatient, how do i report the crime from here",
    ], [
        "警察要到病房给我做笔录，可以吗？",
        "住院 报警 做笔录",
        "在医院停车场车被砸了，怎么报警",
        "我被人打伤住院了，在病房里能报案吗",
        "差人可唔可以入病房落口供？",
    ]),
    "ai_use_policy": ([
        "Does the hospital use AI to read my scans? I'm a bit worried, my neighbour said the computers do it now and there's no doctor looking any more, and my appointment for the results is next week so I'd like to know before I go in, thanks",
        "artificial intelligence hospital policy",
        "is my data being used to train chatgpt or some other ai",
        "Can I refuse to have a computer programme look at my X-ray instead of a doctor?",
        "is this chat with the hospital a robot or a real person",
    ], [
        "医院看片子用人工智能吗？",
        "yi yuan yong bu yong AI 看片",
        "我的病历数据会不会被拿去训练AI大模型",
        "可以拒绝让AI帮我看CT吗",
        "醫院有冇用AI睇X光片？",
    ]),
    "hospital_ownership": ([
        "this hospital is private or government one? i must pay or no?",
        "who owns the hospital",
        "is the hospital run by a company for profit",
        "Which government department funds this hospital?",
        "is the hospital part of a university",
    ], [
        "这家医院是公立的还是私立的？",
        "医院 性质 公立 民营",
        "这家医院是不是莆田系的",
        "医院归哪个部门管",
        "呢間係公立定私家醫院？",
    ]),
    "haunted_ward_rumours": ([
        "omg is the old ward on 3rd floor actually haunted",
        "hospital ghost stories",
        "my nan says she saw someone at night on the ward, do other patients see things too",
        "why do the night nurses say never to talk about the quiet side room",
        "has anyone ever seen a ghost in this hospital",
    ], [
        "听说医院老楼三楼闹鬼，是真的吗？",
        "医院 灵异 传说",
        "陪床的时候晚上总觉得病房里有人，是不是迷信",
        "为什么医院太平间旁边那条走廊晚上没人走",
        "醫院係咪真係有鬼？",
    ]),
    "missing_floor_numbers": ([
        "Why there is no 13 floor in the lift of hospital?",
        "hospital no floor 4",
        "the lift goes from 3 to 5, where is ward on floor 4",
        "Why are some bed numbers skipped on the ward?",
        "is it superstition that there is no room 13",
    ], [
        "为什么医院电梯没有4楼？",
        "医院 没有四楼 原因",
        "病床号为什么跳过了4号和14号",
        "电梯里怎么是3楼之后直接5楼，病房在哪",
        "點解醫院冇4樓？",
    ]),
    "festival_decorations": ([
        "Can we put up Christmas decorations around my mum's bed on the ward?",
        "christmas lights ward",
        "is it ok to bring a small diwali lamp to the ward, not lit, just for decoration",
        "Will there be anything special for patients on Christmas Day, like a dinner or Santa visiting?",
        "can my kids hang birthday banners in the side room",
    ], [
        "过年了，能在病房里贴春联、挂灯笼吗？",
        "病房 春节 装饰",
        "春节期间住院，医院会给病人包饺子吗",
        "中秋节医院会给住院病人发月饼吗",
        "新年可唔可以喺病房貼揮春？",
    ]),
    "carer_leave_employment": ([
        "Does my employer have to give me time off to look after my dad in hospital?",
        "carers leave from work rights",
        "my boss says i'll lose my job if i keep leaving early for visiting hours, is that legal",
        "Am I entitled to paid leave while my child is an inpatient?",
        "can i work from the hospital while my wife is in intensive care, what are my rights",
    ], [
        "家人住院需要陪护，单位必须给我请假吗？",
        "陪护假 规定",
        "孩子住院，我请假陪护公司扣工资合法吗",
        "独生子女护理假有几天",
        "照顧住院家人可以請假嗎？公司唔批點算？",
    ]),
    "visitor_showers": ([
        "I'm staying with my son on the ward for a week. Is there a shower I can use as a parent?",
        "shower for visitors hospital",
        "do relatives who stay overnight get to use a bathroom with a shower",
        "Is there a place to freshen up after a long drive before visiting?",
        "any showers in the hospital for family members, been here 2 days",
    ], [
        "陪床好几天了，家属有地方洗澡吗？",
        "陪护 家属 洗澡",
        "医院有没有给家属用的淋浴间，收费吗",
        "长途过来探视，想先洗个澡，医院附近哪里有澡堂",
        "陪住喺醫院，有冇地方沖涼？",
    ]),
    "visitor_luggage_storage": ([
        "I'm coming straight from the airport to visit. Is there somewhere to leave my suitcase?",
        "left luggage hospital",
        "can visitors rent a locker for their bags during the day",
        "Is there a cloakroom for visitors' coats and bags near the wards?",
        "where can i store my luggage after my mum is discharged, our train is later",
    ], [
        "刚下飞机来探视，行李箱能寄存在医院吗？",
        "医院 行李寄存",
        "探视的家属有储物柜可以租吗",
        "出院后要等晚上的火车，大件行李放哪",
        "醫院有冇地方寄存行李？",
    ]),
    "visitor_dress_code": ([
        "visiting 2moro, can i wear shorts n flip flops or is there a dress code",
        "visitor dress code hospital",
        "do i need to cover my arms when visiting the ward",
        "Can I wear my work boots into the ward or do I need to change?",
        "is there a rule against hats or hoods for visitors",
    ], [
        "探视病人对穿着有要求吗？可以穿拖鞋短裤吗",
        "探视 着装要求",
        "去病房探视要不要穿长袖",
        "穿工作服直接来探视可以吗",
        "探病可唔可以着拖鞋？",
    ]),
    "art_exhibitions": ([
        "Who painted the pictures in the main corridor? Are they for sale?",
        "hospital art exhibition",
        "i am a local artist, can i show my paintings in the hospital",
        "Is there a sculpture trail or art tour in the hospital grounds?",
        "where can i find out about the photography exhibition in outpatients",
    ], [
        "门诊走廊里挂的画是谁画的？能买吗",
        "医院 艺术展",
        "我是本地画家，可以在医院办画展吗",
        "医院大厅的雕塑是什么意思",
        "醫院走廊啲畫係邊個畫㗎？",
    ]),
    "new_building_opening": ([
        "When is the new hospital wing going to open?",
        "new hospital building opening date",
        "will my clinic be moving into the new building next year",
        "Who designed the new outpatient building, it looks amazing",
        "how much did the new wing cost and who paid for it",
    ], [
        "医院新大楼什么时候启用？",
        "新门诊楼 开业时间",
        "新院区建好后我的门诊会搬过去吗",
        "新住院楼花了多少钱，谁出的钱",
        "新翼幾時開？",
    ]),
    "siren_noise_neighbours": ([
        "The ambulances use their sirens right outside my flat at 3am. Can they turn them off near the hospital?",
        "ambulance siren noise complaint",
        "why do ambulances need sirens when the road is empty at night",
        "Who do I contact about the noise from ambulances going into the hospital at night?",
        "helpline for residents near the hospital about noise and traffic",
    ], [
        "救护车半夜在我家楼下鸣笛，能不能在医院附近关掉警笛？",
        "救护车 鸣笛 扰民",
        "住在医院旁边，晚上救护车太吵，找谁反映",
        "为什么半夜路上没车救护车还要鸣笛",
        "白車半夜響號好嘈，可以投訴嗎？",
    ]),
}


def build_rows(topics: dict[str, tuple[list[str], list[str]]]) -> list[dict]:
    """Rows in file order: all English questions, then all Chinese, each numbered from 001 in topic order."""
    rows = []
    for language, index in (("en", 0), ("zh", 1)):
        number = 0
        for topic, questions in topics.items():
            for question in questions[index]:
                number += 1
                rows.append({"id": f"oos-{language}-tune3-{number:03d}", "language": language,
                             "question": question, "topic": topic})
    return rows


def read_jsonl(path: Path) -> list[dict]:
    """The JSON rows of a .jsonl file, skipping blank lines."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def problems(rows: list[dict], earlier: list[dict]) -> list[str]:
    """Reasons the rows are not a usable tuning set: reused topics or questions, duplicates, too few or many questions."""
    found = []
    earlier_topics = {row["topic"] for row in earlier}
    earlier_questions = {row["question"].strip().lower() for row in earlier}
    seen = set()
    for row in rows:
        text = row["question"].strip()
        key = text.lower()
        if not text:
            found.append(f"{row['id']}: empty question")
        if key in seen:
            found.append(f"{row['id']}: duplicate question {text!r}")
        if key in earlier_questions:
            found.append(f"{row['id']}: already in an earlier tuning set: {text!r}")
        seen.add(key)
        if row["topic"] in earlier_topics or row["topic"] in HELD_OUT_TOPICS:
            found.append(f"{row['id']}: topic {row['topic']!r} is already used by another out-of-scope set")
    per_topic = Counter((row["topic"], row["language"]) for row in rows)
    for topic in {row["topic"] for row in rows}:
        for language in ("en", "zh"):
            count = per_topic[(topic, language)]
            if not 4 <= count <= 6:
                found.append(f"{topic}/{language}: {count} questions, want 4-6")
    return found


def main() -> int:
    """Write (or with --check, compare) out_of_scope_tune3.jsonl; exit 1 on a problem or a stale file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file on disk is stale")
    args = parser.parse_args()
    rows = build_rows(TOPICS)
    earlier = [row for name in EARLIER_TUNING_FILES for row in read_jsonl(GROUNDED / name)]
    found = problems(rows, earlier)
    if found:
        print("\n".join(found), file=sys.stderr)
        return 1
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if args.check:
        stale = not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text
        print(f"{OUTPUT.name}: {'stale' if stale else 'up to date'}")
        return 1 if stale else 0
    OUTPUT.write_text(text, encoding="utf-8")
    counts = Counter(row["language"] for row in rows)
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(rows)} rows ({counts['en']} en, {counts['zh']} zh), {len(TOPICS)} topics")
    return 0


if __name__ == "__main__":
    sys.exit(main())
