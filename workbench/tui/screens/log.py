"""Logg: who did what to a response, and when (the events log, oldest first). From here the
review report (the comments and the decisions as Markdown) is exported."""

from __future__ import annotations

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from workbench.review.report import local_time
from workbench.review.workflow import describe_event
from workbench.tui import navigation
from workbench.tui.app import WorkbenchApp
from workbench.tui.widgets.footer import WorkbenchFooter


class LogScreen(Screen):
    app = getters.app(WorkbenchApp)
    HELP = (
        "Loggen: varje statusändring, version, återställning och kommentar med vem som gjorde"
        " det och när, äldst först. e exporterar granskningsrapporten (kommentarer och beslut)"
        " som Markdown."
    )
    BINDINGS = [
        Binding(
            "e",
            "report",
            "Granskningsrapport",
            id="log.report",
            tooltip="Exportera kommentarerna och besluten som Markdown",
        ),
        Binding("escape", "back", "Tillbaka", id="log.back"),
    ]

    def __init__(self, response_id: int) -> None:
        super().__init__()
        self.response_id = response_id

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="log-events", cursor_type="row", zebra_stripes=True)
        yield Static(id="log-empty")
        yield WorkbenchFooter()

    def on_mount(self) -> None:
        store = self.app.store
        response = store.get_response(self.response_id, with_positions=False)
        organisation = store.get_organisation(response.organisation_id).name
        remiss = store.get_remiss(response.remiss_id, with_sections=False)
        self.title = f"Logg: {organisation} – {remiss.title}"
        self.sub_title = f"{response.kind.label} · {response.status.label}"
        table = self.query_one("#log-events", DataTable)
        table.add_column("Tid", key="at")
        table.add_column("Vem", key="actor")
        table.add_column("Händelse", key="what")
        self.refresh_events()
        table.focus()

    def refresh_events(self) -> None:
        table = self.query_one("#log-events", DataTable)
        table.clear()
        events = self.app.store.events(self.response_id)
        for event in events:
            what = Text(describe_event(event))
            if event.action == "status":
                what.stylize("bold")
            table.add_row(local_time(event.at), event.actor or "–", what, key=str(event.id))
        if events:
            table.move_cursor(row=len(events) - 1)
        empty = self.query_one("#log-empty", Static)
        empty.display = not events
        empty.update("Inga händelser ännu.")

    def action_report(self) -> None:
        navigation.open_report(self.app, self.response_id)

    def action_back(self) -> None:
        self.app.pop_screen()
