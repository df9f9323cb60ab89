"""Everyday complaints read as emergencies by a concept too broad for them (EV4: everyday4 and blind30, spent).

EV1-EV3 fitted wordings and carried little to the next set; these guards are written for the MECHANISM that misreads
each complaint, and each drops only the category that mechanism raised (any danger sign of that category keeps it):
- a numb, tingly, cold or 'weird' lip, tongue or cheek is a sensation, not a droop: with a local cause (the dentist's
  anaesthetic, Sichuan pepper 花椒 / 麻辣, a cold window) or with the face checked and moving as normal (keep: arm, leg,
  speech, vision, headache, a droop said);
- a chest hurt only by a mechanical cause (pressed or poked by anyone, a knock, hiccups); heartburn by its mechanism
  (a big or greasy meal, easing when sitting up); a wheeze only on coughing in a cold with talking and walking fine;
- self-harm denied in the writer's words ('not going to hurt myself', 不是想不开那种), a fear of dying asked ('am I
  going to die?'), a hyperbole taken back as a joke at once (想跳海，开玩笑的);
- a night terror: screaming at night with the eyes open, not answering, back to sleep, nothing remembered;
- a lay sign named only with a negation inside it (嘴唇也不紫) does not raise its lay rule;
- singles by mechanism: a nick's ooze; a blocked nose with the mouth the only way to breathe; a brief pulling pain on
  standing or sneezing in pregnancy with the baby kicking; a flu's fever with aches and shivers while drinking; a bite
  of a non-toxic thing (crayon, spider plant); at most 4 ordinary painkiller or vitamin tablets in all (times, mg and
  distances are no amounts); a mouth burnt on hot food; breathless only on exertion, fine at rest, unfit; something
  burnt in the kitchen; a low sugar treated and back in range; a condition named as a clinic, follow-up slip or support
  group label; a heart idiom of homesickness with illness denied; a past heart attack with a stent, all good now; a
  child 'floppy' asleep after a busy day who woke up fine.
The wordings are written for this file (not the sets' rows). On base 23c2493, 20 of the 52 cases fail, all of them
everyday wordings (20 of 36); the other 16 everyday wordings pass on base and stay as guards of their families, and the
16 emergencies (the keep signs of each family) pass before and after.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EVERYDAY = [
    # numb lip / tongue with a local cause, or the face checked and moving as normal
    "Had two fillings this afternoon and my bottom lip is still numb and tingly, it's been 3 hours. Normal?",
    "刚从牙医那里回来，半边嘴唇还是麻的，要多久才退？",
    "啱啱睇完牙醫，嘴唇仲係麻麻哋，幾時先退？",
    "Tried mala chicken for the first time, my tongue is totally numb and buzzing. Is that the peppercorns?",
    "吃了一盘花椒鱼，舌头和嘴唇都麻了，是正常的吗",
    "Walked home in the freezing wind and my cheek feels numb and tight, but my smile is even and I can raise both eyebrows. Just the cold?",
    # chest: mechanical cause, heartburn by mechanism, wheeze only on coughing in a cold
    "My daughter's chest hurts only when her brother prods the spot where the swing hit her. Playing happily otherwise.",
    "胸口這裏撞到桌角，按下去先痛，其他時候冇事",
    "Chest is sore after a day of hiccups, it hurts a bit now. How do I stop hiccups?",
    "Burning in the middle of my chest after a huge fatty takeaway, feels better once I sit up straight. Antacid?",
    "Got a cold, a bit wheezy when I cough, but I can walk and talk fine. Best cough syrup?",
    # self-harm denied, a fear of dying asked, a hyperbole taken back as a joke
    "Work has been awful and I'm exhausted. I'm not going to hurt myself or anything, I just need a break. Can I get a sick note?",
    "最近心情很低落，不是想不开那种，就是提不起劲，要去看心理科吗",
    "I ate a dodgy kebab and now my stomach is churning. Am I going to die lol",
    "老闆又改需求，我想跳樓，開玩笑的，請問醫院體檢幾點開始",
    # night terror
    "My 4 year old screamed in the middle of the night with her eyes wide open and didn't answer us, then went back to sleep. Doesn't remember anything today.",
    "儿子四岁，半夜坐起来大哭，眼睛睁着叫他也不理，过了几分钟又睡了，早上什么都不记得",
    # a sign named with a negation inside it
    "感冒五天了，咳嗽，胸口有点闷，说话走路都正常，嘴唇也没发紫。买什么止咳药好",
    # singles
    "Cut myself shaving and a tiny bead of blood keeps coming back for 20 minutes. Any tips?",
    "鼻塞塞到完全不通，只能用嘴呼吸，憋得难受，有什么办法",
    "28 weeks, sharp pulling pain on one side when I roll over in bed, gone in a few seconds. Baby's wriggling lots.",
    "Got the flu, 38.4, shivery and aching all over, drinking lots of water. How long will it last?",
    "My toddler chewed a bit of a crayon, she's totally fine and playing. Do I need to do anything?",
    "My son bit a leaf off the spider plant, is it poisonous?",
    "Had two paracetamol at 9 and my wife gave me two more at 11 by mistake. So four in total. I feel fine.",
    "Took an extra multivitamin by mistake, we live 50 km from town, I feel fine. Any problem?",
    "Burnt my tongue on hot soup, it's tender and a bit peeling. How long till it heals?",
    "I get really out of breath running for the bus lately, fine once I'm sitting, I'm very unfit. Should I start jogging?",
    "The rice got burnt and I cried about it, a week after giving birth. Baby's fine, no dark thoughts. Baby blues?",
    "血糖低到3.8，喝了果汁已经回到5.6了，人没事",
    "血糖跌到3.7，食咗糖而家返到6，人好好",
    "胸痛复诊单上写的是周五，请问心内科在几楼？",
    "Where does the stroke survivors' support group meet on Thursdays?",
    "When I miss my family my heart aches, we say it like that at home. I'm not ill, just homesick. Is there a support group?",
    "Had a stent after my heart attack in 2019, all good now, which floor is cardiac rehab on?",
    "My 2 year old was floppy and fast asleep in the pram after the zoo, woke up happy and hungry for dinner. Just tired?",
]

EMERGENCIES = [
    "I had a filling this morning and now my face is drooping and my arm is weak",
    "吃了麻辣火锅，嘴歪了，左手也抬不起来",
    "My cheek went numb in the cold but now my speech is slurred and my smile is lopsided",
    "Crushing chest pain after dinner, sweating and pain into my left arm",
    "Chest hurts when I press it, and I'm sweating and breathless",
    "I'm not going to hurt myself tonight, I've already taken all my pills",
    "I want to die, I'm not joking, I have the rope ready",
    "My 3 year old woke at night, eyes open, not responding, jerking and went blue",
    "Cut myself shaving on warfarin and it's pouring, won't stop for an hour",
    "32 weeks, pain on one side when I stand up, and I'm bleeding, baby not moving",
    "Flu for 3 days, 39.8, confused and breathing fast",
    "My toddler chewed a button battery",
    "Took a whole packet of paracetamol on purpose",
    "血糖低到2.5，吃了糖还是低，叫不醒",
    "Chest pain now, crushing, sweating, can't breathe",
    "My baby is floppy and won't wake, hot and has a rash",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_complaint_is_no_emergency(triage, text):
    assert triage.assess(text).level != EMERGENCY, triage.assess(text).rules


@pytest.mark.parametrize("text", EMERGENCIES)
def test_emergency_stays(triage, text):
    assert triage.assess(text).level == EMERGENCY
