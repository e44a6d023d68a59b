"""The small questions of the Disposition: a section's number and title, and where to split."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, OptionList, Static


@dataclass
class Heading:
    number: str
    title: str


class HeadingDialog(ModalScreen[Heading | None]):
    """Number and title of a section (renaming one, or a new one)."""

    BINDINGS = [
        Binding("escape", "cancel", "Avbryt", id="heading.cancel"),
        Binding("ctrl+s", "done", "Klar", id="heading.done", priority=True),
    ]

    def __init__(self, title: str, number: str = "", heading: str = "") -> None:
        super().__init__()
        self.dialog_title = title
        self.number = number
        self.heading = heading

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog heading-dialog"):
            yield Static(self.dialog_title, classes="dialog-title")
            with Horizontal(classes="form-row"):
                yield Label("Nummer", classes="form-label")
                yield Input(self.number, placeholder="t.ex. 4.2 eller A", id="heading-number")
            with Horizontal(classes="form-row"):
                yield Label("Rubrik", classes="form-label")
                yield Input(self.heading, id="heading-title")
            yield Static("", id="heading-problem", classes="form-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Avbryt (Esc)", id="heading-cancel")
                yield Button("Klar (Enter)", id="heading-done", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#heading-title" if self.number else "#heading-number").focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_done()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "heading-done":
            self.action_done()
        else:
            self.dismiss(None)

    def action_done(self) -> None:
        number = self.query_one("#heading-number", Input).value.strip()
        title = self.query_one("#heading-title", Input).value.strip()
        if not number and not title:
            problem = self.query_one("#heading-problem", Static)
            problem.update("Ett avsnitt behöver ett nummer eller en rubrik.")
            problem.display = True
            return
        self.dismiss(Heading(number, title))

    def action_cancel(self) -> None:
        self.dismiss(None)


@dataclass
class Split:
    at: int
    number: str
    title: str
    heading_from_paragraph: bool


class SplitDialog(ModalScreen[Split | None]):
    """Where to cut a section's text, and what the new section after the cut is called."""

    BINDINGS = [
        Binding("escape", "cancel", "Avbryt", id="split.cancel"),
        Binding("ctrl+s", "done", "Dela", id="split.done", priority=True),
    ]

    def __init__(self, heading: str, paragraphs: list[str]) -> None:
        super().__init__()
        self.heading = heading
        self.paragraphs = paragraphs

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog split-dialog"):
            yield Static(f"Dela {self.heading}", classes="dialog-title")
            yield Label("Nytt avsnitt börjar vid stycket:")
            yield OptionList(
                *(
                    Text(f"{index + 1}. {' '.join(paragraph.split())[:90]}")
                    for index, paragraph in enumerate(self.paragraphs)
                ),
                id="split-at",
            )
            yield Checkbox(
                "Stycket är själva rubriken (tas bort ur texten)",
                id="split-heading",
                compact=True,
            )
            with Horizontal(classes="form-row"):
                yield Label("Nummer", classes="form-label")
                yield Input(placeholder="t.ex. 4.3", id="split-number", compact=True)
            with Horizontal(classes="form-row"):
                yield Label("Rubrik", classes="form-label")
                yield Input(id="split-title", compact=True)
            yield Static("", id="split-problem", classes="form-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Avbryt (Esc)", id="split-cancel")
                yield Button("Dela (Ctrl+S)", id="split-done", variant="primary")

    def on_mount(self) -> None:
        choice = self.query_one("#split-at", OptionList)
        choice.highlighted = min(1, len(self.paragraphs) - 1)
        choice.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.query_one("#split-number", Input).focus()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        # A missed heading: offer its text as the new section's number and title.
        index = self.query_one("#split-at", OptionList).highlighted
        if event.value and index is not None:
            number, _, title = " ".join(self.paragraphs[index].split()).partition(" ")
            if any(ch.isdigit() for ch in number) or number.rstrip(".").isalpha():
                self.query_one("#split-number", Input).value = number.rstrip(".")
                self.query_one("#split-title", Input).value = title
            else:
                self.query_one("#split-title", Input).value = f"{number} {title}".strip()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_done()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "split-done":
            self.action_done()
        else:
            self.dismiss(None)

    def action_done(self) -> None:
        index = self.query_one("#split-at", OptionList).highlighted
        from_heading = self.query_one("#split-heading", Checkbox).value
        number = self.query_one("#split-number", Input).value.strip()
        title = self.query_one("#split-title", Input).value.strip()
        problem = ""
        if index is None:
            problem = "Välj stycket där det nya avsnittet börjar."
        elif index == 0 and not from_heading:
            problem = "Det första stycket stannar i avsnittet; välj ett senare."
        elif not number and not title:
            problem = "Det nya avsnittet behöver ett nummer eller en rubrik."
        if problem:
            shown = self.query_one("#split-problem", Static)
            shown.update(problem)
            shown.display = True
            return
        assert index is not None
        self.dismiss(Split(index, number, title, from_heading))

    def action_cancel(self) -> None:
        self.dismiss(None)
