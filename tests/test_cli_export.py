"""`workbench export`: the path on stdout, preflight notes on stderr, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.docx_helpers import body_text, open_docx
from tests.test_cli import run

ROOT = Path(__file__).resolve().parents[1]


def ids(demo_db) -> dict[str, int]:
    from workbench.store import open_store

    with open_store(demo_db) as store:
        return {s.organisation: s.id for s in store.list_responses()}


def test_done_when_stockholms_stad_exports_as_the_seeds_remissvar(demo_db, tmp_path, capsys):
    target = tmp_path / "x.docx"
    code, out, err = run(
        capsys,
        "--db",
        str(demo_db),
        "export",
        str(ids(demo_db)["Stockholms stad"]),
        "--kind",
        "remissvar",
        "--out",
        str(target),
    )
    assert code == 0, err
    assert out.strip() == str(target)
    assert err == "obs: Vårt diarienummer saknas.\n"
    text = body_text(open_docx(target))
    assert text.startswith("Till Region Stockholm Ert Dnr: RS 2025-0671 Life science-strategi")
    assert text.endswith("Stockholm som ovan Karin Wanngård Kommunstyrelsens ordförande")


def test_export_to_a_folder_uses_the_conventional_name(demo_db, tmp_path, capsys):
    code, out, _ = run(
        capsys,
        "--db",
        str(demo_db),
        "export",
        str(ids(demo_db)["Locum AB"]),
        "--format",
        "json",
        "--out",
        str(tmp_path),
        "--quiet",
    )
    assert code == 0
    path = Path(out.strip())
    assert path.name == "LOC 2020-0809 Yttrande Life science-strategi för Stockholmsregionen.json"
    assert json.loads(path.read_text(encoding="utf-8"))["our_dnr"] == "LOC 2020-0809"


def test_errors_are_one_swedish_line_with_exit_1_and_no_file(demo_db, tmp_path, capsys):
    out_dir = tmp_path / "ut"
    out_dir.mkdir()
    locum = str(ids(demo_db)["Locum AB"])
    cases = [
        (["999"], "fel: Yttrande 999 finns inte.\n"),
        ([locum, "--kind", "brev"], "fel: Okänd dokumenttyp 'brev'"),
        ([locum, "--format", "odt"], "fel: Okänt format 'odt'"),
        ([locum, "--out", str(tmp_path / "saknas" / "x.docx")], "fel: Mappen"),
    ]
    for args, message in cases:
        target = [] if "--out" in args else ["--out", str(out_dir)]
        code, out, err = run(capsys, "--db", str(demo_db), "export", *args, *target)
        assert code == 1, args
        assert err.startswith(message) and err.count("\n") == 1, err
        assert out == ""
    name = "LOC 2020-0809 Yttrande Life science-strategi för Stockholmsregionen.docx"
    (out_dir / name).write_bytes(b"signed")
    (out_dir / f".~lock.{name}#").write_text("someone,host;", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(demo_db), "export", locum, "--out", str(out_dir))
    assert code == 1 and "är öppen i ett annat program" in err
    assert sorted(p.name for p in out_dir.iterdir()) == sorted([name, f".~lock.{name}#"])


def test_the_installed_command_exports_in_a_fresh_process(demo_db, tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(demo_db), "export", "1"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert Path(tmp_path / done.stdout.strip()).is_file()
