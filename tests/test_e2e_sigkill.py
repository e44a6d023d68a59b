"""End to end, as a user would: `workbench` in a real terminal (tmux), a position typed, the
process killed with SIGKILL about a second after the last key, started again: the text is there.

The autosave writes within a fraction of a second of a key (tui/autosave.py), so a kill a
second later must find every word in the store, and the restarted workbench must show it.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import copy_store
from tests.terminal import Terminal, open_huddinge
from workbench.store import open_store

TEXT = "att strategin bör följas upp årligen."


def test_a_position_survives_sigkill_a_second_after_the_last_key(terminal, demo_db):
    db = demo_db
    pid = terminal.start(db)
    open_huddinge(terminal)
    terminal.keys(TEXT, literal=True)
    time.sleep(1.0)
    os.kill(pid, signal.SIGKILL)

    with open_store(db) as store:
        response = next(s for s in store.list_responses() if s.organisation == "Huddinge kommun")
        section = store.section_by_number(response.remiss_id, "2")
        texts = [p.text for p in store.section_positions(response.id, section.id)]
    assert texts == [TEXT]

    terminal.start(db)
    assert "9/13" in terminal.wait_for("Huddinge kommun")  # section 2 now counts as answered
    open_huddinge(terminal)
    # It opens where the officer was: section 2, with the text.
    assert "strategin bör följas upp" in terminal.wait_for("strategin bör följas upp")


KILLS = 50
# The fifty kills in groups, each its own test case (so pytest-xdist spreads them over the
# cores); every group kills in two terminals at once with seeds of its own.
GROUPS = 5


def kill_loop(terminal: Terminal, db, kills: int, seed: int) -> list[str]:
    """Start, type, SIGKILL at a random moment of the typing or the save after it; again.

    Returns what went wrong, one line per kill (nothing when all went well): the store must
    open with integrity_check ok and hold every word typed more than a second before the kill.
    """
    rng = random.Random(seed)
    kept: set[str] = set()  # words found stored: no later kill may lose them
    failures = []
    for round_ in range(kills):
        pid = terminal.start(db)
        open_huddinge(terminal)
        words = [f"k{seed}r{round_}w{n}" for n in range(rng.randint(1, 4))]
        kill_after = rng.uniform(0, 0.25 * len(words) + 0.5)
        started = time.monotonic()
        typed = []
        for word in words:
            terminal.tmux("send-keys", "-t", terminal.session, "-l", f" {word}")
            typed.append((word, time.monotonic()))
            time.sleep(rng.uniform(0.02, 0.25))
        time.sleep(max(0.0, started + kill_after - time.monotonic()))
        os.kill(pid, signal.SIGKILL)
        killed_at = time.monotonic()
        conn = sqlite3.connect(db)
        try:
            check = conn.execute("PRAGMA integrity_check").fetchone()[0]
            stored = set(
                " ".join(row[0] for row in conn.execute("SELECT text FROM positions")).split()
            )
        finally:
            conn.close()
        if check != "ok":
            failures.append(f"kill {round_}: integrity_check says {check}")
        lost = [word for word, at in typed if at < killed_at - 1.0 and word not in stored]
        if lost:
            failures.append(f"kill {round_}: lost {lost}, typed over a second before the kill")
        if kept - stored:
            failures.append(f"kill {round_}: lost {sorted(kept - stored)}, stored before")
        kept |= {word for word, _ in typed if word in stored}
    return failures


@pytest.mark.slow
@pytest.mark.parametrize("group", range(GROUPS))
def test_fifty_kills_at_random_moments_lose_at_most_the_last_second(
    tmp_path, terminal, demo_template, group
):
    """Two terminals, two stores, kills in both at once (the machine is busy, as it would be);
    KILLS // GROUPS kills per group."""
    kills = KILLS // GROUPS
    stores = [copy_store(demo_template, tmp_path / name) for name in ("a.db", "b.db")]
    second = Terminal(f"{terminal.socket}-2", terminal.home)
    try:
        with ThreadPoolExecutor(2) as pool:
            results = list(
                pool.map(
                    kill_loop,
                    [terminal, second],
                    stores,
                    [kills // 2, kills - kills // 2],
                    [2 * group + 1, 2 * group + 2],
                )
            )
    finally:
        second.clean_up()
    failures = [line for result in results for line in result]
    assert not failures, "\n".join(failures)
    for db in stores:
        with open_store(db) as store:
            assert store.integrity_ok()
