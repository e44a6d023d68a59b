"""Swedish words for search: split text into words and reduce each to its stem.

The Snowball Swedish stemmer joins the forms a search should treat as one word
("kompetensförsörjningen" → "kompetensförsörjning", "tillstyrker" → "tillstyrk"). Å, ä and ö
stay distinct letters, as they are in Swedish: "var" and "vår" are different words.

Two steps are added to Snowball's, both applied to every form alike so the forms of a word
stay together:
- the definite form of a noun ending in a vowel takes a bare "-n" that Snowball leaves on
  ("strategin", "frågan", "skolan"): a long stem ending in "an" or "in" loses that "n";
- Snowball takes one suffix off, and Swedish stacks them ("område-n-a", "kostnad-er-na"): the
  stem is stemmed once more, so "områdena", "kostnaderna", "ansvaret" meet "område",
  "kostnad", "ansvar".
Known gaps: past tenses in -de ("genomförde") and vowel changes ("bostäder", "föreslog").

The index and the queries both go through `stem`, so they agree by construction. Tokens are what
SQLite's unicode61 tokenizer would make of the text: runs of letters and digits.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

# A letter or digit, then letters, digits or combining marks (a decomposed "ö" is one letter).
_TOKEN_RE = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*")
_DEFINITE_N_MIN = 5  # "datan" → "data"; shorter words ("man", "vin") are left alone

_local = threading.local()


class Token(NamedTuple):
    """One word of a text: where it is (`start`, `end` in the text) and its normalised form."""

    start: int
    end: int
    word: str


def normalise(word: str) -> str:
    """Lower case, composed letters (NFC), no stray combining marks."""
    word = unicodedata.normalize("NFC", word).lower()
    if word.isalnum():
        return word
    return "".join(ch for ch in word if ch.isalnum())


def tokens(text: str) -> Iterator[Token]:
    for match in _TOKEN_RE.finditer(text):
        yield Token(match.start(), match.end(), _normalised(match.group()))


def stemmed_tokens(text: str) -> list[Token]:
    """The text's words with their stems in place of the words (for highlighting)."""
    return [
        Token(match.start(), match.end(), _index_word(match.group()))
        for match in _TOKEN_RE.finditer(text)
    ]


def words(text: str) -> list[str]:
    return [token.word for token in tokens(text)]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The search stem of one normalised word."""
    stemmed = _snowball(word)
    if len(stemmed) >= _DEFINITE_N_MIN and stemmed[-1] == "n" and stemmed[-2] in "ai":
        stemmed = stemmed[:-1]
    return _snowball(stemmed)


def stems(text: str) -> list[str]:
    return [stem(word) for word in words(text)]


def index_text(text: str) -> str:
    """The text as the search index holds it: its stems, in order, separated by spaces.

    The same as joining `stems(text)`, faster: indexing a large store stems every word.
    """
    if len(text) <= _BLOCK:
        return " ".join([_index_word(raw) for raw in _TOKEN_RE.findall(text)])
    # A long text a block at a time, cut at white space: the list of all its words at once
    # took 1.5 GB for a section of 100 MB.
    pieces = (" ".join([_index_word(raw) for raw in _TOKEN_RE.findall(b)]) for b in blocks(text))
    return " ".join(piece for piece in pieces if piece)


_BLOCK = 2**20


def blocks(text: str, size: int = _BLOCK) -> Iterator[str]:
    """`text` in pieces of about `size` characters, each cut at white space (no word is cut,
    unless a word is longer than `size`)."""
    start = 0
    while start < len(text):
        end = start + size
        if end < len(text):
            cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        yield text[start:end]
        start = end


@lru_cache(maxsize=200_000)
def _index_word(raw: str) -> str:
    return stem(_normalised(raw))


def _normalised(raw: str) -> str:
    # Most words are composed lower- or title-case letters already: skip the NFC pass.
    if raw.isalnum() and raw.isascii():
        return raw.lower()
    return normalise(raw)


def _snowball(word: str) -> str:
    # Numbers, and words too short to hold a suffix in R1 (which starts at the fourth letter
    # at the earliest), come back unchanged: skip the stemmer (a file of numbered lines has
    # as many distinct numbers as lines).
    if len(word) <= 3 or word.isdigit():
        return word
    # A Snowball stemmer keeps its state on the object: one per thread.
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        import snowballstemmer

        stemmer = _local.stemmer = snowballstemmer.stemmer("swedish")
    return stemmer.stemWord(word)
