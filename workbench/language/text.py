"""Words and sentences of a position's text, with where each one is.

Offsets are into the text as stored (with its `*emphasis*` and `- ` list markers), so that a
finding can be marked and replaced in the editor exactly where it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

# A run of non-space characters; the word is what remains after surrounding punctuation.
_RUN_RE = re.compile(r"\S+")
_EDGE = "\"'”“‘’«»()[]{}<>*_,;:!?…·•–—"
_LETTERS_RE = re.compile(r"[^\W\d_]+")
# Word-ish tokens for the style checks: letters, with inner hyphens ("life science-strategin").
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_COUNTED_RE = re.compile(r"[^\W_]+(?:[-'’./:][^\W_]+)*")

# Abbreviations that end with a full stop without ending the sentence.
ABBREVIATIONS = frozenset(
    [
        "t.ex",
        "bl.a",
        "m.m",
        "s.k",
        "dvs",
        "d.v.s",
        "osv",
        "o.s.v",
        "etc",
        "ca",
        "jfr",
        "kap",
        "nr",
        "st",
        "resp",
        "inkl",
        "exkl",
        "enl",
        "ang",
        "tel",
        "prop",
        "forts",
        "f.d",
        "p.g.a",
        "m.fl",
        "o.d",
        "fr.o.m",
        "t.o.m",
        "s",
        "e.d",
        "f.ö",
        "kl",
        "vs",
        "mfl",
        "pga",
        "tex",
        "bla",
        "mm",
        "sk",
        "ff",
        "prof",
        "dir",
        "doc",
        "fig",
        "tab",
        "bil",
        "avd",
        "dnr",
    ]
)


class Span(NamedTuple):
    start: int
    end: int
    text: str


def runs(text: str) -> Iterator[Span]:
    """Each whitespace-separated run, stripped of the punctuation around it."""
    for match in _RUN_RE.finditer(text):
        raw = match.group()
        start, end = 0, len(raw)
        while start < end and raw[start] in _EDGE:
            start += 1
        while end > start and raw[end - 1] in _EDGE:
            end -= 1
        # A full stop after a word ends the sentence; inside (t.ex.) it is part of the word.
        while end > start and raw[end - 1] == "." and "." not in raw[start : end - 1]:
            end -= 1
        if end > start:
            yield Span(match.start() + start, match.start() + end, raw[start:end])


def words(text: str) -> Iterator[Span]:
    """Words for the style checks (letters, inner hyphens), lower-cased in `text`."""
    for match in _WORD_RE.finditer(text):
        yield Span(match.start(), match.end(), match.group().casefold())


def counted_words(text: str) -> list[str]:
    """The words LIX counts: runs of letters or digits (a number is a word too)."""
    return _COUNTED_RE.findall(text)


def letters(word: str) -> int:
    return sum(len(part) for part in _LETTERS_RE.findall(word))


_BREAK_RE = re.compile(r"\n\s*\n|\n(?=\s*(?:[-•*]\s|\d+[.)]\s))")
_END_RE = re.compile(r"[.!?]+[\"”’)]*(?=\s+|$)")


def paragraphs(text: str) -> Iterator[Span]:
    """The text's paragraphs and list items (a blank line, or a line opening a list item)."""
    start = 0
    for match in _BREAK_RE.finditer(text):
        if text[start : match.start()].strip():
            yield _trimmed(text, start, match.start())
        start = match.end()
    if text[start:].strip():
        yield _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def sentences(text: str) -> Iterator[Span]:
    """Sentences: a paragraph splits after . ! ? when the next word opens a sentence and the
    full stop does not end an abbreviation ("t.ex.", "bl.a.")."""
    for paragraph in paragraphs(text):
        body = paragraph.text
        start = 0
        for match in _END_RE.finditer(body):
            end = match.end()
            before = body[start : match.start()].split()
            last = before[-1].casefold().rstrip(".") if before else ""
            if match.group().startswith(".") and last in ABBREVIATIONS:
                continue
            rest = body[end:].lstrip()
            if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in '"”*(-–'):
                continue
            if body[start:end].strip():
                yield _trimmed(text, paragraph.start + start, paragraph.start + end)
            start = end
        if body[start:].strip():
            yield _trimmed(text, paragraph.start + start, paragraph.end)


def sentence_start(text: str, offset: int) -> bool:
    """Whether the word at `offset` opens a sentence (or a paragraph, or a list item)."""
    # A bounded look back: a line is re-checked word by word at every keystroke.
    before = text[max(0, offset - 80) : offset].rstrip(' \t*"”“(')
    if not before:
        return offset <= 80
    if before.endswith("\n"):
        return True
    if before.endswith(("- ", "-", "•")) and (len(before) < 2 or before[-2:-1] in ("\n", "")):
        return True
    if before[-1] in "!?:":
        return True
    if before[-1] == ".":
        last = before[:-1].split()[-1:] or [""]
        return last[0].casefold() not in ABBREVIATIONS
    return False


def lix(text: str, extra_words: int = 0) -> int | None:
    """LIX (läsbarhetsindex): words per sentence + per cent of words over six letters.

    `extra_words` counts words said before the text that belong to its first sentence (the
    position's lead). None for a text without words.
    """
    counted = counted_words(text)
    if not counted:
        return None
    long_words = sum(1 for word in counted if letters(word) > 6)
    total = len(counted) + extra_words
    count = max(1, sum(1 for _ in sentences(text)))
    return round(total / count + 100 * long_words / total)


def lix_label(value: int) -> str:
    """The usual reading of a LIX value."""
    if value < 30:
        return "mycket lättläst"
    if value < 40:
        return "lättläst"
    if value < 50:
        return "medelsvår"
    if value < 60:
        return "svår"
    return "mycket svår"
