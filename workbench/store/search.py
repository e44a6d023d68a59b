"""Full-text search over every position of every response (FTS5)."""

from __future__ import annotations

import re

import sqlite_utils

from workbench.model import SearchHit

_WORD_RE = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """Quote each word of the user's text so no input can break the FTS5 syntax.

    Words are ANDed; a trailing `*` on a word keeps its meaning as a prefix search.
    """
    terms = []
    for raw in text.split():
        prefix = raw.endswith("*")
        for word in _WORD_RE.findall(raw):
            terms.append(f'"{word}"')
        if prefix and terms:
            terms[-1] += "*"
    return " ".join(terms)


class SearchQueries:
    db: sqlite_utils.Database

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        query = fts_query(text)
        if not query:
            return []
        rows = self.db.query(
            """
            SELECT p.id, p.response_id, p.stance, p.text,
                   snippet(positions_fts, 0, '[', ']', '…', 12) AS snippet,
                   o.name AS organisation, s.number AS section, r.remiss_id
            FROM positions_fts
            JOIN positions p ON p.id = positions_fts.rowid
            JOIN responses r ON r.id = p.response_id
            JOIN organisations o ON o.id = r.organisation_id
            LEFT JOIN sections s ON s.id = p.section_id
            WHERE positions_fts MATCH ?
            ORDER BY rank
            LIMIT ?
            """,
            [query, limit],
        )
        return [
            SearchHit(
                response_id=row["response_id"],
                organisation=row["organisation"],
                section=row["section"],
                stance=row["stance"],
                text=row["text"],
                snippet=row["snippet"],
                position_id=row["id"],
                remiss_id=row["remiss_id"],
            )
            for row in rows
        ]
