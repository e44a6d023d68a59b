"""Exportera: choose kinds and formats, a folder, see what is missing, write the files.

The preflight list shows what a registrator would miss before sending (unanswered sections,
our dnr, signatory, deciding body, reply-by passed) without stopping the export. The files are
written by a thread worker with a Store of its own (a Store belongs to the thread that opened
it); progress and the result come back through `call_from_thread`.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import getters, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, ProgressBar, Static

from workbench.core.model import Kind
from workbench.errors import WorkbenchError
from workbench.tui.app import WorkbenchApp
from workbench.tui.widgets.footer import WorkbenchFooter

FORMAT_CHOICES = (
    ("docx", "Word (.docx)"),
    ("pdf", "PDF"),
    ("md", "Markdown"),
    ("json", "JSON (för sammanställning)"),
)


def default_folder() -> Path:
    """The user's Documents folder when there is one, else the current folder."""
    try:
        import platformdirs

        documents = Path(platformdirs.user_documents_dir())
    except Exception:
        documents = None
    if documents is not None and documents.is_dir():
        return documents
    return Path.cwd()


CHOICE_GAP = 2  # cells between two columns of choices (the grid's gutter in app.tcss)


class ChoiceRow(Container):
    """Checkboxes side by side, in as many columns as its width holds each whole: four on a
    wide dialog, two (or one) at 80 or 100 columns, where one row would cut the last choice."""

    def on_resize(self) -> None:
        widths = [child.outer_size.width for child in self.children if child.display]
        if not widths or not all(widths):
            return
        room = self.content_size.width
        # Even columns only (four choices: 4, 2 or 1), so no row is left with a lone one.
        fitting = [
            count
            for count in range(len(widths), 0, -1)
            if len(widths) % count == 0 and _row_width(widths, count) <= room
        ]
        columns = fitting[0] if fitting else 1
        if self.styles.grid_size_columns != columns:
            self.styles.grid_size_columns = columns


def _row_width(widths: list[int], columns: int) -> int:
    """The width `widths` take laid out in `columns` columns, each as wide as its widest."""
    column_widths = [max(widths[i::columns]) for i in range(columns)]
    return sum(column_widths) + CHOICE_GAP * (columns - 1)


