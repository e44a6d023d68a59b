"""The lines every reader produces, and the noise removed from them before the numbering rules
look: running page headers and footers, tables of contents, form feeds.

A reader (txt, pdf, docx) turns its file into `Line`s: text without the line break, the page it
stood on, and what the source itself says about it (a Word heading style, a Markdown `#`, a line
set in bold). Blank lines are kept as empty `Line`s: they separate paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import NamedTuple


class Look(NamedTuple):
    """How a PDF sets a line: what only the PDF reader knows, one object shared by the lines
    that have none (every Word and text line). A named tuple: made for each line of a PDF,
    it is made in a third of a frozen dataclass's time (0.7 µs against 1.8), for 8 bytes more."""

    size: float = 0.0  # font size in points (0: not known)
    italic: bool = False  # the whole line is italic
    top: float = 0.0  # top and bottom of the line's font box, left edge (y upwards)
    bottom: float = 0.0
    left: float = 0.0
    plain: bool = False  # a numbered line set like the body text (a list item, a table row)
    panel: int = 0  # the shaded panel (a fact box) the line stands in; 0 none
    face: str = ""  # the typeface family, when the whole line is set in one
    cells: bool = False  # words set apart in cells by wide gaps: a row of a table


NO_LOOK = Look()


@dataclass(slots=True, init=False)
class Line:
    """One line of a document. A million-paragraph .docx holds a million of them: the PDF's
    look sits in one field (`look`, shared when there is none), which made a line 104 bytes
    instead of 144; `size`, `italic`, `top`, `bottom`, `left` and `plain` read and set it."""

    text: str
    page: int = 0
    mark: int = 0  # heading level the source gives (Word style or outline level, Markdown #)
    bold: bool = False  # the whole line is bold: a weak heading mark
    whole: bool = False  # a whole paragraph (Word): never joined with its neighbours
    ends: bool = False  # the source says a paragraph ends here (PDF: no trailing space)
    lead: str = ""  # the paragraph's emphasised opening (Word: italic, bold or a lead style)
    table: bool = False  # a table row in the markup's pipe form (`| a | b |`), kept as it is
    look: Look = NO_LOOK  # PDF: font size, italics, the line's box

    def __init__(
        self,
        text: str,
        page: int = 0,
        mark: int = 0,
        bold: bool = False,
        whole: bool = False,
        ends: bool = False,
        lead: str = "",
        size: float | None = None,
        italic: bool | None = None,
        top: float | None = None,
        bottom: float | None = None,
        left: float | None = None,
        plain: bool | None = None,
        table: bool = False,
        look: Look = NO_LOOK,
    ) -> None:
        self.text, self.page, self.mark, self.bold = text, page, mark, bold
        self.whole, self.ends, self.lead, self.table = whole, ends, lead, table
        if size is None and italic is None and top is None and bottom is None and left is None:
            self.look = look if plain is None else look._replace(plain=plain)
            return
        self.look = Look(
            look.size if size is None else size,
            look.italic if italic is None else italic,
            look.top if top is None else top,
            look.bottom if bottom is None else bottom,
            look.left if left is None else left,
            look.plain if plain is None else plain,
            look.panel,
            look.face,
            look.cells,
        )

    @property
    def size(self) -> float:
        return self.look.size

    @size.setter
    def size(self, value: float) -> None:
        self.look = self.look._replace(size=value)

    @property
    def italic(self) -> bool:
        return self.look.italic

    @italic.setter
    def italic(self, value: bool) -> None:
        self.look = self.look._replace(italic=value)

    @property
    def top(self) -> float:
        return self.look.top

    @top.setter
    def top(self, value: float) -> None:
        self.look = self.look._replace(top=value)

    @property
    def bottom(self) -> float:
        return self.look.bottom

    @bottom.setter
    def bottom(self, value: float) -> None:
        self.look = self.look._replace(bottom=value)

    @property
    def left(self) -> float:
        return self.look.left

    @left.setter
    def left(self, value: float) -> None:
        self.look = self.look._replace(left=value)

    @property
    def plain(self) -> bool:
        return self.look.plain

    @plain.setter
    def plain(self, value: bool) -> None:
        self.look = self.look._replace(plain=value)

    @property
    def panel(self) -> int:
        return self.look.panel

    @panel.setter
    def panel(self, value: int) -> None:
        self.look = self.look._replace(panel=value)

    @property
    def face(self) -> str:
        return self.look.face

    @property
    def cells(self) -> bool:
        return self.look.cells

    @property
    def blank(self) -> bool:
        return not self.text or self.text.isspace()


