"""Lines → outline: the text rules every format shares.

The readers (plain.py, pdf.py, docx.py) hand over `Line`s; this module removes page furniture
and tables of contents (lines.py), finds the numbered headings and the parts (numbering.py),
falls back to the headings the source marks, then to short standalone lines, then to one
section "Hela dokumentet", and builds each section's body (paragraphs.py).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from workbench.core.drafting import level_for_number
from workbench.core.model import Section, with_parents
from workbench.ingest.lines import Line, chars_of, clean
from workbench.ingest.numbering import (
    Candidate,
    candidates,
    choose,
    level_of,
    parse_heading,
    split_number,
    title_like,
)
from workbench.ingest.paragraphs import LABEL_RE, build_body, label_of, vocabulary_of
from workbench.ingest.result import Coverage, IngestError, Part
from workbench.ingest.typography import APPENDIX, has_typography, labelled_heading, mark_headings

__all__ = [
    "WHOLE_DOCUMENT",
    "DocumentHeading",
    "Outline",
    "document_headings",
    "label_of",
    "outline",
]

WHOLE_DOCUMENT = "Hela dokumentet"
OPENING_TEXT = "Inledande text"  # text before the first heading, when it has no heading itself
OTHER_PARTS = "andra delar av filen"  # the removal named for parts not taken
# Headings a document's opening often has without a number; alone on a line they title it.
_OPENING_TITLES = {"sammanfattning", "inledning", "förord", "bakgrund", "domslut", "yrkanden"}


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
    coverage: Coverage = field(default_factory=Coverage)


def outline(lines: list[Line], part: int | None = None, styled: bool = False) -> Outline:
    """The section tree of a document. `styled`: the source marks its headings (Word styles),
    so only marked lines can be headings. `part` picks a part (0-based); default the largest.

    Nothing is lost: text before the first heading is a section of its own, and what is left
    out (tables of contents, running heads, page numbers, parts not taken) is counted by name
    in the outline's coverage."""
    extracted = chars_of(lines)
    removed: dict[str, int] = {}
    toc: list[str] = []
    entries: list[Line] = []
    offset: list[int] = []
    lines = clean(lines, removed, toc, entries, offset)
    if not any(not line.blank for line in lines):
        raise IngestError("Filen innehåller ingen text.")
    typographic = has_typography(lines)
    if typographic:
        lines = mark_headings(lines)
        _mark_toc_entries(lines, toc)
    result = _outline(lines, part, styled, typographic, entries)
    if offset and offset[0]:
        # A section's page is the number printed on it, which an answer cites ("s. 22").
        for section in result.sections:
            if section.page is not None:
                section.page = section.page + offset[0] if section.page + offset[0] >= 1 else None
    kept = result.coverage.kept
    removed.update(result.coverage.removed)
    result.coverage = Coverage(extracted, kept, removed)
    if result.coverage.ratio < 0.99:
        result.warnings.append(result.coverage.summary())
    if len(result.parts) == 1:  # a table of contents may be another part's
        missing = toc_missing(toc, result.sections)
        if missing:
            shown = "; ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
            result.warnings.append(
                f"Innehållsförteckningen nämner {len(missing)} rubrik(er) som inte blev"
                f" avsnitt: {shown}. Kontrollera dispositionen."
            )
    return result


def _mark_toc_entries(lines: list[Line], toc: list[str]) -> None:
    """Unnumbered entries of the document's table of contents that the typography did not
    mark ("Referenser" set like body text): the line that reads the same, standing alone after
    the contents, is a heading of the rank the other unnumbered headings have."""
    entries = {}
    for line in toc:
        entry = " ".join(_TOC_TAIL.sub("", line).split())
        if entry and not split_number(entry) and not _TOC_TITLE_ONLY.match(entry):
            entries[entry.casefold().rstrip(".:")] = entry
    if not entries:
        return
    marked = {" ".join(line.text.split()).casefold().rstrip(".:") for line in lines if line.mark}
    ranks = [line.mark for line in lines if line.mark]
    rank = min(ranks, default=1)
    for index, line in enumerate(lines):
        text = " ".join(line.text.split()).casefold().rstrip(".:")
        if line.mark or line.blank or text not in entries or text in marked:
            continue
        previous = lines[index - 1] if index else None
        if previous is None or previous.blank or previous.ends or previous.page != line.page:
            line.mark = rank
            marked.add(text)


