"""Moving a response along the review workflow: the moves its status allows, each asked for
with a message (a reason, when reopening), then made in the store by the app's user.

`StatusScreen` offers only the allowed moves (`workflow.allowed_next`; opened by
`navigation.change_status`); `move_status` makes one move, asking for its message first. The
reviewer's keys (approve, send back) and the officer's status key all end in `move_status`.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from workbench.core.model import Status
from workbench.errors import WorkbenchError
from workbench.review.workflow import READ_ONLY, TRANSITIONS, StatusChange, Transition, transition
from workbench.tui import navigation
from workbench.tui.app import WorkbenchApp

# Each move as the button would say it (the log says it in the past tense: workflow.verb).
MOVE_LABELS: dict[tuple[Status, Status], str] = {
    (Status.UTKAST, Status.GRANSKNING): "Skicka för granskning",
    (Status.GRANSKNING, Status.ATERGIVEN): "Skicka tillbaka till handläggaren",
    (Status.ATERGIVEN, Status.GRANSKNING): "Skicka för granskning igen",
    (Status.GRANSKNING, Status.GODKAND): "Godkänn",
    (Status.GODKAND, Status.BESLUTAD): "Registrera beslutet",
    (Status.BESLUTAD, Status.SKICKAD): "Registrera att yttrandet är skickat",
}
REOPEN_LABEL = "Öppna igen"
MESSAGE_PROMPTS: dict[Status, str] = {
    Status.GRANSKNING: "Meddelande till granskaren (valfritt)",
    Status.ATERGIVEN: "Meddelande till handläggaren: vad ska göras?",
    Status.GODKAND: "Meddelande (valfritt)",
    Status.UTKAST: "Skäl till att yttrandet öppnas igen (krävs)",
}


def move_label(move: Transition) -> str:
    return MOVE_LABELS.get((move.from_status, move.to_status), REOPEN_LABEL)


def moves_from(status: Status) -> list[Transition]:
    """The moves the workflow allows from `status`, in workflow order."""
    return [move for move in TRANSITIONS if move.from_status == status]


class StatusScreen(ModalScreen[Transition | None]):
    """Pick one of the allowed moves; dismissed with it (or None)."""

    app = getters.app(WorkbenchApp)

    BINDINGS = [Binding("escape", "close", "Stäng", id="status.close")]

    def __init__(self, response_id: int) -> None:
        super().__init__()
        self.response_id = response_id

    def compose(self) -> ComposeResult:
        store = self.app.store
        response = store.get_response(self.response_id, with_positions=False)
        organisation = store.get_organisation(response.organisation_id).name
        remiss = store.get_remiss(response.remiss_id, with_sections=False)
        self.moves = moves_from(response.status)
        with Vertical(id="status-box", classes="dialog"):
            yield Static(
                Text.assemble(("Ändra status ", "bold"), f"{organisation} – {remiss.title}"),
                classes="dialog-title",
            )
            yield Static(
                Text.assemble(
                    "Status nu: ",
                    (response.status.label, "bold"),
                    ("  ·  du är ", "dim"),
                    (self.app.user, "dim"),
                ),
                id="status-now",
            )
            yield OptionList(
                *(
                    Option(
                        Text.assemble(
                            (move_label(move), "bold"),
                            (f"  {move.label}", "dim"),
                            (" (kräver ett skäl)" if move.needs_reason else "", "dim"),
                        ),
                        id=move.to_status.value,
                    )
                    for move in self.moves
                ),
                id="status-moves",
            )
            yield Static(
                "Enter: välj · Esc: stäng"
                if self.moves
                else "Ingen statusändring är möjlig härifrån.",
                id="status-hint",
                classes="hint",
            )

    def on_mount(self) -> None:
        self.query_one("#status-moves", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.moves[event.option_index])

    def action_close(self) -> None:
        self.dismiss(None)


def move_status(
    app: WorkbenchApp,
    response_id: int,
    target: Status,
    done: Callable[[StatusChange], None] | None = None,
) -> None:
    """Move the response to `target`: refused with the workflow's reason when not allowed,
    else asked for a message and made, by the app's user."""
    response = app.store.get_response(response_id, with_positions=False)
    try:
        # The reason is asked for below; a stand-in lets the check say only whether the
        # move is allowed at all.
        move = transition(response.status, target, message="-")
    except WorkbenchError as exc:
        app.notify(str(exc), severity="warning")
        return
    label = move_label(move)

    def answered(message: str | None) -> None:
        if message is None:
            return
        app.autosaver.flush()  # the version taken with the move holds every edit made
        try:
            change = app.store.set_status(response_id, target, by=app.user, message=message)
        except WorkbenchError as exc:
            app.notify(str(exc), severity="error")
            return
        app.notify(
            f"{label}: {change.transition.label}. Version {change.version.number} sparad.",
            title="Status ändrad",
        )
        if done is not None:
            done(change)

    def ask_message() -> None:
        navigation.ask_text(
            app,
            label,
            answered,
            context=Text(f"{move.label}", style="dim"),
            placeholder=MESSAGE_PROMPTS.get(target, "Meddelande (valfritt)"),
            ok=label,
            required="Ange ett skäl för att öppna yttrandet igen." if move.needs_reason else "",
            single_line=True,
        )

    open_comments = sum(app.store.open_comment_counts(response_id).values())
    if target in READ_ONLY and open_comments:
        # Approving leaves the comments open on a read-only response: asked first.
        def confirmed(yes: bool | None) -> None:
            if yes:
                ask_message()

        count = (
            f"{open_comments} öppen kommentar"
            if open_comments == 1
            else (f"{open_comments} öppna kommentarer")
        )
        navigation.confirm(app, f"Yttrandet har {count}. {label} ändå?", confirmed, yes=label)
        return
    ask_message()
