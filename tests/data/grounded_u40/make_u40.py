#!/usr/bin/env python3
"""U40: blind don't-know test set (personas, questions written before the KB). Standard library only, no randomness.

Writes questions.jsonl next to this script. Every question and label below is a literal.
Row tuple: (id, language, persona, question, answerable, gold, kind, voice).
"""
import json
import os

KB_DIR = os.environ.get("MEDQA_KB_DIR", "/work/main/medqa/assets/kb")
HERE = os.path.dirname(os.path.abspath(__file__))

ROWS = [
    ('u40-en-001', 'en', 'E1', 'Can my son stay overnight with me on the orthopaedic ward after my knee replacement?', True, ['kb-en-visiting-008'], 'answered', 'elderly Sikh man, formal'),
    ('u40-en-002', 'en', 'E1', 'Is there a quiet room where I can say my prayers while I am an inpatient?', False, [], 'missing_detail', 'elderly Sikh man, formal'),
    ('u40-en-003', 'en', 'E1', 'Will the hospital food include a vegetarian option with no eggs?', False, [], 'off_topic', 'elderly Sikh man, formal'),
    ('u40-en-004', 'en', 'E1', 'How long will I usually stay in hospital after a knee replacement?', False, [], 'missing_detail', 'elderly Sikh man, formal'),
    ('u40-en-005', 'en', 'E1', 'Do I need to come to a pre-operative assessment appointment before the operation, and how long does it take?', False, [], 'missing_detail', 'elderly Sikh man, formal'),
    ('u40-en-006', 'en', 'E1', 'Should I bring my own walking frame or crutches or does the hospital give them?', False, [], 'missing_detail', 'elderly Sikh man, formal'),
    ('u40-en-007', 'en', 'E1', 'Am I allowed to keep my turban on when I go into the operating theatre?', False, [], 'missing_detail', 'elderly Sikh man, formal'),
    ('u40-en-008', 'en', 'E1', 'What time should I stop eating on the night before my surgery?', True, ['kb-en-procedures-003'], 'answered', 'elderly Sikh man, formal'),
    ('u40-en-009', 'en', 'E1', 'Can I bring all my usual tablets in their boxes when I come in?', True, ['kb-en-procedures-008'], 'answered', 'elderly Sikh man, formal'),
    ('u40-en-010', 'en', 'E1', 'Who do I ring if I need to change the date of my operation?', True, ['kb-en-appointments-002'], 'answered', 'elderly Sikh man, formal'),
    ('u40-en-011', 'en', 'E1', 'Will physiotherapy carry on after I go home, and who arranges it?', False, [], 'missing_detail', 'elderly Sikh man, formal'),
    ('u40-en-012', 'en', 'E1', 'Is there free parking for patients who come in for surgery?', False, [], 'missing_detail', 'elderly Sikh man, formal'),
    ('u40-en-013', 'en', 'E1', 'How do I get a copy of the letter the surgeon sends to my GP?', True, ['kb-en-records_billing-001'], 'answered', 'elderly Sikh man, formal'),
    ('u40-en-014', 'en', 'E2', 'How long do I usually wait in the fracture clinic?', False, [], 'missing_detail', 'blunt postwoman'),
    ('u40-en-015', 'en', 'E2', 'Can I get a fit note for work from the fracture clinic?', True, ['kb-en-records_billing-011'], 'answered', 'blunt postwoman'),
    ('u40-en-016', 'en', 'E2', 'Is it ok to get my plaster cast wet in the shower?', False, [], 'off_topic', 'blunt postwoman'),
    ('u40-en-017', 'en', 'E2', 'What should I do if my cast feels too tight on a Sunday?', False, [], 'off_topic', 'blunt postwoman'),
    ('u40-en-018', 'en', 'E2', 'Where is the fracture clinic in the hospital?', False, [], 'missing_detail', 'blunt postwoman'),
    ('u40-en-019', 'en', 'E2', 'Can I drive with a wrist cast on?', False, [], 'off_topic', 'blunt postwoman'),
    ('u40-en-020', 'en', 'E2', 'How many weeks before the cast comes off?', False, [], 'off_topic', 'blunt postwoman'),
    ('u40-en-021', 'en', 'E2', 'Do I have to pay for a waterproof cast cover?', False, [], 'off_topic', 'blunt postwoman'),
    ('u40-en-022', 'en', 'E2', 'Is there a cafe open before 8am?', False, [], 'off_topic', 'blunt postwoman'),
    ('u40-en-023', 'en', 'E2', 'Can I take paracetamol and ibuprofen together for the pain?', False, [], 'missing_detail', 'blunt postwoman'),
    ('u40-en-024', 'en', 'E2', 'Will I need an X-ray every time I come to clinic?', False, [], 'missing_detail', 'blunt postwoman'),
    ('u40-en-025', 'en', 'E2', 'Can I get my appointment moved to after 4pm because of my shifts?', False, [], 'missing_detail', 'blunt postwoman'),
    ('u40-en-026', 'en', 'E2', 'Does the hospital do hand physiotherapy or do I go somewhere else?', False, [], 'off_topic', 'blunt postwoman'),
    ('u40-en-027', 'en', 'E3', 'How long is the waiting list for the allergy clinic?', False, [], 'missing_detail', 'chatty rural beekeeper'),
    ('u40-en-028', 'en', 'E3', 'Do I need to stop my hay fever tablets before skin prick testing, and for how many days?', False, [], 'off_topic', 'chatty rural beekeeper'),
    ('u40-en-029', 'en', 'E3', 'Will the allergy test hurt?', False, [], 'off_topic', 'chatty rural beekeeper'),
    ('u40-en-030', 'en', 'E3', 'Can my wife come into the appointment with me?', True, ['kb-en-appointments-011', 'kb-en-appointments-004'], 'answered', 'chatty rural beekeeper'),
    ('u40-en-031', 'en', 'E3', 'How long does an allergy clinic appointment take?', False, [], 'off_topic', 'chatty rural beekeeper'),
    ('u40-en-032', 'en', 'E3', 'Does the hospital do venom immunotherapy and how often would I need to come?', False, [], 'off_topic', 'chatty rural beekeeper'),
    ('u40-en-033', 'en', 'E3', 'Who can I ask about getting a replacement adrenaline pen prescription?', True, ['kb-en-medications-001'], 'answered', 'chatty rural beekeeper'),
    ('u40-en-034', 'en', 'E3', 'Is there a bus from the railway station to the hospital?', False, [], 'missing_detail', 'chatty rural beekeeper'),
    ('u40-en-035', 'en', 'E3', 'Can I get a parking permit if I have to come every week for treatment?', True, ['kb-en-appointments-008'], 'answered', 'chatty rural beekeeper'),
    ('u40-en-036', 'en', 'E3', 'What happens if I am late for my appointment?', True, ['kb-en-appointments-005'], 'answered', 'chatty rural beekeeper'),
    ('u40-en-037', 'en', 'E3', 'Can I have my allergy results sent to me by email?', False, [], 'missing_detail', 'chatty rural beekeeper'),
    ('u40-en-038', 'en', 'E3', 'Is there somewhere to store a cool bag of my medicines while I wait?', False, [], 'missing_detail', 'chatty rural beekeeper'),
    ('u40-en-039', 'en', 'E3', 'Do you see patients on Saturdays at the allergy clinic?', False, [], 'off_topic', 'chatty rural beekeeper'),
    ('u40-en-040', 'en', 'E4', 'Can I be listed as next of kin for my husband?', False, [], 'missing_detail', 'anxious husband of patient'),
    ('u40-en-041', 'en', 'E4', 'What time do day-surgery patients usually get sent home?', False, [], 'missing_detail', 'anxious husband of patient'),
    ('u40-en-042', 'en', 'E4', 'Does my husband need someone to stay with him for 24 hours after a general anaesthetic?', True, ['kb-en-procedures-004', 'kb-en-procedures-002'], 'answered', 'anxious husband of patient'),
    ('u40-en-043', 'en', 'E4', 'Can I wait in the day surgery unit while he has his operation?', False, [], 'missing_detail', 'anxious husband of patient'),
    ('u40-en-044', 'en', 'E4', 'Is there wifi for visitors?', True, ['kb-en-visiting-011'], 'answered', 'anxious husband of patient'),
    ('u40-en-045', 'en', 'E4', 'Will the hospital ring me when he comes out of theatre?', False, [], 'missing_detail', 'anxious husband of patient'),
    ('u40-en-046', 'en', 'E4', 'How long after the hernia repair can he lift heavy things?', False, [], 'off_topic', 'anxious husband of patient'),
    ('u40-en-047', 'en', 'E4', 'Can he shower the day after surgery?', True, ['kb-en-procedures-010'], 'answered', 'anxious husband of patient'),
    ('u40-en-048', 'en', 'E4', 'Who do we call if the wound looks red after we get home?', True, ['kb-en-procedures-010'], 'answered', 'anxious husband of patient'),
    ('u40-en-049', 'en', 'E4', 'Does the hospital offer a chaplain or a non-religious support person?', True, ['kb-en-visiting-008'], 'answered', 'anxious husband of patient'),
    ('u40-en-050', 'en', 'E4', 'Can we have a copy of the discharge summary?', True, ['kb-en-procedures-009'], 'answered', 'anxious husband of patient'),
    ('u40-en-051', 'en', 'E4', 'How long until he can go back to work?', False, [], 'off_topic', 'anxious husband of patient'),
    ('u40-en-052', 'en', 'E4', 'Is there a drop-off point by the day surgery entrance?', False, [], 'missing_detail', 'anxious husband of patient'),
    ('u40-en-053', 'en', 'E5', 'can my mates visit me on the ward tonight', True, ['kb-en-visiting-001'], 'answered', 'teen texting style, lowercase'),
    ('u40-en-054', 'en', 'E5', 'whats the visiting hours on the surgical ward', True, ['kb-en-visiting-001'], 'answered', 'teen texting style, lowercase'),
    ('u40-en-055', 'en', 'E5', 'can i charge my phone by my bed', True, ['kb-en-procedures-008'], 'answered', 'teen texting style, lowercase'),
    ('u40-en-056', 'en', 'E5', 'do i have to wear the hospital gown the whole time', False, [], 'missing_detail', 'teen texting style, lowercase'),
    ('u40-en-057', 'en', 'E5', 'can i vape outside the hospital', False, [], 'off_topic', 'teen texting style, lowercase'),
    ('u40-en-058', 'en', 'E5', 'how long til i can play football again after appendix surgery', False, [], 'off_topic', 'teen texting style, lowercase'),
    ('u40-en-059', 'en', 'E5', 'will i get a sick note for my boss', True, ['kb-en-records_billing-011'], 'answered', 'teen texting style, lowercase'),
    ('u40-en-060', 'en', 'E5', 'when do the stitches come out', False, [], 'missing_detail', 'teen texting style, lowercase'),
    ('u40-en-061', 'en', 'E5', 'can i order takeaway to the ward', False, [], 'missing_detail', 'teen texting style, lowercase'),
    ('u40-en-062', 'en', 'E5', 'is there a tv by the bed and do i have to pay', False, [], 'off_topic', 'teen texting style, lowercase'),
    ('u40-en-063', 'en', 'E5', 'can my mum ring the ward to see how im doing', True, ['kb-en-visiting-007'], 'answered', 'teen texting style, lowercase'),
    ('u40-en-064', 'en', 'E5', 'what time do doctors come round in the morning', False, [], 'missing_detail', 'teen texting style, lowercase'),
    ('u40-en-065', 'en', 'E5', 'do i get free prescriptions cos im 19', False, [], 'missing_detail', 'teen texting style, lowercase'),
    ('u40-en-066', 'en', 'E6', "Can we have the first slot on the list so Arjun doesn't have to wait long?", False, [], 'missing_detail', 'careful autism parent'),
    ('u40-en-067', 'en', 'E6', 'Is there a quiet waiting area for children with autism?', True, ['kb-en-appointments-007', 'kb-en-appointments-011'], 'answered', 'careful autism parent'),
    ('u40-en-068', 'en', 'E6', 'Can I stay with him while he goes to sleep for the anaesthetic?', False, [], 'off_topic', 'careful autism parent'),
    ('u40-en-069', 'en', 'E6', 'Does the hospital have a learning disability or autism liaison nurse?', False, [], 'missing_detail', 'careful autism parent'),
    ('u40-en-070', 'en', 'E6', 'Can he bring his iPad into the anaesthetic room?', False, [], 'off_topic', 'careful autism parent'),
    ('u40-en-071', 'en', 'E6', 'How long before the procedure must he stop eating and drinking?', True, ['kb-en-procedures-003'], 'answered', 'careful autism parent'),
    ('u40-en-072', 'en', 'E6', 'Can he have sips of water on the morning of the operation?', True, ['kb-en-procedures-003'], 'answered', 'careful autism parent'),
    ('u40-en-073', 'en', 'E6', 'Will he need to stay overnight after dental treatment under general anaesthetic?', False, [], 'missing_detail', 'careful autism parent'),
    ('u40-en-074', 'en', 'E6', 'Is there a play specialist who can prepare him beforehand?', False, [], 'off_topic', 'careful autism parent'),
    ('u40-en-075', 'en', 'E6', 'Can we visit the ward before the day to help him get used to it?', False, [], 'off_topic', 'careful autism parent'),
    ('u40-en-076', 'en', 'E6', 'Can both parents go with him to the recovery room?', False, [], 'off_topic', 'careful autism parent'),
    ('u40-en-077', 'en', 'E6', 'What soft foods are best after teeth are taken out?', False, [], 'off_topic', 'careful autism parent'),
    ('u40-en-078', 'en', 'E6', 'Who do I ring if he gets a cold the week before the operation?', True, ['kb-en-procedures-011'], 'answered', 'careful autism parent'),
    ('u40-en-079', 'en', 'E7', 'Does the resident need a referral letter for a walk-in X-ray?', False, [], 'missing_detail', 'care-home manager, professional'),
    ('u40-en-080', 'en', 'E7', 'Can a carer from the home come into the X-ray room with the resident?', True, ['kb-en-appointments-011'], 'answered', 'care-home manager, professional'),
    ('u40-en-081', 'en', 'E7', 'Can we book patient transport for a resident who uses a hoist?', True, ['kb-en-appointments-009'], 'answered', 'care-home manager, professional'),
    ('u40-en-082', 'en', 'E7', 'How far in advance must we book hospital patient transport?', True, ['kb-en-appointments-009'], 'answered', 'care-home manager, professional'),
    ('u40-en-083', 'en', 'E7', 'Is there a fee for hospital patient transport?', False, [], 'missing_detail', 'care-home manager, professional'),
    ('u40-en-084', 'en', 'E7', 'What are the X-ray department opening hours?', False, [], 'missing_detail', 'care-home manager, professional'),
    ('u40-en-085', 'en', 'E7', 'Who can sign the consent form if the resident lacks capacity?', False, [], 'missing_detail', 'care-home manager, professional'),
    ('u40-en-086', 'en', 'E7', 'Can the hospital send the discharge letter straight to the care home?', False, [], 'missing_detail', 'care-home manager, professional'),
    ('u40-en-087', 'en', 'E7', "Do we need to bring the resident's medication administration chart?", True, ['kb-en-appointments-004'], 'answered', 'care-home manager, professional'),
    ('u40-en-088', 'en', 'E7', 'Is there a hearing loop at reception?', True, ['kb-en-appointments-012'], 'answered', 'care-home manager, professional'),
    ('u40-en-089', 'en', 'E7', 'How long do X-ray results take to reach the GP?', False, [], 'missing_detail', 'care-home manager, professional'),
    ('u40-en-090', 'en', 'E7', 'Can we get a wheelchair at the main entrance?', True, ['kb-en-appointments-012'], 'answered', 'care-home manager, professional'),
    ('u40-en-091', 'en', 'E7', 'Does the hospital have a falls prevention service for care home residents?', False, [], 'off_topic', 'care-home manager, professional'),
    ('u40-en-092', 'en', 'E8', 'Will I have my gallbladder op as a day case or will I stay overnight?', False, [], 'missing_detail', 'retired nurse, jargon'),
    ('u40-en-093', 'en', 'E8', 'Do I need a blood test at pre-assessment?', True, ['kb-en-procedures-005'], 'answered', 'retired nurse, jargon'),
    ('u40-en-094', 'en', 'E8', 'Should I bring my own dressings home or will I get some?', False, [], 'missing_detail', 'retired nurse, jargon'),
    ('u40-en-095', 'en', 'E8', 'Can I have my usual cup of tea on the morning of surgery?', True, ['kb-en-procedures-003'], 'answered', 'retired nurse, jargon'),
    ('u40-en-096', 'en', 'E8', 'Is there a lift to the day surgery unit?', False, [], 'missing_detail', 'retired nurse, jargon'),
    ('u40-en-097', 'en', 'E8', 'Will I be given a low-fat diet sheet after the operation?', False, [], 'off_topic', 'retired nurse, jargon'),
    ('u40-en-098', 'en', 'E8', 'How soon can I fly abroad after keyhole gallbladder surgery?', False, [], 'off_topic', 'retired nurse, jargon'),
    ('u40-en-099', 'en', 'E8', 'Can I ask for a female surgeon?', False, [], 'off_topic', 'retired nurse, jargon'),
    ('u40-en-100', 'en', 'E8', 'Are the operating lists running on time today?', False, [], 'off_topic', 'retired nurse, jargon'),
    ('u40-en-101', 'en', 'E8', "What is the hospital's policy on wearing nail varnish to theatre?", True, ['kb-en-procedures-012'], 'answered', 'retired nurse, jargon'),
    ('u40-en-102', 'en', 'E8', 'Can I keep my wedding ring on during the operation?', True, ['kb-en-procedures-012'], 'answered', 'retired nurse, jargon'),
    ('u40-en-103', 'en', 'E8', 'When will I get the histology results?', True, ['kb-en-records_billing-003'], 'answered', 'retired nurse, jargon'),
    ('u40-en-104', 'en', 'E8', 'Who do I contact to make a compliment about the nurses?', True, ['kb-en-visiting-012'], 'answered', 'retired nurse, jargon'),
    ('u40-en-105', 'en', 'E9', 'What time do I need to arrive for an overnight sleep study?', False, [], 'off_topic', 'precise accountant'),
    ('u40-en-106', 'en', 'E9', 'Can I bring my own pillow to the sleep study?', False, [], 'off_topic', 'precise accountant'),
    ('u40-en-107', 'en', 'E9', 'Is the sleep study room private, with an en-suite?', False, [], 'off_topic', 'precise accountant'),
    ('u40-en-108', 'en', 'E9', 'Can I leave straight for work in the morning after the study?', False, [], 'off_topic', 'precise accountant'),
    ('u40-en-109', 'en', 'E9', 'Should I avoid coffee on the day of the sleep study?', False, [], 'off_topic', 'precise accountant'),
    ('u40-en-110', 'en', 'E9', 'How long will it take to get my sleep study results?', False, [], 'missing_detail', 'precise accountant'),
    ('u40-en-111', 'en', 'E9', 'If I need a CPAP machine, does the hospital provide it free?', False, [], 'off_topic', 'precise accountant'),
    ('u40-en-112', 'en', 'E9', 'Can I claim back travel costs for hospital appointments?', True, ['kb-en-records_billing-010'], 'answered', 'precise accountant'),
    ('u40-en-113', 'en', 'E9', 'Is there an ATM in the hospital?', False, [], 'off_topic', 'precise accountant'),
    ('u40-en-114', 'en', 'E9', 'Can I pay the parking by card or app?', True, ['kb-en-appointments-008'], 'answered', 'precise accountant'),
    ('u40-en-115', 'en', 'E9', 'How much does parking cost for 24 hours?', False, [], 'missing_detail', 'precise accountant'),
    ('u40-en-116', 'en', 'E9', "Can I get an invoice if my employer's insurance is paying?", True, ['kb-en-records_billing-007', 'kb-en-records_billing-006'], 'answered', 'precise accountant'),
    ('u40-en-117', 'en', 'E9', 'Do I need to shave my beard for the sleep sensors?', False, [], 'off_topic', 'precise accountant'),
    ('u40-en-118', 'en', 'E10', 'How quickly will I be seen after being recalled from breast screening?', False, [], 'off_topic', 'fluent non-native translator'),
    ('u40-en-119', 'en', 'E10', 'Is the breast clinic a one-stop clinic with results on the same day?', False, [], 'off_topic', 'fluent non-native translator'),
    ('u40-en-120', 'en', 'E10', 'Can I bring my sister with me to the appointment?', True, ['kb-en-appointments-011', 'kb-en-appointments-004'], 'answered', 'fluent non-native translator'),
    ('u40-en-121', 'en', 'E10', 'Should I avoid deodorant before a mammogram?', False, [], 'off_topic', 'fluent non-native translator'),
    ('u40-en-122', 'en', 'E10', 'Will I need a biopsy, and does it hurt?', False, [], 'off_topic', 'fluent non-native translator'),
    ('u40-en-123', 'en', 'E10', 'How long does a biopsy result take?', True, ['kb-en-records_billing-003'], 'answered', 'fluent non-native translator'),
    ('u40-en-124', 'en', 'E10', 'Is there a breast care nurse I can talk to?', False, [], 'off_topic', 'fluent non-native translator'),
    ('u40-en-125', 'en', 'E10', 'Can I get an interpreter for my mother if she comes too?', False, [], 'missing_detail', 'fluent non-native translator'),
    ('u40-en-126', 'en', 'E10', 'Can I change to a female radiographer?', False, [], 'off_topic', 'fluent non-native translator'),
    ('u40-en-127', 'en', 'E10', 'Where do I check in for the breast clinic?', True, ['kb-en-appointments-005'], 'answered', 'fluent non-native translator'),
    ('u40-en-128', 'en', 'E10', 'Can I go swimming after a breast biopsy?', False, [], 'missing_detail', 'fluent non-native translator'),
    ('u40-en-129', 'en', 'E10', 'Does the hospital have a support group for women waiting for results?', False, [], 'off_topic', 'fluent non-native translator'),
    ('u40-en-130', 'en', 'E10', 'Can I get a copy of my mammogram images on a CD?', False, [], 'missing_detail', 'fluent non-native translator'),
    ('u40-zh-001', 'zh', 'Z1', '請問甲狀腺穿刺之前使唔使停食嘢？', False, [], 'missing_detail', '粤语口语 繁体 长者'),
    ('u40-zh-002', 'zh', 'Z1', '穿刺報告要等幾耐先有？', True, ['kb-zh-records_billing-003', 'kb-zh-procedures-010'], 'answered', '粤语口语 繁体 长者'),
    ('u40-zh-003', 'zh', 'Z1', '做完穿刺可唔可以即刻返屋企？', False, [], 'off_topic', '粤语口语 繁体 长者'),
    ('u40-zh-004', 'zh', 'Z1', '我食緊薄血丸，穿刺前要唔要停？同邊個講？', True, ['kb-zh-test_preparation-011'], 'answered', '粤语口语 繁体 长者'),
    ('u40-zh-005', 'zh', 'Z1', '醫院有冇廣東話嘅護士可以解釋俾我聽？', True, ['kb-zh-appointments-008'], 'answered', '粤语口语 繁体 长者'),
    ('u40-zh-006', 'zh', 'Z1', '睇專科門診要唔要帶埋轉介信？', False, [], 'missing_detail', '粤语口语 繁体 长者'),
    ('u40-zh-007', 'zh', 'Z1', '覆診時間可唔可以改去星期六？', False, [], 'missing_detail', '粤语口语 繁体 长者'),
    ('u40-zh-008', 'zh', 'Z1', '繳費處喺邊度，收唔收八達通？', False, [], 'missing_detail', '粤语口语 繁体 长者'),
    ('u40-zh-009', 'zh', 'Z1', '我想攞返之前嘅超聲波報告副本，點申請？', True, ['kb-zh-records_billing-003'], 'answered', '粤语口语 繁体 长者'),
    ('u40-zh-010', 'zh', 'Z1', '個傷口可唔可以沖涼？', False, [], 'missing_detail', '粤语口语 繁体 长者'),
    ('u40-zh-011', 'zh', 'Z1', '醫院附近有冇小巴站？', False, [], 'missing_detail', '粤语口语 繁体 长者'),
    ('u40-zh-012', 'zh', 'Z1', '我老婆可唔可以陪我入去做檢查？', False, [], 'missing_detail', '粤语口语 繁体 长者'),
    ('u40-zh-013', 'zh', 'Z1', '如果報告出咗，醫生會唔會打電話通知我？', False, [], 'missing_detail', '粤语口语 繁体 长者'),
    ('u40-zh-014', 'zh', 'Z2', '拔智齿要先挂号吗？在网上可以预约吗？', True, ['kb-zh-appointments-001'], 'answered', '简体 年轻口语'),
    ('u40-zh-015', 'zh', 'Z2', '拔智齿大概多少钱？医保能报吗？', False, [], 'missing_detail', '简体 年轻口语'),
    ('u40-zh-016', 'zh', 'Z2', '拔完牙多久能吃东西？', False, [], 'off_topic', '简体 年轻口语'),
    ('u40-zh-017', 'zh', 'Z2', '拔牙后能不能去健身房练？', False, [], 'off_topic', '简体 年轻口语'),
    ('u40-zh-018', 'zh', 'Z2', '拔完牙可以喝酒吗，朋友约了烧烤', False, [], 'off_topic', '简体 年轻口语'),
    ('u40-zh-019', 'zh', 'Z2', '拔牙要打麻药吗，会不会很疼', False, [], 'off_topic', '简体 年轻口语'),
    ('u40-zh-020', 'zh', 'Z2', '拔完牙后几天拆线？', False, [], 'missing_detail', '简体 年轻口语'),
    ('u40-zh-021', 'zh', 'Z2', '拔完以后脸肿了正常吗，怎么消肿', False, [], 'off_topic', '简体 年轻口语'),
    ('u40-zh-022', 'zh', 'Z2', '口腔科周末开门吗？', False, [], 'off_topic', '简体 年轻口语'),
    ('u40-zh-023', 'zh', 'Z2', '拔牙前要做什么检查，要拍片吗？', False, [], 'off_topic', '简体 年轻口语'),
    ('u40-zh-024', 'zh', 'Z2', '可以一次拔两颗吗？', False, [], 'off_topic', '简体 年轻口语'),
    ('u40-zh-025', 'zh', 'Z2', '拔牙当天能刷牙吗？', False, [], 'off_topic', '简体 年轻口语'),
    ('u40-zh-026', 'zh', 'Z2', '医院停车场一小时多少钱？', False, [], 'missing_detail', '简体 年轻口语'),
    ('u40-zh-027', 'zh', 'Z3', '體外震波碎石要住院嗎？還是當天就可以回家？', False, [], 'off_topic', '台湾国语 繁体 客气'),
    ('u40-zh-028', 'zh', 'Z3', '碎石前一天晚上可以吃東西嗎？', False, [], 'off_topic', '台湾国语 繁体 客气'),
    ('u40-zh-029', 'zh', 'Z3', '做碎石大概要多久？', False, [], 'off_topic', '台湾国语 繁体 客气'),
    ('u40-zh-030', 'zh', 'Z3', '健保有給付嗎？自費大概多少？', False, [], 'missing_detail', '台湾国语 繁体 客气'),
    ('u40-zh-031', 'zh', 'Z3', '碎石之後尿裡有血是正常的嗎？', False, [], 'off_topic', '台湾国语 繁体 客气'),
    ('u40-zh-032', 'zh', 'Z3', '碎完石頭要喝多少水比較好？', False, [], 'off_topic', '台湾国语 繁体 客气'),
    ('u40-zh-033', 'zh', 'Z3', '可以請家人在外面等嗎？有沒有家屬等候區？', False, [], 'off_topic', '台湾国语 繁体 客气'),
    ('u40-zh-034', 'zh', 'Z3', '我需要開診斷證明書給保險公司，要去哪裡辦？', True, ['kb-zh-records_billing-011'], 'answered', '台湾国语 繁体 客气'),
    ('u40-zh-035', 'zh', 'Z3', '診斷證明書一份多少錢？', False, [], 'missing_detail', '台湾国语 繁体 客气'),
    ('u40-zh-036', 'zh', 'Z3', '碎石後可以上班嗎？要休息幾天？', False, [], 'off_topic', '台湾国语 繁体 客气'),
    ('u40-zh-037', 'zh', 'Z3', '醫院有沒有停車場？停車怎麼收費？', True, ['kb-zh-appointments-009'], 'answered', '台湾国语 繁体 客气'),
    ('u40-zh-038', 'zh', 'Z3', '可以用LINE預約掛號嗎？', False, [], 'missing_detail', '台湾国语 繁体 客气'),
    ('u40-zh-039', 'zh', 'Z3', '回診要帶什麼東西？', True, ['kb-zh-appointments-003'], 'answered', '台湾国语 繁体 客气'),
    ('u40-zh-040', 'zh', 'Z4', '糖尿病覆診可唔可以約晏晝？我返夜更', False, [], 'missing_detail', '香港粤语 繁体 夜班'),
    ('u40-zh-041', 'zh', 'Z4', '做眼底檢查之後可唔可以揸車？', False, [], 'off_topic', '香港粤语 繁体 夜班'),
    ('u40-zh-042', 'zh', 'Z4', '滴完散瞳藥水要幾耐先睇得清楚？', False, [], 'off_topic', '香港粤语 繁体 夜班'),
    ('u40-zh-043', 'zh', 'Z4', '驗血前一晚幾點之後唔食得嘢？', True, ['kb-zh-test_preparation-001'], 'answered', '香港粤语 繁体 夜班'),
    ('u40-zh-044', 'zh', 'Z4', '醫院有冇糖尿病教育班？點報名？', False, [], 'off_topic', '香港粤语 繁体 夜班'),
    ('u40-zh-045', 'zh', 'Z4', '我想轉去離屋企近啲嘅診所覆診，點搞？', False, [], 'off_topic', '香港粤语 繁体 夜班'),
    ('u40-zh-046', 'zh', 'Z4', '攞藥要排幾耐？藥房幾點關門？', False, [], 'missing_detail', '香港粤语 繁体 夜班'),
    ('u40-zh-047', 'zh', 'Z4', '可唔可以叫人幫我代攞藥？', False, [], 'missing_detail', '香港粤语 繁体 夜班'),
    ('u40-zh-048', 'zh', 'Z4', '血糖機試紙醫院有冇得買？', False, [], 'off_topic', '香港粤语 繁体 夜班'),
    ('u40-zh-049', 'zh', 'Z4', '覆診紙唔見咗點算？', False, [], 'missing_detail', '香港粤语 繁体 夜班'),
    ('u40-zh-050', 'zh', 'Z4', '飲食上有冇營養師可以睇？', False, [], 'off_topic', '香港粤语 繁体 夜班'),
    ('u40-zh-051', 'zh', 'Z4', '我有腳皮爆裂，有冇足部護理服務？', False, [], 'off_topic', '香港粤语 繁体 夜班'),
    ('u40-zh-052', 'zh', 'Z4', '醫療費用有冇減免？點申請？', False, [], 'off_topic', '香港粤语 繁体 夜班'),
    ('u40-zh-053', 'zh', 'Z5', '前列腺手术要住几天院啊', False, [], 'missing_detail', '农村老人 语音输入 错字拼音'),
    ('u40-zh-054', 'zh', 'Z5', '住院要交多少押金，能不能用新农合报销', False, [], 'missing_detail', '农村老人 语音输入 错字拼音'),
    ('u40-zh-055', 'zh', 'Z5', '异地医保怎么备案，要去哪里办', True, ['kb-zh-records_billing-007'], 'answered', '农村老人 语音输入 错字拼音'),
    ('u40-zh-056', 'zh', 'Z5', '手术前要不要抽血做检查，要空腹不', True, ['kb-zh-procedures-004', 'kb-zh-test_preparation-001'], 'answered', '农村老人 语音输入 错字拼音'),
    ('u40-zh-057', 'zh', 'Z5', '做完手术尿管要插几天', False, [], 'off_topic', '农村老人 语音输入 错字拼音'),
    ('u40-zh-058', 'zh', 'Z5', '陪护可以几个人，晚上能不能在病房睡', True, ['kb-zh-visiting-006'], 'answered', '农村老人 语音输入 错字拼音'),
    ('u40-zh-059', 'zh', 'Z5', '医院有没有便宜的十堂，饭卡在哪里办', False, [], 'missing_detail', '农村老人 语音输入 错字拼音'),
    ('u40-zh-060', 'zh', 'Z5', '病房能不能用手机充电，有没有wifi', False, [], 'missing_detail', '农村老人 语音输入 错字拼音'),
    ('u40-zh-061', 'zh', 'Z5', '出院以后多久回来复查', False, [], 'missing_detail', '农村老人 语音输入 错字拼音'),
    ('u40-zh-062', 'zh', 'Z5', '我不识字，签字的时候能让儿子代签吗', True, ['kb-zh-procedures-004'], 'answered', '农村老人 语音输入 错字拼音'),
    ('u40-zh-063', 'zh', 'Z5', 'chu yuan 结账在哪里办，要带什么', True, ['kb-zh-procedures-008', 'kb-zh-records_billing-012'], 'answered', '农村老人 语音输入 错字拼音'),
    ('u40-zh-064', 'zh', 'Z5', '从火车站到医院坐几路公交', False, [], 'missing_detail', '农村老人 语音输入 错字拼音'),
    ('u40-zh-065', 'zh', 'Z5', '手术以后能不能骑电动车回家', False, [], 'missing_detail', '农村老人 语音输入 错字拼音'),
    ('u40-zh-066', 'zh', 'Z6', '生殖中心看病需要夫妻双方一起来吗？', False, [], 'off_topic', '简体 书面 焦虑'),
    ('u40-zh-067', 'zh', 'Z6', '第一次来要带哪些证件？结婚证要原件吗？', False, [], 'missing_detail', '简体 书面 焦虑'),
    ('u40-zh-068', 'zh', 'Z6', '做试管婴儿大概需要多少费用？', False, [], 'off_topic', '简体 书面 焦虑'),
    ('u40-zh-069', 'zh', 'Z6', '试管婴儿能用医保报销吗？', False, [], 'missing_detail', '简体 书面 焦虑'),
    ('u40-zh-070', 'zh', 'Z6', '女方检查要在月经第几天来？', False, [], 'off_topic', '简体 书面 焦虑'),
    ('u40-zh-071', 'zh', 'Z6', '男方精液检查需要禁欲几天？', False, [], 'off_topic', '简体 书面 焦虑'),
    ('u40-zh-072', 'zh', 'Z6', '取卵手术需要住院吗？', False, [], 'off_topic', '简体 书面 焦虑'),
    ('u40-zh-073', 'zh', 'Z6', '取卵会不会很痛，需要麻醉吗？', False, [], 'off_topic', '简体 书面 焦虑'),
    ('u40-zh-074', 'zh', 'Z6', '每次来都要重新挂号吗？', False, [], 'missing_detail', '简体 书面 焦虑'),
    ('u40-zh-075', 'zh', 'Z6', '请假的话医院能开证明吗？', True, ['kb-zh-records_billing-011'], 'answered', '简体 书面 焦虑'),
    ('u40-zh-076', 'zh', 'Z6', '检查结果能在手机上查吗？', True, ['kb-zh-records_billing-003', 'kb-zh-records_billing-004'], 'answered', '简体 书面 焦虑'),
    ('u40-zh-077', 'zh', 'Z6', '医院有没有心理咨询可以帮忙缓解压力？', False, [], 'off_topic', '简体 书面 焦虑'),
    ('u40-zh-078', 'zh', 'Z6', '冷冻胚胎每年保存费多少钱？', False, [], 'off_topic', '简体 书面 焦虑'),
    ('u40-zh-079', 'zh', 'Z7', '探病時間係幾點到幾點？', True, ['kb-zh-visiting-001'], 'answered', '香港粤语 繁体 孝顺儿子'),
    ('u40-zh-080', 'zh', 'Z7', '一次可以幾多個人探病？', True, ['kb-zh-visiting-001'], 'answered', '香港粤语 繁体 孝顺儿子'),
    ('u40-zh-081', 'zh', 'Z7', '阿媽入院之後我可唔可以帶湯俾佢飲？', True, ['kb-zh-visiting-007'], 'answered', '香港粤语 繁体 孝顺儿子'),
    ('u40-zh-082', 'zh', 'Z7', '醫院有冇社工可以幫手安排出院後嘅照顧？', False, [], 'off_topic', '香港粤语 繁体 孝顺儿子'),
    ('u40-zh-083', 'zh', 'Z7', '出院後可唔可以申請家居照顧服務？', False, [], 'off_topic', '香港粤语 繁体 孝顺儿子'),
    ('u40-zh-084', 'zh', 'Z7', '骨質疏鬆檢查（骨密度）要排幾耐？', False, [], 'off_topic', '香港粤语 繁体 孝顺儿子'),
    ('u40-zh-085', 'zh', 'Z7', '阿媽住院可唔可以請私家看護？', True, ['kb-zh-visiting-006'], 'answered', '香港粤语 繁体 孝顺儿子'),
    ('u40-zh-086', 'zh', 'Z7', '病房有冇冷氣？可唔可以帶電風扇？', False, [], 'missing_detail', '香港粤语 繁体 孝顺儿子'),
    ('u40-zh-087', 'zh', 'Z7', '我想查阿媽嘅病情，醫生幾時會見家屬？', True, ['kb-zh-visiting-009'], 'answered', '香港粤语 繁体 孝顺儿子'),
    ('u40-zh-088', 'zh', 'Z7', '阿媽嘅長者醫療券可唔可以喺醫院用？', False, [], 'off_topic', '香港粤语 繁体 孝顺儿子'),
    ('u40-zh-089', 'zh', 'Z7', '出院要唔要買輪椅？醫院有冇得借？', False, [], 'missing_detail', '香港粤语 繁体 孝顺儿子'),
    ('u40-zh-090', 'zh', 'Z7', '阿媽講潮州話，有冇人識聽？', True, ['kb-zh-appointments-008'], 'answered', '香港粤语 繁体 孝顺儿子'),
    ('u40-zh-091', 'zh', 'Z7', '醫院有冇物理治療，出院之後點繼續？', False, [], 'off_topic', '香港粤语 繁体 孝顺儿子'),
    ('u40-zh-092', 'zh', 'Z8', '公司体检要提前预约吗？可以线上约吗？', False, [], 'off_topic', '简体 白领 中英夹杂'),
    ('u40-zh-093', 'zh', 'Z8', '体检前一天晚上几点以后不能吃东西？', True, ['kb-zh-test_preparation-001'], 'answered', '简体 白领 中英夹杂'),
    ('u40-zh-094', 'zh', 'Z8', '体检当天可以喝水吗？', True, ['kb-zh-test_preparation-001'], 'answered', '简体 白领 中英夹杂'),
    ('u40-zh-095', 'zh', 'Z8', '体检早上几点开始，大概要多长时间？', False, [], 'off_topic', '简体 白领 中英夹杂'),
    ('u40-zh-096', 'zh', 'Z8', '体检报告几天能出？能不能发PDF到邮箱？', False, [], 'missing_detail', '简体 白领 中英夹杂'),
    ('u40-zh-097', 'zh', 'Z8', '做胃镜可以选无痛的吗？要加多少钱？', False, [], 'missing_detail', '简体 白领 中英夹杂'),
    ('u40-zh-098', 'zh', 'Z8', '体检可以开发票给公司报销吗？', True, ['kb-zh-records_billing-008'], 'answered', '简体 白领 中英夹杂'),
    ('u40-zh-099', 'zh', 'Z8', '戴隐形眼镜能做体检吗？', False, [], 'off_topic', '简体 白领 中英夹杂'),
    ('u40-zh-100', 'zh', 'Z8', '体检中心有没有早餐提供？', False, [], 'off_topic', '简体 白领 中英夹杂'),
    ('u40-zh-101', 'zh', 'Z8', '如果查出问题，可以直接转专科门诊吗？', False, [], 'off_topic', '简体 白领 中英夹杂'),
    ('u40-zh-102', 'zh', 'Z8', '体检套餐里有没有幽门螺杆菌检查？', False, [], 'off_topic', '简体 白领 中英夹杂'),
    ('u40-zh-103', 'zh', 'Z8', 'CT检查有辐射吗，对身体影响大不大？', False, [], 'missing_detail', '简体 白领 中英夹杂'),
    ('u40-zh-104', 'zh', 'Z8', '体检中心在几号楼几楼？', False, [], 'off_topic', '简体 白领 中英夹杂'),
    ('u40-zh-105', 'zh', 'Z9', '小朋友氣喘門診是星期幾看診？', False, [], 'off_topic', '台湾国语 繁体 朴实爸爸'),
    ('u40-zh-106', 'zh', 'Z9', '女兒的吸入器用完了，可以只拿藥不看醫生嗎？', True, ['kb-zh-medications-002'], 'answered', '台湾国语 繁体 朴实爸爸'),
    ('u40-zh-107', 'zh', 'Z9', '學校需要氣喘的證明，醫院可以開嗎？', True, ['kb-zh-records_billing-011'], 'answered', '台湾国语 繁体 朴实爸爸'),
    ('u40-zh-108', 'zh', 'Z9', '吸入器要怎麼清洗？', False, [], 'missing_detail', '台湾国语 繁体 朴实爸爸'),
    ('u40-zh-109', 'zh', 'Z9', '小兒科有沒有夜間門診？', False, [], 'off_topic', '台湾国语 繁体 朴实爸爸'),
    ('u40-zh-110', 'zh', 'Z9', '女兒可以打流感疫苗嗎？要自費嗎？', False, [], 'off_topic', '台湾国语 繁体 朴实爸爸'),
    ('u40-zh-111', 'zh', 'Z9', '從部落坐車到醫院有沒有交通補助？', False, [], 'off_topic', '台湾国语 繁体 朴实爸爸'),
    ('u40-zh-112', 'zh', 'Z9', '看診時可以請護理師教我們用吸入器嗎？', True, ['kb-zh-medications-009'], 'answered', '台湾国语 繁体 朴实爸爸'),
    ('u40-zh-113', 'zh', 'Z9', '醫院有沒有原住民族語的服務？', True, ['kb-zh-appointments-008'], 'answered', '台湾国语 繁体 朴实爸爸'),
    ('u40-zh-114', 'zh', 'Z9', '看診要帶健保卡和什麼東西？', True, ['kb-zh-appointments-012', 'kb-zh-appointments-003'], 'answered', '台湾国语 繁体 朴实爸爸'),
    ('u40-zh-115', 'zh', 'Z9', '女兒怕打針，驗血的時候可以陪在旁邊嗎？', False, [], 'missing_detail', '台湾国语 繁体 朴实爸爸'),
    ('u40-zh-116', 'zh', 'Z9', '家裡有養狗會不會影響氣喘？', False, [], 'off_topic', '台湾国语 繁体 朴实爸爸'),
    ('u40-zh-117', 'zh', 'Z9', '掛號費多少錢？原住民有減免嗎？', False, [], 'missing_detail', '台湾国语 繁体 朴实爸爸'),
    ('u40-zh-118', 'zh', 'Z10', '心理门诊要挂哪个科，精神科还是心理科？', False, [], 'missing_detail', '简体 大学生 语音错字'),
    ('u40-zh-119', 'zh', 'Z10', '心理咨询一次多少钱，学生有优惠吗？', False, [], 'off_topic', '简体 大学生 语音错字'),
    ('u40-zh-120', 'zh', 'Z10', '看心理门诊会不会记录在档案里，学校会知道吗？', False, [], 'missing_detail', '简体 大学生 语音错字'),
    ('u40-zh-121', 'zh', 'Z10', '第一次看要做量表测试吗，要多长时间？', False, [], 'off_topic', '简体 大学生 语音错字'),
    ('u40-zh-122', 'zh', 'Z10', '可以线上视频问诊吗？', True, ['kb-zh-appointments-005'], 'answered', '简体 大学生 语音错字'),
    ('u40-zh-123', 'zh', 'Z10', '失眠的话可以自己先做些什么来改善？', False, [], 'off_topic', '简体 大学生 语音错字'),
    ('u40-zh-124', 'zh', 'Z10', '心理咨询师可以指定男的还是女的吗？', False, [], 'off_topic', '简体 大学生 语音错字'),
    ('u40-zh-125', 'zh', 'Z10', '晚上几点以后还能挂号？', False, [], 'missing_detail', '简体 大学生 语音错字'),
    ('u40-zh-126', 'zh', 'Z10', '开的药可以在学校附近的药店买吗？', False, [], 'missing_detail', '简体 大学生 语音错字'),
    ('u40-zh-127', 'zh', 'Z10', '付诊要多久一次？', False, [], 'off_topic', '简体 大学生 语音错字'),
    ('u40-zh-128', 'zh', 'Z10', '医保卡能用在心理咨询上吗？', False, [], 'missing_detail', '简体 大学生 语音错字'),
    ('u40-zh-129', 'zh', 'Z10', '可以让室友陪我一起进去吗？', False, [], 'missing_detail', '简体 大学生 语音错字'),
    ('u40-zh-130', 'zh', 'Z10', '病历可以不写真实姓名吗？', True, ['kb-zh-appointments-004'], 'answered', '简体 大学生 语音错字'),
]


