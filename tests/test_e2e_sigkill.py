"""End to end, as a user would: `workbench` in a real terminal (tmux), a position typed, the
process killed with SIGKILL about a second after the last key, started again: the text is there.

The autosave writes within a fraction of a second of a key (tui/autosave.py), so a kill a
second later must find every word in the store, and the restarted workbench must show it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time

from tests.terminal import WORKBENCH, open_huddinge
from workbench.store import open_store

TEXT = "att strategin bör följas upp årligen."


def test_a_position_survives_sigkill_a_second_after_the_last_key(tmp_path, terminal):
    db = tmp_path / "store.db"
    subprocess.run(
        [WORKBENCH, "--db", db, "demo", "--quiet"],
        check=True,
        env={**os.environ, "WORKBENCH_HOME": str(tmp_path / "home")},
    )
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