# Page numbers and running headers that a pattern recognises on its own, without repetition:
# "Sida 3 av 42", "3 (16)", "- 3 -", "3 (3) TJÄNSTEUTLÅTANDE RS 2022-0310 2022-04-08",
# "Länsstyrelsen Västra Götaland Granskningsyttrande 2 (16)".
_PAGE_ONLY = re.compile(
    r"^(?:sida\s+)?[-–]?\s*\d{1,4}\s*(?:\(\s*\d{1,4}\s*\)|av\s+\d{1,4})?\s*[-–]?$", re.I
)
_PAGE_OF = re.compile(r"\bsida\s+\d{1,4}\s*(?:av|\(|/)\s*\d{1,4}\)?\s*$", re.I)
_PAGE_HEAD = re.compile(r"^\d{1,4}\s*\(\d{1,4}\)\s+\S")
_PAGE_TAIL = re.compile(r"\S\s+\d{1,4}\s*\(\d{1,4}\)$")
# The same header glued to the end of a text line by the extraction ("… 2019. 3 (3) TJÄNSTE…").
_GLUED_HEAD = re.compile(r"(?:^|\s)\d{1,4}\s*\(\d{1,4}\)\s+[A-ZÅÄÖ]{5,}(?:\s+\S+){0,6}$")
_CONTACT = re.compile(
    r"postadress|besöksadress|telefon|telefax|e-post|webb|org\.nr|www\.|expeditionstid"
)

# Table-of-contents lines: dot leaders (with or without the page number), or a numbered line
# ending in a tab or a wide gap and a page number.
_TOC_LEADER = re.compile(r"(?:\.{4,}|…{2,}|(?:\. ){3,}\.?|_{5,})\s*\d{0,4}\s*$")
_TOC_PAGE = re.compile(r"(?:\t|\s{3,})\d{1,4}\s*$")
_TOC_TITLE = re.compile(r"^(?:innehåll|innehållsförteckning|innehållsförteckning:)$", re.I)
_STARTS_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,3})*\.?|[A-Z][.)])\s")

ZONE = 4  # how many lines at the top and bottom of a page can be a running header or footer


def is_toc_line(text: str) -> bool:
    stripped = text.strip()
    if ("..." in stripped or "…" in stripped or ". . ." in stripped or "____" in stripped) and (
        _TOC_LEADER.search(stripped)
    ):
        return True
    if len(stripped) < 25 and stripped[:1] in "Ii" and _TOC_TITLE.match(stripped):
        return True
    return bool(_STARTS_NUMBERED.match(text) and _TOC_PAGE.search(text.rstrip()))


def is_page_furniture(text: str) -> bool:
    """A line that is a page number or a running header by its shape alone."""
    if len(text) > 200:
        return False
    if "(" in text:
        stripped = " ".join(text.split())
        if _PAGE_HEAD.match(stripped) or _PAGE_TAIL.search(stripped):
            return True
    if ("ida" in text or "IDA" in text) and _PAGE_OF.search(" ".join(text.split())):
        return True
    # Contact footers label their parts: "Postadress: …  Telefon: …  E-post: …", or stand as
    # a row of such labels over the values ("Postadress Besöksadress Telefon Telefax").
    if len(text) >= 160:
        return False
    folded = text.casefold()
    if not (
        "post" in folded
        or "adress" in folded
        or "tele" in folded
        or "webb" in folded
        or "www." in folded
        or "org.nr" in folded
        or "expedition" in folded
    ):
        return False  # most lines: no piece of a contact word (_CONTACT) in them
    found = len(_CONTACT.findall(folded))
    return found >= 3 or (found >= 2 and (":" in text or "www." in text))


