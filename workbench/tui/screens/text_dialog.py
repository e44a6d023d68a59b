"""A short text asked for in a dialog: a comment, a reply, a message with a status change, a
reason to reopen, a version's label. Ctrl+S (or the button) gives the text; Esc gives None."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static, TextArea


class TextDialog(ModalScreen[str | None]):
    """`required`: an empty text is refused with `required` as the reason. `single_line`: an
    Input (Enter gives the text) instead of a text area (Enter starts a new line)."""

    BINDINGS = [
        Binding("escape", "cancel", "Avbryt", id="text.cancel"),
        # Not a priority binding: those run before the text field has taken the keys typed
        # just before, so a fast "text, Ctrl+S" would give the text without its last keys.
        Binding("ctrl+s", "done", "Klar", id="text.done"),
    ]

    def __init__(
        self,
        title: str,
        *,
        context: Text | str = "",
        placeholder: str = "",
        value: str = "",
        ok: str = "Spara",
        required: str = "",
        single_line: bool = False,
    ) -> None:
        super().__init__()
        self.dialog_title = title
        self.context = context
        self.placeholder = placeholder
        self.value = value
        self.ok = ok
        self.required = required
        self.single_line = single_line

    def compose(self) -> ComposeResult:
        with Vertical(id="text-box", classes="dialog"):
            yield Static(self.dialog_title, classes="dialog-title")
            if self.context:
                yield Static(self.context, id="text-context")
            if self.single_line:
                yield Input(self.value, placeholder=self.placeholder, id="text-input")
            else:
                yield TextArea(
                    self.value,
                    id="text-input",
                    soft_wrap=True,
                    tab_behavior="focus",
                    show_line_numbers=False,
                    placeholder=self.placeholder,
                )
            yield Static("", id="text-problem", classes="form-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Avbryt (Esc)", id="text-cancel")
                yield Button(f"{self.ok} (Ctrl+S)", id="text-done", variant="primary")

    def on_mount(self) -> None:
        field = self.query_one("#text-input")
        field.focus()
        if isinstance(field, TextArea):
            field.move_cursor(field.document.end)

    @property
    def text(self) -> str:
        field = self.query_one("#text-input")
        return field.value if isinstance(field, Input) else field.text  # type: ignore[attr-defined, union-attr, unused-ignore]

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_done()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "text-done":
            self.action_done()
        else:
            self.dismiss(None)

    def action_done(self) -> None:
        text = self.text.strip()
        if self.required and not text:
            problem = self.query_one("#text-problem", Static)
            problem.update(self.required)
            problem.display = True
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        self.dismiss(None)
