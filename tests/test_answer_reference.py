"""The answerer's own diarienummer is read from its letterhead's fields, never from the numbers
its text cites (the referred document, the ministry's case, a judgment, a date)."""

from __future__ import annotations

import pytest

from workbench.answer.read import AnswerText
from workbench.answer.reference import own_dnr
from workbench.core.model import Remiss


def dnr_of(*lines: str, remiss_dnr: str = "", furniture: tuple[str, ...] = ()) -> str:
    answer = AnswerText(lines=list(lines), furniture=list(furniture))
    return own_dnr(answer, Remiss(title="Remissen", sender_dnr=remiss_dnr))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Dnr KS 2024/0311 Kommunledningskontoret"], "KS 2024/0311"),
        (["Diarienummer: BN 2023-00871"], "BN 2023-00871"),
        (["Ärendenummer SBF 2022/58"], "SBF 2022/58"),
        (["Vår beteckning: 511-7734-2024"], "511-7734-2024"),
        # a row of fields, its values on the next line (the date first)
        (["Datum Ärendebeteckning", "2024-05-14 402-11873-2024"], "402-11873-2024"),
        (["Sida 1(2) Vårt datum Vår beteckning 2024-02-01 MN/2024:17"], "MN/2024:17"),
        (["2024-03-08 Diarienr TN 2024-1402"], "TN 2024-1402"),
        # a line that is its number and nothing else
        (["Remissvar", "(TRV 2024/18830)"], "TRV 2024/18830"),
    ],
)
def test_the_letterheads_own_number(lines, expected):
    assert dnr_of(*lines) == expected


@pytest.mark.parametrize(
    "lines",
    [
        # the referred document and the ministry's case it quotes
        ["Yttrande över betänkandet Trygg vård i hemmet (SOU 2024:33)"],
        ["Er beteckning S2024/01122", "Remissvar"],
        ["Ert dnr: Fi2023/03311"],
        ["Externt diarienummer", "N/2024/0417"],
        ["Finansdepartementet Ref: Fi2024/00912/K"],
        ["2024-04-02 Diarienr Ju2024/00851"],
        # the sender's number, named as theirs
        ["Kommunens dnr: PLAN 2021-118"],
        # numbers the text cites, and dates
        ["Vi hänvisar till MÖD 2018:21 och till AFS 2023:1."],
        ["Bilaga: Karta 2024-06-01"],
        ["Göteborg 2024-09-30"],
        ["och 2024-2035"],
        ["2024-14"],
        # a dnr inside a sentence is the text's, not the letterhead's
        ["Remiss av förslag till föreskrifter om märkning, Dnr 4.2.17-1123/2024"],
        ["Synpunkter på Naturvårdsverkets förslag och Dnr 2024/3177 (Skogsstyrelsen)"],
    ],
)
def test_numbers_that_are_not_the_answerers(lines):
    assert dnr_of(*lines) == ""


def test_the_remiss_own_number_is_not_the_answerers():
    assert dnr_of("Dnr: PLAN 2023-0112", remiss_dnr="PLAN 2023-0112") == ""
    assert dnr_of("Dnr: PLAN 2023-0112", "Vårt dnr: KS 2024/77", remiss_dnr="PLAN 2023-0112") == (
        "KS 2024/77"
    )


def test_a_row_of_values_taken_out_as_page_furniture():
    # repeated on every page, the row of values is page furniture; its field names are not
    assert dnr_of(
        "Datum Ärendebeteckning", "Länsstyrelsen", furniture=("2024-05-14 403-9021-2024",)
    ) == ("403-9021-2024")


def test_a_number_at_the_foot_of_a_one_page_answer():
    body = [f"Stycke {i} av svaret." for i in range(40)]
    assert dnr_of(*body, "Dnr 3.1-5120-2024") == "3.1-5120-2024"
