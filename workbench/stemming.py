"""Swedish words for search: split text into words and reduce each to its stem.

The Snowball Swedish stemmer joins the forms a search should treat as one word
("kompetensförsörjningen" → "kompetensförsörjning", "tillstyrker" → "tillstyrk"). Å, ä and ö
stay distinct letters, as they are in Swedish: "var" and "vår" are different words.

One rule is added to Snowball's: the definite form of a noun ending in a vowel takes a bare
"-n" that Snowball leaves on ("strategin", "frågan", "skolan"), so a long stem ending in "an" or
"in" loses that "n" and is stemmed again. Applied to every form alike, it keeps the forms of one
word together ("strategi", "strategin", "strategins" → "strategi").

The index and the queries both go through `stem`, so they agree by construction. Tokens are what
SQLite's unicode61 tokenizer would make of the text: runs of letters and digits.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# A letter or digit, then letters, digits or combining marks (a decomposed "ö" is one letter).
_TOKEN_RE = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*")
_DEFINITE_N_MIN = 5  # "datan" → "data"; shorter words ("man", "vin") are left alone

_local = threading.local()


@dataclass(frozen=True)
class Token:
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
        word = normalise(match.group())
        if word:
            yield Token(match.start(), match.end(), word)


def words(text: str) -> list[str]:
    return [token.word for token in tokens(text)]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The search stem of one normalised word."""
    stemmed = _snowball(word)
    if len(stemmed) >= _DEFINITE_N_MIN and stemmed[-1] == "n" and stemmed[-2] in "ai":
        stemmed = _snowball(stemmed[:-1])
    return stemmed


def stems(text: str) -> list[str]:
    return [stem(word) for word in words(text)]


def index_text(text: str) -> str:
    """The text as the search index holds it: its stems, in order, separated by spaces."""
    return " ".join(stems(text))


def _snowball(word: str) -> str:
    # A Snowball stemmer keeps its state on the object: one per thread.
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        import snowballstemmer

        stemmer = _local.stemmer = snowballstemmer.stemmer("swedish")
    return stemmer.stemWord(word)
