"""The same strategy as DOCX (with and without heading styles, with Word's own numbering) and as
PDF gives the outline the text gives; encodings; the guesses; no heavy import at start."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from tests.strategy_files import STRATEGY_PDF, STRATEGY_PLAIN_PDF, strategy_text, write_docx
from tests.test_ingest_text import SEED_004, STRATEGY
from workbench.core import markup
from workbench.core.markup import paragraphs
from workbench.ingest import read_remiss
from workbench.ingest.metadata import guess_dnr, guess_reply_by, guess_title


@pytest.fixture(scope="module")
def text_outline():
    return read_remiss(SEED_004)


def assert_same_outline(parsed, expected) -> None:
    assert [(s.number, s.title, s.level, s.parent) for s in parsed.sections] == [
        (s.number, s.title, s.level, s.parent) for s in expected.sections
    ]
    for got, want in zip(parsed.sections, expected.sections, strict=True):
        # Paragraph for paragraph: layout breaks joined, page breaks and footnotes repaired.
        assert paragraphs(got.body) == paragraphs(want.body), got.number


def test_docx_with_heading_styles(tmp_path, text_outline):
    parsed = read_remiss(write_docx(tmp_path / "strategi.docx", styles=True))
    assert [(s.number, s.title) for s in parsed.sections] == STRATEGY
    assert_same_outline(parsed, text_outline)


def test_docx_without_heading_styles(tmp_path, text_outline):
    parsed = read_remiss(write_docx(tmp_path / "strategi.docx", styles=False))
    assert_same_outline(parsed, text_outline)


def test_docx_whose_heading_numbers_word_draws(tmp_path, text_outline):
    path = write_docx(tmp_path / "strategi.docx", styles=True, word_numbering=True)
    import docx

    typed = [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Heading 1"]
    assert typed[0] == "Inledning"  # the number is not in the text: Word draws it
    assert_same_outline(read_remiss(path), text_outline)


def test_committed_pdf(text_outline):
    parsed = read_remiss(STRATEGY_PDF)
    assert_same_outline(parsed, text_outline)
    everything = " ".join(s.body for s in parsed.sections)
    assert "Sida" not in everything  # the running footer of every page


def test_committed_pdf_of_headings_without_styles(text_outline):
    parsed = read_remiss(STRATEGY_PLAIN_PDF)
    assert_same_outline(parsed, text_outline)
    assert parsed.sections[9].title.endswith("forskning, innovation och näringslivssamverkan")


def test_docx_table_kept_as_a_table(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("1 Bakgrund", 1)
    document.add_paragraph("Tabellen visar kostnaderna.")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, (("År", "Kostnad"), ("2024", "10 mnkr")), strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_heading("2 Förslag", 1)
    document.add_paragraph("Förslaget.")
    path = tmp_path / "tabell.docx"
    document.save(str(path))
    parsed = read_remiss(path)
    assert [s.number for s in parsed.sections] == ["1", "2"]
    # Rows and cells kept, in the markup's pipe table (was: one paragraph a row, cells lost).
    assert parsed.sections[0].body == (
        "Tabellen visar kostnaderna.\n\n| År | Kostnad |\n| --- | --- |\n| 2024 | 10 mnkr |"
    )
    (table,) = [b for b in markup.parse(parsed.sections[0].body) if b.kind == "table"]
    assert table.rows == [["År", "Kostnad"], ["2024", "10 mnkr"]] and table.header


def test_docx_title_style_is_the_title_guess(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Remiss av promemorian Bättre vägar", 0)
    document.add_paragraph("Svar senast den 15 mars 2024 till Fi2023/01234.")
    document.add_heading("1 Inledning", 1)
    document.add_paragraph("Text.")
    document.add_heading("2 Förslag", 1)
    document.add_paragraph("Text.")
    path = tmp_path / "remiss.docx"
    document.save(str(path))
    guesses = read_remiss(path).guesses
    assert guesses.title == "Remiss av promemorian Bättre vägar"
    assert guesses.sender_dnr == "Fi2023/01234"
    assert guesses.reply_by == dt.date(2024, 3, 15)


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("cp1252", b""),
        ("latin-1", b""),
        ("utf-16", b""),
    ],
)
def test_text_encodings(tmp_path, text_outline, encoding, prefix):
    path = tmp_path / "strategi.txt"
    text = strategy_text()
    if encoding in ("cp1252", "latin-1"):
        text = text.replace("–", "-").replace("¹", "1") if encoding == "latin-1" else text
    path.write_bytes(prefix + text.encode(encoding, errors="strict"))
    parsed = read_remiss(path)
    assert [(s.number, s.title) for s in parsed.sections] == STRATEGY
    assert "hälsodata" in parsed.sections[8].body


def test_markdown_file(tmp_path):
    path = tmp_path / "remiss.md"
    path.write_text(
        "# Remiss om vägar\n\n## 1 Inledning\n\nText.\n\n"
        "## 2 Förslag\n\n### 2.1 Detaljer\n\nMer.\n",
        encoding="utf-8",
    )
    parsed = read_remiss(path)
    assert [(s.number, s.title, s.level) for s in parsed.sections] == [
        ("", "Remiss om vägar", 1),
        ("1", "Inledning", 1),
        ("2", "Förslag", 1),
        ("2.1", "Detaljer", 2),
    ]


@pytest.mark.parametrize(
    ("text", "dnr"),
    [
        ("Dnr RS 2019-0751", "RS 2019-0751"),
        ("Regeringskansliet Fi2023/01234", "Fi2023/01234"),
        ("Vår beteckning N2015/08441/RS", "N2015/08441/RS"),
        ("Diarienummer: KS 2024/123", "KS 2024/123"),
        ("Inget nummer här.", None),
    ],
)
def test_dnr_guesses(text, dnr):
    assert guess_dnr(text) == dnr


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Svar senast 2024-03-15.", dt.date(2024, 3, 15)),
        ("Remissvaren ska ha kommit in senast den 15 mars 2024.", dt.date(2024, 3, 15)),
        ("Yttrandet ska vara inkommet senast den 2 oktober 2023", dt.date(2023, 10, 2)),
        ("Sista dag för svar är 2025-01-31", dt.date(2025, 1, 31)),
        ("Remiss 2024. Svara senast den 7 juni.", dt.date(2024, 6, 7)),
        ("Senast den 31 februari 2024", None),
        ("Inget datum.", None),
    ],
)
def test_reply_by_guesses(text, date):
    assert guess_reply_by(text) == date


def test_ingest_imports_no_heavy_library_until_a_file_is_read():
    code = (
        "import sys, workbench.ingest, workbench.cli.ingest, workbench.cli.section\n"
        "print(sorted(m for m in ('pypdf', 'docx', 'lxml') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_docx_with_unnumbered_heading_styles(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Promemoria")
    document.add_heading("Bakgrund", 1)
    document.add_paragraph("Regeringen vill ändra reglerna.")
    document.add_paragraph().add_run("Observera särskilt detta stycke").bold = True
    document.add_paragraph("1. En punkt i en lista som inte är en rubrik")
    document.add_heading("Förslag", 1)
    document.add_heading("Ikraftträdande", 2)
    document.add_paragraph("Den 1 juli 2026.")
    path = tmp_path / "pm.docx"
    document.save(str(path))
    parsed = read_remiss(path)
    assert [(s.number, s.title, s.level) for s in parsed.sections] == [
        ("", "Inledande text", 1),  # "Promemoria", before the first heading: kept, not lost
        ("", "Bakgrund", 1),
        ("", "Förslag", 1),
        ("", "Ikraftträdande", 2),
    ]
    assert parsed.sections[0].body == "Promemoria"
    assert "Observera särskilt detta stycke" in parsed.sections[1].body
    assert parsed.warnings == []


def test_docx_content_controls_are_read_and_word_tables_of_contents_left_out(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    body = document.element.body
    toc = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtPr><w:docPartObj>"
        '<w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>'
        "<w:p><w:r><w:t>Innehåll i en ruta som inte är text</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    control = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent>"
        "<w:p><w:r><w:t>Text i en innehållskontroll.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    body.insert(0, toc)
    document.add_heading("1 Inledning", 1)._p.addnext(control)
    document.add_heading("2 Förslag", 1)
    document.add_paragraph("Förslaget.")
    path = tmp_path / "kontroller.docx"
    document.save(str(path))
    parsed = read_remiss(path)
    assert [(s.number, s.body) for s in parsed.sections] == [
        ("1", "Text i en innehållskontroll."),
        ("2", "Förslaget."),
    ]


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # a title in capitals over a short line in capitals: one title
        (["DETALJPLAN FÖR DEL AV FASTIGHET", "BJÖRKBACKEN 2:7", "Planbeskrivning"],
         "DETALJPLAN FÖR DEL AV FASTIGHET BJÖRKBACKEN 2:7"),
        # ... not over the document's kind or stage
        (["DETALJPLAN FÖR KVARTERET LÄRKAN", "PLANBESKRIVNING SAMRÅD"],
         "DETALJPLAN FÖR KVARTERET LÄRKAN"),
        # an abbreviation at its end is no full stop
        (["DETALJPLAN FÖR DEL AV ÅSEN 3:1 m.fl.", "Hyssna, Marks kommun"],
         "DETALJPLAN FÖR DEL AV ÅSEN 3:1 m.fl."),
        # a title cut after a word that ends no title runs on
        (["Bullret i", "den goda staden", "En vägledning"], "Bullret i den goda staden"),
        (["Strategi för hållbar turism", "Region Exempel 2025"], "Strategi för hållbar turism"),
        # "Remiss" before the title goes; before a phrase it begins, it stays
        (["Remiss över Strategi för bryggor"], "Strategi för bryggor"),
        (["Remiss om bryggor i Sjövik"], "Remiss om bryggor i Sjövik"),
    ],
)  # fmt: skip
def test_a_title_over_two_lines(lines, title):
    assert guess_title(lines) == title
