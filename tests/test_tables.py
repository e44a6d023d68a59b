"""Tables stay tables (issue 17): the markup's pipe tables, how the TUI and the exports draw
them, search over their cells, and the tables the import finds in Word and PDF files."""

from __future__ import annotations

from rich.console import Console

from tests.test_ingest_pdfium import REMISSES, needs_corpus
from workbench.core import markup
from workbench.core.model import Remiss, Section
from workbench.document.compose import Table, text_blocks
from workbench.ingest import read_remiss
from workbench.tui.text_views import body_text, markup_text

ROWS = [["Post", "2026"], ["Utgifter | drift", "8 mnkr"], ["Intäkter", "1 mnkr"]]
BODY = "Före tabellen.\n\n" + markup.table_markup(ROWS) + "\n\nEfter tabellen."


def test_pipe_table_round_trip_with_an_escaped_bar():
    table = markup.table_markup(ROWS)
    assert table.splitlines()[1] == "| --- | --- |"
    assert "Utgifter \\| drift" in table
    blocks = markup.parse(BODY)
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].rows == ROWS and blocks[1].header
    assert markup.table_rows("| a | b |\n| c | d |") == ([["a", "b"], ["c", "d"]], False)


def test_a_paragraph_with_a_bar_is_no_table():
    assert [b.kind for b in markup.parse("Val | inte en tabell")] == ["paragraph"]
    assert [b.kind for b in markup.parse("| bara början")] == ["paragraph"]


def _rendered(text) -> list[str]:
    console = Console(width=80, record=True)
    console.print(text)
    return [line.rstrip() for line in console.export_text().splitlines()]


def test_middle_pane_and_positions_draw_the_table():
    for drawn in (_rendered(body_text(BODY)), _rendered(markup_text(BODY))):
        assert "Post             │ 2026" in drawn
        assert "─────────────────┼───────" in drawn
        assert "Utgifter | drift │ 8 mnkr" in drawn


def test_compose_hands_the_table_to_the_exports():
    blocks = text_blocks(BODY)
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert table.rows == ROWS and table.header


def test_search_finds_a_word_in_a_cell(store):
    remiss = store.add_remiss(
        Remiss(title="Vägplan", sections=[Section("1", "Kostnader", 1, BODY)])
    )
    hits = store.search("Intäkter", kinds=("section",))
    assert [(hit.section, hit.remiss_title) for hit in hits] == [("1", "Vägplan")]
    assert remiss.sections[0].body == BODY


@needs_corpus
def test_ruled_pdf_table_is_read_row_by_row():
    parsed = read_remiss(REMISSES / "afs-2011-19-kemiska-arbetsmiljorisker.pdf")
    tables = [
        block
        for section in parsed.sections
        for block in markup.parse(section.body)
        if block.kind == "table"
    ]
    rows = {tuple(row) for table in tables for row in table.rows}
    assert ("Båda mätresultaten är under 1/5 av gränsvärdet", "5 år") in rows
    assert parsed.coverage.ratio >= 0.99
