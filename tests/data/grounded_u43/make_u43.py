#!/usr/bin/env python3
"""Build questions.jsonl for brief U43 (blind don't-know test set, personas, questions first).

Standard library only, no randomness. Every question and label is a literal below.
Questions are copied unchanged from step1_en.txt / step1_zh.txt (written before the KB was opened);
labels were assigned afterwards, after reading both KB files in full. No 'added' rows were needed.
"""
import json
import os

KB_DIR = os.environ.get("MEDQA_KB_DIR", "/work/main/medqa/assets/kb")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "questions.jsonl")


def R(id_, language, question, answerable, gold, kind, voice):
    return {"id": id_, "language": language, "question": question, "answerable": answerable,
            "gold": gold, "kind": kind, "voice": voice}


ROWS = [
    R("u43-en-001", "en", "I've been referred to audiology for my first hearing aids. How long does a fitting appointment usually take?", False, [], "off_topic", "E1 quiet, precise, polite"),
    R("u43-en-002", "en", "Is there a charge for the hearing aids themselves, or for replacement batteries later on?", False, [], "off_topic", "E1 quiet, precise, polite"),
    R("u43-en-003", "en", "Where do I pick up replacement hearing aid batteries, and do I need to bring anything with me to get them?", False, [], "off_topic", "E1 quiet, precise, polite"),
    R("u43-en-004", "en", "Can my husband come into the hearing test booth with me?", False, [], "missing_detail", "E1 quiet, precise, polite"),
    R("u43-en-005", "en", "My letter says my ears must be free of wax before the test. Does the hospital remove ear wax or do I go to my GP for that?", False, [], "off_topic", "E1 quiet, precise, polite"),
    R("u43-en-006", "en", "If I can't make my 9.15 audiology slot, what number do I ring to rebook?", False, [], "missing_detail", "E1 quiet, precise, polite"),
    R("u43-en-007", "en", "Is there a hearing loop at the main reception desk?", True, ["kb-en-appointments-012"], "answered", "E1 quiet, precise, polite"),
    R("u43-en-008", "en", "I work Saturdays at the library. Are any audiology clinics held at weekends?", False, [], "off_topic", "E1 quiet, precise, polite"),
    R("u43-en-009", "en", "How much notice do you need if I cancel, before I'm counted as not attending?", True, ["kb-en-appointments-002", "kb-en-appointments-003"], "answered", "E1 quiet, precise, polite"),
    R("u43-en-010", "en", "Can I get a copy of my audiogram to keep for myself?", True, ["kb-en-records_billing-001"], "answered", "E1 quiet, precise, polite"),
    R("u43-en-011", "en", "Is there a quieter place to wait? The main outpatient waiting area is very loud for me.", True, ["kb-en-appointments-007"], "answered", "E1 quiet, precise, polite"),
    R("u43-en-012", "en", "Which bus stops closest to the outpatient entrance?", False, [], "missing_detail", "E1 quiet, precise, polite"),
    R("u43-en-013", "en", "If the hearing aid starts whistling after a week, can I just drop in for a repair, or is it appointment only?", False, [], "off_topic", "E1 quiet, precise, polite"),
    R("u43-en-014", "en", "I have been admitted with a kidney infection. May members of my congregation visit me, and how many at a time?", True, ["kb-en-visiting-001"], "answered", "E2 formal, courteous, churchgoing"),
    R("u43-en-015", "en", "Is there a hospital chaplain, and can I receive Holy Communion on the ward on Sunday?", False, [], "missing_detail", "E2 formal, courteous, churchgoing"),
    R("u43-en-016", "en", "Can my wife bring me home-cooked jollof rice, or is outside food not permitted on the wards?", True, ["kb-en-visiting-003"], "answered", "E2 formal, courteous, churchgoing"),
    R("u43-en-017", "en", "At what time do the doctors do their ward round, so my wife can be present to ask questions?", False, [], "missing_detail", "E2 formal, courteous, churchgoing"),
    R("u43-en-018", "en", "I am on an antibiotic drip. Am I allowed to walk down to the chapel with it?", False, [], "off_topic", "E2 formal, courteous, churchgoing"),
    R("u43-en-019", "en", "Is there a chapel or a multi-faith prayer room, and on which floor?", False, [], "missing_detail", "E2 formal, courteous, churchgoing"),
    R("u43-en-020", "en", "Are there sockets at the bedside where I can charge my mobile phone?", False, [], "missing_detail", "E2 formal, courteous, churchgoing"),
    R("u43-en-021", "en", "Is there free wifi for patients, and how do I connect to it?", True, ["kb-en-visiting-011"], "answered", "E2 formal, courteous, churchgoing"),
    R("u43-en-022", "en", "My wife does not drive. Is there a patient transport service to take me home when I am discharged?", False, [], "missing_detail", "E2 formal, courteous, churchgoing"),
    R("u43-en-023", "en", "Will I be given a letter for the church council about my time off sick?", True, ["kb-en-records_billing-011"], "answered", "E2 formal, courteous, churchgoing"),
    R("u43-en-024", "en", "How much warning will I get before discharge, so my family can arrange to collect me?", True, ["kb-en-procedures-009"], "answered", "E2 formal, courteous, churchgoing"),
    R("u43-en-025", "en", "Where do I collect the tablets I must take home: from the ward or from the pharmacy downstairs?", True, ["kb-en-medications-012"], "answered", "E2 formal, courteous, churchgoing"),
    R("u43-en-026", "en", "Whom do I speak to if I wish to thank the nurses formally? Is there a compliments procedure?", True, ["kb-en-visiting-012"], "answered", "E2 formal, courteous, churchgoing"),
    R("u43-en-027", "en", "fractured my cheekbone at rugby and they said surgery in a few days, do i have to stay in till then or can i go home and come back?", False, [], "off_topic", "E3 casual, lowercase, student"),
    R("u43-en-028", "en", "how long do i have to not eat before the op", True, ["kb-en-procedures-003"], "answered", "E3 casual, lowercase, student"),
    R("u43-en-029", "en", "can my mates visit in the evening after training, like 8pm?", False, [], "missing_detail", "E3 casual, lowercase, student"),
    R("u43-en-030", "en", "will i get a fit note for uni and for my part time bar job", True, ["kb-en-records_billing-011"], "answered", "E3 casual, lowercase, student"),
    R("u43-en-031", "en", "is there a cafe in the hospital thats open late, the ward food is grim", False, [], "off_topic", "E3 casual, lowercase, student"),
    R("u43-en-032", "en", "how much is parking for my mum if she drives up for 3 days", False, [], "missing_detail", "E3 casual, lowercase, student"),
    R("u43-en-033", "en", "can i use my own laptop and headphones on the ward", False, [], "missing_detail", "E3 casual, lowercase, student"),
    R("u43-en-034", "en", "is there a leaflet about when i can go back to contact sport after a facial fracture op", False, [], "off_topic", "E3 casual, lowercase, student"),
    R("u43-en-035", "en", "im on my mums health insurance, do i need to bring anything for the billing side", True, ["kb-en-records_billing-008", "kb-en-appointments-004"], "answered", "E3 casual, lowercase, student"),
    R("u43-en-036", "en", "is there a shop in the hospital where i can buy a phone charger and snacks", False, [], "off_topic", "E3 casual, lowercase, student"),
    R("u43-en-037", "en", "where do i go for the follow up, is it the maxfax clinic or the fracture clinic", False, [], "missing_detail", "E3 casual, lowercase, student"),
    R("u43-en-038", "en", "when can i wash my face normally after the op", True, ["kb-en-procedures-010"], "answered", "E3 casual, lowercase, student"),
    R("u43-en-039", "en", "do i need someone to pick me up after the general anaesthetic or can i just get an uber home", True, ["kb-en-procedures-002", "kb-en-procedures-004"], "answered", "E3 casual, lowercase, student"),
    R("u43-en-040", "en", "They've kept me in for cellulitis in my leg and I live alone. Is there any help with feeding my cat while I'm in?", False, [], "off_topic", "E4 plain-spoken, lives alone"),
    R("u43-en-041", "en", "What time is breakfast served on the wards? I'm always up at six.", False, [], "missing_detail", "E4 plain-spoken, lives alone"),
    R("u43-en-042", "en", "Can I get a newspaper delivered to my bed?", False, [], "off_topic", "E4 plain-spoken, lives alone"),
    R("u43-en-043", "en", "My neighbour is my only visitor and works till five. Can she come at half six in the evening?", False, [], "missing_detail", "E4 plain-spoken, lives alone"),
    R("u43-en-044", "en", "I'm meant to keep the leg up. Can I ask for an extra pillow, or do I need a nurse for that?", False, [], "off_topic", "E4 plain-spoken, lives alone"),
    R("u43-en-045", "en", "Is there a bedside TV, and what does it cost per day?", False, [], "off_topic", "E4 plain-spoken, lives alone"),
    R("u43-en-046", "en", "Am I allowed to go outside to the garden for a bit of fresh air?", False, [], "off_topic", "E4 plain-spoken, lives alone"),
    R("u43-en-047", "en", "If I'm sent home with antibiotic tablets and run out over the weekend, who do I ring?", True, ["kb-en-medications-001"], "answered", "E4 plain-spoken, lives alone"),
    R("u43-en-048", "en", "Do I qualify for free hospital transport home? I don't drive any more.", False, [], "missing_detail", "E4 plain-spoken, lives alone"),
    R("u43-en-049", "en", "Is there someone at the hospital who checks I'll manage at home on my own before I leave?", True, ["kb-en-procedures-009"], "answered", "E4 plain-spoken, lives alone"),
    R("u43-en-050", "en", "How do I keep a leg bandage dry when I have a shower at home?", False, [], "missing_detail", "E4 plain-spoken, lives alone"),
    R("u43-en-051", "en", "Where can I leave a thank-you card and a donation for the ward?", False, [], "missing_detail", "E4 plain-spoken, lives alone"),
    R("u43-en-052", "en", "Can a copy of my discharge letter be sent to me as well as to my GP?", True, ["kb-en-procedures-009"], "answered", "E4 plain-spoken, lives alone"),
    R("u43-en-053", "en", "What are the opening hours of the early pregnancy unit, and can I just walk in?", False, [], "off_topic", "E5 anxious, short sentences"),
    R("u43-en-054", "en", "Can my partner come into the scan room with me?", False, [], "missing_detail", "E5 anxious, short sentences"),
    R("u43-en-055", "en", "Do I need a full bladder for the early pregnancy scan?", True, ["kb-en-test_preparation-009"], "answered", "E5 anxious, short sentences"),
    R("u43-en-056", "en", "How long will I be there? I need to tell work.", False, [], "missing_detail", "E5 anxious, short sentences"),
    R("u43-en-057", "en", "Is there a separate waiting area so I don't have to sit with pregnant women?", False, [], "missing_detail", "E5 anxious, short sentences"),
    R("u43-en-058", "en", "If I manage the miscarriage at home with tablets, what number can I ring out of hours for advice?", False, [], "off_topic", "E5 anxious, short sentences"),
    R("u43-en-059", "en", "Can the unit give me a sick note, or does it have to come from my GP?", True, ["kb-en-records_billing-011"], "answered", "E5 anxious, short sentences"),
    R("u43-en-060", "en", "Is there counselling or a support service after losing a pregnancy?", False, [], "off_topic", "E5 anxious, short sentences"),
    R("u43-en-061", "en", "Is there any charge for the follow-up pregnancy test?", False, [], "off_topic", "E5 anxious, short sentences"),
    R("u43-en-062", "en", "Should I use pads or tampons for the bleeding afterwards?", False, [], "off_topic", "E5 anxious, short sentences"),
    R("u43-en-063", "en", "Is there a leaflet on what to expect physically over the next two weeks?", False, [], "off_topic", "E5 anxious, short sentences"),
    R("u43-en-064", "en", "How do I get a copy of my scan report for my own records?", True, ["kb-en-records_billing-001"], "answered", "E5 anxious, short sentences"),
    R("u43-en-065", "en", "Is parking free for patients at the early pregnancy unit?", False, [], "missing_detail", "E5 anxious, short sentences"),
    R("u43-en-066", "en", "My daughter is 14 and having spinal surgery for scoliosis. Can one parent stay overnight beside her on the children's ward?", True, ["kb-en-visiting-009", "kb-en-visiting-008"], "answered", "E6 careful, worried father, slightly formal English"),
    R("u43-en-067", "en", "Is there a bed or a chair for the parent, and is there a charge for it?", False, [], "missing_detail", "E6 careful, worried father, slightly formal English"),
    R("u43-en-068", "en", "She eats only vegetarian food, no egg. Can the ward provide this?", False, [], "off_topic", "E6 careful, worried father, slightly formal English"),
    R("u43-en-069", "en", "Can her grandmother visit too, and is there an age limit for her brother who is 8?", True, ["kb-en-visiting-009", "kb-en-visiting-002"], "answered", "E6 careful, worried father, slightly formal English"),
    R("u43-en-070", "en", "How many days does a child usually stay in hospital after scoliosis surgery?", False, [], "off_topic", "E6 careful, worried father, slightly formal English"),
    R("u43-en-071", "en", "Is there a teacher or school service on the ward so she does not fall behind?", False, [], "off_topic", "E6 careful, worried father, slightly formal English"),
    R("u43-en-072", "en", "Is there a weekly parking ticket for parents whose child is in for a week?", False, [], "missing_detail", "E6 careful, worried father, slightly formal English"),
    R("u43-en-073", "en", "Can she keep a small sacred thread on her wrist during the operation?", False, [], "missing_detail", "E6 careful, worried father, slightly formal English"),
    R("u43-en-074", "en", "Is there a play specialist or someone who can prepare her for the operation?", False, [], "off_topic", "E6 careful, worried father, slightly formal English"),
    R("u43-en-075", "en", "We run a shop. During which hours can I phone the ward for updates?", False, [], "missing_detail", "E6 careful, worried father, slightly formal English"),
    R("u43-en-076", "en", "Is there a kitchen where parents can heat their own food?", True, ["kb-en-visiting-003"], "answered", "E6 careful, worried father, slightly formal English"),
    R("u43-en-077", "en", "Do both parents have to sign the consent form?", False, [], "missing_detail", "E6 careful, worried father, slightly formal English"),
    R("u43-en-078", "en", "How is physiotherapy arranged after she goes home?", False, [], "missing_detail", "E6 careful, worried father, slightly formal English"),
    R("u43-en-079", "en", "I attend the leg ulcer clinic twice a week. Can I have the same nurse each time?", False, [], "off_topic", "E7 elderly, gentle, a little hard of hearing"),
    R("u43-en-080", "en", "What time does the leg ulcer clinic open? My neighbour drops me off on her way to work at eight.", False, [], "off_topic", "E7 elderly, gentle, a little hard of hearing"),
    R("u43-en-081", "en", "Is there a volunteer who can help me get from the entrance to the clinic?", True, ["kb-en-appointments-012", "kb-en-appointments-005"], "answered", "E7 elderly, gentle, a little hard of hearing"),
    R("u43-en-082", "en", "Can I borrow a wheelchair at the front door? I walk very slowly.", True, ["kb-en-appointments-012"], "answered", "E7 elderly, gentle, a little hard of hearing"),
    R("u43-en-083", "en", "The bandages mean my shoes don't fit. Where can I get a bigger shoe to wear over them?", False, [], "off_topic", "E7 elderly, gentle, a little hard of hearing"),
    R("u43-en-084", "en", "Will I have to pay for compression stockings once the ulcer has healed?", False, [], "off_topic", "E7 elderly, gentle, a little hard of hearing"),
    R("u43-en-085", "en", "Is there a toilet near the clinic? I need to go often.", False, [], "missing_detail", "E7 elderly, gentle, a little hard of hearing"),
    R("u43-en-086", "en", "Can I have a bath with the leg bandages on?", False, [], "missing_detail", "E7 elderly, gentle, a little hard of hearing"),
    R("u43-en-087", "en", "Is hospital transport available for regular clinic visits, and how do I book it?", True, ["kb-en-appointments-009"], "answered", "E7 elderly, gentle, a little hard of hearing"),
    R("u43-en-088", "en", "How much notice must I give the transport service if I need to cancel?", False, [], "missing_detail", "E7 elderly, gentle, a little hard of hearing"),
    R("u43-en-089", "en", "Is there somewhere in outpatients to get a cup of tea?", False, [], "off_topic", "E7 elderly, gentle, a little hard of hearing"),
    R("u43-en-090", "en", "What should I do if the bandage slips down between appointments?", False, [], "off_topic", "E7 elderly, gentle, a little hard of hearing"),
    R("u43-en-091", "en", "My daughter lives in Spain. Can she ring the clinic for information about me?", True, ["kb-en-records_billing-005", "kb-en-records_billing-012"], "answered", "E7 elderly, gentle, a little hard of hearing"),
    R("u43-en-092", "en", "I'm booked for five days of video-EEG telemetry. Can I bring my own laptop to work on while I'm wired up?", False, [], "off_topic", "E8 analytical, direct"),
    R("u43-en-093", "en", "Is the camera on at all times, including when I use the bathroom?", False, [], "off_topic", "E8 analytical, direct"),
    R("u43-en-094", "en", "Who can see the video recordings, and how long are they kept?", False, [], "missing_detail", "E8 analytical, direct"),
    R("u43-en-095", "en", "Can I shower during the five days with the electrodes on?", False, [], "off_topic", "E8 analytical, direct"),
    R("u43-en-096", "en", "Should I bring button-up shirts and my own pillow for the telemetry stay?", False, [], "missing_detail", "E8 analytical, direct"),
    R("u43-en-097", "en", "Can my girlfriend stay overnight with me?", True, ["kb-en-visiting-008"], "answered", "E8 analytical, direct"),
    R("u43-en-098", "en", "Is the Wi-Fi good enough for video calls?", False, [], "missing_detail", "E8 analytical, direct"),
    R("u43-en-099", "en", "Will someone be watching the monitor around the clock?", False, [], "off_topic", "E8 analytical, direct"),
    R("u43-en-100", "en", "How do I get a copy of my EEG report?", True, ["kb-en-records_billing-001"], "answered", "E8 analytical, direct"),
    R("u43-en-101", "en", "Can I get a letter about fitness to drive after the telemetry?", False, [], "missing_detail", "E8 analytical, direct"),
    R("u43-en-102", "en", "Are there any restrictions on coffee or energy drinks during monitoring?", False, [], "off_topic", "E8 analytical, direct"),
    R("u43-en-103", "en", "If the bed isn't available on the day, will someone phone me before I set off?", False, [], "missing_detail", "E8 analytical, direct"),
    R("u43-en-104", "en", "Can I have a takeaway delivered to the ward?", False, [], "missing_detail", "E8 analytical, direct"),
    R("u43-en-105", "en", "My wife is having a mastectomy on Thursday. Will I be recorded as next of kin automatically as her spouse, or do we need to fill in a form?", False, [], "missing_detail", "E9 practical, organised, protective"),
    R("u43-en-106", "en", "Is there a relatives' room where I can wait during the operation?", False, [], "off_topic", "E9 practical, organised, protective"),
    R("u43-en-107", "en", "How long will she be in theatre and recovery before I can see her?", False, [], "off_topic", "E9 practical, organised, protective"),
    R("u43-en-108", "en", "Is there a breast care nurse we can phone with questions afterwards, and what's the number?", False, [], "off_topic", "E9 practical, organised, protective"),
    R("u43-en-109", "en", "Where can she get a temporary soft breast prosthesis, and is it free?", False, [], "off_topic", "E9 practical, organised, protective"),
    R("u43-en-110", "en", "If she needs chemotherapy later, is there a wig or headscarf service?", False, [], "off_topic", "E9 practical, organised, protective"),
    R("u43-en-111", "en", "Can I stay past visiting hours on the first night after surgery?", True, ["kb-en-visiting-008", "kb-en-visiting-001"], "answered", "E9 practical, organised, protective"),
    R("u43-en-112", "en", "Will she go home with a drain, and who checks it?", False, [], "off_topic", "E9 practical, organised, protective"),
    R("u43-en-113", "en", "Is there a support group for partners of people with breast cancer?", False, [], "off_topic", "E9 practical, organised, protective"),
    R("u43-en-114", "en", "Where can we get information about lymphoedema?", False, [], "off_topic", "E9 practical, organised, protective"),
    R("u43-en-115", "en", "Does the hospital shop sell post-surgery bras?", False, [], "off_topic", "E9 practical, organised, protective"),
    R("u43-en-116", "en", "Who can we speak to if we feel we've been treated differently as a same-sex couple?", True, ["kb-en-visiting-012"], "answered", "E9 practical, organised, protective"),
    R("u43-en-117", "en", "Will her pathology results come by letter or at a clinic appointment?", False, [], "missing_detail", "E9 practical, organised, protective"),
    R("u43-en-118", "en", "my lad broke his arm and they want to put pins in it, can i stay with him the night before", True, ["kb-en-visiting-009"], "answered", "E10 chatty, informal, limited reading"),
    R("u43-en-119", "en", "we dont have a fixed address at the moment, how will the hospital letters get to us", False, [], "missing_detail", "E10 chatty, informal, limited reading"),
    R("u43-en-120", "en", "can i bring his little brothers in with me, theyre 3 and 5", True, ["kb-en-visiting-002", "kb-en-visiting-009"], "answered", "E10 chatty, informal, limited reading"),
    R("u43-en-121", "en", "what time does he have to stop eating if his op is in the afternoon", True, ["kb-en-procedures-003"], "answered", "E10 chatty, informal, limited reading"),
    R("u43-en-122", "en", "is there anyone can read the forms with me, im not great with reading", False, [], "missing_detail", "E10 chatty, informal, limited reading"),
    R("u43-en-123", "en", "can he have his own tablet for games on the ward", False, [], "missing_detail", "E10 chatty, informal, limited reading"),
    R("u43-en-124", "en", "wheres the best place to park a big van, is there a height limit in the car park", False, [], "missing_detail", "E10 chatty, informal, limited reading"),
    R("u43-en-125", "en", "will he have to come back to get the pins out, and how long after", False, [], "off_topic", "E10 chatty, informal, limited reading"),
    R("u43-en-126", "en", "can he go swimming with the cast on", False, [], "off_topic", "E10 chatty, informal, limited reading"),
    R("u43-en-127", "en", "who do i ring if the cast gets wet or starts to smell", False, [], "off_topic", "E10 chatty, informal, limited reading"),
    R("u43-en-128", "en", "is there a playroom on the childrens ward and what time is it open", False, [], "missing_detail", "E10 chatty, informal, limited reading"),
    R("u43-en-129", "en", "can i get food on the ward as his mam or do i have to go out for it", False, [], "off_topic", "E10 chatty, informal, limited reading"),
    R("u43-en-130", "en", "will they give him a note for school", True, ["kb-en-records_billing-011"], "answered", "E10 chatty, informal, limited reading"),
    R("u43-zh-001", "zh", "我脚上那个糖尿病的伤口要住院换药，一般要住好久嘛？", False, [], "off_topic", "Z1 简体，四川口语"),
    R("u43-zh-002", "zh", "病房里头可不可以自己带电饭煲煮稀饭？", True, ["kb-zh-visiting-010"], "answered", "Z1 简体，四川口语"),
    R("u43-zh-003", "zh", "住院押金要交好多？可以用医保卡直接结算不？", False, [], "missing_detail", "Z1 简体，四川口语"),
    R("u43-zh-004", "zh", "我屋头老汉儿要来陪床，陪护床一晚上好多钱？", False, [], "missing_detail", "Z1 简体，四川口语"),
    R("u43-zh-005", "zh", "医院食堂有没得糖尿病人吃的餐，要咋个订？", True, ["kb-zh-visiting-007"], "answered", "Z1 简体，四川口语"),
    R("u43-zh-006", "zh", "探视时间是几点到几点？", False, [], "missing_detail", "Z1 简体，四川口语"),
    R("u43-zh-007", "zh", "换药是天天换还是隔一天换一次？", False, [], "off_topic", "Z1 简体，四川口语"),
    R("u43-zh-008", "zh", "出院以后在外头药店买的敷料可以报销不？", False, [], "missing_detail", "Z1 简体，四川口语"),
    R("u43-zh-009", "zh", "病房里头可以打牌不？", False, [], "off_topic", "Z1 简体，四川口语"),
    R("u43-zh-010", "zh", "出院了还要换药，是回医院换还是去社区医院换？", True, ["kb-zh-procedures-012"], "answered", "Z1 简体，四川口语"),
    R("u43-zh-011", "zh", "医院有没得卖糖尿病足穿的那种减压鞋？", False, [], "off_topic", "Z1 简体，四川口语"),
    R("u43-zh-012", "zh", "住院期间想洗个头，有没得洗头的地方？", False, [], "off_topic", "Z1 简体，四川口语"),
    R("u43-zh-013", "zh", "出院小结和发票啥时候能拿到？", True, ["kb-zh-procedures-008", "kb-zh-records_billing-008"], "answered", "Z1 简体，四川口语"),
    R("u43-zh-014", "zh", "我做腕管手術係咪即日可以走？", False, [], "missing_detail", "Z2 繁體，廣東話"),
    R("u43-zh-015", "zh", "做完手術幾耐先可以返工揸電鑽？", False, [], "off_topic", "Z2 繁體，廣東話"),
    R("u43-zh-016", "zh", "病假紙點攞？可以寫幾多日？", True, ["kb-zh-records_billing-011"], "answered", "Z2 繁體，廣東話"),
    R("u43-zh-017", "zh", "做腕管手術使唔使禁食？定係局部麻醉唔使？", False, [], "missing_detail", "Z2 繁體，廣東話"),
    R("u43-zh-018", "zh", "醫院停車場幾錢一個鐘？客貨車泊唔泊得？", False, [], "missing_detail", "Z2 繁體，廣東話"),
    R("u43-zh-019", "zh", "手術後隻手包住，點沖涼好？", True, ["kb-zh-procedures-006"], "answered", "Z2 繁體，廣東話"),
    R("u43-zh-020", "zh", "拆線要返嚟醫院定係去普通科診所？", True, ["kb-zh-procedures-012"], "answered", "Z2 繁體，廣東話"),
    R("u43-zh-021", "zh", "手術大概幾多錢？可唔可以用醫療券？", False, [], "off_topic", "Z2 繁體，廣東話"),
    R("u43-zh-022", "zh", "手術當日要幾點到？", False, [], "missing_detail", "Z2 繁體，廣東話"),
    R("u43-zh-023", "zh", "做完手術我可唔可以自己揸車返屋企？", True, ["kb-zh-procedures-003"], "answered", "Z2 繁體，廣東話"),
    R("u43-zh-024", "zh", "做完使唔使做物理治療？喺邊度做？", False, [], "off_topic", "Z2 繁體，廣東話"),
    R("u43-zh-025", "zh", "如果要改期打邊個電話？", False, [], "missing_detail", "Z2 繁體，廣東話"),
    R("u43-zh-026", "zh", "醫院有冇飯堂？開幾點到幾點？", False, [], "missing_detail", "Z2 繁體，廣東話"),
    R("u43-zh-027", "zh", "醫生說我口腔有白斑要做切片，要掛哪一科？", False, [], "missing_detail", "Z3 繁體，台灣用語"),
    R("u43-zh-028", "zh", "口腔切片是門診做還是要住院？", False, [], "off_topic", "Z3 繁體，台灣用語"),
    R("u43-zh-029", "zh", "切片做完多久可以正常吃飯？", False, [], "off_topic", "Z3 繁體，台灣用語"),
    R("u43-zh-030", "zh", "切片報告要等幾天？可以打電話問結果嗎？", True, ["kb-zh-records_billing-003"], "answered", "Z3 繁體，台灣用語"),
    R("u43-zh-031", "zh", "口腔切片健保有給付嗎？自費大概多少？", False, [], "missing_detail", "Z3 繁體，台灣用語"),
    R("u43-zh-032", "zh", "醫院有沒有戒檳榔的門診？", False, [], "off_topic", "Z3 繁體，台灣用語"),
    R("u43-zh-033", "zh", "切片前一天可以喝酒嗎？", False, [], "off_topic", "Z3 繁體，台灣用語"),
    R("u43-zh-034", "zh", "看診要帶健保卡還是身分證？", True, ["kb-zh-appointments-003"], "answered", "Z3 繁體，台灣用語"),
    R("u43-zh-035", "zh", "早上攤子要開，門診有沒有晚上的時段？", False, [], "off_topic", "Z3 繁體，台灣用語"),
    R("u43-zh-036", "zh", "醫院附近有機車停車位嗎？", False, [], "missing_detail", "Z3 繁體，台灣用語"),
    R("u43-zh-037", "zh", "切片後傷口要怎麼照顧？可以用漱口水嗎？", False, [], "off_topic", "Z3 繁體，台灣用語"),
    R("u43-zh-038", "zh", "可以線上掛號嗎？網址或App叫什麼？", False, [], "missing_detail", "Z3 繁體，台灣用語"),
    R("u43-zh-039", "zh", "診斷證明書要怎麼申請，要多少錢？", False, [], "missing_detail", "Z3 繁體，台灣用語"),
    R("u43-zh-040", "zh", "颈椎痛想做理疗，要先挂骨科还是康复科啊", False, [], "missing_detail", "Z4 简体，语音输入，有错别字"),
    R("u43-zh-041", "zh", "理疗一个疗程几次，每次做多长时间", False, [], "off_topic", "Z4 简体，语音输入，有错别字"),
    R("u43-zh-042", "zh", "下班都晚上八点了，康复克晚上开门吗", False, [], "off_topic", "Z4 简体，语音输入，有错别字"),
    R("u43-zh-043", "zh", "理疗可以用医保吗还是只能自费", False, [], "missing_detail", "Z4 简体，语音输入，有错别字"),
    R("u43-zh-044", "zh", "在线预约挂号在哪里弄，支付宝可以吗", False, [], "missing_detail", "Z4 简体，语音输入，有错别字"),
    R("u43-zh-045", "zh", "做颈椎牵引要穿什么衣服", False, [], "off_topic", "Z4 简体，语音输入，有错别字"),
    R("u43-zh-046", "zh", "医院有没有教颈椎操的视频或者课程", False, [], "off_topic", "Z4 简体，语音输入，有错别字"),
    R("u43-zh-047", "zh", "公司报销需要什么发票，电子发票可以吗", True, ["kb-zh-records_billing-008"], "answered", "Z4 简体，语音输入，有错别字"),
    R("u43-zh-048", "zh", "要不要拍片子，做和磁共振要排多久", False, [], "missing_detail", "Z4 简体，语音输入，有错别字"),
    R("u43-zh-049", "zh", "理疗中间有一次去不了要怎么请假", True, ["kb-zh-appointments-002"], "answered", "Z4 简体，语音输入，有错别字"),
    R("u43-zh-050", "zh", "做针灸是哪个科，要单独挂号吗", False, [], "off_topic", "Z4 简体，语音输入，有错别字"),
    R("u43-zh-051", "zh", "坐地铁去医院在哪个站下", False, [], "missing_detail", "Z4 简体，语音输入，有错别字"),
    R("u43-zh-052", "zh", "枕头多高比较好，医院有卖颈椎枕吗", False, [], "off_topic", "Z4 简体，语音输入，有错别字"),
    R("u43-zh-053", "zh", "大夫让俺戴24小时心电图，戴着能洗澡不？", True, ["kb-zh-test_preparation-010"], "answered", "Z5 简体，山东口语"),
    R("u43-zh-054", "zh", "戴完了第二天几点来摘？", False, [], "missing_detail", "Z5 简体，山东口语"),
    R("u43-zh-055", "zh", "做心脏彩超要空腹不？", True, ["kb-zh-test_preparation-007"], "answered", "Z5 简体，山东口语"),
    R("u43-zh-056", "zh", "俺闺女在外地，检查报告能在手机上看不？", True, ["kb-zh-records_billing-003", "kb-zh-records_billing-004"], "answered", "Z5 简体，山东口语"),
    R("u43-zh-057", "zh", "动态心电图和心脏彩超医保能报多少？", False, [], "missing_detail", "Z5 简体，山东口语"),
    R("u43-zh-058", "zh", "心电图那个机器要是弄丢了弄坏了要赔不？", False, [], "off_topic", "Z5 简体，山东口语"),
    R("u43-zh-059", "zh", "老年人有没有优先窗口？", True, ["kb-zh-appointments-007"], "answered", "Z5 简体，山东口语"),
    R("u43-zh-060", "zh", "做检查要不要家属陪着？", True, ["kb-zh-appointments-003"], "answered", "Z5 简体，山东口语"),
    R("u43-zh-061", "zh", "这俩检查在几楼？门诊楼还是住院楼？", False, [], "missing_detail", "Z5 简体，山东口语"),
    R("u43-zh-062", "zh", "戴着机器晚上能开电热毯不？", True, ["kb-zh-test_preparation-010"], "answered", "Z5 简体，山东口语"),
    R("u43-zh-063", "zh", "医院有没有轮椅能借？押金多少？", True, ["kb-zh-appointments-007"], "answered", "Z5 简体，山东口语"),
    R("u43-zh-064", "zh", "报告出来了找哪个大夫看，还用再挂号不？", True, ["kb-zh-records_billing-003", "kb-zh-appointments-006"], "answered", "Z5 简体，山东口语"),
    R("u43-zh-065", "zh", "俺不会使智能手机，能在窗口排队挂号不？", True, ["kb-zh-appointments-007"], "answered", "Z5 简体，山东口语"),
    R("u43-zh-066", "zh", "我個女七歲要做斜視手術，我可唔可以陪佢過夜？", True, ["kb-zh-visiting-006"], "answered", "Z6 繁體，廣東話"),
    R("u43-zh-067", "zh", "手術前一晚幾點之後唔可以食嘢？", True, ["kb-zh-procedures-002"], "answered", "Z6 繁體，廣東話"),
    R("u43-zh-068", "zh", "佢好驚，可唔可以帶隻公仔入手術室？", False, [], "off_topic", "Z6 繁體，廣東話"),
    R("u43-zh-069", "zh", "我係單親，請假要證明，醫院可唔可以開陪診證明？", False, [], "missing_detail", "Z6 繁體，廣東話"),
    R("u43-zh-070", "zh", "兒科病房探病時間係幾點？佢嫲嫲想嚟。", False, [], "missing_detail", "Z6 繁體，廣東話"),
    R("u43-zh-071", "zh", "斜視手術後幾時可以返學？", False, [], "off_topic", "Z6 繁體，廣東話"),
    R("u43-zh-072", "zh", "出院嘅眼藥水喺邊度攞？", True, ["kb-zh-procedures-008"], "answered", "Z6 繁體，廣東話"),
    R("u43-zh-073", "zh", "做完手術幾耐先可以游水？", False, [], "missing_detail", "Z6 繁體，廣東話"),
    R("u43-zh-074", "zh", "覆診要去邊個診所？", False, [], "missing_detail", "Z6 繁體，廣東話"),
    R("u43-zh-075", "zh", "病房有冇Wi-Fi？佢要睇卡通。", False, [], "off_topic", "Z6 繁體，廣東話"),
    R("u43-zh-076", "zh", "醫院有冇社工可以幫單親家長？", False, [], "off_topic", "Z6 繁體，廣東話"),
    R("u43-zh-077", "zh", "手術同住院大概要幾多錢？", False, [], "missing_detail", "Z6 繁體，廣東話"),
    R("u43-zh-078", "zh", "醫院最近嘅地鐵站係邊個？由邊個出口行最近？", False, [], "missing_detail", "Z6 繁體，廣東話"),
    R("u43-zh-079", "zh", "宫颈筛查说HPV阳性，要做阴道镜，在哪个科挂号？", False, [], "missing_detail", "Z7 简体，普通话带广西口音用词"),
    R("u43-zh-080", "zh", "阴道镜要避开月经吗？月经干净几天后做？", False, [], "off_topic", "Z7 简体，普通话带广西口音用词"),
    R("u43-zh-081", "zh", "做阴道镜疼不疼，要不要打麻药？", False, [], "off_topic", "Z7 简体，普通话带广西口音用词"),
    R("u43-zh-082", "zh", "做阴道镜需要家属陪同吗？", False, [], "missing_detail", "Z7 简体，普通话带广西口音用词"),
    R("u43-zh-083", "zh", "我是广西的医保，在这里能用吗？", True, ["kb-zh-records_billing-007"], "answered", "Z7 简体，普通话带广西口音用词"),
    R("u43-zh-084", "zh", "活检结果多久出来？", True, ["kb-zh-records_billing-003"], "answered", "Z7 简体，普通话带广西口音用词"),
    R("u43-zh-085", "zh", "做完阴道镜能上夜班吗？要请几天假？", False, [], "off_topic", "Z7 简体，普通话带广西口音用词"),
    R("u43-zh-086", "zh", "阴道镜检查大概多少钱？", False, [], "missing_detail", "Z7 简体，普通话带广西口音用词"),
    R("u43-zh-087", "zh", "周末有没有妇科门诊？", False, [], "off_topic", "Z7 简体，普通话带广西口音用词"),
    R("u43-zh-088", "zh", "做完多久能同房？", False, [], "off_topic", "Z7 简体，普通话带广西口音用词"),
    R("u43-zh-089", "zh", "医院能打HPV疫苗吗？怎么预约？", False, [], "off_topic", "Z7 简体，普通话带广西口音用词"),
    R("u43-zh-090", "zh", "报告能不能发到微信上？", True, ["kb-zh-records_billing-003"], "answered", "Z7 简体，普通话带广西口音用词"),
    R("u43-zh-091", "zh", "妇科有没有女医生？", False, [], "off_topic", "Z7 简体，普通话带广西口音用词"),
    R("u43-zh-092", "zh", "皮膚科嘅光療一個星期要去幾次？", False, [], "off_topic", "Z8 繁體，澳門廣東話夾葡文"),
    R("u43-zh-093", "zh", "光療每次要照幾耐？", False, [], "off_topic", "Z8 繁體，澳門廣東話夾葡文"),
    R("u43-zh-094", "zh", "光療室喺邊座大樓、幾樓？", False, [], "off_topic", "Z8 繁體，澳門廣東話夾葡文"),
    R("u43-zh-095", "zh", "我可唔可以用葡文同醫生溝通？有冇傳譯？", True, ["kb-zh-appointments-008"], "answered", "Z8 繁體，澳門廣東話夾葡文"),
    R("u43-zh-096", "zh", "光療使唔使俾錢？長者有冇豁免？", False, [], "off_topic", "Z8 繁體，澳門廣東話夾葡文"),
    R("u43-zh-097", "zh", "照完光之後要唔要戴太陽眼鏡？", False, [], "off_topic", "Z8 繁體，澳門廣東話夾葡文"),
    R("u43-zh-098", "zh", "可唔可以搽完潤膚膏先照光？", False, [], "off_topic", "Z8 繁體，澳門廣東話夾葡文"),
    R("u43-zh-099", "zh", "我夏天返葡萄牙兩個月，光療療程可唔可以暫停？", False, [], "off_topic", "Z8 繁體，澳門廣東話夾葡文"),
    R("u43-zh-100", "zh", "光療有冇朝早七點嗰啲早班時段？", False, [], "off_topic", "Z8 繁體，澳門廣東話夾葡文"),
    R("u43-zh-101", "zh", "有冇穿梭巴士由關閘去醫院？", False, [], "missing_detail", "Z8 繁體，澳門廣東話夾葡文"),
    R("u43-zh-102", "zh", "皮膚科開嘅藥膏喺醫院藥房攞定出面藥房？", True, ["kb-zh-medications-011"], "answered", "Z8 繁體，澳門廣東話夾葡文"),
    R("u43-zh-103", "zh", "我想攞病歷返葡萄牙睇醫生，點申請？", True, ["kb-zh-records_billing-001"], "answered", "Z8 繁體，澳門廣東話夾葡文"),
    R("u43-zh-104", "zh", "皮膚科有冇病人互助小組？", False, [], "off_topic", "Z8 繁體，澳門廣東話夾葡文"),
    R("u43-zh-105", "zh", "声带息肉手术得住几天院？", False, [], "off_topic", "Z9 简体，北京口语"),
    R("u43-zh-106", "zh", "手术完了多少天不能说话？那几天怎么跟护士交流？", False, [], "off_topic", "Z9 简体，北京口语"),
    R("u43-zh-107", "zh", "病房里能带收音机听戏吗？", False, [], "missing_detail", "Z9 简体，北京口语"),
    R("u43-zh-108", "zh", "住院得带哪些东西？", True, ["kb-zh-visiting-010", "kb-zh-procedures-007"], "answered", "Z9 简体，北京口语"),
    R("u43-zh-109", "zh", "声带手术是全麻吗？术前得做哪些检查？", False, [], "missing_detail", "Z9 简体，北京口语"),
    R("u43-zh-110", "zh", "能住单间吗？单间一天多少钱？", False, [], "off_topic", "Z9 简体，北京口语"),
    R("u43-zh-111", "zh", "老伴儿腿脚不好，来探视能借轮椅吗？", True, ["kb-zh-appointments-007"], "answered", "Z9 简体，北京口语"),
    R("u43-zh-112", "zh", "出院以后还要去嗓音康复门诊吗？在哪儿？", False, [], "off_topic", "Z9 简体，北京口语"),
    R("u43-zh-113", "zh", "退休职工医保住院能报销多少？", False, [], "missing_detail", "Z9 简体，北京口语"),
    R("u43-zh-114", "zh", "病房有开水吗？能沏茶吗？", False, [], "missing_detail", "Z9 简体，北京口语"),
    R("u43-zh-115", "zh", "医院哪儿能停车？停车费怎么算？", True, ["kb-zh-appointments-009"], "answered", "Z9 简体，北京口语"),
    R("u43-zh-116", "zh", "声带手术后吃饭有啥忌口？", False, [], "off_topic", "Z9 简体，北京口语"),
    R("u43-zh-117", "zh", "病理报告出来了怎么取？", True, ["kb-zh-records_billing-003"], "answered", "Z9 简体，北京口语"),
    R("u43-zh-118", "zh", "我腳指甲凍甲超痛，要掛皮膚科還是外科？", False, [], "missing_detail", "Z10 繁體，台灣年輕人口語"),
    R("u43-zh-119", "zh", "拔指甲是門診手術嗎？要等多久才排得到？", False, [], "off_topic", "Z10 繁體，台灣年輕人口語"),
    R("u43-zh-120", "zh", "手術當天可以自己騎機車回家嗎？", False, [], "missing_detail", "Z10 繁體，台灣年輕人口語"),
    R("u43-zh-121", "zh", "手術完要換藥，可以自己在家換嗎？", True, ["kb-zh-procedures-006", "kb-zh-procedures-012"], "answered", "Z10 繁體，台灣年輕人口語"),
    R("u43-zh-122", "zh", "傷口多久不能碰水？", False, [], "missing_detail", "Z10 繁體，台灣年輕人口語"),
    R("u43-zh-123", "zh", "我上大夜班，有沒有晚上看診的時段？", False, [], "off_topic", "Z10 繁體，台灣年輕人口語"),
    R("u43-zh-124", "zh", "凍甲手術自費大概多少？健保有給付嗎？", False, [], "missing_detail", "Z10 繁體，台灣年輕人口語"),
    R("u43-zh-125", "zh", "手術後可以穿拖鞋去上班嗎？", False, [], "off_topic", "Z10 繁體，台灣年輕人口語"),
    R("u43-zh-126", "zh", "要請假的話，診斷證明多少錢？", False, [], "missing_detail", "Z10 繁體，台灣年輕人口語"),
    R("u43-zh-127", "zh", "醫院有沒有賣保護腳趾的敷料？", False, [], "off_topic", "Z10 繁體，台灣年輕人口語"),
    R("u43-zh-128", "zh", "有沒有LINE官方帳號可以查看診進度？", False, [], "missing_detail", "Z10 繁體，台灣年輕人口語"),
    R("u43-zh-129", "zh", "可以用悠遊卡付醫療費嗎？", False, [], "missing_detail", "Z10 繁體，台灣年輕人口語"),
    R("u43-zh-130", "zh", "複診要不要再掛號？", True, ["kb-zh-procedures-012"], "answered", "Z10 繁體，台灣年輕人口語"),
]


