"""The referred strategy of seed 004 written as the files a sender mails: DOCX with heading
styles, DOCX without them, DOCX whose heading numbers Word draws, and (through LibreOffice) PDF.

Used by the format tests, by `tests/fixtures/strategy/make_pdf.py` (which made the committed
PDF) and by the import benchmark. The text is the seed's, paragraph for paragraph.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
SEED_004 = FIXTURES / "seeds" / "004_57d2d002d580fb5b.txt"
STRATEGY_PDF = FIXTURES / "strategy" / "strategy.pdf"  # from DOCX with heading styles
STRATEGY_PLAIN_PDF = FIXTURES / "strategy" / "strategy-plain.pdf"  # headings in bold Normal
_HEADING = re.compile(r"^(?P<number>\d(?:\.\d)?) (?P<title>[A-ZÅÄÖ].*)$")

NUMBERS = ["1", "2", "3", "3.1", "3.2", "3.3", "3.4", "4", "4.1", "4.2", "4.3", "4.4", "4.5"]


def strategy_paragraphs() -> list[tuple[str, int]]:
    """(text, heading level or 0) for each paragraph of the strategy, from "1 Inledning" on."""
    lines = SEED_004.read_text(encoding="utf-8").split("\n")
    start = lines.index("1 Inledning")
    out = []
    for line in lines[start:]:
        if not line.strip():
            continue
        match = _HEADING.match(line)
        if match and match.group("number") in NUMBERS and len(line) < 130:
            out.append((line, match.group("number").count(".") + 1))
        else:
            out.append((line, 0))
    return out


def strategy_text(repeat: int = 1) -> str:
    return "\n\n".join(text for _ in range(repeat) for text, _level in strategy_paragraphs())


def write_docx(path: Path, styles: bool = True, word_numbering: bool = False, repeat: int = 1):
    """The strategy as .docx. `styles`: headings in Heading 1/2, else bold Normal paragraphs.
    `word_numbering`: the heading numbers are drawn by Word's list numbering, not typed."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    _footer(document)
    num_id = _heading_numbering(document) if word_numbering else None
    for copy in range(repeat):
        if copy:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for text, level in strategy_paragraphs():
            if level and styles:
                if num_id is not None:
                    heading = document.add_heading(_HEADING.match(text).group("title"), level)
                    _number(heading, num_id, level - 1)
                else:
                    document.add_heading(text, level)
            elif level:
                document.add_paragraph().add_run(text).bold = True
            else:
                document.add_paragraph(text)
    document.save(str(path))
    return path


def _footer(document) -> None:
    """A running footer with Word's page fields: "… Sida 3 av 9" on every page of the PDF."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.add_run("Life science-strategi för Stockholmsregionen    Sida ")
    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )
    paragraph.add_run(" av ")
    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr="NUMPAGES"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )


def _heading_numbering(document) -> str:
    """A two-level decimal list ("1", "1.1") in the numbering part; returns its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>'
    )
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    first_num = numbering.find(num.tag)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
    return "90"


def _number(paragraph, num_id: str, ilvl: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    props = paragraph._p.get_or_add_pPr()
    props.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(source: Path, target: Path) -> Path:
    """Convert with LibreOffice in a private profile (parallel runs must not share one)."""
    office = soffice()
    if office is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory() as folder:
        profile = Path(folder) / "profile"
        subprocess.run(
            [office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
             "pdf", "--outdir", folder, str(source)],
            check=True, capture_output=True, timeout=600,
        )  # fmt: skip
        produced = Path(folder) / (source.stem + ".pdf")
        shutil.move(str(produced), target)
    return target
