"""What a new officer's first case found in the TUI (issue 15), at the keyboard, asserted on
the store and the screen."""

from __future__ import annotations

from textual.widgets import Input, Static

from tests.test_tui_workspace import SIZE, open_workspace, response_of, stored_positions
from tests.tui_helpers import plain, type_text
from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.tui.concurrent import CONFLICT_MESSAGE


async def test_typing_a_letter_in_the_verb_and_taking_it_back_leaves_nothing(demo_db):
    """Shift+Tab from the text lands in "eget verb"; `Q`, Backspace made a "Samtidig
    ändring" comment from one user, an empty position and an answered mark."""
    huddinge = response_of(demo_db, "Huddinge kommun")
    before = stored_positions(demo_db, huddinge)
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        assert screen.section.number == "2" and not screen.positions
        await pilot.press("shift+tab")
        await pilot.pause()
        assert isinstance(app.focused, Input) and app.focused.id == "pe-verb"
        await pilot.press("Q")
        await pilot.pause()
        app.autosaver.flush()
        await pilot.press("backspace")
        await pilot.pause()
        app.autosaver.flush()
        await pilot.pause()
        assert CONFLICT_MESSAGE not in app.notifications
        await pilot.press("ctrl+n")  # on to the next section
        await pilot.pause()
        app.autosaver.flush()
        assert "8 av 13" in plain(screen.query_one("#ws-progress-label", Static))
    assert stored_positions(demo_db, huddinge) == before
    with open_store(demo_db) as store:
        assert store.comment_threads(huddinge, open_only=True) == []


async def test_one_writer_editing_a_new_position_never_meets_a_conflict(demo_db):
    huddinge = response_of(demo_db, "Huddinge kommun")
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        for keys in (
            ["shift+tab"],
            [*"ser", "backspace", "backspace", *"gärna"],
            ["tab"],
            [*"att det blir av."],
            ["shift+tab"],
            ["end", "backspace", "backspace"],
        ):
            await pilot.press(*keys)
            await pilot.pause()
            app.autosaver.flush()
        await pilot.pause()
        assert CONFLICT_MESSAGE not in app.notifications
        key = screen.key
    with open_store(demo_db) as store:
        assert store.comment_threads(huddinge, open_only=True) == []
        [position] = store.section_positions(huddinge, key)
        assert (position.verb_override, position.text) == ("sgär", "att det blir av.")


async def test_one_escape_leaves_the_workspace_after_the_log_the_status_and_suggestions(demo_db):
    from workbench.tui.screens.workspace import WorkspaceScreen

    huddinge = response_of(demo_db, "Huddinge kommun")
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        for keys in (["f12", "escape"], ["f7", "escape"], ["ctrl+r", "ctrl+r"]):
            await open_workspace(app, pilot, huddinge)
            for key in keys:
                await pilot.press(key)
                await app.workers.wait_for_complete()
                await pilot.pause()
            assert isinstance(app.screen, WorkspaceScreen), keys
            await pilot.press("escape")
            await pilot.pause()
            assert not isinstance(app.screen, WorkspaceScreen), keys


async def test_the_preview_takes_the_scrolling_keys(demo_db):
    """F2: Home/PageDown scrolled nothing, and Tab put PageUp in the tree (a new section)."""
    from workbench.tui.widgets.preview_pane import PreviewPane

    stad = response_of(demo_db, "Stockholms stad")
    app = make_app(demo_db, keymap={}, debounce=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, stad)
        section = screen.key
        await pilot.press("f2")
        await pilot.pause()
        assert app.focused is screen.editor.text_area  # typing goes on, shown live
        await pilot.press("f2")  # into the preview
        await pilot.pause()
        pane = screen.query_one("#ws-preview", PreviewPane)
        assert app.focused.id == "ws-preview-keys"
        await pilot.press("home")
        await pilot.pause()
        assert pane.scroll_y == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert pane.scroll_y > 0
        await pilot.press("pageup")
        await pilot.pause()
        assert pane.scroll_y == 0 and screen.key == section
        await pilot.press("escape")  # back to the text, the preview still shown
        await pilot.pause()
        assert app.focused is screen.editor.text_area
        await pilot.press("f2", "f2")  # into it, then away
        await pilot.pause()
        assert screen.query_one("#ws-middle").current == "ws-text"


async def test_a_stance_by_keyboard_with_type_to_filter(demo_db):
    """Changing a stance took Shift+Tab ×2, Enter, arrows, Enter, Tab ×2: now Ctrl+E, a few
    letters, Enter, and the text keeps the focus."""
    from workbench.tui.screens.stance_picker import StancePicker

    huddinge = response_of(demo_db, "Huddinge kommun")
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        key = screen.key
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, StancePicker)
        await pilot.press(*"avst", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert app.focused is screen.editor.text_area
        await type_text(pilot, "förslaget.")
        await pilot.pause()
        app.autosaver.flush()
        # An organisation's own verb is there too; Esc leaves the stance as it was.
        await pilot.press("ctrl+e", "escape")
        await pilot.pause()
        assert app.focused is screen.editor.text_area
    with open_store(demo_db) as store:
        [position] = store.section_positions(huddinge, key)
    assert (position.stance, position.text) == ("avstyrker", "förslaget.")


def test_the_stance_filter_finds_own_verbs_and_classes():
    from workbench.core.model import Stance
    from workbench.core.stances import Vocabulary
    from workbench.tui.screens.stance_picker import matching

    stances = list(Vocabulary([Stance("ser_positivt_pa", "ser positivt på", "for")]))
    assert [s.key for s in matching(stances, "ser pos")] == ["ser_positivt_pa"]
    assert matching(stances, "till")[0].key == "tillstyrker"
    assert "avstyrker" in [s.key for s in matching(stances, "emot")]


async def test_the_footer_lists_help_and_escape_first_at_80_columns(demo_db):
    """At 80×24 the footer lost F1 and Esc off its end: they come first now."""
    from workbench.tui.widgets.footer import WorkbenchFooter

    huddinge = response_of(demo_db, "Huddinge kommun")
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_workspace(app, pilot, huddinge)
        await pilot.pause()
        actions = [binding.action for binding, _, _ in screen.query_one(WorkbenchFooter)._ordered()]
        assert actions[:3] == ["help", "back", "pick_stance"]
