"""Draw the README's screenshots on the demo: `.venv/bin/python docs/make_screenshots.py`.

Writes docs/arenden.svg (Ärenden), docs/arbetsyta.svg (the workspace on Stockholms stad's
remissvar, section 1.1, with the preview beside the editor) and docs/granskning.svg (the
reviewer's second round on Huddinge's tjänsteutlåtande: one position reworded, one stance
changed) at 120×35, with fixed dates; then docs/sammanstallning.svg (the compilation of the
first Life science remiss with three seed answers read in from Word files) and
docs/inlasning.svg (how Huddinge's answer was read: `l` in its column). Needs ../shared.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import tempfile
from pathlib import Path

from tests.answer_files import write_seed_docx
from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.tui.screens.compilation import CompilationScreen
from workbench.tui.screens.review import ReviewScreen
from workbench.tui.screens.workspace import WorkspaceScreen
from workbench.usecases.answer_import import import_answers
from workbench.usecases.demo import load_demo

DOCS = Path(__file__).parent
TODAY = dt.date(2026, 11, 23)


async def draw(db: Path) -> None:
    with open_store(db) as store:
        load_demo(store)
        old, new = sorted(store.list_remisses(), key=lambda r: r.sender_dnr)
        store.update_remiss(old.id, reply_by="2020-11-13")
        store.update_remiss(new.id, reply_by="2026-11-27")
        stad = next(s for s in store.list_responses() if s.organisation == "Stockholms stad")
        section = store.section_by_number(new.id, "1.1")
        huddinge = next(s for s in store.list_responses() if s.organisation == "Huddinge kommun")
        second_round(store, huddinge.id)
    app = make_app(db, keymap={}, today=TODAY, clock=lambda: dt.datetime(2026, 11, 23, 14, 3))
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        app.save_screenshot("arenden.svg", str(DOCS))
        await app.push_screen(WorkspaceScreen(stad.id, section.id))
        await pilot.pause()
        await pilot.press("f2", "ctrl+s")
        await pilot.pause(0.5)
        app.save_screenshot("arbetsyta.svg", str(DOCS))
        app.pop_screen()
        await app.push_screen(ReviewScreen(huddinge.id))
        await pilot.pause()
        await pilot.press("n", "n")  # past the overview and the general positions, to 1
        await pilot.pause(0.5)
        app.save_screenshot("granskning.svg", str(DOCS))
        app.pop_screen()
        read_in_seed_answers(db, old.id)
        await app.push_screen(CompilationScreen(old.id))
        await pilot.pause(0.5)
        app.save_screenshot("sammanstallning.svg", str(DOCS))
        screen = app.screen
        column = screen.shown.organisations.index("Huddinge kommun") + 1
        screen.query_one("#compilation-matrix").move_cursor(row=0, column=column)
        await pilot.press("l")
        await pilot.pause(0.5)
        app.save_screenshot("inlasning.svg", str(DOCS))


def read_in_seed_answers(db: Path, remiss_id: int) -> None:
    """Three seed answers as the Word files their authors sent, read in on the first remiss."""
    with open_store(db) as store:
        # Seed 003 names its kommun only in passing: the officer names it, as with --org.
        for seed, org in (("000", None), ("003", "Huddinge kommun"), ("004", None)):
            path = write_seed_docx(seed, db.parent)
            import_answers(store, remiss_id, [path], organisation=org)


def second_round(store, response_id: int) -> None:
    """The reviewer sends Huddinge's draft back; the officer rewords one position and softens
    one stance, and sends it again."""
    store.set_status(response_id, "atergiven", by="Eva Granskare", message="Skärp 4.1.")
    first, second = [p for p in store.positions(response_id) if p.section_id][:2]
    store.update_position(
        first.id, text=first.text.replace("Huddinge kommun", "kommunen", 1) + " Det är angeläget."
    )
    store.update_position(second.id, stance="tillstyrker_delvis")
    store.set_status(
        response_id, "granskning", by="Anna Handläggare", message="Ändrat enligt dina synpunkter."
    )


if __name__ == "__main__":
    os.environ["WORKBENCH_USER"] = "Eva Granskare"
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(draw(Path(folder) / "demo.db"))
