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
            about = getattr(self.under, "HELP", "")
            if about:
                yield Static(about, id="help-about")
            yield Static(INTRO, id="help-intro")
            yield Static(self._table(), id="help-keys")

    def _table(self) -> Table:
        """One row per binding id: all its keys, what it does, and the id to remap it by."""
        table = Table(show_header=True, header_style="bold", box=None, expand=True)
        table.add_column("Tangent", no_wrap=True)
        table.add_column("Gör")
        table.add_column("Id", style="dim", no_wrap=True)
        keys: dict[str, list[str]] = {}
        bindings: dict[str, Binding] = {}
        for active in self.under.active_bindings.values():
            binding = active.binding
            if binding.id is None or not binding.description:
                continue
            bindings.setdefault(binding.id, binding)
            shown = self.app.get_key_display(binding)
            if shown not in keys.setdefault(binding.id, []):
                keys[binding.id].append(shown)
        for binding_id, binding in bindings.items():
            does = Text(binding.description)
            if binding.tooltip:
                does.append(f" – {binding.tooltip}", style="dim")
            table.add_row(" / ".join(keys[binding_id]), does, binding_id)
        return table

    def action_close(self) -> None:
        self.dismiss()
