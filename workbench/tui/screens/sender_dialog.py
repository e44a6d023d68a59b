"""Avsändare: the officer names the organisation a received answer is filed under, the
guess or another. The field holds the guess; the store's organisations are suggested as the
officer types (the rest of the first greyed, → takes it) and listed below (↓ goes to the
list, Enter there takes the organisation by its very name). Enter gives the name as
written; Esc leaves the answer waiting in the queue. The line under the field says what the
name will do: join an organisation the store holds (the very name, whatever its case) or
make a new one; a name merely like a known one ("Huddinge kommunn") is a new one, and the
known ones it is like are named so that the officer sees it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from workbench.tui.widgets.footer import WorkbenchFooter

LISTED = 50  # organisations listed at most under the field


def known_as(name: str, organisations: list[str]) -> str | None:
    """The organisation the store holds under `name` (its names are one whatever their
    case, spaces run together), or None."""
    wanted = " ".join(name.split()).casefold()
    return next((org for org in organisations if org.casefold() == wanted), None)


def matching(typed: str, organisations: list[str]) -> list[str]:
    """The organisations whose name holds every word typed (as the start of one of its
    words), in the store's order; all of them for nothing typed."""
    words = typed.casefold().split()
    return [
        org
        for org in organisations
        if all(any(part.startswith(word) for part in org.casefold().split()) for word in words)
    ]


def alike(typed: str, organisations: list[str]) -> list[str]:
    """The organisations a new name may be meant as: those holding every word typed, else
    those holding its first word (four letters or more): "Huddinge stad" is like Huddinge
    kommun."""
    found = matching(typed, organisations)
    words = typed.casefold().split()
    if found or not words or len(words[0]) < 4:
        return found
    return [org for org in organisations if words[0] in org.casefold().split()]


class SenderDialog(ModalScreen[str | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Låt vänta", id="sender.cancel"),
        Binding("ctrl+s", "done", "Bekräfta", id="sender.done"),
        Binding("down", "to_list", "Förslag", id="sender.list", show=False),
    ]

    def __init__(self, source_name: str, guess: str, organisations: list[str]) -> None:
        super().__init__()
        self.source_name = source_name
        self.guess = guess
        self.organisations = organisations

    def compose(self) -> ComposeResult:
        with Vertical(id="sender-box", classes="dialog"):
            yield Static("Avsändare", classes="dialog-title")
            yield Static(
                Text.assemble(
                    (self.source_name, "bold"),
                    f": gissad som {self.guess}. Enter bekräftar namnet i fältet,"
                    " Esc låter svaret vänta.",
                ),
                id="sender-context",
            )
            yield Input(
                self.guess,
                id="sender-input",
                placeholder="Organisationens namn",
                suggester=SuggestFromList(self.organisations, case_sensitive=False),
                # One line, as the other dialogs' fields: at 80×24 a bordered field left the
                # list of known organisations three lines, the rest out of reach.
                compact=True,
            )
            yield Static("", id="sender-effect")
            yield Static("Kända organisationer (↓ och Enter väljer):", id="sender-known")
            yield OptionList(id="sender-options")
            yield WorkbenchFooter()

    def on_mount(self) -> None:
        field = self.query_one("#sender-input", Input)
        field.focus()
        field.cursor_position = len(field.value)
        self._update(field.value)

    @property
    def name_typed(self) -> str:
        return " ".join(self.query_one("#sender-input", Input).value.split())

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._update(event.value)

    def _update(self, typed: str) -> None:
        name = " ".join(typed.split())
        known = known_as(name, self.organisations)
        listed = matching(name, self.organisations) or self.organisations
        effect = self.query_one("#sender-effect", Static)
        if not name:
            effect.update(Text("Ange organisationens namn.", style="bold red"))
        elif known is not None:
            effect.update(Text.assemble("Läggs under befintliga ", (known, "bold"), "."))
        else:
            like = alike(name, self.organisations)[:2]
            effect.update(
                Text.assemble(
                    "Ny organisation: ",
                    (name, "bold"),
                    (f" (liknar {' och '.join(like)})" if like else "", "yellow"),
                    ".",
                )
            )
        options = self.query_one("#sender-options", OptionList)
        options.clear_options()
        options.add_options([Option(org, id=org) for org in listed[:LISTED]])
        options.display = bool(listed)
        self.query_one("#sender-known", Static).display = bool(listed)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_done()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_done(self) -> None:
        if self.name_typed:
            self.dismiss(self.name_typed)
        else:
            self._update("")
            self.query_one("#sender-input", Input).focus()

    def action_to_list(self) -> None:
        options = self.query_one("#sender-options", OptionList)
        if options.display and options.option_count:
            options.focus()
            if options.highlighted is None:
                options.highlighted = 0

    def action_cancel(self) -> None:
        self.dismiss(None)
