"""End to end: the terminal goes away (tmux kill-server, a closed window) or the system asks the
workbench to stop (SIGTERM). Whatever was typed is saved, and the process ends: it used to stay
behind on the dead terminal at 12-35% CPU when a wrapper such as `make run` got the SIGHUP.
"""

from __future__ import annotations

import os
import signal

import pytest

from tests.terminal import MAKE, open_huddinge, wait_gone
from workbench.store import open_store

TEXT = "att uppföljningen ska ske varje år"


@pytest.fixture
def demo_file(demo_db):
    return demo_db


def stored_texts(db) -> list[str]:
    with open_store(db) as store:
        response = next(s for s in store.list_responses() if s.organisation == "Huddinge kommun")
        section = store.section_by_number(response.remiss_id, "2")
        return [p.text for p in store.section_positions(response.id, section.id)]


@pytest.mark.parametrize("wrapper", ["", MAKE], ids=["exec", "under-make"])
def test_closing_the_terminal_saves_the_last_keys_and_ends_the_process(
    terminal, demo_file, wrapper
):
    pid = terminal.start(demo_file, wrapper=wrapper)
    open_huddinge(terminal)
    terminal.tmux("send-keys", "-t", terminal.session, "-l", TEXT)
    # Kill the terminal as soon as the text shows: the last keys may still be queued.
    terminal.wait_for(TEXT[-10:])
    terminal.stop()
    assert wait_gone(pid, timeout=5), "the workbench kept running without its terminal"
    assert stored_texts(demo_file) == [TEXT]


def test_sigterm_saves_and_exits_and_the_day_has_its_backup(terminal, demo_file):
    pid = terminal.start(demo_file)
    open_huddinge(terminal)
    terminal.tmux("send-keys", "-t", terminal.session, "-l", TEXT)
    terminal.wait_for(TEXT[-10:])
    os.kill(pid, signal.SIGTERM)
    assert wait_gone(pid, timeout=5)
    assert stored_texts(demo_file) == [TEXT]
    # Opening the workbench made the day's copy in the data directory.
    (copy,) = (terminal.home / "backups").glob(f"{demo_file.stem}-*.db")
    assert copy.stat().st_mode & 0o777 == 0o600
