"""Remissammanställning in the TUI: the matrix on the demo with the seed answers read in,
a cell read, the filters, the jump to disagreement, the confirm queue and the export."""

from __future__ import annotations

from textual.widgets import DataTable, Input, OptionList, Static

from tests.answer_files import write_seed_docx
from tests.tui_helpers import open_matrix, plain
from workbench.compilation.matrix import FOR
from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.tui.screens.answer_queue import AnswerQueueScreen
from workbench.tui.screens.answer_reading import AnswerReadingScreen
from workbench.tui.screens.compilation import CellScreen, CompilationScreen
from workbench.usecases.answer_import import import_answers
from workbench.usecases.compilation_export import export_compilation, load_compilation

LIFE_SCIENCE = "RS 2019-0751"


def _huddinge_record(demo_db, tmp_path):
    """The seed answers read in; how Huddinge's (seed 003) was read."""
    remiss_id = _with_seed_answers(demo_db, tmp_path)
    with open_store(demo_db) as store:
        records = store.answer_imports(remiss_id).values()
        return next(r for r in records if "003" in r.source_name)


def _with_seed_answers(demo_db, tmp_path) -> int:
    with open_store(demo_db) as store:
        remiss = store.remiss_by_dnr(LIFE_SCIENCE)
        # Seed 003 names its kommun only in passing: the officer names it, as with --org.
        for seed, org in (("000", None), ("003", "Huddinge kommun"), ("004", None)):
            import_answers(store, remiss.id, [write_seed_docx(seed, tmp_path)], organisation=org)
        return remiss.id


async def _read_in(app, pilot, path) -> None:
    """`i` in the compilation, the file or folder named, read in (Ctrl+S), the work done."""
    from textual.widgets import Input

    from workbench.tui.screens.import_answers import ImportAnswersScreen

    await pilot.press("i")
    await pilot.pause()
    assert isinstance(app.screen, ImportAnswersScreen)
    app.screen.query_one("#import-answers-path", Input).value = str(path)
    await pilot.press("ctrl+s")
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_matrix_of_sections_by_organisations_with_counts_and_a_cell_to_read(
    demo_db, tmp_path
):
    _with_seed_answers(demo_db, tmp_path)
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        matrix = await open_matrix(app, pilot)
        labels = [str(c.label) for c in matrix.columns.values()]
        assert labels[0] == "Avsnitt"
        assert labels[-6:] == ["För", "Delv", "Emot", "Synp", "Inga", "·"]
        assert labels[1:4] == ["Huddinge kommun", "Locum AB", "Stockholm Business Region"]
        first = [str(cell) if not hasattr(cell, "plain") else cell.plain for cell in
                 matrix.get_row_at(0)]  # fmt: skip
        assert first[0] == "Övergripande synpunkter"
        # Every section row's counts add up to the organisations.
        sections = len(app.screen.shown.rows)
        for index in range(sections):
            counts = [int(c.plain) for c in matrix.get_row_at(index)[-6:]]
            assert sum(counts) == 3
        # The last row: each answer's stance on the remiss as a whole (issue 18).
        overall = [getattr(c, "plain", str(c)) for c in matrix.get_row_at(sections)]
        assert matrix.row_count == sections + 1
        assert overall[0] == "Helhetshållning"
        assert all(mark.strip() not in ("", "·") for mark in overall[1:4]), overall
        # Enter on Locum's cell of 4.5 reads its words.
        screen = app.screen
        row = next(i for i, r in enumerate(screen.shown.rows) if r.number == "4.5")
        column = screen.shown.organisations.index("Locum AB") + 1
        matrix.move_cursor(row=row, column=column)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CellScreen)
        text = " ".join(plain(s) for s in app.screen.query(".compilation-quote"))
        assert "Locum ser positivt på att life science" in " ".join(text.split())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CompilationScreen)