class ExportScreen(ModalScreen[list[Path] | None]):
    """Export one response; dismissed with the paths written (or None)."""

    app = getters.app(WorkbenchApp)

    BINDINGS = [
        Binding("escape", "close", "Stäng", id="export.close"),
        Binding("ctrl+s", "export", "Exportera", id="export.run"),
    ]

    def __init__(self, response_id: int, folder: Path | None = None) -> None:
        super().__init__()
        self.response_id = response_id
        self.folder = folder or default_folder()
        self.written: list[Path] = []

    def compose(self) -> ComposeResult:
        from workbench.document.pdf import soffice

        store = self.app.store
        response = store.get_response(self.response_id)
        organisation = store.get_organisation(response.organisation_id)
        remiss = store.get_remiss(response.remiss_id, with_sections=False)
        has_soffice = soffice() is not None
        with Vertical(id="export-box"):
            yield Static(
                Text.assemble(("Exportera ", "bold"), f"{organisation.name} – {remiss.title}"),
                id="export-title",
            )
            # The choices and the check list scroll; the buttons stay on screen (80×24).
            body = VerticalScroll(id="export-body")
            with body:
                yield from self._choices(response, has_soffice)
            with Horizontal(id="export-buttons"):
                yield Button("Exportera", id="export-run", variant="primary")
                yield Button("Stäng", id="export-close")
        yield WorkbenchFooter()

    def _choices(self, response, has_soffice: bool) -> ComposeResult:
        # What to check before sending comes first: on a small terminal the choices (ticked
        # already) scroll below it, never the check list (issue 15, 80×24).
        yield Static(id="export-preflight")
        yield Static(id="export-language")
        yield Label("Dokumenttyper", classes="export-label")
        with ChoiceRow(classes="export-choices"):
            for kind in Kind:
                yield Checkbox(
                    kind.label,
                    value=kind == response.kind,
                    id=f"export-kind-{kind.value}",
                    compact=True,
                )
        yield Label("Format", classes="export-label")
        with ChoiceRow(classes="export-choices"):
            for fmt, label in FORMAT_CHOICES:
                disabled = fmt == "pdf" and not has_soffice
                yield Checkbox(
                    f"{label} (kräver LibreOffice)" if disabled else label,
                    value=fmt == "docx" or (fmt == "pdf" and has_soffice),
                    disabled=disabled,
                    id=f"export-format-{fmt}",
                    compact=True,
                )
        yield Label("Mapp", classes="export-label")
        yield Input(str(self.folder), id="export-folder")
        yield ProgressBar(id="export-progress", show_eta=False)
        yield Static(id="export-result")

    def on_resize(self) -> None:
        # Title, buttons, border and footer take about ten rows; the body gets the rest.
        self.query_one("#export-body").styles.max_height = max(4, self.size.height - 10)

    def on_mount(self) -> None:
        from workbench.usecases.export import case_preflight

        notes = case_preflight(self.app.store, self.response_id, self.app.today())
        preflight = Text("Att kontrollera före utskick:\n", style="bold")
        if notes:
            preflight.append("\n".join(f"• {note}" for note in notes), style="")
        else:
            preflight.append("Inget saknas.", style="green")
        self.query_one("#export-preflight", Static).update(preflight)
        self.query_one("#export-progress", ProgressBar).display = False
        self.query_one("#export-run", Button).focus()
        self._start_language_count()

    # Språkgranskning: counted in a worker (the dictionary may still have to load); never blocks

    def _start_language_count(self) -> None:
        shown = self.query_one("#export-language", Static)
        if self.app.store.path is None:
            shown.display = False
            return
        shown.update(Text("• Språkgranskning: granskar …", style="italic"))
        self.count_language()

    @work(thread=True, exclusive=True, group="export-language")
    def count_language(self) -> None:
        from workbench.usecases.language import check

        try:
            with self.app.store.for_worker() as store:
                report = check(store, self.response_id)
        except WorkbenchError:
            return
        self.app.call_from_thread(self._show_language_count, report)

    def _show_language_count(self, report) -> None:
        if not self.is_attached:
            return
        from workbench.language.findings import KIND_LABELS

        text = Text("• Språkgranskning: ")
        if not report.findings:
            text.append("inga anmärkningar", style="green")
        else:
            counts: dict[str, int] = {}
            for finding in report.findings:
                counts[finding.kind] = counts.get(finding.kind, 0) + 1
            text.append(f"{len(report.findings)} anmärkningar", style="yellow")
            text.append(
                " (" + ", ".join(f"{KIND_LABELS[k].lower()} {n}" for k, n in counts.items()) + ")"
            )
            text.append(" – Alt+L i arbetsytan visar dem", style="dim")
        if report.dictionary_missing:
            text.append("\n  " + report.dictionary_missing, style="dim")
        self.query_one("#export-language", Static).update(text)

    # Choices

    def chosen_items(self):
        from workbench.usecases.export import ExportItem

        kinds = [k for k in Kind if self.query_one(f"#export-kind-{k.value}", Checkbox).value]
        formats = [
            fmt
            for fmt, _ in FORMAT_CHOICES
            if self.query_one(f"#export-format-{fmt}", Checkbox).value
        ]
        return [ExportItem(kind, fmt) for kind in kinds for fmt in formats]

    # Actions

    @on(Button.Pressed, "#export-run")
    @on(Input.Submitted, "#export-folder")
    def action_export(self) -> None:
        items = self.chosen_items()
        result = self.query_one("#export-result", Static)
        if not items:
            result.update(Text("Välj minst en dokumenttyp och ett format.", style="bold red"))
            return
        folder = Path(self.query_one("#export-folder", Input).value.strip() or ".").expanduser()
        if not folder.is_dir():
            result.update(Text(f"Mappen {folder} finns inte.", style="bold red"))
            return
        if self.app.store.path is None:
            result.update(Text("Exporten kräver en databasfil.", style="bold red"))
            return
        progress = self.query_one("#export-progress", ProgressBar)
        progress.update(total=len(items), progress=0)
        progress.display = True
        result.update(Text(f"Exporterar {len(items)} filer …", style="italic"))
        self.query_one("#export-run", Button).disabled = True
        self.run_export(items, folder, self.app.store.path)

    @on(Button.Pressed, "#export-close")
    def action_close(self) -> None:
        self.dismiss(self.written or None)

    # The worker

    @work(thread=True, exclusive=True, group="export")
    def run_export(self, items, folder: Path, db_path: Path) -> None:
        from workbench.usecases.export import export_many

        try:
            with self.app.store.for_worker() as store:
                written = export_many(
                    store,
                    self.response_id,
                    items,
                    folder,
                    today=self.app.today(),
                    progress=lambda done, total, path: self.app.call_from_thread(
                        self._progress, done, path
                    ),
                )
        except WorkbenchError as exc:
            self.app.call_from_thread(self._failed, str(exc))
        else:
            self.app.call_from_thread(self._done, written)

    def _progress(self, done: int, path: Path) -> None:
        if not self.is_attached:  # closed while the worker wrote
            return
        self.query_one("#export-progress", ProgressBar).update(progress=done)
        self.query_one("#export-result", Static).update(Text(f"Skrev {path.name}", style="italic"))
        self._show_result()

    def _show_result(self) -> None:
        # The result is the body's last line: on a small terminal scroll down to it.
        result = self.query_one("#export-result", Static)
        self.call_after_refresh(result.scroll_visible, animate=False)

    def _done(self, written: list[Path]) -> None:
        self.written = written
        if not self.is_attached:
            self.app.notify(f"Exporten är klar: {files_saved(len(written))}.")
            return
        text = Text(f"Klart: {files_saved(len(written))}", style="bold green")
        for path in written:
            text.append(f"\n{path}", style="")
        self.query_one("#export-result", Static).update(text)
        self.query_one("#export-run", Button).disabled = False
        self.query_one("#export-close", Button).focus()
        self._show_result()

    def _failed(self, message: str) -> None:
        if not self.is_attached:
            self.app.notify(message, severity="error")
            return
        self.query_one("#export-result", Static).update(Text(message, style="bold red"))
        self._show_result()
        self.query_one("#export-progress", ProgressBar).display = False
        self.query_one("#export-run", Button).disabled = False


def files_saved(count: int) -> str:
    """ "1 fil sparad", "4 filer sparade"."""
    return "1 fil sparad" if count == 1 else f"{count} filer sparade"
