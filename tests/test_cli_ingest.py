"""The CLI of the import: `outline`, `remiss import` and `section …`."""

from __future__ import annotations

import json

from tests.test_cli import run
from tests.test_ingest_text import SEED_004, STRATEGY
from workbench.store import open_store


def test_outline_json_contract_on_seed_004(capsys, db_path):
    code, out, err = run(capsys, "--db", str(db_path), "outline", str(SEED_004), "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["parts", "part", "coverage", "sections"]
    # The part taken runs to the file's end; the other part's characters are named.
    assert data["coverage"]["ratio"] == 1.0
    assert set(data["coverage"]["removed"]) >= {"andra delar av filen", "innehållsförteckning"}
    assert data["parts"] == [
        {"first": "1", "last": "1.3.4", "sections": 8},
        {"first": "1", "last": "4.5", "sections": 13},
    ]
    assert data["part"] == 1
    assert [(s["number"], s["title"]) for s in data["sections"]] == STRATEGY
    assert all(list(s) == ["number", "title", "level", "parent", "body"] for s in data["sections"])
    assert data["sections"][8]["parent"] == "4" and data["sections"][8]["level"] == 2
    assert "2 delar" in err
    assert not db_path.exists()  # touches no store


def test_outline_part_option_and_readable_tree(capsys):
    code, out, _err = run(capsys, "outline", str(SEED_004), "--part", "0", "--json")
    assert code == 0 and json.loads(out)["part"] == 0
    code, out, _err = run(capsys, "outline", str(SEED_004))
    assert code == 0
    assert "1–1.3.4 (8 avsnitt)" in out and "→ 1: 1–4.5 (13 avsnitt)" in out
    assert "    4.1 Världsledande tillgång" in out
    code, _out, err = run(capsys, "outline", str(SEED_004), "--part", "2")
    assert code == 1 and "del 2 finns inte" in err


def test_remiss_import_uses_guesses_and_options(capsys, db_path):
    code, out, err = run(
        capsys, "--db", str(db_path), "remiss", "import", str(SEED_004),
        "--reply-by", "2021-02-15", "--received", "2020-09-22",
    )  # fmt: skip
    assert code == 0
    with open_store(db_path) as store:
        remiss = store.get_remiss(int(out))
    assert remiss.title == "Life Science-strategi för Stockholmsregionen"
    assert (remiss.sender, remiss.sender_dnr) == ("Region Stockholm", "RS 2019-0751")
    assert str(remiss.reply_by) == "2021-02-15" and str(remiss.received) == "2020-09-22"
    assert remiss.source_name == SEED_004.name and len(remiss.source_sha256) == 64
    assert [(s.number, s.title) for s in remiss.sections] == STRATEGY
    assert "gissat ur filen" in err
    code, out, _err = run(
        capsys, "--db", str(db_path), "remiss", "import", str(SEED_004), "--part", "0", "--again",
        "--title", "PM", "--sender", "Regionledningskontoret", "--sender-dnr", "RS 1",
    )  # fmt: skip
    with open_store(db_path) as store:
        pm = store.get_remiss(int(out))
    assert (pm.title, pm.sender, pm.sender_dnr) == ("PM", "Regionledningskontoret", "RS 1")
    assert pm.sections[-1].number == "1.3.4"


def test_remiss_import_without_guesses_falls_back_to_the_file_name(capsys, db_path):
    code, out, _err = run(
        capsys, "--db", str(db_path), "remiss", "import", str(SEED_004), "--no-guesses"
    )
    assert code == 0
    with open_store(db_path) as store:
        remiss = store.get_remiss(int(out))
    assert (remiss.title, remiss.sender, remiss.sender_dnr) == (SEED_004.stem, "", "")


def test_remiss_import_bad_date_stores_nothing(capsys, db_path):
    code, out, err = run(
        capsys, "--db", str(db_path), "remiss", "import", str(SEED_004), "--reply-by", "15 mars"
    )
    assert (code, out) == (1, "")
    assert err == "fel: --reply-by: '15 mars' är inget giltigt datum (skriv ÅÅÅÅ-MM-DD).\n"
    assert not db_path.exists()


def _imported(capsys, db_path) -> int:
    code, out, _err = run(capsys, "--db", str(db_path), "remiss", "import", str(SEED_004))
    assert code == 0
    return int(out)


def test_section_commands_edit_the_outline(capsys, db_path):
    rid = str(_imported(capsys, db_path))
    db = ["--db", str(db_path), "section"]
    assert run(capsys, *db, "rename", rid, "4.5", "--title", "Företagen")[0] == 0
    assert run(capsys, *db, "level", rid, "3.4", "3")[0] == 0
    assert run(capsys, *db, "merge", rid, "4.2")[0] == 0
    code, out, _ = run(capsys, *db, "show", rid, "2")
    assert code == 0 and out.startswith("2 Syfte och genomförande\n[0] Life Science-strategin")
    code, new_id, _ = run(capsys, *db, "split", rid, "2", "--at", "2", "--number", "2.1",
                          "--title", "Genomförande", "--level", "2")  # fmt: skip
    assert code == 0 and int(new_id) > 0
    assert run(capsys, *db, "move", rid, "3", "--after", "4")[0] == 0
    code, inserted, _ = run(capsys, *db, "insert", rid, "--number", "5", "--title", "Bilagor")
    assert code == 0
    assert run(capsys, *db, "delete", rid, "#14")[0] == 0  # the inserted one, by place
    with open_store(db_path) as store:
        sections = store.sections(int(rid))
    assert [(s.number, s.level) for s in sections] == [
        ("1", 1), ("2", 1), ("2.1", 2), ("4", 1), ("4.1", 2), ("4.2", 2), ("4.4", 2), ("4.5", 2),
        ("3", 1), ("3.1", 2), ("3.2", 2), ("3.3", 2), ("3.4", 3),
    ]  # fmt: skip
    assert sections[7].title == "Företagen"
    assert "4.3 Patient och invånare" in sections[5].body
    assert int(inserted) not in [s.id for s in sections]


def test_section_split_reads_the_heading_from_the_paragraph(capsys, db_path):
    from workbench.core.model import Remiss, Section

    with open_store(db_path) as store:
        rid = store.add_remiss(
            Remiss("R", sections=[Section("1", "Ett", 1, "Text.\n\n1.1 Missad\n\nMer.")])
        ).id
    code, _out, _ = run(
        capsys, "--db", str(db_path), "section", "split", str(rid), "1", "--at", "1"
    )
    assert code == 0
    with open_store(db_path) as store:
        assert [(s.number, s.title, s.level, s.body) for s in store.sections(rid)] == [
            ("1", "Ett", 1, "Text."),
            ("1.1", "Missad", 2, "Mer."),
        ]


def test_section_errors_are_one_line(capsys, db_path):
    rid = str(_imported(capsys, db_path))
    db = ["--db", str(db_path), "section"]
    code, _out, err = run(capsys, *db, "rename", rid, "9.9", "--title", "X")
    assert code == 1 and err == "fel: Remissen har inget avsnitt 9.9.\n"
    code, _out, err = run(capsys, *db, "merge", rid, "4.5")
    assert code == 1 and "sista" in err
    code, _out, err = run(capsys, *db, "move", rid, "4", "--after", "4.1")
    assert code == 1 and "inom sig självt" in err
    code, _out, err = run(capsys, *db, "level", rid, "#99", "2")
    assert code == 1 and "#99 finns inte" in err
    code, _out, _err = run(capsys, *db, "move", rid, "4")
    assert code == 2  # usage: no place given
