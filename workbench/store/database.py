"""The connection wrapper the store's queries run on: execute, query, atomic.

The store writes all its SQL by hand, so it needs only these few calls. They keep the names
and the transaction rules of sqlite-utils' `Database` (which the store first used): a write
outside a transaction commits at once, `atomic()` is a transaction, nested blocks are
savepoints. sqlite-utils itself was dropped because importing it (with pluggy, click and
dateutil) cost about 60 ms of the TUI's start, half its distance from a bare Textual app.
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

Params = Sequence[Any] | dict[str, Any] | None


class Database:
    """One SQLite connection in autocommit mode; transactions only through `atomic()`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        # isolation_level None: sqlite3 opens no implicit transactions, so a lone write is
        # committed when it returns and BEGIN/SAVEPOINT are ours alone.
        conn.isolation_level = None
        self.conn = conn
        # As sqlite-utils did: REPLACE fires delete triggers, so indexes kept by triggers
        # (search, read-only rules) see every row that goes.
        conn.execute("PRAGMA recursive_triggers = on")

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        """Rows as dicts keyed by column name."""
        cursor = self.execute(sql, params)
        names = [column[0] for column in cursor.description or ()]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction; inside another one, a savepoint that rolls back on its own."""
        if self.conn.in_transaction:
            savepoint = f"sp_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) in a trigger may have ended the whole transaction.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def table_names(self) -> list[str]:
        return [
            row[0] for row in self.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]

    def columns(self, table: str) -> list[str]:
        return [row[1] for row in self.execute(f"PRAGMA table_info([{table}])")]

    def close(self) -> None:
        self.conn.close()
