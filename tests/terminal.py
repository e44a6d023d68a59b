"""A real terminal for end-to-end tests: a tmux server of our own running the workbench."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

WORKBENCH = Path(sys.executable).with_name("workbench")
# Started by `make run`, the workbench is make's child: when the terminal goes away, make gets
# the SIGHUP and dies, and the workbench below it is left on a dead terminal without a signal.
MAKE = "make"
POLL = 0.05  # seconds between looks at the screen (a command to the control client, ~0.2 ms)
KEYS_SETTLE = 1.0
REPLY_TIMEOUT = 30.0  # seconds tmux may take to answer one command


class TmuxError(RuntimeError):
    """tmux answered a command with an error."""


class Control:
    """One tmux client in control mode (`tmux -C`), attached to the quiet session, that takes
    the tests' commands over a pipe: a look at the screen is a line written and a reply read,
    where a `tmux` process per command cost a fork, an exec and a connection (~3 ms CPU; the
    end-to-end tests look thousands of times). Replies come in order, each between
    `%begin <time> <number> <flags>` and `%end`/`%error` with the same three; lines outside a
    reply are notifications, skipped."""

    def __init__(self, socket: str, session: str) -> None:
        self.process = subprocess.Popen(
            ["tmux", "-u", "-L", socket, "-C", "attach-session", "-t", session],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            errors="replace",
            bufsize=1,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()
        self._reply()  # the attach's own (empty) reply comes first

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def _line(self, deadline: float) -> str:
        try:
            line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise TmuxError("tmux's control client gave no reply in time") from None
        if line is None:
            self.lines.put(None)  # ended: every later read ends too
            raise TmuxError("tmux's control client has ended")
        return line

    def _reply(self) -> tuple[bool, str]:
        deadline = time.monotonic() + REPLY_TIMEOUT
        line = self._line(deadline)
        while not line.startswith("%begin "):
            line = self._line(deadline)
        guard = line.split(" ", 1)[1]
        out: list[str] = []
        while True:
            line = self._line(deadline)
            for end, ok in (("%end ", True), ("%error ", False)):
                if line.startswith(end) and line[len(end) :] == guard:
                    return ok, "".join(out)
            out.append(line)

    def run(self, args: tuple[str, ...]) -> str:
        command = " ".join(_quoted(arg) for arg in args)
        with self.lock:
            assert self.process.stdin is not None
            self.process.stdin.write(command + "\n")
            self.process.stdin.flush()
            ok, out = self._reply()
        if not ok:
            raise TmuxError(f"tmux {command}: {out.strip()}")
        return out

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _quoted(arg: str) -> str:
    """An argument as tmux's command parser reads it back: bare when plain, else quoted
    (single quotes take everything literally; double quotes escape \\, " and $)."""
    if arg and re.fullmatch(r"[\w./:%=+,@-]+", arg, re.ASCII):
        return arg
    if "'" not in arg:
        return f"'{arg}'"
    return '"' + re.sub(r'([\\"$])', r"\\\1", arg) + '"'


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
        subprocess.run(
            ["tmux", "-L", self.socket, "new-session", "-d", "-s", "keep", "sleep 600"],
            check=True,
        )
        self.control: Control | None = Control(self.socket, "keep")

    def tmux(self, *args: str) -> str:
        """Run a tmux command on this server and return what it printed; an error raises.
        Through the control client while it lives; one `tmux` process per command else (the
        server stopped, or a line break in an argument, which the control protocol ends
        commands with)."""
        if self.control is not None and self.control.alive and not any("\n" in a for a in args):
            return self.control.run(args)
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
        if self.control is not None:
            self.control.close()
            self.control = None

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
