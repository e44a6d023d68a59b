"""The officer's whole path at the keyboard, from an empty store: import the strategy (seed
004) through the import dialog, create the response, answer three sections, mark one "inga
synpunkter", flag one for the summary, fill the case details, quit. Then everything is
asserted on the store, and a restarted workbench shows the case."""

from __future__ import annotations

import datetime as dt

from textual.widgets import DataTable, Input, TextArea

from tests.conftest import SEEDS
from tests.tui_helpers import type_text
from workbench.core.stances import NO_COMMENTS
from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.tui.screens.details import DetailsScreen
from workbench.tui.screens.import_remiss import ImportScreen
from workbench.tui.screens.new_response import NewResponseScreen
from workbench.tui.screens.outline import OutlineScreen
from workbench.tui.screens.workspace import WorkspaceScreen

STRATEGY = SEEDS / "004_57d2d002d580fb5b.txt"
SIZE = (140, 45)


async def test_the_whole_draft_at_the_keyboard(db_path):
    app = make_app(db_path, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # Import the remiss: the path input has the current folder; Ctrl+U clears it.
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen)
        await pilot.press("ctrl+u")
        await type_text(pilot, str(STRATEGY))
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        title = app.screen.query_one("#import-title", Input)
        assert title.value == "Life Science-strategi för Stockholmsregionen"
        assert "13 avsnitt" in str(app.screen.query_one("#import-sections").content)
        await pilot.press("ctrl+s")
        await pilot.pause()
        # The Disposition shows the outline; nothing to fix here.
        assert isinstance(app.screen, OutlineScreen)
        await pilot.press("escape")
        await pilot.pause()
        # Back in Ärenden on the new remiss (no dialog opens by itself); N starts the response.
        assert not isinstance(app.screen, NewResponseScreen)
        # It names the key as it is pressed: n, not "N".
        assert "Remissen är importerad; n börjar yttrandet över den." in [
            notice.message for notice in app._notifications
        ]
        row = app.screen.selected
        assert row.remiss is not None and row.remiss.title.startswith("Life Science")
        await pilot.press("n")
        await pilot.pause()
        # The new response: no organisation yet, so the cursor is in the new one's name.
        assert isinstance(app.screen, NewResponseScreen)
        await type_text(pilot, "Stockholms stad")
        await pilot.press("ctrl+s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WorkspaceScreen)
        assert screen.section.number == "1"
        assert isinstance(app.focused, TextArea)

        # 1: the default stance (anser), continued.
        await type_text(pilot, "att strategin är ett bra underlag.")
        # 2: tillstyrker, chosen by typing in the stance picker; flagged for the summary.
        await pilot.press("ctrl+n", "shift+tab", "shift+tab", "enter", *"tillst", "enter")
        await pilot.press("tab", "tab")
        assert isinstance(app.focused, TextArea)
        await type_text(pilot, "förslaget om gemensam uppföljning.\n\nDet stärker regionen.")
        await pilot.press("ctrl+l")
        # 3: two paragraphs with an italic phrase.
        await pilot.press("ctrl+n")
        await type_text(pilot, "att *sektorerna* behöver samverka.")
        # 3.1: no comments; the workspace moves on to 3.2.
        await pilot.press("ctrl+n", "ctrl+g")
        assert screen.section.number == "3.2"

        # The case details: our dnr has the cursor; the date comes next.
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)
        await type_text(pilot, "KS 2025/0671")
        await pilot.press("tab")
        await type_text(pilot, "2026-11-23")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("ctrl+q")

    with open_store(db_path) as store:
        (remiss,) = store.list_remisses()
        assert remiss.sender_dnr == "RS 2019-0751"
        sections = {s.id: s.number for s in store.sections(remiss.id)}
        assert len(sections) == 13
        (summary,) = store.list_responses()
        assert summary.organisation == "Stockholms stad"
        response = store.get_response(summary.id)
        assert response.our_dnr == "KS 2025/0671"
        assert response.date == dt.date(2026, 11, 23)
        got = [(sections[p.section_id], p.stance, p.text, p.in_summary) for p in response.positions]
        assert got == [
            ("1", "anser", "att strategin är ett bra underlag.", False),
            (
                "2",
                "tillstyrker",
                "förslaget om gemensam uppföljning.\n\nDet stärker regionen.",
                True,
            ),
            ("3", "anser", "att *sektorerna* behöver samverka.", False),
            ("3.1", NO_COMMENTS, "", False),
        ]

    # Started again, the workbench lists the case with its progress.
    app = make_app(db_path, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#cases", DataTable)
        row = table.get_row_at(0)
        assert row[2] == "Stockholms stad"
        assert str(row[6]) == "4/13"
