"""Helpers for TUI tests: read what a widget shows as plain text."""

from __future__ import annotations

import asyncio
import io

from rich.console import Console
from textual import events
from textual.keys import _character_to_key


def plain(widget, width: int = 200) -> str:
    """The text a Static (or any widget with `content`) shows, without styles."""
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(widget.content)
    return console.export_text()


async def type_text(pilot, text: str) -> None:
    """Type `text` as a fast typist (or a paste over ssh) does: every key sent at once, a line
    break as Enter, then wait until the app has taken them all. (`pilot.press` waits for the
    app to go idle after every key, at least 40 ms a key: long texts spent most of the suite's
    time there.) Keys typed in a burst are what the app must take in order anyway."""
    app = pilot.app
    for character in text:
        if character == "\n":
            event = events.Key("enter", "\r")
        else:
            key = character if character.isalnum() else _character_to_key(character)
            event = events.Key(key, character)
        event.set_sender(app)
        app.post_message(event)
    await pilot.pause()
    await pilot.pause()


async def replace_text(pilot, widget, text: str) -> None:
    """Focus a field, empty it and type `text` into it, as the officer would."""
    widget.focus()
    await pilot.pause()
    if hasattr(widget, "clear"):
        widget.clear()
    await type_text(pilot, text)


def screen_lines(app) -> list[str]:
    """The lines of the terminal as the app draws them now, as plain text."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def store_opened(app, timeout: float = 30) -> None:
    """Wait until an app started without a store (`WorkbenchApp(None, …)`) has opened it. It
    opens in a worker started after the first frame, which may be after the test's first
    look: `app.workers.wait_for_complete()` then returns at once, the store still closed. The
    app's `store_opened` signal is awaited instead (published with the store in place, the
    bindings refreshed)."""
    if app.store_ready:
        return
    opened = asyncio.Event()
    app.store_opened.subscribe(app, lambda _store: opened.set())
    await asyncio.wait_for(opened.wait(), timeout)


async def open_matrix(app, pilot, organisation: str = "Locum AB"):
    """From Ärenden, `m` on `organisation`'s case: the compilation of its remiss, whose
    matrix is returned."""
    from textual.widgets import DataTable

    from workbench.tui.screens.compilation import CompilationScreen

    table = app.screen.query_one("#cases", DataTable)
    row = next(i for i in range(table.row_count) if table.get_row_at(i)[2] == organisation)
    table.move_cursor(row=row)
    await pilot.press("m")
    await pilot.pause()
    assert isinstance(app.screen, CompilationScreen)
    return app.screen.query_one("#compilation-matrix", DataTable)
