"""Helpers for TUI tests: read what a widget shows as plain text."""

from __future__ import annotations

import io

from rich.console import Console


def plain(widget, width: int = 200) -> str:
    """The text a Static (or any widget with `content`) shows, without styles."""
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(widget.content)
    return console.export_text()
