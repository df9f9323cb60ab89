"""Round 48m (blind48 misses, and the families blind47 left missed): emergencies read as none, in our own words, and
look-alikes that stay calm.

Families: a suicide means held (a rope in the shed or car, pills saved up, charcoal bought, a knife hidden) with a plan
or a time set; someone at a height or gone silent after saying all would be better off without them; a jump set at a
named bridge or roof (铁桥, 天桥) for after work; a deep wound soaking towel after towel; a fever with cold hands and
feet and a shock or rash sign, or rigors with confused talk; speech suddenly turned to nonsense with a hand that can not
hold a cup; a hypo told after going off to a rehearsal or practice (去排练 is a setting).
"""
import pytest

from medqa.safety.triage import RedFlagTriage, _r48m_added

T = RedFlagTriage()

FIRES = [
    # suicide: a means held and a plan or a time
    "my brother says there's a rope in the garage and he has a plan for tonight. he seems very calm",
    "I have a rope in the boot of my car and I plan to use it after work",
    "he keeps a rope under his bed now and said tonight is when he'll do it",
    "my son has a knife hidden in his room and says he has a plan for tonight, he's calm about it",
    '我老公说车库里有一根绳子，他已经计划好今晚就用',
    '佢話車尾箱有條繩，今晚就用佢',
    '我買咗炭，今晚就喺房入面燒',
    '我同事说他车里放了绳子，下班就去了断',
    # at a height or gone silent after saying all would be better off without them
    '我朋友話佢企喺天橋上面，話冇咗佢大家會好啲，之後就已讀不回',
    '她说她在天台，少了她大家都会轻松，之后就联系不上了',
    "he messaged from the top of the car park saying we'd all be better off without him, then his phone went off",
    '我表妹发信息说她在桥上，说大家没有她会更好，然后就不回了',
    # a jump set at a named height
    '同事说下班后就去铁桥跳下去，看起来是认真的',
    '我同事話收工就去天橋跳落去，好認真咁講',
    '我的學生說放學就要去頂樓跳下去，不像開玩笑',
    "a guy at work said he's going to jump off the railway bridge after his shift and he seemed serious",
    "he said he is going to jump off the railway bridge after work and he was not laughing",
    # a wound soaking towel after towel
    "he sliced his hand on glass, we've soaked through three tea towels already and it won't stop",
    "my dad has a deep gash on his arm and we've gone through towel after towel, all soaked",
    '我爸手臂割了一个很深的口子，纱布换了几块都湿透了',
    '佢隻手界咗好深嘅傷口，毛巾一條一條都濕晒',
    '工友大腿被鐵片劃破，墊上去的毛巾一條接一條全濕透',
    # fever with cold limbs and a shock or rash sign; rigors with confused talk
    "my husband has a fever of 39, his hands and feet are ice cold and he's gone mottled and confused",
    "my daughter is burning up but her hands and feet are freezing and she's floppy",
    '我女儿发高烧，手脚冰凉，脸色发灰，站都站不起来',
    '個仔燒到39度，手腳凍晒，腳上面有啲紫色嘅點',
    "my mum has been shivering uncontrollably with a high temperature and now she's confused and not making sense",
    '我外婆一阵热一阵冷，打冷震，讲话语无伦次',
    # speech suddenly nonsense and a hand that can not hold a cup
    "my grandad was fine at breakfast then suddenly started talking gibberish and couldn't hold his mug",
    '我爸爸突然讲话乱七八糟，茶杯都拿不住',
    '阿爺突然講嘢亂七八糟，揸唔穩個杯',
    # someone's heart tablets taken three times over with a slow pulse or drowsiness (round 47m's detector, widened)
    "my grandad took his bisoprolol 3 times this morning by mistake and his pulse is really slow and he's dizzy",
    '阿嫲食咗三次心臟藥，而家心跳好慢，好暈',
    # a hypo told after going off to a practice
    '我妈有糖尿病，打了胰岛素没吃饭就去练习，现在一直出冷汗、手抖、说话糊涂，喂她糖水都不会吞',
]

LATER_TURN = [
    ["can I change my appointment time?", "my flatmate just told me there's a rope in her car and she plans to use it tonight"],
    ['請問探病時間幾點？', '我個friend話佢企喺天台，冇咗佢大家會開心啲，之後就不讀不回'],
    ["is there parking at A&E?", "my dad has a deep gash on his leg and the towels keep getting soaked one after another"],
    ['病房可以带充电器吗？', '另外我儿子烧得滚烫，手脚冰冷，腿上有紫红色的斑点'],
]

