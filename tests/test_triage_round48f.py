"""Round 48f (blind48, everyday24 false alarms): each family in new words, both directions, plus a few spent rows.

Families: (1) a threshold question for a plan, poster, handout or notes (widened `_PREPARING`, `_GENERIC_FRAME`,
`_TOPIC_FRAME_MASK`); (2) a known epilepsy's usual short seizure, over, and a single jerk on falling asleep (EV8 and
round 45 widened); (3) someone else's alarm over stated-normal signs (round 44 opinion holders and verbs widened);
(4) a past event, well now (round 45 past/well-now widened); (5) a small painkiller or cold-remedy total (EV8's check
widened to milligram totals and cold remedies); (6) word senses and mild versions (a wind instrument's numb lips, a
cat's scratch stopped, a child's bump with tears at once and play again, an electric-shock simile).
N rows must read as no emergency and no urgent notice (one extra blood-pressure tablet keeps its pharmacist notice);
E rows must stay emergencies.
"""

import pytest

from medqa.safety.triage import RedFlagTriage

_T = RedFlagTriage()

CASES = [
 [
  "plan_poster_handout",
  "N",
  "发作抽筋超过几分钟就要打120？我们学校在写应急预案，问一下。"
 ],
 [
  "plan_poster_handout",
  "N",
  "癫痫发作多久需要叫救护车？公司让我写急救流程。"
 ],
 [
  "plan_poster_handout",
  "N",
  "烧伤多大面积就要直接去医院？我要做一张海报贴在墙上。"
 ],
 [
  "plan_poster_handout",
  "N",
  "宝宝发烧到几度要马上去急诊？宝宝还没生，我先记下来。"
 ],
 [
  "plan_poster_handout",
  "N",
  "how long should a seizure go on before we ring 999? I'm putting together our club's first aid plan"
 ],
 [
  "plan_poster_handout",
  "N",
  "which signs after a bump on the head mean go straight to A&E? writing a poster for the staff room wall"
 ],
 [
  "plan_poster_handout",
  "N",
  "what temperature in a baby under 3 months means go to hospital? she's not born yet, just jotting it down for the fridge"
 ],
 [
  "plan_poster_handout",
  "N",
  "中風同低血糖點分？我喺度寫急救班嘅講義。"
 ],
 [
  "plan_poster_handout",
  "N",
  "心臟病發作同胃痛點樣分？寫急救課講義用，冇人唔舒服。"
 ],
 [
  "plan_poster_handout",
  "N",
  "how do you tell a heart attack from bad indigestion? it's for a handout for our first aid course, everyone's fine"
 ],
 [
  "plan_poster_handout",
  "N",
  "宝宝几度算要去医院 || 我在做育儿笔记，先记下来，宝宝还没出生"
 ],
 [
  "plan_poster_handout",
  "E",
  "我同事现在正在抽搐，已经五分钟了，多久要叫救护车？我们正好在写预案"
 ],
 [
  "plan_poster_handout",
  "E",
  "how long before I call 999? my husband is fitting right now and it's been 6 minutes, I'm writing the time down"
 ],
 [
  "plan_poster_handout",
  "E",
  "我老公胸口剧痛出冷汗，心脏病发作跟胃痛要怎么分？"
 ],
 [
  "plan_poster_handout",
  "E",
  "my 3 week old baby is 38.2 now, what temperature means go straight to hospital? writing it down"
 ],
 [
  "plan_poster_handout",
  "E",
  "癲癇發作多久要叫救護車？我個仔而家抽緊，停唔到"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "N",
  "my daughter has epilepsy with a care plan at school. she had one of her usual one-minute seizures at netball, came round fine and went home with her dad. does the epilepsy nurse need to know about each one?"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "N",
  "Texting from the rugby club bar. my boy is epileptic and just had one of his normal short fits, he's back to himself now and we're doing what his plan says."
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "N",
  "Our lodger has epilepsy - had his usual brief seizure in the kitchen, over in under a minute, he's himself again and following his seizure plan. fine to leave him to rest?"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "N",
  "我儿子有癫痫，刚才又是他平常那种很短的发作，一分钟不到，现在已经恢复正常了，我们按医生给的计划处理。"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "N",
  "我個女有癲癇，啱啱發咗一次平時嗰種好短嘅發作，而家已經回復正常，我哋跟住佢嘅計劃做。"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "N",
  "我老公有羊癲瘋，剛剛一次他平常那種短短的發作，已經清醒過來，一切正常，照醫生的計劃休息。"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "N",
  "my sons got epilepsy n had his usuall short seizure, hes back to normal now and were following his plan"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "E",
  "my son has epilepsy and had his usual seizure but it has not stopped after five minutes, his plan says call"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "E",
  "my daughter has epilepsy, had a seizure and then a second one without waking up in between"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "E",
  "我儿子有癫痫，平时那种发作，但是这次抽了七八分钟还没停"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "E",
  "my son has epilepsy and had his usual short seizure but he hit his head on the table and is bleeding and not waking properly"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "N",
  "晚上刚睡着的时候腿会突然蹬一下，把人弹醒，这算是抽搐吗？"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "N",
  "快睡著的時候身體會突然抖一下，把自己嚇醒，這是癲癇嗎？"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "N",
  "瞓着嗰陣成個人彈咗一下，即刻醒返，咁係咪抽筋嚟？"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "N",
  "just as i'm dropping off to sleep my whole body jolts and wakes me up, like falling off a step. is that a seizure?"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "N",
  "my husband says my legs kick once when I'm nodding off at night and it wakes me. could that be a fit?"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "E",
  "my husband jerked in his sleep and then kept jerking for three minutes, he bit his tongue and wet himself, is this a seizure?"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "E",
  "我老公睡着的时候突然全身抽，咬到舌头，还尿了，现在叫不醒"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "E",
  "快睡著時身體抖了一下之後一直抽，口吐白沫，這是抽搐嗎？"
 ],
 [
  "someone_elses_alarm",
  "N",
  "stiff neck from painting the ceiling all weekend, no fever, no rash, no headache. my boss printed off a meningitis checklist and circled stiff neck"
 ],
 [
  "someone_elses_alarm",
  "N",
  "我姨妈说头痛要当心脑膜炎，其实我就是感冒两天，冇发烧，脖子转来转去都冇问题，身上冇红点。"
 ],
 [
  "someone_elses_alarm",
  "N",
  "我家姊話我手指麻係中風先兆，我三十歲，講嘢行路都正常，手指甩兩下就好。"
 ],
 [
  "someone_elses_alarm",
  "N",
  "my neighbour keeps saying my dad's dizzy spell is a stroke; he stood up too fast, it passed in seconds, speech fine, arms fine, face fine"
 ],
 [
  "someone_elses_alarm",
  "N",
  "同事硬說我胸口針扎一下是心臟病，一秒就過去，呼吸正常，沒有出汗。"
 ],
 [
  "someone_elses_alarm",
  "E",
  "my wife says I'm having a stroke, my face is drooping on the left and I can't lift my arm"
 ],
 [
  "someone_elses_alarm",
  "E",
  "我妈说我中风了，我现在嘴歪了，说话不清楚"
 ],
 [
  "someone_elses_alarm",
  "E",
  "stiff neck and a purple rash that doesn't fade, my friend says it's meningitis, he's really drowsy"
 ],
 [
  "past_event_well_now",
  "N",
  "头胎的时候出过血，这一胎一直很顺利，现在30周了，想问问产检的事。"
 ],
 [
  "past_event_well_now",
  "N",
  "第一胎時出過血，今次懷孕好順，依家28週，想問下。"
 ],
 [
  "past_event_well_now",
  "N",
  "I bled with my first pregnancy but this one has been totally smooth, I'm 29 weeks now. Anything I should ask at my next scan?"
 ],
 [
  "past_event_well_now",
  "N",
  "宝宝三周大的时候发烧住过院，现在好了，下周去复查，要带什么吗？"
 ],
 [
  "past_event_well_now",
  "N",
  "my little one was admitted with a fever at 5 weeks old, she's well now and we're going back for a follow-up. what do they check?"
 ],
 [
  "past_event_well_now",
  "N",
  "my daughter had concussion at netball in March and she's fully recovered. school want a note for PE - GP or hospital?"
 ],
 [
  "past_event_well_now",
  "N",
  "他一月份打橄欖球腦震盪，已經完全康復了，學校要醫生紙先可以上體育堂。"
 ],
 [
  "past_event_well_now",
  "E",
  "头胎的时候出过血，这一胎现在28周，今天又开始出血了，流了很多"
 ],
 [
  "past_event_well_now",
  "E",
  "I bled in my first pregnancy and now at 30 weeks I'm bleeding again, bright red and cramping"
 ],
 [
  "past_event_well_now",
  "E",
  "宝宝五周大的时候住过院，现在又发烧38度了"
 ],
 [
  "past_event_well_now",
  "E",
  "my son had concussion in January and today he hit his head again, he's vomiting and very drowsy"
 ],
 [
  "small_medicine_total",
  "N",
  "感冒吃了一片感冒灵，后来又吃了一片对乙酰氨基酚，才发现两样都有这个成分，加起来一千多毫克，要紧吗？"
 ],
 [
  "small_medicine_total",
  "N",
  "今日食咗一粒感冒藥，夜晚又食咗一粒必理痛，原來兩樣都有撲熱息痛，總共一千幾毫克，有冇問題？"
 ],
 [
  "small_medicine_total",
  "N",
  "took a lemsip and then a paracetamol later, turns out both have paracetamol, about 1100mg total. is that ok?"
 ],
 [
  "small_medicine_total",
  "N",
  "早上不小心多吃了一片降压药，就多了一片，人没什么感觉。"
 ],
 [
  "small_medicine_total",
  "N",
  "我爸今朝唔小心食多咗一粒降血壓藥，佢話冇咩感覺，要唔要睇醫生？"
 ],
 [
  "small_medicine_total",
  "N",
  "accidentally took an extra amlodipine this morning, just the one extra, I feel completely normal"
 ],
 [
  "small_medicine_total",
  "E",
  "我吃了二十片对乙酰氨基酚，现在很想吐"
 ],
 [
  "small_medicine_total",
  "E",
  "我爸多吃了一片降压药，现在头晕得站不起来，差点晕倒"
 ],
 [
  "small_medicine_total",
  "E",
  "my toddler swallowed one of grandma's blood pressure tablets"
 ],
 [
  "word_sense_mild",
  "N",
  "After a long trumpet rehearsal my lips are numb and my mouth muscles ache. Face isn't drooping, speech is fine, no weakness."
 ],
 [
  "word_sense_mild",
  "N",
  "吹了一下午萨克斯，嘴唇发麻，嘴角肌肉酸，脸没有歪，说话正常，手脚有力。"
 ],
 [
  "word_sense_mild",
  "N",
  "刷牙的时候牙龈出了点血，吐出来是粉红色的，一会就停了，要看牙医吗？"
 ],
 [
  "word_sense_mild",
  "N",
  "brushing my teeth this morning my gums bled a bit and the spit was pink, stopped straight away. dentist or GP?"
 ],
 [
  "word_sense_mild",
  "N",
  "每次吃芒果嘴唇周围都会有点红痒，每年都这样，洗一洗就好，不肿也不喘。"
 ],
 [
  "word_sense_mild",
  "N",
  "每次食芒果嘴邊都會痕痕地紅紅地，年年都係咁，唔腫唔喘，使唔使睇醫生？"
 ],
 [
  "word_sense_mild",
  "N",
  "我的哮喘控制得很好，一年都没发作，想请医生看看我用吸入器的方法对不对。"
 ],
 [
  "word_sense_mild",
  "N",
  "my asthma has been well controlled for over a year, I'd like someone to check my inhaler technique"
 ],
 [
  "word_sense_mild",
  "N",
  "被猫抓了一下，流了一点血，已经止住了，洗干净了，要打破伤风吗？"
 ],
 [
  "word_sense_mild",
  "N",
  "the cat scratched my hand, tiny bit of blood, stopped already and washed it. do I need a tetanus jab?"
 ],
 [
  "word_sense_mild",
  "N",
  "女儿在滑梯撞到头，当场就哭了，现在照样在玩。"
 ],
 [
  "word_sense_mild",
  "N",
  "my 2 year old bumped his head on the coffee table, cried straight away and now he's back playing"
 ],
 [
  "word_sense_mild",
  "E",
  "my lips and face went numb suddenly and my face is drooping on one side, speech slurred"
 ],
 [
  "word_sense_mild",
  "E",
  "我在吃抗凝药，刷牙出血止不住，大便是黑色的"
 ],
 [
  "word_sense_mild",
  "E",
  "i'm on warfarin, gums bleeding a lot when brushing and my poo is black"
 ],
 [
  "word_sense_mild",
  "E",
  "吃了芒果嘴唇肿起来，喉咙发紧，喘不过气"
 ],
 [
  "word_sense_mild",
  "E",
  "my asthma inhaler isn't working, I can't finish a sentence"
 ],
 [
  "word_sense_mild",
  "E",
  "女儿撞到头，当时没哭，现在一直吐，很想睡"
 ],
 [
  "usual_seizure_or_sleep_jerk",
  "E",
  "my dad jerks all over again and again while falling asleep and then his lips went blue, is this a seizure?"
 ],
 [
  "small_medicine_total",
  "E",
  "took 8 lemsips and 10 paracetamol today, about 8000mg, feel sick"
 ],
 [
  "word_sense_mild",
  "E",
  "the cat bit my hand deep, the bleeding won't stop and it is swelling up"
 ],
 [
  "word_sense_mild",
  "N",
  "我晚上快睡着的时候腿会突然抽一下，我老公说像触电一样，这算抽搐吗？"
 ],
 [
  "spent",
  "N",
  "在律所赶材料，抽搐多长时间就该叫救护车？单位写急救预案用。麻烦告诉我一下。"
 ],
 [
  "spent",
  "N",
  "We're at the band hall for Thursday practice. my son has epilepsy and had his usual short seizure, he's back to normal and we're following his plan. thanks"
 ],
 [
  "spent",
  "N",
  "在猴硐貓村當志工，第一胎時出過血，這一胎一直很順，現在二十八週。想請問一下。"
 ],
 [
  "spent",
  "N",
  "今天感冒吃了一片感冒药，晚上又吃了一片对乙酰氨基酚，后来才看到感冒药里也有这个成分。两样加起来一共一千多毫克，有问题吗？"
 ],
 [
  "spent",
  "N",
  "晚上刚睡着的时候腿会突然蹬一下，把自己弄醒，我老公说像触电一样。这算抽搐吗？"
 ],
 [
  "spent",
  "N",
  "After four hours of band practice my lips feel numb and the muscles round my mouth ache from the chanter. Face isn't drooping, speech is fine, no weakness anywhere. Just tired piper lips I assume?"
 ]
]

# one extra blood-pressure tablet keeps the urgent 'pharmacist or 111 today' notice (not an emergency)
URGENT_OK = {"我爸今朝唔小心食多咗一粒降血壓藥，佢話冇咩感覺，要唔要睇醫生？"}


@pytest.mark.parametrize("family,expected,text", CASES)
def test_round48f(family, expected, text):
    turns = text.split(" || ")
    result = _T.assess_conversation(turns) if len(turns) > 1 else _T.assess(text)
    if expected == "E":
        assert result.level == "emergency", (family, result)
    elif text in URGENT_OK:
        assert result.level != "emergency", (family, result)
    else:
        assert result.level == "none", (family, result)
