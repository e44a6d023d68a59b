"""Snapshots of the main screens at a fixed size, with fixed dates and clock, no cursor blink
and no animation: `pytest --snapshot-update` rewrites them after a deliberate change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.tui.screens.details import DetailsScreen
from workbench.tui.screens.workspace import WorkspaceScreen

SIZE = (120, 35)
TODAY = dt.date(2026, 11, 23)


def fixed_clock() -> dt.datetime:
    return dt.datetime(2026, 11, 23, 14, 3, 22)


@pytest.fixture
def snapshot_db(demo_db):
    """The demo with deadlines around TODAY: one passed, one in four days."""
    with open_store(demo_db) as store:
        old, new = sorted(store.list_remisses(), key=lambda r: r.sender_dnr)
        store.update_remiss(old.id, reply_by="2026-11-20")
        store.update_remiss(new.id, reply_by="2026-11-27")
        huddinge = next(s.id for s in store.list_responses() if s.organisation == "Huddinge kommun")
        section = store.section_by_number(old.id, "4.2")
    return demo_db, huddinge, section.id


def still(app) -> None:
    """No blinking cursors, no animation: the same picture every time."""
    app.animation_level = "none"
    for widget in app.screen.query("Input, TextArea"):
        if isinstance(widget, Input | TextArea):
            widget.cursor_blink = False
            # TextArea caches a line drawn in the blink's hidden phase under the same key as
            # the steady cursor's, so the cursor showed or not by the blink's phase at this
            # moment (a snapshot failing under load): its line cache is cleared here.
            widget.notify_style_update()


def test_cases(snap_compare, snapshot_db):
    db, _, _ = snapshot_db
    app = make_app(db, keymap={}, today=TODAY, clock=fixed_clock)

    async def run_before(pilot) -> None:
        await pilot.pause()
        still(app)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_workspace(snap_compare, snapshot_db):
    db, huddinge, section_id = snapshot_db
    app = make_app(db, keymap={}, today=TODAY, clock=fixed_clock)

    async def run_before(pilot) -> None:
        await pilot.pause()
        await app.push_screen(WorkspaceScreen(huddinge, section_id))
        await pilot.pause()
        await app.workers.wait_for_complete()  # the dictionary: its marks are in the picture
        await pilot.pause()
        await pilot.press("ctrl+s")  # shows "Sparat 14:03:22" from the fixed clock
        await pilot.pause()
        still(app)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_details(snap_compare, snapshot_db):
    db, huddinge, _ = snapshot_db
    app = make_app(db, keymap={}, today=TODAY, clock=fixed_clock)

    async def run_before(pilot) -> None:
        await pilot.pause()
        await app.push_screen(DetailsScreen(huddinge))
        await pilot.pause()
        await pilot.press(*"KS 2020/")
        app.autosaver.flush()  # "Sparat" at the fixed clock
        await pilot.pause()
        still(app)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_search(snap_compare, snapshot_db):
    """Sök over the whole store: a query with its ranked hits and the first hit's text."""
    db, _, _ = snapshot_db
    with open_store(db) as store:  # the hits show when each position was last changed
        # (an approved response is read-only by trigger; this copy of the demo is only shown)
        store.db.execute("DROP TRIGGER IF EXISTS positions_read_only_update")
        store.db.execute("UPDATE positions SET updated_at = '2026-11-20T09:30:00.000Z'")
    app = make_app(db, keymap={}, today=TODAY, clock=fixed_clock, debounce=False)

    async def run_before(pilot) -> None:
        await pilot.pause()
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.press(*"kompetens")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        still(app)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_outline(snap_compare, snapshot_db):
    """Disposition: the outline of a remiss as the import made it, ready to be fixed."""
    db, _, _ = snapshot_db
    with open_store(db) as store:
        remiss_id = min(remiss.id for remiss in store.list_remisses())
    app = make_app(db, keymap={}, today=TODAY, clock=fixed_clock)

    async def run_before(pilot) -> None:
        from workbench.tui.screens.outline import OutlineScreen

        await pilot.pause()
        await app.push_screen(OutlineScreen(remiss_id))
        await pilot.pause()
        still(app)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


