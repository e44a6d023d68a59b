"""Lines → outline: the text rules every format shares.

The readers (plain.py, pdf.py, docx.py) hand over `Line`s; this module removes page furniture
and tables of contents (lines.py), finds the numbered headings and the parts (numbering.py),
falls back to the headings the source marks, then to short standalone lines, then to one
section "Hela dokumentet", and builds each section's body (paragraphs.py).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from workbench.core.model import Section, with_parents
from workbench.ingest.lines import Line, clean
from workbench.ingest.numbering import (
    Candidate,
    candidates,
    choose,
    level_of,
    parse_heading,
    title_like,
)
from workbench.ingest.paragraphs import LABEL_RE, build_body, label_of, vocabulary_of
from workbench.ingest.result import IngestError, Part

__all__ = [
    "WHOLE_DOCUMENT",
    "DocumentHeading",
    "Outline",
    "document_headings",
    "label_of",
    "outline",
]

WHOLE_DOCUMENT = "Hela dokumentet"


@dataclass(slots=True)
class _Heading:
    line: int
    end: int
    number: str
    title: str
    level: int


DocumentHeading = _Heading  # a heading: its first line, the line after it, number, title, level


@dataclass
class Outline:
    sections: list[Section]
    parts: list[Part] = field(default_factory=list)
    part: int = 0
    warnings: list[str] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)  # text before the part taken


def outline(lines: list[Line], part: int | None = None, styled: bool = False) -> Outline:
    """The section tree of a document. `styled`: the source marks its headings (Word styles),
    so only marked lines can be headings. `part` picks a part (0-based); default the largest."""
    lines = clean(lines)
    if not any(not line.blank for line in lines):
        raise IngestError("Filen innehåller ingen text.")
    texts = [line.text.strip() for line in lines]
    marks = [line.mark for line in lines]
    blank = [line.blank for line in lines]
    vocabulary = vocabulary_of(lines)
    found = candidates(texts, marks, blank)
    if styled:
        found = [c for c in found if marks[c.line]]
    chains = choose(found)
    if chains:
        return _numbered(lines, chains, part, vocabulary)
    _check_part(part, 1)
    headings = _marked(lines, bold=not styled) or _standalone(lines)
    warnings = []
    if headings and not any(marks) and not any(line.bold for line in lines):
        warnings.append(
            "Inga numrerade rubriker hittades; rubrikerna är gissade – kontrollera dem."
        )
    if not headings:
        body = build_body(lines, vocabulary)  # type: ignore[arg-type]
        warnings.append(
            f"Inga rubriker hittades; hela texten blev ett avsnitt, ”{WHOLE_DOCUMENT}”."
        )
        section = Section(number="", title=WHOLE_DOCUMENT, level=1, body=body)
        return Outline([section], [Part("", "", 1, WHOLE_DOCUMENT)], 0, warnings, texts[:40])
    sections = _sections(lines, headings, headings, vocabulary)
    parts = [Part(headings[0].number, headings[-1].number, len(headings), headings[0].title)]
    return Outline(sections, parts, 0, warnings, texts[: headings[0].line])


def document_headings(lines: list[Line], styled: bool = False) -> list[DocumentHeading]:
    """Every heading of cleaned lines (`clean`), of all parts, in document order.

    The same rules as `outline`, but nothing is left out for being in another part: an answer
    to a remiss may number its own parts and the remiss's sections side by side.
    """
    texts = [line.text.strip() for line in lines]
    marks = [line.mark for line in lines]
    blank = [line.blank for line in lines]
    found = candidates(texts, marks, blank)
    if styled:
        found = [c for c in found if marks[c.line]]
    headings: list[_Heading] = []
    for chain in choose(found):
        numeric_before = False
        for c in chain:
            headings.append(_Heading(c.line, c.end, c.number, c.title, level_of(c, numeric_before)))
            numeric_before = numeric_before or c.key is not None
    taken = {h.line for h in headings}
    if headings:
        headings += [h for h in _marked(lines, bold=False, numbers=False) if h.line not in taken]
    else:
        headings = _marked(lines, bold=not styled) or _standalone(lines)
    return sorted(headings, key=lambda h: h.line)


def _check_part(part: int | None, count: int) -> None:
    if part is not None and not 0 <= part < count:
        last = f"0–{count - 1}" if count > 1 else "0"
        raise IngestError(f"Filen har {count} del(ar) ({last}); del {part} finns inte.")


def _numbered(lines: list[Line], chains: list[list[Candidate]], part, vocabulary) -> Outline:
    starts = [chain[0].line for chain in chains]
    # Headings the source marks but the numbering did not take belong to the part they sit in.
    extra: list[list[_Heading]] = [[] for _ in chains]
    taken_lines = {c.line for chain in chains for c in chain}
    for heading in _marked(lines, bold=False, numbers=False):
        if heading.line in taken_lines:
            continue
        index = sum(1 for start in starts[1:] if start <= heading.line)
        extra[index].append(heading)
    per_part: list[list[_Heading]] = []
    for chain, marked in zip(chains, extra, strict=True):
        headings = []
        numeric_before = False
        for c in chain:
            headings.append(_Heading(c.line, c.end, c.number, c.title, level_of(c, numeric_before)))
            numeric_before = numeric_before or c.key is not None
        per_part.append(sorted(headings + marked, key=lambda h: h.line))
    parts = [
        Part(
            _first_number(hs),
            _last_number(hs),
            len(hs),
            hs[0].title,
        )
        for hs in per_part
    ]
    _check_part(part, len(parts))
    index = part if part is not None else max(range(len(parts)), key=lambda i: parts[i].sections)
    every = sorted((h for hs in per_part for h in hs), key=lambda h: h.line)
    sections = _sections(lines, per_part[index], every, vocabulary)
    warnings = []
    if len(parts) > 1:
        how = "den största" if part is None else "den valda"
        warnings.append(
            f"Filen innehåller {len(parts)} delar med egen numrering; {how} togs"
            f" (del {index}: {parts[index].span}, {parts[index].sections} avsnitt)."
        )
    seen: set[str] = set()
    for section in sections:
        if section.number and section.number in seen:
            warnings.append(
                f"Avsnittsnumret {section.number} förekommer flera gånger; kontrollera rubrikerna."
            )
        seen.add(section.number)
    start = per_part[index][0].line
    before = per_part[index - 1][-1].end if index > 0 else 0
    preamble = [line.text.strip() for line in lines[max(before, start - 60) : start]]
    return Outline(sections, parts, index, warnings, preamble)


def _first_number(headings: list[_Heading]) -> str:
    return next((h.number for h in headings if h.number), "")


def _last_number(headings: list[_Heading]) -> str:
    return next((h.number for h in reversed(headings) if h.number), "")


def _sections(lines, headings: list[_Heading], bounds: list[_Heading], vocabulary) -> list[Section]:
    """Each heading with the body up to the next heading of any part."""
    starts = sorted({h.line for h in bounds})
    sections = []
    for heading in headings:
        position = bisect.bisect_right(starts, heading.line)
        stop = starts[position] if position < len(starts) else len(lines)
        body = build_body(lines[heading.end : stop], vocabulary)
        sections.append(Section(heading.number, heading.title, heading.level, body))
    return with_parents(sections)


def _marked(lines: list[Line], bold: bool = True, numbers: bool = True) -> list[_Heading]:
    """Headings the source marks: Word styles and Markdown `#`; with `bold`, whole bold lines
    too (a heading only where nothing better exists). `numbers`: read a heading number."""
    found = []
    for index, line in enumerate(lines):
        if line.blank or not (line.mark or (line.bold and bold)):
            continue
        text = " ".join(line.text.split())
        if not line.mark and not title_like(text):
            continue
        parsed = parse_heading(text, marked=True) if numbers else None
        number, title = parsed or ("", text)
        level = line.mark or 1
        if number and not number.isalpha():
            level = min(number.count(".") + 1, 9)
        found.append(_Heading(index, index + 1, number, title, min(level, 9)))
    return found


def _standalone(lines: list[Line]) -> list[_Heading]:
    """Unmarked, unnumbered headings: short lines standing alone before prose (an OCR'd
    letter's "Samlad bedömning", "Riksintresse Surtan")."""
    blocks: list[tuple[int, int]] = []
    start = None
    for index, line in enumerate(lines):
        if line.blank:
            if start is not None:
                blocks.append((start, index))
                start = None
        elif start is None:
            start = index
    if start is not None:
        blocks.append((start, len(lines)))
    found = []
    for number, (begin, end) in enumerate(blocks):
        texts = [" ".join(lines[i].text.split()) for i in range(begin, end)]
        following = blocks[number + 1] if number + 1 < len(blocks) else None
        if end - begin <= 2 and following and _prose(lines, *following):
            title = " ".join(texts)
            wrapped = len(texts) == 1 or texts[1][:1].islower()
            if wrapped and _short_title(title):
                found.append(_Heading(begin, end, "", title, 1))
                continue
        if end - begin >= 2 and _short_title(texts[0]) and len(texts[0]) <= 70:
            longest = max(len(t) for t in texts[1:])
            if len(texts[0]) < 0.75 * longest and not texts[1][:1].islower():
                found.append(_Heading(begin, begin + 1, "", texts[0], 1))
    return found if len(found) >= 2 else []


def _short_title(text: str) -> bool:
    if not text or len(text) > 120 or len(text.split()) > 14 or LABEL_RE.match(text):
        return False
    if not text[0].isupper() or text[-1] in ".,;:!":
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 0.7 * len(text.replace(" ", ""))


def _prose(lines: list[Line], begin: int, end: int) -> bool:
    text = " ".join(lines[i].text.strip() for i in range(begin, end))
    return len(text) >= 60 or text.endswith((".", "!", "?"))
