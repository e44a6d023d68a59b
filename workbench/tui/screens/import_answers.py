"""Läs in svar: other organisations' answers to the remiss, one file or a whole folder.

The files are read and stored by a thread worker with a Store of its own; a file that cannot
be read stops the batch with nothing written (`workbench.usecases.answer_import`). An
organisation the import is unsure of is stored as guessed and put in the Att bekräfta queue.
"""

from __future__ import annotations

from pathlib import Path

from textual import getters, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static
from textual.worker import Worker, WorkerState, get_current_worker

from workbench.errors import WorkbenchError
from workbench.tui.app import WorkbenchApp
from workbench.tui.widgets.footer import WorkbenchFooter
from workbench.tui.widgets.path_input import PathInput, expand

SUFFIXES = (".docx", ".pdf", ".txt", ".md")


def answer_paths(path: Path) -> list[Path]:
    """The file, or every answer file directly in the folder, by name."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
    return [path]


class ImportAnswersScreen(ModalScreen[int | None]):
    """Dismissed with how many answers were read in, or None."""

    app = getters.app(WorkbenchApp)

    BINDINGS = [
        Binding("escape", "cancel", "Avbryt", id="import_answers.cancel"),
        Binding("ctrl+s", "run", "Läs in", id="import_answers.run", priority=True),
    ]

    def __init__(self, remiss_id: int, start: Path | None = None) -> None:
        super().__init__()
        self.remiss_id = remiss_id
        self.start = start or Path.cwd()

    def compose(self) -> ComposeResult:
        with Vertical(id="import-answers-box", classes="dialog"):
            yield Static("Läs in svar på remissen", classes="dialog-title")
            yield Label(
                "Fil eller mapp (Word, PDF, text, Markdown) – Tab kompletterar",
                id="import-answers-label",
            )
            yield PathInput(
                SUFFIXES,
                value=str(self.start).rstrip("/") + "/",
                id="import-answers-path",
                compact=True,
            )
            with Horizontal(classes="form-row"):
                yield Label("Organisation", classes="form-label")
                yield Input(
                    placeholder="tom: läses ur svaret", id="import-answers-org", compact=True
                )
            yield Static("", id="import-answers-status")
            yield WorkbenchFooter()

    def on_mount(self) -> None:
        path = self.query_one("#import-answers-path", PathInput)
        path.focus()
        path.cursor_position = len(path.value)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.status("")  # what was said of the path before no longer holds

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_run()

    def action_cancel(self) -> None:
        if any(w.is_running for w in self.workers if w.group == "import-answers"):
            # Said at once: the worker only notices once the files are read.
            self.app.notify(
                "Inläsningen avbryts när filerna är lästa; inget sparas.", title="Läs in svar"
            )
        self.dismiss(None)

    def action_run(self) -> None:
        path = expand(self.query_one("#import-answers-path", PathInput).value)
        paths = answer_paths(path)
        if not paths:
            self.status("Mappen har inga svar att läsa in (.docx, .pdf, .txt, .md).")
            return
        organisation = self.query_one("#import-answers-org", Input).value.strip() or None
        self.status(f"Läser in {len(paths)} svar …")
        self.run_import(paths, organisation, folder=path.is_dir())

    def status(self, message: str) -> None:
        self.query_one("#import-answers-status", Static).update(message)

    @work(thread=True, exclusive=True, group="import-answers")
    def run_import(
        self, paths: list[Path], organisation: str | None, folder: bool = False
    ) -> int | None:
        """The number of answers read in (None: nothing written). The screen closes once the
        worker has ended (on_worker_state_changed): closed from inside it, the screen would
        cancel its own worker, and one awaiting it would see it cancelled."""
        from workbench.usecases.answer_import import (
            AlreadyImported,
            ImportCancelled,
            SenderUnknown,
            already_read_in,
            import_answers,
        )

        worker = get_current_worker()
        skipped: list[Path] = []
        # In a folder, a file that is no answer (the compilation exported beside the answers,
        # the remiss itself) is left out and named; picked alone, it is refused.
        not_answers: list[tuple[Path, str]] | None = [] if folder else None
        try:
            with self.app.store.for_worker() as store:
                if folder:
                    # The folder the answers arrive in is read in again as more come: the
                    # ones read in before are left, not a reason to refuse the new ones.
                    skipped = already_read_in(store, self.remiss_id, paths)
                    paths = [p for p in paths if p not in skipped]
                    if not paths:
                        self.app.call_from_thread(
                            self.status, f"Alla {len(skipped)} svar i mappen är redan inlästa."
                        )
                        return None
                results = import_answers(
                    store,
                    self.remiss_id,
                    paths,
                    organisation,
                    unsure="queue",
                    # Esc closes the dialog and cancels this worker; reading cannot be cut
                    # short, but nothing is written after it (a large file reads for minutes).
                    stop=lambda: worker.is_cancelled,
                    not_answers=not_answers,
                )
        except ImportCancelled:
            return None  # Esc said so when it closed the dialog
        except WorkbenchError as exc:
            said = str(exc)
            if isinstance(exc, AlreadyImported):  # nor is "--again"
                said = (
                    f"{exc.file_name} är redan inläst på remissen; ta bort det svaret i"
                    " Ärenden (d) för att läsa in filen igen."
                )
            if isinstance(exc, SenderUnknown):  # the command line's "--org" is no help here
                said = (
                    f"Organisationen bakom {exc.file_name} kunde inte avgöras; läs in filen"
                    " med organisationen skriven i fältet Organisation."
                )
            # One file that cannot be read stops the batch: say that the others wait too.
            nothing = f"Inget av de {len(paths)} svaren lästes in. " if len(paths) > 1 else ""
            self.app.call_from_thread(self.status, f"Fel: {nothing}{said}")
            return None
        if not_answers:
            left = "; ".join(why for _, why in not_answers)
            self.app.call_from_thread(
                self.app.notify,
                f"{len(not_answers)} fil{'er' if len(not_answers) != 1 else ''} i mappen"
                f" lästes inte in: {left}",
                title="Inga svar",
                severity="warning",
            )
            if not results:
                self.app.call_from_thread(self.status, "Mappen har inga svar att läsa in.")
                return None
        to_confirm = sum(r.to_review for r in results) + sum(
            1 for r in results if not r.organisation_confirmed
        )
        read_in = "inläst" if len(results) == 1 else "inlästa"
        message = f"{len(results)} svar {read_in}; {to_confirm} att bekräfta (b)."
        if skipped:
            message += f" {len(skipped)} redan inlästa lämnades."
        self.app.call_from_thread(self.app.notify, message, title="Svar inlästa")
        warned = [r for r in results if r.warnings]
        if warned:
            first = warned[0]
            more = (
                f" (och {len(warned) - 1} svar till; l i sammanställningen)" if warned[1:] else ""
            )
            self.app.call_from_thread(
                self.app.notify,
                f"{first.path.name}: {first.warnings[0]}{more}",
                title="Kontrollera",
                severity="warning",
                timeout=15,
            )
        return len(results)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        done = worker.name == "run_import" and event.state == WorkerState.SUCCESS
        if done and worker.result is not None:
            self.dismiss(worker.result)
