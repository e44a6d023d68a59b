"""Received answers and the remissammanställning: round trip through the export, the counts on
the demo, the CLI (`workbench answer import`, `workbench compile`) and the files it writes."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from docx import Document as WordDocument

from tests.answer_files import accept_offered, write_seed_docx
from workbench.cli import main
from workbench.compilation.matrix import AGAINST, COMMENT, FOR, MARKS, NONE, PARTLY, SILENT, mark_of
from workbench.store import open_store
from workbench.usecases.answer_import import import_answers
from workbench.usecases.compilation_export import export_compilation, load_compilation
from workbench.usecases.export import export_response

LIFE_SCIENCE = "RS 2019-0751"


def _positions(store, response_id):
    remiss = store.get_remiss(store.get_response(response_id).remiss_id)
    numbers = {s.id: s.number for s in remiss.sections}
    response = store.get_response(response_id)
    return [
        (numbers.get(p.section_id), p.stance, " ".join(p.text.split()))
        for p in sorted(response.positions, key=lambda p: (p.order, p.id))
    ]


def _by_section(store, response_id):
    """Positions per section in their order there (a document orders them by section)."""
    grouped: dict[str | None, list[tuple[str, str]]] = {}
    for section, stance, text in _positions(store, response_id):
        grouped.setdefault(section, []).append((stance, text))
    return grouped


# Round trip


def test_every_demo_response_exported_and_imported_back_gives_the_same_positions(
    demo_store, tmp_path
):
    for summary in demo_store.list_responses():
        folder = tmp_path / str(summary.id)
        folder.mkdir()
        document = export_response(demo_store, summary.id, fmt="docx", out=folder / "svar.docx")
        export_response(demo_store, summary.id, fmt="json", out=folder / "svar.json")
        (result,) = import_answers(demo_store, summary.remiss_id, [document])
        assert result.method == "sidecar", result
        assert result.organisation == summary.organisation
        assert result.to_review == 0
        assert _by_section(demo_store, result.response_id) == _by_section(demo_store, summary.id)


def test_a_demo_response_read_from_its_wording_alone_keeps_sections_and_stances(
    demo_store, tmp_path, capsys
):
    """Without the sidecar the importer reads the exported Word file like any other answer.
    Measured as the compilation counts: section and mark (the stance's class) per position.
    The goal is the issue's 90%; what is asserted is the floor reached when this was written,
    so a regression shows (the figure is printed on every run). 28 of 41 since issue 18: Locum's
    paragraph that quotes the title of 4.5 is read as citing 4.5, where the demo has it on the
    remiss as a whole (a quoted section title is a citation)."""
    right = total = 0
    for summary in demo_store.list_responses():
        document = export_response(
            demo_store, summary.id, fmt="docx", out=tmp_path / f"svar-{summary.id}.docx"
        )
        (result,) = import_answers(
            demo_store, summary.remiss_id, [document], organisation=summary.organisation
        )
        assert result.method == "text"
        want = _marks(demo_store, summary.id)
        got = _marks(demo_store, result.response_id)
        total += len(want)
        for pair in want:
            if pair in got:
                got.remove(pair)
                right += 1
    with capsys.disabled():
        print(f"\nround trip from the wording alone: {right}/{total} = {right / total:.0%}")
    assert 41 * right >= 28 * total


def _marks(store, response_id) -> list[tuple[str | None, str]]:
    vocabulary = store.vocabulary(store.get_response(response_id).organisation_id)
    return [
        (section, mark_of(stance, vocabulary.stance_class(stance)))
        for section, stance, _ in _positions(store, response_id)
    ]


# Counts on the demo


def test_compilation_counts_on_the_demo(demo_store):
    remiss = demo_store.remiss_by_dnr(LIFE_SCIENCE)
    compilation = load_compilation(demo_store, remiss.id)
    names = compilation.organisations
    assert names == ["Huddinge kommun", "Locum AB", "Stockholm Business Region"]
    for row in compilation.rows:
        assert sum(row.counts.values()) == len(names)
        for mark in (*MARKS, SILENT):
            expected = sum(1 for name in names if row.mark(name) == mark)
            assert row.counts[mark] == expected, (row.heading, mark)
        # Issue 15: "Inga" counts inga synpunkter ("0") only, never nothing said ("·").
        silent = [name for name in names if row.mark(name) == SILENT]
        assert row.counts[NONE] == sum(1 for name in names if row.mark(name) == NONE)
        assert row.counts[SILENT] == len(silent)
    # Every stored position of the three responses is in the compilation, once.
    stored = sum(len(r.positions) for r, _ in demo_store.compilation_answers(remiss.id))
    assert len(compilation.positions) == stored
    totals = {m: sum(r.counts[m] for r in compilation.rows) for m in (*MARKS, SILENT)}
    assert totals[FOR] > 0 and totals[COMMENT] > 0
    assert sum(totals.values()) == len(names) * len(compilation.rows)


def test_after_importing_the_seed_answers_their_columns_replace_the_drafts(demo_store, tmp_path):
    remiss = demo_store.remiss_by_dnr(LIFE_SCIENCE)
    paths = [write_seed_docx(seed, tmp_path) for seed in ("000", "003", "004")]
    results = import_answers(demo_store, remiss.id, paths, confirm=accept_offered)
    compilation = load_compilation(demo_store, remiss.id)
    received = {c.organisation: c.response_id for c in compilation.columns if c.received}
    assert received == {r.organisation: r.response_id for r in results}
    general = compilation.row(None)
    assert general is not None and general.cells
    ordered = compilation.by_disagreement()
    assert ordered[0].disagreement >= ordered[-1].disagreement
    only_for = compilation.filtered(marks=[FOR])
    assert all(c.mark == FOR for r in only_for.rows for c in r.cells.values())
    one = compilation.filtered(organisations=["Locum AB"])
    assert one.organisations == ["Locum AB"]
    assert {PARTLY, AGAINST} <= set(MARKS)


# Files


def test_compilation_docx_names_each_organisation_under_each_section(demo_store, tmp_path):
    remiss = demo_store.remiss_by_dnr(LIFE_SCIENCE)
    import_answers(demo_store, remiss.id, [write_seed_docx("004", tmp_path)])
    path = export_compilation(demo_store, remiss.id, "docx", tmp_path / "out.docx")
    word = WordDocument(str(path))
    headings = [
        (p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Heading")
    ]
    titles = [text for _, text in headings]
    assert titles[0].startswith("Remissammanställning: Life science-strategi")
    assert "Översikt" in titles
    assert "Locum AB (för)" in titles
    assert any(t.startswith("4.5 ") for t in titles)
    text = "\n".join(p.text for p in word.paragraphs)
    # The received answer is quoted in its own words, without a lead it did not write.
    assert "Locum ser positivt på att life science" in text
    assert "Locum AB anser I strategin" not in text
    # First the answers with their overall stance, then the overview of the counts.
    assert word.tables[0].rows[0].cells[1].text == "Helhetshållning"
    assert word.tables[1].rows[0].cells[1].text == "För"
    assert not list(tmp_path.glob("*.tmp"))


def test_the_overview_counts_only_sections_an_answer_speaks_to(demo_store, tmp_path):
    remiss = demo_store.remiss_by_dnr(LIFE_SCIENCE)
    import_answers(demo_store, remiss.id, [write_seed_docx("004", tmp_path)])
    compilation = load_compilation(demo_store, remiss.id)
    spoken = [row.heading for row in compilation.rows if row.cells or row.section is None]
    untouched = [row.heading for row in compilation.rows if not row.cells and row.section]
    assert spoken and untouched  # one answer leaves some of the strategy's sections alone
    path = export_compilation(demo_store, remiss.id, "docx", tmp_path / "out.docx")
    word = WordDocument(str(path))
    overview = word.tables[1]
    assert [r.cells[0].text for r in overview.rows[1:]] == spoken
    texts = [p.text for p in word.paragraphs]
    assert f"De {len(untouched)} avsnitt som inget svar berör står inte i tabellen" in "\n".join(
        texts
    )
    listed = texts[texts.index("Avsnitt utan synpunkter") + 2 :]
    assert listed[: len(untouched)] == untouched


def test_compilation_csv_has_one_row_per_position(demo_store, tmp_path):
    remiss = demo_store.remiss_by_dnr(LIFE_SCIENCE)
    path = export_compilation(demo_store, remiss.id, "csv", tmp_path / "out.csv")
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Avsnitt", "Rubrik", "Organisation", "Hållning"]
    compilation = load_compilation(demo_store, remiss.id)
    assert len(rows) - 1 == len(compilation.positions)


# CLI


def _run(capsys, *args):
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def test_cli_imports_several_answers_and_compiles(demo_db, tmp_path, capsys):
    paths = [str(write_seed_docx(seed, tmp_path)) for seed in ("000", "003", "004")]
    # Seed 003 names its kommun only in passing: without a terminal the batch is refused,
    # nothing written, and the officer names the sender with --org.
    code, out, err = _run(capsys, "--db", str(demo_db), "answer", "import", LIFE_SCIENCE, *paths)
    assert code == 1 and "seed-003.docx" in err and "--org" in err and not out
    sure = [paths[0], paths[2]]
    code, out, err = _run(capsys, "--db", str(demo_db), "answer", "import", LIFE_SCIENCE, *sure)
    assert code == 0, err
    lines = out.strip().splitlines()
    code, out, err = _run(
        capsys, "--db", str(demo_db), "answer", "import", LIFE_SCIENCE, paths[1],
        "--org", "Huddinge kommun",
    )  # fmt: skip
    assert code == 0, err
    lines += out.strip().splitlines()
    assert [line.split("\t")[1] for line in lines] == [
        "Stockholm Business Region",
        "Locum AB",
        "Huddinge kommun",
    ]
    target = tmp_path / "sammanställning.docx"
    code, out, err = _run(capsys, "--db", str(demo_db), "compile", "1", "--out", str(target))
    assert code == 0, err
    assert out.strip() == str(target) and target.stat().st_size > 0
    code, out, _ = _run(
        capsys, "--db", str(demo_db), "compile", LIFE_SCIENCE, "--format", "csv", "--out",
        str(tmp_path),
    )  # fmt: skip
    assert code == 0 and out.strip().endswith(".csv")


def _import_nacka(capsys, demo_db, tmp_path, text: str) -> tuple[int, str, str]:
    """An answer written here read in on the demo remiss, filed under Nacka kommun."""
    path = tmp_path / "svar.txt"
    path.write_text(text, encoding="utf-8")
    return _run(
        capsys, "--db", str(demo_db), "answer", "import", "1", str(path), "--org", "Nacka kommun"
    )


def test_cli_answer_import_with_org_names_the_author(demo_db, tmp_path, capsys):
    code, out, err = _import_nacka(
        capsys,
        demo_db,
        tmp_path,
        "Yttrande\n\n4.5 Life Science-företag forskar, utvecklas och växer\n\n"
        "Nacka kommun tillstyrker förslaget om ett gemensamt investeringsfrämjande arbete.\n",
    )
    assert code == 0, err
    assert "\tNacka kommun\t" in out


def test_cli_asks_for_org_when_the_sender_is_unsure_and_writes_nothing(demo_db, tmp_path, capsys):
    path = tmp_path / "svar.txt"
    path.write_text(
        "Synpunkter\n\nVi anser att trafiken bör ledas norr om området och att "
        "Trafikverket och Boverket bör höras, som Boverket skriver i sin vägledning.\n",
        encoding="utf-8",
    )
    code, out, err = _run(capsys, "--db", str(demo_db), "answer", "import", "1", str(path))
    assert code == 1 and "--org" in err and out == ""
    assert err.count("\n") == 1  # one line, no traceback


def test_cli_sets_an_answers_stance_as_a_whole_over_the_reading(demo_db, tmp_path, capsys):
    """`answer overall`: the officer's word replaces the one read, in the compilation and in
    `response show --json` (flagged as set by hand, the passage it was read from gone)."""
    code, out, err = _import_nacka(
        capsys,
        demo_db,
        tmp_path,
        "Yttrande\n\nNacka kommun tillstyrker förslaget om ett gemensamt "
        "investeringsfrämjande arbete.\n",
    )
    assert code == 0, err
    response_id = out.split("\t")[0]
    code, out, err = _run(capsys, "--db", str(demo_db), "answer", "overall", response_id, "emot")
    assert code == 0, err
    assert out == f"{response_id}\tEmot\n"
    code, out, err = _run(capsys, "--db", str(demo_db), "response", "show", response_id, "--json")
    record = json.loads(out)["answer_import"]
    assert record["overall_stance"] == "against" and record["overall_basis"] == ""
    assert "overall_set" in record["flags"]
    with open_store(demo_db) as store:
        compilation = load_compilation(store, 1)
    column = next(c for c in compilation.columns if c.organisation == "Nacka kommun")
    assert column.overall == "against"
    # by class too; a word it does not know, an own draft or no such answer: one line, exit 1
    code, out, err = _run(capsys, "--db", str(demo_db), "answer", "overall", response_id, "partly")
    assert code == 0 and out.endswith("\tDelvis för\n")
    for args, said in (
        ((response_id, "kanske"), "Okänd helhetshållning"),
        (("1", "emot"), "inget mottaget svar"),
        (("999", "emot"), "finns inte"),
    ):
        code, out, err = _run(capsys, "--db", str(demo_db), "answer", "overall", *args)
        assert code == 1 and not out and said in err and err.count("\n") == 1, err


def test_cli_queues_the_unsure_with_queue(demo_db, tmp_path, capsys):
    # The seed batch with Huddinge's unsure answer (a known organisation in the demo): with
    # --queue it is read in unconfirmed under a provisional name, the others as usual.
    paths = [str(write_seed_docx(seed, tmp_path)) for seed in ("000", "003", "004")]
    code, out, err = _run(
        capsys, "--db", str(demo_db), "answer", "import", LIFE_SCIENCE, *paths, "--queue"
    )
    assert code == 0, err
    names = [line.split("\t")[1] for line in out.strip().splitlines()]
    assert names[0] == "Stockholm Business Region" and names[2] == "Locum AB"
    assert "(obekräftad: seed-003.docx) (organisationen obekräftad)" in names[1]


def test_cli_response_show_json_gives_stance_class_and_placed_by(demo_db, tmp_path, capsys):
    paths = [str(write_seed_docx("004", tmp_path))]
    code, out, err = _run(capsys, "--db", str(demo_db), "answer", "import", LIFE_SCIENCE, *paths)
    assert code == 0, err
    response_id = out.split("\t")[0]
    assert response_id.isdigit()
    code, out, err = _run(capsys, "--db", str(demo_db), "response", "show", response_id, "--json")
    assert code == 0, err
    import json

    positions = json.loads(out)["positions"]
    classes = ("for", "partly", "against", "proposal", "comment", "neutral", "none")
    assert positions and all(p["stance_class"] in classes for p in positions)
    assert all(p["placed_by"] for p in positions)
    assert any(p["placed_by"].startswith(("quotes", "cites")) for p in positions)
    # what the import was unsure of is there for a script to pick out, with why
    queued = [p for p in positions if p["needs_review"]]
    assert queued and all(p["review_note"].startswith("Osäker på") for p in queued)
    assert all(p["review_note"] == "" for p in positions if not p["needs_review"])
    read = json.loads(out)["answer_import"]
    assert read["overall_stance"] == "for"
    assert any("Anette Henriksson" in item["text"] for item in read["skipped"])
    code, out, err = _run(capsys, "--db", str(demo_db), "response", "show", response_id)
    assert code == 0 and "Inte lästa som ställningstaganden" in out


@pytest.mark.parametrize(
    "case",
    ["unknown-remiss", "missing", "empty", "corrupt", "wrong-format", "one-bad-of-two"],
)
def test_cli_answer_import_bad_input_is_one_line_and_writes_nothing(
    demo_db, tmp_path, capsys, case
):
    good = write_seed_docx("004", tmp_path)
    remiss = "999" if case == "unknown-remiss" else "1"
    files = {
        "unknown-remiss": [good],
        "missing": [tmp_path / "finns-inte.docx"],
        "empty": [tmp_path / "tom.docx"],
        "corrupt": [tmp_path / "trasig.docx"],
        "wrong-format": [tmp_path / "bild.png"],
        "one-bad-of-two": [good, tmp_path / "trasig.docx"],
    }[case]
    (tmp_path / "tom.docx").write_bytes(b"")
    (tmp_path / "trasig.docx").write_bytes(b"PK\x03\x04 not a zip at all")
    (tmp_path / "bild.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    code, out, err = _run(
        capsys, "--db", str(demo_db), "answer", "import", remiss, *map(str, files)
    )
    assert code == 1
    assert err.startswith("fel: ") and len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    code, out, _ = _run(capsys, "--db", str(demo_db), "response", "list", "--json")
    assert out.count('"id"') == 4  # the demo's four responses, nothing more


def test_cli_compile_bad_input(demo_db, tmp_path, capsys):
    code, _, err = _run(capsys, "--db", str(demo_db), "compile", "RS 1999-0001")
    assert code == 1 and err.startswith("fel: ") and len(err.splitlines()) == 1
    code, _, err = _run(capsys, "--db", str(demo_db), "compile", "1", "--format", "xlsx")
    assert code == 1 and err.startswith("fel: ")
    not_a_folder = tmp_path / "fil.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    code, _, err = _run(
        capsys, "--db", str(demo_db), "compile", "1", "--out", str(not_a_folder / "x.docx")
    )
    assert code == 1 and err.startswith("fel: ") and len(err.splitlines()) == 1
    if os.geteuid() != 0:  # root writes into a read-only folder all the same
        locked = tmp_path / "låst"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            code, _, err = _run(
                capsys, "--db", str(demo_db), "compile", "1", "--out", str(locked / "x.docx")
            )
            assert code == 1 and err.startswith("fel: ") and len(err.splitlines()) == 1
            assert not list(locked.iterdir())
        finally:
            locked.chmod(0o700)


# Issue 18: the seed answers read from their Word files alone


def test_seed_answers_from_word_alone_give_one_column_each_with_an_overall_stance(
    demo_store, tmp_path, capsys
):
    from tests.test_answer_seeds import LABELS

    remiss = demo_store.remiss_by_dnr(LIFE_SCIENCE)
    seeds = ("000", "003", "004")
    paths = [write_seed_docx(seed, tmp_path) for seed in seeds]
    assert not any(p.with_suffix(".json").exists() for p in paths)  # no sidecar
    results = import_answers(demo_store, remiss.id, paths, confirm=accept_offered)
    assert all(r.method == "text" for r in results)
    compilation = load_compilation(demo_store, remiss.id)
    received = [c for c in compilation.columns if c.received]
    assert sorted(c.response_id for c in received) == sorted(r.response_id for r in results)
    assert all(c.overall in ("for", "partly", "against", "proposal", "comment") for c in received)
    by_response = {c.response_id: c.organisation for c in received}
    # Every section an answer's position stands on shows that answer: never "ej berört".
    numbers = {s.id: s.number for s in remiss.sections}
    for result in results:
        column = by_response[result.response_id]
        for position in demo_store.get_response(result.response_id).positions:
            row = compilation.row(numbers.get(position.section_id))
            assert row.mark(column) != SILENT, (column, row.heading)
    # The sections the labels say each answer speaks to (tests/test_answer_seeds.py).
    spoken = shown = 0
    for seed, result in zip(seeds, results, strict=True):
        column = by_response[result.response_id]
        for label in LABELS[seed][2]:
            if label.section is not None:
                spoken += 1
                shown += compilation.row(label.section).mark(column) != SILENT
    with capsys.disabled():
        print(f"\nsections the seed answers speak to, shown in the matrix: {shown}/{spoken}")
    assert shown == spoken  # 000's "unik infrastruktur" too: on 4.4, by its title's words
    # The Word compilation lists each answer with its overall stance.
    path = export_compilation(demo_store, remiss.id, "docx", tmp_path / "sammanstallning.docx")
    table = WordDocument(str(path)).tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    for column in received:
        assert any(r[0] == column.organisation and r[1] != "Ej avgjord" for r in rows), rows


def test_a_second_answer_of_an_organisation_is_a_komplettering_beside_the_first(
    demo_store, tmp_path
):
    remiss = demo_store.remiss_by_dnr(LIFE_SCIENCE)
    first = write_seed_docx("004", tmp_path)
    (one,) = import_answers(demo_store, remiss.id, [first])
    second_folder = tmp_path / "andra"
    second_folder.mkdir()
    second = write_seed_docx("004", second_folder)
    with open(second, "ab") as handle:
        handle.write(b"\0")  # another file (a later version) of the same answer
    (two,) = import_answers(demo_store, remiss.id, [second])
    assert two.supplements == one.response_id
    assert any("Komplettering" in w for w in two.warnings)
    compilation = load_compilation(demo_store, remiss.id)
    labels = [c.organisation for c in compilation.columns if c.received]
    assert labels == ["Locum AB", "Locum AB (komplettering 1)"]


def test_each_seed_answers_row_on_the_whole_agrees_with_its_overall_stance(demo_store, tmp_path):
    """Read from their Word files without a sidecar, the four seed answers' marks on the remiss
    as a whole say what their overall stance says: a shortcoming of the world one of them
    names ("… saknas ofta finansiering") is no criticism of the strategy."""
    remiss = demo_store.remiss_by_dnr(LIFE_SCIENCE)
    paths = [write_seed_docx(seed, tmp_path) for seed in ("000", "001", "003", "004")]
    import_answers(demo_store, remiss.id, paths, confirm=accept_offered)
    compilation = load_compilation(demo_store, remiss.id)
    general = compilation.row(None)
    received = [c for c in compilation.columns if c.received]
    assert len(received) == 4
    for column in received:
        cell = general.cells.get(column.organisation)
        if column.overall == FOR and cell is not None:
            assert cell.mark in (FOR, COMMENT), (column.organisation, cell.mark)


def test_a_komplettering_read_in_before_the_answer_it_completes_stands_beside_it(
    demo_store, tmp_path
):
    """A folder is read in by file name: "komplettering-…" before "samrad-…". The answer
    that says it completes an earlier one is the organisation's komplettering in the
    compilation, whichever was read in first; the Word compilation counts organisations,
    not answers (the answers are written for this test)."""
    remiss = demo_store.remiss_by_dnr(LIFE_SCIENCE)
    folder = tmp_path / "svar"
    folder.mkdir()
    head = "Avsändare: Ekbackens vägförening\n\n"
    (folder / "komplettering-ekbacken.txt").write_text(
        "Komplettering till remissvar\n\n" + head + "Föreningen kompletterar härmed sitt"
        " yttrande med följande. Föreningen avstyrker att vägen breddas.\n",
        encoding="utf-8",
    )
    (folder / "remissvar-ekbacken.txt").write_text(
        "Remissvar\n\n" + head + "Föreningen tillstyrker strategin.\n", encoding="utf-8"
    )
    (folder / "remissvar-locum.txt").write_text(
        "Remissvar\n\nAvsändare: Locum AB\n\nLocum AB tillstyrker strategin.\n", encoding="utf-8"
    )
    paths = sorted(folder.iterdir())
    assert paths[0].name.startswith("komplettering")
    import_answers(demo_store, remiss.id, paths, organisation=None, unsure="queue")
    from workbench.usecases.answer_import import confirm_guessed_organisation

    for answer in demo_store.unconfirmed_organisations(remiss.id):
        confirm_guessed_organisation(demo_store, answer.response_id)
    compilation = load_compilation(demo_store, remiss.id)
    sources = {c.organisation: c.source_name for c in compilation.columns if c.received}
    assert sources["Ekbackens vägförening"] == "remissvar-ekbacken.txt"
    assert sources["Ekbackens vägförening (komplettering 1)"] == "komplettering-ekbacken.txt"
    path = export_compilation(demo_store, remiss.id, "docx", tmp_path / "sammanstallning.docx")
    intro = WordDocument(str(path)).paragraphs
    said = " ".join(p.text for p in intro)
    organisations = len(compilation.answering_organisations)
    assert organisations == len(compilation.columns) - 1  # Ekbacken counted once
    assert (
        f"har besvarats av {organisations} remissinstanser"
        f" ({len(compilation.columns)} svar med kompletteringarna)"
    ) in said
