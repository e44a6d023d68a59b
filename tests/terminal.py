"""A real terminal for end-to-end tests: a tmux server of our own running the workbench."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

WORKBENCH = Path(sys.executable).with_name("workbench")
# Started by `make run`, the workbench is make's child: when the terminal goes away, make gets
# the SIGHUP and dies, and the workbench below it is left on a dead terminal without a signal.
MAKE = "make"
POLL = 0.05  # seconds between looks at the screen (a `tmux capture-pane` takes a few ms)
KEYS_SETTLE = 1.0


class Terminal:
    """A tmux server of its own (its own socket). A quiet session keeps the server up while
    the workbench's session ends and a new one starts (a server with no session exits, and
    a new session started while it does fails)."""

    def __init__(self, name: str, home: Path) -> None:
        self.socket = name
        self.home = home
        self.session = ""
        self.runs = 0
        self.pids: list[int] = []
        self.tmux("new-session", "-d", "-s", "keep", "sleep 600")

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True
        )
        return done.stdout

    def start(self, db: Path, wrapper: str = "") -> int:
        """Run the workbench and return its pid. Without `wrapper` it is exec'd, so the pane's
        process is the workbench; with `wrapper=MAKE` it runs under make, as `make run` does."""
        command = (
            # COLUMNS and LINES (set by some runners) would override the real size.
            f"env -u COLUMNS -u LINES WORKBENCH_HOME={self.home}"
            f" TERM=xterm-256color {WORKBENCH} --db {db}"
        )
        if wrapper == MAKE:
            makefile = self.home.parent / "Makefile.terminal"
            makefile.write_text(f"run:\n\t@{command}\n")
            command = f"make -s -f {makefile} run"
        command = f"exec {command}"
        self.runs += 1
        self.session = f"wb{self.runs}"
        self.tmux(
            "new-session", "-d", "-s", self.session, "-x", "120", "-y", "35",
            "-c", str(self.home.parent), command,
        )  # fmt: skip
        pid = int(self.tmux("display-message", "-p", "-t", self.session, "#{pane_pid}").strip())
        if wrapper:
            pid = _child_of(pid)
        self.pids.append(pid)
        return pid

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.session)

    def wait_for(self, text: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(POLL)
        raise AssertionError(f"{text!r} never appeared on screen:\n{self.screen()}")

    def keys(self, *keys: str, literal: bool = False) -> None:
        """Send keys, then wait until the screen shows their effect (it changes), or at most
        KEYS_SETTLE seconds for a key that changes nothing to be seen."""
        before = self.screen()
        self.tmux("send-keys", "-t", self.session, *(["-l"] if literal else []), *keys)
        deadline = time.monotonic() + KEYS_SETTLE
        while self.screen() == before and time.monotonic() < deadline:
            time.sleep(POLL / 2)

    def stop(self) -> None:
        """End the tmux server, as closing the terminal window would."""
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)

    def clean_up(self) -> None:
        """After the test: the server gone, and any workbench it started that still runs."""
        self.stop()
        for pid in self.pids:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


def open_huddinge(terminal: Terminal) -> None:
    """Huddinge's response is the first row of Ärenden (no reply-by date, lowest id); the
    workspace opens on its first unanswered section (2), or where the officer last was,
    with the cursor in the text."""
    terminal.wait_for("Huddinge kommun")
    terminal.keys("Enter")
    terminal.wait_for("Huddinge kommun – Life science")
    terminal.wait_for("avsnitt klara")


def _child_of(pid: int, timeout: float = 10) -> int:
    """The first child of `pid` (the workbench under a wrapper), once it has started."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        if children:
            child = int(children[0])
            # make's child is `env`, which execs the workbench in the same process.
            if "workbench" in Path(f"/proc/{child}/cmdline").read_text(errors="replace"):
                return child
        time.sleep(0.05)
    raise AssertionError(f"process {pid} started no workbench")


def alive(pid: int) -> bool:
    """True while `pid` runs (a zombie, dead but not yet reaped, counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def wait_gone(pid: int, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.05)
    return False
