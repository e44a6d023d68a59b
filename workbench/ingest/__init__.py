"""Remiss files → sections: the one entry point other modules use.

    parsed = read_remiss(path)            # PDF, DOCX, TXT or Markdown
    parsed.sections, parsed.parts, parsed.part, parsed.guesses, parsed.warnings

Pure: no store, no UI. pypdfium2 and python-docx are imported only when such a file is read.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from workbench.ingest.paragraphs import label_of
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
    from workbench.ingest import metadata
    from workbench.ingest.text import outline

    path = Path(path)
    kind = file_kind(path)
    data = read_file(path, max_bytes)
    title_hint = ""
    styled = False
    if kind == "pdf":
        from workbench.ingest.pdf import pdf_lines

        lines = pdf_lines(path)
    elif kind == "docx":
        from workbench.ingest.docx import docx_lines

        lines, styled, title_hint = docx_lines(path, max_bytes)
    else:
        from workbench.ingest.plain import decode, text_lines

        lines = text_lines(decode(data))
    result = outline(lines, part=part, styled=styled)
    text = "\n".join(line.text for line in lines)
    return ParsedRemiss(
        sections=result.sections,
        parts=result.parts,
        part=result.part,
        guesses=metadata.guess(text, result.preamble, title_hint),
        warnings=result.warnings,
        source_name=path.name,
        source_sha256=hashlib.sha256(data).hexdigest(),
        coverage=result.coverage,
    )


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
    """The file's bytes; IngestError (one Swedish line) when missing, too large or empty."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IngestError(f"{path} är en mapp, inte en fil.")
        if size > max_bytes:
            raise IngestError(
                f"Filen är {size / 2**20:.1f} MB, större än gränsen {max_bytes / 2**20:.0f} MB"
                " (ändra med --max-mb eller WORKBENCH_MAX_IMPORT_MB)."
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(f"Filen {path} finns inte.") from None
    except PermissionError:
        raise IngestError(f"Filen {path} får inte läsas (behörighet saknas).") from None
    except OSError as exc:
        raise IngestError(f"Filen {path} kan inte läsas: {exc.strerror}.") from None
    if not data.strip():
        raise IngestError(f"Filen {path.name} är tom.")
    return data
