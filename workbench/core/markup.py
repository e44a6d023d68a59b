"""The small markup officers type into positions and long case fields.

Paragraphs are separated by a blank line; a single line break inside a paragraph is soft.
Lines starting with `- `, `* `, `• ` make a bullet list, `1. ` / `1) ` a numbered list, `#` a
subheading. A paragraph whose every line opens and closes with `|` is a table, one row a line,
`|` between cells (`\\|` inside one); a rule row (`| --- | --- |`) after the first row makes that
row the header. The import writes a remiss's tables so. `*words*` are italic (seed 001
italicises *Stockholm Business Alliance* inside a position). Everything else is kept as
typed: cleaning for Word happens at render time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ITALIC_RE = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", re.DOTALL)
_BULLET_RE = re.compile(r"^\s*(?:[-•*\u2022\uf0b7])\s+(.*)$")
_NUMBERED_RE = re.compile(r"^\s*(\d{1,3})[.)]\s+(.*)$")
_HEADING_RE = re.compile(r"^\s*#{1,6}\s+(.*)$")


@dataclass(frozen=True)
class Run:
    text: str
    italic: bool = False


@dataclass
class Block:
    """One block of text: `paragraph`, `bullets`, `numbered`, `heading` or `table` (its
    `rows` of cell texts, the first the header when `header`)."""

    kind: str
    runs: list[Run] = field(default_factory=list)
    items: list[list[Run]] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    header: bool = False

    @property
    def plain(self) -> str:
        if self.rows:
            return "\n".join(" ".join(row) for row in self.rows)
        if self.items:
            return "\n".join(runs_text(item) for item in self.items)
        return runs_text(self.runs)


def runs_text(runs: list[Run]) -> str:
    return "".join(run.text for run in runs)


def parse_runs(text: str) -> list[Run]:
    """Split a line of text into plain and italic runs."""
    if "*" not in text:  # the common case, and far cheaper than the regex scan
        return [Run(text)] if text else []
    runs: list[Run] = []
    pos = 0
    for match in _ITALIC_RE.finditer(text):
        if match.start() > pos:
            runs.append(Run(text[pos : match.start()]))
        runs.append(Run(match.group(1), italic=True))
        pos = match.end()
    if pos < len(text):
        runs.append(Run(text[pos:]))
    return runs


def strip_markup(text: str) -> str:
    """The text without its emphasis marks."""
    return _ITALIC_RE.sub(r"\1", text) if "*" in text else text


def paragraphs(text: str) -> list[str]:
    """The raw paragraphs of a text: blank-line separated, surrounding space trimmed."""
    parts = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    return [part.strip() for part in parts if part.strip()]


def parse(text: str) -> list[Block]:
    """Parse a text into blocks; an empty text gives no blocks."""
    blocks: list[Block] = []
    for chunk in paragraphs(text):
        blocks.extend(_parse_chunk(chunk))
    return blocks


_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_RULE_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")


def is_table(chunk: str) -> bool:
    """Every line of the paragraph opens and closes with `|` (and there is a cell)."""
    lines = [line.strip() for line in chunk.split("\n") if line.strip()]
    return bool(lines) and all(
        len(line) >= 2 and line[0] == "|" and line[-1] == "|" for line in lines
    )


def table_rows(chunk: str) -> tuple[list[list[str]], bool]:
    """The cells of a table paragraph, and whether its first row is a header."""
    rows: list[list[str]] = []
    header = False
    for line in chunk.split("\n"):
        line = line.strip()
        if not line:
            continue
        cells = [cell.strip().replace("\\|", "|") for cell in _CELL_SPLIT.split(line[1:-1])]
        if len(rows) == 1 and not header and all(_RULE_CELL.match(cell) for cell in cells):
            header = True
            continue
        rows.append(cells)
    return rows, header


def table_markup(rows: list[list[str]], header: bool = True) -> str:
    """Rows of cell texts as a table paragraph of the markup."""

    def row_text(cells: list[str]) -> str:
        return "| " + " | ".join(" ".join(c.split()).replace("|", "\\|") for c in cells) + " |"

    lines = [row_text(row) for row in rows]
    if header and lines:
        lines.insert(1, "| " + " | ".join("---" for _ in rows[0]) + " |")
    return "\n".join(lines)


def _parse_chunk(chunk: str) -> list[Block]:
    if chunk.startswith("|") and is_table(chunk):
        rows, header = table_rows(chunk)
        return [Block("table", rows=rows, header=header)]
    # Collect (kind, raw texts) first, so wrapped list lines can join their item.
    raw_blocks: list[tuple[str, list[str]]] = []
    for raw in chunk.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if heading := _HEADING_RE.match(line):
            raw_blocks.append(("heading", [heading.group(1).strip()]))
        elif bullet := _BULLET_RE.match(line):
            _add_item(raw_blocks, "bullets", bullet.group(1))
        elif numbered := _NUMBERED_RE.match(line):
            _add_item(raw_blocks, "numbered", numbered.group(2))
        elif raw_blocks and raw_blocks[-1][0] in ("bullets", "numbered", "paragraph"):
            # A wrapped line continues the paragraph or list item above it.
            raw_blocks[-1][1][-1] += " " + line
        else:
            raw_blocks.append(("paragraph", [line]))
    blocks: list[Block] = []
    for kind, texts in raw_blocks:
        if kind in ("bullets", "numbered"):
            blocks.append(Block(kind, items=[parse_runs(text) for text in texts]))
        else:
            blocks.append(Block(kind, parse_runs(texts[0])))
    return blocks


def _add_item(raw_blocks: list[tuple[str, list[str]]], kind: str, text: str) -> None:
    if not raw_blocks or raw_blocks[-1][0] != kind:
        raw_blocks.append((kind, []))
    raw_blocks[-1][1].append(text.strip())


def first_sentence(text: str) -> str:
    """The first sentence of a text's first paragraph, without markup (summary default)."""
    first = paragraphs(text)[:1]
    blocks = parse(first[0]) if first else []
    if not blocks:
        return ""
    plain = blocks[0].plain if blocks[0].kind != "bullets" else runs_text(blocks[0].items[0])
    match = re.search(r"^(.+?[.!?])(?=\s+[A-ZÅÄÖ0-9»\"“]|$)", plain, re.DOTALL)
    return (match.group(1) if match else plain).strip()