async def test_how_an_answer_was_read_opens_from_its_column(demo_db, tmp_path):
    """Enter on Helhetshållning, or l anywhere in the column: the file, the stance as a
    whole and what was not taken as a position, with why (issue 18: nothing dropped unseen)."""
    record = _huddinge_record(demo_db, tmp_path)
    assert record.skipped, "the seed answer has letterhead and a signature"
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        matrix = await open_matrix(app, pilot)
        screen = app.screen
        column = screen.shown.organisations.index("Huddinge kommun") + 1
        matrix.move_cursor(row=len(screen.shown.rows), column=column)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AnswerReadingScreen)
        text = " ".join(plain(s) for s in app.screen.query("#answer-reading-text Static"))
        assert f"Fil: {record.source_name} (ur svarets text)" in text
        assert "Helhetshållning: " in text and "Organisation: Huddinge kommun" in text
        assert f"Inte lästa som ställningstaganden ({len(record.skipped)})" in text
        first = record.skipped[0]
        words = " ".join(first["text"].split())[:30]
        assert f"{first['reason']}: {words}" in " ".join(text.split())
        await pilot.press("escape")
        await pilot.pause()
        matrix.move_cursor(row=0, column=column)
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, AnswerReadingScreen)
        assert app.screen.record.response_id == record.response_id


async def test_the_officer_sets_an_answers_stance_as_a_whole_where_the_reading_erred(
    demo_db, tmp_path
):
    """h in Inläsning: the stance as a whole chosen, said as set by the officer, and the
    matrix's Helhetshållning row shows it when the reading closes."""
    record = _huddinge_record(demo_db, tmp_path)
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        matrix = await open_matrix(app, pilot)
        screen = app.screen
        column = screen.shown.organisations.index("Huddinge kommun") + 1
        matrix.move_cursor(row=0, column=column)
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, AnswerReadingScreen)
        await pilot.press("h")
        await pilot.pause()
        choices = app.screen.query_one(OptionList)
        ids = [choices.get_option_at_index(i).id for i in range(choices.option_count)]
        assert ids == ["for", "partly", "against", "comment", "none"]
        choices.highlighted = ids.index("against")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AnswerReadingScreen)
        text = " ".join(plain(s) for s in app.screen.query("#answer-reading-text Static"))
        assert "Helhetshållning: emot (satt av handläggaren)" in text
        await pilot.press("escape")
        await pilot.pause()
        overall = matrix.get_row_at(len(screen.shown.rows))
        assert "emot" in getattr(overall[column], "plain", str(overall[column]))
    with open_store(demo_db) as store:
        stored = store.answer_import(record.response_id)
    assert stored.overall_stance == "against" and stored.overall_basis == ""


def test_what_a_file_carried_is_said_in_words():
    from workbench.compilation.matrix import Column
    from workbench.core.model import AnswerImport
    from workbench.tui.screens.answer_reading import reading_lines

    record = AnswerImport(
        response_id=7,
        source_name="svar.docx",
        organisation_confidence=0.55,
        organisation_confirmed=False,
        overall_stance="against",
        overall_basis="Föreningen avstyrker planen.",
        flags=["tracked_changes"],
        skipped=[{"text": "Box 1, 111 11 Byn", "reason": "brevhuvud och adress"}],
    )
    column = Column("Föreningen", 7, True, organisation_name="Föreningen")
    lines = [line.plain for line in reading_lines(column, record)]
    assert "Organisation: Föreningen (gissad ur svaret, 55 % säker; bekräfta med b)" in lines
    assert "Helhetshållning: emot – ”Föreningen avstyrker planen.”" in lines
    assert any("spårade ändringar" in line for line in lines)
    assert lines[-2:] == [
        "Inte lästa som ställningstaganden (1)",
        "brevhuvud och adress: Box 1, 111 11 Byn",
    ]


