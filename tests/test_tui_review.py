"""Granskning in the TUI: status keys, comments, the two-round review, versions; asserted on
the store."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from tests.test_tui_workspace import SIZE, open_workspace, response_of, stored_positions
from tests.tui_helpers import plain, type_text
from workbench.core.model import Status
from workbench.review.workflow import READ_ONLY_MESSAGE
from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.tui.screens.review import ReviewScreen
from workbench.tui.screens.status import StatusScreen
from workbench.tui.screens.text_dialog import TextDialog
from workbench.tui.screens.versions import VersionsScreen
from workbench.tui.screens.workspace import WorkspaceScreen


@pytest.fixture
def stockholm(demo_db):
    return response_of(demo_db, "Stockholms stad")


def section_a(db_path, response_id: int):
    with open_store(db_path) as store:
        return store.section_by_number(store.get_response(response_id).remiss_id, "A")


def status_of(db_path, response_id: int) -> Status:
    with open_store(db_path) as store:
        return store.get_response(response_id, with_positions=False).status


def notices(app) -> list[str]:
    return app.notifications


async def settle(app, pilot) -> None:
    """Let the workers (the diff, the search) finish and their results show."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def answer(pilot, text: str) -> None:
    """Type into the open text dialog and give it (Ctrl+S)."""
    await type_text(pilot, text)
    await pilot.press("ctrl+s")
    await pilot.pause()


async def officer_sends_for_review(db_path, response_id, message: str, section_id=None):
    """The officer's status key (F7) in the workspace: the first allowed move, a message."""
    app = make_app(db_path, keymap={}, user="Anna")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.push_screen(WorkspaceScreen(response_id, section_id))
        await pilot.pause()
        await pilot.press("f7")
        await pilot.pause()
        assert isinstance(app.screen, StatusScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TextDialog)
        await answer(pilot, message)
        assert isinstance(app.screen, WorkspaceScreen)


async def test_two_rounds_of_review_at_the_keyboard(demo_db, stockholm):
    section = section_a(demo_db, stockholm)

    # Round 1: the officer sends the draft; the reviewer comments on section A, sends it back.
    await officer_sends_for_review(demo_db, stockholm, "Klar för granskning.")
    assert status_of(demo_db, stockholm) == Status.GRANSKNING

    app = make_app(demo_db, keymap={}, user="Eva")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        cases = app.screen
        await pilot.press("a")  # Att granska
        await pilot.pause()
        assert {row.summary.id for row in cases.rows} >= {stockholm}
        assert all(row.status == Status.GRANSKNING for row in cases.rows)
        cases.select_response(stockholm)
        await pilot.press("g")
        await settle(app, pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        while review.key != section.id:
            await pilot.press("n")
        await pilot.press("k")
        await answer(pilot, "Tillstyrker vi verkligen helt?")
        await pilot.press("b")
        await pilot.pause()
        await answer(pilot, "Se kommentaren om avsnitt A.")
        assert "Åter till handläggaren" in review.sub_title

    with open_store(demo_db) as store:
        assert store.get_response(stockholm).status == Status.ATERGIVEN
        (thread,) = store.comment_threads(stockholm, open_only=True)
        assert thread.section_id == section.id and thread.comment.author == "Eva"
        assert store.events(stockholm)[-1].message == "Se kommentaren om avsnitt A."

    # The officer sees the comment, changes the stance and the text, resolves, sends again.
    app = make_app(demo_db, keymap={}, user="Anna")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, stockholm)
        screen.go_to(section.id)
        await pilot.pause()
        assert str(screen.tree.stops[screen.stop_index].label).endswith("✎1")
        assert "Tillstyrker vi verkligen helt?" in plain(screen.query_one("#ws-section", Static))
        screen.editor.set_stance("tillstyrker_delvis")
        area = screen.editor.text_area
        area.move_cursor(area.document.end)
        await type_text(pilot, " Dock saknas finansiering.")
        await pilot.press("f6")
        await pilot.pause()
        await pilot.press("l")  # resolve the highlighted thread
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not str(screen.tree.stops[screen.stop_index].label).endswith("✎1")
        await pilot.press("f7", "enter")
        await pilot.pause()
        await answer(pilot, "Rättat.")
    assert status_of(demo_db, stockholm) == Status.GRANSKNING
    with open_store(demo_db) as store:
        assert store.comment_threads(stockholm, open_only=True) == []

    # Round 2: only section A changed since round 1, word by word; the reviewer approves.
    app = make_app(demo_db, keymap={}, user="Eva")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        review = ReviewScreen(stockholm)
        await app.push_screen(review)
        await settle(app, pilot)
        assert review.diff.changed_section_ids == {section.id}
        changed = [i for i, key in enumerate(review.stops) if "Δ" in str(review._stop_line(key))]
        assert [review.stops[i] for i in changed] == [section.id]
        while review.key != section.id:
            await pilot.press("n")
        shown = plain(review.query_one("#rv-diff", Static))
        assert "tillstyrker → tillstyrker delvis" in shown
        assert "finansiering" in shown
        await pilot.press("g")
        await pilot.pause()
        await answer(pilot, "")
    assert status_of(demo_db, stockholm) == Status.GODKAND

    # Approved: read-only, and typing is refused with a message.
    before = stored_positions(demo_db, stockholm)
    app = make_app(demo_db, keymap={}, user="Anna")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, stockholm)
        assert screen.query_one("#ws-readonly", Static).display
        screen.editor.focus_text()
        await pilot.press(*"xyz")
        await pilot.pause()
        assert READ_ONLY_MESSAGE in notices(app)
    assert stored_positions(demo_db, stockholm) == before
    with open_store(demo_db) as store:
        actions = [(e.actor, e.action) for e in store.events(stockholm)]
    assert ("Eva", "status") in actions and ("Anna", "status") in actions


