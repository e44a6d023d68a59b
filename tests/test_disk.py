"""The store's file system misbehaving: a full disk (a 4 MB tmpfs), a read-only file system, a
folder that is missing or vanishes. Each is a clear Swedish message
and nothing stored is lost.

Mounting needs root (CI runs as root); elsewhere the mount tests are skipped, saying why.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.test_cli import run
from tests.test_tui_workspace import SIZE, open_workspace, response_of
from tests.tui_helpers import plain
from workbench.store import open_store
from workbench.store.failures import FULL, READ_ONLY
from workbench.tui.app import make_app


class Disk:
    """A small tmpfs of the test's own."""

    def __init__(self, folder: Path, megabytes: int) -> None:
        self.folder = folder
        folder.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={megabytes}m,mode=0700", "tmpfs", folder],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()})")

    def fill(self) -> None:
        # Unbuffered: a buffered file keeps the tail of a short write and raises ENOSPC when
        # it flushes at close, outside the try (it did once the store grew by a page).
        with (self.folder / "filler").open("wb", buffering=0) as filler:
            try:
                while True:
                    filler.write(b"\0" * 65536)
            except OSError:
                pass

    def free(self) -> None:
        (self.folder / "filler").unlink(missing_ok=True)

    def read_only(self, yes: bool = True) -> None:
        mode = "remount,ro" if yes else "remount,rw"
        subprocess.run(["mount", "-o", mode, self.folder], check=True)

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", self.folder], capture_output=True)


@pytest.fixture
def disk(tmp_path):
    made = Disk(tmp_path / "disk", 4)
    yield made
    made.unmount()


@pytest.fixture
def store_on_disk(disk, demo_db) -> Path:
    target = disk.folder / "workbench.db"
    with open_store(demo_db) as source:
        source.backup(target)
    return target


def rows(db: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT id, text FROM positions ORDER BY id").fetchall()
    finally:
        conn.close()


def add_position_args(db: Path, text: str) -> list[str]:
    response_id = str(response_of(db, "Stockholms stad"))
    return ["--db", str(db), "response", "position", response_id, "-", "--stance", "anser",
            "--text", text]  # fmt: skip


def test_full_disk_in_the_cli_is_one_line_and_nothing_is_lost(disk, store_on_disk, capsys):
    args = add_position_args(store_on_disk, "x" * 2_000_000)
    before = rows(store_on_disk)
    disk.fill()
    code, _, err = run(capsys, *args)
    assert code == 1
    assert err.startswith("fel: ") and len(err.strip().splitlines()) == 1
    assert "disken är full" in err.lower() or FULL in err
    disk.free()
    assert rows(store_on_disk) == before
    code, _, err = run(capsys, *args)
    assert code == 0, err
    assert len(rows(store_on_disk)) == len(before) + 1


async def test_full_disk_in_the_workspace_says_so_and_saves_when_there_is_room(disk, store_on_disk):
    huddinge = response_of(store_on_disk, "Huddinge kommun")
    app = make_app(store_on_disk, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        await pilot.press(*"att ")
        app.autosaver.flush()
        position_id = screen.editor.position.id
        disk.fill()
        screen.editor.text_area.insert("mycket text " * 25_000)
        assert app.autosaver.flush() is False
        await pilot.pause()
        assert FULL in plain(screen.query_one("#ws-saved", Static))
        assert app.is_running
        disk.free()
        assert app.autosaver.flush() is True
    text = dict(rows(store_on_disk))[position_id]
    assert text.startswith("att mycket text") and len(text) > 250_000


def test_read_only_file_system_reads_and_refuses_writes_clearly(disk, store_on_disk, capsys):
    open_store(store_on_disk).close()  # as left by the last writer: WAL index in place
    before = rows(store_on_disk)
    disk.read_only()
    try:
        code, out, err = run(capsys, "--db", str(store_on_disk), "remiss", "list", "--json")
        assert code == 0, err
        assert "Life science" in out
        code, _, err = run(capsys, *add_position_args(store_on_disk, "går inte"))
        assert (code, err) == (1, f"fel: {READ_ONLY}\n")
        code, _, err = run(capsys, "--db", str(disk.folder / "ny.db"), "remiss", "list")
        assert code == 1 and "filsystemet är skrivskyddat" in err and len(err.splitlines()) == 1
    finally:
        disk.read_only(False)
    assert rows(store_on_disk) == before


def test_a_missing_folder_that_cannot_be_made_is_a_clear_message(tmp_path, capsys):
    blocker = tmp_path / "en-fil"
    blocker.write_text("ingen mapp")
    code, _, err = run(capsys, "--db", str(blocker / "under" / "x.db"), "remiss", "list")
    assert code == 1 and err.startswith("fel: Kan inte skapa mappen") and "\n" not in err[:-1]


async def test_the_store_folder_vanishing_under_the_workspace_rescues_the_text(
    tmp_path, isolated_home
):
    folder = tmp_path / "nätverksenhet"
    folder.mkdir()
    db = folder / "workbench.db"
    from workbench.usecases.demo import load_demo

    with open_store(db) as store:
        load_demo(store)
    huddinge = response_of(db, "Huddinge kommun")
    app = make_app(db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        await pilot.press(*"att ")
        app.autosaver.flush()
        position_id = screen.editor.position.id
        shutil.rmtree(folder)
        await pilot.press(*"skriva")
        app.autosaver.flush()
        await pilot.pause()
        assert app.is_running
        (notice,) = [m for m in app.notifications if "finns inte längre" in m]
    (copy,) = (isolated_home / "backups").glob("workbench-räddad-*.db")
    assert str(copy) in notice
    assert dict(rows(copy))[position_id] == "att skriva"
