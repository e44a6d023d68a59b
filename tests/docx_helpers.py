"""Reading an exported .docx as a reader (and a screen reader) would: text, headings, italics."""

from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.oxml.ns import qn

HEADING_RE = re.compile(r"^heading \d$", re.IGNORECASE)


def open_docx(path: Path):
    return docx.Document(str(path))


def body_text(document) -> str:
    """All body paragraphs, whitespace normalised to single spaces."""
    return " ".join(" ".join(p.text for p in document.paragraphs).split())


def headings(document) -> list[tuple[int, str]]:
    """(level, text) of every paragraph in a heading style, in order."""
    out = []
    for paragraph in document.paragraphs:
        name = paragraph.style.name if paragraph.style is not None else ""
        if HEADING_RE.match(name):
            out.append((int(name.split()[-1]), paragraph.text))
    return out


def run_is_italic(run) -> bool:
    """Italic directly or through the run's character style (the lead style)."""
    if run.italic is not None:
        return bool(run.italic)
    style = run.style
    while style is not None:
        if style.font.italic is not None:
            return bool(style.font.italic)
        style = style.base_style
    return False


def italic_spans(document) -> list[str]:
    """The italic stretches of text, consecutive italic runs joined, stripped."""
    spans = []
    for paragraph in document.paragraphs:
        current = ""
        for run in paragraph.runs:
            if run_is_italic(run) and run.text.strip():
                current += run.text
            elif current:
                spans.append(current.strip())
                current = ""
        if current:
            spans.append(current.strip())
    return spans


def header_xml(document) -> str:
    from lxml import etree

    header = document.sections[0].header
    return etree.tostring(header._element, encoding="unicode")


def field_instructions(document) -> list[str]:
    header = document.sections[0].header._element
    return [" ".join((t.text or "").split()) for t in header.iter(qn("w:instrText"))]


def default_language(document) -> str:
    rpr = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    lang = rpr.find(qn("w:lang"))
    return lang.get(qn("w:val"))
