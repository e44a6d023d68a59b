"""The command line's promises under a probe: a busy store, `--out` to folders and existing
files, temporary files, and arguments a careless user or an attacker would give. Each case
runs `workbench` in a process of its own with a 1 GB address-space limit and a generous hang
guard (not a speed assertion), and asserts the exit code, the message and what was (not)
written."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

WORKBENCH = Path(sys.executable).with_name("workbench")
SECONDS = 120.0  # hang guard
ADDRESS_SPACE = 1 << 30


def limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_cli(*args: str | bytes, home: Path, cwd: Path | None = None, **env: str):
    environment = {**os.environ, "WORKBENCH_HOME": str(home), **env}
    environment.pop("WORKBENCH_DB", None)
    return subprocess.run(
        [str(WORKBENCH), *args],
        capture_output=True,
        env=environment,
        cwd=cwd,
        timeout=SECONDS,
        preexec_fn=limit_memory,
        check=False,
    )


def text(output: bytes) -> str:
    return output.decode("utf-8", "replace")


def positions(db: Path) -> int:
    from workbench.store import open_store

    with open_store(db) as store:
        return store.counts()["positions"]


def response_id(db: Path, organisation: str) -> int:
    from workbench.store import open_store

    with open_store(db) as store:
        return next(r.id for r in store.list_responses() if r.organisation == organisation)


# A busy store: another process holds the write lock


HOLDER = textwrap.dedent(
    """
    import sqlite3, sys, time
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
    connection.execute("COMMIT")
    """
)


def hold_write_lock(db: Path, seconds: float) -> subprocess.Popen:
    """Another program in the middle of a write of `seconds`; returns once it holds the lock."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "held"
    return holder


def position_args(db: Path) -> list[str]:
    return [
        "--db",
        str(db),
        "response",
        "position",
        str(response_id(db, "Stockholms stad")),
        "-",
        "--stance",
        "anser",
        "--text",
        "att skrivningen väntar",
    ]


def test_a_write_waits_for_a_lock_held_longer_than_the_busy_timeout(demo_db, tmp_path):
    before = positions(demo_db)
    holder = hold_write_lock(demo_db, 7.0)  # longer than the 5 s busy timeout
    try:
        done = run_cli(*position_args(demo_db), home=tmp_path / "home")
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 0, text(done.stderr)
    assert text(done.stdout).strip().isdigit()
    assert positions(demo_db) == before + 1


def test_a_write_that_gives_up_says_the_change_was_not_saved(demo_db, tmp_path):
    before = positions(demo_db)
    holder = hold_write_lock(demo_db, 60.0)
    try:
        done = run_cli(*position_args(demo_db), home=tmp_path / "home", WORKBENCH_BUSY_WAIT="1.5")
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 1
    assert text(done.stdout) == ""
    assert text(done.stderr) == (
        "fel: Databasen är upptagen av ett annat program; efter 1.5 s väntan sparades ändringen"
        " inte. Kör kommandot igen när det andra programmet är klart.\n"
    )
    assert positions(demo_db) == before


def test_a_wait_that_is_no_number_is_one_line(demo_db, tmp_path):
    done = run_cli(*position_args(demo_db), home=tmp_path / "home", WORKBENCH_BUSY_WAIT="länge")
    assert done.returncode == 1
    assert text(done.stderr) == (
        "fel: WORKBENCH_BUSY_WAIT: 'länge' är inget antal sekunder (t.ex. 30).\n"
    )
