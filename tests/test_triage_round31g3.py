"""Round 31g3 (signs31e/f: seizure, pregnancy, sepsis, head_injury), fixed by the SIGN from two writers' wordings at
once: each sign pinned in wordings of our own (English, Simplified, Traditional, Cantonese; first and third person;
the sign described, not named), at most one writer row per sign, and look-alikes that must stay calm (asked ahead of
time or for a record, the sign over and recovered, a rash that fades under a glass, a side effect, a knock denied).

Signs: the body stiff then jerking; still jerking and not stopped; fits back to back without coming round; not coming
round after a fit; several fits within an hour; muddled far longer than usual after a fit; a fit in the pool; the baby
moving less than usual today; blood down below after 24 weeks; early weeks (short form) with shoulder-tip pain; waters
red; new confusion or strange speech, no urine, a sense of doom, cold to the touch or a low reading, rigors, breath too
short for a word, each with an infection; a temperature on cancer treatment; drowsy, clear fluid, a bruise behind the
ear, sight changed after a knock; a knock to the side of the head on a blood thinner.
Lexicons and rules in medqa/safety/data/triage_lay_signs.yaml ('# round 31g3 (signs31)'); look-alike drops in
medqa/safety/triage.py (`_r31g3_dropped`).
"""
import pytest

from medqa.safety.lay_signs import lay_red_flags
from medqa.safety.triage import RedFlagTriage

T = RedFlagTriage()

