"""Draw the README's screenshots on the demo: `.venv/bin/python docs/make_screenshots.py`.

Writes docs/arenden.svg (Ärenden) and docs/arbetsyta.svg (the workspace on Stockholms stad's
remissvar, section 1.1, with the preview beside the editor) at 120×35, with fixed dates.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import tempfile
from pathlib import Path

from workbench.demo import load_demo
from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.tui.screens.workspace import WorkspaceScreen

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
    app = make_app(db, keymap={}, today=TODAY, clock=lambda: dt.datetime(2026, 11, 23, 14, 3))
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        app.save_screenshot("arenden.svg", str(DOCS))
        await app.push_screen(WorkspaceScreen(stad.id, section.id))
        await pilot.pause()
        await pilot.press("f2", "ctrl+s")
        await pilot.pause(0.5)
        app.save_screenshot("arbetsyta.svg", str(DOCS))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(draw(Path(folder) / "demo.db"))
