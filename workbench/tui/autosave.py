"""Autosave: every edit is written to the store shortly after it is made, with no save key.

Edits are queued by what they change (a field of a row); a later edit of the same field
replaces the queued one. The queue is written DELAY seconds after the first edit that found it
empty, so a steady typist is saved every DELAY seconds and a SIGKILL loses at most that window.
Leaving a field, a screen or the app flushes at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable

from textual.app import App
from textual.signal import Signal
from textual.timer import Timer

from workbench.errors import WorkbenchError
from workbench.store.failures import describe
from workbench.tui.lifecycle import rescue_if_vanished

DELAY = 0.3  # seconds; well under a second, long enough to gather a burst of keys
RETRY = 2.0  # seconds before a write the store could not take (locked, disk full) is retried


class Autosaver:
    """The one queue of pending writes of the app; `saved` is published after each flush."""

    def __init__(self, app: App, clock: Callable[[], dt.datetime]) -> None:
        self.app = app
        self.clock = clock
        self._pending: dict[Hashable, Callable[[], object]] = {}
        # Called first on every flush: forms report edits whose widget events are still queued.
        self._collectors: list[Callable[[], None]] = []
        self._timer: Timer | None = None
        self.last_saved: dt.datetime | None = None
        self.last_error: str = ""
        # Published with the time of the flush (or None after a failed one).
        self.saved: Signal[dt.datetime | None] = Signal(app, "saved")

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def add_collector(self, collect: Callable[[], None]) -> None:
        self._collectors.append(collect)

    def remove_collector(self, collect: Callable[[], None]) -> None:
        if collect in self._collectors:
            self._collectors.remove(collect)

    def schedule(self, key: Hashable, write: Callable[[], object]) -> None:
        """Queue `write` under `key` (replacing an older write of the same thing)."""
        self._pending[key] = write
        if self._timer is None:
            self._timer = self.app.set_timer(DELAY, self.flush, name="autosave")

    def discard(self, match: Callable[[Hashable], bool]) -> None:
        """Drop queued writes whose key matches (their row is gone)."""
        for key in [key for key in self._pending if match(key)]:
            del self._pending[key]

    def note_saved(self) -> None:
        """Say "saved" for a write made directly (a new or deleted row) rather than queued."""
        if not self._pending:
            self.last_error = ""
            self.last_saved = self.clock()
            self.saved.publish(self.last_saved)

    def flush(self) -> bool:
        """Write everything queued now; True when all of it reached the store."""
        for collect in list(self._collectors):
            collect()
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if not self._pending:
            return True
        pending, self._pending = self._pending, {}
        failed: list[str] = []
        for key, write in pending.items():
            try:
                write()
            except WorkbenchError as exc:
                # The value cannot be stored (a rule of the store): retrying will not help.
                failed.append(str(exc))
            except Exception as exc:  # a locked or full disk: keep it and try again
                self._pending.setdefault(key, write)
                failed.append(describe(exc) or f"{exc}")
        if failed:
            self.last_error = failed[-1]
            if self._pending:
                self._timer = self.app.set_timer(RETRY, self.flush, name="autosave-retry")
            self.saved.publish(None)
            return False
        self.last_error = ""
        self.last_saved = self.clock()
        self.saved.publish(self.last_saved)
        rescued = rescue_if_vanished(self.app)
        if rescued:
            self.app.notify(rescued, severity="error", timeout=30)
        return True