FIRES = [
    # seizure: the body stiff then jerking (a first fit)
    '我老公刚才突然全身僵住，然后一直抽，以前从来没有这样',
    '佢頭先成個人硬晒，跟住手腳不停咁震，叫佢都唔應',
    "my flatmate went completely stiff on the sofa and then started jerking, she has never done that before",
    '我阿妹啱啱喺課室成個人僵住跟住抽，之前從來冇試過',
    # seizure: still jerking and not stopped
    "she is still jerking on the kitchen floor and it has not stopped, it has been more than five minutes",
    '我儿子还在抽，已经超过五分钟了，停不下来',
    "my dad is still convulsing on the ground, it's been going for 7 minutes",
    '阿爸仲喺度抽緊，已經十分鐘都未停',
    # seizure: back to back without coming round
    "he had one fit then started jerking again straight away and never woke up in between",
    '她抽完一次没醒过来又开始抽了',
    "my son has epilepsy, two fits in a row and he has not come round in between",
    '阿嫲有癲癇，抽完中間都冇醒過，又再抽',
    # seizure: not coming round after the fit
    "my brother had a seizure twenty minutes ago and he still is not coming round",
    '我女儿抽完筋已经半个小时了还叫不醒',
    "the fit has stopped but she's not come back to us, eyes closed, no answer",
    '阿爺抽完之後到而家都仲未醒',
    # seizure: several within an hour
    "my daughter has had three seizures within the last hour, she wakes in between",
    '我老公一个小时内已经抽了三次',
    "he's epileptic and that is four fits in under an hour today",
    '個女一個鐘入面已經發作咗三次，醒咗又嚟',
    # seizure: muddled far longer than usual
    '我爸抽完筋两个小时了，还是乱讲话，叫错我们的名字，平时半小时就清醒',
    "my wife had a fit two hours ago and she is still confused, calling us by the wrong names",
    '阿媽發完羊吊成三個鐘，仲係亂講嘢，唔知自己喺邊',
    "her seizure was at lunchtime and she is still muddled now, usually she comes round in ten minutes",
    # seizure: a fit in water (one writer row as a pin)
    "HELP my friend started fitting in the pool, we dragged him out, hes stopped shaking but coughing a lot n kinda blue. lifeguard is here",
    "my son started fitting in the bath and slipped under the water",
    # pregnancy: moving less than usual today, late weeks
    "I'm 33 weeks and the baby has been much quieter today than normal",
    '我怀孕三十周，今天宝宝动得比平时少很多',
    '老婆懷孕三十四週，今日BB郁少咗好多',
    "my wife is 30 wks and says the baby is moving a lot less today",
    # pregnancy: blood down below after 24 weeks
    '我怀孕二十八周，刚刚上厕所发现内裤上有血',
    "she is 30 weeks and there is fresh blood when she wipes",
    '老婆懷孕七個月，啱啱見紅',
    "27 wks and some bright red blood on the toilet paper just now",
    # pregnancy: early weeks told short, shoulder-tip pain
    "7 wks preg and pain in the tip of my shoulder, sharp pain low on the left",
    "she is 6 weeks pregnant with pain on one side and now the top of her right shoulder hurts",
    '怀孕6周，左下腹痛，现在肩膀尖也痛',
    '驗孕兩條線，右下腹好痛，膊頭頂都痛',
    # pregnancy: waters red
    "38 weeks and a big gush down my legs, it is bright red",
    '羊水破了，流出来的是红的',
    '老婆破咗水，啲水係紅色嘅，仲帶住血',
    "at 39 wks there was a sudden gush onto the floor and it's bloody",
    # sepsis: speech or recognition changed with an infection
    "my gran has a water infection and today she is talking very strangely and does not know me",
    '我爸尿道感染，今天说话不清，也不认得我了',
    "my husband has pneumonia and his words are slurred, he is talking funny",
    '阿嫲肺炎，今日講嘢口齒不清，唔認得我',
    # sepsis: no urine with an infection
    "my son has had a chest infection and has not peed since yesterday morning",
    '我妈肺炎几天了，从昨天到现在都没有小便',
    "she's got a tummy bug and hasn't had a wee in 18 hours",
    '阿爸尿道炎，由琴日起身到而家都冇去過小便',
    # sepsis: a sense of doom with an infection
    "I have a kidney infection and I feel like something terrible is about to happen",
    '我老公发烧三天了，刚才说他觉得自己一定会死',
    '阿媽尿道炎發燒，佢話覺得自己今次實死',
    "my wife has an infected wound and says she feels like she is going to die",
    # sepsis: cold to the touch all over, or a low reading, with an infection
    "my daughter has a chest infection and she is cold to the touch all over",
    '孩子肺炎，全身冰凉，盖了被子还是冷',
    "he has a urine infection and his temp reads 35.1",
    '個仔中耳炎，而家成身凍冰冰，探熱得三十五度',
    # sepsis: rigors with an infection or after an operation
    '我妈做完手术三天，今晚发冷，抖到整张床都在动',
    "dad has a kidney infection and he is under three blankets and still shaking",
    '阿爸肺炎，蓋咗三張被都冇用，仲係凍',
    # sepsis: breath too short for a word with an infection
    "she has a chest infection and can not finish a sentence, panting like a dog",
    "fever and cough for days and now he can not finish a word",
    # sepsis: a temperature on cancer treatment
    "my mum is on treatment for breast cancer and she has got a temperature",
    "I'm on chemo and I have a temperature this evening",
    '我爸在做化疗，今天发烧了',
    # head injury: drowsy after the knock
    '我儿子从床上摔下来撞到头，现在一直犯困',
    '阿爺跌親撞到個頭，講下講下就瞓著咗，叫醒一陣又瞓',
    "my son banged his head and now he keeps drifting off mid-sentence",
    '我婆婆撞到头以后，叫醒一会儿又睡过去',
    # head injury: clear fluid from an ear or the nose
    "he fell off his bike and hit his head, now clear fluid is coming out of his left ear",
    '女儿摔倒撞到头，现在鼻子有清水一样的东西流出来',
    "I banged my head on the shelf and there is watery stuff dripping out of my nose",
    '阿仔跌親個頭，耳仔有啲透明嘅水流出嚟',
    # head injury: a bruise behind the ear after a fall
    "my grandad fell down the stairs and a dark bruise has appeared behind his right ear",
    "she was hit by a car and there is a big bruise now behind her left ear",
    # head injury: sight changed after a knock
    '我撞到门框以后，看东西都是重影',
    "my son walked into a glass door and now he is seeing double",
    '阿媽撞到櫃門，而家睇嘢矇晒',
    "I hit my head on the cupboard and everything is blurry now",
    # head injury: a knock on a blood thinner
    "my mum is on warfarin and she knocked the side of her head on the door frame",
    "grandad takes apixaban and he banged the back of his head on the wall",
]

