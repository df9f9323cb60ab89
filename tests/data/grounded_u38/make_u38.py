#!/usr/bin/env python3
"""make_u38.py - blind patient questions (set u38) for the KB "I don't know" decision.

Questions were written from personas before the KB was opened (see step1_en.txt / step1_zh.txt),
then labelled against medqa/assets/kb/passages_{en,zh}.jsonl. Rows with kind "added" were written
after reading the KB, from the personas' situations, to reach the minimum answerable count (zh only).
Writes questions.jsonl next to this script.
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KB_DIR = os.environ.get("MEDQA_KB_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "medqa", "assets", "kb"))  # this checkout's KB (the writer had /work/main)

# (id, language, question, answerable, gold, kind, voice)
ROWS = [
    ('u38-en-001', 'en', "hi, I'm booked for an induction next thursday (twins). what time do I need to arrive on the day?", False, [], 'off_topic', 'twin mum, offshore husband'),  # E1-1
    ('u38-en-002', 'en', 'what should i pack in my hospital bag for me and two babies? do you provide nappies?', False, [], 'missing_detail', 'twin mum, offshore husband'),  # E1-2
    ('u38-en-003', 'en', 'My husband works offshore and might only get back mid-labour. Can he come onto the ward at 3am or are there set hours for partners?', False, [], 'missing_detail', 'twin mum, offshore husband'),  # E1-3
    ('u38-en-004', 'en', 'Can my partner stay overnight on the postnatal ward with me?', False, [], 'missing_detail', 'twin mum, offshore husband'),  # E1-4
    ('u38-en-005', 'en', 'is there a car park near the maternity entrance and how much is it for a day', False, [], 'missing_detail', 'twin mum, offshore husband'),  # E1-5
    ('u38-en-006', 'en', 'Can my 2 year old son come in to meet his sisters, or are children not allowed on the maternity ward?', True, ['kb-en-visiting-009'], 'answered', 'twin mum, offshore husband'),  # E1-6
    ('u38-en-007', 'en', 'if I express breast milk for the babies in special care, where do I store it?', False, [], 'off_topic', 'twin mum, offshore husband'),  # E1-7
    ('u38-en-008', 'en', 'Do you have an interpreter for my mum? She only speaks Tamil and will be with me', False, [], 'missing_detail', 'twin mum, offshore husband'),  # E1-8
    ('u38-en-009', 'en', 'how long do people usually stay in after having twins', False, [], 'off_topic', 'twin mum, offshore husband'),  # E1-9
    ('u38-en-010', 'en', 'what do I need to register the births, and can I do it at the hospital', False, [], 'off_topic', 'twin mum, offshore husband'),  # E1-10
    ('u38-en-011', 'en', 'Who do i call after we go home if I have a question about feeding? is there a number', False, [], 'off_topic', 'twin mum, offshore husband'),  # E1-11
    ('u38-en-012', 'en', 'when will the midwife visit us at home after discharge', False, [], 'off_topic', 'twin mum, offshore husband'),  # E1-12
    ('u38-en-013', 'en', 'do i need to bring car seats for the twins before they let us leave?', False, [], 'off_topic', 'twin mum, offshore husband'),  # E1-13
    ('u38-en-014', 'en', 'got a letter for wrist operation day surgery. when do i stop eating before??', True, ['kb-en-procedures-003'], 'answered', 'self-employed roofer, day surgery'),  # E2-1
    ('u38-en-015', 'en', 'can i drink water morning of the operation', True, ['kb-en-procedures-003'], 'answered', 'self-employed roofer, day surgery'),  # E2-2
    ('u38-en-016', 'en', 'im self employed, how i get a sick note for the days I cant work', True, ['kb-en-records_billing-011'], 'answered', 'self-employed roofer, day surgery'),  # E2-3
    ('u38-en-017', 'en', 'Where is the day surgery unit? which entrance', False, [], 'missing_detail', 'self-employed roofer, day surgery'),  # E2-4
    ('u38-en-018', 'en', 'Can I drive myself home after the operation on my wrist', True, ['kb-en-procedures-004'], 'answered', 'self-employed roofer, day surgery'),  # E2-5
    ('u38-en-019', 'en', 'does someone have to stay with me the night after a general anaesthetic? I live with my son but he works nights', True, ['kb-en-procedures-004'], 'answered', 'self-employed roofer, day surgery'),  # E2-6
    ('u38-en-020', 'en', 'how long will i be in the hospital on the day, whole day?', False, [], 'missing_detail', 'self-employed roofer, day surgery'),  # E2-7
    ('u38-en-021', 'en', 'wedding ring, do I have to take it off? it doesnt come off easy', True, ['kb-en-procedures-012'], 'answered', 'self-employed roofer, day surgery'),  # E2-8
    ('u38-en-022', 'en', 'what to bring for day surgery', False, [], 'missing_detail', 'self-employed roofer, day surgery'),  # E2-9
    ('u38-en-023', 'en', 'after op, when is the stitches out and who does it, my GP or you', False, [], 'missing_detail', 'self-employed roofer, day surgery'),  # E2-10
    ('u38-en-024', 'en', 'how do i keep the cast dry in shower', False, [], 'off_topic', 'self-employed roofer, day surgery'),  # E2-11
    ('u38-en-025', 'en', 'i need physio after, do i have to book myself or hospital sends letter?', False, [], 'missing_detail', 'self-employed roofer, day surgery'),  # E2-12
    ('u38-en-026', 'en', 'Can I get a copy of the x ray for my insurance company, how much does it cost', False, [], 'missing_detail', 'self-employed roofer, day surgery'),  # E2-13
    ('u38-en-027', 'en', 'My husband Douglas has dementia and was admitted last night with a broken hip. Can I stay with him outside visiting hours because he gets very confused without me?', True, ['kb-en-visiting-001', 'kb-en-visiting-008'], 'answered', 'wife caring for husband with dementia'),  # E3-1
    ('u38-en-028', 'en', "Is there a carer's passport or something like that so the staff know I'm his carer?", False, [], 'missing_detail', 'wife caring for husband with dementia'),  # E3-2
    ('u38-en-029', 'en', 'What are the visiting times on the orthopaedic wards?', False, [], 'missing_detail', 'wife caring for husband with dementia'),  # E3-3
    ('u38-en-030', 'en', 'He will only eat soft food and likes his tea a particular way – who do I talk to about his meals?', False, [], 'missing_detail', 'wife caring for husband with dementia'),  # E3-4
    ('u38-en-031', 'en', 'Can I bring his own pyjamas and where do I put his laundry?', False, [], 'missing_detail', 'wife caring for husband with dementia'),  # E3-5
    ('u38-en-032', 'en', "I don't drive. Is there a bus from Elmwood Road to the hospital, which number?", False, [], 'missing_detail', 'wife caring for husband with dementia'),  # E3-6
    ('u38-en-033', 'en', 'Are there any concessions on parking for people visiting every day for weeks? My son will drive me sometimes', True, ['kb-en-appointments-008'], 'answered', 'wife caring for husband with dementia'),  # E3-7
    ('u38-en-034', 'en', 'he wears hearing aids and dentures, what happens if they get lost on the ward', True, ['kb-en-visiting-010'], 'answered', 'wife caring for husband with dementia'),  # E3-8
    ('u38-en-035', 'en', 'Where can I get a cup of tea and a sandwich in the hospital in the evening, is anything open after 6?', False, [], 'off_topic', 'wife caring for husband with dementia'),  # E3-9
    ('u38-en-036', 'en', "Who decides when he's ready to leave, and can I be at the discharge meeting?", False, [], 'missing_detail', 'wife caring for husband with dementia'),  # E3-10
    ('u38-en-037', 'en', 'They say he might go to a rehabilitation unit first. Do we have to pay for that?', False, [], 'missing_detail', 'wife caring for husband with dementia'),  # E3-11
    ('u38-en-038', 'en', 'Is there a support group for carers of people with dementia I could talk to?', False, [], 'off_topic', 'wife caring for husband with dementia'),  # E3-12
    ('u38-en-039', 'en', "once he's home who do i ring if I want to borrow a walking frame or a raised toilet seat", False, [], 'missing_detail', 'wife caring for husband with dementia'),  # E3-13
    ('u38-en-040', 'en', 'I have dressing clinic appointments twice a week for my burnt hand, can I get early morning slots because I work evenings?', False, [], 'missing_detail', 'chef with a burnt hand, dressing clinic'),  # E4-1
    ('u38-en-041', 'en', 'how long does each dressing change appointment take', False, [], 'off_topic', 'chef with a burnt hand, dressing clinic'),  # E4-2
    ('u38-en-042', 'en', 'if I need to change an appointment what number do I ring', False, [], 'missing_detail', 'chef with a burnt hand, dressing clinic'),  # E4-3
    ('u38-en-043', 'en', 'can I go back to work in a kitchen with the dressing on? food hygiene rules?', False, [], 'off_topic', 'chef with a burnt hand, dressing clinic'),  # E4-4
    ('u38-en-044', 'en', 'the dressing got wet in the shower, is that ok or do I come in', False, [], 'missing_detail', 'chef with a burnt hand, dressing clinic'),  # E4-5
    ('u38-en-045', 'en', 'can i get painkillers from the hospital pharmacy or do i buy them at a normal chemist', False, [], 'missing_detail', 'chef with a burnt hand, dressing clinic'),  # E4-6
    ('u38-en-046', 'en', 'do I pay for dressings or prescriptions each visit', False, [], 'missing_detail', 'chef with a burnt hand, dressing clinic'),  # E4-7
    ('u38-en-047', 'en', 'my boss wants a letter saying i was at the hospital, who can give me one', True, ['kb-en-records_billing-011'], 'answered', 'chef with a burnt hand, dressing clinic'),  # E4-8
    ('u38-en-048', 'en', "Where's the burns clinic, is it in the main building?", False, [], 'missing_detail', 'chef with a burnt hand, dressing clinic'),  # E4-9
    ('u38-en-049', 'en', 'Is there somewhere I can lock up my bike near outpatients?', False, [], 'off_topic', 'chef with a burnt hand, dressing clinic'),  # E4-10
    ('u38-en-050', 'en', "what happens if i'm late to the clinic, like 15 min late", True, ['kb-en-appointments-005'], 'answered', 'chef with a burnt hand, dressing clinic'),  # E4-11
    ('u38-en-051', 'en', 'at the end of treatment, will they give me a scar cream or do i buy it', False, [], 'off_topic', 'chef with a burnt hand, dressing clinic'),  # E4-12
    ('u38-en-052', 'en', 'how do I protect the new skin from the sun once its healed', False, [], 'off_topic', 'chef with a burnt hand, dressing clinic'),  # E4-13
    ('u38-en-053', 'en', 'My hysterectomy is booked during Ramadan. Who can I talk to about fasting before and after surgery?', False, [], 'missing_detail', 'Muslim night-shift carer, hysterectomy'),  # E5-1
    ('u38-en-054', 'en', 'Is there halal food on the wards?', False, [], 'off_topic', 'Muslim night-shift carer, hysterectomy'),  # E5-2
    ('u38-en-055', 'en', 'Is there a prayer room or a multi-faith room in the hospital and where is it?', False, [], 'missing_detail', 'Muslim night-shift carer, hysterectomy'),  # E5-3
    ('u38-en-056', 'en', 'Can I ask for female staff only for personal care?', False, [], 'off_topic', 'Muslim night-shift carer, hysterectomy'),  # E5-4
    ('u38-en-057', 'en', 'I work nights so my husband sleeps in the day — what are the visiting hours so he can come in the evening?', False, [], 'missing_detail', 'Muslim night-shift carer, hysterectomy'),  # E5-5
    ('u38-en-058', 'en', 'Can I bring my own phone charger and do the wards have wifi? is it free', True, ['kb-en-procedures-008', 'kb-en-visiting-011'], 'answered', 'Muslim night-shift carer, hysterectomy'),  # E5-6
    ('u38-en-059', 'en', 'what is the password for the patient wifi', False, [], 'missing_detail', 'Muslim night-shift carer, hysterectomy'),  # E5-7
    ('u38-en-060', 'en', 'how many days will I be in hospital for a hysterectomy', False, [], 'off_topic', 'Muslim night-shift carer, hysterectomy'),  # E5-8
    ('u38-en-061', 'en', 'do you give the surgical stockings or do i buy them', False, [], 'off_topic', 'Muslim night-shift carer, hysterectomy'),  # E5-9
    ('u38-en-062', 'en', 'I need a fit note for work for 6 weeks, will the hospital give it or my GP?', True, ['kb-en-records_billing-011'], 'answered', 'Muslim night-shift carer, hysterectomy'),  # E5-10
    ('u38-en-063', 'en', 'where do i collect my medicines to take home, and how long is the wait on discharge day?', True, ['kb-en-medications-012', 'kb-en-procedures-009'], 'answered', 'Muslim night-shift carer, hysterectomy'),  # E5-11
    ('u38-en-064', 'en', "after I'm home when is my follow up appointment and do you send a letter", False, [], 'missing_detail', 'Muslim night-shift carer, hysterectomy'),  # E5-12
    ('u38-en-065', 'en', 'can I ask for a chaplain to visit? Is there a Muslim chaplain or imam', False, [], 'missing_detail', 'Muslim night-shift carer, hysterectomy'),  # E5-13
    ('u38-en-066', 'en', 'Our daughter is in the neonatal unit. Can her big brothers (6 and 9) visit her?', False, [], 'missing_detail', 'stay-at-home dad, baby in neonatal unit'),  # E6-1
    ('u38-en-067', 'en', 'Are there rooms for parents to stay overnight near the neonatal unit?', False, [], 'off_topic', 'stay-at-home dad, baby in neonatal unit'),  # E6-2
    ('u38-en-068', 'en', 'my wife is expressing milk at home, how do we bring it in, does it need to be frozen?', False, [], 'off_topic', 'stay-at-home dad, baby in neonatal unit'),  # E6-3
    ('u38-en-069', 'en', 'Can we take photos of the baby in the unit?', False, [], 'missing_detail', 'stay-at-home dad, baby in neonatal unit'),  # E6-4
    ('u38-en-070', 'en', 'Is there a parents kitchen or somewhere to heat up food?', False, [], 'missing_detail', 'stay-at-home dad, baby in neonatal unit'),  # E6-5
    ('u38-en-071', 'en', 'Is there any help with parking or petrol costs for parents with a baby in NICU for weeks?', True, ['kb-en-appointments-008'], 'answered', 'stay-at-home dad, baby in neonatal unit'),  # E6-6
    ('u38-en-072', 'en', 'who do I call at night to check how she is doing', True, ['kb-en-visiting-007'], 'answered', 'stay-at-home dad, baby in neonatal unit'),  # E6-7
    ('u38-en-073', 'en', 'can grandparents visit the neonatal unit', False, [], 'missing_detail', 'stay-at-home dad, baby in neonatal unit'),  # E6-8
    ('u38-en-074', 'en', 'what about colds, can I still visit if I have a cold', True, ['kb-en-visiting-004', 'kb-en-visiting-009'], 'answered', 'stay-at-home dad, baby in neonatal unit'),  # E6-9
    ('u38-en-075', 'en', 'when can we do skin to skin / kangaroo care', False, [], 'off_topic', 'stay-at-home dad, baby in neonatal unit'),  # E6-10
    ('u38-en-076', 'en', 'what do we need to do before she can come home, like a car seat test?', False, [], 'off_topic', 'stay-at-home dad, baby in neonatal unit'),  # E6-11
    ('u38-en-077', 'en', 'is there a breastfeeding support person who can help my wife', False, [], 'off_topic', 'stay-at-home dad, baby in neonatal unit'),  # E6-12
    ('u38-en-078', 'en', 'after she comes home will she have follow up appointments and where', False, [], 'missing_detail', 'stay-at-home dad, baby in neonatal unit'),  # E6-13
    ('u38-en-079', 'en', "I'm 80 miles away on the farm. Is there any help with travel costs to get to chemotherapy?", True, ['kb-en-records_billing-010'], 'answered', 'remote sheep farmer, chemotherapy day unit'),  # E7-1
    ('u38-en-080', 'en', 'Is there accommodation at the hospital for patients who live far away, for the night before treatment?', False, [], 'off_topic', 'remote sheep farmer, chemotherapy day unit'),  # E7-2
    ('u38-en-081', 'en', 'how long does a chemotherapy day usually take, all day?', False, [], 'off_topic', 'remote sheep farmer, chemotherapy day unit'),  # E7-3
    ('u38-en-082', 'en', 'Can my wife sit with me during the chemo treatment?', False, [], 'missing_detail', 'remote sheep farmer, chemotherapy day unit'),  # E7-4
    ('u38-en-083', 'en', 'Can I eat during the infusion, do I bring my own lunch?', False, [], 'missing_detail', 'remote sheep farmer, chemotherapy day unit'),  # E7-5
    ('u38-en-084', 'en', 'Is there a hospital transport service, how do I book it?', True, ['kb-en-appointments-009'], 'answered', 'remote sheep farmer, chemotherapy day unit'),  # E7-6
    ('u38-en-085', 'en', 'my appointment is at 9, where do i park and is it free for cancer patients', True, ['kb-en-appointments-008'], 'answered', 'remote sheep farmer, chemotherapy day unit'),  # E7-7
    ('u38-en-086', 'en', 'Who do I ring if I feel unwell at home between cycles? Is there a 24 hour line?', False, [], 'off_topic', 'remote sheep farmer, chemotherapy day unit'),  # E7-8
    ('u38-en-087', 'en', 'Do I need a blood test before each cycle and where do I get it done', False, [], 'off_topic', 'remote sheep farmer, chemotherapy day unit'),  # E7-9
    ('u38-en-088', 'en', 'can i get a wig on the nhs? where do i go', False, [], 'off_topic', 'remote sheep farmer, chemotherapy day unit'),  # E7-10
    ('u38-en-089', 'en', "I still need to work with the sheep, can I get a letter for my insurance about what I can't do", True, ['kb-en-records_billing-011'], 'answered', 'remote sheep farmer, chemotherapy day unit'),  # E7-11
    ('u38-en-090', 'en', 'what should I keep at home in case of a temperature, do I need a thermometer', False, [], 'missing_detail', 'remote sheep farmer, chemotherapy day unit'),  # E7-12
    ('u38-en-091', 'en', 'Where do I pick up the tablets I take home after chemo', True, ['kb-en-medications-012'], 'answered', 'remote sheep farmer, chemotherapy day unit'),  # E7-13
    ('u38-en-092', 'en', 'My GP records still have my old name on some things. How do I get my name and gender updated on my hospital record?', False, [], 'missing_detail', 'trans woman, MRI and blood tests'),  # E8-1
    ('u38-en-093', 'en', "I've got an MRI scan booked – can I wear my own clothes or do I need to change?", True, ['kb-en-test_preparation-005'], 'answered', 'trans woman, MRI and blood tests'),  # E8-2
    ('u38-en-094', 'en', 'I have a small tattoo and a nose piercing, do I need to take piercings out for an MRI?', True, ['kb-en-test_preparation-005'], 'answered', 'trans woman, MRI and blood tests'),  # E8-3
    ('u38-en-095', 'en', 'How long does an MRI take?', True, ['kb-en-test_preparation-006'], 'answered', 'trans woman, MRI and blood tests'),  # E8-4
    ('u38-en-096', 'en', 'Can I bring a friend into the scan room with me?', True, ['kb-en-test_preparation-006', 'kb-en-appointments-011'], 'answered', 'trans woman, MRI and blood tests'),  # E8-5
    ('u38-en-097', 'en', 'Can I ask for a chaperone for the examination?', False, [], 'off_topic', 'trans woman, MRI and blood tests'),  # E8-6
    ('u38-en-098', 'en', 'do I need to fast before the blood tests?', True, ['kb-en-test_preparation-001'], 'answered', 'trans woman, MRI and blood tests'),  # E8-7
    ('u38-en-099', 'en', 'where is the blood test room and do I need an appointment or can I walk in', False, [], 'missing_detail', 'trans woman, MRI and blood tests'),  # E8-8
    ('u38-en-100', 'en', 'what time does the blood test clinic open', False, [], 'missing_detail', 'trans woman, MRI and blood tests'),  # E8-9
    ('u38-en-101', 'en', 'How will I get my results and how long do they take', True, ['kb-en-records_billing-003'], 'answered', 'trans woman, MRI and blood tests'),  # E8-10
    ('u38-en-102', 'en', 'Can I see my own results online? Is there an app', True, ['kb-en-records_billing-002', 'kb-en-records_billing-003'], 'answered', 'trans woman, MRI and blood tests'),  # E8-11
    ('u38-en-103', 'en', 'I need to leave work early - can you give me an appointment confirmation letter', True, ['kb-en-records_billing-011'], 'answered', 'trans woman, MRI and blood tests'),  # E8-12
    ('u38-en-104', 'en', "If I'm claustrophobic can I have something to help me relax in the scanner?", True, ['kb-en-test_preparation-006'], 'answered', 'trans woman, MRI and blood tests'),  # E8-13
    ('u38-en-105', 'en', "I'm a tourist from the US, got admitted last night. Will I be charged and who do I talk to about the bill?", False, [], 'missing_detail', 'touring American musician, short admission'),  # E9-1
    ('u38-en-106', 'en', 'Do you accept travel insurance directly or do I pay and claim back?', False, [], 'missing_detail', 'touring American musician, short admission'),  # E9-2
    ('u38-en-107', 'en', 'I need my medical records in English for my insurance company – how do I request them?', False, [], 'missing_detail', 'touring American musician, short admission'),  # E9-3
    ('u38-en-108', 'en', 'Is there a place I can store my bass guitar? my band left me my gear lol', False, [], 'missing_detail', 'touring American musician, short admission'),  # E9-4
    ('u38-en-109', 'en', 'what time is breakfast on the wards', False, [], 'off_topic', 'touring American musician, short admission'),  # E9-5
    ('u38-en-110', 'en', 'Can I use wifi to call home, is there a phone on the ward?', False, [], 'missing_detail', 'touring American musician, short admission'),  # E9-6
    ('u38-en-111', 'en', 'Can I leave the ward to go outside for some fresh air?', False, [], 'missing_detail', 'touring American musician, short admission'),  # E9-7
    ('u38-en-112', 'en', 'is smoking allowed anywhere on the hospital grounds', False, [], 'off_topic', 'touring American musician, short admission'),  # E9-8
    ('u38-en-113', 'en', 'When I get discharged, how do I get to the airport from the hospital?', False, [], 'off_topic', 'touring American musician, short admission'),  # E9-9
    ('u38-en-114', 'en', "can I get a letter saying I'm fit to fly", False, [], 'missing_detail', 'touring American musician, short admission'),  # E9-10
    ('u38-en-115', 'en', 'do i need a prescription to take my meds across the border, can you print one', True, ['kb-en-medications-009'], 'answered', 'touring American musician, short admission'),  # E9-11
    ('u38-en-116', 'en', "what's the hospital address and postcode to give my insurer", False, [], 'missing_detail', 'touring American musician, short admission'),  # E9-12
    ('u38-en-117', 'en', 'who do I ask for an itemised invoice after I leave', True, ['kb-en-records_billing-007'], 'answered', 'touring American musician, short admission'),  # E9-13
    ('u38-en-118', 'en', 'my brother is in intensive care. what are the ICU visiting hours', False, [], 'missing_detail', 'single mum visiting brother in ICU'),  # E10-1
    ('u38-en-119', 'en', 'How many people can be at the bedside at once in ICU?', True, ['kb-en-visiting-005'], 'answered', 'single mum visiting brother in ICU'),  # E10-2
    ('u38-en-120', 'en', 'Can I bring my 3 year old into the intensive care unit?', True, ['kb-en-visiting-005', 'kb-en-visiting-002'], 'answered', 'single mum visiting brother in ICU'),  # E10-3
    ('u38-en-121', 'en', 'Is there a creche or somewhere my son can be looked after while I visit?', False, [], 'off_topic', 'single mum visiting brother in ICU'),  # E10-4
    ('u38-en-122', 'en', "who gives updates about him, can they tell me over the phone? I'm his next of kin", True, ['kb-en-visiting-007'], 'answered', 'single mum visiting brother in ICU'),  # E10-5
    ('u38-en-123', 'en', "Where is the relatives' room and can we stay overnight?", False, [], 'missing_detail', 'single mum visiting brother in ICU'),  # E10-6
    ('u38-en-124', 'en', 'can I bring flowers for him', True, ['kb-en-visiting-003'], 'answered', 'single mum visiting brother in ICU'),  # E10-7
    ('u38-en-125', 'en', "Is there a chaplain or someone to talk to, I'm not coping", True, ['kb-en-visiting-008'], 'answered', 'single mum visiting brother in ICU'),  # E10-8
    ('u38-en-126', 'en', 'His motorbike stuff and wallet – where are his belongings kept?', False, [], 'missing_detail', 'single mum visiting brother in ICU'),  # E10-9
    ('u38-en-127', 'en', 'parking is costing me a fortune, is there a weekly ticket?', False, [], 'missing_detail', 'single mum visiting brother in ICU'),  # E10-10
    ('u38-en-128', 'en', 'Can I bring in his own music and headphones for him?', False, [], 'missing_detail', 'single mum visiting brother in ICU'),  # E10-11
    ('u38-en-129', 'en', 'When he moves to a normal ward how will we know which one?', False, [], 'off_topic', 'single mum visiting brother in ICU'),  # E10-12
    ('u38-en-130', 'en', "he'll need rehab after, can I get help with being his carer, like a carer's assessment?", False, [], 'missing_detail', 'single mum visiting brother in ICU'),  # E10-13
    ('u38-zh-001', 'zh', '我逢一三五要嚟洗腎，幾點要到？', False, [], 'off_topic', '退休巴士司機，洗腎（粵語）'),  # Z1-1
    ('u38-zh-002', 'zh', '洗腎嗰陣可唔可以帶飯盒入去食？', False, [], 'off_topic', '退休巴士司機，洗腎（粵語）'),  # Z1-2
    ('u38-zh-003', 'zh', '我老婆可唔可以陪我坐喺度？', False, [], 'off_topic', '退休巴士司機，洗腎（粵語）'),  # Z1-3
    ('u38-zh-004', 'zh', '有冇穿梭巴士由地鐵站去醫院？', False, [], 'missing_detail', '退休巴士司機，洗腎（粵語）'),  # Z1-4
    ('u38-zh-005', 'zh', '洗完腎頭暈暈，可唔可以自己揸車返屋企？', False, [], 'missing_detail', '退休巴士司機，洗腎（粵語）'),  # Z1-5
    ('u38-zh-006', 'zh', '啲藥要去邊度攞？要排幾耐？', False, [], 'missing_detail', '退休巴士司機，洗腎（粵語）'),  # Z1-6
    ('u38-zh-007', 'zh', '我想轉去下晝嘅時段，搵邊個講？', False, [], 'missing_detail', '退休巴士司機，洗腎（粵語）'),  # Z1-7
    ('u38-zh-008', 'zh', '過年嗰幾日有冇得洗？時間會唔會改？', False, [], 'off_topic', '退休巴士司機，洗腎（粵語）'),  # Z1-8
    ('u38-zh-009', 'zh', '醫院有冇泊車優惠畀長期病人？', False, [], 'missing_detail', '退休巴士司機，洗腎（粵語）'),  # Z1-9
    ('u38-zh-010', 'zh', '我想去旅行一個禮拜，可唔可以喺第二間醫院洗腎？點安排？', False, [], 'off_topic', '退休巴士司機，洗腎（粵語）'),  # Z1-10
    ('u38-zh-011', 'zh', '覆診紙唔見咗點算', False, [], 'off_topic', '退休巴士司機，洗腎（粵語）'),  # Z1-11
    ('u38-zh-012', 'zh', '醫療費用可唔可以分期俾？', False, [], 'missing_detail', '退休巴士司機，洗腎（粵語）'),  # Z1-12
    ('u38-zh-013', 'zh', '手臂有條瘻管，平時要點樣保護佢？', False, [], 'off_topic', '退休巴士司機，洗腎（粵語）'),  # Z1-13
    ('u38-zh-014', 'zh', '我下週要做日間手術（腹腔鏡），報到時間是幾點？', False, [], 'missing_detail', '台灣空服員，日間手術'),  # Z2-1
    ('u38-zh-015', 'zh', '手術前要空腹多久？可以喝水嗎？', True, ['kb-zh-procedures-002'], 'answered', '台灣空服員，日間手術'),  # Z2-2
    ('u38-zh-016', 'zh', '要帶什麼證件跟東西來？', True, ['kb-zh-procedures-005'], 'answered', '台灣空服員，日間手術'),  # Z2-3
    ('u38-zh-017', 'zh', '做完可以自己搭捷運回家嗎，還是一定要有人陪？', True, ['kb-zh-procedures-003'], 'answered', '台灣空服員，日間手術'),  # Z2-4
    ('u38-zh-018', 'zh', '我是空服員，術後多久可以搭飛機工作？', False, [], 'off_topic', '台灣空服員，日間手術'),  # Z2-5
    ('u38-zh-019', 'zh', '診斷書要去哪裡申請？費用多少？', False, [], 'missing_detail', '台灣空服員，日間手術'),  # Z2-6
    ('u38-zh-020', 'zh', '指甲油跟光療指甲要卸掉嗎？', True, ['kb-zh-procedures-005'], 'answered', '台灣空服員，日間手術'),  # Z2-7
    ('u38-zh-021', 'zh', '隱形眼鏡可以戴嗎？', True, ['kb-zh-procedures-005'], 'answered', '台灣空服員，日間手術'),  # Z2-8
    ('u38-zh-022', 'zh', '手術當天家屬在哪裡等？有等候區嗎？', False, [], 'missing_detail', '台灣空服員，日間手術'),  # Z2-9
    ('u38-zh-023', 'zh', '傷口可以碰水嗎？多久可以洗澡？', False, [], 'missing_detail', '台灣空服員，日間手術'),  # Z2-10
    ('u38-zh-024', 'zh', '拆線回診要掛哪一科？', True, ['kb-zh-procedures-012'], 'answered', '台灣空服員，日間手術'),  # Z2-11
    ('u38-zh-025', 'zh', '保險理賠要收據正本還是副本，可以申請幾份？', False, [], 'missing_detail', '台灣空服員，日間手術'),  # Z2-12
    ('u38-zh-026', 'zh', '如果要住一晚有單人房嗎？差額要多少錢？', False, [], 'off_topic', '台灣空服員，日間手術'),  # Z2-13
    ('u38-zh-027', 'zh', '我爸中风住院了我能不能在病房陪户 晚上睡哪', False, [], 'missing_detail', '河南包工头，陪护中风父亲（语音输入）'),  # Z3-1
    ('u38-zh-028', 'zh', '陪护证在哪里办 要多少钱', False, [], 'missing_detail', '河南包工头，陪护中风父亲（语音输入）'),  # Z3-2
    ('u38-zh-029', 'zh', '可以请护工吗 一天多少钱', False, [], 'missing_detail', '河南包工头，陪护中风父亲（语音输入）'),  # Z3-3
    ('u38-zh-030', 'zh', '医院食糖几点开饭 家属能去吃吗', False, [], 'missing_detail', '河南包工头，陪护中风父亲（语音输入）'),  # Z3-4
    ('u38-zh-031', 'zh', '我们是外地医保 异地就医怎么报销 要先备案吗', True, ['kb-zh-records_billing-007'], 'answered', '河南包工头，陪护中风父亲（语音输入）'),  # Z3-5
    ('u38-zh-032', 'zh', '病房可不可以用电饭锅给老人煮粥', True, ['kb-zh-visiting-010'], 'answered', '河南包工头，陪护中风父亲（语音输入）'),  # Z3-6
    ('u38-zh-033', 'zh', '康复训练一天做几次 在哪个楼', False, [], 'off_topic', '河南包工头，陪护中风父亲（语音输入）'),  # Z3-7
    ('u38-zh-034', 'zh', '我白天要去工地 护工晚上走了谁管', False, [], 'missing_detail', '河南包工头，陪护中风父亲（语音输入）'),  # Z3-8
    ('u38-zh-035', 'zh', '住院押金不够了 在哪里交钱 可以用微信吗', True, ['kb-zh-records_billing-012'], 'answered', '河南包工头，陪护中风父亲（语音输入）'),  # Z3-9
    ('u38-zh-036', 'zh', '出院要办什么手续 出院小结什么时候能拿', True, ['kb-zh-procedures-008'], 'answered', '河南包工头，陪护中风父亲（语音输入）'),  # Z3-10
    ('u38-zh-037', 'zh', '回老家以后康复怎么办 有没有远程复诊', True, ['kb-zh-appointments-005'], 'answered', '河南包工头，陪护中风父亲（语音输入）'),  # Z3-11
    ('u38-zh-038', 'zh', '轮椅能不能借 押金多少', False, [], 'missing_detail', '河南包工头，陪护中风父亲（语音输入）'),  # Z3-12
    ('u38-zh-039', 'zh', '病历复印在哪个窗口 要带身份证吗', True, ['kb-zh-records_billing-001', 'kb-zh-records_billing-002'], 'answered', '河南包工头，陪护中风父亲（语音输入）'),  # Z3-13
    ('u38-zh-040', 'zh', '预产期下个月 建档yao带啥 在哪里建', False, [], 'off_topic', '带货主播，第一胎顺产'),  # Z4-1
    ('u38-zh-041', 'zh', '待产包要准备什么 医院提供卫生巾吗', False, [], 'off_topic', '带货主播，第一胎顺产'),  # Z4-2
    ('u38-zh-042', 'zh', '生的时候老公能进产房陪产吗 要不要交钱', False, [], 'off_topic', '带货主播，第一胎顺产'),  # Z4-3
    ('u38-zh-043', 'zh', '产房里能拍照或者录视频吗', False, [], 'missing_detail', '带货主播，第一胎顺产'),  # Z4-4
    ('u38-zh-044', 'zh', '无痛分娩要提前预约吗 多少钱', False, [], 'off_topic', '带货主播，第一胎顺产'),  # Z4-5
    ('u38-zh-045', 'zh', '顺产的话产后住几天', False, [], 'off_topic', '带货主播，第一胎顺产'),  # Z4-6
    ('u38-zh-046', 'zh', '宝宝的出生证明什么时候办 去哪办', False, [], 'off_topic', '带货主播，第一胎顺产'),  # Z4-7
    ('u38-zh-047', 'zh', '医院有月子餐吗 能点外卖送到病房吗', False, [], 'missing_detail', '带货主播，第一胎顺产'),  # Z4-8
    ('u38-zh-048', 'zh', '是母婴同室吗 宝宝晚上跟我一起吗', False, [], 'off_topic', '带货主播，第一胎顺产'),  # Z4-9
    ('u38-zh-049', 'zh', '宝宝的乙肝疫苗和卡介苗是在医院打吗', False, [], 'off_topic', '带货主播，第一胎顺产'),  # Z4-10
    ('u38-zh-050', 'zh', '出院以后42天复查要挂什么号', False, [], 'off_topic', '带货主播，第一胎顺产'),  # Z4-11
    ('u38-zh-051', 'zh', '涨奶疼怎么办 有没有母乳喂养咨询门诊', False, [], 'off_topic', '带货主播，第一胎顺产'),  # Z4-12
    ('u38-zh-052', 'zh', '新生儿上医保要什么材料', False, [], 'off_topic', '带货主播，第一胎顺产'),  # Z4-13
    ('u38-zh-053', 'zh', '我係修女，換膝關節要住院，可唔可以有神父嚟病房送聖體？', False, [], 'off_topic', '天主教修女，換膝關節'),  # Z5-1
    ('u38-zh-054', 'zh', '醫院有冇小聖堂或者祈禱室？', False, [], 'off_topic', '天主教修女，換膝關節'),  # Z5-2
    ('u38-zh-055', 'zh', '我食齋（素食），住院可唔可以安排素餐？', False, [], 'missing_detail', '天主教修女，換膝關節'),  # Z5-3
    ('u38-zh-056', 'zh', '手術前要做啲咩檢查？要預幾耐時間？', False, [], 'missing_detail', '天主教修女，換膝關節'),  # Z5-4
    ('u38-zh-057', 'zh', '換膝關節大概要住幾多日？', False, [], 'off_topic', '天主教修女，換膝關節'),  # Z5-5
    ('u38-zh-058', 'zh', '修院姊妹探病有冇人數限制？幾點到幾點？', False, [], 'missing_detail', '天主教修女，換膝關節'),  # Z5-6
    ('u38-zh-059', 'zh', '我冇家人，緊急聯絡人可唔可以填修院院長？', False, [], 'missing_detail', '天主教修女，換膝關節'),  # Z5-7
    ('u38-zh-060', 'zh', '出院後物理治療喺邊度做？要唔要自己預約？', False, [], 'off_topic', '天主教修女，換膝關節'),  # Z5-8
    ('u38-zh-061', 'zh', '我要用助行架，可以喺醫院借定係要買？', False, [], 'missing_detail', '天主教修女，換膝關節'),  # Z5-9
    ('u38-zh-062', 'zh', '屋企浴室要加扶手，醫院有冇職業治療師上門睇？', False, [], 'off_topic', '天主教修女，換膝關節'),  # Z5-10
    ('u38-zh-063', 'zh', '住院費用係幾多？有冇資助？', False, [], 'missing_detail', '天主教修女，換膝關節'),  # Z5-11
    ('u38-zh-064', 'zh', '傷口幾時拆線？', False, [], 'missing_detail', '天主教修女，換膝關節'),  # Z5-12
    ('u38-zh-065', 'zh', '我想要一份手術報告寄去修會總部，點申請？', True, ['kb-zh-records_billing-001'], 'answered', '天主教修女，換膝關節'),  # Z5-13
    ('u38-zh-066', 'zh', '睡眠监测要住一晚吗 几点去报道', False, [], 'off_topic', '程序员，睡眠监测'),  # Z6-1
    ('u38-zh-067', 'zh', '要带什么 能带自己的枕头吗', False, [], 'off_topic', '程序员，睡眠监测'),  # Z6-2
    ('u38-zh-068', 'zh', '监测那天能喝咖啡吗 我一天三杯', False, [], 'off_topic', '程序员，睡眠监测'),  # Z6-3
    ('u38-zh-069', 'zh', '可以带电脑加班吗 有wifi吗', False, [], 'missing_detail', '程序员，睡眠监测'),  # Z6-4
    ('u38-zh-070', 'zh', '睡眠监测多少钱 医保报不报', False, [], 'off_topic', '程序员，睡眠监测'),  # Z6-5
    ('u38-zh-071', 'zh', 'jieguo多久出来 在哪里看报告', False, [], 'missing_detail', '程序员，睡眠监测'),  # Z6-6
    ('u38-zh-072', 'zh', '呼吸机要自己买吗 医院能租吗', False, [], 'off_topic', '程序员，睡眠监测'),  # Z6-7
    ('u38-zh-073', 'zh', '第二天早上几点能走 我要上班', False, [], 'off_topic', '程序员，睡眠监测'),  # Z6-8
    ('u38-zh-074', 'zh', '挂号是挂呼吸科还是耳鼻喉科', False, [], 'missing_detail', '程序员，睡眠监测'),  # Z6-9
    ('u38-zh-075', 'zh', '晚上能不能洗澡 有热水吗', False, [], 'off_topic', '程序员，睡眠监测'),  # Z6-10
    ('u38-zh-076', 'zh', '复诊可以线上问诊吗', True, ['kb-zh-appointments-005'], 'answered', '程序员，睡眠监测'),  # Z6-11
    ('u38-zh-077', 'zh', '公司要请假证明 医院能开吗', True, ['kb-zh-records_billing-011'], 'answered', '程序员，睡眠监测'),  # Z6-12
    ('u38-zh-078', 'zh', '减肥门诊在几楼', False, [], 'off_topic', '程序员，睡眠监测'),  # Z6-13
    ('u38-zh-079', 'zh', '我是回族 住院期间医院有清真餐吗', False, [], 'missing_detail', '回族面馆老板，心脏造影'),  # Z7-1
    ('u38-zh-080', 'zh', '做造影前要不要空腹 几点开始不能吃', False, [], 'missing_detail', '回族面馆老板，心脏造影'),  # Z7-2
    ('u38-zh-081', 'zh', '要住几天 还是当天就能回', False, [], 'off_topic', '回族面馆老板，心脏造影'),  # Z7-3
    ('u38-zh-082', 'zh', '手术同意书谁签 我儿子在外地 老婆可以签吗', True, ['kb-zh-procedures-004'], 'answered', '回族面馆老板，心脏造影'),  # Z7-4
    ('u38-zh-083', 'zh', '做完多久能下床走', False, [], 'off_topic', '回族面馆老板，心脏造影'),  # Z7-5
    ('u38-zh-084', 'zh', '家里人在哪里等 手术要多长时间', False, [], 'missing_detail', '回族面馆老板，心脏造影'),  # Z7-6
    ('u38-zh-085', 'zh', '医院里有做礼拜的地方吗 附近有清真寺吗', False, [], 'off_topic', '回族面馆老板，心脏造影'),  # Z7-7
    ('u38-zh-086', 'zh', '面馆不能没人 住院期间能不能请假出去一下再回来', False, [], 'off_topic', '回族面馆老板，心脏造影'),  # Z7-8
    ('u38-zh-087', 'zh', '出院后的药在哪取 能不能一次开三个月', True, ['kb-zh-procedures-008', 'kb-zh-medications-001'], 'answered', '回族面馆老板，心脏造影'),  # Z7-9
    ('u38-zh-088', 'zh', '支架的植入卡要保存吗 丢了怎么补', False, [], 'missing_detail', '回族面馆老板，心脏造影'),  # Z7-10
    ('u38-zh-089', 'zh', '复查是什么时候 要挂哪个科', False, [], 'missing_detail', '回族面馆老板，心脏造影'),  # Z7-11
    ('u38-zh-090', 'zh', '费用大概多少 支架进口的国产的能自己选吗', False, [], 'off_topic', '回族面馆老板，心脏造影'),  # Z7-12
    ('u38-zh-091', 'zh', '出院以后能不能坐飞机回兰州', False, [], 'off_topic', '回族面馆老板，心脏造影'),  # Z7-13
    ('u38-zh-092', 'zh', '女儿手臂骨折打了石膏 几号复查 要挂什么号', False, [], 'missing_detail', '单亲妈妈，女儿骨折复查'),  # Z8-1
    ('u38-zh-093', 'zh', '石膏能不能碰水 洗澡怎么办', False, [], 'off_topic', '单亲妈妈，女儿骨折复查'),  # Z8-2
    ('u38-zh-094', 'zh', '学校要开证明 不能上体育课 去哪开', True, ['kb-zh-records_billing-011'], 'answered', '单亲妈妈，女儿骨折复查'),  # Z8-3
    ('u38-zh-095', 'zh', '石膏里面痒怎么办 能用筷子挠吗', False, [], 'off_topic', '单亲妈妈，女儿骨折复查'),  # Z8-4
    ('u38-zh-096', 'zh', '复查拍片要不要提前预约 多久出结果', False, [], 'missing_detail', '单亲妈妈，女儿骨折复查'),  # Z8-5
    ('u38-zh-097', 'zh', '儿童医保怎么用 报销比例多少', False, [], 'missing_detail', '单亲妈妈，女儿骨折复查'),  # Z8-6
    ('u38-zh-098', 'zh', '我要上班 周末有没有骨科门诊', False, [], 'missing_detail', '单亲妈妈，女儿骨折复查'),  # Z8-7
    ('u38-zh-099', 'zh', '拆石膏在哪里拆 要排队吗', False, [], 'off_topic', '单亲妈妈，女儿骨折复查'),  # Z8-8
    ('u38-zh-100', 'zh', '儿科候诊区有没有给小孩玩的地方', False, [], 'off_topic', '单亲妈妈，女儿骨折复查'),  # Z8-9
    ('u38-zh-101', 'zh', '女儿怕打针 抽血可以家长陪吗', False, [], 'missing_detail', '单亲妈妈，女儿骨折复查'),  # Z8-10
    ('u38-zh-102', 'zh', '商业保险理赔要什么材料 诊断证明要盖章吗', True, ['kb-zh-records_billing-011', 'kb-zh-records_billing-005'], 'answered', '单亲妈妈，女儿骨折复查'),  # Z8-11
    ('u38-zh-103', 'zh', '拆了石膏以后要做康复吗 在哪做', False, [], 'off_topic', '单亲妈妈，女儿骨折复查'),  # Z8-12
    ('u38-zh-104', 'zh', '如果石膏松了或者裂了 可以直接来吗 要不要挂号', False, [], 'off_topic', '单亲妈妈，女儿骨折复查'),  # Z8-13
    ('u38-zh-105', 'zh', '我系工人姐姐，陪婆婆覆診，我可唔可以代佢簽名？', False, [], 'missing_detail', '外傭姐姐陪僱主婆婆覆診（粵語夾錯字）'),  # Z9-1
    ('u38-zh-106', 'zh', '婆婆覆診前要唔要空肚抽血？', True, ['kb-zh-test_preparation-001'], 'answered', '外傭姐姐陪僱主婆婆覆診（粵語夾錯字）'),  # Z9-2
    ('u38-zh-107', 'zh', '抽血處喺邊層？幾點開？', False, [], 'missing_detail', '外傭姐姐陪僱主婆婆覆診（粵語夾錯字）'),  # Z9-3
    ('u38-zh-108', 'zh', '婆婆行得好慢，醫院門口有冇輪椅借？', True, ['kb-zh-appointments-007'], 'answered', '外傭姐姐陪僱主婆婆覆診（粵語夾錯字）'),  # Z9-4
    ('u38-zh-109', 'zh', '取藥要等幾耐？可唔可以送藥上門？', False, [], 'missing_detail', '外傭姐姐陪僱主婆婆覆診（粵語夾錯字）'),  # Z9-5
    ('u38-zh-110', 'zh', '藥費點俾？可唔可以用八達通？', False, [], 'missing_detail', '外傭姐姐陪僱主婆婆覆診（粵語夾錯字）'),  # Z9-6
    ('u38-zh-111', 'zh', '婆婆啲藥點樣擺？要唔要放雪櫃？', True, ['kb-zh-medications-003'], 'answered', '外傭姐姐陪僱主婆婆覆診（粵語夾錯字）'),  # Z9-7
    ('u38-zh-112', 'zh', '覆診改期打邊個電話？', False, [], 'missing_detail', '外傭姐姐陪僱主婆婆覆診（粵語夾錯字）'),  # Z9-8
    ('u38-zh-113', 'zh', '我睇中文字唔太識，有冇英文或者印尼文翻譯？', False, [], 'missing_detail', '外傭姐姐陪僱主婆婆覆診（粵語夾錯字）'),  # Z9-9
    ('u38-zh-114', 'zh', '醫院有冇洗手間可以幫婆婆換尿片？', False, [], 'off_topic', '外傭姐姐陪僱主婆婆覆診（粵語夾錯字）'),  # Z9-10
    ('u38-zh-115', 'zh', '我可唔可以幫婆婆攞報告？要咩授權？', False, [], 'missing_detail', '外傭姐姐陪僱主婆婆覆診（粵語夾錯字）'),  # Z9-11
    ('u38-zh-116', 'zh', '婆婆成日怕跌親，有冇家居防跌資料？', False, [], 'off_topic', '外傭姐姐陪僱主婆婆覆診（粵語夾錯字）'),  # Z9-12
    ('u38-zh-117', 'zh', '由屋企去醫院有冇復康巴士？點訂？', False, [], 'off_topic', '外傭姐姐陪僱主婆婆覆診（粵語夾錯字）'),  # Z9-13
    ('u38-zh-118', 'zh', '我太太转到安宁病房了 家属可以24小时陪吗', False, [], 'missing_detail', '退休老师，妻子在安宁病房'),  # Z10-1
    ('u38-zh-119', 'zh', '病房能不能带我们家的小狗来看她', False, [], 'off_topic', '退休老师，妻子在安宁病房'),  # Z10-2
    ('u38-zh-120', 'zh', '孙女在国外 能不能视频探视 病房有wifi吗', False, [], 'missing_detail', '退休老师，妻子在安宁病房'),  # Z10-3
    ('u38-zh-121', 'zh', '安宁病房费用怎么算 医保报吗', False, [], 'missing_detail', '退休老师，妻子在安宁病房'),  # Z10-4
    ('u38-zh-122', 'zh', '她想在家里走 可以出院回家吗 有没有居家安宁服务', False, [], 'off_topic', '退休老师，妻子在安宁病房'),  # Z10-5
    ('u38-zh-123', 'zh', '有没有心理咨询或者社工 我晚上睡不着', False, [], 'off_topic', '退休老师，妻子在安宁病房'),  # Z10-6
    ('u38-zh-124', 'zh', '可以请牧师来病房吗 我太太信基督', False, [], 'off_topic', '退休老师，妻子在安宁病房'),  # Z10-7
    ('u38-zh-125', 'zh', '病房里可以放音乐吗 我想带她喜欢的唱片机', False, [], 'missing_detail', '退休老师，妻子在安宁病房'),  # Z10-8
    ('u38-zh-126', 'zh', '人走了以后 死亡证明在哪开 需要什么材料', False, [], 'off_topic', '退休老师，妻子在安宁病房'),  # Z10-9
    ('u38-zh-127', 'zh', '遗体在医院能停放多久 太平间怎么联系', False, [], 'off_topic', '退休老师，妻子在安宁病房'),  # Z10-10
    ('u38-zh-128', 'zh', '医院的账什么时候结 押金退回要什么', True, ['kb-zh-records_billing-012'], 'answered', '退休老师，妻子在安宁病房'),  # Z10-11
    ('u38-zh-129', 'zh', '她生前说过想捐眼角膜 要怎么办', False, [], 'off_topic', '退休老师，妻子在安宁病房'),  # Z10-12
    ('u38-zh-130', 'zh', '过后有没有哀伤辅导 家属可以参加吗', False, [], 'off_topic', '退休老师，妻子在安宁病房'),  # Z10-13
    ('u38-zh-131', 'zh', '屋企啲過期藥點樣丟？可唔可以拎返醫院？', True, ['kb-zh-medications-004'], 'added', '退休巴士司機，洗腎（粵語）'),  # Z1-added
    ('u38-zh-132', 'zh', '我爸住院每天花了多少钱 在哪能查清单', True, ['kb-zh-records_billing-005'], 'added', '河南包工头，陪护中风父亲（语音输入）'),  # Z3-added
    ('u38-zh-133', 'zh', '给我爸送的饭吃不完 病区冰箱能放吗', True, ['kb-zh-visiting-007'], 'added', '河南包工头，陪护中风父亲（语音输入）'),  # Z3-added
    ('u38-zh-134', 'zh', '挂了号那天要加班去不了 怎么取消 挂号费退不退', True, ['kb-zh-appointments-002'], 'added', '程序员，睡眠监测'),  # Z6-added
    ('u38-zh-135', 'zh', '女儿第一次来你们医院 她没有身份证 怎么建档', True, ['kb-zh-appointments-004'], 'added', '单亲妈妈，女儿骨折复查'),  # Z8-added
    ('u38-zh-136', 'zh', '下次复查我上班去不了 让我妈带孩子去 要签字怎么办', True, ['kb-zh-appointments-012'], 'added', '单亲妈妈，女儿骨折复查'),  # Z8-added
    ('u38-zh-137', 'zh', '婆婆唔識用智能手機，可唔可以打電話預約覆診？', True, ['kb-zh-appointments-007', 'kb-zh-appointments-001'], 'added', '外傭姐姐陪僱主婆婆覆診（粵語夾錯字）'),  # Z9-added
    ('u38-zh-138', 'zh', '我这两天嗓子疼还流鼻涕 还能进病房看她吗', True, ['kb-zh-visiting-005'], 'added', '退休老师，妻子在安宁病房'),  # Z10-added
    ('u38-zh-139', 'zh', '住院发票在哪下载 电子的能报销吗', True, ['kb-zh-records_billing-008'], 'added', '带货主播，第一胎顺产'),  # Z4-added
    ('u38-zh-140', 'zh', '已经交了钱的检查还没做 不想做了能退钱吗', True, ['kb-zh-records_billing-009'], 'added', '回族面馆老板，心脏造影'),  # Z7-added
    ('u38-zh-141', 'zh', '手術前幾天如果感冒或者月經來了，還能照常手術嗎？要通知誰？', True, ['kb-zh-procedures-011', 'kb-zh-procedures-005'], 'added', '台灣空服員，日間手術'),  # Z2-added
    ('u38-zh-142', 'zh', '簽手術同意書之前，我可唔可以叫醫生再解釋多次？', True, ['kb-zh-procedures-004'], 'added', '天主教修女，換膝關節'),  # Z5-added
]


def load_kb_ids():
    ids = {}
    for lang in ("en", "zh"):
        with open(os.path.join(KB_DIR, "passages_%s.jsonl" % lang), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    d = json.loads(line)
                    ids[d["id"]] = d.get("language", lang)
    return ids


def main():
    kb = load_kb_ids()
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    qs = [r[2] for r in ROWS]
    assert len(qs) == len(set(qs)), "duplicate questions"
    counts = Counter()
    for rid, lang, q, ans, gold, kind, voice in ROWS:
        assert lang in ("en", "zh") and rid.startswith("u38-%s-" % lang), rid
        assert isinstance(ans, bool) and q.strip() and voice.strip(), rid
        assert kind in ("off_topic", "missing_detail", "answered", "added"), rid
        if ans:
            assert gold and kind in ("answered", "added"), rid
        else:
            assert gold == [] and kind in ("off_topic", "missing_detail", "added"), rid
        for g in gold:
            assert g in kb, (rid, g)
            assert kb[g] == lang and g.startswith("kb-%s-" % lang), (rid, g)
        counts[(lang, ans)] += 1
    for lang in ("en", "zh"):
        assert counts[(lang, False)] >= 50, (lang, counts)
        assert counts[(lang, True)] >= 30, (lang, counts)
    out = os.path.join(HERE, "questions.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for rid, lang, q, ans, gold, kind, voice in ROWS:
            row = {"id": rid, "language": lang, "question": q, "answerable": ans,
                   "gold": gold, "kind": kind, "voice": voice}
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    by_kind = Counter((r[1], r[5]) for r in ROWS)
    print("wrote", out, len(ROWS), "rows")
    for k in sorted(by_kind):
        print(k, by_kind[k])
    for lang in ("en", "zh"):
        print(lang, "answerable", counts[(lang, True)], "unanswerable", counts[(lang, False)])


if __name__ == "__main__":
    main()
