"""Issue 15's end-to-end check: from an empty store, at the keyboard, an organisation with its
ort, the remiss imported, a response drafted (a general position after a section's, a stance
by Ctrl+E), the recipient in F3, the export by F9; asserted on the Word document: general
positions first, the closing with the place, the recipient in the address line."""

from __future__ import annotations

from textual.widgets import Input

from tests.conftest import SEEDS
from tests.docx_helpers import body_text, open_docx
from tests.tui_helpers import replace_text, type_text
from workbench.tui.app import make_app
from workbench.tui.screens.details import DetailsScreen
from workbench.tui.screens.export import ExportScreen
from workbench.tui.screens.new_response import NewResponseScreen
from workbench.tui.screens.organisations import OrganisationsScreen
from workbench.tui.screens.workspace import WorkspaceScreen

SIZE = (120, 40)
STRATEGY = SEEDS / "004_57d2d002d580fb5b.txt"


async def test_a_response_from_an_empty_store_to_the_exported_document(db_path, tmp_path):
    import pytest

    if not STRATEGY.exists():
        pytest.skip(f"{STRATEGY} saknas (../shared/seeds)")
    app = make_app(db_path, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # The organisation, with the ort its closing needs.
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, OrganisationsScreen)
        await pilot.press("ctrl+t")
        await pilot.pause()
        await replace_text(pilot, app.screen.query_one("#o-name", Input), "Marks kommun")
        await replace_text(pilot, app.screen.query_one("#o-city", Input), "Kinna")
        await pilot.press("ctrl+s", "escape")
        await pilot.pause()
        # The remiss, its outline as read, then N for the response.
        await pilot.press("i")
        await pilot.pause()
        await pilot.press("ctrl+u")
        await type_text(pilot, str(STRATEGY))
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NewResponseScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WorkspaceScreen)
        # A section's position first, with a stance picked by Ctrl+E.
        await pilot.press("ctrl+e", *"tillst", "enter")
        await pilot.pause()
        await type_text(pilot, "strategin.")
        # Then a general one (the first stop of the tree).
        while screen.stop_index:
            await pilot.press("ctrl+b")
        await pilot.pause()
        await type_text(pilot, "att remissen är väl underbyggd.")
        # The recipient, apart from the deciding body.
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)
        await replace_text(
            pilot,
            app.screen.query_one("#f-addressee", Input),
            "Region Stockholm, regionledningskontoret",
        )
        await pilot.press("escape")
        await pilot.pause()
        # F9: Word, into tmp_path.
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await replace_text(pilot, app.screen.query_one("#export-folder", Input), str(tmp_path))
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    [written] = list(tmp_path.glob("*.docx"))
    text = body_text(open_docx(written))
    general = text.index("Övergripande synpunkter")
    assert general < text.index("Marks kommun tillstyrker strategin.")
    assert "Marks kommun anser att remissen är väl underbyggd." in text
    assert "Till Region Stockholm, regionledningskontoret" in text
    assert "Kinna som ovan" in text
