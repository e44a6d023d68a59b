"""The command line's promises under a probe: a busy store, `--out` to folders and existing
files, temporary files, and arguments a careless user or an attacker would give. Each case
runs `workbench` in a process of its own with a 1 GB address-space limit and a generous hang
guard (not a speed assertion), and asserts the exit code, the message and what was (not)
written."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

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


# SQLite's busy timeout, shortened from 5 s for the test of the wait beyond it (the same path).
TIMEOUT_MS = 300


def test_a_write_waits_for_a_lock_held_longer_than_the_busy_timeout(demo_db, tmp_path):
    before = positions(demo_db)
    # Ten times the busy timeout (the command starts in about a second of it), well within
    # the 30 s the command waits.
    holder = hold_write_lock(demo_db, 3.0)
    try:
        done = run_cli(
            *position_args(demo_db),
            home=tmp_path / "home",
            WORKBENCH_BUSY_TIMEOUT_MS=str(TIMEOUT_MS),
        )
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


# Temporary files: owner-only, beside the target, and gone after a kill


def dead_pid() -> int:
    """The id of a process that has ended (and, for the moment, names no other)."""
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(ended.stdout)


def test_temporary_files_of_killed_runs_are_removed_and_a_live_ones_kept(demo_db, tmp_path):
    out = tmp_path / "ut"
    out.mkdir()
    killed = dead_pid()
    left = [
        out / f".~workbench-{killed}-k3j4.docx.tmp",  # a killed export
        out / f".~workbench-{killed}-8fq2.db.tmp",  # a killed backup, with its journal
        out / f".~workbench-{killed}-8fq2.db.tmp-journal",
        out / ".~workbench-x1y2z3.docx.tmp",  # the name before the pid was in it, an hour old
    ]
    for path in left:
        path.write_bytes(b"hela dokumentet")
    os.utime(left[-1], (1_700_000_000, 1_700_000_000))
    live = out / f".~workbench-{os.getpid()}-a1b2.docx.tmp"  # a run still writing
    live.write_bytes(b"skrivs just nu")

    done = run_cli(
        "--db", str(demo_db), "export", "2", "--out", str(out), "-q", home=tmp_path / "h"
    )

    assert done.returncode == 0, text(done.stderr)
    assert not any(path.exists() for path in left)
    assert live.exists()
    assert names(out) == sorted([live.name, Path(text(done.stdout).strip()).name])


def test_the_temporary_file_is_owner_only_while_it_is_written(tmp_path):
    from workbench.document.files import write_atomic

    seen = []

    def write(file) -> None:
        temporary = next(tmp_path.glob(".~workbench-*"))
        seen.append((temporary.name, temporary.stat().st_mode & 0o777))
        file.write(b"text")

    write_atomic(tmp_path / "svar.md", write)

    [(name, mode)] = seen
    assert name.startswith(f".~workbench-{os.getpid()}-") and name.endswith(".md.tmp")
    assert mode == 0o600
    assert names(tmp_path) == ["svar.md"]


needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="PDF export needs LibreOffice (soffice)"
)


@needs_soffice
def test_the_pdf_work_folder_is_private_under_the_data_folder_and_a_killed_ones_removed(
    demo_db, tmp_path
):
    home = tmp_path / "home"
    scratch = home / "scratch"
    scratch.mkdir(parents=True)
    stale = scratch / f".~workbench-{dead_pid()}-pdf-abcd"
    stale.mkdir()
    (stale / "dokument-0.docx").write_bytes(b"hela dokumentet")
    out = tmp_path / "ut"
    out.mkdir()

    done = run_cli(
        "--db", str(demo_db), "export", "2", "--format", "pdf", "--out", str(out), "-q", home=home
    )

    assert done.returncode == 0, text(done.stderr)
    assert not stale.exists()
    assert list(scratch.iterdir()) == []  # this run's folder is gone too
    assert Path(text(done.stdout).strip()).read_bytes()[:5] == b"%PDF-"


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def wait_until_gone(group: int) -> None:
    """Until no process of the group is left (LibreOffice's: soffice and soffice.bin)."""
    deadline = time.monotonic() + SECONDS
    while True:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        assert time.monotonic() < deadline, "LibreOffice outlived the workbench"
        time.sleep(0.05)


@needs_soffice
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_libreoffice_is_killed_with_the_workbench(demo_db, tmp_path):
    out = tmp_path / "ut"
    out.mkdir()
    environment = {**os.environ, "WORKBENCH_HOME": str(tmp_path / "home")}
    export = subprocess.Popen(
        [str(WORKBENCH), "--db", str(demo_db), "export", "2", "--format", "pdf", "--out", str(out)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=limit_memory,
    )
    try:
        deadline = time.monotonic() + SECONDS  # hang guard
        while not children_of(export.pid) and export.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        [office] = children_of(export.pid)
        export.send_signal(signal.SIGTERM)
        export.wait(timeout=SECONDS)
    finally:
        export.kill()
        export.wait()
    assert export.returncode != 0
    wait_until_gone(office)  # the whole group: soffice and the soffice.bin it started
    assert [p for p in out.iterdir()] == []
    assert list((tmp_path / "home" / "scratch").iterdir()) == []


# The CLI's export, with SIGTERM sent to itself at one moment: right after LibreOffice's
# process is made (before the export knows it), or right after the Word file is written.
STOPPED = textwrap.dedent(
    """
    import os, signal, subprocess, sys
    from workbench.cli import main
    from workbench.document import docx

    def stop():
        os.kill(os.getpid(), signal.SIGTERM)

    if sys.argv[1] == "starting":
        class Popen(subprocess.Popen):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                print(self.pid, flush=True)
                stop()

        subprocess.Popen = Popen
    else:
        render_docx = docx.render_docx

        def render_and_stop(*args, **kwargs):
            made = render_docx(*args, **kwargs)
            stop()
            return made

        docx.render_docx = render_and_stop
    main(sys.argv[2:])
    """
)


@needs_soffice
@pytest.mark.parametrize("moment", ["starting", "writing"])
def test_a_stop_while_libreoffice_starts_or_the_word_file_is_written_leaves_nothing(
    demo_db, tmp_path, moment
):
    """SIGTERM before the export waits on LibreOffice (it once came between the start of
    LibreOffice and the handler that turns it into an exit, and left the work folder)."""
    out = tmp_path / "ut"
    out.mkdir()
    args = ["--db", str(demo_db), "export", "2", "--format", "pdf", "--out", str(out)]
    done = subprocess.run(
        [sys.executable, "-c", STOPPED, moment, *args],
        capture_output=True,
        env={**os.environ, "WORKBENCH_HOME": str(tmp_path / "home")},
        timeout=SECONDS,
        check=False,
    )
    assert done.returncode == 128 + signal.SIGTERM, text(done.stderr)
    if moment == "starting":
        office = int(text(done.stdout).split()[0])
        wait_until_gone(office)
    assert list(out.iterdir()) == []
    assert list((tmp_path / "home" / "scratch").iterdir()) == []


# Errors a careless user or an attacker causes: one Swedish line, exit 1, nothing written


def organisations(db: Path) -> list[str]:
    from workbench.store import open_store

    with open_store(db) as store:
        return [o.name for o in store.list_organisations()]


@pytest.mark.parametrize(
    "args",
    [
        ["export", "99999999999999999999"],
        ["response", "show", "9223372036854775808"],
        ["response", "position", "99999999999999999999", "-", "--stance", "anser"],
        ["compile", "99999999999999999999"],
    ],
    ids=["export", "show", "position", "compile"],
)
def test_an_id_too_large_for_sqlite_is_a_swedish_line(demo_db, tmp_path, args):
    before = positions(demo_db)
    done = run_cli("--db", str(demo_db), *args, home=tmp_path / "home", cwd=tmp_path)
    assert done.returncode == 1
    assert text(done.stdout) == ""
    message = text(done.stderr)
    assert message.count("\n") == 1 and "OverflowError" not in message and "oväntat" not in message
    assert message.startswith(("fel: RESPONSE_ID: ", "fel: Ingen remiss med id")), message
    assert positions(demo_db) == before
    assert [p for p in tmp_path.iterdir() if p.is_file() and p.suffix != ".db"] == []


def test_an_argument_that_is_not_utf8_is_a_swedish_line_and_nothing_is_stored(demo_db, tmp_path):
    before = organisations(demo_db)
    done = run_cli("--db", str(demo_db), "organisation", "add", b"Kommun\xff", home=tmp_path / "h")
    assert done.returncode == 1
    assert text(done.stderr) == (
        "fel: Argumentet 'Kommun\\xff' är inte giltig UTF-8 och kan inte sparas. Skriv det i"
        " UTF-8 (kontrollera terminalens teckenkodning, t.ex. LANG=sv_SE.UTF-8) eller byt namn"
        " på filen.\n"
    )
    assert organisations(demo_db) == before

    dnr = run_cli(
        "--db", str(demo_db), "response", "set", "1", "our_dnr", b"KS\xfe 12", home=tmp_path / "h"
    )
    assert dnr.returncode == 1 and "är inte giltig UTF-8" in text(dnr.stderr)


def test_a_file_name_that_is_not_utf8_is_written_and_printed_as_it_was(demo_db, tmp_path):
    target = os.fsencode(tmp_path) + b"/svar\xff.md"
    done = run_cli(
        "--db",
        str(demo_db),
        "export",
        "2",
        "--format",
        "md",
        "--out",
        target,
        "-q",
        home=tmp_path / "h",
    )
    assert done.returncode == 0, text(done.stderr)
    assert done.stdout == target + b"\n"
    assert os.path.isfile(target)


@pytest.mark.parametrize(
    ("db", "message"),
    [
        (
            "/proc/version",
            "fel: Filen /proc/version är inte en läsbar databas (en systemfil, ingen SQLite-fil);"
            " ange en databasfil med --db.\n",
        ),
        (
            "/dev/zero",
            "fel: /dev/zero är ingen vanlig fil (en enhet eller en FIFO) och kan inte vara en"
            " databas; ange en databasfil med --db.\n",
        ),
    ],
)
def test_a_db_that_is_no_store_file_says_so(tmp_path, db, message):
    if not Path(db).exists():
        pytest.skip(f"{db} does not exist here")
    done = run_cli("--db", db, "organisation", "list", home=tmp_path / "home")
    assert done.returncode == 1
    assert text(done.stderr) == message
    assert "disken är full" not in text(done.stderr)


def test_a_fifo_as_db_is_refused_at_once(tmp_path):
    fifo = tmp_path / "store.db"
    os.mkfifo(fifo)
    done = run_cli("--db", str(fifo), "organisation", "list", home=tmp_path / "home")
    assert done.returncode == 1
    assert "är ingen vanlig fil" in text(done.stderr)


def test_a_db_name_too_long_is_said_in_swedish(tmp_path):
    db = tmp_path / ("å" * 200 + ".db")
    done = run_cli("--db", str(db), "organisation", "list", home=tmp_path / "home")
    assert done.returncode == 1
    message = text(done.stderr)
    assert "filnamnet är för långt" in message and "File name too long" not in message
    assert message.count("\n") == 1


def test_the_data_folder_and_every_level_it_creates_are_owner_only(tmp_path):
    home = tmp_path / "a" / "b" / "workbench"
    done = run_cli("organisation", "list", home=home)
    assert done.returncode == 0, text(done.stderr)
    for level in (tmp_path / "a", tmp_path / "a" / "b", home):
        assert level.stat().st_mode & 0o777 == 0o700, level
    assert (home / "workbench.db").stat().st_mode & 0o777 == 0o600
