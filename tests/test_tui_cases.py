"""The first screen: Ärenden on the demo store, and the read-only view of one response."""

from __future__ import annotations

from textual.widgets import DataTable, Static, Tree

from tests.tui_helpers import plain
from workbench.tui.app import make_app


async def test_opens_on_the_four_demo_responses(demo_db):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#cases", DataTable)
        assert table.row_count == 4
        organisations = {table.get_row_at(i)[2] for i in range(table.row_count)}
        assert organisations == {
            "Locum AB",
            "Huddinge kommun",
            "Stockholm Business Region",
            "Stockholms stad",
        }
        labels = [str(column.label) for column in table.columns.values()]
        assert labels == [
            "Remiss",
            "Avsändare",
            "Organisation",
            "Vårt dnr",
            "Status",
            "Svara senast",
            "Besvarat",
        ]


async def test_enter_opens_a_response_in_the_workspace_and_escape_comes_back(demo_db):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#cases", DataTable)
        row = next(i for i in range(table.row_count) if table.get_row_at(i)[2] == "Stockholms stad")
        table.move_cursor(row=row)
        await pilot.press("enter")
        await pilot.pause()
        tree = app.screen.query_one("#ws-tree", Tree)
        # Every section is answered, so it opens at the top.
        assert str(tree.cursor_node.label).endswith("Övergripande synpunkter")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert tree.cursor_node.data.number == "1.1"
        assert "Stockholms stad välkomnar" in plain(app.screen.query_one("#pe-lead", Static))
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert app.screen.query_one("#cases", DataTable).row_count == 4


async def test_help_and_palette_speak_swedish(demo_db):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert {"Öppna", "Uppdatera", "Hjälp", "Avsluta"} <= set(titles)
        await pilot.press("f1")
        await pilot.pause()
        keys = plain(app.screen.query_one("#help-keys", Static))
        assert "Öppna" in keys and "cases.open" in keys
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#cases", DataTable)


async def test_an_empty_store_says_what_to_do(db_path):
    app = make_app(db_path, keymap={})
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert "workbench demo" in plain(app.screen.query_one("#cases-empty", Static))


async def test_keymap_remaps_a_binding_by_id(demo_db):
    app = make_app(demo_db, keymap={"cases.refresh": "u"})
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert any("uppdaterad" in n.message for n in app._notifications)
