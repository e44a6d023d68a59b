"""Remissammanställning: the answers to one remiss as a matrix of sections by answers.

Each column is one answer (an organisation's komplettering is a column of its own); each cell
holds its mark on one section (för, delvis, emot, synpunkter, inga), and the last row each
answer's stance on the remiss as a whole; the last columns count the marks per section. Enter
on a cell reads what the organisation wrote there; the marks can be filtered by stance and by
organisation, and `d` steps through the sections with the most disagreement first. The
compilation itself is pure (`workbench.compilation.matrix`); this screen only loads it from the
store and draws it.
"""

from __future__ import annotations

import re
from pathlib import Path

from rich.text import Text
from textual import getters, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static

from workbench.compilation.matrix import (
    AGAINST,
    COMMENT,
    COUNTED_MARKS,
    FOR,
    MARK_LABELS,
    MARK_SYMBOLS,
    MARKS,
    NONE,
    PARTLY,
    SILENT,
    Column,
    Compilation,
    SectionRow,
    overall_mark,
)
from workbench.errors import WorkbenchError
from workbench.tui import navigation
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.export import default_folder
from workbench.tui.widgets.footer import WorkbenchFooter
from workbench.tui.widgets.header import WorkbenchHeader

MARK_STYLES = {
    FOR: "bold green",
    PARTLY: "bold yellow",
    AGAINST: "bold red",
    COMMENT: "bold cyan",
    NONE: "dim",
    SILENT: "dim",
}
COUNT_HEADERS = {
    FOR: "För",
    PARTLY: "Delv",
    AGAINST: "Emot",
    COMMENT: "Synp",
    NONE: "Inga",
    SILENT: "·",  # nothing said on the section: apart from "Inga" (inga synpunkter)
}
SECTION_WIDTH = 34
ORGANISATION_WIDTH = 12  # the least an organisation's column gets
CELL_PADDING = 2
WIDEST_CELL = len("• synpunkter ?")


def mark_text(mark: str, to_confirm: bool = False, narrow: bool = False) -> Text:
    """A cell: the mark's symbol and word, "?" when the import is unsure of a position.
    `narrow`: the word as the count columns shorten it ("synp"), so that the "?" stays in a
    column cut to its least width (three answers at 80 columns)."""
    if mark == SILENT:
        return Text(MARK_SYMBOLS[SILENT], style="dim")
    word = MARK_LABELS[mark].lower() if mark != NONE else "inga"
    if narrow:
        word = COUNT_HEADERS[mark].lower()
    text = Text(f"{MARK_SYMBOLS[mark]} {word}", style=MARK_STYLES[mark])
    if to_confirm:
        text.append(" ?", style="bold magenta")
    return text


def short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


_SUPPLEMENT_LABEL = re.compile(r" \(komplettering (\d+)\)$")


def column_title(label: str, width: int) -> str:
    """An answer's column header within `width`: a komplettering keeps a short word of it,
    so that it is not one more "Förvaltande…" beside its organisation's first answer."""
    found = _SUPPLEMENT_LABEL.search(label)
    if len(label) <= width or found is None:
        return short(label, width)
    suffix = " kompl." + ("" if found.group(1) == "1" else found.group(1))
    return short(label[: found.start()], width - len(suffix)) + suffix


class MatrixTable(DataTable):
    """The matrix; Enter on a cell reads it."""

    BINDINGS = [
        Binding("enter", "select_cursor", "Läs", id="compilation.read", tooltip="Läs cellens text")
    ]


