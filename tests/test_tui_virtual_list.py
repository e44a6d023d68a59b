"""VirtualList (workbench/tui/widgets/virtual_list.py): rows made only when on screen, and the
behaviour of an OptionList: keys, Enter, click, wheel, highlight, focus, cut to the width."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.widgets import Input

from workbench.tui.widgets.virtual_list import VirtualList

ROWS = 10_000


class ListApp(App):
    CSS = "VirtualList { height: 10; width: 40; }"

    def __init__(self) -> None:
        super().__init__()
        self.made: list[int] = []
        self.highlights: list[int] = []
        self.selected: list[int] = []

    def compose(self) -> ComposeResult:
        yield VirtualList(id="list")
        yield Input(id="other")

    def on_mount(self) -> None:
        self.query_one(VirtualList).set_rows(ROWS, self.make, 0)
        self.query_one(VirtualList).focus()

    def make(self, index: int) -> Text:
        self.made.append(index)
        return Text(f"rad {index} " + "lång text " * 20 if index == 3 else f"rad {index}")

    def on_virtual_list_highlighted(self, event: VirtualList.Highlighted) -> None:
        self.highlights.append(event.index)

    def on_virtual_list_selected(self, event: VirtualList.Selected) -> None:
        self.selected.append(event.index)


def shown(listing: VirtualList) -> list[str]:
    return [listing.render_line(y).text.rstrip() for y in range(listing.size.height)]


async def test_only_the_rows_on_screen_are_made():
    app = ListApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        listing = app.query_one(VirtualList)
        assert listing.row_count == ROWS
        assert set(app.made) <= set(range(listing.size.height))
        await pilot.press("end")
        await pilot.pause()
        assert listing.highlighted == ROWS - 1
        assert shown(listing)[-1] == f"rad {ROWS - 1}"
        assert len(set(app.made)) <= 2 * listing.size.height


async def test_keys_move_the_highlight_and_enter_selects():
    app = ListApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        listing = app.query_one(VirtualList)
        page = listing.scrollable_content_region.height
        await pilot.press("down", "down")
        assert listing.highlighted == 2
        await pilot.press("up")
        assert listing.highlighted == 1
        await pilot.press("pagedown")
        assert listing.highlighted == 1 + page
        await pilot.press("pageup")
        assert listing.highlighted == 1
        await pilot.press("end")
        assert listing.highlighted == ROWS - 1
        await pilot.press("down")  # stays at the last row
        assert listing.highlighted == ROWS - 1
        await pilot.press("home")
        assert listing.highlighted == 0
        await pilot.press("up")
        assert listing.highlighted == 0
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.selected == [1]
        assert app.highlights[-1] == 1


async def test_a_click_highlights_and_selects_the_row_under_it_and_the_wheel_scrolls():
    app = ListApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        listing = app.query_one(VirtualList)
        await pilot.click(listing, offset=(5, 4))  # under the top border: row 3
        await pilot.pause()
        assert listing.highlighted == 3
        assert app.selected == [3]
        # Pilot has no wheel: the event the driver sends for one notch down.
        listing.post_message(events.MouseScrollDown(listing, 5, 4, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert listing.scroll_offset.y > 0
        assert listing.highlighted == 3  # scrolling does not move the highlight


async def test_the_highlight_is_drawn_brighter_with_focus_and_rows_are_cut_with_an_ellipsis():
    app = ListApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        listing = app.query_one(VirtualList)
        await pilot.press("down", "down", "down")
        width = listing.scrollable_content_region.width
        long_row = listing.render_line(3)
        assert long_row.cell_length == width
        assert long_row.text.rstrip().endswith("…")
        plain_row = listing.render_line(4)

        def background(strip):
            return next(s.style.bgcolor for s in strip if s.text.strip())

        focused = background(long_row)
        assert focused != background(plain_row)
        app.query_one("#other", Input).focus()
        await pilot.pause()
        blurred = background(listing.render_line(3))
        assert blurred not in (focused, background(listing.render_line(4)))


async def test_setting_fewer_rows_keeps_the_highlight_inside():
    app = ListApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        listing = app.query_one(VirtualList)
        await pilot.press("end")
        listing.set_lines([Text("a"), Text("b")])
        await pilot.pause()
        assert listing.highlighted == 1
        assert shown(listing)[:3] == ["a", "b", ""]
        listing.replace_row(0, Text("ny"))
        await pilot.pause()
        assert shown(listing)[0] == "ny"
