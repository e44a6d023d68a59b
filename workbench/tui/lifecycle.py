"""Leaving cleanly when the terminal goes away or the system asks the workbench to stop.

A closed terminal window (or `tmux kill-server`) does not always send SIGHUP to the workbench:
when a wrapper such as `make run` leads the terminal's session, only the wrapper gets it. The
workbench is then left reading a dead terminal, where every read returns at once with nothing,
and Textual's input thread spins (measured at 12-35% CPU). So besides SIGHUP and SIGTERM, the
terminal itself is watched: once stdin is no longer a terminal, the workbench leaves.

Leaving always flushes the autosave queue first. With the terminal gone, restoring it would
only fail (every write is EIO), so the process ends at once once the store is closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.tui.app import WorkbenchApp

WATCH_INTERVAL = 0.5  # seconds between looks at the terminal
GRACE = 3.0  # seconds a graceful exit may take before the process ends anyway


class ExitGuard:
    """Installed by the app on mount when it runs in a real terminal (not in tests)."""

    def __init__(self, app: WorkbenchApp, stdin_fd: int | None = None) -> None:
        self.app = app
        self.stdin_fd = stdin_fd
        self.leaving = False

    def install(self) -> None:
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGTERM, self.stop)
        loop.add_signal_handler(signal.SIGHUP, self.hang_up)
        if self.stdin_fd is None:
            try:
                self.stdin_fd = sys.__stdin__.fileno()
            except (AttributeError, ValueError, OSError):
                return
        if os.isatty(self.stdin_fd):
            self.app.set_interval(WATCH_INTERVAL, self.watch_terminal, name="terminal-watch")

    def watch_terminal(self) -> None:
        if self.stdin_fd is not None and not os.isatty(self.stdin_fd):
            self.hang_up()

    def save(self) -> None:
        """Write every queued edit; never raises (a failure must not stop the leaving)."""
        # Leaving anyway: the store keeps whatever was written before.
        with contextlib.suppress(Exception):
            self.app.autosaver.flush()

    def stop(self) -> None:
        """SIGTERM: save, then exit as on Ctrl+Q, restoring the terminal."""
        if self.leaving:
            return
        self.leaving = True
        self.save()
        _end_after(GRACE, 143)
        self.app.exit(return_code=143)

    def hang_up(self) -> None:
        """The terminal is gone: save, close the store and end the process."""
        if self.leaving:
            return
        self.leaving = True
        self.save()
        try:
            if self.app.store is not None:
                self.app.store.close()
        finally:
            os._exit(129)


def _end_after(seconds: float, code: int) -> None:
    """End the process if a graceful exit has not done it within `seconds`."""
    timer = threading.Timer(seconds, os._exit, args=(code,))
    timer.daemon = True
    timer.start()


def install_exit_guard(app: WorkbenchApp) -> ExitGuard | None:
    """Watch signals and the terminal, unless the app runs headless (tests)."""
    if app.is_headless:
        return None
    guard = ExitGuard(app)
    guard.install()
    return guard


def rescue_if_vanished(app: WorkbenchApp) -> str:
    """After a save: if the store file is no longer where it was opened, copy the open store
    (every later save too, to the same copy) to the data directory. Returns the message to
    show the first time, else an empty string."""
    path = app.store.path
    if path is None or path.exists():
        return ""
    from workbench.errors import StoreError

    first = app.rescue_copy is None
    try:
        app.rescue_copy = app.store.rescue(target=app.rescue_copy)
    except StoreError as exc:
        return f"Databasfilen {path} finns inte längre, och en kopia gick inte att spara: {exc}"
    if not first:
        return ""
    return (
        f"Databasfilen {path} finns inte längre (mappen borttagen eller enheten frånkopplad)."
        f" Allt du skriver sparas nu i {app.rescue_copy}; öppna den med workbench --db."
    )
