"""EV8: everyday8's false alarms (spent), fixed by family. Wordings here are new (not the set's).

Families (each with the red-flag turn that must stay an emergency):
- 'stroke' the verb (stroking a cat, a dog, someone's hair) read as a stroke named;
- a stroke named only as a worry (is it a stroke?, 是不是中风, 會唔會中風, 不会是脑梗吧) with the signs told as normal
  (face fine, talking fine, 说话手脚都正常, 不是歪) or a numb hand from a limb slept or leant on, shaken off, back to normal;
- a past stroke told as history with its lasting weakness 'same as it has been, nothing new';
- swollen neck glands / lymph nodes with a sore throat read as airway swelling (颈淋巴肿, 頸淋巴腫);
- a voice gone hoarse from shouting, singing, talking all day or a cold read as a voice change after an allergen;
- jerks or kicks in sleep with the day normal (睡着腿一抽一抽, 睡覺時手腳抽一下), throbbing of a hurt finger (一抽一抽),
  déjà vu or rigors with a fever (打摆子) named as a worry of fits;
- a known epileptic's usual short seizure, come round, breathing normally (以前都係咁);
- a sip of dish-soap water or a lick of nappy cream, the person fine;
- one extra or one wrong blood-pressure tablet (a morning's tablets twice from the pill box), the person well;
- an over-the-counter painkiller total of 4 or fewer with the day's limit quoted (今天总共三片);
- asked whether to take one more tablet (要不要多吃一粒药) read as a tablet taken;
- a blood streak in the spit with a chest cold; a newborn's cord stump spotting read as pregnancy bleeding;
- harm denied in the first person (I don't want to hurt myself); 憋得慌 (pent-up) read as cannot breathe;
- a panic attack told as over; meningitis named as a worry with its signs denied (脖子不硬, 没疹子, 头低得下去).
"""
import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage

T = RedFlagTriage()

MILD = [
    # stroke the verb
    "My hands come up in itchy bumps whenever I stroke the neighbour's dog, nothing else. Normal?",
    "Every time we stroke our rabbit my son sneezes for ten minutes, otherwise he's grand",
    # stroke named as a worry, the signs normal
    "Dizzy when I got out of the bath and saw stars for a second, sat down and it passed. Face fine, speech fine. Is it a stroke?",
    "我爸早上起床有点头晕，坐一会就好了，说话手脚都正常。是不是中风啊？",
    "阿爺今朝起身有啲頭暈，坐低就冇事，講嘢手腳都正常。會唔會中風？",
    "右边眼皮跳了三天，嘴巴没有歪，吃饭说话都正常，会不会是要中风？",
    # numb from a limb slept or leant on
    "Fell asleep on the sofa lying on my arm, woke with the hand numb and tingly, shook it out and it's back to normal now. Thought stroke for a moment",
    "My fingers went numb after leaning on my elbow at the desk for an hour, back to normal in a few minutes. Should I worry?",
    "玩手机太久，手指有点麻，甩一甩就好了，不会是脑梗吧",
    # a past stroke, nothing new
    "Dad had his stroke last year and his left leg is still a little weak, same as it has been, nothing new. What should he bring to his review?",
    # swollen glands
    "Sore throat and swollen glands since Monday, 37.9, drinking fine. Pharmacy or GP?",
    "My son's glands in his neck are swollen and his throat is sore, eating ok. Tonsillitis?",
    "喉咙痛了三天，脖子两边淋巴结肿，吃饭喝水都可以，要去医院吗",
    "喉嚨痛，頸兩邊淋巴核腫，食嘢冇問題，係咪扁桃腺發炎？",
    # hoarse from voice use or a cold
    "My voice has gone hoarse after a whole night singing karaoke, breathing fine. How long will it last?",
    "Teacher here, voice has gone croaky after talking all week, no other symptoms. Tips?",
    # sleep jerks, throbbing, déjà vu, rigors
    "我老婆睡着了手一抽一抽的，她自己不知道，白天好好的，要紧吗",
    "阿嫲瞓覺嘅時候隻腳成日抽一下，佢自己唔知，白天都正常。係咪羊癲瘋？",
    "门夹到脚趾了，指甲下面有血泡，一抽一抽的，正常吗",
    "I keep getting a deja vu feeling for a few seconds, read that it can be seizures. Nothing else, never blacked out",
    "我爷爷打摆子，一阵一阵发冷，体温38.6，人很清醒，能说能笑。是不是抽风？",
    # known epileptic, usual seizure
    "My sister has epilepsy and takes her tablets. She had one of her usual seizures, about a minute, came round and is sleepy, breathing normally. Her normal pattern. What should we do?",
    "我弟弟有癫痫，一直吃药，刚才发作了一分钟，醒过来了，记得我们，他说以前都是这样。要怎么做？",
    # household bits
    "My toddler licked a bit of nappy cream off his hand, he's fine and laughing. Is it poison?",
    "喝了一小口没冲干净的洗洁精水，有点肥皂味，人没事。要紧吗？",
    "飲咗一啖未沖乾淨嘅洗潔精水，人冇事，要唔要睇醫生？",
    # one extra blood-pressure tablet
    "I took my wife's amlodipine by mistake instead of my vitamin tablet. I feel fine. Anything to do?",
    "早上记不清吃没吃降压药，又吃了一片氨氯地平，现在血压125/80，人没事，要紧吗",
    "Dad (80) took his morning tablets twice from the dosette box, ramipril and a statin. He feels fine. What now?",
    # OTC painkiller total small
    "Had 2 paracetamol at 7 and 2 more at 11 for a toothache, so 4 today. Max is 8 a day right?",
    "隔了两个钟头又吃了两片止痛药，今天总共四片。要紧吗？",
    # asked whether to take one more
    "我高血压吃药好多年，今天量了150，人好好的，要不要多吃一粒药？",
    # streak in spit, cord stump
    "Coughed up a fleck of blood in my phlegm once this morning, had a chesty cold all week, otherwise better",
    "Our newborn's cord stump fell off and there are a few spots of blood on her vest. She's 10 days old, feeding well",
    # harm denied, pent-up
    "Since my divorce I cry most nights and feel so alone. I don't want to hurt myself. Who can I talk to?",
    "被老板骂了一顿，心里憋得慌，不会想不开的，就是睡不着",
    # panic over; meningitis worry with signs denied
    "Had a panic attack on the bus, couldn't catch my breath, heart pounding. Calmed down after 10 minutes, fine now. Is this normal?",
    "我发烧38.2，头痛，浑身痛，脖子不硬，也没有疹子。是不是流感？",
    "头痛两天，脖子有点僵，昨晚打游戏到半夜，没发烧，头可以低下去。网上说是脑膜炎，是吗",
]

