"""Keeping the store safe: daily automatic copies, restoring a copy, and checking a store file.

Every copy is made with SQLite's online backup API (a consistent snapshot even while the TUI
writes) into a file readable by its owner only. Nothing here opens a store with `open_store`:
a store being checked or restored over must not be migrated or created on the way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import stat
import threading
from dataclasses import dataclass, field
from pathlib import Path

from workbench import paths
from workbench.errors import StoreError
from workbench.store.connection import BUSY_TIMEOUT_MS, available_migrations
from workbench.store.failures import file_reason

DEFAULT_KEEP = 7  # daily copies kept per store


def backups_dir() -> Path:
    return paths.data_dir() / "backups"


def keep_count() -> int:
    """How many daily copies to keep: WORKBENCH_BACKUP_KEEP, else DEFAULT_KEEP (0: none made)."""
    raw = os.environ.get("WORKBENCH_BACKUP_KEEP", "").strip()
    try:
        return max(0, int(raw)) if raw else DEFAULT_KEEP
    except ValueError:
        return DEFAULT_KEEP


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and missing parents) readable by the owner only."""
    try:
        paths.make_private_dir(folder)
    except OSError as exc:
        raise StoreError(f"Kan inte skapa mappen {folder}: {file_reason(exc)}.") from exc


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a snapshot of `source` to `target` (0600) through a temporary file, so a reader
    never sees half a copy and a failure leaves no file behind."""
    partial = target.with_name(target.name + ".part")
    try:
        partial.unlink(missing_ok=True)
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"Kan inte skriva kopian {target}: {_reason(exc)}.") from exc


# Daily copies


def daily_prefix(db_path: Path) -> str:
    """Copies of one store share a prefix: its name and a digest of where it lives, so two
    stores both called workbench.db never prune each other's copies."""
    where = hashlib.sha256(str(Path(db_path).resolve()).encode()).hexdigest()[:8]
    return f"{Path(db_path).stem}-{where}-"


def daily_backup(
    db_path: Path,
    folder: Path | None = None,
    keep: int | None = None,
    today: dt.date | None = None,
) -> Path | None:
    """Copy the store once a day into `folder` (default `<data dir>/backups`) and keep the
    newest `keep` copies. Returns the new copy, or None when today's exists or there is
    nothing to copy."""
    db_path = Path(db_path)
    keep = keep_count() if keep is None else keep
    if keep <= 0 or not db_path.is_file():
        return None
    folder = folder or backups_dir()
    prefix = daily_prefix(db_path)
    target = folder / f"{prefix}{(today or dt.date.today()).isoformat()}.db"
    if target.exists():
        return None
    make_private_dir(folder)
    try:
        source = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError(f"Kan inte läsa databasen {db_path}: {exc}.") from exc
    try:
        copy_database(source, target)
    finally:
        source.close()
    for old in sorted(folder.glob(f"{prefix}*.db"))[:-keep]:
        old.unlink(missing_ok=True)
    return target


@dataclass
class BackgroundBackup:
    """The day's copy, made in a thread so that opening the workbench never waits for it."""

    db_path: Path
    made: Path | None = None
    error: str = ""
    thread: threading.Thread | None = field(default=None, repr=False)

    def start(self) -> BackgroundBackup:
        self.thread = threading.Thread(target=self._run, name="daily-backup", daemon=True)
        self.thread.start()
        return self

    def _run(self) -> None:
        try:
            self.made = daily_backup(self.db_path)
        except StoreError as exc:
            self.error = str(exc)


# Restoring


