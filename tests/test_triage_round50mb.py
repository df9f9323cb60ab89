"""Round 50mb (signs30 TUNE and blind50 misses in seizure, pregnancy, sepsis, head_injury, meningitis, diabetic, burns,
child_unwell), fixed by the SIGN: each sign in at least six wordings of our own (English, Simplified, Traditional,
Cantonese; first and third person; the sign described, not named), and look-alikes that must stay calm (the sign
denied, past and well, asked about in general, the mild version).

Signs: kicks fewer or weaker than usual late in pregnancy; shoulder-top pain in early pregnancy; waters broken and
blood-coloured; rigors and the worst muscle pain with an infection; a bruise behind one ear after a knock; light that
hurts with a fever; ice-cold hands and feet with a fever; a hypo that stays low after sugar; a burn all round a limb;
a baby crying for hours with a cry not its usual one; a red streak with chills; a blow to the head with unequal
pupils or the same questions; a hypo with confused talk; a large hot-liquid scald on a small child.
Widened lexicons in medqa/safety/data/triage_lay_signs.yaml (marked 'round 50mb'); two new rules (waters_bloody,
abnormal_cry) in the '# round 50mb (sign misses)' block.
"""
import pytest

from medqa.safety.lay_signs import lay_red_flags
from medqa.safety.triage import RedFlagTriage

T = RedFlagTriage()

