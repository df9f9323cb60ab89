"""Round 31sc (signs31, found by round 31g4): a lay-sign finding for a severe burn was fired and then dropped
because the same message asked a self-care, remedy or appointment question ('can I just put cream on it', 'should
he wait for the nurse on Tuesday'). Five drops did it, each written for a small, minor burn:

- _minor_self_care kept only the lay-sign ids listed when it was written; the later deep, chemical and electrical
  burn rules (and heavy-bleeding ones) were not among them. Now any lay.burns.* / lay.bleeding.* finding keeps it.
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
]

CALM = [
    # minor burns asked about as self-care (what the drops were written for)
    "touched the oven door with my finger, it's a bit red, no blister. can I put some cream on it?",
    "burnt my finger on the kettle, it's red and stings a bit, should I put aloe on it?",
    "手指碰到锅边，有点红，没有起泡，可以涂芦荟吗？",
    "got some bleach spray on my hand while cleaning, rinsed it under the tap straight away and it's fine, a bit pink. anything I should put on it?",
    "splashed a bit of washing-up liquid on my arm, rinsed it off with cold water, no pain now. do I need to do anything?",
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
