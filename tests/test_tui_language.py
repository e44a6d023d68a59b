"""Språkgranskning in the workspace: marks while typing, the next-finding key, the Språk panel,
the export's count (issue 16). Asserted on the store and the widgets' state."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList, Static

from tests.test_tui_workspace import open_workspace, response_of, stored_positions
from tests.tui_helpers import plain, type_text
from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.tui.screens import language as language_screens
from workbench.tui.screens.language import LanguageFixScreen, LanguagePanel

SIZE = (140, 40)


@pytest.fixture(autouse=True)
def load_at_once(monkeypatch):
    """The dictionary loads as the workspace opens, not after a pause in the typing."""
    monkeypatch.setattr(language_screens, "LOAD_AFTER_QUIET", 0)


async def ready_workspace(app, pilot, response_id):
    screen = await open_workspace(app, pilot, response_id)
    await app.workers.wait_for_complete()  # the dictionary's load
    await pilot.pause()
    assert screen.language_checker is not None
    return screen


async def test_a_misspelling_is_marked_while_typing_and_fixed_from_the_suggestions(demo_db):
    huddinge = response_of(demo_db, "Huddinge kommun")
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready_workspace(app, pilot, huddinge)
        area = screen.editor.text_area
        await type_text(pilot, "att kommunen tillstyker förslaget i syfte att ")
        await pilot.pause()
        marked = [(area.document.get_line(r)[s:e], kind) for r, s, e, kind in area.marks]
        assert marked == [("tillstyker", "spelling"), ("i syfte att", "avoid")]
        area.move_cursor((0, 0))
        await pilot.press("alt+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, LanguageFixScreen) and dialog.word == "tillstyker"
        await dialog.workers.wait_for_complete()  # the suggestions
        await pilot.pause()
        options = dialog.query_one(OptionList)
        assert options.get_option_at_index(0).id == "alt:tillstyrker"
        await pilot.press("enter")
        await pilot.pause()
        assert area.text.startswith("att kommunen tillstyrker förslaget")
        assert [kind for *_, kind in area.marks] == ["avoid"]
        # The next press finds the phrase to avoid; "ignorera här" keeps it unmarked.
        await pilot.press("alt+s")
        await pilot.pause()
        assert app.screen.word == "i syfte att"
        options = app.screen.query_one(OptionList)
        options.highlighted = next(
            i
            for i in range(options.option_count)
            if options.get_option_at_index(i).id == "__ignore__"
        )
        await pilot.press("enter")
        await pilot.pause()
        assert area.marks == []
        await pilot.press("ctrl+s")
    texts = [text for _, _, text, _ in stored_positions(demo_db, huddinge)]
    assert any(t.startswith("att kommunen tillstyrker förslaget") for t in texts)
    with open_store(demo_db) as store:
        assert ("avoid", "i syfte att") in {
            (k, t) for k, _, _, t in store.ignored_findings(huddinge)
        }


async def test_a_word_added_to_the_word_list_is_no_longer_marked(demo_db):
    huddinge = response_of(demo_db, "Huddinge kommun")
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready_workspace(app, pilot, huddinge)
        area = screen.editor.text_area
        await type_text(pilot, "att Flemingsbergsnoden och flemingsnodsarbetet ")
        await pilot.pause()
        assert [kind for *_, kind in area.marks] == ["spelling"]
        await pilot.press("alt+s")
        await pilot.pause()
        dialog = app.screen
        await dialog.workers.wait_for_complete()
        await pilot.pause()
        options = dialog.query_one(OptionList)
        options.highlighted = next(
            i for i in range(options.option_count) if options.get_option_at_index(i).id == "__add__"
        )
        await pilot.press("enter")
        await pilot.pause()
        assert area.marks == []
    with open_store(demo_db) as store:
        organisation = store.get_response(huddinge).organisation_id
        assert "flemingsnodsarbetet" in store.word_list(organisation)


async def test_the_language_panel_lists_findings_by_section_and_jumps_to_one(demo_db):
    huddinge = response_of(demo_db, "Huddinge kommun")
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready_workspace(app, pilot, huddinge)
        await pilot.press("alt+l")
        await pilot.pause()
        panel = app.screen
        assert isinstance(panel, LanguagePanel)
        await panel.workers.wait_for_complete()
        await pilot.pause()
        assert "LIX" in plain(panel.query_one("#language-title", Static))
        spelling = next(f for f in panel.findings if f.kind == "spelling")
        assert spelling.text == "medicinskpersonal" and spelling.section == "3.3"
        listing = panel.query_one(OptionList)
        listing.highlighted = next(
            i
            for i in range(listing.option_count)
            if listing.get_option_at_index(i).id == str(panel.findings.index(spelling))
        )
        await pilot.press("enter")
        await pilot.pause()
        assert screen.section.number == "3.3"
        assert screen.editor.text_area.selected_text == "medicinskpersonal"


async def test_the_export_check_list_counts_the_findings(demo_db):
    from tests.test_tui_export import open_export

    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_export(pilot, "Stockholms stad")
        await screen.workers.wait_for_complete()
        await pilot.pause()
        shown = plain(screen.query_one("#export-language", Static))
        assert "Språkgranskning:" in shown and "anmärkningar" in shown
        assert "lång mening" in shown


async def test_ignoring_a_finding_in_the_panel_keeps_it_out_of_the_list(demo_db):
    huddinge = response_of(demo_db, "Huddinge kommun")
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        await ready_workspace(app, pilot, huddinge)
        await pilot.press("alt+l")
        await pilot.pause()
        panel = app.screen
        await panel.workers.wait_for_complete()
        await pilot.pause()
        listing = panel.query_one(OptionList)
        first = panel.findings[int(listing.get_option_at_index(listing.highlighted).id)]
        count = len(panel.findings)
        await pilot.press("i")
        await panel.workers.wait_for_complete()
        await pilot.pause()
        assert len(panel.findings) == count - 1 and first not in panel.findings
    with open_store(demo_db) as store:
        assert first.ignore_key in store.ignored_findings(huddinge)


async def test_a_plainer_word_is_taken_only_in_the_form_it_is_written_for(demo_db):
    huddinge = response_of(demo_db, "Huddinge kommun")
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready_workspace(app, pilot, huddinge)
        area = screen.editor.text_area
        await type_text(pilot, "att kommunen erhöll beslutet. Beträffande budgeten ")
        await pilot.pause()
        area.move_cursor((0, 0))
        await pilot.press("alt+s")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        taken = [options.get_option_at_index(i) for i in range(options.option_count)]
        # "få" is the plainer word for "erhålla", not for "erhöll": shown, not inserted.
        assert taken[0].disabled and "böj som" in str(taken[0].prompt)
        await pilot.press("escape")
        await pilot.press("alt+s")
        await pilot.pause()
        assert app.screen.word == "Beträffande"
        await pilot.press("enter")
        await pilot.pause()
        assert "beslutet. Om budgeten" in area.text


async def test_the_dictionary_waits_for_a_pause_in_the_typing(demo_db, monkeypatch):
    """Typing right after the workspace opens is saved before anything loads; asking for
    the check (Alt+S) loads it at once."""
    monkeypatch.setattr(language_screens, "LOAD_AFTER_QUIET", 60)
    huddinge = response_of(demo_db, "Huddinge kommun")
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        await type_text(pilot, "att vi tillstyker ")
        await pilot.pause()
        assert screen.language_checker is None and not screen._language_loading
        await pilot.press("alt+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.language_checker is not None
        assert [kind for *_, kind in screen.editor.text_area.marks] == ["spelling"]
        # The load flushed the autosaver first: the text is in the store.
        assert any(
            t.startswith("att vi tillstyker") for _, _, t, _ in stored_positions(demo_db, huddinge)
        )
