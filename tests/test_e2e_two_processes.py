"""End to end: two workbench processes on one store, in two terminals (tmux), as two officers
would. Both edit the same position: the later save keeps the other's text as a comment and
says so on screen; the first sees the second's text on coming back to the section."""

from __future__ import annotations

import sqlite3
import time

from tests.terminal import Terminal, open_huddinge
from workbench.store import open_store
from workbench.store.concurrent import CONFLICT_AUTHOR


def section_one(db):
    with open_store(db) as store:
        response = next(s for s in store.list_responses() if s.organisation == "Huddinge kommun")
        section = store.section_by_number(response.remiss_id, "1")
        (position,) = store.section_positions(response.id, section.id)
        comments = [
            c.text
            for c in store.comments(response.id)
            if c.position_id == position.id and c.author == CONFLICT_AUTHOR
        ]
        return position.text, comments


def saved(db, word: str, timeout: float = 20) -> tuple[str, list[str]]:
    """Section 1's position and kept texts once an autosave has stored `word`: waits on the
    store, not on time (the timeout is a hang guard). Polled read-only, so the polling never
    holds a lock the workbench's autosave would wait on."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            texts = [row[0] for row in conn.execute("SELECT text FROM positions")]
        finally:
            conn.close()
        if any(word in text for text in texts):
            break
        time.sleep(0.05)
    return section_one(db)


def test_two_processes_edit_one_position(terminal, demo_db):
    db = demo_db
    original, _ = section_one(db)
    other = Terminal(f"{terminal.socket}-b", terminal.home)
    try:
        terminal.start(db)
        other.start(db)
        # Both open the response before either moves: the workspace opens where the officer
        # last was, and a place remembered by the first must not move the second's start.
        for term in (terminal, other):
            open_huddinge(term)
        for term in (terminal, other):
            term.keys("C-b")  # section 1, which holds one position
        terminal.keys(" ALFA", literal=True)
        assert "ALFA" in saved(db, "ALFA")[0]

        other.keys(" BETA", literal=True)
        other.wait_for("ändrades samtidigt", timeout=10)
        text, kept = saved(db, "BETA")
        assert "BETA" in text and "ALFA" not in text
        (comment,) = kept
        assert "ALFA" in comment and original.split()[0] in comment

        terminal.keys("C-n")
        terminal.keys("C-b")
        assert "BETA" in terminal.wait_for("BETA", timeout=10)
    finally:
        other.clean_up()