async def test_filters_and_the_jump_to_the_most_disagreement(demo_db, tmp_path):
    _with_seed_answers(demo_db, tmp_path)
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        matrix = await open_matrix(app, pilot)
        screen = app.screen
        all_rows = matrix.row_count
        await pilot.press("h")  # för
        await pilot.pause()
        assert screen.marks == (FOR,)
        assert 0 < matrix.row_count < all_rows
        assert all(c.mark == FOR for r in screen.shown.rows for c in r.cells.values())
        await pilot.press("x")
        await pilot.pause()
        assert matrix.row_count == all_rows
        await pilot.press("o")  # the first organisation alone
        await pilot.pause()
        assert screen.shown.organisations == ["Huddinge kommun"]
        assert len(matrix.columns) == 1 + 1 + 6
        await pilot.press("x", "d")
        await pilot.pause()
        top = screen.shown.by_disagreement()[0]
        assert screen.shown.rows[matrix.cursor_coordinate.row] is top
        said = "Oenighet 1/" if top.disagreement else "Ingen oenighet; flest invändningar 1/"
        assert said in plain(screen.query_one("#compilation-status", Static))


async def test_confirm_queue_confirms_and_strikes_and_the_store_follows(demo_db, tmp_path):
    remiss_id = _with_seed_answers(demo_db, tmp_path)
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await open_matrix(app, pilot)
        before = len(app.store.review_queue(remiss_id))
        assert before > 0
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, AnswerQueueScreen)
        queue = app.screen.query_one("#queue-table", DataTable)
        assert queue.row_count == before + len(app.store.unconfirmed_organisations(remiss_id))
        await pilot.press("j")
        await pilot.pause()
        assert len(app.store.review_queue(remiss_id)) == before - 1
        first = app.store.review_queue(remiss_id)[0].position
        await pilot.press("a")
        await pilot.pause()
        # The list opens on the section the import chose, with a plan's hundred below it.
        choices = app.screen.query_one(OptionList)
        assert first.section_id is not None
        chosen_id = str(first.section_id)
        assert choices.get_option_at_index(choices.highlighted).id == chosen_id
        await pilot.press("home", "enter")  # "Hela remissen", the first choice
        await pilot.pause()
        # The stance list opens on the stance read, too.
        stance = app.store.review_queue(remiss_id)[0].position.stance
        await pilot.press("h")
        await pilot.pause()
        choices = app.screen.query_one(OptionList)
        assert choices.get_option_at_index(choices.highlighted).id == stance
        # each stance with its class in Arbetsyta's words: "(förslag)", not "(Synpunkter)"
        labels = [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)]
        assert "tillstyrker (för)" in labels and any(
            label.endswith("(förslag)") for label in labels
        )
        await pilot.press("escape")
        await pilot.pause()
        first = first.id
        assert app.store.get_position(first).section_id is None
        assert not app.store.get_position(first).needs_review
        second = app.store.review_queue(remiss_id)[0].position.id
        await pilot.press("x")
        await pilot.pause()
        assert all(i.position.id != second for i in app.store.review_queue(remiss_id))
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CompilationScreen)


async def test_export_from_the_matrix_writes_word_and_csv(demo_db, tmp_path):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await open_matrix(app, pilot)
        out = tmp_path / "ut"
        out.mkdir()
        app.screen.folder = out
        # e asks where, the last folder filled in: Enter saves there
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        # c, another folder typed (made, as it is not there yet)
        await pilot.press("c")
        await pilot.pause()
        field = app.screen.query_one(Input)
        assert field.value == str(out)
        field.value = str(tmp_path / "ny")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [p.suffix for p in out.iterdir()] == [".docx"]
        assert [p.suffix for p in (tmp_path / "ny").iterdir()] == [".csv"]
        # Esc saves nothing
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CompilationScreen)
        assert len(list(out.iterdir())) == 1


