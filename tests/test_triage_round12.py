"""Round 12 class (after blind11), pinned with wordings written here, not copied from any test batch.

The general concept, written before the code:
- Round 11 masked a diagnosis NAME said of someone who is not a present person. Round 12 reads any wording the same
  way (heavy bleeding, a floppy baby, bleeding in pregnancy, self-harm, a newborn's fever, 大出血, 自残, 新生儿发烧)
  when the frame word sits in the same part of the clause: a film or documentary, the news, an animal, a leaflet's
  listed side effect, a form, volunteers' training. That part must name no present person and nothing now or urgent;
  an animal that bites is the cause, not the subject; a pronoun right after 'in the film' is the character.
- A question put by a form or an app (a symptom checker asked me about X, the questionnaire asks if I ever had X,
  问卷问到X) holds X as its topic, when the message answers it no, as long ago or as paperwork.
- What is left of the message must raise no flag and say nothing of now, so the same condition in a present person
  beside the frame word is still an emergency.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage

TRIAGE = RedFlagTriage()

# (benign frame, the same condition in a present person beside the frame word)
PAIRS = [
    # fiction: a documentary, a series with the character as 'she'
    ("In a documentary last week a climber had severe breathlessness near the summit. Does altitude do that to everyone?",
     "In a documentary a climber had severe breathlessness, and now my husband can not breathe, his lips are blue"),
    ("In the series she has a seizure at her own wedding, is that how it really looks?",
     "In the series she has a seizure at her wedding, and my sister is having one on the sofa right now"),
    ("纪录片里有个登山的人严重呼吸困难，高原上都会这样吗？", "纪录片里有人严重呼吸困难，我爸现在也喘不上气，嘴唇发紫"),
    ("紀錄片裡有個登山客嚴重呼吸困難，高山上都會這樣嗎？", "紀錄片裡有人嚴重呼吸困難，我爸現在也喘不過氣，嘴唇發紫"),
    ("那部电视剧里她在婚礼上大出血，现实中会这样吗？", "那部电视剧里她大出血，我老婆现在也在大出血，止不住"),
    # an animal as the subject
    ("The vet thinks our rabbit is self-harming by pulling out her fur. Do animals really do that?",
     "The vet is looking at our rabbit but my daughter has cut her wrists and is bleeding heavily"),
    ("兽医说我们家兔子有自残的行为，动物也会这样吗？", "兽医在看我们家兔子，我女儿刚刚割腕了，流了很多血，止不住"),
    ("獸醫說我們家的兔子會自殘，動物也會這樣嗎？", "獸醫在看我們家的兔子，我女兒剛剛割腕了，流很多血，止不住"),
    # a leaflet's listed side effect
    ("The leaflet for my new tablets lists heavy bleeding as a rare side effect. I'm fine so far, is it common?",
     "The leaflet lists heavy bleeding as a side effect and I am bleeding heavily right now, it will not stop"),
    ("说明书上写着罕见的副作用包括大出血，我妈吃了两年都好好的，还要担心吗？", "说明书上写着副作用有大出血，我妈现在一直吐血"),
    ("藥品說明書上寫罕見副作用有大出血，我媽吃了兩年都很好，需要擔心嗎？", "藥品說明書寫副作用有大出血，我媽現在一直在吐血"),
    # volunteers' training
    ("Should the volunteers on the first-aid stall be trained to spot bleeding in pregnancy?",
     "The volunteers were trained on bleeding in pregnancy but now I'm 30 weeks pregnant and bleeding heavily"),
    ("志愿者培训要讲新生儿发烧吗？", "志愿者培训讲过新生儿发烧，我的宝宝才三周大，现在烧到38.5度"),
    ("志工培訓要教新生兒發燒嗎？", "志工培訓講過新生兒發燒，我的寶寶才三週大，現在燒到38.5度"),
    # a question put by an app or a form, answered no, long ago or as paperwork
    ("A health app asked me about self-harm. No, never, I'm only curious why it asks that.",
     "A health app asked me about chest pain. Yes, crushing, going down my left arm for 20 minutes"),
    ("The insurance questionnaire asks if I've ever had a seizure. I had one as a child, none since. Which box do I tick?",
     "The insurance questionnaire asks if I've ever had a seizure, no, but my son is fitting right now"),
    ("健康自测程序问我有没有自残的想法，我没有，只是好奇为什么要问", "健康自测程序问我有没有胸痛，有，胸口压着痛了半小时，一直出冷汗"),
    ("健康自測程式問我有沒有自殘的想法，我沒有，只是好奇為什麼要問", "健康自測程式問我有沒有胸痛，有，胸口壓著痛了半小時，一直冒冷汗"),
    ("理赔问卷问到我外婆2016年的大出血，这个要申报吗？", "理赔问卷问到大出血，我外婆现在正在大出血，止不住"),
    # the viewer is not the subject (我看的那部电影)
    ("我看的那部电影里主角孕期出血了，拍得真实吗？", "我看的那部电影里主角孕期出血了，我现在怀孕三十周，也在出血"),
]


@pytest.mark.parametrize("benign,present", PAIRS)
def test_round12_frame_is_not_an_emergency(benign, present):
    assert TRIAGE.assess(benign).level != EMERGENCY


@pytest.mark.parametrize("benign,present", PAIRS)
def test_round12_present_person_beside_the_frame_stays_an_emergency(benign, present):
    assert TRIAGE.assess(present).level == EMERGENCY


@pytest.mark.parametrize("text", [
    "bitten by a dog, bleeding heavily and it won't stop",  # an animal that bites is the cause of the injury
    "dog bite on his face bleeding heavily",
    "被狗咬了，流血不止",
    "filling in the insurance form with crushing chest pain and sweating",  # urgency words keep a framed part
    "the app asked if I have chest pain, yes crushing and sweating",  # no 'no' answer: the frame does not apply
])
def test_round12_frame_words_that_are_no_frame(text):
    assert TRIAGE.assess(text).level == EMERGENCY


# Two smaller classes found beside the frames: self-blame said as a joke, and a limb gone numb from squatting.
@pytest.mark.parametrize("benign,present", [
    ("I could kill myself for leaving my umbrella on the train haha, is there a lost property desk?",
     "I could kill myself for being so useless, I have been saving up my tablets lol"),
    ("我脚麻了，是蹲太久了，站一会儿就好了，这不是中风吧", "我脚麻了，蹲太久，现在半边脸歪了说话不清"),
])
def test_round12_joke_and_benign_cause(benign, present):
    assert TRIAGE.assess(benign).level != EMERGENCY
    assert TRIAGE.assess(present).level == EMERGENCY


# Misses found on the spent blind11 after the frames, pinned with wordings written here.
@pytest.mark.parametrize("text", [
    # a polite opening is not a hypothetical 'if someone ...'
    "Hi, only if anyone has a minute: my husband's face has dropped on one side and he can't lift his arm",
    "sorry, if somebody has a sec - my little girl is limp and won't wake up properly",
    # hardly moving is reduced movement
    "36 weeks and the baby has barely moved all day, usually she's so active",
    # a corrosive on more than one body part
    "oven cleaner splashed over both his hands and arms, the skin is going white",
])
def test_round12_polite_opening_and_sign_wordings_stay_emergencies(text):
    assert TRIAGE.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", [
    "if someone has a seizure at the gym, what should staff do?",  # still a hypothetical
    "how should I store bleach so it never gets on the kids' hands?",
])
def test_round12_hypothetical_and_storage_stay_benign(text):
    assert TRIAGE.assess(text).level != EMERGENCY


# An event during a frame activity (watching a film, filling in a form) is told as it happens: 'suddenly', 突然, a
# whole bottle. A volunteer is a person, not a training topic.
@pytest.mark.parametrize("text", [
    "看电影时孩子突然抽搐口吐白沫",
    "填保险表格的时候老人突然胸口剧痛出冷汗",
    "看電視的時候奶奶突然倒地，叫不醒",
    "孩子吃了说明书上写的那个药一整瓶",
    "the volunteer collapsed and isn't breathing",
    "filling in the claim form when my brother suddenly slumped and can't speak",
    # someone told doing or undergoing something beside a frame word, and a reading answered yes
    "at the vets with the cat when a man collapsed and is not breathing",
    "a volunteer at the first-aid drill fell off the stage and is not responding",
    "the film crew member fell 3 metres onto his head and is unconscious",
    "on the news and baby is floppy and grey",
    "the form asked if the baby had a fever - yes 38.6 and she's 6 weeks old",
])
def test_round12_event_during_a_frame_activity_is_an_emergency(text):
    assert TRIAGE.assess(text).level == EMERGENCY
