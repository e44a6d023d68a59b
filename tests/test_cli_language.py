"""`workbench language RESPONSE_ID [--json]` (issue 16, item 3)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.test_cli_search import run
from workbench.language.findings import KINDS
from workbench.store import open_store

FIELDS = {"section", "position", "kind", "text", "suggestions", "message"}


def response_of(db, organisation: str) -> int:
    with open_store(db) as store:
        return next(s.id for s in store.list_responses() if s.organisation == organisation)


def test_json_lists_the_documents_lix_and_every_finding(demo_db, capsys):
    huddinge = response_of(demo_db, "Huddinge kommun")
    with open_store(demo_db) as store:
        response = store.get_response(huddinge)
        position = next(p for p in response.positions if p.text.startswith("att"))
        store.update_position(position.id, text=position.text + " Kommunen tillstyker.")
    code, out, err = run(capsys, "--db", str(demo_db), "language", str(huddinge), "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    document = [
        r
        for r in rows
        if r["kind"] == "readability" and r["section"] is None and "lix" in r and "message" not in r
    ]
    assert len(document) == 1 and isinstance(document[0]["lix"], int)
    findings = [r for r in rows if "message" in r]
    for row in findings:
        assert set(row) >= FIELDS and row["kind"] in KINDS
        assert row["section"] is None or isinstance(row["section"], str)
        assert row["position"] is None or row["position"] >= 1
    typo = next(r for r in findings if r["text"] == "tillstyker")
    assert typo["kind"] == "spelling" and typo["suggestions"][0] == "tillstyrker"
    assert {"spelling", "avoid", "long_sentence"} <= {r["kind"] for r in findings}
    # Each position's own LIX rides on its findings.
    assert all(isinstance(r["position_lix"], int) for r in findings if r["position_id"])


def test_the_table_names_the_lix_and_exit_is_zero_with_findings(demo_db, capsys):
    code, out, _err = run(capsys, "--db", str(demo_db), "language", "4")
    assert code == 0 and "LIX för hela dokumentet" in out and "anmärkningar" in out


def test_without_the_dictionary_a_note_and_the_other_checks(demo_db, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("WORKBENCH_HUNSPELL_DIR", str(tmp_path))
    import workbench.usecases.language as usecase

    monkeypatch.setattr(usecase, "_dictionary", None)
    monkeypatch.setattr(usecase, "_missing", "")
    code, out, err = run(capsys, "--db", str(demo_db), "language", "4", "--json")
    assert code == 0 and "ordlistan saknas" in err
    kinds = {r["kind"] for r in json.loads(out)}
    assert "spelling" not in kinds and "long_sentence" in kinds


def test_an_unknown_response_is_one_line_and_exit_1(demo_db, capsys):
    code, _out, err = run(capsys, "--db", str(demo_db), "language", "999")
    assert code == 1 and err.startswith("fel:") and err.count("\n") == 1


def test_the_checker_is_pure_and_the_dictionary_loads_only_when_needed():
    code = "import sys, workbench.language, workbench.tui.app\nprint('\\n'.join(sys.modules))\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    pure = subprocess.run(
        [sys.executable, "-c", "import sys, workbench.language; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert not {
        m
        for m in pure.stdout.split()
        if m.split(".")[0] in {"textual", "sqlite3", "sqlite_utils"}
        or m.startswith("workbench.store")
    }
    assert "hunspell" not in loaded  # never on the start path
