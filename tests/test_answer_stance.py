"""Stance from wording: the vocabulary's verbs and the variants real answers write."""

from __future__ import annotations

import pytest

from workbench.answer.stance import StanceReader
from workbench.compilation.matrix import mark_of
from workbench.core.stances import builtin_vocabulary

CASES = [
    ("Nacka kommun tillstyrker förslaget.", "for"),
    ("Nacka kommun kan inte tillstyrka förslaget om en ny myndighet.", "against"),
    # No objection is support (issue 18; tests/eval/answers/README.md), not "no views".
    ("Nacka kommun har inget att erinra mot förslagen i avsnittet.", "for"),
    ("Nacka kommun motsätter sig att ansvaret flyttas till kommunerna.", "against"),
    ("Nacka kommun tillstyrker förslaget med förbehåll för finansieringen.", "partly"),
    ("Nacka kommun delar bedömningen att samverkan behöver stärkas.", "for"),
    ("Nacka kommun ställer sig bakom strategins inriktning.", "for"),
    ("Nacka kommun avstyrker förslaget.", "against"),
    ("Nacka kommun tillstyrker delvis förslaget.", "partly"),
    ("Nacka kommun föreslår att avsnittet kompletteras.", "comment"),
    ("Nacka kommun har inga synpunkter på avsnittet.", "none"),
    ("Kommunen vill också påpeka att kostnaderna är osäkra.", "comment"),
]


@pytest.mark.parametrize(("text", "mark"), CASES)
def test_stance_variants_are_read_with_their_class(text, mark):
    vocabulary = builtin_vocabulary()
    guess = StanceReader().read(text, ["Nacka kommun"])
    assert mark_of(guess.key, vocabulary.stance_class(guess.key)) == mark, guess
    assert 0 < guess.confidence <= 1


def test_a_lead_in_the_organisations_own_name_is_surer_than_a_verb_deep_in_the_text():
    reader = StanceReader()
    lead = reader.read("Nacka kommun tillstyrker förslaget.", ["Nacka kommun"])
    buried = reader.read("Det är bra, och man kan säga att vi tillstyrker i stort.", [])
    assert lead.lead == "Nacka kommun tillstyrker"
    assert lead.confidence > buried.confidence
