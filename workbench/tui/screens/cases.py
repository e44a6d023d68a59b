"""Ärenden: every response with its remiss, organisation, status, deadline and progress.

A remiss nobody has answered yet is listed too ("Inget yttrande"), so an imported remiss is
never out of sight; Enter on it starts the response. The reviewer filters the list to what
awaits review (`a`: status För granskning) and opens a response in Granskning with `g`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Input, Select, Static

# The model, the wordings and the coverage rule are imported once the store is open, off the
# path to the first paint (see WorkbenchApp: Ärenden's frame comes first).
if TYPE_CHECKING:
    from workbench.core.model import Remiss, ResponseSummary, Status

from workbench.tui import navigation
from workbench.tui.app import WorkbenchApp
from workbench.tui.widgets.footer import WorkbenchFooter
from workbench.tui.widgets.header import WorkbenchHeader

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
FLEXIBLE = (0, 1, 2)  # remiss, sender, organisation: cut to fit, the others never
MIN_WIDTH = 10
NOT_STARTED = "Inget yttrande"
# The status filter: everything, what is still being worked on, or one status ("Att granska",
# the reviewer's filter, is För granskning).
ALL, ACTIVE = "alla", "aktiva"
FILTERS: list[tuple[str, str]] = [("Alla", ALL), ("Pågående", ACTIVE)]


def status_choices() -> list[tuple[str, str]]:
    """The status filter's choices: everything, what is being worked on, each status."""
    from workbench.core.model import Status

    return [*FILTERS, *((status.label, status.value) for status in Status)]


def _to_review() -> str:
    from workbench.core.model import Status

    return Status.GRANSKNING.value


def _done() -> set[Status]:
    from workbench.core.model import Status

    return {Status.BESLUTAD, Status.SKICKAD}


@dataclass
class CaseRow:
    """One line of the table: a response, or a remiss without one (`summary` None)."""

    key: str
    cells: list
    search: str
    status: Status | None
    summary: ResponseSummary | None = None
    remiss: Remiss | None = None


class CasesTable(DataTable):
    """The cases table; Enter (or a click) selects a row, which opens it."""

    BINDINGS = [Binding("enter", "select_cursor", "Öppna", id="cases.open")]


