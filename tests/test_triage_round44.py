"""Round 44 (everyday false alarms): each family in our own words, both directions, plus a few spent rows.

Families (medqa/safety/triage.py `_r44_*`): a word in another sense (sneezing fits, fitting aerials, 白开水, 外头打工, a
feared symptom); someone else's alarm over signs told as normal; a condition someone else has; a faint with two or three
jerks; a fit of another child; a bleed from the nose or gums in pregnancy; a small cut that stopped; a brief daze after a
knock or a sofa slide; a death wish told as a joke or denied when asked; everyday medicine look-alikes; breath lost to
exercise or a blocked nose; heartburn, a strain or a twinge in the chest; a slept-on arm, a strap or a dental
anaesthetic; a water infection without fever. Real emergencies told beside the same words stay emergencies.
"""
import pytest

from medqa.safety.triage import RedFlagTriage

TRIAGE = RedFlagTriage()

NOT_EMERGENCY = [
    # word senses
    "every spring i get sneezing fits and itchy eyes, breathing totally fine. which antihistamine is best?",
    "my husband has coughing fits at night since his cold, otherwise fine, can the pharmacist help?",
    "i've worked as a kitchen fitter for 15 years and now my wrist aches after a day fitting worktops, who do i see?",
    "he spent the weekend fitting carpets and now his knees are sore, any advice on knee pads?",
    "她一笑起来就止不住，笑到抽空去喝水，没事吧？就是想问问门诊几点开",
    "明早空腹抽血，起床以后可以喝一口温开水吗？",
    "體檢前一晚幾點後唔可以食嘢？早上可以飲幾口凉開水嗎？",
    "I have a blood test at 8, can I have a sip of water before it?",
    "老公在外头打工，我一个人带孩子，想问下儿童疫苗在哪里打？",
    "儿子在码头打工，想给他办个健康证，要去哪个窗口？",
    "我妈有糖尿病，明天做肠镜前要禁食，担心她饿得手抖头晕，能带点糖果吗？",
    "my dad is diabetic and nil by mouth before his op, in case he gets shaky can he have a glucose tablet?",
    # someone else's alarm, the signs told as normal
    "my knee clicked on the stairs and my mother-in-law insists it's a stroke coming and wants me at a&e, no swelling, no pain, walking fine. gp?",
    "老公非说我这是中风前兆，其实就是落枕了，脖子转不动，说话走路都正常，手也有劲。贴膏药可以吗？",
    "我屋企人一聽就話係腦膜炎，但係個仔只係有少少鼻水，冇發燒，食嘢玩嘢都正常，使唔使睇醫生？",
    # a condition someone else has, the writer well
    "a boy in my son's class has meningitis and the school sent a letter. my son is fine, no fever, playing as normal. do we need anything?",
    "幼儿园发了通知说有小朋友得了脑膜炎，我女儿现在好好的，不发烧，吃得下，需要打什么针吗？",
    # a faint with a few jerks
    "my daughter fainted at the school concert after standing for ages, her arms twitched a couple of times and she came round within 10 seconds, knew where she was. gp?",
    "he passed out giving blood, a few jerks, back with us in about 20 seconds and chatting. the lady next to him said it was a fit. does he need anything?",
    "我老婆看到打针就晕倒了，手抖了两下，十几秒就醒了，知道自己在哪，现在没事。要去看吗？",
    "我个女企耐咗晕低，手抽咗两下，几秒就醒返，识得讲自己喺边，而家冇事，使唔使去医院？",
    # another child's fit long ago
    "our 10 month old has a temp of 38.1 with a cold, feeding well, lots of wet nappies. our older son had a febrile seizure once so we're nervous. calpol and watch?",
    # pregnancy and a bleed from the nose or gums
    "30 weeks pregnant and my gums bleed a bit when i brush, baby kicking lots. dentist or midwife?",
    "i'm 12 weeks pregnant and my nose bleeds a little every time i blow it, stops in a minute. normal?",
    "怀孕五个月，刷牙的时候牙龈出一点血，漱口就好了，胎动正常。要紧吗？",
    "懷孕廿八週，擤鼻涕有少少血絲，其他冇咩，BB郁得好多。使唔使去醫院？",
    "my wife is 20 weeks pregnant with heartburn every night after spicy food, which antacid can she take?",
    # a small cut that stopped
    "nicked my ear with the clippers, it bled loads for a minute and then stopped with a tissue pressed on. plaster enough?",
    "刮胡子刮破了下巴，流了好多血，按住几分钟就止住了，伤口很小，贴个创可贴就行吧？",
    # a brief daze after a knock; a low fall
    "walked into a cupboard door, felt dazed for a second, no sickness, no headache now, remember everything. anything to watch?",
    "打羽毛球被拍子打到头，懵了一下，没晕，没吐，现在一切正常。要观察什么？",
    "my 2 year old slid off the sofa and bumped his head, cried for a minute then went back to playing. do i need to take him in?",
    "細路仔由床上跌落嚟撞到頭，喊咗兩聲就繼續玩，冇嘔，使唔使睇醫生？",
    # a death wish told as a joke, or denied when asked
    "my son said 'just kill me now' when i told him it was his turn to do the dishes, rolled his eyes and laughed. he's his usual self. nothing to worry about?",
    "我儿子写作文写到说'不想活了'，说完哈哈大笑，说是开玩笑的，平时很开心。需要担心吗？",
    "my flatmate has been really low since her breakup. i asked her straight if she'd thought about hurting herself and she said no, she wants to talk to someone. how does she get counselling?",
    # medicine look-alikes
    "我妈今朝食咗降血压药，跟住唔记得又食多一粒，量血压都正常，佢话冇咩感觉。要唔要去医院？",
    "took my blood pressure tablet twice this morning by mistake, reading is 128/80 and i feel fine. skip tomorrow's?",
    "I swallowed two of my vitamin D tablets instead of one, feel fine. is that a problem?",
    "我把两片维C泡腾片直接含在嘴里，舌头有点麻，会中毒吗？",
    "my toddler's friend licked her hands after touching the shiitake mushrooms at the supermarket, they're normal shop ones. her mum is worried. anything to do?",
    "had 2 paracetamol at 8am and 2 cold and flu capsules at 2pm, then saw they had paracetamol too. i'm an adult and feel fine. ok if i wait till tomorrow?",
    "long hot shift, got dehydrated and had a headache, drank loads of water and it's much better. no fever, no rash. am i fine?",
    "宝宝八个月，打完疫苗有点低烧37.7，吃奶正常，尿布换了好几片，还会笑。要去医院吗？",
    # breathing look-alikes
    "after a 5k run i'm gasping for a couple of minutes then get my breath back, no chest pain, no wheeze. just unfit?",
    "my nose is so blocked i have to breathe through my mouth at night, breathing fine in the day. nasal spray?",
    "鼻子塞住了，晚上只能张着嘴呼吸，白天走路爬楼都不喘。买什么药好？",
    # chest look-alikes
    "burning in my chest after a big curry, sour taste in my mouth, worse lying down, fine walking about. gaviscon?",
    "pulled something moving boxes yesterday, the left side of my chest hurts when i press on it or twist, no sweating, not short of breath. gp?",
    "我坐喺度做嘢，心口有时痛一两秒，一郁身就冇咗，其他冇事。去街症得唔得？",
    # stroke look-alikes
    "fell asleep on the sofa with my arm under me, woke and it was dead, came back within a few minutes, grip and speech all normal. what was that?",
    "my chin strap was too tight on the ride and my jaw went numb where it pressed, nearly gone now, face moves fine, speech fine. ok?",
    "had a filling at 10, now 3pm and my lip is still numb and tea dribbles out the side, talking fine, walking fine. when does it wear off?",
    # a water infection without fever
    "my wife has burning when she pees and needs to go all the time, two days now, no fever, no back pain, eating normally. gp or pharmacy?",
]

