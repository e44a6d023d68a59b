"""Remiss import on real documents (issue 17): PDFium's text and typography, nothing lost,
headings by their font, owner-password PDFs with AES.

The real documents are read from ../shared (never copied into the repository); without it
those tests skip and say why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.strategy_files import STRATEGY_PDF
from workbench.ingest import read_remiss
from workbench.ingest.lines import Line
from workbench.ingest.text import OPENING_TEXT, outline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REMISSES = SHARED / "corpus" / "remisses"
needs_corpus = pytest.mark.skipif(
    not REMISSES.is_dir(), reason="../shared/corpus/remisses (the real documents) is absent"
)


def _owner_locked(path: Path, algorithm: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(STRATEGY_PDF))
    writer.encrypt(user_password="", owner_password="ägare", algorithm=algorithm)
    writer.write(path)
    return path


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_a_pdf_locked_only_by_an_owner_password_opens(tmp_path, algorithm):
    parsed = read_remiss(_owner_locked(tmp_path / "låst.pdf", algorithm))
    assert [s.number for s in parsed.sections if s.number][:3] == ["1", "2", "3"]
    assert parsed.coverage.ratio >= 0.99


def test_the_opening_text_is_a_section_and_coverage_is_whole():
    lines = [
        Line("Promemoria från regionen"),
        Line(""),
        Line("Sammanfattning"),
        Line("Regionen föreslår att strategin antas och att den följs upp varje år."),
        Line(""),
        Line("1 Bakgrund"),
        Line("Strategin togs fram under 2019 i samverkan med kommunerna i länet."),
        Line(""),
        Line("2 Förslag"),
        Line("Regionen föreslår tre insatser under de kommande åren i länet."),
    ]
    result = outline(lines)
    assert [(s.number, s.title) for s in result.sections] == [
        ("", OPENING_TEXT),
        ("", "Sammanfattning"),
        ("1", "Bakgrund"),
        ("2", "Förslag"),
    ]
    assert result.sections[0].body == "Promemoria från regionen"
    assert result.coverage.ratio == 1.0
    assert result.coverage.kept == result.coverage.extracted


def test_removals_are_named_in_the_coverage():
    lines = [Line("Innehåll", 0), Line("1 Bakgrund ........ 2", 0), Line("2 Förslag ....... 3", 0)]
    for page in (1, 2):
        lines += [
            Line("Region Exempel, remiss 2026", page),
            Line(f"{page} Rubrik {page}", page),
            Line("En mening med text som hör till avsnittet och inget annat.", page),
            Line(f"Sida {page} av 2", page),
        ]
    result = outline(lines)
    removed = result.coverage.removed
    assert removed["innehållsförteckning"] > 0
    assert removed["sidhuvud och sidfot"] > 0
    assert result.coverage.ratio == 1.0
    assert "innehållsförteckning" in result.coverage.summary()


@needs_corpus
def test_haby_plan_unnumbered_subheadings_by_typography():
    parsed = read_remiss(REMISSES / "marks-detaljplan-haby-7-7-planbeskrivning.pdf")
    by_title = {s.title: s for s in parsed.sections}
    assert parsed.sections[0].title == OPENING_TEXT  # the cover, kept
    # The 12 pt capitals under 5.1 and the bold "Naturvård:" under 6.2.1 are headings,
    # a level below the numbered heading before them; the colon is not part of the title.
    assert by_title["ANVÄNDNING AV KVARTERSMARK"].level == 3
    assert by_title["Naturvård"].level == 4
    # A heading that wraps onto a second line is one heading.
    assert by_title["PLANERINGSFÖRUTSÄTTNINGAR OCH KONSEKVENSER"].number == "6"
    # The plan's regulation table numbers its rows in body type: no headings.
    assert [s.number for s in parsed.sections if s.number and "." not in s.number] == [
        str(n) for n in range(1, 8)
    ]
    assert parsed.coverage.ratio >= 0.99
    assert len(parsed.parts) == 1


def test_pdfium_keeps_the_hyphen_of_a_line_it_joins():
    parsed = read_remiss(STRATEGY_PDF)
    text = "\n".join(s.body for s in parsed.sections)
    assert "forsknings- och" in text and "\ufffe" not in text


def test_the_documents_own_table_of_contents_checks_the_headings():
    lines = [Line("Innehåll")]
    for entry in ("1 Bakgrund ........ 2", "2 Förslag ........ 3", "3 Ekonomi ........ 4"):
        lines.append(Line(entry))
    lines += [
        Line(""),
        Line("1 Bakgrund"),
        Line("Strategin togs fram under 2019 i samverkan med kommunerna i länet."),
        Line(""),
        Line("2 Förslag"),
        Line("Regionen föreslår tre insatser under de kommande åren i länet."),
        Line(""),
        Line("Ekonomin redovisas i en bilaga som ännu inte är klar."),
    ]
    result = outline(lines)
    assert [s.number for s in result.sections if s.number] == ["1", "2"]
    (warning,) = [w for w in result.warnings if "Innehållsförteckningen" in w]
    assert "1 rubrik(er)" in warning and "3 Ekonomi" in warning


def test_a_flate_bomb_is_refused_before_pdfium_inflates_it(tmp_path, monkeypatch):
    import zlib

    from workbench.ingest import IngestError, pdf

    monkeypatch.setattr(pdf, "MAX_INFLATED", 8 * 2**20)  # the same rule, a smaller bomb
    stream = zlib.compress(b" " * 32 * 2**20, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    body = b"%PDF-1.4\n" + b"".join(
        b"%d 0 obj\n%s\nendobj\n" % (number, obj) for number, obj in enumerate(objects, 1)
    )
    path = tmp_path / "bomb.pdf"
    path.write_bytes(body + b"trailer << /Root 1 0 R >>\n%%EOF")
    with pytest.raises(IngestError, match="zip-bomb"):
        read_remiss(path)
    pdf.check_streams(STRATEGY_PDF)  # an ordinary file passes


@needs_corpus
def test_a_map_sheet_whose_glyphs_stand_alone_reads_as_lines_in_column_order():
    # PDFium puts each glyph of this plankarta on a line of its own; the reader joins them by
    # baseline and gap, with spaces between words, and reads the sheet column by column.
    parsed = read_remiss(REMISSES / "marks-detaljplan-melltorp-plankarta.pdf")
    titles = [(s.level, s.title) for s in parsed.sections]
    assert (1, "PLANBESTÄMMELSER") in titles
    assert (2, "EGENSKAPSBESTÄMMELSER FÖR ALLMÄN PLATS") in titles  # wrapped, joined
    assert (3, "Villkor för startbesked") in titles
    plain = [t for _, t in titles]
    order = [plain.index(t) for t in ("PLANKARTA", "PLANBESTÄMMELSER", "GENOMFÖRANDETID")]
    assert order == sorted(order)
    text = "\n".join(s.body for s in parsed.sections)
    assert "Markens höjd över nollplanet" in text
    assert parsed.coverage.ratio >= 0.99


def test_a_contents_list_without_leaders_is_read_with_its_indents():
    from workbench.ingest.lines import clean

    def entry(text: str, left: float, bold: bool = False) -> Line:
        return Line(text, 1, size=9.5, bold=bold, left=left)

    lines = [Line("Inledning till regelverket", 0), Line("Innehållsförteckning", 1)]
    lines += [
        entry("Föreskrifter om kemiska risker", 70, bold=True),
        entry("Syfte och tillämpningsområde 4", 70),
        entry("Vilka föreskrifterna riktar sig till 4", 80),
        entry("Särskilda krav för cancerframkallande, mutagena och reproduktions-", 70),
        entry("störande produkter 13", 70),
        entry("Register 14", 80),
        entry("Förbud och tillstånd 14", 70),
        Line("Syfte och tillämpningsområde", 2, size=12, bold=True),
        Line("1 § Syftet med dessa föreskrifter är att förebygga ohälsa i arbetet.", 2, size=9.5),
    ]
    removed: dict[str, int] = {}
    entries: list[Line] = []
    kept = clean(lines, removed, [], entries)
    assert [(e.text, e.left, e.bold) for e in entries] == [
        ("Föreskrifter om kemiska risker", 70, True),
        ("Syfte och tillämpningsområde", 70, False),
        ("Vilka föreskrifterna riktar sig till", 80, False),
        (
            "Särskilda krav för cancerframkallande, mutagena och reproduktionsstörande produkter",
            70,
            False,
        ),
        ("Register", 80, False),
        ("Förbud och tillstånd", 70, False),
    ]
    assert removed["innehållsförteckning"] > 0
    assert [line.text for line in kept if not line.blank][-2:] == [
        "Syfte och tillämpningsområde",
        "1 § Syftet med dessa föreskrifter är att förebygga ohälsa i arbetet.",
    ]


@needs_corpus
def test_the_contents_list_sets_the_levels_of_headings_set_unevenly():
    # AFS 2011:19 sets its chapters at 12 or 14 pt; its contents list (no leaders) indents the
    # subheadings and names the allmänna råd as a part of their own.
    parsed = read_remiss(REMISSES / "afs-2011-19-kemiska-arbetsmiljorisker.pdf")
    levels = [(s.level, s.title) for s in parsed.sections]
    assert levels[1:4] == [
        (1, "Syfte och tillämpningsområde"),
        (2, "Vilka föreskrifterna riktar sig till"),
        (2, "Reach-förordningen"),
    ]
    part = next(i for i, (_, t) in enumerate(levels) if t.startswith("Arbetsmiljöverkets allm"))
    assert levels[part][0] == 1
    assert levels[part + 1] == (2, "Syfte och tillämpningsområde")
    assert (2, "Periodiska mätningar av vissa kemiska ämnen") in levels[part:]
    assert not any(t.startswith("Till 36 §") for _, t in levels)  # a label set in body bold
    assert parsed.coverage.ratio >= 0.99


def test_a_running_head_glued_to_each_pages_first_line_is_cut_off():
    from workbench.ingest.lines import clean

    lines: list[Line] = []
    firsts = [
        "NFS 2007:10 Inventeringens mål",
        "Organisation och utbildning NFS 2007:10",
        "NFS 2007:10 Redovisning",
        "Sekretess NFS 2007:10",
    ]
    animals = ["björn", "varg", "järv", "lodjur"]
    for page, first in enumerate(firsts):
        lines += [
            Line(str(page + 2), page),
            Line(first, page),
            Line(f"Länsstyrelsen ska inventera stammen av {animals[page]} och redovisa den.", page),
            Line(f"Om {animals[page]} görs inventeringen av utbildad personal.", page),
        ]
    removed: dict[str, int] = {}
    kept = [line.text for line in clean(lines, removed) if not line.blank]
    assert "Redovisning" in kept and "Sekretess" in kept
    assert not any("NFS 2007:10" in text for text in kept)
    assert removed["sidhuvud och sidfot"] == 4 * len("NFS2007:10")


@needs_corpus
def test_a_foreskrifts_allmanna_rad_are_a_part_beside_its_appendix():
    parsed = read_remiss(REMISSES / "nfs-2007-10-inventering-rovdjur.pdf")
    levels = {s.title: s.level for s in parsed.sections}
    part = next(t for t in levels if t.startswith("Allmänna råd till Naturvårdsverkets"))
    assert part.endswith("om inventering av björn, varg, järv, lodjur och kungsörn")  # 2 sizes
    assert levels[part] == 1 and levels["Till 5 §"] == 2
    assert levels["Redovisning"] == 1  # "NFS 2007:10 Redovisning" at the page's head


@needs_corpus
def test_a_judgment_with_the_lower_courts_judgment_enclosed():
    parsed = read_remiss(REMISSES / "mod-2017-49-dom.pdf")
    titles = [(s.level, s.title) for s in parsed.sections]
    # "Klagande" right under "PARTER", both bold: the capitals tell them apart.
    assert titles[titles.index((1, "PARTER")) + 1] == (2, "Klagande")
    assert (2, "Frågor om muntlig bevisning, syn och jäv") in titles
    # The "Bilaga A" stamp the file draws last on its page is read first there, and the
    # enclosed judgment's own "DOM" (the title again) is no section.
    appendix = titles.index((1, "Bilaga A"))
    assert titles[appendix + 1 :].count((2, "KLAGANDE")) == 1
    assert not any(title == "DOM" for _, title in titles)
