"""Språkgranskning in the store: the organisation's own word list and "ignorera här"."""

from __future__ import annotations

from workbench.errors import InvalidInput
from workbench.store.part import StorePart

MAX_WORD = 100


class LanguageQueries(StorePart):
    def word_list(self, organisation_id: int) -> list[str]:
        rows = self.db.execute(
            "SELECT word FROM language_words WHERE organisation_id = ? ORDER BY word",
            [organisation_id],
        ).fetchall()
        return [row[0] for row in rows]

    def add_word(self, organisation_id: int, word: str) -> str:
        """Add a word to the organisation's list (case-folded); adding it twice is no error."""
        word = word.strip().casefold()
        if not word or len(word) > MAX_WORD or any(c.isspace() for c in word):
            raise InvalidInput("Ett ord i ordlistan är ett enda ord, högst 100 tecken.")
        with self.transaction():
            self.db.execute(
                "INSERT INTO language_words (organisation_id, word) VALUES (?, ?)"
                " ON CONFLICT (organisation_id, word) DO NOTHING",
                [organisation_id, word],
            )
        return word

    def remove_word(self, organisation_id: int, word: str) -> None:
        with self.transaction():
            self.db.execute(
                "DELETE FROM language_words WHERE organisation_id = ? AND word = ?",
                [organisation_id, word.strip().casefold()],
            )

    def ignored_findings(self, response_id: int) -> set[tuple[str, int | None, str, str]]:
        """What "ignorera här" has put aside in a response, as `Finding.ignore_key`s."""
        rows = self.db.execute(
            "SELECT kind, position_id, field, text FROM language_ignored WHERE response_id = ?",
            [response_id],
        ).fetchall()
        return {(kind, position_id, field, text) for kind, position_id, field, text in rows}

    def ignore_finding(self, response_id: int, key: tuple[str, int | None, str, str]) -> None:
        kind, position_id, field, text = key
        with self.transaction():
            self.db.execute(
                "INSERT INTO language_ignored (response_id, position_id, field, kind, text)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [response_id, position_id, field, kind, text.casefold()],
            )
