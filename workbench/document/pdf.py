""".docx → PDF through LibreOffice headless: tagged, PDF/A-2b, with title and language.

Public bodies must publish accessible documents (lag 2018:1937 om tillgänglighet till digital
offentlig service), so the PDF is tagged (its headings and lists become a structure tree) and
archival (PDF/A-2b); its title and language come from the .docx's properties. LibreOffice runs
with a profile of its own under the data directory, so a LibreOffice the user has open is not
disturbed.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import signal
import subprocess
import threading
from pathlib import Path

from workbench import paths
from workbench.document.files import ExportError

DEBIAN_PACKAGE = "libreoffice-writer"
TIMEOUT_SECONDS = 180

# writer_pdf_Export's options (LibreOffice 7.4 and later take them as JSON).
PDF_OPTIONS = {
    "SelectPdfVersion": {"type": "long", "value": "2"},  # PDF/A-2b
    "UseTaggedPDF": {"type": "boolean", "value": "true"},
    "DisplayPDFDocumentTitle": {"type": "boolean", "value": "true"},
    "ExportBookmarks": {"type": "boolean", "value": "true"},
}


def soffice() -> str | None:
    """The LibreOffice program, when installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def require_soffice() -> str:
    program = soffice()
    if program is None:
        raise ExportError(
            "PDF kräver LibreOffice, som inte är installerat; installera paketet"
            f" {DEBIAN_PACKAGE} (sudo apt install {DEBIAN_PACKAGE}) eller exportera som docx."
        )
    return program


def convert_to_pdf(documents: list[Path], folder: Path) -> list[Path]:
    """Convert .docx files to PDFs in `folder` (one LibreOffice run); return the PDFs."""
    program = require_soffice()
    folder.mkdir(parents=True, exist_ok=True)
    profile = paths.data_dir() / "libreoffice-profile"
    paths.make_private_dir(profile.parent)
    command = [
        program,
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "pdf:writer_pdf_Export:" + json.dumps(PDF_OPTIONS, separators=(",", ":")),
        "--outdir",
        str(folder),
        *(str(path) for path in documents),
    ]
    output = _run_in_own_group(command)
    made = [folder / f"{path.stem}.pdf" for path in documents]
    missing = [path for path in made if not path.is_file()]
    if missing:
        detail = " ".join(output.split())[:300]
        raise ExportError(
            f"LibreOffice kunde inte göra PDF av {missing[0].stem}.docx"
            + (f" ({detail})." if detail else ".")
        )
    return made


# LibreOffice runs in a process group of its own, so that it and the soffice.bin it starts
# can be killed together: when the conversion times out, fails, or the workbench is stopped
# (Ctrl+C, SIGTERM, SIGHUP, or any exit of the interpreter). Only a SIGKILL of the workbench
# leaves it to finish its conversion alone; its work folder goes at the next start.
_running: set[int] = set()


def _run_in_own_group(command: list[str]) -> str:
    """Run LibreOffice; return what it said (stderr, else stdout). ExportError on timeout or
    failure to start."""
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
    except OSError as exc:
        raise ExportError(f"LibreOffice kunde inte startas: {exc.strerror}.") from exc
    _running.add(process.pid)
    try:
        with _stops_raise():
            stdout, stderr = process.communicate(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired as exc:
        raise ExportError(
            f"LibreOffice blev inte klart inom {TIMEOUT_SECONDS} sekunder; ingen PDF skrevs."
        ) from exc
    finally:
        _kill_group(process.pid)
        _running.discard(process.pid)
        process.kill()
        process.wait()
    return stderr or stdout or ""


def _kill_group(group: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGKILL)


@atexit.register
def _kill_all() -> None:
    for group in list(_running):
        _kill_group(group)


@contextlib.contextmanager
def _stops_raise():
    """In the main thread (the CLI): SIGTERM and SIGHUP end the wait as SystemExit, so the
    group is killed on the way out; elsewhere (a TUI worker) the app's own handling and the
    exit hook do it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, _frame):
        raise SystemExit(128 + signum)

    previous = {number: signal.signal(number, stop) for number in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
