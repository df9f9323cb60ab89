"""G41d (issue 12): a question about a named SUBJECT that the quoted passage never names says "don't know".

u40's answered unanswerable rows asked about a service, place, object, person or test the knowledge base has no passage
on (A&E, a plaster cast, a sleep study, 拔牙, 取卵, 心理门诊, wifi) and the extractive fallback quoted the passage retrieval
ranked first, which is about something else (the referral wait, minor cuts, the day-surgery escort). `medqa.answer_slots.
quoted_missing_subject` reads the subjects named in the sentences that ask and looks for each (or a synonym) in the
passages to quote. Wordings here are this round's own (English, Simplified, Traditional, Cantonese), not rows of any
reviewer set.
"""

import pytest

from medqa.answer_slots import asked_subjects, quoted_missing_subject
from medqa.verification import extractive_answer
from tests.kb_support import bundled_passages_by_id

KB = bundled_passages_by_id()

# Own passages: about one thing, silent on the subject asked (and look-alikes that name it).
REFERRAL_EN = ("After your doctor refers you, the hospital checks the referral and sends you a letter. Waiting times vary by "
               "specialty. If you think you need urgent care, do not wait: call the emergency number or go to an emergency department.")
ER_EN = "The emergency department is open day and night. Patients are seen in order of clinical need, so waits vary."
WOUND_EN = "Keep the wound clean and dry for the first two days. You can shower after 48 hours; pat the area dry."
CAST_EN = "Keep your cast dry: cover it with a plastic bag when you wash, and never push anything inside it to scratch."
ESCORT_EN = "After day surgery an adult must take you home and stay with you overnight. Do not drive for 24 hours."
FAITH_EN = "The chaplaincy team visits the wards daily and the multi-faith room on the ground floor is open to everyone."
FAST_ZH = "手术前6小时不要吃东西，2小时前可以喝少量清水。请按通知时间到日间手术中心报到。"
ESCORT_ZH = "日间手术后需要有成年家属陪同回家，24小时内不要开车、骑车或饮酒。"
DENTAL_ZH = "拔牙后24小时内不要刷牙漱口，当天不要喝酒，吃温凉的软食。"
BOOKING_ZH = "门诊可以通过医院App、公众号、电话或自助机预约挂号，也可以到人工窗口挂号。"
BELONGINGS_ZH = "住院请带洗漱用品、换洗衣物、手机和充电器，不要带贵重物品。"
WIFI_ZH = "病房覆盖免费无线网络，连接名称和密码见床头卡。"
ER_ZH = "急诊按病情轻重分级处理，危重患者优先，病情较轻的患者可能需要等待较长时间。"
REDIRECT_ZH = "服药期间如果出现严重腹痛或呕血，请及时联系医院或到急诊就诊。"


