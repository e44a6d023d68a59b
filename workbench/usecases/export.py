"""Export a stored response: load it, compose the kind, write .docx, PDF, Markdown or JSON.

The CLI (`workbench export`) and the TUI's export screen both call these functions; the TUI
from a thread worker with a Store of its own. The Word and PDF libraries are imported only
when a file of that format is written.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from workbench import paths
from workbench.core.model import Kind, Organisation, Remiss, Response
from workbench.document.compose import Document, compose, preflight
from workbench.document.files import ExportError, write_text
from workbench.errors import InvalidInput
from workbench.store import Store
from workbench.store.failures import file_reason

FORMATS = ("docx", "pdf", "md", "json")
FORMAT_LABELS = {"docx": "Word (.docx)", "pdf": "PDF", "md": "Markdown", "json": "JSON"}
MAX_STEM = 150  # keeps a full Windows path under its 260 characters in most folders

_UNSAFE_RE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10))} | {
    f"LPT{i}" for i in range(10)
}


@dataclass
class Case:
    """A response with what composing it needs."""

    response: Response
    remiss: Remiss
    organisation: Organisation


def load_case(store: Store, response_id: int) -> Case:
    response = store.get_response(response_id)
    return Case(
        response,
        store.get_remiss(response.remiss_id),
        store.get_organisation(response.organisation_id),
    )


def parse_kind(kind: Kind | str | None, default: Kind) -> Kind:
    if kind is None or kind == "":
        return default
    try:
        return Kind(str(kind).strip().lower())
    except ValueError:
        kinds = ", ".join(k.value for k in Kind)
        raise InvalidInput(f"Okänd dokumenttyp '{kind}' (välj bland {kinds}).") from None


def parse_format(fmt: str) -> str:
    value = (fmt or "docx").strip().lower().lstrip(".")
    if value == "markdown":
        value = "md"
    if value not in FORMATS:
        raise InvalidInput(f"Okänt format '{fmt}' (välj bland {', '.join(FORMATS)}).")
    return value


def file_name(case: Case, kind: Kind, fmt: str) -> str:
    """`<vårt dnr> <Typ> <remissens titel>.<fmt>`, safe as a Windows file name. Without our
    dnr the organisation's name stands first, so two organisations' answers to one remiss
    (a compilation's store) do not overwrite each other; and when the title must be cut, the
    response's id is added, so two cases whose long titles begin alike keep apart."""
    dnr = case.response.our_dnr.strip()
    parts = [dnr or case.organisation.name, kind.label, case.remiss.title]
    text = " ".join(p for p in parts if p.strip())
    if safe_stem(text) == safe_stem(text, cut=False) or dnr:
        return f"{safe_stem(text)}.{fmt}"
    mark = f" (id {case.response.id})"
    return f"{safe_stem(text, reserve=len(mark.encode()))}{mark}.{fmt}"


# Room kept in a file name for what may be added to it: " (föregående)" and the longest
# format's extension.
NAME_RESERVE = len(" (föregående).docx".encode())
MAX_STEM_BYTES = paths.NAME_MAX - NAME_RESERVE


def safe_stem(text: str, cut: bool = True, reserve: int = 0) -> str:
    """A file name stem that Windows, macOS and Linux all accept: no reserved characters
    ("/" in "KS 2024/123" becomes "-"), no trailing dot or space, no device names; cut to
    MAX_STEM characters and MAX_STEM_BYTES bytes (less `reserve`), at a space when one is
    near the end, else inside a word (a long title without spaces keeps its beginning)."""
    stem = _UNSAFE_RE.sub("-", text)
    stem = " ".join(stem.split())
    if cut:
        stem = _cut(stem, MAX_STEM - reserve, MAX_STEM_BYTES - reserve)
    stem = stem.rstrip(". ")
    if not stem:
        stem = "dokument"
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    return stem


def _cut(stem: str, characters: int, size: int) -> str:
    cut = paths.fit_bytes(stem[:characters], size)
    if cut == stem:
        return stem
    at_space = cut.rsplit(" ", 1)[0]
    return at_space if len(at_space) >= len(cut) * 2 // 3 else cut


def target_path(out: Path | str | None, name: str) -> Path:
    """`out` as given: a folder (existing, or written with a trailing separator: created
    when missing) gets the conventional file name, cut when the folder's path is long;
    anything else is the file to write."""
    if out is None or str(out) == "":
        return fitted(Path.cwd(), name)
    text = str(out)
    path = Path(text).expanduser()
    if text.endswith(("/", "\\", os.sep)) or _is_dir(path):
        if not _is_dir(path):
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ExportError(f"Kan inte skapa mappen {path}: {file_reason(exc)}.") from exc
        return fitted(path, name)
    return path


PATH_MAX = 4096


def _is_dir(path: Path) -> bool:
    """Path.is_dir, False where the path cannot even be looked up (a name too long): the
    write then says why, in Swedish."""
    try:
        return path.is_dir()
    except OSError:
        return False


def fitted(folder: Path, name: str) -> Path:
    """`folder / name`, the name's stem cut so that the whole path fits the file system
    (PATH_MAX bytes, with room for " (föregående)")."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    ending = f".{suffix}" if dot else ""
    room = PATH_MAX - len(os.fsencode(str(folder.absolute()))) - 1 - NAME_RESERVE
    if room < 16:
        raise ExportError(
            f"Sökvägen till mappen {folder} är för lång för ett filnamn; välj en kortare mapp."
        )
    if len(os.fsencode(stem)) > room:
        stem = paths.fit_bytes(stem, room).rstrip(". ")
    return folder / f"{stem}{ending}"


def compose_case(
    case: Case, kind: Kind | str | None = None, today: dt.date | None = None
) -> Document:
    return compose(case.response, case.remiss, case.organisation, kind, today)


def export_response(
    store: Store,
    response_id: int,
    kind: Kind | str | None = None,
    fmt: str = "docx",
    out: Path | str | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write one response as one kind in one format; return the path written."""
    case = load_case(store, response_id)
    chosen = parse_kind(kind, case.response.kind)
    fmt = parse_format(fmt)
    target = target_path(out, file_name(case, chosen, fmt))
    return write_case(case, chosen, fmt, target, today)


def write_case(
    case: Case, kind: Kind, fmt: str, target: Path, today: dt.date | None = None
) -> Path:
    if fmt == "json":
        from workbench.document.sidecar import sidecar

        data = sidecar(case.response, case.remiss, case.organisation, kind, today)
        return write_text(target, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    document = compose_case(case, kind, today)
    if fmt == "md":
        from workbench.document.markdown import render_markdown

        return write_text(target, render_markdown(document))
    from workbench.document.docx import render_docx

    if fmt == "docx":
        return render_docx(document, target)
    return _write_pdf(document, target)


def _write_pdf(document: Document, target: Path) -> Path:
    return _write_pdfs([(document, target)])[0]


def _write_pdfs(jobs: list[tuple[Document, Path]]) -> list[Path]:
    """Several documents as PDF with one LibreOffice run (its start is most of the time)."""
    from workbench.document.docx import render_docx
    from workbench.document.files import write_bytes
    from workbench.document.pdf import convert_to_pdf, require_soffice, stops_raise

    require_soffice()
    # The work files hold the whole document: an owner-only folder under the data directory,
    # removed here (also when the CLI is stopped by SIGTERM or SIGHUP meanwhile), or (after
    # a kill) by the next start.
    with stops_raise():
        try:
            folder = paths.private_scratch_folder("pdf")
        except OSError as exc:
            raise ExportError(f"Kan inte skapa en arbetsmapp för PDF: {file_reason(exc)}.") from exc
        try:
            # LibreOffice names each PDF after its .docx; plain names avoid quoting trouble.
            sources = [
                render_docx(document, folder / f"dokument-{i}.docx")
                for i, (document, _) in enumerate(jobs)
            ]
            pdfs = convert_to_pdf(sources, folder / "pdf")
            return [
                write_bytes(target, pdf.read_bytes())
                for pdf, (_, target) in zip(pdfs, jobs, strict=True)
            ]
        finally:
            shutil.rmtree(folder, ignore_errors=True)


@dataclass
class ExportItem:
    kind: Kind
    fmt: str


def export_many(
    store: Store,
    response_id: int,
    items: Iterable[ExportItem],
    folder: Path | str,
    today: dt.date | None = None,
    progress: Callable[[int, int, Path], None] | None = None,
) -> list[Path]:
    """Write several kinds and formats into one folder, reporting each file as it is done;
    the PDFs last, converted together."""
    case = load_case(store, response_id)
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise ExportError(f"Mappen {folder} finns inte.")
    chosen = [
        ExportItem(parse_kind(i.kind, case.response.kind), parse_format(i.fmt)) for i in items
    ]
    written: list[Path] = []

    def report(path: Path) -> None:
        written.append(path)
        if progress is not None:
            progress(len(written), len(chosen), path)

    for item in chosen:
        if item.fmt != "pdf":
            report(
                write_case(
                    case, item.kind, item.fmt, folder / file_name(case, item.kind, item.fmt), today
                )
            )
    pdf_jobs = [
        (compose_case(case, item.kind, today), folder / file_name(case, item.kind, "pdf"))
        for item in chosen
        if item.fmt == "pdf"
    ]
    if pdf_jobs:
        for path in _write_pdfs(pdf_jobs):
            report(path)
    return written


def case_preflight(store: Store, response_id: int, today: dt.date | None = None) -> list[str]:
    case = load_case(store, response_id)
    return preflight(case.response, case.remiss, case.organisation, today)
