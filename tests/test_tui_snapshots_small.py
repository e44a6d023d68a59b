"""Snapshots at the smallest terminal we support, 80×24 (issue 15): Ärenden, Arbetsyta, the
export dialog (its check list and buttons on screen), Granskning and the compilation matrix.
Same fixed dates, clock and stillness as tests/test_tui_snapshots.py."""

from __future__ import annotations

from pathlib import Path

from tests.test_tui_snapshots import TODAY, fixed_clock, snapshot_db, still
from workbench.store import open_store
from workbench.tui.app import make_app

SMALL = (80, 24)

__all__ = ["snapshot_db"]  # the fixture, shared


def test_cases_80x24(snap_compare, snapshot_db):
    db, _, _ = snapshot_db
    app = make_app(db, keymap={}, today=TODAY, clock=fixed_clock)

    async def run_before(pilot) -> None:
        await pilot.pause()
        still(app)

    assert snap_compare(app, terminal_size=SMALL, run_before=run_before)


def test_workspace_80x24(snap_compare, snapshot_db):
    from workbench.tui.screens.workspace import WorkspaceScreen

    db, huddinge, section_id = snapshot_db
    app = make_app(db, keymap={}, today=TODAY, clock=fixed_clock)

    async def run_before(pilot) -> None:
        await pilot.pause()
        await app.push_screen(WorkspaceScreen(huddinge, section_id))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        still(app)

    assert snap_compare(app, terminal_size=SMALL, run_before=run_before)


def test_export_80x24(snap_compare, snapshot_db):
    from workbench.tui.screens.export import ExportScreen

    db, huddinge, _ = snapshot_db
    app = make_app(db, keymap={}, today=TODAY, clock=fixed_clock)

    async def run_before(pilot) -> None:
        await pilot.pause()
        await app.push_screen(ExportScreen(huddinge, folder=Path("/tmp")))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        still(app)

    assert snap_compare(app, terminal_size=SMALL, run_before=run_before)


def test_review_80x24(snap_compare, snapshot_db):
    from workbench.tui.screens.review import ReviewScreen

    db, huddinge, _ = snapshot_db
    app = make_app(db, keymap={}, today=TODAY, clock=fixed_clock, user="Eva")

    async def run_before(pilot) -> None:
        await pilot.pause()
        await app.push_screen(ReviewScreen(huddinge))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        still(app)

    assert snap_compare(app, terminal_size=SMALL, run_before=run_before)


def test_compilation_80x24(snap_compare, snapshot_db):
    from workbench.tui.screens.compilation import CompilationScreen

    db, huddinge, _ = snapshot_db
    with open_store(db) as store:
        remiss_id = store.get_response(huddinge).remiss_id
    app = make_app(db, keymap={}, today=TODAY, clock=fixed_clock)

    async def run_before(pilot) -> None:
        await pilot.pause()
        await app.push_screen(CompilationScreen(remiss_id))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        still(app)

    assert snap_compare(app, terminal_size=SMALL, run_before=run_before)


def test_search_80x24(snap_compare, snapshot_db):
    """Ctrl+F at 80×24: the filters' words whole, the count and the first hits on screen."""
    db, _, _ = snapshot_db
    with open_store(db) as store:  # the hits show when each position was last changed
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

    assert snap_compare(app, terminal_size=SMALL, run_before=run_before)