@pytest.mark.parametrize("question, passage, language", [
    # a place or service the passage never names
    ("How long is the wait in A&E usually?", REFERRAL_EN, "en"),
    ("roughly how many hours do people sit in casualty on a friday night", REFERRAL_EN, "en"),
    ("Is the accident and emergency waiting time any shorter in the mornings?", REFERRAL_EN, "en"),
    ("Is there a chaplain I could speak to while I'm in?", ESCORT_EN, "en"),
    ("Where can my husband say his prayers during my stay?", ESCORT_EN, "en"),
    ("急诊一般要排多久？", REDIRECT_ZH, "zh"),     # 急诊 only in a sentence sending the reader there
    ("急症室要等幾耐？", REDIRECT_ZH, "zh"),                            # Cantonese, Traditional
    ("病房有没有wifi，信号好不好？", BELONGINGS_ZH, "zh"),
    # an object asked about
    ("Can I get my plaster cast wet when I wash?", WOUND_EN, "en"),
    ("my arm cast is itching like mad, any tips?", WOUND_EN, "en"),
    ("Will someone take the stitches out or do they dissolve?", ESCORT_EN, "en"),
    ("打了石膏可以洗澡吗？", FAST_ZH, "zh"),
    ("做完手术尿管要留多久？", ESCORT_ZH, "zh"),
    # a test or procedure the passage is not about
    ("Can I drink coffee before my sleep study?", WOUND_EN, "en"),
    ("What can he eat once his wisdom teeth are taken out?", ESCORT_EN, "en"),
    ("Will my daughter need to stay in after dental treatment under a general anaesthetic?", ESCORT_EN, "en"),
    ("Can I go swimming the week after a skin biopsy?", WOUND_EN, "en"),
    ("拔智齿前一晚可以吃东西吗？", FAST_ZH, "zh"),
    ("拔咗牙之後可唔可以飲酒？", ESCORT_ZH, "zh"),                    # Cantonese, Traditional
    ("做完碎石可以自己开车回家吗", ESCORT_ZH, "zh"),
    ("散瞳之後幾耐先可以揸車？", ESCORT_ZH, "zh"),                      # Cantonese, Traditional
    ("取卵要不要全麻，会不会很痛？", FAST_ZH, "zh"),
    ("心理咨询的费用医保能报吗？", BOOKING_ZH, "zh"),
    # a facility or a document the passage does not name
    ("Can I borrow a wheelchair at the main entrance?", ESCORT_EN, "en"),
    ("Is there wifi on the ward so I can video call my kids?", ESCORT_EN, "en"),
    ("病房里可以上网吗？", BELONGINGS_ZH, "zh"),
    ("Can I watch TV in my bay at night?", ESCORT_EN, "en"),
    ("Is there a lift up to the day surgery unit?", ESCORT_EN, "en"),
    ("Where is the nearest taxi rank when I come out?", ESCORT_EN, "en"),
    ("Is there a baby changing room near the clinic?", REFERRAL_EN, "en"),
    ("第一次来要带结婚证原件吗？", BOOKING_ZH, "zh"),
    ("住院部有没有母婴室可以喂奶？", BELONGINGS_ZH, "zh"),
    ("病房有冇微波爐可以叮熱飯？", BELONGINGS_ZH, "zh"),                # Cantonese, Traditional
    # a hospital gown is not the dressing gown a packing list names; loose teeth told to the anaesthetist are no dental care
    ("Do I have to keep the hospital gown on all day?", "Bring comfortable nightwear, a dressing gown and slippers.", "en"),
    ("拔牙要不要打麻药？", "麻醉前请说明是否有松动的牙齿、活动假牙或牙套。", "zh"),
    # an activity asked as something to do again
    ("how soon can i play football again after the op", ESCORT_EN, "en"),
    ("手术后多久可以去游泳？", ESCORT_ZH, "zh"),
])
def test_subject_absent_from_the_quoted_passage_is_missing(question, passage, language):
    assert quoted_missing_subject(question, [passage], language), question