FIRES = [
    # S1 reduced fetal movements
    '我怀孕32周，今天宝宝胎动比平时少了好多，踢得也很轻',
    '我懷孕三十四週，今日BB郁得好少，踢都冇乜力',
    '老婆怀孕八个月了，她说今天宝宝动得比平时少很多',
    "36 weeks pregnant and the baby's kicks feel much weaker than usual today, and fewer",
    'my wife is 33 weeks, she says the baby has been moving way less than normal since this morning',
    '懷孕31週,今天寶寶的胎動次數明顯比平常少,動作也很弱',
    "I'm 30 weeks and she's barely kicked today compared to normal",
    '孕35周，宝宝今天踢的次数比平常少很多，力气也弱',
    # S2 ectopic shoulder tip
    '验孕两道杠，这两天左下腹痛，现在肩膀尖也开始痛',
    '驗孕兩條線，今日右邊下腹好痛，膊頭頂都痛埋',
    'positive test 10 days ago, now sharp pain low on my right and a weird pain at the top of my left shoulder',
    "she's about 6 weeks pregnant, pain on one side of her belly and now pain in the tip of her shoulder",
    '我怀孕6周，一侧肚子疼，连肩膀最上面都疼',
    'period is 2 weeks late, cramping on the left and my shoulder tip hurts when I lie down',
    '驗孕兩條線一個星期，右下腹刺痛，肩膀頂端也痛',
    # S3 waters blood-stained
    'my waters have just broken at 38 weeks and the fluid is bright red, not clear',
    "her waters went 10 minutes ago and it's all bloody, lots of it",
    '38周破水了，流出来的水是红色的，还带血',
    '破咗水，啲水係粉紅色帶血嘅，仲一直流',
    "waters broke at 39 weeks, it's blood-stained and still pouring out",
    '我老婆羊水破了，但不是清的，是血红色的',
    # S4 rigors / severe muscle pain with infection
    "I've got a water infection and I can't stop shivering, my whole body is shaking under the covers",
    "my dad has pneumonia and he's shaking uncontrollably, teeth chattering",
    '肾盂肾炎第二天，全身发抖停不下来，肌肉痛得要命',
    '尿道炎，而家成個人震到停唔到，全身肌肉痛到爆',
    'she has a kidney infection and says her muscles hurt worse than anything she has ever felt',
    '我有腎盂腎炎，現在一直發抖停不下來，牙齒打顫',
    "chest infection, can't stop shaking, teeth going, worst muscle aches of my life",
    # S5 bruise behind ear after knock
    "grandad fell yesterday and banged his head, now there's a dark bruise behind his right ear",
    '奶奶昨天摔倒撞到头，今天左耳后面有一大块瘀青',
    '婆婆尋日跌親撞到個頭，今日耳仔後面黑咗一大撻',
    'he was hit on the head with a bat and now the skin behind one ear has gone purple',
    "after the fall she's got bruising behind her ear, like a purple patch on the bone there",
    '阿爺跌倒撞到後腦，今日耳後面成片瘀黑',
    # S6 photophobia with fever
    '孩子发烧头疼，一开灯就喊眼睛疼，非要把窗帘全拉上',
    'my son has a fever and a headache and screams when we turn the light on, wants the curtains shut',
    '个女发烧，话开灯好刺眼，成日要我哋熄晒灯',
    "she's 19, high temperature, bad headache, and the light is really hurting her eyes",
    '女兒發燒頭痛，見到光就喊眼痛，要把房間弄到全黑',
    "he's burning up and keeps covering his eyes from the light, says the brightness hurts",
    # S7 cold hands and feet with fever
    "my 4 year old has a temperature of 39.5 but her hands and feet are ice cold and she's really pale",
    "he's burning up with fever but his feet are freezing to touch",
    '孩子烧到39度多，可是手脚冰凉，脸色发白',
    '個女發燒39度，但係手腳凍冰冰，面青青',
    '女儿发高烧，手和脚摸上去凉透了，跟平时发烧不一样',
    'my son has a fever and his hands and feet are like ice, even under the blanket',
    # S8 hypo not rising
    "I'm type 1, was 3.1, had 4 glucose tablets, checked again and it's 2.9, now shaky and sweaty",
    "my son's diabetic, we gave him lucozade twice and his sugar is still 2.4 and he's getting worse",
    '我是1型糖尿病，刚才2.8，喝了果汁，15分钟后再测还是2.6，又吃了糖现在2.5',
    '阿媽有糖尿病，低血糖食咗糖之後再度仲係2.7，越嚟越冇精神',
    '糖尿病，吃了三次糖血糖还是升不上来，人越来越难受',
    'type 2 on insulin, had juice and jelly babies but my sugar keeps dropping, 2.7 now',
    # S9 circumferential burn
    'I burnt my arm on the oven and the burn goes all the way round my forearm, blistering',
    'boiling water scald right round his ankle, all blistered',
    "hot wax went all round her finger, blistered the whole way round and it's going numb",
    '热蜡烫到手腕，烫了一整圈，起满水泡，手开始肿麻',
    '滾油淥親隻手腕，成個圈都起晒水泡',
    '她的手指被烫伤了一整圈，现在发白发麻',
    # S10 high-pitched / inconsolable cry
    "my 6 week old has been screaming for hours and it's a high-pitched cry I've never heard before, can't settle her",
    "baby's cry sounds really weird and shrill, won't stop no matter what we do",
    '宝宝哭了三个多小时，哭声很尖，和平时完全不一样，怎么哄都不停',
    '個BB喊咗成晚，把聲好尖好刺耳，點氹都唔停',
    '孙子两个月，一直尖声哭，抱着喂奶都哄不住',
    'our newborn has had this piercing scream since lunchtime, nothing calms him',
    # S11 red streak with chills
    "the scratch from the cat has a red line running up my arm, I'm shivery and my heart is pounding",
    "cut on his leg, red streak creeping up to his knee, he's got chills and feels faint",
    '手上的伤口有一条红线往上走，我发冷，心跳很快，头晕',
    '隻手割親，有條紅線向上爬，而家發冷、心跳好快',
    'blister on her heel with red streaks up the leg, now chills and clammy',
    "the graze has a red line tracking up to my elbow, I've got the chills and my heart is racing",
    # S12 blow to head with unequal pupils / repeating
    'my son took a knock to the head at rugby and now one of his pupils looks bigger than the other',
    'he got a kick to the head and his pupils are different sizes',
    '儿子被球砸到头，现在两边瞳孔一大一小',
    '個仔俾人打咗個頭，而家一隻眼嘅瞳孔大過另一隻',
    'she had a blow to the head and keeps asking the same questions over and over',
    'took a whack on the head from a falling shelf, now she keeps repeating herself',
    # S13 hypo with confusion
    '我爸打完胰岛素没吃饭，现在出冷汗、说胡话',
    '阿爺打完針冇食飯，而家手震、亂講嘢',
    "my mum's on insulin and skipped lunch, now she's sweaty and talking gibberish",
    "diabetic husband, took his insulin and didn't eat, now he's confused and not making sense",
    '婆婆有糖尿病，今天没怎么吃东西，现在语无伦次，一直发抖',
    '外公打了胰島素後沒吃晚飯，現在講話顛三倒四，臉色發白',
    '我媽打了胰島素沒吃晚餐，現在手震、面青、亂講說話',
    # S14 child scald large
    "my 2 year old knocked a cup of hot tea over himself, it's all down his chest and tummy and blistering",
    'toddler pulled the kettle cord, boiling water over her shoulder and back, big blisters',
    '孩子打翻了热水，烫到整个胸口和一只手臂，起了大水泡',
    '個仔撞翻咗碗熱湯，成個肚同大髀都淥親，起晒大水泡',
    'our baby got scalded by hot coffee across her chest and arm, skin peeling',
    '两岁女儿被开水烫到，从胸口一直到手臂，起了好多大泡',
    'type 1, felt low, 2.9, had glucose tabs, tested again 15 mins later and it is 2.7',
    '糖尿病，低血糖喝了糖水，复测还是2.9，人好辛苦',    # buried in a story
    "Sorry to bother you on a Sunday, we are at my in-laws for lunch and the kids are running around. My wife is 34 "
    "weeks and says the baby has been kicking far less than usual since this morning, and the kicks feel weak.",
    "We moved house last week and everything is in boxes. My little girl (5) has had a fever since tea time, 39.6, "
    "and now the light hurts her eyes so much she wants the curtains shut. Her hands and feet are ice cold.",
]