EMERGENCIES = [
    "My dad just had a stroke, his face is drooping and he can't speak",
    "Thought it was a stroke, his face is fine but his arm is still weak and his speech is slurred",
    "我妈说话突然说不清，嘴歪了，是不是中风？",
    "阿爸隻手突然冇晒力，講嘢唔清楚，係咪中風？",
    "Woke up and my right arm is still weak and numb, one side of my face feels droopy",
    "Sore throat and swollen glands, now she can't swallow her spit and is drooling",
    "Ate prawns and now my voice has gone hoarse and my throat feels tight",
    "He had a seizure for more than 5 minutes and isn't waking up",
    "My son had his first seizure ever, shaking all over, now he's confused",
    "我儿子睡觉的时候突然全身抽搐，翻白眼，叫不醒",
    "我老婆有癫痫，今天发作了，超过五分钟还在抽",
    "My toddler swallowed a whole bottle of paracetamol",
    "My housemate has taken about thirty paracetamol with vodka",
    "我妈吃了一整瓶降压药",
    "Took my husband's blood pressure tablets by mistake, now I feel faint and dizzy",
    "I've been vomiting blood, cups of it, since this morning",
    "I want to kill myself tonight, I have the pills ready",
    "我喘不过气，嘴唇发紫",
    "Fever 39, stiff neck and a purple rash that doesn't fade, she's drowsy",
    "孩子发烧39度，脖子硬得不能低头，还怕光",
    "發燒頭痛，頸好硬，唔能夠低頭，成個人迷迷糊糊",
    "Fever and a bad headache, neck is fine, no rash, but she's drowsy and hard to wake",
]


@pytest.mark.parametrize("text", MILD)
def test_everyday_worry_is_not_an_emergency(text):
    result = T.assess(text)
    assert result.level != EMERGENCY, (text, result.rules)


@pytest.mark.parametrize("text", EMERGENCIES)
def test_red_flag_turn_stays_an_emergency(text):
    result = T.assess(text)
    assert result.level == EMERGENCY, text
