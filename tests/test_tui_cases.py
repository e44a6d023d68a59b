"""The first screen: Ärenden on the demo store, and the read-only view of one response."""

from __future__ import annotations

import asyncio
import datetime as dt

from textual.widgets import DataTable, Input, Select, Static, Tree

from tests.tui_helpers import plain, store_opened, type_text
from workbench.core.model import Kind, Remiss
from workbench.store import open_store
from workbench.tui.app import REST_CSS, WorkbenchApp, make_app
from workbench.tui.screens.new_response import NEW_ORGANISATION
from workbench.tui.screens.workspace import WorkspaceScreen
from workbench.tui.widgets.footer import WorkbenchFooter


async def test_opens_on_the_four_demo_responses(demo_db):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#cases", DataTable)
        assert table.row_count == 4
        organisations = {table.get_row_at(i)[2] for i in range(table.row_count)}
        assert organisations == {
            "Locum AB",
            "Huddinge kommun",
            "Stockholm Business Region",
            "Stockholms stad",
        }
        labels = [str(column.label) for column in table.columns.values()]
        assert labels == [
            "Remiss",
            "Avsändare",
            "Organisation",
            "Vårt dnr",
            "Status",
            "Svara senast",
            "Besvarat",
        ]


async def test_the_officers_start_paints_the_frame_then_reads_the_store_and_styles(demo_db):
    """`workbench` with no store open yet: Ärenden's frame with its own styles first, then
    (after that frame) the store and the other screens' styles, before any key is taken."""
    app = WorkbenchApp(None, {}, db_path=demo_db)
    async with app.run_test(size=(140, 40)) as pilot:
        table = app.screen.query_one("#cases", DataTable)
        assert [str(column.label) for column in table.columns.values()][-1] == "Besvarat"
        await store_opened(app)
        await app.workers.wait_for_complete()  # the rows, read once the store is open
        await pilot.pause()
        assert app.store_ready and table.row_count == 4
        assert app.stylesheet.has_source(str(REST_CSS))
        await pilot.press("f1")
        await pilot.pause()
        box = app.screen.query_one("#help-box")
        assert box.styles.max_width is not None and box.styles.max_width.value == 100


async def test_nothing_holds_the_first_frame_back(demo_db):
    """A recompose is a batch, and a batch begun before the first frame is written holds it
    back (the footer's did, by some 50 ms, and the store and the other styles were read
    meanwhile): the frame comes out of the start with no batch open, before the footer's keys,
    the store and the other styles; these follow it."""
    from textual.widgets._footer import FooterKey

    at_first_frame: list[tuple[int, int, bool, bool]] = []

    class Recorded(WorkbenchApp):
        CSS_PATH = REST_CSS.with_name("cases.tcss")  # relative to the app's module, not this

        def _first_frame_out(self) -> None:
            at_first_frame.append(
                (
                    self._batch_count,
                    len(self.screen.query(FooterKey)),
                    self.store_ready,
                    self.stylesheet.has_source(str(REST_CSS)),
                )
            )
            super()._first_frame_out()

    app = Recorded(None, {}, db_path=demo_db)
    async with app.run_test(size=(140, 40)) as pilot:
        await store_opened(app)  # the bindings refreshed: the footer's rebuild is pending
        await pilot.pause()
        await asyncio.wait_for(app.screen.query_one(WorkbenchFooter).settled(), 30)
        assert at_first_frame == [(0, 0, False, False)]
        assert app.first_frame_shown and app.store_ready
        assert app.stylesheet.has_source(str(REST_CSS))
        keys = [str(key.description) for key in app.screen.query(FooterKey)]
        assert "Hjälp" in keys and "Importera" in keys


async def test_the_footer_shows_its_keys_after_the_first_frame_with_no_signal_after_mount(
    demo_db, monkeypatch
):
    """The screen's focus sends its bindings signal after a refresh, and on a busy machine that
    can come before the footer listens or not at all before a test looks: the footer builds its
    keys once after the first frame anyway.

    With every bindings signal silenced, the store's opening sends none either, so the keys
    are those of the one build, before or after the store opened as the machine's load has
    it: the keys of the first moments (Hjälp first, Avsluta) are asserted, not Importera
    (test_nothing_holds_the_first_frame_back has it once the store is open)."""
    from textual.screen import Screen
    from textual.widgets._footer import FooterKey

    monkeypatch.setattr(Screen, "refresh_bindings", lambda self: None)
    app = WorkbenchApp(None, {}, db_path=demo_db)
    async with app.run_test(size=(140, 40)) as pilot:
        await store_opened(app)
        await pilot.pause()
        await asyncio.wait_for(app.screen.query_one(WorkbenchFooter).settled(), 30)
        keys = [str(key.description) for key in app.screen.query(FooterKey)]
        assert keys[:1] == ["Hjälp"] and "Avsluta" in keys


async def test_enter_opens_a_response_in_the_workspace_and_escape_comes_back(demo_db):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#cases", DataTable)
        row = next(i for i in range(table.row_count) if table.get_row_at(i)[2] == "Stockholms stad")
        table.move_cursor(row=row)
        await pilot.press("enter")
        await pilot.pause()
        tree = app.screen.query_one("#ws-tree", Tree)
        # Every section is answered, so it opens at the top.
        assert str(tree.cursor_node.label).endswith("Övergripande synpunkter")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert tree.cursor_node.data.number == "1.1"
        assert "Stockholms stad välkomnar" in plain(app.screen.query_one("#pe-lead", Static))
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert app.screen.query_one("#cases", DataTable).row_count == 4


