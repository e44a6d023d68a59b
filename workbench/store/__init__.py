"""The store: the only place that speaks SQL. One SQLite file, opened with `open_store`.

Everything goes in and out as the dataclasses of `workbench.core.model`. A `Store` belongs to the
thread that opened it (sqlite3's rule); a worker thread opens its own.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from workbench.store.answers import AnswerQueries
from workbench.store.concurrent import ConcurrentEditQueries
from workbench.store.connection import backup_to, connect, migrate
from workbench.store.language import LanguageQueries
from workbench.store.organisations import OrganisationQueries
from workbench.store.outline import OutlineQueries
from workbench.store.places import PlaceQueries
from workbench.store.remisses import RemissQueries
from workbench.store.responses import ResponseQueries
from workbench.store.review import ReviewQueries
from workbench.store.search import SearchQueries, fts_query

__all__ = ["Store", "fts_query", "open_store"]


class Store(
    OrganisationQueries,
    PlaceQueries,
    RemissQueries,
    OutlineQueries,
    ResponseQueries,
    ReviewQueries,
    SearchQueries,
    AnswerQueries,
    ConcurrentEditQueries,
    LanguageQueries,
):
    def __init__(self, db: sqlite_utils.Database, path: Path | None) -> None:
        self.db = db
        self.path = path

    def backup(self, target: Path | str) -> Path:
        """Copy the store to `target` while it stays open (SQLite online backup)."""
        target = Path(target)
        backup_to(self.db, target)
        return target

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def counts(self) -> dict[str, int]:
        tables = ("remisses", "sections", "organisations", "responses", "positions")
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(path: Path | str = ":memory:") -> Store:
    """Open a store file (created when missing) and bring its schema up to date."""
    db = connect(path)
    file_path = None if str(path) == ":memory:" else Path(path)
    try:
        migrate(db, file_path)
        store = Store(db, file_path)
        # Rows written by others (or stored before search came) are indexed now, not at the
        # first keystroke in a search box.
        store.refresh_search_index()
    except Exception:
        db.close()
        raise
    return store