def load_kb_ids(lang):
    ids = set()
    with open(os.path.join(KB_DIR, "passages_%s.jsonl" % lang), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                rec = json.loads(line)
                assert rec["language"] == lang, rec["id"]
                ids.add(rec["id"])
    return ids


def step1_questions(lang):
    """Questions as frozen in step 1 (checked only if the step-1 file sits next to this script)."""
    path = os.path.join(HERE, "step1_%s.txt" % lang)
    if not os.path.exists(path):
        return None
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#") or not line.strip():
                continue
            out.append(line)
    return out


def main():
    kb = {"en": load_kb_ids("en"), "zh": load_kb_ids("zh")}
    ids, questions = set(), set()
    counts = {}
    rows = []
    for rid, lang, persona, q, ans, gold, kind, voice in ROWS:
        assert lang in ("en", "zh"), rid
        assert rid.startswith("u40-%s-" % lang) and len(rid) == len("u40-en-000"), rid
        assert rid not in ids, "duplicate id " + rid
        assert q not in questions, "duplicate question " + q
        ids.add(rid)
        questions.add(q)
        assert kind in ("answered", "missing_detail", "off_topic", "added"), rid
        if ans:
            assert kind in ("answered", "added"), rid
            assert gold, rid
            for g in gold:
                assert g in kb[lang], "gold %s not in %s KB (%s)" % (g, lang, rid)
        else:
            assert kind in ("missing_detail", "off_topic") and gold == [], rid
        assert persona[0] == ("E" if lang == "en" else "Z"), rid
        c = counts.setdefault(lang, {"total": 0, "answerable": 0, "unanswerable": 0,
                                     "missing_detail": 0, "off_topic": 0, "added": 0})
        c["total"] += 1
        c["answerable" if ans else "unanswerable"] += 1
        if kind in c:
            c[kind] += 1
        rows.append({"id": rid, "language": lang, "question": q, "answerable": ans,
                     "gold": list(gold), "kind": kind, "voice": voice})
    for lang in ("en", "zh"):
        c = counts[lang]
        assert c["total"] == 130 + c["added"], (lang, c)
        assert c["answerable"] >= 30, (lang, c)
        assert c["unanswerable"] >= 50, (lang, c)
        assert c["added"] == 0, (lang, c)  # no added rows were needed
        frozen = step1_questions(lang)
        if frozen is not None:
            mine = [r[3] for r in ROWS if r[1] == lang and r[6] != "added"]
            assert mine == frozen, "step-1 questions changed for " + lang
    for lang in ("en", "zh"):
        nums = sorted(int(r["id"][-3:]) for r in rows if r["language"] == lang)
        assert nums == list(range(1, len(nums) + 1)), lang
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    for lang in ("en", "zh"):
        print(lang, json.dumps(counts[lang], sort_keys=True))


if __name__ == "__main__":
    main()