def restore(
    source: Path, target: Path, force: bool = False, stamp: str | None = None
) -> Path | None:
    """Put the copy `source` in place of the store `target`; return where the old store was
    kept (None when there was none). Refuses to replace an existing store unless `force`.

    The copy goes in through the backup API on an open connection, so a workbench that has the
    store open sees the restored content rather than a file swapped under it.
    """
    source, target = Path(source), Path(target)
    problems = check(source, check_permissions=False)
    if problems:
        raise StoreError(f"{source} kan inte läsas tillbaka: {problems[0]}")
    if target.exists() and source.resolve() == target.resolve():
        raise StoreError("Kopian och databasen är samma fil.")
    kept = None
    if target.exists():
        if not force:
            raise StoreError(
                f"Databasen {target} finns redan; lägg till --force för att ersätta den"
                " (den gamla sparas som kopia bredvid)."
            )
        stamp = stamp or dt.datetime.now().strftime("%Y%m%dT%H%M%S")
        kept = target.with_name(f"{target.stem}.before-restore.{stamp}{target.suffix or '.db'}")
        current = _open(target)
        try:
            copy_database(current, kept)
        finally:
            current.close()
    elif not target.parent.is_dir():
        raise StoreError(f"Mappen {target.parent} finns inte.")
    else:
        try:
            os.close(os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        except OSError as exc:
            raise StoreError(f"Kan inte skapa {target}: {file_reason(exc)}.") from exc
    copy = _open(source)
    dest = _open(target)
    try:
        copy.backup(dest)
    except sqlite3.Error as exc:
        raise StoreError(f"Kan inte skriva {target}: {_reason(exc)}.") from exc
    finally:
        dest.close()
        copy.close()
    return kept


# Checking


def check(db_path: Path, check_permissions: bool = True) -> list[str]:
    """Everything wrong with a store file, as Swedish lines; an empty list when it is sound.

    Integrity (SQLite's own check), references between rows, the search indexes, the schema
    version, and who may read the file.
    """
    db_path = Path(db_path)
    if not db_path.exists():
        return [f"Filen {db_path} finns inte."]
    if not db_path.is_file():
        return [f"{db_path} är inte en fil."]
    try:
        with db_path.open("rb") as file:
            header = file.read(16)
    except OSError as exc:
        return [f"Filen {db_path} kan inte läsas: {file_reason(exc)}."]
    if header != b"SQLite format 3\x00":
        return [f"Filen {db_path} är ingen SQLite-databas."]
    problems: list[str] = []
    try:
        conn = _open(db_path)
    except StoreError as exc:
        return [str(exc)]
    try:
        problems += _integrity(conn)
        if not problems:
            problems += _references(conn)
            problems += _schema(conn)
            problems += _search_indexes(conn)
    except sqlite3.DatabaseError as exc:
        problems.append(f"Databasen kan inte läsas: {exc}.")
    finally:
        conn.close()
    if check_permissions:
        mode = stat.S_IMODE(db_path.stat().st_mode)
        if mode & 0o077:
            problems.append(
                f"Filen kan läsas av andra än ägaren (rättigheter {mode:o});"
                f" ändra med: chmod 600 {db_path}"
            )
    return problems


def _integrity(conn: sqlite3.Connection) -> list[str]:
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
    if rows == ["ok"]:
        return []
    return [f"Integritetskontrollen: {row}" for row in rows]


def _references(conn: sqlite3.Connection) -> list[str]:
    broken: dict[str, int] = {}
    for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
        broken[f"{table} → {parent}"] = broken.get(f"{table} → {parent}", 0) + 1
    return [f"{count} rader i {link} pekar på rader som saknas." for link, count in broken.items()]


def _schema(conn: sqlite3.Connection) -> list[str]:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "migrations" not in tables:
        return ["Filen är ingen arbetsbänksdatabas (tabellen migrations saknas)."]
    applied = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    known = {name for name, _ in available_migrations()}
    newer = sorted(applied - known)
    if newer:
        return [f"Databasen är skapad av en nyare version (migreringar {', '.join(newer)})."]
    return []


def _search_indexes(conn: sqlite3.Connection) -> list[str]:
    """FTS5's own consistency check, then whether the indexes hold exactly the rows they
    should (every row is indexed or queued for indexing; nothing indexed is gone)."""
    problems = []
    fts = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE '%USING fts5%'"
        )
    ]
    for table in fts:
        try:
            conn.execute(f"INSERT INTO {table}({table}) VALUES('integrity-check')")
        except sqlite3.DatabaseError as exc:
            problems.append(f"Sökindexet {table} är trasigt ({exc}).")
        finally:
            if conn.in_transaction:
                conn.rollback()
    indexed = {
        "position_search": ("positions", "position"),
        "section_search": ("sections", "section"),
    }
    for table, (rows, kind) in indexed.items():
        if table not in fts:
            continue
        missing = conn.execute(
            f"SELECT count(*) FROM {rows} r WHERE r.id NOT IN (SELECT rowid FROM {table})"
            " AND r.id NOT IN (SELECT id FROM search_pending WHERE kind = ?)",
            [kind],
        ).fetchone()[0]
        stale = conn.execute(
            f"SELECT count(*) FROM {table} WHERE rowid NOT IN (SELECT id FROM {rows})"
        ).fetchone()[0]
        if missing:
            problems.append(f"Sökindexet {table} saknar {missing} rader.")
        if stale:
            problems.append(f"Sökindexet {table} har {stale} rader som inte längre finns.")
    if problems:
        problems.append("Sökindexen byggs om med: workbench check --repair")
    return problems


def repair_search(db_path: Path) -> int:
    """Build the search indexes afresh; return how many rows were indexed."""
    from workbench.store import open_store

    with open_store(db_path) as store:
        return store.rebuild_search_index()


def _open(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise StoreError(f"Filen {path} är inte en läsbar databas: {exc}.") from exc
    return conn


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return file_reason(exc)
    return str(exc)


def rescue(db, db_path: Path, folder: Path | None = None, target: Path | None = None) -> Path:
    """The store file is gone from under an open connection (its folder deleted, a share
    unplugged): the connection still holds everything, so copy it out while it can, to
    `target` or a new file in `folder` (default the backups folder)."""
    if target is None:
        folder = folder or backups_dir()
        make_private_dir(folder)
        stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
        target = folder / f"{Path(db_path).stem}-räddad-{stamp}.db"
    copy_database(db.conn, target)
    return target
