"""The title bar: Textual's header, whose title gives way before its sub-title."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.widgets import Header
from textual.widgets._header import HeaderTitle

# Header's icon (8 cells, docked left) and the clock's place (10, docked right).
ICON_AND_CLOCK = 18
SEPARATOR = " — "
MIN_TITLE = 20  # a title cut shorter than this says nothing: the sub-title is cut instead


def fit_title(title: str, sub_title: str, room: int) -> tuple[str, str]:
    """The title cut with "…" so that " — " and the whole sub-title (a response's kind,
    status and reply-by date) still fit in `room` cells; unchanged when all fits, or when the
    sub-title would leave the title too little (then the bar's own ellipsis cuts the end)."""
    if not sub_title or cell_len(title + SEPARATOR + sub_title) <= room:
        return title, sub_title
    keep = room - cell_len(SEPARATOR + sub_title) - 1
    if keep < MIN_TITLE:
        return title, sub_title
    cut = title
    while cell_len(cut) > keep:
        cut = cut[:-1]
    return cut.rstrip() + "…", sub_title


class WorkbenchHeader(Header):
    """A long title (a remiss's) is cut before the sub-title, which holds what the officer
    needs to see (status, reply-by); laid out again as the terminal's width changes."""

    def format_title(self) -> Content:
        room = self.size.width - ICON_AND_CLOCK
        title, sub_title = fit_title(self.screen_title, self.screen_sub_title, room)
        return self.app.format_title(title, sub_title)

    def on_resize(self) -> None:
        self.query_one(HeaderTitle).update(self.format_title())