# The names a removal is reported by (the outline's coverage).
TOC = "innehållsförteckning"
RUNNING = "sidhuvud och sidfot"
PAGE_NUMBER = "sidnummer"


def chars(text: str) -> int:
    """Characters that count for coverage: all but white space (a line holds no breaks)."""
    if not text:
        return 0
    return len(text) - text.count(" ") - text.count("\t") - text.count("\u00a0")


def chars_of(lines: list[Line]) -> int:
    """`chars` of all the lines, counted a few hundred lines' text at a time (a call a
    line cost a 300-page import 10 ms)."""
    total = 0
    for start in range(0, len(lines), 512):
        total += chars("".join([line.text for line in lines[start : start + 512]]))
    return total


def clean(
    lines: list[Line],
    removed: dict[str, int] | None = None,
    toc: list[str] | None = None,
    entries: list[Line] | None = None,
    offset: list[int] | None = None,
) -> list[Line]:
    """Drop running headers and footers and table-of-contents lines; keep everything else.
    `removed` adds up what went, by name (TOC, RUNNING, PAGE_NUMBER), in characters; `toc`
    gets the table of contents' lines, to check the headings found against; `entries` the
    entries of a contents list without leaders, each with the look of its first line (its
    indent and weight give its level); `offset` gets how the page numbers printed in the
    running heads run against the pages' order (`printed_offset`)."""
    furniture, glued = _running_lines(lines)
    if offset is not None:
        offset.append(printed_offset(lines, furniture))
    listed = _plain_contents(lines, furniture)
    tally = removed if removed is not None else {}
    kept: list[Line] = []
    for index, line in enumerate(lines):
        if line.blank:
            if kept and not kept[-1].blank:  # the reader's own when it holds nothing at all
                kept.append(line if not line.text else Line("", line.page))
            continue
        if index in listed:
            tally[TOC] = tally.get(TOC, 0) + chars(line.text)
            entry = listed[index]
            if entry is not None:
                if toc is not None:
                    toc.append(entry.text)
                if entries is not None:
                    entries.append(entry)
            continue
        if index in furniture:
            name = PAGE_NUMBER if _PAGE_ONLY.match(line.text.strip()) else RUNNING
            tally[name] = tally.get(name, 0) + chars(line.text)
            continue
        if line.mark == 0 and (name := _noise(line.text)):
            tally[name] = tally.get(name, 0) + chars(line.text)
            if name == TOC and toc is not None:
                toc.append(line.text)
            continue
        if index in glued:
            rest, head = glued[index]
            tally[RUNNING] = tally.get(RUNNING, 0) + chars(head)
            line = replace(line, text=rest)
        if "(" in line.text and (cut := _GLUED_HEAD.search(line.text)):
            tally[RUNNING] = tally.get(RUNNING, 0) + chars(line.text[cut.start() :])
            line = replace(line, text=line.text[: cut.start()].rstrip())
        kept.append(line)
    return kept


def printed_offset(lines: list[Line], furniture: set[int]) -> int:
    """What to add to a page's place in the file (1-based) to get the number printed on it:
    -1 where an unnumbered cover comes first and the next page reads "Sida 1 av 46". Read
    from the numbers in the running heads and footers: the one difference that nearly all
    pages with a number there agree on (at least three, and four in five); 0 when none does,
    as where two documents bound in one file are numbered each from 1."""
    numbers: dict[int, set[int]] = defaultdict(set)
    for index in furniture:
        line = lines[index]
        for digits in re.findall(r"(?<![\d.:,/-])\d{1,4}(?![\d.:,/-])", line.text):
            numbers[line.page].add(int(digits) - (line.page + 1))
    if not numbers:
        return 0
    agree = Counter(o for offsets in numbers.values() for o in offsets).most_common(2)
    best, count = agree[0]
    if count < max(3, 0.8 * len(numbers)) or (len(agree) > 1 and agree[1][1] == count):
        return 0
    return best


_ENTRY_PAGE = re.compile(r"\s(\d{1,4})$")


def _look(line: Line) -> tuple[float, bool, bool]:
    return line.size, line.bold, line.italic


