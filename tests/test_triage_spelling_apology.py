"""An apology for spelling is how a message is typed, not a word asked about (session 21, after blind35, spent).

blind35 (spent) lost three emergencies whose writer opened with "Sorry for spelling, on my phone ...": the word
'spelling' made the whole message a question about words (`_MENTION_WORD`). Wordings written here.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage

TRIAGE = RedFlagTriage()


@pytest.mark.parametrize("text", [
    "sorry for spelling, typing one handed. my 6 week old daughter is 38.4 and won't feed",
    "Excuse my spelling, im shaking. My husband collapsed and isn't breathing properly",
    "pardon the spelling, on the bus. grandad's face has dropped on one side and he cant lift his arm",
    "Sorry about the spelling mistakes. My son took the whole packet of his nan's tablets an hour ago",
])
def test_an_apology_for_spelling_keeps_the_emergency(text):
    assert TRIAGE.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", [
    "What is the spelling of meningitis? It's for my child's school project on germs.",
    "how do you spell anaphylaxis, writing up first aid notes for the scout hut",
])
def test_a_question_about_a_word_is_still_no_emergency(text):
    assert TRIAGE.assess(text).level != EMERGENCY
