"""Document → Markdown: the TUI's live preview (Textual's Markdown widget) and `--format md`.

Pure and fast: called on every change in the editor. Plain text is escaped so that what the
officer typed (`*`, `#`, `<`, a line starting with "1.") prints as typed.
"""

from __future__ import annotations

import re

from workbench.document.compose import (
    Document,
    Heading,
    ListBlock,
    Paragraph,
    Run,
    Signatures,
    Table,
)

_ESCAPE_RE = re.compile(r"([\\`*_\[\]<>|#])")
_LINE_START_RE = re.compile(r"^(\s*)(\d*)([.)\-+=])(?=\s|$)")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


_SPECIAL_RE = re.compile(r"[\\`*_\[\]<>|#\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape(text: str) -> str:
    if _SPECIAL_RE.search(text) is None:  # most text: one scan, nothing to change
        return text
    # re.sub, not str.translate: translate with a mapping is slow on non-ASCII text.
    return _ESCAPE_RE.sub(r"\\\1", _CONTROL_RE.sub("", text))


def render_markdown(document: Document) -> str:
    header = document.header
    facts = [f"**{escape(header.organisation)}**", header.kind, header.date]
    if header.dnr:
        facts.append(f"Dnr {escape(header.dnr)}")
    if header.security_class:
        facts.append(f"Informationssäkerhetsklass: {escape(header.security_class)}")
    out = [" · ".join(facts)]
    for block in document.blocks:
        if isinstance(block, Heading):
            out.append(f"{'#' * block.level} {escape(block.text)}")
        elif isinstance(block, Paragraph):
            out.append(_start_of_line(_runs(block.runs, document.italic_leads)))
        elif isinstance(block, ListBlock):
            lines = []
            for number, item in enumerate(block.items, start=1):
                marker = f"{number}." if block.numbered else "-"
                lines.append(f"{marker} {_runs(item, document.italic_leads)}")
            out.append("\n".join(lines))
        elif isinstance(block, Signatures):
            for signatory in block.signatories:
                lines = [escape(signatory.name)]
                if signatory.title:
                    lines.append(escape(signatory.title))
                out.append("  \n".join(lines))
        elif isinstance(block, Table):
            out.append(_table(block))
    return "\n\n".join(out) + "\n"


def _table(table: Table) -> str:
    """A pipe table; without a header row the first row stands as one all the same (Markdown
    has no table without a header)."""
    rows = [[escape(" ".join(cell.split())) for cell in row] for row in table.rows]
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    rule = {"right": "---:", "center": ":---:"}
    aligns = table.align + [""] * (width - len(table.align))
    separator = [rule.get(align, "---") for align in aligns[:width]]
    lines = ["| " + " | ".join(rows[0]) + " |", "| " + " | ".join(separator) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines)


def _runs(runs: list[Run], italic_leads: bool) -> str:
    parts = []
    for run in runs:
        text = escape(run.text)
        if text.strip() and (run.italic or (run.lead and italic_leads)):
            # Emphasis marks must touch the words; spaces stay outside them.
            stripped = text.strip()
            start = text.index(stripped[0])
            text = f"{text[:start]}*{stripped}*{text[start + len(stripped) :]}"
        parts.append(text)
    return "".join(parts)


def _start_of_line(text: str) -> str:
    """A paragraph that starts like a list item would become one: escape its marker."""
    match = _LINE_START_RE.match(text)
    if match is None or (match.group(3) in ".)") != bool(match.group(2)):
        return text
    return f"{text[: match.start(3)]}\\{text[match.start(3) :]}"
