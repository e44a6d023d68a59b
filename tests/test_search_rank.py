"""Ranking without counting every match: BM25 as FTS5 computes it, document counts estimated
from a term's newest matches, and FTS5's averages record read as FTS5 writes it."""

from __future__ import annotations

import sqlite3

import pytest

from workbench.search.query import Term, parse
from workbench.search.rank import (
    IDF_FLOOR,
    IndexStats,
    bm25,
    decode_averages,
    estimate_documents,
    idf,
    score_rows,
)
from workbench.usecases.demo import load_demo


def test_averages_record_of_a_real_fts5_table():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, b)")
    conn.executemany(
        "INSERT INTO t (a, b) VALUES (?, ?)",
        [("ett två", "tre"), ("fyra", ""), *[("x " * 200, "y")] * 300],
    )
    conn.commit()  # FTS5 writes the record when the transaction commits
    (record,) = conn.execute("SELECT block FROM t_data WHERE id = 1").fetchone()
    assert decode_averages(record) == (302, [3 + 200 * 300, 1 + 300])
    assert decode_averages(b"") == (0, [])


def test_big_varints():
    # 2**63 - 1 takes all nine bytes, the last one whole
    assert decode_averages(b"\xff" * 8 + b"\xff") == (2**64 - 1, [])
    assert decode_averages(bytes([0x81, 0x00])) == (128, [])


def test_document_estimate_is_exact_below_the_probe():
    stats = IndexStats(rows=1000, tokens=10_000, last_rowid=1000)
    assert estimate_documents([990, 500, 3], 10, stats) == 3
    assert estimate_documents([], 10, stats) == 0


def test_document_estimate_scales_the_newest_span_to_the_whole():
    stats = IndexStats(rows=1000, tokens=10_000, last_rowid=1000)
    # ten matches among the newest 100 rows: one row in ten holds the term
    assert estimate_documents(list(range(991, 900, -10)), 10, stats) == pytest.approx(100)
    # every row holds it
    assert estimate_documents(list(range(1000, 990, -1)), 10, stats) == 1000
    # half the rowids were deleted: ten matches over 100 rowids are ten over 50 live rows
    sparse = IndexStats(rows=500, tokens=5000, last_rowid=1000)
    assert estimate_documents(list(range(991, 900, -10)), 10, sparse) == pytest.approx(100)


def test_idf_has_fts5s_floor():
    assert idf(1, 1000) > idf(10, 1000) > idf(400, 1000) > 0
    assert idf(900, 1000) == IDF_FLOOR
    assert idf(0, 0) == IDF_FLOOR


def test_frequency_counts_every_occurrence_prefix_and_phrase():
    text = "datadelning datadelning och datadelningen region datadelning"
    one = bm25(["", text], [Term(("datadelning",))], [1.0], [0.5, 1.0], 6.0)
    two = bm25(
        ["", "datadelning datadelning x x x x"], [Term(("datadelning",))], [1.0], [0.5, 1.0], 6.0
    )
    assert one > two > 0
    assert bm25(["", text], [Term(("datadeln",), prefix=True)], [1.0], [0.5, 1.0], 6.0) > one
    assert bm25(["", text], [Term(("och", "datadelningen"))], [1.0], [0.5, 1.0], 6.0) > 0
    assert bm25(["", text], [Term(("region", "och"))], [1.0], [0.5, 1.0], 6.0) == 0
    assert bm25(["", ""], [Term(("x",))], [1.0], [0.5, 1.0], 0.0) == 0


def test_scores_equal_fts5s_own_bm25_on_the_demo(store):
    """Below the candidate limit, the store's ranking is FTS5's bm25() to the last digit.

    FTS5 is given the same stems without the tags column (which the store leaves out of the
    lengths, as it is no text)."""
    from workbench.store.search import _POSITIONS

    load_demo(store)
    store.refresh_search_index()
    store.db.execute("CREATE VIRTUAL TABLE temp.plain USING fts5(verb, text)")
    store.db.execute(
        "INSERT INTO plain (rowid, verb, text) SELECT rowid, verb, text FROM position_search"
    )
    store.db.conn.commit()
    stats = store._index_stats(_POSITIONS)
    for text in ["strategi", "kompetens* life", '"life science" region', "och", "samverkan"]:
        query = parse(text)
        match = " ".join(term.render() for term in query.terms)
        rows = store.db.execute(
            "SELECT rowid, verb, text, bm25(plain, 0.5, 1.0) FROM plain WHERE plain MATCH ?",
            [match],
        ).fetchall()
        assert rows
        documents = [
            store.db.execute(
                "SELECT count(*) FROM plain WHERE plain MATCH ?", [term.render()]
            ).fetchone()[0]
            for term in query.terms
        ]
        idfs = [idf(count, stats.rows) for count in documents]
        mine = score_rows(
            [row[:3] for row in rows], query.terms, idfs, (0.5, 1.0), stats.average_length
        )
        assert [round(score, 9) for score, _ in mine] == [round(-row[3], 9) for row in rows]