_TOC_TAIL = re.compile(r"[\s.…_]*\d{0,4}\s*$")


def toc_missing(toc: list[str], sections: list[Section]) -> list[str]:
    """The document's own table of contents as a check: its entries no section answers to
    (by number, else by title), in its order."""
    numbers = {s.number for s in sections if s.number}
    titles = [_comparable(s.title) for s in sections] + [_comparable(s.heading) for s in sections]
    missing = []
    for line in toc:
        entry = " ".join(_TOC_TAIL.sub("", line).split())
        if not entry or _TOC_TITLE_ONLY.match(entry):
            continue
        number, title = split_number(entry) or ("", entry)
        if number and number in numbers:
            continue
        wanted = _comparable(title)
        if not wanted or any(wanted in t or t.startswith(wanted) for t in titles if t):
            continue
        missing.append(entry)
    return missing


_TOC_TITLE_ONLY = re.compile(r"^(?:innehåll|innehållsförteckning)$", re.I)
_PUNCTUATION = re.compile(r"[.:,;–-]")


def _comparable(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", text.casefold()).split())


def _outline(
    lines: list[Line],
    part: int | None,
    styled: bool,
    typographic: bool,
    entries: list[Line] | None = None,
) -> Outline:
    vocabulary = vocabulary_of(lines)
    chains = choose(_candidates(lines, styled, typographic))
    if chains:
        return _numbered(lines, chains, part, vocabulary, typographic)
    _check_part(part, 1)
    # A PDF's bold lines were weighed with its other type (typography.py): no second guess.
    headings = _marked(lines, bold=not (styled or typographic)) or _standalone(lines)
    if typographic:
        _levels_by_nesting(headings, lines)
        if entries:
            headings = _levels_from_contents(headings, lines, entries)
    warnings = []
    if headings and not any(line.mark or line.bold for line in lines):
        warnings.append(
            "Inga numrerade rubriker hittades; rubrikerna är gissade – kontrollera dem."
        )
    if not headings:
        body = build_body(lines, vocabulary)  # type: ignore[arg-type]
        warnings.append(
            f"Inga rubriker hittades; hela texten blev ett avsnitt, ”{WHOLE_DOCUMENT}”."
        )
        section = Section(number="", title=WHOLE_DOCUMENT, level=1, body=body)
        coverage = Coverage(kept=chars_of(lines))
        return Outline(
            [section], [Part("", "", 1, WHOLE_DOCUMENT)], 0, warnings, _texts(lines, 40), coverage
        )
    opening = _opening(lines, headings[0].line)
    sections, kept = _sections(lines, opening + headings, opening + headings, vocabulary)
    parts = [Part(headings[0].number, headings[-1].number, len(headings), headings[0].title)]
    preamble = _texts(lines, headings[0].line)
    return Outline(sections, parts, 0, warnings, preamble, Coverage(kept=kept))


def _candidates(lines: list[Line], styled: bool, typographic: bool) -> list[Candidate]:
    """The numbered headings' candidates. The per-line lists they are found in live only
    here: a pointer a line each, they weighed 50 MB for a million paragraphs beside the
    bodies being built."""
    texts = [line.text.strip() for line in lines]
    marks = [line.mark for line in lines]
    blank = [line.blank for line in lines]
    plain = [line.plain for line in lines] if typographic else None
    found = candidates(texts, marks, blank, plain)
    return [c for c in found if marks[c.line]] if styled else found


def _texts(lines: list[Line], count: int) -> list[str]:
    return [line.text.strip() for line in lines[:count]]


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


def _numbered(
    lines: list[Line], chains: list[list[Candidate]], part, vocabulary, typographic: bool = False
) -> Outline:
    starts = [chain[0].line for chain in chains]
    # Headings the source marks but the numbering did not take belong to the part they sit in.
    extra: list[list[_Heading]] = [[] for _ in chains]
    taken_lines = {c.line for chain in chains for c in chain}
    unnumbered = _marked(lines, bold=False, numbers=False)
    if not typographic and not any(line.mark for line in lines):
        unnumbered = _capital_headings(lines, taken_lines)  # plain text: capitals alone
        typographic = True  # levels from the context, as for a PDF's fonts
    for heading in unnumbered:
        if heading.line in taken_lines:
            continue
        if typographic and split_number(heading.title):
            continue  # a numbered line the numbering left out: a list item set in bold
        index = sum(1 for start in starts[1:] if start <= heading.line)
        extra[index].append(heading)
    per_part: list[list[_Heading]] = []
    for chain, marked in zip(chains, extra, strict=True):
        headings = []
        numeric_before = False
        for c in chain:
            headings.append(_Heading(c.line, c.end, c.number, c.title, level_of(c, numeric_before)))
            numeric_before = numeric_before or c.key is not None
        merged = sorted(headings + marked, key=lambda h: h.line)
        if typographic or any(line.mark for line in lines):
            _levels_in_context(merged, lines)
        per_part.append(merged)
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
    opening = _opening(lines, per_part[0][0].line) if index == 0 else []
    sections, kept = _sections(lines, opening + per_part[index], opening + every, vocabulary)
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
    other = chars_of(lines) - kept
    coverage = Coverage(kept=kept, removed={OTHER_PARTS: other} if other > 0 else {})
    return Outline(sections, parts, index, warnings, preamble, coverage)


_SENTENCE_END = (".", "!", "?", ":")


def _capital_headings(lines: list[Line], numbered: set[int]) -> list[_Heading]:
    """Unnumbered headings of a plain text under its numbered ones: a short line in capitals
    standing alone (after a blank, a heading or a finished sentence), before more text."""
    found: list[_Heading] = []
    first = min(numbered, default=len(lines))  # before it: the opening text's own rules
    for index, line in enumerate(lines[:-1]):
        if index < first or len(line.text) > 160 or not line.text.isupper():
            continue  # cheap tests first: a long line or one in lower case is no such heading
        text = " ".join(line.text.split())
        if line.blank or not text.isupper() or len(text) > 80 or len(text.split()) > 8:
            continue
        if sum(ch.isalpha() for ch in text) < 4 or text[-1] in ".,;:" or split_number(text):
            continue
        if all(lines[i].blank for i in range(index + 1, min(index + 4, len(lines)))):
            continue
        previous = lines[index - 1] if index else None
        if (
            previous is None
            or previous.blank
            or index - 1 in numbered
            or (found and found[-1].line == index - 1)
            or previous.text.rstrip().endswith(_SENTENCE_END)
        ):
            found.append(_Heading(index, index + 1, "", text, 2))
    return found


def _levels_by_nesting(headings: list[_Heading], lines: list[Line]) -> None:
    """Levels of headings found by typography alone: a heading sits under the nearest earlier
    one set more prominently (a lower rank), so a style used once does not push every other
    style a level down."""
    open_ranks: list[int] = []
    sheet = len({line.page for line in lines}) == 1
    previous: Line | None = None
    insets = _insets(headings, lines)
    for heading in headings:
        rank = lines[heading.line].mark
        line = lines[heading.line]
        if heading.line in insets:
            continue  # a fact box's heading: below the heading of the text it stands in
        if heading.number.startswith(APPENDIX):  # an appendix stands beside the chapters
            heading.level, open_ranks = 1, [rank]
            continue
        if _GUIDANCE_PART.match(heading.title):
            # A föreskrift's "Allmänna råd till …" part: beside the föreskrifter and their
            # appendices, its headings below it however they are set.
            heading.level, open_ranks = 1, [0]
            continue
        if sheet and previous is not None and line.top > previous.top:
            open_ranks = []  # a sheet's next column (the reading goes back up): a new start
        previous = line
        while open_ranks and open_ranks[-1] >= rank:
            open_ranks.pop()
        heading.level = min(len(open_ranks) + 1, 9)
        open_ranks.append(rank)
    _inset_levels(headings, lines, insets)


def _insets(headings: list[_Heading], lines: list[Line]) -> set[int]:
    """The lines of headings set in a shaded panel (a fact box), when few headings are: a
    document set on a tinted ground throughout has no insets."""
    boxed = {h.line for h in headings if lines[h.line].panel and not h.number}
    return boxed if len(boxed) <= 0.4 * len(headings) else set()


def _inset_levels(headings: list[_Heading], lines: list[Line], insets: set[int]) -> None:
    """A fact box's title sits one level below the heading whose text the box stands in (the
    last heading outside a box); headings inside the box below its title, by their type."""
    if not insets:
        return
    outside = 0
    panel = 0
    open_ranks: list[int] = []
    for heading in headings:
        line = lines[heading.line]
        if heading.line not in insets:
            outside, panel = heading.level, 0
            continue
        rank = line.mark
        if line.panel != panel:
            panel, open_ranks = line.panel, []
        while open_ranks and open_ranks[-1] >= rank:
            open_ranks.pop()
        heading.level = min(outside + 1 + len(open_ranks), 9)
        open_ranks.append(rank)


def _levels_from_contents(
    headings: list[_Heading], lines: list[Line], entries: list[Line]
) -> list[_Heading]:
    """The document's own table of contents sets the levels of the headings it lists, when
    it lists most of them: its entries' look (indent, then weight) ranks them, and an entry
    sits one level below each entry above it that the body has as a heading (a part named in
    the contents but not in the body adds no level). A heading it does not list sits below
    the nearest listed one set more prominently; one set less prominently than most listed
    headings is a label or a table's head, and goes back to the text."""
    looks = sorted({(round(e.left), not e.bold) for e in entries})
    depth = {look: i for i, look in enumerate(looks)}
    matched: dict[int, int] = {}  # heading index → level
    at = 0
    stack: list[tuple[int, bool]] = []  # open entries: depth, found in the body
    keys = [_comparable(_heading_text(h)) for h in headings]
    for entry in entries:
        wanted = _comparable(entry.text)
        level_depth = depth[(round(entry.left), not entry.bold)]
        hit = next((i for i in range(at, len(headings)) if keys[i] == wanted), None)
        while stack and stack[-1][0] >= level_depth:
            stack.pop()
        if hit is not None:
            matched[hit] = 1 + sum(found for _, found in stack)
            at = hit + 1
        stack.append((level_depth, hit is not None))
    if len(matched) < 5 or len(matched) < 0.6 * len(entries):
        return headings
    ranks = [
        lines[headings[i].line].mark for i, level in matched.items() if lines[headings[i].line].mark
    ]
    lowest = max(set(ranks), key=ranks.count) if ranks else 0  # the usual rank listed
    kept: list[_Heading] = []
    listed: list[tuple[int, int]] = []  # (rank, level) of the listed headings so far
    for index, heading in enumerate(headings):
        rank = lines[heading.line].mark
        if index in matched:
            heading.level = matched[index]
            listed.append((rank, heading.level))
        elif heading.number.startswith(APPENDIX) or not rank:
            pass
        elif lowest and rank > lowest:
            continue
        else:
            above = next((lv for r, lv in reversed(listed) if r < rank), 0)
            heading.level = min(above + 1, 9)
        kept.append(heading)
    return kept


def _heading_text(heading: _Heading) -> str:
    return f"{heading.number} {heading.title}".strip()


# The part of an agency's föreskrifter that holds its allmänna råd, titled alike everywhere:
# "Allmänna råd till Naturvårdsverkets föreskrifter …", "Arbetsmiljöverkets allmänna råd om …".
_GUIDANCE_PART = re.compile(r"^(?:\w+s )?allmänna råd (?:till|om) \w+", re.I)


def _levels_in_context(headings: list[_Heading], lines: list[Line]) -> None:
    """Levels of unnumbered headings found by typography, from the numbered ones around them:
    below the numbered heading before it, one level deeper for each unnumbered heading between
    them set more prominently; a chapter's level when set at least as prominently as the
    document's numbered chapters (rank 1 is the most prominent)."""
    chapter_ranks = [lines[h.line].mark for h in headings if h.number and h.level == 1]
    chapter_rank = min((rank for rank in chapter_ranks if rank), default=0)
    numbered: _Heading | None = None
    open_ranks: list[int] = []  # unnumbered headings open under the numbered one, by rank
    insets = _insets(headings, lines)
    for heading in headings:
        if heading.number:
            numbered = heading
            open_ranks = []
            continue
        if heading.line in insets:
            continue  # a fact box's heading: below the heading of the text it stands in
        rank = lines[heading.line].mark
        if heading.number.startswith(APPENDIX):  # an appendix stands beside the chapters
            heading.level, numbered, open_ranks = 1, None, []
            continue
        if numbered is None or (chapter_rank and rank <= chapter_rank):
            heading.level = 1
            continue
        while open_ranks and open_ranks[-1] >= rank:
            open_ranks.pop()
        heading.level = min(numbered.level + 1 + len(open_ranks), 9)
        open_ranks.append(rank)
    _inset_levels(headings, lines, insets)


def _opening(lines: list[Line], first: int) -> list[_Heading]:
    """Sections for the text before the first heading: titled by a heading of its own
    ("Sammanfattning" alone on a line), else "Inledande text"."""
    found: list[_Heading] = []
    start = 0
    for index in range(first):
        if len(lines[index].text) > 40:
            continue  # "Sammanfattning" and its like are short
        text = " ".join(lines[index].text.split()).rstrip(":")
        if text.casefold() in _OPENING_TITLES:
            if any(not line.blank for line in lines[start:index]):
                found.append(_Heading(start, start, "", OPENING_TEXT, 1))
            found.append(_Heading(index, index + 1, "", text, 1))
            start = index + 1
    if not found and any(not line.blank for line in lines[:first]):
        found.append(_Heading(0, 0, "", OPENING_TEXT, 1))
    return found


def _first_number(headings: list[_Heading]) -> str:
    return next((h.number for h in headings if h.number), "")


def _last_number(headings: list[_Heading]) -> str:
    return next((h.number for h in reversed(headings) if h.number), "")


def _sections(
    lines, headings: list[_Heading], bounds: list[_Heading], vocabulary
) -> tuple[list[Section], int]:
    """Each heading with the body up to the next heading of any part; and the characters
    the sections hold (their lines, heading and body)."""
    starts = sorted({h.line for h in bounds})
    paged = len({line.page for line in lines}) > 1  # a page to cite ("s. 15"), 1-based
    sections = []
    kept = 0
    for heading in headings:
        position = bisect.bisect_right(starts, heading.line)
        stop = starts[position] if position < len(starts) else len(lines)
        body = build_body(lines[heading.end : stop], vocabulary)
        kept += chars_of(lines[heading.line : max(stop, heading.end)])
        page = lines[heading.line].page + 1 if paged and heading.line < len(lines) else None
        sections.append(Section(heading.number, heading.title, heading.level, body, page=page))
    return with_parents(sections), kept


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
        if not number and (labelled := labelled_heading(text)):
            number, title = labelled  # "Bilaga 2", "Del 1", "LIS 03": the label is its number
        level = line.mark or 1
        if number and not number.isalpha():
            level = level_for_number(number, min(number.count(".") + 1, 9))
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
    found: list[_Heading] = []
    heads: dict[int, str] = {}  # block → its title, when it could title what follows
    for number, (begin, end) in enumerate(blocks):
        texts = [" ".join(lines[i].text.split()) for i in range(begin, end)]
        title = " ".join(texts)
        one_title = end - begin <= 2 and (len(texts) == 1 or texts[1][:1].islower())
        titled = _short_title(title) or (end - begin == 1 and _CLOSING.match(title))
        # what a lead-in announces is its point, no title: "Vi önskar:" and the wish after it
        # (not attachments announced: "Remissvar från följande föreningar bifogas:")
        lead_in = lines[blocks[number - 1][1] - 1].text.rstrip() if number else ""
        announced = lead_in.endswith(":") and not _ATTACHED.search(lead_in)
        if one_title and titled and not announced and not _listed(blocks, number, lines):
            heads[number] = title
    for number, (begin, end) in enumerate(blocks):
        texts = [" ".join(lines[i].text.split()) for i in range(begin, end)]
        following = blocks[number + 1] if number + 1 < len(blocks) else None
        if number in heads and following:
            after = blocks[number + 2] if number + 2 < len(blocks) else None
            # Before prose; or a part's title over a heading that opens prose; or the
            # closing parts of a decision ("Beslutande", "Kopia till") before whatever.
            over_heading = number + 1 in heads and after is not None and _prose(lines, *after)
            if _prose(lines, *following) or over_heading or _CLOSING.match(heads[number]):
                found.append(_Heading(begin, end, "", heads[number], 1))
                continue
        if end - begin >= 2 and _short_title(texts[0]) and len(texts[0]) <= 70:
            longest = max(len(t) for t in texts[1:])
            if len(texts[0]) < 0.75 * longest and not texts[1][:1].islower():
                found.append(_Heading(begin, begin + 1, "", texts[0], 1))
    if len(found) < 2:
        return []
    _levels_of_parts(found, lines)
    return found


# The closing parts of a Swedish authority's decision or statement, headed alike everywhere.
_CLOSING = re.compile(
    r"^(?:beslutande|kopia(?: av (?:beslutet|yttrandet|detta beslut))? till|"
    r"(?:yttranden )?för kännedom|hur man överklagar|så här hanterar \w+ personuppgifter|"
    r"behandling av personuppgifter)\b",
    re.I,
)


def _levels_of_parts(headings: list[_Heading], lines: list[Line]) -> None:
    """Levels of headings found standing alone: a heading with no text of its own, right
    over the next heading, titles a part, and the headings after it sit a level below, up to
    the next such title or the decision's closing parts ("Beslutande", "Kopia till")."""
    in_part = False
    for index, heading in enumerate(headings):
        following = headings[index + 1] if index + 1 < len(headings) else None
        empty = following is not None and all(
            line.blank for line in lines[heading.end : following.line]
        )
        if empty or _CLOSING.match(heading.title):
            heading.level, in_part = 1, empty
        else:
            heading.level = 2 if in_part else 1


_ATTACHED = re.compile(
    r"(?<![\wåäö])(?:bifogas|bifogade?|biläggs|bilag(?:a|or|orna))(?![\wåäö])", re.I
)


def _listed(blocks: list[tuple[int, int]], number: int, lines: list[Line]) -> bool:
    """The block opens with the same three words as a block beside it that is a sentence:
    an item of a list ("Kopia av yttrande till … från X, daterat 2023-01-17." and the same
    from Y), which a line break may cut before its end."""
    begin = blocks[number][0]
    opening = lines[begin].text.split()[:3]
    if len(opening) < 3:
        return False
    for other in (number - 1, number + 1):
        if not 0 <= other < len(blocks):
            continue
        first, stop = blocks[other]
        text = " ".join(lines[i].text.strip() for i in range(first, stop))
        if text.split()[:3] == opening and text.endswith("."):
            return True
    return False


# A link's text with its address in brackets after it ("Vägledning för X (lansstyrelsen.se)"):
# a reference, no title.
_LINK_TEXT = re.compile(r"\((?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:se|nu|com|org|net|eu)\)$")


def _short_title(text: str) -> bool:
    if not text or len(text) > 120 or len(text.split()) > 14 or LABEL_RE.match(text):
        return False
    if _LINK_TEXT.search(text):
        return False
    if not text[0].isupper() or text[-1] in ".,;:!":
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 0.7 * len(text.replace(" ", ""))


def _prose(lines: list[Line], begin: int, end: int) -> bool:
    text = " ".join(lines[i].text.strip() for i in range(begin, end))
    return len(text) >= 60 or text.endswith((".", "!", "?"))
