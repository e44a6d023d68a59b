"""What a failed write means, in Swedish: the store's errors as the officer should read them.

SQLite reports a busy or locked store (another process writing longer than the busy timeout),
a full disk, a read-only file, and I/O errors as exceptions in English; the TUI and the CLI
show these lines instead, never a traceback.
"""

from __future__ import annotations

import errno
import sqlite3

from workbench.errors import StoreError, StoreUnavailable

BUSY = "Databasen är upptagen av ett annat program just nu; ändringen sparas när den blir ledig."
# The CLI exits and cannot save later: it says so, with how long it waited.
BUSY_NOT_SAVED = (
    "Databasen är upptagen av ett annat program; efter {seconds} s väntan sparades ändringen"
    " inte. Kör kommandot igen när det andra programmet är klart."
)
FULL = (
    "Disken är full: den senaste ändringen kunde inte sparas. Frigör utrymme; det som redan"
    " sparats finns kvar."
)
READ_ONLY = "Databasen är skrivskyddad: ändringar kan inte sparas (kontrollera filens rättigheter)."
IO_ERROR = "Databasfilen kan inte skrivas (in/ut-fel): finns disken eller nätverksenheten kvar?"
CORRUPT = "Databasfilen är skadad; kör `workbench check` och läs tillbaka en säkerhetskopia."


# What SQLite's English message says → (why, the Swedish line). Anything else from SQLite is a
# programming error (a bad statement, a broken constraint) and is not translated.
_REASONS = (
    ("locked", "busy", BUSY),
    ("busy", "busy", BUSY),
    ("full", "full", FULL),
    ("readonly", "readonly", READ_ONLY),
    ("read-only", "readonly", READ_ONLY),
    ("disk i/o", "io", IO_ERROR),
    ("unable to open", "io", IO_ERROR),
)
_CORRUPT = ("malformed", "not a database")


def translate(exc: sqlite3.Error) -> StoreError | None:
    """The store's own error for a failure of the file (busy, full, read-only, I/O, corrupt);
    None for anything else, which is a bug and must surface as it is."""
    message = str(exc).lower()
    for needle, reason, text in _REASONS:
        if needle in message:
            return StoreUnavailable(text, reason)
    if any(needle in message for needle in _CORRUPT):
        return StoreError(CORRUPT)
    return None


def describe(exc: BaseException) -> str | None:
    """The Swedish line for a store failure; None when `exc` is no store failure."""
    if isinstance(exc, StoreError):
        return str(exc)
    if isinstance(exc, sqlite3.Error):
        message = str(exc).lower()
        for needle, text in (
            ("locked", BUSY),
            ("busy", BUSY),
            ("full", FULL),
            ("readonly", READ_ONLY),
            ("read-only", READ_ONLY),
            ("disk i/o", IO_ERROR),
            ("malformed", CORRUPT),
            ("not a database", CORRUPT),
        ):
            if needle in message:
                return text
        return f"Databasfel: {exc}."
    if isinstance(exc, OSError) and (exc.strerror or exc.errno in FILE_REASONS):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"Filfel{where}: {file_reason(exc)}."
    return None


def file_reason(exc: OSError) -> str:
    """Why a file operation failed, in Swedish (the system's own words when there is none)."""
    return FILE_REASONS.get(exc.errno or 0) or exc.strerror or str(exc)


# What the operating system says about a file, in Swedish (its own text is in English).
FILE_REASONS = {
    errno.ENAMETOOLONG: "filnamnet är för långt (högst 255 byte per namn); välj ett kortare",
    errno.EACCES: "åtkomst nekad; kontrollera rättigheterna",
    errno.EPERM: "åtgärden är inte tillåten",
    errno.ENOENT: "filen eller mappen finns inte",
    errno.ENOTDIR: "en del av sökvägen är ingen mapp",
    errno.EISDIR: "det är en mapp, inte en fil",
    errno.ENOSPC: "disken är full",
    errno.EROFS: "filsystemet är skrivskyddat",
    errno.ELOOP: "för många symboliska länkar i sökvägen",
    errno.EIO: "in/ut-fel på disken",
}
