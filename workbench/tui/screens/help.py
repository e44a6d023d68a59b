"""F1: every key of the screen underneath, in Swedish, plus how the workbench saves."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

INTRO = (
    "Allt du skriver sparas automatiskt i databasen – det finns ingen spara-tangent.\n"
    "Ctrl+P öppnar kommandopaletten med alla kommandon. Tangenterna kan ändras i"
    ' keymap.toml i datamappen (bindningens id = "tangent").'
)


class HelpScreen(ModalScreen):
    BINDINGS = [
        Binding("escape,f1,q", "close", "Stäng", id="help.close"),
    ]

    def __init__(self, under: Screen) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("Hjälp – tangenter", style="bold"), id="help-title")
            yield Static(INTRO, id="help-intro")
            yield Static(self._table(), id="help-keys")

    def _table(self) -> Table:
        table = Table(show_header=True, header_style="bold", box=None, expand=True)
        table.add_column("Tangent", no_wrap=True)
        table.add_column("Gör")
        table.add_column("Id", style="dim")
        seen = set()
        for _key, active in self.under.active_bindings.items():
            binding = active.binding
            if binding.id is None or binding.id in seen:
                continue
            seen.add(binding.id)
            table.add_row(self.app.get_key_display(binding), binding.description, binding.id)
        return table

    def action_close(self) -> None:
        self.dismiss()