async def test_every_compilation_action_is_in_the_palette(demo_db):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        cases = {c.title for c in app.get_system_commands(app.screen)}
        assert "Sammanställning" in cases
        await open_matrix(app, pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for wanted in (
            "Hållning",
            "Instans",
            "Oenighet",
            "Läs in",
            "Bekräfta",
            "Word",
            "CSV",
            "Läs",
            "Inläsning",
            "Tillbaka",
        ):
            assert wanted in titles


async def test_answers_read_in_from_a_folder_join_the_matrix(demo_db, tmp_path):

    folder = tmp_path / "svar"
    folder.mkdir()
    for seed in ("000", "003", "004"):
        write_seed_docx(seed, folder)
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await open_matrix(app, pilot)
        await _read_in(app, pilot, folder)
        assert isinstance(app.screen, CompilationScreen)
        received = [c.organisation for c in app.screen.compilation.columns if c.received]
        # Seed 003 names its kommun only in passing: it stands under a name of its own until
        # the officer confirms it in Att bekräfta (b, j), never joined with another answer.
        unsure = "Huddinge kommun (obekräftad: seed-003.docx)"
        assert received == [unsure, "Locum AB", "Stockholm Business Region"]
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, AnswerQueueScreen)
        await pilot.press("j")  # the first item: the guessed organisation
        await pilot.pause()
        remiss_id = app.screen.remiss_id
        assert not app.store.unconfirmed_organisations(remiss_id)
        received = [c.organisation for c in load_compilation(app.store, remiss_id).columns]
        assert "Huddinge kommun" in received and unsure not in received


async def test_an_answer_naming_another_remiss_is_read_in_with_a_warning_on_screen(
    demo_db, tmp_path
):
    """Read in on the wrong remiss, an answer is kept (the officer may mean it) and the import
    says so at once, and again in how it was read (l)."""
    from textual.widgets import Input

    answer = tmp_path / "hamnforbundet.txt"
    answer.write_text(
        "Remissvar gällande betänkandet Bättre ordning i hamnarna (SOU 2031:12)\n\n"
        "Förbundet tillstyrker förslagen i betänkandet.\n\nFör Hamnförbundet\n\nEva Berg\n",
        encoding="utf-8",
    )
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await open_matrix(app, pilot)
        await pilot.press("i")
        await pilot.pause()
        empty = tmp_path / "tom"
        empty.mkdir()
        path = app.screen.query_one("#import-answers-path", Input)
        path.value = str(empty)
        await pilot.press("ctrl+s")
        status = app.screen.query_one("#import-answers-status", Static)
        assert "inga svar att läsa in" in plain(status)
        path.value = str(answer)
        await pilot.pause()
        assert plain(status).strip() == ""  # said of the other path, not of this one
        app.screen.query_one("#import-answers-org", Input).value = "Hamnförbundet"
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CompilationScreen)
        assert "1 svar inläst; 0 att bekräfta (b)." in app.notifications
        (notice,) = [m for m in app.notifications if "annan remiss" in m]
        assert notice.startswith("hamnforbundet.txt: ") and "SOU 2031:12" in notice
        column = app.screen.shown.organisations.index("Hamnförbundet") + 1
        app.screen.query_one("#compilation-matrix", DataTable).move_cursor(row=0, column=column)
        await pilot.press("l")
        await pilot.pause()
        text = " ".join(plain(s) for s in app.screen.query("#answer-reading-text Static"))
        assert "Svaret verkar gälla en annan remiss" in text and "SOU 2031:12" in text
        assert "Filen har" not in text  # the warning says it, once


