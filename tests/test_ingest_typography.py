"""Headings by typography, on PDFs built for the test (tests/pdf_builder.py): each test sets
the type and drawings a rule reads, and nothing else."""

from __future__ import annotations

import pytest

from tests.pdf_builder import PdfLine, PdfPageSpec, Shade, write_pdf
from workbench.ingest import read_remiss

BODY = "Texten går vidare med en mening som är lång nog att vara brödtext i ett avsnitt"


def _paragraph() -> list[PdfLine]:
    return [PdfLine(BODY), PdfLine("Det var allt.")]


def _outline(path) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.title) for s in read_remiss(path).sections]


@pytest.mark.parametrize("chapter", ["Första kapitlet", "1 Första kapitlet"])
def test_a_fact_box_title_sits_below_the_heading_whose_text_it_stands_in(tmp_path, chapter):
    """The box's title is set like a section heading; the shaded panel behind it makes it an
    inset of the section it stands in, and the next heading outside is that section's sibling."""
    lines = [
        PdfLine(chapter, 16, bold=True),
        *_paragraph(),
        PdfLine("Bakgrund", 12, bold=True, gap=8),
        *_paragraph(),
        PdfLine("Exempel: en ruta", 12, bold=True, gap=10),  # line 6
        *_paragraph(),
        PdfLine("Nästa avsnitt", 12, bold=True, gap=12),
        *_paragraph(),
    ]
    path = write_pdf(tmp_path / "ruta.pdf", [PdfPageSpec(lines, [Shade(6, 8)])])
    number = chapter.split()[0] if chapter[0].isdigit() else ""
    assert _outline(path) == [
        (1, number, "Första kapitlet"),
        (2, "", "Bakgrund"),
        (3, "", "Exempel: en ruta"),
        (2, "", "Nästa avsnitt"),
    ]


def test_without_the_panel_the_same_title_is_a_sibling(tmp_path):
    lines = [
        PdfLine("Första kapitlet", 16, bold=True),
        *_paragraph(),
        PdfLine("Bakgrund", 12, bold=True, gap=8),
        *_paragraph(),
        PdfLine("Exempel: en ruta", 12, bold=True, gap=10),
        *_paragraph(),
    ]
    path = write_pdf(tmp_path / "utan.pdf", [PdfPageSpec(lines)])
    assert [level for level, _, _ in _outline(path)] == [1, 2, 2]


def test_a_page_on_a_tinted_ground_has_no_insets(tmp_path):
    """Every heading in a panel: the tint is the page's ground, and the type alone ranks."""
    lines = [
        PdfLine("Första kapitlet", 16, bold=True),
        *_paragraph(),
        PdfLine("Bakgrund", 12, bold=True, gap=8),
        *_paragraph(),
        PdfLine("Mer", 12, bold=True, gap=8),
        *_paragraph(),
    ]
    path = write_pdf(tmp_path / "ton.pdf", [PdfPageSpec(lines, [Shade(0, len(lines) - 1)])])
    assert [level for level, _, _ in _outline(path)] == [1, 2, 2]


def _serif_paragraph() -> list[PdfLine]:
    return [PdfLine(BODY, 11, face="Times"), PdfLine("Det var allt.", 11, face="Times")]


def test_a_short_line_in_a_face_of_its_own_is_a_heading(tmp_path):
    """The body in a serif; "Gata" in a sans at the body's size and weight, standing between
    paragraphs: a heading by its face alone, below the chapter."""
    lines = [
        PdfLine("Första kapitlet", 16, bold=True, face="Times"),
        *_serif_paragraph(),
        PdfLine("Gata", 11, gap=6),
        *_serif_paragraph(),
        PdfLine("Vatten och avlopp", 11, gap=6),
        *_serif_paragraph(),
    ]
    path = write_pdf(tmp_path / "typsnitt.pdf", [PdfPageSpec(lines)])
    assert _outline(path) == [
        (1, "", "Första kapitlet"),
        (2, "", "Gata"),
        (2, "", "Vatten och avlopp"),
    ]


def test_a_run_of_short_lines_in_another_face_is_no_heading(tmp_path):
    """A list (or a table's cells) set in the sans: each line is one of a run, none heads the
    paragraph after it; and a short sans line over another short line heads nothing."""
    lines = [
        PdfLine("Första kapitlet", 16, bold=True, face="Times"),
        *_serif_paragraph(),
        PdfLine("Ledningsrätt", 11, gap=6),
        PdfLine("Officialservitut", 11),
        PdfLine("Avtalsservitut", 11),
        *_serif_paragraph(),
        PdfLine("Fiber", 11, gap=6),
        PdfLine("Väg", 11, face="Times"),
        *_serif_paragraph(),
    ]
    path = write_pdf(tmp_path / "lista.pdf", [PdfPageSpec(lines)])
    assert _outline(path) == [(1, "", "Första kapitlet")]


def _prose(*words: str) -> list[PdfLine]:
    """Lines of prose that differ from page to page (as a page's text does), each word
    opening a sentence of its own."""
    return [
        PdfLine(f"{word} står i en mening som är lång nog att vara brödtext i avsnittet.")
        for word in words
    ] + [PdfLine("Det var allt.")]


def test_a_heading_that_reads_like_the_running_head_above_it_is_kept(tmp_path):
    """The chapter's name runs in small type at the top of each of its pages; its heading, in
    large type on the first, reads the same and is no running head."""
    cover = [PdfLine("Rapporten", 24), *_prose("Omslaget", "Titeln")]
    first = [PdfLine("Förord", 8), PdfLine("Förord", 20, gap=20), *_prose(*"ABCDEFGH")]
    second = [PdfLine("Förord", 8), *_prose(*"IJKLM"), PdfLine("Bakgrund", 20, gap=12),
              *_prose(*"NOPQR")]  # fmt: skip
    third = [PdfLine("Bakgrund", 8), *_prose(*"STUVXYZ")]
    path = write_pdf(
        tmp_path / "huvud.pdf", [PdfPageSpec(p) for p in (cover, first, second, third)]
    )
    parsed = read_remiss(path)
    titles = [(s.level, s.title) for s in parsed.sections]
    assert titles == [(1, "Inledande text"), (1, "Förord"), (1, "Bakgrund")]
    assert "Förord" not in parsed.sections[1].body  # the running heads went, by name
    assert parsed.coverage.removed.get("sidhuvud och sidfot", 0) >= 2 * len("Förord")
    assert parsed.coverage.ratio >= 0.99


def test_a_bold_row_of_cells_over_a_table_is_no_heading(tmp_path):
    """A table without rules: its head row in bold, its cells set apart by wide gaps; a bold
    line whose only wide gap follows its number is a heading all the same."""
    gap = " " * 8
    lines = [
        PdfLine("Första kapitlet", 16, bold=True),
        *_paragraph(),
        PdfLine(f"1.1{gap}Rättigheter", 11, bold=True, gap=8),
        *_paragraph(),
        PdfLine(f"Akt nummer{gap}Typ av rättighet{gap}Ändamål{gap}Berörs", 10, bold=True, gap=6),
        PdfLine(f"1463-2020/80.1{gap}Ledningsrätt{gap}Fiber{gap}Ja"),
        PdfLine(f"1463-1391.1{gap}Officialservitut{gap}Väg{gap}Nej"),
        *_paragraph(),
    ]
    path = write_pdf(tmp_path / "rad.pdf", [PdfPageSpec(lines)])
    assert [title for _, _, title in _outline(path)] == ["Första kapitlet", "Rättigheter"]
