"""Granskningsrapport: the review's comments and decisions as Markdown, written to a file
chosen here. The file is written by a thread worker with a Store of its own (a Store belongs
to the thread that opened it)."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import getters, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from workbench.errors import WorkbenchError
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.export import default_folder
from workbench.tui.widgets.path_input import PathInput, expand


class ReportScreen(ModalScreen[Path | None]):
    """Dismissed with the path written (or None)."""

    app = getters.app(WorkbenchApp)

    BINDINGS = [
        Binding("escape", "close", "Stäng", id="report.close"),
        Binding("ctrl+s", "write", "Spara", id="report.write"),  # after the typed keys
    ]

    def __init__(self, response_id: int, folder: Path | None = None) -> None:
        super().__init__()
        self.response_id = response_id
        self.folder = folder
        self.written: Path | None = None

    def compose(self) -> ComposeResult:
        from workbench.usecases.export import safe_stem

        store = self.app.store
        response = store.get_response(self.response_id, with_positions=False)
        organisation = store.get_organisation(response.organisation_id).name
        remiss = store.get_remiss(response.remiss_id, with_sections=False)
        first = response.our_dnr.strip() or organisation
        name = safe_stem(f"{first} Granskningsrapport {remiss.title}") + ".md"
        path = (self.folder or default_folder()) / name
        with Vertical(id="report-box", classes="dialog"):
            yield Static(
                Text.assemble(("Granskningsrapport ", "bold"), f"{organisation} – {remiss.title}"),
                classes="dialog-title",
            )
            yield Static(
                "Kommentarerna per avsnitt med svar, besluten och versionerna, som Markdown.",
                id="report-about",
                classes="hint",
            )
            yield PathInput((".md",), value=str(path), id="report-path")
            yield Static("", id="report-result")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Stäng (Esc)", id="report-close")
                yield Button("Spara (Enter)", id="report-write", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#report-path", PathInput).focus()

    def on_input_submitted(self, event: PathInput.Submitted) -> None:
        event.stop()
        self.action_write()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "report-write":
            self.action_write()
        else:
            self.action_close()

    def action_write(self) -> None:
        path = expand(self.query_one("#report-path", PathInput).value)
        if path.suffix.lower() != ".md":
            path = path.with_name(path.name + ".md")
        store_path = self.app.store.path
        result = self.query_one("#report-result", Static)
        if store_path is None:
            result.update(Text("Rapporten kräver en databasfil.", style="bold red"))
            return
        result.update(Text(f"Skriver {path.name} …", style="italic"))
        self.query_one("#report-write", Button).disabled = True
        self.write_report(store_path, path)

    @work(thread=True, exclusive=True, group="report")
    def write_report(self, store_path: Path, path: Path) -> None:
        from workbench.usecases.review import write_report

        try:
            with self.app.store.for_worker() as store:
                written = write_report(store, self.response_id, path)
        except WorkbenchError as exc:
            self.app.call_from_thread(self._done, None, str(exc))
        else:
            self.app.call_from_thread(self._done, written, "")

    def _done(self, written: Path | None, problem: str) -> None:
        if written is not None:
            self.written = written
        if not self.is_attached:
            self.app.notify(problem or f"Granskningsrapporten sparad: {written}")
            return
        result = self.query_one("#report-result", Static)
        if written is None:
            result.update(Text(problem, style="bold red"))
        else:
            result.update(Text(f"Sparad: {written}", style="bold green"))
        self.query_one("#report-write", Button).disabled = False

    def action_close(self) -> None:
        self.dismiss(self.written)