def kb_ids(lang):
    ids = set()
    with open(os.path.join(KB_DIR, "passages_%s.jsonl" % lang), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def main():
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    qs = [r["question"] for r in ROWS]
    assert len(qs) == len(set(qs)), "duplicate questions"
    kb = {"en": kb_ids("en"), "zh": kb_ids("zh")}
    for r in ROWS:
        lang = r["language"]
        assert lang in ("en", "zh")
        assert r["id"].startswith("u43-%s-" % lang)
        assert r["kind"] in ("answered", "missing_detail", "off_topic", "added")
        assert r["question"].strip() == r["question"] and r["question"]
        assert r["voice"]
        if r["answerable"]:
            assert r["kind"] in ("answered", "added")
            assert r["gold"], r["id"]
            for g in r["gold"]:
                assert g in kb[lang], (r["id"], g)
                assert g.startswith("kb-%s-" % lang)
        else:
            assert r["gold"] == [] and r["kind"] in ("missing_detail", "off_topic"), r["id"]
    counts = {}
    for lang in ("en", "zh"):
        rs = [r for r in ROWS if r["language"] == lang]
        ans = sum(r["answerable"] for r in rs)
        unans = len(rs) - ans
        added = sum(r["kind"] == "added" for r in rs)
        assert len(rs) - added == 130, (lang, len(rs))
        assert added <= 20
        assert ans >= 30, (lang, ans)
        assert unans >= 50, (lang, unans)
        counts[lang] = {"total": len(rs), "answerable": ans, "unanswerable": unans,
                        "missing_detail": sum(r["kind"] == "missing_detail" for r in rs),
                        "off_topic": sum(r["kind"] == "off_topic" for r in rs), "added": added}
    # cross-check against the step-1 files when they sit next to this script
    for lang in ("en", "zh"):
        p = os.path.join(HERE, "step1_%s.txt" % lang)
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                step1 = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
            mine = [r["question"] for r in ROWS if r["language"] == lang and r["kind"] != "added"]
            assert step1 == mine, "step-1 questions changed: %s" % lang
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(json.dumps(counts, sort_keys=True))


if __name__ == "__main__":
    main()
