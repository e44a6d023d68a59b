"""Remiss files → sections: the one entry point other modules use.

    parsed = read_remiss(path)            # PDF, DOCX, TXT or Markdown
    parsed.sections, parsed.parts, parsed.part, parsed.guesses, parsed.warnings

Pure: no store, no UI. pypdfium2 and python-docx are imported only when such a file is read.
"""

from __future__ import annotations

import gc
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from workbench.ingest.paragraphs import label_of

try:  # CPython's own SHA-256: hashlib loads OpenSSL, a tenth of a 300-page import's memory
    from _sha256 import sha256
except ImportError:  # pragma: no cover - other Pythons
    from hashlib import sha256
from workbench.ingest.result import Coverage, IngestError, MetadataGuess, ParsedRemiss, Part

__all__ = [
    "DEFAULT_MAX_MB",
    "SUFFIXES",
    "Coverage",
    "IngestError",
    "MetadataGuess",
    "ParsedRemiss",
    "Part",
    "file_kind",
    "label_of",
    "max_import_bytes",
    "read_file",
    "read_remiss",
]

DEFAULT_MAX_MB = 100
SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".txt": "text", ".text": "text", ".md": "text",
            ".markdown": "text"}  # fmt: skip


def max_import_bytes(max_mb: float | None = None) -> int:
    """The size limit: `max_mb` when given, else WORKBENCH_MAX_IMPORT_MB, else 100 MB."""
    if max_mb is None:
        raw = os.environ.get("WORKBENCH_MAX_IMPORT_MB", "").strip()
        try:
            max_mb = float(raw) if raw else DEFAULT_MAX_MB
        except ValueError:
            raise IngestError(
                f"WORKBENCH_MAX_IMPORT_MB='{raw}' är inget tal (ange megabyte, t.ex. 200)."
            ) from None
    if max_mb <= 0:
        raise IngestError("Storleksgränsen för import måste vara större än 0 MB.")
    return int(max_mb * 2**20)


def read_remiss(path: Path, part: int | None = None, max_bytes: int = 100 * 2**20) -> ParsedRemiss:
    """Read a remiss file into sections. `part` (0-based) picks a part; default the largest.

    Raises IngestError, with one Swedish line, for anything it cannot read.
    """
    with _cycles_not_collected():
        return _read_remiss(path, part, max_bytes)


@contextmanager
def _cycles_not_collected() -> Iterator[None]:
    """The cyclic garbage collector paused while a file is read: the reading makes a line
    object or two for each line of the file, hardly any cycle (200 objects on a 306-page
    PDF), and the collections that found nothing cost 3 % of the import. Reference counting
    frees the rest as usual; the collector runs again after (unless it was off before)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_remiss(path: Path, part: int | None, max_bytes: int) -> ParsedRemiss:
    from workbench.ingest import metadata
    from workbench.ingest.text import outline

    path = Path(path)
    kind = file_kind(path)
    data = read_file(path, max_bytes)
    digest = sha256(data).hexdigest()
    title_hint = ""
    styled = False
    if kind == "pdf":
        from workbench.ingest.pdf import pdf_lines

        lines = pdf_lines(path, data)
    elif kind == "docx":
        from workbench.ingest.docx import docx_lines

        lines, styled, title_hint = docx_lines(path, max_bytes, data)
    else:
        from workbench.ingest.plain import decode, text_lines

        lines = text_lines(decode(data))
    del data  # read: the lines hold what counts
    result = outline(lines, part=part, styled=styled)
    text = _head_text(lines)
    return ParsedRemiss(
        sections=result.sections,
        parts=result.parts,
        part=result.part,
        guesses=metadata.guess(text, result.preamble, title_hint),
        warnings=result.warnings,
        source_name=path.name,
        source_sha256=digest,
        coverage=result.coverage,
    )


METADATA_CHARS = 200_000  # where sender, dnr and reply-by date are looked for: the opening


def _head_text(lines) -> str:
    """The text of the document's opening lines, up to METADATA_CHARS characters: the whole
    of a 300-page file, joined, weighed more than all its sections."""
    head: list[str] = []
    size = 0
    for line in lines:
        head.append(line.text)
        size += len(line.text) + 1
        if size >= METADATA_CHARS:
            break
    return "\n".join(head)


def file_kind(path: Path) -> str:
    """`pdf`, `docx` or `text` by the file's suffix; IngestError for anything else."""
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise IngestError("Det gamla Word-formatet .doc stöds inte; spara filen som .docx.")
    if suffix not in SUFFIXES:
        shown = suffix or "(ingen)"
        raise IngestError(
            f"Okänd filtyp {shown}; välj en PDF-, Word- (.docx), text- (.txt) eller"
            " Markdown-fil (.md)."
        )
    return SUFFIXES[suffix]


def read_file(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; IngestError (one Swedish line) when missing, not a regular file,
    too large or empty.

    The file is opened without blocking (a FIFO would wait for a writer forever) and looked
    at through the open descriptor: only a regular file is read, and never more than
    `max_bytes` + 1 bytes, whatever its size claims (a file in /proc says 0).
    """
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY)
    except FileNotFoundError:
        raise IngestError(f"Filen {path} finns inte.") from None
    except PermissionError:
        raise IngestError(f"Filen {path} får inte läsas (behörighet saknas).") from None
    except OSError as exc:
        raise IngestError(f"Filen {path} kan inte läsas: {exc.strerror}.") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IngestError(f"{path} är en mapp, inte en fil; välj en fil i den.")
        if not stat.S_ISREG(info.st_mode):
            raise IngestError(
                f"{path} är {_special_kind(info.st_mode)}, ingen vanlig fil; välj en sparad"
                " PDF-, Word- eller textfil."
            )
        if info.st_size > max_bytes:
            raise _too_large(f"{info.st_size / 2**20:.1f} MB", max_bytes)
        os.set_blocking(fd, True)
        data = _read_at_most(fd, max_bytes + 1, info.st_size)
    except PermissionError:
        raise IngestError(f"Filen {path} får inte läsas (behörighet saknas).") from None
    except IsADirectoryError:
        raise IngestError(f"{path} är en mapp, inte en fil; välj en fil i den.") from None
    except OSError as exc:
        raise IngestError(f"Filen {path} kan inte läsas: {exc.strerror}.") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise _too_large(None, max_bytes)
    if not data.strip():
        raise IngestError(f"Filen {path.name} är tom.")
    return data


def _read_at_most(fd: int, limit: int, expected: int) -> bytes:
    """Up to `limit` bytes from `fd`. The size the file states (`expected`) only sizes the
    first read, so that an honest file is read into one buffer; reading goes on after it,
    a megabyte at a time, in case the file said too little."""
    first = os.read(fd, min(limit, expected + 1)) if expected else b""
    if expected and len(first) == expected:
        return first  # the file ended where it said it would
    chunks = [first]
    left = limit - len(first)
    while left > 0:
        chunk = os.read(fd, min(left, 2**20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _too_large(size: str | None, max_bytes: int) -> IngestError:
    """The size message; `size` None when only the reading found the file too large."""
    limit = f"{max_bytes / 2**20:.0f} MB" if max_bytes >= 2**20 else f"{max_bytes // 2**10} kB"
    return IngestError(
        (
            f"Filen är {size}, större än gränsen {limit}"
            if size
            else f"Filen är större än gränsen {limit}"
        )
        + " (ändra med --max-mb eller WORKBENCH_MAX_IMPORT_MB)."
    )


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "ett namngivet rör (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "en enhet"
    if stat.S_ISSOCK(mode):
        return "en socket"
    return "en specialfil"
