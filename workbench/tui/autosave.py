"""Autosave: every edit is written to the store shortly after it is made, with no save key.

Edits are queued by what they change (a field of a row); a later edit of the same field
replaces the queued one. The queue is written `delay` seconds after the first edit that found
it empty, so a steady typist is saved every DELAY seconds and a SIGKILL loses at most that
window. Leaving a field, a screen or the app flushes at once.

The writes run off the event loop, in one writer thread with its own connection to the store
and a short busy timeout: another program writing cannot freeze the screen, and writes keep
their order. A queued write is `write(store)`, run in that thread; its optional `then(result)`
runs back on the event loop (to tell the officer, or to update what the screen shows).

Failures: a store that cannot take the write now (`StoreUnavailable`: busy, full, read-only)
keeps the write queued and retried; a value the store refuses (`WorkbenchError`) is shown and
dropped; anything else is a bug and is raised, never retried.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Hashable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.signal import Signal
from textual.timer import Timer

from workbench.errors import StoreUnavailable, WorkbenchError
from workbench.tui.lifecycle import rescue_if_vanished

if TYPE_CHECKING:
    from workbench.store import Store
    from workbench.tui.app import WorkbenchApp

DELAY = 0.3  # seconds; well under a second, long enough to gather a burst of keys
RETRY = 2.0  # seconds before a write the store could not take (disk full, read-only) is retried
# A store busy with another writer is tried again soon: the writer waits off the event loop,
# and an edit must reach the store within a second or so of the last key (a SIGKILL loses no
# more), as it did when the write waited out a long busy timeout.
BUSY_RETRY = 0.2

Write = Callable[["Store"], Any]
Then = Callable[[Any], None]


@dataclass
class _Queued:
    write: Write
    then: Then | None = None


@dataclass
class _Outcome:
    key: Hashable
    queued: _Queued
    result: Any = None
    error: BaseException | None = None


class Autosaver:
    """The one queue of pending writes of the app; `saved` is published after each flush.

    `open_writer` opens the writer's own store (called once, in the writer thread); None
    writes on the event loop with the app's store (a store in memory has no second
    connection)."""

    def __init__(
        self,
        app: WorkbenchApp,
        clock: Callable[[], dt.datetime],
        open_writer: Callable[[], Store] | None = None,
        delay: float = DELAY,
        retry: float = RETRY,
    ) -> None:
        self.app = app
        self.clock = clock
        self.delay = delay
        self.retry = retry
        self._open_writer = open_writer
        self._writer: Store | None = None
        self._executor = (
            ThreadPoolExecutor(1, thread_name_prefix="autosave") if open_writer else None
        )
        self._in_flight: Future[list[_Outcome]] | None = None
        self._pending: dict[Hashable, _Queued] = {}
        # Called first on every flush: forms report edits whose widget events are still queued.
        self._collectors: list[Callable[[], object]] = []
        self._timer: Timer | None = None
        self.last_saved: dt.datetime | None = None
        self.last_error: str = ""
        # Published with the time of the flush (or None after a failed one).
        self.saved: Signal[dt.datetime | None] = Signal(app, "saved")

    @property
    def pending(self) -> bool:
        return bool(self._pending) or self._in_flight is not None

    def add_collector(self, collect: Callable[[], object]) -> None:
        self._collectors.append(collect)

    def remove_collector(self, collect: Callable[[], object]) -> None:
        if collect in self._collectors:
            self._collectors.remove(collect)

    def schedule(self, key: Hashable, write: Write, then: Then | None = None) -> None:
        """Queue `write(store)` under `key` (replacing an older write of the same thing);
        `then(result)` runs on the event loop once it is written."""
        self._pending[key] = _Queued(write, then)
        if self._timer is None:
            if self.delay <= 0:  # debouncing off (tests): at the app's next turn
                self.app.call_later(self._flush_soon)
            else:
                self._timer = self.app.set_timer(self.delay, self._flush_soon, name="autosave")

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
        """Write everything queued now, waiting for it (leaving a field, a screen, the app);
        True when all of it reached the store."""
        ok = True
        if self._in_flight is not None:
            future, self._in_flight = self._in_flight, None
            ok = self._finish(future.result())
        batch = self._take()
        if not batch:
            return ok and not self._pending
        return self._finish(self._submit(batch).result()) and ok

    async def _flush_soon(self) -> None:
        """The timer's flush: the writes run in the writer thread while the screen goes on."""
        batch = self._take()
        if not batch:
            return
        future = self._submit(batch)
        self._in_flight = future
        outcomes = await asyncio.wrap_future(future)
        if self._in_flight is future:  # not already finished by a flush() meanwhile
            self._in_flight = None
            self._finish(outcomes)

    def start(self) -> None:
        """Open the writer's connection now, in its thread, so the first save does not wait
        for it (the store must be open)."""
        if self._executor is not None:
            self._executor.submit(self._ensure_writer)

    def _ensure_writer(self) -> None:
        if self._writer is None:
            assert self._open_writer is not None
            self._writer = self._open_writer()

    def close(self) -> None:
        """Write what is queued, then close the writer's connection (in its own thread)."""
        self.flush()
        if self._executor is not None:
            self._executor.submit(self._close_writer).result()
            self._executor.shutdown()
            self._executor = None

    # Inside

    def _take(self) -> dict[Hashable, _Queued]:
        for collect in list(self._collectors):
            collect()
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        batch, self._pending = self._pending, {}
        return batch

    def _submit(self, batch: dict[Hashable, _Queued]) -> Future[list[_Outcome]]:
        if self._executor is None:
            done: Future[list[_Outcome]] = Future()
            done.set_result(self._write(batch, self.app.store))
            return done
        return self._executor.submit(self._write_in_thread, batch)

    def _write_in_thread(self, batch: dict[Hashable, _Queued]) -> list[_Outcome]:
        try:
            self._ensure_writer()
        except Exception as exc:
            return [_Outcome(key, queued, error=exc) for key, queued in batch.items()]
        assert self._writer is not None
        return self._write(batch, self._writer)

    @staticmethod
    def _write(batch: dict[Hashable, _Queued], store: Store) -> list[_Outcome]:
        outcomes = []
        for key, queued in batch.items():
            try:
                outcomes.append(_Outcome(key, queued, result=queued.write(store)))
            except Exception as exc:
                outcomes.append(_Outcome(key, queued, error=exc))
        return outcomes

    def _close_writer(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def _finish(self, outcomes: list[_Outcome]) -> bool:
        """Back on the event loop: run the writes' follow-ups, queue again what the store
        could not take, say how it went; raise what no one knows."""
        failed: list[str] = []
        busy = False
        bug: BaseException | None = None
        for outcome in outcomes:
            error = outcome.error
            if error is None:
                if outcome.queued.then is not None:
                    outcome.queued.then(outcome.result)
            elif isinstance(error, StoreUnavailable):
                # Kept, unless a newer edit of the same thing was queued meanwhile.
                self._pending.setdefault(outcome.key, outcome.queued)
                failed.append(str(error))
                busy = busy or error.reason == "busy"
            elif isinstance(error, WorkbenchError):
                # The value cannot be stored (a rule of the store): retrying will not help.
                failed.append(str(error))
            else:
                bug = bug or error
        if bug is not None:
            raise bug
        if failed:
            self.last_error = failed[-1]
            if self._pending and self._timer is None:
                self._timer = self.app.set_timer(
                    min(self.retry, BUSY_RETRY) if busy else self.retry,
                    self._flush_soon,
                    name="autosave-retry",
                )
            self.saved.publish(None)
            return False
        self.last_error = ""
        self.last_saved = self.clock()
        self.saved.publish(self.last_saved)
        rescued = rescue_if_vanished(self.app)
        if rescued:
            self.app.notify(rescued, severity="error", timeout=30)
        return True