async def test_at_80_columns_the_marks_are_short_and_every_doubt_stays_on_screen(demo_db, tmp_path):
    """Three answers read in at 80×24: the marks take the count columns' short words
    ("• synp ?"), so no answer's column is wider than its header and the last one's "?"
    (a position to confirm) is not cut off at the screen's edge; at 160 they are words."""
    _with_seed_answers(demo_db, tmp_path)
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        matrix = await open_matrix(app, pilot)
        answers = list(matrix.columns.values())[1:4]
        right = sum(c.get_render_width(matrix) for c in list(matrix.columns.values())[:4])
        assert right <= 80
        cells = [
            getattr(cell, "plain", str(cell))
            for index in range(matrix.row_count)
            for cell in matrix.get_row_at(index)[1:4]
        ]
        doubts = [cell for cell in cells if cell.endswith("?")]
        assert doubts and all(len(cell) <= min(c.width for c in answers) for cell in cells)
        assert "• synp ?" in doubts
    async with make_app(demo_db, keymap={}).run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        matrix = await open_matrix(pilot.app, pilot)
        cells = [getattr(c, "plain", str(c)) for c in matrix.get_row_at(0)[1:4]]
        assert any(cell.startswith("• synpunkter") for cell in cells), cells


async def test_a_plan_with_unnumbered_and_repeated_section_numbers(db_path, tmp_path):
    # A detaljplan's outline: unnumbered sections ("DETALJPLAN", "PLANPROGRAM") and a number
    # its source repeats ("6.3" twice). The matrix has a row for each, and opens.
    from workbench.core.model import Remiss, Section

    sections = [
        Section("2", "PLANHANDLINGAR", 1, "Planhandlingarna består av plankarta."),
        Section("", "DETALJPLAN", 2, "Detaljplanen för området gäller sedan 1970."),
        Section("", "PLANPROGRAM", 2, "Ett planprogram togs fram 2019."),
        Section("6.3", "VATTEN", 1, "Dagvatten leds till diken."),
        Section("6.3", "STRANDSKYDD", 1, "Strandskyddet upphävs inom kvartersmark."),
    ]
    answer = tmp_path / "svar.txt"
    answer.write_text(
        "Yttrande från Sjöbygdens vägförening\n\n"
        "Föreningen avstyrker att strandskyddet upphävs inom kvartersmark.\n\n"
        "Dagvattnet från området leds till diken som redan i dag svämmar över.\n",
        encoding="utf-8",
    )
    with open_store(db_path) as store:
        remiss = store.add_remiss(Remiss(title="Detaljplan för Sjövik 1:4", sections=sections))
        import_answers(store, remiss.id, [answer], organisation="Sjöbygdens vägförening")
    app = make_app(db_path, keymap={})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#cases", DataTable)
        table.move_cursor(row=0)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, CompilationScreen)
        matrix = app.screen.query_one("#compilation-matrix", DataTable)
        assert matrix.row_count == len(app.screen.shown.rows) + 1
        summary = plain(app.screen.query_one("#compilation-summary"))
        assert "1 remissinstans, 5 avsnitt" in summary  # one, not "1 remissinstanser"
        headings = [str(matrix.get_row_at(i)[0]) for i in range(matrix.row_count)]
        assert sum(h.startswith("6.3") for h in headings) == 2
        # t: only the sections an answer speaks to, then all again.
        spoken = [r.heading for r in app.screen.compilation.rows if r.cells]
        assert 0 < len(spoken) < len(sections)
        await pilot.press("t")
        await pilot.pause()
        assert [r.heading for r in app.screen.shown.rows] == spoken
        assert matrix.row_count == len(spoken) + 1  # and Helhetshållning
        assert "bara berörda avsnitt" in plain(app.screen.query_one("#compilation-summary"))
        await pilot.press("t")
        await pilot.pause()
        assert matrix.row_count == len(app.screen.compilation.rows) + 1


