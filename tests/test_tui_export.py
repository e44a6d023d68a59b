"""The export screen: from Ärenden with `e`, choose kinds and formats, export to a folder."""

from __future__ import annotations

from textual.widgets import Button, Checkbox, DataTable, Input, Static

from tests.tui_helpers import plain
from workbench.tui.app import make_app
from workbench.tui.screens.export import ExportScreen


async def open_export(pilot, organisation: str) -> ExportScreen:
    app = pilot.app
    await pilot.pause()
    table = app.screen.query_one("#cases", DataTable)
    row = next(i for i in range(table.row_count) if table.get_row_at(i)[2] == organisation)
    table.move_cursor(row=row)
    await pilot.press("e")
    await pilot.pause()
    assert isinstance(app.screen, ExportScreen)
    return app.screen


async def test_e_opens_export_and_writes_docx_and_markdown(demo_db, tmp_path):
    tmp_path = tmp_path / "ut"
    tmp_path.mkdir()
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(130, 45)) as pilot:
        screen = await open_export(pilot, "Locum AB")
        assert screen.query_one("#export-kind-yttrande", Checkbox).value
        preflight = plain(screen.query_one("#export-preflight", Static))
        assert "Att kontrollera före utskick" in preflight
        assert "11 av 13 avsnitt saknar ställningstagande" in preflight
        screen.query_one("#export-kind-beslut", Checkbox).value = True
        screen.query_one("#export-format-pdf", Checkbox).value = False
        screen.query_one("#export-format-md", Checkbox).value = True
        folder = screen.query_one("#export-folder", Input)
        folder.value = str(tmp_path)
        await pilot.click("#export-run")
        await app.workers.wait_for_complete()
        await pilot.pause()
        names = sorted(p.name for p in tmp_path.iterdir())
        title = "Life science-strategi för Stockholmsregionen"
        assert names == sorted(
            f"LOC 2020-0809 {kind} {title}.{fmt}"
            for kind in ("Yttrande", "Beslut")
            for fmt in ("docx", "md")
        )
        result = plain(screen.query_one("#export-result", Static))
        assert "Klart: 4 filer sparade" in result
        assert str(tmp_path / f"LOC 2020-0809 Yttrande {title}.docx") in result
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#cases", DataTable)


async def test_export_says_what_is_wrong_in_swedish(demo_db, tmp_path):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(130, 45)) as pilot:
        screen = await open_export(pilot, "Stockholms stad")
        assert "Vårt diarienummer saknas." in plain(screen.query_one("#export-preflight", Static))
        for checkbox in screen.query(Checkbox):
            checkbox.value = False
        await pilot.click("#export-run")
        await pilot.pause()
        result = plain(screen.query_one("#export-result", Static))
        assert "Välj minst en dokumenttyp och ett format." in result
        screen.query_one("#export-kind-remissvar", Checkbox).value = True
        screen.query_one("#export-format-docx", Checkbox).value = True
        screen.query_one("#export-folder", Input).value = str(tmp_path / "saknas")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert f"Mappen {tmp_path / 'saknas'} finns inte." in plain(
            screen.query_one("#export-result", Static)
        )
        assert not screen.query_one("#export-run", Button).disabled


async def test_export_bindings_have_ids_and_swedish_descriptions(demo_db):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(130, 45)) as pilot:
        await pilot.pause()
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert "Exportera" in titles
        screen = await open_export(pilot, "Huddinge kommun")
        ids = {b.id: b.description for b in screen.BINDINGS}
        assert ids == {"export.close": "Stäng", "export.run": "Exportera"}


async def test_at_80x24_the_check_list_and_the_result_are_in_view(demo_db, tmp_path):
    """At 80×24 the body scrolls: what to check before sending is shown first, the ticked
    choices below it give way, and after an export the result is scrolled into view (issue 15,
    item 8)."""
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot, "Locum AB")
        await app.workers.wait_for_complete()
        await pilot.pause()
        body = screen.query_one("#export-body")
        assert body.max_scroll_y > 0  # the dialog does not fit: the test means something

        def in_view(name: str) -> bool:
            region = screen.query_one(name).region
            return region.height > 0 and body.content_region.contains_region(region)

        assert in_view("#export-preflight") and in_view("#export-language")
        assert "Vårt diarienummer" in plain(screen.query_one("#export-preflight", Static)) or (
            "saknar ställningstagande" in plain(screen.query_one("#export-preflight", Static))
        )
        assert screen.query_one("#export-run").region.bottom <= 24
        screen.query_one("#export-format-pdf", Checkbox).value = False
        screen.query_one("#export-folder", Input).value = str(tmp_path)
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        for _ in range(20):  # the scroll follows the result's layout
            await pilot.pause()
            if in_view("#export-result"):
                break
        assert "Klart: 1 fil sparad" in plain(screen.query_one("#export-result", Static))
        assert in_view("#export-result")