class CasesScreen(Screen):
    """The first screen: a table of cases; Enter opens one."""

    app = getters.app(WorkbenchApp)

    # The table has the focus from the start: focusing the filter first and moving on would
    # restyle the filter twice (focus, blur) before the first frame.
    AUTO_FOCUS = "#cases"

    HELP = (
        "Ärenden: alla yttranden med remiss, status, sista svarsdag och hur många avsnitt"
        " som är besvarade. Passerad svarsdag visas i rött, mindre än en vecka kvar i gult."
        " En remiss utan yttrande står sist; Enter på den påbörjar ett. ✎ efter statusen"
        " räknar öppna kommentarer från granskningen.\n"
        "Granskaren visar det som väntar på granskning med a (Att granska) och granskar"
        " det markerade yttrandet med g."
    )

    BINDINGS = [
        Binding("n", "new_response", "Nytt", id="cases.new", tooltip="Nytt yttrande"),
        Binding("i", "import", "Importera", id="cases.import", tooltip="Importera en remiss"),
        Binding("e", "export", "Exportera", id="cases.export"),
        Binding("f", "filter", "Filtrera", id="cases.filter"),
        Binding("s", "cycle_status", "Status", id="cases.status", tooltip="Visa en status i taget"),
        Binding(
            "a",
            "to_review",
            "Att granska",
            id="cases.to_review",
            show=False,  # the footer is full at 120 columns; in the palette and the help
            tooltip="Visa bara yttranden som väntar på granskning (igen: alla)",
        ),
        Binding(
            "g",
            "review",
            "Granska",
            id="cases.review",
            show=False,  # the footer is full at 120 columns; in the palette and the help
            tooltip="Granska det markerade yttrandet: ändringar, kommentarer, godkänn",
        ),
        Binding(
            "f3", "details", "Uppgifter", id="cases.details", show=False, tooltip="Ärendeuppgifter"
        ),
        Binding("o", "organisations", "Organisationer", id="cases.organisations"),
        Binding(
            "m",
            "compilation",
            "Sammanställning",
            id="cases.compilation",
            # Ärenden's footer is full at 120 columns; like f3 and f5, this one is in the
            # palette and the help.
            show=False,
            tooltip="Remissammanställning: alla svar på remissen, avsnitt för avsnitt",
        ),
        Binding(
            "f5",
            "outline",
            "Disposition",
            id="cases.outline",
            show=False,
            tooltip="Rätta remissens avsnitt: namn, nivåer, sammanslagning, delning",
        ),
        Binding("delete,d", "delete", "Ta bort", id="cases.delete", show=False),
        Binding("r", "refresh", "Uppdatera", id="cases.refresh", show=False),
        Binding("escape", "clear_filter", "Rensa filtret", id="cases.clear_filter", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield WorkbenchHeader()
        with Horizontal(id="cases-filters"):
            yield Input(
                placeholder="Filtrera på remiss, avsändare, organisation, dnr … (f)",
                id="cases-filter",
                compact=True,
            )
            # Before the store is open, only the first two (the statuses come with the cases).
            choices = status_choices() if self.app.store_ready else FILTERS
            yield Select(choices, value=ALL, allow_blank=False, id="cases-status", compact=True)
        yield CasesTable(id="cases", cursor_type="row", zebra_stripes=True)
        yield Static("", id="cases-empty")
        yield WorkbenchFooter()

    def on_mount(self) -> None:
        self.title = "Remiss Workbench"
        self.sub_title = "Ärenden"
        self.rows: list[CaseRow] = []
        self._all_rows: list[CaseRow] = []
        self._laid_out: tuple | None = None
        self._resumed_once = False
        if self.app.store_ready:
            self.refresh_cases()
        else:  # the frame is on screen; the cases come once the store is open
            self.app.store_opened.subscribe(self, self._store_opened)
        self.query_one("#cases", DataTable).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The first moments, while the store opens behind the frame: no action reads it.
        return self.app.store_ready

    def _store_opened(self, _store: object) -> None:
        self.refresh_bindings()
        self.query_one("#cases-status", Select).set_options(status_choices())
        self.refresh_cases()

    def on_resize(self) -> None:
        self.show_rows()

    def on_screen_resume(self) -> None:
        # The first resume is the screen's own start, already loaded by on_mount.
        if self._resumed_once:
            self.refresh_cases()
        self._resumed_once = True

    # The rows

    def _load_rows(self) -> list[CaseRow]:
        from workbench.core.format import reply_by_text

        store = self.app.store
        today = self.app.today()
        # summary.answered is counted by the one rule (core.drafting.coverage).
        summaries, listed = store.case_list()
        remisses = {remiss.id: remiss for remiss in listed}
        rows = [
            CaseRow(
                key=f"response-{s.id}",
                cells=_cells(s, today),
                search=" ".join(
                    (s.remiss_title, s.sender, s.sender_dnr, s.organisation, s.our_dnr)
                ).casefold(),
                status=s.status,
                summary=s,
            )
            for s in summaries
        ]
        answered = {s.remiss_id for s in summaries}
        for remiss in remisses.values():
            if remiss.id in answered:
                continue
            reply, style = reply_by_text(remiss.reply_by, today)
            rows.append(
                CaseRow(
                    key=f"remiss-{remiss.id}",
                    cells=[
                        remiss.title,
                        remiss.sender,
                        "–",
                        "–",
                        Text(NOT_STARTED, style="italic", end=""),
                        Text(reply, style=style, end=""),
                        "–",
                    ],
                    search=" ".join((remiss.title, remiss.sender, remiss.sender_dnr)).casefold(),
                    status=None,
                    remiss=remiss,
                )
            )
        return rows

    def _visible(self, rows: list[CaseRow]) -> list[CaseRow]:
        words = self.query_one("#cases-filter", Input).value.casefold().split()
        status = self.query_one("#cases-status", Select).value
        shown = []
        for row in rows:
            if not all(word in row.search for word in words):
                continue
            if status == ACTIVE and row.status in _done():
                continue
            if status not in (ALL, ACTIVE) and (row.status is None or row.status != status):
                continue
            shown.append(row)
        return shown

    def refresh_cases(self) -> None:
        """Read the cases from the store again and show them."""
        self._all_rows = self._load_rows()
        self._laid_out = None
        self.show_rows()

    def show_rows(self) -> None:
        """Lay the loaded cases out for the current filter and width (skipped when unchanged:
        rebuilding the table restyles every cell, which is most of the screen's start)."""
        if self.size.width == 0:
            return
        state = (
            self.size.width,
            self.query_one("#cases-filter", Input).value,
            self.query_one("#cases-status", Select).value,
        )
        if state == self._laid_out:
            return
        self._laid_out = state
        table = self.query_one("#cases", DataTable)
        selected = self.selected_key
        table.clear(columns=True)
        all_rows = self._all_rows
        self.rows = self._visible(all_rows)
        cells = [row.cells for row in self.rows]
        natural = [
            max([len(label), *(len(_plain(row[i])) for row in cells)])
            for i, (_, label) in enumerate(COLUMNS)
        ]
        widths = fit_widths(natural, self.size.width - CELL_PADDING * len(COLUMNS) - 2)
        for (key, label), width in zip(COLUMNS, widths, strict=True):
            table.add_column(label, key=key, width=width)
        for row in self.rows:
            shown = [
                _clip(cell, width) if index in FLEXIBLE else cell
                for index, (cell, width) in enumerate(zip(row.cells, widths, strict=True))
            ]
            table.add_row(*shown, key=row.key)
        empty = self.query_one("#cases-empty", Static)
        if not self.app.store_ready:  # the frame only, until the store is open
            empty.display, table.display = False, True
            return
        empty.display = not self.rows
        table.display = bool(self.rows)
        if not all_rows:
            empty.update(
                "Inga ärenden ännu. Importera en remiss med [b]i[/b], eller läs in demodata"
                " med [b]workbench demo[/b]."
            )
        else:
            empty.update("Inga ärenden passar filtret. [b]Esc[/b] rensar det.")
        if selected is not None and selected in table.rows:
            table.move_cursor(row=table.get_row_index(selected))

    @property
    def selected_key(self) -> str | None:
        table = self.query_one("#cases", DataTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return row_key.value

    @property
    def selected(self) -> CaseRow | None:
        key = self.selected_key
        return next((row for row in self.rows if row.key == key), None)

    @property
    def selected_response_id(self) -> int | None:
        row = self.selected
        return row.summary.id if row and row.summary else None

    def select_response(self, response_id: int) -> None:
        table = self.query_one("#cases", DataTable)
        key = f"response-{response_id}"
        if key in table.rows:
            table.move_cursor(row=table.get_row_index(key))

    # Filtering

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "cases-filter":
            self.show_rows()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "cases-filter":
            self.query_one("#cases", DataTable).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "cases-status":
            self.show_rows()

    def action_filter(self) -> None:
        self.query_one("#cases-filter", Input).focus()

    def action_clear_filter(self) -> None:
        self.query_one("#cases-filter", Input).value = ""
        self.query_one("#cases-status", Select).value = ALL
        self.refresh_cases()
        self.query_one("#cases", DataTable).focus()

    def action_to_review(self) -> None:
        choice = self.query_one("#cases-status", Select)
        to_review = _to_review()
        choice.value = ALL if choice.value == to_review else to_review
        self.query_one("#cases", DataTable).focus()

    def action_cycle_status(self) -> None:
        choice = self.query_one("#cases-status", Select)
        values = [value for _, value in status_choices()]
        choice.value = values[(values.index(choice.value) + 1) % len(values)]  # type: ignore[arg-type]

    # Opening, creating, deleting

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        row = self.selected
        if row is None:
            return
        if row.summary is None:
            self.action_new_response()
            return
        navigation.open_workspace(self.app, row.summary.id)

    def action_review(self) -> None:
        response_id = self.selected_response_id
        if response_id is None:
            self.notify("Markera ett yttrande att granska.", severity="warning")
            return
        navigation.open_review(self.app, response_id)

    def action_new_response(self) -> None:
        row = self.selected
        remiss_id = row.remiss.id if row and row.remiss else None
        if remiss_id is None and row and row.summary:
            remiss_id = row.summary.remiss_id

        navigation.open_new_response(self.app, remiss_id, self._created)

    def action_import(self) -> None:
        """Import a remiss and fix its outline; back in the list, on the new remiss, N starts
        the response (a dialog opening by itself would take the next key typed)."""

        def imported(remiss_id: int | None) -> None:
            if remiss_id is None:
                return
            self.refresh_cases()
            navigation.open_outline(self.app, remiss_id, lambda _: self._imported(remiss_id))

        navigation.open_import_remiss(self.app, imported)

    def _imported(self, remiss_id: int) -> None:
        self.refresh_cases()
        table = self.query_one("#cases", DataTable)
        key = f"remiss-{remiss_id}"
        if key in table.rows:
            table.move_cursor(row=table.get_row_index(key))
        table.focus()
        self.notify("Remissen är importerad; n börjar yttrandet över den.")  # the key is n

    def _created(self, response_id: int | None) -> None:
        self.refresh_cases()
        if response_id is None:
            return
        self.select_response(response_id)
        navigation.open_workspace(self.app, response_id)

    def action_outline(self) -> None:
        row = self.selected
        if row is None:
            return
        remiss_id = row.summary.remiss_id if row.summary else row.remiss.id
        navigation.open_outline(self.app, remiss_id)

    def action_details(self) -> None:
        response_id = self.selected_response_id
        if response_id is None:
            return
        navigation.open_details(self.app, response_id)

    def action_compilation(self) -> None:
        row = self.selected
        if row is None:
            return
        remiss_id = row.summary.remiss_id if row.summary else row.remiss.id
        navigation.open_compilation(self.app, remiss_id)

    def action_organisations(self) -> None:
        navigation.open_organisations(self.app)

    def action_delete(self) -> None:
        row = self.selected
        if row is None:
            return
        if row.summary is not None and row.summary.received:
            summary = row.summary
            # No genitive: the name may be a guess, "X (obekräftad: svar.txt)".
            question = (
                f"Ta bort det inlästa svaret från {summary.organisation} på"
                f" {summary.remiss_title}?\n"
                "Dess ställningstaganden tas bort; filen kan läsas in igen."
            )
        elif row.summary is not None:
            summary = row.summary
            question = (
                f"Ta bort {summary.organisation}s yttrande över {summary.remiss_title}?\n"
                "Dess ställningstaganden tas bort. Det går inte att ångra."
            )
        else:
            assert row.remiss is not None
            question = (
                f"Ta bort remissen {row.remiss.title}?\n"
                "Den har inget yttrande. Det går inte att ångra."
            )

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            if row.summary is not None and row.summary.received:
                from workbench.usecases.answer_import import delete_received_answer

                delete_received_answer(self.app.store, row.summary.id)
                self.notify("Svaret är borttaget.")
            elif row.summary is not None:
                self.app.store.delete_response(row.summary.id)
                self.notify("Yttrandet är borttaget.")
            elif row.remiss is not None:
                self.app.store.delete_remiss(row.remiss.id)
                self.notify("Remissen är borttagen.")
            self.refresh_cases()

        navigation.confirm(self.app, question, answered)

    def action_export(self) -> None:
        response_id = self.selected_response_id
        if response_id is None:
            return
        navigation.open_export(self.app, response_id)

    def action_refresh(self) -> None:
        self.refresh_cases()
        self.notify("Listan är uppdaterad.", timeout=2)


def _cells(summary: ResponseSummary, today) -> list:
    from workbench.core.format import progress_text, reply_by_text

    reply, style = reply_by_text(summary.reply_by, today)
    progress = progress_text(summary.answered, summary.total)
    return [
        summary.remiss_title,
        summary.sender,
        summary.organisation,
        summary.our_dnr or "–",
        _status_cell(summary),
        Text(reply, style=style, end=""),
        Text(progress, style="green" if summary.answered == summary.total else "", end=""),
    ]


def _status_cell(summary: ResponseSummary) -> Text:
    """The status, and the open review comments when there are any. An answer read in for a
    remissammanställning is no case of ours: it says so instead of "Skickad"."""
    if summary.received:
        return Text("Mottaget svar", style="dim", end="")
    cell = Text(summary.status.label, end="")
    if summary.open_comments:
        cell.append(f" ✎{summary.open_comments}", style="yellow")
    return cell


def fit_widths(natural: list[int], available: int) -> list[int]:
    """Column widths within `available`: the fixed columns keep their natural width, the
    flexible ones give up space widest first (never below MIN_WIDTH); the remiss title is
    the first to grow back when there is room."""
    widths = list(natural)
    while sum(widths) > available:
        widest = max(FLEXIBLE, key=lambda i: widths[i])
        if widths[widest] <= MIN_WIDTH:
            break
        widths[widest] -= 1
    return widths


def _plain(cell) -> str:
    return cell.plain if isinstance(cell, Text) else str(cell)


def _clip(cell, width: int):
    text = _plain(cell)
    if len(text) <= width:
        return cell
    return text[: width - 1] + "…"