EMERGENCY = [
    "she fainted and was jerking for over a minute, lips went blue, still confused now",
    "he fainted and his arms jerked a couple of times but he did not wake up for several minutes",
    "my sneezing fits have stopped but now my lips and tongue are swelling and i can't breathe",
    "my wife is 20 weeks pregnant and bleeding heavily from down below with cramps",
    "怀孕二十周，下面出血很多，肚子痛",
    "my husband has crushing chest pain going into his left arm and he's sweating, my mum says it's indigestion",
    "my husband thinks it might be a stroke because my mum's face is drooping and she can't lift her arm, she says she feels fine",
    "我老公说可能是中风，因为我妈嘴歪了，说话不清楚，她自己说没事",
    "everyone at work says it's just a panic attack but my chest is crushing and i'm sweating, no fever",
    "burning in my chest after dinner but now i'm sweating and it's going down my arm",
    "woke up and my arm is weak and my face is drooping on one side, speech slurred",
    "had a filling this morning but now my face is drooping, speech is slurred and my arm is weak",
    "my son said he wants to kill himself and he has been giving his things away, he wasn't joking",
    "我女儿说不想活了，还写了遗书，准备了很多药",
    "he took a whole box of his blood pressure tablets on purpose",
    "my 2 year old swallowed a handful of iron tablets",
    "i took a whole packet of paracetamol and two lemsip capsules this morning and now i feel sick",
    "hit my head, was knocked out for a minute and have vomited twice",
    "打球被砸到头，晕过去了，现在一直吐",
    "the cut on his arm won't stop bleeding, it's spurting everywhere",
    "a boy in my son's class has meningitis and now my son has a fever, a stiff neck and a rash that doesn't fade under a glass",
    "ran for the bus and now i have chest pain and can't get my breath back even sitting down",
    "my baby is 6 weeks old with a temperature of 38.5",
    "开水泼到宝宝身上，一大片起泡",
    "两岁宝宝趁大人不注意喝了一口刚烧的开水，一直哭，嘴里起泡了",
    "my nose has been bleeding for 40 minutes and won't stop, i'm 20 weeks pregnant",
    "fell off his bike, dazed for a few seconds, now being sick and very sleepy",
    "in case you wonder why i'm writing: she fainted, jerked for a few seconds and hasn't come round after 5 minutes",
    "头被木头砸了，流血，有点晕，想吐",
    "佢撞到个头，起咗个包，之后一直呕",
    "my 1 year old grabbed my cup and got a mouthful of boiling water, crying, lips swelling",
]