async def test_at_80_columns_five_answers_scroll_by_the_sections_and_are_counted_right(
    db_path, tmp_path
):
    """Five answers from four organisations (one completes its first): the summary counts
    four remissinstanser and five answers, and with the cursor on the last answer, scrolled
    past the screen's edge, the sections' titles stay in view (the answers are our own)."""
    from tests.tui_helpers import screen_lines
    from workbench.core.model import Remiss, Section

    sections = [
        Section("1", "VÄGAR", 1, "Vägen breddas till sex meter."),
        Section("2", "DAGVATTEN", 1, "Dagvattnet leds till en damm."),
    ]
    answers = {
        "Ekbackens vägförening": "Föreningen avstyrker att vägen breddas.",
        "Sjöbygdens fiskeklubb": "Klubben anser att dammen är för liten.",
        "Norrviks byalag": "Byalaget tillstyrker att vägen breddas.",
        "Tallbackens samfällighet": "Samfälligheten avstyrker dammen.",
    }
    paths = []
    for index, (organisation, sentence) in enumerate(answers.items()):
        path = tmp_path / f"svar-{index}.txt"
        path.write_text(f"Yttrande från {organisation}\n\n{sentence}\n", encoding="utf-8")
        paths.append((path, organisation))
    more = tmp_path / "svar-9.txt"
    more.write_text(
        "Kompletterande yttrande\n\nFöreningen kompletterar härmed sitt yttrande. Föreningen"
        " anser att dammen bör stängslas.\n",
        encoding="utf-8",
    )
    paths.append((more, "Ekbackens vägförening"))
    with open_store(db_path) as store:
        remiss = store.add_remiss(Remiss(title="Detaljplan för Ekbacken 2:1", sections=sections))
        for path, organisation in paths:
            import_answers(store, remiss.id, [path], organisation=organisation)
    app = make_app(db_path, keymap={})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#cases", DataTable).move_cursor(row=0)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, CompilationScreen)
        summary = " ".join(plain(app.screen.query_one("#compilation-summary")).split())
        assert "4 remissinstanser, 5 svar, 3 avsnitt" in summary
        # The komplettering's header says so, cut as the names are.
        headers = [str(c.label) for c in app.screen.query_one(DataTable).columns.values()]
        assert headers[1:3] == ["Ekbackens v…", "Ekba… kompl."], headers
        matrix = app.screen.query_one("#compilation-matrix", DataTable)
        row = next(i for i, r in enumerate(app.screen.shown.rows) if r.number == "2")
        matrix.move_cursor(row=row, column=5)
        await pilot.pause()
        assert matrix.scroll_x > 0  # the last answer is past the edge at 80 columns
        lines = screen_lines(app)
        assert any(line.startswith(" 2 DAGVATTEN") for line in lines), lines


async def test_a_folder_that_cannot_be_read_in_says_so_in_the_tuis_words(demo_db, tmp_path):
    """At 80×24: an empty file in a folder of three stops the batch, and the dialog says
    that none of the three was read in, naming the file once; a file with no sender to
    guess says to write it in the Organisation field (the command line's "--org" is no
    help in the TUI). The label above the path wraps rather than being cut."""
    from textual.widgets import Input

    from tests.tui_helpers import screen_lines
    from workbench.tui.screens.import_answers import ImportAnswersScreen

    folder = tmp_path / "svar"
    folder.mkdir()
    write_seed_docx("000", folder)
    write_seed_docx("004", folder)
    (folder / "tom.txt").write_text("", encoding="utf-8")
    nameless = tmp_path / "utan-avsandare.txt"
    nameless.write_text("lorem ipsum dolor sit amet consectetur\n", encoding="utf-8")
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await open_matrix(app, pilot)
        columns = len(app.screen.compilation.columns)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ImportAnswersScreen)
        inside = [line.split("│")[1].strip() for line in screen_lines(app) if "│" in line]
        assert "kompletterar" in inside  # the label's last word, whole on its own line
        status = app.screen.query_one("#import-answers-status", Static)
        for path, said in (
            (folder, "Fel: Inget av de 3 svaren lästes in. Filen tom.txt är tom."),
            (
                nameless,
                "Fel: Organisationen bakom utan-avsandare.txt kunde inte avgöras; läs in"
                " filen med organisationen skriven i fältet Organisation.",
            ),
        ):
            app.screen.query_one("#import-answers-path", Input).value = str(path)
            await pilot.press("ctrl+s")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert " ".join(plain(status).split()) == said
        await pilot.press("escape")
        await pilot.pause()
        assert len(load_compilation(app.store, app.screen.remiss_id).columns) == columns


