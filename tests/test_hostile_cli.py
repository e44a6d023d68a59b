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


# --out: folders, existing files, names that fit


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_out_with_a_trailing_slash_is_a_folder_made_when_missing(demo_db, tmp_path):
    folder = tmp_path / "ny" / "mapp"
    args = ["--db", str(demo_db), "export", "2", "--format", "md", "--out", f"{folder}/", "-q"]

    first = run_cli(*args, home=tmp_path / "home")
    second = run_cli(*args, home=tmp_path / "home")

    assert first.returncode == 0 and second.returncode == 0, text(second.stderr)
    name = "LOC 2020-0809 Yttrande Life science-strategi för Stockholmsregionen"
    assert folder.is_dir()
    assert text(first.stdout).strip() == str(folder / f"{name}.md")
    assert names(folder) == [f"{name} (föregående).md", f"{name}.md"]


def test_an_existing_file_is_kept_as_the_previous_version(demo_db, tmp_path):
    target = tmp_path / "svar.docx"
    target.write_bytes(b"den underskrivna versionen")

    done = run_cli(
        "--db", str(demo_db), "export", "2", "--out", str(target), "-q", home=tmp_path / "home"
    )

    assert done.returncode == 0, text(done.stderr)
    assert (tmp_path / "svar (föregående).docx").read_bytes() == b"den underskrivna versionen"
    assert target.read_bytes()[:2] == b"PK"


def test_compile_out_with_a_trailing_slash_is_a_folder(demo_db, tmp_path):
    folder = tmp_path / "sammanställningar"
    done = run_cli(
        "--db",
        str(demo_db),
        "compile",
        "1",
        "--format",
        "csv",
        "--out",
        f"{folder}/",
        home=tmp_path / "home",
    )
    assert done.returncode == 0, text(done.stderr)
    written = Path(text(done.stdout).strip())
    assert written.parent == folder and written.suffix == ".csv" and written.is_file()


def test_backup_to_a_path_with_a_trailing_slash_is_a_folder_and_keeps_the_previous(
    demo_db, tmp_path
):
    folder = tmp_path / "kopior"
    first = run_cli("--db", str(demo_db), "backup", f"{folder}/", home=tmp_path / "home")
    assert first.returncode == 0, text(first.stderr)
    made = Path(text(first.stdout).split(": ", 1)[1].strip())
    assert made.parent == folder and made.name.startswith("demo-") and made.suffix == ".db"

    again = run_cli("--db", str(demo_db), "backup", str(made), home=tmp_path / "home")

    assert again.returncode == 0, text(again.stderr)
    assert names(folder) == sorted([made.name, f"{made.stem} (föregående).db"])
    assert (made.stat().st_mode & 0o777) == 0o600


def test_long_titles_without_spaces_keep_cases_apart_and_fit_the_file_system(tmp_path):
    from workbench.core.model import Kind, Organisation, Remiss, Response, Section
    from workbench.store import open_store

    db = tmp_path / "lång.db"
    title = "Långtitelutanmellanslagomstadsplaneringensframtid" * 8  # 400 characters
    with open_store(db) as store:
        org = store.add_organisation(Organisation("Stockholms stad"))
        ids = []
        for ending in ("A", "B"):
            remiss = store.add_remiss(
                Remiss(title + ending, "Avsändare", "RS 1", sections=[Section("1", "Ett")])
            )
            ids.append(
                store.add_response(
                    Response(remiss_id=remiss.id, organisation_id=org.id, kind=Kind.REMISSVAR)
                ).id
            )
    out = tmp_path / "ut"
    out.mkdir()
    written = []
    for response in ids:
        done = run_cli(
            "--db",
            str(db),
            "export",
            str(response),
            "--out",
            str(out),
            "-q",
            home=tmp_path / "home",
        )
        assert done.returncode == 0, text(done.stderr)
        written.append(Path(text(done.stdout).strip()))

    assert written[0] != written[1]
    assert len(names(out)) == 2  # nothing overwritten, no previous version needed
    for path in written:
        assert len(os.fsencode(path.name)) <= 255
        assert path.name.startswith("Stockholms stad Remissvar Långtitel")
    assert f"(id {ids[0]}).docx" in written[0].name


def test_a_file_name_too_long_is_a_swedish_line_and_nothing_is_written(demo_db, tmp_path):
    out = tmp_path / "ut"
    out.mkdir()
    target = out / ("å" * 200 + ".docx")  # 405 bytes

    done = run_cli(
        "--db", str(demo_db), "export", "2", "--out", str(target), "-q", home=tmp_path / "home"
    )

    assert done.returncode == 1
    assert "File name too long" not in text(done.stderr)
    assert text(done.stderr).startswith("fel: Kan inte skriva ")
    assert text(done.stderr).endswith(
        "filnamnet är för långt (högst 255 byte; välj ett kortare med --out).\n"
    )
    assert names(out) == []
