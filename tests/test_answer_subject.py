"""An answer read in on another remiss than the one it names (`workbench.answer.subject`): the
import warns, from the document numbers in the answer's head; a head that carries the remiss's
number or title, or names no number, gives no warning. The answers are written for these tests."""

from __future__ import annotations

from click.testing import CliRunner

from workbench.answer.read import AnswerText, answer_text
from workbench.answer.subject import other_remiss
from workbench.cli import cli
from workbench.core.model import Remiss, Section
from workbench.store import open_store

HEAD = (
    "Finansdepartementet\n\nRemissvar gällande betänkandet Bättre ordning i hamnarna "
    "(SOU 2031:12)\n\nEr beteckning: Fi2031/00417\n\nFörbundet tillstyrker förslagen."
)
PORTS = Remiss("Bättre ordning i hamnarna", sender="Finansdepartementet")
STRATEGY = Remiss(
    "Skogsstrategi för Norrbotten",
    sender="Region Norrbotten",
    sections=[Section("1", "Inledning", body="Strategin tar sikte på 2040.")],
)


def _answer(text: str) -> AnswerText:
    from workbench.ingest.plain import text_lines

    return answer_text(text_lines(text))


def test_an_answer_naming_another_document_warns():
    warning = other_remiss(_answer(HEAD), STRATEGY)
    assert "SOU 2031:12, Fi2031/00417" in warning
    assert "”Skogsstrategi för Norrbotten”" in warning


def test_the_remiss_named_by_its_title_or_its_number_gives_no_warning():
    assert other_remiss(_answer(HEAD), PORTS) == ""
    by_number = Remiss(
        "Hamnutredningens betänkande",
        sections=[Section("", "Titelsida", body="Statens offentliga utredningar SOU 2031:12")],
    )
    assert other_remiss(_answer(HEAD), by_number) == ""
    by_dnr = Remiss("Hamnutredningens betänkande", sender_dnr="Fi 2031/00417")
    assert other_remiss(_answer(HEAD), by_dnr) == ""


def test_a_head_with_no_number_is_not_judged():
    text = "Yttrande över förslaget till ny hamnordning\n\nFörbundet tillstyrker förslagen."
    assert other_remiss(_answer(text), STRATEGY) == ""


def test_the_answerers_own_municipal_dnr_is_no_document_number():
    text = "Kommunstyrelsen\n\nDnr KS 2031/118\n\nYttrande\n\nKommunen tillstyrker."
    assert other_remiss(_answer(text), STRATEGY) == ""


def test_the_cli_says_so_on_stderr_and_still_reads_the_answer_in(tmp_path):
    answer = tmp_path / "forbundet.txt"
    answer.write_text(HEAD + "\n\nFör Hamnförbundet\n\nEva Berg\n", encoding="utf-8")
    db = tmp_path / "w.db"
    with open_store(db) as store:
        remiss = store.add_remiss(STRATEGY)
    result = CliRunner().invoke(
        cli,
        [
            "--db",
            str(db),
            "answer",
            "import",
            str(remiss.id),
            str(answer),
            "--org",
            "Hamnförbundet",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.split("\t")[0].isdigit()
    (line,) = [line for line in result.stderr.splitlines() if "annan remiss" in line]
    assert line.startswith("obs: ") and "SOU 2031:12" in line


def test_an_answer_that_completes_an_earlier_one_says_so_in_its_head():
    from workbench.answer.subject import completes_earlier_answer

    completes = [
        "Komplettering till samrådsyttrande\n\nDetaljplan för Ekbacken 2:1\n\nVi har inget"
        " att tillägga utöver vägfrågan.",
        "Kompletterande yttrande\n\nNämnden avstyrker fortfarande förslaget.",
        "Yttrande\n\nFöreningen kompletterar härmed sitt yttrande av den 3 mars 2031 med följande.",
        "Till kommunen\n\nStyrelsen kompletterar vårt tidigare remissvar om bryggorna.",
    ]
    for text in completes:
        assert completes_earlier_answer(_answer(text)), text
    alone = [
        "Samrådsyttrande\n\nVi har tagit del av handlingarna och lämnar här våra synpunkter.",
        "Yttrande\n\nPlanbeskrivningen bör kompletteras med en dagvattenutredning.",
        "Yttrande\n\nKommunen kompletterar planen med en ny gång- och cykelväg.",
        "Yttrande\n\nKomplettering av planbeskrivningen krävs innan planen antas.",
    ]
    for text in alone:
        assert not completes_earlier_answer(_answer(text)), text