def _new_entry(lines: list[Line], pending: list[int], index: int) -> bool:
    """The line opens an entry of its own after lines without a page number: it starts in
    upper case and looks otherwise (a part's bold title over its first chapter)."""
    if not pending or not lines[index].text.strip()[:1].isupper():
        return False
    return _look(lines[pending[-1]]) != _look(lines[index])


def _entry(run: dict[int, Line | None], lines: list[Line], indexes: list[int]) -> None:
    """One entry of lines without a page number: its text in the look of its first line."""
    joined = " ".join(lines[i].text.strip() for i in indexes)
    run[indexes[0]] = replace(lines[indexes[0]], text=joined)
    for i in indexes[1:]:
        run[i] = None


def _plain_contents(lines: list[Line], furniture: set[int]) -> dict[int, Line | None]:
    """A table of contents without leaders: after its title ("Innehållsförteckning"), the
    run of entries each ending in a page number, the numbers never going back; an entry may
    wrap over three lines. Its lines by index, the first line of each entry with the whole
    entry (page number gone) in the look of that line, the others with None."""
    found: dict[int, Line | None] = {}
    pages = 2 * (lines[-1].page + 1) + 10 if lines else 0  # no entry points past the end
    for index, line in enumerate(lines):
        if len(line.text) > 25 or not _TOC_TITLE.match(line.text.strip()):
            continue
        run: dict[int, Line | None] = {}
        pending: list[int] = []
        last_page = end = 0
        for i in range(index + 1, len(lines)):
            text = lines[i].text.strip()
            match = _ENTRY_PAGE.search(text)
            if not text or (i in furniture and match is None):
                continue  # a page's running head; an entry at a page's foot looks like one
            if match is None:
                if len(pending) >= 2 or len(text) > 120:
                    break
                if _new_entry(lines, pending, i):
                    _entry(run, lines, pending)  # a part's title, listed without a page
                    pending = []
                pending.append(i)
                continue
            page = int(match.group(1))
            if page < last_page or page > pages or text[: match.start()].rstrip().endswith("."):
                break
            if _new_entry(lines, pending, i):
                _entry(run, lines, pending)
                pending = []
            end = i
            last_page = page
            parts = [lines[j].text.strip() for j in pending]
            parts.append(text[: match.start()].rstrip(" ._…\t"))
            joined = parts[0]
            for part in parts[1:]:
                joined = joined[:-1] + part if joined.endswith("-") else f"{joined} {part}"
            first = pending[0] if pending else i
            run[first] = replace(lines[first], text=joined)
            for j in [*pending[1:], i] if pending else []:
                run[j] = None
            pending = []
        run = {i: entry for i, entry in run.items() if i <= end}  # up to the last page number
        entries = [entry for entry in run.values() if entry is not None]
        if len(entries) >= 5:
            found.update(run)
    return found


def _noise(text: str) -> str | None:
    if is_toc_line(text):
        return TOC
    if is_page_furniture(text):
        return PAGE_NUMBER if _PAGE_ONLY.match(text.strip()) else RUNNING
    return None


def _is_noise(text: str) -> bool:
    return is_toc_line(text) or is_page_furniture(text)


def _zone_key(line: Line) -> str:
    """A line compared for repetition (`_key`), with its size where the reader knows it: a
    chapter's name runs in small type on each of its pages, and its heading in large type on
    the first is no running head."""
    key = _key(line.text)
    return f"{key}\x00{round(line.size)}" if line.size else key


def _key(text: str) -> str:
    """Lines compared for repetition: digits count as one (page numbers, dates), except on
    lines numbered like headings, which must repeat exactly to count."""
    flat = " ".join(text.split()).casefold()
    return flat if _STARTS_NUMBERED.match(flat) else re.sub(r"\d+", "#", flat)


