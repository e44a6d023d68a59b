"""What the officer sees on small and wide terminals (issue 15, items 8 and 11), asserted on
the drawn screen: nothing cut without an ellipsis, no two texts run together."""

from __future__ import annotations

import re

from tests.tui_helpers import screen_lines
from workbench.core.model import Remiss, Section
from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.tui.screens.outline import OutlineScreen
from workbench.tui.screens.workspace import WorkspaceScreen


def response_of(db_path, organisation: str) -> int:
    with open_store(db_path) as store:
        return next(s.id for s in store.list_responses() if s.organisation == organisation)


async def test_workspace_at_80x24_cuts_tree_titles_with_an_ellipsis_and_keeps_the_status_apart(
    demo_db,
):
    huddinge = response_of(demo_db, "Huddinge kommun")
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = WorkspaceScreen(huddinge)
        await app.push_screen(screen)
        await pilot.pause()
        await pilot.press("x", "ctrl+s")
        await pilot.pause()
        lines = screen_lines(app)
        tree = [line.split("▎")[0].rstrip() for line in lines[1:-2]]
        assert "● 2 Syfte och genomför…" in tree  # not "● 2 Syfte och genomföra"
        # The full heading of the section shown stands above its text.
        middle = " ".join(line.split("▎")[1].split("▊")[0].strip() for line in lines[1:6])
        assert "2 Syfte och genomförande" in middle
        status = lines[-2]
        assert re.search(r"\d+ av \d+ avsnitt klara · (\d+ kvar|allt besvarat) +Sparat", status)


async def test_the_outline_hint_says_what_delete_does_and_is_cut_with_an_ellipsis(tmp_path):
    db = tmp_path / "outline.db"
    with open_store(db) as store:
        remiss = store.add_remiss(
            Remiss(title="Detaljplan", sections=[Section("1", "Inledning", 1, "Text.")])
        )
    for size, ending in (((160, 40), "Delete ta bort · Esc klar"), ((80, 24), "…")):
        app = make_app(db, keymap={})
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await app.push_screen(OutlineScreen(remiss.id))
            await pilot.pause()
            assert screen_lines(app)[-2].rstrip().endswith(ending)


async def test_f9_at_100x30_has_its_buttons_on_screen(demo_db):
    from textual.widgets import Button

    huddinge = response_of(demo_db, "Huddinge kommun")
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.push_screen(WorkspaceScreen(huddinge))
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen_region = app.screen.region
        for button in app.screen.query(Button):
            assert screen_region.contains_region(button.region), button.label
        assert any("Exportera" in line for line in screen_lines(app)[-6:])


async def test_the_import_dialog_at_80x24_shows_its_label_and_buttons_whole(tmp_path):
    from textual.widgets import Button

    from tests.conftest import SEEDS
    from workbench.tui.screens.import_remiss import ImportScreen

    seed = next(SEEDS.glob("*.txt"))
    app = make_app(tmp_path / "import.db", keymap={})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.push_screen(ImportScreen(seed.parent))
        await pilot.pause()
        path = app.screen.query_one("#import-path")
        path.value = str(seed)
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        lines = screen_lines(app)
        assert any("Tab kompletterar" in line for line in lines)
        box = app.screen.query_one("#import-box").content_region
        for button in app.screen.query(Button):
            if button.display:
                assert box.contains_region(button.region), button.label
        assert any("Spara (Ctrl+S)" in line for line in lines)


async def test_the_log_at_80x24_cuts_events_with_an_ellipsis_and_names_who_did_each(demo_db):
    """F12: an event longer than its column ends in "…" (the one under the cursor stands whole
    below the table), and every event names who did it; the demo's first is no bare dash."""
    huddinge = response_of(demo_db, "Huddinge kommun")
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.push_screen(WorkspaceScreen(huddinge))
        await pilot.pause()
        await pilot.press("f12")
        await pilot.pause()
        rows = [
            line for line in screen_lines(app) if re.match(r" \d{4}-\d\d-\d\d \d\d:\d\d ", line)
        ]
        assert len(rows) >= 2
        for row in rows:
            who = row[18:].split("  ")[0].strip()
            assert who and who != "–", row
        first = rows[0].rstrip()
        assert first.endswith("…") and "response_huddinge.toml" not in first
        await pilot.press(*["up"] * len(rows))
        await pilot.pause()
        below = " ".join(screen_lines(app)[-4:-1])
        assert "skapade yttrandet: Demodata (response_huddinge.toml)" in below