@pytest.fixture
def imported_db(tmp_path):
    """A Word remiss read by the import: a summary before its numbered chapters, a table."""
    import docx

    from workbench.core.model import Organisation
    from workbench.ingest import read_remiss

    document = docx.Document()
    document.add_paragraph("Remiss från Trafikverket")
    document.add_heading("Sammanfattning", 1)
    document.add_paragraph("Förslaget ger en säkrare väg och kostar 12 miljoner kronor.")
    document.add_heading("1 Kostnader", 1)
    document.add_paragraph("Tabellen visar kostnader och intäkter per år.")
    table = document.add_table(rows=3, cols=3)
    rows = (("Post", "2026", "2027"), ("Utgifter", "8 mnkr", "4 mnkr"), ("Intäkter", "–", "1 mnkr"))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_heading("2 Genomförande", 1)
    document.add_paragraph("Arbetet börjar 2026.")
    path = tmp_path / "vagplan.docx"
    document.save(str(path))
    parsed = read_remiss(path)
    db = tmp_path / "import.db"
    with open_store(db) as store:
        from workbench.core.model import Remiss

        remiss = store.add_remiss(
            Remiss(title="Vägplan", sender="Trafikverket", sections=parsed.sections)
        )
        org = store.add_organisation(Organisation(name="Marks kommun"))
        response = store.new_response(remiss.id, org.id)
        sections = {s.title: s.id for s in store.sections(remiss.id)}
    return db, response.id, sections


@pytest.mark.parametrize("title", ["Sammanfattning", "Kostnader"])
def test_workspace_imported_summary_and_table(snap_compare, imported_db, title):
    """The unnumbered summary is a section like any other; a Word table is drawn as one."""
    db, response_id, sections = imported_db
    app = make_app(db, keymap={}, today=TODAY, clock=fixed_clock)

    async def run_before(pilot) -> None:
        await pilot.pause()
        await app.push_screen(WorkspaceScreen(response_id, sections[title]))
        await pilot.pause()
        still(app)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


# At the default size (80×24), the smallest terminal the workbench promises to fit.


def test_review(snap_compare, snapshot_db):
    """Granskning of a response: the sections to read, the first one's text and comments."""
    db, huddinge, _ = snapshot_db
    app = make_app(db, keymap={}, today=TODAY, clock=fixed_clock, user="Anna")

    async def run_before(pilot) -> None:
        from workbench.tui.screens.review import ReviewScreen

        await pilot.pause()
        await app.push_screen(ReviewScreen(huddinge))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        still(app)

    assert snap_compare(app, run_before=run_before)


def test_export(snap_compare, snapshot_db):
    """Exportera: the kinds, the formats, the folder and the check before writing."""
    db, huddinge, _ = snapshot_db
    app = make_app(db, keymap={}, today=TODAY, clock=fixed_clock)

    async def run_before(pilot) -> None:
        from workbench.tui.screens.export import ExportScreen

        await pilot.pause()
        # A fixed folder: the screen shows it, and nothing is written.
        await app.push_screen(ExportScreen(huddinge, folder=Path("/remisser/ut")))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        still(app)

    assert snap_compare(app, run_before=run_before)


def test_compilation_matrix(snap_compare, snapshot_db):
    """Remissammanställning: sections by organisations, from the demo's own responses (not
    from answers read in: what the reading makes of a letter is tuned often, and tested in
    test_answer_*)."""
    db, _, _ = snapshot_db
    with open_store(db) as store:
        remiss = store.remiss_by_dnr("RS 2019-0751")
    app = make_app(db, keymap={}, today=TODAY, clock=fixed_clock)

    async def run_before(pilot) -> None:
        from workbench.tui.screens.compilation import CompilationScreen

        await pilot.pause()
        await app.push_screen(CompilationScreen(remiss.id, folder=Path("/remisser/ut")))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        still(app)

    assert snap_compare(app, run_before=run_before)


def test_outline_at_default_size(snap_compare, snapshot_db):
    """Disposition at 80×24: the list of sections and the chosen one's text side by side."""
    db, _, _ = snapshot_db
    with open_store(db) as store:
        remiss_id = min(remiss.id for remiss in store.list_remisses())
    app = make_app(db, keymap={}, today=TODAY, clock=fixed_clock)

    async def run_before(pilot) -> None:
        from workbench.tui.screens.outline import OutlineScreen

        await pilot.pause()
        await app.push_screen(OutlineScreen(remiss_id))
        await pilot.pause()
        still(app)

    assert snap_compare(app, run_before=run_before)
