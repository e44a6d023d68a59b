"""A PDF export killed with SIGKILL mid-conversion takes LibreOffice with it (issue 13): no
process of LibreOffice's group outlives the workbench by more than a few seconds, and no PDF
is left in the target folder. Runs where `soffice` is installed (.ci/run installs it)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

WORKBENCH = Path(sys.executable).with_name("workbench")
SECONDS = 60.0  # hang guard, not a speed assertion

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer",
)


def _stat(pid: int) -> tuple[int, str, int] | None:
    """(parent pid, state, process group) of a live process; None when gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = raw[raw.rindex(")") + 2 :].split()
    return int(fields[1]), fields[0], int(fields[2])


def _alive_in_group(group: int) -> list[int]:
    """Processes of `group` that still run (a zombie waiting for its reaper has ended)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        stat = _stat(int(entry.name))
        if stat is not None and stat[2] == group and stat[1] not in "ZX":
            found.append(int(entry.name))
    return found


def _children(parent: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat is not None and stat[0] == parent:
                out.append(int(entry.name))
    return out


def _command(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _lengthen(db: Path) -> None:
    """3 MB of text in the first response: LibreOffice converts it for ten seconds and more."""
    from workbench.core.model import Position
    from workbench.store import open_store

    with open_store(db) as store:
        response = store.get_response(1)
        section = store.get_remiss(response.remiss_id).sections[0]
        paragraph = "Lång mening om life science och forskning i regionen. " * 20 + "\n\n"
        store.add_position(1, Position("anser", text=paragraph * 2800, section_id=section.id))


def test_sigkill_of_a_pdf_export_kills_libreoffice(tmp_path, demo_db):
    db, home, out = demo_db, tmp_path / "home", tmp_path / "ut"
    env = {**os.environ, "WORKBENCH_HOME": str(home)}
    # A first export makes LibreOffice's profile, so that the killed one is mid-conversion.
    first = [WORKBENCH, "--db", db, "export", "1", "--format", "pdf", "--out", f"{out}/"]
    subprocess.run(first, check=True, env=env, capture_output=True, timeout=SECONDS)
    before = set(out.iterdir())
    _lengthen(db)  # a conversion of many seconds: one that ends by itself proves nothing

    again = tmp_path / "igen"
    export = subprocess.Popen(
        [WORKBENCH, "--db", db, "export", "1", "--format", "pdf", "--out", f"{again}/"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        office = None
        start = time.monotonic()
        while office is None and time.monotonic() - start < SECONDS:
            office = next((p for p in _children(export.pid) if "soffice" in _command(p)), None)
            time.sleep(0.02)
        assert office is not None, "LibreOffice never started"
        time.sleep(1.0)  # into the conversion (of ten seconds and more)
        group = os.getpgid(office)
        assert group != os.getpgid(export.pid)  # a group of its own
        assert _alive_in_group(group), "LibreOffice ended before the kill: nothing tested"
    finally:
        os.kill(export.pid, signal.SIGKILL)
        export.wait()

    deadline = time.monotonic() + 3  # the kernel kills at once; the conversion takes longer
    while _alive_in_group(group) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = _alive_in_group(group)
    for pid in left:  # do not leave them to the machine if the test fails
        os.kill(pid, signal.SIGKILL)
    assert not left, [_command(pid) for pid in left]
    assert not again.exists() or not any(again.glob("*.pdf"))
    assert set(out.iterdir()) == before
