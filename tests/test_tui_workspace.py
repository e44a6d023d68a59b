"""Arbetsyta: stepping through sections and writing positions, asserted on the store."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList, Static, TextArea

from tests.tui_helpers import plain, type_text
from workbench.core.model import Comment
from workbench.core.stances import NO_COMMENTS
from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.tui.screens.workspace import WorkspaceScreen

SIZE = (140, 40)


def response_of(db_path, organisation: str) -> int:
    with open_store(db_path) as store:
        return next(s.id for s in store.list_responses() if s.organisation == organisation)


def stored_positions(db_path, response_id: int):
    with open_store(db_path) as store:
        sections = {
            s.id: s.number
            for s in store.get_remiss(store.get_response(response_id).remiss_id).sections
        }
        return [
            (sections.get(p.section_id), p.stance, p.text, p.in_summary)
            for p in store.positions(response_id)
        ]


def preview_of(screen) -> str:
    return "".join(plain(chunk) for chunk in screen.query(".preview-chunk"))


async def open_workspace(app, pilot, response_id: int) -> WorkspaceScreen:
    await pilot.pause()
    screen = WorkspaceScreen(response_id)
    await app.push_screen(screen)
    await pilot.pause()
    return screen


@pytest.fixture
def huddinge(demo_db):
    return response_of(demo_db, "Huddinge kommun")


async def test_opens_on_the_first_unanswered_section_with_the_cursor_in_the_text(demo_db, huddinge):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        assert screen.section.number == "2"
        assert isinstance(app.focused, TextArea)
        # 7 sections answered, and 3 is covered by its answered subsections 3.1 and 3.3.
        assert "8 av 13" in plain(screen.query_one("#ws-progress-label", Static))


async def test_typing_on_an_unanswered_section_stores_a_position(demo_db, huddinge):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        await type_text(pilot, "att syftet är tydligt.")
        await pilot.pause()
        assert app.autosaver.flush()
        assert ("2", "anser", "att syftet är tydligt.", False) in stored_positions(
            demo_db, huddinge
        )
        assert "9 av 13" in plain(screen.query_one("#ws-progress-label", Static))
        assert "Sparat" in plain(screen.query_one("#ws-saved", Static))


async def test_stepping_keys_work_while_typing(demo_db, huddinge):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        assert isinstance(app.focused, TextArea)
        await pilot.press("ctrl+n")
        assert screen.section.number == "3"
        await pilot.press("ctrl+up", "ctrl+up")
        assert screen.section.number == "1"
        await pilot.press("ctrl+down")
        assert screen.section.number == "2"
        await pilot.press("ctrl+up")
        assert screen.section.number == "1"
        await pilot.press("ctrl+o")
        assert screen.section.number == "2"
        await pilot.press("ctrl+o")
        assert screen.section.number == "3.2"  # 3 is covered by 3.1 and 3.3
        assert isinstance(app.focused, TextArea)


async def test_no_comments_marks_the_section_and_moves_on(demo_db, huddinge):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        await pilot.press("ctrl+g")
        assert screen.section.number == "3"
        assert ("2", NO_COMMENTS, "", False) in stored_positions(demo_db, huddinge)
        label = str(screen.tree.stops[2].label)
        assert label.startswith("–")


async def test_no_comments_refuses_a_section_that_has_positions(demo_db, huddinge):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        await pilot.press("ctrl+up")
        before = stored_positions(demo_db, huddinge)
        await pilot.press("ctrl+g")
        assert screen.section.number == "1"
        assert stored_positions(demo_db, huddinge) == before


async def test_new_position_move_summary_and_delete(demo_db, huddinge):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        await pilot.press(*"första")
        await pilot.press("ctrl+t")
        await pilot.press(*"andra")
        await pilot.press("ctrl+l")
        await pilot.press("alt+up")
        await pilot.press("ctrl+s")
        await pilot.pause()
        section_two = [p for p in stored_positions(demo_db, huddinge) if p[0] == "2"]
        assert section_two == [("2", "anser", "andra", True), ("2", "anser", "första", False)]
        list_lines = screen.position_list
        assert list_lines.row_count == 3
        # Delete "andra" (it has text, so it asks first; j answers yes).
        await pilot.press("f8")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        section_two = [p for p in stored_positions(demo_db, huddinge) if p[0] == "2"]
        assert section_two == [("2", "anser", "första", False)]
        assert screen.editor.text_area.text == "första"


async def test_quitting_right_after_typing_loses_nothing(demo_db, huddinge):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        await open_workspace(app, pilot, huddinge)
        await type_text(pilot, "sista orden")
        await pilot.press("ctrl+q")
    assert ("2", "anser", "sista orden", False) in stored_positions(demo_db, huddinge)


async def test_coverage_lists_the_unanswered_and_jumps_to_one(demo_db, huddinge):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        await pilot.press("f4")
        await pilot.pause()
        assert "5 av 13 avsnitt saknar" in plain(app.screen.query_one("#coverage-title", Static))
        sections = app.screen.query_one("#coverage-sections", OptionList)
        assert sections.option_count == 5
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.section.number == "3.4"


async def test_preview_shows_the_response_as_it_reads(demo_db):
    stad = response_of(demo_db, "Stockholms stad")
    app = make_app(demo_db, keymap={}, debounce=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, stad)
        await pilot.press("f2")
        await pilot.pause()
        shown = preview_of(screen)
        assert "Till Region Stockholm" in shown
        assert "Stockholms stad välkomnar den gemensamma" in shown
        assert "Sammanfattning" in shown
        # Typing shows up in the preview.
        await pilot.press("ctrl+t")
        await type_text(pilot, "Ny mening här.")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Stockholms stad anser Ny mening här." in preview_of(screen)


async def test_an_approved_response_can_be_read_but_not_changed(demo_db):
    locum = response_of(demo_db, "Locum AB")  # skickad: read-only until reopened
    before = stored_positions(demo_db, locum)
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, locum)
        assert screen.editor.text_area.read_only
        await pilot.press(*"ändrat")
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert any("skrivskyddat" in m for m in app.notifications)
        await pilot.press("ctrl+n", "ctrl+n")
        assert screen.stop_index == 3
    assert stored_positions(demo_db, locum) == before


async def test_a_case_opens_again_where_the_officer_left_it(demo_db, huddinge):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+n")
        assert screen.section.number == "3.2"
        await pilot.press("escape", "escape")
        await pilot.pause()
        screen = await open_workspace(app, pilot, huddinge)
        assert screen.section.number == "3.2"


async def test_every_workspace_action_is_in_the_palette_and_remappable(demo_db, huddinge):
    app = make_app(demo_db, keymap={"ws.next": "f10"})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        titles = {command.title for command in app.get_system_commands(screen)}
        assert {
            "Nästa",
            "Förra",
            "Obesvarat",
            "Inga synpunkter",
            "Nytt",
            "I sammanfattningen",
            "Flytta upp",
            "Flytta ner",
            "Ta bort ställningstagandet",
            "Spara nu",
            "Förhandsgranska",
            "Uppgifter",
            "Kvar",
            "Disposition",
            "Exportera",
            "Tillbaka",
            "Hjälp",
        } <= titles
        assert screen.section.number == "2"
        await pilot.press("f10")
        assert screen.section.number == "3"
        await pilot.press("ctrl+n")  # remapped away
        assert screen.section.number == "3"


async def test_open_review_comments_are_marked_and_shown_with_the_section(demo_db, huddinge):
    with open_store(demo_db) as store:
        remiss_id = store.get_response(huddinge).remiss_id
        section = store.section_by_number(remiss_id, "2")
        first = store.add_comment(
            Comment(huddinge, "Saknas ett ställningstagande här?", "Eva", section.id)
        )
        store.add_comment(
            Comment(huddinge, "Ja, skriv ett.", "Eva", section.id, parent_id=first.id)
        )
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        assert screen.section.number == "2"
        assert str(screen.tree.stops[2].label).endswith("✎1")
        shown = plain(screen.query_one("#ws-section", Static))
        assert "Öppna kommentarer (1)" in shown
        assert "Saknas ett ställningstagande här?" in shown and "Ja, skriv ett." in shown


async def test_an_earlier_wording_is_found_and_taken_in(demo_db, huddinge):
    app = make_app(demo_db, keymap={}, debounce=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        await pilot.press("ctrl+f")
        await pilot.pause()
        await type_text(pilot, "Hagastaden")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        hits = app.screen.query_one("#search-hits", OptionList)
        assert hits.option_count >= 1
        await pilot.press("down", "ctrl+y")
        await pilot.pause()
        assert app.autosaver.flush()
        assert app.screen is screen
        assert "Hagastaden" in screen.editor.text_area.text
    assert any(p[0] == "2" and "Hagastaden" in p[2] for p in stored_positions(demo_db, huddinge))


async def test_keys_typed_just_before_a_step_stay_in_their_section(demo_db, huddinge):
    """A burst (a paste, fast typing over ssh) ending in Ctrl+N: the priority binding must not
    run before the text area has taken the keys typed before it."""
    from textual import events

    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        assert screen.section.number == "2"
        for character in "QQQ":
            app.post_message(events.Key(character, character))
        app.post_message(events.Key("ctrl+n", None))
        await pilot.pause()
        assert screen.section.number == "3"
    assert [p[0] for p in stored_positions(demo_db, huddinge) if "QQQ" in p[2]] == ["2"]


async def test_a_section_of_1100_positions_draws_only_the_lines_on_screen(
    demo_db, huddinge, monkeypatch
):
    """Issue 15: the position list makes a line only when it comes on screen (an OptionList
    laid out all 1,100), and its keys and clicks still pick the position the editor shows."""
    from workbench.core.model import Position
    from workbench.tui.widgets import position_list

    with open_store(demo_db) as store:
        section = store.section_by_number(store.get_response(huddinge).remiss_id, "2")
        with store.db.atomic():
            for number in range(1100):
                store.add_position(huddinge, Position("anser", f"punkt {number}", section.id))
    made = []
    real_line = position_list.position_line

    def counted(position, vocabulary):
        made.append(position.text)
        return real_line(position, vocabulary)

    monkeypatch.setattr(position_list, "position_line", counted)
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        screen.go_to(section.id)
        await pilot.pause()
        assert screen.section.number == "2"
        listing = screen.position_list
        assert listing.row_count == 1101
        assert 0 < len(made) <= listing.size.height
        listing.focus()
        await pilot.press("down", "down")
        await pilot.pause()
        assert screen.editor.text_area.text == "punkt 2"
        made.clear()
        await pilot.press("end")
        await pilot.pause()
        # The last lines only: drawn at the key, and again as the editor takes the position.
        assert len(made) <= 2 * listing.size.height
        assert screen.editor.text_area.text == ""  # the new line: a draft
        assert "+ nytt ställningstagande" in listing.render_line(listing.size.height - 1).text
        await pilot.press("home")
        await pilot.click(listing, offset=(3, 1))
        await pilot.pause()
        assert screen.editor.text_area.text == "punkt 1"
        assert app.focused is screen.editor.text_area  # a click takes the officer to the text


@pytest.mark.parametrize("leave", ["ctrl+q", "escape"])
async def test_a_position_emptied_again_is_not_left_behind_on_leaving(demo_db, huddinge, leave):
    """Issue 15: a position created in this visit and emptied again (a letter typed and taken
    back) is removed when the officer leaves with Ctrl+Q or Esc, not kept as an empty one."""
    before = stored_positions(demo_db, huddinge)
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        await pilot.press("ctrl+t", "x")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert ("2", "anser", "x", False) in stored_positions(demo_db, huddinge)
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.editor.text_area.text == ""
        await pilot.press(leave)
        await pilot.pause()
    assert stored_positions(demo_db, huddinge) == before


async def test_emptying_a_position_leaves_the_section_unanswered_at_once(demo_db, huddinge):
    """Issue 15: deleting all of a position's text takes the section's mark and the count
    back at once, not only when the officer moves to another section."""
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        node = screen.tree.stops[screen.stop_index]
        progress = screen.query_one("#ws-progress-label", Static)
        assert str(node.label).startswith("○") and "8 av 13" in plain(progress)
        await pilot.press("x")
        await pilot.pause()
        assert str(node.label).startswith("●") and "9 av 13" in plain(progress)
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.section.number == "2"  # still there
        assert str(node.label).startswith("○") and "8 av 13" in plain(progress)
        await pilot.press("y")
        await pilot.pause()
        assert str(node.label).startswith("●") and "9 av 13" in plain(progress)


async def test_the_editor_stays_in_place_from_one_section_to_the_next(demo_db, huddinge):
    """The positions list keeps its height whatever the section holds, so stepping between
    a section of no position and one of several moves nothing on the right (issue 15: a
    switch redraws what changed, not the whole pane)."""
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        places = set()
        for _ in range(len(screen.tree.stops)):
            await pilot.press("ctrl+n")
            await pilot.pause()
            places.add((screen.position_list.region, screen.editor.text_area.region))
        counts = {
            len(screen.by_section.get(node.data.id if node.data else None, []))
            for node in screen.tree.stops
        }
        assert len(counts) > 1  # sections of different sizes were shown
        assert len(places) == 1