async def test_a_forbidden_move_is_refused_with_a_message(demo_db, stockholm):
    app = make_app(demo_db, keymap={}, user="Eva")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.push_screen(ReviewScreen(stockholm))  # still Utkast
        await settle(app, pilot)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert any("Utkast" in message for message in notices(app))
    assert status_of(demo_db, stockholm) == Status.UTKAST


async def test_reopening_an_approved_response_asks_for_a_reason(demo_db):
    approved = response_of(demo_db, "Stockholm Business Region")
    app = make_app(demo_db, keymap={}, user="Anna")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, approved)
        assert screen.read_only
        await pilot.press("f7", "down", "enter")  # Öppna igen, after Registrera beslutet
        await pilot.pause()
        await pilot.press("ctrl+s")  # no reason given
        await pilot.pause()
        assert isinstance(app.screen, TextDialog)
        assert "skäl" in plain(app.screen.query_one("#text-problem", Static))
        await answer(pilot, "Nämnden vill ändra avsnitt 2.")
        assert not screen.read_only
    with open_store(demo_db) as store:
        assert store.get_response(approved).status == Status.UTKAST
        assert store.events(approved)[-1].message == "Nämnden vill ändra avsnitt 2."


async def test_a_version_is_saved_and_restored_from_the_tui(demo_db, stockholm):
    section = section_a(demo_db, stockholm)
    app = make_app(demo_db, keymap={}, user="Anna")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, stockholm)
        screen.go_to(section.id)
        await pilot.pause()
        original = screen.editor.text_area.text
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, VersionsScreen)
        await pilot.press("s")
        await pilot.pause()
        await answer(pilot, "Före omskrivningen")
        await pilot.press("escape")
        await pilot.pause()
        screen.editor.text_area.load_text("Helt ny lydelse.")
        await pilot.pause()
        await pilot.press("f10")
        await pilot.pause()
        versions = app.screen
        assert versions.selected.label == "Före omskrivningen"
        await pilot.press("r", "j")  # restore, yes
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert screen.editor.text_area.text == original
    with open_store(demo_db) as store:
        labels = [(v.cause, v.label) for v in store.versions(stockholm)]
        texts = [p.text for p in store.positions(stockholm) if p.section_id == section.id]
    assert labels[0] == ("manual", "Före omskrivningen")
    assert [cause for cause, _ in labels[1:]] == ["manual", "restore"]
    assert original in texts


