"""A list of one-line rows that draws only the rows on screen.

Textual's OptionList lays out every option whenever its options are set (each one measured and
wrapped), so showing a list of a thousand rows costs a thousand layouts. `VirtualList` is a
Line API widget (`ScrollView.render_line`): it is given a row count and a function that makes
row `i`, asks for a row only when it comes on screen (and keeps it until the rows are set
again), and cuts it to the width with an ellipsis. Setting, scrolling and highlighting cost the
same for ten rows as for ten thousand.

It behaves as an OptionList does: ↑/↓, PageUp/PageDown, Home/End move the highlight, Enter
selects it, a click highlights and selects the row under the mouse, the wheel scrolls; the
highlighted row is drawn in the cursor's colours (dimmer without focus), the row under the mouse
in the hover colour. It posts `Highlighted` when the highlight moves and `Selected` on Enter or
a click.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size, clamp
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip


class VirtualList(ScrollView, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor_down", "Ner", show=False),
        Binding("up", "cursor_up", "Upp", show=False),
        Binding("pagedown", "page_down", "Sida ner", show=False),
        Binding("pageup", "page_up", "Sida upp", show=False),
        Binding("home", "first", "Första", show=False),
        Binding("end", "last", "Sista", show=False),
        Binding("enter", "select", "Välj", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "virtual-list--row",
        "virtual-list--highlighted",
        "virtual-list--hover",
    }

    DEFAULT_CSS = """
    VirtualList {
        height: auto;
        max-height: 100%;
        color: $foreground;
        overflow-x: hidden;
        overflow-y: auto;
        border: tall $border-blurred;
        padding: 0 1;
        background: $surface;
        & > .virtual-list--highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
        }
        &:focus {
            border: tall $border;
            background-tint: $foreground 5%;
            & > .virtual-list--highlighted {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
        & > .virtual-list--hover {
            background: $block-hover-background;
        }
    }
    """

    highlighted: reactive[int | None] = reactive(None)
    _hover: reactive[int | None] = reactive(None)

    class _RowMessage(Message):
        """About row `index` of `virtual_list` (the base of the two below)."""

        def __init__(self, virtual_list: VirtualList, index: int) -> None:
            super().__init__()
            self.virtual_list = virtual_list
            self.index = index

        @property
        def control(self) -> VirtualList:
            return self.virtual_list

    class Highlighted(_RowMessage):
        """The highlight moved to row `index`."""

    class Selected(_RowMessage):
        """Row `index` was chosen: Enter, or a click."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._count = 0
        self._make_row: Callable[[int], Text] = lambda index: Text()
        self._rows: dict[int, Text] = {}  # the rows made so far, by index

    # Content

    @property
    def row_count(self) -> int:
        return self._count

    def set_rows(
        self, count: int, make_row: Callable[[int], Text], highlighted: int | None = None
    ) -> None:
        """Show `count` rows, row `i` being `make_row(i)` (called when it comes on screen)."""
        self._count = max(0, count)
        self._make_row = make_row
        self._rows.clear()
        self._hover = None
        self.virtual_size = Size(self.scrollable_content_region.width, self._count)
        if highlighted is not None and self._count:
            self.highlighted = clamp(highlighted, 0, self._count - 1)
        elif self.highlighted is not None and self.highlighted >= self._count:
            self.highlighted = self._count - 1 if self._count else None
        self.scroll_to_highlight()
        self.refresh()

    def set_lines(self, lines: Sequence[Text], highlighted: int | None = None) -> None:
        """Show these rows."""
        lines = list(lines)
        self.set_rows(len(lines), lines.__getitem__, highlighted)

    def row(self, index: int) -> Text:
        """Row `index` in full (as made, before it is cut to the width)."""
        if index not in self._rows:
            self._rows[index] = self._make_row(index)
        return self._rows[index]

    def replace_row(self, index: int, row: Text) -> None:
        """Row `index` now reads `row`."""
        if 0 <= index < self._count:
            self._rows[index] = row
            self.refresh_line(index)

    # Drawing

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = self.scroll_offset.y + y
        style = self.get_component_rich_style("virtual-list--row")
        if index >= self._count:
            return Strip.blank(width, style)
        if index == self.highlighted:
            style += self.get_component_rich_style("virtual-list--highlighted")
        elif index == self._hover:
            style += self.get_component_rich_style("virtual-list--hover")
        line = self.row(index)
        # A character is at least one cell wide: the first width + 1 characters are all that
        # can show, and slicing first spares measuring a long row (a position may be megabytes).
        line = line[: width + 1] if len(line) > width + 1 else line.copy()
        line.truncate(max(1, width), overflow="ellipsis")
        line.no_wrap = True
        line.end = ""
        strip = Strip(line.render(self.app.console)).apply_style(style)
        return strip.extend_cell_length(width, style).crop(0, width)

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        for index in (old, new):
            if index is not None:
                self.refresh_line(index)
        if new is not None:
            self.scroll_to_highlight()
            self.post_message(self.Highlighted(self, new))

    def watch__hover(self, old: int | None, new: int | None) -> None:
        for index in (old, new):
            if index is not None:
                self.refresh_line(index)

    def scroll_to_highlight(self) -> None:
        if self.highlighted is None or not self.is_mounted:
            return
        self.scroll_to_region(
            Region(0, self.highlighted, max(1, self.scrollable_content_region.width), 1),
            animate=False,
            force=True,
            immediate=True,
        )

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self._count)
        self.refresh()

    # Keys

    def _move_to(self, index: int) -> None:
        if self._count:
            self.highlighted = clamp(index, 0, self._count - 1)

    def action_cursor_down(self) -> None:
        self._move_to(0 if self.highlighted is None else self.highlighted + 1)

    def action_cursor_up(self) -> None:
        self._move_to(0 if self.highlighted is None else self.highlighted - 1)

    def action_page_down(self) -> None:
        page = max(1, self.scrollable_content_region.height)
        if self.highlighted is None:
            self.action_last()
        else:
            self._move_to(self.highlighted + page)

    def action_page_up(self) -> None:
        page = max(1, self.scrollable_content_region.height)
        if self.highlighted is None:
            self.action_first()
        else:
            self._move_to(self.highlighted - page)

    def action_first(self) -> None:
        self._move_to(0)

    def action_last(self) -> None:
        self._move_to(self._count - 1)

    def action_select(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Selected(self, self.highlighted))

    # Mouse

    def _row_at(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        index = self.scroll_offset.y + offset.y
        return index if 0 <= index < self._count else None

    def on_click(self, event: events.Click) -> None:
        index = self._row_at(event)
        if index is not None:
            self.highlighted = index
            self.action_select()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover = self._row_at(event)

    def on_leave(self, event: events.Leave) -> None:
        self._hover = None