@pytest.mark.parametrize("question, passage, language", [
    # the subject named by the passage, in its own or a synonym's words
    ("How long is the wait in A&E usually?", ER_EN, "en"),
    ("Is there a chaplain I could speak to while I'm in?", FAITH_EN, "en"),
    ("Is there somewhere quiet to pray on the ward?", FAITH_EN, "en"),
    ("Can I get my plaster cast wet when I wash?", CAST_EN, "en"),
    ("急诊一般要排多久？", ER_ZH, "zh"),
    ("急症室要等幾耐？", ER_ZH, "zh"),
    ("病房有没有wifi，信号好不好？", WIFI_ZH, "zh"),
    ("拔咗牙之後可唔可以飲酒？", DENTAL_ZH, "zh"),
    ("第一次来要带户口本吗？", "儿童没有身份证的，可以用户口本或出生医学证明建档。", "zh"),
    ("Is there a lift to the clinic?", "All clinics are step-free, with lifts to every floor.", "en"),
    ("Should I pack a dressing gown?", "Bring comfortable nightwear, a dressing gown and slippers.", "en"),
    # the subject is the circumstance told, not what is asked
    ("Can someone give me a lift home after the operation?", ESCORT_EN, "en"),
    ("I twisted my ankle playing football on Sunday. Should I use ice or heat?", WOUND_EN, "en"),
    ("Dad's false teeth have gone missing on the ward. Who do I tell?", ESCORT_EN, "en"),
    ("I had a bit of metal taken out of my eye at A&E years ago. Is that a problem for the scan?", WOUND_EN, "en"),
    ("I work in the staff canteen at the school, so can I come to my appointment after 3?", ESCORT_EN, "en"),
    ("哪些情况需要去急诊？", REDIRECT_ZH, "zh"),
    ("我在超市上班，腰闪了，要不要一直躺着？", FAST_ZH, "zh"),
    ("我昨天骑电动车摔了，今天要带什么来看门诊", BOOKING_ZH, "zh"),
    # the word names something else: a channel, a reading, the patient's own thing, what was said on television
    ("Can I book the appointment on the internet?", REFERRAL_EN, "en"),
    ("可以上网预约挂号吗？", FAST_ZH, "zh"),
    ("How do I interpret the numbers on my blood results?", REFERRAL_EN, "en"),
    ("My wheelchair has a metal frame - can it come into the scan room?", WOUND_EN, "en"),
    ("充电宝可以带进检查室吗？", FAST_ZH, "zh"),
    ("電視上話發燒要焗汗，係咪真㗎？", FAST_ZH, "zh"),                  # Cantonese, Traditional
    ("I saw on the telly that you should starve a fever - is that right?", WOUND_EN, "en"),
    # a clinic or test named as the appointment being booked or moved, or the results awaited
    ("Can I book my sleep study appointment online?", REFERRAL_EN, "en"),
    ("I need to cancel my allergy clinic appointment next week, how do I do that?", REFERRAL_EN, "en"),
    ("拔智齿要先挂号吗？网上能预约吗？", BOOKING_ZH, "zh"),
    ("心理门诊可以在App上预约吗？", BOOKING_ZH, "zh"),
    ("做完穿刺，结果多久出来？", BOOKING_ZH, "zh"),
    # a generic operation named by its kind is no subject
    ("Can my son stay overnight after my knee replacement?", ESCORT_EN, "en"),
    ("阑尾手术前要空腹多久？", FAST_ZH, "zh"),
])
def test_subject_named_or_only_told_is_not_missing(question, passage, language):
    assert quoted_missing_subject(question, [passage], language) is None, question


def test_asked_subjects_reads_only_the_sentences_that_ask():
    assert asked_subjects("I went to A&E last week with my wrist. When is the fracture clinic?", "en") == []
    assert asked_subjects("How long will I wait in A&E?", "en") == ["a_and_e"]
    assert asked_subjects("拔牙後幾時可以刷牙？", "zh") == ["dental", "toothbrushing"]


@pytest.mark.parametrize("question, passage_id, language", [
    ("How long will I usually have to wait in A&E?", "kb-en-appointments-010", "en"),
    ("How do I keep my cast clean and dry?", "kb-en-self_care-004", "en"),
    ("拔完牙当天可以开车回家吗？", "kb-zh-procedures-003", "zh"),
    ("社工可以帮我办出院手续吗", "kb-zh-procedures-008", "zh"),
])
def test_extractive_fallback_says_dont_know(question, passage_id, language):
    verified = extractive_answer(question, [KB[passage_id]], language)
    assert verified.mode == "no_answer", (question, verified.text)
    assert verified.extra.get("missing_subject", "").startswith("subject:")


@pytest.mark.parametrize("question, passage_id, language", [
    ("Can my son stay overnight with me on the ward after my hip operation?", "kb-en-visiting-008", "en"),
    ("Can I bring my own wheelchair to the clinic?", "kb-en-appointments-012", "en"),
    ("急诊需要提前预约吗？", "kb-zh-appointments-010", "zh"),
    ("住院可以带充电器吗", "kb-zh-visiting-010", "zh"),
])
def test_extractive_fallback_still_quotes_the_subject_passage(question, passage_id, language):
    verified = extractive_answer(question, [KB[passage_id]], language)
    assert verified.mode == "extractive", (question, verified.text)
    assert "missing_subject" not in verified.extra
