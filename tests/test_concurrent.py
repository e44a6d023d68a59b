"""Two writers on one store: each connection here stands for a process (SQLite locks per
connection). The later save of the same text keeps the other one as a comment and says so; an
edit by one shows in the other when the section is shown again; a busy store is a short wait
and a Swedish line, never an exception."""

from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import Static

from tests.test_cli import run
from tests.test_tui_workspace import SIZE, open_workspace, response_of
from tests.tui_helpers import plain
from workbench.store import connection, open_store
from workbench.store.concurrent import CONFLICT_AUTHOR
from workbench.store.failures import BUSY, BUSY_NOT_SAVED
from workbench.tui.app import make_app
from workbench.tui.concurrent import CONFLICT_MESSAGE


def draft_position(store):
    response = next(r for r in store.list_responses() if r.organisation == "Stockholms stad")
    return store.positions(response.id)[0]


def kept_comments(store, position_id):
    response_id = store.get_position(position_id).response_id
    return [
        c.text
        for c in store.comments(response_id)
        if c.position_id == position_id and c.author == CONFLICT_AUTHOR
    ]


def test_the_later_save_keeps_the_other_text_as_a_comment(demo_db):
    with open_store(demo_db) as mine, open_store(demo_db) as theirs:
        seen = draft_position(mine)
        saved = mine.save_position_edit(seen.id, "text", "min första lydelse", seen.updated_at)
        other = theirs.get_position(seen.id)
        theirs.save_position_edit(seen.id, "text", "deras lydelse", other.updated_at)
        result = mine.save_position_edit(seen.id, "text", "min andra lydelse", saved.updated_at)
        assert result.kept is not None
        assert mine.get_position(seen.id).text == "min andra lydelse"
        (comment,) = kept_comments(mine, seen.id)
        assert comment.endswith("deras lydelse")


def test_no_conflict_when_nothing_would_be_lost(demo_db):
    with open_store(demo_db) as mine, open_store(demo_db) as theirs:
        seen = draft_position(mine)
        # Only this process writes: its own stance change in between is no conflict.
        saved = mine.save_position_edit(seen.id, "text", "ett", seen.updated_at)
        mine.update_position(seen.id, stance="betonar")
        saved = mine.save_position_edit(seen.id, "text", "ett två", saved.updated_at)
        assert saved.kept is None
        # The other writer appended to the text, and this one typed on top of it: all kept.
        other = theirs.get_position(seen.id)
        theirs.save_position_edit(seen.id, "text", "ett två tre", other.updated_at)
        shown = mine.get_position(seen.id)
        assert (
            mine.save_position_edit(seen.id, "text", "ett två tre fyra", shown.updated_at).kept
            is None
        )
        assert kept_comments(mine, seen.id) == []


@pytest.fixture
def huddinge(demo_db):
    return response_of(demo_db, "Huddinge kommun")


def notices(app) -> list[str]:
    return app.notifications


async def test_the_workspace_tells_of_a_concurrent_edit_and_keeps_both(demo_db, huddinge):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        await pilot.press(*"vår text")
        app.autosaver.flush()
        position = screen.editor.position
        with open_store(demo_db) as other:
            stored = other.get_position(position.id)
            other.save_position_edit(position.id, "text", "deras text", stored.updated_at)
        await pilot.press("ctrl+a", "ctrl+k", *"vår nya text")  # replaces what was there
        app.autosaver.flush()
        await pilot.pause()
        assert CONFLICT_MESSAGE in notices(app)
    with open_store(demo_db) as store:
        assert store.get_position(position.id).text == "vår nya text"
        (comment,) = kept_comments(store, position.id)
        assert comment.endswith("deras text")


async def test_an_edit_by_another_process_shows_on_returning_to_the_section(demo_db, huddinge):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        await pilot.press("ctrl+b")  # section 1, which Huddinge answered
        position = screen.editor.position
        assert position.id is not None
        with open_store(demo_db) as other:
            other.update_position(position.id, text="ändrat av granskaren")
        await pilot.press("ctrl+n", "ctrl+b")
        await pilot.pause()
        assert screen.editor.position.text == "ändrat av granskaren"
        assert screen.editor.text_area.text == "ändrat av granskaren"


@pytest.fixture
def short_busy_timeout(monkeypatch):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 150)


def hold_write_lock(db_path) -> sqlite3.Connection:
    """Another process in the middle of a long write."""
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


async def test_a_busy_store_is_a_message_and_the_edit_is_saved_later(
    demo_db, huddinge, short_busy_timeout
):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        await pilot.press("a")
        app.autosaver.flush()
        holder = hold_write_lock(demo_db)
        try:
            await pilot.press(*"tt vänta")
            assert app.autosaver.flush() is False
            await pilot.pause()
            assert BUSY in plain(screen.query_one("#ws-saved", Static))
        finally:
            holder.rollback()
            holder.close()
        assert app.autosaver.flush() is True
        position_id = screen.editor.position.id
    with open_store(demo_db) as store:
        assert store.get_position(position_id).text == "att vänta"


async def test_a_busy_store_on_a_new_position_is_a_notice_not_a_crash(
    demo_db, huddinge, short_busy_timeout
):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        holder = hold_write_lock(demo_db)
        try:
            await pilot.press("x")  # the first key stores a new position: a direct write
            await pilot.pause()
            assert BUSY in notices(app)
        finally:
            holder.rollback()
            holder.close()
        await pilot.press("y")
        app.autosaver.flush()
        position_id = screen.editor.position.id
        assert app.is_running
    with open_store(demo_db) as store:
        assert store.get_position(position_id).text == "xy"


def test_a_busy_store_in_the_cli_is_one_swedish_line(demo_db, capsys, monkeypatch):
    """The CLI cannot save later: it says the change was not saved (test_hostile_cli has the
    wait that succeeds)."""
    monkeypatch.setenv("WORKBENCH_BUSY_WAIT", "0.3")
    response_id = str(response_of(demo_db, "Stockholms stad"))
    holder = hold_write_lock(demo_db)
    try:
        code, _, err = run(
            capsys,
            "--db",
            str(demo_db),
            "response",
            "position",
            response_id,
            "-",
            "--stance",
            "anser",
            "--text",
            "x",
        )
    finally:
        holder.rollback()
        holder.close()
    assert code == 1
    assert err.strip() == f"fel: {BUSY_NOT_SAVED.format(seconds='0.3')}"
    assert "sparades ändringen inte" in err
