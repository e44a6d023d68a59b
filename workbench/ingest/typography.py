"""Headings by typography: what a PDF's fonts say about its lines (pdf.py reads them).

The body text's size is the one most characters are set in. A short line standing on its own
set larger than that, or in bold, or in capitals, is a heading mark; the marks are ranked by how
prominent their style is (larger first, then bold, capitals, italic), and the rank is the
`mark` the outline rules read, as they read a Word heading style. A heading that wraps is joined
by geometry and font: the next line in the same style right below it. A numbered line in the
body's own style is `plain`: a numbered list item or a table row, rarely a heading.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from workbench.ingest.lines import Line
from workbench.ingest.numbering import DANGLING, split_number
from workbench.ingest.paragraphs import join_lines

MAX_HEADING = 150  # characters: a longer line is a sentence, whatever its font
APPENDIX = "Bilaga"
# A heading that carries a label for a number: "Bilaga 2", "Del 1", "LIS 03 Skephult".
_LABEL = re.compile(
    r"^(?P<label>(?:Bilaga|Bilagor|Del|Kapitel|LIS)\s+\d{1,3}[A-Za-z]?)\b\s*[:.–-]?\s*(?P<rest>.*)$"
)


def labelled_heading(text: str) -> tuple[str, str] | None:
    """("Bilaga 2", "Miljö") for "Bilaga 2: Miljö"; None when the text has no such label or
    nothing after it."""
    match = _LABEL.match(text.strip())
    if match is None or not match.group("rest"):
        return None
    return match.group("label"), match.group("rest")


def _label_alone(text: str) -> str | None:
    """The label of a line that is a label and nothing else, a page reference at most
    ("Bilaga 1", "Bilaga 1 NFS 2007:10")."""
    match = _LABEL.match(text.strip())
    if match is None:
        return None
    rest = match.group("rest")
    if rest and 2 * sum(ch.isalpha() for ch in rest) >= len(rest.replace(" ", "")):
        return None
    return match.group("label")


_LABEL_INITIALS = frozenset("BDKL")
_SENTENCE = re.compile(r"[.;,]$")
_LETTERS = re.compile(r"[A-Za-zÅÄÖåäöÉé]")


def has_typography(lines: list[Line]) -> bool:
    return any(line.size for line in lines)


def body_size(lines: list[Line]) -> float:
    """The font size most characters are set in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        size = line.look.size
        if size:
            sizes[size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def body_face(lines: list[Line]) -> str:
    """The typeface family most characters are set in ("" when the reader gave none)."""
    faces: Counter[str] = Counter()
    for line in lines:
        face = line.look.face
        if face:
            faces[face] += len(line.text)
    return faces.most_common(1)[0][0] if faces else ""


def mark_headings(lines: list[Line]) -> list[Line]:
    """The lines with typographic heading marks (`mark` = rank, 1 most prominent), a wrapped
    heading joined into one line, and numbered lines in the body's style marked `plain`."""
    body = body_size(lines)
    if not body:
        return lines
    cover = _cover_page(lines)
    face = body_face(lines)
    styles: dict[int, tuple[float, bool, bool, bool, bool]] = {}
    largest = max(line.size for line in lines)
    first_page = min(line.page for line in lines)
    # The first page's styled lines before its first line of body text: a masthead. A sheet
    # of one page (a plankarta) has no first page apart from the rest.
    title_block = len({line.page for line in lines}) > 1
    masthead: set[tuple[float, bool, bool, str]] = set()  # the first page's styled lines
    for index, line in enumerate(lines):
        if line.mark or line.blank or not line.size or line.page in cover:
            continue
        if title_block and line.page == first_page and line.size == largest > body + 0.9:
            continue  # the document's title ("Kommittédirektiv", "DOM"): its opening text
        style = _heading_style(line, body)
        if title_block and style is None and _body_style(line, body) and line.size > body - 0.9:
            title_block = False
        if title_block and line.page == first_page:
            if style is not None:
                masthead.add((line.size, line.bold, line.italic, line.text.strip()))
            continue  # masthead, title: "Inledande text", not sections
        if style is None and (not face or not line.face or line.face == face):
            continue  # body text (`_face_heading` would say no at once): most lines
        if (line.size, line.bold, line.italic, line.text.strip()) in masthead:
            continue  # the masthead's title again: an enclosed document's ("DOM")
        if style is not None and _stands_alone(lines, index, body):
            styles[index] = style
        elif style is None and face and _face_heading(lines, index, body, face, styles):
            styles[index] = (_points(line.size), False, False, False, True)
    ordered = sorted(set(styles.values()), reverse=True)
    ranks = {style: rank for rank, style in enumerate(ordered, 1)}
    out: list[Line] = []
    skip_to = -1
    for index, line in enumerate(lines):
        if index < skip_to:
            continue
        style = styles.get(index)
        # Only 'Bilaga', 'Bilagor', 'Del', 'Kapitel' and 'LIS' open a label.
        labelled = style is None and line.text.lstrip()[:1] in _LABEL_INITIALS
        label = _label_alone(line.text) if labelled and not line.blank else None
        following = index + 1
        # "Bilaga 1" alone over the appendix's title: one heading.
        if label and following in styles and lines[following].page == line.page:
            line = replace(lines[following], text=f"{label} {lines[following].text.strip()}")
            style = styles[following]
            index = following
            skip_to = following + 1
        if style is None:
            if not line.mark and line.size and split_number(line.text) and _body_style(line, body):
                line = replace(line, look=line.look._replace(plain=True))
            out.append(line)
            continue
        end = index + 1
        text = line.text.strip()
        while end < len(lines) and _wraps(lines[end - 1], lines[end], style, body):
            text = join_lines([text, lines[end].text.strip()])
            end += 1
        skip_to = end
        if _dangles(text) and not split_number(text) and _goes_on(lines, end):
            out.extend(lines[index:end])  # "… ska bedömas om" over a list: a sentence goes on
            continue
        if text.endswith(":"):
            text = text[:-1].rstrip()
        out.append(replace(line, text=text, mark=min(ranks[style], 9), ends=True, whole=True))
    return out


def _heading_style(line: Line, body: float) -> tuple[float, bool, bool, bool, bool] | None:
    """(size, bold, capitals, italic, False) when the line is set as a heading, which sorts
    the most prominent style last; None for body text. (True last: a heading told only by its
    typeface, `_face_heading`.)"""
    look = line.look
    text = line.text.strip()
    larger = look.size >= body + 0.9
    capitals = text.isupper() and _capitals(text)
    if not (larger or line.bold or capitals or look.italic):
        return None  # most lines: body text, told by its font alone
    if len(text) > MAX_HEADING or not _LETTERS.search(text) or _SENTENCE.search(text):
        return None
    if line.cells:
        return None  # a table's head row, its cells set apart by wide gaps
    if 2 * sum(ch.isalpha() for ch in text) < len(text.replace(" ", "")):
        return None  # "NFS 2012:1", "ISSN 1403-8234": a reference, not a heading
    if text.endswith(":") and not (larger or capitals):
        return None  # "Förutsättningar:": a labelled part of the body
    if not (larger or line.bold or capitals or line.italic) or line.size < body - 1.6:
        return None
    if not text[0].isupper() and not text[0].isdigit():
        return None
    return (_points(line.size), line.bold, capitals, line.italic, False)


def _face_heading(lines: list[Line], index: int, body: float, face: str, headings) -> bool:
    """A short line set in a typeface of its own, in the body's size and weight, over a
    paragraph of the body's face or a table ("Gata" in Arial over a paragraph in Georgia): a
    heading told by its face alone. Not one of a run in that face (a table's cells, a list),
    unless the line before is a heading (`headings`: the lines marked so far)."""
    line = lines[index]
    text = line.text.strip()
    if not line.face or line.face == face or line.bold or line.italic or line.table:
        return False
    if len(text) > 60 or len(text.split()) > 8 or abs(line.size - body) > 1.6:
        return False
    if not text[0].isupper() or text[-1] in ".,;:!?" or split_number(text):
        return False
    if 2 * sum(ch.isalpha() for ch in text) < len(text.replace(" ", "")):
        return False
    previous = lines[index - 1] if index else None
    if previous is not None and not previous.blank and previous.page == line.page:
        heading_before = index - 1 in headings or previous.mark
        if not previous.ends or (previous.face == line.face and not heading_before):
            return False
    following = next((ln for ln in lines[index + 1 : index + 3] if not ln.blank), None)
    if following is None or following.page != line.page:
        return False
    if following.table:
        return True
    return (
        following.face == face
        and _body_style(following, body)
        and len(following.text.strip()) >= 30
    )


def _points(size: float) -> float:
    """A size to the half point: 9.5 pt subheads and 10 pt ones are two styles."""
    return round(size * 2) / 2


def _capitals(text: str) -> bool:
    """Set in capitals: every letter upper case, four letters at least."""
    return text.isupper() and sum(ch.isalpha() for ch in text) >= 4


def _dangles(text: str) -> bool:
    """The text stops at a word no sentence or title ends with ("i", "och", "om")."""
    words = text.rsplit(maxsplit=1)
    return bool(words) and words[-1].casefold() in DANGLING


def _goes_on(lines: list[Line], index: int) -> bool:
    """The line at index carries on a sentence: it opens in lower case or with a list's
    bullet ("• synobservation görs …")."""
    following = next((line for line in lines[index : index + 2] if not line.blank), None)
    if following is None:
        return False
    start = following.text.lstrip()[:1]
    return start.islower() or start in _BULLETS


_BULLETS = frozenset("•–-*▪◦·")


def _body_style(line: Line, body: float) -> bool:
    return line.size < body + 0.9 and not line.bold and not line.italic and not _capitals(line.text)


def _stands_alone(lines: list[Line], index: int, body: float) -> bool:
    """Before it a paragraph ended (or a blank, or another page); it is not cut mid-sentence."""
    previous = lines[index - 1] if index else None
    if previous is None or previous.blank or previous.page != lines[index].page:
        return True
    if _dangles(previous.text):
        return False  # the line before stops at "i", "och", "av": the sentence goes on here
    if previous.ends:
        return True
    line = lines[index]
    if (previous.size, previous.bold, previous.italic) != (line.size, line.bold, line.italic):
        return True  # set otherwise than the line before it: another size, weight or slant
    # Under a heading in capitals, one in lower case, or the other way round ("PARTER" over
    # "Klagande"): both set as headings, or a table's cells would stand alone too.
    return _capitals(previous.text) != _capitals(line.text) and (
        _heading_style(previous, body) is not None
    )


def _wraps(line: Line, following: Line, style, body: float) -> bool:
    if following.blank or following.page != line.page or following.mark:
        return False
    font = (_points(following.size), following.bold, following.italic)
    same = font == (style[0], style[1], style[3])
    # A point apart in the same weight: a title set in two sizes ("Allmänna råd" over
    # "till Naturvårdsverkets föreskrifter …"), when the line can only go on.
    near = font[1:] == (style[1], style[3]) and abs(font[0] - style[0]) <= 1.0
    if not (same or near) or len(following.text.strip()) > MAX_HEADING:
        return False
    # The same look entirely, or a line that can only go on: lower case, or after a hyphen,
    # a comma or a word that cannot end a title.
    last_word = line.text.rsplit(maxsplit=1)[-1].casefold() if line.text.strip() else ""
    goes_on = (
        following.text.strip()[:1].islower()
        or line.text.rstrip().endswith(("-", ","))
        or last_word in DANGLING
    )
    if not goes_on and (not same or _heading_style(following, body) != style):
        return False
    if split_number(following.text):
        return False
    height = line.top - line.bottom
    if height <= 0 or not following.top:
        return False
    gap = line.bottom - following.top
    return -0.5 * height < gap < 0.8 * height


def _cover_page(lines: list[Line]) -> set[int]:
    """The first page when it is a title page: it holds the document's largest type and the
    document goes on for pages. Its large lines are the title, not sections."""
    pages = {line.page for line in lines}
    if len(pages) < 4:
        return set()
    first = min(pages)
    largest = max(line.size for line in lines)
    on_first = [line for line in lines if line.page == first and not line.blank]
    if any(line.size == largest for line in on_first) and len(on_first) < 40:
        return {first}
    return set()
