"""Round 31g4 (signs31 g/h: two blind writers per sign in meningitis, diabetic, burns, child_unwell), fixed by the SIGN:
each sign in wordings of our own (English, Simplified, Traditional, Cantonese; first and third person; the sign
described, not named), and look-alikes that must stay calm (the sign denied, past and well, asked about in general,
the mild version).

Signs: a baby arched stiffly backwards or crying harder when handled, with a fever; light shunned (every curtain shut,
lying in the dark) with a fever; icy hands and feet with a fever; a raised soft spot; a rash still seen through the
glass; not knowing the day with a fever; green vomit told by its colour; grunting and the skin under the ribs pulling
in; a baby not feeding for hours; a child who will not stay awake; no wee and no tears; a deep burn from a hot surface;
a corrosive that leaves the skin slimy; an electric zap with a black mark; a welding burn all round the wrist; a
blistering scald in a toddler; smoke signs the morning after a fire; a hypo that stays low after sugar; sugar that
cannot be swallowed; high ketones. New lexicons R31G4_* in medqa/safety/data/triage_lay_signs.yaml, rules in the
'# round 31g4 (signs31)' block.
"""
import pytest

from medqa.safety.lay_signs import lay_red_flags
from medqa.safety.normalize import normalize_triage
from medqa.safety.triage import RedFlagTriage

T = RedFlagTriage()

FIRES = [
    # arched back / worse when handled, with a fever
    "my 6 month old has a fever and keeps throwing her head back, her whole back goes stiff like a bow",
    "our baby boy is burning up and arches his back stiffly, he screams louder whenever we pick him up",
    '宝宝七个月，发烧39度，身体一直往后挺，硬邦邦的',
    '個仔四個月，發燒，一抱佢就喊得更犀利，成個身向後拗',
    '孫女五個月發燒，一碰她就哭得更凶，背往後仰',
    "my daughter is 3 months, has a temperature, and cries harder every time I lift her out of the cot",
    # light shunned with a fever
    "I've got a fever of 39 and have to lie in a dark room, the phone screen is making my eyes hurt",
    'my husband has a high temperature and has closed all the curtains, wearing sunglasses indoors',
    '女儿发烧，一直躺在黑房间里，说灯光一照眼睛就痛',
    '我發高燒，手機屏幕一亮眼睛就刺痛，只能待在暗的房間',
    # icy hands and feet with a fever
    'her temperature is 39.4 but her fingers and toes are icy',
    "he's roasting hot but his hands and feet feel like ice",
    '孩子发高烧，手指脚趾冰冰的',
    # raised soft spot
    "the soft spot on my 2 month old's head is bulging and she's vomiting",
    '宝宝四个月，囟门摸起来有点鼓，还发烧',
    # glass test
    'my son has a temperature and the spots can still be seen through the side of the glass',
    # not knowing the day with a fever
    "mum has a temperature and does not know what day it is, she thinks she has to get to work",
    # green vomit
    'my 5 week old threw up and it was dark green',
    '个女三个月，吐了两次，吐出来的是墨绿色',
    "the baby keeps bringing his milk back up and it's gone a bright green colour",
    # grunting / ribs pulling in
    'my baby makes a grunting noise with every breath and has a cold',
    "my 4 month old's tummy under her ribs is pulling in with each breath",
    '宝宝呼吸的时候，肋骨下面往里凹',
    '個BB每次呼氣都哼一聲，仲發燒',
    # not feeding
    "my 2 month old has not taken any milk since this morning, turns her head away from every bottle",
    '宝宝从昨晚到现在一口奶都不喝',
    # will not stay awake
    "my toddler has a fever and I can't keep him awake, he nods straight off again",
    # no wee, no tears
    "my daughter hasn't had a wee all day and cries with no tears",
    # deep burn from a hot surface
    "he leaned on his motorbike exhaust and the skin has gone white and leathery, he can't feel it when I touch it",
    '爸爸靠着取暖器睡着了，腿上烫了一块，发白发硬，一点都不痛',
    # chemical on the skin
    "drain cleaner splashed on my dad's arm, the skin has gone slimy and it is peeling",
    '用洁厕灵的时候溅到手上，皮肤摸起来滑滑的，冲了水还是好痛',
    # electric zap with a mark
    "my husband got zapped by a wire in the fuse box, there's a black mark on his hand",
    '儿子摸插座被电到了，手指上有个黑点',
    # welding burn all round the wrist
    "a hot piece of metal from welding went down his glove and burnt a ring right round his wrist",
    # toddler scald with blisters
    "my 2 year old pulled a cup of hot tea over her arm and it's blistered",
    '我女儿两岁，打翻了热粥，手臂起了水泡',
    # smoke signs the morning after a fire
    "there was a fire in our kitchen yesterday and this morning my son is coughing up black phlegm",
    # hypo that stays low
    "type 1 hypo, had two lots of glucose tabs and I'm still 2.4 after 30 minutes",
    '我妈低血糖，吃了糖，过了二十分钟测还是2.5',
    '糖尿病老公低血糖，喝了两次果汁，一点都没升上来',
    # sugar cannot be swallowed
    "my diabetic dad's sugar is 2.1 and he's too drowsy to swallow the juice",
    '外婆有糖尿病，血糖2.3，糖水喂不进，含在嘴里',
    # high ketones
    "type 1, sugar 22 and ketones are 3.8",
    '我女儿1型糖尿病，血酮五点多',
    "my son is diabetic and the urine strip went dark purple",
]

