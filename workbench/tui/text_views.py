"""How sections and positions read on screen, as rich Text (no widgets here)."""

from __future__ import annotations

import re
import textwrap

from rich.text import Text

from workbench.core import markup
from workbench.core.drafting import GENERAL_HEADING
from workbench.core.model import CommentThread, Position, Section
from workbench.core.stances import FREE_TEXT, NO_COMMENTS, Vocabulary, verb_for

GENERAL = GENERAL_HEADING

# A labelled part of a section ("Nuläge:", "Önskat läge 2023:"): a short capitalised label
# ending in a colon at the start of a paragraph.
_LABEL_RE = re.compile(r"^([A-ZÅÄÖ][^\n:.]{0,40}):(\s|$)")


def section_heading(section: Section | None) -> str:
    return section.heading if section else GENERAL


CELL_WIDTH = 36  # a longer cell wraps inside its column


def table_text(rows: list[list[str]], header: bool = True) -> Text:
    """A table drawn with box lines: columns as wide as their longest cell (up to
    CELL_WIDTH, then wrapped), the header row bold above a rule."""
    text = Text()
    if not rows:
        return text
    count = max(len(row) for row in rows)
    rows = [row + [""] * (count - len(row)) for row in rows]
    widths = [
        max(1, min(CELL_WIDTH, max(len(row[column]) for row in rows))) for column in range(count)
    ]
    for number, row in enumerate(rows):
        wrapped = [
            textwrap.wrap(cell, width) or [""] for cell, width in zip(row, widths, strict=True)
        ]
        style = "bold" if header and number == 0 else ""
        for line in range(max(len(cell) for cell in wrapped)):
            if number or line:
                text.append("\n")
            for column, cell in enumerate(wrapped):
                if column:
                    text.append(" │ ", style="dim")
                piece = cell[line] if line < len(cell) else ""
                text.append(piece.ljust(widths[column]), style=style)
        if header and number == 0 and len(rows) > 1:
            text.append("\n" + "─┼─".join("─" * width for width in widths), style="dim")
    return text


def body_text(body: str) -> Text:
    """A section's text with its labelled parts (Nuläge: …) in bold, and its tables drawn."""
    text = Text()
    for index, paragraph in enumerate(markup.paragraphs(body)):
        if index:
            text.append("\n\n")
        if paragraph.startswith("|") and markup.is_table(paragraph):
            text.append_text(table_text(*markup.table_rows(paragraph)))
            continue
        match = _LABEL_RE.match(paragraph)
        if match:
            text.append(match.group(1) + ":", style="bold")
            text.append(paragraph[len(match.group(1)) + 1 :])
        else:
            text.append(paragraph)
    return text


def section_text(section: Section | None, general_hint: str) -> Text:
    """The middle pane: the heading, then the body (or a hint when there is none)."""
    text = Text()
    text.append(section_heading(section), style="bold")
    text.append("\n\n")
    if section is None:
        text.append(general_hint, style="dim")
    elif section.body.strip():
        text.append_text(body_text(section.body))
    else:
        text.append("Avsnittet har ingen egen text (bara en rubrik).", style="dim")
    return text


def markup_text(source: str) -> Text:
    """Officer's markup as it will print: paragraphs, bullets, numbers and *italics*."""
    text = Text()
    for index, block in enumerate(markup.parse(source)):
        if index:
            text.append("\n\n")
        if block.kind == "table":
            text.append_text(table_text(block.rows, block.header))
            continue
        items = block.items or [block.runs]
        for number, item in enumerate(items, start=1):
            if block.kind == "bullets":
                text.append("  • ")
            elif block.kind == "numbered":
                text.append(f"  {number}. ")
            for run in item:
                style = "italic" if run.italic else ("bold" if block.kind == "heading" else "")
                text.append(run.text, style=style)
            if number < len(items):
                text.append("\n")
    return text


def position_text(position: Position, vocabulary: Vocabulary, subject: str, general: bool) -> Text:
    """A position as it reads: the italic lead, then the text with its own italics."""
    lead = vocabulary.lead(position.stance, subject, position.verb_override, general=general)
    text = Text()
    if lead.phrase:
        text.append(lead.phrase, style="italic")
        text.append(" ")
        if not position.text.strip():
            text.append(lead.default_tail)
    text.append_text(markup_text(position.text))
    return text


LINE_SOURCE = 1000


def position_line(position: Position, vocabulary: Vocabulary) -> Text:
    """One line for the positions list: the verb, then the start of the text."""
    verb = verb_for(position, vocabulary)
    line = Text()
    line.append("Σ " if position.in_summary else "  ", style="cyan")
    if position.stance == FREE_TEXT:
        line.append("(fritext)", style="dim")
    else:
        line.append(verb, style="cyan" if position.stance == NO_COMMENTS else "bold")
    # No list is wider than LINE_SOURCE characters; a position may run to megabytes.
    snippet = " ".join(markup.strip_markup(position.text[:LINE_SOURCE]).split())
    if snippet:
        line.append(" " + snippet)
    return line


def comments_text(threads: list[CommentThread]) -> Text:
    """The open review comments on a section, each with its replies, for the officer."""
    text = Text()
    text.append(f"Öppna kommentarer ({len(threads)})", style="bold yellow")
    for thread in threads:
        text.append("\n\n")
        text.append_text(thread_text(thread))
    return text


def thread_text(thread: CommentThread) -> Text:
    """A comment and its replies, each with author and date; a resolved one says by whom."""
    text = Text()
    for index, comment in enumerate([thread.comment, *thread.replies]):
        if index:
            text.append("\n")
        text.append("  ↳ " if index else "✎ ", style="yellow" if thread.is_open else "dim")
        text.append(comment.author or "Granskare", style="bold")
        text.append(f" {comment.created_at[:10]}: ", style="dim")
        text.append(comment.text)
    if not thread.is_open:
        first = thread.comment
        by = f" av {first.resolved_by}" if first.resolved_by else ""
        text.append(f"\n  ✓ löst{by} {first.resolved_at[:10]}", style="green")
    return text


def thread_line(thread: CommentThread) -> Text:
    """One line for a list of threads: who, the start of the first comment, the replies."""
    first = thread.comment
    line = Text()
    line.append("✎ " if thread.is_open else "✓ ", style="yellow" if thread.is_open else "green")
    line.append(first.author or "Granskare", style="bold" if thread.is_open else "dim bold")
    # The replies before the text, which the list cuts to its width.
    if thread.replies:
        line.append(f" ({len(thread.replies)} svar)", style="dim")
    line.append(": ")
    line.append(" ".join(first.text.split()), style="" if thread.is_open else "dim")
    return line