async def test_the_search_dialog_at_80x24_breaks_no_word_and_shows_its_hits(demo_db):
    """Ctrl+F at 80×24: each filter's words whole ("Alla organisationer", not "organisati" /
    "oner"), a long choice cut with "…" on its one line, the count and a hit on screen."""
    from textual.widgets import Select

    from tests.test_tui_search import search_for
    from workbench.tui.screens.search import SearchScreen

    huddinge = response_of(demo_db, "Huddinge kommun")
    app = make_app(demo_db, keymap={}, debounce=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.push_screen(WorkspaceScreen(huddinge))
        await pilot.pause()
        search = await search_for(app, pilot, "kommun")
        assert isinstance(search, SearchScreen) and search.hits
        lines = screen_lines(app)
        shown = "\n".join(lines)
        for label in (
            "Alla organisationer",
            "Alla hållningar",
            "Alla statusar",
            "Alla remisser",
            "Ställningstaganden",
            "från ÅÅÅÅ-MM-DD",
            "till ÅÅÅÅ-MM-DD",
        ):
            assert label in shown, label
        assert re.search(r"\d+ träffar", shown)
        assert search.hits[0].organisation in shown  # the first hit's head line
        # A remiss's long title, chosen, stays on the select's one line, cut with "…".
        remiss = search.query_one("#search-remiss", Select)
        with open_store(demo_db) as store:
            remiss.value = max(store.list_remisses(), key=lambda r: len(r.title)).id
        await pilot.pause()
        assert remiss.region.height == 1
        assert app.screen is search
        row = next(line for line in screen_lines(app) if "Ställningstaganden" in line)
        assert "…" in row.split("Ställningstaganden")[0]


async def test_f9_shows_every_choice_whole_at_100_and_80_columns(demo_db):
    """The export's kinds and formats, JSON's the widest, are never cut at the dialog's edge:
    they take two columns (or one) where one row would not hold them."""
    from textual.widgets import Checkbox

    huddinge = response_of(demo_db, "Huddinge kommun")
    for size in ((100, 30), (100, 24), (80, 24), (160, 40)):
        app = make_app(demo_db, keymap={})
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await app.push_screen(WorkspaceScreen(huddinge))
            await pilot.pause()
            await pilot.press("f9")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            body = app.screen.query_one("#export-body")
            room = body.scrollable_content_region
            boxes = list(app.screen.query(Checkbox))
            assert len(boxes) == 8
            for box in boxes:
                assert box.region.x >= room.x and box.region.right <= room.right, (size, box.id)
            shown = "\n".join(screen_lines(app))
            assert "JSON (för sammanställning)" in shown, size


LONG_TITLE = (
    "Remiss av förslag till detaljplan för del av fastigheten Ubbhult 2:14 med flera inom"
    " Hällingsjö i Marks kommun, Västra Götalands län, samt ändring av angränsande detaljplan"
)


async def test_a_long_remiss_title_is_cut_before_the_status_in_the_title_bar(demo_db):
    """The title bar at 160 and 80 columns: the remiss's title ends in "…", the kind and status
    after it stay whole, and nothing runs into the clock's place at the right."""
    huddinge = response_of(demo_db, "Huddinge kommun")
    with open_store(demo_db) as store:
        remiss_id = store.get_response(huddinge).remiss_id
        store.db.execute("UPDATE remisses SET title = ? WHERE id = ?", [LONG_TITLE, remiss_id])
    for size in ((160, 40), (80, 24)):
        app = make_app(demo_db, keymap={})
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await app.push_screen(WorkspaceScreen(huddinge))
            await pilot.pause()
            bar = screen_lines(app)[0]
            assert bar.rstrip().endswith("… — Tjänsteutlåtande · För granskning"), bar
            assert "Huddinge kommun – Remiss" in bar
            assert bar[-10:].strip() == "", bar  # the clock's place stays clear
