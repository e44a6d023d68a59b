"""Navigation: every move from one screen to another, in one module, so the graph of the
screens reads here. Each screen module is imported inside the function that opens it: a
screen is loaded when it is first opened, and the start (Ärenden) loads none of the others.

Going to a position in its context, from wherever the officer is: the workspace of its
response, at its section, the position selected. A workspace of that response that is open
already (under other screens) is brought back rather than opened twice, so no two editors
ever hold the same positions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.screen import Screen

    from workbench.core.model import CommentThread, Position, SearchHit, Section
    from workbench.core.stances import Vocabulary
    from workbench.review.workflow import StatusChange
    from workbench.tui.app import WorkbenchApp
    from workbench.tui.widgets.comment_panel import Anchor

Then = Callable[[Any], None] | None


def open_cases(app: WorkbenchApp) -> None:
    from workbench.tui.screens.cases import CasesScreen

    app.push_screen(CasesScreen())


def open_help(app: WorkbenchApp, under: Screen) -> None:
    from workbench.tui.screens.help import HelpScreen

    if not isinstance(app.screen, HelpScreen):
        app.push_screen(HelpScreen(under))


def is_search(screen: Screen) -> bool:
    from workbench.tui.screens.search import SearchScreen

    return isinstance(screen, SearchScreen)


def open_search(app: WorkbenchApp) -> None:
    """Sök, from any screen: from the workspace, a hit can also go into the position being
    written; from the search itself, back to its query."""
    from workbench.tui.screens.search import SearchScreen
    from workbench.tui.screens.workspace import WorkspaceScreen

    origin = app.screen
    if isinstance(origin, SearchScreen):
        origin.focus_query()  # type: ignore[attr-defined]
        return
    editing = isinstance(origin, WorkspaceScreen) and not origin.read_only
    if isinstance(origin, WorkspaceScreen):
        origin.editor.sync()

    def chosen(choice) -> None:
        if choice is None:
            return
        if choice.action == "open":
            open_hit(app, choice.hit)
        elif isinstance(origin, WorkspaceScreen):
            origin.take_hit(choice.hit, as_new=choice.action == "new")

    app.push_screen(SearchScreen(app.store.path, editing=editing), chosen)


def open_workspace(app: WorkbenchApp, response_id: int, section_id: int | None = None) -> None:
    from workbench.tui.screens.workspace import WorkspaceScreen

    app.push_screen(WorkspaceScreen(response_id, section_id))


def open_review(app: WorkbenchApp, response_id: int) -> None:
    from workbench.tui.screens.review import ReviewScreen

    app.push_screen(ReviewScreen(response_id))


def open_new_response(app: WorkbenchApp, remiss_id: int | None, then: Then = None) -> None:
    from workbench.tui.screens.new_response import NewResponseScreen

    app.push_screen(NewResponseScreen(remiss_id), then)


def open_import_remiss(app: WorkbenchApp, then: Then = None) -> None:
    from workbench.tui.screens.import_remiss import ImportScreen

    app.push_screen(ImportScreen(), then)


def open_outline(app: WorkbenchApp, remiss_id: int, then: Then = None) -> None:
    from workbench.tui.screens.outline import OutlineScreen

    app.push_screen(OutlineScreen(remiss_id), then)


def open_details(app: WorkbenchApp, response_id: int) -> None:
    from workbench.tui.screens.details import DetailsScreen

    app.push_screen(DetailsScreen(response_id))


def open_compilation(app: WorkbenchApp, remiss_id: int) -> None:
    from workbench.tui.screens.compilation import CompilationScreen

    app.push_screen(CompilationScreen(remiss_id))


def open_organisations(app: WorkbenchApp) -> None:
    from workbench.tui.screens.organisations import OrganisationsScreen

    app.push_screen(OrganisationsScreen())


def open_export(app: WorkbenchApp, response_id: int) -> None:
    from workbench.tui.screens.export import ExportScreen

    app.push_screen(ExportScreen(response_id))


def open_versions(app: WorkbenchApp, response_id: int) -> None:
    from workbench.tui.screens.versions import VersionsScreen

    app.push_screen(VersionsScreen(response_id))


def open_log(app: WorkbenchApp, response_id: int) -> None:
    from workbench.tui.screens.log import LogScreen

    app.push_screen(LogScreen(response_id))


def open_report(app: WorkbenchApp, response_id: int) -> None:
    from workbench.tui.screens.report import ReportScreen

    app.push_screen(ReportScreen(response_id))


def open_import_answers(app: WorkbenchApp, remiss_id: int, folder: Path | None) -> None:
    from workbench.tui.screens.import_answers import ImportAnswersScreen

    app.push_screen(ImportAnswersScreen(remiss_id, folder))


def open_answer_queue(app: WorkbenchApp, remiss_id: int) -> None:
    from workbench.tui.screens.answer_queue import AnswerQueueScreen

    app.push_screen(AnswerQueueScreen(remiss_id))


def open_position(
    app: WorkbenchApp, response_id: int, section_id: int | None, position_id: int | None = None
) -> None:
    from workbench.tui.screens.workspace import WorkspaceScreen

    for screen in reversed(app.screen_stack):
        if isinstance(screen, WorkspaceScreen) and screen.response_id == response_id:
            while app.screen is not screen:
                app.pop_screen()
            screen.go_to(section_id, position_id)
            return
    app.push_screen(WorkspaceScreen(response_id, section_id, position_id))


def open_hit(app: WorkbenchApp, hit: SearchHit) -> None:
    """A position opens in its response; a remiss's section in a response to that remiss:
    the one being written if it answers it, else the first one."""
    from workbench.tui.screens.workspace import WorkspaceScreen

    if hit.kind == "position" and hit.response_id is not None:
        open_position(app, hit.response_id, hit.section_id, hit.position_id)
        return
    for screen in reversed(app.screen_stack):
        if isinstance(screen, WorkspaceScreen) and screen.remiss.id == hit.remiss_id:
            open_position(app, screen.response_id, hit.section_id)
            return
    responses = app.store.list_responses(hit.remiss_id)
    if not responses:
        app.notify(
            f"{hit.remiss_title} har inget yttrande ännu;"
            " Enter på remissen i Ärenden påbörjar ett.",
            severity="warning",
        )
        return
    open_position(app, responses[0].id, hit.section_id)


# Dialogs: screens that ask something and hand the answer to `then`.


def confirm(
    app: WorkbenchApp,
    question: str,
    then: Callable[[bool | None], None],
    yes: str = "Ta bort",
    no: str = "Avbryt",
) -> None:
    from workbench.tui.screens.confirm import ConfirmScreen

    app.push_screen(ConfirmScreen(question, yes=yes, no=no), then)


def ask_text(
    app: WorkbenchApp, title: str, then: Callable[[str | None], None], **options: Any
) -> None:
    """A short text (`options`: those of TextDialog)."""
    from workbench.tui.screens.text_dialog import TextDialog

    app.push_screen(TextDialog(title, **options), then)


def pick_stance(
    app: WorkbenchApp, vocabulary: Vocabulary, current: str, then: Callable[[str | None], None]
) -> None:
    from workbench.tui.screens.stance_picker import StancePicker

    app.push_screen(StancePicker(vocabulary, current), then)


def open_coverage(
    app: WorkbenchApp,
    unanswered: list[Section],
    total: int,
    missing: list[str],
    then: Callable[[int | None], None],
) -> None:
    from workbench.tui.screens.coverage import CoverageScreen

    app.push_screen(CoverageScreen(unanswered, total, missing), then)


def open_comments(
    app: WorkbenchApp,
    anchor: Anchor,
    positions: list[Position],
    threads: list[CommentThread],
    then: Callable[[bool | None], None],
) -> None:
    from workbench.tui.screens.comments import CommentsScreen

    app.push_screen(CommentsScreen(anchor, positions, threads), then)


def change_status(
    app: WorkbenchApp, response_id: int, done: Callable[[StatusChange], None] | None = None
) -> None:
    """Offer the allowed moves, then make the one chosen (asking for its message)."""
    from workbench.tui.screens.status import StatusScreen, move_status

    def chosen(move) -> None:
        if move is not None:
            move_status(app, response_id, move.to_status, done)

    app.push_screen(StatusScreen(response_id), chosen)


def ask_sender(
    app: WorkbenchApp,
    source_name: str,
    guess: str,
    organisations: list[str],
    then: Callable[[str | None], None],
) -> None:
    """The organisation a received answer is filed under, the guess filled in (None: Esc)."""
    from workbench.tui.screens.sender_dialog import SenderDialog

    app.push_screen(SenderDialog(source_name, guess, organisations), then)


def choose(
    app: WorkbenchApp, title: str, options: list[Any], then: Then, current: str | None = None
) -> None:
    """One of `options` (OptionList options), the one with id `current` highlighted; `then`
    gets its id, or None."""
    from workbench.tui.screens.answer_queue import ChoiceScreen

    app.push_screen(ChoiceScreen(title, options, current), then)


def ask_heading(
    app: WorkbenchApp, title: str, then: Then, number: str = "", heading: str = ""
) -> None:
    from workbench.tui.screens.outline_dialogs import HeadingDialog

    app.push_screen(HeadingDialog(title, number, heading), then)


def ask_split(app: WorkbenchApp, heading: str, paragraphs: list[str], then: Then) -> None:
    from workbench.tui.screens.outline_dialogs import SplitDialog

    app.push_screen(SplitDialog(heading, paragraphs), then)


def open_cell(app: WorkbenchApp, row: Any, organisation: str) -> None:
    """One cell of the compilation matrix, to read."""
    from workbench.tui.screens.compilation import CellScreen

    app.push_screen(CellScreen(row, organisation))


def open_answer_reading(app: WorkbenchApp, column: Any, record: Any) -> None:
    """How one received answer of the compilation was read."""
    from workbench.tui.screens.answer_reading import AnswerReadingScreen

    app.push_screen(AnswerReadingScreen(column, record))


def fix_language(
    app: WorkbenchApp,
    word: str,
    kind: str,
    checker: Any,
    alternatives: Any,
    takeable: bool,
    then: Then,
) -> None:
    """One finding of the language check, with what may replace it."""
    from workbench.tui.screens.language import LanguageFixScreen

    app.push_screen(LanguageFixScreen(word, kind, checker, alternatives, takeable), then)


def open_language_panel(
    app: WorkbenchApp, checker: Any, response: Any, ignored: Any, headings: Any, then: Then
) -> None:
    """Every finding of the language check in the response."""
    from workbench.tui.screens.language import LanguagePanel

    app.push_screen(LanguagePanel(checker, response, ignored, headings), then)