def test_d_calls_only_a_split_section_an_oenighet():
    """On the Håby plan both answers say emot on the plan as a whole: the first section `d`
    went to was called 'Oenighet 1/15' though nobody disagreed."""
    from workbench.compilation.matrix import AGAINST, COUNTED_MARKS, SectionRow, disagreement
    from workbench.tui.screens.compilation import disagreement_status

    def row(*marks):
        counts = dict.fromkeys(COUNTED_MARKS, 0)
        for mark in marks:
            counts[mark] += 1
        return SectionRow(None, {}, counts, disagreement(marks))

    assert disagreement_status(1, 15, row(AGAINST, AGAINST)) == (
        "Ingen oenighet; flest invändningar 1/15: Övergripande synpunkter"
        " (för 0, delvis 0, emot 2, synpunkter 0)"
    )
    assert disagreement_status(1, 3, row(FOR, AGAINST)).startswith(
        "Oenighet 1/3: Övergripande synpunkter (för 1, delvis 0, emot 1,"
    )


async def test_esc_while_answers_are_read_writes_nothing(demo_db, tmp_path, monkeypatch):
    """A 2 MB answer reads for minutes; Esc closed the dialog but the worker read on and
    stored the answer anyway, unseen. Now nothing is written after Esc, as Esc says. The
    same file read in twice is explained without the command line's --again."""
    import threading

    from textual.widgets import Input

    from workbench.tui.screens.import_answers import ImportAnswersScreen
    from workbench.usecases import answer_import

    answer = write_seed_docx("004", tmp_path)
    reading = threading.Event()
    release = threading.Event()
    parse_all = answer_import._parse_all

    def slow_parse_all(*args, **kwargs):
        reading.set()
        release.wait(30)
        return parse_all(*args, **kwargs)

    monkeypatch.setattr(answer_import, "_parse_all", slow_parse_all)
    finished = threading.Event()  # the thread itself: a cancelled worker's wait returns early
    real_import = answer_import.import_answers

    def import_answers_to_the_end(*args, **kwargs):
        try:
            return real_import(*args, **kwargs)
        finally:
            finished.set()

    monkeypatch.setattr(answer_import, "import_answers", import_answers_to_the_end)
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await open_matrix(app, pilot)
        remiss_id = app.screen.remiss_id
        before = len(app.store.list_responses(remiss_id, origin="received"))
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one("#import-answers-path", Input).value = str(answer)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert reading.wait(10)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CompilationScreen)
        release.set()
        assert finished.wait(30)
        await pilot.pause()
        await pilot.pause()
        assert len(app.store.list_responses(remiss_id, origin="received")) == before
        said = [n.message for n in app._notifications]
        assert said == ["Inläsningen avbryts när filerna är lästa; inget sparas."]
        # Read in, then the same file again: said in the TUI's words.
        monkeypatch.setattr(answer_import, "_parse_all", parse_all)
        for _ in range(2):
            await pilot.press("i")
            await pilot.pause()
            app.screen.query_one("#import-answers-path", Input).value = str(answer)
            await pilot.press("ctrl+s")
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert isinstance(app.screen, ImportAnswersScreen)
        status = " ".join(plain(app.screen.query_one("#import-answers-status", Static)).split())
        assert status == (
            f"Fel: {answer.name} är redan inläst på remissen; ta bort det svaret i Ärenden (d)"
            " för att läsa in filen igen."
        )


