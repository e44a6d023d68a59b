"""Klarspråk: sentences over 30 words, LIX, and words and phrases with plainer alternatives
(`data/avoid.toml`, compiled from Svarta listan, Myndigheternas skrivregler and Språkrådet's
klarspråk advice; the file names its sources)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from workbench.language.text import Span, counted_words, sentences, words

LONG_SENTENCE_WORDS = 30
HARD_LIX = 65  # a position reading harder than this is pointed out ("mycket svår")
MIN_LIX_WORDS = 25  # LIX of a shorter text says little
AVOID_FILE = Path(__file__).parent / "data" / "avoid.toml"


@dataclass(frozen=True)
class AvoidEntry:
    forms: tuple[str, ...]
    instead: tuple[str, ...]
    source: str
    not_after: frozenset[str] = frozenset()

    @property
    def headword(self) -> str:
        return self.forms[0]


@dataclass(frozen=True)
class AvoidList:
    entries: tuple[AvoidEntry, ...]
    sources: dict[str, str]
    # first word of a form → (the form's words, its entry); longer forms first
    index: dict[str, tuple[tuple[tuple[str, ...], AvoidEntry], ...]]

    def find(self, text: str) -> Iterator[tuple[Span, AvoidEntry]]:
        tokens = list(words(text))
        i = 0
        while i < len(tokens):
            matched = None
            for form, entry in self.index.get(tokens[i].text, ()):
                end = i + len(form)
                if end > len(tokens):
                    continue
                if all(want == "*" or want == tokens[i + k].text for k, want in enumerate(form)):
                    previous = tokens[i - 1].text if i else ""
                    if previous in entry.not_after:
                        continue
                    matched = (end, entry)
                    break
            if matched is None:
                i += 1
                continue
            end, entry = matched
            start, stop = tokens[i].start, tokens[end - 1].end
            yield Span(start, stop, text[start:stop]), entry
            i = end


@cache
def avoid_list(path: Path = AVOID_FILE) -> AvoidList:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entries = tuple(
        AvoidEntry(
            forms=tuple(form.strip().casefold() for form in item["forms"].split("|")),
            instead=tuple(item["instead"]),
            source=item["source"],
            not_after=frozenset(w.casefold() for w in item.get("not_after", ())),
        )
        for item in data["avoid"]
    )
    index: dict[str, list[tuple[tuple[str, ...], AvoidEntry]]] = {}
    for entry in entries:
        for form in entry.forms:
            parts = tuple(form.split())
            index.setdefault(parts[0], []).append((parts, entry))
    ordered = {
        first: tuple(sorted(forms, key=lambda item: -len(item[0])))
        for first, forms in index.items()
    }
    return AvoidList(entries, dict(data.get("sources", {})), ordered)


def avoid_message(entry: AvoidEntry, found: str) -> str:
    alternatives = " eller ".join(f"”{alt}”" for alt in entry.instead)
    return f"”{found}” kan ofta bytas mot {alternatives}."


def long_sentences(text: str, lead_words: int = 0) -> Iterator[tuple[Span, int]]:
    """Sentences over 30 words; the first counts the words of the lead that opens it."""
    for index, sentence in enumerate(sentences(text)):
        count = len(counted_words(sentence.text)) + (lead_words if index == 0 else 0)
        if count > LONG_SENTENCE_WORDS:
            yield sentence, count


def long_sentence_message(count: int) -> str:
    return (
        f"Meningen har {count} ord. Över {LONG_SENTENCE_WORDS} ord blir den svår att läsa:"
        " dela den i två."
    )
