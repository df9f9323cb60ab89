"""Round 46 (blind45 misses): plain emergencies no rule read, in our own words, and look-alikes that stay calm."""
import pytest

from medqa.safety.triage import RedFlagTriage, _r46_added

T = RedFlagTriage()

FIRES = [
    # 1. suicide: means at hand with a decision, note or farewell, no death word; things given away with a goodbye
    "I have a full box of paracetamol on the desk and I've made up my mind, it's tonight.",
    "my brother has got a jar of his old sleeping pills beside him and he's decided tonight is the night",
    "sleeping tablets lined up on the bed, ive written a note for my kids. i dont think ill be here tomorrow",
    "我桌上有一整瓶安眠药，我已经想好了，就今晚。",
    "他手边放着一大把药片，说已经决定了今天就做了断。",
    "佢枕頭邊有成瓶藥，佢話已經諗好咗，今晚就係今晚。",
    "我手上有一瓶安眠藥，遺書都寫好了。",
    "My son has been giving all his things away and said goodbye to me tonight.",
    "我妹妹最近不吃饭，把东西都送人了，今晚还跟我说了再见。",
    "阿媽將佢啲嘢全部送晒畀人，琴晚同我講咗再見。",
    # 2. hot child fitting down one side for minutes
    "my 2 year old has a fever and her left arm and leg have been jerking for about five minutes",
    "Our little boy is burning up and keeps twitching on one side, it's been a few minutes now",
    "孙女发烧，半边身抽搐了好几分钟。",
    "個仔發高燒，左邊身抽咗五分鐘。",
    "sorry long msg, we got back from the party, nephew felt hot all evening, now his right side is jerkin for like 6 mins",
    # 3. glucose meter very high with drowsiness or thirst
    "dad's blood sugar is 28 on the meter and he's really drowsy",
    "her glucose reading says 35 and she is drinking all the time and being sick",
    "我妈的血糖机显示30，人昏昏欲睡。",
    "阿爺度血糖有31，佢一直飲水，好眼瞓。",
    "my sons sugars are 29 on his monitor and hes v confused, been vomiting",
    # 4. wound red and hot after an operation with high fever or rigors
    "had my c-section 6 days ago, the scar is red and hot and i'm 39.2 with shivering uncontrollably",
    "Mum's hip replacement wound is swollen and angry, temp 40 and rigors",
    "我爸做完手术五天，伤口又红又肿，今天发烧到39度。",
    "阿婆開刀之後傷口好紅好熱，而家打冷震。",
    "appendix out last tues, incision is really red and oozing now and he's at 39.8",
    # 5. chemical on the skin going white; a burn from a live wire
    "I knocked drain cleaner over and splashed my arm, the skin has gone white",
    "he spilt acid on his hands at work and the skin is blistering",
    "我老公把强碱泼到了腿上，皮肤发白。",
    "my daughter touched an exposed wire and has burns on her fingers",
    "工人觸電，手燒傷咗，話唔對路。",
    # 6. burst ulcer or heavy bleed with a faint; breath fought for and worse by the minute
    "grandad's varicose vein burst, there's a pool of blood in the bathroom",
    "blood everywhere from his leg and he says he's about to pass out",
    "婆婆的静脉曲张破了，地上一滩血，她说眼前发黑。",
    "my dad is gasping for breath, worse by the minute",
    "奶奶喘不过气，一分钟比一分钟差。",
    "阿爺坐得好直，用力噉喘氣，越嚟越差。",
]

QUIET = [
    "Which pill organiser is best for a week of tablets?",
    "I've written my will and a letter to my kids just in case, is there a form for the hospital?",
    "tonight I've decided to take my tablets after dinner instead of before, is that ok?",
    "my son had a fever and a short fit last year, he is well between colds, what should I watch for?",
    "my eyelid has been twitching on one side for weeks, a few minutes at a time",
    "meter read 3.2 so I had juice and now it's back to 6, feel fine",
    "how do I book my wound check appointment after my operation?",
    "splashed some bleach on my arm, rinsed it straight away, no mark at all",
    "what dressings are best for an old leg ulcer?",
    "我爸做完手术，伤口复查要预约吗？",
    "我今晚约了朋友吃饭，有什么建议吗？",
]

SPENT = [  # blind45 rows (spent): the misses that this round reads
    ["我在家。我面前放着一瓶药，我已经决定就是今晚了。麻烦尽快回复。"],
    ["My toddler is hot and has been twitching down one side for several minutes. what do i do now"],
    ["My grandmother's meter reads 32, she's very drowsy and drinking constantly. What should we do?"],
]


@pytest.mark.parametrize("text", FIRES)
def test_round46_emergency(text):
    assert T.assess(text).level == "emergency", text


@pytest.mark.parametrize("text", FIRES[:4] + FIRES[10:12])
def test_round46_emergency_in_later_turn(text):
    turns = ["Where do I park for outpatients?", "Thanks. Another thing: " + text]
    assert T.assess_conversation(turns).level == "emergency"


@pytest.mark.parametrize("text", QUIET)
def test_round46_look_alike_not_emergency(text):
    assert T.assess(text).level != "emergency", text


@pytest.mark.parametrize("turns", SPENT)
def test_round46_spent_rows(turns):
    assert T.assess_conversation(turns).level == "emergency"


@pytest.mark.parametrize("text", QUIET + [
    "We're moving abroad so I'm giving away all my things and saying goodbye to friends.",
    "my mum gave away her old clothes to the charity shop and said goodbye to the neighbours before moving house",
])
def test_round46_rules_silent_on_look_alikes(text):
    assert _r46_added(text) == []