QUIET = [
    # arched back / handling: no fever, reflux, past
    'my baby arches his back during feeds, no fever, the health visitor thinks it is reflux',
    '宝宝吃奶时身子往后挺，没发烧，精神好，是不是胀气？',
    # light: no fever, general
    'my son likes wearing his sunglasses indoors for fun, no temperature, he is well',
    'my son likes to lie in a dark room to nap, no temperature, is that ok?',
    # a migraine slept off in the dark, an age read as no fever (found in the reach check)
    'my wife, 40, has her usual migraine with zigzag lines and is lying in a dark room until it passes',
    # icy hands: no fever
    'my hands and feet are freezing in this weather, no temperature, poor circulation?',
    # soft spot: normal, no illness
    "my 3 month old's soft spot goes up a little when she cries and flattens after, she's well, feeding fine",
    # green vomit: food
    'my toddler ate spinach and threw up, green bits of spinach in it, he is fine now',
    'my son had a green ice lolly and was sick, it was bright green, he is playing now',
    # breathing: normal baby noises
    'my newborn makes little noises while sleeping but breathes calmly and feeds well',
    # not feeding: mild
    'my 5 month old took a bit less milk today but plenty of wet nappies, is that ok?',
    # burns: general, old, static, prevention, smoke smell
    'what temperature should bath water be to avoid scalds for a toddler?',
    'I have an old white burn scar on my arm from years ago, can it be treated?',
    'my shins have gone blotchy and brown from sitting against the gas fire every evening for years, is that a burn?',
    'I got a static shock from the trolley, no mark, is static dangerous?',
    'my clothes smell of bonfire smoke from last night, I feel fine, can I still have my scan?',
    '我昨天去BBQ，手背给炭炉烫红了一点，没起泡，要涂药吗？',
    'how long should I rinse a chemical splash on skin? just asking for a first aid course',
    # diabetic: resolved, general
    'had a hypo of 3.2, had juice, rechecked and it was 6.1, feel fine',
    "my ketones were 0.3 this morning, sugar 9, feel fine, is that normal?",
]

LATER_TURN = [
    ["Where do I park for the children's ward?", "also my 5 month old has a fever and keeps arching his back stiffly"],
    ["What are visiting hours?", "my baby just threw up and it's bright green"],
]


@pytest.mark.parametrize("text", FIRES)
def test_sign_is_emergency(text):
    assert T.assess(text).level == "emergency", text


@pytest.mark.parametrize("text", QUIET)
def test_look_alike_is_not_emergency(text):
    assert T.assess(text).level != "emergency", text


@pytest.mark.parametrize("turns", LATER_TURN)
def test_sign_in_a_later_turn(turns):
    assert T.assess_conversation(turns).level == "emergency"


def test_barbecue_is_not_a_baby():
    # BBQ after Chinese text used to fold to 宝宝 (a baby), so a barbecue burn read as a burn in a baby
    assert "宝宝" not in normalize_triage("我昨天去BBQ烧烤")
    assert "宝宝" in normalize_triage("我个BB发烧")


def test_new_rules_are_lay_rules():
    fired = {f.rule for f in lay_red_flags("my baby is hot and arching her back stiffly")}
    assert "lay.meningitis.sign_with_illness" in fired
    assert not lay_red_flags("my baby is arching her back after feeds, no temperature")