def _running_lines(lines: list[Line]) -> tuple[set[int], dict[int, tuple[str, str]]]:
    """Indexes of lines repeated at the top or bottom of pages, and page numbers there; and
    lines the extraction glued a running head onto ("Inventeringens mål NFS 2007:10"), with
    what is left of them and what was cut.

    A line is running when it recurs on pages next to each other, or on a good share of all
    pages: a heading that opens each copy of a repeated document recurs too, but pages apart.
    """
    if len({line.page for line in lines}) < 2:
        return set(), {}
    pages: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        if not line.blank:
            pages.setdefault(line.page, []).append(index)
    zones: dict[int, list[int]] = {}
    for page, indexes in pages.items():
        zone = indexes[:ZONE] + indexes[-ZONE:] if len(indexes) > 2 * ZONE else indexes
        zones[page] = sorted(set(zone))
    keys: dict[int, str] = {}  # each zone line's `_zone_key`
    seen_on: dict[str, set[int]] = defaultdict(set)
    for page, zone in zones.items():
        for i in zone:
            key = keys[i] = _zone_key(lines[i])
            seen_on[key].add(page)
    share = max(3, 0.3 * len(pages))
    running = {
        key for key, on in seen_on.items() if len(on) >= share or any(page + 1 in on for page in on)
    }
    found = set()
    for zone in zones.values():
        for i in zone:
            text = lines[i].text
            if lines[i].mark:
                continue
            if keys[i] in running or _PAGE_ONLY.match(text.strip()):
                found.add(i)
    # Heads on most pages, with words in them, may be glued to a line of their zone.
    common = {
        key
        for key, on in seen_on.items()
        if len(on) >= share and sum(ch.isalpha() for ch in key) >= 3 and len(key) >= 6
    }
    glued: dict[int, tuple[str, str]] = {}
    # As written, case and all: "Mark- och miljööverdomstolen" runs on every page, and the
    # heading "YRKANDEN I MARK- OCH MILJÖÖVERDOMSTOLEN" keeps its end.
    # A reference in brackets ("(NFS 2014:23)") ends paragraphs on many pages: it is text.
    common = {
        _exact_key(lines[i].text)
        for i in found
        if keys[i] in common and not lines[i].text.lstrip().startswith("(")
    }
    common |= _glued_everywhere(lines, pages, share)
    if common:
        # A line can only hold a head that opens or closes it: its first or last word.
        ends = {key.split()[0] for key in common} | {key.split()[-1] for key in common}
        for zone in zones.values():
            for i in zone:
                words = lines[i].text.split()
                if i in found or lines[i].mark or len(words) < 2:
                    continue
                if _exact_key(words[0]) not in ends and _exact_key(words[-1]) not in ends:
                    continue
                cut = _glued_head(lines[i].text, common)
                if cut is not None:
                    glued[i] = cut
    return found, glued


def _glued_everywhere(lines: list[Line], pages: dict[int, list[int]], share: float) -> set[str]:
    """A running head the extraction glues to each page's first line and rarely sets alone
    ("NFS 2007:10 Redovisning", "Inventeringens mål NFS 2007:10"): two to four words, with a
    digit, opening or closing the first line of a good share of the pages."""
    seen: dict[str, int] = defaultdict(int)
    for indexes in pages.values():
        first = next((i for i in indexes[:3] if not _PAGE_ONLY.match(lines[i].text.strip())), None)
        if first is None:
            continue
        words = lines[first].text.split()
        keys = set()
        for count in range(2, min(5, len(words) + 1)):
            keys.add(_exact_key(" ".join(words[:count])))
            keys.add(_exact_key(" ".join(words[-count:])))
        for key in keys:
            seen[key] += 1
    return {
        key
        for key, count in seen.items()
        if count >= share and "#" in key and sum(ch.isalpha() for ch in key) >= 2
    }


def _glued_head(text: str, common: set[str]) -> tuple[str, str] | None:
    """(the line without it, the head) when a running head opens or closes the line."""
    words = text.split()
    for count in range(1, min(5, len(words))):
        head, rest = " ".join(words[:count]), " ".join(words[count:])
        if _exact_key(head) in common:
            return rest, head
        head, rest = " ".join(words[-count:]), " ".join(words[:-count])
        if _exact_key(head) in common:
            return rest, head
    return None


def _exact_key(text: str) -> str:
    """A line as written, digits counting as one (page numbers, dates)."""
    return _DIGITS.sub("#", " ".join(text.split()))


_DIGITS = re.compile(r"\d+")