QUIET = [
    "there's a rope in the shed for tying down the trailer load, we plan to go tonight",
    "we're doing a bridge walk tonight, any advice for fear of heights?",
    "I self-harmed ten years ago and I'm well now, need a note for my diving medical",
    '我买了绳子给孩子做秋千，今晚装上去',
    '我们今晚去桥上看烟花，有什么要注意？',
    "I keep my paracetamol in the kitchen and plan to take two tonight for my back",
    "my son had a deep cut on his hand last week, it was stitched and it's closed now, when do the stitches come out?",
    "the towels keep getting soaked because my toddler splashes in the bath",
    '伤口上星期缝了针，已经愈合了，什么时候拆线？',
    "my toddler has a temperature of 38.2 but he's warm all over, playing and drinking well",
    "my hands and feet are always cold in winter, no fever, is it circulation?",
    '宝宝发烧38度，全身都热乎乎的，还在玩，吃奶正常',
    '冬天手脚冰冷，没有发烧，要看医生吗？',
    "had a fever last week with chills and felt a bit muddled, all better now, can I go back to the gym?",
    "my toddler says nonsense words all day and keeps dropping his cup, is that normal at 18 months?",
    '我们下周去排练一个晕倒的戏，演员要怎么演才像？',
    "I take my heart tablets three times a day, can I take them with grapefruit juice?",
    '我爸每天三次吃降压药，头有点晕，正常吗',
    "my mum took her blood pressure tablet twice this morning by mistake, her reading is normal and she feels fine",
    "back in 2019 I had a rope in the garage and a plan for that night, but I got help and I'm well now. can I get my notes?",
]

SPENT = [  # blind48 and blind47 rows (spent): misses this round reads
    ["how do i get a copy of my son's discharge summary from the mental health ward",
     "he came home on friday and he's just told me there's a rope in the shed and he's got a plan for tonight. he's very calm about it which scares me more"],
    ["我堂妹剛剛傳訊息說她站在瑞芳的橋上，說大家沒有她會比較好，之後就不讀不回。我們正在趕過去。"],
    ["在猴硐貓村當志工，一起工作的年輕人說下班就要去鐵橋跳下去，看起來是認真的。現在該怎麼辦？"],
    ["我们唢呐班在外面跑场子，一个工人胳膊上一道很深的口子，垫上去的毛巾一条一条全湿透了。该怎么处理？快回我。"],
    ["我姪子燒得滾燙，手腳冰冷，腿上有暗紅色斑點。請問我們應該怎麼做？"],
    ["Can our Quaker meeting hold a silent vigil by the main entrance one Sunday? Who would we ask?",
     "its past midnight and my uncle was talking normally and then just started saying nonsense words and can't hold his cup. who do I ask about this"],
    ["one of our crew just told me he's brought a rope in his car and plans to use it after the display tonight. he's calm about it which is scaring me more. he's sitting in the van right now and I don't want to leave him on his own"],
    ["我阿叔有糖尿病，打完針之後冇食嘢就去排練，佢出晒冷汗、手震、講嘢亂七八糟，叫佢食糖都唔識吞，個人昏昏沉沉。"],
]


@pytest.mark.parametrize("text", FIRES)
def test_round48m_emergency(text):
    assert T.assess(text).level == "emergency", text


@pytest.mark.parametrize("turns", LATER_TURN + [["Where do I park for outpatients?", "Thanks. Another thing: " + t] for t in FIRES[::5]])
def test_round48m_emergency_in_later_turn(turns):
    assert T.assess_conversation(turns).level == "emergency", turns


@pytest.mark.parametrize("text", QUIET)
def test_round48m_look_alike_not_emergency(text):
    assert T.assess(text).level != "emergency", text


@pytest.mark.parametrize("text", QUIET + [
    # look-alikes other rules still raise (left to the false-alarm round): this round's detectors stay silent on them
    "I bought a rope for the kids' swing and we plan to put it up tonight",
    "booked a bungee jump off the bridge for my birthday tonight, is it safe with asthma?",
    "lol the rota is so bad i could jump off a bridge haha",
    '同事开玩笑说排班排得他想从桥上跳下去，说完大家都笑了',
    '同事開玩笑說想從天台跳下去，大家都笑了',
    "Someone joked at work that the rota made them want to jump off the roof, they were laughing and no one's worried.",
    "my mate said he'd jump off the bridge if city lose again, we all laughed",
    '同事講笑話想喺天台跳落去，大家都笑咗',
])
def test_round48m_rules_silent_on_look_alikes(text):
    assert _r48m_added(text) == []


@pytest.mark.parametrize("turns", SPENT)
def test_round48m_spent_rows(turns):
    assert T.assess_conversation(turns).level == "emergency"
