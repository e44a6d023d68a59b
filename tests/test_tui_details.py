"""Ärendeuppgifter: every case field autosaved, dates checked, what export needs flagged."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Label, Static

from tests.tui_helpers import plain, replace_text, type_text
from workbench.core.model import Kind, Signatory
from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.tui.screens.details import DetailsScreen

SIZE = (120, 40)


def huddinge_response(db_path) -> int:
    with open_store(db_path) as store:
        return next(s.id for s in store.list_responses() if s.organisation == "Huddinge kommun")


def stored(db_path, response_id):
    with open_store(db_path) as store:
        response = store.get_response(response_id)
        return response, store.get_remiss(response.remiss_id, with_sections=False)


async def open_details(app, pilot, response_id) -> DetailsScreen:
    await pilot.pause()
    screen = DetailsScreen(response_id)
    await app.push_screen(screen)
    await pilot.pause()
    return screen


async def fill(pilot, screen, widget_id: str, text: str) -> None:
    await replace_text(pilot, screen.query_one(f"#{widget_id}"), text)


async def test_fields_are_saved_as_typed_and_the_missing_banner_follows(demo_db):
    response_id = huddinge_response(demo_db)
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_details(app, pilot, response_id)
        banner = screen.query_one("#details-missing", Static)
        assert "Vårt diarienummer" in plain(banner)
        assert app.focused is screen.query_one("#f-our_dnr")
        await type_text(pilot, "KS 2020/512")
        await pilot.pause()
        assert "Allt som behövs" in plain(banner)
        await fill(pilot, screen, "f-officer", "Anna Berg")
        await fill(pilot, screen, "f-attachments", "Remissen\nStrategin")
        await fill(pilot, screen, "f-signatories", "Eva Ek, Kommundirektör\nOla Ås")
        await pilot.press("ctrl+s")
        await pilot.pause()
    response, _ = stored(demo_db, response_id)
    assert response.our_dnr == "KS 2020/512"
    assert response.officer == "Anna Berg"
    assert response.attachments == ["Remissen", "Strategin"]
    assert response.signatories == [
        Signatory("Eva Ek", "Kommundirektör", 0),
        Signatory("Ola Ås", "", 1),
    ]


async def test_a_bad_date_is_flagged_and_kept_out_of_the_store_until_it_is_right(demo_db):
    response_id = huddinge_response(demo_db)
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_details(app, pilot, response_id)
        await fill(pilot, screen, "f-meeting_date", "2026-13-01")
        await pilot.press("ctrl+s")
        await pilot.pause()
        error = screen.query_one("#error-f-meeting_date", Static)
        assert error.display and "ÅÅÅÅ-MM-DD" in plain(error)
        assert stored(demo_db, response_id)[0].meeting_date is None
        await fill(pilot, screen, "f-meeting_date", "2026-12-01")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not error.display
        assert stored(demo_db, response_id)[0].meeting_date == dt.date(2026, 12, 1)


async def test_the_kind_decides_what_is_required(demo_db):
    response_id = huddinge_response(demo_db)
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_details(app, pilot, response_id)
        screen.query_one("#f-kind").value = Kind.BESLUT.value
        await pilot.pause()
        banner = plain(screen.query_one("#details-missing", Static))
        assert "(Beslut)" in banner
        assert screen.query_one("#label-f-decision_clauses", Label).has_class("-required")
        await pilot.press("escape")
        await pilot.pause()
    assert stored(demo_db, response_id)[0].kind is Kind.BESLUT


async def test_the_remiss_reply_by_date_is_editable_here(demo_db):
    response_id = huddinge_response(demo_db)
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_details(app, pilot, response_id)
        await fill(pilot, screen, "f-remiss-reply_by", "2026-12-01")
        await pilot.press("escape")
        await pilot.pause()
    assert stored(demo_db, response_id)[1].reply_by == dt.date(2026, 12, 1)
