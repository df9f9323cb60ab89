"""A burn told by what burnt ("hot tea on my wrist", "knocked the kettle over") finds the burns passage (session 24).

A probe from everyday15 ("splashed a bit of hot tea on my wrist ... stings a bit") was answered from the insect-sting
passage: no burn word, and "stings" matched. retrieval_synonyms now maps hot drinks, liquids and surfaces to the
documents' "burns scalds".
"""

import pytest

from medqa.retrieval import bundled_index
from medqa.retrieval_synonyms import expand_query


@pytest.mark.parametrize("question", ["spilt hot coffee on my lap", "boiling water from the pan went on my foot",
                                      "grabbed the hot pan handle"])
def test_hot_things_add_the_burn_words(question):
    assert "burns" in expand_query(question, "en").split()


def test_a_hot_drink_on_the_skin_retrieves_the_burns_passage_first():
    hits = bundled_index().search("I splashed a bit of hot tea on my wrist. Small red mark, stings a bit. Anything I "
                                  "can do at home?", k=3, language="en")
    assert hits[0].passage.id == "kb-en-self_care-005"
