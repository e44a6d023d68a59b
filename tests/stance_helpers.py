"""The class the stance reader gives one sentence written for a test, as the labels name it."""

from __future__ import annotations

from workbench.answer.stance import StanceReader

ORG = ["Exempelförbundet"]


def sentence_class(text: str) -> str:
    """`text` read with ORG as the answer's subject: free text is "none", an account
    "neutral", any other stance key its class."""
    reader = StanceReader()
    guess = reader.read(text, ORG)
    if guess.key == "fritext":
        return "none"
    if guess.key == "redogor":
        return "neutral"
    return reader.stance_class(guess.key)
