"""Importera remiss: a file path (completed as you type), the file read in a thread worker with
a progress bar, then what was read shown for confirmation: title, sender, their dnr and the
reply-by date (guessed from the file, never trusted silently), which part of the file to take,
the import's warnings and the section tree. Saving stores the remiss; the Disposition opens
next for the corrections the import could not know.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import getters, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, ProgressBar, Select, Static
from textual.worker import get_current_worker

from workbench.core.model import Remiss
from workbench.document.case_fields import check_date
from workbench.errors import WorkbenchError
from workbench.tui.app import WorkbenchApp
from workbench.tui.widgets.path_input import PathInput, expand

# What the import reads (workbench.ingest.SUFFIXES), named here so that the dialog can be
# drawn without importing the readers.
SUFFIXES = (".pdf", ".docx", ".txt", ".text", ".md", ".markdown")


class ImportScreen(ModalScreen[int | None]):
    """Dismissed with the new remiss's id, or None."""

    app = getters.app(WorkbenchApp)

    BINDINGS = [
        Binding("escape", "cancel", "Avbryt", id="import.cancel"),
        Binding("ctrl+s", "save", "Spara remissen", id="import.save", priority=True),
    ]

    def __init__(self, start: Path | None = None) -> None:
        super().__init__()
        self.start = start
        self.parsed = None
        self.path: Path | None = None
        self.confirmed_duplicate: tuple[str, str, str] | None = None  # saved on a second Ctrl+S

    def compose(self) -> ComposeResult:
        start = str(self.start or Path.cwd())
        with Vertical(id="import-box", classes="dialog"):
            yield Static("Importera remiss", classes="dialog-title")
            yield Label("Fil (PDF, Word, text, Markdown) – Tab kompletterar")
            yield PathInput(SUFFIXES, value=start.rstrip("/") + "/", id="import-path", compact=True)
            with Horizontal(id="import-reading"):
                yield ProgressBar(total=None, show_eta=False, show_percentage=False)
                yield Static("Läser remissen …", id="import-reading-label")
            yield Static("", id="import-problem", classes="form-error")
            with Vertical(id="import-result"):
                for name, label, hint in (
                    ("title", "Titel", ""),
                    ("sender", "Avsändare", "t.ex. Region Stockholm"),
                    ("sender_dnr", "Avsändarens dnr", "t.ex. RS 2019-0751"),
                    ("reply_by", "Svara senast", "ÅÅÅÅ-MM-DD"),
                ):
                    with Horizontal(classes="form-row"):
                        yield Label(label, classes="form-label")
                        yield Input(placeholder=hint, id=f"import-{name}", compact=True)
                with Horizontal(classes="form-row", id="import-part-row"):
                    yield Label("Del av filen", classes="form-label")
                    yield Select([("1", 0)], allow_blank=False, id="import-part", compact=True)
                # The warnings scroll with the outline: above it on their own, at 80×24 they
                # pushed the outline out of the dialog.
                with VerticalScroll(id="import-outline"):
                    yield Static("", id="import-warnings")
                    yield Static("", id="import-sections")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Avbryt (Esc)", id="import-cancel")
                yield Button("Läs (Enter)", id="import-read", variant="primary")
                yield Button("Spara (Ctrl+S)", id="import-save", variant="success")

    def on_mount(self) -> None:
        self._show_state("choose")
        path = self.query_one("#import-path", PathInput)
        path.focus()
        path.cursor_position = len(path.value)

    def _show_state(self, state: str) -> None:
        """choose: only the path; reading: the progress bar; read: the result to confirm."""
        self.query_one("#import-reading").display = state == "reading"
        self.query_one("#import-result").display = state == "read"
        self.query_one("#import-box").set_class(state == "read", "-read")
        self.query_one("#import-save", Button).display = state == "read"
        self.query_one("#import-read", Button).disabled = state == "reading"

    def _problem(self, message: str) -> None:
        problem = self.query_one("#import-problem", Static)
        problem.update(message)
        problem.display = bool(message)

    # Reading

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "import-path":
            self.action_read()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "import-read":
            self.action_read()
        elif event.button.id == "import-save":
            self.action_save()
        else:
            self.dismiss(None)

    def action_read(self, part: int | None = None) -> None:
        path = expand(self.query_one("#import-path", PathInput).value)
        if path.is_dir():
            self._problem("Välj en fil, inte en mapp (Tab kompletterar namnet).")
            return
        self._problem("")
        self.path = path
        self._show_state("reading")
        self.read(path, part)

    @work(thread=True, exclusive=True, group="import")
    def read(self, path: Path, part: int | None) -> None:
        """Read the file in a thread; the readers (pypdfium2, python-docx) load only now."""
        from workbench.ingest import max_import_bytes, read_remiss

        worker = get_current_worker()
        try:
            parsed = read_remiss(path, part=part, max_bytes=max_import_bytes())
        except WorkbenchError as exc:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._failed, str(exc))
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._read, parsed)

    def _failed(self, message: str) -> None:
        self._show_state("choose")
        self._problem(message)
        self.query_one("#import-path", PathInput).focus()

    def _read(self, parsed) -> None:
        first_read = self.parsed is None
        self.parsed = parsed
        guesses = parsed.guesses
        if first_read:
            assert self.path is not None
            values = {
                "title": guesses.title or self.path.stem,
                "sender": guesses.sender or "",
                "sender_dnr": guesses.sender_dnr or "",
                "reply_by": guesses.reply_by.isoformat() if guesses.reply_by else "",
            }
            for name, value in values.items():
                self.query_one(f"#import-{name}", Input).value = value
        parts = self.query_one("#import-part", Select)
        with parts.prevent(Select.Changed):
            parts.set_options(
                # Numbered from 0, as the import itself (its warnings, `--part`) numbers them.
                (f"{index}: {part.span} ({part.sections} avsnitt){_titled(part)}", index)
                for index, part in enumerate(parsed.parts)
            )
            if parsed.parts:
                parts.value = parsed.part
        self.query_one("#import-part-row").display = len(parsed.parts) > 1
        warnings = self.query_one("#import-warnings", Static)
        warnings.update(
            Text("\n".join(f"• {w}" for w in parsed.warnings), style="yellow")
            if parsed.warnings
            else ""
        )
        warnings.display = bool(parsed.warnings)
        self.query_one("#import-sections", Static).update(
            _outline_text(parsed.sections, parsed.coverage)
        )
        self._show_state("read")
        if first_read:
            self.query_one("#import-title", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        chosen = event.value
        if event.select.id != "import-part" or not isinstance(chosen, int) or not self.parsed:
            return
        if chosen != self.parsed.part:
            self.action_read(part=chosen)

    # Saving

    def action_save(self) -> None:
        if self.parsed is None or self.path is None:
            self.action_read()
            return
        values = {
            name: self.query_one(f"#import-{name}", Input).value.strip()
            for name in ("title", "sender", "sender_dnr", "reply_by")
        }
        if not values["title"]:
            self._problem("Remissen behöver en titel.")
            self.query_one("#import-title", Input).focus()
            return
        problem = check_date(values["reply_by"])
        if problem:
            self._problem(f"Svara senast: {problem}")
            self.query_one("#import-reply_by", Input).focus()
            return
        if not self.parsed.sections:
            self._problem("Filen gav inga avsnitt att svara på.")
            return
        key = (self.parsed.source_sha256, values["sender_dnr"], values["title"])
        if key != self.confirmed_duplicate:
            same = self.app.store.duplicates_of(*key)
            if same:
                self.confirmed_duplicate = key
                self._problem(
                    f"Remissen finns redan: {_described(same)}. Tryck Ctrl+S igen för att"
                    " importera den ändå, Esc för att avbryta."
                )
                return
        try:
            remiss = self.app.store.add_remiss(
                Remiss(
                    title=values["title"],
                    sender=values["sender"],
                    sender_dnr=values["sender_dnr"],
                    reply_by=values["reply_by"] or None,
                    source_name=self.parsed.source_name,
                    source_sha256=self.parsed.source_sha256,
                    sections=self.parsed.sections,
                )
            )
        except WorkbenchError as exc:
            self._problem(str(exc))
            return
        self.dismiss(remiss.id)

    def action_cancel(self) -> None:
        self.workers.cancel_group(self, "import")
        self.dismiss(None)


def _titled(part) -> str:
    return f" – {part.title}" if getattr(part, "title", "") else ""


def _described(remisses) -> str:
    return ", ".join(f"nr {r.id} ”{r.title}”" for r in remisses)


def _outline_text(sections, coverage=None) -> Text:
    text = Text()
    text.append(f"{len(sections)} avsnitt", style="bold")
    if coverage is not None and coverage.extracted:
        text.append(f"  {coverage.summary()}", style="dim")
    text.append("\n")
    for section in sections:
        text.append("  " * (section.level - 1) + section.heading + "\n")
    return text
