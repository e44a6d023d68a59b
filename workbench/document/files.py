"""Writing an output file safely: whole or not at all, and never over a file someone has open.

A file is written to a temporary name in the target folder, flushed, then renamed over the
target (`os.replace`, atomic on one file system), so a reader never sees half a document and a
failure leaves no partial file. A target that Word or LibreOffice has open (their lock files
`~$name.docx` and `.~lock.name.docx#` lie beside it; Windows also refuses the rename) is
reported instead of overwritten.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from workbench import paths
from workbench.errors import WorkbenchError

# What Word cannot hold: C0 control characters except tab, line feed and carriage return,
# plus what XML cannot hold at all (lone surrogates, U+FFFE, U+FFFF).
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACE_RE = re.compile(r"[\t\n\r]+")


class ExportError(WorkbenchError):
    """An output file cannot be written; the message says why, in Swedish."""


_UNUSUAL_RE = re.compile(r"[\x00-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Text as Word can hold it on one line: control characters removed, breaks as spaces."""
    if _UNUSUAL_RE.search(text) is None:  # nearly always: one scan instead of two
        return text
    return _SPACE_RE.sub(" ", CONTROL_RE.sub("", text))


def lock_files(target: Path) -> list[Path]:
    """The lock files Word and LibreOffice keep beside a document they have open."""
    name = target.name
    candidates = [target.with_name(f".~lock.{name}#"), target.with_name(f"~${name}")]
    if len(name) > 2:
        # Word drops the first characters of long names: "Yttrande.docx" → "~$ttrande.docx".
        candidates += [target.with_name(f"~${name[1:]}"), target.with_name(f"~${name[2:]}")]
    return [path for path in candidates if path.exists()]


def write_atomic(target: Path, write: Callable[[BinaryIO], None], keep: bool = True) -> Path:
    """Write `target` through `write(file)`: all of it, or nothing and an ExportError. A file
    already at `target` is kept as `NAME (föregående).ext` (`keep`)."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if len(os.fsencode(target.name)) > paths.NAME_MAX:
        raise ExportError(f"Kan inte skriva {target}: {_REASONS[errno.ENAMETOOLONG]}.")
    if target.is_dir():
        raise ExportError(f"{target} är en mapp; ange ett filnamn.")
    if not folder.is_dir():
        raise ExportError(f"Mappen {folder} finns inte.")
    if lock_files(target):
        raise ExportError(
            f"Filen {target} är öppen i ett annat program (Word eller LibreOffice);"
            " stäng den och försök igen."
        )
    try:
        handle, temporary = paths.private_temp_file(folder, target.suffix)
    except OSError as exc:
        raise ExportError(f"Kan inte skriva i mappen {folder}: {_reason(exc)}.") from exc
    try:
        with os.fdopen(handle, "wb") as file:
            write(file)
            file.flush()
            os.fsync(file.fileno())
        # mkstemp makes the file private; a document gets the usual mode, or keeps its own.
        os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        if keep:
            paths.keep_previous(target)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EBUSY) and target.exists():
            raise ExportError(
                f"Filen {target} är låst av ett annat program eller skrivskyddad;"
                " stäng den och försök igen."
            ) from exc
        raise ExportError(f"Kan inte skriva {target}: {_reason(exc)}.") from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def write_bytes(target: Path, data: bytes, keep: bool = True) -> Path:
    return write_atomic(target, lambda file: file.write(data), keep)  # type: ignore[arg-type]


def write_text(target: Path, text: str, keep: bool = True) -> Path:
    return write_bytes(target, text.encode("utf-8"), keep)


_REASONS = {
    errno.EACCES: "åtkomst nekad",
    errno.EPERM: "åtgärden är inte tillåten",
    errno.EROFS: "skrivskyddat filsystem",
    errno.ENOSPC: "disken är full",
    errno.ENOENT: "finns inte",
    errno.ENAMETOOLONG: "filnamnet är för långt (högst 255 byte; välj ett kortare med --out)",
    errno.ENOTDIR: "en del av sökvägen är ingen mapp",
    errno.EISDIR: "det är en mapp",
    errno.EDQUOT: "diskkvoten är slut",
    errno.EEXIST: "filen finns redan",
    errno.EINVAL: "ogiltigt filnamn",
}


def _reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno, exc.strerror or str(exc))
