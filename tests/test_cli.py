"""The CLI contract: commands, JSON shapes, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


@pytest.fixture
def seeded(db_path, capsys):
    """A store with one organisation and one remiss of three sections."""
    from workbench.core.model import Remiss, Section
    from workbench.store import open_store

    with open_store(db_path) as store:
        remiss = store.add_remiss(
            Remiss(
                "Strategin",
                sender="Region Stockholm",
                sender_dnr="RS 2019-0751",
                sections=[
                    Section("1", "Inledning"),
                    Section("4", "Områden"),
                    Section("4.1", "Data", 2),
                ],
            )
        )
    code, _out, _ = run(
        capsys,
        "--db",
        str(db_path),
        "organisation",
        "add",
        "Locum AB",
        "--subject",
        "Locum",
        "--kind",
        "yttrande",
        "--signatory",
        "Anette Henriksson, VD",
    )
    assert code == 0
    return db_path, remiss.id


def test_response_flow_and_json_shapes(seeded, capsys):
    db, remiss_id = seeded
    code, out, _ = run(
        capsys, "--db", str(db), "response", "new", str(remiss_id), "--org", "Locum AB"
    )
    assert code == 0
    response_id = int(out.strip())

    code, out, _ = run(
        capsys,
        "--db",
        str(db),
        "response",
        "position",
        str(response_id),
        "4.1",
        "--stance",
        "tillstyrker",
        "--text",
        "förslaget.",
        "--summary",
    )
    assert code == 0 and int(out.strip()) > 0
    code, out, _ = run(
        capsys,
        "--db",
        str(db),
        "response",
        "position",
        str(response_id),
        "-",
        "--stance",
        "anser",
        "--text",
        "att strategin är bra.",
    )
    assert code == 0

    code, out, _ = run(capsys, "--db", str(db), "response", "show", str(response_id), "--json")
    shown = json.loads(out)
    assert {"id", "remiss_id", "organisation", "kind", "status", "our_dnr", "positions"} <= set(
        shown
    )
    assert shown["kind"] == "yttrande" and shown["status"] == "utkast"
    assert shown["positions"] == [
        {
            **shown["positions"][0],
            "section": None,
            "stance": "anser",
            "text": "att strategin är bra.",
            "in_summary": False,
        },
        {
            **shown["positions"][1],
            "section": "4.1",
            "stance": "tillstyrker",
            "text": "förslaget.",
            "in_summary": True,
        },
    ]
    assert shown["positions"][1]["lead"] == "Locum tillstyrker"

    code, out, _ = run(capsys, "--db", str(db), "response", "list", "--json")
    (row,) = json.loads(out)
    assert {
        k: row[k] for k in ("id", "remiss_id", "organisation", "kind", "status", "our_dnr")
    } == {
        "id": response_id,
        "remiss_id": remiss_id,
        "organisation": "Locum AB",
        "kind": "yttrande",
        "status": "utkast",
        "our_dnr": "",
    }

    code, _, _ = run(
        capsys, "--db", str(db), "response", "set", str(response_id), "our_dnr", "LOC 2020-0809"
    )
    assert code == 0
    code, out, _ = run(capsys, "--db", str(db), "response", "show", str(response_id))
    assert "LOC 2020-0809" in out and "Locum tillstyrker" in out


def test_remiss_json_shapes(seeded, capsys):
    db, remiss_id = seeded
    _, out, _ = run(capsys, "--db", str(db), "remiss", "list", "--json")
    (row,) = json.loads(out)
    assert {k: row[k] for k in ("id", "title", "sender", "sender_dnr", "reply_by")} == {
        "id": remiss_id,
        "title": "Strategin",
        "sender": "Region Stockholm",
        "sender_dnr": "RS 2019-0751",
        "reply_by": None,
    }
    _code, out, _ = run(capsys, "--db", str(db), "remiss", "show", str(remiss_id), "--json")
    shown = json.loads(out)
    assert [(s["number"], s["level"], s["parent"]) for s in shown["sections"]] == [
        ("1", 1, None),
        ("4", 1, None),
        ("4.1", 2, "4"),
    ]
    assert set(shown["sections"][0]) >= {"number", "title", "level", "parent", "body"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["remiss", "show", "99"], "Remiss 99 finns inte."),
        (["response", "show", "42"], "Yttrande 42 finns inte."),
        (
            ["response", "new", "{remiss}", "--org", "Okänd AB"],
            "Organisationen 'Okänd AB' finns inte",
        ),
        (["response", "new", "99", "--org", "Locum AB"], "Remiss 99 finns inte."),
        (["response", "position", "{response}", "9.9", "--stance", "anser"], "inget avsnitt 9.9"),
        (
            ["response", "position", "{response}", "1", "--stance", "kanske"],
            "Okänd hållning 'kanske'",
        ),
        (["response", "set", "{response}", "meeting_date", "15 mars"], "inget giltigt datum"),
        (["backup", "/nonexistent-dir/sub/x.db"], "Kan inte skriva säkerhetskopian"),
    ],
)
def test_user_errors_are_one_line_and_exit_1(seeded, capsys, args, message):
    db, remiss_id = seeded
    _, out, _ = run(capsys, "--db", str(db), "response", "new", str(remiss_id), "--org", "Locum AB")
    response_id = out.strip()
    args = [a.format(remiss=remiss_id, response=response_id) for a in args]
    code, out, err = run(capsys, "--db", str(db), *args)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("fel: ")
    assert message in err
    assert "Traceback" not in err


def test_usage_errors_exit_2(db_path, capsys):
    code, _, err = run(capsys, "--db", str(db_path), "remiss", "show", "inte-ett-tal")
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("fel användning: ")
    assert "workbench remiss show --help" in err
    code, _, err = run(capsys, "--db", str(db_path), "nosuchcommand")
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("fel användning: ")


def test_a_store_that_is_not_a_database(tmp_path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00garbage" * 500)
    code, _, err = run(capsys, "--db", str(junk), "remiss", "list")
    assert code == 1 and "inte en läsbar databas" in err


def test_backup_command(seeded, tmp_path, capsys):
    db, _ = seeded
    code, out, _ = run(capsys, "--db", str(db), "backup", str(tmp_path / "kopia.db"))
    assert code == 0 and "kopia.db" in out
    assert (tmp_path / "kopia.db").stat().st_size > 0


def test_the_installed_entry_point_runs(db_path):
    """The real process: `workbench` on PATH in the venv, an error on stderr, exit 1."""
    script = Path(sys.executable).with_name("workbench")
    command = [str(script)] if script.exists() else [sys.executable, str(ROOT / "main.py")]
    done = subprocess.run(
        [*command, "--db", str(db_path), "remiss", "show", "7"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr == "fel: Remiss 7 finns inte.\n"


@pytest.mark.parametrize("args", [["--help"], ["response", "--help"], ["section", "split", "-h"]])
def test_help_is_in_swedish(db_path, capsys, args):
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db_path), *args])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "Visa den här hjälpen och avsluta." in out
    assert "Show this message" not in out


def test_a_command_leaves_what_it_wrote_indexed_for_search(db_path, capsys):
    """The next start of the TUI must not spend its first paint indexing the demo."""
    import sqlite3

    code, _, _ = run(capsys, "--db", str(db_path), "demo", "--quiet")
    assert code == 0
    # Read the file directly: open_store would index what is pending and hide the fault.
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM position_search").fetchone()[0] > 0
