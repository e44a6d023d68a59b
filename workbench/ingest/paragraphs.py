"""A section's body from its lines: paragraphs in the workbench's markup (core/markup.py).

Lines broken by layout are joined and end-of-line hyphenation dropped; bullets become `- `;
numbered list items and labelled sub-parts (`Nuläge:`, `Önskat läge 2023:`) start their own
paragraph, so the TUI can show the label bold. What a page break did to a paragraph is undone:
a footnote that landed inside it moves to the end of the body, and a paragraph that starts in
lower case continues the one before it, unless that one leads in to it with a colon (a list
whose bullets a web page lost: each short lower-case paragraph after it becomes a bullet).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.ingest.lines import Line

# A labelled sub-part: one to four words and a colon, then the text ("Regionala styrkor: I …").
LABEL_RE = re.compile(r"^(?P<label>[A-ZÅÄÖ][\w-]*(?: [\w-]+){0,3}):[ \t]+(?=\S)")
_BULLET = re.compile(r"^(?:[-–•●▪■◦○·*\u2022\uf0b7\uf0a7\uf076«]|e(?= [A-ZÅÄÖ]))[ \t]+")
_NUMBERED_ITEM = re.compile(r"^(?:\d{1,3}|[a-z])[.)][ \t]+\S")
_FOOTNOTE = re.compile(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s")
_SENTENCE_END = re.compile(r"(?P<word>[a-zåäöéü]{4,})\.$")
_POINT_WORDS = 30  # a point of a list: a line or two, not a page's paragraph
_KEEP_HYPHEN_BEFORE = {"och", "eller", "samt", "respektive", "resp", "till", "som", "men", "utan"}


def label_of(paragraph: str) -> str | None:
    """The label a paragraph opens with (`Nuläge`, `Önskat läge 2023`), if any."""
    match = LABEL_RE.match(paragraph)
    return match.group("label") if match else None


@dataclass(slots=True)
class _Item:
    # "para", "bullet", "numbered", "table", or "point": a bullet a web page lost, a paragraph
    # of its own
    kind: str
    text: str
    chunk: int


def build_body(lines: list[Line], vocabulary: set[str] | frozenset[str] = frozenset()) -> str:
    """The body text of a run of lines: paragraphs separated by a blank line."""
    items = _items(lines, vocabulary)
    is_note = [item.kind == "para" and bool(_FOOTNOTE.match(item.text)) for item in items]
    items = [i for i, note in zip(items, is_note, strict=True) if not note] + [
        i for i, note in zip(items, is_note, strict=True) if note
    ]
    # A paragraph that a page break cut goes on in the next one that opens in lower case:
    # the pieces are kept in a list and joined once, since growing one string join by join
    # (and looking back over it each time) made 680 kB of such paragraphs take a minute.
    merged: list[_Item] = []
    pieces: list[list[str]] = []
    listing = False  # the points of a list whose bullets a web page lost
    for item in items:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and item.kind == "para"
            and item.chunk != previous.chunk
            and item.text[:1].islower()
            and not _FOOTNOTE.match(previous.text)
        ):
            # "… i fyra punkter:" and then "värna åkermarken" on a line of its own: a point
            # of a list whose bullets a web page lost, no page break's cut
            # (the paragraph's end as joined so far: `previous.text` is its first piece)
            ends = pieces[-1][-1].rstrip()
            led = listing or (previous.kind == "para" and ends.endswith(":"))
            if led and len(item.text.split()) <= _POINT_WORDS:
                item.kind = "point"
                listing = True
            elif previous.kind in ("para", "point"):
                _continue(pieces[-1], item.text)
                continue
            else:
                listing = False
        else:
            listing = False
        merged.append(item)
        pieces.append([item.text])
    for item, parts in zip(merged, pieces, strict=True):
        if len(parts) > 1:
            item.text = "".join(parts)
    out: list[str] = []
    for index, item in enumerate(merged):
        text = f"- {item.text}" if item.kind in ("bullet", "point") else item.text
        if index and merged[index - 1].kind == item.kind and item.kind not in ("para", "point"):
            out.append("\n" + text)
        elif index:
            out.append("\n\n" + text)
        else:
            out.append(text)
    return "".join(out)


def _continue(pieces: list[str], following: str) -> None:
    """Join a paragraph cut by a page break (its pieces so far); a full stop before the cut
    was the layout's. Only the last piece's end is looked at."""
    last = pieces[-1]
    if (
        last.endswith(".")
        and _SENTENCE_END.search(last[-6:])
        and following.split(maxsplit=1)[0] in ("och", "eller", "samt", "men")
    ):
        pieces[-1] = last[:-1]
    pieces.append(f" {following}")


def _items(lines: list[Line], vocabulary) -> list[_Item]:
    items: list[_Item] = []
    chunk = 0
    current: list[str] | None = None
    kind = "para"

    def flush() -> None:
        nonlocal current
        if current:
            text = join_lines(current, vocabulary)
            if text:
                items.append(_Item(kind, text, chunk))
        current = None

    for line in lines:
        if line.table:  # a table row: one line of the table's paragraph, never joined
            flush()
            kind, current = "table", [flat(line.text)]
            flush()
            continue
        if line.blank:
            flush()
            chunk += 1
            continue
        text = flat(line.text)
        starts_item = current is None or line.whole
        if bullet := _BULLET.match(text):
            flush()
            kind, current = "bullet", [text[bullet.end() :]]
        elif starts_item or (numbered := _NUMBERED_ITEM.match(text)) or _opens_paragraph(text):
            flush()
            if line.whole:
                chunk += 1
            if starts_item:
                numbered = _NUMBERED_ITEM.match(text)
            kind = "numbered" if numbered else "para"
            current = [text]
        else:
            current.append(text)
        if line.whole or line.ends:
            flush()
            chunk += 1
    flush()
    return items


def flat(text: str) -> str:
    """`" ".join(text.split())` without the list of words: a line of 100 MB is 25 million
    words, and their list alone took 1.5 GB. Runs of white space other than one space become
    one space."""
    if len(text) < 4096:
        return " ".join(text.split())
    if text.isascii() and "  " not in text and not any(c in text for c in _ASCII_SPACE):
        return text.strip()
    return _IRREGULAR_SPACE.sub(" ", text).strip()


_ASCII_SPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
# White space that is not a single space between two words: a tab, a line break, two spaces.
_IRREGULAR_SPACE = re.compile(r" ?(?:[^\S ]|  )\s*")


def _opens_paragraph(text: str) -> bool:
    return bool(LABEL_RE.match(text) or _FOOTNOTE.match(text))


def join_lines(parts: list[str], vocabulary=frozenset()) -> str:
    """Join layout-broken lines with a space, dropping hyphenation at the line ends."""
    # Pieces joined once at the end: growing one string line by line is quadratic, and a
    # file of 200,000 short lines took minutes. Hyphenation only looks at the last word.
    pieces = [parts[0]]
    for part in parts[1:]:
        if not part:
            continue
        last = pieces[-1]
        if last.endswith("-") and len(last) > 1 and last[-2].isalpha():
            head, space, tail = _dehyphenate(last, part, vocabulary).rpartition(" ")
            pieces[-1] = head + space
            pieces.append(tail)
        else:
            pieces.append(f" {part}")
    return "".join(pieces).strip()


def _dehyphenate(text: str, following: str, vocabulary) -> str:
    """`forsk-` + `ning` is one word; `hälso-` + `och`, `VA-` + `systemet` and
    `science-` + `arbete` keep their hyphen. The document's own words decide when it can."""
    fragment = re.split(r"[^\w]", text[:-1])[-1]
    first = following.split(maxsplit=1)[0]
    word = re.split(r"[^\w]", first)[0]
    if first.casefold() in _KEEP_HYPHEN_BEFORE:
        return f"{text} {following}"
    keep = f"{text}{following}"
    drop = f"{text[:-1]}{following}"
    if not fragment or not word or any(ch.isdigit() for ch in fragment):
        return keep
    if fragment[1:] != fragment[1:].lower() or not word[0].islower():
        return keep
    if (fragment + word).casefold() in vocabulary:
        return drop
    if fragment.casefold() in vocabulary:
        return keep
    return drop


class Vocabulary:
    """The document's words, without the fragments hyphenation leaves at line ends; read on
    first use, since only a hyphen at a line end asks for it."""

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            # A few hundred lines at a time: the whole text and a list of all its words at
            # once weighed more than the rest of a 300-page import (11 MB), and one line at a
            # time took three regex calls a line. No word runs over the line breaks joined.
            words: set[str] = set()
            lines = self._lines
            for start in range(0, len(lines), _VOCABULARY_CHUNK):
                texts = [line.text for line in lines[start : start + _VOCABULARY_CHUNK]]
                for index, text in enumerate(texts):
                    if text.endswith("-"):
                        texts[index] = _LINE_END_FRAGMENT.sub("", text)
                words.update(_WORD.findall("\n".join(texts).casefold()))
            self._words = words
        return word in self._words


_WORD = re.compile(r"\w+")
_VOCABULARY_CHUNK = 500  # lines
_LINE_END_FRAGMENT = re.compile(r"\w+-$")


def vocabulary_of(lines: list[Line]) -> Vocabulary:
    return Vocabulary(lines)