LATER_TURN = [
    ["Where is the maternity unit entrance?", "Also 驗孕兩條線，今日右邊下腹好痛，膊頭頂都痛埋"],
    ["Is there parking at the children's hospital?", "我個BB喊咗成晚，把聲好尖好刺耳，點氹都唔停"],
    ["What time does the pharmacy close?", "my husband took his insulin and didn't eat, now he's talking gibberish"],
]

QUIET = [
    # S1 reduced fetal movements
    '怀孕30周，宝宝今天踢得特别厉害，正常吗？',
    '我懷孕三十週，寶寶胎動正常，想問產檢要帶什麼',
    '上次胎动少了去医院查了没事，现在动得很好，想问下次产检时间',
    '32 weeks, baby is kicking loads as usual, can I still fly next week?',
    # S2 ectopic shoulder tip
    '怀孕7周，肩膀酸痛是不是因为睡姿？肚子不痛，也没出血',
    '宫外孕有什么症状？比如肩膀尖痛吗？我只是问问',
    '怀孕8周，打完羽毛球肩膀顶部有点酸，肚子一点都不痛',
    'positive test last week, no pain, no bleeding, when should I book my first scan?',
    # S3 waters blood-stained
    '羊水破了一般是什么颜色？我还没破，只是想提前了解',
    # S4 rigors / severe muscle pain with infection
    "I had a kidney infection last month and was shivering a lot then; it's all cleared up now, do I need a follow-up urine test?",
    'my legs are shaking after the gym, is that normal?',
    'I have a UTI and my muscles are a bit achy, can I take ibuprofen with nitrofurantoin?',
    # S5 bruise behind ear after knock
    'I have a bruise behind my ear from my glasses rubbing, no injury',
    "my son fell off his bike last week and had a bruise behind his ear, it's gone now and he's well, can he play football?",
    '孩子耳后有个小肿块，没有摔过，是淋巴结吗？',
    # S6 photophobia with fever
    'I get migraines and light bothers me a bit, no fever, can I take sumatriptan with ibuprofen?',
    '孩子发烧了，不怕光，脖子也能动，吃了退烧药好点了，能洗澡吗？',
    "my eyes are sensitive to bright sunlight after the optician's drops, is that normal?",
    # S7 cold hands and feet with fever
    'my hands and feet are always cold in winter, is that poor circulation?',
    '孩子昨天发烧手脚有点凉，今天退烧了，手脚暖了，吃饭也好',
    'my daughter has a mild temperature of 37.8, warm hands, playing happily, can she go to nursery?',
    # S8 hypo not rising
    "had a hypo of 3.2, had juice, rechecked and it's 5.8 now, feel fine, can I drive home later?",
    '低血糖吃糖后多久复测？我现在血糖正常',
    'my hypo last week took two rounds of juice to come up but it did, 5.5 after; should I tell my nurse?',
    # S9 circumferential burn
    'I burnt my wrist on the oven door, small red line, no blister, can I put aloe on it?',
    'my bracelet left a red ring round my wrist, itchy',
    '烫伤起泡要不要挑破？只是手背一小块',
    # S10 high-pitched / inconsolable cry
    'my baby cries every evening for an hour, colic? feeds well and gaining weight',
    "baby makes a high-pitched squeal when she's happy, is that normal?",
    '宝宝哭的时候声音很大，正常吗？吃奶很好',
    # S11 red streak with chills
    'I have a red line on my arm from my watch strap, feel fine',
    'my cut has a little redness round it, no streaks, no fever, should I use antiseptic?',
    # S12 blow to head with unequal pupils / repeating
    'took a knock to the head last month, all checks fine, can he go back to rugby?',
    "one of my pupils has always been slightly bigger than the other, optician said it's normal",
    '瞳孔大小不一是什么原因？只是好奇，没有受伤',
    # S13 hypo with confusion
    '我妈打胰岛素后偶尔手抖，吃点东西就好了，要调剂量吗？',
    '低血糖的时候人会不会乱讲话？问问而已',
    # S14 child scald large
    'my son touched the hot kettle, small red mark on one finger, no blister, ran it under cold water',
    '孩子被热水溅到手背，一小块发红，冲了冷水已经不红了',
    'what should I do if my toddler is scalded by tea? asking for a first aid course',
    "type 1, was 3.2 before lunch, had a sandwich, rechecked and it's 6.4, all good",    # look-alikes found while checking the snapshot (the sign told as her normal; a show, not waters)
    "my baby has a really loud shrill cry when she is hungry, it is her normal, feeding well, no temp. do all babies do that?",
    "my 3 month old cries for hours every evening, the GP says it is colic, she is feeding and growing well. any tips for colic?",
    "waters have not broken yet, the midwife says a pink show is normal at 39 weeks, is that right?",
    "type 1, had a hypo at 3.1 yesterday, had juice and it came up to 5.9, fine today",
    "孩子发烧，晚上开灯睡觉可以吗？",
]

