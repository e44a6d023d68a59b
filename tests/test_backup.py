"""Backups: `workbench backup` while another process writes, daily copies kept N deep,
`workbench restore` (refuses without --force, keeps the old file), `workbench check`, and
every file made readable by its owner only."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
import subprocess
import sys

import pytest

from tests.test_cli import run
from workbench.store import open_store
from workbench.store.backup import BackgroundBackup, check, daily_backup, daily_prefix, restore


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def texts(db) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM positions ORDER BY id")]
    finally:
        conn.close()


def draft_position(store):
    """A position of the demo's draft (Stockholms stad), which may be written."""
    response = next(r for r in store.list_responses() if r.organisation == "Stockholms stad")
    return store.positions(response.id)[0]


def test_store_and_its_journal_are_owner_only(tmp_path, demo_store):
    home = tmp_path / "new" / "place"
    with open_store(home / "workbench.db") as store:
        store.db.execute("CREATE TABLE scratch (x)")  # a write, so the WAL exists
        for name in ("workbench.db", "workbench.db-wal", "workbench.db-shm"):
            assert mode(home / name) == 0o600, name
    assert mode(home) == 0o700


def test_backup_while_another_process_writes(tmp_path, demo_db, capsys):
    # A second process keeps rewriting a position as the TUI would while the copy is taken.
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from workbench.store import open_store\n"
            "s = open_store(sys.argv[1])\n"
            "r = next(r for r in s.list_responses() if r.organisation == 'Stockholms stad')\n"
            "p = s.positions(r.id)[0]\n"
            "s.update_position(p.id, text='version 0')\n"
            "print('writing', flush=True)\n"
            "end = time.monotonic() + 3\n"
            "i = 0\n"
            "while time.monotonic() < end:\n"
            "    i += 1\n"
            "    s.update_position(p.id, text=f'version {i}')\n",
            str(demo_db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        # Wait on the writer's first write, not on time: a loaded machine starts it slowly.
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "writing"
        copies = []
        for number in range(5):
            target = tmp_path / f"kopia{number}.db"
            code, _out, err = run(capsys, "--db", str(demo_db), "backup", str(target))
            assert code == 0, err
            copies.append(target)
    finally:
        writer.wait(timeout=30)
    assert writer.returncode == 0
    for copy in copies:
        assert check(copy) == []
        assert mode(copy) == 0o600
        assert any(text.startswith("version ") for text in texts(copy))


def test_daily_backup_once_a_day_keeping_the_newest(tmp_path, demo_db):
    folder = tmp_path / "backups"
    start = dt.date(2026, 11, 1)
    made = [daily_backup(demo_db, folder, keep=3, today=start + dt.timedelta(d)) for d in range(5)]
    assert all(made)
    assert daily_backup(demo_db, folder, keep=3, today=start + dt.timedelta(4)) is None
    kept = sorted(p.name for p in folder.iterdir())
    prefix = daily_prefix(demo_db)
    assert kept == [f"{prefix}2026-11-0{d}.db" for d in (3, 4, 5)]
    assert mode(folder) == 0o700
    assert all(mode(p) == 0o600 for p in folder.iterdir())
    assert check(folder / kept[-1]) == []

    # Another store of the same name elsewhere keeps copies of its own, pruning none of these.
    other = tmp_path / "other" / demo_db.name
    other.parent.mkdir()
    open_store(other).close()
    daily_backup(other, folder, keep=1, today=start)
    daily_backup(other, folder, keep=1, today=start + dt.timedelta(1))
    assert len(list(folder.glob(f"{prefix}*.db"))) == 3
    assert len(list(folder.glob(f"{daily_prefix(other)}*.db"))) == 1


def test_daily_backup_goes_to_the_data_dir_in_the_background(isolated_home, demo_db):
    job = BackgroundBackup(demo_db).start()
    job.thread.join(10)
    assert job.error == ""
    assert job.made is not None and job.made.parent == isolated_home / "backups"
    assert texts(job.made) == texts(demo_db)


def test_restore_refuses_without_force_and_keeps_the_old_store(tmp_path, demo_db, capsys):
    copy = tmp_path / "kopia.db"
    assert run(capsys, "--db", str(demo_db), "backup", str(copy))[0] == 0
    with open_store(demo_db) as store:
        position = draft_position(store)
        store.update_position(position.id, text="skrivet efter kopian")
    before = texts(demo_db)

    code, _, err = run(capsys, "--db", str(demo_db), "restore", str(copy))
    assert code == 1 and "--force" in err and len(err.strip().splitlines()) == 1
    assert texts(demo_db) == before

    code, _out, err = run(capsys, "--db", str(demo_db), "restore", str(copy), "--force")
    assert code == 0, err
    assert "skrivet efter kopian" not in texts(demo_db)
    (kept,) = tmp_path.glob("demo.before-restore.*.db")
    assert texts(kept) == before
    assert mode(kept) == 0o600
    assert check(demo_db) == []


def test_restore_reaches_a_store_another_connection_has_open(tmp_path, demo_db):
    copy = tmp_path / "kopia.db"
    with open_store(demo_db) as store:
        store.backup(copy)
        position = draft_position(store)
        store.update_position(position.id, text="efter kopian")
        restore(copy, demo_db, force=True)
        assert store.get_position(position.id).text != "efter kopian"


def test_restore_into_a_new_file_is_owner_only(tmp_path, demo_db, capsys):
    target = tmp_path / "ny.db"
    code, _, err = run(capsys, "--db", str(target), "restore", str(demo_db))
    assert code == 0, err
    assert mode(target) == 0o600
    assert texts(target) == texts(demo_db)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "ingen SQLite-databas"), (b"PK\x03\x04 not a database at all", "ingen SQLite")],
)
def test_restore_from_a_bad_file_changes_nothing(tmp_path, demo_db, capsys, content, message):
    bad = tmp_path / "trasig.db"
    bad.write_bytes(content)
    before = texts(demo_db)
    code, _, err = run(capsys, "--db", str(demo_db), "restore", str(bad), "--force")
    assert code == 1 and message in err and "Traceback" not in err
    assert texts(demo_db) == before
    assert not list(tmp_path.glob("*.before-restore.*"))


