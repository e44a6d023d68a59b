"""Sök and Förslag in the TUI: results as you type, filters, open in context, insert into the
draft, add as a new position; asserted on the store."""

from __future__ import annotations

import pytest
from textual.widgets import Select

from tests.test_tui_workspace import SIZE, open_workspace, response_of
from tests.tui_helpers import type_text
from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.tui.screens.search import SearchScreen
from workbench.tui.screens.workspace import WorkspaceScreen


@pytest.fixture
def stockholm(demo_db):
    return response_of(demo_db, "Stockholms stad")


async def settle(app, pilot) -> None:
    """Until the search (no typing pause: debounce is off) has shown its results."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def search_for(app, pilot, text: str, key: str = "ctrl+f") -> SearchScreen:
    await pilot.press(key)
    await pilot.pause()
    assert isinstance(app.screen, SearchScreen)
    await type_text(pilot, text)
    await settle(app, pilot)
    return app.screen


def positions_in(db_path, response_id: int, number: str | None):
    with open_store(db_path) as store:
        remiss_id = store.get_response(response_id).remiss_id
        section_id = store.section_by_number(remiss_id, number).id if number else None
        return [
            (p.stance, p.text) for p in store.positions(response_id) if p.section_id == section_id
        ]


def pick(search: SearchScreen, organisation: str) -> int:
    return next(i for i, hit in enumerate(search.hits) if hit.organisation == organisation)


async def test_kompetens_is_found_and_one_key_puts_it_in_the_draft(demo_db, stockholm):
    app = make_app(demo_db, keymap={}, debounce=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, stockholm)
        screen.go_to(None)  # Övergripande synpunkter: no position yet, a fresh draft
        await pilot.pause()
        search = await search_for(app, pilot, "kompetens")
        organisations = {hit.organisation for hit in search.hits}
        assert {"Stockholms stad", "Huddinge kommun"} <= organisations
        index = pick(search, "Huddinge kommun")
        hit = search.hits[index]
        await pilot.press("down", *["down"] * index)
        assert search.selected == hit
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert app.screen is screen
        assert hit.text in screen.editor.text_area.text
    assert any(hit.text in text for _, text in positions_in(demo_db, stockholm, None))


async def test_a_hit_is_added_as_a_new_position_with_its_stance(demo_db, stockholm):
    app = make_app(demo_db, keymap={}, debounce=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, stockholm)
        with open_store(demo_db) as store:
            b = store.section_by_number(screen.remiss.id, "B")
        screen.go_to(b.id)
        await pilot.pause()
        before = positions_in(demo_db, stockholm, "B")
        search = await search_for(app, pilot, "kunskapsutveckling")
        hit = search.hits[0]
        assert hit.stance == "tillstyrker"
        await pilot.press("down", "ctrl+t")
        await pilot.pause()
        assert app.screen is screen
    after = positions_in(demo_db, stockholm, "B")
    assert after[: len(before)] == before
    assert after[len(before) :] == [("tillstyrker", hit.text)]


async def test_enter_opens_the_position_in_its_context(demo_db):
    huddinge = response_of(demo_db, "Huddinge kommun")
    app = make_app(demo_db, keymap={}, debounce=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        search = await search_for(app, pilot, "kompetens", key="slash")  # from Ärenden
        index = pick(search, "Huddinge kommun")
        hit = search.hits[index]
        await pilot.press("down", *["down"] * index, "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WorkspaceScreen) and screen.response_id == huddinge
        assert screen.section.id == hit.section_id
        assert screen.editor.position.id == hit.position_id


async def test_the_filters_narrow_the_hits(demo_db):
    app = make_app(demo_db, keymap={}, debounce=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        search = await search_for(app, pilot, "kompetens")
        assert len({hit.organisation for hit in search.hits}) > 1
        with open_store(demo_db) as store:
            huddinge = next(o.id for o in store.list_organisations() if o.name.startswith("Hud"))
        search.query_one("#search-organisation", Select).value = huddinge
        await settle(app, pilot)
        assert search.hits and {hit.organisation for hit in search.hits} == {"Huddinge kommun"}
        date_to = search.query_one("#search-to")
        date_to.value = "2000-01-01"
        await settle(app, pilot)
        assert search.hits == []


async def test_a_suggestion_is_taken_in_with_one_key(demo_db, stockholm):
    app = make_app(demo_db, keymap={}, debounce=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, stockholm)
        with open_store(demo_db) as store:
            section = store.section_by_number(screen.remiss.id, "1.1")
        screen.go_to(section.id)
        await pilot.pause()
        await pilot.press("ctrl+t")  # a fresh position in 1.1
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        suggestions = screen.query_one("#ws-suggestions")
        assert suggestions.hits, "1.1 is like sections other organisations answered"
        hit = suggestions.hits[0]
        assert hit.response_id != stockholm
        await pilot.press("enter")
        await pilot.pause()
        assert screen.editor.text_area.text == hit.text
    assert (hit.stance, hit.text) in positions_in(demo_db, stockholm, "1.1")