SPENT = [  # blind50 and signs30 TUNE rows (spent): misses this round reads
    "A lad took a blow to the head, one pupil is bigger than the other and he keeps asking the same thing.",
    "the cut on my hand has red streaks going up my arm and I feel faint with a racing heart and chills.",
    "我媽打了胰島素沒吃晚餐，現在發抖、臉白、亂講話。想問應該點做？",
    "our toddler pulled a mug of just-boiled tea down over herself, its across her chest and down one arm, big blisters "
    "coming up and shes screaming. we're running cool water on it.",
    "type 1 here. 2.8, had juice, rechecked 15 min later 2.6, had more juice and dextrose, now 2.5. feeling worse and worse",
    "hot wax went round my whole wrist like a bracelet, it's blistered all the way round and my hand is going puffy and tingly",
    "寶寶從下午哭到現在好幾個小時了，怎麼哄都哄不好，聲音跟平常不一樣很尖",
]


@pytest.mark.parametrize("text", FIRES)
def test_round50mb_emergency(text):
    assert T.assess(text).level == "emergency", text


@pytest.mark.parametrize("turns", LATER_TURN)
def test_round50mb_emergency_in_later_turn(turns):
    assert T.assess_conversation(turns).level == "emergency", turns


@pytest.mark.parametrize("text", QUIET)
def test_round50mb_look_alike_not_emergency(text):
    assert T.assess(text).level != "emergency", text


@pytest.mark.parametrize("text", SPENT)
def test_round50mb_spent_rows(text):
    assert T.assess(text).level == "emergency", text


@pytest.mark.parametrize("text, rule", [
    ("38周破水了，流出来的水是红色的，还带血", "lay.pregnancy.waters_bloody"),
    ("our newborn has had this piercing scream since lunchtime, nothing calms him", "lay.child_unwell.abnormal_cry"),
])
def test_round50mb_new_rules_named(text, rule):
    assert rule in {f.rule for f in lay_red_flags(text)}


@pytest.mark.parametrize("text", [
    "my waters broke at 38 weeks, it is clear, no blood",
    "my baby cries for an hour most evenings and settles with a feed",
])
def test_round50mb_new_rules_silent(text):
    assert not {f.rule for f in lay_red_flags(text)} & {"lay.pregnancy.waters_bloody", "lay.child_unwell.abnormal_cry"}