async def test_at_80x24_a_choice_far_down_the_list_is_in_sight(db_path):
    """The section list opens on the section the import chose; at 80×24 the list's own 20
    lines were cut by the dialog and a section below the cut was highlighted out of sight."""
    import re

    from textual.widgets.option_list import Option

    from tests.tui_helpers import screen_lines
    from workbench.tui.screens.answer_queue import ChoiceScreen

    options = [Option(f"Avsnitt {n}", id=str(n)) for n in range(1, 61)]
    app = make_app(db_path, keymap={})
    async with app.run_test(size=(80, 24)) as pilot:
        # as an officer opens it: after Ärenden's first frame (no key acts before it; in a
        # full parallel run the dialog pushed at once was not drawn)
        for _ in range(200):  # up to 10 s: a hang guard, not a timing
            await pilot.pause(0.05)
            if app.first_frame_shown:
                break
        assert app.first_frame_shown
        await app.push_screen(ChoiceScreen("Avsnitt", options, "55"))
        # the dialog mounts, lays out and scrolls over a few refreshes (more on a busy
        # machine): look until it is drawn
        drawn = ""
        for _ in range(200):  # up to 10 s
            await pilot.pause(0.05)
            if isinstance(app.screen, ChoiceScreen):
                drawn = "\n".join(screen_lines(app))
                if re.search(r"Avsnitt 55\b", drawn):
                    break
        assert isinstance(app.screen, ChoiceScreen)
        assert re.search(r"Avsnitt 55\b", drawn), drawn


async def test_a_folder_read_in_again_takes_the_new_answers_and_leaves_the_old(demo_db, tmp_path):
    """The sender's folder fills over the days: read in again, it refused the whole batch
    for the first answer already read in ('… är redan inläst'). The answers read in before
    are left, the new one is read in, and the notice says so; with nothing new it says that."""

    from workbench.tui.screens.import_answers import ImportAnswersScreen

    folder = tmp_path / "svar"
    folder.mkdir()
    write_seed_docx("000", folder)
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await open_matrix(app, pilot)
        remiss_id = app.screen.remiss_id

        async def read_in() -> None:
            await _read_in(app, pilot, folder)

        await read_in()
        assert len(app.store.list_responses(remiss_id, origin="received")) == 1
        write_seed_docx("004", folder)  # a new answer arrives in the folder
        await read_in()
        assert isinstance(app.screen, CompilationScreen)
        assert len(app.store.list_responses(remiss_id, origin="received")) == 2
        assert any("1 redan inlästa lämnades." in n for n in app.notifications)
        await read_in()
        assert isinstance(app.screen, ImportAnswersScreen)
        status = plain(app.screen.query_one("#import-answers-status", Static))
        assert status.strip() == "Alla 2 svar i mappen är redan inlästa."


async def test_a_compilation_exported_into_the_folder_of_answers_is_left_out_and_named(
    demo_db, tmp_path
):
    """The sender saves the compilation (e) beside the answers and reads the folder in again
    as more arrive: the answers are read in, the compilation is left out with why."""

    folder = tmp_path / "svar"
    folder.mkdir()
    for seed in ("000", "004"):
        write_seed_docx(seed, folder)
    with open_store(demo_db) as store:
        remiss = store.remiss_by_dnr(LIFE_SCIENCE)
        import_answers(
            store, remiss.id, [write_seed_docx("003", tmp_path)], organisation="Huddinge kommun"
        )
        export_compilation(store, remiss.id, "docx", folder / "sammanställning.docx")
    app = make_app(demo_db, keymap={})
    notices: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.notify = lambda message, **_: notices.append(message)  # type: ignore[method-assign]
        await open_matrix(app, pilot)
        await _read_in(app, pilot, folder)
        assert isinstance(app.screen, CompilationScreen)
        received = {c.organisation for c in app.screen.compilation.columns if c.received}
        assert {"Locum AB", "Stockholm Business Region", "Huddinge kommun"} <= received
        left = [n for n in notices if "lästes inte in" in n]
        assert left and "sammanställning.docx är en exporterad remissammanställning" in left[0]
