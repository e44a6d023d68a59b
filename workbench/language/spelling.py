"""Spelling: which words of a text the dictionary, the word lists and the remiss do not know.

Left alone, as a Swedish reader would: anything with a digit (dnr, section numbers, dates,
amounts), abbreviations (all capitals, inner capitals as in "FoI", inner full stops as in
"t.ex."), addresses, single letters, and a capitalised word inside a sentence (a name). A
capitalised word opening a sentence is checked. Compounds joined by hyphens are checked part
by part ("Life science-strategin"), and a compound's first part left hanging before "och"
("utvecklings- och utmaningsområden") is accepted when it can start a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.language.dictionary import Dictionary
from workbench.language.text import ABBREVIATIONS, Span, runs, sentence_start

_SPLIT_RE = re.compile(r"[-–/]")


class Speller:
    """Checks words against the dictionary plus the words accepted in this context: the
    built-in supplement, the organisation's own list, the remiss's words and names."""

    def __init__(self, dictionary: Dictionary, accepted: Iterable[str] = ()) -> None:
        self.dictionary = dictionary
        self.accepted = {word.casefold() for word in accepted}
        # Capitalised words seen inside a sentence elsewhere in the document (its names).
        self.names: set[str] = set()

    def misspelled(self, text: str) -> Iterator[Span]:
        found = list(runs(text))
        starts = [sentence_start(text, run.start) for run in found]
        # A capitalised word the text also uses inside a sentence is a name where it opens one.
        names = self.names | names_in(found, starts)
        for index, run in enumerate(found):
            word = run.text
            if _skipped(word) or _inside_name(found, index):
                continue
            at_start = starts[index] and word.casefold() not in names
            if word.endswith("-") and len(word) > 2:
                if not self._prefix_ok(word.rstrip("-")):
                    yield Span(run.start, run.end, word)
                continue
            offset = 0
            for index, part in enumerate(_SPLIT_RE.split(word)):
                start = run.start + offset
                offset += len(part) + 1
                if part and not self.knows(part, at_start and index == 0):
                    yield Span(start, start + len(part), part)

    def knows(self, word: str, at_start: bool = False) -> bool:
        word = word.strip("'’")
        if len(word) < 2 or not word.isalpha():
            return True
        if word.isupper() or any(c.isupper() for c in word[1:]):
            return True  # an abbreviation: RS, STEM, FoI
        lower = word.casefold()
        if lower in self.accepted or lower in ABBREVIATIONS:
            return True  # also an abbreviation written without its full stops: dnr, pga
        dictionary = self.dictionary
        if dictionary.knows(word) or (word[0].isupper() and dictionary.knows(lower)):
            return True
        # A name. (Compounds the dictionary does not build are not guessed at here: its
        # compound rules are deliberate, and "intet|nationella" is a slip, not a word.)
        return word[0].isupper() and not at_start

    def _prefix_ok(self, prefix: str) -> bool:
        """The first part of a compound written out once for two ("kultur- och fritids…")."""
        last = _SPLIT_RE.split(prefix)[-1]
        if self.knows(last):
            return True
        # A joining "s" dropped, or a final vowel ("skol-" for skola, "pojk-" for pojke).
        lower = last.casefold()
        knows = self.dictionary.knows
        return (
            (lower.endswith("s") and self.knows(last[:-1]))
            or knows(lower + "a")
            or knows(lower + "e")
            or knows(lower + "område")
        )


def names_in(found: list[Span], starts: list[bool]) -> set[str]:
    """Capitalised words used inside a sentence (case-folded)."""
    return {
        run.text.casefold()
        for run, start in zip(found, starts, strict=True)
        if not start and run.text[:1].isupper()
    }


def document_names(texts: Iterable[str]) -> set[str]:
    names: set[str] = set()
    for text in texts:
        found = list(runs(text))
        names |= names_in(found, [sentence_start(text, run.start) for run in found])
    return names


def _inside_name(found: list[Span], index: int) -> bool:
    """A short lower-case word between two capitalised ones: part of a name ("Capital of
    Scandinavia", "Stockholm School of Economics")."""
    word = found[index].text
    if len(word) > 3 or not word.islower() or index == 0 or index + 1 >= len(found):
        return False
    return found[index - 1].text[:1].isupper() and found[index + 1].text[:1].isupper()


def _skipped(word: str) -> bool:
    return (
        any(c.isdigit() for c in word)
        or "@" in word
        or "://" in word
        or word.casefold().startswith("www.")
        or "." in word
        or "§" in word
    )


def context_words(*texts: str) -> set[str]:
    """The words of texts whose spelling is not ours to question (the remiss, names)."""
    found: set[str] = set()
    for text in texts:
        for match in re.finditer(r"[^\W\d_]+", text):
            found.add(match.group().casefold())
    return found
