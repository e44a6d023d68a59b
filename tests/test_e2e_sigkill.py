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
    """A tmux server of its own (its own socket), one window running one command."""

    def __init__(self, name: str, home: Path) -> None:
        self.socket = name
        self.home = home

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
        self.tmux("new-session", "-d", "-s", "wb", "-x", "120", "-y", "35", command)
        return int(self.tmux("display-message", "-p", "-t", "wb", "#{pane_pid}").strip())

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "wb")

    def wait_for(self, text: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared on screen:\n{self.screen()}")

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.tmux("send-keys", "-t", "wb", *(["-l"] if literal else []), *keys)
        time.sleep(0.15)

    def stop(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


@pytest.fixture
def terminal(tmp_path):
    assert shutil.which("tmux"), "tmux is needed for the end-to-end test (.ci/run installs it)"
    term = Terminal(f"wb-e2e-{os.getpid()}", tmp_path / "home")
    yield term
    term.stop()


def test_a_position_survives_sigkill_a_second_after_the_last_key(tmp_path, terminal):
    db = tmp_path / "store.db"
    subprocess.run(
        [WORKBENCH, "--db", db, "demo", "--quiet"],
        check=True,
        env={**os.environ, "WORKBENCH_HOME": str(tmp_path / "home")},
    )
    pid = terminal.start(db)
    terminal.wait_for("Huddinge kommun")
    # Filter down to Huddinge's response and open it: the workspace opens on its first
    # unanswered section (2 Syfte och genomförande) with the cursor in the text.
    terminal.keys("/")
    terminal.keys("Huddinge", literal=True)
    terminal.keys("Enter")
    terminal.keys("Enter")
    terminal.wait_for("avsnitt besvarade")
    terminal.keys(TEXT, literal=True)
    time.sleep(1.0)
    os.kill(pid, signal.SIGKILL)

    with open_store(db) as store:
        response = next(s for s in store.list_responses() if s.organisation == "Huddinge kommun")
        section = store.section_by_number(response.remiss_id, "2")
        texts = [p.text for p in store.section_positions(response.id, section.id)]
    assert texts == [TEXT]

    terminal.stop()
    terminal.start(db)
    terminal.wait_for("Huddinge kommun")
    assert "8/13" in terminal.screen()  # section 2 now counts as answered
    terminal.keys("/")
    terminal.keys("Huddinge", literal=True)
    terminal.keys("Enter")
    terminal.keys("Enter")
    terminal.wait_for("avsnitt besvarade")
    terminal.keys("C-f")  # from the next unanswered section back to section 2
    assert "strategin bör följas upp" in terminal.wait_for("strategin bör följas upp")
