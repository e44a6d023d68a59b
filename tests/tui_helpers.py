"""Helpers for TUI tests: read what a widget shows as plain text."""

from __future__ import annotations

import io

from rich.console import Console


def plain(widget, width: int = 200) -> str:
    """The text a Static (or any widget with `content`) shows, without styles."""
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(widget.content)
    return console.export_text()


async def type_text(pilot, text: str) -> None:
    """Type `text` key by key; a line break is Enter."""
    for index, line in enumerate(text.split("\n")):
        if index:
            await pilot.press("enter")
        await pilot.press(*line)


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
