"""Inläsning: how one received answer was read, opened from the compilation (`l`).

The file it came from and how it was read, the organisation as guessed and whether it is
confirmed, the answer's stance as a whole with the passage it was read from, what the file
itself carried (tracked changes, comments, a placeholder for the sender), and every paragraph
that was not taken as a position with the reason: nothing of the answer is dropped unseen.
The officer sets the stance as a whole here (`h`) where the reading got it wrong.
"""

from __future__ import annotations

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.widgets.option_list import Option

from workbench.compilation.matrix import MARK_LABELS, NONE, SILENT, Column, overall_mark
from workbench.core.model import OVERALL_SET_FLAG, SUPPLEMENT_FLAG, AnswerImport
from workbench.core.stances import OVERALL_CLASSES
from workbench.errors import WorkbenchError
from workbench.tui import navigation
from workbench.tui.app import WorkbenchApp
from workbench.tui.widgets.footer import WorkbenchFooter

# What a file carried, in the officer's words.
FLAG_LABELS = {
    "tracked_changes": "spårade ändringar (texten är läst med ändringarna godkända)",
    "comments": "kommentarer i marginalen (inte lästa som svarets text)",
    "placeholder": "avsändaren står i hakparentes, som en mall (kontrollera organisationen)",
}
# flags said elsewhere: in a warning, or in the line on the komplettering
SAID_IN_WARNINGS = {"other_remiss", "referred_document", SUPPLEMENT_FLAG, OVERALL_SET_FLAG}
METHODS = {"text": "ur svarets text", "sidecar": "ur exportens JSON-bilaga"}


def reading_lines(column: Column, record: AnswerImport | None) -> list[Text]:
    """The account of one answer's reading, line by line (pure, for the screen and tests)."""
    if record is None:
        state = "inläst" if column.received else "eget utkast, inte inläst ur en fil"
        return [Text(f"{column.organisation}: {state}.", style="italic")]
    lines = [
        Text.assemble(("Fil: ", "bold"), record.source_name or "–", f" ({_method(record)})"),
        Text.assemble(("Organisation: ", "bold"), _organisation(column, record)),
    ]
    line = Text.assemble(("Helhetshållning: ", "bold"), _whole(record.overall_stance))
    if OVERALL_SET_FLAG in record.flags:
        line.append(" (satt av handläggaren)", style="italic")
    elif record.overall_basis:
        line.append(f" – ”{record.overall_basis}”", style="italic")
    lines.append(line)
    if column.supplements is not None:
        # Where the compilation puts it (beside the answer it completes), not where the import
        # found it first: a komplettering read in before the answer it completes is one.
        lines.append(
            Text(
                f"Komplettering till ett tidigare svar från {column.organisation_name}.",
                style="italic",
            )
        )
    for flag in (f for f in record.flags if f not in SAID_IN_WARNINGS):
        lines.append(Text.assemble(("Filen har ", "bold"), FLAG_LABELS.get(flag, flag)))
    lines += [Text(warning, style="yellow") for warning in record.warnings]
    lines.append(Text(""))
    lines.append(Text(f"Inte lästa som ställningstaganden ({len(record.skipped)})", style="bold"))
    if not record.skipped:
        lines.append(Text("Allt i svaret blev ställningstaganden.", style="dim"))
    lines += [_skipped(item) for item in record.skipped]
    return lines


def _whole(stance_class: str) -> str:
    mark = overall_mark(stance_class)
    if mark == SILENT:
        return "inte avläst"
    return "inga synpunkter" if mark == NONE else MARK_LABELS[mark].lower()


def _method(record: AnswerImport) -> str:
    return METHODS.get(record.method, record.method)


def _organisation(column: Column, record: AnswerImport) -> str:
    name = column.organisation_name or column.organisation
    if record.organisation_confirmed:
        return f"{name} (bekräftad)"
    share = round(record.organisation_confidence * 100)
    return f"{name} (gissad ur svaret, {share} % säker; bekräfta med b)"


def _skipped(item: dict) -> Text:
    return Text.assemble((f"{item.get('reason', '')}: ", "dim"), str(item.get("text", "")))


class AnswerReadingScreen(ModalScreen[None]):
    """One answer's reading, to read and close; its stance as a whole set by the officer."""

    app = getters.app(WorkbenchApp)

    BINDINGS = [
        Binding("escape,enter,q", "close", "Stäng", id="answer_reading.close"),
        Binding(
            "h",
            "set_overall",
            "Helhetshållning",
            id="answer_reading.overall",
            tooltip="Ändra svarets helhetshållning",
        ),
    ]

    def __init__(self, column: Column, record: AnswerImport | None) -> None:
        super().__init__()
        self.column = column
        self.record = record

    def compose(self) -> ComposeResult:
        with Vertical(id="answer-reading", classes="dialog"):
            yield Static(f"Inläsning: {self.column.organisation}", classes="dialog-title")
            with VerticalScroll(id="answer-reading-text"):
                for line in reading_lines(self.column, self.record):
                    yield Static(line)
            yield WorkbenchFooter()

    def on_mount(self) -> None:
        self.query_one("#answer-reading-text", VerticalScroll).focus()  # arrows scroll it

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "set_overall":
            return self.record is not None  # an own draft's is counted from its positions
        return True

    def action_set_overall(self) -> None:
        record = self.record
        if record is None:
            return
        options = [Option(_whole(stance).capitalize(), id=stance) for stance in OVERALL_CLASSES]

        def chosen(value: str | None) -> None:
            if value is None:
                return
            try:
                self.record = self.app.store.set_overall(record.response_id, value)
            except WorkbenchError as exc:
                self.notify(str(exc), severity="error")
                return
            self._show()

        navigation.choose(self.app, "Helhetshållning", options, chosen, record.overall_stance)

    def _show(self) -> None:
        text = self.query_one("#answer-reading-text", VerticalScroll)
        text.remove_children()
        text.mount_all(Static(line) for line in reading_lines(self.column, self.record))

    def action_close(self) -> None:
        self.dismiss(None)