QUIET = [
    # asked ahead of time, for a plan or a record, with nothing happening now
    "what should we do if his fit lasts more than five minutes? I want to add it to his care plan, he's fine now",
    "my neurologist said several seizures within an hour means call 999, could you confirm that for absence seizures too? she is fine today",
    # the same record asked for, told after a sign now with nothing said to be well: stays (see FIRES_BESIDE_ERRANDS)
    '网上说癫痫连续发作中间不醒很危险，就是好奇问一下，家里没人有癫痫',
    '想了解一下癫痫发作后迷糊多久算正常，我一般二十分钟就好',
    "I was knocked out for a moment playing football last year, CT was clear, can I get a copy of the discharge letter?",
    "33 weeks, how do I tell if my waters have broken? nothing has happened, just reading up",
    '我现在三十二周，一切正常，想提前准备待产包，破水的时候要带什么？',
    '群里有人说临产前宝宝就不动了，这是真的吗？',
    "my dad gets a bit confused whenever he has a UTI, he's back to himself now, how do I get his repeat prescription?",
    # the sign over and recovered
    '去年撞到头之后有一阵看东西模糊，不过现在已经完全好了，想问验眼要不要转介信？',
    # a rash that fades under a glass in a child running about
    "my son has a fever and a red rash that fades when I press a glass on it, he's running around playing",
    # a side effect of a new tablet
    "I'm peeing all the time since starting my new water tablets, is that a side effect?",
    # a bruise behind the ear with no knock
    '耳朵后面有点瘀青，没有撞到头，是不是眼镜压的？',
    # a panic 'going to die' feeling, months ago, asking about groups
    "when my anxiety is bad I get this going to die feeling, but I have not had one in months; are there support groups?",
    # the mild and the past
    "my baby is 32 weeks along and kicking as much as ever today",
    '我怀孕二十六周，上次内裤上有一点血已经查过没事，今天很好',
]

FIRES_BESIDE_ERRANDS = [
    "I need a copy of his care plan and his repeat prescription. Also my son is fitting again and it has not stopped after the rescue medicine",
    '想问下重复处方点拎，另外我阿妈抽完筋两个钟仲系乱讲嘢，唔知自己喺边',
]

LATER_TURN = [
    ["Where is the antenatal clinic?", "also I'm 31 weeks and the baby has been much quieter today than usual"],
    ["What are the visiting hours?", '我爸抽完筋两个钟了，还是不知道自己在哪里，平时半个钟就醒'],
]


@pytest.mark.parametrize("text", FIRES)
def test_round31g3_emergency(text):
    assert T.assess(text).level == "emergency", text


@pytest.mark.parametrize("text", QUIET)
def test_round31g3_look_alike_not_emergency(text):
    assert T.assess(text).level != "emergency", text


@pytest.mark.parametrize("text", FIRES_BESIDE_ERRANDS)
def test_round31g3_sign_beside_errands_still_emergency(text):
    assert T.assess(text).level == "emergency", text


@pytest.mark.parametrize("turns", LATER_TURN)
def test_round31g3_emergency_in_later_turn(turns):
    assert T.assess_conversation(turns).level == "emergency", turns


@pytest.mark.parametrize("text, rule", [
    ("my daughter has had three seizures within the last hour, she wakes in between", "lay.seizure.cluster"),
    ("she is 30 weeks and there is fresh blood when she wipes", "lay.pregnancy.bleeding_late"),
    ("she is still jerking on the kitchen floor and it has not stopped", "lay.seizure.prolonged"),
])
def test_round31g3_new_rules_named(text, rule):
    assert rule in {f.rule for f in lay_red_flags(text)}


@pytest.mark.parametrize("text", [
    "my daughter had three seizures last year, none since",
    "what do we do if she ever has three fits within an hour?",
    '如果一个小时内抽了三次要怎么办？',
    "she is 30 weeks, no bleeding at all",
    "he was jerking in his sleep last night, it stopped after a second",
])
def test_round31g3_new_rules_silent(text):
    assert not {f.rule for f in lay_red_flags(text)} & {"lay.seizure.cluster", "lay.pregnancy.bleeding_late",
                                                       "lay.seizure.prolonged"}
