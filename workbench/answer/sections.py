"""Which section of the remiss a heading or a paragraph of an answer is about.

A heading maps by its number first ("4.2", "B."), checked against the title, then by title
similarity. A paragraph under no such heading maps only when its wording points at one
section: it names it ("avsnitt 4.2"), quotes it (five words in a row from its text, or its
whole title), or shares clearly more of the section's rarer words than of any other's.
Anything less leaves it on the remiss as a whole, where the officer can move it.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from workbench.core.model import Section, normalise_number
from workbench.search.stemming import stems

_REFERENCE = re.compile(
    r"(?:avsnitt(?:et)?|kapitel|kap\.|område|punkt(?:en)?|rubrik(?:en)?)\s+"
    r"(?P<number>\d{1,2}(?:\.\d{1,3}){0,4}|[A-Z])(?![\w.]\d)",
    re.I,
)
_STOP = {
    "och", "att", "det", "som", "en", "ett", "i", "på", "för", "med", "av", "till", "är", "den",
    "de", "om", "har", "kan", "ska", "skall", "inom", "samt", "eller", "även", "också", "från",
    "vid", "mot", "under", "över", "så", "sin", "sina", "sitt", "detta", "dessa", "denna", "vi",
    "man", "bör", "måste", "behöver", "mer", "fler", "alla", "andra", "annat", "bland", "där",
    "här", "men", "inte", "ej", "blir", "vara", "varit", "genom", "utan", "både", "viktigt",
    "viktig", "finns", "vilket", "vilka", "hur", "vad", "när", "ha", "få", "går",
}  # fmt: skip
QUOTE_WORDS = 5


@dataclass(frozen=True)
class SectionMatch:
    number: str | None  # the section's number; None: the remiss as a whole
    confidence: float
    how: str = ""  # number, title, reference, quote, words, none


@dataclass
class _Indexed:
    section: Section
    title_terms: set[str]
    terms: Counter
    shingles: set[tuple[str, ...]]
    title_words: tuple[str, ...]


class SectionMatcher:
    """`title`: the remiss's own title, whose words ("Life science-strategi") name the remiss as
    a whole and so say nothing about which section a paragraph is about."""

    def __init__(self, sections: Iterable[Section], title: str = "") -> None:
        self.sections = list(sections)
        self._whole = set(_terms(title))
        self._by_number = {normalise_number(s.number): s for s in self.sections if s.number}
        self._indexed = [self._index(s) for s in self.sections]
        documents = len(self._indexed) or 1
        frequency: Counter = Counter()
        for entry in self._indexed:
            frequency.update(set(entry.terms))
        self._idf = {t: math.log((documents + 1) / (n + 0.5)) for t, n in frequency.items()}
        self._norms = [self._norm(entry.terms) for entry in self._indexed]

    # Headings

    def heading(self, number: str, title: str) -> SectionMatch:
        """The section a heading of the answer stands for, or None with a confidence that it
        is none (an answer's own part: "Bakgrund", "Förvaltningens synpunkter")."""
        candidates = [number] if number else []
        if reference := _REFERENCE.search(title):
            candidates.append(reference.group("number"))
        for candidate in candidates:
            section = self._by_number.get(normalise_number(candidate))
            if section is None:
                continue
            if not title.strip():
                return SectionMatch(section.number, 0.85, "number")
            similarity = title_similarity(title, section.title)
            if similarity >= 0.5:
                return SectionMatch(section.number, 0.97, "number")
            best, best_similarity = self._best_title(title)
            if best is not None and best is not section and best_similarity >= 0.6:
                return SectionMatch(best.number, 0.75, "title")
            return SectionMatch(section.number, 0.55, "number")
        best, similarity = self._best_title(title)
        if best is not None and similarity >= 0.6:
            return SectionMatch(best.number, round(min(0.95, 0.45 + similarity / 2), 2), "title")
        if best is not None and similarity >= 0.45:
            return SectionMatch(best.number, 0.5, "title")
        return SectionMatch(None, 0.8, "none")

    def _best_title(self, title: str) -> tuple[Section | None, float]:
        best, best_similarity = None, 0.0
        for section in self.sections:
            similarity = title_similarity(title, section.title)
            if similarity > best_similarity:
                best, best_similarity = section, similarity
        return best, best_similarity

    # Paragraphs

    def content(self, text: str, within: set[str] | None = None) -> SectionMatch:
        """The section a paragraph speaks of, among `within` (numbers) when given: then the
        answer has said it is one of them, and the likeliest is taken (unsure)."""
        if reference := _REFERENCE.search(text):
            section = self._by_number.get(normalise_number(reference.group("number")))
            if section is not None:
                return SectionMatch(section.number, 0.85, "reference")
        entries = [
            (i, e)
            for i, e in enumerate(self._indexed)
            if within is None or e.section.number in within
        ]
        if not entries:
            return SectionMatch(None, 0.7, "none")
        words = _words(text)
        shingles = set(_shingles(words))
        quoted = [(len(shingles & e.shingles), i, e) for i, e in entries if shingles & e.shingles]
        titled = [(i, e) for i, e in entries if _contains(words, e.title_words)]
        terms = Counter(_terms(text))
        scores = sorted(((self._cosine(terms, i), i, e) for i, e in entries), key=lambda x: -x[0])
        if quoted:
            quoted.sort(key=lambda x: -x[0])
            if len(quoted) == 1 or quoted[0][0] >= 2 * quoted[1][0]:
                return SectionMatch(quoted[0][2].section.number, 0.85, "quote")
        quoted_sections = {e.section.number for _, _, e in quoted} | {
            e.section.number for _, e in titled
        }
        if len(quoted_sections) > 1 and within is None:
            return SectionMatch(None, 0.6, "several")  # it quotes several: the whole remiss
        if len(titled) == 1:
            return SectionMatch(titled[0][1].section.number, 0.8, "title")
        top, second = scores[0][0], scores[1][0] if len(scores) > 1 else 0.0
        if within is not None and top > 0:
            return SectionMatch(scores[0][2].section.number, 0.6, "words")
        if top >= 0.2 and top >= 1.6 * second:
            return SectionMatch(scores[0][2].section.number, 0.7, "words")
        if top >= 0.12 and top >= 1.15 * second:
            # Weak, but the best guess: it is queued for the officer either way.
            return SectionMatch(scores[0][2].section.number, 0.5, "words")
        # Nothing points anywhere: the remiss as a whole; unsure when something nearly did.
        return SectionMatch(None, 0.5 if top >= 0.12 else 0.75, "none")

    def candidates(self, text: str, count: int = 2) -> list[str]:
        """The sections whose words a paragraph shares most, best first."""
        terms = Counter(_terms(text))
        scores = sorted(
            ((self._cosine(terms, i), e.section.number) for i, e in enumerate(self._indexed)),
            key=lambda x: -x[0],
        )
        return [number for score, number in scores[:count] if score > 0]

    # Index

    def _index(self, section: Section) -> _Indexed:
        text = f"{section.title}\n{section.body}"
        words = _words(text)
        title_words = tuple(w for w in _words(section.title) if w not in _STOP)
        return _Indexed(
            section,
            set(_terms(section.title)),
            Counter(_terms(text)),
            set(_shingles(words)),
            title_words if len(title_words) >= 3 else (),
        )

    def _norm(self, terms: Counter) -> float:
        return math.sqrt(sum((self._weight(t, n)) ** 2 for t, n in terms.items())) or 1.0

    def _weight(self, term: str, count: int) -> float:
        if term in self._whole:
            return 0.0
        return (1 + math.log(count)) * self._idf.get(term, 0.0)

    def _cosine(self, terms: Counter, index: int) -> float:
        entry = self._indexed[index]
        dot = sum(
            self._weight(t, n) * self._weight(t, entry.terms[t])
            for t, n in terms.items()
            if t in entry.terms
        )
        norm = math.sqrt(sum(self._weight(t, n) ** 2 for t, n in terms.items())) or 1.0
        return dot / (norm * self._norms[index])


def title_similarity(a: str, b: str) -> float:
    """How alike two headings are, 0–1: shared word stems, or the letters in order."""
    terms_a, terms_b = set(_terms(a)), set(_terms(b))
    dice = 2 * len(terms_a & terms_b) / (len(terms_a) + len(terms_b)) if terms_a and terms_b else 0
    ratio = difflib.SequenceMatcher(None, _flat(a), _flat(b)).ratio()
    return max(dice, ratio)


def _flat(text: str) -> str:
    return " ".join(re.sub(r"[^\wåäö ]", " ", text.casefold()).split())


def _words(text: str) -> list[str]:
    return re.findall(r"[\wåäöéü]+", text.casefold())


def _terms(text: str) -> list[str]:
    return [s for s in stems(text) if len(s) > 2 and s not in _STOP and not s.isdigit()]


def _shingles(words: list[str]) -> Iterable[tuple[str, ...]]:
    for i in range(len(words) - QUOTE_WORDS + 1):
        window = tuple(words[i : i + QUOTE_WORDS])
        if sum(1 for w in window if w not in _STOP) >= 3:
            yield window


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    """The title's words, in order, within a short window of the paragraph."""
    if not phrase:
        return False
    text = " ".join(words)
    return " ".join(phrase) in " ".join(w for w in words if w not in _STOP) or (
        " ".join(phrase) in text
    )
