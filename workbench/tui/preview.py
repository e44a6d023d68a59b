"""Förhandsgranskning: a composed Document (workbench.document.compose) drawn as rich Text.

The export's own compose step decides what the document holds and in which order; this only
draws it for the terminal. It is cut into chunks at each heading, one widget each, so the
workspace can scroll the preview to the section the officer is writing in.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text

from workbench.document.compose import (
    PART,
    SECTION,
    TITLE,
    Document,
    Heading,
    ListBlock,
    Paragraph,
    Run,
    Signatures,
    Table,
)
from workbench.tui.text_views import table_text

_HEADING_STYLES = {TITLE: "bold underline", PART: "bold", SECTION: "bold"}


@dataclass
class Chunk:
    """A heading and what follows it up to the next heading (or the header, for the first)."""

    heading: str
    level: int
    text: Text


def _runs(runs: list[Run], italic_leads: bool) -> Text:
    text = Text()
    for run in runs:
        italic = run.italic or (run.lead and italic_leads)
        text.append(run.text, style="italic" if italic else "")
    return text


def preview_chunks(document: Document) -> list[Chunk]:
    header = document.header
    facts = Text()
    facts.append(header.organisation, style="bold")
    for fact in (
        header.kind,
        header.date,
        f"Dnr {header.dnr}" if header.dnr else "",
        f"Informationssäkerhetsklass: {header.security_class}" if header.security_class else "",
    ):
        if fact:
            facts.append("   " + fact, style="dim")
    chunks = [Chunk("", 0, facts)]
    for block in document.blocks:
        if isinstance(block, Heading):
            style = _HEADING_STYLES.get(block.level, "bold italic")
            heading = Text()
            heading.append(block.text, style=style)
            chunks.append(Chunk(block.text, block.level, heading))
            continue
        text = chunks[-1].text
        text.append("\n\n")
        if isinstance(block, Paragraph):
            text.append_text(_runs(block.runs, document.italic_leads))
        elif isinstance(block, ListBlock):
            for number, item in enumerate(block.items, start=1):
                if number > 1:
                    text.append("\n")
                text.append(f"  {number}. " if block.numbered else "  • ")
                text.append_text(_runs(item, document.italic_leads))
        elif isinstance(block, Table):
            text.append_text(table_text(block.rows, block.header))
        elif isinstance(block, Signatures):
            for index, signatory in enumerate(block.signatories):
                if index:
                    text.append("\n\n")
                text.append(signatory.name, style="bold")
                if signatory.title:
                    text.append("\n" + signatory.title)
    return chunks