class CompilationScreen(Screen):
    """The compilation of one remiss, built anew whenever the screen comes back."""

    app = getters.app(WorkbenchApp)

    HELP = (
        "Remissammanställning: avsnitt (rader) mot remissinstanser (kolumner). + för, ± delvis,"
        " − emot, • synpunkter, 0 inga synpunkter, · inget sagt; ? = inläst ställningstagande"
        " som ännu inte är bekräftat. De sista kolumnerna räknar per avsnitt. Enter läser"
        " cellens text; l (eller Enter på Helhetshållning) visar hur svaret lästes in: fil,"
        " helhetshållning och allt som inte blev ställningstaganden; där ändrar h svarets"
        " helhetshållning. t döljer (och visar igen) avsnitten som inget svar berör."
    )

    BINDINGS = [
        # The footer is full at 120 columns: Esc, as everywhere, is in the palette and help.
        Binding("escape", "back", "Tillbaka", id="compilation.back", show=False),
        Binding(
            "h", "cycle_stance", "Hållning", id="compilation.stance", tooltip="Filtrera på hållning"
        ),
        Binding(
            "o",
            "cycle_organisation",
            "Instans",
            id="compilation.organisation",
            tooltip="Filtrera på remissinstans",
        ),
        Binding(
            "d",
            "most_disagreement",
            "Oenighet",
            id="compilation.disagreement",
            tooltip="Gå till avsnittet med mest oenighet, sedan nästa",
        ),
        Binding(
            "i",
            "import_answers",
            "Läs in",
            id="compilation.import",
            tooltip="Läs in andra organisationers svar (fil eller mapp)",
        ),
        Binding(
            "b",
            "confirm_queue",
            "Bekräfta",
            id="compilation.confirm",
            tooltip="Bekräfta det som inläsningen var osäker på",
        ),
        Binding(
            "e",
            "export('docx')",
            "Word",
            id="compilation.export_docx",
            tooltip="Exportera sammanställningen som Word",
        ),
        Binding(
            "c",
            "export('csv')",
            "CSV",
            id="compilation.export_csv",
            tooltip="Exportera sammanställningen som CSV",
        ),
        Binding(
            "l",
            "reading",
            "Inläsning",
            id="compilation.reading",
            show=False,
            tooltip="Hur svaret i kolumnen lästes in, och vad som inte blev ställningstaganden",
        ),
        Binding(
            "t",
            "toggle_silent",
            "Tysta avsnitt",
            id="compilation.silent",
            show=False,
            tooltip="Visa eller dölj avsnitt som inget svar berör",
        ),
        Binding(
            "x",
            "clear_filters",
            "Rensa filter",
            id="compilation.clear",
            show=False,
            tooltip="Visa alla hållningar och instanser",
        ),
    ]

    def __init__(self, remiss_id: int, folder: Path | None = None) -> None:
        super().__init__()
        self.remiss_id = remiss_id
        self.folder = folder
        self.compilation: Compilation | None = None
        self.marks: tuple[str, ...] | None = None  # the stance filter; None: all
        self.organisation: str | None = None  # the organisation filter; None: all
        self.silent = True  # whether sections no answer speaks to are shown
        self.shown: Compilation | None = None
        self._disagreement_step = -1
        self._resumed_once = False
        self._shown_width = 0  # the screen width the matrix was last drawn for

    def compose(self) -> ComposeResult:
        yield WorkbenchHeader()
        yield Static("", id="compilation-summary")
        # The sections stay in view while the answers scroll by (five answers at 80 columns).
        yield MatrixTable(
            id="compilation-matrix", cursor_type="cell", zebra_stripes=True, fixed_columns=1
        )
        yield Static("", id="compilation-status", classes="hint")
        yield WorkbenchFooter()

    def on_mount(self) -> None:
        self.sub_title = "Remissammanställning"
        self.reload()
        self.query_one(MatrixTable).focus()

    def on_screen_resume(self) -> None:
        if self._resumed_once:
            self.reload()
        self._resumed_once = True

    def on_resize(self) -> None:
        # The answers' columns share the width: names and marks are cut to what it holds.
        if self.compilation is not None and self._shown_width != self.size.width:
            self.show()

    # Loading and drawing

    def reload(self) -> None:
        from workbench.usecases.compilation_export import load_compilation

        self.compilation = load_compilation(self.app.store, self.remiss_id)
        self.title = self.compilation.remiss.title
        if self.organisation not in self.compilation.organisations:
            self.organisation = None
        self.show()

    def show(self) -> None:
        compilation = self.compilation
        assert compilation is not None
        organisations = [self.organisation] if self.organisation else None
        self.shown = compilation.filtered(self.marks, organisations, self.silent)
        table = self.query_one(MatrixTable)
        cursor = table.cursor_coordinate
        table.clear(columns=True)
        table.add_column("Avsnitt", key="section", width=SECTION_WIDTH)
        width = self._organisation_width(self.shown.organisations)
        narrow = self._narrow(len(self.shown.organisations))
        self._shown_width = self.size.width
        for name in self.shown.organisations:
            table.add_column(column_title(name, width), key=f"org:{name}")
        for mark in COUNTED_MARKS:
            table.add_column(COUNT_HEADERS[mark], key=f"count:{mark or 'silent'}")
        for row in self.shown.rows:
            cells: list = [short(row.heading, SECTION_WIDTH)]
            for name in self.shown.organisations:
                cell = row.cells.get(name)
                to_confirm = bool(cell) and any(p.needs_review for p in cell.positions)
                cells.append(mark_text(row.mark(name), to_confirm, narrow))
            cells += [_count(row.counts[mark], mark) for mark in COUNTED_MARKS]
            table.add_row(*cells, key=_row_key(row))
        if self.shown.columns:
            # Each answer's stance on the remiss as a whole, from its summary and conclusion.
            overall = {c.organisation: c.overall for c in self.shown.columns}
            cells = [Text(short(OVERALL_TITLE, SECTION_WIDTH), style="bold")]
            cells += [
                mark_text(overall_mark(overall.get(n, "")), narrow=narrow)
                for n in self.shown.organisations
            ]
            cells += [Text("") for _ in COUNTED_MARKS]
            table.add_row(*cells, key="overall")
        if table.row_count:
            table.move_cursor(
                row=min(cursor.row, table.row_count - 1),
                column=max(1, min(cursor.column, len(self.shown.organisations))),
            )
        self._show_summary()

    def _narrow(self, answers: int) -> bool:
        """Whether the answers' marks must be short to fit beside the counts."""
        counts = len(COUNTED_MARKS) * (4 + CELL_PADDING)
        room = self.size.width - SECTION_WIDTH - CELL_PADDING - counts
        return room < answers * (WIDEST_CELL + CELL_PADDING)

    def _organisation_width(self, names: list[str]) -> int:
        """Names in full when the screen has room, else cut to share what is left."""
        if not names:
            return ORGANISATION_WIDTH
        counts = len(COUNTED_MARKS) * (4 + CELL_PADDING)
        room = self.size.width - SECTION_WIDTH - CELL_PADDING - counts - 2
        share = room // len(names) - CELL_PADDING
        return max(ORGANISATION_WIDTH, min(max(len(n) for n in names), share))

    def _show_summary(self) -> None:
        compilation = self.compilation
        assert compilation is not None
        remiss = compilation.remiss
        received = sum(1 for c in compilation.columns if c.received)
        answers = len(compilation.columns)
        organisations = len(compilation.answering_organisations)
        # A komplettering is a column of its own, not another remissinstans.
        counted = f"{organisations} remissinstans{'er' if organisations != 1 else ''}"
        if answers != organisations:
            counted += f", {answers} svar"
        if received != answers:
            counted += f" ({received} inlästa)"
        text = Text.assemble(
            (remiss.sender_dnr or "", "bold"),
            f"  {counted}, {len(compilation.rows)} avsnitt",
        )
        # What Att bekräfta holds: the positions and the answers whose sender is a guess.
        review = compilation.review_count + len(compilation.unconfirmed_senders)
        if review:
            text.append(f"  {review} att bekräfta (b)", style="bold magenta")
        filters = []
        if self.marks is not None:
            filters.append("hållning: " + ", ".join(MARK_LABELS[m].lower() for m in self.marks))
        if self.organisation:
            filters.append(f"instans: {self.organisation}")
        if not self.silent:
            filters.append("bara berörda avsnitt")
        if filters:
            text.append("  Filter: " + "; ".join(filters) + " (x rensar)", style="italic")
        if not compilation.columns:
            text.append("  Inga svar ännu: läs in svar med i.")
        self.query_one("#compilation-summary", Static).update(text)

    def status(self, message: str) -> None:
        self.query_one("#compilation-status", Static).update(message)

    # The cursor

    @property
    def current(self) -> tuple[SectionRow, str] | None:
        """The row and organisation under the cursor (when it is on an organisation's cell)."""
        shown = self.shown
        table = self.query_one(MatrixTable)
        if shown is None or not table.row_count:
            return None
        coordinate = table.cursor_coordinate
        column = coordinate.column - 1
        if not 0 <= column < len(shown.organisations) or coordinate.row >= len(shown.rows):
            return None
        return shown.rows[coordinate.row], shown.organisations[column]

    @property
    def current_column(self) -> Column | None:
        """The answer whose column the cursor is in, on any row."""
        shown = self.shown
        table = self.query_one(MatrixTable)
        if shown is None or not table.row_count:
            return None
        index = table.cursor_coordinate.column - 1
        if not 0 <= index < len(shown.organisations):
            return None
        name = shown.organisations[index]
        return next((c for c in shown.columns if c.organisation == name), None)

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        shown = self.shown
        if shown is not None and event.coordinate.row == len(shown.rows):
            self.action_reading()  # Helhetshållning: where it was read from
            return
        self.action_read()

    # Actions

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_read(self) -> None:
        current = self.current
        if current is None:
            self.status("Ställ markören på en remissinstans cell för att läsa.")
            return
        row, organisation = current
        navigation.open_cell(self.app, row, organisation)

    def action_reading(self) -> None:
        column = self.current_column
        if column is None:
            self.status("Ställ markören i en remissinstans kolumn för att se inläsningen.")
            return
        record = None
        if column.response_id is not None and column.received:
            record = self.app.store.answer_import(column.response_id)
        navigation.open_answer_reading(self.app, column, record)

    def action_cycle_stance(self) -> None:
        """Alla → för → delvis → emot → synpunkter → inga → alla."""
        order: list[tuple[str, ...] | None] = [None, *((m,) for m in MARKS)]
        index = order.index(self.marks) if self.marks in order else 0
        self.marks = order[(index + 1) % len(order)]
        self.show()

    def action_cycle_organisation(self) -> None:
        assert self.compilation is not None
        order: list[str | None] = [None, *self.compilation.organisations]
        index = order.index(self.organisation) if self.organisation in order else 0
        self.organisation = order[(index + 1) % len(order)]
        self.show()

    def action_toggle_silent(self) -> None:
        """A plan of a hundred sections, answers on fifteen: the fifteen, then all again."""
        self.silent = not self.silent
        self.show()
        if self.compilation is not None and self.shown is not None:
            hidden = len(self.compilation.rows) - len(self.shown.rows)
            self.status(
                f"{hidden} avsnitt som inget svar berör är dolda (t visar dem)."
                if not self.silent
                else "Alla avsnitt visas."
            )

    def action_clear_filters(self) -> None:
        self.marks = None
        self.organisation = None
        self.silent = True
        self.show()

    def action_most_disagreement(self) -> None:
        """The section where the organisations disagree most, then the next on each press."""
        shown = self.shown
        if shown is None or not shown.rows:
            return
        ranked = [r for r in shown.by_disagreement() if r.cells]
        if not ranked:
            return
        self._disagreement_step = (self._disagreement_step + 1) % len(ranked)
        row = ranked[self._disagreement_step]
        table = self.query_one(MatrixTable)
        index = shown.rows.index(row)
        table.move_cursor(row=index, column=max(1, table.cursor_coordinate.column))
        self.status(disagreement_status(self._disagreement_step + 1, len(ranked), row))

    def action_import_answers(self) -> None:
        navigation.open_import_answers(self.app, self.remiss_id, self.folder)

    def action_confirm_queue(self) -> None:
        navigation.open_answer_queue(self.app, self.remiss_id)

    def action_export(self, fmt: str) -> None:
        """Where to save, asked with the last folder (else Dokument) filled in: Enter saves
        there, Esc saves nothing."""
        from workbench.tui.widgets.path_input import expand

        def chosen(value: str | None) -> None:
            if not value or not value.strip():
                return
            target = expand(value)
            if target.suffix.lower() == f".{fmt}":
                out = str(target)
            else:
                self.folder = target
                out = f"{target}/"  # a folder, made if it is not there yet
            self.status(f"Exporterar {fmt} …")
            self._export(fmt, out)

        label = "Word" if fmt == "docx" else fmt.upper()
        navigation.ask_text(
            self.app,
            f"Spara sammanställningen som {label}",
            chosen,
            context="Mapp (eller fil) att spara i:",
            value=str(self.folder or default_folder()),
            ok="Spara",
            single_line=True,
        )

    @work(thread=True, exclusive=True, group="compilation-export")
    def _export(self, fmt: str, folder: Path | str) -> None:
        # A Store belongs to the thread that opened it: the worker has its own.
        from workbench.usecases.compilation_export import export_compilation

        try:
            with self.app.store.for_worker() as store:
                path = export_compilation(store, self.remiss_id, fmt, folder)
        except WorkbenchError as exc:
            self.app.call_from_thread(self.status, f"Fel: {exc}")
            return
        self.app.call_from_thread(self.status, f"Sparad: {path}")
        self.app.call_from_thread(self.app.notify, str(path), title="Sammanställning sparad")


