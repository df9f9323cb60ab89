"""Round 31sc (signs31, found by round 31g4): a lay-sign finding for a severe burn was fired and then dropped
because the same message asked a self-care, remedy or appointment question ('can I just put cream on it', 'should
he wait for the nurse on Tuesday'). Five drops did it, each written for a small, minor burn:

- _minor_self_care kept only the lay-sign ids listed when it was written; the later deep, chemical and electrical
  burn rules were not among them. Now a chemical, full-thickness, electrical, caustic-in-eye or smoke-inhalation
  finding keeps it (not lay.burns.major: its lexicon also reads 'does not hurt' and the 喉 of 水喉, a tap, which a
  small scald held under the tap says; the reach over spent rows found three such look-alikes, pinned below).
- round 45's 'small red spot, no blister' drop, round 50f's 'red finger asked about a remedy' drop and TR38's
  'cleaner splash rinsed off' drop now leave a burn whose deep, chemical or electrical sign rule fired.
- round 45's document frame read 'he did not notice' as a notice (a paper) and masked the burn's sentence.

The minor look-alikes these drops were written for stay calm (pinned below).
"""
import pytest

from medqa.safety.triage import RedFlagTriage

T = RedFlagTriage()

FIRES = [
    # deep burn (charred, leathery, no feeling) with a self-care or appointment question
    "my grandad leant on the log burner and didn't notice, his shin is blackened and leathery and he can't feel it when I touch it. can we just wait for his GP appointment on Monday?",
    "he fell asleep on the heater and didn't notice till morning, the patch on his thigh is charred and crusty and doesn't hurt. is it ok to put some savlon on and leave it?",
    # chemical burn with a remedy asked about
    "got oven cleaner on my wrist, rinsed it under the tap and it's still burning, the skin feels slimy. can I just put aloe on it?",
    "my wife splashed drain cleaner on her hand, the skin is slimy and peeling. should she just put cream on it and see?",
    "用了通渠水，手背沾到，皮肤摸着滑滑的，冲了水还是火辣辣地痛，可以涂点药膏就算了吗？",
    "我阿媽用強力清潔劑洗廁所，手臂皮膚摸落滑滑哋，沖咗水都仲好痛，塗啲藥膏得唔得？",
    # electrical burn asked about as 'can I go to bed'
    "got a shock off the toaster plug, there's a little black mark on my thumb. I feel fine, can I just sleep it off?",
    "my daughter got zapped by the socket, there's a small burn mark on her finger, should I put a plaster on it?",
    # blistered palm asked about as self-care
    "grabbed the pan handle straight from the oven and my palm has come up in big fluid bubbles, can I pop them and tape it?",
    # session 32: hot tar (and 热沥青) is a burn word; the deep look with a question about parking
    "my husband spilt hot tar on his leg at work, the skin is white and leathery and he can't feel it. which building is the burns unit and is there parking?",
]

CALM = [
    # minor burns asked about as self-care (what the drops were written for)
    "touched the oven door with my finger, it's a bit red, no blister. can I put some cream on it?",
    "burnt my finger on the kettle, it's red and stings a bit, should I put aloe on it?",
    "手指碰到锅边，有点红，没有起泡，可以涂芦荟吗？",
    "got some bleach spray on my hand while cleaning, rinsed it under the tap straight away and it's fine, a bit pink. anything I should put on it?",
    "splashed a bit of washing-up liquid on my arm, rinsed it off with cold water, no pain now. do I need to do anything?",
    # the reach's look-alikes (spent rows): a small scald held under the tap (水喉), a pea-sized blister that does not hurt
    "我煮緊湯，揭蓋嗰陣俾滾水濺到手腕，紅咗一細忽，冇起泡，放喺水喉下面沖咗成十幾分鐘，都仲有少少熱痛。",
    "煲咗壺滾水沖杯麵，倒瀉咗少少喺手指度，紅咗一小塊，冇起泡，開水喉沖咗好耐。有冇需要搵醫生？",
    "tiny blister on my fingertip from a hot baking tray, size of a pea, doesn't hurt much. pop it or leave it?",
    # the notice frame it was written for, unchanged
    "is there a notice about what to do for burns in the staff kitchen? we need a poster for the wall",
]


@pytest.mark.parametrize("text", FIRES)
def test_severe_burn_with_self_care_question_stays_emergency(text):
    assert T.assess(text).level == "emergency", text


@pytest.mark.parametrize("text", CALM)
def test_minor_burn_self_care_stays_calm(text):
    assert T.assess(text).level != "emergency", text


def test_writer_rows_pinned():
    # one writer row per drop path (signs31g: the remedy asked beside a chemical splash)
    text = ("probably overreacting but I splashed some of the drain unblocker on my forearm about 10 mins ago, it's gone "
            "red and stingy and the skin looks slimy and peeling. rinsed it a bit. can I just put cream on?")
    assert T.assess(text).level == "emergency"
