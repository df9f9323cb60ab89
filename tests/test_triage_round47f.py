"""Round 47f (false alarms of blind46 and everyday22): families written in our own words, both directions.

Each family widens a shared veto (someone else's alarm, the document/kit/training family, the past-and-well family,
the everyday-medicine family, the known-epilepsy family, the heartburn family, word senses, the glass test) and the
look-alikes below must stay emergencies."""
import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage

T = RedFlagTriage()


def level(text: str) -> str:
    return T.assess_conversation(text.split(" || ")).level if " || " in text else T.assess(text).level


CALM = [
    # 1. a condition named by someone else, the signs stated normal or absent
    "a man at the bus stop told me a twitchy eye is how strokes start. no droop, no weakness, i can smile fine. gp?",
    "my gran keeps saying my stiff neck is meningitis but i have no fever, no rash and no headache, i slept on it funny",
    "我家姐话我皮肤痒系过敏，会喉咙肿，但我呼吸都正常，冇肿，只系手背痒。去诊所得唔得？",
    "my nan has already brought up meningitis, but the baby is feeding fine, laughing, no rash. calpol and gp tomorrow?",
    "a customer said my itchy hands could turn into anaphylaxis. no swelling at all, no breathing trouble. which cream?",
    "the family keep using the word septic about his grazed elbow, but it is healing nicely with no redness. who to ask?",
    # 2. documents, kits and training with nobody ill
    "我们车间想把中毒急救热线贴在墙上，没有人中毒，去哪里查号码？",
    "restocking the first aid box at the bakery, which burn dressings should we buy? nobody is hurt",
    "公司想安排同事參加自殺防治守門人課程，沒有人有危險，請問去哪裡報名？",
    "writing an allergy action plan for our nursery staff, where can they learn how to use an adrenaline pen?",
    "我哋想喺舖頭放個急救箱，想問燒傷敷料要買邊隻，冇人受傷。",
    # 3. past events, well now
    "she lost a lot of blood after our son was born in 2019, she is expecting again and well, no bleeding at all. can we tell the midwife?",
    "我太太生老大的时候产后大出血，今次又怀孕了，一切正常，产检要提吗？",
    "在初中的時候我割過自己，現在好幾年都沒有這種念頭了，想預約心理輔導。",
    "dad had a TIA in march, no weakness or speech problems since, his follow-up scan is on tuesday. can he drive there?",
    "上星期六个仔俾波打到个头，瘀青正在退，人同平时一样，要唔要睇医生？",
    # 4. planned or stated-normal medicine totals
    "took 2 nurofen this morning and 2 at lunch, the box says up to six a day. can i take 2 more tonight?",
    "今天吃了两次扑热息痛，每次一片，说明书写一天最多八片，还能再吃一片吗",
    "had 2 paracetamol at 8am and 2 at 2pm, feel fine, is it ok to have another 2 before bed?",
    "婆婆担心漏吃了降压药（不是吃多了），想问要不要买个分药盒",
    # 5. known epilepsy, heartburn, a toddler's bump, the glass test
    "my son has epilepsy, had his usual seizure for about a minute, came round and knows us. his care plan says no ambulance unless over 5 minutes. what now?",
    "阿爸有腦癇症，啱啱發作咗大概三十秒，之後醒返，認得我。醫生講過少過五分鐘又醒返就唔使叫救護車。",
    "mum gets a burning in her chest after big dinners, sour taste, worse lying down, she walks up the hill to church fine, no sweating. chemist?",
    "toddler banged his head on the table, cried straight away, then went back to playing with his cars. anything to watch?",
    "我個仔跌落床撞到頭，即刻喊，喊完就自己跑去玩，冇嘔。",
    "my niece has some red spots after her cold, they go away under the glass, she is playing and eating. my aunt thinks it is meningitis",
    # 6. word senses
    "coaching swimming tomorrow, working on the back stroke and the breast stroke. does the hospital run first aid talks for clubs?",
    "my flatmate joked the exam would make him jump off the pier, but he is fine, just asking about counselling hours",
    "我婶婶昨晚吃多了以后胃里烧，吃了胃药就好了，走路干活都不疼",
    "醫院有冇地方斟熱水？另外我爸有糖尿病，飲完喜酒血糖十二點八，精神好好，冇口渴。",
]

EMERGENCY_LOOKALIKES = [
    # a relative names a stroke AND the face is drooping now
    "my wife says it's a stroke, his face is drooping on one side and he can't lift his arm",
    "我阿姐话系中风，佢而家半边面垂咗，讲嘢唔清楚",
    # a first-aid question during an event in progress
    "we have a first aid kit here but my colleague has just collapsed and is not breathing, what do we do?",
    # a past bleed AND bleeding now
    "I had a big bleed after my first baby, now I'm 30 weeks pregnant and bleeding heavily again",
    "上一胎产后大出血，现在怀孕三十周，又在大量出血",
    # a care plan's five minutes passed / a fit that has not stopped
    "her care plan says call an ambulance if over 5 minutes, it has been 7 minutes and she is still fitting",
    "我老公有癫痫，抽了五分钟还没停",
    # chest burning with sweating and arm pain
    "burning in my chest after dinner but I'm sweating and the pain is going down my left arm",
    # a big dose, or a child
    "I took 16 paracetamol today across the day, can i take more?",
    "my son took 6 ibuprofen today, is it ok to give more?",
    # someone else names it, and the signs are there
    "my mum thinks it's anaphylaxis, his lips are swelling and he is wheezing after the peanut",
    # a joke, but a plan told
    "he joked he would jump off the bridge but he has been giving his things away and wrote a note",
]

SPENT_CALM = [
    # a handful of spent rows (blind46, everyday22): false alarms before this round
    "请问病房能带竹凉席吗？ || 砖厂办公室问个事，我哥想要中毒咨询电话贴在作坊墙上，没有人中毒，谢谢",
    "唔係急事。我老婆生頭胎嗰陣產後大出血，今次又有咗，一切正常，想喺產檢時講一聲，麻煩話我知點安排",
    "doing kayak coaching tomorrow and we're working on the sweep stroke and the draw stroke with a group of 12 year olds. one of the parents asked if the hospital runs first aid sessions for youth clubs, do you?",
    "My daughter is 4, she has few small red spots on her tummy after her cold. We did the glass test and they go away under the glass. She is playing, eating, no fever now. My tatik says it is meningitis rash. Do we need doctor for this?",
]


@pytest.mark.parametrize("text", CALM + SPENT_CALM)
def test_round47f_calm(text):
    assert level(text) == NONE, text


@pytest.mark.parametrize("text", EMERGENCY_LOOKALIKES)
def test_round47f_lookalikes_stay_emergencies(text):
    assert level(text) == EMERGENCY, text
