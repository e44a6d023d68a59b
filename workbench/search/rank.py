"""Ranking search candidates by BM25 without counting every match.

SQLite's own bm25() first counts, for each term, every row that holds it: for a word found in
most rows ("och", "strategin") that count alone costs tens of milliseconds on a million rows,
however few rows are ranked. Here the same BM25 formula as FTS5's (k1 = 1.2, b = 0.75, the
same idf floor) is computed over the candidates' stems, and each term's document count is
estimated from the term's own newest matches: if its `probe` newest matches span the newest
`s` rows of the index, it is in about `probe / s` of all rows. Below `probe` matches the count
is exact. Rows and token totals come from FTS5's averages record, which it keeps up to date.

Pure functions: the store fetches rows, these score them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workbench.search.query import Term

K1 = 1.2
B = 0.75
IDF_FLOOR = 1e-6  # as FTS5: a term in more than half of the rows still counts a little


@dataclass(frozen=True)
class IndexStats:
    """What BM25 needs to know about a whole index."""

    rows: int
    tokens: int  # all columns together
    last_rowid: int

    @property
    def average_length(self) -> float:
        return self.tokens / self.rows if self.rows else 0.0


def decode_averages(record: bytes) -> tuple[int, list[int]]:
    """FTS5's averages record (row id 1 of its `_data` table): the number of rows, then the
    number of tokens in each column, as SQLite varints."""
    values = []
    offset = 0
    while offset < len(record):
        value, offset = _varint(record, offset)
        values.append(value)
    if not values:
        return 0, []
    return values[0], values[1:]


def _varint(data: bytes, offset: int) -> tuple[int, int]:
    """One SQLite varint: big-endian 7-bit groups, the ninth byte whole."""
    value = 0
    for index in range(9):
        byte = data[offset + index]
        if index == 8:
            return (value << 8) | byte, offset + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, offset + index + 1
    raise AssertionError("unreachable")


def estimate_documents(newest: Sequence[int], probe: int, stats: IndexStats) -> float:
    """How many rows hold a term, from the rowids of its newest matches (newest first, at most
    `probe` of them). Rowids grow with time, so the span they cover stands for the whole."""
    if len(newest) < probe or not newest:
        return float(len(newest))
    span = stats.last_rowid - newest[-1] + 1
    if span <= 0 or stats.last_rowid <= 0:
        return float(stats.rows)
    live_share = stats.rows / stats.last_rowid  # deleted rows leave gaps in the rowids
    estimate = len(newest) / (span * live_share) * stats.rows
    return min(float(stats.rows), max(float(len(newest)), estimate))


def idf(documents: float, rows: int) -> float:
    value = math.log((rows - documents + 0.5) / (documents + 0.5)) if rows else 0.0
    return value if value > 0 else IDF_FLOOR


def bm25(
    columns: Sequence[str],
    terms: Sequence[Term],
    idfs: Sequence[float],
    weights: Sequence[float],
    average_length: float,
) -> float:
    """The BM25 score of one row (its columns as stems text); higher is better. The same
    formula as FTS5's bm25(), negated."""
    return score_rows([(0, *columns)], terms, idfs, weights, average_length)[0][0]


def score_rows(
    rows: Iterable[Sequence],
    terms: Sequence[Term],
    idfs: Sequence[float],
    weights: Sequence[float],
    average_length: float,
) -> list[tuple[float, int]]:
    """(score, rowid) of each row given as (rowid, column text, …): `bm25` for many rows.

    A term is counted with str.count over the text with every stem between two spaces of its
    own: it runs in C, and no two occurrences overlap. The loop is kept tight: it runs for
    every candidate of every search.
    """
    patterns = [
        (" " + "  ".join(term.stems) + ("" if term.prefix else " "), term_idf)
        for term, term_idf in zip(terms, idfs, strict=True)
    ]
    weighted = list(enumerate(weights))
    scale = B / average_length if average_length else 0.0
    base = 1 - B if average_length else 1.0
    scored = []
    for row in rows:
        spaced = [" " + text.replace(" ", "  ") + " " if text else "" for text in row[1:]]
        length = sum(text.count(" ") + 1 for text in row[1:] if text)
        norm = K1 * (base + scale * length)
        score = 0.0
        for pattern, term_idf in patterns:
            frequency = 0.0
            for column, weight in weighted:
                if spaced[column]:
                    frequency += weight * spaced[column].count(pattern)
            if frequency:
                score += term_idf * frequency * (K1 + 1) / (frequency + norm)
        scored.append((score, row[0]))
    return scored