async def test_help_and_palette_speak_swedish(demo_db):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert {"Öppna", "Uppdatera", "Hjälp", "Avsluta"} <= set(titles)
        await pilot.press("f1")
        await pilot.pause()
        keys = plain(app.screen.query_one("#help-keys", Static))
        assert "Öppna" in keys and "cases.open" in keys
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#cases", DataTable)


async def test_an_empty_store_says_what_to_do(db_path):
    app = make_app(db_path, keymap={})
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert "workbench demo" in plain(app.screen.query_one("#cases-empty", Static))


async def test_keymap_remaps_a_binding_by_id(demo_db):
    app = make_app(demo_db, keymap={"cases.refresh": "u"})
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert any("uppdaterad" in m for m in app.notifications)


async def test_filter_by_text_and_status(demo_db):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#cases", DataTable)
        await pilot.press("f", *"locum")
        await pilot.pause()
        assert [table.get_row_at(i)[2] for i in range(table.row_count)] == ["Locum AB"]
        await pilot.press("escape")
        await pilot.pause()
        assert table.row_count == 4
        assert app.focused is table
        await pilot.press("s", "s")  # Alla → Pågående → Utkast
        await pilot.pause()
        assert [table.get_row_at(i)[2] for i in range(table.row_count)] == ["Stockholms stad"]
        await pilot.press("s")  # För granskning
        await pilot.pause()
        assert [table.get_row_at(i)[2] for i in range(table.row_count)] == ["Huddinge kommun"]


async def test_overdue_and_soon_due_stand_out(demo_db):
    with open_store(demo_db) as store:
        first, second = store.list_remisses()
        store.update_remiss(first.id, reply_by="2026-03-01")
        store.update_remiss(second.id, reply_by="2026-03-12")
    app = make_app(demo_db, keymap={}, today=dt.date(2026, 3, 8))
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#cases", DataTable)
        cells = {table.get_row_at(i)[2]: table.get_row_at(i)[5] for i in range(table.row_count)}
        overdue, soon = cells["Locum AB"], cells["Stockholms stad"]
        assert overdue.plain == "2026-03-01 (7 d sen)" and "red" in str(overdue.style)
        assert soon.plain == "2026-03-12 (om 4 d)" and "yellow" in str(soon.style)


async def test_new_response_for_a_new_organisation_opens_the_workspace(demo_db):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#new-organisation", Select).value = NEW_ORGANISATION
        await pilot.pause()
        assert app.focused is dialog.query_one("#new-name", Input)
        await type_text(pilot, "Solna stad")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
    with open_store(demo_db) as store:
        created = [s for s in store.list_responses() if s.organisation == "Solna stad"]
        assert len(created) == 1 and created[0].kind is Kind.REMISSVAR


async def test_a_remiss_without_a_response_is_listed_and_enter_starts_one(demo_db):
    with open_store(demo_db) as store:
        remiss = store.add_remiss(Remiss(title="Ny remiss om vatten", sender="Länsstyrelsen"))
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#cases", DataTable)
        table.move_cursor(row=table.get_row_index(f"remiss-{remiss.id}"))
        assert "Inget yttrande" in str(table.get_row_at(table.cursor_row)[4])
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#new-remiss", Select).value == remiss.id
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
        assert app.screen.remiss.id == remiss.id


async def test_delete_asks_first_and_no_is_the_default(demo_db):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#cases", DataTable)
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("enter")  # the focused button is Avbryt
        await pilot.pause()
        assert table.row_count == 4
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        assert table.row_count == 3
    with open_store(demo_db) as store:
        assert len(store.list_responses()) == 3


async def test_a_file_read_in_by_mistake_is_deleted_with_its_guessed_sender(demo_db, tmp_path):
    """A note read in as an answer is filed under "<guess> (obekräftad: <file>)". Deleting
    it in Ärenden asks without a genitive on that name and takes the guessed organisation
    with it: Nytt yttrande offers neither it nor the prompt for an empty store as choices."""
    from workbench.tui.screens.new_response import NewResponseScreen
    from workbench.usecases.answer_import import import_answers

    note = tmp_path / "anteckning.txt"
    note.write_text("Hej!\n\nVi ses på fredag vid fiket.\n\nMvh Kalle\n", encoding="utf-8")
    with open_store(demo_db) as store:
        remiss = store.remiss_by_dnr("RS 2019-0751")
        (result,) = import_answers(store, remiss.id, [note], unsure="queue")
        assert not result.organisation_confirmed
        guessed = store.get_organisation(
            store.get_response(result.response_id, with_positions=False).organisation_id
        ).name
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#cases", DataTable)
        table.move_cursor(row=table.get_row_index(f"response-{result.response_id}"))
        await pilot.press("delete")
        await pilot.pause()
        question = " ".join(plain(app.screen.query_one("#confirm-question")).split())
        assert f"Ta bort det inlästa svaret från {guessed} på" in question
        await pilot.press("j")
        await pilot.pause()
        assert guessed not in [org.name for org in app.store.list_organisations()]
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NewResponseScreen)
        remisses = app.screen.query_one("#new-remiss", Select)
        assert Select.NULL not in [value for _, value in remisses._options]
        organisations = app.screen.query_one("#new-organisation", Select)
        assert all("obekräftad" not in str(label) for label, _ in organisations._options)