SPENT_ROWS = [
    ("dad on sofa holding chest, says it's crushing, he's sweating and grey. he says its just indigestion but he looks awful", True),  # blind7 (spent): must stay
    ("husband (40) had what looked like a fit on the kitchen floor, first ever, lasted maybe 2 min, now hes very confused and doesnt know what day it is. he said no ambulance", True),  # everyday2 (spent): must stay
    ("my dad (55) says its just heartburn from the bacon butty but hes gone a grey colour, clammy, and keeps rubbing his chest like theres a weight on it. he wont let me fuss. been 25 min", True),  # everyday2 (spent): must stay
    ("DH (52) came in from mowing, said 'indigestion' but he's clutching his chest, been 25 mins, he's clammy and keeps being sick. Gaviscon did nothing. He's refusing to go, AIBU to overrule him??", True),  # blind32 (spent): must stay
    ("我爸刚才搬完煤气罐就说胸口压着疼，疼到左胳膊和下巴，一头冷汗，老难受了，咋整啊", True),  # blind11 (spent): must stay
    ("I'm on reception at a dental practice. An older gent came out of the surgery and his speech has gone completely slurred - he wasn't numbed on that side, the dentist says it isn't the anaesthetic. His right arm keeps flopping off the chair arm. His wife says he was fine in the waiting room 15 minutes ago.", True),  # blind38 (spent): must stay
    ("My dad helps out at the glass studio on Thursdays. About ten minutes ago he was holding a piece of ruby glass and it just slid out of his right hand and smashed, and when I asked if he was ok his words came out all mushed like he'd been at the dentist. The right side of his mouth is hanging down. He's sat on the stool insisting he's fine and wants to carry on leading the window. He's 71. What do I do", True),  # blind42 (spent): must stay
    # everyday20 / everyday19 / R36 (spent): benign
    ("my 15 year old said 'just kill me now' when i told her we're visiting her great-aunt on sunday, she was grinning and is her usual self otherwise. the whole regiment is acting like this is life or death. anything i should watch out for?", False),
    ("体育课打篮球被球砸到头，当时懵了几秒，然后就好了，没晕倒，也没吐，现在头也不疼了。我妈让我今晚别玩手机，还要注意什么？", False),
    ("My eyes and nose stream every time i cut the grass, sneezing fits, but my breathing is fine. the whole shift has an opinion on it and none of them agree. what should i do, or is it fine?", False),
    ("明天早上抽血查血脂，头一天晚上几点以后就不能吃东西了？早上起来嘴干，能喝口白开水吗？", False),
]


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_round44_look_alike_is_not_an_emergency(text):
    assert TRIAGE.assess(text).level != "emergency", TRIAGE.assess(text).rules


@pytest.mark.parametrize("text", EMERGENCY)
def test_round44_real_emergency_stays(text):
    assert TRIAGE.assess(text).level == "emergency"


def test_round44_second_turn():
    turns = ["can i bring my own pillow to the ward?", "also my nose bleeds a bit when i blow it and i'm 18 weeks pregnant, baby moving fine. ok?"]
    assert TRIAGE.assess_conversation(turns).level != "emergency"
    turns = ["can i bring my own pillow to the ward?", "also i'm 18 weeks pregnant and bleeding from down below now"]
    assert TRIAGE.assess_conversation(turns).level == "emergency"


@pytest.mark.parametrize("text,emergency", SPENT_ROWS)
def test_round44_spent_rows(text, emergency):
    assert (TRIAGE.assess(text).level == "emergency") is emergency
