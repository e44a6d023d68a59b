"""Logg: who did what to a response, and when (the events log, oldest first). From here the
review report (the comments and the decisions as Markdown) is exported."""

from __future__ import annotations

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static

from workbench.review.report import local_time
from workbench.review.workflow import actor_of, describe_event
from workbench.tui import navigation
from workbench.tui.app import WorkbenchApp
from workbench.tui.widgets.footer import WorkbenchFooter
from workbench.tui.widgets.header import WorkbenchHeader

# A column of the table takes its own width plus one cell either side, and the table keeps two
# for its scroll bar.
LINE_EXTRAS = 3 * 2 + 2
MAX_ACTOR_WIDTH = 24
MIN_WHAT_WIDTH = 20


def _cut(text: Text, width: int) -> Text:
    """`text` on one line of `width` cells, ending in an ellipsis when it is cut."""
    cut = text.copy()
    cut.no_wrap = True
    cut.truncate(width, overflow="ellipsis")
    return cut


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
        yield WorkbenchHeader()
        yield DataTable(id="log-events", cursor_type="row", zebra_stripes=True)
        yield Static(id="log-detail")
        yield Static(id="log-empty")
        yield WorkbenchFooter()

    def on_mount(self) -> None:
        store = self.app.store
        response = store.get_response(self.response_id, with_positions=False)
        organisation = store.get_organisation(response.organisation_id).name
        remiss = store.get_remiss(response.remiss_id, with_sections=False)
        self.title = f"Logg: {organisation} – {remiss.title}"
        self.sub_title = f"{response.kind.label} · {response.status.label}"
        self.refresh_events()
        self.query_one("#log-events", DataTable).focus()

    def refresh_events(self) -> None:
        self.events = self.app.store.events(self.response_id)
        self._laid_out: int | None = None
        self.show_events()
        empty = self.query_one("#log-empty", Static)
        empty.display = not self.events
        empty.update("Inga händelser ännu.")

    def on_resize(self) -> None:
        self.show_events()

    def show_events(self) -> None:
        """The events in columns that fit the width: an event longer than its column is cut
        with an ellipsis, and the one under the cursor is shown whole below the table."""
        width = self.size.width
        if width == 0 or width == self._laid_out:
            return
        self._laid_out = width
        table = self.query_one("#log-events", DataTable)
        row = table.cursor_row if table.row_count else len(self.events) - 1
        rows = [(local_time(event.at), actor_of(event), self._what(event)) for event in self.events]
        time_width = max([len("Tid"), *(len(at) for at, _, _ in rows)])
        actor_width = min(MAX_ACTOR_WIDTH, max([len("Vem"), *(len(actor) for _, actor, _ in rows)]))
        what_width = max(MIN_WHAT_WIDTH, width - time_width - actor_width - LINE_EXTRAS)
        table.clear(columns=True)
        table.add_column("Tid", key="at", width=time_width)
        table.add_column("Vem", key="actor", width=actor_width)
        table.add_column("Händelse", key="what", width=what_width)
        for event, (at, actor, what) in zip(self.events, rows, strict=True):
            table.add_row(
                at, _cut(Text(actor), actor_width), _cut(what, what_width), key=str(event.id)
            )
        if self.events:
            table.move_cursor(row=max(0, min(row, len(self.events) - 1)))

    @staticmethod
    def _what(event) -> Text:
        what = Text(describe_event(event))
        if event.action == "status":
            what.stylize("bold")
        return what

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        index = event.cursor_row
        detail = self.query_one("#log-detail", Static)
        if 0 <= index < len(self.events):
            shown = self.events[index]
            detail.update(Text.assemble((f"{actor_of(shown)}: ", "bold"), self._what(shown)))
        else:
            detail.update("")

    def action_report(self) -> None:
        navigation.open_report(self.app, self.response_id)

    def action_back(self) -> None:
        self.app.pop_screen()
