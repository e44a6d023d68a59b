"""Ärenden: every response with its remiss, organisation, status, deadline and progress."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from workbench.model import ResponseSummary
from workbench.tui.format import progress_text, reply_by_text

COLUMNS = (
    ("remiss", "Remiss"),
    ("sender", "Avsändare"),
    ("organisation", "Organisation"),
    ("our_dnr", "Vårt dnr"),
    ("status", "Status"),
    ("reply_by", "Svara senast"),
    ("progress", "Besvarat"),
)
CELL_PADDING = 2  # DataTable's default padding, one cell either side
MIN_TITLE_WIDTH = 16


class CasesTable(DataTable):
    """The cases table; Enter (or a click) selects a row, which opens it."""

    BINDINGS = [Binding("enter", "select_cursor", "Öppna", id="cases.open")]


class CasesScreen(Screen):
    """The first screen: a table of cases; Enter opens one."""

    BINDINGS = [
        Binding("r", "refresh", "Uppdatera", id="cases.refresh"),
        Binding("e", "export", "Exportera", id="cases.export"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield CasesTable(id="cases", cursor_type="row", zebra_stripes=True)
        yield Static("", id="cases-empty")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Remiss Workbench"
        self.sub_title = "Ärenden"
        self.refresh_cases()
        self.query_one("#cases", DataTable).focus()

    def on_resize(self) -> None:
        self.refresh_cases()

    def on_screen_resume(self) -> None:
        self.refresh_cases()

    def refresh_cases(self) -> None:
        table = self.query_one("#cases", DataTable)
        selected = self.selected_response_id
        table.clear(columns=True)
        summaries = self.app.store.list_responses()
        rows = [_cells(summary) for summary in summaries]
        # Every column keeps its natural width; the remiss title takes what is left.
        widths = [
            max([len(label), *(len(str(row[i])) for row in rows)])
            for i, (_, label) in enumerate(COLUMNS)
        ]
        others = sum(width + CELL_PADDING for width in widths[1:])
        title_width = max(MIN_TITLE_WIDTH, self.size.width - others - CELL_PADDING - 2)
        widths[0] = min(widths[0], title_width)
        for (key, label), width in zip(COLUMNS, widths, strict=True):
            table.add_column(label, key=key, width=width)
        for summary, row in zip(summaries, rows, strict=True):
            table.add_row(_clip(row[0], widths[0]), *row[1:], key=str(summary.id))
        empty = self.query_one("#cases-empty", Static)
        empty.display = not summaries
        empty.update(
            "Inga ärenden ännu. Läs in demodata med [b]workbench demo[/b]"
            " eller importera en remiss."
        )
        if selected is not None and str(selected) in table.rows:
            table.move_cursor(row=table.get_row_index(str(selected)))

    @property
    def selected_response_id(self) -> int | None:
        table = self.query_one("#cases", DataTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return int(row_key.value) if row_key.value is not None else None

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        response_id = self.selected_response_id
        if response_id is None:
            return
        from workbench.tui.screens.response_view import ResponseViewScreen

        self.app.push_screen(ResponseViewScreen(response_id))

    def action_export(self) -> None:
        response_id = self.selected_response_id
        if response_id is None:
            return
        from workbench.tui.screens.export import ExportScreen

        self.app.push_screen(ExportScreen(response_id))

    def action_refresh(self) -> None:
        self.refresh_cases()
        self.notify("Listan är uppdaterad.", timeout=2)


def _cells(summary: ResponseSummary) -> list:
    reply, style = reply_by_text(summary.reply_by)
    return [
        summary.remiss_title,
        summary.sender,
        summary.organisation,
        summary.our_dnr or "–",
        summary.status.label,
        Text(reply, style=style),
        progress_text(summary.answered, summary.total),
    ]


def _clip(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    return text[: width - 1] + "…"
