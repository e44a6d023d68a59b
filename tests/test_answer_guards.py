"""Files that are no answer: another referred document read in as an answer is warned of."""

from __future__ import annotations

import pytest

from workbench.answer.guards import LONG, referred_document
from workbench.answer.read import AnswerText, Unit


def document(*head: str, paragraphs: int = LONG) -> AnswerText:
    body = [f"Stycke {i} om planens genomförande och dess konsekvenser." for i in range(paragraphs)]
    return AnswerText(lines=[*head, *body], units=[Unit(text) for text in body])


@pytest.mark.parametrize(
    "title",
    [
        "PLANBESKRIVNING",
        "Detaljplan för Björkbacken 2:7 SAMRÅDSHANDLING",
        "Kommittédirektiv",
        "Regeringens proposition 2023/24:118",
        "DOM",
        "Länsstyrelsens författningssamling",
        "En vägledning om buller i planeringen",
    ],
)
def test_a_long_file_titled_as_a_referred_document_is_warned_of(title):
    warning = referred_document(document("Diarienummer PLAN.2024.12", title))
    assert warning.startswith("Filen ser ut att vara en remisshandling, inte ett svar")
    assert f"”{title}”" in warning and f"{LONG} stycken" in warning


@pytest.mark.parametrize(
    "head",
    [
        # the answer names itself before the referred document's kind
        ("Remissvar", "Föreskrifter om ändring i föreskrifterna om kemiska arbetsmiljörisker"),
        ("Yttrande över planbeskrivning för Björkbacken 2:7",),
        ("Synpunkter på samrådshandling", "PLANBESKRIVNING"),
        # the kind inside a sentence, not a title
        ("Föreningen har tagit del av den planbeskrivning som kommunen skickat ut på samråd.",),
    ],
)
def test_an_answer_that_names_the_document_is_not_warned_of(head):
    assert referred_document(document(*head)) == ""


def test_a_short_file_is_not_warned_of():
    assert referred_document(document("PLANBESKRIVNING", paragraphs=LONG - 1)) == ""
