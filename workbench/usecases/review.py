"""Review use cases over the store and the pure modules: the diff a reviewer reads, and the
review report. The CLI and the TUI both call these; the store stays SQL, `diff`, `snapshot`,
`review.workflow` and `review.report` stay pure.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from workbench.core.model import Version
from workbench.errors import WorkbenchError
from workbench.review import snapshot as snapshots
from workbench.review.diff import ResponseDiff, diff
from workbench.review.report import ReviewRecord, local_time, render_report
from workbench.review.workflow import check_writable
from workbench.store import Store
from workbench.store.failures import file_reason

CURRENT_LABEL = "nuvarande lydelse"
EMPTY_LABEL = "tomt yttrande (inget skickat för granskning)"


def version_label(version: Version) -> str:
    """ "version 3 (Utkast → För granskning, 2026-05-04 14:03)"."""
    detail = ", ".join(p for p in (version.label, local_time(version.created_at)) if p)
    return f"version {version.number} ({detail})"


def diff_response(
    store: Store, response_id: int, old: int | None = None, new: int | None = None
) -> ResponseDiff:
    """What changed, per section. Versions by number; `new` None is the current state.

    With no `old`: from the last version sent to review (before the round under way, so a
    reviewer in round two sees what changed since round one) to `new`; with none sent yet,
    from an empty response, so everything shows as new.
    """
    response = store.get_response(response_id, with_positions=False)
    if old is None:
        base = store.review_base(response_id)
    else:
        base = store.version_by_number(response_id, old)
    if new is None:
        target, new_label = store.current_snapshot(response_id), CURRENT_LABEL
    else:
        version = store.version_by_number(response_id, new)
        target, new_label = snapshots.from_json(version.snapshot), version_label(version)
    before = snapshots.empty() if base is None else snapshots.from_json(base.snapshot)
    result = diff(
        before,
        target,
        store.sections(response.remiss_id),
        store.vocabulary(response.organisation_id),
        old_label=EMPTY_LABEL if base is None else version_label(base),
        new_label=new_label,
    )
    result.old_number = None if base is None else base.number
    result.new_number = new
    return result


def restore_version(
    store: Store, response_id: int, number: int, by: str = ""
) -> tuple[Version | None, Version]:
    """Restore version `number` without losing the response as it stands: when no version
    holds it yet, it is saved as a version first. Returns (that version or None, the version
    the restore made). Refused, with nothing saved, for an approved response or an unknown
    version."""
    response = store.get_response(response_id, with_positions=False)
    check_writable(response.status)
    store.version_by_number(response_id, number)
    versions = store.versions(response_id)
    current = store.current_snapshot(response_id).content()
    kept = None
    if not versions or snapshots.from_json(versions[-1].snapshot).content() != current:
        kept = store.save_version(response_id, f"Före återställning av version {number}", by)
    return kept, store.restore_version(response_id, number, by)


def record(store: Store, response_id: int) -> ReviewRecord:
    """Everything the review report tells about one response."""
    response = store.get_response(response_id, with_positions=False)
    return ReviewRecord(
        response=response,
        organisation=store.get_organisation(response.organisation_id).name,
        remiss=store.get_remiss(response.remiss_id),
        events=store.events(response_id),
        threads=store.comment_threads(response_id),
        versions=store.versions(response_id),
    )


def report_markdown(store: Store, response_id: int) -> str:
    return render_report(record(store, response_id))


def write_report(store: Store, response_id: int, path: Path | str) -> Path:
    """Write the review report to `path` atomically: a reader never sees half a file."""
    path = Path(path)
    text = report_markdown(store, response_id)
    if path.is_dir():
        raise WorkbenchError(f"{path} är en mapp; ange ett filnamn för rapporten.")
    if not path.parent.is_dir():
        raise WorkbenchError(f"Kan inte skriva {path}: mappen finns inte.")
    try:
        fd, partial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise WorkbenchError(f"Kan inte skriva {path}: {file_reason(exc)}.") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(partial, path)
    except OSError as exc:
        Path(partial).unlink(missing_ok=True)
        raise WorkbenchError(f"Kan inte skriva {path}: {file_reason(exc)}.") from exc
    return path
