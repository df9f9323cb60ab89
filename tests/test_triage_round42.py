"""Triage round 42 (after everyday18 and everyday17, spent; reviewer questions r35-zh-014 / r35-zh-044): false-alarm
families, each kept when a real sign is told.

Families (triage.py `_r42_dropped` and its patterns, facts.py `_r42_medicine_asked`):
- a stroke flag told as something else: the little and ring fingers tingling from leaning on an elbow (ulnar nerve),
  fingers white / blue in the cold and red as they warm (Raynaud's; the blue is no breathing sign either), a numb patch
  just where glue or make-up sat, a hand numb on waking that shook off in minutes, face / speech / limbs said fine;
- a rib sore to press or twist (chest wall) with no cardiac sign;
- a blood-pressure tablet taken twice with a normal reading and nothing felt; a hangover after a night out (no medicine,
  no child, no danger sign); a clause asking whether to take a medicine (要吃药吗) is no medicine taken;
- a burn stated small (3 mm, 米粒大) with no deep or special-site sign;
- 'i want to disappear' explained in plain words, the writer (or the person) said to be safe;
- a sugar in the low teens, thirst and vomiting denied, feeling well; shouting or kicking in the sleep, clear at once,
  asked 'is it a seizure'; sepsis named only in a relative's worry, eating and drinking said fine;
- a cough from smoke or fumes with breathing said normal; blood streaks when blowing the nose in pregnancy;
- expired, stockpiled or leftover medicines asked about for disposal or use, nothing taken.
"""

import json
from pathlib import Path

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


NOT_EMERGENCIES = [
    # nerve, Raynaud's, a glued patch, a hand numb on waking
    "my husband rests his elbow on the van window all day and now his ring finger and little finger go tingly, face and speech fine, grip normal. is it a nerve thing?",
    "我成日用手肘撐住張枱，尾指同無名指麻麻哋，講嘢正常，塊面冇歪，係咪神經問題？",
    "我老婆手肘压久了，小指和无名指发麻，说话走路都正常，要看什么科？",
    "out walking the dog in the frost and my fingers went white then blue then red when i got home, talking and walking fine. gp?",
    "冬天洗冷水，手指头变白发紫，暖了以后变红，说话走路都正常，是雷诺吗？",
    "after the panto my cheek was a bit numb and tingly where the spirit gum for the beard was. smile is even, talking fine, arms fine. allergy?",
    "我女儿演出贴假睫毛的胶水的地方眼皮有点麻，笑和说话都正常，手脚都好好的，是过敏吗？",
    "woke up with my right hand numb, must have been lying on it, shook it out and it was fine in a couple of minutes, speech and face normal.",
    "佢朝早起身隻手麻晒，應該壓住咗，甩咗幾下幾分鐘就冇事，講嘢行路都正常。",
    # chest wall
    "lifted a heavy box yesterday and now one of my ribs is sore when i press on it or twist. no sweating, no breathlessness. ibuprofen?",
    "搬家搬重物以后，左边肋骨按下去就痛，转身也痛，不出汗，不气短，要去医院吗？",
    # a substance that is not an overdose
    "my mum took her amlodipine twice this morning by mistake, her bp is 132/84 and she feels fine. does she need anything?",
    "不小心把今天的降压药吃了两次，量了血压118/76，没有头晕，要紧吗？",
    "wedding yesterday, too many pints of lager, banging headache and feeling rough, no vomiting. water and paracetamol ok?",
    "昨晚同学会喝多了啤酒，今天头痛，没有吐，喝点水休息可以吗？",
    "孩子发烧拉肚子，要不要吃药？",
    # a small burn
    "burnt my finger on the glue gun, a 2mm spot, ran it under cold water straight away. need anything?",
    "燙到手指，米粒大一個小點，馬上沖了冷水，要看醫生嗎？",
    # a figure explained, safe
    "my son texted 'i want to disappear' after his exams, he said he meant he wants to hide in his room for the weekend, he's safe and not going to hurt himself. how can i support him?",
    "我跟朋友说我想消失，我的意思是想躲起来睡一个周末，我很安全，不会伤害自己。可以找谁聊聊压力？",
    # sugar, sleep, someone's worry
    "type 2 here, sugar was 13.4 after a big birthday dinner, no thirst, not sick, feel fine. what should i do?",
    "我阿媽有糖尿病，飲完喜酒驗血糖十一點幾，冇口渴冇嘔，精神好好，使唔使睇醫生？",
    "my dad, 68, shouts and kicks in his sleep like he's fighting someone in a dream, wakes up straight away and knows where he is. is it a seizure?",
    "我爷爷睡觉的时候大喊大叫，手脚乱踢，像做梦打架，叫醒他马上就清醒了。是不是癫痫？",
    "temp 37.8, sore throat, but eating and drinking fine. my nan keeps saying this is how sepsis starts, is she right?",
    # smoke, nose
    "在烧烤档帮忙一晚上，烟很大，回来一直咳，喉咙干，呼吸是正常的，不会喘，要看医生吗？",
    "28周怀孕，这几天鼻塞，擤鼻涕带点血丝，其他都好，孕妇能用什么喷鼻子？",
    # medicines to dispose of or asked about
    "clearing my late dad's drawer, full of expired tablets. how do i get rid of them?",
    "我媽攢了一抽屜過期的藥，想清一清，可以拿去藥房回收嗎？",
    "my son wants to take my leftover antibiotics from last winter for his cold. can he?",
]

