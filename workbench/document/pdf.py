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
        _program(program),
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
    code, output = _run_in_own_group(command)
    if code == RESTART:  # soffice.bin run bare: a new profile asks to be started once more
        code, output = _run_in_own_group(command)
    made = [folder / f"{path.stem}.pdf" for path in documents]
    missing = [path for path in made if not path.is_file()]
    if missing:
        detail = " ".join(output.split())[:300]
        raise ExportError(
            f"LibreOffice kunde inte göra PDF av {missing[0].stem}.docx"
            + (f" ({detail})." if detail else ".")
        )
    return made


def _program(program: str) -> str:
    """`soffice.bin` beside the `soffice` found, when there is one: `soffice` is a shell
    script that starts `oosplash`, which starts `soffice.bin` as a child of its own, where a
    death signal set on the first does not reach. Else `soffice` itself."""
    bare = Path(program).resolve().with_name("soffice.bin")
    return str(bare) if bare.is_file() and os.access(bare, os.X_OK) else program


# Exit status of soffice.bin when it asks its launcher to start it again (a new profile).
RESTART = 81


def _environment() -> dict[str, str]:
    """What the `soffice` script sets before it starts the program: LibreOffice runs in the
    C locale and puts the user's back from LO_SAVE_LC_ALL."""
    return {
        **os.environ,
        "LO_SAVE_LC_ALL": os.environ.get("LC_ALL", ""),
        "LC_ALL": "C",
        "SAL_ENABLE_FILE_LOCKING": "1",
    }


# LibreOffice runs in a process group of its own, so that it and any child it starts can be
# killed together: when the conversion times out, fails, or the workbench is stopped (Ctrl+C,
# SIGTERM, SIGHUP, or any exit of the interpreter). On Linux the kernel also kills it when
# the workbench dies, even by SIGKILL (prctl PR_SET_PDEATHSIG, `_death_signal`; strictly,
# when the thread that started it ends, and that thread waits for it); its work folder goes
# at the next start.
_running: set[int] = set()
_PR_SET_PDEATHSIG = 1


def _death_signal():
    """A function for the child, between fork and exec, that asks the kernel to SIGKILL it
    when its parent dies; None where there is no prctl (not Linux). libc is looked up here,
    in the parent: the child only calls it."""
    if os.uname().sysname != "Linux":
        return None
    import ctypes

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    parent = os.getpid()
    kill = int(signal.SIGKILL)

    def die_with_parent() -> None:
        prctl(_PR_SET_PDEATHSIG, kill, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before the signal was asked for
            os._exit(1)

    return die_with_parent


def _run_in_own_group(command: list[str]) -> tuple[int, str]:
    """Run LibreOffice; return its exit status and what it said (stderr, else stdout).
    ExportError on timeout or failure to start."""
    global _held
    with stops_raise():
        # A stop that comes while LibreOffice starts waits until its group is known and
        # registered, then ends the wait below (and the group) like one that comes later.
        _held = []
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=_environment(),
                start_new_session=True,
                preexec_fn=_death_signal(),  # one prctl call, nothing else
            )
        except OSError as exc:
            held, _held = _held, None
            if held:
                raise SystemExit(128 + held[0]) from None
            raise ExportError(f"LibreOffice kunde inte startas: {exc.strerror}.") from exc
        _running.add(process.pid)
        try:
            held, _held = _held, None
            if held:
                raise SystemExit(128 + held[0])
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
    return process.returncode, stderr or stdout or ""


def _kill_group(group: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGKILL)


@atexit.register
def _kill_all() -> None:
    for group in list(_running):
        _kill_group(group)


# Stops (SIGTERM, SIGHUP) that came while LibreOffice was being started; None at other times.
_held: list[int] | None = None


@contextlib.contextmanager
def stops_raise():
    """In the main thread (the CLI): SIGTERM and SIGHUP end the work as SystemExit, so that
    the `finally` clauses run on the way out (LibreOffice's group killed, the work folder
    removed); without it the default action ends the process where it stands. Elsewhere (a
    TUI worker) the app's own handling and the exit hook do it. Nests."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, _frame):
        if _held is not None:
            _held.append(signum)
            return
        raise SystemExit(128 + signum)

    previous = {number: signal.signal(number, stop) for number in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
