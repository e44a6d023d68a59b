"""Opening the store: the file, its pragmas, the migrations in db/ and the backups they need."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import stat
import time
from pathlib import Path

import sqlite_utils

from workbench import paths
from workbench.errors import InvalidInput, StoreError, StoreUnavailable
from workbench.store.failures import describe, file_reason, translate

BUSY_TIMEOUT_MS = 5000
# The autosaver's own connection waits this long for another writer, in its own thread: a
# longer wait only delays the retry, and a flush at a screen change must not hang the screen.
SHORT_BUSY_TIMEOUT_MS = 250
BUSY_RETRY_PAUSE = 0.25


class StoreConnection(sqlite3.Connection):
    """A connection whose failures of the file (busy, full, read-only, I/O, corrupt) come out
    as the store's own errors (`StoreUnavailable`, `StoreError`), so no caller outside the
    store needs to know sqlite3. Other SQLite errors are bugs and pass through unchanged."""

    def execute(self, *args, **kwargs):  # type: ignore[override, unused-ignore]
        try:
            return super().execute(*args, **kwargs)
        except sqlite3.Error as exc:
            _raise_translated(exc)
            raise

    def executemany(self, *args, **kwargs):  # type: ignore[override, unused-ignore]
        try:
            return super().executemany(*args, **kwargs)
        except sqlite3.Error as exc:
            _raise_translated(exc)
            raise

    def executescript(self, *args, **kwargs):  # type: ignore[override, unused-ignore]
        try:
            return super().executescript(*args, **kwargs)
        except sqlite3.Error as exc:
            _raise_translated(exc)
            raise

    def commit(self) -> None:
        try:
            super().commit()
        except sqlite3.Error as exc:
            _raise_translated(exc)
            raise


def _raise_translated(exc: sqlite3.Error) -> None:
    known = translate(exc)
    if known is not None:
        raise known from exc


_MIGRATION_RE = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def connect(
    path: Path | str,
    busy_timeout_ms: int | None = None,
    threads: bool = False,
    busy_retry_seconds: float = 0.0,
) -> StoreDatabase:
    """Open (or create) a store file with WAL, foreign keys and a busy timeout (default
    BUSY_TIMEOUT_MS). `threads`: the connection may be closed from another thread than its
    own (a worker's reader, the autosaver's writer). `busy_retry_seconds`: how long a write
    transaction keeps asking for the lock after the busy timeout (StoreDatabase)."""
    if busy_timeout_ms is None:
        busy_timeout_ms = BUSY_TIMEOUT_MS
    if str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", factory=StoreConnection)
    else:
        path = Path(path)
        _refuse_other_files(path)
        try:
            if not path.parent.exists():
                paths.make_private_dir(path.parent)
        except OSError as exc:
            raise StoreError(f"Kan inte skapa mappen {path.parent}: {file_reason(exc)}.") from exc
        try:
            _create_private(path)
            conn = sqlite3.connect(
                str(path),
                timeout=busy_timeout_ms / 1000,
                factory=StoreConnection,
                check_same_thread=not threads,
            )
        except OSError as exc:
            raise StoreError(f"Kan inte skapa databasen {path}: {file_reason(exc)}.") from exc
        except sqlite3.Error as exc:
            raise StoreError(f"Kan inte öppna databasen {path}: {exc}.") from exc
    # No sqlite-utils plugins: the store uses none, and looking for them scans every
    # installed package (tens of milliseconds at each start).
    db = StoreDatabase(conn, execute_plugins=False)
    db.busy_retry_seconds = busy_retry_seconds
    try:
        db.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
        db.execute("PRAGMA foreign_keys = ON")
        if str(path) != ":memory:":
            with db.ensure_autocommit_on():
                mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal" and os.access(path, os.W_OK):
                raise StoreError(f"Databasen {path} kan inte öppnas i WAL-läge.")
            # NORMAL is durable against a killed process in WAL mode; only power loss
            # can drop the last commits, and never corrupts the file.
            db.execute("PRAGMA synchronous = NORMAL")
    except (sqlite3.DatabaseError, StoreError) as exc:
        conn.close()
        cause = exc.__cause__ if isinstance(exc, StoreError) and exc.__cause__ else exc
        raise StoreError(_open_failure(Path(path), cause)) from exc
    return db


def _refuse_other_files(path: Path) -> None:
    """A path that is no store file (a folder, a device, a FIFO, /proc/version, a document):
    a StoreError that says so, before SQLite reads it or waits on it."""
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return  # a new store; making its folder says what is wrong with the path
    except OSError as exc:
        raise StoreError(f"Databasen {path} kan inte öppnas: {file_reason(exc)}.") from exc
    if stat.S_ISDIR(info.st_mode):
        raise StoreError(f"Databasen {path} är en mapp, inte en fil.")
    if not stat.S_ISREG(info.st_mode):
        raise StoreError(
            f"{path} är ingen vanlig fil (en enhet eller en FIFO) och kan inte vara en databas;"
            " ange en databasfil med --db."
        )
    # No open() here: closing a descriptor of the store drops the SQLite locks that other
    # connections of this process hold on it. A pseudo file (/proc/version, /sys/…) lies on
    # a file system of no blocks; any other file that is no database SQLite itself reports.
    try:
        pseudo = os.statvfs(path).f_blocks == 0
    except (OSError, AttributeError):
        pseudo = False
    if pseudo:
        raise StoreError(
            f"Filen {path} är inte en läsbar databas (en systemfil, ingen SQLite-fil);"
            " ange en databasfil med --db."
        )


def _open_failure(path: Path, exc: BaseException) -> str:
    """Why a store file did not open: a full disk also shows as an I/O error (WAL needs room
    for its index file), which must not read as a broken file."""
    reason = str(exc).lower()
    if "not a database" in reason or "malformed" in reason:
        return f"Filen {path} är inte en läsbar databas: {exc}."
    try:
        usage = shutil.disk_usage(path.parent)
        # A file system of no size (/proc, /sys) is not full, it holds no stores.
        full = usage.total > 0 and usage.free < 2**20
    except OSError:
        full = False
    if full:
        return f"Databasen {path} kan inte öppnas: disken är full. Frigör utrymme, inget är borta."
    return f"Databasen {path} kan inte öppnas. {describe(exc)}"


class StoreDatabase(sqlite_utils.Database):
    """sqlite-utils' Database whose transactions take the write lock when they begin.

    A plain BEGIN reads first and asks for the write lock at its first write; if another
    process wrote in between, SQLite cannot upgrade the stale read and fails at once with
    "database is locked", without waiting out the busy timeout. BEGIN IMMEDIATE waits.
    """

    # How long a write keeps asking for the lock after the busy timeout ran out, in seconds.
    # 0 (the TUI: its autosaver retries on its own and says so); the CLI, which exits, waits.
    busy_retry_seconds: float = 0.0

    def begin_immediate(self) -> None:
        """BEGIN IMMEDIATE, asked again while another program holds the write lock, until
        `busy_retry_seconds` have passed; then the busy `StoreUnavailable` (nothing written)."""
        deadline = None  # counted from the first refusal: the busy timeout was waited out then
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except StoreUnavailable as exc:
                if deadline is None:
                    deadline = time.monotonic() + self.busy_retry_seconds
                left = deadline - time.monotonic()
                if exc.reason != "busy" or left <= 0:
                    raise
                time.sleep(min(BUSY_RETRY_PAUSE, left))

    @contextlib.contextmanager
    def atomic(self):
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.begin_immediate()
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


def _create_private(path: Path) -> None:
    """Create a new store readable by its owner only; an existing file keeps its mode."""
    if path.exists():
        return
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)
    except FileExistsError:
        pass


def available_migrations(directory: Path | None = None) -> list[tuple[str, Path]]:
    directory = directory or paths.migrations_dir()
    found = []
    for file in sorted(directory.glob("*.sql")):
        if _MIGRATION_RE.match(file.name):
            found.append((file.stem, file))
    return found


def applied_migrations(db: sqlite_utils.Database) -> list[str]:
    if "migrations" not in db.table_names():
        return []
    return [row["name"] for row in db.query("SELECT name FROM migrations ORDER BY name")]


def migrate(
    db: sqlite_utils.Database, db_path: Path | None, directory: Path | None = None
) -> list[str]:
    """Apply pending migrations in order, each in its own transaction; return their names.

    Before the first migration that changes an existing store (one with migrations already
    applied), a copy is taken with SQLite's online backup API beside the store file.
    """
    db.execute(
        "CREATE TABLE IF NOT EXISTS migrations ("
        " name TEXT PRIMARY KEY,"
        " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"
    )
    done = set(applied_migrations(db))
    pending = [(name, file) for name, file in available_migrations(directory) if name not in done]
    if not pending:
        return []
    if done and db_path is not None:
        backup_before_migration(db, db_path, pending[0][0])
    applied = []
    for name, file in pending:
        script = file.read_text(encoding="utf-8")
        try:
            db.conn.executescript(
                f"BEGIN;\n{script}\n;INSERT INTO migrations (name) VALUES ('{name}');\nCOMMIT;"
            )
        except (sqlite3.Error, StoreError) as exc:
            if db.conn.in_transaction:
                db.conn.rollback()
            cause = exc.__cause__ if isinstance(exc, StoreError) and exc.__cause__ else exc
            raise StoreError(f"Migreringen {name} misslyckades: {cause}.") from exc
        applied.append(name)
    return applied


def backup_before_migration(db: sqlite_utils.Database, db_path: Path, migration: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    suffix = db_path.suffix or ".db"
    target = db_path.with_name(f"{db_path.stem}.before-{migration}.{stamp}{suffix}")
    backup_to(db, target)
    return target


def backup_to(db: sqlite_utils.Database, target: Path) -> None:
    """Copy the open store to `target` with the online backup API (safe while others write),
    through an owner-only temporary file beside it; a file already at `target` is kept as
    `NAME (föregående).db`."""
    target = Path(target)
    if target.exists() and target.is_dir():
        raise StoreError(f"{target} är en mapp; ange ett filnamn för säkerhetskopian.")
    if not target.parent.is_dir():
        raise StoreError(f"Kan inte skriva säkerhetskopian {target}: mappen finns inte.")
    partial: Path | None = None
    try:
        handle, partial = paths.private_temp_file(target.parent, target.suffix or ".db")
        os.close(handle)
        dest = sqlite3.connect(str(partial))
        try:
            db.conn.backup(dest)
            # A copy of a WAL store is in WAL mode too: back to one file before the rename,
            # so no -wal or -shm is left under the temporary name.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        paths.keep_previous(target)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        if partial is not None:
            for leftover in (
                partial,
                *(Path(f"{partial}{e}") for e in ("-wal", "-shm", "-journal")),
            ):
                leftover.unlink(missing_ok=True)
        reason = _file_reason(exc)
        raise StoreError(f"Kan inte skriva säkerhetskopian {target}: {reason}.") from exc


def _file_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return file_reason(exc)
    return str(exc)


# Conversions between stored text and the model's types.


def now() -> str:
    """UTC timestamp with milliseconds, the same form as the schema's defaults."""
    stamp = dt.datetime.now(dt.UTC)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"


def date_out(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def date_in(value: dt.date | str | None, field: str = "datum") -> str | None:
    """Accept a date or ISO text; anything else is a clear error naming the field."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InvalidInput(
            f"{field}: '{value}' är inget giltigt datum (skriv ÅÅÅÅ-MM-DD)."
        ) from None


def json_list(value: str | None) -> list:
    return json.loads(value) if value else []


def json_dump(value) -> str:
    return json.dumps(value, ensure_ascii=False)
