"""A remiss's answers from the store → its remissammanställning as .docx or CSV.

The CLI (`workbench compile`) and the TUI call `export_compilation`; the compiling itself is
pure (`workbench.compilation.matrix`), and so is the rendering (`workbench.compilation.docx`). Files
are written whole or not at all (temp file and rename, `document.files.write_atomic`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from workbench.compilation.matrix import Compilation, compile_responses
from workbench.errors import InvalidInput
from workbench.store import Store
from workbench.usecases.export import safe_stem, target_path

FORMATS = ("docx", "csv", "md")


def load_compilation(store: Store, remiss_id: int) -> Compilation:
    remiss = store.get_remiss(remiss_id)
    answers = store.compilation_answers(remiss_id)
    return compile_responses(remiss, answers, store.answer_imports(remiss_id))


def file_name(compilation: Compilation, fmt: str) -> str:
    """`<avsändarens dnr> Remissammanställning <remissens titel>.<fmt>`."""
    remiss = compilation.remiss
    parts = [remiss.sender_dnr, "Remissammanställning", remiss.title]
    return f"{safe_stem(' '.join(p for p in parts if p and p.strip()))}.{fmt}"


def parse_format(fmt: str) -> str:
    value = (fmt or "docx").strip().lower().lstrip(".")
    if value not in FORMATS:
        raise InvalidInput(f"Okänt format {fmt!r}; välj docx, csv eller md.")
    return value


def export_compilation(
    store: Store,
    remiss_id: int,
    fmt: str = "docx",
    out: Path | str | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write the remiss's compilation in `fmt`; return the path written."""
    fmt = parse_format(fmt)
    compilation = load_compilation(store, remiss_id)
    target = target_path(out, file_name(compilation, fmt))
    return write_compilation(compilation, fmt, target, today)


def write_compilation(
    compilation: Compilation, fmt: str, target: Path, today: dt.date | None = None
) -> Path:
    from workbench.compilation.docx import compilation_document, csv_bytes
    from workbench.document.files import write_bytes, write_text

    if fmt == "csv":
        return write_bytes(target, csv_bytes(compilation))
    document = compilation_document(compilation, today)
    if fmt == "md":
        from workbench.document.markdown import render_markdown

        return write_text(target, render_markdown(document))
    from workbench.document.docx import render_docx

    return render_docx(document, target)