OVERALL_TITLE = "Helhetshållning"


def disagreement_status(step: int, count: int, row: SectionRow) -> str:
    """What `d` says of the section it went to. Past the sections where the answers split,
    the order is by opposition, then comments: it says so rather than call two answers that
    both say emot an "Oenighet"."""
    what = "Oenighet" if row.disagreement > 0 else "Ingen oenighet; flest invändningar"
    return (
        f"{what} {step}/{count}: {row.heading}"
        f" (för {row.counts[FOR]}, delvis {row.counts[PARTLY]}, emot {row.counts[AGAINST]},"
        f" synpunkter {row.counts[COMMENT]})"
    )


def _count(value: int, mark: str) -> Text:
    return Text(str(value), style=MARK_STYLES[mark] if value else "dim", justify="right")


def _row_key(row: SectionRow) -> str:
    # By id: a remiss's numbers repeat ("6.3" twice in a plan) and its unnumbered sections
    # ("DETALJPLAN", "PLANPROGRAM") all have "".
    return f"section:{row.section.id}" if row.section is not None else "general"


class CellScreen(ModalScreen[None]):
    """One organisation's positions on one section, in its own words."""

    BINDINGS = [Binding("escape,enter,q", "close", "Stäng", id="compilation_cell.close")]

    def __init__(self, row: SectionRow, organisation: str) -> None:
        super().__init__()
        self.row = row
        self.organisation = organisation

    def compose(self) -> ComposeResult:
        cell = self.row.cells.get(self.organisation)
        mark = cell.mark if cell else SILENT
        with Vertical(id="compilation-cell", classes="dialog"):
            yield Static(
                Text.assemble(
                    (self.row.heading, "bold"),
                    "\n",
                    (self.organisation, "bold"),
                    "  ",
                    mark_text(mark),
                ),
                id="compilation-cell-title",
            )
            with VerticalScroll(id="compilation-cell-text"):
                if cell is None:
                    yield Static("Inget ställningstagande till avsnittet.", classes="muted")
                    return
                for position in cell.positions:
                    head = Text(position.stance_label, style=MARK_STYLES[position.mark])
                    if position.needs_review:
                        head.append(f"  · att bekräfta: {position.review_note}", style="magenta")
                    yield Static(head, classes="compilation-cell-stance")
                    yield Static(
                        _quoted(position.lead, position.reads), classes="compilation-quote"
                    )
            yield WorkbenchFooter()

    def action_close(self) -> None:
        self.dismiss(None)


def _quoted(lead: str, reads: str) -> Text:
    """The organisation's words, the lead in italics as in the document."""
    if lead and reads.startswith(lead):
        return Text.assemble((lead, "italic"), reads[len(lead) :])
    return Text(reads)
