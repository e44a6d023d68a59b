"""The store: the only place that speaks SQL. One SQLite file, opened with `open_store`.

Everything goes in and out as the dataclasses of `workbench.core.model`; failures of the file
come out as `workbench.errors.StoreError` / `StoreUnavailable`, never as sqlite3's errors.
`Store` is one class made of parts (see `workbench.store.part`), each declaring the parts it
calls. A `Store` belongs to the thread that opened it (sqlite3's rule); a worker thread asks
`store.in_thread()` for its own connection, opened once per thread and reused.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

from workbench.store.answers import AnswerQueries
from workbench.store.concurrent import ConcurrentEditQueries
from workbench.store.connection import (
    StoreDatabase,
    backup_to,
    connect,
    migrate,
)
from workbench.store.events import EventLog
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
    ConcurrentEditQueries,
    LanguageQueries,
    AnswerQueries,
    ReviewQueries,
    ResponseQueries,
    SearchQueries,
    OutlineQueries,
    OrganisationQueries,
    RemissQueries,
    EventLog,
    PlaceQueries,
):
    def __init__(self, db: StoreDatabase, path: Path | None) -> None:
        self.db = db
        self.path = path
        self._owner = threading.get_ident()
        self._threads = threading.local()
        self._readers: list[Store] = []
        self._readers_lock = threading.Lock()

    def in_thread(self) -> Store:
        """The store for the calling thread: this one in the thread that opened it; in a
        worker thread, that thread's own connection to the same file, opened at its first
        use and reused by every later worker in the thread (no migration, no index refresh:
        this store did both). Closed with this store. Not for a store in memory."""
        if threading.get_ident() == self._owner or self.path is None:
            return self
        reader = getattr(self._threads, "store", None)
        if reader is None:
            reader = Store(connect(self.path, threads=True), self.path)
            self._threads.store = reader
            with self._readers_lock:
                self._readers.append(reader)
        return reader

    def adopt(self) -> None:
        """Make the calling thread this store's own (a store opened by a worker with
        `threads=True` and handed to the event loop)."""
        self._owner = threading.get_ident()

    @contextlib.contextmanager
    def for_worker(self) -> Iterator[Store]:
        """`with store.for_worker() as store:` in a thread worker: the thread's own
        connection (`in_thread`), left open for the next worker of the thread."""
        yield self.in_thread()

    def backup(self, target: Path | str) -> Path:
        """Copy the store to `target` while it stays open (SQLite online backup)."""
        target = Path(target)
        backup_to(self.db, target)
        return target

    def rescue(self, target: Path | None = None) -> Path:
        """Copy the open store out when its file has vanished (see `backup.rescue`)."""
        from workbench.store.backup import rescue

        assert self.path is not None, "a store in memory has no file to lose"
        return rescue(self.db, self.path, target=target)

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def counts(self) -> dict[str, int]:
        tables = ("remisses", "sections", "organisations", "responses", "positions")
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def close(self) -> None:
        with self._readers_lock:
            readers, self._readers = self._readers, []
        for reader in readers:
            reader.db.close()
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(
    path: Path | str = ":memory:",
    busy_timeout_ms: int | None = None,
    threads: bool = False,
    busy_retry_seconds: float = 0.0,
) -> Store:
    """Open a store file (created when missing) and bring its schema up to date. A short
    `busy_timeout_ms` suits a writer that must not wait long for another process; `threads`
    lets the store be closed from another thread than the one that opened it;
    `busy_retry_seconds` makes a write ask again for the lock that long after the busy
    timeout (the CLI, which cannot save later)."""
    db = connect(path, busy_timeout_ms, threads=threads, busy_retry_seconds=busy_retry_seconds)
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
