"""Importera remiss (path completion, the worker, parts, errors) and the Disposition (every
outline edit, with positions staying on their sections)."""

from __future__ import annotations

import shutil

from textual.widgets import Input, OptionList, Select, Static

from tests.conftest import SEEDS
from tests.tui_helpers import plain, type_text
from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.tui.screens.import_remiss import ImportScreen
from workbench.tui.screens.outline import OutlineScreen
from workbench.tui.screens.workspace import WorkspaceScreen

SIZE = (140, 45)
STRATEGY = SEEDS / "004_57d2d002d580fb5b.txt"


async def open_import(app, pilot, start) -> ImportScreen:
    await pilot.pause()
    screen = ImportScreen(start)
    await app.push_screen(screen)
    await pilot.pause()
    return screen


async def test_tab_completes_the_path_and_a_bad_file_is_explained(db_path, tmp_path):
    folder = tmp_path / "inkorg"
    folder.mkdir()
    shutil.copy(STRATEGY, folder / "strategi-remiss.txt")
    (folder / "anteckningar.odt").write_text("inte en remiss")
    (folder / "tom.txt").write_text("")
    app = make_app(db_path, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_import(app, pilot, folder)
        path = screen.query_one("#import-path", Input)
        await pilot.press(*"st")
        await pilot.pause()
        await pilot.press("tab")
        assert path.value == f"{folder}/strategi-remiss.txt"
        # An empty file: one Swedish line, and the dialog stays open to choose another.
        path.value = f"{folder}/tom.txt"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "tom" in plain(screen.query_one("#import-problem", Static))
        assert app.focused is path


async def test_a_file_with_two_documents_offers_its_parts(db_path):
    app = make_app(db_path, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("i")  # from Ärenden: the Disposition follows the import
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ImportScreen)
        screen.query_one("#import-path", Input).value = str(STRATEGY)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        parts = screen.query_one("#import-part", Select)
        assert parts.value == 1  # the largest: the strategy, 13 sections
        assert "13 avsnitt" in plain(screen.query_one("#import-sections", Static))
        parts.value = 0  # the Remiss-PM instead
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        # 8 numbered sections and the letter's opening text and "Bakgrund" before them.
        assert "10 avsnitt" in plain(screen.query_one("#import-sections", Static))
        # What the officer typed over the guesses stays when another part is read.
        assert screen.query_one("#import-sender_dnr", Input).value == "RS 2019-0751"
        screen.query_one("#import-reply_by", Input).value = "2026-13-01"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "ÅÅÅÅ-MM-DD" in plain(screen.query_one("#import-problem", Static))
        screen.query_one("#import-reply_by", Input).value = "2026-12-01"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, OutlineScreen)
    with open_store(db_path) as store:
        (remiss,) = store.list_remisses()
        assert remiss.reply_by.isoformat() == "2026-12-01"
        assert [s.number for s in store.sections(remiss.id)][:5] == ["", "", "1", "1.1", "1.2"]


def numbers(store, remiss_id) -> list[tuple[str, int]]:
    return [(s.number, s.level) for s in store.sections(remiss_id)]


async def test_the_disposition_edits_the_outline_and_positions_follow(demo_db):
    with open_store(demo_db) as store:
        summary = next(s for s in store.list_responses() if s.organisation == "Huddinge kommun")
        remiss_id = summary.remiss_id
        before = len(store.positions(summary.id))
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        workspace = WorkspaceScreen(summary.id)
        await app.push_screen(workspace)
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, OutlineScreen)
        listing = screen.query_one("#outline-sections", OptionList)
        # Rename 1 Inledning.
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("ctrl+u")
        await type_text(pilot, "Inledning och bakgrund")
        await pilot.press("enter")
        await pilot.pause()
        # 3.1 one level down, then back up; move 3.2 above 3.1; merge 3.3 into 3.2.
        listing.highlighted = 3  # 3.1
        await pilot.press("right")
        await pilot.pause()
        with open_store(demo_db) as store:
            assert numbers(store, remiss_id)[3] == ("3.1", 3)
        await pilot.press("left")
        listing.highlighted = 4  # 3.2
        await pilot.press("alt+up")
        await pilot.pause()
        with open_store(demo_db) as store:
            assert [n for n, _ in numbers(store, remiss_id)][3:5] == ["3.2", "3.1"]
        listing.highlighted = 4  # 3.1 again, merged with 3.3 after it
        await pilot.press("m", "j")
        await pilot.pause()
        # Split 4.1 at its second paragraph into a new 4.1.1.
        listing.highlighted = next(i for i, s in enumerate(screen.sections) if s.number == "4.1")
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("enter")
        await type_text(pilot, "4.1.1")
        await pilot.press("tab")
        await type_text(pilot, "Andra halvan")
        await pilot.press("ctrl+s")
        await pilot.pause()
        # A new section after it, then deleted again.
        await pilot.press("n")
        await pilot.pause()
        await type_text(pilot, "4.1.2")
        await pilot.press("tab")
        await type_text(pilot, "Tillägg")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.section.number == "4.1.2"
        await pilot.press("delete", "j")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is workspace
        # The workspace reads the new outline: 13 - 1 merged + 1 split off.
        assert len(workspace.sections) == 13
        assert workspace.tree.stops[1].data.title == "Inledning och bakgrund"
    with open_store(demo_db) as store:
        got = numbers(store, remiss_id)
        assert ("3.3", 2) not in got and ("4.1.1", 3) in got and ("4.1.2", 3) not in got
        assert len(store.positions(summary.id)) == before
        merged = store.section_by_number(remiss_id, "3.1")
        assert any(
            p.section_id == merged.id for p in store.positions(summary.id)
        )  # 3.3's positions came over to 3.1


async def test_at_80x24_a_warning_leaves_the_outline_in_view(db_path, tmp_path):
    """A remiss whose number repeats gets a warning; at 80×24 it stood above the outline and
    pushed it out of the dialog (its border alone was left). The warning scrolls with the
    outline now, and the coverage line and the sections are reached in the box (a remiss
    written for this test)."""
    from tests.tui_helpers import screen_lines

    remiss = tmp_path / "bryggor.txt"
    remiss.write_text(
        "Bryggor i Sjövik\n\n1 Inledning\n\nKommunen vill bygga bryggor.\n\n2 Bryggorna\n\n"
        "Bryggorna byggs i trä.\n\n2 Strandskydd\n\nStrandskyddet upphävs.\n\n3 Genomförande"
        "\n\nBryggorna byggs 2031.\n",
        encoding="utf-8",
    )
    app = make_app(db_path, keymap={})
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_import(app, pilot, tmp_path)
        screen.query_one("#import-path", Input).value = str(remiss)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        drawn = "\n".join(screen_lines(app))
        assert "Avsnittsnumret 2 förekommer flera gånger" in drawn
        assert "5 avsnitt  Täckning 100,0 %" in drawn
        assert "Spara (Ctrl+S)" in drawn
        outline = screen.query_one("#import-outline")
        outline.scroll_end(animate=False)
        await pilot.pause()
        assert "3 Genomförande" in "\n".join(screen_lines(app))
