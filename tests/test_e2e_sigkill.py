"""End to end, as a user would: `workbench` in a real terminal (tmux), a position typed, the
process killed with SIGKILL about a second after the last key, started again: the text is there.

The autosave writes within a fraction of a second of a key (tui/autosave.py), so a kill a
second later must find every word in the store, and the restarted workbench must show it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench.store import open_store

WORKBENCH = Path(sys.executable).with_name("workbench")
TEXT = "att strategin bör följas upp årligen."


class Terminal:
    """A tmux server of its own (its own socket). A quiet session keeps the server up while
    the workbench's session ends and a new one starts (a server with no session exits, and
    a new session started while it does fails)."""

    def __init__(self, name: str, home: Path) -> None:
        self.socket = name
        self.home = home
        self.session = ""
        self.runs = 0
        self.tmux("new-session", "-d", "-s", "keep", "sleep 600")

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True
        )
        return done.stdout

    def start(self, db: Path) -> int:
        """Run the workbench (exec'd, so the pane's process is the workbench) and return its pid."""
        command = (
            # COLUMNS and LINES (set by some runners) would override the real size.
            f"exec env -u COLUMNS -u LINES WORKBENCH_HOME={self.home} TERM=xterm-256color"
            f" {WORKBENCH} --db {db}"
        )
        self.runs += 1
        self.session = f"wb{self.runs}"
        self.tmux(
            "new-session", "-d", "-s", self.session, "-x", "120", "-y", "35",
            "-c", str(self.home.parent), command,
        )  # fmt: skip
        return int(self.tmux("display-message", "-p", "-t", self.session, "#{pane_pid}").strip())

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.session)

    def wait_for(self, text: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared on screen:\n{self.screen()}")

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.tmux("send-keys", "-t", self.session, *(["-l"] if literal else []), *keys)
        time.sleep(0.15)

    def stop(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


@pytest.fixture
def terminal(tmp_path):
    assert shutil.which("tmux"), "tmux is needed for the end-to-end test (.ci/run installs it)"
    term = Terminal(f"wb-e2e-{os.getpid()}", tmp_path / "home")
    yield term
    term.stop()


def open_huddinge(terminal: Terminal) -> None:
    """Huddinge's response is the first row of Ärenden (no reply-by date, lowest id); the
    workspace opens on its first unanswered section (2), or where the officer last was,
    with the cursor in the text."""
    terminal.wait_for("Huddinge kommun")
    terminal.keys("Enter")
    terminal.wait_for("Huddinge kommun – Life science")
    terminal.wait_for("avsnitt klara")


def test_a_position_survives_sigkill_a_second_after_the_last_key(tmp_path, terminal):
    db = tmp_path / "store.db"
    subprocess.run(
        [WORKBENCH, "--db", db, "demo", "--quiet"],
        check=True,
        env={**os.environ, "WORKBENCH_HOME": str(tmp_path / "home")},
    )
    pid = terminal.start(db)
    open_huddinge(terminal)
    terminal.keys(TEXT, literal=True)
    time.sleep(1.0)
    os.kill(pid, signal.SIGKILL)

    with open_store(db) as store:
        response = next(s for s in store.list_responses() if s.organisation == "Huddinge kommun")
        section = store.section_by_number(response.remiss_id, "2")
        texts = [p.text for p in store.section_positions(response.id, section.id)]
    assert texts == [TEXT]

    terminal.start(db)
    assert "9/13" in terminal.wait_for("Huddinge kommun")  # section 2 now counts as answered
    open_huddinge(terminal)
    # It opens where the officer was: section 2, with the text.
    assert "strategin bör följas upp" in terminal.wait_for("strategin bör följas upp")
