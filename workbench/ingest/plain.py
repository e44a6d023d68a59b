"""Text and Markdown files: the encoding, form feeds as page breaks, Markdown heading marks."""

from __future__ import annotations

import re

from workbench.ingest.lines import Line
from workbench.ingest.result import IngestError

_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_MD_BOLD_LINE = re.compile(r"^\*\*(?P<text>[^*].*?)\*\*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 (Latin-1 for its holes).

    Binary junk is refused: NUL bytes or control characters that text does not hold.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError("Filen är inte läsbar text (trasig UTF-16).") from None
    else:
        if b"\x00" in data[: 1 << 16]:
            raise IngestError(
                "Filen är inte text utan binärdata; välj en PDF-, Word- eller textfil."
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    sample = text[: 1 << 16]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise IngestError("Filen är inte text utan binärdata; välj en PDF-, Word- eller textfil.")
    return text


def text_lines(text: str) -> list[Line]:
    """Lines of a text file; `\\f` starts a new page; Markdown `#` and whole-line bold mark."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")
    # "**Title****Sammanfattning**": two bold lines glued by the extraction.
    text = text.replace("****", "**\n\n**")
    lines: list[Line] = []
    for page, page_text in enumerate(text.split("\f")):
        for raw in page_text.split("\n"):
            lines.append(_line(raw.rstrip(), page))
    return lines


def _line(raw: str, page: int) -> Line:
    stripped = raw.strip()
    if heading := _MD_HEADING.match(stripped):
        title = _unbold(heading.group(2))
        return Line(title, page, mark=len(heading.group(1)))
    if bold := _MD_BOLD_LINE.match(stripped):
        return Line(bold.group("text").strip(), page, bold=True)
    return Line(raw.replace("\t", "\t"), page)


def _unbold(text: str) -> str:
    return text.replace("**", "").strip()