def test_check_a_sound_store(demo_db, capsys):
    code, out, err = run(capsys, "--db", str(demo_db), "check")
    assert code == 0, out + err
    assert "hel" in out


def test_check_finds_a_damaged_file(tmp_path, demo_db, capsys):
    damaged = tmp_path / "skadad.db"
    data = bytearray(demo_db.read_bytes())
    page = 4096
    for offset in range(page * 3, page * 6, 7):  # scribble over a few pages of b-tree
        data[offset] = 0xA5
    damaged.write_bytes(bytes(data))
    damaged.chmod(0o600)
    code, out, err = run(capsys, "--db", str(damaged), "check")
    assert code == 1
    assert out.startswith("- ")
    assert "Kontrollen fann" in err and len(err.strip().splitlines()) == 1


def test_check_finds_and_repairs_the_search_index(demo_db, capsys):
    conn = sqlite3.connect(demo_db)
    conn.execute("DELETE FROM position_search WHERE rowid IN (SELECT id FROM positions LIMIT 3)")
    conn.execute(
        "INSERT INTO position_search (rowid, verb, text, tags) VALUES (999999, '', 'x', '')"
    )
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--db", str(demo_db), "check")
    assert code == 1
    assert "saknar 3 rader" in out and "1 rader som inte längre finns" in out
    code, out, err = run(capsys, "--db", str(demo_db), "check", "--repair")
    assert code == 0, out + err
    assert "ombyggda" in out


def test_check_warns_of_a_file_others_can_read(demo_db, capsys):
    demo_db.chmod(0o644)
    code, out, _ = run(capsys, "--db", str(demo_db), "check")
    assert code == 1 and "chmod 600" in out


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "finns inte"),
        (lambda p: p.write_text("hej"), "ingen SQLite-databas"),
    ],
)
def test_check_of_what_is_no_store(tmp_path, capsys, make, message):
    path = tmp_path / "x.db"
    make(path)
    code, out, err = run(capsys, "--db", str(path), "check")
    assert code == 1 and message in out and "Traceback" not in err
    assert path.exists() == (message != "finns inte")  # check never creates the store


def test_check_of_a_folder(tmp_path):
    assert check(tmp_path) == [f"{tmp_path} är inte en fil."]