EMERGENCIES = [
    "i lean on my elbow a lot, but now my whole right arm is weak and my face is drooping on one side",
    "my little finger and ring finger are numb and my speech is slurred since this morning",
    "my fingers went white in the cold water, but now my face has dropped on one side and i can not lift my arm",
    "my toes went white and blue in the snow and now his lips are blue too and he's struggling to breathe",
    "早上起床左手麻，甩了几分钟还是麻，说话也不清楚",
    "早上起床左手麻麻的，嘴巴也歪了",
    "好像中風了，手腳一邊沒力",
    "卸妆以后脸麻，嘴唇和舌头都肿了，喘不过气",
    "sore spot on my rib when i press it, but now crushing pain spreading to my left arm and i am sweating",
    "降压药吃了两次，血压90/50，头晕眼花",
    "我儿子误吃了我两片降压药",
    "he took his blood pressure pills twice, bp 140/90, but now he's very dizzy and fainted",
    "drank loads of vodka at the party last night, now she won't wake up and is being sick",
    "bad night out, drank a lot of cider and then took a load of paracetamol",
    "a drop of hot oil on my face, small burn near my eye",
    "small burn about 10mm on my arm from the oven, it's white and leathery and doesn't hurt",
    "i want to disappear, i meant it, i have the pills ready",
    "i meant what i said, i want to disappear for good, i am not safe",
    "我有糖尿病，血糖十二点几，一直吐，很口渴，人有点迷糊",
    "he shouts in his sleep and last night he went stiff, jerked all over and wet himself, couldn't wake him for ages",
    "my auntie says sepsis, he's eating fine but now he's confused and cold and blotchy",
    "孕28周，流鼻血止不住，下面也见红了",
    "怀孕30周，擤鼻涕有血丝，今天头很痛，眼睛看东西模糊，脚肿得厉害",
    "expired tablets in the drawer, my toddler got into them and ate a handful",
    "she has been stockpiling her old tablets and said she wants to end it",
    "孩子吃了一整瓶药，要吃什么药解？",
]


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_r42_lookalike_not_emergency(triage, text):
    result = triage.assess(text)
    assert result.level != EMERGENCY, (text, result.rules)


@pytest.mark.parametrize("text", EMERGENCIES)
def test_r42_real_sign_still_emergency(triage, text):
    result = triage.assess(text)
    assert result.level == EMERGENCY, (text, result.rules)


DATA = Path(__file__).parent / "data"
EVERYDAY18 = DATA / "safety" / "everyday18" / "triage.jsonl"
FIXED_ROWS = ["e18.40", "e18.45", "e18.71", "e18.107", "e18.137", "e18.151", "e18.175", "e18.178", "e18.186", "e18.23"]


def test_r42_everyday18_rows(triage):
    rows = {r["id"]: r for r in map(json.loads, EVERYDAY18.read_text(encoding="utf-8").splitlines()) if r}
    for rid in FIXED_ROWS:
        row = rows[rid]
        assert row["level"] == "none"
        result = triage.assess_conversation(row["turns"]) if "turns" in row else triage.assess(row["text"])
        assert result.level != EMERGENCY, rid


def test_r42_reviewer_medicine_questions(triage):
    rows = {r["id"]: r for r in map(json.loads, (DATA / "grounded_review35" / "questions.jsonl").read_text(encoding="utf-8").splitlines()) if r}
    for rid in ("r35-zh-014", "r35-zh-044"):
        assert triage.assess(rows[rid]["question"]).level != EMERGENCY, rid
