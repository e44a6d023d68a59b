"""Hostile text: control characters, right-to-left text, emoji, a 1 MB position and 10,000
positions in one response. The text is stored as typed, the export succeeds (Word gets what it
can hold), search works, and the workspace still opens, steps and saves.

"Responsive" is held to a generous bound here (each key handled within a few seconds, so a
hang fails the test); the figures themselves are in `make bench` (bench_hostile)."""

from __future__ import annotations

import asyncio
import re

import pytest

from tests.conftest import made_once
from tests.docx_helpers import body_text, open_docx
from tests.test_tui_workspace import SIZE, open_workspace
from workbench.core.model import Position
from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.usecases.export import export_response

CONTROL = "\x01\x02\x07\x08\x0b\x0c\x1b[31m\x1f\x7f"
RTL = "‏עברית‎ و العربية ‮reversed‬"
EMOJI = "👩🏽‍⚖️ 🇸🇪 🧪 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"
HOSTILE = f"att {CONTROL} {RTL} {EMOJI} ”citat” <w:t>&amp;</w:t> {{{{ x }}}} {{% if %}}"
POSITIONS = 10_000
MEGABYTE = 2**20
BOUND = 30.0  # seconds a key may take before the test calls the workspace hung (a hang
# guard: 10 s was reached by the preview on a machine loaded to 8 runnable processes on 2 cores)


def fill(db_path) -> int:
    """The demo's draft (Stockholms stad) with 10,000 hostile positions and one of 1 MB."""
    with open_store(db_path) as store:
        summary = next(r for r in store.list_responses() if r.organisation == "Stockholms stad")
        sections = store.get_remiss(summary.remiss_id).sections
        paragraph = ("Lång mening om life science och forskning " * 30 + "\n\n") * 20
        huge = (paragraph * (MEGABYTE // len(paragraph) + 1))[:MEGABYTE]
        with store.db.atomic():
            store.add_position(summary.id, Position("anser", text=huge, section_id=sections[0].id))
            for number in range(POSITIONS):
                section = sections[number % len(sections)]
                text = f"{HOSTILE} nummer {number}"
                store.add_position(summary.id, Position("anser", text=text, section_id=section.id))
        return summary.id


@pytest.fixture(scope="session")
def hostile_template(tmp_path_factory, demo_template):
    """Made once for the whole run, whichever workers run these tests (10,000 positions take
    seconds to add)."""

    def make(folder):
        path = folder / "hostile.db"
        with open_store(demo_template) as source:
            source.backup(path)
        fill(path)
        with open_store(path) as store:  # index once, here, rather than in every test
            store.refresh_search_index()
        return path

    return made_once(tmp_path_factory, "hostile-text", make)


@pytest.fixture
def hostile_db(tmp_path, hostile_template):
    target = tmp_path / "hostile.db"
    with open_store(hostile_template) as source:
        source.backup(target)
    return target


def response_id(db_path) -> int:
    with open_store(db_path) as store:
        return next(r.id for r in store.list_responses() if r.organisation == "Stockholms stad")


@pytest.mark.slow
def test_stored_as_typed(hostile_db):
    with open_store(hostile_db) as store:
        positions = store.positions(response_id(hostile_db))
        assert len(positions) > POSITIONS
        assert sum(HOSTILE in p.text for p in positions) == POSITIONS
        assert max(len(p.text) for p in positions) == MEGABYTE
        assert store.integrity_ok()


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "md"])
def test_export_succeeds_and_word_gets_what_it_can_hold(hostile_db, tmp_path, fmt):
    with open_store(hostile_db) as store:
        target = export_response(store, response_id(hostile_db), fmt=fmt, out=tmp_path / f"x.{fmt}")
    if fmt == "md":
        text = target.read_text(encoding="utf-8")  # Markdown escapes the tags: not checked
    else:
        text = body_text(open_docx(target))
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", text)
        assert "<w:t>&amp;</w:t>" in text and "{{ x }}" in text and "{% if %}" in text
    assert text.count("nummer 9999") == 1
    assert EMOJI in text and "עברית" in text and "العربية" in text


@pytest.mark.slow
def test_search_finds_hostile_text(hostile_db):
    with open_store(hostile_db) as store:
        hits = store.search("nummer 4321")
        assert any("nummer 4321" in hit.text for hit in hits)


async def within(awaitable, what: str):
    try:
        return await asyncio.wait_for(awaitable, BOUND)
    except TimeoutError:
        raise AssertionError(f"{what} took over {BOUND} s: the workspace hangs") from None


@pytest.mark.slow
async def test_the_workspace_opens_steps_and_saves(hostile_db):
    app = make_app(hostile_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await within(open_workspace(app, pilot, response_id(hostile_db)), "opening")
        for _ in range(4):
            await within(pilot.press("ctrl+n"), "next section")
        await within(pilot.press("ctrl+b", "ctrl+b", "ctrl+b"), "previous section")
        await within(pilot.press("ctrl+t", *"ny text"), "typing")
        screen.editor.text_area.insert(" 🧪")  # a key press cannot carry an emoji
        await within(pilot.press("f2"), "the preview")
        await within(pilot.pause(), "drawing the preview")
        app.autosaver.flush()
        position_id = screen.editor.position.id
    with open_store(hostile_db) as store:
        assert store.get_position(position_id).text == "ny text 🧪"