async def test_restoring_is_refused_while_approved(demo_db):
    approved = response_of(demo_db, "Stockholm Business Region")
    app = make_app(demo_db, keymap={}, user="Anna")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.push_screen(VersionsScreen(approved))
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        await answer(pilot, "Godkänd lydelse")
        before = stored_positions(demo_db, approved)
        await pilot.press("r", "j")
        await pilot.pause()
        assert any("skrivskydd" in message for message in notices(app))
    assert stored_positions(demo_db, approved) == before


async def test_the_log_and_the_review_report_from_the_tui(demo_db, stockholm, tmp_path):
    await officer_sends_for_review(demo_db, stockholm, "Klar.")
    app = make_app(demo_db, keymap={}, user="Eva")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.push_screen(ReviewScreen(stockholm))
        await settle(app, pilot)
        await pilot.press("k")
        await answer(pilot, "Bra helhet.")
        await pilot.press("h")
        await pilot.pause()
        table = app.screen.query_one("#log-events")
        log = " ".join(str(cell) for i in range(table.row_count) for cell in table.get_row_at(i))
        assert "Anna" in log and "Eva" in log and "Bra helhet." in log
        await pilot.press("e")
        await pilot.pause()
        path_input = app.screen.query_one("#report-path")
        path_input.value = str(tmp_path / "rapport.md")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
    report = (tmp_path / "rapport.md").read_text()
    assert "Bra helhet." in report and "Eva" in report


async def test_a_position_is_commented_and_the_officer_replies(demo_db, stockholm):
    section = section_a(demo_db, stockholm)
    app = make_app(demo_db, keymap={}, user="Eva")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        review = ReviewScreen(stockholm)
        await app.push_screen(review)
        await settle(app, pilot)
        while review.key != section.id:
            await pilot.press("n")
        await pilot.press("t")  # the section's only position
        await answer(pilot, "Stämmer siffran?")
    app = make_app(demo_db, keymap={}, user="Anna")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, stockholm)
        screen.go_to(section.id)
        await pilot.pause()
        await pilot.press("f6", "s")
        await pilot.pause()
        await answer(pilot, "Ja, enligt SCB.")
    with open_store(demo_db) as store:
        (thread,) = store.comment_threads(stockholm)
        position = next(p for p in store.positions(stockholm) if p.section_id == section.id)
    assert thread.comment.position_id == position.id and thread.comment.author == "Eva"
    assert [(r.author, r.text) for r in thread.replies] == [("Anna", "Ja, enligt SCB.")]


async def test_approving_with_open_comments_asks_first(demo_db, stockholm):
    """Issue 15: `g` approved with a comment still open, and said nothing of it."""
    from workbench.core.model import Comment
    from workbench.tui.screens.confirm import ConfirmScreen

    await officer_sends_for_review(demo_db, stockholm, "Klar.")
    with open_store(demo_db) as store:
        store.add_comment(Comment(stockholm, "Stämmer siffran?", author="Eva"))
    app = make_app(demo_db, keymap={}, user="Eva")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.push_screen(ReviewScreen(stockholm))
        await settle(app, pilot)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "1 öppen kommentar" in plain(app.screen.query_one(Static))
        await pilot.press("escape")  # no: nothing changes
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert status_of(demo_db, stockholm) == Status.GRANSKNING
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("j")  # yes: on to the message, then approved
        await pilot.pause()
        assert isinstance(app.screen, TextDialog)
        await answer(pilot, "")
    assert status_of(demo_db, stockholm) == Status.GODKAND
